"""The generated client's timestamp parsing: the fast path for the server's fixed HTTP-date form
gives exactly what the general parsers give, and everything else still goes to them."""

from __future__ import annotations

import datetime
import email.utils
import random

import pytest

from fedn_api.types import _parse_fixed_http_datetime, format_http_datetime, parse_http_datetime

UTC = datetime.UTC
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def general_parse(value: str) -> datetime.datetime:
    """The parser as it was before the fast path: email.utils, then ISO 8601."""
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    return datetime.datetime.fromisoformat(value)


def werkzeug_http_date(moment: datetime.datetime) -> str:
    """What Flask (werkzeug.http.http_date) writes: zero-padded day, GMT, no sub-seconds."""
    moment = moment.astimezone(UTC)
    return (
        f"{WEEKDAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year:04d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} GMT"
    )


def every_day_and_random_times() -> list[datetime.datetime]:
    rng = random.Random(1123)
    start = datetime.datetime(2023, 12, 31, tzinfo=UTC)
    days = [start + datetime.timedelta(days=n) for n in range(366 * 4 + 2)]  # incl. 29 Feb 2024
    moments = [
        day.replace(hour=rng.randrange(24), minute=rng.randrange(60), second=rng.randrange(60))
        for day in days
    ]
    moments += [
        datetime.datetime(2026, 1, 1, tzinfo=UTC),
        datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC),
    ]
    moments += [
        datetime.datetime(1970, 1, 1, tzinfo=UTC),
        datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC),
    ]
    return moments


def test_fast_path_equals_the_general_parser_on_server_timestamps() -> None:
    moments = every_day_and_random_times()
    assert {m.month for m in moments} == set(range(1, 13)) and {m.day for m in moments} == set(range(1, 32))
    for moment in moments:
        text = werkzeug_http_date(moment)
        assert format_http_datetime(moment) == text
        fast = _parse_fixed_http_datetime(text)
        assert fast is not None, text
        parsed = parse_http_datetime(text)
        reference = general_parse(text)
        assert parsed == reference == moment, text
        assert parsed.tzinfo is UTC and reference.tzinfo is UTC
        assert repr(parsed) == repr(reference)


@pytest.mark.parametrize(
    "text",
    [
        "Fri, 27 Nov 2026 04:35:12 +0000",  # numeric zone
        "Fri, 27 Nov 2026 04:35:12 -0100",
        "Fri, 7 Nov 2026 04:35:12 GMT",  # unpadded day
        "27 Nov 2026 04:35:12 GMT",  # no weekday
        "Fri, 27 nov 2026 04:35:12 GMT",  # lower-case month
        "Friday, 27 Nov 2026 04:35:12 GMT",
        "Fri, 27 Nov 26 04:35:12 GMT",  # two-digit year
        "Fri, 27 Nov 0026 04:35:12 GMT",  # a year below 100: the general parser reads it as 2026
        "Fri, 27 Nov 2026 04:35 GMT",  # no seconds
        "Fri, 27 Nov 2026 04:35:12 UT",
        "Fri, \uff12\uff17 Nov 2026 04:35:12 GMT",  # non-ASCII digits (email.utils takes them)
        "Fri, 27 Nov 2026 04:35:12 GMT ",  # trailing space
        "2026-11-27T04:35:12+00:00",  # ISO 8601
        "2026-11-27T04:35:12.123456",
        "2026-11-27",
    ],
)
def test_other_forms_go_to_the_general_parser(text: str) -> None:
    assert _parse_fixed_http_datetime(text) is None
    parsed = parse_http_datetime(text)
    reference = general_parse(text)
    assert parsed == reference and repr(parsed) == repr(reference)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Fri, 31 Feb 2026 04:35:12 GMT",  # no such day
        "Fri, 27 Nov 2026 24:35:12 GMT",  # no such hour
        "Fri, 27 Nov 2026 04:35:60 GMT",
        "Fri, 27 Foo 2026 04:35:12 GMT",
        "Fri, 2x Nov 2026 04:35:12 GMT",
        "not a date at all, not at all",
    ],
)
def test_malformed_input_raises_as_before(text: str) -> None:
    assert _parse_fixed_http_datetime(text) is None
    with pytest.raises(ValueError):
        general_parse(text)
    with pytest.raises(ValueError):
        parse_http_datetime(text)


def test_a_non_string_raises_type_error_as_before() -> None:
    with pytest.raises(TypeError):
        general_parse(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_http_datetime(None)  # type: ignore[arg-type]
