"""Who a name refers to inside one article (kg.extract.resolve, kg.extract.mentions)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article
from tests.extract.small_texts import run


def people(extractor: Extractor, text: str, date: str = "2012-10-20") -> dict[str, list[str]]:
    """Each person's label -> the surface forms resolved to them, in text order."""
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt", date=date))
    assert analysed is not None
    ctx, _ = analysed
    out: dict[str, list[str]] = {}
    for span in ctx.people.spans:
        out.setdefault(ctx.person(span.person).label, []).append(text[span.start:span.end])
    return out


def test_an_honorific_rules_out_the_other_sex(extractor: Extractor) -> None:
    text = ("Michelle Obama spoke to supporters in Cleveland on Friday. Mr. Obama, meanwhile, "
            "leads 45 percent to 44 percent in the latest Ohio poll. Mrs. Obama returns to "
            "Ohio next week.")
    found = people(extractor, text)
    assert found["Michelle Obama"] == ["Michelle Obama", "Obama"]  # Mrs. Obama
    assert found["Barack Obama"] == ["Obama"]  # Mr. Obama: the president of that name


def test_a_misspelt_first_name_is_the_known_person(extractor: Extractor) -> None:
    text = ("Rep. Darrel Issa said the committee would hold hearings. Darrell Issa, a "
            "California Republican, chairs the House Oversight Committee.")
    found = people(extractor, text)
    assert list(found) == ["Darrell Issa"]
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt"))
    assert analysed is not None
    ctx, _ = analysed
    person = ctx.person(0)
    assert person.wikidata == "Q1166592"
    assert any("spelling variant" in r for r in person.merge_reasons)


@pytest.mark.parametrize("text, name", [
    ("Democrat Dianne Feinstein won a fifth full term on Tuesday.", "Dianne Feinstein"),
    ("Photo Tim Kaine Hide Caption 3 of 9 Tim Kaine spoke in Richmond.", "Tim Kaine"),
    ("Location Barack Obama spoke at a rally in Ohio on Friday.", "Barack Obama"),
])
def test_party_words_and_page_furniture_stay_out_of_names(extractor: Extractor, text: str,
                                                          name: str) -> None:
    assert list(people(extractor, text)) == [name]


@pytest.mark.parametrize("text", [
    "Team Obama released a new ad on Monday attacking the Republican ticket.",
    "The Republican Jewish Coalition spent heavily in Florida this fall.",
])
def test_groups_are_not_people(extractor: Extractor, text: str) -> None:
    found = people(extractor, text)
    assert not any(w in label for label in found for w in ("Team", "Coalition")), found


def test_a_qid_only_where_the_context_agrees(extractor: Extractor) -> None:
    """Tom Barrett, Milwaukee's mayor in 2012, is not the Michigan representative first elected
    in 2024; a party word elsewhere in the sentence does not unlink the president."""
    text = ("Milwaukee Mayor Tom Barrett, a Democrat, lost the recall election to Scott Walker. "
            "Barack Obama stayed out of the Republican-led recall.")
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt",
                                         date="2012-06-06"))
    assert analysed is not None
    ctx, _ = analysed
    by_label = {ctx.person(i).label: ctx.person(i) for i in range(len(ctx.people.people))}
    barrett = by_label["Tom Barrett"]
    assert barrett.wikidata is None
    assert any("not linked" in r and "first term" in r for r in barrett.merge_reasons)
    assert by_label["Barack Obama"].wikidata == "Q76"


def test_a_suffix_keeps_father_and_son_apart(extractor: Extractor) -> None:
    text = ("President Trump defended his son on Monday. Donald Trump Jr. met the lawyer in "
            "June. Trump Jr. said the meeting was short, and Trump called it a nothing.")
    found = people(extractor, text, date="2018-01-16")
    assert found["Donald Trump Jr."] == ["Donald Trump Jr", "Trump Jr."]
    assert found["Donald Trump"] == ["Trump", "Trump"]


def test_a_title_before_a_full_name_is_not_part_of_it(extractor: Extractor) -> None:
    text = ("Kentucky Secretary of State Alison Lundergan Grimes is running for the Senate. "
            "Grimes faces Majority Leader Mitch McConnell, and GRIMES said so.")
    found = people(extractor, text, date="2014-10-15")
    assert found["Alison Lundergan Grimes"] == ["Alison Lundergan Grimes", "Grimes", "GRIMES"]
    assert "Mitch McConnell" in found


def test_a_lone_surname_is_the_one_officeholder_of_that_name(extractor: Extractor) -> None:
    """No full name in the article: 'Mr. Cruz' in 2016 is the one Cruz in office then."""
    text = ("Mr. Cruz won the Wisconsin primary on Tuesday. Voters broke against Mr. Trump, "
            "and Mr. Cruz thanked them.")
    found = people(extractor, text, date="2016-04-06")
    assert found["Ted Cruz"] == ["Cruz", "Cruz"]
    assert found["Donald Trump"] == ["Trump"]  # took office within the year


def test_a_first_name_alone_and_a_particle_surname(extractor: Extractor) -> None:
    text = ("Hillary Clinton spoke in Ohio. Supporters chanted for Hillary. Hans von Spakovsky "
            "disagreed; von Spakovsky is a lawyer.")
    found = people(extractor, text, date="2016-06-07")
    assert found["Hillary Clinton"] == ["Hillary Clinton", "Hillary"]
    assert found["Hans von Spakovsky"] == ["Hans von Spakovsky", "von Spakovsky"]


def test_surname_resolves_to_full_name_with_reason(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Laura Fenwick faces Democrat Sam Ortiz in Ohio's 12th "
                           "congressional district on Tuesday. Fenwick defeated Ortiz.")
    won = [f for f in facts if f.relation == "won"]
    assert [f.subject.label for f in won] == ["Laura Fenwick"]
    assert any("surname" in r for r in won[0].subject.merge_reasons)
    assert won[0].object is not None
    assert won[0].object.division == "ocd-division/country:us/state:oh/cd:12"


def test_known_people_carry_wikidata(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Jon Ossoff and Republican Karen Handel met.", "2017-06-20")
    qids = {f.subject.label: f.subject.wikidata for f in facts if f.relation == "party"}
    assert qids["Jon Ossoff"] == "Q28839536"


@pytest.mark.parametrize("text, name", [
    ("McCain and Schumer, joined by Republican Lindsay Graham of South Carolina and Democrat "
     "Jack Reed of Rhode Island, said they must work together.", "Jack Reed"),
    ("“The war on coal goes on,” said House Natural Resources Committee Chair Doc Hastings, "
     "Washington state Republican, after the vote.", "Doc Hastings"),
    ("The second round of voting takes place to elect either Norbert Hofer or Alexander Van der "
     "Bellen as President of Austria.", "Alexander Van der Bellen"),
    ('"It\'s kinda nice he says what he thinks," said April Powers, 54, an accountant from '
     "Pinellas Park, Fla.", "April Powers"),
])
def test_titles_party_words_and_particles_at_names(extractor: Extractor, text: str,
                                                   name: str) -> None:
    assert name in people(extractor, text)


def test_a_name_card_does_not_run_into_the_name(extractor: Extractor) -> None:
    """The Hill's linked names carry a card (full name, headlines, MORE) glued to them."""
    text = ("Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP "
            "senators balk at lengthy impeachment trial Graham: Senate trial 'must expose the "
            "whistleblower' MORE (R-Ky.) laughed off the idea. Speaker Paul Ryan Paul Davis "
            "RyanAmash: Trump incorrect in claiming Congress didn't subpoena Obama officials "
            "MORE (R-Wis.) is retiring.")
    found = people(extractor, text, "2018-04-11")
    assert "Mitch McConnell" in found and "Paul Ryan" in found
    assert not any("Addison" in label or "Amash" in label for label in found)


def test_initials_do_not_end_a_sentence(extractor: Extractor) -> None:
    text = ("Illinois Gov. J.B. Pritzker on Monday — who was a major Hillary Clinton backer in "
            "2016 — also endorsed Biden for president.")
    assert any("Pritzker" in label for label in people(extractor, text, "2020-03-17"))


@pytest.mark.parametrize("text, name", [
    ("He, DeMint, and former Alaska Gov. Sarah Palin topped the list suggested by Beverly "
     "Owensby of Palladian View, South Carolina.", "Beverly Owensby"),
    ("Recent news reports suggest that if there is an actual attempt at systemic voter fraud, "
     "it's coming from GOP-affiliated groups. Meet Nathan Sproul: a longtime Republican "
     "operative paid $3 million by the Republican Party to register voters in five states "
     "this cycle.", "Nathan Sproul"),
    ("Enlarge this image toggle caption Chip Somodevilla/Getty Images Chip Somodevilla/Getty "
     "Images\n\nWhile Washington is consumed with the aftermath of yet another performance.",
     "Chip Somodevilla"),
])
def test_names_the_tagger_misreads(extractor: Extractor, text: str, name: str) -> None:
    assert name in people(extractor, text)


def test_a_title_alone_is_nobody(extractor: Extractor) -> None:
    text = ("Voters in Romania go to the polls with the Prime Minister expected to win the first "
            "round, and Never Trump activists watched from afar.")
    found = people(extractor, text)
    assert "Prime Minister" not in found and "Never Trump" not in found


def test_the_president_by_surname_alone(extractor: Extractor) -> None:
    text = ("Earlier last week the Obama campaign complained to Wisconsin's attorney general, and "
            "the anti-Obama vote came out early.")
    assert people(extractor, text, "2012-11-04") == {"Barack Obama": ["Obama", "Obama"]}


@pytest.mark.parametrize("text", [
    "Republican Convention Speakers Include Old And New Faces",
    "Venezuelan opposition leaders say their Democratic Unity Roundtable has won control of the "
    "legislature.",
])
def test_a_party_adjective_before_no_first_name_is_no_person(extractor: Extractor,
                                                             text: str) -> None:
    assert people(extractor, text, "2012-08-06") == {}


def test_the_possessor_is_the_person(extractor: Extractor) -> None:
    text = ("Former New Mexico Gov. Gary Johnson seized the Libertarian nomination. The crowd "
            "cheered Johnson’s Libertarian bid.")
    assert list(people(extractor, text, "2016-05-29")) == ["Gary Johnson"]


def test_a_bracketed_first_name_joins_the_surname(extractor: Extractor) -> None:
    text = "“Ever heard of [Rep. Rashida] Tlaib or [Rep. Ilhan] Omar?”"
    found = people(extractor, text, "2020-01-02")
    assert "Rashida Tlaib" in found and "Ilhan Omar" in found


def test_a_party_word_before_a_full_name_in_prose(extractor: Extractor) -> None:
    text = ("Senate Minority Leader Mitch McConnell needs to run up big margins in rural areas to "
            "offset Democrat Alison Lundergan Grimes’ strength in the more urban areas.")
    assert "Alison Lundergan Grimes" in people(extractor, text, "2014-11-04")


@pytest.mark.parametrize("text, name", [
    ("Former Prime Minister of the Netherlands Piet de Jong celebrates his 100th birthday.",
     "Piet de Jong"),
    ("United Kingdom Secretary of State for International Development Penny Mordaunt tells BBC "
     "One that Oxfam's failure to pass on information shows an absolute betrayal.",
     "Penny Mordaunt"),
])
def test_a_name_after_an_office_title_the_tagger_took_for_an_organisation(
        extractor: Extractor, text: str, name: str) -> None:
    assert name in people(extractor, text, "2018-02-04")


def test_a_party_after_an_office_title_is_no_person(extractor: Extractor) -> None:
    text = ("Antonio Tajani accepts the offer of Silvio Berlusconi to stand as a candidate for "
            "Prime Minister of Italy for Forza Italia.")
    assert "Forza Italia" not in people(extractor, text, "2018-03-02")


def test_the_place_of_a_title_is_not_part_of_the_name(extractor: Extractor) -> None:
    text = ("Romanian Prime Minister Victor Ponta, from the ruling PSD, and the ethnic German "
            "mayor of Sibiu Klaus Iohannis, from the opposition ACL alliance, will face off.")
    assert "Klaus Iohannis" in people(extractor, text, "2014-11-02")


def test_a_demonym_before_a_surname_is_no_first_name(extractor: Extractor) -> None:
    text = ("Ted Cruz won the Iowa caucuses. Texan Cruz, considered Trump's chief rival in Iowa, "
            "took to the airwaves to challenge the conservative credentials of Rubio. The "
            "Provo, Utah-born McMullin and his running mate, Mindy Finn, raised $1 million.")
    found = people(extractor, text, "2016-01-31")
    assert found["Ted Cruz"] == ["Ted Cruz", "Cruz"]
    assert not any("Texan" in label or "Utah" in label for label in found)


def test_a_name_card_without_hover_text_is_its_bearer(extractor: Extractor) -> None:
    """The card's full name runs into the first headline: "Rafael (Ted) Edward CruzCruz, ..."
    names Ted Cruz, not an "Edward Cruz"; "Thomas Edward Perez" after "Tom Perez" is Tom."""
    text = ("Sen. Ted Cruz Rafael (Ted) Edward CruzCruz, Graham send well wishes to Sanders "
            "after heart procedure said on Monday that he would campaign in Indiana. DNC chairman "
            "Tom Perez Thomas Edward PerezSanders campaign says it will ask for a partial "
            "recanvass praised the volunteers.")
    found = people(extractor, text, "2016-04-28")
    assert "Ted Cruz" in found and "Tom Perez" in found
    assert not any("Edward" in label or "Rafael" in label or "Thomas" in label
                   for label in found)


def test_a_surname_given_only_with_an_honorific_is_a_person(extractor: Extractor) -> None:
    text = ("Mr. Romney has made the economy the centerpiece of his campaign. Aides to Mr. "
            "Romney said he would visit Ohio twice next week.")
    found = people(extractor, text, "2012-09-26")
    assert found.get("Mitt Romney") == ["Romney", "Romney"]


def test_title_case_headline_words_after_a_title_are_no_name(extractor: Extractor) -> None:
    text = "DCCC Chairwoman Wont Say If AOC Good For Caucus youtu.be"
    found = people(extractor, text, "2020-01-13")
    assert not any("Wont" in label or "Chairwoman" in label for label in found)


def test_compound_surnames_and_short_first_names(extractor: Extractor) -> None:
    text = ("Rep. Debbie Wasserman Schultz stepped down on Sunday. Wasserman Schultz said she "
            "would still address the convention. Assuming he survives a primary challenge from "
            "his right, he will face Allison Lundergan Grimes, Kentucky's secretary of state. "
            '"Grimes has an uphill battle," he said. Former Gov. Ed Rendell spoke first; '
            "Edward Rendell has long backed her.")
    found = people(extractor, text, "2014-01-29")
    assert found["Debbie Wasserman Schultz"] == ["Debbie Wasserman Schultz",
                                                 "Wasserman Schultz"]
    assert found["Allison Lundergan Grimes"] == ["Allison Lundergan Grimes", "Grimes"]
    assert found["Ed Rendell"] == ["Ed Rendell", "Edward Rendell"]


def test_a_nickname_in_quotes_is_the_name_the_person_goes_by(extractor: Extractor) -> None:
    text = ("Sanders was backed by two top leaders of the Chicago Teachers Union and Rep. "
            "Jesus “Chuy” Garcia, D-Ill., the most prominent Illinois elected official backing "
            "him. Garcia spoke at the rally.")
    found = people(extractor, text, date="2020-03-17")
    assert found["Chuy García"] == ["Jesus “Chuy” Garcia", "Garcia"]


def test_a_nickname_is_not_another_known_person_of_that_surname(extractor: Extractor) -> None:
    text = ("Rep. Sandy Levin, the top Democrat on the Ways and Means Committee, said the bill "
            "would not pass. Levin spoke to reporters on Tuesday.")
    found = people(extractor, text, date="2014-01-28")
    assert "Andy Levin" not in found  # "Sandy" is no misspelling of "Andy"
    assert found["Sandy Levin"] == ["Sandy Levin", "Levin"]


def test_a_short_first_name_keeps_the_articles_form(extractor: Extractor) -> None:
    text = "Sen. Ben Cardin said on Monday that the vote would be close."
    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt",
                                         date="2018-06-06"))
    assert analysed is not None
    person = analysed[0].person(0)
    assert person.label == "Ben Cardin" and person.wikidata is not None


def test_a_person_named_only_with_an_honorific_is_a_person(extractor: Extractor) -> None:
    text = ("When the session convenes in January, Mr. Sheldon will be elected president pro "
            "tem of the Senate. Sheldon said he would caucus with the Republicans.")
    found = people(extractor, text, date="2012-12-27")
    assert found["Sheldon"] == ["Sheldon", "Sheldon"]


def test_a_name_the_tagger_reads_as_an_organisation_after_a_role_noun(
        extractor: Extractor) -> None:
    text = ("Trump acknowledged a six-figure payment that was made to porn actress Stormy "
            "Daniels before the election. Daniels has sued the president.")
    found = people(extractor, text, date="2018-05-05")
    assert found["Stormy Daniels"] == ["Stormy Daniels", "Daniels"]


def test_a_name_the_tagger_split_in_two_is_one_name(extractor: Extractor) -> None:
    text = ("Trump Jr. met in Trump Tower with the Russian attorney Natalia Veselnitskaya during "
            "the campaign.")
    assert "Natalia Veselnitskaya" in people(extractor, text, date="2018-01-16")


def test_a_card_after_a_name_shown_in_full_is_a_mention_of_its_bearer(
        extractor: Extractor) -> None:
    text = ("They argue that Donald Trump Donald John TrumpSessions says he still supports "
            "Trump agenda would be hurt by the tariffs.")
    found = people(extractor, text, date="2018-08-10")
    assert found["Donald Trump"][:2] == ["Donald Trump", "Donald John Trump"]
