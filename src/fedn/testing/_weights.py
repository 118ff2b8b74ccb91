"""Model files: loaded as FEDn's helpers load them, "trained" and aggregated, numpy optional.

With numpy installed, a ``numpyhelper`` model is what FEDn's numpy helper reads: an ``.npz``
with the arrays under the keys ``"0"``, ``"1"``, ... . An upload that is not one is refused as
the server refuses it, and the stored file is the arrays written again (``savez_compressed``),
as the server stores them. Each round every participating client returns its update
(:func:`client_update`: every parameter moved 10 % towards ``0.01 * (client index + 1) *
(its position in its array + 1)``), and the combiner aggregates them: FedAvg averages; FedOpt
takes the average's difference from the global model as pseudo-gradient and applies FEDn's Adam,
Yogi or AdaGrad step with the session's hyperparameters. Without numpy, or with the
``binaryhelper``/``androidhelper``, files are opaque bytes: uploads are stored as sent and every
round's model is a copy of its parent.
"""

from __future__ import annotations

import ast
import functools
import importlib
import io
import math
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

HELPERS = ("numpyhelper", "binaryhelper", "androidhelper")

#: FEDn 0.33's FedOpt defaults and the types its parameter schema accepts
FEDOPT_DEFAULTS: dict[str, Any] = {
    "serveropt": "adam",
    "learning_rate": 0.001,
    "beta1": 0.9,
    "beta2": 0.99,
    "tau": 0.0001,
}
FEDOPT_TYPES: dict[str, type] = {
    "serveropt": str,
    "learning_rate": float,
    "beta1": float,
    "beta2": float,
    "tau": float,
}
SERVER_OPTIMIZERS = ("adam", "yogi", "adagrad")
AGGREGATORS = ("fedavg", "fedopt", "splitlearningagg")


class RoundStuck(Exception):
    """The combiner fails outside its handlers and never reports the round (FEDn hangs)."""


@functools.cache
def numpy() -> ModuleType | None:
    """numpy if installed (imported on first use), else None."""
    try:
        return importlib.import_module("numpy")
    except ImportError:
        return None


def load_arrays(data: bytes) -> list[Any]:
    """The arrays of a numpy-helper ``.npz`` file, in key order (``"0"``, ``"1"``, ...); needs numpy."""
    np = numpy()
    assert np is not None
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return [np.asarray(npz[str(i)]) for i in range(len(npz.files))]


def save_arrays(arrays: list[Any]) -> bytes:
    """A numpy-helper ``.npz`` file of ``arrays`` (``savez_compressed``, keys ``"0"``, ``"1"``, ...)."""
    np = numpy()
    assert np is not None
    out = io.BytesIO()
    np.savez_compressed(out, **{str(i): a for i, a in enumerate(arrays)})
    return out.getvalue()


def uses_arrays(helper: str) -> bool:
    """Whether models of ``helper`` are numpy arrays here (numpy installed, the numpy helper)."""
    return helper == "numpyhelper" and numpy() is not None


def load_upload(helper: str | None, data: bytes) -> bytes:
    """The file the server stores for an uploaded model; ``ValueError`` when its helper cannot load it."""
    if helper not in HELPERS:
        raise ValueError(f"Unsupported helper type {helper}")
    if not uses_arrays(helper):
        return data
    try:
        return save_arrays(load_arrays(data))
    except Exception as err:  # np.load raises many kinds of errors for a bad file
        raise ValueError(f"cannot load the model with {helper}: {err}") from err


def client_update(helper: str, parent: bytes, client_index: int) -> bytes:
    """What client number ``client_index`` (0-based) sends back after training on ``parent``."""
    if not uses_arrays(helper):
        return parent
    np = numpy()
    assert np is not None
    return save_arrays(
        [
            (np.asarray(a, dtype=np.float64) * 0.9 + 0.1 * _target(a, client_index)).astype(_dtype(a))
            for a in load_arrays(parent)
        ]
    )


def _target(array: Any, client_index: int) -> Any:
    """What a client's training pulls ``array`` towards: ``0.01 * (client index + 1) * (position + 1)``.

    The position is the parameter's index in the flattened array, so trained parameters differ
    from each other, as real training makes them.
    """
    np = numpy()
    assert np is not None
    positions = np.arange(1, array.size + 1, dtype=np.float64).reshape(array.shape)
    return 0.01 * (client_index + 1) * positions


def _dtype(array: Any) -> Any:
    np = numpy()
    assert np is not None
    return array.dtype if np.issubdtype(array.dtype, np.floating) else np.float64


def parse_kwargs(text: Any) -> dict[str, Any]:
    """The combiner's ``ast.literal_eval`` of the config's ``aggregator_kwargs`` (sent as text)."""
    value = ast.literal_eval(str(text)) if text is not None else None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"aggregator_kwargs is not a dict: {value!r}")
    return value


def fedopt_parameters(kwargs: dict[str, Any]) -> dict[str, Any] | None:
    """FedOpt's parameters merged with its defaults; None when FEDn's schema refuses them."""
    for key, value in kwargs.items():
        if key not in FEDOPT_TYPES or not isinstance(value, FEDOPT_TYPES[key]):
            return None
    merged = {**FEDOPT_DEFAULTS, **kwargs}
    return merged if merged["serveropt"] in SERVER_OPTIMIZERS else None


@dataclass
class Aggregator:
    """One session's aggregator on the combiner (FedOpt keeps its moments across rounds)."""

    name: str
    moments: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def read_kwargs(kwargs_text: Any) -> dict[str, Any]:
        """The round's ``aggregator_kwargs`` as the combiner reads them; :class:`RoundStuck` if it cannot."""
        try:
            return parse_kwargs(kwargs_text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as err:
            raise RoundStuck(f"aggregator_kwargs cannot be read: {err}") from err

    def combine(self, helper: str, parent: bytes, updates: list[bytes], kwargs_text: Any) -> bytes | None:
        """The round's new global model, or None when the aggregator fails (the round fails)."""
        if self.name == "splitlearningagg":
            raise RoundStuck("the split-learning aggregator cannot combine training updates")
        kwargs = self.read_kwargs(kwargs_text)
        parameters = None
        if self.name == "fedopt":
            parameters = fedopt_parameters(kwargs)
            if parameters is None:
                return None
        if not updates:
            return None
        if not uses_arrays(helper):
            return parent
        np = numpy()
        assert np is not None
        old = [np.asarray(a, dtype=np.float64) for a in load_arrays(parent)]
        clients = [[np.asarray(a, dtype=np.float64) for a in load_arrays(u)] for u in updates]
        mean = [sum(arrays) / len(clients) for arrays in zip(*clients, strict=True)]
        if parameters is None:
            new = mean
        else:
            new = self._server_step(old, [m - o for m, o in zip(mean, old, strict=True)], parameters)
        return save_arrays([n.astype(_dtype(a)) for n, a in zip(new, load_arrays(parent), strict=True)])

    def _server_step(self, old: list[Any], grad: list[Any], p: dict[str, Any]) -> list[Any]:
        np = numpy()
        assert np is not None
        beta1, beta2, lr, tau = p["beta1"], p["beta2"], p["learning_rate"], p["tau"]
        if "v" not in self.moments:
            self.moments["v"] = [np.full_like(g, math.pow(tau, 2)) for g in grad]
        if "m" not in self.moments:
            self.moments["m"] = [g * (1.0 - beta1) for g in grad]
        else:
            self.moments["m"] = [
                beta1 * m + (1.0 - beta1) * g for m, g in zip(self.moments["m"], grad, strict=True)
            ]
        squared = [g**2 for g in grad]
        v = self.moments["v"]
        if p["serveropt"] == "adam":
            v = [beta2 * a + (1.0 - beta2) * s for a, s in zip(v, squared, strict=True)]
        elif p["serveropt"] == "yogi":
            v = [a - (1.0 - beta2) * np.sign(a - s) * s for a, s in zip(v, squared, strict=True)]
        else:  # adagrad
            v = [a + s for a, s in zip(v, squared, strict=True)]
        self.moments["v"] = v
        return [o + lr * m / (np.sqrt(a) + tau) for o, m, a in zip(old, self.moments["m"], v, strict=True)]
