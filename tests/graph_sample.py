"""Two real articles (tests/data/graph) and hand-made facts about them, for the graph tests.

Evidence offsets are found in the article text, so every span is real; the same candidacy is
stated in both articles, so read-back must merge it into one record with two sources.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Store

from kg.build import article_quads
from kg.model import Article, Entity, Evidence, Fact

DATA = Path(__file__).parent / "data" / "graph"
DOC_000 = "000_3b53e3438b27af4f.txt"
DOC_001 = "001_decd0acf880a9682.txt"

OSSOFF = Entity(
    type="Person", label="Jon Ossoff", wikidata="Q28839536", aliases=("Ossoff",),
    merge_reasons=("'Ossoff' → Jon Ossoff: surname of a person named earlier in the article",),
)
HANDEL = Entity(type="Person", label="Karen Handel", wikidata="Q6369678",
                aliases=("Handel", "KAREN HANDEL"))
TRUMP = Entity(type="Person", label="Donald Trump", wikidata="Q22686",
               aliases=("Donald J. Trump", "President Trump"))
PRICE = Entity(type="Person", label="Tom Price", aliases=("Price",))
PELOSI = Entity(type="Person", label="Nancy Pelosi")
DEMOCRATS = Entity(type="Party", label="Democratic Party", wikidata="Q29552")
DNC = Entity(type="Organization", label="Democratic National Committee")
RCP = Entity(type="Organization", label="Real Clear Politics")
HHS = Entity(type="Office", label="Secretary of Health and Human Services")
RUNOFF = Entity(
    type="Election", label="2017 Georgia's 6th congressional district special election runoff",
    division="ocd-division/country:us/state:ga/cd:6", date="2017-06-20", stage="runoff",
    special=True, office="U.S. Representative for Georgia's 6th congressional district",
)
ELECTION_2016 = Entity(
    type="Election", label="2016 Georgia's 6th congressional district election",
    division="ocd-division/country:us/state:ga/cd:6", date="2016", stage="general",
)


def read_article(document: str, **fields: object) -> Article:
    text = (DATA / document).read_text(encoding="utf-8")
    return Article(text=text, document=document, origin=str(DATA / document),
                   **fields)  # type: ignore[arg-type]


ARTICLE_000 = read_article(
    DOC_000, date="2017-06-20", title="Live: Polls close in Georgia special election",
    url="https://www.breitbart.com/politics/2017/06/20/live-georgia-special-election/",
    publisher="Breitbart News",
)
ARTICLE_001 = read_article(DOC_001, date="2017-06-20",
                           title="Georgia special election down to the wire")


def span(article: Article, sentence: str) -> Evidence:
    """The evidence for the first occurrence of `sentence` in the article."""
    start = article.text.index(sentence)
    return Evidence(start=start, end=start + len(sentence), text=sentence)


def _facts_000() -> list[Fact]:
    a = ARTICLE_000
    polls = span(a, "The polls have closed in Georgia’s Sixth Congressional district for the "
                    "special election between Democrat Jon Ossoff and Republican Karen Handel.")
    price = span(a, "The race comes in a district left open by former Rep. Tom Price (R-GA), "
                    "who vacated the seat when he became President Trump’s Health and Human "
                    "Services (HHS) Secretary.")
    return [
        Fact("candidacy", OSSOFF, RUNOFF, (polls,), 0.9, "test.v1"),
        Fact("candidacy", HANDEL, RUNOFF, (polls,), 0.9, "test.v1"),
        Fact("party", OSSOFF, DEMOCRATS, (polls,), 0.8, "test.v1"),
        Fact(
            "endorsement", TRUMP, HANDEL,
            (span(a, "President Trump has urged his supporters in Georgia to turn out in a "
                     "series of Tweets, including one on Tuesday morning:"),
             span(a, "KAREN HANDEL FOR CONGRESS.")),
            0.85, "test.v1",
            attributes=(("date", "2017-06-20"), ("election", RUNOFF)),
        ),
        Fact("holds_office", PRICE, HHS, (price,), 0.7, "test.v1"),
        Fact("quote", HANDEL, None,
             (span(a, "“But I intend to have the last laugh when I win tomorrow.”"),),
             0.6, "test.v1",
             value="But I intend to have the last laugh when I win tomorrow.",
             attributes=(("where", "interview with Breitbart News"),)),
    ]


def _facts_001() -> list[Fact]:
    a = ARTICLE_001
    return [
        Fact("candidacy", OSSOFF, RUNOFF,
             (span(a, "Republican Karen Handel and Democrat Jon Ossoff are going head-to-head, "
                      "with Ossoff barely ahead of Handel in the primary runoff."),),
             0.95, "test.v1"),
        Fact("poll", HANDEL, RUNOFF,
             (span(a, "Real Clear Politics polling data shows an extremely tight race, with "
                      "Handel at 49 percent and Ossoff at 48 percent."),),
             0.8, "test.v1", value=49.0, attributes=(("pollster", RCP),)),
        Fact("funding", PELOSI, OSSOFF,
             (span(a, "Pelosi has donated a large sum of money to Ossoff"),),
             0.7, "test.v1"),
        Fact("funding", DNC, OSSOFF,
             (span(a, "Pelosi has donated a large sum of money to Ossoff, along with the "
                      "Democratic National Committee which has given more than $2 million to "
                      "Ossoff's race."),),
             0.75, "test.v1", value=2000000.0),
        Fact("won", PRICE, ELECTION_2016,
             (span(a, "Price won with 62 percent of the vote"),),
             0.7, "test.v1", value=62.0),
    ]


FACTS_000 = _facts_000()
FACTS_001 = _facts_001()
SAMPLE = ((ARTICLE_000, FACTS_000), (ARTICLE_001, FACTS_001))


def sample_store() -> Store:
    """An in-memory store holding both sample articles."""
    store = Store()
    for article, facts in SAMPLE:
        store.extend(article_quads(article, facts))
    return store
