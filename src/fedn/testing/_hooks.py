"""The fake combiner's server functions: a session's ``ServerFunctions`` class run in process.

FEDn 0.33's combiner keeps the server-functions source of the last session that sent one (until
then, upstream's base class, which provides nothing) and, in every training round, asks its
hooks service which functions the class provides. Then the class may choose the round's
trainers among the online clients (``client_selection``), add settings to the round's config
from the global model (``client_settings``), and make the round's model from the clients'
updates (``aggregate`` or ``incremental_aggregate``); FEDn's defaults do what it does not.

:class:`Hooks` is that hooks service for the fake, on the engine of :mod:`fedn._server_functions`
(the same that runs upstream's ``test_server_functions``): models go to the class as numpy
arrays, so the class runs when numpy is installed and the session uses the numpy helper;
otherwise its source is only stored, as sent, and FEDn's defaults run. ``api_client`` in the
class is a client of the fake itself (FEDn's hooks service gives it one of the controller).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fedn._server_functions import FunctionService, aggregate_updates
from fedn.testing._weights import load_arrays, save_arrays, uses_arrays

#: what the hooks service reports of an aggregation (FEDn's hook client times nothing)
HOOK_AGGREGATION_TIME = {"time_model_load": 0.0, "time_model_aggregation": 0.0}


@dataclass
class Hooks:
    """The hooks service of the fake combiner (one per fake controller: a class keeps its state)."""

    #: makes the ``api_client`` the class sees (a client of the fake controller)
    api_client: Callable[[], Any] | None = None
    service: FunctionService = field(init=False)

    def __post_init__(self) -> None:
        names = {"api_client": self.api_client} if self.api_client is not None else {}
        self.service = FunctionService(names=names)

    def provided(self, source: str | None, helper: str) -> dict[str, bool]:
        """Which functions of ``source`` run in a round with ``helper`` (none: FEDn's defaults run)."""
        if source is None or not uses_arrays(helper):
            return {}
        return {name: True for name, given in self.service.provide(source).items() if given}

    def select(self, online: Sequence[str]) -> list[str]:
        """The class's choice among the online clients' ids (``[]``: FEDn's default choice)."""
        chosen = self.service.select_clients(list(online))
        return [c for c in chosen if isinstance(c, str)] if isinstance(chosen, list) else []

    def settings(self, global_model: bytes) -> dict[str, Any]:
        """The settings the class adds to the round's config, from the global model."""
        return self.service.client_settings(load_arrays(global_model))

    def aggregate(
        self, global_model: bytes, updates: Sequence[tuple[str, bytes, Mapping[str, Any]]]
    ) -> bytes | None:
        """The round's model from each client's ``(id, model, training metadata)``; ``None``: it failed."""
        arrays = [(client_id, load_arrays(model), metadata) for client_id, model, metadata in updates]
        model, _function = aggregate_updates(self.service, load_arrays(global_model), arrays)
        return None if model is None else save_arrays(model)
