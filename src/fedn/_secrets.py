"""The strings never to show (the access token), in a container whose repr does not show them.

The drivers hand the token to every function that builds an error, so that it can be scrubbed
from what a server echoes. A plain ``tuple`` of it would be printed whole wherever a repr is
taken: in a log line, and in the locals of a captured traceback (``pytest -l``, Sentry, rich
tracebacks) of every frame it passes through. :class:`Secrets` iterates like a tuple and shows
only how many secrets it holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import overload

__all__ = ["Secrets"]


class Secrets(Sequence[str]):
    """An immutable sequence of secrets (empty ones dropped) whose ``repr`` and ``str`` mask them.

    Example::

        >>> secrets = Secrets(["abc", ""])
        >>> secrets, list(secrets)
        (Secrets(<1 masked>), ['abc'])
    """

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[str | None] = ()) -> None:
        self._values: tuple[str, ...] = tuple(value for value in values if value)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Secrets: ...

    def __getitem__(self, index: int | slice) -> str | Secrets:
        if isinstance(index, slice):
            return Secrets(self._values[index])
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Secrets):
            return self._values == other._values
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Secrets(<{len(self._values)} masked>)"

    __str__ = __repr__
