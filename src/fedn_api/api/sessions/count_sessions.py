"""Count sessions

Number of sessions matching the filters. Every query argument is a filter, as for the list route;
unknown names are ignored.

``GET /api/v1/sessions/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    committed_at (str | Unset):
    committed_at_eq (str | Unset):
    committed_at_gt (str | Unset):
    committed_at_gte (str | Unset):
    committed_at_lt (str | Unset):
    committed_at_lte (str | Unset):
    committed_at_ne (str | Unset):
    id_eq (str | Unset):
    id_gt (str | Unset):
    id_gte (str | Unset):
    id_lt (str | Unset):
    id_lte (str | Unset):
    id_ne (str | Unset):
    name (str | Unset):
    name_eq (str | Unset):
    name_gt (str | Unset):
    name_gte (str | Unset):
    name_lt (str | Unset):
    name_lte (str | Unset):
    name_ne (str | Unset):
    seed_model_id (str | Unset):
    seed_model_id_eq (str | Unset):
    seed_model_id_gt (str | Unset):
    seed_model_id_gte (str | Unset):
    seed_model_id_lt (str | Unset):
    seed_model_id_lte (str | Unset):
    seed_model_id_ne (str | Unset):
    session_config_id (str | Unset):
    session_config_id_eq (str | Unset):
    session_config_id_gt (str | Unset):
    session_config_id_gte (str | Unset):
    session_config_id_lt (str | Unset):
    session_config_id_lte (str | Unset):
    session_config_id_ne (str | Unset):
    session_id (str | Unset):
    status (str | Unset):
    status_eq (str | Unset):
    status_gt (str | Unset):
    status_gte (str | Unset):
    status_lt (str | Unset):
    status_lte (str | Unset):
    status_ne (str | Unset):
    updated_at (str | Unset):
    updated_at_eq (str | Unset):
    updated_at_gt (str | Unset):
    updated_at_gte (str | Unset):
    updated_at_lt (str | Unset):
    updated_at_lte (str | Unset):
    updated_at_ne (str | Unset):

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
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    seed_model_id: str | Unset = UNSET,
    seed_model_id_eq: str | Unset = UNSET,
    seed_model_id_gt: str | Unset = UNSET,
    seed_model_id_gte: str | Unset = UNSET,
    seed_model_id_lt: str | Unset = UNSET,
    seed_model_id_lte: str | Unset = UNSET,
    seed_model_id_ne: str | Unset = UNSET,
    session_config_id: str | Unset = UNSET,
    session_config_id_eq: str | Unset = UNSET,
    session_config_id_gt: str | Unset = UNSET,
    session_config_id_gte: str | Unset = UNSET,
    session_config_id_lt: str | Unset = UNSET,
    session_config_id_lte: str | Unset = UNSET,
    session_config_id_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["committed_at"] = committed_at

    params["committed_at__eq"] = committed_at_eq

    params["committed_at__gt"] = committed_at_gt

    params["committed_at__gte"] = committed_at_gte

    params["committed_at__lt"] = committed_at_lt

    params["committed_at__lte"] = committed_at_lte

    params["committed_at__ne"] = committed_at_ne

    params["id__eq"] = id_eq

    params["id__gt"] = id_gt

    params["id__gte"] = id_gte

    params["id__lt"] = id_lt

    params["id__lte"] = id_lte

    params["id__ne"] = id_ne

    params["name"] = name

    params["name__eq"] = name_eq

    params["name__gt"] = name_gt

    params["name__gte"] = name_gte

    params["name__lt"] = name_lt

    params["name__lte"] = name_lte

    params["name__ne"] = name_ne

    params["seed_model_id"] = seed_model_id

    params["seed_model_id__eq"] = seed_model_id_eq

    params["seed_model_id__gt"] = seed_model_id_gt

    params["seed_model_id__gte"] = seed_model_id_gte

    params["seed_model_id__lt"] = seed_model_id_lt

    params["seed_model_id__lte"] = seed_model_id_lte

    params["seed_model_id__ne"] = seed_model_id_ne

    params["session_config_id"] = session_config_id

    params["session_config_id__eq"] = session_config_id_eq

    params["session_config_id__gt"] = session_config_id_gt

    params["session_config_id__gte"] = session_config_id_gte

    params["session_config_id__lt"] = session_config_id_lt

    params["session_config_id__lte"] = session_config_id_lte

    params["session_config_id__ne"] = session_config_id_ne

    params["session_id"] = session_id

    params["status"] = status

    params["status__eq"] = status_eq

    params["status__gt"] = status_gt

    params["status__gte"] = status_gte

    params["status__lt"] = status_lt

    params["status__lte"] = status_lte

    params["status__ne"] = status_ne

    params["updated_at"] = updated_at

    params["updated_at__eq"] = updated_at_eq

    params["updated_at__gt"] = updated_at_gt

    params["updated_at__gte"] = updated_at_gte

    params["updated_at__lt"] = updated_at_lt

    params["updated_at__lte"] = updated_at_lte

    params["updated_at__ne"] = updated_at_ne

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions/count",
        "params": params,
    }

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
operation = Operation("count_sessions", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    seed_model_id: str | Unset = UNSET,
    seed_model_id_eq: str | Unset = UNSET,
    seed_model_id_gt: str | Unset = UNSET,
    seed_model_id_gte: str | Unset = UNSET,
    seed_model_id_lt: str | Unset = UNSET,
    seed_model_id_lte: str | Unset = UNSET,
    seed_model_id_ne: str | Unset = UNSET,
    session_config_id: str | Unset = UNSET,
    session_config_id_eq: str | Unset = UNSET,
    session_config_id_gt: str | Unset = UNSET,
    session_config_id_gte: str | Unset = UNSET,
    session_config_id_lt: str | Unset = UNSET,
    session_config_id_lte: str | Unset = UNSET,
    session_config_id_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count sessions: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            seed_model_id=seed_model_id,
            seed_model_id_eq=seed_model_id_eq,
            seed_model_id_gt=seed_model_id_gt,
            seed_model_id_gte=seed_model_id_gte,
            seed_model_id_lt=seed_model_id_lt,
            seed_model_id_lte=seed_model_id_lte,
            seed_model_id_ne=seed_model_id_ne,
            session_config_id=session_config_id,
            session_config_id_eq=session_config_id_eq,
            session_config_id_gt=session_config_id_gt,
            session_config_id_gte=session_config_id_gte,
            session_config_id_lt=session_config_id_lt,
            session_config_id_lte=session_config_id_lte,
            session_config_id_ne=session_config_id_ne,
            session_id=session_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
        )
    )
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    seed_model_id: str | Unset = UNSET,
    seed_model_id_eq: str | Unset = UNSET,
    seed_model_id_gt: str | Unset = UNSET,
    seed_model_id_gte: str | Unset = UNSET,
    seed_model_id_lt: str | Unset = UNSET,
    seed_model_id_lte: str | Unset = UNSET,
    seed_model_id_ne: str | Unset = UNSET,
    session_config_id: str | Unset = UNSET,
    session_config_id_eq: str | Unset = UNSET,
    session_config_id_gt: str | Unset = UNSET,
    session_config_id_gte: str | Unset = UNSET,
    session_config_id_lt: str | Unset = UNSET,
    session_config_id_lte: str | Unset = UNSET,
    session_config_id_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count sessions: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        id_eq=id_eq,
        id_gt=id_gt,
        id_gte=id_gte,
        id_lt=id_lt,
        id_lte=id_lte,
        id_ne=id_ne,
        name=name,
        name_eq=name_eq,
        name_gt=name_gt,
        name_gte=name_gte,
        name_lt=name_lt,
        name_lte=name_lte,
        name_ne=name_ne,
        seed_model_id=seed_model_id,
        seed_model_id_eq=seed_model_id_eq,
        seed_model_id_gt=seed_model_id_gt,
        seed_model_id_gte=seed_model_id_gte,
        seed_model_id_lt=seed_model_id_lt,
        seed_model_id_lte=seed_model_id_lte,
        seed_model_id_ne=seed_model_id_ne,
        session_config_id=session_config_id,
        session_config_id_eq=session_config_id_eq,
        session_config_id_gt=session_config_id_gt,
        session_config_id_gte=session_config_id_gte,
        session_config_id_lt=session_config_id_lt,
        session_config_id_lte=session_config_id_lte,
        session_config_id_ne=session_config_id_ne,
        session_id=session_id,
        status=status,
        status_eq=status_eq,
        status_gt=status_gt,
        status_gte=status_gte,
        status_lt=status_lt,
        status_lte=status_lte,
        status_ne=status_ne,
        updated_at=updated_at,
        updated_at_eq=updated_at_eq,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        updated_at_ne=updated_at_ne,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    seed_model_id: str | Unset = UNSET,
    seed_model_id_eq: str | Unset = UNSET,
    seed_model_id_gt: str | Unset = UNSET,
    seed_model_id_gte: str | Unset = UNSET,
    seed_model_id_lt: str | Unset = UNSET,
    seed_model_id_lte: str | Unset = UNSET,
    seed_model_id_ne: str | Unset = UNSET,
    session_config_id: str | Unset = UNSET,
    session_config_id_eq: str | Unset = UNSET,
    session_config_id_gt: str | Unset = UNSET,
    session_config_id_gte: str | Unset = UNSET,
    session_config_id_lt: str | Unset = UNSET,
    session_config_id_lte: str | Unset = UNSET,
    session_config_id_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count sessions: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            seed_model_id=seed_model_id,
            seed_model_id_eq=seed_model_id_eq,
            seed_model_id_gt=seed_model_id_gt,
            seed_model_id_gte=seed_model_id_gte,
            seed_model_id_lt=seed_model_id_lt,
            seed_model_id_lte=seed_model_id_lte,
            seed_model_id_ne=seed_model_id_ne,
            session_config_id=session_config_id,
            session_config_id_eq=session_config_id_eq,
            session_config_id_gt=session_config_id_gt,
            session_config_id_gte=session_config_id_gte,
            session_config_id_lt=session_config_id_lt,
            session_config_id_lte=session_config_id_lte,
            session_config_id_ne=session_config_id_ne,
            session_id=session_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
        )
    )
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    seed_model_id: str | Unset = UNSET,
    seed_model_id_eq: str | Unset = UNSET,
    seed_model_id_gt: str | Unset = UNSET,
    seed_model_id_gte: str | Unset = UNSET,
    seed_model_id_lt: str | Unset = UNSET,
    seed_model_id_lte: str | Unset = UNSET,
    seed_model_id_ne: str | Unset = UNSET,
    session_config_id: str | Unset = UNSET,
    session_config_id_eq: str | Unset = UNSET,
    session_config_id_gt: str | Unset = UNSET,
    session_config_id_gte: str | Unset = UNSET,
    session_config_id_lt: str | Unset = UNSET,
    session_config_id_lte: str | Unset = UNSET,
    session_config_id_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count sessions: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            seed_model_id=seed_model_id,
            seed_model_id_eq=seed_model_id_eq,
            seed_model_id_gt=seed_model_id_gt,
            seed_model_id_gte=seed_model_id_gte,
            seed_model_id_lt=seed_model_id_lt,
            seed_model_id_lte=seed_model_id_lte,
            seed_model_id_ne=seed_model_id_ne,
            session_config_id=session_config_id,
            session_config_id_eq=session_config_id_eq,
            session_config_id_gt=session_config_id_gt,
            session_config_id_gte=session_config_id_gte,
            session_config_id_lt=session_config_id_lt,
            session_config_id_lte=session_config_id_lte,
            session_config_id_ne=session_config_id_ne,
            session_id=session_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            client=client,
        )
    ).parsed
