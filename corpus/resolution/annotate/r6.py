"""Resolution-set annotations, batch r6 (10 documents; see corpus/resolution/GUIDE.md).

Writes corpus/resolution/annotations/r6.jsonl: one line per Person / Office / Election mention.
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
    "hclinton": ("Hillary Clinton", None),          # not in current/2017/executive yaml (r0-r2 use null)
    "sanders": ("Bernie Sanders", "Q359442"),       # legislators-current (sen VT)
    "warren": ("Elizabeth Warren", "Q434706"),      # legislators-current (sen MA)
    "klobuchar": ("Amy Klobuchar", "Q22237"),       # legislators-current (sen MN)
    "kaine": ("Tim Kaine", "Q359888"),              # legislators-current (sen VA)
    "pelosi": ("Nancy Pelosi", "Q170581"),          # legislators-current (rep CA)
    "dws": ("Debbie Wasserman Schultz", "Q50104"),  # legislators-current (rep FL-23 in 2020)
    "ryan": ("Paul Ryan", "Q203966"),               # legislators-2017 (rep WI-1, Speaker)
    "wjones": ("Walter B. Jones Jr.", "Q512537"),          # legislators-2017 (rep NC-3)
    "sanford": ("Mark Sanford", "Q11669"),          # legislators-2017 (rep SC-1)
    "dent": ("Charlie Dent", "Q556034"),            # legislators-2017 (rep PA-15)
    "fitzpatrick": ("Brian Fitzpatrick", "Q27831059"),  # legislators-2017 (rep PA-8)
    "barletta": ("Lou Barletta", "Q25568"),         # legislators-2017 (rep PA-11)
    "casey": ("Bob Casey Jr.", "Q887841"),          # legislators-2017 (sen PA)
    "bacon": ("Don Bacon", "Q19757583"),            # legislators-current (rep NE-2)
    "houlahan": ("Chrissy Houlahan", "Q56274180"),  # legislators-current (rep PA-6)
    "scanlon": ("Mary Gay Scanlon", "Q54611716"),   # legislators-current (rep PA-5)
    "dean": ("Madeleine Dean", "Q6726900"),         # legislators-current (rep PA-4)
    "romney": ("Mitt Romney", "Q4496"),             # as in r0-r2
    "ashford": ("Brad Ashford", None),              # legislators-historical.csv only (no wikidata column)
    "wild": ("Susan Wild", None),
    "morganelli": ("John Morganelli", None),
    "steyer": ("Tom Steyer", None),
    "wallace": ("Scott Wallace", None),
    "eastman": ("Kara Eastman", None),
    "walker": ("Scott Walker", None),
    "barrett": ("Tom Barrett", None),               # mayor of Milwaukee; not the current MI-7 Tom Barrett
    "phelps": ("Jeffrey Phelps", None),
    "sjohnson": ("Shawn Johnson", None),
    "raz": ("Guy Raz", None),
    "olson": ("Scott Olson", None),
    "haley": ("Nikki Haley", None),
    "jindal": ("Bobby Jindal", None),
    "christie": ("Chris Christie", None),
    "cuccinelli": ("Ken Cuccinelli", None),
    "liasson": ("Mara Liasson", None),
    "scheel": ("Bill Scheel", None),
    "duval": ("Fred DuVal", None),
    "griffin": ("Taylor Griffin", None),
    "michaels": ("Jim Michaels", None),
    "dhoore": ("Hassan Ali Dhoore", None),
    "priebus": ("Reince Priebus", None),
    "fulton": ("Sybrina Fulton", None),
    "tmartin": ("Trayvon Martin", None),
    "lynch": ("Loretta Lynch", None),
    "emmett": ("Jerry Emmett", None),
    "mckenna": ("Martha McKenna", None),
    "mobama": ("Michelle Obama", None),
    "hennessey": ("Kathleen Hennessey", None),
    "ronayne": ("Kathleen Ronayne", None),
    "kthomas": ("Ken Thomas", None),
    "daly": ("Matthew Daly", None),
    "tonello": ("Anastasia Tonello", None),
    "sessions": ("Jeff Sessions", None),            # not in current/2017 yaml (r0-r2 use null)
    "smiller": ("Stephen Miller", None),
    "bars": ("Michael Bars", None),
    "pierce": ("Sarah Pierce", None),
    "cissna": ("L. Francis Cissna", None),
    "wasem": ("Ruth Wasem", None),
    "buttigieg": ("Pete Buttigieg", None),
    "weld": ("Bill Weld", None),
    "sroka": ("Neil Sroka", None),
    "tucker": ("Terry Tucker", None),
    "perez": ("Tom Perez", None),
    "shepherd": ("Jeri Shepherd", None),
    "tasini": ("Jonathan Tasini", None),
    "dodon": ("Igor Dodon", None),
    "sandu": ("Maia Sandu", None),
}

OFFICES = {
    "potus": "President of the United States",
    "vpotus": "Vice President of the United States",
    "ag_us": "United States Attorney General",
    "secstate_us": "United States Secretary of State",
    "fbi_dir": "Director of the Federal Bureau of Investigation",
    "uscis_dir": "Director of U.S. Citizenship and Immigration Services",
    "speaker_us": "Speaker of the United States House of Representatives",
    "rnc_chair": "Chair of the Republican National Committee",
    "rnconv_chair": "Chair of the Republican National Convention",
    "dnc_chair": "Chair of the Democratic National Committee",
    "dnc_member": "Member of the Democratic National Committee",
    "gov_wi": "Governor of Wisconsin",
    "gov_sc": "Governor of South Carolina",
    "gov_la": "Governor of Louisiana",
    "gov_nj": "Governor of New Jersey",
    "gov_va": "Governor of Virginia",
    "governor": "Governor",                     # generic: the text fixes no single state
    "ag_va": "Attorney General of Virginia",
    "mayor_southbend": "Mayor of South Bend",
    "sen_vt": "U.S. Senator from Vermont",
    "sen_ma": "U.S. Senator from Massachusetts",
    "sen_ny": "U.S. Senator from New York",
    "sen_va": "U.S. Senator from Virginia",
    "sen_pa": "U.S. Senator from Pennsylvania",
    "senator": "Senator",                      # generic: the text fixes no single seat
    "rep_nc3": "U.S. Representative for North Carolina's 3rd congressional district",
    "rep_pa15": "U.S. Representative for Pennsylvania's 15th congressional district",
    "rep_pa8": "U.S. Representative for Pennsylvania's 8th congressional district",
    "rep_pa11": "U.S. Representative for Pennsylvania's 11th congressional district",
    "rep_ne2": "U.S. Representative for Nebraska's 2nd congressional district",
    "rep_fl23": "U.S. Representative for Florida's 23rd congressional district",
    "pa_house": "Member of the Pennsylvania House of Representatives",
}

US = "ocd-division/country:us"
ELECTIONS = {
    "us_pres_2012": US + "|2012|general",
    "us_pres_2016": US + "|2016|general",
    "us_2014": US + "|2014|general",                   # the 2014 general (midterm) elections
    "us_2018": US + "|2018|general",                   # the 2018 general (midterm) elections
    "us_prim_2016": US + "|2016|primary",              # national nomination race 2016
    "us_prim_2020": US + "|2020|primary",              # national nomination race 2020
    "wi_recall_2012": US + "/state:wi|2012|special",   # the June 5, 2012 gubernatorial recall election
    "nc3_prim_2014": US + "/state:nc/cd:3|2014|primary",
    "pa7_prim_2018": US + "/state:pa/cd:7|2018|primary",   # Allentown district (2018 map), Wild v. Morganelli
    "ne2_prim_2018": US + "/state:ne/cd:2|2018|primary",
    "ia_prim_2020": US + "/state:ia|2020|primary",
    "nh_prim_2020": US + "/state:nh|2020|primary",
    "tw_by_2010": "ocd-division/country:tw|2010|special",  # the 9 January 2010 legislative by-elections
    "md_pres_2016": "ocd-division/country:md|2016|general",
}


# ------------------------------------------------------------------ per-document annotations
# Each explicit item: (snippet, n, sub, entity) -- the n-th (0-based) occurrence of snippet, then
# the first occurrence of sub inside it (sub None: the whole snippet).
# EVERY: (regex, entity) -- every match of the regex not overlapping an explicit item and not
# inside one of the document's SKIP snippets (organisations named after people, etc.).
ANN = {}

# ---- 1. NPR, 2012-06-03: the Wisconsin recall as a trial run for the presidential race
ANN["a_2012-06-03_QkK839z5XST0uzZb.txt"] = dict(
    explicit=[
        ("Wis. Recall", 0, None, E("wi_recall_2012")),
        ("The Presidential Race", 0, None, E("us_pres_2012")),
        ("recall Republican Gov. Scott Walker", 0, "Gov.", O("gov_wi")),
        ("stakes in that election", 0, "that election", E("wi_recall_2012")),
        ("President Obama's re-election", 0, "President", O("potus")),
        ("President Obama's re-election", 0, "re-election", E("us_pres_2012")),
        ("The vote over whether", 0, "The vote", E("wi_recall_2012")),
        ("[the] governor's race", 0, "governor", O("gov_wi")),
        ("set in 2010 by Gov. Scott Walker", 0, "Gov.", O("gov_wi")),
        ("because the governor has", 0, "governor", O("gov_wi")),
        ("[the] recall will be", 0, "recall", E("wi_recall_2012")),
        ("other governors have", 0, "governors", O("governor")),
        ("Republican governors around", 0, "governors", O("governor")),
        ("South Carolina's Gov. Nikki Haley", 0, "South Carolina's Gov.", O("gov_sc")),
        ("Louisiana's Gov. Bobby Jindal", 0, "Louisiana's Gov.", O("gov_la")),
        ("governor of New Jersey", 0, None, O("gov_nj")),
        ("Virginia's Attorney General Ken", 0, "Virginia's Attorney General", O("ag_va")),
        ("is running for governor", 0, "governor", O("gov_va")),
        ("Walker's recall election", 0, "recall election", E("wi_recall_2012")),
        ("the presidential election in November", 0, "the presidential election", E("us_pres_2012")),
        ("to win this election", 0, "this election", E("wi_recall_2012")),
        ("the Wisconsin fight", 0, None, E("wi_recall_2012")),
        ("a trial run for the presidential race", 0, "the presidential race", E("us_pres_2012")),
        ("The president won Wisconsin", 0, "president", O("potus")),
        ("polls show President Obama", 0, "President", O("potus")),
        ("think about this election", 0, "this election", E("us_pres_2012")),
        ("Wisconsin recall, Supreme", 0, "Wisconsin recall", E("wi_recall_2012")),
        ("affect this race badly", 0, "this race", E("us_pres_2012")),
        ("badly for the president", 0, "president", O("potus")),
    ],
    every=[
        (r"Jeffrey Phelps", P("phelps")),
        (r"Scott Olson", P("olson")),
        (r"Scott Walker", P("walker")),
        (r"Walker", P("walker")),
        (r"Obama", P("obama")),
        (r"Shawn Johnson", P("sjohnson")),
        (r"Johnson", P("sjohnson")),
        (r"Guy Raz", P("raz")),
        (r"Raz", P("raz")),
        (r"Tom Barrett", P("barrett")),
        (r"Nikki Haley", P("haley")),
        (r"Bobby Jindal", P("jindal")),
        (r"Chris Christie", P("christie")),
        (r"Ken Cuccinelli", P("cuccinelli")),
        (r"Cuccinelli", P("cuccinelli")),
        (r"Mara Liasson", P("liasson")),
        (r"Liasson", P("liasson")),
        (r"Mitt Romney", P("romney")),
    ],
    skip=[],
)

# ---- 2. Fox News, 2014-11-02: personal-sounding fundraising emails
ANN["a_2014-11-02_PbFpvpM9o33loEqp.txt"] = dict(
    explicit=[
        ("Former Bush campaign", 0, "Bush", P("gwbush")),
        ("a close GOP primary", 0, None, E("nc3_prim_2014")),
        ("North Carolina Rep. Walter Jones", 0, "North Carolina Rep.", O("rep_nc3")),
        ("North Carolina Rep. Walter Jones", 0, "Walter Jones", P("wjones")),
        ("before election night", 0, "election night", E("us_2014", "2014-11-04")),
    ],
    every=[
        (r"Bill Scheel", P("scheel")),
        (r"Scheel", P("scheel")),
        (r"Fred DuVal", P("duval")),
        (r"DuVal", P("duval")),
        (r"Taylor Griffin", P("griffin")),
        (r"Griffin", P("griffin")),
    ],
    skip=[],
)

# ---- 3. USA Today, 2016-04-01: Obama defends drone strikes
ANN["a_2016-04-01_tmbyKGZPfbn7ynsv.txt"] = dict(
    explicit=[
        ("Jim Michaels", 0, None, P("michaels")),
        ("President Obama on Friday", 0, "President", O("potus")),
    ],
    every=[
        (r"Obama", P("obama")),
        (r"Hassan Ali Dhoore", P("dhoore")),
        (r"Dhoore", P("dhoore")),
    ],
    skip=[],
)

# ---- 4. Washington Times, 2016-06-19: Paul Ryan and the convention rules
ANN["a_2016-06-19_5v1rSd9fJe3PjEqf.txt"] = dict(
    explicit=[
        ("House Speaker Paul Ryan", 0, "House Speaker", O("speaker_us")),
        ("chairman of the Republican National Convention", 0, None, O("rnconv_chair")),
        ("The speaker described", 0, "speaker", O("speaker_us")),
        ("state primary elections", 0, None, E("us_prim_2016")),
        ("in the primaries to win", 0, "the primaries", E("us_prim_2016")),
        ("victory in the primary race", 0, "the primary race", E("us_prim_2016")),
        ("the speaker said", 0, "speaker", O("speaker_us")),
        ("Republican National Committee Chairman Reince Priebus", 0, "Republican National Committee Chairman", O("rnc_chair")),
        ("Republican National Committee Chairman Reince Priebus", 0, "Reince Priebus", P("priebus")),
        ("I am chairman of the convention", 0, "chairman of the convention", O("rnconv_chair")),
    ],
    every=[
        (r"Paul Ryan", P("ryan")),
        (r"Ryan", P("ryan")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
    ],
    skip=["NeverTrump"],
)

# ---- 5. AP (Salon), 2016-07-27: Bill Clinton's convention speech
ANN["a_2016-07-27_MJFqsQA5vfr0l7Zn.txt"] = dict(
    explicit=[
        ("former President Bill Clinton", 0, "President", O("potus")),
        ("former President Bill Clinton", 0, "Bill Clinton", P("bclinton")),
        ("first woman nominated for president", 0, "president", O("potus")),
        ("the race for the White House", 0, None, E("us_pres_2016")),
        ("Clinton's deeply personal address", 0, "Clinton", P("bclinton")),
        ("each serve as president", 0, "president", O("potus")),
        ("the former president's speech", 0, "president", O("potus")),
        ("not by name, Clinton said", 0, "Clinton", P("bclinton")),
        ("The former president traced", 0, "president", O("potus")),
        ("\"Hillary opened", 0, "Hillary", P("hclinton")),
        ("formal nomination for president", 0, "president", O("potus")),
        ("her primary rival", 0, "primary", E("us_prim_2016")),
        ("secretary of state, senator, first lady", 0, "secretary of state", O("secstate_us")),
        ("secretary of state, senator, first lady", 0, "senator", O("sen_ny")),
        ("President Clinton spoke", 0, "President", O("potus")),
        ("President Clinton spoke", 0, "Clinton", P("bclinton")),
        ("the FBI director's", 0, "FBI director", O("fbi_dir")),
        ("email use as secretary of state", 0, "secretary of state", O("secstate_us")),
        ("President Clinton complicated", 0, "President", O("potus")),
        ("President Clinton complicated", 0, "Clinton", P("bclinton")),
        ("Attorney General Loretta Lynch", 0, "Attorney General", O("ag_us")),
        ("Attorney General Loretta Lynch", 0, "Loretta Lynch", P("lynch")),
        ("The former president has campaigned", 0, "president", O("potus")),
        ("during the White House race", 0, "the White House race", E("us_pres_2016")),
        ("the first woman president", 0, "president", O("potus")),
        ("first lady Michelle Obama", 0, "Michelle Obama", P("mobama")),
        ("candidate in the presidential race", 0, "the presidential race", E("us_pres_2016")),
        ("President Barack Obama and Vice President Joe Biden", 0, "President", O("potus")),
        ("President Barack Obama and Vice President Joe Biden", 0, "Barack Obama", P("obama")),
        ("President Barack Obama and Vice President Joe Biden", 0, "Vice President", O("vpotus")),
        ("President Barack Obama and Vice President Joe Biden", 0, "Joe Biden", P("biden")),
        ("Virginia Sen. Tim Kaine", 0, "Virginia Sen.", O("sen_va")),
        ("Virginia Sen. Tim Kaine", 0, "Tim Kaine", P("kaine")),
    ],
    every=[
        (r"Hillary Clinton", P("hclinton")),
        (r"Clinton", P("hclinton")),          # Bill Clinton's bare-surname mentions are explicit above
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Barack Obama", P("obama")),
        (r"Sybrina Fulton", P("fulton")),
        (r"Trayvon Martin", P("tmartin")),
        (r"Jerry Emmett", P("emmett")),
        (r"Martha McKenna", P("mckenna")),
        (r"Kathleen Hennessey", P("hennessey")),
        (r"Kathleen Ronayne", P("ronayne")),
        (r"Ken Thomas", P("kthomas")),
        (r"Matthew Daly", P("daly")),
    ],
    skip=["the Clintons"],
)

# ---- 6. Reuters, 2018-05-16: Pennsylvania primaries
ANN["a_2018-05-16_a8jCr9iHXZ7hKRSO.txt"] = dict(
    explicit=[
        ("President Donald Trump", 0, "President", O("potus")),
        ("the general congressional election in November", 0, "the general congressional election", E("us_2018")),
        ("The most closely watched race", 0, None, E("pa7_prim_2018")),
        ("incumbent U.S. Representative Charlie Dent", 0, "U.S. Representative", O("rep_pa15")),
        ("field in that contest", 0, "that contest", E("pa7_prim_2018")),
        ("Democrat in the race, Susan Wild", 0, "the race", E("pa7_prim_2018")),
        ("incumbent Representative Brian Fitzpatrick", 0, "Representative", O("rep_pa8")),
        ("a state representative", 0, "state representative", O("pa_house")),
        ("U.S. Representative Lou Barletta", 0, "U.S. Representative", O("rep_pa11")),
        ("the president’s policies", 0, "president", O("potus")),
        ("Casey’s Senate seat", 0, "Senate seat", O("sen_pa")),
        ("a Nebraska House seat", 0, "Nebraska House seat", O("rep_ne2")),
        ("won a primary race against", 0, "a primary race", E("ne2_prim_2018")),
        ("former congressman Brad Ashford", 0, "congressman", O("rep_ne2")),
    ],
    every=[
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Charlie Dent", P("dent")),
        (r"Susan Wild", P("wild")),
        (r"Wild", P("wild")),
        (r"John Morganelli", P("morganelli")),
        (r"Morganelli", P("morganelli")),
        (r"Tom Steyer", P("steyer")),
        (r"Scott Wallace", P("wallace")),
        (r"Wallace", P("wallace")),
        (r"Brian Fitzpatrick", P("fitzpatrick")),
        (r"Madeleine Dean", P("dean")),
        (r"Chrissy Houlahan", P("houlahan")),
        (r"Mary Gay Scanlon", P("scanlon")),
        (r"Lou Barletta", P("barletta")),
        (r"Barletta", P("barletta")),
        (r"Bob Casey", P("casey")),
        (r"Casey", P("casey")),
        (r"Kara Eastman", P("eastman")),
        (r"Eastman", P("eastman")),
        (r"Brad Ashford", P("ashford")),
        (r"Don Bacon", P("bacon")),
    ],
    skip=[],
)

# ---- 7. The Hill, 2018-07-22: USCIS and denaturalization
ANN["a_2018-07-22_XvWtnzhJQQvCwaGA.txt"] = dict(
    explicit=[
        ("The director of the U.S. Citizenship and Immigration Services", 0,
         "director of the U.S. Citizenship and Immigration Services", O("uscis_dir")),
        ("Attorney General Jeff Sessions", 0, "Attorney General", O("ag_us")),
        ("Attorney General Jeff Sessions", 0, "Jeff Sessions", P("sessions")),
        # The Hill's inline link-card text (part of the document text)
        ("Jefferson (Jeff) Beauregard Sessions", 0, None, P("sessions")),
        ("SessionsSanford:", 0, "Sanford", P("sanford")),
        ("USCIS Director L. Francis Cissna", 0, "USCIS Director", O("uscis_dir")),
        ("USCIS Director L. Francis Cissna", 0, "L. Francis Cissna", P("cissna")),
    ],
    every=[
        (r"Trump", P("trump")),
        (r"Obama", P("obama")),
        (r"Anastasia Tonello", P("tonello")),
        (r"Stephen Miller", P("smiller")),
        (r"Michael Bars", P("bars")),
        (r"Bars", P("bars")),
        (r"Sarah Pierce", P("pierce")),
        (r"Ruth Wasem", P("wasem")),
    ],
    skip=["Lyndon B. Johnson School"],
)

# ---- 8. The Hill, 2020-02-07: Iowa caucus debacle, Sanders and the DNC
ANN["a_2020-02-07_wGYOFLZYyMz4tm04.txt"] = dict(
    explicit=[
        ("around the Iowa caucuses", 0, "the Iowa caucuses", E("ia_prim_2020", "2020-02-03")),
        ("Sen. Bernie Sanders Bernie", 0, "Sen.", O("sen_vt")),
        # link-card text glued to names
        ("SandersTrump tweets", 0, "Trump", P("trump")),
        ("on the eve of primary", 0, "primary", E("nh_prim_2020", "2020-02-11")),
        ("longshot primary challenge", 0, "primary challenge", E("us_prim_2020")),
        ("the first-in-the-nation caucuses", 0, None, E("ia_prim_2020", "2020-02-03")),
        ("South Bend, Ind., Mayor Pete Buttigieg", 0, "South Bend, Ind., Mayor", O("mayor_southbend")),
        ("Peter (Pete) Paul Buttigieg", 0, None, P("buttigieg")),
        ("ButtigiegTrump tweets", 0, "Trump", P("trump")),
        ("longshot primary challenge", 1, "primary challenge", E("us_prim_2020")),
        ("The race is too close", 0, "The race", E("ia_prim_2020")),
        ("Hillary Diane Rodham Clinton", 0, None, P("hclinton")),
        ("ClintonTrump holds", 0, "Trump", P("trump")),
        ("on the eve of primary", 1, "primary", E("nh_prim_2020", "2020-02-11")),
        ("endorsing in the primary", 0, "the primary", E("us_prim_2020")),
        ("Sen. Elizabeth Warren", 0, "Sen.", O("sen_ma")),
        ("Elizabeth Ann Warren", 0, None, P("warren")),
        ("in primary's final days", 0, "primary", E("nh_prim_2020")),
        ("Democratic senators press", 0, "senators", O("senator")),
        ("run a caucus properly", 0, "a caucus", E("ia_prim_2020", "2020-02-03")),
        ("finish in the caucuses", 0, "the caucuses", E("ia_prim_2020", "2020-02-03")),
        ("days since the caucuses", 0, "the caucuses", E("ia_prim_2020", "2020-02-03")),
        ("voted for Sen. Sanders", 0, "Sen.", O("sen_vt")),
        ("Democratic National Committee (DNC) member", 0, None, O("dnc_member")),
        ("Mayor Pete to declare", 0, "Mayor", O("mayor_southbend")),
        ("Mayor Pete to declare", 0, "Pete", P("buttigieg")),
        ("DNC Chairman Tom Perez", 0, "DNC Chairman", O("dnc_chair")),
        ("Thomas Edward Perez", 0, None, P("perez")),
        ("PerezClinton’s", 0, "Clinton", P("hclinton")),
        ("DNC Chair Perez", 0, "DNC Chair", O("dnc_chair")),
        ("that Sen. Sanders is winning the Iowa caucuses", 0, "Sen.", O("sen_vt")),
        ("that Sen. Sanders is winning the Iowa caucuses", 0, "the Iowa caucuses", E("ia_prim_2020", "2020-02-03")),
        ("a DNC member from Colorado", 0, "DNC member", O("dnc_member")),
        ("the 2016 Democratic presidential primary", 0, None, E("us_prim_2016")),
        ("led by Rep. Debbie Wasserman Schultz", 0, "Rep.", O("rep_fl23")),
        ("Deborah (Debbie) Wasserman Schultz", 0, None, P("dws")),
        ("where Bernie and Biden", 0, "Bernie", P("sanders")),
    ],
    every=[
        (r"Bernie Sanders", P("sanders")),
        (r"Sanders", P("sanders")),
        (r"Donald Trump", P("trump")),
        (r"Trump", P("trump")),
        (r"Bill Weld", P("weld")),
        (r"Pete Buttigieg", P("buttigieg")),
        (r"Buttigieg", P("buttigieg")),
        (r"Hillary Clinton", P("hclinton")),
        (r"Clinton", P("hclinton")),
        (r"Pelosi", P("pelosi")),
        (r"Neil Sroka", P("sroka")),
        (r"Sroka", P("sroka")),
        (r"Elizabeth Warren", P("warren")),
        (r"Klobuchar", P("klobuchar")),
        (r"Terry Tucker", P("tucker")),
        (r"Tom Perez", P("perez")),
        (r"Perez", P("perez")),
        (r"Jeri Shepherd", P("shepherd")),
        (r"Jonathan Tasini", P("tasini")),
        (r"Debbie Wasserman Schultz", P("dws")),
        (r"Biden", P("biden")),
    ],
    skip=[],
)

# ---- 9. Current Events, 2010-01-09: Taiwan by-elections (lines after "Related:" skipped)
ANN["c_2010-01-09_taiwan-s-opposition-democratic-progressi.txt"] = dict(
    explicit=[
        ("seats in by-elections against", 0, "by-elections", E("tw_by_2010", "2010-01-09")),
    ],
    every=[],
    skip=[],
)

# ---- 10. Current Events, 2016-10-30: Moldovan presidential election, first round
ANN["c_2016-10-30_moldovan-presidential-election-2016-vote.txt"] = dict(
    explicit=[
        ("Moldovan presidential election, 2016", 0, None, E("md_pres_2016")),
        ("go to the polls for a presidential election", 0, "a presidential election", E("md_pres_2016", "2016-10-30")),
        ("A run off election will be held on November 13", 0, "A run off election", E("md_pres_2016", "2016-11-13")),
        ("between Igor Dodon and Maia Sandu", 0, "Igor Dodon", P("dodon")),
        ("between Igor Dodon and Maia Sandu", 0, "Maia Sandu", P("sandu")),
    ],
    every=[],
    skip=[],
)


if __name__ == "__main__":
    Batch("r6", PEOPLE, OFFICES, ELECTIONS, ANN).write()
