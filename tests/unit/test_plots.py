"""fedn.plots against a mocked controller: what is drawn (lines, x = rounds, y = values), labels,
errors, paging, and that nothing heavy is imported before a plot is asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from fedn import APIClient, AsyncAPIClient, errors
from fedn.plots import (
    MatplotlibMissingError,
    plot_session_metrics,
    plot_sessions,
    plot_training_metrics,
    session_label,
)
from fedn_api.models import Session
from support.requests_table import FEDADAM_KWARGS, TOKEN, TS, model, session

LATER = "Fri, 27 Nov 2026 05:09:00 GMT"


def node(name: str) -> dict[str, Any]:
    return {"name": name, "role": "CLIENT", "client_id": None}


def validation(vid: str, mid: str, sid: str, who: str, data: dict[str, Any], ts: str = TS) -> dict[str, Any]:
    return {"validation_id": vid, "model_id": mid, "data": json.dumps(data), "correlation_id": "c",
            "timestamp": ts, "session_id": sid, "meta": None, "sender": node(who),
            "receiver": node("combiner"), "committed_at": ts, "updated_at": ts}  # fmt: skip


def metric(
    mid: str, who: str, round_id: str, step: int, value: float, key: str = "training_mse"
) -> dict[str, Any]:
    return {"metric_id": f"{who}-{round_id}-{step}-{key}", "key": key, "value": value, "timestamp": TS,
            "sender": node(who), "model_id": mid, "step": step, "round_id": round_id, "session_id": "s1",
            "committed_at": TS, "updated_at": TS}  # fmt: skip


# Session s1 (FedAvg): seed m0 -> a1 -> a2 -> a3; session s2 (FedAdam): a3 -> b1 -> b2.
MODELS = [model("a1", "m0", "s1"), model("a2", "a1", "s1"), model("a3", "a2", "s1"),
          model("b1", "a3", "s2"), model("b2", "b1", "s2")]  # fmt: skip
LOSS = {  # (session model, client) -> test_loss
    ("a1", "client1"): 3.0, ("a1", "client2"): 5.0,
    ("a2", "client1"): 2.0, ("a2", "client2"): 2.5,
    ("a3", "client1"): 1.0, ("a3", "client2"): 1.5,
    ("b1", "client1"): 0.9, ("b1", "client2"): 0.7,
    ("b2", "client1"): 0.5, ("b2", "client2"): 0.25,
}  # fmt: skip
VALIDATIONS = [
    validation(f"v-{mid}-{who}", mid, "s1" if mid.startswith("a") else "s2", who,
               {"note": "text", "flag": True, "test_loss": loss, "r2": 1 - loss, "shard": 1})
    for (mid, who), loss in LOSS.items()
] + [
    # an older validation of a2 by client1 (a later one wins) and one of a model outside the session
    validation("v-old", "a2", "s1", "client1", {"test_loss": 99.0}, ts="Fri, 27 Nov 2026 05:00:00 GMT"),
    validation("v-seed", "m0", "s1", "client1", {"test_loss": 42.0}),
]  # fmt: skip
VALIDATIONS[0]["committed_at"] = LATER  # a1/client1: a later stamp does not matter when alone
METRICS = [
    metric("m0", who, "7", step, 10 - step - off)
    for who, off in (("c1", 0), ("c2", 0.5))
    for step in range(3)
]
METRICS += [
    metric("a1", who, "8", step, 5 - step - off) for who, off in (("c1", 0), ("c2", 0.5)) for step in range(3)
]
METRICS += [metric("a1", "c1", "8", 0, 123.0, key="other")]


class Controller:
    """The routes fedn.plots reads, paging like FEDn's list routes; counts requests per path."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        fedadam = session("s2", name="fedadam-run")
        fedadam["session_config"] |= {"aggregator": "fedopt", "aggregator_kwargs": FEDADAM_KWARGS}
        self.sessions = {"s1": session("s1", name="fedavg-run"), "s2": fedadam}

    def page(self, request: httpx.Request, rows: list[dict[str, Any]]) -> httpx.Response:
        rows = [r for r in rows if all(str(r.get(k)) == v for k, v in request.url.params.items())]
        skip = int(request.headers.get("x-skip", "0"))
        limit = int(request.headers.get("x-limit", "0")) or len(rows)
        return httpx.Response(200, json={"count": len(rows), "result": rows[skip : skip + limit]})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        path = request.url.path
        if path.startswith("/api/v1/sessions/") and path != "/api/v1/sessions/":
            found = self.sessions.get(path.rsplit("/", 1)[1])
            if found is None:
                return httpx.Response(404, json={"message": "Entity not found"})
            return httpx.Response(200, json=found)
        if path == "/api/v1/sessions/":
            return self.page(request, list(self.sessions.values()))
        if path == "/api/v1/models/":
            return self.page(request, MODELS)
        if path == "/api/v1/validations/":
            return self.page(request, VALIDATIONS)
        if path == "/api/v1/metrics/":
            return self.page(request, METRICS)
        raise AssertionError(f"unexpected request {request.method} {request.url}")


@pytest.fixture
def controller() -> Controller:
    return Controller()


@pytest.fixture
def client(controller: Controller, monkeypatch: pytest.MonkeyPatch) -> Iterator[APIClient]:
    monkeypatch.setattr("fedn.plots.PAGE_SIZE", 3)  # several pages per session
    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(controller), environ={}) as api:
        yield api
    plt.close("all")


def xy(line: Line2D) -> tuple[list[float], list[float]]:
    return [float(x) for x in line.get_xdata()], [float(y) for y in line.get_ydata()]  # type: ignore[union-attr,arg-type]


def drawn(ax: Axes) -> dict[str, tuple[list[float], list[float]]]:
    """label -> (x, y) of every line drawn on ``ax``."""
    return {str(line.get_label()): xy(line) for line in ax.get_lines()}


def legend(ax: Axes) -> list[str]:
    shown = ax.get_legend()
    assert shown is not None
    return [text.get_text() for text in shown.get_texts()]


def test_session_metrics_one_line_per_client_and_the_mean(client: APIClient, controller: Controller) -> None:
    ax = plot_session_metrics(client, "s1", metric="test_loss")
    lines = drawn(ax)
    assert list(lines) == ["client1", "client2", "mean"]
    assert lines["client1"] == ([1, 2, 3], [3.0, 2.0, 1.0])  # v-old (older) and v-seed (no round) left out
    assert lines["client2"] == ([1, 2, 3], [5.0, 2.5, 1.5])
    assert lines["mean"] == ([1, 2, 3], [4.0, 2.25, 1.25])
    assert ax.get_lines()[-1].get_linewidth() > ax.get_lines()[0].get_linewidth()
    assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == ("round", "test_loss", "fedavg-run (fedavg)")
    assert legend(ax) == ["client1", "client2", "mean"]
    validation_pages = [r for r in controller.seen if r.url.path == "/api/v1/validations/"]
    assert len(validation_pages) >= 3 and {r.headers["x-limit"] for r in validation_pages} == {"3"}


def test_the_default_metric_is_the_first_numeric_one(client: APIClient) -> None:
    ax = plot_session_metrics(client, "s1")  # "note" is text and "flag" a bool: test_loss comes first
    assert ax.get_ylabel() == "test_loss" and drawn(ax)["mean"][1] == [4.0, 2.25, 1.25]


def test_a_session_by_name_and_an_axes_given(client: APIClient) -> None:
    fig, given = plt.subplots()
    ax = plot_session_metrics(client, "fedadam-run", metric="r2", ax=given)
    assert ax is given and plt.gcf() is fig
    rounds, means = drawn(ax)["mean"]
    assert rounds == [1, 2] and means == pytest.approx([1 - 0.8, 1 - 0.375])
    assert ax.get_title() == "fedadam-run (fedopt: adam)"


def test_sessions_compared_one_mean_line_each(client: APIClient) -> None:
    ax = plot_sessions(client, ["s1", "fedadam-run"], metric="test_loss")
    assert drawn(ax) == {
        "fedavg-run (fedavg)": ([1, 2, 3], [4.0, 2.25, 1.25]),
        "fedadam-run (fedopt: adam)": ([1, 2], [0.8, 0.375]),
    }
    assert ax.get_xlabel() == "round" and "test_loss" in ax.get_ylabel()
    assert legend(ax) == list(drawn(ax))


def test_unknown_metric_lists_the_metrics(client: APIClient) -> None:
    with pytest.raises(errors.PreconditionNotFoundError, match="no validation metric 'accuracy'") as info:
        plot_session_metrics(client, "s1", metric="accuracy")
    assert "its metrics: test_loss, r2, shard" in str(info.value)
    assert isinstance(info.value, errors.NotFoundError) and info.value.status_code is None
    with pytest.raises(errors.PreconditionNotFoundError, match="its metrics: test_loss, r2, shard"):
        plot_sessions(client, ["s1", "s2"], metric="accuracy")
    with pytest.raises(
        errors.PreconditionNotFoundError, match="no training metric 'loss'; its metrics: training_mse, other"
    ):
        plot_training_metrics(client, "s1", key="loss")


def test_unknown_session_and_no_sessions(client: APIClient) -> None:
    with pytest.raises(errors.NotFoundError):
        plot_session_metrics(client, "no-such-session")
    with pytest.raises(errors.NotFoundError):
        plot_sessions(client, ["s1", "no-such-session"])
    with pytest.raises(errors.InvalidInputError):
        plot_sessions(client, [])
    assert plt.get_fignums() == []  # nothing drawn when reading failed


def test_training_metrics_step_after_step_per_client(client: APIClient) -> None:
    ax = plot_training_metrics(client, "s1")
    lines = drawn(ax)
    steps = [0, 1, 2, 3, 4, 5]  # round 7's steps 0-2, then round 8's
    assert list(lines)[:2] == ["c1", "c2"]
    assert lines["c1"] == (steps, [10, 9, 8, 5, 4, 3])
    assert lines["c2"] == (steps, [9.5, 8.5, 7.5, 4.5, 3.5, 2.5])
    rules = [line for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert len(rules) == 1 and xy(rules[0])[0] == [2.5, 2.5]
    assert (
        ax.get_ylabel() == "training_mse"
        and ax.get_title() == "fedavg-run (fedavg): training_mse while training"
    )
    other = drawn(plot_training_metrics(client, "fedavg-run", key="other"))
    assert other == {"c1": ([0], [123.0])}  # the steps of the rounds that logged this key


def test_session_label() -> None:
    assert session_label(Session.from_dict(session(name="x"))) == "x (fedavg)"
    odd = session(name="y")
    odd["session_config"] |= {"aggregator": "fedopt", "aggregator_kwargs": "not python"}
    assert session_label(Session.from_dict(odd)) == "y (fedopt)"


def test_without_matplotlib_no_request_is_made(
    controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(controller), environ={}) as api:
        for plot in (plot_session_metrics, plot_training_metrics):
            with pytest.raises(MatplotlibMissingError, match=r"pip install 'fedn-typed-client\[plot\]'"):
                plot(api, "s1")
        with pytest.raises(ImportError):
            plot_sessions(api, ["s1"])
    assert controller.seen == []


async def test_an_async_client_is_refused_before_any_request(controller: Controller) -> None:
    async with AsyncAPIClient(
        "ctl.test", token=TOKEN, transport=httpx.MockTransport(controller), environ={}
    ) as api:
        with pytest.raises(errors.InvalidInputError, match="synchronous APIClient"):
            plot_session_metrics(api, "s1")  # type: ignore[arg-type]
    assert controller.seen == []


def test_importing_fedn_plots_loads_neither_matplotlib_nor_the_client() -> None:
    heavy = ("matplotlib", "pandas", "numpy", "httpx", "fedn.client", "fedn_api")
    code = f"import sys, fedn.plots; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
