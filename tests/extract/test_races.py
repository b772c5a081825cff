"""The races a person's reference records place them in (kg.extract.races)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.extract import races
from kg.extract.gazetteer import load

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "data" / "reference"


def _keys(found: list[races.RecordRace]) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.election.division, (r.election.date or "")[:4], r.election.office, r.how)
            for r in found}


def test_a_term_begun_after_a_vote_is_a_race_won() -> None:
    """Ted Cruz's Senate terms began in January 2013 and 2019: he won the 2012 and 2018 votes,
    and his seat was up in 2018."""
    cruz = load().lookup("Ted Cruz")
    texas = "ocd-division/country:us/state:tx"
    found = _keys(races.from_terms(cruz, {2012, 2018}))
    assert (texas, "2012", "U.S. Senator from Texas", "won_seat") in found
    assert (texas, "2018", "U.S. Senator from Texas", "won_seat") in found
    assert (texas, "2018", "U.S. Senator from Texas", "seat_up") in found
    assert not races.from_terms(cruz, {2014, 2016})


def test_a_house_seat_is_its_district() -> None:
    pelosi = load().lookup("Nancy Pelosi")
    found = races.from_terms(pelosi, {2016})
    assert found and all(r.election.division.startswith("ocd-division/country:us/state:ca/cd:")
                         and r.election.office is None for r in found)


def test_the_candidate_tables_give_primaries_and_generals() -> None:
    found = _keys(races.from_tables("Stacey Abrams", {2018}))
    georgia = "ocd-division/country:us/state:ga"
    assert found == {(georgia, "2018", "Governor of Georgia", "primary"),
                     (georgia, "2018", "Governor of Georgia", "general")}
    assert races.from_tables("Stacey Abrams", {2016}) == []
    assert races.from_tables("Nobody Known Here", {2018}) == []


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"no reference tables at {REFERENCE}")
def test_the_committed_table_is_built_from_the_reference() -> None:
    committed = json.loads(races.RACES_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(races.build(REFERENCE)))
