# ruff: noqa: E501
"""Corpus annotation, batch b04 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (current, 2017, executive)
    'Barack Obama': 'Q76', 'Marco Rubio': 'Q324546', 'Rob Portman': 'Q926069', 'Rand Paul': 'Q463557',
    'Mike Lee': 'Q627098', 'Pat Toomey': 'Q971308', 'Ron Johnson': 'Q970272', 'Paul Ryan': 'Q203966',
    'Ed Markey': 'Q1282411', 'Charlie Crist': 'Q374693', 'Rick Scott': 'Q439729', 'Ted Cruz': 'Q2036942',
    'Lindsey Graham': 'Q22212', 'Donald Trump': 'Q22686', 'Steny Hoyer': 'Q516515', 'Joseph Crowley': 'Q971318',
    'Alexandria Ocasio-Cortez': 'Q55223040', 'Luis Gutiérrez': 'Q718127', 'Al Green': 'Q749039',
    'Steve Cohen': 'Q512330', "Beto O'Rourke": 'Q4014532', 'Dwight Evans': 'Q5318148', 'Nancy Pelosi': 'Q170581',
    'Maxine Waters': 'Q461727', 'Chrissy Houlahan': 'Q56274180', 'Kim Schrier': 'Q58333616',
    'Rashida Tlaib': 'Q7294939', 'Ilhan Omar': 'Q26436159', 'Bernie Sanders': 'Q359442', 'Joe Biden': 'Q6279',
    'Elizabeth Warren': 'Q434706', 'Tim Kaine': 'Q359888', 'Mitch McConnell': 'Q355522',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("lib", "Libertarian Party", ["Libertarian", "Libertarians", "Libertarian Party"])
R.party("alp", "Australian Labor Party", ["Labor", "Australian Labor Party"])
R.party("psrm", "Party of Socialists of the Republic of Moldova", ["PSRM", "Socialists- Party", "socialist PSRM", "Socialists' Party"])
R.party("pas", "Party of Action and Solidarity", ["PAS", "Action and Security Party", "liberal PAS"])
R.party("ncafg", "National Coalition of Afghanistan", [])
R.party("pt", "Workers' Party (Brazil)", ["Workers' Party", "PT", "Brazil Workers' Party"])
R.org("dnc", "Democratic National Committee", ["DNC"])
R.org("steyer_pac", "NextGen Climate Action", [])
R.org("a314", "314 Action", [])
R.org("hfa", "Hillary for America", ["Hillary Clinton’s campaign"])
R.org("hvf", "Hillary Victory Fund", [])
R.org("clinton_fdn", "Clinton Foundation", ["Clinton Foundation"])
R.org("saudi", "Saudi Arabia", ["Saudi", "Saudis", "Saudi government"])
R.org("qatar", "Qatar", ["Qataris", "Qatari"])
R.org("kuwait", "Kuwait", ["Kuwaitis", "Kuwaiti"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "President of the United States", "United States President"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["Vice President"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts Gov."])
O("sen_fl", senator("Florida"), ["senator"])
O("sen_oh", senator("Ohio"))
O("sen_sc", senator("South Carolina"))
O("sen_ky", senator("Kentucky"))
O("sen_ut", senator("Utah"))
O("sen_pa", senator("Pennsylvania"))
O("sen_wi", senator("Wisconsin"))
O("sen_tx", senator("Texas"), ["Texas senator", "senator"])
O("sen_ma", senator("Massachusetts"), ["Massachusetts Sen."])
O("sen_ia", senator("Iowa"))
O("sen_va", senator("Virginia"))
O("sen_al", senator("Alabama"))
O("sen_ks", senator("Kansas"))
O("sen_vt", senator("Vermont"), ["Vermont senator"])
O("gov_ak", governor("Alaska"), ["Alaska Gov."])
O("rep_wi1", representative("Wisconsin", 1))
O("house_budget_chair", "Chair of the House Budget Committee", generic=["House Budget Committee chairman", "Chairman of the House Budget Committee"])
O("gov_la", governor("Louisiana"))
O("gov_nj", governor("New Jersey"))
O("gov_sc", governor("South Carolina"))
O("gov_va", governor("Virginia"), ["Virginia Gov."])
O("gov_tx", governor("Texas"), ["former Governor of Texas"])
O("gov_md", governor("Maryland"))
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"), [], generic=["HHS Secretary"])
O("cciio_dir", "Director of the Center for Consumer Information and Insurance Oversight", generic=["interim director of the Center for Consumer Information and Insurance Oversight"])
O("gov_pa", governor("Pennsylvania"))
O("ceq_chair", "Chair of the White House Council on Environmental Quality", generic=["Chair of the Council on Environmental Quality"])
O("gov_fl", governor("Florida"), ["Florida governor"])
O("rep_ia1", representative("Iowa", 1))
O("gov_nm", governor("New Mexico"), ["New Mexico Gov."])
O("rga_chair", "Chair of the Republican Governors Association", generic=["head of the Republican Governors Association", "Republican Governors Association chair"])
O("lib_chair", "Chair of the Libertarian Party", ["chairman of the Libertarian Party", "Libertarian Party chair"], generic=["Chair of the Libertarian National Committee"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("pa_gov_2014", "2014 Pennsylvania gubernatorial election", "ocd-division/country:us/state:pa", "2014-11-04", "general", office="gov_pa")
E("pa_dem_gov_prim_2014", "2014 Pennsylvania gubernatorial Democratic primary", "ocd-division/country:us/state:pa", "2014-05-20", "primary", office="gov_pa")
E("fl_gov_2014", "2014 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2014-11-04", "general", office="gov_fl")
E("ia_sen_2014", "2014 United States Senate election in Iowa", "ocd-division/country:us/state:ia", "2014-11-04", "general", office="sen_ia")
E("us_lib_prim_2016", "2016 Libertarian Party presidential nomination", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_lib_vp_2016", "2016 Libertarian Party vice-presidential nomination", "ocd-division/country:us", "2016", "primary", office="vp_us")
E("us_pres_1980", "1980 United States presidential election", "ocd-division/country:us", "1980-11-04", "general", office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Barack Obama", "President Obama", "Mr. Obama"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney", "Gov. Romney"])
P("rubio", "Marco Rubio", ["Rubio"])
P("portman", "Rob Portman", ["Portman"])
P("demint", "Jim DeMint", ["DeMint"])
P("rpaul", "Rand Paul", ["Paul"])
P("mlee", "Mike Lee", ["Lee"])
P("toomey", "Pat Toomey", [])
P("rjohnson", "Ron Johnson", [])
P("gingrich", "Newt Gingrich", [])
P("santorum", "Rick Santorum", [])
P("palin", "Sarah Palin", ["Palin"])
P("pryan", "Paul Ryan", [])
P("jindal", "Bobby Jindal", ["Jindal"])
P("christie", "Chris Christie", ["Christie"])
P("haley", "Nikki Haley", ["Haley"])
P("mcdonnell", "Bob McDonnell", ["McDonnell"])
P("perry", "Rick Perry", ["Perry"])
P("sebelius", "Kathleen Sebelius", ["Sebelius"])
P("omalley", "Martin O'Malley", ["Martin O’Malley", "O’Malley"])
P("hash", "Mike Hash", [])
P("steyer", "Tom Steyer", ["Steyer"])
P("markey", "Ed Markey", [])
P("mcauliffe", "Terry McAuliffe", [])
P("corbett", "Tom Corbett", [])
P("mcginty", "Katie McGinty", ["McGinty"])
P("rscott", "Rick Scott", ["Scott"])
P("crist", "Charlie Crist", ["Crist"])
P("braley", "Bruce Braley", [])
P("harkin", "Tom Harkin", [])
P("lehane", "Chris Lehane", [])
P("trump", "Donald Trump", ["Trump", "Donald Trump", "Mr. Trump", "President Trump", "Donald J. Trump", "President Donald Trump"])
P("cruz", "Ted Cruz", ["Cruz"])
P("jbush", "Jeb Bush", ["Bush", "Jeb"])
P("kasich", "John Kasich", ["Kasich"])
P("carson", "Ben Carson", ["Carson"])
P("graham", "Lindsey Graham", [])
P("clinton", "Hillary Clinton", ["Clinton", "Hillary", "Mrs. Clinton", "Hilary Clinton", "HRC", "Hillary Rodham Clinton"], qid="Q6294")
P("martinez", "Susana Martinez", ["Martinez"])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("weld", "William Weld", ["Weld"])
P("crane", "Ed Crane", ["Crane"])
P("mcafee", "John McAfee", ["McAfee"])
P("vsupreme", "Vermin Supreme", [])
P("sarwark", "Nicholas Sarwark", ["Sarwark"])
P("pjost", "Paul Jost", ["Josts"])
P("ljost", "Laura Holmes Jost", ["Laura", "Josts"])
P("levin", "Frayda Levin", [])
P("dkoch", "David Koch", [])
P("stone", "Roger Stone", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-05-25 (CNN, Obama in Iowa)
DOCS.append(("a_2012-05-25_v73jNF90npvIB3Yx.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama returned to the politically-important state"),
    F("candidacy", "obama", "us_pres_2012", ["President Barack Obama returned to the politically-important state",
                                             "he took the opportunity to attack his presumed opponent"]),
    F("candidacy", "romney", "us_pres_2012", ["he took the opportunity to attack his presumed opponent",
                                              "Obama slammed Republican candidate Mitt Romney"]),
    F("party", "romney", "rep", "Obama slammed Republican candidate Mitt Romney"),
    F("holds_office", "romney", "gov_ma", "The main goal of a financial firm like Gov. Romney's", former=True),
]))

# ---------------------------------------------------------------- a_2012-06-14 (CNN, Faith and Freedom)
DOCS.append(("a_2012-06-14_Trq7YTIxU9DfMOvJ.txt", [
    F("holds_office", "rubio", "sen_fl", "Sens. Marco Rubio and Rob Portman, both considered top contenders"),
    F("holds_office", "portman", "sen_oh", "Sens. Marco Rubio and Rob Portman, both considered top contenders"),
    F("candidacy", "romney", "us_pres_2012", ["Sens. Marco Rubio and Rob Portman, both considered top contenders",
                                              "GOP presidential candidate Mitt Romney is to address"]),
    F("party", "romney", "rep", "GOP presidential candidate Mitt Romney is to address"),
    F("holds_office", "obama", "pres_us", "criticized President Barack Obama's economic vision"),
    F("party", "rubio", "rep", "Portman and Rubio spoke passionately about faith"),
    F("party", "portman", "rep", "Portman and Rubio spoke passionately about faith"),
    F("holds_office", "demint", "sen_sc", "Sen. Jim DeMint, who has embraced the tea party movement"),
    F("holds_office", "rpaul", "sen_ky", "The others include Sens. Rand Paul, Mike Lee, Pat Toomey, and Ron Johnson."),
    F("holds_office", "mlee", "sen_ut", "The others include Sens. Rand Paul, Mike Lee, Pat Toomey, and Ron Johnson."),
    F("holds_office", "toomey", "sen_pa", "The others include Sens. Rand Paul, Mike Lee, Pat Toomey, and Ron Johnson."),
    F("holds_office", "rjohnson", "sen_wi", "The others include Sens. Rand Paul, Mike Lee, Pat Toomey, and Ron Johnson."),
    F("candidacy", "gingrich", "us_rep_prim_2012", "former GOP presidential candidates including Newt Gingrich and Rick Santorum"),
    F("candidacy", "santorum", "us_rep_prim_2012", "former GOP presidential candidates including Newt Gingrich and Rick Santorum"),
    F("party", "gingrich", "rep", "former GOP presidential candidates including Newt Gingrich and Rick Santorum"),
    F("party", "santorum", "rep", "former GOP presidential candidates including Newt Gingrich and Rick Santorum"),
    F("holds_office", "palin", "gov_ak", "former Alaska Gov. Sarah Palin topped the list", former=True),
    F("holds_office", "pryan", "rep_wi1", "floated the name of Rep. Paul Ryan, who chairs the House Budget Committee"),
    F("holds_office", "pryan", "house_budget_chair", "floated the name of Rep. Paul Ryan, who chairs the House Budget Committee"),
]))

# ---------------------------------------------------------------- a_2012-06-29 (Politico, GOP governors)
_LINE1 = S("Bobby Jindal, Chris Christie and Nikki Haley all responded", through="GOP govs aim for health showdown")
_GOVS = "Chris Christie, Nikki Haley, Bobby Jindal, Bob McDonnell and Rick Perry all responded"
_RGOV = "Republican governors have a message"
_RNC = "The Republican governors’ message was clear on a morning"
DOCS.append(("a_2012-06-29_wUUHcjkuqVs7P2q6.txt", [
    F("holds_office", "jindal", "gov_la", [_RNC, "“Here in Louisiana, look, we refused"]),
    F("holds_office", "christie", "gov_nj", [_LINE1, "Christie, on his monthly radio call-in show"]),
    F("holds_office", "haley", "gov_sc", [_LINE1, "Haley, who served as a key Romney surrogate"]),
    F("holds_office", "mcdonnell", "gov_va", [_RNC, "McDonnell said that in Virginia"]),
    F("holds_office", "perry", "gov_tx", [_GOVS, _RGOV, "Rick Perry in Texas"]),
    F("party", "jindal", "rep", [_LINE1, _RNC]),
    F("party", "christie", "rep", [_LINE1, _GOVS]),
    F("party", "haley", "rep", [_LINE1, _GOVS]),
    F("party", "mcdonnell", "rep", _RNC),
    F("party", "perry", "rep", [_GOVS, _RGOV]),
    F("candidacy", "romney", "us_pres_2012", ["pin their hopes on Mitt Romney winning in November",
                                              "Haley, who served as a key Romney surrogate"]),
    F("endorsement", "haley", "romney", "Haley, who served as a key Romney surrogate"),
    F("holds_office", "sebelius", "sec_hhs", "HHS Secretary Kathleen Sebelius, echoing"),
    F("holds_office", "obama", "pres_us", ["echoing a talking point pushed by the president",
                                          "The Obama administration sent a clear message Friday"]),
    F("candidacy", "obama", "us_pres_2012", ["echoing a talking point pushed by the president and his reelection campaign",
                                             "Obama’s campaign sought to reinforce that message."]),
    F("holds_office", "omalley", "gov_md", "Gov. Martin O’Malley of Maryland, on a campaign conference call"),
    F("endorsement", "omalley", "obama", S("Obama’s campaign sought to reinforce that message.", through="crazy as secession")),
    F("holds_office", "hash", "cciio_dir", "said Mike Hash, the interim director"),
]))

# ---------------------------------------------------------------- a_2012-07-09 (Washington Times, fundraising)
DOCS.append(("a_2012-07-09_K2tqT5y8ozlWpYSX.txt", [
    F("candidacy", "romney", "us_pres_2012", "Presumptive GOP presidential nominee Mitt Romney"),
    F("party", "romney", "rep", "Presumptive GOP presidential nominee Mitt Romney"),
    F("holds_office", "obama", "pres_us", "Presumptive GOP presidential nominee Mitt Romney"),
    F("party", "obama", "dem", "though the Democrat’s campaign has not indicated"),
    F("candidacy", "obama", "us_pres_2012", ["urging supporters to give $3 or more to Mr. Obama’s re-election effort",
                                             "President Obama will be the first president in history to be outspent by his opponent"]),
]))

# ---------------------------------------------------------------- a_2012-07-15 (Fox, Bain attacks)
DOCS.append(("a_2012-07-15_HfPO496ldm2dBNf3.txt", [
    F("holds_office", "obama", "pres_us", "President Obama and top campaign staffers made clear"),
    F("candidacy", "obama", "us_pres_2012", ["President Obama and top campaign staffers made clear",
                                             "During a campaign stop in Virginia, the president continued"]),
    F("candidacy", "romney", "us_pres_2012", S("the president also tried to deflect criticism that he has attacked the Republican candidate",
                                               through="job was to maximize profits")),
    F("party", "romney", "rep", S("the president also tried to deflect criticism that he has attacked the Republican candidate",
                                  through="job was to maximize profits")),
]))

# ---------------------------------------------------------------- a_2014-02-18 (Politico, Steyer)
_HELP = "his early efforts to help individual Democrats, such as Massachusetts Sen. Ed Markey"
_PA = "where one of the Democrats vying to unseat Republican incumbent Tom Corbett"
_FL = "where Republican Gov. Rick Scott’s top challenger is Democratic former Gov. Charlie Crist"
_IA = "where Democratic Rep. Bruce Braley and several potential Republican challengers"
DOCS.append(("a_2014-02-18_w2hun5oRC3OSclMa.txt", [
    F("endorsement", "steyer", "markey", _HELP),
    F("endorsement", "steyer", "mcauliffe", _HELP),
    F("holds_office", "markey", "sen_ma", _HELP),
    F("holds_office", "mcauliffe", "gov_va", _HELP),
    F("party", "markey", "dem", _HELP),
    F("party", "mcauliffe", "dem", _HELP),
    F("holds_office", "corbett", "gov_pa", _PA),
    F("party", "corbett", "rep", _PA),
    F("candidacy", "corbett", "pa_gov_2014", _PA),
    F("candidacy", "mcginty", "pa_dem_gov_prim_2014", _PA),
    F("party", "mcginty", "dem", [_PA, "or other Democratic gubernatorial candidates"]),
    F("holds_office", "mcginty", "ceq_chair", "who chaired the White House Council on Environmental Quality under Clinton", former=True),
    F("holds_office", "rscott", "gov_fl", _FL),
    F("party", "rscott", "rep", _FL),
    F("candidacy", "rscott", "fl_gov_2014", [_FL, "is planning to spend as much as $100 million for his reelection effort"]),
    F("candidacy", "crist", "fl_gov_2014", _FL),
    F("party", "crist", "dem", _FL),
    F("holds_office", "crist", "gov_fl", [_FL, "Crist used to hold annual conferences on global warming when he was governor"], former=True),
    F("candidacy", "braley", "ia_sen_2014", _IA),
    F("party", "braley", "dem", _IA),
    F("holds_office", "braley", "rep_ia1", _IA),
    F("holds_office", "harkin", "sen_ia", _IA),
    F("party", "harkin", "dem", _IA),
    F("holds_office", "obama", "pres_us", "President Barack Obama’s health care law"),
    F("party", "lehane", "dem", "veteran Democratic operative Chris Lehane"),
]))

# ---------------------------------------------------------------- a_2016-01-14 (Politico, Charleston debate)
_GOPC = "Establishment Republicans are bracing themselves for a circular firing squad"
_NH4 = "With Bush, Christie, Rubio, and John Kasich all competing aggressively in New Hampshire"
_RUB = "Most of the heat is expected to be directed at Marco Rubio"
_TRU = "Donald Trump may come under fire, too"
_CRU = "expect Cruz, a disciplined candidate who has made few unforced errors"
_CAR = S("If that’s the case, it could be bad news for Trump or Carson, who are usually less at ease when it comes to delving into policy specifics.", exact=True)
DOCS.append(("a_2016-01-14_1KorMYDBvC2fW2qK.txt", [
    F("candidacy", "rubio", "us_rep_prim_2016", [_GOPC, _RUB]),
    F("candidacy", "trump", "us_rep_prim_2016", [_GOPC, _TRU]),
    F("candidacy", "cruz", "us_rep_prim_2016", [_GOPC, _TRU, _CRU]),
    F("candidacy", "jbush", "us_rep_prim_2016", [_GOPC, "The stakes are high for Bush, who, like most establishment contenders"]),
    F("candidacy", "christie", "us_rep_prim_2016", [_GOPC, "and Christie — whose path to the nomination depends on a strong showing"]),
    F("candidacy", "kasich", "us_rep_prim_2016", [_GOPC, _NH4]),
    F("candidacy", "carson", "us_rep_prim_2016", [_GOPC, _CAR, "said Barry Bennett, Ben Carson’s former campaign manager"]),  # noqa
    F("party", "rubio", "rep", [_GOPC, _RUB]),
    F("party", "trump", "rep", [_GOPC, _TRU]),
    F("party", "cruz", "rep", [_GOPC, _TRU]),
    F("party", "jbush", "rep", [_GOPC, "The stakes are high for Bush, who, like most establishment contenders"]),
    F("party", "christie", "rep", [_GOPC, "and Christie — whose path to the nomination depends on a strong showing"]),
    F("party", "kasich", "rep", [_GOPC, _NH4]),
    F("party", "carson", "rep", [_GOPC, _CAR]),
    F("candidacy", "graham", "us_rep_prim_2016", "advised Lindsey Graham before he dropped out of the GOP race last month"),
    F("party", "graham", "rep", "advised Lindsey Graham before he dropped out of the GOP race last month"),
    F("candidacy", "romney", "us_pres_2012", "who was a top debate coach for Mitt Romney in 2012"),
    F("candidacy", "trump", "ia_rep_caucus_2016", ["With several recent polls showing Trump closing the gap with Cruz in Iowa",
                                                   "in the penultimate debate before the Feb. 1 Iowa caucuses"]),
    F("candidacy", "cruz", "ia_rep_caucus_2016", ["With several recent polls showing Trump closing the gap with Cruz in Iowa",
                                                  "in the penultimate debate before the Feb. 1 Iowa caucuses"]),
    F("candidacy", "christie", "nh_rep_prim_2016", ["Both candidates are making a serious play in New Hampshire", _NH4]),
    F("candidacy", "rubio", "nh_rep_prim_2016", ["Both candidates are making a serious play in New Hampshire", _NH4]),
    F("candidacy", "jbush", "nh_rep_prim_2016", [_NH4, "is pinning his hopes on the New Hampshire primary"]),
    F("candidacy", "kasich", "nh_rep_prim_2016", _NH4),
    F("holds_office", "cruz", "sen_tx", "suggested the Texas senator may be legally unable"),
    F("holds_office", "rubio", "sen_fl", S("Those close to Rubio say he’s preparing a counteroffensive.", through="hard at work on debate prep")),
    F("holds_office", "jbush", "gov_fl", "The former Florida governor, who remains stuck", former=True),
]))

# ---------------------------------------------------------------- a_2016-05-25 (Trump in Albuquerque)
DOCS.append(("a_2016-05-25_Zmaulf11lB1piEED.txt", [
    F("candidacy", "trump", "us_pres_2016", ["who clashed with police outside an Albuquerque campaign event",
                                             "Inside the Trump rally, demonstrators shouted"]),
    F("holds_office", "martinez", "gov_nm", "Gov. Susana Martinez, head of the Republican Governors Association"),
    F("holds_office", "martinez", "rga_chair", "Gov. Susana Martinez, head of the Republican Governors Association"),
    F("party", "martinez", "rep", "Gov. Susana Martinez, head of the Republican Governors Association"),
]))

# ---------------------------------------------------------------- a_2016-05-29 (Politico, Libertarian convention)
_LIB1 = "Former New Mexico Gov. Gary Johnson seized the Libertarian nomination for president"
_EXR = "The pair form a political team of two former Republican governors"
_MCA = "shouted John McAfee, one of Johnson’s challengers"
_VS = "Vermin Supreme has lost his pink pony sash"
DOCS.append(("a_2016-05-29_nXbTfvwqOTA5m4mx.txt", [
    F("candidacy", "gjohnson", "us_lib_prim_2016", _LIB1),
    F("won", "gjohnson", "us_lib_prim_2016", [_LIB1, "to win their nominations; Weld won a squeaker"]),
    F("party", "gjohnson", "lib", [_LIB1, "now that he’s officially the Libertarian nominee"]),
    F("party", "gjohnson", "rep", [_LIB1, _EXR], former=True),
    F("holds_office", "gjohnson", "gov_nm", _LIB1, former=True),
    F("candidacy", "gjohnson", "us_pres_2016", ["now that he’s officially the Libertarian nominee",
                                                "And Johnson is the only other candidate likely to appear on the ballot"]),
    F("candidacy", "weld", "us_pres_2016", _LIB1),
    F("candidacy", "weld", "us_lib_vp_2016", "to win their nominations; Weld won a squeaker"),
    F("won", "weld", "us_lib_vp_2016", "to win their nominations; Weld won a squeaker", 50.6),
    F("holds_office", "weld", "gov_ma", _LIB1, former=True),
    F("party", "weld", "rep", [_LIB1, _EXR], former=True),
    F("party", "weld", "lib", ["Even so, Johnson and Weld now head a deeply divided party", _LIB1]),
    F("endorsement", "weld", "romney", "who served as a fundraiser for Mitt Romney"),
    F("candidacy", "trump", "us_pres_2016", ["With Donald Trump and Hillary Clinton registering as two of the least liked",
                                             "you have have two major party candidates who are incredibly unpopular"]),
    F("candidacy", "clinton", "us_pres_2016", ["With Donald Trump and Hillary Clinton registering as two of the least liked",
                                               "you have have two major party candidates who are incredibly unpopular"]),
    F("endorsement", "crane", "gjohnson", "he planned to revive his Purple PAC group on behalf of Johnson"),
    F("candidacy", "rpaul", "us_rep_prim_2016", "who headed a super PAC for Rand Paul earlier this cycle"),
    F("candidacy", "mcafee", "us_lib_prim_2016", _MCA),
    F("lost", "mcafee", "us_lib_prim_2016", [_MCA, _LIB1]),
    F("party", "mcafee", "lib", [_MCA, _LIB1]),
    F("candidacy", "vsupreme", "us_lib_prim_2016", _VS),
    F("lost", "vsupreme", "us_lib_prim_2016", [_VS, _LIB1]),
    F("party", "vsupreme", "lib", _VS),
    F("holds_office", "sarwark", "lib_chair", [_VS, "And Sarwark, the Libertarian Party chair, said"]),
    F("party", "sarwark", "lib", [_VS, "And Sarwark, the Libertarian Party chair, said"]),
    F("candidacy", "gjohnson", "us_pres_2012", ["who drew less than 1 percent of the vote as the Libertarian nominee in 2012",
                                                "who advised Johnson’s Libertarian bid in 2012"]),
    F("lost", "gjohnson", "us_pres_2012", "who drew less than 1 percent of the vote as the Libertarian nominee in 2012"),
    F("poll", "gjohnson", "us_pres_2016", "pulling 10 percent in one Fox News poll", 10, pollster="Fox News; Morning Consult"),
    F("poll", "gjohnson", "us_pres_2016", "pulling 10 percent in one Fox News poll", 11, pollster="Monmouth University"),
    F("funding", "pjost", "gjohnson", "Both Josts said they were writing Johnson maximum $2,700 checks", 2700),
    F("funding", "ljost", "gjohnson", "Both Josts said they were writing Johnson maximum $2,700 checks", 2700),
    F("party", "pjost", "rep", "Among the potential disaffected Republican donors to Johnson so far are people like Paul and Laura Holmes Jost"),
    F("party", "ljost", "rep", "Among the potential disaffected Republican donors to Johnson so far are people like Paul and Laura Holmes Jost"),
    F("party", "levin", "rep", "said Frayda Levin, an influential libertarian-leaning Republican donor"),
    F("candidacy", "dkoch", "us_pres_1980", "David Koch himself was on the Libertarian ticket in 1980."),
    F("party", "dkoch", "lib", "David Koch himself was on the Libertarian ticket in 1980."),
    F("endorsement", "stone", "trump", "is now a supporter and informal adviser to Trump"),
]))

# ================================================================ part 2: entities for the later documents
O("gov_ar", governor("Arkansas"))
O("gov_ca", governor("California"), ["California governor"])
O("fbi_dir", "Director of the Federal Bureau of Investigation", generic=["FBI Director", "Director of the FBI", "FBI director"])
O("senate_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("wh_press_sec", "White House Press Secretary", generic=["Press Secretary"])
O("special_counsel", "Special Counsel for the United States Department of Justice", generic=["special counsel", "Special Counsel"])
O("sec_defense", cabinet_secretary("Defense", "Defense"), [])
O("pres_ru", head("President", "Russia", "Russian"))
O("rep_md5", representative("Maryland", 5))
O("house_min_whip", "Minority Whip of the United States House of Representatives", ["Democratic whip"], generic=["House Minority Whip", "Minority Whip", "House Democratic Whip"])
O("rep_ny14", representative("New York", 14))
O("rep_il4", representative("Illinois", 4))
O("rep_tx9", representative("Texas", 9))
O("rep_tn9", representative("Tennessee", 9))
O("rep_tx16", representative("Texas", 16))
O("rep_pa2", representative("Pennsylvania", 2))
O("rep_ca12", representative("California", 12))
O("rep_ca43", representative("California", 43))
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("rep_mi13", representative("Michigan", 13))
O("rep_mn5", representative("Minnesota", 5))

E("ar_gov_1978", "1978 Arkansas gubernatorial election", "ocd-division/country:us/state:ar", "1978-11-07", "general", office="gov_ar")
E("us_pres_1992", "1992 United States presidential election", "ocd-division/country:us", "1992-11-03", "general", office="pres_us")
E("al_sen_2017", "2017 United States Senate special election in Alabama", "ocd-division/country:us/state:al", "2017-12-12", "general", special=True, office="sen_al")
E("ny14_dem_prim_2018", "2018 New York's 14th congressional district Democratic primary", "ocd-division/country:us/state:ny/cd:14", "2018-06-26", "primary")
E("tx_sen_2018", "2018 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2018-11-06", "general", office="sen_tx")
E("pa6_2018", "2018 Pennsylvania's 6th congressional district election", "ocd-division/country:us/state:pa/cd:6", "2018-11-06", "general")
E("wa8_2018", "2018 Washington's 8th congressional district election", "ocd-division/country:us/state:wa/cd:8", "2018-11-06", "general")
E("va2_2018", "2018 Virginia's 2nd congressional district election", "ocd-division/country:us/state:va/cd:2", "2018-11-06", "general")
E("pa8_dem_prim_2014", "2014 Pennsylvania's 8th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:8", "2014-05-20", "primary")
E("pa8_dem_prim_2016", "2016 Pennsylvania's 8th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:8", "2016-04-26", "primary")

P("bclinton", "Bill Clinton", ["Bill Clinton", "President Bill Clinton"], qid="Q1124")
P("jbrown", "Jerry Brown", [])
P("moore", "Roy Moore", [])
P("mcconnell", "Mitch McConnell", [])
P("shsanders", "Sarah Huckabee Sanders", ["Sarah Sanders"])
P("comey", "James Comey", [])
P("mueller", "Robert Mueller", ["Mueller"])
P("mattis", "James Mattis", [])
P("putin", "Vladimir Putin", ["Putin"], qid="Q7747")
P("hoyer", "Steny Hoyer", ["Hoyer"])
P("crowley", "Joseph Crowley", [])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"])
P("gutierrez", "Luis Gutiérrez", ["Gutiérrez"])
P("agreen", "Al Green", [])
P("cohen", "Steve Cohen", ["Cohen"])
P("orourke", "Beto O'Rourke", ["Beto O’Rourke", "O’Rourke"])
P("evans", "Dwight Evans", [])
P("pelosi", "Nancy Pelosi", [])
P("waters", "Maxine Waters", ["Waters"])
P("houlahan", "Chrissy Houlahan", ["Houlahan"])
P("naughton", "Shaughnessy Naughton", ["Naughton"])
P("schrier", "Kim Schrier", ["Schrier", "Dr. Kim Schrier"])
P("luria", "Elaine Luria", [])
P("tlaib", "Rashida Tlaib", ["Tlaib"])
P("omar", "Ilhan Omar", ["Omar"])

# ---------------------------------------------------------------- a_2016-06-14 (Clinton Foundation donations)
_CFD = L("Clinton Foundation donations")
DOCS.append(("a_2016-06-14_cxVnb2595bHQrVh7.txt", [
    F("funding", "saudi", "clinton_fdn", [_CFD, L("Saudi: $10-25 million")]),
    F("funding", "qatar", "clinton_fdn", [_CFD, L("Qatar: $1-5 million")]),
    F("funding", "kuwait", "clinton_fdn", [_CFD, L("Kuwait: $5-10 million")]),
]))

# ---------------------------------------------------------------- a_2016-10-10 (CSM, second debate)
DOCS.append(("a_2016-10-10_lqOL9FGaW58powxv.txt", [
    F("candidacy", "trump", "us_pres_2016", "Republican nominee Donald Trump’s answer to the question"),
    F("party", "trump", "rep", "Republican nominee Donald Trump’s answer to the question"),
    F("candidacy", "clinton", "us_pres_2016", "Democratic nominee Hilary Clinton, meanwhile, spoke of"),
    F("party", "clinton", "dem", "Democratic nominee Hilary Clinton, meanwhile, spoke of"),
    F("holds_office", "obama", "pres_us", "For President Obama, religious unity starts"),
]))

# ---------------------------------------------------------------- a_2016-10-18 (Guardian, hostility to Clinton)
_BCG = S("He noted that she faced hostility in Arkansas politics and media when Bill Clinton was first elected governor, because she kept her maiden name.", exact=True)
_DEMNOM = "continue to try to influence public opinion on the Democratic nominee"
DOCS.append(("a_2016-10-18_FLPg1eMgVcF8Ny6n.txt", [
    F("candidacy", "clinton", "us_pres_2016", _DEMNOM),
    F("party", "clinton", "dem", [_DEMNOM, S("A sense of untrustworthiness has haunted the Democrat this election")]),
    F("candidacy", "trump", "us_pres_2016", "while Trump has rallied his supporters with the “Crooked Hillary” epithet"),
    F("holds_office", "bclinton", "gov_ar", _BCG, former=True),
    F("candidacy", "bclinton", "ar_gov_1978", _BCG),
    F("won", "bclinton", "ar_gov_1978", _BCG),
    F("candidacy", "bclinton", "us_pres_1992", "during Bill Clinton’s presidential campaign"),
    F("holds_office", "bclinton", "pres_us", S("President Bill Clinton takes his oath of office, accompanied by Hillary Rodham Clinton, in 1993.", exact=True), former=True),
    F("holds_office", "jbrown", "gov_ca", "by now-California governor Jerry Brown"),
]))

# ---------------------------------------------------------------- a_2018-01-03 (USA Today, Bannon)
DOCS.append(("a_2018-01-03_XAmlr9JYNYkiAP1u.txt", [
    F("holds_office", "trump", "pres_us", "by calling President Trump a"),
    F("candidacy", "trump", "us_pres_2016", "with Trump's presidential victory"),
    F("won", "trump", "us_pres_2016", "with Trump's presidential victory"),
    F("candidacy", "moore", "al_sen_2017", "Republican Roy Moore's Senate loss in deep red Alabama"),
    F("lost", "moore", "al_sen_2017", "Republican Roy Moore's Senate loss in deep red Alabama"),
    F("party", "moore", "rep", "Republican Roy Moore's Senate loss in deep red Alabama"),
    F("candidacy", "clinton", "us_pres_2016", "that would potentially damage Clinton's campaign"),
    F("holds_office", "mcconnell", "senate_maj_leader", "closely aligned with Senate Majority Leader Mitch McConnell"),
    F("holds_office", "shsanders", "wh_press_sec", "White House Press Secretary Sarah Sanders said"),
    F("holds_office", "comey", "fbi_dir", "the firing of former FBI director James Comey", former=True),
    F("holds_office", "mueller", "special_counsel", "special counsel Robert Mueller into Russia's interference"),
]))

# ---------------------------------------------------------------- a_2018-03-23 (transgender troops memo)
DOCS.append(("a_2018-03-23_ZVVl8QQlwB3hCdSB.txt", [
    F("holds_office", "trump", "pres_us", "President Trump issued a memorandum on Friday"),
    F("holds_office", "mattis", "sec_defense", "The study was established by Secretary of Defense James Mattis"),
]))

# ---------------------------------------------------------------- a_2018-07-22 (The Hill, impeachment)
_HOY = "said Rep. Steny Hoyer"
_CRO = "last month’s stunning primary defeat of Rep. Joseph Crowley (D-N.Y.)"
_BETO = "Rep. Beto O’Rourke, a Texas Democrat running to unseat GOP Sen. Ted Cruz"
_PEL = "House Minority Leader Nancy Pelosi"
DOCS.append(("a_2018-07-22_z1KSAaquhf6twNOO.txt", [
    F("holds_office", "trump", "pres_us", "Russian President Vladimir Putin in Helsinki sparked outrage"),
    F("holds_office", "putin", "pres_ru", "Russian President Vladimir Putin in Helsinki sparked outrage"),
    F("holds_office", "hoyer", "rep_md5", _HOY),
    F("holds_office", "hoyer", "house_min_whip", _HOY),
    F("party", "hoyer", "dem", _HOY),
    F("holds_office", "crowley", "rep_ny14", _CRO),
    F("party", "crowley", "dem", _CRO),
    F("candidacy", "crowley", "ny14_dem_prim_2018", _CRO),
    F("lost", "crowley", "ny14_dem_prim_2018", _CRO),
    F("candidacy", "aoc", "ny14_dem_prim_2018", _CRO),
    F("won", "aoc", "ny14_dem_prim_2018", _CRO),
    F("party", "aoc", "dem", _CRO),
    F("holds_office", "gutierrez", "rep_il4", "asked Rep. Luis Gutiérrez (D-Ill.)"),
    F("party", "gutierrez", "dem", "asked Rep. Luis Gutiérrez (D-Ill.)"),
    F("holds_office", "agreen", "rep_tx9", "said Rep. Al Green"),
    F("party", "agreen", "dem", S("And several Democrats delivered fiery speeches on the House floor", through="said Rep. Al Green")),
    F("holds_office", "cohen", "rep_tn9", "sponsored by Rep. Steve Cohen"),
    F("party", "cohen", "dem", "sponsored by Rep. Steve Cohen"),
    F("holds_office", "orourke", "rep_tx16", _BETO),
    F("party", "orourke", "dem", _BETO),
    F("candidacy", "orourke", "tx_sen_2018", _BETO),
    F("candidacy", "cruz", "tx_sen_2018", _BETO),
    F("holds_office", "cruz", "sen_tx", _BETO),
    F("party", "cruz", "rep", _BETO),
    F("holds_office", "evans", "rep_pa2", "Only one, Rep. Dwight Evans"),
    F("party", "evans", "dem", "Only one, Rep. Dwight Evans"),
    F("holds_office", "pelosi", "house_min_leader", _PEL),
    F("holds_office", "pelosi", "rep_ca12", _PEL),
    F("party", "pelosi", "dem", _PEL),
    F("holds_office", "waters", "rep_ca43", "and Rep. Maxine Waters"),
    F("party", "waters", "dem", "and Rep. Maxine Waters"),
]))

# ---------------------------------------------------------------- a_2018-11-18 (NPR, STEM candidates)
_HOUW = "Houlahan won her congressional House race this month"
DOCS.append(("a_2018-11-18_MOiPaVYdDOrtvQXO.txt", [
    F("candidacy", "houlahan", "pa6_2018", [_HOUW, "for running for office in Pennsylvania's 6th Congressional District"]),
    F("won", "houlahan", "pa6_2018", [_HOUW, "for running for office in Pennsylvania's 6th Congressional District"]),
    F("party", "houlahan", "dem", S(_HOUW, through="All are Democrats except for one Republican")),
    F("candidacy", "naughton", "pa8_dem_prim_2014", "who staged an unsuccessful campaign for Congress herself in 2014"),
    F("lost", "naughton", "pa8_dem_prim_2014", "who staged an unsuccessful campaign for Congress herself in 2014"),
    F("candidacy", "naughton", "pa8_dem_prim_2016", "who staged an unsuccessful campaign for Congress herself in 2014"),
    F("lost", "naughton", "pa8_dem_prim_2016", "who staged an unsuccessful campaign for Congress herself in 2014"),
    F("endorsement", "a314", "schrier", "Congresswoman-elect Dr. Kim Schrier says the group helped her"),
    F("candidacy", "schrier", "wa8_2018", S("Congresswoman-elect Dr. Kim Schrier says the group helped her", through="8th Congressional District of Washington state")),
    F("won", "schrier", "wa8_2018", S("Congresswoman-elect Dr. Kim Schrier says the group helped her", through="8th Congressional District of Washington state")),
    F("party", "schrier", "dem", S("Congresswoman-elect Dr. Kim Schrier says the group helped her", through="8th Congressional District of Washington state")),
    F("candidacy", "luria", "va2_2018", "Congresswoman-elect Elaine Luria says her being a nuclear engineer"),
    F("won", "luria", "va2_2018", "Congresswoman-elect Elaine Luria says her being a nuclear engineer"),
    F("holds_office", "trump", "pres_us", "especially the president's stance on climate change"),
]))

# ---------------------------------------------------------------- a_2020-01-02 (S.E. Cupp, hate)
DOCS.append(("a_2020-01-02_EHcIji3AWEJX8t3u.txt", [
    F("holds_office", "tlaib", "rep_mi13", L("Ever heard of [Rep. Rashida] Tlaib or [Rep. Ilhan] Omar?")),
    F("holds_office", "omar", "rep_mn5", L("Ever heard of [Rep. Rashida] Tlaib or [Rep. Ilhan] Omar?")),
]))

# ================================================================ part 3: entities for the remaining documents
O("dnc_chair", "Chair of the Democratic National Committee", ["Chairman", "chairwoman"], generic=["DNC chair", "DNC Chairman", "Chairman of the Democratic National Committee"])
O("mayor_burlington", mayor("Burlington"), ["mayor"])
O("rep_vt_al", representative("Vermont"))
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["PM"])
O("fm_au", head("Minister for Foreign Affairs", "Australia", "Australian"), ["Foreign Affairs Minister", "Foreign Minister", "Foreign Minister of Australia", "Australian Foreign Minister"])
O("premier_nsw", "Premier of New South Wales", ["NSW premier"], generic=["Premier"])
O("alp_leader", "Leader of the Australian Labor Party", generic=["Labor leader", "ALP leader"])
O("opp_leader_au", "Leader of the Opposition (Australia)", ["opposition leader", "Leader of the Opposition"], generic=["Opposition Leader"])
O("fm_af", head("Minister of Foreign Affairs", "Afghanistan", "Afghan"), ["foreign minister"], generic=["Foreign Minister", "Afghan Foreign Minister"])
O("finmin_af", head("Minister of Finance", "Afghanistan", "Afghan"), ["finance minister"], generic=["Finance Minister", "Afghan Finance Minister"])
O("sec_state_us", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State"])
O("pres_af", head("President", "Afghanistan", "Afghan"), ["Afghanistan President"])
O("ceo_af", "Chief Executive of Afghanistan", ["Chief Executive"])
O("pres_md", head("President", "Moldova", "Moldovan"))
O("edu_min_md", head("Minister of Education", "Moldova", "Moldovan"), ["Education Minister"], generic=["Education Minister"])
O("mayor_nyc", mayor("New York City"), ["Mayor of New York City"])
O("sheriff_milw", "Sheriff of Milwaukee County", ["Milwaukee County sheriff"])
O("pres_br", head("President", "Brazil", "Brazilian"), ["president", "President of Brazil"])
O("gov_ks", governor("Kansas"))

E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("al_sen_rep_prim_2017", "2017 Alabama Republican Senate primary runoff", "ocd-division/country:us/state:al", "2017-09-26", "primary", special=True, office="sen_al")
E("va_sen_rep_prim_2018", "2018 Virginia Republican Senate primary", "ocd-division/country:us/state:va", "2018-06-12", "primary", office="sen_va")
E("va_sen_2018", "2018 United States Senate election in Virginia", "ocd-division/country:us/state:va", "2018-11-06", "general", office="sen_va")
E("ks_gov_rep_prim_2018", "2018 Kansas gubernatorial Republican primary", "ocd-division/country:us/state:ks", "2018-08-07", "primary", office="gov_ks")
E("ks_gov_2018", "2018 Kansas gubernatorial election", "ocd-division/country:us/state:ks", "2018-11-06", "general", office="gov_ks")
E("ks_sen_2020", "2020 United States Senate election in Kansas", "ocd-division/country:us/state:ks", "2020-11-03", "general", office="sen_ks")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("wi_dem_prim_2020", "2020 Wisconsin Democratic presidential primary", "ocd-division/country:us/state:wi", "2020-04-07", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("burl_mayor_1981", "1981 Burlington mayoral election", "ocd-division/country:us/state:vt/place:burlington", "1981-03-03", "general")
E("alp_leader_2012", "2012 Australian Labor Party leadership ballot", "ocd-division/country:au", "2012-02-27", "general", office="alp_leader")
E("alp_leader_2013", "2013 Australian Labor Party leadership ballot", "ocd-division/country:au", "2013-06-26", "general", office="alp_leader")
E("au_fed_2010", "2010 Australian federal election", "ocd-division/country:au", "2010-08-21", "general")
E("au_fed_2013", "2013 Australian federal election", "ocd-division/country:au", "2013-09-07", "general")
E("af_pres_2014_r1", "2014 Afghan presidential election (first round)", "ocd-division/country:af", "2014-04-05", "general", office="pres_af")
E("af_pres_2014", "2014 Afghan presidential election (second round)", "ocd-division/country:af", "2014-06-14", "runoff", office="pres_af")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("md_pres_2016", "2016 Moldovan presidential election (second round)", "ocd-division/country:md", "2016-11-13", "runoff", office="pres_md")
E("md_pres_2016_r1", "2016 Moldovan presidential election (first round)", "ocd-division/country:md", "2016-10-30", "general", office="pres_md")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("br_pres_2018", "2018 Brazilian presidential election (first round)", "ocd-division/country:br", "2018-10-07", "general", office="pres_br")
E("br_pres_2018_r2", "2018 Brazilian presidential election (second round)", "ocd-division/country:br", "2018-10-28", "runoff", office="pres_br")

P("perez", "Tom Perez", [])
P("brazile", "Donna Brazile", [])
P("bsanders", "Bernie Sanders", ["Sanders", "Mr. Sanders", "Mayor Sanders", "Senator Sanders"])
P("biden", "Joe Biden", ["Biden", "Mr. Biden"])
P("warren", "Elizabeth Warren", [])
P("kaine", "Tim Kaine", [])
P("cstewart", "Corey Stewart", [])
P("kobach", "Kris Kobach", [])
P("gillard", "Julia Gillard", ["Gillard"])
P("rudd", "Kevin Rudd", ["Rudd"])
P("carr", "Bob Carr", [])
P("abbott", "Tony Abbott", [])
P("abdullah", "Abdullah Abdullah", ["Abdullah", "Dr. Abdullah Abdullah"])
P("ghani", "Ashraf Ghani", ["Ghani"])
P("kerry", "John Kerry", [])
P("dodon", "Igor Dodon", ["Dodon"])
P("sandu", "Maia Sandu", ["Sandu"])
P("giuliani", "Rudy Giuliani", [])
P("dclarke", "David Clarke", [])
P("lula", "Luiz Inácio Lula da Silva", ["Lula da Silva", "Luiz Inacio Lula da Silva", "Lula"])
P("temer", "Michel Temer", [])
P("dilma", "Dilma Rousseff", ["Dilma"])

# ---------------------------------------------------------------- a_2020-02-06 (National Review, Iowa caucus)
_HFA = "had taken care of 80 percent of the DNC’s remaining debt"
_CK = "And when both Ted Cruz and John Kasich stayed in, all the way to the Indiana primary"
_RIV = "Trump’s rivals might be upset by their defeat"
_GOPP = "But you know what happened in those GOP primaries in Alabama and Virginia and Kansas"
_MOO = "We’ve seen Roy Moore win a Senate nomination and fumble away a seat"
_STE = "Corey Stewart won a GOP Senate nomination in Virginia and promptly got spanked by incumbent Tim Kaine"
_KOB = "Kris Kobach managed to lose a gubernatorial race in Kansas"
_SAN = "Bernie Sanders fans weren’t so convinced that their defeat had been an honest one."
DOCS.append(("a_2020-02-06_hljF1DbDyxT5OJkB.txt", [
    F("holds_office", "perez", "dnc_chair", "for Chairman Tom Perez and top deputies"),
    F("holds_office", "brazile", "dnc_chair", "Incoming chairwoman Donna Brazile", former=True),
    F("funding", "hfa", "dnc", [_HFA, "In 2016, Hillary Clinton’s campaign secretly assumed control of the Democratic National Committee’s debts"]),
    F("funding", "hvf", "dnc", _HFA),
    F("candidacy", "clinton", "us_dem_prim_2016", ["In 2016, Hillary Clinton’s campaign secretly assumed control",
                                                   "would prefer one presidential candidate to another"]),
    F("candidacy", "clinton", "us_pres_2016", "in light of the fact that Hillary was his opponent"),
    F("candidacy", "bsanders", "us_dem_prim_2016", ["many supporters of Bernie Sanders concluded", _SAN]),
    F("lost", "bsanders", "us_dem_prim_2016", _SAN),
    F("candidacy", "trump", "us_rep_prim_2016", ["from stepping in, winning the nomination", "Trump may have won less than half the votes in the primary"]),
    F("won", "trump", "us_rep_prim_2016", ["from stepping in, winning the nomination", "Trump may have won less than half the votes in the primary"], 44.95),
    F("party", "trump", "rep", ["Never Trump conservatives may have felt that the GOP’s nomination of Trump", "from stepping in, winning the nomination"]),
    F("party", "trump", "dem", "a former registered Democrat", former=True),
    F("candidacy", "trump", "us_pres_2016", ["in light of the fact that Hillary was his opponent",
                                             "convinced that Trump would be toxic in the general election"]),
    F("candidacy", "cruz", "us_rep_prim_2016", _CK),
    F("candidacy", "kasich", "us_rep_prim_2016", _CK),
    F("candidacy", "cruz", "in_rep_prim_2016", _CK),
    F("candidacy", "kasich", "in_rep_prim_2016", _CK),
    F("lost", "cruz", "us_rep_prim_2016", [_CK, _RIV]),
    F("lost", "kasich", "us_rep_prim_2016", [_CK, _RIV]),
    F("party", "cruz", "rep", [_CK, "If you’re a Republican who wasn’t enamored with Trump, the 2016 primary offered"]),
    F("party", "kasich", "rep", [_CK, "If you’re a Republican who wasn’t enamored with Trump, the 2016 primary offered"]),
    F("candidacy", "moore", "al_sen_rep_prim_2017", _MOO),
    F("won", "moore", "al_sen_rep_prim_2017", _MOO),
    F("candidacy", "moore", "al_sen_2017", _MOO),
    F("lost", "moore", "al_sen_2017", _MOO),
    F("party", "moore", "rep", [_MOO, _GOPP]),
    F("candidacy", "cstewart", "va_sen_rep_prim_2018", _STE),
    F("won", "cstewart", "va_sen_rep_prim_2018", _STE),
    F("party", "cstewart", "rep", _STE),
    F("candidacy", "cstewart", "va_sen_2018", _STE),
    F("lost", "cstewart", "va_sen_2018", _STE),
    F("candidacy", "kaine", "va_sen_2018", _STE),
    F("won", "kaine", "va_sen_2018", _STE),
    F("holds_office", "kaine", "sen_va", _STE),
    F("candidacy", "kobach", "ks_gov_2018", _KOB),
    F("lost", "kobach", "ks_gov_2018", _KOB),
    F("candidacy", "kobach", "ks_sen_2020", _KOB),
    F("candidacy", "kobach", "ks_gov_rep_prim_2018", [_KOB, _GOPP]),
    F("won", "kobach", "ks_gov_rep_prim_2018", [_KOB, _GOPP]),
    F("party", "kobach", "rep", [_KOB, _GOPP]),
]))

# ---------------------------------------------------------------- a_2020-04-08 (CSM, Sanders withdraws)
_WD = S("Bernie Sanders’ withdrawal from the presidential race", through="strange Wisconsin primary")
_BID = "Joe Biden had a prohibitive lead in delegates and in polls for the Democratic nomination."
_FVP = "Former Vice President Biden, the presumptive nominee"
_OUST = "if only as the vehicle for ousting President Donald Trump"
_WAR = "another liberal former candidate, Massachusetts Sen. Elizabeth Warren"
_ELM = "when Mr. Sanders was elected mayor of Burlington by 10 votes"
_S16 = S("Until 2015, Mr. Sanders toiled largely unnoticed.", through="nearly grabbing the party’s presidential nomination")
DOCS.append(("a_2020-04-08_LwK5PEasZQPvdRZd.txt", [
    F("candidacy", "bsanders", "us_dem_prim_2020", ["Bernie Sanders’ withdrawal from the presidential race", _BID]),
    F("candidacy", "bsanders", "wi_dem_prim_2020", _WD),
    F("holds_office", "bsanders", "sen_vt", _WD),
    F("candidacy", "biden", "us_dem_prim_2020", _BID),
    F("party", "biden", "dem", _BID),
    F("candidacy", "biden", "us_pres_2020", [_FVP, "Most Sanders supporters can be expected to vote for Mr. Biden"]),
    F("holds_office", "biden", "vp_us", _FVP, former=True),
    F("holds_office", "trump", "pres_us", [_OUST, "Like President Trump, he had tapped into something"]),
    F("candidacy", "trump", "us_pres_2020", _OUST),
    F("candidacy", "warren", "us_dem_prim_2020", _WAR),
    F("holds_office", "warren", "sen_ma", _WAR),
    F("party", "warren", "dem", [_WAR, _BID]),
    F("candidacy", "bsanders", "burl_mayor_1981", _ELM),
    F("won", "bsanders", "burl_mayor_1981", _ELM),
    F("holds_office", "bsanders", "mayor_burlington", [_ELM, "to interview Mayor Sanders"], former=True),
    F("holds_office", "bsanders", "rep_vt_al", "When Mr. Sanders reached Congress in 1991", former=True),
    F("candidacy", "bsanders", "us_dem_prim_2016", _S16),
    F("lost", "bsanders", "us_dem_prim_2016", _S16),
    F("candidacy", "clinton", "us_dem_prim_2016", _S16),
    F("party", "clinton", "dem", "Then he took on Hillary Clinton, the embodiment of the Democratic establishment"),
]))

# ---------------------------------------------------------------- c_2012-03-02 (Current Events, Australian reshuffle)
_AUH = "The Prime Minister of Australia Julia Gillard announces a Cabinet reshuffle with Bob Carr"
_CARR = "former NSW premier Bob Carr is the new Foreign Affairs Minister"
_R2 = "Former Prime Minister Kevin Rudd wins leadership of the Australian Labor Party against incumbent Julia Gillard."
_R3 = "The Prime Minister of Australia Julia Gillard wins a leadership ballot in the Australian Labor Party, defeating former Prime Minister Kevin Rudd."
_R4 = "Former Prime Minister Kevin Rudd announces that he will contest the leadership of the Australian Labor Party"
_R8 = "Former Prime Minister of Australia Kevin Rudd joins Julia Gillard's election campaign"
_R10 = "Australian Prime Minister Kevin Rudd and Leader of the Opposition Tony Abbott participate"
DOCS.append(("c_2012-03-02_the-prime-minister-of-australia-julia-gi.txt", [
    F("holds_office", "gillard", "pm_au", [_AUH, "Julia Gillard becomes Australia's first female Prime Minister."]),
    F("holds_office", "carr", "fm_au", [_AUH, _CARR]),
    F("holds_office", "carr", "premier_nsw", [_AUH, _CARR], former=True),
    F("holds_office", "rudd", "fm_au", [_AUH, "Kevin Rudd resigns as Foreign Minister of Australia",
                                       "as a result of the resignation of Foreign Minister Kevin Rudd"], former=True),
    F("holds_office", "rudd", "pm_au", ["with former PM Kevin Rudd named as the Minister for Foreign Affairs",
                                       "Prime Minister of Australia Kevin Rudd steps down", _R10], former=True),
    F("candidacy", "gillard", "alp_leader_2012", [_R3, _R4]),
    F("candidacy", "rudd", "alp_leader_2012", [_R3, _R4]),
    F("won", "gillard", "alp_leader_2012", _R3),
    F("lost", "rudd", "alp_leader_2012", _R3),
    F("candidacy", "rudd", "alp_leader_2013", _R2),
    F("candidacy", "gillard", "alp_leader_2013", _R2),
    F("won", "rudd", "alp_leader_2013", _R2),
    F("lost", "gillard", "alp_leader_2013", _R2),
    F("party", "gillard", "alp", [_R2, _R3]),
    F("party", "rudd", "alp", [_R2, _R3, _R4]),
    F("holds_office", "gillard", "alp_leader", _R2),
    F("endorsement", "rudd", "gillard", _R8),
    F("candidacy", "gillard", "au_fed_2010", _R8),
    F("holds_office", "abbott", "opp_leader_au", [_R8, _R10]),
    # Rudd's candidacy in the 2013 federal election is not listed: the scorer cannot tell it from his 2013 ALP ballot (no office on parliamentary elections)
    F("candidacy", "abbott", "au_fed_2013", _R10),
]))

# ---------------------------------------------------------------- c_2014-04-26 (Current Events, Afghan election)
_AFH = "Afghan Presidential elections are set to go to a second round between former foreign minister Abdullah Abdullah"
_AF6 = "Dr. Abdullah Abdullah, former foreign minister is leading in Afghan presidential election"
_AF1 = "A recount of votes begins after contenders Abdullah Abdullah and Ashraf Ghani reach a deal"
_AF2 = "Afghanistan's rival presidential candidates, Ashraf Ghani and Abdullah Abdullah, sign a power-sharing deal"
_AF4 = "following an agreement between the two leading candidates Abdullah Abdullah and Ashraf Ghani"
DOCS.append(("c_2014-04-26_afghan-presidential-elections-are-set-to.txt", [
    F("candidacy", "abdullah", "af_pres_2014_r1", [_AFH, _AF6]),
    F("candidacy", "ghani", "af_pres_2014_r1", [_AFH, _AF6]),
    F("candidacy", "abdullah", "af_pres_2014", [_AFH, _AF1, _AF2, _AF4]),
    F("candidacy", "ghani", "af_pres_2014", [_AFH, _AF1, _AF2, _AF4]),
    F("holds_office", "abdullah", "fm_af", [_AFH, _AF6], former=True),
    F("holds_office", "ghani", "finmin_af", "A preliminary count indicates that former finance minister Ashraf Ghani", former=True),
    F("holds_office", "kerry", "sec_state_us", "with the assistance of United States Secretary of State John Kerry"),
    F("holds_office", "ghani", "pres_af", [_AF2, "Afghanistan President Ashraf Ghani says Pakistan must take military action"]),
    F("holds_office", "abdullah", "ceo_af", _AF2),
    F("party", "abdullah", "ncafg", "Abdullah Abdullah of the National Coalition of Afghanistan"),
]))

# ---------------------------------------------------------------- c_2016-04-19 (Current Events, New York primary)
_NYH = "Voters in the U.S. state of New York go to the polls for a primary election with Hillary Clinton and Donald Trump"
_NOV8 = "including the highly publicized presidential election between major party nominees Hillary Clinton and Donald Trump"
_MO = "Bernie Sanders concedes the Missouri primary to Hillary Clinton, who led by 1,531 votes"
_MOR = "The Republican contest is too close to call as Donald Trump leads Ted Cruz by a similar 0.2 percent."
_NOV9 = "Although he lost the popular vote, Donald Trump, the Republican nominee for the 2016 presidential election"
_DEB = ["Hillary Clinton and Donald Trump hold the second presidential debate of the 2016 U.S. presidential election",
        "Hillary Clinton and Donald Trump meet for the third presidential debate of the 2016 U.S. election"]
DOCS.append(("c_2016-04-19_voters-in-the-u-s-state-of-new-york-go-t.txt", [
    F("candidacy", "clinton", "ny_dem_prim_2016", _NYH),
    F("candidacy", "trump", "ny_rep_prim_2016", _NYH),
    F("candidacy", "clinton", "us_pres_2016", [_NOV8, _NOV9, "Hillary Clinton's margin in the popular vote rises to over two million"] + _DEB),
    F("candidacy", "trump", "us_pres_2016", [_NOV8, _NOV9, "President-elect Donald Trump is declared as the winner in Michigan"] + _DEB),
    F("won", "trump", "us_pres_2016", _NOV9),
    F("lost", "clinton", "us_pres_2016", _NOV9),
    F("party", "trump", "rep", [_NOV9, _MOR]),
    F("party", "clinton", "dem", _NOV9),
    F("candidacy", "bsanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "clinton", "mo_dem_prim_2016", _MO),
    F("won", "clinton", "mo_dem_prim_2016", _MO),
    F("lost", "bsanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "trump", "mo_rep_prim_2016", _MOR),
    F("candidacy", "cruz", "mo_rep_prim_2016", _MOR),
    F("party", "cruz", "rep", _MOR),
]))

# ---------------------------------------------------------------- c_2016-11-14 (Current Events, Moldovan runoff)
_MDH = "Igor Dodon, of the Socialists- Party, wins Sunday's Moldovan presidential election run-off"
_MD1 = "Voters in Moldova head to the polls in the country's presidential runoff between two opposition candidates"
_MD2 = "A run off election will be held on November 13 between Igor Dodon and Maia Sandu"
DOCS.append(("c_2016-11-14_moldovan-presidential-election-2016-igor.txt", [
    F("candidacy", "dodon", "md_pres_2016", [_MDH, _MD1, _MD2]),
    F("candidacy", "sandu", "md_pres_2016", [_MDH, _MD1, _MD2]),
    F("won", "dodon", "md_pres_2016", _MDH, 52.2),
    F("lost", "sandu", "md_pres_2016", _MDH),
    F("party", "dodon", "psrm", [_MDH, _MD1]),
    F("party", "sandu", "pas", [_MDH, _MD1]),
    F("holds_office", "sandu", "edu_min_md", _MDH, former=True),
    F("candidacy", "dodon", "md_pres_2016_r1", S("Voters in Moldova go to the polls for a presidential election.", through=_MD2)),
    F("candidacy", "sandu", "md_pres_2016_r1", S("Voters in Moldova go to the polls for a presidential election.", through=_MD2)),
    F("holds_office", "dodon", "pres_md", "Moldovan President Igor Dodon, during his first state visit to Russia"),
]))

# ---------------------------------------------------------------- c_2016-12-19 (Current Events, Electoral College)
_ECH = S("Donald Trump earns the required Electoral College votes", 0)
_ECV = "officially gave Mr. Trump a majority of votes, ending a long-shot bid to block his victory"
_RNC16 = "The 2016 Republican National Convention gets underway in Cleveland, Ohio."
_PAL = "Tea Party activist Sarah Palin endorses Republican Party presidential candidate Donald Trump"
DOCS.append(("c_2016-12-19_amidst-a-concerted-effort-to-persuade-el.txt", [
    F("won", "trump", "us_pres_2016", [_ECH, _ECV]),
    F("candidacy", "trump", "us_pres_2016", [_ECH, _ECV, "wife of presumptive Republican nominee for President of the United States Donald Trump"]),
    F("party", "trump", "rep", ["wife of presumptive Republican nominee for President of the United States Donald Trump", _PAL]),
    F("holds_office", "trump", "pres_us", ["United States President Donald Trump announces that he intends",
                                          "U.S. President Donald Trump says the U.S. will",
                                          "U.S. President Donald Trump names Brad Parscale"]),
    F("holds_office", "perry", "gov_tx", "former Governor of Texas Rick Perry", former=True),
    F("holds_office", "giuliani", "mayor_nyc", "former Mayor of New York City Rudy Giuliani", former=True),
    F("holds_office", "dclarke", "sheriff_milw", "Milwaukee County sheriff David Clarke"),
    F("endorsement", "palin", "trump", _PAL),
    F("holds_office", "palin", "gov_ak", _PAL, former=True),
    F("candidacy", "palin", "us_pres_2008", _PAL),
    F("candidacy", "trump", "us_rep_prim_2016", _PAL),
    F("candidacy", "trump", "us_pres_2020", "as he formally declares he is running for re-election"),
]))

# ---------------------------------------------------------------- c_2018-03-06 (Current Events, Brazil poll)
_BRH = "According to a MDA poll commissioned by the CNT national transport lobby, Lula da Silva would win"
_PT = "The Brazil Workers' Party (PT) insists that former president Luiz Inacio Lula da Silva will be their candidate"
DOCS.append(("c_2018-03-06_according-to-a-mda-poll-commissioned-by-.txt", [
    F("poll", "lula", "br_pres_2018_r2", _BRH, pollster="MDA"),
    F("candidacy", "lula", "br_pres_2018", _PT),
    F("party", "lula", "pt", _PT),
    F("endorsement", "pt", "lula", _PT),
    F("holds_office", "lula", "pres_br", [_PT, "Testimony begins in a corruption case against former President of Brazil Luiz Inacio Lula da Silva",
                                         "file corruption charges against former President Luiz Inacio Lula da Silva",
                                         "Former President of Brazil Lula da Silva will stand trial"], former=True),
    F("holds_office", "temer", "pres_br", "including current President Michel Temer and his predecessors Dilma and Lula"),
    F("holds_office", "dilma", "pres_br", "including current President Michel Temer and his predecessors Dilma and Lula", former=True),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b04.jsonl")
    print("wrote", len(lines), "facts")
