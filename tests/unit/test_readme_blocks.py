"""The examples test's mechanism: only marked blocks run, in order, a failing block names its line,
and every marker in README.md and docs/*.md marks a python block."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.paths import REPO
from support.readme import (
    MARKER,
    README_HOST,
    example_files,
    markdown_files,
    run_blocks,
    runnable_blocks,
    stray_markers,
)


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


@pytest.mark.parametrize("path", markdown_files(), ids=lambda path: str(path.relative_to(REPO)))
def test_every_marker_marks_a_python_block(path: Path) -> None:
    assert stray_markers(path.read_text()) == [], f"{path.name}: {MARKER} lines followed by no ```python"


def test_stray_markers() -> None:
    markdown = "\n".join([MARKER, "```python", "x = 1", "```", MARKER, "```bash", "ls", "```", MARKER])
    assert stray_markers(markdown) == [5, 9]


@pytest.mark.parametrize("path", example_files(), ids=lambda path: str(path.relative_to(REPO)))
def test_runnable_blocks_pass_mypy_strict(path: Path, tmp_path: Path) -> None:
    """A file's runnable examples, joined in order as they run, type-check with mypy --strict.

    Users copy the examples into typed code: an Optional used unchecked or an ``Any`` leaking
    into a typed call would be an error there.
    """
    blocks = runnable_blocks(path.read_text())
    script = tmp_path / f"{path.stem}_examples.py"
    script.write_text("\n\n".join(block.code for block in blocks) + "\n")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-incremental"),
            *("--config-file", "pyproject.toml", "--cache-dir", str(tmp_path / ".mypy_cache"), str(script)),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout
