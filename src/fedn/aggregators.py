"""Typed aggregator settings for :meth:`fedn.APIClient.start_session`.

FEDn's combiner knows ``fedavg`` (no parameters), ``fedopt`` (a server-side optimiser: adam,
yogi or adagrad) and ``splitlearningagg``. Values are checked here, before any request, instead
of failing a round later inside the combiner.

On the wire the server keeps ``aggregator_kwargs`` as a *string* that the combiner reads with
:func:`ast.literal_eval`; a JSON object there breaks on SQL statestores. Both forms below are
therefore sent as the Python-literal text of the dict, e.g. ``"{'serveropt': 'adam', ...}"``.

Example::

    from fedn import APIClient, FedOpt

    client.start_session(name="adam-run", aggregator=FedOpt("adam", learning_rate=1e-2), rounds=10)
    # FEDn's keyword form is accepted and validated the same way:
    client.start_session(name="adam-run", aggregator="fedopt",
                         aggregator_kwargs={"serveropt": "adam", "learning_rate": 1e-2})
"""

from __future__ import annotations

import ast
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import ClassVar, Literal, get_args

from fedn.errors import InvalidInputError

__all__ = ["AggregatorConfig", "FedAvg", "FedOpt", "ServerOptimizer", "resolve_aggregator"]

ServerOptimizer = Literal["adam", "yogi", "adagrad"]
_SERVER_OPTIMIZERS: tuple[str, ...] = get_args(ServerOptimizer)


@dataclass(frozen=True, slots=True)
class FedAvg:
    """Federated averaging, weighted by each client's number of examples (FEDn's default).

    Example::

        client.start_session(name="avg", aggregator=FedAvg(), rounds=3)
    """

    name: ClassVar[str] = "fedavg"

    def server_kwargs(self) -> dict[str, object] | None:
        """The ``aggregator_kwargs`` dict sent to the server (FedAvg takes none).

        Example::

            >>> FedAvg().server_kwargs() is None
            True
        """
        return None


@dataclass(frozen=True, slots=True)
class FedOpt:
    """FedOpt with a server-side optimiser (Reddi et al., 2020), as FEDn's ``fedopt`` aggregator.

    Defaults are FEDn 0.33's: ``serveropt="adam"``, ``learning_rate=1e-3``, ``beta1=0.9``,
    ``beta2=0.99``, ``tau=1e-4``. ``learning_rate`` and ``tau`` must be finite and > 0, ``beta1``
    and ``beta2`` in [0, 1). Integers are sent as floats (the combiner rejects ``int`` values).

    Example::

        >>> FedOpt("yogi", learning_rate=0.01).server_kwargs()["serveropt"]
        'yogi'
    """

    name: ClassVar[str] = "fedopt"

    serveropt: ServerOptimizer = "adam"
    learning_rate: float = 1e-3
    beta1: float = 0.9
    beta2: float = 0.99
    tau: float = 1e-4

    def __post_init__(self) -> None:
        if self.serveropt not in _SERVER_OPTIMIZERS:
            raise InvalidInputError(
                f"serveropt must be one of {', '.join(_SERVER_OPTIMIZERS)}, got {self.serveropt!r}"
            )
        for fname in ("learning_rate", "beta1", "beta2", "tau"):
            value = getattr(self, fname)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise InvalidInputError(f"{fname} must be a number, got {value!r}")
            value = float(value)
            if not math.isfinite(value):
                raise InvalidInputError(f"{fname} must be finite, got {value!r}")
            object.__setattr__(self, fname, value)
        if self.learning_rate <= 0:
            raise InvalidInputError(f"learning_rate must be > 0, got {self.learning_rate!r}")
        if self.tau <= 0:
            raise InvalidInputError(f"tau must be > 0, got {self.tau!r}")
        for fname in ("beta1", "beta2"):
            value = getattr(self, fname)
            if not 0.0 <= value < 1.0:
                raise InvalidInputError(f"{fname} must be in [0, 1), got {value!r}")

    def server_kwargs(self) -> dict[str, object]:
        """The ``aggregator_kwargs`` dict sent to the server.

        Example::

            >>> sorted(FedOpt().server_kwargs())
            ['beta1', 'beta2', 'learning_rate', 'serveropt', 'tau']
        """
        return asdict(self)


AggregatorConfig = FedAvg | FedOpt

_KNOWN_NAMES = ("fedavg", "fedopt", "splitlearningagg")


def resolve_aggregator(
    aggregator: str | AggregatorConfig | None,
    aggregator_kwargs: Mapping[str, object] | str | None = None,
) -> tuple[str, str | None]:
    """Validate an aggregator choice and return ``(name, aggregator_kwargs as sent)``.

    ``aggregator`` is a :class:`FedAvg`/:class:`FedOpt` or FEDn's name (``"fedavg"``,
    ``"fedopt"``, ``"splitlearningagg"``). With a name, ``aggregator_kwargs`` may be a dict or
    its Python-literal text; for ``fedopt`` it is checked exactly like :class:`FedOpt` (unknown
    keys rejected, FEDn's defaults filled in).

    Example::

        >>> resolve_aggregator("fedopt", {"serveropt": "adam", "learning_rate": 1e-2})[1]
        "{'serveropt': 'adam', 'learning_rate': 0.01, 'beta1': 0.9, 'beta2': 0.99, 'tau': 0.0001}"
        >>> resolve_aggregator(None)
        ('fedavg', None)
    """
    if isinstance(aggregator, FedAvg | FedOpt):
        if aggregator_kwargs:
            raise InvalidInputError(
                "give aggregator_kwargs only with an aggregator name, not with FedAvg/FedOpt"
            )
        return aggregator.name, _literal(aggregator.server_kwargs())
    name = "fedavg" if aggregator is None else aggregator
    if not isinstance(name, str) or name not in _KNOWN_NAMES:
        raise InvalidInputError(
            f"aggregator must be FedAvg(), FedOpt(...) or one of {_KNOWN_NAMES}, got {name!r}"
        )
    kwargs = _kwargs_dict(aggregator_kwargs)
    if name == "fedopt":
        fields = set(FedOpt.__dataclass_fields__)
        unknown = sorted(set(kwargs) - fields)
        if unknown:
            raise InvalidInputError(f"unknown fedopt parameter(s) {unknown}; known: {sorted(fields)}")
        config = FedOpt(**kwargs)  # type: ignore[arg-type]
        return name, _literal(config.server_kwargs())
    if kwargs:
        raise InvalidInputError(f"aggregator {name!r} takes no aggregator_kwargs, got {sorted(kwargs)}")
    return name, None


def _kwargs_dict(aggregator_kwargs: Mapping[str, object] | str | None) -> dict[str, object]:
    if aggregator_kwargs is None:
        return {}
    if isinstance(aggregator_kwargs, str):
        if not aggregator_kwargs.strip():
            return {}
        try:
            parsed = ast.literal_eval(aggregator_kwargs)
        except (ValueError, SyntaxError) as err:
            raise InvalidInputError(f"aggregator_kwargs text is not a Python literal dict: {err}") from None
        if not isinstance(parsed, dict):
            raise InvalidInputError("aggregator_kwargs text must be a dict literal")
        aggregator_kwargs = parsed
    if not isinstance(aggregator_kwargs, Mapping):
        raise InvalidInputError(f"aggregator_kwargs must be a dict, got {type(aggregator_kwargs).__name__}")
    if not all(isinstance(key, str) for key in aggregator_kwargs):
        raise InvalidInputError("aggregator_kwargs keys must be strings")
    return dict(aggregator_kwargs)


def _literal(kwargs: Mapping[str, object] | None) -> str | None:
    if kwargs is None:
        return None
    text = repr(dict(kwargs))
    # The combiner parses this with ast.literal_eval: make sure it round-trips.
    if ast.literal_eval(text) != dict(kwargs):
        raise InvalidInputError("aggregator_kwargs must hold only Python literals (str, int, float, bool)")
    return text
