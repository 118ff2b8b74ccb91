"""Our own ServerFunctions for the local runner, written as FEDn's example is (same import line).

Every function prints (through FEDn's logger, as ``print`` in a server-functions file does) what
the test then checks: the selection keeps every other client, the settings halve the learning rate
each round, and ``aggregate`` takes the weighted mean of the updates and reports its sum.
"""

from fedn.network.combiner.hooks.allowed_import import Dict, List, ServerFunctionsBase, Tuple, np


class ServerFunctions(ServerFunctionsBase):
    """Every other client, a halving learning rate, a weighted mean."""

    def __init__(self) -> None:
        self.round = 0
        self.learning_rate = 0.2

    def client_selection(self, client_ids: List[str]) -> List[str]:
        chosen = client_ids[::2]
        print(f"local selection: {len(chosen)} of {len(client_ids)}: {chosen[:3]}")
        return chosen

    def client_settings(self, global_model: List[np.ndarray]) -> dict:
        self.round += 1
        self.learning_rate /= 2
        print(f"local settings: round {self.round}, {len(global_model)} arrays, rate {self.learning_rate}")
        return {"learning_rate": self.learning_rate}

    def aggregate(
        self, previous_global: List[np.ndarray], client_updates: Dict[str, Tuple[List[np.ndarray], dict]]
    ) -> List[np.ndarray]:
        total = sum(metadata["num_examples"] for _, metadata in client_updates.values())
        mean = [
            sum(parameters[i] * metadata["num_examples"] for parameters, metadata in client_updates.values())
            / total
            for i in range(len(previous_global))
        ]
        total_sum = sum(float(np.sum(p)) for p in mean)
        print(f"local aggregate: round {self.round}, {len(client_updates)} updates, sum {total_sum:.3f}")
        return mean
