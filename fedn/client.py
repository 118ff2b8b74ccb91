""":class:`APIClient`: FEDn 0.33's ``APIClient``, typed, over the generated ``fedn_api`` client.

Every method keeps FEDn's name, parameters and defaults, so existing scripts run unchanged; the
differences are on purpose and listed in the class docstring. Each method body is one line: the
request building and result mapping live in :mod:`fedn._operations` as sans-IO plans, run here by
the synchronous driver of :mod:`fedn._plan`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Self, TypeVar

import httpx
from fedn_api.models import (
    Attribute,
    Checksum,
    ClientConfig,
    ClientInfo,
    ClientList,
    Combiner,
    CombinerList,
    ControllerStatus,
    CurrentAttributes,
    Message,
    Metric,
    Model,
    ModelList,
    Package,
    PackageList,
    Prediction,
    PredictionList,
    Round,
    RoundList,
    Run,
    Session,
    SessionList,
    Status,
    StatusList,
    Telemetry,
    Validation,
    ValidationList,
)

from fedn import _operations as ops
from fedn._base import ClientBase, _deprecated
from fedn._config import (
    DEFAULT_TIMEOUT,
    TimeoutTypes,
    VerifyTypes,
)
from fedn._http import HTTPClient
from fedn._paging import (
    ATTRIBUTES,
    CLIENTS,
    COMBINERS,
    DEFAULT_PAGE_SIZE,
    DEFAULT_PREFETCH,
    METRICS,
    MODELS,
    PACKAGES,
    PREDICTIONS,
    ROUNDS,
    RUNS,
    SESSIONS,
    STATUSES,
    TELEMETRY,
    VALIDATIONS,
    Collection,
    Pager,
    SortOrder,
    iterate_sync,
)
from fedn._plan import Plan, SyncDriver, apply_call_timeout, remember_response
from fedn._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from fedn.aggregators import AggregatorConfig
from fedn.results import StartedSession

__all__ = ["APIClient"]

T = TypeVar("T")
E = TypeVar("E")


class APIClient(ClientBase[SyncDriver]):
    """A typed, drop-in replacement for FEDn 0.33's ``fedn.network.api.client.APIClient``.

    Example::

        from fedn import APIClient

        with APIClient("localhost:8092") as client:
            client.set_active_package("package.tgz", helper="numpyhelper")
            client.set_active_model("seed.npz")
            session = client.start_session(id="test-session", rounds=3)
            client.wait_for_session(session.session_id)
            models = client.get_model_trail()
            validations = client.get_validations(model_id=models[-1]["model"])

    Connection settings (argument > environment > default):

    * ``host``: ``"host"``, ``"host:port"`` or ``"http(s)://host[:port][/path-prefix]"``; a
      scheme in ``host`` wins over ``secure`` (``http://`` with ``secure=True`` raises).
    * ``token``: the argument, else ``FEDN_AUTH_TOKEN``, else none. ``"Bearer abc"`` is accepted
      (the scheme part is used unless ``auth_scheme`` is given).
    * ``auth_scheme``: the argument, else the token's own prefix, else ``FEDN_AUTH_SCHEME``,
      else ``"Bearer"``.
    * ``verify``: ``True`` by default. **FEDn's own client defaults to ``verify=False``, which
      silently disables TLS certificate checks**; pass ``verify=False`` only for a test server,
      or a CA bundle path / ``ssl.SSLContext``.
    * ``timeout``: seconds or an :class:`httpx.Timeout`; default 10 s to connect, 30 s per read,
      write or pool wait. ``None`` waits forever.
    * ``max_retries`` (default 2; 0 disables) and ``retry`` (a :class:`~fedn.RetryPolicy`):
      failed requests are retried with capped exponential backoff and full jitter, honouring
      ``Retry-After``: connection failures, 429, 502, 503 and 504 for GET/PUT/DELETE; POST only
      when the request certainly never reached the server (see :mod:`fedn._retry`).
    * ``environ``: the environment to read (default :data:`os.environ`); ``transport``: an httpx
      transport (e.g. :class:`httpx.MockTransport` in tests).

    Per call (or block of calls), :meth:`with_options` gives a copy with another timeout or
    retry budget that shares the connection pool::

        >>> client = APIClient("localhost:8092", timeout=5.0, environ={})
        >>> quick = client.with_options(timeout=1.0, max_retries=0)
        >>> (quick.timeout.read, quick.max_retries), (client.timeout.read, client.max_retries)
        ((1.0, 0), (5.0, 2))
        >>> quick.httpx_client is client.httpx_client
        True

    Lazy iteration: ``iter_models()``, ``iter_statuses()``, ... (every list route) and the
    generic :meth:`iterate` walk a collection page by page in a stable order.

    One client holds one connection pool, reused by every call; close it with :meth:`close` or
    use it as a context manager. :attr:`generated` and :attr:`httpx_client` are escape hatches
    to the generated ``fedn_api`` client and its ``httpx.Client`` for routes not wrapped here.

    Results are what FEDn's client returns, the server's JSON as ``dict`` objects (item access,
    ``json.dumps``, ``yaml.safe_dump`` and ``==`` with a dict work as there), with typed
    attributes on top: ``model["committed_at"]`` is the server's text, ``model.committed_at`` a
    ``datetime``. ``start_session`` also answers ``message`` and ``session_id`` as upstream's did,
    and ``get_client``/``get_combiner``/``get_model``/``get_package`` accept names.

    Differences from FEDn's client, all deliberate:

    * Errors raise :class:`fedn.errors.FednError` subclasses instead of returning error dicts.
    * ``start_session`` while another session runs raises :class:`~fedn.errors.ConflictError`
      (FEDn 0.33 creates the session and then silently drops or refuses its start).
    * ``get_model_trail()`` runs from the seed to the latest model (FEDn 0.33's newest first);
      pass ``reverse=True`` for newest first.
    * ``get_validations``/``get_predictions`` send filters the 0.33 server honours
      (``model_id``, ``session_id``, ``sender.name``, ...); FEDn's client sends camelCase names
      the server ignores, so its ``get_validations(model_id=...)`` returns every validation.
    * Uploads and downloads stream (constant memory); downloads are atomic.
    """

    def __init__(
        self,
        host: str,
        port: int | None = None,
        secure: bool = False,
        verify: VerifyTypes = True,
        token: str | None = None,
        auth_scheme: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        environ: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        config = self._setup(
            host, port, secure, verify, token, auth_scheme, timeout, environ, max_retries, retry
        )
        http = HTTPClient(
            base_url=config.base_url,
            headers=config.headers,
            verify=config.verify,
            timeout=config.timeout,
            transport=transport,
            follow_redirects=False,
            event_hooks={"request": [apply_call_timeout], "response": [remember_response]},
        )
        self._generated.set_httpx_client(http)
        self._http = http
        self._driver = SyncDriver(self._generated, self._secrets, policy=self._policy)

    # --- plumbing ---------------------------------------------------------------------------

    def _run(self, plan: Plan[T]) -> T:
        return self._driver.run(plan)

    @property
    def httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` under everything (base URL, auth, TLS and timeout set).

        Example::

            client.httpx_client.get("/health").text
        """
        return self._http

    def close(self) -> None:
        """Close the connection pool.

        Example::

            client = APIClient("localhost:8092")
            try:
                client.get_models()
            finally:
                client.close()
        """
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- Lazy iteration ---------------------------------------------------------------------

    def iterate(
        self,
        collection: Collection[E],
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[E]:
        """Iterate lazily over every entity of ``collection`` matching ``filters``, page by page.

        Pages of ``page_size`` (X-Limit/X-Skip) come in a stable order (the primary key,
        ascending, unless ``sort_key``/``sort_order`` say otherwise) and repeats are dropped;
        see :mod:`fedn._paging` for the guarantees under concurrent inserts. ``prefetch`` pages
        load ahead in threads (0: one page at a time); memory holds at most ``prefetch + 1``
        pages. Filters are the server's field names (checked before any request).

        Example::

            from fedn.paging import STATUSES
            for status in client.iterate(STATUSES, session_id=sid, page_size=1000):
                print(status.status)
        """
        pager = Pager(collection, filters, page_size=page_size, sort_key=sort_key, sort_order=sort_order)
        return iterate_sync(self._driver, pager, prefetch)

    # --- Clients ----------------------------------------------------------------------------

    def get_client(self, id: str) -> ClientInfo:
        """Get one client by id.

        ``id`` may also be the client's name (looked up when no client has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            client.get_client("c7f3...")["name"]
        """
        return self._run(ops.get_client(id))

    def get_clients(self, n_max: int | None = None) -> ClientList:
        """List clients (at most ``n_max``, sent as ``X-Limit``).

        Example::

            clients = client.get_clients(n_max=10)
            clients["count"], clients["result"][0]["client_id"]
        """
        return self._run(ops.get_clients(n_max))

    def get_clients_count(self) -> int:
        """Count clients.

        Example::

            n = client.get_clients_count()
        """
        return self._run(ops.get_clients_count())

    def get_client_config(self, checksum: bool = True) -> ClientConfig:
        """The configuration clients use to join the network, optionally with the package checksum.

        Example::

            client.get_client_config().discover_host
        """
        return self._run(ops.get_client_config(checksum))

    def get_active_clients(self, combiner_id: str | None = None, n_max: int | None = None) -> ClientList:
        """List online clients, optionally of one combiner.

        Example::

            online = client.get_active_clients()["count"]
        """
        return self._run(ops.get_active_clients(combiner_id, n_max))

    # --- Combiners --------------------------------------------------------------------------

    def get_combiner(self, id: str) -> Combiner:
        """Get one combiner by id.

        ``id`` may also be the combiner's name (looked up when no combiner has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            client.get_combiner("combiner").address
        """
        return self._run(ops.get_combiner(id))

    def get_combiners(self, n_max: int | None = None) -> CombinerList:
        """List combiners.

        Example::

            [c.name for c in client.get_combiners().result]
        """
        return self._run(ops.get_combiners(n_max))

    def get_combiners_count(self) -> int:
        """Count combiners.

        Example::

            client.get_combiners_count()
        """
        return self._run(ops.get_combiners_count())

    # --- Controller -------------------------------------------------------------------------

    def get_controller_status(self) -> ControllerStatus:
        """The controller's state (``idle``, ``instructing``, ``monitoring``, ...).

        Example::

            client.get_controller_status()["state"]
        """
        return self._run(ops.get_controller_status())

    # --- Models -----------------------------------------------------------------------------

    def get_model(self, id: str) -> Model:
        """Get one model by id (or model property).

        ``id`` may also be the model's name (looked up when no model has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            client.get_model(model_id).parent_model
        """
        return self._run(ops.get_model(id))

    def get_models(self, session_id: str | None = None, n_max: int | None = None) -> ModelList:
        """List models, optionally of one session.

        Example::

            client.get_models(session_id=session.session_id)["count"]
        """
        return self._run(ops.get_models(session_id, n_max))

    def get_models_count(self) -> int:
        """Count models.

        Example::

            client.get_models_count()
        """
        return self._run(ops.get_models_count())

    def get_active_model(self) -> Model | None:
        """The most recently committed model, or ``None`` when there is none.

        Example::

            seed = client.get_active_model()
        """
        return self._run(ops.get_active_model())

    def get_model_trail(
        self,
        id: str | None = None,
        include_self: bool = True,
        reverse: bool | None = None,
        n_max: int | None = None,
    ) -> list[Model]:
        """The chain of models ending at ``id`` (default: the latest model).

        By default the list runs **from the seed to the latest model**, so ``trail[-1]`` is the
        latest global model, as FEDn's documentation reads it. FEDn 0.33's own client returns
        it newest first; pass ``reverse=True`` for that order. ``n_max`` keeps the ``n_max``
        models nearest to ``id``; ``include_self=False`` leaves ``id`` itself out. The order,
        ``include_self`` and ``n_max`` are applied here, because the server's SQL statestores
        ignore ``include_self`` and ``X-Reverse``.

        Example::

            models = client.get_model_trail()
            latest_id = models[-1]["model"]
        """
        return self._run(ops.get_model_trail(id, include_self, reverse, n_max))

    def download_model(self, id: str, path: str | os.PathLike[str], *, progress: bool = False) -> Message:
        """Download a model to ``path`` (streamed to a temporary file, renamed when complete).

        ``progress=True`` shows a byte progress bar (tqdm) when stderr is a terminal.

        Example::

            client.download_model(model_id, path="model.npz")
        """
        return self._run(ops.download_model(id, path, progress=progress))

    def set_active_model(self, path: str | os.PathLike[str], *, progress: bool = False) -> Message:
        """Upload a seed model; the helper is inferred from ``.npz``/``.bin``.

        FEDn 0.33 loads the model with the *active package's* helper (it ignores the helper sent
        with the file), so set the compute package first. The active helper is read
        (GET /api/v1/helpers/active) and changed (PUT) only when it differs from the file's. With
        no active package this raises :class:`~fedn.errors.ConflictError` before any upload:
        upstream's client sets the helper anyway, which makes the server store a package row
        without a file (GET /api/v1/packages/ then answers 500 on SQL statestores) and the upload
        still fails.

        ``progress=True`` shows a byte progress bar (tqdm) when stderr is a terminal.

        Example::

            client.set_active_package("package.tgz", helper="numpyhelper")
            client.set_active_model("seed.npz")
        """
        return self._run(ops.set_active_model(path, progress=progress))

    # --- Packages ---------------------------------------------------------------------------

    def get_package(self, id: str) -> Package:
        """Get one compute package by id.

        ``id`` may also be the package's name (looked up when no package has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            client.get_package(package_id).helper
        """
        return self._run(ops.get_package(id))

    def get_packages(self, n_max: int | None = None) -> PackageList:
        """List compute packages.

        Example::

            client.get_packages()["count"]
        """
        return self._run(ops.get_packages(n_max))

    def get_packages_count(self) -> int:
        """Count compute packages.

        Example::

            client.get_packages_count()
        """
        return self._run(ops.get_packages_count())

    def get_active_package(self) -> Package:
        """The active compute package.

        Example::

            client.get_active_package()["name"]
        """
        return self._run(ops.get_active_package())

    def get_package_checksum(self) -> Checksum:
        """The server's SHA-256 of the active compute package.

        Example::

            client.get_package_checksum().checksum
        """
        return self._run(ops.get_package_checksum())

    def download_package(
        self, path: str | os.PathLike[str], *, verify_checksum: bool = False, progress: bool = False
    ) -> Message:
        """Download the active compute package to ``path`` (streamed, atomic).

        With ``verify_checksum=True`` the file is compared with :meth:`get_package_checksum`
        and nothing is written on a mismatch. FEDn 0.33 hashes the package in the controller's
        working folder, so its checksum route answers 404 "File not found." when packages are
        stored elsewhere (as on the local test network); that error is raised unchanged.

        Example::

            client.download_package("package.tgz", verify_checksum=True)
        """
        return self._run(ops.download_package(path, verify_checksum, progress=progress))

    def set_active_package(
        self,
        path: str | os.PathLike[str],
        helper: str,
        name: str | None = None,
        description: str = "",
        *,
        progress: bool = False,
    ) -> Message:
        """Upload a compute package (streamed) and make it and its helper active.

        ``name`` defaults to the file name without its archive suffix. ``progress=True`` shows
        a byte progress bar (tqdm) when stderr is a terminal.

        Example::

            client.set_active_package("package.tgz", helper="numpyhelper")
        """
        return self._run(ops.set_active_package(path, helper, name, description, progress=progress))

    # --- Deprecated names still used by FEDn's docs and examples ----------------------------

    def set_package(
        self, path: str | os.PathLike[str], helper: str, name: str | None = None, description: str = ""
    ) -> Message:
        """Deprecated: use :meth:`set_active_package` (this calls it, with a ``DeprecationWarning``).

        FEDn's FAQ and its flower-client example still use this older name.

        Example::

            client.set_package("package.tgz", helper="numpyhelper")  # DeprecationWarning
        """
        _deprecated(self, "set_package", "set_active_package")
        return self.set_active_package(path, helper, name, description)

    def set_initial_model(self, path: str | os.PathLike[str]) -> Message:
        """Deprecated: use :meth:`set_active_model` (this calls it, with a ``DeprecationWarning``).

        FEDn's FAQ and its flower-client example still use this older name.

        Example::

            client.set_initial_model("seed.npz")  # DeprecationWarning
        """
        _deprecated(self, "set_initial_model", "set_active_model")
        return self.set_active_model(path)

    # --- Rounds -----------------------------------------------------------------------------

    def get_round(self, id: str) -> Round:
        """Get one round by id.

        Example::

            client.get_round("1").status
        """
        return self._run(ops.get_round(id))

    def get_rounds(self, n_max: int | None = None) -> RoundList:
        """List rounds.

        Example::

            client.get_rounds(n_max=5)["result"]
        """
        return self._run(ops.get_rounds(n_max))

    def get_rounds_count(self) -> int:
        """Count rounds.

        Example::

            client.get_rounds_count()
        """
        return self._run(ops.get_rounds_count())

    # --- Sessions ---------------------------------------------------------------------------

    def get_session(self, id: str | None = None, name: str | None = None) -> Session:
        """Get a session by ``name``, or by ``id`` falling back to a session with that name.

        (FEDn's documentation calls the name given to ``start_session(id=...)`` the id.)

        Example::

            client.get_session(id="test-session").status
        """
        return self._run(ops.get_session(id, name))

    def get_sessions(self, n_max: int | None = None, name: str | None = None) -> SessionList:
        """List sessions, optionally only those with ``name``.

        Example::

            client.get_sessions()["count"]
        """
        return self._run(ops.get_sessions(n_max, name))

    def get_sessions_count(self) -> int:
        """Count sessions.

        Example::

            client.get_sessions_count()
        """
        return self._run(ops.get_sessions_count())

    def get_session_status(self, id: str) -> str:
        """A session's status (``"Created"``, ``"Started"``, ``"Finished"``, ...).

        Example::

            client.get_session_status(session_id)
        """
        return self._run(ops.get_session_status(id))

    def session_is_finished(self, id: str) -> bool:
        """Whether a session's status is ``Finished``.

        Example::

            client.session_is_finished(session_id)
        """
        return self._run(ops.session_is_finished(id))

    def start_session(
        self,
        name: str | None = None,
        aggregator: str | AggregatorConfig = "fedavg",
        aggregator_kwargs: Mapping[str, object] | str | None = None,
        model_id: str | None = None,
        round_timeout: int = 180,
        rounds: int = 5,
        round_buffer_size: int = -1,
        delete_models: bool = True,
        validate: bool = True,
        helper: str | None = None,
        min_clients: int = 1,
        requested_clients: int = 8,
        server_functions: object = None,
        *,
        id: str | None = None,
    ) -> StartedSession:
        """Create a session and start it; returns the session with the server's ``message``.

        The result has FEDn's own keys, ``result["message"] == "Session started"`` and
        ``result["session_id"]``, and is the created session too (a
        :class:`~fedn.StartedSession`: name, status and full config, typed).

        ``id`` is an alias of ``name`` (FEDn's documentation uses it). ``aggregator`` is a name
        (``"fedavg"``, ``"fedopt"``, ``"splitlearningagg"``) with optional ``aggregator_kwargs``,
        or :class:`~fedn.FedAvg` / :class:`~fedn.FedOpt`; values are validated before any
        request. ``model_id`` defaults to the latest model, ``helper`` to the active helper.
        ``server_functions`` is a ``ServerFunctions`` class (its source is sent) or source text.

        While the controller is not idle (another session runs) this raises
        :class:`~fedn.errors.ConflictError` before creating anything. FEDn 0.33 has no route to
        delete a session: if the server still refuses the start (a session began in between,
        too few clients), the error names the session left "Created".

        Example::

            session = client.start_session(id="test-session", rounds=3)
            client.start_session(name="adam", aggregator=FedOpt("adam", learning_rate=1e-2))
        """
        return self._run(
            ops.start_session(
                name, aggregator, aggregator_kwargs, model_id, round_timeout, rounds, round_buffer_size,
                delete_models, validate, helper, min_clients, requested_clients, server_functions, id,
            )
        )  # fmt: skip

    def start_splitlearning_session(
        self,
        name: str | None = None,
        model_id: str | None = None,
        round_timeout: int = 180,
        rounds: int = 5,
        round_buffer_size: int = -1,
        delete_models: bool = True,
        validate: bool = False,
        min_clients: int = 1,
        requested_clients: int = 8,
    ) -> StartedSession:
        """Create and start a split-learning session; the result is as :meth:`start_session`'s.

        Example::

            client.start_splitlearning_session(name="split", rounds=2)
        """
        return self._run(
            ops.start_splitlearning_session(
                name, model_id, round_timeout, rounds, round_buffer_size, delete_models, validate,
                min_clients, requested_clients,
            )
        )  # fmt: skip

    def continue_session(self, session_id: str, rounds: int = 5, round_timeout: int = 180) -> StartedSession:
        """Run more rounds of a finished session; returns it as read after the restart.

        The result carries the server's ``message`` (``"Session started"``) and ``session_id``,
        like :meth:`start_session`'s, and returns once the controller has begun the new rounds,
        so :meth:`wait_for_session` right after it waits for them.

        Example::

            client.continue_session(session.session_id, rounds=2)
        """
        return self._run(ops.continue_session(session_id, rounds, round_timeout))

    def wait_for_session(
        self,
        session_id: str,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        progress: bool = False,
        *,
        outage_budget: float | None = ops.OUTAGE_BUDGET,
    ) -> Session:
        """Poll until the session is finished (or terminated) and return it.

        ``session_id`` may also be the session's name. With ``progress=True`` a tqdm bar shows
        rounds done of the total (needs ``tqdm``; quiet when stderr is not a terminal). Raises
        :class:`~fedn.errors.SessionTimeoutError` (with ``last_status``) after ``timeout`` s.

        A controller that restarts during the wait is ridden out: each poll is retried by the
        client's retry policy, and polls that still fail with a connection error or 502/503/504
        are repeated every ``poll_interval`` for up to ``outage_budget`` s in a row (default
        120; ``None`` for no limit other than ``timeout``), after which the connection error is
        raised. ``outage_budget=0`` gives up at the first poll that still fails after retries.

        Example::

            session = client.start_session(id="run-1", rounds=3)
            client.wait_for_session(session.session_id, timeout=600, progress=True)
        """
        return self._run(
            ops.wait_for_session(session_id, timeout, poll_interval, progress, outage_budget=outage_budget)
        )

    # --- Statuses ---------------------------------------------------------------------------

    def get_status(self, id: str) -> Status:
        """Get one status event by id.

        Example::

            client.get_status(status_id).log_level
        """
        return self._run(ops.get_status(id))

    def get_statuses(
        self,
        session_id: str | None = None,
        event_type: str | None = None,
        sender_name: str | None = None,
        sender_role: str | None = None,
        n_max: int | None = None,
    ) -> StatusList:
        """List status events, filtered by session, event type and sender.

        Example::

            client.get_statuses(session_id=sid, event_type="MODEL_UPDATE")["count"]
        """
        return self._run(ops.get_statuses(session_id, event_type, sender_name, sender_role, n_max))

    def get_statuses_count(self) -> int:
        """Count status events.

        Example::

            client.get_statuses_count()
        """
        return self._run(ops.get_statuses_count())

    # --- Validations ------------------------------------------------------------------------

    def get_validation(self, id: str) -> Validation:
        """Get one validation by id.

        Example::

            client.get_validation(validation_id).data
        """
        return self._run(ops.get_validation(id))

    def get_validations(
        self,
        session_id: str | None = None,
        model_id: str | None = None,
        correlation_id: str | None = None,
        sender_name: str | None = None,
        sender_role: str | None = None,
        receiver_name: str | None = None,
        receiver_role: str | None = None,
        n_max: int | None = None,
    ) -> ValidationList:
        """List validations, filtered by session, model, correlation id, sender and receiver.

        Example::

            client.get_validations(model_id=models[-1]["model"])["result"]
        """
        return self._run(
            ops.get_validations(
                session_id,
                model_id,
                correlation_id,
                sender_name,
                sender_role,
                receiver_name,
                receiver_role,
                n_max,
            )
        )

    def get_validations_count(self) -> int:
        """Count validations.

        Example::

            client.get_validations_count()
        """
        return self._run(ops.get_validations_count())

    # --- Predictions ------------------------------------------------------------------------

    def get_predictions(
        self,
        model_id: str | None = None,
        correlation_id: str | None = None,
        sender_name: str | None = None,
        sender_role: str | None = None,
        receiver_name: str | None = None,
        receiver_role: str | None = None,
        n_max: int | None = None,
    ) -> PredictionList:
        """List predictions, filtered by model, correlation id, sender and receiver.

        Example::

            client.get_predictions(model_id=latest_id)["count"]
        """
        return self._run(
            ops.get_predictions(
                model_id, correlation_id, sender_name, sender_role, receiver_name, receiver_role, n_max
            )
        )

    def start_predictions(self, prediction_id: str | None = None, model_id: str | None = None) -> Message:
        """Ask clients to predict with a model (``prediction_id`` defaults to a new UUID).

        Example::

            client.start_predictions(model_id=latest_id)
        """
        return self._run(ops.start_predictions(prediction_id, model_id))

    # --- Attributes -------------------------------------------------------------------------

    def get_current_attributes(self, client_list: list[str] | str) -> CurrentAttributes:
        """The current attributes of one client id or a list of client ids.

        Example::

            client.get_current_attributes(["client-1", "client-2"])
        """
        return self._run(ops.get_current_attributes(client_list))

    def add_attributes(self, attribute: Mapping[str, object]) -> Attribute:
        """Add or update a client attribute.

        Example::

            client.add_attributes({"key": "charging", "value": "true",
                                   "sender": {"name": "", "role": "", "client_id": "abc123"}})
        """
        return self._run(ops.add_attributes(attribute))

    # --- Lazy iteration, one method per collection --------------------------------------------

    def iter_models(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Model]:
        """Iterate lazily over models (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_models(session_id=sid):
                ...
        """
        return self.iterate(
            MODELS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_statuses(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Status]:
        """Iterate lazily over statuses (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_statuses(session_id=sid, type="MODEL_UPDATE"):
                ...
        """
        return self.iterate(
            STATUSES,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_validations(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Validation]:
        """Iterate lazily over validations (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_validations(session_id=sid):
                ...
        """
        return self.iterate(
            VALIDATIONS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_sessions(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Session]:
        """Iterate lazily over sessions (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_sessions(status="Finished"):
                ...
        """
        return self.iterate(
            SESSIONS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_rounds(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Round]:
        """Iterate lazily over rounds (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_rounds(status="Success"):
                ...
        """
        return self.iterate(
            ROUNDS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_clients(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[ClientInfo]:
        """Iterate lazily over clients (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_clients(status="online"):
                ...
        """
        return self.iterate(
            CLIENTS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_combiners(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Combiner]:
        """Iterate lazily over combiners (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_combiners():
                ...
        """
        return self.iterate(
            COMBINERS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_packages(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Package]:
        """Iterate lazily over packages (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_packages():
                ...
        """
        return self.iterate(
            PACKAGES,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_predictions(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Prediction]:
        """Iterate lazily over predictions (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_predictions(model_id=model_id):
                ...
        """
        return self.iterate(
            PREDICTIONS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_metrics(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Metric]:
        """Iterate lazily over metrics (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_metrics(session_id=sid, key="loss"):
                ...
        """
        return self.iterate(
            METRICS,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_telemetry(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Telemetry]:
        """Iterate lazily over telemetry (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_telemetry(key="memory"):
                ...
        """
        return self.iterate(
            TELEMETRY,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_attributes(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Attribute]:
        """Iterate lazily over attributes (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_attributes(key="charging"):
                ...
        """
        return self.iterate(
            ATTRIBUTES,
            page_size=page_size,
            sort_key=sort_key,
            sort_order=sort_order,
            prefetch=prefetch,
            **filters,
        )

    def iter_runs(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> Iterator[Run]:
        """Iterate lazily over runs (filters: the server's field names); see :meth:`iterate`.

        Example::

            for item in client.iter_runs(session_id=sid):
                ...
        """
        return self.iterate(
            RUNS, page_size=page_size, sort_key=sort_key, sort_order=sort_order, prefetch=prefetch, **filters
        )
