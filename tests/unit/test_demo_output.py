"""scripts/demo.py: what it shows of the network launcher's output (no network started)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from support.paths import SCRIPTS

STATE = {"controller_url": "http://127.0.0.1:49999", "clients": ["c1"], "status": "running"}


def load_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fedn_demo_script", SCRIPTS / "demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The demo module with its launcher replaced by a script that talks like ``network.py``."""
    fake = tmp_path / "network.py"
    fake.write_text(
        "import json, sys\n"
        f"state = {STATE!r}\n"
        "print('[network] building the package', file=sys.stderr)\n"
        "print(json.dumps(state, indent=2))\n"
        "print(f\"FEDn controller: {state['controller_url']}\", file=sys.stderr)\n"
        "if sys.argv[1] == 'fail':\n"
        "    print('[network] up failed: log tail: boom', file=sys.stderr)\n"
        "    sys.exit(1)\n"
    )
    module = load_demo()
    monkeypatch.setattr(module, "NETWORK", fake)
    return module


def test_up_shows_the_controller_url_not_the_state_json(
    demo: ModuleType, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert demo.network("up", state_dir=tmp_path) == 0
    out, err = capfd.readouterr()
    shown = out + err
    assert "FEDn controller: http://127.0.0.1:49999" in shown
    assert '"controller_url"' not in shown and '"clients"' not in shown
    assert json.dumps(STATE, indent=2) not in shown


def test_a_failed_up_still_shows_its_errors(
    demo: ModuleType, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(demo.DemoError, match="exit code 1"):
        demo.network("fail", state_dir=tmp_path)
    _, err = capfd.readouterr()
    assert "up failed: log tail: boom" in err
    assert '"controller_url"' not in err


def test_quiet_shows_nothing(demo: ModuleType, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert demo.network("status", state_dir=tmp_path, quiet=True) == 0
    out, err = capfd.readouterr()
    assert out == "" and err == ""
