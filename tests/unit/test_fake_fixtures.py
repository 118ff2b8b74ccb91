"""The fake's answers, normalised, against the live server's recorded ones (LocalStack-style parity).

scripts/record_fixtures.py recorded ``tests/fixtures/*.json`` from the local FEDn 0.33.0 network
by running one scenario (package, seed, clients, sessions, models, rounds, statuses, validations,
attributes, telemetry, predictions, errors). Here the very same scenario runs against the fake and
every answer is compared with the recorded one, key by key, after normalising what differs from
run to run: ids (UUIDs, the scenario's random tag, round numbers, which of the clients
``client1`` and ``client2`` comes first) become references, timestamps
their format, numbers their type, JSON text inside a string ``<json>``. Lists in the list
envelopes hold what each network had before, so only their first items are compared; every other
list must have the same length.

The recordings are older than two changes of the local network; :data:`RECORDED_BEFORE` names
the answers that differ because of that (and nothing else may differ).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from fedn.testing import FakeController
from support.artefacts import make_artefacts
from support.paths import FIXTURES_DIR, SCRIPTS

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TAG = re.compile(r"(?<=-)[0-9a-f]{8}\b")
HTTP_DATE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$")
CLIENT_NAME = re.compile(r"^client\d+$")  # which client a list shows first depends on who connected first
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")

#: answers recorded before the local network changed: (fixture file, path in the body) -> why
RECORDED_BEFORE: dict[tuple[str, str], str] = {
    ("get_client_config.json", "checksum"): (
        "recorded while GET /packages/checksum could not find the file; the network's controller "
        "runs in its package folder since (038c580), so the config carries the checksum"
    ),
}
#: fixtures of the checksum route as it answered then (404), and as the fake and the network answer now
RENAMED = {"get_package_checksum.404.json": "get_package_checksum.json"}


def load_recorder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("record_fixtures", SCRIPTS / "record_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def normalise(value: Any) -> Any:
    """What is compared of a JSON value (see the module docstring)."""
    if isinstance(value, dict):
        return {normalise(key): normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return "<int>"
    if isinstance(value, float):
        return "<float>"
    text = str(value)
    if HTTP_DATE.match(text):
        return "<http-date>"
    if ISO_DATE.match(text):
        return "<iso-date>"
    if text[:1] in "{[":
        try:
            json.loads(text)
            return "<json>"
        except ValueError:
            pass
    if text.isdigit():
        return "<n>"
    if CLIENT_NAME.match(text):
        return "<client>"
    return UUID.sub("<id>", TAG.sub("<tag>", text))


def differences(live: Any, fake: Any, path: str, name: str) -> list[str]:
    """Where two normalised answers differ, one line each."""
    if isinstance(live, dict) and isinstance(fake, dict):
        out = [f"{path}{k}: only in the live answer" for k in live.keys() - fake.keys()]
        out += [f"{path}{k}: only in the fake's answer" for k in fake.keys() - live.keys()]
        for key in live.keys() & fake.keys():
            out += differences(live[key], fake[key], f"{path}{key}.", name)
        return [line for line in out if (name, line.split(":")[0]) not in RECORDED_BEFORE]
    if isinstance(live, list) and isinstance(fake, list):
        if path.endswith("result.") and live and fake:  # the envelopes' items: history differs
            return differences(live[0], fake[0], f"{path}0.", name)
        if len(live) != len(fake):
            return [f"{path}: {len(live)} items live, {len(fake)} in the fake"]
        return [
            line
            for i, (a, b) in enumerate(zip(live, fake, strict=True))
            for line in differences(a, b, f"{path}{i}.", name)
        ]
    if live != fake:
        return [f"{path}: {live!r} live, {fake!r} in the fake"]
    return []


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The recording scenario run against a fake with two clients; the folder of its fixtures."""
    folder = tmp_path_factory.mktemp("fake-fixtures")
    package, seed = make_artefacts(folder)
    module = load_recorder()
    fake = FakeController(clients=2, time="instant")

    class Recorder(module.Recorder):  # type: ignore[name-defined]
        """Logs a training metric first, as the recording's metric client did."""

        def call(self, operation_id: str, *args: Any, **kwargs: Any) -> Any:
            if operation_id == "list_metrics" and not fake._network.store.all("metrics"):
                fake.log_metric("training_mse", 0.88, client="metrics-client", step=4)
            return super().call(operation_id, *args, **kwargs)

    url = "http://127.0.0.1:8092"  # the fake reports the host a client used in /clients/config
    state = {"controller_url": url, "package": str(package), "seed": str(seed), "token": None}
    (folder / "out").mkdir()
    with httpx.Client(base_url=url, transport=fake.transport(), timeout=10) as client:
        module.scenario(Recorder(client, folder / "out"), state, timeout=10)
    return folder / "out"


def test_the_fake_records_every_fixture_the_server_recorded(recorded: Path) -> None:
    live = {RENAMED.get(p.name, p.name) for p in FIXTURES_DIR.glob("*.json")}
    assert {p.name for p in recorded.glob("*.json")} == live


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES_DIR.glob("*.json")))
def test_each_answer_matches_the_recorded_one(recorded: Path, name: str) -> None:
    live = json.loads((FIXTURES_DIR / name).read_text())
    fake = json.loads((recorded / RENAMED.get(name, name)).read_text())
    assert (fake["method"], fake["operation_id"]) == (live["method"], live["operation_id"])
    if name in RENAMED:
        assert (live["status"], fake["status"]) == (404, 200)
        assert set(live["body"]) == set(fake["body"]) == {"message", "checksum"}
        return
    assert fake["status"] == live["status"]
    assert differences(normalise(live["body"]), normalise(fake["body"]), "", name) == []
