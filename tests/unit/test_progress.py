"""Progress bars: byte bars of uploads and downloads shown on a terminal, quiet otherwise; the round
bar of ``wait_for_session`` is a widget in a notebook (``tqdm.auto``)."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import tqdm.auto
import tqdm.notebook

from fedn import APIClient, AsyncAPIClient, errors
from support.requests_table import TOKEN, Recorder, get, session

SIZE = 3 * 1024 * 1024 + 17


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v1/helpers/active":
        return httpx.Response(200, json="numpyhelper")
    if request.method == "POST":
        body = request.read()
        assert len(body) > SIZE
        return httpx.Response(200, json={"success": True, "message": "Model added successfully"})
    return httpx.Response(200, content=b"x" * SIZE, headers={"content-length": str(SIZE)})


def transfer(tmp_path: Path) -> None:
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"w" * SIZE)
    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(handler), environ={}) as client:
        client.set_active_model(seed, progress=True)
        client.download_model("m1", tmp_path / "out.npz", progress=True)
    assert (tmp_path / "out.npz").stat().st_size == SIZE


def test_bars_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    transfer(tmp_path)
    out = terminal.getvalue()
    assert "upload seed.npz" in out and "download out.npz" in out
    assert "3.00M/3.00M" in out  # full size reached (1024-based units), for both bars
    assert out.count("3.00M/3.00M") >= 2


def test_quiet_when_not_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = Pipe()
    monkeypatch.setattr(sys, "stderr", pipe)
    transfer(tmp_path)
    assert pipe.getvalue() == ""


async def test_async_transfers_show_bars_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"w" * SIZE)
    async with AsyncAPIClient(
        "ctl.test", token=TOKEN, transport=httpx.MockTransport(handler), environ={}
    ) as client:
        await client.set_active_model(seed, progress=True)
        await client.download_model("m1", tmp_path / "out.npz", progress=True)
    assert terminal.getvalue().count("3.00M/3.00M") >= 2


def test_progress_without_tqdm_fails_before_any_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("tqdm", "tqdm.auto"):  # as if tqdm were not installed
        monkeypatch.setitem(sys.modules, name, None)
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return handler(request)

    client = APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(record), environ={})
    with client, pytest.raises(errors.InvalidInputError, match="pip install"):
        client.download_model("m1", tmp_path / "out.npz", progress=True)
    assert not (tmp_path / "out.npz").exists() and requests == []


class NotebookBar(tqdm.notebook.tqdm):  # type: ignore[misc,name-defined,unused-ignore]
    """The notebook bar ``tqdm.auto`` picks inside a Jupyter kernel, remembering its instances."""

    made: ClassVar[list[Any]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        NotebookBar.made.append(self)


def test_wait_for_session_draws_a_notebook_bar_in_a_notebook(monkeypatch: pytest.MonkeyPatch) -> None:
    """``tqdm.auto.tqdm`` is the notebook bar in a kernel: the round bar is that widget, its
    maximum the session's rounds (set by ``reset`` once the first poll tells the total)."""
    monkeypatch.setattr(tqdm.auto, "tqdm", NotebookBar)
    monkeypatch.setattr(sys, "stderr", Pipe())  # a kernel's stderr is no terminal: no text bar
    recorder = Recorder(
        (
            get("/api/v1/sessions/s1", session(status="Started", rounds=3)),
            get("/api/v1/models/count", 1, query={"session_id": "s1"}),
            get("/api/v1/sessions/s1", session(status="Finished", rounds=3)),
            get("/api/v1/models/count", 3, query={"session_id": "s1"}),
        )
    )
    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}) as client:
        client.wait_for_session("s1", poll_interval=0.01, progress=True)
    recorder.assert_done()
    (bar,) = NotebookBar.made
    _label, widget, text = bar.container.children
    assert (widget.max, widget.value, widget.bar_style) == (3, 3, "success")
    assert "3/3" in text.value and "Finished" in text.value
