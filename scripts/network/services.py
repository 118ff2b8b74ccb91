"""Starting a network: S3, controller, hooks, combiner and clients, their settings and environments."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import (
    AWS_ENV,
    COMBINER_NAME,
    HOST,
    INTERNAL_URL_PREFIX,
    NETWORK_ID,
    S3_KEY,
    S3_SECRET,
    SERVER_VENV,
    say,
)
from .launcher import Launcher, State
from .postgres import apply_schema_workarounds, start_postgres
from .probes import answers_ok, free_ports, http_get, port_listening
from .server_venv import venv_bin
from .tokens import role_token

NO_PROXY = {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


@dataclass(frozen=True)
class Plan:
    """What one ``up`` starts: ports, package, tokens (all fixed before the first process starts)."""

    state_dir: Path
    n_clients: int
    auth: bool
    package: Path
    seed: Path
    pg_port: int
    s3_port: int
    api_port: int
    grpc_port: int
    hook_port: int
    secret: str | None
    token: str | None
    client_token: str | None

    @property
    def controller_url(self) -> str:
        """The controller's base URL."""
        return f"http://{HOST}:{self.api_port}"

    @property
    def client_names(self) -> list[str]:
        """``client1`` ... ``clientN``."""
        return [f"client{i + 1}" for i in range(self.n_clients)]

    @property
    def settings(self) -> Path:
        """The controller's (and the combiner's) settings file."""
        return self.state_dir / "settings.yaml"


def plan_network(state_dir: Path, n_clients: int, auth: bool, package: Path, seed: Path) -> Plan:
    """Free ports, and with ``auth`` a JWT secret with an admin and a client token."""
    pg_port, s3_port, api_port, grpc_port, hook_port = free_ports(5)
    secret = secrets.token_hex(32) if auth else None
    return Plan(
        state_dir=state_dir,
        n_clients=n_clients,
        auth=auth,
        package=package,
        seed=seed,
        pg_port=pg_port,
        s3_port=s3_port,
        api_port=api_port,
        grpc_port=grpc_port,
        hook_port=hook_port,
        secret=secret,
        token=role_token(secret, "admin"),
        client_token=role_token(secret, "client"),
    )


def initial_state(plan: Plan, logs: Path) -> State:
    """The state file's content before the first process starts (the format of state.json)."""
    return {
        "status": "starting",
        "state_dir": str(plan.state_dir),
        "controller_url": plan.controller_url,
        "controller_port": plan.api_port,
        "api_url": f"http://{HOST}",
        "api_port": plan.api_port,
        "package": str(plan.package),
        "seed": str(plan.seed),
        "helper": "numpyhelper",
        "auth": plan.auth,
        "token": plan.token,
        "client_token": plan.client_token,
        "jwt_secret": plan.secret,
        "network_id": NETWORK_ID,
        "combiner": {"name": COMBINER_NAME, "host": HOST, "port": plan.grpc_port},
        "hooks": {"host": HOST, "port": plan.hook_port},
        "clients": plan.client_names,
        "ports": {
            "postgres": plan.pg_port,
            "s3": plan.s3_port,
            "controller": plan.api_port,
            "hooks": plan.hook_port,
            "combiner": plan.grpc_port,
        },
        "s3_endpoint": f"http://{HOST}:{plan.s3_port}",
        "postgres": {},
        "logs": str(logs),
        "server_venv": str(SERVER_VENV),
        "processes": {},
        "pids": {},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


# --------------------------------------------------------------------------- environments


def server_env(settings: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of the controller, the hooks service and the combiner (shim active)."""
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
            **NO_PROXY,
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


def client_env(name: str, index: int, n_clients: int) -> dict[str, str]:
    """Environment of client ``name``: data shard ``index`` of ``n_clients``; no shim."""
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
            **NO_PROXY,
        }
    )
    return env


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as YAML (JSON is valid YAML 1.2 and PyYAML reads it)."""
    path.write_text(json.dumps(data, indent=2) + "\n")


# --------------------------------------------------------------------------- start-up


def reset_state_dir(launcher: Launcher) -> None:
    """Remove the logs and working folders of an earlier network in the state dir."""
    if launcher.logs.exists():
        shutil.rmtree(launcher.logs)
    for sub in ("controller", "hooks", "combiner", "clients", "models"):
        shutil.rmtree(launcher.state_dir / sub, ignore_errors=True)
    launcher.logs.mkdir(parents=True)


def start_s3(launcher: Launcher, plan: Plan) -> None:
    """moto's S3 server (in memory) on 127.0.0.1."""
    say(f"starting moto S3 on {HOST}:{plan.s3_port}")
    cmd = [str(venv_bin("moto_server")), "-H", HOST, "-p", str(plan.s3_port)]
    launcher.spawn("s3", cmd, cwd=plan.state_dir / "s3")
    launcher.wait_for("S3", ["s3"], lambda: answers_ok(f"http://{HOST}:{plan.s3_port}/"), 60)


def write_settings(plan: Plan) -> None:
    """settings.yaml: the statestore (PostgreSQL) and the model storage (BOTO3 on moto)."""
    postgres_config = {"username": "postgres", "password": "", "host": HOST, "port": plan.pg_port}
    storage_config = {
        "storage_endpoint": f"http://{HOST}:{plan.s3_port}",
        "storage_access_key": S3_KEY,
        "storage_secret_key": S3_SECRET,
        "storage_bucket": "fedn-models",
        "context_bucket": "fedn-context",
        "storage_secure_mode": False,
        "storage_verify_ssl": False,
    }
    write_yaml(
        plan.settings,
        {
            "network_id": NETWORK_ID,
            "controller": {"host": HOST, "port": plan.api_port, "debug": True},
            "statestore": {"type": "PostgreSQL", "postgres_config": postgres_config},
            "storage": {"storage_type": "BOTO3", "storage_config": storage_config},
        },
    )


def start_controller_and_hooks(launcher: Launcher, plan: Plan) -> None:
    """The controller and the hooks service; the schema workarounds once the controller is up."""
    auth = " with JWT auth" if plan.auth else ""
    say(f"starting the controller on {plan.controller_url}{auth}")
    cmd = [str(venv_bin("fedn")), "controller", "start"]
    launcher.spawn(
        "controller", cmd, plan.state_dir / "controller", controller_env(plan.state_dir, plan.secret)
    )
    # Started while the controller starts (both spend seconds importing fedn); the combiner needs it.
    say(f"starting the server-functions (hooks) service on {HOST}:{plan.hook_port}")
    launcher.spawn(
        "hooks",
        [str(venv_bin("fedn")), "hooks", "start"],
        plan.state_dir / "hooks",
        hooks_env(plan.state_dir, plan.api_port, plan.hook_port, plan.token),
    )
    launcher.wait_for(
        "controller /health",
        ["hooks", "controller"],  # on a timeout the last one's log is shown
        lambda: answers_ok(f"{plan.controller_url}/health"),
        120,
    )
    apply_schema_workarounds(launcher, plan.pg_port)
    launcher.wait_for("the hooks service", ["hooks"], lambda: port_listening(plan.hook_port), 120)


def listed_names(plan: Plan, collection: str, status: str | None = None) -> set[str]:
    """Names in the controller's ``/api/v1/COLLECTION/`` (with that ``status`` if given)."""
    code, body = http_get(f"{plan.controller_url}/api/v1/{collection}/", plan.token)
    if code != 200 or not isinstance(body, dict):
        return set()
    return {c.get("name") for c in body.get("result", []) if status is None or c.get("status") == status}


def start_combiner(launcher: Launcher, plan: Plan) -> None:
    """The combiner; ready once the controller lists it and its gRPC port listens."""
    say(f"starting combiner {COMBINER_NAME!r} on {HOST}:{plan.grpc_port}")
    combiner_yaml = plan.state_dir / "combiner.yaml"
    write_yaml(
        combiner_yaml,
        {
            "network_id": NETWORK_ID,
            "discover_host": HOST,
            "discover_port": plan.api_port,
            "name": COMBINER_NAME,
            "host": HOST,
            "address": HOST,
            "fqdn": None,
            "port": plan.grpc_port,
            "max_clients": 30,
            "secure": False,
            "verify": False,
        },
    )
    env = server_env(plan.settings, dict(AWS_ENV) | {"HOOK_SERVICE_HOST": f"{HOST}:{plan.hook_port}"})
    cmd = [str(venv_bin("fedn")), "combiner", "start", "--init", str(combiner_yaml)]
    launcher.spawn("combiner", cmd, plan.state_dir / "combiner", env)

    def combiner_listed() -> bool:
        return COMBINER_NAME in listed_names(plan, "combiners") and port_listening(plan.grpc_port)

    launcher.wait_for("the combiner", ["controller", "combiner"], combiner_listed, 120)


def unpack_package(package: Path, target: Path) -> None:
    """Extract the compute package into ``target`` (created)."""
    target.mkdir(parents=True)
    with tarfile.open(package) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(target, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(target)


def start_clients(launcher: Launcher, plan: Plan) -> None:
    """Every client, each from its own copy of the package; ready once all are online."""
    for index, name in enumerate(plan.client_names):
        workdir = plan.state_dir / "clients" / name
        unpack_package(plan.package, workdir / "client")
        cmd = [str(venv_bin("fedn")), "client", "start", "--api-url", f"http://{HOST}"]
        cmd += ["--api-port", str(plan.api_port), "--name", name, "--local-package"]
        if plan.client_token:
            cmd += ["--token", plan.client_token]
        say(f"starting {name}")
        launcher.spawn(name, cmd, workdir, client_env(name, index, plan.n_clients))

    def clients_online() -> bool:
        return set(plan.client_names) <= listed_names(plan, "clients", status="online")

    launcher.wait_for(
        f"{plan.n_clients} clients online",
        ["controller", "combiner", *plan.client_names],
        clients_online,
        120,
    )


def start_network(launcher: Launcher, n_clients: int, auth: bool, package: Path, seed: Path) -> None:
    """Start postgres, S3, controller, hooks, combiner and clients; fill ``launcher.state``."""
    reset_state_dir(launcher)
    plan = plan_network(launcher.state_dir, n_clients, auth, package, seed)
    launcher.state = initial_state(plan, launcher.logs)
    launcher.save()
    say(f"starting PostgreSQL on {HOST}:{plan.pg_port}")
    start_postgres(launcher, plan.pg_port)
    start_s3(launcher, plan)
    write_settings(plan)
    start_controller_and_hooks(launcher, plan)
    start_combiner(launcher, plan)
    start_clients(launcher, plan)
    launcher.state["status"] = "running"
    launcher.save()
