"""Predictions on the live network: ``start_predictions`` makes every client run the package's
``predict`` entry point, and the stored rows come back typed through ``get_predictions``.

The tests run on a network of their own (two clients): a prediction request reaches every
client, and on the shared network the rows of other tests' requests would mix in. The compute
package's ``predict.py`` writes the model's outputs on fixed probe inputs (the same on every
client) and summary statistics on the client's own shard; the checks recompute the probe outputs
from the downloaded model, so the rows must come from that model and from those clients.

Upstream 0.33.0 stores every client's prediction under the request's ``prediction_id``; the
local network stores it as ``PREDICTION_ID:CLIENT`` (see scripts/network.py), so both clients'
rows exist. Every response is validated against openapi/fedn-api.yaml with the conformance
test's checker.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import APIClient
from fedn_api.api.predictions import count_predictions, get_prediction
from fedn_api.models import Model, Node, Prediction, PredictionList
from support.conformance import RecordingTransport, SpecChecker, load_spec
from support.e2e import (
    State,
    copy_artefacts,
    download_weights,
    poll,
    run_session,
    session_chain,
    wait_idle,
)

N_PROBES = 4
SUMMARY = ("mean", "std", "min", "max", "mse")


@dataclass
class Predicted:
    """One prediction request and what the server stored for it."""

    prediction_id: str
    model: Model
    weights: list[np.ndarray]
    rows: dict[str, Prediction]  # client name -> its stored prediction


@dataclass
class Run:
    """The network, the session's trained model and the predictions of it and of the seed."""

    api: APIClient
    checker: SpecChecker
    network: State
    trained: Predicted
    seed: Predicted


def predict(api: APIClient, model: Model, clients: list[str], folder: Path) -> Predicted:
    """Start predictions of ``model`` and wait until every client's row is stored."""
    prediction_id = f"pred-{uuid.uuid4().hex[:10]}"
    started = api.start_predictions(prediction_id=prediction_id, model_id=model.model_id)
    assert started.message == "Prediction session started"
    found = poll(
        f"predictions of {model.model_id} from {clients}",
        lambda: api.get_predictions(model_id=model.model_id),
        lambda p: {x.sender.name for x in p.result} >= set(clients),
        timeout=90,
    )
    rows = {p.sender.name: p for p in found.result if isinstance(p.sender.name, str)}
    return Predicted(prediction_id, model, download_weights(api, model.model_id, folder), rows)


@pytest.fixture(scope="module")
def run(network_factory: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    network: State = network_factory("--clients", "2", name="predictions")
    folder = tmp_path_factory.mktemp("predictions")
    package, seed_file = copy_artefacts(network, folder)
    checker = SpecChecker(load_spec())
    transport = RecordingTransport(checker)
    with APIClient(network["controller_url"], token=network["token"], environ={}, transport=transport) as api:
        wait_idle(api)
        api.set_active_package(package, helper="numpyhelper")
        api.set_active_model(seed_file)
        seed = api.get_active_model()
        assert seed is not None
        session = run_session(api, name="predictions", rounds=2, model_id=seed.model_id)
        latest = session_chain(api, session.session_id)[-1]
        trained = predict(api, latest, network["clients"], folder)
        seeded = predict(api, seed, network["clients"], folder)
        yield Run(api, checker, network, trained, seeded)


def output(row: Prediction) -> dict[str, Any]:
    """The JSON object the client's ``predict.py`` wrote (the row's ``data``)."""
    assert isinstance(row.data, str)
    data = json.loads(row.data)
    assert isinstance(data, dict)
    return data


def test_every_client_stored_a_typed_prediction(run: Run) -> None:
    for predicted in (run.trained, run.seed):
        assert sorted(predicted.rows) == sorted(run.network["clients"])
        correlation_ids = set()
        for name, row in predicted.rows.items():
            assert isinstance(row, Prediction)
            assert row.prediction_id == f"{predicted.prediction_id}:{name}"
            assert row.model_id == predicted.model.model_id
            assert isinstance(row.sender, Node) and row.sender.role == "CLIENT"
            assert isinstance(row.receiver, Node)
            assert (row.receiver.name, row.receiver.role) == ("combiner", "COMBINER")
            assert isinstance(row.correlation_id, str) and row.correlation_id
            # per-client request id, not the prediction id: filter a prediction's rows by model_id
            assert predicted.prediction_id not in row.correlation_id
            correlation_ids.add(row.correlation_id)
            assert isinstance(row.timestamp, str) and row.timestamp
            assert row.committed_at is not None and row.committed_at.tzinfo is not None
            assert row.to_dict()["data"] == row.data
        assert len(correlation_ids) == len(predicted.rows)  # one request per client


def test_probe_outputs_are_the_downloaded_model_on_the_probe_inputs(run: Run) -> None:
    for predicted in (run.trained, run.seed):
        weights, bias = predicted.weights
        outputs = [output(row) for row in predicted.rows.values()]
        for data in outputs:
            probes = np.asarray(data["probe_inputs"], dtype=np.float64)
            assert probes.shape == (N_PROBES, weights.shape[0])
            expected = (probes @ weights + bias)[:, 0]
            np.testing.assert_allclose(data["predictions"], expected, rtol=1e-12, atol=1e-12)
        # the same probes on every client, so one model gives one answer
        assert all(d["probe_inputs"] == outputs[0]["probe_inputs"] for d in outputs)
    assert all(v == 0.0 for row in run.seed.rows.values() for v in output(row)["predictions"])
    assert any(v != 0.0 for row in run.trained.rows.values() for v in output(row)["predictions"])


def test_summaries_come_from_each_clients_own_shard(run: Run) -> None:
    for index, name in enumerate(run.network["clients"]):  # the launcher gives client i shard i
        trained, seeded = output(run.trained.rows[name]), output(run.seed.rows[name])
        for data in (trained, seeded):
            assert data["shard"] == index and data["n_samples"] == 400
            assert all(math.isfinite(data[key]) for key in SUMMARY), data
        assert trained["min"] <= trained["mean"] <= trained["max"] and trained["std"] > 0
        assert (seeded["mean"], seeded["std"], seeded["min"], seeded["max"]) == (0.0, 0.0, 0.0, 0.0)
        assert trained["mse"] < seeded["mse"]  # two rounds of training beat the all-zero seed
    means = {output(row)["mean"] for row in run.trained.rows.values()}
    assert len(means) == len(run.trained.rows)  # different shards, different inputs


def test_one_prediction_by_id_count_and_filters(run: Run) -> None:
    api = run.api
    name, row = next(iter(run.trained.rows.items()))
    response = get_prediction.sync_detailed(row.prediction_id, client=api.generated)
    assert response.status_code == 200 and isinstance(response.parsed, Prediction)
    assert response.parsed.to_dict() == row.to_dict()
    # the bare request id names no row: every client's row carries its own name
    assert get_prediction.sync_detailed(run.trained.prediction_id, client=api.generated).status_code == 404
    everything = api.get_predictions()
    assert isinstance(everything, PredictionList)
    assert everything.count == 2 * len(run.network["clients"])
    assert count_predictions.sync(client=api.generated) == everything.count
    mine = api.get_predictions(model_id=run.trained.model.model_id, sender_name=name)
    assert [p.prediction_id for p in mine.result] == [row.prediction_id]
    assert api.get_predictions(n_max=1).count == everything.count
    assert len(api.get_predictions(n_max=1).result) == 1
    listed = list(api.iter_predictions(model_id=run.seed.model.model_id))
    assert sorted(p.prediction_id for p in listed) == sorted(p.prediction_id for p in run.seed.rows.values())
    # every exchange of this module matched openapi/fedn-api.yaml (status, media type, body schema)
    operations = {"start_prediction", "list_predictions", "get_prediction", "count_predictions"}
    assert {e.op_id for e in run.checker.exchanges} >= operations
    assert [str(e) for e in run.checker.failures()] == []


def test_a_time_range_filter_on_the_prediction_timestamps(run: Run) -> None:
    """``timestamp__gte``/``__lt`` with datetimes: the predictions' timestamps are ISO 8601 text."""
    api = run.api
    stamps = [dt.datetime.fromisoformat(str(p.timestamp)) for p in run.trained.rows.values()]
    seed_stamps = [dt.datetime.fromisoformat(str(p.timestamp)) for p in run.seed.rows.values()]
    low, high = min(stamps), max(stamps) + dt.timedelta(milliseconds=1)
    assert all(not low <= s < high for s in seed_stamps)  # the seed's predictions came later
    window = api.get_predictions(timestamp__gte=low, timestamp__lt=high)
    expected = sorted(p.prediction_id for p in run.trained.rows.values())
    assert sorted(p.prediction_id for p in window.result) == expected
    assert window.count == len(expected)
    # the same window, iterated, and counted by the generated client with the server's names
    assert (
        sorted(p.prediction_id for p in api.iter_predictions(timestamp__gte=low, timestamp__lt=high))
        == expected
    )
    naive_low = low.astimezone(dt.UTC).replace(tzinfo=None)  # a naive datetime is taken as UTC
    assert api.get_predictions(timestamp__gte=naive_low, timestamp__lt=high).count == len(expected)
    counted = count_predictions.sync(
        client=api.generated, filters={"timestamp__gte": low, "timestamp__lt": high}
    )
    assert counted == len(expected)
    assert [str(e) for e in run.checker.failures()] == []


def test_the_network_keeps_training_after_predictions(run: Run) -> None:
    api = run.api
    online = {c.name for c in api.get_clients().result if c.status == "online"}
    assert online >= set(run.network["clients"])
    session = run_session(api, name="after-predictions", rounds=1, model_id=run.trained.model.model_id)
    assert len(session_chain(api, session.session_id)) == 1
