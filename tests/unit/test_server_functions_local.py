"""``fedn.network.combiner.hooks.serverfunctionstest``: a ServerFunctions class run locally, no server.

* FEDn 0.33.0's own ``examples/server-functions/test_locally.py`` and ``server_functions.py`` run
  unchanged, extracted byte for byte from an upstream checkout or git directory (``FEDN_REPO``,
  else the project's mirror; tests/support/upstream.py), beside our stand-in for its torch model
  (tests/support/server_functions_local/model.py). Without a checkout that test is skipped.
* Our own script with the same import lines and call (tests/support/server_functions_local/)
  always runs.
* The engine (``fedn._server_functions``): the combiner's calling order, the hooks service's
  error behaviour (a failing function is retired and logged with its line; FEDn's default takes
  over; a failed aggregation is tried three times and leaves the round without a model), FedAvg.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import errors
from fedn._server_functions import FunctionService, RoundResult, fedavg, run_round
from fedn.network.combiner.hooks.serverfunctionstest import run_locally, test_server_functions
from support.paths import REPO
from support.upstream import fedn_repo, upstream_file

LOCAL = REPO / "tests" / "support" / "server_functions_local"
EXAMPLE = "examples/server-functions"
#: what upstream's runner prints for 5 rounds
ROUND_LINES = [
    line for n in range(1, 6) for line in (f"Simulating server round: {n}", f"Server round {n} completed")
]


def run_script(folder: Path) -> subprocess.CompletedProcess[str]:
    """``python test_locally.py`` in ``folder`` with this environment's interpreter (as a user runs it)."""
    return subprocess.run(
        [sys.executable, "test_locally.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def example_folder(folder: Path, test_locally: bytes, server_functions: bytes) -> Path:
    """The example's layout: test_locally.py, server_functions.py and our client/model.py."""
    (folder / "client").mkdir(parents=True)
    shutil.copy(LOCAL / "model.py", folder / "client" / "model.py")
    (folder / "test_locally.py").write_bytes(test_locally)
    (folder / "server_functions.py").write_bytes(server_functions)
    return folder


def test_upstreams_test_locally_runs_unchanged(tmp_path: Path) -> None:
    repo = fedn_repo(f"its {EXAMPLE}/test_locally.py unchanged")
    script = upstream_file(repo, f"{EXAMPLE}/test_locally.py")
    functions = upstream_file(repo, f"{EXAMPLE}/server_functions.py")
    assert b"from fedn.network.combiner.hooks.serverfunctionstest import test_server_functions" in script
    folder = example_folder(tmp_path, script, functions)
    done = run_script(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (folder / "test_locally.py").read_bytes() == script  # run as extracted
    assert done.stdout.splitlines() == ROUND_LINES
    # the example's own prints, through FEDn's logger: its aggregate ran every round; its selection
    # asked the controller for attributes (none here) and fell back to every client, as it says
    assert done.stderr.count("Models aggregated") == 5, done.stderr
    assert done.stderr.count("selecting all clients") == 5, done.stderr
    assert "Error" not in done.stderr.replace("ConnectError", ""), done.stderr


def test_our_script_with_the_same_import_lines_runs(tmp_path: Path) -> None:
    folder = example_folder(
        tmp_path, (LOCAL / "local_runner.py").read_bytes(), (LOCAL / "server_functions.py").read_bytes()
    )
    done = run_script(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ROUND_LINES
    assert done.stderr.count("local selection: 10 of 20: ['0', '2', '4']") == 5, done.stderr
    for n, rate in enumerate((0.1, 0.05, 0.025, 0.0125, 0.00625), start=1):
        assert f"local settings: round {n}, 6 arrays, rate {rate}" in done.stderr
        assert f"local aggregate: round {n}, 10 updates, sum " in done.stderr


def test_pytest_does_not_collect_the_runner_from_a_users_test_file(tmp_path: Path) -> None:
    (tmp_path / "test_mine.py").write_text(
        "from fedn.network.combiner.hooks.serverfunctionstest import test_server_functions\n\n\n"
        "def test_mine() -> None:\n    assert callable(test_server_functions)\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_mine.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout, done.stdout
    assert getattr(test_server_functions, "__test__", True) is False


# --- the engine ---------------------------------------------------------------------------------

WEIGHTS = [np.arange(6, dtype=np.float64).reshape(2, 3), np.ones(2, dtype=np.float32)]
HEADER = (
    "from fedn.network.combiner.hooks.allowed_import import Dict, List, ServerFunctionsBase, Tuple, np\n\n"
)


def source_of(body: str) -> str:
    """A ServerFunctions class with ``body`` (indented by 4), after upstream's import line."""
    return (
        HEADER
        + "class ServerFunctions(ServerFunctionsBase):\n"
        + textwrap.indent(textwrap.dedent(body), "    ")
    )


def same_model(n: int = 1) -> Any:
    """A client's training: the global model it got, with ``num_examples=n``."""

    def train(client: str, model: list[Any], settings: Any) -> tuple[list[Any], dict[str, int]]:
        return model, {"num_examples": n}

    return train


def rounds(source: str, count: int, clients: int = 4) -> tuple[FunctionService, list[RoundResult]]:
    service = FunctionService()
    ids = [str(n) for n in range(clients)]
    return service, [run_round(service, source, ids, WEIGHTS, same_model()) for _ in range(count)]


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "fedn"]


def test_functions_are_called_in_the_combiners_order(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="fedn")
    source = source_of(
        """
        def client_selection(self, client_ids):
            print(f"call client_selection {client_ids}")
            return client_ids[:2]

        def client_settings(self, global_model):
            print(f"call client_settings {len(global_model)}")
            return {"lr": 0.5}

        def aggregate(self, previous_global, client_updates):
            examples = [metadata["num_examples"] for _, metadata in client_updates.values()]
            print(f"call aggregate {sorted(client_updates)} {examples}")
            return [p * 2 for p in previous_global]
        """
    )
    service, (result,) = rounds(source, 1)
    calls = [m for m in messages(caplog) if m.startswith("call ")]
    assert calls == [
        "call client_selection ['0', '1', '2', '3']",
        "call client_settings 2",
        "call aggregate ['0', '1'] [1, 1]",
    ]
    assert result.selected == ["0", "1"] and result.client_settings == {"lr": 0.5}
    assert result.aggregated_by == "aggregate" and result.model is not None
    assert [a.tolist() for a in result.model] == [(w * 2).tolist() for w in WEIGHTS]
    assert result.model[1].dtype == np.float32  # an .npz keeps the dtype
    assert service.provided == {
        "client_selection": True, "client_settings": True, "aggregate": True, "incremental_aggregate": False,
    }  # fmt: skip
    assert service.failures == []


def test_functions_not_defined_are_fedns_defaults() -> None:
    service, (result,) = rounds(source_of("pass\n"), 1)
    assert service.provided == dict.fromkeys(service.provided, False)
    assert result == RoundResult(["0", "1", "2", "3"], {}, result.model, "fedavg")
    assert result.model is not None and [a.tolist() for a in result.model] == [w.tolist() for w in WEIGHTS]


def test_a_failing_function_is_retired_and_logged_with_its_line(caplog: pytest.LogCaptureFixture) -> None:
    source = source_of(
        """
        def client_settings(self, global_model):
            return {"lr": 1 / 0}
        """
    )
    service, results = rounds(source, 3)
    assert [r.client_settings for r in results] == [{}, {}, {}]
    assert len(service.failures) == 1  # called once, then retired for the rounds after
    failure = service.failures[0]
    assert failure.function == "client_settings" and isinstance(failure.error, ZeroDivisionError)
    assert failure.where == 'line 6: return {"lr": 1 / 0}'
    assert any("client_settings failed at line 6" in m for m in messages(caplog))
    assert service.provided["client_settings"] is False


def test_an_empty_or_failed_selection_is_every_client() -> None:
    _, results = rounds(source_of("def client_selection(self, client_ids):\n    return []\n"), 1)
    assert results[0].selected == ["0", "1", "2", "3"]
    service, results = rounds(source_of("def client_selection(self, client_ids):\n    return unknown\n"), 2)
    assert [r.selected for r in results] == [["0", "1", "2", "3"]] * 2
    assert isinstance(service.failures[0].error, NameError)


def test_settings_that_json_cannot_carry_fail() -> None:
    service, (result,) = rounds(
        source_of("def client_settings(self, global_model):\n    return {'x': object()}\n"), 1
    )
    assert result.client_settings == {} and isinstance(service.failures[0].error, TypeError)


def test_a_failed_aggregation_is_tried_3_times_and_gives_no_model(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="fedn")
    source = source_of(
        """
        def aggregate(self, previous_global, client_updates):
            print(f"aggregate called with {len(client_updates)}")
            return None
        """
    )
    service, results = rounds(source, 2)
    assert [m for m in messages(caplog) if m.startswith("aggregate called")] == [
        "aggregate called with 4"
    ] * 3
    assert results[0].model is None and results[0].aggregated_by == "aggregate"
    assert [f.function for f in service.failures] == ["aggregate"] * 3
    assert "must be a list of numpy arrays, got NoneType" in str(service.failures[0].error)
    assert results[1].aggregated_by == "fedavg" and results[1].model is not None  # retired: FEDn's default


def test_incremental_aggregation() -> None:
    source = source_of(
        """
        def __init__(self):
            self.total = None
            self.seen = []

        def incremental_aggregate(self, client_id, model, client_metadata, previous_global):
            self.seen.append(client_id)
            self.total = model if self.total is None else [a + b for a, b in zip(self.total, model)]

        def get_incremental_aggregate_model(self):
            return self.total
        """
    )
    service, (result,) = rounds(source, 1, clients=3)
    assert result.aggregated_by == "incremental_aggregate" and result.model is not None
    assert [a.tolist() for a in result.model] == [(w * 3).tolist() for w in WEIGHTS]
    assert service.failures == []


@pytest.mark.parametrize(
    "body",
    ["pass\n    class_is_missing = (\n", "def __init__(self):\n    raise RuntimeError('no')\n"],
    ids=["syntax-error", "init-raises"],
)
def test_a_class_that_does_not_load_provides_nothing(body: str) -> None:
    service, (result,) = rounds(source_of(body), 1)
    assert result.aggregated_by == "fedavg" and result.selected == ["0", "1", "2", "3"]
    assert service.failures[0].function == "ServerFunctions"


def test_the_users_functions_get_copies() -> None:
    source = source_of(
        """
        def aggregate(self, previous_global, client_updates):
            for array in previous_global:
                array *= 0
            return previous_global
        """
    )
    original = [w.copy() for w in WEIGHTS]
    _, (result,) = rounds(source, 1)
    assert result.model is not None and all(not a.any() for a in result.model)
    assert all(np.array_equal(w, o) for w, o in zip(WEIGHTS, original, strict=True))


def test_fedavg_is_fedns_weighted_running_average(caplog: pytest.LogCaptureFixture) -> None:
    a, b = [np.array([0.0, 2.0])], [np.array([4.0, 6.0])]
    averaged = fedavg([(a, {"num_examples": 1}), (b, {"num_examples": 3}), (a, {"other": 1})])
    assert averaged is not None and averaged[0].tolist() == [3.0, 5.0]
    assert any("without num_examples" in m for m in messages(caplog))
    assert fedavg([]) is None


def test_the_runner_returns_each_rounds_result(capsys: pytest.CaptureFixture[str]) -> None:
    source_class = _class_with_source()
    results = run_locally(source_class, WEIGHTS, {"num_examples": 2}, rounds=2, num_clients=3)
    assert capsys.readouterr().out.splitlines() == ROUND_LINES[:4]
    assert [r.selected for r in results] == [["0", "1", "2"]] * 2
    assert test_server_functions(source_class, WEIGHTS, {"num_examples": 2}, rounds=1, num_clients=1) is None


def _class_with_source() -> type:
    """A class whose source inspect can read (defined in this file)."""

    class ServerFunctions:
        def client_settings(self, global_model: list[Any]) -> dict[str, int]:
            return {"arrays": len(global_model)}

    return ServerFunctions


@pytest.mark.parametrize(
    "kwargs",
    [{"server_functions": "class X: pass"}, {"rounds": -1}, {"num_clients": 2.5}, {"rounds": True}],
)
def test_bad_runner_arguments_are_invalid_input(kwargs: dict[str, Any]) -> None:
    arguments: dict[str, Any] = {
        "server_functions": _class_with_source(), "parameters_np": WEIGHTS, "client_metadata": {},
        "rounds": 1, "num_clients": 1, **kwargs,
    }  # fmt: skip
    with pytest.raises(errors.InvalidInputError):
        run_locally(**arguments)
