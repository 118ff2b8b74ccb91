"""FEDn's "Using the API Client" guide (the seed document) run with FEDn 0.33.0's own client.

Run with the server venv's interpreter: ``python seed_guide.py URL``. The calls are the guide's,
in its order. Where FEDn 0.33's own client refuses the guide's call (``set_active_package`` wants
a ``name``; ``start_session`` has no ``id``, the guide's name for a session), the refusal is
printed (``guide call refused: ...``) and the nearest call the client takes is made instead.
The guide's placeholders (``seed_model``, ``"<model-id>"``, ``"session_name"``) are filled in
from earlier results. The last line printed is a JSON summary for the test to check.
"""

import json
import sys
import time

from fedn import APIClient


def guide_call(method, args, kwargs, instead):
    """``method(*args, **kwargs)`` as the guide writes it, else with ``instead`` merged in."""
    try:
        return method(*args, **kwargs)
    except TypeError as err:
        print(f"guide call refused: {method.__name__}: {err}", flush=True)
        changed = {k: v for k, v in kwargs.items() if k not in instead.get("drop", ())}
        return method(*args, **{**changed, **instead.get("add", {})})


def wait_until_idle(client):
    # "Wait for training to complete, when controller is idle: client.get_controller_status()"
    while client.get_controller_status()["state"] != "idle":
        time.sleep(0.05)


def main(url):
    client = APIClient(host=url)

    # Set the active compute package and seed model
    guide_call(
        client.set_active_package, ("package.tgz",), {"helper": "numpyhelper"}, {"add": {"name": "package"}}
    )
    client.set_active_model("seed.npz")

    # Start a training session
    started = guide_call(
        client.start_session, (), {"id": "test-session", "rounds": 3},
        {"drop": ("id",), "add": {"name": "test-session"}},
    )  # fmt: skip
    wait_until_idle(client)
    models = client.get_model_trail()
    model_id = models[-1]["model"]
    validations = client.get_validations(model_id=model_id)

    # FedAdam with custom hyperparameters ("seed_model" is the guide's placeholder: FEDn's client
    # lists the trail newest first, so its last model is the seed)
    seed_model = models[-1]
    session_id = "experiment_fedadam"
    session_config = {
        "helper": "numpyhelper",
        "id": session_id,
        "aggregator": "fedopt",
        "aggregator_kwargs": {
            "serveropt": "adam",
            "learning_rate": 1e-2,
            "beta1": 0.9,
            "beta2": 0.99,
            "tau": 1e-4,
        },
        "model_id": seed_model["model"],
        "rounds": 10,
    }
    result_fedadam = guide_call(
        client.start_session, (), session_config, {"drop": ("id",), "add": {"name": session_id}}
    )
    wait_until_idle(client)

    # Download a global model ("<model-id>": the latest of the trail)
    latest = client.get_model_trail()[0]["model"]
    client.download_model(latest, path="model.npz")

    # List data
    sessions = client.get_sessions()
    session = client.get_session(id=started["session_id"])
    print(
        json.dumps(
            {
                "trail_last": model_id,
                "seed": seed_model["model"],
                "validations": validations["count"],
                "started": started,
                "fedadam": result_fedadam,
                "latest": latest,
                "sessions": [s["name"] for s in sessions["result"]],
                "session": session["name"],
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
