"""Ancestors of a model

The model's ancestors up to X-Limit (default 10). On SQL statestores X-Reverse and include_self are
ignored (always newest first, the model itself included), and an unknown id answers 200 with an
empty list (404 only on MongoDB statestores).

``GET /api/v1/models/{id}/ancestors``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    id (str):
    include_self (bool | Unset):
    x_limit (int | Unset):
    x_reverse (bool | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | list[Model]]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.model import Model
from ...types import UNSET, Operation, Response, Unset, path_segment


def _get_kwargs(
    id: str, *, include_self: bool | Unset = UNSET, x_limit: int | Unset = UNSET, x_reverse: bool | Unset = UNSET
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_limit, Unset):
        headers["X-Limit"] = str(x_limit)

    if not isinstance(x_reverse, Unset):
        headers["X-Reverse"] = "true" if x_reverse else "false"

    params: dict[str, Any] = {}

    params["include_self"] = include_self

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/{id}/ancestors".format(id=path_segment("id", id)),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | list[Model] | None:
    if response.status_code == 200:
        parsed = []
        _parsed = response.json()
        for parsed_item_data in _parsed:
            parsed_item = Model.from_dict(parsed_item_data)
            parsed.append(parsed_item)
        return parsed
    if response.status_code in (401, 404, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("get_model_ancestors", _get_kwargs, _parse_response)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_self: bool | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_reverse: bool | Unset = UNSET,
) -> Response[ErrorMessage | list[Model]]:
    """Ancestors of a model: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(id, include_self=include_self, x_limit=x_limit, x_reverse=x_reverse)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_self: bool | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_reverse: bool | Unset = UNSET,
) -> ErrorMessage | list[Model] | None:
    """Ancestors of a model: the parsed answer (see the module's docstring)."""
    return sync_detailed(id, include_self=include_self, x_limit=x_limit, x_reverse=x_reverse, client=client).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_self: bool | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_reverse: bool | Unset = UNSET,
) -> Response[ErrorMessage | list[Model]]:
    """Ancestors of a model: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(id, include_self=include_self, x_limit=x_limit, x_reverse=x_reverse)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_self: bool | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_reverse: bool | Unset = UNSET,
) -> ErrorMessage | list[Model] | None:
    """Ancestors of a model: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(id, include_self=include_self, x_limit=x_limit, x_reverse=x_reverse, client=client)
    ).parsed
