"""People, parties and offices known before reading any article.

Built from `unitedstates/congress-legislators` (shared/data/reference) into the committed file
`kg/extract/data/people.json` by `python -m kg.extract.gazetteer REFERENCE_DIR`, so extraction
needs no YAML parsing at run time (loading the JSON takes a few milliseconds).
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")
PEOPLE_FILE = DATA_DIR / "people.json"
# Terms that ended before this are too old to matter for news the corpus covers.
_OLDEST_TERM_END = "1985"

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}
STATE_BY_NAME = {name: code for code, name in STATES.items()}


@dataclass(frozen=True)
class Term:
    """One term of office: `kind` is rep, sen, prez or viceprez."""

    kind: str
    state: str | None
    district: int | None
    start: str
    end: str
    party: str | None


@dataclass(frozen=True)
class KnownPerson:
    label: str
    wikidata: str | None
    names: tuple[str, ...]
    terms: tuple[Term, ...]

    @property
    def last(self) -> str:
        return self.label.split()[-1]


def fold(name: str) -> str:
    """Case, accents and dots folded: the key names are looked up by."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(s.replace(".", " ").replace("’", "'").split())


class Gazetteer:
    """Known people indexed by folded full name, and presidents by surname."""

    def __init__(self, people: list[KnownPerson]) -> None:
        self.people = people
        self.by_name: dict[str, list[KnownPerson]] = {}
        for p in people:
            for n in p.names:
                self.by_name.setdefault(fold(n), []).append(p)

    def lookup(self, name: str) -> KnownPerson | None:
        """The one known person with this full name (None when unknown or ambiguous)."""
        hits = self.by_name.get(fold(name), [])
        return hits[0] if len(hits) == 1 else None

    def president_at(self, surname: str, date: str | None) -> KnownPerson | None:
        """'President Trump' on `date`: the president (or last one) with that surname."""
        best: tuple[str, KnownPerson] | None = None
        for p in self.people:
            if p.last.casefold() != surname.casefold():
                continue
            for t in p.terms:
                if t.kind != "prez":
                    continue
                if date and t.start <= date <= t.end:
                    return p
                if date is None or t.start <= date:
                    if best is None or t.start > best[0]:
                        best = (t.start, p)
        return best[1] if best else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    raw = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
    people = [
        KnownPerson(
            label=r["label"],
            wikidata=r.get("wikidata"),
            names=tuple(r["names"]),
            terms=tuple(Term(*t) for t in r["terms"]),
        )
        for r in raw
    ]
    return Gazetteer(people)


# ----------------------------------------------------------------- building the data file


def _yaml_people(path: Path) -> list[dict[str, Any]]:
    import yaml

    with path.open(encoding="utf-8") as fh:
        records = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = []
    for r in records:
        name = r["name"]
        first = name.get("nickname") or name["first"]
        label = f"{first} {name['last']}"
        names = {label, f"{name['first']} {name['last']}"}
        if name.get("official_full"):
            names.add(name["official_full"])
        terms = [
            [t["type"], t.get("state"), t.get("district"), str(t["start"]), str(t["end"]),
             t.get("party")]
            for t in r["terms"]
        ]
        if max(t[4] for t in terms) < _OLDEST_TERM_END:
            continue
        out.append({"label": label, "wikidata": r["id"].get("wikidata"),
                    "bioguide": r["id"].get("bioguide"), "names": sorted(names), "terms": terms})
    return out


def _csv_people(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["birthday"] or r["birthday"] < "1915":
                continue
            first = r["nickname"] or r["first_name"]
            label = f"{first} {r['last_name']}"
            names = {label, f"{r['first_name']} {r['last_name']}"}
            if r["full_name"]:
                names.add(r["full_name"])
            district = int(r["district"]) if r["district"].isdigit() else None
            # The CSV keeps only the last term, without dates: mark it as ended.
            terms = [[r["type"], r["state"], district, "", "", r["party"] or None]]
            out.append({"label": label, "wikidata": None, "bioguide": r["bioguide_id"],
                        "names": sorted(names), "terms": terms})
    return out


def build(reference_dir: Path) -> list[dict[str, Any]]:
    """Merge the reference files by bioguide id; the current file wins."""
    base = reference_dir / "congress-legislators"
    merged: dict[str, dict[str, Any]] = {}
    for rec in (
        _csv_people(base / "legislators-historical.csv")
        + _yaml_people(base / "legislators-2017.yaml")
        + _yaml_people(base / "legislators-current.yaml")
        + _yaml_people(base / "executive.yaml")
    ):
        key = str(rec.pop("bioguide") or rec["label"])
        old = merged.get(key)
        if old is not None:
            rec["names"] = sorted(set(old["names"]) | set(rec["names"]))
            rec["wikidata"] = rec["wikidata"] or old["wikidata"]
            if key in merged and rec["terms"] and old["terms"]:
                dated = [t for t in old["terms"] if t[3]]
                seen = {tuple(t) for t in rec["terms"]}
                rec["terms"] = sorted(
                    [t for t in dated if tuple(t) not in seen] + list(rec["terms"]),
                    key=lambda t: t[3],
                )
        merged[key] = rec
    people = list(merged.values())
    by_label = {fold(str(r["label"])): r for r in people}
    for rec in json.loads((DATA_DIR / "known_people.json").read_text(encoding="utf-8")):
        old = by_label.get(fold(rec["label"]))
        if old is None:
            people.append(rec)
        else:
            old["wikidata"] = old["wikidata"] or rec.get("wikidata")
            old["names"] = sorted(set(old["names"]) | set(rec["names"]))
    return people


def main(argv: list[str]) -> None:
    people = build(Path(argv[0]))
    PEOPLE_FILE.write_text(
        json.dumps(people, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(f"{len(people)} people -> {PEOPLE_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
