"""The command line: ``build``, ``up``, ``down``, ``status``, ``restart-controller``.

stdout carries only JSON (the state of ``up``/``status``, the paths of ``build``); progress,
errors and log tails go to stderr. Exit codes: 0 done, 1 failed (or no healthy network for
``status``), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from .common import DEFAULT_STATE_DIR, NetworkError, file_lock, report_failure, say
from .launcher import Launcher, State, network_healthy, read_state, stop_group, stop_recorded
from .probes import answers_ok, port_listening
from .server_venv import build
from .services import controller_env, start_network

DESCRIPTION = "Start, stop and inspect a real FEDn 0.33.0 network on 127.0.0.1."


def print_state(state: State) -> None:
    """The state as JSON on stdout, the controller URL on stderr."""
    print(json.dumps(state, indent=2))
    print(f"FEDn controller: {state['controller_url']}", file=sys.stderr)


# --------------------------------------------------------------------------- up


def up(state_dir: Path, n_clients: int, auth: bool) -> int:
    """Start a network in ``state_dir`` unless a healthy one already runs there."""
    state_dir.mkdir(parents=True, exist_ok=True)
    with file_lock(state_dir / ".lock"):
        old = read_state(state_dir)
        if old is not None and network_healthy(old):
            say(f"a network is already running for {state_dir}; not starting another one")
            print_state(old)
            return 0
        if old is not None:
            say("cleaning up the remains of a previous network")
            stop_recorded(old)
        package, seed = build()
        launcher = Launcher(state_dir)
        try:
            start_network(launcher, n_clients, auth, package, seed)
        except (NetworkError, subprocess.SubprocessError, OSError, KeyboardInterrupt) as err:
            report_failure("up failed", err)
            say("stopping what was started")
            stop_recorded(launcher.state)
            launcher.reap_children()
            launcher.state["status"] = "failed"
            launcher.save()
            return 1
    print_state(launcher.state)
    return 0


# --------------------------------------------------------------------------- down


def ports_released(ports: dict[str, int], timeout: float = 10) -> dict[str, int]:
    """Wait up to ``timeout`` s for ``ports`` to stop listening; returns those still listening."""
    deadline = time.monotonic() + timeout
    listening = dict(ports)
    while listening and time.monotonic() < deadline:
        listening = {n: p for n, p in ports.items() if port_listening(int(p))}
        if listening:
            time.sleep(0.3)
    return listening


def stop_network(state_dir: Path, state: State) -> int:
    """Stop the recorded processes, check their ports, mark the state stopped; 1 if any remain."""
    rc = 0
    failed = stop_recorded(state)
    if failed:
        say(f"could not stop: {', '.join(failed)}")
        rc = 1
    listening = ports_released(state.get("ports", {}))
    if listening:
        say(f"still listening after down: {listening}")
        rc = 1
    state["status"] = "stopped"
    (state_dir / "state.json").write_text(json.dumps(state, indent=2) + "\n")
    say(f"network in {state_dir} stopped")
    return rc


def wipe_contents(state_dir: Path, state: State | None) -> None:
    """Delete everything in ``state_dir`` but its lock, and a database kept outside it."""
    datadir = (state or {}).get("postgres", {}).get("datadir")
    if datadir and not Path(datadir).is_relative_to(state_dir):
        shutil.rmtree(datadir, ignore_errors=True)
    for entry in state_dir.iterdir():
        if entry.name != ".lock":
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink()


def down(state_dir: Path, wipe: bool) -> int:
    """Stop every process of the network in ``state_dir``; optionally delete its state."""
    if not state_dir.exists():
        say(f"no network state in {state_dir}")
        return 0
    with file_lock(state_dir / ".lock"):
        state = read_state(state_dir)
        rc = stop_network(state_dir, state) if state is not None else 0
        if wipe:
            wipe_contents(state_dir, state)
    if wipe:
        shutil.rmtree(state_dir, ignore_errors=True)
        say(f"wiped {state_dir}")
    return rc


# --------------------------------------------------------------------------- restart-controller


def stop_controller(state: State) -> bool:
    """Stop the recorded controller and wait (up to 10 s) for its port to close; False on failure."""
    info = state["processes"]["controller"]
    port = int(state["controller_port"])
    say(f"stopping the controller (pid {info['pid']})")
    if not stop_group("controller", int(info.get("pgid", info["pid"]))):
        say("the controller would not stop")
        return False
    deadline = time.monotonic() + 10
    while port_listening(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    if port_listening(port):
        say(f"port {port} still listening after the controller stopped")
        return False
    return True


def start_controller_again(state_dir: Path, state: State) -> bool:
    """Start the controller with its recorded command; False if it does not answer /health."""
    launcher = Launcher(state_dir)
    launcher.state = state
    cmd = list(state["processes"]["controller"]["cmd"])
    launcher.spawn(
        "controller", cmd, state_dir / "controller", controller_env(state_dir, state.get("jwt_secret"))
    )
    url = state["controller_url"]
    try:
        launcher.wait_for("controller /health", ["controller"], lambda: answers_ok(f"{url}/health"), 120)
    except NetworkError as err:
        report_failure("restart failed", err)
        return False
    return True


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
        if not stop_controller(state):
            return 1
        say(f"controller down; starting it again in {down_for:g} s")
        time.sleep(down_for)
        if not start_controller_again(state_dir, state):
            return 1
    say(f"controller running again on {state['controller_url']}")
    return 0


# --------------------------------------------------------------------------- status, main


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


def parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    top = argparse.ArgumentParser(prog="network", description=DESCRIPTION)
    sub = top.add_subparsers(dest="command", required=True)
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
    return top


def run(args: argparse.Namespace, top: argparse.ArgumentParser) -> int:
    """Run the parsed command; its exit code."""
    if args.command == "build":
        package, seed = build()
        print(json.dumps({"package": str(package), "seed": str(seed)}, indent=2))
        return 0
    state_dir = args.state_dir.resolve()
    if args.command == "up":
        if args.clients < 1:
            top.error("--clients must be at least 1")
        return up(state_dir, args.clients, args.auth)
    if args.command == "down":
        return down(state_dir, args.wipe)
    if args.command == "restart-controller":
        return restart_controller(state_dir, args.down_for)
    return status(state_dir)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    top = parser()
    args = top.parse_args(argv)
    try:
        return run(args, top)
    except NetworkError as err:
        report_failure("error", err)
        return 1


def _interrupt(signum: int, frame: object) -> None:
    """Turn SIGTERM into KeyboardInterrupt so a failed ``up`` still cleans up."""
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_on_sigterm() -> None:
    """Install the SIGTERM handler of the command line (``up`` cleans up on SIGTERM as on Ctrl-C)."""
    signal.signal(signal.SIGTERM, _interrupt)
