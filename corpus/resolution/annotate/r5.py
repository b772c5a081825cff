"""Resolution-set annotations, batch r5 (10 documents; see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r5.jsonl: one line per Person / Office / Election mention.
Offsets are computed here from snippets (n-th occurrence of a snippet, then the name inside it),
never by hand; the script checks text == doc[start:end] and that no two mentions overlap.
On Current-Events pages (c_*.txt) nothing after the "### Related:" heading is annotated.
"""
from spans import E, O, P, Batch


# ------------------------------------------------------------------ entities
# people: key -> (full name, QID from congress-legislators id.wikidata, or None)
PEOPLE = {
    "trump": ("Donald Trump", "Q22686"),            # executive.yaml
    "obama": ("Barack Obama", "Q76"),               # executive.yaml
    "biden": ("Joe Biden", "Q6279"),                # executive.yaml
    "cheney": ("Dick Cheney", "Q48259"),            # executive.yaml (vice president)
    "reagan": ("Ronald Reagan", None),              # executive.yaml has no wikidata id for him
    "wilson": ("Woodrow Wilson", None),             # executive.yaml has no wikidata id
    "fdr": ("Franklin D. Roosevelt", None),         # executive.yaml has no wikidata id
    "cleveland": ("Grover Cleveland", None),        # executive.yaml has no wikidata id
    "jfk": ("John F. Kennedy", None),               # executive.yaml has no wikidata id (as r2)
    "bclinton": ("Bill Clinton", None),             # executive.yaml has no wikidata id (as r1/r2)
    "hclinton": ("Hillary Clinton", "Q6294"),       # legislators-historical (sen NY); QID as in r3/gold
    "romney": ("Mitt Romney", "Q4496"),             # legislators-historical (sen UT); QID as in r0/r1
    "sanders": ("Bernie Sanders", "Q359442"),       # legislators-current (sen VT)
    "warren": ("Elizabeth Warren", "Q434706"),      # legislators-current (sen MA)
    "cruz": ("Ted Cruz", "Q2036942"),               # legislators-current (sen TX)
    "rubio": ("Marco Rubio", "Q324546"),            # legislators-2017 (sen FL)
    "portman": ("Rob Portman", "Q926069"),          # legislators-2017 (sen OH)
    "sasse": ("Ben Sasse", "Q16192221"),            # legislators-2017 (sen NE)
    "franken": ("Al Franken", "Q319084"),           # legislators-2017 (sen MN)
    "speters": ("Scott Peters", "Q3791514"),        # legislators-2017 (rep CA-52 in 2014)
    "scalise": ("Steve Scalise", "Q1857141"),       # legislators-current (rep LA-1)
    "goodlatte": ("Bob Goodlatte", "Q887952"),      # legislators-2017 (rep VA-6)
    "meadows": ("Mark Meadows", "Q3956796"),        # legislators-2017 (rep NC-11)
    "ryan": ("Paul Ryan", "Q203966"),               # legislators-2017 (rep WI-1, Speaker)
    "kasich": ("John Kasich", None),                # legislators-historical csv: no wikidata (as r1)
    "edwards": ("John Edwards", None),              # legislators-historical csv: no wikidata
    "kerry": ("John Kerry", None),                  # legislators-historical csv: no wikidata
    "mobama": ("Michelle Obama", None),
    "giuliani": ("Rudy Giuliani", None),
    "omalley": ("Martin O'Malley", None),
    "mcdonnell": ("Bob McDonnell", None),
    "harber": ("Tyler Harber", None),
    "psaki": ("Jen Psaki", None),
    "demaio": ("Carl DeMaio", None),
    "tisei": ("Richard Tisei", None),
    "wehby": ("Monica Wehby", None),
    "bbrown": ("Brian S. Brown", None),
    "mackey": ("Connie Mackey", None),
    "mcdonald": ("Michael McDonald", None),
    "walter": ("Amy Walter", None),
    "begala": ("Paul Begala", None),
    "cooper": ("Anderson Cooper", None),
    "solotaroff": ("Paul Solotaroff", None),
    "mackowiak": ("Matt Mackowiak", None),
    "winston": ("David Winston", None),
    "ayres": ("Whit Ayres", None),
    "noah": ("Trevor Noah", None),                  # spelled "Trever" in the text
    "harrer": ("Andrew Harrer", None),
    "harnik": ("Andrew Harnik", None),
    "luttrell": ("Marcus Luttrell", None),
    "geist": ("Mark Geist", None),
    "tiegen": ("John Tiegen", None),
    "robertson": ("Willie Robertson", None),
    "mendoza": ("Mary Ann Mendoza", None),
    "durden": ("Sabine Durden", None),
    "shaw": ("Jamiel Shaw", None),
    "silva": ("Astrid Silva", None),
    "perry": ("Rick Perry", None),
    "jbrown": ("Jerry Brown", None),
    "weaver": ("Karen Weaver", None),
    "duggan": ("Mike Duggan", None),
    "ramirez": ("Mary Ramirez", None),
    "bardack": ("Lisa Bardack", None),
    "cohn": ("Nate Cohn", None),
    "morris": ("G. Elliott Morris", None),
    "pergram": ("Chad Pergram", None),
    "ball": ("Anne Ball", None),
    "abe": ("Shinzo Abe", None),
    "gentiloni": ("Paolo Gentiloni", None),
}

OFFICES = {
    "potus": "President of the United States",
    "vpotus": "Vice President of the United States",
    "speaker_us": "Speaker of the United States House of Representatives",
    "whip_us": "Majority Whip of the United States House of Representatives",
    "judiciary_chair": "Chair of the House Judiciary Committee",
    "hfc_chair": "Chair of the House Freedom Caucus",
    "senator": "Senator",                      # generic: the text fixes no single seat
    "rep": "Representative",                   # generic: the text fixes no single seat
    "mayor": "Mayor",                          # generic: "Mayors" of Flint and Detroit together
    "sen_oh": "U.S. Senator from Ohio",
    "sen_ne": "U.S. Senator from Nebraska",
    "sen_il": "U.S. Senator from Illinois",
    "sen_ny": "U.S. Senator from New York",
    "sen_ma": "U.S. Senator from Massachusetts",
    "sen_mn": "U.S. Senator from Minnesota",
    "sen_vt": "U.S. Senator from Vermont",
    "rep_ca52": "U.S. Representative for California's 52nd congressional district",
    "rep_va6": "U.S. Representative for Virginia's 6th congressional district",
    "rep_nc11": "U.S. Representative for North Carolina's 11th congressional district",
    "gov_md": "Governor of Maryland",
    "gov_va": "Governor of Virginia",
    "gov_oh": "Governor of Ohio",
    "gov_tx": "Governor of Texas",
    "gov_ca": "Governor of California",
    "pm_jp": "Prime Minister of Japan",
    "pm_it": "Prime Minister of Italy",
}

US = "ocd-division/country:us"
ELECTIONS = {
    "us_2000": US + "|2000|general",
    "us_prim_2000": US + "|2000|primary",
    "us_prim_2008": US + "|2008|primary",
    "us_2012": US + "|2012|general",
    "us_2016": US + "|2016|general",
    "us_prim_2016": US + "|2016|primary",            # national nomination races 2016
    "us_2018": US + "|2018|general",                 # the 2018 midterm elections
    "oh_2016": US + "/state:oh|2016|general",        # Portman's Senate re-election race
    "or_2014": US + "/state:or|2014|general",        # Oregon Senate race (Wehby)
    "ia_prim_2016": US + "/state:ia|2016|primary",
    "nh_prim_2016": US + "/state:nh|2016|primary",
    "sc_prim_2016": US + "/state:sc|2016|primary",
    "nv_prim_2016": US + "/state:nv|2016|primary",
    "ca_prim_2016": US + "/state:ca|2016|primary",
    "ca_prim_2018": US + "/state:ca|2018|primary",
    "ca49_prim_2018": US + "/state:ca/cd:49|2018|primary",
    "ca_2018": US + "/state:ca|2018|general",
    "jp_2012": "ocd-division/country:jp|2012|general",
}


# ------------------------------------------------------------------ per-document annotations
# Each explicit item: (snippet, n, sub, entity) -- the n-th (0-based) occurrence of snippet, then
# the first occurrence of sub inside it (sub None: the whole snippet).
# EVERY: (regex, entity) -- every match of the regex not overlapping an explicit item or an earlier
# EVERY match and not inside one of the document's SKIP snippets (organisations named after
# people, etc.); patterns are applied in order, full names before surnames.
ANN = {}

# ---- 1. 2012-11-01: early voting before the 2012 presidential election
ANN["a_2012-11-01_1U8ri1z3H3RqALfh.txt"] = dict(
    explicit=[
        ("to choose the next president", 0, "president", O("potus")),
        ("President Obama and Mitt Romney", 0, "President", O("potus")),
        ("if it’s cast on Election Day", 0, "Election Day", E("us_2012", "2012-11-06")),
        ("said Tyler Harber", 0, "Tyler Harber", P("harber")),
        ("President Obama voted early", 0, "President", O("potus")),
        ("the first U.S. president to vote early", 0, "U.S. president", O("potus")),
        ("Campaign spokeswoman Jen Psaki", 0, "Jen Psaki", P("psaki")),
        ("that the president is ahead", 0, "president", O("potus")),
        ("having the president do this", 0, "president", O("potus")),
        ("after the president voted", 0, "president", O("potus")),
        ("Democratic Gov. Martin O’Malley", 0, "Gov.", O("gov_md")),
        ("Democratic Gov. Martin O’Malley", 0, "Martin O’Malley", P("omalley")),
        ("Virginia Republican Gov. Bob McDonnell", 0, "Gov.", O("gov_va")),
        ("Virginia Republican Gov. Bob McDonnell", 0, "Bob McDonnell", P("mcdonnell")),
    ],
    every=[
        (r"Mitt Romney", P("romney")),
        (r"Romney", P("romney")),
        (r"Obama", P("obama")),
        (r"Psaki", P("psaki")),
    ],
    skip=[],
)

# ---- 2. Washington Times, 2014-10-16: NOM targets gay-marriage-supporting Republicans
ANN["a_2014-10-16_blkW2hG5IhOYwrVz.txt"] = dict(
    explicit=[
        ("One race in particular", 0, "One race", E("oh_2016")),
        ("attention: Sen. Rob Portman", 0, "Sen.", O("sen_oh")),
        ("attention: Sen. Rob Portman", 0, "Rob Portman", P("portman")),
        ("Monica Wehby’s race", 0, "race", E("or_2014")),
        ("President Brian Brown", 0, "Brian Brown", P("bbrown")),
        ("Mr. Brown said", 0, "Brown", P("bbrown")),
        ("[Rep.] Scott Peters", 0, "Rep.", O("rep_ca52")),
        ("[Rep.] Scott Peters", 0, "Scott Peters", P("speters")),
        ("President Connie Mackey", 0, "Connie Mackey", P("mackey")),
    ],
    every=[
        (r"Carl DeMaio", P("demaio")),
        (r"Richard Tisei", P("tisei")),
        (r"Monica Wehby", P("wehby")),
    ],
    skip=[],
)

# ---- 3. Christian Science Monitor, 2016-03-01: primary turnout before Super Tuesday
ANN["a_2016-03-01_LSBrEqSum0eYXsTU.txt"] = dict(
    explicit=[
        ("the first four nominating contests", 0, None, E("us_prim_2016")),
        ("last competitive primary season", 0, "primary season", E("us_prim_2008")),
        ("presence in the race", 0, "the race", E("us_prim_2016")),
        ("The Donald himself", 0, "Donald", P("trump")),
        ("in the first Southern primary", 0, "the first Southern primary", E("sc_prim_2016", "2016-02-27")),
        ("aka Super Tuesday", 0, "Super Tuesday", E("us_prim_2016", "2016-03-01")),
        ("Democratic nominee in the general election", 0, "the general election", E("us_2016")),
        ("When the primaries began", 0, "the primaries", E("us_prim_2016")),
        ("Republican candidates in the race", 0, "the race", E("us_prim_2016")),
        ("Nebraska Sen. Ben Sasse", 0, "Nebraska Sen.", O("sen_ne")),
        ("into the general [election]", 0, "the general [election]", E("us_2016")),
        ("180,000 people to the caucuses", 0, "the caucuses", E("ia_prim_2016", "2016-02-01")),
        ("GOP primary turnout", 0, "GOP primary", E("nh_prim_2016", "2016-02-09")),
        ("730,000 voters to its primary", 0, "its primary", E("sc_prim_2016", "2016-02-20")),
        ("75,000 people turned out for the caucuses", 0, "the caucuses", E("nv_prim_2016", "2016-02-23")),
        ("Democrats drew 171,000 to the caucuses", 0, "the caucuses", E("ia_prim_2016", "2016-02-01")),
        ("the Feb. 9 New Hampshire primary", 0, None, E("nh_prim_2016", "2016-02-09")),
        ("but the race quickly winnowed", 0, "the race", E("us_prim_2008")),
        ("then-Senator Obama", 0, "Senator", O("sen_il")),
        ("then-Senator Clinton", 0, "Senator", O("sen_ny")),
        ("turnout in the early contests", 0, "the early contests", E("us_prim_2016")),
        ("Go back to the 2000 elections", 0, "the 2000 elections", E("us_2000")),
        ("turnout rates in the early contests", 0, "the early contests", E("us_prim_2000")),
        ("the general election was one of the closest", 0, "the general election", E("us_2000")),
        ("electability in the general election", 0, "the general election", E("us_2016")),
        ("voting for president in 2016", 0, "president", O("potus")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Hillary", P("hclinton")),
        (r"Clinton", P("hclinton")),
        (r"Bernie Sanders", P("sanders")),
        (r"Barack Obama", P("obama")),
        (r"Obama", P("obama")),
        (r"John Edwards", P("edwards")),
        (r"Joe Biden", P("biden")),
        (r"Michael McDonald", P("mcdonald")),
        (r"McDonald", P("mcdonald")),
        (r"Ben Sasse", P("sasse")),
        (r"Amy Walter", P("walter")),
        (r"Walter", P("walter")),
        (r"Paul Begala", P("begala")),
        (r"Begala", P("begala")),
        (r"Anderson Cooper", P("cooper")),
    ],
    skip=[],
)

# ---- 4. Christian Science Monitor, 2016-04-07: can Trump act "more presidential"?
ANN["a_2016-04-07_Tzmoke27MRm5Ev2P.txt"] = dict(
    explicit=[
        ("two other competitors left in the race", 0, "the race", E("us_prim_2016")),
        ("how to run for president", 0, "president", O("potus")),
        ("he should be president of the United States", 0, "president of the United States", O("potus")),
        ("run a primary campaign", 0, "primary", E("us_prim_2016")),
        ("so many candidates in the race", 0, "the race", E("us_prim_2016")),
        ("a credible candidate for president", 0, "president", O("potus")),
        ("who has dropped out of the race", 0, "the race", E("us_prim_2016")),
        ("Ohio Gov. John Kasich", 0, "Ohio Gov.", O("gov_oh")),
        ("to win a general election", 0, "a general election", E("us_2016")),
        ("among primary voters", 0, "primary", E("us_prim_2016")),
        ("among general election voters", 0, "general election", E("us_2016")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Paul Solotaroff", P("solotaroff")),
        (r"Matt Mackowiak", P("mackowiak")),
        (r"Mackowiak", P("mackowiak")),
        (r"David Winston", P("winston")),
        (r"Winston", P("winston")),
        (r"Cruz", P("cruz")),
        (r"Bernie Sanders", P("sanders")),
        (r"Whit Ayres", P("ayres")),
        (r"Ayres", P("ayres")),
        (r"Marco Rubio", P("rubio")),
        (r"John Kasich", P("kasich")),
    ],
    skip=["Trump Tower", "The Winston Group"],
)

# ---- 5. TheBlaze, 2016-07-23: RNC vs DNC speakers (opinion)
ANN["a_2016-07-23_ut90yKrwldXepYzA.txt"] = dict(
    explicit=[
        ("congressmen you’ve never heard of, reality", 0, "congressmen", O("rep")),
        ("married to congressmen", 0, "congressmen", O("rep")),
        ("booing sitting senators", 0, "senators", O("senator")),
        ("accompanied by Sen. Elizabeth Warren", 0, "Sen.", O("sen_ma")),
        ("a chance at the presidency", 0, "presidency", O("potus")),
        ("former governor of the wildly", 0, "governor", O("gov_tx")),
        ("Governor Jerry Brown", 0, "Governor", O("gov_ca")),
        ("Mayors Karen Weaver", 0, "Mayors", O("mayor")),
        ("Sen. Al Franken", 0, "Sen.", O("sen_mn")),
        ("Sen. Sanders", 0, "Sen.", O("sen_vt")),
        ("the very white Sen. Elizabeth Warren", 0, "Sen.", O("sen_ma")),
        ("Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("nomination for president of the United States", 0, "president of the United States", O("potus")),
    ],
    every=[
        (r"Trever Noah", P("noah")),
        (r"Noah", P("noah")),
        (r"Donald Trump", P("trump")),
        (r"Rudy Giuliani", P("giuliani")),
        (r"Andrew Harrer", P("harrer")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Bill Clinton", P("bclinton")),
        (r"Clinton", P("hclinton")),
        (r"Elizabeth Warren", P("warren")),
        (r"Warren", P("warren")),
        (r"Andrew Harnik", P("harnik")),
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Marcus Luttrell", P("luttrell")),
        (r"Mark Geist", P("geist")),
        (r"John Tiegen", P("tiegen")),
        (r"Michelle Obama", P("mobama")),
        (r"Willie Robertson", P("robertson")),
        (r"Robertson", P("robertson")),
        (r"Mary Ann Mendoza", P("mendoza")),
        (r"Sabine Durden", P("durden")),
        (r"Jamiel Shaw", P("shaw")),
        (r"Astrid Silva", P("silva")),
        (r"Rick Perry", P("perry")),
        (r"Jerry Brown", P("jbrown")),
        (r"Karen Weaver", P("weaver")),
        (r"Mike Duggan", P("duggan")),
        (r"Al Franken", P("franken")),
        (r"Joe Biden", P("biden")),
        (r"Mary Ramirez", P("ramirez")),
    ],
    skip=["The Chris Salcedo Show"],
)

# ---- 6. Christian Science Monitor, 2016-09-12: Clinton's health and presidents' ailments
ANN["a_2016-09-12_N6JTvpDCoV0xuakW.txt"] = dict(
    explicit=[
        ("well enough to be president", 0, "president", O("potus")),
        ("nearly as much as this election", 0, "this election", E("us_2016")),
        ("many presidents have", 0, "presidents", O("potus")),
        ("These presidents all", 0, "presidents", O("potus")),
        ("ability to serve as president", 0, "president", O("potus")),
        ("voters during this election", 0, "this election", E("us_2016")),
    ],
    every=[
        (r"Hillary Clinton", P("hclinton")),
        (r"Clinton", P("hclinton")),
        (r"Lisa Bardack", P("bardack")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Woodrow Wilson", P("wilson")),
        (r"Ronald Reagan", P("reagan")),
        (r"Franklin Delano Roosevelt", P("fdr")),
        (r"Grover Cleveland", P("cleveland")),
        (r"John F\. Kennedy", P("jfk")),
        (r"Dick Cheney", P("cheney")),
        (r"John Kerry", P("kerry")),
        (r"Kerry", P("kerry")),
    ],
    skip=[],
)

# ---- 7. Vox, 2018-06-06: California primary results and the House majority
ANN["a_2018-06-06_VDmY6YPgEOqUwoyG.txt"] = dict(
    explicit=[
        ("Tuesday night’s California primary election", 0, None, E("ca_prim_2018", "2018-06-05")),
        ("the 2018 midterms", 0, None, E("us_2018")),
        ("the crowded CA-49 primary", 0, "CA-49 primary", E("ca49_prim_2018", "2018-06-05")),
        ("performed overall in the primary", 0, "the primary", E("ca_prim_2018")),
        ("California’s general election results", 0, "California’s general election", E("ca_2018")),
        ("between the 2016 general election", 0, "the 2016 general election", E("us_2016")),
        ("the California top-two primary", 0, None, E("ca_prim_2018")),
        ("last night’s primary votes", 0, "last night’s primary", E("ca_prim_2018", "2018-06-05")),
        ("over 2016 primary ballots", 0, "2016 primary", E("ca_prim_2016")),
        ("in the overall race", 0, "the overall race", E("us_2018")),
    ],
    every=[
        (r"Nate Cohn", P("cohn")),
        (r"G\. Elliott Morris", P("morris")),
        (r"gelliottmorris", P("morris")),                 # the @handle
    ],
    skip=[],
)

# ---- 8. Fox News, 2018-06-21: House immigration votes, Meadows confronts Ryan
ANN["a_2018-06-21_DZdKZjygWaBblVYe.txt"] = dict(
    explicit=[
        ("November's midterm elections", 0, None, E("us_2018")),
        ("President Donald Trump signed", 0, "President", O("potus")),
        ("Majority Whip Steve Scalise", 0, "Majority Whip", O("whip_us")),
        ("as the \"president's bill", 0, "president", O("potus")),
        ("House Judiciary Chair Rep. Bob Goodlatte", 0, "House Judiciary Chair", O("judiciary_chair")),
        ("House Judiciary Chair Rep. Bob Goodlatte", 0, "Rep.", O("rep_va6")),
        ("was important to the president", 0, "president", O("potus")),
        ("Rep. Mark Meadows, R-N.C.", 0, "Rep.", O("rep_nc11")),
        ("chairman of the influential", 0, "chairman", O("hfc_chair")),
        ("LIVID MARK MEADOWS CONFRONTS PAUL RYAN", 0, "MARK MEADOWS", P("meadows")),
        ("LIVID MARK MEADOWS CONFRONTS PAUL RYAN", 0, "PAUL RYAN", P("ryan")),
        ("House Speaker Paul Ryan", 0, "House Speaker", O("speaker_us")),
        ("DEMS SLAM TRUMP'S", 0, "TRUMP", P("trump")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Steve Scalise", P("scalise")),
        (r"Bob Goodlatte", P("goodlatte")),
        (r"Goodlatte", P("goodlatte")),
        (r"Mark Meadows", P("meadows")),
        (r"Meadows", P("meadows")),
        (r"Paul Ryan", P("ryan")),
        (r"Ryan", P("ryan")),
        (r"Chad Pergram", P("pergram")),
        (r"Anne Ball", P("ball")),
    ],
    skip=["ObamaCare"],
)

# ---- 9. Current Events, 2012-12-16: Japanese general election (text before "Related:" only)
ANN["c_2012-12-16_japanese-voters-go-to-the-polls-for-a-ge.txt"] = dict(
    explicit=[
        ("go to the polls for a general election", 0, "a general election", E("jp_2012")),
        ("led by former Prime Minister Shinzo Abe", 0, "Prime Minister", O("pm_jp")),
        ("led by former Prime Minister Shinzo Abe", 0, "Shinzo Abe", P("abe")),
        ("a landslide election victory", 0, "election", E("jp_2012")),
        ("hawkish Shinzo Abe", 0, "Shinzo Abe", P("abe")),
    ],
    every=[],
    skip=[],
)

# ---- 10. Current Events, 2016-12-11: Gentiloni becomes Prime Minister of Italy
ANN["c_2016-12-11_paolo-gentiloni-becomes-the-new-prime-mi.txt"] = dict(
    explicit=[
        ("Paolo Gentiloni becomes", 0, "Paolo Gentiloni", P("gentiloni")),
        ("the new Prime Minister of Italy", 0, "Prime Minister of Italy", O("pm_it")),
    ],
    every=[],
    skip=[],
)


if __name__ == "__main__":
    Batch("r5", PEOPLE, OFFICES, ELECTIONS, ANN).write()
