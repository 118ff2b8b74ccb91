"""Every filter the server honours is declared in the spec and sent by the generated client.

The filters come from ``openapi/server-snapshot.json``, the static extraction of the installed
server's source (``scripts/server_extract.py``); ``make check-drift`` (and
tests/live/test_drift.py) prove that the snapshot equals a fresh extraction.
"""

from __future__ import annotations

import importlib
import inspect
import json
from types import ModuleType
from typing import Any

import pytest
import yaml

from support.paths import REPO, SPEC_PATH

SNAPSHOT: dict[str, Any] = json.loads((REPO / "openapi" / "server-snapshot.json").read_text(encoding="utf-8"))
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
FILTERED = sorted(
    route
    for route, info in SNAPSHOT["routes"].items()
    if info["filters"] is not None and route.startswith("GET ")
)


def sent_names(module: ModuleType) -> dict[str, str]:
    """Query name -> keyword of a generated operation, found by calling ``_get_kwargs`` per keyword."""
    get_kwargs = module._get_kwargs
    names: dict[str, str] = {}
    for keyword in inspect.signature(get_kwargs).parameters:
        if keyword.startswith("x_"):
            continue
        params = get_kwargs(**{keyword: "probe"})["params"]
        assert list(params.values()) == ["probe"], keyword
        (name,) = params
        names[name] = keyword
    return names


def test_every_list_and_count_route_is_filtered() -> None:
    assert len(FILTERED) == 26  # 13 collections, GET list and GET count each


@pytest.mark.parametrize("route", FILTERED)
def test_every_filter_is_declared_and_sent(route: str) -> None:
    path = route.split(" ", 1)[1]
    op = SPEC["paths"][path]["get"]
    module = importlib.import_module(f"fedn_api.api.{op['tags'][0]}.{op['operationId']}")
    names = sent_names(module)
    filters = SNAPSHOT["routes"][route]["filters"]
    missing = sorted(set(filters) - set(names))
    assert missing == [], f"{route}: the generated {op['operationId']} cannot send {missing}"
    # nothing beyond them either: every query parameter of the operation is a filter the server honours
    assert sorted(set(names) - set(filters)) == []
    # the comparison suffixes and the time fields are among them
    assert "committed_at__gte" in names and "updated_at__lt" in names
    for suffix in SNAPSHOT["suffixes"]:
        assert f"committed_at{suffix}" in names
