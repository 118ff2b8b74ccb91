"""Our copies of the server's facts against the installed FEDn 0.33.0 server (``.server-venv``).

The server's code is read or run in the server venv, never imported here: the spec's routes
against the Flask app (scripts/check_routes.py), FedOpt's defaults against the combiner's
aggregator source. The launcher creates the venv (``network.py build``) when it is missing.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import yaml

from fedn import FedOpt
from support.network import SERVER_VENV, server_python
from support.paths import SCRIPTS, SPEC_PATH


def fedopt_source() -> Path:
    """The combiner's FedOpt aggregator source in the server venv (created if missing)."""
    server_python()
    found = sorted(SERVER_VENV.glob("lib/python3*/site-packages/fedn/network/combiner/aggregators/fedopt.py"))
    assert found, f"no fedn/network/combiner/aggregators/fedopt.py in {SERVER_VENV}"
    return found[-1]


def test_fedopt_defaults_match_the_reference_source() -> None:
    # read (never import) the combiner's default_parameters dict
    source = fedopt_source().read_text()
    match = re.search(r"default_parameters = (\{.*?\})", source, re.DOTALL)
    assert match
    upstream = ast.literal_eval(match.group(1))
    assert FedOpt().server_kwargs() == upstream


def test_route_check_passes_against_the_server() -> None:
    """scripts/check_routes.py finds the spec and FEDn 0.33.0's Flask routes identical."""
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "check_routes.py"), "--python", str(server_python())],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "100 operations match" in result.stdout


def test_route_check_reports_differences(tmp_path: Path) -> None:
    """The route check fails, naming the route, when the spec lacks one and has one too many."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    del spec["paths"]["/api/v1/models/leaf-nodes"]
    spec["paths"]["/api/v1/models/imaginary"] = {"get": {"operationId": "imaginary", "responses": {}}}
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "check_routes.py"),
            "--python",
            str(server_python()),
            "--spec",
            str(broken),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1
    assert "missing from the spec: GET /api/v1/models/leaf-nodes" in result.stdout
    assert "not on the server:     GET /api/v1/models/imaginary" in result.stdout
