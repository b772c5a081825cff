# ruff: noqa: E501
"""Corpus annotation, batch b16 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # Wikidata ids from unitedstates/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    'Donald Trump': 'Q22686', 'Barack Obama': 'Q76', 'Joe Biden': 'Q6279', 'Mike Pence': 'Q24313',
    'Bernie Sanders': 'Q359442', 'Paul Ryan': 'Q203966', 'John McCain': 'Q10390', 'Marco Rubio': 'Q324546',
    'Roy Blunt': 'Q1525924', 'Rand Paul': 'Q463557', 'Mike Coffman': 'Q547218', 'Ted Cruz': 'Q2036942',
    'Elizabeth Warren': 'Q434706', 'Cory Booker': 'Q1135767', 'Tim Kaine': 'Q359888', 'Marcia Fudge': 'Q461746',
    'Mike Lee': 'Q627098', 'Nancy Pelosi': 'Q170581', 'Ron DeSantis': 'Q3105215', 'Marsha Blackburn': 'Q458971',
    'Joe Donnelly': 'Q1691395', 'Claire McCaskill': 'Q22260', 'Jerrold Nadler': 'Q505598',
    'Mitch McConnell': 'Q355522', "Beto O'Rourke": 'Q4014532', 'Elise Stefanik': 'Q18211057',
    'Susan Brooks': 'Q3225324', 'Mimi Walters': 'Q6862199', 'Carol Miller': 'Q16145531', 'Mia Love': 'Q11112119',
    'Tom Emmer': 'Q7815723', 'Ann Wagner': 'Q3917251', 'Cheri Bustos': 'Q723148', 'Liz Cheney': 'Q5362573',
    'Amy Klobuchar': 'Q22237', 'Chuck Schumer': 'Q380900', 'Bill Cassidy': 'Q861999', 'Steve Scalise': 'Q1857141',
    'Ben Cardin': 'Q723295',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("lib", "Libertarian Party", ["Libertarian Party", "Libertarian"])
R.party("green", "Green Party", ["Green Party"])
R.party("reform", "Reform Party", ["Reform Party"])
R.party("nca", "National Coalition of Afghanistan", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "President of the United States"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president", "Vice President"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state", "United States Secretary of State"])
O("sec_def", cabinet_secretary("Defense", "Defense"), ["United States Secretary of Defense"])
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"), generic=["HHS Secretary"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"),
  ["Secretaries of Housing and Urban Development"], generic=["HUD Secretary"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("ag_us", "United States Attorney General",
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("chief_justice", "Chief Justice of the United States", generic=["Chief Justice"])
O("wh_press", "White House Press Secretary", generic=["Press Secretary", "press secretary"])
O("wh_adviser", "Senior Advisor to the President of the United States",
  ["White House senior adviser"], generic=["Senior Advisor to the President", "White House senior adviser"])
O("speaker", "Speaker of the United States House of Representatives",
  ["House speaker", "House Speaker", "Speaker"], generic=["Speaker of the House", "House Speaker"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives",
  generic=["House Majority Leader", "Majority Leader"])
O("sen_maj_leader", "Majority Leader of the United States Senate",
  ["Senate Majority leader"], generic=["Senate Majority Leader", "Majority Leader"])
O("dnc_chair", "Chair of the Democratic National Committee",
  ["Chairwoman", "party chairwoman"], generic=["DNC chair", "DNC Chairwoman", "DNC chairman"])
O("macomb_gop_chair", "Chair of the Macomb County Republican Party",
  ["chairwoman of the Macomb County Republican Party"], generic=["Macomb County Republican Party chairwoman"])
O("sen_mo", senator("Missouri"))
O("sen_ky", senator("Kentucky"))
O("sen_il", senator("Illinois"))
O("sen_fl", senator("Florida"), ["senator"])
O("sen_tx", senator("Texas"))
O("sen_az", senator("Arizona"))
O("sen_vt", senator("Vermont"), ["senator"])
O("sen_ma", senator("Massachusetts"))
O("sen_nj", senator("New Jersey"))
O("sen_va", senator("Virginia"))
O("sen_ut", senator("Utah"))
O("sen_in", senator("Indiana"))
O("sen_mn", senator("Minnesota"))
O("sen_ny", senator("New York"))
O("sen_de", senator("Delaware"), ["senator"])
O("sen_ms", senator("Mississippi"), ["senators"])
O("sen_la", senator("Louisiana"))
O("sen_md", senator("Maryland"), ["senators"])
O("rep_wi1", representative("Wisconsin", 1))
O("rep_co6", representative("Colorado", 6))
O("rep_va7", representative("Virginia", 7))
O("rep_oh11", representative("Ohio", 11))
O("rep_ut3", representative("Utah", 3), ["congressmen"])
O("rep_fl6", representative("Florida", 6))
O("rep_ny10", representative("New York", 10))
O("rep_ny21", representative("New York", 21))
O("rep_in5", representative("Indiana", 5))
O("rep_ca45", representative("California", 45))
O("rep_ut4", representative("Utah", 4))
O("rep_mn6", representative("Minnesota", 6))
O("rep_mo2", representative("Missouri", 2))
O("rep_il17", representative("Illinois", 17))
O("rep_wy", representative("Wyoming"))
O("rep_la1", representative("Louisiana", 1), ["United States Congressman", "R-LA-01"])
O("rep_la6", representative("Louisiana", 6), ["Congressman"])
O("rep_ga6", representative("Georgia", 6))
O("co_house", "Member of the Colorado House of Representatives", ["state Rep."], generic=["State Representative", "state Rep."])
O("la_house", "Member of the Louisiana House of Representatives", ["state Representative"], generic=["State Representative"])
O("gov_tx", governor("Texas"))
O("gov_oh", governor("Ohio"))
O("gov_in", governor("Indiana"))
O("gov_ut", governor("Utah"), ["governor"])
O("gov_la", governor("Louisiana"), ["governor"])
O("mayor_baltimore", mayor("Baltimore"))
O("mayor_southbend", mayor("South Bend"), ["mayor"])
O("pres_br", head("President", "Brazil", "Brazilian"))
O("vp_br", head("Vice President", "Brazil", "Brazilian"))
O("chamber_pres_br", "President of the Chamber of Deputies of Brazil",
  ["President of the Deputies Chamber"], generic=["President of the Chamber of Deputies"])
O("stf_justice", "Justice of the Supreme Federal Court of Brazil",
  ["Supreme Court Justice", "Supreme Federal Court judge"], generic=["Justice of the Supreme Federal Court"])
O("tourism_br", head("Minister of Tourism", "Brazil", "Brazilian"))
O("ag_br", "Attorney General of Brazil", generic=["Attorney General"])
O("pres_af", head("President", "Afghanistan", "Afghan"), ["Afghanistan President"])
O("ag_af", "Attorney General of Afghanistan", ["Attorney general"], generic=["Attorney General"])
O("emir_qa", head("Emir", "Qatar", "Qatari"))
O("pres_fr", head("President", "France", "French"))
O("fm_af", head("Minister of Foreign Affairs", "Afghanistan", "Afghan"), ["foreign minister"], generic=["Foreign Minister"])
O("finmin_af", head("Minister of Finance", "Afghanistan", "Afghan"), ["finance minister"], generic=["Finance Minister"])
O("ceo_af", "Chief Executive of Afghanistan", generic=["Chief Executive"])
O("iec_af", "Chairman of the Independent Election Commission of Afghanistan",
  ["head of the Independent Election Commission"], generic=["head of the Independent Election Commission"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("us_pres_1996", "1996 United States presidential election", "ocd-division/country:us", "1996-11-05", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_1992", "1992 Republican Party presidential primaries", "ocd-division/country:us", "1992", "primary", office="pres_us")
E("us_rep_prim_1996", "1996 Republican Party presidential primaries", "ocd-division/country:us", "1996", "primary", office="pres_us")
E("co_gov_2014", "2014 Colorado gubernatorial election", "ocd-division/country:us/state:co", "2014-11-04", "general", office=governor("Colorado")[0])
E("va7_prim_2014", "2014 Virginia's 7th congressional district Republican primary", "ocd-division/country:us/state:va/cd:7", "2014-06-10", "primary")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("nh_rep_prim_2000", "2000 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2000-02-01", "primary", office="pres_us")
E("nh_rep_prim_2008", "2008 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2008-01-08", "primary", office="pres_us")
E("nv_dem_caucus_2016", "2016 Nevada Democratic presidential caucuses", "ocd-division/country:us/state:nv", "2016-02-20", "primary", office="pres_us")
E("nv_rep_caucus_2016", "2016 Nevada Republican presidential caucuses", "ocd-division/country:us/state:nv", "2016-02-23", "primary", office="pres_us")
E("sc_dem_prim_2016", "2016 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc", "2016-02-27", "primary", office="pres_us")
E("nv_dem_caucus_2008", "2008 Nevada Democratic presidential caucuses", "ocd-division/country:us/state:nv", "2008-01-19", "primary", office="pres_us")
E("fl_gov_2018", "2018 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2018-11-06", "general", office=governor("Florida")[0])
E("tx_sen_2018", "2018 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2018-11-06", "general", office="sen_tx")
E("tn_sen_2018", "2018 United States Senate election in Tennessee", "ocd-division/country:us/state:tn", "2018-11-06", "general", office=senator("Tennessee")[0])
E("in_sen_2018", "2018 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2018-11-06", "general", office="sen_in")
E("mo_sen_2018", "2018 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2018-11-06", "general", office="sen_mo")
E("in5_2012", "2012 Indiana's 5th congressional district election", "ocd-division/country:us/state:in/cd:5", "2012-11-06", "general")
E("in5_2018", "2018 Indiana's 5th congressional district election", "ocd-division/country:us/state:in/cd:5", "2018-11-06", "general")
E("ca45_2018", "2018 California's 45th congressional district election", "ocd-division/country:us/state:ca/cd:45", "2018-11-06", "general")
E("wv3_2018", "2018 West Virginia's 3rd congressional district election", "ocd-division/country:us/state:wv/cd:3", "2018-11-06", "general")
E("ut4_2018", "2018 Utah's 4th congressional district election", "ocd-division/country:us/state:ut/cd:4", "2018-11-06", "general")
E("nrcc_chair_2018", "2018 National Republican Congressional Committee chair election", "ocd-division/country:us", "2018", "general",
  office="Chair of the National Republican Congressional Committee")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2020-02-03", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2020-02-11", "primary", office="pres_us")
E("br_pres_2010", "2010 Brazilian presidential election (second round)", "ocd-division/country:br", "2010-10-31", "runoff", office="pres_br")
E("br_pres_2010_r1", "2010 Brazilian presidential election (first round)", "ocd-division/country:br", "2010-10-03", "general", office="pres_br")
E("br_pres_2014", "2014 Brazilian presidential election (second round)", "ocd-division/country:br", "2014-10-26", "runoff", office="pres_br")
E("pr_rep_prim_2012", "2012 Puerto Rico Republican presidential primary", "ocd-division/country:us/territory:pr", "2012-03-18", "primary", office="pres_us")
E("ar_rep_prim_2012", "2012 Arkansas Republican presidential primary", "ocd-division/country:us/state:ar", "2012-05-22", "primary", office="pres_us")
E("ky_rep_prim_2012", "2012 Kentucky Republican presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("ar_dem_prim_2012", "2012 Arkansas Democratic presidential primary", "ocd-division/country:us/state:ar", "2012-05-22", "primary", office="pres_us")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("md_rep_prim_2012", "2012 Maryland Republican presidential primary", "ocd-division/country:us/state:md", "2012-04-03", "primary", office="pres_us")
E("wi_rep_prim_2012", "2012 Wisconsin Republican presidential primary", "ocd-division/country:us/state:wi", "2012-04-03", "primary", office="pres_us")
E("dc_rep_prim_2012", "2012 District of Columbia Republican presidential primary", "ocd-division/country:us/district:dc", "2012-04-03", "primary", office="pres_us")
E("mi_rep_prim_2012", "2012 Michigan Republican presidential primary", "ocd-division/country:us/state:mi", "2012-02-28", "primary", office="pres_us")
E("az_rep_prim_2012", "2012 Arizona Republican presidential primary", "ocd-division/country:us/state:az", "2012-02-28", "primary", office="pres_us")
E("af_pres_2014", "2014 Afghan presidential election (first round)", "ocd-division/country:af", "2014-04-05", "general", office="pres_af")
E("af_pres_2014_r2", "2014 Afghan presidential election (second round)", "ocd-division/country:af", "2014-06-14", "runoff", office="pres_af")
E("af_pres_2009_r2", "2009 Afghan presidential election (second round)", "ocd-division/country:af", "2009-11-07", "runoff", office="pres_af")
E("la_sen_2016", "2016 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2016-12-10", "runoff", office="sen_la")
E("la_sen_2014", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")
E("la_gov_2015_r1", "2015 Louisiana gubernatorial election (primary)", "ocd-division/country:us/state:la", "2015-10-24", "general", office="gov_la")
E("la_gov_2015", "2015 Louisiana gubernatorial election (runoff)", "ocd-division/country:us/state:la", "2015-11-21", "runoff", office="gov_la")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "Barack Obama"])
P("romney", "Mitt Romney", ["Romney", "Mitt Romney"], qid="Q4496")
P("ryan", "Paul Ryan", ["Paul Ryan", "Ryan"])
P("mccain", "John McCain", ["McCain"])
P("vansyckel", "Barbara VanSyckel", ["VanSyckel"])
P("navarro", "Ana Navarro", [])
P("fleischer", "Ari Fleischer", ["Fleischer"])
P("gwbush", "George W. Bush", ["Bush"], qid="Q207")
P("rubio", "Marco Rubio", ["Rubio"])
P("holder", "Eric Holder", [])
P("jroberts", "John Roberts", [])
P("pfeiffer", "Dan Pfeiffer", [])
P("carney", "Jay Carney", [])
P("blunt", "Roy Blunt", [])
P("rpaul", "Rand Paul", ["Mr. Paul", "Paul"])
P("coffman", "Mike Coffman", [])
P("beauprez", "Bob Beauprez", [])
P("fields", "Rhonda Fields", [])
P("silverman", "Craig Silverman", ["Mr. Silverman", "Silverman"])
P("perry", "Rick Perry", [])
P("kirk", "Mark Kirk", [])
P("cantor", "Eric Cantor", ["Mr. Cantor"])
P("kasich", "John Kasich", ["Kasich"])
P("cruz", "Ted Cruz", ["Cruz"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"])
P("reese", "Reese Kasich", ["Reese"])
P("emma", "Emma Kasich", ["Emma"])
P("clinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Clinton", "Mrs. Clinton", "Hillary"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Bernie Sanders", "Bernie"])
P("edwards", "John Edwards", [])
P("warren", "Elizabeth Warren", ["Warren"])
P("mobama", "Michelle Obama", ["Obama"])
P("booker", "Cory Booker", ["Booker"])
P("kaine", "Tim Kaine", [])
P("fudge", "Marcia Fudge", [])
P("silverman_s", "Sarah Silverman", ["Silverman"])
P("longoria", "Eva Longoria", [])
P("dws", "Debbie Wasserman Schultz", [])
P("srb", "Stephanie Rawlings-Blake", [])
P("mcmullin", "Evan McMullin", ["McMullin"])
P("finn", "Mindy Finn", ["Finn"])
P("gjohnson", "Gary Johnson", [])
P("stein", "Jill Stein", [])
P("pence", "Mike Pence", [])
P("herbert", "Gary Herbert", [])
P("huntsman", "Jon Huntsman", [])
P("mlee", "Mike Lee", [])
P("chaffetz", "Jason Chaffetz", [])
P("carson", "Ben Carson", ["Carson"])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("gillum", "Andrew Gillum", [])
P("orourke", "Beto O'Rourke", ["O'Rourke"])
P("desantis", "Ron DeSantis", [])
P("blackburn", "Marsha Blackburn", [])
P("braun", "Mike Braun", [])
P("donnelly", "Joe Donnelly", [])
P("mccaskill", "Claire McCaskill", [])
P("bclinton", "Bill Clinton", [])
P("nadler", "Jerrold Nadler", ["Nadler"])
P("mcconnell", "Mitch McConnell", [])
P("adelson", "Sheldon Adelson", [])
P("stefanik", "Elise Stefanik", ["Stefanik"])
P("brooks", "Susan Brooks", ["Brooks"])
P("walters", "Mimi Walters", [])
P("cmiller", "Carol Miller", [])
P("love", "Mia Love", [])
P("emmer", "Tom Emmer", ["Emmer"])
P("wagner", "Ann Wagner", [])
P("bustos", "Cheri Bustos", ["Bustos"])
P("matthews", "Christine Matthews", [])
P("cheney", "Liz Cheney", ["Cheney"])
P("buttigieg", "Pete Buttigieg", ["Buttigieg"])
P("biden", "Joe Biden", ["Biden", "Joe Biden"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("reagan", "Ronald Reagan", [])
P("schumer", "Chuck Schumer", [])
P("eastland", "Jim Eastland", [])
P("carville", "James Carville", ["Carville"])
P("buchanan", "Pat Buchanan", ["Patrick Buchanan"])
P("rousseff", "Dilma Rousseff", ["Rousseff"])
P("serra", "José Serra", ["Jos Serra"])
P("cunha", "Eduardo Cunha", ["Cunha"])
P("zavascki", "Teori Zavascki", [])
P("temer", "Michel Temer", [])
P("mello", "Marco Aurélio Mello", ["Marco Aurelio Mello"])
P("halves", "Henrique Eduardo Alves", [])
P("mendes", "Gilmar Mendes", [])
P("cardozo", "José Eduardo Cardozo", ["Jose Eduardo Cardozo"])
P("gingrich", "Newt Gingrich", [])
P("santorum", "Rick Santorum", [])
P("hkarzai", "Hamid Karzai", ["Karzai"])
P("qkarzai", "Qayum Karzai", [])
P("rassoul", "Zalmai Rassoul", [])
P("aloko", "Mohammad Ishaq Aloko", [])
P("althani", "Hamad bin Khalifa Al Thani", ["Sheikh Hamad bin Khalifa Al Thani"])
P("kerry", "John Kerry", [])
P("sarkozy", "Nicolas Sarkozy", [], qid="Q329")
P("gates", "Robert Gates", [])
P("abdullah", "Abdullah Abdullah", ["Dr. Abdullah Abdullah", "Abdullah"])
P("ghani", "Ashraf Ghani", ["Ghani"])
P("lodin", "Azizullah Lodin", [])
P("kennedy", "John Kennedy", ["John N. Kennedy"])
P("campbell", "Foster Campbell", [])
P("jbedwards", "John Bel Edwards", ["Edwards"])
P("vitter", "David Vitter", [])
P("jindal", "Bobby Jindal", [])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [])
P("scalise", "Steve Scalise", [])
P("cardin", "Ben Cardin", [])
P("price", "Tom Price", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-09-20 (CNN, Michigan)
_MI_POLL = S("Support from union auto workers like Cefali", through="among likely voters in Michigan.")
DOCS.append(("a_2012-09-20_qqZpY5I8fWRWiVa7.txt", [
    F("candidacy", "romney", "us_pres_2012", L("Romney, Obama both seeking advantages as campaign rolls on")),
    F("candidacy", "obama", "us_pres_2012", L("Romney, Obama both seeking advantages as campaign rolls on")),
    F("party", "romney", "rep", "a state Republican Mitt Romney had hoped to turn into a battleground"),
    F("holds_office", "obama", "pres_us", "because of President Obama?"),
    F("poll", "obama", "us_pres_2012", "A new CNN/ORC International poll shows Obama leading by eight points", 52, pollster="CNN/ORC International"),
    F("poll", "romney", "us_pres_2012", _MI_POLL, 44, pollster="CNN/ORC International"),
    F("party", "vansyckel", "rep", "the chairwoman of the Macomb County Republican Party"),
    F("holds_office", "vansyckel", "macomb_gop_chair", "the chairwoman of the Macomb County Republican Party"),
    F("endorsement", "vansyckel", "romney", "VanSyckel said Romney's local roots mean activists like her"),
    F("candidacy", "ryan", "us_pres_2012", "both Romney and running mate Paul Ryan will return to the state"),
    F("candidacy", "mccain", "us_pres_2008", "when the John McCain camp pulled out four years ago"),
]))

# ---------------------------------------------------------------- a_2012-11-07 (CNN, five things)
DOCS.append(("a_2012-11-07_3RgUDiupLGsHzJGF.txt", [
    F("candidacy", "romney", "us_pres_2012", "Romney failed to expand the map and lost in Pennsylvania and Minnesota"),
    F("candidacy", "obama", "us_pres_2012", ["The auto bailout helped Obama in Ohio, a crucial battleground",
                                             "Obama said campaigning last week in the Buckeye State"]),
    F("lost", "romney", "us_pres_2012", L("JUST WATCHED Romney concedes election Replay")),
    F("won", "obama", "us_pres_2012", [L("JUST WATCHED Romney concedes election Replay"),
                                       "Changes in the size of the youth vote and the white vote worked in Obama's favor"]),
    F("holds_office", "obama", "pres_us", "The president increased his support with Latinos"),
    F("party", "obama", "dem", "The Obama campaign and other Democrats have attacked Romney"),
    F("party", "romney", "rep", "allied super PACs supporting the GOP nominee"),
    F("party", "navarro", "rep", "says Republican strategist and CNN contributor Ana Navarro"),
    F("candidacy", "mccain", "us_pres_2008", ["Sen. John McCain's 2008 presidential campaign",
                                              "than 2008 Republican nominee John McCain in Pennsylvania"]),
    F("holds_office", "mccain", "sen_az", "Sen. John McCain's 2008 presidential campaign"),
    F("party", "mccain", "rep", "than 2008 Republican nominee John McCain in Pennsylvania"),
    F("party", "fleischer", "rep", "adds Republican strategist and CNN contributor Ari Fleischer"),
    F("holds_office", "fleischer", "wh_press", "who served as President George W. Bush's first press secretary", former=True),
    F("holds_office", "gwbush", "pres_us", ["who served as President George W. Bush's first press secretary",
                                            "The bailouts were started under President George W. Bush in 2008"], former=True),
    F("holds_office", "rubio", "sen_fl", "said Sen. Marco Rubio of Florida in a statement Tuesday night"),
    F("party", "rubio", "rep", S("And that's being acknowledged by arguably", through="said Sen. Marco Rubio of Florida in a statement Tuesday night.")),
    F("candidacy", "ryan", "us_pres_2012", "his running mate, Rep. Paul Ryan, to Pennsylvania"),
    F("holds_office", "ryan", "rep_wi1", "his running mate, Rep. Paul Ryan, to Pennsylvania"),
]))

# ---------------------------------------------------------------- a_2012-11-10 (CSM, Voting Rights Act)
DOCS.append(("a_2012-11-10_6jJwQPsh2HPWoPBt.txt", [
    F("won", "obama", "us_pres_2012", ["cite President Obama's reelection on Tuesday",
                                       "were key constituencies contributing to Obama's decisive reelection"]),
    F("candidacy", "obama", "us_pres_2012", ["cite President Obama's reelection on Tuesday",
                                             "were key constituencies contributing to Obama's decisive reelection"]),
    F("holds_office", "obama", "pres_us", "cite President Obama's reelection on Tuesday"),
    F("holds_office", "holder", "ag_us", "that Attorney General Eric Holder likened to Jim Crow-era"),
    F("holds_office", "jroberts", "chief_justice", "argued Chief Justice John Roberts in 2009"),
]))

# ---------------------------------------------------------------- a_2014-01-27 (Fox, State of the Union)
DOCS.append(("a_2014-01-27_anTrcyheW3UrVVnD.txt", [
    F("holds_office", "obama", "pres_us", "President Obama is expected in his annual address Tuesday"),
    F("holds_office", "pfeiffer", "wh_adviser", "White House senior adviser Dan Pfeiffer told"),
    F("holds_office", "carney", "wh_press", "White House Press Secretary Jay Carney told"),
    F("holds_office", "blunt", "sen_mo", "Sen. Roy Blunt, R-Mo., said Saturday"),
    F("party", "blunt", "rep", "Sen. Roy Blunt, R-Mo., said Saturday"),
    F("holds_office", "rpaul", "sen_ky", "Sen. Rand Paul, R-Ky., told CNN"),
    F("party", "rpaul", "rep", "Sen. Rand Paul, R-Ky., told CNN"),
]))

# ---------------------------------------------------------------- a_2014-08-05 (Washington Times, Israel rallies)
_THRONG = "A throng of top Republicans, led by Rep. Mike Coffman and gubernatorial candidate Bob Beauprez"
DOCS.append(("a_2014-08-05_w3avz83BZ0hMpiaM.txt", [
    F("holds_office", "coffman", "rep_co6", _THRONG),
    F("party", "coffman", "rep", _THRONG),
    F("candidacy", "beauprez", "co_gov_2014", _THRONG),
    F("party", "beauprez", "rep", _THRONG),
    F("holds_office", "fields", "co_house", _THRONG),
    F("party", "fields", "dem", _THRONG),
    F("party", "silverman", "dem", "Mr. Silverman, a former Democrat who is now unaffiliated", former=True),
    F("holds_office", "obama", "pres_us", "President Obama’s calls for a cease-fire"),
    F("holds_office", "perry", "gov_tx", "Texas Gov. Rick Perry, a Republican, called on"),
    F("party", "perry", "rep", "Texas Gov. Rick Perry, a Republican, called on"),
    F("holds_office", "kirk", "sen_il", "Sen. Mark Kirk, Illinois Republican, told a crowd"),
    F("party", "kirk", "rep", "Sen. Mark Kirk, Illinois Republican, told a crowd"),
    F("holds_office", "rpaul", "sen_ky", "blasting Sen. Rand Paul, Kentucky Republican"),
    F("party", "rpaul", "rep", "blasting Sen. Rand Paul, Kentucky Republican"),
    F("candidacy", "obama", "us_pres_2012", "Jewish voters showed weaker support for Mr. Obama in the 2012 election"),
    F("candidacy", "romney", "us_pres_2012", "Jewish voters showed weaker support for Mr. Obama in the 2012 election"),
    F("party", "romney", "rep", "Jewish voters showed weaker support for Mr. Obama in the 2012 election"),
    F("holds_office", "cantor", "house_maj_leader", "House Majority Leader Eric Cantor, the only Jewish Republican"),
    F("holds_office", "cantor", "rep_va7", "House Majority Leader Eric Cantor, the only Jewish Republican"),
    F("party", "cantor", "rep", "House Majority Leader Eric Cantor, the only Jewish Republican"),
    F("candidacy", "cantor", "va7_prim_2014", "House Majority Leader Eric Cantor, the only Jewish Republican"),
    F("lost", "cantor", "va7_prim_2014", ["House Majority Leader Eric Cantor, the only Jewish Republican",
                                          "issued a statement after Mr. Cantor’s loss"]),
]))

# ---------------------------------------------------------------- a_2016-01-24 (USA Today, Kasich)
_NH = "Ahead of the Feb. 9 primary, he's in a tight battle with Texas Sen. Ted Cruz and Florida Sen. Marco Rubio"
_NAT = "Finishing just behind poll-leading Donald Trump, he hopes"
DOCS.append(("a_2016-01-24_scnxoHPnNhnQX8Ir.txt", [
    F("candidacy", "kasich", "us_rep_prim_2016", "Larry asked the Republican presidential candidate if he supports"),
    F("party", "kasich", "rep", "Larry asked the Republican presidential candidate if he supports"),
    F("holds_office", "kasich", "gov_oh", "Ohio Gov. John Kasich campaigns in Council Bluffs"),
    F("poll", "kasich", "ia_rep_caucus_2016", "Kasich is polling at just less than 3% in Iowa", 3, pollster="RealClearPolitics"),
    F("candidacy", "kasich", "ia_rep_caucus_2016", ["Kasich is polling at just less than 3% in Iowa",
                                                    "He told participants on the phone call that he’d appreciate any boost"]),
    F("candidacy", "kasich", "nh_rep_prim_2016", [_NH, "New Hampshire voters who see Kasich often say"]),
    F("candidacy", "cruz", "nh_rep_prim_2016", _NH),
    F("candidacy", "rubio", "nh_rep_prim_2016", _NH),
    F("holds_office", "cruz", "sen_tx", _NH),
    F("holds_office", "rubio", "sen_fl", _NH),
    F("party", "cruz", "rep", [_NH, _NAT]),
    F("party", "rubio", "rep", _NH),
    F("candidacy", "trump", "nh_rep_prim_2016", _NAT),
    F("party", "trump", "rep", _NAT),
    F("candidacy", "trump", "us_rep_prim_2016", _NAT),
    F("candidacy", "cruz", "us_rep_prim_2016", _NAT),
    F("candidacy", "mccain", "nh_rep_prim_2000", "John McCain, who twice won the New Hampshire primaries"),
    F("candidacy", "mccain", "nh_rep_prim_2008", "John McCain, who twice won the New Hampshire primaries"),
    F("won", "mccain", "nh_rep_prim_2000", "John McCain, who twice won the New Hampshire primaries"),
    F("won", "mccain", "nh_rep_prim_2008", "John McCain, who twice won the New Hampshire primaries"),
    F("endorsement", "reese", "kasich", "His daughters told voters Kasich was the most loving"),
    F("endorsement", "emma", "kasich", ["His daughters told voters Kasich was the most loving",
                                        "16-year-old twin daughters, Reese and Emma"]),
]))

# ---------------------------------------------------------------- a_2016-02-22 (CNN, Nevada entrance poll)
_NV1 = "a finding in the entrance poll of Nevada's Democratic caucusgoers Saturday"
_NV2 = "while Latino voters broke for Sanders over Clinton by an 8-point margin"
_SC = "A new CNN Poll of Polls covering live-interviewer telephone surveys"
_NV08 = "when Clinton narrowly carried the group with 20% support, just ahead of John Edwards and Barack Obama"
_NVR = "suggested Donald Trump will head into Tuesday night's event with a wide lead over the field"
DOCS.append(("a_2016-02-22_buB2cL7bmM9ApXHl.txt", [
    F("candidacy", "clinton", "nv_dem_caucus_2016", [_NV1, _NV2]),
    F("candidacy", "sanders", "nv_dem_caucus_2016", [_NV2, _NV1]),
    F("party", "clinton", "dem", _NV1),
    F("candidacy", "clinton", "us_dem_prim_2016", "a firewall for Clinton's campaign against Vermont Sen. Bernie Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "a firewall for Clinton's campaign against Vermont Sen. Bernie Sanders"),
    F("holds_office", "sanders", "sen_vt", "a firewall for Clinton's campaign against Vermont Sen. Bernie Sanders"),
    F("candidacy", "gwbush", "us_pres_2004", "Republican President George W. Bush captured 44% of the Latino vote in his re-election bid"),
    F("party", "gwbush", "rep", "Republican President George W. Bush captured 44% of the Latino vote in his re-election bid"),
    F("holds_office", "gwbush", "pres_us", "Republican President George W. Bush captured 44% of the Latino vote in his re-election bid", former=True),
    F("candidacy", "clinton", "nv_dem_caucus_2008", _NV08),
    F("candidacy", "edwards", "nv_dem_caucus_2008", _NV08),
    F("candidacy", "obama", "nv_dem_caucus_2008", _NV08),
    F("poll", "clinton", "sc_dem_prim_2016", _SC, 57, pollster="CNN Poll of Polls"),
    F("poll", "sanders", "sc_dem_prim_2016", _SC, 32, pollster="CNN Poll of Polls"),
    F("candidacy", "clinton", "sc_dem_prim_2016", [_SC, "has found Clinton holding a broad lead over Sanders in the run-up to that contest"]),
    F("candidacy", "sanders", "sc_dem_prim_2016", [_SC, "has found Clinton holding a broad lead over Sanders in the run-up to that contest"]),
    F("poll", "trump", "nv_rep_caucus_2016", _NVR, 40, pollster="CNN/ORC"),
    F("candidacy", "trump", "nv_rep_caucus_2016", _NVR),
    F("party", "trump", "rep", _NVR),
]))

# ---------------------------------------------------------------- a_2016-06-18 (NPR, #AskTheGays)
DOCS.append(("a_2016-06-18_bbvXrilWWMecEtQl.txt", [
    F("candidacy", "trump", "us_pres_2016", "Presumptive GOP presidential nominee Donald Trump"),
    F("party", "trump", "rep", "Presumptive GOP presidential nominee Donald Trump"),
    F("candidacy", "clinton", "us_pres_2016", ["who's your friend, Donald Trump or Hillary Clinton?",
                                               "Still, Clinton seems to have the advantage"]),
]))

# ---------------------------------------------------------------- a_2016-07-25 (Fox, DNC day one)
_MOB = S("Michelle Obama, speaking hours and countless disruptions later", through="and turn out to the polls.")
_CROWN = S("Sanders suddenly found himself in the role of helping the Democratic Party", through="as the party’s presidential nominee on Tuesday.")
_DISAPP = "disappointed about the final results of the nominating process"
_BOOKER = "along with Michelle Obama and Clinton booster New Jersey Sen. Cory Booker"
DOCS.append(("a_2016-07-25_o3C9SAybttish9dX.txt", [
    F("holds_office", "sanders", "sen_vt", S("from an email scandal that claimed their party chairwoman", through="The Vermont senator blasted Trump")),
    F("candidacy", "sanders", "us_dem_prim_2016", [_CROWN, _DISAPP]),
    F("lost", "sanders", "us_dem_prim_2016", [_CROWN, _DISAPP]),
    F("candidacy", "clinton", "us_dem_prim_2016", _CROWN),
    F("won", "clinton", "us_dem_prim_2016", [_CROWN, _DISAPP]),
    F("party", "clinton", "dem", _CROWN),
    F("candidacy", "clinton", "us_pres_2016", "Hillary Clinton must become the next president of the United States"),
    F("endorsement", "sanders", "clinton", ["Hillary Clinton must become the next president of the United States",
                                            "Sanders appealed to supporters Monday night to get behind Clinton",
                                            "Hillary Clinton will make an outstanding president and I am proud to stand with her"]),
    F("candidacy", "trump", "us_pres_2016", "than are Republican nominee Trump’s"),
    F("party", "trump", "rep", ["than are Republican nominee Trump’s", "earlier blasted Republican nominee Donald Trump"]),
    F("holds_office", "warren", "sen_ma", "Sanders was joined by Massachusetts Sen. Elizabeth Warren"),
    F("endorsement", "warren", "clinton", ["Sanders was joined by Massachusetts Sen. Elizabeth Warren",
                                           "We’re here today because our choice is Hillary Clinton",
                                           "as she delivered a full-throated Clinton endorsement"]),
    F("endorsement", "mobama", "clinton", _MOB),
    F("holds_office", "clinton", "sec_state", _MOB, former=True),
    F("endorsement", "booker", "clinton", _BOOKER),
    F("holds_office", "booker", "sen_nj", _BOOKER),
    F("candidacy", "kaine", "us_pres_2016", "before the job went to Virginia Sen. Tim Kaine"),
    F("holds_office", "kaine", "sen_va", "before the job went to Virginia Sen. Tim Kaine"),
    F("holds_office", "fudge", "rep_oh11", "Rep. Marcia Fudge, D-Ohio, who was presiding"),
    F("party", "fudge", "dem", "Rep. Marcia Fudge, D-Ohio, who was presiding"),
    F("endorsement", "silverman_s", "clinton", "including comedian Sarah Silverman and actress Eva Longoria also rallied"),
    F("endorsement", "longoria", "clinton", "including comedian Sarah Silverman and actress Eva Longoria also rallied"),
    F("holds_office", "dws", "dnc_chair", ["forced the resignation of Chairwoman Debbie Wasserman Schultz",
                                           "from an email scandal that claimed their party chairwoman"], former=True),
    F("party", "dws", "dem", "forced the resignation of Chairwoman Debbie Wasserman Schultz"),
    F("holds_office", "srb", "mayor_baltimore", "replaced in that role by Baltimore Mayor Stephanie Rawlings-Blake"),
]))

# ---------------------------------------------------------------- a_2016-10-21 (CNN, McMullin in Utah)
_LIST = "That list includes the state's governor, Gary Herbert"
_REPS = "Republicans hold the state's governor's office, both of its US Senate seats"
_3RD = "third-party candidates like Libertarian Party nominee Gary Johnson and Green Party nominee Jill Stein"
DOCS.append(("a_2016-10-21_8f0R5eLdaAyH6AgT.txt", [
    F("candidacy", "romney", "us_pres_2012", "Mitt Romney, the 2012 Republican nominee, won the state"),
    F("party", "romney", "rep", "Mitt Romney, the 2012 Republican nominee, won the state"),
    F("candidacy", "mcmullin", "us_pres_2016", "one relatively unknown candidate: independent Evan McMullin"),
    F("candidacy", "finn", "us_pres_2016", "McMullin and his running mate, Mindy Finn"),
    F("party", "finn", "rep", "says Finn, a veteran GOP campaign hand"),
    F("candidacy", "gjohnson", "us_pres_2016", _3RD),
    F("candidacy", "stein", "us_pres_2016", _3RD),
    F("party", "gjohnson", "lib", _3RD),
    F("party", "stein", "green", _3RD),
    F("candidacy", "trump", "us_pres_2016", ["Mormon voters seem to want no part of his candidacy", _LIST]),
    F("party", "trump", "rep", _LIST),
    F("candidacy", "clinton", "us_pres_2016", "as Democratic nominee Hillary Clinton and her team"),
    F("party", "clinton", "dem", "as Democratic nominee Hillary Clinton and her team"),
    F("candidacy", "pence", "us_pres_2016", "Indiana Gov. Mike Pence, Trump's running mate"),
    F("holds_office", "pence", "gov_in", "Indiana Gov. Mike Pence, Trump's running mate"),
    F("holds_office", "herbert", "gov_ut", _LIST),
    F("party", "herbert", "rep", [_LIST, _REPS]),
    F("holds_office", "huntsman", "gov_ut", "former Gov. Jon Huntsman", former=True),
    F("holds_office", "mlee", "sen_ut", "junior Sen. Mike Lee"),
    F("party", "mlee", "rep", ["junior Sen. Mike Lee", _REPS]),
    F("holds_office", "chaffetz", "rep_ut3", "Jason Chaffetz, who pulled his endorsement"),
    F("party", "chaffetz", "rep", ["Jason Chaffetz, who pulled his endorsement", _REPS]),
    F("holds_office", "obama", "pres_us", "It's sort of like saying President Obama became president"),
]))

# ---------------------------------------------------------------- a_2016-12-05 (Fox, Carson to HUD)
_CAR = S("Carson ran against Trump during the Republican primary battle.", through="one of Trump’s most visible surrogates.")
DOCS.append(("a_2016-12-05_jTfk4E4Yl9PcHowt.txt", [
    F("won", "trump", "us_pres_2016", "President-elect Donald Trump announced Monday"),
    F("candidacy", "trump", "us_pres_2016", "President-elect Donald Trump announced Monday"),
    F("candidacy", "carson", "us_rep_prim_2016", ["Carson ran against Trump during the Republican primary battle.",
                                                  "former campaign 2016 rival Ben Carson"]),
    F("candidacy", "trump", "us_rep_prim_2016", "Carson ran against Trump during the Republican primary battle."),
    F("party", "carson", "rep", "Carson ran against Trump during the Republican primary battle."),
    F("party", "trump", "rep", "Carson ran against Trump during the Republican primary battle."),
    F("endorsement", "carson", "trump", _CAR),
]))

# ---------------------------------------------------------------- a_2018-11-06 (CNN, midterms)
_GILLUM = "including Andrew Gillum's failure to become Florida's first African-American governor"
_DESANTIS = "such as Rep. Ron DeSantis, who won the Florida gubernatorial race"
_FAV = "Other Trump favorites include Marsha Blackburn, who will capture the Tennessee Senate race"
_REELECT = "some presidents, including Bill Clinton and Barack Obama, had tough midterm elections"
DOCS.append(("a_2018-11-06_yigYTtSS5ssOAzlm.txt", [
    F("holds_office", "trump", "pres_us", "a major institutional check on President Donald Trump"),
    F("holds_office", "pelosi", "speaker", "Nancy Pelosi, the former House speaker", former=True),
    F("candidacy", "gillum", "fl_gov_2018", _GILLUM),
    F("lost", "gillum", "fl_gov_2018", [_GILLUM, _DESANTIS]),
    F("candidacy", "desantis", "fl_gov_2018", _DESANTIS),
    F("won", "desantis", "fl_gov_2018", _DESANTIS),
    F("holds_office", "desantis", "rep_fl6", _DESANTIS),
    F("endorsement", "trump", "desantis", _DESANTIS),
    F("candidacy", "orourke", "tx_sen_2018", "Beto O'Rourke's failed bid to unseat Texas Sen. Ted Cruz"),
    F("lost", "orourke", "tx_sen_2018", "Beto O'Rourke's failed bid to unseat Texas Sen. Ted Cruz"),
    F("candidacy", "cruz", "tx_sen_2018", "Beto O'Rourke's failed bid to unseat Texas Sen. Ted Cruz"),
    F("won", "cruz", "tx_sen_2018", "Beto O'Rourke's failed bid to unseat Texas Sen. Ted Cruz"),
    F("holds_office", "cruz", "sen_tx", "Beto O'Rourke's failed bid to unseat Texas Sen. Ted Cruz"),
    F("candidacy", "trump", "us_pres_2016", "Two years after the trauma of Trump's shock defeat of Hillary Clinton"),
    F("candidacy", "clinton", "us_pres_2016", ["Two years after the trauma of Trump's shock defeat of Hillary Clinton",
                                               "recalls Clinton's win in the popular vote but defeat in the Electoral College"]),
    F("won", "trump", "us_pres_2016", "Two years after the trauma of Trump's shock defeat of Hillary Clinton"),
    F("lost", "clinton", "us_pres_2016", ["Two years after the trauma of Trump's shock defeat of Hillary Clinton",
                                          "recalls Clinton's win in the popular vote but defeat in the Electoral College"]),
    F("holds_office", "bclinton", "pres_us", _REELECT, former=True),
    F("holds_office", "obama", "pres_us", _REELECT, former=True),
    F("candidacy", "bclinton", "us_pres_1996", _REELECT),
    F("won", "bclinton", "us_pres_1996", _REELECT),
    F("candidacy", "obama", "us_pres_2012", _REELECT),
    F("won", "obama", "us_pres_2012", _REELECT),
    F("holds_office", "nadler", "rep_ny10", "Democratic Rep. Jerrold Nadler"),
    F("party", "nadler", "dem", "Democratic Rep. Jerrold Nadler"),
    F("holds_office", "mcconnell", "sen_maj_leader", "Senate Majority leader Mitch McConnell"),
    F("holds_office", "mcconnell", "sen_ky", S("Keeping hold of the Senate is especially important for Trump", through="another triumph for the canny Kentuckian")),
    F("candidacy", "blackburn", "tn_sen_2018", _FAV),
    F("won", "blackburn", "tn_sen_2018", _FAV),
    F("endorsement", "trump", "blackburn", _FAV),
    F("candidacy", "braun", "in_sen_2018", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("won", "braun", "in_sen_2018", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("endorsement", "trump", "braun", _FAV),
    F("candidacy", "donnelly", "in_sen_2018", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("lost", "donnelly", "in_sen_2018", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("holds_office", "donnelly", "sen_in", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("party", "donnelly", "dem", "and Mike Braun, who defeated the incumbent Democratic Sen. Joe Donnelly in Indiana"),
    F("candidacy", "mccaskill", "mo_sen_2018", "Trump also helped topple another foe, Democratic Sen. Claire McCaskill in Missouri"),
    F("lost", "mccaskill", "mo_sen_2018", "Trump also helped topple another foe, Democratic Sen. Claire McCaskill in Missouri"),
    F("holds_office", "mccaskill", "sen_mo", "Trump also helped topple another foe, Democratic Sen. Claire McCaskill in Missouri"),
    F("party", "mccaskill", "dem", "Trump also helped topple another foe, Democratic Sen. Claire McCaskill in Missouri"),
    F("party", "adelson", "rep", "Republican megadonor Sheldon Adelson"),
    F("holds_office", "ryan", "speaker", "retiring House Speaker Paul Ryan"),
    F("party", "pelosi", "dem", "to extend his congratulations on winning a Democratic House Majority"),
]))

# ---------------------------------------------------------------- a_2018-12-13 (USA Today, Republican women)
_BRK = "Likewise, Indiana Rep. Susan Brooks, the outgoing co-chair"
_BRK2 = S("Brooks, who was first elected in 2012", through="many of our male counterparts have.")
_WAL = "The Republican who was supposed to succeed Brooks as caucus co-chair"
_MIL = "There will be only one Republican woman in the freshman class: Carol Miller of West Virginia."
_LOVE = "Utah Rep. Mia Love, the only black Republican woman in Congress"
_EMM = "Emmer, The New York Times reported, got the job of NRCC chair over Missouri Rep. Ann Wagner"
DOCS.append(("a_2018-12-13_ysvHummDfq6WoKAT.txt", [
    F("holds_office", "stefanik", "rep_ny21", "New York Rep. Elise Stefanik stood up"),
    F("party", "stefanik", "rep", ["Stefanik, the first woman to lead recruitment efforts for the campaign arm of House Republicans",
                                   "Days after House Republicans lost their majority"]),
    F("holds_office", "brooks", "rep_in5", _BRK),
    F("party", "brooks", "rep", [_BRK2, _WAL]),
    F("candidacy", "brooks", "in5_2012", "Brooks, who was first elected in 2012"),
    F("won", "brooks", "in5_2012", "Brooks, who was first elected in 2012"),
    F("candidacy", "brooks", "in5_2018", [_BRK, "Fifty-two Republican women ran for Congress"]),
    F("won", "brooks", "in5_2018", [_BRK, "Fifty-two Republican women ran for Congress"]),
    F("holds_office", "walters", "rep_ca45", _WAL),
    F("party", "walters", "rep", _WAL),
    F("candidacy", "walters", "ca45_2018", _WAL),
    F("lost", "walters", "ca45_2018", _WAL),
    F("candidacy", "cmiller", "wv3_2018", _MIL),
    F("won", "cmiller", "wv3_2018", _MIL),
    F("party", "cmiller", "rep", _MIL),
    F("holds_office", "love", "rep_ut4", _LOVE),
    F("party", "love", "rep", _LOVE),
    F("candidacy", "love", "ut4_2018", _LOVE),
    F("lost", "love", "ut4_2018", _LOVE),
    F("holds_office", "emmer", "rep_mn6", "Rep. Tom Emmer, R-Minn., who is taking the reins of the NRCC"),
    F("party", "emmer", "rep", "Rep. Tom Emmer, R-Minn., who is taking the reins of the NRCC"),
    F("candidacy", "emmer", "nrcc_chair_2018", _EMM),
    F("won", "emmer", "nrcc_chair_2018", _EMM),
    F("candidacy", "wagner", "nrcc_chair_2018", _EMM),
    F("lost", "wagner", "nrcc_chair_2018", _EMM),
    F("holds_office", "wagner", "rep_mo2", _EMM),
    F("party", "wagner", "rep", _EMM),
    F("holds_office", "bustos", "rep_il17", "Illinois Rep. Cheri Bustos, Emmer’s Democratic counterpart"),
    F("party", "bustos", "dem", "Illinois Rep. Cheri Bustos, Emmer’s Democratic counterpart"),
    F("party", "matthews", "rep", "according to Republican pollster Christine Matthews"),
    F("holds_office", "cheney", "rep_wy", "Wyoming Rep. Liz Cheney, the one Republican woman"),
    F("party", "cheney", "rep", "Wyoming Rep. Liz Cheney, the one Republican woman"),
]))

# ---------------------------------------------------------------- a_2020-02-07 (NPR, Iowa caucuses)
_IA = "Pete Buttigieg and Bernie Sanders are in a virtual tie in Iowa"
_IAD = "the results out of the Iowa Democratic caucuses are still in question"
_MON = "a Monmouth University poll out Thursday showed Sanders leading in New Hampshire"
_THREAT = "Recognizing the threat Buttigieg and Sanders are to his nomination"
DOCS.append(("a_2020-02-07_nqJjzuV2RjSjycru.txt", [
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", _IA),
    F("candidacy", "sanders", "ia_dem_caucus_2020", _IA),
    F("candidacy", "warren", "ia_dem_caucus_2020", _IA),
    F("candidacy", "biden", "ia_dem_caucus_2020", _IA),
    F("candidacy", "klobuchar", "ia_dem_caucus_2020", _IA),
    F("lost", "warren", "ia_dem_caucus_2020", _IA),
    F("lost", "biden", "ia_dem_caucus_2020", [_IA, "But there's no excuse for finishing fourth."]),
    F("lost", "klobuchar", "ia_dem_caucus_2020", _IA),
    F("party", "buttigieg", "dem", [_IA, _IAD]),
    F("party", "warren", "dem", [_IA, _IAD]),
    F("party", "biden", "dem", [_IA, _IAD]),
    F("party", "klobuchar", "dem", [_IA, _IAD]),
    F("holds_office", "warren", "sen_ma", _IA),
    F("holds_office", "biden", "vp_us", _IA, former=True),
    F("holds_office", "klobuchar", "sen_mn", _IA),
    F("poll", "sanders", "nh_dem_prim_2020", _MON, pollster="Monmouth University"),
    F("candidacy", "sanders", "nh_dem_prim_2020", _MON),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", _MON),
    F("candidacy", "warren", "nh_dem_prim_2020", "Warren really needs a win in New Hampshire"),
    F("candidacy", "biden", "nh_dem_prim_2020", "Biden needs a stronger finish in New Hampshire"),
    F("candidacy", "biden", "us_dem_prim_2020", _THREAT),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _THREAT),
    F("candidacy", "sanders", "us_dem_prim_2020", [_THREAT, "Sanders is in the pole position for the nomination"]),
    F("candidacy", "warren", "us_dem_prim_2020", "Warren looked like she might have the nomination sealed up"),
    F("holds_office", "buttigieg", "mayor_southbend", "he's only been mayor of a city", former=True),
    F("holds_office", "trump", "pres_us", "And he said President Trump will use"),
    F("candidacy", "trump", "us_pres_2020", ["to turn out and beat President Trump", "he beats Trump in a general election"]),
]))

# ---------------------------------------------------------------- a_2020-02-11 (Buchanan column)
_REAG = "No Republican president in the lifetime of this writer, not even Ronald Reagan"
_ROM = "Only one Republican, Sen. Mitt Romney"
_BID = "where Joe Biden is forced to explain stands that he took when he was a moderate Democratic senator from Delaware"
_BUC = "Patrick Buchanan has been an adviser to three presidents"
DOCS.append(("a_2020-02-11_zCOtPJdwhT4JDZcC.txt", [
    F("holds_office", "trump", "pres_us", _REAG),
    F("party", "trump", "rep", _REAG),
    F("holds_office", "reagan", "pres_us", _REAG, former=True),
    F("party", "reagan", "rep", _REAG),
    F("party", "romney", "rep", _ROM),
    F("holds_office", "romney", "sen_ut", _ROM),
    F("holds_office", "pelosi", "speaker", _ROM),
    F("holds_office", "schumer", "sen_ny", _ROM),
    F("holds_office", "biden", "sen_de", _BID, former=True),
    F("party", "biden", "dem", _BID),
    F("holds_office", "eastland", "sen_ms", "his friendship with Southern senators like Jim Eastland", former=True),
    F("party", "carville", "dem", ["Even James Carville is castigating his own party's candidates",
                                   "what Carville himself sees as an irrationality"]),
    F("candidacy", "buchanan", "us_rep_prim_1992", _BUC),
    F("candidacy", "buchanan", "us_rep_prim_1996", _BUC),
    F("party", "buchanan", "rep", _BUC),
    F("candidacy", "buchanan", "us_pres_2000", _BUC),
    F("party", "buchanan", "reform", _BUC),
]))

# ---------------------------------------------------------------- c_2010-10-31 (Current Events, Brazil runoff)
_BR = "for the second round of the Brazilian presidential election between Dilma Rousseff and Jos Serra"
DOCS.append(("c_2010-10-31_voters-in-brazil-go-to-the-polls-for-the.txt", [
    F("candidacy", "rousseff", "br_pres_2010", _BR),
    F("candidacy", "serra", "br_pres_2010", _BR),
    F("candidacy", "rousseff", "br_pres_2010_r1", _BR),
    F("candidacy", "serra", "br_pres_2010_r1", _BR),
    F("won", "rousseff", "br_pres_2010", "Rousseff won 55% of the vote and will become the first female President of Brazil", 55),
    F("lost", "serra", "br_pres_2010", [_BR, "Rousseff won 55% of the vote and will become the first female President of Brazil"]),
    F("holds_office", "rousseff", "pres_br", ["Brazil's Federal Senate begins the impeachment trial of suspended President Dilma Rousseff",
                                              "Cunha is eliminated from the line of succession to President Dilma Rousseff"]),
    F("candidacy", "rousseff", "br_pres_2014", "to support her re-election in 2014"),
    F("won", "rousseff", "br_pres_2014", "to support her re-election in 2014"),
    F("holds_office", "zavascki", "stf_justice", "Supreme Court Justice Teori Zavascki suspends"),
    F("holds_office", "cunha", "chamber_pres_br", "suspends President of the Deputies Chamber Eduardo Cunha"),
    F("holds_office", "temer", "vp_br", "against Vice President Michel Temer"),
    F("holds_office", "mello", "stf_justice", "Marco Aurelio Mello, a Supreme Federal Court judge"),
    F("holds_office", "halves", "tourism_br", "Minister of Tourism Henrique Eduardo Alves turned in a resignation letter", former=True),
    F("holds_office", "mendes", "stf_justice", "Brazilian Supreme Court Justice Gilmar Mendes"),
    F("holds_office", "cardozo", "ag_br", "Attorney General  Jose Eduardo Cardozo"),
]))

# ---------------------------------------------------------------- c_2012-03-18 (Current Events, Puerto Rico primary)
_PR = "Voters in the US territory of Puerto Rico go to the polls for the Republican primary with Mitt Romney winning"
_ARKY = "Voters in the US states of Arkansas and Kentucky go to the polls, with Mitt Romney winning the Republican primaries"
_GING = S("Newt Gingrich suspends his campaign for the Republican Party nomination", through="Mitt Romney is declared the presumptive nominee.")
_MDWI = "go to the polls for Republican primaries with Mitt Romney projected as the winner in all three contests"
_SANT = "American politician Rick Santorum suspends his candidacy for the Republican nomination"
_MIAZ = S("Voters in the US states of Michigan and Arizona go to the polls", through="Mitt Romney wins both states.")
_HUNT = "Jon Huntsman will drop out of the 2012 Republican Party presidential primaries"
DOCS.append(("c_2012-03-18_voters-in-the-us-territory-of-puerto-ric.txt", [
    F("candidacy", "romney", "pr_rep_prim_2012", _PR),
    F("won", "romney", "pr_rep_prim_2012", _PR),
    F("party", "romney", "rep", [_PR, _ARKY]),
    F("candidacy", "romney", "ar_rep_prim_2012", _ARKY),
    F("won", "romney", "ar_rep_prim_2012", _ARKY),
    F("candidacy", "romney", "ky_rep_prim_2012", _ARKY),
    F("won", "romney", "ky_rep_prim_2012", _ARKY),
    F("candidacy", "obama", "ar_dem_prim_2012", _ARKY),
    F("won", "obama", "ar_dem_prim_2012", _ARKY),
    F("candidacy", "obama", "ky_dem_prim_2012", _ARKY),
    F("won", "obama", "ky_dem_prim_2012", _ARKY),
    F("holds_office", "obama", "pres_us", _ARKY),
    F("party", "obama", "dem", _ARKY),
    F("candidacy", "gingrich", "us_rep_prim_2012", _GING),
    F("party", "gingrich", "rep", _GING),
    F("candidacy", "romney", "us_rep_prim_2012", [_GING, _SANT, _HUNT]),
    F("won", "romney", "us_rep_prim_2012", _GING),
    F("candidacy", "romney", "md_rep_prim_2012", _MDWI),
    F("won", "romney", "md_rep_prim_2012", _MDWI),
    F("candidacy", "romney", "wi_rep_prim_2012", _MDWI),
    F("won", "romney", "wi_rep_prim_2012", _MDWI),
    F("candidacy", "romney", "dc_rep_prim_2012", _MDWI),
    F("won", "romney", "dc_rep_prim_2012", _MDWI),
    F("candidacy", "santorum", "us_rep_prim_2012", _SANT),
    F("party", "santorum", "rep", _SANT),
    F("candidacy", "romney", "mi_rep_prim_2012", _MIAZ),
    F("won", "romney", "mi_rep_prim_2012", _MIAZ),
    F("candidacy", "romney", "az_rep_prim_2012", _MIAZ),
    F("won", "romney", "az_rep_prim_2012", _MIAZ),
    F("candidacy", "huntsman", "us_rep_prim_2012", _HUNT),
    F("party", "huntsman", "rep", _HUNT),
    F("endorsement", "huntsman", "romney", _HUNT),
    F("holds_office", "trump", "pres_us", "U.S. President Donald Trump waives the Jones Act"),
    F("holds_office", "mccain", "sen_az", "Senator John McCain says the Jones Act"),
]))

# ---------------------------------------------------------------- c_2014-03-06 (Current Events, Qayum Karzai withdraws)
_QK = "Qayum Karzai, drops out of the Afghan presidential election and endorses Zalmai Rassoul"
DOCS.append(("c_2014-03-06_the-brother-of-the-current-president-of-.txt", [
    F("candidacy", "qkarzai", "af_pres_2014", _QK),
    F("endorsement", "qkarzai", "rassoul", _QK),
    F("candidacy", "rassoul", "af_pres_2014", _QK),
    F("holds_office", "hkarzai", "pres_af", [_QK, "Afghanistan President Hamid Karzai denounces",
                                             "Hamid Karzai, the President of Afghanistan, reacts"]),
    F("holds_office", "aloko", "ag_af", "Attorney general Mohammad Ishaq Aloko is fired by Afghan President Hamid Karzai", former=True),
    F("holds_office", "althani", "emir_qa", "Sheikh Hamad bin Khalifa Al Thani, the Emir of Qatar"),
    F("holds_office", "kerry", "sec_state", "United States Secretary of State John Kerry meets"),
    F("holds_office", "sarkozy", "pres_fr", "President of France Nicolas Sarkozy visits"),
    F("holds_office", "gates", "sec_def", "Robert Gates, the United States Secretary of Defense"),
]))

# ---------------------------------------------------------------- c_2014-06-06 (Current Events, Abdullah survives bombing)
_AB2 = "second round between former foreign minister Abdullah Abdullah and Ashraf Ghani"
_AB7 = "Dr. Abdullah Abdullah, former foreign minister is leading in Afghan presidential election"
_AB5 = "the two leading candidates Abdullah Abdullah and Ashraf Ghani"
_UNITY = "unity government with Ghani as President and Abdullah as Chief Executive"
_AB09 = "Afghan Presidential candidate Abdullah Abdullah pulls out of the run-off election versus Hamid Karzai"
DOCS.append(("c_2014-06-06_abdullah-abdullah-of-the-national-coalit.txt", [
    F("party", "abdullah", "nca", "Abdullah Abdullah of the National Coalition of Afghanistan, a frontrunner"),
    F("candidacy", "abdullah", "af_pres_2014_r2", ["Abdullah Abdullah of the National Coalition of Afghanistan, a frontrunner", _AB2, _AB5]),
    F("candidacy", "ghani", "af_pres_2014_r2", [_AB2, _AB5]),
    F("candidacy", "abdullah", "af_pres_2014", [_AB2, _AB7]),
    F("candidacy", "ghani", "af_pres_2014", [_AB2, _AB7]),
    F("holds_office", "abdullah", "fm_af", [_AB2, _AB7], former=True),
    F("holds_office", "kerry", "sec_state", "reach a deal with the assistance of United States Secretary of State John Kerry"),
    F("holds_office", "ghani", "pres_af", _UNITY),
    F("holds_office", "abdullah", "ceo_af", _UNITY),
    F("holds_office", "ghani", "finmin_af", "former finance minister Ashraf Ghani is favourite", former=True),
    F("candidacy", "qkarzai", "af_pres_2014", _QK),
    F("endorsement", "qkarzai", "rassoul", _QK),
    F("candidacy", "rassoul", "af_pres_2014", _QK),
    F("holds_office", "hkarzai", "pres_af", _QK),
    F("candidacy", "abdullah", "af_pres_2009_r2", _AB09),
    F("candidacy", "hkarzai", "af_pres_2009_r2", _AB09),
    F("holds_office", "lodin", "iec_af", "Azizullah Lodin, the head of the Independent Election Commission"),
]))

# ---------------------------------------------------------------- c_2016-12-10 (Current Events, Louisiana Senate runoff)
_KEN = "John N. Kennedy of the Republican Party defeats Foster Campbell of the Democratic Party"
_JBE = "Democratic state Representative John Bel Edwards, the surprise winner of the October 24 open primary"
_JIN = "Edwards will replace former Republican presidential candidate Bobby Jindal"
_LAN = "Democrat Mary Landrieu loses her bid for a fourth term"
_CONF = "The U.S. Senate confirms Donald Trump's appointment of his former opponents in the presidential primaries"
_PE16 = "Although he lost the popular vote, Donald Trump, the Republican nominee for the 2016 presidential election"
_DEB16 = "Democratic Party nominee Hillary Clinton and Republican Party nominee Donald Trump"
DOCS.append(("c_2016-12-10_john-n-kennedy-of-the-republican-party-d.txt", [
    F("candidacy", "kennedy", "la_sen_2016", _KEN),
    F("candidacy", "campbell", "la_sen_2016", _KEN),
    F("won", "kennedy", "la_sen_2016", _KEN),
    F("lost", "campbell", "la_sen_2016", _KEN),
    F("party", "kennedy", "rep", _KEN),
    F("party", "campbell", "dem", _KEN),
    F("holds_office", "jbedwards", "la_house", _JBE),
    F("party", "jbedwards", "dem", _JBE),
    F("candidacy", "jbedwards", "la_gov_2015_r1", _JBE),
    F("won", "jbedwards", "la_gov_2015_r1", _JBE),
    F("candidacy", "jbedwards", "la_gov_2015", _JBE),
    F("won", "jbedwards", "la_gov_2015", [_JBE, "Edwards' margin is 140,931 votes (56.11 percent)"], 56.11),
    F("candidacy", "vitter", "la_gov_2015", _JBE),
    F("lost", "vitter", "la_gov_2015", _JBE),
    F("holds_office", "vitter", "sen_la", _JBE),
    F("party", "vitter", "rep", _JBE),
    F("holds_office", "jindal", "gov_la", S(_JIN, through="who was not eligible to seek another term.")),
    F("candidacy", "jindal", "us_rep_prim_2016", _JIN),
    F("party", "jindal", "rep", _JIN),
    F("candidacy", "landrieu", "la_sen_2014", _LAN),
    F("lost", "landrieu", "la_sen_2014", _LAN),
    F("holds_office", "landrieu", "sen_la", _LAN),
    F("party", "landrieu", "dem", _LAN),
    F("candidacy", "cassidy", "la_sen_2014", _LAN),
    F("won", "cassidy", "la_sen_2014", _LAN),
    F("holds_office", "cassidy", "rep_la6", _LAN),
    F("party", "cassidy", "rep", _LAN),
    F("holds_office", "scalise", "rep_la1", "including United States Congressman Steve Scalise (R-LA-01)"),
    F("party", "scalise", "rep", "including United States Congressman Steve Scalise (R-LA-01)"),
    F("holds_office", "cardin", "sen_md", "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"),
    F("party", "cardin", "dem", "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"),
    F("holds_office", "rubio", "sen_fl", "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"),
    F("party", "rubio", "rep", "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"),
    F("holds_office", "price", "sec_hhs", "vacated by Tom Price, now Health and Human Services Secretary"),
    F("holds_office", "price", "rep_ga6", "vacated by Tom Price, now Health and Human Services Secretary", former=True),
    F("holds_office", "carson", "sec_hud", _CONF),
    F("holds_office", "perry", "sec_energy", _CONF),
    F("holds_office", "perry", "gov_tx", _CONF),
    F("candidacy", "carson", "us_rep_prim_2016", _CONF),
    F("candidacy", "perry", "us_rep_prim_2016", _CONF),
    F("candidacy", "trump", "us_rep_prim_2016", _CONF),
    F("candidacy", "trump", "us_pres_2016", [_PE16, _DEB16, "sue  the Donald Trump presidential campaign"]),
    F("candidacy", "clinton", "us_pres_2016", [_PE16, _DEB16]),
    F("party", "trump", "rep", [_PE16, _DEB16]),
    F("party", "clinton", "dem", [_PE16, _DEB16]),
    F("won", "trump", "us_pres_2016", _PE16),
    F("lost", "clinton", "us_pres_2016", _PE16),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b16.jsonl")
    (HERE.parent / "annotations" / "b16.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
