"""Typed aggregator configs: FEDn's defaults, validation, and the form the server parses.

FedOpt's defaults are also read from the server's own source: tests/live/test_server_code.py.
"""

from __future__ import annotations

import ast
import inspect
import math

import pytest

from fedn import FedAvg, FedOpt
from fedn.aggregators import resolve_aggregator
from fedn.errors import InvalidInputError


def test_fedopt_defaults_are_fedns() -> None:
    opt = FedOpt()
    assert (opt.serveropt, opt.learning_rate, opt.beta1, opt.beta2, opt.tau) == (
        "adam",
        1e-3,
        0.9,
        0.99,
        1e-4,
    )


def test_fedavg_sends_no_kwargs() -> None:
    assert resolve_aggregator(FedAvg()) == ("fedavg", None)
    assert resolve_aggregator("fedavg") == ("fedavg", None)
    assert resolve_aggregator(None) == ("fedavg", None)
    assert resolve_aggregator("fedavg", {}) == ("fedavg", None)


def test_server_form_is_a_python_literal_the_combiner_can_parse() -> None:
    name, text = resolve_aggregator(FedOpt("yogi", learning_rate=0.05, beta1=0.0, tau=1e-3))
    assert name == "fedopt"
    assert isinstance(text, str)
    parsed = ast.literal_eval(text)  # what the combiner does
    assert parsed == {"serveropt": "yogi", "learning_rate": 0.05, "beta1": 0.0, "beta2": 0.99, "tau": 1e-3}
    assert all(isinstance(parsed[k], float) for k in ("learning_rate", "beta1", "beta2", "tau"))


def test_integers_become_floats() -> None:
    # the combiner type-checks with isinstance(value, float): 1 would be rejected there
    opt = FedOpt(learning_rate=1, beta1=0)
    assert isinstance(opt.learning_rate, float) and isinstance(opt.beta1, float)


def test_upstream_keyword_form_is_validated_the_same_way() -> None:
    name, text = resolve_aggregator("fedopt", {"serveropt": "adagrad", "learning_rate": 1e-2})
    assert name == "fedopt"
    assert ast.literal_eval(text or "") == FedOpt("adagrad", learning_rate=1e-2).server_kwargs()
    assert resolve_aggregator("fedopt", "{'serveropt': 'adam'}")[1] == resolve_aggregator(FedOpt())[1]
    assert resolve_aggregator("fedopt") == resolve_aggregator(FedOpt())


@pytest.mark.parametrize(
    "kwargs",
    [
        {"serveropt": "sgd"},
        {"learning_rate": 0},
        {"learning_rate": -1e-3},
        {"learning_rate": math.inf},
        {"learning_rate": math.nan},
        {"learning_rate": "0.1"},
        {"learning_rate": True},
        {"beta1": 1.0},
        {"beta1": -0.1},
        {"beta2": 1.5},
        {"tau": 0},
        {"momentum": 0.9},
    ],
)
def test_invalid_fedopt_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError):
        resolve_aggregator("fedopt", kwargs)
    known = {k: v for k, v in kwargs.items() if k in inspect.signature(FedOpt).parameters}
    if known:
        with pytest.raises(InvalidInputError):
            FedOpt(**known)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aggregator", "kwargs"),
    [
        ("fedprox", None),
        (42, None),
        ("fedavg", {"learning_rate": 0.1}),
        (FedOpt(), {"serveropt": "adam"}),
        ("fedopt", "not a literal ("),
        ("fedopt", "[1, 2]"),
        ("fedopt", ["serveropt"]),
        ("fedopt", {1: "x"}),
    ],
)
def test_invalid_aggregator_choices(aggregator: object, kwargs: object) -> None:
    with pytest.raises(InvalidInputError):
        resolve_aggregator(aggregator, kwargs)  # type: ignore[arg-type]


def test_configs_are_immutable_values() -> None:
    opt = FedOpt("yogi")
    with pytest.raises(AttributeError):
        opt.serveropt = "adam"  # type: ignore[misc]
    assert FedOpt("yogi") == opt and hash(FedOpt("yogi")) == hash(opt)
