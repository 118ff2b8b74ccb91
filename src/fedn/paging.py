"""Public names for lazy iteration: the collections ``iterate()`` accepts, and the defaults.

Every client has ``iter_<entity>()`` methods; ``client.iterate(COLLECTION, ...)`` is the
generic form they all use. The paging order and its guarantees under concurrent changes are
described in :mod:`fedn._paging`: with the default order (primary key, ascending) the pages are
keyset pages (``id__gt=<last key>``), so nothing is yielded twice and every entity that exists
for the whole iteration is yielded exactly once, inserts and deletes meanwhile notwithstanding;
keys the server would read as numbers (round ids) and other sort keys page by X-Skip.

Example::

    from fedn import APIClient
    from fedn.paging import STATUSES

    with APIClient("localhost:8092") as client:
        n = sum(1 for _ in client.iterate(STATUSES, session_id=sid, page_size=1000))
"""

from __future__ import annotations

from fedn._paging import (
    ATTRIBUTES,
    CLIENTS,
    COMBINERS,
    DEFAULT_PAGE_SIZE,
    DEFAULT_PREFETCH,
    METRICS,
    MODELS,
    PACKAGES,
    PREDICTIONS,
    ROUNDS,
    RUNS,
    SESSIONS,
    STATUSES,
    TELEMETRY,
    VALIDATIONS,
    Collection,
    SortOrder,
)

__all__ = [
    "ATTRIBUTES",
    "CLIENTS",
    "COMBINERS",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_PREFETCH",
    "METRICS",
    "MODELS",
    "PACKAGES",
    "PREDICTIONS",
    "ROUNDS",
    "RUNS",
    "SESSIONS",
    "STATUSES",
    "TELEMETRY",
    "VALIDATIONS",
    "Collection",
    "SortOrder",
]
