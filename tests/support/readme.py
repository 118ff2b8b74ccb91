"""Runnable blocks of README.md and docs/*.md: finding them and running them in one namespace.

Convention for README.md and docs/*.md: a ```` ```python ```` block directly preceded by the line
``<!-- readme-test -->`` (:data:`MARKER`) is runnable. The examples address the controller as
``localhost:8092`` (:data:`README_HOST`); the live test substitutes the network's address.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from support.paths import README, REPO

DOCS = REPO / "docs"
MARKER = "<!-- readme-test -->"
README_HOST = "localhost:8092"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```python[^\n]*$")


@dataclass(frozen=True)
class Block:
    """A runnable code block of a Markdown file."""

    line: int  # 1-based line of the opening fence
    code: str


def runnable_blocks(markdown: str) -> list[Block]:
    """The ```python blocks directly preceded by the marker line."""
    lines = markdown.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        previous = lines[i - 1].strip() if i > 0 else ""
        if fence and previous == MARKER:
            indent = fence.group("indent")
            body: list[str] = []
            j = i + 1
            while j < len(lines) and lines[j].strip() != "```":
                body.append(lines[j])
                j += 1
            if j == len(lines):
                raise ValueError(f"line {i + 1}: unterminated code block")
            code = textwrap.dedent("\n".join(line.removeprefix(indent) for line in body))
            blocks.append(Block(i + 1, code))
            i = j
        i += 1
    return blocks


def run_blocks(
    blocks: list[Block], replacements: dict[str, str], source: str = "README.md"
) -> dict[str, Any]:
    """Execute blocks in order in one namespace; a failing block raises AssertionError naming its line."""
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    for block in blocks:
        code = block.code
        for old, new in replacements.items():
            code = code.replace(old, new)
        try:
            exec(compile(code, f"{source}:{block.line}", "exec"), namespace)
        except Exception as err:
            raise AssertionError(
                f"{source} block at line {block.line} failed: {type(err).__name__}: {err}\n{block.code}"
            ) from err
    return namespace


def stray_markers(markdown: str) -> list[int]:
    """1-based lines of markers not directly followed by a ```python fence (they would mark nothing)."""
    lines = markdown.splitlines()
    return [
        i + 1
        for i, line in enumerate(lines)
        if line.strip() == MARKER and (i + 1 == len(lines) or not _FENCE.match(lines[i + 1]))
    ]


def markdown_files() -> list[Path]:
    """README.md and every docs/*.md, README first."""
    return [README, *sorted(DOCS.glob("*.md"))]


def example_files() -> list[Path]:
    """README.md, then the docs/*.md files that have runnable blocks."""
    return [README, *(path for path in markdown_files()[1:] if runnable_blocks(path.read_text()))]
