"""Keyset paging and the declared filters against FEDn 0.33.0 (PostgreSQL) and the fake.

Statuses are inserted straight into the statestore in one statement (``psql`` on the network,
the fake's store), so all of them share one ``committed_at`` to the microsecond (``now()`` is
the transaction's start): the ties that make timestamps useless as a paging key. Pages of the
iteration are fetched while rows are inserted and deleted between them; the statestore itself
says which rows existed throughout. Every test runs against the three targets
(tests/support/targets.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import httpx
import pytest

from fedn import AsyncAPIClient, errors
from support.conformance import RecordingTransport, SpecChecker, load_spec
from support.targets import Target

TIED = 2_500


@pytest.fixture
def tied_sender(target: Target) -> Iterator[str]:
    """TIED statuses of a fresh sender, all with the same committed_at; removed afterwards."""
    sender = f"tied-{uuid.uuid4().hex[:8]}"
    target.statuses.insert_tied(sender, TIED, "tied")
    assert target.statuses.distinct_committed_at(sender) == 1
    yield sender
    target.statuses.delete_sender(sender)


def test_keyset_iteration_over_tied_timestamps_yields_each_row_once(target: Target, tied_sender: str) -> None:
    """Inserts (same timestamp again) and deletes between pages: survivors exactly once, in key order."""
    seen_requests: list[httpx.Request] = []
    transport = target.transport() or httpx.HTTPTransport()

    class Spy(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen_requests.append(request)
            return transport.handle_request(request)

    deleted: list[str] = []
    with target.client(timeout=120, transport=Spy()) as api:
        ids: list[str] = []
        for index, status in enumerate(api.iter_statuses(sender_name=tied_sender, page_size=200, prefetch=2)):
            ids.append(status.status_id)
            if index % 400 == 399 and index < 2000:
                target.statuses.insert_tied(tied_sender, 40, "late")
                # delete rows on both sides of the cursor
                deleted.extend(target.statuses.delete_random(tied_sender, "tied", 10))
    survivors = set(target.statuses.ids(tied_sender, label="tied"))
    assert len(survivors) == TIED - len(deleted) and len(deleted) == 50
    assert len(ids) == len(set(ids)), "a status was yielded twice"
    assert survivors <= set(ids), "a status that existed throughout was skipped"
    # in the server's key order (PostgreSQL's collation, which id__gt follows)
    existing = target.statuses.ids(tied_sender)
    yielded = set(ids)
    assert [i for i in existing if i in yielded] == [i for i in ids if i in set(existing)]
    # keyset pages: no X-Skip, each page after the previous page's last key
    pages = [r for r in seen_requests if r.url.path == "/api/v1/statuses/"]
    assert len(pages) >= TIED // 200
    assert all("x-skip" not in r.headers for r in pages)
    assert "id__gt" not in pages[0].url.params
    assert all("id__gt" in r.url.params for r in pages[1:])


async def test_async_keyset_iteration_descending(target: Target, tied_sender: str) -> None:
    api: AsyncAPIClient
    async with target.async_client(timeout=120) as api:
        ids = [
            s.status_id
            async for s in api.iter_statuses(sender_name=tied_sender, page_size=300, sort_order="desc")
        ]
    assert ids == target.statuses.ids(tied_sender, descending=True)


def test_gt_filter_matches_postgresql(target: Target, tied_sender: str) -> None:
    """A ``__gt`` filter on the primary key column, by server name, through the facade and the spec."""
    ordered = target.statuses.ids(tied_sender)
    middle = ordered[len(ordered) // 2]
    checker = SpecChecker(load_spec())
    transport = RecordingTransport(checker, target.transport())
    with target.client(timeout=120, transport=transport) as api:
        after = api.get_statuses(sender_name=tied_sender, id__gt=middle)
        assert after.count == len(ordered) - len(ordered) // 2 - 1
        assert sorted(s.status_id for s in after.result) == sorted(ordered[len(ordered) // 2 + 1 :])
        # the same counted, and with an iterator (X-Skip then); the generated client's old keyword
        # is refused before any request, naming the filter
        assert api.get_statuses_count(sender_name=tied_sender, id__gt=middle) == after.count
        with pytest.raises(errors.InvalidInputError, match="did you mean 'id__gt'"):
            api.get_statuses(sender_name=tied_sender, id_gt=middle, n_max=1)  # type: ignore[call-arg]
        assert [s.status_id for s in api.iter_statuses(sender_name=tied_sender, id__gt=middle)] == ordered[
            len(ordered) // 2 + 1 :
        ]
    assert [str(e) for e in checker.failures()] == []


def test_boolean_comparisons_answer_500_on_sql(target: Target) -> None:
    """The spec's boolean quirk: FEDn 0.33 binds the value as text (or an integer), never a boolean."""
    with target.client(timeout=60) as api:
        for value in (True, False):
            with pytest.raises(errors.ServerError):
                api.get_packages(active=value)
        with pytest.raises(errors.ServerError):
            api.get_models_count(active__ne=True)
        # "null" is the one value a boolean filter takes on SQL: IS NULL
        assert api.get_models_count(active="null") == 0
        # numbers compare as numbers: the combiner's port, an integer column
        port = api.get_combiners().result[0].port
        assert api.get_combiners_count(port=port) == 1 and api.get_combiners_count(port__gt=port) == 0


def test_timestamp_comparisons_answer_500_on_sql(target: Target, tied_sender: str) -> None:
    """The quirk the spec describes: FEDn 0.33 compares a timestamp column with a string (500)."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    with target.client(timeout=60) as api:
        with pytest.raises(errors.ServerError):
            api.get_statuses(sender_name=tied_sender, committed_at__gte=since)
        # "null" is the one value a timestamp filter takes on SQL: IS NULL
        assert api.get_statuses(sender_name=tied_sender, committed_at="null").count == 0
