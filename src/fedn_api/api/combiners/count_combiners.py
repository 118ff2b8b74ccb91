"""Count combiners

Number of combiners matching the filters. Every query argument is a filter, as for the list route;
unknown names are ignored.

``GET /api/v1/combiners/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    address (str | Unset):
    address_eq (str | Unset):
    address_gt (str | Unset):
    address_gte (str | Unset):
    address_lt (str | Unset):
    address_lte (str | Unset):
    address_ne (str | Unset):
    combiner_id (str | Unset):
    committed_at (str | Unset):
    committed_at_eq (str | Unset):
    committed_at_gt (str | Unset):
    committed_at_gte (str | Unset):
    committed_at_lt (str | Unset):
    committed_at_lte (str | Unset):
    committed_at_ne (str | Unset):
    fqdn (str | Unset):
    fqdn_eq (str | Unset):
    fqdn_gt (str | Unset):
    fqdn_gte (str | Unset):
    fqdn_lt (str | Unset):
    fqdn_lte (str | Unset):
    fqdn_ne (str | Unset):
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
    name (str | Unset):
    name_eq (str | Unset):
    name_gt (str | Unset):
    name_gte (str | Unset):
    name_lt (str | Unset):
    name_lte (str | Unset):
    name_ne (str | Unset):
    parent (str | Unset):
    parent_eq (str | Unset):
    parent_gt (str | Unset):
    parent_gte (str | Unset):
    parent_lt (str | Unset):
    parent_lte (str | Unset):
    parent_ne (str | Unset):
    port (str | Unset):
    port_eq (str | Unset):
    port_gt (str | Unset):
    port_gte (str | Unset):
    port_lt (str | Unset):
    port_lte (str | Unset):
    port_ne (str | Unset):
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
    address: str | Unset = UNSET,
    address_eq: str | Unset = UNSET,
    address_gt: str | Unset = UNSET,
    address_gte: str | Unset = UNSET,
    address_lt: str | Unset = UNSET,
    address_lte: str | Unset = UNSET,
    address_ne: str | Unset = UNSET,
    combiner_id: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    fqdn: str | Unset = UNSET,
    fqdn_eq: str | Unset = UNSET,
    fqdn_gt: str | Unset = UNSET,
    fqdn_gte: str | Unset = UNSET,
    fqdn_lt: str | Unset = UNSET,
    fqdn_lte: str | Unset = UNSET,
    fqdn_ne: str | Unset = UNSET,
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
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_eq: str | Unset = UNSET,
    parent_gt: str | Unset = UNSET,
    parent_gte: str | Unset = UNSET,
    parent_lt: str | Unset = UNSET,
    parent_lte: str | Unset = UNSET,
    parent_ne: str | Unset = UNSET,
    port: str | Unset = UNSET,
    port_eq: str | Unset = UNSET,
    port_gt: str | Unset = UNSET,
    port_gte: str | Unset = UNSET,
    port_lt: str | Unset = UNSET,
    port_lte: str | Unset = UNSET,
    port_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address"] = address

    params["address__eq"] = address_eq

    params["address__gt"] = address_gt

    params["address__gte"] = address_gte

    params["address__lt"] = address_lt

    params["address__lte"] = address_lte

    params["address__ne"] = address_ne

    params["combiner_id"] = combiner_id

    params["committed_at"] = committed_at

    params["committed_at__eq"] = committed_at_eq

    params["committed_at__gt"] = committed_at_gt

    params["committed_at__gte"] = committed_at_gte

    params["committed_at__lt"] = committed_at_lt

    params["committed_at__lte"] = committed_at_lte

    params["committed_at__ne"] = committed_at_ne

    params["fqdn"] = fqdn

    params["fqdn__eq"] = fqdn_eq

    params["fqdn__gt"] = fqdn_gt

    params["fqdn__gte"] = fqdn_gte

    params["fqdn__lt"] = fqdn_lt

    params["fqdn__lte"] = fqdn_lte

    params["fqdn__ne"] = fqdn_ne

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

    params["name"] = name

    params["name__eq"] = name_eq

    params["name__gt"] = name_gt

    params["name__gte"] = name_gte

    params["name__lt"] = name_lt

    params["name__lte"] = name_lte

    params["name__ne"] = name_ne

    params["parent"] = parent

    params["parent__eq"] = parent_eq

    params["parent__gt"] = parent_gt

    params["parent__gte"] = parent_gte

    params["parent__lt"] = parent_lt

    params["parent__lte"] = parent_lte

    params["parent__ne"] = parent_ne

    params["port"] = port

    params["port__eq"] = port_eq

    params["port__gt"] = port_gt

    params["port__gte"] = port_gte

    params["port__lt"] = port_lt

    params["port__lte"] = port_lte

    params["port__ne"] = port_ne

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
        "url": "/api/v1/combiners/count",
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
operation = Operation("count_combiners", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str | Unset = UNSET,
    address_eq: str | Unset = UNSET,
    address_gt: str | Unset = UNSET,
    address_gte: str | Unset = UNSET,
    address_lt: str | Unset = UNSET,
    address_lte: str | Unset = UNSET,
    address_ne: str | Unset = UNSET,
    combiner_id: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    fqdn: str | Unset = UNSET,
    fqdn_eq: str | Unset = UNSET,
    fqdn_gt: str | Unset = UNSET,
    fqdn_gte: str | Unset = UNSET,
    fqdn_lt: str | Unset = UNSET,
    fqdn_lte: str | Unset = UNSET,
    fqdn_ne: str | Unset = UNSET,
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
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_eq: str | Unset = UNSET,
    parent_gt: str | Unset = UNSET,
    parent_gte: str | Unset = UNSET,
    parent_lt: str | Unset = UNSET,
    parent_lte: str | Unset = UNSET,
    parent_ne: str | Unset = UNSET,
    port: str | Unset = UNSET,
    port_eq: str | Unset = UNSET,
    port_gt: str | Unset = UNSET,
    port_gte: str | Unset = UNSET,
    port_lt: str | Unset = UNSET,
    port_lte: str | Unset = UNSET,
    port_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count combiners: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            address=address,
            address_eq=address_eq,
            address_gt=address_gt,
            address_gte=address_gte,
            address_lt=address_lt,
            address_lte=address_lte,
            address_ne=address_ne,
            combiner_id=combiner_id,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            fqdn=fqdn,
            fqdn_eq=fqdn_eq,
            fqdn_gt=fqdn_gt,
            fqdn_gte=fqdn_gte,
            fqdn_lt=fqdn_lt,
            fqdn_lte=fqdn_lte,
            fqdn_ne=fqdn_ne,
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
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent=parent,
            parent_eq=parent_eq,
            parent_gt=parent_gt,
            parent_gte=parent_gte,
            parent_lt=parent_lt,
            parent_lte=parent_lte,
            parent_ne=parent_ne,
            port=port,
            port_eq=port_eq,
            port_gt=port_gt,
            port_gte=port_gte,
            port_lt=port_lt,
            port_lte=port_lte,
            port_ne=port_ne,
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
    address: str | Unset = UNSET,
    address_eq: str | Unset = UNSET,
    address_gt: str | Unset = UNSET,
    address_gte: str | Unset = UNSET,
    address_lt: str | Unset = UNSET,
    address_lte: str | Unset = UNSET,
    address_ne: str | Unset = UNSET,
    combiner_id: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    fqdn: str | Unset = UNSET,
    fqdn_eq: str | Unset = UNSET,
    fqdn_gt: str | Unset = UNSET,
    fqdn_gte: str | Unset = UNSET,
    fqdn_lt: str | Unset = UNSET,
    fqdn_lte: str | Unset = UNSET,
    fqdn_ne: str | Unset = UNSET,
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
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_eq: str | Unset = UNSET,
    parent_gt: str | Unset = UNSET,
    parent_gte: str | Unset = UNSET,
    parent_lt: str | Unset = UNSET,
    parent_lte: str | Unset = UNSET,
    parent_ne: str | Unset = UNSET,
    port: str | Unset = UNSET,
    port_eq: str | Unset = UNSET,
    port_gt: str | Unset = UNSET,
    port_gte: str | Unset = UNSET,
    port_lt: str | Unset = UNSET,
    port_lte: str | Unset = UNSET,
    port_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count combiners: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        address=address,
        address_eq=address_eq,
        address_gt=address_gt,
        address_gte=address_gte,
        address_lt=address_lt,
        address_lte=address_lte,
        address_ne=address_ne,
        combiner_id=combiner_id,
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        fqdn=fqdn,
        fqdn_eq=fqdn_eq,
        fqdn_gt=fqdn_gt,
        fqdn_gte=fqdn_gte,
        fqdn_lt=fqdn_lt,
        fqdn_lte=fqdn_lte,
        fqdn_ne=fqdn_ne,
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
        name=name,
        name_eq=name_eq,
        name_gt=name_gt,
        name_gte=name_gte,
        name_lt=name_lt,
        name_lte=name_lte,
        name_ne=name_ne,
        parent=parent,
        parent_eq=parent_eq,
        parent_gt=parent_gt,
        parent_gte=parent_gte,
        parent_lt=parent_lt,
        parent_lte=parent_lte,
        parent_ne=parent_ne,
        port=port,
        port_eq=port_eq,
        port_gt=port_gt,
        port_gte=port_gte,
        port_lt=port_lt,
        port_lte=port_lte,
        port_ne=port_ne,
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
    address: str | Unset = UNSET,
    address_eq: str | Unset = UNSET,
    address_gt: str | Unset = UNSET,
    address_gte: str | Unset = UNSET,
    address_lt: str | Unset = UNSET,
    address_lte: str | Unset = UNSET,
    address_ne: str | Unset = UNSET,
    combiner_id: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    fqdn: str | Unset = UNSET,
    fqdn_eq: str | Unset = UNSET,
    fqdn_gt: str | Unset = UNSET,
    fqdn_gte: str | Unset = UNSET,
    fqdn_lt: str | Unset = UNSET,
    fqdn_lte: str | Unset = UNSET,
    fqdn_ne: str | Unset = UNSET,
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
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_eq: str | Unset = UNSET,
    parent_gt: str | Unset = UNSET,
    parent_gte: str | Unset = UNSET,
    parent_lt: str | Unset = UNSET,
    parent_lte: str | Unset = UNSET,
    parent_ne: str | Unset = UNSET,
    port: str | Unset = UNSET,
    port_eq: str | Unset = UNSET,
    port_gt: str | Unset = UNSET,
    port_gte: str | Unset = UNSET,
    port_lt: str | Unset = UNSET,
    port_lte: str | Unset = UNSET,
    port_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count combiners: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            address=address,
            address_eq=address_eq,
            address_gt=address_gt,
            address_gte=address_gte,
            address_lt=address_lt,
            address_lte=address_lte,
            address_ne=address_ne,
            combiner_id=combiner_id,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            fqdn=fqdn,
            fqdn_eq=fqdn_eq,
            fqdn_gt=fqdn_gt,
            fqdn_gte=fqdn_gte,
            fqdn_lt=fqdn_lt,
            fqdn_lte=fqdn_lte,
            fqdn_ne=fqdn_ne,
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
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent=parent,
            parent_eq=parent_eq,
            parent_gt=parent_gt,
            parent_gte=parent_gte,
            parent_lt=parent_lt,
            parent_lte=parent_lte,
            parent_ne=parent_ne,
            port=port,
            port_eq=port_eq,
            port_gt=port_gt,
            port_gte=port_gte,
            port_lt=port_lt,
            port_lte=port_lte,
            port_ne=port_ne,
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
    address: str | Unset = UNSET,
    address_eq: str | Unset = UNSET,
    address_gt: str | Unset = UNSET,
    address_gte: str | Unset = UNSET,
    address_lt: str | Unset = UNSET,
    address_lte: str | Unset = UNSET,
    address_ne: str | Unset = UNSET,
    combiner_id: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    fqdn: str | Unset = UNSET,
    fqdn_eq: str | Unset = UNSET,
    fqdn_gt: str | Unset = UNSET,
    fqdn_gte: str | Unset = UNSET,
    fqdn_lt: str | Unset = UNSET,
    fqdn_lte: str | Unset = UNSET,
    fqdn_ne: str | Unset = UNSET,
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
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    parent_eq: str | Unset = UNSET,
    parent_gt: str | Unset = UNSET,
    parent_gte: str | Unset = UNSET,
    parent_lt: str | Unset = UNSET,
    parent_lte: str | Unset = UNSET,
    parent_ne: str | Unset = UNSET,
    port: str | Unset = UNSET,
    port_eq: str | Unset = UNSET,
    port_gt: str | Unset = UNSET,
    port_gte: str | Unset = UNSET,
    port_lt: str | Unset = UNSET,
    port_lte: str | Unset = UNSET,
    port_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count combiners: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            address=address,
            address_eq=address_eq,
            address_gt=address_gt,
            address_gte=address_gte,
            address_lt=address_lt,
            address_lte=address_lte,
            address_ne=address_ne,
            combiner_id=combiner_id,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            fqdn=fqdn,
            fqdn_eq=fqdn_eq,
            fqdn_gt=fqdn_gt,
            fqdn_gte=fqdn_gte,
            fqdn_lt=fqdn_lt,
            fqdn_lte=fqdn_lte,
            fqdn_ne=fqdn_ne,
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
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent=parent,
            parent_eq=parent_eq,
            parent_gt=parent_gt,
            parent_gte=parent_gte,
            parent_lt=parent_lt,
            parent_lte=parent_lte,
            parent_ne=parent_ne,
            port=port,
            port_eq=port_eq,
            port_gt=port_gt,
            port_gte=port_gte,
            port_lt=port_lt,
            port_lte=port_lte,
            port_ne=port_ne,
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
