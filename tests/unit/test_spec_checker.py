"""The live conformance run's spec checker (tests/support/conformance.py), on made-up exchanges."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from support.conformance import SpecChecker, is_http_date, load_spec


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def test_checker_rejects_what_the_spec_does_not_declare(spec: dict[str, Any]) -> None:
    """The checker is not a rubber stamp: wrong status, media type, field type and path all fail."""
    checker = SpecChecker(spec)
    request = httpx.Request("GET", "http://x/api/v1/models/count")

    def check(status: int, body: bytes, content_type: str = "application/json") -> list[str]:
        response = httpx.Response(status, headers={"content-type": content_type}, content=body)
        return checker.check(request, response, body).problems

    assert check(200, b"3") == []
    assert any("not declared" in p for p in check(418, b"3"))
    assert any("media type" in p for p in check(200, b"3", "text/html"))
    assert check(200, b'"three"') != []
    assert check(500, b'{"message": "boom"}') == []
    assert check(500, b'{"msg": 1}') != []
    bad_path = httpx.Request("GET", "http://x/api/v1/nowhere")
    assert checker.check(bad_path, httpx.Response(200), b"").problems
    assert not is_http_date("2026-11-27T04:35:12Z") and is_http_date("Fri, 27 Nov 2026 04:35:12 GMT")
