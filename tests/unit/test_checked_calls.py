"""Calls from the facade into the generated layer are type-checked against the generated signatures.

The plans call ``call(op.operation, T, **arguments)``, whose ``ParamSpec`` carries the generated
``_get_kwargs`` parameters; the collections type their list and count operations by the parameters
every such route shares. So when the spec renames or retypes a parameter, ``mypy --strict`` on the
facade fails where it is used. Proven on a copy of the sources with two generated modules edited
as a regeneration would change them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from support.paths import REPO


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) >= 1, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new))


def mypy(root: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src/fedn/"],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )
    return [line for line in result.stdout.splitlines() if ": error:" in line]


def test_a_renamed_or_retyped_spec_parameter_fails_mypy_in_the_facade(tmp_path: Path) -> None:
    shutil.copytree(REPO / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    api = tmp_path / "src" / "fedn_api" / "api"
    # get_model_trail calls get_model_ancestors(..., include_self=True, x_reverse=False, ...)
    edit(api / "models" / "get_model_ancestors.py", "include_self", "include_itself")
    # every collection's list operation takes x_limit: int
    edit(api / "models" / "list_models.py", "x_limit: int | Unset", "x_limit: str | Unset")
    # the session plans send a SessionInput body
    edit(api / "sessions" / "create_session.py", "*, body: SessionInput", "*, session: SessionInput")
    errors = mypy(tmp_path)
    where = {re.sub(r":\d+: error:.*", "", line) for line in errors}
    assert where == {"src/fedn/_operations.py", "src/fedn/_paging.py"}, "\n".join(errors)
    assert any('Unexpected keyword argument "include_self"' in line for line in errors), errors
    assert any('Unexpected keyword argument "body"' in line for line in errors), errors
    assert any(line.startswith("src/fedn/_paging.py") and '"Collection"' in line for line in errors), errors


def test_the_unedited_copy_is_clean(tmp_path: Path) -> None:
    """The check above fails because of the edits, not because of the copy."""
    shutil.copytree(REPO / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    assert mypy(tmp_path) == []
