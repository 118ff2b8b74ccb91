"""Compare the spec's operations with the Flask routes of the installed FEDn server.

The route table comes from upstream FEDn's own Flask app (``fedn.network.api.server.app.url_map``),
imported in a child process run by the server venv's interpreter (upstream ``fedn`` is never importable
from the project venv). Importing the module starts nothing and needs no database or running server.

Compared: every route under /api/v1 except /api/v1/graphql, plus /health and /get_controller_status
(the other legacy routes only answer 410 and are left out of the spec on purpose).

Usage::

    .venv/bin/python scripts/check_routes.py [--python .server-venv/bin/python] [--spec openapi/fedn-api.yaml]

Exit status 0 when both sides list the same (method, path) pairs, 1 otherwise (the differences are
printed), 2 when the route table could not be read.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "fedn-api.yaml"
DEFAULT_PYTHON = ROOT / ".server-venv" / "bin" / "python"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
LEGACY_KEPT = {"/health", "/get_controller_status"}
EXCLUDED = {"/api/v1/graphql"}

# Runs inside the server venv: print the Flask url_map as JSON [[method, rule], ...].
_DUMP_PROGRAM = """
import json
from fedn.network.api.server import app
rules = sorted(
    [method, rule.rule]
    for rule in app.url_map.iter_rules()
    for method in rule.methods
    if method not in ("HEAD", "OPTIONS")
)
print(json.dumps(rules))
"""

_CONVERTER = re.compile(r"<(?:[a-zA-Z_][a-zA-Z0-9_]*(?:\([^)]*\))?:)?([a-zA-Z_][a-zA-Z0-9_]*)>")


def normalise(rule: str) -> str:
    """Turn a Flask rule into an OpenAPI path: ``/x/<string:id>`` becomes ``/x/{id}``."""
    return _CONVERTER.sub(r"{\1}", rule)


def in_scope(path: str) -> bool:
    """Whether a route belongs in the spec."""
    if path in EXCLUDED:
        return False
    return path.startswith("/api/v1/") or path in LEGACY_KEPT


def server_routes(python: Path) -> set[tuple[str, str]]:
    """The (METHOD, path) pairs the FEDn server registers, read with the given interpreter."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEDN_") and k != "PYTHONPATH"}
    with tempfile.TemporaryDirectory() as cwd:
        # -I: nothing from the current folder or PYTHONPATH may shadow upstream `fedn`.
        proc = subprocess.run(
            [str(python), "-I", "-c", _DUMP_PROGRAM],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"could not read the server's routes with {python}:\n{proc.stderr[-3000:]}")
    rules: list[list[str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    routes = {(method.upper(), normalise(rule)) for method, rule in rules}
    return {(method, path) for method, path in routes if in_scope(path)}


def spec_operations(spec_path: Path) -> set[tuple[str, str]]:
    """The (METHOD, path) pairs the spec documents."""
    import yaml

    doc = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    return {
        (method.upper(), path)
        for path, item in doc.get("paths", {}).items()
        for method in item
        if method in HTTP_METHODS
    }


def compare(server: set[tuple[str, str]], spec: set[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Routes the spec misses, and operations the server lacks, each as sorted "METHOD path" lines."""
    missing = sorted(f"{m} {p}" for m, p in server - spec)
    extra = sorted(f"{m} {p}" for m, p in spec - server)
    return missing, extra


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", type=Path, default=DEFAULT_PYTHON, help="interpreter of the server venv")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document to check")
    args = parser.parse_args(argv)

    if not args.python.exists():
        print(
            f"error: {args.python} not found (create the server venv: make package / make network-up)",
            file=sys.stderr,
        )
        return 2
    try:
        server = server_routes(args.python)
    except (RuntimeError, subprocess.TimeoutExpired, ValueError, IndexError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    spec = spec_operations(args.spec)
    missing, extra = compare(server, spec)
    for line in missing:
        print(f"missing from the spec: {line}")
    for line in extra:
        print(f"not on the server:     {line}")
    if missing or extra:
        print(f"route check FAILED: {len(missing)} missing, {len(extra)} extra", file=sys.stderr)
        return 1
    print(f"route check OK: the spec's {len(spec)} operations match the server's routes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
