"""``make check-drift`` against the installed server and against edited copies of its source.

The extraction is static (``scripts/server_extract.py`` parses the source; nothing is imported),
so a copy of the server's ``fedn`` package with one route edited stands for a newer server. Needs
the server venv (``support.network.server_python`` creates it), no network.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.network import SERVER_VENV, server_python
from support.paths import REPO, SCRIPTS

CHECK_DRIFT = SCRIPTS / "check_drift.py"


def installed_fedn() -> Path:
    """The server venv's installed ``fedn`` package (the venv is created when missing)."""
    server_python()
    found = sorted(SERVER_VENV.glob("lib/python3*/site-packages/fedn"))
    assert found, f"no fedn package in {SERVER_VENV}"
    return found[-1]


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    """scripts/check_drift.py with the project's interpreter."""
    return subprocess.run(
        [sys.executable, str(CHECK_DRIFT), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def server_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of the installed ``fedn`` package (source files only) to edit."""
    copy = tmp_path / "fedn"
    shutil.copytree(installed_fedn(), copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    yield copy


def test_check_drift_passes_against_the_installed_server() -> None:
    done = run_check()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check-drift OK" in done.stdout


def test_a_new_query_argument_fails_naming_route_and_name(server_copy: Path) -> None:
    routes = server_copy / "network/api/v1/session_routes.py"
    source = routes.read_text()
    anchor = (
        "        data = request.get_json(silent=True) if request.is_json else request.form.to_dict()\n\n"
        '        session_id: str = data.get("session_id")\n'
    )
    assert source.count(anchor) == 1
    routes.write_text(source.replace(anchor, anchor + '        drift_probe = request.args.get("x")\n'))
    done = run_check("--root", str(server_copy))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "drift (snapshot): POST /api/v1/sessions/start: new query parameter 'x'" in lines
    assert (
        "drift (spec): POST /api/v1/sessions/start: query parameter 'x' is read by the server, "
        "not declared in the spec" in lines
    )


def test_a_new_body_key_fails_naming_route_and_name(server_copy: Path) -> None:
    # what FEDn's master did after 0.33.0: the split-learning start reads client_ids
    routes = server_copy / "network/api/v1/session_routes.py"
    source = routes.read_text()
    anchor = (
        '        model_name_prefix: str = data.get("model_name_prefix", None)\n\n'
        "        if model_name_prefix is None"
    )
    assert source.count(anchor) == 1
    routes.write_text(
        source.replace(anchor, anchor.replace("\n\n", '\n        client_ids = data.get("client_ids")\n\n', 1))
    )
    done = run_check("--root", str(server_copy))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    route = "POST /api/v1/sessions/start_splitlearning_session"
    assert f"drift (snapshot): {route}: new body field 'client_ids'" in lines
    assert (
        f"drift (spec): {route}: body field 'client_ids' is read by the server, not declared in the spec"
        in lines
    )


def test_a_new_column_is_a_new_filter_of_its_list_and_count_routes(server_copy: Path) -> None:
    models = server_copy / "network/storage/statestore/stores/sql/shared.py"
    source = models.read_text()
    anchor = "    correlation_id: Mapped[Optional[str]]\n    extra: Mapped[Optional[str]]\n"
    assert source.count(anchor) == 1
    models.write_text(source.replace(anchor, anchor + "    priority: Mapped[Optional[int]]\n"))
    done = run_check("--root", str(server_copy))
    assert done.returncode == 1
    for route in ("GET /api/v1/statuses/", "GET /api/v1/statuses/count"):
        lines = done.stdout.splitlines()
        assert f"drift (snapshot): {route}: new filter 'priority__gte'" in lines
        declared = f"drift (spec): {route}: query parameter 'priority' is read by the server"
        assert f"{declared}, not declared in the spec" in lines


def test_a_column_of_another_type_changes_its_filters_kind(server_copy: Path) -> None:
    """The spec types each filter as its column (make check-drift compares): a retyped column fails."""
    models = server_copy / "network/storage/statestore/stores/sql/shared.py"
    source = models.read_text()
    anchor = "    log_level: Mapped[str] = mapped_column(String(255))\n"
    assert source.count(anchor) == 1
    models.write_text(source.replace(anchor, "    log_level: Mapped[int]\n"))
    done = run_check("--root", str(server_copy))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    for route in ("GET /api/v1/statuses/", "GET /api/v1/statuses/count"):
        assert (
            f"drift (snapshot): {route}: filter 'log_level__gt' changed kind (string column, now integer)"
            in lines
        )
        assert (
            f"drift (spec): {route}: filter 'log_level__gt' compares integer values, the spec declares string"
            in lines
        )


def test_a_vanished_route_and_auth_change_fail(server_copy: Path) -> None:
    routes = server_copy / "network/api/v1/run_routes.py"
    source = routes.read_text()
    assert '@bp.route("/count", methods=["POST"])' in source
    source = source.replace('@bp.route("/count", methods=["POST"])', '@bp.route("/count2", methods=["POST"])')
    routes.write_text(source)
    done = run_check("--root", str(server_copy))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "drift (snapshot): POST /api/v1/runs/count: route vanished" in lines
    assert "drift (spec): POST /api/v1/runs/count: operation in the spec, route not on the server" in lines
    assert "drift (spec): POST /api/v1/runs/count2: route missing from the spec" in lines


def relabelled_wheel(package: Path, folder: Path, version: str) -> Path:
    """A wheel of ``package`` (a server's ``fedn`` folder) claiming to be FEDn ``version``."""
    wheel = folder / f"fedn-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path in sorted(package.rglob("*.py")):
            archive.write(path, f"fedn/{path.relative_to(package)}")
        archive.writestr(f"fedn-{version}.dist-info/METADATA", f"Name: fedn\nVersion: {version}\n")
    return wheel


def test_another_release_is_compared_with_its_version_aside(tmp_path: Path) -> None:
    """``make check-drift FEDN_VERSION=X``: the wheel found in the wheels folder, unpacked, compared."""
    relabelled_wheel(installed_fedn(), tmp_path, "9.9.9")
    done = run_check("--version", "9.9.9", "--wheels", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "check-drift: FEDn 9.9.9 against the snapshot of FEDn 0.33.0" in done.stdout
    assert "routes of FEDn 9.9.9 match the snapshot" in done.stdout
    assert (tmp_path / "9.9.9" / "fedn" / "network" / "api" / "v1" / "session_routes.py").is_file()


def test_another_release_that_differs_fails_naming_route_and_name(server_copy: Path, tmp_path: Path) -> None:
    routes = server_copy / "network/api/v1/session_routes.py"
    anchor = (
        "        data = request.get_json(silent=True) if request.is_json else request.form.to_dict()\n\n"
        '        session_id: str = data.get("session_id")\n'
    )
    source = routes.read_text()
    assert source.count(anchor) == 1
    routes.write_text(source.replace(anchor, anchor + '        drift_probe = request.args.get("x")\n'))
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    relabelled_wheel(server_copy, wheels, "9.9.8")
    done = run_check("--version", "9.9.8", "--wheels", str(wheels))
    assert done.returncode == 1, done.stdout + done.stderr
    assert (
        "drift (snapshot): POST /api/v1/sessions/start: new query parameter 'x'" in done.stdout.splitlines()
    )
    assert "server:" not in done.stdout  # the version is not a difference here


def test_a_spec_change_the_fake_has_not_followed_fails(tmp_path: Path) -> None:
    """The fake controller pins the spec's hash: any edit of the spec needs the fake to follow."""
    spec = tmp_path / "fedn-api.yaml"
    spec.write_text((REPO / "openapi" / "fedn-api.yaml").read_text() + "# an edit\n")
    done = run_check("--spec", str(spec))
    assert done.returncode == 1
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("drift (fake): ")]
    assert "fedn.testing follows the spec with sha256" in line and "src/fedn/testing/_spec.py" in line
    assert not [x for x in done.stdout.splitlines() if x.startswith("drift (spec)")]
