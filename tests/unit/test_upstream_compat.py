# ruff: noqa: E501  (upstream's import lines are kept exactly as users write them)
"""Upstream's import paths: user files written for FEDn 0.33 import unchanged (no network).

The import lines are the ones FEDn's own CI tests, examples and every ``server_functions.py``
start with; ``ServerFunctionsBase`` must offer upstream's method names and parameters, since
FEDn's hooks service calls them by those names.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import textwrap

#: FEDn 0.33.0's ServerFunctionsBase (fedn/network/combiner/hooks/serverfunctionsbase.py):
#: method -> parameter names after self.
UPSTREAM_SERVER_FUNCTIONS = {
    "__init__": [],
    "client_selection": ["client_ids"],
    "client_settings": ["global_model"],
    "aggregate": ["previous_global", "client_updates"],
    "incremental_aggregate": ["client_id", "model", "client_metadata", "previous_global"],
    "get_incremental_aggregate_model": [],
}
#: The public names of FEDn 0.33.0's allowed_import module.
UPSTREAM_ALLOWED_IMPORT = {
    "APIClient", "Dict", "List", "ServerFunctionsBase", "Tuple", "api_client", "host", "logger", "np", "os",
    "port", "print", "random",
}  # fmt: skip


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (import side effects stay out of this process)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", **env},
    )


def test_upstream_import_lines_work_unchanged() -> None:
    result = run_python(
        """
        from fedn.network.api.client import APIClient
        from fedn.network.combiner.hooks.allowed_import import Dict, List, ServerFunctionsBase, Tuple, api_client, np
        from fedn.network.combiner.hooks.serverfunctionsbase import ServerFunctionsBase as Base
        from fedn.common.log_config import logger
        import fedn

        assert APIClient is fedn.APIClient
        assert ServerFunctionsBase is Base
        assert isinstance(api_client, fedn.APIClient)
        assert np.zeros(2).tolist() == [0.0, 0.0]
        logger.info("shown at INFO, as upstream")
        print(api_client.base_url)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "http://api-server:8092"  # upstream's default controller address
    assert "[INFO] shown at INFO, as upstream" in result.stderr


def test_api_client_address_follows_the_hooks_service_settings() -> None:
    result = run_python(
        """
        from fedn.network.combiner.hooks.allowed_import import api_client, host, port
        print(api_client.base_url, host, port)
        """,
        REDUCER_SERVICE_HOST="127.0.0.1",
        REDUCER_SERVICE_PORT="8092",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://127.0.0.1:8092/internal", "127.0.0.1:8092/internal", "None"]


def test_allowed_import_has_upstreams_names() -> None:
    # a fresh interpreter: importing these modules configures the "fedn" logger, as upstream's do
    result = run_python(
        """
        import json
        from fedn.network.combiner.hooks import allowed_import

        names = sorted(allowed_import.__all__)
        present = [n for n in names if n not in ("api_client", "np") and getattr(allowed_import, n) is not None]
        try:
            allowed_import.no_such_name
        except AttributeError:
            missing_raises = True
        else:
            missing_raises = False
        print(json.dumps([names, present, allowed_import.print == allowed_import.logger.info, missing_raises]))
        """
    )
    assert result.returncode == 0, result.stderr
    names, present, print_is_log, missing_raises = json.loads(result.stdout)
    assert set(names) == UPSTREAM_ALLOWED_IMPORT
    assert set(present) == UPSTREAM_ALLOWED_IMPORT - {"api_client", "np"}  # those two load on use
    assert print_is_log and missing_raises


def test_server_functions_base_has_upstreams_methods() -> None:
    from fedn.network.combiner.hooks.serverfunctionsbase import ServerFunctions, ServerFunctionsBase

    for name, params in UPSTREAM_SERVER_FUNCTIONS.items():
        method = getattr(ServerFunctionsBase, name)
        assert list(inspect.signature(method).parameters)[1:] == params, name
    base = ServerFunctions()  # upstream's default implementation: every step is FEDn's default
    assert base.client_selection(["a"]) is None
    assert base.aggregate([], {}) is None


def test_a_user_class_sends_its_source() -> None:
    """start_session sends the class's source text; the compat base does not change that."""
    from fedn._operations import _server_functions_source
    from fedn.network.combiner.hooks.serverfunctionsbase import ServerFunctionsBase

    class ServerFunctions(ServerFunctionsBase):
        def client_selection(self, client_ids: list[str]) -> list[str]:
            return client_ids[:1]

    source = _server_functions_source(ServerFunctions)
    assert source is not None and source.lstrip().startswith("class ServerFunctions(ServerFunctionsBase):")


def test_log_config_logger_is_the_fedn_logger_at_info() -> None:
    result = run_python(
        """
        import logging
        from fedn.common.log_config import logger

        assert logger is logging.getLogger("fedn")
        assert logger.handlers  # upstream's import adds a stream handler
        assert logger.getEffectiveLevel() <= logging.INFO
        assert not logger.isEnabledFor(logging.DEBUG)  # our per-request debug records stay quiet
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
