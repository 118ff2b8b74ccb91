"""Upstream FEDn's ``ServerFunctionsBase``: the methods a ``ServerFunctions`` class may override.

The class only defines the interface (FEDn's hooks service runs the code on the server side, with
numpy available there); every method's default returns ``None``, meaning "use FEDn's default".
``numpy`` is needed only by type checkers here.

Example::

    from fedn.network.combiner.hooks.allowed_import import Dict, List, ServerFunctionsBase, Tuple, np


    class ServerFunctions(ServerFunctionsBase):
        def client_selection(self, client_ids: List[str]) -> List:
            return client_ids[:1]


    client.start_session(server_functions=ServerFunctions)  # sends the class's source
"""

from __future__ import annotations

from abc import ABC
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["ServerFunctions", "ServerFunctionsBase"]


class ServerFunctionsBase(ABC):  # noqa: B024 - upstream's base has no abstract method either
    """Base class of server functions; override any method to replace FEDn's default step."""

    def __init__(self) -> None:  # noqa: B027 - upstream's base defines it for subclasses to extend
        """Set up state kept between the functions (called once per session by FEDn)."""

    def client_selection(self, client_ids: list[str]) -> list[Any] | None:
        """The ids of the clients to train in the next round, chosen from ``client_ids``."""
        return None

    def client_settings(self, global_model: list[np.ndarray[Any, Any]]) -> dict[str, Any] | None:
        """Settings sent to the clients with the round's global model (primitive values only)."""
        return None

    def aggregate(
        self,
        previous_global: list[np.ndarray[Any, Any]],
        client_updates: dict[str, tuple[list[np.ndarray[Any, Any]], dict[str, Any]]],
    ) -> list[np.ndarray[Any, Any]] | None:
        """The new global model from the previous one and ``{client_id: (parameters, metadata)}``."""
        return None

    def incremental_aggregate(
        self,
        client_id: str,
        model: list[np.ndarray[Any, Any]],
        client_metadata: dict[str, Any],
        previous_global: list[np.ndarray[Any, Any]],
    ) -> None:
        """Take one client's update into a running aggregate (memory-safe aggregation)."""
        return None

    def get_incremental_aggregate_model(self) -> list[np.ndarray[Any, Any]] | None:
        """The running aggregate built by :meth:`incremental_aggregate`."""
        return None


class ServerFunctions(ServerFunctionsBase):
    """Upstream's base implementation: every step is FEDn's default."""
