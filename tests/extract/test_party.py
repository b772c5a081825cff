"""Party membership (kg.extract.party) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor
from tests.extract.small_texts import rel, run, triples


def test_party_from_labels_and_tags(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Maria Lopez met Rep. John Carter (R-Texas) on Monday. "
                           "Paul Weber, a Republican strategist, said little.")
    parties = triples(facts, "party")
    assert ("Maria Lopez", "Democratic Party", None) in parties
    assert ("John Carter", "Republican Party", None) in parties
    assert ("Paul Weber", "Republican Party", None) in parties


def test_party_staff_get_no_party(extractor: Extractor) -> None:
    facts = run(extractor, "Ann Moss, a spokesman for the National Republican Congressional "
                           "Committee, said the race was over.")
    assert not triples(facts, "party")


def test_ap_style_party_tag_and_sworn_in(extractor: Extractor) -> None:
    facts = run(extractor, "Sen. Ted Cruz, R-Texas, spoke first. Emmanuel Macron is sworn in as "
                           "President of France. The Senate confirms Betsy DeVos as Secretary of "
                           "Education.", "2017-05-14")
    assert ("Ted Cruz", "Republican Party", None) in triples(facts, "party")
    offices = triples(facts, "holds_office")
    assert ("Ted Cruz", "U.S. Senator from Texas", None) in offices
    assert ("Emmanuel Macron", "President of France", None) in offices
    assert ("Betsy DeVos", "Secretary of Education", None) in offices


def test_partisan_description_refers_to_the_person_before(extractor: Extractor) -> None:
    facts = run(extractor, "Nancy Pelosi breaks the record for the longest speech in the House. "
                           "The 77-year-old Democrat spoke for eight hours.")
    party = [f for f in facts if f.relation == "party"]
    assert [(f.subject.label, f.object.label if f.object else "") for f in party] == [
        ("Nancy Pelosi", "Democratic Party")]
    assert len(party[0].evidence) == 2


def test_foreign_party_membership_phrasings(extractor: Extractor) -> None:
    text = ("Lai Ching-te of the Democratic Progressive Party (DPP) is elected President of "
            "Taiwan. Hou Yu-ih, the opposition Kuomintang (Chinese Nationalist Party) "
            "candidate, concedes defeat.")
    parties = rel(extractor, text, "party", "2024-01-13")
    assert ("Lai Ching-te", "Democratic Progressive Party") in parties
    assert ("Hou Yu-ih", "Kuomintang") in parties
