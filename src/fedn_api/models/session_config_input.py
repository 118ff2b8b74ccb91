from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class SessionConfigInput(JsonObject):
    """Configuration of a new session.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "aggregator": "aggregator",
        "round_timeout": "round_timeout",
        "buffer_size": "buffer_size",
        "delete_models_storage": "delete_models_storage",
        "clients_required": "clients_required",
        "validate": "validate",
        "helper_type": "helper_type",
        "model_id": "model_id",
        "aggregator_kwargs": "aggregator_kwargs",
        "rounds": "rounds",
        "requested_clients": "requested_clients",
        "server_functions": "server_functions",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "aggregator",
            "round_timeout",
            "buffer_size",
            "delete_models_storage",
            "clients_required",
            "validate",
            "helper_type",
            "model_id",
        }
    )

    def __init__(
        self,
        aggregator: str,
        round_timeout: int,
        buffer_size: int,
        delete_models_storage: bool,
        clients_required: int,
        validate: bool,
        helper_type: str,
        model_id: str,
        aggregator_kwargs: None | str | Unset = UNSET,
        rounds: int | None | Unset = UNSET,
        requested_clients: int | None | Unset = UNSET,
        server_functions: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("aggregator", aggregator)
        self._put("round_timeout", round_timeout)
        self._put("buffer_size", buffer_size)
        self._put("delete_models_storage", delete_models_storage)
        self._put("clients_required", clients_required)
        self._put("validate", validate)
        self._put("helper_type", helper_type)
        self._put("model_id", model_id)
        self._put("aggregator_kwargs", aggregator_kwargs)
        self._put("rounds", rounds)
        self._put("requested_clients", requested_clients)
        self._put("server_functions", server_functions)

    @property
    def aggregator(self) -> str:
        """The ``aggregator`` field."""
        value: str = self["aggregator"]
        return value

    @aggregator.setter
    def aggregator(self, value: str) -> None:
        self._put("aggregator", value)

    @property
    def round_timeout(self) -> int:
        """The ``round_timeout`` field."""
        value: int = self["round_timeout"]
        return value

    @round_timeout.setter
    def round_timeout(self, value: int) -> None:
        self._put("round_timeout", value)

    @property
    def buffer_size(self) -> int:
        """The ``buffer_size`` field."""
        value: int = self["buffer_size"]
        return value

    @buffer_size.setter
    def buffer_size(self, value: int) -> None:
        self._put("buffer_size", value)

    @property
    def delete_models_storage(self) -> bool:
        """The ``delete_models_storage`` field."""
        value: bool = self["delete_models_storage"]
        return value

    @delete_models_storage.setter
    def delete_models_storage(self, value: bool) -> None:
        self._put("delete_models_storage", value)

    @property
    def clients_required(self) -> int:
        """The ``clients_required`` field."""
        value: int = self["clients_required"]
        return value

    @clients_required.setter
    def clients_required(self, value: int) -> None:
        self._put("clients_required", value)

    @property
    def validate(self) -> bool:
        """The ``validate`` field."""
        value: bool = self["validate"]
        return value

    @validate.setter
    def validate(self, value: bool) -> None:
        self._put("validate", value)

    @property
    def helper_type(self) -> str:
        """The ``helper_type`` field."""
        value: str = self["helper_type"]
        return value

    @helper_type.setter
    def helper_type(self, value: str) -> None:
        self._put("helper_type", value)

    @property
    def model_id(self) -> str:
        """The ``model_id`` field."""
        value: str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: str) -> None:
        self._put("model_id", value)

    @property
    def aggregator_kwargs(self) -> None | str | Unset:
        """Python-literal string of a dict, e.g. "{'serveropt': 'adam'}"."""
        value: None | str | Unset = self.get("aggregator_kwargs", UNSET)
        return value

    @aggregator_kwargs.setter
    def aggregator_kwargs(self, value: None | str | Unset) -> None:
        self._put("aggregator_kwargs", value)

    @property
    def rounds(self) -> int | None | Unset:
        """The ``rounds`` field."""
        value: int | None | Unset = self.get("rounds", UNSET)
        return value

    @rounds.setter
    def rounds(self, value: int | None | Unset) -> None:
        self._put("rounds", value)

    @property
    def requested_clients(self) -> int | None | Unset:
        """The ``requested_clients`` field."""
        value: int | None | Unset = self.get("requested_clients", UNSET)
        return value

    @requested_clients.setter
    def requested_clients(self, value: int | None | Unset) -> None:
        self._put("requested_clients", value)

    @property
    def server_functions(self) -> None | str | Unset:
        """The ``server_functions`` field."""
        value: None | str | Unset = self.get("server_functions", UNSET)
        return value

    @server_functions.setter
    def server_functions(self, value: None | str | Unset) -> None:
        self._put("server_functions", value)
