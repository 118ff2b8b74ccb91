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

import shutil
from pathlib import Path
from typing import Any

import pytest

from support.paths import README
from support.readme import MARKER, README_HOST, run_blocks, runnable_blocks


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
