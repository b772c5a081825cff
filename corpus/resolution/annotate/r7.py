"""Resolution-set annotations, batch r7 (10 documents; see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r7.jsonl: one line per Person / Office / Election mention.
Offsets are computed here from snippets (n-th occurrence of a snippet, then the name inside it),
never by hand; the script checks text == doc[start:end] and that no two mentions overlap.
"""
from spans import E, O, P, Batch


# ------------------------------------------------------------------ entities
# people: key -> (full name, QID from congress-legislators id.wikidata, or None)
PEOPLE = {
    "obama": ("Barack Obama", "Q76"),               # executive.yaml
    "trump": ("Donald Trump", "Q22686"),            # executive.yaml
    "biden": ("Joe Biden", "Q6279"),                # executive.yaml
    "gwbush": ("George W. Bush", "Q207"),           # executive.yaml
    "bclinton": ("Bill Clinton", None),             # executive.yaml has no wikidata id for him
    "hclinton": ("Hillary Clinton", None),          # not in the yaml files
    "sanders": ("Bernie Sanders", "Q359442"),       # legislators-current (sen VT)
    "coffman": ("Mike Coffman", "Q547218"),         # legislators-2017 (rep CO-6)
    "randpaul": ("Rand Paul", "Q463557"),           # legislators-current (sen KY)
    "cruz": ("Ted Cruz", "Q2036942"),               # legislators-current (sen TX)
    "pelosi": ("Nancy Pelosi", "Q170581"),          # legislators-current (rep CA)
    "romney": ("Mitt Romney", "Q4496"),             # QID unified with r0-r6 (legislators-historical.csv has no wikidata column)
    "kirk": ("Mark Kirk", None),                    # not in the yaml files (historical.csv only)
    "cantor": ("Eric Cantor", None),                # not in the yaml files
    "reid": ("Harry Reid", None),                   # not in the yaml files
    "boehner": ("John Boehner", None),              # not in the yaml files
    "buffett": ("Warren Buffett", None),
    "friedman": ("Joel Friedman", None),
    "bell_steve": ("Steve Bell", None),
    "silverman": ("Craig Silverman", None),
    "beauprez": ("Bob Beauprez", None),
    "fields": ("Rhonda Fields", None),
    "perry": ("Rick Perry", None),                  # governor of Texas; not in the yaml files
    "brooks": ("Matt Brooks", None),
    "delay": ("Tom DeLay", None),                   # not in the yaml files
    "lehmberg": ("Rosemary Lehmberg", None),
    "buzbee": ("Tony Buzbee", None),
    "ginsberg": ("Ben Ginsberg", None),
    "botsford": ("David Botsford", None),
    "phillips": ("Tom Phillips", None),
    "axelrod": ("David Axelrod", None),
    "dershowitz": ("Alan Dershowitz", None),
    "jindal": ("Bobby Jindal", None),
    "jebbush": ("Jeb Bush", None),
    "earle": ("Ronnie Earle", None),
    "mccrum": ("Michael McCrum", None),
    "pkennedy": ("Patrick J. Kennedy", None),       # not in the yaml files
    "pjones": ("Paula Jones", None),
    "lewinsky": ("Monica Lewinsky", None),
    "rferrara": ("Randall Ferrara", None),
    "sferrara": ("Shirley Ferrara", None),
    "reekie": ("Rachel Reekie", None),
    "whitmer": ("Gretchen Whitmer", None),
    "lkelly": ("Laura Kelly", None),
    "colyer": ("Jeff Colyer", None),
    "brownback": ("Sam Brownback", None),           # not in the yaml files
    "kobach": ("Kris Kobach", None),
    "elsayed": ("Abdul El-Sayed", None),
    "thanedar": ("Shri Thanedar", "Q7503912"),      # legislators-current (rep MI-13, same Detroit businessman)
    "schuette": ("Bill Schuette", None),
    "snyder": ("Rick Snyder", None),
    "jjames": ("John James", "Q56027187"),          # legislators-current (rep MI-10, same Michigan Republican)
    "stabenow": ("Debbie Stabenow", "Q241092"),     # legislators-2017 (sen MI)
    "slotkin": ("Elissa Slotkin", "Q30323721"),     # legislators-current (rep MI-8 from 2019)
    "bishop": ("Mike Bishop", "Q16196834"),         # legislators-2017 (rep MI-8)
    "aoc": ("Alexandria Ocasio-Cortez", "Q55223040"),   # legislators-current (rep NY-14)
    "welder": ("Brent Welder", None),
    "davids": ("Sharice Davids", "Q58322868"),      # legislators-current (rep KS-3)
    "jthompson": ("James Thompson", None),
    "estes": ("Ron Estes", "Q7363747"),             # legislators-2017 (rep KS-4)
    "mccaskill": ("Claire McCaskill", "Q22260"),    # legislators-2017 (sen MO)
    "hawley": ("Josh Hawley", "Q23020745"),         # legislators-current (sen MO from 2019)
    "akin": ("Todd Akin", None),                    # not in the yaml files
    "mcculloch": ("Bob McCulloch", None),
    "mbrown": ("Michael Brown", None),              # shot in Ferguson, 2014
    "wbell": ("Wesley Bell", "Q23806350"),          # legislators-current (rep MO-1 from 2025, same St. Louis County man)
    "lujan": ("Ben Ray Luján", "Q324256"),          # legislators-2017 (rep NM-3)
    "mlouis": ("Mike Louis", None),
    "rwolf": ("Richard Wolf", None),
    "mccain": ("John McCain", "Q10390"),            # legislators-2017 (sen AZ)
    "cmccain": ("Cindy McCain", None),
    "mmccain": ("Meghan McCain", None),
    "jmccain": ("Jack McCain", None),
    "pence": ("Mike Pence", "Q24313"),              # executive.yaml
    "palin": ("Sarah Palin", None),
    "goldwater": ("Barry Goldwater", None),         # not in the yaml files
    "beau": ("Beau Biden", None),
    "lincoln": ("Abraham Lincoln", None),           # executive.yaml has no wikidata id
    "jfk": ("John F. Kennedy", None),               # executive.yaml has no wikidata id
    "reagan": ("Ronald Reagan", None),              # executive.yaml has no wikidata id
    "mcconnell": ("Mitch McConnell", "Q355522"),    # legislators-current (sen KY)
    "ryan": ("Paul Ryan", "Q203966"),               # legislators-2017 (rep WI-1, Speaker)
    "mckinley": ("William McKinley", None),         # executive.yaml has no wikidata id
    "wilson": ("Woodrow Wilson", None),             # executive.yaml has no wikidata id
    "eroosevelt": ("Eleanor Roosevelt", None),
    "armstrong": ("Neil Armstrong", None),
    "mandela": ("Nelson Mandela", None),
    "kissinger": ("Henry Kissinger", None),
    "lieberman": ("Joe Lieberman", None),           # not in the yaml files
    "larson": ("Charles R. Larson", None),
    "graham": ("Lindsey Graham", "Q22212"),         # legislators-current (sen SC)
    "petraeus": ("David Petraeus", None),
    "fleischer": ("Ari Fleischer", None),           # "Mr. Fleischer", the tweeting Republican commentator
    "brazile": ("Donna Brazile", None),
    "mkelly": ("Mark Kelly", "Q357510"),            # legislators-current (sen AZ)
    "mcsally": ("Martha McSally", "Q6774492"),      # legislators-2017 (rep AZ-2; senator 2019-2021)
    "warner": ("Mark Warner", "Q453893"),           # legislators-current (sen VA)
    "windsor": ("Tony Windsor", None),
    "oakeshott": ("Rob Oakeshott", None),
    "gillard": ("Julia Gillard", None),
    "katter": ("Bob Katter", None),
    "rubio": ("Marco Rubio", "Q324546"),            # legislators-2017 (sen FL)
}

OFFICES = {
    "potus": "President of the United States",
    "secstate_us": "United States Secretary of State",
    "house_maj_leader": "Majority Leader of the United States House of Representatives",
    "senate_maj_leader": "Majority Leader of the United States Senate",
    "rep_co6": "U.S. Representative for Colorado's 6th congressional district",
    "co_house": "Member of the Colorado House of Representatives",
    "gov_co": "Governor of Colorado",
    "sen_co": "U.S. Senator from Colorado",
    "gov_tx": "Governor of Texas",
    "gov_la": "Governor of Louisiana",
    "gov_fl": "Governor of Florida",
    "sen_il": "U.S. Senator from Illinois",
    "sen_ky": "U.S. Senator from Kentucky",
    "sen_tx": "U.S. Senator from Texas",
    "sen_vt": "U.S. Senator from Vermont",
    "da_travis": "District Attorney of Travis County",
    "cj_tx": "Chief Justice of the Supreme Court of Texas",
    "governor": "Governor",                      # generic: the text fixes no single state
    "senator": "Senator",                        # generic: the text fixes no single seat
    "representative": "U.S. Representative",     # generic: no single district
    "ambassador_relfree": "United States Ambassador-at-Large for International Religious Freedom",
    "secstate_ks": "Secretary of State of Kansas",
    "ks_senate": "Member of the Kansas Senate",
    "mi_senate_minleader": "Minority Leader of the Michigan Senate",
    "detroit_health": "Health Commissioner of Detroit",
    "ag_mi": "Attorney General of Michigan",
    "gov_mi": "Governor of Michigan",
    "sen_mi": "U.S. Senator from Michigan",
    "rep_mi8": "U.S. Representative for Michigan's 8th congressional district",
    "sen_mo": "U.S. Senator from Missouri",
    "ag_mo": "Attorney General of Missouri",
    "pa_stlcounty": "Prosecuting Attorney of St. Louis County",
    "ferguson_council": "Member of the Ferguson City Council",
    "rep_nm3": "U.S. Representative for New Mexico's 3rd congressional district",
    "dccc_chair": "Chair of the Democratic Congressional Campaign Committee",
    "gov_mo": "Governor of Missouri",
    "sen_az": "U.S. Senator from Arizona",
    "vpotus": "Vice President of the United States",
    "sasc_chair": "Chair of the United States Senate Committee on Armed Services",
    "gov_ak": "Governor of Alaska",
    "speaker_us": "Speaker of the United States House of Representatives",
    "sen_ct": "U.S. Senator from Connecticut",
    "sen_sc": "U.S. Senator from South Carolina",
    "cia_dir": "Director of the Central Intelligence Agency",
    "dnc_chair": "Chair of the Democratic National Committee",
    "sen_va": "U.S. Senator from Virginia",
    "sen_fl": "U.S. Senator from Florida",
    "mp_au": "Member of the Australian House of Representatives",
}

US = "ocd-division/country:us"
ELECTIONS = {
    "us_pres_2012": US + "|2012|general",
    "us_pres_2016": US + "|2016|general",
    "us_2014": US + "|2014|general",                   # the 2014 general (midterm) elections
    "va7_prim_2014": US + "/state:va/cd:7|2014|primary",   # Cantor's lost primary, 2014-06-10
    "us_2018": US + "|2018|general",                   # the 2018 general (midterm) elections
    "us_prim_2008": US + "|2008|primary",              # national nomination race 2008
    "oh12_sp_2018": US + "/state:oh/cd:12|2018|special",   # 2018-08-07 special election
    "ks_gov_prim_2018": US + "/state:ks|2018|primary",     # gubernatorial primaries, 2018-08-07
    "mi_gov_prim_2018": US + "/state:mi|2018|primary",     # gubernatorial primaries, 2018-08-07
    "mi_gen_2018": US + "/state:mi|2018|general",          # Whitmer v. Schuette, 2018-11-06
    "mi8_gen_2018": US + "/state:mi/cd:8|2018|general",
    "ks3_prim_2018": US + "/state:ks/cd:3|2018|primary",
    "mo_sen_2012": US + "/state:mo|2012|general",          # McCaskill's 2012 re-election
    "stl_pa_prim_2018": US + "/state:mo/county:st._louis|2018|primary",   # prosecuting attorney
    "mo_ref_2018": US + "/state:mo|2018|referendum",       # Proposition A (right-to-work), 2018-08-07
    "us_prim_2016": US + "|2016|primary",              # national nomination race 2016
    "us_prim_2020": US + "|2020|primary",              # national nomination race 2020
    "az_sen_2020": US + "/state:az|2020|special",          # McSally v. Kelly Senate special election
    "wy_prim_2016": US + "/state:wy|2016|primary",         # Wyoming GOP caucuses, 2016-03-12
    "mp_prim_2016": US + "/territory:mp|2016|primary",     # Northern Mariana Islands Democratic caucus
}


# ------------------------------------------------------------------ per-document annotations
# Each explicit item: (snippet, n, sub, entity) -- the n-th (0-based) occurrence of snippet, then
# the first occurrence of sub inside it (sub None: the whole snippet).
# EVERY: (regex, entity) -- every match of the regex not overlapping an explicit item and not
# inside one of the document's SKIP snippets (organisations named after people, etc.).
ANN = {}

# ---- 1. CNN, 2014-04-29: Congress's frozen election-year agenda
ANN["a_2014-04-29_0fCbw1BId06K3H5S.txt"] = dict(
    explicit=[
        ("lame-duck\" session after the election", 0, "the election", E("us_2014")),
        ("win the battle for the Senate", 0, "the battle for the Senate", E("us_2014")),
        ("win the battle for the Senate", 1, "the battle for the Senate", E("us_2014")),
        ("Senate Majority Leader Harry Reid", 0, "Senate Majority Leader", O("senate_maj_leader")),
        ("House Majority Leader Eric Cantor", 0, "House Majority Leader", O("house_maj_leader")),
    ],
    every=[
        (r"Boehner", P("boehner")),
        (r"Buffett", P("buffett")),
        (r"Joel Friedman", P("friedman")),
        (r"Friedman", P("friedman")),
        (r"Steve Bell", P("bell_steve")),
        (r"Harry Reid", P("reid")),
        (r"Eric Cantor", P("cantor")),
    ],
    skip=[],
)

# ---- 2. Washington Times, 2014-08-05: partisan divide over Israel
ANN["a_2014-08-05_w3avz83BZ0hMpiaM.txt"] = dict(
    explicit=[
        ("led by Rep. Mike Coffman", 0, "Rep.", O("rep_co6")),
        ("gubernatorial candidate Bob Beauprez", 0, "gubernatorial", O("gov_co")),
        ("state Rep. Rhonda Fields", 0, "state Rep.", O("co_house")),
        ("the governor’s office", 0, "governor", O("gov_co")),
        ("both U.S. Senate seats", 0, "U.S. Senate seats", O("sen_co")),
        ("President Obama’s calls", 0, "President", O("potus")),
        ("Texas Gov. Rick Perry", 0, "Texas Gov.", O("gov_tx")),
        ("Sen. Mark Kirk", 0, "Sen.", O("sen_il")),
        ("Sen. Rand Paul", 0, "Sen.", O("sen_ky")),
        ("in the 2012 election", 0, "the 2012 election", E("us_pres_2012")),
        ("House Majority Leader Eric Cantor", 0, "House Majority Leader", O("house_maj_leader")),
        ("losing his primary race in Virginia", 0, "his primary race in Virginia", E("va7_prim_2014")),
        ("33 Jewish senators and members of the House", 0, "senators", O("senator")),
        ("33 Jewish senators and members of the House", 0, "members of the House", O("representative")),
    ],
    every=[
        (r"Craig Silverman", P("silverman")),
        (r"Silverman", P("silverman")),
        (r"Mike Coffman", P("coffman")),
        (r"Bob Beauprez", P("beauprez")),
        (r"Rhonda Fields", P("fields")),
        (r"Obama", P("obama")),
        (r"Rick Perry", P("perry")),
        (r"Mark Kirk", P("kirk")),
        (r"Rand Paul", P("randpaul")),
        (r"Paul", P("randpaul")),
        (r"Matt Brooks", P("brooks")),
        (r"Mitt Romney", P("romney")),
        (r"Eric Cantor", P("cantor")),
        (r"Cantor", P("cantor")),
    ],
    skip=[],
)

# ---- 3. Fox News, 2014-08-19: DeLay defends indicted Gov. Rick Perry
ANN["a_2014-08-19_OAwHOvkzl2qXLwSA.txt"] = dict(
    explicit=[
        ("Former House Majority Leader", 0, "House Majority Leader", O("house_maj_leader")),
        ("Texas Republican Gov. Rick Perry", 0, "Gov.", O("gov_tx")),
        ("the case against the governor", 0, "governor", O("gov_tx")),
        ("for the governor's attempt", 0, "governor", O("gov_tx")),
        ("remove a county district attorney", 0, "county district attorney", O("da_travis")),
        ("the district attorney of Travis County", 0, "district attorney of Travis County", O("da_travis")),
        ("The governor had vowed", 0, "governor", O("gov_tx")),
        ("county District Attorney Rosemary", 0, "county District Attorney", O("da_travis")),
        ("then-Texas Gov. George W. Bush", 0, "Texas Gov.", O("gov_tx")),
        ("Texas Supreme Court Chief Justice", 0, None, O("cj_tx")),
        ("former President Obama", 0, "President", O("potus")),
        ("Texas Sen. Ted Cruz", 0, "Texas Sen.", O("sen_tx")),
        ("Louisiana Gov. Bobby Jindal", 0, "Louisiana Gov.", O("gov_la")),
        ("Florida Gov. Jeb Bush", 0, "Florida Gov.", O("gov_fl")),
        ("Travis County District Attorney Ronnie", 0, "Travis County District Attorney", O("da_travis")),
        ("the district attorney in charge", 0, "district attorney", O("da_travis")),
        ("out of the 2016 race", 0, "the 2016 race", E("us_pres_2016")),
    ],
    every=[
        (r"Tom DeLay", P("delay")),
        (r"DeLay", P("delay")),
        (r"Rick Perry", P("perry")),
        (r"Perry", P("perry")),
        (r"Rosemary Lehmberg", P("lehmberg")),
        (r"Lehmberg", P("lehmberg")),
        (r"Tony Buzbee", P("buzbee")),
        (r"Ben Ginsberg", P("ginsberg")),
        (r"George W\. Bush", P("gwbush")),
        (r"David Botsford", P("botsford")),
        (r"Tom Phillips", P("phillips")),
        (r"David Axelrod", P("axelrod")),
        (r"Axelrod", P("axelrod")),
        (r"Obama", P("obama")),
        (r"Alan Dershowitz", P("dershowitz")),
        (r"Dershowitz", P("dershowitz")),
        (r"Ted Cruz", P("cruz")),
        (r"Bobby Jindal", P("jindal")),
        (r"Jeb Bush", P("jebbush")),
        (r"Ronnie Earle", P("earle")),
        (r"Michael McCrum", P("mccrum")),
        (r"Nancy Pelosi", P("pelosi")),
        (r"Patrick Kennedy", P("pkennedy")),
    ],
    skip=[],
)

# ---- 4. Reuters, 2016-01-16: Bill Clinton's influence on Hillary's campaign
ANN["a_2016-01-16_N4YxuTSe4JkGFeHm.txt"] = dict(
    explicit=[
        ("the U.S. presidential race", 0, "the U.S. presidential race", E("us_pres_2016")),
        ("the former Democratic president", 0, "president", O("potus")),
        ("Hillary for president", 0, "president", O("potus")),
        ("the former secretary of state", 0, "secretary of state", O("secstate_us")),
        ("his presence in the race", 0, "the race", E("us_pres_2016")),
        ("legacy as president", 0, "president", O("potus")),
        ("the current presidential race", 0, "the current presidential race", E("us_pres_2016")),
        ("winning the election", 0, "the election", E("us_pres_2016")),
        ("listen to the former president", 0, "president", O("potus")),
        ("between Clinton and her chief rival", 0, "Clinton", P("hclinton")),
        ("U.S. Senator Bernie Sanders", 0, "U.S. Senator", O("sen_vt")),
        ("the former president \"should", 0, "president", O("potus")),
        ("during Clinton's presidency", 0, "Clinton", P("bclinton")),
        ("during Clinton's presidency", 0, "presidency", O("potus")),
        ("Ferrara said he is", 0, "Ferrara", P("rferrara")),
    ],
    every=[
        (r"Bill Clinton", P("bclinton")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Hillary", P("hclinton")),
        (r"Bill", P("bclinton")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Barack Obama", P("obama")),
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Paula Jones", P("pjones")),
        (r"Monica Lewinsky", P("lewinsky")),
        (r"Randall Ferrara", P("rferrara")),
        (r"Shirley Ferrara", P("sferrara")),
        (r"Rachel Reekie", P("reekie")),
        (r"Reekie", P("reekie")),
    ],
    # "the Clintons" (both) and the last "Ferrara said" (Randall or Shirley) are left out
    skip=["the Clintons", "\" Ferrara said."],
)

# ---- 5. Guardian, 2018-08-08: primaries in Kansas, Michigan, Missouri, Washington; Ohio special
ANN["a_2018-08-08_G8umgWiU5JETRjGs.txt"] = dict(
    explicit=[
        ("alongside a special election in Ohio", 0, "a special election in Ohio", E("oh12_sp_2018", "2018-08-07")),
        ("the November midterm election", 0, None, E("us_2018", "2018-11-06")),
        ("Ohio special election: Republican", 0, "Ohio special election", E("oh12_sp_2018")),
        ("ahead in tight race", 0, "tight race", E("oh12_sp_2018")),
        ("nominees for governor", 0, "governor", O("governor")),
        ("the Kansas Republican gubernatorial primary", 0, None, E("ks_gov_prim_2018", "2018-08-07")),
        ("The contest pits", 0, "The contest", E("ks_gov_prim_2018")),
        ("accept an ambassadorship", 0, "ambassadorship", O("ambassador_relfree")),
        ("the secretary of state and", 0, "secretary of state", O("secstate_ks")),
        ("The winner of that primary", 0, "that primary", E("ks_gov_prim_2018")),
        ("faceKelly", 0, "Kelly", P("lkelly")),
        ("a state senator", 0, "state senator", O("ks_senate")),
        ("clinched the Democratic nomination", 0, "the Democratic nomination", E("ks_gov_prim_2018")),
        ("Michigan’s Democratic gubernatorial primary", 0, None, E("mi_gov_prim_2018", "2018-08-07")),
        ("a former state senate leader", 0, "state senate leader", O("mi_senate_minleader")),
        ("the former Detroit health commissioner", 0, "Detroit health commissioner", O("detroit_health")),
        ("With her nomination", 0, "her nomination", E("mi_gov_prim_2018")),
        ("Republican attorney general", 0, "attorney general", O("ag_mi")),
        ("an ally of the president", 0, "president", O("potus")),
        ("the November general election", 0, None, E("mi_gen_2018", "2018-11-06")),
        ("on election night in 2016", 0, "election night in 2016", E("us_pres_2016", "2016-11-08")),
        ("the term-limited governor", 0, "governor", O("gov_mi")),
        ("the Democratic senator Debbie", 0, "senator", O("sen_mi")),
        ("endorsement from the president", 0, "president", O("potus")),
        ("Donald J. Trump (@realDonaldTrump)", 0, "Donald J. Trump", P("trump")),
        ("future Senator John James", 0, "Senator", O("sen_mi")),
        ("the Republican congressman Mike Bishop", 0, "congressman", O("rep_mi8")),
        ("the race for the seat in Detroit’s suburbs", 0, "the race for the seat in Detroit’s suburbs", E("mi8_gen_2018")),
        ("a crowded, competitive primary", 0, None, E("ks3_prim_2018", "2018-08-07")),
        ("Senator Claire McCaskill", 0, "Senator", O("sen_mo")),
        ("the attorney general, Josh Hawley", 0, "attorney general", O("ag_mo")),
        ("her re-election race six years ago", 0, "her re-election race six years ago", E("mo_sen_2012")),
        ("a seven-term prosecutor", 0, "prosecutor", O("pa_stlcounty")),
        ("lost the Democratic primary to", 0, "the Democratic primary", E("stl_pa_prim_2018", "2018-08-07")),
        ("city council member Wesley", 0, "city council member", O("ferguson_council")),
        ("a competitive special election in a traditionally", 0, "a competitive special election", E("oh12_sp_2018", "2018-08-07")),
        ("the 2018 midterms", 0, None, E("us_2018")),
        ("said the congressman Ben Ray", 0, "congressman", O("rep_nm3")),
        ("chairman of the Democratic Congressional Campaign Committee", 0, None, O("dccc_chair")),
        ("then Republican governor", 0, "governor", O("gov_mo")),
        ("force a referendum", 0, "a referendum", E("mo_ref_2018")),
        ("after the vote was called", 0, "the vote", E("mo_ref_2018", "2018-08-07")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Gretchen Whitmer", P("whitmer")),
        (r"Whitmer", P("whitmer")),
        (r"Laura Kelly", P("lkelly")),
        (r"Jeff Colyer", P("colyer")),
        (r"Sam Brownback", P("brownback")),
        (r"Kris Kobach", P("kobach")),
        (r"Kobach", P("kobach")),
        (r"Abdul El-Sayed", P("elsayed")),
        (r"El-Sayed", P("elsayed")),
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Shri Thanedar", P("thanedar")),
        (r"Bill Schuette", P("schuette")),
        (r"Rick Snyder", P("snyder")),
        (r"John James", P("jjames")),
        (r"James Thompson", P("jthompson")),
        (r"James", P("jjames")),
        (r"Debbie Stabenow", P("stabenow")),
        (r"Elissa Slotkin", P("slotkin")),
        (r"Obama", P("obama")),
        (r"Mike Bishop", P("bishop")),
        (r"Alexandria Ocasio-Cortez", P("aoc")),
        (r"Ocasio-Cortez", P("aoc")),
        (r"Brent Welder", P("welder")),
        (r"Sharice Davids", P("davids")),
        (r"Ron Estes", P("estes")),
        (r"Claire McCaskill", P("mccaskill")),
        (r"McCaskill", P("mccaskill")),
        (r"Josh Hawley", P("hawley")),
        (r"Todd Akin", P("akin")),
        (r"Bob McCulloch", P("mcculloch")),
        (r"Michael Brown", P("mbrown")),
        (r"Wesley Bell", P("wbell")),
        (r"Bell", P("wbell")),
        (r"Ben Ray Luján", P("lujan")),
        (r"Mike Louis", P("mlouis")),
    ],
    skip=["@realDonaldTrump"],
)

# ---- 6. USA Today, 2018-08-30: John McCain's three days of tributes
ANN["a_2018-08-30_DdtZzOWm29CEGM6y.txt"] = dict(
    explicit=[
        ("Sen. John McCain", 0, "Sen.", O("sen_az")),
        ("the two presidents who", 0, "presidents", O("potus")),
        ("President Donald Trump", 0, "President", O("potus")),
        ("Vice President Mike Pence", 0, "Vice President", O("vpotus")),
        ("the Republican nomination for president in 2008", 0, "the Republican nomination", E("us_prim_2008")),
        ("the Republican nomination for president in 2008", 0, "president", O("potus")),
        ("chairmanship of the Senate Armed Services Committee", 0, None, O("sasc_chair")),
        ("a group of senators", 0, "senators", O("senator")),
        ("Alaska Gov. Sarah Palin", 0, "Alaska Gov.", O("gov_ak")),
        ("Presidents as", 0, "Presidents", O("potus")),
        ("former Sen. Barry Goldwater", 0, "Sen.", O("sen_az")),
        ("former Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("whose son Beau", 0, "Beau", P("beau")),
        ("Senate Majority Leader Mitch McConnell", 0, "Senate Majority Leader", O("senate_maj_leader")),
        ("House Speaker Paul Ryan", 0, "House Speaker", O("speaker_us")),
        ("take the late senator along", 0, "senator", O("sen_az")),
        ("for 15 presidents", 0, "presidents", O("potus")),
        ("former president Woodrow Wilson", 0, "president", O("potus")),
        ("former secretary of State Henry", 0, "secretary of State", O("secstate_us")),
        ("former Sen. Joe Lieberman", 0, "Sen.", O("sen_ct")),
        ("the late senator's daughter", 0, "senator", O("sen_az")),
        ("The presidents and others", 0, "presidents", O("potus")),
        ("Charles \"Chuck\" Larson", 0, None, P("larson")),
        ("Sen. Lindsey Graham", 0, "Sen.", O("sen_sc")),
        ("former CIA director David", 0, "CIA director", O("cia_dir")),
        ("McCain's son Jack", 0, "Jack", P("jmccain")),
        ("John Sidney McCain III", 0, None, P("mccain")),
        ("he was our senator", 0, "senator", O("sen_az")),
        ("Mission accomplished, Senator", 0, "Senator", O("sen_az")),
    ],
    every=[
        (r"Richard Wolf", P("rwolf")),
        (r"Cindy McCain", P("cmccain")),
        (r"Meghan McCain", P("mmccain")),
        (r"John McCain", P("mccain")),
        (r"McCain", P("mccain")),
        (r"George W\. Bush", P("gwbush")),
        (r"Bush", P("gwbush")),
        (r"Barack Obama", P("obama")),
        (r"Obama", P("obama")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Mike Pence", P("pence")),
        (r"Pence", P("pence")),
        (r"Sarah Palin", P("palin")),
        (r"Barry Goldwater", P("goldwater")),
        (r"Joe Biden", P("biden")),
        (r"Biden", P("biden")),
        (r"Abraham Lincoln", P("lincoln")),
        (r"John F\. Kennedy", P("jfk")),
        (r"Ronald Reagan", P("reagan")),
        (r"Mitch McConnell", P("mcconnell")),
        (r"Paul Ryan", P("ryan")),
        (r"William McKinley", P("mckinley")),
        (r"Woodrow Wilson", P("wilson")),
        (r"Eleanor Roosevelt", P("eroosevelt")),
        (r"Neil Armstrong", P("armstrong")),
        (r"Nelson Mandela", P("mandela")),
        (r"Henry Kissinger", P("kissinger")),
        (r"Joe Lieberman", P("lieberman")),
        (r"Lindsey Graham", P("graham")),
        (r"Graham", P("graham")),
        (r"David Petraeus", P("petraeus")),
    ],
    skip=["Goldwater Air National Guard Base", "Walter Reed National"],
)


# ---- 7. New York Times, 2020-01-17: Trump and the Sanders conspiracy theories
ANN["a_2020-01-17_m3VLVJR6gW3KhnfD.txt"] = dict(
    explicit=[
        ("During the 2016 campaign", 0, "the 2016 campaign", E("us_pres_2016")),
        ("won the Democratic nomination", 0, "the Democratic nomination", E("us_prim_2016")),
        ("after winning the election", 0, "the election", E("us_pres_2016")),
        ("the former Democratic National Committee chairwoman", 0, "Democratic National Committee chairwoman", O("dnc_chair")),
        ("stole the Democratic Primary", 0, "the Democratic Primary", E("us_prim_2016")),
        ("other candidates in the race", 0, "the race", E("us_prim_2020")),
        ("about the president’s conspiracy", 0, "president", O("potus")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Sanders", P("sanders")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Clinton", P("hclinton")),
        (r"Donna Brazile", P("brazile")),
        (r"Fleischer", P("fleischer")),
        (r"Pelosi", P("pelosi")),
    ],
    skip=[],
)

# ---- 8. USA Today, 2020-05-19: Biden leads Trump in Arizona, Florida and Virginia polls
ANN["a_2020-05-19_YYJW3UkhgPSUpsec.txt"] = dict(
    explicit=[
        ("Former Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("President Donald Trump on Nov. 3", 0, "President", O("potus")),
        ("former Secretary of State Hillary", 0, "Secretary of State", O("secstate_us")),
        ("Republican incumbent Sen. Martha", 0, "Sen.", O("sen_az")),
        ("a closely watched Senate race", 0, None, E("az_sen_2020")),
        ("since Bill Clinton in 1996", 0, "Bill Clinton", P("bclinton")),
        ("from the president in November", 0, "president", O("potus")),
        ("incumbent Sen. Mark Warner", 0, "Sen.", O("sen_va")),
    ],
    every=[
        (r"Joe Biden", P("biden")),
        (r"Biden", P("biden")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Clinton", P("hclinton")),
        (r"Mark Kelly", P("mkelly")),
        (r"Martha McSally", P("mcsally")),
        (r"Barack Obama", P("obama")),
        (r"Mark Warner", P("warner")),
    ],
    skip=[],
)

# ---- 9. Current Events, 2010-09-07: Australian independents back a Gillard government
ANN["c_2010-09-07_independent-members-of-parliament-tony-w.txt"] = dict(
    explicit=[
        ("Independent members of parliament", 0, "members of parliament", O("mp_au")),
        ("independent MP Bob", 0, "MP", O("mp_au")),
    ],
    every=[
        (r"Tony Windsor", P("windsor")),
        (r"Rob Oakeshott", P("oakeshott")),
        (r"Julia Gillard", P("gillard")),
        (r"Bob Katter", P("katter")),
    ],
    skip=[],
)

# ---- 10. Current Events, 2016-03-12: Guam, D.C., Wyoming Republican and N. Mariana Democratic caucuses
ANN["c_2016-03-12_voters-in-guam-washington-d-c-and-wyomin.txt"] = dict(
    explicit=[
        ("the Northern Mariana Islands caucus", 0, None, E("mp_prim_2016", "2016-03-12")),
        ("Texas Sen. Ted Cruz", 0, "Texas Sen.", O("sen_tx")),
        ("the Wyoming GOP caucuses", 0, None, E("wy_prim_2016", "2016-03-12")),
        ("Florida Sen. Marco Rubio", 0, "Florida Sen.", O("sen_fl")),
        ("66 percent of the vote", 0, "the vote", E("wy_prim_2016", "2016-03-12")),
    ],
    every=[
        (r"Ted Cruz", P("cruz")),
        (r"Cruz", P("cruz")),
        (r"Marco Rubio", P("rubio")),
    ],
    skip=[],
)


if __name__ == "__main__":
    Batch("r7", PEOPLE, OFFICES, ELECTIONS, ANN).write()
