"""Count metrics

Number of metrics matching the filters. Every query argument is a filter, as for the list route;
unknown names are ignored.

``GET /api/v1/metrics/count``: :data:`operation` builds the request and parses the
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
    key (str | Unset):
    key_eq (str | Unset):
    key_gt (str | Unset):
    key_gte (str | Unset):
    key_lt (str | Unset):
    key_lte (str | Unset):
    key_ne (str | Unset):
    metric_id (str | Unset):
    model_id (str | Unset):
    model_id_eq (str | Unset):
    model_id_gt (str | Unset):
    model_id_gte (str | Unset):
    model_id_lt (str | Unset):
    model_id_lte (str | Unset):
    model_id_ne (str | Unset):
    round_id (str | Unset):
    round_id_eq (str | Unset):
    round_id_gt (str | Unset):
    round_id_gte (str | Unset):
    round_id_lt (str | Unset):
    round_id_lte (str | Unset):
    round_id_ne (str | Unset):
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
    step (str | Unset):
    step_eq (str | Unset):
    step_gt (str | Unset):
    step_gte (str | Unset):
    step_lt (str | Unset):
    step_lte (str | Unset):
    step_ne (str | Unset):
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
    value (str | Unset):
    value_eq (str | Unset):
    value_gt (str | Unset):
    value_gte (str | Unset):
    value_lt (str | Unset):
    value_lte (str | Unset):
    value_ne (str | Unset):

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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    metric_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    round_id_eq: str | Unset = UNSET,
    round_id_gt: str | Unset = UNSET,
    round_id_gte: str | Unset = UNSET,
    round_id_lt: str | Unset = UNSET,
    round_id_lte: str | Unset = UNSET,
    round_id_ne: str | Unset = UNSET,
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
    step: str | Unset = UNSET,
    step_eq: str | Unset = UNSET,
    step_gt: str | Unset = UNSET,
    step_gte: str | Unset = UNSET,
    step_lt: str | Unset = UNSET,
    step_lte: str | Unset = UNSET,
    step_ne: str | Unset = UNSET,
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
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
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

    params["key"] = key

    params["key__eq"] = key_eq

    params["key__gt"] = key_gt

    params["key__gte"] = key_gte

    params["key__lt"] = key_lt

    params["key__lte"] = key_lte

    params["key__ne"] = key_ne

    params["metric_id"] = metric_id

    params["model_id"] = model_id

    params["model_id__eq"] = model_id_eq

    params["model_id__gt"] = model_id_gt

    params["model_id__gte"] = model_id_gte

    params["model_id__lt"] = model_id_lt

    params["model_id__lte"] = model_id_lte

    params["model_id__ne"] = model_id_ne

    params["round_id"] = round_id

    params["round_id__eq"] = round_id_eq

    params["round_id__gt"] = round_id_gt

    params["round_id__gte"] = round_id_gte

    params["round_id__lt"] = round_id_lt

    params["round_id__lte"] = round_id_lte

    params["round_id__ne"] = round_id_ne

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

    params["step"] = step

    params["step__eq"] = step_eq

    params["step__gt"] = step_gt

    params["step__gte"] = step_gte

    params["step__lt"] = step_lt

    params["step__lte"] = step_lte

    params["step__ne"] = step_ne

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

    params["value"] = value

    params["value__eq"] = value_eq

    params["value__gt"] = value_gt

    params["value__gte"] = value_gte

    params["value__lt"] = value_lt

    params["value__lte"] = value_lte

    params["value__ne"] = value_ne

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/metrics/count",
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
operation = Operation("count_metrics", _get_kwargs, _parse_response)


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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    metric_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    round_id_eq: str | Unset = UNSET,
    round_id_gt: str | Unset = UNSET,
    round_id_gte: str | Unset = UNSET,
    round_id_lt: str | Unset = UNSET,
    round_id_lte: str | Unset = UNSET,
    round_id_ne: str | Unset = UNSET,
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
    step: str | Unset = UNSET,
    step_eq: str | Unset = UNSET,
    step_gt: str | Unset = UNSET,
    step_gte: str | Unset = UNSET,
    step_lt: str | Unset = UNSET,
    step_lte: str | Unset = UNSET,
    step_ne: str | Unset = UNSET,
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
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count metrics: the whole response (see the module's docstring)."""
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            metric_id=metric_id,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_id=round_id,
            round_id_eq=round_id_eq,
            round_id_gt=round_id_gt,
            round_id_gte=round_id_gte,
            round_id_lt=round_id_lt,
            round_id_lte=round_id_lte,
            round_id_ne=round_id_ne,
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
            step=step,
            step_eq=step_eq,
            step_gt=step_gt,
            step_gte=step_gte,
            step_lt=step_lt,
            step_lte=step_lte,
            step_ne=step_ne,
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
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    metric_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    round_id_eq: str | Unset = UNSET,
    round_id_gt: str | Unset = UNSET,
    round_id_gte: str | Unset = UNSET,
    round_id_lt: str | Unset = UNSET,
    round_id_lte: str | Unset = UNSET,
    round_id_ne: str | Unset = UNSET,
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
    step: str | Unset = UNSET,
    step_eq: str | Unset = UNSET,
    step_gt: str | Unset = UNSET,
    step_gte: str | Unset = UNSET,
    step_lt: str | Unset = UNSET,
    step_lte: str | Unset = UNSET,
    step_ne: str | Unset = UNSET,
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
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count metrics: the parsed answer (see the module's docstring)."""
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
        key=key,
        key_eq=key_eq,
        key_gt=key_gt,
        key_gte=key_gte,
        key_lt=key_lt,
        key_lte=key_lte,
        key_ne=key_ne,
        metric_id=metric_id,
        model_id=model_id,
        model_id_eq=model_id_eq,
        model_id_gt=model_id_gt,
        model_id_gte=model_id_gte,
        model_id_lt=model_id_lt,
        model_id_lte=model_id_lte,
        model_id_ne=model_id_ne,
        round_id=round_id,
        round_id_eq=round_id_eq,
        round_id_gt=round_id_gt,
        round_id_gte=round_id_gte,
        round_id_lt=round_id_lt,
        round_id_lte=round_id_lte,
        round_id_ne=round_id_ne,
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
        step=step,
        step_eq=step_eq,
        step_gt=step_gt,
        step_gte=step_gte,
        step_lt=step_lt,
        step_lte=step_lte,
        step_ne=step_ne,
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
        value=value,
        value_eq=value_eq,
        value_gt=value_gt,
        value_gte=value_gte,
        value_lt=value_lt,
        value_lte=value_lte,
        value_ne=value_ne,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    metric_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    round_id_eq: str | Unset = UNSET,
    round_id_gt: str | Unset = UNSET,
    round_id_gte: str | Unset = UNSET,
    round_id_lt: str | Unset = UNSET,
    round_id_lte: str | Unset = UNSET,
    round_id_ne: str | Unset = UNSET,
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
    step: str | Unset = UNSET,
    step_eq: str | Unset = UNSET,
    step_gt: str | Unset = UNSET,
    step_gte: str | Unset = UNSET,
    step_lt: str | Unset = UNSET,
    step_lte: str | Unset = UNSET,
    step_ne: str | Unset = UNSET,
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
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count metrics: the whole response (see the module's docstring)."""
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            metric_id=metric_id,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_id=round_id,
            round_id_eq=round_id_eq,
            round_id_gt=round_id_gt,
            round_id_gte=round_id_gte,
            round_id_lt=round_id_lt,
            round_id_lte=round_id_lte,
            round_id_ne=round_id_ne,
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
            step=step,
            step_eq=step_eq,
            step_gt=step_gt,
            step_gte=step_gte,
            step_lt=step_lt,
            step_lte=step_lte,
            step_ne=step_ne,
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
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    metric_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    round_id_eq: str | Unset = UNSET,
    round_id_gt: str | Unset = UNSET,
    round_id_gte: str | Unset = UNSET,
    round_id_lt: str | Unset = UNSET,
    round_id_lte: str | Unset = UNSET,
    round_id_ne: str | Unset = UNSET,
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
    step: str | Unset = UNSET,
    step_eq: str | Unset = UNSET,
    step_gt: str | Unset = UNSET,
    step_gte: str | Unset = UNSET,
    step_lt: str | Unset = UNSET,
    step_lte: str | Unset = UNSET,
    step_ne: str | Unset = UNSET,
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
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count metrics: the parsed answer (see the module's docstring)."""
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            metric_id=metric_id,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_id=round_id,
            round_id_eq=round_id_eq,
            round_id_gt=round_id_gt,
            round_id_gte=round_id_gte,
            round_id_lt=round_id_lt,
            round_id_lte=round_id_lte,
            round_id_ne=round_id_ne,
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
            step=step,
            step_eq=step_eq,
            step_gt=step_gt,
            step_gte=step_gte,
            step_lt=step_lt,
            step_lte=step_lte,
            step_ne=step_ne,
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
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
            client=client,
        )
    ).parsed
