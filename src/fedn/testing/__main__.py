"""``python -m fedn.testing serve``: a fake FEDn 0.33 controller on a loopback port.

The first line printed is the controller's URL (``http://127.0.0.1:PORT``), flushed at once, so
a notebook, a CI step or a program in another language can read it and connect. It serves until
SIGINT (Ctrl-C) or SIGTERM::

    python -m fedn.testing serve --port 0 --clients 2
    python -m fedn.testing serve --time instant --auth-token secret
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from fedn.testing._controller import FakeController, Pace
from fedn.testing._server import FakeHTTPServer


def _pace(text: str) -> Pace:
    if text in ("poll", "instant"):
        return "poll" if text == "poll" else "instant"
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected 'poll', 'instant' or seconds per round, got {text!r}"
        ) from None
    if not seconds >= 0:
        raise argparse.ArgumentTypeError(f"seconds per round must be >= 0, got {text!r}")
    return seconds


def parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    main = argparse.ArgumentParser(prog="python -m fedn.testing", description=__doc__.split("\n\n")[0])
    commands = main.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a fake controller until SIGINT/SIGTERM")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port to listen on (default 0: a free one)")
    serve.add_argument("--clients", type=int, default=2, help="number of online clients (default 2)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the ids (default 0)")
    serve.add_argument(
        "--time",
        type=_pace,
        default="poll",
        help="'poll' (default: a round per request), 'instant' or seconds",
    )
    serve.add_argument("--auth-token", default=None, help="require this admin token")
    serve.add_argument("--client-token", default=None, help="the client role's token (package download)")
    serve.add_argument("--network-id", default="fedn-network", help="the network id clients are told")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 0 after a clean stop."""
    args = parser().parse_args(argv)
    if args.clients < 0:
        print("--clients must be >= 0", file=sys.stderr)
        return 2
    controller = FakeController(
        clients=args.clients,
        seed=args.seed,
        time=args.time,
        auth_token=args.auth_token,
        client_token=args.client_token,
        network_id=args.network_id,
    )
    server = FakeHTTPServer(controller, args.host, args.port)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    server.start()
    try:
        print(server.url, flush=True)
        while not stop.wait(0.2):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
