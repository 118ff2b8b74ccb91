"""Server functions on the real local network (FEDn's hooks service runs a user's class) and on the fake.

A fidelity test (the ``target`` fixture): the same checks run against the live network, where
FEDn's hooks service and combiner run the class, and against the fake controller, which runs it
in process with the same calling order (``fedn.testing._hooks``).

``tests/support/server_functions.py`` is written as for upstream FEDn (same import line); its source,
longer than the 255 characters FEDn 0.33's SQL column held, goes to the server through
``start_session(server_functions=ServerFunctions)``. The checks read the server's own data:
the rounds' combiner data and configs (one trainer, the settings computed from the global model),
the statuses (which client trained) and the downloaded models (the fixed step of ``aggregate``).

The counter-factual is a second session with upstream's base ``ServerFunctions`` (no function
overridden): every client trains and FedAvg aggregates. It also resets the combiner, which in
FEDn 0.33 keeps the last session's server functions for later sessions that send none.
"""

from __future__ import annotations

import inspect
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from fedn import APIClient
from fedn.network.combiner.hooks.serverfunctionsbase import ServerFunctions as DefaultServerFunctions
from fedn_api.models import Round, Session
from support.e2e import download_weights, load_weights, run_session, session_chain, wait_idle
from support.server_functions import ServerFunctions
from support.targets import Target

ROUNDS = 2


@dataclass
class Run:
    """The two sessions and what the checks need to read their data."""

    api: APIClient
    clients: list[str]
    folder: Path
    seed: list[np.ndarray]
    source: str
    functions: Session  # ran tests/support/server_functions.py
    default: Session  # ran upstream's base class: FEDn's defaults


def rounds_of(api: APIClient, session_id: str) -> list[Round]:
    """A session's rounds, in order (the rounds route has no session filter)."""
    found = [r for r in api.iter_rounds() if r.round_config and r.round_config.session_id == session_id]
    return sorted(found, key=lambda r: int(r.round_id or 0))


def aggregated(round_: Round) -> int | None:
    """``nr_aggregated_models`` of the round's only combiner (which must have succeeded)."""
    assert round_.status == "Finished", round_.to_dict()
    assert round_.combiners and len(round_.combiners) == 1, round_.to_dict()
    assert round_.combiners[0].status == "Success", round_.to_dict()
    data = round_.combiners[0].data
    assert data is not None and data.aggregation_time is not None, round_.to_dict()
    return data.aggregation_time.nr_aggregated_models


def client_settings(round_: Round) -> dict[str, object]:
    """The client settings the combiner sent with the round's training requests."""
    assert round_.combiners and round_.combiners[0].config is not None, round_.to_dict()
    settings = round_.combiners[0].config.client_settings
    return {} if settings is None else settings.to_dict()


def trainers(api: APIClient, session_id: str) -> set[str]:
    """Names of the clients that reported a model update in the session."""
    statuses = api.get_statuses(session_id=session_id, event_type="MODEL_UPDATE", sender_role="CLIENT")
    return {s.sender.name for s in statuses.result if s.sender and s.sender.name}


@pytest.fixture(scope="module")
def run(target: Target, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    assert len(target.clients) >= 2, "the counter-factual needs two clients"
    folder = tmp_path_factory.mktemp("server-functions")
    package, seed_file = folder / "package.tgz", folder / "seed.npz"
    shutil.copy(target.package, package)
    shutil.copy(target.seed, seed_file)
    api = target.client()
    suffix = uuid.uuid4().hex[:6]
    wait_idle(api)
    api.set_active_package(package, helper="numpyhelper")
    api.set_active_model(seed_file)
    seed = api.get_active_model()
    assert seed is not None
    try:
        functions = run_session(
            api,
            name=f"server-functions-{suffix}",
            rounds=ROUNDS,
            model_id=seed.model_id,
            round_timeout=60,
            server_functions=ServerFunctions,
        )
    finally:
        # always: the combiner would otherwise run ServerFunctions in every later session
        default = run_session(
            api,
            name=f"default-functions-{suffix}",
            rounds=1,
            model_id=seed.model_id,
            round_timeout=60,
            server_functions=DefaultServerFunctions,
        )
    source = inspect.getsource(ServerFunctions)
    yield Run(api, target.clients, folder, load_weights(seed_file), source, functions, default)
    api.close()


def test_the_source_sent_is_stored_whole(run: Run) -> None:
    """FEDn 0.33 kept it in varchar(255): a real class made POST /api/v1/sessions/ answer 500."""
    assert len(run.source) > 255
    assert run.source.startswith("class ServerFunctions(ServerFunctionsBase):")
    stored = run.api.get_session(run.functions.session_id).session_config.server_functions
    assert stored == run.source
    for round_ in rounds_of(run.api, run.functions.session_id):
        assert round_.round_config is not None and round_.round_config.server_functions == run.source


def test_client_selection_trains_one_client_per_round(run: Run) -> None:
    """``client_selection`` picked the client named first (its names came from ``api_client``)."""
    rounds = rounds_of(run.api, run.functions.session_id)
    assert len(rounds) == ROUNDS
    for round_ in rounds:
        assert aggregated(round_) == 1, round_.to_dict()
        assert round_.combiners and round_.combiners[0].data is not None
        assert round_.combiners[0].data.nr_expected_updates == 1
    assert trainers(run.api, run.functions.session_id) == {min(run.clients)}


def test_client_settings_are_computed_from_the_global_model(run: Run) -> None:
    """Round k trains from seed + (k-1) * STEP: the settings hold that model's parameter sum."""
    n_params = sum(a.size for a in run.seed)
    seed_sum = float(sum(np.sum(a) for a in run.seed))
    for k, round_ in enumerate(rounds_of(run.api, run.functions.session_id)):
        expected = seed_sum + k * ServerFunctions.STEP * n_params
        settings = client_settings(round_)
        assert set(settings) == {"global_model_sum"}, settings
        assert settings["global_model_sum"] == pytest.approx(expected), (k, settings)


def test_aggregate_moved_every_parameter_by_the_step(run: Run) -> None:
    """Model k of the session is seed + k * STEP exactly, whatever the client trained."""
    chain = session_chain(run.api, run.functions.session_id)
    assert len(chain) == ROUNDS
    for k, model in enumerate(chain, start=1):
        weights = download_weights(run.api, model.model_id, run.folder)
        assert [w.shape for w in weights] == [s.shape for s in run.seed]
        for got, seed in zip(weights, run.seed, strict=True):
            np.testing.assert_allclose(got, seed + k * ServerFunctions.STEP, rtol=0, atol=1e-12)


def test_without_server_functions_every_client_trains_and_fedavg_aggregates(run: Run) -> None:
    """The counter-factual: upstream's base class overrides nothing, so FEDn's defaults run."""
    clients = set(run.clients)
    rounds = rounds_of(run.api, run.default.session_id)
    assert len(rounds) == 1
    assert aggregated(rounds[0]) == len(clients)
    assert client_settings(rounds[0]) == {}
    assert trainers(run.api, run.default.session_id) == clients
    (model,) = session_chain(run.api, run.default.session_id)
    weights = download_weights(run.api, model.model_id, run.folder)
    stepped = [s + ServerFunctions.STEP for s in run.seed]
    assert not all(np.allclose(w, s) for w, s in zip(weights, stepped, strict=True))
    # trained: the weights differ from each other (a step would move them all alike)
    assert np.ptp(weights[0]) > 0
