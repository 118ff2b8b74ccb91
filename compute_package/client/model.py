"""Linear regression on synthetic data: the model, the data shards and the seed-model builder.

The package runs inside the FEDn server venv (its interpreter is first on PATH for the
clients), so it uses upstream's numpy helper to read and write models in the `.npz`
format FEDn's numpyhelper expects: a list of arrays ``[weights (D, 1), bias (1,)]``.

Every client trains on its own shard. The shard is chosen by, in this order:
``FEDN_DATA_SHARD`` (an integer index, with ``FEDN_NUM_SHARDS`` the number of shards),
or a stable hash of ``FEDN_CLIENT_NAME`` or of the working directory.

Run ``python model.py [PATH]`` to write the seed model (default ``seed.npz``).
"""

from __future__ import annotations

import hashlib
import os
import sys

import numpy as np
from fedn.utils.helpers.helpers import get_helper

HELPER = get_helper("numpyhelper")

N_FEATURES = 8
SAMPLES_PER_SHARD = 400
TEST_FRACTION = 0.25
DATA_SEED = 20260
NOISE = 0.1
# One global ground truth; the shards differ only in where their inputs lie.
_truth_rng = np.random.default_rng(DATA_SEED)
TRUE_WEIGHTS = _truth_rng.normal(size=(N_FEATURES, 1))
TRUE_BIAS = 0.5


def shard_index() -> tuple[int, int]:
    """Return ``(index, count)`` of this client's data shard."""
    count = int(os.environ.get("FEDN_NUM_SHARDS", "2"))
    if "FEDN_DATA_SHARD" in os.environ:
        return int(os.environ["FEDN_DATA_SHARD"]) % count, count
    key = os.environ.get("FEDN_CLIENT_NAME") or os.getcwd()
    digest = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(digest[:4], "big") % count, count


def make_data(index: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(x_train, y_train, x_test, y_test)`` of shard ``index`` (deterministic)."""
    rng = np.random.default_rng(DATA_SEED + 1 + index)
    shift = rng.normal(scale=1.0, size=N_FEATURES)  # non-IID: each shard sees a shifted input region
    x = rng.normal(size=(SAMPLES_PER_SHARD, N_FEATURES)) + shift
    y = x @ TRUE_WEIGHTS + TRUE_BIAS + rng.normal(scale=NOISE, size=(SAMPLES_PER_SHARD, 1))
    n_test = int(SAMPLES_PER_SHARD * TEST_FRACTION)
    return x[n_test:], y[n_test:], x[:n_test], y[:n_test]


def predict(params: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    """Predictions of the linear model ``x @ w + b``."""
    weights, bias = params
    return x @ weights + bias


def mse(params: list[np.ndarray], x: np.ndarray, y: np.ndarray) -> float:
    """Mean squared error of the model on ``(x, y)``."""
    return float(np.mean((predict(params, x) - y) ** 2))


def seed_parameters() -> list[np.ndarray]:
    """The untrained model: all weights and the bias zero."""
    return [np.zeros((N_FEATURES, 1)), np.zeros(1)]


def load_parameters(path: str) -> list[np.ndarray]:
    """Read a model written by FEDn's numpyhelper."""
    return [np.asarray(a, dtype=np.float64) for a in HELPER.load(path)]


def save_parameters(params: list[np.ndarray], path: str) -> None:
    """Write a model in FEDn's numpyhelper format."""
    HELPER.save(params, path)


def main(argv: list[str]) -> int:
    """Write the seed model to ``argv[0]`` (default ``seed.npz``)."""
    out_path = argv[0] if argv else "seed.npz"
    save_parameters(seed_parameters(), out_path)
    print(f"seed model written to {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
