"""Dates as the readers find them (`2016-11-8`, `2012-05-24T10:00:00Z`, `May 24, 2012`) to ISO.

One place so every format normalises the same way.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])")
_WRITTEN = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def iso_date(value: str) -> str | None:
    """`YYYY-MM-DD` for a date (day and month may be unpadded, a time may follow), else None."""
    value = value.strip()
    match = _ISO.match(value)
    if match:
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    for pattern in _WRITTEN:
        try:
            return datetime.strptime(value, pattern).date().isoformat()
        except ValueError:
            continue
    return None
