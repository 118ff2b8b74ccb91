"""fedn.dataframes: tidy frames from entities (mocked), and the install hint without pandas."""

from __future__ import annotations

import builtins
import sys
from typing import Any

import httpx
import pytest

from fedn import APIClient, dataframes
from fedn_api.models import Metric, Model, Validation
from support.requests_table import TOKEN, TS, model

NODE1 = {"name": "client1", "role": "client", "client_id": "c1"}
NODE2 = {"name": "client2", "role": "client", "client_id": "c2"}


def validation(vid: str, mid: str, node: dict[str, Any], data: str | None) -> Validation:
    return Validation.from_dict(
        {"validation_id": vid, "model_id": mid, "data": data, "correlation_id": None, "timestamp": TS,
         "session_id": "s1", "meta": None, "sender": node,
         "receiver": {"name": None, "role": None, "client_id": None},
         "committed_at": TS, "updated_at": TS}
    )  # fmt: skip


def test_validations_tidy_one_row_per_client_per_round() -> None:
    rounds = {"m1": 1, "m2": 2}
    rows = [
        validation("v4", "m2", NODE2, '{"loss": 0.2, "acc": 0.9}'),
        validation("v1", "m1", NODE1, '{"loss": 0.5, "acc": 0.7}'),
        validation("v3", "m2", NODE1, '{"loss": 0.3, "acc": 0.8, "extra": [1, 2]}'),
        validation("v2", "m1", NODE2, '{"loss": 0.4}'),
    ]
    df = dataframes.validations_to_dataframe(rows, rounds)
    assert list(df.columns) == [*dataframes.VALIDATION_COLUMNS, "loss", "acc", "extra"]
    assert df[["round", "client"]].values.tolist() == [
        [1, "client1"],
        [1, "client2"],
        [2, "client1"],
        [2, "client2"],
    ]
    assert df["loss"].tolist() == [0.5, 0.4, 0.3, 0.2]
    assert df["acc"].isna().tolist() == [False, True, False, False]
    assert df.loc[2, "extra"] == "[1, 2]"
    assert not df.duplicated(["round", "client"]).any()


def test_metrics_pivot_and_model_trail() -> None:
    def metric(key: str, value: float, node: dict[str, Any], step: int) -> Metric:
        return Metric.from_dict(
            {"metric_id": f"{key}{step}{node['name']}", "key": key, "value": value, "timestamp": TS,
             "sender": node, "model_id": "m1", "step": step, "round_id": "1", "session_id": "s1",
             "committed_at": TS, "updated_at": TS}
        )  # fmt: skip

    df = dataframes.metrics_to_dataframe(
        [metric("loss", 1.0, NODE1, 1), metric("acc", 0.5, NODE1, 1), metric("loss", 0.8, NODE2, 1)],
        {"m1": 1},
    )
    assert df[["client", "step", "loss", "acc"]].fillna(-1).values.tolist() == [
        ["client1", 1, 1.0, 0.5],
        ["client2", 1, 0.8, -1],
    ]
    trail = dataframes.model_trail_to_dataframe(
        [Model.from_dict(model("m1")), Model.from_dict(model("m2", "m1"))]
    )
    assert trail[["position", "model_id", "parent_model"]].fillna("-").values.tolist() == [
        [0, "m1", "-"],
        [1, "m2", "m1"],
    ]


def test_validations_dataframe_reads_through_the_client() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        assert request.url.params["session_id"] == "s1"
        if path == "/api/v1/models/":
            items = [model("m1", session="s1"), model("m2", "m1", session="s1")]
            items[1]["committed_at"] = "Fri, 27 Nov 2026 05:03:48 GMT"
        else:
            items = [validation("v1", "m2", NODE1, '{"loss": 1}').to_dict()]
        return httpx.Response(200, json={"count": len(items), "result": items})

    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(handler), environ={}) as client:
        df = dataframes.validations_dataframe(client, "s1")
    assert df[["round", "client", "loss"]].values.tolist() == [[2, "client1", 1]]


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install pandas") as info:
        dataframes.model_trail_to_dataframe([])
    assert isinstance(info.value, dataframes.PandasMissingError)
    monkeypatch.setitem(sys.modules, "pandas", None)  # the other way to be absent
    with pytest.raises(dataframes.PandasMissingError):
        dataframes.validations_to_dataframe([])


def test_metrics_rounds_follow_the_model_each_round_trains_from() -> None:
    """Round n trains from the parent of the session's n-th model: a metric's model_id is that parent."""
    session_models = [model("m1", "seed", "s1"), model("m2", "m1", "s1")]

    def metric(round_id: str, trained_from: str) -> dict[str, Any]:
        return {
            "metric_id": f"loss{round_id}", "key": "loss", "value": float(round_id), "timestamp": TS,
            "sender": NODE1, "model_id": trained_from, "step": 1, "round_id": round_id, "session_id": "s1",
            "committed_at": TS, "updated_at": TS,
        }  # fmt: skip

    metrics = [metric("7", "seed"), metric("8", "m1")]  # the controller's global round ids

    def answer(request: httpx.Request) -> httpx.Response:
        items = session_models if request.url.path == "/api/v1/models/" else metrics
        return httpx.Response(200, json={"count": len(items), "result": items})

    with APIClient("ctl.test:8092", transport=httpx.MockTransport(answer), environ={}) as client:
        df = dataframes.metrics_dataframe(client, "s1")
    assert df[["round", "model_id", "loss"]].values.tolist() == [[1, "seed", 7.0], [2, "m1", 8.0]]
