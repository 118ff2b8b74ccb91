"""AsyncAPIClient: the asyncio twin of :class:`fedn.APIClient`, running the very same plans.

Every method has the name, parameters and typed result of its :class:`~fedn.APIClient`
counterpart, as ``async def``; the request building and result mapping are the plans of
:mod:`fedn._operations`, executed by :class:`fedn._plan.AsyncDriver` (``await`` instead of
blocking). ``iter_<entity>()`` and :meth:`AsyncAPIClient.iterate` return async iterators that
fetch pages ahead concurrently (bounded by ``prefetch``).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
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
from fedn._config import DEFAULT_TIMEOUT, TimeoutTypes, VerifyTypes
from fedn._http import AsyncHTTPClient
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
    iterate_async,
)
from fedn._plan import AsyncDriver, Plan, apply_call_timeout_async, remember_response_async
from fedn._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from fedn.aggregators import AggregatorConfig
from fedn.results import StartedSession

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")
E = TypeVar("E")


class AsyncAPIClient(ClientBase[AsyncDriver]):
    """The asyncio twin of :class:`fedn.APIClient`: same methods, arguments and results, awaited.

    Example::

        import asyncio
        from fedn import AsyncAPIClient

        async def main() -> None:
            async with AsyncAPIClient("localhost:8092") as client:
                models, sessions = await asyncio.gather(client.get_models(), client.get_sessions())
                async for status in client.iter_statuses(session_id=sessions.result[0].session_id):
                    print(status.status)

        asyncio.run(main())

    The constructor takes the same settings as :class:`~fedn.APIClient` (host, token, TLS,
    ``timeout``, ``max_retries``/``retry``, ``environ``; ``transport`` is an
    ``httpx.AsyncBaseTransport``). One ``httpx.AsyncClient`` (one connection pool) serves every
    call; close it with ``await client.aclose()`` or ``async with``. Uploads and downloads stream
    (constant memory) and downloads are atomic, as in the sync client.

        >>> AsyncAPIClient("localhost:8092", environ={}).with_options(max_retries=0).max_retries
        0
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
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        config = self._setup(
            host, port, secure, verify, token, auth_scheme, timeout, environ, max_retries, retry
        )
        http = AsyncHTTPClient(
            base_url=config.base_url,
            headers=config.headers,
            verify=config.verify,
            timeout=config.timeout,
            transport=transport,
            follow_redirects=False,
            event_hooks={"request": [apply_call_timeout_async], "response": [remember_response_async]},
        )
        self._generated.set_async_httpx_client(http)
        self._http = http
        self._driver = AsyncDriver(self._generated, self._secrets, policy=self._policy)

    # --- plumbing ---------------------------------------------------------------------------

    async def _run(self, plan: Plan[T]) -> T:
        return await self._driver.run(plan)

    @property
    def httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` under everything (base URL, auth, TLS and timeout set).

        Example::

            (await client.httpx_client.get("/health")).text
        """
        return self._http

    async def aclose(self) -> None:
        """Close the connection pool.

        Example::

            client = AsyncAPIClient("localhost:8092")
            try:
                await client.get_models()
            finally:
                await client.aclose()
        """
        await self._http.aclose()

    async def close(self) -> None:
        """Close the connection pool (same as :meth:`aclose`, named like the sync client's).

        Example::

            await client.close()
        """
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

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
    ) -> AsyncIterator[E]:
        """Iterate lazily over every entity of ``collection`` matching ``filters`` (async).

        The first page (which carries the total count) is fetched alone; then up to
        ``prefetch`` pages are fetched concurrently and yielded in order, so memory holds at
        most ``prefetch + 1`` pages. Order, filters and guarantees are those of
        :meth:`fedn.APIClient.iterate` (see :mod:`fedn._paging`).

        Example::

            from fedn.paging import STATUSES
            async for status in client.iterate(STATUSES, session_id=sid, page_size=1000):
                print(status.status)
        """
        pager = Pager(collection, filters, page_size=page_size, sort_key=sort_key, sort_order=sort_order)
        return iterate_async(self._driver, pager, prefetch)

    # --- Clients ----------------------------------------------------------------------------

    async def get_client(self, id: str) -> ClientInfo:
        """Get one client by id.

        ``id`` may also be the client's name (looked up when no client has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            (await client.get_client("c7f3..."))["name"]
        """
        return await self._run(ops.get_client(id))

    async def get_clients(self, n_max: int | None = None) -> ClientList:
        """List clients (at most ``n_max``, sent as ``X-Limit``).

        Example::

            clients = await client.get_clients(n_max=10)
            clients["count"], clients["result"][0]["client_id"]
        """
        return await self._run(ops.get_clients(n_max))

    async def get_clients_count(self) -> int:
        """Count clients.

        Example::

            n = await client.get_clients_count()
        """
        return await self._run(ops.get_clients_count())

    async def get_client_config(self, checksum: bool = True) -> ClientConfig:
        """The configuration clients use to join the network, optionally with the package checksum.

        Example::

            (await client.get_client_config()).discover_host
        """
        return await self._run(ops.get_client_config(checksum))

    async def get_active_clients(
        self, combiner_id: str | None = None, n_max: int | None = None
    ) -> ClientList:
        """List online clients, optionally of one combiner.

        Example::

            online = (await client.get_active_clients())["count"]
        """
        return await self._run(ops.get_active_clients(combiner_id, n_max))

    # --- Combiners --------------------------------------------------------------------------

    async def get_combiner(self, id: str) -> Combiner:
        """Get one combiner by id.

        ``id`` may also be the combiner's name (looked up when no combiner has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            (await client.get_combiner("combiner")).address
        """
        return await self._run(ops.get_combiner(id))

    async def get_combiners(self, n_max: int | None = None) -> CombinerList:
        """List combiners.

        Example::

            [c.name for c in (await client.get_combiners()).result]
        """
        return await self._run(ops.get_combiners(n_max))

    async def get_combiners_count(self) -> int:
        """Count combiners.

        Example::

            await client.get_combiners_count()
        """
        return await self._run(ops.get_combiners_count())

    # --- Controller -------------------------------------------------------------------------

    async def get_controller_status(self) -> ControllerStatus:
        """The controller's state (``idle``, ``instructing``, ``monitoring``, ...).

        Example::

            (await client.get_controller_status())["state"]
        """
        return await self._run(ops.get_controller_status())

    # --- Models -----------------------------------------------------------------------------

    async def get_model(self, id: str) -> Model:
        """Get one model by id (or model property).

        ``id`` may also be the model's name (looked up when no model has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            (await client.get_model(model_id)).parent_model
        """
        return await self._run(ops.get_model(id))

    async def get_models(self, session_id: str | None = None, n_max: int | None = None) -> ModelList:
        """List models, optionally of one session.

        Example::

            (await client.get_models(session_id=session.session_id))["count"]
        """
        return await self._run(ops.get_models(session_id, n_max))

    async def get_models_count(self) -> int:
        """Count models.

        Example::

            await client.get_models_count()
        """
        return await self._run(ops.get_models_count())

    async def get_active_model(self) -> Model | None:
        """The most recently committed model, or ``None`` when there is none.

        Example::

            seed = await client.get_active_model()
        """
        return await self._run(ops.get_active_model())

    async def get_model_trail(
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

            models = await client.get_model_trail()
            latest_id = models[-1]["model"]
        """
        return await self._run(ops.get_model_trail(id, include_self, reverse, n_max))

    async def download_model(
        self, id: str, path: str | os.PathLike[str], *, progress: bool = False
    ) -> Message:
        """Download a model to ``path`` (streamed to a temporary file, renamed when complete).

        ``progress=True`` shows a byte progress bar (tqdm) when stderr is a terminal.

        Example::

            await client.download_model(model_id, path="model.npz")
        """
        return await self._run(ops.download_model(id, path, progress=progress))

    async def set_active_model(self, path: str | os.PathLike[str], *, progress: bool = False) -> Message:
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

            await client.set_active_package("package.tgz", helper="numpyhelper")
            await client.set_active_model("seed.npz")
        """
        return await self._run(ops.set_active_model(path, progress=progress))

    # --- Packages ---------------------------------------------------------------------------

    async def get_package(self, id: str) -> Package:
        """Get one compute package by id.

        ``id`` may also be the package's name (looked up when no package has that id; a name shared
        by several raises :class:`~fedn.errors.AmbiguousNameError`).

        Example::

            (await client.get_package(package_id)).helper
        """
        return await self._run(ops.get_package(id))

    async def get_packages(self, n_max: int | None = None) -> PackageList:
        """List compute packages.

        Example::

            (await client.get_packages())["count"]
        """
        return await self._run(ops.get_packages(n_max))

    async def get_packages_count(self) -> int:
        """Count compute packages.

        Example::

            await client.get_packages_count()
        """
        return await self._run(ops.get_packages_count())

    async def get_active_package(self) -> Package:
        """The active compute package.

        Example::

            (await client.get_active_package())["name"]
        """
        return await self._run(ops.get_active_package())

    async def get_package_checksum(self) -> Checksum:
        """The server's SHA-256 of the active compute package.

        Example::

            (await client.get_package_checksum()).checksum
        """
        return await self._run(ops.get_package_checksum())

    async def download_package(
        self, path: str | os.PathLike[str], *, verify_checksum: bool = False, progress: bool = False
    ) -> Message:
        """Download the active compute package to ``path`` (streamed, atomic).

        With ``verify_checksum=True`` the file is compared with :meth:`get_package_checksum`
        and nothing is written on a mismatch. FEDn 0.33 hashes the package in the controller's
        working folder, so its checksum route answers 404 "File not found." when packages are
        stored elsewhere (as on the local test network); that error is raised unchanged.

        Example::

            await client.download_package("package.tgz", verify_checksum=True)
        """
        return await self._run(ops.download_package(path, verify_checksum, progress=progress))

    async def set_active_package(
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

            await client.set_active_package("package.tgz", helper="numpyhelper")
        """
        return await self._run(ops.set_active_package(path, helper, name, description, progress=progress))

    # --- Deprecated names still used by FEDn's docs and examples ----------------------------

    async def set_package(
        self, path: str | os.PathLike[str], helper: str, name: str | None = None, description: str = ""
    ) -> Message:
        """Deprecated: use :meth:`set_active_package` (this calls it, with a ``DeprecationWarning``).

        FEDn's FAQ and its flower-client example still use this older name.

        Example::

            await client.set_package("package.tgz", helper="numpyhelper")  # DeprecationWarning
        """
        _deprecated(self, "set_package", "set_active_package")
        return await self.set_active_package(path, helper, name, description)

    async def set_initial_model(self, path: str | os.PathLike[str]) -> Message:
        """Deprecated: use :meth:`set_active_model` (this calls it, with a ``DeprecationWarning``).

        FEDn's FAQ and its flower-client example still use this older name.

        Example::

            await client.set_initial_model("seed.npz")  # DeprecationWarning
        """
        _deprecated(self, "set_initial_model", "set_active_model")
        return await self.set_active_model(path)

    # --- Rounds -----------------------------------------------------------------------------

    async def get_round(self, id: str) -> Round:
        """Get one round by id.

        Example::

            (await client.get_round("1")).status
        """
        return await self._run(ops.get_round(id))

    async def get_rounds(self, n_max: int | None = None) -> RoundList:
        """List rounds.

        Example::

            (await client.get_rounds(n_max=5))["result"]
        """
        return await self._run(ops.get_rounds(n_max))

    async def get_rounds_count(self) -> int:
        """Count rounds.

        Example::

            await client.get_rounds_count()
        """
        return await self._run(ops.get_rounds_count())

    # --- Sessions ---------------------------------------------------------------------------

    async def get_session(self, id: str | None = None, name: str | None = None) -> Session:
        """Get a session by ``name``, or by ``id`` falling back to a session with that name.

        (FEDn's documentation calls the name given to ``start_session(id=...)`` the id.)

        Example::

            (await client.get_session(id="test-session")).status
        """
        return await self._run(ops.get_session(id, name))

    async def get_sessions(self, n_max: int | None = None, name: str | None = None) -> SessionList:
        """List sessions, optionally only those with ``name``.

        Example::

            (await client.get_sessions())["count"]
        """
        return await self._run(ops.get_sessions(n_max, name))

    async def get_sessions_count(self) -> int:
        """Count sessions.

        Example::

            await client.get_sessions_count()
        """
        return await self._run(ops.get_sessions_count())

    async def get_session_status(self, id: str) -> str:
        """A session's status (``"Created"``, ``"Started"``, ``"Finished"``, ...).

        Example::

            await client.get_session_status(session_id)
        """
        return await self._run(ops.get_session_status(id))

    async def session_is_finished(self, id: str) -> bool:
        """Whether a session's status is ``Finished``.

        Example::

            await client.session_is_finished(session_id)
        """
        return await self._run(ops.session_is_finished(id))

    async def start_session(
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

            session = await client.start_session(id="test-session", rounds=3)
            await client.start_session(name="adam", aggregator=FedOpt("adam", learning_rate=1e-2))
        """
        return await self._run(
            ops.start_session(
                name, aggregator, aggregator_kwargs, model_id, round_timeout, rounds, round_buffer_size,
                delete_models, validate, helper, min_clients, requested_clients, server_functions, id,
            )
        )  # fmt: skip

    async def start_splitlearning_session(
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

            await client.start_splitlearning_session(name="split", rounds=2)
        """
        return await self._run(
            ops.start_splitlearning_session(
                name, model_id, round_timeout, rounds, round_buffer_size, delete_models, validate,
                min_clients, requested_clients,
            )
        )  # fmt: skip

    async def continue_session(
        self, session_id: str, rounds: int = 5, round_timeout: int = 180
    ) -> StartedSession:
        """Run more rounds of a finished session; returns it as read after the restart.

        The result carries the server's ``message`` (``"Session started"``) and ``session_id``,
        like :meth:`start_session`'s, and returns once the controller has begun the new rounds,
        so :meth:`wait_for_session` right after it waits for them.

        Example::

            await client.continue_session(session.session_id, rounds=2)
        """
        return await self._run(ops.continue_session(session_id, rounds, round_timeout))

    async def wait_for_session(
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

            session = await client.start_session(id="run-1", rounds=3)
            await client.wait_for_session(session.session_id, timeout=600, progress=True)
        """
        return await self._run(
            ops.wait_for_session(session_id, timeout, poll_interval, progress, outage_budget=outage_budget)
        )

    # --- Statuses ---------------------------------------------------------------------------

    async def get_status(self, id: str) -> Status:
        """Get one status event by id.

        Example::

            (await client.get_status(status_id)).log_level
        """
        return await self._run(ops.get_status(id))

    async def get_statuses(
        self,
        session_id: str | None = None,
        event_type: str | None = None,
        sender_name: str | None = None,
        sender_role: str | None = None,
        n_max: int | None = None,
    ) -> StatusList:
        """List status events, filtered by session, event type and sender.

        Example::

            (await client.get_statuses(session_id=sid, event_type="MODEL_UPDATE"))["count"]
        """
        return await self._run(ops.get_statuses(session_id, event_type, sender_name, sender_role, n_max))

    async def get_statuses_count(self) -> int:
        """Count status events.

        Example::

            await client.get_statuses_count()
        """
        return await self._run(ops.get_statuses_count())

    # --- Validations ------------------------------------------------------------------------

    async def get_validation(self, id: str) -> Validation:
        """Get one validation by id.

        Example::

            (await client.get_validation(validation_id)).data
        """
        return await self._run(ops.get_validation(id))

    async def get_validations(
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

            (await client.get_validations(model_id=models[-1]["model"]))["result"]
        """
        return await self._run(
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

    async def get_validations_count(self) -> int:
        """Count validations.

        Example::

            await client.get_validations_count()
        """
        return await self._run(ops.get_validations_count())

    # --- Predictions ------------------------------------------------------------------------

    async def get_predictions(
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

            (await client.get_predictions(model_id=latest_id))["count"]
        """
        return await self._run(
            ops.get_predictions(
                model_id, correlation_id, sender_name, sender_role, receiver_name, receiver_role, n_max
            )
        )

    async def start_predictions(
        self, prediction_id: str | None = None, model_id: str | None = None
    ) -> Message:
        """Ask clients to predict with a model (``prediction_id`` defaults to a new UUID).

        Example::

            await client.start_predictions(model_id=latest_id)
        """
        return await self._run(ops.start_predictions(prediction_id, model_id))

    # --- Attributes -------------------------------------------------------------------------

    async def get_current_attributes(self, client_list: list[str] | str) -> CurrentAttributes:
        """The current attributes of one client id or a list of client ids.

        Example::

            await client.get_current_attributes(["client-1", "client-2"])
        """
        return await self._run(ops.get_current_attributes(client_list))

    async def add_attributes(self, attribute: Mapping[str, object]) -> Attribute:
        """Add or update a client attribute.

        Example::

            await client.add_attributes({"key": "charging", "value": "true",
                                   "sender": {"name": "", "role": "", "client_id": "abc123"}})
        """
        return await self._run(ops.add_attributes(attribute))

    # --- Lazy iteration, one method per collection --------------------------------------------

    def iter_models(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
        prefetch: int = DEFAULT_PREFETCH,
        **filters: object,
    ) -> AsyncIterator[Model]:
        """Iterate lazily over models (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_models(session_id=sid):
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
    ) -> AsyncIterator[Status]:
        """Iterate lazily over statuses (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_statuses(session_id=sid, type="MODEL_UPDATE"):
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
    ) -> AsyncIterator[Validation]:
        """Iterate lazily over validations (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_validations(session_id=sid):
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
    ) -> AsyncIterator[Session]:
        """Iterate lazily over sessions (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_sessions(status="Finished"):
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
    ) -> AsyncIterator[Round]:
        """Iterate lazily over rounds (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_rounds(status="Success"):
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
    ) -> AsyncIterator[ClientInfo]:
        """Iterate lazily over clients (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_clients(status="online"):
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
    ) -> AsyncIterator[Combiner]:
        """Iterate lazily over combiners (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_combiners():
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
    ) -> AsyncIterator[Package]:
        """Iterate lazily over packages (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_packages():
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
    ) -> AsyncIterator[Prediction]:
        """Iterate lazily over predictions (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_predictions(model_id=model_id):
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
    ) -> AsyncIterator[Metric]:
        """Iterate lazily over metrics (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_metrics(session_id=sid, key="loss"):
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
    ) -> AsyncIterator[Telemetry]:
        """Iterate lazily over telemetry (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_telemetry(key="memory"):
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
    ) -> AsyncIterator[Attribute]:
        """Iterate lazily over attributes (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_attributes(key="charging"):
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
    ) -> AsyncIterator[Run]:
        """Iterate lazily over runs (filters: the server's field names); see :meth:`iterate`.

        Example::

            async for item in client.iter_runs(session_id=sid):
                ...
        """
        return self.iterate(
            RUNS, page_size=page_size, sort_key=sort_key, sort_order=sort_order, prefetch=prefetch, **filters
        )
