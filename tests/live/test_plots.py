"""fedn.plots on real sessions: a FedAvg and a FedAdam session (2 rounds each), on every target.

A fidelity test (``target``): the live network, and the fake controller in process and over HTTP.

Every check compares what was drawn (the lines' labels, x and y data) with numbers computed here
from the server's raw JSON (``GET /api/v1/validations/`` read with httpx, each validation's
``data`` parsed with ``json.loads``, rounds numbered along the session's parent chain), not with
anything fedn.plots computed. The training-metrics plot is checked in test_metrics.py, where a
client logs metrics.
"""

from __future__ import annotations

import json
import statistics
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from fedn import APIClient, FedOpt, errors
from fedn.plots import plot_session_metrics, plot_sessions
from fedn_api.models import Session
from support.e2e import poll, run_session, session_chain, wait_idle
from support.targets import Target

ROUNDS = 2


@dataclass
class Run:
    """A finished session, its models (oldest first) and its validations as the server's raw JSON."""

    session: Session
    rounds: dict[str, int]  # model id -> round number
    raw: list[dict[str, Any]]

    def values(self, metric: str) -> dict[str, dict[int, float]]:
        """client name -> round -> the metric, read from the raw JSON."""
        out: dict[str, dict[int, float]] = {}
        for item in self.raw:
            out.setdefault(item["sender"]["name"], {})[self.rounds[item["model_id"]]] = json.loads(
                item["data"]
            )[metric]
        return out

    def means(self, metric: str) -> list[float]:
        per_client = self.values(metric)
        return [
            statistics.fmean(values[number] for values in per_client.values())
            for number in range(1, ROUNDS + 1)
        ]


@pytest.fixture(scope="module")
def api(target: Target) -> Iterator[APIClient]:
    with target.client() as client:
        yield client
    plt.close("all")


def raw_validations(api: APIClient, session_id: str) -> list[dict[str, Any]]:
    response = api.httpx_client.get(
        "/api/v1/validations/", params={"session_id": session_id}, headers={"X-Limit": "1000"}
    )
    response.raise_for_status()
    result: list[dict[str, Any]] = response.json()["result"]
    return result


def finish(api: APIClient, session: Session, clients: list[str]) -> Run:
    """The run once every client's validation of every round has landed (they can come late)."""
    chain = session_chain(api, session.session_id)
    assert len(chain) == ROUNDS
    raw = poll(
        f"validations of {session.name} from {clients}",
        lambda: raw_validations(api, session.session_id),
        lambda found: len({(v["model_id"], v["sender"]["name"]) for v in found}) == ROUNDS * len(clients),
        timeout=90,
    )
    assert len(raw) == ROUNDS * len(clients)  # one validation per client and round
    return Run(session, {m.model_id: n for n, m in enumerate(chain, start=1)}, raw)


@pytest.fixture(scope="module")
def runs(api: APIClient, target: Target) -> tuple[Run, Run]:
    wait_idle(api)
    api.set_active_package(target.package, helper="numpyhelper")
    api.set_active_model(target.seed)
    tag = uuid.uuid4().hex[:6]
    fedavg = run_session(api, name=f"plots-fedavg-{tag}", rounds=ROUNDS)
    fedavg_run = finish(api, fedavg, target.clients)
    last = session_chain(api, fedavg.session_id)[-1].model_id
    fedadam = run_session(
        api,
        name=f"plots-fedadam-{tag}",
        aggregator=FedOpt("adam", learning_rate=1e-2),
        rounds=ROUNDS,
        model_id=last,
    )
    return fedavg_run, finish(api, fedadam, target.clients)


def lines(ax: Axes) -> dict[str, tuple[list[float], list[float]]]:
    def xy(line: Line2D) -> tuple[list[float], list[float]]:
        return [float(x) for x in line.get_xdata()], [float(y) for y in line.get_ydata()]  # type: ignore[union-attr,arg-type]

    return {str(line.get_label()): xy(line) for line in ax.get_lines()}


def test_session_metrics_draw_each_client_and_the_mean(
    api: APIClient, runs: tuple[Run, Run], target: Target, tmp_path: Path
) -> None:
    fedavg, _ = runs
    ax = plot_session_metrics(api, fedavg.session.session_id, metric="test_loss")
    drawn = lines(ax)
    clients = sorted(target.clients)
    assert list(drawn) == [*clients, "mean"]  # one line per client, then the mean
    expected = fedavg.values("test_loss")
    for name in clients:
        assert drawn[name] == ([1, 2], [expected[name][1], expected[name][2]])
    rounds, means = drawn["mean"]
    assert rounds == [1, 2] and means == pytest.approx(fedavg.means("test_loss"), rel=1e-12)
    assert ax.get_xlabel() == "round" and ax.get_ylabel() == "test_loss"
    assert ax.get_title() == f"{fedavg.session.name} (fedavg)"
    ax.figure.savefig(tmp_path / "session.png")
    assert (tmp_path / "session.png").stat().st_size > 10_000


def test_by_name_with_the_default_metric(api: APIClient, runs: tuple[Run, Run]) -> None:
    _, fedadam = runs
    ax = plot_session_metrics(api, fedadam.session.name or "")  # the first metric of data: training_loss
    assert ax.get_ylabel() == "training_loss"
    assert lines(ax)["mean"][1] == pytest.approx(fedadam.means("training_loss"), rel=1e-12)
    assert ax.get_title() == f"{fedadam.session.name} (fedopt: adam)"


def test_sessions_compared_one_labelled_mean_line_each(api: APIClient, runs: tuple[Run, Run]) -> None:
    fedavg, fedadam = runs
    _fig, given = plt.subplots()
    ax = plot_sessions(api, [fedavg.session.session_id, fedadam.session.name or ""], metric="mse", ax=given)
    assert ax is given
    drawn = lines(ax)
    assert list(drawn) == [f"{fedavg.session.name} (fedavg)", f"{fedadam.session.name} (fedopt: adam)"]
    for run, (rounds, means) in zip(runs, drawn.values(), strict=True):
        assert rounds == [1, 2] and means == pytest.approx(run.means("mse"), rel=1e-12)
    legend = ax.get_legend()
    assert legend is not None and [t.get_text() for t in legend.get_texts()] == list(drawn)


def test_unknown_metric_and_session(api: APIClient, runs: tuple[Run, Run]) -> None:
    fedavg, _ = runs
    with pytest.raises(errors.PreconditionNotFoundError) as info:
        plot_session_metrics(api, fedavg.session.session_id, metric="accuracy")
    assert "no validation metric 'accuracy'" in str(info.value)
    assert "its metrics: training_loss, test_loss, mse, r2" in str(info.value)
    with pytest.raises(errors.NotFoundError):
        plot_sessions(api, [fedavg.session.session_id, f"no-such-session-{uuid.uuid4().hex[:6]}"])
