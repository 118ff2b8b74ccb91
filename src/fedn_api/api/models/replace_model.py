"""Replace a model's fields

Replaces a model's fields (`model`/`model_id` are ignored). The body is closed: an unknown key
answers 400.

``PUT /api/v1/models/{id}``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    id (str):
    body (ModelReplace): A model's fields (PUT): the body fills the model's DTO, which rejects
        unknown keys (400); `model` and `model_id` are ignored.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | Model]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.model import Model
from ...models.model_replace import ModelReplace
from ...types import Operation, Response, path_segment


def _get_kwargs(id: str, *, body: ModelReplace) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/models/{id}".format(id=path_segment("id", id)),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Model | None:
    if response.status_code == 200:
        parsed = Model.from_dict(response.json())
        return parsed
    if response.status_code in (400, 401, 404, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("replace_model", _get_kwargs, _parse_response)


def sync_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: ModelReplace
) -> Response[ErrorMessage | Model]:
    """Replace a model's fields: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(id: str, *, client: AuthenticatedClient | Client, body: ModelReplace) -> ErrorMessage | Model | None:
    """Replace a model's fields: the parsed answer (see the module's docstring)."""
    return sync_detailed(id, body=body, client=client).parsed


async def asyncio_detailed(
    id: str, *, client: AuthenticatedClient | Client, body: ModelReplace
) -> Response[ErrorMessage | Model]:
    """Replace a model's fields: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(id, body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(id: str, *, client: AuthenticatedClient | Client, body: ModelReplace) -> ErrorMessage | Model | None:
    """Replace a model's fields: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(id, body=body, client=client)).parsed
