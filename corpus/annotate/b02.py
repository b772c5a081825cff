# ruff: noqa: E501
"""Corpus annotation, batch b02 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # Wikidata ids from unitedstates/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    'Barack Obama': 'Q76',
    'Claire McCaskill': 'Q22260',
    'John Lewis': 'Q45380',
    'Elijah Cummings': 'Q934898',
    'Nancy Pelosi': 'Q170581',
    'Chuck Schumer': 'Q380900',
    'John McCain': 'Q10390',
    'Mitch McConnell': 'Q355522',
    'Ted Cruz': 'Q2036942',
    'Steve Scalise': 'Q1857141',
    'Cedric Richmond': 'Q561284',
    'Paul Ryan': 'Q203966',
    'Donald Trump': 'Q22686',
    'Lindsey Graham': 'Q22212',
    'Amy Klobuchar': 'Q22237',
    'Elizabeth Warren': 'Q434706',
    'Mark Pocan': 'Q1900355',
    'Tulsi Gabbard': 'Q32620',
    'Bernie Sanders': 'Q359442',
    'Joe Biden': 'Q6279',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D", "Dem"], qid="Q29552")
R.party("alp", "Australian Labor Party", ["Labor Party", "Labor", "ALP"])
R.party("lib_au", "Liberal Party of Australia", ["Liberal"])
R.party("greens_au", "Australian Greens", ["The Australian Greens", "Greens"])
R.party("con_uk", "Conservative Party", ["Conservative Party", "Conservative"])
R.party("cdu", "Christian Democratic Union", ["CDU", "Christian Democratic Union (CDU)"])
R.party("broad_front", "Broad Front", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "US president"])
O("vp_us", head("Vice President", "the United States", "U.S."))
O("speaker", "Speaker of the U.S. House of Representatives", generic=["Speaker of the House", "House Speaker", "Speaker"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives",
  ["majority whip"], generic=["House Majority Whip", "Majority Whip"])
O("sen_maj_leader", "Majority Leader of the United States Senate", ["Senate Republican leader", "Leader McConnell"],
  generic=["Senate Majority Leader", "Majority Leader"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_va", governor("Virginia"))
O("sen_mo", senator("Missouri"))
O("sen_ny", senator("New York"))
O("sen_az", senator("Arizona"))
O("sen_il", senator("Illinois"))
O("sen_vt", senator("Vermont"), ["Vermont senator", "Vermont Senator"])
O("sen_tx", senator("Texas"), ["Texas Senator"])
O("sen_sc", senator("South Carolina"))
O("sen_mn", senator("Minnesota"), ["Minnesota Senator"])
O("sen_ma", senator("Massachusetts"))
O("rep_mo2", representative("Missouri", 2), ["Congressman"])
O("rep_ga5", representative("Georgia", 5))
O("rep_md7", representative("Maryland", 7))
O("rep_la1", representative("Louisiana", 1))
O("rep_la2", representative("Louisiana", 2))
O("rep_fl5", representative("Florida", 5))
O("rep_wi2", representative("Wisconsin", 2))
O("un_amb", "United States Ambassador to the United Nations", ["United Nations Ambassador"],
  generic=["U.S. Ambassador to the United Nations", "Ambassador to the United Nations", "UN Ambassador"])
O("sos_oh", state_officer("Secretary of State", "Ohio"))
O("ag_pa", state_officer("Attorney General", "Pennsylvania"))
O("pa_house_maj", "Majority Leader of the Pennsylvania House of Representatives", ["House Majority Leader"],
  generic=["Pennsylvania House Majority Leader", "Majority Leader"])
O("mayor_la", mayor("Los Angeles"))
O("mayor_south_bend", mayor("South Bend"), ["mayor of South Bend"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor", "New York City mayor", "New York mayor"])
O("dnc_conv_chair", "Chair of the Democratic National Convention", ["chair of the Democratic National Convention"])
O("dnc_secretary", "Secretary of the Democratic National Committee", ["National Commitee Secretary"],
  generic=["DNC Secretary"])
O("dnc_chair", "Chair of the Democratic National Committee", ["Democratic National Committee chair"],
  generic=["DNC chair"])
O("dnc_vice_chair", "Vice Chair of the Democratic National Committee", ["vice-chair of the Democratic National Committee"],
  generic=["DNC vice chair"])
O("rnc_chair", "Chair of the Republican National Committee", ["Republican National Committee chairwoman"],
  generic=["Chairman of the Republican National Committee", "RNC chair", "RNC chairwoman"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of State"])
O("omb_dir", "Director of the Office of Management and Budget", ["Office of Management and Budget Director"],
  generic=["OMB Director"])
O("la_leg", "Member of the Louisiana State Legislature", ["Louisiana legislature"],
  generic=["Louisiana State Legislature"])
O("cbc_chair", "Chair of the Congressional Black Caucus", ["chairman of the Congressional Black Caucus"],
  generic=["Chairman of the Congressional Black Caucus", "CBC chair"])
O("ccp_cochair", "Co-Chair of the Congressional Progressive Caucus", ["co-chair of Congressional Progressive Caucus"])
O("scotus", "Associate Justice of the Supreme Court of the United States",
  generic=["Supreme Court Justice", "Justice", "Associate Justice"])
O("fbi_dir", "Director of the Federal Bureau of Investigation", generic=["FBI Director", "Director of the FBI"])
O("special_counsel", "Special Counsel", ["special counsel"], generic=["U.S. Special Counsel"])
O("nsa", "National Security Advisor", ["national security adviser"],
  generic=["U.S. National Security Advisor", "National Security Adviser"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"), ["prime ministers of Britain"])
O("pm_il", head("Prime Minister", "Israel", "Israeli"))
O("con_leader", "Leader of the Conservative Party", ["the leader of the Conservative Party"],
  generic=["Conservative Party leader"])
O("uk_intl_dev", "Secretary of State for International Development",
  ["United Kingdom Secretary of State for International Development"], generic=["International Development Secretary"])
O("pres_ht", head("President", "Haiti", "Haitian"), ["presidency of Haiti"])
O("mhr_au", "Member of the Australian House of Representatives",
  ["Member of the Australian House of Representatives", "member of the House of Representatives",
   "members of parliament"], generic=["Member of Parliament", "MP"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["PM"])
O("alp_leader", "Leader of the Australian Labor Party", ["leadership of the Australian Labor Party"],
  generic=["Labor Party leader", "Labor leader"])
O("greens_leader", "Leader of the Australian Greens", ["the leader of The Australian Greens"])
O("au_foreign_min", head("Minister for Foreign Affairs", "Australia", "Australian"), generic=["Foreign Minister"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"), ["Ukrainian president"])
O("pres_ru", head("President", "Russia", "Russian"))
O("pres_mx", head("President", "Mexico", "Mexican"))
O("nato_sg", "Secretary General of NATO", generic=["NATO Secretary General"])
O("dpr_head", "Head of the Donetsk People's Republic", ["DPR leader"])
O("lpr_head", "Head of the Luhansk People's Republic", ["LPR leader"])
O("pres_uy", head("President", "Uruguay", "Uruguayan"))
O("pres_is", head("President", "Iceland", "Icelandic"))
O("chancellor_de", head("Chancellor", "Germany", "German"))

# ---------------------------------------------------------------- elections
E = R.election
US = "ocd-division/country:us"
E("us_pres_2012", "2012 United States presidential election", US, "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", US, "2012", "primary", office="pres_us")
E("mo_sen_2012", "2012 United States Senate election in Missouri", US + "/state:mo", "2012-11-06", "general", office="sen_mo")
E("us_pres_1860", "1860 United States presidential election", US, "1860-11-06", "general", office="pres_us")
E("us_pres_1940", "1940 United States presidential election", US, "1940-11-05", "general", office="pres_us")
E("us_pres_1964", "1964 United States presidential election", US, "1964-11-03", "general", office="pres_us")
E("us_pres_1992", "1992 United States presidential election", US, "1992-11-03", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", US, "2008-11-04", "general", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", US, "2008", "primary", office="pres_us")
E("nh_dem_prim_2008", "2008 New Hampshire Democratic presidential primary", US + "/state:nh", "2008-01-08", "primary", office="pres_us")
E("nh_rep_prim_2008", "2008 New Hampshire Republican presidential primary", US + "/state:nh", "2008-01-08", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", US, "2016-11-08", "general", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", US, "2016", "primary", office="pres_us")
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", US + "/state:nh", "2016-02-09", "primary", office="pres_us")
E("nv_dem_caucus_2016", "2016 Nevada Democratic presidential caucuses", US + "/state:nv", "2016-02-20", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", US, "2020-11-03", "general", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", US, "2020", "primary", office="pres_us")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", US + "/state:ia", "2020-02-03", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", US + "/state:nh", "2020-02-11", "primary", office="pres_us")
E("ht_pres_2010", "2010 Haitian presidential election", "ocd-division/country:ht", "2010-11-28", "general", office="pres_ht")
E("alp_leader_2012", "2012 Australian Labor Party leadership spill", "ocd-division/country:au", "2012-02-27", "general", office="alp_leader")
E("alp_leader_2013", "June 2013 Australian Labor Party leadership spill", "ocd-division/country:au", "2013-06-26", "general", office="alp_leader")
E("uy_pres_2014_r2", "2014 Uruguayan presidential election (second round)", "ocd-division/country:uy", "2014-11-30", "runoff", office="pres_uy")
E("is_pres_2016", "2016 Icelandic presidential election", "ocd-division/country:is", "2016-06-25", "general", office="pres_is")
E("de_fed_2017", "2017 German federal election", "ocd-division/country:de", "2017-09-24", "general")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama", "Barack Obama"])
P("romney", "Mitt Romney", ["Romney", "Mitt"], qid="Q4496")
P("boehner", "John Boehner", ["Boehner", "Speaker John Boehner"])
P("akin", "Todd Akin", ["Akin", "Congressman Akin", "Rep. Todd Akin"])
P("mccaskill", "Claire McCaskill", [])
P("bolton", "John Bolton", [])
P("blackwell", "Ken Blackwell", [])
P("villaraigosa", "Antonio Villaraigosa", ["Villaraigosa"])
P("germond", "Alice Germond", [])
P("lewis", "John Lewis", [])
P("cummings", "Elijah Cummings", [])
P("turzai", "Mike Turzai", [])
P("sproul", "Nathan Sproul", ["Sproul"])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("schumer", "Chuck Schumer", [])
P("mccain", "John McCain", ["McCain"])
P("willkie", "Wendell Willkie", ["Willkie"])
P("fdr", "Franklin D. Roosevelt", ["Roosevelt"], qid="Q8007")
P("lincoln", "Abraham Lincoln", ["Lincoln"], qid="Q91")
P("goldwater", "Barry Goldwater", [])
P("lbj", "Lyndon B. Johnson", [])
P("bmcdonnell", "Bob McDonnell", ["McDonnell", "Virginia Gov. Bob McDonnell"])
P("mmcdonnell", "Maureen McDonnell", [])
P("jwilliams", "Jonnie Williams Sr.", ["Jonnie Williams"])
P("clinton", "Hillary Clinton", ["Clinton", "Mrs. Clinton", "Hillary Clinton", "Hillary"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Sen. Sanders", "Bernie Sanders"])
P("omalley", "Martin O'Malley", [])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"])
P("bclinton", "Bill Clinton", [], qid="Q1124")
P("cruz", "Ted Cruz", ["Cruz"])
P("fiorina", "Carly Fiorina", [])
P("kane", "Kathleen Kane", [])
P("cbrown", "Corrine Brown", ["Corinne Brown"])
P("clake", "Celinda Lake", [])
P("thatcher", "Margaret Thatcher", ["Maggie Thatcher", "Thatcher"], qid="Q7416")
P("meir", "Golda Meir", [])
P("mulvaney", "Mick Mulvaney", ["Mulvaney"])
P("scalise", "Steve Scalise", ["Scalise"])
P("richmond", "Cedric Richmond", ["Richmond", "Rep. Cedric Richmond"])
P("ryan", "Paul Ryan", [])
P("graham", "Lindsey Graham", [])
P("gorsuch", "Neil Gorsuch", [])
P("comey", "James Comey", ["Comey"])
P("mueller", "Robert Mueller", [])
P("flynn", "Michael Flynn", [])
P("mcdaniel", "Ronna McDaniel", [])
P("broidy", "Elliott Broidy", [])
P("buttigieg", "Pete Buttigieg", ["Buttigieg"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("biden", "Joe Biden", ["Biden", "Joe Biden"])
P("warren", "Elizabeth Warren", [])
P("bloomberg", "Michael Bloomberg", ["Bloomberg"])
P("pocan", "Mark Pocan", ["Pocan"])
P("payne", "Joel Payne", [])
P("wyclef", "Wyclef Jean", [])
P("mordaunt", "Penny Mordaunt", [])
P("wilkie", "Andrew Wilkie", [])
P("gillard", "Julia Gillard", ["Gillard"])
P("rudd", "Kevin Rudd", [])
P("turnbull", "Malcolm Turnbull", ["Turnbull"])
P("shorten", "Bill Shorten", [])
P("milne", "Christine Milne", [])
P("thomson", "Craig Thomson", [])
P("windsor", "Tony Windsor", [])
P("oakeshott", "Rob Oakeshott", [])
P("poroshenko", "Petro Poroshenko", [])
P("putin", "Vladimir Putin", [], qid="Q7747")
P("rasmussen", "Anders Fogh Rasmussen", [])
P("zakharchenko", "Alexander Zakharchenko", [])
P("plotnitsky", "Igor Plotnitsky", [])
P("vazquez", "Tabaré Vázquez", ["Tabare Vazquez"])
P("grimsson", "Ólafur Ragnar Grímsson", ["Olafur Ragnar Grimsson", "lafur Ragnar Grmsson"])
P("johannesson", "Guðni Th. Jóhannesson", ["Gudni Th. Johannesson"])
P("cameron", "David Cameron", [], qid="Q192")
P("merkel", "Angela Merkel", [], qid="Q567")
P("gabbard", "Tulsi Gabbard", [])
P("brazile", "Donna Brazile", [])
P("penanieto", "Enrique Peña Nieto", ["Enrique Pena Nieto"])

DOCS = []

# ---------------------------------------------------------------- a_2012-07-07 (Boehner on Romney)
_PRIM12 = "Romney took a relatively long time to conquer his rivals in the GOP primary"
DOCS.append(("a_2012-07-07_w5fXNVwAvuPyuoWN.txt", [
    F("holds_office", "boehner", "speaker", "House Speaker John Boehner had a candid take"),
    F("party", "boehner", "rep", S("most people will be motivated to vote for him in opposition to Obama", through="The Ohio Republican made the remarks")),
    F("candidacy", "romney", "us_rep_prim_2012", _PRIM12),
    F("won", "romney", "us_rep_prim_2012", _PRIM12),
    F("party", "romney", "rep", _PRIM12),
    F("holds_office", "romney", "gov_ma", _PRIM12, former=True),
    F("candidacy", "romney", "us_pres_2012", _PRIM12),
    F("candidacy", "obama", "us_pres_2012", _PRIM12),
    F("holds_office", "obama", "pres_us", _PRIM12),
    F("endorsement", "boehner", "romney", S("Mitt Romney believes, just like we do", through="Solid guy, he")),
]))

# ---------------------------------------------------------------- a_2012-08-23 (Akin at CNP)
_AKIN = "to abandon his Missouri Senate bid, Rep. Todd Akin is huddling"
_MCC = "showed Akin trailing Democratic Sen. Claire McCaskill by 10 points"
_CNP = "former United Nations Ambassador John Bolton"
DOCS.append(("a_2012-08-23_enabPABzhhj5CRYG.txt", [
    F("candidacy", "akin", "mo_sen_2012", [_AKIN, _MCC]),
    F("holds_office", "akin", "rep_mo2", _AKIN),
    F("party", "akin", "rep", _AKIN),
    F("candidacy", "mccaskill", "mo_sen_2012", _MCC),
    F("party", "mccaskill", "dem", _MCC),
    F("holds_office", "mccaskill", "sen_mo", _MCC),
    F("candidacy", "romney", "us_pres_2012", "just days before the GOP officially nominates Mitt Romney"),
    F("party", "romney", "rep", "just days before the GOP officially nominates Mitt Romney"),
    F("holds_office", "bolton", "un_amb", _CNP, former=True),
    F("holds_office", "blackwell", "sos_oh", _CNP, former=True),
]))

# ---------------------------------------------------------------- a_2012-09-03 (DNC convention)
_VCHAIR = "Villaraigosa, who is the chair of the Democratic National Convention"
_ACC = "by the time President Obama delivers his acceptance speech"
DOCS.append(("a_2012-09-03_pjiMP5izLk2Q5aLA.txt", [
    F("holds_office", "villaraigosa", "mayor_la", "Los Angeles Mayor Antonio Villaraigosa said"),
    F("holds_office", "villaraigosa", "dnc_conv_chair", _VCHAIR),
    F("party", "villaraigosa", "dem", _VCHAIR),
    F("holds_office", "obama", "pres_us", "the themes President Obama has talked about"),
    F("candidacy", "romney", "us_pres_2012", "Republican presidential nominee Mitt Romney"),
    F("party", "romney", "rep", "Republican presidential nominee Mitt Romney"),
    F("candidacy", "obama", "us_pres_2012", _ACC),
    F("party", "obama", "dem", [_VCHAIR, _ACC]),
    F("holds_office", "germond", "dnc_secretary", "National Commitee Secretary Alice Germond"),
]))

# ---------------------------------------------------------------- a_2012-11-04 (Hogue op-ed, voter suppression)
_CAMP = "Earlier last week the Obama campaign complained"
DOCS.append(("a_2012-11-04_gaUNbkeryMpYXiXE.txt", [
    F("candidacy", "obama", "us_pres_2012", _CAMP),
    F("candidacy", "romney", "us_pres_2012", [_CAMP, "would deliver the state to Mitt Romney"]),
    F("holds_office", "lewis", "rep_ga5", "Rep. John Lewis -- a civil rights hero"),
    F("holds_office", "cummings", "rep_md7", "Rep. Elijah Cummings has said"),
    F("holds_office", "turzai", "pa_house_maj", "Republican House Majority Leader Mike Turzai"),
    F("party", "turzai", "rep", "Republican House Majority Leader Mike Turzai"),
    F("party", "sproul", "rep", "Meet Nathan Sproul: a longtime Republican operative"),
]))

# ---------------------------------------------------------------- a_2012-11-26 (Dem super PACs)
_PS = "House Minority Leader Nancy Pelosi, New York Sen. Chuck Schumer"
_AK = "the oppo shop that helped sink Missouri Rep. Todd Akin"
_AK2 = "that tanked his Missouri Senate campaign"
DOCS.append(("a_2012-11-26_HNPSe3lc8e2IvIYV.txt", [
    F("holds_office", "pelosi", "house_min_leader", _PS),
    F("holds_office", "schumer", "sen_ny", _PS),
    F("holds_office", "obama", "pres_us", "even though President Barack Obama won"),
    F("candidacy", "akin", "mo_sen_2012", [_AK, _AK2]),
    F("lost", "akin", "mo_sen_2012", [_AK, _AK2]),
    F("party", "akin", "rep", _AK),
    F("holds_office", "akin", "rep_mo2", _AK),
]))

# ---------------------------------------------------------------- a_2012-11-29 (Romney visits Obama)
_LUNCH = "President Obama hosts Mitt Romney for a private lunch"
_HEADL = S("Consolation Lunch? Romney Visits Obama")
_WILL = "After Wendell Willkie lost the 1940 presidential election"
_GOLD = S("Barry Goldwater in '64 knew he lost", through="to Lyndon B. Johnson, says Farris")
_MCC8 = "Days after Republican John McCain delivered a gracious 2008 concession speech"
_FAIL = "Unlike McCain, who returned to his Senate seat after his failed bid"
DOCS.append(("a_2012-11-29_QrVurzG1zngr6WIq.txt", [
    F("holds_office", "obama", "pres_us", _LUNCH),
    F("candidacy", "obama", "us_pres_2012", _LUNCH),
    F("candidacy", "romney", "us_pres_2012", _LUNCH),
    F("won", "obama", "us_pres_2012", [_HEADL, _LUNCH]),
    F("lost", "romney", "us_pres_2012", [_HEADL, _LUNCH]),
    F("candidacy", "willkie", "us_pres_1940", _WILL),
    F("candidacy", "fdr", "us_pres_1940", _WILL),
    F("lost", "willkie", "us_pres_1940", _WILL),
    F("won", "fdr", "us_pres_1940", _WILL),
    F("holds_office", "fdr", "pres_us", _WILL, former=True),
    F("candidacy", "lincoln", "us_pres_1860", "who became close friends and allies after Lincoln's election"),
    F("won", "lincoln", "us_pres_1860", "who became close friends and allies after Lincoln's election"),
    F("candidacy", "goldwater", "us_pres_1964", _GOLD),
    F("lost", "goldwater", "us_pres_1964", _GOLD),
    F("candidacy", "lbj", "us_pres_1964", _GOLD),
    F("won", "lbj", "us_pres_1964", _GOLD),
    F("candidacy", "mccain", "us_pres_2008", _MCC8),
    F("lost", "mccain", "us_pres_2008", [_MCC8, _FAIL]),
    F("party", "mccain", "rep", _MCC8),
    F("candidacy", "obama", "us_pres_2008", _MCC8),
    F("won", "obama", "us_pres_2008", _MCC8),
    F("holds_office", "mccain", "sen_az", [_FAIL, "followed Obama and McCain's relationship from its beginnings in the Senate"]),
    F("holds_office", "obama", "sen_il", "followed Obama and McCain's relationship from its beginnings in the Senate", former=True),
    F("party", "romney", "rep", "Romney is not exactly a dogmatic Republican"),
]))

# ---------------------------------------------------------------- a_2014-09-05 (McDonnell verdict)
_GIFT = "in gifts and loans that they received from Star Scientific CEO Jonnie Williams Sr."
DOCS.append(("a_2014-09-05_rKsQG6tMqfI1nZu8.txt", [
    F("holds_office", "bmcdonnell", "gov_va", "including former Virginia Gov. Bob McDonnell", former=True),
    F("funding", "jwilliams", "bmcdonnell", _GIFT, 100000),
    F("funding", "jwilliams", "mmcdonnell", _GIFT, 100000),
]))

# ---------------------------------------------------------------- a_2016-02-05 (Clinton-Sanders NH debate)
_RIV = S("The fifth debate between Hillary Clinton and Bernie Sanders", through="the two remaining rivals for the Democratic presidential nomination")
_SURV = "these two surviving candidates for the 2016 Democratic nomination"
_OMAL = "With Martin O'Malley having suspended his campaign"
_NH16 = S("In all likelihood, the two-hour session on MSNBC", through="Sanders had opened a 20-point lead on Clinton")
_MITCH = "Senate Republican leader Mitch McConnell"
DOCS.append(("a_2016-02-05_rgWbBeJ6bI5E1VSx.txt", [
    F("candidacy", "clinton", "us_dem_prim_2016", [_RIV, _SURV]),
    F("candidacy", "sanders", "us_dem_prim_2016", [_RIV, _SURV]),
    F("party", "clinton", "dem", _RIV),
    F("candidacy", "omalley", "us_dem_prim_2016", _OMAL),
    F("party", "omalley", "dem", _OMAL),
    F("candidacy", "clinton", "nh_dem_prim_2016", _NH16),
    F("candidacy", "sanders", "nh_dem_prim_2016", _NH16),
    F("holds_office", "sanders", "sen_vt", "the first person I will call to talk to"),
    F("holds_office", "mcconnell", "sen_maj_leader", _MITCH),
    F("party", "mcconnell", "rep", _MITCH),
]))

# ---------------------------------------------------------------- a_2016-11-22 (Clinton and the women's vote)
_FAILED = "failed effort to become the first woman president of the United States"
_CAMPT = "Imagine her saying or doing any of the outrageous or controversial things Donald Trump did"
_KB = "former Pennsylvania Attorney General Kathleen Kane and former Rep. Corinne Brown (D) of Florida"
_CRUZ = "former communications director for Sen. Ted Cruz (R) of Texas"
DOCS.append(("a_2016-11-22_AqkXxWFg2u5F3LJO.txt", [
    F("candidacy", "clinton", "us_pres_2016", _FAILED),
    F("lost", "clinton", "us_pres_2016", [_FAILED, "If anyone wants to blame women for Clinton"]),
    F("candidacy", "trump", "us_pres_2016", [_CAMPT, "a middle-aged Trump voter"]),
    F("candidacy", "sanders", "us_dem_prim_2016", "During the Democratic primaries, millions of women of all ages went for Bernie Sanders"),
    F("candidacy", "bclinton", "us_pres_1992", "as the wife of Democratic presidential candidate Bill Clinton"),
    F("party", "bclinton", "dem", "as the wife of Democratic presidential candidate Bill Clinton"),
    F("candidacy", "clinton", "us_dem_prim_2008", "Clinton emphasized gender much more than she did in her 2008 presidential campaign"),
    F("holds_office", "clinton", "sec_state", "her private email system as secretary of State", former=True),
    F("holds_office", "cruz", "sen_tx", _CRUZ),
    F("party", "cruz", "rep", _CRUZ),
    F("candidacy", "fiorina", "us_rep_prim_2016", "including Carly Fiorina on the Republican side"),
    F("party", "fiorina", "rep", "including Carly Fiorina on the Republican side"),
    F("holds_office", "kane", "ag_pa", _KB, former=True),
    F("holds_office", "cbrown", "rep_fl5", _KB, former=True),
    F("party", "cbrown", "dem", _KB),
    F("party", "clake", "dem", "says Democratic pollster Celinda Lake"),
    F("holds_office", "thatcher", "pm_uk", "Golda Meir crash the glass ceiling", former=True),
    F("holds_office", "meir", "pm_il", "Golda Meir crash the glass ceiling", former=True),
]))

# ---------------------------------------------------------------- a_2018-01-22 (shutdown, Mulvaney)
DOCS.append(("a_2018-01-22_2BRBQq1qtZ8KCFC6.txt", [
    F("holds_office", "mulvaney", "omb_dir", "If Office of Management and Budget Director Mick Mulvaney is right"),
    F("holds_office", "mcconnell", "sen_maj_leader", "Senate Majority Leader Mitch McConnell gave an update"),
]))

# ---------------------------------------------------------------- a_2018-02-08 (Scalise and Richmond)
_SCAL = "Republican leader Steve Scalise, who narrowly survived a gunshot"
_RICH = "he shares with Rep. Cedric Richmond, a Democrat from Louisiana"
_WHIP = "Scalise, the majority whip, spoke to a roomful of members of Congress"
_LEG = S("But Scalise often teams with Richmond", through="where the two served")
DOCS.append(("a_2018-02-08_04ItjyUTfVModrjG.txt", [
    F("party", "scalise", "rep", [_SCAL, "The Louisiana Republican pointed to what he called"]),
    F("holds_office", "scalise", "house_maj_whip", _WHIP),
    F("holds_office", "scalise", "rep_la1", _WHIP),
    F("holds_office", "richmond", "rep_la2", _RICH),
    F("party", "richmond", "dem", [_RICH, "Richmond, the lone Democrat in Louisiana"]),
    F("holds_office", "richmond", "cbc_chair", "Richmond, chairman of the Congressional Black Caucus"),
    F("holds_office", "scalise", "la_leg", _LEG, former=True),
    F("holds_office", "richmond", "la_leg", _LEG, former=True),
    F("holds_office", "obama", "pres_us", "frequent critic of former President Obama", former=True),
    F("holds_office", "trump", "pres_us", "regularly at odds with President Trump"),
    F("holds_office", "ryan", "speaker", "to meet with House Speaker Paul Ryan, R-Wisc."),
    F("party", "ryan", "rep", "to meet with House Speaker Paul Ryan, R-Wisc."),
]))

# ---------------------------------------------------------------- a_2018-03-22 (omnibus budget)
DOCS.append(("a_2018-03-22_j6K4EhYdrqCflszd.txt", [
    F("holds_office", "trump", "pres_us", ["Now the bill heads to President Donald Trump", "President Trump is the most pro-life President"]),
    F("holds_office", "ryan", "speaker", "House Speaker Paul Ryan (R-WI) praised"),
    F("party", "ryan", "rep", "House Speaker Paul Ryan (R-WI) praised"),
    F("holds_office", "graham", "sen_sc", "Sen. Lindsey Graham (R-SC) told CBN News"),
    F("party", "graham", "rep", "Sen. Lindsey Graham (R-SC) told CBN News"),
    F("holds_office", "gorsuch", "scotus", "confirming Justice Neil Gorsuch"),
]))

# ---------------------------------------------------------------- a_2018-04-16 (Comey interview)
_LOSS = "disappointment at Hillary Clinton"
DOCS.append(("a_2018-04-16_em3dDqcdfHEK9Epn.txt", [
    F("holds_office", "comey", "fbi_dir", [S("In ABC TV interview, former FBI director says"), "The former FBI director said"], former=True),
    F("holds_office", "trump", "pres_us", [S("In ABC TV interview, former FBI director says"), "James Comey has accused Donald Trump of being"]),
    F("candidacy", "clinton", "us_pres_2016", [_LOSS, "that he had cost her the election"]),
    F("lost", "clinton", "us_pres_2016", [_LOSS, "that he had cost her the election"]),
    F("candidacy", "trump", "us_pres_2016", "James Comey helped Trump win."),
    F("won", "trump", "us_pres_2016", "James Comey helped Trump win."),
    F("holds_office", "mueller", "special_counsel", "threats to fire special counsel Robert Mueller"),
    F("holds_office", "flynn", "nsa", "investigation of former national security adviser Michael Flynn", former=True),
    F("holds_office", "mcdaniel", "rnc_chair", "Ronna McDaniel, Republican National Committee chairwoman"),
]))

# ---------------------------------------------------------------- a_2018-04-17 (Trump, Cohen raid)
_NOM = S("So far, revelations over Trump's colorful past", through="the Republican nominee as a scourge")
DOCS.append(("a_2018-04-17_HRnHnyyz9RwtLARl.txt", [
    F("holds_office", "trump", "pres_us", ["built the persona that made him President", "Trump's presidency is now entwined"]),
    F("candidacy", "trump", "us_pres_2016", _NOM),
    F("party", "trump", "rep", _NOM),
    F("party", "broidy", "rep", "Elliott Broidy, a leading GOP fundraiser"),
    F("holds_office", "mueller", "special_counsel", "separate from special counsel Robert Mueller"),
]))

# ---------------------------------------------------------------- a_2018-06-06 (California primary analysis): no scored fact
DOCS.append(("a_2018-06-06_VDmY6YPgEOqUwoyG.txt", []))

# ---------------------------------------------------------------- a_2020-02-12 (New Hampshire 2020 primary)
_OPEN = "Bernie Sanders may have established himself as the standard-bearer"
_PETE = "Pete Buttigieg, the former mayor of South Bend, Indiana, seemed well positioned"
_BIDEN = "And while former Vice President Joe Biden lagged badly in both Iowa and New Hampshire"
_BLOOM = "The three are also bracing for the entry of former New York Mayor Michael Bloomberg"
_BATTLE = "the battle for the Democratic nomination to beat Republican President Donald Trump"
_TUE = "At the end of Tuesday night’s primary, the votes amassed by Buttigieg, Klobuchar and Biden"
_WIN = "there was no denying that his slim victory gave him the opportunity"
_CAPT = "Democratic U.S. presidential candidate and former South Bend Mayor Pete Buttigieg"
_POC = "Sanders supporters, like Democratic Congressman Mark Pocan from Wisconsin"
DOCS.append(("a_2020-02-12_Nobx30ATdxrSAvtH.txt", [
    F("candidacy", "sanders", "us_dem_prim_2020", _OPEN),
    F("candidacy", "sanders", "ia_dem_caucus_2020", _OPEN),
    F("candidacy", "sanders", "nh_dem_prim_2020", [_OPEN, _WIN]),
    F("won", "sanders", "nh_dem_prim_2020", _WIN),
    F("holds_office", "sanders", "sen_vt", _WIN),
    F("candidacy", "sanders", "nh_dem_prim_2016", _WIN),
    F("won", "sanders", "nh_dem_prim_2016", _WIN, 60),
    F("candidacy", "clinton", "nh_dem_prim_2016", _WIN),
    F("lost", "clinton", "nh_dem_prim_2016", _WIN),
    F("holds_office", "buttigieg", "mayor_south_bend", [_PETE, _CAPT], former=True),
    F("candidacy", "buttigieg", "us_dem_prim_2020", [_PETE, _CAPT]),
    F("party", "buttigieg", "dem", _CAPT),
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", _PETE),
    F("won", "buttigieg", "ia_dem_caucus_2020", _PETE),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", [_TUE, _CAPT]),
    F("lost", "buttigieg", "nh_dem_prim_2020", [_TUE, _WIN]),
    F("holds_office", "klobuchar", "sen_mn", _PETE),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _PETE),
    F("party", "klobuchar", "dem", _PETE),
    F("candidacy", "klobuchar", "nh_dem_prim_2020", [_PETE, _TUE]),
    F("lost", "klobuchar", "nh_dem_prim_2020", [_TUE, _WIN]),
    F("holds_office", "biden", "vp_us", _BIDEN, former=True),
    F("candidacy", "biden", "us_dem_prim_2020", _BIDEN),
    F("party", "biden", "dem", [_BIDEN, _BATTLE]),
    F("candidacy", "biden", "ia_dem_caucus_2020", _BIDEN),
    F("lost", "biden", "ia_dem_caucus_2020", _BIDEN),
    F("candidacy", "biden", "nh_dem_prim_2020", [_BIDEN, "his disappointing fifth-place finish in New Hampshire"]),
    F("lost", "biden", "nh_dem_prim_2020", [_BIDEN, "his disappointing fifth-place finish in New Hampshire"]),
    F("holds_office", "warren", "sen_ma", _TUE),
    F("candidacy", "warren", "nh_dem_prim_2020", _TUE),
    F("candidacy", "warren", "us_dem_prim_2020", _TUE),
    F("party", "warren", "dem", [_TUE, _BATTLE]),
    F("lost", "warren", "nh_dem_prim_2020", [_TUE, _WIN]),
    F("holds_office", "bloomberg", "mayor_nyc", _BLOOM, former=True),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _BLOOM),
    F("party", "bloomberg", "dem", [_BLOOM, _BATTLE]),
    F("holds_office", "trump", "pres_us", _BATTLE),
    F("party", "trump", "rep", _BATTLE),
    F("candidacy", "trump", "us_pres_2020", _BATTLE),
    F("holds_office", "pocan", "rep_wi2", _POC),
    F("party", "pocan", "dem", _POC),
    F("holds_office", "pocan", "ccp_cochair", _POC),
    F("endorsement", "pocan", "sanders", [_POC, "said Pocan, who joined Sanders on the campaign trail in Iowa"]),
    F("party", "payne", "dem", "said Joel Payne, a Democratic strategist"),
]))


# ---------------------------------------------------------------- c_2010-08-05 (Wyclef Jean registers for Haiti presidency)
DOCS.append(("c_2010-08-05_musician-wyclef-jean-formally-registers-.txt", [
    F("candidacy", "wyclef", "ht_pres_2010", ["Musician Wyclef Jean formally registers to stand for the presidency of Haiti.",
                                               "Hip hop star Wyclef Jean formally registers to stand for president",
                                               "Musician Wyclef Jean files his papers in his bid to become President of Haiti.",
                                               "Musician Wyclef Jean is formally declared unsuitable as a presidential candidate"]),
    F("holds_office", "mordaunt", "uk_intl_dev", "United Kingdom Secretary of State for International Development Penny Mordaunt"),
]))

# ---------------------------------------------------------------- c_2010-09-02 (Wilkie backs Gillard; Labor leadership)
_WIL = "Andrew Wilkie announces that he will support the Gillard Labor Government"
_TURN = "Australian Prime Minister Malcolm Turnbull's Liberal/National coalition"
_R13 = "Former Prime Minister Kevin Rudd wins leadership of the Australian Labor Party against incumbent Julia Gillard."
_G12 = "Julia Gillard wins a leadership ballot in the Australian Labor Party, defeating former Prime Minister Kevin Rudd."
_R12 = "Former Prime Minister Kevin Rudd announces that he will contest the leadership of the Australian Labor Party"
_FM = "as a result of the resignation of Foreign Minister Kevin Rudd"
_MIL = "Christine Milne, the leader of The Australian Greens"
_WO = "Independent members of parliament Tony Windsor and Rob Oakeshott agree to support"
_GRN = "The Australian Greens agree to support a Gillard Labor minority government"
DOCS.append(("c_2010-09-02_independent-member-of-the-australian-hou.txt", [
    F("holds_office", "wilkie", "mhr_au", _WIL),
    F("endorsement", "wilkie", "gillard", _WIL),
    F("party", "gillard", "alp", [_WIL, _R13, _G12]),
    F("holds_office", "turnbull", "pm_au", _TURN),
    F("party", "turnbull", "lib_au", _TURN),
    F("party", "shorten", "alp", _TURN),
    F("candidacy", "rudd", "alp_leader_2013", _R13),
    F("won", "rudd", "alp_leader_2013", _R13),
    F("candidacy", "gillard", "alp_leader_2013", _R13),
    F("lost", "gillard", "alp_leader_2013", _R13),
    F("holds_office", "rudd", "pm_au", [_R13, _G12, _R12], former=True),
    F("holds_office", "gillard", "alp_leader", [_R13, "Leader of the Australian Labor Party Julia Gillard calls a spill"]),
    F("party", "rudd", "alp", [_R13, _G12, _R12]),
    F("candidacy", "gillard", "alp_leader_2012", [_G12, _R12]),
    F("won", "gillard", "alp_leader_2012", _G12),
    F("candidacy", "rudd", "alp_leader_2012", [_G12, _R12]),
    F("lost", "rudd", "alp_leader_2012", _G12),
    F("holds_office", "gillard", "pm_au", [_G12, _R12, "the minority government led by Prime Minister Julia Gillard",
                                           "The Prime Minister of Australia Julia Gillard calls for a ballot"]),
    F("holds_office", "rudd", "au_foreign_min", _FM, former=True),
    F("holds_office", "milne", "greens_leader", _MIL),
    F("party", "milne", "greens_au", _MIL),
    F("holds_office", "thomson", "mhr_au", "including Craig Thomson, a member of the House of Representatives"),
    F("holds_office", "windsor", "mhr_au", _WO),
    F("holds_office", "oakeshott", "mhr_au", _WO),
    F("endorsement", "windsor", "gillard", _WO),
    F("endorsement", "oakeshott", "gillard", _WO),
    F("endorsement", "greens_au", "gillard", _GRN),
]))

# ---------------------------------------------------------------- c_2014-10-26 (Ukraine parliamentary election)
DOCS.append(("c_2014-10-26_voters-in-ukraine-go-to-the-polls-with-s.txt", [
    F("holds_office", "poroshenko", "pres_ua", ["Voters in Ukraine go to the polls with supporters of President Petro Poroshenko",
                                                "The President of Ukraine Petro Poroshenko accuses Russia",
                                                "and Ukrainian President Petro Poroshenko, in a telephone call"]),
    F("holds_office", "putin", "pres_ru", "The President of Russia Vladimir Putin meets with"),
    F("holds_office", "trump", "pres_us", "U.S. President Donald Trump and Ukrainian President Petro Poroshenko"),
    F("holds_office", "rasmussen", "nato_sg", "Former Secretary General of NATO Anders Fogh Rasmussen", former=True),
    F("holds_office", "zakharchenko", "dpr_head", "DPR leader Alexander Zakharchenko announced"),
    F("holds_office", "plotnitsky", "lpr_head", "LPR leader Igor Plotnitsky denounced the plans"),
]))

# ---------------------------------------------------------------- c_2014-10-26 (Uruguay general election)
_TV = "with former President Tabare Vazquez of the ruling Broad Front winning another term"
DOCS.append(("c_2014-10-26_voters-in-uruguay-go-to-the-polls-for-a-.txt", [
    F("candidacy", "vazquez", "uy_pres_2014_r2", _TV),
    F("won", "vazquez", "uy_pres_2014_r2", _TV),
    F("party", "vazquez", "broad_front", _TV),
    F("holds_office", "vazquez", "pres_uy", _TV, former=True),
    F("holds_office", "obama", "pres_us", "The Obama administration orders the transfer of six prisoners"),
]))

# ---------------------------------------------------------------- c_2016-01-01 (Grimsson will not run again)
DOCS.append(("c_2016-01-01_alafur-ragnar-gramsson-who-has-been-the-.txt", [
    F("holds_office", "grimsson", "pres_is", ["Olafur Ragnar Grimsson, who has been the President of Iceland for 20 years",
                                              "The President of Iceland Olafur Ragnar Grimsson announces a referendum",
                                              "asking President lafur Ragnar Grmsson to veto a bill"]),
    F("candidacy", "johannesson", "is_pres_2016", "Independent candidate Gudni Th. Johannesson claims victory."),
    F("won", "johannesson", "is_pres_2016", "Independent candidate Gudni Th. Johannesson claims victory."),
]))

# ---------------------------------------------------------------- c_2016-06-24 (Brexit referendum, Cameron resigns)
DOCS.append(("c_2016-06-24_the-united-kingdom-votes-52-to-48-to-lea.txt", [
    F("holds_office", "cameron", "pm_uk", ["Prime Minister David Cameron, who called the referendum three years ago",
                                           "The United Kingdom's Prime Minister David Cameron announces",
                                           "David Cameron, the Prime Minister of the United Kingdom, outlines",
                                           "British Prime Minister David Cameron travels to Berlin"]),
    F("holds_office", "cameron", "con_leader", "Prime Minister David Cameron, the leader of the Conservative Party"),
    F("party", "cameron", "con_uk", "Prime Minister David Cameron, the leader of the Conservative Party"),
    F("holds_office", "obama", "pres_us", "U.S. President Barack Obama, in an op-ed"),
    F("holds_office", "merkel", "chancellor_de", "with German Chancellor Angela Merkel"),
]))

# ---------------------------------------------------------------- c_2016-07-12 (Sanders endorses Clinton)
_HEAD = "Vermont Senator Bernie Sanders endorses Democratic Party rival Hillary Clinton for president"
_PORTS = "a city and state he won by wide margins"
_SEEK = "Nominally independent Senator Bernie Sanders from Vermont announces that he will be seeking the Democratic Party nomination"
_GAB = "Tulsi Gabbard resigns as vice-chair of the Democratic National Committee and endorses Vermont Senator Bernie Sanders."
_NV = "with Hillary Clinton winning against Bernie Sanders"
_NH08 = S("Voters in New Hampshire go to the polls for the first primary election", through="Arizona Senator John McCain wins the Republican primary.")
_BRAZ = "The former Democratic National Committee chair and ex-CNN contributor Donna Brazile"
_PUT = "against Democratic Party candidate Hillary Clinton"
_T16 = "Donald Trump, the Republican nominee for the 2016 presidential election, becomes the president-elect"
DOCS.append(("c_2016-07-12_vermont-senator-bernie-sanders-endorses-.txt", [
    F("endorsement", "sanders", "clinton", _HEAD),
    F("holds_office", "sanders", "sen_vt", [_HEAD, _SEEK, _GAB]),
    F("candidacy", "sanders", "us_dem_prim_2016", [_HEAD, _SEEK, _BRAZ]),
    F("candidacy", "clinton", "us_dem_prim_2016", [_HEAD, _BRAZ]),
    F("party", "clinton", "dem", [_HEAD, _NV, _PUT, _T16]),
    F("candidacy", "sanders", "nh_dem_prim_2016", _PORTS),
    F("won", "sanders", "nh_dem_prim_2016", _PORTS, 60),  # share from a_2020-02-12; one fact
    F("holds_office", "gabbard", "dnc_vice_chair", _GAB, former=True),
    F("endorsement", "gabbard", "sanders", _GAB),
    F("candidacy", "clinton", "nv_dem_caucus_2016", _NV),
    F("candidacy", "sanders", "nv_dem_caucus_2016", _NV),
    F("won", "clinton", "nv_dem_caucus_2016", _NV),
    F("lost", "sanders", "nv_dem_caucus_2016", _NV),
    F("holds_office", "bloomberg", "mayor_nyc", "Former New York City mayor Michael Bloomberg", former=True),
    F("holds_office", "cruz", "sen_tx", "or Texas Senator Ted Cruz face Vermont Senator Bernie Sanders"),
    F("holds_office", "clinton", "sen_ny", _NH08, former=True),
    F("candidacy", "clinton", "nh_dem_prim_2008", _NH08),
    F("won", "clinton", "nh_dem_prim_2008", _NH08),
    F("party", "clinton", "dem", _NH08),
    F("holds_office", "mccain", "sen_az", _NH08),
    F("candidacy", "mccain", "nh_rep_prim_2008", _NH08),
    F("won", "mccain", "nh_rep_prim_2008", _NH08),
    F("party", "mccain", "rep", _NH08),
    F("holds_office", "brazile", "dnc_chair", _BRAZ, former=True),
    F("candidacy", "clinton", "us_pres_2016", [_PUT, _T16]),
    F("candidacy", "trump", "us_pres_2016", _T16),
    F("party", "trump", "rep", _T16),
    F("won", "trump", "us_pres_2016", _T16),
    F("lost", "clinton", "us_pres_2016", _T16),
]))

# ---------------------------------------------------------------- c_2018-02-27 (Trump declares 2020 run, Parscale)
DOCS.append(("c_2018-02-27_u-s-president-donald-trump-names-brad-pa.txt", [
    F("candidacy", "trump", "us_pres_2020", "U.S. President Donald Trump names Brad Parscale as his 2020 presidential campaign manager"),
    F("holds_office", "trump", "pres_us", ["U.S. President Donald Trump names Brad Parscale as his 2020 presidential campaign manager",
                                           "U.S. President Donald Trump meets with Australian Prime Minister"]),
    F("candidacy", "trump", "us_pres_2016", "secret weapon for Trump&#039;s 2016 election"),
    F("holds_office", "penanieto", "pres_mx", "Mexican President Enrique Pena Nieto cancels"),
    F("holds_office", "turnbull", "pm_au", "meets with Australian Prime Minister Malcolm Turnbull"),
]))

# ---------------------------------------------------------------- c_2018-03-02 (SPD member vote; Merkel)
_DE17 = S("Voters in Germany go to the polls to elect members of the Bundestag.", through="is widely expected to win a fourth term in office.")
DOCS.append(("c_2018-03-02_postal-ballots-of-the-2018-spd-coalition.txt", [
    F("party", "merkel", "cdu", ["The vote will determine if the SPD is allowed to form a coalition with Angela Merkel's CDU.", _DE17]),
    F("holds_office", "merkel", "chancellor_de", [_DE17, "German Chancellor Angela Merkel defends her stance",
                                                  "Chancellor of Germany Angela Merkel says"]),
    F("candidacy", "merkel", "de_fed_2017", _DE17),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b02.jsonl")
    print("wrote", len(lines), "facts")
