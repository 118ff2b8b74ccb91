"""The plan/driver seam: plans are pure (no I/O) and any driver can run them.

The async driver below is a test-local sketch (the real one belongs to the async client): it
runs the very same plans as the sync client, with ``await http.request(**step.request())`` and the
shared ``unwrap``, against the request-shape table of tests/support/requests_table.py.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from fedn import APIClient, _operations, errors
from fedn._context import LAST_RESPONSE as _LAST_RESPONSE
from fedn._context import remember_response_async
from fedn._responses import parse_failure, transport_error, unwrap
from fedn._steps import Call, Plan, Sleep
from fedn_api.api.models import count_models, get_model_ancestors, list_models
from fedn_api.client import AuthenticatedClient
from fedn_api.models import Model, ModelList, Session
from support.requests_table import CASES, TOKEN, Case, Recorder, get, limited, model, session

T = TypeVar("T")


def test_plans_are_pure_generators() -> None:
    plan = _operations.get_model_trail()
    step = next(plan)
    assert isinstance(step, Call) and step.operation is list_models.operation
    assert step.kwargs == {"filters": {}, "x_limit": 1, "x_sort_key": "committed_at", "x_sort_order": "desc"}
    step = plan.send(step.check(ModelList.from_dict({"count": 1, "result": [model("m2", "m1")]})))
    assert isinstance(step, Call) and step.operation is count_models.operation
    step = plan.send(2)
    assert isinstance(step, Call) and step.operation is get_model_ancestors.operation
    assert step.kwargs == {"id": "m2", "include_self": True, "x_reverse": False, "x_limit": 3}
    with pytest.raises(StopIteration) as done:
        plan.send([Model.from_dict(model("m2", "m1")), Model.from_dict(model("m1"))])
    assert [m.model_id for m in done.value.value] == ["m1", "m2"]


def test_errors_are_thrown_into_plans() -> None:
    plan = _operations.get_session("test-session")
    assert next(plan).name == "get_session"  # type: ignore[union-attr]
    fallback = plan.throw(errors.NotFoundError("no such id", status_code=404))
    assert isinstance(fallback, Call) and fallback.name == "list_sessions"
    assert fallback.kwargs["filters"] == {"name": "test-session"}


def test_wait_plan_sleeps_through_a_step() -> None:
    plan = _operations.wait_for_session("s1", poll_interval=2.5)
    next(plan)
    step = plan.send(Session.from_dict(session(status="Started")))
    assert isinstance(step, Sleep) and step.seconds == 2.5


async def run_async(plan: Plan[T], generated: AuthenticatedClient) -> T:
    """A minimal async driver: the sync driver's loop with ``await`` (Call and Sleep steps)."""
    try:
        step = next(plan)
        while True:
            try:
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                    result: object = None
                elif isinstance(step, Call):
                    _LAST_RESPONSE.set(None)
                    try:
                        answer = await generated.get_async_httpx_client().request(**step.request())
                        response = step.operation.parse(answer)
                    except httpx.RequestError as err:
                        raise transport_error(err, (TOKEN,)) from err
                    except (KeyError, TypeError, ValueError) as err:
                        mapped = parse_failure(err, step.name, _LAST_RESPONSE.get(), (TOKEN,))
                        if mapped is None:
                            raise
                        raise mapped from err
                    result = unwrap(response, step.check, operation=step.name, last=_LAST_RESPONSE.get())
                else:
                    raise NotImplementedError(type(step).__name__)
            except errors.FednError as err:
                step = plan.throw(err)
            else:
                step = plan.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


def _async_client(recorder: Recorder) -> AuthenticatedClient:
    generated = AuthenticatedClient(base_url="http://ctl.test:8092", token=TOKEN)
    generated.set_async_httpx_client(
        httpx.AsyncClient(
            base_url="http://ctl.test:8092",
            headers={"Authorization": f"Bearer {TOKEN}"},
            transport=httpx.MockTransport(recorder),
            event_hooks={"response": [remember_response_async]},
        )
    )
    return generated


def _no_transfers(case: Case) -> bool:
    return not any(isinstance(a, str) and a.startswith("<") for a in (*case.args, *case.kwargs.values()))


def _plan_takes_the_methods_arguments(case: Case) -> bool:
    """The plan has the public method's parameters (the ``**filters`` as one ``filters``), and
    maybe more with defaults (``wait_for_session``'s ``outage_statuses``, from the client's policy).

    Deprecated names have no plan of their own: they call the current method.
    """
    if not hasattr(_operations, case.method):
        return False
    method = list(inspect.signature(getattr(APIClient, case.method)).parameters)[1:]
    plan = inspect.signature(getattr(_operations, case.method)).parameters
    extra = [parameter for name, parameter in plan.items() if name not in method]
    return list(plan)[: len(method)] == method and all(p.default is not p.empty for p in extra)


def _plan_of(case: Case) -> Plan[Any]:
    """The plan behind the case's method, given the arguments the method is called with (by name:
    some plans take keywords only; the method's ``**filters`` is the plan's ``filters``)."""
    bound = inspect.signature(getattr(APIClient, case.method)).bind(None, *case.args, **case.kwargs)
    arguments = dict(bound.arguments)
    del arguments["self"]
    plan: Plan[Any] = getattr(_operations, case.method)(**arguments)
    return plan


ASYNC_CASES = [c for c in CASES if _no_transfers(c) and _plan_takes_the_methods_arguments(c)]


@pytest.mark.parametrize("case", ASYNC_CASES, ids=[c.id for c in ASYNC_CASES])
async def test_same_plans_same_requests_async(case: Case, tmp_path: Path) -> None:
    recorder = Recorder(case.exchanges)
    plan = _plan_of(case)
    result = await run_async(plan, _async_client(recorder))
    recorder.assert_done()
    if case.check is not None:
        case.check(result, tmp_path)


async def test_async_errors_use_the_same_unwrap() -> None:
    recorder = Recorder(
        (
            get("/api/v1/models/m9", {"message": "Entity with id: m9 not found"}, status=404),
            get("/api/v1/models/", {"count": 0, "result": []}, query={"name": "m9"}, **limited(10)),
        )
    )
    with pytest.raises(errors.NotFoundError) as info:
        await run_async(_operations.get_model("m9"), _async_client(recorder))
    assert info.value.method == "GET" and info.value.url == "http://ctl.test:8092/api/v1/models/m9"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_wait_for_session_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)  # tqdm shows bars only on a terminal
    recorder = Recorder(
        (
            get("/api/v1/sessions/s1", session(status="Started", rounds=3)),
            get("/api/v1/models/count", 1, query={"session_id": "s1"}),
            get("/api/v1/sessions/s1", session(status="Finished", rounds=3)),
            get("/api/v1/models/count", 3, query={"session_id": "s1"}),
        )
    )
    with APIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}
    ) as client:
        final = client.wait_for_session("s1", poll_interval=0.01, progress=True)
    recorder.assert_done()
    assert final.status == "Finished"
    err = terminal.getvalue()
    assert "1/3" in err and "3/3" in err


def test_progress_without_tqdm_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("tqdm", "tqdm.auto"):  # as if tqdm were not installed
        monkeypatch.setitem(sys.modules, name, None)

    def no_request(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    client = APIClient("ctl.test", transport=httpx.MockTransport(no_request), environ={})
    with pytest.raises(errors.InvalidInputError, match=r"pip install"):
        client.wait_for_session("s1", progress=True)


def test_import_fedn_is_lazy() -> None:
    heavy = ("httpx", "fedn_api", "fedn.client", "tqdm")
    code = f"import sys, fedn; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_session_plans_take_their_many_parameters_by_name_only() -> None:
    """14 (and 9) parameters of one type each: passed by name, an added or reordered one cannot shift them."""
    for plan in (_operations.start_session, _operations.start_splitlearning_session):
        kinds = {parameter.kind for parameter in inspect.signature(plan).parameters.values()}
        assert kinds == {inspect.Parameter.KEYWORD_ONLY}, plan.__name__
