"""TLS settings: what to verify the controller's certificate against, and the client's own certificate.

The same arguments as httpx's (``verify=``, ``cert=``, ``trust_env``), resolved here into what
httpx 0.28 wants, an ``ssl.SSLContext`` (or ``True``/``False``), so that no deprecated form
(``verify=<path>``, ``cert=``) reaches httpx:

* ``verify``: ``True`` (the default: certifi's CA bundle, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``
  from the environment when ``trust_env``), ``False`` (no check), a CA bundle file or folder, or
  an ``ssl.SSLContext`` used as it is.
* ``cert``: the client certificate for mutual TLS, as in httpx: a PEM file holding certificate
  and key, ``(certfile, keyfile)`` or ``(certfile, keyfile, password)``. It is loaded into the
  context ``verify`` gives (into the caller's own ``ssl.SSLContext`` too, as httpx does).

The environment is a parameter (the client's ``environ``), so httpx never reads it itself.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping

import httpx

from fedn.errors import InvalidInputError

__all__ = ["CertTypes", "VerifyTypes", "resolve_tls"]

StrPath = str | os.PathLike[str]
VerifyTypes = bool | StrPath | ssl.SSLContext
CertTypes = StrPath | tuple[StrPath, StrPath] | tuple[StrPath, StrPath, str]


def resolve_tls(
    verify: VerifyTypes, cert: CertTypes | None, *, trust_env: bool, environ: Mapping[str, str]
) -> bool | ssl.SSLContext:
    """``True``/``False`` or the ``ssl.SSLContext`` for httpx's ``verify=`` (the certificate loaded).

    Example::

        >>> resolve_tls(True, None, trust_env=True, environ={})
        True
        >>> resolve_tls(False, None, trust_env=True, environ={})
        False
    """
    context = _verify_context(verify, trust_env, environ)
    if cert is None:
        return context
    if isinstance(context, bool):
        context = _default_context() if context else _unverified_context()
    _load_cert(context, cert)
    return context


def _verify_context(verify: VerifyTypes, trust_env: bool, env: Mapping[str, str]) -> bool | ssl.SSLContext:
    if verify is True and trust_env:
        for name, kind in (("SSL_CERT_FILE", "file"), ("SSL_CERT_DIR", "folder")):
            if env.get(name):
                return _bundle_context(env[name], f"the {name} environment variable", kind)
        return True
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if isinstance(verify, str | os.PathLike):
        path = os.fspath(verify)
        return _bundle_context(path, "verify", "file" if not os.path.isdir(path) else "folder")
    raise InvalidInputError(f"verify must be a bool, an ssl.SSLContext or a CA bundle path, got {verify!r}")


def _bundle_context(path: str, source: str, kind: str) -> ssl.SSLContext:
    """A verifying context trusting the CA bundle file (or folder of hashed certificates) at ``path``."""
    if not os.path.exists(path):
        raise InvalidInputError(f"{source}: no CA bundle at {path!r}")
    try:
        if kind == "folder":
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except ssl.SSLError as err:
        raise InvalidInputError(f"{source}: cannot load CA bundle {path!r}: {err}") from None


def _default_context() -> ssl.SSLContext:
    """httpx's own verifying context (certifi's CA bundle), environment not read."""
    return httpx.create_ssl_context(verify=True, trust_env=False)


def _unverified_context() -> ssl.SSLContext:
    """A client context that checks nothing (``verify=False``), to carry a client certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _load_cert(context: ssl.SSLContext, cert: CertTypes) -> None:
    """Load the client certificate into ``context``; a bad file or key is an InvalidInputError.

    The password is never part of a message.
    """
    password: str | None = None
    if isinstance(cert, str | os.PathLike):
        certfile, keyfile = os.fspath(cert), None
    elif isinstance(cert, tuple) and len(cert) == 2:
        certfile, keyfile = os.fspath(cert[0]), os.fspath(cert[1])
    elif isinstance(cert, tuple) and len(cert) == 3:
        certfile, keyfile, password = os.fspath(cert[0]), os.fspath(cert[1]), cert[2]
    else:
        raise InvalidInputError(
            "cert must be a PEM file path, (certfile, keyfile) or (certfile, keyfile, password), "
            f"got {type(cert).__name__}"
        )
    for path in (certfile, keyfile):
        if path is not None and not os.path.isfile(path):
            raise InvalidInputError(f"cert: no such file {path!r}")
    try:
        context.load_cert_chain(certfile, keyfile, password)
    except ssl.SSLError as err:
        reason = err.reason or type(err).__name__
        raise InvalidInputError(
            f"cert: cannot load the client certificate {certfile!r} (key {keyfile or certfile!r}): {reason}"
        ) from None
