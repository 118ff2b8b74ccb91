"""Validate entry point: ``python validate.py IN_MODEL OUT_JSON``.

Writes the metrics of the global model on this client's shard: ``training_loss`` and
``test_loss`` (mean squared errors on the local train and test splits), ``mse`` (on the
union of both) and ``r2`` (coefficient of determination on the test split).
"""

from __future__ import annotations

import sys

import numpy as np
from fedn.utils.helpers.helpers import save_metrics
from model import load_parameters, make_data, mse, predict, shard_index


def validate(in_path: str, out_path: str) -> None:
    """Evaluate the model in ``in_path`` and write its metrics as JSON to ``out_path``."""
    params = load_parameters(in_path)
    index, _ = shard_index()
    x_train, y_train, x_test, y_test = make_data(index)
    residual = float(np.sum((predict(params, x_test) - y_test) ** 2))
    total = float(np.sum((y_test - y_test.mean()) ** 2))
    metrics = {
        "training_loss": mse(params, x_train, y_train),
        "test_loss": mse(params, x_test, y_test),
        "mse": mse(params, np.vstack([x_train, x_test]), np.vstack([y_train, y_test])),
        "r2": 1.0 - residual / total,
        "shard": index,
    }
    save_metrics(metrics, out_path)


if __name__ == "__main__":
    validate(sys.argv[1], sys.argv[2])
