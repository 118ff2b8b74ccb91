"""Train entry point: ``python train.py IN_MODEL OUT_MODEL``.

A few epochs of full-batch gradient descent on this client's shard, starting from the global
model. Writes the updated model and ``OUT_MODEL-metadata`` (``num_examples`` weights FedAvg).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
from fedn.utils.helpers.helpers import save_metadata
from model import load_parameters, make_data, mse, save_parameters, shard_index

LEARNING_RATE = 0.02
EPOCHS = 5


def fit(
    params: list[np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    on_epoch: Callable[[int, float], None] | None = None,
) -> list[np.ndarray]:
    """``EPOCHS`` steps of full-batch gradient descent from ``params`` on ``(x, y)``.

    ``on_epoch(epoch, loss)`` is called after every step with the training MSE reached.
    """
    weights, bias = params
    n = x.shape[0]
    for epoch in range(EPOCHS):
        err = x @ weights + bias - y
        weights = weights - LEARNING_RATE * (2.0 / n) * (x.T @ err)
        bias = bias - LEARNING_RATE * 2.0 * np.mean(err, axis=0)
        if on_epoch is not None:
            on_epoch(epoch, mse([weights, bias], x, y))
    return [weights, bias]


def train(in_path: str, out_path: str) -> None:
    """Train the model in ``in_path`` on the local shard and write it to ``out_path``."""
    x, y, _, _ = make_data(shard_index()[0])
    n = x.shape[0]
    save_parameters(fit(load_parameters(in_path), x, y), out_path)
    save_metadata(
        {"num_examples": n, "batch_size": n, "epochs": EPOCHS, "lr": LEARNING_RATE},
        out_path,
    )


if __name__ == "__main__":
    train(sys.argv[1], sys.argv[2])
