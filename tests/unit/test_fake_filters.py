"""The fake's filters, sorting and paging: FEDn 0.33's SQL store, rule by rule.

Each case is answered by the fake over its sans-IO core. The rules (``SQLStore._build_filters``,
``SQLStore.list``): values parse as null, int, float, else text; the suffixes compare the column
before them; a primary key's name means ``id`` by equality only; unknown names are ignored;
PostgreSQL refuses a number against a text column and anything but NULL against a timestamp or
boolean column (500); sort by ``X-Sort-Key`` then ``committed_at``; limit and skip only as
positive integers. tests/live/test_filters_keyset.py holds the same rules against the real server.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from fedn.testing import FakeController, FakeRequest
from fedn.testing._query import numeric_key, parse_value


def get(fake: FakeController, path: str, query: str = "", **headers: str) -> tuple[int, Any]:
    answer = fake.handle(
        FakeRequest.of("GET", path, query, {k.replace("_", "-"): v for k, v in headers.items()})
    )
    return answer.status, answer.json() if answer.header(
        "content-type"
    ) == "application/json" else answer.body


def post(fake: FakeController, path: str, body: Any, **headers: str) -> tuple[int, Any]:
    answer = fake.handle(
        FakeRequest.of(
            "POST", path, "", {"Content-Type": "application/json", **headers}, json.dumps(body).encode()
        )
    )
    return answer.status, answer.json()


@pytest.fixture
def fake() -> FakeController:
    """Five statuses of two senders (``alpha`` x3, ``beta`` x2), with steps in ``data``."""
    fake = FakeController(clients=0, clock=iter_clock())
    for index, sender in enumerate(["alpha", "alpha", "beta", "alpha", "beta"]):
        fake._network.store.insert(
            "statuses",
            {"id": f"s{index}", "sender_name": sender, "sender_role": "client", "status": f"step {index}",
             "log_level": "INFO", "type": "TEST", "timestamp": dt.datetime(2026, 1, 1), "data": str(index)},
        )  # fmt: skip
    return fake


def iter_clock() -> Any:
    start = dt.datetime(2026, 1, 1, 12, 0, 0)
    ticks = iter(range(10**6))
    return lambda: start + dt.timedelta(seconds=next(ticks))


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("null", None),
        ("NULL", None),
        ("12", 12),
        (" 7 ", 7),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_values_parse_as_the_sql_store_parses_them(text: str, parsed: Any) -> None:
    assert parse_value(text) == parsed


def test_json_body_values_parse_through_int_first() -> None:
    assert parse_value(True) == 1 and parse_value(1.9) == 1
    for bad in (None, [1], {"a": 1}):
        with pytest.raises(TypeError):
            parse_value(bad)


def test_equality_translated_names_and_the_primary_key(fake: FakeController) -> None:
    assert get(fake, "/api/v1/statuses/count", "sender.name=alpha") == (200, 3)
    assert get(fake, "/api/v1/statuses/count", "sender_name=beta") == (200, 2)
    assert get(fake, "/api/v1/statuses/count", "status_id=s1") == (200, 1)
    assert get(fake, "/api/v1/statuses/count", "id=s1") == (200, 1)
    # unknown names (and a translated name with a suffix) are ignored
    assert get(fake, "/api/v1/statuses/count", "no_such=1&sender.name__ne=alpha&status_id__gt=s1") == (200, 5)
    # the first of repeated names counts
    assert get(fake, "/api/v1/statuses/count", "sender_name=beta&sender_name=alpha") == (200, 2)


def test_comparisons_on_text_in_byte_order(fake: FakeController) -> None:
    status, body = get(fake, "/api/v1/statuses/", "id__gt=s2")
    assert status == 200 and sorted(s["status_id"] for s in body["result"]) == ["s3", "s4"]
    assert get(fake, "/api/v1/statuses/count", "id__gte=s2&id__lt=s4") == (200, 2)
    assert get(fake, "/api/v1/statuses/count", "sender_name__ne=alpha") == (200, 2)
    assert get(fake, "/api/v1/statuses/count", "sender_name__eq=alpha") == (200, 3)
    assert get(fake, "/api/v1/statuses/count", "status__lte=step 1") == (200, 2)


def test_null_is_is_null_and_orders_nothing(fake: FakeController) -> None:
    assert get(fake, "/api/v1/statuses/count", "session_id=null") == (200, 5)
    assert get(fake, "/api/v1/statuses/count", "session_id__ne=null") == (200, 0)
    assert get(fake, "/api/v1/statuses/count", "sender_name__eq=NULL") == (200, 0)
    assert get(fake, "/api/v1/statuses/count", "committed_at=null") == (200, 0)
    # SQLAlchemy builds no col > NULL: 500 (tests/live/test_server_quirks.py saw it on the server)
    assert get(fake, "/api/v1/statuses/count", "sender_name__gt=null")[0] == 500


@pytest.mark.parametrize(
    "query",
    [
        "data=3",  # a number against a text column
        "id__gt=123",
        "committed_at__gte=2026-01-01T00:00:00",  # any value but null against a timestamp column
        "timestamp=2026-01-01",
        "updated_at__lt=5",
    ],
)
def test_what_postgresql_refuses_answers_500(fake: FakeController, query: str) -> None:
    assert get(fake, "/api/v1/statuses/", query) == (500, {"message": "An unexpected error occurred"})
    assert get(fake, "/api/v1/statuses/count", query)[0] == 500


def test_numbers_compare_as_numbers_on_number_columns() -> None:
    fake = FakeController(clients=0)
    for port in (80, 443, 8080):
        fake._network.store.insert(
            "combiners",
            {"name": f"c{port}", "address": "x", "fqdn": None, "ip": "", "parent": "p", "port": port},
        )
    # the network's own combiner listens on 12080
    assert get(fake, "/api/v1/combiners/count", "port__gt=100") == (200, 3)
    assert get(fake, "/api/v1/combiners/count", "port__lte=443.0") == (200, 2)
    assert get(fake, "/api/v1/combiners/count", "port=abc")[0] == 500
    # booleans: nothing but null compares on PostgreSQL
    assert get(fake, "/api/v1/models/count", "active=true")[0] == 500
    assert get(fake, "/api/v1/models/count", "active=null") == (200, 0)


def test_relationships_are_no_filters_but_an_error() -> None:
    fake = FakeController(clients=0)
    assert get(fake, "/api/v1/sessions/count", "session_config=x")[0] == 500
    assert get(fake, "/api/v1/rounds/count", "combiners__gt=1")[0] == 500


def test_rounds_ids_compare_numerically() -> None:
    assert numeric_key("9") < numeric_key("10") < numeric_key("10a") < numeric_key("a")
    fake = FakeController(clients=0)
    for round_id in ("8", "9", "10", "11"):
        fake._network.store.insert(
            "rounds",
            {
                "id": round_id,
                "status": "Finished",
                "_round_config": None,
                "_round_data": None,
                "_combiners": [],
            },
        )
    # "9" parses as a number: PostgreSQL refuses varchar > integer (why the facade pages rounds by X-Skip)
    assert get(fake, "/api/v1/rounds/count", "id__gt=9")[0] == 500
    assert get(fake, "/api/v1/rounds/count", "status=Finished") == (200, 4)
    _, listing = get(fake, "/api/v1/rounds/", x_sort_key="round_id", x_sort_order="desc")
    assert [r["round_id"] for r in listing["result"]] == ["11", "10", "9", "8"]


def test_default_order_is_newest_first_and_sort_headers_apply(fake: FakeController) -> None:
    _, listing = get(fake, "/api/v1/statuses/")
    assert [s["status_id"] for s in listing["result"]] == ["s4", "s3", "s2", "s1", "s0"]
    _, listing = get(fake, "/api/v1/statuses/", x_sort_order="ASC")
    assert [s["status_id"] for s in listing["result"]] == ["s0", "s1", "s2", "s3", "s4"]
    # by a translated key, ties by committed_at in the same direction
    _, listing = get(fake, "/api/v1/statuses/", x_sort_key="sender.name", x_sort_order="asc")
    assert [s["status_id"] for s in listing["result"]] == ["s0", "s1", "s3", "s2", "s4"]
    # an unknown sort key falls back to committed_at
    _, listing = get(fake, "/api/v1/statuses/", x_sort_key="nope", x_sort_order="asc")
    assert listing["result"][0]["status_id"] == "s0"


def test_limit_and_skip_count_only_as_positive_integers(fake: FakeController) -> None:
    _, page = get(fake, "/api/v1/statuses/", x_limit="2", x_skip="1", x_sort_order="asc")
    assert page["count"] == 5 and [s["status_id"] for s in page["result"]] == ["s1", "s2"]
    _, page = get(fake, "/api/v1/statuses/", x_limit="0", x_skip="3", x_sort_order="asc")
    assert [s["status_id"] for s in page["result"]] == ["s3", "s4"]
    for bad in ("-1", "two", "1.5"):
        _, page = get(fake, "/api/v1/statuses/", x_limit=bad)
        assert len(page["result"]) == 5


def test_post_list_bodies_split_commas_into_a_list_the_sql_store_refuses(fake: FakeController) -> None:
    assert post(fake, "/api/v1/statuses/count", {"sender.name": "alpha"}) == (200, 3)
    assert post(fake, "/api/v1/statuses/list", {"sender.name": "alpha,beta"})[0] == 500
    assert post(fake, "/api/v1/statuses/count", {"sender_name": None})[0] == 500  # int(None)
    status, listing = post(fake, "/api/v1/statuses/list", {"sender_name": "beta"}, **{"X-Limit": "1"})
    assert status == 200 and listing["count"] == 2 and len(listing["result"]) == 1
    # a body that is no object means no filters
    assert post(fake, "/api/v1/statuses/count", ["x"]) == (200, 5)


def test_validations_count_ignores_dotted_names_its_list_honours() -> None:
    fake = FakeController(clients=0)
    for sender in ("alpha", "beta"):
        fake._network.store.insert(
            "validations",
            {"sender_name": sender, "sender_role": "CLIENT", "receiver_name": "c", "receiver_role": "C"},
        )
    status, listing = get(fake, "/api/v1/validations/", "sender.name=alpha")
    assert status == 200 and len(listing["result"]) == 1 and listing["count"] == 2
    assert get(fake, "/api/v1/validations/count", "sender.name=alpha") == (200, 2)
    assert get(fake, "/api/v1/validations/count", "sender_name=alpha") == (200, 1)


def test_attribute_and_telemetry_counts_take_the_body_unsplit() -> None:
    fake = FakeController(clients=0)
    assert post(fake, "/api/v1/attributes/count", {"key": "a,b"}) == (200, 0)
    assert post(fake, "/api/v1/telemetry/count", {"key": "a,b"}) == (200, 0)
    # attributes read the Content-Type header by name: without it the route fails
    answer = fake.handle(FakeRequest.of("POST", "/api/v1/attributes/count", "", {}, b""))
    assert answer.status == 500
