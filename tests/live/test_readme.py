"""The examples of README.md and docs/*.md run against the local network, and against the fake.

Each file is one test per target: its runnable blocks (``<!-- readme-test -->``, see
tests/support/readme.py) run in the file's order, in one namespace of their own, in a fresh
working folder that holds the target's ``package.tgz`` and ``seed.npz``. The examples address
the controller as ``localhost:8092``; the test substitutes the target's address. The targets
(tests/support/targets.py) are the live network and the fake controller served over HTTP
(``fake-socket``): the examples build their own clients, so the same code reaches the fake
through a URL, as a user's script would (the unit tier runs that target). ``FEDN_AUTH_TOKEN`` is
set to the target's token when it has one. Any exception in a block fails the test with the
file's name and the block's line number.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.paths import REPO
from support.readme import README_HOST, example_files, run_blocks, runnable_blocks
from support.targets import URL_TARGETS, Target


@pytest.mark.parametrize("target", URL_TARGETS, indirect=True)
@pytest.mark.parametrize("path", example_files(), ids=lambda path: str(path.relative_to(REPO)))
def test_readme_examples_run(
    path: Path, target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = str(path.relative_to(REPO))
    blocks = runnable_blocks(path.read_text())
    assert blocks, f"{name} has no runnable examples"
    shutil.copy(target.package, tmp_path / "package.tgz")
    shutil.copy(target.seed, tmp_path / "seed.npz")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    if target.token:
        monkeypatch.setenv("FEDN_AUTH_TOKEN", target.token)
    else:
        monkeypatch.delenv("FEDN_AUTH_TOKEN", raising=False)
    run_blocks(blocks, {README_HOST: target.address}, source=name)
