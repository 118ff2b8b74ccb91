"""Results as pandas DataFrames (needs pandas: the ``[pandas]`` extra, or ``pip install pandas``).

* :func:`validations_dataframe` -- a session's validations, tidy: one row per client per round,
  each metric (the keys of the validation's JSON ``data``) a column.
* :func:`metrics_dataframe` -- a session's logged metrics (``/api/v1/metrics``), one row per
  client, round and step, each metric key a column.
* :func:`model_trail_dataframe` -- the model trail (seed first), one row per model.

Each takes a :class:`fedn.APIClient` and reads through its lazy iterators; the ``*_to_dataframe``
functions build the same frames from entities already fetched. Without pandas installed every
function raises :class:`PandasMissingError` (an :class:`ImportError`) saying how to install it.

Example::

    from fedn import APIClient
    from fedn.dataframes import validations_dataframe

    client = APIClient("localhost:8092")
    df = validations_dataframe(client, session_id)
    df.pivot(index="round", columns="client", values="training_loss")
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from fedn.client import APIClient
    from fedn_api.models import Metric, Model, Validation

__all__ = [
    "INSTALL_HINT",
    "PandasMissingError",
    "metrics_dataframe",
    "metrics_to_dataframe",
    "model_trail_dataframe",
    "model_trail_to_dataframe",
    "validations_dataframe",
    "validations_to_dataframe",
]

INSTALL_HINT = "pandas is needed for DataFrames: pip install pandas (the [pandas] extra of fedn-typed-client)"

#: Columns of :func:`validations_dataframe` before the metric columns.
VALIDATION_COLUMNS = ("session_id", "round", "model_id", "client", "client_id", "timestamp", "validation_id")
METRIC_COLUMNS = ("session_id", "round", "model_id", "client", "client_id", "step")
MODEL_COLUMNS = ("position", "model_id", "parent_model", "session_id", "name", "committed_at")


class PandasMissingError(ImportError):
    """pandas is not installed; the message says how to install the extra.

    Example::

        try:
            df = validations_dataframe(client, session_id)
        except PandasMissingError as err:
            print(err)
    """


def _pandas() -> ModuleType:
    """The pandas module (imported on first use: importing fedn.dataframes stays cheap).

    Raises :class:`PandasMissingError` when pandas is not installed; the typed ``pandas``
    module is then imported where it is used.
    """
    try:
        import pandas
    except ImportError as err:
        raise PandasMissingError(INSTALL_HINT) from err
    return pandas


def _metrics_of(validation: Validation) -> dict[str, object]:
    """The validation's JSON ``data`` as a flat dict of metrics (non-scalars kept as JSON text)."""
    if not validation.data:
        return {}
    try:
        data = json.loads(validation.data)
    except ValueError:
        return {"data": validation.data}
    if not isinstance(data, dict):
        return {"data": data}
    return {
        str(key): value if isinstance(value, int | float | str | bool) or value is None else json.dumps(value)
        for key, value in data.items()
    }


def _rounds_by_model(models: Iterable[Model]) -> dict[str, int]:
    """Model id -> round number (1-based) for a session's models.

    A session's models form a chain (each round's model is the parent of the next one's), so
    the chain is followed from the model whose parent is outside the session; timestamps (which
    the API gives to the second) only order models that are not on that chain.
    """
    session_models = list(models)
    ids = {model.model_id for model in session_models}
    children: dict[str, list[Model]] = {}
    for model in session_models:
        children.setdefault(model.parent_model or "", []).append(model)
    roots = [model for model in session_models if (model.parent_model or "") not in ids]
    rounds: dict[str, int] = {}
    if len(roots) == 1:
        current: Model | None = roots[0]
        while current is not None and current.model_id not in rounds:
            rounds[current.model_id] = len(rounds) + 1
            following = children.get(current.model_id, [])
            current = following[0] if len(following) == 1 else None
    rest = sorted(
        (m for m in session_models if m.model_id not in rounds),
        key=lambda m: (m.committed_at is None, m.committed_at),
    )
    for model in rest:
        rounds[model.model_id] = len(rounds) + 1
    return rounds


def validations_to_dataframe(
    validations: Iterable[Validation], rounds: dict[str, int] | None = None
) -> pd.DataFrame:
    """A tidy DataFrame of validations; ``rounds`` maps model ids onto round numbers.

    Example::

        df = validations_to_dataframe(client.iter_validations(session_id=sid), rounds)
    """
    _pandas()
    import pandas as pd

    rows: list[dict[str, object]] = []
    metric_names: dict[str, None] = {}
    for validation in validations:
        metrics = _metrics_of(validation)
        metric_names.update(dict.fromkeys(metrics))
        sender = validation.sender
        rows.append(
            {
                "session_id": validation.session_id,
                "round": (rounds or {}).get(validation.model_id or ""),
                "model_id": validation.model_id,
                "client": sender.name if sender is not None else None,
                "client_id": sender.client_id if sender is not None else None,
                "timestamp": validation.timestamp,
                "validation_id": validation.validation_id,
                **metrics,
            }
        )
    columns = [*VALIDATION_COLUMNS, *(m for m in metric_names if m not in VALIDATION_COLUMNS)]
    frame = pd.DataFrame(rows, columns=columns)
    frame["round"] = frame["round"].astype("Int64")
    return frame.sort_values(["round", "client", "timestamp"], kind="stable", ignore_index=True)


def validations_dataframe(client: APIClient, session_id: str, *, page_size: int = 500) -> pd.DataFrame:
    """A session's validations: one row per client per round, each metric a column.

    ``round`` numbers the session's models along their parent chain (round 1 validates the
    model the first round produced); ``client`` is the validating client's name.

    Example::

        df = validations_dataframe(client, session.session_id)
        df.groupby("round")["training_accuracy"].mean()
    """
    _pandas()
    rounds = _rounds_by_model(client.iter_models(session_id=session_id, page_size=page_size))
    return validations_to_dataframe(
        client.iter_validations(session_id=session_id, page_size=page_size), rounds
    )


def metrics_to_dataframe(metrics: Iterable[Metric], rounds: dict[str, int] | None = None) -> pd.DataFrame:
    """Logged metrics pivoted: one row per client, model and step, each metric key a column.

    ``rounds`` maps the model a round *trains from* (a metric's ``model_id``) onto the round's
    number; without it the controller's ``round_id`` is used.

    Example::

        df = metrics_to_dataframe(client.iter_metrics(session_id=sid))
    """
    _pandas()
    import pandas as pd

    records = [
        {
            "session_id": metric.session_id,
            "round": (rounds or {}).get(metric.model_id or "")
            or (int(metric.round_id) if metric.round_id and metric.round_id.isdigit() else None),
            "model_id": metric.model_id,
            "client": metric.sender.name,
            "client_id": metric.sender.client_id,
            "step": metric.step,
            "key": metric.key,
            "value": metric.value,
        }
        for metric in metrics
    ]
    if not records:
        return pd.DataFrame(columns=list(METRIC_COLUMNS))
    long = pd.DataFrame(records)
    index = list(METRIC_COLUMNS)
    wide = long.pivot_table(index=index, columns="key", values="value", aggfunc="last", dropna=False)
    wide = wide.dropna(how="all").reset_index()
    wide.columns.name = None
    wide["round"] = wide["round"].astype("Int64")
    return wide.sort_values(["round", "client", "step"], kind="stable", ignore_index=True)


def metrics_dataframe(client: APIClient, session_id: str, *, page_size: int = 500) -> pd.DataFrame:
    """A session's logged metrics (``/api/v1/metrics``), one row per client, round and step.

    ``round`` numbers the rounds along the session's model chain: round 1 trains from the seed
    (or the model the session started from), round 2 from round 1's model, and so on.

    Example::

        metrics_dataframe(client, session.session_id)
    """
    _pandas()
    models = list(client.iter_models(session_id=session_id, page_size=page_size))
    return metrics_to_dataframe(
        client.iter_metrics(session_id=session_id, page_size=page_size), _training_rounds(models)
    )


def _training_rounds(models: list[Model]) -> dict[str, int]:
    """Model id -> number of the round that trained from it.

    A client's metrics carry the model it trains (the round's starting point, the previous
    round's result or the seed), not the model the round produces: round ``n`` trains from the
    parent of the ``n``-th model of the session's chain.
    """
    produced = _rounds_by_model(models)
    return {model.parent_model: produced[model.model_id] for model in models if model.parent_model}


def model_trail_to_dataframe(trail: Iterable[Model]) -> pd.DataFrame:
    """One row per model of a trail, in the trail's order (``position`` 0 is its first model).

    Example::

        model_trail_to_dataframe(client.get_model_trail())
    """
    _pandas()
    import pandas as pd

    rows = [
        {
            "position": position,
            "model_id": model.model_id,
            "parent_model": model.parent_model,
            "session_id": model.session_id,
            "name": model.name,
            "committed_at": model.committed_at,
        }
        for position, model in enumerate(trail)
    ]
    return pd.DataFrame(rows, columns=list(MODEL_COLUMNS))


def model_trail_dataframe(
    client: APIClient, id: str | None = None, *, reverse: bool | None = None
) -> pd.DataFrame:
    """The model trail ending at ``id`` (default: the latest model), seed first unless ``reverse``.

    Example::

        trail = model_trail_dataframe(client)
        trail.groupby("session_id").size()
    """
    _pandas()
    return model_trail_to_dataframe(client.get_model_trail(id, reverse=reverse))
