"""What a type checker sees of this library: every result typed, no ``Any`` where a type is known.

Run it against a controller (``python examples/typed_usage.py [host:port]``), or only type-check
it: ``make check-package`` runs ``mypy --strict`` and ``pyright`` on this file in a clean virtual
environment where only the built wheel is installed. Each ``assert_type`` is checked by both type
checkers (at run time it does nothing), so a result that turned into ``Any`` fails the check.
"""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any, assert_type

import pandas as pd

from fedn import APIClient, AsyncAPIClient, StartedSession, errors
from fedn.dataframes import validations_dataframe
from fedn_api.models import ClientList, Model, ModelList, Session, SessionConfig, Validation, ValidationList


def inspect_network(client: APIClient) -> None:
    """Read the network's state, typed."""
    clients = client.get_clients(n_max=10)
    assert_type(clients, ClientList)
    assert_type(clients.count, int)
    for info in clients.result:
        assert_type(info.name, str | None)
        assert_type(info.last_seen, datetime.datetime | None)
        assert_type(info["name"], Any)  # item access is the JSON, as with FEDn's own client

    models = client.get_models()
    assert_type(models, ModelList)
    latest = client.get_active_model()
    assert_type(latest, Model | None)
    if latest is not None:
        assert_type(latest.model_id, str)
        assert_type(latest.parent_model, str | None)
        trail = client.get_model_trail(latest.model_id)
        assert_type(trail, list[Model])
        print(json.dumps(trail[-1]))  # results are the server's JSON


def run_session(client: APIClient) -> None:
    """Start a session, wait for it, read its validations."""
    try:
        started = client.start_session(name="typed-usage", rounds=1)
    except errors.PreconditionConflictError as err:
        assert_type(err.status_code, None)
        print("busy:", err.message)
        return
    except errors.ConflictError as err:  # the server's 409 or the client's own check
        assert_type(err.status_code, int | None)
        return
    except errors.APIStatusError as err:  # an HTTP answer: an int status, the answer's headers
        assert_type(err.status_code, int)
        print(err.status_code, err.headers.get("retry-after"))
        return
    assert_type(started, StartedSession)
    assert_type(started.message, str)
    session = client.wait_for_session(started.session_id, timeout=600)
    assert_type(session, Session)
    assert_type(session.session_config, SessionConfig)
    assert_type(session.session_config.rounds, int | None)
    validations = client.get_validations(session_id=session.session_id, committed_at__lt="null")
    assert_type(validations, ValidationList)
    assert_type(client.get_validations_count(session_id=session.session_id), int)
    for validation in validations.result:
        assert_type(validation, Validation)
        assert_type(validation.data, str | None)
    frame = validations_dataframe(client, session.session_id)
    assert_type(frame, pd.DataFrame)


async def count_models(host: str) -> int:
    """The async client: the same methods, awaited."""
    async with AsyncAPIClient(host) as client:
        count = await client.get_models_count()
        assert_type(count, int)
        async for model in client.iter_models(page_size=100):
            assert_type(model, Model)
        return count


if __name__ == "__main__":
    with APIClient(sys.argv[1] if len(sys.argv) > 1 else "localhost:8092") as api:
        inspect_network(api)
        run_session(api)
