"""List clients

A page of clients. Every query argument is a filter (the declared ones are those the SQL statestore
honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`, `__ne`,
`__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip, ordered
by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order is
`asc`. Answers the total number of matches with the page.

``GET /api/v1/clients/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    client_id (str | Unset):
    combiner (str | Unset):
    combiner_eq (str | Unset):
    combiner_gt (str | Unset):
    combiner_gte (str | Unset):
    combiner_lt (str | Unset):
    combiner_lte (str | Unset):
    combiner_ne (str | Unset):
    combiner_preferred (str | Unset):
    combiner_preferred_eq (str | Unset):
    combiner_preferred_gt (str | Unset):
    combiner_preferred_gte (str | Unset):
    combiner_preferred_lt (str | Unset):
    combiner_preferred_lte (str | Unset):
    combiner_preferred_ne (str | Unset):
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
    ip (str | Unset):
    ip_eq (str | Unset):
    ip_gt (str | Unset):
    ip_gte (str | Unset):
    ip_lt (str | Unset):
    ip_lte (str | Unset):
    ip_ne (str | Unset):
    last_seen (str | Unset):
    last_seen_eq (str | Unset):
    last_seen_gt (str | Unset):
    last_seen_gte (str | Unset):
    last_seen_lt (str | Unset):
    last_seen_lte (str | Unset):
    last_seen_ne (str | Unset):
    name (str | Unset):
    name_eq (str | Unset):
    name_gt (str | Unset):
    name_gte (str | Unset):
    name_lt (str | Unset):
    name_lte (str | Unset):
    name_ne (str | Unset):
    package (str | Unset):
    package_eq (str | Unset):
    package_gt (str | Unset):
    package_gte (str | Unset):
    package_lt (str | Unset):
    package_lte (str | Unset):
    package_ne (str | Unset):
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
    x_limit (int | Unset):
    x_skip (int | Unset):
    x_sort_key (str | Unset):
    x_sort_order (SortOrder | Unset): Sort direction of a list.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ClientList | ErrorMessage]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_list import ClientList
from ...models.error_message import ErrorMessage
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    client_id: str | Unset = UNSET,
    combiner: str | Unset = UNSET,
    combiner_eq: str | Unset = UNSET,
    combiner_gt: str | Unset = UNSET,
    combiner_gte: str | Unset = UNSET,
    combiner_lt: str | Unset = UNSET,
    combiner_lte: str | Unset = UNSET,
    combiner_ne: str | Unset = UNSET,
    combiner_preferred: str | Unset = UNSET,
    combiner_preferred_eq: str | Unset = UNSET,
    combiner_preferred_gt: str | Unset = UNSET,
    combiner_preferred_gte: str | Unset = UNSET,
    combiner_preferred_lt: str | Unset = UNSET,
    combiner_preferred_lte: str | Unset = UNSET,
    combiner_preferred_ne: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    ip_eq: str | Unset = UNSET,
    ip_gt: str | Unset = UNSET,
    ip_gte: str | Unset = UNSET,
    ip_lt: str | Unset = UNSET,
    ip_lte: str | Unset = UNSET,
    ip_ne: str | Unset = UNSET,
    last_seen: str | Unset = UNSET,
    last_seen_eq: str | Unset = UNSET,
    last_seen_gt: str | Unset = UNSET,
    last_seen_gte: str | Unset = UNSET,
    last_seen_lt: str | Unset = UNSET,
    last_seen_lte: str | Unset = UNSET,
    last_seen_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    package: str | Unset = UNSET,
    package_eq: str | Unset = UNSET,
    package_gt: str | Unset = UNSET,
    package_gte: str | Unset = UNSET,
    package_lt: str | Unset = UNSET,
    package_lte: str | Unset = UNSET,
    package_ne: str | Unset = UNSET,
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

    params["client_id"] = client_id

    params["combiner"] = combiner

    params["combiner__eq"] = combiner_eq

    params["combiner__gt"] = combiner_gt

    params["combiner__gte"] = combiner_gte

    params["combiner__lt"] = combiner_lt

    params["combiner__lte"] = combiner_lte

    params["combiner__ne"] = combiner_ne

    params["combiner_preferred"] = combiner_preferred

    params["combiner_preferred__eq"] = combiner_preferred_eq

    params["combiner_preferred__gt"] = combiner_preferred_gt

    params["combiner_preferred__gte"] = combiner_preferred_gte

    params["combiner_preferred__lt"] = combiner_preferred_lt

    params["combiner_preferred__lte"] = combiner_preferred_lte

    params["combiner_preferred__ne"] = combiner_preferred_ne

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

    params["ip"] = ip

    params["ip__eq"] = ip_eq

    params["ip__gt"] = ip_gt

    params["ip__gte"] = ip_gte

    params["ip__lt"] = ip_lt

    params["ip__lte"] = ip_lte

    params["ip__ne"] = ip_ne

    params["last_seen"] = last_seen

    params["last_seen__eq"] = last_seen_eq

    params["last_seen__gt"] = last_seen_gt

    params["last_seen__gte"] = last_seen_gte

    params["last_seen__lt"] = last_seen_lt

    params["last_seen__lte"] = last_seen_lte

    params["last_seen__ne"] = last_seen_ne

    params["name"] = name

    params["name__eq"] = name_eq

    params["name__gt"] = name_gt

    params["name__gte"] = name_gte

    params["name__lt"] = name_lt

    params["name__lte"] = name_lte

    params["name__ne"] = name_ne

    params["package"] = package

    params["package__eq"] = package_eq

    params["package__gt"] = package_gt

    params["package__gte"] = package_gte

    params["package__lt"] = package_lt

    params["package__lte"] = package_lte

    params["package__ne"] = package_ne

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
        "url": "/api/v1/clients/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ClientList | ErrorMessage | None:
    if response.status_code == 200:
        parsed = ClientList.from_dict(response.json())

        return parsed

    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())

        return parsed

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_clients", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    combiner: str | Unset = UNSET,
    combiner_eq: str | Unset = UNSET,
    combiner_gt: str | Unset = UNSET,
    combiner_gte: str | Unset = UNSET,
    combiner_lt: str | Unset = UNSET,
    combiner_lte: str | Unset = UNSET,
    combiner_ne: str | Unset = UNSET,
    combiner_preferred: str | Unset = UNSET,
    combiner_preferred_eq: str | Unset = UNSET,
    combiner_preferred_gt: str | Unset = UNSET,
    combiner_preferred_gte: str | Unset = UNSET,
    combiner_preferred_lt: str | Unset = UNSET,
    combiner_preferred_lte: str | Unset = UNSET,
    combiner_preferred_ne: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    ip_eq: str | Unset = UNSET,
    ip_gt: str | Unset = UNSET,
    ip_gte: str | Unset = UNSET,
    ip_lt: str | Unset = UNSET,
    ip_lte: str | Unset = UNSET,
    ip_ne: str | Unset = UNSET,
    last_seen: str | Unset = UNSET,
    last_seen_eq: str | Unset = UNSET,
    last_seen_gt: str | Unset = UNSET,
    last_seen_gte: str | Unset = UNSET,
    last_seen_lt: str | Unset = UNSET,
    last_seen_lte: str | Unset = UNSET,
    last_seen_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    package: str | Unset = UNSET,
    package_eq: str | Unset = UNSET,
    package_gt: str | Unset = UNSET,
    package_gte: str | Unset = UNSET,
    package_lt: str | Unset = UNSET,
    package_lte: str | Unset = UNSET,
    package_ne: str | Unset = UNSET,
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
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ClientList | ErrorMessage]:
    """List clients: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            client_id=client_id,
            combiner=combiner,
            combiner_eq=combiner_eq,
            combiner_gt=combiner_gt,
            combiner_gte=combiner_gte,
            combiner_lt=combiner_lt,
            combiner_lte=combiner_lte,
            combiner_ne=combiner_ne,
            combiner_preferred=combiner_preferred,
            combiner_preferred_eq=combiner_preferred_eq,
            combiner_preferred_gt=combiner_preferred_gt,
            combiner_preferred_gte=combiner_preferred_gte,
            combiner_preferred_lt=combiner_preferred_lt,
            combiner_preferred_lte=combiner_preferred_lte,
            combiner_preferred_ne=combiner_preferred_ne,
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
            ip=ip,
            ip_eq=ip_eq,
            ip_gt=ip_gt,
            ip_gte=ip_gte,
            ip_lt=ip_lt,
            ip_lte=ip_lte,
            ip_ne=ip_ne,
            last_seen=last_seen,
            last_seen_eq=last_seen_eq,
            last_seen_gt=last_seen_gt,
            last_seen_gte=last_seen_gte,
            last_seen_lt=last_seen_lt,
            last_seen_lte=last_seen_lte,
            last_seen_ne=last_seen_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            package=package,
            package_eq=package_eq,
            package_gt=package_gt,
            package_gte=package_gte,
            package_lt=package_lt,
            package_lte=package_lte,
            package_ne=package_ne,
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
    client_id: str | Unset = UNSET,
    combiner: str | Unset = UNSET,
    combiner_eq: str | Unset = UNSET,
    combiner_gt: str | Unset = UNSET,
    combiner_gte: str | Unset = UNSET,
    combiner_lt: str | Unset = UNSET,
    combiner_lte: str | Unset = UNSET,
    combiner_ne: str | Unset = UNSET,
    combiner_preferred: str | Unset = UNSET,
    combiner_preferred_eq: str | Unset = UNSET,
    combiner_preferred_gt: str | Unset = UNSET,
    combiner_preferred_gte: str | Unset = UNSET,
    combiner_preferred_lt: str | Unset = UNSET,
    combiner_preferred_lte: str | Unset = UNSET,
    combiner_preferred_ne: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    ip_eq: str | Unset = UNSET,
    ip_gt: str | Unset = UNSET,
    ip_gte: str | Unset = UNSET,
    ip_lt: str | Unset = UNSET,
    ip_lte: str | Unset = UNSET,
    ip_ne: str | Unset = UNSET,
    last_seen: str | Unset = UNSET,
    last_seen_eq: str | Unset = UNSET,
    last_seen_gt: str | Unset = UNSET,
    last_seen_gte: str | Unset = UNSET,
    last_seen_lt: str | Unset = UNSET,
    last_seen_lte: str | Unset = UNSET,
    last_seen_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    package: str | Unset = UNSET,
    package_eq: str | Unset = UNSET,
    package_gt: str | Unset = UNSET,
    package_gte: str | Unset = UNSET,
    package_lt: str | Unset = UNSET,
    package_lte: str | Unset = UNSET,
    package_ne: str | Unset = UNSET,
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
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ClientList | ErrorMessage | None:
    """List clients: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        client_id=client_id,
        combiner=combiner,
        combiner_eq=combiner_eq,
        combiner_gt=combiner_gt,
        combiner_gte=combiner_gte,
        combiner_lt=combiner_lt,
        combiner_lte=combiner_lte,
        combiner_ne=combiner_ne,
        combiner_preferred=combiner_preferred,
        combiner_preferred_eq=combiner_preferred_eq,
        combiner_preferred_gt=combiner_preferred_gt,
        combiner_preferred_gte=combiner_preferred_gte,
        combiner_preferred_lt=combiner_preferred_lt,
        combiner_preferred_lte=combiner_preferred_lte,
        combiner_preferred_ne=combiner_preferred_ne,
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
        ip=ip,
        ip_eq=ip_eq,
        ip_gt=ip_gt,
        ip_gte=ip_gte,
        ip_lt=ip_lt,
        ip_lte=ip_lte,
        ip_ne=ip_ne,
        last_seen=last_seen,
        last_seen_eq=last_seen_eq,
        last_seen_gt=last_seen_gt,
        last_seen_gte=last_seen_gte,
        last_seen_lt=last_seen_lt,
        last_seen_lte=last_seen_lte,
        last_seen_ne=last_seen_ne,
        name=name,
        name_eq=name_eq,
        name_gt=name_gt,
        name_gte=name_gte,
        name_lt=name_lt,
        name_lte=name_lte,
        name_ne=name_ne,
        package=package,
        package_eq=package_eq,
        package_gt=package_gt,
        package_gte=package_gte,
        package_lt=package_lt,
        package_lte=package_lte,
        package_ne=package_ne,
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
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str | Unset = UNSET,
    combiner: str | Unset = UNSET,
    combiner_eq: str | Unset = UNSET,
    combiner_gt: str | Unset = UNSET,
    combiner_gte: str | Unset = UNSET,
    combiner_lt: str | Unset = UNSET,
    combiner_lte: str | Unset = UNSET,
    combiner_ne: str | Unset = UNSET,
    combiner_preferred: str | Unset = UNSET,
    combiner_preferred_eq: str | Unset = UNSET,
    combiner_preferred_gt: str | Unset = UNSET,
    combiner_preferred_gte: str | Unset = UNSET,
    combiner_preferred_lt: str | Unset = UNSET,
    combiner_preferred_lte: str | Unset = UNSET,
    combiner_preferred_ne: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    ip_eq: str | Unset = UNSET,
    ip_gt: str | Unset = UNSET,
    ip_gte: str | Unset = UNSET,
    ip_lt: str | Unset = UNSET,
    ip_lte: str | Unset = UNSET,
    ip_ne: str | Unset = UNSET,
    last_seen: str | Unset = UNSET,
    last_seen_eq: str | Unset = UNSET,
    last_seen_gt: str | Unset = UNSET,
    last_seen_gte: str | Unset = UNSET,
    last_seen_lt: str | Unset = UNSET,
    last_seen_lte: str | Unset = UNSET,
    last_seen_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    package: str | Unset = UNSET,
    package_eq: str | Unset = UNSET,
    package_gt: str | Unset = UNSET,
    package_gte: str | Unset = UNSET,
    package_lt: str | Unset = UNSET,
    package_lte: str | Unset = UNSET,
    package_ne: str | Unset = UNSET,
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
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ClientList | ErrorMessage]:
    """List clients: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            client_id=client_id,
            combiner=combiner,
            combiner_eq=combiner_eq,
            combiner_gt=combiner_gt,
            combiner_gte=combiner_gte,
            combiner_lt=combiner_lt,
            combiner_lte=combiner_lte,
            combiner_ne=combiner_ne,
            combiner_preferred=combiner_preferred,
            combiner_preferred_eq=combiner_preferred_eq,
            combiner_preferred_gt=combiner_preferred_gt,
            combiner_preferred_gte=combiner_preferred_gte,
            combiner_preferred_lt=combiner_preferred_lt,
            combiner_preferred_lte=combiner_preferred_lte,
            combiner_preferred_ne=combiner_preferred_ne,
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
            ip=ip,
            ip_eq=ip_eq,
            ip_gt=ip_gt,
            ip_gte=ip_gte,
            ip_lt=ip_lt,
            ip_lte=ip_lte,
            ip_ne=ip_ne,
            last_seen=last_seen,
            last_seen_eq=last_seen_eq,
            last_seen_gt=last_seen_gt,
            last_seen_gte=last_seen_gte,
            last_seen_lt=last_seen_lt,
            last_seen_lte=last_seen_lte,
            last_seen_ne=last_seen_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            package=package,
            package_eq=package_eq,
            package_gt=package_gt,
            package_gte=package_gte,
            package_lt=package_lt,
            package_lte=package_lte,
            package_ne=package_ne,
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
    client_id: str | Unset = UNSET,
    combiner: str | Unset = UNSET,
    combiner_eq: str | Unset = UNSET,
    combiner_gt: str | Unset = UNSET,
    combiner_gte: str | Unset = UNSET,
    combiner_lt: str | Unset = UNSET,
    combiner_lte: str | Unset = UNSET,
    combiner_ne: str | Unset = UNSET,
    combiner_preferred: str | Unset = UNSET,
    combiner_preferred_eq: str | Unset = UNSET,
    combiner_preferred_gt: str | Unset = UNSET,
    combiner_preferred_gte: str | Unset = UNSET,
    combiner_preferred_lt: str | Unset = UNSET,
    combiner_preferred_lte: str | Unset = UNSET,
    combiner_preferred_ne: str | Unset = UNSET,
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
    ip: str | Unset = UNSET,
    ip_eq: str | Unset = UNSET,
    ip_gt: str | Unset = UNSET,
    ip_gte: str | Unset = UNSET,
    ip_lt: str | Unset = UNSET,
    ip_lte: str | Unset = UNSET,
    ip_ne: str | Unset = UNSET,
    last_seen: str | Unset = UNSET,
    last_seen_eq: str | Unset = UNSET,
    last_seen_gt: str | Unset = UNSET,
    last_seen_gte: str | Unset = UNSET,
    last_seen_lt: str | Unset = UNSET,
    last_seen_lte: str | Unset = UNSET,
    last_seen_ne: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    package: str | Unset = UNSET,
    package_eq: str | Unset = UNSET,
    package_gt: str | Unset = UNSET,
    package_gte: str | Unset = UNSET,
    package_lt: str | Unset = UNSET,
    package_lte: str | Unset = UNSET,
    package_ne: str | Unset = UNSET,
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
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ClientList | ErrorMessage | None:
    """List clients: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            client_id=client_id,
            combiner=combiner,
            combiner_eq=combiner_eq,
            combiner_gt=combiner_gt,
            combiner_gte=combiner_gte,
            combiner_lt=combiner_lt,
            combiner_lte=combiner_lte,
            combiner_ne=combiner_ne,
            combiner_preferred=combiner_preferred,
            combiner_preferred_eq=combiner_preferred_eq,
            combiner_preferred_gt=combiner_preferred_gt,
            combiner_preferred_gte=combiner_preferred_gte,
            combiner_preferred_lt=combiner_preferred_lt,
            combiner_preferred_lte=combiner_preferred_lte,
            combiner_preferred_ne=combiner_preferred_ne,
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
            ip=ip,
            ip_eq=ip_eq,
            ip_gt=ip_gt,
            ip_gte=ip_gte,
            ip_lt=ip_lt,
            ip_lte=ip_lte,
            ip_ne=ip_ne,
            last_seen=last_seen,
            last_seen_eq=last_seen_eq,
            last_seen_gt=last_seen_gt,
            last_seen_gte=last_seen_gte,
            last_seen_lt=last_seen_lt,
            last_seen_lte=last_seen_lte,
            last_seen_ne=last_seen_ne,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            package=package,
            package_eq=package_eq,
            package_gt=package_gt,
            package_gte=package_gte,
            package_lt=package_lt,
            package_lte=package_lte,
            package_ne=package_ne,
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
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
            client=client,
        )
    ).parsed
