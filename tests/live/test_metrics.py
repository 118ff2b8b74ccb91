"""Client metrics on the live network, logged with upstream's ``FednClient.log_metric``.

A packaged ``train.py`` cannot log metrics in FEDn 0.33.0 (``fedn client start`` runs it as a
subprocess and never calls ``log_metric``), so next to the network's own packaged client this
module starts ``compute_package/metric_client.py``: an upstream ``FednClient`` in the server venv
that runs the package's training in process and logs the training MSE after every epoch. It also
appends what it sent to a JSON-lines file; the checks compare the server's rows with that file,
and ``fedn.plots.plot_training_metrics``'s line with the rows' raw JSON.
Every response is validated against openapi/fedn-api.yaml with the conformance test's checker.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from fedn import APIClient, errors
from fedn.plots import plot_training_metrics
from fedn_api.api.metrics import count_metrics, get_metric, list_metrics_filtered
from fedn_api.models import Filters, Metric, MetricList, Model, Node, Session
from support.conformance import RecordingTransport, SpecChecker, load_spec
from support.e2e import State, copy_artefacts, poll, run_session, session_chain, wait_idle
from support.network import SERVER_PYTHON
from support.paths import REPO

METRIC_CLIENT = REPO / "compute_package" / "metric_client.py"
CLIENT_NAME = "metrics-client"
EPOCHS = 5  # compute_package/client/train.py
ROUNDS = 2


@dataclass
class Run:
    """The session the metric client trained in, its metrics and what the client says it sent."""

    api: APIClient
    checker: SpecChecker
    seed: Model
    session: Session
    models: list[Model]  # the session's models, oldest first
    metrics: list[Metric]
    sent: list[dict[str, Any]]


def start_metric_client(network: State, workdir: Path, log: Path) -> subprocess.Popen[bytes]:
    """``metric_client.py`` in its own process group, working in ``workdir`` (shard 1 of 2)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env.update({"FEDN_DATA_SHARD": "1", "FEDN_NUM_SHARDS": "2", "NO_PROXY": "127.0.0.1,localhost"})
    cmd = [str(SERVER_PYTHON), str(METRIC_CLIENT), "--api-url", network["controller_url"]]
    cmd += ["--name", CLIENT_NAME, "--log", str(log)]
    with (workdir / "metric-client.log").open("wb") as out:
        return subprocess.Popen(
            cmd, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the process group started by :func:`start_metric_client`."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def run(network_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    network: State = network_factory("--clients", "1", name="metrics")
    workdir = tmp_path_factory.mktemp("metric-client")
    log = workdir / "sent.jsonl"
    process = start_metric_client(network, workdir, log)
    checker = SpecChecker(load_spec())
    try:
        with APIClient(
            network["controller_url"],
            token=network["token"],
            environ={},
            transport=RecordingTransport(checker),
        ) as api:
            poll(
                f"{CLIENT_NAME} online",
                api.get_clients,
                lambda c: (
                    process.poll() is None
                    and any(x.name == CLIENT_NAME and x.status == "online" for x in c.result)
                ),
                timeout=60,
            )
            package, seed_file = copy_artefacts(network, workdir)
            wait_idle(api)
            api.set_active_package(package, helper="numpyhelper")
            api.set_active_model(seed_file)
            seed = api.get_active_model()
            assert seed is not None
            session = run_session(api, name="metrics", rounds=ROUNDS, model_id=seed.model_id)
            sent = [json.loads(line) for line in log.read_text().splitlines()]
            assert process.poll() is None, (workdir / "metric-client.log").read_text()[-3000:]
            metrics = poll(
                f"{len(sent)} metrics of session {session.session_id}",
                lambda: list(api.iter_metrics(session_id=session.session_id)),
                lambda m: len(m) >= len(sent),
                timeout=30,
            )
            yield Run(api, checker, seed, session, session_chain(api, session.session_id), metrics, sent)
    finally:
        stop(process)


def value_of(metric: Metric) -> float:
    """A stored metric's value (present in every row of this test)."""
    assert isinstance(metric.value, float), metric.to_dict()
    return metric.value


def test_the_client_logged_every_epoch_of_every_round(run: Run) -> None:
    assert len(run.sent) == ROUNDS * EPOCHS
    assert all(s["sent"] is True for s in run.sent)
    assert len(run.metrics) == len(run.sent)


def test_stored_metrics_are_typed_and_match_what_was_sent(run: Run) -> None:
    def key(item: Any) -> tuple[str, int]:
        return (item["round_id"], item["step"])

    stored = {key(m.to_dict()): m for m in run.metrics}
    assert len(stored) == len(run.metrics)  # one row per round and step
    for sent in run.sent:
        metric = stored[key(sent)]
        assert isinstance(metric, Metric) and isinstance(metric.metric_id, str)
        assert metric.key == sent["key"] == "training_mse"
        assert isinstance(metric.value, float)
        assert math.isclose(metric.value, sent["value"], rel_tol=1e-6)  # sent as a protobuf float
        assert (metric.model_id, metric.session_id) == (sent["model_id"], run.session.session_id)
        assert isinstance(metric.sender, Node)
        assert (metric.sender.name, metric.sender.role) == (CLIENT_NAME, "CLIENT")
        assert metric.committed_at is not None and metric.committed_at.tzinfo is not None


def test_each_rounds_metrics_belong_to_its_input_model_and_fall(run: Run) -> None:
    inputs = [run.seed.model_id] + [m.model_id for m in run.models[:-1]]  # the model each round trains
    by_round: dict[str, list[Metric]] = {}
    for metric in run.metrics:
        assert isinstance(metric.round_id, str)
        by_round.setdefault(metric.round_id, []).append(metric)
    assert len(by_round) == ROUNDS
    for round_id, model_id in zip(sorted(by_round, key=int), inputs, strict=True):
        series = sorted(by_round[round_id], key=lambda m: m.step if isinstance(m.step, int) else -1)
        assert [m.step for m in series] == list(range(EPOCHS))
        assert {m.model_id for m in series} == {model_id}
        values = [value_of(m) for m in series]
        assert all(a > b for a, b in itertools.pairwise(values)), values  # gradient descent lowers it
        assert run.api.get_round(round_id).round_id == round_id
    # round 2 starts from the aggregate of round 1: its first epoch ends lower than round 1's
    first, second = (next(value_of(m) for m in by_round[r] if m.step == 0) for r in sorted(by_round, key=int))
    assert second < first


def test_metric_routes_by_id_count_filters_and_spec(run: Run) -> None:
    gen = run.api.generated
    metric = run.metrics[0]
    one = get_metric.sync_detailed(metric.metric_id, client=gen)
    assert one.status_code == 200 and isinstance(one.parsed, Metric)
    assert one.parsed.to_dict() == metric.to_dict()
    assert count_metrics.sync(client=gen) == len(run.metrics)
    listed = list_metrics_filtered.sync(
        client=gen, body=Filters.from_dict({"key": "training_mse", "step": 0})
    )
    assert isinstance(listed, MetricList) and listed.count == ROUNDS
    assert {m.step for m in listed.result} == {0}
    everything = list(run.api.iter_metrics())
    assert sorted(m.metric_id for m in everything) == sorted(m.metric_id for m in run.metrics)
    exchanges = [e for e in run.checker.exchanges if e.op_id and "metric" in e.op_id]
    assert {e.op_id for e in exchanges} >= {
        "list_metrics",
        "get_metric",
        "count_metrics",
        "list_metrics_filtered",
    }
    assert [str(e) for e in run.checker.failures()] == []


def test_the_training_metrics_plot_draws_the_rows(run: Run) -> None:
    """One line for the client: x counts steps across the rounds, y the stored values in order."""
    raw = run.api.httpx_client.get(
        "/api/v1/metrics/", params={"session_id": run.session.session_id}, headers={"X-Limit": "1000"}
    ).json()["result"]
    expected = [row["value"] for row in sorted(raw, key=lambda row: (int(row["round_id"]), row["step"]))]
    ax = plot_training_metrics(run.api, run.session.name or "")
    try:
        (line, *rules) = ax.get_lines()
        assert line.get_label() == CLIENT_NAME
        assert [float(x) for x in line.get_xdata()] == list(range(ROUNDS * EPOCHS))  # type: ignore[union-attr,arg-type]
        assert [float(y) for y in line.get_ydata()] == expected  # type: ignore[union-attr,arg-type]
        assert [list(rule.get_xdata()) for rule in rules] == [[EPOCHS - 0.5] * 2] * (ROUNDS - 1)  # type: ignore[call-overload]
        assert ax.get_ylabel() == "training_mse" and "training_mse" in ax.get_title()
        with pytest.raises(errors.PreconditionNotFoundError, match="its metrics: training_mse"):
            plot_training_metrics(run.api, run.session.session_id, key="accuracy")
    finally:
        plt.close("all")
