"""What the route handlers share: their type, FEDn's generic answers, the ``except`` chain of its
DTO routes, and the PATCH/PUT editor of an entity.

An editor answers as FEDn 0.33's ``PATCH``/``PUT`` handlers of sessions and models do: 404 for
an unknown id; the body must be JSON (else the route's 500); ``PATCH`` lays the body's keys over
the stored entity and ignores unknown ones, ``PUT`` refuses an unknown key (400 "Invalid
object"); both check the DTO before writing (400 for a missing field).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from fedn.testing._dto import Dto
from fedn.testing._messages import (
    DtoValidationError,
    FakeRequest,
    FakeResponse,
    InvalidObjectError,
    MissingFieldError,
    ServerFault,
    message,
    parse_json_body,
)
from fedn.testing._schema import Row
from fedn.testing._simulation import Network

Handler = Callable[[Network, FakeRequest, Mapping[str, str]], FakeResponse]
UNEXPECTED = "An unexpected error occurred"


def not_found(entity_id: str) -> FakeResponse:
    """FEDn's 404 for an id no row has."""
    return message(f"Entity with id: {entity_id} not found", 404)


def dto_errors(run: Callable[[], FakeResponse]) -> FakeResponse:
    """The ``except`` chain of FEDn's DTO routes around ``run``."""
    try:
        return run()
    except (DtoValidationError, MissingFieldError) as err:
        return message(err.user_message, 400)
    except InvalidObjectError:
        return message("Invalid object", 400)
    except ServerFault:
        return message(UNEXPECTED, 500)


def editor(
    table: str,
    load: Callable[[Row], Dto],
    save: Callable[[Network, Row, Dto], FakeResponse],
    *,
    replace: bool,
    dropped: tuple[str, ...],
    id_key: str,
) -> Handler:
    """``PATCH`` (``replace=False``) or ``PUT /api/v1/<table>/<id>``; ``dropped`` keys are removed first."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        row = network.store.get(table, params["id"])
        if row is None:
            return not_found(params["id"])

        def run() -> FakeResponse:
            data = parse_json_body(request)
            if not isinstance(data, dict):
                raise ServerFault("the body is not an object")
            for key in dropped:
                data.pop(key, None)
            dto = load(row)
            if replace:
                data[id_key] = params["id"]
                dto.patch(data)
                dto.check()
            else:
                dto.patch(data, throw_on_extra_keys=False)
            return save(network, row, dto)

        return dto_errors(run)

    return handle
