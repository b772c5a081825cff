"""The final pass over an article's facts (kg.extract.confidence)."""

from __future__ import annotations

from kg.extract.confidence import finalize
from kg.model import Entity, Evidence, Fact

TEXT = "Landrieu faces Cassidy. Landrieu trailed Cassidy on Nov. 4."
CD5 = "ocd-division/country:us/state:la/cd:5"


def _candidacy(stage: str, label: str, start: int, end: int, confidence: float) -> Fact:
    vote = Entity("Election", label, division=CD5, date="2014-11-04", stage=stage)
    return Fact("candidacy", Entity("Person", "Mary Landrieu"), vote,
                (Evidence(start, end, TEXT[start:end]),), confidence, "test")


def test_one_vote_named_as_two_rounds_is_one_round() -> None:
    """The same division, day and office read as a general and as a runoff: one round node
    (the first stated), so the fact is one, with one confidence and both spans."""
    facts = finalize([_candidacy("general", "2014 general", 0, 23, 0.85),
                      _candidacy("runoff", "2014 runoff", 24, len(TEXT), 0.909)], TEXT)
    assert len(facts) == 1
    assert facts[0].object is not None
    assert (facts[0].object.stage, facts[0].object.label) == ("general", "2014 general")
    assert len(facts[0].evidence) == 2


def test_won_and_lost_one_race_keeps_the_surer() -> None:
    """"A conceded after being defeated by B": a reading that A won the same race goes."""
    vote = Entity("Election", "2014 general", division=CD5, date="2014-11-04", stage="general")
    person = Entity("Person", "Mary Landrieu")
    ev = (Evidence(0, 23, TEXT[0:23]),)
    facts = finalize([Fact("won", person, vote, ev, 0.63, "kg.extract.learned@model-x"),
                      Fact("lost", person, vote, ev, 0.96, "test"),
                      Fact("candidacy", person, vote, ev, 0.9, "test")], TEXT)
    assert sorted(f.relation for f in facts) == ["candidacy", "lost"]
