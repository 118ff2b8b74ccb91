"""``NOT_GIVEN``: the default of settings where ``None`` is a meaningful value of its own.

``None`` cannot mean "not passed" for ``timeout`` (``None`` waits forever), and a default value
cannot either: ``APIClient(retry=RetryPolicy(max_retries=5), max_retries=2)`` must give 2 even
though 2 is also the default. A parameter defaulting to :data:`NOT_GIVEN` tells the two apart
(as openai-python's ``NOT_GIVEN`` and httpx's ``USE_CLIENT_DEFAULT`` do).

Example::

    >>> from fedn import NOT_GIVEN
    >>> NOT_GIVEN, bool(NOT_GIVEN)
    (NOT_GIVEN, False)
"""

from __future__ import annotations

from typing import Final, Literal, TypeVar, final

__all__ = ["NOT_GIVEN", "NotGiven", "given_or"]

T = TypeVar("T")


@final
class NotGiven:
    """The type of :data:`NOT_GIVEN` (one instance; falsy; shown as ``NOT_GIVEN``)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given_or(value: T | NotGiven, default: T) -> T:
    """``value`` unless it is :data:`NOT_GIVEN`, else ``default``.

    Example::

        >>> given_or(NOT_GIVEN, 3), given_or(None, 3), given_or(2, 3)
        (3, None, 2)
    """
    return default if isinstance(value, NotGiven) else value
