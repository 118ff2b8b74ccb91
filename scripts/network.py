#!/usr/bin/env python3
"""Start, stop and inspect a real FEDn 0.33.0 network on 127.0.0.1.

Usage::

    python scripts/network.py build
    python scripts/network.py up [--clients N] [--auth] [--state-dir DIR]
    python scripts/network.py status [--state-dir DIR]
    python scripts/network.py down [--wipe] [--state-dir DIR]
    python scripts/network.py restart-controller [--down-for SECONDS] [--state-dir DIR]

``up`` creates (once) the server venv ``.server-venv/`` with the pinned upstream server
(scripts/server-requirements.txt), builds ``build/package.tgz`` and ``build/seed.npz`` from
``compute_package/``, then starts PostgreSQL 15, moto's S3 server, the FEDn controller, the hooks
service, one combiner and N clients, each in its own process group, logs under ``DIR/logs/``. It writes
``DIR/state.json`` (ports, pids, URLs, log paths, package and seed paths, token) and prints
the controller URL. Every ``up`` starts from an empty database (the object store is in
memory, so nothing can survive a restart). ``down`` stops every process group it started
and checks that no recorded port is still listening; ``--wipe`` also deletes ``DIR``.

Upstream bugs worked around (see the project README):

* NOT NULL columns that upstream writes NULL into: dropped after the controller made the tables.
* ``'True'``/``'False'`` strings written into Boolean columns: a start-up shim (a ``.pth`` file
  in the server venv, active only where ``FEDN_NETWORK_SHIMS=1``) lets SQLAlchemy accept them.
* Round ids compared as text ("9" > "10"): ``rounds.id`` gets a numeric ICU collation.
* Server functions (a class's source text) stored in ``varchar(255)``: every ``server_functions``
  column with a length limit becomes ``text`` (in 0.33 only ``session_configs`` has one).
* Server functions need FEDn's hooks service: started as upstream's docker-compose.yaml does
  (``fedn hooks start``; the shim moves its hard-coded port 12081 to a free one), the combiner
  finds it through ``HOOK_SERVICE_HOST`` (see ``hooks_env`` for how it reaches the controller).
* Package upload writes to ``FEDN_COMPUTE_PACKAGE_DIR`` while the checksum route reads the
  controller's working directory: both are ``DIR/controller/``.
* Controller (0.0.0.0) and combiner ([::]) bind every interface: the same shim binds them to
  127.0.0.1. The controller runs upstream's ``debug: True`` path (Flask's threaded server, one
  process) without the reloader and the interactive debugger; the ``debug: False`` path
  (gunicorn, one worker per CPU) would keep a separate session state in every worker.
* Predictions: presigned URLs (asked for by every prediction request) call a MinIO-only method
  on the BOTO3 repository, and the exception killed the combiner's round loop: the shim signs them
  with boto3. Every client's prediction has the request's ``prediction_id`` as primary key (the
  second insert failed and that client exited): the shim stores it as ``PREDICTION_ID:CLIENT``.
  The clients' status rows carry the prediction id as session id (a foreign key to ``sessions``
  that made every client exit): that foreign key is dropped.

Only the standard library is used here; fedn, moto and psycopg live in the server venv.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import pwd
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "scripts"
SERVER_VENV = REPO / ".server-venv"
REQUIREMENTS = SCRIPTS / "server-requirements.txt"
CONSTRAINTS = SCRIPTS / "server-constraints.txt"
PACKAGE_SRC = REPO / "compute_package" / "client"
BUILD_DIR = REPO / "build"
PACKAGE_TGZ = BUILD_DIR / "package.tgz"
SEED_NPZ = BUILD_DIR / "seed.npz"
DEFAULT_STATE_DIR = REPO / ".fedn-network"


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
HOST = "127.0.0.1"
NETWORK_ID = "fedn-network"
COMBINER_NAME = "combiner"
INTERNAL_URL_PREFIX = "/internal"  # what upstream's allowed_import appends to the controller address
S3_KEY = "fedn_admin"
S3_SECRET = "password"  # moto accepts any credentials; nothing leaves 127.0.0.1
AWS_ENV = {"AWS_ACCESS_KEY_ID": S3_KEY, "AWS_SECRET_ACCESS_KEY": S3_SECRET, "AWS_DEFAULT_REGION": "eu-west-1"}

# Imported at start-up of every interpreter in the server venv through a .pth file; does
# nothing unless FEDN_NETWORK_SHIMS=1 (set only for the controller and the combiner).
SHIM_MODULE = '''\
"""Workarounds for upstream FEDn 0.33.0, installed by scripts/network.py."""
import os

if os.environ.get("FEDN_NETWORK_SHIMS") == "1":
    from sqlalchemy.sql import sqltypes as _sqltypes

    _strict = _sqltypes.Boolean._strict_as_bool

    def _lenient_as_bool(self, value):
        # The combiner stores round-config booleans as the strings 'True'/'False'.
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return _strict(self, value)

    _sqltypes.Boolean._strict_as_bool = _lenient_as_bool

    _bind = os.environ.get("FEDN_NETWORK_BIND_HOST")
    if _bind:
        import flask as _flask
        import grpc._server as _grpc_server

        _flask_run = _flask.Flask.run

        def _run(self, host=None, port=None, debug=None, load_dotenv=True, **options):
            # upstream hard-codes host="0.0.0.0"; its debug mode would also start the reloader
            # (a second process polling every module file) and the interactive debugger
            options.setdefault("use_reloader", False)
            options.setdefault("use_debugger", False)
            options.setdefault("threaded", True)
            return _flask_run(self, _bind, port, debug, load_dotenv, **options)

        _flask.Flask.run = _run

        _add_insecure_port = _grpc_server._Server.add_insecure_port

        def _add_port(self, address):
            # upstream hard-codes "[::]:PORT" (the hooks service even its port, 12081)
            port = os.environ.get("FEDN_NETWORK_GRPC_PORT") or address.rsplit(":", 1)[-1]
            return _add_insecure_port(self, _bind + ":" + port)

        _grpc_server._Server.add_insecure_port = _add_port

    try:
        from fedn.network.storage.s3 import repository as _repository
        from fedn.network.storage.statestore.stores import prediction_store as _prediction_store
    except ImportError:  # not the server venv's fedn
        _repository = _prediction_store = None

    if _repository is not None:

        def _presigned(method, minio_fallback):
            def presigned(self, bucket, object_name, expires=None):
                # upstream calls the MinIO client's presigned_*_object on every backend; the
                # BOTO3 repository has none, and the exception killed the combiner's round loop
                store = self.client
                if not hasattr(store, "s3_client"):
                    return minio_fallback(self, bucket, object_name, *([expires] if expires else []))
                seconds = int(expires.total_seconds()) if expires else 3600
                params = {"Bucket": bucket, "Key": object_name}
                return store.s3_client.generate_presigned_url(method, Params=params, ExpiresIn=seconds)

            return presigned

        _repo = _repository.Repository
        _repo.presigned_put_url = _presigned("put_object", _repo.presigned_put_url)
        _repo.presigned_get_url = _presigned("get_object", _repo.presigned_get_url)

    if _prediction_store is not None:
        _sql_predictions = _prediction_store.SQLPredictionStore
        _add_prediction = _sql_predictions.add

        def _add_prediction_of_client(self, item):
            # upstream's primary key is the prediction id, the same for every client of one
            # prediction request: the second client's insert failed and that client exited
            sender = item.sender.name if item.sender else None
            if item.prediction_id and sender:
                item.prediction_id = f"{item.prediction_id}:{sender}"
            return _add_prediction(self, item)

        _sql_predictions.add = _add_prediction_of_client
'''
SHIM_NAME = "_fedn_network_shim"
OLD_SHIM_NAMES = ("_fedn_network_shims",)

# SQL applied once the controller has created its tables.
SQL_DROP_NOT_NULL = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.is_nullable = 'NO' AND c.column_name <> 'id'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage k
          ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
          AND k.table_name = c.table_name AND k.column_name = c.column_name)
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I DROP NOT NULL', r.table_name, r.column_name);
  END LOOP;
END $$;
"""
SQL_NUMERIC_COLLATION = "CREATE COLLATION IF NOT EXISTS numeric (provider = icu, locale = 'en-u-kn-true');"
SQL_ROUND_IDS = 'ALTER TABLE rounds ALTER COLUMN id TYPE varchar COLLATE "numeric";'
# Clients report prediction requests with the prediction id as session id.
SQL_STATUS_SESSION_FK = "ALTER TABLE statuses DROP CONSTRAINT IF EXISTS fk_statuses_session_id_sessions;"
# Server-functions source text (a whole class) in a varchar(255) column: make every such column text.
SQL_WIDEN_SERVER_FUNCTIONS = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'server_functions'
      AND character_maximum_length IS NOT NULL
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text', r.table_name, r.column_name);
  END LOOP;
END $$;
"""


class NetworkError(RuntimeError):
    """A step of ``up`` failed; ``log`` names the log of the failing process, if any."""

    def __init__(self, message: str, log: Path | None = None) -> None:
        super().__init__(message)
        self.log = log


# --------------------------------------------------------------------------- helpers


def say(message: str) -> None:
    """Progress output (stderr, so stdout stays machine-readable)."""
    print(f"[network] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (created if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def shared_lock_path(kind: str) -> Path:
    """A lock file outside the work tree, one per repository checkout and ``kind``."""
    key = hashlib.sha256(str(REPO).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"fedn-network-{key}-{kind}.lock"


def tail(path: Path | None, lines: int = 40) -> str:
    """The last ``lines`` lines of a log file."""
    if path is None or not path.exists():
        return ""
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:])


def files_digest(paths: list[Path], extra: str = "") -> str:
    """sha256 over the names and contents of ``paths`` plus ``extra``."""
    h = hashlib.sha256(extra.encode())
    for p in sorted(paths):
        h.update(str(p.relative_to(REPO)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def free_ports(count: int) -> list[int]:
    """``count`` distinct free TCP ports (free on the wildcard address, hence on 127.0.0.1 too)."""
    held: list[socket.socket] = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            held.append(s)
            s.bind(("0.0.0.0", 0))
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def port_listening(port: int) -> bool:
    """True if something accepts TCP connections on 127.0.0.1:``port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((HOST, port)) == 0


def http_get(url: str, token: str | None = None, timeout: float = 5.0) -> tuple[int, Any]:
    """GET ``url``; returns ``(status, parsed JSON or text)``; status 0 if unreachable."""
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")
    except (OSError, ValueError):
        return 0, None
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body


def make_jwt(secret: str, claims: dict[str, Any]) -> str:
    """An HS256 JSON Web Token (what FEDn's controller checks when FEDN_JWT_SECRET_KEY is set)."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


# --------------------------------------------------------------------------- processes


def proc_start_time(pid: int) -> int | None:
    """Start time (clock ticks since boot) of ``pid``, or None if it does not exist."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[19])


def proc_running(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def group_members(pgid: int) -> list[int]:
    """Pids of the live (non-zombie) processes in process group ``pgid``."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def stop_group(name: str, pgid: int, timeout: float = 15.0) -> bool:
    """SIGTERM the process group, then SIGKILL whatever is left; True when nothing is left."""
    if not group_members(pgid):
        return True
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not group_members(pgid):
            return True
        time.sleep(0.2)
    say(f"{name}: still running after SIGTERM, sending SIGKILL")
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if not group_members(pgid):
            return True
        time.sleep(0.1)
    return False


class Launcher:
    """Starts the processes of one network and records them in its state file."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.state_file = state_dir / "state.json"
        self.logs = state_dir / "logs"
        self.state: dict[str, Any] = {}
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def save(self) -> None:
        """Write the state file atomically."""
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, indent=2) + "\n")
        os.replace(tmp, self.state_file)

    def spawn(self, name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        """Start ``cmd`` in a new session (own process group), output to ``logs/NAME.log``."""
        log = self.logs / f"{name}.log"
        cwd.mkdir(parents=True, exist_ok=True)
        with open(log, "ab") as out:
            proc = subprocess.Popen(
                cmd,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.children[name] = proc
        self.state["processes"][name] = {
            "pid": proc.pid,
            "pgid": proc.pid,
            "start_time": proc_start_time(proc.pid),
            "log": str(log),
            "cmd": cmd,
        }
        self.state["pids"][name] = proc.pid
        self.save()

    def check_alive(self, name: str) -> None:
        """Raise NetworkError if process ``name`` has exited."""
        proc = self.children[name]
        if proc.poll() is not None:
            raise NetworkError(f"{name} exited with code {proc.returncode}", self.logs / f"{name}.log")

    def wait_for(self, what: str, names: list[str], check: Any, timeout: float) -> None:
        """Poll ``check()`` until true; fail if it times out or one of ``names`` dies."""
        deadline = time.monotonic() + timeout
        while True:
            for name in names:
                self.check_alive(name)
            if check():
                return
            if time.monotonic() > deadline:
                log = self.logs / f"{names[-1]}.log" if names else None
                raise NetworkError(f"timed out after {timeout:.0f} s waiting for {what}", log)
            time.sleep(0.5)


# --------------------------------------------------------------------------- server venv & build


def venv_bin(name: str) -> Path:
    """Path of an executable in the server venv."""
    return SERVER_VENV / "bin" / name


def ensure_server_venv() -> None:
    """Create the server venv once (recreate it when the requirements change); install the shim."""
    digest = files_digest([REQUIREMENTS, CONSTRAINTS])
    marker = SERVER_VENV / ".fedn-network-requirements"
    with file_lock(shared_lock_path("server-venv")):
        if not (marker.exists() and marker.read_text().strip() == digest and venv_bin("fedn").exists()):
            create_server_venv()
            marker.write_text(digest + "\n")
        purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        site = Path(
            subprocess.run(
                [str(venv_bin("python")), "-c", purelib], check=True, capture_output=True, text=True
            ).stdout.strip()
        )
        for old in OLD_SHIM_NAMES:
            for suffix in (".pth", ".py"):
                (site / f"{old}{suffix}").unlink(missing_ok=True)
        shim = site / f"{SHIM_NAME}.py"
        if not shim.exists() or shim.read_text() != SHIM_MODULE:
            shim.write_text(SHIM_MODULE)
        pth = site / f"{SHIM_NAME}.pth"
        if not pth.exists():
            pth.write_text(f"import {SHIM_NAME}\n")


def create_server_venv() -> None:
    """(Re)create ``.server-venv`` and install the pinned upstream server into it."""
    say(f"creating the server venv {SERVER_VENV} (fedn==0.33.0, moto, psycopg; about a minute)")
    if SERVER_VENV.exists():
        shutil.rmtree(SERVER_VENV)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(SERVER_VENV)], check=True)
    log = Path(tempfile.gettempdir()) / f"fedn-server-venv-{os.getpid()}.log"
    with open(log, "w") as out:
        rc = subprocess.call(
            [str(venv_bin("pip")), "install", "--disable-pip-version-check", "-q", "-r", str(REQUIREMENTS)],
            cwd=SCRIPTS,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    if rc != 0:
        raise NetworkError("pip install into the server venv failed", log)
    log.unlink()


def package_sources() -> list[Path]:
    """Files of the compute package (what ``fedn package create`` would pack)."""
    return [
        p
        for p in PACKAGE_SRC.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]


def build() -> tuple[Path, Path]:
    """Build ``build/package.tgz`` and ``build/seed.npz`` unless they are up to date."""
    ensure_server_venv()
    digest = files_digest(package_sources(), (SERVER_VENV / ".fedn-network-requirements").read_text())
    marker = BUILD_DIR / ".package-digest"
    with file_lock(shared_lock_path("build")):
        if (
            PACKAGE_TGZ.exists()
            and SEED_NPZ.exists()
            and marker.exists()
            and marker.read_text().strip() == digest
        ):
            return PACKAGE_TGZ, SEED_NPZ
        BUILD_DIR.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(dir=BUILD_DIR) as tmp:
            out = subprocess.run(
                [
                    str(venv_bin("fedn")),
                    "package",
                    "create",
                    "--path",
                    str(PACKAGE_SRC),
                    "--output",
                    tmp,
                    "--name",
                    "package.tgz",
                ],
                capture_output=True,
                text=True,
            )
            tgz = Path(tmp) / "package.tgz"
            try:
                with tarfile.open(tgz) as tar:
                    names = tar.getnames()
            except (OSError, tarfile.TarError) as err:
                raise NetworkError(f"fedn package create failed: {err}\n{out.stdout}{out.stderr}") from err
            if "fedn.yaml" not in names:
                raise NetworkError(f"package.tgz has no fedn.yaml: {names}")
            seed = subprocess.run(
                [str(venv_bin("python")), str(PACKAGE_SRC / "model.py"), str(Path(tmp) / "seed.npz")],
                capture_output=True,
                text=True,
            )
            if seed.returncode != 0:
                raise NetworkError(f"building the seed model failed:\n{seed.stdout}{seed.stderr}")
            os.replace(tgz, PACKAGE_TGZ)
            os.replace(Path(tmp) / "seed.npz", SEED_NPZ)
        marker.write_text(digest + "\n")
        say(f"built {PACKAGE_TGZ.relative_to(REPO)} and {SEED_NPZ.relative_to(REPO)}")
    return PACKAGE_TGZ, SEED_NPZ


# --------------------------------------------------------------------------- postgres


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
            "-X",
            "-q",
            "-tA",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            HOST,
            "-p",
            str(port),
            "-U",
            "postgres",
            "-d",
            db,
            "-c",
            sql,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PGCONNECT_TIMEOUT": "3"},
    )


def start_postgres(launcher: Launcher, port: int) -> None:
    """initdb a fresh cluster, start it on 127.0.0.1:``port`` and create ``fedn_db``."""
    if not (PG_BIN / "postgres").exists():
        raise NetworkError(f"PostgreSQL server binaries not found in {PG_BIN} (set FEDN_PG_BIN)")
    datadir = pg_datadir(launcher.state_dir)
    if datadir.exists():
        shutil.rmtree(datadir)
    datadir.mkdir(parents=True)
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(datadir, pw.pw_uid, pw.pw_gid)
    os.chmod(datadir, 0o700)
    launcher.state["postgres"] = {
        "host": HOST,
        "port": port,
        "datadir": str(datadir),
        "user": "postgres",
        "database": "fedn_db",
    }
    launcher.save()
    init_log = launcher.logs / "initdb.log"
    with open(init_log, "w") as out:
        rc = subprocess.call(
            as_postgres(
                [
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(datadir),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            ),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd="/",
        )
    if rc != 0:
        raise NetworkError("initdb failed", init_log)
    launcher.spawn(
        "postgres",
        as_postgres(
            [
                str(PG_BIN / "postgres"),
                "-D",
                str(datadir),
                "-p",
                str(port),
                "-c",
                f"listen_addresses={HOST}",
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
            ]
        ),
        cwd=Path("/"),
    )
    launcher.wait_for(
        "PostgreSQL", ["postgres"], lambda: psql(port, "SELECT 1", db="postgres").returncode == 0, 60
    )
    # Backends run in sessions of their own; the postmaster shuts them down on SIGINT (fast shutdown).
    postmaster = int((datadir / "postmaster.pid").read_text().split()[0])
    launcher.state["processes"]["postgres"]["postmaster_pid"] = postmaster
    launcher.state["processes"]["postgres"]["postmaster_start_time"] = proc_start_time(postmaster)
    launcher.save()
    for sql, db in (("CREATE DATABASE fedn_db", "postgres"), (SQL_NUMERIC_COLLATION, "fedn_db")):
        done = psql(port, sql, db=db)
        if done.returncode != 0:
            raise NetworkError(f"{sql!r} failed: {done.stderr.strip()}", launcher.logs / "postgres.log")


def apply_schema_workarounds(launcher: Launcher, port: int) -> None:
    """Relax upstream's schema once the controller has created it (see module docstring)."""

    def tables_ready() -> bool:
        out = psql(port, "SELECT to_regclass('public.rounds') IS NOT NULL")
        return out.returncode == 0 and out.stdout.strip() == "t"

    launcher.wait_for("the controller's tables", ["controller"], tables_ready, 60)
    for sql in (SQL_DROP_NOT_NULL, SQL_ROUND_IDS, SQL_STATUS_SESSION_FK, SQL_WIDEN_SERVER_FUNCTIONS):
        for _ in range(10):
            out = psql(port, "SET lock_timeout = '5s';" + sql)
            if out.returncode == 0:
                break
            time.sleep(1)
        else:
            raise NetworkError(
                f"schema workaround failed: {out.stderr.strip()}", launcher.logs / "postgres.log"
            )


# --------------------------------------------------------------------------- up / down / status


def network_healthy(state: dict[str, Any]) -> bool:
    """True if every recorded process runs and the controller answers /health."""
    if state.get("status") != "running":
        return False
    for info in state.get("processes", {}).values():
        if proc_start_time(info["pid"]) != info.get("start_time"):
            return False
    status, _ = http_get(f"{state['controller_url']}/health", timeout=3)
    return status == 200


def read_state(state_dir: Path) -> dict[str, Any] | None:
    """The state file's content, or None."""
    try:
        return dict(json.loads((state_dir / "state.json").read_text()))
    except (OSError, ValueError):
        return None


def stop_recorded(state: dict[str, Any]) -> list[str]:
    """Stop every recorded process group (newest first); returns names that would not stop."""
    failed = []
    for name, info in reversed(list(state.get("processes", {}).items())):
        postmaster = info.get("postmaster_pid")
        if postmaster and proc_start_time(postmaster) == info.get("postmaster_start_time"):
            with contextlib.suppress(ProcessLookupError):
                os.kill(postmaster, signal.SIGINT)
            deadline = time.monotonic() + 15
            while proc_running(postmaster) and time.monotonic() < deadline:
                time.sleep(0.1)
            if proc_running(postmaster):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(postmaster, signal.SIGKILL)
        pgid = int(info.get("pgid", info["pid"]))
        if not stop_group(name, pgid):
            failed.append(name)
    return failed


def server_env(settings: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of the controller and the combiner."""
    env = dict(os.environ)
    for key in (
        "FEDN_JWT_SECRET_KEY",
        "FEDN_AUTH_SCHEME",
        "FEDN_CUSTOM_URL_PREFIX",
        "FEDN_AUTH_TOKEN",
        "REDUCER_SERVICE_HOST",
        "REDUCER_SERVICE_PORT",
        "VIRTUAL_ENV",
        "PYTHONPATH",
    ):
        env.pop(key, None)
    env.update(
        {
            "STATESTORE_CONFIG": str(settings),
            "MODELSTORAGE_CONFIG": str(settings),
            "FEDN_NETWORK_SHIMS": "1",
            "FEDN_NETWORK_BIND_HOST": HOST,
            "FEDN_MODEL_DIR": str(settings.parent / "models"),  # upstream default: /tmp/models
            "PATH": f"{SERVER_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONUNBUFFERED": "1",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    env.update(extra or {})
    return env


def controller_env(state_dir: Path, secret: str | None) -> dict[str, str]:
    """Environment of the controller of the network in ``state_dir``."""
    return server_env(
        state_dir / "settings.yaml",
        AWS_ENV
        | {
            # where uploaded packages are also written (upstream default: /app/client/package/); the
            # controller's working folder, because GET /packages/checksum looks in os.getcwd()
            "FEDN_COMPUTE_PACKAGE_DIR": str(state_dir / "controller") + os.sep,
            # every route also under /internal/..., where server functions' api_client calls
            "FEDN_CUSTOM_URL_PREFIX": INTERNAL_URL_PREFIX,
        }
        | ({"FEDN_JWT_SECRET_KEY": secret} if secret else {}),
    )


def hooks_env(state_dir: Path, api_port: int, hook_port: int, token: str | None) -> dict[str, str]:
    """Environment of FEDn's server-functions (hooks) service, as upstream's docker-compose.yaml.

    Upstream's compose sets ``TMPDIR`` (the service writes models to temporary files) and
    ``GET_HOSTS_FROM`` (which fedn never reads); the port the service hard-codes (12081, all
    interfaces) becomes 127.0.0.1:``hook_port`` through the shim.
    ``REDUCER_SERVICE_HOST``/``PORT`` give the ``api_client`` of server functions the controller:
    upstream's ``allowed_import`` appends ``/internal`` to that address, which the controller serves
    because it runs with ``FEDN_CUSTOM_URL_PREFIX=/internal``; under ``--auth`` the admin token
    goes in ``FEDN_AUTH_TOKEN`` (read by upstream's APIClient).
    """
    tmp = state_dir / "hooks" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return server_env(
        state_dir / "settings.yaml",
        {
            "TMPDIR": str(tmp),
            "FEDN_NETWORK_GRPC_PORT": str(hook_port),
            "REDUCER_SERVICE_HOST": HOST,
            "REDUCER_SERVICE_PORT": str(api_port),
        }
        | ({"FEDN_AUTH_TOKEN": token} if token else {}),
    )


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as YAML (JSON is valid YAML 1.2 and PyYAML reads it)."""
    path.write_text(json.dumps(data, indent=2) + "\n")


def up(state_dir: Path, n_clients: int, auth: bool) -> int:
    """Start a network in ``state_dir`` unless a healthy one already runs there."""
    state_dir.mkdir(parents=True, exist_ok=True)
    with file_lock(state_dir / ".lock"):
        old = read_state(state_dir)
        if old is not None and network_healthy(old):
            say(f"a network is already running for {state_dir}; not starting another one")
            print(json.dumps(old, indent=2))
            print(f"FEDn controller: {old['controller_url']}", file=sys.stderr)
            return 0
        if old is not None:
            say("cleaning up the remains of a previous network")
            stop_recorded(old)
        package, seed = build()
        launcher = Launcher(state_dir)
        try:
            start_network(launcher, n_clients, auth, package, seed)
        except (NetworkError, subprocess.SubprocessError, OSError, KeyboardInterrupt) as err:
            log = err.log if isinstance(err, NetworkError) else None
            say(f"up failed: {err}")
            if log is not None:
                say(f"last lines of {log}:\n{tail(log)}")
            say("stopping what was started")
            stop_recorded(launcher.state)
            for proc in launcher.children.values():
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
            launcher.state["status"] = "failed"
            launcher.save()
            return 1
    print(json.dumps(launcher.state, indent=2))
    print(f"FEDn controller: {launcher.state['controller_url']}", file=sys.stderr)
    return 0


def start_network(launcher: Launcher, n_clients: int, auth: bool, package: Path, seed: Path) -> None:
    """Start postgres, S3, controller, combiner and clients; fill ``launcher.state``."""
    state_dir = launcher.state_dir
    if launcher.logs.exists():
        shutil.rmtree(launcher.logs)
    for sub in ("controller", "hooks", "combiner", "clients", "models"):
        shutil.rmtree(state_dir / sub, ignore_errors=True)
    launcher.logs.mkdir(parents=True)
    pg_port, s3_port, api_port, grpc_port, hook_port = free_ports(5)
    secret = secrets.token_hex(32) if auth else None
    token = (
        make_jwt(secret, {"role": "admin", "sub": "fedn-network-admin", "iat": int(time.time())})
        if secret
        else None
    )
    client_token = (
        make_jwt(secret, {"role": "client", "sub": "fedn-network-client", "iat": int(time.time())})
        if secret
        else None
    )
    controller_url = f"http://{HOST}:{api_port}"
    client_names = [f"client{i + 1}" for i in range(n_clients)]
    launcher.state = {
        "status": "starting",
        "state_dir": str(state_dir),
        "controller_url": controller_url,
        "controller_port": api_port,
        "api_url": f"http://{HOST}",
        "api_port": api_port,
        "package": str(package),
        "seed": str(seed),
        "helper": "numpyhelper",
        "auth": auth,
        "token": token,
        "client_token": client_token,
        "jwt_secret": secret,
        "network_id": NETWORK_ID,
        "combiner": {"name": COMBINER_NAME, "host": HOST, "port": grpc_port},
        "hooks": {"host": HOST, "port": hook_port},
        "clients": client_names,
        "ports": {
            "postgres": pg_port,
            "s3": s3_port,
            "controller": api_port,
            "hooks": hook_port,
            "combiner": grpc_port,
        },
        "s3_endpoint": f"http://{HOST}:{s3_port}",
        "postgres": {},
        "logs": str(launcher.logs),
        "server_venv": str(SERVER_VENV),
        "processes": {},
        "pids": {},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    launcher.save()

    say(f"starting PostgreSQL on {HOST}:{pg_port}")
    start_postgres(launcher, pg_port)

    say(f"starting moto S3 on {HOST}:{s3_port}")
    launcher.spawn("s3", [str(venv_bin("moto_server")), "-H", HOST, "-p", str(s3_port)], cwd=state_dir / "s3")
    launcher.wait_for("S3", ["s3"], lambda: http_get(f"http://{HOST}:{s3_port}/")[0] == 200, 60)

    settings = state_dir / "settings.yaml"
    write_yaml(
        settings,
        {
            "network_id": NETWORK_ID,
            "controller": {"host": HOST, "port": api_port, "debug": True},
            "statestore": {
                "type": "PostgreSQL",
                "postgres_config": {"username": "postgres", "password": "", "host": HOST, "port": pg_port},
            },
            "storage": {
                "storage_type": "BOTO3",
                "storage_config": {
                    "storage_endpoint": f"http://{HOST}:{s3_port}",
                    "storage_access_key": S3_KEY,
                    "storage_secret_key": S3_SECRET,
                    "storage_bucket": "fedn-models",
                    "context_bucket": "fedn-context",
                    "storage_secure_mode": False,
                    "storage_verify_ssl": False,
                },
            },
        },
    )
    aws = dict(AWS_ENV)

    say(f"starting the controller on {controller_url}{' with JWT auth' if auth else ''}")
    launcher.spawn(
        "controller",
        [str(venv_bin("fedn")), "controller", "start"],
        state_dir / "controller",
        controller_env(state_dir, secret),
    )
    # Started while the controller starts (both spend seconds importing fedn); the combiner needs it.
    say(f"starting the server-functions (hooks) service on {HOST}:{hook_port}")
    launcher.spawn(
        "hooks",
        [str(venv_bin("fedn")), "hooks", "start"],
        state_dir / "hooks",
        hooks_env(state_dir, api_port, hook_port, token),
    )
    launcher.wait_for(
        "controller /health",
        ["hooks", "controller"],  # on a timeout the last one's log is shown
        lambda: http_get(f"{controller_url}/health")[0] == 200,
        120,
    )
    apply_schema_workarounds(launcher, pg_port)
    launcher.wait_for("the hooks service", ["hooks"], lambda: port_listening(hook_port), 120)

    say(f"starting combiner {COMBINER_NAME!r} on {HOST}:{grpc_port}")
    combiner_yaml = state_dir / "combiner.yaml"
    write_yaml(
        combiner_yaml,
        {
            "network_id": NETWORK_ID,
            "discover_host": HOST,
            "discover_port": api_port,
            "name": COMBINER_NAME,
            "host": HOST,
            "address": HOST,
            "fqdn": None,
            "port": grpc_port,
            "max_clients": 30,
            "secure": False,
            "verify": False,
        },
    )
    combiner_env = server_env(settings, aws | {"HOOK_SERVICE_HOST": f"{HOST}:{hook_port}"})
    launcher.spawn(
        "combiner",
        [str(venv_bin("fedn")), "combiner", "start", "--init", str(combiner_yaml)],
        state_dir / "combiner",
        combiner_env,
    )

    def combiner_listed() -> bool:
        status, body = http_get(f"{controller_url}/api/v1/combiners/", token)
        names = (
            [c.get("name") for c in body.get("result", [])]
            if status == 200 and isinstance(body, dict)
            else []
        )
        return COMBINER_NAME in names and port_listening(grpc_port)

    launcher.wait_for("the combiner", ["controller", "combiner"], combiner_listed, 120)

    for index, name in enumerate(client_names):
        workdir = state_dir / "clients" / name
        (workdir / "client").mkdir(parents=True)
        with tarfile.open(package) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(workdir / "client", filter="data")
            else:  # pragma: no cover - Python < 3.11.4
                tar.extractall(workdir / "client")
        env = dict(os.environ)
        for key in ("VIRTUAL_ENV", "PYTHONPATH", "FEDN_JWT_SECRET_KEY"):
            env.pop(key, None)
        env.update(
            {
                "PATH": f"{SERVER_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
                "PYTHONUNBUFFERED": "1",
                "FEDN_CLIENT_NAME": name,
                "FEDN_DATA_SHARD": str(index),
                "FEDN_NUM_SHARDS": str(n_clients),
                "NO_PROXY": "127.0.0.1,localhost",
                "no_proxy": "127.0.0.1,localhost",
            }
        )
        cmd = [
            str(venv_bin("fedn")),
            "client",
            "start",
            "--api-url",
            f"http://{HOST}",
            "--api-port",
            str(api_port),
            "--name",
            name,
            "--local-package",
        ]
        if client_token:
            cmd += ["--token", client_token]
        say(f"starting {name}")
        launcher.spawn(name, cmd, workdir, env)

    def clients_online() -> bool:
        status, body = http_get(f"{controller_url}/api/v1/clients/", token)
        if status != 200 or not isinstance(body, dict):
            return False
        online = {c.get("name") for c in body.get("result", []) if c.get("status") == "online"}
        return set(client_names) <= online

    launcher.wait_for(
        f"{n_clients} clients online", ["controller", "combiner", *client_names], clients_online, 120
    )
    launcher.state["status"] = "running"
    launcher.save()


def down(state_dir: Path, wipe: bool) -> int:
    """Stop every process of the network in ``state_dir``; optionally delete its state."""
    if not state_dir.exists():
        say(f"no network state in {state_dir}")
        return 0
    with file_lock(state_dir / ".lock"):
        state = read_state(state_dir)
        rc = 0
        if state is not None:
            failed = stop_recorded(state)
            if failed:
                say(f"could not stop: {', '.join(failed)}")
                rc = 1
            ports = state.get("ports", {})
            deadline = time.monotonic() + 10
            listening = dict(ports)
            while listening and time.monotonic() < deadline:
                listening = {n: p for n, p in ports.items() if port_listening(int(p))}
                if listening:
                    time.sleep(0.3)
            if listening:
                say(f"still listening after down: {listening}")
                rc = 1
            state["status"] = "stopped"
            (state_dir / "state.json").write_text(json.dumps(state, indent=2) + "\n")
            say(f"network in {state_dir} stopped")
        if wipe:
            datadir = (state or {}).get("postgres", {}).get("datadir")
            if datadir and not Path(datadir).is_relative_to(state_dir):
                shutil.rmtree(datadir, ignore_errors=True)
            for entry in state_dir.iterdir():
                if entry.name != ".lock":
                    if entry.is_dir() and not entry.is_symlink():
                        shutil.rmtree(entry, ignore_errors=True)
                    else:
                        entry.unlink()
    if wipe:
        shutil.rmtree(state_dir, ignore_errors=True)
        say(f"wiped {state_dir}")
    return rc


def restart_controller(state_dir: Path, down_for: float) -> int:
    """Stop only the controller of a running network, keep it down ``down_for`` s, start it again.

    Everything else (database, object store, combiner, clients) keeps running, as in a controller
    redeploy; the database keeps its content. For tests of clients riding out an outage.
    """
    with file_lock(state_dir / ".lock"):
        state = read_state(state_dir)
        if state is None or not network_healthy(state):
            say(f"no running network in {state_dir}")
            return 1
        info = state["processes"]["controller"]
        port = int(state["controller_port"])
        say(f"stopping the controller (pid {info['pid']})")
        if not stop_group("controller", int(info.get("pgid", info["pid"]))):
            say("the controller would not stop")
            return 1
        deadline = time.monotonic() + 10
        while port_listening(port) and time.monotonic() < deadline:
            time.sleep(0.1)
        if port_listening(port):
            say(f"port {port} still listening after the controller stopped")
            return 1
        say(f"controller down; starting it again in {down_for:g} s")
        time.sleep(down_for)
        launcher = Launcher(state_dir)
        launcher.state = state
        launcher.spawn(
            "controller",
            list(info["cmd"]),
            state_dir / "controller",
            controller_env(state_dir, state.get("jwt_secret")),
        )
        url = state["controller_url"]
        try:
            launcher.wait_for(
                "controller /health", ["controller"], lambda: http_get(f"{url}/health")[0] == 200, 120
            )
        except NetworkError as err:
            say(f"restart failed: {err}")
            if err.log is not None:
                say(f"last lines of {err.log}:\n{tail(err.log)}")
            return 1
    say(f"controller running again on {url}")
    return 0


def status(state_dir: Path) -> int:
    """Print the state JSON; exit 1 unless a healthy network runs."""
    state = read_state(state_dir)
    if state is None:
        say(f"no network state in {state_dir}")
        return 1
    print(json.dumps(state, indent=2))
    if not network_healthy(state):
        say(f"the network in {state_dir} is not running (status: {state.get('status')})")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build build/package.tgz and build/seed.npz")
    for name in ("up", "down", "status", "restart-controller"):
        p = sub.add_parser(name)
        p.add_argument(
            "--state-dir",
            type=Path,
            default=DEFAULT_STATE_DIR,
            help="state folder of this network (default: .fedn-network)",
        )
        if name == "up":
            p.add_argument("--clients", type=int, default=2, help="number of clients (default 2)")
            p.add_argument(
                "--auth", action="store_true", help="require JWTs (admin token written to the state)"
            )
        if name == "down":
            p.add_argument("--wipe", action="store_true", help="also delete the state folder")
        if name == "restart-controller":
            p.add_argument(
                "--down-for", type=float, default=0.0, help="seconds between stop and start (default 0)"
            )
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            package, seed = build()
            print(json.dumps({"package": str(package), "seed": str(seed)}, indent=2))
            return 0
        state_dir = args.state_dir.resolve()
        if args.command == "up":
            if args.clients < 1:
                parser.error("--clients must be at least 1")
            return up(state_dir, args.clients, args.auth)
        if args.command == "down":
            return down(state_dir, args.wipe)
        if args.command == "restart-controller":
            return restart_controller(state_dir, args.down_for)
        return status(state_dir)
    except NetworkError as err:
        say(f"error: {err}")
        if err.log is not None:
            say(f"last lines of {err.log}:\n{tail(err.log)}")
        return 1


def _interrupt(signum: int, frame: object) -> None:
    """Turn SIGTERM into KeyboardInterrupt so a failed ``up`` still cleans up."""
    raise KeyboardInterrupt(f"signal {signum}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _interrupt)
    sys.exit(main())
