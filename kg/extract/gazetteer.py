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

from rapidfuzz import fuzz

# The states live in kg.extract.lexicons; re-exported for the modules that still read them here.
from kg.extract.lexicons import STATE_BY_NAME as STATE_BY_NAME
from kg.extract.lexicons import STATES as STATES

DATA_DIR = Path(__file__).with_name("data")
PEOPLE_FILE = DATA_DIR / "people.json"
# Terms that ended before this are too old to matter for news the corpus covers.
_OLDEST_TERM_END = "1985"



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
    gender: str | None = None  # "M" or "F", from the reference record

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

    def __init__(self, people: list[KnownPerson],
                 first_names: dict[str, str] | None = None) -> None:
        self.people = people
        self.first_names = first_names or {}
        self.by_name: dict[str, list[KnownPerson]] = {}
        self.by_last: dict[str, list[KnownPerson]] = {}
        for p in people:
            for n in p.names:
                self.by_name.setdefault(fold(n), []).append(p)
            self.by_last.setdefault(fold(p.last), []).append(p)

    def gender(self, first: str) -> str | None:
        """"M" or "F" when the reference records give a first name to one sex only."""
        return self.first_names.get(fold(first))

    def spelling_variant(self, first: str, last: str) -> KnownPerson | None:
        """The one known person with this surname whose first name is a close spelling
        ("Darrel Issa" for Darrell Issa) or of which it is a short form ("Ben Cardin" for
        Benjamin Cardin); None when none or several are that close. A misspelling keeps the
        first letter: "Sandy" is no spelling of "Andy" (Andy Levin is another person)."""
        wanted = fold(first)
        hits = {id(p): p for p in self.by_last.get(fold(last), [])
                for n in p.names if len(n.split()) >= 2
                and _first_name_variant(fold(n.split()[0]), wanted)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def lookup(self, name: str) -> KnownPerson | None:
        """The one known person with this full name (None when unknown or ambiguous)."""
        hits = self.by_name.get(fold(name), [])
        return hits[0] if len(hits) == 1 else None

    def in_office_at(self, surname: str, date: str | None) -> KnownPerson | None:
        """'Mr. Cruz' in an article naming no Cruz in full: the one known person of that surname
        who holds office within a year of `date` (or takes it up then), when no other person of
        that surname may be meant (one in office in the decade before, or of unknown dates)."""
        if not date or len(date) < 10:
            return None
        year = int(date[:4])
        near = (f"{year - 1}{date[4:10]}", f"{year + 1}{date[4:10]}")
        recent = f"{year - 10}{date[4:10]}"
        possible, serving = [], []
        for p in self.by_last.get(fold(surname), []):
            dated = [t for t in p.terms if t.start and t.end]
            if not dated or any(t.end >= recent and t.start <= near[1] for t in dated):
                possible.append(p)
            if any(t.start <= near[1] and t.end >= near[0] for t in dated):
                serving.append(p)
        return serving[0] if len(serving) == 1 and len(possible) == 1 else None

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


def _first_name_variant(known: str, seen: str) -> bool:
    """`seen` (folded) spells the folded first name `known` closely, or is a short form of it
    that begins it ("ed" of "edward", "ben" of "benjamin")."""
    if not known or not seen or known[0] != seen[0] or known == seen:
        return False
    if fuzz.ratio(known, seen) >= 85:
        return True
    # "Christy" is no short form of "Chris", nor of "Christopher"
    return 2 <= len(seen) < len(known) and known.startswith(seen)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    raw = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
    people = [
        KnownPerson(
            label=r["label"],
            wikidata=r.get("wikidata"),
            names=tuple(r["names"]),
            terms=tuple(Term(*t) for t in r["terms"]),
            gender=r.get("gender"),
        )
        for r in raw["people"]
    ]
    return Gazetteer(people, raw["first_names"])


# ----------------------------------------------------------------- building the data file


def _yaml_people(path: Path) -> list[dict[str, Any]]:
    import yaml

    with path.open(encoding="utf-8") as fh:
        records = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = []
    for r in records:
        name = r["name"]
        first = name.get("nickname") or _called(name["first"], name.get("middle") or "")
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
                    "bioguide": r["id"].get("bioguide"), "names": sorted(names), "terms": terms,
                    "gender": (r.get("bio") or {}).get("gender"),
                    "middle": name.get("middle") or "", "suffix": name.get("suffix") or ""})
    return out


def _called(first: str, middle: str) -> str:
    """The name a person goes by: "W. Todd Akin" is Todd Akin, not "W. Akin"."""
    full = [w for w in middle.split() if len(w.rstrip(".")) > 1]
    return full[0] if len(first.rstrip(".")) == 1 and full else first


def _csv_people(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["birthday"] or r["birthday"] < "1915":
                continue
            first = r["nickname"] or _called(r["first_name"], r["middle_name"])
            label = f"{first} {r['last_name']}"
            names = {label, f"{r['first_name']} {r['last_name']}"}
            if r["full_name"]:
                names.add(r["full_name"])
            district = int(r["district"]) if r["district"].isdigit() else None
            # The CSV keeps only the last term, without dates: mark it as ended.
            terms = [[r["type"], r["state"], district, "", "", r["party"] or None]]
            out.append({"label": label, "wikidata": None, "bioguide": r["bioguide_id"],
                        "names": sorted(names), "terms": terms, "gender": r["gender"] or None,
                        "middle": r["middle_name"], "suffix": r["suffix"]})
    return out


def _tell_apart(people: list[dict[str, Any]]) -> None:
    """Two known people with one label ("George Bush") are labelled with their middle initials
    and suffix ("George W. Bush", "George H. W. Bush"), so two nodes never share a label; the
    shared form stays a name of both (and so is ambiguous: lookup links it to neither)."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for rec in people:
        by_label.setdefault(fold(rec["label"]), []).append(rec)
    for same in (recs for recs in by_label.values() if len(recs) > 1):
        for rec in same:
            initials = " ".join(f"{w[0]}." for w in str(rec.get("middle") or "").split())
            first, _, last = rec["label"].partition(" ")
            longer = " ".join(p for p in (first, initials, last) if p)
            if rec.get("suffix"):
                longer += f" {rec['suffix']}"
            if longer != rec["label"]:
                rec["names"] = sorted(set(rec["names"]) | {rec["label"], longer})
                rec["label"] = longer
    for rec in people:
        rec.pop("middle", None)
        rec.pop("suffix", None)


def first_name_genders(path: Path) -> dict[str, str]:
    """First names borne (as first name or nickname) by one sex only in at least 95 % of the
    legislators since 1789 who bore them, at least twice: 'Mr.' and 'Mrs.' then tell two people
    of one surname apart."""
    counts: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for first in {r["first_name"], r["nickname"]} - {""}:
                by_sex = counts.setdefault(fold(first), {})
                by_sex[r["gender"]] = by_sex.get(r["gender"], 0) + 1
    out = {}
    for name, by_sex in counts.items():
        sex, n = max(by_sex.items(), key=lambda kv: kv[1])
        if sex in ("M", "F") and n >= 2 and n >= 0.95 * sum(by_sex.values()):
            out[name] = sex
    return dict(sorted(out.items()))


def build(reference_dir: Path) -> dict[str, Any]:
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
                # The CSV's undated last term stays unless a dated term of the same seat
                # replaces it: Barack Obama's Senate seat is in no file but the CSV.
                seen = {tuple(t) for t in rec["terms"]}
                seats = {tuple(t[:3]) for t in rec["terms"]}
                kept = [t for t in old["terms"] if tuple(t) not in seen
                        and (t[3] or tuple(t[:3]) not in seats)]
                rec["terms"] = sorted(kept + list(rec["terms"]), key=lambda t: t[3])
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
    _tell_apart(people)
    genders = first_name_genders(base / "legislators-historical.csv")
    return {"people": people, "first_names": genders}


def main(argv: list[str]) -> None:
    data = build(Path(argv[0]))
    PEOPLE_FILE.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(f"{len(data['people'])} people, {len(data['first_names'])} first names -> "
          f"{PEOPLE_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
