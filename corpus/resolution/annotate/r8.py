"""Resolution-set annotations, batch r8 (10 documents; see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r8.jsonl: one line per Person / Office / Election mention.
Offsets are computed here from snippets (n-th occurrence of a snippet, then the name inside it),
never by hand; the script checks text == doc[start:end] and that no two mentions overlap.
"""
from spans import E, O, P, Batch


# ------------------------------------------------------------------ entities
# people: key -> (full name, QID from congress-legislators id.wikidata, or None)
PEOPLE = {
    "obama": ("Barack Obama", "Q76"),               # executive.yaml
    "ryan": ("Paul Ryan", "Q203966"),               # legislators-2017 (rep WI-1)
    "mccaskill": ("Claire McCaskill", "Q22260"),    # legislators-2017 (sen MO)
    "akin": ("Todd Akin", None),                    # legislators-historical.csv only (no wikidata)
    "romney": ("Mitt Romney", "Q4496"),             # QID unified with r0-r6 (legislators-historical.csv has no wikidata column)
    "bclinton": ("Bill Clinton", None),             # executive.yaml has no wikidata id for him
    "mobama": ("Michelle Obama", None),
    "priebus": ("Reince Priebus", None),
    "law": ("Steven J. Law", None),
    "rove": ("Karl Rove", None),
    "hannity": ("Sean Hannity", None),
    "limbaugh": ("Rush Limbaugh", None),
    "perot": ("Ross Perot", None),
    "crowley": ("Candy Crowley", None),
    "plouffe": ("David Plouffe", None),
    "gillespie": ("Ed Gillespie", None),
    "khunt": ("Kasie Hunt", None),
    "lederman": ("Josh Lederman", None),
    "hclinton": ("Hillary Clinton", None),          # legislators-historical.csv only (no wikidata)
    "gwbush": ("George W. Bush", "Q207"),           # executive.yaml
    "ghwbush": ("George H. W. Bush", None),         # executive.yaml has no wikidata id for him
    "biden": ("Joe Biden", "Q6279"),                # executive.yaml
    "mccain": ("John McCain", "Q10390"),            # legislators-2017 (sen AZ)
    "warren": ("Elizabeth Warren", "Q434706"),      # legislators-current (sen MA)
    "sabato": ("Larry Sabato", None),
    "jfk": ("John F. Kennedy", None),               # executive.yaml has no wikidata id
    "nixon": ("Richard Nixon", None),               # executive.yaml has no wikidata id
    "mcauliffe": ("Terry McAuliffe", None),
    "bwright": ("Betsey Wright", None),
    "ghart": ("Gary Hart", None),                   # legislators-historical.csv only
    "schweitzer": ("Brian Schweitzer", None),
    "omalley": ("Martin O'Malley", None),
    "jbrown": ("Jerry Brown", None),
    "truman": ("Harry S. Truman", None),            # executive.yaml has no wikidata id
    "lbj": ("Lyndon B. Johnson", None),             # executive.yaml has no wikidata id
    "carter": ("Jimmy Carter", None),               # executive.yaml has no wikidata id
    "rockefeller": ("Nelson Rockefeller", None),    # executive.yaml has no wikidata id
    "swalker": ("Scott Walker", None),
    "burke": ("Mary Burke", None),
    "kleefisch": ("Rebecca Kleefisch", None),
    "trump": ("Donald Trump", "Q22686"),            # executive.yaml
    "mcconnell": ("Mitch McConnell", "Q355522"),    # legislators-current (sen KY)
    "schumer": ("Chuck Schumer", "Q380900"),        # legislators-current (sen NY)
    "graham": ("Lindsey Graham", "Q22212"),         # legislators-current (sen SC)
    "reed": ("Jack Reed", "Q528979"),               # legislators-current (sen RI)
    "pelosi": ("Nancy Pelosi", "Q170581"),          # legislators-current (rep CA)
    "cpelosi": ("Christine Pelosi", None),
    "putin": ("Vladimir Putin", None),
    "jmiller": ("Jason Miller", None),
    "earnest": ("Josh Earnest", None),
    "tillerson": ("Rex Tillerson", None),
    "brody": ("Ben Brody", None),
    "sink": ("Justin Sink", None),
    "jjacobs": ("Jennifer Jacobs", None),
    "litvan": ("Laura Litvan", None),
    "lujan": ("Ben Ray Luján", "Q324256"),          # legislators-current / 2017 (rep NM-3 in 2018)
    "booker": ("Cory Booker", "Q1135767"),          # legislators-current (sen NJ)
    "curbelo": ("Carlos Curbelo", "Q18631533"),     # legislators-2017 (rep FL-26)
    "hurd": ("Will Hurd", "Q18639742"),             # legislators-2017 (rep TX-23)
    "katko": ("John Katko", "Q18619043"),           # legislators-2017 (rep NY-24)
    "salazar": ("María Elvira Salazar", "Q6003715"),  # legislators-current (rep FL-27 from 2021)
    "shalala": ("Donna Shalala", None),             # not in current/2017 yaml
    "schriock": ("Stephanie Schriock", None),
    "tyler": ("Rick Tyler", None),
    "brazile": ("Donna Brazile", None),
    "radinovich": ("Joe Radinovich", None),
    "jamison": ("Della Jamison", None),
    "peoples": ("Steve Peoples", None),             # AP political writer (byline "Peoples reported")
    "mascaro": ("Lisa Mascaro", None),
    "dunne": ("Finley Peter Dunne", None),
    "soros": ("George Soros", None),
    "staver": ("Mat Staver", None),
    "nawaz": ("Maajid Nawaz", None),
    "eparker": ("Elisa Karem Parker", None),
    "willer": ("Robb Willer", None),
    "pruden": ("Wesley Pruden", None),
    "zuluaga": ("Óscar Iván Zuluaga", None),
    "santos": ("Juan Manuel Santos", None),
}

OFFICES = {
    "potus": "President of the United States",
    "vpotus": "Vice President of the United States",
    "rnc_chair": "Chair of the Republican National Committee",
    "rep_mo2": "U.S. Representative for Missouri's 2nd congressional district",
    "sen_mo": "U.S. Senator from Missouri",
    "rep_wi1": "U.S. Representative for Wisconsin's 1st congressional district",
    "gov_ma": "Governor of Massachusetts",
    "gov_va": "Governor of Virginia",
    "gov_mt": "Governor of Montana",
    "gov_md": "Governor of Maryland",
    "gov_ca": "Governor of California",
    "gov_ny": "Governor of New York",
    "sen_ma": "U.S. Senator from Massachusetts",
    "rep_ar3": "U.S. Representative for Arkansas's 3rd congressional district",
    "gov_wi": "Governor of Wisconsin",
    "ltgov_wi": "Lieutenant Governor of Wisconsin",
    "commerce_wi": "Secretary of Commerce of Wisconsin",
    "madison_sb": "Member of the Madison School Board",
    "senate_maj": "Majority Leader of the United States Senate",
    "senate_min": "Minority Leader of the United States Senate",
    "house_min": "Minority Leader of the United States House of Representatives",
    "speaker_us": "Speaker of the United States House of Representatives",
    "sasc_chair": "Chair of the Senate Armed Services Committee",
    "senator": "Senator",                        # generic: the text fixes no single seat
    "congress_member": "Member of the United States Congress",
    "elector": "Presidential elector",
    "pres_ru": "President of Russia",
    "secstate_us": "United States Secretary of State",
    "rep_nm3": "U.S. Representative for New Mexico's 3rd congressional district",
    "dccc_chair": "Chair of the Democratic Congressional Campaign Committee",
    "sen_nj": "U.S. Senator from New Jersey",
    "dnc_chair": "Chair of the Democratic National Committee",
    "mn_house": "Member of the Minnesota House of Representatives",
    "hhs_sec": "Secretary of Health and Human Services",
    "pm_ru": "Prime Minister of Russia",
}

US = "ocd-division/country:us"
ELECTIONS = {
    "us_pres_2012": US + "|2012|general",
    "mo_sen_2012": US + "/state:mo|2012|general",     # McCaskill v. Akin, Nov 6, 2012
    "mo_prim_2012": US + "/state:mo|2012|primary",    # Aug 7, 2012 Missouri primary
    "us_pres_2016": US + "|2016|general",
    "us_pres_2008": US + "|2008|general",
    "us_pres_1988": US + "|1988|general",
    "us_prim_1988": US + "|1988|primary",             # the 1988 Democratic nomination race
    "us_2014": US + "|2014|general",                   # the 2014 general (midterm) elections
    "wi_recall_2012": US + "/state:wi|2012|special",   # the June 5, 2012 gubernatorial recall election
    "wi_gov_2014": US + "/state:wi|2014|general",
    "wi_gov_2010": US + "/state:wi|2010|general",
    "us_2018": US + "|2018|general",                   # the 2018 general (midterm) elections
    "fl27_2018": US + "/state:fl/cd:27|2018|general",
    "ru_pres_2012": "ocd-division/country:ru|2012|general",   # 4 March 2012
    "co_pres_2014": "ocd-division/country:co|2014|general",   # 25 May 2014, runoff 15 June 2014
}


# ------------------------------------------------------------------ per-document annotations
# Each explicit item: (snippet, n, sub, entity) -- the n-th (0-based) occurrence of snippet, then
# the first occurrence of sub inside it (sub None: the whole snippet).
# EVERY: (regex, entity) -- every match of the regex not overlapping an explicit item and not
# inside one of the document's SKIP snippets (organisations named after people, etc.).
ANN = {}

# ---- 1. CNN, 2012-08-22: Todd Akin stays in the Missouri Senate race
ANN["a_2012-08-22_LaC4dsrg07TOv9KI.txt"] = dict(
    explicit=[
        ("Story highlights Rep. Todd Akin", 0, "Rep.", O("rep_mo2")),
        ("VP hopeful Paul Ryan", 0, "VP", O("vpotus")),
        ("Republican Rep. Todd Akin", 0, "Rep.", O("rep_mo2")),
        ("vice presidential hopeful Paul Ryan", 0, "vice presidential", O("vpotus")),
        ("staying in the race against", 0, "the race", E("mo_sen_2012")),
        ("incumbent Sen. Claire McCaskill", 0, "Sen.", O("sen_mo")),
        ("GOP presidential hopeful Mitt Romney", 0, "presidential", O("potus")),
        ("reserved for the Missouri race", 0, "the Missouri race", E("mo_sen_2012")),
        ("The six-term congressman", 0, "congressman", O("rep_mo2")),
        ("won the GOP primary in early August", 0, "the GOP primary", E("mo_prim_2012", "2012-08-07")),
        ("the race in Missouri", 0, None, E("mo_sen_2012")),
        ("whether the congressman finds", 0, "congressman", O("rep_mo2")),
        ("an eminently winnable Senate race", 0, "Senate race", E("mo_sen_2012")),
        ("salvage this race", 0, "this race", E("mo_sen_2012")),
        ("he's in this race", 0, "this race", E("mo_sen_2012")),
        ("we can win this race", 0, "this race", E("mo_sen_2012")),
        ("chairman of the Republican National Committee", 0, None, O("rnc_chair")),
    ],
    every=[
        (r"Todd Akin", P("akin")),
        (r"Akin", P("akin")),
        (r"Paul Ryan", P("ryan")),
        (r"Ryan", P("ryan")),
        (r"Claire McCaskill", P("mccaskill")),
        (r"McCaskill", P("mccaskill")),
        (r"Mitt Romney", P("romney")),
        (r"Romney", P("romney")),
        (r"Steve Law", P("law")),
        (r"Law", P("law")),
        (r"Karl Rove", P("rove")),
        (r"Sean Hannity", P("hannity")),
        (r"Rush Limbaugh", P("limbaugh")),
        (r"Reince Priebus", P("priebus")),
    ],
    skip=[],
)

# ---- 2. CNN, 2012-10-16: Gallup poll before the second Obama-Romney debate
ANN["a_2012-10-16_5DgtH1WHIHfJQUz1.txt"] = dict(
    explicit=[
        ("lead over President Obama", 0, "President", O("potus")),
        ("the pressure is on the president", 0, "president", O("potus")),
        ("the president's performance", 0, "president", O("potus")),
        ("the president's team", 0, "president", O("potus")),
        ("how the race has changed", 0, "the race", E("us_pres_2012")),
        ("has solidly backed the president", 0, "president", O("potus")),
        ("the Nov. 6 election", 0, None, E("us_pres_2012", "2012-11-06")),
        ("The race is shaping up", 0, "The race", E("us_pres_2012")),
        ("before Election Day", 0, "Election Day", E("us_pres_2012", "2012-11-06")),
        ("former President Bill Clinton", 0, "President", O("potus")),
        ("former President Bill Clinton", 0, "Bill Clinton", P("bclinton")),
        ("Clinton appears", 0, "Clinton", P("bclinton")),
        ("First lady Michelle Obama", 0, "Michelle Obama", P("mobama")),
        ("the president plans", 0, "president", O("potus")),
        ("Mitt has the background", 0, "Mitt", P("romney")),
    ],
    every=[
        (r"Mitt Romney", P("romney")),
        (r"Romney", P("romney")),
        (r"Obama", P("obama")),
        (r"Ross Perot", P("perot")),
        (r"Perot", P("perot")),
        (r"Paul Ryan", P("ryan")),
        (r"Candy Crowley", P("crowley")),
    ],
    skip=[],
)

# ---- 3. AP (Washington Times), 2012-11-04: final weekend of the presidential campaign
ANN["a_2012-11-04_dPeuTxh3IJgDLPDb.txt"] = dict(
    explicit=[
        ("President Obama’s campaign is mobilizing", 0, "President", O("potus")),
        ("Tuesday’s election", 0, None, E("us_pres_2012", "2012-11-06")),
        ("the exceedingly close race", 0, None, E("us_pres_2012")),
        ("running mate Rep. Paul Ryan", 0, "Rep.", O("rep_wi1")),
        ("and Gov. Romney is traveling", 0, "Gov.", O("gov_ma")),
        ("during the race’s final weeks", 0, "the race", E("us_pres_2012")),
        ("when President Obama and I", 0, "President", O("potus")),
        ("The president’s team", 0, "president", O("potus")),
        ("The president caught", 0, "president", O("potus")),
        ("until after Election Day", 0, "Election Day", E("us_pres_2012", "2012-11-06")),
        ("The president had a full", 0, "president", O("potus")),
        ("The president’s rallies", 0, "president", O("potus")),
        ("on Tuesday, Election Day", 0, "Election Day", E("us_pres_2012", "2012-11-06")),
        ("former President Bill Clinton", 0, "President", O("potus")),
        ("former President Bill Clinton", 0, "Bill Clinton", P("bclinton")),
        ("the service of my president", 0, "president", O("potus")),
        ("the race was in the voters", 0, "the race", E("us_pres_2012")),
        ("with Gov. Romney and the crowds", 0, "Gov.", O("gov_ma")),
        ("that Gov. Romney will not", 0, "Gov.", O("gov_ma")),
        ("record as governor of Massachusetts", 0, "governor of Massachusetts", O("gov_ma")),
    ],
    every=[
        (r"Obama", P("obama")),
        (r"Mitt Romney", P("romney")),
        (r"Romney", P("romney")),
        (r"Paul Ryan", P("ryan")),
        (r"David Plouffe", P("plouffe")),
        (r"Clinton", P("bclinton")),
        (r"Ed Gillespie", P("gillespie")),
        (r"Kasie Hunt", P("khunt")),
        (r"Josh Lederman", P("lederman")),
    ],
    skip=[],
)

# ---- 4. Politico (Sabato), 2014-01-20: could Hillary Clinton be the next Richard Nixon?
ANN["a_2014-01-20_a59Gze3EtPzs3ta9.txt"] = dict(
    explicit=[
        ("The Presidency, Assassination", 0, "Presidency", O("potus")),
        ("Hillary and Bill Clinton take", 0, "Hillary", P("hclinton")),
        ("Hillary and Bill Clinton take", 0, "Bill Clinton", P("bclinton")),
        ("inauguration as governor of Virginia", 0, "governor of Virginia", O("gov_va")),
        ("beginning with Bill’s", 0, "Bill", P("bclinton")),
        ("1974 run for Congress in Arkansas", 0, "Congress", O("rep_ar3")),
        ("The rule-breaker was Bill’s", 0, "Bill", P("bclinton")),
        ("aborted run for president in the 1988 cycle", 0, "president", O("potus")),
        ("aborted run for president in the 1988 cycle", 0, "the 1988 cycle", E("us_pres_1988")),
        ("Clinton belatedly awakened", 0, "Clinton", P("bclinton")),
        ("post-Gary Hart world", 0, "Gary Hart", P("ghart")),
        ("the Democrats’ presidency sweepstakes", 0, None, E("us_prim_1988")),
        ("The next day, Clinton declined", 0, "Clinton", P("bclinton")),
        ("prevailing in November 2016", 0, "November 2016", E("us_pres_2016", "2016-11-08")),
        ("approval numbers for President Obama", 0, "President", O("potus")),
        ("President George W. Bush", 0, "President", O("potus")),
        ("President George W. Bush", 0, "George W. Bush", P("gwbush")),
        ("his 2008 White House bid", 0, "2008 White House bid", E("us_pres_2008")),
        ("Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("former Gov. Brian Schweitzer", 0, "Gov.", O("gov_mt")),
        ("Gov. Martin O’Malley", 0, "Gov.", O("gov_md")),
        ("Sen. Elizabeth Warren", 0, "Sen.", O("sen_ma")),
        ("California Gov. Jerry Brown", 0, "California Gov.", O("gov_ca")),
        ("Incumbent presidents", 0, "presidents", O("potus")),
        ("George H.W. Bush", 0, None, P("ghwbush")),
        ("New York Gov. Nelson Rockefeller", 0, "New York Gov.", O("gov_ny")),
        ("Rocky relented", 0, "Rocky", P("rockefeller")),
        ("the New York governor himself", 0, "New York governor", O("gov_ny")),
    ],
    every=[
        (r"Larry J. Sabato", P("sabato")),
        (r"John F. Kennedy", P("jfk")),
        (r"Kennedy", P("jfk")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Hillary", P("hclinton")),
        (r"Richard Nixon", P("nixon")),
        (r"Nixon", P("nixon")),
        (r"Terry McAuliffe", P("mcauliffe")),
        (r"McAuliffe", P("mcauliffe")),
        (r"Betsey Wright", P("bwright")),
        (r"Hart", P("ghart")),
        (r"Obama", P("obama")),
        (r"John McCain", P("mccain")),
        (r"Joe Biden", P("biden")),
        (r"Brian Schweitzer", P("schweitzer")),
        (r"Martin O’Malley", P("omalley")),
        (r"O’Malley", P("omalley")),
        (r"Elizabeth Warren", P("warren")),
        (r"Jerry Brown", P("jbrown")),
        (r"Harry Truman", P("truman")),
        (r"Truman", P("truman")),
        (r"Lyndon Johnson", P("lbj")),
        (r"Johnson", P("lbj")),
        (r"Jimmy Carter", P("carter")),
        (r"Nelson Rockefeller", P("rockefeller")),
        (r"Rockefeller", P("rockefeller")),
    ],
    skip=[],
)


# ---- 5. Politico, 2014-10-29: Scott Walker's re-election race against Mary Burke
ANN["a_2014-10-29_2gAJaFQlOj4xDaJW.txt"] = dict(
    explicit=[
        ("see the gubernatorial race as evenly divided. Scott", 0, "the gubernatorial race", E("wi_gov_2014")),
        ("his recall election victory", 0, "recall election", E("wi_recall_2012")),
        ("oust him in a special election", 0, "a special election", E("wi_recall_2012")),
        ("more than a governor", 0, "governor", O("gov_wi")),
        ("closing days of his race against", 0, "his race", E("wi_gov_2014")),
        ("member of the Madison School Board", 0, None, O("madison_sb")),
        ("DRIVING THE ELECTION DAY", 0, "ELECTION DAY", E("us_2014", "2014-11-04")),
        ("from his 2010 race", 0, "2010 race", E("wi_gov_2010")),
        ("running mate, Lt. Gov. Rebecca", 0, "Lt. Gov.", O("ltgov_wi")),
        ("Full 2014 election results", 0, "2014 election", E("us_2014")),
        ("see the gubernatorial race as evenly divided.", 1, "the gubernatorial race", E("wi_gov_2014")),
        ("The governor said himself", 0, "governor", O("gov_wi")),
        ("against Walker’s recall in 2012", 0, "recall", E("wi_recall_2012")),
        ("the president’s reelection the same year", 0, "president", O("potus")),
        ("the president’s reelection the same year", 0, "reelection", E("us_pres_2012")),
        ("former state commerce secretary", 0, "state commerce secretary", O("commerce_wi")),
        ("choose a governor who", 0, "governor", O("gov_wi")),
    ],
    every=[
        (r"Scott Walker", P("swalker")),
        (r"Walker", P("swalker")),
        (r"Mitt Romney", P("romney")),
        (r"Mary Burke", P("burke")),
        (r"Burke", P("burke")),
        (r"Rebecca Kleefisch", P("kleefisch")),
        (r"Obama", P("obama")),
    ],
    skip=[],
)

# ---- 6. Bloomberg, 2016-12-12: McConnell and Ryan back the intelligence community on Russia
ANN["a_2016-12-12_uDMupjC09TH87HQ9.txt"] = dict(
    explicit=[
        ("President-elect Donald Trump", 0, "President-elect", O("potus")),
        ("win the presidency", 0, "the presidency", O("potus")),
        ("Senate Majority Leader Mitch McConnell", 0, "Senate Majority Leader", O("senate_maj")),
        ("House Speaker Paul Ryan", 0, "House Speaker", O("speaker_us")),
        ("the outcome of the election", 0, "the election", E("us_pres_2016")),
        ("used in the presidential campaign", 0, "the presidential campaign", E("us_pres_2016")),
        ("has told senators", 0, "senators", O("senator")),
        ("Russian President Vladimir Putin", 0, "Russian President", O("pres_ru")),
        ("Trump win the election", 0, "the election", E("us_pres_2016")),
        ("under President Putin", 0, "President", O("pres_ru")),
        ("outcome of this election", 0, "this election", E("us_pres_2016")),
        ("President Barack Obama explained", 0, "President", O("potus")),
        ("members of Congress", 0, None, O("congress_member")),
        ("if the election results", 0, "the election", E("us_pres_2016")),
        ("President-elect Trump’s win", 0, "President-elect", O("potus")),
        ("President Obama has benefited", 0, "President", O("potus")),
        ("the president-elect would", 0, "president-elect", O("potus")),
        ("Senate Armed Services Chairman John McCain", 0, "Senate Armed Services Chairman", O("sasc_chair")),
        ("the incoming Senate Democratic leader", 0, "Senate Democratic leader", O("senate_min")),
        ("interference in the presidential election", 0, "the presidential election", E("us_pres_2016")),
        ("Republican Lindsay Graham", 0, "Lindsay Graham", P("graham")),
        ("Electoral College members", 0, None, O("elector")),
        ("House Minority Leader Nancy Pelosi", 0, "House Minority Leader", O("house_min")),
        ("Christine Pelosi", 0, None, P("cpelosi")),
        ("in the U.S. election", 0, "the U.S. election", E("us_pres_2016")),
        ("the electors meet", 0, "electors", O("elector")),
        ("select the president and vice president", 0, "president", O("potus")),
        ("select the president and vice president", 0, "vice president", O("vpotus")),
        ("Tillerson for secretary of state", 0, "secretary of state", O("secstate_us")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Mitch McConnell", P("mcconnell")),
        (r"McConnell", P("mcconnell")),
        (r"Paul Ryan", P("ryan")),
        (r"Ryan", P("ryan")),
        (r"Vladimir Putin", P("putin")),
        (r"Putin", P("putin")),
        (r"Barack Obama", P("obama")),
        (r"Obama", P("obama")),
        (r"Jason Miller", P("jmiller")),
        (r"Josh Earnest", P("earnest")),
        (r"Earnest", P("earnest")),
        (r"John McCain", P("mccain")),
        (r"McCain", P("mccain")),
        (r"Chuck Schumer", P("schumer")),
        (r"Schumer", P("schumer")),
        (r"Graham", P("graham")),
        (r"Jack Reed", P("reed")),
        (r"Nancy Pelosi", P("pelosi")),
        (r"Rex Tillerson", P("tillerson")),
        (r"Tillerson", P("tillerson")),
        (r"Ben Brody", P("brody")),
        (r"Justin Sink", P("sink")),
        (r"Jennifer Jacobs", P("jjacobs")),
        (r"Laura Litvan", P("litvan")),
    ],
    skip=["The Daily Show With Trevor Noah"],
)


# ---- 7. AP (Washington Times), 2018-09-23: Democrats confident of winning the House
ANN["a_2018-09-23_ushvgO45DzWkYdzh.txt"] = dict(
    explicit=[
        ("The fight for the House majority", 0, None, E("us_2018")),
        ("six weeks before Election Day", 0, "Election Day", E("us_2018", "2018-11-06")),
        ("President Donald Trump", 0, "President", O("potus")),
        ("the president’s self-imposed", 0, "president", O("potus")),
        ("New Mexico Rep. Ben Ray Lujan", 0, "New Mexico Rep.", O("rep_nm3")),
        ("chairman of the Democratic Congressional Campaign Committee", 0, None, O("dccc_chair")),
        ("45 days before the election", 0, "the election", E("us_2018")),
        ("New Jersey Sen. Cory Booker", 0, "New Jersey Sen.", O("sen_nj")),
        ("2020 Democratic presidential contender", 0, "presidential", O("potus")),
        ("the last presidential contest", 0, None, E("us_pres_2016")),
        ("President Barack Obama’s first term", 0, "President", O("potus")),
        ("Former Democratic National Committee Chair", 0, "Democratic National Committee Chair", O("dnc_chair")),
        ("to influence the election", 0, "the election", E("us_2018")),
        ("the last presidential contest", 1, None, E("us_pres_2016")),
        ("House Speaker Paul Ryan", 0, "House Speaker", O("speaker_us")),
        ("Democratic state Rep. Joe Radinovich", 0, "state Rep.", O("mn_house")),
        ("a surprisingly close contest", 0, None, E("fl27_2018")),
        ("Health and Human Services Secretary", 0, None, O("hhs_sec")),
        ("Peoples reported", 0, "Peoples", P("peoples")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Ben Ray Lujan", P("lujan")),
        (r"Stephanie Schriock", P("schriock")),
        (r"Schriock", P("schriock")),
        (r"Cory Booker", P("booker")),
        (r"Booker", P("booker")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Barack Obama", P("obama")),
        (r"Obama", P("obama")),
        (r"Rick Tyler", P("tyler")),
        (r"Donna Brazile", P("brazile")),
        (r"Brazile", P("brazile")),
        (r"Paul Ryan", P("ryan")),
        (r"Ryan", P("ryan")),
        (r"Joe Radinovich", P("radinovich")),
        (r"Radinovich", P("radinovich")),
        (r"Carlos Curbelo", P("curbelo")),
        (r"Will Hurd", P("hurd")),
        (r"John Katko", P("katko")),
        (r"Donna Shalala", P("shalala")),
        (r"Maria Elvira Salazar", P("salazar")),
        (r"Della Jamison", P("jamison")),
        (r"Jamison", P("jamison")),
        (r"Lisa Mascaro", P("mascaro")),
    ],
    skip=[],
)

# ---- 8. Washington Times (Pruden opinion), 2018-10-29: civility and the Poverty Center
ANN["a_2018-10-29_gNjcbbeCcF7IFquc.txt"] = dict(
    explicit=[
        ("the president’s scorn", 0, "president", O("potus")),
        ("the 2016 election returns", 0, "the 2016 election", E("us_pres_2016")),
        ("the new president’s success", 0, "president", O("potus")),
    ],
    every=[
        (r"Finley Peter Dunne", P("dunne")),
        (r"George Soros", P("soros")),
        (r"Soros", P("soros")),
        (r"Mat Staver", P("staver")),
        (r"Maajid Nawaz", P("nawaz")),
        (r"Elisa Karem Parker", P("eparker")),
        (r"Robb Willer", P("willer")),
        (r"Willer", P("willer")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Barack Obama", P("obama")),
        (r"Wesley Pruden", P("pruden")),
    ],
    skip=[],
)


# ---- 9. Current Events, 2012-03-04: Russian presidential election (lines after "Related:" skipped)
ANN["c_2012-03-04_voters-in-russia-go-to-the-polls-for-a-p.txt"] = dict(
    explicit=[
        ("go to the polls for a presidential election", 0, "a presidential election", E("ru_pres_2012", "2012-03-04")),
        ("with Prime Minister Vladimir Putin", 0, "Prime Minister", O("pm_ru")),
        ("with Prime Minister Vladimir Putin", 0, "Vladimir Putin", P("putin")),
    ],
    every=[],
    skip=[],
)

# ---- 10. Current Events, 2014-05-25: Colombian presidential election, first round
ANN["c_2014-05-25_voters-in-colombia-go-to-the-polls-for-t.txt"] = dict(
    explicit=[
        ("for the first round in the presidential election", 0, "the first round", E("co_pres_2014", "2014-05-25")),
        ("for the first round in the presidential election", 0, "the presidential election", E("co_pres_2014")),
        ("Opposition candidate Oscar Ivan Zuluaga", 0, "Oscar Ivan Zuluaga", P("zuluaga")),
        ("the incumbent Juan Manuel Santos", 0, "Juan Manuel Santos", P("santos")),
        ("in the second round", 0, "the second round", E("co_pres_2014", "2014-06-15")),
    ],
    every=[],
    skip=[],
)



if __name__ == "__main__":
    Batch("r8", PEOPLE, OFFICES, ELECTIONS, ANN).write()
