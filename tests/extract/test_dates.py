"""Dates in statements resolved against the article's date (kg.extract.dates)."""

from __future__ import annotations

from kg.extract import dates


def test_dates_resolve_against_reference() -> None:
    ref = dates.parse_iso("2017-06-20")
    assert dates.explicit_date("the April 18 special election", ref) == "2017-04-18"
    assert dates.weekday_date("on Tuesday", dates.parse_iso("2018-07-25")) == "2018-07-24"
    assert dates.general_election_day(2016) == "2016-11-08"
    assert dates.month_mention("Trump won the district in November", ref) == (2016, 11)
