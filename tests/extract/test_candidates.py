"""Offices the candidate generator proposes carry their jurisdiction (kg.extract.candidates)."""

from __future__ import annotations

import pytest

from kg.extract.candidates import office_entity
from kg.extract.gazetteer import load


@pytest.mark.parametrize("text, title, holder, date, label", [
    ("Ohio Gov. John Kasich spoke.", "Gov.", None, None, "Governor of Ohio"),
    ("Ken Cuccinelli, the attorney general of Virginia, sued.", "attorney general", None, None,
     "Attorney General of Virginia"),
    ("Sen. Ted Cruz campaigned in Iowa.", "Sen.", "Ted Cruz", "2016-01-30",
     "U.S. Senator from Texas"),
    ("Rep. Darrell Issa held a hearing.", "Rep.", "Darrell Issa", "2012-06-20",
     "U.S. Representative for California's 49th congressional district"),
    ("Attorney General Eric Holder testified.", "Attorney General", "Eric Holder", None,
     "Attorney General"),
    ("Sen. Ted Cruz campaigned in Iowa.", "Sen.", "Ted Cruz", "2009-01-30", "Senator"),
])
def test_office_with_its_jurisdiction(text: str, title: str, holder: str | None,
                                      date: str | None, label: str) -> None:
    start = text.index(title)
    known = load().lookup(holder) if holder else None
    assert office_entity(title, text, start, start + len(title), known, date).label == label
