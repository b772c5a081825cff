"""An election as the graph keeps it: a contest and the rounds (votes) that belong to it.

Articles name one election at different grains: "the 2017 special election", "Tuesday's runoff",
"the April 18 vote". Every mention resolves to its contest (division, year, kind, office); a
mention that names the day of the vote resolves to that round, a `schema:subEvent` of the contest.
Keys, IRIs and labels come from these identity fields alone, never from the wording of one
article, so every article graph gives a node the same IRI and the same label.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.model import Entity

KINDS = ("general", "special", "primary")


@dataclass(frozen=True)
class Contest:
    division: str
    year: str
    kind: str  # general, special or primary (a party's primary or caucus, all its rounds)
    office: str | None

    def label(self) -> str:
        """'2017 Georgia's 6th congressional district special election'."""
        # Imported here, not at the top: label wording lives with the parser, and importing
        # kg.extract loads spaCy, while every command imports this module (through kg.iri).
        from kg.extract.elections import ElectionRef
        from kg.extract.office_labels import PRESIDENT

        primary = self.kind == "primary"
        ref = ElectionRef(self.division, self.office, "primary" if primary else None, self.year,
                          special=self.kind == "special",
                          kind="nomination" if primary and self.office == PRESIDENT else "")
        return ref.label()


def contest_of(election: Entity) -> Contest | None:
    """The contest an election mention belongs to; None when the mention has no division or
    no year (it then keeps a node of its own)."""
    if election.type != "Election" or not election.division:
        return None
    year = (election.date or "")[:4]
    if not (len(year) == 4 and year.isdigit()):
        return None
    if election.stage == "primary":
        kind = "primary"
    elif election.special or _off_cycle(election.division, year):
        kind = "special"
    else:
        kind = "general"
    return Contest(election.division, year, kind, election.office)


def round_date(election: Entity) -> str | None:
    """The day of the vote when the mention names it: the mention is then that round."""
    date = election.date or ""
    return date if len(date) == 10 else None


def round_label(contest: Contest, date: str) -> str:
    return f"{contest.label()}, vote of {date}"


def _off_cycle(division: str, year: str) -> bool:
    """A U.S. House seat filled in an odd year: always a special election."""
    return "/cd:" in division and division.startswith("ocd-division/country:us/") \
        and int(year) % 2 == 1


def as_stored(election: Entity) -> Entity:
    """The election as the graph keeps it: the round when the mention names the day of the
    vote, else the contest, with label and fields from the key alone (the stage is kept for a
    round, and for a primary contest, whose rounds are all primaries)."""
    contest = contest_of(election)
    if contest is None:
        return election
    date = round_date(election)
    stage = "primary" if contest.kind == "primary" else election.stage if date else None
    return replace(election, label=round_label(contest, date) if date else contest.label(),
                   date=date or contest.year, stage=stage, special=contest.kind == "special",
                   office=contest.office)
