"""Resolution-set annotations, batch r3 (10 documents; see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r3.jsonl: one line per Person / Office / Election mention.
Offsets are computed here from snippets (n-th occurrence of a snippet, then the name inside it),
never by hand; the script checks text == doc[start:end] and that no two mentions overlap.
"""
from spans import E, O, P, Batch


# ------------------------------------------------------------------ entities
# people: key -> (full name, QID from congress-legislators id.wikidata, or None)
PEOPLE = {
    "trump": ("Donald Trump", "Q22686"),            # executive.yaml
    "obama": ("Barack Obama", "Q76"),               # executive.yaml
    "biden": ("Joe Biden", "Q6279"),                # executive.yaml
    "reagan": ("Ronald Reagan", None),              # executive.yaml has no wikidata id for him
    "sanders": ("Bernie Sanders", "Q359442"),       # legislators-current (sen VT)
    "warren": ("Elizabeth Warren", "Q434706"),      # legislators-current (sen MA)
    "klobuchar": ("Amy Klobuchar", "Q22237"),       # legislators-current (sen MN)
    "collins": ("Susan Collins", "Q22279"),         # legislators-current (sen ME)
    "manchin": ("Joe Manchin", "Q538868"),          # congress-legislators (sen WV, 2018)
    "houlahan": ("Chrissy Houlahan", "Q56274180"),  # legislators-current (rep PA-6)
    "schrier": ("Kim Schrier", "Q58333616"),        # legislators-current (rep WA-8)
    "luria": ("Elaine Luria", "Q58323073"),         # legislators-historical (rep VA-2, 2019-2023)
    "pocan": ("Mark Pocan", "Q1900355"),            # legislators-current (rep WI-2)
    "garcia": ("Chuy García", "Q18631698"),         # legislators-current (rep IL-4)
    "rush": ("Bobby Rush", "Q888599"),              # legislators-historical (rep IL-1)
    "davis": ("Danny K. Davis", "Q1164657"),        # legislators-current (rep IL-7)
    "kelly": ("Robin Kelly", "Q3437091"),           # legislators-current (rep IL-2)
    "gabbard": ("Tulsi Gabbard", "Q32620"),         # legislators-historical (rep HI-2)
    "hclinton": ("Hillary Clinton", "Q6294"),       # legislators-historical (sen NY); QID as in gold
    "sessions": ("Jeff Sessions", "Q358443"),       # legislators-historical (sen AL)
    "giuliani": ("Rudy Giuliani", None),
    "cohen": ("Michael Cohen", None),
    "daniels": ("Stormy Daniels", None),
    "weisselberg": ("Allen Weisselberg", None),
    "ventura": ("Charles Ventura", None),
    "djackson": ("David Jackson", None),
    "korte": ("Gregory Korte", None),
    "manafort": ("Paul Manafort", None),
    "bannon": ("Brad Bannon", None),
    "meier": ("Ed Meier", None),
    "friedman": ("Alison Kiehl Friedman", None),
    "jammal": ("Sam Jammal", None),
    "merrill": ("Katie Merrill", None),
    "kounalakis": ("Eleni Kounalakis", None),
    "wicks": ("Buffy Wicks", None),
    "bringman": ("Seth Bringman", None),
    "hayes": ("Christal Hayes", None),
    "kavanaugh": ("Brett Kavanaugh", None),
    "rice": ("Susan Rice", None),
    "ford": ("Christine Blasey Ford", None),
    "rourke": ("Matt Rourke", None),
    "naughton": ("Shaughnessy Naughton", None),
    "ethompson": ("Elaine Thompson", None),
    "bking": ("Brian King", None),
    "buttigieg": ("Pete Buttigieg", None),
    "yang": ("Andrew Yang", None),
    "steyer": ("Tom Steyer", None),
    "bloomberg": ("Michael Bloomberg", None),
    "hopkins": ("David Hopkins", None),
    "payne": ("Joel Payne", None),
    "mcdermid": ("Brendan McDermid", None),
    "estewart": ("Emily Stewart", None),
    "lightfoot": ("Lori Lightfoot", None),
    "pritzker": ("J. B. Pritzker", None),
    "kudlow": ("Larry Kudlow", None),
    "hewitt": ("Hugh Hewitt", None),
    "powell": ("Jerome Powell", None),
    "posen": ("Adam Posen", None),
}

OFFICES = {
    "potus": "President of the United States",
    "vpotus": "Vice President of the United States",
    "ag_us": "United States Attorney General",
    "secstate_us": "United States Secretary of State",
    "nsa_us": "United States National Security Advisor",
    "un_amb_us": "United States Ambassador to the United Nations",
    "fed_chair": "Chair of the Federal Reserve",
    "mayor_nyc": "Mayor of New York City",
    "mayor_chicago": "Mayor of Chicago",
    "mayor_southbend": "Mayor of South Bend",
    "sen_vt": "U.S. Senator from Vermont",
    "sen_ma": "U.S. Senator from Massachusetts",
    "sen_mn": "U.S. Senator from Minnesota",
    "sen_me": "U.S. Senator from Maine",
    "senator": "Senator",                      # generic: the text fixes no single seat
    "rep": "Representative",                   # generic: the text fixes no single seat
    "rep_wa8": "U.S. Representative for Washington's 8th congressional district",
    "rep_va2": "U.S. Representative for Virginia's 2nd congressional district",
    "rep_wi2": "U.S. Representative for Wisconsin's 2nd congressional district",
    "rep_hi2": "U.S. Representative for Hawaii's 2nd congressional district",
    "rep_il4": "U.S. Representative for Illinois's 4th congressional district",
    "gov_il": "Governor of Illinois",
    "ltgov_ca": "Lieutenant Governor of California",
    "ca_assembly": "Member of the California State Assembly",
    "ut_house": "Member of the Utah House of Representatives",
    "ut_house_minleader": "Minority Leader of the Utah House of Representatives",
    "dc_circuit_judge": "Judge of the United States Court of Appeals for the District of Columbia Circuit",
    "cpc_cochair": "Co-Chair of the Congressional Progressive Caucus",
}

US = "ocd-division/country:us"
ELECTIONS = {
    "us_pres_2016": US + "|2016|general",
    "us_dem_prim_2016": US + "|2016|primary",          # national Democratic nomination race 2016
    "us_2018": US + "|2018|general",                   # the 2018 midterm elections
    "tx32_prim_2018": US + "/state:tx/cd:32|2018|primary",
    "pa6_2018": US + "/state:pa/cd:6|2018|general",
    "me_sen_2020": US + "/state:me|2020|general",
    "us_dem_prim_2020": US + "|2020|primary",          # national Democratic nomination race 2020
    "ia_prim_2020": US + "/state:ia|2020|primary",
    "nh_prim_2020": US + "/state:nh|2020|primary",
    "nv_prim_2020": US + "/state:nv|2020|primary",
    "il_prim_2020": US + "/state:il|2020|primary",
    "nh_prim_2016": US + "/state:nh|2016|primary",
    "il_prim_2016": US + "/state:il|2016|primary",
}


# ------------------------------------------------------------------ per-document annotations
# Each explicit item: (snippet, n, sub, entity) -- the n-th (0-based) occurrence of snippet, then
# the first occurrence of sub inside it (sub None: the whole snippet).
# EVERY: (regex, entity) -- every match of the regex not overlapping an explicit item and not
# inside one of the document's SKIP snippets (organisations named after people, etc.).
ANN = {}

# ---- 1. USA Today, 2018-05-05: Trump / Stormy Daniels payment
ANN["a_2018-05-05_ynTlAkFPnEihW3Lp.txt"] = dict(
    explicit=[
        ("Charles Ventura", 0, None, P("ventura")),
        ("President Trump knew", 0, "President", O("potus")),
        ("porn actress Stormy Daniels", 0, "Stormy Daniels", P("daniels")),
        ("former New York City mayor Rudy Giuliani", 0, "New York City mayor", O("mayor_nyc")),
        ("former New York City mayor Rudy Giuliani", 0, "Rudy Giuliani", P("giuliani")),
        ("that the president repaid", 0, "president", O("potus")),
        ("repaid Michael Cohen", 0, "Michael Cohen", P("cohen")),
        ("whose real name is Stephanie Clifford", 0, "Stephanie Clifford", P("daniels")),
        ("the ex-New York City mayor", 0, "New York City mayor", O("mayor_nyc")),
        ("chief financial officer Allen Weisselberg", 0, "Allen Weisselberg", P("weisselberg")),
        ("about the Stormy Daniels payoff", 0, "Stormy Daniels", P("daniels")),
        ("Q&A on Stormy Daniels", 0, "Stormy Daniels", P("daniels")),
        ("Rudy Giuliani, Michael Cohen", 0, "Rudy Giuliani", P("giuliani")),
        ("Rudy Giuliani, Michael Cohen", 0, "Michael Cohen", P("cohen")),
        ("Related:President Trump", 0, "President", O("potus")),
        ("Trump, Rudy Giuliani try", 0, "Rudy Giuliani", P("giuliani")),
        ("explain Stormy Daniels payment", 0, "Stormy Daniels", P("daniels")),
        ("before the 2016 election", 0, "the 2016 election", E("us_pres_2016")),
        ("David Jackson and Gregory Korte", 0, "David Jackson", P("djackson")),
        ("David Jackson and Gregory Korte", 0, "Gregory Korte", P("korte")),
    ],
    every=[
        (r"Trump", P("trump")),
        (r"Giuliani", P("giuliani")),
        (r"Cohen", P("cohen")),
        (r"Daniels", P("daniels")),
    ],
    skip=["Trump Organization"],
)

# ---- 2. The Hill, 2018-08-10: Obama's midterm endorsements
ANN["a_2018-08-10_KyrKOSKvTMy6VVtI.txt"] = dict(
    explicit=[
        ("Former President Obama", 0, "President", O("potus")),
        ("midterm endorsement list", 0, "midterm", E("us_2018")),
        ("the midterm season", 0, "midterm", E("us_2018")),
        ("the former president’s fundraisers", 0, "president", O("potus")),
        ("other ex-presidents", 0, "presidents", O("potus")),
        ("from the former president, who", 0, "president", O("potus")),
        # The Hill's inline link-card text (part of the document text)
        ("They argue that Donald Trump Donald", 0, "Donald Trump", P("trump")),
        ("Donald John TrumpSessions", 0, "Donald John Trump", P("trump")),
        ("TrumpSessions says", 0, "Sessions", P("sessions")),
        ("despite ouster as AG", 0, "AG", O("ag_us")),
        ("MORE’s presidency", 0, "presidency", O("potus")),
        ("Democratic strategist Brad Bannon", 0, "Brad Bannon", P("bannon")),
        ("the 2016 presidential race", 0, None, E("us_pres_2016")),
        ("endorsement of Hillary Clinton Hillary", 0, "Hillary Clinton", P("hclinton")),
        ("Hillary Diane Rodham Clinton", 0, None, P("hclinton")),
        ("ClintonGiuliani consulted", 0, "Giuliani", P("giuliani")),     # glued to the link title
        ("his former secretary of State", 0, "secretary of State", O("secstate_us")),
        ("her primary fight", 0, "primary fight", E("us_dem_prim_2016")),
        ("fight with Sen. Bernie Sanders", 0, "Sen.", O("sen_vt")),
        ("fight with Sen. Bernie Sanders", 0, "Bernie Sanders", P("sanders")),
        ("Bernie Sanders2020", 0, "Bernie Sanders", P("sanders")),   # glued to the next link title
        ("one source close to the former president said", 0, "president", O("potus")),
        ("Ed Meier, who served", 0, "Ed Meier", P("meier")),
        ("fell short in a congressional primary", 0, "congressional primary", E("tx32_prim_2018")),
        ("aide Alison Kiehl Friedman", 0, "Alison Kiehl Friedman", P("friedman")),
        ("aide Sam Jammal", 0, "Sam Jammal", P("jammal")),
        ("The president still needs", 0, "president", O("potus")),
        ("Katie Merrill, who", 0, "Katie Merrill", P("merrill")),
        ("Merrill pointed out", 0, "Merrill", P("merrill")),
        ("including Eleni Kounalakis", 0, "Eleni Kounalakis", P("kounalakis")),
        ("running for California lieutenant governor", 0, "California lieutenant governor", O("ltgov_ca")),
        ("Obama alumnus Buffy Wicks", 0, "Buffy Wicks", P("wicks")),
        ("running for an assembly seat", 0, "assembly seat", O("ca_assembly")),
        ("Seth Bringman, a Democratic strategist", 0, "Seth Bringman", P("bringman")),
        ("Bringman said", 0, "Bringman", P("bringman")),
    ],
    every=[
        (r"Obama", P("obama")),
        (r"Trump", P("trump")),
        (r"Giuliani", P("giuliani")),
        (r"Manafort", P("manafort")),
        (r"Sanders", P("sanders")),
    ],
    skip=["the Obamas"],
)

# ---- 3. USA Today, 2018-10-05: Susan Collins / Kavanaugh
ANN["a_2018-10-05_uxE0GeAN091KgAR3.txt"] = dict(
    explicit=[
        ("Christal Hayes", 0, None, P("hayes")),
        ("WASHINGTON - Sen. Susan Collins", 0, "Sen.", O("sen_me")),
        ("WASHINGTON - Sen. Susan Collins", 0, "Susan Collins", P("collins")),
        ("nominee Brett Kavanaugh", 0, "Brett Kavanaugh", P("kavanaugh")),
        ("defeat her in her next election", 0, "next election", E("me_sen_2020")),
        ("in her 2020 election", 0, "2020 election", E("me_sen_2020")),
        ("Susan Rice, former President Barack Obama", 0, "Susan Rice", P("rice")),
        ("former President Barack Obama", 0, "President", O("potus")),
        ("former President Barack Obama", 0, "Barack Obama", P("obama")),
        ("National Security Adviser", 0, None, O("nsa_us")),
        ("United Nations Ambassador", 0, None, O("un_amb_us")),
        ("Either Sen. Collins", 0, "Sen.", O("sen_me")),
        ("More:Sen. Susan Collins", 0, "Sen.", O("sen_me")),
        ("More:Sen. Susan Collins", 0, "Susan Collins", P("collins")),
        ("More:Brett Kavanaugh", 0, "Brett Kavanaugh", P("kavanaugh")),
        ("after Susan Collins, Joe Manchin", 0, "Susan Collins", P("collins")),
        ("after Susan Collins, Joe Manchin", 0, "Joe Manchin", P("manchin")),
        ("\"Susan Collins has betrayed", 0, "Susan Collins", P("collins")),
        ("pleaded with Susan Collins", 0, "Susan Collins", P("collins")),
        ("Maine deserves a Senator", 0, "Senator", O("sen_me")),
        ("Maine deserves a Senator", 1, "Senator", O("sen_me")),
        ("Susan Collins is no longer", 0, "Susan Collins", P("collins")),
        ("She said Christine Blasey Ford", 0, "Christine Blasey Ford", P("ford")),
        ("prevent Judge Kavanaugh", 0, "Judge", O("dc_circuit_judge")),
    ],
    every=[
        (r"Collins", P("collins")),
        (r"Kavanaugh", P("kavanaugh")),
    ],
    skip=["Obamacare"],
)

# ---- 4. NPR, 2018-11-18: STEM professionals elected to Congress
ANN["a_2018-11-18_MOiPaVYdDOrtvQXO.txt"] = dict(
    explicit=[
        ("Matt Rourke/AP Matt Rourke/AP", 0, "Matt Rourke", P("rourke")),
        ("AP Matt Rourke/AP", 0, "Matt Rourke", P("rourke")),
        ("Chrissy Houlahan has done", 0, "Chrissy Houlahan", P("houlahan")),
        ("won her congressional House race", 0, "congressional House race", E("pa6_2018")),
        ("one senator and eight", 0, "senator", O("senator")),
        ("eight members of the House of Representatives", 0, "members of the House of Representatives", O("rep")),
        ("during the 2018 midterms", 0, "the 2018 midterms", E("us_2018")),
        ("released before Election Day", 0, "Election Day", E("us_2018", "2018-11-06")),
        ("says Shaughnessy Naughton", 0, "Shaughnessy Naughton", P("naughton")),
        ("the Trump administration's", 0, "Trump", P("trump")),
        ("especially the president's stance", 0, "president", O("potus")),
        ("in the recent elections", 0, "the recent elections", E("us_2018")),
        ("in the midterm elections", 0, "the midterm elections", E("us_2018")),
        ("Elaine Thompson/AP Elaine Thompson/AP", 0, "Elaine Thompson", P("ethompson")),
        ("AP Elaine Thompson/AP", 0, "Elaine Thompson", P("ethompson")),
        ("Congresswoman-elect Dr. Kim Schrier", 0, "Congresswoman", O("rep_wa8")),
        ("Congresswoman-elect Dr. Kim Schrier", 0, "Kim Schrier", P("schrier")),
        ("Congresswoman-elect Elaine Luria", 0, "Congresswoman", O("rep_va2")),
        ("Congresswoman-elect Elaine Luria", 0, "Elaine Luria", P("luria")),
    ],
    every=[
        (r"Houlahan", P("houlahan")),
        (r"Naughton", P("naughton")),
        (r"Schrier", P("schrier")),
    ],
    skip=[],
)

# ---- 5. Op-ed, 2020-01-30: Utah abortion debate (Rep. Brian King)
ANN["a_2020-01-30_P08tcyPnkf5XMkva.txt"] = dict(
    explicit=[
        ("Rep. Brian King is", 0, "Rep.", O("ut_house")),
        ("Rep. Brian King is", 0, "Brian King", P("bking")),
        ("the minority leader of the Utah House of Representatives", 0,
         "minority leader of the Utah House of Representatives", O("ut_house_minleader")),
    ],
    every=[],
    skip=["Jesus Christ"],
)

# ---- 6. FiveThirtyEight, 2020-02-07: New Hampshire debate poll
ANN["a_2020-02-07_ec65scfmC9jZIiW6.txt"] = dict(
    explicit=[
        ("likely primary voters", 0, "primary", E("nh_prim_2020")),
        ("Sen. Bernie Sanders, former", 0, "Sen.", O("sen_vt")),
        ("Sen. Bernie Sanders, former", 0, "Bernie Sanders", P("sanders")),
        ("former South Bend, Indiana, Mayor Pete Buttigieg", 0, "South Bend, Indiana, Mayor", O("mayor_southbend")),
        ("former South Bend, Indiana, Mayor Pete Buttigieg", 0, "Pete Buttigieg", P("buttigieg")),
        ("and Sen. Amy Klobuchar", 0, "Sen.", O("sen_mn")),
        ("and Sen. Amy Klobuchar", 0, "Amy Klobuchar", P("klobuchar")),
        ("Sen. Elizabeth Warren, on", 0, "Sen.", O("sen_ma")),
        ("Sen. Elizabeth Warren, on", 0, "Elizabeth Warren", P("warren")),
        ("Former Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("Former Vice President Joe Biden", 0, "Joe Biden", P("biden")),
        ("businessman Andrew Yang", 0, "Andrew Yang", P("yang")),
        ("Bernie Sanders 65.5%", 0, "Bernie Sanders", P("sanders")),
        ("Amy Klobuchar 57.6", 0, "Amy Klobuchar", P("klobuchar")),
        ("Pete Buttigieg 63.7", 0, "Pete Buttigieg", P("buttigieg")),
        ("Elizabeth Warren 64.0", 0, "Elizabeth Warren", P("warren")),
        ("Joe Biden 64.4", 0, "Joe Biden", P("biden")),
        ("Tom Steyer 53.5", 0, "Tom Steyer", P("steyer")),
        ("Andrew Yang 57.7", 0, "Andrew Yang", P("yang")),
        ("followed by Buttigeg", 0, "Buttigeg", P("buttigieg")),   # sic
    ],
    every=[
        (r"Sanders", P("sanders")),
        (r"Buttigieg", P("buttigieg")),
        (r"Klobuchar", P("klobuchar")),
    ],
    skip=[],
)

# ---- 7. Reuters, 2020-02-12: after the New Hampshire primary
ANN["a_2020-02-12_Nobx30ATdxrSAvtH.txt"] = dict(
    explicit=[
        ("Pete Buttigieg, the former mayor of South Bend, Indiana", 0, "Pete Buttigieg", P("buttigieg")),
        ("the former mayor of South Bend, Indiana", 0, "mayor of South Bend, Indiana", O("mayor_southbend")),
        ("Iowa’s first-in-the-nation caucuses", 0, None, E("ia_prim_2020", "2020-02-03")),
        ("Minnesota Senator Amy Klobuchar", 0, "Minnesota Senator", O("sen_mn")),
        ("Minnesota Senator Amy Klobuchar", 0, "Amy Klobuchar", P("klobuchar")),
        ("former Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("former Vice President Joe Biden", 0, "Joe Biden", P("biden")),
        ("former New York Mayor Michael Bloomberg", 0, "New York Mayor", O("mayor_nyc")),
        ("former New York Mayor Michael Bloomberg", 0, "Michael Bloomberg", P("bloomberg")),
        ("the battle for the Democratic nomination", 0, "battle for the Democratic nomination", E("us_dem_prim_2020")),
        ("Republican President Donald Trump", 0, "President", O("potus")),
        ("Republican President Donald Trump", 0, "Donald Trump", P("trump")),
        ("Tuesday night’s primary", 0, None, E("nh_prim_2020", "2020-02-11")),
        ("Senator Elizabeth Warren, who", 0, "Senator", O("sen_ma")),
        ("Senator Elizabeth Warren, who", 0, "Elizabeth Warren", P("warren")),
        ("said David Hopkins", 0, "David Hopkins", P("hopkins")),
        ("forced out of the race", 0, "the race", E("us_dem_prim_2020")),
        ("a senator from neighboring Vermont", 0, "senator from neighboring Vermont", O("sen_vt")),
        ("in a two-way race with Hillary Clinton", 0, "a two-way race", E("nh_prim_2016")),
        ("in a two-way race with Hillary Clinton", 0, "Hillary Clinton", P("hclinton")),
        ("former South Bend Mayor Pete Buttigieg", 0, "South Bend Mayor", O("mayor_southbend")),
        ("former South Bend Mayor Pete Buttigieg", 0, "Pete Buttigieg", P("buttigieg")),
        ("his New Hampshire primary night rally", 0, "New Hampshire primary", E("nh_prim_2020", "2020-02-11")),
        ("REUTERS/Brendan McDermid", 0, "Brendan McDermid", P("mcdermid")),
        ("idea of Bernie Sanders being", 0, "Bernie Sanders", P("sanders")),
        ("said Joel Payne", 0, "Joel Payne", P("payne")),
        ("worked for the Clinton campaign", 0, "Clinton", P("hclinton")),
        ("Democratic Congressman Mark Pocan", 0, "Congressman", O("rep_wi2")),
        ("Democratic Congressman Mark Pocan", 0, "Mark Pocan", P("pocan")),
        ("the co-chair of Congressional Progressive Caucus", 0, "co-chair of Congressional Progressive Caucus", O("cpc_cochair")),
        ("talk about the race", 0, "the race", E("us_dem_prim_2020")),
        ("his tenure as mayor of South Bend", 0, "mayor of South Bend", O("mayor_southbend")),
        ("his time as New York mayor", 0, "New York mayor", O("mayor_nyc")),
        ("Hopkins said the looming", 0, "Hopkins", P("hopkins")),
        ("the Democratic race is unsettled", 0, "the Democratic race", E("us_dem_prim_2020")),
    ],
    every=[
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Buttigieg", P("buttigieg")),
        (r"Klobuchar", P("klobuchar")),
        (r"Biden", P("biden")),
        (r"Bloomberg", P("bloomberg")),
        (r"Trump", P("trump")),
        (r"Pocan", P("pocan")),
    ],
    skip=[],
)

# ---- 8. Vox, 2020-02-20: fundraising after the Nevada debate
ANN["a_2020-02-20_4CZztnDhD6ClAtQf.txt"] = dict(
    explicit=[
        ("Sens. Bernie Sanders", 0, "Sens.", O("senator")),   # title of two senators (VT, MA)
        ("Sens. Bernie Sanders", 0, "Bernie Sanders", P("sanders")),
        ("and Elizabeth Warren (D-MA)", 0, "Elizabeth Warren", P("warren")),
        ("Vox’s Emily Stewart", 0, "Emily Stewart", P("estewart")),
        ("former New York City Mayor Mike Bloomberg", 0, "New York City Mayor", O("mayor_nyc")),
        ("former New York City Mayor Mike Bloomberg", 0, "Mike Bloomberg", P("bloomberg")),
        ("the Vermont senator", 0, "Vermont senator", O("sen_vt")),
        ("Sen. Amy Klobuchar’s", 0, "Sen.", O("sen_mn")),
        ("Sen. Amy Klobuchar’s", 0, "Amy Klobuchar", P("klobuchar")),
        ("in that state’s primary", 0, "that state’s primary", E("nh_prim_2020", "2020-02-11")),
        ("former South Bend, Indiana, Mayor Pete Buttigieg", 0, "South Bend, Indiana, Mayor", O("mayor_southbend")),
        ("former South Bend, Indiana, Mayor Pete Buttigieg", 0, "Pete Buttigieg", P("buttigieg")),
        ("in the Nevada caucuses", 0, "the Nevada caucuses", E("nv_prim_2020", "2020-02-22")),
        ("the caucuses’ well-attended", 0, "the caucuses", E("nv_prim_2020")),
    ],
    every=[
        (r"Warren", P("warren")),
        (r"Sanders", P("sanders")),
        (r"Bloomberg", P("bloomberg")),
    ],
    skip=["Team Warren", "@TeamWarren"],
)

# ---- 9. Chicago Sun-Times, 2020-03-17: Biden wins the Illinois primary
ANN["a_2020-03-17_aj9izIcZz5WegqrL.txt"] = dict(
    explicit=[
        ("Former Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("Former Vice President Joe Biden", 0, "Joe Biden", P("biden")),
        ("Vermont Senator Bernie Sanders", 0, "Vermont Senator", O("sen_vt")),
        ("Vermont Senator Bernie Sanders", 0, "Bernie Sanders", P("sanders")),
        ("an unprecedented Election Day in Illinois", 0, "Election Day", E("il_prim_2020", "2020-03-17")),
        ("even hold its primary", 0, "its primary", E("il_prim_2020", "2020-03-17")),
        ("nomination for president", 0, "president", O("potus")),
        ("a candidate for president", 0, "president", O("potus")),
        ("The race was a bit closer", 0, "The race", E("il_prim_2020")),
        ("historically low Election Day turnout", 0, "Election Day", E("il_prim_2020", "2020-03-17")),
        ("U.S. Rep. Tulsi Gabbard", 0, "U.S. Rep.", O("rep_hi2")),
        ("U.S. Rep. Tulsi Gabbard", 0, "Tulsi Gabbard", P("gabbard")),
        ("the Democratic presidential race", 0, None, E("us_dem_prim_2020")),
        ("and Election Day ballots", 0, "Election Day", E("il_prim_2020", "2020-03-17")),
        ("dropped out of the race", 0, "the race", E("us_dem_prim_2020")),
        ("moderates Pete Buttigieg and Amy Klobuchar", 0, "Pete Buttigieg", P("buttigieg")),
        ("moderates Pete Buttigieg and Amy Klobuchar", 0, "Amy Klobuchar", P("klobuchar")),
        ("Massachusetts Senator Elizabeth Warren", 0, "Massachusetts Senator", O("sen_ma")),
        ("Massachusetts Senator Elizabeth Warren", 0, "Elizabeth Warren", P("warren")),
        ("former New York Mayor Mike Bloomberg", 0, "New York Mayor", O("mayor_nyc")),
        ("former New York Mayor Mike Bloomberg", 0, "Mike Bloomberg", P("bloomberg")),
        ("the former vice president", 0, "vice president", O("vpotus")),
        ("to Hillary Clinton.", 0, "Hillary Clinton", P("hclinton")),
        ("on the eve of the election", 0, "the election", E("il_prim_2016")),
        ("waning days of the election", 0, "the election", E("il_prim_2020")),
        ("Rep. Jesus “Chuy” Garcia", 0, "Rep.", O("rep_il4")),
        ("Rep. Jesus “Chuy” Garcia", 0, "Jesus “Chuy” Garcia", P("garcia")),
        ("Mayor Lori Lightfoot", 0, "Mayor", O("mayor_chicago")),
        ("Mayor Lori Lightfoot", 0, "Lori Lightfoot", P("lightfoot")),
        ("African American members of Congress from Illinois", 0, "members of Congress", O("rep")),
        ("Representatives Bobby Rush", 0, "Representatives", O("rep")),
        ("Bobby Rush, Danny Davis and Robin Kelly", 0, "Bobby Rush", P("rush")),
        ("Bobby Rush, Danny Davis and Robin Kelly", 0, "Danny Davis", P("davis")),
        ("Bobby Rush, Danny Davis and Robin Kelly", 0, "Robin Kelly", P("kelly")),
        ("Illinois Gov. J.B. Pritzker", 0, "Illinois Gov.", O("gov_il")),
        ("Illinois Gov. J.B. Pritzker", 0, "J.B. Pritzker", P("pritzker")),
        ("a major Hillary Clinton backer", 0, "Hillary Clinton", P("hclinton")),
        ("endorsed Biden for president", 0, "president", O("potus")),
        ("businessman turned governor", 0, "governor", O("gov_il")),
        ("stay out of the primary", 0, "the primary", E("il_prim_2020")),
    ],
    every=[
        (r"Biden", P("biden")),
        (r"Sanders", P("sanders")),
        (r"Pritzker", P("pritzker")),
    ],
    skip=[],
)

# ---- 10. Washington Times, 2020-05-13: Kudlow / Powell on the economy
ANN["a_2020-05-13_yzZw5NK2pUeqvNi4.txt"] = dict(
    explicit=[
        ("economic adviser Larry Kudlow", 0, "Larry Kudlow", P("kudlow")),
        ("former Ronald Reagan adviser", 0, "Ronald Reagan", P("reagan")),
        ("radio host Hugh Hewitt", 0, "Hugh Hewitt", P("hewitt")),
        ("I think the president has been right", 0, "president", O("potus")),
        ("as Reagan’s budget deputy", 0, "Reagan", P("reagan")),
        ("the Trump campaign's", 0, "Trump", P("trump")),
        ("the head of the Federal Reserve", 0, "head of the Federal Reserve", O("fed_chair")),
        ("Fed Chair Jerome Powell", 0, "Fed Chair", O("fed_chair")),
        ("Fed Chair Jerome Powell", 0, "Jerome Powell", P("powell")),
        ("interview with Adam Posen", 0, "Adam Posen", P("posen")),
    ],
    every=[
        (r"Kudlow", P("kudlow")),
        (r"Powell", P("powell")),
    ],
    skip=[],
)


if __name__ == "__main__":
    Batch("r3", PEOPLE, OFFICES, ELECTIONS, ANN).write()
