#!/usr/bin/env python3
"""``make demo``: the seed document's workflow through ``fedn.APIClient`` on a local FEDn network.

1. Brings the local FEDn 0.33.0 network up (``python scripts/network up``), or reuses the one already
   running in the state folder (then it is left running).
2. Sets the active compute package and seed model, runs a FedAvg session ("test-session-<time>",
   3 rounds) with a progress bar, waits until the controller is idle, reads the model trail and
   the validations of the latest model from every client.
3. Runs FedAdam (the document's ``session_config``) starting from the FedAvg result.
4. Downloads the final model and prints a summary: sessions, rounds, per-round validation
   metrics per client, and the path of the downloaded model.
5. Saves a plot of the two sessions compared (``fedn.plots.plot_sessions``: the mean test loss
   across clients per round, one line per session) to ``build/demo/sessions.png`` and prints
   its path.
6. Brings the network down if it started it: also on Ctrl-C, SIGTERM or a failed step, exiting
   non-zero with the reason.

Usage::

    python scripts/demo.py [--state-dir DIR] [--rounds 3] [--fedadam-rounds 3] [--out PATH] [--plot PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from fedn import APIClient, errors
from fedn.plots import plot_sessions
from fedn_api.models import Model, Session, Validation

REPO = Path(__file__).resolve().parent.parent
NETWORK = REPO / "scripts" / "network"
DEFAULT_STATE_DIR = REPO / ".fedn-network"
DEFAULT_OUT = REPO / "build" / "demo" / "final-model.npz"
DEFAULT_PLOT = REPO / "build" / "demo" / "sessions.png"
PLOT_METRIC = "test_loss"
T = TypeVar("T")


class DemoError(Exception):
    """A step of the demo failed; the message says which and why."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived (a BaseException, so ``except Exception`` cannot swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def on_signal(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signum)


# --- the network --------------------------------------------------------------------------


def network(*args: str, state_dir: Path, check: bool = True, quiet: bool = False) -> int:
    """Run ``python scripts/network ARGS --state-dir DIR`` with this interpreter.

    Its stderr (progress, the ``FEDn controller: URL`` line, errors and log tails) is shown
    unless ``quiet``; its stdout (the state JSON of ``up``/``status``) never is: the demo reads
    the state file itself.
    """
    cmd = [sys.executable, str(NETWORK), *args, "--state-dir", str(state_dir)]
    # its own session: a Ctrl-C reaches it only through us, exactly once, as SIGTERM
    process = subprocess.Popen(
        cmd,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if quiet else None,
        start_new_session=True,
    )
    try:
        rc = process.wait()
    except BaseException:
        # interrupted while `up` runs: let it clean up after itself first, undisturbed
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
        raise
    if check and rc != 0:
        raise DemoError(f"scripts/network {args[0]} failed with exit code {rc} (logs in {state_dir}/logs)")
    return rc


def network_is_running(state_dir: Path) -> bool:
    return network("status", state_dir=state_dir, check=False, quiet=True) == 0


# --- the workflow -------------------------------------------------------------------------


def poll(what: str, fetch: Callable[[], T], done: Callable[[T], bool], timeout: float) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value):
            return value
        if time.monotonic() > deadline:
            raise DemoError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.5)


def wait_idle(client: APIClient, timeout: float = 300) -> None:
    poll("the controller to be idle", client.get_controller_status, lambda s: s["state"] == "idle", timeout)


def session_models(client: APIClient, session: Session) -> list[Model]:
    """The session's models, oldest first (the trail of its last model, without the start model)."""
    own = {m.model_id for m in client.get_models(session_id=session.session_id).result}
    if not own:
        raise DemoError(f"session {session.name} produced no model")
    for model_id in own:
        trail = client.get_model_trail(model_id)
        if len([m for m in trail if m.model_id in own]) == len(own):
            return [m for m in trail if m.model_id in own]
    raise DemoError(f"the models of session {session.name} do not form one trail")


def metrics(validation: Validation) -> dict[str, float]:
    data = json.loads(validation.data or "{}")
    return {k: float(v) for k, v in data.items() if isinstance(v, int | float) and k != "shard"}


def validations_per_client(client: APIClient, model_id: str, clients: list[str]) -> dict[str, Validation]:
    """The validation of ``model_id`` from every client (they can land just after the session ends)."""
    found = poll(
        f"validations of model {model_id[:8]} from {', '.join(clients)}",
        lambda: client.get_validations(model_id=model_id),
        lambda v: {x["sender"]["name"] for x in v["result"]} >= set(clients),
        timeout=60,
    )
    return {v.sender.name: v for v in found.result if v.sender and v.sender.name}


def run_session(client: APIClient, rounds: int, **session_config: Any) -> tuple[Session, list[Model]]:
    wait_idle(client)
    started = client.start_session(rounds=rounds, **session_config)
    session = client.wait_for_session(
        started.session_id, timeout=120 + 60 * rounds, poll_interval=0.5, progress=True
    )
    if session.status != "Finished":
        raise DemoError(f"session {session.name} ended with status {session.status!r}")
    wait_idle(client)
    return session, session_models(client, session)


def save_sessions_plot(client: APIClient, sessions: list[Session], path: Path) -> None:
    """The sessions compared in one plot (mean validation metric per round), saved as a PNG."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    ax = plot_sessions(client, [s.session_id for s in sessions], metric=PLOT_METRIC)
    path.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(path, dpi=110)
    plt.close("all")


def workflow(state: dict[str, Any], rounds: int, fedadam_rounds: int, out: Path, plot: Path) -> None:
    clients: list[str] = state["clients"]
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with APIClient(host=state["controller_url"], token=state.get("token")) as client:
        say(f"connected: {client!r}")
        wait_idle(client)

        say("set the active compute package and seed model")
        client.set_active_package(state["package"], helper="numpyhelper")
        client.set_active_model(state["seed"])
        seed_model = client.get_active_model()
        if seed_model is None:
            raise DemoError("the seed model upload left no active model")
        print(f"    package {client.get_active_package()['name']!r}, seed model {seed_model['model']}")

        say(f"FedAvg: start_session(id='test-session-{stamp}', rounds={rounds})")
        fedavg, fedavg_models = run_session(client, rounds, id=f"test-session-{stamp}")
        models = client.get_model_trail(fedavg_models[-1].model_id)
        model_id = models[-1]["model"]
        print(f"    model trail: {' -> '.join(m.model_id[:8] for m in models)}")
        latest = validations_per_client(client, model_id, clients)
        for name, validation in sorted(latest.items()):
            print(f"    latest model validated by {name}: {format_metrics(metrics(validation))}")

        say(f"FedAdam from the FedAvg result ({fedadam_rounds} rounds)")
        session_config = {
            "helper": "numpyhelper",
            "id": f"experiment_fedadam-{stamp}",
            "aggregator": "fedopt",
            "aggregator_kwargs": {
                "serveropt": "adam",
                "learning_rate": 1e-2,
                "beta1": 0.9,
                "beta2": 0.99,
                "tau": 1e-4,
            },
            "model_id": model_id,
        }
        fedadam, fedadam_models = run_session(client, fedadam_rounds, **session_config)

        say("download the final model")
        final = fedadam_models[-1].model_id
        out.parent.mkdir(parents=True, exist_ok=True)
        client.download_model(final, path=out)

        summary(client, [(fedavg, fedavg_models), (fedadam, fedadam_models)], clients, out)

        # summary() waited for every client's validation of every round: the plot has them all
        save_sessions_plot(client, [fedavg, fedadam], plot)
        print(f"sessions compared ({PLOT_METRIC} per round): {plot}")


def format_metrics(values: dict[str, float]) -> str:
    return ", ".join(f"{k}={v:.4g}" for k, v in values.items())


def summary(
    client: APIClient, runs: list[tuple[Session, list[Model]]], clients: list[str], out: Path
) -> None:
    print()
    print("Summary")
    print("=======")
    for session, models in runs:
        config = session.session_config
        kwargs = f" {config.aggregator_kwargs}" if config.aggregator_kwargs else ""
        print(f"session {session.name} ({session.session_id})")
        print(f"  aggregator {config.aggregator}{kwargs}, status {session.status}, {len(models)} rounds")
        for number, model in enumerate(models, start=1):
            per_client = validations_per_client(client, model.model_id, clients)
            print(f"  round {number}: model {model.model_id}")
            for name in sorted(per_client):
                print(f"    {name}: {format_metrics(metrics(per_client[name]))}")
    print(f"final model ({runs[-1][1][-1].model_id}) downloaded to {out}")


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--state-dir",
        type=Path,
        default=Path(os.environ.get("FEDN_NETWORK_STATE_DIR", DEFAULT_STATE_DIR)),
        help="network state folder (default: .fedn-network or $FEDN_NETWORK_STATE_DIR)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="FedAvg rounds (default 3)")
    parser.add_argument("--fedadam-rounds", type=int, default=3, help="FedAdam rounds (default 3)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the final model is written")
    parser.add_argument(
        "--plot", type=Path, default=DEFAULT_PLOT, help="where the sessions plot (PNG) is written"
    )
    args = parser.parse_args(argv)
    state_dir: Path = args.state_dir.resolve()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = False
    try:
        if network_is_running(state_dir):
            say(f"reusing the network running in {state_dir} (it is left running)")
        else:
            say(f"starting a local FEDn network in {state_dir}")
            started = True
            network("up", state_dir=state_dir)
        state = json.loads((state_dir / "state.json").read_text())
        workflow(state, args.rounds, args.fedadam_rounds, args.out.resolve(), args.plot.resolve())
        say("demo finished")
        return 0
    except Interrupted as interrupt:
        print(f"\ndemo interrupted by {interrupt}", file=sys.stderr)
        return 128 + interrupt.signum
    except (DemoError, errors.FednError, OSError, ValueError) as err:
        print(f"\ndemo failed: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    finally:
        if started:
            # a second Ctrl-C must not cut the clean-up short
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            say(f"stopping the network in {state_dir}")
            network("down", state_dir=state_dir, check=False)


if __name__ == "__main__":
    sys.exit(main())
