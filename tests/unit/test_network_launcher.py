"""scripts/network.py as a module: its helpers, without starting a network."""

from __future__ import annotations

import jwt
import pytest

from support.network import network_module


def test_launcher_jwt_is_a_valid_hs256_token() -> None:
    """The launcher's stdlib JWT decodes with PyJWT (what the controller uses) and only with its secret."""
    launcher = network_module()
    secret = "s" * 64
    token = launcher.make_jwt(secret, {"role": "admin", "iat": 1})
    assert jwt.decode(token, secret, algorithms=["HS256"]) == {"role": "admin", "iat": 1}
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "t" * 64, algorithms=["HS256"])
