"""Authentication against the real JWT check (a network started with ``--auth``) and the fake's.

The admin token of the target works as an argument and from ``FEDN_AUTH_TOKEN``; a missing
token, a wrong token and a wrong scheme raise :class:`fedn.AuthenticationError` carrying the
server's own message; the token shows up in no repr, no error text and no log line (the
facade's loggers and httpx/httpcore at DEBUG). Every test runs against the three targets
(tests/support/targets.py) with auth on: the ``--auth`` network, the fake with tokens in process
and over HTTP.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import jwt
import pytest

from fedn import AuthenticationError, errors
from support.targets import Target, TargetOptions

LOGGERS = ("fedn", "httpx", "httpcore", "fedn_api")


@pytest.fixture(scope="module")
def target_options() -> TargetOptions:
    """Auth on: the live target is the ``--auth`` network (one client)."""
    return TargetOptions(auth=True, clients=1)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every record of the client-side loggers at DEBUG."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def forged_token(secret: str = "not-the-secret-but-as-long-as-a-real-one") -> str:
    """A well-formed admin JWT signed with the wrong key."""
    return jwt.encode({"role": "admin", "sub": "intruder"}, secret, algorithm="HS256")


def assert_secret_free(token: str, *texts: str) -> None:
    for text in texts:
        assert token not in text
        # nor the signature part alone (the most secret-looking piece)
        assert token.rsplit(".", 1)[-1] not in text


def test_token_as_argument(target: Target, debug_logs: pytest.LogCaptureFixture) -> None:
    token = target.token
    assert token is not None
    with target.client(token=token, environ={}) as api:
        assert api.get_clients_count() >= 1
        assert api.get_sessions(n_max=1).count >= 0
        assert_secret_free(token, repr(api), str(api))
    assert_secret_free(token, debug_logs.text, *(r.getMessage() for r in debug_logs.records))


def test_token_from_environment(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    token = target.token
    assert token is not None
    with target.client(token=None, environ={"FEDN_AUTH_TOKEN": token}) as api:
        assert api.get_combiners_count() == 1
    # the process environment is the default source
    monkeypatch.setenv("FEDN_AUTH_TOKEN", token)
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    with target.client(token=None) as api:
        assert api.get_models_count() >= 0
        assert_secret_free(token, repr(api))
    # an explicit argument wins over the environment
    with (
        target.client(token=forged_token()) as api,
        pytest.raises(AuthenticationError),
    ):
        api.get_models_count()


@pytest.mark.parametrize(
    ("case", "expected_message"),
    [
        ("missing", "Missing token"),
        ("wrong", "Invalid token"),
        ("scheme", "Invalid token scheme, expected Bearer"),
        ("role", "Invalid token"),
    ],
)
def test_rejected_credentials_raise_authentication_error(
    target: Target, debug_logs: pytest.LogCaptureFixture, case: str, expected_message: str
) -> None:
    token, client_token = target.token, target.client_token
    assert token is not None and client_token is not None
    kwargs: dict[str, str] = {
        "missing": {},
        "wrong": {"token": forged_token()},
        "scheme": {"token": token, "auth_scheme": "Token"},
        # a genuine token of the network, but the client role: admin routes refuse it
        "role": {"token": client_token},
    }[case]
    kwargs.setdefault("token", None)
    with target.client(environ={}, **kwargs) as api:
        with pytest.raises(AuthenticationError) as info:
            api.get_clients()
        error = info.value
        assert isinstance(error, errors.FednError)
        assert error.status_code == 401
        assert error.message == expected_message
        assert expected_message in str(error)
        secrets = [token, client_token, kwargs.get("token") or token]
        for secret in secrets:
            assert_secret_free(secret, str(error), repr(error), repr(api), repr(error.args))
    for secret in (token, client_token):
        assert_secret_free(secret, debug_logs.text, *(r.getMessage() for r in debug_logs.records))


def test_health_is_open_and_controller_status_is_not(target: Target) -> None:
    with target.client(token=None, environ={}) as api:
        assert api.httpx_client.get("/health").status_code == 200
        with pytest.raises(AuthenticationError) as info:
            api.get_controller_status()
        assert info.value.message == "Missing token"


def test_token_given_with_its_scheme(target: Target) -> None:
    token = target.token
    assert token is not None
    with target.client(token=f"Bearer {token}", environ={}) as api:
        assert api.get_packages_count() >= 0
        assert_secret_free(token, repr(api))
