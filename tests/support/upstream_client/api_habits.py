"""Our replay of FEDn's CI test ``.ci/tests/examples/api_test.py`` (v0.33.0), for FEDn's own client.

Run with the server venv's interpreter, so ``from fedn import APIClient`` is FEDn 0.33.0's
client (``requests``). Like upstream's script it talks to ``localhost:8092`` (the test routes
that address to the fake with ``HTTP_PROXY``), takes one command per run (``set_package``,
``set_seed``, ``start_sf_session``, ``get_client_config``, ``test_api_get_methods``) and imports
``ServerFunctions`` from a ``server_functions`` module on ``PYTHONPATH``. The habits are the same:
results are plain dicts read by key, every list is checked against its count, the combiner is
fetched by its name, and an ``assert`` on a result passes on any non-empty dict (FEDn's client
returns the server's error body as a result).

Usage::

    python api_habits.py set_package package.tgz numpyhelper test
    python api_habits.py start_sf_session session 3 numpyhelper
"""

import sys

import yaml
from server_functions import ServerFunctions

from fedn import APIClient

#: what every list getter of the CI test is paired with
LISTS = {
    "get_clients": "get_clients_count",
    "get_combiners": "get_combiners_count",
    "get_models": "get_models_count",
    "get_packages": "get_packages_count",
    "get_rounds": "get_rounds_count",
    "get_sessions": "get_sessions_count",
    "get_statuses": "get_statuses_count",
    "get_validations": "get_validations_count",
}


def connect():
    return APIClient(host="localhost", port=8092)


def check_lists(client):
    for getter, counter in LISTS.items():
        listed, count = getattr(client, getter)(), getattr(client, counter)()
        assert listed and count, (getter, listed, count)
        assert count == listed["count"] == len(listed["result"]), (getter, count, listed["count"])
        print(f"{getter}: {count}", flush=True)
    return client.get_clients(), client.get_sessions()


def check_singles(client, clients, sessions):
    first = clients["result"][0]["client_id"]
    assert client.get_client(first)["client_id"] == first
    assert client.get_active_clients()
    combiner = client.get_combiner("combiner")  # FEDn's client sends the name where the id goes
    assert combiner  # ... and an error body is a truthy dict too
    print(f"get_combiner('combiner'): {combiner}", flush=True)
    assert client.get_controller_status()
    assert len(client.get_model_trail()) == client.get_models_count()
    assert client.get_active_model()
    assert client.get_active_package()
    assert client.get_package_checksum()
    session_id = sessions["result"][0]["session_id"]
    assert client.get_session(id=session_id)["session_id"] == session_id
    print("single entities: ok", flush=True)


def main(command, *args):
    client = connect()
    if command == "set_package":
        path, helper, name = args
        print(client.set_active_package(path, helper, name), flush=True)
    elif command == "set_seed":
        print(client.set_active_model(args[0]), flush=True)
    elif command == "start_sf_session":
        name, rounds, helper = args
        started = client.start_session(
            name=name, rounds=int(rounds), helper=helper, server_functions=ServerFunctions
        )
        print(started, flush=True)
    elif command == "get_client_config":
        with open(args[0], "w") as out:
            out.write(yaml.dump(client.get_client_config(checksum=True)))
    elif command == "test_api_get_methods":
        check_singles(client, *check_lists(client))
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
