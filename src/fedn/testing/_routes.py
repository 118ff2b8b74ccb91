"""The fake's route table: every operation of ``openapi/fedn-api.yaml``, FEDn's retired routes,
and how a path finds its route the way Werkzeug's router does.

Each :class:`Route` names its ``operationId`` (the spec's; a retired route its Flask view's
name prefixed ``legacy_``), the role FEDn's ``@jwt_auth_required`` asks for (``None``:
unguarded) and its handler.
:func:`match` prefers literal path segments over ``{id}`` ones (``/models/active`` before
``/models/{id}``); a path that only misses its trailing slash is redirected (308), a known path
with another method answers 405, anything else Werkzeug's 404 page.
"""

from __future__ import annotations

from dataclasses import dataclass

from fedn.testing import _api_clients as clients
from fedn.testing import _api_control as control
from fedn.testing import _api_models as models
from fedn.testing import _api_packages as packages
from fedn.testing import _api_sessions as sessions
from fedn.testing._api_common import Handler
from fedn.testing._api_entities import count_handler, get_handler, list_handler

API = "/api/v1"


@dataclass(frozen=True)
class Route:
    """One method on one path template."""

    method: str
    template: str
    operation_id: str
    role: str | None
    handler: Handler
    #: whether openapi/fedn-api.yaml declares it (not FEDn's retired routes, GraphQL, delete_model_trail)
    in_spec: bool = True

    @property
    def n_params(self) -> int:
        """How many segments of the template are parameters."""
        return self.template.count("{")


#: (URL segment, table, singular used in operation ids, plural used in operation ids)
ENTITY_ROUTES = (
    ("attributes", "attributes", "attribute", "attributes"),
    ("clients", "clients", "client", "clients"),
    ("combiners", "combiners", "combiner", "combiners"),
    ("metrics", "metrics", "metric", "metrics"),
    ("models", "models", "model", "models"),
    ("packages", "packages", "package", "packages"),
    ("predictions", "predictions", "prediction", "predictions"),
    ("rounds", "rounds", "round", "rounds"),
    ("runs", "runs", "run", "runs"),
    ("sessions", "sessions", "session", "sessions"),
    ("statuses", "statuses", "status", "statuses"),
    ("telemetry", "telemetry", "telemetry", "telemetry"),
    ("validations", "validations", "validation", "validations"),
)


def _entity_routes() -> list[Route]:
    out: list[Route] = []
    for segment, table, one, many in ENTITY_ROUTES:
        base = f"{API}/{segment}"
        list_role = None if table == "metrics" else "admin"  # FEDn's decorator order leaves it open
        out += [
            Route("GET", f"{base}/", f"list_{many}", "admin", list_handler(table)),
            Route(
                "POST",
                f"{base}/list",
                f"list_{many}_filtered",
                list_role,
                list_handler(table, from_body=True),
            ),
            Route("GET", f"{base}/count", f"count_{many}", "admin", count_handler(table)),
            Route(
                "POST",
                f"{base}/count",
                f"count_{many}_filtered",
                "admin",
                count_handler(table, from_body=True),
            ),
            Route("GET", f"{base}/{{id}}", f"get_{one}", "admin", get_handler(table)),
        ]
    return out


def _other_routes() -> list[Route]:
    return [
        Route("POST", f"{API}/attributes/", "create_attribute", "admin", clients.create_attribute),
        Route(
            "POST", f"{API}/attributes/current", "get_current_attributes", "admin", clients.current_attributes
        ),
        Route("POST", f"{API}/clients/add", "add_client", "client", clients.add_client),
        Route("GET", f"{API}/clients/config", "get_client_config", "admin", clients.client_config),
        Route(
            "DELETE",
            f"{API}/clients/{{id}}",
            "delete_client",
            "admin",
            clients.delete_entity("clients", "Client"),
        ),
        Route(
            "GET",
            f"{API}/clients/{{id}}/attributes",
            "get_client_attributes",
            "admin",
            clients.client_attributes,
        ),
        Route(
            "POST",
            f"{API}/combiners/clients/count",
            "count_combiner_clients",
            "admin",
            clients.connected_clients,
        ),
        Route(
            "DELETE",
            f"{API}/combiners/{{id}}",
            "delete_combiner",
            "admin",
            clients.delete_entity("combiners", "Combiner"),
        ),
        Route("GET", f"{API}/helpers/active", "get_active_helper", "admin", packages.get_active_helper),
        Route("PUT", f"{API}/helpers/active", "set_active_helper", "admin", packages.set_active_helper),
        Route("POST", f"{API}/models/", "create_model", "admin", models.upload_model),
        Route("GET", f"{API}/models/active", "get_active_model", "admin", models.active_model_gone),
        Route("PUT", f"{API}/models/active", "set_active_model", "admin", models.set_active_model_gone),
        Route("GET", f"{API}/models/leaf-nodes", "get_leaf_models", "admin", models.leaf_models),
        Route("PUT", f"{API}/models/{{id}}", "replace_model", "admin", models.replace_model),
        Route("PATCH", f"{API}/models/{{id}}", "update_model", "admin", models.update_model),
        Route("GET", f"{API}/models/{{id}}/ancestors", "get_model_ancestors", "admin", models.ancestors),
        Route(
            "GET", f"{API}/models/{{id}}/descendants", "get_model_descendants", "admin", models.descendants
        ),
        Route("GET", f"{API}/models/{{id}}/download", "download_model", "admin", models.download_model),
        Route(
            "GET", f"{API}/models/{{id}}/parameters", "get_model_parameters", "admin", models.model_parameters
        ),
        Route("POST", f"{API}/packages/", "create_package", "admin", packages.upload_package),
        Route("GET", f"{API}/packages/active", "get_active_package", "admin", packages.get_active),
        Route("PUT", f"{API}/packages/active", "set_active_package", "admin", packages.set_active),
        Route("DELETE", f"{API}/packages/active", "delete_active_package", "admin", packages.delete_active),
        Route("GET", f"{API}/packages/checksum", "get_package_checksum", "client", packages.checksum),
        Route("GET", f"{API}/packages/download", "download_package", "client", packages.download_package),
        Route("POST", f"{API}/predictions/start", "start_prediction", "admin", control.start_prediction),
        Route("POST", f"{API}/sessions/", "create_session", "admin", sessions.create_session),
        Route("POST", f"{API}/sessions/start", "start_session", "admin", sessions.start_session),
        Route(
            "POST",
            f"{API}/sessions/start_splitlearning_session",
            "start_splitlearning_session",
            "admin",
            sessions.start_splitlearning_session,
        ),
        Route("PUT", f"{API}/sessions/{{id}}", "replace_session", "admin", sessions.replace_session),
        Route("PATCH", f"{API}/sessions/{{id}}", "update_session", "admin", sessions.update_session),
        Route("POST", f"{API}/telemetry/", "create_telemetry", "admin", clients.create_telemetry),
        Route("GET", "/get_controller_status", "get_controller_status", "admin", control.controller_status),
        Route("GET", "/health", "get_health", None, control.health),
        Route("POST", f"{API}/graphql", "graphql", None, control.not_simulated("graphql"), in_spec=False),
        Route(
            "GET",
            "/delete_model_trail",
            "delete_model_trail",
            "admin",
            control.not_implemented_upstream,
            in_spec=False,
        ),
        Route(
            "POST",
            "/delete_model_trail",
            "delete_model_trail",
            "admin",
            control.not_implemented_upstream,
            in_spec=False,
        ),
    ]


def _legacy_routes() -> list[Route]:
    return [
        Route(method, path, f"legacy_{path.strip('/')}", role, control.retired(text), in_spec=False)
        for methods, path, role, text in control.LEGACY
        for method in methods
    ]


ROUTES: tuple[Route, ...] = (*_entity_routes(), *_other_routes(), *_legacy_routes())
#: the operations of the spec (every route but FEDn's retired ones, GraphQL and delete_model_trail)
SPEC_OPERATIONS: frozenset[str] = frozenset(r.operation_id for r in ROUTES if r.in_spec)


def _bucket(parts: list[str] | tuple[str | None, ...]) -> tuple[int, str | None]:
    """Where a path's routes are: its number of segments and the one naming the resource
    (``clients`` in ``/api/v1/clients/...``, ``health`` in ``/health``: never a parameter)."""
    return len(parts), parts[3] if len(parts) > 3 else parts[-1]


#: routes by :func:`_bucket`, each with its segments (None where the template has ``{id}``)
_BUCKETS: dict[tuple[int, str | None], list[tuple[Route, tuple[str | None, ...]]]] = {}
for _route in ROUTES:
    _parts = tuple(None if p.startswith("{") else p for p in _route.template.split("/"))
    _BUCKETS.setdefault(_bucket(_parts), []).append((_route, _parts))


def _candidates(path: str) -> list[tuple[Route, dict[str, str]]]:
    """The routes whose template matches ``path``, with the ``id`` segment's value."""
    parts = path.split("/")
    found: list[tuple[Route, dict[str, str]]] = []
    for route, template in _BUCKETS.get(_bucket(parts), ()):
        params: dict[str, str] = {}
        for want, got in zip(template, parts, strict=True):
            if want is None:
                if not got:
                    break
                params["id"] = got
            elif want != got:
                break
        else:
            found.append((route, params))
    return found


@dataclass(frozen=True)
class Match:
    """Where a request goes: a route (with its ``id``), or the status Werkzeug's router answers."""

    route: Route | None = None
    params: dict[str, str] | None = None
    status: int = 200
    allowed: tuple[str, ...] = ()


def match(method: str, path: str) -> Match:
    """The route for ``method path``; 308 (a missing trailing slash), 405 or 404 otherwise."""
    found = _candidates(path)
    if not found:
        if not path.endswith("/") and _candidates(path + "/"):
            return Match(status=308)
        return Match(status=404)
    wanted = "GET" if method == "HEAD" else method
    fitting = [(r, params) for r, params in found if r.method == wanted]
    if not fitting:
        methods = {r.method for r, _ in found}
        allowed = sorted(methods | ({"HEAD"} if "GET" in methods else set()) | {"OPTIONS"})
        return Match(status=200 if method == "OPTIONS" else 405, allowed=tuple(allowed))
    route, params = min(fitting, key=lambda pair: pair[0].n_params)
    return Match(route=route, params=params)
