"""The process launcher: process groups (spawn, track, stop), the state file, waiting for readiness."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .common import NetworkError, say
from .probes import http_get

State = dict[str, Any]


# --------------------------------------------------------------------------- /proc


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


# --------------------------------------------------------------------------- stopping


def _group_gone(pgid: int, timeout: float, poll: float) -> bool:
    """Wait up to ``timeout`` s for process group ``pgid`` to be empty; True if it is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not group_members(pgid):
            return True
        time.sleep(poll)
    return False


def stop_group(name: str, pgid: int, timeout: float = 15.0) -> bool:
    """SIGTERM the process group, then SIGKILL whatever is left; True when nothing is left."""
    if not group_members(pgid):
        return True
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    if _group_gone(pgid, timeout, 0.2):
        return True
    say(f"{name}: still running after SIGTERM, sending SIGKILL")
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    return _group_gone(pgid, 5, 0.1)


def stop_postmaster(info: dict[str, Any]) -> None:
    """Fast shutdown (SIGINT) of a recorded PostgreSQL postmaster, SIGKILL after 15 s.

    Its backends run in sessions of their own, so stopping the process group is not enough.
    """
    postmaster = info.get("postmaster_pid")
    if not postmaster or proc_start_time(postmaster) != info.get("postmaster_start_time"):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(postmaster, signal.SIGINT)
    deadline = time.monotonic() + 15
    while proc_running(postmaster) and time.monotonic() < deadline:
        time.sleep(0.1)
    if proc_running(postmaster):
        with contextlib.suppress(ProcessLookupError):
            os.kill(postmaster, signal.SIGKILL)


def stop_recorded(state: State) -> list[str]:
    """Stop every recorded process group (newest first); returns names that would not stop."""
    failed = []
    for name, info in reversed(list(state.get("processes", {}).items())):
        stop_postmaster(info)
        pgid = int(info.get("pgid", info["pid"]))
        if not stop_group(name, pgid):
            failed.append(name)
    return failed


# --------------------------------------------------------------------------- state


def read_state(state_dir: Path) -> State | None:
    """The state file's content, or None."""
    try:
        return dict(json.loads((state_dir / "state.json").read_text()))
    except (OSError, ValueError):
        return None


def network_healthy(state: State) -> bool:
    """True if every recorded process runs and the controller answers /health."""
    if state.get("status") != "running":
        return False
    for info in state.get("processes", {}).values():
        if proc_start_time(info["pid"]) != info.get("start_time"):
            return False
    status, _ = http_get(f"{state['controller_url']}/health", timeout=3)
    return status == 200


class Launcher:
    """Starts the processes of one network and records them in its state file."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.state_file = state_dir / "state.json"
        self.logs = state_dir / "logs"
        self.state: State = {}
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def log_of(self, name: str) -> Path:
        """The log file of process ``name``."""
        return self.logs / f"{name}.log"

    def save(self) -> None:
        """Write the state file atomically."""
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, indent=2) + "\n")
        os.replace(tmp, self.state_file)

    def spawn(self, name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        """Start ``cmd`` in a new session (own process group), output to ``logs/NAME.log``."""
        log = self.log_of(name)
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
            raise NetworkError(f"{name} exited with code {proc.returncode}", self.log_of(name))

    def wait_for(self, what: str, names: list[str], check: Callable[[], bool], timeout: float) -> None:
        """Poll ``check()`` until true; fail if it times out or one of ``names`` dies."""
        deadline = time.monotonic() + timeout
        while True:
            for name in names:
                self.check_alive(name)
            if check():
                return
            if time.monotonic() > deadline:
                log = self.log_of(names[-1]) if names else None
                raise NetworkError(f"timed out after {timeout:.0f} s waiting for {what}", log)
            time.sleep(0.5)

    def reap_children(self, timeout: float = 5) -> None:
        """Wait (up to ``timeout`` s each) for the processes started here, so none stays a zombie."""
        for proc in self.children.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=timeout)
