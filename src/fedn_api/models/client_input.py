from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class ClientInput(JsonObject):
    """A client asking the controller for a combiner assignment.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "client_id": "client_id",
        "name": "name",
        "combiner_preferred": "combiner_preferred",
        "package": "package",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        client_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        combiner_preferred: str | Unset = UNSET,
        package: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("client_id", client_id)
        self._put("name", name)
        self._put("combiner_preferred", combiner_preferred)
        self._put("package", package)

    @property
    def client_id(self) -> str | Unset:
        """The ``client_id`` field."""
        value: str | Unset = self.get("client_id", UNSET)
        return value

    @client_id.setter
    def client_id(self, value: str | Unset) -> None:
        self._put("client_id", value)

    @property
    def name(self) -> str | Unset:
        """The ``name`` field."""
        value: str | Unset = self.get("name", UNSET)
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._put("name", value)

    @property
    def combiner_preferred(self) -> str | Unset:
        """The ``combiner_preferred`` field."""
        value: str | Unset = self.get("combiner_preferred", UNSET)
        return value

    @combiner_preferred.setter
    def combiner_preferred(self, value: str | Unset) -> None:
        self._put("combiner_preferred", value)

    @property
    def package(self) -> str | Unset:
        """ "remote" or "local" (default)."""
        value: str | Unset = self.get("package", UNSET)
        return value

    @package.setter
    def package(self, value: str | Unset) -> None:
        self._put("package", value)
