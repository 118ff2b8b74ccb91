"""The ``>>>`` examples in the facade's docstrings are true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "fedn.errors",
    "fedn.aggregators",
    "fedn._base",
    "fedn._config",
    "fedn._file_checks",
    "fedn._filters",
    "fedn._not_given",
    "fedn._retry",
    "fedn._secrets",
    "fedn.client",
    "fedn.plots",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
