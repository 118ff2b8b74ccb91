"""The packages operations, and :class:`PackageFilters`: the filters of their list and count routes."""

import datetime
from typing import Literal, TypedDict

__all__ = ["Filters", "PackageFilters"]


class PackageFilters(TypedDict, total=False):
    """The filters of ``GET /api/v1/packages/`` and its count: the server's field names and comparisons.

    Every key is optional; the server matches entities that satisfy all given filters. A key is the
    server's filter name with ``.`` replaced by ``_`` (``sender.name`` is ``sender_name``); the
    suffixes ``__eq``, ``__ne``, ``__gt``, ``__gte``, ``__lt`` and ``__lte`` compare. A
    ``datetime`` is sent as ISO 8601 in UTC (a naive one is taken as UTC), a ``bool`` as
    ``true``/``false``; the text ``null`` matches null.
    """

    active: bool | Literal["null"]
    """ Only entities whose `active` equals this value (`null`: is null). `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__eq: bool | Literal["null"]
    """ Only entities whose `active` equals this value (`null`: is null). `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__gt: bool | Literal["null"]
    """ Only entities whose `active` is greater than this value. `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__gte: bool | Literal["null"]
    """ Only entities whose `active` is greater than or equal to this value. `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__lt: bool | Literal["null"]
    """ Only entities whose `active` is less than this value. `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__lte: bool | Literal["null"]
    """ Only entities whose `active` is less than or equal to this value. `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
    active__ne: bool | Literal["null"]
    """ Only entities whose `active` differs from this value. `active` is a boolean column: on SQL statestores (FEDn 0.33.0 with SQLAlchemy 2) any value but `null` makes the server answer 500 (it binds the text it was sent as text, a number as an integer, and PostgreSQL compares neither with a boolean); MongoDB statestores compare the text and match nothing. A `bool` is sent as `true`/`false`. """
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
    description: str
    """ Only entities whose `description` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    description__eq: str
    """ Only entities whose `description` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    description__gt: str
    """ Only entities whose `description` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    description__gte: str
    """ Only entities whose `description` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    description__lt: str
    """ Only entities whose `description` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    description__lte: str
    """ Only entities whose `description` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    description__ne: str
    """ Only entities whose `description` differs from this value. A value that parses as an integer or a float is compared as a number. """
    file_name: str
    """ Only entities whose `file_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    file_name__eq: str
    """ Only entities whose `file_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    file_name__gt: str
    """ Only entities whose `file_name` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    file_name__gte: str
    """ Only entities whose `file_name` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    file_name__lt: str
    """ Only entities whose `file_name` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    file_name__lte: str
    """ Only entities whose `file_name` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    file_name__ne: str
    """ Only entities whose `file_name` differs from this value. A value that parses as an integer or a float is compared as a number. """
    helper: str
    """ Only entities whose `helper` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    helper__eq: str
    """ Only entities whose `helper` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    helper__gt: str
    """ Only entities whose `helper` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    helper__gte: str
    """ Only entities whose `helper` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    helper__lt: str
    """ Only entities whose `helper` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    helper__lte: str
    """ Only entities whose `helper` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    helper__ne: str
    """ Only entities whose `helper` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
    package_id: str
    """ Only the entity with this id. """
    storage_file_name: str
    """ Only entities whose `storage_file_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__eq: str
    """ Only entities whose `storage_file_name` equals this value (`null`: is null). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__gt: str
    """ Only entities whose `storage_file_name` is greater than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__gte: str
    """ Only entities whose `storage_file_name` is greater than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__lt: str
    """ Only entities whose `storage_file_name` is less than this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__lte: str
    """ Only entities whose `storage_file_name` is less than or equal to this value. Text compares as text (lexicographically). A value that parses as an integer or a float is compared as a number. """
    storage_file_name__ne: str
    """ Only entities whose `storage_file_name` differs from this value. A value that parses as an integer or a float is compared as a number. """
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
Filters = PackageFilters
