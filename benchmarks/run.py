"""``make bench``: measure this client against FEDn 0.33.0's own APIClient; write ``results.md``.

Every measurement runs in a fresh child process (``benchmarks/workloads.py``) started with the
interpreter of the implementation under test, with its working directory outside the repository:

* ours     -- ``.venv/bin/python`` (this project's ``fedn``);
* upstream -- ``.server-venv/bin/python`` (FEDn 0.33.0, the same venv that runs the server);
* httpx    -- ``.venv/bin/python`` with a bare ``httpx.Client`` (the floor for small calls).

Wall time of an operation is measured inside the child (interpreter start-up and imports are
not part of it) except for the import benchmark, which times the whole process. Peak RSS is the
child's own high-water mark (``VmHWM``), printed by the child as it ends. Runs of the
implementations are interleaved (the order alternates every repeat) and each figure is the
median over the repeats.

The benchmarks use a network of their own (``--state-dir``, default ``build/bench-network``):
reused when it is already running, otherwise brought up here and taken down (wiped) at the end.

Usage::

    python benchmarks/run.py [--repeats 3] [--out benchmarks/results.md] [--only upload,gets]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORKLOADS = REPO / "benchmarks" / "workloads.py"
NETWORK = REPO / "scripts" / "network"
OURS_PY = REPO / ".venv" / "bin" / "python"
UPSTREAM_PY = REPO / ".server-venv" / "bin" / "python"
WORK = REPO / "build" / "bench"
SECTIONS = ("import", "gets", "upload", "statuses", "fake")
#: the sections that need the bench network (the fake section brings its own controller)
NETWORK_SECTIONS = ("import", "gets", "upload", "statuses")

# child environment: no credentials or settings leaking in from the caller's shell
CLEAN_ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("FEDN_", "PYTHON")) and k not in ("VIRTUAL_ENV", "http_proxy", "HTTP_PROXY")
} | {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


def say(message: str) -> None:
    """Progress on stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass
class Child:
    """What one child process reported and what ``wait4`` said about it."""

    wall_s: float  # whole process, measured here
    max_rss_mb: float  # ru_maxrss of the child
    report: dict[str, float] = field(default_factory=dict)


def run_child(cmd: list[str], cwd: Path, timeout: float = 1800) -> Child:
    """Run ``cmd``; return its wall time and its JSON report (with ``peak_rss_mb``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=CLEAN_ENV, stdout=out, stderr=err)
        deadline = time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status = os.waitpid(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr[-4000:]}")
    report: dict[str, float] = {}
    lines = stdout.strip().splitlines()
    if lines:
        report = json.loads(lines[-1])
    if "peak_rss_mb" not in report:
        raise RuntimeError(f"{' '.join(cmd)} reported no peak RSS")
    return Child(wall_s=wall, max_rss_mb=report["peak_rss_mb"], report=report)


#: Appended to ``python -c`` commands: print the process's peak RSS (VmHWM) as a JSON line.
#: (``ru_maxrss`` from ``wait4`` cannot serve: on Linux a child's high-water mark starts at its
#: parent's RSS at fork and survives ``exec``.)
REPORT_HWM = (
    "; print('{\"peak_rss_mb\": %f}' % (int(open('/proc/self/status').read()"
    ".split('VmHWM:')[1].split()[0]) / 1024))"
)


def median(values: list[float]) -> float:
    """The median (of a non-empty list)."""
    return float(statistics.median(values))


def paired(runs: dict[str, list[Child]], a: str, b: str, key: str) -> float:
    """Median over the repeats of ``a``'s value / ``b``'s value in the *same* repeat.

    The runs of one repeat are adjacent in time, so a ratio within a repeat cancels most of the
    drift that other work on the machine causes between repeats. This is the ratio judged
    against the targets; the ratio of the medians is shown beside it.
    """
    return median([x.report[key] / y.report[key] for x, y in zip(runs[a], runs[b], strict=True)])


def spread(runs: dict[str, list[Child]], a: str, b: str, key: str) -> str:
    """The range of the per-repeat ratios ``a``/``b``, e.g. ``"0.93-1.08"`` (the noise level)."""
    ratios = [x.report[key] / y.report[key] for x, y in zip(runs[a], runs[b], strict=True)]
    return f"{min(ratios):.2f}-{max(ratios):.2f}"


STATUSES_INTRO = """
Statuses of type `BENCH` inserted straight into PostgreSQL (`INSERT ... SELECT ... generate_series`, 1,000
per second of `committed_at`), then `ANALYZE statuses` (what autovacuum does within a minute). Ours iterates
with keyset pages (`id__gt=<last id>`, the next page requested while the current one is yielded); upstream's
client cannot page (it sends no X-Skip), so its baseline is one `get_statuses()` without `n_max`: the server
answers every status in one body and the client holds it all (memory grows with the collection). Upstream
reading them one by one with `get_status(id)` (ids known in advance) is shown for the smaller size only.
Wall time of the reading alone; median of {repeats} interleaved runs; ratios are the median of the ratios
within a repeat (their range beside). Peak RSS is the child's `VmHWM`; the bare interpreter (`python -c
pass`, ours) peaks at {bare:.1f} MiB. Both clients talk to one controller (Werkzeug's threaded server, one
process): its time per item is most of the wall time, and the same for both.
"""

GETS_INTRO = """
`get_models_count()` and `get_models(n_max=10)` alternating, {calls} calls after one warm-up call of each,
per process; {repeats} interleaved runs. The httpx row is a bare `httpx.Client` keep-alive loop doing the
same two GETs and `response.json()`. Upstream opens a new connection per call (`requests.get`).
"""

FAKE_INTRO = """
The same workloads against `fedn.testing.FakeController` served over HTTP in the benchmark's own
process (`fake.serve()`: a threaded loopback server, HTTP/1.1 keep-alive, ~30 µs of handling per
request), so that the server's time no longer hides the client's: the client CPU per call is what
each client itself spends on a call. The fake holds two clients, a package, a seed and one 3-round
session (4 models). Unlike the controller, the fake keeps connections alive: ours and bare httpx reuse
one; upstream still connects per call (`requests.get`).
"""

PAIRED_INTRO = """
The judged ratio. The rows above come from separate processes run one after the other, and their
per-repeat ratios spread over ±20 % on a shared 2-core machine, more than the margin being judged.
So ours and a bare `httpx.Client` also run in one process (`workloads.py small_gets_paired`): {blocks}
blocks of {calls} calls each, the clients taking turns block by block, the client CPU of each block
measured apart; a pair of adjacent blocks meets the same machine state. Judged: the median over the
processes of each process's median per-pair ratio. Beside it, the instructions per call that
valgrind's callgrind counts for each client against the same fake (`benchmarks/client_cost.py`'s
count: 400 calls minus 100 calls, so start-up cancels out): deterministic to about 1 %, blind to the
kernel's share, which is the same for both clients.
"""

WORKFLOW_INTRO = """
The seed guide's workflow with ours (`benchmarks/workloads.py seed_workflow`: package and seed
uploaded, a 3-round FedAvg session, controller idle, model trail, validations of the latest model, a
10-round FedAdam session from the seed, a model downloaded, sessions listed), timed inside the child,
against a fresh fake (`reset()`) per run; median of {repeats} runs. Judged with `time="instant"`
(each session has run when its start is answered: the fake's setting for tests that do not poll
through a session's states), which leaves the client's and the fake's own work. With the fake's
default `time="poll"` every request completes one round, so the workflow's idle polls (1 s apart, as
the README's `wait_until_idle`) sleep about once per round: that row is on record, not judged.
"""

PARSE_INTRO = """
Client CPU per item of one {items:,}-status page body (fastest of 20 runs, `time.process_time`): what typed
models cost over plain JSON, on record (no target). The server spends about {server:.0f} µs per item
(upstream's one call).
"""


def paragraph(text: str) -> str:
    """A text block as one markdown line."""
    return " ".join(text.split())


def gets_tables(
    res: dict[str, list[Child]], wall_targets: dict[str, float], cpu_targets: dict[str, float]
) -> list[str]:
    """The small-GETs table (wall and CPU per call of each client) and its ratios of ours to the others.

    A ratio with a target (``{"httpx": 1.10}``: ours / bare httpx at most 1.10) gets PASS or FAIL.
    """
    per_call = {k: median([c.report["per_call_ms"] for c in v]) for k, v in res.items()}
    cpu = {k: median([c.report["cpu_per_call_ms"] for c in v]) for k, v in res.items()}
    runs = {k: ", ".join(f"{c.report['per_call_ms']:.3f}" for c in v) for k, v in res.items()}
    lines = [
        "| implementation | wall per call (ms, median) | runs (ms) | client CPU per call (ms) |",
        "|---|---:|---|---:|",
        *(f"| {k} | {per_call[k]:.3f} | {runs[k]} | {cpu[k]:.3f} |" for k in ("ours", "upstream", "httpx")),
        "",
        "Ratios: the median of the ratios within each repeat (judged), and the ratio of the medians.",
        "",
        "| ratio | paired median | per repeat | of medians | target | |",
        "|---|---:|---:|---:|---:|---|",
    ]
    names = {"upstream": "upstream", "httpx": "bare httpx"}
    for what, key, figures, targets in (
        ("wall per call", "per_call_ms", per_call, wall_targets),
        ("client CPU per call", "cpu_per_call_ms", cpu, cpu_targets),
    ):
        for other in ("upstream", "httpx"):
            ratio = paired(res, "ours", other, key)
            target = targets.get(other)
            judged = f"≤ {target:.2f} | {verdict(ratio <= target)}" if target is not None else " | "
            lines.append(
                f"| {what}, ours / {names[other]} | {ratio:.3f} | {spread(res, 'ours', other, key)} | "
                f"{figures['ours'] / figures[other]:.3f} | {judged} |"
            )
    return lines


def paired_tables(paired_cpu: list[Child], counted: dict[str, float] | None, target: float) -> list[str]:
    """The judged rows of ours / bare httpx: CPU per call paired within each process, and
    instructions per call (when counted)."""
    ratios = [c.report["paired_ratio"] for c in paired_cpu]
    judged = median(ratios)
    per_process = ", ".join(
        f"{c.report['paired_ratio']:.3f} ({c.report['ratio_min']:.2f}-{c.report['ratio_max']:.2f})"
        for c in paired_cpu
    )
    ours = median([c.report["ours_cpu_per_call_ms"] for c in paired_cpu])
    bare = median([c.report["httpx_cpu_per_call_ms"] for c in paired_cpu])
    lines = [
        "| ours / bare httpx | ours | bare httpx | ratio | per process (pairs' range) | target | |",
        "|---|---:|---:|---:|---|---:|---|",
        f"| client CPU per call, paired in one process (ms) | {ours:.3f} | {bare:.3f} | {judged:.3f} | "
        f"{per_process} | ≤ {target:.2f} | {verdict(judged <= target)} |",
    ]
    if counted is not None:
        ratio = counted["ours"] / counted["httpx"]
        lines.append(
            f"| instructions per call (callgrind) | {counted['ours']:,.0f} | {counted['httpx']:,.0f} | "
            f"{ratio:.3f} | | ≤ {target:.2f} | {verdict(ratio <= target)} |"
        )
    return lines


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "**FAIL**"


# --------------------------------------------------------------------------- the network


def network_cmd(*args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """``python scripts/network ARGS`` with this interpreter."""
    return subprocess.run(
        [sys.executable, str(NETWORK), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO
    )


def ensure_network(state_dir: Path) -> tuple[dict[str, Any], bool]:
    """The bench network's state; True when it was started here (and must be stopped)."""
    if network_cmd("status", "--state-dir", str(state_dir), timeout=60).returncode == 0:
        say(f"reusing the network running in {state_dir}")
        started = False
    else:
        say(f"starting a network in {state_dir} (one client)")
        done = network_cmd("up", "--state-dir", str(state_dir), "--clients", "1")
        if done.returncode != 0:
            raise RuntimeError(f"scripts/network up failed:\n{done.stderr[-4000:]}")
        started = True
    return json.loads((state_dir / "state.json").read_text()), started


# --------------------------------------------------------------------------- the machine


def capture(cmd: list[str]) -> str:
    """Stripped stdout of ``cmd`` (empty on failure)."""
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd="/").stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict[str, str]:
    """CPU, cores, memory, kernel, interpreters and package versions."""
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    version = "import importlib.metadata as m, sys; print(*[m.version(p) for p in sys.argv[1:]])"
    ours = capture([str(OURS_PY), "-c", version, "fedn-typed-client", "httpx"]).split()
    upstream = capture([str(UPSTREAM_PY), "-c", version, "fedn", "requests"]).split()
    return {
        "CPU": f"{cpu} ({os.cpu_count()} logical cores)",
        "Memory": f"{mem_kb / 2**20:.1f} GiB",
        "Kernel": f"{platform.system()} {platform.release()}",
        "Python (ours)": capture([str(OURS_PY), "-c", "import sys; print(sys.version.split()[0])"]),
        "Python (upstream)": capture([str(UPSTREAM_PY), "-c", "import sys; print(sys.version.split()[0])"]),
        "fedn-typed-client (ours)": ours[0] if ours else "?",
        "httpx (ours)": ours[1] if len(ours) > 1 else "?",
        "fedn (upstream client and server)": upstream[0] if upstream else "?",
        "requests (upstream)": upstream[1] if len(upstream) > 1 else "?",
    }


def load() -> str:
    """The 1-minute load average."""
    return f"{os.getloadavg()[0]:.2f}"


# --------------------------------------------------------------------------- benchmarks


class Bench:
    """Runs the benchmarks on one network and collects rows for ``results.md``."""

    def __init__(self, args: argparse.Namespace, state: dict[str, Any]) -> None:
        self.args = args
        self.state = state
        self.url: str = state["controller_url"]
        self.cwd = Path(tempfile.mkdtemp(prefix="fedn-bench-"))  # outside the repository
        self.sections: list[str] = []

    def close(self) -> None:
        """Remove the scratch folder."""
        shutil.rmtree(self.cwd, ignore_errors=True)

    def workload(self, impl: str, name: str, *extra: str, url: str | None = None) -> Child:
        """Run one workload in a child of the right interpreter (against ``url``, default the network)."""
        python = UPSTREAM_PY if impl == "upstream" else OURS_PY
        command = [str(python), str(WORKLOADS), impl, name, "--url", url or self.url, *extra]
        return run_child(command, self.cwd)

    def interleaved(
        self, impls: list[str], repeats: int, run: Callable[[str], Child]
    ) -> dict[str, list[Child]]:
        """``run(impl)`` ``repeats`` times per impl, the order rotating every repeat."""
        results: dict[str, list[Child]] = {impl: [] for impl in impls}
        for index in range(repeats):
            shift = index % len(impls)
            for impl in impls[shift:] + impls[:shift]:
                results[impl].append(run(impl))
        return results

    # --- import ---------------------------------------------------------------------------

    def bench_import(self) -> None:
        """``python -c "import fedn"`` (ours) vs ``python -c "from fedn import APIClient"`` (upstream)."""
        repeats = self.args.import_repeats
        say(f"import: {repeats} runs each, interleaved")
        commands = {
            "ours": [str(OURS_PY), "-c", "import fedn" + REPORT_HWM],
            "upstream": [str(UPSTREAM_PY), "-c", "from fedn import APIClient" + REPORT_HWM],
            "ours-bare": [str(OURS_PY), "-c", "pass" + REPORT_HWM],
            "upstream-bare": [str(UPSTREAM_PY), "-c", "pass" + REPORT_HWM],
            "ours-client": [str(OURS_PY), "-c", "from fedn import APIClient" + REPORT_HWM],
        }
        for cmd in commands.values():  # warm the bytecode caches
            run_child(cmd, self.cwd)
        res = self.interleaved(list(commands), repeats, lambda impl: run_child(commands[impl], self.cwd))
        wall = {k: median([c.wall_s for c in v]) * 1000 for k, v in res.items()}
        rss = {k: median([c.max_rss_mb for c in v]) for k, v in res.items()}
        self.baseline_rss = {"ours": rss["ours-bare"], "upstream": rss["upstream-bare"]}
        wall_ratio = wall["ours"] / wall["upstream"]
        rss_ratio = rss["ours"] / rss["upstream"]
        self.sections.append(
            "\n".join(
                [
                    "## Import",
                    "",
                    f"Whole process, cwd outside the repository; median of {repeats} interleaved runs "
                    "(after one warm-up run each). Each command ends by printing its peak RSS "
                    "(`VmHWM` from /proc/self/status; a file read, no import).",
                    "",
                    "| command | wall (ms) | max RSS (MiB) |",
                    "|---|---:|---:|",
                    f'| ours `python -c "import fedn"` | {wall["ours"]:.1f} | {rss["ours"]:.1f} |',
                    f'| upstream `python -c "from fedn import APIClient"` | {wall["upstream"]:.1f} | '
                    f"{rss['upstream']:.1f} |",
                    f'| ours `python -c "from fedn import APIClient"` (loads httpx and the generated '
                    f"client) | {wall['ours-client']:.1f} | {rss['ours-client']:.1f} |",
                    f'| bare `python -c "pass"`, ours venv | {wall["ours-bare"]:.1f} | '
                    f"{rss['ours-bare']:.1f} |",
                    f'| bare `python -c "pass"`, upstream venv | {wall["upstream-bare"]:.1f} | '
                    f"{rss['upstream-bare']:.1f} |",
                    "",
                    "| ratio ours/upstream | value | target | |",
                    "|---|---:|---:|---|",
                    f"| import wall time | {wall_ratio:.2f} | ≤ 0.5 | {verdict(wall_ratio <= 0.5)} |",
                    f"| import max RSS | {rss_ratio:.2f} | ≤ 0.5 | {verdict(rss_ratio <= 0.5)} |",
                ]
            )
        )

    # --- small GETs -----------------------------------------------------------------------

    def bench_gets(self) -> None:
        """1,000 small GETs (count and one-page list, alternating): ours, upstream, bare httpx."""
        calls, repeats = self.args.calls, self.args.gets_repeats
        say(f"small GETs: {calls} calls x {repeats} repeats x 3 implementations, interleaved")
        res = self.small_gets(self.url)
        self.sections.append(
            "\n".join(
                [
                    "## 1,000 small GETs",
                    "",
                    paragraph(GETS_INTRO.format(calls=calls, repeats=repeats)),
                    "",
                    "The controller (Werkzeug's threaded server, as `fedn controller start` runs it) "
                    "answers every request with `Connection: close`, so no client can keep a "
                    "connection alive here: all three connect once per call and most of a call is the "
                    "server's time. The client's own CPU time per call (`time.process_time`, less "
                    "sensitive to other load on the machine) is shown beside the wall time.",
                    "",
                    *gets_tables(res, wall_targets={"upstream": 1.0, "httpx": 1.15}, cpu_targets={}),
                ]
            )
        )

    def small_gets(self, url: str) -> dict[str, list[Child]]:
        """The small-GETs workload of ours, bare httpx and upstream against ``url``, interleaved."""
        calls = str(self.args.calls)
        return self.interleaved(
            ["ours", "httpx", "upstream"],
            self.args.gets_repeats,
            lambda impl: self.workload(impl, "small_gets", "--calls", calls, url=url),
        )

    # --- the fake controller --------------------------------------------------------------

    def bench_fake(self) -> None:
        """Small GETs against the fake over HTTP (the client's own cost) and the seed workflow's time."""
        from fedn import APIClient
        from fedn.testing import FakeController

        calls, repeats = self.args.calls, self.args.gets_repeats
        package, seed = self.artefacts()
        fake = FakeController(clients=2, time="instant")
        with APIClient("fake", transport=fake.transport()) as client:
            client.set_active_package(package, helper="numpyhelper")
            client.set_active_model(seed)
            client.start_session(name="bench", rounds=3)
        with fake.serve() as url:
            say(f"fake, small GETs: {calls} calls x {repeats} repeats x 3 implementations, interleaved")
            gets = self.small_gets(url)
            say(f"fake, ours and bare httpx in one process: {repeats} processes x 20 blocks x 200 calls each")
            paired_cpu = [
                self.workload("ours", "small_gets_paired", "--calls", "200", "--blocks", "20", url=url)
                for _ in range(repeats)
            ]
            counted = self.instructions_per_call(url)
        workflow: dict[str, list[Child]] = {"instant": [], "poll": []}
        for pace, runs in (("instant", self.args.workflow_repeats), ("poll", 1)):
            fake = FakeController(clients=2, time=pace)
            say(f"fake, seed workflow with time={pace!r}: {runs} runs")
            with fake.serve() as url:
                for _ in range(runs):
                    fake.reset()
                    extra = ("--file", str(package), "--seed-file", str(seed), "--poll-interval", "1.0")
                    workflow[pace].append(self.workload("ours", "seed_workflow", *extra, url=url))
        self.sections.append(self.fake_section(gets, paired_cpu, counted, workflow))

    def artefacts(self) -> tuple[Path, Path]:
        """The compute package and the seed model of ``make package`` (built here when missing)."""
        package, seed = REPO / "build" / "package.tgz", REPO / "build" / "seed.npz"
        if not (package.exists() and seed.exists()):
            done = network_cmd("build")
            if done.returncode != 0:
                raise RuntimeError(f"scripts/network build failed:\n{done.stderr[-4000:]}")
        return package, seed

    def instructions_per_call(self, url: str) -> dict[str, float] | None:
        """Instructions per call of ours and bare httpx against ``url`` (callgrind), or None
        without valgrind."""
        if shutil.which("valgrind") is None:
            say("no valgrind: the instruction count is left out")
            return None
        from client_cost import instructions_per_call  # benchmarks/ is this script's folder

        say("fake, instructions per call (callgrind): 400 and 100 calls of each client")
        return {name: instructions_per_call(name, url) for name in ("ours", "httpx")}

    def fake_section(
        self,
        gets: dict[str, list[Child]],
        paired_cpu: list[Child],
        counted: dict[str, float] | None,
        workflow: dict[str, list[Child]],
    ) -> str:
        """The markdown of the fake section."""
        calls, repeats = self.args.calls, self.args.gets_repeats
        instant = [c.report["wall_s"] for c in workflow["instant"]]
        (poll,) = workflow["poll"]
        took = median(instant)
        cpu = median([c.report["cpu_s"] for c in workflow["instant"]])
        return "\n".join(
            [
                "## Against the fake controller: the client's own cost",
                "",
                paragraph(FAKE_INTRO),
                "",
                paragraph(GETS_INTRO.format(calls=calls, repeats=repeats)),
                "",
                *gets_tables(gets, wall_targets={}, cpu_targets={}),
                "",
                paragraph(PAIRED_INTRO.format(blocks=20, calls=200)),
                "",
                *paired_tables(paired_cpu, counted, target=1.10),
                "",
                paragraph(WORKFLOW_INTRO.format(repeats=len(instant))),
                "",
                "| seed workflow | wall (s, median) | runs (s) | client CPU (s) | requests | target | |",
                "|---|---:|---|---:|---:|---:|---|",
                f'| `time="instant"` | {took:.2f} | {", ".join(f"{w:.2f}" for w in instant)} | {cpu:.2f} | '
                f"{int(workflow['instant'][0].report['requests'])} | < 2 s | {verdict(took < 2.0)} |",
                f'| `time="poll"`, idle polls 1 s apart | {poll.report["wall_s"]:.2f} | | '
                f"{poll.report['cpu_s']:.2f} | {int(poll.report['requests'])} | | |",
            ]
        )

    # --- upload / download ----------------------------------------------------------------

    def seed_model(self) -> Path:
        """A ``--model-mb`` MiB npz of random float32 weights, arrays named "0".."7" like FEDn's
        numpyhelper writes them (made once, kept in build/bench)."""
        size = self.args.model_mb * 2**20
        path = WORK / f"seed-{self.args.model_mb}mb.npz"
        if path.exists() and abs(path.stat().st_size - size) < 2**20:
            return path
        WORK.mkdir(parents=True, exist_ok=True)
        say(f"writing {path} ({self.args.model_mb} MiB)")
        make = (
            "import numpy as np, sys\n"
            "n = int(sys.argv[2]) // 4 // 8\n"
            "rng = np.random.default_rng(0)\n"
            "np.savez(sys.argv[1], **{str(i): rng.random(n, dtype=np.float32) for i in range(8)})\n"
        )
        subprocess.run([str(OURS_PY), "-c", make, str(path), str(size)], check=True)
        return path

    def latest_model_id(self) -> str:
        """Id of the most recently committed model (the one just uploaded)."""
        from fedn import APIClient

        with APIClient(self.url) as client:
            model = client.get_active_model()
            if model is None:
                raise RuntimeError("no model on the bench network after an upload")
            return str(model.model_id)

    def bench_transfers(self) -> None:
        """Upload and download of the seed model: wall time and peak RSS per process."""
        seed = self.seed_model()
        mib = seed.stat().st_size / 2**20
        repeats = self.args.upload_repeats
        say(f"baseline RSS after import and construction ({repeats} runs each)")
        base = self.interleaved(["ours", "upstream"], repeats, lambda impl: self.workload(impl, "baseline"))
        bare = getattr(self, "baseline_rss", None)
        if bare is None:
            bare_runs = {
                impl: [
                    run_child([str(py), "-c", "pass" + REPORT_HWM], self.cwd).max_rss_mb
                    for _ in range(repeats)
                ]
                for impl, py in (("ours", OURS_PY), ("upstream", UPSTREAM_PY))
            }
            bare = {impl: median(v) for impl, v in bare_runs.items()}
        imported = {k: median([c.max_rss_mb for c in v]) for k, v in base.items()}

        from fedn import APIClient

        with APIClient(self.url) as client:  # the server needs an active package to accept a model
            client.set_active_package(self.state["package"], helper="numpyhelper", name="bench")
        say(f"upload of {mib:.0f} MiB: {repeats} runs each, interleaved")
        model_ids: dict[str, str] = {}

        def upload(impl: str) -> Child:
            child = self.workload(impl, "upload", "--file", str(seed))
            model_ids[impl] = self.latest_model_id()
            return child

        up = self.interleaved(["ours", "upstream"], repeats, upload)
        model_id = model_ids["ours"]
        out = self.cwd / "download.npz"
        say(f"download of {mib:.0f} MiB (model {model_id}): {repeats} runs each, interleaved")

        sizes: set[int] = set()

        def download(impl: str) -> Child:
            child = self.workload(impl, "download", "--model-id", model_id, "--out", str(out))
            sizes.add(out.stat().st_size)
            out.unlink()
            return child

        down_repeats = self.args.download_repeats
        say(f"download: {down_repeats} runs each")
        down = self.interleaved(["ours", "upstream"], down_repeats, download)
        if len(sizes) != 1 or not min(sizes):
            raise RuntimeError(f"the downloads differ in size: {sorted(sizes)}")
        down_mib = sizes.pop() / 2**20
        rows = []
        verdicts = []
        for label, res, size in (
            ("upload (`set_active_model`)", up, mib),
            ("download (`download_model`)", down, down_mib),
        ):
            wall = {k: median([c.report["wall_s"] for c in v]) for k, v in res.items()}
            cpu = {k: median([c.report["cpu_s"] for c in v]) for k, v in res.items()}
            peak = {k: median([c.max_rss_mb for c in v]) for k, v in res.items()}
            for impl in ("ours", "upstream"):
                walls = ", ".join(f"{c.report['wall_s']:.2f}" for c in res[impl])
                rows.append(
                    f"| {label} | {impl} | {wall[impl]:.2f} | {walls} | {size / wall[impl]:.0f} | "
                    f"{cpu[impl]:.2f} | {peak[impl]:.1f} | {peak[impl] - bare[impl]:.1f} | "
                    f"{peak[impl] - imported[impl]:.1f} |"
                )
            above = peak["ours"] - bare["ours"]
            ratio = paired(res, "ours", "upstream", "wall_s")
            verdicts += [
                f"| {label}: ours peak RSS above bare interpreter | {above:.1f} MiB | ≤ 64 MiB | "
                f"{verdict(above <= 64)} |",
                f"| {label}: wall time ours/upstream (paired median; per repeat "
                f"{spread(res, 'ours', 'upstream', 'wall_s')}; of medians "
                f"{wall['ours'] / wall['upstream']:.2f}) | {ratio:.2f} | ≤ 1.0 | {verdict(ratio <= 1.0)} |",
            ]
        self.sections.append(
            "\n".join(
                [
                    f"## Upload and download of a {mib:.0f} MiB seed model",
                    "",
                    f"An uncompressed `.npz` of random float32 weights ({seed.stat().st_size:,} bytes). "
                    "The server loads the upload with its numpyhelper and stores it re-serialised, so "
                    f"the download is {down_mib:.0f} MiB (same file for both clients). "
                    "Wall time and CPU time of the call alone (inside the child); peak RSS of the "
                    f"whole child process. Medians of {repeats} (upload) and {down_repeats} (download) "
                    "interleaved runs; the wall-time ratio is the median of the ratios within a repeat. "
                    "Most of an upload's time is the server's (it parses the multipart body, loads "
                    "the arrays with its helper and writes them to the object store), so the runs "
                    "vary with other load on the machine.",
                    "",
                    "Interpreter baselines (peak RSS, MiB): bare `python -c pass` ours "
                    f"{bare['ours']:.1f}, upstream {bare['upstream']:.1f}; after importing and "
                    f"constructing the client: ours {imported['ours']:.1f}, upstream "
                    f"{imported['upstream']:.1f}.",
                    "",
                    "| operation | impl | wall (s) | runs (s) | MiB/s | client CPU (s) | peak RSS (MiB) "
                    "| above bare | above import |",
                    "|---|---|---:|---|---:|---:|---:|---:|---:|",
                    *rows,
                    "",
                    "| check | value | target | |",
                    "|---|---:|---:|---|",
                    *verdicts,
                ]
            )
        )

    # --- statuses -------------------------------------------------------------------------

    def psql(self, sql: str) -> str:
        """Run SQL on the bench network's database (``psql`` of the ``scripts/network`` package)."""
        sys.path.insert(0, str(REPO / "scripts"))
        try:
            from network.postgres import psql
        finally:
            sys.path.pop(0)
        done = psql(int(self.state["postgres"]["port"]), sql, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return str(done.stdout)

    def insert_statuses(self, n: int) -> Path:
        """Exactly ``n`` statuses of type BENCH (straight into PostgreSQL); their ids in a file."""
        self.psql("DELETE FROM statuses WHERE type = 'BENCH'")
        self.psql(
            "INSERT INTO statuses (id, log_level, sender_name, sender_role, status, timestamp, type, "
            "data, committed_at, updated_at) "
            "SELECT md5('bench-status-' || g)::uuid::text, 'INFO', 'bench', 'CLIENT', "
            "'benchmark status ' || g, now(), 'BENCH', '{\"round\": ' || g || '}', "
            "now() + g * interval '1 millisecond', now() "
            f"FROM generate_series(1, {n}) AS g"
        )
        # the planner statistics autovacuum would gather within a minute of a bulk insert: without
        # them each page's query and its COUNT start as sequential scans (docs/benchmarks.md)
        self.psql("ANALYZE statuses")
        ids = self.psql("SELECT id FROM statuses WHERE type = 'BENCH' ORDER BY id").split()
        if len(ids) != n:
            raise RuntimeError(f"expected {n} BENCH statuses, found {len(ids)}")
        ids_file = self.cwd / f"status-ids-{n}.txt"
        ids_file.write_text("\n".join(ids) + "\n")
        return ids_file

    def bare_rss(self, repeats: int = 3) -> float:
        """Median peak RSS (MiB) of ``python -c pass`` with our interpreter (the "bare" floor)."""
        runs = [
            run_child([str(OURS_PY), "-c", "pass" + REPORT_HWM], self.cwd).max_rss_mb for _ in range(repeats)
        ]
        return median(runs)

    def bench_statuses(self) -> None:
        """Reading N statuses for each N: ours keyset-paged vs upstream's one unbounded call (and by id)."""
        sizes = [int(n) for n in str(self.args.statuses).split(",")]
        repeats = self.args.repeats
        page = str(self.args.page_size)
        bare = self.bare_rss()
        measured: dict[int, dict[str, list[Child]]] = {}
        for n in sizes:
            ids_file = self.insert_statuses(n)
            variants: dict[str, tuple[str, str, list[str]]] = {
                "ours-paged": ("ours", "statuses_paged", ["--page-size", page]),
                "upstream-one-call": ("upstream", "statuses_one_call", []),
                "ours-one-call": ("ours", "statuses_one_call", []),
            }
            if n <= self.args.by_id_max:
                variants["upstream-by-id"] = ("upstream", "statuses_by_id", ["--ids-file", str(ids_file)])
            say(f"{n} statuses: {repeats} runs of each of {len(variants)} variants, interleaved")

            def run(
                variant: str, n: int = n, variants: dict[str, tuple[str, str, list[str]]] = variants
            ) -> Child:
                impl, workload, extra = variants[variant]
                child = self.workload(impl, workload, *extra)
                if int(child.report["items"]) != n:
                    raise RuntimeError(f"{variant} read {child.report['items']} statuses, expected {n}")
                return child

            measured[n] = self.interleaved(list(variants), repeats, run)
        parse = self.workload("ours", "parse_cost", "--page-size", str(max(sizes[0], 1000)), "--calls", "20")
        self.psql("DELETE FROM statuses WHERE type = 'BENCH'")
        self.sections.append(self.statuses_section(sizes, measured, bare, parse))

    def statuses_section(
        self, sizes: list[int], measured: dict[int, dict[str, list[Child]]], bare: float, parse: Child
    ) -> str:
        """The markdown of the statuses section."""
        page = self.args.page_size
        repeats = self.args.repeats
        labels = {
            "ours-paged": f"ours: `AsyncAPIClient.iter_statuses(type='BENCH', page_size={page})`",
            "upstream-one-call": "upstream: one `get_statuses(event_type='BENCH')`, all in one body",
            "ours-one-call": "ours: one `get_statuses(event_type='BENCH')` (typed parsing)",
            "upstream-by-id": "upstream: `get_status(id)` for each, sequential",
        }
        lines = [
            f"## Reading {' and '.join(f'{n:,}' for n in sizes)} statuses",
            "",
            paragraph(STATUSES_INTRO.format(repeats=repeats, bare=bare)),
            "",
            "| statuses | variant | wall (s) | runs (s) | per item (ms) | peak RSS (MiB) | above bare |",
            "|---:|---|---:|---|---:|---:|---:|",
        ]
        wall: dict[tuple[int, str], float] = {}
        peak: dict[tuple[int, str], float] = {}
        for n in sizes:
            for variant, children in measured[n].items():
                walls = [c.report["wall_s"] for c in children]
                wall[n, variant] = median(walls)
                peak[n, variant] = median([c.max_rss_mb for c in children])
                lines.append(
                    f"| {n:,} | {labels[variant]} | {wall[n, variant]:.2f} | "
                    f"{', '.join(f'{w:.2f}' for w in walls)} | {wall[n, variant] / n * 1000:.3f} | "
                    f"{peak[n, variant]:.1f} | {peak[n, variant] - bare:.1f} |"
                )
        big, small = max(sizes), min(sizes)
        runs_big = measured[big]
        speed = paired(runs_big, "upstream-one-call", "ours-paged", "wall_s")  # parity: >= 0.95
        above = peak[big, "ours-paged"] - bare
        per_item = {n: wall[n, "ours-paged"] / n for n in sizes}
        growth = per_item[big] / per_item[small]
        lines += [
            "",
            "| check | value | per repeat | target | |",
            "|---|---:|---:|---:|---|",
            f"| {big:,}: paged read speed vs upstream's one unbounded `get_statuses()` (its wall / ours) | "
            f"{speed:.2f}x | {spread(runs_big, 'upstream-one-call', 'ours-paged', 'wall_s')} | "
            f"≥ 0.95x (parity) | {verdict(speed >= 0.95)} |",
            f"| {big:,}: ours paged, peak RSS above the bare interpreter | {above:.1f} MiB | | ≤ 64 MiB | "
            f"{verdict(above <= 64)} |",
            f"| ours paged, wall time per item at {big:,} / at {small:,} | {growth:.2f} | | ≤ 1.2 | "
            f"{verdict(growth <= 1.2)} |",
        ]
        if "upstream-by-id" in measured[small]:
            by_id = paired(measured[small], "upstream-by-id", "ours-paged", "wall_s")
            lines.append(
                f"| {small:,}: paged read speed vs upstream's sequential `get_status(id)` | {by_id:.1f}x | "
                f"{spread(measured[small], 'upstream-by-id', 'ours-paged', 'wall_s')} | ≥ 3x (issue 7) | "
                f"{verdict(by_id >= 3)} |"
            )
        report = parse.report
        lines += [
            "",
            paragraph(
                PARSE_INTRO.format(
                    items=int(report["items"]), server=wall[big, "upstream-one-call"] / big * 1e6
                )
            ),
            "",
            "| parse | µs per item | vs `json.loads` |",
            "|---|---:|---:|",
            f"| `json.loads(body)` | {report['json_us_per_item']:.2f} | 1.00x |",
            f"| `StatusList.from_dict(json.loads(body))` (ours, typed) | {report['typed_us_per_item']:.2f} | "
            f"{report['typed_us_per_item'] / report['json_us_per_item']:.2f}x |",
        ]
        return "\n".join(lines)


def write_results(
    path: Path, info: dict[str, str], args: argparse.Namespace, bench: Bench, notes: list[str]
) -> None:
    """Write ``results.md``."""
    lines = [
        "# Benchmarks: this client vs FEDn 0.33.0's APIClient",
        "",
        "Written by `make bench` (`benchmarks/run.py`); do not edit by hand. Local network on "
        "127.0.0.1 started by `scripts/network` (PostgreSQL, moto S3, controller, one combiner, "
        "one client). Both clients talk to the same controller in the same run; the last section "
        "talks to `fedn.testing.FakeController` instead.",
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in info.items()),
        f"| Repeats | upload {args.upload_repeats}, download {args.download_repeats}, "
        f"statuses {args.repeats}, small GETs {args.gets_repeats}, "
        f"import {args.import_repeats}, seed workflow on the fake {args.workflow_repeats} |",
        *(f"| {note} |" for note in notes),
        "",
        *[section + "\n" for section in bench.sections],
    ]
    path.write_text("\n".join(lines).rstrip() + "\n")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the chosen benchmarks, write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state-dir", type=Path, default=REPO / "build" / "bench-network")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results.md")
    parser.add_argument("--repeats", type=int, default=3, help="statuses (default 3)")
    parser.add_argument("--upload-repeats", type=int, default=5)
    parser.add_argument("--download-repeats", type=int, default=5)
    parser.add_argument("--gets-repeats", type=int, default=9)
    parser.add_argument("--import-repeats", type=int, default=10)
    parser.add_argument("--workflow-repeats", type=int, default=5, help="seed workflow runs against the fake")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--model-mb", type=int, default=200)
    parser.add_argument("--statuses", default="5000,50000", help="comma-separated sizes (default 5000,50000)")
    parser.add_argument("--by-id-max", type=int, default=5000, help="largest size also read by id (slow)")
    parser.add_argument("--page-size", type=int, default=2000, help="ours' page size reading statuses")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")
    if not OURS_PY.exists():
        parser.error("needs .venv (make venv)")
    state_dir = args.state_dir.resolve()
    # the server venv (upstream's client) is created by the first `up`: bring the network up first
    needs_network = any(section in NETWORK_SECTIONS for section in only)
    state, started = ensure_network(state_dir) if needs_network else ({"controller_url": ""}, False)
    if not UPSTREAM_PY.exists():
        parser.error("needs .server-venv for upstream's client (make package)")
    load_before = load()
    began = dt.datetime.now(dt.UTC)
    bench = Bench(args, state)
    try:
        for section in SECTIONS:
            if section in only:
                getattr(bench, {"import": "bench_import", "gets": "bench_gets", "upload": "bench_transfers",
                                "statuses": "bench_statuses", "fake": "bench_fake"}[section])()  # fmt: skip
    finally:
        bench.close()
        if started:
            say(f"stopping the network in {state_dir}")
            network_cmd("down", "--state-dir", str(state_dir), "--wipe", timeout=180)
    took = dt.datetime.now(dt.UTC) - began
    info = machine()
    notes = [
        f"Date | {began:%Y-%m-%d %H:%M} UTC, {took.total_seconds() / 60:.1f} min",
        f"Load average (1 min) | {load_before} before, {load()} after (other work on the machine shows here)",
    ]
    write_results(args.out, info, args, bench, notes)
    say(f"wrote {args.out}")
    print(args.out.read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
