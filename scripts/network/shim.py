"""Workarounds for upstream FEDn 0.33.0, installed by scripts/network (server_venv.install_shim).

Copied into the server venv's site-packages as ``_fedn_network_shim.py``; a ``.pth`` file imports
it at start-up of every interpreter there. It does nothing unless ``FEDN_NETWORK_SHIMS=1`` (set
only for the controller, the hooks service and the combiner), so at import it needs nothing but
``os``.

It runs in the server venv, next to upstream fedn, SQLAlchemy, Flask, gRPC and boto3. Their
modules are looked up by name (``_upstream``) and typed ``Any``: mypy --strict checks this file
from the project venv, where they are absent and where ``fedn`` is this project's package.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing in every server interpreter
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import timedelta
    from typing import Any


def _upstream(name: str) -> Any:
    """The server venv's module ``name`` (upstream code: untyped here)."""
    import importlib

    return importlib.import_module(name)


def lenient_booleans() -> None:
    """Let SQLAlchemy's Boolean accept the strings ``'True'``/``'False'``."""
    boolean = _upstream("sqlalchemy.sql.sqltypes").Boolean
    strict = boolean._strict_as_bool

    def lenient_as_bool(self: Any, value: Any) -> Any:
        # The combiner stores round-config booleans as the strings 'True'/'False'.
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return strict(self, value)

    boolean._strict_as_bool = lenient_as_bool


def bind_to(bind_host: str) -> None:
    """Bind Flask's server and gRPC's insecure ports to ``bind_host`` instead of every interface."""
    flask = _upstream("flask")
    server = _upstream("grpc._server")._Server
    flask_run = flask.Flask.run

    def run(
        self: Any,
        host: str | None = None,
        port: int | None = None,
        debug: bool | None = None,
        load_dotenv: bool = True,
        **options: Any,
    ) -> Any:
        # upstream hard-codes host="0.0.0.0"; its debug mode would also start the reloader
        # (a second process polling every module file) and the interactive debugger
        options.setdefault("use_reloader", False)
        options.setdefault("use_debugger", False)
        options.setdefault("threaded", True)
        return flask_run(self, bind_host, port, debug, load_dotenv, **options)

    flask.Flask.run = run

    add_insecure_port = server.add_insecure_port

    def add_port(self: Any, address: str) -> Any:
        # upstream hard-codes "[::]:PORT" (the hooks service even its port, 12081)
        port = os.environ.get("FEDN_NETWORK_GRPC_PORT") or address.rsplit(":", 1)[-1]
        return add_insecure_port(self, bind_host + ":" + port)

    server.add_insecure_port = add_port


def _presigned(method: str, minio_fallback: Callable[..., Any]) -> Callable[..., Any]:
    """A ``Repository.presigned_*_url`` that signs with boto3 when the store is the BOTO3 one."""

    def presigned(self: Any, bucket: str, object_name: str, expires: timedelta | None = None) -> Any:
        # upstream calls the MinIO client's presigned_*_object on every backend; the
        # BOTO3 repository has none, and the exception killed the combiner's round loop
        store = self.client
        if not hasattr(store, "s3_client"):
            return minio_fallback(self, bucket, object_name, *([expires] if expires else []))
        seconds = int(expires.total_seconds()) if expires else 3600
        params = {"Bucket": bucket, "Key": object_name}
        return store.s3_client.generate_presigned_url(method, Params=params, ExpiresIn=seconds)

    return presigned


def presigned_urls_with_boto3(repository: Any) -> None:
    """Patch upstream's ``Repository`` (module ``repository``) to sign URLs with boto3."""
    repo = repository.Repository
    repo.presigned_put_url = _presigned("put_object", repo.presigned_put_url)
    repo.presigned_get_url = _presigned("get_object", repo.presigned_get_url)


def prediction_row_per_client(prediction_store: Any) -> None:
    """Store every client's prediction under ``PREDICTION_ID:CLIENT`` instead of the request's id."""
    sql_predictions = prediction_store.SQLPredictionStore
    add_prediction = sql_predictions.add

    def add_prediction_of_client(self: Any, item: Any) -> Any:
        # upstream's primary key is the prediction id, the same for every client of one
        # prediction request: the second client's insert failed and that client exited
        sender = item.sender.name if item.sender else None
        if item.prediction_id and sender:
            item.prediction_id = f"{item.prediction_id}:{sender}"
        return add_prediction(self, item)

    sql_predictions.add = add_prediction_of_client


def install() -> None:
    """Apply every workaround, in this process, if ``FEDN_NETWORK_SHIMS=1``."""
    if os.environ.get("FEDN_NETWORK_SHIMS") != "1":
        return
    lenient_booleans()
    bind = os.environ.get("FEDN_NETWORK_BIND_HOST")
    if bind:
        bind_to(bind)
    try:
        repository = _upstream("fedn.network.storage.s3.repository")
        prediction_store = _upstream("fedn.network.storage.statestore.stores.prediction_store")
    except ImportError:  # not the server venv's fedn
        return
    presigned_urls_with_boto3(repository)
    prediction_row_per_client(prediction_store)


install()
