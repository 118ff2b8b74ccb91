"""The HS256 JSON Web Tokens of ``up --auth`` (standard library only)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


def make_jwt(secret: str, claims: dict[str, Any]) -> str:
    """An HS256 JSON Web Token (what FEDn's controller checks when FEDN_JWT_SECRET_KEY is set)."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64(signature)}"


def role_token(secret: str | None, role: str) -> str | None:
    """A token for ``role`` (subject ``fedn-network-ROLE``) issued now, or None without a secret."""
    if not secret:
        return None
    return make_jwt(secret, {"role": role, "sub": f"fedn-network-{role}", "iat": int(time.time())})
