# ruff: noqa: E501
"""Resolution-set annotation, batch r0 (see corpus/resolution/GUIDE.md).

Person mentions: every occurrence of each listed surface form (regex, word boundaries,
longest form first). Office and election mentions: each located explicitly as the n-th
occurrence of a context snippet, then the span inside it. Writes annotations/r0.jsonl and
checks every line (text == doc[start:end], no overlaps, every snippet found).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs"
OUT = HERE.parent / "annotations" / "r0.jsonl"
BATCH = [l.strip() for l in (HERE.parent / "batch-r0.docs").read_text().split() if l.strip()]

# QIDs: unitedstates/congress-legislators id.wikidata (legislators-current.yaml,
# legislators-2017.yaml, executive.yaml in /work/shared/data/reference/congress-legislators;
# legislators-historical.yaml read from the upstream repository, commit 396dc62a).
QID = {
    "Barack Obama": "Q76", "Joe Biden": "Q6279", "Donald Trump": "Q22686",
    "Mitt Romney": "Q4496", "Marco Rubio": "Q324546", "Rob Portman": "Q926069",
    "Jim DeMint": "Q22201", "Rand Paul": "Q463557", "Mike Lee": "Q627098",
    "Pat Toomey": "Q971308", "Ron Johnson": "Q970272", "Newt Gingrich": "Q182788",
    "Rick Santorum": "Q155985", "Paul Ryan": "Q203966", "Todd Akin": "Q772086",
    "Mitch McConnell": "Q355522", "Olympia Snowe": "Q22290", "George Allen": "Q527553",
    "Tim Kaine": "Q359888", "Tammy Baldwin": "Q40628", "Sherrod Brown": "Q381880",
    "Debbie Stabenow": "Q241092", "Pete Hoekstra": "Q535254", "Joe Lieberman": "Q160157",
    "Chris Murphy": "Q1077594", "Bill Nelson": "Q358437", "Connie Mack IV": "Q973774",
    "Claire McCaskill": "Q22260", "Cory Booker": "Q1135767", "John Lewis": "Q45380",
    "Elijah Cummings": "Q934898",
}

D1 = "a_2012-06-14_Trq7YTIxU9DfMOvJ.txt"
D2 = "a_2012-06-18_LCnjDdalo4PsiXXM.txt"
D3 = "a_2012-07-09_K2tqT5y8ozlWpYSX.txt"
D4 = "a_2012-07-23_hIyvmeDJjYQSFHG4.txt"
D5 = "a_2012-08-27_4zyVLSw5lwjmQcvp.txt"
D6 = "a_2012-08-31_IltUK4PrY77QmpY1.txt"
D7 = "a_2012-10-18_Hz0Nk4S2alXSKCvd.txt"
D8 = "a_2012-10-29_vYGDzuOeN6EzfFpJ.txt"
D9 = "a_2012-10-31_mjfeMUnicYmtXoHs.txt"
D10 = "a_2012-11-04_gaUNbkeryMpYXiXE.txt"

# ---------------------------------------------------------------- people: surface forms per document
PEOPLE = {
    D1: {
        "Marco Rubio": ["Marco Rubio", "Rubio"],
        "Rob Portman": ["Rob Portman", "Portman"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Barack Obama": ["Barack Obama", "Obama"],
        "Jim DeMint": ["Jim DeMint", "DeMint"],
        "Rand Paul": ["Rand Paul", r"Paul(?= and Lee)"],
        "Mike Lee": ["Mike Lee", r"(?<=Paul and )Lee"],
        "Pat Toomey": ["Pat Toomey"],
        "Ron Johnson": ["Ron Johnson"],
        "Newt Gingrich": ["Newt Gingrich"],
        "Rick Santorum": ["Rick Santorum"],
        "Barbara Morseberger": ["Barbara Morseberger", "Morseberger"],
        "Sarah Palin": ["Sarah Palin"],
        "Beverly Owensby": ["Beverly Owensby"],
        "Lisa Roper": ["Lisa Roper"],
        "Paul Ryan": ["Paul Ryan"],
    },
    D2: {
        "Barack Obama": ["Barack Obama", "Obama"],
        "Mitt Romney": ["Mitt Romney"],
        "David Maraniss": ["David Maraniss"],
        "Andrew Ferguson": ["Andrew Ferguson", "Ferguson"],
        "Michael Goodwin": ["Michael Goodwin"],
    },
    D3: {
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Barack Obama": ["Obama"],
        "Rick Wiley": ["Rick Wiley", "Wiley"],
        "Jim Messina": ["Jim Messina", "Messina"],
        "David Axelrod": ["David Axelrod", "Axe"],
    },
    D4: {
        "Barack Obama": ["Obama"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Andrew Cuomo": ["Cuomo"],
        "Michael Bloomberg": ["Bloomberg"],
        "Michael Goodwin": ["Michael Goodwin"],
    },
    D5: {
        "Todd Akin": ["W. Todd Akin", "Akin"],
        "Mitch McConnell": ["Mitch McConnell", "McConnell"],
        "Olympia Snowe": ["Olympia J. Snowe"],
        "Joe Biden": ["Joseph R. Biden"],
        "Paul Ryan": ["Paul Ryan"],
        "Carl Tobias": ["Carl Tobias", "Tobias"],
        "George Allen": ["George Allen"],
        "Tim Kaine": ["Tim Kaine", "Kaine"],
        "Barack Obama": ["Obama"],
        "Mitt Romney": ["Mitt Romney"],
        "Tommy Thompson": ["Tommy G. Thompson"],
        "Tammy Baldwin": ["Tammy Baldwin"],
        "Josh Mandel": ["Josh Mandel"],
        "Sherrod Brown": ["Sherrod Brown", "Brown"],
        "Debbie Stabenow": ["Debbie Stabenow"],
        "Pete Hoekstra": ["Pete Hoekstra", "Hoekstra"],
        "Joe Lieberman": ["Joe Lieberman"],
        "Linda McMahon": ["Linda McMahon"],
        "Chris Murphy": ["Christopher S. Murphy", "Murphy"],
        "Bill Nelson": ["Bill Nelson", "Nelson"],
        "Connie Mack IV": ["Connie Mack"],
        "Claire McCaskill": ["Claire McCaskill", "McCaskill"],
    },
    D6: {
        "Win McNamee": ["Win McNamee"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Barack Obama": ["Obama"],
        "Donald Trump": ["Donald Trump"],
        "Tom Stemberg": ["Tom Stemberg"],
    },
    D7: {
        "Julia Gillard": ["Julia Gillard", "Gillard"],
        "Frida Ghitis": ["Frida Ghitis", "Ghitis"],
        "Malala Yousafzai": ["Malala Yousufzai", "Malala"],
        "Tony Abbott": ["Tony Abbott", "Abbott"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Imran Khan": ["Imran Khan", "Khan"],
        "Barack Obama": ["Obama"],
    },
    D8: {
        "Joe Raedle": ["Joe Raedle"],
        "Barack Obama": ["Obama"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Larry Sabato": ["Larry Sabato", "Sabato"],
        "Michael McDonald": ["Michael McDonald", "McDonald"],
        "Justin Riemer": ["Justin Riemer"],
        "Pam Fessler": ["Pam Fessler"],
        "Tim Kaine": ["Tim Kaine"],
        "Dannel Malloy": ["Dannel Malloy"],
    },
    D9: {
        "Pablo Martinez Monsivais": ["Pablo Martinez Monsivais"],
        "Barack Obama": ["Obama"],
        "Chris Christie": ["Chris Christie", "Christie"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Craig Fugate": ["Fugate"],
        "Allahpundit": ["Allahpundit"],
        "Cory Booker": ["Cory Booker"],
    },
    D10: {
        "Ilyse Hogue": ["Ilyse Hogue", "Hogue"],
        "Barack Obama": ["Obama"],
        "Mitt Romney": ["Mitt Romney", "Romney"],
        "Jane Mayer": ["Jane Mayer"],
        "Hans von Spakovsky": ["Hans von Spakowsky", "von Spakowsky"],
        "John Lewis": ["John Lewis"],
        "Elijah Cummings": ["Elijah Cummings"],
        "Mike Turzai": ["Mike Turzai"],
        "Nathan Sproul": ["Nathan Sproul", "Sproul"],
        "Vivian Applewhite": ["Vivian Applewhite"],
    },
}

# ---------------------------------------------------------------- offices
PRES = "President of the United States"
# (context snippet, occurrence index within the document, span text inside the snippet, office label)
OFFICES = {
    D1: [
        ("Sens. Marco Rubio", 0, "Sens.", "Senator"),
        ("President Barack Obama", 0, "President", PRES),
        ("Sen. Jim DeMint", 0, "Sen.", "U.S. Senator from South Carolina"),
        ("Sens. Rand Paul", 0, "Sens.", "Senator"),
        ("Alaska Gov. Sarah", 0, "Alaska Gov.", "Governor of Alaska"),
        ("Rep. Paul Ryan", 0, "Rep.", "U.S. Representative for Wisconsin's 1st congressional district"),
        ("first term senator", 0, "senator", "U.S. Senator from Florida"),
    ],
    D2: [
        ("Watching President Obama", 0, "President", PRES),
        ("the imperial presidency", 0, "presidency", PRES),
    ],
    D3: [
        ("than President Obama", 0, "President", PRES),
        ("Messina, President Obama", 0, "President", PRES),
        ("“President Obama will", 0, "President", PRES),
        ("the first president in history", 0, "president", PRES),
    ],
    D4: [
        ("Thankfully, President Obama", 0, "President", PRES),
        ("The president holds", 0, "The president", PRES),
        ("Gov. Cuomo", 0, "Gov.", "Governor of New York"),
        ("Mayor Bloomberg", 0, "Mayor", "Mayor of New York City"),
        ("the mayor or governor", 0, "the mayor", "Mayor of New York City"),
        ("the mayor or governor", 0, "governor", "Governor of New York"),
    ],
    D5: [
        ("Senate Minority Leader Mitch", 0, "Senate Minority Leader", "Minority Leader of the United States Senate"),
        ("Sen. Olympia", 0, "Sen.", "U.S. Senator from Maine"),
        ("elected as vice president", 0, "vice president", "Vice President of the United States"),
        ("both former governors", 0, "governors", "Governor of Virginia"),
        ("Kaine to the president", 0, "the president", PRES),
        ("President Obama and Republican", 0, "President", PRES),
        ("the president’s job performance", 0, "the president", PRES),
        ("former Gov. Tommy", 0, "Gov.", "Governor of Wisconsin"),
        ("Rep. Tammy Baldwin", 0, "Rep.", "U.S. Representative for Wisconsin's 2nd congressional district"),
        ("state Treasurer Josh", 0, "state Treasurer", "Treasurer of Ohio"),
        ("Sen. Sherrod Brown", 0, "Sen.", "U.S. Senator from Ohio"),
        ("Sen. Debbie Stabenow", 0, "Sen.", "U.S. Senator from Michigan"),
        ("Rep. Pete Hoekstra", 0, "Rep.", "U.S. Representative for Michigan's 2nd congressional district"),
        ("Sen. Joe Lieberman", 0, "Sen.", "U.S. Senator from Connecticut"),
        ("Rep. Christopher S. Murphy", 0, "Rep.", "U.S. Representative for Connecticut's 5th congressional district"),
        ("Sen. Bill Nelson", 0, "Sen.", "U.S. Senator from Florida"),
        ("Rep. Connie Mack", 0, "Rep.", "U.S. Representative for Florida's 14th congressional district"),
        ("Sen. Claire McCaskill", 0, "Sen.", "U.S. Senator from Missouri"),
    ],
    D6: [
        ("The national party chairman", 0, "The national party chairman", "Chair of the Republican National Committee"),
        ("the speaker of the House", 0, "the speaker of the House", "Speaker of the United States House of Representatives"),
        ("said President Obama", 0, "President", PRES),
        ("video of President Obama", 0, "President", PRES),
        ("as though the president was", 0, "the president", PRES),
        ("carelessly, the president had", 0, "the president", PRES),
        ("characterization of the president", 0, "the president", PRES),
        ("the current president", 0, "president", PRES),
    ],
    D7: [
        ("Prime Minister Julia Gillard", 0, "Prime Minister", "Prime Minister of Australia"),
        ("the leader of the opposition", 0, "the leader of the opposition", "Leader of the Opposition of Australia"),
        ("The Australian prime minister", 0, "The Australian prime minister", "Prime Minister of Australia"),
        ("the opposition leader's", 0, "the opposition leader", "Leader of the Opposition of Australia"),
        ("by the opposition leader", 0, "the opposition leader", "Leader of the Opposition of Australia"),
        ("the speaker of the House", 0, "the speaker of the House", "Speaker of the Australian House of Representatives"),
        ("supporter of the prime minister", 0, "the prime minister", "Prime Minister of Australia"),
        ("The speaker eventually", 0, "The speaker", "Speaker of the Australian House of Representatives"),
        ("tying President Obama", 0, "President", PRES),
    ],
    D8: [
        ("President Obama canceled", 0, "President", PRES),
        ("course the president would", 0, "the president", PRES),
        ("Connecticut Gov. Dannel", 0, "Connecticut Gov.", "Governor of Connecticut"),
    ],
    D9: [
        ("between President Obama", 0, "President", PRES),
        ("Republican Gov. Chris Christie", 0, "Gov.", "Governor of New Jersey"),
        ("critic of the president before", 0, "the president", PRES),
        ("interviews the governor did", 0, "the governor", "Governor of New Jersey"),
        ("as the president visited", 0, "the president", PRES),
        ("at the governor's invitation", 0, "the governor", "Governor of New Jersey"),
        ("received from the president:", 0, "the president", PRES),
        ("cannot thank the president", 0, "the president", PRES),
        ("your governor is", 0, "governor", "Governor of New Jersey"),
        ("Director Fugate", 0, "Director", "Administrator of the Federal Emergency Management Agency"),
        ("accused the president", 0, "the president", PRES),
        ("behavior of the president and governor", 0, "the president", PRES),
        ("behavior of the president and governor", 0, "governor", "Governor of New Jersey"),
        ("reelection bid as governor", 0, "governor", "Governor of New Jersey"),
        ("re-election as governor", 0, "governor", "Governor of New Jersey"),
        ("Democratic mayor of New Jersey", 0, "mayor of New Jersey", "Mayor of Newark"),
    ],
    D10: [
        ("Ohio secretary of state", 0, "Ohio secretary of state", "Secretary of State of Ohio"),
        ("Ohio's secretary of state", 0, "Ohio's secretary of state", "Secretary of State of Ohio"),
        ("Wisconsin's attorney general", 0, "Wisconsin's attorney general", "Attorney General of Wisconsin"),
        ("Rep. John Lewis", 0, "Rep.", "U.S. Representative for Georgia's 5th congressional district"),
        ("Rep. Elijah Cummings", 0, "Rep.", "U.S. Representative for Maryland's 7th congressional district"),
        ("House Majority Leader Mike Turzai", 0, "House Majority Leader", "Majority Leader of the Pennsylvania House of Representatives"),
    ],
}

# ---------------------------------------------------------------- elections
US12 = "ocd-division/country:us|2012|general"
US08 = "ocd-division/country:us|2008|general"
US12P = "ocd-division/country:us|2012|primary"
MO12 = "ocd-division/country:us/state:mo|2012|general"
VA12 = "ocd-division/country:us/state:va|2012|general"
WI12 = "ocd-division/country:us/state:wi|2012|general"
MI12 = "ocd-division/country:us/state:mi|2012|general"
NJ13 = "ocd-division/country:us/state:nj|2013|general"  # text says "in 2014"; Christie's re-election was 2013-11-05
PK13 = "ocd-division/country:pk|2013|general"  # "preparing to hold elections this year": held 2013-05-11
ED12 = "2012-11-06"
ED08 = "2008-11-04"
# (context snippet, occurrence, span inside snippet, key, round)
ELECTIONS = {
    D1: [],
    D2: [
        ("his election was", 0, "his election", US08, None),
        ("the 2012 election", 0, "the 2012 election", US12, None),
        ("the race is a dead heat", 0, "the race", US12, None),
        ("make the race about", 0, "the race", US12, None),
    ],
    D3: [
        ("cost us the election", 0, "the election", US12, None),
        ("re-election effort", 0, "re-election", US12, None),
    ],
    D4: [
        ("race for the White House", 0, "race for the White House", US12, None),
        ("The race is tied", 0, "The race", US12, None),
        ("make the race about", 0, "the race", US12, None),
        ("win an election when", 0, "an election", US12, None),
    ],
    D5: [
        ("loses his race", 0, "his race", MO12, None),
        ("the race between Republican George Allen", 0, "the race", VA12, None),
        ("the contest in Wisconsin", 0, "the contest", WI12, None),
        ("tight race with former", 0, "race", MI12, None),
        ("quit the race", 0, "the race", MO12, None),
    ],
    D6: [
        ("the early primaries", 0, "the early primaries", US12P, None),
        ("back in the primaries", 0, "the primaries", US12P, None),
    ],
    D7: [
        ("where the election may depend", 0, "the election", US12, None),
        ("hold elections this year", 0, "elections", PK13, None),
    ],
    D8: [
        ("the presidential race", 0, "the presidential race", US12, None),
        ("by Election Day.", 0, "Election Day", US12, ED12),
        ("the Nov. 6 presidential election", 0, "the Nov. 6 presidential election", US12, ED12),
        ("ahead of Election Day in 2008", 0, "Election Day", US08, ED08),
        ("locations on Election Day", 0, "Election Day", US12, ED12),
        ("for the presidential election", 0, "the presidential election", US12, None),
        ("close U.S. Senate race", 0, "U.S. Senate race", VA12, None),
        ("in the presidential contest", 0, "the presidential contest", US12, None),
        ("voting on Election Day", 0, "Election Day", US12, ED12),
    ],
    D9: [
        ("close, and vitriolic, presidential election", 0, "presidential election", US12, None),
        ("own reelection bid", 0, "reelection", NJ13, None),
        ("up for re-election as governor", 0, "re-election", NJ13, None),
        ("tight presidential contest", 0, "presidential contest", US12, None),
    ],
    D10: [
        ("One day before the election", 0, "the election", US12, None),
        ("train Election Day poll watchers", 0, "Election Day", US12, ED12),
        ("to swing the vote", 0, "the vote", US12, None),
        ("a subplot of this election", 0, "this election", US12, None),
        ("enforced in this election", 0, "this election", US12, None),
        ("if the election proves", 0, "the election", US12, None),
    ],
}


def nth(text, snippet, n):
    i = -1
    for _ in range(n + 1):
        i = text.find(snippet, i + 1)
        if i < 0:
            raise SystemExit("snippet not found: %r (occurrence %d)" % (snippet, n))
    return i


def main():
    lines = []
    for doc in BATCH:
        text = (DOCS / doc).read_text(encoding="utf-8")
        ms = []
        # people: longest surface form first, no overlaps
        forms = []
        for ent, aliases in PEOPLE[doc].items():
            for a in aliases:
                forms.append((ent, a))
        taken = []
        for ent, a in sorted(forms, key=lambda x: -len(x[1])):
            pat = a if any(c in a for c in "(?<=") else re.escape(a)
            for m in re.finditer(r"(?<![\w])" + pat + r"(?![\w])", text):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                ms.append({"document": doc, "start": s, "end": e, "text": text[s:e], "type": "Person",
                           "entity": "person:" + ent, "wikidata": QID.get(ent)})
        for ctx, n, span, label in OFFICES[doc]:
            c = nth(text, ctx, n)
            s = c + ctx.index(span)
            e = s + len(span)
            ms.append({"document": doc, "start": s, "end": e, "text": text[s:e], "type": "Office",
                       "entity": "office:" + label, "wikidata": None})
        for ctx, n, span, key, rnd in ELECTIONS[doc]:
            c = nth(text, ctx, n)
            s = c + ctx.index(span)
            e = s + len(span)
            ms.append({"document": doc, "start": s, "end": e, "text": text[s:e], "type": "Election",
                       "entity": "election:" + key, "wikidata": None, "round": rnd})
        ms.sort(key=lambda m: (m["start"], m["end"]))
        # checks
        for a, b in zip(ms, ms[1:]):
            if b["start"] < a["end"]:
                raise SystemExit("overlap in %s: %r / %r" % (doc, a, b))
        for m in ms:
            assert text[m["start"]:m["end"]] == m["text"], m
        lines.extend(ms)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for m in lines:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d mentions to %s" % (len(lines), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
