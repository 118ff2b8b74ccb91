"""What a ``server_functions.py`` written for FEDn imports (no hooks service).

FEDn runs server functions in its own hooks service, from the class's *source text*, which
:meth:`fedn.APIClient.start_session` sends (``server_functions=ServerFunctions``). These modules
exist so that the file defining that class imports unchanged where this library is installed:
:mod:`~fedn.network.combiner.hooks.allowed_import` and
:mod:`~fedn.network.combiner.hooks.serverfunctionsbase`; and
:mod:`~fedn.network.combiner.hooks.serverfunctionstest` runs such a class locally, in process,
as FEDn's hooks service and combiner would (upstream's ``test_locally.py`` runs unchanged).
"""
