"""A ``ServerFunctions`` class run in process, as FEDn 0.33's hooks service and combiner run it.

FEDn runs a user's server functions in its hooks service, from the class's source text, and its
combiner decides in each round which of them to call. This module does both without any server:

* :class:`FunctionService` is the hooks service's side. :meth:`~FunctionService.provide` loads
  the source (the names of :mod:`fedn.network.combiner.hooks.allowed_import` in scope, one
  instance kept while the source stays the same) and says which of the four functions it
  defines (``client_selection``, ``client_settings``, ``aggregate``,
  ``incremental_aggregate``). Each call hands the user's function what the service would
  (models as fresh numpy arrays, values that went through JSON) and checks what comes back the
  same way. A function that raises, or answers what FEDn could not send on, is *retired* (it
  counts as not provided until new source arrives), the error is logged with the user's line,
  and the call answers what the service answers then (no selection, no settings, no model).
* :func:`run_round` is the combiner's side of one training round: the functions the class
  provides are called in the combiner's order (selection, settings, then each client's
  metadata and model, then the aggregation) and FEDn's defaults take over for the others and
  for a selection or settings that failed: every client trains, no settings, FedAvg weighted
  by ``num_examples``. A failed aggregation leaves the round without a new model, as in FEDn.

Used by :func:`fedn.network.combiner.hooks.serverfunctionstest.test_server_functions`, upstream's
local runner, and by the fake controller's combiner (:mod:`fedn.testing`), which calls the
service's steps itself (its clients and models are its own). numpy is imported on first use (it
is not a dependency of this library).

Example::

    service = FunctionService()
    result = run_round(service, source, ["c1", "c2"], global_model, train)
    print(result.selected, result.client_settings, result.aggregated_by)
"""

from __future__ import annotations

import ast
import builtins
import importlib
import json
import linecache
import logging
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import CodeType, ModuleType
from typing import TYPE_CHECKING, Any

from fedn.network.combiner.hooks import allowed_import

if TYPE_CHECKING:
    import numpy as np

    Weights = list[np.ndarray[Any, Any]]
else:
    Weights = list

__all__ = [
    "AGGREGATION_ATTEMPTS",
    "FUNCTIONS",
    "FunctionFailure",
    "FunctionService",
    "RoundResult",
    "Train",
    "aggregate_updates",
    "fedavg",
    "run_round",
]

logger = logging.getLogger("fedn")

#: The functions a ServerFunctions class may provide, in the order FEDn asks about them.
FUNCTIONS = ("client_selection", "client_settings", "aggregate", "incremental_aggregate")

#: How often FEDn 0.33's combiner asks the hooks service to aggregate before its fallback.
AGGREGATION_ATTEMPTS = 3

#: A client's training in a simulated round: (client id, global model, settings) -> (model, metadata).
Train = Callable[[str, "Weights", Mapping[str, Any]], tuple["Weights", Mapping[str, Any]]]


def _numpy() -> Any:
    return importlib.import_module("numpy")


def _copy(model: Sequence[Any], what: str) -> Weights:
    """Fresh numpy arrays of ``model``, as a model that went through FEDn's numpy helper (``.npz``)."""
    if not isinstance(model, list | tuple):
        raise TypeError(f"{what} must be a list of numpy arrays, got {type(model).__name__}")
    np = _numpy()
    arrays = [np.array(weights, copy=True) for weights in model]
    if any(array.dtype == object for array in arrays):
        raise TypeError(f"{what} must hold numeric arrays (an .npz file cannot carry Python objects)")
    return arrays


def _through_json(value: object) -> Any:
    """``value`` as it arrives on the other side of the service's JSON (raises when it cannot go)."""
    return json.loads(json.dumps(value))


def _names_used(code: CodeType) -> set[str]:
    """Every global name the compiled source (and the functions in it) refers to."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _names_used(const)
    return names


class _AllowedNames(ModuleType):
    """:mod:`~fedn.network.combiner.hooks.allowed_import` with some names given otherwise."""

    def __init__(self, given: Mapping[str, Any]) -> None:
        super().__init__(allowed_import.__name__, allowed_import.__doc__)
        self.__dict__.update(given)

    def __getattr__(self, name: str) -> Any:
        return getattr(allowed_import, name)


def _importer(module: ModuleType) -> Callable[..., Any]:
    """``__import__`` that answers ``from <module's name> import ...`` with ``module``."""

    def import_(
        name: str,
        globals: Mapping[str, Any] | None = None,
        locals: Mapping[str, Any] | None = None,
        fromlist: Sequence[str] = (),
        level: int = 0,
    ) -> ModuleType:
        if name == module.__name__ and level == 0 and fromlist:
            return module
        return builtins.__import__(name, globals, locals, fromlist, level)

    return import_


@dataclass(frozen=True)
class FunctionFailure:
    """A user function that raised (or answered what FEDn cannot send on), and was retired."""

    function: str
    error: BaseException
    #: ``"line N: <source line>"`` in the user's class, when the error was raised there
    where: str | None = None


@dataclass
class FunctionService:
    """FEDn's hooks service in process: loads a ServerFunctions class, calls its functions.

    ``failures`` lists every function retired so far, in order.
    """

    #: names of :mod:`~fedn.network.combiner.hooks.allowed_import` given otherwise here: each is
    #: made on first use by a source that refers to it (the fake controller's ``api_client``
    #: talks to the fake itself)
    names: Mapping[str, Callable[[], Any]] = field(default_factory=dict)
    source: str | None = None
    provided: dict[str, bool] = field(default_factory=dict)
    failures: list[FunctionFailure] = field(default_factory=list)
    _instance: Any = None
    _filename: str = ""
    _previous_global: Weights | None = None
    _updates: dict[str, list[Any]] = field(default_factory=dict)

    def provide(self, source: str) -> dict[str, bool]:
        """Which of :data:`FUNCTIONS` the class in ``source`` provides (loading it if the source is new).

        A class that cannot be loaded (a syntax error, an exception in ``__init__``, no class
        named ``ServerFunctions``) provides none; otherwise a function counts as provided when the
        source defines a function of its name, until it fails.
        """
        if source == self.source:
            return dict(self.provided)
        self.source = source
        self._updates = {}
        try:
            self._instance = self._load(source)
        except Exception as err:
            self._instance = None
            self.provided = dict.fromkeys(FUNCTIONS, False)
            self._fail("ServerFunctions", err)
            return dict(self.provided)
        defined = {node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}
        self.provided = {name: name in defined for name in FUNCTIONS}
        logger.info("server functions: provided %s", self.provided)
        return dict(self.provided)

    def _load(self, source: str) -> Any:
        """A ``ServerFunctions`` instance from ``source``, with allowed_import's names in scope."""
        self._filename = f"<server_functions {abs(hash(source)):x}>"
        code = compile(source, self._filename, "exec")
        lines = [line if line.endswith("\n") else line + "\n" for line in source.splitlines()]
        linecache.cache[self._filename] = (len(source), None, lines, self._filename)
        scope: dict[str, Any] = {"__name__": "server_functions"}
        used = _names_used(code) & set(allowed_import.__all__)
        given = {name: self.names[name]() for name in sorted(used & set(self.names))}
        for name in sorted(used):
            scope[name] = given[name] if name in given else getattr(allowed_import, name)
        if given:  # the source's own import line must find them too
            scope["__builtins__"] = {**vars(builtins), "__import__": _importer(_AllowedNames(given))}
        exec(code, scope)  # the user's own class, as FEDn's hooks service runs it
        if "ServerFunctions" not in scope:
            raise NameError("the source defines no class named ServerFunctions")
        return scope["ServerFunctions"]()

    def _fail(self, function: str, err: BaseException) -> None:
        """Retire ``function`` and log where in the user's source it failed."""
        if function in self.provided:
            self.provided[function] = False
        frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == self._filename]
        where = f"line {frames[-1].lineno}: {(frames[-1].line or '').strip()}" if frames else None
        self.failures.append(FunctionFailure(function, err, where))
        at = f" at {where}" if where else ""
        logger.error("server functions: %s failed%s: %r; FEDn's default is used instead", function, at, err)

    def select_clients(self, client_ids: Sequence[str]) -> list[str] | None:
        """The user's ``client_selection(client_ids)``; ``[]`` after a failure (FEDn then picks)."""
        try:
            chosen = _through_json(self._instance.client_selection(_through_json(list(client_ids))))
        except Exception as err:
            self._fail("client_selection", err)
            return []
        logger.info("server functions: clients selected: %s", chosen)
        return chosen  # type: ignore[no-any-return]

    def client_settings(self, global_model: Weights) -> dict[str, Any]:
        """The user's ``client_settings(global_model=...)``; ``{}`` after a failure."""
        try:
            settings = _through_json(
                self._instance.client_settings(global_model=_copy(global_model, "model"))
            )
        except Exception as err:
            self._fail("client_settings", err)
            return {}
        logger.info("server functions: client settings: %s", settings)
        return settings if isinstance(settings, dict) else {}

    def store_global(self, model: Weights) -> None:
        """Receive the round's previous global model."""
        self._previous_global = _copy(model, "global model")

    def store_update(self, client_id: str, model: Weights, metadata: Mapping[str, Any]) -> None:
        """Receive one client's metadata and model (the combiner sends the metadata first).

        With ``incremental_aggregate`` provided, the update goes to it at once and is not kept
        (unless it fails: then :meth:`aggregate` gets it).
        """
        self._updates[client_id] = [_copy(model, "client model"), _through_json(dict(metadata))]
        if self.provided.get("incremental_aggregate"):
            try:
                self._instance.incremental_aggregate(
                    client_id, *self._updates[client_id], self._previous_global
                )
            except Exception as err:
                self._fail("incremental_aggregate", err)
            else:
                del self._updates[client_id]

    def aggregate(self) -> Weights | None:
        """The new global model from the user's ``aggregate`` (or ``get_incremental_aggregate_model``).

        ``None`` after a failure, or when the answer is not a list of numeric arrays; the
        updates received are then kept for another try, as the hooks service keeps them.
        """
        incremental = bool(self.provided.get("incremental_aggregate"))
        function = "incremental_aggregate" if incremental else "aggregate"
        try:
            if incremental:
                model = self._instance.get_incremental_aggregate_model()
            else:
                updates = {cid: (update[0], update[1]) for cid, update in self._updates.items()}
                model = self._instance.aggregate(self._previous_global, updates)
            aggregated = _copy(model, f"the model {function} returned")
        except Exception as err:
            self._fail(function, err)
            return None
        self._updates = {}
        return aggregated


def fedavg(updates: Sequence[tuple[Weights, Mapping[str, Any]]]) -> Weights | None:
    """FEDn's default aggregation: the running average of the models weighted by ``num_examples``.

    Computed as FEDn's numpy helper does (``m + n * (m_next - m) / N``, update after update). An
    update whose metadata has no ``num_examples`` is left out, with an error logged as FEDn does;
    ``None`` when no update is left (the round then gives no new model).
    """
    np = _numpy()
    model: Weights | None = None
    total = 0
    for parameters, metadata in updates:
        if "num_examples" not in metadata:
            logger.error("server functions: FedAvg leaves out an update without num_examples: %s", metadata)
            continue
        total += metadata["num_examples"]
        if model is None:
            model = list(parameters)
        else:
            n = metadata["num_examples"]
            model = [np.add(x, n * (y - x) / total) for x, y in zip(model, parameters, strict=True)]
    return model


@dataclass(frozen=True)
class RoundResult:
    """What one simulated round did."""

    #: the clients that trained
    selected: list[str]
    #: the settings sent to them with the global model
    client_settings: dict[str, Any]
    #: the new global model (``None``: the round gave none, see :func:`run_round`)
    model: Weights | None
    #: ``"aggregate"``, ``"incremental_aggregate"`` or ``"fedavg"`` (FEDn's default)
    aggregated_by: str


def run_round(
    service: FunctionService,
    source: str,
    client_ids: Sequence[str],
    global_model: Weights,
    train: Train,
) -> RoundResult:
    """One training round of FEDn's combiner with the server functions in ``source``.

    The order is the combiner's: which functions are provided; the selection (every client when
    not provided, failed or empty); the settings; each selected client trains (``train``); then
    the previous global model and each client's metadata and model go to the service and it
    aggregates. When neither aggregation is provided, FedAvg aggregates.

    A failed aggregation is what it is in FEDn 0.33: the combiner tries twice more (the previous
    global model sent again, the service still holding the updates) and then falls back to
    FedAvg, which finds no update left (the first try took them): the round gives no new model.
    """
    provided = service.provide(source)
    selected = list(client_ids)
    if provided["client_selection"]:
        selected = service.select_clients(client_ids) or list(client_ids)
    settings = service.client_settings(global_model) if provided["client_settings"] else {}
    updates = [train(client_id, _copy(global_model, "global model"), settings) for client_id in selected]
    if not (provided["aggregate"] or provided["incremental_aggregate"]):
        return RoundResult(selected, settings, fedavg(updates), "fedavg")
    received = [(client_id, *update) for client_id, update in zip(selected, updates, strict=True)]
    model, function = aggregate_updates(service, global_model, received)
    return RoundResult(selected, settings, model, function)


def aggregate_updates(
    service: FunctionService,
    global_model: Weights,
    updates: Sequence[tuple[str, Weights, Mapping[str, Any]]],
) -> tuple[Weights | None, str]:
    """The combiner's aggregation through the service: (the new model or ``None``, the function used).

    For a class that provides ``aggregate`` or ``incremental_aggregate``. The previous global
    model and then each ``(client id, model, metadata)`` go to the service, which aggregates; a
    failed aggregation is tried twice more with the previous global model sent again (the
    service still holds the updates), and then gives ``None``: FEDn 0.33's fallback, the session's
    own aggregator, finds no update left.
    """
    function = "incremental_aggregate" if service.provided.get("incremental_aggregate") else "aggregate"
    for attempt in range(AGGREGATION_ATTEMPTS):
        service.store_global(global_model)
        if attempt == 0:
            for client_id, model, metadata in updates:
                service.store_update(client_id, model, metadata)
        aggregated = service.aggregate()
        if aggregated is not None:
            return aggregated, function
    return None, function
