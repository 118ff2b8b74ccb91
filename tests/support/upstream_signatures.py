"""FEDn 0.33.0's public ``APIClient`` API, as data: method name -> [(parameter, default)].

Read from upstream's ``fedn/network/api/client.py`` (FEDn 0.33.0); upstream is never imported.
``REQUIRED`` marks a parameter without a default. ``DELIBERATE_DEFAULT_CHANGES`` lists the only
defaults we change on purpose, each with the reason (tests/unit/test_signatures.py checks both).
"""

REQUIRED = object()

UPSTREAM_VERSION = "0.33.0"

UPSTREAM_METHODS: dict[str, list[tuple[str, object]]] = {
    "__init__": [
        ("host", REQUIRED),
        ("port", None),
        ("secure", False),
        ("verify", False),
        ("token", None),
        ("auth_scheme", None),
    ],
    "get_client": [("id", REQUIRED)],
    "get_clients": [("n_max", None)],
    "get_clients_count": [],
    "get_client_config": [("checksum", True)],
    "get_active_clients": [("combiner_id", None), ("n_max", None)],
    "get_combiner": [("id", REQUIRED)],
    "get_combiners": [("n_max", None)],
    "get_combiners_count": [],
    "get_controller_status": [],
    "get_model": [("id", REQUIRED)],
    "get_models": [("session_id", None), ("n_max", None)],
    "get_models_count": [],
    "get_active_model": [],
    "get_model_trail": [("id", None), ("include_self", True), ("reverse", True), ("n_max", None)],
    "download_model": [("id", REQUIRED), ("path", REQUIRED)],
    "set_active_model": [("path", REQUIRED)],
    "get_package": [("id", REQUIRED)],
    "get_packages": [("n_max", None)],
    "get_packages_count": [],
    "get_active_package": [],
    "get_package_checksum": [],
    "download_package": [("path", REQUIRED)],
    "set_active_package": [("path", REQUIRED), ("helper", REQUIRED), ("name", REQUIRED), ("description", "")],
    "get_round": [("id", REQUIRED)],
    "get_rounds": [("n_max", None)],
    "get_rounds_count": [],
    "get_session": [("id", None), ("name", None)],
    "get_sessions": [("n_max", None), ("name", None)],
    "get_sessions_count": [],
    "get_session_status": [("id", REQUIRED)],
    "session_is_finished": [("id", REQUIRED)],
    "start_session": [
        ("name", None),
        ("aggregator", "fedavg"),
        ("aggregator_kwargs", None),
        ("model_id", None),
        ("round_timeout", 180),
        ("rounds", 5),
        ("round_buffer_size", -1),
        ("delete_models", True),
        ("validate", True),
        ("helper", None),
        ("min_clients", 1),
        ("requested_clients", 8),
        ("server_functions", None),
    ],
    "start_splitlearning_session": [
        ("name", None),
        ("model_id", None),
        ("round_timeout", 180),
        ("rounds", 5),
        ("round_buffer_size", -1),
        ("delete_models", True),
        ("validate", False),
        ("min_clients", 1),
        ("requested_clients", 8),
    ],
    "continue_session": [("session_id", REQUIRED), ("rounds", 5), ("round_timeout", 180)],
    "get_status": [("id", REQUIRED)],
    "get_statuses": [
        ("session_id", None),
        ("event_type", None),
        ("sender_name", None),
        ("sender_role", None),
        ("n_max", None),
    ],
    "get_statuses_count": [],
    "get_validation": [("id", REQUIRED)],
    "get_validations": [
        ("session_id", None),
        ("model_id", None),
        ("correlation_id", None),
        ("sender_name", None),
        ("sender_role", None),
        ("receiver_name", None),
        ("receiver_role", None),
        ("n_max", None),
    ],
    "get_validations_count": [],
    "get_predictions": [
        ("model_id", None),
        ("correlation_id", None),
        ("sender_name", None),
        ("sender_role", None),
        ("receiver_name", None),
        ("receiver_role", None),
        ("n_max", None),
    ],
    "start_predictions": [("prediction_id", None), ("model_id", None)],
    "get_current_attributes": [("client_list", REQUIRED)],
    "add_attributes": [("attribute", REQUIRED)],
}

#: (method, parameter) -> (upstream default, our default, why)
DELIBERATE_DEFAULT_CHANGES: dict[tuple[str, str], tuple[object, object, str]] = {
    ("__init__", "verify"): (False, True, "upstream silently disables TLS certificate checks by default"),
    ("get_model_trail", "reverse"): (
        True,
        None,
        "default order runs seed -> latest as FEDn's documentation reads it; an explicit reverse=True "
        "gives newest first, so the default must differ from True",
    ),
    ("set_active_package", "name"): (
        REQUIRED,
        None,
        "FEDn's documentation calls set_active_package(path, helper=...) without a name",
    ),
}
