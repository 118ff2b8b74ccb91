"""Test certificates made by openssl's command line, and TLS contexts for loopback servers."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["Certificate", "make_certificate", "server_context"]


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate, its key file, and the key's password (``None``: not encrypted)."""

    cert: Path
    key: Path
    password: str | None = None


def make_certificate(folder: Path, name: str, *, password: str | None = None) -> Certificate:
    """A self-signed P-256 certificate for ``CN=name`` valid for 127.0.0.1, in ``folder``.

    It is its own CA: a server trusts it as a client certificate with ``load_verify_locations``,
    a client trusts it as a server certificate with ``verify=<its path>``. The calling test is
    skipped when openssl's command line is not on ``PATH``.
    """
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    secrecy = ["-passout", f"pass:{password}"] if password else ["-nodes"]
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", *secrecy,
         "-days", "1", "-subj", f"/CN={name}", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return Certificate(cert, key, password)


def server_context(
    certificate: Certificate, *, client_ca: Path | None = None, alpn: list[str] | None = None
) -> ssl.SSLContext:
    """A server's TLS context; ``client_ca``: require a client certificate it signed (mutual TLS;
    TLS 1.3 sends the "certificate required" alert after the handshake); ``alpn``: the protocols
    it offers."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate.cert, certificate.key, certificate.password)
    if client_ca is not None:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=client_ca)
    if alpn is not None:
        context.set_alpn_protocols(alpn)
    return context
