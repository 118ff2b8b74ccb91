"""Plots of sessions (optional extra: ``pip install 'fedn-typed-client[plot]'``, matplotlib).

* :func:`plot_session_metrics` -- a validation metric per round: one line per client and the
  mean across clients.
* :func:`plot_sessions` -- the mean of a validation metric per round, one line per session,
  labelled with the session's name and aggregator (FedAvg against FedAdam, FedYogi, ...).
* :func:`plot_training_metrics` -- the rows clients logged to ``/api/v1/metrics`` (one line per
  client, step after step).

Each function takes a :class:`fedn.APIClient`, draws on ``ax`` (default: a new figure) and
returns the :class:`matplotlib.axes.Axes` it drew on. Sessions are given by id or name.
Validations and metrics are read page by page (``iter_validations``, ``iter_metrics``) and only
the plotted numbers are kept, so a long session is read in bounded memory. A validation's
metrics are the numeric items of its JSON ``data``; round ``n`` is the ``n``-th model the
session produced (its parent chain), so a client's validation of that model is its round-``n``
value (the latest one if a client validated a model twice).

Errors: an unknown session raises :class:`~fedn.errors.NotFoundError` (from
:meth:`~fedn.APIClient.get_session`); a metric (or key) the session does not have, or a session
without any, raises :class:`~fedn.errors.PreconditionNotFoundError` (a ``NotFoundError``) whose
message lists the metrics that exist. Without matplotlib every function raises
:class:`MatplotlibMissingError` (an :class:`ImportError`) saying how to install it, before any
request; an :class:`~fedn.AsyncAPIClient` raises :class:`~fedn.errors.InvalidInputError`, also
before any request (the plots read through the synchronous client). Importing this module loads
neither matplotlib nor the client.

Example (in a notebook the figures show by themselves)::

    from fedn import APIClient
    from fedn.plots import plot_session_metrics, plot_sessions, plot_training_metrics

    client = APIClient("localhost:8092")
    plot_session_metrics(client, "fedavg-run", metric="test_loss")
    ax = plot_sessions(client, ["fedavg-run", "fedadam-run"])
    ax.figure.savefig("sessions.png")
"""

from __future__ import annotations

import ast
import inspect
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from fedn.dataframes import _metrics_of, _rounds_by_model
from fedn.errors import InvalidInputError, PreconditionNotFoundError

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from fedn.client import APIClient
    from fedn_api.models import Session, Validation

__all__ = [
    "INSTALL_HINT",
    "MatplotlibMissingError",
    "plot_session_metrics",
    "plot_sessions",
    "plot_training_metrics",
    "session_label",
]

INSTALL_HINT = "matplotlib is needed for plots: pip install 'fedn-typed-client[plot]'"
PAGE_SIZE = 500


class MatplotlibMissingError(ImportError):
    """matplotlib is not installed; the message says how to install the extra.

    Example::

        try:
            plot_sessions(client, ["s1", "s2"])
        except MatplotlibMissingError as err:
            print(err)
    """


def _check(client: object) -> None:
    """matplotlib is installed and ``client`` is a synchronous client (before any request)."""
    if inspect.iscoroutinefunction(getattr(client, "get_session", None)):
        raise InvalidInputError("fedn.plots reads through a synchronous APIClient, not an AsyncAPIClient")
    try:
        import matplotlib  # noqa: F401
    except ImportError as err:
        raise MatplotlibMissingError(INSTALL_HINT) from err


def _axes(ax: Axes | None) -> Axes:
    """``ax``, or the axes of a new pyplot figure (shown by notebooks, saved by scripts)."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=(7.5, 4.5), layout="constrained")
    return new


def _integer_rounds(ax: Axes) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("round")


# --- reading ---------------------------------------------------------------------------------------------


def _numeric(metrics: dict[str, object]) -> dict[str, float]:
    return {
        name: float(value)
        for name, value in metrics.items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }


def _client_of(validation: Validation) -> str:
    sender = validation.sender
    if sender is not None:
        return str(sender.name or sender.client_id or "unknown client")
    return "unknown client"


def session_label(session: Mapping[str, Any]) -> str:
    """A session's legend label, ``"name (aggregator)"``; FedOpt with its server optimizer.

    ``session`` is a :class:`~fedn_api.models.Session` (or its JSON).

    >>> session_label({"name": "run1", "session_config": {"aggregator": "fedavg"}})
    'run1 (fedavg)'
    >>> session_label({"name": "run2", "session_config": {"aggregator": "fedopt",
    ...     "aggregator_kwargs": "{'serveropt': 'adam', 'learning_rate': 0.01}"}})
    'run2 (fedopt: adam)'
    """
    config = session.get("session_config") or {}
    aggregator = str(config.get("aggregator") or "fedavg")
    kwargs: object = config.get("aggregator_kwargs")
    if isinstance(kwargs, str):  # FEDn stores the Python-literal text of the dict
        try:
            kwargs = ast.literal_eval(kwargs)
        except (ValueError, SyntaxError):
            kwargs = None
    if isinstance(kwargs, dict) and kwargs.get("serveropt"):
        aggregator = f"{aggregator}: {kwargs['serveropt']}"
    name = session.get("name") or session.get("session_id")
    return f"{name} ({aggregator})"


class _SessionMetric:
    """One validation metric of one session: ``values[client][round]``."""

    def __init__(self, session: Session, metric: str, values: dict[str, dict[int, float]]) -> None:
        self.session = session
        self.metric = metric
        self.values = values

    def rounds(self) -> list[int]:
        return sorted({number for per_round in self.values.values() for number in per_round})

    def means(self) -> tuple[list[int], list[float]]:
        """Rounds and the mean across the clients that validated each round."""
        rounds = self.rounds()
        means = []
        for number in rounds:
            values = [per_round[number] for per_round in self.values.values() if number in per_round]
            means.append(math.fsum(values) / len(values))
        return rounds, means


def _read_session_metric(client: APIClient, session_id: str, metric: str | None) -> _SessionMetric:
    """Read a session's validations page by page, keeping only ``metric`` (default: the first
    numeric metric of its first validation) per client and round."""
    session = client.get_session(session_id)
    sid = session.session_id
    rounds = _rounds_by_model(client.iter_models(session_id=sid, page_size=PAGE_SIZE))
    names: dict[str, None] = {}
    chosen = metric
    values: dict[str, dict[int, float]] = {}
    stamps: dict[tuple[str, int], str] = {}
    for validation in client.iter_validations(session_id=sid, page_size=PAGE_SIZE):
        numeric = _numeric(_metrics_of(validation))
        names.update(dict.fromkeys(numeric))
        if chosen is None and numeric:
            chosen = next(iter(numeric))
        number = rounds.get(validation.model_id or "")
        if number is None or chosen not in numeric:
            continue
        who = _client_of(validation)
        stamp = str(validation.committed_at or validation.timestamp or "")
        if (who, number) in stamps and stamps[(who, number)] > stamp:
            continue  # a later validation of the same model by the same client wins
        stamps[(who, number)] = stamp
        values.setdefault(who, {})[number] = numeric[chosen]
    label = session_label(session)
    if not names:
        raise PreconditionNotFoundError(
            f"session {label} has no validations with numeric metrics (validations of the last round "
            "can land a moment after the session finished)"
        )
    if chosen is None or chosen not in names:
        raise PreconditionNotFoundError(
            f"session {label} has no validation metric {chosen!r}; its metrics: {', '.join(names)}"
        )
    if not values:
        raise PreconditionNotFoundError(f"session {label} has no validations of its own models")
    return _SessionMetric(session, chosen, values)


# --- plots -----------------------------------------------------------------------------------------------


def plot_session_metrics(
    client: APIClient, session_id: str, metric: str | None = None, ax: Axes | None = None
) -> Axes:
    """A validation metric of one session per round: one line per client, and their mean.

    ``session_id`` is the session's id or name; ``metric`` a key of the validations' JSON
    ``data`` (default: the first numeric one, e.g. ``training_loss``). The client lines are thin
    and labelled with the clients' names, the mean is the thick black line labelled ``"mean"``
    (drawn last); the title is the session's name and aggregator.

    Example::

        ax = plot_session_metrics(client, "test-session", metric="test_loss")
        ax.figure.savefig("test-session.png")
    """
    _check(client)
    data = _read_session_metric(client, session_id, metric)
    axes = _axes(ax)
    for who in sorted(data.values):
        per_round = data.values[who]
        xs = sorted(per_round)
        axes.plot(xs, [per_round[x] for x in xs], marker="o", linewidth=1, alpha=0.7, label=who)
    rounds, means = data.means()
    axes.plot(rounds, means, color="black", marker="o", linewidth=2.5, label="mean")
    _integer_rounds(axes)
    axes.set_ylabel(data.metric)
    axes.set_title(session_label(data.session))
    axes.legend()
    return axes


def plot_sessions(
    client: APIClient, session_ids: Sequence[str], metric: str | None = None, ax: Axes | None = None
) -> Axes:
    """The mean of a validation metric per round, one line per session, to compare aggregators.

    Each line is labelled ``"name (aggregator)"`` (``"fedopt: adam"`` for FedAdam, ...);
    ``session_ids`` are ids or names; ``metric`` defaults to the first session's first numeric
    metric, and every session must have it.

    Example::

        ax = plot_sessions(client, ["fedavg-run", "fedadam-run"], metric="test_loss")
    """
    _check(client)
    if isinstance(session_ids, str):
        session_ids = [session_ids]
    if not session_ids:
        raise InvalidInputError("plot_sessions needs at least one session id or name")
    chosen = metric
    series: list[_SessionMetric] = []
    for session_id in session_ids:
        data = _read_session_metric(client, session_id, chosen)
        chosen = data.metric
        series.append(data)
    axes = _axes(ax)
    for data in series:
        rounds, means = data.means()
        axes.plot(rounds, means, marker="o", linewidth=2, label=session_label(data.session))
    _integer_rounds(axes)
    axes.set_ylabel(f"{chosen} (mean across clients)")
    axes.set_title(f"{chosen} per round")
    axes.legend()
    return axes


def _round_order(round_ids: Iterable[str]) -> list[str]:
    """Round ids in order: numerically when they are numbers (FEDn counts rounds), else as met."""
    seen = list(dict.fromkeys(round_ids))
    if all(round_id.isdigit() for round_id in seen):
        return sorted(seen, key=int)
    return seen


def plot_training_metrics(
    client: APIClient, session_id: str, key: str | None = None, ax: Axes | None = None
) -> Axes:
    """Metrics clients logged while training (``/api/v1/metrics``): one line per client.

    ``key`` is the metric's name (default: the first one logged). The x axis counts steps
    across the session's rounds, one round after the other (round ``n`` starts where round
    ``n - 1`` ended; dotted lines mark the rounds); the title names the session and the key.

    Example::

        ax = plot_training_metrics(client, "test-session", key="training_mse")
    """
    _check(client)
    session = client.get_session(session_id)
    keys: dict[str, None] = {}
    chosen = key
    rows: dict[str, list[tuple[str, int, float]]] = {}  # client -> (round id, step, value)
    for row in client.iter_metrics(session_id=session.session_id, page_size=PAGE_SIZE):
        name = row.key or ""
        keys[name] = None
        if chosen is None:
            chosen = name
        if name != chosen or not isinstance(row.value, int | float):
            continue
        who = str(row.sender.name or row.sender.client_id or "unknown client")
        series = rows.setdefault(who, [])
        step = row.step if isinstance(row.step, int) else len(series)
        series.append((row.round_id or "", step, float(row.value)))
    label = session_label(session)
    if not keys:
        raise PreconditionNotFoundError(f"session {label} has no training metrics in /api/v1/metrics")
    if not rows:
        raise PreconditionNotFoundError(
            f"session {label} has no training metric {chosen!r}; its metrics: {', '.join(keys)}"
        )
    order = _round_order(round_id for series in rows.values() for round_id, _, _ in series)
    steps = {round_id: 0 for round_id in order}  # steps of each round (the most any client logged)
    for series in rows.values():
        for round_id, step, _ in series:
            steps[round_id] = max(steps[round_id], step + 1)
    offsets: dict[str, int] = {}
    start = 0
    for round_id in order:
        offsets[round_id] = start
        start += steps[round_id]
    axes = _axes(ax)
    for who in sorted(rows):
        series = sorted(rows[who], key=lambda item: (offsets[item[0]], item[1]))
        xs = [offsets[round_id] + step for round_id, step, _ in series]
        axes.plot(xs, [value for _, _, value in series], marker=".", linewidth=1.5, label=who)
    for number, round_id in enumerate(order, start=1):
        if number > 1:
            axes.axvline(offsets[round_id] - 0.5, color="grey", linestyle=":", linewidth=1)
    axes.set_xlabel(f"step ({len(order)} rounds, one after the other)")
    axes.set_ylabel(str(chosen))
    axes.set_title(f"{label}: {chosen} while training")
    axes.legend()
    return axes
