"""The examples of README.md and docs/*.md run against the local network.

Each file is one test: its runnable blocks (``<!-- readme-test -->``, see tests/support/readme.py)
run in the file's order, in one namespace of their own, in a fresh working folder that holds the
network's ``package.tgz`` and ``seed.npz``. The examples address the controller as
``localhost:8092``; the test substitutes the live network's address. ``FEDN_AUTH_TOKEN`` is set
to the network's token when it has one. Any exception in a block fails the test with the file's
name and the block's line number.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from support.paths import REPO
from support.readme import README_HOST, example_files, run_blocks, runnable_blocks


@pytest.mark.parametrize("path", example_files(), ids=lambda path: str(path.relative_to(REPO)))
def test_readme_examples_run(
    path: Path, fedn_network: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = str(path.relative_to(REPO))
    blocks = runnable_blocks(path.read_text())
    assert blocks, f"{name} has no runnable examples"
    shutil.copy(fedn_network["package"], tmp_path / "package.tgz")
    shutil.copy(fedn_network["seed"], tmp_path / "seed.npz")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    if fedn_network.get("token"):
        monkeypatch.setenv("FEDN_AUTH_TOKEN", fedn_network["token"])
    else:
        monkeypatch.delenv("FEDN_AUTH_TOKEN", raising=False)
    address = fedn_network["controller_url"].split("://", 1)[1]
    run_blocks(blocks, {README_HOST: address}, source=name)
