"""Party membership (kg.extract.party) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor, party
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


def test_party_named_after_a_possessor_or_with_its_full_name(extractor: Extractor) -> None:
    """Current-Events shapes: "X's Y Party", "Y candidate X", "Y, led by X", "leader of Y"."""
    text = ("Exit polls suggest that incumbent Prime Minister Mark Rutte's People's Party for "
            "Freedom and Democracy will win the most seats in the election. Voters in Austria "
            "elect Alexander Van der Bellen over Freedom Party of Austria candidate Norbert "
            "Hofer. The Social Democrats, led by Martin Schulz, lose ground. Angela Merkel "
            "resigns as leader of the Christian Democratic Union.")
    parties = rel(extractor, text, "party", "2017-09-13")
    assert ("Mark Rutte", "People's Party for Freedom and Democracy") in parties
    assert ("Norbert Hofer", "Freedom Party of Austria") in parties
    assert ("Martin Schulz", "Social Democrats") in parties
    assert ("Angela Merkel", "Christian Democratic Union") in parties
    assert not any(who == "Alexander Van der Bellen" for who, _ in parties)
    assert ("Martin Schulz", "Democratic Party") not in rel(
        extractor, "The German Social Democrat Martin Schulz is reelected.", "party", "2017-01-17")


def test_us_party_before_titles_and_after_the_name(extractor: Extractor) -> None:
    text = ("Pennsylvania's Republican House Majority Leader Mike Turzai spoke in June. "
            "“Coal jobs matter,” said Doc Hastings, Washington state Republican, on Friday. "
            "Governor Perry is a Republican, and outsiders George McGovern and Jimmy Carter won "
            "Democratic nominations.")
    parties = rel(extractor, text, "party", "2014-08-17")
    assert ("Mike Turzai", "Republican Party") in parties
    assert ("Doc Hastings", "Republican Party") in parties
    assert ("George McGovern", "Democratic Party") in parties
    assert ("Jimmy Carter", "Democratic Party") in parties


def test_independents_in_the_records_get_no_party_from_a_label(extractor: Extractor) -> None:
    """Bernie Sanders sits as an Independent in every term the reference records give."""
    parties = rel(extractor, "Democrat Bernie Sanders called it a tossup with Hillary Clinton.",
                  "party", "2016-01-31")
    assert not any(who == "Bernie Sanders" for who, _ in parties)


def test_party_mentions_tell_foreign_names_from_us_words() -> None:
    """A US word inside a foreign name is the name's; a bracketed gloss is no party apart."""
    def found(text: str) -> list[tuple[str, str]]:
        return [(e.label, text[a:b]) for e, (a, b) in party.mentions(text)]

    assert found("Nicos Anastasiades of the Democratic Rally") == [
        ("Democratic Rally", "Democratic Rally")]
    assert found("Iowa Democrats met") == [("Democratic Party", "Democrats")]
    assert found("the Kuomintang (Chinese Nationalist Party) candidate") == [
        ("Kuomintang", "Kuomintang")]
    assert found("Hugo Chavez's Socialist Party wins") == [("Socialist Party", "Socialist Party")]
    assert found("the Socialist Party of Prime Minister Di Rupo") == [
        ("Socialist Party", "Socialist Party")]
    assert found("the Tea Party and the European Union") == []


def test_shares_in_one_partys_race_are_its_candidates(extractor: Extractor) -> None:
    text = ("The Iowa Poll also found Hillary Clinton with 45 percent support to Martin "
            "O'Malley's 4 percent in the Democratic race.")
    parties = rel(extractor, text, "party", "2016-01-31")
    assert ("Hillary Clinton", "Democratic Party") in parties
    assert ("Martin O'Malley", "Democratic Party") in parties


def test_party_lists_appositives_and_committee_members(extractor: Extractor) -> None:
    """Corpus shapes: a plural role with modifiers and state tags before a list, a possessive
    appositive, 'a former Republican' (the old party), DNC members, lists after 'Democrats,
    including' and before 'the Republicans who'."""
    text = ("“We urge you to reduce tax breaks,” Democratic Sens. Dick Durbin, Ill., Jack Reed, "
            "R.I., and Elizabeth Warren, Mass., wrote in a letter Tuesday to Barack Obama. "
            "But the Republicans flipped three Senate seats, defeating Democratic incumbent "
            "Sens. Heidi Heitkamp, Joe Donnelly and Claire McCaskill. "
            "Jack Conway, the state's Democratic attorney general, is leading dozens of peers. "
            "Mr. Rodney Tom, a real estate agent and a former Republican who represents a "
            "district east of Seattle, is liberal. "
            "It is curious, said Jeri Shepherd, a DNC member from Colorado who supports Sanders. "
            "She faces Republican Rep. Doug Collins and Democrats, including Rev. Raphael "
            "Warnock, pastor of the Ebenezer Baptist Church, and Matt Lieberman, a businessman "
            "and son of former Sen. Joe Lieberman. "
            "In November, she will face either Lt. Gov. Casey Cagle or Secretary of State Brian "
            "Kemp, the Republicans who advanced to a runoff primary on July 24.")
    facts = run(extractor, text, "2018-07-01")
    parties = {(who, p) for who, p, _ in triples(facts, "party")}
    for who in ("Dick Durbin", "Jack Reed", "Elizabeth Warren", "Joe Donnelly",
                "Claire McCaskill", "Jack Conway", "Jeri Shepherd", "Raphael Warnock",
                "Matt Lieberman"):
        assert (who, "Democratic Party") in parties
    for who in ("Rodney Tom", "Casey Cagle", "Brian Kemp"):
        assert (who, "Republican Party") in parties
    assert not any(who == "Joe Lieberman" for who, _ in parties)
    tom = [f for f in facts if f.relation == "party" and f.subject.label == "Rodney Tom"]
    assert tom[0].attributes and dict(tom[0].attributes).get("former") is True


def test_local_and_glossed_and_lower_case_party_names(extractor: Extractor) -> None:
    """A county party is the national party; a name glossed by a known acronym is that party;
    'the opposition X party' names X."""
    text = ("The chairwoman of the Macomb County Republican Party, Barbara VanSyckel, agreed. "
            "Prime Minister Jan Peter Balkenende resigns as leader of the Christian Democratic "
            "Appeal (CDA) after a disappointing election result. Tanzania's opposition Chadema "
            "party presidential candidate Edward Lowassa calls for a recount.")
    parties = rel(extractor, text, "party", "2015-10-27")
    assert ("Barbara VanSyckel", "Republican Party") in parties
    assert ("Jan Peter Balkenende", "Christian Democratic Appeal") in parties
    assert ("Edward Lowassa", "Chadema") in parties


def test_lists_in_one_partys_race_and_the_role_before_a_comma(extractor: Extractor) -> None:
    text = ("Two billionaires in the Democratic race, Tom Steyer and Michael Bloomberg, are "
            "relying on their own money. The Republican floor leader, Senator Mark Schoesler, "
            "agreed that the relationship was complicated. A throng of top Republicans, led by "
            "Rep. Mike Coffman and gubernatorial candidate Bob Beauprez, came to the rally. I "
            "voted for the Libertarian Party's flag bearers, Gary Johnson and William Weld. "
            "The other Democratic recruit, Senator Rodney Tom, will become majority leader.")
    parties = rel(extractor, text, "party", "2016-08-05")
    assert ("Tom Steyer", "Democratic Party") in parties
    assert ("Michael Bloomberg", "Democratic Party") in parties
    assert ("Mark Schoesler", "Republican Party") in parties
    assert ("Mike Coffman", "Republican Party") in parties
    assert ("Bob Beauprez", "Republican Party") in parties
    assert ("Gary Johnson", "Libertarian Party") in parties
    assert ("William Weld", "Libertarian Party") in parties
    assert ("Rodney Tom", "Democratic Party") in parties


def test_partisan_lists_introduced_or_with_home_states(extractor: Extractor) -> None:
    """Dev-split shapes: a plural partisan noun before a colon list, "Democrats X, of State,
    and Y of State", a quote before "including", "a Democrat like [Rep.] X"."""
    text = ("Before Tuesday, liberal-leaning commentators gushed about three Democratic "
            "candidates who appeared to be winning over voters in Southern states: Beto "
            "O'Rourke in the Texas Senate race, Andrew Gillum in the Florida governor's race "
            "and Stacey Abrams in Georgia. He said House Democrats Nancy Pelosi, of California, "
            "and Patrick Kennedy of Rhode Island were trying to do the same. Palin had the "
            "support of many \"establishment Republicans,\" including Bill Kristol. It is worse "
            "to accept a bad Democrat like [Rep.] Scott Peters.")
    parties = rel(extractor, text, "party", "2018-11-07")
    for who in ("Beto O’Rourke", "Andrew Gillum", "Stacey Abrams", "Nancy Pelosi",
                "Patrick Kennedy", "Scott Peters"):
        assert (who, "Democratic Party") in parties
    assert ("Bill Kristol", "Republican Party") in parties


def test_party_leadership_votes_and_bracketed_acronyms(extractor: Extractor) -> None:
    text = ("Japan's Liberal Democratic Party elects Sadakazu Tanigaki to replace Taro Aso. "
            "The coalition talks failed after a letter of criticism was sent by CDA negotiator "
            "Ab Klink (CDA). Former Italian Prime Minister Matteo Renzi regains the role of "
            "Secretary of the Democratic Party, after his resignation in February.")
    parties = rel(extractor, text, "party", "2017-04-30")
    assert ("Sadakazu Tanigaki", "Liberal Democratic Party") in parties
    assert ("Ab Klink", "Christian Democratic Appeal") in parties
    assert ("Matteo Renzi", "Democratic Party") in parties


def test_fellow_partisans_pronouns_and_these_senators(extractor: Extractor) -> None:
    text = ("Sen. Carl Levin will be sitting with his older brother and fellow Michigan "
            "Democrat Rep. Sandy Levin. Adam Kinzinger hoped Cheney's message will stick with "
            "fellow Republicans. The media swarmed over the Chris Christie story because he's a "
            "Republican.\n\nBut Kelly Ayotte, Ohio's Rob Portman and Pennsylvania's Pat Toomey "
            "have a trickier path to re-election.\n\nThese GOP senators have worked hard.")
    parties = rel(extractor, text, "party", "2016-02-15")
    assert ("Carl Levin", "Democratic Party") in parties
    assert ("Chris Christie", "Republican Party") in parties
    assert ("Rob Portman", "Republican Party") in parties
    assert ("Pat Toomey", "Republican Party") in parties
    assert not any(who.endswith("Cheney") for who, _ in parties)
