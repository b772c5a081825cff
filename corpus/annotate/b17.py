# ruff: noqa: E501
"""Corpus annotation, batch b17 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # Wikidata ids from congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    "Rand Paul": "Q463557",
    "Mitch McConnell": "Q355522",
    "Jeff Merkley": "Q1368405",
    "Walter B. Jones": "Q512537",
    "David Perdue": "Q17402717",
    "Bill Cassidy": "Q861999",
    "John Hoeven": "Q374762",
    "Barack Obama": "Q76",
    "Bernie Sanders": "Q359442",
    "Dave Brat": "Q17160419",
    "Marco Rubio": "Q324546",
    "Ted Cruz": "Q2036942",
    "Donald Trump": "Q22686",
    "Nancy Pelosi": "Q170581",
    "Tim Ryan": "Q513960",
    "Elijah Cummings": "Q934898",
    "Steny Hoyer": "Q516515",
    "James Clyburn": "Q1289889",
    "Marcy Kaptur": "Q436537",
    "Stephen Lynch": "Q2344921",
    "Rodney Frelinghuysen": "Q338190",
    "Paul Gosar": "Q2059832",
    "Mark Meadows": "Q3956796",
    "Debbie Stabenow": "Q241092",
    "Claire McCaskill": "Q22260",
    "Josh Hawley": "Q23020745",
    "Mike Bishop": "Q16196834",
    "Ron Estes": "Q7363747",
    "Ben Ray Luján": "Q324256",
    "Elissa Slotkin": "Q30323721",
    "Sharice Davids": "Q58322868",
    "John James": "Q56027187",
    "Paul Ryan": "Q203966",
    "Alexandria Ocasio-Cortez": "Q55223040",
    "Elizabeth Warren": "Q434706",
    "Darrell Issa": "Q1166592",
    "Ed Royce": "Q1282477",
    "Mimi Walters": "Q6862199",
    "Steve Knight": "Q7613060",
    "Jeff Denham": "Q1686295",
    "Dana Rohrabacher": "Q983055",
    "David Valadao": "Q3528567",
    "Gil Cisneros": "Q54958760",
    "Young Kim": "Q19662859",
    "Alex Padilla": "Q4717593",
    "Cory Booker": "Q1135767",
    "Joe Biden": "Q6279",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.org("southern_partisan", "The Southern Partisan", ["Southern Partisan"])
R.org("cato", "Cato Institute", ["the Cato Institute"])
R.org("kochs", "Koch brothers", ["Koch brothers", "Charles and David Koch"])
R.org("chamber", "U.S. Chamber of Commerce", ["Chamber of Commerce"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("sen_ky", senator("Kentucky"), ["Senator from Kentucky", "Senator"])
O("sen_ga", senator("Georgia"))
O("sen_or", senator("Oregon"))
O("sen_la", senator("Louisiana"), ["senator"])
O("sen_nd", senator("North Dakota"))
O("sen_vt", senator("Vermont"))
O("senate_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("senate_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("sos_ky", state_officer("Secretary of State", "Kentucky"))
O("sos_ga", state_officer("Secretary of State", "Georgia"), ["secretary of state"])
O("rep_ga1", representative("Georgia", 1))
O("rep_ga10", representative("Georgia", 10))
O("rep_ga11", representative("Georgia", 11))
O("rep_nc3", representative("North Carolina", 3))
O("rep_la6", representative("Louisiana", 6))
O("or_house", "Member of the Oregon House of Representatives", ["state Rep."], generic=["State Representative", "Oregon State Representative"])
O("chair_senr", "Chair of the Senate Committee on Energy and Natural Resources", ["chairwoman of the Senate energy committee"],
  generic=["Chair of the Senate Energy Committee", "Chairwoman of the Senate Energy Committee"])
O("gov_oh", governor("Ohio"), ["Ohio governor", "governor"])
O("gov_nj", governor("New Jersey"))
O("sen_tx", senator("Texas"))
O("sen_fl", senator("Florida"), ["Florida senator", "senator"])
O("gov_fl", governor("Florida"), ["Florida governor"])
O("sec_state", "United States Secretary of State", ["secretary of state", "Secretary"],
  generic=["Secretary of State", "U.S. Secretary of State", "Secretary of State of the United States"])
O("pres_ru", head("President", "Russia", "Russian"))
O("rnc_chair", "Chairman of the Republican National Committee", ["Republican National Chairman Committee", "Republican National Committee Chairman"],
  generic=["RNC chair", "RNC Chairman", "Chairman of the RNC", "Republican National Committee Chairman"])
O("speaker", "Speaker of the United States House of Representatives", ["speaker"], generic=["House Speaker", "Speaker of the House", "Speaker"])
O("rnc_conv_chair", "Chairman of the Republican National Convention", ["chairman of the convention"],
  generic=["Chairman of the Republican National Convention", "Republican National Convention chairman", "convention chairman"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  ["party leader", "leader of the House Democratic Caucus"], generic=["House Minority Leader", "Minority Leader", "House Democratic Leader"])
O("house_min_whip", "Minority Whip of the United States House of Representatives", ["whip"], generic=["House Minority Whip", "Minority Whip", "House Democratic Whip"])
O("asst_dem_leader", "Assistant Democratic Leader of the United States House of Representatives", ["assistant leader"],
  generic=["Assistant Democratic Leader", "House Assistant Democratic Leader"])
for _k, _st, _n in (("rep_ca12", "California", 12), ("rep_oh13", "Ohio", 13), ("rep_md7", "Maryland", 7), ("rep_md5", "Maryland", 5),
                    ("rep_sc6", "South Carolina", 6), ("rep_oh9", "Ohio", 9), ("rep_ma8", "Massachusetts", 8), ("rep_nc11", "North Carolina", 11),
                    ("rep_nj11", "New Jersey", 11), ("rep_az4", "Arizona", 4), ("rep_mi8", "Michigan", 8), ("rep_ks4", "Kansas", 4),
                    ("rep_nm3", "New Mexico", 3)):
    O(_k, representative(_st, _n))
O("approps_chair", "Chairman of the House Appropriations Committee", ["House Appropriations Chairman"],
  generic=["House Appropriations Chairman", "Appropriations Chairman", "Chairman of the House Committee on Appropriations"])
O("hfc_chair", "Chairman of the House Freedom Caucus", ["Freedom Caucus Chairman"], generic=["Freedom Caucus Chairman", "Freedom Caucus Chair"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["special counsel"], generic=["Special Counsel"])
O("gov_mi", governor("Michigan"), ["governor"])
O("gov_ks", governor("Kansas"))
O("sos_ks", state_officer("Secretary of State", "Kansas"), ["secretary of state"])
O("ag_mi", state_officer("Attorney General", "Michigan"), ["attorney general"])
O("ag_mo", state_officer("Attorney General", "Missouri"), ["attorney general"])
O("sen_mi", senator("Michigan"), ["senator"])
O("sen_mo", senator("Missouri"), ["Senator"])
O("dccc_chair", "Chairman of the Democratic Congressional Campaign Committee", generic=["DCCC chairman", "DCCC chair"])
O("mi_sen_leader", "Minority Leader of the Michigan Senate", ["state senate leader"], generic=["Michigan Senate Minority Leader"])
O("ks_senate", "Member of the Kansas Senate", ["state senator"], generic=["State Senator", "Kansas State Senator"])
O("detroit_health", "Detroit Health Commissioner", ["Detroit health commissioner"], generic=["Director of the Detroit Health Department"])
O("stl_pros", "Prosecuting Attorney of St. Louis County", ["prosecutor"], generic=["St. Louis County Prosecuting Attorney", "St. Louis County Prosecutor"])
for _k, _n in (("rep_ca39", 39), ("rep_ca45", 45), ("rep_ca25", 25), ("rep_ca10", 10), ("rep_ca48", 48), ("rep_ca49", 49), ("rep_ca21", 21)):
    O(_k, representative("California", _n))
O("sos_ca", state_officer("Secretary of State", "California"))
O("ca_gop_chair", "Chairman of the California Republican Party", ["state GOP Chair"], generic=["California Republican Party Chairman", "California GOP Chair"])
O("ca_assembly", "Member of the California State Assembly", ["state Assemblyman"], generic=["Assemblyman", "California State Assemblyman"])
O("sen_nj", senator("New Jersey"), ["U.S. senator from New Jersey"])
O("sen_ma", senator("Massachusetts"))
O("mayor_newark", mayor("Newark"), ["mayor"])
O("mayor_south_bend", mayor("South Bend"), ["mayor"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts Gov."])
O("vp_us", head("Vice President", "the United States", "U.S."), ["Vice President"])
R.party("greens_at", "The Greens – The Green Alternative", ["The Greens", "Greens", "Green Party", "Green"])
R.party("fpo", "Freedom Party of Austria", ["Freedom Party of Austria", "FPO", "FPÖ"])
R.party("lib_au", "Liberal Party of Australia", ["Liberal Party of Australia", "Liberal Party", "Liberal"])
R.party("alp", "Australian Labor Party", ["Labor Party", "Labor", "Australian Labor Party"])
O("pres_at", head("President", "Austria", "Austrian"))
O("pm_au", head("Prime Minister", "Australia", "Australian"))
O("opp_leader_au", "Leader of the Opposition of Australia", ["opposition leader", "Leader of the Opposition"], generic=["Leader of the Opposition", "Opposition Leader"])
O("lib_leader_au", "Leader of the Liberal Party of Australia", ["leader of the conservative Liberal Party-led Coalition"], generic=["Liberal Party leader", "Leader of the Liberal Party"])
O("pm_jp", head("Prime Minister", "Japan", "Japanese"))
O("gg_au", "Governor-General of Australia", generic=["Governor-General"])
O("nt_justice", "Minister for Justice and Corrections of the Northern Territory", ["Northern Territory's Minister for Justice and Corrections"],
  generic=["Minister for Justice and Corrections", "Northern Territory Minister for Justice"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("ky_sen_prim_2014", "2014 Kentucky Republican U.S. Senate primary", "ocd-division/country:us/state:ky", "2014-05-20", "primary", office="sen_ky")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office="sen_ky")
E("ga_sen_prim_2014", "2014 Georgia Republican U.S. Senate primary", "ocd-division/country:us/state:ga", "2014-05-20", "primary", office="sen_ga")
E("ga_sen_2014", "2014 United States Senate election in Georgia", "ocd-division/country:us/state:ga", "2014-11-04", "general", office="sen_ga")
E("or_sen_prim_2014", "2014 Oregon Republican U.S. Senate primary", "ocd-division/country:us/state:or", "2014-05-20", "primary", office="sen_or")
E("or_sen_2008", "2008 United States Senate election in Oregon", "ocd-division/country:us/state:or", "2008-11-04", "general", office="sen_or")
E("az_gov_2014", "2014 Arizona gubernatorial election", "ocd-division/country:us/state:az", "2014-11-04", "general", office="Governor of Arizona")
E("nc3_prim_2014", "2014 North Carolina's 3rd congressional district Republican primary", "ocd-division/country:us/state:nc/cd:3", "2014-05-06", "primary")
E("la_sen_2014", "2014 United States Senate election in Louisiana (first round)", "ocd-division/country:us/state:la", "2014-11-04", "general", office="sen_la")
E("la_sen_2014_runoff", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_dem_caucus_2016", "2016 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2012-01-03", "primary", office="pres_us")
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("va7_prim_2014", "2014 Virginia's 7th congressional district Republican primary", "ocd-division/country:us/state:va/cd:7", "2014-06-10", "primary")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("ky_sen_2016", "2016 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2016-11-08", "general", office="sen_ky")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("sc_rep_prim_2016", "2016 South Carolina Republican presidential primary", "ocd-division/country:us/state:sc", "2016-02-20", "primary", office="pres_us")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("in_dem_prim_2016", "2016 Indiana Democratic presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_1964", "1964 United States presidential election", "ocd-division/country:us", "1964-11-03", "general", office="pres_us")
for _st, _nm, _d in (("az", "Arizona", "2016-03-22"), ("nc", "North Carolina", "2016-03-15"), ("fl", "Florida", "2016-03-15"),
                     ("oh", "Ohio", "2016-03-15"), ("pa", "Pennsylvania", "2016-04-26")):
    E("%s_dem_prim_2016" % _st, "2016 %s Democratic presidential primary" % _nm, "ocd-division/country:us/state:" + _st, _d, "primary", office="pres_us")
    E("%s_rep_prim_2016" % _st, "2016 %s Republican presidential primary" % _nm, "ocd-division/country:us/state:" + _st, _d, "primary", office="pres_us")
E("house_dem_leader_2016", "2016 House Democratic Caucus leadership election", "ocd-division/country:us", "2016-11-30", "general", office="house_min_leader")
E("house_dem_whip_2016", "2016 House Democratic Caucus whip election", "ocd-division/country:us", "2016-11-30", "general", office="house_min_whip")
E("house_dem_asst_2016", "2016 House Democratic Caucus assistant leader election", "ocd-division/country:us", "2016-11-30", "general", office="asst_dem_leader")
E("house_dem_leader_2010", "2010 House Democratic Caucus leadership election", "ocd-division/country:us", "2010-11-17", "general", office="house_min_leader")
E("mi_gov_dem_prim_2018", "2018 Michigan Democratic gubernatorial primary", "ocd-division/country:us/state:mi", "2018-08-07", "primary", office="gov_mi")
E("mi_gov_2018", "2018 Michigan gubernatorial election", "ocd-division/country:us/state:mi", "2018-11-06", "general", office="gov_mi")
E("ks_gov_dem_prim_2018", "2018 Kansas Democratic gubernatorial primary", "ocd-division/country:us/state:ks", "2018-08-07", "primary", office="gov_ks")
E("ks_gov_rep_prim_2018", "2018 Kansas Republican gubernatorial primary", "ocd-division/country:us/state:ks", "2018-08-07", "primary", office="gov_ks")
E("ks_gov_2018", "2018 Kansas gubernatorial election", "ocd-division/country:us/state:ks", "2018-11-06", "general", office="gov_ks")
E("mi_sen_rep_prim_2018", "2018 Michigan Republican U.S. Senate primary", "ocd-division/country:us/state:mi", "2018-08-07", "primary", office="sen_mi")
E("mi_sen_2018", "2018 United States Senate election in Michigan", "ocd-division/country:us/state:mi", "2018-11-06", "general", office="sen_mi")
E("mi8_2018", "2018 Michigan's 8th congressional district election", "ocd-division/country:us/state:mi/cd:8", "2018-11-06", "general")
E("ks3_dem_prim_2018", "2018 Kansas's 3rd congressional district Democratic primary", "ocd-division/country:us/state:ks/cd:3", "2018-08-07", "primary")
E("ks4_dem_prim_2018", "2018 Kansas's 4th congressional district Democratic primary", "ocd-division/country:us/state:ks/cd:4", "2018-08-07", "primary")
E("ks4_2018", "2018 Kansas's 4th congressional district election", "ocd-division/country:us/state:ks/cd:4", "2018-11-06", "general")
E("mo_sen_2018", "2018 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2018-11-06", "general", office="sen_mo")
E("mo_sen_2012", "2012 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2012-11-06", "general", office="sen_mo")
E("stl_pros_dem_prim_2018", "2018 St. Louis County Prosecuting Attorney Democratic primary", "ocd-division/country:us/state:mo/county:st._louis", "2018-08-07", "primary")
for _k, _n in (("ca39_2018", 39), ("ca45_2018", 45), ("ca25_2018", 25), ("ca10_2018", 10), ("ca48_2018", 48), ("ca21_2018", 21)):
    E(_k, "2018 California's %dth congressional district election" % _n if _n != 21 else "2018 California's 21st congressional district election",
      "ocd-division/country:us/state:ca/cd:%d" % _n, "2018-11-06", "general")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("nj_sen_2020", "2020 United States Senate election in New Jersey", "ocd-division/country:us/state:nj", "2020-11-03", "general", office="sen_nj")
E("at_pres_2016_r1", "2016 Austrian presidential election (first round)", "ocd-division/country:at", "2016-04-24", "general", office="pres_at")
E("at_pres_2016", "2016 Austrian presidential election (second round)", "ocd-division/country:at", "2016-05-22", "runoff", office="pres_at")
E("dc_dem_prim_2016", "2016 District of Columbia Democratic presidential primary", "ocd-division/country:us/district:dc", "2016-06-14", "primary", office="pres_us")
E("sc_dem_prim_2016", "2016 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc", "2016-02-27", "primary", office="pres_us")
E("au_2016", "2016 Australian federal election", "ocd-division/country:au", "2016-07-02", "general")
E("lib_au_leader_2015", "2015 Liberal Party of Australia leadership spill", "ocd-division/country:au", "2015-09-14", "general", office="lib_leader_au")

# ---------------------------------------------------------------- people
P = R.person
P("ronpaul", "Ron Paul", ["Paul", "Ron Paul"])
P("randpaul", "Rand Paul", ["Rand Paul", "Paul", "Senator Rand Paul"])
P("walsh", "Brian Walsh", [])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("bevin", "Matt Bevin", ["Bevin"])
P("grimes", "Alison Lundergan Grimes", ["Lundergan Grimes", "Grimes"])
P("bclinton", "Bill Clinton", ["Clinton"], qid="Q1124")
P("chambliss", "Saxby Chambliss", [])
P("perdue", "David Perdue", ["Perdue"])
P("kingston", "Jack Kingston", ["Kingston", "Rep. Jack Kingston"])
P("handel", "Karen Handel", [])
P("palin", "Sarah Palin", [])
P("nunn", "Michelle Nunn", ["Nunn"])
P("broun", "Paul Broun", [])
P("gingrey", "Phil Gingrey", [])
P("wehby", "Monica Wehby", ["Wehby"])
P("conger", "Jason Conger", [])
P("merkley", "Jeff Merkley", ["Merkley", "Merkely"])
P("duval", "Fred DuVal", ["DuVal"])
P("griffin", "Taylor Griffin", ["Griffin"])
P("wjones", "Walter Jones", ["Walter Jones"], qkey="Walter B. Jones")
P("landrieu", "Mary Landrieu", ["Landrieu", "Sen. Landrieu", "Sen. Mary Landrieu"])
P("cassidy", "Bill Cassidy", ["Cassidy", "Rep. Bill Cassidy"])
P("obama", "Barack Obama", ["Obama", "President Obama"])
P("hoeven", "John Hoeven", ["Sen. John Hoeven"])
P("reid", "Harry Reid", ["Reid"])
P("jbush", "Jeb Bush", ["Bush", "Jeb", "Jeb Bush"])
P("trump", "Donald Trump", ["Trump", "Donald Trump", "Mr. Trump"])
P("clinton", "Hillary Clinton", ["Clinton", "Hillary", "Hillary Rodham Clinton", "Mrs. Clinton"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Sen. Bernie Sanders", "Bernie"])
P("brat", "David Brat", ["Brat", "Dave Brat"], qkey="Dave Brat")
P("cantor", "Eric Cantor", ["Cantor"])
P("romney", "Mitt Romney", ["Romney"], qid="Q4496")
P("santorum", "Rick Santorum", ["Santorum"])
P("rubio", "Marco Rubio", ["Rubio"])
P("gilmore", "Jim Gilmore", [])
P("omalley", "Martin O'Malley", ["O'Malley"])
P("cruz", "Ted Cruz", ["Cruz"])
P("carson", "Ben Carson", ["Carson"])
P("christie", "Chris Christie", ["Christie"])
P("kasich", "John Kasich", ["Kasich", "Ohio Gov. Kasich", "Ohio Gov. John Kasich"])
P("fiorina", "Carly Fiorina", ["Fiorina"])
P("putin", "Vladimir Putin", ["Putin"], qid="Q7747")
P("perkins", "Tony Perkins", ["Perkins"])
P("dobson", "James Dobson", [])
P("priebus", "Reince Priebus", [])
P("chclinton", "Chelsea Clinton", [])
P("ryan", "Paul Ryan", ["Mr. Ryan", "Ryan"])
P("warren", "Elizabeth Warren", [])
P("weingarten", "Randi Weingarten", ["Weingarten"])
P("goldwater", "Barry Goldwater", [])
P("pelosi", "Nancy Pelosi", ["Pelosi", "Mrs. Pelosi", "Rep. Nancy Pelosi"])
P("tryan", "Tim Ryan", ["Mr. Ryan", "Rep. Tim Ryan"])
P("cummings", "Elijah Cummings", ["Elijah E. Cummings", "Rep. Elijah E. Cummings"])
P("hoyer", "Steny Hoyer", ["Steny H. Hoyer", "Rep. Steny H. Hoyer"])
P("clyburn", "James Clyburn", ["James E. Clyburn", "Rep. James E. Clyburn"])
P("kaptur", "Marcy Kaptur", ["Ms. Kaptur", "Rep. Marcy Kaptur"])
P("lynch", "Stephen Lynch", ["Stephen F. Lynch", "Rep. Stephen F. Lynch"])
P("shuler", "Heath Shuler", ["Rep. Heath Shuler"])
P("frelinghuysen", "Rodney Frelinghuysen", ["Frelinghuysen"])
P("gosar", "Paul Gosar", ["Gosar", "Rep. Paul Gosar"])
P("meadows", "Mark Meadows", ["Meadows"])
P("mueller", "Robert Mueller", ["Mueller"])
P("whitmer", "Gretchen Whitmer", ["Whitmer"])
P("lkelly", "Laura Kelly", ["Kelly", "faceKelly"])
P("colyer", "Jeff Colyer", ["Colyer"])
P("brownback", "Sam Brownback", ["Brownback"])
P("kobach", "Kris Kobach", ["Kobach"])
P("elsayed", "Abdul El-Sayed", ["El-Sayed"])
P("thanedar", "Shri Thanedar", [])
P("schuette", "Bill Schuette", [])
P("snyder", "Rick Snyder", [])
P("jjames", "John James", ["James"])
P("stabenow", "Debbie Stabenow", [])
P("slotkin", "Elissa Slotkin", [])
P("bishop", "Mike Bishop", [])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"])
P("welder", "Brent Welder", [])
P("davids", "Sharice Davids", [])
P("thompson", "James Thompson", [])
P("estes", "Ron Estes", [])
P("mccaskill", "Claire McCaskill", ["McCaskill", "Senator Claire McCaskill"])
P("hawley", "Josh Hawley", [])
P("akin", "Todd Akin", [])
P("mcculloch", "Bob McCulloch", [])
P("bell", "Wesley Bell", ["Bell"])
P("lujan", "Ben Ray Luján", [])
P("padilla", "Alex Padilla", ["Padilla"])
P("steel", "Shawn Steel", ["Steel"])
P("ykim", "Young Kim", ["Kim"])
P("cisneros", "Gil Cisneros", [])
P("royce", "Ed Royce", [])
P("donnelly", "Tim Donnelly", [])
P("walters", "Mimi Walters", [])
P("knight", "Steve Knight", [])
P("denham", "Jeff Denham", [])
P("rohrabacher", "Dana Rohrabacher", [])
P("issa", "Darrell Issa", [])
P("valadao", "David Valadao", [])
P("cox", "TJ Cox", [])
P("south", "Garry South", ["South"])
P("stutzman", "Rob Stutzman", ["Stutzman"])
P("booker", "Cory Booker", ["Booker", "Sen. Cory Booker"])
P("patrick", "Deval Patrick", [])
P("buttigieg", "Pete Buttigieg", [])
P("biden", "Joe Biden", [])
P("vdb", "Alexander Van der Bellen", ["Van der Bellen"])
P("hofer", "Norbert Hofer", ["Hofer"])
P("griss", "Irmgard Griss", [])
P("hfischer", "Heinz Fischer", [])
P("klestil", "Thomas Klestil", [])
P("gjohnson", "Gary Johnson", [])
P("stein", "Jill Stein", [])
P("turnbull", "Malcolm Turnbull", ["Turnbull"])
P("shorten", "Bill Shorten", ["Shorten"])
P("abbott", "Tony Abbott", [])
P("abe", "Shinzo Abe", [])
P("bryce", "Quentin Bryce", ["Mrs. Quentin Bryce"])
P("elferink", "John Elferink", [])

DOCS = []

# ---------------------------------------------------------------- a_2014-01-30 (Salon-style opinion, libertarians / nullification)
DOCS.append(("a_2014-01-30_2s8D8h2WLo846vPd.txt", [
    F("endorsement", "southern_partisan", "ronpaul", "endorsed Paul’s 2008 presidential campaign"),
    F("candidacy", "ronpaul", "us_rep_prim_2008", "endorsed Paul’s 2008 presidential campaign"),
    F("party", "randpaul", "rep", "Ron Paul’s son, Rand Paul (R-KY)"),
    F("holds_office", "randpaul", "sen_ky", "Ron Paul’s son, Rand Paul (R-KY)"),
    F("funding", "kochs", "cato", "Koch brothers-funded think-tank, the Cato Institute"),
]))

# ---------------------------------------------------------------- a_2014-05-20 (Senate primaries KY, GA, OR)
_GA5 = S("In the open seat in Georgia to replace retiring GOP Sen. Saxby Chambliss")
DOCS.append(("a_2014-05-20_ZcsJsO1fT3ppO5kK.txt", [
    F("party", "walsh", "rep", "GOP strategist Brian Walsh"),
    F("holds_office", "mcconnell", "senate_min_leader", "the primary challenge to Senate Minority Leader Mitch McConnell in Kentucky"),
    F("holds_office", "mcconnell", "sen_ky", "the primary challenge to Senate Minority Leader Mitch McConnell in Kentucky"),
    F("candidacy", "mcconnell", "ky_sen_prim_2014", "the primary challenge to Senate Minority Leader Mitch McConnell in Kentucky"),
    F("candidacy", "bevin", "ky_sen_prim_2014", "landslide victory over tea party businessman Matt Bevin"),
    F("party", "mcconnell", "rep", "If more than 40 percent of the GOP primary electorate is against [McConnell] now"),
    F("party", "bevin", "rep", ["landslide victory over tea party businessman Matt Bevin", "The most closely watched contest Tuesday is the primary challenge"]),
    F("candidacy", "mcconnell", "ky_sen_2014", "in the general election when he will face off against Kentucky Democratic Secretary of State"),
    F("candidacy", "grimes", "ky_sen_2014", "in the general election when he will face off against Kentucky Democratic Secretary of State"),
    F("party", "grimes", "dem", "in the general election when he will face off against Kentucky Democratic Secretary of State"),
    F("holds_office", "grimes", "sos_ky", "in the general election when he will face off against Kentucky Democratic Secretary of State"),
    F("endorsement", "bclinton", "grimes", "with Clinton support already backing her"),
    F("poll", "grimes", "ky_sen_2014", "with Grimes at 43 percent and McConnell at 42 percent", 43, pollster="SurveyUSA"),
    F("poll", "mcconnell", "ky_sen_2014", "with Grimes at 43 percent and McConnell at 42 percent", 42, pollster="SurveyUSA"),
    F("holds_office", "chambliss", "sen_ga", "to replace retiring GOP Sen. Saxby Chambliss"),
    F("party", "chambliss", "rep", "to replace retiring GOP Sen. Saxby Chambliss"),
    F("candidacy", "perdue", "ga_sen_prim_2014", [_GA5, "Businessman David Perdue, who is making his first foray"]),
    F("candidacy", "kingston", "ga_sen_prim_2014", [_GA5, "Businessman David Perdue, who is making his first foray"]),
    F("candidacy", "handel", "ga_sen_prim_2014", [_GA5, "Kingston looks to be competing for second place with former secretary of state Karen Handel"]),
    F("candidacy", "broun", "ga_sen_prim_2014", [_GA5, "Reps. Paul Broun and Phil Gingrey, far right candidates"]),
    F("candidacy", "gingrey", "ga_sen_prim_2014", [_GA5, "Reps. Paul Broun and Phil Gingrey, far right candidates"]),
    F("party", "perdue", "rep", [_GA5, "Businessman David Perdue, who is making his first foray"]),
    F("party", "kingston", "rep", [_GA5, "Businessman David Perdue, who is making his first foray"]),
    F("party", "handel", "rep", [_GA5, "Kingston looks to be competing for second place with former secretary of state Karen Handel"]),
    F("party", "broun", "rep", [_GA5, "Reps. Paul Broun and Phil Gingrey, far right candidates"]),
    F("party", "gingrey", "rep", [_GA5, "Reps. Paul Broun and Phil Gingrey, far right candidates"]),
    F("endorsement", "chamber", "kingston", "Chamber of Commerce-backed Rep. Jack Kingston"),
    F("holds_office", "kingston", "rep_ga1", "Chamber of Commerce-backed Rep. Jack Kingston"),
    F("holds_office", "handel", "sos_ga", "former secretary of state Karen Handel", former=True),
    F("endorsement", "palin", "handel", "Karen Handel who is a favorite of Sarah Palin"),
    F("candidacy", "nunn", "ga_sen_2014", "the Democratic recruit, businesswoman Michelle Nunn, is a first-time candidate"),
    F("party", "nunn", "dem", "the Democratic recruit, businesswoman Michelle Nunn, is a first-time candidate"),
    F("holds_office", "broun", "rep_ga10", "Reps. Paul Broun and Phil Gingrey, far right candidates"),
    F("holds_office", "gingrey", "rep_ga11", "Reps. Paul Broun and Phil Gingrey, far right candidates"),
    F("candidacy", "wehby", "or_sen_prim_2014", "Monica Wehby, who is facing off against state Rep. Jason Conger"),
    F("candidacy", "conger", "or_sen_prim_2014", "Monica Wehby, who is facing off against state Rep. Jason Conger"),
    F("party", "wehby", "rep", "Republicans are keeping a close eye on the fortunes of pediatric neurosurgeon Monica Wehby"),
    F("party", "conger", "rep", ["Republicans are keeping a close eye on the fortunes of pediatric neurosurgeon Monica Wehby", "Hard fought primaries in Kentucky, Georgia, and Oregon"]),
    F("holds_office", "conger", "or_house", "Monica Wehby, who is facing off against state Rep. Jason Conger"),
    F("holds_office", "merkley", "sen_or", "Wehby would go on to challenge Democratic Sen. Jeff Merkley"),
    F("party", "merkley", "dem", "Wehby would go on to challenge Democratic Sen. Jeff Merkley"),
    F("candidacy", "merkley", "or_sen_2008", "Wehby would go on to challenge Democratic Sen. Jeff Merkley who narrowly won in 2008"),
    F("won", "merkley", "or_sen_2008", "Wehby would go on to challenge Democratic Sen. Jeff Merkley who narrowly won in 2008"),
]))

# ---------------------------------------------------------------- a_2014-11-02 (Fox, fundraising emails)
DOCS.append(("a_2014-11-02_PbFpvpM9o33loEqp.txt", [
    F("candidacy", "duval", "az_gov_2014", "the campaign for Arizona Democratic gubernatorial candidate Fred DuVal"),
    F("party", "duval", "dem", "the campaign for Arizona Democratic gubernatorial candidate Fred DuVal"),
    F("candidacy", "griffin", "nc3_prim_2014", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("candidacy", "wjones", "nc3_prim_2014", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("lost", "griffin", "nc3_prim_2014", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("won", "wjones", "nc3_prim_2014", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("party", "griffin", "rep", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("party", "wjones", "rep", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
    F("holds_office", "wjones", "rep_nc3", "who lost a close GOP primary this summer to North Carolina Rep. Walter Jones"),
]))

# ---------------------------------------------------------------- a_2014-11-13 (Fox, Landrieu / Cassidy Keystone)
_TRAIL = "Landrieu, who is thought to be trailing Cassidy ahead of their Dec. 6 runoff election"
DOCS.append(("a_2014-11-13_WZA1RHKEW7c3fC0k.txt", [
    F("holds_office", "landrieu", "sen_la", "Sen. Mary Landrieu is looking for a win-win"),
    F("candidacy", "landrieu", "la_sen_2014_runoff", ["Sen. Mary Landrieu is looking for a win-win", "The senator is facing Republican Rep. Bill Cassidy after being forced into the runoff"]),
    F("candidacy", "cassidy", "la_sen_2014_runoff", "The senator is facing Republican Rep. Bill Cassidy after being forced into the runoff"),
    F("candidacy", "landrieu", "la_sen_2014", S("in order to boost Landrieu ahead of the runoff election.", through="neither got more than 50 percent of the vote last week.)")),
    F("candidacy", "cassidy", "la_sen_2014", ["(The two rivals are heading to a runoff because neither got more than 50 percent", "The senator is facing Republican Rep. Bill Cassidy after being forced into the runoff"]),
    F("party", "cassidy", "rep", "The senator is facing Republican Rep. Bill Cassidy after being forced into the runoff"),
    F("holds_office", "cassidy", "rep_la6", "The senator is facing Republican Rep. Bill Cassidy after being forced into the runoff"),
    F("party", "landrieu", "dem", "Senate Democrats were considering bringing the pipeline to a vote in order to boost Landrieu"),
    F("holds_office", "obama", "pres_us", "traveling with President Obama in Burma"),
    F("holds_office", "hoeven", "sen_nd", "Sen. John Hoeven, R-N.D."),
    F("party", "hoeven", "rep", "Sen. John Hoeven, R-N.D."),
    F("holds_office", "landrieu", "chair_senr", "her tenure as chairwoman of the Senate energy committee"),
    F("holds_office", "reid", "senate_maj_leader", "Clearly (Senate Majority Leader Harry) Reid"),
    F("poll", "cassidy", "la_sen_2014_runoff", ["A Real Clear Politics average of recent polls has the senator trailing her rival", _TRAIL], pollster="Real Clear Politics"),
]))

# ---------------------------------------------------------------- a_2016-01-15 (Tribune column, money in politics)
_IA = "She's losing ground to Sen. Bernie Sanders in both Iowa and New Hampshire."
_IAC = S("But surely Hillary Clinton", through=_IA)
DOCS.append(("a_2016-01-15_cWAOCIaiJ4Omvqvi.txt", [
    F("candidacy", "jbush", "us_rep_prim_2016", "Jeb Bush's almost effortless stroll to the Republican nomination"),
    F("party", "jbush", "rep", "Jeb Bush's almost effortless stroll to the Republican nomination"),
    F("candidacy", "trump", "us_rep_prim_2016", "Trump has spent less than any other major candidate."),
    F("party", "trump", "rep", ["Trump has spent less than any other major candidate.", "Jeb Bush's almost effortless stroll to the Republican nomination"]),
    F("candidacy", "clinton", "us_dem_prim_2016", S("has bought herself the nomination?", through=_IA)),
    F("candidacy", "clinton", "ia_dem_caucus_2016", _IAC),
    F("candidacy", "clinton", "nh_dem_prim_2016", _IAC),
    F("candidacy", "sanders", "ia_dem_caucus_2016", _IA),
    F("candidacy", "sanders", "nh_dem_prim_2016", _IA),
    F("holds_office", "sanders", "sen_vt", _IA),
    F("candidacy", "sanders", "us_dem_prim_2016", S("You'd think that if the", through="shot at the Democratic presidential nomination.")),
    F("party", "clinton", "dem", [_IA, "shot at the Democratic presidential nomination"]),
    F("candidacy", "brat", "va7_prim_2014", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("candidacy", "cantor", "va7_prim_2014", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("won", "brat", "va7_prim_2014", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("lost", "cantor", "va7_prim_2014", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("party", "cantor", "rep", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("party", "brat", "rep", "David Brat, an unknown academic, defeated the second most powerful Republican in Congress"),
    F("holds_office", "cantor", "house_maj_leader", "then-House Majority Leader Eric Cantor", former=True),
    F("candidacy", "obama", "us_pres_2012", "Barack Obama beat Mitt Romney and his plutocrat pals"),
    F("candidacy", "romney", "us_pres_2012", "Barack Obama beat Mitt Romney and his plutocrat pals"),
    F("won", "obama", "us_pres_2012", "Barack Obama beat Mitt Romney and his plutocrat pals"),
    F("lost", "romney", "us_pres_2012", "Barack Obama beat Mitt Romney and his plutocrat pals"),
    F("holds_office", "obama", "pres_us", "President Obama insists that the"),
]))

# ---------------------------------------------------------------- a_2016-02-04 (USA Today, For the Record)
_OUT = S("Two more Republican candidates dropped out of the race Wednesday", through="also suspended his campaign.")
DOCS.append(("a_2016-02-04_laBI4PdGhKkNALIw.txt", [
    F("candidacy", "randpaul", "us_rep_prim_2016", _OUT),
    F("candidacy", "santorum", "us_rep_prim_2016", _OUT),
    F("candidacy", "gilmore", "us_rep_prim_2016", _OUT),
    F("party", "randpaul", "rep", _OUT),
    F("party", "santorum", "rep", _OUT),
    F("party", "gilmore", "rep", _OUT),
    F("holds_office", "randpaul", "sen_ky", "Senator Rand Paul is out"),
    F("won", "santorum", "ia_rep_caucus_2012", "2012 Iowa Caucus winner Rick Santorum"),
    F("candidacy", "santorum", "ia_rep_caucus_2012", "2012 Iowa Caucus winner Rick Santorum"),
    F("endorsement", "santorum", "rubio", "Santorum threw his 0.4% worth of influence at Marco Rubio"),
    F("candidacy", "rubio", "us_rep_prim_2016", "Santorum threw his 0.4% worth of influence at Marco Rubio"),
    F("candidacy", "randpaul", "ky_sen_2016", "he returns to Kentucky to focus full-time on his re-election campaign for Senate"),
    F("candidacy", "clinton", "ia_dem_caucus_2016", "the official results say Hillary Clinton edged Sanders by 0.29%"),
    F("candidacy", "sanders", "ia_dem_caucus_2016", "the official results say Hillary Clinton edged Sanders by 0.29%"),
    F("won", "clinton", "ia_dem_caucus_2016", "the official results say Hillary Clinton edged Sanders by 0.29%"),
    F("lost", "sanders", "ia_dem_caucus_2016", "the official results say Hillary Clinton edged Sanders by 0.29%"),
    F("party", "clinton", "dem", "the official results say Hillary Clinton edged Sanders by 0.29%"),
    F("candidacy", "omalley", "ia_dem_caucus_2016", "O'Malley, who dropped out of the race following the Iowa caucuses"),
    F("candidacy", "omalley", "us_dem_prim_2016", "O'Malley, who dropped out of the race following the Iowa caucuses"),
    F("party", "omalley", "dem", S("There's another Democratic debate tonight", through="will see no significant decrease in speaking time.")),
    F("candidacy", "clinton", "us_dem_prim_2016", "this time with only Hillary and Bernie on the stage"),
    F("candidacy", "sanders", "us_dem_prim_2016", "this time with only Hillary and Bernie on the stage"),
    F("candidacy", "trump", "ia_rep_caucus_2016", "Trump is insisting actually won the caucuses"),
    F("candidacy", "cruz", "ia_rep_caucus_2016", "Experts are suggesting it was a strong get-out-the-vote effort by Cruz"),
    F("candidacy", "carson", "ia_rep_caucus_2016", "Ted Cruz staffers spreading rumors that Ben Carson was dropping out of the race"),
    F("party", "trump", "rep", "On the Republican side, Donald Trump is calling for a complete do-over"),
    F("party", "cruz", "rep", "On the Republican side, Donald Trump is calling for a complete do-over"),
    F("party", "carson", "rep", "On the Republican side, Donald Trump is calling for a complete do-over"),
    F("candidacy", "trump", "us_rep_prim_2016", "On the Republican side, Donald Trump is calling for a complete do-over"),
    F("candidacy", "cruz", "us_rep_prim_2016", "On the Republican side, Donald Trump is calling for a complete do-over"),
    F("candidacy", "carson", "us_rep_prim_2016", "On the Republican side, Donald Trump is calling for a complete do-over"),
]))
# ---------------------------------------------------------------- a_2016-02-09 (Fox, New Hampshire primary midnight vote)
_NHR = S("And on the Republican side, nearly a half-dozen candidates are battling for position behind Donald Trump")
_NHV = S("With votes in from residents of Dixville Notch", through="each garnered one vote.")
_IAR = "Trump saved his harshest attacks Monday for Bush as well as Cruz, who bested him in Iowa."
_LB = "looking for redemption after missing the leaderboard entirely last week"
_CF = "Carson and Fiorina also are looking to do better than they did in Iowa"
DOCS.append(("a_2016-02-09_svJWnKykiRysYRma.txt", [
    F("holds_office", "sanders", "sen_vt", "Sen. Bernie Sanders of next-door Vermont is looking to rebound"),
    F("candidacy", "sanders", "nh_dem_prim_2016", ["Sen. Bernie Sanders of next-door Vermont is looking to rebound", "On the Democratic side, Sanders led Clinton by 17 votes to 9."]),
    F("candidacy", "clinton", "nh_dem_prim_2016", ["Sen. Bernie Sanders of next-door Vermont is looking to rebound", "On the Democratic side, Sanders led Clinton by 17 votes to 9."]),
    F("candidacy", "sanders", "ia_dem_caucus_2016", "Sen. Bernie Sanders of next-door Vermont is looking to rebound from his narrow Iowa loss"),
    F("lost", "sanders", "ia_dem_caucus_2016", "Sen. Bernie Sanders of next-door Vermont is looking to rebound from his narrow Iowa loss"),
    F("candidacy", "clinton", "ia_dem_caucus_2016", ["Sen. Bernie Sanders of next-door Vermont is looking to rebound from his narrow Iowa loss", "In the two-person Democratic race, Sanders has held an advantage"]),
    F("won", "clinton", "ia_dem_caucus_2016", ["Sen. Bernie Sanders of next-door Vermont is looking to rebound from his narrow Iowa loss", "In the two-person Democratic race, Sanders has held an advantage"]),
    F("party", "clinton", "dem", "On the Democratic side, Sanders led Clinton by 17 votes to 9."),
    F("candidacy", "sanders", "us_dem_prim_2016", "In the two-person Democratic race, Sanders has held an advantage"),
    F("candidacy", "clinton", "us_dem_prim_2016", "In the two-person Democratic race, Sanders has held an advantage"),
    F("holds_office", "clinton", "sec_state", "that are seen as more hospitable to the former secretary of state", former=True),
    F("candidacy", "trump", "nh_rep_prim_2016", [_NHR, _NHV]),
    F("candidacy", "christie", "nh_rep_prim_2016", [_NHR, _NHV]),
    F("candidacy", "jbush", "nh_rep_prim_2016", [_NHR, _NHV]),
    F("candidacy", "kasich", "nh_rep_prim_2016", [_NHR, _NHV]),
    F("candidacy", "cruz", "nh_rep_prim_2016", _NHV),
    F("candidacy", "rubio", "nh_rep_prim_2016", _NHV),
    F("candidacy", "carson", "nh_rep_prim_2016", _NHV),
    F("candidacy", "fiorina", "nh_rep_prim_2016", _NHV),
    F("party", "trump", "rep", _NHR),
    F("party", "christie", "rep", _NHR),
    F("party", "jbush", "rep", _NHR),
    F("party", "kasich", "rep", _NHR),
    F("party", "cruz", "rep", _NHV),
    F("party", "rubio", "rep", [_NHV, "Saturday night’s Republican debate would be enough to bring the surging freshman Florida senator"]),
    F("party", "carson", "rep", _NHV),
    F("party", "fiorina", "rep", _NHV),
    F("candidacy", "trump", "us_rep_prim_2016", "With Trump leading the Republican race by double digits in most polls"),
    F("candidacy", "rubio", "us_rep_prim_2016", "the relentless attacks against Rubio during and after Saturday night’s Republican debate"),
    F("holds_office", "kasich", "gov_oh", _NHV),
    F("holds_office", "cruz", "sen_tx", _NHV),
    F("holds_office", "christie", "gov_nj", _NHV),
    F("holds_office", "rubio", "sen_fl", _NHV),
    F("holds_office", "jbush", "gov_fl", _NHV, former=True),
    F("candidacy", "cruz", "ia_rep_caucus_2016", _IAR),
    F("candidacy", "trump", "ia_rep_caucus_2016", _IAR),
    F("won", "cruz", "ia_rep_caucus_2016", _IAR),
    F("lost", "trump", "ia_rep_caucus_2016", _IAR),
    F("candidacy", "christie", "ia_rep_caucus_2016", _LB),
    F("candidacy", "jbush", "ia_rep_caucus_2016", _LB),
    F("candidacy", "kasich", "ia_rep_caucus_2016", _LB),
    F("lost", "christie", "ia_rep_caucus_2016", [_LB, _IAR]),
    F("lost", "jbush", "ia_rep_caucus_2016", [_LB, _IAR]),
    F("lost", "kasich", "ia_rep_caucus_2016", [_LB, _IAR]),
    F("candidacy", "carson", "ia_rep_caucus_2016", _CF),
    F("candidacy", "fiorina", "ia_rep_caucus_2016", _CF),
    F("lost", "carson", "ia_rep_caucus_2016", [_CF, _IAR]),
    F("lost", "fiorina", "ia_rep_caucus_2016", [_CF, _IAR]),
    F("holds_office", "putin", "pres_ru", "[Russian President] Vladimir Putin"),
    F("holds_office", "obama", "pres_us", "continued to repeat his criticism of President Obama"),
    F("holds_office", "kasich", "gov_oh", "touting his economic record as governor"),
    F("holds_office", "jbush", "gov_fl", "compared to Bush's two terms as Florida governor", former=True),
]))

# ---------------------------------------------------------------- a_2016-02-21 (Politico, Cruz after South Carolina)
_SC = "a disappointing third-place finish in South Carolina"
_SC2 = "of Cruz’s finish behind Trump and Marco Rubio"
DOCS.append(("a_2016-02-21_iIvhoSTy9r8p3d9I.txt", [
    F("candidacy", "cruz", "sc_rep_prim_2016", _SC),
    F("lost", "cruz", "sc_rep_prim_2016", _SC),
    F("candidacy", "trump", "sc_rep_prim_2016", [_SC, _SC2]),
    F("candidacy", "rubio", "sc_rep_prim_2016", _SC2),
    F("won", "trump", "sc_rep_prim_2016", [_SC, _SC2]),
    F("lost", "rubio", "sc_rep_prim_2016", [_SC, _SC2]),
    F("candidacy", "cruz", "us_rep_prim_2016", "Ted Cruz has long insisted he is the only candidate capable of uniting the conservative base"),
    F("candidacy", "trump", "us_rep_prim_2016", "We are the only campaign that has beaten and can beat Donald Trump."),
    F("candidacy", "rubio", "us_rep_prim_2016", "That’s certainly not in the cards for Rubio, who stands to be a major beneficiary"),
    F("candidacy", "jbush", "us_rep_prim_2016", "Jeb Bush’s Saturday night exit from the race"),
    F("candidacy", "carson", "us_rep_prim_2016", "And Ben Carson, who is a longshot candidate"),
    F("holds_office", "cruz", "sen_tx", "Sen. Cruz has been and continues to be a stalwart champion"),
    F("holds_office", "rubio", "sen_fl", "also for Sen. Rubio, the evangelical vote"),
    F("endorsement", "perkins", "cruz", S("from Tony Perkins, the head of the Family Research Council", through="Many of them are supporting Cruz")),
    F("endorsement", "dobson", "cruz", S("from Tony Perkins, the head of the Family Research Council", through="Many of them are supporting Cruz")),
    F("candidacy", "cruz", "ia_rep_caucus_2016", "propel Cruz to a victory in Iowa"),
    F("won", "cruz", "ia_rep_caucus_2016", "propel Cruz to a victory in Iowa"),
    F("candidacy", "cruz", "nh_rep_prim_2016", "propel Cruz to a victory in Iowa and a respectable third-place showing"),
    F("lost", "cruz", "nh_rep_prim_2016", "propel Cruz to a victory in Iowa and a respectable third-place showing"),
]))

# ---------------------------------------------------------------- a_2016-05-03 (USA Today, Indiana primary preview)
_MAR = "An NBC News/Wall Street Journal/Marist poll released Sunday gave Trump a lead of 49%-34% over Cruz."
_DEL = S("Indiana offers 57 Republican delegates", through="the requiems for the Cruz campaign will begin to roll in.")
DOCS.append(("a_2016-05-03_cMQ2Vsae1pUhHEot.txt", [
    F("candidacy", "cruz", "in_rep_prim_2016", "Two weeks ago, Cruz told an Indiana crowd"),
    F("candidacy", "trump", "in_rep_prim_2016", [_MAR, _DEL]),
    F("poll", "trump", "in_rep_prim_2016", _MAR, 49, pollster="NBC News/Wall Street Journal/Marist"),
    F("poll", "cruz", "in_rep_prim_2016", _MAR, 34, pollster="NBC News/Wall Street Journal/Marist"),
    F("candidacy", "cruz", "us_rep_prim_2016", "despite trailing in the delegate race"),
    F("candidacy", "trump", "us_rep_prim_2016", "five northeastern states that Donald Trump swept"),
    F("party", "trump", "rep", _DEL),
    F("party", "cruz", "rep", _DEL),
    F("holds_office", "kasich", "gov_oh", "Ohio Gov. John Kasich took the extraordinary step of dropping his campaign in Indiana"),
    F("candidacy", "kasich", "in_rep_prim_2016", "Ohio Gov. John Kasich took the extraordinary step of dropping his campaign in Indiana"),
    F("candidacy", "kasich", "us_rep_prim_2016", "Ohio Gov. John Kasich took the extraordinary step of dropping his campaign in Indiana"),
    F("endorsement", "kasich", "cruz", "Ohio Gov. John Kasich took the extraordinary step of dropping his campaign in Indiana"),
    F("candidacy", "fiorina", "us_rep_prim_2016", "former presidential candidate Carly Fiorina"),
    F("candidacy", "clinton", "us_dem_prim_2016", "a win there can help her make the case that the race for the Democratic nomination is basically over"),
    F("party", "clinton", "dem", "a win there can help her make the case that the race for the Democratic nomination is basically over"),
    F("candidacy", "sanders", "us_dem_prim_2016", "Sanders is about 1,000 delegates short"),
    F("candidacy", "clinton", "in_dem_prim_2016", "Clinton has led Sanders in all public polls in the state"),
    F("candidacy", "sanders", "in_dem_prim_2016", "Clinton has led Sanders in all public polls in the state"),
    F("holds_office", "clinton", "sec_state", "It is virtually impossible for Secretary Clinton", former=True),
]))

# ---------------------------------------------------------------- a_2016-05-04 (USA Today, Trump presumptive nominee / five states)
_IN = S("With a decisive victory in the Indiana primary Tuesday", through="called it quits, sealing")
_NOM = S("The Republican nomination is his.", through="Can Donald Trump win the White House?")
_AZ = S("In the latest RealClearPolitics average", through="each winning by double digits.")
_FLC = S("In statewide polls, Clinton now leads, but by just 2.2 points.", through="which she won by more than 30 points.")
_OHC = S("At the moment, Clinton holds a lead in statewide polls", through="easily won the state's Democratic primary.")
_QUIT = "Trump's final two rivals, Texas Sen. Ted Cruz and Ohio Gov. John Kasich, called it quits"
_CNN = "A national CNN/ORC poll, taken April 28-May 1, showed Clinton with a daunting lead over Trump of 54%-41%."
_NC = "Clinton won the primary over Vermont Sen. Bernie Sanders by 14 points in March; Trump edged Texas Sen. Ted Cruz by 3 points."
_FL = "He crushed Florida Sen. Marco Rubio in the primary by close to 20 points"
_PA = "In last week's primary, Trump won two-thirds of Republican voters"
DOCS.append(("a_2016-05-04_qiN72ForJ8V2fv0J.txt", [
    F("candidacy", "trump", "in_rep_prim_2016", _IN),
    F("won", "trump", "in_rep_prim_2016", _IN),
    F("candidacy", "cruz", "in_rep_prim_2016", "how the results of the Indiana primary and Ted Cruz's campaign suspension"),
    F("lost", "cruz", "in_rep_prim_2016", ["how the results of the Indiana primary and Ted Cruz's campaign suspension", _IN]),
    F("candidacy", "trump", "us_rep_prim_2016", _NOM),
    F("won", "trump", "us_rep_prim_2016", [_NOM, _IN]),
    F("candidacy", "cruz", "us_rep_prim_2016", _QUIT),
    F("candidacy", "kasich", "us_rep_prim_2016", _QUIT),
    F("lost", "cruz", "us_rep_prim_2016", _QUIT),
    F("lost", "kasich", "us_rep_prim_2016", _QUIT),
    F("party", "trump", "rep", "turned Donald Trump into \"the presumptive Republican nominee.\""),
    F("party", "cruz", "rep", [_NOM, _QUIT]),
    F("party", "kasich", "rep", [_NOM, _QUIT]),
    F("holds_office", "cruz", "sen_tx", _QUIT),
    F("holds_office", "kasich", "gov_oh", _QUIT),
    F("holds_office", "priebus", "rnc_chair", "declared the presumptive nominee by Republican National Chairman Committee Reince Priebus"),
    F("candidacy", "trump", "us_pres_2016", ["turned Donald Trump into \"the presumptive Republican nominee.\"", _CNN]),
    F("candidacy", "clinton", "us_pres_2016", _CNN),
    F("poll", "clinton", "us_pres_2016", _CNN, 54, pollster="CNN/ORC"),
    F("poll", "trump", "us_pres_2016", _CNN, 41, pollster="CNN/ORC"),
    F("poll", "clinton", "us_pres_2016", "In the latest RealClearPolitics average of recent statewide polls, Clinton leads the state by 3.5 percentage points.", pollster="RealClearPolitics"),
    F("candidacy", "romney", "us_pres_2012", "he needs to hold all of the states Mitt Romney won in 2012"),
    F("candidacy", "clinton", "az_dem_prim_2016", _AZ),
    F("candidacy", "trump", "az_rep_prim_2016", _AZ),
    F("won", "clinton", "az_dem_prim_2016", _AZ),
    F("won", "trump", "az_rep_prim_2016", _AZ),
    F("candidacy", "obama", "us_pres_2008", "after Barack Obama carried the state in 2008 he lost it in 2012"),
    F("candidacy", "obama", "us_pres_2012", "after Barack Obama carried the state in 2008 he lost it in 2012"),
    F("endorsement", "bclinton", "clinton", "both husband Bill Clinton and daughter Chelsea Clinton have visited the state"),
    F("endorsement", "chclinton", "clinton", "both husband Bill Clinton and daughter Chelsea Clinton have visited the state"),
    F("candidacy", "clinton", "nc_dem_prim_2016", _NC),
    F("candidacy", "sanders", "nc_dem_prim_2016", _NC),
    F("won", "clinton", "nc_dem_prim_2016", _NC),
    F("lost", "sanders", "nc_dem_prim_2016", _NC),
    F("holds_office", "sanders", "sen_vt", _NC),
    F("candidacy", "trump", "nc_rep_prim_2016", _NC),
    F("candidacy", "cruz", "nc_rep_prim_2016", _NC),
    F("won", "trump", "nc_rep_prim_2016", _NC),
    F("lost", "cruz", "nc_rep_prim_2016", _NC),
    F("candidacy", "clinton", "fl_dem_prim_2016", _FLC),
    F("won", "clinton", "fl_dem_prim_2016", _FLC),
    F("party", "clinton", "dem", _FLC),
    F("candidacy", "trump", "fl_rep_prim_2016", S("But Trump has roots in Florida", through=_FL)),
    F("candidacy", "rubio", "fl_rep_prim_2016", _FL),
    F("won", "trump", "fl_rep_prim_2016", S("But Trump has roots in Florida", through=_FL)),
    F("lost", "rubio", "fl_rep_prim_2016", _FL),
    F("holds_office", "rubio", "sen_fl", _FL),
    F("candidacy", "jbush", "us_rep_prim_2016", "after pushing former governor Jeb Bush out of the race entirely"),
    F("holds_office", "jbush", "gov_fl", "after pushing former governor Jeb Bush out of the race entirely", former=True),
    F("candidacy", "clinton", "oh_dem_prim_2016", _OHC),
    F("won", "clinton", "oh_dem_prim_2016", _OHC),
    F("candidacy", "trump", "oh_rep_prim_2016", "Trump lost the Republican primary to the home-state governor, John Kasich."),
    F("candidacy", "kasich", "oh_rep_prim_2016", "Trump lost the Republican primary to the home-state governor, John Kasich."),
    F("lost", "trump", "oh_rep_prim_2016", "Trump lost the Republican primary to the home-state governor, John Kasich."),
    F("won", "kasich", "oh_rep_prim_2016", "Trump lost the Republican primary to the home-state governor, John Kasich."),
    F("holds_office", "kasich", "gov_oh", "Trump lost the Republican primary to the home-state governor, John Kasich."),
    F("candidacy", "trump", "pa_rep_prim_2016", _PA),
    F("candidacy", "cruz", "pa_rep_prim_2016", _PA),
    F("won", "trump", "pa_rep_prim_2016", _PA),
    F("lost", "cruz", "pa_rep_prim_2016", _PA),
    F("candidacy", "clinton", "pa_dem_prim_2016", "Clinton won the Democratic primary by 12 points."),
    F("won", "clinton", "pa_dem_prim_2016", "Clinton won the Democratic primary by 12 points."),
]))

# ---------------------------------------------------------------- a_2016-06-19 (Washington Times, Ryan convention chair)
DOCS.append(("a_2016-06-19_5v1rSd9fJe3PjEqf.txt", [
    F("holds_office", "ryan", "speaker", "House Speaker Paul Ryan, who will serve as chairman of the Republican National Convention"),
    F("holds_office", "ryan", "rnc_conv_chair", "I’m not going to tell the delegates how to do their job because I am chairman of the convention"),
    F("party", "ryan", "rep", "House Speaker Paul Ryan, who will serve as chairman of the Republican National Convention"),
    F("endorsement", "ryan", "trump", "who has had a rocky relationship with Mr. Trump but eventually has endorsed him"),
    F("candidacy", "trump", "us_rep_prim_2016", "House Speaker Paul Ryan, who will serve as chairman of the Republican National Convention"),
    F("won", "trump", "us_rep_prim_2016", ["by Mr. Trump’s decisive victory in the primary race", "despite his having won more than enough bound delegates in the primaries"]),
    F("party", "trump", "rep", "the latest in a series of ill-fated efforts within the GOP to derail Mr. Trump’s run"),
    F("holds_office", "priebus", "rnc_chair", "Republican National Committee Chairman Reince Priebus"),
]))

# ---------------------------------------------------------------- a_2016-11-26 (National Review, Williamson)
_DEF = "And Democrats have responded to their recent electoral defeat"
_HISP = "Mrs. Clinton got a smaller share of the Hispanic vote than Barack Obama did in 2012"
_POW = "Hillary Rodham Clinton, Elizabeth Warren, Randi Weingarten"
DOCS.append(("a_2016-11-26_vqqst2lDqg6Gh9nE.txt", [
    F("candidacy", "clinton", "us_pres_2016", _HISP),
    F("lost", "clinton", "us_pres_2016", [_DEF, _HISP]),
    F("candidacy", "trump", "us_pres_2016", ["Republicans control both houses of Congress and have just won the presidency.", "Trump’s lack of conservative principle is unwelcome"]),
    F("won", "trump", "us_pres_2016", ["Republicans control both houses of Congress and have just won the presidency.", "Trump’s lack of conservative principle is unwelcome"]),
    F("candidacy", "obama", "us_pres_2012", _HISP),
    F("holds_office", "obama", "pres_us", "while Barack Obama sat in the White House"),
    F("party", "clinton", "dem", _POW),
    F("party", "warren", "dem", _POW),
    F("party", "weingarten", "dem", _POW),
    F("candidacy", "goldwater", "us_pres_1964", "Beginning with the nomination of Barry Goldwater"),
    F("party", "goldwater", "rep", "Beginning with the nomination of Barry Goldwater"),
]))
# ---------------------------------------------------------------- a_2016-11-30 (Washington Times, Pelosi re-elected leader)
_LEAD = "House Democrats renewed Rep. Nancy Pelosi’s lease on power Wednesday, voting to keep her as party leader"
_TR = "ceding more than 60 votes to Rep. Tim Ryan, a 43-year-old Ohio Democrat"
_TRV = "helped power Donald Trump to victory over Mrs. Clinton"
_LDR = S("Democrats also kept the rest of their top leadership", through="to the No. 3 post of assistant leader.")
DOCS.append(("a_2016-11-30_GhwjVzxSBY6UgKBp.txt", [
    F("candidacy", "pelosi", "house_dem_leader_2016", _LEAD),
    F("won", "pelosi", "house_dem_leader_2016", [_LEAD, "Mrs. Pelosi won on a 134-63 vote, held behind closed doors."]),
    F("holds_office", "pelosi", "house_min_leader", [_LEAD, "since taking over in 2003 as leader of the House Democratic Caucus"]),
    F("holds_office", "pelosi", "rep_ca12", _LEAD),
    F("party", "pelosi", "dem", _LEAD),
    F("candidacy", "tryan", "house_dem_leader_2016", S("She faced her toughest challenge yet", through=_TR)),
    F("lost", "tryan", "house_dem_leader_2016", [S("She faced her toughest challenge yet", through=_TR), "Mrs. Pelosi won on a 134-63 vote, held behind closed doors."]),
    F("party", "tryan", "dem", _TR),
    F("holds_office", "tryan", "rep_oh13", _TR),
    F("holds_office", "cummings", "rep_md7", "said Rep. Elijah E. Cummings of Maryland"),
    F("candidacy", "hoyer", "house_dem_whip_2016", _LDR),
    F("won", "hoyer", "house_dem_whip_2016", _LDR),
    F("holds_office", "hoyer", "house_min_whip", _LDR),
    F("holds_office", "hoyer", "rep_md5", _LDR),
    F("party", "hoyer", "dem", _LDR),
    F("candidacy", "clyburn", "house_dem_asst_2016", _LDR),
    F("won", "clyburn", "house_dem_asst_2016", _LDR),
    F("holds_office", "clyburn", "asst_dem_leader", _LDR),
    F("holds_office", "clyburn", "rep_sc6", _LDR),
    F("party", "clyburn", "dem", _LDR),
    F("holds_office", "kaptur", "rep_oh9", "said Rep. Marcy Kaptur"),
    F("candidacy", "clinton", "us_pres_2016", _TRV),
    F("candidacy", "trump", "us_pres_2016", _TRV),
    F("won", "trump", "us_pres_2016", _TRV),
    F("lost", "clinton", "us_pres_2016", _TRV),
    F("holds_office", "lynch", "rep_ma8", "said Rep. Stephen F. Lynch of Massachusetts"),
    F("holds_office", "pelosi", "speaker", "She became the first female speaker of the House in 2007", former=True),
    F("candidacy", "shuler", "house_dem_leader_2010", "In 2010, Rep. Heath Shuler of North Carolina ran against Mrs. Pelosi and garnered 43 votes."),
    F("candidacy", "pelosi", "house_dem_leader_2010", "In 2010, Rep. Heath Shuler of North Carolina ran against Mrs. Pelosi and garnered 43 votes."),
    F("lost", "shuler", "house_dem_leader_2010", "In 2010, Rep. Heath Shuler of North Carolina ran against Mrs. Pelosi and garnered 43 votes."),
    F("won", "pelosi", "house_dem_leader_2010", "In 2010, Rep. Heath Shuler of North Carolina ran against Mrs. Pelosi and garnered 43 votes."),
    F("holds_office", "shuler", "rep_nc11", "In 2010, Rep. Heath Shuler of North Carolina ran against Mrs. Pelosi and garnered 43 votes.", former=True),
]))

# ---------------------------------------------------------------- a_2018-06-08 (Politico, House spending package)
DOCS.append(("a_2018-06-08_RQnb8Z9MS27P6mb7.txt", [
    F("holds_office", "trump", "pres_us", "may actually make it to President Donald Trump’s desk"),
    F("holds_office", "frelinghuysen", "approps_chair", "according to House Appropriations Chairman Rodney Frelinghuysen (R-N.J.)"),
    F("holds_office", "frelinghuysen", "rep_nj11", "according to House Appropriations Chairman Rodney Frelinghuysen (R-N.J.)"),
    F("party", "frelinghuysen", "rep", "according to House Appropriations Chairman Rodney Frelinghuysen (R-N.J.)"),
    F("holds_office", "pelosi", "house_min_leader", "House Minority Leader Nancy Pelosi said on the floor Friday"),
    F("holds_office", "gosar", "rep_az4", "Rep. Paul Gosar (R-Ariz.) argued"),
    F("party", "gosar", "rep", "Rep. Paul Gosar (R-Ariz.) argued"),
    F("holds_office", "mueller", "special_counsel", "money that special counsel Robert Mueller spends"),
    F("holds_office", "meadows", "hfc_chair", "offered by Freedom Caucus Chairman Mark Meadows (R-N.C.)"),
    F("holds_office", "meadows", "rep_nc11", "offered by Freedom Caucus Chairman Mark Meadows (R-N.C.)"),
    F("party", "meadows", "rep", "offered by Freedom Caucus Chairman Mark Meadows (R-N.C.)"),
    F("holds_office", "tryan", "rep_oh13", "Rep. Tim Ryan (D-Ohio) said on the floor"),
    F("party", "tryan", "dem", "Rep. Tim Ryan (D-Ohio) said on the floor"),
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell and House Speaker Paul Ryan"),
    F("holds_office", "ryan", "speaker", "Senate Majority Leader Mitch McConnell and House Speaker Paul Ryan"),
]))

# ---------------------------------------------------------------- a_2018-08-08 (Guardian, August 7 primaries)
_VIC = "Victories for Gretchen Whitmer in Michigan and Laura Kelly in Kansas meant female candidates set a new record"
_KS = "The contest pits Jeff Colyer, who has led the state since Sam Brownback resigned"
_KSR = S("One of the most closely watched races of the night was the Kansas Republican gubernatorial primary", through=_KS)
_MI = "In Michigan’s Democratic gubernatorial primary, Whitmer, a former state senate leader, soared past Abdul El-Sayed"
_MIG = "when she faces Bill Schuette, the state’s Republican attorney general"
_JJ = "Michigan Republicans chose John James, a business executive and US army veteran, to challenge the Democratic senator Debbie Stabenow"
_SL = "Elissa Slotkin, a former top defense official in the Obama administration, has the chance to unseat the Republican congressman Mike Bishop"
_KS3 = "In Kansas, where Sanders and Ocasio-Cortez hoped their support would lift the labor lawyer Brent Welder"
_KS4 = S("James Thompson, an Army veteran and civil rights attorney running for Congress", through="will face Republican incumbent Ron Estes.")
_MO = "Senator Claire McCaskill, viewed as one of the most vulnerable Democrats in the chamber, will face the attorney general, Josh Hawley"
_AK = "McCaskill is believed to have won her re-election race six years ago in part because of her weak Republican opponent, Todd Akin"
_STL = "Bob McCulloch, a seven-term prosecutor who led the investigation"
DOCS.append(("a_2018-08-08_G8umgWiU5JETRjGs.txt", [
    F("candidacy", "whitmer", "mi_gov_dem_prim_2018", _VIC),
    F("won", "whitmer", "mi_gov_dem_prim_2018", [_VIC, _MI]),
    F("candidacy", "lkelly", "ks_gov_dem_prim_2018", [_VIC, "who clinched the Democratic nomination"]),
    F("won", "lkelly", "ks_gov_dem_prim_2018", [_VIC, "who clinched the Democratic nomination"]),
    F("party", "lkelly", "dem", "who clinched the Democratic nomination"),
    F("holds_office", "lkelly", "ks_senate", "a state senator, who clinched the Democratic nomination"),
    F("candidacy", "lkelly", "ks_gov_2018", "The winner of that primary will faceKelly"),
    F("candidacy", "colyer", "ks_gov_rep_prim_2018", _KSR),
    F("candidacy", "kobach", "ks_gov_rep_prim_2018", _KSR),
    F("party", "colyer", "rep", _KSR),
    F("party", "kobach", "rep", _KSR),
    F("holds_office", "colyer", "gov_ks", _KS),
    F("holds_office", "brownback", "gov_ks", _KS, former=True),
    F("holds_office", "kobach", "sos_ks", "against Kris Kobach, the secretary of state"),
    F("endorsement", "trump", "kobach", "Trump endorsed Kobach over the objection of state Republican leaders"),
    F("candidacy", "elsayed", "mi_gov_dem_prim_2018", _MI),
    F("candidacy", "thanedar", "mi_gov_dem_prim_2018", _MI),
    F("lost", "elsayed", "mi_gov_dem_prim_2018", [_MI, "El-Sayed, whom Sanders campaigned for last weekend, was easily defeated in every county"]),
    F("lost", "thanedar", "mi_gov_dem_prim_2018", _MI),
    F("holds_office", "whitmer", "mi_sen_leader", _MI, former=True),
    F("holds_office", "elsayed", "detroit_health", "the former Detroit health commissioner endorsed by Bernie Sanders", former=True),
    F("endorsement", "sanders", "elsayed", ["the former Detroit health commissioner endorsed by Bernie Sanders", "El-Sayed, whom Sanders campaigned for last weekend"]),
    F("party", "whitmer", "dem", "Whitmer could help lead an all-female statewide ticket for the Democratic party"),
    F("party", "whitmer", "dem", _MI),
    F("party", "elsayed", "dem", _MI),
    F("party", "thanedar", "dem", _MI),
    F("candidacy", "whitmer", "mi_gov_2018", _MIG),
    F("candidacy", "schuette", "mi_gov_2018", _MIG),
    F("holds_office", "schuette", "ag_mi", _MIG),
    F("party", "schuette", "rep", _MIG),
    F("holds_office", "snyder", "gov_mi", "the term-limited governor, Rick Snyder"),
    F("candidacy", "trump", "us_pres_2016", "Michigan gave Trump one of his most shocking wins on election night in 2016"),
    F("candidacy", "jjames", "mi_sen_rep_prim_2018", _JJ),
    F("won", "jjames", "mi_sen_rep_prim_2018", _JJ),
    F("party", "jjames", "rep", _JJ),
    F("candidacy", "jjames", "mi_sen_2018", _JJ),
    F("candidacy", "stabenow", "mi_sen_2018", _JJ),
    F("holds_office", "stabenow", "sen_mi", _JJ),
    F("party", "stabenow", "dem", _JJ),
    F("endorsement", "trump", "jjames", ["earned an all-caps Twitter endorsement from the president", L("Congratulations to a future STAR of the Republican Party, future Senator John James")]),
    F("holds_office", "trump", "pres_us", "earned an all-caps Twitter endorsement from the president"),
    F("candidacy", "slotkin", "mi8_2018", _SL),
    F("candidacy", "bishop", "mi8_2018", _SL),
    F("holds_office", "bishop", "rep_mi8", _SL),
    F("party", "bishop", "rep", _SL),
    F("candidacy", "welder", "ks3_dem_prim_2018", _KS3),
    F("candidacy", "davids", "ks3_dem_prim_2018", _KS3),
    F("won", "davids", "ks3_dem_prim_2018", _KS3),
    F("lost", "welder", "ks3_dem_prim_2018", _KS3),
    F("endorsement", "sanders", "welder", _KS3),
    F("endorsement", "aoc", "welder", _KS3),
    F("candidacy", "thompson", "ks4_dem_prim_2018", _KS4),
    F("won", "thompson", "ks4_dem_prim_2018", _KS4),
    F("endorsement", "sanders", "thompson", [_KS4, "Sanders and Alexandria Ocasio-Cortez had travelled to Michigan and Kansas in support of candidates"]),
    F("endorsement", "aoc", "thompson", [_KS4, "Sanders and Alexandria Ocasio-Cortez had travelled to Michigan and Kansas in support of candidates"]),
    F("candidacy", "thompson", "ks4_2018", _KS4),
    F("candidacy", "estes", "ks4_2018", _KS4),
    F("holds_office", "estes", "rep_ks4", _KS4),
    F("party", "estes", "rep", _KS4),
    F("candidacy", "mccaskill", "mo_sen_2018", _MO),
    F("candidacy", "hawley", "mo_sen_2018", _MO),
    F("holds_office", "mccaskill", "sen_mo", _MO),
    F("party", "mccaskill", "dem", _MO),
    F("holds_office", "hawley", "ag_mo", _MO),
    F("endorsement", "trump", "hawley", "whom Trump backed when he was in the state"),
    F("candidacy", "trump", "us_pres_2016", "Trump won the state by 20 percentage points"),
    F("candidacy", "mccaskill", "mo_sen_2012", _AK),
    F("candidacy", "akin", "mo_sen_2012", _AK),
    F("won", "mccaskill", "mo_sen_2012", _AK),
    F("lost", "akin", "mo_sen_2012", _AK),
    F("party", "akin", "rep", _AK),
    F("candidacy", "mcculloch", "stl_pros_dem_prim_2018", _STL),
    F("candidacy", "bell", "stl_pros_dem_prim_2018", _STL),
    F("lost", "mcculloch", "stl_pros_dem_prim_2018", _STL),
    F("won", "bell", "stl_pros_dem_prim_2018", _STL),
    F("party", "mcculloch", "dem", _STL),
    F("party", "bell", "dem", _STL),
    F("holds_office", "mcculloch", "stl_pros", _STL),
    F("holds_office", "lujan", "rep_nm3", "said the congressman Ben Ray Luján, chairman of the Democratic Congressional Campaign Committee"),
    F("holds_office", "lujan", "dccc_chair", "said the congressman Ben Ray Luján, chairman of the Democratic Congressional Campaign Committee"),
]))
# ---------------------------------------------------------------- a_2018-11-29 (Politico, GOP cries foul after California)
_KIM = "Steel cited Republican Young Kim’s loss to Democrat Gil Cisneros in a heated Orange County race to replace Republican Rep. Ed Royce"
_LOSE = "The losing GOP incumbents include Reps. Mimi Walters, Steve Knight, Jeff Denham and Dana Rohrabacher."
_VAL = S("battered California Republicans appeared to have suffered another defeat", through="and formally declared victory.")
DOCS.append(("a_2018-11-29_oC1wAaa6A67wSu8B.txt", [
    F("holds_office", "ryan", "speaker", "when House Speaker Paul Ryan suggested that the state’s"),
    F("party", "ryan", "rep", "A sentiment that began as a murmur among hard-line conservatives jumped to the Republican mainstream Thursday when House Speaker Paul Ryan"),
    F("holds_office", "padilla", "sos_ca", "drew a sharp rebuke from California Secretary of State Alex Padilla"),
    F("party", "padilla", "dem", "Padilla, a Democrat who oversees the elections process"),
    F("holds_office", "steel", "ca_gop_chair", "former state GOP Chair Shawn Steel, a member of the Republican National Committee", former=True),
    F("candidacy", "ykim", "ca39_2018", _KIM),
    F("candidacy", "cisneros", "ca39_2018", _KIM),
    F("lost", "ykim", "ca39_2018", _KIM),
    F("won", "cisneros", "ca39_2018", _KIM),
    F("party", "ykim", "rep", _KIM),
    F("party", "cisneros", "dem", _KIM),
    F("holds_office", "royce", "rep_ca39", _KIM),
    F("party", "royce", "rep", _KIM),
    F("holds_office", "trump", "pres_us", "including President Donald Trump and conservative House candidates"),
    F("party", "trump", "rep", "Other Republicans, including President Donald Trump and conservative House candidates"),
    F("party", "donnelly", "rep", "Other Republicans, including President Donald Trump and conservative House candidates"),
    F("holds_office", "donnelly", "ca_assembly", "like former state Assemblyman Tim Donnelly", former=True),
    F("candidacy", "walters", "ca45_2018", _LOSE),
    F("candidacy", "knight", "ca25_2018", _LOSE),
    F("candidacy", "denham", "ca10_2018", _LOSE),
    F("candidacy", "rohrabacher", "ca48_2018", _LOSE),
    F("lost", "walters", "ca45_2018", _LOSE),
    F("lost", "knight", "ca25_2018", _LOSE),
    F("lost", "denham", "ca10_2018", _LOSE),
    F("lost", "rohrabacher", "ca48_2018", _LOSE),
    F("holds_office", "walters", "rep_ca45", _LOSE),
    F("holds_office", "knight", "rep_ca25", _LOSE),
    F("holds_office", "denham", "rep_ca10", _LOSE),
    F("holds_office", "rohrabacher", "rep_ca48", _LOSE),
    F("party", "walters", "rep", _LOSE),
    F("party", "knight", "rep", _LOSE),
    F("party", "denham", "rep", _LOSE),
    F("party", "rohrabacher", "rep", _LOSE),
    F("holds_office", "issa", "rep_ca49", "Democrats also flipped open seats held by retiring GOP Reps. Darrell Issa and Ed Royce."),
    F("party", "issa", "rep", "Democrats also flipped open seats held by retiring GOP Reps. Darrell Issa and Ed Royce."),
    F("holds_office", "royce", "rep_ca39", "Democrats also flipped open seats held by retiring GOP Reps. Darrell Issa and Ed Royce."),
    F("candidacy", "valadao", "ca21_2018", _VAL),
    F("candidacy", "cox", "ca21_2018", _VAL),
    F("holds_office", "valadao", "rep_ca21", _VAL),
    F("party", "valadao", "rep", _VAL),
    F("party", "cox", "dem", _VAL),
    F("candidacy", "trump", "us_pres_2016", "Trump’s ego could not handle losing the national popular vote and losing so badly in California"),
    F("party", "south", "dem", "says veteran Democratic consultant Garry South"),
    F("party", "stutzman", "rep", "Strategist Rob Stutzman, a Republican moderate"),
]))

# ---------------------------------------------------------------- a_2020-01-13 (AP, Booker drops out)
_BOOK = "Democrat Cory Booker dropped out of the presidential race Monday"
_FIELD = S("Now, Massachusetts Sen. Elizabeth Warren has mastered the art of the selfie", through="has built a strong base of support with black voters.")
DOCS.append(("a_2020-01-13_W5HnuaQzbYpro6SV.txt", [
    F("candidacy", "booker", "us_dem_prim_2020", [L("Democratic presidential candidate Sen. Cory Booker, D-N.J., speaks with attendees"), _BOOK]),
    F("party", "booker", "dem", [L("Democratic presidential candidate Sen. Cory Booker, D-N.J., speaks with attendees"), _BOOK]),
    F("holds_office", "booker", "sen_nj", [L("Democratic presidential candidate Sen. Cory Booker, D-N.J., speaks with attendees"), "Booker, a U.S. senator from New Jersey"]),
    F("candidacy", "patrick", "us_dem_prim_2020", "just one remaining African American candidate, former Massachusetts Gov. Deval Patrick"),
    F("holds_office", "patrick", "gov_ma", "just one remaining African American candidate, former Massachusetts Gov. Deval Patrick", former=True),
    F("holds_office", "trump", "pres_us", "the looming impeachment trial of President Donald Trump"),
    F("holds_office", "booker", "mayor_newark", S("once lauded by Oprah Winfrey as the", through="During his seven years in City Hall"), former=True),
    F("holds_office", "obama", "pres_us", "often brought comparisons to President Barack Obama"),
    F("candidacy", "warren", "us_dem_prim_2020", _FIELD),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _FIELD),
    F("candidacy", "biden", "us_dem_prim_2020", _FIELD),
    F("holds_office", "warren", "sen_ma", _FIELD),
    F("holds_office", "buttigieg", "mayor_south_bend", _FIELD, former=True),
    F("holds_office", "biden", "vp_us", _FIELD, former=True),
    F("candidacy", "booker", "nj_sen_2020", "he will run for reelection to the Senate"),
    F("party", "warren", "dem", [_FIELD, "That didn’t land in a Democratic primary"]),
    F("party", "buttigieg", "dem", [_FIELD, "That didn’t land in a Democratic primary"]),
    F("party", "biden", "dem", [_FIELD, "That didn’t land in a Democratic primary"]),
    F("party", "patrick", "dem", ["just one remaining African American candidate, former Massachusetts Gov. Deval Patrick", "That didn’t land in a Democratic primary"]),
]))
# ---------------------------------------------------------------- c_2016-05-23 (Current Events, Austrian presidential election)
_VDB = "Independent candidate Alexander Van der Bellen, a member of The Greens, is elected President of Austria"
_RUN = "Voters in Austria go to the polls to elect a new President in a second round run-off"
_R1A = "Austrians vote in the first round of electing the next president."
_R1 = S(_R1A, through="garnered 20%, and another independent, Irmgard Griss, took 18.5 percent.")
DOCS.append(("c_2016-05-23_independent-candidate-alexander-van-der-.txt", [
    F("candidacy", "vdb", "at_pres_2016", [_VDB, _RUN, "The second round of voting takes place to elect either Norbert Hofer or Alexander Van der Bellen"]),
    F("won", "vdb", "at_pres_2016", [_VDB, S(_RUN, through="Hofer conceding defeat.")]),
    F("party", "vdb", "greens_at", [_VDB, _RUN]),
    F("candidacy", "hofer", "at_pres_2016", [_RUN, "The second round of voting takes place to elect either Norbert Hofer or Alexander Van der Bellen"]),
    F("lost", "hofer", "at_pres_2016", [S(_RUN, through="Hofer conceding defeat."), "presidential elections narrowly lost in May by right-wing populist Freedom Party of Austria candidate Norbert Hofer"]),
    F("party", "hofer", "fpo", [_RUN, "Freedom Party of Austria presidential candidate Norbert Hofer intends", "presidential elections narrowly lost in May by right-wing populist Freedom Party of Austria candidate Norbert Hofer"]),
    F("candidacy", "hofer", "at_pres_2016_r1", _R1),
    F("won", "hofer", "at_pres_2016_r1", _R1, 36),
    F("candidacy", "vdb", "at_pres_2016_r1", _R1),
    F("candidacy", "griss", "at_pres_2016_r1", _R1),
    F("lost", "griss", "at_pres_2016_r1", [_R1, "Candidates representing the two leading parties, that have ruled for the past 70 years, were eliminated."], 18.5),
    F("endorsement", "greens_at", "vdb", "who is supported by the Green Party"),
    F("holds_office", "hfischer", "pres_at", "President Heinz Fischer was not eligible to be re-elected."),
    F("holds_office", "klestil", "pres_at", "President of Austria Thomas Klestil dies of a heart attack", former=True),
]))

# ---------------------------------------------------------------- c_2016-06-14 (Current Events, Clinton wins D.C. primary)
_DC = "Hillary Clinton wins the Washington D.C. Democratic Party primary"
_PE = "Although he lost the popular vote, Donald Trump, the Republican nominee for the 2016 presidential election"
_DEB = "Democratic Party nominee Hillary Clinton and Republican Party nominee Donald Trump hold the first presidential debate"
_CPD = "officially announces the invitation of Democratic Party nominee Hillary Clinton, and GOP nominee Donald Trump"
_RU = "accusing Republican presidential nominee Donald Trump of supporting Russian President Vladimir Putin"
_BS = "Vermont Senator Bernie Sanders endorses Democratic Party rival Hillary Clinton for president"
_NOM = "Hillary Clinton is nominated as the Democratic Party candidate for this year's presidential election."
DOCS.append(("c_2016-06-14_hillary-clinton-wins-the-washington-d-c-.txt", [
    F("candidacy", "clinton", "dc_dem_prim_2016", _DC),
    F("won", "clinton", "dc_dem_prim_2016", _DC),
    F("party", "clinton", "dem", [_DC, _DEB, _NOM]),
    F("candidacy", "clinton", "us_dem_prim_2016", ["The D.C. primary came more than a week after Clinton was declared the presumptive nominee", _BS]),
    F("won", "clinton", "us_dem_prim_2016", ["The D.C. primary came more than a week after Clinton was declared the presumptive nominee",
                                             _NOM, "with Hillary Clinton gaining enough delegates to become the presumptive nominee of the Democratic Party"]),
    F("candidacy", "clinton", "us_pres_2016", ["to influence the U.S. presidential election against Democratic Party candidate Hillary Clinton", _PE, _DEB, _CPD, _NOM, _RU]),
    F("candidacy", "trump", "us_pres_2016", [_PE, _DEB, _CPD, _RU]),
    F("party", "trump", "rep", [_PE, _DEB, _CPD, _RU]),
    F("won", "trump", "us_pres_2016", _PE),
    F("lost", "clinton", "us_pres_2016", _PE),
    F("candidacy", "gjohnson", "us_pres_2016", "However, third party candidates, Gary Johnson and Jill Stein, have not met the criteria"),
    F("candidacy", "stein", "us_pres_2016", "However, third party candidates, Gary Johnson and Jill Stein, have not met the criteria"),
    F("holds_office", "putin", "pres_ru", _RU),
    F("endorsement", "sanders", "clinton", _BS),
    F("holds_office", "sanders", "sen_vt", _BS),
    F("candidacy", "sanders", "us_dem_prim_2016", _BS),
    F("lost", "sanders", "us_dem_prim_2016", [_BS, _NOM]),
    F("candidacy", "clinton", "sc_dem_prim_2016", "Voters in South Carolina go to the polls for the Democratic Party primary. Hillary Clinton won."),
    F("won", "clinton", "sc_dem_prim_2016", S("Voters in South Carolina go to the polls for the Democratic Party primary.", through="Hillary Clinton won.")),
]))

# ---------------------------------------------------------------- c_2016-07-07 (Current Events, Australian federal election)
_AU = "Australian Prime Minister Malcolm Turnbull's Liberal/National coalition, behind Bill Shorten's Labor Party"
_CONC = S("The Leader of the Opposition, Bill Shorten, concedes defeat", through="has claimed victory.")
DOCS.append(("c_2016-07-07_australian-prime-minister-malcolm-turnbu.txt", [
    F("holds_office", "turnbull", "pm_au", [_AU, "Embattled Australian Prime Minister Malcolm Turnbull appeared likely to retain power"]),
    F("party", "turnbull", "lib_au", [_AU, "leader of the conservative Liberal Party-led Coalition", "following his election to the leadership of the Liberal Party of Australia"]),
    F("party", "shorten", "alp", [_AU, "despite family ties to Australian Labor Party powerbroker Bill Shorten"]),
    F("candidacy", "turnbull", "au_2016", [_AU, "The election deadlock continues as neither Australian Prime Minister Malcolm Turnbull nor"]),
    F("candidacy", "shorten", "au_2016", [_AU, "The election deadlock continues as neither Australian Prime Minister Malcolm Turnbull nor"]),
    F("won", "turnbull", "au_2016", _CONC),
    F("lost", "shorten", "au_2016", _CONC),
    F("holds_office", "shorten", "opp_leader_au", ["neither Australian Prime Minister Malcolm Turnbull nor  opposition leader  Bill Shorten", _CONC]),
    F("holds_office", "turnbull", "lib_leader_au", "leader of the conservative Liberal Party-led Coalition"),
    F("holds_office", "abe", "pm_jp", "Japanese Prime Minister Shinzo Abe"),
    F("holds_office", "abbott", "pm_au", "Malcolm Turnbull, who replaced Tony Abbott in September", former=True),
    F("holds_office", "bryce", "gg_au", "Legal advice clears Governor-General of Australia Mrs. Quentin Bryce"),
    F("holds_office", "elferink", "nt_justice", "John Elferink has been sacked as the Northern Territory's Minister for Justice and Corrections", former=True),
    F("candidacy", "turnbull", "lib_au_leader_2015", "following his election to the leadership of the Liberal Party of Australia"),
    F("won", "turnbull", "lib_au_leader_2015", "following his election to the leadership of the Liberal Party of Australia"),
]))

# ---------------------------------------------------------------- tight sentences for run-together texts
# Some ABP texts lack the space after a full stop ("November.Hard fought"), so goldlib's sentence widening
# runs over several sentences.  For these documents a widened span longer than 300 characters is cut back
# to the sentence(s) bounded by ".X" / ".\"" / "?\"" boundaries as well, and kept as an exact span.
import re as _re  # noqa: E402
from goldlib import Span, evidence as _evidence  # noqa: E402

_TIGHT = {"a_2014-05-20_ZcsJsO1fT3ppO5kK.txt", "a_2016-01-15_cWAOCIaiJ4Omvqvi.txt"}
_BOUND = _re.compile(r'[.!?]["”]?(?=["“]?[A-Z])')


def _tight(text, spec):
    a, b = _evidence(text, spec)
    if b - a <= 300:
        return spec
    sp = spec if isinstance(spec, Span) else Span(spec)
    x, y = a, b
    lo = text.find(sp.snippet, a)
    hi = lo + len(sp.snippet)
    if sp.through:
        hi = text.find(sp.through, hi) + len(sp.through)
    starts = [m.end() for m in _BOUND.finditer(text, a, lo + 1) if m.end() <= lo]
    if starts:
        x = starts[-1]
    ends = [m.end() for m in _BOUND.finditer(text, max(hi - 1, a), b)]
    if ends:
        y = ends[0]
    while text[x] in " \n":
        x += 1
    return Span(text[x:y], 0, "exact")


for _i, (_name, _facts) in enumerate(DOCS):
    if _name in _TIGHT:
        _text = open(str(HERE.parent / "docs" / _name), encoding="utf-8").read()
        _new = []
        for (_rel, _s, _o, _v, _at, _ev) in _facts:
            _specs = _ev if isinstance(_ev, list) else [_ev]
            _new.append((_rel, _s, _o, _v, _at, [_tight(_text, _sp) for _sp in _specs]))
        DOCS[_i] = (_name, _new)

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b17.jsonl")
    (HERE.parent / "annotations" / "b17.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
