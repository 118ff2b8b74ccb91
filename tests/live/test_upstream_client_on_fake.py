"""FEDn's own client against ``python -m fedn.testing serve --port 0``: its CI test and the seed guide.

FEDn 0.33.0's client runs in the server venv's interpreter (``from fedn import APIClient`` is
upstream's there, on ``requests``); the fake runs in this project's. Nothing of the network is
needed, only the server venv (created when missing), so the test belongs to the live tier.

* FEDn's CI test ``.ci/tests/examples/api_test.py`` runs unchanged, extracted from an upstream
  checkout or git directory at v0.33.0 (``FEDN_REPO``, else the project's mirror;
  tests/support/upstream.py), with ``examples/server-functions/server_functions.py`` beside it,
  in the order of upstream's ``.ci/tests/examples/run.sh``: ``set_package``, ``set_seed``,
  ``start_sf_session``, three finished rounds (upstream counts them in MongoDB; here they are read
  from the fake), ``test_api_get_methods``, plus ``get_client_config``. Its ``fire`` is installed
  as upstream's CI installs it (``pip install fire``), into ``build/upstream-ci/`` with the server
  venv's pip, on ``PYTHONPATH``: the server venv itself is not changed. Without a checkout the
  test skips, saying why.
* api_test.py hard-codes ``localhost:8092``. The fake serves on a free port, and the script's
  HTTP library is pointed at it the way ``requests`` reads it from the environment:
  ``HTTP_PROXY=<the fake's URL>`` (and no ``NO_PROXY``). ``requests`` then sends every request, in
  absolute form (``GET http://localhost:8092/api/v1/... HTTP/1.1``), to the fake, which answers it
  as the controller would (RFC 9112 has servers accept the absolute form). The checks read the
  fake's state afterwards: what the script did arrived there.
* Our replay of the same habits (tests/support/upstream_client/api_habits.py, our own code, same
  commands and the same ``localhost:8092`` routed the same way) always runs.
* The seed guide's workflow (/work/shared/seed/apiclient.rst) written as the guide shows it
  (tests/support/upstream_client/seed_guide.py), with the fake's URL.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fedn import APIClient
from support.artefacts import make_artefacts
from support.e2e import wait_idle
from support.network import server_python
from support.paths import REPO
from support.server_functions import ServerFunctions
from support.upstream import fedn_repo, upstream_file

SUPPORT = REPO / "tests" / "support"
SCRIPTS = SUPPORT / "upstream_client"
#: what upstream's CI installs beside FEDn for api_test.py (``pip install . fire``), pinned
FIRE = "fire==0.7.1"
FIRE_DIR = REPO / "build" / "upstream-ci" / "fire-0.7.1"
ROUNDS = 3


@dataclass
class Served:
    """A ``python -m fedn.testing serve`` process and our client of it."""

    url: str
    process: subprocess.Popen[str]
    api: APIClient


def clean_environ() -> dict[str, str]:
    """This environment without FEDn settings, proxies or Python paths of its own."""
    drop = ("FEDN_", "PYTHON", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
    return {k: v for k, v in os.environ.items() if not k.upper().startswith(drop) and k != "VIRTUAL_ENV"}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """``python -m fedn.testing serve --port 0 --clients 1`` (upstream's CI starts one client)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "fedn.testing", "serve", "--port", "0", "--clients", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_environ(),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        with APIClient(url, environ={}) as api:
            yield Served(url, process, api)
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with ``package.tgz`` and ``seed.npz`` (the compute package and a numpy seed)."""
    make_artefacts(tmp_path)
    return tmp_path


def upstream(
    served: Served | None, folder: Path, script: Path, *args: str, path: tuple[Path, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """``script ARGS`` with the server venv's interpreter, ``localhost:8092`` routed to ``served``."""
    environ = clean_environ() | {"PYTHONPATH": os.pathsep.join(str(p) for p in path)}
    if served is not None:
        environ |= {"HTTP_PROXY": served.url, "http_proxy": served.url}
    done = subprocess.run(
        [str(server_python()), str(script), *args],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, (
        f"{script.name} {' '.join(args)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done


def wait_for_rounds(api: APIClient, count: int) -> None:
    """What upstream's ``wait_for.py rounds`` waits for: ``count`` finished rounds (a round per poll)."""
    for _ in range(10 * count):
        if sum(r.status == "Finished" for r in api.get_rounds().result) == count:
            return
    raise AssertionError(f"not {count} finished rounds: {api.get_rounds().to_dict()}")


def extracted(repo: Path, path: str, into: Path) -> Path:
    """FEDn 0.33.0's ``path`` written into the folder ``into``, byte for byte."""
    into.mkdir(parents=True, exist_ok=True)
    target = into / Path(path).name
    target.write_bytes(upstream_file(repo, path))
    return target


def fire_path() -> Path:
    """Where ``fire`` is installed for api_test.py (once, with the server venv's pip)."""
    if not (FIRE_DIR / "fire").is_dir():
        command = [str(server_python()), "-m", "pip", "install", "--quiet", "--target", str(FIRE_DIR), FIRE]
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, f"pip install {FIRE} failed:\n{done.stderr[-3000:]}"
    return FIRE_DIR


def check_server_functions_ran(api: APIClient, source: str) -> list[dict[str, object]]:
    """The session ``session`` finished its rounds with ``source``; each round's combiner settings."""
    (session,) = api.get_sessions().result
    assert session.name == "session" and session.status == "Finished"
    assert session.session_config.server_functions == source
    rounds = [r for r in api.get_rounds().result if r.round_config.session_id == session.session_id]
    assert len(rounds) == ROUNDS and {r.status for r in rounds} == {"Finished"}
    return [r["combiners"][0]["config"]["client_settings"] for r in rounds]


def test_fedns_ci_api_test_runs_unchanged_against_the_fake(served: Served, folder: Path) -> None:
    repo = fedn_repo("its .ci/tests/examples/api_test.py against the fake")
    ci = extracted(repo, ".ci/tests/examples/api_test.py", folder / "ci")
    functions = extracted(repo, "examples/server-functions/server_functions.py", folder / "server-functions")
    path = (fire_path(), functions.parent)
    helper = ("--helper", "numpyhelper")

    upstream(served, folder, ci, "set_package", "--path", "package.tgz", *helper, "--name", "test", path=path)
    upstream(served, folder, ci, "set_seed", "--path", "seed.npz", path=path)
    sf_session = ("--name", "session", "--rounds", str(ROUNDS), *helper)
    upstream(served, folder, ci, "start_sf_session", *sf_session, path=path)
    wait_for_rounds(served.api, ROUNDS)
    tested = upstream(served, folder, ci, "test_api_get_methods", path=path)
    upstream(served, folder, ci, "get_client_config", "--output", "client.yaml", path=path)

    assert "Clients count:  1" in tested.stdout and "Models count:  4" in tested.stdout
    assert served.api.get_active_package()["name"] == "test"
    # upstream's client sent the class's source; the fake's combiner ran it: its client_settings
    # (the learning rate, divided by 10 in the first round) reached every round's config
    text = functions.read_text()
    source = text[text.index("class ServerFunctions") :]
    settings = check_server_functions_ran(served.api, source)
    assert settings == [{"learning_rate": pytest.approx(0.01)}] * ROUNDS
    assert "network_id: fedn-network" in (folder / "client.yaml").read_text()


def test_our_replay_of_the_ci_habits_runs_against_the_fake(served: Served, folder: Path) -> None:
    script = SCRIPTS / "api_habits.py"
    path = (SUPPORT,)
    upstream(served, folder, script, "set_package", "package.tgz", "numpyhelper", "test", path=path)
    upstream(served, folder, script, "set_seed", "seed.npz", path=path)
    upstream(served, folder, script, "start_sf_session", "session", str(ROUNDS), "numpyhelper", path=path)
    wait_for_rounds(served.api, ROUNDS)
    tested = upstream(served, folder, script, "test_api_get_methods", path=path)
    upstream(served, folder, script, "get_client_config", "client.yaml", path=path)

    assert "get_models: 4" in tested.stdout and "single entities: ok" in tested.stdout
    # the combiner's name where its id goes: FEDn 0.33's 404 body, which the habit's assert took
    assert "get_combiner('combiner'): {'message': 'Entity with id: combiner not found'}" in tested.stdout
    # tests/support/server_functions.py ran in the fake: its settings hold the global model's sum
    settings = check_server_functions_ran(served.api, inspect.getsource(ServerFunctions))
    assert [set(s) for s in settings] == [{"global_model_sum"}] * ROUNDS
    assert "network_id: fedn-network" in (folder / "client.yaml").read_text()


@pytest.mark.parametrize("where", ["fake", "live"])
def test_the_seed_guides_workflow_runs_with_fedns_client(
    where: str, folder: Path, request: pytest.FixtureRequest
) -> None:
    """On the fake, and on the live network to show that the fake answers what the server does."""
    if where == "fake":
        url = request.getfixturevalue("served").url
    else:
        network = request.getfixturevalue("fedn_network")
        url = network["controller_url"]
        with APIClient(url, token=network["token"]) as api:
            wait_idle(api)
    done = upstream(None, folder, SCRIPTS / "seed_guide.py", url)
    refused = [line for line in done.stdout.splitlines() if line.startswith("guide call refused")]
    # FEDn 0.33's own client does not take the guide's calls as written
    no_id = "APIClient.start_session() got an unexpected keyword argument 'id'"
    assert refused == [
        "guide call refused: set_active_package: "
        "APIClient.set_active_package() missing 1 required positional argument: 'name'",
        f"guide call refused: start_session: {no_id}",
        f"guide call refused: start_session: {no_id}",
    ]
    summary = json.loads(done.stdout.splitlines()[-1])
    assert summary["started"]["message"] == "Session started"
    # FEDn's client sends the guide's aggregator_kwargs as a JSON object, which FEDn 0.33 cannot
    # store (the facade sends the Python literal the combiner reads): no FedAdam session
    assert summary["fedadam"] == {"message": "An unexpected error occurred"}
    assert summary["trail_last"] == summary["seed"]  # FEDn's client lists the trail newest first
    assert summary["session"] == "test-session"
    assert (folder / "model.npz").stat().st_size > 0
