"""Results in Jupyter: compact, escaped HTML tables drawn from the items alone; text reprs stay dict's.

Results are read through the facade from recorded server answers (tests/fixtures), then drawn
with ``_repr_html_`` (what Jupyter calls) and with IPython's own display formatter.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import httpx
import pytest
import yaml
from IPython.core.formatters import DisplayFormatter

from fedn import APIClient
from fedn_api.models import Model, ModelList, Session, Validation, ValidationList
from fedn_api.types import HTML_MAX_COLUMNS, HTML_MAX_ROWS, HTML_MAX_TEXT, JsonList, JsonObject, html_table
from support.paths import FIXTURES_DIR
from support.requests_table import TOKEN, model

ANSWERS = {  # path -> recorded answer of the server
    "/api/v1/clients/": "list_clients",
    "/api/v1/sessions/": "list_sessions",
    "/api/v1/validations/": "list_validations",
    "/api/v1/statuses/": "list_statuses",
    "/api/v1/rounds/": "list_rounds",
    "/api/v1/models/": "list_models",
    "/get_controller_status": "get_controller_status",
}


def recorded(name: str) -> Any:
    return json.loads((FIXTURES_DIR / f"{name}.json").read_text())["body"]


class Server:
    """Answers with recorded bodies and counts the requests."""

    def __init__(self) -> None:
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        path = request.url.path
        if path.startswith("/api/v1/sessions/") and path != "/api/v1/sessions/":
            return httpx.Response(200, json=recorded("get_session"))
        if path == "/api/v1/models/count":
            return httpx.Response(200, json=3)
        if path == "/api/v1/models/m3/ancestors":
            return httpx.Response(200, json=[model("m3", "m2"), model("m2", "m1"), model("m1")])
        return httpx.Response(200, json=recorded(ANSWERS[path]))


@pytest.fixture
def results() -> tuple[Server, dict[str, Any]]:
    server = Server()
    with APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(server), environ={}) as client:
        got = {
            "clients": client.get_clients(),
            "sessions": client.get_sessions(),
            "session": client.get_session("be748b0a-5b46-454d-a64f-867ebed2fd24"),
            "validations": client.get_validations(),
            "statuses": client.get_statuses(),
            "rounds": client.get_rounds(),
            "models": client.get_models(),
            "status": client.get_controller_status(),
            "trail": client.get_model_trail("m3"),
        }
    return server, got


def cells(page: str) -> list[str]:
    return re.findall(r"<td>(.*?)</td>", page)


def body_rows(page: str) -> int:
    tbody = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return tbody.count("<tr>")


def test_every_result_draws_a_table_without_a_request(results: tuple[Server, dict[str, Any]]) -> None:
    server, got = results
    before = server.requests
    for name, result in got.items():
        page = result._repr_html_()
        assert page.startswith('<div class="fedn-result">') and "<table>" in page, name
        assert len(page) < 20_000, (name, len(page))  # compact, whatever the result
    assert server.requests == before  # drawing reads the items only


def test_a_page_is_one_row_per_item_with_the_servers_count(results: tuple[Server, dict[str, Any]]) -> None:
    _, got = results
    validations: ValidationList = got["validations"]
    page = validations._repr_html_()
    assert f"ValidationList: count {validations.count}; {len(validations.result)} items" in page
    assert body_rows(page) == len(validations.result)
    first = validations.result[0]
    assert "<th>validation_id</th>" in page and f"<td>{first.validation_id}</td>" in page
    # nested objects and long texts are shown as cut JSON text, escaped
    assert html.escape(json.dumps(first["sender"])) in page
    assert all(len(html.unescape(cell)) <= HTML_MAX_TEXT for cell in cells(page))


def test_the_trail_is_a_plain_list_drawn_as_a_table(results: tuple[Server, dict[str, Any]]) -> None:
    _, got = results
    trail = got["trail"]
    assert isinstance(trail, list) and isinstance(trail, JsonList)
    assert [m["model"] for m in trail] == ["m1", "m2", "m3"]
    assert trail == [model("m1"), model("m2", "m1"), model("m3", "m2")]
    assert repr(trail) == repr(list(trail)) and json.dumps(trail) == json.dumps(list(trail))
    plain = json.loads(json.dumps(trail))
    assert yaml.safe_dump(trail) == yaml.safe_dump(plain) and yaml.dump(trail) == yaml.dump(plain)
    page = trail._repr_html_()
    assert "list of 3 items (Model)" in page and body_rows(page) == 3


def test_an_entity_is_one_row_per_key_nested_objects_as_tables(
    results: tuple[Server, dict[str, Any]],
) -> None:
    _, got = results
    session: Session = got["session"]
    page = session._repr_html_()
    assert f"Session: {len(session)} items" in page
    assert "<tr><th>name</th><td>session-cb0810f0</td></tr>" in page
    assert "<tr><th>session_config</th><td><table><tr><th>aggregator</th><td>fedavg</td></tr>" in page
    assert "<tr><th>aggregator_kwargs</th><td>null</td></tr>" in page


def test_long_lists_and_texts_are_cut_with_a_note() -> None:
    rows = [
        model(f"m{i}") | {f"extra{j}": j for j in range(HTML_MAX_COLUMNS)} for i in range(HTML_MAX_ROWS + 25)
    ]
    rows[0]["name"] = "x" * 5000
    page = html_table(ModelList.from_dict({"count": 1000, "result": rows}))
    assert body_rows(page) == HTML_MAX_ROWS
    assert "25 rows more not shown" in page
    columns = len(dict.fromkeys(k for row in rows for k in row))
    assert f"{columns - HTML_MAX_COLUMNS} columns more not shown" in page
    assert "x" * (HTML_MAX_TEXT - 1) + "\u2026" in page and "x" * HTML_MAX_TEXT not in page
    assert "count 1000" in page
    # a huge nested value is serialised only as far as it is shown
    big = JsonObject.from_dict({"data": list(range(1_000_000))})
    assert len(big._repr_html_()) < 1000


def test_text_from_the_server_is_escaped() -> None:
    evil = '<script>alert("x")</script> & <b>'
    entity = Model.from_dict(model("m1") | {"name": evil, evil: "key"})
    page = entity._repr_html_()
    assert "<script>" not in page and "<b>" not in page
    assert html.escape(evil) in page
    listing = ModelList.from_dict(
        {"count": 1, "result": [model("m1") | {"name": evil, evil: 1}]}
    )._repr_html_()
    assert "<script>" not in listing and listing.count(html.escape(evil)) == 2


def test_text_reprs_stay_exactly_dicts_and_lists(
    results: tuple[Server, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    _, got = results
    for result in got.values():
        plain = json.loads(json.dumps(result))
        assert repr(result) == repr(plain) and str(result) == str(plain)
        print(result)
        print(plain)
        mine, theirs = capsys.readouterr().out.splitlines()
        assert mine == theirs


def test_ipython_shows_html_and_the_dicts_own_text() -> None:
    formatter = DisplayFormatter()
    validation = Validation.from_dict(recorded("get_validation"))
    data, _ = formatter.format(validation)
    assert data["text/html"] == validation._repr_html_()
    plain, _ = formatter.format(json.loads(json.dumps(validation)))
    assert data["text/plain"] == plain["text/plain"]
