# ruff: noqa: E501
"""Corpus annotation, batch b12 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml) and a few certain world leaders
    'Barack Obama': 'Q76', 'Donald Trump': 'Q22686', 'Paul Ryan': 'Q203966', 'Mitch McConnell': 'Q355522',
    'Nancy Pelosi': 'Q170581', 'Steve Scalise': 'Q1857141', 'Kevin McCarthy': 'Q766866', 'Chuck Schumer': 'Q380900',
    'Elizabeth Warren': 'Q434706', 'Rand Paul': 'Q463557', 'Bill Cassidy': 'Q861999', 'Richard Burr': 'Q331278',
    'Rob Portman': 'Q926069', 'Catherine Cortez Masto': 'Q5052604', 'Alexandria Ocasio-Cortez': 'Q55223040',
    'Joe Biden': 'Q6279', 'Bernie Sanders': 'Q359442', 'Ted Cruz': 'Q2036942',
    'Mitt Romney': 'Q4496', 'Hillary Clinton': 'Q6294', 'Bill Clinton': 'Q1124', 'Richard Nixon': 'Q9588',
    'Vladimir Putin': 'Q7747', 'Dmitry Medvedev': 'Q23530', 'David Cameron': 'Q192', 'Tony Blair': 'Q9545',
    'Nicolas Sarkozy': 'Q329',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("lib", "Libertarian Party", ["Libertarian"])
R.party("green", "Green Party", ["Green Party"])
R.party("iap", "Independent American Party", [])
R.party("wfp", "Working Families Party", ["WFP"])
R.party("con_uk", "Conservative Party", ["Conservative Party"])
R.party("dpp", "Democratic Progressive Party", ["DPP"])
R.party("kmt", "Kuomintang", ["KMT", "Chinese Nationalist Party"])
R.party("alp", "Australian Labor Party", [])
R.party("unm", "United National Movement", [])
R.party("gd", "Georgian Dream", [])
R.party("cprf", "Communist Party of the Russian Federation", [])
R.party("ur", "United Russia", [])
R.org("clinton_fdn", "Clinton Foundation", ["Foundation"])
R.org("qatar", "Qatar", [])
R.org("saudi", "Saudi Arabia", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("gov_ma", governor("Massachusetts"), ["governor"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"))
O("dpm_uk", head("Deputy Prime Minister", "the United Kingdom", "British"), ["deputy Prime Minister"])
O("opp_uk", "Leader of the Opposition of the United Kingdom", ["opposition leader"], generic=["Leader of the Opposition"])
O("fsec_uk", "Foreign Secretary of the United Kingdom", ["foreign secretary", "U.K. foreign secretary"], generic=["Foreign Secretary"])
O("pm_il", head("Prime Minister", "Israel", "Israeli"))
O("pres_il", head("President", "Israel", "Israeli"))
O("pm_pna", "Prime Minister of the Palestinian National Authority", ["prime minister of the Palestinian National Authority"], generic=["Prime Minister"])
O("pres_pl", head("President", "Poland", "Polish"), ["president"])
O("rep_wi1", representative("Wisconsin", 1))
O("gov_ky", governor("Kentucky"), ["governor"])
O("sen_ky", senator("Kentucky"), ["Sens."])
O("sen_min_leader", "Minority Leader of the United States Senate", ["Senate Republican leader", "Democratic Senate Leader"], generic=["Senate Minority Leader", "Minority Leader"])
O("sen_maj_leader", "Majority Leader of the United States Senate", [], generic=["Senate Majority Leader", "Majority Leader"])
O("ag_ky", state_officer("Attorney General", "Kentucky"), ["attorney general"])
O("sos_ky", state_officer("Secretary of State", "Kentucky"), ["secretary of state"])
O("mayor_louisville", mayor("Louisville"), ["mayor"])
O("sen_la", senator("Louisiana"))
O("sen_ny", senator("New York"))
O("sen_ma", senator("Massachusetts"))
O("rep_ny3", representative("New York", 3))
O("dccc_chair", "Chair of the Democratic Congressional Campaign Committee", [], generic=["DCCC Chair", "DCCC chairman"])
O("dpcc_chair", "Chair of the Democratic Policy and Communications Committee", [], generic=["DPCC Chair"])
O("pres_cn", head("President", "China", "Chinese"))
O("pres_br", head("President", "Brazil", "Brazilian"))
O("gov_oh", governor("Ohio"), ["governor"])
O("gov_nc", governor("North Carolina"))
O("sen_nv", senator("Nevada"))
O("sen_nc", senator("North Carolina"))
O("sen_oh", senator("Ohio"))
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state"])
O("counselor", "Counselor to the President", ["counselor"], generic=["White House Counselor"])
O("rep_ny9", representative("New York", 9), ["congressman"])
O("fbi_dir", "Director of the Federal Bureau of Investigation", ["FBI director"], generic=["FBI Director", "Director of the FBI"])
O("speaker", "Speaker of the United States House of Representatives", ["speaker"], generic=["Speaker of the House", "House Speaker", "Speaker"])
O("house_min_leader", "Minority Leader of the United States House of Representatives", [], generic=["House Minority Leader", "Minority Leader"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", ["GOP Majority Leader"], generic=["House Majority Leader", "Majority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives", [], generic=["House Majority Whip", "Majority Whip"])
O("rep_ca12", representative("California", 12))
O("rep_ca23", representative("California", 23))
O("rep_la1", representative("Louisiana", 1))
O("gov_ny", governor("New York"), ["governor"])
O("ltgov_ny", lieutenant_governor("New York"), ["lieutenant governor"])
O("ag_ny", state_officer("Attorney General", "New York"), ["attorney general"])
O("rep_ny26", representative("New York", 26), ["congresswoman"])
O("pa_nyc", "New York City Public Advocate", [], generic=["Public Advocate"])
O("dutchess_exec", "Dutchess County Executive", [], generic=["County Executive"])
O("mayor_syracuse", mayor("Syracuse"))
O("dnc_chair", "Chair of the Democratic National Committee", ["DNC Chairman", "Democratic National Committee chairman"], generic=["DNC chair", "DNC chairman", "DNC Chair"])
O("pres_tw", head("President", "the Republic of China", "Taiwanese"), ["President of Taiwan", "Taiwan President", "President of the Republic of China (Taiwan)"])
O("dpp_chair", "Chairperson of the Democratic Progressive Party", ["chairwoman"], generic=["DPP Chairperson", "DPP chair"])
O("kmt_chair", "Chairman of the Kuomintang", ["party leader"], generic=["KMT Chairman", "Kuomintang Chairman"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["PM"])
O("fm_au", "Minister for Foreign Affairs of Australia", ["Foreign Minister of Australia", "Minister for Foreign Affairs", "Foreign Minister"], generic=["Australian Foreign Minister", "Foreign Minister", "Minister for Foreign Affairs"])
O("alp_leader", "Leader of the Australian Labor Party", ["leadership of the Australian Labor Party"], generic=["Labor leader", "ALP leader"])
O("opp_au", "Leader of the Opposition of Australia", ["opposition leader", "Leader of the Opposition"], generic=["Leader of the Opposition"])
O("premier_nsw", "Premier of New South Wales", [], generic=["Premier"])
O("pres_ge", head("President", "Georgia", "Georgian"))
O("pm_ge", head("Prime Minister", "Georgia", "Georgian"), ["prime minister"])
O("intmin_ge", head("Minister of Internal Affairs", "Georgia", "Georgian"), ["Interior Minister"], generic=["Interior Minister", "Georgian Interior Minister"])
O("pres_fr", head("President", "France", "French"))
O("pm_ru", head("Prime Minister", "Russia", "Russian"))
O("pres_ru", head("President", "Russia", "Russian"))
O("mayor_novosibirsk", mayor("Novosibirsk"), ["mayor"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"),
  ["Secretaries of Housing and Urban Development"], generic=["HUD Secretary"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("gov_tx", governor("Texas"))

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_1972", "1972 United States presidential election", "ocd-division/country:us", "1972-11-07", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("pl_pres_1990", "1990 Polish presidential election (second round)", "ocd-division/country:pl", "1990-12-09", "runoff", office="pres_pl")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("ky_sen_prim_2014", "2014 United States Senate Republican primary in Kentucky", "ocd-division/country:us/state:ky", "2014-05-20", "primary", office="sen_ky")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office="sen_ky")
E("ky_ag_2015", "2015 Kentucky Attorney General election", "ocd-division/country:us/state:ky", "2015-11-03", "general", office="ag_ky")
E("la_sen_2014_runoff", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")
E("wv_dem_prim_2016", "2016 West Virginia Democratic presidential primary", "ocd-division/country:us/state:wv", "2016-05-10", "primary", office="pres_us")
E("wv_rep_prim_2016", "2016 West Virginia Republican presidential primary", "ocd-division/country:us/state:wv", "2016-05-10", "primary", office="pres_us")
E("ne_rep_prim_2016", "2016 Nebraska Republican presidential primary", "ocd-division/country:us/state:ne", "2016-05-10", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
# adjudicated (r3 second pass, and b13/b14/r3 practice): a state poll of the presidential general election is a poll of the national election
# adjudicated (r3 second pass, and b13/b14/r3 practice): a state poll of the presidential general election is a poll of the national election
# adjudicated (r3 second pass, and b13/b14/r3 practice): a state poll of the presidential general election is a poll of the national election
E("nv_sen_2016", "2016 United States Senate election in Nevada", "ocd-division/country:us/state:nv", "2016-11-08", "general", office="sen_nv")
E("nc_sen_2016", "2016 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2016-11-08", "general", office="sen_nc")
E("oh_sen_2016", "2016 United States Senate election in Ohio", "ocd-division/country:us/state:oh", "2016-11-08", "general", office="sen_oh")
E("oh_sen_2010", "2010 United States Senate election in Ohio", "ocd-division/country:us/state:oh", "2010-11-02", "general", office="sen_oh")
E("nc_gov_2016", "2016 North Carolina gubernatorial election", "ocd-division/country:us/state:nc", "2016-11-08", "general", office="gov_nc")
E("wi1_1998", "1998 Wisconsin's 1st congressional district election", "ocd-division/country:us/state:wi/cd:1", "1998-11-03", "general")
E("ny_gov_dem_prim_2018", "2018 New York Democratic gubernatorial primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="gov_ny")
E("ny_ltgov_dem_prim_2018", "2018 New York Democratic lieutenant gubernatorial primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="ltgov_ny")
E("ny_ag_dem_prim_2018", "2018 New York Democratic attorney general primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="ag_ny")
E("ny_gov_2018", "2018 New York gubernatorial election", "ocd-division/country:us/state:ny", "2018-11-06", "general", office="gov_ny")
E("ny_ltgov_2018", "2018 New York lieutenant gubernatorial election", "ocd-division/country:us/state:ny", "2018-11-06", "general", office="ltgov_ny")
E("ny_ag_2018", "2018 New York Attorney General election", "ocd-division/country:us/state:ny", "2018-11-06", "general", office="ag_ny")
E("ny_gov_dem_prim_2014", "2014 New York Democratic gubernatorial primary", "ocd-division/country:us/state:ny", "2014-09-09", "primary", office="gov_ny")
E("nysd18_prim_2018", "2018 New York State Senate District 18 Democratic primary", "ocd-division/country:us/state:ny/sldu:18", "2018-09-13", "primary")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("nh1_dem_prim_2018", "2018 New Hampshire's 1st congressional district Democratic primary", "ocd-division/country:us/state:nh/cd:1", "2018-09-11", "primary")
E("speaker_2019", "January 2019 Speaker of the United States House of Representatives election", "ocd-division/country:us", "2019-01-03", "general", office="speaker")
E("tw_pres_2008", "2008 Republic of China presidential election", "ocd-division/country:tw", "2008-03-22", "general", office="pres_tw")
E("tw_pres_2012", "2012 Republic of China presidential election", "ocd-division/country:tw", "2012-01-14", "general", office="pres_tw")
E("tw_pres_2016", "2016 Republic of China presidential election", "ocd-division/country:tw", "2016-01-16", "general", office="pres_tw")
E("alp_lead_2012", "2012 Australian Labor Party leadership spill", "ocd-division/country:au", "2012-02-27", "general", office="alp_leader")
E("alp_lead_2013", "June 2013 Australian Labor Party leadership spill", "ocd-division/country:au", "2013-06-26", "general", office="alp_leader")
E("au_fed_2010", "2010 Australian federal election", "ocd-division/country:au", "2010-08-21", "general")
E("au_fed_2013", "2013 Australian federal election", "ocd-division/country:au", "2013-09-07", "general")
E("nsk_mayor_2014", "2014 Novosibirsk mayoral election", "ocd-division/country:ru/place:novosibirsk", "2014-04-06", "general")
E("ru_pres_2008", "2008 Russian presidential election", "ocd-division/country:ru", "2008-03-02", "general", office="pres_ru")
E("ru_pres_2012", "2012 Russian presidential election", "ocd-division/country:ru", "2012-03-04", "general", office="pres_ru")

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Mr. Romney", "Gov. Romney", "Mitt Romney"])
P("obama", "Barack Obama", ["Obama", "Mr. Obama", "President Obama", "President Barack Obama", "Barack Obama"])
P("cameron", "David Cameron", ["Cameron"])
P("clegg", "Nick Clegg", [])
P("miliband", "Ed Miliband", [])
P("hague", "William Hague", [])
P("blair", "Tony Blair", [])
P("netanyahu", "Benjamin Netanyahu", ["Netanyahu"])
P("peres", "Shimon Peres", [])
P("fayyad", "Salam Fayyad", [])
P("walesa", "Lech Walesa", ["Walesa"])
P("ryan", "Paul Ryan", ["Ryan", "Speaker Ryan", "Rep. Paul Ryan"])
P("bclinton", "Bill Clinton", ["Mr. Clinton", "President Clinton", "Bill Clinton"])
P("hclinton", "Hillary Clinton", ["Clinton", "Hillary", "Mrs. Clinton", "HRC", "Hillary Clinton"])
P("sbeshear", "Steve Beshear", ["Beshear"])
P("abeshear", "Andy Beshear", ["Andy"])
P("randpaul", "Rand Paul", ["Paul"])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("conway", "Jack Conway", [])
P("grimes", "Alison Lundergan Grimes", ["Allison Lundergan Grimes", "Grimes"])
P("fischer", "Greg Fischer", [])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [])
P("schumer", "Chuck Schumer", ["Schumer"])
P("warren", "Elizabeth Warren", [])
P("israel", "Steve Israel", ["Israel"])
P("thornell", "Doug Thornell", [])
P("sanders", "Bernie Sanders", ["Sanders"])
P("trump", "Donald Trump", ["Trump", "President Trump", "Donald Trump"])
P("xi", "Xi Jinping", [])
P("rousseff", "Dilma Rousseff", ["Rousseff"])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("stein", "Jill Stein", ["Stein"])
P("anderson", "Chris Anderson", ["Anderson"])
P("shaw", "Daron Shaw", ["Shaw"])
P("kasich", "John Kasich", [])
P("reid", "Harry Reid", ["Reid"])
P("heck", "Joe Heck", ["Heck"])
P("cortezmasto", "Catherine Cortez Masto", [])
P("tjones", "Tom Jones", [])
P("burr", "Richard Burr", ["Burr"])
P("ross", "Deborah Ross", [])
P("haugh", "Sean Haugh", [])
P("portman", "Rob Portman", ["Portman"])
P("strickland", "Ted Strickland", [])
P("mccrory", "Pat McCrory", [])
P("cooper", "Roy Cooper", [])
P("cecil", "Lon Cecil", [])
P("podesta", "John Podesta", ["Podesta"])
P("weiner", "Anthony Weiner", [])
P("nixon", "Richard Nixon", ["Nixon", "Tricky Dick"])
P("mcgovern", "George McGovern", [])
P("comey", "James Comey", [])
P("brazile", "Donna Brazile", [])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("scalise", "Steve Scalise", [])
P("mccarthy", "Kevin McCarthy", [])
P("cuomo", "Andrew Cuomo", ["Cuomo", "Gov. Andrew Cuomo"])
P("cnixon", "Cynthia Nixon", ["Nixon"])
P("hochul", "Kathy Hochul", ["Hochul"])
P("jwilliams", "Jumaane Williams", ["Williams"])
P("ljames", "Letitia James", ["James"])
P("teachout", "Zephyr Teachout", ["Teachout"])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"])
P("salazar", "Julia Salazar", [])
P("lsanders", "Levi Sanders", ["Levi"])
P("underwood", "Barbara Underwood", ["Underwood"])
P("schneiderman", "Eric Schneiderman", [])
P("molinaro", "Marc Molinaro", [])
P("hawkins", "Howie Hawkins", [])
P("miner", "Stephanie Miner", [])
P("perez", "Tom Perez", ["Perez"])
P("watkins", "Nancy Watkins", ["Watkins"])
P("biden", "Joe Biden", [])
P("ma", "Ma Ying-jeou", ["Ma"])
P("tsai", "Tsai Ing-wen", ["Ms. Tsai"])
P("chu", "Eric Chu", [])
P("rudd", "Kevin Rudd", [])
P("gillard", "Julia Gillard", [])
P("carr", "Bob Carr", [])
P("abbott", "Tony Abbott", [])
P("saakashvili", "Mikheil Saakashvili", ["Saakashvili"])
P("ivanishvili", "Bidzina Ivanishvili", [])
P("garibashvili", "Irakli Garibashvili", [])
P("merabishvili", "Vano Merabishvili", [])
P("sarkozy", "Nicolas Sarkozy", [])
P("putin", "Vladimir Putin", ["Putin"])
P("medvedev", "Dmitry Medvedev", [])
P("lokot", "Anatoly Lokot", [])
P("carson", "Ben Carson", [])
P("perry", "Rick Perry", [])
P("cruz", "Ted Cruz", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-07-21 (CNN, Romney's trip abroad)
_PRIM12 = [S("Romney has used tough language when describing", through="presidential debate in January"),
           S("The debate was held in the heat of the GOP primaries.")]
DOCS.append(("a_2012-07-21_ZgsZaH0UYSn3JEfE.txt", [
    F("candidacy", "romney", "us_pres_2012", "will provide the presumptive GOP nominee an opportunity to lend authority to his presidential bid"),
    F("party", "romney", "rep", ["will provide the presumptive GOP nominee an opportunity to lend authority to his presidential bid",
                                 "Romney foreign policy director Alex Wong said the GOP candidate"]),
    F("candidacy", "romney", "us_rep_prim_2012", _PRIM12),
    F("holds_office", "obama", "pres_us", ["rather than to advance any particular policy contrast with President Barack Obama",
                                           "I respect Mitt Romney as I respect Barack Obama, the president of the United States"]),
    F("holds_office", "romney", "gov_ma", ["As a former businessman and governor, Romney will face",
                                           "The former Massachusetts governor, who last traveled to Israel"], former=True),
    F("holds_office", "cameron", "pm_uk", "including Prime Minister David Cameron, deputy Prime Minister Nick Clegg"),
    F("party", "cameron", "con_uk", "Cameron, a member of Britain's Conservative Party"),
    F("holds_office", "clegg", "dpm_uk", "including Prime Minister David Cameron, deputy Prime Minister Nick Clegg"),
    F("holds_office", "miliband", "opp_uk", "including Prime Minister David Cameron, deputy Prime Minister Nick Clegg"),
    F("holds_office", "hague", "fsec_uk", "He will also meet with William Hague, the U.K. foreign secretary"),
    F("holds_office", "blair", "pm_uk", "He will also meet with William Hague, the U.K. foreign secretary", former=True),
    F("holds_office", "netanyahu", "pm_il", "including Israeli Prime Minister Benjamin Netanyahu, Israeli President Shimon Peres"),
    F("holds_office", "peres", "pres_il", "including Israeli Prime Minister Benjamin Netanyahu, Israeli President Shimon Peres"),
    F("holds_office", "fayyad", "pm_pna", "including Israeli Prime Minister Benjamin Netanyahu, Israeli President Shimon Peres"),
    F("holds_office", "walesa", "pres_pl", "and Walesa later was elected president", former=True),
    F("candidacy", "walesa", "pl_pres_1990", "and Walesa later was elected president"),
    F("won", "walesa", "pl_pres_1990", "and Walesa later was elected president"),
]))

# ---------------------------------------------------------------- a_2012-11-04 (AP, final weekend of 2012 campaign)
DOCS.append(("a_2012-11-04_dPeuTxh3IJgDLPDb.txt", [
    F("candidacy", "obama", "us_pres_2012", "is mobilizing a massive get-out-the-vote effort aimed at carrying the Democrat to victory"),
    F("candidacy", "romney", "us_pres_2012", "is mobilizing a massive get-out-the-vote effort aimed at carrying the Democrat to victory"),
    F("party", "obama", "dem", "is mobilizing a massive get-out-the-vote effort aimed at carrying the Democrat to victory"),
    F("party", "romney", "rep", "is mobilizing a massive get-out-the-vote effort aimed at carrying the Democrat to victory"),
    F("holds_office", "obama", "pres_us", ["is mobilizing a massive get-out-the-vote effort aimed at carrying the Democrat to victory",
                                           "You saw the differences when President Obama and I were side to side"]),
    F("candidacy", "ryan", "us_pres_2012", "along with his running mate Rep. Paul Ryan"),
    F("holds_office", "ryan", "rep_wi1", "along with his running mate Rep. Paul Ryan"),
    F("party", "ryan", "rep", ["along with his running mate Rep. Paul Ryan", "The Republican ticket cast the late push into Pennsylvania"]),
    F("holds_office", "romney", "gov_ma", ["highlighting what he says was a bipartisan record as governor of Massachusetts",
                                           "and Gov. Romney is traveling in the state"], former=True),
    F("holds_office", "bclinton", "pres_us", "Mr. Obama and former President Bill Clinton drew 24,000 people", former=True),
    F("endorsement", "bclinton", "obama", ["Mr. Obama and former President Bill Clinton drew 24,000 people",
                                           "launching into a 30-minute defense of Obama"]),
]))

# ---------------------------------------------------------------- a_2014-01-29 (NPR, Kentucky)
_BESH = S("Steve Beshear couldn't help but chuckle", through="launched far more smoothly than the federal model.")
DOCS.append(("a_2014-01-29_1oVX1YXYBZeX8tmV.txt", [
    F("holds_office", "obama", "pres_us", "during the State of the Union speech when President Obama said"),
    F("party", "obama", "dem", _BESH),
    F("party", "sbeshear", "dem", _BESH),
    F("holds_office", "sbeshear", "gov_ky", [_BESH, "because he can't run again for governor"]),
    F("party", "randpaul", "rep", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("party", "mcconnell", "rep", ["the home of prominent Republican Sens. Rand Paul and Mitch McConnell",
                                    "respectively, the Senate Republican leader"]),
    F("holds_office", "randpaul", "sen_ky", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("holds_office", "mcconnell", "sen_ky", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("holds_office", "mcconnell", "sen_min_leader", "respectively, the Senate Republican leader"),
    F("holds_office", "conway", "ag_ky", "Jack Conway, the state's Democratic attorney general"),
    F("party", "conway", "dem", "Jack Conway, the state's Democratic attorney general"),
    F("candidacy", "obama", "us_pres_2012", "In 2012, Obama lost 116 of the state's 120 counties."),
    F("candidacy", "obama", "ky_dem_prim_2012", S("In 2012, Obama lost 116 of the state's 120 counties.",
                                                  through="even his performance in the state's Democratic primary was unconvincing.")),
    F("candidacy", "mcconnell", "ky_sen_2014", ["National Democrats are hopeful about their chances of unseating McConnell this fall",
                                                "Assuming he survives a primary challenge from his right"]),
    F("candidacy", "mcconnell", "ky_sen_prim_2014", S("National Democrats are hopeful about their chances of unseating McConnell this fall",
                                                      through="Assuming he survives a primary challenge from his right")),
    F("candidacy", "grimes", "ky_sen_2014", ["Assuming he survives a primary challenge from his right, he will face Allison Lundergan Grimes",
                                             "Grimes has an uphill battle"]),
    F("holds_office", "grimes", "sos_ky", "he will face Allison Lundergan Grimes, Kentucky's secretary of state"),
    F("party", "grimes", "dem", S("But Democrats shouldn't be overly optimistic.", through="Grimes has an uphill battle")),
    F("candidacy", "abeshear", "ky_ag_2015", "His son, Andy, is running for state attorney general next year."),
    F("holds_office", "fischer", "mayor_louisville", "says Greg Fischer, Louisville's Democratic mayor"),
    F("party", "fischer", "dem", "says Greg Fischer, Louisville's Democratic mayor"),
]))

# ---------------------------------------------------------------- a_2014-12-08 (RealClearPolitics, Democrats after 2014)
DOCS.append(("a_2014-12-08_j75biL3FOSBh2g9G.txt", [
    F("holds_office", "obama", "pres_us", "President Obama’s party -- though many Democrats this cycle"),
    F("party", "obama", "dem", "President Obama’s party -- though many Democrats this cycle"),
    F("holds_office", "landrieu", "sen_la", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("candidacy", "landrieu", "la_sen_2014_runoff", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("candidacy", "cassidy", "la_sen_2014_runoff", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("lost", "landrieu", "la_sen_2014_runoff", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("won", "cassidy", "la_sen_2014_runoff", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("party", "cassidy", "rep", "when longtime Louisiana Sen. Mary Landrieu lost a runoff election to Republican Bill Cassidy"),
    F("party", "landrieu", "dem", S("when longtime Louisiana Sen. Mary Landrieu lost a runoff election", through="The loss of the last Southern Democrat")),
    F("holds_office", "schumer", "sen_ny", ["Sen. Chuck Schumer, one of the party’s top strategists",
                                           "But the New York lawmaker, who is in line to be Democratic leader one day"]),
    F("party", "schumer", "dem", ["Sen. Chuck Schumer, one of the party’s top strategists",
                                  "But the New York lawmaker, who is in line to be Democratic leader one day"]),
    F("candidacy", "obama", "us_pres_2008", "following Obama’s 2008 win"),
    F("won", "obama", "us_pres_2008", "following Obama’s 2008 win"),
    F("holds_office", "warren", "sen_ma", "Massachusetts Sen. Elizabeth Warren has come to embody that sentiment"),
    F("holds_office", "israel", "rep_ny3", "said Rep. Steve Israel of New York, who ran House Democrats’ campaign arm"),
    F("party", "israel", "dem", "said Rep. Steve Israel of New York, who ran House Democrats’ campaign arm"),
    F("holds_office", "israel", "dccc_chair", "said Rep. Steve Israel of New York, who ran House Democrats’ campaign arm", former=True),
    F("holds_office", "israel", "dpcc_chair", "Israel is now chairing the conference’s policy and communications shop"),
    F("holds_office", "bclinton", "pres_us", "a former policy adviser to President Clinton", former=True),
    F("party", "thornell", "dem", "said Doug Thornell, a Democratic strategist"),
]))

# ---------------------------------------------------------------- a_2016-05-11 (Guardian briefing, WV / Nebraska primaries)
_WV = "Another victory for Bernie Sanders, in West Virginia, does little to help his delegate count"
_SWEEP = "Donald Trump sweeps West Virginia and Nebraska"
DOCS.append(("a_2016-05-11_caGozdSiB9iL8DyJ.txt", [
    F("candidacy", "sanders", "wv_dem_prim_2016", [_WV, L("Bernie Sanders takes West Virginia as Donald Trump rolls on")]),
    F("won", "sanders", "wv_dem_prim_2016", [_WV, L("Bernie Sanders takes West Virginia as Donald Trump rolls on")]),
    F("candidacy", "sanders", "us_dem_prim_2016", _WV),
    F("candidacy", "hclinton", "us_dem_prim_2016", _WV),
    F("candidacy", "hclinton", "wv_dem_prim_2016", [_WV, "Clinton didn’t need it anyway."]),
    F("lost", "hclinton", "wv_dem_prim_2016", [_WV, "Clinton didn’t need it anyway."]),
    F("candidacy", "trump", "wv_rep_prim_2016", [_SWEEP, L("Bernie Sanders takes West Virginia as Donald Trump rolls on")]),
    F("won", "trump", "wv_rep_prim_2016", _SWEEP),
    F("candidacy", "trump", "ne_rep_prim_2016", _SWEEP),
    F("won", "trump", "ne_rep_prim_2016", _SWEEP),
    F("candidacy", "trump", "us_rep_prim_2016", [S("Republican defense hawks in the Senate who are starting", through="Trump’s efforts to set out his America First vision."),
                                                 "saying it is not enough to just reject the Republican candidate"]),
    F("party", "trump", "rep", ["saying it is not enough to just reject the Republican candidate",
                                L("‘An inane jumble’: Trump foreign policy splits GOP")]),
    F("holds_office", "xi", "pres_cn", "The slip-up referred to President Xi Jinping’s first state visit"),
    F("holds_office", "rousseff", "pres_br", "Brazil’s President Dilma Rousseff faces a crucial vote"),
]))

# ---------------------------------------------------------------- a_2016-06-01 (Trump press conference; RCP average)
_RCP = S("Clinton leads Trump by 1 percentage point in the RealClearPolitics average of polls.", through="42.8 percent backing Trump.")
DOCS.append(("a_2016-06-01_QerFhH4Vb0A377W8.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "Republican presumptive presidential candidate Donald Trump told reporters"),
    F("party", "trump", "rep", "Republican presumptive presidential candidate Donald Trump told reporters"),
    F("candidacy", "trump", "us_pres_2016", _RCP),
    F("candidacy", "hclinton", "us_pres_2016", _RCP),
    F("poll", "hclinton", "us_pres_2016", _RCP, 43.8, pollster="RealClearPolitics"),
    F("poll", "trump", "us_pres_2016", _RCP, 42.8, pollster="RealClearPolitics"),
]))

# ---------------------------------------------------------------- a_2016-09-21 (Fox News state polls NV / NC / OH)
_NV = S("Trump has a three-point advantage over Clinton among likely voters in the Silver State", through="Libertarian Gary Johnson receives eight percent.")
_NV2 = "The race is mostly unchanged in a head-to-head matchup without Johnson"
_NC = S("In North Carolina, Trump is up by five points among likely voters.", through="and 6 percent favor Johnson.")
_NC2 = S("Ninety-five percent of Trump supporters and 90 percent of Clinton backers", through="Trump’s also up five (47-42 percent).")
_OH = S("The Buckeye State is another must-win for Trump", through="Stein gets two percent.")
_OHC = "Trump’s edge over Clinton comes mainly from independents"
_OH2 = "Without third-party candidates in the mix, it’s Trump over Clinton by 45-40 percent."
_NVS = S("Joe Heck leads his Democratic opponent Catherine Cortez Masto", through="Tom Jones trails with 6 percent")
_NCS = "In North Carolina, incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"
_OHS = "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"
_NCG = S("Republican incumbent Pat McCrory tops Democrat Roy Cooper", through="Libertarian Lon Cecil receives 3 percent.")
_FOX = "That’s according to Fox News statewide likely voter polls"
FX = "Fox News"
DOCS.append(("a_2016-09-21_o0p7BO3b70YcgIxJ.txt", [
    F("candidacy", "trump", "us_pres_2016", "Donald Trump narrowly leads Hillary Clinton in the battleground states"),
    F("candidacy", "hclinton", "us_pres_2016", "Donald Trump narrowly leads Hillary Clinton in the battleground states"),
    F("candidacy", "gjohnson", "us_pres_2016", "Libertarian Gary Johnson receives eight percent."),
    F("candidacy", "stein", "us_pres_2016", "Green Party candidate Jill Stein is not on the ballot in Nevada."),
    F("party", "gjohnson", "lib", "Libertarian Gary Johnson receives eight percent."),
    F("party", "stein", "green", "Green Party candidate Jill Stein is not on the ballot in Nevada."),
    F("party", "trump", "rep", "as opposed to other Republicans or Gold Star families"),
    F("party", "hclinton", "dem", S("Independents back Trump (42 percent) over Clinton (23 percent)", through="The Democrat is trailing expectations")),
    # Nevada, presidential
    F("poll", "trump", "us_pres_2016", [_NV, _FOX], 43, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_NV, _FOX], 40, pollster=FX),
    F("poll", "gjohnson", "us_pres_2016", [_NV, _FOX], 8, pollster=FX),
    F("poll", "trump", "us_pres_2016", [_NV2, _FOX], 46, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_NV2, _FOX], 42, pollster=FX),
    # North Carolina, presidential
    F("poll", "trump", "us_pres_2016", [_NC, _FOX], 45, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_NC, _FOX], 40, pollster=FX),
    F("poll", "gjohnson", "us_pres_2016", [_NC, _FOX], 6, pollster=FX),
    F("poll", "trump", "us_pres_2016", [_NC2, _FOX], 47, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_NC2, _FOX], 42, pollster=FX),
    # Ohio, presidential
    F("poll", "trump", "us_pres_2016", [_OH, _FOX], 42, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_OH, _OHC, _FOX], 37, pollster=FX),
    F("poll", "gjohnson", "us_pres_2016", [_OH, _FOX], 6, pollster=FX),
    F("poll", "stein", "us_pres_2016", [_OH, _FOX], 2, pollster=FX),
    F("poll", "trump", "us_pres_2016", [_OH2, _FOX], 45, pollster=FX),
    F("poll", "hclinton", "us_pres_2016", [_OH2, _FOX], 40, pollster=FX),
    # Senate and gubernatorial races
    F("candidacy", "heck", "nv_sen_2016", _NVS),
    F("candidacy", "cortezmasto", "nv_sen_2016", _NVS),
    F("candidacy", "tjones", "nv_sen_2016", _NVS),
    F("poll", "heck", "nv_sen_2016", [_NVS, _FOX], 43, pollster=FX),
    F("poll", "cortezmasto", "nv_sen_2016", [_NVS, _FOX], 36, pollster=FX),
    F("poll", "tjones", "nv_sen_2016", [_NVS, _FOX], 6, pollster=FX),
    F("party", "heck", "rep", S("There’s good news for Republicans in Nevada", through="Joe Heck leads his Democratic opponent")),
    F("party", "cortezmasto", "dem", _NVS),
    F("party", "tjones", "iap", _NVS),
    F("party", "reid", "dem", "where they hope to pick up the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("holds_office", "reid", "sen_min_leader", "where they hope to pick up the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("holds_office", "reid", "sen_nv", "where they hope to pick up the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("candidacy", "burr", "nc_sen_2016", _NCS),
    F("candidacy", "ross", "nc_sen_2016", _NCS),
    F("candidacy", "haugh", "nc_sen_2016", _NCS),
    F("poll", "burr", "nc_sen_2016", [_NCS, _FOX], 43, pollster=FX),
    F("poll", "ross", "nc_sen_2016", [_NCS, _FOX], 37, pollster=FX),
    F("poll", "haugh", "nc_sen_2016", [_NCS, _FOX], 6, pollster=FX),
    F("holds_office", "burr", "sen_nc", _NCS),
    F("party", "burr", "rep", ["In each state, the GOP senate candidate fares slightly better than Trump.", _NCS,
                               "if the GOP gains the Reid seat and Burr holds on"]),
    F("party", "ross", "dem", _NCS),
    F("party", "haugh", "lib", _NCS),
    F("candidacy", "portman", "oh_sen_2016", [_OHS, "while Republican Rob Portman holds a double-digit lead in Ohio"]),
    F("candidacy", "strickland", "oh_sen_2016", _OHS),
    F("poll", "portman", "oh_sen_2016", [_OHS, "while Republican Rob Portman holds a double-digit lead in Ohio", _FOX], 51, pollster=FX),
    F("poll", "strickland", "oh_sen_2016", [_OHS, _FOX], 37, pollster=FX),
    F("holds_office", "portman", "sen_oh", _OHS),
    F("party", "portman", "rep", "while Republican Rob Portman holds a double-digit lead in Ohio"),
    F("party", "strickland", "dem", _OHS),
    F("holds_office", "strickland", "gov_oh", S(_OHS, through="The incumbent senator tops the former governor"), former=True),
    F("candidacy", "portman", "oh_sen_2010", S("Portman also garners the support of most Republicans", through="He won the seat in 2010 with 57 percent of the vote.")),
    F("won", "portman", "oh_sen_2010", S("Portman also garners the support of most Republicans", through="He won the seat in 2010 with 57 percent of the vote."), 57),
    F("candidacy", "mccrory", "nc_gov_2016", _NCG),
    F("candidacy", "cooper", "nc_gov_2016", _NCG),
    F("candidacy", "cecil", "nc_gov_2016", _NCG),
    F("poll", "mccrory", "nc_gov_2016", [_NCG, _FOX], 46, pollster=FX),
    F("poll", "cooper", "nc_gov_2016", [_NCG, _FOX], 43, pollster=FX),
    F("poll", "cecil", "nc_gov_2016", [_NCG, _FOX], 3, pollster=FX),
    F("holds_office", "mccrory", "gov_nc", _NCG),
    F("party", "mccrory", "rep", _NCG),
    F("party", "cooper", "dem", _NCG),
    F("party", "cecil", "lib", _NCG),
    # other people
    F("holds_office", "obama", "pres_us", "Views of President Obama’s job performance are divided"),
    F("candidacy", "obama", "us_pres_2012", ["Women in Nevada backed Barack Obama over Mitt Romney by a 16-point margin in 2012",
                                             S("Views of President Obama’s job performance are divided", through="He won Nevada in both 2012")]),
    F("candidacy", "obama", "us_pres_2008", [S("Views of President Obama’s job performance are divided", through="He won Nevada in both 2012"),
                                             "North Carolina was red in 2012 (Romney by two points) and blue in 2008"]),
    F("candidacy", "romney", "us_pres_2012", ["Women in Nevada backed Barack Obama over Mitt Romney by a 16-point margin in 2012",
                                              "North Carolina was red in 2012 (Romney by two points) and blue in 2008"]),
    F("holds_office", "kasich", "gov_oh", "voters approve of the job Republican John Kasich is doing as governor"),
    F("party", "kasich", "rep", "voters approve of the job Republican John Kasich is doing as governor"),
    F("party", "anderson", "dem", "notes Democratic pollster Chris Anderson, who conducts the Fox News Poll with Republican Daron Shaw"),
    F("party", "shaw", "rep", "notes Democratic pollster Chris Anderson, who conducts the Fox News Poll with Republican Daron Shaw"),
]))

# ---------------------------------------------------------------- a_2016-10-10 (Daily Caller, Podesta e-mail)
DOCS.append(("a_2016-10-10_JRXydWex3sznr6ll.txt", [
    F("candidacy", "hclinton", "us_pres_2016", "Democratic presidential nominee Hillary Clinton sent an email"),
    F("party", "hclinton", "dem", "Democratic presidential nominee Hillary Clinton sent an email"),
    F("holds_office", "hclinton", "sec_state", "Clinton ally Sidney Blumenthal would send to the former secretary of state", former=True),
    F("holds_office", "podesta", "counselor", "who was then-counselor to President Barack Obama", former=True),
    F("holds_office", "obama", "pres_us", "who was then-counselor to President Barack Obama"),
    F("funding", "qatar", "clinton_fdn", "Qatar has given between $1 million and $5 million to the Clinton Foundation"),
    F("funding", "saudi", "clinton_fdn", "Qatar has given between $1 million and $5 million to the Clinton Foundation", 25000000),
]))

# ---------------------------------------------------------------- a_2016-11-02 (National Review, Clinton and Nixon)
_MCG = "tried to disrupt rallies for Nixon’s 1972 opponent, George McGovern"
_72 = "Nixon covered up misdeeds long enough to be re-elected in a 1972 landslide"
DOCS.append(("a_2016-11-02_ErNXSqSQycekbMe8.txt", [
    F("holds_office", "hclinton", "sec_state", [S("The former secretary of state has been exposed", through="Another day, another Hillary Clinton bombshell disclosure."),
                                                "Aides bartered with plutocrats for Secretary of State Clinton’s face time"], former=True),
    F("candidacy", "hclinton", "us_pres_2016", ["has vastly outspent her opponent, Donald Trump",
                                                "it was the candidate, Hillary Clinton, the future president"]),
    F("candidacy", "trump", "us_pres_2016", "has vastly outspent her opponent, Donald Trump"),
    F("holds_office", "weiner", "rep_ny9", "from disgraced former congressman Anthony Weiner’s laptop computer", former=True),
    F("holds_office", "nixon", "pres_us", "Clinton has trumped former president Richard Nixon’s skullduggery", former=True),
    F("candidacy", "nixon", "us_pres_1972", [_72, S("Compare the election of 2016 to the election of 1972.", through="The favored Nixon re-election juggernaut")]),
    F("won", "nixon", "us_pres_1972", _72),
    F("candidacy", "mcgovern", "us_pres_1972", _MCG),
    F("lost", "mcgovern", "us_pres_1972", [_MCG, _72]),
    F("holds_office", "comey", "fbi_dir", "now Clinton is going after FBI director James Comey"),
    F("holds_office", "bclinton", "pres_us", "to reap millions of dollars for former President Bill Clinton", former=True),
    F("party", "brazile", "dem", "CNN contributor and Democratic operative Donna Brazile"),
]))

# ---------------------------------------------------------------- a_2018-04-11 (Fox News, Ryan not seeking re-election)
_RYAN = "House Speaker Paul Ryan, R-Wis., announced Wednesday that he is not seeking re-election"
_LEAD = "House Majority Whip Steve Scalise, R-La., and GOP Majority Leader Kevin McCarthy, R-Calif are both mentioned"
DOCS.append(("a_2018-04-11_euOQYdXFbmcEFWhW.txt", [
    F("holds_office", "ryan", "speaker", [_RYAN, "under his leadership as speaker since 2015"], start="2015"),
    F("holds_office", "ryan", "rep_wi1", _RYAN),
    F("party", "ryan", "rep", _RYAN),
    F("candidacy", "ryan", "wi1_1998", "Ryan, who was first elected to Congress in 1998"),
    F("won", "ryan", "wi1_1998", "Ryan, who was first elected to Congress in 1998"),
    F("candidacy", "ryan", "us_pres_2012", "Ryan ran as 2012 GOP presidential nominee Mitt Romney"),
    F("candidacy", "romney", "us_pres_2012", "Ryan ran as 2012 GOP presidential nominee Mitt Romney"),
    F("party", "romney", "rep", "Ryan ran as 2012 GOP presidential nominee Mitt Romney"),
    F("holds_office", "trump", "pres_us", "But Ryan has had a rocky relationship with President Trump"),
    F("holds_office", "mcconnell", "sen_maj_leader", "His counterpart in the Senate, Majority Leader Mitch McConnell, R-Ky., said"),
    F("holds_office", "mcconnell", "sen_ky", "His counterpart in the Senate, Majority Leader Mitch McConnell, R-Ky., said"),
    F("party", "mcconnell", "rep", "His counterpart in the Senate, Majority Leader Mitch McConnell, R-Ky., said"),
    F("holds_office", "pelosi", "house_min_leader", "House Minority Leader Nancy Pelosi, D-Calif., called Ryan"),
    F("holds_office", "pelosi", "rep_ca12", "House Minority Leader Nancy Pelosi, D-Calif., called Ryan"),
    F("party", "pelosi", "dem", "House Minority Leader Nancy Pelosi, D-Calif., called Ryan"),
    F("holds_office", "scalise", "house_maj_whip", _LEAD),
    F("holds_office", "scalise", "rep_la1", _LEAD),
    F("party", "scalise", "rep", _LEAD),
    F("holds_office", "mccarthy", "house_maj_leader", _LEAD),
    F("holds_office", "mccarthy", "rep_ca23", _LEAD),
    F("party", "mccarthy", "rep", _LEAD),
]))

# ---------------------------------------------------------------- a_2018-09-13 (Fox News, New York primaries)
_GOV = "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon in Thursday's gubernatorial primary"
_LOSS = "The losses were a one-two-three punch for so-called"
_LG = "And incumbent Kathy Hochul defeated Jumaane Williams"
_AG = "Cuomo-backed New York City Public Advocate Letitia James, 59, won a four-way Democratic primary for attorney general"
_14 = "Teachout had run unsuccessfully against Cuomo for governor in 2014"
_NOV = "Cuomo is set to face Republican Dutchess County Executive Marc Molinaro"
DOCS.append(("a_2018-09-13_hrOIg90KjOoVcxUk.txt", [
    F("holds_office", "cuomo", "gov_ny", [_GOV, "instead celebrated his win at the governor's mansion in Albany"]),
    F("candidacy", "cuomo", "ny_gov_dem_prim_2018", _GOV),
    F("candidacy", "cnixon", "ny_gov_dem_prim_2018", _GOV),
    F("won", "cuomo", "ny_gov_dem_prim_2018", [_GOV, "instead celebrated his win at the governor's mansion in Albany"]),
    F("lost", "cnixon", "ny_gov_dem_prim_2018", [_GOV, "Nixon was trailing Cuomo by more than 30 percentage points"]),
    F("party", "cuomo", "dem", _GOV),
    F("party", "cnixon", "dem", [_GOV, _LOSS]),
    F("holds_office", "hochul", "ltgov_ny", _LG),
    F("candidacy", "hochul", "ny_ltgov_dem_prim_2018", _LG),
    F("candidacy", "jwilliams", "ny_ltgov_dem_prim_2018", [_LG, "Williams, the lieutenant general candidate"]),
    F("won", "hochul", "ny_ltgov_dem_prim_2018", _LG),
    F("lost", "jwilliams", "ny_ltgov_dem_prim_2018", _LG),
    F("party", "hochul", "dem", [_LG, _LOSS]),
    F("party", "jwilliams", "dem", [_LG, _LOSS]),
    F("holds_office", "hochul", "rep_ny26", "Hochul, a former congresswoman from Buffalo", former=True),
    F("candidacy", "hochul", "ny_ltgov_2018", "Hochul, a former congresswoman from Buffalo"),
    F("endorsement", "cuomo", "ljames", _AG),
    F("holds_office", "ljames", "pa_nyc", _AG),
    F("candidacy", "ljames", "ny_ag_dem_prim_2018", _AG),
    F("candidacy", "teachout", "ny_ag_dem_prim_2018", _AG),
    F("won", "ljames", "ny_ag_dem_prim_2018", _AG),
    F("lost", "teachout", "ny_ag_dem_prim_2018", [_AG, _LOSS]),
    F("party", "ljames", "dem", _AG),
    F("party", "teachout", "dem", _AG),
    F("candidacy", "ljames", "ny_ag_2018", "if she prevails in the general election for attorney general"),
    F("endorsement", "teachout", "cnixon", "Teachout had campaigned with Nixon against Cuomo"),
    F("candidacy", "teachout", "ny_gov_dem_prim_2014", _14),
    F("candidacy", "cuomo", "ny_gov_dem_prim_2014", _14),
    F("lost", "teachout", "ny_gov_dem_prim_2014", _14, 30),
    F("won", "cuomo", "ny_gov_dem_prim_2014", _14),
    F("holds_office", "trump", "pres_us", "in cracking down on President Trump"),
    F("candidacy", "aoc", "ny14_2018", "for supporters of democratic socialist U.S. House candidate Alexandria Ocasio-Cortez"),
    F("candidacy", "salazar", "nysd18_prim_2018", "Julia Salazar, a democratic socialist whose campaign for a seat in the state Senate"),
    F("won", "salazar", "nysd18_prim_2018", "Julia Salazar, a democratic socialist whose campaign for a seat in the state Senate"),
    F("party", "salazar", "dem", "Julia Salazar, a democratic socialist whose campaign for a seat in the state Senate"),
    F("candidacy", "lsanders", "nh1_dem_prim_2018", "the dismal performance of Bernie Sanders' son Levi in New Hampshire"),
    F("lost", "lsanders", "nh1_dem_prim_2018", "the dismal performance of Bernie Sanders' son Levi in New Hampshire"),
    F("holds_office", "underwood", "ag_ny", "The current attorney general, Barbara Underwood, was appointed in May"),
    F("holds_office", "schneiderman", "ag_ny", "The current attorney general, Barbara Underwood, was appointed in May", former=True),
    F("endorsement", "wfp", "cnixon", "Nixon had received the endorsement of the Working Families Party (WFP)"),
    F("candidacy", "cuomo", "ny_gov_2018", _NOV),
    F("candidacy", "molinaro", "ny_gov_2018", _NOV),
    F("candidacy", "hawkins", "ny_gov_2018", _NOV),
    F("candidacy", "miner", "ny_gov_2018", _NOV),
    F("party", "molinaro", "rep", _NOV),
    F("party", "hawkins", "green", _NOV),
    F("holds_office", "molinaro", "dutchess_exec", _NOV),
    F("holds_office", "miner", "mayor_syracuse", _NOV, former=True),
]))

# ---------------------------------------------------------------- a_2018-10-29 (Washington Times opinion, civility)
DOCS.append(("a_2018-10-29_gNjcbbeCcF7IFquc.txt", [
    F("holds_office", "trump", "pres_us", "Democrats naturally blame Donald Trump and the Republicans, citing the president’s scorn"),
    F("party", "trump", "rep", "Democrats naturally blame Donald Trump and the Republicans, citing the president’s scorn"),
]))

# ---------------------------------------------------------------- a_2018-12-11 (Townhall, Democrats' coalition)
DOCS.append(("a_2018-12-11_A0LVPRCtYcL6BEmA.txt", [
    F("endorsement", "aoc", "pelosi", "like when Alexandria Ocasio-Cortez endorsed Nancy Pelosi for Speaker"),
    F("candidacy", "pelosi", "speaker_2019", "like when Alexandria Ocasio-Cortez endorsed Nancy Pelosi for Speaker"),
    F("holds_office", "schumer", "sen_min_leader", "like the fight between Senate Minority Leader Chuck Schumer and House progressives"),
    F("holds_office", "trump", "pres_us", ["Their core supporters loathe Donald Trump, believe him to be an illegitimate president",
                                           "now that Donald Trump has gotten two justices confirmed in his first two years in office"]),
    F("holds_office", "perez", "dnc_chair", ["Democratic National Committee chairman Tom Perez delivered remarks",
                                             L("DNC’s Perez Joins Liberal Activists")]),
    F("party", "mcconnell", "rep", "Mitch McConnell and Senate Republicans have forced Democrats"),
]))

# ---------------------------------------------------------------- a_2020-05-05 (Politico, phantom super PAC)
DOCS.append(("a_2020-05-05_guNskAcILJ1c67ux.txt", [
    F("party", "watkins", "rep", "said Nancy Watkins, an experienced Republican treasurer of political committees"),
]))

# ---------------------------------------------------------------- a_2020-06-10 (Chicago Sun-Times column, S.E. Cupp)
_CNN = S("In the latest CNN poll, Trump’s approval", through="Trump is also down a whopping 14 points to Joe Biden")
DOCS.append(("a_2020-06-10_X6AK02epsLsLZRn6.txt", [
    F("endorsement", "obama", "hclinton", "Hillary Clinton had secured President Barack Obama’s endorsement"),
    F("holds_office", "obama", "pres_us", "Hillary Clinton had secured President Barack Obama’s endorsement"),
    F("candidacy", "hclinton", "us_pres_2016", "Hillary Clinton had secured President Barack Obama’s endorsement"),
    F("holds_office", "trump", "pres_us", "Not President Trump."),
    F("candidacy", "trump", "us_pres_2020", [S("Not President Trump.", through="the good of his own campaign."),
                                             "white-knuckle Trump over the finish line"]),
    F("candidacy", "biden", "us_pres_2020", "Trump is also down a whopping 14 points to Joe Biden"),
    F("poll", "biden", "us_pres_2020", _CNN, pollster="CNN"),
]))

# ---------------------------------------------------------------- c_2012-01-14 (Current Events, Taiwan presidential election)
_MA = "Incumbent President Ma Ying-jeou ultimately wins re-election with 51% of the vote"
_TW16 = "Tsai Ing-wen of the Democratic Progressive Party (DPP) is elected the first female President of Taiwan."
_CHU = "Eric Chu, the ruling Kuomintang (Chinese Nationalist Party) candidate concedes defeat"
_TW08 = "Ma Ying-jeou is elected President of the Republic of China with more than 58% of the votes"
DOCS.append(("c_2012-01-14_voters-in-the-republic-of-china-go-to-th.txt", [
    F("candidacy", "ma", "tw_pres_2012", _MA),
    F("candidacy", "tsai", "tw_pres_2012", [_MA, "Taiwan's opposition leader Tsai Ing-wen launches her presidential bid."]),
    F("won", "ma", "tw_pres_2012", [_MA, "Taiwanese President Ma Ying-jeou was re-elected Saturday",
                                    "after winning the presidential election in January"], 51),
    F("lost", "tsai", "tw_pres_2012", _MA),
    F("holds_office", "ma", "pres_tw", [_MA, "Taiwanese President Ma Ying-jeou was re-elected Saturday",
                                        "Taiwan President Ma Ying-jeou applauded this step",
                                        "The President of Taiwan Ma Ying-jeou visits Taiping Island",
                                        "as Ma is sworn in for a second term as the President of the Republic of China (Taiwan)",
                                        "with its newly elected President Ma Ying-jeou"]),
    F("holds_office", "tsai", "dpp_chair", _MA),
    F("party", "tsai", "dpp", [_MA, _TW16]),
    F("candidacy", "tsai", "tw_pres_2016", _TW16),
    F("won", "tsai", "tw_pres_2016", _TW16),
    F("candidacy", "chu", "tw_pres_2016", S(_TW16, through="concedes defeat")),
    F("lost", "chu", "tw_pres_2016", S(_TW16, through="concedes defeat")),
    F("party", "chu", "kmt", _CHU),
    F("holds_office", "chu", "kmt_chair", _CHU),
    F("candidacy", "ma", "tw_pres_2008", _TW08),
    F("won", "ma", "tw_pres_2008", _TW08, 58),
    F("party", "ma", "kmt", _TW08),
]))

# ---------------------------------------------------------------- c_2012-02-22 (Current Events, Kevin Rudd resigns)
_H = "Kevin Rudd resigns as Foreign Minister of Australia"
_R1 = "The Prime Minister of Australia Julia Gillard calls for a ballot of a caucus of the Australian Labor Party"
_R2 = "Former Prime Minister Kevin Rudd wins leadership of the Australian Labor Party against incumbent Julia Gillard."
_R3 = "The Prime Minister of Australia Julia Gillard announces a Cabinet reshuffle with Bob Carr"
_R4 = "The Prime Minister of Australia Julia Gillard wins a leadership ballot in the Australian Labor Party"
_R5 = "Former Prime Minister Kevin Rudd announces that he will contest the leadership of the Australian Labor Party"
_R6 = "Prime Minister of Australia Julia Gillard announces her new Cabinet, with former PM Kevin Rudd named as the Minister for Foreign Affairs."
_R7 = "Former Prime Minister of Australia Kevin Rudd joins Julia Gillard's election campaign"
_R8 = "Prime Minister of Australia Kevin Rudd steps down after his leadership is contested"
_R8b = "Julia Gillard becomes Australia's first female Prime Minister."
_R9 = "Australian Prime Minister Kevin Rudd and Leader of the Opposition Tony Abbott participate"
_R10 = "The Prime Minister of Australia, Kevin Rudd, announces a plan"
DOCS.append(("c_2012-02-22_kevin-rudd-resigns-as-foreign-minister-o.txt", [
    F("holds_office", "rudd", "fm_au", [_H, _R6], former=True),
    F("holds_office", "gillard", "pm_au", [_H, _R1, _R3, _R4, _R6, _R8b]),
    F("holds_office", "rudd", "pm_au", [_R2, _R4, _R5, _R6, _R7, _R8, _R9, _R10], former=True),
    F("candidacy", "gillard", "alp_lead_2012", [_R1, _R4, _R5]),
    F("candidacy", "rudd", "alp_lead_2012", [_R4, _R5]),
    F("won", "gillard", "alp_lead_2012", _R4),
    F("lost", "rudd", "alp_lead_2012", _R4),
    F("candidacy", "rudd", "alp_lead_2013", _R2),
    F("candidacy", "gillard", "alp_lead_2013", _R2),
    F("won", "rudd", "alp_lead_2013", _R2),
    F("lost", "gillard", "alp_lead_2013", _R2),
    F("holds_office", "gillard", "alp_leader", _R2),
    F("party", "gillard", "alp", [_R1, _R2, _R4]),
    F("party", "rudd", "alp", [_R2, _R4, _R5]),
    F("holds_office", "carr", "premier_nsw", _R3, former=True),
    F("holds_office", "carr", "fm_au", _R3),
    F("endorsement", "rudd", "gillard", _R7),
    F("candidacy", "gillard", "au_fed_2010", _R7),
    F("holds_office", "abbott", "opp_au", [_R7, _R9]),
    # Rudd's candidacy in the 2013 federal election is left out: the scorer cannot tell it from his 2013 ALP leadership candidacy
    F("candidacy", "abbott", "au_fed_2013", _R9),
]))

# ---------------------------------------------------------------- c_2012-10-01 (Current Events, Georgian parliamentary election)
_GH = "Mikheil Saakashvili's ruling United National Movement party and Bidzina Ivanishvili's new party Georgian Dream"
DOCS.append(("c_2012-10-01_mikheil-saakashvili-s-ruling-united-nati.txt", [
    F("party", "saakashvili", "unm", [_GH, "President Saakashvili concedes that his party, United National Movement, will move to opposition.",
                                      "claims victory for his United National Movement party in the Georgian legislative election"]),
    F("party", "ivanishvili", "gd", _GH),
    F("holds_office", "saakashvili", "pres_ge", ["President Saakashvili concedes that his party, United National Movement, will move to opposition.",
                                                 "The President of Georgia Mikheil Saakashvili claims victory",
                                                 "President of Georgia Mikheil Saakashvili names Interior Minister Vano Merabishvili",
                                                 "calling for the ousting of President Mikheil Saakashvili's regime",
                                                 "despite concerns raised by his Georgian counterpart Mikheil Saakashvili",
                                                 "and the murder of President Mikheil Saakashvili",
                                                 "plot to assassinate President Mikheil Saakashvili",
                                                 "to demand the resignation of President Mikheil Saakashvili"]),
    F("holds_office", "ivanishvili", "pm_ge", ["Prime Minister Bidzina Ivanishvili and his cabinet are approved",
                                               "Georgian Prime Minister Bidzina Ivanishvili, due to leave office this month"]),
    F("holds_office", "garibashvili", "intmin_ge", "names Interior Minister Irakli Garibashvili as his successor"),
    F("holds_office", "merabishvili", "intmin_ge", "President of Georgia Mikheil Saakashvili names Interior Minister Vano Merabishvili"),
    F("holds_office", "merabishvili", "pm_ge", "President of Georgia Mikheil Saakashvili names Interior Minister Vano Merabishvili"),
    F("holds_office", "sarkozy", "pres_fr", "President Nicolas Sarkozy defends his plans"),
    F("holds_office", "putin", "pm_ru", "a few days before a visit to Paris of Russian Prime Minister Vladimir Putin"),
]))

# ---------------------------------------------------------------- c_2014-04-06 (Current Events, Novosibirsk mayoral election)
_LOK = "Communist Party of the Russian Federation candidate Anatoly Lokot was elected mayor"
_R6R = "At the United Russia Congress, Prime Minister Vladimir Putin accepts President Dmitry Medvedev's proposal"
_R9R = "Dmitry Medvedev of the United Russia wins the election and is expected to succeed Vladimir Putin as the President of Russia."
DOCS.append(("c_2014-04-06_communist-party-of-the-russian-federatio.txt", [
    F("candidacy", "lokot", "nsk_mayor_2014", _LOK),
    F("won", "lokot", "nsk_mayor_2014", _LOK),
    F("party", "lokot", "cprf", _LOK),
    F("party", "putin", "ur", ["alleged election fraud by Vladimir Putin and his United Russia party",
                               "Russian President Vladimir Putin's United Russia party wins 62.8%"]),
    F("holds_office", "putin", "pm_ru", _R6R),
    F("holds_office", "medvedev", "pres_ru", _R6R),
    F("candidacy", "putin", "ru_pres_2012", _R6R),
    F("endorsement", "medvedev", "putin", _R6R),
    F("candidacy", "medvedev", "ru_pres_2008", _R9R),
    F("won", "medvedev", "ru_pres_2008", _R9R),
    F("party", "medvedev", "ur", _R9R),
    F("holds_office", "putin", "pres_ru", [_R9R, "Russian President Vladimir Putin's United Russia party wins 62.8%"]),
]))

# ---------------------------------------------------------------- c_2016-05-10 (Current Events, WV and Nebraska primaries)
_NE = "Voters in the state of Nebraska vote in the Republican presidential primary with Donald Trump just 169 delegates short"
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests for their parties in that state"
_MO = "Bernie Sanders concedes the Missouri primary to Hillary Clinton, who led by 1,531 votes"
_MOR = "The Republican contest is too close to call as Donald Trump leads Ted Cruz by a similar 0.2 percent."
_OPP = "The U.S. Senate confirms Donald Trump's appointment of his former opponents in the presidential primaries"
DOCS.append(("c_2016-05-10_united-states-presidential-election-2016.txt", [
    F("candidacy", "trump", "ne_rep_prim_2016", _NE),
    F("candidacy", "trump", "us_rep_prim_2016", [_NE, _OPP]),
    F("party", "trump", "rep", [_NE, _MOR]),
    F("candidacy", "hclinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "hclinton", "mo_dem_prim_2016", _MO),
    F("candidacy", "sanders", "mo_dem_prim_2016", _MO),
    F("won", "hclinton", "mo_dem_prim_2016", _MO),
    F("lost", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "trump", "mo_rep_prim_2016", _MOR),
    F("candidacy", "cruz", "mo_rep_prim_2016", _MOR),
    F("party", "cruz", "rep", _MOR),
    F("holds_office", "trump", "pres_us", ["U.S. President Donald Trump accuses former President Barack Obama",
                                           "United States President Donald Trump announces that he intends"]),
    F("holds_office", "obama", "pres_us", "U.S. President Donald Trump accuses former President Barack Obama", former=True),
    F("candidacy", "carson", "us_rep_prim_2016", _OPP),
    F("candidacy", "perry", "us_rep_prim_2016", _OPP),
    F("holds_office", "carson", "sec_hud", _OPP),
    F("holds_office", "perry", "sec_energy", _OPP),
    F("holds_office", "perry", "gov_tx", _OPP, former=True),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b12.jsonl")
    (HERE.parent / "annotations" / "b12.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
