"""The validations operations, and :class:`ValidationFilters`: the filters of their list and count routes."""

import datetime
from typing import TypedDict

__all__ = ["Filters", "ValidationFilters"]


class ValidationFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/validations/`` and its count: the server's field names and comparisons.

    Every key is optional; the server matches entities that satisfy all given filters. A key is the
    server's filter name with ``.`` replaced by ``_`` (``sender.name`` is ``sender_name``); the
    suffixes ``__eq``, ``__ne``, ``__gt``, ``__gte``, ``__lt`` and ``__lte`` compare. A
    ``datetime`` is sent as ISO 8601 in UTC (a naive one is taken as UTC), a ``bool`` as
    ``true``/``false``; the text ``null`` matches null.
    """

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
    correlation_id: str
    """ Only entities whose `correlation_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    correlation_id__eq: str
    """ Only entities whose `correlation_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    correlation_id__gt: str
    """ Only entities whose `correlation_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    correlation_id__gte: str
    """ Only entities whose `correlation_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    correlation_id__lt: str
    """ Only entities whose `correlation_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    correlation_id__lte: str
    """ Only entities whose `correlation_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    correlation_id__ne: str
    """ Only entities whose `correlation_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
    data: str
    """ Only entities whose `data` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    data__eq: str
    """ Only entities whose `data` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    data__gt: str
    """ Only entities whose `data` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    data__gte: str
    """ Only entities whose `data` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    data__lt: str
    """ Only entities whose `data` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    data__lte: str
    """ Only entities whose `data` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    data__ne: str
    """ Only entities whose `data` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
    meta: str
    """ Only entities whose `meta` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    meta__eq: str
    """ Only entities whose `meta` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    meta__gt: str
    """ Only entities whose `meta` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    meta__gte: str
    """ Only entities whose `meta` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    meta__lt: str
    """ Only entities whose `meta` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    meta__lte: str
    """ Only entities whose `meta` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    meta__ne: str
    """ Only entities whose `meta` differs from this value. A value that parses as an integer or a float is compared as a number. """
    model_id: str
    """ Only entities whose `model_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    model_id__eq: str
    """ Only entities whose `model_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    model_id__gt: str
    """ Only entities whose `model_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    model_id__gte: str
    """ Only entities whose `model_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    model_id__lt: str
    """ Only entities whose `model_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    model_id__lte: str
    """ Only entities whose `model_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    model_id__ne: str
    """ Only entities whose `model_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
    receiver_name: str
    """ Only entities whose `receiver.name` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    receiver_role: str
    """ Only entities whose `receiver.role` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    receiver_name__eq: str
    """ Only entities whose `receiver_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    receiver_name__gt: str
    """ Only entities whose `receiver_name` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_name__gte: str
    """ Only entities whose `receiver_name` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_name__lt: str
    """ Only entities whose `receiver_name` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_name__lte: str
    """ Only entities whose `receiver_name` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_name__ne: str
    """ Only entities whose `receiver_name` differs from this value. A value that parses as an integer or a float is compared as a number. """
    receiver_role__eq: str
    """ Only entities whose `receiver_role` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    receiver_role__gt: str
    """ Only entities whose `receiver_role` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_role__gte: str
    """ Only entities whose `receiver_role` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_role__lt: str
    """ Only entities whose `receiver_role` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_role__lte: str
    """ Only entities whose `receiver_role` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    receiver_role__ne: str
    """ Only entities whose `receiver_role` differs from this value. A value that parses as an integer or a float is compared as a number. """
    sender_name: str
    """ Only entities whose `sender.name` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
    sender_role: str
    """ Only entities whose `sender.role` equals this value (`null`: is null). Equality only: the SQL store translates only this exact name. """
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
    session_id: str
    """ Only entities whose `session_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    session_id__eq: str
    """ Only entities whose `session_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    session_id__gt: str
    """ Only entities whose `session_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    session_id__gte: str
    """ Only entities whose `session_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    session_id__lt: str
    """ Only entities whose `session_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    session_id__lte: str
    """ Only entities whose `session_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    session_id__ne: str
    """ Only entities whose `session_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
    validation_id: str
    """ Only the entity with this id. """


#: The name every operation module of this tag imports.
Filters = ValidationFilters
