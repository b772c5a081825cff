"""The races a person's reference records place them in: distant supervision for candidacy.

A term of Congress or of the presidency that began in the January after a November vote means
the person ran in (and won) that vote for that seat; a term ending then means the seat was up
and its holder often ran; FiveThirtyEight's table of the 2018 primary candidates names each
candidate's race and whether they reached the general election. These races are proposed as
candidates beside the ones a statement names (kg.extract.candidates); the classifier learns
from the annotated corpus when a statement about the person is about that race. Built into the
committed file `kg/extract/data/races.json` by `python -m kg.extract.races REFERENCE_DIR`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract import dates
from kg.extract.elections import ElectionRef, state_division
from kg.extract.gazetteer import KnownPerson, fold
from kg.extract.lexicons import STATE_BY_NAME, STATES
from kg.extract.office_labels import PRESIDENT, office_label, senator

RACES_FILE = Path(__file__).with_name("data") / "races.json"
_CANDIDATE_TABLES = ("primary-candidates-2018/dem_candidates.csv",
                     "primary-candidates-2018/rep_candidates.csv")
_HOUSE_SEAT = re.compile(r"District (\d+)")
_NAME_NOTE = re.compile(r"\s*\([^)]*\)\s*$")  # a note after the name: "Jane Doe (Ohio)"


@dataclass(frozen=True)
class RecordRace:
    """A race a record names: its election and how the record knows (`how`: won_seat,
    seat_up, primary, general)."""

    election: ElectionRef
    how: str


_KIND_OF = {"Senator": "senate", "Representative": "house", "Governor": "governor",
            "sen": "senate", "rep": "house"}


def _seat(kind: str, state: str, district: int | None) -> tuple[str, str | None]:
    """The division and office label of a race for a seat of `kind` (senate, house, governor):
    a House race is its district, with no office label, as kg.extract.elections names it."""
    if kind == "house":
        return state_division(state) + (f"/cd:{district}" if district else ""), None
    return state_division(state), senator(state) if kind == "senate" else office_label(
        "Governor", STATES[state])


def _general(year: int, kind: str, state: str | None, district: int | None) -> ElectionRef | None:
    date = dates.general_election_day(year)
    if kind == "prez":
        return ElectionRef("ocd-division/country:us", PRESIDENT, "general", date, kind="president")
    if kind not in ("sen", "rep") or not state or state not in STATES:
        return None
    division, office = _seat(_KIND_OF[kind], state, district)
    return ElectionRef(division, office, "general", date, kind=_KIND_OF[kind])


def from_terms(known: KnownPerson | None, years: set[int]) -> list[RecordRace]:
    """The November votes of `years` that the person's terms began or ended after."""
    if known is None:
        return []
    out: list[RecordRace] = []
    for t in known.terms:
        for edge, how in ((t.start, "won_seat"), (t.end, "seat_up")):
            # terms begin and end in January (the presidency on the 20th) after the vote
            if not edge or edge[5:7] != "01" or int(edge[:4]) - 1 not in years:
                continue
            ref = _general(int(edge[:4]) - 1, t.kind, t.state, t.district)
            if ref is not None:
                out.append(RecordRace(ref, how))
    return out


def from_tables(label: str, years: set[int]) -> list[RecordRace]:
    """The races the candidate tables give a person of this name in `years`."""
    out: list[RecordRace] = []
    for year, state, office, district, primary, general in _tables().get(fold(label), []):
        if year not in years:
            continue
        kind = _KIND_OF[office]
        division, label_ = _seat(kind, state, district)
        out.append(RecordRace(ElectionRef(division, label_, "primary", primary, kind=kind),
                              "primary"))
        if general:
            out.append(RecordRace(ElectionRef(division, label_, "general",
                                              dates.general_election_day(year), kind=kind),
                                  "general"))
    return out


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[tuple[int, str, str, int | None, str, bool]]]:
    raw = json.loads(RACES_FILE.read_text(encoding="utf-8"))
    return {name: [(int(r[0]), r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]
            for name, rows in raw.items()}


# ----------------------------------------------------------------- building the data file


def _iso(us_date: str) -> str:
    """'6/5/18' -> '2018-06-05'."""
    month, day, year = (int(x) for x in us_date.split("/"))
    return f"{2000 + year if year < 100 else year:04d}-{month:02d}-{day:02d}"


def build(reference_dir: Path) -> dict[str, list[list[object]]]:
    """Folded candidate name -> [year, state code, office type, district, primary date,
    reached the general election] rows from FiveThirtyEight's candidate tables."""
    out: dict[str, list[list[object]]] = {}
    for table in _CANDIDATE_TABLES:
        path = reference_dir / "fivethirtyeight" / table
        with path.open(encoding="utf-8", errors="replace") as fh:
            for r in csv.DictReader(fh):
                office = r["Office Type"]
                if office not in ("Senator", "Representative", "Governor"):
                    continue
                state = r["State"] if r["State"] in STATES else STATE_BY_NAME.get(r["State"])
                seat = _HOUSE_SEAT.search(r["District"])
                date = _iso(r["Race Primary Election Date"])
                row = [int(date[:4]), state, office, int(seat.group(1)) if seat else None, date,
                       r["General Status"] == "On the Ballot"]
                name = fold(_NAME_NOTE.sub("", r["Candidate"]))
                if state and row not in out.setdefault(name, []):
                    out[name].append(row)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> None:
    data = build(Path(argv[0]))
    RACES_FILE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    print(f"{len(data)} candidates -> {RACES_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
