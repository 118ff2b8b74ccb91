"""Upstream FEDn's ``serverfunctionstest``: try a ``ServerFunctions`` class locally, with no server.

FEDn's ``examples/server-functions/test_locally.py`` runs unchanged::

    from fedn.network.combiner.hooks.serverfunctionstest import test_server_functions
    from server_functions import ServerFunctions

    test_server_functions(ServerFunctions, parameters_np, {"num_examples": 1}, rounds=5, num_clients=20)

Each round runs in this process as FEDn 0.33's combiner and hooks service run it
(:mod:`fedn._server_functions`): the class's *source* is loaded with the names of
:mod:`~fedn.network.combiner.hooks.allowed_import` in scope (the instance lives through all
rounds), then the functions it defines are called in the combiner's order: ``client_selection``
among the clients ``"0"`` .. ``"<num_clients - 1>"``, ``client_settings`` with the global model,
and ``aggregate`` (or ``incremental_aggregate``) with each selected client's update. As in
upstream's runner, the global model and every client's update are ``parameters_np`` in every
round, with ``client_metadata``. A function that raises is logged with its line and retired, and
FEDn's default takes its place, as in FEDn; a ``print`` in the class logs through FEDn's logger.
numpy is needed (``pip install numpy``).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import Any

from fedn._server_functions import FunctionService, RoundResult, Weights, run_round
from fedn.errors import InvalidInputError

__all__ = ["run_locally", "test_server_functions"]


def run_locally(
    server_functions: type,
    parameters_np: Sequence[Any],
    client_metadata: Mapping[str, Any],
    rounds: int,
    num_clients: int,
) -> list[RoundResult]:
    """:func:`test_server_functions`, returning what each round did (selection, settings, model).

    Example::

        results = run_locally(ServerFunctions, parameters_np, {"num_examples": 1}, rounds=2, num_clients=4)
        print(results[-1].selected, results[-1].aggregated_by)
    """
    if not inspect.isclass(server_functions):
        raise InvalidInputError(f"server_functions must be a class, got {type(server_functions).__name__}")
    for value, what in ((rounds, "rounds"), (num_clients, "num_clients")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidInputError(f"{what} must be a non-negative integer, got {value!r}")
    source = inspect.getsource(server_functions)
    model: Weights = list(parameters_np)
    clients = [str(number) for number in range(num_clients)]

    def train(
        client_id: str, global_model: Weights, settings: Mapping[str, Any]
    ) -> tuple[Weights, Mapping[str, Any]]:
        return model, client_metadata

    service = FunctionService()
    results = []
    for number in range(1, rounds + 1):
        print(f"Simulating server round: {number}")
        results.append(run_round(service, source, clients, model, train))
        print(f"Server round {number} completed")
    return results


def test_server_functions(
    server_functions: type,
    parameters_np: Sequence[Any],
    client_metadata: Mapping[str, Any],
    rounds: int,
    num_clients: int,
) -> None:
    """Run ``rounds`` rounds of ``server_functions`` with ``num_clients`` simulated clients (upstream's).

    ``server_functions``: the ``ServerFunctions`` class (its source is what runs, as in FEDn);
    ``parameters_np``: the model as a list of numpy arrays; ``client_metadata``: each client's
    training metadata (``{"num_examples": 1}``). Prints ``Simulating server round: N`` and
    ``Server round N completed`` per round, as upstream does.
    """
    run_locally(server_functions, parameters_np, client_metadata, rounds, num_clients)


# Upstream's name starts with "test_": a pytest test file that imports it must not collect it.
test_server_functions.__test__ = False  # type: ignore[attr-defined]
