"""A FEDn client that runs the compute package in process and logs training metrics.

Run it with the server venv's interpreter (it imports upstream ``fedn``)::

    .server-venv/bin/python compute_package/metric_client.py --api-url http://127.0.0.1:PORT \\
        --name NAME [--token JWT] [--log FILE.jsonl]

Why a separate client: upstream 0.33.0 stores client metrics only through
``FednClient.log_metric``, a method of the in-process client object that needs the context of the
task being run (session, round and model ids) and the client's own gRPC connection. ``fedn client
start`` runs the package's entry points as subprocesses (``python train.py IN OUT``) and never
calls ``log_metric``, so a packaged ``train.py`` cannot log metrics. This client registers with
the controller like ``fedn client start`` does, but answers the combiner's requests with callbacks
that call the package's own functions (``train.fit``, ``model.mse``, ``predict.prediction_report``)
in this process, and logs the training MSE after every epoch with ``log_metric``. Every logged
metric is also appended to ``--log`` (one JSON object a line) so tests can compare what the server
stored with what was sent.

The data shard is chosen as in the package (``FEDN_DATA_SHARD`` and ``FEDN_NUM_SHARDS``).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import uuid
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent / "client"
sys.path.insert(0, str(PACKAGE))

import numpy as np  # noqa: E402
from fedn.network.clients.fedn_client import ConnectToApiResult, FednClient  # noqa: E402
from model import HELPER, make_data, mse, shard_index  # noqa: E402
from predict import prediction_report  # noqa: E402
from train import EPOCHS, LEARNING_RATE, fit  # noqa: E402


def read_model(blob: io.BytesIO) -> list[np.ndarray]:
    """The arrays of a numpyhelper model sent by the combiner (the stream is read from its start)."""
    blob.seek(0)
    return [np.asarray(a, dtype=np.float64) for a in HELPER.load(blob)]


def write_model(params: list[np.ndarray]) -> io.BytesIO:
    """A numpyhelper ``.npz`` model in memory."""
    out = io.BytesIO()
    np.savez_compressed(out, **{str(i): a for i, a in enumerate(params)})
    out.seek(0)
    return out


class MetricClient:
    """Callbacks of the in-process client; ``log`` receives every metric sent."""

    def __init__(self, client: FednClient, log: Path | None) -> None:
        """Answer the requests of ``client``; append logged metrics to ``log``."""
        self.client = client
        self.log = log
        self.shard = shard_index()[0]

    def log_metric(self, epoch: int, loss: float) -> None:
        """Send the training MSE after ``epoch`` (the step) and write it to the log file."""
        sent = self.client.log_metric({"training_mse": loss}, step=epoch, commit=False)
        context = self.client._current_context  # the ids the metric is stored with
        if self.log is not None and context is not None:
            record = {
                "sent": sent,
                "key": "training_mse",
                "value": loss,
                "step": epoch,
                "model_id": context.model_id,
                "round_id": context.round_id,
                "session_id": context.session_id,
            }
            with self.log.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")

    def train(self, in_model: io.BytesIO, settings: dict[str, Any]) -> tuple[io.BytesIO, dict[str, Any]]:
        """The package's training, logging the loss of every epoch."""
        x, y, _, _ = make_data(self.shard)
        params = fit(read_model(in_model), x, y, on_epoch=self.log_metric)
        n = int(x.shape[0])
        metadata = {"num_examples": n, "batch_size": n, "epochs": EPOCHS, "lr": LEARNING_RATE}
        return write_model(params), {"training_metadata": metadata}

    def validate(self, in_model: io.BytesIO) -> dict[str, float]:
        """The package's validation metrics on the local train and test splits."""
        params = read_model(in_model)
        x_train, y_train, x_test, y_test = make_data(self.shard)
        return {"training_loss": mse(params, x_train, y_train), "test_loss": mse(params, x_test, y_test)}

    def predict(self, in_model: io.BytesIO) -> dict[str, object]:
        """The package's prediction report."""
        return prediction_report(read_model(in_model), self.shard)


def main(argv: list[str] | None = None) -> int:
    """Register with the controller, connect to the combiner and answer requests until killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api-url", required=True, help="controller URL, e.g. http://127.0.0.1:8092")
    parser.add_argument("--name", required=True)
    parser.add_argument("--token", default=None, help="client token when the controller checks JWTs")
    parser.add_argument("--log", type=Path, default=None, help="append each logged metric here (JSON lines)")
    args = parser.parse_args(argv)

    client = FednClient()
    callbacks = MetricClient(client, args.log)
    client.set_train_callback(callbacks.train)
    client.set_validate_callback(callbacks.validate)
    client.set_predict_callback(callbacks.predict)
    info = {"name": args.name, "client_id": str(uuid.uuid4()), "preferred_combiner": None, "package": "local"}
    result, config = client.connect_to_api(args.api_url.rstrip("/") + "/", args.token or "", info)
    if result != ConnectToApiResult.Assigned:
        print(f"could not register with {args.api_url}: {result} {config}", file=sys.stderr)
        return 1
    if not client.init_grpchandler(config=config, client_name=client.client_id, token=args.token or ""):
        return 1
    client.set_name(args.name)
    client.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
