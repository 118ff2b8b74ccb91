"""``make check-drift``: the spec and its snapshot against the installed server's source.

``scripts/server_extract.py`` extracts, statically, what every route of the installed FEDn server
reads and answers. This script compares that extraction with

1. the checked-in snapshot ``openapi/server-snapshot.json`` (the extraction the spec was written
   from): any new or vanished route, query parameter, filter, header, body key, status code or
   auth requirement fails;
2. the spec ``openapi/fedn-api.yaml``, for the routes it covers (``/api/v1/*`` except graphql,
   plus ``/health`` and ``/get_controller_status``): every name the server reads must be declared,
   and every declared name must be read; a filter's value type must be the kind of the column it
   compares (``format: date-time`` for a timestamp); statuses the server returns must be declared; the
   ``security`` of an operation must match the route's auth; a request body the server closes
   must say ``additionalProperties: false``. A body property marked ``x-fedn-ignored: true`` is
   declared for the clients that send it (upstream's) and is known not to be read.

3. the fake controller (``fedn.testing``): ``SPEC_SHA256`` in ``src/fedn/testing/_spec.py`` pins
   the spec its routes and answers follow; a spec with another hash is a change the fake has not
   followed yet.

With ``--version X`` (``make check-drift FEDN_VERSION=X``) the extraction is of another FEDn
release: its wheel is downloaded with pip into ``build/fedn-wheels/`` (once), unpacked there
and compared with the same snapshot and spec, the server's version aside. That is how the
supported server versions are established (docs/local-network.md#server-versions).

Each problem is printed as ``METHOD /path: what (name)``. With ``--check-provenance`` it also
checks ``openapi/provenance.json`` (the hashes of the spec and the snapshot, the generator's
version, the server's version); ``make check-generated`` runs that part, ``make generate``
records the spec's hash. The snapshot's hash changes only with ``--update``, after a drift was
looked at.

Usage::

    .venv/bin/python scripts/check_drift.py [--root SERVER_FEDN_PACKAGE] [--snapshot FILE]
    .venv/bin/python scripts/check_drift.py --version 0.31.0   # FEDn 0.31.0's wheel instead
    .venv/bin/python scripts/check_drift.py --version 0.31.0 --wheels DIR   # a wheel already in DIR
    .venv/bin/python scripts/check_drift.py --update      # rewrite the snapshot and the provenance hashes
    .venv/bin/python scripts/check_drift.py --check-provenance
    .venv/bin/python scripts/check_drift.py --write-provenance  # make generate: record the spec's hash

Exit status 0 when nothing drifted, 1 otherwise, 2 when the server's source could not be read.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_routes import HTTP_METHODS, in_scope
from server_extract import default_root, extract

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "fedn-api.yaml"
SNAPSHOT = ROOT / "openapi" / "server-snapshot.json"
PROVENANCE = ROOT / "openapi" / "provenance.json"
PYPROJECT = ROOT / "pyproject.toml"
SERVER_REQUIREMENTS = ROOT / "scripts" / "server-requirements.txt"
WHEELS = ROOT / "build" / "fedn-wheels"
FAKE_PIN = ROOT / "src" / "fedn" / "testing" / "_spec.py"

#: headers the spec expresses otherwise (security, request body media type)
IMPLICIT_HEADERS = {"Authorization", "Content-Type"}
#: statuses a route can answer without its handler returning them (Flask's own error pages)
IMPLICIT_STATUSES = {"500"}
#: list fields of one route's extraction that the snapshot comparison names one by one
LIST_FIELDS = {
    "query": "query parameter",
    "headers": "header",
    "body": "body field",
    "status_codes": "status code",
}


# --- extraction vs snapshot -------------------------------------------------------------------


def compare_snapshot(
    current: dict[str, Any], snapshot: dict[str, Any], *, same_server: bool = True
) -> list[str]:
    """Every difference between two extractions, one line each (``same_server=False``: the
    server's version aside, when another release is compared on purpose)."""
    problems: list[str] = []
    if same_server and current["server"] != snapshot["server"]:
        problems.append(f"server: {snapshot['server']} in the snapshot, {current['server']} installed")
    if current["suffixes"] != snapshot["suffixes"]:
        problems.append(f"filter suffixes: {snapshot['suffixes']} in the snapshot, {current['suffixes']} now")
    now, then = current["routes"], snapshot["routes"]
    for route in sorted(set(now) - set(then)):
        problems.append(f"{route}: new route ({now[route]['handler']})")
    for route in sorted(set(then) - set(now)):
        problems.append(f"{route}: route vanished")
    for route in sorted(set(now) & set(then)):
        a, b = then[route], now[route]
        for key, what in LIST_FIELDS.items():
            for name in sorted(set(map(str, b[key])) - set(map(str, a[key]))):
                problems.append(f"{route}: new {what} {name!r}")
            for name in sorted(set(map(str, a[key])) - set(map(str, b[key]))):
                problems.append(f"{route}: {what} {name!r} vanished")
        old_filters, new_filters = a["filters"] or {}, b["filters"] or {}
        for name in sorted(set(new_filters) - set(old_filters)):
            problems.append(f"{route}: new filter {name!r}")
        for name in sorted(set(old_filters) - set(new_filters)):
            problems.append(f"{route}: filter {name!r} vanished")
        for name in sorted(set(old_filters) & set(new_filters)):
            if old_filters[name] != new_filters[name]:
                before, after = old_filters[name], new_filters[name]
                problems.append(f"{route}: filter {name!r} changed kind ({before} column, now {after})")
        for key in ("auth", "body_closed", "body_filters", "body_filters_split_commas", "handler"):
            if a[key] != b[key]:
                problems.append(f"{route}: {key} was {a[key]!r}, now {b[key]!r}")
    return problems


# --- extraction vs spec ----------------------------------------------------------------------


class Spec:
    """The spec with its local ``$ref``\\ s followed on demand."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow local ``$ref``\\ s until a plain object."""
        seen = 0
        while "$ref" in node:
            target: Any = self.doc
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 20:
                raise ValueError("$ref loop")
        return node

    def operations(self) -> dict[str, dict[str, Any]]:
        """``"METHOD /path"`` -> operation object."""
        return {
            f"{method.upper()} {path}": op
            for path, item in self.doc["paths"].items()
            for method, op in item.items()
            if method in HTTP_METHODS
        }

    def params(self, op: dict[str, Any], where: str) -> set[str]:
        """Names of the operation's parameters in ``where`` (query, header, path)."""
        return {p["name"] for p in map(self.resolve, op.get("parameters", [])) if p["in"] == where}

    def param_kind(self, op: dict[str, Any], where: str, name: str) -> str | None:
        """The kind of column a parameter's value is compared with, as the extraction names kinds:
        its schema's ``type``, or ``date-time`` for a string of that format -- unless the schema
        says ``x-fedn-timestamp-text: true`` (ISO 8601 timestamps in a text column, compared as
        text: ``string``). None: no such parameter."""
        for param in map(self.resolve, op.get("parameters", [])):
            if param["in"] == where and param["name"] == name:
                schema = self.resolve(param.get("schema", {}))
                if schema.get("format") == "date-time" and not schema.get("x-fedn-timestamp-text"):
                    return "date-time"
                return str(schema.get("type"))
        return None

    def body(self, op: dict[str, Any]) -> tuple[set[str], bool] | None:
        """The request body's top-level property names and whether it is closed (None: no body)."""
        body = op.get("requestBody")
        if body is None:
            return None
        names: set[str] = set()
        closed = True
        for media in self.resolve(body).get("content", {}).values():
            schema = self.resolve(media.get("schema", {}))
            for name, prop in schema.get("properties", {}).items():
                if not prop.get("x-fedn-ignored"):  # declared for clients that send it, never read
                    names.add(name)
            closed = closed and schema.get("additionalProperties", True) is False
        return names, closed


def compare_spec(extraction: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    """What the spec misses or declares in excess, against the extraction."""
    spec = Spec(doc)
    ops = spec.operations()
    routes = {key: value for key, value in extraction["routes"].items() if in_scope(key.split(" ", 1)[1])}
    problems: list[str] = []
    for route in sorted(set(routes) - set(ops)):
        problems.append(f"{route}: route missing from the spec")
    for route in sorted(set(ops) - set(routes)):
        problems.append(f"{route}: operation in the spec, route not on the server")
    for route in sorted(set(routes) & set(ops)):
        problems.extend(_compare_route(route, routes[route], ops[route], spec))
    return problems


def _compare_route(route: str, server: dict[str, Any], op: dict[str, Any], spec: Spec) -> list[str]:
    problems: list[str] = []
    read_query = set(server["query"]) | set(server["filters"] or {})
    declared_query = spec.params(op, "query")
    for name in sorted(read_query - declared_query):
        problems.append(f"{route}: query parameter {name!r} is read by the server, not declared in the spec")
    for name in sorted(declared_query - read_query):
        problems.append(f"{route}: query parameter {name!r} is declared in the spec, not read by the server")
    for name, kind in sorted((server["filters"] or {}).items()):
        declared = spec.param_kind(op, "query", name)
        if declared is not None and declared != kind:
            problems.append(f"{route}: filter {name!r} compares {kind} values, the spec declares {declared}")
    read_headers = set(server["headers"]) - IMPLICIT_HEADERS
    declared_headers = spec.params(op, "header")
    for name in sorted(read_headers - declared_headers):
        problems.append(f"{route}: header {name!r} is read by the server, not declared in the spec")
    for name in sorted(declared_headers - read_headers):
        problems.append(f"{route}: header {name!r} is declared in the spec, not read by the server")
    body = spec.body(op)
    if server["body"] and body is None:
        problems.append(
            f"{route}: the server reads a body ({', '.join(server['body'])}), the spec declares none"
        )
    if body is not None and not server["body_filters"]:
        names, closed = body
        for name in sorted(set(server["body"]) - names):
            problems.append(f"{route}: body field {name!r} is read by the server, not declared in the spec")
        for name in sorted(names - set(server["body"])):
            problems.append(f"{route}: body field {name!r} is declared in the spec, not read by the server")
        if server["body_closed"] != closed:
            state = "rejects" if server["body_closed"] else "accepts"
            problems.append(f"{route}: the server {state} unknown body keys, the spec says the opposite")
    declared_codes = set(op["responses"])
    for code in sorted({str(c) for c in server["status_codes"]} - declared_codes):
        problems.append(f"{route}: status code {code!r} is returned by the server, not declared in the spec")
    returned = {str(c) for c in server["status_codes"]} | IMPLICIT_STATUSES
    for code in sorted(declared_codes - returned):
        if code != "200" or "200" in returned:  # an unreachable 200 is described, not removed
            problems.append(f"{route}: status code {code!r} is declared in the spec, never returned")
    open_in_spec = op.get("security") == []
    if (server["auth"] is None) != open_in_spec:
        want = "open (security: [])" if server["auth"] is None else f"guarded (role {server['auth']})"
        problems.append(f"{route}: auth: the server's route is {want}, the spec says otherwise")
    return problems


# --- another release -------------------------------------------------------------------------


def release_root(version: str, wheels: Path = WHEELS) -> Path:
    """The ``fedn`` package of FEDn ``version``'s wheel: downloaded with pip once, unpacked beside it."""
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        raise LookupError(f"not a release version: {version!r}")
    folder = wheels / version
    if not (folder / "fedn").is_dir():
        found = sorted(wheels.glob(f"fedn-{version}-*.whl"))
        if not found:
            wheels.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"]
            subprocess.run([*command, "--dest", str(wheels), f"fedn=={version}"], check=True)
            found = sorted(wheels.glob(f"fedn-{version}-*.whl"))
        if not found:
            raise LookupError(f"pip downloaded no wheel of fedn {version} into {wheels}")
        with zipfile.ZipFile(found[0]) as wheel:
            wheel.extractall(folder)
    return folder / "fedn"


# --- the fake controller --------------------------------------------------------------------------


def fake_pin(path: Path = FAKE_PIN) -> str | None:
    """The ``SPEC_SHA256 = "..."`` the fake controller's module pins (read statically)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "SPEC_SHA256" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return None


def compare_fake(spec: Path = SPEC, pin: Path = FAKE_PIN) -> list[str]:
    """A problem when the spec changed since the fake controller last followed it."""
    pinned, actual = fake_pin(pin), sha256(spec)
    if pinned == actual:
        return []
    return [
        f"fedn.testing follows the spec with sha256 {pinned}, {spec.name} now has {actual}: make the fake's "
        f"routes and answers (src/fedn/testing, tests/unit/test_fake_*.py) follow the change, then set "
        f"SPEC_SHA256 in {pin.relative_to(ROOT) if pin.is_relative_to(ROOT) else pin}"
    ]


# --- provenance -------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pinned(text: str, package: str) -> str | None:
    """The ``package==X`` pin in a requirements-like text."""
    found = re.search(rf"(?m)[\"']?{re.escape(package)}(?:\[[^\]]*\])?==([^\"'\s,]+)", text)
    return found.group(1) if found else None


def check_provenance(provenance_path: Path = PROVENANCE) -> list[str]:
    """What in ``provenance.json`` no longer matches the files and pins it describes."""
    problems: list[str] = []
    record = json.loads(provenance_path.read_text(encoding="utf-8"))
    for key, path in (("spec", SPEC), ("snapshot", SNAPSHOT)):
        if record[key]["sha256"] != sha256(path):
            problems.append(
                f"provenance: {path.relative_to(ROOT)} changed since provenance.json was written "
                "(run scripts/check_drift.py --update after checking the drift)"
            )
    generator = record["generator"]
    pin = pinned(PYPROJECT.read_text(encoding="utf-8"), generator["name"])
    if pin != generator["version"]:
        problems.append(f"provenance: generator {generator['version']} recorded, pyproject.toml pins {pin}")
    try:
        installed = metadata.version(generator["name"])
    except metadata.PackageNotFoundError:
        installed = None
    if installed != generator["version"]:
        problems.append(f"provenance: generator {generator['version']} recorded, {installed} installed")
    server = record["server"]
    server_pin = pinned(SERVER_REQUIREMENTS.read_text(encoding="utf-8"), server["distribution"])
    if server_pin != server["version"]:
        problems.append(
            f"provenance: server {server['version']} recorded, server-requirements.txt pins {server_pin}"
        )
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    if snapshot["server"]["version"] != server["version"]:
        problems.append(
            f"provenance: server {server['version']} recorded, the snapshot is of {snapshot['server']}"
        )
    if not re.fullmatch(r"[0-9a-f]{40}", server.get("commit", "")):
        problems.append("provenance: the server's commit is not a full git hash")
    return problems


def write_provenance(provenance_path: Path = PROVENANCE, *, snapshot: bool) -> None:
    """Rewrite the spec's hash, the generator's version and (``snapshot``) the snapshot's hash."""
    record = json.loads(provenance_path.read_text(encoding="utf-8"))
    record["spec"]["sha256"] = sha256(SPEC)
    if snapshot:
        record["snapshot"]["sha256"] = sha256(SNAPSHOT)
    record["generator"]["version"] = metadata.version(record["generator"]["name"])
    provenance_path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=None, help="the server's installed fedn package")
    parser.add_argument(
        "--version", default=None, help="compare FEDn VERSION's wheel (downloaded into build/fedn-wheels)"
    )
    parser.add_argument("--wheels", type=Path, default=WHEELS, help="where --version finds or puts wheels")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument(
        "--update", action="store_true", help="rewrite the snapshot and the provenance hashes"
    )
    parser.add_argument("--check-provenance", action="store_true", help="check openapi/provenance.json only")
    parser.add_argument(
        "--write-provenance",
        action="store_true",
        help="rewrite provenance.json's hashes only (make generate)",
    )
    args = parser.parse_args(argv)

    if args.write_provenance:
        write_provenance(snapshot=False)
        return 0

    if args.check_provenance:
        problems = check_provenance()
        for line in problems:
            print(line, file=sys.stderr)
        if not problems:
            print("openapi/provenance.json matches the spec, the snapshot and the pins")
        return 1 if problems else 0
    if args.version and (args.update or args.root):
        parser.error("--version compares a release with the snapshot: not with --update or --root")
    try:
        root = release_root(args.version, args.wheels) if args.version else (args.root or default_root())
        current = extract(root)
    except (OSError, SyntaxError, LookupError, subprocess.CalledProcessError) as err:
        print(f"error: cannot read the server's source: {err}", file=sys.stderr)
        return 2
    if args.update:
        args.snapshot.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        write_provenance(snapshot=True)
        print(f"wrote {args.snapshot} and the hashes of {PROVENANCE}")
    snapshot = json.loads(args.snapshot.read_text(encoding="utf-8"))
    doc = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    if args.version:
        versions = current["server"]["version"], snapshot["server"]["version"]
        print("check-drift: FEDn {} against the snapshot of FEDn {}".format(*versions))
    drift = compare_snapshot(current, snapshot, same_server=args.version is None)
    problems = [f"drift (snapshot): {p}" for p in drift]
    problems += [f"drift (spec): {p}" for p in compare_spec(current, doc)]
    problems += [f"drift (fake): {p}" for p in compare_fake(args.spec)]
    for line in problems:
        print(line)
    if problems:
        print(f"check-drift FAILED: {len(problems)} difference(s)", file=sys.stderr)
        return 1
    print(
        f"check-drift OK: {len(current['routes'])} server routes of FEDn {current['server']['version']} "
        "match the snapshot; the spec matches them"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
