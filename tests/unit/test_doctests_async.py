"""The ``>>>`` examples in the docstrings of the async client, retries, options and paging."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["fedn.async_client", "fedn._retry", "fedn._base"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
