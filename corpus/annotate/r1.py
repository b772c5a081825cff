# ruff: noqa: E501
"""Corpus annotation, batch r1 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current/2017.yaml, executive.yaml)
    "Barack Obama": "Q76", "Donald Trump": "Q22686", "Joe Biden": "Q6279", "Darrell Issa": "Q1166592",
    "Justin Amash": "Q1714165", "Rand Paul": "Q463557", "Cory Gardner": "Q1135774", "Ken Buck": "Q1439421",
    "Joni Ernst": "Q13475242", "Shelley Moore Capito": "Q459618", "Jeanne Shaheen": "Q270316",
    "Seth Moulton": "Q18045052", "Steve King": "Q749710", "Ted Cruz": "Q2036942", "Mike Lee": "Q627098",
    "Mitch McConnell": "Q355522", "Mark Meadows": "Q3956796", "Jim Jordan": "Q186215",
    "Bernie Sanders": "Q359442", "Debbie Wasserman Schultz": "Q50104", "John McCain": "Q10390",
    "Paul Ryan": "Q203966", "Chuck Schumer": "Q380900", "Lindsey Graham": "Q22212", "Jack Reed": "Q528979",
    "Nancy Pelosi": "Q170581", "Maxine Waters": "Q461727", "Gwen Moore": "Q461698", "Ed Perlmutter": "Q331507",
    "Cedric Richmond": "Q561284", "Elizabeth Warren": "Q434706", "Amy Klobuchar": "Q22237",
    "Kamala Harris": "Q10853588", "Tammy Baldwin": "Q40628", "Tammy Duckworth": "Q3036410",
    "Catherine Cortez Masto": "Q5052604", "Michelle Lujan Grisham": "Q3917203",
    "Hillary Clinton": "Q6294", "Vladimir Putin": "Q7747",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("gerb", "GERB", ["Citizens for European Development of Bulgaria"])
R.party("bsp", "Bulgarian Socialist Party", ["BSP", "Socialist Party", "Socialist", "socialist"])
R.party("ps_be", "Socialist Party (Belgium)", ["Socialist Party", "PS"])
R.party("ldp", "Liberal Democratic Party (Japan)", ["Liberal Democratic Party", "LDP"])
R.party("komeito", "Komeito", ["Komeito"])
R.party("dp_jp", "Democratic Party (Japan, 2016)", ["Democratic Party"])
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("m5s", "Five Star Movement", ["M5S"])
R.party("pri", "Institutional Revolutionary Party", ["PRI"])
R.party("fn", "National Front (France)", ["National Front"])
R.party("ps_fr", "Socialist Party (France)", ["French Socialist Party", "Socialist Party"])
R.party("cprf", "Communist Party of the Russian Federation", ["CPRF"])
R.org("denver_post", "The Denver Post", ["Denver Post"])
R.org("boston_globe", "The Boston Globe", ["Boston Globe"])
R.org("rnc", "Republican National Committee", ["RNC"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("speaker", "Speaker of the United States House of Representatives", ["House Speaker", "Speaker of the House"],
  generic=["Speaker", "House Speaker", "Speaker of the House"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("senate_maj_leader", "Majority Leader of the United States Senate",
  generic=["Senate Majority Leader", "Majority Leader"])
O("senate_min_leader", "Minority Leader of the United States Senate", ["Senate GOP Leader"],
  generic=["Senate Minority Leader", "Minority Leader"])
O("ag_us", "United States Attorney General",
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("deputy_ag", "United States Deputy Attorney General", generic=["Deputy Attorney General"])
O("wh_cos", "White House Chief of Staff", generic=["Chief of Staff"])
O("chair_oversight", "Chairman of the House Committee on Oversight and Government Reform",
  generic=["chairman of the House Committee on Oversight and Government Reform"])
O("chair_sasc", "Chairman of the Senate Armed Services Committee", generic=["Senate Armed Services Chairman"])
O("rnc_chair", "Chairman of the Republican National Committee", generic=["RNC chairman", "RNC chair"])
O("dnc_chair", "Chair of the Democratic National Committee", ["DNC chief"], generic=["DNC chair"])
O("cbc_chair", "Chair of the Congressional Black Caucus", generic=["chairman of Congressional Black Caucus"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state"])
O("rep_oh8", representative("Ohio", 8))
O("rep_oh4", representative("Ohio", 4))
O("rep_ca49", representative("California", 49))
O("rep_ca43", representative("California", 43))
O("rep_ca12", representative("California", 12))
O("rep_ks1", representative("Kansas", 1))
O("rep_mi3", representative("Michigan", 3))
O("rep_ia4", representative("Iowa", 4))
O("rep_la4", representative("Louisiana", 4))
O("rep_la2", representative("Louisiana", 2))
O("rep_nc11", representative("North Carolina", 11))
O("rep_wi4", representative("Wisconsin", 4))
O("rep_co7", representative("Colorado", 7))
O("sen_ky", senator("Kentucky"))
O("sen_sc", senator("South Carolina"))
O("sen_ct", senator("Connecticut"), ["senator"])
O("sen_tx", senator("Texas"))
O("sen_al", senator("Alabama"))
O("sen_la", senator("Louisiana"))
O("sen_ut", senator("Utah"))
O("sen_nv", senator("Nevada"))
O("sen_vt", senator("Vermont"), ["senator"])
O("sen_tn", senator("Tennessee"))
O("sen_az", senator("Arizona"))
O("sen_ny", senator("New York"))
O("sen_ri", senator("Rhode Island"))
O("sen_ma", senator("Massachusetts"))
O("sen_mn", senator("Minnesota"))
O("sen_ca", senator("California"))
O("sen_wi", senator("Wisconsin"))
O("sen_il", senator("Illinois"))
O("sen_co", senator("Colorado"))
O("sen_ia", senator("Iowa"))
O("sen_wv", senator("West Virginia"))
O("sen_nh", senator("New Hampshire"))
O("gov_fl", governor("Florida"), ["governor"])
O("gov_ma", governor("Massachusetts"))
O("gov_nc", governor("North Carolina"), ["governor"])
O("gov_il", governor("Illinois"))
O("gov_mi", governor("Michigan"))
O("gov_nm", governor("New Mexico"))
O("gov_ga", governor("Georgia"), ["governor"])
O("tx_landcomm", state_officer("Land Commissioner", "Texas"), ["land commissioner"])
O("ag_pr", state_officer("Attorney General", "Puerto Rico"), ["attorney general of Puerto Rico"])
O("nc_house", "Member of the North Carolina House of Representatives", ["state Rep."],
  generic=["State Representative", "North Carolina State Representative"])
O("justice_scotus", "Associate Justice of the Supreme Court of the United States",
  generic=["Justice", "Supreme Court Justice", "Associate Justice"])
O("mayor_nyc", mayor("New York City"))
O("mayor_southbend", mayor("South Bend"))
O("pres_co", head("President", "Colombia", "Colombian"), ["presidential predecessors"])
O("deputy_speaker_uk", "Deputy Speaker of the House of Commons of the United Kingdom",
  generic=["Deputy Speaker", "deputy speaker of the United Kingdom House of Commons"])
O("pm_ru", head("Prime Minister", "Russia", "Russian"), ["Prime Minister of Russia"])
O("pres_ru", head("President", "Russia", "Russian"), ["President of Russia"])
O("defmin_ru", head("Minister of Defence", "Russia", "Russian"), generic=["Defense Minister", "Russian Defense Minister"])
O("deputy_pm_ru", head("Deputy Prime Minister", "Russia", "Russian"))
O("pres_fr", head("President", "France", "French"))
O("pres_ge", head("President", "Georgia", "Georgian"))
O("pm_be", head("Prime Minister", "Belgium", "Belgian"))
O("pm_jp", head("Prime Minister", "Japan", "Japanese"))
O("ldp_pres", "President of the Liberal Democratic Party (Japan)",
  generic=["President of the Liberal Democratic Party", "LDP president", "party leader of the Liberal Democratic Party"])
O("ldp_secgen", "Secretary-General of the Liberal Democratic Party (Japan)",
  generic=["Secretary General of the Liberal Democratic Party", "LDP Secretary-General"])
O("chief_cab_sec", head("Chief Cabinet Secretary", "Japan", "Japanese"), ["Cabinet Secretary", "Japanese Cabinet Secretary"])
O("fm_jp", head("Minister of Foreign Affairs", "Japan", "Japanese"), generic=["Foreign Minister", "Japanese Foreign Minister"])
O("interior_jp", head("Minister for Internal Affairs and Communications", "Japan", "Japanese"),
  generic=["Interior Minister", "Japanese Interior Minister"])
O("defmin_jp", head("Minister of Defense", "Japan", "Japanese"), generic=["Defense Minister"])
O("gov_tokyo", governor("Tokyo"), ["Tokyo prefecture's first female governor"])
O("mp_kyoto3", "Member of the House of Representatives of Japan for Kyoto 3rd district",
  generic=["MP", "Member of the House of Representatives"])
O("pres_kr", head("President", "South Korea", "South Korean"))
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("pm_it", head("Prime Minister", "Italy", "Italian"))
O("pres_mx", head("President", "Mexico", "Mexican"))
O("pm_bg", head("Prime Minister", "Bulgaria", "Bulgarian"), ["prime-minister"])
O("pres_bg", head("President", "Bulgaria", "Bulgarian"))
O("chair_na_bg", "Chairperson of the National Assembly of Bulgaria",
  generic=["Chairwoman of the National Assembly", "Chairperson of the National Assembly",
           "Chair of the National Assembly"])

# ---------------------------------------------------------------- elections
E = R.election
US = "ocd-division/country:us"
E("us_pres_2012", "2012 United States presidential election", US, "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", US, "2008-11-04", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", US, "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", US, "2020-11-03", "general", office="pres_us")
E("us_pres_1800", "1800 United States presidential election", US, "1800", "general", office="pres_us")
E("us_pres_1824", "1824 United States presidential election", US, "1824", "general", office="pres_us")
E("us_pres_1828", "1828 United States presidential election", US, "1828", "general", office="pres_us")
E("us_pres_1968", "1968 United States presidential election", US, "1968-11-05", "general", office="pres_us")
E("us_pres_1976", "1976 United States presidential election", US, "1976-11-02", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", US, "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", US, "2020", "primary", office="pres_us")
E("us_dem_prim_1952", "1952 Democratic Party presidential primaries", US, "1952", "primary", office="pres_us")
E("us_dem_prim_1972", "1972 Democratic Party presidential primaries", US, "1972", "primary", office="pres_us")
E("us_dem_prim_1976", "1976 Democratic Party presidential primaries", US, "1976", "primary", office="pres_us")
E("nh_dem_prim_1952", "1952 New Hampshire Democratic presidential primary", US + "/state:nh", "1952", "primary", office="pres_us")
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", US + "/state:nh", "2016-02-09", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", US + "/state:nh", "2020-02-11", "primary", office="pres_us")
E("nv_dem_caucus_2020", "2020 Nevada Democratic presidential caucuses", US + "/state:nv", "2020-02-22", "primary", office="pres_us")
E("co_sen_2014", "2014 United States Senate election in Colorado", US + "/state:co", "2014-11-04", "general", office="sen_co")
E("co_sen_2010", "2010 United States Senate election in Colorado", US + "/state:co", "2010-11-02", "general", office="sen_co")
E("ia_sen_2014", "2014 United States Senate election in Iowa", US + "/state:ia", "2014-11-04", "general", office="sen_ia")
E("wv_sen_2014", "2014 United States Senate election in West Virginia", US + "/state:wv", "2014-11-04", "general", office="sen_wv")
E("nh_sen_2014", "2014 United States Senate election in New Hampshire", US + "/state:nh", "2014-11-04", "general", office="sen_nh")
E("co4_2014", "2014 Colorado's 4th congressional district election", US + "/state:co/cd:4", "2014-11-04", "general")
E("ma6_2014", "2014 Massachusetts's 6th congressional district election", US + "/state:ma/cd:6", "2014-11-04", "general")
E("ma_gov_2014", "2014 Massachusetts gubernatorial election", US + "/state:ma", "2014-11-04", "general", office="gov_ma")
E("tx_landcomm_2014", "2014 Texas Land Commissioner election", US + "/state:tx", "2014-11-04", "general", office="tx_landcomm")
E("ga_gov_2018", "2018 Georgia gubernatorial election", US + "/state:ga", "2018-11-06", "general", office="gov_ga")
E("ru_pres_2012", "2012 Russian presidential election", "ocd-division/country:ru", "2012-03-04", "general", office="pres_ru")
E("ldp_pres_2006", "2006 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2006-09-20", "general", office="ldp_pres")
E("tokyo_gov_2016", "2016 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2016-07-31", "general", office="gov_tokyo")
E("hokkaido5_2016", "2016 Hokkaido 5th district by-election", "ocd-division/country:jp/prefecture:hokkaido/cd:5", "2016-04-24", "general", special=True)
E("kyoto3_2016", "2016 Kyoto 3rd district by-election", "ocd-division/country:jp/prefecture:kyoto/cd:3", "2016-04-24", "general", special=True)
E("rome_mayor_2016", "2016 Rome mayoral election (runoff)", "ocd-division/country:it/place:rome", "2016-06-19", "runoff")
E("novosibirsk_mayor_2014", "2014 Novosibirsk mayoral election", "ocd-division/country:ru/place:novosibirsk", "2014-04-06", "general")
E("bg_pres_2016", "2016 Bulgarian presidential election (second round)", "ocd-division/country:bg", "2016-11-13", "runoff", office="pres_bg")
E("bg_pres_2016_r1", "2016 Bulgarian presidential election (first round)", "ocd-division/country:bg", "2016-11-06", "general", office="pres_bg")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["President Obama", "Obama", "Barack H. Obama", "President Barack Obama", "Barack Obama"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"])
P("boehner", "John Boehner", ["Boehner", "Speaker Boehner", "John Boehner"])
P("holder", "Eric Holder", ["Holder"])
P("cole", "James Cole", [])
P("issa", "Darrell Issa", ["Issa"])
P("lew", "Jack Lew", [])
P("ryan", "Paul Ryan", ["Ryan"])
P("priebus", "Reince Priebus", ["(Reince) Priebus", "Priebus"])
P("huelskamp", "Tim Huelskamp", ["Huelskamp"])
P("amash", "Justin Amash", ["Amash", "Congressman Amash"])
P("santorum", "Rick Santorum", [])
P("rpaul", "Rand Paul", [])
P("demint", "Jim DeMint", ["DeMint"])
P("gardner", "Cory Gardner", [])
P("buck", "Ken Buck", [])
P("baker", "Charlie Baker", [])
P("ernst", "Joni Ernst", [])
P("capito", "Shelley Moore Capito", [])
P("shaheen", "Jeanne Shaheen", [])
P("gpbush", "George P. Bush", [])
P("jbush", "Jeb Bush", ["Jeb"])
P("prescott", "Prescott Bush", [])
P("ghwbush", "George H. W. Bush", ["George H.W. Bush"])
P("moulton", "Seth Moulton", ["Seth"])
P("king", "Steve King", [])
P("cruz", "Ted Cruz", ["Cruz"])
P("fleming", "John Fleming", [])
P("sessions", "Jeff Sessions", ["Sessions"])
P("vitter", "David Vitter", ["Vitter"])
P("lee", "Mike Lee", ["Lee"])
P("reid", "Harry Reid", [])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("meadows", "Mark Meadows", [])
P("jordan", "Jim Jordan", [])
P("hclinton", "Hillary Clinton", ["Hillary", "Clinton", "Mrs. Clinton", "Hillary Clinton"])
P("bclinton", "Bill Clinton", ["Bill", "Clinton"])
P("trump", "Donald Trump", ["Trump", "President Trump", "Mr. Trump", "Donald John Trump", "President-elect Donald Trump", "Donald Trump"])
P("sanders", "Bernie Sanders", ["Sanders", "Bernie Sanders"])
P("ajackson", "Andrew Jackson", ["Jackson", "the Tennessean"])
P("jqadams", "John Quincy Adams", ["Adams"])
P("wallace", "George Wallace", [])
P("jefferson", "Thomas Jefferson", [])
P("mccrory", "Pat McCrory", ["McCrory"])
P("lynch", "Loretta Lynch", ["Lynch"])
P("stam", "Paul Stam", ["Stam"])
P("dws", "Debbie Wasserman Schultz", [])
P("kefauver", "Estes Kefauver", ["Kefauver"])
P("truman", "Harry Truman", ["Truman"])
P("stevenson", "Adlai Stevenson II", ["Adlai Stevenson"])
P("mcgovern", "George McGovern", [])
P("carter", "Jimmy Carter", ["Carter"])
P("fuentes", "Jose Fuentes", ["Fuentes"])
P("mccain", "John McCain", ["McCain"])
P("putin", "Vladimir Putin", ["Putin"])
P("schumer", "Chuck Schumer", ["Schumer", "Charles Schumer", "Charles (Chuck) Ellis Schumer"])
P("graham", "Lindsey Graham", ["Lindsay Graham", "Graham"])
P("reed", "Jack Reed", [])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("scalia", "Antonin Scalia", ["Mr. Scalia", "Scalia"])
P("waters", "Maxine Waters", ["Waters", "Maxine Moore Waters", "Maxine"])
P("gmoore", "Gwen Moore", ["Gwen Sophia Moore"])
P("perlmutter", "Ed Perlmutter", ["Perlmutter", "Edwin (Ed) George Perlmutter"])
P("richmond", "Cedric Richmond", ["Cedric Levon Richmond"])
P("warren", "Elizabeth Warren", ["Warren"])
P("bloomberg", "Michael Bloomberg", ["Mike Bloomberg", "Bloomberg"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("buttigieg", "Pete Buttigieg", [])
P("biden", "Joe Biden", ["Biden"])
P("whitmer", "Gretchen Whitmer", ["Whitmer"])
P("harris", "Kamala Harris", [])
P("abrams", "Stacey Abrams", ["Abrams", "Ms. Abrams"])
P("baldwin", "Tammy Baldwin", [])
P("duckworth", "Tammy Duckworth", [])
P("cortezmasto", "Catherine Cortez Masto", [])
P("lujangrisham", "Michelle Lujan Grisham", [])
P("santos", "Juan Manuel Santos", [])
P("uribe", "Álvaro Uribe", ["Alvaro Uribe"])
P("pastrana", "Andrés Pastrana Arango", ["Andres Pastrana Arango"])
P("evans", "Nigel Evans", [])
P("medvedev", "Dmitry Medvedev", [])
P("serdyukov", "Anatoliy Serdyukov", [])
P("zubkov", "Viktor Zubkov", [])
P("nemtsov", "Boris Nemtsov", [])
P("sarkozy", "Nicolas Sarkozy", [])
P("saakashvili", "Mikheil Saakashvili", [])
P("dirupo", "Elio Di Rupo", ["Di Rupo"])
P("abe", "Shinzo Abe", ["Abe"])
P("koizumi", "Junichiro Koizumi", ["Koizumi"])
P("aso", "Taro Aso", [])
P("tanigaki", "Sadakazu Tanigaki", [])
P("takenaka", "Heizo Takenaka", [])
P("koike", "Yuriko Koike", [])
P("masuzoe", "Yoichi Masuzoe", [])
P("masuda", "Hiroya Masuda", [])
P("torigoe", "Shuntaro Torigoe", [])
P("wada", "Yoshiaki Wada", [])
P("ikeda", "Maki Ikeda", [])
P("izumi", "Kenta Izumi", [])
P("park", "Park Geun-hye", [])
P("rutte", "Mark Rutte", [])
P("renzi", "Matteo Renzi", [])
P("raggi", "Virginia Raggi", [])
P("penanieto", "Enrique Peña Nieto", ["Enrique Pena Nieto"])
P("lepen", "Marine Le Pen", [])
P("hollande", "François Hollande", ["Francois Hollande"])
P("lokot", "Anatoly Lokot", [])
P("radev", "Rumen Radev", ["Radev"])
P("tsacheva", "Tsetska Tsacheva", ["Tsacheva"])
P("borisov", "Boyko Borisov", ["Boyko Borissov", "Borissov", "Borisov"])

DOCS = []

# ---------------------------------------------------------------- 2012-06-18 (opinion, Obama)
_W08 = S("Just who is Barack Obama?", through="history-making 2008 victory")
_RACE = S("So far, the 2012 election has almost nothing to do with Mitt Romney.", through="because Obama is so disappointing")
DOCS.append(("a_2012-06-18_LCnjDdalo4PsiXXM.txt", [
    F("holds_office", "obama", "pres_us", "Watching President Obama flop around like a fish out of water"),
    F("candidacy", "romney", "us_pres_2012", _RACE),
    F("party", "romney", "rep", _RACE),
    F("candidacy", "obama", "us_pres_2012", ["the race is a dead heat because Obama is so disappointing",
                                             "elections are a referendum on the incumbent"]),
    F("candidacy", "obama", "us_pres_2008", _W08),
    F("won", "obama", "us_pres_2008", _W08),
]))

# ---------------------------------------------------------------- 2012-07-01 (Fast and Furious)
DOCS.append(("a_2012-07-01_c0cpgEhvEXrSvxPN.txt", [
    F("holds_office", "boehner", "speaker", "GOP House Speaker John Boehner said Sunday"),
    F("party", "boehner", "rep", ["GOP House Speaker John Boehner said Sunday", "Boehner, R-Ohio, said the suit"]),
    F("holds_office", "boehner", "rep_oh8", ["GOP House Speaker John Boehner said Sunday", "Boehner, R-Ohio, said the suit"]),
    F("holds_office", "holder", "ag_us", "put Attorney General Eric Holder in contempt"),
    F("holds_office", "cole", "deputy_ag", "But Deputy Attorney General James Cole told Boehner"),
    F("holds_office", "obama", "pres_us", "President Obama has already asserted executive privilege"),
    F("party", "issa", "rep", "led by GOP Rep. Darrell Issa"),
    F("holds_office", "issa", "rep_ca49", "led by GOP Rep. Darrell Issa"),
    F("holds_office", "issa", "chair_oversight", "led by GOP Rep. Darrell Issa"),
    F("holds_office", "lew", "wh_cos", "White House Chief of Staff Jack Lew said"),
]))

# ---------------------------------------------------------------- 2012-07-15 (Obama / Romney / Bain)
_RCAND = [S("the Republican candidate for running a firm"), S("with Romney campaign adviser Kevin Madden")]
DOCS.append(("a_2012-07-15_HfPO496ldm2dBNf3.txt", [
    F("holds_office", "obama", "pres_us", "President Obama and top campaign staffers made clear"),
    F("candidacy", "obama", "us_pres_2012", ["President Obama and top campaign staffers made clear",
                                             "Yet the Obama campaign and even the president himself"]),
    F("candidacy", "romney", "us_pres_2012", _RCAND),
    F("party", "romney", "rep", _RCAND),
]))

# ---------------------------------------------------------------- 2012-09-09 (August fundraising)
_PARTY = [S("President Barack Obama and Democrats pulled slightly ahead of Mitt Romney and Republicans"),
          S("It's a sharp increase for Obama", through="he and the Democratic Party trailed Romney and the GOP")]
_BOTH = S("Obama reversed a three-month trend", through="Both candidates are claiming momentum")
DOCS.append(("a_2012-09-09_8HxKeSeXfFjUGkzJ.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama and Democrats pulled slightly ahead"),
    F("party", "obama", "dem", _PARTY),
    F("party", "romney", "rep", _PARTY),
    F("candidacy", "obama", "us_pres_2012", _BOTH),
    F("candidacy", "romney", "us_pres_2012", [_BOTH, "And Romney has socked away more cash for the general election campaign"]),
    F("candidacy", "ryan", "us_pres_2012", "Mitt Romney and Paul Ryan are offering bold solutions"),
    F("holds_office", "priebus", "rnc_chair", "Republican National Committee chairman Reince Priebus"),
]))

# ---------------------------------------------------------------- 2012-12-05 (Boehner purge)
DOCS.append(("a_2012-12-05_VHXgMTBZCnHjqCCC.txt", [
    F("holds_office", "boehner", "speaker", ["House Speaker John Boehner is under fierce attack",
                                             "Speaker Boehner"]),
    F("party", "boehner", "rep", "Boehner, GOP leaders purge conservatives from powerful committees"),
    F("holds_office", "huelskamp", "rep_ks1", ["including Rep. Tim Huelskamp (R-Kan.)", "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot"]),
    F("party", "huelskamp", "rep", ["including Rep. Tim Huelskamp (R-Kan.)", "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot"]),
    F("holds_office", "amash", "rep_mi3", ["including Rep. Tim Huelskamp (R-Kan.)", "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot",
                                           "to remind him to call Congressman Amash"]),
    F("party", "amash", "rep", ["including Rep. Tim Huelskamp (R-Kan.)", "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot"]),
    F("candidacy", "santorum", "us_rep_prim_2012", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("party", "santorum", "rep", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("holds_office", "rpaul", "sen_ky", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("party", "rpaul", "rep", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("holds_office", "demint", "sen_sc", "Sen. Jim DeMint (R-S.C.), for his part"),
    F("party", "demint", "rep", "Sen. Jim DeMint (R-S.C.), for his part"),
]))

# ---------------------------------------------------------------- 2014-09-30 (Secret Service)
DOCS.append(("a_2014-09-30_FGdGqPaqqMSMHWtc.txt", [
    F("holds_office", "obama", "pres_us", "President Barack H. Obama is the president of the United States"),
]))

# ---------------------------------------------------------------- 2014-11-05 (Gergen, midterm afterthoughts)
_GARD = [S("winning Senate seats in Obama states such as Colorado and Iowa"), S("Look at Cory Gardner of Colorado")]
_BAKER = S("just as The Boston Globe endorsed Republican Charlie Baker")
_BUSH = S("George P. Bush, the son of Jeb", through="his father was governor of Florida")
_WOMEN = S("Women such as Joni Ernst, Shelley Moore Capito and Jeanne Shaheen also won pivotal Senate races.")
_MOUL = S("Seth Moulton, a Democrat who swept to a double-digit victory")
DOCS.append(("a_2014-11-05_nw5zsiQ2sB671c00.txt", [
    F("holds_office", "obama", "pres_us", "make it clear that President Barack Obama cannot simply blame"),
    F("candidacy", "gardner", "co_sen_2014", _GARD),
    F("won", "gardner", "co_sen_2014", _GARD),
    F("party", "gardner", "rep", S("Conservatives will likely disagree, but one takeaway for Republicans", through="Look at Cory Gardner of Colorado")),
    F("endorsement", "denver_post", "gardner", S("Look at Cory Gardner of Colorado", through="Even The Denver Post endorsed him")),
    F("candidacy", "buck", "co_sen_2010", "unlike Ken Buck, a tea partyer who lost a few years ago"),
    F("lost", "buck", "co_sen_2010", "unlike Ken Buck, a tea partyer who lost a few years ago"),
    F("candidacy", "buck", "co4_2014", "unlike Ken Buck, a tea partyer who lost a few years ago"),
    F("won", "buck", "co4_2014", "unlike Ken Buck, a tea partyer who lost a few years ago"),
    F("endorsement", "boston_globe", "baker", _BAKER),
    F("party", "baker", "rep", _BAKER),
    F("candidacy", "baker", "ma_gov_2014", [_BAKER, "Republicans winning the governorships of Maryland and Massachusetts"]),
    F("won", "baker", "ma_gov_2014", [_BAKER, "Republicans winning the governorships of Maryland and Massachusetts"]),
    F("candidacy", "ernst", "ia_sen_2014", _WOMEN),
    F("won", "ernst", "ia_sen_2014", _WOMEN),
    F("candidacy", "capito", "wv_sen_2014", _WOMEN),
    F("won", "capito", "wv_sen_2014", _WOMEN),
    F("candidacy", "shaheen", "nh_sen_2014", _WOMEN),
    F("won", "shaheen", "nh_sen_2014", _WOMEN),
    F("candidacy", "gpbush", "tx_landcomm_2014", "George P. Bush, the son of Jeb, won statewide office in Texas as land commissioner"),
    F("won", "gpbush", "tx_landcomm_2014", "George P. Bush, the son of Jeb, won statewide office in Texas as land commissioner"),
    F("holds_office", "jbush", "gov_fl", _BUSH, former=True),
    F("holds_office", "prescott", "sen_ct", "His great-grandfather was Prescott Bush, a U.S. senator", former=True),
    F("holds_office", "ghwbush", "pres_us", "his grandfather was President George H.W. Bush", former=True),
    F("candidacy", "moulton", "ma6_2014", _MOUL),
    F("won", "moulton", "ma6_2014", _MOUL),
    F("party", "moulton", "dem", _MOUL),
]))

# ---------------------------------------------------------------- 2014-12-02 (Conservatives scoff at Boehner deal)
_SENS = S("GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah")
_REID = S("Senate Majority Leader Harry Reid (D-Nev.) gave a tepid endorsement")
_MCC = S("Senate GOP Leader Mitch McConnell (R-Ky.) has largely deferred")
_HUEL = S("And outspoken Rep. Tim Huelskamp", through="the Kansas Republican said")
DOCS.append(("a_2014-12-02_eQntus0nmrByKXsw.txt", [
    F("holds_office", "boehner", "speaker", "the plan outlined by Speaker John Boehner (R-Ohio)"),
    F("holds_office", "boehner", "rep_oh8", "the plan outlined by Speaker John Boehner (R-Ohio)"),
    F("party", "boehner", "rep", "the plan outlined by Speaker John Boehner (R-Ohio)"),
    F("holds_office", "king", "rep_ia4", "at the Capitol Hill Club for Rep. Steve King"),
    F("holds_office", "cruz", "sen_tx", "Texas Republican Sen. Ted Cruz"),
    F("party", "cruz", "rep", "Texas Republican Sen. Ted Cruz"),
    F("holds_office", "fleming", "rep_la4", "said Rep. John Fleming (R-La.)"),
    F("party", "fleming", "rep", "said Rep. John Fleming (R-La.)"),
    F("holds_office", "sessions", "sen_al", _SENS),
    F("holds_office", "vitter", "sen_la", _SENS),
    F("holds_office", "lee", "sen_ut", _SENS),
    F("party", "sessions", "rep", _SENS),
    F("party", "vitter", "rep", _SENS),
    F("party", "lee", "rep", _SENS),
    F("holds_office", "reid", "senate_maj_leader", _REID),
    F("holds_office", "reid", "sen_nv", _REID),
    F("party", "reid", "dem", _REID),
    F("holds_office", "mcconnell", "senate_min_leader", _MCC),
    F("holds_office", "mcconnell", "sen_ky", _MCC),
    F("party", "mcconnell", "rep", _MCC),
    F("holds_office", "meadows", "rep_nc11", "said Rep. Mark Meadows (R-N.C.)"),
    F("party", "meadows", "rep", "said Rep. Mark Meadows (R-N.C.)"),
    F("holds_office", "jordan", "rep_oh4", "Rep. Jim Jordan (R-Ohio), a leading conservative"),
    F("party", "jordan", "rep", "Rep. Jim Jordan (R-Ohio), a leading conservative"),
    F("holds_office", "huelskamp", "rep_ks1", _HUEL),
    F("party", "huelskamp", "rep", _HUEL),
    F("holds_office", "obama", "pres_us", ["symbolically disapprove of the president", "block funding for implementation of Obama"]),
]))

# ---------------------------------------------------------------- 2016-01-16 (Bill Clinton, Reuters/Ipsos)
_FRONT = S("After Hillary said that Trump, the Republican front-runner")
_BILL = S("Bill Clinton may not be the", through="the former Democratic president may not become the albatross")
_TRAIL = S("has become much more active on the campaign trail this month")
DOCS.append(("a_2016-01-16_N4YxuTSe4JkGFeHm.txt", [
    F("candidacy", "hclinton", "us_dem_prim_2016", ["that Hillary Clinton needs in the U.S. presidential race", _FRONT]),
    F("party", "hclinton", "dem", _FRONT),
    F("candidacy", "trump", "us_rep_prim_2016", ["that Republican candidate Donald Trump expects", _FRONT]),
    F("party", "trump", "rep", ["that Republican candidate Donald Trump expects", _FRONT]),
    F("holds_office", "bclinton", "pres_us", _BILL, former=True),
    F("party", "bclinton", "dem", _BILL),
    F("holds_office", "hclinton", "sec_state", "more likely to vote for Hillary, the former secretary of state", former=True),
    F("candidacy", "hclinton", "nh_dem_prim_2016", "where Hillary Clinton trails Bernie Sanders in several recent statewide polls"),
    F("candidacy", "sanders", "nh_dem_prim_2016", "where Hillary Clinton trails Bernie Sanders in several recent statewide polls"),
    F("endorsement", "bclinton", "hclinton", _TRAIL),
    F("endorsement", "bclinton", "obama", _TRAIL),
    F("candidacy", "obama", "us_pres_2012", _TRAIL),
    F("won", "obama", "us_pres_2012", _TRAIL),
    F("holds_office", "sanders", "sen_vt", "her chief rival, U.S. Senator Bernie Sanders of nearby Vermont"),
    F("candidacy", "sanders", "us_dem_prim_2016", "her chief rival, U.S. Senator Bernie Sanders of nearby Vermont"),
]))

# ---------------------------------------------------------------- 2016-04-16 (House contingent election)
_1824 = [S("Andrew Jackson won both the popular vote and a plurality of electoral votes over John Quincy Adams"),
         S("Subsequently, the House of Representatives threw the election to Adams.")]
_1828 = S("and the Tennessean swept Adams out of office four years later")
DOCS.append(("a_2016-04-16_p54iK1WU5XeThQBv.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "While Republicans are busy trying to deny Donald Trump their party"),
    F("party", "trump", "rep", "While Republicans are busy trying to deny Donald Trump their party"),
    F("candidacy", "ajackson", "us_pres_1824", _1824),
    F("candidacy", "jqadams", "us_pres_1824", _1824),
    F("won", "jqadams", "us_pres_1824", _1824),
    F("lost", "ajackson", "us_pres_1824", _1824),
    F("candidacy", "ajackson", "us_pres_1828", _1828),
    F("candidacy", "jqadams", "us_pres_1828", _1828),
    F("won", "ajackson", "us_pres_1828", _1828),
    F("lost", "jqadams", "us_pres_1828", _1828),
    F("holds_office", "jqadams", "pres_us", _1828, former=True),
    F("candidacy", "wallace", "us_pres_1968", "In 1968 George Wallace won five states and 46 electoral votes."),
    F("candidacy", "jefferson", "us_pres_1800", "the ghost of Thomas Jefferson, who wrote after surviving the first contingency presidential election"),
]))

# ---------------------------------------------------------------- 2016-05-09 (North Carolina HB2)
DOCS.append(("a_2016-05-09_UySS8PIy41jpkAV1.txt", [
    F("holds_office", "mccrory", "gov_nc", ["North Carolina Gov. Pat McCrory said in a statement about the filing",
                                            "We are filing a federal civil rights lawsuit against the state of North Carolina, Gov. Pat McCrory"]),
    F("holds_office", "lynch", "ag_us", "Attorney General Loretta Lynch said in a press conference Monday"),
    F("holds_office", "stam", "nc_house", "North Carolina state Rep. Paul Stam, told NPR"),
]))

# ---------------------------------------------------------------- 2016-07-28 (1952 Democratic race)
_KEF = S("Kefauver campaigned in primaries", through="15 Democratic primaries")
_K52 = S("In this context the 1952 Democratic race might be instructive.", through="played the part of Bernie Sanders")
_CONV = S("Kefauver arrived at the Democratic convention in Chicago")
_MCG = S("with outsiders George McGovern and Jimmy Carter winning Democratic nominations")
_DNC = S("showing the Democratic National Committee favored Hillary Clinton over the senator from Vermont")
DOCS.append(("a_2016-07-28_CPBiqqtar9QToEOW.txt", [
    F("holds_office", "sanders", "sen_vt", _DNC),
    F("candidacy", "sanders", "us_dem_prim_2016", _DNC),
    F("candidacy", "hclinton", "us_dem_prim_2016", _DNC),
    F("holds_office", "dws", "dnc_chair", "The uproar ousted DNC chief Debbie Wasserman Schultz.", former=True),
    F("holds_office", "kefauver", "sen_tn", "Sen. Estes Kefauver of Tennessee played the part of Bernie Sanders", former=True),
    F("party", "kefauver", "dem", [_K52, _KEF]),
    F("candidacy", "kefauver", "us_dem_prim_1952", [_K52, _KEF, _CONV]),
    F("candidacy", "kefauver", "nh_dem_prim_1952", _KEF),
    F("won", "kefauver", "nh_dem_prim_1952", _KEF),
    F("lost", "kefauver", "us_dem_prim_1952", _CONV),
    F("holds_office", "truman", "pres_us", "But incumbent President Harry Truman despised him.", former=True),
    F("holds_office", "stevenson", "gov_il", _CONV, former=True),
    F("candidacy", "stevenson", "us_dem_prim_1952", _CONV),
    F("won", "stevenson", "us_dem_prim_1952", _CONV),
    F("party", "stevenson", "dem", _CONV),
    F("candidacy", "mcgovern", "us_dem_prim_1972", _MCG),
    F("won", "mcgovern", "us_dem_prim_1972", _MCG),
    F("party", "mcgovern", "dem", _MCG),
    F("candidacy", "carter", "us_dem_prim_1976", _MCG),
    F("won", "carter", "us_dem_prim_1976", _MCG),
    F("party", "carter", "dem", _MCG),
    F("candidacy", "carter", "us_pres_1976", _MCG),
    F("won", "carter", "us_pres_1976", _MCG),
]))

# ---------------------------------------------------------------- 2016-08-21 (Trump immigration, Conway)
_NOM = [S("But Trump himself insisted Monday", through="the Republican presidential nominee told Fox News"),
        S("described the Republican nominee's interest in Hispanic issues")]
_HRC = S("the campaign of Democratic nominee Hillary Clinton released a statement")
_FUEN = S("Jose Fuentes, a Trump supporter and the former attorney general of Puerto Rico")
DOCS.append(("a_2016-08-21_0QMCzCXc2hWpTx9p.txt", [
    F("candidacy", "trump", "us_pres_2016", _NOM),
    F("party", "trump", "rep", _NOM),
    F("candidacy", "hclinton", "us_pres_2016", _HRC),
    F("party", "hclinton", "dem", _HRC),
    F("holds_office", "fuentes", "ag_pr", _FUEN, former=True),
    F("endorsement", "fuentes", "trump", _FUEN),
    F("endorsement", "rnc", "trump", "adding the Republican National Committee would be continuing to help"),
    F("holds_office", "priebus", "rnc_chair", S("working closely with the RNC", through="Chairman (Reince) Priebus")),
    F("holds_office", "mccain", "sen_az", "disparaging Arizona Sen. John McCain"),
]))

# ---------------------------------------------------------------- 2016-09-12 (basket of deplorables)
DOCS.append(("a_2016-09-12_nQxZcD6wQCbw7KPx.txt", [
    F("candidacy", "hclinton", "us_pres_2016", "said Clinton at a New York fundraiser on Friday night"),
    F("candidacy", "trump", "us_pres_2016", ["Clinton was wrong to divide Trump voters between the bigoted",
                                             "But for many Trump voters, anger and anxiety"]),
]))

# ---------------------------------------------------------------- 2016-12-12 (McConnell/Ryan back intelligence)
_TOP = S("The two top Republicans in Congress offered strong support", through="House Speaker Paul Ryan praised them")
_JOINT = S("McCain and Schumer, joined by Republican Lindsay Graham of South Carolina and Democrat Jack Reed of Rhode Island")
_SCH = S("the incoming Senate Democratic leader, Chuck Schumer of New York")
DOCS.append(("a_2016-12-12_uDMupjC09TH87HQ9.txt", [
    F("candidacy", "trump", "us_pres_2016", ["in sharp contrast to President-elect Donald Trump", "de-legitimize President-elect Trump"]),
    F("won", "trump", "us_pres_2016", ["in sharp contrast to President-elect Donald Trump", "de-legitimize President-elect Trump"]),
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell said he had"),
    F("holds_office", "ryan", "speaker", "House Speaker Paul Ryan praised them"),
    F("party", "mcconnell", "rep", _TOP),
    F("party", "ryan", "rep", _TOP),
    F("holds_office", "putin", "pres_ru", "Russian President Vladimir Putin"),
    F("holds_office", "obama", "pres_us", "President Barack Obama explained his reasons"),
    F("holds_office", "mccain", "chair_sasc", "Senate Armed Services Chairman John McCain"),
    F("holds_office", "schumer", "sen_ny", _SCH),
    F("party", "schumer", "dem", _SCH),
    F("party", "graham", "rep", _JOINT),
    F("holds_office", "graham", "sen_sc", _JOINT),
    F("party", "reed", "dem", _JOINT),
    F("holds_office", "reed", "sen_ri", _JOINT),
    F("holds_office", "pelosi", "house_min_leader", "the daughter of House Minority Leader Nancy Pelosi"),
]))

# ---------------------------------------------------------------- 2018-04-13 (Mueller op-ed)
DOCS.append(("a_2018-04-13_dC47VCzLEEI68wIC.txt", [
    F("holds_office", "trump", "pres_us", S("Mr. Trump can short-circuit the Senate", through="the president should promise his honest")),
    F("holds_office", "scalia", "justice_scotus", "Justice Antonin Scalia noted", former=True),
]))

# ---------------------------------------------------------------- 2018-07-03 (Maxine Waters)
_LEAD = S("House and Senate minority leaders Nancy Pelosi")
_RICH = S("said Rep. Cedric Richmond")
DOCS.append(("a_2018-07-03_1wzMZ7vInqYNT85u.txt", [
    F("holds_office", "waters", "rep_ca43", ["From the perspective of some House Democrats, Rep. Maxine Waters",
                                             "The Los Angeles lawmaker"]),
    F("party", "waters", "dem", "From the perspective of some House Democrats, Rep. Maxine Waters"),
    F("holds_office", "trump", "pres_us", "early calls for President Trump"),
    F("holds_office", "gmoore", "rep_wi4", "Rep. Gwen Moore Gwen Sophia Moore"),
    F("party", "gmoore", "dem", "Rep. Gwen Moore Gwen Sophia Moore"),
    F("holds_office", "pelosi", "house_min_leader", _LEAD),
    F("holds_office", "pelosi", "rep_ca12", _LEAD),
    F("party", "pelosi", "dem", _LEAD),
    F("holds_office", "schumer", "senate_min_leader", _LEAD),
    F("holds_office", "schumer", "sen_ny", _LEAD),
    F("party", "schumer", "dem", _LEAD),
    F("holds_office", "perlmutter", "rep_co7", "said Rep. Ed Perlmutter"),
    F("party", "perlmutter", "dem", "said Rep. Ed Perlmutter"),
    F("holds_office", "richmond", "rep_la2", _RICH),
    F("party", "richmond", "dem", _RICH),
    F("holds_office", "richmond", "cbc_chair", _RICH),
    F("holds_office", "waters", "cbc_chair", _RICH, former=True),
]))

# ---------------------------------------------------------------- 2020-02-20 (Nevada debate fundraising)
_DEB = S("As the fiery Democratic debate in Nevada raged on")
_BLOOM = S("As the fiery Democratic debate in Nevada raged on", through="former New York City Mayor Mike Bloomberg")
_NH = S("(D-MN) New Hampshire debate performance")
_W4 = S("since her fourth-place finish in New Hampshire")
DOCS.append(("a_2020-02-20_4CZztnDhD6ClAtQf.txt", [
    F("holds_office", "sanders", "sen_vt", [_DEB, "the Vermont senator had raised $2.7 million"]),
    F("holds_office", "warren", "sen_ma", _DEB),
    F("party", "warren", "dem", _DEB),
    F("candidacy", "sanders", "us_dem_prim_2020", [_DEB, "These are impressive sums for both candidates"]),
    F("candidacy", "warren", "us_dem_prim_2020", [_DEB, "These are impressive sums for both candidates"]),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _BLOOM),
    F("party", "bloomberg", "dem", _BLOOM),
    F("holds_office", "bloomberg", "mayor_nyc", "former New York City Mayor Mike Bloomberg", former=True),
    F("holds_office", "klobuchar", "sen_mn", _NH),
    F("party", "klobuchar", "dem", _NH),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _NH),
    F("candidacy", "klobuchar", "nh_dem_prim_2020", _NH),
    F("lost", "klobuchar", "nh_dem_prim_2020", _NH),
    F("candidacy", "sanders", "nh_dem_prim_2020", _NH),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", _NH),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _NH),
    F("party", "buttigieg", "dem", _NH),
    F("holds_office", "buttigieg", "mayor_southbend", _NH, former=True),
    F("candidacy", "warren", "nh_dem_prim_2020", _W4),
    F("lost", "warren", "nh_dem_prim_2020", _W4),
    F("candidacy", "warren", "nv_dem_caucus_2020", "whether this will also boost Warren significantly in the Nevada caucuses"),
]))

# ---------------------------------------------------------------- 2020-04-24 (Biden running mate)
_EMER = S("Now that Joe Biden has emerged from a turbulent Democratic presidential primary")
_BWON = S("Biden won the Democratic primary with a policy platform")
_RIV = S("Two of his primary rivals, Massachusetts Sen. Elizabeth Warren and Sen. Kamala Harris of California")
_KW = S("Minnesota Sen. Amy Klobuchar and Michigan Gov. Gretchen Whitmer are among the candidates")
_OTH = S("including Wisconsin Sen. Tammy Baldwin, Illinois Sen. Tammy Duckworth")
DOCS.append(("a_2020-04-24_cJYAnDjAekx0Cn0N.txt", [
    F("candidacy", "biden", "us_dem_prim_2020", [_EMER, _BWON]),
    F("won", "biden", "us_dem_prim_2020", [_EMER, _BWON]),
    F("party", "biden", "dem", [_EMER, _BWON]),
    F("candidacy", "biden", "us_pres_2020", [_EMER, "One of the most important decisions he"]),
    F("candidacy", "trump", "us_pres_2020", _EMER),
    F("holds_office", "trump", "pres_us", _EMER),
    F("holds_office", "klobuchar", "sen_mn", _KW),
    F("holds_office", "whitmer", "gov_mi", _KW),
    F("holds_office", "warren", "sen_ma", _RIV),
    F("holds_office", "harris", "sen_ca", _RIV),
    F("candidacy", "warren", "us_dem_prim_2020", _RIV),
    F("candidacy", "harris", "us_dem_prim_2020", _RIV),
    F("party", "warren", "dem", [_RIV, _BWON]),
    F("party", "harris", "dem", [_RIV, _BWON]),
    F("candidacy", "abrams", "ga_gov_2018", "who garnered national attention during her campaign for Georgia governor in 2018"),
    F("holds_office", "baldwin", "sen_wi", _OTH),
    F("holds_office", "duckworth", "sen_il", _OTH),
    F("holds_office", "cortezmasto", "sen_nv", _OTH),
    F("holds_office", "lujangrisham", "gov_nm", _OTH),
]))

# ---------------------------------------------------------------- c 2010-11-02 (UK AV referendum; Related list)
_COL = S("President Juan Manuel Santos will meet with presidential predecessors Alvaro Uribe")
DOCS.append(("c_2010-11-02_members-of-the-united-kingdom-house-of-c.txt", [
    F("holds_office", "santos", "pres_co", _COL),
    F("holds_office", "uribe", "pres_co", _COL, former=True),
    F("holds_office", "pastrana", "pres_co", _COL, former=True),
    F("holds_office", "evans", "deputy_speaker_uk", "Nigel Evans, a deputy speaker of the United Kingdom House of Commons"),
]))

# ---------------------------------------------------------------- c 2012-03-04 (Russian presidential election)
_HEAD = S("Voters in Russia go to the polls for a presidential election with Prime Minister Vladimir Putin claiming victory")
_RUN = S("At the United Russia Congress, Prime Minister Vladimir Putin accepts President Dmitry Medvedev")
DOCS.append(("c_2012-03-04_voters-in-russia-go-to-the-polls-for-a-p.txt", [
    F("holds_office", "putin", "pm_ru", [_HEAD, _RUN, "Vladimir Putin, the Prime Minister of Russia, bans export"]),
    F("candidacy", "putin", "ru_pres_2012", [_HEAD, _RUN, "in support of the Prime Minister Vladimir Putin"]),
    F("won", "putin", "ru_pres_2012", _HEAD),
    F("holds_office", "putin", "pres_ru", "close links to Russian President Vladimir Putin"),
    F("holds_office", "serdyukov", "defmin_ru", "former Defense Minister Anatoliy Serdyukov", former=True),
    F("holds_office", "zubkov", "pm_ru", "former Prime Minister Viktor Zubkov", former=True),
    F("endorsement", "medvedev", "putin", _RUN),
    F("holds_office", "medvedev", "pres_ru", [_RUN, "Russian President Dmitry Medvedev orders Prime Minister Vladimir Putin"]),
    F("holds_office", "nemtsov", "deputy_pm_ru", "such as former Deputy Prime Minister Boris Nemtsov", former=True),
    F("holds_office", "sarkozy", "pres_fr", "President Nicolas Sarkozy defends his plans"),
    F("holds_office", "saakashvili", "pres_ge", "his Georgian counterpart Mikheil Saakashvili"),
]))

# ---------------------------------------------------------------- c 2014-05-25 (Belgian elections)
DOCS.append(("c_2014-05-25_voters-go-to-the-polls-to-elect-the-memb.txt", [
    F("holds_office", "dirupo", "pm_be", "the Socialist Party of Prime Minister Di Rupo"),
    F("party", "dirupo", "ps_be", "the Socialist Party of Prime Minister Di Rupo"),
]))

# ---------------------------------------------------------------- c 2014-12-14 (Japanese general election; Related list)
_LDP06 = S("Shinzo Abe is elected as party leader of the Liberal Democratic Party in Japan")
_LEADS = S("Abe currently leads in polls over candidates Taro Aso and Sadakazu Tanigaki")
_CAB = S("Japanese Cabinet Secretary Shinzo Abe announces")
_SECG = S("Shinzo Abe, former Secretary General of the Liberal Democratic Party, becomes Chief Cabinet Secretary")
_ASO = S("Former Interior Minister Taro Aso becomes Foreign Minister")
_KOIKE = S("Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate")
_KOIKE2 = S("Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate", through="the opposition bloc")
_DEF = S("The former Minister of Defense defeated the LDP-Komeito ruling coalition")
_HOK = S("LDP candidate Yoshiaki Wada staved off the competition from independent candidate Maki Ikeda")
_KYO = S("Kyoto 3rd district by-election, 2016: The newly formed Democratic Party wrested back the seat")
DOCS.append(("c_2014-12-14_japanese-citizens-vote-in-a-general-elec.txt", [
    F("holds_office", "abe", "pm_jp", ["Prime Minister Shinzo Abe", "Japanese Prime Minister Shinzo Abe plans",
                                       "this win is seen as a boost for Prime Minister Shinzo Abe",
                                       "South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe",
                                       "Prime Minister Shinzo Abe became the first sitting Japanese leader"]),
    F("party", "abe", "ldp", ["Prime Minister Shinzo Abe", _LDP06]),
    F("candidacy", "abe", "ldp_pres_2006", [_LDP06, _CAB]),
    F("won", "abe", "ldp_pres_2006", _LDP06),
    F("holds_office", "abe", "ldp_pres", _LDP06),
    F("holds_office", "koizumi", "pm_jp", [_LDP06, "Japanese Prime Minister Junichiro Koizumi announces his fifth cabinet"]),
    F("party", "koizumi", "ldp", _LDP06),
    F("holds_office", "abe", "chief_cab_sec", [_CAB, _SECG]),
    F("candidacy", "aso", "ldp_pres_2006", _LEADS),
    F("candidacy", "tanigaki", "ldp_pres_2006", _LEADS),
    F("party", "aso", "ldp", _LEADS),
    F("party", "tanigaki", "ldp", _LEADS),
    F("lost", "aso", "ldp_pres_2006", [_LEADS, _LDP06]),
    F("lost", "tanigaki", "ldp_pres_2006", [_LEADS, _LDP06]),
    F("holds_office", "abe", "ldp_secgen", _SECG, former=True),
    F("holds_office", "aso", "interior_jp", _ASO, former=True),
    F("holds_office", "aso", "fm_jp", _ASO),
    F("holds_office", "takenaka", "interior_jp", _ASO),
    F("party", "koike", "ldp", _KOIKE),
    F("candidacy", "koike", "tokyo_gov_2016", _KOIKE),
    F("won", "koike", "tokyo_gov_2016", _KOIKE),
    F("holds_office", "koike", "gov_tokyo", _KOIKE),
    F("holds_office", "koike", "defmin_jp", _KOIKE2, former=True),
    F("holds_office", "masuzoe", "gov_tokyo", _KOIKE, former=True),
    F("candidacy", "masuda", "tokyo_gov_2016", _DEF),
    F("candidacy", "torigoe", "tokyo_gov_2016", _DEF),
    F("lost", "masuda", "tokyo_gov_2016", _DEF),
    F("lost", "torigoe", "tokyo_gov_2016", _DEF),
    F("endorsement", "ldp", "masuda", _DEF),
    F("endorsement", "komeito", "masuda", _DEF),
    F("candidacy", "wada", "hokkaido5_2016", _HOK),
    F("won", "wada", "hokkaido5_2016", _HOK),
    F("party", "wada", "ldp", _HOK),
    F("candidacy", "ikeda", "hokkaido5_2016", _HOK),
    F("lost", "ikeda", "hokkaido5_2016", _HOK),
    F("candidacy", "izumi", "kyoto3_2016", _KYO),
    F("won", "izumi", "kyoto3_2016", _KYO),
    F("party", "izumi", "dp_jp", _KYO),
    F("holds_office", "izumi", "mp_kyoto3", _KYO, former=True),
    F("holds_office", "park", "pres_kr", "South Korean President Park Geun-hye"),
]))

# ---------------------------------------------------------------- c 2016-09-18 (Russian Duma election; Related list)
DOCS.append(("c_2016-09-18_russian-voters-head-to-the-polls-to-elec.txt", [
    F("holds_office", "rutte", "pm_nl", "incumbent Prime Minister Mark Rutte"),
    F("party", "rutte", "vvd", "incumbent Prime Minister Mark Rutte"),
    F("holds_office", "renzi", "pm_it", "Prime Minister Matteo Renzi, who introduced the referendum bill, resigns", former=True),
    F("candidacy", "raggi", "rome_mayor_2016", "with exit polls showing Virginia Raggi of the Five Star Movement"),
    F("party", "raggi", "m5s", "with exit polls showing Virginia Raggi of the Five Star Movement"),
    F("holds_office", "putin", "pres_ru", ["The President of Russia Vladimir Putin announces the creation",
                                           "President of Russia Vladimir Putin signs a law"]),
    F("holds_office", "penanieto", "pres_mx", "Institutional Revolutionary Party of President Enrique Pena Nieto"),
    F("party", "penanieto", "pri", "Institutional Revolutionary Party of President Enrique Pena Nieto"),
    F("party", "lepen", "fn", "Marine Le Pen"),
    F("holds_office", "hollande", "pres_fr", "President Francois Hollande"),
    F("party", "hollande", "ps_fr", "President Francois Hollande"),
    F("candidacy", "lokot", "novosibirsk_mayor_2014", "candidate Anatoly Lokot was elected mayor"),
    F("won", "lokot", "novosibirsk_mayor_2014", "candidate Anatoly Lokot was elected mayor"),
    F("party", "lokot", "cprf", "candidate Anatoly Lokot was elected mayor"),
]))

# ---------------------------------------------------------------- c 2016-11-06 (Bulgarian presidential election, first round)
_R1 = "and Rumen Radev and Tsetska Tsacheva likely to face one another in a run-off"
_RUNOFF = S("Bulgarians head to the polls in a presidential runoff between BSP backed Rumen Radev")
_WIN = S("as a result of Socialist-backed Rumen Radev winning")
_EXIT = S("Exit polls by Alpha Research and Gallup International")
DOCS.append(("c_2016-11-06_voters-in-bulgaria-go-to-the-polls-for-a.txt", [
    F("candidacy", "radev", "bg_pres_2016_r1", _R1),
    F("candidacy", "tsacheva", "bg_pres_2016_r1", _R1),
    F("candidacy", "radev", "bg_pres_2016", [_RUNOFF, _R1]),
    F("candidacy", "tsacheva", "bg_pres_2016", [_RUNOFF, _R1]),
    F("endorsement", "bsp", "radev", [_RUNOFF, _WIN]),
    F("holds_office", "tsacheva", "chair_na_bg", _RUNOFF),
    F("party", "tsacheva", "gerb", _RUNOFF),
    F("holds_office", "borisov", "pm_bg", [_RUNOFF, "Bulgarian Prime Minister Boyko Borissov resigns"]),
    F("party", "borisov", "gerb", [_RUNOFF, "Opinion polls predict a close contest between Borissov"]),
    F("poll", "radev", "bg_pres_2016", _EXIT, 58, pollster="Alpha Research; Gallup International"),
    F("poll", "tsacheva", "bg_pres_2016", _EXIT, 35, pollster="Alpha Research; Gallup International"),
    F("won", "radev", "bg_pres_2016", _WIN),
    F("lost", "tsacheva", "bg_pres_2016", [_RUNOFF, _WIN]),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "r1.jsonl")
    print("wrote", len(lines), "facts")
