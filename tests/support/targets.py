"""The three targets of the fidelity subset of tests/live: the live network and the fake, twice.

A test that takes the ``target`` fixture (tests/live/conftest.py) runs once per target:

* ``live``: the local FEDn 0.33 network (marked ``live``: the live tier runs it);
* ``fake``: :class:`fedn.testing.FakeController` in process, through its httpx transport;
* ``fake-socket``: the same fake served over HTTP on 127.0.0.1 (``serve()``).

The fake targets need no network and no server venv, so the unit tier runs them too
(``pytest -m "not live"``). A :class:`Target` builds clients the same way for all three
(:meth:`Target.client`), and gives what a test must arrange beside the REST API the same way
too: :attr:`Target.statuses` inserts and reads status rows straight in the statestore
(PostgreSQL's ``psql`` on the network, the store of the fake).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from fedn import APIClient, AsyncAPIClient
from fedn.testing import FakeController
from support.network import State, network_module

FAKE_TOKEN = "fake-admin-token-0123456789abcdef"
FAKE_CLIENT_TOKEN = "fake-client-token-0123456789abcdef"
TARGET_NAMES = ("live", "fake", "fake-socket")
#: the targets reached through a URL alone, for code that builds its own clients (docs, notebooks)
URL_TARGETS = ("live", "fake-socket")


class Statuses(Protocol):
    """Status rows written and read straight in a target's statestore."""

    def insert_tied(self, sender: str, count: int, label: str) -> None:
        """``count`` statuses of ``sender`` (status ``"<label> <n>"``), all with one ``committed_at``."""
        ...

    def delete_random(self, sender: str, label: str, count: int) -> list[str]:
        """Delete ``count`` random statuses of ``sender`` whose status starts with ``label``; their ids."""
        ...

    def ids(self, sender: str, *, label: str | None = None, descending: bool = False) -> list[str]:
        """The ids of ``sender``'s statuses in the statestore's key order."""
        ...

    def distinct_committed_at(self, sender: str) -> int:
        """How many different ``committed_at`` values ``sender``'s statuses have."""
        ...

    def delete_sender(self, sender: str) -> None:
        """Delete every status of ``sender``."""
        ...


class PostgresStatuses:
    """:class:`Statuses` of the live network, through ``psql``."""

    def __init__(self, state: State) -> None:
        self.state = state

    def psql(self, sql: str) -> list[str]:
        done = network_module().psql(self.state["postgres"]["port"], sql, timeout=120)
        assert done.returncode == 0, done.stderr
        return [line for line in done.stdout.splitlines() if line.strip()]

    def insert_tied(self, sender: str, count: int, label: str) -> None:
        self.psql(
            "INSERT INTO statuses (id, log_level, sender_name, sender_role, status, timestamp, type, "
            "committed_at, updated_at) "
            f"SELECT gen_random_uuid()::text, 'INFO', '{sender}', 'client', '{label} ' || n, now(), "
            f"'KEYSET', now(), now() FROM generate_series(1, {count}) AS n"
        )

    def delete_random(self, sender: str, label: str, count: int) -> list[str]:
        victims = self.psql(
            "DELETE FROM statuses WHERE id IN (SELECT id FROM statuses "
            f"WHERE sender_name = '{sender}' AND status LIKE '{label} %' "
            f"ORDER BY random() LIMIT {count}) RETURNING id"
        )
        return [v for v in victims if not v.startswith("DELETE")]

    def ids(self, sender: str, *, label: str | None = None, descending: bool = False) -> list[str]:
        where = f"sender_name = '{sender}'" + (f" AND status LIKE '{label} %'" if label else "")
        return self.psql(f"SELECT id FROM statuses WHERE {where} ORDER BY id{' DESC' if descending else ''}")

    def distinct_committed_at(self, sender: str) -> int:
        return int(
            self.psql(f"SELECT count(DISTINCT committed_at) FROM statuses WHERE sender_name = '{sender}'")[0]
        )

    def delete_sender(self, sender: str) -> None:
        self.psql(f"DELETE FROM statuses WHERE sender_name = '{sender}'")


class FakeStatuses:
    """:class:`Statuses` of a fake controller, in its store."""

    def __init__(self, fake: FakeController) -> None:
        self.fake = fake
        self.random = random.Random(0)

    def _rows(self, sender: str, label: str | None = None) -> list[dict[str, Any]]:
        rows = self.fake._network.store.all("statuses")
        return [
            r
            for r in rows
            if r["sender_name"] == sender and (label is None or r["status"].startswith(f"{label} "))
        ]

    def insert_tied(self, sender: str, count: int, label: str) -> None:
        store = self.fake._network.store
        now = store.now()
        for n in range(1, count + 1):
            values = {"log_level": "INFO", "sender_name": sender, "sender_role": "client", "type": "KEYSET"}
            store.insert("statuses", {**values, "status": f"{label} {n}", "timestamp": now}, at=now)

    def delete_random(self, sender: str, label: str, count: int) -> list[str]:
        victims = self.random.sample(self._rows(sender, label), count)
        for row in victims:
            self.fake._network.store.delete("statuses", row["id"])
        return [row["id"] for row in victims]

    def ids(self, sender: str, *, label: str | None = None, descending: bool = False) -> list[str]:
        return sorted((r["id"] for r in self._rows(sender, label)), reverse=descending)

    def distinct_committed_at(self, sender: str) -> int:
        return len({r["committed_at"] for r in self._rows(sender)})

    def delete_sender(self, sender: str) -> None:
        for row in self._rows(sender):
            self.fake._network.store.delete("statuses", row["id"])


@dataclass(frozen=True)
class TargetOptions:
    """What the targets of a test module need: auth on (the live one is then the ``--auth``
    network, which has one client) and how many clients."""

    auth: bool = False
    clients: int = 2


@dataclass
class Target:
    """One target: where its controller is and how to reach it."""

    name: str
    url: str
    package: Path
    seed: Path
    clients: list[str]
    network_id: str
    statuses: Statuses
    token: str | None = None
    client_token: str | None = None
    fake: FakeController | None = None
    #: another target like this one with nothing uploaded yet (a fresh network or fake)
    fresh: Callable[[], Target] | None = None
    #: a target of the same kind whose controller checks tokens (the ``--auth`` network, one client)
    authed: Callable[[], Target] | None = None

    @property
    def is_live(self) -> bool:
        return self.fake is None

    @property
    def address(self) -> str:
        """``host:port`` of the controller's URL (what code written for FEDn passes as ``host``)."""
        return self.url.split("://", 1)[1]

    def transport(self) -> Any:
        """The fake's transport for the in-process target; None (real HTTP) otherwise."""
        return self.fake.transport() if self.fake is not None and self.name == "fake" else None

    def client(self, **kwargs: Any) -> APIClient:
        """An ``APIClient`` of this target (the admin token unless ``token=`` is given)."""
        kwargs.setdefault("token", self.token)
        kwargs.setdefault("transport", self.transport())
        return APIClient(self.url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncAPIClient:
        """An ``AsyncAPIClient`` of this target."""
        kwargs.setdefault("token", self.token)
        kwargs.setdefault("transport", self.transport())
        return AsyncAPIClient(self.url, **kwargs)

    def http(self, **kwargs: Any) -> httpx.Client:
        """A plain httpx client of this target (no token unless headers say so)."""
        transport = kwargs.pop("transport", None) or self.transport()
        return httpx.Client(base_url=self.url, transport=transport, **kwargs)


def live_target(state: State, fresh: Callable[[], Target] | None = None) -> Target:
    """The target of a running local network (its state dict)."""
    return Target(
        name="live",
        url=state["controller_url"],
        package=Path(state["package"]),
        seed=Path(state["seed"]),
        clients=list(state["clients"]),
        network_id=state["network_id"],
        token=state.get("token"),
        client_token=state.get("client_token"),
        statuses=PostgresStatuses(state),
        fresh=fresh,
    )


def fake_target(
    name: str, fake: FakeController, url: str, artefacts: tuple[Path, Path], auth: bool
) -> Target:
    """A target of ``fake`` (``name`` "fake": in process; "fake-socket": served at ``url``)."""
    return Target(
        name=name,
        url=url,
        package=artefacts[0],
        seed=artefacts[1],
        clients=fake.client_names,
        network_id="fedn-network",
        token=FAKE_TOKEN if auth else None,
        client_token=FAKE_CLIENT_TOKEN if auth else None,
        fake=fake,
        statuses=FakeStatuses(fake),
    )


def new_fake(clients: int, auth: bool) -> FakeController:
    """The fake controller of a fake target (two tokens when auth is on, as on an ``--auth`` network)."""
    return FakeController(
        clients=clients,
        auth_token=FAKE_TOKEN if auth else None,
        client_token=FAKE_CLIENT_TOKEN if auth else None,
        clock=None,
    )
