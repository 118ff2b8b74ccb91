"""List statuses

A page of status events. Every query argument is a filter (the declared ones are those the SQL
statestore honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`,
`__ne`, `__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip,
ordered by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order
is `asc`. Answers the total number of matches with the page.

``GET /api/v1/statuses/``: :data:`operation` builds the request and parses the
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
    correlation_id (str | Unset):
    correlation_id_eq (str | Unset):
    correlation_id_gt (str | Unset):
    correlation_id_gte (str | Unset):
    correlation_id_lt (str | Unset):
    correlation_id_lte (str | Unset):
    correlation_id_ne (str | Unset):
    data (str | Unset):
    data_eq (str | Unset):
    data_gt (str | Unset):
    data_gte (str | Unset):
    data_lt (str | Unset):
    data_lte (str | Unset):
    data_ne (str | Unset):
    extra (str | Unset):
    extra_eq (str | Unset):
    extra_gt (str | Unset):
    extra_gte (str | Unset):
    extra_lt (str | Unset):
    extra_lte (str | Unset):
    extra_ne (str | Unset):
    id_eq (str | Unset):
    id_gt (str | Unset):
    id_gte (str | Unset):
    id_lt (str | Unset):
    id_lte (str | Unset):
    id_ne (str | Unset):
    log_level (str | Unset):
    log_level_eq (str | Unset):
    log_level_gt (str | Unset):
    log_level_gte (str | Unset):
    log_level_lt (str | Unset):
    log_level_lte (str | Unset):
    log_level_ne (str | Unset):
    sender_name (str | Unset):
    sender_role (str | Unset):
    sender_name_eq (str | Unset):
    sender_name_gt (str | Unset):
    sender_name_gte (str | Unset):
    sender_name_lt (str | Unset):
    sender_name_lte (str | Unset):
    sender_name_ne (str | Unset):
    sender_role_eq (str | Unset):
    sender_role_gt (str | Unset):
    sender_role_gte (str | Unset):
    sender_role_lt (str | Unset):
    sender_role_lte (str | Unset):
    sender_role_ne (str | Unset):
    session_id (str | Unset):
    session_id_eq (str | Unset):
    session_id_gt (str | Unset):
    session_id_gte (str | Unset):
    session_id_lt (str | Unset):
    session_id_lte (str | Unset):
    session_id_ne (str | Unset):
    status (str | Unset):
    status_eq (str | Unset):
    status_gt (str | Unset):
    status_gte (str | Unset):
    status_lt (str | Unset):
    status_lte (str | Unset):
    status_ne (str | Unset):
    status_id (str | Unset):
    timestamp (str | Unset):
    timestamp_eq (str | Unset):
    timestamp_gt (str | Unset):
    timestamp_gte (str | Unset):
    timestamp_lt (str | Unset):
    timestamp_lte (str | Unset):
    timestamp_ne (str | Unset):
    type_ (str | Unset):
    type_eq (str | Unset):
    type_gt (str | Unset):
    type_gte (str | Unset):
    type_lt (str | Unset):
    type_lte (str | Unset):
    type_ne (str | Unset):
    updated_at (str | Unset):
    updated_at_eq (str | Unset):
    updated_at_gt (str | Unset):
    updated_at_gte (str | Unset):
    updated_at_lt (str | Unset):
    updated_at_lte (str | Unset):
    updated_at_ne (str | Unset):
    x_limit (int | Unset):
    x_skip (int | Unset):
    x_sort_key (str | Unset):
    x_sort_order (SortOrder | Unset): Sort direction of a list.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | StatusList]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.sort_order import SortOrder
from ...models.status_list import StatusList
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
    correlation_id: str | Unset = UNSET,
    correlation_id_eq: str | Unset = UNSET,
    correlation_id_gt: str | Unset = UNSET,
    correlation_id_gte: str | Unset = UNSET,
    correlation_id_lt: str | Unset = UNSET,
    correlation_id_lte: str | Unset = UNSET,
    correlation_id_ne: str | Unset = UNSET,
    data: str | Unset = UNSET,
    data_eq: str | Unset = UNSET,
    data_gt: str | Unset = UNSET,
    data_gte: str | Unset = UNSET,
    data_lt: str | Unset = UNSET,
    data_lte: str | Unset = UNSET,
    data_ne: str | Unset = UNSET,
    extra: str | Unset = UNSET,
    extra_eq: str | Unset = UNSET,
    extra_gt: str | Unset = UNSET,
    extra_gte: str | Unset = UNSET,
    extra_lt: str | Unset = UNSET,
    extra_lte: str | Unset = UNSET,
    extra_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    log_level_eq: str | Unset = UNSET,
    log_level_gt: str | Unset = UNSET,
    log_level_gte: str | Unset = UNSET,
    log_level_lt: str | Unset = UNSET,
    log_level_lte: str | Unset = UNSET,
    log_level_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_eq: str | Unset = UNSET,
    type_gt: str | Unset = UNSET,
    type_gte: str | Unset = UNSET,
    type_lt: str | Unset = UNSET,
    type_lte: str | Unset = UNSET,
    type_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_limit, Unset):
        headers["X-Limit"] = str(x_limit)

    if not isinstance(x_skip, Unset):
        headers["X-Skip"] = str(x_skip)

    if not isinstance(x_sort_key, Unset):
        headers["X-Sort-Key"] = x_sort_key

    if not isinstance(x_sort_order, Unset):
        headers["X-Sort-Order"] = str(x_sort_order)

    params: dict[str, Any] = {}

    params["committed_at"] = committed_at

    params["committed_at__eq"] = committed_at_eq

    params["committed_at__gt"] = committed_at_gt

    params["committed_at__gte"] = committed_at_gte

    params["committed_at__lt"] = committed_at_lt

    params["committed_at__lte"] = committed_at_lte

    params["committed_at__ne"] = committed_at_ne

    params["correlation_id"] = correlation_id

    params["correlation_id__eq"] = correlation_id_eq

    params["correlation_id__gt"] = correlation_id_gt

    params["correlation_id__gte"] = correlation_id_gte

    params["correlation_id__lt"] = correlation_id_lt

    params["correlation_id__lte"] = correlation_id_lte

    params["correlation_id__ne"] = correlation_id_ne

    params["data"] = data

    params["data__eq"] = data_eq

    params["data__gt"] = data_gt

    params["data__gte"] = data_gte

    params["data__lt"] = data_lt

    params["data__lte"] = data_lte

    params["data__ne"] = data_ne

    params["extra"] = extra

    params["extra__eq"] = extra_eq

    params["extra__gt"] = extra_gt

    params["extra__gte"] = extra_gte

    params["extra__lt"] = extra_lt

    params["extra__lte"] = extra_lte

    params["extra__ne"] = extra_ne

    params["id__eq"] = id_eq

    params["id__gt"] = id_gt

    params["id__gte"] = id_gte

    params["id__lt"] = id_lt

    params["id__lte"] = id_lte

    params["id__ne"] = id_ne

    params["log_level"] = log_level

    params["log_level__eq"] = log_level_eq

    params["log_level__gt"] = log_level_gt

    params["log_level__gte"] = log_level_gte

    params["log_level__lt"] = log_level_lt

    params["log_level__lte"] = log_level_lte

    params["log_level__ne"] = log_level_ne

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params["sender_name__eq"] = sender_name_eq

    params["sender_name__gt"] = sender_name_gt

    params["sender_name__gte"] = sender_name_gte

    params["sender_name__lt"] = sender_name_lt

    params["sender_name__lte"] = sender_name_lte

    params["sender_name__ne"] = sender_name_ne

    params["sender_role__eq"] = sender_role_eq

    params["sender_role__gt"] = sender_role_gt

    params["sender_role__gte"] = sender_role_gte

    params["sender_role__lt"] = sender_role_lt

    params["sender_role__lte"] = sender_role_lte

    params["sender_role__ne"] = sender_role_ne

    params["session_id"] = session_id

    params["session_id__eq"] = session_id_eq

    params["session_id__gt"] = session_id_gt

    params["session_id__gte"] = session_id_gte

    params["session_id__lt"] = session_id_lt

    params["session_id__lte"] = session_id_lte

    params["session_id__ne"] = session_id_ne

    params["status"] = status

    params["status__eq"] = status_eq

    params["status__gt"] = status_gt

    params["status__gte"] = status_gte

    params["status__lt"] = status_lt

    params["status__lte"] = status_lte

    params["status__ne"] = status_ne

    params["status_id"] = status_id

    params["timestamp"] = timestamp

    params["timestamp__eq"] = timestamp_eq

    params["timestamp__gt"] = timestamp_gt

    params["timestamp__gte"] = timestamp_gte

    params["timestamp__lt"] = timestamp_lt

    params["timestamp__lte"] = timestamp_lte

    params["timestamp__ne"] = timestamp_ne

    params["type"] = type_

    params["type__eq"] = type_eq

    params["type__gt"] = type_gt

    params["type__gte"] = type_gte

    params["type__lt"] = type_lt

    params["type__lte"] = type_lte

    params["type__ne"] = type_ne

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
        "url": "/api/v1/statuses/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | StatusList | None:
    if response.status_code == 200:
        parsed = StatusList.from_dict(response.json())

        return parsed

    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())

        return parsed

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_statuses", _get_kwargs, _parse_response)


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
    correlation_id: str | Unset = UNSET,
    correlation_id_eq: str | Unset = UNSET,
    correlation_id_gt: str | Unset = UNSET,
    correlation_id_gte: str | Unset = UNSET,
    correlation_id_lt: str | Unset = UNSET,
    correlation_id_lte: str | Unset = UNSET,
    correlation_id_ne: str | Unset = UNSET,
    data: str | Unset = UNSET,
    data_eq: str | Unset = UNSET,
    data_gt: str | Unset = UNSET,
    data_gte: str | Unset = UNSET,
    data_lt: str | Unset = UNSET,
    data_lte: str | Unset = UNSET,
    data_ne: str | Unset = UNSET,
    extra: str | Unset = UNSET,
    extra_eq: str | Unset = UNSET,
    extra_gt: str | Unset = UNSET,
    extra_gte: str | Unset = UNSET,
    extra_lt: str | Unset = UNSET,
    extra_lte: str | Unset = UNSET,
    extra_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    log_level_eq: str | Unset = UNSET,
    log_level_gt: str | Unset = UNSET,
    log_level_gte: str | Unset = UNSET,
    log_level_lt: str | Unset = UNSET,
    log_level_lte: str | Unset = UNSET,
    log_level_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_eq: str | Unset = UNSET,
    type_gt: str | Unset = UNSET,
    type_gte: str | Unset = UNSET,
    type_lt: str | Unset = UNSET,
    type_lte: str | Unset = UNSET,
    type_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | StatusList]:
    """List statuses: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            correlation_id=correlation_id,
            correlation_id_eq=correlation_id_eq,
            correlation_id_gt=correlation_id_gt,
            correlation_id_gte=correlation_id_gte,
            correlation_id_lt=correlation_id_lt,
            correlation_id_lte=correlation_id_lte,
            correlation_id_ne=correlation_id_ne,
            data=data,
            data_eq=data_eq,
            data_gt=data_gt,
            data_gte=data_gte,
            data_lt=data_lt,
            data_lte=data_lte,
            data_ne=data_ne,
            extra=extra,
            extra_eq=extra_eq,
            extra_gt=extra_gt,
            extra_gte=extra_gte,
            extra_lt=extra_lt,
            extra_lte=extra_lte,
            extra_ne=extra_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            log_level=log_level,
            log_level_eq=log_level_eq,
            log_level_gt=log_level_gt,
            log_level_gte=log_level_gte,
            log_level_lt=log_level_lt,
            log_level_lte=log_level_lte,
            log_level_ne=log_level_ne,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            status_id=status_id,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            type_=type_,
            type_eq=type_eq,
            type_gt=type_gt,
            type_gte=type_gte,
            type_lt=type_lt,
            type_lte=type_lte,
            type_ne=type_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
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
    correlation_id: str | Unset = UNSET,
    correlation_id_eq: str | Unset = UNSET,
    correlation_id_gt: str | Unset = UNSET,
    correlation_id_gte: str | Unset = UNSET,
    correlation_id_lt: str | Unset = UNSET,
    correlation_id_lte: str | Unset = UNSET,
    correlation_id_ne: str | Unset = UNSET,
    data: str | Unset = UNSET,
    data_eq: str | Unset = UNSET,
    data_gt: str | Unset = UNSET,
    data_gte: str | Unset = UNSET,
    data_lt: str | Unset = UNSET,
    data_lte: str | Unset = UNSET,
    data_ne: str | Unset = UNSET,
    extra: str | Unset = UNSET,
    extra_eq: str | Unset = UNSET,
    extra_gt: str | Unset = UNSET,
    extra_gte: str | Unset = UNSET,
    extra_lt: str | Unset = UNSET,
    extra_lte: str | Unset = UNSET,
    extra_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    log_level_eq: str | Unset = UNSET,
    log_level_gt: str | Unset = UNSET,
    log_level_gte: str | Unset = UNSET,
    log_level_lt: str | Unset = UNSET,
    log_level_lte: str | Unset = UNSET,
    log_level_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_eq: str | Unset = UNSET,
    type_gt: str | Unset = UNSET,
    type_gte: str | Unset = UNSET,
    type_lt: str | Unset = UNSET,
    type_lte: str | Unset = UNSET,
    type_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | StatusList | None:
    """List statuses: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        correlation_id=correlation_id,
        correlation_id_eq=correlation_id_eq,
        correlation_id_gt=correlation_id_gt,
        correlation_id_gte=correlation_id_gte,
        correlation_id_lt=correlation_id_lt,
        correlation_id_lte=correlation_id_lte,
        correlation_id_ne=correlation_id_ne,
        data=data,
        data_eq=data_eq,
        data_gt=data_gt,
        data_gte=data_gte,
        data_lt=data_lt,
        data_lte=data_lte,
        data_ne=data_ne,
        extra=extra,
        extra_eq=extra_eq,
        extra_gt=extra_gt,
        extra_gte=extra_gte,
        extra_lt=extra_lt,
        extra_lte=extra_lte,
        extra_ne=extra_ne,
        id_eq=id_eq,
        id_gt=id_gt,
        id_gte=id_gte,
        id_lt=id_lt,
        id_lte=id_lte,
        id_ne=id_ne,
        log_level=log_level,
        log_level_eq=log_level_eq,
        log_level_gt=log_level_gt,
        log_level_gte=log_level_gte,
        log_level_lt=log_level_lt,
        log_level_lte=log_level_lte,
        log_level_ne=log_level_ne,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_name_eq=sender_name_eq,
        sender_name_gt=sender_name_gt,
        sender_name_gte=sender_name_gte,
        sender_name_lt=sender_name_lt,
        sender_name_lte=sender_name_lte,
        sender_name_ne=sender_name_ne,
        sender_role_eq=sender_role_eq,
        sender_role_gt=sender_role_gt,
        sender_role_gte=sender_role_gte,
        sender_role_lt=sender_role_lt,
        sender_role_lte=sender_role_lte,
        sender_role_ne=sender_role_ne,
        session_id=session_id,
        session_id_eq=session_id_eq,
        session_id_gt=session_id_gt,
        session_id_gte=session_id_gte,
        session_id_lt=session_id_lt,
        session_id_lte=session_id_lte,
        session_id_ne=session_id_ne,
        status=status,
        status_eq=status_eq,
        status_gt=status_gt,
        status_gte=status_gte,
        status_lt=status_lt,
        status_lte=status_lte,
        status_ne=status_ne,
        status_id=status_id,
        timestamp=timestamp,
        timestamp_eq=timestamp_eq,
        timestamp_gt=timestamp_gt,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        timestamp_ne=timestamp_ne,
        type_=type_,
        type_eq=type_eq,
        type_gt=type_gt,
        type_gte=type_gte,
        type_lt=type_lt,
        type_lte=type_lte,
        type_ne=type_ne,
        updated_at=updated_at,
        updated_at_eq=updated_at_eq,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        updated_at_ne=updated_at_ne,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
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
    correlation_id: str | Unset = UNSET,
    correlation_id_eq: str | Unset = UNSET,
    correlation_id_gt: str | Unset = UNSET,
    correlation_id_gte: str | Unset = UNSET,
    correlation_id_lt: str | Unset = UNSET,
    correlation_id_lte: str | Unset = UNSET,
    correlation_id_ne: str | Unset = UNSET,
    data: str | Unset = UNSET,
    data_eq: str | Unset = UNSET,
    data_gt: str | Unset = UNSET,
    data_gte: str | Unset = UNSET,
    data_lt: str | Unset = UNSET,
    data_lte: str | Unset = UNSET,
    data_ne: str | Unset = UNSET,
    extra: str | Unset = UNSET,
    extra_eq: str | Unset = UNSET,
    extra_gt: str | Unset = UNSET,
    extra_gte: str | Unset = UNSET,
    extra_lt: str | Unset = UNSET,
    extra_lte: str | Unset = UNSET,
    extra_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    log_level_eq: str | Unset = UNSET,
    log_level_gt: str | Unset = UNSET,
    log_level_gte: str | Unset = UNSET,
    log_level_lt: str | Unset = UNSET,
    log_level_lte: str | Unset = UNSET,
    log_level_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_eq: str | Unset = UNSET,
    type_gt: str | Unset = UNSET,
    type_gte: str | Unset = UNSET,
    type_lt: str | Unset = UNSET,
    type_lte: str | Unset = UNSET,
    type_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | StatusList]:
    """List statuses: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            correlation_id=correlation_id,
            correlation_id_eq=correlation_id_eq,
            correlation_id_gt=correlation_id_gt,
            correlation_id_gte=correlation_id_gte,
            correlation_id_lt=correlation_id_lt,
            correlation_id_lte=correlation_id_lte,
            correlation_id_ne=correlation_id_ne,
            data=data,
            data_eq=data_eq,
            data_gt=data_gt,
            data_gte=data_gte,
            data_lt=data_lt,
            data_lte=data_lte,
            data_ne=data_ne,
            extra=extra,
            extra_eq=extra_eq,
            extra_gt=extra_gt,
            extra_gte=extra_gte,
            extra_lt=extra_lt,
            extra_lte=extra_lte,
            extra_ne=extra_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            log_level=log_level,
            log_level_eq=log_level_eq,
            log_level_gt=log_level_gt,
            log_level_gte=log_level_gte,
            log_level_lt=log_level_lt,
            log_level_lte=log_level_lte,
            log_level_ne=log_level_ne,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            status_id=status_id,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            type_=type_,
            type_eq=type_eq,
            type_gt=type_gt,
            type_gte=type_gte,
            type_lt=type_lt,
            type_lte=type_lte,
            type_ne=type_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
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
    correlation_id: str | Unset = UNSET,
    correlation_id_eq: str | Unset = UNSET,
    correlation_id_gt: str | Unset = UNSET,
    correlation_id_gte: str | Unset = UNSET,
    correlation_id_lt: str | Unset = UNSET,
    correlation_id_lte: str | Unset = UNSET,
    correlation_id_ne: str | Unset = UNSET,
    data: str | Unset = UNSET,
    data_eq: str | Unset = UNSET,
    data_gt: str | Unset = UNSET,
    data_gte: str | Unset = UNSET,
    data_lt: str | Unset = UNSET,
    data_lte: str | Unset = UNSET,
    data_ne: str | Unset = UNSET,
    extra: str | Unset = UNSET,
    extra_eq: str | Unset = UNSET,
    extra_gt: str | Unset = UNSET,
    extra_gte: str | Unset = UNSET,
    extra_lt: str | Unset = UNSET,
    extra_lte: str | Unset = UNSET,
    extra_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    log_level_eq: str | Unset = UNSET,
    log_level_gt: str | Unset = UNSET,
    log_level_gte: str | Unset = UNSET,
    log_level_lt: str | Unset = UNSET,
    log_level_lte: str | Unset = UNSET,
    log_level_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_eq: str | Unset = UNSET,
    type_gt: str | Unset = UNSET,
    type_gte: str | Unset = UNSET,
    type_lt: str | Unset = UNSET,
    type_lte: str | Unset = UNSET,
    type_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | StatusList | None:
    """List statuses: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            correlation_id=correlation_id,
            correlation_id_eq=correlation_id_eq,
            correlation_id_gt=correlation_id_gt,
            correlation_id_gte=correlation_id_gte,
            correlation_id_lt=correlation_id_lt,
            correlation_id_lte=correlation_id_lte,
            correlation_id_ne=correlation_id_ne,
            data=data,
            data_eq=data_eq,
            data_gt=data_gt,
            data_gte=data_gte,
            data_lt=data_lt,
            data_lte=data_lte,
            data_ne=data_ne,
            extra=extra,
            extra_eq=extra_eq,
            extra_gt=extra_gt,
            extra_gte=extra_gte,
            extra_lt=extra_lt,
            extra_lte=extra_lte,
            extra_ne=extra_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            log_level=log_level,
            log_level_eq=log_level_eq,
            log_level_gt=log_level_gt,
            log_level_gte=log_level_gte,
            log_level_lt=log_level_lt,
            log_level_lte=log_level_lte,
            log_level_ne=log_level_ne,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            status_id=status_id,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            type_=type_,
            type_eq=type_eq,
            type_gt=type_gt,
            type_gte=type_gte,
            type_lt=type_lt,
            type_lte=type_lte,
            type_ne=type_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
            client=client,
        )
    ).parsed
