"""mypy --strict on a user's script sees typed results: no ``Any`` where the spec has a type.

Results are dicts of the server's JSON, so item access (``r["key"]``) is ``Any`` as with FEDn's own
client; every attribute must be typed. The script is generated from the library itself: every
public method of :class:`fedn.APIClient` (its return type) and every property of every result
class (its type), so a new method or field is covered without editing this test.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
import typing

import pytest

import fedn_api.models
from fedn import APIClient, AsyncAPIClient, StartedSession
from support.paths import REPO

REVEALED = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')


def result_classes() -> list[type]:
    classes = [getattr(fedn_api.models, name) for name in fedn_api.models.__all__]
    return [*[c for c in classes if inspect.isclass(c)], StartedSession]


def properties(cls: type) -> dict[str, object]:
    """Property name -> its declared return annotation."""
    found = {}
    for name, member in inspect.getmembers(cls):
        if isinstance(member, property) and not name.startswith("_") and member.fget is not None:
            scope = {**vars(fedn_api.models), **vars(sys.modules[member.fget.__module__])}
            found[name] = typing.get_type_hints(member.fget, scope)["return"]
    return found


def public_methods(cls: type) -> list[str]:
    return [
        name
        for name, member in inspect.getmembers(cls, callable)
        if not name.startswith("_") and name not in ("close", "aclose")
    ]


def declares_any(annotation: object) -> bool:
    return annotation is typing.Any or any(declares_any(arg) for arg in typing.get_args(annotation))


@pytest.fixture(scope="module")
def revealed(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, bool, str]]:
    """Run mypy --strict on the generated user script: (what, may be Any, revealed type) per line."""
    lines = [
        "from fedn import APIClient, AsyncAPIClient, StartedSession",
        "from fedn_api.models import *  # noqa: F403",
        "",
    ]
    expected: dict[int, tuple[str, bool]] = {}
    for name in public_methods(APIClient):
        lines.append(f"reveal_type(APIClient.{name})")
        expected[len(lines)] = (f"APIClient.{name}", False)
    for name in public_methods(AsyncAPIClient):
        lines.append(f"reveal_type(AsyncAPIClient.{name})")
        expected[len(lines)] = (f"AsyncAPIClient.{name}", False)
    for cls in result_classes():
        lines.append(f"def check_{cls.__name__}(x: {cls.__name__}) -> None:")
        for prop, annotation in properties(cls).items():
            lines.append(f"    reveal_type(x.{prop})")
            expected[len(lines)] = (f"{cls.__name__}.{prop}", declares_any(annotation))
        lines.append("    reveal_type(x['any key'])")
        expected[len(lines)] = (f"{cls.__name__}[...]", True)
    script = tmp_path_factory.mktemp("user") / "user_script.py"
    script.write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            "pyproject.toml",
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    found: dict[int, str] = {}
    for line in result.stdout.splitlines():
        match = REVEALED.match(line)
        if match:
            found[int(match["line"])] = match["type"]
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == [], "\n".join(errors)
    assert set(found) == set(expected), result.stdout[-3000:]
    return [(*expected[line], found[line]) for line in sorted(found)]


METHODS = ("APIClient.", "AsyncAPIClient.")


def test_every_method_returns_a_typed_result(revealed: list[tuple[str, bool, str]]) -> None:
    methods = [line for line in revealed if line[0].startswith(METHODS)]
    assert len(methods) >= 2 * 60
    for where, _, revealed_type in methods:
        returns = revealed_type.rsplit("->", 1)[-1].strip()
        returns = re.sub(r"^typing\.Coroutine\[Any, Any, (.*)\]$", r"\1", returns)  # async def
        assert "Any" not in returns, f"{where} returns {returns}"


def test_every_attribute_is_typed(revealed: list[tuple[str, bool, str]]) -> None:
    attributes = [line for line in revealed if not line[0].startswith(METHODS)]
    assert len(attributes) > 250
    for where, may_be_any, revealed_type in attributes:
        if not may_be_any:
            assert "Any" not in revealed_type, f"{where}: {revealed_type}"


def test_timestamps_and_nested_objects_have_their_types(revealed: list[tuple[str, bool, str]]) -> None:
    by_name = {where: revealed_type for where, _, revealed_type in revealed}
    assert by_name["Session.committed_at"] == "datetime.datetime | None"
    assert by_name["ModelList.result"] == "list[fedn_api.models.model.Model]"
    assert by_name["Model.model_id"] == "str"
    assert by_name["StartedSession.message"] == "str"
    assert by_name["Session[...]"] == "Any"  # item access: the JSON, as with FEDn's own client
