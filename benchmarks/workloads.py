"""One benchmark workload, run in a fresh child process, printing one JSON line.

The orchestrator (``benchmarks/run.py``) starts this script with the interpreter of the
implementation under test, so that every measurement (wall time, peak RSS) belongs to one
process and one client only:

* ``ours``      -- this project's ``fedn`` facade, run by ``.venv/bin/python``;
* ``upstream``  -- FEDn 0.33.0's own ``fedn.APIClient``, run by ``.server-venv/bin/python``;
* ``httpx``     -- a bare ``httpx.Client`` keep-alive loop (the floor for small calls).

``ours`` and ``upstream`` run the *same* workload code: both are imported as
``from fedn import APIClient`` and called with upstream's method names, which is the
drop-in promise itself.

Usage::

    python benchmarks/workloads.py IMPL WORKLOAD --url http://127.0.0.1:PORT [options]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any


def _rss_mb() -> float:
    """Current resident set size of this process in MiB (Linux /proc)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (``VmHWM`` of /proc/self/status).

    Not ``ru_maxrss``: on Linux that also counts the parent's memory inherited at fork (the
    high-water mark survives ``exec``), so every child would report at least its parent's RSS.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _facade(url: str, token: str | None) -> Any:
    from fedn import APIClient  # ours or upstream, whichever this interpreter has

    host, port = url.removeprefix("http://").rsplit(":", 1)
    return APIClient(host=host, port=int(port), token=token)


def upload(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Upload ``args.file`` as the active (seed) model."""
    client = _facade(args.url, args.token)
    start_rss = _rss_mb()
    cpu_began = time.process_time()
    began = time.perf_counter()
    result = client.set_active_model(args.file)
    wall = time.perf_counter() - began
    _check_success("set_active_model", result)  # upstream returns the server's answer, never raises
    return {"wall_s": wall, "cpu_s": time.process_time() - cpu_began, "start_rss_mb": start_rss}


def download(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Download model ``args.model_id`` to ``args.out``."""
    client = _facade(args.url, args.token)
    start_rss = _rss_mb()
    cpu_began = time.process_time()
    began = time.perf_counter()
    result = client.download_model(args.model_id, path=args.out)
    wall = time.perf_counter() - began
    _check_success("download_model", result)
    return {"wall_s": wall, "cpu_s": time.process_time() - cpu_began, "start_rss_mb": start_rss}


def _check_success(what: str, result: Any) -> None:
    """Fail the workload unless ``result`` (a dict, or ours' typed Message) says success."""
    if not result["success"]:
        raise SystemExit(f"{what} failed: {result!r}")


def baseline(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Import the client and construct it, nothing else: the RSS floor of the transfer workloads."""
    client = _facade(args.url, args.token)
    del client
    return {"wall_s": 0.0, "start_rss_mb": _rss_mb()}


def bare_small_gets(http: Any) -> tuple[Callable[[], object], Callable[[], object]]:
    """The two small GETs on a bare ``httpx.Client`` (also benchmarks/client_cost.py's floor)."""

    def count() -> object:
        response = http.get("/api/v1/models/count")
        response.raise_for_status()
        return response.json()

    def one_page() -> object:
        response = http.get("/api/v1/models/", headers={"X-Limit": "10"})
        response.raise_for_status()
        return response.json()

    return count, one_page


def small_gets(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """``args.calls`` small GETs, alternating a count call and a one-page list call."""
    if impl == "httpx":
        import httpx

        headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
        with httpx.Client(base_url=args.url, headers=headers) as http:
            return _timed_calls(args.calls, *bare_small_gets(http))

    client = _facade(args.url, args.token)
    return _timed_calls(
        args.calls,
        client.get_models_count,
        lambda: client.get_models(n_max=10),
    )


def small_gets_paired(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Ours and a bare ``httpx.Client`` in one process: ``args.blocks`` blocks of ``args.calls``
    small GETs each, the two clients taking turns block by block (the first of each pair
    alternating), the client CPU of every block measured apart.

    Both clients meet the same machine state (frequency, cache, the server's load) within a
    pair of blocks, so the ratio of a pair keeps the client's own cost and drops most of the
    drift that separate processes see between runs. Reported: the median and range of the
    per-pair ratios ours / bare httpx, and each client's median CPU per call.
    """
    if impl != "ours":
        raise SystemExit("small_gets_paired runs ours against bare httpx; impl must be 'ours'")
    import statistics

    import httpx

    client = _facade(args.url, args.token)
    headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
    with httpx.Client(base_url=args.url, headers=headers) as http:
        clients: dict[str, tuple[Callable[[], object], ...]] = {
            "ours": (client.get_models_count, lambda: client.get_models(n_max=10)),
            "httpx": bare_small_gets(http),
        }
        for operations in clients.values():  # warm-up: connections and lazy imports
            for operation in operations:
                operation()
        cpu: dict[str, list[float]] = {"ours": [], "httpx": []}
        for block in range(args.blocks):
            order = ("ours", "httpx") if block % 2 == 0 else ("httpx", "ours")
            for name in order:
                operations = clients[name]
                began = time.process_time()
                for index in range(args.calls):
                    operations[index % len(operations)]()
                cpu[name].append((time.process_time() - began) / args.calls * 1000)
    ratios = [o / h for o, h in zip(cpu["ours"], cpu["httpx"], strict=True)]
    return {
        "paired_ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "ours_cpu_per_call_ms": statistics.median(cpu["ours"]),
        "httpx_cpu_per_call_ms": statistics.median(cpu["httpx"]),
    }


def _timed_calls(calls: int, *operations: Callable[[], object]) -> dict[str, float]:
    for operation in operations:  # warm-up: connection set-up and lazy imports are not the subject
        operation()
    cpu_began = time.process_time()
    began = time.perf_counter()
    for index in range(calls):
        operations[index % len(operations)]()
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    return {"wall_s": wall, "per_call_ms": wall / calls * 1000, "cpu_per_call_ms": cpu / calls * 1000}


def statuses_paged(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Ours only: every status of type ``args.status_type`` through ``AsyncAPIClient.iter_statuses``."""
    import asyncio

    from fedn import AsyncAPIClient

    async def run() -> dict[str, float]:
        host, port = args.url.removeprefix("http://").rsplit(":", 1)
        async with AsyncAPIClient(host=host, port=int(port), token=args.token) as client:
            began = time.perf_counter()
            seen = 0
            async for _status in client.iter_statuses(type=args.status_type, page_size=args.page_size):
                seen += 1
            wall = time.perf_counter() - began
        return {"wall_s": wall, "items": float(seen)}

    return asyncio.run(run())


def statuses_by_id(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """``get_status(id)`` for every id in ``args.ids_file``, one after the other."""
    with open(args.ids_file) as handle:
        ids = handle.read().split()
    client = _facade(args.url, args.token)
    began = time.perf_counter()
    seen = 0
    for status_id in ids:
        status = client.get_status(status_id)
        seen += 1 if status["status_id"] == status_id else 0
    wall = time.perf_counter() - began
    return {"wall_s": wall, "items": float(seen)}


def statuses_one_call(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """One ``get_statuses(event_type=...)`` call without ``n_max`` (every matching status at once)."""
    client = _facade(args.url, args.token)
    began = time.perf_counter()
    result = client.get_statuses(event_type=args.status_type)
    wall = time.perf_counter() - began
    return {"wall_s": wall, "items": float(len(result["result"]))}


def seed_workflow(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Ours only: the seed guide's workflow, start to end (``args.file``: package, ``args.seed_file``).

    As the README runs it: package and seed, a 3-round session, the controller idle (polled every
    ``args.poll_interval`` s), the model trail and the latest model's validations, a 10-round
    FedAdam session from the seed, a model downloaded, the sessions listed.
    """
    import httpx

    requests = 0

    def count(request: httpx.Request) -> None:
        nonlocal requests
        requests += 1

    client = _facade(args.url, args.token)
    client.httpx_client.event_hooks["request"].append(count)

    def wait_until_idle() -> None:
        while client.get_controller_status()["state"] != "idle":
            time.sleep(args.poll_interval)

    cpu_began = time.process_time()
    began = time.perf_counter()
    client.set_active_package(args.file, helper="numpyhelper")
    client.set_active_model(args.seed_file)
    seed_model = client.get_active_model()
    wait_until_idle()
    client.start_session(id="test-session", rounds=3)
    wait_until_idle()
    models = client.get_model_trail()
    model_id = models[-1]["model"]
    validations = client.get_validations(model_id=model_id)
    session_config = {
        "helper": "numpyhelper",
        "id": "experiment_fedadam",
        "aggregator": "fedopt",
        "aggregator_kwargs": {
            "serveropt": "adam",
            "learning_rate": 1e-2,
            "beta1": 0.9,
            "beta2": 0.99,
            "tau": 1e-4,
        },
        "model_id": seed_model["model"],
        "rounds": 10,
    }
    client.start_session(**session_config)
    wait_until_idle()
    client.download_model(model_id, path="model.npz")
    sessions = client.get_sessions()
    session = client.get_session(id="test-session")
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    if not (validations["count"] and sessions["count"] == 2 and session["status"] == "Finished"):
        raise SystemExit(f"seed workflow: unexpected results {validations!r} {sessions!r} {session!r}")
    return {"wall_s": wall, "cpu_s": cpu, "requests": float(requests)}


def parse_cost(impl: str, args: argparse.Namespace) -> dict[str, float]:
    """Ours only: client CPU per item of one page body, ``json.loads`` vs the typed ``StatusList``.

    One body of ``args.page_size`` statuses is fetched once (bytes); then each parse runs
    ``args.calls`` times and the fastest run counts (the least disturbed by other work).
    """
    import httpx

    from fedn_api.models import StatusList

    headers = {"X-Limit": str(args.page_size), "X-Sort-Key": "status_id", "X-Sort-Order": "asc"}
    if args.token:
        headers["Authorization"] = f"Bearer {args.token}"
    with httpx.Client(base_url=args.url, timeout=300) as http:
        response = http.get("/api/v1/statuses/", params={"type": args.status_type}, headers=headers)
        response.raise_for_status()
        body = response.content
    items = len(json.loads(body)["result"])

    def fastest(parse: Callable[[], object]) -> float:
        best = float("inf")
        for _ in range(args.calls):
            began = time.process_time()
            parse()
            best = min(best, time.process_time() - began)
        return best

    plain = fastest(lambda: json.loads(body))
    typed = fastest(lambda: StatusList.from_dict(json.loads(body)))
    return {
        "items": float(items),
        "json_us_per_item": plain / items * 1e6,
        "typed_us_per_item": typed / items * 1e6,
        "wall_s": typed,
    }


WORKLOADS: dict[str, Callable[[str, argparse.Namespace], dict[str, float]]] = {
    "baseline": baseline,
    "upload": upload,
    "download": download,
    "small_gets": small_gets,
    "small_gets_paired": small_gets_paired,
    "statuses_paged": statuses_paged,
    "statuses_by_id": statuses_by_id,
    "statuses_one_call": statuses_one_call,
    "parse_cost": parse_cost,
    "seed_workflow": seed_workflow,
}


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run one workload and print its measurements as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("impl", choices=["ours", "upstream", "httpx"])
    parser.add_argument("workload", choices=sorted(WORKLOADS))
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", default=None)
    parser.add_argument("--file")
    parser.add_argument("--seed-file")
    parser.add_argument("--poll-interval", type=float, default=1.0)
    parser.add_argument("--model-id")
    parser.add_argument("--out")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--blocks", type=int, default=20, help="small_gets_paired: blocks per client")
    parser.add_argument("--ids-file")
    parser.add_argument("--status-type", default="BENCH")
    parser.add_argument("--page-size", type=int, default=500)
    args = parser.parse_args(argv)
    result = WORKLOADS[args.workload](args.impl, args)
    result["peak_rss_mb"] = _peak_rss_mb()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
