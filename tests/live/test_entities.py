"""``get_*()``, ``get_*(id=...)`` and ``get_*_count()``: typed, faithful, limited (fidelity subset).

For each entity of the seed document (clients, combiners, models, packages, rounds, sessions,
statuses, validations) the facade's typed result is compared with the JSON the server sends
for the same route: every field is there under its JSON name, with the same value (timestamps
as ``datetime``), and ``to_dict()`` gives the server's JSON back exactly. ``n_max`` limits the
list (sent as ``X-Limit``) while ``count`` stays the total. Every test runs against the three
targets (tests/support/targets.py): the live network, the fake in process and the fake over HTTP.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import pytest

from fedn import APIClient, errors
from fedn_api import models as m
from support.e2e import one_session_run
from support.targets import Target


@dataclass(frozen=True)
class Entity:
    """One entity kind of the facade: its list, get and count methods and its route."""

    name: str
    route: str
    id_key: str
    item_type: type
    list_type: type

    @property
    def plural(self) -> str:
        return f"{self.name}es" if self.name.endswith("s") else f"{self.name}s"

    def get_all(self, api: APIClient) -> Callable[..., Any]:
        return getattr(api, f"get_{self.plural}")

    def get_one(self, api: APIClient) -> Callable[[str], Any]:
        return getattr(api, f"get_{self.name}")

    def count(self, api: APIClient) -> Callable[[], int]:
        return getattr(api, f"get_{self.plural}_count")


ENTITIES = [
    Entity("client", "/api/v1/clients/", "client_id", m.ClientInfo, m.ClientList),
    Entity("combiner", "/api/v1/combiners/", "combiner_id", m.Combiner, m.CombinerList),
    Entity("model", "/api/v1/models/", "model_id", m.Model, m.ModelList),
    Entity("package", "/api/v1/packages/", "package_id", m.Package, m.PackageList),
    Entity("round", "/api/v1/rounds/", "round_id", m.Round, m.RoundList),
    Entity("session", "/api/v1/sessions/", "session_id", m.Session, m.SessionList),
    Entity("status", "/api/v1/statuses/", "status_id", m.Status, m.StatusList),
    Entity("validation", "/api/v1/validations/", "validation_id", m.Validation, m.ValidationList),
]


@pytest.fixture(scope="module")
def api(target: Target) -> Iterator[APIClient]:
    """A client of a target that holds at least one of each entity (a 1-round session run here)."""
    with target.client() as client:
        one_session_run(client, target.package, target.seed, len(target.clients), "entities")
        yield client


def assert_matches_json(item: Any, raw: dict[str, Any]) -> None:
    """Every JSON field is readable by name with the server's value; ``to_dict()`` is the JSON."""
    assert item.to_dict() == raw
    assert set(item.keys()) == set(raw)
    for key, value in raw.items():
        assert key in item
        typed = item[key]
        if isinstance(typed, datetime.datetime):
            assert typed == parsedate_to_datetime(value), key
            assert typed.tzinfo is not None, key
        elif hasattr(typed, "to_dict"):
            assert typed.to_dict() == value, key
        elif isinstance(typed, list):
            assert [x.to_dict() if hasattr(x, "to_dict") else x for x in typed] == value, key
        else:
            assert typed == value, key
        assert item.get(key) is typed


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.name)
def test_get_list_and_count(api: APIClient, entity: Entity) -> None:
    listing = entity.get_all(api)()
    assert isinstance(listing, entity.list_type)
    assert listing["count"] == listing.count >= 1 and listing.result
    assert all(isinstance(x, entity.item_type) for x in listing.result)
    # counts only grow while other tests run: the later count is at least the earlier one
    assert entity.count(api)() >= listing.count

    first = listing.result[0]
    # upstream style: listing["result"][0]["<id>"]
    item_id = listing["result"][0][entity.id_key]
    assert item_id == getattr(first, entity.id_key)
    item = entity.get_one(api)(item_id)
    assert isinstance(item, entity.item_type)
    raw = api.httpx_client.get(f"{entity.route}{item_id}")
    assert raw.status_code == 200
    assert_matches_json(item, raw.json())


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.name)
def test_n_max_limits_the_list(api: APIClient, entity: Entity) -> None:
    one = entity.get_all(api)(n_max=1)
    assert len(one.result) == 1 and one.count >= 1
    total = entity.count(api)()
    two = entity.get_all(api)(n_max=2)
    assert len(two.result) == min(2, total) and two.count >= 1
    everything = entity.get_all(api)(n_max=total + 5)
    assert len(everything.result) >= min(total, everything.count)


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.name)
def test_get_unknown_id_raises_not_found(api: APIClient, entity: Entity) -> None:
    missing = f"no-such-{entity.name}-{uuid.uuid4().hex[:6]}"
    with pytest.raises(errors.NotFoundError) as info:
        entity.get_one(api)(missing)
    assert info.value.status_code == 404 and info.value.message


def test_filters_narrow_the_lists(api: APIClient, target: Target) -> None:
    session = api.get_sessions(n_max=1).result[0]
    sid = session.session_id
    models = api.get_models(session_id=sid)
    assert {x.session_id for x in models.result} <= {sid}
    statuses = api.get_statuses(session_id=sid, n_max=5)
    assert {x.session_id for x in statuses.result} <= {sid}
    assert statuses.count <= api.get_statuses_count()
    sender = target.clients[0]
    by_sender = api.get_validations(sender_name=sender, n_max=5)
    assert by_sender.result and {v.sender.name for v in by_sender.result if v.sender} == {sender}
    assert api.get_sessions(name=session.name).result[0].name == session.name
    assert api.get_active_clients()["count"] >= len(target.clients)
