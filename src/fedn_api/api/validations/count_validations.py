"""Count validations

Number of validations matching the filters. Every query argument is a filter, as for the list route;
unknown names are ignored. On SQL statestores this route does not translate `sender.name`,
`sender.role`, `receiver.name`, `receiver.role` (the list route does), so they are not declared: it
honours the column names `sender_name`, ... instead.

``GET /api/v1/validations/count``: :data:`operation` builds the request and parses the
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
    id_eq (str | Unset):
    id_gt (str | Unset):
    id_gte (str | Unset):
    id_lt (str | Unset):
    id_lte (str | Unset):
    id_ne (str | Unset):
    meta (str | Unset):
    meta_eq (str | Unset):
    meta_gt (str | Unset):
    meta_gte (str | Unset):
    meta_lt (str | Unset):
    meta_lte (str | Unset):
    meta_ne (str | Unset):
    model_id (str | Unset):
    model_id_eq (str | Unset):
    model_id_gt (str | Unset):
    model_id_gte (str | Unset):
    model_id_lt (str | Unset):
    model_id_lte (str | Unset):
    model_id_ne (str | Unset):
    receiver_name (str | Unset):
    receiver_name_eq (str | Unset):
    receiver_name_gt (str | Unset):
    receiver_name_gte (str | Unset):
    receiver_name_lt (str | Unset):
    receiver_name_lte (str | Unset):
    receiver_name_ne (str | Unset):
    receiver_role (str | Unset):
    receiver_role_eq (str | Unset):
    receiver_role_gt (str | Unset):
    receiver_role_gte (str | Unset):
    receiver_role_lt (str | Unset):
    receiver_role_lte (str | Unset):
    receiver_role_ne (str | Unset):
    sender_name (str | Unset):
    sender_name_eq (str | Unset):
    sender_name_gt (str | Unset):
    sender_name_gte (str | Unset):
    sender_name_lt (str | Unset):
    sender_name_lte (str | Unset):
    sender_name_ne (str | Unset):
    sender_role (str | Unset):
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
    timestamp (str | Unset):
    timestamp_eq (str | Unset):
    timestamp_gt (str | Unset):
    timestamp_gte (str | Unset):
    timestamp_lt (str | Unset):
    timestamp_lte (str | Unset):
    timestamp_ne (str | Unset):
    updated_at (str | Unset):
    updated_at_eq (str | Unset):
    updated_at_gt (str | Unset):
    updated_at_gte (str | Unset):
    updated_at_lt (str | Unset):
    updated_at_lte (str | Unset):
    updated_at_ne (str | Unset):
    validation_id (str | Unset):

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
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    meta: str | Unset = UNSET,
    meta_eq: str | Unset = UNSET,
    meta_gt: str | Unset = UNSET,
    meta_gte: str | Unset = UNSET,
    meta_lt: str | Unset = UNSET,
    meta_lte: str | Unset = UNSET,
    meta_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_name_eq: str | Unset = UNSET,
    receiver_name_gt: str | Unset = UNSET,
    receiver_name_gte: str | Unset = UNSET,
    receiver_name_lt: str | Unset = UNSET,
    receiver_name_lte: str | Unset = UNSET,
    receiver_name_ne: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    receiver_role_eq: str | Unset = UNSET,
    receiver_role_gt: str | Unset = UNSET,
    receiver_role_gte: str | Unset = UNSET,
    receiver_role_lt: str | Unset = UNSET,
    receiver_role_lte: str | Unset = UNSET,
    receiver_role_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    validation_id: str | Unset = UNSET,
) -> dict[str, Any]:

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

    params["id__eq"] = id_eq

    params["id__gt"] = id_gt

    params["id__gte"] = id_gte

    params["id__lt"] = id_lt

    params["id__lte"] = id_lte

    params["id__ne"] = id_ne

    params["meta"] = meta

    params["meta__eq"] = meta_eq

    params["meta__gt"] = meta_gt

    params["meta__gte"] = meta_gte

    params["meta__lt"] = meta_lt

    params["meta__lte"] = meta_lte

    params["meta__ne"] = meta_ne

    params["model_id"] = model_id

    params["model_id__eq"] = model_id_eq

    params["model_id__gt"] = model_id_gt

    params["model_id__gte"] = model_id_gte

    params["model_id__lt"] = model_id_lt

    params["model_id__lte"] = model_id_lte

    params["model_id__ne"] = model_id_ne

    params["receiver_name"] = receiver_name

    params["receiver_name__eq"] = receiver_name_eq

    params["receiver_name__gt"] = receiver_name_gt

    params["receiver_name__gte"] = receiver_name_gte

    params["receiver_name__lt"] = receiver_name_lt

    params["receiver_name__lte"] = receiver_name_lte

    params["receiver_name__ne"] = receiver_name_ne

    params["receiver_role"] = receiver_role

    params["receiver_role__eq"] = receiver_role_eq

    params["receiver_role__gt"] = receiver_role_gt

    params["receiver_role__gte"] = receiver_role_gte

    params["receiver_role__lt"] = receiver_role_lt

    params["receiver_role__lte"] = receiver_role_lte

    params["receiver_role__ne"] = receiver_role_ne

    params["sender_name"] = sender_name

    params["sender_name__eq"] = sender_name_eq

    params["sender_name__gt"] = sender_name_gt

    params["sender_name__gte"] = sender_name_gte

    params["sender_name__lt"] = sender_name_lt

    params["sender_name__lte"] = sender_name_lte

    params["sender_name__ne"] = sender_name_ne

    params["sender_role"] = sender_role

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

    params["timestamp"] = timestamp

    params["timestamp__eq"] = timestamp_eq

    params["timestamp__gt"] = timestamp_gt

    params["timestamp__gte"] = timestamp_gte

    params["timestamp__lt"] = timestamp_lt

    params["timestamp__lte"] = timestamp_lte

    params["timestamp__ne"] = timestamp_ne

    params["updated_at"] = updated_at

    params["updated_at__eq"] = updated_at_eq

    params["updated_at__gt"] = updated_at_gt

    params["updated_at__gte"] = updated_at_gte

    params["updated_at__lt"] = updated_at_lt

    params["updated_at__lte"] = updated_at_lte

    params["updated_at__ne"] = updated_at_ne

    params["validation_id"] = validation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/validations/count",
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
operation = Operation("count_validations", _get_kwargs, _parse_response)


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
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    meta: str | Unset = UNSET,
    meta_eq: str | Unset = UNSET,
    meta_gt: str | Unset = UNSET,
    meta_gte: str | Unset = UNSET,
    meta_lt: str | Unset = UNSET,
    meta_lte: str | Unset = UNSET,
    meta_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_name_eq: str | Unset = UNSET,
    receiver_name_gt: str | Unset = UNSET,
    receiver_name_gte: str | Unset = UNSET,
    receiver_name_lt: str | Unset = UNSET,
    receiver_name_lte: str | Unset = UNSET,
    receiver_name_ne: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    receiver_role_eq: str | Unset = UNSET,
    receiver_role_gt: str | Unset = UNSET,
    receiver_role_gte: str | Unset = UNSET,
    receiver_role_lt: str | Unset = UNSET,
    receiver_role_lte: str | Unset = UNSET,
    receiver_role_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    validation_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count validations: the whole response (see the module's docstring)."""
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
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            meta=meta,
            meta_eq=meta_eq,
            meta_gt=meta_gt,
            meta_gte=meta_gte,
            meta_lt=meta_lt,
            meta_lte=meta_lte,
            meta_ne=meta_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            receiver_name=receiver_name,
            receiver_name_eq=receiver_name_eq,
            receiver_name_gt=receiver_name_gt,
            receiver_name_gte=receiver_name_gte,
            receiver_name_lt=receiver_name_lt,
            receiver_name_lte=receiver_name_lte,
            receiver_name_ne=receiver_name_ne,
            receiver_role=receiver_role,
            receiver_role_eq=receiver_role_eq,
            receiver_role_gt=receiver_role_gt,
            receiver_role_gte=receiver_role_gte,
            receiver_role_lt=receiver_role_lt,
            receiver_role_lte=receiver_role_lte,
            receiver_role_ne=receiver_role_ne,
            sender_name=sender_name,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role=sender_role,
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
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            validation_id=validation_id,
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
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    meta: str | Unset = UNSET,
    meta_eq: str | Unset = UNSET,
    meta_gt: str | Unset = UNSET,
    meta_gte: str | Unset = UNSET,
    meta_lt: str | Unset = UNSET,
    meta_lte: str | Unset = UNSET,
    meta_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_name_eq: str | Unset = UNSET,
    receiver_name_gt: str | Unset = UNSET,
    receiver_name_gte: str | Unset = UNSET,
    receiver_name_lt: str | Unset = UNSET,
    receiver_name_lte: str | Unset = UNSET,
    receiver_name_ne: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    receiver_role_eq: str | Unset = UNSET,
    receiver_role_gt: str | Unset = UNSET,
    receiver_role_gte: str | Unset = UNSET,
    receiver_role_lt: str | Unset = UNSET,
    receiver_role_lte: str | Unset = UNSET,
    receiver_role_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    validation_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count validations: the parsed answer (see the module's docstring)."""
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
        id_eq=id_eq,
        id_gt=id_gt,
        id_gte=id_gte,
        id_lt=id_lt,
        id_lte=id_lte,
        id_ne=id_ne,
        meta=meta,
        meta_eq=meta_eq,
        meta_gt=meta_gt,
        meta_gte=meta_gte,
        meta_lt=meta_lt,
        meta_lte=meta_lte,
        meta_ne=meta_ne,
        model_id=model_id,
        model_id_eq=model_id_eq,
        model_id_gt=model_id_gt,
        model_id_gte=model_id_gte,
        model_id_lt=model_id_lt,
        model_id_lte=model_id_lte,
        model_id_ne=model_id_ne,
        receiver_name=receiver_name,
        receiver_name_eq=receiver_name_eq,
        receiver_name_gt=receiver_name_gt,
        receiver_name_gte=receiver_name_gte,
        receiver_name_lt=receiver_name_lt,
        receiver_name_lte=receiver_name_lte,
        receiver_name_ne=receiver_name_ne,
        receiver_role=receiver_role,
        receiver_role_eq=receiver_role_eq,
        receiver_role_gt=receiver_role_gt,
        receiver_role_gte=receiver_role_gte,
        receiver_role_lt=receiver_role_lt,
        receiver_role_lte=receiver_role_lte,
        receiver_role_ne=receiver_role_ne,
        sender_name=sender_name,
        sender_name_eq=sender_name_eq,
        sender_name_gt=sender_name_gt,
        sender_name_gte=sender_name_gte,
        sender_name_lt=sender_name_lt,
        sender_name_lte=sender_name_lte,
        sender_name_ne=sender_name_ne,
        sender_role=sender_role,
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
        timestamp=timestamp,
        timestamp_eq=timestamp_eq,
        timestamp_gt=timestamp_gt,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        timestamp_ne=timestamp_ne,
        updated_at=updated_at,
        updated_at_eq=updated_at_eq,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        updated_at_ne=updated_at_ne,
        validation_id=validation_id,
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
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    meta: str | Unset = UNSET,
    meta_eq: str | Unset = UNSET,
    meta_gt: str | Unset = UNSET,
    meta_gte: str | Unset = UNSET,
    meta_lt: str | Unset = UNSET,
    meta_lte: str | Unset = UNSET,
    meta_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_name_eq: str | Unset = UNSET,
    receiver_name_gt: str | Unset = UNSET,
    receiver_name_gte: str | Unset = UNSET,
    receiver_name_lt: str | Unset = UNSET,
    receiver_name_lte: str | Unset = UNSET,
    receiver_name_ne: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    receiver_role_eq: str | Unset = UNSET,
    receiver_role_gt: str | Unset = UNSET,
    receiver_role_gte: str | Unset = UNSET,
    receiver_role_lt: str | Unset = UNSET,
    receiver_role_lte: str | Unset = UNSET,
    receiver_role_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    validation_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count validations: the whole response (see the module's docstring)."""
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
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            meta=meta,
            meta_eq=meta_eq,
            meta_gt=meta_gt,
            meta_gte=meta_gte,
            meta_lt=meta_lt,
            meta_lte=meta_lte,
            meta_ne=meta_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            receiver_name=receiver_name,
            receiver_name_eq=receiver_name_eq,
            receiver_name_gt=receiver_name_gt,
            receiver_name_gte=receiver_name_gte,
            receiver_name_lt=receiver_name_lt,
            receiver_name_lte=receiver_name_lte,
            receiver_name_ne=receiver_name_ne,
            receiver_role=receiver_role,
            receiver_role_eq=receiver_role_eq,
            receiver_role_gt=receiver_role_gt,
            receiver_role_gte=receiver_role_gte,
            receiver_role_lt=receiver_role_lt,
            receiver_role_lte=receiver_role_lte,
            receiver_role_ne=receiver_role_ne,
            sender_name=sender_name,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role=sender_role,
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
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            validation_id=validation_id,
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
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    meta: str | Unset = UNSET,
    meta_eq: str | Unset = UNSET,
    meta_gt: str | Unset = UNSET,
    meta_gte: str | Unset = UNSET,
    meta_lt: str | Unset = UNSET,
    meta_lte: str | Unset = UNSET,
    meta_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_name_eq: str | Unset = UNSET,
    receiver_name_gt: str | Unset = UNSET,
    receiver_name_gte: str | Unset = UNSET,
    receiver_name_lt: str | Unset = UNSET,
    receiver_name_lte: str | Unset = UNSET,
    receiver_name_ne: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    receiver_role_eq: str | Unset = UNSET,
    receiver_role_gt: str | Unset = UNSET,
    receiver_role_gte: str | Unset = UNSET,
    receiver_role_lt: str | Unset = UNSET,
    receiver_role_lte: str | Unset = UNSET,
    receiver_role_ne: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    validation_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count validations: the parsed answer (see the module's docstring)."""
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
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            meta=meta,
            meta_eq=meta_eq,
            meta_gt=meta_gt,
            meta_gte=meta_gte,
            meta_lt=meta_lt,
            meta_lte=meta_lte,
            meta_ne=meta_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            receiver_name=receiver_name,
            receiver_name_eq=receiver_name_eq,
            receiver_name_gt=receiver_name_gt,
            receiver_name_gte=receiver_name_gte,
            receiver_name_lt=receiver_name_lt,
            receiver_name_lte=receiver_name_lte,
            receiver_name_ne=receiver_name_ne,
            receiver_role=receiver_role,
            receiver_role_eq=receiver_role_eq,
            receiver_role_gt=receiver_role_gt,
            receiver_role_gte=receiver_role_gte,
            receiver_role_lt=receiver_role_lt,
            receiver_role_lte=receiver_role_lte,
            receiver_role_ne=receiver_role_ne,
            sender_name=sender_name,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role=sender_role,
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
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            validation_id=validation_id,
            client=client,
        )
    ).parsed
