"""The simulated network behind the fake controller: one combiner, named clients, sessions that run.

What the real controller's session thread, its combiner and the clients write to the
statestore is written here, in the same order and shape, one round at a time:

* starting: the session becomes ``Started``, a run row is added, the controller ``monitoring``;
* each round: a round row (``Pending``, its config, the combiner's report with timings and its
  own model id, ``Success``, the reduce data, ``Finished``), the three training statuses of
  every participating client, a new global model whose parent is the session's previous model
  (its seed model for the first round), then, when the session validates, the three validation
  statuses and one validation row of every online client;
* the end: the session ``Finished``, the run completed, its config's ``model_id`` rewritten to
  the last model, the controller ``idle``.

The server's refusals and failures are kept: a round fails (status ``Failed``, no model) when
fewer clients are online than the session requires or when FedOpt's parameters are not what its
schema takes. An aggregator the combiner cannot load leaves the session ``Created`` and the
controller ``monitoring`` (:meth:`Network.restart_controller` recovers, as restarting FEDn's
controller does). Aggregator kwargs the combiner cannot read or a ``requested_clients`` of null
kill the combiner's round loop: that round stays ``Pending`` and every later one too, until the
combiner restarts (:meth:`Network.restart_combiner`) -- measured on the local network.

FEDn 0.33's combiner trains every online client (up to its ``max_clients``, 30), whatever the
session's ``requested_clients``; so does this one. A session's server functions (the combiner
keeps the last ones sent) run in process (:mod:`fedn.testing._hooks`): they may choose the
trainers, add client settings to the round's config and aggregate.

Validation metrics come from :func:`default_metrics` unless the controller was given another
function: each client's losses fall by 30 % with every model generation.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fedn.testing._hooks import HOOK_AGGREGATION_TIME, Hooks
from fedn.testing._query import numeric_key
from fedn.testing._store import Store
from fedn.testing._weights import AGGREGATORS, Aggregator, RoundStuck, client_update

COMBINER_NAME = "combiner"
MAX_CLIENTS = 30
#: what every simulated client reports of its training (server functions' aggregate receives it)
TRAINING_METADATA = {"num_examples": 1}

#: (client index, client name, model generation) -> the metrics a client reports
MetricsFunction = Callable[[int, str, int], Mapping[str, float]]
#: (client index, client name, model generation) -> the JSON a client's prediction holds
PredictionFunction = Callable[[int, str, int], Mapping[str, Any]]


def default_metrics(client_index: int, client_name: str, generation: int) -> dict[str, float]:
    """A client's validation metrics of a model ``generation`` rounds after the seed.

    >>> default_metrics(0, "client1", 0)["training_loss"], default_metrics(0, "client1", 1)["training_loss"]
    (1.05, 0.75)
    """
    base = 1.0 + 0.25 * client_index
    training = round(base * 0.7**generation + 0.05, 12)
    test = round(training * 1.15 + 0.02, 12)
    return {
        "training_loss": training,
        "test_loss": test,
        "mse": round((3 * training + test) / 4, 12),
        "r2": round(1.0 - test / (base + 1.0), 12),
    }


def default_prediction(client_index: int, client_name: str, generation: int) -> dict[str, Any]:
    """What a client's prediction holds: synthetic outputs that shrink with the model generation."""
    scale = 0.7**generation
    return {
        "client": client_name,
        "generation": generation,
        "predictions": [round((client_index + 1) * scale * k, 12) for k in (1, 2, 3)],
    }


def _message_json(value: Mapping[str, Any]) -> str:
    """A gRPC message as the clients store it in a status (protobuf's JSON, two-space indent)."""
    return json.dumps(value, indent=2)


def _grpc_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """A round config after the trip through gRPC: NULL text columns come back as ``"None"``."""
    out = dict(config)
    for key in ("aggregator_kwargs", "server_functions"):
        out[key] = "None" if out.get(key) is None else str(out[key])
    return out


@dataclass
class SessionRun:
    """A session being run by the controller."""

    session_id: str
    config: dict[str, Any]
    round_ids: list[str]
    run_id: str
    aggregator: Aggregator
    client_ids: list[str] | None
    model_name_prefix: str | None
    models_counted: int
    done: int = 0


@dataclass
class PredictionJob:
    """A prediction request the combiner has not answered yet."""

    prediction_id: str
    model_id: str
    submitted_at: float = 0.0


@dataclass
class Network:
    """The controller's state and what the combiner and clients do."""

    store: Store
    model_files: dict[str, bytes] = field(default_factory=dict)
    package_files: dict[str, bytes] = field(default_factory=dict)
    metrics: MetricsFunction = default_metrics
    predictions: PredictionFunction = default_prediction
    state: str = "idle"
    run: SessionRun | None = None
    #: why the controller's session thread hangs (``monitoring`` until the controller restarts)
    stuck: str | None = None
    #: why the combiner's round loop died (every later round hangs until the combiner restarts)
    combiner_down: str | None = None
    jobs: list[PredictionJob] = field(default_factory=list)
    server_functions: str | None = None
    hooks: Hooks = field(default_factory=Hooks)
    #: a round is being run: requests it makes (server functions' ``api_client``) let no time pass
    busy: bool = False
    last_training: tuple[str, str, str] | None = None  # (session id, round id, input model id)
    network_id: str = "fedn-network"
    #: "poll" (a round per request), "instant" (a session runs within its start), or seconds per round
    pace: str | float = "poll"
    monotonic: Callable[[], float] = time.monotonic
    started_at: float = 0.0

    # --- time ------------------------------------------------------------------------------------

    def start(
        self,
        session_id: str,
        rounds: Any,
        round_timeout: Any,
        model_name_prefix: str | None,
        client_ids: list[str] | None,
    ) -> None:
        """Start a session: its first state at once, its rounds as the pace says."""
        self.begin(session_id, rounds, round_timeout, model_name_prefix, client_ids)
        self.started_at = self.monotonic()
        if self.pace == "instant":
            self.finish_all()

    def submit_prediction(self, prediction_id: str, model_id: str) -> None:
        """Queue a prediction request; the clients answer as the pace says."""
        self.jobs.append(PredictionJob(prediction_id, model_id, self.monotonic()))
        if self.pace == "instant":
            self.run_predictions()

    def tick(self) -> None:
        """Let time pass before a request is handled: one round per request, or what is due by now."""
        if self.busy:
            return
        if self.pace == "poll":
            self.step()
            self.run_predictions()
            return
        if self.pace == "instant":
            return
        seconds = float(self.pace)
        now = self.monotonic()
        while self.run is not None and self.stuck is None:
            due = int((now - self.started_at) / seconds) if seconds > 0 else len(self.run.round_ids)
            if self.run.done >= due:
                break
            self.step()
        if any(now - job.submitted_at >= seconds for job in self.jobs):
            self.run_predictions(before=now - seconds)

    # --- the network's members ----------------------------------------------------------------

    def setup(self, client_names: list[str]) -> None:
        """The combiner and the clients, online, as a freshly started local network holds them."""
        now = self.store.now()
        self.store.insert(
            "combiners",
            {
                "name": COMBINER_NAME,
                "address": "127.0.0.1",
                "fqdn": None,
                "ip": "",
                "parent": "localhost",
                "port": 12080,
            },
            at=now,
        )
        for name in client_names:
            self.connect_client(name)

    def connect_client(self, name: str) -> dict[str, Any]:
        """A client that connects to the combiner: its row (online) and the combiner's status."""
        existing = next(self.store.where("clients", name=name), None)
        now = self.store.now()
        values = {
            "name": name,
            "combiner": COMBINER_NAME,
            "combiner_preferred": None,
            "ip": "127.0.0.1",
            "package": "local",
            "status": "online",
            "last_seen": now,
        }
        row = (
            self.store.update("clients", existing["id"], values)
            if existing
            else self.store.insert("clients", values, at=now)
        )
        self._status(
            None, COMBINER_NAME, "COMBINER", "NETWORK", "INFO", f"Client {name} connecting to TaskStream."
        )
        return row

    def set_client_status(self, name: str, status: str) -> None:
        """Set a client's status (``online``, ``offline``, ...); only ``online`` clients train."""
        row = next(self.store.where("clients", name=name), None)
        if row is None:
            raise KeyError(f"no client named {name!r}")
        self.store.update("clients", row["id"], {"status": status, "last_seen": self.store.now()})

    def combiners(self) -> list[dict[str, Any]]:
        """The combiners the controller knows (the statestore's rows)."""
        return self.store.all("combiners")

    def active_clients(self, client_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """The clients connected to a combiner (status ``online``), optionally only ``client_ids``."""
        if not self.combiners():
            return []
        online = [c for c in self.store.all("clients") if c["status"] == "online"]
        return [c for c in online if client_ids is None or c["id"] in client_ids]

    def _client_index(self, client: Mapping[str, Any]) -> int:
        return next(i for i, c in enumerate(self.store.all("clients")) if c["id"] == client["id"])

    # --- rows written along the way ------------------------------------------------------------

    def _status(
        self,
        session_id: str | None,
        sender: str,
        role: str,
        kind: str,
        level: str,
        text: str,
        data: str | None = None,
    ) -> None:
        now = self.store.now()
        self.store.insert(
            "statuses",
            {
                "log_level": level,
                "sender_name": sender,
                "sender_role": role,
                "status": text,
                "timestamp": now,
                "type": kind,
                "data": data,
                "correlation_id": None,
                "extra": None,
                "session_id": session_id,
            },
            at=now,
        )

    def _timing(self) -> float:
        return round(self.store.rng.uniform(0.0005, 0.005), 9)

    def generation(self, model_id: str) -> int:
        """How many rounds separate a model from its seed (0 for an uploaded model)."""
        depth, seen = 0, {model_id}
        row = self.store.get("models", model_id)
        while row is not None and row["parent_model"] and row["parent_model"] not in seen:
            depth += 1
            seen.add(row["parent_model"])
            row = self.store.get("models", row["parent_model"])
        return depth

    def latest_model_id(self, session_id: str | None = None) -> str | None:
        """``_get_active_model_id``: the session's newest model, else the newest model of all."""
        models = self.store.all("models")
        own = [m for m in models if m["session_id"] == session_id] if session_id else []
        pool = own or models
        return max(pool, key=lambda m: m["committed_at"])["id"] if pool else None

    def latest_round_id(self) -> int:
        """The greatest round id (numerically, as the local network's collation orders them)."""
        ids = [r["id"] for r in self.store.all("rounds")]
        return int(max(ids, key=numeric_key)) if ids else 0

    # --- sessions --------------------------------------------------------------------------------

    def begin(
        self,
        session_id: str,
        rounds: Any,
        round_timeout: Any,
        model_name_prefix: str | None,
        client_ids: list[str] | None,
    ) -> None:
        """What the controller's session thread does before the first round."""
        active_model = self.latest_model_id(session_id)
        session = self.store.get("sessions", session_id)
        if not active_model or session is None:
            return
        config = dict(session["_config"])
        if isinstance(round_timeout, int) and not isinstance(round_timeout, bool):
            config["round_timeout"] = round_timeout
        self.state = "monitoring"
        last_round = self.latest_round_id()
        if config["aggregator"] not in AGGREGATORS:
            self.stuck = f"the combiner cannot load the aggregator {config['aggregator']!r}"
            return  # FEDn's thread dies in set_aggregator: the session stays "Created"
        if config.get("server_functions") is not None:
            self.server_functions = config["server_functions"]
        self.store.update("sessions", session_id, {"status": "Started"})
        run = self.store.insert(
            "runs",
            {
                "session_id": session_id,
                "model_id": active_model,
                "round_timeout": config["round_timeout"],
                "rounds": int(rounds) if isinstance(rounds, int) else None,
            },
        )
        if not isinstance(rounds, int):
            self.stuck = f"the session has no number of rounds ({rounds!r})"
            return  # FEDn's thread dies on range(1, rounds + 1): the session stays "Started"
        counted = 0
        if model_name_prefix is not None:
            counted = sum(1 for _ in self.store.where("models", session_id=session_id)) + 1
        self.run = SessionRun(
            session_id=session_id,
            config=config,
            round_ids=[str(last_round + k) for k in range(1, int(rounds) + 1)],
            run_id=run["id"],
            aggregator=Aggregator(config["aggregator"]),
            client_ids=client_ids,
            model_name_prefix=model_name_prefix,
            models_counted=counted,
        )
        if not self.run.round_ids:
            self._finish()

    def step(self) -> None:
        """Run the next round of the running session (and finish it after its last round)."""
        run = self.run
        if run is None or self.stuck is not None:
            return
        session = self.store.get("sessions", run.session_id)
        if session is None or session["status"] == "Terminated":
            self._complete_run()
            self._finish()
            return
        name = f"{run.model_name_prefix}_{run.models_counted}" if run.model_name_prefix else None
        self.busy = True
        try:
            self._round(run, run.round_ids[run.done], name)
        except RoundStuck as err:
            # the combiner's round loop raised: it never reports this or any later round, and
            # the controller waits for its report for ever
            self.combiner_down = self.combiner_down or str(err)
            self.stuck = str(err)
            return
        finally:
            self.busy = False
        run.models_counted += 1
        run.config["model_id"] = self.latest_model_id(run.session_id)
        run.done += 1
        if run.done >= len(run.round_ids):
            self._finish()

    def _complete_run(self) -> None:
        run = self.run
        assert run is not None
        self.store.update(
            "runs",
            run.run_id,
            {"completed_at": self.store.now(), "completed_at_model_id": self.latest_model_id(run.session_id)},
        )

    def _finish(self) -> None:
        run = self.run
        assert run is not None
        session = self.store.get("sessions", run.session_id)
        if session is not None and session["status"] == "Started":
            self.store.update("sessions", run.session_id, {"status": "Finished"})
            self._complete_run()
        self.state = "idle"
        if session is not None:
            self.store.update("sessions", run.session_id, {"_config": dict(run.config)})
        self.run = None

    def finish_all(self) -> None:
        """Run every remaining round (the ``instant`` time mode)."""
        while self.run is not None and self.stuck is None:
            self.step()

    def restart_controller(self) -> None:
        """What a controller restart does: forget the running session (its rows stay as they are)."""
        self.run = None
        self.stuck = None
        self.state = "idle"

    def restart_combiner(self) -> None:
        """What a combiner restart does: its round loop runs again."""
        self.combiner_down = None

    # --- one round -------------------------------------------------------------------------------

    def _round(self, run: SessionRun, round_id: str, model_name: str | None) -> None:
        store = self.store
        store.insert(
            "rounds",
            {
                "id": round_id,
                "status": "Pending",
                "_round_config": None,
                "_round_data": None,
                "_combiners": [],
            },
        )
        if not self.combiners():
            store.update("rounds", round_id, {"status": "Failed"})
            return
        config = dict(run.config)
        round_config: dict[str, Any] = {
            **config,
            "rounds": 1,
            "round_id": round_id,
            "task": "training",
            "session_id": run.session_id,
            "client_settings": {},
            "is_sl_inference": False,
            "selected_clients": run.client_ids if run.client_ids else None,
        }
        store.update("rounds", round_id, {"_round_config": round_config})
        everyone = self.active_clients()
        if int(config["clients_required"]) > len(everyone):
            store.update("rounds", round_id, {"status": "Failed"})
            return
        if self.combiner_down:
            raise RoundStuck(self.combiner_down)
        session_id, parent_id = run.session_id, config["model_id"]
        self.last_training = (session_id, round_id, parent_id)
        parent_file = self.model_files.get(parent_id, b"")
        helper = config["helper_type"]
        hooks = self.hooks.provided(self.server_functions, helper)
        chosen = self.hooks.select([c["id"] for c in everyone]) if hooks.get("client_selection") else []
        if chosen:  # FEDn asks the online clients whose ids the class chose, unknown ids never answer
            trainers = [c for cid in chosen for c in everyone if c["id"] == cid]
        else:
            trainers = self.active_clients(run.client_ids)
            trainers = store.rng.sample(trainers, min(MAX_CLIENTS, len(trainers)))
        settings = self.hooks.settings(parent_file) if hooks.get("client_settings") else {}
        combiner_config = {**_grpc_config(round_config), "client_settings": settings}
        updates = [self._train(run, round_id, c, parent_id, parent_file, settings) for c in trainers]
        if hooks.get("aggregate") or hooks.get("incremental_aggregate"):
            run.aggregator.read_kwargs(config.get("aggregator_kwargs"))  # the combiner reads them first
            model = self.hooks.aggregate(
                parent_file, [(c["id"], u, TRAINING_METADATA) for c, u in zip(trainers, updates, strict=True)]
            )
            timings = dict(HOOK_AGGREGATION_TIME)
        else:
            model = run.aggregator.combine(helper, parent_file, updates, config.get("aggregator_kwargs"))
            timings = {"time_model_aggregation": self._timing(), "time_model_load": self._timing()}
        if config.get("requested_clients") is None:
            # the gRPC trip makes it the text "None", which its integer column refuses
            raise RoundStuck("requested_clients is null: the combiner cannot store its report of the round")
        combiner_model = store.new_id() if model is not None else None
        report = {
            "config": {**combiner_config, "_job_id": store.new_id()},
            "data": {
                "aggregation_time": {
                    "nr_aggregated_models": len(updates) if model is not None else 0,
                    **timings,
                },
                "nr_expected_updates": len(chosen or trainers),
                "nr_required_updates": int(config["clients_required"]),
                "time_combination": self._timing(),
                "timeout": float(config["round_timeout"]),
            },
            "model_id": combiner_model,
            "name": COMBINER_NAME,
            "round_id": round_id,
            "status": "Success",
            "time_exec_training": self._timing(),
        }
        store.update("rounds", round_id, {"_combiners": [report]})
        if model is None:
            store.update("rounds", round_id, {"status": "Failed"})
            return
        reduce = {
            "time_aggregate_model": self._timing(),
            "time_fetch_model": self._timing(),
            "time_load_model": self._timing(),
        }
        model_id = self.commit(model, session_id=session_id, name=model_name)
        store.update("rounds", round_id, {"status": "Success"})
        if config["validate"]:
            for client in store.rng.sample(self.active_clients(), len(self.active_clients())):
                self._validate(session_id, client, model_id)
        store.update("rounds", round_id, {"_round_data": {"reduce": reduce, "time_commit": self._timing()}})
        store.update("rounds", round_id, {"status": "Finished"})

    def commit(self, model: bytes, *, session_id: str | None = None, name: str | None = None) -> str:
        """Store a global model (``ControlBase.commit``): its parent is the session's newest model."""
        parent = None
        if session_id:
            own = [m for m in self.store.all("models") if m["session_id"] == session_id]
            if own:
                parent = max(own, key=lambda m: m["committed_at"])["id"]
            else:
                session = self.store.get("sessions", session_id)
                parent = session["seed_model_id"] if session else None
        row = self.store.insert(
            "models", {"active": False, "parent_model": parent, "session_id": session_id, "name": name}
        )
        self.model_files[row["id"]] = model
        return str(row["id"])

    def _train(
        self,
        run: SessionRun,
        round_id: str,
        client: Mapping[str, Any],
        parent_id: str,
        parent: bytes,
        settings: Mapping[str, Any],
    ) -> bytes:
        name, store = client["name"], self.store
        data: dict[str, Any] = {k: str(v) for k, v in _grpc_config(run.config).items()}
        if settings:  # the combiner adds what the server functions' client_settings gave
            data["client_settings"] = dict(settings)
        request = {
            "sender": {"role": "COMBINER", "name": COMBINER_NAME},
            "receiver": {"role": "CLIENT", "clientId": client["id"]},
            "modelId": parent_id,
            "data": json.dumps(data),
            "correlationId": store.new_id(),
            "timestamp": str(store.now()),
            "sessionId": run.session_id,
            "type": "MODEL_UPDATE",
        }
        sid = run.session_id
        self._status(
            sid,
            name,
            "CLIENT",
            "MODEL_UPDATE",
            "AUDIT",
            "Received request from combiner.",
            _message_json(request),
        )
        self._status(
            sid,
            name,
            "CLIENT",
            "MODEL_UPDATE",
            "INFO",
            f"\t Starting processing of training request for model_id {parent_id}",
        )
        update = {
            "sender": {"role": "CLIENT", "name": name, "clientId": client["id"]},
            "receiver": {"role": "COMBINER", "name": COMBINER_NAME},
            "modelId": parent_id,
            "modelUpdateId": store.new_id(),
            "timestamp": f"{store.now()}+00:00",
            "meta": json.dumps({"exec_training": self._timing(), "training_metadata": TRAINING_METADATA}),
        }
        self._status(
            sid, name, "CLIENT", "MODEL_UPDATE", "AUDIT", "Model update completed.", _message_json(update)
        )
        return client_update(run.config["helper_type"], parent, self._client_index(client))

    def _validate(self, session_id: str, client: Mapping[str, Any], model_id: str) -> None:
        name, store = client["name"], self.store
        request = {
            "sender": {"role": "COMBINER", "name": COMBINER_NAME},
            "receiver": {"role": "CLIENT", "clientId": client["id"]},
            "modelId": model_id,
            "correlationId": store.new_id(),
            "timestamp": str(store.now()),
            "sessionId": session_id,
            "type": "MODEL_VALIDATION",
        }
        self._status(
            session_id,
            name,
            "CLIENT",
            "MODEL_VALIDATION",
            "AUDIT",
            "Received request from combiner.",
            _message_json(request),
        )
        self._status(
            session_id,
            name,
            "CLIENT",
            "MODEL_VALIDATION",
            "INFO",
            f"Processing validate request for model_id {model_id}",
        )
        metrics = json.dumps(dict(self.metrics(self._client_index(client), name, self.generation(model_id))))
        now = store.now()
        correlation = store.new_id()
        stamp = now.isoformat() + "Z"
        message = {
            "sender": {"role": "CLIENT", "name": name, "clientId": client["id"]},
            "receiver": {"role": "COMBINER", "name": COMBINER_NAME},
            "modelId": model_id,
            "data": metrics,
            "correlationId": correlation,
            "timestamp": stamp,
            "sessionId": session_id,
        }
        self._status(
            session_id,
            name,
            "CLIENT",
            "MODEL_VALIDATION",
            "AUDIT",
            "Model validation completed.",
            _message_json(message),
        )
        store.insert(
            "validations",
            {
                "correlation_id": correlation,
                "data": metrics,
                "model_id": model_id,
                "meta": None,
                "receiver_name": COMBINER_NAME,
                "receiver_role": "COMBINER",
                "sender_name": name,
                "sender_role": "CLIENT",
                "session_id": session_id,
                "timestamp": now,
            },
        )

    # --- predictions and metrics --------------------------------------------------------------

    def run_predictions(self, before: float | None = None) -> None:
        """Answer the pending prediction requests (those submitted ``before``): a row per online client."""
        jobs = [j for j in self.jobs if before is None or j.submitted_at <= before]
        self.jobs = [j for j in self.jobs if j not in jobs]
        for job in jobs:
            if self.store.get("models", job.model_id) is None or self.combiner_down:
                continue
            clients = self.active_clients()
            for client in self.store.rng.sample(clients, min(MAX_CLIENTS, len(clients))):
                self._predict(job, client)

    def _predict(self, job: PredictionJob, client: Mapping[str, Any]) -> None:
        """One client's prediction: its status (the session id is the prediction's), then its row."""
        correlation = self.store.new_id()
        request = {
            "sender": {"role": "COMBINER", "name": COMBINER_NAME},
            "receiver": {"role": "CLIENT", "clientId": client["id"]},
            "modelId": job.model_id,
            "data": json.dumps(
                {"presigned_url": f"fake://fedn-prediction/{client['id']}/{job.prediction_id}"}
            ),
            "correlationId": correlation,
            "timestamp": str(self.store.now()),
            "sessionId": job.prediction_id,
            "type": "MODEL_PREDICTION",
        }
        self._status(
            job.prediction_id, client["name"], "CLIENT", "MODEL_PREDICTION", "AUDIT",
            "Received request from combiner.", _message_json(request),
        )  # fmt: skip
        data = self.predictions(self._client_index(client), client["name"], self.generation(job.model_id))
        now = self.store.now()
        self.store.insert(
            "predictions",
            {
                "id": f"{job.prediction_id}:{client['name']}",
                "correlation_id": correlation,
                "data": json.dumps(dict(data)),
                "model_id": job.model_id,
                "receiver_name": COMBINER_NAME,
                "receiver_role": "COMBINER",
                "sender_name": client["name"],
                "sender_role": "CLIENT",
                "meta": None,
                "timestamp": now.isoformat() + "Z",
            },
            at=now,
        )

    def log_metric(
        self,
        key: str,
        value: float,
        *,
        client: str,
        step: int | None,
        model_id: str | None,
        round_id: str | None,
        session_id: str | None,
        timestamp: dt.datetime | None,
    ) -> dict[str, Any]:
        """A metric a client logs with ``FednClient.log_metric`` while training (its round's input model)."""
        if model_id is None:
            if self.last_training is None:
                raise ValueError("no round has been trained yet: pass model_id (and round_id, session_id)")
            session_id = session_id or self.last_training[0]
            round_id = round_id or self.last_training[1]
            model_id = self.last_training[2]
        return self.store.insert(
            "metrics",
            {
                "key": key,
                "value": value,
                "timestamp": timestamp or self.store.now(),
                "sender_name": client,
                "sender_role": "CLIENT",
                "model_id": model_id,
                "step": step,
                "session_id": session_id,
                "round_id": round_id,
            },
        )
