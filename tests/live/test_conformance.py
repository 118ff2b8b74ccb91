"""Spec conformance: every operation of ``openapi/fedn-api.yaml`` against the live controller.

Every request the clients below send goes through :class:`RecordingTransport` with a
:class:`SpecChecker` (both in tests/support/conformance.py), which maps it to its operation in
the spec (method + path template) and validates the exchange with ``openapi-schema-validator``
(JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary), resolving the spec's own ``$ref``\\ s:

* the status code is one the operation declares;
* the response's media type is one it declares for that status, and a JSON body matches the
  declared schema (error bodies against ``ErrorMessage`` included);
* a JSON request body matches the operation's ``requestBody`` schema.

The scenario runs on the session's auth network (``fedn_auth_network``, one client): it is a
network of this test run alone, so deleting the active package or starting a split-learning
session disturbs no one, and it also lets every protected operation be checked for its
documented 401. An operation counts as covered when an exchange made with valid credentials
was validated; the run prints ``conformance: covered/total`` and fails below 100 % except for
the operations in :data:`EXCLUDED`. The same scenario, with the same gate, runs against the fake
controller (with its tokens) in process and over HTTP: every exchange with the fake is
validated against the spec too (tests/support/targets.py).

Timestamps: the server sends RFC 1123 HTTP-dates ("Fri, 27 Nov 2026 04:35:12 GMT") in fields
the spec declares ``format: date-time`` (RFC 3339), so that the generated client parses them
into ``datetime`` (its templates read both forms). JSON Schema's own ``date-time`` check rejects
every one of them (see :func:`test_server_timestamps_are_not_rfc3339`). Here ``date-time``
accepts RFC 3339 *or* a strict RFC 1123 HTTP-date, nothing else, and the run prints how many
values needed the HTTP-date form.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import oas31_format_checker

from fedn import APIClient, errors
from fedn_api.api.attributes import (
    count_attributes,
    count_attributes_filtered,
    create_attribute,
    get_attribute,
    list_attributes,
    list_attributes_filtered,
)
from fedn_api.api.clients import (
    add_client,
    count_clients_filtered,
    delete_client,
    get_client_attributes,
    list_clients_filtered,
)
from fedn_api.api.combiners import (
    count_combiner_clients,
    count_combiners_filtered,
    delete_combiner,
    list_combiners_filtered,
)
from fedn_api.api.control import get_health
from fedn_api.api.helpers import get_active_helper
from fedn_api.api.metrics import (
    count_metrics,
    count_metrics_filtered,
    get_metric,
    list_metrics,
    list_metrics_filtered,
)
from fedn_api.api.models import (
    count_models_filtered,
    get_leaf_models,
    get_model_descendants,
    get_model_parameters,
    list_models_filtered,
    replace_model,
    update_model,
)
from fedn_api.api.models import get_active_model as get_active_model_v1
from fedn_api.api.models import set_active_model as set_active_model_v1
from fedn_api.api.packages import (
    count_packages_filtered,
    delete_active_package,
    get_package_checksum,
    list_packages_filtered,
    set_active_package,
)
from fedn_api.api.predictions import (
    count_predictions,
    count_predictions_filtered,
    get_prediction,
    list_predictions_filtered,
)
from fedn_api.api.rounds import count_rounds_filtered, list_rounds_filtered
from fedn_api.api.runs import count_runs, count_runs_filtered, get_run, list_runs, list_runs_filtered
from fedn_api.api.sessions import (
    count_sessions_filtered,
    list_sessions_filtered,
    replace_session,
    update_session,
)
from fedn_api.api.statuses import count_statuses_filtered, list_statuses_filtered
from fedn_api.api.telemetry import (
    count_telemetry,
    count_telemetry_filtered,
    create_telemetry,
    get_telemetry,
    list_telemetry,
    list_telemetry_filtered,
)
from fedn_api.api.validations import count_validations_filtered, list_validations_filtered
from fedn_api.models import (
    ActivePackageInput,
    AttributeInput,
    ClientInput,
    CombinerClientCountRequest,
    Filters,
    ModelUpdate,
    NodeInput,
    SessionUpdate,
    TelemetryInput,
)
from support.conformance import (
    DATE_TIMES,
    RecordingTransport,
    SpecChecker,
    is_http_date,
    known_mismatch,
    load_spec,
)
from support.e2e import poll
from support.targets import Target, TargetOptions

MISSING_ID = "no-such-id-0000"

# operationId -> why it cannot be reached on a local network. Keep this short and honest.
EXCLUDED: dict[str, str] = {}

State = dict[str, Any]


# --- fixtures and helpers -----------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="module")
def target_options() -> TargetOptions:
    """Auth on: the live target is the ``--auth`` network (one client), the fake checks tokens."""
    return TargetOptions(auth=True, clients=1)


@pytest.fixture(scope="module")
def checker(spec: dict[str, Any], target: Target) -> SpecChecker:
    """One checker per target: each target's exchanges are gated on their own."""
    return SpecChecker(spec)


def recording(checker: SpecChecker, target: Target) -> RecordingTransport:
    """A transport validating every exchange with ``target``."""
    return RecordingTransport(checker, target.transport())


@pytest.fixture(scope="module")
def admin(target: Target, checker: SpecChecker) -> Iterator[APIClient]:
    with target.client(environ={}, transport=recording(checker, target)) as api:
        yield api


def status_of(response: Any, *expected: int) -> Any:
    """``response.parsed`` after checking its status is one of ``expected``."""
    assert response.status_code in expected, (response.status_code, response.content[:300])
    return response.parsed


def first_id(listing: Any, key: str) -> str:
    """The ``key`` of the first entity of a list envelope, or an id that does not exist."""
    return str(listing.result[0][key]) if listing.result else MISSING_ID


# --- the scenario -------------------------------------------------------------------------


def run_scenario(api: APIClient, target: Target, checker: SpecChecker, workdir: Path) -> None:
    gen = api.generated
    everything = Filters()

    # control
    assert status_of(get_health.sync_detailed(client=gen), 200)
    poll("controller idle", api.get_controller_status, lambda s: s.state == "idle", 120)

    # packages and helpers: upload, activate, read back, download with the client role's token
    shutil.copy(target.package, workdir / "package.tgz")
    shutil.copy(target.seed, workdir / "seed.npz")
    api.set_active_package(workdir / "package.tgz", helper="numpyhelper", name="conformance-old")
    old = api.get_active_package()
    api.set_active_package(workdir / "package.tgz", helper="numpyhelper", name="conformance")
    assert status_of(get_active_helper.sync_detailed(client=gen), 200) == "numpyhelper"
    package = api.get_active_package()
    assert api.get_package(package.package_id).name == "conformance"
    # switch the active package by id and back (upstream's SQL store deactivates a package
    # when it is made active while already active, so only switch between two)
    for chosen in (old, package):
        assert status_of(
            set_active_package.sync_detailed(client=gen, body=ActivePackageInput(id=chosen.package_id)), 200
        )
        assert api.get_active_package().package_id == chosen.package_id
    assert api.get_packages(n_max=5).count >= 1 and api.get_packages_count() >= 1
    assert status_of(list_packages_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_packages_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    with target.client(
        token=target.client_token, environ={}, transport=recording(checker, target)
    ) as as_client:
        as_client.download_package(workdir / "downloaded.tgz", verify_checksum=True)
        assert status_of(get_package_checksum.sync_detailed(client=as_client.generated), 200).checksum
        # the client role registers clients; an entry made here is deleted again below
        assignment = status_of(
            add_client.sync_detailed(
                client=as_client.generated, body=ClientInput(name=f"conformance-{uuid.uuid4().hex[:6]}")
            ),
            200,
            203,
        )
    assert (workdir / "downloaded.tgz").read_bytes() == (workdir / "package.tgz").read_bytes()

    # models: seed upload, then a short session on it
    api.set_active_model(workdir / "seed.npz")
    seed = api.get_active_model()
    assert seed is not None
    assert status_of(get_active_model_v1.sync_detailed(client=gen), 410)
    assert status_of(set_active_model_v1.sync_detailed(client=gen), 410)
    session = api.start_session(name=f"conformance-{uuid.uuid4().hex[:8]}", rounds=2, model_id=seed.model_id)
    done = api.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    assert done.status == "Finished"
    poll("controller idle", api.get_controller_status, lambda s: s.state == "idle", 120)
    trail = api.get_model_trail()
    latest = trail[-1]
    assert len(trail) >= 3 and latest.session_id == session.session_id
    assert api.get_model(latest.model_id).model_id == latest.model_id
    assert api.get_models(session_id=session.session_id).count == 2 and api.get_models_count() >= 3
    assert status_of(list_models_filtered.sync_detailed(client=gen, body=everything), 200).count >= 3
    assert status_of(count_models_filtered.sync_detailed(client=gen, body=everything), 200) >= 3
    descendants = status_of(get_model_descendants.sync_detailed(seed.model_id, client=gen), 200)
    assert latest.model_id in {m.model_id for m in descendants} or len(descendants) >= 1
    # upstream's SQL model store has no `parent_id` column: leaf-nodes answers its declared 500
    status_of(get_leaf_models.sync_detailed(client=gen), 200, 500)
    # upstream reads the S3 object with `.stream()`, which boto3's BytesIO lacks: 500 here
    status_of(get_model_parameters.sync_detailed(latest.model_id, client=gen), 200, 500)
    status_of(get_model_parameters.sync_detailed(MISSING_ID, client=gen), 404)
    api.download_model(latest.model_id, workdir / "latest.npz")
    renamed = status_of(
        update_model.sync_detailed(latest.model_id, client=gen, body=ModelUpdate(name="patched")), 200
    )
    assert renamed.name == "patched"
    replaced = status_of(
        replace_model.sync_detailed(
            latest.model_id,
            client=gen,
            body=ModelUpdate(name="replaced", parent_model=latest.parent_model, session_id=latest.session_id),
        ),
        200,
    )
    assert replaced.name == "replaced"
    with pytest.raises(errors.NotFoundError):
        api.get_model(MISSING_ID)

    # sessions
    assert api.get_session(session.session_id).status == "Finished"
    assert api.get_sessions(n_max=5).count >= 1 and api.get_sessions_count() >= 1
    assert status_of(list_sessions_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_sessions_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    patched = status_of(
        update_session.sync_detailed(
            session.session_id, client=gen, body=SessionUpdate(name="patched-session")
        ),
        200,
    )
    assert patched.name == "patched-session"
    full = api.get_session(session.session_id).to_dict()
    full.pop("session_id", None)
    full["name"] = "replaced-session"
    replaced_session = status_of(
        replace_session.sync_detailed(session.session_id, client=gen, body=SessionUpdate.from_dict(full)), 200
    )
    assert replaced_session.name == "replaced-session"

    # rounds, statuses, validations, runs, metrics: list, count, filtered, one by id
    poll(
        "validations of the latest model",
        lambda: api.get_validations(model_id=latest.model_id),
        lambda v: v.count >= 1,
    )
    rounds = api.get_rounds(n_max=10)
    assert rounds.count >= 2 and api.get_rounds_count() >= 2
    assert api.get_round(first_id(rounds, "round_id")).round_id == rounds.result[0].round_id
    assert status_of(list_rounds_filtered.sync_detailed(client=gen, body=everything), 200).count >= 2
    assert status_of(count_rounds_filtered.sync_detailed(client=gen, body=everything), 200) >= 2
    statuses = api.get_statuses(session_id=session.session_id, n_max=5)
    assert statuses.count >= 1 and api.get_statuses_count() >= 1
    assert api.get_status(first_id(statuses, "status_id")).status_id == statuses.result[0].status_id
    assert status_of(list_statuses_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_statuses_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    validations = api.get_validations(session_id=session.session_id)
    assert validations.count >= 1 and api.get_validations_count() >= 1
    validation_id = first_id(validations, "validation_id")
    assert api.get_validation(validation_id).validation_id == validation_id
    assert status_of(list_validations_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_validations_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    runs = status_of(list_runs.sync_detailed(client=gen, x_limit=5), 200)
    assert status_of(count_runs.sync_detailed(client=gen), 200) == runs.count
    status_of(get_run.sync_detailed(first_id(runs, "run_id"), client=gen), 200 if runs.result else 404)
    assert status_of(list_runs_filtered.sync_detailed(client=gen, body=everything), 200).count == runs.count
    assert status_of(count_runs_filtered.sync_detailed(client=gen, body=everything), 200) == runs.count
    metrics = status_of(list_metrics.sync_detailed(client=gen, x_limit=5), 200)
    assert status_of(count_metrics.sync_detailed(client=gen), 200) == metrics.count
    status_of(
        get_metric.sync_detailed(first_id(metrics, "metric_id"), client=gen), 200 if metrics.result else 404
    )
    assert (
        status_of(list_metrics_filtered.sync_detailed(client=gen, body=everything), 200).count
        == metrics.count
    )
    assert status_of(count_metrics_filtered.sync_detailed(client=gen, body=everything), 200) == metrics.count

    # clients and combiners (the entry added by the client role above is deleted again)
    clients = api.get_clients()
    assert clients.count >= 1 and api.get_clients_count() == clients.count
    real = next(c for c in clients.result if c.name in target.clients)
    client_id = real.client_id
    assert api.get_client(client_id).client_id == client_id
    assert api.get_active_clients(n_max=5).count >= 1
    assert api.get_client_config().network_id == target.network_id
    assert (
        status_of(list_clients_filtered.sync_detailed(client=gen, body=everything), 200).count
        == clients.count
    )
    assert status_of(count_clients_filtered.sync_detailed(client=gen, body=everything), 200) == clients.count
    added = [c for c in clients.result if c.name.startswith("conformance-")]
    assert assignment is not None and len(added) == 1
    assert status_of(delete_client.sync_detailed(added[0].client_id, client=gen), 200)
    assert status_of(delete_client.sync_detailed(MISSING_ID, client=gen), 404)
    combiners = api.get_combiners()
    combiner = api.get_combiner(combiners.result[0].combiner_id)
    assert api.get_combiners_count() == combiners.count == 1
    assert status_of(list_combiners_filtered.sync_detailed(client=gen, body=everything), 200).count == 1
    assert status_of(count_combiners_filtered.sync_detailed(client=gen, body=everything), 200) == 1
    assert status_of(
        count_combiner_clients.sync_detailed(
            client=gen, body=CombinerClientCountRequest(combiners=combiner.name)
        ),
        200,
    )
    assert status_of(delete_combiner.sync_detailed(MISSING_ID, client=gen), 404)

    # telemetry and attributes, sent on behalf of a real client
    sender = NodeInput(name=real.name, role="client", client_id=client_id)
    telemetry = status_of(
        create_telemetry.sync_detailed(client=gen, body=TelemetryInput(key="cpu", value=0.5, sender=sender)),
        201,
    )
    assert status_of(get_telemetry.sync_detailed(telemetry.telemetry_id, client=gen), 200).key == "cpu"
    assert status_of(list_telemetry.sync_detailed(client=gen), 200).count >= 1
    assert status_of(count_telemetry.sync_detailed(client=gen), 200) >= 1
    assert status_of(list_telemetry_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_telemetry_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    attribute = api.add_attributes(
        {
            "key": "charging",
            "value": "true",
            "sender": {"name": sender.name, "role": "client", "client_id": client_id},
        }
    )
    assert status_of(get_attribute.sync_detailed(attribute.attribute_id, client=gen), 200).key == "charging"
    assert status_of(
        create_attribute.sync_detailed(
            client=gen, body=AttributeInput(key="zone", value="eu", sender=sender)
        ),
        201,
    )
    assert status_of(list_attributes.sync_detailed(client=gen), 200).count >= 2
    assert status_of(count_attributes.sync_detailed(client=gen), 200) >= 2
    assert status_of(list_attributes_filtered.sync_detailed(client=gen, body=everything), 200).count >= 2
    assert status_of(count_attributes_filtered.sync_detailed(client=gen, body=everything), 200) >= 2
    current = api.get_current_attributes([client_id])
    assert current[client_id]["charging"] == "true"
    assert status_of(get_client_attributes.sync_detailed(client_id, client=gen), 200)

    # predictions: the package's predict entry point answers; the client's row is read back by
    # id (the local network stores it as PREDICTION_ID:CLIENT), then a missing id answers 404
    prediction_id = f"conformance-{uuid.uuid4().hex[:8]}"
    api.start_predictions(prediction_id=prediction_id, model_id=latest.model_id)
    predictions = poll(
        "the client's prediction",
        lambda: api.get_predictions(model_id=latest.model_id),
        lambda p: p.count >= 1,
    )
    assert status_of(count_predictions.sync_detailed(client=gen), 200) == predictions.count
    row = status_of(get_prediction.sync_detailed(first_id(predictions, "prediction_id"), client=gen), 200)
    assert row.prediction_id.startswith(prediction_id) and json.loads(row.data)["predictions"]
    status_of(get_prediction.sync_detailed(MISSING_ID, client=gen), 404)
    assert status_of(list_predictions_filtered.sync_detailed(client=gen, body=everything), 200).count >= 1
    assert status_of(count_predictions_filtered.sync_detailed(client=gen, body=everything), 200) >= 1
    poll("controller idle", api.get_controller_status, lambda s: s.state == "idle", 120)

    # active package removed, then missing (404), then back
    assert status_of(delete_active_package.sync_detailed(client=gen), 200)
    with pytest.raises(errors.NotFoundError):
        api.get_active_package()
    api.set_active_package(workdir / "package.tgz", helper="numpyhelper", name="conformance")

    # split learning: upstream 0.33.0's route calls _get_number_of_available_clients() without its
    # client_ids argument, so every start that gets that far answers its declared 500
    with pytest.raises(errors.ServerError) as split_error:
        api.start_splitlearning_session(
            name=f"conformance-split-{uuid.uuid4().hex[:6]}",
            model_id=latest.model_id,
            rounds=1,
            round_timeout=5,
        )
    assert split_error.value.status_code == 500 and "split learning" in split_error.value.message


def probe_unauthenticated(checker: SpecChecker, target: Target) -> None:
    """Every operation once without a token: protected ones must answer their documented 401."""
    with target.http(transport=recording(checker, target), timeout=30) as http:
        for op in checker.operations:
            path = re.sub(r"\{[^/]+?\}", MISSING_ID, op.template)
            response = http.request(op.method, path)  # no body: the token check comes first
            expected = "401" in op.spec["responses"]
            assert (response.status_code == 401) == expected, (op.op_id, response.status_code, response.text)


def test_every_operation_conforms(
    admin: APIClient,
    target: Target,
    checker: SpecChecker,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_scenario(admin, target, checker, tmp_path)
    probe_unauthenticated(checker, target)

    all_ops = {op.op_id for op in checker.operations}
    covered = checker.covered()
    missing = sorted(all_ops - covered - EXCLUDED.keys())
    lines = [
        f"conformance [{target.name}]: {len(covered)}/{len(all_ops)} operations "
        f"({100 * len(covered) / len(all_ops):.0f} %), "
        f"{len(checker.exchanges)} exchanges validated against openapi/fedn-api.yaml",
        *(f"  excluded {op_id}: {reason}" for op_id, reason in sorted(EXCLUDED.items())),
        f"  date-time values: {DATE_TIMES.rfc3339} RFC 3339, {DATE_TIMES.http_date} RFC 1123 HTTP-dates "
        f"(e.g. {DATE_TIMES.examples[:1]})",
        *(
            f"  known mismatch (see {known_mismatch(e)}): {e}"
            for e in checker.exchanges
            if e.problems and known_mismatch(e)
        ),
    ]
    with capsys.disabled():  # shown in every run, not only on failure
        print("\n" + "\n".join(lines))
    failures = checker.failures()
    assert not failures, "responses that do not match the spec:\n" + "\n".join(map(str, failures))
    assert not missing, f"operations never exercised: {missing}"
    assert not (EXCLUDED.keys() & covered), f"excluded but reached: {sorted(EXCLUDED.keys() & covered)}"


def test_server_timestamps_are_not_rfc3339(admin: APIClient) -> None:
    """Evidence for the tolerance above: the strict ``date-time`` check rejects the server's stamps."""
    raw = admin.httpx_client.get("/api/v1/sessions/", headers={"X-Limit": "1"}).json()
    assert raw["result"], "the conformance scenario creates sessions first"
    stamp = raw["result"][0]["committed_at"]
    assert is_http_date(stamp)
    assert not oas31_format_checker.conforms(stamp, "date-time")


def test_package_download_media_type_is_declared(target: Target, checker: SpecChecker) -> None:
    """The server sends the package with the type Flask guesses from its file name.

    ``send_from_directory`` labels ``*.tgz`` as ``application/x-tar``; the spec declares only
    ``application/octet-stream`` for ``GET /api/v1/packages/download`` (so a strict client
    would reject the body). Fails until the spec declares what the server sends.
    """
    with (
        target.client(token=target.client_token, environ={}) as as_client,  # the route wants the client role
        as_client.httpx_client.stream("GET", "/api/v1/packages/download") as response,
    ):
        assert response.status_code == 200
        media_type = response.headers["content-type"].split(";")[0]
    op = checker.operation_for("GET", "/api/v1/packages/download")
    assert op is not None
    declared = op.spec["responses"]["200"]["content"]
    assert media_type in declared or "*/*" in declared, (media_type, sorted(declared))
