"""Replace a session's fields

Replaces a session: the body must be a complete session, `session_config` included (every required
config field, else 400); `session_id` comes from the path. The body is closed.

``PUT /api/v1/sessions/{id}``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    id (str):
    body (SessionReplace): A whole session (PUT): the body fills the session's DTO, which
        rejects unknown keys and requires a complete `session_config` (400 otherwise);
        `session_id` comes from the path.

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
from ...models.session_replace import SessionReplace
from ...types import Operation, Response, path_segment


def _get_kwargs(id: str, *, body: SessionReplace) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
operation = Operation("replace_session", _get_kwargs, _parse_response)


def sync_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: SessionReplace
) -> Response[ErrorMessage | Session]:
    """Replace a session's fields: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(id: str, *, client: AuthenticatedClient | Client, body: SessionReplace) -> ErrorMessage | Session | None:
    """Replace a session's fields: the parsed answer (see the module's docstring)."""
    return sync_detailed(id, body=body, client=client).parsed


async def asyncio_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: SessionReplace
) -> Response[ErrorMessage | Session]:
    """Replace a session's fields: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    id: str, *, client: AuthenticatedClient | Client, body: SessionReplace
) -> ErrorMessage | Session | None:
    """Replace a session's fields: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(id, body=body, client=client)).parsed
