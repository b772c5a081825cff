# ruff: noqa: E501
"""Resolution-set annotation, batch r2 (see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r2.jsonl: one line per Person / Office / Election mention.

Persons are found automatically: for each document a list of name forms (longest first) is
searched with word boundaries; occurrences inside listed exclusions (organisations/places named
after a person) are skipped, and a few forms are assigned by snippet where the bare form is
ambiguous. Offices and elections are listed by snippet (N-th occurrence of a snippet, then the
target text inside it).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RES = HERE.parent
DOCS = RES.parent / "docs"
OUT = RES / "annotations" / "r2.jsonl"

# QIDs from /work/shared/data/reference/congress-legislators (legislators-current.yaml,
# legislators-2017.yaml, executive.yaml: id.wikidata). People not there (or without a wikidata id
# there, e.g. Bill Clinton, Ronald Reagan) get null.
QIDS = {
    "Donald Trump": "Q22686",
    "Barack Obama": "Q76",
    "George W. Bush": "Q207",
    "Mike Pence": "Q24313",
    "Ted Cruz": "Q2036942",
    "Bernie Sanders": "Q359442",
    "Marco Rubio": "Q324546",
    "Paul Ryan": "Q203966",
    "John McCain": "Q10390",
}

# ---------------------------------------------------------------- offices
POTUS = "President of the United States"
VPOTUS = "Vice President of the United States"
SEN_TX = "U.S. Senator from Texas"
SEN_AZ = "U.S. Senator from Arizona"
GOV_OH = "Governor of Ohio"
GOV_NJ = "Governor of New Jersey"
RNC_CHAIR = "Chair of the Republican National Committee"
US_DIST_JUDGE = "United States District Judge"
US_ATTY_NJ = "United States Attorney for the District of New Jersey"
FBI_DIR = "Director of the Federal Bureau of Investigation"
US_AG = "United States Attorney General"
NH_HOUSE = "Member of the New Hampshire House of Representatives"
SPECIAL_COUNSEL = "Special Counsel for the United States Department of Justice"
WH_STRAT = "White House Chief Strategist"
WH_COMM = "White House Communications Director"
WH_COUNSELOR = "Counselor to the President"
WH_PRESS = "White House Press Secretary"

# ---------------------------------------------------------------- elections
US_2016_GEN = "ocd-division/country:us|2016|general"
US_2016_PRIM = "ocd-division/country:us|2016|primary"   # national nomination race (either party)
US_2008_GEN = "ocd-division/country:us|2008|general"
IN_2016_PRIM = "ocd-division/country:us/state:in|2016|primary"
DC_2016_PRIM = "ocd-division/country:us/district:dc|2016|primary"
ELECTION_DAY_2016 = "2016-11-08"


def O(snippet, target, label, n=0, k=0):
    """Office: target (k-th occurrence inside the n-th occurrence of snippet)."""
    return ("Office", snippet, n, target, k, "office:" + label, None)


def E(snippet, target, key, rnd=None, n=0, k=0):
    """Election: target inside the n-th occurrence of snippet; rnd = ISO date of the vote or None."""
    return ("Election", snippet, n, target, k, "election:" + key, rnd)


def P(snippet, target, person, n=0, k=0):
    """Person assigned by snippet (for forms that are ambiguous or not in the name list)."""
    return ("Person", snippet, n, target, k, "person:" + person, None)


# Per document:
#   names:   [(surface form, person)] searched everywhere (word-bounded, case-sensitive)
#   exclude: snippets whose person-name occurrences are skipped (organisations, buildings ...)
#   extra:   explicit P/O/E mentions
DOCSPEC = {}

# ---------------------------------------------------------------- a_2016-04-25 (Fox: Cruz-Kasich pact)
DOCSPEC["a_2016-04-25_tVAyPTUJZOlgpGfD.txt"] = dict(
    names=[("Ted Cruz", "Ted Cruz"), ("Cruz", "Ted Cruz"),
           ("John Kasich", "John Kasich"), ("Kasich", "John Kasich"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Jeff Roe", "Jeff Roe"), ("John Weaver", "John Weaver"), ("Weaver", "John Weaver"),
           ("Dan Gallo", "Dan Gallo")],
    exclude=[],
    extra=[
        O("Texas Sen. Ted Cruz", "Texas Sen.", SEN_TX),
        O("Ohio Gov. John Kasich", "Ohio Gov.", GOV_OH),
        O("the path for Gov. Kasich", "Gov.", GOV_OH),
        E("that state's winner-take-all primary May 3", "that state's winner-take-all primary May 3", IN_2016_PRIM, "2016-05-03"),
        E("which holds its primary on May 3", "its primary", IN_2016_PRIM, "2016-05-03"),
        E("the current dynamics of the primary there", "the primary there", IN_2016_PRIM),
        E("to the winner of its primary", "its primary", IN_2016_PRIM),
    ],
)

# ---------------------------------------------------------------- a_2016-05-04 (CS Monitor: Kasich quits)
DOCSPEC["a_2016-05-04_qetlX5TOduVN25cw.txt"] = dict(
    names=[("John Kasich", "John Kasich"), ("Kasich", "John Kasich"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Wolf Blitzer", "Wolf Blitzer"), ("Matt Bai", "Matt Bai"),
           ("Ted Cruz", "Ted Cruz"), ("Cruz", "Ted Cruz"),
           ("Reince Priebus", "Reince Priebus"), ("Marco Rubio", "Marco Rubio"),
           ("Harry Enten", "Harry Enten"), ("Enten", "Harry Enten")],
    exclude=[],
    extra=[
        P("“I think John’s doing the right thing", "John", "John Kasich"),
        P("Matt Bai (@mattbai)", "mattbai", "Matt Bai"),   # Twitter handle
        O("Governor Kasich was quitting", "Governor", GOV_OH),
        O("the Ohio governor", "the Ohio governor", GOV_OH, n=0),
        O("the Ohio governor", "the Ohio governor", GOV_OH, n=1),
        O("the Ohio governor", "the Ohio governor", GOV_OH, n=2),
        O("Republican National Committee chairman Reince Priebus", "Republican National Committee chairman", RNC_CHAIR),
        O("Trump, Senator Cruz", "Senator", SEN_TX),
        O("wants a politician as a VP", "VP", VPOTUS),
        O("a VP slot might", "VP", VPOTUS),
        E("for the general election and that", "the general election", US_2016_GEN),
        E("the last source of civility in the race", "the race", US_2016_PRIM),
        E("by the end of the primary season", "the primary season", US_2016_PRIM),
        E("in a three-man race", "three-man race", US_2016_PRIM),
        E("he stayed in the race so long", "the race", US_2016_PRIM),
    ],
)

# ---------------------------------------------------------------- a_2016-06-07 (Clinton clinches)
DOCSPEC["a_2016-06-07_3Mdppoztn7M4opbN.txt"] = dict(
    names=[("Hillary Clinton", "Hillary Clinton"), ("Clinton", "Hillary Clinton"),
           ("Andrea Reese", "Andrea Reese"),
           ("Bernie Sanders", "Bernie Sanders"), ("Sanders", "Bernie Sanders"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Gonzalo Curiel", "Gonzalo Curiel")],
    exclude=["Trump University"],
    extra=[
        P("gave money to Bill and Hillary", "Bill", "Bill Clinton"),
        P("gave money to Bill and Hillary", "Hillary", "Hillary Clinton"),
        O("U.S. District Court Judge Gonzalo Curiel", "U.S. District Court Judge", US_DIST_JUDGE),
        O("he made about a judge in a fraud case", "judge", US_DIST_JUDGE),
        E("after a grueling primary season", "primary season", US_2016_PRIM),
        E("until the last primary next week", "the last primary", DC_2016_PRIM, "2016-06-14"),
        E("win the primary in Washington, D.C.", "the primary in Washington, D.C.", DC_2016_PRIM),
        E("closed out the Republican primary season", "the Republican primary season", US_2016_PRIM),
        E("this election isn't about", "this election", US_2016_GEN),
        E("the battle for the White House", "the battle for the White House", US_2016_GEN),
        E("the general election campaign begins", "general election", US_2016_GEN),
    ],
)

# ---------------------------------------------------------------- a_2016-07-20 (Christie at the RNC)
DOCSPEC["a_2016-07-20_Alfy0O5c34aAJ5oF.txt"] = dict(
    names=[("Chris Christie", "Chris Christie"), ("Christie", "Chris Christie"),
           ("Hillary Clinton", "Hillary Clinton"), ("Hillary", "Hillary Clinton"), ("Clinton", "Hillary Clinton"),
           ("Ben Carson", "Ben Carson"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("James Comey", "James Comey"), ("Marco Rubio", "Marco Rubio"),
           ("Mike Pence", "Mike Pence"), ("Jim Geraghty", "Jim Geraghty"),
           # the Post's Rucker is Philip Rucker (the text misnames him "Paul");
           # the Tribune-Review's Zito is Salena Zito (misspelt "Salina")
           ("Paul Rucker", "Philip Rucker"), ("Salina Zito", "Salena Zito"),
           ("Al Baldasaro", "Al Baldasaro"), ("Paul Ryan", "Paul Ryan")],
    exclude=[],
    extra=[
        O("The onetime federal prosecutor", "federal prosecutor", US_ATTY_NJ),
        O("As the governor ticked off", "the governor", GOV_NJ),
        O("FBI Director James Comey", "FBI Director", FBI_DIR),
        O("a tough run for the presidency", "the presidency", POTUS),
        O("campaigned for the VP nod", "VP", VPOTUS),
        O("trying out for attorney general", "attorney general", US_AG),
        O("New Hampshire state Rep. Al Baldasaro", "New Hampshire state Rep.", NH_HOUSE),
    ],
)

# ---------------------------------------------------------------- a_2016-10-01 (CNN: Trump's paralipsis)
DOCSPEC["a_2016-10-01_5zZHiota31PeD0kB.txt"] = dict(
    names=[("Cicero", "Cicero"), ("Jonathan Swift", "Jonathan Swift"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Hillary Clinton", "Hillary Clinton"), ("Bill Clinton", "Bill Clinton"),
           ("Chelsea Clinton", "Chelsea Clinton"), ("Clinton", "Hillary Clinton"),
           ("Carly Fiorina", "Carly Fiorina"), ("Fiorina", "Carly Fiorina"),
           ("Ben Carson", "Ben Carson"), ("Carson", "Ben Carson"),
           ("Dana Bash", "Dana Bash"),
           ("Jennifer Mercieca", "Jennifer Mercieca"), ("Mercieca", "Jennifer Mercieca"),
           ("Bill O'Reilly", "Bill O'Reilly"),
           ("Alicia Machado", "Alicia Machado"), ("Machado", "Alicia Machado"),
           ("Marco Rubio", "Marco Rubio")],
    exclude=[],
    extra=[
        P("talking about Bill and Hillary Clinton", "Bill", "Bill Clinton"),
        O("Trump had not discussed the former president's", "the former president", POTUS),
        O("discussing the former president's", "the former president", POTUS),
        E("a brief uptick in the GOP primary race", "the GOP primary race", US_2016_PRIM),
        E("he lost a narrow race to Clinton", "narrow race", US_2016_GEN),
        E("surprised if the election", "the election", US_2016_GEN),
        E("dirty pool played at the election", "the election", US_2016_GEN),
        E("meaning the election is rigged", "the election", US_2016_GEN),
    ],
)

# ---------------------------------------------------------------- a_2016-10-10 (CS Monitor: Muslims and the debate)
DOCSPEC["a_2016-10-10_lqOL9FGaW58powxv.txt"] = dict(
    names=[("Gorbah Hamed", "Gorbah Hamed"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Moustafa Bayoumi", "Moustafa Bayoumi"),
           ("Hilary Clinton", "Hillary Clinton"),   # sic
           ("HillaryClinton", "Hillary Clinton"),   # the @handle in a tweet
           ("Clinton", "Hillary Clinton"),
           ("Zeba Khan", "Zeba Khan"), ("Charles Haynes", "Charles Haynes"),
           ("Obama", "Barack Obama")],
    exclude=[],
    extra=[
        O("For President Obama", "President", POTUS),
        E("decision on Election Day", "Election Day", US_2016_GEN, ELECTION_DAY_2016),
    ],
)

# ---------------------------------------------------------------- a_2016-10-18 (candidates' answers)
DOCSPEC["a_2016-10-18_DN9PW3XHkLNvBIHB.txt"] = dict(
    names=[("Obama", "Barack Obama"),
           ("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Hillary Clinton", "Hillary Clinton")],
    exclude=[],
    extra=[
        O("the pledge President Obama", "President", POTUS),
    ],
)

# ---------------------------------------------------------------- a_2016-11-22 (CNN/ORC poll on Trump)
DOCSPEC["a_2016-11-22_RnDxJ3jJmg27SPwG.txt"] = dict(
    names=[("Donald Trump", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Barack Obama", "Barack Obama"), ("Obama", "Barack Obama"),
           ("George W. Bush", "George W. Bush"), ("Bush", "George W. Bush"),
           ("Bill Clinton", "Bill Clinton"), ("Hillary Clinton", "Hillary Clinton"),
           ("Ronald Reagan", "Ronald Reagan")],
    exclude=["Trump Organization"],
    extra=[
        # "Obama, Bush or Clinton during their transitions": the presidents of the lead paragraph
        P("Obama, Bush or Clinton during their transitions", "Clinton", "Bill Clinton"),
        E("Two weeks after Election Day", "Election Day", US_2016_GEN, ELECTION_DAY_2016),
        E("since Election Day", "Election Day", US_2016_GEN, ELECTION_DAY_2016),
        O("President-elect Donald Trump", "President-elect", POTUS),
        O("ultimately do a good job as president", "president", POTUS),
        O("fairly good job as president", "president", POTUS),
        O("a Trump presidency", "presidency", POTUS),
        O("transitions to the presidency", "the presidency", POTUS),
        O("ability to serve as president", "president", POTUS),
        O("while serving as president", "president", POTUS),
        O("most polarizing presidents-elect", "presidents-elect", POTUS),
        O("the campaign for the presidency", "the presidency", POTUS),
        O("confidence in the President-elect", "the President-elect", POTUS),
        O("faith in the president elect", "the president elect", POTUS),
        O("assessing this President-elect", "President-elect", POTUS),
        O("previous presidents-elect", "presidents-elect", POTUS),
        O("see Trump as a good president", "president", POTUS),
        O("expect Trump to do a good job as president", "president", POTUS),
        O("George W. Bush's presidency", "presidency", POTUS),
    ],
)

# ---------------------------------------------------------------- a_2018-01-16 (Fox: Bannon subpoenaed)
DOCSPEC["a_2018-01-16_1U89hIfigMTpiDPC.txt"] = dict(
    names=[("Steve Bannon", "Steve Bannon"), ("STEVE BANNON", "Steve Bannon"),
           ("BANNON", "Steve Bannon"), ("Bannon", "Steve Bannon"),
           ("Robert Mueller", "Robert Mueller"),
           ("Michael Wolff", "Michael Wolff"), ("Wolff", "Michael Wolff"),
           ("Donald Trump Jr.", "Donald Trump Jr."), ("Trump Jr.", "Donald Trump Jr."),
           ("TRUMP JR.", "Donald Trump Jr."),
           ("Jared Kushner", "Jared Kushner"), ("Paul Manafort", "Paul Manafort"),
           ("Natalia Veselnitskaya", "Natalia Veselnitskaya"),
           ("CLINTON", "Hillary Clinton"),
           ("TRUMP", "Donald Trump"), ("Trump", "Donald Trump"),
           ("Corey Lewandowski", "Corey Lewandowski"), ("Hope Hicks", "Hope Hicks"),
           ("Chad Pergram", "Chad Pergram")],
    exclude=["Trump Tower"],
    extra=[
        P("“Sloppy Steve” Bannon", "Sloppy Steve", "Steve Bannon"),
        O("Fallen former President Trump", "President", POTUS),
        O("the special counsel investigation", "special counsel", SPECIAL_COUNSEL),
        O("the former White House chief strategist", "White House chief strategist", WH_STRAT),
        O("slammed the president’s eldest son", "the president", POTUS),
        O("falling out with President Trump", "President", POTUS),
        O("enraged the president enough", "the president", POTUS),
        O("The president issued", "The president", POTUS),
        O("from his former chief strategist", "chief strategist", WH_STRAT),
        O("EX-CHIEF STRATEGIST", "CHIEF STRATEGIST", WH_STRAT),
        O("with me or my presidency", "presidency", POTUS),
        O("now-White House Communications Director Hope Hicks", "White House Communications Director", WH_COMM),
        E("during the 2016 presidential election", "the 2016 presidential election", US_2016_GEN, n=0),
        E("during the 2016 presidential election", "the 2016 presidential election", US_2016_GEN, n=1),
    ],
)

# ---------------------------------------------------------------- a_2018-05-01 (NPR: McCain memoir)
DOCSPEC["a_2018-05-01_x5HT4QWsvLvCGLkC.txt"] = dict(
    names=[("John McCain", "John McCain"), ("McCain", "John McCain"),
           ("Chip Somodevilla", "Chip Somodevilla"),
           ("Trump", "Donald Trump"),
           ("George W. Bush", "George W. Bush"),
           ("Barack Obama", "Barack Obama"), ("Obama", "Barack Obama"),
           ("Sarah Palin", "Sarah Palin"), ("Palin", "Sarah Palin"),
           ("Kellyanne Conway", "Kellyanne Conway"), ("Sean Spicer", "Sean Spicer")],
    exclude=[],
    extra=[
        O("Arizona Sen. John McCain", "Arizona Sen.", SEN_AZ),
        O("criticizes President Trump", "President", POTUS),
        O("the six presidents he has served", "presidents", POTUS),
        O("President George W. Bush", "President", POTUS),
        O("White House counselor Kellyanne Conway", "White House counselor", WH_COUNSELOR),
        O("the White House press secretary", "the White House press secretary", WH_PRESS),
        O("defending the president's crowd", "the president", POTUS),
        E("But Obama's election eventually", "election", US_2008_GEN),
    ],
)


def find_nth(text, snippet, n):
    i = -1
    for _ in range(n + 1):
        i = text.find(snippet, i + 1)
        if i < 0:
            raise ValueError("snippet %r occurrence %d not found" % (snippet, n))
    return i


def locate(text, snippet, n, target, k):
    s = find_nth(text, snippet, n)
    j = -1
    for _ in range(k + 1):
        j = snippet.find(target, j + 1)
        if j < 0:
            raise ValueError("target %r not in snippet %r" % (target, snippet))
    return s + j, s + j + len(target)


def annotate(doc, spec):
    text = (DOCS / doc).read_text(encoding="utf-8")
    out = []
    taken = []

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)

    def add(a, b, typ, entity, rnd):
        if not free(a, b):
            raise ValueError("%s: overlapping mention %r at %d" % (doc, text[a:b], a))
        taken.append((a, b))
        rec = {"document": doc, "start": a, "end": b, "text": text[a:b], "type": typ, "entity": entity}
        if typ == "Person":
            rec["wikidata"] = QIDS.get(entity[len("person:"):])
        else:
            rec["wikidata"] = None
        if typ == "Election":
            rec["round"] = rnd
        out.append(rec)

    # explicit mentions first (they win over the automatic name search)
    for typ, snippet, n, target, k, entity, rnd in spec["extra"]:
        a, b = locate(text, snippet, n, target, k)
        add(a, b, typ, entity, rnd)
    excluded = []
    for ex in spec["exclude"]:
        for m in re.finditer(re.escape(ex), text):
            excluded.append((m.start(), m.end()))
    names = sorted(spec["names"], key=lambda x: -len(x[0]))
    for form, person in names:
        pat = r"(?<!\w)" + re.escape(form) + (r"(?!\w)" if form[-1].isalnum() else "")
        for m in re.finditer(pat, text):
            a, b = m.start(), m.end()
            if any(a >= x and b <= y for x, y in excluded):
                continue
            if not free(a, b):
                continue
            add(a, b, "Person", "person:" + person, None)
    out.sort(key=lambda r: r["start"])
    return text, out


def main():
    docs = (RES / "batch-r2.docs").read_text().split()
    assert sorted(docs) == sorted(DOCSPEC), set(docs) ^ set(DOCSPEC)
    lines = []
    for doc in docs:
        text, recs = annotate(doc, DOCSPEC[doc])
        for r in recs:
            assert text[r["start"]:r["end"]] == r["text"]
        lines.extend(recs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d mentions to %s" % (len(lines), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
