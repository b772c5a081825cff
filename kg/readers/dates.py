"""Dates as the readers find them (`2016-11-8`, `2012-05-24T10:00:00Z`, `2012/05/24`,
`May 24, 2012`, `Thu, 24 May 2012 10:00:00 GMT`) to ISO.

One place so every format normalises the same way.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?=$|[T ])")
_WRITTEN = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def iso_date(value: str) -> str | None:
    """`YYYY-MM-DD` for a date (day and month may be unpadded, a time may follow), else None."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        year, _, month, day = match.groups()
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    for pattern in _WRITTEN:
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    try:  # RSS and e-mail headers
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
