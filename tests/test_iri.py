"""IRIs: stable, and one node per real election whatever an article knows of its round."""

from __future__ import annotations

from kg.iri import entity_iri
from kg.model import Entity

GA6 = "ocd-division/country:us/state:ga/cd:6"


def election(date: str | None, stage: str | None, office: str | None = None) -> Entity:
    return Entity("Election", "x", division=GA6, date=date, stage=stage, office=office)


def test_a_dated_election_is_one_node_whether_or_not_the_stage_is_known() -> None:
    assert entity_iri(election("2017-06-20", "runoff")) == entity_iri(election("2017-06-20", None))


def test_year_only_elections_keep_their_stage_apart() -> None:
    assert entity_iri(election("2016", "primary")) != entity_iri(election("2016", "general"))
    assert entity_iri(election("2016", "primary", "President of the United States")) != (
        entity_iri(election("2016", "primary")))


def test_people_by_qid_else_by_name_key() -> None:
    with_qid = Entity("Person", "Karen Handel", wikidata="Q6369678")
    assert entity_iri(with_qid).endswith("/person/Q6369678")
    assert entity_iri(Entity("Person", "José  Núñez")) == entity_iri(Entity("Person", "jose nunez"))
