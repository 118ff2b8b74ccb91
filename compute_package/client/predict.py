"""Predict entry point: ``python predict.py IN_MODEL OUT_JSON``.

Writes a JSON object with the model's outputs on this client's data:

* ``probe_inputs`` / ``predictions``: the model on a few fixed inputs, the same on every client
  (so the predictions of one model agree across clients), and ``targets``, the noise-free
  ground truth on those inputs;
* ``shard``, ``n_samples`` and the ``mean``, ``std``, ``min`` and ``max`` of the predictions on
  the whole local shard, with ``mse`` against the shard's labels.

The FEDn client runs ``predict IN_MODEL OUT_JSON`` when the controller starts a prediction
session and sends the JSON text to the combiner, which stores it in the prediction's ``data``.
"""

from __future__ import annotations

import json
import sys

import numpy as np
from model import N_FEATURES, TRUE_BIAS, TRUE_WEIGHTS, load_parameters, make_data, predict, shard_index

N_PROBES = 4
PROBE_SEED = 7


def probe_inputs() -> np.ndarray:
    """The fixed inputs every client predicts on: the origin, then ``N_PROBES - 1`` random points."""
    rng = np.random.default_rng(PROBE_SEED)
    return np.vstack([np.zeros((1, N_FEATURES)), rng.normal(size=(N_PROBES - 1, N_FEATURES))])


def prediction_report(params: list[np.ndarray], index: int) -> dict[str, object]:
    """The JSON-ready prediction of the model ``params`` on shard ``index``."""
    probes = probe_inputs()
    x_train, y_train, x_test, y_test = make_data(index)
    x = np.vstack([x_train, x_test])
    y = np.vstack([y_train, y_test])
    local = predict(params, x)[:, 0]
    return {
        "shard": index,
        "probe_inputs": probes.tolist(),
        "predictions": predict(params, probes)[:, 0].tolist(),
        "targets": (probes @ TRUE_WEIGHTS + TRUE_BIAS)[:, 0].tolist(),
        "n_samples": int(x.shape[0]),
        "mean": float(local.mean()),
        "std": float(local.std()),
        "min": float(local.min()),
        "max": float(local.max()),
        "mse": float(np.mean((local - y[:, 0]) ** 2)),
    }


def main(in_path: str, out_path: str) -> None:
    """Predict with the model in ``in_path`` and write the report as JSON to ``out_path``."""
    report = prediction_report(load_parameters(in_path), shard_index()[0])
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(report, fh)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
