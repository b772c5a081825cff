# ruff: noqa: E501
"""Corpus annotation, batch b01 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current/-2017, executive)
    "Barack Obama": "Q76", "Joe Biden": "Q6279", "Donald Trump": "Q22686", "Mike Pence": "Q24313",
    "George W. Bush": "Q207", "Cory Booker": "Q1135767", "Kevin McCarthy": "Q766866",
    "Elizabeth Warren": "Q434706", "Nancy Pelosi": "Q170581", "Debbie Stabenow": "Q241092",
    "Sherrod Brown": "Q381880", "Bernie Sanders": "Q359442", "Ted Cruz": "Q2036942",
    "John McCain": "Q10390", "Chris Murphy": "Q1077594", "Jeff Flake": "Q929581",
    "Susan Collins": "Q22279", "Lisa Murkowski": "Q22360", "Rand Paul": "Q463557",
    "Mitch McConnell": "Q355522", "Keith Rothfus": "Q5978897", "Barbara Comstock": "Q4858820",
    "Erik Paulsen": "Q466085", "Jason Lewis": "Q6162964", "Rod Blum": "Q18684853",
    "Paul Ryan": "Q203966", "Duncan Hunter": "Q540521", "Chris Collins": "Q5106218",
    "Tom O'Halleran": "Q7817086", "Jeff Merkley": "Q1368405", "Kamala Harris": "Q10853588",
    "Chuck Grassley": "Q529294", "Ron Johnson": "Q970272", "Lindsey Graham": "Q22212",
    "Amy Klobuchar": "Q22237", "Marcia Fudge": "Q461746", "Tim Kaine": "Q359888",
    "Debbie Wasserman Schultz": "Q50104",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("usl", "Social Liberal Union", ["USL", "Social Liberal Union"])
R.party("psd", "Social Democratic Party (Romania)", ["PSD", "Social Democratic Party", "Social democrat"])
R.party("acl", "Christian Liberal Alliance", ["ACL"])
R.party("sns", "Serbian Progressive Party", ["SNS", "Serbian Progressive Party"])
R.party("ps_be", "Socialist Party (Belgium)", ["Socialist Party"])
R.org("bloc_islam", "Bloc against Islam", ["Bloc against Islam"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "Presidents"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("gov_nj", governor("New Jersey"), ["governor"])
O("rga_chair", "Chairman of the Republican Governors Association",
  generic=["Chairman of the Republican Governors Association", "RGA chairman", "RGA chair"])
O("us_atty_nj", "United States Attorney for the District of New Jersey", ["U.S. Attorney in New Jersey"],
  generic=["U.S. Attorney", "United States Attorney"])
O("mayor_fort_lee", mayor("Fort Lee"), ["mayor of Fort Lee"])
O("dnc_chair", "Chair of the Democratic National Committee", ["chairman of the Democratic National Committee"],
  generic=["DNC chair", "DNC Chair", "DNC chairman", "Chairman of the Democratic National Committee"])
O("nj_dep_speaker", "Deputy Speaker of the New Jersey General Assembly",
  generic=["Deputy Assembly Speaker", "Deputy Speaker"])
O("sen_nj", senator("New Jersey"))
O("mayor_newark", mayor("Newark"), ["mayor of Newark"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state"])
O("senate_maj_leader", "Majority Leader of the United States Senate",
  ["Democratic Majority Leader"], generic=["Senate Majority Leader", "Majority Leader"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives",
  generic=["House Majority Leader", "Majority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("speaker", "Speaker of the United States House of Representatives",
  generic=["House Speaker", "Speaker", "Speaker of the House"])
O("sen_nv", senator("Nevada"))
O("rep_va7", representative("Virginia", 7))
O("mayor_chicago", mayor("Chicago"), ["mayor of Chicago"])
O("sen_va", senator("Virginia"))
O("sec_defense", cabinet_secretary("Defense", "Defense"))
O("cjcs", "Chairman of the Joint Chiefs of Staff", generic=["Joint Chiefs Chairman", "Chairman of the Joint Chiefs"])
O("sen_ma", senator("Massachusetts"))
O("sen_mi", senator("Michigan"))
O("sen_oh", senator("Ohio"))
O("chair_sen_ag", "Chair of the Senate Committee on Agriculture, Nutrition, and Forestry",
  generic=["Agriculture Committee Chairwoman", "Agriculture Committee Chair", "Senate Agriculture Committee Chair"])
O("sen_mn", senator("Minnesota"), ["senator from Minnesota"])
O("scotus_justice", "Associate Justice of the Supreme Court of the United States",
  generic=["Supreme Court Justice", "Justice", "Associate Justice"])
O("sen_tx", senator("Texas"), ["Texas senator"])
O("gov_in", governor("Indiana"))
O("sen_az", senator("Arizona"))
O("sen_ct", senator("Connecticut"))
O("pm_ro", head("Prime Minister", "Romania", "Romanian"))
O("cia_dir", "Director of the Central Intelligence Agency", generic=["CIA Director", "Director of the CIA"])
O("sen_me", senator("Maine"))
O("sen_ak", senator("Alaska"))
O("sen_ky", senator("Kentucky"))
O("gov_az", governor("Arizona"))
O("rep_pa12", representative("Pennsylvania", 12))
O("rep_pa18", representative("Pennsylvania", 18))
O("rep_va10", representative("Virginia", 10))
O("rep_mn3", representative("Minnesota", 3))
O("rep_mn2", representative("Minnesota", 2))
O("rep_ia1", representative("Iowa", 1))
O("rep_wi1", representative("Wisconsin", 1))
O("rep_ca50", representative("California", 50))
O("rep_ny27", representative("New York", 27))
O("rep_az1", representative("Arizona", 1))
O("rep_oh11", representative("Ohio", 11), ["congresswoman"])
O("sen_vt", senator("Vermont"))
O("sen_or", senator("Oregon"))
O("sen_ca", senator("California"))
O("ut_house_min_leader", "Minority Leader of the Utah House of Representatives",
  ["minority leader of the Utah House of Representatives"], generic=["Minority Leader", "Utah House Minority Leader"])
O("sen_ia", senator("Iowa"))
O("sen_wi", senator("Wisconsin"), ["Wisconsin Senator"])
O("sen_sc", senator("South Carolina"))
O("chair_sen_fin", "Chair of the Senate Committee on Finance", generic=["Senate Finance Committee Chair", "Finance Committee Chairman"])
O("chair_sen_hsgac", "Chair of the Senate Committee on Homeland Security and Governmental Affairs",
  generic=["Senate Homeland Security Committee Chair", "Homeland Security Committee Chairman"])
O("chair_sen_jud", "Chair of the Senate Committee on the Judiciary", generic=["Senate Judiciary Chairman", "Senate Judiciary Committee Chair"])
O("ss_dir", "Director of the United States Secret Service", generic=["Secret Service Director", "Director of the Secret Service"])
O("mayor_sb", mayor("South Bend"), ["South Bend, Indiana Mayor", "South Bend, Indiana, Mayor"])
O("mayor_nyc", mayor("New York City"), ["mayor of New York", "New York City Mayor"])
O("wh_cos", "White House Chief of Staff", ["chief of staff"], generic=["Chief of Staff"])
O("gov_pa", governor("Pennsylvania"), ["Pennsylvania Gov."])
O("usl_leader", "Leader of the Social Liberal Union", ["USL Leader"], generic=["USL Leader"])
O("pres_ro", head("President", "Romania", "Romanian"))
O("mayor_sibiu", mayor("Sibiu"), ["mayor of Sibiu"])
O("pm_rs", head("Prime Minister", "Serbia", "Serbian"), ["Prime Minster"])
O("pres_rs", head("President", "Serbia", "Serbian"), ["Serbian president"])
O("sns_leader", "Leader of the Serbian Progressive Party", ["leader of the opposition Serbian Progressive Party"])
O("pm_xk", head("Prime Minister", "Kosovo", "Kosovan"))
O("pm_be", head("Prime Minister", "Belgium", "Belgian"))
O("pres_co", head("President", "Colombia", "Colombian"), ["Colombian president"])
O("pres_cz", head("President", "the Czech Republic", "Czech"), ["president of the Czech Republic"])

# ---------------------------------------------------------------- elections
E = R.election
US = "ocd-division/country:us"
E("nj_gov_2013", "2013 New Jersey gubernatorial election", US + "/state:nj", "2013-11-05", "general", office="gov_nj")
E("us_pres_2012", "2012 United States presidential election", US, "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", US, "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", US, "2020-11-03", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", US, "2008-11-04", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", US, "2000-11-07", "general", office="pres_us")
E("us_pres_1968", "1968 United States presidential election", US, "1968-11-05", "general", office="pres_us")
E("us_pres_1932", "1932 United States presidential election", US, "1932-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", US, "2020", "primary", office="pres_us")
E("us_dem_prim_1968", "1968 Democratic Party presidential primaries", US, "1968", "primary", office="pres_us")
E("ia_dem_caucus_2016", "2016 Iowa Democratic presidential caucuses", US + "/state:ia", "2016-02-01", "primary", office="pres_us")
E("ia_dem_caucus_2008", "2008 Iowa Democratic presidential caucuses", US + "/state:ia", "2008-01-03", "primary", office="pres_us")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", US + "/state:ia", "2020-02-03", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", US + "/state:nh", "2020-02-11", "primary", office="pres_us")
E("sc_dem_prim_2020", "2020 South Carolina Democratic presidential primary", US + "/state:sc", "2020-02-29", "primary", office="pres_us")
E("nh_dem_prim_1968", "1968 New Hampshire Democratic presidential primary", US + "/state:nh", "1968-03-12", "primary", office="pres_us")
E("az_sen_2016", "2016 United States Senate election in Arizona", US + "/state:az", "2016-11-08", "general", office="sen_az")
E("pa17_2018", "2018 Pennsylvania's 17th congressional district election", US + "/state:pa/cd:17", "2018-11-06", "general")
E("va10_2018", "2018 Virginia's 10th congressional district election", US + "/state:va/cd:10", "2018-11-06", "general")
E("mn3_2018", "2018 Minnesota's 3rd congressional district election", US + "/state:mn/cd:3", "2018-11-06", "general")
E("mn2_2018", "2018 Minnesota's 2nd congressional district election", US + "/state:mn/cd:2", "2018-11-06", "general")
E("ia1_2018", "2018 Iowa's 1st congressional district election", US + "/state:ia/cd:1", "2018-11-06", "general")
E("az1_2018", "2018 Arizona's 1st congressional district election", US + "/state:az/cd:1", "2018-11-06", "general")
E("ro_pres_2014_r1", "2014 Romanian presidential election (first round)", "ocd-division/country:ro", "2014-11-02", "general", office="pres_ro")
E("ro_pres_2014", "2014 Romanian presidential election (second round)", "ocd-division/country:ro", "2014-11-16", "runoff", office="pres_ro")
E("rs_pres_2017", "2017 Serbian presidential election", "ocd-division/country:rs", "2017-04-02", "general", office="pres_rs")
E("co_pres_2014_r1", "2014 Colombian presidential election (first round)", "ocd-division/country:co", "2014-05-25", "general", office="pres_co")
E("co_pres_2014", "2014 Colombian presidential election (second round)", "ocd-division/country:co", "2014-06-15", "runoff", office="pres_co")
E("ua_pres_2014", "2014 Ukrainian presidential election", "ocd-division/country:ua", "2014-05-25", "general", office=head("President", "Ukraine", "Ukrainian")[0])
E("cz_pres_2018_r1", "2018 Czech presidential election (first round)", "ocd-division/country:cz", "2018-01-13", "general", office="pres_cz")
E("cz_pres_2018", "2018 Czech presidential election (second round)", "ocd-division/country:cz", "2018-01-27", "runoff", office="pres_cz")
E("cz_pres_2013", "2013 Czech presidential election (second round)", "ocd-division/country:cz", "2013-01-26", "runoff", office="pres_cz")

# ---------------------------------------------------------------- people
P = R.person
P("christie", "Chris Christie", ["Christie", "Governor Christie", "Gov. Chris Christie"])
P("sokolich", "Mark Sokolich", ["Sokolich", "Mayor Sokolich"])
P("dws", "Debbie Wasserman Schultz", [])
P("fishman", "Paul J. Fishman", ["Paul Fishman"])
P("wisniewski", "John Wisniewski", ["Wisniewski"])
P("booker", "Cory Booker", ["Booker"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "Barack Obama"])
P("clinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton", "Hillary", "Mrs. Clinton"], qid="Q6294")
P("reid", "Harry Reid", ["Reid"])
P("cantor", "Eric Cantor", ["Cantor"])
P("bell", "Steve Bell", ["Bell"])
P("emanuel", "Rahm Emanuel", ["Rahm Emmanuel", "Emanuel"])
P("kaine", "Tim Kaine", ["Kaine"])
P("kmccarthy", "Kevin McCarthy", ["McCarthy"])
P("hagel", "Chuck Hagel", ["Hagel"])
P("dempsey", "Martin Dempsey", ["Dempsey", "Gen. Martin Dempsey"])
P("biden", "Joe Biden", ["Joseph Biden", "Biden", "Vice President Biden", "Joe Biden"])
P("boehner", "John Boehner", ["Boehner"])
P("romney", "Mitt Romney", ["Romney"])
P("reagan", "Ronald Reagan", ["Reagan"])
P("bclinton", "Bill Clinton", [])
P("warren", "Elizabeth Warren", ["Warren"])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("stabenow", "Debbie Stabenow", ["Stabenow"])
P("sbrown", "Sherrod Brown", [])
P("sanders", "Bernie Sanders", ["Sanders", "Bernie", "Sen. Sanders"])
P("emccarthy", "Eugene McCarthy", ["McCarthy"])
P("lbj", "Lyndon B. Johnson", ["Lyndon Johnson", "Johnson", "President Johnson"])
P("rfk", "Robert F. Kennedy", ["Kennedy"])
P("trump", "Donald Trump", ["Donald J. Trump", "Donald John Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"])
P("ginsburg", "Ruth Bader Ginsburg", ["Ginsburg", "Justice Ginsburg"])
P("gwbush", "George W. Bush", ["Bush"])
P("gore", "Al Gore", ["Gore"])
P("cruz", "Ted Cruz", ["Cruz"])
P("gingrich", "Newt Gingrich", ["Gingrich"])
P("pence", "Mike Pence", ["Pence"])
P("nixon", "Richard Nixon", ["Nixon"])
P("fdr", "Franklin D. Roosevelt", ["Franklin Roosevelt", "Roosevelt"])
P("mccain", "John McCain", ["McCain"])
P("murphy", "Chris Murphy", [])
P("dancila", "Viorica Dăncilă", ["Dancila"])
P("haspel", "Gina Haspel", ["Haspel", "Ms. Haspel"])
P("flake", "Jeff Flake", [])
P("scollins", "Susan Collins", [])
P("murkowski", "Lisa Murkowski", [])
P("rpaul", "Rand Paul", [])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("ducey", "Doug Ducey", [])
P("rothfus", "Keith Rothfus", ["Keith James Rothfus", "Rothfus"])
P("lamb", "Conor Lamb", ["Lamb"])
P("comstock", "Barbara Comstock", ["Barbara Jean Comstock", "Comstock"])
P("paulsen", "Erik Paulsen", ["Erik Philip Paulsen"])
P("jlewis", "Jason Lewis", ["Jason Mark Lewis"])
P("blum", "Rod Blum", ["Blum"])
P("ryan", "Paul Ryan", ["Paul Davis Ryan"])
P("hunter", "Duncan Hunter", ["Duncan Duane Hunter"])
P("ccollins", "Chris Collins", ["Christopher (Chris) Carl Collins"])
P("ohalleran", "Tom O'Halleran", ["Tom O’Halleran", "O’Halleran"])
P("rogers", "Wendy Rogers", [])
P("merkley", "Jeff Merkley", ["Merkley"])
P("harris", "Kamala Harris", ["Harris"])
P("reeves", "Chris Reeves", [])
P("bking", "Brian King", [])
P("grassley", "Chuck Grassley", ["Grassley"])
P("rjohnson", "Ron Johnson", ["Johnson"])
P("murray", "James Murray", [])
P("graham", "Lindsey Graham", ["Graham"])
P("buttigieg", "Pete Buttigieg", ["Buttigieg"])
P("bloomberg", "Michael Bloomberg", ["Mike Bloomberg", "Bloomberg"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("perez", "Tom Perez", [])
P("fudge", "Marcia Fudge", [])
P("rendell", "Ed Rendell", ["Edward G. Rendell", "Rendell"])
P("ponta", "Victor Ponta", ["Ponta"])
P("iohannis", "Klaus Iohannis", ["Iohannis"])
P("basescu", "Traian Băsescu", ["Traian Basescu"])
P("vucic", "Aleksandar Vučić", ["Aleksandar Vucic", "Vucic"])
P("nikolic", "Tomislav Nikolić", ["Tomislav Nikolic"])
P("mustafa", "Isa Mustafa", [])
P("dirupo", "Elio Di Rupo", ["Di Rupo"])
P("zuluaga", "Óscar Iván Zuluaga", ["Oscar Ivan Zuluaga", "Zuluaga"])
P("santos", "Juan Manuel Santos", ["Santos"])
P("uribe", "Álvaro Uribe", ["Alvaro Uribe"])
P("pastrana", "Andrés Pastrana Arango", ["Andres Pastrana Arango"])
P("poroshenko", "Petro Poroshenko", [])
P("zeman", "Miloš Zeman", ["Milos Zeman", "Zeman"])
P("drahos", "Jiří Drahoš", ["Jiri Drahos"])
P("schwarzenberg", "Karel Schwarzenberg", [])

DOCS = []

# ---------------------------------------------------------------- a_2014-01-09 (Christie, bridge-gate)
DOCS.append(("a_2014-01-09_6RxmYxHhhVtv6Kbp.txt", [
    F("holds_office", "christie", "gov_nj", S("New Jersey Gov. Chris Christie on Thursday apologized for the bridge-gate scandal", exact=True)),
    F("holds_office", "christie", "rga_chair", ["of which Christie is chairman", "Chairman of the Republican Governors Association and enormously popular, Christie won"]),
    F("party", "christie", "rep", "Chairman of the Republican Governors Association and enormously popular, Christie won"),
    F("candidacy", "christie", "nj_gov_2013", "Chairman of the Republican Governors Association and enormously popular, Christie won"),
    F("won", "christie", "nj_gov_2013", "Chairman of the Republican Governors Association and enormously popular, Christie won"),
    F("holds_office", "sokolich", "mayor_fort_lee", "Fort Lee Mayor Mark Sokolich, said on CNN"),
    F("party", "sokolich", "dem", ["Critics say the shutdown was retribution against the Democratic mayor of Fort Lee",
                                   "Fort Lee Mayor Mark Sokolich, said on CNN"]),
    F("holds_office", "dws", "dnc_chair", "DNC Chair Debbie Wasserman Schultz said in a statement"),
    F("holds_office", "fishman", "us_atty_nj", S("a spokeswoman for U.S. Attorney Paul J. Fishman, in a statement today", exact=True)),
    F("holds_office", "wisniewski", "nj_dep_speaker", "Deputy Assembly Speaker John Wisniewski, a Democrat"),
    F("party", "wisniewski", "dem", "Deputy Assembly Speaker John Wisniewski, a Democrat"),
    F("holds_office", "booker", "sen_nj", "Democratic U.S. Senator Cory Booker, the former mayor of Newark"),
    F("party", "booker", "dem", "Democratic U.S. Senator Cory Booker, the former mayor of Newark"),
    F("holds_office", "booker", "mayor_newark", "Democratic U.S. Senator Cory Booker, the former mayor of Newark", former=True),
    F("holds_office", "obama", "pres_us", "Democratic U.S. Senator Cory Booker, the former mayor of Newark"),
]))

# ---------------------------------------------------------------- a_2014-02-03 (Obama / O'Reilly)
DOCS.append(("a_2014-02-03_qkv8OCBblmAut9lG.txt", [
    F("holds_office", "obama", "pres_us", "President Obama's live interview with Fox News Channel"),
    F("party", "obama", "dem", "about four hours after the Obama-O'Reily interview was broadcast"),
    F("party", "clinton", "dem", S("about four hours after the Obama-O'Reily interview was broadcast", through="former Secretary of State Hillary Clinton.")),
    F("holds_office", "clinton", "sec_state", "tweeted former first lady and former Secretary of State Hillary Clinton", former=True),
]))

# ---------------------------------------------------------------- a_2014-04-29 (Congress agenda)
DOCS.append(("a_2014-04-29_0fCbw1BId06K3H5S.txt", [
    F("party", "bell", "rep", S("asked the Bipartisan Policy Center's Steve Bell.", through="The Republican worked for more than two decades")),
    F("holds_office", "reid", "senate_maj_leader", "Senate Majority Leader Harry Reid, a Democrat of Nevada"),
    F("holds_office", "reid", "sen_nv", "Senate Majority Leader Harry Reid, a Democrat of Nevada"),
    F("party", "reid", "dem", "Senate Majority Leader Harry Reid, a Democrat of Nevada"),
    F("holds_office", "cantor", "house_maj_leader", "House Majority Leader Eric Cantor, a Republican of Virginia"),
    F("holds_office", "cantor", "rep_va7", "House Majority Leader Eric Cantor, a Republican of Virginia"),
    F("party", "cantor", "rep", "House Majority Leader Eric Cantor, a Republican of Virginia"),
]))

# ---------------------------------------------------------------- a_2014-05-13 (pro-Clinton super PACs)
DOCS.append(("a_2014-05-13_LKEzHc0yThQjlhB0.txt", [
    F("holds_office", "clinton", "sec_state", "with longstanding ties to the former first lady and secretary of state", former=True),
    F("endorsement", "emanuel", "clinton", "securing Clinton support from Chicago Mayor Rahm Emmanuel and Sen. Tim Kaine of Virginia"),
    F("endorsement", "kaine", "clinton", "securing Clinton support from Chicago Mayor Rahm Emmanuel and Sen. Tim Kaine of Virginia"),
    F("holds_office", "emanuel", "mayor_chicago", "securing Clinton support from Chicago Mayor Rahm Emmanuel and Sen. Tim Kaine of Virginia"),
    F("holds_office", "kaine", "sen_va", "securing Clinton support from Chicago Mayor Rahm Emmanuel and Sen. Tim Kaine of Virginia"),
]))

# ---------------------------------------------------------------- a_2014-09-17 (Syrian rebels vote)
DOCS.append(("a_2014-09-17_dapIOIAEVLZoWkbx.txt", [
    F("holds_office", "obama", "pres_us", "President Obama will meet today with military officials"),
    F("holds_office", "kmccarthy", "house_maj_leader", S("[House Majority Leader Kevin] McCarthy told reporters in the Capitol on Monday", exact=True)),
    F("holds_office", "hagel", "sec_defense", "Defense Secretary Chuck Hagel and Joint Chiefs Chairman Gen. Martin Dempsey appeared"),
    F("holds_office", "dempsey", "cjcs", "Defense Secretary Chuck Hagel and Joint Chiefs Chairman Gen. Martin Dempsey appeared"),
]))

# ---------------------------------------------------------------- a_2014-11-05 (Obama after midterms)
DOCS.append(("a_2014-11-05_inGQW5OFy33ZA0cj.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama walked into the White House nearly six years ago"),
    F("party", "obama", "dem", "has caused some consternation within Obama's own party"),
    F("holds_office", "biden", "vp_us", "Vice President Joe Biden told CNN Monday"),
    F("holds_office", "boehner", "speaker", "the White House has kept meetings between House Speaker John Boehner and Obama secret"),
    F("holds_office", "reagan", "pres_us", "a former adviser to Presidents Ronald Reagan and Bill Clinton", former=True),
    F("holds_office", "bclinton", "pres_us", "a former adviser to Presidents Ronald Reagan and Bill Clinton", former=True),
    F("candidacy", "romney", "us_pres_2012", "Some Republicans, like 2012 GOP nominee Mitt Romney"),
    F("party", "romney", "rep", "Some Republicans, like 2012 GOP nominee Mitt Romney"),
    F("holds_office", "reid", "senate_maj_leader", "Sen. Harry Reid, the Democratic Majority Leader"),
    F("holds_office", "reid", "sen_nv", "Sen. Harry Reid, the Democratic Majority Leader"),
    F("party", "reid", "dem", "Sen. Harry Reid, the Democratic Majority Leader"),
]))

# ---------------------------------------------------------------- a_2014-12-10 (Warren: kill the bill)
DOCS.append(("a_2014-12-10_a96Sxc0OMGBBFi6C.txt", [
    F("holds_office", "warren", "sen_ma", "Sen. Elizabeth Warren (D-Mass.) called on Democrats"),
    F("party", "warren", "dem", "Sen. Elizabeth Warren (D-Mass.) called on Democrats"),
    F("holds_office", "pelosi", "house_min_leader", "call went further than House Minority Leader Nancy Pelosi"),
    F("party", "pelosi", "dem", S("Those provisions have run into trouble among House Democrats.", through="On Wednesday, Pelosi said")),
    F("holds_office", "boehner", "speaker", "as House Speaker John Boehner is not expected"),
    F("party", "stabenow", "dem", "Other Senate Democrats"),
    F("party", "sbrown", "dem", "Other Senate Democrats"),
    F("holds_office", "stabenow", "sen_mi", "Other Senate Democrats"),
    F("holds_office", "sbrown", "sen_oh", "Other Senate Democrats"),
    F("holds_office", "stabenow", "chair_sen_ag", "Other Senate Democrats"),
]))

# ---------------------------------------------------------------- a_2016-02-02 (Clinton's Iowa "win")
_TIE = "As of this writing, the result was a statistical tie, 49.9% for Clinton and 49.6% for Bernie Sanders."
_LBJ = S("In 1968, the left-wing senator from Minnesota challenged President Johnson", through="McCarthy actually lost by a significant margin.")
_MC = S("The ghost of Eugene McCarthy has hovered", through="challenged President Johnson in the New Hampshire primary.")
DOCS.append(("a_2016-02-02_ZTbCVO463XCzhO36.txt", [
    F("candidacy", "clinton", "ia_dem_caucus_2016", ["victory in Iowa might have been the narrowest of wins for her", _TIE]),
    F("candidacy", "sanders", "ia_dem_caucus_2016", _TIE),
    F("won", "clinton", "ia_dem_caucus_2016", ["victory in Iowa might have been the narrowest of wins for her", _TIE, "Instead, she won Iowa this time."], 49.9),
    F("lost", "sanders", "ia_dem_caucus_2016", [_TIE, "victory in Iowa might have been the narrowest of wins for her"], 49.6),
    F("party", "clinton", "dem", "victory in Iowa might have been the narrowest of wins for her"),
    F("candidacy", "clinton", "ia_dem_caucus_2008", S("In fact, the nature of this victory will probably bring out the worst in Clinton.", through="as she did in Iowa in 2008")),
    F("lost", "clinton", "ia_dem_caucus_2008", S("In fact, the nature of this victory will probably bring out the worst in Clinton.", through="as she did in Iowa in 2008")),
    F("candidacy", "clinton", "us_dem_prim_2016", "a socialist nominee or a fatally flawed Clinton candidacy"),
    F("candidacy", "sanders", "us_dem_prim_2016", "But there was some slim possibility that someone else would get in and beat her and Sanders."),
    F("holds_office", "emccarthy", "sen_mn", _MC, former=True),
    F("candidacy", "emccarthy", "nh_dem_prim_1968", [_MC, "McCarthy actually lost by a significant margin."]),
    F("lost", "emccarthy", "nh_dem_prim_1968", [_MC, S("McCarthy actually lost by a significant margin.", through="he got 42% of the vote against the sitting president")], 42),
    F("candidacy", "lbj", "nh_dem_prim_1968", _LBJ),
    F("won", "lbj", "nh_dem_prim_1968", _LBJ),
    F("holds_office", "lbj", "pres_us", _LBJ, former=True),
    F("candidacy", "lbj", "us_dem_prim_1968", "was enough to ultimately knock Johnson out of the race"),
    F("candidacy", "rfk", "us_dem_prim_1968", "was enough to ultimately knock Johnson out of the race"),
    F("holds_office", "biden", "vp_us", "it might be enough to entice Vice President Biden"),
]))

# ---------------------------------------------------------------- a_2016-07-13 (Trump vs. Ginsburg)
DOCS.append(("a_2016-07-13_5qbx8XAwgMP7XqMy.txt", [
    F("holds_office", "ginsburg", "scotus_justice", "Donald Trump is firing back at Supreme Court Justice Ruth Bader Ginsburg"),
    F("candidacy", "trump", "us_pres_2016", S("Donald Trump is firing back at Supreme Court Justice Ruth Bader Ginsburg", through="about the candidate.")),
    F("candidacy", "clinton", "us_pres_2016", "a clear nod to presumptive Democratic nominee Hillary Clinton"),
    F("party", "clinton", "dem", "a clear nod to presumptive Democratic nominee Hillary Clinton"),
    F("candidacy", "gwbush", "us_pres_2000", "as it had to in the 2000 race between George W. Bush and Al Gore"),
    F("candidacy", "gore", "us_pres_2000", "as it had to in the 2000 race between George W. Bush and Al Gore"),
]))

# ---------------------------------------------------------------- a_2016-07-21 (Cruz non-endorsement, RNC)
_PENCE = "coming out party for Trump’s vice presidential running mate, Indiana Gov. Mike Pence"
_RIVAL = "Cruz, a rival of Trump's during primary season"
DOCS.append(("a_2016-07-21_DPwxKvxjY50zcNQ7.txt", [
    F("candidacy", "trump", "us_pres_2016", ["the Republican standard-bearer used the dispute to warn voters", "Drawing a sharp contrast between Trump and Hillary Clinton"]),
    F("party", "trump", "rep", "the Republican standard-bearer used the dispute to warn voters"),
    F("candidacy", "clinton", "us_pres_2016", "Drawing a sharp contrast between Trump and Hillary Clinton"),
    F("holds_office", "cruz", "sen_tx", ["The Texas senator faced a mixed reaction from the crowd", "even as the senator himself doubled down"]),
    F("candidacy", "cruz", "us_rep_prim_2016", _RIVAL),
    F("candidacy", "trump", "us_rep_prim_2016", [_RIVAL, "he broke a primary campaign pledge to back the eventual nominee"]),
    F("won", "trump", "us_rep_prim_2016", ["It's not classless to compliment Trump for winning", "he broke a primary campaign pledge to back the eventual nominee"]),
    F("party", "cruz", "rep", ["while a senior GOP operative on the convention floor told Fox News", _RIVAL]),
    F("holds_office", "gingrich", "speaker", "Former House Speaker Newt Gingrich, who spoke later", former=True),
    F("endorsement", "gingrich", "trump", ["Gingrich, a strong Trump supporter", "the only way to protect that is to vote for the Trump/Pence ticket"]),
    F("holds_office", "pence", "gov_in", _PENCE),
    F("candidacy", "pence", "us_pres_2016", [_PENCE, "the only way to protect that is to vote for the Trump/Pence ticket"]),
    F("endorsement", "pence", "trump", "assuring voters that Trump was the best option for America"),
    F("party", "pence", "rep", S("or we can choose a leader who will fight every day", through="my fellow Republicans")),
]))

# ---------------------------------------------------------------- a_2016-09-04 (Bishop Jackson / Trump): no scored facts
DOCS.append(("a_2016-09-04_KwXMzPzavGY9S79P.txt", []))

# ---------------------------------------------------------------- a_2016-11-08 (the "forgotten man")
DOCS.append(("a_2016-11-08_5iM4vsRj73JnsLzs.txt", [
    F("candidacy", "trump", "us_pres_2016", ["In his victory speech last night, Donald J. Trump paid homage", "victory will go down as one of the great upsets"]),
    F("won", "trump", "us_pres_2016", ["In his victory speech last night, Donald J. Trump paid homage", "victory will go down as one of the great upsets"]),
    F("candidacy", "nixon", "us_pres_1968", ["after Richard Nixon’s 1968 victory", "In the 1968 campaign, Nixon capitalized"]),
    F("won", "nixon", "us_pres_1968", "after Richard Nixon’s 1968 victory"),
    F("candidacy", "fdr", "us_pres_1932", "In his 1932 campaign for the presidency, Roosevelt sought"),
]))

# ---------------------------------------------------------------- a_2018-04-02 (Trump DACA tweets)
DOCS.append(("a_2018-04-02_Xp1Gub9r8tgqRCu2.txt", [
    F("holds_office", "trump", "pres_us", "President Trump on Monday continued hammering Democrats"),
]))

# ---------------------------------------------------------------- a_2018-08-25 (McCain suspends treatment)
_MAV = "Sens. Susan Collins, R-Maine, Lisa Murkowski, R-Alaska, and Rand Paul, R-Ky."
DOCS.append(("a_2018-08-25_FdhWPS0crBLauKDJ.txt", [
    F("holds_office", "mccain", "sen_az", "The family of Sen. John McCain, R-Ariz., says"),
    F("party", "mccain", "rep", ["The family of Sen. John McCain, R-Ariz., says", "The Arizona Republican simply stated"]),
    F("candidacy", "mccain", "az_sen_2016", "Arizona voters re-elected McCain to the Senate in 2016."),
    F("won", "mccain", "az_sen_2016", "Arizona voters re-elected McCain to the Senate in 2016."),
    F("holds_office", "murphy", "sen_ct", "McCain joined Sen. Chris Murphy, D-Conn., on August 2"),
    F("party", "murphy", "dem", "McCain joined Sen. Chris Murphy, D-Conn., on August 2"),
    F("holds_office", "dancila", "pm_ro", "McCain joined Sen. Chris Murphy, D-Conn., on August 2"),
    F("holds_office", "trump", "pres_us", "On August 13, President Trump signed the John. S. McCain Defense Authorization Act"),
    F("holds_office", "haspel", "cia_dir", "announcing his opposition to the nomination of CIA Director Gina Haspel"),
    F("holds_office", "flake", "sen_az", "said Sen. Jeff Flake, R-Ariz., in May"),
    F("party", "flake", "rep", "said Sen. Jeff Flake, R-Ariz., in May"),
    F("holds_office", "scollins", "sen_me", _MAV),
    F("holds_office", "murkowski", "sen_ak", _MAV),
    F("holds_office", "rpaul", "sen_ky", _MAV),
    F("party", "scollins", "rep", _MAV),
    F("party", "murkowski", "rep", _MAV),
    F("party", "rpaul", "rep", _MAV),
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell, R-Ky., made a dramatic"),
    F("holds_office", "mcconnell", "sen_ky", "Senate Majority Leader Mitch McConnell, R-Ky., made a dramatic"),
    F("party", "mcconnell", "rep", "Senate Majority Leader Mitch McConnell, R-Ky., made a dramatic"),
    F("holds_office", "ducey", "gov_az", "Arizona Gov. Doug Ducey (R) would appoint another Republican"),
    F("party", "ducey", "rep", "Arizona Gov. Doug Ducey (R) would appoint another Republican"),
]))

# ---------------------------------------------------------------- a_2018-09-26 (GOP midterm triage)
_ROTH = "(R-Pa.) is desperately fighting to hang on to his seat in a race against Rep. Conor Lamb (D-Pa.)."
_GOPINC = "Besides Rothfus, the GOP incumbents who are locked in competitive races tilted in Democrats’ favor include Reps."
_OHAL = "where Rep. Tom O’Halleran (D) is facing a challenge from Republican Wendy Rogers"
DOCS.append(("a_2018-09-26_teQ8rsY9eK69L2M3.txt", [
    F("holds_office", "rothfus", "rep_pa12", _ROTH),
    F("party", "rothfus", "rep", _ROTH),
    F("candidacy", "rothfus", "pa17_2018", _ROTH),
    F("holds_office", "lamb", "rep_pa18", _ROTH),
    F("party", "lamb", "dem", _ROTH),
    F("candidacy", "lamb", "pa17_2018", [_ROTH, "a difficult opponent in Lamb"]),
    F("candidacy", "clinton", "us_pres_2016", ["carried in 2016 — or if the party is better served", "district that Clinton easily carried in 2016"]),
    F("holds_office", "comstock", "rep_va10", _GOPINC),
    F("holds_office", "paulsen", "rep_mn3", _GOPINC),
    F("holds_office", "jlewis", "rep_mn2", _GOPINC),
    F("holds_office", "blum", "rep_ia1", _GOPINC),
    F("party", "comstock", "rep", _GOPINC),
    F("party", "paulsen", "rep", _GOPINC),
    F("party", "jlewis", "rep", _GOPINC),
    F("party", "blum", "rep", _GOPINC),
    F("candidacy", "comstock", "va10_2018", [_GOPINC, "canceling on a woman in a tough race"]),
    F("candidacy", "paulsen", "mn3_2018", _GOPINC),
    F("candidacy", "jlewis", "mn2_2018", _GOPINC),
    F("candidacy", "blum", "ia1_2018", [_GOPINC, "But Blum’s race is considered “lean Democratic”"]),
    F("holds_office", "trump", "pres_us", "’s low approval ratings and the intense political passions"),
    F("candidacy", "trump", "us_pres_2016", "which went for Trump by just 1 point in 2016"),
    F("holds_office", "ryan", "speaker", "(R-Wis.) is slated to attend an October fundraising event for Comstock"),
    F("holds_office", "ryan", "rep_wi1", "(R-Wis.) is slated to attend an October fundraising event for Comstock"),
    F("party", "ryan", "rep", "(R-Wis.) is slated to attend an October fundraising event for Comstock"),
    F("endorsement", "ryan", "comstock", "(R-Wis.) is slated to attend an October fundraising event for Comstock"),
    F("holds_office", "hunter", "rep_ca50", "like the districts of indicted Reps. Duncan Hunter"),
    F("party", "hunter", "rep", "like the districts of indicted Reps. Duncan Hunter"),
    F("holds_office", "ccollins", "rep_ny27", "like the districts of indicted Reps. Duncan Hunter"),
    F("party", "ccollins", "rep", "like the districts of indicted Reps. Duncan Hunter"),
    F("holds_office", "ohalleran", "rep_az1", _OHAL),
    F("party", "ohalleran", "dem", _OHAL),
    F("candidacy", "ohalleran", "az1_2018", _OHAL),
    F("candidacy", "rogers", "az1_2018", _OHAL),
    F("party", "rogers", "rep", _OHAL),
]))

# ---------------------------------------------------------------- a_2018-10-20 (Sanders / Warren 2020 talk)
DOCS.append(("a_2018-10-20_GaEqzmIAvxAsUhEE.txt", [
    F("holds_office", "sanders", "sen_vt", ["progressive potential candidates such as Sens. Bernie Sanders and Elizabeth Warren",
                                             "At least three senators — Sanders (I-Vt.), Warren (D-Mass.) and Merkley"]),
    F("holds_office", "warren", "sen_ma", ["progressive potential candidates such as Sens. Bernie Sanders and Elizabeth Warren",
                                            "At least three senators — Sanders (I-Vt.), Warren (D-Mass.) and Merkley"]),
    F("party", "warren", "dem", "At least three senators — Sanders (I-Vt.), Warren (D-Mass.) and Merkley"),
    F("holds_office", "merkley", "sen_or", "Asked whether he has spoken already with Warren or Sen. Jeff Merkley (D-Ore.)"),
    F("party", "merkley", "dem", "Asked whether he has spoken already with Warren or Sen. Jeff Merkley (D-Ore.)"),
    F("holds_office", "booker", "sen_nj", "Other Democrats, including Sens. Cory Booker (D-N.J.) and Kamala Harris (D-Calif.)"),
    F("holds_office", "harris", "sen_ca", "Other Democrats, including Sens. Cory Booker (D-N.J.) and Kamala Harris (D-Calif.)"),
    F("party", "booker", "dem", "Other Democrats, including Sens. Cory Booker (D-N.J.) and Kamala Harris (D-Calif.)"),
    F("party", "harris", "dem", "Other Democrats, including Sens. Cory Booker (D-N.J.) and Kamala Harris (D-Calif.)"),
    F("endorsement", "merkley", "sanders", "In 2016, Merkley was Sanders’ only fellow senator to endorse his presidential campaign."),
    F("candidacy", "sanders", "us_dem_prim_2016", ["In 2016, Merkley was Sanders’ only fellow senator to endorse his presidential campaign.",
                                                    "in his failed run for president in 2016"]),
    F("lost", "sanders", "us_dem_prim_2016", "in his failed run for president in 2016"),
    F("holds_office", "trump", "pres_us", "President Donald Trump \"has helped us"),
    F("party", "reeves", "dem", "Chris Reeves, a Democratic National Committee member from Kansas"),
]))

# ---------------------------------------------------------------- a_2020-01-30 (Utah abortion op-ed)
DOCS.append(("a_2020-01-30_P08tcyPnkf5XMkva.txt", [
    F("holds_office", "bking", "ut_house_min_leader", "Rep. Brian King is the minority leader of the Utah House of Representatives."),
]))

# ---------------------------------------------------------------- a_2020-02-05 (Grassley/Johnson on Hunter Biden)
_GJ = "Sens. Chuck Grassley, R-Iowa, and Ron Johnson, R-Wis., sent a letter to Secret Service Director James Murray"
_CHAIRS = "Grassley and Johnson, who respectively chair the Senate Committee on Finance and Committee on Homeland Security"
_GRAHAM = "Senate Judiciary Chairman Lindsey Graham, R-S.C., has also said"
DOCS.append(("a_2020-02-05_7UmxQ8aBSnskBF8y.txt", [
    F("holds_office", "trump", "pres_us", "shortly after President Donald Trump was acquitted by the Senate"),
    F("holds_office", "grassley", "sen_ia", _GJ),
    F("holds_office", "rjohnson", "sen_wi", [_GJ, "Wisconsin Senator gives Republicans an account"]),
    F("party", "grassley", "rep", _GJ),
    F("party", "rjohnson", "rep", _GJ),
    F("holds_office", "murray", "ss_dir", _GJ),
    F("holds_office", "grassley", "chair_sen_fin", _CHAIRS),
    F("holds_office", "rjohnson", "chair_sen_hsgac", _CHAIRS),
    F("holds_office", "biden", "vp_us", ["open investigations into former Vice President Joe Biden and his son", "The former vice president's position was actually"], former=True),
    F("candidacy", "biden", "us_pres_2020", "Trump only wanted investigations to damage Joe Biden in the 2020 election"),
    F("holds_office", "graham", "sen_sc", _GRAHAM),
    F("holds_office", "graham", "chair_sen_jud", _GRAHAM),
    F("party", "graham", "rep", _GRAHAM),
]))

# ---------------------------------------------------------------- a_2020-02-10 (Reuters, before New Hampshire)
_T20 = S("For the past year, Democratic voters have been anxious", through="to unseat the Republican incumbent")
_NHFAV = "Several recent polls showed the top two vote-getters in Iowa - Sanders and former South Bend, Indiana Mayor Pete Buttigieg - as the favorites in New Hampshire."
_BID4 = S("the 77-year-old Biden limped to a fourth-place finish in the caucus", through="the surest bet to unite the fractious party and defeat Trump.")
_CAP = "Democratic U.S. presidential candidate Senator Bernie Sanders speaks at a breakfast campaign stop"
_MED = S("Sanders and Massachusetts Sen. Elizabeth Warren favor Medicare for All", through="add a public option for those who want it.")
_BLOOM = "Adding to the uncertainty is an ascendant Mike Bloomberg, the billionaire former mayor of New York"
_REND = "Rendell, a Biden supporter and former DNC chair, told Reuters."
DOCS.append(("a_2020-02-10_5PYgoROMSjeYVIZ8.txt", [
    F("holds_office", "trump", "pres_us", "anxious to settle on a savior capable of defeating President Donald Trump"),
    F("candidacy", "trump", "us_pres_2020", _T20),
    F("party", "trump", "rep", _T20),
    F("candidacy", "trump", "us_pres_2016", "winning back blue-collar voters who defected to Trump in 2016"),
    F("candidacy", "biden", "us_dem_prim_2020", [_T20, "The Buttigieg camp, meanwhile, is looking to pick off Biden donors"]),
    F("candidacy", "biden", "ia_dem_caucus_2020", _BID4),
    F("lost", "biden", "ia_dem_caucus_2020", [_BID4, "following the former vice president’s flop in Iowa"]),
    F("party", "biden", "dem", _BID4),
    F("holds_office", "biden", "vp_us", [_BID4, "following the former vice president’s flop in Iowa"], former=True),
    F("candidacy", "biden", "nh_dem_prim_2020", ["Interviewed Saturday at a Biden rally in Manchester, New Hampshire",
                                                  S("along the New Hampshire seacoast, Biden told supporters to keep the faith.", through="I’m going to keep moving")]),
    F("poll", "biden", "us_dem_prim_2020", "according to a Reuters/Ipsos national poll conducted Jan. 29-30", pollster="Reuters/Ipsos"),
    F("holds_office", "sanders", "sen_vt", ["The early strength of Vermont Sen. Bernie Sanders", _CAP]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_CAP, "But his candidacy terrifies many moderates"]),
    F("candidacy", "sanders", "ia_dem_caucus_2020", [_NHFAV, "Sanders, 78, won the most votes in Iowa’s complicated caucus system."]),
    F("candidacy", "sanders", "nh_dem_prim_2020", [_NHFAV, _CAP]),
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", [_NHFAV, "He is projected to have won 14 delegates, two more than Sanders."]),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", _NHFAV),
    F("candidacy", "buttigieg", "us_dem_prim_2020", "The strong performance of Buttigieg, the youngest candidate at 38"),
    F("holds_office", "buttigieg", "mayor_sb", _NHFAV, former=True),
    F("candidacy", "bloomberg", "us_dem_prim_2020", [_BLOOM, "Bloomberg is skipping the four early voting states in February but is competing from March 3"]),
    F("holds_office", "bloomberg", "mayor_nyc", _BLOOM, former=True),
    F("candidacy", "warren", "us_dem_prim_2020", _MED),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _MED),
    F("holds_office", "warren", "sen_ma", _MED),
    F("holds_office", "klobuchar", "sen_mn", _MED),
    F("candidacy", "obama", "us_pres_2008", "when Democrat Barack Obama rode a wave of enthusiasm to the White House"),
    F("won", "obama", "us_pres_2008", "when Democrat Barack Obama rode a wave of enthusiasm to the White House"),
    F("party", "obama", "dem", "when Democrat Barack Obama rode a wave of enthusiasm to the White House"),
    F("holds_office", "obama", "pres_us", "when Democrat Barack Obama rode a wave of enthusiasm to the White House", former=True),
    F("holds_office", "emanuel", "wh_cos", "said Rahm Emanuel, Obama’s former chief of staff and the ex-mayor of Chicago", former=True),
    F("holds_office", "emanuel", "mayor_chicago", "said Rahm Emanuel, Obama’s former chief of staff and the ex-mayor of Chicago", former=True),
    F("holds_office", "perez", "dnc_chair", "a call from Tom Perez, chairman of the Democratic National Committee (DNC)"),
    F("holds_office", "fudge", "rep_oh11", "Rep. Marcia Fudge, a Democratic congresswoman from Ohio, told Politico."),
    F("party", "fudge", "dem", "Rep. Marcia Fudge, a Democratic congresswoman from Ohio, told Politico."),
    F("holds_office", "rendell", "gov_pa", "Former Pennsylvania Gov. Edward G. Rendell called the bungled count", former=True),
    F("holds_office", "rendell", "dnc_chair", _REND, former=True),
    F("party", "rendell", "dem", _REND),
    F("endorsement", "rendell", "biden", _REND),
]))

# ---------------------------------------------------------------- a_2020-02-11 (Reason, Sanders wins New Hampshire)
_WIN = "claimed a narrow victory in the New Hampshire Democratic presidential primary Tuesday night"
_PROJ = "NBC News and Decision Desk HQ both projected that Sanders would win the state."
_PB = "South Bend, Indiana, Mayor Pete Buttigieg was close on his heels"
_WB = "Sen. Elizabeth Warren (D–Mass.) and former Vice President Joe Biden suffered complete collapses"
DOCS.append(("a_2020-02-11_qSqXFniIIC1SaUUO.txt", [
    F("holds_office", "sanders", "sen_vt", _WIN),
    F("candidacy", "sanders", "nh_dem_prim_2020", _WIN),
    F("won", "sanders", "nh_dem_prim_2020", [_WIN, _PROJ]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_WIN, "there's no denying that Sanders is now the most likely eventual nominee"]),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", [_PB, _WIN]),
    F("lost", "buttigieg", "nh_dem_prim_2020", [_PB, _WIN]),
    F("holds_office", "buttigieg", "mayor_sb", _PB),
    F("party", "buttigieg", "dem", [_PB, _WIN]),
    F("candidacy", "buttigieg", "us_dem_prim_2020", [_PB, "Indeed, for the time being, this is a relatively competitive five-way race."]),
    F("candidacy", "klobuchar", "nh_dem_prim_2020", [_PB, _WIN]),
    F("lost", "klobuchar", "nh_dem_prim_2020", [_PB, _WIN]),
    F("holds_office", "klobuchar", "sen_mn", _PB),
    F("party", "klobuchar", "dem", _PB),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _PB),
    F("candidacy", "warren", "nh_dem_prim_2020", [_WB, _WIN]),
    F("lost", "warren", "nh_dem_prim_2020", [_WB, _WIN]),
    F("holds_office", "warren", "sen_ma", _WB),
    F("party", "warren", "dem", _WB),
    F("candidacy", "warren", "us_dem_prim_2020", _WB),
    F("candidacy", "biden", "nh_dem_prim_2020", [_WB, _WIN]),
    F("lost", "biden", "nh_dem_prim_2020", [_WB, _WIN]),
    F("holds_office", "biden", "vp_us", _WB, former=True),
    F("candidacy", "biden", "us_dem_prim_2020", _WB),
    F("party", "biden", "dem", [_WB, _WIN]),
    F("candidacy", "biden", "sc_dem_prim_2020", "Biden is hoping to rebound in the upcoming South Carolina primary"),
    F("candidacy", "bloomberg", "us_dem_prim_2020", "the former vice president will eventually have to contend with former New York City Mayor Mike Bloomberg"),
    F("holds_office", "bloomberg", "mayor_nyc", "the former vice president will eventually have to contend with former New York City Mayor Mike Bloomberg", former=True),
    F("candidacy", "trump", "us_pres_2016", "voters who handed the election to Donald Trump in 2016"),
    F("won", "trump", "us_pres_2016", "voters who handed the election to Donald Trump in 2016"),
]))

# ---------------------------------------------------------------- c_2012-05-07 (Ponta becomes Romanian PM)
_PONTA = L("USL Leader, Victor Ponta, becomes Prime Minister of Romania.")
_RO14 = S("Romanian Prime Minister Victor Ponta, from the rulling PSD, and the ethnic German mayor of Sibiu Klaus Iohannis", exact=True)
_RO14B = S("will face a November 16 runoff, with the incumbent Social democrat premier favored to win", exact=True)
_RO14W = "with Klaus Iohannis scoring an upset victory over current Prime Minister Victor Ponta"
DOCS.append(("c_2012-05-07_usl-leader-victor-ponta-becomes-prime-mi.txt", [
    F("holds_office", "ponta", "pm_ro", [_PONTA, "nominates current Prime Minister Victor Ponta of the Social Liberal Union"]),
    F("holds_office", "ponta", "usl_leader", [_PONTA, "the governing Social Liberal Union led by Prime Minister Victor Ponta"]),
    F("party", "ponta", "usl", [_PONTA, "nominates current Prime Minister Victor Ponta of the Social Liberal Union"]),
    F("party", "ponta", "psd", [_RO14, _RO14B]),
    F("holds_office", "iohannis", "mayor_sibiu", _RO14),
    F("party", "iohannis", "acl", S("and the ethnic German mayor of Sibiu Klaus Iohannis, from the opposition ACL electoral alliance", exact=True)),
    F("candidacy", "ponta", "ro_pres_2014_r1", [_RO14, _RO14B]),
    F("candidacy", "iohannis", "ro_pres_2014_r1", [_RO14, _RO14B]),
    F("candidacy", "ponta", "ro_pres_2014", [_RO14B, _RO14W]),
    F("candidacy", "iohannis", "ro_pres_2014", [_RO14B, _RO14W]),
    F("won", "iohannis", "ro_pres_2014", _RO14W),
    F("lost", "ponta", "ro_pres_2014", _RO14W),
    F("holds_office", "basescu", "pres_ro", "Romanian President Traian Basescu sparks a new crisis"),
]))

# ---------------------------------------------------------------- c_2014-03-16 (Serbian parliamentary election)
_VUC17 = S("Voters in Serbia go to the polls for an election, which Prime Minster Aleksandar Vucic", through="avoiding a second round.")
DOCS.append(("c_2014-03-16_voters-in-serbia-go-to-the-polls-for-an-.txt", [
    F("candidacy", "vucic", "rs_pres_2017", _VUC17),
    F("won", "vucic", "rs_pres_2017", _VUC17, 55),
    F("holds_office", "vucic", "pm_rs", [_VUC17, "at the request of Serbian Prime Minister Aleksandar Vucic"]),
    F("party", "vucic", "sns", _VUC17),
    F("holds_office", "vucic", "pres_rs", "Serbian president Aleksandar Vucic nominates Ana Brnabic"),
    F("party", "nikolic", "sns", "with leader of the opposition Serbian Progressive Party Tomislav Nikolic announcing"),
    F("holds_office", "nikolic", "sns_leader", "with leader of the opposition Serbian Progressive Party Tomislav Nikolic announcing"),
    F("holds_office", "nikolic", "pres_rs", ["Serbian President Tomislav Nikolic accuses Kosovo", "Serbian President Tomislav Nikolic, at the request of Serbian Prime Minister"]),
    F("holds_office", "mustafa", "pm_xk", "The Prime Minister of Kosovo Isa Mustafa says"),
]))

# ---------------------------------------------------------------- c_2014-05-25 (Belgian elections)
DOCS.append(("c_2014-05-25_voters-go-to-the-polls-to-elect-the-memb.txt", [
    F("holds_office", "dirupo", "pm_be", S("the Socialist Party of Prime Minister Di Rupo remains the largest in Wallonia.", exact=True)),
    F("party", "dirupo", "ps_be", S("the Socialist Party of Prime Minister Di Rupo remains the largest in Wallonia.", exact=True)),
]))

# ---------------------------------------------------------------- c_2014-05-25 (Colombian presidential election, first round)
_CO1 = L("# Voters in Colombia go to the polls for the first round in the presidential election.")
_CO2 = S("Voters in Colombia go to the polls for a presidential election, pitting incumbent Juan Manuel Santos against Oscar Ivan Zuluaga.",
         through="Santos is reelected with 51% of the vote.")
DOCS.append(("c_2014-05-25_voters-in-colombia-go-to-the-polls-for-t.txt", [
    F("candidacy", "zuluaga", "co_pres_2014_r1", _CO1),
    F("candidacy", "santos", "co_pres_2014_r1", _CO1),
    F("candidacy", "zuluaga", "co_pres_2014", [_CO1, _CO2]),
    F("candidacy", "santos", "co_pres_2014", [_CO1, _CO2]),
    F("won", "santos", "co_pres_2014", _CO2, 51),
    F("lost", "zuluaga", "co_pres_2014", _CO2),
    F("holds_office", "santos", "pres_co", [_CO1, "Colombian president Juan Manuel Santos receives his award"]),
    F("holds_office", "uribe", "pres_co", "will meet with presidential predecessors Alvaro Uribe", former=True),
    F("holds_office", "pastrana", "pres_co", "will meet with presidential predecessors Alvaro Uribe", former=True),
    F("candidacy", "poroshenko", "ua_pres_2014", "exit polls indicating that businessman Petro Poroshenko is headed for victory"),
]))

# ---------------------------------------------------------------- c_2018-01-27 (Zeman re-elected Czech president)
_CZ = L("# Incumbent Milos Zeman, who opposes immigration and objects to EU sanctions against Russia")
_CZ1 = "The first round of the presidential election results in a second round that will be held on 26 and 27 January between Milos Zeman and Jiri Drahos."
_CZ13 = "Milos Zeman wins Czech presidential election and becomes the next President of the Czech Republic running ahead of Karel Schwarzenberg."
DOCS.append(("c_2018-01-27_incumbent-miloa-zeman-who-opposes-immigr.txt", [
    F("candidacy", "zeman", "cz_pres_2018", [_CZ, _CZ1]),
    F("candidacy", "drahos", "cz_pres_2018", [_CZ, _CZ1]),
    F("won", "zeman", "cz_pres_2018", _CZ, 51.8),
    F("lost", "drahos", "cz_pres_2018", _CZ),
    F("candidacy", "zeman", "cz_pres_2018_r1", _CZ1),
    F("candidacy", "drahos", "cz_pres_2018_r1", _CZ1),
    F("holds_office", "zeman", "pres_cz", [_CZ, "The president of the Czech Republic, Milos Zeman, marks the 26th anniversary", _CZ13]),
    F("candidacy", "zeman", "cz_pres_2013", _CZ13),
    F("candidacy", "schwarzenberg", "cz_pres_2013", _CZ13),
    F("won", "zeman", "cz_pres_2013", _CZ13),
    F("lost", "schwarzenberg", "cz_pres_2013", _CZ13),
    F("endorsement", "bloc_islam", "zeman", "group which supports the president"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b01.jsonl")
    print("wrote", len(lines), "facts")
