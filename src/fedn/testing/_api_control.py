"""Control routes: health, the controller's state, predictions, and the routes FEDn 0.33 retired.

``/health`` answers ``OK`` as text, unguarded. A prediction request needs a ``prediction_id``
and, when a ``model_id`` is given, that model; the clients' rows arrive as the time mode says.
Without a ``model_id`` FEDn 0.33's controller fails in its worker thread (the SQL model store
has no ``get_active``): the request is answered 200 and no prediction is ever made, here too.
The pre-0.2x routes answer 410 with FEDn's messages, ``/delete_model_trail`` 501. The GraphQL
route is the one route the fake does not simulate: 501 naming it.
"""

from __future__ import annotations

from collections.abc import Mapping

from fedn.testing._api_common import Handler
from fedn.testing._forms import parse_form
from fedn.testing._messages import FakeRequest, FakeResponse, json_response, message, silent_json
from fedn.testing._simulation import Network

#: the retired routes: (methods, path, role, what to use instead)
LEGACY: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (
        ("GET",),
        "/get_model_trail",
        "admin",
        "This endpoint is deprecated. Use /api/v1/models or the GraphQL API instead.",
    ),
    (
        ("GET",),
        "/get_model_ancestors",
        "admin",
        "This endpoint is deprecated. Use /api/v1/models/<id>/ancestors or the GraphQL API instead.",
    ),
    (
        ("GET",),
        "/get_model_descendants",
        "admin",
        "This endpoint is deprecated. Use /api/v1/models/<id>/descendants or the GraphQL API instead.",
    ),
    (
        ("GET",),
        "/list_models",
        "admin",
        "This endpoint is deprecated. Use /api/v1/models or the GraphQL API instead.",
    ),
    (
        ("GET",),
        "/get_model",
        "admin",
        "This endpoint is deprecated. Use /api/v1/models/<id> or the GraphQL API instead.",
    ),
    (("GET",), "/list_clients", "admin", "This endpoint is deprecated. Use /api/v1/clients instead."),
    (("GET",), "/get_active_clients", "admin", "This endpoint is deprecated. Use /api/v1/clients instead."),
    (("GET",), "/list_combiners", "admin", "This endpoint is deprecated. Use /api/v1/combiners instead."),
    (("GET",), "/get_combiner", "admin", "This endpoint is deprecated. Use /api/v1/combiners/<id> instead."),
    (("GET",), "/list_rounds", "admin", "This endpoint is deprecated. Use /api/v1/rounds instead."),
    (("GET",), "/get_round", "admin", "This endpoint is deprecated. Use /api/v1/rounds/<id> instead."),
    (
        ("GET", "POST"),
        "/start_session",
        "admin",
        "This endpoint is deprecated. Use /api/v1/sessions and /api/v1/sessions/start instead.",
    ),
    (
        ("GET",),
        "/list_sessions",
        "admin",
        "This endpoint is deprecated. Use /api/v1/sessions or the GraphQL API instead.",
    ),
    (
        ("GET",),
        "/get_session",
        "admin",
        "This endpoint is deprecated. Use /api/v1/sessions<id> or the GraphQL API instead.",
    ),
    (
        ("PUT",),
        "/set_active_package",
        "admin",
        "This endpoint is deprecated. Use /api/v1/packages/active instead.",
    ),
    (("POST",), "/set_package", "admin", "This endpoint is deprecated. Use /api/v1/packages instead."),
    (
        ("GET",),
        "/get_package",
        "admin",
        "This endpoint is deprecated. Use /api/v1/packages/active or /api/v1/packages/<id> instead.",
    ),
    (
        ("GET",),
        "/list_compute_packages",
        "admin",
        "This endpoint is deprecated. Use /api/v1/packages instead.",
    ),
    (
        ("GET",),
        "/download_package",
        "client",
        "This endpoint is deprecated. Use /api/v1/packages/download instead.",
    ),
    (
        ("GET",),
        "/get_package_checksum",
        "client",
        "This endpoint is deprecated. Use /api/v1/packages/checksum instead.",
    ),
    (("GET",), "/get_latest_model", "admin", "This endpoint is deprecated. Use /api/v1/models instead."),
    (("PUT",), "/set_current_model", "admin", "This endpoint is deprecated. Use /api/v1/models instead."),
    (("GET",), "/get_initial_model", "admin", "This endpoint is deprecated. Use /api/v1/models instead."),
    (("POST",), "/set_initial_model", "admin", "This endpoint is deprecated. Use /api/v1/models instead."),
    (
        ("GET",),
        "/get_client_config",
        "admin",
        "This endpoint is deprecated. Use /api/v1/clients/config instead.",
    ),
    (("GET",), "/get_events", "admin", "This endpoint is deprecated. Use /api/v1/statuses instead."),
    (
        ("GET",),
        "/list_validations",
        "admin",
        "This endpoint is deprecated. Use /api/v1/validations or the GraphQL API instead.",
    ),
    (("POST",), "/add_client", "client", "This endpoint is deprecated. Use /api/v1/clients/add instead."),
    (
        ("POST",),
        "/list_combiners_data",
        "admin",
        "This endpoint is deprecated. Use /api/v1/combiners/clients/count instead.",
    ),
)


def health(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /health``: ``OK``."""
    return FakeResponse(200, (("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "2")), b"OK")


def controller_status(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /get_controller_status``: ``{"state": "idle" | "instructing" | "monitoring"}``."""
    return json_response({"state": network.state})


def start_prediction(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/predictions/start``."""
    data = (
        silent_json(request)
        if request.is_json
        else parse_form(request.headers.get("content-type", ""), request.body).fields
    )
    if not isinstance(data, dict):
        return message("Failed to start prediction session", 500)
    prediction_id = data.get("prediction_id")
    if not prediction_id:
        return message("prediction_id is required", 400)
    model_id = data.get("model_id")
    if model_id is None:
        if not network.store.all("models"):
            return message("No models available", 400)
        return message("Prediction session started", 200)  # FEDn's worker thread then fails
    if not isinstance(model_id, str) or network.store.get("models", model_id) is None:
        return message(f"Model {model_id} not found", 404)
    if network.combiners() and network.active_clients():
        network.submit_prediction(str(prediction_id), model_id)
    return message("Prediction session started", 200)


def retired(text: str) -> Handler:
    """A route FEDn 0.33 retired: 410 with its message."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        return message(text, 410)

    return handle


def not_implemented_upstream(
    network: Network, request: FakeRequest, params: Mapping[str, str]
) -> FakeResponse:
    """``/delete_model_trail``: FEDn's own 501."""
    return message("Not implemented", 501)


def not_simulated(operation_id: str) -> Handler:
    """What the fake does not simulate: 501 naming the operation, never made-up data."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        return message(
            f"fedn.testing.FakeController does not simulate {operation_id} ({request.method} {request.path})",
            501,
        )

    return handle
