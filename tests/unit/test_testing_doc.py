"""docs/testing.md: its complete example runs, and its coverage table is the fake's.

The ```` ```python ```` blocks directly preceded by ``<!-- fake-test -->`` are written to one test
module and run by pytest in a child process, as a user would run them: the ``fedn_fake`` fixture
comes from the installed ``pytest11`` entry point, with no conftest. The table lists every
operation of the spec once, and the fake answers none of them with its "not simulated" 501.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from fedn.testing import FakeController, FakeRequest
from support.conformance import load_spec
from support.paths import REPO

DOC = REPO / "docs" / "testing.md"
BLOCK = re.compile(r"<!-- fake-test -->\n```python\n(.*?)```", re.DOTALL)
ROW = re.compile(r"^\| `(\w+)` \| `(GET|POST|PUT|PATCH|DELETE) (\S+)` \| (.+) \|$", re.MULTILINE)


def spec_operations() -> set[tuple[str, str, str]]:
    return {
        (op["operationId"], method.upper(), path)
        for path, item in load_spec()["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def test_the_complete_example_passes_under_pytest(tmp_path: Path) -> None:
    blocks = BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert blocks, "no <!-- fake-test --> block in docs/testing.md"
    module = tmp_path / "test_doc_example.py"
    module.write_text("\n\n".join(blocks), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout


def test_the_coverage_table_lists_every_operation_once() -> None:
    rows = ROW.findall(DOC.read_text(encoding="utf-8"))
    listed = [(op, method, path) for op, method, path, _ in rows]
    assert len(listed) == len(set(listed))
    assert set(listed) == spec_operations()
    assert all(answer.startswith("simulated") for *_, answer in rows)


@pytest.mark.parametrize(("operation", "method", "path"), sorted(spec_operations()))
def test_the_fake_simulates_every_operation(operation: str, method: str, path: str) -> None:
    answer = FakeController().handle(FakeRequest.of(method, path.replace("{id}", "x")))
    assert answer.status != 501, (operation, answer.body)


def test_graphql_is_not_simulated_and_says_so() -> None:
    answer = FakeController().handle(FakeRequest.of("POST", "/api/v1/graphql"))
    assert answer.status == 501 and "graphql" in answer.json()["message"]
