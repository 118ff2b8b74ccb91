"""The combiners operations, and :class:`CombinerFilters`: the filters of their list and count routes."""

import datetime
from typing import Literal, TypedDict

__all__ = ["CombinerFilters", "Filters"]


class CombinerFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/combiners/`` and its count: the server's field names and comparisons.

    Every key is optional; the server matches entities that satisfy all given filters. A key is the
    server's filter name with ``.`` replaced by ``_`` (``sender.name`` is ``sender_name``); the
    suffixes ``__eq``, ``__ne``, ``__gt``, ``__gte``, ``__lt`` and ``__lte`` compare. A
    ``datetime`` is sent as ISO 8601 in UTC (a naive one is taken as UTC), a ``bool`` as
    ``true``/``false``; the text ``null`` matches null.
    """

    address: str
    """ Only entities whose `address` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    address__eq: str
    """ Only entities whose `address` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    address__gt: str
    """ Only entities whose `address` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    address__gte: str
    """ Only entities whose `address` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    address__lt: str
    """ Only entities whose `address` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    address__lte: str
    """ Only entities whose `address` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    address__ne: str
    """ Only entities whose `address` differs from this value. A value that parses as an integer or a float is compared as a number. """
    combiner_id: str
    """ Only the entity with this id. """
    committed_at: datetime.datetime | str
    """ Only entities whose `committed_at` equals this value (`null`: is null). `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__eq: datetime.datetime | str
    """ Only entities whose `committed_at` equals this value (`null`: is null). `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__gt: datetime.datetime | str
    """ Only entities whose `committed_at` is greater than this value. `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__gte: datetime.datetime | str
    """ Only entities whose `committed_at` is greater than or equal to this value. `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__lt: datetime.datetime | str
    """ Only entities whose `committed_at` is less than this value. `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__lte: datetime.datetime | str
    """ Only entities whose `committed_at` is less than or equal to this value. `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    committed_at__ne: datetime.datetime | str
    """ Only entities whose `committed_at` differs from this value. `committed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    fqdn: str
    """ Only entities whose `fqdn` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    fqdn__eq: str
    """ Only entities whose `fqdn` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    fqdn__gt: str
    """ Only entities whose `fqdn` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    fqdn__gte: str
    """ Only entities whose `fqdn` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    fqdn__lt: str
    """ Only entities whose `fqdn` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    fqdn__lte: str
    """ Only entities whose `fqdn` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    fqdn__ne: str
    """ Only entities whose `fqdn` differs from this value. A value that parses as an integer or a float is compared as a number. """
    id__eq: str
    """ Only entities whose primary key equals this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    id__gt: str
    """ Only entities whose primary key is greater than this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    id__gte: str
    """ Only entities whose primary key is greater than or equal to this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    id__lt: str
    """ Only entities whose primary key is less than this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    id__lte: str
    """ Only entities whose primary key is less than or equal to this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    id__ne: str
    """ Only entities whose primary key differs from this value (the SQL column `id`, compared as text; MongoDB statestores have no `id` field). A value that parses as a number is compared as one, which the server answers with 500. """
    ip: str
    """ Only entities whose `ip` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    ip__eq: str
    """ Only entities whose `ip` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    ip__gt: str
    """ Only entities whose `ip` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    ip__gte: str
    """ Only entities whose `ip` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    ip__lt: str
    """ Only entities whose `ip` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    ip__lte: str
    """ Only entities whose `ip` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    ip__ne: str
    """ Only entities whose `ip` differs from this value. A value that parses as an integer or a float is compared as a number. """
    name: str
    """ Only entities whose `name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    name__eq: str
    """ Only entities whose `name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    name__gt: str
    """ Only entities whose `name` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    name__gte: str
    """ Only entities whose `name` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    name__lt: str
    """ Only entities whose `name` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    name__lte: str
    """ Only entities whose `name` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    name__ne: str
    """ Only entities whose `name` differs from this value. A value that parses as an integer or a float is compared as a number. """
    parent: str
    """ Only entities whose `parent` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    parent__eq: str
    """ Only entities whose `parent` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    parent__gt: str
    """ Only entities whose `parent` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    parent__gte: str
    """ Only entities whose `parent` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    parent__lt: str
    """ Only entities whose `parent` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    parent__lte: str
    """ Only entities whose `parent` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    parent__ne: str
    """ Only entities whose `parent` differs from this value. A value that parses as an integer or a float is compared as a number. """
    port: int | Literal["null"]
    """ Only entities whose `port` equals this value (`null`: is null). `port` is an integer column: the value is sent as a decimal integer. """
    port__eq: int | Literal["null"]
    """ Only entities whose `port` equals this value (`null`: is null). `port` is an integer column: the value is sent as a decimal integer. """
    port__gt: int | Literal["null"]
    """ Only entities whose `port` is greater than this value. `port` is an integer column: the value is sent as a decimal integer. """
    port__gte: int | Literal["null"]
    """ Only entities whose `port` is greater than or equal to this value. `port` is an integer column: the value is sent as a decimal integer. """
    port__lt: int | Literal["null"]
    """ Only entities whose `port` is less than this value. `port` is an integer column: the value is sent as a decimal integer. """
    port__lte: int | Literal["null"]
    """ Only entities whose `port` is less than or equal to this value. `port` is an integer column: the value is sent as a decimal integer. """
    port__ne: int | Literal["null"]
    """ Only entities whose `port` differs from this value. `port` is an integer column: the value is sent as a decimal integer. """
    updated_at: datetime.datetime | str
    """ Only entities whose `updated_at` equals this value (`null`: is null). `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__eq: datetime.datetime | str
    """ Only entities whose `updated_at` equals this value (`null`: is null). `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__gt: datetime.datetime | str
    """ Only entities whose `updated_at` is greater than this value. `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__gte: datetime.datetime | str
    """ Only entities whose `updated_at` is greater than or equal to this value. `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__lt: datetime.datetime | str
    """ Only entities whose `updated_at` is less than this value. `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__lte: datetime.datetime | str
    """ Only entities whose `updated_at` is less than or equal to this value. `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    updated_at__ne: datetime.datetime | str
    """ Only entities whose `updated_at` differs from this value. `updated_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """


#: The name every operation module of this tag imports.
Filters = CombinerFilters
