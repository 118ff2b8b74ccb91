"""PostgreSQL: the data directory, initdb and start, ``psql``, the schema workarounds of schema.sql."""

from __future__ import annotations

import hashlib
import os
import pwd
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .common import HOST, PACKAGE_DIR, NetworkError, say
from .launcher import Launcher, proc_start_time

SCHEMA_SQL = PACKAGE_DIR / "schema.sql"
PHASES = ("database", "tables")
_MARKER = re.compile(r"^--@ (?P<phase>[a-z]+): (?P<name>[a-z0-9-]+)\s*$")


def _find_pg_bin() -> Path:
    """PostgreSQL server binaries: $FEDN_PG_BIN, else version 15, else the newest installed."""
    if "FEDN_PG_BIN" in os.environ:
        return Path(os.environ["FEDN_PG_BIN"])
    preferred = Path("/usr/lib/postgresql/15/bin")
    if (preferred / "postgres").exists():
        return preferred
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else preferred


PG_BIN = _find_pg_bin()


# --------------------------------------------------------------------------- schema.sql


@dataclass(frozen=True)
class Statement:
    """One statement of schema.sql: its phase, its name and its SQL (without the leading comments)."""

    phase: str
    name: str
    sql: str


def read_schema(path: Path = SCHEMA_SQL) -> list[Statement]:
    """The statements of ``path``, in file order; NetworkError if the file breaks its format."""
    statements: list[Statement] = []
    current: tuple[str, str] | None = None
    body: list[str] = []

    def finish() -> None:
        if current is None:
            if any(line.strip() and not line.lstrip().startswith("--") for line in body):
                raise NetworkError(f"{path}: SQL before the first '--@ PHASE: NAME' line")
            return
        while body and (not body[0].strip() or body[0].lstrip().startswith("--")):
            del body[0]  # the statement's description
        sql = "\n".join(body).strip()
        if not sql:
            raise NetworkError(f"{path}: statement {current[1]!r} is empty")
        statements.append(Statement(current[0], current[1], sql + "\n"))

    for line in path.read_text().splitlines():
        marker = _MARKER.match(line)
        if marker is None:
            if line.startswith("--@"):
                raise NetworkError(f"{path}: malformed marker {line!r}")
            body.append(line)
            continue
        finish()
        if marker["phase"] not in PHASES:
            raise NetworkError(f"{path}: unknown phase in {line!r} (known: {', '.join(PHASES)})")
        if any(s.name == marker["name"] for s in statements):
            raise NetworkError(f"{path}: statement {marker['name']!r} appears twice")
        current, body = (marker["phase"], marker["name"]), []
    finish()
    return statements


def schema_statements(phase: str) -> list[Statement]:
    """The statements of schema.sql that run in ``phase``."""
    return [s for s in read_schema() if s.phase == phase]


# --------------------------------------------------------------------------- server


def as_postgres(cmd: list[str]) -> list[str]:
    """Prefix ``cmd`` so that it runs as the ``postgres`` user when we are root."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "-s", "/bin/sh", "postgres", "-c", shlex.join(cmd)]


def pg_datadir(state_dir: Path) -> Path:
    """A data directory the database user can reach: under the state dir if possible, else temp."""
    preferred = state_dir / "postgres"
    if os.geteuid() != 0:
        return preferred
    pw = pwd.getpwnam("postgres")
    preferred.mkdir(parents=True, exist_ok=True)
    os.chown(preferred, pw.pw_uid, pw.pw_gid)
    os.chmod(preferred, 0o700)
    if subprocess.run(as_postgres(["test", "-w", str(preferred)])).returncode == 0:
        return preferred
    shutil.rmtree(preferred, ignore_errors=True)
    key = hashlib.sha256(str(state_dir).encode()).hexdigest()[:12]
    fallback = Path(tempfile.gettempdir()) / f"fedn-network-pg-{key}"
    say(f"user postgres cannot enter {state_dir}; using {fallback} for the database")
    return fallback


def psql(port: int, sql: str, db: str = "fedn_db", timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run SQL through psql as the database superuser over TCP."""
    return subprocess.run(
        [
            str(PG_BIN / "psql"),
            *("-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1"),
            *("-h", HOST, "-p", str(port), "-U", "postgres", "-d", db),
            *("-c", sql),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PGCONNECT_TIMEOUT": "3"},
    )


def fresh_datadir(state_dir: Path) -> Path:
    """An empty data directory owned by the database user (mode 0700)."""
    datadir = pg_datadir(state_dir)
    if datadir.exists():
        shutil.rmtree(datadir)
    datadir.mkdir(parents=True)
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(datadir, pw.pw_uid, pw.pw_gid)
    os.chmod(datadir, 0o700)
    return datadir


def initdb(launcher: Launcher, datadir: Path) -> None:
    """``initdb`` a cluster in ``datadir`` (trust authentication, UTF8, C locale), log initdb.log."""
    init_log = launcher.logs / "initdb.log"
    cmd = [str(PG_BIN / "initdb"), "-D", str(datadir), "-A", "trust", "-U", "postgres"]
    with open(init_log, "w") as out:
        rc = subprocess.call(
            as_postgres([*cmd, "-E", "UTF8", "--locale=C", "--no-sync"]),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd="/",
        )
    if rc != 0:
        raise NetworkError("initdb failed", init_log)


def server_command(datadir: Path, port: int) -> list[str]:
    """The postgres server on 127.0.0.1:``port`` only (no socket), without durability (a test database)."""
    settings = {
        "listen_addresses": HOST,
        "unix_socket_directories": "",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "200",
    }
    options = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
    return as_postgres([str(PG_BIN / "postgres"), "-D", str(datadir), "-p", str(port), *options])


def start_postgres(launcher: Launcher, port: int) -> None:
    """initdb a fresh cluster, start it on 127.0.0.1:``port``, create ``fedn_db`` (phase database)."""
    if not (PG_BIN / "postgres").exists():
        raise NetworkError(f"PostgreSQL server binaries not found in {PG_BIN} (set FEDN_PG_BIN)")
    datadir = fresh_datadir(launcher.state_dir)
    launcher.state["postgres"] = {
        "host": HOST,
        "port": port,
        "datadir": str(datadir),
        "user": "postgres",
        "database": "fedn_db",
    }
    launcher.save()
    initdb(launcher, datadir)
    launcher.spawn("postgres", server_command(datadir, port), cwd=Path("/"))
    launcher.wait_for(
        "PostgreSQL", ["postgres"], lambda: psql(port, "SELECT 1", db="postgres").returncode == 0, 60
    )
    # Backends run in sessions of their own; the postmaster shuts them down on SIGINT (fast shutdown).
    postmaster = int((datadir / "postmaster.pid").read_text().split()[0])
    launcher.state["processes"]["postgres"]["postmaster_pid"] = postmaster
    launcher.state["processes"]["postgres"]["postmaster_start_time"] = proc_start_time(postmaster)
    launcher.save()
    steps = [("CREATE DATABASE fedn_db", "postgres")]
    steps += [(s.sql, "fedn_db") for s in schema_statements("database")]
    for sql, db in steps:
        done = psql(port, sql, db=db)
        if done.returncode != 0:
            raise NetworkError(f"{sql!r} failed: {done.stderr.strip()}", launcher.log_of("postgres"))


def apply_schema_workarounds(launcher: Launcher, port: int) -> None:
    """Run the ``tables`` statements of schema.sql once the controller has created its tables."""

    def tables_ready() -> bool:
        out = psql(port, "SELECT to_regclass('public.rounds') IS NOT NULL")
        return out.returncode == 0 and out.stdout.strip() == "t"

    launcher.wait_for("the controller's tables", ["controller"], tables_ready, 60)
    for statement in schema_statements("tables"):
        for _ in range(10):
            out = psql(port, "SET lock_timeout = '5s';" + statement.sql)
            if out.returncode == 0:
                break
            time.sleep(1)
        else:
            raise NetworkError(
                f"schema workaround {statement.name} failed: {out.stderr.strip()}",
                launcher.log_of("postgres"),
            )
