"""List runs

A page of runs. Every query argument is a filter (the declared ones are those the SQL statestore
honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`, `__ne`,
`__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip, ordered
by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order is
`asc`. Answers the total number of matches with the page.

``GET /api/v1/runs/``: :data:`operation` builds the request and parses the
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
    completed_at (str | Unset):
    completed_at_eq (str | Unset):
    completed_at_gt (str | Unset):
    completed_at_gte (str | Unset):
    completed_at_lt (str | Unset):
    completed_at_lte (str | Unset):
    completed_at_ne (str | Unset):
    completed_at_model_id (str | Unset):
    completed_at_model_id_eq (str | Unset):
    completed_at_model_id_gt (str | Unset):
    completed_at_model_id_gte (str | Unset):
    completed_at_model_id_lt (str | Unset):
    completed_at_model_id_lte (str | Unset):
    completed_at_model_id_ne (str | Unset):
    id_eq (str | Unset):
    id_gt (str | Unset):
    id_gte (str | Unset):
    id_lt (str | Unset):
    id_lte (str | Unset):
    id_ne (str | Unset):
    model_id (str | Unset):
    model_id_eq (str | Unset):
    model_id_gt (str | Unset):
    model_id_gte (str | Unset):
    model_id_lt (str | Unset):
    model_id_lte (str | Unset):
    model_id_ne (str | Unset):
    round_timeout (str | Unset):
    round_timeout_eq (str | Unset):
    round_timeout_gt (str | Unset):
    round_timeout_gte (str | Unset):
    round_timeout_lt (str | Unset):
    round_timeout_lte (str | Unset):
    round_timeout_ne (str | Unset):
    rounds (str | Unset):
    rounds_eq (str | Unset):
    rounds_gt (str | Unset):
    rounds_gte (str | Unset):
    rounds_lt (str | Unset):
    rounds_lte (str | Unset):
    rounds_ne (str | Unset):
    run_id (str | Unset):
    session_id (str | Unset):
    session_id_eq (str | Unset):
    session_id_gt (str | Unset):
    session_id_gte (str | Unset):
    session_id_lt (str | Unset):
    session_id_lte (str | Unset):
    session_id_ne (str | Unset):
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
    Response[ErrorMessage | RunList]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.run_list import RunList
from ...models.sort_order import SortOrder
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
    completed_at: str | Unset = UNSET,
    completed_at_eq: str | Unset = UNSET,
    completed_at_gt: str | Unset = UNSET,
    completed_at_gte: str | Unset = UNSET,
    completed_at_lt: str | Unset = UNSET,
    completed_at_lte: str | Unset = UNSET,
    completed_at_ne: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    completed_at_model_id_eq: str | Unset = UNSET,
    completed_at_model_id_gt: str | Unset = UNSET,
    completed_at_model_id_gte: str | Unset = UNSET,
    completed_at_model_id_lt: str | Unset = UNSET,
    completed_at_model_id_lte: str | Unset = UNSET,
    completed_at_model_id_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_timeout: str | Unset = UNSET,
    round_timeout_eq: str | Unset = UNSET,
    round_timeout_gt: str | Unset = UNSET,
    round_timeout_gte: str | Unset = UNSET,
    round_timeout_lt: str | Unset = UNSET,
    round_timeout_lte: str | Unset = UNSET,
    round_timeout_ne: str | Unset = UNSET,
    rounds: str | Unset = UNSET,
    rounds_eq: str | Unset = UNSET,
    rounds_gt: str | Unset = UNSET,
    rounds_gte: str | Unset = UNSET,
    rounds_lt: str | Unset = UNSET,
    rounds_lte: str | Unset = UNSET,
    rounds_ne: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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

    params["completed_at"] = completed_at

    params["completed_at__eq"] = completed_at_eq

    params["completed_at__gt"] = completed_at_gt

    params["completed_at__gte"] = completed_at_gte

    params["completed_at__lt"] = completed_at_lt

    params["completed_at__lte"] = completed_at_lte

    params["completed_at__ne"] = completed_at_ne

    params["completed_at_model_id"] = completed_at_model_id

    params["completed_at_model_id__eq"] = completed_at_model_id_eq

    params["completed_at_model_id__gt"] = completed_at_model_id_gt

    params["completed_at_model_id__gte"] = completed_at_model_id_gte

    params["completed_at_model_id__lt"] = completed_at_model_id_lt

    params["completed_at_model_id__lte"] = completed_at_model_id_lte

    params["completed_at_model_id__ne"] = completed_at_model_id_ne

    params["id__eq"] = id_eq

    params["id__gt"] = id_gt

    params["id__gte"] = id_gte

    params["id__lt"] = id_lt

    params["id__lte"] = id_lte

    params["id__ne"] = id_ne

    params["model_id"] = model_id

    params["model_id__eq"] = model_id_eq

    params["model_id__gt"] = model_id_gt

    params["model_id__gte"] = model_id_gte

    params["model_id__lt"] = model_id_lt

    params["model_id__lte"] = model_id_lte

    params["model_id__ne"] = model_id_ne

    params["round_timeout"] = round_timeout

    params["round_timeout__eq"] = round_timeout_eq

    params["round_timeout__gt"] = round_timeout_gt

    params["round_timeout__gte"] = round_timeout_gte

    params["round_timeout__lt"] = round_timeout_lt

    params["round_timeout__lte"] = round_timeout_lte

    params["round_timeout__ne"] = round_timeout_ne

    params["rounds"] = rounds

    params["rounds__eq"] = rounds_eq

    params["rounds__gt"] = rounds_gt

    params["rounds__gte"] = rounds_gte

    params["rounds__lt"] = rounds_lt

    params["rounds__lte"] = rounds_lte

    params["rounds__ne"] = rounds_ne

    params["run_id"] = run_id

    params["session_id"] = session_id

    params["session_id__eq"] = session_id_eq

    params["session_id__gt"] = session_id_gt

    params["session_id__gte"] = session_id_gte

    params["session_id__lt"] = session_id_lt

    params["session_id__lte"] = session_id_lte

    params["session_id__ne"] = session_id_ne

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
        "url": "/api/v1/runs/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | RunList | None:
    if response.status_code == 200:
        parsed = RunList.from_dict(response.json())

        return parsed

    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())

        return parsed

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_runs", _get_kwargs, _parse_response)


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
    completed_at: str | Unset = UNSET,
    completed_at_eq: str | Unset = UNSET,
    completed_at_gt: str | Unset = UNSET,
    completed_at_gte: str | Unset = UNSET,
    completed_at_lt: str | Unset = UNSET,
    completed_at_lte: str | Unset = UNSET,
    completed_at_ne: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    completed_at_model_id_eq: str | Unset = UNSET,
    completed_at_model_id_gt: str | Unset = UNSET,
    completed_at_model_id_gte: str | Unset = UNSET,
    completed_at_model_id_lt: str | Unset = UNSET,
    completed_at_model_id_lte: str | Unset = UNSET,
    completed_at_model_id_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_timeout: str | Unset = UNSET,
    round_timeout_eq: str | Unset = UNSET,
    round_timeout_gt: str | Unset = UNSET,
    round_timeout_gte: str | Unset = UNSET,
    round_timeout_lt: str | Unset = UNSET,
    round_timeout_lte: str | Unset = UNSET,
    round_timeout_ne: str | Unset = UNSET,
    rounds: str | Unset = UNSET,
    rounds_eq: str | Unset = UNSET,
    rounds_gt: str | Unset = UNSET,
    rounds_gte: str | Unset = UNSET,
    rounds_lt: str | Unset = UNSET,
    rounds_lte: str | Unset = UNSET,
    rounds_ne: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> Response[ErrorMessage | RunList]:
    """List runs: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            completed_at=completed_at,
            completed_at_eq=completed_at_eq,
            completed_at_gt=completed_at_gt,
            completed_at_gte=completed_at_gte,
            completed_at_lt=completed_at_lt,
            completed_at_lte=completed_at_lte,
            completed_at_ne=completed_at_ne,
            completed_at_model_id=completed_at_model_id,
            completed_at_model_id_eq=completed_at_model_id_eq,
            completed_at_model_id_gt=completed_at_model_id_gt,
            completed_at_model_id_gte=completed_at_model_id_gte,
            completed_at_model_id_lt=completed_at_model_id_lt,
            completed_at_model_id_lte=completed_at_model_id_lte,
            completed_at_model_id_ne=completed_at_model_id_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_timeout=round_timeout,
            round_timeout_eq=round_timeout_eq,
            round_timeout_gt=round_timeout_gt,
            round_timeout_gte=round_timeout_gte,
            round_timeout_lt=round_timeout_lt,
            round_timeout_lte=round_timeout_lte,
            round_timeout_ne=round_timeout_ne,
            rounds=rounds,
            rounds_eq=rounds_eq,
            rounds_gt=rounds_gt,
            rounds_gte=rounds_gte,
            rounds_lt=rounds_lt,
            rounds_lte=rounds_lte,
            rounds_ne=rounds_ne,
            run_id=run_id,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
    completed_at: str | Unset = UNSET,
    completed_at_eq: str | Unset = UNSET,
    completed_at_gt: str | Unset = UNSET,
    completed_at_gte: str | Unset = UNSET,
    completed_at_lt: str | Unset = UNSET,
    completed_at_lte: str | Unset = UNSET,
    completed_at_ne: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    completed_at_model_id_eq: str | Unset = UNSET,
    completed_at_model_id_gt: str | Unset = UNSET,
    completed_at_model_id_gte: str | Unset = UNSET,
    completed_at_model_id_lt: str | Unset = UNSET,
    completed_at_model_id_lte: str | Unset = UNSET,
    completed_at_model_id_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_timeout: str | Unset = UNSET,
    round_timeout_eq: str | Unset = UNSET,
    round_timeout_gt: str | Unset = UNSET,
    round_timeout_gte: str | Unset = UNSET,
    round_timeout_lt: str | Unset = UNSET,
    round_timeout_lte: str | Unset = UNSET,
    round_timeout_ne: str | Unset = UNSET,
    rounds: str | Unset = UNSET,
    rounds_eq: str | Unset = UNSET,
    rounds_gt: str | Unset = UNSET,
    rounds_gte: str | Unset = UNSET,
    rounds_lt: str | Unset = UNSET,
    rounds_lte: str | Unset = UNSET,
    rounds_ne: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> ErrorMessage | RunList | None:
    """List runs: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        completed_at=completed_at,
        completed_at_eq=completed_at_eq,
        completed_at_gt=completed_at_gt,
        completed_at_gte=completed_at_gte,
        completed_at_lt=completed_at_lt,
        completed_at_lte=completed_at_lte,
        completed_at_ne=completed_at_ne,
        completed_at_model_id=completed_at_model_id,
        completed_at_model_id_eq=completed_at_model_id_eq,
        completed_at_model_id_gt=completed_at_model_id_gt,
        completed_at_model_id_gte=completed_at_model_id_gte,
        completed_at_model_id_lt=completed_at_model_id_lt,
        completed_at_model_id_lte=completed_at_model_id_lte,
        completed_at_model_id_ne=completed_at_model_id_ne,
        id_eq=id_eq,
        id_gt=id_gt,
        id_gte=id_gte,
        id_lt=id_lt,
        id_lte=id_lte,
        id_ne=id_ne,
        model_id=model_id,
        model_id_eq=model_id_eq,
        model_id_gt=model_id_gt,
        model_id_gte=model_id_gte,
        model_id_lt=model_id_lt,
        model_id_lte=model_id_lte,
        model_id_ne=model_id_ne,
        round_timeout=round_timeout,
        round_timeout_eq=round_timeout_eq,
        round_timeout_gt=round_timeout_gt,
        round_timeout_gte=round_timeout_gte,
        round_timeout_lt=round_timeout_lt,
        round_timeout_lte=round_timeout_lte,
        round_timeout_ne=round_timeout_ne,
        rounds=rounds,
        rounds_eq=rounds_eq,
        rounds_gt=rounds_gt,
        rounds_gte=rounds_gte,
        rounds_lt=rounds_lt,
        rounds_lte=rounds_lte,
        rounds_ne=rounds_ne,
        run_id=run_id,
        session_id=session_id,
        session_id_eq=session_id_eq,
        session_id_gt=session_id_gt,
        session_id_gte=session_id_gte,
        session_id_lt=session_id_lt,
        session_id_lte=session_id_lte,
        session_id_ne=session_id_ne,
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
    completed_at: str | Unset = UNSET,
    completed_at_eq: str | Unset = UNSET,
    completed_at_gt: str | Unset = UNSET,
    completed_at_gte: str | Unset = UNSET,
    completed_at_lt: str | Unset = UNSET,
    completed_at_lte: str | Unset = UNSET,
    completed_at_ne: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    completed_at_model_id_eq: str | Unset = UNSET,
    completed_at_model_id_gt: str | Unset = UNSET,
    completed_at_model_id_gte: str | Unset = UNSET,
    completed_at_model_id_lt: str | Unset = UNSET,
    completed_at_model_id_lte: str | Unset = UNSET,
    completed_at_model_id_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_timeout: str | Unset = UNSET,
    round_timeout_eq: str | Unset = UNSET,
    round_timeout_gt: str | Unset = UNSET,
    round_timeout_gte: str | Unset = UNSET,
    round_timeout_lt: str | Unset = UNSET,
    round_timeout_lte: str | Unset = UNSET,
    round_timeout_ne: str | Unset = UNSET,
    rounds: str | Unset = UNSET,
    rounds_eq: str | Unset = UNSET,
    rounds_gt: str | Unset = UNSET,
    rounds_gte: str | Unset = UNSET,
    rounds_lt: str | Unset = UNSET,
    rounds_lte: str | Unset = UNSET,
    rounds_ne: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> Response[ErrorMessage | RunList]:
    """List runs: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            completed_at=completed_at,
            completed_at_eq=completed_at_eq,
            completed_at_gt=completed_at_gt,
            completed_at_gte=completed_at_gte,
            completed_at_lt=completed_at_lt,
            completed_at_lte=completed_at_lte,
            completed_at_ne=completed_at_ne,
            completed_at_model_id=completed_at_model_id,
            completed_at_model_id_eq=completed_at_model_id_eq,
            completed_at_model_id_gt=completed_at_model_id_gt,
            completed_at_model_id_gte=completed_at_model_id_gte,
            completed_at_model_id_lt=completed_at_model_id_lt,
            completed_at_model_id_lte=completed_at_model_id_lte,
            completed_at_model_id_ne=completed_at_model_id_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_timeout=round_timeout,
            round_timeout_eq=round_timeout_eq,
            round_timeout_gt=round_timeout_gt,
            round_timeout_gte=round_timeout_gte,
            round_timeout_lt=round_timeout_lt,
            round_timeout_lte=round_timeout_lte,
            round_timeout_ne=round_timeout_ne,
            rounds=rounds,
            rounds_eq=rounds_eq,
            rounds_gt=rounds_gt,
            rounds_gte=rounds_gte,
            rounds_lt=rounds_lt,
            rounds_lte=rounds_lte,
            rounds_ne=rounds_ne,
            run_id=run_id,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
    completed_at: str | Unset = UNSET,
    completed_at_eq: str | Unset = UNSET,
    completed_at_gt: str | Unset = UNSET,
    completed_at_gte: str | Unset = UNSET,
    completed_at_lt: str | Unset = UNSET,
    completed_at_lte: str | Unset = UNSET,
    completed_at_ne: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    completed_at_model_id_eq: str | Unset = UNSET,
    completed_at_model_id_gt: str | Unset = UNSET,
    completed_at_model_id_gte: str | Unset = UNSET,
    completed_at_model_id_lt: str | Unset = UNSET,
    completed_at_model_id_lte: str | Unset = UNSET,
    completed_at_model_id_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    model_id_eq: str | Unset = UNSET,
    model_id_gt: str | Unset = UNSET,
    model_id_gte: str | Unset = UNSET,
    model_id_lt: str | Unset = UNSET,
    model_id_lte: str | Unset = UNSET,
    model_id_ne: str | Unset = UNSET,
    round_timeout: str | Unset = UNSET,
    round_timeout_eq: str | Unset = UNSET,
    round_timeout_gt: str | Unset = UNSET,
    round_timeout_gte: str | Unset = UNSET,
    round_timeout_lt: str | Unset = UNSET,
    round_timeout_lte: str | Unset = UNSET,
    round_timeout_ne: str | Unset = UNSET,
    rounds: str | Unset = UNSET,
    rounds_eq: str | Unset = UNSET,
    rounds_gt: str | Unset = UNSET,
    rounds_gte: str | Unset = UNSET,
    rounds_lt: str | Unset = UNSET,
    rounds_lte: str | Unset = UNSET,
    rounds_ne: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> ErrorMessage | RunList | None:
    """List runs: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            completed_at=completed_at,
            completed_at_eq=completed_at_eq,
            completed_at_gt=completed_at_gt,
            completed_at_gte=completed_at_gte,
            completed_at_lt=completed_at_lt,
            completed_at_lte=completed_at_lte,
            completed_at_ne=completed_at_ne,
            completed_at_model_id=completed_at_model_id,
            completed_at_model_id_eq=completed_at_model_id_eq,
            completed_at_model_id_gt=completed_at_model_id_gt,
            completed_at_model_id_gte=completed_at_model_id_gte,
            completed_at_model_id_lt=completed_at_model_id_lt,
            completed_at_model_id_lte=completed_at_model_id_lte,
            completed_at_model_id_ne=completed_at_model_id_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            model_id=model_id,
            model_id_eq=model_id_eq,
            model_id_gt=model_id_gt,
            model_id_gte=model_id_gte,
            model_id_lt=model_id_lt,
            model_id_lte=model_id_lte,
            model_id_ne=model_id_ne,
            round_timeout=round_timeout,
            round_timeout_eq=round_timeout_eq,
            round_timeout_gt=round_timeout_gt,
            round_timeout_gte=round_timeout_gte,
            round_timeout_lt=round_timeout_lt,
            round_timeout_lte=round_timeout_lte,
            round_timeout_ne=round_timeout_ne,
            rounds=rounds,
            rounds_eq=rounds_eq,
            rounds_gt=rounds_gt,
            rounds_gte=rounds_gte,
            rounds_lt=rounds_lt,
            rounds_lte=rounds_lte,
            rounds_ne=rounds_ne,
            run_id=run_id,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
