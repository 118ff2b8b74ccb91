"""examples/quickstart.ipynb runs headless against the live network and the fake, and draws its plots.

The notebook is executed with nbclient in a fresh IPython kernel (this venv's ``python3``
kernel), in a temporary folder, with the target's address, package and seed given through the
environment variables the notebook reads (``FEDN_CONTROLLER``, ``FEDN_PACKAGE``, ``FEDN_SEED``)
and 2 rounds per session (``FEDN_ROUNDS``). The targets are the live network and the fake
controller served over HTTP (``fake-socket``, in this process: the kernel reaches it by its
URL, unchanged code). The kernel keeps its own inline matplotlib backend (``MPLBACKEND`` is
removed), which renders PNG images without a display.
"""

from __future__ import annotations

import base64
import shutil
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from support.paths import REPO
from support.targets import URL_TARGETS, Target

NOTEBOOK = REPO / "examples" / "quickstart.ipynb"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WIDGET = "application/vnd.jupyter.widget-view+json"


def outputs_of(notebook: Any, text: str) -> list[Any]:
    """The outputs of the one code cell whose source contains ``text``."""
    (cell,) = [c for c in notebook.cells if c.cell_type == "code" and text in c.source]
    return list(cell.outputs)


def test_the_notebook_is_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.parametrize("target", URL_TARGETS, indirect=True)
def test_the_quickstart_notebook_runs_and_draws_its_plots(
    target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(target.package, tmp_path / "package.tgz")
    shutil.copy(target.seed, tmp_path / "seed.npz")
    monkeypatch.setenv("FEDN_CONTROLLER", target.url)
    monkeypatch.setenv("FEDN_PACKAGE", str(tmp_path / "package.tgz"))
    monkeypatch.setenv("FEDN_SEED", str(tmp_path / "seed.npz"))
    monkeypatch.setenv("FEDN_ROUNDS", "2")
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    if target.token:
        monkeypatch.setenv("FEDN_AUTH_TOKEN", target.token)
    else:
        monkeypatch.delenv("FEDN_AUTH_TOKEN", raising=False)

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    runner = NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    started = time.monotonic()
    runner.execute()  # raises CellExecutionError, with the cell and its traceback, if a cell fails
    print(f"quickstart.ipynb ran in {time.monotonic() - started:.0f} s")

    plots = [cell for cell in notebook.cells if "plot" in cell.metadata.get("tags", [])]
    assert len(plots) == 2
    for cell in plots:
        images = [o for o in cell.outputs if o.output_type == "display_data" and "image/png" in o.data]
        assert len(images) == 1, (cell.source, cell.outputs)
        png = base64.b64decode(images[0].data["image/png"])
        assert png.startswith(PNG_MAGIC) and len(png) > 10_000

    # results are drawn as HTML tables, sessions waited for with a notebook progress bar
    for text in (
        "seed_model = client.get_active_model()",
        "trail = client.get_model_trail()",
        "client.get_validations(session_id=fedadam.session_id)",
    ):
        (shown,) = [o for o in outputs_of(notebook, text) if o.output_type == "execute_result"]
        assert 'class="fedn-result"' in shown.data["text/html"] and "text/plain" in shown.data
    for cell in [c for c in notebook.cells if c.cell_type == "code" and "progress=True" in c.source]:
        assert any(WIDGET in o.get("data", {}) for o in cell.outputs), cell.outputs
        (finished,) = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert "<th>status</th><td>Finished</td>" in finished.data["text/html"]

    # the network's clients log no training metrics: the cell prints which exist (none)
    (training,) = [c for c in notebook.cells if "training-metrics" in c.metadata.get("tags", [])]
    printed = "".join(o.get("text", "") for o in training.outputs if o.output_type == "stream")
    images = [o for o in training.outputs if "image/png" in o.get("data", {})]
    assert images or "has no training metrics" in printed, training.outputs
