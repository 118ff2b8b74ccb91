"""The attributes operations, and :class:`AttributeFilters`: the filters of their list and count routes."""

import datetime
from typing import TypedDict

__all__ = ["AttributeFilters", "Filters"]


class AttributeFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/attributes/`` and its count: the server's field names and comparisons.

    Every key is optional; the server matches entities that satisfy all given filters. A key is the
    server's filter name with ``.`` replaced by ``_`` (``sender.name`` is ``sender_name``); the
    suffixes ``__eq``, ``__ne``, ``__gt``, ``__gte``, ``__lt`` and ``__lte`` compare. A
    ``datetime`` is sent as ISO 8601 in UTC (a naive one is taken as UTC), a ``bool`` as
    ``true``/``false``; the text ``null`` matches null.
    """

    attribute_id: str
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
    key: str
    """ Only entities whose `key` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    key__eq: str
    """ Only entities whose `key` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    key__gt: str
    """ Only entities whose `key` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    key__gte: str
    """ Only entities whose `key` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    key__lt: str
    """ Only entities whose `key` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    key__lte: str
    """ Only entities whose `key` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    key__ne: str
    """ Only entities whose `key` differs from this value. A value that parses as an integer or a float is compared as a number. """
    sender_client_id: str
    """ Only entities whose `sender.client_id` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    sender_name: str
    """ Only entities whose `sender.name` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    sender_role: str
    """ Only entities whose `sender.role` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    sender_client_id__eq: str
    """ Only entities whose `sender_client_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    sender_client_id__gt: str
    """ Only entities whose `sender_client_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_client_id__gte: str
    """ Only entities whose `sender_client_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_client_id__lt: str
    """ Only entities whose `sender_client_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_client_id__lte: str
    """ Only entities whose `sender_client_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_client_id__ne: str
    """ Only entities whose `sender_client_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
    sender_name__eq: str
    """ Only entities whose `sender_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    sender_name__gt: str
    """ Only entities whose `sender_name` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_name__gte: str
    """ Only entities whose `sender_name` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_name__lt: str
    """ Only entities whose `sender_name` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_name__lte: str
    """ Only entities whose `sender_name` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_name__ne: str
    """ Only entities whose `sender_name` differs from this value. A value that parses as an integer or a float is compared as a number. """
    sender_role__eq: str
    """ Only entities whose `sender_role` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    sender_role__gt: str
    """ Only entities whose `sender_role` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_role__gte: str
    """ Only entities whose `sender_role` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_role__lt: str
    """ Only entities whose `sender_role` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_role__lte: str
    """ Only entities whose `sender_role` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    sender_role__ne: str
    """ Only entities whose `sender_role` differs from this value. A value that parses as an integer or a float is compared as a number. """
    timestamp: datetime.datetime | str
    """ Only entities whose `timestamp` equals this value (`null`: is null). `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__eq: datetime.datetime | str
    """ Only entities whose `timestamp` equals this value (`null`: is null). `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__gt: datetime.datetime | str
    """ Only entities whose `timestamp` is greater than this value. `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__gte: datetime.datetime | str
    """ Only entities whose `timestamp` is greater than or equal to this value. `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__lt: datetime.datetime | str
    """ Only entities whose `timestamp` is less than this value. `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__lte: datetime.datetime | str
    """ Only entities whose `timestamp` is less than or equal to this value. `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    timestamp__ne: datetime.datetime | str
    """ Only entities whose `timestamp` differs from this value. `timestamp` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
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
    value: str
    """ Only entities whose `value` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    value__eq: str
    """ Only entities whose `value` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    value__gt: str
    """ Only entities whose `value` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    value__gte: str
    """ Only entities whose `value` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    value__lt: str
    """ Only entities whose `value` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    value__lte: str
    """ Only entities whose `value` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    value__ne: str
    """ Only entities whose `value` differs from this value. A value that parses as an integer or a float is compared as a number. """


#: The name every operation module of this tag imports.
Filters = AttributeFilters
