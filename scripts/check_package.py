#!/usr/bin/env python3
"""``make check-package``: the distribution as users get it, built, checked and type-checked.

1. Build the sdist and the wheel (``python -m build``) into ``build/dist``; ``twine check
   --strict`` both.
2. Check what they hold: the wheel has ``fedn`` and ``fedn_api`` with their ``py.typed`` markers,
   the license file, an SPDX ``License-Expression`` and exactly the runtime dependencies the code
   imports; the sdist has the sources, README, LICENSE and CHANGELOG and no tests.
3. In a clean virtual environment (no checkout on ``sys.path``) install only the wheel (with the
   ``pandas`` extra, pandas-stubs, mypy and pyright), import it, run ``pyright --verifytypes
   fedn`` (the type completeness score must be 100 %) and type-check ``examples/typed_usage.py``
   with ``mypy --strict`` and ``pyright``. The same two checks pass on an editable install
   (``pip install -e .``), whose ``.pth`` file must be a plain path entry naming ``src/``.
4. For every other Python the classifiers name (3.12, 3.13) that this machine has: install the
   wheel with its ``dev`` extra into a clean venv and run the unit tier (``tests/unit`` and the
   fake-controller targets of ``tests/live``, as ``make test-unit``) against the installed wheel.

Exit status 0 when everything holds; the first failure is printed with what to fix.
"""

from __future__ import annotations

import argparse
import email.parser
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "build" / "dist"
VENVS = REPO / "build" / "package-check"
USER_SCRIPT = REPO / "examples" / "typed_usage.py"
OTHER_PYTHONS = ("3.12", "3.13")
RUNTIME_DEPENDENCIES = {"httpx", "h11", "attrs"}
# the unit tier as `make test-unit` runs it: tests/unit, then the fake targets of tests/live
UNIT_TIER = (("tests/unit",), ("tests/live", "-m", "not live"))


class CheckFailed(Exception):
    """One check did not hold."""


def say(message: str) -> None:
    print(f"[check-package] {message}", flush=True)


def run(cmd: list[str], *, cwd: Path | None = None, timeout: float = 1200) -> str:
    """Run ``cmd``; its output, or :class:`CheckFailed` with the output when it fails."""
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise CheckFailed(
            f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout[-6000:]}{done.stderr[-6000:]}"
        )
    return done.stdout


def build() -> tuple[Path, Path]:
    """Build the sdist and the wheel from a clean ``build/dist``."""
    shutil.rmtree(DIST, ignore_errors=True)
    run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(DIST), str(REPO)])
    (sdist,) = DIST.glob("*.tar.gz")
    (wheel,) = DIST.glob("*.whl")
    run([sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)])
    return sdist, wheel


def check_wheel(wheel: Path) -> None:
    """The wheel's files and metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    for marker in ("fedn/py.typed", "fedn_api/py.typed", "fedn/client.py", "fedn_api/client.py"):
        if marker not in names:
            raise CheckFailed(f"the wheel lacks {marker}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        raise CheckFailed("the wheel lacks the LICENSE file")
    if metadata["License-Expression"] != "Apache-2.0":
        raise CheckFailed(f"License-Expression is {metadata['License-Expression']!r}, not 'Apache-2.0'")
    requires = [r for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r]
    names_required = {r.split(";")[0].split("<")[0].split(">")[0].split("=")[0].strip() for r in requires}
    if names_required != RUNTIME_DEPENDENCIES:
        raise CheckFailed(
            f"runtime dependencies {sorted(names_required)}, expected {sorted(RUNTIME_DEPENDENCIES)}"
        )
    if any(n.startswith(("tests/", "scripts/")) for n in names):
        raise CheckFailed("the wheel ships tests or scripts")
    say(f"wheel: {len(names)} files, License-Expression Apache-2.0, requires {sorted(names_required)}")


def check_sdist(sdist: Path) -> None:
    """The sdist's files: sources and docs, no tests (they need the checkout and a network)."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "src/fedn/py.typed"):
        if needed not in names:
            raise CheckFailed(f"the sdist lacks {needed}")
    if any(name.startswith("tests/") for name in names):
        raise CheckFailed("the sdist ships tests/ (without what they need)")
    say(f"sdist: {len(names)} files, no tests")


def python_for(version: str) -> str | None:
    """An interpreter of ``version`` on this machine (``pythonX.Y`` on PATH, or pyenv's), or None."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = [
        shutil.which(f"python{version}"),
        *sorted(pyenv_root.glob(f"versions/{version}.*/bin/python{version}")),
    ]
    for candidate in candidates:
        if candidate is None:
            continue
        try:
            reported = run(
                [str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], timeout=60
            )
        except CheckFailed:
            continue  # e.g. a pyenv shim of a version that is not selected
        if reported.strip() == version:
            return str(candidate)
    return None


def fresh_venv(name: str, python: str) -> Path:
    """A new virtual environment ``build/package-check/<name>``; its bin folder."""
    folder = VENVS / name
    shutil.rmtree(folder, ignore_errors=True)
    run([python, "-m", "venv", str(folder)])
    run([str(folder / "bin" / "python"), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    return folder / "bin"


def check_installed_wheel(wheel: Path) -> None:
    """Install only the wheel in a clean venv; import it, verify its types, type-check a user script."""
    bin_dir = fresh_venv("py311", sys.executable)
    pip = [str(bin_dir / "python"), "-m", "pip", "install", "-q"]
    run([*pip, f"{wheel}[pandas]", "pandas-stubs", "mypy", "pyright"])
    with tempfile.TemporaryDirectory() as elsewhere:  # no checkout on sys.path
        where = Path(elsewhere)
        imported = run(
            [
                str(bin_dir / "python"),
                "-W",
                "error",
                "-c",
                "import fedn, fedn_api; print(fedn.__file__, fedn.__version__)",
            ],
            cwd=where,
        )
        if str(REPO / "src") in imported:
            raise CheckFailed(f"the checkout was imported instead of the wheel: {imported}")
        say(f"imported from the wheel: {imported.strip()}")
        env_path = f"{bin_dir}:/usr/bin:/bin"
        report = run_env(
            [str(bin_dir / "pyright"), "--verifytypes", "fedn", "--ignoreexternal"], where, env_path
        )
        score = next((line for line in report.splitlines() if "completeness score" in line), "")
        if not score.rstrip().endswith("100%"):
            raise CheckFailed(f"pyright --verifytypes fedn: {score or report[-3000:]}")
        say(f"pyright --verifytypes fedn: {score.strip()}")
        script = where / USER_SCRIPT.name
        shutil.copy(USER_SCRIPT, script)
        run_env([str(bin_dir / "mypy"), "--strict", "--no-incremental", str(script)], where, env_path)
        say(f"mypy --strict {USER_SCRIPT.name}: no issues")
        run_env([str(bin_dir / "pyright"), str(script)], where, env_path)
        say(f"pyright {USER_SCRIPT.name}: 0 errors")


def run_env(cmd: list[str], cwd: Path, path: str) -> str:
    """Run ``cmd`` with PATH set to ``path`` (pyright finds the venv's interpreter through it)."""
    done = subprocess.run(
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
        env={"PATH": path, "HOME": str(Path.home())},
    )
    if done.returncode != 0:
        raise CheckFailed(
            f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout[-6000:]}{done.stderr[-3000:]}"
        )
    return done.stdout


def check_editable_install() -> None:
    """``pip install -e .`` (what the README says) gives a path entry type checkers follow."""
    bin_dir = fresh_venv("editable", sys.executable)
    run(
        [
            str(bin_dir / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "-e",
            f"{REPO}[pandas]",
            "pandas-stubs",
            "mypy",
            "pyright",
        ]
    )
    site = Path(
        run([str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).strip()
    )
    pth_files = sorted(site.glob("__editable__*fedn_typed_client*.pth"))
    lines = [line.strip() for pth in pth_files for line in pth.read_text().splitlines() if line.strip()]
    if lines != [str(REPO / "src")]:
        raise CheckFailed(f"the editable install is not a plain path entry to src/: {pth_files} hold {lines}")
    with tempfile.TemporaryDirectory() as elsewhere:
        where = Path(elsewhere)
        script = where / USER_SCRIPT.name
        shutil.copy(USER_SCRIPT, script)
        env_path = f"{bin_dir}:/usr/bin:/bin"
        run_env([str(bin_dir / "mypy"), "--strict", "--no-incremental", str(script)], where, env_path)
        run_env([str(bin_dir / "pyright"), str(script)], where, env_path)
    say(f"editable install: {pth_files[0].name} names {lines[0]}; mypy --strict and pyright see the types")


def check_other_pythons(wheel: Path) -> None:
    """The unit tier on every other Python the classifiers name, against the installed wheel."""
    for version in OTHER_PYTHONS:
        python = python_for(version)
        if python is None:
            raise CheckFailed(
                f"no Python {version} on this machine (PATH, pyenv): the classifiers say it is tested"
            )
        began = time.monotonic()
        bin_dir = fresh_venv(f"py{version.replace('.', '')}", python)
        run([str(bin_dir / "python"), "-m", "pip", "install", "-q", f"{wheel}[dev]"])
        summaries = []
        for args in UNIT_TIER:
            out = run(
                [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
                cwd=REPO,
                timeout=1800,
            )
            summaries.append(out.strip().splitlines()[-1] if out.strip() else "")
        summary = "; ".join(summaries)
        say(f"Python {version}: unit tier against the wheel: {summary} ({time.monotonic() - began:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    """Run every check; exit 1 with the reason on the first one that fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-other-pythons", action="store_true", help="only Python 3.11 (quicker)")
    args = parser.parse_args(argv)
    try:
        sdist, wheel = build()
        say(f"built {sdist.name} and {wheel.name}; twine check --strict passed")
        check_wheel(wheel)
        check_sdist(sdist)
        check_installed_wheel(wheel)
        check_editable_install()
        if not args.skip_other_pythons:
            check_other_pythons(wheel)
    except CheckFailed as failed:
        print(f"[check-package] FAILED: {failed}", file=sys.stderr)
        return 1
    say("all package checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
