"""Elections (kg.extract.elections): pure rules, no spaCy model needed; and the contests the
extractor names on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor, elections
from tests.extract.small_texts import elections_of, run, triples


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



def test_every_sovereign_country_has_its_elections() -> None:
    """Elections of any country are recognised, not only those of the development documents."""
    for text, division in (("Pakistan holds parliamentary elections.", "country:pk"),
                           ("Costa Rica holds a presidential election.", "country:cr"),
                           ("Sierra Leone holds parliamentary elections.", "country:sl")):
        e = elections.finalize(elections.detect(text, "2013-05-11"))
        assert e is not None and e.division == f"ocd-division/{division}", text

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


def test_at_large_seat_is_a_state_election_with_office(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Greg Smith defeated Democrat Rob Quinn in Montana's "
                           "at-large congressional district special election on Thursday.",
                "2017-05-26")
    won = elections_of(facts, "won")
    assert won["Greg Smith"][:2] == ("ocd-division/country:us/state:mt", "2017")
    office = "U.S. Representative for Montana's at-large congressional district"
    assert won["Greg Smith"][3] == office
    assert "Rob Quinn" in elections_of(facts, "lost")


def test_senate_special_election_and_governor_race(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Doug Jones defeated Republican Roy Moore in the Alabama "
                           "Senate special election on Tuesday. Democrat Andy Beshear narrowly "
                           "won the Kentucky governor's race, defeating incumbent Matt Bevin.",
                "2019-11-06")
    won = elections_of(facts, "won")
    assert won["Doug Jones"][0] == "ocd-division/country:us/state:al"
    assert won["Doug Jones"][3] == "U.S. Senator from Alabama"
    assert won["Andy Beshear"][3] == "Governor of Kentucky"
    assert elections_of(facts, "lost")["Matt Bevin"][3] == "Governor of Kentucky"


def test_party_chair_election(extractor: Extractor) -> None:
    facts = run(extractor, "Tom Perez was elected DNC chair on Saturday, defeating Keith "
                           "Ellison.", "2017-02-26")
    won = elections_of(facts, "won")
    assert won["Tom Perez"] == ("ocd-division/country:us", "2017", "general",
                                "Chair of the Democratic National Committee")
    assert "Keith Ellison" in elections_of(facts, "lost")


def test_year_after_a_presidential_election_means_that_election(extractor: Extractor) -> None:
    facts = run(extractor, "The report says Russia tried to sway the presidential election "
                           "against Democratic Party candidate Hillary Clinton.", "2017-01-06")
    cand = elections_of(facts, "candidacy")
    assert cand["Hillary Clinton"][:2] == ("ocd-division/country:us", "2016")


def test_race_for_a_vacated_seat_comes_from_the_gazetteer(extractor: Extractor) -> None:
    facts = run(extractor, "Former Alabama Chief Justice Roy Moore wins the Republican primary "
                           "runoff for the U.S. Senate seat vacated by Jeff Sessions, defeating "
                           "incumbent Senator Luther Strange.", "2017-09-26")
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert won["Roy Moore"] == ("ocd-division/country:us/state:al", "2017", "primary",
                                "U.S. Senator from Alabama")
    assert lost["Luther Strange"] == won["Roy Moore"]
    assert ("Roy Moore", "Republican Party", None) in triples(facts, "party")


def _statements(extractor: Extractor, text: str, date: str) -> list[tuple[str, str | None]]:
    """Each statement's text with the contest the resolution benchmark reads there."""
    from kg.contests import contest_of
    from kg.model import Article

    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt", date=date))
    assert analysed is not None
    out = []
    for st in analysed[0].statements:
        ref = elections.finalize(st.own_election or st.election)
        c = contest_of(ref.entity()) if ref is not None else None
        out.append((st.unit.text, f"{c.division}|{c.year}|{c.kind}" if c else None))
    return out


def test_a_vote_in_the_state_a_nomination_story_is_filed_from_is_that_states_primary(
        extractor: Extractor) -> None:
    text = ("NASHUA, N.H. - Bernie Sanders may have established himself as the standard-bearer "
            "of the Democratic Party's left in the race for the Democratic presidential "
            "nomination.\n\nAt the end of Tuesday night's primary, the votes amassed by Pete "
            "Buttigieg and Amy Klobuchar easily outpaced those of Sanders.\n\nThe battle for "
            "the Democratic nomination could go on for months.")
    read = dict(_statements(extractor, text, "2020-02-12"))
    night = next(v for k, v in read.items() if "Tuesday night" in k)
    battle = next(v for k, v in read.items() if "battle for" in k)
    assert night == "ocd-division/country:us/state:nh|2020|primary"
    assert battle == "ocd-division/country:us|2020|primary"


def test_a_presidents_own_election_is_the_vote_that_first_made_him_president(
        extractor: Extractor) -> None:
    text = ("The left responded to that moment by nominating Barack Obama.\n\nBut Obama's "
            "election eventually gave rise to an anger on the right, fueled by the Tea Party.")
    read = dict(_statements(extractor, text, "2018-05-01"))
    election = next(v for k, v in read.items() if "Obama's election" in k)
    assert election == "ocd-division/country:us|2008|general"


def test_the_midterms_are_the_countrys_general_election_not_a_districts_race() -> None:
    e = elections.detect("Republicans fear losing the House in the midterm elections.",
                         "2017-06-20")
    assert e is not None and e.kind == "midterm"
    assert (e.division, e.date, e.office) == ("ocd-division/country:us", "2018-11-06", None)
    e = elections.detect("Democrats hope the 2018 midterms will favour them.", "2018-03-01")
    assert e is not None and e.date == "2018-11-06"


def _phrases(extractor: Extractor, text: str, date: str) -> dict[str, str]:
    """The race phrases of statements naming several races, with the contest each names."""
    from kg.contests import contest_of
    from kg.model import Article

    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt", date=date))
    assert analysed is not None
    out = {}
    for st in analysed[0].statements:
        for a, b, race in st.races:
            c = contest_of(race.entity())
            assert c is not None
            out[text[a:b]] = f"{c.division}|{c.year}|{c.kind}"
    return out


def test_a_statement_naming_two_races_keeps_each_phrases_own(extractor: Extractor) -> None:
    text = ("Northern Virginia is a key battleground not just for the presidential election but "
            "for a close U.S. Senate race as well.")
    races = _phrases(extractor, text, "2012-10-29")
    assert races["the presidential election"] == "ocd-division/country:us|2012|general"
    assert races["a close U.S. Senate race"] == "ocd-division/country:us/state:va|2012|general"
    text = ("Most striking was how many Wisconsin primary voters still harbored deep discomfort "
            "with Mr. Trump despite his wide lead in the race for delegates.")
    races = _phrases(extractor, text, "2016-04-06")
    assert races["the race for delegates"] == "ocd-division/country:us|2016|primary"
    assert races["Wisconsin primary"] == "ocd-division/country:us/state:wi|2016|primary"


def test_a_past_presidential_race_named_by_year_is_its_general(extractor: Extractor) -> None:
    text = ("Kasich, who sought the Republican nomination in the 2016 presidential race, "
            "said he would not rule out another run.")
    races = _phrases(extractor, text, "2018-03-01")
    assert races["the 2016 presidential race"] == "ocd-division/country:us|2016|general"


def test_the_presumptive_nominee_before_the_conventions_is_the_nomination_race() -> None:
    e = elections.finalize(elections.detect(
        "The move leaves Donald Trump standing alone as the presumptive Republican presidential "
        "nominee.", "2016-05-04"))
    assert e is not None and (e.stage, e.date) == ("primary", "2016")


def test_governors_are_elected_on_their_states_calendar() -> None:
    import datetime as dt

    assert elections.governor_year("NJ", dt.date(2012, 10, 31)) == 2013
    assert elections.governor_year("NJ", dt.date(2012, 10, 31), 2014) == 2013
    assert elections.governor_year("GA", dt.date(2017, 6, 20)) == 2018
    assert elections.governor_year("KY", dt.date(2014, 1, 5)) == 2015
    e = elections.detect("The New Jersey governor's race is wide open.", "2012-10-31")
    assert e is not None and e.date == "2013-11-05"


def test_a_governors_reelection_is_the_race_for_the_governorship_the_article_gives(
        extractor: Extractor) -> None:
    text = ("Superstorm Sandy built a bridge between President Obama and New Jersey's Republican "
            "Gov. Chris Christie.\n\nYou don't even have to travel as far as 2016. Christie is up "
            "for re-election as governor in 2014.")
    read = dict(_statements(extractor, text, "2012-10-31"))
    election = next(v for k, v in read.items() if "re-election" in k)
    assert election == "ocd-division/country:us/state:nj|2013|general"


def test_the_speakers_election_is_a_leadership_vote() -> None:
    e = elections.detect("On Jan. 3, he will stand for reelection as speaker.", "2014-12-01")
    assert e is not None and e.kind == "party"
    assert (e.division, e.office, e.date) == (
        "ocd-division/country:us", "Speaker of the United States House of Representatives",
        "2015-01-03")


def test_the_last_primary_is_the_state_contest_named_next(extractor: Extractor) -> None:
    text = ("Hillary Clinton won the California primary.\n\nShe now has to appeal to the "
            "supporters of her rival Bernie Sanders, who is vowing to stay in until the last "
            "primary next week, as well as his party's national convention.\n\n\"We're going to "
            "fight hard to win the primary in Washington, D.C.,\" Sanders said.")
    read = dict(_statements(extractor, text, "2016-06-07"))
    election = next(v for k, v in read.items() if "last primary" in k)
    assert election == "ocd-division/country:us/district:dc|2016|primary"


def test_new_mexico_is_a_state_not_mexico() -> None:
    e = elections.detect("ORLANDO, Fla. — Former New Mexico Gov. Gary Johnson seized the "
                         "Libertarian nomination for president at the party's national "
                         "convention this weekend.", "2016-05-29")
    assert e is not None and e.division == "ocd-division/country:us" and e.stage == "primary"


def test_a_round_named_alone_is_the_round_of_the_race_in_scope() -> None:
    text = ("A run off election will be held on November 13 between Igor Dodon and Maia Sandu "
            "after no candidate achieved a majority of votes.")
    e = elections.detect(text, "2016-10-31")
    assert e is not None and e.division is None and e.stage == "runoff"
    scope = elections.ElectionRef("ocd-division/country:md", "President of Moldova", "general",
                                  "2016", kind="president-foreign")
    merged = elections.merge(e, scope)
    assert merged is not None and merged.division == scope.division
    assert (merged.stage, merged.date) == ("runoff", "2016-11-13")


def test_the_november_election_of_the_race_in_scope_is_its_general() -> None:
    e = elections.detect("But the 34-year-old school teacher is not sold on Joe Biden, Trump's "
                         "presumptive Democratic challenger in the Nov. 3 election.", "2020-05-01")
    assert e is not None and (e.stage, e.date) == ("general", "2020-11-03")


def test_a_day_outside_a_presidential_year_does_not_date_the_race() -> None:
    e = elections.finalize(elections.detect(
        "During an event commemorating Sept. 11, 2001 on Sunday, Democratic presidential "
        "candidate Hillary Clinton excused herself early.", "2016-09-12"))
    assert e is not None and e.date == "2016-11-08"


def test_an_early_year_said_of_a_campaign() -> None:
    e = elections.finalize(elections.detect(
        "In his 1932 campaign for the presidency, Roosevelt sought to claim the term.",
        "2016-11-08"))
    assert e is not None and e.date == "1932-11-08"
    count = elections.detect("There were 1800 presidential electors.", "2016-04-16")
    assert count is None or count.date == "2016"  # a number, not a year


def test_a_title_of_a_former_president_is_no_presidential_race() -> None:
    assert elections.detect("Former President of the Philippines Joseph Estrada is sworn-in as "
                            "the newly elected Mayor of Manila.", "2013-06-30") is None
    e = elections.detect("Vladimir Putin is elected President of Russia.", "2012-03-04")
    assert e is not None and e.division == "ocd-division/country:ru"


def test_a_candidate_for_prime_minister_runs_in_the_parliamentary_election() -> None:
    e = elections.detect("Antonio Tajani, the current President of the European Parliament, "
                         "accepts the offer to stand as a candidate for Prime Minister of Italy.",
                         "2018-03-02")
    assert e is not None and (e.division, e.kind) == ("ocd-division/country:it", "parliament")


def test_recall_is_a_special_election_of_the_state() -> None:
    """A recall vote is the state's special election, not the regular race of its year."""
    for text in ("Wis. Recall: A Trial Run For The Presidential Race",
                 "Voters in Wisconsin will decide Tuesday whether or not to recall Republican "
                 "Gov. Scott Walker."):
        e = elections.detect(text, "2012-06-03")
        assert e is not None and e.division == "ocd-division/country:us/state:wi"
        assert e.special and e.office == "Governor of Wisconsin"
    assert elections.detect("I recall that Wisconsin was cold.", "2012-06-03") is None


def test_compared_year_is_not_the_race_year() -> None:
    """"up from 121,000 in 2012" compares with an earlier cycle; the race is this year's."""
    e = elections.detect("In Iowa, Republicans drew 180,000 people to the caucuses, up from "
                         "121,000 in 2012.", "2016-03-01")
    assert e is not None and e.division == "ocd-division/country:us/state:ia"
    assert (e.date or "")[:4] == "2016"


def test_nomination_calendar_is_the_presidential_primary() -> None:
    text = ("Republicans are crowing about record turnouts in the first four nominating "
            "contests, while Democratic turnout has slumped compared with 2008, the party's last "
            "competitive primary season.")
    e = elections.detect(text, "2016-03-01")
    assert e is not None and e.division == "ocd-division/country:us"
    assert e.stage == "primary" and (e.date or "")[:4] == "2016"


def test_general_election_in_a_primary_story() -> None:
    primary = elections.ElectionRef("ocd-division/country:us", "President of the United States",
                                    "primary", "2016", False, "president")
    e = elections.shift_to_general(primary, "Walter warns against conflating the turnout surge "
                                   "with electability in the general election.", "2016-03-01")
    assert e is not None and e.stage == "general" and e.date == "2016-11-08"


def test_choosing_the_next_president() -> None:
    e = elections.detect("With just five days before Americans go to the polls to choose the "
                         "next president, 19 million have voted early.", "2012-11-01")
    assert e is not None and e.office == "President of the United States"
    assert e.date == "2012-11-06"


def test_state_primary_in_a_midterm_year() -> None:
    """"the California primary" in 2018 is the state's primary election, not a presidential
    nominating contest."""
    e = elections.detect("Tuesday night’s California primary election results", "2018-06-06")
    assert e is not None and e.division == "ocd-division/country:us/state:ca"
    assert e.office is None and e.stage == "primary" and (e.date or "")[:4] == "2018"


def test_a_presidential_years_election_is_its_general() -> None:
    # "made less than two weeks before the 2016 election" in a 2018 story: the 2016 general,
    # the contest as a whole (no day said)
    e = elections.finalize(elections.detect(
        "Campaign finance groups said the $130,000 payment, made less than two weeks before the "
        "2016 election, amounted to an in-kind campaign contribution.", "2018-05-05"))
    assert e is not None
    assert (e.division, e.office, e.stage, e.date) == (
        "ocd-division/country:us", "President of the United States", "general", "2016")
    # a midterm year's election is no presidential one
    assert elections.detect("Democrats hope to gain seats in the 2018 election.",
                            "2018-05-05") is None


def test_a_countrys_voters_at_the_polls_re_electing_the_incumbent() -> None:
    e = elections.finalize(elections.detect(
        "Voters in Lithuania go to the polls with incumbent Dalia Grybauskaite winning "
        "re-election in the second round.", "2014-05-25"))
    assert e is not None and e.division == "ocd-division/country:lt" and e.date == "2014"
    # a referendum is no vote for an office
    assert elections.detect("Voters in Italy go to the polls for a referendum on re-election "
                            "limits.", "2016-12-04") is None


def test_midterm_as_a_modifier_and_the_november_congressional_election() -> None:
    e = elections.detect("Former President Obama’s midterm endorsement list is leaving some "
                         "Democrats cold.", "2018-08-10")
    assert e is not None and e.kind == "midterm" and e.date == "2018-11-06"
    e = elections.detect(
        "Analysts say the party could gain as many as five seats in Pennsylvania alone in the "
        "general congressional election in November.", "2018-05-16")
    assert e is not None and e.kind == "midterm"


def test_a_presidents_re_election() -> None:
    e = elections.finalize(elections.detect(
        "The stakes could have national implications, even for President Obama's re-election.",
        "2012-06-03"))
    assert e is not None and e.office == "President of the United States"
    assert (e.stage, e.date) == ("general", "2012-11-06")


def _statement_races(extractor: Extractor, text: str, date: str
                     ) -> list[tuple[str, str | None, str | None]]:
    """Each election phrase of the text with the office and year kg reads for it: the race
    phrase's own where the statement names several, else the statement's election."""
    from kg.model import Article

    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt", date=date))
    assert analysed is not None
    out = []
    for st in analysed[0].statements:
        for a, b, race in st.races:
            out.append((text[a:b], race.office, (race.date or "")[:4]))
        if not st.races:
            e = elections.finalize(st.own_election or st.election)
            out.append((st.unit.text[:20], e.office if e else None,
                        (e.date or "")[:4] if e else None))
    return out


def test_that_election_before_a_presidents_re_election(extractor: Extractor) -> None:
    races = _statement_races(
        extractor,
        "Voters in Wisconsin will decide Tuesday whether or not to recall Republican Gov. Scott "
        "Walker. It's been one of the most expensive statewide races in American history, and "
        "the stakes in that election could have national implications, even for President "
        "Obama's re-election.", "2012-06-03")
    assert ("that election", "Governor of Wisconsin", "2012") in races
    assert ("re-election", "President of the United States", "2012") in races


def test_a_recall_election_without_its_state(extractor: Extractor) -> None:
    races = _statement_races(
        extractor,
        "Voters in Wisconsin will decide Tuesday whether or not to recall Republican Gov. Scott "
        "Walker.\n\n\"Scott Walker's recall election is the second most important election in "
        "America this year,\" he tells NPR. \"The only one more important is the presidential "
        "election in November.\"", "2012-06-03")
    assert ("\"Scott Walker's reca", "Governor of Wisconsin", "2012") in races


def test_a_runoff_of_the_race_in_scope_is_the_statements_own(extractor: Extractor) -> None:
    from kg.model import Article

    text = ("Voters in Moldova go to the polls for a presidential election. A run off election "
            "will be held on November 13 between Igor Dodon and Maia Sandu after no candidate "
            "achieved a majority of votes.")
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt",
                                         date="2016-10-30"))
    assert analysed is not None
    st = analysed[0].statements[-1]
    assert st.own_election is not None
    assert st.own_election.division == "ocd-division/country:md"
    assert st.own_election.date == "2016-11-13"


def test_the_early_contests_of_a_past_cycle_are_its_primaries() -> None:
    general = elections.ElectionRef("ocd-division/country:us", "President of the United States",
                                    "general", "2000-11-07", False, "president")
    e = elections.shift_to_general(
        general, "The Republicans had much higher turnout rates in the early contests than the "
        "Democrats did.", "2016-03-01")
    assert e is not None and (e.stage, e.date) == ("primary", "2000")


def test_the_election_in_the_storys_state(extractor: Extractor) -> None:
    races = _statement_races(
        extractor,
        "CHICAGO, Illinois - Joe Biden defeated Bernie Sanders in the Democratic presidential "
        "primary on Tuesday.\n\nThe two candidates were forced to cancel events in Illinois in "
        "the waning days of the election.", "2020-03-17")
    assert ("The two candidates w", "President of the United States", "2020") in races
    from kg.model import Article

    analysed = extractor.analyse(Article(
        text="CHICAGO, Illinois - Joe Biden defeated Bernie Sanders in the Democratic "
             "presidential primary on Tuesday.\n\nThe two candidates were forced to cancel "
             "events in Illinois in the waning days of the election.",
        document="t.txt", origin="t.txt", date="2020-03-17"))
    assert analysed is not None
    last = analysed[0].statements[-1].election
    assert last is not None and last.division == "ocd-division/country:us/state:il"


def test_elected_to_congress_in_the_recent_elections() -> None:
    e = elections.detect("And 314 Action helped eight of the new STEM professionals get elected "
                         "to Congress in the recent elections.", "2018-11-18")
    assert e is not None and e.kind == "midterm" and e.date == "2018-11-06"


def test_a_foreign_partys_leadership_vote_is_party_internal() -> None:
    e = elections.finalize(elections.detect(
        "Shinzo Abe is elected as party leader of the Liberal Democratic Party in Japan, "
        "replacing the current Prime Minister Junichiro Koizumi.", "2006-09-20"))
    assert e is not None and (e.division, e.kind, e.date) == (
        "ocd-division/country:jp", "party-internal", "2006")
    e = elections.finalize(elections.detect(
        "Liberal Democratic Party (Japan) leadership election, 2008: Japan's ruling Liberal "
        "Democratic Party chooses former Foreign Minister of Japan Taro Aso as the next Prime "
        "Minister of Japan replacing Yasuo Fukuda.", "2016-07-10"))
    assert e is not None and (e.kind, e.date) == ("party-internal", "2008")


def test_becoming_speaker_in_a_year_is_that_years_speaker_vote() -> None:
    e = elections.detect("Ryan, 48, became Speaker in 2015 after former Speaker John Boehner's "
                         "retirement.", "2018-04-11")
    assert e is not None and e.office == elections._SPEAKER and e.date == "2015"
    assert elections.detect("House Speaker Paul Ryan said he would not run.",
                            "2018-04-11") is None


def test_a_race_for_the_partys_leadership_after_a_presidential_election_is_next_years() -> None:
    e = elections.detect("Not for the safe House seat he holds, but for the leadership of the "
                         "Democratic party.", "2016-12-04")
    assert e is not None
    assert (e.office, e.date) == ("Chair of the Democratic National Committee", "2017")


def test_a_race_some_years_ago_is_dated_back() -> None:
    e = elections.detect("In the glow of his Wisconsin recall election victory two years ago, "
                         "Scott Walker looked like a conservative superhero.", "2014-10-29")
    assert e is not None and e.special and e.date == "2012"


def test_the_gubernatorial_race_of_the_storys_state(extractor: Extractor) -> None:
    from kg.model import Article

    text = ("Walker and his foes see the gubernatorial race as evenly divided.\n\n"
            "Wisconsin voters like him. Wisconsinites are split. Wisconsin taxpayers got a "
            "rebate.")
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt",
                                         date="2014-10-29"))
    assert analysed is not None
    e = analysed[0].statements[0].election
    assert e is not None and (e.division, e.date) == ("ocd-division/country:us/state:wi",
                                                      "2014-11-04")


def test_a_past_cycle_named_by_year() -> None:
    e = elections.finalize(elections.detect(
        "Reagan nearly won the 1976 Republican primaries against Gerald Ford.", "2017-05-01"))
    assert e is not None and (e.office, e.stage, e.date) == (
        "President of the United States", "primary", "1976")
    e = elections.finalize(elections.detect(
        "Sandy ran for governor of Michigan twice, and lost twice, before Carl captured a Senate "
        "seat on his first try in 1978.", "2014-01-28"))
    assert e is not None and e.date == "1978-11-07"  # that year's, not this decade's
