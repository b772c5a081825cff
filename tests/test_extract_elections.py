"""Elections, dates and segments: pure rules, no spaCy model needed."""

from __future__ import annotations

from kg.extract import dates, elections, segments


def test_house_district_with_word_ordinal_and_special() -> None:
    e = elections.finalize(elections.detect(
        "The polls have closed in Georgia’s Sixth Congressional district for the special "
        "election.", "2017-06-20"))
    assert e is not None
    assert e.division == "ocd-division/country:us/state:ga/cd:6"
    # no day in the statement: the contest (its year), never the page's date
    assert e.special and e.stage is None and e.date == "2017"


def test_a_vote_day_comes_from_the_statement() -> None:
    e = elections.finalize(elections.detect(
        "Voters in Georgia's 6th district go to the polls on June 20 in the special election.",
        "2017-06-25"))
    assert e is not None and e.special and e.date == "2017-06-20"


def test_primary_runoff_for_governor_on_tuesday() -> None:
    e = elections.finalize(elections.detect(
        "Kemp won a two-man Republican primary run-off for governor of Georgia on Tuesday.",
        "2018-07-25"))
    assert e is not None
    assert (e.division, e.office, e.stage, e.date) == (
        "ocd-division/country:us/state:ga", "Governor of Georgia", "primary", "2018-07-24")


def test_foreign_presidential_runoff_from_demonym() -> None:
    e = elections.finalize(elections.detect(
        "Bulgarians head to the polls in a presidential runoff.", "2016-11-13"))
    assert e is not None
    assert (e.division, e.office, e.stage) == ("ocd-division/country:bg", "President of Bulgaria",
                                               "runoff")


def test_us_presidential_before_conventions_is_the_nomination_race() -> None:
    e = elections.finalize(elections.detect("She joined the 2016 presidential race.",
                                            "2016-01-19"))
    assert e is not None and e.stage == "primary" and e.date == "2016"


def test_state_caucus_is_a_state_nomination_contest() -> None:
    e = elections.detect("Voters in Iowa go to Democratic and Republican Party caucuses.",
                         "2016-02-01")
    assert e is not None
    assert e.division == "ocd-division/country:us/state:ia" and e.stage == "primary"


def test_context_name() -> None:
    e = elections.from_context_name("Georgia's 6th congressional district special election, 2017")
    assert e is not None and e.division.endswith("/cd:6") and (e.date or "").startswith("2017")


def test_dates_resolve_against_reference() -> None:
    ref = dates.parse_iso("2017-06-20")
    assert dates.explicit_date("the April 18 special election", ref) == "2017-04-18"
    assert dates.weekday_date("on Tuesday", dates.parse_iso("2018-07-25")) == "2018-07-24"
    assert dates.general_election_day(2016) == "2016-11-08"
    assert dates.month_mention("Trump won the district in November", ref) == (2016, 11)


def test_current_events_sections() -> None:
    text = (
        "### [2017-06-20](/news/2017/06/20/index.md)\n\n# Handel wins. \n\n### Source:\n\n"
        "1. [Reuters](http://example.com/x)\n\n### Related:\n\n"
        "1. [Ryan plans to campaign for Handel. ](/news/2017/04/20/x.md) _Context: Karen Handel_\n"
    )
    units = segments.split(text, None)
    kinds = [(u.section, u.text, u.date) for u in units]
    assert ("headline", "Handel wins.", "2017-06-20") in kinds
    assert ("related", "Ryan plans to campaign for Handel.", "2017-04-20") in kinds
    assert all("Reuters" not in u.text for u in units)
    for u in units:
        assert text[u.start : u.end] == u.text


def test_election_labels_are_readable() -> None:
    """Users see labels in queries and the HTML page: no OCD ids there."""
    from kg.extract.elections import ElectionRef

    house = ElectionRef("ocd-division/country:us/state:ga/cd:6", None, None, "2017-06-20",
                        True, "house")
    assert house.entity().label == "2017 Georgia's 6th congressional district special election"
    assert house.entity().division == "ocd-division/country:us/state:ga/cd:6"
    gov = ElectionRef("ocd-division/country:us/state:ga", "Governor of Georgia", "primary",
                      "2018-05-22", False, "governor")
    assert gov.label() == "2018 Georgia gubernatorial election (primary)"
    iowa = ElectionRef("ocd-division/country:us/state:ia", "President of the United States",
                       "primary", "2016-02-01", False, "nomination")
    assert iowa.label() == "2016 presidential primary in Iowa"
    bg = ElectionRef("ocd-division/country:bg", "President of Bulgaria", "runoff", "2016-11-13",
                     False, "president-foreign")
    assert bg.label() == "2016 presidential election in Bulgaria (runoff)"


def test_residents_head_to_the_caucuses() -> None:
    e = elections.detect("The race remains in flux hours before Nevadans head to the caucuses.",
                         "2020-02-22")
    assert e is not None
    assert (e.division, e.stage) == ("ocd-division/country:us/state:nv", "primary")


def test_a_party_nominating_race_in_a_presidential_year() -> None:
    e = elections.finalize(elections.detect(
        "Rubio had hoped to wait until the chaotic Republican nominating campaign had shrunk.",
        "2016-02-29"))
    assert e is not None
    assert (e.division, e.stage, e.date) == ("ocd-division/country:us", "primary", "2016")
    # a midterm year, or another office named: not the presidential race
    assert elections.detect("The Republican nominee trails in the polls.", "2014-10-01") is None
    e = elections.detect("The Republican nominee for Senate in Ohio trails.", "2016-10-01")
    assert e is None or e.office != "President of the United States"


def test_a_state_primary_beside_a_debate_and_the_district_of_columbia() -> None:
    e = elections.detect("After Thursday's debate in Miami, Rubio looks to the Florida "
                         "primary.", "2016-03-11")
    assert e is not None and e.division == "ocd-division/country:us/state:fl"
    e = elections.detect("We will fight hard to win the primary in Washington, D.C.",
                         "2016-06-07")
    assert e is not None and e.division == "ocd-division/country:us/district:dc"


def test_a_primary_word_moves_a_general_default_to_the_primary() -> None:
    general = elections.detect("the 2016 presidential election, the general election",
                               "2016-06-07")
    assert general is not None and general.stage == "general"
    e = elections.shift_to_general(general, "Clinton won after a grueling primary season.",
                                   "2016-06-07")
    assert e is not None and (e.stage, e.date) == ("primary", "2016")


def test_a_senate_candidate_of_a_state_named_before() -> None:
    e = elections.detect("Kentucky Secretary of State Alison Lundergan Grimes is a great "
                         "candidate for the U.S. Senate.", "2014-10-15")
    assert e is not None and e.office == "U.S. Senator from Kentucky"
