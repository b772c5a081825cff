"""The lexicons (kg.extract.lexicons): one data file, loaded in one place, shipped in the wheel,
and the state names agree with the reference tables."""

from __future__ import annotations

import csv
import fnmatch
import os
import re
import tomllib
from pathlib import Path

import pytest

from kg.extract import lexicons
from kg.extract.lexicons import (
    COUNTRIES,
    COUNTRY_LABELS,
    DEPARTMENTS,
    ELECTION_COUNTRIES,
    FOREIGN_PARTIES,
    ORGANISATIONS,
    STATE_ABBREVIATIONS,
    STATE_BY_NAME,
    STATES,
    alternation,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
_RACE = re.compile(r"(?:Governor of |U\.S\. House )(.+?)(?: District \d+| At-large District)?$")
PRIMARIES_2018 = SHARED / "data" / "reference" / "fivethirtyeight" / "primary-candidates-2018"


def test_the_lexicons_load() -> None:
    assert len(STATES) == 51 and STATES["GA"] == "Georgia"
    assert STATES["DC"] == "District of Columbia"
    assert STATE_BY_NAME["West Virginia"] == "WV"
    assert STATE_ABBREVIATIONS["Mich."] == "MI"
    assert set(STATE_ABBREVIATIONS.values()) <= set(STATES)
    assert COUNTRY_LABELS["Dutch"] == "the Netherlands"
    assert COUNTRY_LABELS["Georgian"] == "Georgia" and "Georgia" not in COUNTRY_LABELS  # a state
    assert ELECTION_COUNTRIES["Bulgarian"] == ("bg", "Bulgaria")
    assert DEPARTMENTS["hhs"] == "Health and Human Services"
    assert ORGANISATIONS["DNC"] == "Democratic National Committee"
    assert FOREIGN_PARTIES["KMT"] == "Kuomintang"


def test_each_country_word_names_one_country() -> None:
    words = [n for c in COUNTRIES for n in c.names]
    assert len(words) == len(set(words))
    for c in COUNTRIES:
        assert set(c.election_names) <= set(c.names)
        assert (c.iso is None) == (not c.election_names)
        assert c.iso is None or re.fullmatch(r"[a-z]{2}", c.iso)


def test_alternation_tries_the_longest_name_first() -> None:
    assert re.match(alternation(["Virginia", "West Virginia"]), "West Virginia").group(0) == (
        "West Virginia")
    assert alternation(["U.S.", "US"]) == r"U\.S\.|US"


def test_no_extractor_module_keeps_its_own_word_list() -> None:
    """The lists live in the data file: a state, a demonym, a foreign party or a department
    spelled in an extractor module is a second copy."""
    for path in sorted((ROOT / "kg" / "extract").glob("*.py")):
        if path.name == "lexicons.py":
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("Alabama", "Wyoming", "Bulgarians", "Zimbabwean", "Alternative for Germany",
                     "Veterans Affairs", "Mich."):
            assert word not in text, f"{path.name} spells {word!r}"



def test_only_the_lexicons_module_reads_the_data_file() -> None:
    """lexicons.json is parsed once, by kg/extract/lexicons.py; other modules import its lists."""
    for path in sorted((ROOT / "kg" / "extract").glob("*.py")):
        if path.name != "lexicons.py":
            assert "LEXICONS_FILE" not in path.read_text(encoding="utf-8"), path.name

def test_the_wheel_ships_the_lexicons() -> None:
    """pyproject.toml's package-data for kg.extract.data covers every data file there
    (.ci/wheel-smoke builds the wheel and checks it holds lexicons.json)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kg.extract.data"]
    data = lexicons.LEXICONS_FILE.parent
    assert lexicons.LEXICONS_FILE.is_file()
    for path in data.iterdir():
        if path.is_file():
            assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.name


@pytest.mark.skipif(not PRIMARIES_2018.is_dir(), reason=f"no reference tables at {SHARED}")
def test_state_names_agree_with_the_reference() -> None:
    """FiveThirtyEight's 2018 primaries name each state's governor race and House districts
    beside the state's code."""
    seen = set()
    for name in ("dem_candidates.csv", "rep_candidates.csv"):
        with (PRIMARIES_2018 / name).open(encoding="utf-8", errors="replace") as fh:
            for row in csv.DictReader(fh):
                m = _RACE.match(row["District"])
                if m:
                    assert STATES[row["State"]] == m.group(1), row
                    seen.add(row["State"])
    assert len(seen) >= 45
