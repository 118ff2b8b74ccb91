from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ClientAssignment(JsonObject):
    """The combiner a client was assigned to.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "status": "status",
        "host": "host",
        "fqdn": "fqdn",
        "package": "package",
        "ip": "ip",
        "port": "port",
        "helper_type": "helper_type",
        "client_id": "client_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "host",
            "fqdn",
            "package",
            "ip",
            "port",
            "helper_type",
            "client_id",
        }
    )

    def __init__(
        self,
        status: str,
        host: None | str,
        fqdn: None | str,
        package: None | str,
        ip: None | str,
        port: int | None,
        helper_type: None | str,
        client_id: None | str,
    ) -> None:
        super().__init__()
        self._put("status", status)
        self._put("host", host)
        self._put("fqdn", fqdn)
        self._put("package", package)
        self._put("ip", ip)
        self._put("port", port)
        self._put("helper_type", helper_type)
        self._put("client_id", client_id)

    @property
    def status(self) -> str:
        """The ``status`` field."""
        value: str = self["status"]
        return value

    @status.setter
    def status(self, value: str) -> None:
        self._put("status", value)

    @property
    def host(self) -> None | str:
        """The ``host`` field."""
        value: None | str = self["host"]
        return value

    @host.setter
    def host(self, value: None | str) -> None:
        self._put("host", value)

    @property
    def fqdn(self) -> None | str:
        """The ``fqdn`` field."""
        value: None | str = self["fqdn"]
        return value

    @fqdn.setter
    def fqdn(self, value: None | str) -> None:
        self._put("fqdn", value)

    @property
    def package(self) -> None | str:
        """The ``package`` field."""
        value: None | str = self["package"]
        return value

    @package.setter
    def package(self, value: None | str) -> None:
        self._put("package", value)

    @property
    def ip(self) -> None | str:
        """The ``ip`` field."""
        value: None | str = self["ip"]
        return value

    @ip.setter
    def ip(self, value: None | str) -> None:
        self._put("ip", value)

    @property
    def port(self) -> int | None:
        """The ``port`` field."""
        value: int | None = self["port"]
        return value

    @port.setter
    def port(self, value: int | None) -> None:
        self._put("port", value)

    @property
    def helper_type(self) -> None | str:
        """The ``helper_type`` field."""
        value: None | str = self["helper_type"]
        return value

    @helper_type.setter
    def helper_type(self, value: None | str) -> None:
        self._put("helper_type", value)

    @property
    def client_id(self) -> None | str:
        """The ``client_id`` field."""
        value: None | str = self["client_id"]
        return value

    @client_id.setter
    def client_id(self, value: None | str) -> None:
        self._put("client_id", value)
