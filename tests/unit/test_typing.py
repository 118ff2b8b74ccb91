"""mypy --strict on a user's script sees typed results and checks the filters; IDEs complete them.

Results are dicts of the server's JSON, so item access (``r["key"]``) is ``Any`` as with FEDn's own
client; every attribute must be typed. The script is generated from the library itself: every
public method of :class:`fedn.APIClient` (its return type) and every property of every result
class (its type), so a new method or field is covered without editing this test.

Filters: a script with wrong usages (misspelt filters on get, iter and count methods, sync and
async; a float for a timestamp) gets exactly one error per wrong line from mypy --strict and from
pyright, and none for the correct usages; pyright's language server completes the filter names
(jedi 0.20 does not complete ``**kwargs: Unpack[...]`` keys).
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import fedn_api.models
from fedn import APIClient, AsyncAPIClient, StartedSession
from support.paths import REPO

PYRIGHT = Path(sys.executable).parent / "pyright"
PYRIGHT_LANGSERVER = Path(sys.executable).parent / "pyright-langserver"
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


# --- filters and error types: wrong usages fail the type checkers; IDEs complete filter names -----

#: A user's script with the 7 wrong usages of the issue (misspelt filters on get, iter and count,
#: sync and async; a float for a timestamp; ``e.status_code + 1`` on a ConflictError): every line
#: marked ``# WRONG`` must be the one error its checker reports there, and nothing else may be.
USER_SCRIPT = """\
import datetime as dt
from typing import Unpack

from fedn import APIClient, AsyncAPIClient, errors
from fedn.filters import StatusFilters

client = APIClient("localhost:8092")
since = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)

# correct: the filters each method takes, typed as the server compares them
statuses = client.get_statuses(session_id="s", committed_at__gte=since, log_level__ne="DEBUG", type="X")
for status in client.iter_statuses(session_id="s", committed_at__lt="null", page_size=100):
    print(status.status)
validations = client.get_validations(model_id="m", session_id__ne="x", n_max=5)
counted: int = client.get_validations_count(session_id="s", sender_name="client1")
counted = client.get_statuses_count(type="MODEL_UPDATE", committed_at__gte=since)
for model in client.iter_models(session_id="s", active=True):
    print(model.model_id)
for round_ in client.iter_rounds(status="Finished", id__gt="3"):
    print(round_.round_id)
upstream = client.get_models(session_id=None)
metrics = client.iter_metrics(value__gt=0.5, step__gte=2, step__lt="null")


def count_statuses(client: APIClient, **filters: Unpack[StatusFilters]) -> int:
    return client.get_statuses_count(**filters)


def http_status(e: errors.APIStatusError) -> int:
    return e.status_code + 1  # an HTTP answer said so: an int


def conflict_status(e: errors.HTTPConflictError) -> int:
    return e.status_code + 1


def conflict_or_check(e: errors.ConflictError) -> int:
    return e.status_code + 1  # WRONG: None when the client's own check said so


async def main() -> int:
    async with AsyncAPIClient("localhost:8092") as aclient:
        page = await aclient.get_statuses(session_id="s", log_level="INFO")
        print(page.count)
        await aclient.get_validations(model_idd="m")  # WRONG: misspelt, async get
        async for status in aclient.iter_statuses(sesion_id="s"):  # WRONG: misspelt, async iter
            print(status)
        return await aclient.get_models_count(session_id="s", committed_at__gte=since)


# wrong
client.get_statuses(sesion_id="x")  # WRONG: misspelt, get
for model in client.iter_models(sesion_id="s"):  # WRONG: misspelt, iter
    print(model)
client.get_validations_count(model_idd="m")  # WRONG: misspelt, count
client.iter_statuses(committed_at__gte=3.5)  # WRONG: a float for a timestamp
"""


def wrong_lines(script: str) -> set[int]:
    return {number for number, line in enumerate(script.splitlines(), 1) if "# WRONG" in line}


@pytest.fixture(scope="module")
def user_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    script = tmp_path_factory.mktemp("user") / "user_filters.py"
    script.write_text(USER_SCRIPT)
    return script


def test_mypy_strict_reports_exactly_the_wrong_filter_usages(user_script: Path) -> None:
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "pyproject.toml"]
    result = subprocess.run(
        [*mypy, str(user_script)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = {int(line.split(":")[1]) for line in errors}
    assert lines == wrong_lines(USER_SCRIPT), "\n".join(errors)
    assert len(errors) == len(lines), "\n".join(errors)  # one error per wrong usage
    assert any('Unexpected keyword argument "sesion_id"' in line for line in errors)
    assert any('"committed_at__gte"' in line and '"float"' in line for line in errors)
    assert any('Unsupported operand types for + ("None" and "int")' in line for line in errors)
    assert len(errors) == 7


def test_pyright_reports_exactly_the_wrong_filter_usages(user_script: Path) -> None:
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, str(user_script)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    lines = [d["range"]["start"]["line"] + 1 for d in errors]
    assert sorted(lines) == sorted(wrong_lines(USER_SCRIPT)), json.dumps(errors, indent=1)[-4000:]


def test_an_ide_completes_the_filter_names() -> None:
    """pyright's language server (what VS Code's Pylance runs) offers every filter as a keyword."""
    source = 'from fedn import APIClient\n\nclient = APIClient("localhost:8092")\nclient.get_statuses('
    labels = completions(source)
    for name in ("session_id=", "event_type=", "n_max=", "committed_at__gte=", "log_level__ne=", "type="):
        assert name in labels, labels[:50]
    labels = completions(source.replace("client.get_statuses(", "client.iter_models("))
    assert {"session_id=", "active=", "page_size=", "committed_at__lt="} <= set(labels)


def completions(source: str) -> list[str]:
    """The completion labels pyright-langserver (over LSP JSON-RPC, stdio) offers at the end of ``source``."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        venv = Path(sys.executable).parent.parent
        (root / "pyrightconfig.json").write_text(
            json.dumps({"venvPath": str(venv.parent), "venv": venv.name})
        )
        document = root / "user.py"
        document.write_text(source)
        server = subprocess.Popen(
            [str(PYRIGHT_LANGSERVER), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=root,
        )
        assert server.stdin is not None and server.stdout is not None
        stdin, stdout = server.stdin, server.stdout

        def send(message: dict[str, object]) -> None:
            body = json.dumps({"jsonrpc": "2.0", **message}).encode()
            stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            stdin.flush()

        def receive() -> dict[str, typing.Any]:
            length = 0
            while (line := stdout.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length, "the language server closed its output"
            answer: dict[str, typing.Any] = json.loads(stdout.read(length))
            return answer

        def request(number: int, method: str, params: object) -> typing.Any:
            send({"id": number, "method": method, "params": params})
            while True:
                message = receive()
                if "method" in message and "id" in message:  # a request of the server's: no answer needed
                    send({"id": message["id"], "result": None})
                elif message.get("id") == number:
                    return message.get("result")

        try:
            request(
                1,
                "initialize",
                {
                    "processId": os.getpid(),
                    "rootUri": root.as_uri(),
                    "workspaceFolders": [{"uri": root.as_uri(), "name": "user"}],
                    "capabilities": {},
                },
            )
            send({"method": "initialized", "params": {}})
            text = {"uri": document.as_uri(), "languageId": "python", "version": 1, "text": source}
            send({"method": "textDocument/didOpen", "params": {"textDocument": text}})
            last = source.split("\n")
            position = {"line": len(last) - 1, "character": len(last[-1])}
            found = request(
                2, "textDocument/completion", {"textDocument": {"uri": text["uri"]}, "position": position}
            )
            request(3, "shutdown", None)
            send({"method": "exit"})
        finally:
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        items = found["items"] if isinstance(found, dict) else found
        return [str(item["label"]) for item in items]
