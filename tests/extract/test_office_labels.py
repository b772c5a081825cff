"""Office labels spelled by one function (kg.extract.office_labels), read back, and used for
election offices too."""

from __future__ import annotations

import pytest

from kg.extract.elections import ElectionRef, detect
from kg.extract.office_labels import office_label, title_and_place


@pytest.mark.parametrize("title, place, district, label", [
    ("U.S. Senator", "VT", None, "U.S. Senator from Vermont"),
    ("U.S. Senator", "Vermont", None, "U.S. Senator from Vermont"),
    ("U.S. Senator", None, None, "U.S. Senator"),
    ("U.S. Representative", "GA", 6,
     "U.S. Representative for Georgia's 6th congressional district"),
    ("U.S. Representative", "Wyoming", 0,
     "U.S. Representative for Wyoming's at-large congressional district"),
    ("U.S. Representative", "NY", 12,
     "U.S. Representative for New York's 12th congressional district"),
    ("Governor", "Ohio", None, "Governor of Ohio"),
    ("Governor", None, None, "Governor"),
    ("President", "the United States", None, "President of the United States"),
    ("Attorney General", "the United States", None, "United States Attorney General"),
    ("Chair", "the Democratic National Committee", None,
     "Chair of the Democratic National Committee"),
])
def test_office_label(title: str, place: str | None, district: int | None, label: str) -> None:
    assert office_label(title, place, district=district) == label


def test_title_and_place_reads_a_label_back() -> None:
    assert title_and_place("Governor of Ohio") == ("Governor", "Ohio")
    assert title_and_place(office_label("U.S. Senator", "VT")) == ("U.S. Senator", "Vermont")
    assert title_and_place(office_label("U.S. Representative", "GA", district=6)) == (
        "U.S. Representative", "Georgia's 6th congressional district")
    assert title_and_place("Governor") is None


def test_election_offices_are_labelled_by_the_same_function() -> None:
    e = detect("the race for governor of Georgia", "2018-05-01")
    assert e is not None and e.office == office_label("Governor", "Georgia")
    e = detect("the race for Wyoming's at-large congressional seat", "2018-05-01")
    assert e is not None and e.office == office_label("U.S. Representative", "WY", district=0)
    assert ElectionRef("ocd-division/country:us/state:ga", office_label("U.S. Senator", "GA"),
                       None, "2020-11-03", kind="senate").label() == (
        "2020 United States Senate election in Georgia")
