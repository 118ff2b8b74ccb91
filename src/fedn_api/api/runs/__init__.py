"""The runs operations, and :class:`RunFilters`: the filters of their list and count routes."""

import datetime
from typing import Literal, TypedDict

__all__ = ["Filters", "RunFilters"]


class RunFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/runs/`` and its count: the server's field names and comparisons.

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
    completed_at: datetime.datetime | str
    """ Only entities whose `completed_at` equals this value (`null`: is null). `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__eq: datetime.datetime | str
    """ Only entities whose `completed_at` equals this value (`null`: is null). `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__gt: datetime.datetime | str
    """ Only entities whose `completed_at` is greater than this value. `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__gte: datetime.datetime | str
    """ Only entities whose `completed_at` is greater than or equal to this value. `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__lt: datetime.datetime | str
    """ Only entities whose `completed_at` is less than this value. `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__lte: datetime.datetime | str
    """ Only entities whose `completed_at` is less than or equal to this value. `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at__ne: datetime.datetime | str
    """ Only entities whose `completed_at` differs from this value. `completed_at` is a timestamp column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it compares the column with a string); MongoDB statestores parse ISO 8601. A `datetime` is sent as ISO 8601 in UTC (a naive one is taken as UTC). """
    completed_at_model_id: str
    """ Only entities whose `completed_at_model_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__eq: str
    """ Only entities whose `completed_at_model_id` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__gt: str
    """ Only entities whose `completed_at_model_id` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__gte: str
    """ Only entities whose `completed_at_model_id` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__lt: str
    """ Only entities whose `completed_at_model_id` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__lte: str
    """ Only entities whose `completed_at_model_id` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    completed_at_model_id__ne: str
    """ Only entities whose `completed_at_model_id` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
    round_timeout: int | Literal["null"]
    """ Only entities whose `round_timeout` equals this value (`null`: is null). `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__eq: int | Literal["null"]
    """ Only entities whose `round_timeout` equals this value (`null`: is null). `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__gt: int | Literal["null"]
    """ Only entities whose `round_timeout` is greater than this value. `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__gte: int | Literal["null"]
    """ Only entities whose `round_timeout` is greater than or equal to this value. `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__lt: int | Literal["null"]
    """ Only entities whose `round_timeout` is less than this value. `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__lte: int | Literal["null"]
    """ Only entities whose `round_timeout` is less than or equal to this value. `round_timeout` is an integer column: the value is sent as a decimal integer. """
    round_timeout__ne: int | Literal["null"]
    """ Only entities whose `round_timeout` differs from this value. `round_timeout` is an integer column: the value is sent as a decimal integer. """
    rounds: int | Literal["null"]
    """ Only entities whose `rounds` equals this value (`null`: is null). `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__eq: int | Literal["null"]
    """ Only entities whose `rounds` equals this value (`null`: is null). `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__gt: int | Literal["null"]
    """ Only entities whose `rounds` is greater than this value. `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__gte: int | Literal["null"]
    """ Only entities whose `rounds` is greater than or equal to this value. `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__lt: int | Literal["null"]
    """ Only entities whose `rounds` is less than this value. `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__lte: int | Literal["null"]
    """ Only entities whose `rounds` is less than or equal to this value. `rounds` is an integer column: the value is sent as a decimal integer. """
    rounds__ne: int | Literal["null"]
    """ Only entities whose `rounds` differs from this value. `rounds` is an integer column: the value is sent as a decimal integer. """
    run_id: str
    """ Only the entity with this id. """
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
Filters = RunFilters
