"""``FakeController``: a stateful, in-memory stand-in for FEDn 0.33's controller.

The core is sans-IO: :meth:`FakeController.handle` takes a :class:`FakeRequest` and returns a
:class:`FakeResponse`. Around it: :meth:`~FakeController.transport` (an httpx transport, sync and
async, for ``APIClient(host, transport=...)``), :meth:`~FakeController.serve` (a threaded HTTP
server on 127.0.0.1 for code that builds its own client, FEDn's own included), the command line
``python -m fedn.testing serve`` and the pytest fixture ``fedn_fake``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time as time_module
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from fedn.network.combiner.hooks import allowed_import
from fedn.testing._hooks import Hooks
from fedn.testing._messages import FakeRequest, FakeResponse, html_error, json_response, message
from fedn.testing._routes import ROUTES, Route, match
from fedn.testing._server import FakeHTTPServer
from fedn.testing._simulation import (
    MetricsFunction,
    Network,
    PredictionFunction,
    default_metrics,
    default_prediction,
)
from fedn.testing._store import Clock, Store
from fedn.testing._transport import FakeTransport

Pace = Literal["poll", "instant"] | float

#: what the request log keeps of the Authorization header
REDACTED = "<redacted>"


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received (the ``Authorization`` header's value is not kept)."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    body: bytes
    operation_id: str | None
    status: int


@dataclass
class _Fault:
    operation_id: str
    status: int
    times: int
    body: Any


class FakeController:
    """A FEDn 0.33 controller in memory: the REST API, a combiner and ``clients`` that train.

    Everything a client of the REST API can see behaves as on FEDn 0.33's controller with its
    PostgreSQL statestore (the project's local network): all 13 entity kinds, their filters,
    sorting and paging, uploads and downloads, sessions that run round by round, the server's
    errors and quirks (see docs/testing.md for the coverage table and the differences).

    Args:
        clients: how many clients are online (named ``client1``, ...), or their names.
        seed: seeds the ids and the simulated timings: the same seed and the same requests give
            the same ids.
        time: how sessions progress. ``"poll"`` (the default): each request the fake receives
            while a session runs completes one round, so a loop that polls sees every state,
            deterministically and without waiting. ``"instant"``: a session has run all its
            rounds when its start is answered. A number: each round takes that many seconds.
        auth_token: when set, every guarded route wants ``Authorization: <auth_scheme> <token>``
            and answers FEDn's 401s otherwise ("Missing token", "Invalid token scheme, expected
            Bearer", "Invalid token").
        client_token: the token of the *client* role (FEDn's package download and checksum and
            ``/clients/add`` accept only that role's token when auth is on).
        auth_scheme: the scheme the token must come with.
        network_id: what ``GET /api/v1/clients/config`` reports.
        clock: the time source of every timestamp (default: the current UTC time).
        validation_metrics: ``(client index, client name, model generation) -> metrics`` of each
            validation (default: losses that fall by 30 % per generation).
        prediction_data: ``(client index, client name, model generation) -> JSON`` of each
            prediction row.

    Example::

        from fedn import APIClient
        from fedn.testing import FakeController

        fake = FakeController(clients=2)
        with APIClient("fake", transport=fake.transport()) as client:
            client.set_active_package("package.tgz", helper="numpyhelper")
            client.set_active_model("seed.npz")
            session = client.start_session(name="trial", rounds=3)
            done = client.wait_for_session(session.session_id, poll_interval=0.01)
            assert done.status == "Finished"
    """

    def __init__(
        self,
        clients: int | Sequence[str] = 2,
        *,
        seed: int = 0,
        time: Pace = "poll",
        auth_token: str | None = None,
        client_token: str | None = None,
        auth_scheme: str = "Bearer",
        network_id: str = "fedn-network",
        clock: Clock | None = None,
        validation_metrics: MetricsFunction = default_metrics,
        prediction_data: PredictionFunction = default_prediction,
    ) -> None:
        if isinstance(time, bool) or (not isinstance(time, int | float) and time not in ("poll", "instant")):
            raise ValueError(f"time must be 'poll', 'instant' or seconds per round, got {time!r}")
        if isinstance(time, int | float) and not time >= 0:
            raise ValueError(f"seconds per round must be >= 0, got {time!r}")
        if isinstance(clients, str | bool) or (isinstance(clients, int) and clients < 0):
            raise ValueError(f"clients must be a number >= 0 or a list of names, got {clients!r}")
        names = [f"client{i}" for i in range(1, clients + 1)] if isinstance(clients, int) else list(clients)
        if len(set(names)) != len(names):
            raise ValueError(f"client names must differ: {names}")
        self._client_names = names
        self._seed = seed
        self._pace: Pace = time
        self._auth_token = auth_token
        self._client_token = client_token
        self._auth_scheme = auth_scheme
        self._network_id = network_id
        self._clock = clock
        self._metrics = validation_metrics
        self._predictions = prediction_data
        self._lock = threading.RLock()
        self._faults: list[_Fault] = []
        self._outage = False
        self.requests: list[RecordedRequest] = []
        """Every request received, oldest first (``Authorization`` values replaced by ``<redacted>``)."""
        self._network = self._fresh_network()

    def __repr__(self) -> str:
        auth = "on" if self._auth_token else "off"
        names, pace = self._client_names, self._pace
        return f"FakeController(clients={names!r}, seed={self._seed}, time={pace!r}, auth={auth})"

    def _fresh_network(self) -> Network:
        network = Network(
            Store(self._seed, self._clock),
            metrics=self._metrics,
            predictions=self._predictions,
            network_id=self._network_id,
            pace=self._pace,
            monotonic=time_module.monotonic,
            hooks=Hooks(api_client=self._own_client),
        )
        network.setup(self._client_names)
        return network

    def _own_client(self) -> Any:
        """``api_client`` in a session's server functions: an ``APIClient`` of this controller, in process.

        (FEDn's hooks service gives the class a client of the controller it serves.)
        """
        return allowed_import.APIClient(
            "localhost:8092",
            token=self._auth_token,
            auth_scheme=self._auth_scheme,
            environ={},
            transport=self.transport(),
        )

    # --- state ------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the state right after construction: same seed, no requests, no faults."""
        with self._lock:
            self._network = self._fresh_network()
            self.requests.clear()
            self._faults.clear()
            self._outage = False

    @property
    def client_names(self) -> list[str]:
        """The names of the clients the network was started with."""
        return list(self._client_names)

    def connect_client(self, name: str) -> None:
        """Connect one more client (or reconnect a known one): it is ``online`` and trains."""
        with self._lock:
            self._network.connect_client(name)

    def set_client_status(self, name: str, status: str) -> None:
        """Set a client's status, e.g. ``"offline"``: only ``online`` clients train and validate."""
        with self._lock:
            self._network.set_client_status(name, status)

    def restart_controller(self) -> None:
        """What restarting FEDn's controller does: a hanging session is dropped, the state is idle.

        A session hangs when the combiner cannot load its aggregator (it stays "Created") or when
        the combiner's round loop has died (see :meth:`restart_combiner`).
        """
        with self._lock:
            self._network.restart_controller()

    def restart_combiner(self) -> None:
        """What restarting FEDn's combiner does: its round loop runs again.

        FEDn 0.33's combiner stops processing rounds, validations and predictions for good when
        a round's ``aggregator_kwargs`` cannot be read or its ``requested_clients`` is null; the
        running session then hangs (restart the controller too).
        """
        with self._lock:
            self._network.restart_combiner()

    def log_metric(
        self,
        key: str,
        value: float,
        *,
        client: str = "client1",
        step: int | None = None,
        model_id: str | None = None,
        round_id: str | None = None,
        session_id: str | None = None,
        timestamp: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """Store a metric as a client's ``FednClient.log_metric`` does, returning its row's JSON.

        Without ``model_id`` it belongs to the last round trained: its session, its round and the
        model that round trained from (as FEDn's clients report it).
        """
        with self._lock:
            row = self._network.log_metric(
                key,
                value,
                client=client,
                step=step,
                model_id=model_id,
                round_id=round_id,
                session_id=session_id,
                timestamp=timestamp,
            )
            return {
                "metric_id": row["id"],
                "key": row["key"],
                "value": row["value"],
                "model_id": row["model_id"],
            }

    # --- faults -----------------------------------------------------------------------------------

    def fail_next(self, operation: str, status: int = 500, *, times: int = 1, body: Any = None) -> None:
        """Answer the next ``times`` requests of ``operation`` (an operationId) with ``status``.

        ``body`` is the JSON answered (default ``{"message": "<status>: injected by fail_next"}``).
        Nothing else happens for those requests: the fake's state does not change.
        """
        known = {route.operation_id for route in ROUTES}
        if operation not in known:
            raise ValueError(f"unknown operation {operation!r}; e.g. {sorted(known)[:5]}")
        with self._lock:
            self._faults.append(_Fault(operation, status, times, body))

    @contextlib.contextmanager
    def outage(self) -> Iterator[None]:
        """Within the block the controller is unreachable (connections fail, nothing is answered)."""
        with self._lock:
            self._outage = True
        try:
            yield
        finally:
            with self._lock:
                self._outage = False

    @property
    def unreachable(self) -> bool:
        """Whether an :meth:`outage` is in progress."""
        return self._outage

    def _injected(self, route: Route | None) -> FakeResponse | None:
        if route is None:
            return None
        for fault in self._faults:
            if fault.operation_id == route.operation_id:
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                if fault.body is not None:
                    return json_response(fault.body, fault.status)
                return message(f"{fault.status}: injected by fail_next", fault.status)
        return None

    # --- auth -------------------------------------------------------------------------------------

    def _refused(self, route: Route, request: FakeRequest) -> FakeResponse | None:
        if self._auth_token is None or route.role is None:
            return None
        header = request.headers.get("authorization")
        if not header:
            return message("Missing token", 401)
        if not header.startswith(self._auth_scheme):
            return message(f"Invalid token scheme, expected {self._auth_scheme}", 401)
        parts = header.split(" ")
        if len(parts) < 2:
            return html_error(500)  # FEDn indexes the split header without checking
        wanted = self._client_token if route.role == "client" else self._auth_token
        if route.role == "combiner" or wanted is None or parts[1] != wanted:
            return message("Invalid token", 401)
        return None

    # --- the sans-IO core -------------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request as FEDn 0.33's controller would (the state changes accordingly).

        >>> from fedn.testing import FakeController, FakeRequest
        >>> fake = FakeController(clients=["alice", "bob"])
        >>> answer = fake.handle(FakeRequest.of("GET", "/api/v1/clients/count"))
        >>> answer.status, answer.json()
        (200, 2)
        """
        with self._lock:
            found = match(request.method, request.path)
            self._network.tick()
            response = self._answer(request, found.route, found.params or {}, found.status, found.allowed)
            headers = {k: (REDACTED if k == "authorization" else v) for k, v in request.headers.items()}
            self.requests.append(
                RecordedRequest(
                    request.method,
                    request.path,
                    request.query,
                    headers,
                    request.body,
                    found.route.operation_id if found.route else None,
                    response.status,
                )
            )
            return response

    def _answer(
        self,
        request: FakeRequest,
        route: Route | None,
        params: dict[str, str],
        status: int,
        allowed: tuple[str, ...],
    ) -> FakeResponse:
        if route is None:
            if status == 308:
                host = request.headers.get("host", "localhost")
                return FakeResponse(
                    308, (("Location", f"http://{host}{request.path}/"), ("Content-Length", "0"))
                )
            allow = (("Allow", ", ".join(allowed)),) if allowed else ()
            if status == 200:  # OPTIONS
                return FakeResponse(200, (*allow, ("Content-Length", "0")))
            return html_error(status, allow)
        if request.method == "OPTIONS":
            return FakeResponse(200, (("Allow", route.method), ("Content-Length", "0")))
        refused = self._refused(route, request)
        if refused is not None:
            return refused
        injected = self._injected(route)
        if injected is not None:
            return injected
        response = route.handler(self._network, request, params)
        if request.method == "HEAD":
            return FakeResponse(response.status, response.headers, b"")
        return response

    # --- ways in ----------------------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """An httpx transport, sync and async, that hands every request to this controller.

        ``APIClient(host, transport=fake.transport())`` and ``AsyncAPIClient(host,
        transport=fake.transport())``; any host works (its name and port are what
        ``/api/v1/clients/config`` reports).
        """
        return FakeTransport(self)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve this controller over HTTP in a background thread; yields its URL.

        >>> from fedn.testing import FakeController
        >>> import httpx
        >>> with FakeController().serve() as url:
        ...     httpx.get(f"{url}/health").text
        'OK'
        """
        server = FakeHTTPServer(self, host, port)
        server.start()
        try:
            yield server.url
        finally:
            server.stop()
