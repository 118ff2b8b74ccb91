"""Server functions for tests/live/test_server_functions.py, written as for upstream FEDn.

The import line is upstream's (examples/server-functions/server_functions.py): the names exist in
FEDn's hooks service, which runs the *source text* of :class:`ServerFunctions` (sent by
``APIClient.start_session(server_functions=ServerFunctions)``); here it only lets the file load
with this library installed.

Every function leaves a trace the test can check in the server's data:

* ``client_selection`` asks the controller (``api_client``) for the clients' names and picks the
  one whose name sorts first: one trainer per round, so the round's combiner data show
  ``nr_aggregated_models == 1`` (FEDn's default trains every client).
* ``client_settings`` sends the sum of the global model's parameters; the combiner passes it to
  the trainer in the round's training request, which the statestore keeps as a status.
* ``aggregate`` ignores the trained parameters and moves every parameter of the previous global
  model by ``STEP``. It refuses anything but exactly one update: FEDn would then fall back to
  FedAvg, which the test would see in the weights.
"""

from fedn.network.combiner.hooks.allowed_import import Dict, List, ServerFunctionsBase, Tuple, api_client, np  # noqa: F401


class ServerFunctions(ServerFunctionsBase):
    """One trainer per round (the first by name), settings from the global model, a fixed step."""

    STEP = 0.25

    def client_selection(self, client_ids: list[str]) -> list[str]:
        names = {c["client_id"]: c["name"] for c in api_client.get_clients()["result"]}
        chosen = min(client_ids, key=lambda cid: (names.get(cid, "\uffff"), cid))
        print(f"server functions: client {names.get(chosen)} ({chosen}) trains, of {len(client_ids)}")
        return [chosen]

    def client_settings(self, global_model: list[np.ndarray]) -> dict:
        return {"global_model_sum": float(sum(np.sum(p) for p in global_model))}

    def aggregate(
        self,
        previous_global: list[np.ndarray],
        client_updates: dict[str, tuple[list[np.ndarray], dict]],
    ) -> list[np.ndarray]:
        if len(client_updates) != 1:
            raise ValueError(f"expected exactly one client update, got {len(client_updates)}")
        return [np.asarray(p, dtype=np.float64) + self.STEP for p in previous_global]
