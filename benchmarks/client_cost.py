"""The client's own cost per call against a fast loopback server: ours / bare httpx.

FEDn's controller spends ~2 ms per call, which hides the client's own cost; this server (a child
process, so its CPU is not counted) answers in microseconds with bodies shaped like the real
server's (``tests/fixtures``). The workload is ``make bench``'s small GETs:
``get_models_count()`` and ``get_models(n_max=10)`` alternating; the bare row is an
``httpx.Client`` (``--async``: ``httpx.AsyncClient``) doing the same two GETs and
``response.json()``.

Two measures:

* CPU per call (``time.process_time``, user + system), interleaved repeats, the paired median
  of ours / bare. On a shared machine it moves by ±10 % from run to run.
* ``--instructions``: user-space instructions per call counted by valgrind's callgrind (the
  difference between a run of 400 calls and one of 100, so start-up and warm-up cancel out).
  Deterministic to about 1 %, and blind to the kernel's share (the same in both clients). The
  objects alive after the warm-up are frozen (``gc.freeze()``): otherwise one full collection,
  whose cost grows with everything imported, falls in one window and not the other (it was
  ±50,000 instructions per call; over 4,000 calls each client has one).

Usage::

    .venv/bin/python benchmarks/client_cost.py [--calls 2000] [--repeats 9] [--close] [--async]
    .venv/bin/python benchmarks/client_cost.py --instructions [--close] [--async]
    .venv/bin/python benchmarks/client_cost.py --profile      # cProfile of ours, top by own time

``--close`` answers every request with ``Connection: close`` (as FEDn's controller does), so
each call connects anew; without it the connection is kept alive.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import multiprocessing
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

Calls = tuple[Callable[[], Any], Callable[[], Any], Callable[[], Any]]  # count, one page, close


def _bodies() -> dict[str, bytes]:
    count = json.loads((FIXTURES / "count_models.json").read_text())["body"]
    item = json.loads((FIXTURES / "list_models.json").read_text())["body"]["result"][0]
    items = [dict(item, model=str(uuid.UUID(int=n)), model_id=str(uuid.UUID(int=n))) for n in range(10)]
    return {
        "/api/v1/models/count": json.dumps(count).encode(),
        "/api/v1/models/": json.dumps({"count": 10, "result": items}).encode(),
    }


def _serve(port_out: Any, close: bool) -> None:
    """The loopback server (run in a child process): one fixed answer per path."""
    bodies = _bodies()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode().split("?")[0]
                body = bodies.get(path, b'{"message": "not found"}')
                status = b"200 OK" if path in bodies else b"404 NOT FOUND"
                writer.write(
                    b"HTTP/1.1 %s\r\nServer: Werkzeug/3.1.3 Python/3.12\r\n"
                    b"Date: Thu, 01 Jan 2026 00:00:00 GMT\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\nConnection: %s\r\n\r\n%s"
                    % (status, len(body), b"close" if close else b"keep-alive", body)
                )
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port_out.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def bare(url: str) -> Calls:
    import httpx
    from workloads import bare_small_gets  # make bench's own bare loop (benchmarks/ is on sys.path)

    http = httpx.Client(base_url=url)
    return (*bare_small_gets(http), http.close)


def ours(url: str) -> Calls:
    from fedn import APIClient

    client = APIClient(url, environ={})
    return client.get_models_count, lambda: client.get_models(n_max=10), client.close


def bare_async(url: str) -> Calls:
    import httpx

    http = httpx.AsyncClient(base_url=url)

    async def count() -> object:
        response = await http.get("/api/v1/models/count")
        response.raise_for_status()
        return response.json()

    async def one_page() -> object:
        response = await http.get("/api/v1/models/", headers={"X-Limit": "10"})
        response.raise_for_status()
        return response.json()

    return count, one_page, http.aclose


def ours_async(url: str) -> Calls:
    from fedn import AsyncAPIClient

    client = AsyncAPIClient(url, environ={})
    return client.get_models_count, lambda: client.get_models(n_max=10), client.aclose


WORKLOADS: dict[str, Callable[[str], Calls]] = {
    "ours": ours,
    "httpx": bare,
    "ours-async": ours_async,
    "httpx-async": bare_async,
}


def cpu_per_call(name: str, url: str, calls: int, freeze: bool = False) -> float:
    """Client CPU (µs) per call over ``calls`` calls after one warm-up call of each operation.

    ``freeze``: move every object alive after the warm-up out of the collector's reach
    (``gc.freeze()``), so that a full collection costs what the calls' own garbage costs, not
    the size of everything imported (see --instructions).
    """
    first, second, close = WORKLOADS[name](url)
    if name.endswith("-async"):

        async def run() -> float:
            step: list[Callable[[], Awaitable[object]]] = [first, second]
            await first(), await second()
            if freeze:
                gc.freeze()
            began = time.process_time()
            for index in range(calls):
                await step[index % 2]()
            used = time.process_time() - began
            await close()
            return used

        used = asyncio.run(run())
    else:
        first(), second()
        if freeze:
            gc.freeze()
        began = time.process_time()
        for index in range(calls):
            (first if index % 2 == 0 else second)()
        used = time.process_time() - began
        close()
    return used / max(calls, 1) * 1e6


def instructions(name: str, url: str, calls: int) -> int:
    """User-space instructions of a child process making ``calls`` calls (callgrind's total)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
             "--child", name, "--url", url, "--calls", str(calls)],
            check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"},
        )  # fmt: skip
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no total")


def instructions_per_call(name: str, url: str) -> float:
    """User-space instructions per call of ``name`` against ``url``: a run of 400 calls minus one of
    100 (start-up and warm-up cancel out), over the 300 calls between them."""
    return (instructions(name, url, 400) - instructions(name, url, 100)) / 300


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--close", action="store_true", help="answer with Connection: close")
    parser.add_argument("--async", dest="use_async", action="store_true", help="the async clients")
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind)")
    parser.add_argument("--profile", action="store_true", help="profile ours with cProfile")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # one measured process of --instructions
        cpu_per_call(args.child, args.url, args.calls, freeze=True)
        return
    suffix = "-async" if args.use_async else ""
    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports, args.close), daemon=True)
    server.start()
    url = f"http://127.0.0.1:{ports.get(timeout=10)}"
    mode = "Connection: close" if args.close else "keep-alive"
    try:
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(cpu_per_call, f"ours{suffix}", url, args.calls)
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        elif args.instructions:
            per_call = {
                name: instructions_per_call(name, url) for name in (f"httpx{suffix}", f"ours{suffix}")
            }
            print(f"{mode}{suffix}: instructions per call (callgrind, 400 - 100 calls)")
            for name, value in per_call.items():
                print(f"  {name:12} {value:12,.0f}")
            print(f"  ours / httpx: {per_call[f'ours{suffix}'] / per_call[f'httpx{suffix}']:.3f}")
        else:
            rows: dict[str, list[float]] = {f"ours{suffix}": [], f"httpx{suffix}": []}
            for _ in range(args.repeats):
                for name in reversed(rows):
                    rows[name].append(cpu_per_call(name, url, args.calls))
            ours_runs, bare_runs = rows.values()
            ratios = [o / h for o, h in zip(ours_runs, bare_runs, strict=True)]
            print(f"{mode}{suffix}, {args.calls} calls x {args.repeats} repeats (client CPU per call, µs)")
            for name, values in rows.items():
                runs = " ".join(f"{value:.0f}" for value in values)
                print(f"  {name:12} median {statistics.median(values):7.1f}  runs {runs}")
            spread = f"{min(ratios):.3f}-{max(ratios):.3f}"
            print(f"  ours / httpx: paired median {statistics.median(ratios):.3f} ({spread})")
    finally:
        server.kill()


if __name__ == "__main__":
    main()
