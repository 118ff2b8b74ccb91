"""Every public method of FEDn 0.33's APIClient exists on ours with the same parameters.

Same names, same order, same kinds (positional-or-keyword), same defaults, except the few
listed in tests/support/upstream_signatures.py with a reason. Extra parameters are allowed only after
all of upstream's and only with defaults (or as ``**filters``), so no upstream call can break.
"""

from __future__ import annotations

import inspect

import pytest

from fedn import APIClient
from support.upstream_signatures import DELIBERATE_DEFAULT_CHANGES, REQUIRED, UPSTREAM_METHODS


def _params(name: str) -> list[inspect.Parameter]:
    method = getattr(APIClient, name)
    return list(inspect.signature(method).parameters.values())[1:]  # drop self


@pytest.mark.parametrize("name", sorted(UPSTREAM_METHODS))
def test_method_matches_upstream(name: str) -> None:
    assert hasattr(APIClient, name), f"APIClient.{name} is missing"
    ours = _params(name)
    upstream = UPSTREAM_METHODS[name]
    assert [p.name for p in ours[: len(upstream)]] == [p for p, _ in upstream]
    for param, (pname, default) in zip(ours, upstream, strict=False):
        assert param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, f"{name}({pname}) must stay positional"
        ours_default = REQUIRED if param.default is inspect.Parameter.empty else param.default
        change = DELIBERATE_DEFAULT_CHANGES.get((name, pname))
        if change is None:
            assert ours_default == default and type(ours_default) is type(default), (
                f"{name}({pname}): default {ours_default!r}, upstream {default!r}"
            )
        else:
            upstream_default, our_default, _why = change
            assert default is upstream_default or default == upstream_default, "stale exception list"
            assert ours_default is our_default or ours_default == our_default
    for extra in ours[len(upstream) :]:
        # after all of upstream's parameters, with a default: no upstream call can reach it by accident
        assert extra.kind is not inspect.Parameter.VAR_POSITIONAL, f"{name}: no *args"
        if extra.kind is inspect.Parameter.VAR_KEYWORD:
            continue  # **filters: keyword-only by nature, no upstream call reaches it
        assert extra.default is not inspect.Parameter.empty, f"{name}: extra {extra.name} needs a default"


def test_every_deliberate_change_is_real() -> None:
    for (name, pname), (upstream_default, our_default, why) in DELIBERATE_DEFAULT_CHANGES.items():
        assert why
        assert upstream_default is not our_default
        param = dict(inspect.signature(getattr(APIClient, name)).parameters)[pname]
        assert param.default is our_default or param.default == our_default


def test_reverse_default_differs_from_explicit_true() -> None:
    default = inspect.signature(APIClient.get_model_trail).parameters["reverse"].default
    assert default is not True


def test_public_methods_have_docstrings() -> None:
    for name, member in inspect.getmembers(APIClient):
        if name.startswith("_"):
            continue
        assert inspect.getdoc(member), f"APIClient.{name} has no docstring"
