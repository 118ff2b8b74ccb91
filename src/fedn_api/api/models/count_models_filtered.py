"""Count models matching a filter body

Number of models matching a filter body. The body is a JSON object of filters (see `Filters`). On
SQL statestores a string value with a comma makes the server answer 500 (it turns the value into a
MongoDB `$in` list).

``POST /api/v1/models/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (Filters | Unset): Filters as a JSON object of field names to values; the server
        hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
        `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
        ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
        statestores that makes the server answer 500 (it cannot parse the list as a value), so
        send no commas. The attribute and telemetry count routes pass values on unsplit.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | int]
"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.filters import Filters
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(*, body: Filters | Unset = UNSET) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/models/count",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | int | None:
    if response.status_code == 200:
        parsed = cast(int, response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("count_models_filtered", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: Filters | Unset = UNSET
) -> Response[ErrorMessage | int]:
    """Count models matching a filter body: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, body: Filters | Unset = UNSET) -> ErrorMessage | int | None:
    """Count models matching a filter body: the parsed answer (see the module's docstring)."""
    return sync_detailed(body=body, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: Filters | Unset = UNSET
) -> Response[ErrorMessage | int]:
    """Count models matching a filter body: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(*, client: AuthenticatedClient | Client, body: Filters | Unset = UNSET) -> ErrorMessage | int | None:
    """Count models matching a filter body: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(body=body, client=client)).parsed
