"""Request shapes of every public APIClient method, through real serialization (httpx.MockTransport).

The table ``CASES`` (tests/support/requests_table.py) lists, for each case, the exact HTTP
exchanges a method must make and the server's canned answers; ``run_case_sync`` drives it with
the sync ``APIClient``. The async client runs the same table in test_requests_async.py.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from fedn import APIClient, errors
from support.requests_table import (
    BASE,
    CASES,
    NOT_FOUND,
    PACKAGE_JSON,
    TOKEN,
    TS,
    Case,
    Recorder,
    envelope,
    get,
    limited,
    resolve_placeholders,
    run_case_sync,
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_request_shape(case: Case, tmp_path: Path) -> None:
    run_case_sync(case, tmp_path)


def test_every_public_method_has_a_case() -> None:
    public = {
        name
        for name in dir(APIClient)
        if not name.startswith("_")
        and callable(getattr(APIClient, name))
        and name != "close"
        # lazy iteration and per-call options have tables of their own (test_paging.py, test_retry.py)
        and not name.startswith(("iter_", "iterate", "with_options"))
    }
    assert public - {c.method for c in CASES} == set()


def test_results_read_like_upstream_json(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.id == "get_clients")
    clients = run_case_sync(case, tmp_path)
    assert clients["count"] == 1
    assert clients["result"][0]["client_id"] == "c1"
    assert "result" in clients and clients.get("nope") is None
    assert clients.to_dict()["result"][0]["last_seen"] == TS


def test_one_connection_pool_reused(tmp_path: Path) -> None:
    recorder = Recorder((get("/api/v1/models/count", 1), get("/api/v1/models/count", 1)))
    with APIClient(BASE, token=TOKEN, transport=httpx.MockTransport(recorder), environ={}) as client:
        http = client.httpx_client
        client.get_models_count()
        client.get_models_count()
        assert client.httpx_client is http
        assert client.generated.get_httpx_client() is http
    assert http.is_closed
    recorder.assert_done()


@pytest.mark.parametrize(
    ("method", "new_name", "case_id"),
    [
        ("set_package", "set_active_package()", "set_package"),
        ("set_initial_model", "set_active_model()", "set_initial_model"),
        # FEDn before 0.9
        ("list_models", "get_models()", "list_models"),
        ("list_clients", "get_clients()", "list_clients"),
        ("list_combiners", "get_combiners()", "list_combiners"),
        ("list_rounds", "get_rounds()", "list_rounds"),
        ("list_sessions", "get_sessions()", "list_sessions"),
        ("list_compute_packages", "get_packages()", "list_compute_packages"),
        ("list_validations", "get_validations()", "list_validations_camel_case"),
        ("get_latest_model", "get_active_model()", "get_latest_model"),
        ("get_initial_model", "get_model_trail()[0]", "get_initial_model"),
    ],
)
def test_deprecated_names_warn_and_name_the_new_method(
    method: str, new_name: str, case_id: str, tmp_path: Path
) -> None:
    case = next(c for c in CASES if c.id == case_id)
    recorder = Recorder(case.exchanges)
    args, kwargs = resolve_placeholders(case, tmp_path)
    client = APIClient(BASE, token=TOKEN, transport=httpx.MockTransport(recorder), environ={})
    with client, pytest.warns(DeprecationWarning) as caught:
        getattr(client, method)(*args, **kwargs)
    recorder.assert_done()
    assert len(caught) == 1
    assert str(caught[0].message) == (
        f"APIClient.{method}() is deprecated (FEDn renamed it); use APIClient.{new_name} instead"
    )
    assert caught[0].filename == __file__  # points at the caller's line


def test_ambiguous_name_raises_with_the_ids(tmp_path: Path) -> None:
    twins = envelope(dict(PACKAGE_JSON, package_id="p1"), dict(PACKAGE_JSON, package_id="p2"))
    twins["count"] = 12  # more than the ids listed
    recorder = Recorder((
        get("/api/v1/packages/package", NOT_FOUND, status=404),
        get("/api/v1/packages/", twins, query={"name": "package"}, **limited(10)),
    ))  # fmt: skip
    client = APIClient(BASE, token=TOKEN, transport=httpx.MockTransport(recorder), environ={})
    with client, pytest.raises(errors.AmbiguousNameError) as caught:
        client.get_package("package")
    recorder.assert_done()
    err = caught.value
    assert isinstance(err, LookupError) and err.status_code is None
    assert err.name == "package" and err.matches == ["p1", "p2"]
    assert "12 packages are named 'package'" in err.message and "p1, p2 and 10 more" in err.message


def test_unknown_id_and_name_raises_the_servers_404(tmp_path: Path) -> None:
    recorder = Recorder((
        get("/api/v1/combiners/nope", {"message": "Entity with id: nope not found"}, status=404),
        get("/api/v1/combiners/", envelope(), query={"name": "nope"}, **limited(10)),
    ))  # fmt: skip
    client = APIClient(BASE, token=TOKEN, transport=httpx.MockTransport(recorder), environ={})
    with client, pytest.raises(errors.NotFoundError) as caught:
        client.get_combiner("nope")
    recorder.assert_done()
    assert caught.value.status_code == 404
    assert caught.value.message == "Entity with id: nope not found"
    assert caught.value.url == f"{BASE}/api/v1/combiners/nope"
