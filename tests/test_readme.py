"""The README's examples run against the local network.

Convention for README.md: a ```` ```python ```` block directly preceded by the line
``<!-- readme-test -->`` is runnable. The runnable blocks run in README order, in one shared
namespace (a later block may use names from an earlier one), in a fresh working folder that
holds the network's ``package.tgz`` and ``seed.npz``. The examples address the controller as
``localhost:8092``; the test substitutes the live network's address. ``FEDN_AUTH_TOKEN`` is set
to the network's token when it has one. Any exception in a block fails the test with the block's
README line number.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support.paths import README

MARKER = "<!-- readme-test -->"
README_HOST = "localhost:8092"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)```python[^\n]*$")


@dataclass(frozen=True)
class Block:
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
                raise ValueError(f"README line {i + 1}: unterminated code block")
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


@pytest.mark.live
def test_readme_examples_run(
    fedn_network: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = runnable_blocks(README.read_text())
    if not blocks:
        pytest.skip(f"README.md has no runnable examples yet (mark them with {MARKER})")
    shutil.copy(fedn_network["package"], tmp_path / "package.tgz")
    shutil.copy(fedn_network["seed"], tmp_path / "seed.npz")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    if fedn_network.get("token"):
        monkeypatch.setenv("FEDN_AUTH_TOKEN", fedn_network["token"])
    else:
        monkeypatch.delenv("FEDN_AUTH_TOKEN", raising=False)
    address = fedn_network["controller_url"].split("://", 1)[1]
    run_blocks(blocks, {README_HOST: address})
