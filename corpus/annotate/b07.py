# ruff: noqa: E501
"""Corpus annotation, batch b07 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # unitedstates/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    "John McCain": "Q10390",
    "Lindsey Graham": "Q22212",
    "Barack Obama": "Q76",
    "George W. Bush": "Q207",
    "Dick Cheney": "Q48259",
    "Cory Booker": "Q1135767",
    "Mitch McConnell": "Q355522",
    "Thom Tillis": "Q7786750",
    "Alex Mooney": "Q4718026",
    "Jeanne Shaheen": "Q270316",
    "Maggie Hassan": "Q24053",
    "Rick Scott": "Q439729",
    "Tom Cotton": "Q3090307",
    "David Perdue": "Q17402717",
    "Donald Trump": "Q22686",
    "Bernie Sanders": "Q359442",
    "Ted Cruz": "Q2036942",
    "Marco Rubio": "Q324546",
    "Mike Pence": "Q24313",
    "Paul Ryan": "Q203966",
    "Chuck Schumer": "Q380900",
    "Dick Durbin": "Q434804",
    "Nancy Pelosi": "Q170581",
    "Adam Smith": "Q350916",
    "Chuck Grassley": "Q529294",
    "Maxine Waters": "Q461727",
    "Gwen Moore": "Q461698",
    "Ed Perlmutter": "Q331507",
    "Cedric Richmond": "Q561284",
    "Bob Menendez": "Q888132",
    "Cindy Hyde-Smith": "Q5120540",
    "Jim Jordan": "Q186215",
    "Charlie Crist": "Q374693",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "Republican party", "R", "Repub party"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("pvda", "Labour Party (Netherlands)", ["Labour Party", "PvdA"])
R.party("disy", "Democratic Rally", ["DISY"])
R.party("akel", "AKEL", ["Progressive Party of Working People"])
R.party("cdu", "Christian Democratic Union", ["CDU", "Christian Democratic Union of Germany"])
R.party("spd", "Social Democratic Party of Germany", ["SPD"])
R.org("walmart", "Walmart", ["Walmart"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "presidency"])
O("vp_us", head("Vice President", "the United States", "U.S."))
O("ag_us", "United States Attorney General",
  ["Attorney General", "Then-Attorney General"],
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("dep_ag", "United States Deputy Attorney General", generic=["Deputy Attorney General", "U.S. Deputy Attorney General"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["special counsel"],
  generic=["Special Counsel"])
O("fbi_dir", "Director of the Federal Bureau of Investigation", generic=["FBI Director", "Director of the FBI"])
O("wh_cos", "White House Chief of Staff", ["White House chief of staff", "chief of staff"], generic=["Chief of Staff"])
O("sec_state", "United States Secretary of State", ["secretary of state"],
  generic=["Secretary of State", "U.S. Secretary of State"])
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"),
  ["health and human services secretary"], generic=["HHS Secretary"])
O("sec_interior", cabinet_secretary("the Interior", "Interior"), generic=["Secretary of Interior"])
O("sec_agri", cabinet_secretary("Agriculture", "Agriculture"))
O("fema", "Administrator of the Federal Emergency Management Agency", ["Director"],
  generic=["FEMA Administrator", "FEMA Director", "Director of FEMA"])
O("cjcs", "Chairman of the Joint Chiefs of Staff", ["head of the Joint Chiefs of Staff"])
O("speaker_us", "Speaker of the United States House of Representatives", ["speaker"],
  generic=["Speaker of the House", "House Speaker", "Speaker"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives",
  generic=["House Majority Leader", "Majority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  ["House Minority Leader", "House and Senate minority leaders"], generic=["House Minority Leader", "Minority Leader"])
O("senate_min_leader", "Minority Leader of the United States Senate",
  ["United States Senate Minority Leader", "House and Senate minority leaders"],
  generic=["Senate Minority Leader", "Minority Leader"])
O("senate_maj_leader", "Majority Leader of the United States Senate", ["majority leader"],
  generic=["Senate Majority Leader", "Majority Leader"])
O("senate_min_whip", "Minority Whip of the United States Senate", ["No. 2 Senate Democratic leader"],
  generic=["Senate Minority Whip", "Senate Democratic Whip", "Whip"])
O("judiciary_chair", "Chairman of the Senate Judiciary Committee", ["Senate Judiciary Committee Chairman"],
  generic=["Senate Judiciary Committee Chairman", "Judiciary Committee Chairman"])
O("cbc_chair", "Chair of the Congressional Black Caucus", ["chairman of Congressional Black Caucus"],
  generic=["Congressional Black Caucus chairman", "CBC chair"])
O("hfc_chair", "Chair of the House Freedom Caucus", ["head of the House Freedom Caucus"],
  generic=["House Freedom Caucus chairman"])
for k, st in [("az", "Arizona"), ("sc", "South Carolina"), ("nc", "North Carolina"), ("nh", "New Hampshire"),
              ("ar", "Arkansas"), ("ky", "Kentucky"), ("ga", "Georgia"), ("vt", "Vermont"), ("tx", "Texas"),
              ("fl", "Florida"), ("ny", "New York"), ("il", "Illinois"), ("ia", "Iowa"), ("nj", "New Jersey"),
              ("ms", "Mississippi"), ("pa", "Pennsylvania")]:
    O("sen_" + k, senator(st), ["senator", "Florida senator", "Texas senator", "Mississippi Senator", "Mississippi senator"])
for k, st, n in [("ga12", "Georgia", 12), ("ca12", "California", 12), ("wa9", "Washington", 9), ("ca43", "California", 43),
                 ("wi4", "Wisconsin", 4), ("co7", "Colorado", 7), ("la2", "Louisiana", 2), ("oh4", "Ohio", 4),
("tx14", "Texas", 14)]:
    O("rep_" + k, representative(st, n), ["congresswoman", "congressman", "Ohio congressman"])
for k, st in [("ma", "Massachusetts"), ("nj", "New Jersey"), ("ny", "New York"), ("nh", "New Hampshire"),
              ("fl", "Florida"), ("pa", "Pennsylvania"), ("me", "Maine"), ("il", "Illinois"), ("oh", "Ohio")]:
    O("gov_" + k, governor(st), ["governor", "Massachusetts governor", "Maine Gov.", "Ohio Gov."])
O("ltgov_tx", lieutenant_governor("Texas"), ["Texas lieutenant governor", "lieutenant governor"])
O("mayor_chicago", mayor("Chicago"))
O("mayor_nyc", mayor("New York City"), ["New York City Mayor", "mayor"])
O("mayor_newark", mayor("Newark"), ["mayor of New Jersey", "mayor"])
O("mayor_hamburg", mayor("Hamburg"), ["mayor of Hamburg", "mayor"])
O("nc_house", "Member of the North Carolina House of Representatives", ["state House"])
O("nh_house", "Member of the New Hampshire House of Representatives", ["New Hampshire state Rep.", "state Rep."])
O("ms_senate", "Member of the Mississippi State Senate", ["state senator"])
O("ia_senate", "Member of the Iowa Senate", ["Iowa state Senator", "state Senator"])
O("pa_house", "Member of the Pennsylvania House of Representatives", ["Pennsylvania lawmaker"])
O("md_gop_chair", "Chairman of the Maryland Republican Party", ["state GOP chairman"])
O("pres_ru", head("President", "Russia", "Russian"))
O("pm_ru", head("Prime Minister", "Russia", "Russian"))
O("dpm_ru", head("Deputy Prime Minister", "Russia", "Russian"))
O("defmin_ru", head("Minister of Defence", "Russia", "Russian"), ["Defense Minister"],
  generic=["Defense Minister", "Defence Minister", "Russian Defense Minister"])
O("pres_fr", head("President", "France", "French"))
O("pres_ge", head("President", "Georgia", "Georgian"), ["Georgian counterpart"])
O("dpm_rs", head("Deputy Prime Minister", "Serbia", "Serbian"))
O("pres_srpska", "President of Republika Srpska", generic=["President"])
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("monarch_nl", "Monarch of the Netherlands", ["Queen", "King"],
  generic=["Queen of the Netherlands", "King of the Netherlands", "Dutch monarch"])
O("house_pres_nl", "President of the House of Representatives of the Netherlands",
  generic=["Speaker of the House of Representatives of the Netherlands", "President of the House of Representatives"])
O("unhcr", "United Nations High Commissioner for Refugees", generic=["UNHCR", "High Commissioner for Refugees"])
O("pres_cr", head("President", "Costa Rica", "Costa Rican"))
O("pres_cy", head("President", "Cyprus", "Cypriot"), ["Cyprus President"])
O("chancellor_de", head("Chancellor", "Germany", "German"))
O("vchancellor_de", head("Vice-Chancellor", "Germany", "German"), generic=["Vice Chancellor", "Vice-Chancellor of Germany"])
O("fm_de", "Federal Minister of Foreign Affairs", ["Foreign Minister"],
  generic=["Foreign Minister of Germany", "German Foreign Minister", "Foreign Minister"])
O("spd_leader", "Leader of the Social Democratic Party of Germany", ["interim leader", "leader"],
  generic=["SPD leader", "Leader of the SPD"])
O("fm_tr", head("Minister of Foreign Affairs", "Turkey", "Turkish"), ["Foreign Minister of Turkey"],
  generic=["Foreign Minister of Turkey", "Turkish Foreign Minister", "Foreign Minister"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("fl_rep_prim_2016", "2016 Florida Republican presidential primary", "ocd-division/country:us/state:fl", "2016-03-15", "primary", office="pres_us")
E("oh_rep_prim_2016", "2016 Ohio Republican presidential primary", "ocd-division/country:us/state:oh", "2016-03-15", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2012-01-03", "primary", office="pres_us")
E("nh_rep_prim_2012", "2012 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2012-01-10", "primary", office="pres_us")
E("me_rep_caucus_2012", "2012 Maine Republican presidential caucuses", "ocd-division/country:us/state:me", "2012-02-11", "primary", office="pres_us")
E("chi_mayor_2011", "2011 Chicago mayoral election", "ocd-division/country:us/state:il/place:chicago", "2011-02-22", "general")
E("nyc_mayor_2001", "2001 New York City mayoral election", "ocd-division/country:us/state:ny/place:new_york", "2001-11-06", "general")
E("nj_gov_2013", "2013 New Jersey gubernatorial election", "ocd-division/country:us/state:nj", "2013-11-05", "general", office="gov_nj")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office="sen_ky")
E("ga_sen_2014", "2014 United States Senate election in Georgia", "ocd-division/country:us/state:ga", "2014-11-04", "general", office="sen_ga")
E("nc_sen_2014", "2014 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2014-11-04", "general", office="sen_nc")
E("nc_sen_2008", "2008 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2008-11-04", "general", office="sen_nc")
E("nh_sen_2014", "2014 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2014-11-04", "general", office="sen_nh")
E("ar_sen_2014", "2014 United States Senate election in Arkansas", "ocd-division/country:us/state:ar", "2014-11-04", "general", office="sen_ar")
E("ga12_2014", "2014 Georgia's 12th congressional district election", "ocd-division/country:us/state:ga/cd:12", "2014-11-04", "general")
E("wv2_2014", "2014 West Virginia's 2nd congressional district election", "ocd-division/country:us/state:wv/cd:2", "2014-11-04", "general")
E("il10_2014", "2014 Illinois's 10th congressional district election", "ocd-division/country:us/state:il/cd:10", "2014-11-04", "general")
E("nh_gov_2014", "2014 New Hampshire gubernatorial election", "ocd-division/country:us/state:nh", "2014-11-04", "general", office="gov_nh")
E("fl_gov_2014", "2014 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2014-11-04", "general", office="gov_fl")
E("pa_gov_2014", "2014 Pennsylvania gubernatorial election", "ocd-division/country:us/state:pa", "2014-11-04", "general", office="gov_pa")
E("me_gov_2014", "2014 Maine gubernatorial election", "ocd-division/country:us/state:me", "2014-11-04", "general", office="gov_me")
E("il_gov_2014", "2014 Illinois gubernatorial election", "ocd-division/country:us/state:il", "2014-11-04", "general", office="gov_il")
E("ms_sen_2018", "2018 United States Senate special election in Mississippi (runoff)", "ocd-division/country:us/state:ms", "2018-11-27", "runoff", special=True, office="sen_ms")
E("ru_pres_2012", "2012 Russian presidential election", "ocd-division/country:ru", "2012-03-04", "general", office="pres_ru")
E("cr_pres_2010", "2010 Costa Rican presidential election", "ocd-division/country:cr", "2010-02-07", "general", office="pres_cr")
E("cy_pres_2018_r1", "2018 Cypriot presidential election (first round)", "ocd-division/country:cy", "2018-01-28", "general", office="pres_cy")
E("cy_pres_2018", "2018 Cypriot presidential election (second round)", "ocd-division/country:cy", "2018-02-04", "runoff", office="pres_cy")
E("cy_pres_2013_r1", "2013 Cypriot presidential election (first round)", "ocd-division/country:cy", "2013-02-17", "general", office="pres_cy")
E("cy_pres_2013", "2013 Cypriot presidential election (second round)", "ocd-division/country:cy", "2013-02-24", "runoff", office="pres_cy")
E("de_chancellor_2018", "2018 election of the Chancellor of Germany", "ocd-division/country:de", "2018-03-14", "general", office="chancellor_de")
E("nl_house_pres_2012", "2012 election of the President of the House of Representatives of the Netherlands", "ocd-division/country:nl", "2012", "general", office="house_pres_nl")

# ---------------------------------------------------------------- people
P = R.person
P("holder", "Eric Holder", ["Eric H. Holder Jr.", "Holder", "Mr. Holder", "Attorney General Holder"])
P("mccain", "John McCain", ["McCain", "Mr. McCain", "Sen. John McCain"])
P("graham", "Lindsey Graham", ["Graham", "Sen. Lindsey Graham", "Senator Lindsey Graham"])
P("obama", "Barack Obama", ["Obama", "Mr. Obama", "President Obama", "President Barack Obama"])
P("bclinton", "Bill Clinton", ["Clinton", "Bill", "President Clinton", "President Bill Clinton", "Mr. Clinton"], qid="Q1124")
P("gwbush", "George W. Bush", ["Bush", "Mr. Bush", "President George W. Bush"])
P("ashcroft", "John Ashcroft", [])
P("cheney", "Dick Cheney", ["Vice President Dick Cheney"])
P("mueller", "Robert Mueller", ["Robert S. Mueller III", "Mueller"])
P("romney", "Mitt Romney", ["Romney", "Gov. Romney"], qid="Q4496")
P("emanuel", "Rahm Emanuel", ["Emanuel"])
P("cuomo", "Andrew Cuomo", ["Gov. Cuomo", "Cuomo"])
P("bloomberg", "Michael Bloomberg", ["Bloomberg", "Mayor Bloomberg"])
P("sebelius", "Kathleen Sebelius", ["Sebelius", "Ms. Sebelius"])
P("salazar", "Ken Salazar", ["Salazar", "Mr. Salazar"])
P("vilsack", "Tom Vilsack", ["Vilsack", "Mr. Vilsack"])
P("christie", "Chris Christie", ["Christie", "Gov. Chris Christie"])
P("booker", "Cory Booker", [])
P("fugate", "Craig Fugate", ["Fugate", "Director Fugate"])
P("boehner", "John Boehner", ["Boehner", "Speaker Boehner"])
P("cantor", "Eric Cantor", ["Cantor", "Majority Leader Cantor"])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("grimes", "Alison Lundergan Grimes", ["Grimes"])
P("nunn", "Michelle Nunn", ["Nunn"])
P("perdue", "David Perdue", ["Perdue"])
P("barrow", "John Barrow", ["Barrow", "Rep. John Barrow"])
P("hagan", "Kay Hagan", ["Hagan"])
P("edole", "Elizabeth Dole", [])
P("tillis", "Thom Tillis", [])
P("casey", "Nick Casey", [])
P("mooney", "Alex Mooney", [])
P("sbrown", "Scott Brown", [])
P("shaheen", "Jeanne Shaheen", ["Sen. Jeanne Shaheen"])
P("hassan", "Maggie Hassan", ["Gov. Maggie Hassan"])
P("rscott", "Rick Scott", ["Gov. Rick Scott"])
P("crist", "Charlie Crist", [])
P("corbett", "Tom Corbett", ["Gov. Tom Corbett"])
P("lepage", "Paul LePage", [])
P("cutler", "Eliot Cutler", [])
P("michaud", "Michael Michaud", [])
P("dold", "Bob Dold", [])
P("quinn", "Pat Quinn", ["Gov. Pat Quinn"])
P("pryor", "Mark Pryor", ["Sen. Mark Pryor"])
P("cotton", "Tom Cotton", [])
P("hclinton", "Hillary Clinton", ["Hillary", "Clinton", "Hillary Clinton"], qid="Q6294")
P("trump", "Donald Trump", ["Trump", "Donald J. Trump", "President Trump", "President Donald Trump", "Mr. Trump", "Donald"])
P("sanders", "Bernie Sanders", ["Sanders", "U.S. Senator Bernie Sanders"])
P("cruz", "Ted Cruz", ["Cruz"])
P("mullen", "Michael Mullen", [])
P("rubio", "Marco Rubio", ["Rubio"])
P("kasich", "John Kasich", ["Kasich", "Ohio Gov. John Kasich"])
P("linsey", "Larry Wayne Linsey", ["Larry Wayne Lindsey", "Larry"])
P("comey", "James Comey", [])
P("pence", "Mike Pence", [])
P("baldasaro", "Al Baldasaro", [])
P("pryan", "Paul Ryan", [])
P("schumer", "Chuck Schumer", ["Schumer", "Charles Schumer"])
P("kelly", "John Kelly", ["Kelly", "Gen. Kelly"])
P("durbin", "Dick Durbin", [])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("asmith", "Adam Smith", ["Rep. Adam Smith"])
P("grassley", "Chuck Grassley", ["Grassley"])
P("rosenstein", "Rod Rosenstein", ["Rosenstein"])
P("waters", "Maxine Waters", ["Waters", "Rep. Maxine Waters", "Maxine"])
P("gmoore", "Gwen Moore", ["Rep. Gwen Moore"])
P("perlmutter", "Ed Perlmutter", ["Perlmutter", "Rep. Ed Perlmutter"])
P("richmond", "Cedric Richmond", ["Rep. Cedric Richmond"])
P("menendez", "Bob Menendez", ["Menendez", "Senator Bob Menendez"])
P("putin", "Vladimir Putin", ["Putin"], qid="Q7747")
P("hydesmith", "Cindy Hyde-Smith", ["Hyde-Smith", "Sen. Cindy Hyde-Smith"])
P("espy", "Mike Espy", ["Espy"])
P("patrick", "Dan Patrick", [])
P("jordan", "Jim Jordan", [])
P("mjones", "Mike Jones", [])
P("seselj", "Vojislav Seselj", [])
P("karadzic", "Radovan Karadzic", ["Karadzic"])
P("rutte", "Mark Rutte", [], qid="Q57792")
P("beatrix", "Beatrix of the Netherlands", ["Queen Beatrix", "Beatrix"])
P("wa", "Willem-Alexander of the Netherlands", ["King Willem-Alexander", "Willem-Alexander"])
P("samsom", "Diederik Samsom", [])
P("lubbers", "Ruud Lubbers", [])
P("miltenburg", "Anouchka van Miltenburg", [])
P("santorum", "Rick Santorum", [])
P("ronpaul", "Ron Paul", ["Congressman Ron Paul"])
P("huntsman", "Jon Huntsman", [])
P("rperry", "Rick Perry", [])
P("sorenson", "Kent Sorenson", [])
P("bachmann", "Michele Bachmann", [])
P("medvedev", "Dmitry Medvedev", ["Medvedev"])
P("serdyukov", "Anatoliy Serdyukov", [])
P("zubkov", "Viktor Zubkov", [])
P("nemtsov", "Boris Nemtsov", [])
P("sarkozy", "Nicolas Sarkozy", [])
P("saakashvili", "Mikheil Saakashvili", [])
P("chinchilla", "Laura Chinchilla", [])
P("anastasiades", "Nicos Anastasiades", [])
P("malas", "Stavros Malas", [])
P("merkel", "Angela Merkel", [], qid="Q567")
P("scholz", "Olaf Scholz", [])
P("maas", "Heiko Maas", [])
P("gabriel", "Sigmar Gabriel", [])
P("schulz", "Martin Schulz", [])
P("cavusoglu", "Mevlut Cavusoglu", [])

DOCS = []

# ---------------------------------------------------------------- 2012-06-11 (Washington Times, national security leaks)
_MC = "but Sen. John McCain, Arizona Republican, the leading critic"
DOCS.append(("a_2012-06-11_V6x0ScnqxCbNrOYJ.txt", [
    F("holds_office", "holder", "ag_us", "The White House is standing by Attorney General Eric H. Holder Jr."),
    F("holds_office", "mccain", "sen_az", _MC),
    F("party", "mccain", "rep", _MC),
    F("holds_office", "graham", "sen_sc", "Mr. McCain and Sen. Lindsey Graham, South Carolina Republican, said in a joint statement"),
    F("party", "graham", "rep", "Mr. McCain and Sen. Lindsey Graham, South Carolina Republican, said in a joint statement"),
    F("candidacy", "obama", "us_pres_2012", "make Mr. Obama look like a tough, decisive leader ahead of the November election"),
    F("holds_office", "obama", "pres_us", [S("make Mr. Obama look like a tough, decisive leader ahead of the November election"),
                                           S("The president reacted to the accusations with indignation")]),
    F("holds_office", "mueller", "fbi_dir", "2010 congressional testimony from FBI Director Robert S. Mueller III"),
    F("holds_office", "bclinton", "pres_us", "then-President Clinton had vetoed a law", former=True),
    F("holds_office", "gwbush", "pres_us", "In the most high-profile leak case during President George W. Bush", former=True),
    F("holds_office", "ashcroft", "ag_us", "Then-Attorney General John Ashcroft referred the matter", former=True),
    F("holds_office", "cheney", "vp_us", "who served as chief of staff to Vice President Dick Cheney", former=True),
]))

# ---------------------------------------------------------------- 2012-07-15 (CNN, Cutter / Romney felony remark)
_OPPS = "Cutter's words drew a quick response from Obama's opponents"
DOCS.append(("a_2012-07-15_fTISZrMaZG2aEQgA.txt", [
    F("candidacy", "romney", "us_pres_2012", [_OPPS, S("had similar advice for the Republican candidate"), S("And that's a good message for the Romney campaign.")]),
    F("party", "romney", "rep", [_OPPS, S("had similar advice for the Republican candidate")]),
    F("candidacy", "obama", "us_pres_2012", [S("The suggestion this week from a top Obama campaign official"), _OPPS]),
    F("holds_office", "obama", "pres_us", "adopted by the president's campaign"),
    F("candidacy", "romney", "us_rep_prim_2012", "Just a few months ago in the primary Mitt Romney said to his opponents"),
    F("holds_office", "romney", "gov_ma", "to label someone like Gov. Romney, who is a very good and honorable man", former=True),
    F("holds_office", "emanuel", "mayor_chicago", "Chicago Mayor Rahm Emanuel, who left his post"),
    F("holds_office", "emanuel", "wh_cos", "Chicago Mayor Rahm Emanuel, who left his post", former=True),
    F("candidacy", "emanuel", "chi_mayor_2011", "Chicago Mayor Rahm Emanuel, who left his post"),
]))

# ---------------------------------------------------------------- 2012-07-23 (NY Post column, Goodwin)
DOCS.append(("a_2012-07-23_hIyvmeDJjYQSFHG4.txt", [
    F("holds_office", "obama", "pres_us", "Thankfully, President Obama and Mitt Romney struck more appropriate notes"),
    F("candidacy", "obama", "us_pres_2012", S("but Obama has run a shameful campaign")),
    F("candidacy", "romney", "us_pres_2012", S("main contribution to the disappointment", through="He’s playing defense to win an election")),
    F("holds_office", "cuomo", "gov_ny", "Even as Gov. Cuomo and Mayor Bloomberg trumpet job gains"),
    F("holds_office", "bloomberg", "mayor_nyc", "Even as Gov. Cuomo and Mayor Bloomberg trumpet job gains"),
]))

# ---------------------------------------------------------------- 2012-09-20 (NYT, incumbency advantages)
DOCS.append(("a_2012-09-20_XQmyQTRWYFTUwhr9.txt", [
    F("holds_office", "sebelius", "sec_hhs", "violated the law by advocating Mr. Obama"),
    F("endorsement", "sebelius", "obama", "violated the law by advocating Mr. Obama"),
    F("candidacy", "obama", "us_pres_2012", ["violated the law by advocating Mr. Obama",
                                             "when he appeared at the opening of Mr. Obama’s campaign office in Port St. Lucie"]),
    F("holds_office", "obama", "pres_us", [S("violated the law by advocating Mr. Obama"),
                                           S("it is impossible to separate the candidate from the president")]),
    F("holds_office", "salazar", "sec_interior", "Since July, Interior Secretary Ken Salazar has traveled"),
    F("holds_office", "vilsack", "sec_agri", "days after Agriculture Secretary Tom Vilsack visited"),
    F("endorsement", "vilsack", "obama", ["when he appeared at the opening of Mr. Obama’s campaign office in Port St. Lucie",
                                           "another stumping for Mr. Obama on his own time"]),
    F("holds_office", "bclinton", "pres_us", "President Bill Clinton used the Lincoln Bedroom", former=True),
    F("holds_office", "gwbush", "pres_us", "who was White House political director for President George W. Bush", former=True),
]))

# ---------------------------------------------------------------- 2012-10-31 (NPR, Christie and Obama after Sandy)
_BR = "bipartisanship between President Obama and New Jersey's Republican Gov. Chris Christie"
_ALLY = "Christie, a strong ally of Mitt Romney, the GOP presidential nominee"
DOCS.append(("a_2012-10-31_mjfeMUnicYmtXoHs.txt", [
    F("holds_office", "obama", "pres_us", _BR),
    F("holds_office", "christie", "gov_nj", _BR),
    F("party", "christie", "rep", _BR),
    F("candidacy", "romney", "us_pres_2012", [_ALLY, "in the very tight presidential contest with Romney"]),
    F("party", "romney", "rep", _ALLY),
    F("candidacy", "obama", "us_pres_2012", "But Obama's political judgment day, next Tuesday, is even closer at hand"),
    F("endorsement", "christie", "romney", [_ALLY, "by coopting one of Romney's most visible surrogates"]),
    F("candidacy", "christie", "nj_gov_2013", ["he's prioritizing his own reelection bid as governor",
                                                "Christie is up for re-election as governor in 2014."]),
    F("holds_office", "booker", "mayor_newark", "irrepressible Democratic mayor of New Jersey, Cory Booker"),
    F("party", "booker", "dem", "irrepressible Democratic mayor of New Jersey, Cory Booker"),
    F("holds_office", "fugate", "fema", "we've also got Director Fugate of FEMA"),
]))

# ---------------------------------------------------------------- 2014-02-14 (NPR, Boehner debt ceiling)
DOCS.append(("a_2014-02-14_YywFGDOhdOqv9qdn.txt", [
    F("holds_office", "obama", "pres_us", "It ended with President Obama getting exactly what he'd asked for"),
    F("holds_office", "boehner", "speaker_us", "Underlying the Republican rift was House Speaker John Boehner"),
    F("party", "boehner", "rep", [S("Boehner initially tried adding one sweetener after another"),
                                   S("Underlying the Republican rift was House Speaker John Boehner")]),
    F("holds_office", "cantor", "house_maj_leader", "The speaker and Majority Leader Cantor and others"),
]))

# ---------------------------------------------------------------- 2014-11-20 (Politico, election-night viewer's guide)
_KY = "Senate Minority Leader Mitch McConnell needs to run up big margins in rural areas"
_GA = "Democratic Senate candidate Michelle Nunn has run an Atlanta-based volunteerism nonprofit"
_BAR = "Rep. John Barrow, the only white Democrat representing a district in the Deep South"
_HAG = "Democratic incumbent Kay Hagan has a slight advantage"
_DOLE = "Hagan, who toppled Elizabeth Dole in 2008"
_TIL = "Republican challenger Thom Tillis represents suburban Charlotte in the state House"
_WV = S("West Virginia Democrat Nick Casey has waged", through="where he served as state GOP chairman.")
_NH = "Republican Scott Brown has tried to nationalize the contest against personally popular Democratic Sen. Jeanne Shaheen"
_HAS = "watch for Gov. Maggie Hassan to find herself in hot water"
_FL = "where every poll shows Gov. Rick Scott and Democrat Charlie Crist neck and neck"
_PAME = "But the Pennsylvania governor’s race should be called quickly against Republican Gov. Tom Corbett"
_IL = "If Republican Bob Dold wins here"
_OBA = "went strongly for President Barack Obama"
_QU = "That also bodes poorly for embattled Democratic Gov. Pat Quinn"
_AR = "Sen. Mark Pryor (D-Ark.) will probably be the first incumbent senator to be called a loser"
DOCS.append(("a_2014-11-20_C77CrjCbaWGWbM8h.txt", [
    F("holds_office", "mcconnell", "senate_min_leader", _KY),
    F("candidacy", "mcconnell", "ky_sen_2014", _KY),
    F("candidacy", "grimes", "ky_sen_2014", _KY),
    F("party", "grimes", "dem", _KY),
    F("candidacy", "nunn", "ga_sen_2014", _GA),
    F("party", "nunn", "dem", _GA),
    F("candidacy", "perdue", "ga_sen_2014", _GA),
    F("party", "perdue", "rep", _GA),
    F("holds_office", "barrow", "rep_ga12", _BAR),
    F("party", "barrow", "dem", _BAR),
    F("candidacy", "barrow", "ga12_2014", _BAR),
    F("candidacy", "hagan", "nc_sen_2014", _HAG),
    F("party", "hagan", "dem", _HAG),
    F("holds_office", "hagan", "sen_nc", _HAG),
    F("candidacy", "hagan", "nc_sen_2008", _DOLE),
    F("candidacy", "edole", "nc_sen_2008", _DOLE),
    F("won", "hagan", "nc_sen_2008", _DOLE),
    F("lost", "edole", "nc_sen_2008", _DOLE),
    F("candidacy", "tillis", "nc_sen_2014", _TIL),
    F("party", "tillis", "rep", _TIL),
    F("holds_office", "tillis", "nc_house", _TIL),
    F("candidacy", "casey", "wv2_2014", _WV),
    F("party", "casey", "dem", _WV),
    F("candidacy", "mooney", "wv2_2014", _WV),
    F("party", "mooney", "rep", _WV),
    F("holds_office", "mooney", "md_gop_chair", "where he served as state GOP chairman", former=True),
    F("candidacy", "sbrown", "nh_sen_2014", _NH),
    F("party", "sbrown", "rep", _NH),
    F("candidacy", "shaheen", "nh_sen_2014", _NH),
    F("party", "shaheen", "dem", _NH),
    F("holds_office", "shaheen", "sen_nh", _NH),
    F("holds_office", "hassan", "gov_nh", _HAS),
    F("candidacy", "hassan", "nh_gov_2014", _HAS),
    F("candidacy", "rscott", "fl_gov_2014", _FL),
    F("candidacy", "crist", "fl_gov_2014", _FL),
    F("holds_office", "rscott", "gov_fl", _FL),
    F("party", "crist", "dem", _FL),
    F("candidacy", "corbett", "pa_gov_2014", _PAME),
    F("party", "corbett", "rep", _PAME),
    F("holds_office", "corbett", "gov_pa", _PAME),
    F("holds_office", "lepage", "gov_me", _PAME),
    F("candidacy", "lepage", "me_gov_2014", _PAME),
    F("candidacy", "cutler", "me_gov_2014", _PAME),
    F("candidacy", "michaud", "me_gov_2014", _PAME),
    F("party", "michaud", "dem", _PAME),
    F("holds_office", "obama", "pres_us", _OBA),
    F("candidacy", "obama", "us_pres_2012", _OBA),
    F("candidacy", "dold", "il10_2014", _IL),
    F("party", "dold", "rep", _IL),
    F("holds_office", "quinn", "gov_il", _QU),
    F("party", "quinn", "dem", _QU),
    F("candidacy", "quinn", "il_gov_2014", _QU),
    F("holds_office", "pryor", "sen_ar", _AR),
    F("party", "pryor", "dem", _AR),
    F("candidacy", "pryor", "ar_sen_2014", _AR),
    F("candidacy", "cotton", "ar_sen_2014", _AR),
    F("party", "cotton", "rep", _AR),
]))

# ---------------------------------------------------------------- 2016-01-16 (Reuters, Bill Clinton's influence)
_B1 = S("Bill Clinton may not be the", through="that Republican candidate Donald Trump expects, either.")
_TRAIL = "has become much more active on the campaign trail this month"
_RIVAL = "her chief rival, U.S. Senator Bernie Sanders of nearby Vermont"
DOCS.append(("a_2016-01-16_N4YxuTSe4JkGFeHm.txt", [
    F("endorsement", "bclinton", "hclinton", [_B1, _TRAIL, "came to listen to Bill stump in Keene"]),
    F("holds_office", "bclinton", "pres_us", _B1, former=True),
    F("party", "bclinton", "dem", _B1),
    F("candidacy", "trump", "us_rep_prim_2016", [_B1, "After Hillary said that Trump, the Republican front-runner"]),
    F("party", "trump", "rep", [_B1, "After Hillary said that Trump, the Republican front-runner"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", ["After Hillary said that Trump, the Republican front-runner", _RIVAL]),
    F("party", "hclinton", "dem", "After Hillary said that Trump, the Republican front-runner"),
    F("holds_office", "hclinton", "sec_state", "more likely to vote for Hillary, the former secretary of state", former=True),
    F("endorsement", "bclinton", "obama", _TRAIL),
    F("candidacy", "obama", "us_pres_2012", _TRAIL),
    F("won", "obama", "us_pres_2012", _TRAIL),
    F("candidacy", "hclinton", "nh_dem_prim_2016", _TRAIL),
    F("candidacy", "sanders", "nh_dem_prim_2016", _TRAIL),
    F("candidacy", "sanders", "us_dem_prim_2016", _RIVAL),
    F("holds_office", "sanders", "sen_vt", _RIVAL),
]))

# ---------------------------------------------------------------- 2016-03-07 (AP, Bloomberg will not run)
_BL1 = "Former New York City Mayor Michael Bloomberg said Monday that he will not run for president"
_FR = "which would send the race to the Republican-controlled House of Representatives"
DOCS.append(("a_2016-03-07_FDN0aoTpLH0dzWky.txt", [
    F("holds_office", "bloomberg", "mayor_nyc", _BL1, former=True),
    F("candidacy", "trump", "us_rep_prim_2016", [_BL1, "Bloomberg was blistering in his critique of Trump, currently the GOP front-runner"]),
    F("party", "trump", "rep", ["Bloomberg was blistering in his critique of Trump, currently the GOP front-runner",
                                 "Those close to the process said Bloomberg had believed the dominance of Trump among Republicans"]),
    F("candidacy", "cruz", "us_rep_prim_2016", [_BL1, _FR]),
    F("party", "cruz", "rep", [_BL1, _FR]),
    F("holds_office", "cruz", "sen_tx", "He was similarly critical of Cruz, saying the Texas senator"),
    F("party", "hclinton", "dem", "oblique reference to Democrats Hillary Clinton and Bernie Sanders"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "But Clinton's string of recent victories has given her a firm grip on the lead for the Democratic nomination"),
    F("candidacy", "sanders", "us_dem_prim_2016", "the rise of Sanders amid Democrats had opened a centrist lane"),
    F("holds_office", "mullen", "cjcs", "Michael Mullen, the retired admiral and former head of the Joint Chiefs of Staff", former=True),
    F("party", "bloomberg", "dem", "the 74-year-old Democrat-turned-Republican-turned-Democrat-turned-independent", former=True),
    F("party", "bloomberg", "rep", "the 74-year-old Democrat-turned-Republican-turned-Democrat-turned-independent", former=True),
    F("candidacy", "bloomberg", "nyc_mayor_2001", "he was a political novice when he launched an unlikely bid for mayor in 2001"),
    F("won", "bloomberg", "nyc_mayor_2001", ["he was a political novice when he launched an unlikely bid for mayor in 2001", "The former three-term mayor"]),  # adjudicated (r2)
]))

# ---------------------------------------------------------------- 2016-03-11 (USA Today, Miami Republican debate)
_DEB = "Marco Rubio, Donald Trump, Ted Cruz and John Kasich listen to the national anthem before the start of the Republican debate"
_OH = "Ohio Gov. John Kasich, like Rubio, faces a must-win in his home state on Tuesday"
DOCS.append(("a_2016-03-11_k4t7D2awPWv2ku0J.txt", [
    F("candidacy", "rubio", "us_rep_prim_2016", _DEB),
    F("candidacy", "trump", "us_rep_prim_2016", _DEB),
    F("candidacy", "cruz", "us_rep_prim_2016", _DEB),
    F("candidacy", "kasich", "us_rep_prim_2016", _DEB),
    F("party", "rubio", "rep", _DEB),
    F("party", "trump", "rep", _DEB),
    F("party", "cruz", "rep", _DEB),
    F("party", "kasich", "rep", _DEB),
    F("holds_office", "rubio", "sen_fl", "The Florida senator has clearly moved away from the more personal assault on Trump"),
    F("candidacy", "rubio", "fl_rep_prim_2016", "Rubio needs to win in his home state of Florida next Tuesday"),
    F("holds_office", "kasich", "gov_oh", _OH),
    F("candidacy", "kasich", "oh_rep_prim_2016", _OH),
]))

# ---------------------------------------------------------------- 2016-04-11 (Trump supporter burns registration)
DOCS.append(("a_2016-04-11_CgFWY5Don8TEqT8R.txt", [
    F("party", "linsey", "rep", [L("GOP Lost Life Long Republican Larry Wayne Linsey"),
                                  S("I’ve been a Republican all my life, but I will never be a Republican again.")], former=True),
    F("candidacy", "trump", "us_rep_prim_2016", "Larry Wayne Lindsey reacted to GOP frontrunner Donald Trump contacting him"),
    F("party", "trump", "rep", "Larry Wayne Lindsey reacted to GOP frontrunner Donald Trump contacting him"),
]))

# ---------------------------------------------------------------- 2016-07-20 (Politico/Kurtz, Christie at the RNC)
_RUN = S("It’s easy to second-guess Christie’s performance.", through="the way he endorsed Trump.")
_CONV = S("It’s no secret this is a divided Republican convention.", through="Hillary Clinton is a unifying force.")
_TWO = S("But can Trump build a winning campaign by demonizing his opponent?", through="casting Trump as unfit for high office.")
_OPPC = S("Was the guy who missed out on being Donald Trump’s running mate", through="for Hillary to be jailed?")
DOCS.append(("a_2016-07-20_Alfy0O5c34aAJ5oF.txt", [
    F("holds_office", "christie", "gov_nj", ["As the governor ticked off the case against Clinton",
                                              "Chris Christie wasn’t the only one prosecuting the case against Hillary Clinton"]),
    F("candidacy", "christie", "us_rep_prim_2016", _RUN),
    F("endorsement", "christie", "trump", [_RUN, "ever since he endorsed Trump"]),
    F("party", "christie", "rep", "one of the toughest attack dogs in the Republican party"),
    F("candidacy", "rubio", "us_rep_prim_2016", _RUN),
    F("party", "rubio", "rep", _RUN),
    F("holds_office", "comey", "fbi_dir", "but for the judgment of FBI Director James Comey"),
    F("candidacy", "pence", "us_pres_2016", ["He openly campaigned for the VP nod that went to Mike Pence",
                                             "The question now is whether Trump and Mike Pence"]),
    F("candidacy", "trump", "us_pres_2016", [_TWO, _OPPC, "The question now is whether Trump and Mike Pence"]),
    F("candidacy", "hclinton", "us_pres_2016", [_OPPC, _TWO]),
    F("party", "hclinton", "dem", "And the Democratic nominee is just as aggressive in casting Trump as unfit for high office."),
    F("party", "trump", "rep", _CONV),
    F("party", "pryan", "rep", _CONV),
    F("holds_office", "baldasaro", "nh_house", "One Trump delegate, New Hampshire state Rep. Al Baldasaro"),
    F("endorsement", "baldasaro", "trump", "One Trump delegate, New Hampshire state Rep. Al Baldasaro"),
]))

# ---------------------------------------------------------------- 2018-02-06 (AP, budget pact)
_LEAD = "conducted chiefly by the Senate’s top leaders, Republican Mitch McConnell of Kentucky and Chuck Schumer of New York"
_PEL = "House Minority Leader Nancy Pelosi, D-Calif., had linked progress on the budget"
_DUR = "No. 2 Senate Democratic leader Dick Durbin of Illinois"
DOCS.append(("a_2018-02-06_bIXIuILiFpxBgUrt.txt", [
    F("holds_office", "trump", "pres_us", "though President Donald Trump unexpectedly raised the possibility"),
    F("holds_office", "mcconnell", "sen_ky", _LEAD),
    F("party", "mcconnell", "rep", _LEAD),
    F("holds_office", "schumer", "sen_ny", _LEAD),
    F("holds_office", "obama", "pres_us", "the looming expiration of former President Barack Obama", former=True),
    F("holds_office", "kelly", "wh_cos", "White House chief of staff John Kelly threw fuel on the dispute"),
    F("holds_office", "durbin", "sen_il", _DUR),
    F("holds_office", "durbin", "senate_min_whip", _DUR),
    F("party", "durbin", "dem", _DUR),
    F("holds_office", "pelosi", "house_min_leader", _PEL),
    F("holds_office", "pelosi", "rep_ca12", _PEL),
    F("party", "pelosi", "dem", _PEL),
    F("holds_office", "asmith", "rep_wa9", "said Rep. Adam Smith, D-Wash."),
    F("party", "asmith", "dem", "said Rep. Adam Smith, D-Wash."),
]))

# ---------------------------------------------------------------- 2018-05-18 (Daily Caller, Grassley letter)
_GR = "In a letter sent to Deputy Attorney General Rod Rosenstein on May 18, Grassley, an Iowa Republican"
DOCS.append(("a_2018-05-18_3QjNwXxGj6YhlbeG.txt", [
    F("holds_office", "grassley", "judiciary_chair", "Senate Judiciary Committee Chairman Chuck Grassley is asking"),
    F("holds_office", "grassley", "sen_ia", ["Senate Judiciary Committee Chairman Chuck Grassley is asking", _GR]),
    F("party", "grassley", "rep", _GR),
    F("holds_office", "rosenstein", "dep_ag", _GR),
    F("holds_office", "mueller", "special_counsel", "the full scope of special counsel Robert Mueller’s Russia investigation"),
    F("holds_office", "trump", "pres_us", "President Donald Trump’s former campaign chairman"),
    F("candidacy", "trump", "us_pres_2016", "possible collusion between the Trump campaign and Russian government"),
]))

# ---------------------------------------------------------------- 2018-07-03 (The Hill, Maxine Waters)
_MW = "has the right message"
_PS = "House and Senate minority leaders Nancy Pelosi"
_CR = "chairman of Congressional Black Caucus, which Waters led from 1997 to 1999"
DOCS.append(("a_2018-07-03_1wzMZ7vInqYNT85u.txt", [
    F("holds_office", "waters", "rep_ca43", [_MW, "Waters, who has served in the House since 1991"]),
    F("party", "waters", "dem", _MW),
    F("holds_office", "waters", "cbc_chair", _CR, former=True),
    F("holds_office", "gmoore", "rep_wi4", "she is not scared to express herself"),
    F("party", "gmoore", "dem", "she is not scared to express herself"),
    F("holds_office", "pelosi", "house_min_leader", _PS),
    F("holds_office", "pelosi", "rep_ca12", _PS),
    F("party", "pelosi", "dem", _PS),
    F("holds_office", "schumer", "senate_min_leader", _PS),
    F("holds_office", "schumer", "sen_ny", _PS),
    F("party", "schumer", "dem", _PS),
    F("holds_office", "trump", "pres_us", "The Los Angeles lawmaker’s early calls for President Trump"),
    F("candidacy", "trump", "us_pres_2016", "came nowhere close to the violence that Trump advocated for on the campaign trail"),
    F("holds_office", "perlmutter", "rep_co7", "said Rep. Ed Perlmutter"),
    F("party", "perlmutter", "dem", "said Rep. Ed Perlmutter"),
    F("holds_office", "richmond", "rep_la2", _CR),
    F("party", "richmond", "dem", _CR),
    F("holds_office", "richmond", "cbc_chair", _CR),
]))

# ---------------------------------------------------------------- 2018-08-03 (Reuters, Russia sanctions bill)
DOCS.append(("a_2018-08-03_G6u6D1iIE2NwxFHt.txt", [
    F("holds_office", "graham", "sen_sc", [S("FILE PHOTO: Senator Lindsey Graham (R-SC) arrives"),
                                           S("said Republican Senator Lindsey Graham, one of the measure’s lead sponsors")]),
    F("party", "graham", "rep", [S("FILE PHOTO: Senator Lindsey Graham (R-SC) arrives"),
                                  S("said Republican Senator Lindsey Graham, one of the measure’s lead sponsors")]),
    F("holds_office", "trump", "pres_us", "at what they saw as President Donald Trump’s reluctance to implement it"),
    F("holds_office", "menendez", "sen_nj", "Democratic Senator Bob Menendez said the administration"),
    F("party", "menendez", "dem", "Democratic Senator Bob Menendez said the administration"),
    F("holds_office", "putin", "pres_ru", "failure to publicly condemn Russian President Vladimir Putin"),
    F("holds_office", "mcconnell", "senate_maj_leader", "Aides to the Senate’s Republican majority leader, Mitch McConnell"),
    F("party", "mcconnell", "rep", "Aides to the Senate’s Republican majority leader, Mitch McConnell"),
]))

# ---------------------------------------------------------------- 2018-11-24 (USA Today, Hyde-Smith)
_HS = "WASHINGTON – Republican Sen. Cindy Hyde-Smith attended a segregation academy"
_RUNOFF = "ahead of a tense runoff election between Hyde-Smith and Democrat Mike Espy"
DOCS.append(("a_2018-11-24_t6r5R41jyc75F0ug.txt", [
    F("holds_office", "hydesmith", "sen_ms", _HS),
    F("party", "hydesmith", "rep", _HS),
    F("candidacy", "hydesmith", "ms_sen_2018", _RUNOFF),
    F("candidacy", "espy", "ms_sen_2018", _RUNOFF),
    F("party", "espy", "dem", _RUNOFF),
    F("funding", "walmart", "hydesmith", L("More:Walmart wants donation refund from Mississippi Senator")),
    F("holds_office", "trump", "pres_us", "President Donald Trump is planning multiple rallies next week"),
    F("endorsement", "trump", "hydesmith", "President Donald Trump is planning multiple rallies next week"),
    F("holds_office", "hydesmith", "ms_senate", "CNN reports that as a state senator in 2007, Hyde-Smith co-sponsored a resolution", former=True),
]))

# ---------------------------------------------------------------- 2020-04-24 (opinion, coronavirus protests)
DOCS.append(("a_2020-04-24_026UBV0aWasxS9i4.txt", [
    F("holds_office", "patrick", "ltgov_tx", "Texas lieutenant governor Dan Patrick has said"),
    F("holds_office", "trump", "pres_us", "President Donald Trump goes on television every night"),
    F("holds_office", "jordan", "rep_oh4", "Ohio congressman Jim Jordan, head of the House Freedom Caucus"),
    F("holds_office", "jordan", "hfc_chair", "Ohio congressman Jim Jordan, head of the House Freedom Caucus"),
    F("holds_office", "mjones", "pa_house", "Pennsylvania lawmaker Mike Jones participated in a protest"),
]))

# ---------------------------------------------------------------- Current Events 2010-10-03 (Bosnia general election)
DOCS.append(("c_2010-10-03_voters-in-bosnia-and-herzegovina-go-to-t.txt", [
    F("holds_office", "seselj", "dpm_rs", "Former Deputy Prime Minister of Serbia and nationalist politician, Vojislav Seselj", former=True),
    F("holds_office", "karadzic", "pres_srpska", "former President of the Republika Srpska Radovan Karadzic", former=True),
]))

# ---------------------------------------------------------------- Current Events 2010-10-07 (Rutte asked to form government)
_RUT = "# Mark Rutte of the People's Party for Freedom and Democracy is asked by Queen Beatrix"
_MIL = "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected as President"
DOCS.append(("c_2010-10-07_mark-rutte-of-the-people-s-party-for-fre.txt", [
    F("party", "rutte", "vvd", [_RUT, "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy will win"]),
    F("holds_office", "rutte", "pm_nl", [_RUT, "Prime Minister of the Netherlands Mark Rutte tenders his government's resignation",
                                         "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy will win"]),
    F("holds_office", "beatrix", "monarch_nl", [_RUT, "Queen Beatrix of the Netherlands signs the official acts of abdication"], former=True),
    F("holds_office", "wa", "monarch_nl", "who becomes King Willem-Alexander, the first male monarch in 123 years"),
    F("party", "samsom", "pvda", "and 40 seats (+10) for PvdA, Diederik Samsom's Labour Party"),
    F("holds_office", "lubbers", "pm_nl", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
    F("holds_office", "lubbers", "unhcr", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
    F("party", "miltenburg", "vvd", _MIL),
    F("candidacy", "miltenburg", "nl_house_pres_2012", _MIL),
    F("won", "miltenburg", "nl_house_pres_2012", _MIL),
    F("holds_office", "miltenburg", "house_pres_nl", _MIL),
]))

# ---------------------------------------------------------------- Current Events 2012-02-11 (Maine Republican caucuses)
_ME = L("# The Republican caucuses in the state of Maine finish with Mitt Romney finishing just ahead of Ron Paul.")
_IA1 = "Republican primary candidate and former Massachusetts governor Mitt Romney wins the 2012 Iowa Caucus"
_IA2 = "with Mitt Romney defeating Rick Santorum by 8 votes in the Republican Party contest"
_NHP = "Early reports show that Mitt Romney wins the New Hampshire Republican primary"
_CR4 = "Leading Republican Party presidential candidates, including Mitt Romney and Rick Perry"
_SOR = "involving Iowa state Senator Kent Sorenson switching his support from Michele Bachmann to Ron Paul"
DOCS.append(("c_2012-02-11_the-republican-caucuses-in-the-state-of-.txt", [
    F("candidacy", "romney", "me_rep_caucus_2012", _ME),
    F("candidacy", "ronpaul", "me_rep_caucus_2012", _ME),
    F("won", "romney", "me_rep_caucus_2012", _ME),
    F("lost", "ronpaul", "me_rep_caucus_2012", _ME),
    F("party", "romney", "rep", [_ME, _IA1, _IA2, _CR4]),
    F("party", "ronpaul", "rep", [_ME, _IA2, _CR4]),
    F("candidacy", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("won", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("party", "santorum", "rep", _IA2),
    F("candidacy", "romney", "us_rep_prim_2012", [_IA1, _CR4]),
    F("holds_office", "romney", "gov_ma", _IA1, former=True),
    F("holds_office", "santorum", "sen_pa", _IA1, former=True),
    F("holds_office", "ronpaul", "rep_tx14", _IA1),
    F("candidacy", "romney", "nh_rep_prim_2012", _NHP),
    F("candidacy", "ronpaul", "nh_rep_prim_2012", _NHP),
    F("candidacy", "huntsman", "nh_rep_prim_2012", _NHP),
    F("won", "romney", "nh_rep_prim_2012", _NHP),
    F("lost", "ronpaul", "nh_rep_prim_2012", _NHP),
    F("lost", "huntsman", "nh_rep_prim_2012", _NHP),
    F("party", "huntsman", "rep", _NHP),
    F("candidacy", "rperry", "us_rep_prim_2012", _CR4),
    F("candidacy", "ronpaul", "us_rep_prim_2012", [_CR4, _SOR]),
    F("party", "rperry", "rep", _CR4),
    F("holds_office", "mcconnell", "senate_min_leader", "United States Senate Minority Leader Mitch McConnell"),
    F("holds_office", "sorenson", "ia_senate", _SOR),
    F("endorsement", "sorenson", "ronpaul", _SOR),
    F("endorsement", "sorenson", "bachmann", _SOR, former=True),
    F("candidacy", "bachmann", "us_rep_prim_2012", _SOR),
]))

# ---------------------------------------------------------------- Current Events 2012-03-04 (Russian presidential election)
_RU = L("# Voters in Russia go to the polls for a presidential election with Prime Minister Vladimir Putin claiming victory")
_MED = "Prime Minister Vladimir Putin accepts President Dmitry Medvedev's proposal to run in the 2012 Russian presidential election"
DOCS.append(("c_2012-03-04_voters-in-russia-go-to-the-polls-for-a-p.txt", [
    F("candidacy", "putin", "ru_pres_2012", [_RU, "in support of the Prime Minister Vladimir Putin's candidacy for President of Russia", _MED]),
    F("won", "putin", "ru_pres_2012", _RU),
    F("holds_office", "putin", "pm_ru", [_RU, "Vladimir Putin, the Prime Minister of Russia, bans export"]),
    F("holds_office", "putin", "pres_ru", "close links to Russian President Vladimir Putin"),
    F("holds_office", "serdyukov", "defmin_ru", "Prominent officials include former Defense Minister Anatoliy Serdyukov", former=True),
    F("holds_office", "zubkov", "pm_ru", "Prominent officials include former Defense Minister Anatoliy Serdyukov", former=True),
    F("holds_office", "medvedev", "pres_ru", [_MED, "Russian President Dmitry Medvedev orders Prime Minister Vladimir Putin"]),
    F("endorsement", "medvedev", "putin", _MED),
    F("holds_office", "nemtsov", "dpm_ru", "such as former Deputy Prime Minister Boris Nemtsov", former=True),
    F("holds_office", "sarkozy", "pres_fr", "President Nicolas Sarkozy defends his plans"),
    F("holds_office", "saakashvili", "pres_ge", "President Nicolas Sarkozy defends his plans"),
]))

# ---------------------------------------------------------------- Current Events 2018-02-04 (Costa Rican general election)
_LC = "Laura Chinchilla is elected President of Costa Rica"
DOCS.append(("c_2018-02-04_costa-ricans-head-to-the-polls-to-elect-.txt", [
    F("candidacy", "chinchilla", "cr_pres_2010", _LC),
    F("won", "chinchilla", "cr_pres_2010", _LC),
    F("holds_office", "chinchilla", "pres_cr", _LC, former=True),
]))

# ---------------------------------------------------------------- Current Events 2018-02-04 (Cypriot presidential runoff)
_CY = L("# Cyprus is set to elect a new President in a second round of voting.")
_CY1 = S("Incumbent Nicos Anastasiades wins the first round of the election", through="in the second round.")
_CY13 = "Voters in Cyprus go to the polls for a presidential election with Nicos Anastasiades of the Democratic Rally"
DOCS.append(("c_2018-02-04_cyprus-is-set-to-elect-a-new-president-i.txt", [
    F("candidacy", "anastasiades", "cy_pres_2018", [_CY, _CY1]),
    F("candidacy", "malas", "cy_pres_2018", [_CY, _CY1]),
    F("holds_office", "anastasiades", "pres_cy", [_CY, "President of Cyprus Nicos Anastasiades says the island",
                                                  "Cyprus President Nicos Anastasiades begins"]),
    F("party", "malas", "akel", [_CY, _CY13]),
    F("candidacy", "anastasiades", "cy_pres_2018_r1", _CY1),
    F("candidacy", "malas", "cy_pres_2018_r1", _CY1),
    F("candidacy", "anastasiades", "cy_pres_2013_r1", _CY13),
    F("candidacy", "malas", "cy_pres_2013_r1", _CY13),
    F("candidacy", "anastasiades", "cy_pres_2013", [_CY13, _CY1]),
    F("candidacy", "malas", "cy_pres_2013", [_CY13, _CY1]),
    F("party", "anastasiades", "disy", _CY13),
]))

# ---------------------------------------------------------------- Current Events 2018-03-14 (Merkel re-elected chancellor)
_AM = L("# Angela Merkel is elected and sworn in for a new term as Chancellor of Germany.")
_SCH = "Olaf Scholz and Heiko Maas assume the positions of Vice-Chancellor and Federal Minister of Foreign Affairs respectively"
_SPD = S("Martin Schulz resigns as leader of the Social Democratic Party of Germany (SPD)", through="until a new leader is elected.")
DOCS.append(("c_2018-03-14_angela-merkel-is-elected-and-sworn-in-fo.txt", [
    F("candidacy", "merkel", "de_chancellor_2018", _AM),
    F("won", "merkel", "de_chancellor_2018", _AM),
    F("holds_office", "merkel", "chancellor_de", [_AM, "German Chancellor Angela Merkel invites the presidents"]),
    F("holds_office", "scholz", "vchancellor_de", S(_SCH, 0)),
    F("holds_office", "maas", "fm_de", S(_SCH, 0)),
    F("holds_office", "gabriel", "fm_de", "Chancellor Angela Merkel and Foreign Minister Sigmar Gabriel", former=True),
    F("holds_office", "cavusoglu", "fm_tr", "Foreign Minister of Turkey Mevlut Cavusoglu says"),
    F("party", "merkel", "cdu", ["The vote will determine if the SPD is allowed to form a coalition with Angela Merkel's CDU",
                                 "Chancellor Angela Merkel of the Christian Democratic Union is widely expected"]),
    F("holds_office", "schulz", "spd_leader", _SPD, former=True),
    F("party", "schulz", "spd", _SPD),
    F("holds_office", "scholz", "spd_leader", _SPD),
    F("party", "scholz", "spd", _SPD),
    F("holds_office", "scholz", "mayor_hamburg", _SPD, former=True),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b07.jsonl")
    print("wrote", len(lines), "facts")
