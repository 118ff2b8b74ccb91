"""docs/api.md names every public method and property of both clients, and nothing else (no network).

The page has a ``## APIClient`` section whose tables have one row per public name of
:class:`fedn.APIClient` (the first cell starts with the name in backticks), and a
``## AsyncAPIClient`` section whose table lists only where :class:`fedn.AsyncAPIClient` differs
(``iter_*`` stands for every ``iter_`` name). Rows there whose difference starts with "not
awaited" must be exactly the async client's public methods that are not ``async def``.
"""

from __future__ import annotations

import fnmatch
import inspect
import re

import pytest

from fedn import APIClient, AsyncAPIClient
from support.paths import REPO

API_MD = REPO / "docs" / "api.md"

_ROW = re.compile(r"^\|\s*`(?P<name>[A-Za-z_][A-Za-z0-9_*]*)[`(]")


def public_names(cls: type) -> set[str]:
    """The public methods and properties a class defines or inherits."""
    names = set()
    for name in dir(cls):
        attr = inspect.getattr_static(cls, name)
        if not name.startswith("_") and (
            inspect.isfunction(attr) or isinstance(attr, (property, staticmethod, classmethod))
        ):
            names.add(name)
    return names


def sections(markdown: str) -> dict[str, str]:
    """The text under each ``## `` heading, keyed by the heading's text."""
    parts = re.split(r"^## +(.+)$", markdown, flags=re.MULTILINE)
    return {heading.strip(): body for heading, body in zip(parts[1::2], parts[2::2], strict=True)}


def table_rows(section: str) -> list[tuple[str, str]]:
    """(name, rest of the row) for every table row whose first cell starts with a backticked name."""
    rows = []
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows.append((match.group("name"), cells[-1] if len(cells) > 1 else ""))
    return rows


def expand(names: list[str], candidates: set[str]) -> set[str]:
    """Names with ``*`` wildcards replaced by the candidates they match (each must match one)."""
    out: set[str] = set()
    for name in names:
        if "*" in name:
            matched = set(fnmatch.filter(candidates, name))
            assert matched, f"docs/api.md: {name!r} matches no public name"
            out |= matched
        else:
            out.add(name)
    return out


def _api_sections() -> dict[str, str]:
    found = sections(API_MD.read_text())
    missing = {"APIClient", "AsyncAPIClient"} - set(found)
    assert not missing, f"docs/api.md lacks the sections {sorted(missing)}"
    return found


def test_every_public_name_of_apiclient_has_one_row() -> None:
    names = [name for name, _ in table_rows(_api_sections()["APIClient"])]
    assert "*" not in "".join(names), "the APIClient section has one row per name, no wildcards"
    duplicates = sorted({name for name in names if names.count(name) > 1})
    assert not duplicates, f"docs/api.md lists these twice: {duplicates}"
    actual = public_names(APIClient)
    assert sorted(actual - set(names)) == [], "public APIClient names missing from docs/api.md"
    assert sorted(set(names) - actual) == [], "docs/api.md names what APIClient does not have"


def test_async_differences_name_real_methods_and_cover_the_rest() -> None:
    found = _api_sections()
    actual = public_names(AsyncAPIClient)
    sync_names = {name for name, _ in table_rows(found["APIClient"])}
    rows = table_rows(found["AsyncAPIClient"])
    differences = expand([name for name, _ in rows], actual)
    assert sorted(differences - actual) == [], "docs/api.md names what AsyncAPIClient does not have"
    assert sorted(actual - sync_names - differences) == [], "AsyncAPIClient names missing from docs/api.md"
    assert sorted(sync_names - actual) == [], "APIClient names AsyncAPIClient lacks (document the difference)"
    not_awaited = expand([name for name, text in rows if text.startswith("not awaited")], actual)
    plain_methods = {
        name
        for name in actual
        if inspect.isfunction(inspect.getattr_static(AsyncAPIClient, name))
        and not inspect.iscoroutinefunction(getattr(AsyncAPIClient, name))
    }
    assert sorted(plain_methods ^ not_awaited) == [], "rows 'not awaited' differ from the plain methods"


def test_table_parsing() -> None:
    section = "\n".join(
        [
            "| method | HTTP |",
            "| --- | --- |",
            "| `get_x(id)` | `GET /x/{id}` |",
            "| `y` | a property |",
            "| `iter_*(...)` | not awaited: async |",
            "text with `z()` is not a row",
        ]
    )
    rows = table_rows(section)
    assert rows == [("get_x", "`GET /x/{id}`"), ("y", "a property"), ("iter_*", "not awaited: async")]
    assert expand(["iter_*", "y"], {"iter_a", "iter_b", "y"}) == {"iter_a", "iter_b", "y"}
    with pytest.raises(AssertionError, match="matches no public name"):
        expand(["nope_*"], {"y"})
    assert set(sections("# t\n## A\na\n## B\nb\n")) == {"A", "B"}
