"""Our own script for the local runner, with the import lines and the call of FEDn's example.

tests/unit/test_server_functions_local.py copies it as ``test_locally.py`` into a folder with
``client/model.py`` and ``server_functions.py`` (this folder's ``model.py`` and
``server_functions.py``) and runs it there.
"""

# ruff: noqa: I001  (the import lines of FEDn's example, as its authors wrote them)

from client.model import compile_model
from fedn.network.combiner.hooks.serverfunctionstest import test_server_functions
from server_functions import ServerFunctions

model = compile_model()
parameters_np = [val.cpu().numpy() for _, val in model.state_dict().items()]
client_metadata = {"num_examples": 1}
test_server_functions(ServerFunctions, parameters_np, client_metadata, rounds=5, num_clients=20)
