"""FedOpt sessions (FedAdam, FedYogi, FedAdaGrad) from the seed document, on every target.

The document's FedAdam ``session_config`` dict is passed to ``start_session(**session_config)``
unchanged except for ``serveropt``, the name and the number of rounds. Each session must finish,
reach the combiner as a FedOpt round with the given hyperparameters, and move the weights. A
fidelity test (``target``): the live network, and the fake controller in process and over HTTP.
"""

from __future__ import annotations

import ast
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import APIClient, FedOpt
from fedn_api.models import Model
from support.e2e import download_weights, run_session, session_chain, wait_idle
from support.targets import Target


@pytest.fixture(scope="module")
def api(target: Target) -> Iterator[APIClient]:
    with target.client() as client:
        yield client


@pytest.fixture(scope="module")
def seed_model(api: APIClient, target: Target) -> Model:
    """A fresh seed model uploaded for this module (zeros: any training moves it)."""
    wait_idle(api)
    api.set_active_package(target.package, helper="numpyhelper")
    api.set_active_model(target.seed)
    seed_model = api.get_active_model()
    assert seed_model is not None
    return seed_model


def round_configs(api: APIClient, session_id: str) -> list[dict[str, Any]]:
    """The configurations the combiner received for each round of a session."""
    rounds = api.get_rounds(n_max=200).result
    return [
        combiner.config.to_dict()
        for r in rounds
        if r.round_config and r.round_config.session_id == session_id
        for combiner in r.combiners or []
        if combiner.config
    ]


@pytest.mark.parametrize("serveropt", ["adam", "yogi", "adagrad"])
def test_fedopt_session_runs_and_moves_the_weights(
    api: APIClient, seed_model: Model, serveropt: str, tmp_path: Path
) -> None:
    session_id = f"experiment_fed{serveropt}_{uuid.uuid4().hex[:6]}"
    session_config = {
        "helper": "numpyhelper",
        "id": session_id,
        "aggregator": "fedopt",
        "aggregator_kwargs": {
            "serveropt": serveropt,
            "learning_rate": 1e-2,
            "beta1": 0.9,
            "beta2": 0.99,
            "tau": 1e-4,
        },
        "model_id": seed_model["model"],
        "rounds": 2,
    }
    finished = run_session(api, **session_config)
    assert finished.name == session_id and finished.session_config.aggregator == "fedopt"
    sent_kwargs = ast.literal_eval(finished.session_config.aggregator_kwargs or "None")
    assert sent_kwargs == session_config["aggregator_kwargs"]

    chain = session_chain(api, finished.session_id)
    assert len(chain) == 2
    assert chain[0].parent_model == seed_model.model_id

    configs = round_configs(api, finished.session_id)
    assert len(configs) == 2
    for config in configs:
        assert config["aggregator"] == "fedopt"
        assert ast.literal_eval(config["aggregator_kwargs"])["serveropt"] == serveropt

    seed = download_weights(api, seed_model.model_id, tmp_path)
    final = download_weights(api, chain[-1].model_id, tmp_path)
    assert [a.shape for a in final] == [a.shape for a in seed]
    assert all(np.all(np.isfinite(a)) for a in final)
    assert any(not np.allclose(f, s) for f, s in zip(final, seed, strict=True)), (
        f"{serveropt}: weights did not move"
    )


def test_typed_fedopt_config_equals_the_dict_form(api: APIClient, seed_model: Model) -> None:
    """``FedOpt("adam", ...)`` sends what the document's dict sends."""
    wait_idle(api)
    typed = FedOpt("adam", learning_rate=1e-2, beta1=0.9, beta2=0.99, tau=1e-4)
    finished = run_session(
        api,
        name=f"typed-adam-{uuid.uuid4().hex[:6]}",
        aggregator=typed,
        rounds=1,
        model_id=seed_model.model_id,
    )
    kwargs = ast.literal_eval(finished.session_config.aggregator_kwargs or "None")
    assert kwargs == {"serveropt": "adam", "learning_rate": 1e-2, "beta1": 0.9, "beta2": 0.99, "tau": 1e-4}
    assert len(session_chain(api, finished.session_id)) == 1
