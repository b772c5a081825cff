# ruff: noqa: E501
"""Corpus annotation, batch b15 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # Wikidata ids from unitedstates/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    'Barack Obama': 'Q76',
    'Joe Biden': 'Q6279',
    'Donald Trump': 'Q22686',
    'George W. Bush': 'Q207',
    'Paul Ryan': 'Q203966',
    'Chris Van Hollen': 'Q1077819',
    'John McCain': 'Q10390',
    'Marco Rubio': 'Q324546',
    'Ted Cruz': 'Q2036942',
    'Rand Paul': 'Q463557',
    'Tom Cotton': 'Q3090307',
    'Ben Sasse': 'Q16192221',
    'Roger Marshall': 'Q27923290',
    'Tom Cole': 'Q173839',
    'Mike Coffman': 'Q547218',
    'Jim Jordan': 'Q186215',
    'Mark Meadows': 'Q3956796',
    'Elizabeth Warren': 'Q434706',
    'Bernie Sanders': 'Q359442',
    'Justin Amash': 'Q1714165',
    'Bob Goodlatte': 'Q887952',
    'Mike Conaway': 'Q538944',
    'Richard Blumenthal': 'Q2023708',
    'Nancy Pelosi': 'Q170581',
    'Jeff Flake': 'Q929581',
    'Richard Burr': 'Q331278',
    'Mark Warner': 'Q453893',
    'Devin Nunes': 'Q539493',
    'Chuck Schumer': 'Q380900',
    'Amy Klobuchar': 'Q22237',
    'James Lankford': 'Q45940',
    'Lindsey Graham': 'Q22212',
    'Susan Collins': 'Q22279',
    'Steve Scalise': 'Q1857141',
    'Debbie Wasserman Schultz': 'Q50104',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("lib", "Libertarian Party", ["Libertarian", "Libertarians"])
R.party("green", "Green Party", ["Greens", "Green Party"])
R.party("pt_br", "Workers' Party", ["Workers' Party", "PT"])
R.party("psdb", "Brazilian Social Democracy Party", ["Brazilian Social Democratic Party", "PSDB"])
R.party("gd", "Georgian Dream", [])
R.party("unm", "United National Movement", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("gov_ma", governor("Massachusetts"), ["governor"])
O("gov_va", governor("Virginia"), ["governor"])
O("wh_counsel", "White House Counsel", generic=["White House counsel"])
O("rep_md8", representative("Maryland", 8))
O("rep_wi1", representative("Wisconsin", 1))
O("gov_mt", governor("Montana"))
O("gov_md", governor("Maryland"))
O("gov_ca", governor("California"), ["governor"])
O("gov_ny", governor("New York"))
O("gov_wi", governor("Wisconsin"))
O("gov_la", governor("Louisiana"))
O("gov_tx", governor("Texas"))
O("gov_oh", governor("Ohio"))
O("gov_nm", governor("New Mexico"), ["governor"])
O("sen_ma", senator("Massachusetts"))
O("sen_tx", senator("Texas"))
O("sen_ky", senator("Kentucky"))
O("sen_fl", senator("Florida"))
O("sen_nh", senator("New Hampshire"))
O("sen_ar", senator("Arkansas"))
O("sen_ne", senator("Nebraska"))
O("sen_az", senator("Arizona"), ["senator"])
O("speaker", "Speaker of the United States House of Representatives",
  generic=["House Speaker", "Speaker of the House", "Speaker"], aliases=["speaker"])
O("sec_state", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State", "Secretary"])
O("rnc_chair", "Chairman of the Republican National Committee", generic=["RNC Chairman", "RNC chair", "RNC chairman"])
O("rep_ks1", representative("Kansas", 1))
O("rep_ok4", representative("Oklahoma", 4))
O("rep_co6", representative("Colorado", 6))
O("rep_oh4", representative("Ohio", 4))
O("rep_nc11", representative("North Carolina", 11))
O("az_state_sen", "Member of the Arizona Senate", generic=["state senator", "Arizona State Senator", "Arizona state senator"])
O("rep_mi3", representative("Michigan", 3))
O("rep_va6", representative("Virginia", 6))
O("rep_tx11", representative("Texas", 11))
O("rep_ca12", representative("California", 12))
O("rep_ca22", representative("California", 22))
O("rep_la1", representative("Louisiana", 1))
O("chair_house_judiciary", "Chairman of the House Judiciary Committee", generic=["House Judiciary Chairman", "House Judiciary Chair", "Judiciary Committee Chairman"])
O("nsa_us", "United States National Security Advisor", generic=["National Security Advisor", "national security adviser", "National Security Adviser"])
O("special_counsel", "Special Counsel", generic=["special counsel", "Special Counsel for the United States Department of Justice"])
O("sen_ct", senator("Connecticut"))
O("sen_nc", senator("North Carolina"))
O("sen_va", senator("Virginia"))
O("sen_ny", senator("New York"))
O("sen_mn", senator("Minnesota"))
O("sen_ok", senator("Oklahoma"))
O("sen_sc", senator("South Carolina"))
O("sen_me", senator("Maine"))
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives", generic=["House Majority Whip", "Majority Whip"])
O("senate_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("chair_senate_intel", "Chairman of the Senate Intelligence Committee", generic=["Intelligence Committee Chairman", "Senate Intelligence Committee Chairman"])
O("chair_house_intel", "Chairman of the House Intelligence Committee", generic=["House Intelligence Committee Chairman", "Intelligence Committee Chairman"])
O("pres_ru", head("President", "Russia", "Russian"))
O("ag_ny", state_officer("Attorney General", "New York"), ["attorney general"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"), generic=["HUD Secretary"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor"])
O("mayor_sb", mayor("South Bend"), ["South Bend Mayor", "mayor"])
O("sen_vt", senator("Vermont"), ["senator"])
O("dnc_chair", "Chair of the Democratic National Committee", generic=["DNC Chair", "DNC chair", "DNC Chairman", "Chairman of the Democratic National Committee"])
O("rep_fl23", representative("Florida", 23))
O("oh_state_sen", "Member of the Ohio Senate", generic=["Ohio state senator", "state senator", "Ohio State Senator"])
O("pres_br", head("President", "Brazil", "Brazilian"))
O("vp_br", head("Vice President", "Brazil", "Brazilian"))
O("pres_chamber_br", "President of the Chamber of Deputies of Brazil", generic=["President of the Deputies Chamber", "President of the Chamber of Deputies"])
O("stf_justice", "Justice of the Supreme Federal Court of Brazil", generic=["Supreme Court Justice", "Supreme Federal Court judge", "Justice of the Supreme Federal Court"])
O("pres_ge", head("President", "Georgia", "Georgian"))
O("pm_ge", head("Prime Minister", "Georgia", "Georgian"), ["prime minister"])
O("intmin_ge", head("Minister of Internal Affairs", "Georgia", "Georgian"), generic=["Interior Minister", "Georgian Interior Minister", "Minister of Internal Affairs"])
O("pres_pl", head("President", "Poland", "Polish"))
O("pm_hu", head("Prime Minister", "Hungary", "Hungarian"))
O("pres_hu", head("President", "Hungary", "Hungarian"))
O("chanc_de", head("Chancellor", "Germany", "German"))
O("pres_euco", "President of the European Council", generic=["European Council President"])
O("vp_ec", "First Vice-President of the European Commission", generic=["European Commission Vice-President", "Vice-President of the European Commission"])
O("pm_tr", head("Prime Minister", "Turkey", "Turkish"))
O("chair_house_budget", "Chairman of the House Budget Committee", generic=["House Budget Committee Chairman"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("va_gov_1989", "1989 Virginia gubernatorial election", "ocd-division/country:us/state:va", "1989-11-07", "general", office="gov_va")
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_dem_prim_1988", "1988 Democratic Party presidential primaries", "ocd-division/country:us", "1988", "primary", office="pres_us")
E("us_dem_prim_1952", "1952 Democratic Party presidential primaries", "ocd-division/country:us", "1952", "primary", office="pres_us")
E("us_dem_prim_1968", "1968 Democratic Party presidential primaries", "ocd-division/country:us", "1968", "primary", office="pres_us")
E("us_rep_prim_1960", "1960 Republican Party presidential primaries", "ocd-division/country:us", "1960", "primary", office="pres_us")
E("ar3_1974", "1974 Arkansas's 3rd congressional district election", "ocd-division/country:us/state:ar/cd:3", "1974-11-05", "general")
E("wi_gov_2014", "2014 Wisconsin gubernatorial election", "ocd-division/country:us/state:wi", "2014-11-04", "general", office="gov_wi")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("wi_rep_prim_2016", "2016 Wisconsin Republican presidential primary", "ocd-division/country:us/state:wi", "2016-04-05", "primary", office="pres_us")
E("az_rep_prim_2016", "2016 Arizona Republican presidential primary", "ocd-division/country:us/state:az", "2016-03-22", "primary", office="pres_us")
E("fl_rep_prim_2016", "2016 Florida Republican presidential primary", "ocd-division/country:us/state:fl", "2016-03-15", "primary", office="pres_us")
E("ca_gov_2010", "2010 California gubernatorial election", "ocd-division/country:us/state:ca", "2010-11-02", "general", office="gov_ca")
E("az_sen_prim_2016", "2016 United States Senate Republican primary in Arizona", "ocd-division/country:us/state:az", "2016-08-30", "primary", office="sen_az")
E("fl_sen_prim_2016", "2016 United States Senate Republican primary in Florida", "ocd-division/country:us/state:fl", "2016-08-30", "primary", office="sen_fl")
E("ks1_prim_2016", "2016 Kansas's 1st congressional district Republican primary", "ocd-division/country:us/state:ks/cd:1", "2016-08-02", "primary")
E("wi1_prim_2016", "2016 Wisconsin's 1st congressional district Republican primary", "ocd-division/country:us/state:wi/cd:1", "2016-08-09", "primary")
E("co6_2016", "2016 Colorado's 6th congressional district election", "ocd-division/country:us/state:co/cd:6", "2016-11-08", "general")
E("ny_gov_dem_prim_2018", "2018 New York gubernatorial Democratic primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="gov_ny")
E("ny_ag_dem_prim_2018", "2018 New York Attorney General Democratic primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="ag_ny")
E("ny_gov_2014", "2014 New York gubernatorial election", "ocd-division/country:us/state:ny", "2014-11-04", "general", office="gov_ny")
E("ny_gov_2010", "2010 New York gubernatorial election", "ocd-division/country:us/state:ny", "2010-11-02", "general", office="gov_ny")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2020-02-03", "primary", office="pres_us")
E("br_pres_2010_r1", "2010 Brazilian presidential election (first round)", "ocd-division/country:br", "2010-10-03", "general", office="pres_br")
E("br_pres_2010", "2010 Brazilian presidential election (second round)", "ocd-division/country:br", "2010-10-31", "runoff", office="pres_br")
E("br_pres_2014", "2014 Brazilian presidential election (second round)", "ocd-division/country:br", "2014-10-26", "runoff", office="pres_br")
E("wy_dem_caucus_2016", "2016 Wyoming Democratic presidential caucuses", "ocd-division/country:us/state:wy", "2016-04-09", "primary", office="pres_us")
E("wi_dem_prim_2016", "2016 Wisconsin Democratic presidential primary", "ocd-division/country:us/state:wi", "2016-04-05", "primary", office="pres_us")
E("or_rep_prim_2016", "2016 Oregon Republican presidential primary", "ocd-division/country:us/state:or", "2016-05-17", "primary", office="pres_us")
E("or_dem_prim_2016", "2016 Oregon Democratic presidential primary", "ocd-division/country:us/state:or", "2016-05-17", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "Barack Obama", "Mr. Obama", "President Obama", "President Barack Obama"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney", "Mitt Romney"])
P("adelson", "Sheldon Adelson", [])
P("bauer", "Robert Bauer", ["Mr. Bauer"])
P("vanhollen", "Chris Van Hollen", [])
P("mccain", "John McCain", ["McCain", "Mr. McCain"])
P("baran", "Jan Baran", [])
P("ryan", "Paul Ryan", ["Ryan", "Congressman Ryan", "Paul Ryan", "PAUL RYAN"])
P("biden", "Joe Biden", ["Biden"])
P("wilder", "Doug Wilder", [])
P("mobama", "Michelle Obama", [])
P("hclinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Clinton", "Hillary", "Mrs. Clinton", "Secretary Clinton", "Hillary Clinton"], qid="Q6294")
P("bclinton", "Bill Clinton", ["Bill"])
P("mcauliffe", "Terry McAuliffe", ["McAuliffe"])
P("hart", "Gary Hart", ["Hart"])
P("gwbush", "George W. Bush", [])
P("schweitzer", "Brian Schweitzer", [])
P("omalley", "Martin O'Malley", ["O’Malley", "Martin O’Malley"])
P("warren", "Elizabeth Warren", ["Warren", "Elizabeth Ann Warren"])
P("jbrown", "Jerry Brown", [])
P("truman", "Harry Truman", ["Truman"])
P("lbj", "Lyndon Johnson", ["Johnson"])
P("carter", "Jimmy Carter", [])
P("ghwbush", "George H.W. Bush", [])
P("nixon", "Richard Nixon", ["Nixon"])
P("rockefeller", "Nelson Rockefeller", ["Rockefeller", "Rocky"])
P("walker", "Scott Walker", [])
P("cruz", "Ted Cruz", ["Cruz", "Mr. Cruz", "Ted Cruz"])
P("santorum", "Rick Santorum", ["Santorum", "Rick Santorum"])
P("jindal", "Bobby Jindal", [])
P("friess", "Foster Friess", ["Friess"])
P("rpaul", "Rand Paul", ["Rand Paul"])
P("rubio", "Marco Rubio", ["Rubio", "Marco Rubio"])
P("ayotte", "Kelly Ayotte", ["Ayotte"])
P("perry", "Rick Perry", [])
P("soros", "George Soros", [])
P("trump", "Donald Trump", ["Trump", "Donald Trump", "Mr. Trump", "Donald", "President Trump", "President Donald Trump", "Donald John Trump"])
P("kasich", "John Kasich", ["Kasich"])
P("sanders", "Bernie Sanders", ["Sanders", "Bernie Sanders", "Sen. Sanders", "Bernie"])
P("mackowiak", "Matt Mackowiak", ["Mackowiak", "Mr. Mackowiak"])
P("winston", "David Winston", ["Winston", "Mr. Winston"])
P("ayres", "Whit Ayres", ["Ayres", "Mr. Ayres"])
P("whitman", "Meg Whitman", ["Whitman"])
P("navarro", "Ana Navarro", [])
P("luntz", "Frank Luntz", [])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("vandersloot", "Frank VanderSloot", ["VanderSloot"])
P("priebus", "Reince Priebus", ["Priebus"])
P("cotton", "Tom Cotton", [])
P("sasse", "Ben Sasse", ["Sasse"])
P("huelskamp", "Tim Huelskamp", ["Huelskamp", "Huelksamp"])
P("marshall", "Roger Marshall", ["Marshall", "Dr. Roger Marshall"])
P("cole", "Tom Cole", [])
P("ward", "Kelli Ward", ["Ward"])
P("coffman", "Mike Coffman", [])
P("nehlen", "Paul Nehlen", [])
P("beruff", "Carlos Beruff", ["Beruff"])
P("boehner", "John Boehner", ["Boehner"])
P("jordan", "Jim Jordan", ["Jordan"])
P("meadows", "Mark Meadows", ["Meadows", "MARK MEADOWS"])
P("stein", "Jill Stein", ["Stein"])
P("jbush", "Jeb Bush", ["Bush", "Jeb"])
P("christie", "Chris Christie", ["Christie"])
P("carson", "Ben Carson", ["Carson"])
P("fiorina", "Carly Fiorina", [])
P("huckabee", "Mike Huckabee", [])
P("amash", "Justin Amash", ["Amash"])
P("goodlatte", "Bob Goodlatte", ["Goodlatte"])
P("flynn", "Michael Flynn", [])
P("conaway", "Mike Conaway", ["Kenneth (Mike) Michael Conaway"])
P("mueller", "Robert Mueller", ["Mueller"])
P("blumenthal", "Richard Blumenthal", [])
P("pelosi", "Nancy Pelosi", [])
P("flake", "Jeff Flake", ["Flake"])
P("burr", "Richard Burr", [])
P("warner", "Mark Warner", ["Warner"])
P("nunes", "Devin Nunes", [])
P("schumer", "Chuck Schumer", [])
P("putin", "Vladimir Putin", ["Putin"], qid="Q7747")
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("lankford", "James Lankford", ["Lankford"])
P("graham", "Lindsey Graham", [])
P("collins", "Susan Collins", [])
P("scalise", "Steve Scalise", [])
P("cuomo", "Andrew Cuomo", ["Cuomo"])
P("cnixon", "Cynthia Nixon", ["Nixon"])
P("teachout", "Zephyr Teachout", [])
P("deblasio", "Bill de Blasio", [])
P("buttigieg", "Pete Buttigieg", ["Buttigieg", "Mayor Pete", "Peter (Pete) Paul Buttigieg"])
P("tucker", "Terry Tucker", [])
P("shepherd", "Jeri Shepherd", [])
P("perez", "Tom Perez", ["Perez", "Thomas Edward Perez", "DNC Chair Perez"])
P("dws", "Debbie Wasserman Schultz", ["Deborah (Debbie) Wasserman Schultz"])
P("turner", "Nina Turner", [])
R.org("dnc", "Democratic National Committee", ["DNC"])
R.org("ourrev", "Our Revolution", [])
R.org("ppb", "People Power for Bernie", [])
R.org("sunrise", "Sunrise Movement", [])
R.org("votevets", "VoteVets", [])
R.org("persist", "Persist PAC", [])
R.org("ktc", "Kitchen Table Conversations", [])
P("rousseff", "Dilma Rousseff", ["Rousseff", "Dilma Rousseff"])
P("serra", "José Serra", ["Jose Serra", "Jos Serra", "Serra"])
P("lula", "Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula"])
P("cunha", "Eduardo Cunha", ["Cunha"])
P("zavascki", "Teori Zavascki", [])
P("mello", "Marco Aurélio Mello", ["Marco Aurelio Mello"])
P("temer", "Michel Temer", [])
P("saakashvili", "Mikheil Saakashvili", ["Saakashvili", "President Saakashvili"])
P("ivanishvili", "Bidzina Ivanishvili", [])
P("merabishvili", "Vano Merabishvili", [])
P("kaczynski", "Lech Kaczyński", ["Lech Kaczynski"])
P("orban", "Viktor Orbán", ["Viktor Orban", "Orban"])
P("ader", "János Áder", ["Janos Ader"])
P("merkel", "Angela Merkel", [], qid="Q567")
P("tusk", "Donald Tusk", ["Tusk"])
P("timmermans", "Frans Timmermans", [])
P("davutoglu", "Ahmet Davutoğlu", ["Ahmet Davutoglu", "Davutoglu"])
R.org("priorities", "Priorities USA", [])
R.org("readyforhillary", "Ready for Hillary", ["Ready for Hillary super PAC"])
R.org("americanbridge", "American Bridge", ["American Bridge super PAC", "American Bridge 21st Century"])
R.org("kfb", "Kansas Farm Bureau", [])
R.org("ricketts", "Ricketts family", ["the Ricketts family"])
R.org("koch", "Koch brothers", ["the Koch brothers"])
R.org("cfg", "Club for Growth", ["the Club for Growth"])

DOCS = []

# ---------------------------------------------------------------- CNN, 2012-06-20, Bloomberg poll
_BLOOM = "According to a Bloomberg National Poll released Wednesday, 53% of people"
DOCS.append(("a_2012-06-20_nJW1xK8zPkaROaZx.txt", [
    F("holds_office", "obama", "pres_us", "A new national survey indicates President Barack Obama has opened up"),
    F("candidacy", "obama", "us_pres_2012", "A new national survey indicates President Barack Obama has opened up"),
    F("candidacy", "romney", "us_pres_2012", "A new national survey indicates President Barack Obama has opened up"),
    F("party", "romney", "rep", "A new national survey indicates President Barack Obama has opened up"),
    F("candidacy", "romney", "us_rep_prim_2012", _BLOOM),
    F("holds_office", "romney", "gov_ma", _BLOOM, former=True),
    F("poll", "obama", "us_pres_2012", ["A new national survey indicates President Barack Obama has opened up", _BLOOM], 53, pollster="Bloomberg"),
    F("poll", "romney", "us_pres_2012", _BLOOM, 40, pollster="Bloomberg"),
    F("poll", "obama", "us_pres_2012", "puts Obama at 48% and Romney at 43%", 48, pollster="CNN Poll of Polls"),
    F("poll", "romney", "us_pres_2012", "puts Obama at 48% and Romney at 43%", 43, pollster="CNN Poll of Polls"),
]))

# ---------------------------------------------------------------- NYT, 2012-06-23, Citizens United
DOCS.append(("a_2012-06-23_0dz1I1ATmsRIyguz.txt", [
    F("holds_office", "bauer", "wh_counsel", "said Robert Bauer, Mr. Obama’s former White House counsel", former=True),
    F("holds_office", "obama", "pres_us", "said Robert Bauer, Mr. Obama’s former White House counsel"),
    F("holds_office", "vanhollen", "rep_md8", "said Representative Chris Van Hollen, a Maryland Democrat"),
    F("party", "vanhollen", "dem", "said Representative Chris Van Hollen, a Maryland Democrat"),
    F("candidacy", "obama", "us_pres_2012", "drives the campaign schedules of Mr. Obama and Mr. Romney"),
    F("candidacy", "romney", "us_pres_2012", "drives the campaign schedules of Mr. Obama and Mr. Romney"),
    F("candidacy", "obama", "us_pres_2008", "Mr. Obama set the standard with the $745 million he raised in 2008"),
    F("candidacy", "mccain", "us_pres_2008", ["Mr. Obama’s 2008 opponent John McCain",
                                              "Mr. McCain will probably prove to have been the last major party nominee"]),
    F("party", "baran", "rep", "said Jan Baran, a Republican campaign finance lawyer"),
]))

# ---------------------------------------------------------------- CNN, 2012-08-15, Obama Iowa bus tour
DOCS.append(("a_2012-08-15_RxeqvuKb9SJe0ahI.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama wrapped up a three-day bus tour"),
    F("candidacy", "obama", "us_pres_2012", "President Barack Obama wrapped up a three-day bus tour"),
    F("candidacy", "romney", "us_pres_2012", "President Barack Obama wrapped up a three-day bus tour"),
    F("party", "romney", "rep", "President Barack Obama wrapped up a three-day bus tour"),
    F("candidacy", "ryan", "us_pres_2012", "since Romney chose House Budget Committee Chairman Paul Ryan as his running mate"),
    F("holds_office", "ryan", "chair_house_budget", "since Romney chose House Budget Committee Chairman Paul Ryan as his running mate"),
    F("holds_office", "ryan", "rep_wi1", "Congressman Ryan has joined my campaign"),
    F("party", "ryan", "rep", S("Paul Ryan says Republicans will win debate on Medicare", exact=True)),
    F("holds_office", "romney", "gov_ma", "the former Massachusetts governor said", former=True),
    F("holds_office", "biden", "vp_us", "Vice President Joe Biden sounded Democratic attack lines against Romney"),
    F("holds_office", "wilder", "gov_va", "Former Virginia Gov. Doug Wilder, a Democrat", former=True),
    F("party", "wilder", "dem", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("candidacy", "wilder", "va_gov_1989", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("won", "wilder", "va_gov_1989", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("poll", "romney", "us_pres_2012", "The Gallup Daily Tracking Poll showed Romney holding", 47, pollster="Gallup"),
    F("poll", "obama", "us_pres_2012", "The Gallup Daily Tracking Poll showed Romney holding", 45, pollster="Gallup"),
    F("endorsement", "mobama", "obama", ["First lady Michelle Obama joined the president for his Iowa events",
                                         L("Obama and the first lady campaign together for the first time since May")]),
    F("candidacy", "obama", "us_pres_2008", "the state where Obama's 2008 campaign first took off"),
]))

# ---------------------------------------------------------------- Politico (Sabato), 2014-01-20, Clinton and Nixon
_NIX = "the only precedent for a consensus choice in the entire post-World War II era is Richard Nixon in 1960"
_INC = "there are notable exceptions: Harry Truman, Lyndon Johnson, Jimmy Carter and George H.W. Bush"
DOCS.append(("a_2014-01-20_a59Gze3EtPzs3ta9.txt", [
    F("holds_office", "mcauliffe", "gov_va", "Terry McAuliffe’s inauguration as governor of Virginia"),
    F("candidacy", "bclinton", "ar3_1974", "beginning with Bill’s unsuccessful 1974 run for Congress in Arkansas"),
    F("lost", "bclinton", "ar3_1974", "beginning with Bill’s unsuccessful 1974 run for Congress in Arkansas"),
    F("candidacy", "hart", "us_dem_prim_1988", "Hart had been forced out of the Democrats’ presidency sweepstakes"),
    F("party", "hart", "dem", "Hart had been forced out of the Democrats’ presidency sweepstakes"),
    F("holds_office", "obama", "pres_us", "Low job approval numbers for President Obama"),
    F("candidacy", "mccain", "us_pres_2008", "Just ask John McCain how President George W. Bush’s unpopularity affected his 2008 White House bid."),
    F("holds_office", "gwbush", "pres_us", "Just ask John McCain how President George W. Bush’s unpopularity affected his 2008 White House bid.", former=True),
    F("holds_office", "biden", "vp_us", "even Vice President Joe Biden, will challenge her"),
    F("candidacy", "hclinton", "us_dem_prim_2008", "even Vice President Joe Biden, will challenge her for the Democratic nomination she nearly won in 2008"),
    F("lost", "hclinton", "us_dem_prim_2008", "even Vice President Joe Biden, will challenge her for the Democratic nomination she nearly won in 2008"),
    F("party", "hclinton", "dem", "even Vice President Joe Biden, will challenge her for the Democratic nomination she nearly won in 2008"),
    F("holds_office", "schweitzer", "gov_mt", "former Gov. Brian Schweitzer of Montana", former=True),
    F("holds_office", "omalley", "gov_md", "Gov. Martin O’Malley of Maryland"),
    F("holds_office", "warren", "sen_ma", "Sen. Elizabeth Warren of Massachusetts would be a major opponent"),
    F("holds_office", "jbrown", "gov_ca", "When California Gov. Jerry Brown also bowed out"),
    F("holds_office", "truman", "pres_us", _INC, former=True),
    F("holds_office", "lbj", "pres_us", _INC, former=True),
    F("holds_office", "carter", "pres_us", _INC, former=True),
    F("holds_office", "ghwbush", "pres_us", _INC, former=True),
    F("candidacy", "truman", "us_dem_prim_1952", "Truman and Johnson withdrew in 1952 and 1968, respectively"),
    F("candidacy", "lbj", "us_dem_prim_1968", "Truman and Johnson withdrew in 1952 and 1968, respectively"),
    F("candidacy", "nixon", "us_rep_prim_1960", _NIX),
    F("won", "nixon", "us_rep_prim_1960", [_NIX, "A consensus choice for a major-party presidential nomination is exceedingly rare"]),
    F("party", "nixon", "rep", "Nixon thought he had averted a serious GOP challenge"),
    F("party", "rockefeller", "rep", "Nixon thought he had averted a serious GOP challenge"),
    F("holds_office", "rockefeller", "gov_ny", "Nixon thought he had averted a serious GOP challenge", former=True),
]))

# ---------------------------------------------------------------- Politico, 2014-02-20, '16ers money race
_SENS = "Sens. Cruz, Rand Paul of Kentucky and Marco Rubio of Florida"
DOCS.append(("a_2014-02-20_WtXdF7S88x5SzMIB.txt", [
    F("holds_office", "walker", "gov_wi", "Wisconsin Gov. Scott Walker is headed to Dallas"),
    F("candidacy", "walker", "wi_gov_2014", "Wisconsin Gov. Scott Walker is headed to Dallas"),
    F("holds_office", "cruz", "sen_tx", ["Sen. Ted Cruz of Texas invited Foster Friess", _SENS]),
    F("holds_office", "jindal", "gov_la", "And Louisiana Gov. Bobby Jindal"),
    F("holds_office", "omalley", "gov_md", "including Maryland Gov. Martin O’Malley"),
    F("endorsement", "priorities", "hclinton", "a super PAC and sister nonprofit group that recently pledged its allegiance to Hillary Clinton"),
    F("party", "hclinton", "dem", "dwarfs anything any other Democrat could possibly muster"),
    F("funding", "soros", "readyforhillary", "who had already given $25,000 to the Ready for Hillary super PAC", 25000),
    F("funding", "soros", "americanbridge", "stroked a $500,000 check to the American Bridge super PAC", 500000),
    F("endorsement", "readyforhillary", "hclinton", "who had already given $25,000 to the Ready for Hillary super PAC"),
    F("endorsement", "americanbridge", "hclinton", "which is defending Clinton against attacks from Republicans"),
    F("holds_office", "rpaul", "sen_ky", _SENS),
    F("holds_office", "rubio", "sen_fl", _SENS),
    F("holds_office", "ryan", "rep_wi1", _SENS),
    F("holds_office", "ayotte", "sen_nh", "defending the gun control stance of fellow GOP Sen. Kelly Ayotte of New Hampshire"),
    F("party", "ayotte", "rep", "defending the gun control stance of fellow GOP Sen. Kelly Ayotte of New Hampshire"),
    F("party", "rubio", "rep", "defending the gun control stance of fellow GOP Sen. Kelly Ayotte of New Hampshire"),
    F("candidacy", "santorum", "us_rep_prim_2012", "helped lift Santorum to a surprisingly strong showing in the 2012 GOP primary"),
    F("party", "santorum", "rep", "helped lift Santorum to a surprisingly strong showing in the 2012 GOP primary"),
    F("endorsement", "friess", "santorum", ["Friess spent time on the trail with Santorum’s 2012 campaign",
                                            "but I am a Rick Santorum guy through and through"]),
    F("holds_office", "perry", "gov_tx", "Supporters of Texas Gov. Rick Perry"),
    F("candidacy", "perry", "us_rep_prim_2012", "Supporters of Texas Gov. Rick Perry"),
    F("party", "perry", "rep", "Supporters of Texas Gov. Rick Perry"),
]))

# ---------------------------------------------------------------- Christian Science Monitor, 2016-04-07, Trump after Wisconsin
DOCS.append(("a_2016-04-07_Tzmoke27MRm5Ev2P.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", S("featured a word that has been used to describe Donald Trump", through="has described the GOP presidential frontrunner as clairaudient")),
    F("party", "trump", "rep", S("featured a word that has been used to describe Donald Trump", through="has described the GOP presidential frontrunner as clairaudient")),
    F("candidacy", "trump", "wi_rep_prim_2016", "Losing Wisconsin by 13 points is the latest evidence"),
    F("lost", "trump", "wi_rep_prim_2016", "Losing Wisconsin by 13 points is the latest evidence"),
    F("party", "mackowiak", "rep", "says GOP consultant Matt Mackowiak"),
    F("party", "winston", "rep", "says Republican pollster David Winston"),
    F("candidacy", "sanders", "us_dem_prim_2016", "Along with Democratic candidate Bernie Sanders"),
    F("party", "ayres", "rep", "says GOP pollster Whit Ayres"),
    F("candidacy", "rubio", "us_rep_prim_2016", "Mr. Ayres was the pollster for Republican presidential candidate Marco Rubio"),
    F("party", "rubio", "rep", "Mr. Ayres was the pollster for Republican presidential candidate Marco Rubio"),
    F("candidacy", "cruz", "us_rep_prim_2016", "once he dispenses with his competitors, Cruz and Ohio Gov. John Kasich"),
    F("candidacy", "kasich", "us_rep_prim_2016", "once he dispenses with his competitors, Cruz and Ohio Gov. John Kasich"),
    F("holds_office", "kasich", "gov_oh", "once he dispenses with his competitors, Cruz and Ohio Gov. John Kasich"),
    F("party", "cruz", "rep", ["once he dispenses with his competitors, Cruz and Ohio Gov. John Kasich", "has described the GOP presidential frontrunner"]),
    F("party", "kasich", "rep", ["once he dispenses with his competitors, Cruz and Ohio Gov. John Kasich", "has described the GOP presidential frontrunner"]),
]))

# ---------------------------------------------------------------- Politico, 2016-06-11, Romney donor retreat
_RYAN_END = "confronted the speaker over his endorsement of Trump"
_MCC08 = "In 2008, John McCain accepted public financing but found himself massively outspent by Barack Obama."
DOCS.append(("a_2016-06-11_AlPssNn8MuIqFd90.txt", [
    F("holds_office", "ryan", "speaker", "During an off-the-record question-and-answer session with House Speaker Paul Ryan"),
    F("endorsement", "ryan", "trump", [_RYAN_END, "Even Ryan, who has endorsed Trump despite criticizing his behavior"]),
    F("candidacy", "whitman", "ca_gov_2010", "a major GOP giver who ran for California governor in 2010"),
    F("party", "whitman", "rep", "a major GOP giver who ran for California governor in 2010"),
    F("party", "navarro", "rep", "Ana Navarro, a Republican contributor and ubiquitous cable news personality"),
    F("candidacy", "trump", "us_rep_prim_2016", "who helped bankroll TV ads against Trump during the Republican primary"),
    F("candidacy", "trump", "us_pres_2016", S("Romney defended his decision to speak out against Trump.", through="against the party’s presumptive nominee")),
    F("party", "trump", "rep", ["who helped bankroll TV ads against Trump during the Republican primary", "criticism of his party’s presumptive nominee"]),
    F("party", "romney", "rep", ["at an exclusive Republican donor retreat here hosted by Mitt Romney", "criticism of his party’s presumptive nominee"]),
    F("candidacy", "romney", "us_pres_2012", ["a number of supporters approached the 2012 nominee", "a figure that’s less than a third of what Romney raised in 2012"]),
    F("holds_office", "romney", "gov_ma", "ease tensions with the former Massachusetts governor", former=True),
    F("candidacy", "hclinton", "us_pres_2016", S("would even give to his Democratic opponent", through="end up supporting Secretary Clinton")),
    F("party", "hclinton", "dem", S("would even give to his Democratic opponent", through="end up supporting Secretary Clinton")),
    F("holds_office", "hclinton", "sec_state", "I’m sure you’ll see some that end up supporting Secretary Clinton", former=True),
    F("party", "luntz", "rep", "Republican pollster Frank Luntz stood before"),
    F("candidacy", "gjohnson", "us_pres_2016", "One person clapped loudly for Libertarian nominee Gary Johnson."),
    F("party", "gjohnson", "lib", "One person clapped loudly for Libertarian nominee Gary Johnson."),
    F("endorsement", "vandersloot", "trump", "said he was behind Trump but hasn’t donated"),
    F("holds_office", "priebus", "rnc_chair", "RNC Chairman Reince Priebus took to Twitter"),
    F("holds_office", "cotton", "sen_ar", "Arkansas Sen. Tom Cotton, Nebraska Sen. Ben Sasse"),
    F("holds_office", "sasse", "sen_ne", "Arkansas Sen. Tom Cotton, Nebraska Sen. Ben Sasse"),
    F("holds_office", "walker", "gov_wi", "Arkansas Sen. Tom Cotton, Nebraska Sen. Ben Sasse"),
    F("candidacy", "mccain", "us_pres_2008", _MCC08),
    F("candidacy", "obama", "us_pres_2008", _MCC08),
]))

# ---------------------------------------------------------------- CNN, 2016-08-04, GOP establishment vs base
_HUEL = "Huelskamp, a conservative agitator who sought former Speaker John Boehner"
_RUBIO_END = "And Rubio has aligned himself with Trump as of late"
DOCS.append(("a_2016-08-04_Wt5w4879eB1NGArS.txt", [
    F("candidacy", "trump", "us_pres_2016", "hoping to foment anger at incumbent Republicans worried that embracing the controversial nominee"),
    F("party", "trump", "rep", "attack GOP incumbents who are struggling to support the GOP nominee"),
    F("holds_office", "huelskamp", "rep_ks1", "Kansas Rep. Tim Huelskamp, at the hands of a moderate candidate"),
    F("candidacy", "huelskamp", "ks1_prim_2016", [_HUEL, "Kansas Rep. Tim Huelskamp, at the hands of a moderate candidate"]),
    F("lost", "huelskamp", "ks1_prim_2016", _HUEL),
    F("candidacy", "marshall", "ks1_prim_2016", _HUEL),
    F("won", "marshall", "ks1_prim_2016", _HUEL),
    F("party", "huelskamp", "rep", ["wanted to see the Kansas Republican rejoin the committee", "the Kansas GOP primary was driven mostly by a battle"]),
    F("party", "marshall", "rep", "backed Marshall because of Huelskamp's combative record"),
    F("holds_office", "boehner", "speaker", _HUEL, former=True),
    F("holds_office", "ryan", "speaker", "some privately warning that House Speaker Paul Ryan could face a revolt"),
    F("party", "ryan", "rep", "two prominent Republicans -- Ryan and Sen. John McCain"),
    F("party", "mccain", "rep", "two prominent Republicans -- Ryan and Sen. John McCain"),
    F("holds_office", "mccain", "sen_az", ["two prominent Republicans -- Ryan and Sen. John McCain", "issued a stunning rebuke of the veteran Arizona senator"]),
    F("candidacy", "hclinton", "us_pres_2016", "saying while they should be uniting to run against the Clinton"),
    F("holds_office", "cole", "rep_ok4", "said Rep. Tom Cole of Oklahoma, an ally of Ryan's"),
    F("candidacy", "ward", "az_sen_prim_2016", "said Kelli Ward, a former state senator seeking to overtake McCain"),
    F("candidacy", "mccain", "az_sen_prim_2016", ["said Kelli Ward, a former state senator seeking to overtake McCain", "refused to endorse him in his primary"]),
    F("party", "ward", "rep", "said Kelli Ward, a former state senator seeking to overtake McCain"),
    F("holds_office", "ward", "az_state_sen", "said Kelli Ward, a former state senator seeking to overtake McCain", former=True),
    F("holds_office", "coffman", "rep_co6", "including Colorado Rep. Mike Coffman"),
    F("party", "coffman", "rep", "including Colorado Rep. Mike Coffman"),
    F("candidacy", "coffman", "co6_2016", "including Colorado Rep. Mike Coffman"),
    F("candidacy", "nehlen", "wi1_prim_2016", "In Wisconsin, businessman Paul Nehlen has been sharply critical of Ryan"),
    F("candidacy", "ryan", "wi1_prim_2016", "In Wisconsin, businessman Paul Nehlen has been sharply critical of Ryan"),
    F("party", "nehlen", "rep", "In Wisconsin, businessman Paul Nehlen has been sharply critical of Ryan"),
    F("holds_office", "rubio", "sen_fl", "an ad questioning Sen. Marco Rubio's loyalty to Trump"),
    F("candidacy", "beruff", "fl_sen_prim_2016", "the businessman in Florida who is trying to mount an upset against Rubio"),
    F("candidacy", "rubio", "fl_sen_prim_2016", ["the businessman in Florida who is trying to mount an upset against Rubio",
                                                 "Rubio, who is the heavy favorite headed into the August primary"]),
    F("party", "beruff", "rep", "the businessman in Florida who is trying to mount an upset against Rubio"),
    F("candidacy", "rubio", "us_rep_prim_2016", "who dropped out of the presidential nominating contest after losing his home state to Trump in March"),
    F("candidacy", "rubio", "fl_rep_prim_2016", "who dropped out of the presidential nominating contest after losing his home state to Trump in March"),
    F("lost", "rubio", "fl_rep_prim_2016", "who dropped out of the presidential nominating contest after losing his home state to Trump in March"),
    F("candidacy", "trump", "fl_rep_prim_2016", "who dropped out of the presidential nominating contest after losing his home state to Trump in March"),
    F("won", "trump", "fl_rep_prim_2016", "who dropped out of the presidential nominating contest after losing his home state to Trump in March"),
    F("endorsement", "rubio", "trump", [_RUBIO_END, "It's a tepid endorsement"]),
    F("endorsement", "mccain", "trump", "supports Trump because he won the Republican nomination"),
    F("candidacy", "trump", "us_rep_prim_2016", "supports Trump because he won the Republican nomination"),
    F("won", "trump", "us_rep_prim_2016", "supports Trump because he won the Republican nomination"),
    F("candidacy", "trump", "az_rep_prim_2016", "supports Trump because he won the Republican nomination"),
    F("won", "trump", "az_rep_prim_2016", "supports Trump because he won the Republican nomination"),
    F("party", "jordan", "rep", "House Freedom Caucus Chairman Jim Jordan, R-Ohio"),
    F("holds_office", "jordan", "rep_oh4", "House Freedom Caucus Chairman Jim Jordan, R-Ohio"),
    F("holds_office", "meadows", "rep_nc11", "North Carolina Rep. Mark Meadows, another member"),
    F("endorsement", "kfb", "marshall", "The Kansas Farm Bureau and the Ricketts family"),
    F("endorsement", "ricketts", "marshall", "The Kansas Farm Bureau and the Ricketts family"),
    F("endorsement", "koch", "huelskamp", "The Kansas Farm Bureau and the Ricketts family"),
    F("endorsement", "cfg", "huelskamp", "The Kansas Farm Bureau and the Ricketts family"),
]))

# ---------------------------------------------------------------- Politico (Scher), 2016-08-16, Johnson and the debate threshold
_GJ = "it suddenly made Libertarian dark-horse candidate Gary Johnson’s job a whole lot harder"
_FOUR = "Johnson comes in at 8, 9 or 10, while Stein averages 5"
DOCS.append(("a_2016-08-16_Qp5vNqEjh7rP90Rm.txt", [
    F("candidacy", "gjohnson", "us_pres_2016", _GJ),
    F("party", "gjohnson", "lib", _GJ),
    F("party", "gjohnson", "rep", "Johnson, a former Republican who has been picking up voters disaffected by Donald Trump", former=True),
    F("candidacy", "stein", "us_pres_2016", "include both Johnson and Green Party nominee Jill Stein in those polls"),
    F("party", "stein", "green", "include both Johnson and Green Party nominee Jill Stein in those polls"),
    F("candidacy", "trump", "us_pres_2016", "start boring into the candidates who are standing in his way: Donald Trump and Jill Stein?"),
    F("candidacy", "hclinton", "us_pres_2016", "While both Johnson and Stein rail against the Trump-Clinton duopoly"),
    F("candidacy", "romney", "us_pres_2012", "predicted a Mitt Romney victory in 2012"),
    F("holds_office", "gjohnson", "gov_nm", "As the former New Mexico governor picks up Republicans alienated by Trump", former=True),
    F("poll", "gjohnson", "us_pres_2016", "he hit 12 percent in the last Fox News and CBS/New York Times polls", 12, pollster="Fox News; CBS/New York Times"),
    F("poll", "gjohnson", "us_pres_2016", ["A late July CBS poll, sans New York Times sponsorship but using the same pollster, has Johnson at 10.", _FOUR], 10, pollster="CBS"),
    F("poll", "gjohnson", "us_pres_2016", _FOUR, 8),
    F("poll", "gjohnson", "us_pres_2016", _FOUR, 9),
    F("poll", "stein", "us_pres_2016", _FOUR, 5),
]))

# ---------------------------------------------------------------- National Review, 2016-10-13, the "politicians dilemma"
_BOULDER = S("Rubio, Trump, and Carson at the Republican debate in Boulder, Colo., October 28, 2015.", exact=True)
_GOVS = "It’s easy to see how Bobby Jindal, Rick Perry, and Scott Walker would have personally benefited"
_GOVS2 = S(_GOVS, through="As experienced governors, they were in prime positions for cabinet posts.")
_DROP = S(_GOVS, through="they were the first to drop out.")
_CRUZ2 = "won the same respectable second place that Rick Santorum achieved in 2012 and Mike Huckabee in 2008"
_PROF = "Ben Carson, Carly Fiorina, and John Kasich, for instance, might not have had the stature"
_PROF2 = S(_PROF, through="They needed to run to achieve that.")
DOCS.append(("a_2016-10-13_vNPVCVcu6QOgfWRQ.txt", [
    F("candidacy", "rubio", "us_rep_prim_2016", _BOULDER),
    F("candidacy", "trump", "us_rep_prim_2016", _BOULDER),
    F("candidacy", "carson", "us_rep_prim_2016", [_BOULDER, _PROF2]),
    F("party", "rubio", "rep", _BOULDER),
    F("party", "trump", "rep", _BOULDER),
    F("party", "carson", "rep", _BOULDER),
    F("won", "trump", "us_rep_prim_2016", S("There are many theories for Trump’s rise", through="helped him win a divided field.")),
    F("candidacy", "cruz", "us_rep_prim_2016", ["When the Cruz and Kasich campaigns coordinated late in the primary process", "Ted Cruz wrapped himself in Trump’s cloak early in the primary"]),
    F("candidacy", "kasich", "us_rep_prim_2016", ["When the Cruz and Kasich campaigns coordinated late in the primary process", _PROF2]),
    F("candidacy", "jindal", "us_rep_prim_2016", _DROP),
    F("candidacy", "perry", "us_rep_prim_2016", _DROP),
    F("candidacy", "walker", "us_rep_prim_2016", _DROP),
    F("party", "jindal", "rep", _GOVS),
    F("party", "perry", "rep", _GOVS),
    F("party", "walker", "rep", _GOVS),
    F("holds_office", "jindal", "gov_la", _GOVS2, former=True),
    F("holds_office", "perry", "gov_tx", _GOVS2, former=True),
    F("holds_office", "walker", "gov_wi", _GOVS2),
    F("candidacy", "jbush", "us_rep_prim_2016", "If I were advising Bush, I’d have told him to drop out in the fall of 2015 and support Rubio."),
    F("party", "jbush", "rep", ["The dynamic between Jeb Bush and Marco Rubio is unique.", "This would probably have resulted in a Rubio nomination"]),
    F("holds_office", "rubio", "sen_fl", "badly damaged the Florida senator"),
    F("candidacy", "christie", "us_rep_prim_2016", "but didn’t help Christie in the primary"),
    F("endorsement", "christie", "trump", S("but didn’t help Christie in the primary", through="He simply joined the Trump train.")),
    F("endorsement", "cruz", "trump", "he blew it all by denouncing Trump in the most damaging way and then endorsing him"),
    F("lost", "cruz", "us_rep_prim_2016", S("Cruz was never going to pull it off.", through=_CRUZ2)),
    F("candidacy", "santorum", "us_rep_prim_2012", _CRUZ2),
    F("lost", "santorum", "us_rep_prim_2012", _CRUZ2),
    F("candidacy", "huckabee", "us_rep_prim_2008", _CRUZ2),
    F("lost", "huckabee", "us_rep_prim_2008", _CRUZ2),
    F("candidacy", "rpaul", "us_rep_prim_2016", "he would be in about the same place as Rand Paul: invisible"),
    F("candidacy", "fiorina", "us_rep_prim_2016", _PROF2),
    F("party", "cruz", "rep", "When the Cruz and Kasich campaigns coordinated late in the primary process"),
    F("party", "kasich", "rep", "When the Cruz and Kasich campaigns coordinated late in the primary process"),
    F("party", "fiorina", "rep", _PROF2),
]))

# ---------------------------------------------------------------- The Hill, 2018-01-11, FISA Section 702 vote
DOCS.append(("a_2018-01-11_c9W5rtwIQKO4mqy6.txt", [
    F("holds_office", "trump", "pres_us", "Just a few hours before the vote, President Trump Donald John Trump"),
    F("party", "amash", "rep", "which were offered by Rep. Justin Amash"),
    F("holds_office", "amash", "rep_mi3", "which were offered by Rep. Justin Amash"),
    F("holds_office", "goodlatte", "chair_house_judiciary", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("holds_office", "goodlatte", "rep_va6", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("party", "goodlatte", "rep", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("holds_office", "flynn", "nsa_us", "former national security adviser Michael Flynn", former=True),
    F("holds_office", "conaway", "rep_tx11", "Rep. Mike Conaway Kenneth (Mike) Michael Conaway"),
    F("party", "conaway", "rep", "Rep. Mike Conaway Kenneth (Mike) Michael Conaway"),
]))

# ---------------------------------------------------------------- Politico, 2018-02-16, Mueller indictment and election security
_KLOB = "backed by Sens. Amy Klobuchar (D-Minn.) and John McCain (R-Ariz.)"
_GOP3 = "That effort has three Senate GOP backers"
DOCS.append(("a_2018-02-16_aV2eBdysSkZJePX6.txt", [
    F("holds_office", "mueller", "special_counsel", "The mammoth indictment issued by special counsel Robert Mueller"),
    F("holds_office", "trump", "pres_us", "Democrats have focused more on pushing President Donald Trump on Russia sanctions"),
    F("candidacy", "trump", "us_pres_2016", "while insisting that Kremlin-backed plans to boost his prospects did not affect the election’s outcome"),
    F("holds_office", "blumenthal", "sen_ct", "with Sen. Richard Blumenthal (D-Conn.) lamenting"),
    F("party", "blumenthal", "dem", "with Sen. Richard Blumenthal (D-Conn.) lamenting"),
    F("holds_office", "pelosi", "house_min_leader", "House Minority Leader Nancy Pelosi (D-Calif.)"),
    F("holds_office", "pelosi", "rep_ca12", "House Minority Leader Nancy Pelosi (D-Calif.)"),
    F("party", "pelosi", "dem", "House Minority Leader Nancy Pelosi (D-Calif.)"),
    F("holds_office", "flake", "sen_az", "as Sen. Jeff Flake (R-Ariz.) joined Democrats"),
    F("party", "flake", "rep", "as Sen. Jeff Flake (R-Ariz.) joined Democrats"),
    F("holds_office", "burr", "chair_senate_intel", "with Intelligence Committee Chairman Richard Burr (R-N.C.)"),
    F("holds_office", "burr", "sen_nc", "with Intelligence Committee Chairman Richard Burr (R-N.C.)"),
    F("party", "burr", "rep", "with Intelligence Committee Chairman Richard Burr (R-N.C.)"),
    F("holds_office", "warner", "sen_va", "with Intelligence Committee Chairman Richard Burr (R-N.C.)"),
    F("party", "warner", "dem", "with Intelligence Committee Chairman Richard Burr (R-N.C.)"),
    F("holds_office", "ryan", "speaker", "Speaker Paul Ryan (R-Wis.) responded"),
    F("holds_office", "ryan", "rep_wi1", "Speaker Paul Ryan (R-Wis.) responded"),
    F("party", "ryan", "rep", "Speaker Paul Ryan (R-Wis.) responded"),
    F("holds_office", "nunes", "chair_house_intel", "But House Intelligence Committee Chairman Devin Nunes"),
    F("holds_office", "nunes", "rep_ca22", "But House Intelligence Committee Chairman Devin Nunes"),
    F("party", "nunes", "rep", "But House Intelligence Committee Chairman Devin Nunes"),
    F("holds_office", "schumer", "senate_min_leader", "Senate Minority Leader Chuck Schumer put the onus"),
    F("holds_office", "schumer", "sen_ny", S("Senate Minority Leader Chuck Schumer put the onus", through="The New York Democrat also pushed Trump")),
    F("party", "schumer", "dem", S("Senate Minority Leader Chuck Schumer put the onus", through="The New York Democrat also pushed Trump")),
    F("holds_office", "putin", "pres_ru", "against Russian President Vladimir Putin’s government"),
    F("holds_office", "klobuchar", "sen_mn", _KLOB),
    F("party", "klobuchar", "dem", _KLOB),
    F("holds_office", "mccain", "sen_az", _KLOB),
    F("party", "mccain", "rep", _KLOB),
    F("holds_office", "lankford", "sen_ok", _GOP3),
    F("holds_office", "graham", "sen_sc", _GOP3),
    F("holds_office", "collins", "sen_me", _GOP3),
    F("party", "lankford", "rep", _GOP3),
    F("party", "graham", "rep", _GOP3),
    F("party", "collins", "rep", _GOP3),
    F("holds_office", "sasse", "sen_ne", "was Sen. Ben Sasse of Nebraska"),
    F("party", "sasse", "rep", "Among the handful of fellow Republicans warning about Moscow’s interference was Sen. Ben Sasse of Nebraska."),
]))

# ---------------------------------------------------------------- Fox News, 2018-06-21, House immigration votes
_MEAD = "Rep. Mark Meadows, R-N.C., chairman of the influential conservative House Freedom Caucus"
DOCS.append(("a_2018-06-21_DZdKZjygWaBblVYe.txt", [
    F("holds_office", "trump", "pres_us", "just one day after President Donald Trump signed a surprise executive order"),
    F("holds_office", "scalise", "house_maj_whip", "branded by Majority Whip Steve Scalise, R-La."),
    F("holds_office", "scalise", "rep_la1", "branded by Majority Whip Steve Scalise, R-La."),
    F("party", "scalise", "rep", "branded by Majority Whip Steve Scalise, R-La."),
    F("holds_office", "goodlatte", "chair_house_judiciary", "put together by House Judiciary Chair Rep. Bob Goodlatte, R-Va."),
    F("holds_office", "goodlatte", "rep_va6", "put together by House Judiciary Chair Rep. Bob Goodlatte, R-Va."),
    F("party", "goodlatte", "rep", "put together by House Judiciary Chair Rep. Bob Goodlatte, R-Va."),
    F("holds_office", "meadows", "rep_nc11", _MEAD),
    F("party", "meadows", "rep", [_MEAD, "as both Republicans gestured at one another"]),
    F("holds_office", "ryan", "speaker", "a visibly irate Meadows directly confronted House Speaker Paul Ryan"),
    F("party", "ryan", "rep", "as both Republicans gestured at one another"),
]))

# ---------------------------------------------------------------- Vox, 2018-09-13, Cuomo beats Cynthia Nixon
_WIN = "New York Gov. Andrew Cuomo sealed a large primary victory over progressive challenger Cynthia Nixon"
_CAB = "Cuomo is a two-term incumbent governor who served four years as attorney general before that"
DOCS.append(("a_2018-09-13_ZroFRJ8RX58f9b2i.txt", [
    F("holds_office", "cuomo", "gov_ny", [_WIN, _CAB]),
    F("candidacy", "cuomo", "ny_gov_dem_prim_2018", _WIN),
    F("candidacy", "cnixon", "ny_gov_dem_prim_2018", _WIN),
    F("won", "cuomo", "ny_gov_dem_prim_2018", _WIN),
    F("lost", "cnixon", "ny_gov_dem_prim_2018", [_WIN, "But that wasn’t nearly enough for her to beat him."]),
    F("party", "cuomo", "dem", [_WIN, "subtle enough to not be understood by most voters in New York’s Democratic primaries"]),
    F("party", "cnixon", "dem", [_WIN, "subtle enough to not be understood by most voters in New York’s Democratic primaries"]),
    F("holds_office", "cuomo", "ag_ny", _CAB, former=True),
    F("holds_office", "cuomo", "sec_hud", _CAB, former=True),
    F("holds_office", "bclinton", "pres_us", _CAB, former=True),
    F("endorsement", "dnc", "cuomo", "called in an unusual endorsement from the Democratic National Committee"),
    F("candidacy", "teachout", "ny_ag_dem_prim_2018", "These same groups also rejected Zephyr Teachout’s campaign for attorney general"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "These same groups also rejected Zephyr Teachout’s campaign for attorney general"),
    F("candidacy", "sanders", "us_dem_prim_2016", "even though he didn’t garner anywhere near that support with black voters in 2016"),
    F("holds_office", "deblasio", "mayor_nyc", "Even someone like New York Mayor Bill de Blasio"),
    F("candidacy", "cuomo", "ny_gov_2010", "Cuomo was first elected in 2010"),
    F("won", "cuomo", "ny_gov_2010", "Cuomo was first elected in 2010"),
    F("candidacy", "cuomo", "ny_gov_2014", [_CAB, "Cuomo was first elected in 2010"]),
    F("won", "cuomo", "ny_gov_2014", [_CAB, "Cuomo was first elected in 2010"]),
]))

# ---------------------------------------------------------------- The Hill, 2020-02-07, Iowa caucus debacle
_PB = "The early reported results found former South Bend, Ind., Mayor Pete Buttigieg"
_DWS = "The previous DNC regime, led by Rep. Debbie Wasserman Schultz"
DOCS.append(("a_2020-02-07_wGYOFLZYyMz4tm04.txt", [
    F("holds_office", "sanders", "sen_vt", "between Sen. Bernie Sanders Bernie Sanders"),
    F("candidacy", "sanders", "ia_dem_caucus_2020", [_PB, "when it appears that Sen. Sanders is winning the Iowa caucuses"]),
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", [_PB, "Buttigieg far exceeded expectations in Iowa"]),
    F("candidacy", "sanders", "us_dem_prim_2020", "which is not endorsing in the primary but is supportive of both Sanders"),
    F("candidacy", "buttigieg", "us_dem_prim_2020", "Buttigieg far exceeded expectations in Iowa"),
    F("candidacy", "warren", "us_dem_prim_2020", "which is not endorsing in the primary but is supportive of both Sanders"),
    F("holds_office", "buttigieg", "mayor_sb", _PB, former=True),
    F("party", "buttigieg", "dem", ["Buttigieg far exceeded expectations in Iowa", "The Buttigieg campaign raised concerns with the state party"]),
    F("holds_office", "warren", "sen_ma", "and Sen. Elizabeth Warren Elizabeth Ann Warren"),
    F("party", "warren", "dem", "and Sen. Elizabeth Warren Elizabeth Ann Warren"),
    F("endorsement", "tucker", "sanders", "said Terry Tucker, a Democratic National Committee (DNC) member from Colorado who backs Sanders"),
    F("party", "tucker", "dem", "said Terry Tucker, a Democratic National Committee (DNC) member from Colorado who backs Sanders"),
    F("endorsement", "shepherd", "sanders", "said Jeri Shepherd, a DNC member from Colorado who supports Sanders"),
    F("party", "shepherd", "dem", "said Jeri Shepherd, a DNC member from Colorado who supports Sanders"),
    F("holds_office", "perez", "dnc_chair", ["DNC Chairman Tom Perez Thomas Edward Perez", "It is curious that DNC Chair Perez is calling"]),
    F("holds_office", "dws", "dnc_chair", _DWS, former=True),
    F("holds_office", "dws", "rep_fl23", _DWS),
    F("party", "dws", "dem", _DWS),
    F("candidacy", "sanders", "us_dem_prim_2016", ["since the party’s handling of the 2016 Democratic presidential primary", _DWS]),
    F("candidacy", "hclinton", "us_dem_prim_2016", S("since the party’s handling of the 2016 Democratic presidential primary", through="who was the prohibitive front-runner before Sanders’s astonishing rise.")),
]))

# ---------------------------------------------------------------- The Intercept, 2020-02-26, Our Revolution and super PACs
_NV = "The issue arose most recently during the Nevada debate, when Sen. Elizabeth Warren said"
_PP = "Warren didn’t mention names, but Pete Buttigieg tweeted"
_SP = "The details provided by Our Revolution set it apart from the super PACs blanketing the airwaves"
DOCS.append(("a_2020-02-26_XmALJGdAU4DRoe72.txt", [
    F("candidacy", "warren", "us_dem_prim_2020", [_NV, "only the “two women” in the race didn’t have super PAC support"]),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _NV),
    F("holds_office", "warren", "sen_ma", _NV),
    F("holds_office", "klobuchar", "sen_mn", _NV),
    F("holds_office", "sanders", "sen_vt", "at odds with the Vermont senator’s rejection of money in politics"),
    F("candidacy", "sanders", "us_dem_prim_2020", "Rival presidential candidates have been attacking Sen. Bernie Sanders"),
    F("candidacy", "buttigieg", "us_dem_prim_2020", "Buttigieg, who has more billionaire donors to his presidential campaign than any other Democrat"),
    F("party", "buttigieg", "dem", "Buttigieg, who has more billionaire donors to his presidential campaign than any other Democrat"),
    F("endorsement", "ourrev", "sanders", ["Rival presidential candidates have been attacking Sen. Bernie Sanders",
                                           "explicitly to elect Sanders president"]),
    F("endorsement", "sunrise", "sanders", _PP),
    F("endorsement", "ppb", "sanders", _PP),
    F("endorsement", "votevets", "buttigieg", "a super PAC that supports liberal veterans for public office and is backing Buttigieg"),
    F("holds_office", "buttigieg", "mayor_sb", "has spent $2.1 million airing ads for the former mayor so far", former=True),
    F("holds_office", "turner", "oh_state_sen", "Nina Turner, former Ohio state senator and Sanders campaign co-chair", former=True),
    F("endorsement", "turner", "sanders", "Nina Turner, former Ohio state senator and Sanders campaign co-chair"),
    F("candidacy", "biden", "us_dem_prim_2020", _SP),
    F("holds_office", "biden", "vp_us", _SP, former=True),
    F("endorsement", "persist", "warren", "A super PAC backing Warren, called Persist PAC"),
    F("endorsement", "ktc", "klobuchar", "Kitchen Table Conversations, a super PAC supporting Klobuchar"),
]))

# ---------------------------------------------------------------- Current Events, 2010-10-03, Brazilian presidential election
_BR1 = "Voters in Brazil go to the polls in a presidential election with a runoff election likely"
_BR2 = "Voters in Brazil go to the polls for the second round of the Brazilian presidential election"
_BR2W = S(_BR2, through="Rousseff won 55% of the vote")
DOCS.append(("c_2010-10-03_voters-in-brazil-go-to-the-polls-in-a-pr.txt", [
    F("candidacy", "rousseff", "br_pres_2010_r1", _BR1),
    F("candidacy", "serra", "br_pres_2010_r1", _BR1),
    F("party", "rousseff", "pt_br", [_BR1, "President Dilma Rousseff due to a bribery and corruption scandal involving senior members of the governing Workers' Party"]),
    F("party", "serra", "psdb", _BR1),
    F("candidacy", "rousseff", "br_pres_2010", _BR2),
    F("candidacy", "serra", "br_pres_2010", _BR2),
    F("won", "rousseff", "br_pres_2010", _BR2W, 55),
    F("lost", "serra", "br_pres_2010", _BR2W),
    F("holds_office", "rousseff", "pres_br", ["as President of Brazil Dilma Rousseff's chief of staff",
                                              "Crowds gather throughout Brazil to demand the impeachment of President Dilma Rousseff",
                                              "Brazil's Federal Senate begins the impeachment trial of suspended President Dilma Rousseff.",
                                              "to indict suspended President Dilma Rousseff",
                                              "Cunha is eliminated from the line of succession to President Dilma Rousseff",
                                              "debates whether to suspend and impeach President Dilma Rousseff",
                                              "as part of President Dilma Rousseff's administration",
                                              "impeachment procedures against the President Dilma Rousseff",
                                              "to recommend the impeachment of President Dilma Rousseff"]),
    F("holds_office", "lula", "pres_br", "supporters of ex-president Luiz Inacio Lula da Silva", former=True),
    F("holds_office", "zavascki", "stf_justice", "Supreme Court Justice Teori Zavascki suspends"),
    F("holds_office", "cunha", "pres_chamber_br", "Supreme Court Justice Teori Zavascki suspends"),
    F("holds_office", "mello", "stf_justice", "Marco Aurelio Mello, a Supreme Federal Court judge"),
    F("holds_office", "temer", "vp_br", "Marco Aurelio Mello, a Supreme Federal Court judge"),
    F("candidacy", "rousseff", "br_pres_2014", "to support her re-election in 2014"),
    F("won", "rousseff", "br_pres_2014", "to support her re-election in 2014"),
]))

# ---------------------------------------------------------------- Current Events, 2012-10-02, Georgian parliamentary election
_GE = "President Saakashvili concedes that his party, United National Movement, will move to opposition."
DOCS.append(("c_2012-10-02_the-osce-titles-the-parliamentary-electi.txt", [
    F("holds_office", "saakashvili", "pres_ge", [_GE, "President of Georgia Mikheil Saakashvili names Interior Minister",
                                                 "Aftermath of the 2008 South Ossetia war"]),
    F("party", "saakashvili", "unm", [_GE, "Mikheil Saakashvili's ruling United National Movement party"]),
    F("party", "ivanishvili", "gd", "Bidzina Ivanishvili's new party Georgian Dream"),
    F("holds_office", "ivanishvili", "pm_ge", "Prime Minister Bidzina Ivanishvili and his cabinet are approved"),
    F("holds_office", "merabishvili", "intmin_ge", "President of Georgia Mikheil Saakashvili names Interior Minister"),
    F("holds_office", "merabishvili", "pm_ge", "President of Georgia Mikheil Saakashvili names Interior Minister"),
    F("holds_office", "kaczynski", "pres_pl", "Polish President Lech Kaczynski"),
]))

# ---------------------------------------------------------------- Current Events, 2016-04-09, Wyoming Democratic caucuses
_WY = "Bernie Sanders is projected to win."
_WI = "with Ted Cruz winning the Republican Party contest and Bernie Sanders winning the Democratic Party primary"
_OR = S("Voters in the American state of Oregon have their mail-in ballots counted",
        through="Bernie Sanders is projected to win the Democratic Party race.")
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests"
_MO = "Bernie Sanders concedes the Missouri primary to Hillary Clinton"
_MO2 = "The Republican contest is too close to call as Donald Trump leads Ted Cruz"
_END = "Vermont Senator Bernie Sanders endorses Democratic Party rival Hillary Clinton"
DOCS.append(("c_2016-04-09_registered-democratic-voters-in-the-u-s-.txt", [
    F("candidacy", "sanders", "wy_dem_caucus_2016", S("Registered Democratic voters in the U.S. state of Wyoming gather", through=_WY)),
    F("won", "sanders", "wy_dem_caucus_2016", S("Registered Democratic voters in the U.S. state of Wyoming gather", through=_WY)),
    F("candidacy", "cruz", "wi_rep_prim_2016", _WI),
    F("won", "cruz", "wi_rep_prim_2016", _WI),
    F("party", "cruz", "rep", _WI),
    F("candidacy", "sanders", "wi_dem_prim_2016", _WI),
    F("won", "sanders", "wi_dem_prim_2016", _WI),
    F("candidacy", "hclinton", "us_pres_2016", "presidential election between major party nominees Hillary Clinton and Donald Trump"),
    F("candidacy", "trump", "us_pres_2016", "presidential election between major party nominees Hillary Clinton and Donald Trump"),
    F("endorsement", "sanders", "hclinton", _END),
    F("holds_office", "sanders", "sen_vt", _END),
    F("party", "hclinton", "dem", _END),
    F("candidacy", "sanders", "us_dem_prim_2016", _END),
    F("candidacy", "hclinton", "us_dem_prim_2016", _END),
    F("candidacy", "trump", "or_rep_prim_2016", _OR),
    F("won", "trump", "or_rep_prim_2016", _OR),
    F("party", "trump", "rep", _OR),
    F("candidacy", "sanders", "or_dem_prim_2016", _OR),
    F("won", "sanders", "or_dem_prim_2016", _OR),
    F("candidacy", "hclinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "hclinton", "mo_dem_prim_2016", _MO),
    F("won", "hclinton", "mo_dem_prim_2016", _MO),
    F("lost", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "trump", "mo_rep_prim_2016", [_MO2, "Donald Trump and Hillary Clinton lead in their party's vote"]),
    F("candidacy", "cruz", "mo_rep_prim_2016", [_MO2, "Donald Trump and Hillary Clinton lead in their party's vote"]),
]))

# ---------------------------------------------------------------- Current Events, 2016-07-05, Hungarian migrant-quota referendum
_EU = "German Chancellor Angela Merkel, European Council President Donald Tusk"
DOCS.append(("c_2016-07-05_hungarian-prime-minister-viktor-orba-n-a.txt", [
    F("holds_office", "orban", "pm_hu", ["Hungarian Prime Minister Viktor Orban announces",
                                         "The National Assembly rejects Hungarian Prime Minister Viktor Orban's bill",
                                         "Hungarian Prime Minister Viktor Orban meets with Russian President Vladimir Putin"]),
    F("holds_office", "ader", "pres_hu", "President Janos Ader says"),
    F("holds_office", "putin", "pres_ru", "Hungarian Prime Minister Viktor Orban meets with Russian President Vladimir Putin"),
    F("holds_office", "merkel", "chanc_de", _EU),
    F("holds_office", "tusk", "pres_euco", _EU),
    F("holds_office", "timmermans", "vp_ec", _EU),
    F("holds_office", "davutoglu", "pm_tr", [_EU, "Today's European Union summit with Turkish Prime Minister Ahmet Davutoglu"]),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b15.jsonl")
    (HERE.parent / "annotations" / "b15.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
