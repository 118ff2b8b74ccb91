from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class ClientConfig(JsonObject):
    """What a client needs to reach the controller.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "network_id": "network_id",
        "discover_host": "discover_host",
        "discover_port": "discover_port",
        "checksum": "checksum",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "network_id",
            "discover_host",
            "discover_port",
        }
    )

    def __init__(
        self,
        network_id: None | str,
        discover_host: None | str,
        discover_port: int | None,
        checksum: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("network_id", network_id)
        self._put("discover_host", discover_host)
        self._put("discover_port", discover_port)
        self._put("checksum", checksum)

    @property
    def network_id(self) -> None | str:
        """The ``network_id`` field."""
        value: None | str = self["network_id"]
        return value

    @network_id.setter
    def network_id(self, value: None | str) -> None:
        self._put("network_id", value)

    @property
    def discover_host(self) -> None | str:
        """The ``discover_host`` field."""
        value: None | str = self["discover_host"]
        return value

    @discover_host.setter
    def discover_host(self, value: None | str) -> None:
        self._put("discover_host", value)

    @property
    def discover_port(self) -> int | None:
        """The ``discover_port`` field."""
        value: int | None = self["discover_port"]
        return value

    @discover_port.setter
    def discover_port(self, value: int | None) -> None:
        self._put("discover_port", value)

    @property
    def checksum(self) -> str | Unset:
        """Checksum of the active package (only when requested and known)."""
        value: str | Unset = self.get("checksum", UNSET)
        return value

    @checksum.setter
    def checksum(self, value: str | Unset) -> None:
        self._put("checksum", value)
