#!/usr/bin/env python3
"""Independent second-annotator pass over corpus/resolution/second.docs.

Writes corpus/resolution/second/second.jsonl (one line per mention, shape of GUIDE.md).
Person mentions: every occurrence of the listed surface forms (longest form first,
word-bounded), minus explicit exclusions.  Office / Election mentions: located by
(snippet, n-th occurrence of snippet, text inside the snippet).
QIDs: congress-legislators (current / 2017 / executive yaml locally; historical
members looked up in unitedstates/congress-legislators legislators-historical.yaml).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs"
OUT = HERE / "second.jsonl"

# ---------------------------------------------------------------- people
Q = {
    "Barack Obama": "Q76", "Donald Trump": "Q22686", "Joe Biden": "Q6279",
    "Hillary Clinton": "Q6294", "Mitt Romney": "Q4496",
    "Marco Rubio": "Q324546", "Rob Portman": "Q926069", "Jim DeMint": "Q22201",
    "Rand Paul": "Q463557", "Mike Lee": "Q627098", "Pat Toomey": "Q971308",
    "Ron Johnson": "Q970272", "Newt Gingrich": "Q182788", "Rick Santorum": "Q155985",
    "Paul Ryan": "Q203966", "Nancy Pelosi": "Q170581", "Chuck Schumer": "Q380900",
    "Todd Akin": "Q772086", "John Boehner": "Q11702", "Kevin McCarthy": "Q766866",
    "Steve Scalise": "Q1857141", "Hal Rogers": "Q547153", "Harry Reid": "Q314459",
    "Mark Warner": "Q453893", "Elizabeth Warren": "Q434706", "Ted Cruz": "Q2036942",
    "John Kasich": "Q69319", "Bernie Sanders": "Q359442", "Amy Klobuchar": "Q22237",
}

# surface form -> canonical name, per document
PEOPLE = {
    "a_2012-06-14_Trq7YTIxU9DfMOvJ.txt": {
        "Marco Rubio": "Marco Rubio", "Rubio": "Marco Rubio",
        "Rob Portman": "Rob Portman", "Portman": "Rob Portman",
        "Mitt Romney": "Mitt Romney", "Romney": "Mitt Romney",
        "Barack Obama": "Barack Obama", "Obama": "Barack Obama",
        "Jim DeMint": "Jim DeMint", "DeMint": "Jim DeMint",
        "Rand Paul": "Rand Paul", "Paul": "Rand Paul",
        "Mike Lee": "Mike Lee", "Lee": "Mike Lee",
        "Pat Toomey": "Pat Toomey", "Ron Johnson": "Ron Johnson",
        "Newt Gingrich": "Newt Gingrich", "Rick Santorum": "Rick Santorum",
        "Barbara Morseberger": "Barbara Morseberger", "Morseberger": "Barbara Morseberger",
        "Sarah Palin": "Sarah Palin", "Beverly Owensby": "Beverly Owensby",
        "Lisa Roper": "Lisa Roper", "Paul Ryan": "Paul Ryan",
    },
    "a_2012-08-31_IltUK4PrY77QmpY1.txt": {
        "Win McNamee": "Win McNamee",
        "Mitt Romney": "Mitt Romney", "Romney": "Mitt Romney",
        "Obama": "Barack Obama", "Donald Trump": "Donald Trump",
        "Tom Stemberg": "Tom Stemberg",
    },
    "a_2012-11-26_HNPSe3lc8e2IvIYV.txt": {
        "Nancy Pelosi": "Nancy Pelosi", "Pelosi": "Nancy Pelosi",
        "Chuck Schumer": "Chuck Schumer",
        "Barack Obama": "Barack Obama", "Obama": "Barack Obama",
        "Todd Akin": "Todd Akin", "Akin": "Todd Akin",
        "Mitch Stewart": "Mitch Stewart", "Matthew Barzun": "Matthew Barzun",
        "Gene Sperling": "Gene Sperling", "Jon Carson": "Jon Carson",
        "Steve Mostyn": "Steve Mostyn", "Rodell Mollineau": "Rodell Mollineau",
    },
    "a_2014-12-01_Nmh6PyXjvM40n4Vm.txt": {
        "Barack Obama": "Barack Obama", "Obama": "Barack Obama",
        "John Boehner": "John Boehner", "Boehner": "John Boehner",
        "Kevin McCarthy": "Kevin McCarthy", "McCarthy": "Kevin McCarthy",
        "Steve Scalise": "Steve Scalise", "Scalise": "Steve Scalise",
        "Hal Rogers": "Hal Rogers",
        "Harry Reid": "Harry Reid", "Reid": "Harry Reid",
        "Chuck Schumer": "Chuck Schumer", "Schumer": "Chuck Schumer",
        "Mark Warner": "Mark Warner", "Mark": "Mark Warner",
        "Elizabeth Warren": "Elizabeth Warren",
    },
    "a_2016-04-25_tVAyPTUJZOlgpGfD.txt": {
        "Ted Cruz": "Ted Cruz", "Cruz": "Ted Cruz",
        "John Kasich": "John Kasich", "Kasich": "John Kasich",
        "Donald Trump": "Donald Trump", "Trump": "Donald Trump",
        "Jeff Roe": "Jeff Roe", "John Weaver": "John Weaver", "Weaver": "John Weaver",
        "Dan Gallo": "Dan Gallo",
    },
    "a_2016-10-10_lqOL9FGaW58powxv.txt": {
        "Gorbah Hamed": "Gorbah Hamed",
        "Donald Trump": "Donald Trump", "Trump": "Donald Trump",
        "Moustafa Bayoumi": "Moustafa Bayoumi",
        "Hilary Clinton": "Hillary Clinton", "Clinton": "Hillary Clinton",
        "HillaryClinton": "Hillary Clinton",
        "Zeba Khan": "Zeba Khan", "Charles Haynes": "Charles Haynes",
        "Obama": "Barack Obama",
    },
    "a_2018-05-05_ynTlAkFPnEihW3Lp.txt": {
        "Charles Ventura": "Charles Ventura",
        "Trump": "Donald Trump",
        "Stormy Daniels": "Stormy Daniels", "Daniels": "Stormy Daniels",
        "Stephanie Clifford": "Stormy Daniels",
        "Rudy Giuliani": "Rudy Giuliani", "Giuliani": "Rudy Giuliani",
        "Michael Cohen": "Michael Cohen", "Cohen": "Michael Cohen",
        "Allen Weisselberg": "Allen Weisselberg",
        "David Jackson": "David Jackson", "Gregory Korte": "Gregory Korte",
    },
    "a_2020-02-07_ec65scfmC9jZIiW6.txt": {
        "Bernie Sanders": "Bernie Sanders", "Sanders": "Bernie Sanders",
        "Pete Buttigieg": "Pete Buttigieg", "Buttigieg": "Pete Buttigieg",
        "Buttigeg": "Pete Buttigieg",
        "Amy Klobuchar": "Amy Klobuchar", "Klobuchar": "Amy Klobuchar",
        "Elizabeth Warren": "Elizabeth Warren",
        "Joe Biden": "Joe Biden", "Andrew Yang": "Andrew Yang", "Tom Steyer": "Tom Steyer",
    },
    "c_2010-06-08_noynoy-aquino-is-elected-as-president-of.txt": {
        "Noynoy Aquino": "Benigno Aquino III", "Joseph Estrada": "Joseph Estrada",
    },
    "c_2016-05-22_the-second-round-of-voting-takes-place-t.txt": {
        "Norbert Hofer": "Norbert Hofer",
        "Alexander Van der Bellen": "Alexander Van der Bellen",
    },
}

# person matches that are not person mentions: (doc, text that contains the match)
PERSON_EXCLUDE_CONTEXT = {
    "a_2018-05-05_ynTlAkFPnEihW3Lp.txt": ["Trump Organization"],  # organisation
}

# ---------------------------------------------------------------- offices / elections
POTUS = "office:President of the United States"
SPEAKER = "office:Speaker of the United States House of Representatives"
US = "election:ocd-division/country:us"

# (snippet, n-th occurrence of snippet (0-based), text inside snippet, entity[, round])
OFFICES = {
    "a_2012-06-14_Trq7YTIxU9DfMOvJ.txt": [
        ("Sens. Marco Rubio", 0, "Sens.", "office:Senator"),
        ("President Barack Obama", 0, "President", POTUS),
        ("Sen. Jim DeMint", 0, "Sen.", "office:U.S. Senator from South Carolina"),
        ("Sens. Rand Paul", 0, "Sens.", "office:Senator"),
        ("Alaska Gov. Sarah", 0, "Alaska Gov.", "office:Governor of Alaska"),
        ("Rep. Paul Ryan", 0, "Rep.",
         "office:U.S. Representative for Wisconsin's 1st congressional district"),
        ("first term senator", 0, "senator", "office:U.S. Senator from Florida"),
    ],
    "a_2012-08-31_IltUK4PrY77QmpY1.txt": [
        ("national party chairman", 0, "national party chairman",
         "office:Chair of the Republican National Committee"),
        ("the speaker of the House", 0, "speaker of the House", SPEAKER),
        ("President Obama", 0, "President", POTUS),
        ("President Obama", 1, "President", POTUS),
        ("the president was telling", 0, "president", POTUS),
        ("the president had committed", 0, "president", POTUS),
        ("characterization of the president", 0, "president", POTUS),
        ("the current president", 0, "president", POTUS),
    ],
    "a_2012-11-26_HNPSe3lc8e2IvIYV.txt": [
        ("House Minority Leader", 0, "House Minority Leader",
         "office:Minority Leader of the United States House of Representatives"),
        ("New York Sen.", 0, "New York Sen.", "office:U.S. Senator from New York"),
        ("President Barack Obama", 0, "President", POTUS),
        ("Missouri Rep.", 0, "Missouri Rep.",
         "office:U.S. Representative for Missouri's 2nd congressional district"),
    ],
    "a_2014-12-01_Nmh6PyXjvM40n4Vm.txt": [
        ("President Barack Obama", 0, "President", POTUS),
        ("the president’s war powers", 0, "president", POTUS),
        ("Speaker John Boehner", 0, "Speaker", SPEAKER),
        ("House Majority Leader", 0, "House Majority Leader",
         "office:Majority Leader of the United States House of Representatives"),
        ("Majority Whip Steve", 0, "Majority Whip",
         "office:Majority Whip of the United States House of Representatives"),
        ("House Appropriations Chairman", 0, "House Appropriations Chairman",
         "office:Chair of the United States House Committee on Appropriations"),
        ("reelection as speaker", 0, "speaker", SPEAKER),
        ("lose the speakership", 0, "speakership", SPEAKER),
        ("his speakership", 0, "speakership", SPEAKER),
        ("Senate Majority Leader", 0, "Senate Majority Leader",
         "office:Majority Leader of the United States Senate"),
        ("Sen. Chuck Schumer", 0, "Sen.", "office:U.S. Senator from New York"),
        ("Sen. Mark Warner", 0, "Sen.", "office:U.S. Senator from Virginia"),
        ("Sen. Elizabeth Warren", 0, "Sen.", "office:U.S. Senator from Massachusetts"),
    ],
    "a_2016-04-25_tVAyPTUJZOlgpGfD.txt": [
        ("Texas Sen. Ted Cruz", 0, "Texas Sen.", "office:U.S. Senator from Texas"),
        ("Ohio Gov. John Kasich", 0, "Ohio Gov.", "office:Governor of Ohio"),
        ("Gov. Kasich", 0, "Gov.", "office:Governor of Ohio"),
    ],
    "a_2016-10-10_lqOL9FGaW58powxv.txt": [
        ("President Obama", 0, "President", POTUS),
    ],
    "a_2018-05-05_ynTlAkFPnEihW3Lp.txt": [
        ("President Trump knew", 0, "President", POTUS),
        ("former New York City mayor", 0, "New York City mayor", "office:Mayor of New York City"),
        ("the president repaid", 0, "president", POTUS),
        ("ex-New York City mayor", 0, "New York City mayor", "office:Mayor of New York City"),
        ("Related:President Trump", 0, "President", POTUS),
    ],
    "a_2020-02-07_ec65scfmC9jZIiW6.txt": [
        ("Sen. Bernie Sanders", 0, "Sen.", "office:U.S. Senator from Vermont"),
        ("South Bend, Indiana, Mayor", 0, "South Bend, Indiana, Mayor",
         "office:Mayor of South Bend"),
        ("Sen. Amy Klobuchar", 0, "Sen.", "office:U.S. Senator from Minnesota"),
        ("Sen. Elizabeth Warren", 0, "Sen.", "office:U.S. Senator from Massachusetts"),
        ("Former Vice President", 0, "Vice President",
         "office:Vice President of the United States"),
    ],
    "c_2010-06-08_noynoy-aquino-is-elected-as-president-of.txt": [
        ("President of the Philippines in", 0, "President of the Philippines",
         "office:President of the Philippines"),
    ],
    "c_2016-05-22_the-second-round-of-voting-takes-place-t.txt": [
        ("as President of Austria", 0, "President of Austria", "office:President of Austria"),
    ],
}

ELECTIONS = {
    "a_2012-08-31_IltUK4PrY77QmpY1.txt": [
        ("in the early primaries", 0, "the early primaries", US + "|2012|primary", None),
        ("his primary opponents", 0, "primary", US + "|2012|primary", None),
        ("the primary dynamic", 0, "primary", US + "|2012|primary", None),
        ("back in the primaries", 0, "the primaries", US + "|2012|primary", None),
    ],
    "a_2012-11-26_HNPSe3lc8e2IvIYV.txt": [
        ("after Election Day", 0, "Election Day", US + "|2012|general", "2012-11-06"),
    ],
    "a_2014-12-01_Nmh6PyXjvM40n4Vm.txt": [
        ("stand for reelection as speaker", 0, "reelection",
         US + "|2015|party-internal", "2015-01-03"),
        ("humiliating Election Day defeat", 0, "Election Day", US + "|2014|general", "2014-11-04"),
    ],
    "a_2016-04-25_tVAyPTUJZOlgpGfD.txt": [
        ("clinching the GOP nomination", 0, "the GOP nomination", US + "|2016|primary", None),
        ("that state's winner-take-all primary", 0, "that state's winner-take-all primary",
         US + "/state:in|2016|primary", "2016-05-03"),
        ("win the Republican nomination", 0, "the Republican nomination",
         US + "|2016|primary", None),
        ("holds its primary on May 3", 0, "its primary", US + "/state:in|2016|primary",
         "2016-05-03"),
        ("the primary there", 0, "the primary there", US + "/state:in|2016|primary", None),
        ("winner of its primary", 0, "its primary", US + "/state:in|2016|primary", None),
    ],
    "a_2016-10-10_lqOL9FGaW58powxv.txt": [
        ("decision on Election Day", 0, "Election Day", US + "|2016|general", "2016-11-08"),
    ],
    "a_2018-05-05_ynTlAkFPnEihW3Lp.txt": [
        ("the 2016 election", 0, "the 2016 election", US + "|2016|general", None),
    ],
    "c_2010-06-08_noynoy-aquino-is-elected-as-president-of.txt": [
        ("the Philippines presidential election", 0, "the Philippines presidential election",
         "election:ocd-division/country:ph|2010|general", None),
    ],
    "c_2016-05-22_the-second-round-of-voting-takes-place-t.txt": [
        ("The second round of voting", 0, "The second round of voting",
         "election:ocd-division/country:at|2016|general", "2016-05-22"),
    ],
}


def text_limit(doc_name, text):
    """Current-Events pages: only the text before the Source/Related lists is annotated."""
    if doc_name.startswith("c_"):
        i = text.find("### Source")
        return i if i >= 0 else len(text)
    return len(text)


def nth(text, snippet, n):
    i = -1
    for _ in range(n + 1):
        i = text.find(snippet, i + 1)
        if i < 0:
            raise SystemExit("snippet %r occurrence %d not found" % (snippet, n))
    return i


def person_mentions(name, text, limit):
    forms = sorted(PEOPLE.get(name, {}), key=len, reverse=True)
    taken = []
    out = []
    excl = []
    for ctx in PERSON_EXCLUDE_CONTEXT.get(name, []):
        for m in re.finditer(re.escape(ctx), text):
            excl.append((m.start(), m.end()))
    for form in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text[:limit]):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if any(xs <= s and e <= xe for xs, xe in excl):
                continue
            taken.append((s, e))
            canon = PEOPLE[name][form]
            out.append({"document": name, "start": s, "end": e, "text": text[s:e],
                        "type": "Person", "entity": "person:" + canon,
                        "wikidata": Q.get(canon)})
    return out


def located(name, text, specs, typ):
    out = []
    for spec in specs:
        snippet, n, inner, entity = spec[:4]
        base = nth(text, snippet, n)
        k = snippet.find(inner)
        if k < 0:
            raise SystemExit("%r not inside %r" % (inner, snippet))
        s = base + k
        e = s + len(inner)
        row = {"document": name, "start": s, "end": e, "text": text[s:e],
               "type": typ, "entity": entity, "wikidata": None}
        if typ == "Election":
            row["round"] = spec[4]
        out.append(row)
    return out


def main():
    names = [l.strip() for l in (HERE.parent / "second.docs").read_text().splitlines() if l.strip()]
    rows = []
    for name in names:
        text = (DOCS / name).read_text(encoding="utf-8")
        limit = text_limit(name, text)
        doc_rows = (person_mentions(name, text, limit)
                    + located(name, text, OFFICES.get(name, []), "Office")
                    + located(name, text, ELECTIONS.get(name, []), "Election"))
        doc_rows.sort(key=lambda r: (r["start"], r["end"]))
        # checks
        for r in doc_rows:
            assert text[r["start"]:r["end"]] == r["text"], r
            assert r["end"] <= limit, r
        for a, b in zip(doc_rows, doc_rows[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        seen = set()
        for r in doc_rows:
            key = (r["start"], r["end"])
            assert key not in seen, r
            seen.add(key)
        rows.extend(doc_rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d mentions to %s" % (len(rows), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
