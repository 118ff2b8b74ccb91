"""Count packages

Number of compute packages matching the filters. Every query argument is a filter, as for the list
route; unknown names are ignored.

``GET /api/v1/packages/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    active (str | Unset):
    active_eq (str | Unset):
    active_gt (str | Unset):
    active_gte (str | Unset):
    active_lt (str | Unset):
    active_lte (str | Unset):
    active_ne (str | Unset):
    committed_at (str | Unset):
    committed_at_eq (str | Unset):
    committed_at_gt (str | Unset):
    committed_at_gte (str | Unset):
    committed_at_lt (str | Unset):
    committed_at_lte (str | Unset):
    committed_at_ne (str | Unset):
    description (str | Unset):
    description_eq (str | Unset):
    description_gt (str | Unset):
    description_gte (str | Unset):
    description_lt (str | Unset):
    description_lte (str | Unset):
    description_ne (str | Unset):
    file_name (str | Unset):
    file_name_eq (str | Unset):
    file_name_gt (str | Unset):
    file_name_gte (str | Unset):
    file_name_lt (str | Unset):
    file_name_lte (str | Unset):
    file_name_ne (str | Unset):
    helper (str | Unset):
    helper_eq (str | Unset):
    helper_gt (str | Unset):
    helper_gte (str | Unset):
    helper_lt (str | Unset):
    helper_lte (str | Unset):
    helper_ne (str | Unset):
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
    package_id (str | Unset):
    storage_file_name (str | Unset):
    storage_file_name_eq (str | Unset):
    storage_file_name_gt (str | Unset):
    storage_file_name_gte (str | Unset):
    storage_file_name_lt (str | Unset):
    storage_file_name_lte (str | Unset):
    storage_file_name_ne (str | Unset):
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_eq: str | Unset = UNSET,
    description_gt: str | Unset = UNSET,
    description_gte: str | Unset = UNSET,
    description_lt: str | Unset = UNSET,
    description_lte: str | Unset = UNSET,
    description_ne: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    file_name_eq: str | Unset = UNSET,
    file_name_gt: str | Unset = UNSET,
    file_name_gte: str | Unset = UNSET,
    file_name_lt: str | Unset = UNSET,
    file_name_lte: str | Unset = UNSET,
    file_name_ne: str | Unset = UNSET,
    helper: str | Unset = UNSET,
    helper_eq: str | Unset = UNSET,
    helper_gt: str | Unset = UNSET,
    helper_gte: str | Unset = UNSET,
    helper_lt: str | Unset = UNSET,
    helper_lte: str | Unset = UNSET,
    helper_ne: str | Unset = UNSET,
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
    package_id: str | Unset = UNSET,
    storage_file_name: str | Unset = UNSET,
    storage_file_name_eq: str | Unset = UNSET,
    storage_file_name_gt: str | Unset = UNSET,
    storage_file_name_gte: str | Unset = UNSET,
    storage_file_name_lt: str | Unset = UNSET,
    storage_file_name_lte: str | Unset = UNSET,
    storage_file_name_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["active__eq"] = active_eq

    params["active__gt"] = active_gt

    params["active__gte"] = active_gte

    params["active__lt"] = active_lt

    params["active__lte"] = active_lte

    params["active__ne"] = active_ne

    params["committed_at"] = committed_at

    params["committed_at__eq"] = committed_at_eq

    params["committed_at__gt"] = committed_at_gt

    params["committed_at__gte"] = committed_at_gte

    params["committed_at__lt"] = committed_at_lt

    params["committed_at__lte"] = committed_at_lte

    params["committed_at__ne"] = committed_at_ne

    params["description"] = description

    params["description__eq"] = description_eq

    params["description__gt"] = description_gt

    params["description__gte"] = description_gte

    params["description__lt"] = description_lt

    params["description__lte"] = description_lte

    params["description__ne"] = description_ne

    params["file_name"] = file_name

    params["file_name__eq"] = file_name_eq

    params["file_name__gt"] = file_name_gt

    params["file_name__gte"] = file_name_gte

    params["file_name__lt"] = file_name_lt

    params["file_name__lte"] = file_name_lte

    params["file_name__ne"] = file_name_ne

    params["helper"] = helper

    params["helper__eq"] = helper_eq

    params["helper__gt"] = helper_gt

    params["helper__gte"] = helper_gte

    params["helper__lt"] = helper_lt

    params["helper__lte"] = helper_lte

    params["helper__ne"] = helper_ne

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

    params["package_id"] = package_id

    params["storage_file_name"] = storage_file_name

    params["storage_file_name__eq"] = storage_file_name_eq

    params["storage_file_name__gt"] = storage_file_name_gt

    params["storage_file_name__gte"] = storage_file_name_gte

    params["storage_file_name__lt"] = storage_file_name_lt

    params["storage_file_name__lte"] = storage_file_name_lte

    params["storage_file_name__ne"] = storage_file_name_ne

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
        "url": "/api/v1/packages/count",
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
operation = Operation("count_packages", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_eq: str | Unset = UNSET,
    description_gt: str | Unset = UNSET,
    description_gte: str | Unset = UNSET,
    description_lt: str | Unset = UNSET,
    description_lte: str | Unset = UNSET,
    description_ne: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    file_name_eq: str | Unset = UNSET,
    file_name_gt: str | Unset = UNSET,
    file_name_gte: str | Unset = UNSET,
    file_name_lt: str | Unset = UNSET,
    file_name_lte: str | Unset = UNSET,
    file_name_ne: str | Unset = UNSET,
    helper: str | Unset = UNSET,
    helper_eq: str | Unset = UNSET,
    helper_gt: str | Unset = UNSET,
    helper_gte: str | Unset = UNSET,
    helper_lt: str | Unset = UNSET,
    helper_lte: str | Unset = UNSET,
    helper_ne: str | Unset = UNSET,
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
    package_id: str | Unset = UNSET,
    storage_file_name: str | Unset = UNSET,
    storage_file_name_eq: str | Unset = UNSET,
    storage_file_name_gt: str | Unset = UNSET,
    storage_file_name_gte: str | Unset = UNSET,
    storage_file_name_lt: str | Unset = UNSET,
    storage_file_name_lte: str | Unset = UNSET,
    storage_file_name_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count packages: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            description=description,
            description_eq=description_eq,
            description_gt=description_gt,
            description_gte=description_gte,
            description_lt=description_lt,
            description_lte=description_lte,
            description_ne=description_ne,
            file_name=file_name,
            file_name_eq=file_name_eq,
            file_name_gt=file_name_gt,
            file_name_gte=file_name_gte,
            file_name_lt=file_name_lt,
            file_name_lte=file_name_lte,
            file_name_ne=file_name_ne,
            helper=helper,
            helper_eq=helper_eq,
            helper_gt=helper_gt,
            helper_gte=helper_gte,
            helper_lt=helper_lt,
            helper_lte=helper_lte,
            helper_ne=helper_ne,
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
            package_id=package_id,
            storage_file_name=storage_file_name,
            storage_file_name_eq=storage_file_name_eq,
            storage_file_name_gt=storage_file_name_gt,
            storage_file_name_gte=storage_file_name_gte,
            storage_file_name_lt=storage_file_name_lt,
            storage_file_name_lte=storage_file_name_lte,
            storage_file_name_ne=storage_file_name_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_eq: str | Unset = UNSET,
    description_gt: str | Unset = UNSET,
    description_gte: str | Unset = UNSET,
    description_lt: str | Unset = UNSET,
    description_lte: str | Unset = UNSET,
    description_ne: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    file_name_eq: str | Unset = UNSET,
    file_name_gt: str | Unset = UNSET,
    file_name_gte: str | Unset = UNSET,
    file_name_lt: str | Unset = UNSET,
    file_name_lte: str | Unset = UNSET,
    file_name_ne: str | Unset = UNSET,
    helper: str | Unset = UNSET,
    helper_eq: str | Unset = UNSET,
    helper_gt: str | Unset = UNSET,
    helper_gte: str | Unset = UNSET,
    helper_lt: str | Unset = UNSET,
    helper_lte: str | Unset = UNSET,
    helper_ne: str | Unset = UNSET,
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
    package_id: str | Unset = UNSET,
    storage_file_name: str | Unset = UNSET,
    storage_file_name_eq: str | Unset = UNSET,
    storage_file_name_gt: str | Unset = UNSET,
    storage_file_name_gte: str | Unset = UNSET,
    storage_file_name_lt: str | Unset = UNSET,
    storage_file_name_lte: str | Unset = UNSET,
    storage_file_name_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count packages: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        active=active,
        active_eq=active_eq,
        active_gt=active_gt,
        active_gte=active_gte,
        active_lt=active_lt,
        active_lte=active_lte,
        active_ne=active_ne,
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        description=description,
        description_eq=description_eq,
        description_gt=description_gt,
        description_gte=description_gte,
        description_lt=description_lt,
        description_lte=description_lte,
        description_ne=description_ne,
        file_name=file_name,
        file_name_eq=file_name_eq,
        file_name_gt=file_name_gt,
        file_name_gte=file_name_gte,
        file_name_lt=file_name_lt,
        file_name_lte=file_name_lte,
        file_name_ne=file_name_ne,
        helper=helper,
        helper_eq=helper_eq,
        helper_gt=helper_gt,
        helper_gte=helper_gte,
        helper_lt=helper_lt,
        helper_lte=helper_lte,
        helper_ne=helper_ne,
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
        package_id=package_id,
        storage_file_name=storage_file_name,
        storage_file_name_eq=storage_file_name_eq,
        storage_file_name_gt=storage_file_name_gt,
        storage_file_name_gte=storage_file_name_gte,
        storage_file_name_lt=storage_file_name_lt,
        storage_file_name_lte=storage_file_name_lte,
        storage_file_name_ne=storage_file_name_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_eq: str | Unset = UNSET,
    description_gt: str | Unset = UNSET,
    description_gte: str | Unset = UNSET,
    description_lt: str | Unset = UNSET,
    description_lte: str | Unset = UNSET,
    description_ne: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    file_name_eq: str | Unset = UNSET,
    file_name_gt: str | Unset = UNSET,
    file_name_gte: str | Unset = UNSET,
    file_name_lt: str | Unset = UNSET,
    file_name_lte: str | Unset = UNSET,
    file_name_ne: str | Unset = UNSET,
    helper: str | Unset = UNSET,
    helper_eq: str | Unset = UNSET,
    helper_gt: str | Unset = UNSET,
    helper_gte: str | Unset = UNSET,
    helper_lt: str | Unset = UNSET,
    helper_lte: str | Unset = UNSET,
    helper_ne: str | Unset = UNSET,
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
    package_id: str | Unset = UNSET,
    storage_file_name: str | Unset = UNSET,
    storage_file_name_eq: str | Unset = UNSET,
    storage_file_name_gt: str | Unset = UNSET,
    storage_file_name_gte: str | Unset = UNSET,
    storage_file_name_lt: str | Unset = UNSET,
    storage_file_name_lte: str | Unset = UNSET,
    storage_file_name_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count packages: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            description=description,
            description_eq=description_eq,
            description_gt=description_gt,
            description_gte=description_gte,
            description_lt=description_lt,
            description_lte=description_lte,
            description_ne=description_ne,
            file_name=file_name,
            file_name_eq=file_name_eq,
            file_name_gt=file_name_gt,
            file_name_gte=file_name_gte,
            file_name_lt=file_name_lt,
            file_name_lte=file_name_lte,
            file_name_ne=file_name_ne,
            helper=helper,
            helper_eq=helper_eq,
            helper_gt=helper_gt,
            helper_gte=helper_gte,
            helper_lt=helper_lt,
            helper_lte=helper_lte,
            helper_ne=helper_ne,
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
            package_id=package_id,
            storage_file_name=storage_file_name,
            storage_file_name_eq=storage_file_name_eq,
            storage_file_name_gt=storage_file_name_gt,
            storage_file_name_gte=storage_file_name_gte,
            storage_file_name_lt=storage_file_name_lt,
            storage_file_name_lte=storage_file_name_lte,
            storage_file_name_ne=storage_file_name_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_eq: str | Unset = UNSET,
    description_gt: str | Unset = UNSET,
    description_gte: str | Unset = UNSET,
    description_lt: str | Unset = UNSET,
    description_lte: str | Unset = UNSET,
    description_ne: str | Unset = UNSET,
    file_name: str | Unset = UNSET,
    file_name_eq: str | Unset = UNSET,
    file_name_gt: str | Unset = UNSET,
    file_name_gte: str | Unset = UNSET,
    file_name_lt: str | Unset = UNSET,
    file_name_lte: str | Unset = UNSET,
    file_name_ne: str | Unset = UNSET,
    helper: str | Unset = UNSET,
    helper_eq: str | Unset = UNSET,
    helper_gt: str | Unset = UNSET,
    helper_gte: str | Unset = UNSET,
    helper_lt: str | Unset = UNSET,
    helper_lte: str | Unset = UNSET,
    helper_ne: str | Unset = UNSET,
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
    package_id: str | Unset = UNSET,
    storage_file_name: str | Unset = UNSET,
    storage_file_name_eq: str | Unset = UNSET,
    storage_file_name_gt: str | Unset = UNSET,
    storage_file_name_gte: str | Unset = UNSET,
    storage_file_name_lt: str | Unset = UNSET,
    storage_file_name_lte: str | Unset = UNSET,
    storage_file_name_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count packages: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            description=description,
            description_eq=description_eq,
            description_gt=description_gt,
            description_gte=description_gte,
            description_lt=description_lt,
            description_lte=description_lte,
            description_ne=description_ne,
            file_name=file_name,
            file_name_eq=file_name_eq,
            file_name_gt=file_name_gt,
            file_name_gte=file_name_gte,
            file_name_lt=file_name_lt,
            file_name_lte=file_name_lte,
            file_name_ne=file_name_ne,
            helper=helper,
            helper_eq=helper_eq,
            helper_gt=helper_gt,
            helper_gte=helper_gte,
            helper_lt=helper_lt,
            helper_lte=helper_lte,
            helper_ne=helper_ne,
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
            package_id=package_id,
            storage_file_name=storage_file_name,
            storage_file_name_eq=storage_file_name_eq,
            storage_file_name_gt=storage_file_name_gt,
            storage_file_name_gte=storage_file_name_gte,
            storage_file_name_lt=storage_file_name_lt,
            storage_file_name_lte=storage_file_name_lte,
            storage_file_name_ne=storage_file_name_ne,
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
