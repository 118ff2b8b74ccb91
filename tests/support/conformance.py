"""The spec checker and the recording transport used by the live tests.

:class:`SpecChecker` maps a request to its operation in ``openapi/fedn-api.yaml`` (method + path
template) and validates the exchange with ``openapi-schema-validator`` (JSON Schema 2020-12 with
the OpenAPI 3.1 vocabulary), resolving the spec's own ``$ref``\\ s:

* the status code is one the operation declares;
* the response's media type is one it declares for that status, and a JSON body matches the
  declared schema (error bodies against ``ErrorMessage`` included);
* a JSON request body matches the operation's ``requestBody`` schema.

Timestamps: the server sends RFC 1123 HTTP-dates ("Fri, 27 Nov 2026 04:35:12 GMT") in fields
the spec declares ``format: date-time`` (RFC 3339). Here ``date-time`` accepts RFC 3339 *or* a
strict RFC 1123 HTTP-date, nothing else; :data:`DATE_TIMES` counts which form each value had.

:class:`RecordingTransport` is a real HTTP transport that keeps what the server answered (the
JSON bodies, for comparing a result with the very JSON it came from) and, given a checker,
validates every exchange against the spec.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import yaml
from jsonschema import FormatChecker
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from support.paths import SPEC_PATH

SPEC_URI = "urn:fedn-api"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# (operationId, problem text) -> the test that fails on it until the spec is fixed. The
# conformance run prints these instead of failing a second time on them.
KNOWN_MISMATCHES: dict[tuple[str, str], str] = {}


def load_spec() -> dict[str, Any]:
    """The checked-in OpenAPI document, parsed."""
    return dict(yaml.safe_load(SPEC_PATH.read_text()))


HTTP_DATE = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} GMT$"
)


def is_http_date(value: str) -> bool:
    """A strict RFC 1123 HTTP-date (RFC 9110 IMF-fixdate), as the FEDn server writes them."""
    if not HTTP_DATE.match(value):
        return False
    try:
        parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return True


@dataclass
class DateTimeUse:
    """How the ``date-time`` values met during the run were written."""

    rfc3339: int = 0
    http_date: int = 0
    examples: list[str] = field(default_factory=list)


DATE_TIMES = DateTimeUse()


def make_format_checker() -> FormatChecker:
    """OAS 3.1 format checks, with ``date-time`` also accepting strict RFC 1123 HTTP-dates."""
    checker = FormatChecker()
    checker.checkers = dict(oas31_format_checker.checkers)

    @checker.checks("date-time", raises=ValueError)
    def date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if oas31_format_checker.conforms(value, "date-time"):
            DATE_TIMES.rfc3339 += 1
            return True
        if is_http_date(value):
            DATE_TIMES.http_date += 1
            if len(DATE_TIMES.examples) < 3:
                DATE_TIMES.examples.append(value)
            return True
        raise ValueError(f"{value!r} is neither an RFC 3339 date-time nor an RFC 1123 HTTP-date")

    return checker


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    op_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    pointer: str  # JSON pointer of the operation object inside the spec
    spec: dict[str, Any]

    @property
    def n_params(self) -> int:
        """How many templated segments the path has."""
        return self.template.count("{")


@dataclass
class Exchange:
    """One validated request/response pair."""

    method: str
    path: str
    status: int
    op_id: str | None
    authenticated: bool
    problems: list[str]

    def __str__(self) -> str:
        what = self.op_id or "(no operation)"
        return f"{self.method} {self.path} -> {self.status} [{what}]: " + "; ".join(self.problems)


def pointer_part(text: str) -> str:
    """``text`` escaped as one JSON-pointer segment (RFC 6901)."""
    return text.replace("~", "~0").replace("/", "~1")


class SpecChecker:
    """Maps requests to the spec's operations and validates each exchange against it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
        self.format_checker = make_format_checker()
        self.operations: list[Operation] = []
        for template, item in spec["paths"].items():
            regex = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            for method in HTTP_METHODS:
                if method in item:
                    self.operations.append(
                        Operation(
                            op_id=item[method]["operationId"],
                            method=method.upper(),
                            template=template,
                            pattern=re.compile(regex),
                            pointer=f"/paths/{pointer_part(template)}/{method}",
                            spec=item[method],
                        )
                    )
        self.exchanges: list[Exchange] = []

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The operation serving ``method path``; literal segments win over templated ones."""
        matches = [op for op in self.operations if op.method == method and op.pattern.match(path)]
        return min(matches, key=lambda op: op.n_params) if matches else None

    def resolve(self, pointer: str) -> dict[str, Any]:
        """The object at a JSON pointer into the spec (``/components/responses/NotFound``)."""
        target: Any = self.spec
        for part in pointer.removeprefix("#").removeprefix("/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return dict(target)

    def schema_errors(self, pointer: str, instance: Any) -> list[str]:
        """What is wrong with ``instance`` against the schema at ``pointer`` inside the spec."""
        ref = f"{SPEC_URI}#{urllib.parse.quote(pointer, safe='/~')}"
        validator = OAS31Validator({"$ref": ref}, registry=self.registry, format_checker=self.format_checker)
        return [
            f"{'/'.join(str(p) for p in error.absolute_path) or '<body>'}: {error.message}"
            for error in validator.iter_errors(instance)
        ]

    def check(self, request: httpx.Request, response: httpx.Response, body: bytes) -> Exchange:
        """Validate one exchange (``body`` is the decoded response body); record and return it."""
        path = request.url.path
        op = self.operation_for(request.method, path)
        problems: list[str] = []
        exchange = Exchange(
            request.method,
            path,
            response.status_code,
            op.op_id if op else None,
            "authorization" in request.headers,
            problems,
        )
        self.exchanges.append(exchange)
        if op is None:
            problems.append("no operation in the spec matches this request")
            return exchange
        problems.extend(self._request_problems(op, request))
        responses = op.spec["responses"]
        status = str(response.status_code)
        if status not in responses:
            problems.append(f"status {status} not declared (declared: {sorted(responses)})")
            return exchange
        response_pointer = f"{op.pointer}/responses/{status}"
        declared = responses[status]
        if "$ref" in declared:  # a shared response of components/responses
            response_pointer = declared["$ref"].removeprefix("#")
            declared = self.resolve(response_pointer)
        content: dict[str, Any] = declared.get("content", {})
        if not content:
            return exchange
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if media_type not in content:
            problems.append(f"media type {media_type!r} not declared (declared: {sorted(content)})")
            return exchange
        if media_type == "application/json":
            try:
                instance = json.loads(body)
            except ValueError as err:
                problems.append(f"body is not JSON: {err}")
                return exchange
            pointer = f"{response_pointer}/content/{pointer_part(media_type)}/schema"
            problems.extend(self.schema_errors(pointer, instance))
        return exchange

    def _request_problems(self, op: Operation, request: httpx.Request) -> list[str]:
        media_type = request.headers.get("content-type", "").split(";")[0].strip()
        declared = op.spec.get("requestBody", {}).get("content", {})
        if media_type != "application/json" or not request.content:
            return []
        if media_type not in declared:
            return [f"request media type {media_type!r} not declared (declared: {sorted(declared)})"]
        pointer = f"{op.pointer}/requestBody/content/{pointer_part(media_type)}/schema"
        return [f"request {p}" for p in self.schema_errors(pointer, json.loads(request.content))]

    def covered(self) -> set[str]:
        """Operations with at least one exchange made with credentials (not a 401 probe)."""
        return {e.op_id for e in self.exchanges if e.op_id and e.authenticated and e.status != 401}

    def failures(self) -> list[Exchange]:
        """Exchanges with problems that are not known mismatches."""
        return [e for e in self.exchanges if e.problems and not known_mismatch(e)]


def known_mismatch(exchange: Exchange) -> str | None:
    """The test that owns this exchange's problems, if all of them are known mismatches."""
    owners = {
        test
        for problem in exchange.problems
        for (op_id, text), test in KNOWN_MISMATCHES.items()
        if exchange.op_id == op_id and text in problem
    }
    return owners.pop() if len(owners) == 1 and len(exchange.problems) == 1 else None


class RecordingTransport(httpx.BaseTransport):
    """A transport that records every answer and, given a checker, validates each exchange.

    It sends through ``inner`` (default: a real HTTP transport; the fake controller's transport
    for the in-process fake). ``bodies`` are the JSON answers received, parsed, oldest first.
    With a :class:`SpecChecker` every exchange is also handed to :meth:`SpecChecker.check` (JSON
    request bodies included).
    """

    def __init__(self, checker: SpecChecker | None = None, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._checker = checker
        self._answers: list[tuple[str, bytes]] = []  # (content type, decoded body) of every answer

    @property
    def bodies(self) -> list[Any]:
        """The JSON bodies of the answers received so far, oldest first."""
        return [
            json.loads(content) for ctype, content in self._answers if ctype.startswith("application/json")
        ]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("content-type", "").startswith("application/json"):
            request.read()
        response = self._inner.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        decoded = httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(raw))
        content = decoded.read()
        self._answers.append((response.headers.get("content-type", ""), content))
        if self._checker is not None:
            self._checker.check(request, response, content)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            request=request,
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._inner.close()
