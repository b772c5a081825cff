# ruff: noqa: E501
"""Resolution-set annotation, batch r1 (see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r1.jsonl: one line per Person / Office / Election mention.
Person mentions are found by regular expressions over each document (every surface form of each
person, longest form first), with a few explicit exclusions / reassignments; offices and elections
are located as (snippet, n-th occurrence, target inside the snippet).
"""
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]          # /work/main
DOCS_DIR = ROOT / "corpus" / "docs"
OUT = ROOT / "corpus" / "resolution" / "annotations" / "r1.jsonl"
REF = Path("/work/shared/data/reference/congress-legislators")

# QIDs only from the reference files' id.wikidata (checked against the files below).
QIDS = {
    "Barack Obama": "Q76", "Joe Biden": "Q6279", "Donald Trump": "Q22686",
    "Nancy Pelosi": "Q170581", "Chuck Schumer": "Q380900", "Justin Amash": "Q1714165",
    "Rand Paul": "Q463557", "Mitch McConnell": "Q355522", "Kevin McCarthy": "Q766866",
    "Steve Scalise": "Q1857141", "Hal Rogers": "Q547153", "Mark Warner": "Q453893",
    "Elizabeth Warren": "Q434706", "Steve King": "Q749710", "Ted Cruz": "Q2036942",
    "Mike Lee": "Q627098", "Mark Meadows": "Q3956796", "Jim Jordan": "Q186215",
    "Marco Rubio": "Q324546",
}
# the reference record each QID must come from: (file, last name, state or None for executive)
QID_CHECK = {
    "Barack Obama": ("executive.yaml", "Obama", None), "Joe Biden": ("executive.yaml", "Biden", None),
    "Donald Trump": ("executive.yaml", "Trump", None), "Nancy Pelosi": ("legislators-2017.yaml", "Pelosi", "CA"),
    "Chuck Schumer": ("legislators-2017.yaml", "Schumer", "NY"), "Justin Amash": ("legislators-2017.yaml", "Amash", "MI"),
    "Rand Paul": ("legislators-2017.yaml", "Paul", "KY"), "Mitch McConnell": ("legislators-2017.yaml", "McConnell", "KY"),
    "Kevin McCarthy": ("legislators-2017.yaml", "McCarthy", "CA"), "Steve Scalise": ("legislators-2017.yaml", "Scalise", "LA"),
    "Hal Rogers": ("legislators-2017.yaml", "Rogers", "KY"), "Mark Warner": ("legislators-2017.yaml", "Warner", "VA"),
    "Elizabeth Warren": ("legislators-2017.yaml", "Warren", "MA"), "Steve King": ("legislators-2017.yaml", "King", "IA"),
    "Ted Cruz": ("legislators-2017.yaml", "Cruz", "TX"), "Mike Lee": ("legislators-2017.yaml", "Lee", "UT"),
    "Mark Meadows": ("legislators-2017.yaml", "Meadows", "NC"), "Jim Jordan": ("legislators-2017.yaml", "Jordan", "OH"),
    "Marco Rubio": ("legislators-2017.yaml", "Rubio", "FL"),
}

US = "ocd-division/country:us"
EL_US_PRES_2012 = f"election:{US}|2012|general"
EL_KY_SEN_2014 = f"election:{US}/state:ky|2014|general"
EL_SPEAKER_2015 = f"election:{US}|2015|party-internal"
EL_US_PRIM_2016 = f"election:{US}|2016|primary"
EL_FL_PRIM_2016 = f"election:{US}/state:fl|2016|primary"
EL_WI_PRIM_2016 = f"election:{US}/state:wi|2016|primary"

PRES_US = "office:President of the United States"
SPEAKER = "office:Speaker of the United States House of Representatives"
HOUSE_MIN_LEADER = "office:Minority Leader of the United States House of Representatives"
HOUSE_MAJ_LEADER = "office:Majority Leader of the United States House of Representatives"
HOUSE_MAJ_WHIP = "office:Majority Whip of the United States House of Representatives"
SEN_MAJ_LEADER = "office:Majority Leader of the United States Senate"
SEN_MIN_LEADER = "office:Minority Leader of the United States Senate"
APPROPS_CHAIR = "office:Chair of the House Appropriations Committee"
SEC_STATE_US = "office:United States Secretary of State"
DNC_VC = "office:Vice Chair for Voter Registration and Participation of the Democratic National Committee"


def sen(state):
    return f"office:U.S. Senator from {state}"


def rep(state, n):
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th")
    return f"office:U.S. Representative for {state}'s {n}{suffix} congressional district"


def gov(state):
    return f"office:Governor of {state}"


# ---------------------------------------------------------------------------------------------
# Per document:
#   persons:  [(regex, entity)]  — every match is a Person mention (longest alternatives first)
#   drop:     [(snippet, target, n)] — Person matches to remove (not a mention of one person)
#   offices:  [(snippet, target, entity, n)]
#   elections:[(snippet, target, entity, round, n)]
# A snippet's n-th occurrence (0-based) is found, then the first occurrence of target inside it.
# ---------------------------------------------------------------------------------------------
SPEC = {}

SPEC["a_2012-11-26_HNPSe3lc8e2IvIYV.txt"] = dict(
    persons=[
        (r"Nancy Pelosi|Pelosi", "Nancy Pelosi"),
        (r"Chuck Schumer", "Chuck Schumer"),
        (r"Barack Obama|Obama", "Barack Obama"),
        (r"Todd Akin|Akin", "Todd Akin"),
        (r"Mitch Stewart", "Mitch Stewart"),
        (r"Matthew Barzun", "Matthew Barzun"),
        (r"Gene Sperling", "Gene Sperling"),
        (r"Jon Carson", "Jon Carson"),
        (r"Steve Mostyn", "Steve Mostyn"),
        (r"Rodell Mollineau", "Rodell Mollineau"),
    ],
    offices=[
        ("House Minority Leader Nancy Pelosi", "House Minority Leader", HOUSE_MIN_LEADER, 0),
        ("New York Sen. Chuck Schumer", "New York Sen.", sen("New York"), 0),
        ("President Barack Obama", "President", PRES_US, 0),
        ("Missouri Rep. Todd Akin", "Missouri Rep.", rep("Missouri", 2), 0),
    ],
    elections=[],
)

SPEC["a_2012-12-05_VHXgMTBZCnHjqCCC.txt"] = dict(
    persons=[
        (r"John Boehner|Boehner", "John Boehner"),
        (r"Michelle Malkin", "Michelle Malkin"),
        (r"Tim Huelskamp|Huelskamp", "Tim Huelskamp"),
        (r"Justin Amash|Amash", "Justin Amash"),
        (r"Rick Santorum", "Rick Santorum"),
        (r"Erick Erickson", "Erick Erickson"),
        (r"Obama", "Barack Obama"),
        (r"Ron Meyer", "Ron Meyer"),
        (r"Gabriella Hoffman", "Gabriella Hoffman"),
        (r"Matt Kibbe|Kibbe", "Matt Kibbe"),
        (r"Rand Paul", "Rand Paul"),
        (r"Jim DeMint|DeMint", "Jim DeMint"),
        (r"Kevin Cirilli", "Kevin Cirilli"),
    ],
    offices=[
        ("House Speaker John Boehner", "House Speaker", SPEAKER, 0),
        ("including Rep. Tim Huelskamp", "Rep.", rep("Kansas", 1), 0),
        ("and Rep. Justin Amash", "Rep.", rep("Michigan", 3), 0),
        ("call Congressman Amash", "Congressman", rep("Michigan", 3), 0),
        ("For example, Rep. Tim Huelskamp", "Rep.", rep("Kansas", 1), 0),
        ("and Rep. Justin Amash", "Rep.", rep("Michigan", 3), 1),
        ("Mr Speaker, Obama", "Speaker", SPEAKER, 0),
        ("a competent Speaker of the House", "Speaker of the House", SPEAKER, 0),
        ("wrote Sen. Rand Paul", "Sen.", sen("Kentucky"), 0),
        ("Sen. Jim DeMint (R-S.C.)", "Sen.", sen("South Carolina"), 0),
        ("Speaker Boehner’s offer", "Speaker", SPEAKER, 0),
    ],
    elections=[],
)

SPEC["a_2014-02-03_qkv8OCBblmAut9lG.txt"] = dict(
    persons=[
        (r"Obama", "Barack Obama"),
        (r"Bill O'Reilly|O'Reilly|O'Reily", "Bill O'Reilly"),
        (r"Hillary Clinton", "Hillary Clinton"),
        (r"Nick Merrill", "Nick Merrill"),
    ],
    offices=[
        ("President Obama's live interview", "President", PRES_US, 0),
        ("when the president \"found himself", "the president", PRES_US, 0),
        ("Mr. Obama's presidency", "presidency", PRES_US, 0),
        ("[the president]", "the president", PRES_US, 0),
        ("quizzed the president about", "the president", PRES_US, 0),
        ("the president smilingly", "the president", PRES_US, 0),
        ("thanked the president for", "the president", PRES_US, 0),
        ("the president got it wrong", "the president", PRES_US, 0),
        ("former Secretary of State Hillary Clinton", "Secretary of State", SEC_STATE_US, 0),
    ],
    elections=[],
)

SPEC["a_2014-09-30_FGdGqPaqqMSMHWtc.txt"] = dict(
    persons=[
        (r"Barack H\. Obama|Obama", "Barack Obama"),
        (r"Biden", "Joe Biden"),
        (r"Paul(?= and Peter)", "Paul the Apostle"),
        (r"(?<=Paul and )Peter", "Saint Peter"),
    ],
    reassign=[
        ("Neither Mrs. Obama", "Obama", "Michelle Obama", 0),
    ],
    drop=[
        ("nor the Obama children", "Obama", 0),       # the children (Malia and Sasha), not one person
        ("both of the Obama children", "Obama", 0),
        ("it is the Obama’s home", "Obama", 0),        # the family's home
    ],
    offices=[
        ("President Barack H. Obama", "President", PRES_US, 0),
        ("the president of the United States", "the president of the United States", PRES_US, 0),
        ("therefore my president", "president", PRES_US, 0),
        ("and the president of any American", "the president", PRES_US, 0),
        ("thought of President Obama", "President", PRES_US, 0),
        ("“President Biden”", "President", PRES_US, 0),
    ],
    elections=[],
)

SPEC["a_2014-10-15_IOA1y0NjOt3qBJZV.txt"] = dict(
    persons=[
        (r"Donna Brazile", "Donna Brazile"),
        (r"Obama", "Barack Obama"),
        (r"Alison Lundergan Grimes|Grimes", "Alison Lundergan Grimes"),
        (r"Mitch McConnell|McConnell", "Mitch McConnell"),
        (r"Bill Clinton|Clinton(?= Democrat)", "Bill Clinton"),
        (r"Rand Paul", "Rand Paul"),
        (r"Steve Beshear", "Steve Beshear"),
        (r"George McGovern", "George McGovern"),
    ],
    offices=[
        ("is vice chairwoman for voter registration and participation at the Democratic National Committee",
         "vice chairwoman for voter registration and participation at the Democratic National Committee", DNC_VC, 0),
        ("run from President Obama", "President", PRES_US, 0),
        ("Kentucky Secretary of State Alison", "Kentucky Secretary of State", "office:Secretary of State of Kentucky", 0),
        ("voted for President Obama", "President", PRES_US, 0),
        ("a Democratic president against", "president", PRES_US, 0),
        ("incumbent Sen. Mitch McConnell", "Sen.", sen("Kentucky"), 0),
        ("a one-term president", "president", PRES_US, 0),
        ("\"Sen. McConnell's", "Sen.", sen("Kentucky"), 0),
        ("Kentucky's governor", "Kentucky's governor", gov("Kentucky"), 0),
        ("a Democratic governor, Steve Beshear", "governor", gov("Kentucky"), 0),
        ("stop President Obama", "President", PRES_US, 0),
    ],
    elections=[
        ("cannot win the election without", "the election", EL_KY_SEN_2014, None, 0),
        ("the only debate of the race", "the race", EL_KY_SEN_2014, None, 0),
        ("in the last presidential election", "the last presidential election", EL_US_PRES_2012, None, 0),
    ],
)

SPEC["a_2014-12-01_Nmh6PyXjvM40n4Vm.txt"] = dict(
    persons=[
        (r"Barack Obama|Obama", "Barack Obama"),
        (r"John Boehner|Boehner", "John Boehner"),
        (r"Kevin McCarthy|McCarthy", "Kevin McCarthy"),
        (r"Steve Scalise|Scalise", "Steve Scalise"),
        (r"Hal Rogers", "Hal Rogers"),
        (r"Harry Reid|Reid", "Harry Reid"),
        (r"Chuck Schumer|Schumer", "Chuck Schumer"),
        (r"Mark Warner|Mark(?= is a natural| will work)", "Mark Warner"),
        (r"Elizabeth Warren", "Elizabeth Warren"),
    ],
    offices=[
        ("President Barack Obama’s decision", "President", PRES_US, 0),
        ("the president’s war powers", "the president", PRES_US, 0),
        ("Speaker John Boehner of Ohio", "Speaker", SPEAKER, 0),
        ("House Majority Leader Kevin McCarthy", "House Majority Leader", HOUSE_MAJ_LEADER, 0),
        ("Majority Whip Steve Scalise", "Majority Whip", HOUSE_MAJ_WHIP, 0),
        ("House Appropriations Chairman Hal Rogers", "House Appropriations Chairman", APPROPS_CHAIR, 0),
        ("reelection as speaker", "speaker", SPEAKER, 0),
        ("he’ll lose the speakership", "the speakership", SPEAKER, 0),
        ("opposition to his speakership", "speakership", SPEAKER, 0),
        ("outgoing Senate Majority Leader Harry Reid", "Senate Majority Leader", SEN_MAJ_LEADER, 0),
        ("New York Democratic Sen. Chuck Schumer", "Sen.", sen("New York"), 0),
        ("Sen. Mark Warner of Virginia", "Sen.", sen("Virginia"), 0),
        ("Sen. Elizabeth Warren of Massachusetts", "Sen.", sen("Massachusetts"), 0),
    ],
    elections=[
        ("he will stand for reelection as speaker", "reelection", EL_SPEAKER_2015, None, 0),
    ],
)

SPEC["a_2014-12-02_eQntus0nmrByKXsw.txt"] = dict(
    persons=[
        (r"John Boehner|Boehner", "John Boehner"),
        (r"Steve King", "Steve King"),
        (r"Ted Cruz|Cruz", "Ted Cruz"),
        (r"John Fleming", "John Fleming"),
        (r"Jeff Sessions|Sessions", "Jeff Sessions"),
        (r"David Vitter|Vitter", "David Vitter"),
        (r"Mike Lee|Lee", "Mike Lee"),
        (r"Brian Phillips", "Brian Phillips"),
        (r"Johnson(?= clashes)", "Jeh Johnson"),
        (r"Harry Reid", "Harry Reid"),
        (r"Mitch McConnell", "Mitch McConnell"),
        (r"Obama", "Barack Obama"),
        (r"Jeb Bush", "Jeb Bush"),
        (r"Mark Meadows", "Mark Meadows"),
        (r"Jim Jordan", "Jim Jordan"),
        (r"Tim Huelskamp", "Tim Huelskamp"),
    ],
    offices=[
        ("for Rep. Steve King’s", "Rep.", rep("Iowa", 4), 0),
        ("Texas Republican Sen. Ted Cruz", "Sen.", sen("Texas"), 0),
        ("Speaker John Boehner (R-Ohio)", "Speaker", SPEAKER, 0),
        ("said Rep. John Fleming", "Rep.", rep("Louisiana", 4), 0),
        ("disapprove of the president’s immigration action", "the president", PRES_US, 0),
        ("Senate Majority Leader Harry Reid", "Senate Majority Leader", SEN_MAJ_LEADER, 0),
        ("Senate GOP Leader Mitch McConnell", "Senate GOP Leader", SEN_MIN_LEADER, 0),
        ("said Rep. Mark Meadows", "Rep.", rep("North Carolina", 11), 0),
        ("Rep. Jim Jordan (R-Ohio)", "Rep.", rep("Ohio", 4), 0),
        ("outspoken Rep. Tim Huelskamp", "Rep.", rep("Kansas", 1), 0),
    ],
    elections=[],
)

SPEC["a_2016-02-29_O5aqMeR1ooFB4kUl.txt"] = dict(
    persons=[
        (r"Marco Rubio|Rubio", "Marco Rubio"),
        (r"Jeb Bush|Bush", "Jeb Bush"),
        (r"Donald Trump|Trump", "Donald Trump"),
        (r"Reagan", "Ronald Reagan"),
        (r"Bill Haslam", "Bill Haslam"),
        (r"Ted Cruz|Cruz", "Ted Cruz"),
        (r"David Duke", "David Duke"),
        (r"John Kasich", "John Kasich"),
        (r"Ben Carson", "Ben Carson"),
        (r"Craig Duchossois", "Craig Duchossois"),
        (r"Gary Baker", "Gary Baker"),
        (r"Greg Strimple|Strimple", "Greg Strimple"),
        (r"Peoples(?= reported)", "Steve Peoples"),
    ],
    offices=[
        ("former Florida Gov. Jeb Bush", "Florida Gov.", gov("Florida"), 0),
        ("his campaign for president", "president", PRES_US, 0),
        ("the young Florida senator", "Florida senator", sen("Florida"), 0),
        ("first-term U.S. senator", "U.S. senator", sen("Florida"), 0),
        ("Tennessee Gov. Bill Haslam", "Tennessee Gov.", gov("Tennessee"), 0),
        ("The Florida senator has finished", "The Florida senator", sen("Florida"), 0),
        ("Texas Sen. Ted Cruz", "Texas Sen.", sen("Texas"), 0),
        ("the senator's best chance", "the senator", sen("Florida"), 0),
        ("now that Gov. Bush", "Gov.", gov("Florida"), 0),
        ("Ohio Gov. John Kasich", "Ohio Gov.", gov("Ohio"), 0),
    ],
    elections=[
        ("the chaotic Republican nominating campaign", "Republican nominating campaign", EL_US_PRIM_2016, None, 0),
        ("the months-long primary season", "primary season", EL_US_PRIM_2016, None, 0),
        ("after Bush left the race", "the race", EL_US_PRIM_2016, None, 0),
        ("Gov. Bush is out of the race", "the race", EL_US_PRIM_2016, None, 0),
        ("Ben Carson remain in the race", "the race", EL_US_PRIM_2016, None, 0),
    ],
)

SPEC["a_2016-03-11_BmsgYVyo6RIZQKL6.txt"] = dict(
    persons=[
        (r"Marco Rubio|Rubio|Marco(?= gave)", "Marco Rubio"),
        (r"Amanda Inscore", "Amanda Inscore"),
        (r"Donald Trump|Trump", "Donald Trump"),
        (r"April Powers", "April Powers"),
        (r"Janet Rontos|Rontos", "Janet Rontos"),
        (r"Ted Cruz|Cruz", "Ted Cruz"),
        (r"John Kasich|Kasich", "John Kasich"),
        (r"Lindy Connor", "Lindy Connor"),
        (r"John Moore|Moore", "John Moore"),
    ],
    offices=[
        ("supporters of Texas Sen. Ted Cruz", "Texas Sen.", sen("Texas"), 0),
        ("and Ohio Gov. John Kasich", "Ohio Gov.", gov("Ohio"), 0),
    ],
    elections=[
        ("anti-Trump vote in the Florida primary", "the Florida primary", EL_FL_PRIM_2016, "2016-03-15", 0),
        ("the winner of the Florida primary", "the Florida primary", EL_FL_PRIM_2016, "2016-03-15", 0),
        ("if he lost the primary in his home state", "the primary", EL_FL_PRIM_2016, "2016-03-15", 0),
        ("urging Rubio to drop out of the race", "the race", EL_US_PRIM_2016, None, 0),
    ],
)

SPEC["a_2016-04-06_ok0oUsW9tGTkDuan.txt"] = dict(
    persons=[
        (r"Cruz|(?<=Lyin’ )Ted", "Ted Cruz"),
        (r"Trump", "Donald Trump"),
        (r"Hillary Clinton", "Hillary Clinton"),
        (r"John F\. Kennedy", "John F. Kennedy"),
        (r"Winston Churchill", "Winston Churchill"),
        (r"Hope Hicks", "Hope Hicks"),
    ],
    offices=[],
    elections=[
        ("how many Wisconsin primary voters", "Wisconsin primary", EL_WI_PRIM_2016, "2016-04-05", 0),
        ("his wide lead in the race for delegates", "the race for delegates", EL_US_PRIM_2016, None, 0),
        ("those who voted in the Republican primary", "the Republican primary", EL_WI_PRIM_2016, "2016-04-05", 0),
    ],
)


def locate(text, snippet, target, n):
    pos = -1
    for _ in range(n + 1):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            raise ValueError(f"snippet {snippet!r} occurrence {n} not found")
    k = snippet.find(target)
    if k < 0:
        raise ValueError(f"target {target!r} not in snippet {snippet!r}")
    return pos + k, pos + k + len(target)


def check_qids():
    recs = {}
    for fn in ("executive.yaml", "legislators-2017.yaml", "legislators-current.yaml"):
        recs[fn] = yaml.safe_load((REF / fn).read_text(encoding="utf-8"))
    for name, qid in QIDS.items():
        fn, last, state = QID_CHECK[name]
        ok = False
        for r in recs[fn]:
            if r["name"].get("last") != last or r["id"].get("wikidata") != qid:
                continue
            if state is None or any(t.get("state") == state for t in r["terms"]):
                ok = True
        assert ok, (name, qid)


def main():
    check_qids()
    docs = (ROOT / "corpus" / "resolution" / "batch-r1.docs").read_text().split()
    assert sorted(docs) == sorted(SPEC), "spec/doc list mismatch"
    lines = []
    for doc in docs:
        text = (DOCS_DIR / doc).read_text(encoding="utf-8")
        spec = SPEC[doc]
        ments = {}
        for rx, ent in spec["persons"]:
            for m in re.finditer(r"\b(?:" + rx + r")\b", text):
                key = (m.start(), m.end())
                assert key not in ments, (doc, key)
                ments[key] = dict(type="Person", entity="person:" + ent, wikidata=QIDS.get(ent))
        for snip, target, n in spec.get("drop", []):
            key = locate(text, snip, target, n)
            assert key in ments, (doc, snip)
            del ments[key]
        for snip, target, ent, n in spec.get("reassign", []):
            key = locate(text, snip, target, n)
            assert key in ments, (doc, snip)
            ments[key] = dict(type="Person", entity="person:" + ent, wikidata=QIDS.get(ent))
        for snip, target, ent, n in spec["offices"]:
            key = locate(text, snip, target, n)
            assert key not in ments, (doc, snip)
            ments[key] = dict(type="Office", entity=ent, wikidata=None)
        for snip, target, ent, rnd, n in spec["elections"]:
            key = locate(text, snip, target, n)
            assert key not in ments, (doc, snip)
            ments[key] = dict(type="Election", entity=ent, wikidata=None, round=rnd)
        # no overlaps
        keys = sorted(ments)
        for a, b in zip(keys, keys[1:]):
            assert a[1] <= b[0], (doc, a, b, text[a[0]:a[1]], text[b[0]:b[1]])
        for s, e in keys:
            d = ments[(s, e)]
            line = {"document": doc, "start": s, "end": e, "text": text[s:e],
                    "type": d["type"], "entity": d["entity"], "wikidata": d["wikidata"]}
            if d["type"] == "Election":
                line["round"] = d["round"]
            lines.append(line)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} mentions to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
