"""Office mentions found by their shape and named by one labelling function (kg.extract.offices)."""

from __future__ import annotations

import pytest

from kg.extract.elections import ElectionRef, detect
from kg.extract.gazetteer import load
from kg.extract.office_labels import office_label, title_and_place
from kg.extract.offices import find_titles, name_office


@pytest.mark.parametrize("surface, label", [
    ("Vermont Sen.", "U.S. Senator from Vermont"),
    ("Texas senator", "U.S. Senator from Texas"),
    ("Illinois Gov.", "Governor of Illinois"),
    ("the Ohio governor", "Governor of Ohio"),
    ("Kentucky's governor", "Governor of Kentucky"),
    ("Kentucky Attorney General", "Attorney General of Kentucky"),
    ("U.S. Attorney General", "United States Attorney General"),
    ("Senate Majority Leader", "Majority Leader of the United States Senate"),
    ("Pennsylvania's Republican House Majority Leader",
     "Majority Leader of the Pennsylvania House of Representatives"),
    ("House Speaker", "Speaker of the United States House of Representatives"),
    ("DNC chair", "Chair of the Democratic National Committee"),
    ("chairwoman of the Democratic National Committee",
     "Chair of the Democratic National Committee"),
    ("chairman of the House Committee on Oversight and Government Reform",
     "Chairman of the House Committee on Oversight and Government Reform"),
    ("former mayor of South Bend, Indiana", "Mayor of South Bend"),
    ("South Bend, Indiana, Mayor", "Mayor of South Bend"),
    ("Chicago Mayor", "Mayor of Chicago"),
    ("Romanian Prime Minister", "Prime Minister of Romania"),
    ("Russian President", "President of Russia"),
    ("President of Ukraine", "President of Ukraine"),
    ("White House chief of staff", "White House Chief of Staff"),
    # no jurisdiction: the bare title, spelled out
    ("former president", "President"),
    ("Republican Sen.", "Senator"),
    ("Sens.", "Senator"),
    ("presidency", "President"),
    ("the speaker", "Speaker"),
    ("State Sen.", "State Sen."),
])
def test_office_names(surface: str, label: str) -> None:
    assert name_office(surface).label == label


def test_jurisdiction_just_outside_the_title() -> None:
    assert name_office("Gov.", before="Ohio ").label == "Governor of Ohio"
    assert name_office("senator", after=" from neighboring Vermont, got").label == (
        "U.S. Senator from Vermont")
    assert name_office("attorney general", after=" of Virginia, sued.").label == (
        "Attorney General of Virginia")


def test_the_holders_record_fixes_the_seat() -> None:
    people = load()
    assert name_office("Sen.", known=people.lookup("Ted Cruz"), date="2016-01-30").label == (
        "U.S. Senator from Texas")
    assert name_office("Former Vice President", known=people.lookup("Joe Biden"),
                       date="2020-02-01").label == "Vice President of the United States"
    assert name_office("Sen.", known=people.lookup("Ted Cruz"), date="2009-01-30").label == (
        "Senator")


def test_a_full_label_keeps_the_bare_title_as_alias() -> None:
    office = name_office("Vermont Sen.")
    assert office.aliases == ("Senator",)
    assert name_office("Senator").aliases == ()


@pytest.mark.parametrize("text, found", [
    ("Former Pennsylvania Gov. Edward G. Rendell called", ["Pennsylvania Gov."]),
    ("said House Small Business Committee Chairman Steve Chabot",
     ["House Small Business Committee Chairman"]),
    ("Rahm Emanuel, the ex-mayor of Chicago.", ["mayor of Chicago"]),
    ("On Tuesday Chicago Mayor Rahm Emanuel said", ["Chicago Mayor"]),
    ("The President of Ukraine Petro Poroshenko accuses", ["President of Ukraine"]),
    ("led by Rep. Darrell Issa, chairman of the House Committee on Oversight and Government "
     "Reform.", ["Rep.", "chairman of the House Committee on Oversight and Government Reform"]),
    ("DCCC chair Rep. Cheri Bustos (D-Ill.)", ["DCCC chair", "Rep."]),
    ("The weather was fine.", []),
])
def test_office_mentions_by_shape(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in find_titles(text)] == found


@pytest.mark.parametrize("title, place, district, label", [
    ("U.S. Senator", "VT", None, "U.S. Senator from Vermont"),
    ("U.S. Senator", "Vermont", None, "U.S. Senator from Vermont"),
    ("U.S. Senator", None, None, "U.S. Senator"),
    ("U.S. Representative", "GA", 6,
     "U.S. Representative for Georgia's 6th congressional district"),
    ("U.S. Representative", "Wyoming", 0,
     "U.S. Representative for Wyoming's at-large congressional district"),
    ("U.S. Representative", "NY", 12,
     "U.S. Representative for New York's 12th congressional district"),
    ("Governor", "Ohio", None, "Governor of Ohio"),
    ("Governor", None, None, "Governor"),
    ("President", "the United States", None, "President of the United States"),
    ("Attorney General", "the United States", None, "United States Attorney General"),
    ("Chair", "the Democratic National Committee", None,
     "Chair of the Democratic National Committee"),
])
def test_office_label(title: str, place: str | None, district: int | None, label: str) -> None:
    assert office_label(title, place, district=district) == label


def test_title_and_place_reads_a_label_back() -> None:
    assert title_and_place("Governor of Ohio") == ("Governor", "Ohio")
    assert title_and_place(office_label("U.S. Senator", "VT")) == ("U.S. Senator", "Vermont")
    assert title_and_place(office_label("U.S. Representative", "GA", district=6)) == (
        "U.S. Representative", "Georgia's 6th congressional district")
    assert title_and_place("Governor") is None


def test_election_offices_are_labelled_by_the_same_function() -> None:
    e = detect("the race for governor of Georgia", "2018-05-01")
    assert e is not None and e.office == office_label("Governor", "Georgia")
    e = detect("the race for Wyoming's at-large congressional seat", "2018-05-01")
    assert e is not None and e.office == office_label("U.S. Representative", "WY", district=0)
    assert ElectionRef("ocd-division/country:us/state:ga", office_label("U.S. Senator", "GA"),
                       None, "2020-11-03", kind="senate").label() == (
        "2020 United States Senate election in Georgia")
