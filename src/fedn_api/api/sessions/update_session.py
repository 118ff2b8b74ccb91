"""Change fields of a session

Changes some of a session's fields (`session_id` is ignored). A `session_config` given replaces the
whole config, so it must be complete (400 on a missing field); unknown keys are ignored.

``PATCH /api/v1/sessions/{id}``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    id (str):
    body (SessionUpdate): Session fields to change. A `session_config` replaces the whole
        config, so it must be complete (the server answers 400 on a missing field).

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | Session]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.session import Session
from ...models.session_update import SessionUpdate
from ...types import Operation, Response, path_segment


def _get_kwargs(id: str, *, body: SessionUpdate) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/sessions/{id}".format(id=path_segment("id", id)),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Session | None:
    if response.status_code == 200:
        parsed = Session.from_dict(response.json())
        return parsed
    if response.status_code in (400, 401, 404, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("update_session", _get_kwargs, _parse_response)


def sync_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: SessionUpdate
) -> Response[ErrorMessage | Session]:
    """Change fields of a session: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(id: str, *, client: AuthenticatedClient | Client, body: SessionUpdate) -> ErrorMessage | Session | None:
    """Change fields of a session: the parsed answer (see the module's docstring)."""
    return sync_detailed(id, body=body, client=client).parsed


async def asyncio_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: SessionUpdate
) -> Response[ErrorMessage | Session]:
    """Change fields of a session: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    id: str, *, client: AuthenticatedClient | Client, body: SessionUpdate
) -> ErrorMessage | Session | None:
    """Change fields of a session: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(id, body=body, client=client)).parsed
