"""Checksum of a package file

SHA-256 checksum of the active (or named) package file. Can answer Flask's HTML 500 when the package
file is missing from storage (the handler has no try/except there).

``GET /api/v1/packages/checksum``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    name (str | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[Checksum | ErrorMessage | str]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checksum import Checksum
from ...models.error_message import ErrorMessage
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(*, name: str | Unset = UNSET) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/packages/checksum",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> Checksum | ErrorMessage | str | None:
    if response.status_code == 200:
        parsed = Checksum.from_dict(response.json())
        return parsed
    if response.status_code in (401, 404):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if response.status_code == 500:
        parsed = response.text
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("get_package_checksum", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, name: str | Unset = UNSET
) -> Response[Checksum | ErrorMessage | str]:
    """Checksum of a package file: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(name=name))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, name: str | Unset = UNSET) -> Checksum | ErrorMessage | str | None:
    """Checksum of a package file: the parsed answer (see the module's docstring)."""
    return sync_detailed(name=name, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, name: str | Unset = UNSET
) -> Response[Checksum | ErrorMessage | str]:
    """Checksum of a package file: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(name=name))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, name: str | Unset = UNSET
) -> Checksum | ErrorMessage | str | None:
    """Checksum of a package file: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(name=name, client=client)).parsed
