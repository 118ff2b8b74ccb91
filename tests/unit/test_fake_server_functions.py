"""Server functions on the fake controller: what its combiner does with a session's class.

tests/live/test_server_functions.py holds the fake to the live network (selection, settings,
aggregation, FEDn's defaults without them). These cases are the fake's own: the class's
``api_client`` reaching the fake (also with auth on, also while the poll mode advances rounds),
FEDn's fallbacks when a function fails, the combiner keeping the last class sent, and what
happens without numpy or with another helper.
"""

from __future__ import annotations

import json
import logging
import textwrap
from pathlib import Path

import numpy as np
import pytest

from fedn import APIClient
from fedn.testing import FakeController
from fedn.testing import _weights as weights
from support.artefacts import make_artefacts

#: one trainer (the client named first, found through api_client), settings from the model, a step
SELECTING = textwrap.dedent(
    """
    from fedn.network.combiner.hooks.allowed_import import ServerFunctionsBase, api_client, np


    class ServerFunctions(ServerFunctionsBase):
        def client_selection(self, client_ids):
            names = {c["client_id"]: c["name"] for c in api_client.get_clients()["result"]}
            return [min(client_ids, key=lambda cid: names[cid])]

        def client_settings(self, global_model):
            return {"parameters": int(sum(p.size for p in global_model))}

        def aggregate(self, previous_global, client_updates):
            return [p + 1.0 for p in previous_global]
    """
)


@pytest.fixture
def artefacts(tmp_path: Path) -> tuple[Path, Path]:
    return make_artefacts(tmp_path)


def ready(fake: FakeController, artefacts: tuple[Path, Path], helper: str = "numpyhelper") -> APIClient:
    client = APIClient("fake", transport=fake.transport(), token="admin-token", max_retries=0)
    client.set_active_package(artefacts[0], helper=helper)
    client.set_active_model(artefacts[1])
    return client


def combiner_reports(client: APIClient, session_id: str) -> list[dict[str, object]]:
    """The combiner's report of each round of a session, oldest first."""
    rounds = [r for r in client.get_rounds().result if r.round_config.session_id == session_id]
    return [r["combiners"][0] for r in sorted(rounds, key=lambda r: int(r.round_id or 0))]


def trainers(client: APIClient, session_id: str) -> list[str]:
    statuses = client.get_statuses(session_id=session_id, event_type="MODEL_UPDATE", sender_role="CLIENT")
    return sorted({s.sender.name for s in statuses.result if s.status == "Model update completed."})


def weights_of(client: APIClient, model_id: str, folder: Path) -> list[np.ndarray]:
    client.download_model(model_id, folder / f"{model_id}.npz")
    with np.load(folder / f"{model_id}.npz") as npz:
        return [npz[key] for key in sorted(npz.files, key=int)]


def test_the_class_runs_while_polling_and_its_api_client_reaches_the_fake(
    artefacts: tuple[Path, Path], tmp_path: Path
) -> None:
    """Poll mode: the class's own requests do not advance the session (a round each would)."""
    fake = FakeController(clients=["bob", "alice", "carol"], auth_token="admin-token")
    with ready(fake, artefacts) as client:
        seed = client.get_active_model()
        assert seed is not None
        started = client.start_session(name="sf", rounds=3, server_functions=SELECTING)
        session = client.wait_for_session(started.session_id, poll_interval=0.001)
        assert session.status == "Finished"
        reports = combiner_reports(client, session.session_id)
        assert len(reports) == 3  # three rounds, whatever the class requested meanwhile
        assert trainers(client, session.session_id) == ["alice"]
        for report in reports:
            assert report["config"]["client_settings"] == {"parameters": 9}
            assert report["data"]["nr_expected_updates"] == 1
            assert report["data"]["aggregation_time"]["nr_aggregated_models"] == 1
        chain = client.get_models(session_id=session.session_id).result
        latest = max(chain, key=lambda m: m.committed_at)
        got = weights_of(client, latest.model_id, tmp_path)
        for array, start in zip(got, [np.zeros((8, 1)), np.zeros(1)], strict=True):
            np.testing.assert_array_equal(array, start + 3.0)  # aggregate adds 1.0 per round
    # the class asked the controller for its clients, with the admin token, in every round
    asked = [r for r in fake.requests if r.operation_id == "list_clients"]
    assert len(asked) == 3 and {r.status for r in asked} == {200}


def test_the_settings_reach_the_training_requests(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=2, time="instant")
    with ready(fake, artefacts) as client:
        started = client.start_session(name="sf", rounds=1, server_functions=SELECTING)
        statuses = client.get_statuses(session_id=started.session_id, event_type="MODEL_UPDATE").result
        (request,) = [s for s in statuses if s.status == "Received request from combiner."]
        data = json.loads(json.loads(request.data)["data"])
        assert data["client_settings"] == {"parameters": 9}


def test_a_failing_function_is_retired_and_fedns_default_takes_over(
    artefacts: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    source = textwrap.dedent(
        """
        from fedn.network.combiner.hooks.allowed_import import ServerFunctionsBase


        class ServerFunctions(ServerFunctionsBase):
            def client_selection(self, client_ids):
                raise RuntimeError("no clients for you")
        """
    )
    fake = FakeController(clients=2, time="instant")
    with caplog.at_level(logging.ERROR, logger="fedn"), ready(fake, artefacts) as client:
        started = client.start_session(name="sf", rounds=2, server_functions=source)
        assert client.get_session(started.session_id).status == "Finished"
        assert trainers(client, started.session_id) == ["client1", "client2"]
    (failure,) = [r for r in caplog.records if "client_selection failed" in r.getMessage()]
    assert 'raise RuntimeError("no clients for you")' in failure.getMessage()


def test_an_aggregation_that_keeps_failing_leaves_the_round_without_a_model(
    artefacts: tuple[Path, Path],
) -> None:
    source = textwrap.dedent(
        """
        from fedn.network.combiner.hooks.allowed_import import ServerFunctionsBase


        class ServerFunctions(ServerFunctionsBase):
            def aggregate(self, previous_global, client_updates):
                return "not a model"
        """
    )
    fake = FakeController(clients=2, time="instant")
    with ready(fake, artefacts) as client:
        models_before = client.get_models_count()
        started = client.start_session(name="sf", rounds=1, server_functions=source)
        (report,) = combiner_reports(client, started.session_id)
        assert report["model_id"] is None
        assert report["data"]["aggregation_time"]["nr_aggregated_models"] == 0
        assert {r.status for r in client.get_rounds().result} == {"Failed"}
        assert client.get_models_count() == models_before


def test_the_combiner_keeps_the_last_class_sent(artefacts: tuple[Path, Path]) -> None:
    """FEDn 0.33's combiner runs the last session's class in later sessions that send none."""
    fake = FakeController(clients=2, time="instant")
    with ready(fake, artefacts) as client:
        client.start_session(name="with", rounds=1, server_functions=SELECTING)
        later = client.start_session(name="without", rounds=1)
        assert client.get_session(later.session_id).session_config.server_functions is None
        assert trainers(client, later.session_id) == ["client1"]


def test_unknown_ids_chosen_are_expected_and_never_answer(artefacts: tuple[Path, Path]) -> None:
    source = textwrap.dedent(
        """
        from fedn.network.combiner.hooks.allowed_import import ServerFunctionsBase


        class ServerFunctions(ServerFunctionsBase):
            def client_selection(self, client_ids):
                return ["no-such-client", sorted(client_ids)[0]]
        """
    )
    fake = FakeController(clients=2, time="instant")
    with ready(fake, artefacts) as client:
        started = client.start_session(name="sf", rounds=1, server_functions=source)
        (report,) = combiner_reports(client, started.session_id)
        assert report["data"]["nr_expected_updates"] == 2
        assert report["data"]["aggregation_time"]["nr_aggregated_models"] == 1


@pytest.mark.parametrize("case", ["no numpy", "binaryhelper"])
def test_without_numpy_arrays_the_class_is_stored_and_fedns_defaults_run(
    case: str, artefacts: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    if case == "no numpy":
        monkeypatch.setattr(weights, "numpy", lambda: None)
    fake = FakeController(clients=2, time="instant")
    helper = "binaryhelper" if case == "binaryhelper" else "numpyhelper"
    with ready(fake, artefacts, helper=helper) as client:
        started = client.start_session(name="sf", rounds=1, server_functions=SELECTING, helper=helper)
        session = client.get_session(started.session_id)
        assert session.status == "Finished" and session.session_config.server_functions == SELECTING
        assert trainers(client, started.session_id) == ["client1", "client2"]
        (report,) = combiner_reports(client, started.session_id)
        assert report["config"]["client_settings"] == {}
    assert not [r for r in fake.requests if r.operation_id == "list_clients"]
