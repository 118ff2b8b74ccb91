"""The rounds operations, and :class:`RoundFilters`: the filters of their list and count routes."""

import datetime
from typing import TypedDict

__all__ = ["Filters", "RoundFilters"]


class RoundFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/rounds/`` and its count: the server's field names and comparisons.

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
    round_config_id: str
    """ Only entities whose `round_config_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    round_config_id__eq: str
    """ Only entities whose `round_config_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    round_config_id__gt: str
    """ Only entities whose `round_config_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_config_id__gte: str
    """ Only entities whose `round_config_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_config_id__lt: str
    """ Only entities whose `round_config_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_config_id__lte: str
    """ Only entities whose `round_config_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_config_id__ne: str
    """ Only entities whose `round_config_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
    round_data_id: str
    """ Only entities whose `round_data_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    round_data_id__eq: str
    """ Only entities whose `round_data_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    round_data_id__gt: str
    """ Only entities whose `round_data_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_data_id__gte: str
    """ Only entities whose `round_data_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_data_id__lt: str
    """ Only entities whose `round_data_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_data_id__lte: str
    """ Only entities whose `round_data_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    round_data_id__ne: str
    """ Only entities whose `round_data_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
    round_id: str
    """ Only the entity with this id. """
    status: str
    """ Only entities whose `status` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    status__eq: str
    """ Only entities whose `status` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    status__gt: str
    """ Only entities whose `status` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    status__gte: str
    """ Only entities whose `status` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    status__lt: str
    """ Only entities whose `status` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    status__lte: str
    """ Only entities whose `status` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    status__ne: str
    """ Only entities whose `status` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
Filters = RoundFilters
