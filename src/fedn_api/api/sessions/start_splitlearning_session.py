"""Start a split-learning session

Starts a split-learning session. On 0.33.0 the handler calls `_get_number_of_available_clients()`
without its argument once its checks pass, so it answers 400 or 500, never 200; the 200 is declared
for servers that fix it.

``POST /api/v1/sessions/start_splitlearning_session``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (SplitLearningSessionStart): Starts a created split-learning session.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | Message]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.message import Message
from ...models.split_learning_session_start import SplitLearningSessionStart
from ...types import Operation, Response


def _get_kwargs(*, body: SplitLearningSessionStart) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions/start_splitlearning_session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Message | None:
    if response.status_code == 200:
        parsed = Message.from_dict(response.json())
        return parsed
    if response.status_code in (400, 401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("start_splitlearning_session", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: SplitLearningSessionStart
) -> Response[ErrorMessage | Message]:
    """Start a split-learning session: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, body: SplitLearningSessionStart) -> ErrorMessage | Message | None:
    """Start a split-learning session: the parsed answer (see the module's docstring)."""
    return sync_detailed(body=body, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: SplitLearningSessionStart
) -> Response[ErrorMessage | Message]:
    """Start a split-learning session: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, body: SplitLearningSessionStart
) -> ErrorMessage | Message | None:
    """Start a split-learning session: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(body=body, client=client)).parsed
