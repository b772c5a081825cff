"""Dates as news writes them, resolved against the article's date.

"Tuesday", "on Tuesday" → the last Tuesday on or before the reference date; "April 18" → that
day of the reference year; "in November" → the last (or, in future tense, next) November;
US general elections fall on the Tuesday after the first Monday of November.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()  # noqa: E501
    )
}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
               "sept": 9, "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

_MONTH_DAY = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?"
)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?:,? (\d{4}))?"
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YEAR = re.compile(r"(?<![\d/\-$])(19[5-9]\d|20[0-4]\d)(?![\d%])")
_IN_MONTH = re.compile(
    r"\b(?:in|this|last|next|of) (January|February|March|April|June|July|August|"
    r"September|October|November|December)\b|\b(November|March|June|May)(?:'s|’s) "
)
_FUTURE = re.compile(r"\b(?:will|would|expected|upcoming|next|plans?|aims?|could|faces?)\b")


def parse_iso(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def general_election_day(year: int) -> str:
    """The Tuesday after the first Monday in November."""
    d = dt.date(year, 11, 1)
    while d.weekday() != 0:
        d += dt.timedelta(days=1)
    return (d + dt.timedelta(days=1)).isoformat()


def weekday_before(ref: dt.date, weekday: str) -> dt.date:
    target = WEEKDAYS.index(weekday.lower())
    delta = (ref.weekday() - target) % 7
    return ref - dt.timedelta(days=delta)


def explicit_date(text: str, ref: dt.date | None) -> str | None:
    """The first full or month-day date in text, in the reference year when none is given."""
    m = _MONTH_DAY.search(text)
    if m:
        month = MONTHS[m.group(1).rstrip(".").lower()]
        day = int(m.group(2))
        year = int(m.group(3)) if m.group(3) else (ref.year if ref else None)
        if year and 1 <= day <= 31:
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
    m = _DAY_MONTH.search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else (ref.year if ref else None)
        if year:
            try:
                return dt.date(year, MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
            except ValueError:
                return None
    return None


def weekday_date(text: str, ref: dt.date | None) -> str | None:
    m = _WEEKDAY.search(text)
    if m and ref:
        return weekday_before(ref, m.group(1)).isoformat()
    return None


def years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def month_mention(text: str, ref: dt.date | None) -> tuple[int, int] | None:
    """(year, month) for "in November": the last one, or the next in future tense."""
    m = _IN_MONTH.search(text)
    if not m or ref is None:
        return None
    month = MONTHS[(m.group(1) or m.group(2)).lower()]
    future = bool(_FUTURE.search(text))
    if future:
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return year, month
