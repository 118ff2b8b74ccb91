"""The filters one collection takes, checked at run time the way mypy and pyright check them.

The clients type every filter argument with a collection's generated ``TypedDict`` (``**filters:
Unpack[StatusFilters]``, :mod:`fedn.filters`). Callers that are not type-checked get the same
rules here, before any request: :class:`FilterRules` resolves each name (the TypedDict key, the
server's own name such as ``sender.name``, or an alias of FEDn's client such as ``event_type``) and
checks each value against the key's declared type. An unknown name raises
:class:`~fedn.errors.InvalidInputError` naming the nearest filter (the generated client's old
keywords, ``committed_at_gte``, point to ``committed_at__gte``); so does a value of another type.

Example::

    >>> from fedn.filters import StatusFilters
    >>> names = [{"sender_name": "sender.name"}]
    >>> rules = FilterRules("statuses", StatusFilters, names, {"event_type": "type"})
    >>> rules.check({"sender.name": "client1", "event_type": "MODEL_UPDATE", "session_id": None})
    {'sender_name': 'client1', 'type': 'MODEL_UPDATE'}
    >>> rules.check({"committed_at_gte": "2026-11-27"})
    Traceback (most recent call last):
    ...
    fedn.errors.InvalidInputError: statuses cannot be filtered by 'committed_at_gte' (did you mean ...?)
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import Any, Literal, get_args, get_origin

from fedn.errors import InvalidInputError

__all__ = ["FilterRules"]

_SEPARATORS = re.compile(r"[._]+")

Check = Callable[[object], bool]


def _squashed(name: str) -> str:
    """A name with its separators collapsed: ``committed_at__gte`` and ``committed_at_gte`` are the same."""
    return _SEPARATORS.sub("_", name).strip("_")


def _accepts(annotation: object) -> tuple[Check, str]:
    """A check for one declared value type and its description for error messages.

    ``bool`` is not taken for ``int`` or ``float`` (only where ``bool`` is declared); ``float`` takes
    an ``int`` too, as for mypy; a ``Literal`` takes exactly its values (``"null"`` in any case, as
    the server reads it).
    """
    union = get_origin(annotation) in (typing.Union, types.UnionType)
    options = get_args(annotation) if union else (annotation,)
    classes: list[type] = []
    literals: list[object] = []
    for option in options:
        if get_origin(option) is Literal:
            literals.extend(get_args(option))
        elif isinstance(option, type):
            classes.append(option)
    if float in classes and int not in classes:
        classes.append(int)
    words = {float: "a number", int: "an integer", bool: "a bool", str: "a str", dt.datetime: "a datetime"}
    shown = [cls for cls in classes if cls is not int or float not in classes]
    described = " or ".join(words.get(cls, cls.__name__) for cls in shown)
    if literals:
        described += " or " + " or ".join(repr(value) for value in literals)
    texts = {str(value).lower() for value in literals if isinstance(value, str)}

    def check(value: object) -> bool:
        if isinstance(value, bool) and bool not in classes:
            return False
        if isinstance(value, tuple(classes)):
            return True
        return isinstance(value, str) and value.lower() in texts

    return check, described


class FilterRules:
    """The filters of one collection: the keys and value types of its ``TypedDict``, the server's
    names of its routes (``filter_names``: key -> query name, one mapping per route) and aliases.
    """

    def __init__(
        self,
        collection: str,
        typed: type[Any],
        filter_names: Iterable[Mapping[str, str]] = (),
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.collection = collection
        self.typed = typed
        self._filter_names = [dict(names) for names in filter_names]
        self._aliases = dict(aliases or {})

    @cached_property
    def types(self) -> dict[str, tuple[Check, str]]:
        """Each key -> the check of its declared value type and that type's description."""
        return {key: _accepts(hint) for key, hint in typing.get_type_hints(self.typed).items()}

    @property
    def keys(self) -> list[str]:
        """Every filter key, in the order the spec declares them."""
        return list(self.types)

    @cached_property
    def _names(self) -> dict[str, str]:
        """Every accepted name -> its key: the keys, the routes' query names, the aliases."""
        names = {
            query: key for names in self._filter_names for key, query in names.items() if key in self.types
        }
        names.update({alias: key for alias, key in self._aliases.items() if key in self.types})
        names.update({key: key for key in self.types})
        return names

    def key_of(self, name: str) -> str:
        """The key a filter name stands for; raises :class:`~fedn.errors.InvalidInputError` (with the
        nearest key) for a name this collection does not take."""
        key = self._names.get(name)
        if key is not None:
            return key
        guess = self._guess(name)
        hint = f" (did you mean {guess!r}?)" if guess else f"; filters: {', '.join(self.keys)}"
        raise InvalidInputError(f"{self.collection} cannot be filtered by {name!r}{hint}")

    def _guess(self, name: str) -> str | None:
        squashed = {_squashed(key): key for key in self.keys}
        found = squashed.get(_squashed(name))
        if found is not None:
            return found
        close = difflib.get_close_matches(name, self.keys, n=1, cutoff=0.75)
        return close[0] if close else None

    def check(self, *sources: Mapping[str, object]) -> dict[str, object]:
        """The filters of ``sources`` by key, each name resolved and each value checked; ``None``
        values are left out (FEDn's client passes ``None`` for "no filter"). A key given twice
        (``event_type`` and ``type``, or a named parameter and a filter) raises
        :class:`~fedn.errors.InvalidInputError`.
        """
        checked: dict[str, object] = {}
        given: dict[str, str] = {}
        for name, value in (item for source in sources for item in source.items()):
            key = self.key_of(name)
            if value is None:
                continue
            if key in checked:
                raise InvalidInputError(
                    f"{self.collection}: the filter {key!r} is given twice ({given[key]!r} and {name!r})"
                )
            accepts, described = self.types[key]
            if not accepts(value):
                got = f"{type(value).__name__} {value!r}"
                raise InvalidInputError(
                    f"{self.collection}: the filter {name!r} takes {described}, got {got}"
                )
            checked[key] = value
            given[key] = name
        return checked
