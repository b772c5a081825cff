"""Which race a statement that names none of its own is about: the race in scope, moved to the
state or year the statement names, or none when it names another office or country."""

from __future__ import annotations

from kg.extract import elections
from kg.extract.elections import ElectionRef
from kg.extract.statements import _recent_race, rescope

US = "ocd-division/country:us"
PRESIDENT = "President of the United States"
SENATE_MO = ElectionRef(f"{US}/state:mo", "U.S. Senator from Missouri", None, "2012-11-06",
                        False, "senate")
GENERAL_2012 = ElectionRef(US, PRESIDENT, "general", "2012-11-06", False, "president")
NOMINATION_2016 = ElectionRef(US, PRESIDENT, "primary", "2016", False, "president")
HOUSE_CA25 = ElectionRef(f"{US}/state:ca/cd:25", None, None, "2020-11-03", False, "house")


def test_a_statement_about_another_state_gets_that_states_race_of_the_same_office() -> None:
    e, how = rescope(SENATE_MO, "In Virginia, the race between ⟨1⟩ and ⟨2⟩ is as close as ever.")
    assert how == "other-state" and e is not None
    assert (e.division, e.office, e.date) == (f"{US}/state:va", "U.S. Senator from Virginia",
                                              "2012-11-06")


def test_a_state_describing_a_person_is_no_place() -> None:
    e, how = rescope(SENATE_MO, "⟨1⟩, Kentucky Republican, predicted that ⟨2⟩ loses his race.")
    assert (e, how) == (SENATE_MO, "")


def test_a_state_in_a_presidential_story_is_the_same_national_race() -> None:
    assert rescope(GENERAL_2012, "In Ohio, ⟨1⟩ leads by two points.") == (GENERAL_2012, "")


def test_a_state_with_a_primary_word_in_the_nomination_race_is_that_states_primary() -> None:
    e, how = rescope(NOMINATION_2016, "⟨1⟩ had abandoned the Northeast in favor of Indiana, "
                     "which holds its primary on May 3.")
    assert how == "other-state" and e is not None
    assert (e.division, e.stage, e.kind) == (f"{US}/state:in", "primary", "nomination")
    # "New Mexico" names a state, not the country Mexico
    e, how = rescope(NOMINATION_2016, "⟨1⟩ pulls out of Indiana ahead of that state's primary, "
                     "while ⟨2⟩ gets Oregon and New Mexico, which votes June 7.")
    assert how == "other-state" and e is not None and e.division == f"{US}/state:in"


def test_another_state_in_a_house_story_is_the_race_named_there_before_or_none() -> None:
    wi7 = ElectionRef(f"{US}/state:wi/cd:7", None, None, "2020-05-12", True, "house")
    text = "“Wisconsin is going to be a battleground this year,” he said."
    assert rescope(HOUSE_CA25, text, earlier=[wi7]) == (wi7, "other-state")
    assert rescope(HOUSE_CA25, text) == (None, "other-state")


def test_a_year_named_moves_the_presidential_race_to_that_cycle_or_drops_it() -> None:
    e, how = rescope(GENERAL_2012, "Only 13 percent of voters cast ballots ahead of Election Day "
                     "in 2008.")
    assert how == "other-year" and e is not None and e.date == "2008-11-04"
    assert rescope(GENERAL_2012, "The law takes effect in 2014.") == (None, "other-year")
    # a year within the campaign, or not tied to the statement's event, keeps the race
    assert rescope(GENERAL_2012, "In 2011, ⟨1⟩ raised $40 million.") == (GENERAL_2012, "")
    assert rescope(GENERAL_2012, "The first time since 1996 that ⟨1⟩ leads.") == (
        GENERAL_2012, "")


def test_a_race_for_another_office_or_a_foreign_vote_inherits_nothing() -> None:
    assert rescope(GENERAL_2012, "⟨1⟩ is prioritizing his own reelection bid as governor.") == (
        None, "other-office")
    assert rescope(SENATE_MO, "⟨1⟩ is running for Senate.") == (SENATE_MO, "")
    assert rescope(GENERAL_2012, "In Mexico, the country is preparing to hold elections.") == (
        None, "other-country")


def test_the_primary_refers_to_the_race_named_just_before() -> None:
    florida = ElectionRef(f"{US}/state:fl", PRESIDENT, "primary", "2016", False, "nomination")
    text = "He stopped short of saying he would drop out if he lost the primary in his home state."
    assert _recent_race(text, None, None, florida) == florida
    # nothing named just before, or a general election for "the primary": no antecedent
    assert _recent_race(text, None, None, None) is None
    assert _recent_race(text, None, None, GENERAL_2012) is None
    # a bare "the Republican primary" after a state's primary in the paragraph is that state's
    bare = elections.detect("Those who voted in the Republican primary said so.", "2016-04-06")
    assert bare is not None and bare.division == US
    assert _recent_race("Those who voted in the Republican primary said so.", bare, florida,
                        None) == florida


def test_the_last_presidential_election_is_the_one_held_before() -> None:
    for ref, year in (("2014-10-15", "2012"), ("2016-03-01", "2012"), ("2016-12-01", "2016")):
        e = elections.finalize(elections.detect(
            "Grimes refused to say who she voted for in the last presidential election.", ref))
        assert e is not None and e.division == US and e.stage == "general"
        assert (e.date or "")[:4] == year, ref


def test_a_past_cycle_named_in_a_nomination_story_is_that_cycles_race() -> None:
    nomination_2012 = ElectionRef(US, PRESIDENT, "primary", "2012", False, "president")
    e, how = rescope(nomination_2012, "Facing a decidedly cool audience — ⟨1⟩ won 67 percent of "
                                      "the Hispanic vote in 2008 — ⟨2⟩ chose to focus on jobs.")
    assert how == "other-year" and e is not None
    assert (e.stage, e.date) == ("general", "2008-11-04")
    e, how = rescope(nomination_2012, "⟨1⟩ lost the Iowa caucuses in 2008.")
    assert e is not None and (e.stage, e.date) == ("primary", "2008")


def test_a_lead_about_one_states_vote_makes_that_state_the_storys_focus() -> None:
    from kg.extract.segments import Unit
    from kg.extract.statements import _focus_primary

    lead = ("The 2016 presidential contenders are begging their Iowa supporters to get to the "
            "caucuses Monday and Donald Trump, true to form, is in-your-face about it.")
    units = [Unit(0, len(lead), lead, "body", "2016-01-31")]
    focus = _focus_primary(units, NOMINATION_2016)
    assert focus is not None and focus.division == f"{US}/state:ia" and focus.stage == "primary"
    national = "Candidates from Iowa and Texas look ahead to the caucuses."
    assert _focus_primary([Unit(0, len(national), national, "body", "2016-01-31")],
                          NOMINATION_2016) is None
