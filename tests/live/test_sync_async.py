"""Sync/async parity, lazy iteration and DataFrames against the real local FEDn 0.33 network.

``LIVE_CASES`` is ONE table of behaviours: every behaviour of tests/live/test_facade.py (the
seed document's flow, typed results and filters, the model trail, typed FedOpt and errors, the
package round trip, tokens on an auth network) plus iteration over more than one page. Each case
is written once against :class:`Api`, which awaits a result when the client returned an
awaitable; the table runs with :class:`fedn.APIClient` and with :class:`fedn.AsyncAPIClient`,
and belongs to the fidelity subset: it runs on every target (the live network, the fake in
process, the fake over HTTP; tests/support/targets.py).

Bulk iteration (12,000 statuses inserted straight into the network's PostgreSQL) and the
DataFrame of a real session follow, live only. Everything live runs on a network of its own.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
import time
import tracemalloc
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import APIClient, AsyncAPIClient, FedOpt, errors
from fedn.dataframes import model_trail_dataframe, validations_dataframe
from support.network import network_module
from support.targets import Target

State = dict[str, Any]
FACADE_LIVE_TESTS = Path(__file__).with_name("test_facade.py")


class Api:
    """One client, sync or async, called the same way: ``await api.method(...)``."""

    def __init__(self, client: APIClient | AsyncAPIClient) -> None:
        self.client = client
        self.flavour = "async" if isinstance(client, AsyncAPIClient) else "sync"

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self.client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if inspect.isawaitable(result):
                return await result
            return result

        return call

    async def collect(self, name: str, **kwargs: Any) -> list[Any]:
        """List what ``iter_<...>`` / ``iterate`` yields."""
        iterator = getattr(self.client, name)(**kwargs)
        if isinstance(iterator, AsyncIterator):
            return [item async for item in iterator]
        assert isinstance(iterator, Iterator)
        return list(iterator)

    async def poll(self, what: str, name: str, done: Callable[[Any], bool], timeout: float = 120.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = await getattr(self, name)()
            if done(value):
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; last value: {value!r}")
            time.sleep(0.5)

    async def idle(self, timeout: float = 120.0) -> None:
        await self.poll("controller idle", "get_controller_status", lambda s: s["state"] == "idle", timeout)

    async def close(self) -> None:
        await self.close_client()

    async def close_client(self) -> None:
        result = self.client.close()
        if inspect.isawaitable(result):
            await result


@dataclass(frozen=True)
class Ctx:
    target: Target
    workdir: Path


LiveCase = Callable[[Api, Ctx], Awaitable[None]]
LIVE_CASES: dict[str, LiveCase] = {}


def case(func: LiveCase) -> LiveCase:
    LIVE_CASES[func.__name__] = func
    return func


@pytest.fixture(scope="module")
def fedn_network(network_factory: Callable[..., State]) -> State:
    """A network used only by this module (shadows the shared one)."""
    return network_factory("--clients", "2", name="async")


@pytest.fixture(scope="module")
def target_network(fedn_network: State) -> State:
    """The live target's network: this module's own."""
    return fedn_network


def make_client(flavour: str, target: Target, **kw: Any) -> APIClient | AsyncAPIClient:
    """A client of ``target`` (its token unless ``token=`` is given), sync or async."""
    return target.async_client(**kw) if flavour == "async" else target.client(**kw)


# --- the table -------------------------------------------------------------------------------


@case
async def seed_document_flow(api: Api, ctx: Ctx) -> None:
    await api.set_active_package("package.tgz", helper="numpyhelper")
    await api.set_active_model("seed.npz")
    seed_model = await api.get_active_model()
    assert seed_model is not None
    await api.idle()
    await api.start_session(id="test-session", rounds=3)
    session = await api.get_session(id="test-session")
    finished = await api.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    assert finished.status == "Finished"
    await api.idle(60)
    models = await api.get_model_trail()
    model_id = models[-1]["model"]
    assert models[0]["model"] == seed_model["model"]
    assert len(models) == 4
    assert [m.parent_model for m in models[1:]] == [m.model_id for m in models[:-1]]
    assert models[-1]["session_id"] == session.session_id
    latest = await api.get_active_model()
    assert latest is not None and latest.model_id == model_id
    deadline = time.monotonic() + 30
    while (validations := await api.get_validations(model_id=model_id))["count"] < len(ctx.target.clients):
        assert time.monotonic() < deadline, "validations of the latest model"
        time.sleep(0.5)
    assert {v["model_id"] for v in validations["result"]} == {model_id}
    assert validations["count"] < await api.get_validations_count()

    session_config = {
        "helper": "numpyhelper",
        "id": "experiment_fedadam",
        "aggregator": "fedopt",
        "aggregator_kwargs": {
            "serveropt": "adam",
            "learning_rate": 1e-2,
            "beta1": 0.9,
            "beta2": 0.99,
            "tau": 1e-4,
        },
        "model_id": seed_model["model"],
        "rounds": 10,
    }
    result_fedadam = await api.start_session(**session_config)
    assert result_fedadam["session_config"]["aggregator"] == "fedopt"
    adam = await api.wait_for_session(result_fedadam.session_id, timeout=600, poll_interval=0.5)
    assert adam.status == "Finished"
    assert (await api.get_models(session_id=adam.session_id))["count"] == 10

    await api.download_model(model_id, path="model.npz")
    with np.load("model.npz") as weights:
        assert len(weights.files) > 0
    sessions = await api.get_sessions()
    assert {s["session_id"] for s in sessions["result"]} >= {session.session_id, adam.session_id}
    assert (await api.get_session(id="test-session"))["name"] == "test-session"
    for name in ("get_clients", "get_combiners", "get_models", "get_packages", "get_rounds", "get_statuses"):
        entities = await getattr(api, name)()
        assert entities["count"] >= 1 and len(entities["result"]) >= 1, name


@case
async def typed_results_and_filters(api: Api, ctx: Ctx) -> None:
    clients = await api.get_clients()
    assert clients["count"] == len(ctx.target.clients)
    assert {c.name for c in clients.result} == set(ctx.target.clients)
    assert await api.get_clients_count() == clients["count"]
    assert (await api.get_active_clients())["count"] == clients["count"]
    assert len((await api.get_clients(n_max=1))["result"]) == 1
    combiner = (await api.get_combiners()).result[0]
    assert (await api.get_combiner(combiner.combiner_id)).name == combiner.name
    assert (await api.get_client(clients.result[0].client_id))["client_id"] == clients.result[0].client_id
    assert (await api.get_client_config()).network_id == ctx.target.network_id


@case
async def get_model_trail_orders_and_limits(api: Api, ctx: Ctx) -> None:
    await api.idle()
    await api.set_active_package("package.tgz", helper="numpyhelper")
    await api.set_active_model("seed.npz")
    seed = await api.get_active_model()
    assert seed is not None
    session = await api.start_session(name=f"trail-order-{api.flavour}", rounds=2, model_id=seed.model_id)
    await api.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    oldest_first = await api.get_model_trail()
    newest_first = await api.get_model_trail(reverse=True)
    assert [m.model_id for m in newest_first] == [m.model_id for m in reversed(oldest_first)]
    assert oldest_first[0].model_id == seed.model_id and len(oldest_first) == 3
    latest = oldest_first[-1].model_id
    without_self = await api.get_model_trail(latest, include_self=False)
    assert [m.model_id for m in without_self] == [m.model_id for m in oldest_first[:-1]]
    assert [m.model_id for m in await api.get_model_trail(latest, n_max=2)] == [
        m.model_id for m in oldest_first[1:]
    ]


@case
async def seed_before_any_package_leaves_packages_listable(api: Api, ctx: Ctx) -> None:
    assert ctx.target.fresh is not None
    net = ctx.target.fresh()
    fresh = Api(make_client(api.flavour, net))
    try:
        with pytest.raises(errors.ConflictError, match="set_active_package"):
            await fresh.set_active_model(net.seed)
        assert (await fresh.get_packages())["count"] == 0
        with pytest.raises(errors.NotFoundError):
            await fresh.get_active_package()
        await fresh.set_active_package(net.package, helper="numpyhelper")
        await fresh.set_active_model(net.seed)
        packages = await fresh.get_packages()
        assert packages["count"] == 1 and packages["result"][0]["file_name"] == "package.tgz"
        assert await fresh.get_models_count() == 1
    finally:
        await fresh.close()


@case
async def typed_fedopt_and_errors(api: Api, ctx: Ctx) -> None:
    await api.idle()
    await api.set_active_package("package.tgz", helper="numpyhelper")
    await api.set_active_model("seed.npz")
    session = await api.start_session(
        name=f"typed-yogi-{api.flavour}", aggregator=FedOpt("yogi", learning_rate=0.05), rounds=1
    )
    assert session.session_config.aggregator_kwargs is not None
    assert "'yogi'" in session.session_config.aggregator_kwargs
    done = await api.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    assert done.status == "Finished"
    assert await api.session_is_finished(session.session_id) is True
    assert (await api.get_models(session_id=session.session_id))["count"] == 1
    # a second start while one runs is refused before anything is created
    running = await api.start_session(name=f"long-run-{api.flavour}", rounds=6)
    sessions_before = await api.get_sessions_count()
    with pytest.raises(errors.ConflictError, match="No session was created"):
        await api.start_session(name=f"while-busy-{api.flavour}", rounds=1)
    assert await api.get_sessions_count() == sessions_before
    finished = await api.wait_for_session(running.session_id, timeout=300, poll_interval=0.5)
    assert finished.status == "Finished"
    with pytest.raises(errors.NotFoundError) as info:
        await api.get_model("no-such-model")
    assert info.value.status_code == 404 and "no-such-model" in info.value.message
    with pytest.raises(errors.NotFoundError):
        await api.get_session(id="no-such-session-name")


@case
async def package_round_trip(api: Api, ctx: Ctx) -> None:
    name = f"roundtrip-{api.flavour}"
    await api.set_active_package("package.tgz", helper="numpyhelper", name=name, description="live test")
    active = await api.get_active_package()
    assert active["name"] == name and active.helper == "numpyhelper"
    await api.download_package("downloaded.tgz")
    assert (ctx.workdir / "downloaded.tgz").read_bytes() == (ctx.workdir / "package.tgz").read_bytes()
    assert [p.name for p in ctx.workdir.iterdir() if p.name.endswith(".part")] == []
    # FEDn 0.33 hashes the package in the controller's working folder: the checksum route works
    # only when the network keeps packages there (scripts/network.py does now); otherwise it
    # answers 404 and a verified download must leave nothing behind
    try:
        await api.download_package("verified.tgz", verify_checksum=True)
    except errors.NotFoundError:
        assert not (ctx.workdir / "verified.tgz").exists()
    else:
        assert (ctx.workdir / "verified.tgz").read_bytes() == (ctx.workdir / "package.tgz").read_bytes()


@case
async def token_from_environment_on_auth_network(api: Api, ctx: Ctx) -> None:
    assert ctx.target.authed is not None
    auth = ctx.target.authed()
    token = auth.token
    assert token
    bare = Api(make_client(api.flavour, auth, token=None, environ={}))
    with pytest.raises(errors.AuthenticationError) as info:
        await bare.get_clients()
    assert info.value.status_code == 401 and info.value.message == "Missing token"
    await bare.close()
    env = Api(make_client(api.flavour, auth, token=None, environ={"FEDN_AUTH_TOKEN": token}))
    assert (await env.get_clients())["count"] >= 0
    await env.close()
    prefixed = Api(make_client(api.flavour, auth, token=f"Bearer {token}", environ={}))
    assert await prefixed.get_models_count() >= 0
    await prefixed.close()
    wrong = Api(make_client(api.flavour, auth, auth_scheme="Token", environ={}))
    with pytest.raises(errors.AuthenticationError) as bad:
        await wrong.get_clients()
    assert token not in str(bad.value) + repr(bad.value)
    await wrong.close()


@case
async def iteration_over_more_than_one_page(api: Api, ctx: Ctx) -> None:
    if await api.get_statuses_count() <= 20 or await api.get_models_count() <= 2:
        await api.set_active_package("package.tgz", helper="numpyhelper")
        await api.set_active_model("seed.npz")
        started = await api.start_session(name=f"paging-{api.flavour}", rounds=2)
        await api.wait_for_session(started.session_id, timeout=300, poll_interval=0.5)
    everything = await api.get_statuses()
    assert everything["count"] > 2 * 7, "more than two pages of 7"
    expected = {s.status_id for s in everything.result}
    for prefetch in (0, 3):
        items = await api.collect("iter_statuses", page_size=7, prefetch=prefetch)
        ids = [s.status_id for s in items]
        assert len(ids) == len(set(ids)) and set(ids) >= expected
    # filters and another sort key, checked against the server's own filtered list
    session_id = (await api.get_sessions(n_max=1))["result"][0]["session_id"]
    of_session = await api.get_statuses(session_id=session_id)
    newest_first = await api.collect(
        "iter_statuses", session_id=session_id, page_size=5, sort_key="committed_at", sort_order="desc"
    )
    assert {s.status_id for s in newest_first} == {s.status_id for s in of_session.result}
    stamps = [s.committed_at for s in newest_first]
    assert stamps == sorted(stamps, reverse=True)
    models = await api.collect("iter_models", page_size=2)
    assert len(models) == await api.get_models_count() > 2


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", list(LIVE_CASES))
async def test_live_case(name: str, flavour: str, target: Target, workdir: Path) -> None:
    api = Api(make_client(flavour, target))
    ctx = Ctx(target, workdir)
    try:
        await api.idle()
        await LIVE_CASES[name](api, ctx)
    finally:
        await api.close()


def test_every_facade_live_test_has_a_case() -> None:
    # read, not imported: no test module imports another
    facade_module = ast.parse(FACADE_LIVE_TESTS.read_text(encoding="utf-8"))
    facade_tests = {
        node.name.removeprefix("test_")
        for node in facade_module.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }
    assert facade_tests, f"no tests found in {FACADE_LIVE_TESTS}"
    renamed = {"seed_document_runs_unchanged": "seed_document_flow"}
    assert {renamed.get(n, n) for n in facade_tests} <= set(LIVE_CASES)


# --- bulk iteration: 12,000 statuses straight into PostgreSQL --------------------------------

BULK = 12_000


@pytest.fixture(scope="module")
def bulk_sender(fedn_network: State) -> str:
    """Insert BULK statuses from one made-up sender (distinct ids and commit times)."""
    sender = f"bulk-{uuid.uuid4().hex[:8]}"
    sql = (
        "INSERT INTO statuses (id, log_level, sender_name, sender_role, status, timestamp, type, "
        "committed_at, updated_at) "
        f"SELECT gen_random_uuid()::text, 'INFO', '{sender}', 'client', 'bulk ' || n, now(), 'MODEL_UPDATE', "
        "clock_timestamp() + n * interval '1 microsecond', now() "
        f"FROM generate_series(1, {BULK}) AS n"
    )
    done = network_module().psql(fedn_network["postgres"]["port"], sql, timeout=120)
    assert done.returncode == 0, done.stderr
    return sender


def _peak(run: Callable[[], Any]) -> tuple[int, Any]:
    tracemalloc.start()
    try:
        result = run()
        return tracemalloc.get_traced_memory()[1], result
    finally:
        tracemalloc.stop()


def test_bulk_iteration_sync_bounded_memory(fedn_network: State, bulk_sender: str) -> None:
    with APIClient(fedn_network["controller_url"], token=fedn_network["token"], timeout=120) as client:
        assert client.get_statuses(sender_name=bulk_sender, n_max=1)["count"] == BULK

        def ids_lazily() -> list[str]:
            return [
                s.status_id for s in client.iter_statuses(sender_name=bulk_sender, page_size=500, prefetch=0)
            ]

        lazy_peak, ids = _peak(ids_lazily)
        page_peak, page = _peak(lambda: client.get_statuses(sender_name=bulk_sender, n_max=500))
    assert len(ids) == BULK == len(set(ids)) == page["count"] and len(page.result) == 500
    # memory: about one parsed page of 500 at a time (plus the 12,000 id strings kept here),
    # not 12,000 parsed statuses (24 pages' worth)
    id_strings = sum(sys.getsizeof(i) for i in ids) + sys.getsizeof(ids)
    assert lazy_peak < 4 * page_peak + id_strings, (lazy_peak, page_peak, id_strings)


async def test_bulk_iteration_async_prefetch(fedn_network: State, bulk_sender: str) -> None:
    async with AsyncAPIClient(
        fedn_network["controller_url"], token=fedn_network["token"], timeout=120
    ) as client:
        started = time.monotonic()
        ids = [
            s.status_id
            async for s in client.iter_statuses(sender_name=bulk_sender, page_size=1000, prefetch=4)
        ]
        elapsed = time.monotonic() - started
    assert len(ids) == BULK == len(set(ids))
    assert elapsed < 60


def test_inserts_during_iteration_live(fedn_network: State, bulk_sender: str) -> None:
    """Rows inserted between pages (random ids, so many sort before the cursor): no duplicate,
    no pre-existing row missed."""
    psql = network_module().psql
    port = fedn_network["postgres"]["port"]
    with APIClient(fedn_network["controller_url"], token=fedn_network["token"], timeout=120) as client:
        before = {s.status_id for s in client.iter_statuses(sender_name=bulk_sender, page_size=2000)}
        ids: list[str] = []
        for index, status in enumerate(
            client.iter_statuses(sender_name=bulk_sender, page_size=1000, prefetch=0)
        ):
            ids.append(status.status_id)
            if index % 1000 == 999 and index < 5000:
                sql = (
                    "INSERT INTO statuses (id, log_level, sender_name, sender_role, status, timestamp, "
                    "type, committed_at) SELECT gen_random_uuid()::text, 'INFO', "
                    f"'{bulk_sender}', 'client', 'late', now(), 'MODEL_UPDATE', clock_timestamp() "
                    "FROM generate_series(1, 50)"
                )
                assert psql(port, sql).returncode == 0
    assert len(ids) == len(set(ids)), "duplicates"
    assert before <= set(ids), "an entity that existed throughout was skipped"


# --- DataFrames from a real session -----------------------------------------------------------


def test_validations_dataframe_of_a_real_session(fedn_network: State, workdir: Path) -> None:
    with APIClient(fedn_network["controller_url"], token=fedn_network["token"]) as client:
        api_idle = time.monotonic() + 120
        while client.get_controller_status()["state"] != "idle":
            assert time.monotonic() < api_idle
            time.sleep(0.5)
        client.set_active_model("seed.npz")
        session = client.start_session(name="dataframe", rounds=3)
        client.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
        clients = sorted(fedn_network["clients"])
        deadline = time.monotonic() + 30
        while client.get_validations(session_id=session.session_id)["count"] < 3 * len(clients):
            assert time.monotonic() < deadline
            time.sleep(0.5)
        df = validations_dataframe(client, session.session_id)
        raw = client.get_validations(session_id=session.session_id)
        models = client.get_models(session_id=session.session_id)
        trail = model_trail_dataframe(client)
    assert df.shape[0] == 3 * len(clients)
    assert {"training_loss", "test_loss", "mse"} <= set(df.columns)
    assert sorted(df["round"].unique().tolist()) == [1, 2, 3]
    assert df.groupby("round")["client"].apply(sorted).tolist() == [clients] * 3
    assert not df.duplicated(["round", "client"]).any()
    # values: each row carries its validation's JSON data, and the model of its round
    by_id = {v.validation_id: json.loads(v.data) for v in raw.result}
    for row in df.itertuples():
        assert by_id[row.validation_id]["mse"] == pytest.approx(row.mse)
    # the session is the latest: the trail ends with its three models, round 1 first
    session_models = trail["model_id"].iloc[-3:].tolist()
    assert set(session_models) == {m.model_id for m in models.result}
    for round_number, model_id in enumerate(session_models, start=1):
        assert df.loc[df["round"] == round_number, "model_id"].unique().tolist() == [model_id]
    assert trail["parent_model"].iloc[1:].tolist() == trail["model_id"].iloc[:-1].tolist()
