# ruff: noqa: E501
"""Corpus annotation, batch b10 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current / -2017, executive)
    "Justin Amash": "Q1714165",
    "Rand Paul": "Q463557",
    "Paul Ryan": "Q203966",
    "Barack Obama": "Q76",
    "Lindsey Graham": "Q22212",
    "Dave Brat": "Q17160419",
    "Thad Cochran": "Q723896",
    "John Cornyn": "Q719568",
    "Pat Roberts": "Q538375",
    "Mark Warner": "Q453893",
    "Mitch McConnell": "Q355522",
    "Kevin McCarthy": "Q766866",
    "Steve Scalise": "Q1857141",
    "Hal Rogers": "Q547153",
    "Chuck Schumer": "Q380900",
    "Elizabeth Warren": "Q434706",
    "Ted Cruz": "Q2036942",
    "Marco Rubio": "Q324546",
    "Bernie Sanders": "Q359442",
    "Donald Trump": "Q22686",
    "Hillary Clinton": "Q6294",
    "Keith Ellison": "Q40589",
    "Debbie Wasserman Schultz": "Q50104",
    "John McCain": "Q10390",
    "Jack Reed": "Q528979",
    "Nancy Pelosi": "Q170581",
    "Vladimir Putin": "Q7747",
    "Adam Schiff": "Q350843",
    "Mike Conaway": "Q538944",
    "Devin Nunes": "Q539493",
    "Joe Biden": "Q6279",
    "Tulsi Gabbard": "Q32620",
    "Amy Klobuchar": "Q22237",
    "Bobby Rush": "Q888599",
    "Danny Davis": "Q1164657",
    "Robin Kelly": "Q3437091",
    "Jesús García": "Q18631698",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.org("teaparty", "Tea Party movement", ["tea party", "tea-party"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "presidency"])
O("rep_tx14", representative("Texas", 14), ["Texas lawmaker", "Texas Rep."])
O("rep_mi3", representative("Michigan", 3), ["Congressman"])
O("sen_ky", senator("Kentucky"))
O("rep_wi1", representative("Wisconsin", 1))
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_la", governor("Louisiana"), ["Louisiana Gov."])
O("sen_sc", senator("South Carolina"), ["South Carolina Sen."])
O("sen_ri", senator("Rhode Island"))
O("sec_commerce", cabinet_secretary("Commerce", "Commerce"), ["commerce secretary"])
O("gov_wi", governor("Wisconsin"), ["Wisconsin Gov."])
O("rep_mo2", representative("Missouri", 2), ["Missouri Rep."])
O("treas_in", state_officer("Treasurer", "Indiana"), ["Indiana state Treasurer", "state Treasurer"])
O("speaker", "Speaker of the U.S. House of Representatives", ["House Speaker", "Speaker of the House"], generic=["Speaker", "House Speaker", "Speaker of the House"])
O("rep_ks1", representative("Kansas", 1))
O("rnc_committeewoman_me", "Republican National Committeewoman from Maine", ["RNC committeewoman"], generic=["RNC committeewoman"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_1968", "1968 United States presidential election", "ocd-division/country:us", "1968-11-05", "general", office="pres_us")
E("us_pres_1972", "1972 United States presidential election", "ocd-division/country:us", "1972-11-07", "general", office="pres_us")
E("mo_sen_2012", "2012 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2012-11-06", "general", office="U.S. Senator from Missouri")
E("in_sen_2012", "2012 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2012-11-06", "general", office="U.S. Senator from Indiana")

# ---------------------------------------------------------------- people
P = R.person
P("ronpaul", "Ron Paul", ["Paul", "Rep. Ron Paul", "Mr. Paul", "Texas Rep. Ron Paul"])
P("amash", "Justin Amash", ["Amash", "Rep. Justin Amash", "Congressman Amash"])
P("randpaul", "Rand Paul", ["Sen. Rand Paul"])
P("aryan", "Ashley Ryan", [])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"])
P("ryan", "Paul Ryan", [])
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama", "Mr. Obama"])
P("eastwood", "Clint Eastwood", ["Eastwood"])
P("jindal", "Bobby Jindal", ["Mr. Jindal", "Jindal"])
P("graham", "Lindsey Graham", ["Mr. Graham", "Graham", "Sen. Lindsey Graham", "Lindsay Graham"])
P("gutierrez", "Carlos Gutierrez", ["Mr. Gutierrez"])
P("gwbush", "George W. Bush", ["President George W. Bush"])
P("swalker", "Scott Walker", [])
P("akin", "Todd Akin", ["W. Todd Akin"])
P("mourdock", "Richard Mourdock", [])
P("nixon", "Richard Nixon", [])
P("boehner", "John Boehner", ["Boehner", "Speaker Boehner"])
P("huelskamp", "Tim Huelskamp", ["Huelskamp", "Rep. Tim Huelskamp"])
P("santorum", "Rick Santorum", [])
P("demint", "Jim DeMint", ["DeMint", "Sen. Jim DeMint"])

# ---- registry additions (docs 5-7)
O("house_maj_leader", "Majority Leader of the United States House of Representatives", ["House Majority Leader"], generic=["House Majority Leader", "Majority Leader"])
O("rep_va7", representative("Virginia", 7), ["the congressman"])
O("sen_ms", senator("Mississippi"))
O("ms_state_sen", "Member of the Mississippi State Senate", ["state Sen."], generic=["State Senator", "state Sen."])
O("sen_tx", senator("Texas"))
O("sen_ks", senator("Kansas"), ["Republican senator"])
O("sen_va", senator("Virginia"))
O("rep_tx4", representative("Texas", 4))
O("gov_va", governor("Virginia"), ["governor"])
O("rnc_chair", "Chair of the Republican National Committee", ["Republican National Committee chairman"], generic=["Chairman of the Republican National Committee", "RNC chair", "RNC chairman", "Republican National Committee chairman"])
O("va_gop_chair", "Chairman of the Republican Party of Virginia", ["chair of the cash-strapped state GOP"], generic=["Virginia GOP chair", "state GOP chair"])
O("sos_ky", state_officer("Secretary of State", "Kentucky"), ["Kentucky Secretary of State"])
O("gov_ky", governor("Kentucky"), ["governor", "Kentucky's governor"])
O("dnc_vice_chair", "Vice Chair for Voter Registration and Participation of the Democratic National Committee", ["vice chairwoman for voter registration and participation at the Democratic National Committee"], generic=["DNC vice chair", "Vice Chair of the Democratic National Committee"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives", ["Majority Whip"], generic=["House Majority Whip", "Majority Whip"])
O("house_approps_chair", "Chairman of the House Appropriations Committee", ["House Appropriations Chairman"], generic=["House Appropriations Chairman", "Appropriations Chairman"])
O("senate_maj_leader", "Majority Leader of the United States Senate", ["Senate Majority Leader"], generic=["Senate Majority Leader", "Majority Leader"])
O("sen_ny", senator("New York"))
O("sen_ma", senator("Massachusetts"), ["Massachusetts Senator"])

E("va7_rep_prim_2014", "2014 Virginia's 7th congressional district Republican primary", "ocd-division/country:us/state:va/cd:7", "2014-06-10", "primary")
E("sc_sen_rep_prim_2014", "2014 South Carolina U.S. Senate Republican primary", "ocd-division/country:us/state:sc", "2014-06-10", "primary", office="sen_sc")
E("tx4_rep_prim_2014", "2014 Texas's 4th congressional district Republican primary", "ocd-division/country:us/state:tx/cd:4", "2014-05-27", "primary")
E("ms_sen_rep_prim_2014", "2014 Mississippi U.S. Senate Republican primary runoff", "ocd-division/country:us/state:ms", "2014-06-24", "primary", office="sen_ms")
E("tx_sen_rep_prim_2014", "2014 Texas U.S. Senate Republican primary", "ocd-division/country:us/state:tx", "2014-03-04", "primary", office="sen_tx")
E("ks_sen_rep_prim_2014", "2014 Kansas U.S. Senate Republican primary", "ocd-division/country:us/state:ks", "2014-08-05", "primary", office="sen_ks")
E("va_gov_2013", "2013 Virginia gubernatorial election", "ocd-division/country:us/state:va", "2013-11-05", "general", office="gov_va")
E("va_sen_2014", "2014 United States Senate election in Virginia", "ocd-division/country:us/state:va", "2014-11-04", "general", office="sen_va")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office="sen_ky")
E("ky_sen_2010", "2010 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2010-11-02", "general", office="sen_ky")
E("speaker_2015", "2015 election of the Speaker of the U.S. House of Representatives", "ocd-division/country:us", "2015-01-06", "general", office="speaker")

P("cantor", "Eric Cantor", ["Cantor"])
P("brat", "Dave Brat", ["Brat"])
P("rhall", "Ralph Hall", [])
P("mcdaniel", "Chris McDaniel", [])
P("cochran", "Thad Cochran", [])
P("cornyn", "John Cornyn", ["John Cornyrn"])
P("stockman", "Steve Stockman", [])
P("mwolf", "Milton Wolf", [])
P("roberts", "Pat Roberts", [])
P("mcdonnell", "Bob McDonnell", [])
P("cuccinelli", "Ken Cuccinelli", [])
P("gillespie", "Ed Gillespie", [])
P("mwarner", "Mark Warner", ["Sen. Mark Warner", "Mark"])
P("mullins", "Pat Mullins", ["Mullins"])
P("brazile", "Donna Brazile", [])
P("grimes", "Alison Lundergan Grimes", ["Grimes"])
P("mcconnell", "Mitch McConnell", ["McConnell", "Sen. McConnell", "Sen. Mitch McConnell"])
P("beshear", "Steve Beshear", [])
P("bclinton", "Bill Clinton", [])
P("mcgovern", "George McGovern", [])
P("mccarthy", "Kevin McCarthy", ["McCarthy"])
P("scalise", "Steve Scalise", ["Scalise"])
P("hrogers", "Hal Rogers", [])
P("reid", "Harry Reid", ["Reid"])
P("schumer", "Chuck Schumer", ["Schumer"])
P("ewarren", "Elizabeth Warren", ["Massachusetts Senator Elizabeth Warren"])

# ---- registry additions (docs 8-10)
O("sen_fl", senator("Florida"), ["Florida Sen."])
O("sen_pa", senator("Pennsylvania"), ["Pennsylvania Sen."])
O("gov_nj", governor("New Jersey"), ["New Jersey Gov."])
O("gov_oh", governor("Ohio"), ["Ohio Gov."])
O("gov_fl", governor("Florida"), ["Florida Gov."])
R.org("keepthepromise", "Keep the Promise", [])
R.org("moveon", "MoveOn.org", ["MoveOn"])
R.org("seiu", "Service Employees International Union", ["SEIU"])
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2012-01-03", "primary", office="pres_us")
P("trump", "Donald Trump", ["Trump", "Donald Trump"])
P("carson", "Ben Carson", ["Carson"])
P("cruz", "Ted Cruz", ["Cruz"])
P("rubio", "Marco Rubio", ["Rubio", "Florida Sen. Rubio"])
P("christie", "Chris Christie", [])
P("kasich", "John Kasich", [])
P("jbush", "Jeb Bush", [])
P("hclinton", "Hillary Clinton", ["Clinton"])
P("sanders", "Bernie Sanders", ["Sanders", "Vermont Senator Bernie Sanders", "Senator Bernie Sanders"])

# ---- registry additions (docs 11-16)
O("mayor_dallas", mayor("Dallas"), ["Dallas Mayor"])
O("dnc_chair", "Chair of the Democratic National Committee", ["leadership of the Democratic party"], generic=["DNC chair", "DNC chairwoman", "Chairwoman of the Democratic National Committee", "Chairman of the Democratic National Committee"])
O("rep_mn5", representative("Minnesota", 5), ["Democratic representative", "House seat"])
O("sen_vt", senator("Vermont"), ["Vermont Senator"])
O("pres_ru", head("President", "Russia", "Russian"), ["Russian President"])
O("sasc_chair", "Chairman of the Senate Armed Services Committee", ["Senate Armed Services Chairman"], generic=["Senate Armed Services Chairman", "Armed Services Chairman"])
O("house_min_leader", "Minority Leader of the United States House of Representatives", ["House Minority Leader"], generic=["House Minority Leader", "Minority Leader"])
R.party("dfl", "Minnesota Democratic–Farmer–Labor Party", ["Democratic-Farmer-Labor party", "DFL"])
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("dnc_chair_2017", "2017 Democratic National Committee chairmanship election", "ocd-division/country:us", "2017-02-25", "general", office="dnc_chair")
P("rawlings", "Mike Rawlings", [])
P("ellison", "Keith Ellison", ["Ellison", "Rep. Keith Ellison", "Keith X. Ellison", "Keith E. Hakim", "Keith Muhammad"])
P("dws", "Debbie Wasserman Schultz", [])
P("putin", "Vladimir Putin", ["Putin", "President Putin"])
P("mccain", "John McCain", ["McCain"])
P("jreed", "Jack Reed", [])
P("pelosi", "Nancy Pelosi", [])

# ---- registry additions (docs 17-19)
O("hpsci_ranking", "Ranking Member of the House Permanent Select Committee on Intelligence", ["top Democrat on the committee", "the committee’s top Democrat"], generic=["Ranking Member of the House Intelligence Committee", "House Intelligence Committee ranking member"])
O("hpsci_chair", "Chairman of the House Permanent Select Committee on Intelligence", ["committee chairman"], generic=["Chairman of the House Intelligence Committee", "House Intelligence Committee chairman"])
O("rep_tx11", representative("Texas", 11))
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"), ["British prime minister", "prime minister"])
O("special_counsel", "Special Counsel", ["special counsel"], generic=["Special Counsel for the United States Department of Justice"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president", "Former Vice President"])
O("rep_hi2", representative("Hawaii", 2))
O("mayor_nyc", mayor("New York City"), ["New York Mayor"])
O("rep_il4", representative("Illinois", 4))
O("rep_il1", representative("Illinois", 1))
O("rep_il7", representative("Illinois", 7))
O("rep_il2", representative("Illinois", 2))
O("mayor_chicago", mayor("Chicago"))
O("gov_il", governor("Illinois"), ["Illinois Gov.", "governor"])
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("il_dem_prim_2020", "2020 Illinois Democratic presidential primary", "ocd-division/country:us/state:il", "2020-03-17", "primary", office="pres_us")
E("fl_dem_prim_2020", "2020 Florida Democratic presidential primary", "ocd-division/country:us/state:fl", "2020-03-17", "primary", office="pres_us")
E("az_dem_prim_2020", "2020 Arizona Democratic presidential primary", "ocd-division/country:us/state:az", "2020-03-17", "primary", office="pres_us")
E("il_dem_prim_2016", "2016 Illinois Democratic presidential primary", "ocd-division/country:us/state:il", "2016-03-15", "primary", office="pres_us")
P("schiff", "Adam Schiff", ["Schiff"])
P("conaway", "Mike Conaway", ["Conaway", "Representative Mike Conaway"])
P("mcmullin", "Evan McMullin", ["McMullin"])
P("nunes", "Devin Nunes", [])
P("tmay", "Theresa May", [])
P("mueller", "Robert Mueller", ["Mueller"])
P("biden", "Joe Biden", ["Biden", "Joe Biden"])
P("gabbard", "Tulsi Gabbard", ["U.S. Rep. Tulsi Gabbard"])
P("buttigieg", "Pete Buttigieg", [])
P("klobuchar", "Amy Klobuchar", [])
P("bloomberg", "Michael Bloomberg", ["Mike Bloomberg"])
P("chuy", "Jesús García", ["Jesus “Chuy” Garcia", "Chuy Garcia", "Jesus Garcia"])
P("lightfoot", "Lori Lightfoot", [])
P("brush", "Bobby Rush", [])
P("ddavis", "Danny Davis", [])
P("rkelly", "Robin Kelly", [])
P("pritzker", "J. B. Pritzker", ["J.B. Pritzker", "Pritzker"])

# ---- registry additions (Current Events pages)
R.party("cuf", "Civic United Front", ["CUF"])
R.party("fidesz", "Fidesz", ["Fidesz party", "Fidesz Party"])
R.party("psd", "Social Democratic Party (Romania)", ["PSD", "Social Democratic Party", "Social democrat", "social-democrat"])
R.party("acl", "Christian Liberal Alliance", ["ACL", "ACL electoral alliance"])
R.party("usl", "Social Liberal Union", ["USL"])
R.party("gerb", "GERB", ["Citizens for European Development of Bulgaria"])
R.party("bsp", "Bulgarian Socialist Party", ["BSP", "Socialist Party", "Socialist", "socialist"])
O("mp_tz", "Member of the National Assembly of Tanzania", ["Member of Parliament"], generic=["Member of Parliament", "MP"])
O("pres_gm", head("President", "the Gambia", "Gambian"), ["The Gambian President"])
O("pres_co", head("President", "Colombia", "Colombian"), ["President", "presidential predecessors"])
O("deputy_speaker_uk", "Deputy Speaker of the House of Commons of the United Kingdom", ["deputy speaker of the United Kingdom House of Commons"], generic=["Deputy Speaker", "Deputy Speaker of the House of Commons"])
O("pm_hu", head("Prime Minister", "Hungary", "Hungarian"), ["Hungarian Prime Minister"])
O("defmin_hu", head("Minister of Defence", "Hungary", "Hungarian"), ["Defense Minister", "Hungary's Defense Minister"], generic=["Defence Minister", "Defense Minister", "Hungarian Defence Minister"])
O("pm_ro", head("Prime Minister", "Romania", "Romanian"), ["Romanian Prime Minister", "premier", "prime minister"])
O("pres_ro", head("President", "Romania", "Romanian"), ["Romanian President"])
O("mayor_sibiu", mayor("Sibiu"), ["mayor of Sibiu"])
O("premier_cn", head("Premier", "China", "Chinese"), ["Chinese Premier"])
O("pm_bg", head("Prime Minister", "Bulgaria", "Bulgarian"), ["prime-minister", "Bulgarian Prime Minister"])
O("pres_bg", head("President", "Bulgaria", "Bulgarian"))
O("chair_na_bg", "Chairperson of the National Assembly of Bulgaria", generic=["Chairwoman of the National Assembly", "Chairperson of the National Assembly", "Chair of the National Assembly"])
E("tz_gen_2010", "2010 Tanzanian general election", "ocd-division/country:tz", "2010-10-31", "general")
E("hu_parl_2014", "2014 Hungarian parliamentary election", "ocd-division/country:hu", "2014-04-06", "general")
E("ro_pres_2014_r1", "2014 Romanian presidential election (first round)", "ocd-division/country:ro", "2014-11-02", "general", office="pres_ro")
E("ro_pres_2014", "2014 Romanian presidential election (second round)", "ocd-division/country:ro", "2014-11-16", "runoff", office="pres_ro")
E("bg_pres_2016", "2016 Bulgarian presidential election (second round)", "ocd-division/country:bg", "2016-11-13", "runoff", office="pres_bg")
E("bg_pres_2016_r1", "2016 Bulgarian presidential election (first round)", "ocd-division/country:bg", "2016-11-06", "general", office="pres_bg")
P("barwani", "Salum Khalfani Bar'wani", [])
P("jammeh", "Yahya Jammeh", ["Jammeh"])
P("santos", "Juan Manuel Santos", [])
P("uribe", "Álvaro Uribe", ["Alvaro Uribe"])
P("pastrana", "Andrés Pastrana Arango", ["Andres Pastrana Arango"])
P("nevans", "Nigel Evans", [])
P("orban", "Viktor Orbán", ["Viktor Orbn", "Viktor Orban", "Orban"])
P("hende", "Csaba Hende", ["Hende"])
P("simicsko", "István Simicskó", ["Istvan Simicsko"])
P("ponta", "Victor Ponta", ["Ponta"])
P("iohannis", "Klaus Iohannis", [])
P("grindeanu", "Sorin Grindeanu", [])
P("basescu", "Traian Băsescu", ["Traian Basescu"])
P("likeqiang", "Li Keqiang", [])
P("radev", "Rumen Radev", ["Radev"])
P("tsacheva", "Tsetska Tsacheva", ["Tsacheva"])
P("borisov", "Boyko Borisov", ["Boyko Borissov", "Borissov", "Borisov"])

DOCS = []

# ---------------------------------------------------------------- a_2012-08-26 (CNN, Ron Paul rally)
DOCS.append(("a_2012-08-26_zWXHMqbPadUI6ZVk.txt", [
    F("candidacy", "ronpaul", "us_rep_prim_2012", "As Rep. Ron Paul's third presidential bid is set to come to its formal end at the Republican National Convention"),
    F("party", "ronpaul", "rep", "As Rep. Ron Paul's third presidential bid is set to come to its formal end at the Republican National Convention"),
    F("holds_office", "ronpaul", "rep_tx14", ["As Rep. Ron Paul's third presidential bid", "Then, the Texas lawmaker paid a compliment"]),
    F("holds_office", "aryan", "rnc_committeewoman_me", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine"),
    F("party", "aryan", "rep", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine"),
    F("endorsement", "aryan", "ronpaul", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine and Paul supporter"),
    F("holds_office", "amash", "rep_mi3", "Rep. Justin Amash of Michigan also spoke to the gathering"),
    F("holds_office", "randpaul", "sen_ky", "Sen. Rand Paul - Paul's son"),
]))

# ---------------------------------------------------------------- a_2012-09-09 (CNN, Romney on Meet the Press)
DOCS.append(("a_2012-09-09_kwNiHVRuN6CGXOaa.txt", [
    F("candidacy", "romney", "us_pres_2012", "And while the Republican nominee has repeatedly vowed"),
    F("party", "romney", "rep", "And while the Republican nominee has repeatedly vowed"),
    F("candidacy", "ryan", "us_pres_2012", "Paul Ryan, Romney's running mate"),
    F("party", "ryan", "rep", "Paul Ryan, Romney's running mate, was among the Republicans who voted"),
    F("holds_office", "ryan", "rep_wi1", "Paul Ryan, Romney's running mate, was among the Republicans who voted"),
    F("holds_office", "obama", "pres_us", "repeal of President Barack Obama's health care reform"),
    F("holds_office", "romney", "gov_ma", "The former Massachusetts governor has taken heat", former=True),
    F("endorsement", "eastwood", "romney", ["Romney said he laughed at Clint Eastwood's appearance at the Republican National Convention",
                                            "Look, to have him get up and speak on my behalf was a great thrill"]),
]))

# ---------------------------------------------------------------- a_2012-11-18 (Washington Times, Romney and the GOP)
DOCS.append(("a_2012-11-18_t1HbS0fgYT5TJDrV.txt", [
    F("candidacy", "romney", "us_pres_2012", "Mitt Romney’s excommunication from the GOP continued"),
    F("lost", "romney", "us_pres_2012", "Mitt Romney’s excommunication from the GOP continued"),
    F("party", "romney", "rep", "Mitt Romney’s excommunication from the GOP continued"),
    F("holds_office", "romney", "gov_ma", "Gutierrez jumped all over the former Massachusetts governor", former=True),
    F("holds_office", "obama", "pres_us", "because President Obama had supplied those voting blocs"),
    F("holds_office", "jindal", "gov_la", "Louisiana Gov. Bobby Jindal said on"),
    F("party", "jindal", "rep", ["“We as a Republican Party have to campaign for every single vote,” Mr. Jindal said",
                                  "Mr. Jindal and the views of his fellow GOP governors"]),
    F("holds_office", "graham", "sen_sc", "South Carolina Sen. Lindsey Graham was equally harsh"),
    F("party", "graham", "rep", ["South Carolina Sen. Lindsey Graham was equally harsh",
                                  S("“We’re in a death spiral with Hispanic voters", through="Our party can adjust.")]),
    F("endorsement", "gutierrez", "romney", "Even Cuban-born Romney-campaign surrogate Carlos Gutierrez"),
    F("holds_office", "gutierrez", "sec_commerce", "who served as commerce secretary under President George W. Bush", former=True),
    F("holds_office", "gwbush", "pres_us", "who served as commerce secretary under President George W. Bush", former=True),
    F("party", "gutierrez", "rep", "other prominent Republicans like Mr. Gutierrez"),
    F("holds_office", "swalker", "gov_wi", "Mr. Jindal and Wisconsin Gov. Scott Walker"),
    F("party", "swalker", "rep", "Mr. Jindal and Wisconsin Gov. Scott Walker"),
    F("candidacy", "akin", "mo_sen_2012", "two of the Senate candidates the tea party supported"),
    F("candidacy", "mourdock", "in_sen_2012", "two of the Senate candidates the tea party supported"),
    F("endorsement", "teaparty", "akin", "two of the Senate candidates the tea party supported"),
    F("endorsement", "teaparty", "mourdock", "two of the Senate candidates the tea party supported"),
    F("holds_office", "akin", "rep_mo2", "Missouri Rep. W. Todd Akin"),
    F("holds_office", "mourdock", "treas_in", "Indiana state Treasurer Richard Mourdock"),
    F("party", "akin", "rep", ["two of the Senate candidates the tea party supported", "tag the whole GOP with their views"]),
    F("party", "mourdock", "rep", ["two of the Senate candidates the tea party supported", "tag the whole GOP with their views"]),
    F("holds_office", "ronpaul", "rep_tx14", "expressed by Texas Rep. Ron Paul"),
    F("candidacy", "nixon", "us_pres_1968", "helped elect Richard Nixon twice to the presidency"),
    F("candidacy", "nixon", "us_pres_1972", "helped elect Richard Nixon twice to the presidency"),
    F("won", "nixon", "us_pres_1968", "helped elect Richard Nixon twice to the presidency"),
    F("won", "nixon", "us_pres_1972", "helped elect Richard Nixon twice to the presidency"),
    F("holds_office", "nixon", "pres_us", "helped elect Richard Nixon twice to the presidency", former=True),
]))

# ---------------------------------------------------------------- a_2012-12-05 (Politico, Boehner purge)
DOCS.append(("a_2012-12-05_VHXgMTBZCnHjqCCC.txt", [
    F("holds_office", "boehner", "speaker", "House Speaker John Boehner is under fierce attack"),
    F("party", "boehner", "rep", "Boehner, GOP leaders purge conservatives from powerful committees"),
    F("holds_office", "huelskamp", "rep_ks1", S("including Rep. Tim Huelskamp (R-Kan.)", 0)),
    F("party", "huelskamp", "rep", [S("including Rep. Tim Huelskamp (R-Kan.)", 0), "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot"]),
    F("holds_office", "amash", "rep_mi3", [S("and Rep. Justin Amash (R-Mich.)", 0), "and Rep. Justin Amash (R-Mich.) won’t be returning"]),
    F("party", "amash", "rep", [S("and Rep. Justin Amash (R-Mich.)", 0), "and Rep. Justin Amash (R-Mich.) won’t be returning"]),
    F("candidacy", "santorum", "us_rep_prim_2012", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("party", "santorum", "rep", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("holds_office", "randpaul", "sen_ky", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("party", "randpaul", "rep", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("holds_office", "demint", "sen_sc", "Sen. Jim DeMint (R-S.C.), for his part"),
    F("party", "demint", "rep", "Sen. Jim DeMint (R-S.C.), for his part"),
]))

# ---------------------------------------------------------------- a_2014-06-20 (Politico, Cantor loses primary)
_CB = "House Majority Leader Eric Cantor’s astonishing loss in his primary Tuesday to an obscure economics professor named Dave Brat"
_RES = "Brat won by 11 points, 55.5 percent to 44.5 percent."
DOCS.append(("a_2014-06-20_J5eCpulo8TnWnDCD.txt", [
    F("candidacy", "cantor", "va7_rep_prim_2014", _CB),
    F("candidacy", "brat", "va7_rep_prim_2014", _CB),
    F("lost", "cantor", "va7_rep_prim_2014", [_CB, _RES], 44.5),
    F("won", "brat", "va7_rep_prim_2014", [_RES, _CB], 55.5),
    F("holds_office", "cantor", "house_maj_leader", _CB),
    F("holds_office", "cantor", "rep_va7", ["here are five quick takeaways from Tuesday’s stunner in Virginia’s 7th congressional district",
                                            "Cantor was accused by tea party challenger Brat of supporting “amnesty,” though the congressman denied it."]),
    F("party", "cantor", "rep", "Cantor was the nominal leader of the party after Bob McDonnell’s term as governor ended."),
    F("party", "brat", "rep", [_CB, "Cantor’s defeat will trigger a major reassessment of what until now had been seen as a promising 2014 primary season for the Republican establishment."]),
    F("endorsement", "gillespie", "brat", ["He and the chair of the cash-strapped state GOP, Pat Mullins, quickly offered support for Brat",
                                            "Ed Gillespie, a former Republican National Committee chairman"]),
    F("endorsement", "mullins", "brat", "He and the chair of the cash-strapped state GOP, Pat Mullins, quickly offered support for Brat"),
    F("holds_office", "mullins", "va_gop_chair", "He and the chair of the cash-strapped state GOP, Pat Mullins, quickly offered support for Brat"),
    F("poll", "cantor", "va7_rep_prim_2014", "Cantor’s campaign distributed an internal poll from John McLaughlin that showed him ahead 34 points over Brat", pollster="McLaughlin & Associates"),
    F("poll", "cantor", "va7_rep_prim_2014", "published a poll from the new GOP firm Vox Populi that had Cantor ahead 13 points, 52-39", 52, pollster="Vox Populi"),
    F("poll", "brat", "va7_rep_prim_2014", ["published a poll from the new GOP firm Vox Populi that had Cantor ahead 13 points, 52-39",
                                            "Cantor’s campaign distributed an internal poll from John McLaughlin that showed him ahead 34 points over Brat"], 39, pollster="Vox Populi"),
    F("candidacy", "graham", "sc_sen_rep_prim_2014", "Sen. Lindsey Graham easily won his primary and avoided a runoff in conservative South Carolina"),
    F("won", "graham", "sc_sen_rep_prim_2014", "Sen. Lindsey Graham easily won his primary and avoided a runoff in conservative South Carolina"),
    F("holds_office", "graham", "sen_sc", "Sen. Lindsey Graham easily won his primary and avoided a runoff in conservative South Carolina"),
    F("candidacy", "rhall", "tx4_rep_prim_2014", "only one House incumbent had lost a primary this year: 91-year-old Ralph Hall in Texas"),
    F("lost", "rhall", "tx4_rep_prim_2014", "only one House incumbent had lost a primary this year: 91-year-old Ralph Hall in Texas"),
    F("holds_office", "rhall", "rep_tx4", "only one House incumbent had lost a primary this year: 91-year-old Ralph Hall in Texas"),
    F("candidacy", "mcdaniel", "ms_sen_rep_prim_2014", "conservative state Sen. Chris McDaniel forced a June 24 runoff against Sen. Thad Cochran in Mississippi"),
    F("candidacy", "cochran", "ms_sen_rep_prim_2014", "conservative state Sen. Chris McDaniel forced a June 24 runoff against Sen. Thad Cochran in Mississippi"),
    F("holds_office", "mcdaniel", "ms_state_sen", "conservative state Sen. Chris McDaniel forced a June 24 runoff against Sen. Thad Cochran in Mississippi"),
    F("holds_office", "cochran", "sen_ms", "conservative state Sen. Chris McDaniel forced a June 24 runoff against Sen. Thad Cochran in Mississippi"),
    F("candidacy", "cornyn", "tx_sen_rep_prim_2014", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("candidacy", "stockman", "tx_sen_rep_prim_2014", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("won", "cornyn", "tx_sen_rep_prim_2014", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("lost", "stockman", "tx_sen_rep_prim_2014", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("party", "cornyn", "rep", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("party", "stockman", "rep", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("holds_office", "cornyn", "sen_tx", "since Sen. John Cornyrn crushed Steve Stockman in the Texas GOP Senate primary this March"),
    F("candidacy", "mwolf", "ks_sen_rep_prim_2014", "Milton Wolf, running for Senate in Kansas, put out a statement saying"),
    F("candidacy", "roberts", "ks_sen_rep_prim_2014", "Milton Wolf, running for Senate in Kansas, put out a statement saying"),
    F("party", "roberts", "rep", "Milton Wolf, running for Senate in Kansas, put out a statement saying"),
    F("holds_office", "roberts", "sen_ks", "Milton Wolf, running for Senate in Kansas, put out a statement saying"),
    F("holds_office", "mcdonnell", "gov_va", "Cantor was the nominal leader of the party after Bob McDonnell’s term as governor ended.", former=True),
    F("candidacy", "cuccinelli", "va_gov_2013", "Ken Cuccinelli, who lost the governor’s race last year"),
    F("lost", "cuccinelli", "va_gov_2013", "Ken Cuccinelli, who lost the governor’s race last year"),
    F("holds_office", "gillespie", "rnc_chair", "Ed Gillespie, a former Republican National Committee chairman", former=True),
    F("party", "gillespie", "rep", "Ed Gillespie, a former Republican National Committee chairman"),
    F("candidacy", "gillespie", "va_sen_2014", "Ed Gillespie, a former Republican National Committee chairman waging a long-shot campaign against Sen. Mark Warner"),
    F("candidacy", "mwarner", "va_sen_2014", "Ed Gillespie, a former Republican National Committee chairman waging a long-shot campaign against Sen. Mark Warner"),
    F("holds_office", "mwarner", "sen_va", "Ed Gillespie, a former Republican National Committee chairman waging a long-shot campaign against Sen. Mark Warner"),
]))

# ---------------------------------------------------------------- a_2014-10-15 (CNN opinion, Brazile on Grimes)
DOCS.append(("a_2014-10-15_IOA1y0NjOt3qBJZV.txt", [
    F("party", "brazile", "dem", "Donna Brazile, a CNN contributor and a Democratic strategist"),
    F("holds_office", "brazile", "dnc_vice_chair", "Donna Brazile, a CNN contributor and a Democratic strategist"),
    F("holds_office", "obama", "pres_us", "Democratic candidates who run from President Obama in red states"),
    F("holds_office", "grimes", "sos_ky", "Kentucky Secretary of State Alison Lundergan Grimes is a great candidate for the U.S. Senate"),
    F("candidacy", "grimes", "ky_sen_2014", "Kentucky Secretary of State Alison Lundergan Grimes is a great candidate for the U.S. Senate"),
    F("party", "grimes", "dem", "Having forthrightly identified herself as a Democrat, Grimes can go on"),
    F("candidacy", "obama", "us_pres_2012", ["which presidential candidate she voted for in 2012",
                                             "Grimes should have said she voted for President Obama"]),
    F("holds_office", "mcconnell", "sen_ky", "Grimes is more than a match for incumbent Sen. Mitch McConnell."),
    F("candidacy", "mcconnell", "ky_sen_2014", ["Grimes is more than a match for incumbent Sen. Mitch McConnell.",
                                                "the polls have seesawed between McConnell and Grimes"]),
    F("holds_office", "randpaul", "sen_ky", "By electing the libertarian Rand Paul to the U.S. Senate"),
    F("candidacy", "randpaul", "ky_sen_2010", "By electing the libertarian Rand Paul to the U.S. Senate"),
    F("won", "randpaul", "ky_sen_2010", "By electing the libertarian Rand Paul to the U.S. Senate"),
    F("holds_office", "beshear", "gov_ky", "a Democratic governor, Steve Beshear"),
    F("party", "beshear", "dem", "a Democratic governor, Steve Beshear"),
    F("endorsement", "bclinton", "mcgovern", "Bill Clinton started in Arkansas as a supporter of George McGovern"),
    F("party", "bclinton", "dem", S("Bill Clinton started in Arkansas as a supporter of George McGovern", through="proving that a progressive Democrat can win")),
]))

# ---------------------------------------------------------------- a_2014-12-01 (Politico, lame-duck Congress)
DOCS.append(("a_2014-12-01_Nmh6PyXjvM40n4Vm.txt", [
    F("holds_office", "obama", "pres_us", "as conservatives fume over President Barack Obama’s decision"),
    F("holds_office", "boehner", "speaker", "and Speaker John Boehner of Ohio — the most powerful Republican in power until January"),
    F("party", "boehner", "rep", "and Speaker John Boehner of Ohio — the most powerful Republican in power until January"),
    F("candidacy", "boehner", "speaker_2015", S("For Boehner, the politics are particularly dicey.", through="he will stand for reelection as speaker.")),
    F("holds_office", "mccarthy", "house_maj_leader", "House Majority Leader Kevin McCarthy (R-Calif.)"),
    F("party", "mccarthy", "rep", "House Majority Leader Kevin McCarthy (R-Calif.)"),
    F("holds_office", "scalise", "house_maj_whip", "Majority Whip Steve Scalise (R-La.)"),
    F("party", "scalise", "rep", "Majority Whip Steve Scalise (R-La.)"),
    F("holds_office", "hrogers", "house_approps_chair", "House Appropriations Chairman Hal Rogers (R-Ky.)"),
    F("party", "hrogers", "rep", "House Appropriations Chairman Hal Rogers (R-Ky.)"),
    F("holds_office", "reid", "senate_maj_leader", "outgoing Senate Majority Leader Harry Reid (D-Nev.)"),
    F("party", "reid", "dem", "outgoing Senate Majority Leader Harry Reid (D-Nev.)"),
    F("holds_office", "schumer", "sen_ny", "New York Democratic Sen. Chuck Schumer said"),
    F("party", "schumer", "dem", "New York Democratic Sen. Chuck Schumer said"),
    F("holds_office", "mwarner", "sen_va", "he’s adding Sen. Mark Warner of Virginia"),
    F("party", "mwarner", "dem", "he’s adding Sen. Mark Warner of Virginia, a moderate, to the Democratic communications and policy team"),
    F("holds_office", "ewarren", "sen_ma", "seeking to balance the more populist Sen. Elizabeth Warren of Massachusetts"),
]))

# ---------------------------------------------------------------- a_2016-01-04 (Fox News, GOP field before Iowa)
_GOP = S("The Republican presidential candidates kicked off the 2016 election year", through="to slam those who voted to rein in America’s intelligence efforts.")
_NH5 = "No fewer than five candidates are jockeying closely for the position behind Trump in the polls right now"
DOCS.append(("a_2016-01-04_iWAYghq4Jlnt27st.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "The Republican presidential candidates kicked off the 2016 election year"),
    F("party", "trump", "rep", "The Republican presidential candidates kicked off the 2016 election year"),
    F("candidacy", "carson", "us_rep_prim_2016", _GOP),
    F("candidacy", "cruz", "us_rep_prim_2016", _GOP),
    F("candidacy", "rubio", "us_rep_prim_2016", _GOP),
    F("party", "carson", "rep", _GOP),
    F("party", "cruz", "rep", _GOP),
    F("party", "rubio", "rep", _GOP),
    F("candidacy", "trump", "ia_rep_caucus_2016", ["As Trump rolled out his TV spot in both early-voting states", "Carson has seen his numbers plummet there as Cruz, the Texas senator, has shot to the front of the field – nudging past Trump."]),
    F("candidacy", "trump", "nh_rep_prim_2016", ["Though Trump still holds the lead in most New Hampshire polls", _NH5]),
    F("candidacy", "carson", "ia_rep_caucus_2016", "Carson has seen his numbers plummet there as Cruz, the Texas senator, has shot to the front of the field"),
    F("candidacy", "cruz", "ia_rep_caucus_2016", ["Carson has seen his numbers plummet there as Cruz, the Texas senator, has shot to the front of the field",
                                                  "as he launches a six-day, 36-county bus tour in the Hawkeye State – and tries to maintain his lead there"]),
    F("holds_office", "cruz", "sen_tx", "Carson has seen his numbers plummet there as Cruz, the Texas senator, has shot to the front of the field"),
    F("holds_office", "rubio", "sen_fl", "Florida Sen. Rubio, at an American Legion post in New Hampshire"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "He also blasted Democratic front-runner Hillary Clinton"),
    F("party", "hclinton", "dem", "He also blasted Democratic front-runner Hillary Clinton"),
    F("endorsement", "keepthepromise", "cruz", "Keep the Promise, a super PAC supporting Cruz"),
    F("holds_office", "santorum", "sen_pa", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012", former=True),
    F("candidacy", "santorum", "ia_rep_caucus_2012", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012"),
    F("won", "santorum", "ia_rep_caucus_2012", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012"),
    F("candidacy", "santorum", "ia_rep_caucus_2016", ["Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012",
                                                      "Santorum, though, is polling at under 1 percent in the state"]),
    F("candidacy", "santorum", "us_rep_prim_2016", S("Even the lower-polling candidates are taking another crack at breaking through.", through="launched his first TV ad in the state on Monday")),
    F("party", "santorum", "rep", [S("Even the lower-polling candidates are taking another crack at breaking through.", through="launched his first TV ad in the state on Monday"),
                                    "The Republican presidential candidates kicked off the 2016 election year"]),
    F("candidacy", "rubio", "nh_rep_prim_2016", [_NH5, "Rubio used a security speech Monday in New Hampshire"]),
    F("candidacy", "cruz", "nh_rep_prim_2016", _NH5),
    F("candidacy", "christie", "nh_rep_prim_2016", _NH5),
    F("candidacy", "kasich", "nh_rep_prim_2016", _NH5),
    F("candidacy", "jbush", "nh_rep_prim_2016", _NH5),
    F("candidacy", "christie", "us_rep_prim_2016", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("candidacy", "kasich", "us_rep_prim_2016", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("candidacy", "jbush", "us_rep_prim_2016", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("party", "christie", "rep", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("party", "kasich", "rep", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("party", "jbush", "rep", [_NH5, "The Republican presidential candidates kicked off the 2016 election year"]),
    F("holds_office", "christie", "gov_nj", _NH5),
    F("holds_office", "kasich", "gov_oh", _NH5),
    F("holds_office", "jbush", "gov_fl", _NH5, former=True),
]))

# ---------------------------------------------------------------- a_2016-03-15 (Politico, liberal groups vs Trump)
_LET = "It is signed by top officials of Sanders-backing groups like MoveOn.org and Clinton-backing organizations"
DOCS.append(("a_2016-03-15_ej2zakqHsPherB59.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "to oppose the Republican front-runner"),
    F("party", "trump", "rep", "to oppose the Republican front-runner"),
    F("endorsement", "moveon", "sanders", _LET),
    F("endorsement", "seiu", "hclinton", _LET),
    F("candidacy", "hclinton", "us_dem_prim_2016", "with leaders in the party’s left wing now setting their sights more squarely on Trump rather than the protracted battle between Clinton and Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "with leaders in the party’s left wing now setting their sights more squarely on Trump rather than the protracted battle between Clinton and Sanders"),
    F("party", "hclinton", "dem", [S("for their preferred candidate in the Democratic primary thus far", through="the protracted battle between Clinton and Sanders")]),
]))

# ---------------------------------------------------------------- a_2016-04-01 (USA Today, Obama on drone strikes)
DOCS.append(("a_2016-04-01_tmbyKGZPfbn7ynsv.txt", [
    F("holds_office", "obama", "pres_us", "President Obama on Friday defended his administration"),
]))

# ---------------------------------------------------------------- a_2016-05-04 (Fox 8, Kasich drops out)
_PATH = "Kasich's decision to drop out now leaves Trump with an entirely unobstructed path to the Republican nomination after Texas Sen. Ted Cruz dropped out Tuesday night."
DOCS.append(("a_2016-05-04_mWLkyfPi0XT36hjO.txt", [
    F("holds_office", "kasich", "gov_oh", "Ohio Gov. John Kasich announced the suspension of his presidential campaign"),
    F("candidacy", "kasich", "us_rep_prim_2016", "Ohio Gov. John Kasich announced the suspension of his presidential campaign"),
    F("party", "kasich", "rep", _PATH),
    F("candidacy", "trump", "us_rep_prim_2016", _PATH),
    F("party", "trump", "rep", _PATH),
    F("candidacy", "cruz", "us_rep_prim_2016", _PATH),
    F("party", "cruz", "rep", _PATH),
    F("holds_office", "cruz", "sen_tx", _PATH),
]))

# ---------------------------------------------------------------- a_2016-06-06 (AP, Ali mourned in Louisville)
DOCS.append(("a_2016-06-06_SCE8TJCqY1Id0ctY.txt", [
    F("candidacy", "trump", "us_pres_2016", "They did not mention Republican presidential candidate Donald Trump by name"),
    F("party", "trump", "rep", "They did not mention Republican presidential candidate Donald Trump by name"),
]))

# ---------------------------------------------------------------- a_2016-07-12 (CSM, Obama and Bush in Dallas)
DOCS.append(("a_2016-07-12_EzOguokM7ysEVEle.txt", [
    F("holds_office", "obama", "pres_us", "It is a ritual sadly familiar to President Obama"),
    F("holds_office", "gwbush", "pres_us", "Former President George W. Bush, who lives in Dallas", former=True),
    F("party", "gwbush", "rep", "Bush, the last Republican president, has kept a low profile since leaving office"),
    F("holds_office", "rawlings", "mayor_dallas", "at the invitation of Dallas Mayor Mike Rawlings"),
    F("candidacy", "obama", "us_pres_2008", "When Obama won the 2008 election"),
    F("won", "obama", "us_pres_2008", "When Obama won the 2008 election"),
]))

# ---------------------------------------------------------------- a_2016-12-04 (National Review, Ellison for DNC chair)
_DWS = "a job until recently held by the hilariously incompetent and boundlessly vapid Debbie Wasserman Schultz"
DOCS.append(("a_2016-12-04_ZFtbCNRXfPOZqJna.txt", [
    F("candidacy", "ellison", "dnc_chair_2017", "is campaigning for office. Not for the safe House seat he holds, but for the leadership of the Democratic party"),
    F("holds_office", "ellison", "rep_mn5", ["Rep. Keith Ellison speaks at the Democratic National Convention in Philadelphia.",
                                            "Not for the safe House seat he holds, but for the leadership of the Democratic party"]),
    F("party", "ellison", "dem", "The Democratic representative says that he rejects anti-Semitism"),
    F("party", "ellison", "dfl", "former Farrakhan fanboy Keith Ellison of the Democratic-Farmer-Labor party is a great second choice"),
    F("holds_office", "dws", "dnc_chair", _DWS, former=True),
    F("holds_office", "brazile", "dnc_chair", [_DWS, "who was temporarily replaced by Donna Brazile"]),
    F("holds_office", "sanders", "sen_vt", "to stack the presidential primary elections against Senator Bernie Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "to stack the presidential primary elections against Senator Bernie Sanders"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "“transfer formally to the Clinton campaign” — when she was exposed conniving to stack the presidential primary elections against Senator Bernie Sanders"),
    F("holds_office", "cruz", "sen_tx", "legislation supported by Senator Ted Cruz (R., Texas)"),
    F("party", "cruz", "rep", "legislation supported by Senator Ted Cruz (R., Texas)"),
]))

# ---------------------------------------------------------------- a_2016-12-12 (Bloomberg, GOP leaders back intelligence agencies)
_TOP2 = S("The two top Republicans in Congress offered strong support", through="while House Speaker Paul Ryan praised them")
DOCS.append(("a_2016-12-12_uDMupjC09TH87HQ9.txt", [
    F("candidacy", "trump", "us_pres_2016", "in sharp contrast to President-elect Donald Trump’s attack on the CIA"),
    F("won", "trump", "us_pres_2016", ["in sharp contrast to President-elect Donald Trump’s attack on the CIA",
                                       "What this is is an attempt to try to de-legitimize President-elect Trump’s win."]),
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell said he had the “highest confidence”"),
    F("holds_office", "ryan", "speaker", "while House Speaker Paul Ryan praised them"),
    F("party", "mcconnell", "rep", _TOP2),
    F("party", "ryan", "rep", _TOP2),
    F("holds_office", "putin", "pres_ru", "Russian President Vladimir Putin’s government was actively seeking to help Trump win the election"),
    F("holds_office", "obama", "pres_us", "President Barack Obama explained his reasons"),
    F("holds_office", "mccain", "sasc_chair", "Senate Armed Services Chairman John McCain and the incoming Senate Democratic leader"),
    F("party", "schumer", "dem", "Senate Armed Services Chairman John McCain and the incoming Senate Democratic leader, Chuck Schumer of New York"),
    F("party", "graham", "rep", "joined by Republican Lindsay Graham of South Carolina and Democrat Jack Reed of Rhode Island"),
    F("party", "jreed", "dem", "joined by Republican Lindsay Graham of South Carolina and Democrat Jack Reed of Rhode Island"),
    # adjudicated (r1): the joint statement of senators on a Senate investigation
    F("holds_office", "graham", "sen_sc", ["joined by Republican Lindsay Graham of South Carolina and Democrat Jack Reed of Rhode Island",
                                         "said on Sunday in an unusual joint statement that the Senate would investigate"]),
    F("holds_office", "jreed", "sen_ri", ["joined by Republican Lindsay Graham of South Carolina and Democrat Jack Reed of Rhode Island",
                                        "said on Sunday in an unusual joint statement that the Senate would investigate"]),
    F("holds_office", "pelosi", "house_min_leader", "the daughter of House Minority Leader Nancy Pelosi"),
]))

# ---------------------------------------------------------------- a_2018-02-07 (National Review, budget deal)
DOCS.append(("a_2018-02-07_FO0cx58juuyFkFhh.txt", [
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell, with fellow Republican senators"),
    F("party", "mcconnell", "rep", "Senate Majority Leader Mitch McConnell, with fellow Republican senators"),
    F("holds_office", "mcconnell", "sen_ky", "Senate Majority Leader Mitch McConnell, with fellow Republican senators"),
    F("party", "schumer", "dem", "Chuck Schumer (D., N.Y.) says the deal"),
]))

# ---------------------------------------------------------------- a_2018-03-12 (Guardian, House intelligence committee ends Russia probe)
_SCHIFF = "The announcement drew a sharp rebuke from the top Democrat on the committee, Adam Schiff"
DOCS.append(("a_2018-03-12_1M5S6wF7S3rfydPQ.txt", [
    F("party", "schiff", "dem", _SCHIFF),
    F("holds_office", "schiff", "hpsci_ranking", [_SCHIFF, "Schiff, the committee’s top Democrat, said on Sunday"]),
    F("candidacy", "trump", "us_pres_2016", ["A congressional committee led by a member of Donald Trump’s presidential transition team has announced that Trump’s 2016 campaign did not collude",
                                             "supporting the presidential campaign of then-candidate Donald J Trump"]),
    F("holds_office", "trump", "pres_us", "House Republicans failing to perform an honest investigation into Russia’s interference for President Trump"),
    F("party", "conaway", "rep", "Representative Mike Conaway of Texas, a Republican member of the House intelligence committee"),
    F("holds_office", "conaway", "rep_tx11", "Representative Mike Conaway of Texas, a Republican member of the House intelligence committee"),
    F("candidacy", "mcmullin", "us_pres_2016", "Evan McMullin, the 2016 independent presidential candidate"),
    F("holds_office", "nunes", "hpsci_chair", "The committee chairman, Devin Nunes, who served on the Trump transition team"),
    F("holds_office", "tmay", "pm_uk", "the British prime minister Theresa May’s conclusion"),
    F("holds_office", "mueller", "special_counsel", "as did an inquiry led by the special counsel Robert Mueller"),
]))

# ---------------------------------------------------------------- a_2018-10-11 (USA Today, Melania Trump interview): no scored fact
DOCS.append(("a_2018-10-11_ot5ZtC48NKvkldiS.txt", []))

# ---------------------------------------------------------------- a_2020-03-17 (Chicago Sun-Times, Biden wins Illinois)
_IL = "Former Vice President Joe Biden tightened his grip on the Democratic presidential nomination on Tuesday, defeating Vermont Senator Bernie Sanders in Illinois"
_ILRES = "Biden led Sanders with 59.5% to 35.8% with 96% of the precincts reporting."
_LEFT = "Biden, Sanders and U.S. Rep. Tulsi Gabbard were the only ones left in the Democratic presidential race"
_OUT = S("Democratic moderates Pete Buttigieg and Amy Klobuchar quickly dropped out", through="former New York Mayor Mike Bloomberg also out")
_3 = S("Illinois, Florida and Arizona — with their combined 441 delegates for the taking — held their primaries on Tuesday", through="Biden won all three states.")
DOCS.append(("a_2020-03-17_aj9izIcZz5WegqrL.txt", [
    F("holds_office", "biden", "vp_us", _IL, former=True),
    F("holds_office", "sanders", "sen_vt", _IL),
    F("candidacy", "biden", "us_dem_prim_2020", [_IL, _LEFT]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_IL, _LEFT]),
    F("party", "biden", "dem", [_IL, "a little closer to securing the Democratic Party’s nomination for president"]),
    F("candidacy", "biden", "il_dem_prim_2020", _IL),
    F("candidacy", "sanders", "il_dem_prim_2020", _IL),
    F("won", "biden", "il_dem_prim_2020", [_IL, _ILRES], 59.5),
    F("lost", "sanders", "il_dem_prim_2020", [_IL, _ILRES], 35.8),
    F("candidacy", "biden", "fl_dem_prim_2020", _3),
    F("won", "biden", "fl_dem_prim_2020", _3),
    F("candidacy", "biden", "az_dem_prim_2020", _3),
    F("won", "biden", "az_dem_prim_2020", _3),
    F("candidacy", "gabbard", "us_dem_prim_2020", _LEFT),
    F("party", "gabbard", "dem", _LEFT),
    F("holds_office", "gabbard", "rep_hi2", _LEFT),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _OUT),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _OUT),
    F("candidacy", "ewarren", "us_dem_prim_2020", _OUT),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _OUT),
    F("party", "buttigieg", "dem", _OUT),
    F("party", "klobuchar", "dem", _OUT),
    F("party", "ewarren", "dem", _OUT),
    F("party", "bloomberg", "dem", _OUT),
    F("holds_office", "ewarren", "sen_ma", _OUT),
    F("holds_office", "bloomberg", "mayor_nyc", _OUT, former=True),
    F("candidacy", "sanders", "il_dem_prim_2016", "Sanders lost Illinois in 2016 by a tiny margin — just 2 percentage points — to Hillary Clinton."),
    F("lost", "sanders", "il_dem_prim_2016", "Sanders lost Illinois in 2016 by a tiny margin — just 2 percentage points — to Hillary Clinton."),
    F("candidacy", "hclinton", "il_dem_prim_2016", "Sanders lost Illinois in 2016 by a tiny margin — just 2 percentage points — to Hillary Clinton."),
    F("won", "hclinton", "il_dem_prim_2016", "Sanders lost Illinois in 2016 by a tiny margin — just 2 percentage points — to Hillary Clinton."),
    F("endorsement", "chuy", "sanders", "Sanders was backed by two top leaders of the Chicago Teachers Union and Rep. Jesus “Chuy” Garcia, D-Ill."),
    F("holds_office", "chuy", "rep_il4", "Sanders was backed by two top leaders of the Chicago Teachers Union and Rep. Jesus “Chuy” Garcia, D-Ill."),
    F("party", "chuy", "dem", "Sanders was backed by two top leaders of the Chicago Teachers Union and Rep. Jesus “Chuy” Garcia, D-Ill."),
    F("endorsement", "lightfoot", "biden", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("holds_office", "lightfoot", "mayor_chicago", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("endorsement", "brush", "biden", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("endorsement", "ddavis", "biden", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("endorsement", "rkelly", "biden", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("holds_office", "brush", "rep_il1", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("holds_office", "ddavis", "rep_il7", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("holds_office", "rkelly", "rep_il2", "Biden had the crucial endorsements of Mayor Lori Lightfoot"),
    F("holds_office", "pritzker", "gov_il", "Illinois Gov. J.B. Pritzker on Monday"),
    F("endorsement", "pritzker", "biden", "Illinois Gov. J.B. Pritzker on Monday"),
    F("endorsement", "pritzker", "hclinton", "Illinois Gov. J.B. Pritzker on Monday"),
]))

# ---------------------------------------------------------------- c_2010-10-31 (Current Events, Tanzanian general election)
_BAR = "Salum Khalfani Bar'wani of the opposition Civic United Front party is elected as a Member of Parliament"
DOCS.append(("c_2010-10-31_voters-in-tanzania-go-to-the-polls-for-t.txt", [
    F("party", "barwani", "cuf", _BAR),
    F("candidacy", "barwani", "tz_gen_2010", [_BAR, L("# Voters in Tanzania go to the polls for the country's general election.")]),
    F("won", "barwani", "tz_gen_2010", [_BAR, L("# Voters in Tanzania go to the polls for the country's general election.")]),
    F("holds_office", "barwani", "mp_tz", _BAR),
    F("holds_office", "jammeh", "pres_gm", "The Gambian President Yahya Jammeh announced"),
]))

# ---------------------------------------------------------------- c_2010-11-02 (Current Events, UK AV referendum vote)
_COL = "President Juan Manuel Santos will meet with presidential predecessors Alvaro Uribe"
DOCS.append(("c_2010-11-02_members-of-the-united-kingdom-house-of-c.txt", [
    F("holds_office", "santos", "pres_co", _COL),
    F("holds_office", "uribe", "pres_co", _COL, former=True),
    F("holds_office", "pastrana", "pres_co", _COL, former=True),
    F("holds_office", "nevans", "deputy_speaker_uk", "Nigel Evans, a deputy speaker of the United Kingdom House of Commons"),
]))

# ---------------------------------------------------------------- c_2014-04-06 (Current Events, Hungarian parliamentary election)
_HU = "Voters in Hungary go to the polls, and Prime Minister Viktor Orbn's Fidesz and their allies the Christian Democrats win re-election easily"
DOCS.append(("c_2014-04-06_voters-in-hungary-go-to-the-polls-and-pr.txt", [
    F("holds_office", "orban", "pm_hu", [_HU, "The National Assembly rejects Hungarian Prime Minister Viktor Orban's bill"]),
    F("party", "orban", "fidesz", [_HU, "Prime Minister Viktor Orban immediately replaced Hende with a member of his Fidesz party"]),
    F("candidacy", "orban", "hu_parl_2014", _HU),
    F("won", "orban", "hu_parl_2014", _HU),
    F("holds_office", "putin", "pres_ru", "meets with Russian President Vladimir Putin in Moscow"),
    F("holds_office", "hende", "defmin_hu", "Hungary's Defense Minister Csaba Hende resigns amid the refugee crisis.", former=True),
    F("party", "simicsko", "fidesz", "Prime Minister Viktor Orban immediately replaced Hende with a member of his Fidesz party, Istvan Simicsko."),
    F("holds_office", "simicsko", "defmin_hu", S("Hungary's Defense Minister Csaba Hende resigns amid the refugee crisis.", through="a member of his Fidesz party, Istvan Simicsko.")),
]))

# ---------------------------------------------------------------- c_2014-11-02 (Current Events, Romanian presidential election first round)
_RO = "Romanian Prime Minister Victor Ponta, from the rulling PSD, and the ethnic German mayor of Sibiu Klaus Iohannis, from the opposition ACL electoral alliance, will face a November 16 runoff"
_RO2 = "Voters in Romania go to the polls for the second round of the presidential election with Klaus Iohannis scoring an upset victory over current Prime Minister Victor Ponta."
_GRI = "Romanian President Klaus Iohannis designates social-democrat Sorin Grindeanu as the country's new prime minister"
_GRI2 = "the Parliament of Romania passes a no confidence motion against the government led by former PSD Prime Minister Sorin Grindeanu."
_PONTA_RES = "by the resignation of Prime Minister Victor Ponta amid the Colectiv nightclub fire tragedy"
DOCS.append(("c_2014-11-02_romanian-presidential-election-2014-more.txt", [
    F("holds_office", "ponta", "pm_ro", [_RO, _RO2]),
    F("party", "ponta", "psd", _RO),
    F("holds_office", "iohannis", "mayor_sibiu", _RO),
    F("party", "iohannis", "acl", _RO),
    F("candidacy", "ponta", "ro_pres_2014_r1", _RO),
    F("candidacy", "iohannis", "ro_pres_2014_r1", _RO),
    F("candidacy", "ponta", "ro_pres_2014", [_RO, _RO2]),
    F("candidacy", "iohannis", "ro_pres_2014", [_RO, _RO2]),
    F("won", "iohannis", "ro_pres_2014", _RO2),
    F("lost", "ponta", "ro_pres_2014", _RO2),
    F("holds_office", "iohannis", "pres_ro", _GRI),
    F("party", "grindeanu", "psd", [_GRI, _GRI2]),
    F("holds_office", "grindeanu", "pm_ro", [_GRI, _GRI2], former=True),
    F("holds_office", "basescu", "pres_ro", "Romanian President Traian Basescu sparks a new crisis"),
    F("party", "ponta", "usl", "nominates current Prime Minister Victor Ponta of the Social Liberal Union"),
    F("holds_office", "likeqiang", "premier_cn", "Chinese Premier Li Keqiang, arrives in Bucharest"),
]))

# ---------------------------------------------------------------- c_2016-11-06 (Current Events, Bulgarian presidential election first round)
_BG1 = "Rumen Radev and Tsetska Tsacheva likely to face one another in a run-off on 13 November"
_BGR = "Bulgarians head to the polls in a presidential runoff between BSP backed Rumen Radev"
_BGW = "Bulgarian Prime Minister Boyko Borissov resigns as a result of Socialist-backed Rumen Radev winning the presidential election."
DOCS.append(("c_2016-11-06_voters-in-bulgaria-go-to-the-polls-for-a.txt", [
    F("candidacy", "radev", "bg_pres_2016_r1", _BG1),
    F("candidacy", "tsacheva", "bg_pres_2016_r1", _BG1),
    F("candidacy", "radev", "bg_pres_2016", [_BGR, _BG1]),
    F("candidacy", "tsacheva", "bg_pres_2016", [_BGR, _BG1]),
    F("endorsement", "bsp", "radev", [_BGR, _BGW]),
    F("holds_office", "tsacheva", "chair_na_bg", "Tsetska Tsacheva, Chairwoman of the National Assembly"),
    F("party", "tsacheva", "gerb", "Tsetska Tsacheva, Chairwoman of the National Assembly"),
    F("holds_office", "borisov", "pm_bg", ["from incumbent prime-minister Boyko Borisov's conservative GERB", _BGW]),
    F("party", "borisov", "gerb", ["from incumbent prime-minister Boyko Borisov's conservative GERB", "between Borissov's centre-right GERB and the Socialist Party"]),
    F("poll", "radev", "bg_pres_2016", "Exit polls by Alpha Research and Gallup International", 58, pollster="Alpha Research; Gallup International"),
    F("poll", "tsacheva", "bg_pres_2016", "Exit polls by Alpha Research and Gallup International", 35, pollster="Alpha Research; Gallup International"),
    F("won", "radev", "bg_pres_2016", _BGW),
    F("lost", "tsacheva", "bg_pres_2016", [_BGR, _BGW]),
]))

# ---------------------------------------------------------------- c_2016-12-11 (Current Events, Romanian legislative election)
DOCS.append(("c_2016-12-11_romanian-legislative-election-2016-roman.txt", [
    F("holds_office", "iohannis", "pres_ro", _GRI),
    F("party", "grindeanu", "psd", [_GRI, _GRI2]),
    F("holds_office", "grindeanu", "pm_ro", [_GRI, _GRI2], former=True),
    F("holds_office", "ponta", "pm_ro", [_PONTA_RES, _RO], former=True),
    F("party", "ponta", "psd", _RO),
    F("holds_office", "iohannis", "mayor_sibiu", _RO),
    F("party", "iohannis", "acl", _RO),
    F("candidacy", "ponta", "ro_pres_2014", _RO),
    F("candidacy", "iohannis", "ro_pres_2014", _RO),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b10.jsonl")
    print("wrote", len(lines), "facts")
