from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest

if TYPE_CHECKING:
    from ..models.client_settings import ClientSettings


class RoundConfig(JsonObject):
    """Configuration of one round (a session config plus round fields).

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "aggregator": "aggregator",
        "aggregator_kwargs": "aggregator_kwargs",
        "round_timeout": "round_timeout",
        "buffer_size": "buffer_size",
        "rounds": "rounds",
        "delete_models_storage": "delete_models_storage",
        "clients_required": "clients_required",
        "requested_clients": "requested_clients",
        "validate": "validate",
        "helper_type": "helper_type",
        "model_id": "model_id",
        "server_functions": "server_functions",
        "session_id": "session_id",
        "task": "task",
        "round_id": "round_id",
        "client_settings": "client_settings",
        "is_sl_inference": "is_sl_inference",
        "selected_clients": "selected_clients",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "aggregator",
            "aggregator_kwargs",
            "round_timeout",
            "buffer_size",
            "rounds",
            "delete_models_storage",
            "clients_required",
            "requested_clients",
            "validate",
            "helper_type",
            "model_id",
            "server_functions",
            "session_id",
            "task",
            "round_id",
            "client_settings",
            "is_sl_inference",
            "selected_clients",
        }
    )

    def __init__(
        self,
        aggregator: None | str,
        aggregator_kwargs: None | str,
        round_timeout: int | None,
        buffer_size: int | None,
        rounds: int | None,
        delete_models_storage: bool | None,
        clients_required: int | None,
        requested_clients: int | None,
        validate: bool | None,
        helper_type: None | str,
        model_id: None | str,
        server_functions: None | str,
        session_id: None | str,
        task: None | str,
        round_id: None | str,
        client_settings: ClientSettings | None,
        is_sl_inference: bool | None,
        selected_clients: list[Any] | None,
    ) -> None:
        super().__init__()
        self._put("aggregator", aggregator)
        self._put("aggregator_kwargs", aggregator_kwargs)
        self._put("round_timeout", round_timeout)
        self._put("buffer_size", buffer_size)
        self._put("rounds", rounds)
        self._put("delete_models_storage", delete_models_storage)
        self._put("clients_required", clients_required)
        self._put("requested_clients", requested_clients)
        self._put("validate", validate)
        self._put("helper_type", helper_type)
        self._put("model_id", model_id)
        self._put("server_functions", server_functions)
        self._put("session_id", session_id)
        self._put("task", task)
        self._put("round_id", round_id)
        self._put("client_settings", client_settings)
        self._put("is_sl_inference", is_sl_inference)
        self._put("selected_clients", selected_clients)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_settings import ClientSettings

        instance_ = super().from_dict(src_dict)
        nest(instance_, "client_settings", ClientSettings, strict=False)

        return instance_

    @property
    def aggregator(self) -> None | str:
        """The ``aggregator`` field."""
        value: None | str = self["aggregator"]
        return value

    @aggregator.setter
    def aggregator(self, value: None | str) -> None:
        self._put("aggregator", value)

    @property
    def aggregator_kwargs(self) -> None | str:
        """Python-literal string of a dict (the combiner reads it with ast.literal_eval)."""
        value: None | str = self["aggregator_kwargs"]
        return value

    @aggregator_kwargs.setter
    def aggregator_kwargs(self, value: None | str) -> None:
        self._put("aggregator_kwargs", value)

    @property
    def round_timeout(self) -> int | None:
        """The ``round_timeout`` field."""
        value: int | None = self["round_timeout"]
        return value

    @round_timeout.setter
    def round_timeout(self, value: int | None) -> None:
        self._put("round_timeout", value)

    @property
    def buffer_size(self) -> int | None:
        """The ``buffer_size`` field."""
        value: int | None = self["buffer_size"]
        return value

    @buffer_size.setter
    def buffer_size(self, value: int | None) -> None:
        self._put("buffer_size", value)

    @property
    def rounds(self) -> int | None:
        """The ``rounds`` field."""
        value: int | None = self["rounds"]
        return value

    @rounds.setter
    def rounds(self, value: int | None) -> None:
        self._put("rounds", value)

    @property
    def delete_models_storage(self) -> bool | None:
        """The ``delete_models_storage`` field."""
        value: bool | None = self["delete_models_storage"]
        return value

    @delete_models_storage.setter
    def delete_models_storage(self, value: bool | None) -> None:
        self._put("delete_models_storage", value)

    @property
    def clients_required(self) -> int | None:
        """The ``clients_required`` field."""
        value: int | None = self["clients_required"]
        return value

    @clients_required.setter
    def clients_required(self, value: int | None) -> None:
        self._put("clients_required", value)

    @property
    def requested_clients(self) -> int | None:
        """The ``requested_clients`` field."""
        value: int | None = self["requested_clients"]
        return value

    @requested_clients.setter
    def requested_clients(self, value: int | None) -> None:
        self._put("requested_clients", value)

    @property
    def validate(self) -> bool | None:
        """The ``validate`` field."""
        value: bool | None = self["validate"]
        return value

    @validate.setter
    def validate(self, value: bool | None) -> None:
        self._put("validate", value)

    @property
    def helper_type(self) -> None | str:
        """The ``helper_type`` field."""
        value: None | str = self["helper_type"]
        return value

    @helper_type.setter
    def helper_type(self, value: None | str) -> None:
        self._put("helper_type", value)

    @property
    def model_id(self) -> None | str:
        """The ``model_id`` field."""
        value: None | str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: None | str) -> None:
        self._put("model_id", value)

    @property
    def server_functions(self) -> None | str:
        """The ``server_functions`` field."""
        value: None | str = self["server_functions"]
        return value

    @server_functions.setter
    def server_functions(self, value: None | str) -> None:
        self._put("server_functions", value)

    @property
    def session_id(self) -> None | str:
        """The ``session_id`` field."""
        value: None | str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: None | str) -> None:
        self._put("session_id", value)

    @property
    def task(self) -> None | str:
        """The ``task`` field."""
        value: None | str = self["task"]
        return value

    @task.setter
    def task(self, value: None | str) -> None:
        self._put("task", value)

    @property
    def round_id(self) -> None | str:
        """The ``round_id`` field."""
        value: None | str = self["round_id"]
        return value

    @round_id.setter
    def round_id(self, value: None | str) -> None:
        self._put("round_id", value)

    @property
    def client_settings(self) -> ClientSettings | None:
        """The ``client_settings`` field."""
        value: ClientSettings | None = self["client_settings"]
        return value

    @client_settings.setter
    def client_settings(self, value: ClientSettings | None) -> None:
        self._put("client_settings", value)

    @property
    def is_sl_inference(self) -> bool | None:
        """The ``is_sl_inference`` field."""
        value: bool | None = self["is_sl_inference"]
        return value

    @is_sl_inference.setter
    def is_sl_inference(self, value: bool | None) -> None:
        self._put("is_sl_inference", value)

    @property
    def selected_clients(self) -> list[Any] | None:
        """The ``selected_clients`` field."""
        value: list[Any] | None = self["selected_clients"]
        return value

    @selected_clients.setter
    def selected_clients(self, value: list[Any] | None) -> None:
        self._put("selected_clients", value)
