"""The README test's mechanism: only marked blocks run, in order, and a failing block names its line."""

from __future__ import annotations

import pytest

from support.readme import MARKER, README_HOST, run_blocks, runnable_blocks


def test_mechanism_finds_only_marked_blocks_and_fails_on_errors() -> None:
    markdown = "\n".join(
        [
            "# t",
            "```python",
            "raise SystemExit('unmarked blocks never run')",
            "```",
            MARKER,
            "```python",
            "x = 40",
            "```",
            "text",
            MARKER,
            "```python title",
            f"host = '{README_HOST}'",
            "y = x + 2",
            "```",
        ]
    )
    blocks = runnable_blocks(markdown)
    assert [b.line for b in blocks] == [6, 11]
    namespace = run_blocks(blocks, {README_HOST: "127.0.0.1:1"})
    assert namespace["y"] == 42 and namespace["host"] == "127.0.0.1:1"
    failing = runnable_blocks(f"{MARKER}\n```python\n1 / 0\n```\n")
    with pytest.raises(AssertionError, match=r"line 2 failed: ZeroDivisionError"):
        run_blocks(failing, {})
