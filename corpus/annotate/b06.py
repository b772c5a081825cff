# ruff: noqa: E501
"""Corpus annotation, batch b06 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from shared/data/reference/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    "Maxine Waters": "Q461727",
    "Bob Goodlatte": "Q887952",
    "John Yarmuth": "Q699970",
    "Linda Sánchez": "Q291143",
    "Rand Paul": "Q463557",
    "John McCain": "Q10390",
    "Paul Ryan": "Q203966",
    "Barack Obama": "Q76",
    "George W. Bush": "Q207",
    "Mitch McConnell": "Q355522",
    "Cory Gardner": "Q1135774",
    "Ken Buck": "Q1439421",
    "Joni Ernst": "Q13475242",
    "Shelley Moore Capito": "Q459618",
    "Jeanne Shaheen": "Q270316",
    "Seth Moulton": "Q18045052",
    "Joe Biden": "Q6279",
    "Donald Trump": "Q22686",
    "Ted Cruz": "Q2036942",
    "Bernie Sanders": "Q359442",
    "Mike Lee": "Q627098",
    "Marco Rubio": "Q324546",
    "Rob Bishop": "Q433857",
    "Nancy Pelosi": "Q170581",
    "Maggie Hassan": "Q24053",
    "Susan Collins": "Q22279",
    "Alexandria Ocasio-Cortez": "Q55223040",
    "Angus King": "Q544464",
    "Elizabeth Warren": "Q434706",
    "Cory Booker": "Q1135767",
    "Kirsten Gillibrand": "Q22222",
    "Kamala Harris": "Q10853588",
    "Rick Scott": "Q439729",
    "Ron DeSantis": "Q3105215",
    "Amy Klobuchar": "Q22237",
    "Mike Pence": "Q24313",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("lib", "Libertarian Party", ["Libertarian Party", "Libertarian"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "America's 45th president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("rep_ca35", representative("California", 35))
O("rep_va6", representative("Virginia", 6))
O("rep_ky3", representative("Kentucky", 3))
O("rep_al1", representative("Alabama", 1))
O("rep_ca39", representative("California", 39))
O("rep_tx14", representative("Texas", 14), ["congressman from Texas"])
O("rep_wi1", representative("Wisconsin", 1))
O("sen_ky", senator("Kentucky"))
O("gov_nm", governor("New Mexico"), ["New Mexico governor"])
O("fed_chair", "Chair of the Federal Reserve", generic=["Fed Chairman", "Chairman of the Federal Reserve", "Federal Reserve Chairman"])
O("wh_cos", "White House Chief of Staff", ["chief of staff"], generic=["Chief of Staff"])
O("wh_dcos", "White House Deputy Chief of Staff", generic=["Deputy Chief of Staff"])
O("sec_va", cabinet_secretary("Veterans Affairs", "Veterans Affairs"), ["VA Secretary"], generic=["VA Secretary"])
O("va_ush", "Under Secretary of Veterans Affairs for Health", ["top VA health official"], generic=["VA Under Secretary for Health"])
O("sen_min_leader", "Minority Leader of the United States Senate", ["Senate Republican Leader"], generic=["Senate Minority Leader", "Minority Leader"])
O("sen_ct", senator("Connecticut"), ["U.S. senator"])
O("gov_fl", governor("Florida"), ["governor of Florida"])
O("sen_co", senator("Colorado"))
O("sen_ia", senator("Iowa"))
O("sen_wv", senator("West Virginia"))
O("sen_nh", senator("New Hampshire"))
O("gov_ma", governor("Massachusetts"))
O("rep_co4", representative("Colorado", 4))
O("rep_ma6", representative("Massachusetts", 6))
O("tx_landcomm", state_officer("Land Commissioner", "Texas"), ["land commissioner"], generic=["Commissioner of the Texas General Land Office"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("co_sen_2010", "2010 United States Senate election in Colorado", "ocd-division/country:us/state:co", "2010-11-02", "general", office="sen_co")
E("co_sen_2014", "2014 United States Senate election in Colorado", "ocd-division/country:us/state:co", "2014-11-04", "general", office="sen_co")
E("ia_sen_2014", "2014 United States Senate election in Iowa", "ocd-division/country:us/state:ia", "2014-11-04", "general", office="sen_ia")
E("wv_sen_2014", "2014 United States Senate election in West Virginia", "ocd-division/country:us/state:wv", "2014-11-04", "general", office="sen_wv")
E("nh_sen_2014", "2014 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2014-11-04", "general", office="sen_nh")
E("ma_gov_2014", "2014 Massachusetts gubernatorial election", "ocd-division/country:us/state:ma", "2014-11-04", "general", office="gov_ma")
E("co4_2014", "2014 Colorado's 4th congressional district election", "ocd-division/country:us/state:co/cd:4", "2014-11-04", "general")
E("ma6_2014", "2014 Massachusetts's 6th congressional district election", "ocd-division/country:us/state:ma/cd:6", "2014-11-04", "general")
E("tx_landcomm_2014", "2014 Texas Land Commissioner election", "ocd-division/country:us/state:tx", "2014-11-04", "general", office="tx_landcomm")

# ---------------------------------------------------------------- people
P = R.person
P("waters", "Maxine Waters", ["Waters"])
P("goodlatte", "Bob Goodlatte", [])
P("yarmuth", "John Yarmuth", [])
P("bonner", "Jo Bonner", [])
P("lsanchez", "Linda Sánchez", ["Linda Sanchez"])
P("ronpaul", "Ron Paul", ["Rep. Ron Paul", "Mr. Paul", "Paul", "Congressman Ron Paul", "Ron"])
P("randpaul", "Rand Paul", ["Sen. Rand Paul", "the younger Mr. Paul"])
P("mccain", "John McCain", ["McCain", "Mr. McCain"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"], qid="Q4496")
P("gwbush", "George W. Bush", ["President George W. Bush", "Bush"])
P("gjohnson", "Gary Johnson", ["Gary E. Johnson", "Gov. Gary Johnson", "Mr. Johnson"])
P("bernanke", "Ben Bernanke", ["Ben S. Bernanke"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "President Barack Obama"])
P("pryan", "Paul Ryan", ["Rep. Paul Ryan", "Paul D. Ryan", "Speaker Paul D. Ryan", "Mr. Ryan", "Ryan"])
P("mcdonough", "Denis McDonough", [])
P("shinseki", "Eric Shinseki", ["Shinseki"])
P("nabors", "Rob Nabors", ["Nabors"])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("petzel", "Robert Petzel", ["Petzel"])
P("gardner", "Cory Gardner", [])
P("buck", "Ken Buck", [])
P("baker", "Charlie Baker", [])
P("ernst", "Joni Ernst", [])
P("capito", "Shelley Moore Capito", [])
P("shaheen", "Jeanne Shaheen", [])
P("pbush", "Prescott Bush", [])
P("ghwbush", "George H. W. Bush", ["George H.W. Bush", "President George H.W. Bush"])
P("jbush", "Jeb Bush", ["Jeb"])
P("gpbush", "George P. Bush", [])
P("moulton", "Seth Moulton", ["Seth"])
R.org("denverpost", "The Denver Post", ["Denver Post"])
R.org("bostonglobe", "The Boston Globe", ["Boston Globe"])
# --- entities for a_2016-03-11 .. a_2018-11-06
O("gov_oh", governor("Ohio"), ["Ohio governor"])
O("sen_fl", senator("Florida"))
O("sen_tx", senator("Texas"))
O("sen_ut", senator("Utah"))
O("speaker", "Speaker of the United States House of Representatives", generic=["Speaker of the House", "House Speaker", "Speaker"])
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("sec_treas", cabinet_secretary("the Treasury", "Treasury"), ["Treasury Secretary"])
O("rep_ut1", representative("Utah", 1))
O("rep_la4", representative("Louisiana", 4))
O("rnc_chair", "Chair of the Republican National Committee", ["Republican National Committee chairman", "RNC Chair"], generic=["Chairman of the Republican National Committee", "RNC chairman", "RNC chair", "Republican National Committee chair"])
O("ag_nh", state_officer("Attorney General", "New Hampshire"), ["attorney general"])
O("gov_nh", governor("New Hampshire"), ["governor"])
O("sen_me", senator("Maine"))
O("sen_in", senator("Indiana"), ["senator"])
O("gov_ks", governor("Kansas"), ["Kansas’s Governor"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["special counsel"], generic=["Special Counsel"])
O("scotus_justice", "Associate Justice of the Supreme Court of the United States", ["Justice"], generic=["Supreme Court Justice", "Associate Justice"])
O("sen_vt", senator("Vermont"))
O("sen_ma", senator("Massachusetts"))
O("sen_nj", senator("New Jersey"))
O("sen_ny", senator("New York"))
O("sen_ca", senator("California"))
O("sec_state", cabinet_secretary("State", "State"))
O("rep_ks4", representative("Kansas", 4))
O("hi_house", "Member of the Hawaii House of Representatives", ["state Rep."], generic=["State Representative", "state representative", "Hawaii State Representative"])
O("ltgov_ca", lieutenant_governor("California"), ["California’s lieutenant governor"])
O("mayor_louisville", mayor("Louisville"), ["mayor of Louisville"])
O("ag_us", "United States Attorney General", ["attorney general"], generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])

E("wi_rep_prim_2016", "2016 Wisconsin Republican presidential primary", "ocd-division/country:us/state:wi", "2016-04-05", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("md_rep_prim_2016", "2016 Maryland Republican presidential primary", "ocd-division/country:us/state:md", "2016-04-26", "primary", office="pres_us")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("or_rep_prim_2016", "2016 Oregon Republican presidential primary", "ocd-division/country:us/state:or", "2016-05-17", "primary", office="pres_us")
E("nm_rep_prim_2016", "2016 New Mexico Republican presidential primary", "ocd-division/country:us/state:nm", "2016-06-07", "primary", office="pres_us")
E("ca_rep_prim_2016", "2016 California Republican presidential primary", "ocd-division/country:us/state:ca", "2016-06-07", "primary", office="pres_us")
E("nj_rep_prim_2016", "2016 New Jersey Republican presidential primary", "ocd-division/country:us/state:nj", "2016-06-07", "primary", office="pres_us")
E("oh_rep_prim_2016", "2016 Ohio Republican presidential primary", "ocd-division/country:us/state:oh", "2016-03-15", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("us_pres_1936", "1936 United States presidential election", "ocd-division/country:us", "1936-11-03", "general", office="pres_us")
E("us_pres_1964", "1964 United States presidential election", "ocd-division/country:us", "1964-11-03", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("nh_sen_2016", "2016 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2016-11-08", "general", office="sen_nh")
E("in_sen_2016", "2016 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2016-11-08", "general", office="sen_in")
E("me_sen_2018", "2018 United States Senate election in Maine", "ocd-division/country:us/state:me", "2018-11-06", "general", office="sen_me")
E("ny14_2018_prim", "2018 New York's 14th congressional district Democratic primary", "ocd-division/country:us/state:ny/cd:14", "2018-06-26", "primary")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("ks4_2017", "2017 Kansas's 4th congressional district special election", "ocd-division/country:us/state:ks/cd:4", "2017-04-11", "general", special=True)
E("ks4_2018", "2018 Kansas's 4th congressional district election", "ocd-division/country:us/state:ks/cd:4", "2018-11-06", "general")
E("hi1_2018", "2018 Hawaii's 1st congressional district election", "ocd-division/country:us/state:hi/cd:1", "2018-11-06", "general")
E("ca_ltgov_2018_prim", "2018 California lieutenant gubernatorial primary", "ocd-division/country:us/state:ca", "2018-06-05", "primary", office="ltgov_ca")
E("louisville_mayor_2018_prim", "2018 Louisville mayoral Democratic primary", "ocd-division/country:us/state:ky/place:louisville", "2018-05-22", "primary")
E("fl_sen_2018", "2018 United States Senate election in Florida", "ocd-division/country:us/state:fl", "2018-11-06", "general", office="sen_fl")
E("fl_gov_2018", "2018 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2018-11-06", "general", office="gov_fl")

P("trump", "Donald Trump", ["Donald Trump", "Trump", "Mr. Trump", "President Trump"])
P("kasich", "John Kasich", ["Kasich", "Ohio Gov. John Kasich", "Governor Kasich", "Gov. Kasich", "Governor John Kasich"])
P("rubio", "Marco Rubio", ["Rubio", "Senator Rubio", "Florida Sen. Marco Rubio"])
P("cruz", "Ted Cruz", ["Cruz", "Mr. Cruz", "Senator Cruz", "Sen. Ted Cruz", "Texas Sen. Ted Cruz", "Ted"])
P("fiorina", "Carly Fiorina", [])
P("mlee", "Mike Lee", ["Sen. Mike Lee"])
P("carson", "Ben Carson", [])
P("clinton", "Hillary Clinton", ["Clinton", "Hillary"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Vermont Sen. Bernie Sanders"])
P("goldwater", "Barry Goldwater", [])
P("singer", "Paul Singer", [])
R.org("cfga", "Club for Growth Action", ["CFGA", "Club for Growth"])
R.org("opp", "Our Principles PAC", [])
R.org("ricketts", "Ricketts family", ["the Ricketts family"])
P("priebus", "Reince Priebus", [])
P("pelosi", "Nancy Pelosi", ["Pelosi", "Mrs. Pelosi"])
P("lew", "Jacob Lew", ["Jacob J. Lew"])
P("bishop", "Rob Bishop", [])
P("fleming", "John Fleming", [])
P("ayotte", "Kelly Ayotte", ["Ayotte", "Senator Ayotte"])
P("hassan", "Maggie Hassan", ["Hassan"])
P("collins", "Susan Collins", [])
P("fdr", "Franklin D. Roosevelt", ["Franklin Roosevelt", "President Franklin Roosevelt"], qid="Q8007")
P("landon", "Alf Landon", ["Alfred Landon"])
P("bayh", "Evan Bayh", [])
P("rudman", "Warren Rudman", [])
P("gregg", "Judd Gregg", [])
P("mueller", "Robert Mueller", ["Mr. Mueller", "Mueller"])
P("scalia", "Antonin Scalia", ["Mr. Scalia", "Justice Antonin Scalia"])
P("ringelstein", "Zak Ringelstein", ["Ringelstein"])
R.org("dsa", "Democratic Socialists of America", ["DSA"])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"])
P("jthompson", "James Thompson", ["Thompson"])
P("pompeo", "Mike Pompeo", [])
P("ing", "Kaniela Ing", ["Ing"])
P("warren", "Elizabeth Warren", [])
P("booker", "Cory Booker", ["Booker"])
P("gillibrand", "Kirsten Gillibrand", [])
P("kharris", "Kamala Harris", [])
P("mcdaniel", "Ronna McDaniel", ["Ronna Romney McDaniel"])
P("mclaughlin", "Gayle McLaughlin", [])
P("fenwick", "Ryan Fenwick", [])
P("king", "Angus King", ["King"])
P("holder", "Eric Holder", ["Holder", "Mr. Holder"])
P("rscott", "Rick Scott", [])
P("desantis", "Ron DeSantis", [])
P("gillum", "Andrew Gillum", [])
# --- entities for a_2020-02-07 .. c_2016-12-11
O("sen_mn", senator("Minnesota"))
O("mayor_southbend", mayor("South Bend"), ["South Bend, Indiana, Mayor"])
O("mayor_nyc", mayor("New York City"), ["New York City Mayor"])
O("vp_eg", head("Vice President", "Egypt", "Egyptian"))
O("pres_uy", head("President", "Uruguay", "Uruguayan"), ["president", "President of Uruguay"])
O("pres_mx", head("President", "Mexico", "Mexican"))
O("fm_uy", head("Minister of Foreign Affairs", "Uruguay", "Uruguayan"), ["Foreign Affairs"], generic=["Foreign Minister", "Uruguayan Foreign Minister"])
O("dm_uy", head("Minister of National Defence", "Uruguay", "Uruguayan"), ["Defence"], generic=["Defence Minister", "Minister of Defence", "Uruguayan Defence Minister"])
O("pm_it", head("Prime Minister", "Italy", "Italian"), ["Italian Prime Minister"])
O("fm_it", head("Minister of Foreign Affairs", "Italy", "Italian"), ["Foreign Minister"], generic=["Foreign Minister", "Italian Foreign Minister"])

E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2020-02-11", "primary", office="pres_us")
for _k, _st, _nm in [("nc", "nc", "North Carolina"), ("va", "va", "Virginia"), ("ok", "ok", "Oklahoma"), ("al", "al", "Alabama"),
                     ("tn", "tn", "Tennessee"), ("ar", "ar", "Arkansas"), ("mn", "mn", "Minnesota"), ("vt", "vt", "Vermont"),
                     ("co", "co", "Colorado")]:
    E("%s_dem_prim_2020" % _k, "2020 %s Democratic presidential primary" % _nm, "ocd-division/country:us/state:%s" % _st, "2020-03-03", "primary", office="pres_us")
E("as_dem_prim_2020", "2020 American Samoa Democratic presidential caucuses", "ocd-division/country:us/territory:as", "2020-03-03", "primary", office="pres_us")
E("us_rep_prim_2020", "2020 Republican Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_dem_prim_2012", "2012 Democratic Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("ar_rep_prim_2012", "2012 Arkansas Republican presidential primary", "ocd-division/country:us/state:ar", "2012-05-22", "primary", office="pres_us")
E("ky_rep_prim_2012", "2012 Kentucky Republican presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("ar_dem_prim_2012", "2012 Arkansas Democratic presidential primary", "ocd-division/country:us/state:ar", "2012-05-22", "primary", office="pres_us")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("md_rep_prim_2012", "2012 Maryland Republican presidential primary", "ocd-division/country:us/state:md", "2012-04-03", "primary", office="pres_us")
E("wi_rep_prim_2012", "2012 Wisconsin Republican presidential primary", "ocd-division/country:us/state:wi", "2012-04-03", "primary", office="pres_us")
E("dc_rep_prim_2012", "2012 District of Columbia Republican presidential primary", "ocd-division/country:us/district:dc", "2012-04-03", "primary", office="pres_us")
E("pr_rep_prim_2012", "2012 Puerto Rico Republican presidential primary", "ocd-division/country:us/territory:pr", "2012-03-18", "primary", office="pres_us")
E("mi_rep_prim_2012", "2012 Michigan Republican presidential primary", "ocd-division/country:us/state:mi", "2012-02-28", "primary", office="pres_us")
E("az_rep_prim_2012", "2012 Arizona Republican presidential primary", "ocd-division/country:us/state:az", "2012-02-28", "primary", office="pres_us")
E("uy_pres_2014", "2014 Uruguayan presidential election (second round)", "ocd-division/country:uy", "2014-11-30", "runoff", office="pres_uy")
E("uy_pres_2009", "2009 Uruguayan presidential election (second round)", "ocd-division/country:uy", "2009-11-29", "runoff", office="pres_uy")

P("buttigieg", "Pete Buttigieg", ["Buttigieg", "Buttigeg"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar", "Sen. Amy Klobuchar"])
P("biden", "Joe Biden", ["Biden", "Joseph R. Biden", "Vice President Biden"])
P("yang", "Andrew Yang", [])
P("steyer", "Tom Steyer", [])
P("bloomberg", "Michael Bloomberg", ["Mike Bloomberg"])
P("pence", "Mike Pence", [])
P("jillbiden", "Jill Biden", [])
P("gore", "Al Gore", [])
P("kerry", "John Kerry", [])
P("barr", "William Barr", ["Barr"])
P("gingrich", "Newt Gingrich", [])
P("santorum", "Rick Santorum", [])
P("mekki", "Mahmoud Mekki", [])
P("vazquez", "Tabaré Vázquez", ["Tabare Vazquez"])
P("mujica", "José Mujica", ["Jos Mujica"])
P("calderon", "Felipe Calderón", ["Felipe Calderon"])
P("gfernandez", "Gonzalo Fernández", ["Gonzalo Fernandez"])
R.party("broadfront", "Broad Front", ["Broad Front", "Frente Amplio"])
P("gentiloni", "Paolo Gentiloni", [])
P("renzi", "Matteo Renzi", [])
P("berlusconi", "Silvio Berlusconi", [])
P("letta", "Enrico Letta", [])
P("monti", "Mario Monti", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-06-08 (Politico: Ethics committee, Waters)
_ETH = S("Reps. Bob Goodlatte (R-Va.) and John Yarmuth (D-Ky.) are serving")
_REC = S("Six other lawmakers, including Reps. Jo Bonner (R-Ala.) and Linda Sanchez (D-Calif.)")
DOCS.append(("a_2012-06-08_ck9pIF4xXCnfFOPY.txt", [
    F("party", "waters", "dem", ["the case against Democratic Rep. Maxine Waters (Calif.)", "Sixty-nine Democrats, including Waters"]),
    F("holds_office", "waters", "rep_ca35", "the case against Democratic Rep. Maxine Waters (Calif.)"),
    F("party", "goodlatte", "rep", _ETH),
    F("holds_office", "goodlatte", "rep_va6", _ETH),
    F("party", "yarmuth", "dem", _ETH),
    F("holds_office", "yarmuth", "rep_ky3", _ETH),
    F("party", "bonner", "rep", _REC),
    F("holds_office", "bonner", "rep_al1", _REC),
    F("party", "lsanchez", "dem", _REC),
    F("holds_office", "lsanchez", "rep_ca39", _REC),
]))

# ---------------------------------------------------------------- a_2012-08-23 (Washington Times: Ron Paul)
_P1 = S("One way to measure Rep. Ron Paul’s ascendance")
_P2 = S("it’s arguable that Mr. Paul, in his 2008 and 2012 presidential campaigns")
DOCS.append(("a_2012-08-23_RysKSPmEBe5axFQP.txt", [
    F("holds_office", "ronpaul", "rep_tx14", [_P1, "the maverick congressman from Texas"]),
    F("candidacy", "ronpaul", "us_rep_prim_2008", [_P1, _P2]),
    F("candidacy", "ronpaul", "us_rep_prim_2012", [_P2, "Though the physician and 12-term lawmaker was not particularly effective in winning voters during the Republican primaries"]),
    F("party", "ronpaul", "rep", ["Though the physician and 12-term lawmaker was not particularly effective in winning voters during the Republican primaries", "That played out when looking at who supported Mr. Paul during the GOP primaries"]),
    F("candidacy", "mccain", "us_rep_prim_2008", _P1),
    F("party", "mccain", "rep", _P1),
    F("candidacy", "romney", "us_rep_prim_2012", _P1),
    F("candidacy", "romney", "us_pres_2012", "Without their backing, Mr. Romney could have a tougher time carrying key swing states"),
    F("party", "romney", "rep", [_P1, "For Republicans, the question of what Mr. Paul’s followers do is more pressing."]),
    F("holds_office", "gwbush", "pres_us", "eight-year tenure of President George W. Bush", former=True),
    F("holds_office", "randpaul", "sen_ky", "freshman Sen. Rand Paul of Kentucky"),
    F("endorsement", "randpaul", "ronpaul", "who campaigned heavily for his father during the presidential primary season"),
    F("endorsement", "randpaul", "romney", "But the younger Mr. Paul endorsed Mr. Romney"),
    F("holds_office", "gjohnson", "gov_nm", "Gary E. Johnson, the former New Mexico governor", former=True),
    F("party", "gjohnson", "lib", "Gary E. Johnson, the former New Mexico governor"),
    F("party", "gjohnson", "rep", "Gary E. Johnson, the former New Mexico governor", former=True),
    F("candidacy", "gjohnson", "us_pres_2012", "Gary E. Johnson, the former New Mexico governor"),
    F("holds_office", "bernanke", "fed_chair", "Fed Chairman Ben S. Bernanke"),
    F("candidacy", "obama", "us_pres_2008", "which dissects Barack Obama’s winning 2008 campaign"),
    F("won", "obama", "us_pres_2008", "which dissects Barack Obama’s winning 2008 campaign"),
    F("holds_office", "pryan", "rep_wi1", "One of those is Rep. Paul Ryan of Wisconsin"),
    F("candidacy", "pryan", "us_pres_2012", "One of those is Rep. Paul Ryan of Wisconsin"),
]))

# ---------------------------------------------------------------- a_2012-11-01 (Rove predictions)
_FOX = S("Meantime, Fox News' latest national poll shows an exact dead heat", through="The good news for Obama here")
DOCS.append(("a_2012-11-01_f6hBF2fm8bs9OQOj.txt", [
    F("candidacy", "romney", "us_pres_2012", "And in the final days of this presidential race, from polling data to early voting, they favor Mitt Romney."),
    F("candidacy", "obama", "us_pres_2012", "Mr. Romney led in 19, President Obama in seven"),
    F("holds_office", "obama", "pres_us", "Mr. Romney led in 19, President Obama in seven"),
    F("party", "romney", "rep", "The GOP challenger was at or above 50% in 10 polls"),
    F("poll", "romney", "us_pres_2012", "Mr. Romney averaged 48.4%; Mr. Obama, 47.2%.", 48.4),
    F("poll", "obama", "us_pres_2012", "Mr. Romney averaged 48.4%; Mr. Obama, 47.2%.", 47.2),
    F("poll", "obama", "us_pres_2012", _FOX, 46, pollster="Fox News"),
    F("poll", "romney", "us_pres_2012", [_FOX, "they favor Mitt Romney"], 46, pollster="Fox News"),
    F("candidacy", "obama", "us_pres_2008", "That 257,133-vote swing almost wipes out Mr. Obama's 2008 Ohio victory margin"),
    F("candidacy", "mccain", "us_pres_2008", "McCain won election day in Ohio by three points"),
    F("candidacy", "gwbush", "us_pres_2004", "Adrian Gray, who oversaw the Bush 2004 voter-contact operation"),
]))

# ---------------------------------------------------------------- a_2014-05-20 (Fox: VA scandal)
DOCS.append(("a_2014-05-20_4Q2IT4GXvjXL39kQ.txt", [
    F("holds_office", "obama", "pres_us", "pressed by reporters for reaction from President Obama"),
    F("holds_office", "mcdonough", "wh_cos", "He dispatched his chief of staff, Denis McDonough"),
    F("holds_office", "shinseki", "sec_va", "embattled VA Secretary Eric Shinseki"),
    F("holds_office", "nabors", "wh_dcos", "White House Deputy Chief of Staff Rob Nabors"),
    F("holds_office", "mcconnell", "sen_min_leader", "Senate Republican Leader Mitch McConnell said"),
    F("party", "mcconnell", "rep", "Senate Republican Leader Mitch McConnell said"),
    F("holds_office", "petzel", "va_ush", "the resignation of the top VA health official, Robert Petzel", former=True),
]))

# ---------------------------------------------------------------- a_2014-11-05 (CNN: Gergen on midterms)
_GARD = S("Look at Cory Gardner of Colorado")
_WOMEN = S("Women such as Joni Ernst, Shelley Moore Capito and Jeanne Shaheen also won pivotal Senate races.")
_GPB = S("George P. Bush, the son of Jeb, won statewide office in Texas as land commissioner.")
_BUSHES = S("His great-grandfather was Prescott Bush", through="his uncle was President.")
DOCS.append(("a_2014-11-05_nw5zsiQ2sB671c00.txt", [
    F("holds_office", "obama", "pres_us", "make it clear that President Barack Obama cannot simply blame"),
    F("party", "gardner", "rep", [_GARD, "they were well served this year by recruiting conservatives"]),
    F("candidacy", "gardner", "co_sen_2014", [_GARD, "winning Senate seats in Obama states such as Colorado and Iowa"]),
    F("won", "gardner", "co_sen_2014", [_GARD, "winning Senate seats in Obama states such as Colorado and Iowa"]),
    F("endorsement", "rep", "gardner", _GARD),
    F("endorsement", "denverpost", "gardner", "Even The Denver Post endorsed him"),
    F("candidacy", "buck", "co_sen_2010", _GARD),
    F("lost", "buck", "co_sen_2010", _GARD),
    F("candidacy", "buck", "co4_2014", _GARD),
    F("won", "buck", "co4_2014", _GARD),
    F("endorsement", "bostonglobe", "baker", "just as The Boston Globe endorsed Republican Charlie Baker"),
    F("party", "baker", "rep", "just as The Boston Globe endorsed Republican Charlie Baker"),
    F("candidacy", "baker", "ma_gov_2014", "just as The Boston Globe endorsed Republican Charlie Baker"),
    F("won", "baker", "ma_gov_2014", "just as The Boston Globe endorsed Republican Charlie Baker"),
    F("candidacy", "ernst", "ia_sen_2014", _WOMEN),
    F("won", "ernst", "ia_sen_2014", _WOMEN),
    F("candidacy", "capito", "wv_sen_2014", _WOMEN),
    F("won", "capito", "wv_sen_2014", _WOMEN),
    F("candidacy", "shaheen", "nh_sen_2014", _WOMEN),
    F("won", "shaheen", "nh_sen_2014", _WOMEN),
    F("candidacy", "gpbush", "tx_landcomm_2014", _GPB),
    F("won", "gpbush", "tx_landcomm_2014", _GPB),
    F("holds_office", "pbush", "sen_ct", _BUSHES, former=True),
    F("holds_office", "ghwbush", "pres_us", _BUSHES, former=True),
    F("holds_office", "jbush", "gov_fl", [_GPB, _BUSHES], former=True),
    F("party", "moulton", "dem", "Seth Moulton, a Democrat who swept to a double-digit victory"),
    F("candidacy", "moulton", "ma6_2014", "Seth Moulton, a Democrat who swept to a double-digit victory"),
    F("won", "moulton", "ma6_2014", "Seth Moulton, a Democrat who swept to a double-digit victory"),
]))

# ---------------------------------------------------------------- a_2016-03-11 (CS Monitor: final GOP debate)
_DEB1 = S("Donald Trump pivoted toward a more presidential posture Thursday night")
_FOUR = S("The substantive, dignified performances Thursday by all four remaining candidates")
_KR = S("For both Ohio Gov. John Kasich and Florida Sen. Marco Rubio")
_CTX = S("Sen. Ted Cruz of Texas, second to Trump in the delegate count")
_END = S("Endorsements are now flowing to the top two contenders")
DOCS.append(("a_2016-03-11_mo03551nv6BaKnvn.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", [_DEB1, "The GOP frontrunner issued no insults"]),
    F("party", "trump", "rep", [_DEB1, "The GOP frontrunner issued no insults"]),
    F("candidacy", "jbush", "us_rep_prim_2016", "helped sink the candidacy of Jeb Bush"),
    F("party", "jbush", "rep", ["helped sink the candidacy of Jeb Bush", _DEB1]),
    F("candidacy", "kasich", "us_rep_prim_2016", [_FOUR, _KR]),
    F("candidacy", "rubio", "us_rep_prim_2016", [_FOUR, _KR]),
    F("candidacy", "cruz", "us_rep_prim_2016", [_FOUR, _CTX]),
    F("party", "kasich", "rep", [_FOUR, _KR]),
    F("party", "rubio", "rep", [_FOUR, _KR]),
    F("party", "cruz", "rep", [_FOUR, _CTX]),
    F("holds_office", "kasich", "gov_oh", [_KR, "Ohio Gov. John Kasich also weighed in"]),
    F("holds_office", "rubio", "sen_fl", [_KR, "Senator Rubio offered a strong response."]),
    F("holds_office", "cruz", "sen_tx", _CTX),
    F("endorsement", "fiorina", "cruz", _END),
    F("endorsement", "mlee", "cruz", _END),
    F("endorsement", "carson", "trump", _END),
    F("candidacy", "fiorina", "us_rep_prim_2016", _END),
    F("candidacy", "carson", "us_rep_prim_2016", _END),
    F("party", "mlee", "rep", _END),
    F("holds_office", "mlee", "sen_ut", _END),
]))

# ---------------------------------------------------------------- a_2016-04-06 (NYT: Wisconsin primary)
_WI_T = S("Wisconsin was not a total loss for Mr. Trump, however")
_WI_C = S("On Tuesday night, as Mr. Cruz quoted John F. Kennedy")
_WI_P = S("Most striking was how many Wisconsin primary voters", through="higher than the other two Republican hopefuls.")
DOCS.append(("a_2016-04-06_ok0oUsW9tGTkDuan.txt", [
    F("candidacy", "trump", "wi_rep_prim_2016", [_WI_P, _WI_T]),
    F("candidacy", "cruz", "wi_rep_prim_2016", ["Notably, Mr. Cruz also won among those", _WI_C]),
    F("lost", "trump", "wi_rep_prim_2016", _WI_T),
    F("won", "cruz", "wi_rep_prim_2016", [_WI_T, _WI_C]),
    F("party", "trump", "rep", _WI_P),
    F("party", "cruz", "rep", ["Notably, Mr. Cruz also won among those", "And 37 percent of those who voted in the Republican primary"]),
    F("candidacy", "trump", "us_rep_prim_2016", [_WI_P, "attempting to steal the nomination from Mr. Trump"]),
    F("candidacy", "cruz", "us_rep_prim_2016", _WI_C),
]))

# ---------------------------------------------------------------- a_2016-04-19 (Fox: Kurtz on Cruz)
_FOXP = S("But in the latest Fox News poll, Cruz is in a virtual tie with Hillary Clinton")
DOCS.append(("a_2016-04-19_8CfXTvBSdnrlWMmG.txt", [
    F("candidacy", "cruz", "us_rep_prim_2016", "that he is the only GOP candidate"),
    F("party", "cruz", "rep", "that he is the only GOP candidate"),
    F("holds_office", "cruz", "sen_tx", ["In the runup to today’s New York primary, where the Cruz camp", "Cruz advisers believe the Texan is softening"]),
    F("candidacy", "cruz", "ny_rep_prim_2016", "In the runup to today’s New York primary, where the Cruz camp"),
    F("candidacy", "trump", "us_rep_prim_2016", "that Donald Trump is still the most likely nominee"),
    F("candidacy", "romney", "us_pres_2012", "They believe Mitt Romney lost in 2012"),
    F("lost", "romney", "us_pres_2012", "They believe Mitt Romney lost in 2012"),
    F("candidacy", "goldwater", "us_pres_1964", "perhaps to the right of Barry Goldwater"),
    F("poll", "clinton", "us_pres_2016", _FOXP, pollster="Fox News"),
    F("poll", "kasich", "us_pres_2016", _FOXP, pollster="Fox News"),
    F("poll", "sanders", "us_pres_2016", [_FOXP, "Cruz and Trump would lose to Bernie Sanders by 12 and 14 points"], pollster="Fox News"),
]))

# ---------------------------------------------------------------- a_2016-04-25 (Fox: Cruz-Kasich pact)
_PACT = S("The presidential campaigns of Texas Sen. Ted Cruz and Ohio Gov. John Kasich announced late Sunday")
_PATH = S("the campaigns announced that Kasich would pull out of Indiana")
DOCS.append(("a_2016-04-25_tVAyPTUJZOlgpGfD.txt", [
    F("holds_office", "cruz", "sen_tx", _PACT),
    F("holds_office", "kasich", "gov_oh", _PACT),
    F("candidacy", "cruz", "us_rep_prim_2016", _PACT),
    F("candidacy", "kasich", "us_rep_prim_2016", _PACT),
    F("candidacy", "trump", "us_rep_prim_2016", _PACT),
    F("party", "trump", "rep", _PACT),
    F("party", "cruz", "rep", [_PACT, "Yet it underscores a bleak reality for the billionaire businessman's Republican foes"]),
    F("party", "kasich", "rep", [_PACT, "Yet it underscores a bleak reality for the billionaire businessman's Republican foes"]),
    F("endorsement", "kasich", "cruz", _PATH),
    F("endorsement", "cruz", "kasich", _PATH),
    F("candidacy", "cruz", "in_rep_prim_2016", _PATH),
    F("candidacy", "kasich", "in_rep_prim_2016", _PATH),
    F("candidacy", "kasich", "or_rep_prim_2016", _PATH),
    F("candidacy", "kasich", "nm_rep_prim_2016", _PATH),
    F("candidacy", "trump", "in_rep_prim_2016", "Keeping Trump from winning a plurality in Indiana is critical"),
    F("candidacy", "trump", "md_rep_prim_2016", "Trump campaigned Sunday in Maryland, which will vote on Tuesday"),
]))

# ---------------------------------------------------------------- a_2016-04-28 (The Hill: anti-Trump money in Indiana)
_SACH = S("The Kasich team has essentially endorsed the message of the CFGA ad in Indiana")
_OPPF = S("Our Principles PAC — an anti-Trump group funded by GOP mega-donors")
DOCS.append(("a_2016-04-28_IiNnxC845g0Ifanm.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "stopping the Republican presidential front-runner"),
    F("party", "trump", "rep", "stopping the Republican presidential front-runner"),
    F("candidacy", "cruz", "in_rep_prim_2016", _SACH),
    F("candidacy", "trump", "in_rep_prim_2016", S("We certainly see Indiana as crucial for Trump.", through="he can't get to 1,237")),
    F("candidacy", "kasich", "in_rep_prim_2016", _SACH),
    F("candidacy", "kasich", "us_rep_prim_2016", ["says that a vote for Kasich helps Trump because it divides the Republican field", "Both Cruz and Kasich are mathematically unable to reach that mark"]),
    F("candidacy", "cruz", "us_rep_prim_2016", "Both Cruz and Kasich are mathematically unable to reach that mark"),
    F("party", "kasich", "rep", "says that a vote for Kasich helps Trump because it divides the Republican field"),
    F("endorsement", "kasich", "cruz", _SACH),
    F("endorsement", "cfga", "cruz", _SACH),
    F("candidacy", "trump", "wi_rep_prim_2016", "in the Wisconsin primary, where Trump lost badly to Cruz"),
    F("candidacy", "cruz", "wi_rep_prim_2016", "in the Wisconsin primary, where Trump lost badly to Cruz"),
    F("lost", "trump", "wi_rep_prim_2016", "in the Wisconsin primary, where Trump lost badly to Cruz"),
    F("won", "cruz", "wi_rep_prim_2016", "in the Wisconsin primary, where Trump lost badly to Cruz"),
    F("candidacy", "trump", "ny_rep_prim_2016", "after his big wins in New York last week"),
    F("won", "trump", "ny_rep_prim_2016", "after his big wins in New York last week"),
    F("candidacy", "trump", "nj_rep_prim_2016", "While Trump is seen as a lock for New Jersey’s 51 winner-take-all delegates"),
    F("candidacy", "trump", "ca_rep_prim_2016", "stopped short in the June 7 California primary"),
    F("funding", "singer", "opp", _OPPF),
    F("funding", "ricketts", "opp", _OPPF),
    F("party", "singer", "rep", _OPPF),
]))

# ---------------------------------------------------------------- a_2016-05-04 (CS Monitor: Kasich quits)
DOCS.append(("a_2016-05-04_qetlX5TOduVN25cw.txt", [
    F("candidacy", "kasich", "us_rep_prim_2016", "suspended his political campaign on Wednesday"),
    F("lost", "kasich", "us_rep_prim_2016", "even though he was the last losing contender to drop out"),
    F("candidacy", "trump", "us_rep_prim_2016", "leaves Donald Trump standing alone as the presumptive Republican presidential nominee"),
    F("party", "trump", "rep", "leaves Donald Trump standing alone as the presumptive Republican presidential nominee"),
    F("candidacy", "trump", "us_pres_2016", S("Mr. Trump sounded conciliatory", through="for the general election")),
    F("holds_office", "kasich", "gov_oh", ["after news broke that Governor Kasich was quitting", "the Ohio governor might be helpful"]),
    F("party", "kasich", "rep", "he won more than 20 percent of the vote only once in the first 20 GOP primaries or caucuses"),
    F("candidacy", "kasich", "oh_rep_prim_2016", "Kasich won only his home state of Ohio"),
    F("won", "kasich", "oh_rep_prim_2016", "Kasich won only his home state of Ohio"),
    F("holds_office", "priebus", "rnc_chair", "Republican National Committee chairman Reince Priebus"),
    F("holds_office", "cruz", "sen_tx", "Trump, Senator Cruz, and Marco Rubio all won more delegates."),
    F("candidacy", "cruz", "us_rep_prim_2016", "Trump, Senator Cruz, and Marco Rubio all won more delegates."),
    F("candidacy", "rubio", "us_rep_prim_2016", "Trump, Senator Cruz, and Marco Rubio all won more delegates."),
    F("party", "cruz", "rep", S("Trump, Senator Cruz, and Marco Rubio all won more delegates.", through="in the first 20 GOP primaries or caucuses")),
    F("party", "rubio", "rep", S("Trump, Senator Cruz, and Marco Rubio all won more delegates.", through="in the first 20 GOP primaries or caucuses")),
]))

# ---------------------------------------------------------------- a_2016-05-19 (Washington Times: Puerto Rico bill)
DOCS.append(("a_2016-05-19_YN1i3wu8OQM4QdcW.txt", [
    F("holds_office", "pryan", "speaker", "Both Speaker Paul D. Ryan and Minority Leader Nancy Pelosi"),
    F("holds_office", "pelosi", "house_min_leader", "Both Speaker Paul D. Ryan and Minority Leader Nancy Pelosi"),
    F("holds_office", "lew", "sec_treas", "Treasury Secretary Jacob J. Lew"),
    F("party", "pryan", "rep", "Mr. Ryan, Wisconsin Republican, said"),
    F("holds_office", "pryan", "rep_wi1", ["Mr. Ryan, Wisconsin Republican, said", "House leaders urged members Thursday"]),
    F("party", "pelosi", "dem", S("Democrats framed the new bill as a breakthrough", through="Mrs. Pelosi said she failed")),
    F("party", "bishop", "rep", "Chairman Rob Bishop, Utah Republican"),
    F("holds_office", "bishop", "rep_ut1", "Chairman Rob Bishop, Utah Republican"),
    F("party", "fleming", "rep", "said Rep. John Fleming, Louisiana Republican."),
    F("holds_office", "fleming", "rep_la4", "said Rep. John Fleming, Louisiana Republican."),
]))

# ---------------------------------------------------------------- a_2016-10-29 (National Review: Ayotte)
_NE = S("Republicans hold just two of New England’s 21 congressional seats")
_OPPO = S("Her opponent, Maggie Hassan, 58, is ending her second term as governor.")
_NHP = S("In this year’s crowded New Hampshire Republican primary")
_RG = S("For 36 years, the Senate seat Ayotte occupies has been held", through="Warren Rudman for two terms and Judd Gregg for three")
DOCS.append(("a_2016-10-29_G8A7iSILSA088wur.txt", [
    F("holds_office", "ayotte", "sen_nh", [S("Senator Ayotte at a New Hampshire town hall event"), _NE]),
    F("party", "ayotte", "rep", _NE),
    F("holds_office", "collins", "sen_me", _NE),
    F("party", "collins", "rep", _NE),
    F("candidacy", "ayotte", "nh_sen_2016", ["New Hampshire’s ticket-splitters may send Kelly Ayotte back to the Senate.", _OPPO]),
    F("candidacy", "hassan", "nh_sen_2016", _OPPO),
    F("holds_office", "hassan", "gov_nh", _OPPO),
    F("holds_office", "ayotte", "ag_nh", "Ayotte is the state’s former attorney general.", former=True),
    F("poll", "ayotte", "nh_sen_2016", "showed Ayotte with a 4-point lead", pollster="UMass Amherst/WBZ"),
    F("candidacy", "fdr", "us_pres_1936", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon"),
    F("candidacy", "landon", "us_pres_1936", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon"),
    F("won", "fdr", "us_pres_1936", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon"),
    F("lost", "landon", "us_pres_1936", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon"),
    F("holds_office", "fdr", "pres_us", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon", former=True),
    F("holds_office", "landon", "gov_ks", "President Franklin Roosevelt defeated Kansas’s Governor Alfred Landon", former=True),
    F("candidacy", "gwbush", "us_pres_2000", "New Hampshire supported George W. Bush in 2000"),
    F("candidacy", "trump", "nh_rep_prim_2016", ["Donald Trump won his first victory in this state’s primary", _NHP]),
    F("won", "trump", "nh_rep_prim_2016", ["Donald Trump won his first victory in this state’s primary", _NHP]),
    F("candidacy", "kasich", "nh_rep_prim_2016", _NHP),
    F("lost", "kasich", "nh_rep_prim_2016", _NHP),
    F("holds_office", "kasich", "gov_oh", _NHP),
    F("party", "kasich", "rep", _NHP),
    F("party", "trump", "rep", _NHP),
    F("candidacy", "trump", "us_pres_2016", "criticizing Ayotte’s path to her current position of refusing to vote for Trump"),
    F("candidacy", "clinton", "us_pres_2016", "intending to vote both for Clinton and for a Republican Senate candidate"),
    F("party", "bayh", "dem", "former Democratic senator Evan Bayh"),
    F("holds_office", "bayh", "sen_in", ["former Democratic senator Evan Bayh", "He is trying to convince Indiana to return him as a senator"], former=True),
    F("candidacy", "bayh", "in_sen_2016", S("former Democratic senator Evan Bayh", through="He is trying to convince Indiana to return him as a senator")),
    F("holds_office", "rudman", "sen_nh", _RG, former=True),
    F("holds_office", "gregg", "sen_nh", _RG, former=True),
    F("party", "rudman", "rep", _RG),
    F("party", "gregg", "rep", _RG),
]))

# ---------------------------------------------------------------- a_2018-04-13 (WSJ op-ed: Mueller)
DOCS.append(("a_2018-04-13_dC47VCzLEEI68wIC.txt", [
    F("holds_office", "trump", "pres_us", S("Mr. Trump can short-circuit the Senate", through="the president should promise")),
    F("holds_office", "mueller", "special_counsel", S("But Mr. Trump should also make clear that the special counsel must keep to his mandate", through="If Mr. Mueller does not bring")),
    F("holds_office", "scalia", "scotus_justice", "Justice Antonin Scalia noted", former=True),
]))

# ---------------------------------------------------------------- a_2018-07-21 (AP: democratic socialists)
_AOC = S("Vermont Sen. Bernie Sanders, Congress’ only self-identified democratic socialist")
_JT = S("said Kansas congressional candidate James Thompson")
_JT2 = S("is running again after narrowly losing a special election last year")
_COS = S("The co-sponsors include some 2020 presidential prospects")
_COS2 = S("Today, more than one-third of Senate Democrats", through="New York Sen. Kirsten Gillibrand and California Sen. Kamala Harris.")
_DSAE = S("most DSA-endorsed candidates have struggled")
_MCL = S("Gayle McLaughlin finished eighth in last month’s Democratic primary")
_FEN = S("And Ryan Fenwick was blown out by 58 points")
DOCS.append(("a_2018-07-21_pxu01RPJb0tZI2c4.txt", [
    F("party", "ringelstein", "dem", "A week ago, Maine Democrat Zak Ringelstein"),
    F("candidacy", "ringelstein", "me_sen_2018", ["A week ago, Maine Democrat Zak Ringelstein", "He’s now the only major-party Senate candidate"]),
    F("endorsement", "dsa", "ringelstein", "A week ago, Maine Democrat Zak Ringelstein"),
    F("holds_office", "trump", "pres_us", "As Donald Trump’s presidency stretches into its second year"),
    F("holds_office", "sanders", "sen_vt", _AOC),
    F("endorsement", "sanders", "aoc", _AOC),
    F("candidacy", "aoc", "ny14_2018", _AOC),
    F("candidacy", "aoc", "ny14_2018_prim", _AOC),
    F("won", "aoc", "ny14_2018_prim", _AOC),
    F("party", "aoc", "dem", _AOC),
    F("candidacy", "jthompson", "ks4_2018", [_JT, _JT2]),
    F("endorsement", "dsa", "jthompson", _JT),
    F("endorsement", "sanders", "jthompson", _JT),
    F("endorsement", "aoc", "jthompson", _JT),
    F("candidacy", "jthompson", "ks4_2017", _JT2),
    F("lost", "jthompson", "ks4_2017", _JT2),
    F("holds_office", "pompeo", "sec_state", _JT2),
    F("holds_office", "pompeo", "rep_ks4", _JT2, former=True),
    F("holds_office", "ing", "hi_house", "29-year-old state Rep. Kaniela Ing"),
    F("candidacy", "ing", "hi1_2018", "29-year-old state Rep. Kaniela Ing"),
    F("holds_office", "warren", "sen_ma", _COS),
    F("holds_office", "booker", "sen_nj", _COS),
    F("holds_office", "gillibrand", "sen_ny", _COS),
    F("holds_office", "kharris", "sen_ca", _COS),
    F("party", "warren", "dem", _COS2),
    F("party", "booker", "dem", _COS2),
    F("party", "gillibrand", "dem", _COS2),
    F("party", "kharris", "dem", _COS2),
    F("holds_office", "mcdaniel", "rnc_chair", "RNC Chair Ronna Romney McDaniel said"),
    F("candidacy", "mclaughlin", "ca_ltgov_2018_prim", _MCL),
    F("lost", "mclaughlin", "ca_ltgov_2018_prim", _MCL, 4),
    # adjudicated (r2): no party for McLaughlin -- California's top-two primary is not one party's primary (she ran with no party preference)
    F("endorsement", "dsa", "mclaughlin", [_DSAE, _MCL]),
    F("endorsement", "dsa", "aoc", S("Despite Ocasio-Cortez’s recent success, most DSA-endorsed candidates have struggled.")),  # adjudicated (r2)
    F("candidacy", "fenwick", "louisville_mayor_2018_prim", _FEN),
    F("lost", "fenwick", "louisville_mayor_2018_prim", _FEN),
    F("endorsement", "dsa", "fenwick", [_DSAE, _FEN]),
    F("holds_office", "king", "sen_me", "to unseat Maine Sen. Angus King"),
    F("candidacy", "king", "me_sen_2018", "to unseat Maine Sen. Angus King"),
    F("candidacy", "ringelstein", "me_sen_2018", "to unseat Maine Sen. Angus King"),
]))

# ---------------------------------------------------------------- a_2018-10-13 (National Review: Holder)
DOCS.append(("a_2018-10-13_47Z1WKoK41XUYX3G.txt", [
    F("holds_office", "holder", "ag_us", ["Sometimes, the former attorney general is excusing", "He is, after all, the first attorney general in American history"], former=True),
    F("party", "holder", "dem", "Today, he is a mainstream Democratic leader."),
    F("holds_office", "trump", "pres_us", "would have been used against any President Trump nominee"),
]))

# ---------------------------------------------------------------- a_2018-11-06 (USA Today: Florida Amendment 4)
_DS = S("Trump-aligned Republican Ron DeSantis narrowly defeated progressive Democrat Andrew Gillum")
DOCS.append(("a_2018-11-06_kC7uN4HaFT4vDimO.txt", [
    F("holds_office", "rscott", "gov_fl", "then-governor Rick Scott, who is running for the U.S. Senate this year"),
    F("candidacy", "rscott", "fl_sen_2018", "then-governor Rick Scott, who is running for the U.S. Senate this year"),
    F("candidacy", "desantis", "fl_gov_2018", _DS),
    F("candidacy", "gillum", "fl_gov_2018", _DS),
    F("won", "desantis", "fl_gov_2018", _DS),
    F("lost", "gillum", "fl_gov_2018", _DS),
    F("party", "desantis", "rep", _DS),
    F("party", "gillum", "dem", _DS),
]))

# ---------------------------------------------------------------- a_2020-02-07 (FiveThirtyEight: New Hampshire debate)
_NH7 = S("On Friday, seven candidates faced off in a Manchester, New Hampshire, debate", through="for a Democratic nominee on Tuesday")
_SBK = S("and three candidates stood out according to this metric")
_TBL = L("Candidate Pre-debate favorability Debate performance")
_WBY = S("Sen. Elizabeth Warren, on the other hand, got a middle-of-the-pack")
_BY = S("Former Vice President Joe Biden and businessman Andrew Yang")
_DEBATE2020 = []
for _p, _ev in [("sanders", _SBK), ("buttigieg", _SBK), ("klobuchar", _SBK), ("warren", _WBY), ("biden", _BY), ("yang", _BY), ("steyer", _TBL)]:
    _DEBATE2020.append(F("candidacy", _p, "us_dem_prim_2020", [_NH7, _ev, _TBL]))
    _DEBATE2020.append(F("candidacy", _p, "nh_dem_prim_2020", [_NH7, _ev, _TBL]))
    if _p != "sanders":  # an independent: no party from a Democratic debate
        _DEBATE2020.append(F("party", _p, "dem", [_NH7, _ev]))
DOCS.append(("a_2020-02-07_ec65scfmC9jZIiW6.txt", _DEBATE2020 + [
    F("holds_office", "sanders", "sen_vt", _SBK),
    F("holds_office", "buttigieg", "mayor_southbend", _SBK, former=True),
    F("holds_office", "klobuchar", "sen_mn", _SBK),
    F("holds_office", "warren", "sen_ma", _WBY),
    F("holds_office", "biden", "vp_us", _BY, former=True),
]))

# ---------------------------------------------------------------- a_2020-03-03 (Biden Super Tuesday)
_ST = S("Earlier Tuesday, Biden and Sen. Bernie Sanders (I-VT) notched Super Tuesday wins")
_BW = S("Based on CNN and NBC News projections, Biden is expected to win")
_SW = S("Sanders should secure a win in his home state of Vermont")
_NOM = S("They’re eight of the 14 states and one U.S. territory")
_ST_FACTS = []
for _k in ["nc", "va", "ok", "al", "tn", "ar", "mn"]:
    _ST_FACTS += [F("candidacy", "biden", "%s_dem_prim_2020" % _k, _BW), F("won", "biden", "%s_dem_prim_2020" % _k, _BW)]
for _k in ["vt", "co"]:
    _ST_FACTS += [F("candidacy", "sanders", "%s_dem_prim_2020" % _k, _SW), F("won", "sanders", "%s_dem_prim_2020" % _k, _SW)]
DOCS.append(("a_2020-03-03_uYyuiB2XMAJunvE4.txt", _ST_FACTS + [
    F("party", "biden", "dem", "Former Vice President Joe Biden (D) confused his wife"),
    F("holds_office", "biden", "vp_us", "Former Vice President Joe Biden (D) confused his wife", former=True),
    F("candidacy", "biden", "us_dem_prim_2020", [_ST, _NOM]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_ST, _NOM]),
    F("holds_office", "sanders", "sen_vt", _ST),
    F("candidacy", "bloomberg", "as_dem_prim_2020", "Former New York City Mike Bloomberg secured a win in the territory of American Somoa"),
    F("won", "bloomberg", "as_dem_prim_2020", "Former New York City Mike Bloomberg secured a win in the territory of American Somoa"),
    F("candidacy", "bloomberg", "us_dem_prim_2020", ["Former New York City Mike Bloomberg secured a win in the territory of American Somoa", _NOM]),
    F("holds_office", "bloomberg", "mayor_nyc", "Former New York City Mike Bloomberg secured a win in the territory of American Somoa", former=True),
    F("holds_office", "trump", "pres_us", _NOM),
    F("candidacy", "trump", "us_pres_2020", _NOM),
]))

# ---------------------------------------------------------------- a_2020-05-19 (Reuters: Puerto Rican voters in Florida)
_CHAL = S("But the 34-year-old school teacher is not sold on Joe Biden")
_CAP = S("FILE PHOTO: Democratic 2020 presidential candidate and former U.S Vice President Joe Biden")
_OB = S("Former President Barack Obama won 71% of Hispanic support in 2012")
DOCS.append(("a_2020-05-19_oj40kJ7hd2u4tW4o.txt", [
    F("holds_office", "trump", "pres_us", "Wilson Rivera holds President Donald Trump responsible"),
    F("candidacy", "trump", "us_pres_2020", _CHAL),
    F("candidacy", "biden", "us_pres_2020", [_CHAL, _CAP]),
    F("party", "biden", "dem", [_CHAL, _CAP]),
    F("holds_office", "biden", "vp_us", [_CAP, "The former vice president has said he would put a moratorium"], former=True),
    F("candidacy", "biden", "us_dem_prim_2020", ["after a “small and scrappy” operation during the Democratic presidential contest", "who worked on Latino outreach for Biden’s primary campaign"]),
    F("party", "trump", "rep", ["which the Republican Trump won by 1.2 percentage points in the 2016 election", "Trump, effectively unopposed as the Republican nominee"]),
    F("candidacy", "trump", "us_pres_2016", "which the Republican Trump won by 1.2 percentage points in the 2016 election"),
    F("candidacy", "trump", "us_rep_prim_2020", "Trump, effectively unopposed as the Republican nominee"),
    F("holds_office", "obama", "pres_us", _OB, former=True),
    F("candidacy", "obama", "us_pres_2012", _OB),
    F("candidacy", "biden", "us_pres_2012", _OB),
    F("candidacy", "clinton", "us_pres_2016", "Democrat Hillary Clinton won 66% of the Hispanic vote in 2016."),
    F("party", "clinton", "dem", "Democrat Hillary Clinton won 66% of the Hispanic vote in 2016."),
    F("candidacy", "gore", "us_pres_2000", "who worked on Democratic presidential campaigns for Al Gore and John Kerry"),
    F("candidacy", "kerry", "us_pres_2004", "who worked on Democratic presidential campaigns for Al Gore and John Kerry"),
    F("party", "gore", "dem", "who worked on Democratic presidential campaigns for Al Gore and John Kerry"),
    F("party", "kerry", "dem", "who worked on Democratic presidential campaigns for Al Gore and John Kerry"),
    F("holds_office", "pence", "vp_us", "an initiative kicked off by Vice President Mike Pence"),
    F("endorsement", "pence", "trump", "an initiative kicked off by Vice President Mike Pence"),  # adjudicated (r2)
    F("endorsement", "jillbiden", "biden", "and the candidate’s wife, Jill Biden, held a video call with Latino leaders"),  # adjudicated (r2)
]))

# ---------------------------------------------------------------- a_2020-06-28 (Obama email, Barr)
DOCS.append(("a_2020-06-28_CWtafwybG9gNPSaL.txt", [
    F("holds_office", "obama", "pres_us", "Former President Barack Obama sent out an email blast", former=True),
    F("holds_office", "holder", "ag_us", "his former Attorney General Eric Holder", former=True),
    F("holds_office", "trump", "pres_us", "This past week, President Trump and Attorney General William Barr spoke"),
    F("holds_office", "barr", "ag_us", "This past week, President Trump and Attorney General William Barr spoke"),
]))

# ---------------------------------------------------------------- c_2012-05-02 (Current Events: Gingrich suspends, Romney presumptive nominee)
_HEAD12 = S("Newt Gingrich suspends his campaign for the Republican Party nomination.")
_R1 = S("Mitt Romney, the presumptive Republican Party nominee for the United States presidency, names")
_R2 = S("At a Republican party presidential primary debate")
_R3 = S("U.S. President Barack Obama spent more than an hour with Mitt Romney")
_R4 = S("Mitt Romney accepts the nomination of the Republican Party")
_R5 = S("The United States Republican Party officially nominates Mitt Romney")
_R6 = S("Voters in the US states of Arkansas and Kentucky go to the polls")
_R7 = S("Voters in the US states of Maryland and Wisconsin as well as Washington, D.C. go to the polls")
_R8 = S("American politician Rick Santorum suspends his candidacy")
_R9 = S("Voters in the US territory of Puerto Rico go to the polls")
_R10 = S("Voters in the US states of Michigan and Arizona go to the polls", through="Mitt Romney wins both states.")
_C12 = []
for _k, _ev in [("ar_rep_prim_2012", _R6), ("ky_rep_prim_2012", _R6), ("md_rep_prim_2012", _R7), ("wi_rep_prim_2012", _R7),
                ("dc_rep_prim_2012", _R7), ("pr_rep_prim_2012", _R9), ("mi_rep_prim_2012", _R10), ("az_rep_prim_2012", _R10)]:
    _C12 += [F("candidacy", "romney", _k, _ev), F("won", "romney", _k, _ev)]
for _k in ["ar_dem_prim_2012", "ky_dem_prim_2012"]:
    _C12 += [F("candidacy", "obama", _k, _R6), F("won", "obama", _k, _R6)]
DOCS.append(("c_2012-05-02_united-states-presidential-election-2012.txt", _C12 + [
    F("candidacy", "gingrich", "us_rep_prim_2012", [_HEAD12, _R2]),
    F("party", "gingrich", "rep", [_HEAD12, _R2]),
    F("candidacy", "romney", "us_rep_prim_2012", [_HEAD12, _R2, _R8]),
    F("won", "romney", "us_rep_prim_2012", [_R5, _R4]),
    F("party", "romney", "rep", [_R1, _R2, _R5]),
    F("candidacy", "romney", "us_pres_2012", [_R1, _R3, _R4, _R5]),
    F("candidacy", "pryan", "us_pres_2012", _R1),
    F("holds_office", "pryan", "rep_wi1", _R1),
    F("party", "pryan", "rep", _R1),
    F("holds_office", "obama", "pres_us", _R3),
    F("candidacy", "obama", "us_pres_2012", _R3),
    F("candidacy", "obama", "us_dem_prim_2012", _R6),
    F("party", "obama", "dem", _R6),
    F("candidacy", "santorum", "us_rep_prim_2012", _R8),
    F("party", "santorum", "rep", _R8),
]))

# ---------------------------------------------------------------- c_2012-12-16 (Current Events: Egyptian referendum)
DOCS.append(("c_2012-12-16_counting-continues-in-the-first-round-of.txt", [
    F("holds_office", "mekki", "vp_eg", "Mahmoud Mekki resigns as Vice President of Egypt", former=True),
]))

# ---------------------------------------------------------------- c_2014-11-30 (Current Events: Uruguay runoff)
_UY = S("Voters in Uruguay go to the polls for the second round of voting")
_UY1 = S("Uruguayan voters elect Broad Front candidate Jos Mujica")
DOCS.append(("c_2014-11-30_voters-in-uruguay-go-to-the-polls-for-th.txt", [
    F("candidacy", "vazquez", "uy_pres_2014", _UY),
    F("won", "vazquez", "uy_pres_2014", _UY),
    F("party", "vazquez", "broadfront", _UY),
    F("holds_office", "vazquez", "pres_uy", [_UY, "Uruguayan President Tabare Vazquez calls for", "President Tabare Vazquez of Uruguay shuffles his cabinet"], former=True),
    F("candidacy", "mujica", "uy_pres_2009", _UY1),
    F("won", "mujica", "uy_pres_2009", _UY1),
    F("party", "mujica", "broadfront", _UY1),
    F("holds_office", "calderon", "pres_mx", "President of Mexico Felipe Calderon"),
    F("holds_office", "gfernandez", "fm_uy", "with Gonzalo Fernandez, drafter of all major legislation", former=True),
    F("holds_office", "gfernandez", "dm_uy", "with Gonzalo Fernandez, drafter of all major legislation"),
]))

# ---------------------------------------------------------------- c_2016-12-11 (Current Events: Gentiloni PM)
DOCS.append(("c_2016-12-11_paolo-gentiloni-becomes-the-new-prime-mi.txt", [
    F("holds_office", "gentiloni", "pm_it", S("Paolo Gentiloni becomes the new Prime Minister of Italy.")),
    F("holds_office", "gentiloni", "fm_it", "Foreign Minister Paolo Gentiloni said on Friday"),
    F("holds_office", "renzi", "pm_it", ["Prime Minister Matteo Renzi, who introduced the referendum bill, resigns",
                                          "Matteo Renzi will resign from his office as Prime Minister of Italy",
                                          "Prime Minister of Italy Matteo Renzi signs"], former=True),
    F("holds_office", "berlusconi", "pm_it", ["An Italian court orders former Prime Minister Silvio Berlusconi",
                                               "Italy's top court confirms that former Prime Minister Silvio Berlusconi",
                                               "upholds the conviction of former Prime Minister Silvio Berlusconi",
                                               "Former Italian Prime Minister Silvio Berlusconi is convicted"], former=True),
    F("holds_office", "letta", "pm_it", "the swearing ceremony of the new Prime Minister Enrico Letta"),
    F("holds_office", "monti", "pm_it", "Italian Prime Minister Mario Monti says he will resign"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b06.jsonl")
    print("wrote", len(lines), "facts")
