"""The gazetteer built from the congress-legislators tables: who held which seat."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.extract import gazetteer

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "data" / "reference"


def _seats(records: list[dict[str, object]], label: str) -> set[tuple[object, ...]]:
    """The (kind, state, district) of every term of the built record labelled `label`."""
    found = [r for r in records if r["label"] == label]
    assert found, f"{label} is not in the gazetteer"
    return {tuple(t[:3]) for r in found for t in r["terms"]}  # type: ignore[attr-defined]


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"no reference tables at {REFERENCE}")
def test_a_president_keeps_the_senate_seat_only_the_historical_table_records() -> None:
    """executive.yaml gives Obama's and Biden's terms in the White House; their Senate seats
    are only in legislators-historical.csv (undated) and must survive the merge."""
    people = gazetteer.build(REFERENCE)["people"]
    assert {("sen", "IL", None), ("prez", None, None)} <= _seats(people, "Barack Obama")
    assert ("sen", "DE", None) in _seats(people, "Joe Biden")


def test_the_shipped_gazetteer_has_them_too() -> None:
    obama = gazetteer.load().lookup("Barack Obama")
    assert obama is not None
    assert ("sen", "IL", None) in {(t.kind, t.state, t.district) for t in obama.terms}
