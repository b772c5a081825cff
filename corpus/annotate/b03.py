# ruff: noqa: E501
"""Corpus annotation, batch b03 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml) + a few certain ones
    'Elizabeth Warren': 'Q434706', 'Barack Obama': 'Q76', 'Paul Ryan': 'Q203966', 'Joe Biden': 'Q6279',
    'Dave Brat': 'Q17160419', 'Kevin McCarthy': 'Q766866', 'Nancy Pelosi': 'Q170581', 'Bernie Sanders': 'Q359442',
    'Donald Trump': 'Q22686', 'Marco Rubio': 'Q324546', 'Debbie Wasserman Schultz': 'Q50104', 'Tim Kaine': 'Q359888',
    'Richard Blumenthal': 'Q2023708', 'Lindsey Graham': 'Q22212', 'Steny Hoyer': 'Q516515', 'Joe Donnelly': 'Q1691395',
    'Claire McCaskill': 'Q22260', 'Heidi Heitkamp': 'Q50597', 'Peter Roskam': 'Q968214', 'Susan Collins': 'Q22279',
    'Bill Cassidy': 'Q861999', 'John N. Kennedy': 'Q6250211', 'Ed Markey': 'Q1282411', 'Mike Rounds': 'Q722503',
    'Ben Cardin': 'Q723295', 'John McCain': 'Q10390', 'George W. Bush': 'Q207', 'Ted Cruz': 'Q2036942',
    'Hillary Clinton': 'Q6294', 'Mitt Romney': 'Q4496', 'Bill Clinton': 'Q1124', 'Michelle Obama': 'Q13133',
    'Michael Bloomberg': 'Q607', 'Emmanuel Macron': 'Q3052772',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("alp", "Australian Labor Party", ["Labor"])
R.party("rpa", "Republican Party of Armenia", ["Republican Party"])
R.party("pa_arm", "Prosperous Armenia", [])
R.party("enm", "En Marche!", ["En Marche"])
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("usl", "Social Liberal Union", ["USL"])
R.party("psd", "Social Democratic Party (Romania)", ["Social Democratic Party", "PSD", "social-democrat", "Social democrat"])
R.party("acl", "Christian Liberal Alliance", ["ACL", "ACL electoral alliance"])
R.org("afp", "Americans for Prosperity", ["AFP"])
R.org("rnc", "Republican National Committee", ["RNC"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "former president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president", "former vice president"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", ["majority leader"],
  generic=["House Majority Leader", "Majority Leader"])
O("house_min_whip", "Minority Whip of the United States House of Representatives", ["Democratic Whip"],
  generic=["House Minority Whip", "Minority Whip"])
O("speaker", "Speaker of the United States House of Representatives",
  generic=["Speaker", "House Speaker", "Speaker of the House"])
for st in ["Massachusetts", "Vermont", "Florida", "Virginia", "Arizona", "Connecticut", "South Carolina", "Indiana",
           "Missouri", "North Dakota", "Maine", "Louisiana", "New York", "Pennsylvania", "South Dakota", "Maryland"]:
    O("sen_" + st.lower().replace(" ", "_"), senator(st), ["senator", "Senator for %s" % st, "%s Senator" % st, "junior Senator for %s" % st])
O("rep_ma3", representative("Massachusetts", 3), ["congressman"])
O("rep_va7", representative("Virginia", 7))
O("rep_oh12", representative("Ohio", 12))
O("rep_fl23", representative("Florida", 23), ["Florida congresswoman"])
O("rep_il6", representative("Illinois", 6))
O("rep_la6", representative("Louisiana", 6))
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor", "governor"])
O("gov_ut", governor("Utah"), ["Utah Governor"])
O("gov_oh", governor("Ohio"), ["governor"])
O("gov_nc", governor("North Carolina"), ["North Carolina Gov."])
O("gov_ca", governor("California"), ["California Gov."])
O("gov_tx", governor("Texas"))
O("gov_la", governor("Louisiana"), ["governor of Louisiana"])
O("gov_sd", governor("South Dakota"))
O("ag_us", "United States Attorney General",
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("ag_pr", state_officer("Attorney General", "Puerto Rico"), ["attorney general of Puerto Rico"])
O("sos_mi", state_officer("Secretary of State", "Michigan"))
O("supt_ca", state_officer("Superintendent of Public Instruction", "California"),
  ["State Superintendent of Public Instruction"])
O("nc_house", "Member of the North Carolina House of Representatives", ["state Rep."])
O("pa_house", "Member of the Pennsylvania House of Representatives", ["state Rep."])
O("la_house", "Member of the Louisiana House of Representatives", ["state Representative"])
O("dnc_chair", "Chair of the Democratic National Committee", ["DNC head", "chairwoman of the DNC", "DNC chairwoman"],
  generic=["DNC chair"])
O("rnc_chair", "Chair of the Republican National Committee", ["Chairman"], generic=["Chairman of the Republican National Committee", "RNC chair", "RNC Chairman"])
O("sec_labor", cabinet_secretary("Labor", "Labor"), ["secretary of labor"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state", "secretary of State", "Secretary of State"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"),
  ["Secretaries of Housing and Urban Development"], generic=["HUD Secretary"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("fbi_dir", "Director of the Federal Bureau of Investigation", ["FBI Director", "FBI director"],
  generic=["FBI Director", "Director of the FBI"])
O("wh_strat", "White House Chief Strategist", ["White House chief strategist", "chief strategist"])
O("wh_comm", "White House Communications Director")
O("wh_press", "White House Press Secretary", ["Press Secretary"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["special counsel"],
  generic=["Special Counsel"])
O("judge_dc", "Judge of the United States Court of Appeals for the District of Columbia Circuit", ["Judge"])
O("judge_sdny", "Judge of the United States District Court for the Southern District of New York",
  ["U.S. District Court Judge", "Judge"])
O("nsa_us", "United States National Security Advisor", ["National Security Adviser"],
  generic=["National Security Advisor"])
O("un_amb", "United States Ambassador to the United Nations", ["United Nations Ambassador"],
  generic=["U.N. Ambassador", "UN Ambassador"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor"])
O("sbusd_pres", "President of the Santa Barbara Unified School District", ["president of the Santa Barbara Unified School District"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["Prime Minister of Australia"])
O("mp_au", "Member of the Australian House of Representatives", ["MPs", "MP"])
O("min_climate_au", "Minister for Climate Change and Energy Efficiency")
O("pres_am", head("President", "Armenia", "Armenian"))
O("pres_fr", head("President", "France", "French"))
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("pm_ro", head("Prime Minister", "Romania", "Romanian"), ["prime minister", "premier"])
O("pres_ro", head("President", "Romania", "Romanian"))
O("mayor_sibiu", mayor("Sibiu"), ["mayor of Sibiu"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("nh_dem_prim_2008", "2008 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2008-01-08", "primary", office="pres_us")
E("nh_rep_prim_2008", "2008 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2008-01-08", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("sc_rep_prim_2016", "2016 South Carolina Republican presidential primary", "ocd-division/country:us/state:sc", "2016-02-20", "primary", office="pres_us")
E("oh_rep_prim_2016", "2016 Ohio Republican presidential primary", "ocd-division/country:us/state:oh", "2016-03-15", "primary", office="pres_us")
E("va_dem_prim_2020", "2020 Virginia Democratic presidential primary", "ocd-division/country:us/state:va", "2020-03-03", "primary", office="pres_us")
E("ma_dem_prim_2020", "2020 Massachusetts Democratic presidential primary", "ocd-division/country:us/state:ma", "2020-03-03", "primary", office="pres_us")
E("tx_dem_prim_2020", "2020 Texas Democratic presidential primary", "ocd-division/country:us/state:tx", "2020-03-03", "primary", office="pres_us")
E("sc_dem_prim_2020", "2020 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc", "2020-02-29", "primary", office="pres_us")
E("ma_sen_2012", "2012 United States Senate election in Massachusetts", "ocd-division/country:us/state:ma", "2012-11-06", "general", office="sen_massachusetts")
E("ma_sen_dem_2012", "2012 Massachusetts Democratic convention (U.S. Senate nomination)", "ocd-division/country:us/state:ma", "2012-06-02", "primary", office="sen_massachusetts")
E("ma_sen_2010", "2010 United States Senate special election in Massachusetts", "ocd-division/country:us/state:ma", "2010-01-19", "general", special=True, office="sen_massachusetts")
E("ma_sen_2013", "2013 United States Senate special election in Massachusetts", "ocd-division/country:us/state:ma", "2013-06-25", "general", special=True, office="sen_massachusetts")
E("mo_sen_2012", "2012 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2012-11-06", "general", office="sen_missouri")
E("ny_sen_2012", "2012 United States Senate election in New York", "ocd-division/country:us/state:ny", "2012-11-06", "general", office="sen_new_york")
E("va7_rep_prim_2014", "2014 Virginia's 7th congressional district Republican primary", "ocd-division/country:us/state:va/cd:7", "2014-06-10", "primary")
E("pa18_2018", "2018 Pennsylvania's 18th congressional district special election", "ocd-division/country:us/state:pa/cd:18", "2018-03-13", "general", special=True)
E("il6_2018", "2018 Illinois's 6th congressional district election", "ocd-division/country:us/state:il/cd:6", "2018-11-06", "general")
E("in_sen_2018", "2018 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2018-11-06", "general", office="sen_indiana")
E("mo_sen_2018", "2018 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2018-11-06", "general", office="sen_missouri")
E("nd_sen_2018", "2018 United States Senate election in North Dakota", "ocd-division/country:us/state:nd", "2018-11-06", "general", office="sen_north_dakota")
E("tx32_dem_prim_2018", "2018 Texas's 32nd congressional district Democratic primary", "ocd-division/country:us/state:tx/cd:32", "2018-03-06", "primary")
E("va10_dem_prim_2018", "2018 Virginia's 10th congressional district Democratic primary", "ocd-division/country:us/state:va/cd:10", "2018-06-12", "primary")
E("ca39_prim_2018", "2018 California's 39th congressional district primary", "ocd-division/country:us/state:ca/cd:39", "2018-06-05", "primary")
E("ca_ltgov_2018", "2018 California lieutenant gubernatorial election", "ocd-division/country:us/state:ca", "2018-11-06", "general", office="Lieutenant Governor of California")
E("ca_ad15_2018", "2018 California State Assembly election, District 15", "ocd-division/country:us/state:ca/sldl:15", "2018-11-06", "general")
E("me_sen_2020", "2020 United States Senate election in Maine", "ocd-division/country:us/state:me", "2020-11-03", "general", office="sen_maine")
E("ca25_2020", "2020 California's 25th congressional district special election", "ocd-division/country:us/state:ca/cd:25", "2020-05-12", "general", special=True)
E("la_sen_2014", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_louisiana")
E("la_sen_2016", "2016 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2016-12-10", "runoff", office="sen_louisiana")
E("la_gov_2015_r1", "2015 Louisiana gubernatorial election (open primary)", "ocd-division/country:us/state:la", "2015-10-24", "general", office="gov_la")
E("la_gov_2015", "2015 Louisiana gubernatorial election (runoff)", "ocd-division/country:us/state:la", "2015-11-21", "runoff", office="gov_la")
E("fr_pres_2017", "2017 French presidential election (second round)", "ocd-division/country:fr", "2017-05-07", "runoff", office="pres_fr")
E("ro_pres_2014_r1", "2014 Romanian presidential election (first round)", "ocd-division/country:ro", "2014-11-02", "general", office="pres_ro")
E("ro_pres_2014", "2014 Romanian presidential election (second round)", "ocd-division/country:ro", "2014-11-16", "runoff", office="pres_ro")

# ---------------------------------------------------------------- people
P = R.person
P("warren", "Elizabeth Warren", ["Ms. Warren", "Warren"])
P("sbrown", "Scott Brown", ["Mr. Brown", "Brown"])
P("blute", "Peter Blute", [])
P("tkennedy", "Ted Kennedy", ["Edward M. Kennedy", "Senator Edward M. Kennedy"])
P("patrick", "Deval Patrick", ["Governor Patrick", "Patrick"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "President Barack Obama", "Former President Obama"])
P("romney", "Mitt Romney", ["Romney"])
P("akin", "Todd Akin", ["Akin"])
P("reiner", "Rob Reiner", [])
P("ryan", "Paul Ryan", ["Ryan", "Speaker Paul Ryan"])
P("biden", "Joe Biden", ["Biden"])
P("cantor", "Eric Cantor", ["Cantor"])
P("brat", "Dave Brat", ["Brat"])
P("mccarthy", "Kevin McCarthy", ["McCarthy"])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("boehner", "John Boehner", ["Boehner", "Speaker John Boehner"])
P("sanders", "Bernie Sanders", ["Bernard Sanders", "Sen. Bernard Sanders", "Mr. Sanders", "Sanders", "Bernie"])
P("hclinton", "Hillary Clinton", ["Clinton", "Hillary Diane Rodham Clinton", "Hillary"])
P("garland", "Merrick Garland", ["Judge Garland", "Garland", "Judge Merrick Garland"])
P("kasich", "John Kasich", ["Kasich"])
P("huntsman", "Jon Huntsman", ["Huntsman"])
P("weaver", "John Weaver", [])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Donald John Trump", "President Donald Trump"])
P("cruz", "Ted Cruz", ["Cruz"])
P("rubio", "Marco Rubio", ["Rubio"])
P("mccrory", "Pat McCrory", ["McCrory", "Gov. Pat McCrory"])
P("lynch", "Loretta Lynch", ["Lynch"])
P("stam", "Paul Stam", ["Stam"])
P("dws", "Debbie Wasserman Schultz", ["Wasserman Schultz"])
P("kaine", "Tim Kaine", ["Kaine", "Sen. Kaine"])
P("herman", "Alexis Herman", [])
P("fuentes", "Jose Fuentes", ["Fuentes"])
P("priebus", "Reince Priebus", ["Priebus"])
P("mccain", "John McCain", ["McCain"])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("stein", "Jill Stein", ["Stein"])
P("mcmullin", "Evan McMullin", ["McMullin"])
P("comey", "James Comey", ["Comey"])
P("bclinton", "Bill Clinton", ["President Bill Clinton"])
P("mobama", "Michelle Obama", [])
P("gwbush", "George W. Bush", ["President George W. Bush"])
P("blumenthal", "Richard Blumenthal", [])
P("graham", "Lindsey Graham", [])
P("hoyer", "Steny Hoyer", ["Hoyer"])
P("bannon", "Steve Bannon", ["Bannon"])
P("hicks", "Hope Hicks", [])
P("mueller", "Robert Mueller", [])
P("pope", "Art Pope", ["Pope"])
P("ckoch", "Charles Koch", ["Koch"])
P("dkoch", "David Koch", ["Koch"])
P("donnelly", "Joe Donnelly", ["Joseph (Joe) Simon Donnelly"])
P("mccaskill", "Claire McCaskill", ["Claire Conner McCaskill"])
P("heitkamp", "Heidi Heitkamp", ["Mary (Heidi) Kathryn Heitkamp"])
P("saccone", "Rick Saccone", [])
P("lamb", "Conor Lamb", [])
P("roskam", "Peter Roskam", ["Pete Roskam", "Roskam"])
P("deblasio", "John DeBlasio", ["DeBlasio"])
P("ssanders", "Sarah Sanders", [])
P("holder", "Eric Holder", [])
P("berman", "Richard Berman", ["Judge Berman", "Berman"])
P("dsouza", "Dinesh D'Souza", ["D'Souza", "D’Souza", "Mr. D'Souza", "Mr. D’Souza"])
P("wlong", "Wendy Long", [])
P("kounalakis", "Eleni Kounalakis", [])
P("wicks", "Buffy Wicks", [])
P("bbannon", "Brad Bannon", [])
P("bringman", "Seth Bringman", ["Bringman"])
P("meier", "Ed Meier", [])
P("friedman", "Alison Kiehl Friedman", [])
P("jammal", "Sam Jammal", [])
P("collins", "Susan Collins", ["Collins", "Sen. Collins"])
P("rice", "Susan Rice", [])
P("kavanaugh", "Brett Kavanaugh", ["Kavanaugh", "Judge Kavanaugh"])
P("bloomberg", "Michael Bloomberg", [])
P("newsom", "Gavin Newsom", [])
P("benson", "Jocelyn Benson", [])
P("garcia", "Mike Garcia", ["Garcia"])
P("csmith", "Christy Smith", ["Smith"])
P("thurmond", "Tony Thurmond", [])
P("capps", "Laura Capps", [])
P("gillard", "Julia Gillard", ["Gillard"])
P("combet", "Greg Combet", [])
P("sargsyan", "Serzh Sargsyan", [])
P("tsarukyan", "Gagik Tsarukyan", [])
P("macron", "Emmanuel Macron", [])
P("rutte", "Mark Rutte", [])
P("ponta", "Victor Ponta", ["Ponta"])
P("iohannis", "Klaus Iohannis", [])
P("basescu", "Traian Basescu", [])
P("grindeanu", "Sorin Grindeanu", [])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [])
P("edwards", "John Bel Edwards", ["Edwards"])
P("vitter", "David Vitter", ["Vitter"])
P("jindal", "Bobby Jindal", [])
P("cardin", "Ben Cardin", [])
P("carson", "Ben Carson", [])
P("perry", "Rick Perry", [])
P("jkennedy", "John N. Kennedy", ["John Kennedy"])
P("campbell", "Foster Campbell", [])
P("markey", "Ed Markey", [])
P("gomez", "Gabriel Gomez", ["Gabriel E. Gomez"])
P("kerry", "John Kerry", ["Kerry"])
P("specter", "Arlen Specter", [])
P("tjohnson", "Tim Johnson", [])
P("rounds", "Mike Rounds", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-06-03 (Warren wins the Massachusetts Democratic convention)
_CONV = S("In recent days, Ms. Warren has taken", through="endorsed her a few days ago")
_POLLS = S("Ms. Warren had begun the day with some good news")
DOCS.append(("a_2012-06-03_Tp6xHLdYv2lK0Ceh.txt", [
    F("party", "blute", "rep", "Peter Blute, a Republican and former congressman"),
    F("holds_office", "blute", "rep_ma3", "Peter Blute, a Republican and former congressman", former=True),
    F("candidacy", "warren", "ma_sen_dem_2012", [_CONV, "repeated to the delegates after the vote was announced"]),
    F("won", "warren", "ma_sen_dem_2012", [S("Peter Blute, a Republican and former congressman", through="The lopsided victory"),
                                          "repeated to the delegates after the vote was announced"]),
    F("party", "warren", "dem", _CONV),
    F("endorsement", "patrick", "warren", _CONV),
    F("holds_office", "patrick", "gov_ma", "Governor Patrick, one of the state"),
    F("candidacy", "warren", "ma_sen_2012", [_POLLS, "If that’s all you’ve got, Scott Brown, I’m ready"]),
    F("candidacy", "sbrown", "ma_sen_2012", [_POLLS, "If that’s all you’ve got, Scott Brown, I’m ready"]),
    F("poll", "warren", "ma_sen_2012", _POLLS, pollster="The Boston Globe; Western New England University"),
    F("poll", "sbrown", "ma_sen_2012", _POLLS, pollster="The Boston Globe; Western New England University"),
    F("candidacy", "sbrown", "ma_sen_2010", "led to the special election in which Mr. Brown captured the seat"),
    F("won", "sbrown", "ma_sen_2010", "led to the special election in which Mr. Brown captured the seat"),
    F("holds_office", "sbrown", "sen_massachusetts", "led to the special election in which Mr. Brown captured the seat"),
    F("holds_office", "tkennedy", "sen_massachusetts", "she invoked the spirit of Senator Edward M. Kennedy", former=True),
]))

# ---------------------------------------------------------------- a_2012-10-16 (Obama-Romney second debate)
DOCS.append(("a_2012-10-16_IohRIcnyyNcUBuvb.txt", [
    F("candidacy", "obama", "us_pres_2012", "when President Barack Obama and Mitt Romney meet for the second presidential debate"),
    F("candidacy", "romney", "us_pres_2012", "when President Barack Obama and Mitt Romney meet for the second presidential debate"),
    F("holds_office", "obama", "pres_us", "when President Barack Obama and Mitt Romney meet for the second presidential debate"),
    F("party", "romney", "rep", "and the GOP nominee’s opposition to Planned Parenthood"),
    F("holds_office", "romney", "gov_ma", "and the GOP nominee’s opposition to Planned Parenthood", former=True),
    F("candidacy", "akin", "mo_sen_2012", "Missouri Senate hopeful Todd Akin"),
    F("party", "akin", "rep", S("That dovetails with an intensifying effort", through="We have Republicans trying to redefine rape")),
    F("endorsement", "reiner", "obama", "produced by Obama supporter Rob Reiner"),
    F("candidacy", "ryan", "us_pres_2012", "Paul Ryan’s extended attack on abortion"),
    F("candidacy", "biden", "us_pres_2012", S("Obama’s people were stunned", through="Joe Biden’s demeanor")),
]))

# ---------------------------------------------------------------- a_2014-08-01 (Cantor resigns)
_PRIM = "as soon as Cantor lost to economics professor Dave Brat in the Republican primary June 10"
DOCS.append(("a_2014-08-01_H2tH106MOlsi81hs.txt", [
    F("candidacy", "cantor", "va7_rep_prim_2014", _PRIM),
    F("candidacy", "brat", "va7_rep_prim_2014", _PRIM),
    F("won", "brat", "va7_rep_prim_2014", _PRIM),
    F("lost", "cantor", "va7_rep_prim_2014", _PRIM),
    F("party", "brat", "rep", _PRIM),
    F("party", "cantor", "rep", [_PRIM, "thank them for their service to the Virginia Republican"]),
    F("holds_office", "cantor", "rep_va7", "In his decision to quit Congress altogether, Eric Cantor", former=True),
    F("holds_office", "cantor", "house_maj_leader", "consolation prize for losing his sprawling majority leader suite", former=True),
    F("holds_office", "mccarthy", "house_maj_leader", "said House Majority Leader Kevin McCarthy (R-Calif.)"),
    F("party", "mccarthy", "rep", "said House Majority Leader Kevin McCarthy (R-Calif.)"),
]))

# ---------------------------------------------------------------- a_2014-09-29 (Pelosi / Boehner on military force)
_LEAD = "House Minority Leader Nancy Pelosi called on Speaker John Boehner"
DOCS.append(("a_2014-09-29_wObIqUknZvNoBK16.txt", [
    F("holds_office", "pelosi", "house_min_leader", _LEAD),
    F("holds_office", "boehner", "speaker", _LEAD),
    F("holds_office", "obama", "pres_us", _LEAD),
    F("party", "pelosi", "dem", "Pelosi, a California Democrat, said"),
    F("party", "boehner", "rep", "Boehner, an Ohio Republican, said yesterday"),
]))

# ---------------------------------------------------------------- a_2016-03-18 (Sanders on Garland)
_FR = "But if Mr. Sanders or Democratic front-runner Hillary Clinton gets elected"
DOCS.append(("a_2016-03-18_o9JtolySWv0HY6Nn.txt", [
    F("holds_office", "sanders", "sen_vermont", "Sen. Bernard Sanders of Vermont says that if elected president"),
    F("holds_office", "obama", "pres_us", "he’d ask President Obama to withdraw his Supreme Court pick"),
    F("holds_office", "garland", "judge_dc", "to try to make sure Judge Merrick Garland is confirmed"),
    F("candidacy", "sanders", "us_dem_prim_2016", [_FR, "Sen. Bernard Sanders of Vermont says that if elected president"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", _FR),
    F("party", "hclinton", "dem", _FR),
]))

# ---------------------------------------------------------------- a_2016-05-04 (Kasich ends his campaign)
_HUNTS = "Many observers felt Kasich was pursuing a replay of former Utah Governor Jon Huntsman"
_NH = S("For a time, before Trump’s ascendancy", through="he placed (a distant) second to Trump")
_OH = S("By the time the campaign reached his home state", through="Ohio turned out to be the only state that he won.")
_SELL = "Kasich’s sell to voters was that amid a sea of volatile"
DOCS.append(("a_2016-05-04_NowG8AsK2uCeUnxB.txt", [
    F("candidacy", "kasich", "us_rep_prim_2016", ["The playbook may have gotten Kasich farther", _SELL]),
    F("lost", "kasich", "us_rep_prim_2016", "The playbook may have gotten Kasich farther"),
    F("party", "kasich", "rep", _HUNTS),
    F("holds_office", "huntsman", "gov_ut", _HUNTS, former=True),
    F("candidacy", "huntsman", "us_rep_prim_2012", _HUNTS),
    F("lost", "huntsman", "us_rep_prim_2012", _HUNTS),
    F("party", "huntsman", "rep", _HUNTS),
    F("party", "weaver", "rep", "the heterodox GOP strategist John Weaver"),
    F("endorsement", "huntsman", "trump", "(As for Huntsman, he now backs Trump.)"),
    F("candidacy", "kasich", "nh_rep_prim_2016", _NH),
    F("candidacy", "trump", "nh_rep_prim_2016", _NH),
    F("won", "trump", "nh_rep_prim_2016", _NH),
    F("lost", "kasich", "nh_rep_prim_2016", _NH),
    F("candidacy", "kasich", "sc_rep_prim_2016", "and was a non-entity in the South Carolina primary"),
    F("candidacy", "kasich", "oh_rep_prim_2016", _OH),
    F("won", "kasich", "oh_rep_prim_2016", _OH),
    F("candidacy", "rubio", "us_rep_prim_2016", "fewer delegates than Senator Marco Rubio, who dropped out on March 15"),
    F("holds_office", "rubio", "sen_florida", "fewer delegates than Senator Marco Rubio, who dropped out on March 15"),
    F("candidacy", "trump", "us_rep_prim_2016", [_SELL, "For a time, before Trump’s ascendancy became inevitable"]),
    F("candidacy", "cruz", "us_rep_prim_2016", _SELL),
    F("holds_office", "kasich", "gov_oh", "As governor, he had circumvented the GOP-led Ohio legislature"),
    F("holds_office", "kasich", "rep_oh12", S(_SELL, through="while in the U.S. House in the 1990s"), former=True),
]))

# ---------------------------------------------------------------- a_2016-05-09 (North Carolina HB2 lawsuits)
DOCS.append(("a_2016-05-09_UySS8PIy41jpkAV1.txt", [
    F("holds_office", "mccrory", "gov_nc", ["North Carolina Gov. Pat McCrory said in a statement about the filing",
                                            "against the state of North Carolina, Gov. Pat McCrory"]),
    F("holds_office", "lynch", "ag_us", "Attorney General Loretta Lynch said in a press conference Monday"),
    F("holds_office", "stam", "nc_house", "North Carolina state Rep. Paul Stam"),
]))

# ---------------------------------------------------------------- a_2016-07-25 (DNC apology, Wasserman Schultz, Kaine)
_LEAK = "Thousands of leaked emails show a supposedly impartial DNC working to secure the nomination for Clinton"
_NOM = "Clinton is all set to accept the Democratic Party’s nomination for president."
DOCS.append(("a_2016-07-25_YIbPZTUAtqLD8TtK.txt", [
    F("candidacy", "sanders", "us_dem_prim_2016", _LEAK),
    F("lost", "sanders", "us_dem_prim_2016", [_LEAK, _NOM, "Even with this drama, the reality is Clinton will be the nominee."]),
    F("candidacy", "hclinton", "us_dem_prim_2016", [_NOM, _LEAK]),
    F("won", "hclinton", "us_dem_prim_2016", [_NOM, "Even with this drama, the reality is Clinton will be the nominee."]),
    F("party", "hclinton", "dem", _NOM),
    F("candidacy", "hclinton", "us_pres_2016", [S("Meanwhile, Clinton has hired Wasserman Schultz", through="The Democratic presidential candidate sent an email"),
                                               S("Even with this drama, the reality is Clinton will be the nominee.", through="for the General Election.")]),
    F("holds_office", "dws", "dnc_chair", ["It wasn't signed by the outgoing DNC head, Debbie Wasserman Schultz",
                                           "Wasserman Schultz said Sunday that she will resign her post as chairwoman of the DNC"]),
    F("party", "dws", "dem", S("It wasn't signed by the outgoing DNC head", through="start the Democratic convention on a high note")),
    F("holds_office", "dws", "rep_fl23", "Opponents of the Florida congresswoman heckled her"),
    F("candidacy", "kaine", "us_pres_2016", "Liberals unhappy with Clinton’s vice presidential pick, Sen. Tim Kaine"),
    F("holds_office", "kaine", "sen_virginia", ["Liberals unhappy with Clinton’s vice presidential pick, Sen. Tim Kaine",
                                                "Coming off one of the biggest days of his life Sen. Kaine walked through his Richmond neighborhood"]),
    F("holds_office", "herman", "sec_labor", "reflected Alexis Herman, former secretary of labor", former=True),
]))

# ---------------------------------------------------------------- a_2016-08-21 (Trump on deportation, Conway)
DOCS.append(("a_2016-08-21_0QMCzCXc2hWpTx9p.txt", [
    F("candidacy", "trump", "us_pres_2016", ["described the Republican nominee’s interest in Hispanic issues",
                                             S("But Trump himself insisted Monday", through="the Republican presidential nominee told Fox News")]),
    F("party", "trump", "rep", ["described the Republican nominee’s interest in Hispanic issues",
                                S("But Trump himself insisted Monday", through="the Republican presidential nominee told Fox News")]),
    F("candidacy", "hclinton", "us_pres_2016", "the campaign of Democratic nominee Hillary Clinton released a statement"),
    F("party", "hclinton", "dem", "the campaign of Democratic nominee Hillary Clinton released a statement"),
    F("endorsement", "fuentes", "trump", "Jose Fuentes, a Trump supporter and the former attorney general of Puerto Rico"),
    F("holds_office", "fuentes", "ag_pr", "Jose Fuentes, a Trump supporter and the former attorney general of Puerto Rico", former=True),
    F("holds_office", "priebus", "rnc_chair", S("We’re working closely with the RNC", through="Chairman (Reince) Priebus.")),
    F("endorsement", "rnc", "trump", ["adding the Republican National Committee would be continuing to help", "We’re working closely with the RNC, whether it’s political, data, fundraising"]),  # adjudicated (r1)
    F("holds_office", "mccain", "sen_arizona", "disparaging Arizona Sen. John McCain’s military record"),
]))

# ---------------------------------------------------------------- a_2016-09-06 (student editorial)
DOCS.append(("a_2016-09-06_9RJbMqrMiJIi0pHV.txt", [
    F("candidacy", "trump", "us_pres_2016", "The approval levels for both major party candidates, Donald Trump and Hillary Clinton"),
    F("candidacy", "hclinton", "us_pres_2016", "The approval levels for both major party candidates, Donald Trump and Hillary Clinton"),
    F("candidacy", "gjohnson", "us_pres_2016", "whether it be Clinton, Trump, Johnson, Stein, McMullin"),
    F("candidacy", "stein", "us_pres_2016", "whether it be Clinton, Trump, Johnson, Stein, McMullin"),
    F("candidacy", "mcmullin", "us_pres_2016", "whether it be Clinton, Trump, Johnson, Stein, McMullin"),
]))

# ---------------------------------------------------------------- a_2016-09-12 (basket of deplorables)
DOCS.append(("a_2016-09-12_nQxZcD6wQCbw7KPx.txt", [
    F("candidacy", "trump", "us_pres_2016", "Many Donald Trump supporters are motivated by racism."),
    F("candidacy", "hclinton", "us_pres_2016", "said Clinton at a New York fundraiser on Friday night"),
]))

# ---------------------------------------------------------------- a_2016-10-31 (Comey letter, final week)
_DISP = "Clinton will dispatch former President Bill Clinton, President Barack Obama and First Lady Michelle Obama"
DOCS.append(("a_2016-10-31_mQ4XN2fjog63S5u3.txt", [
    F("holds_office", "hclinton", "sec_state", [S("Hillary Clinton, who just three days ago", through="The former secretary of state is again tripped up"),
                                                "during her tenure as secretary of state"], former=True),
    F("candidacy", "hclinton", "us_pres_2016", ["has dogged the Democratic nominee from the beginning of her campaign",
                                                "By winning any one of that trio, Clinton can block Trump"]),
    F("party", "hclinton", "dem", "has dogged the Democratic nominee from the beginning of her campaign"),
    F("candidacy", "trump", "us_pres_2016", ["Meanwhile, Republican nominee Donald Trump is seizing",
                                             "To mount a stunning comeback on November 8, Trump must"]),
    F("party", "trump", "rep", "Meanwhile, Republican nominee Donald Trump is seizing"),
    F("holds_office", "comey", "fbi_dir", ["Democrats are furious at FBI Director James Comey",
                                           "Clinton thought she was in the clear when FBI Director James Comey"]),
    F("poll", "hclinton", "us_pres_2016", "CNN's Poll of Polls has Clinton ahead by five points", pollster="CNN Poll of Polls"),
    F("endorsement", "bclinton", "hclinton", _DISP),
    F("endorsement", "obama", "hclinton", _DISP),
    F("endorsement", "mobama", "hclinton", _DISP),
    F("holds_office", "bclinton", "pres_us", _DISP, former=True),
    F("holds_office", "obama", "pres_us", _DISP),
    F("holds_office", "gwbush", "pres_us", "former strategist for President George W. Bush and Sen. John McCain", former=True),
    F("holds_office", "mccain", "sen_arizona", "former strategist for President George W. Bush and Sen. John McCain"),
]))

# ---------------------------------------------------------------- a_2018-01-12 (Trump "s***hole" remark)
DOCS.append(("a_2018-01-12_esswEqtSgviAcoma.txt", [
    F("holds_office", "trump", "pres_us", "a private meeting between President Donald Trump and several U.S. senators"),
    F("holds_office", "blumenthal", "sen_connecticut", "Democrat Sen. Richard Blumenthal of Connecticut told MSNBC"),
    F("party", "blumenthal", "dem", "Democrat Sen. Richard Blumenthal of Connecticut told MSNBC"),
    F("holds_office", "graham", "sen_south_carolina", "said South Carolina Republican Sen. Lindsey Graham"),
    F("party", "graham", "rep", "said South Carolina Republican Sen. Lindsey Graham"),
    F("holds_office", "pelosi", "house_min_leader", "House Minority Leader Nancy Pelosi is also taking heat"),
    F("holds_office", "hoyer", "house_min_whip", "Democratic Whip Steny Hoyer pushed back against Pelosi"),
    F("party", "hoyer", "dem", "Democratic Whip Steny Hoyer pushed back against Pelosi"),
]))

# ---------------------------------------------------------------- a_2018-01-16 (Bannon subpoenaed)
_MUELLER = "Bannon was also subpoenaed by Robert Mueller as part of the special counsel investigation"
DOCS.append(("a_2018-01-16_1U89hIfigMTpiDPC.txt", [
    F("holds_office", "bannon", "wh_strat", "the former White House chief strategist and Trump campaign manager", former=True),
    F("holds_office", "hicks", "wh_comm", "former campaign spokeswoman now-White House Communications Director Hope Hicks"),
    F("holds_office", "trump", "pres_us", "following a dramatic falling out with President Trump over the Wolff book"),
    F("candidacy", "trump", "us_pres_2016", _MUELLER),
    F("holds_office", "mueller", "special_counsel", _MUELLER),
]))

# ---------------------------------------------------------------- a_2018-03-28 (GOP donors and the House)
_AFP = S("But the early ad buys have focused on attacking Democratic incumbents", through="for voting against the GOP tax bill")
_ROSK = "DeBlasio singled out Rep. Pete Roskam (Ill.)"
_SACC = "Republican state Rep. Rick Saccone lost to Democrat Conor Lamb"
DOCS.append(("a_2018-03-28_WjYayn4JWFRzIMFq.txt", [
    F("funding", "pope", "rep", "said Art Pope, a North Carolina businessman and top GOP donor"),
    F("holds_office", "trump", "pres_us", "Some are blaming President Trump"),
    F("candidacy", "trump", "us_pres_2016", ["in states that Trump carried in 2016", "even though Trump carried the district by 20 points"]),
    F("holds_office", "pelosi", "house_min_leader", "They believe the prospect of House Minority Leader Nancy Pelosi"),
    F("party", "pelosi", "dem", "They believe the prospect of House Minority Leader Nancy Pelosi"),
    F("funding", "ckoch", "afp", "Americans for Prosperity, a Koch-backed group"),
    F("funding", "dkoch", "afp", "Americans for Prosperity, a Koch-backed group"),
    F("holds_office", "donnelly", "sen_indiana", "Americans for Prosperity, a Koch-backed group"),
    F("holds_office", "mccaskill", "sen_missouri", "Americans for Prosperity, a Koch-backed group"),
    F("holds_office", "heitkamp", "sen_north_dakota", "Americans for Prosperity, a Koch-backed group"),
    F("party", "donnelly", "dem", "Americans for Prosperity, a Koch-backed group"),
    F("party", "mccaskill", "dem", "Americans for Prosperity, a Koch-backed group"),
    F("party", "heitkamp", "dem", "Americans for Prosperity, a Koch-backed group"),
    F("candidacy", "donnelly", "in_sen_2018", _AFP),
    F("candidacy", "mccaskill", "mo_sen_2018", _AFP),
    F("candidacy", "heitkamp", "nd_sen_2018", _AFP),
    F("holds_office", "saccone", "pa_house", _SACC),
    F("party", "saccone", "rep", _SACC),
    F("party", "lamb", "dem", _SACC),
    F("candidacy", "saccone", "pa18_2018", _SACC),
    F("candidacy", "lamb", "pa18_2018", _SACC),
    F("won", "lamb", "pa18_2018", _SACC),
    F("lost", "saccone", "pa18_2018", _SACC),
    F("holds_office", "roskam", "rep_il6", _ROSK),
    F("party", "roskam", "rep", _ROSK),
    F("candidacy", "roskam", "il6_2018", _ROSK),
    F("funding", "deblasio", "roskam", _ROSK),
    F("candidacy", "hclinton", "us_pres_2016", _ROSK),
    F("party", "hclinton", "dem", _ROSK),
    F("holds_office", "ryan", "speaker", "The Republican National Committee is a fundraising juggernaut and Speaker Paul Ryan"),
    F("party", "ryan", "rep", "The Republican National Committee is a fundraising juggernaut and Speaker Paul Ryan"),
]))

# ---------------------------------------------------------------- a_2018-05-31 (D'Souza pardon)
_LONG = "urged two close associates to make contributions of $10,000 each to the unsuccessful 2012 senate campaign of Wendy Long"
DOCS.append(("a_2018-05-31_XKcLfXbm5qUxOS2A.txt", [
    F("holds_office", "trump", "pres_us", "President Trump announced Thursday morning he will grant"),
    F("holds_office", "ssanders", "wh_press", "Press Secretary Sarah Sanders released in a statement"),
    F("holds_office", "holder", "ag_us", ["prosecutors from Attorney General Eric Holder's Justice Department",
                                         "federal prosecutors working on behalf of Attorney General Eric Holder"], former=True),
    F("holds_office", "berman", "judge_sdny", "misled U.S. District Court Judge Richard Berman"),
    F("funding", "dsouza", "wlong", _LONG, 20000),
    F("candidacy", "wlong", "ny_sen_2012", _LONG),
    F("lost", "wlong", "ny_sen_2012", _LONG),
]))

# ---------------------------------------------------------------- a_2018-08-10 (Obama's midterm endorsement list)
_ASM = S("Merrill pointed out that a few candidates, including Eleni Kounalakis", through="Both candidates are running against other Democrats")
_AIDES = S("In Texas, for example, Ed Meier", through="who was running for a seat in California.")
_PRIMF = "his former secretary of State, during her primary fight with Sen. Bernie Sanders"
DOCS.append(("a_2018-08-10_KyrKOSKvTMy6VVtI.txt", [
    F("holds_office", "obama", "pres_us", ["Former President Obama’s midterm endorsement list", "was consistent with Obama’s post-Oval Office goal"], former=True),
    F("endorsement", "obama", "kounalakis", "Merrill pointed out that a few candidates, including Eleni Kounalakis"),
    F("endorsement", "obama", "wicks", "Merrill pointed out that a few candidates, including Eleni Kounalakis"),
    F("candidacy", "kounalakis", "ca_ltgov_2018", "Merrill pointed out that a few candidates, including Eleni Kounalakis"),
    F("candidacy", "wicks", "ca_ad15_2018", "Merrill pointed out that a few candidates, including Eleni Kounalakis"),
    F("party", "kounalakis", "dem", _ASM),
    F("party", "wicks", "dem", _ASM),
    F("holds_office", "hclinton", "sec_state", _PRIMF, former=True),
    F("candidacy", "hclinton", "us_dem_prim_2016", _PRIMF),
    F("candidacy", "sanders", "us_dem_prim_2016", _PRIMF),
    F("holds_office", "sanders", "sen_vermont", _PRIMF),
    F("holds_office", "trump", "pres_us", "They argue that Donald Trump"),
    F("party", "bbannon", "dem", "said Democratic strategist Brad Bannon"),
    F("party", "bringman", "dem", "Seth Bringman, a Democratic strategist based in Ohio"),
    F("candidacy", "meier", "tx32_dem_prim_2018", _AIDES),
    F("lost", "meier", "tx32_dem_prim_2018", _AIDES),
    F("candidacy", "friedman", "va10_dem_prim_2018", _AIDES),
    F("lost", "friedman", "va10_dem_prim_2018", _AIDES),
    F("candidacy", "jammal", "ca39_prim_2018", _AIDES),
    F("lost", "jammal", "ca39_prim_2018", _AIDES),
]))

# ---------------------------------------------------------------- a_2018-10-05 (Collins votes yes on Kavanaugh)
DOCS.append(("a_2018-10-05_uxE0GeAN091KgAR3.txt", [
    F("holds_office", "collins", "sen_maine", "Sen. Susan Collins' announcement Friday"),
    F("party", "collins", "rep", [S("For years she has claimed to be an independent, a different kind of Republican"),
                                  S("Susan Collins has betrayed the people")]),
    F("candidacy", "collins", "me_sen_2020", ["online crowdfunding campaign to defeat Collins in her 2020 election",
                                              "The organizers said they were committed to defeating Collins in 2020"]),
    F("holds_office", "rice", "nsa_us", "Susan Rice, former President Barack Obama's National Security Adviser and United Nations Ambassador", former=True),
    F("holds_office", "rice", "un_amb", "Susan Rice, former President Barack Obama's National Security Adviser and United Nations Ambassador", former=True),
    F("holds_office", "obama", "pres_us", "Susan Rice, former President Barack Obama's National Security Adviser and United Nations Ambassador", former=True),
    F("holds_office", "kavanaugh", "judge_dc", "can fairly prevent Judge Kavanaugh from serving on the court"),
]))

# ---------------------------------------------------------------- a_2020-03-04 (Sanders and young voters on Super Tuesday)
_NOMI = S("Young voters cheer Bernie Sanders", through="win the Democratic presidential nomination.")
_BLOOM = "where a strong showing by Joe Biden has made the nomination contest a two-person race"
_BLOOMP = S("And they form the core of his grassroots efforts", through="dropped out of the race and endorsed Biden.")
_EXIT = "Exit polls for several states Biden won, including Massachusetts, Texas"
_VA = "On Tuesday, Biden clobbered Sanders in Virginia, winning by 30 percentage points."
_SC = L("Whistling Dixie:Joe Biden sweeps the south on Super Tuesday, building on South Carolina win")
_CL16 = "Sanders fared worse this year than he did when he faced eventual nominee Hillary Clinton four years ago"
_TR = "It also undercuts Sanders’ argument that he is best suited to defeat President Donald Trump in November."
DOCS.append(("a_2020-03-04_QQRxbjzBNJbeEp75.txt", [
    F("candidacy", "sanders", "us_dem_prim_2020", [_NOMI, "Sanders sounded undeterred Tuesday as he promised to keep marching toward the nomination."]),
    F("holds_office", "sanders", "sen_vermont", "because he thinks the Vermont senator is best to stand up to Trump"),
    F("candidacy", "biden", "us_dem_prim_2020", _BLOOM),
    F("party", "biden", "dem", _BLOOMP),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _BLOOM),
    F("party", "bloomberg", "dem", _BLOOMP),
    F("holds_office", "bloomberg", "mayor_nyc", _BLOOM, former=True),
    F("endorsement", "bloomberg", "biden", _BLOOM),
    F("holds_office", "biden", "vp_us", _EXIT, former=True),
    F("candidacy", "biden", "ma_dem_prim_2020", _EXIT),
    F("won", "biden", "ma_dem_prim_2020", _EXIT),
    F("candidacy", "biden", "tx_dem_prim_2020", _EXIT),
    F("won", "biden", "tx_dem_prim_2020", _EXIT),
    F("candidacy", "biden", "va_dem_prim_2020", _VA),
    F("candidacy", "sanders", "va_dem_prim_2020", _VA),
    F("won", "biden", "va_dem_prim_2020", _VA),
    F("lost", "sanders", "va_dem_prim_2020", _VA),
    F("candidacy", "biden", "sc_dem_prim_2020", _SC),
    F("won", "biden", "sc_dem_prim_2020", _SC),
    F("candidacy", "sanders", "us_dem_prim_2016", [_CL16, "compared to 15% when he ran against Clinton"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", [_CL16, "compared to 15% when he ran against Clinton"]),
    F("won", "hclinton", "us_dem_prim_2016", _CL16),
    F("lost", "sanders", "us_dem_prim_2016", _CL16),
    F("holds_office", "trump", "pres_us", _TR),
    F("candidacy", "trump", "us_pres_2020", _TR),
]))

# ---------------------------------------------------------------- a_2020-06-24 (mail voting, school reopening)
_CA25 = "But only 17 days earlier Republican Mike Garcia defeated Democrat Christy Smith"
DOCS.append(("a_2020-06-24_CIhgoXqdd5sURNdN.txt", [
    F("holds_office", "newsom", "gov_ca", "California Gov. Gavin Newsom (D) has directed"),
    F("party", "newsom", "dem", "California Gov. Gavin Newsom (D) has directed"),
    F("holds_office", "benson", "sos_mi", "In Michigan, Secretary of State Jocelyn Benson (D)"),
    F("party", "benson", "dem", "In Michigan, Secretary of State Jocelyn Benson (D)"),
    F("holds_office", "trump", "pres_us", ["largely because President Trump claims that mail voting",
                                           "President Trump declared on March 30"]),
    F("holds_office", "gwbush", "pres_us", "commissioned by President George W. Bush", former=True),
    F("candidacy", "garcia", "ca25_2020", _CA25),
    F("candidacy", "csmith", "ca25_2020", _CA25),
    F("won", "garcia", "ca25_2020", [_CA25, "lost to Garcia by nearly 10 percentage points"]),
    F("lost", "csmith", "ca25_2020", [_CA25, "lost to Garcia by nearly 10 percentage points"]),
    F("party", "garcia", "rep", _CA25),
    F("party", "csmith", "dem", _CA25),
    F("holds_office", "thurmond", "supt_ca", "State Superintendent of Public Instruction Tony Thurmond"),
    F("holds_office", "capps", "sbusd_pres", "Laura Capps is president of the Santa Barbara Unified School District"),
]))

# ---------------------------------------------------------------- c_2010-08-22 (Australian hung parliament, Gillard)
DOCS.append(("c_2010-08-22_with-results-of-the-federal-election-in-.txt", [
    F("holds_office", "gillard", "pm_au", ["Prime Minister Julia Gillard holds initial talks with independent candidates",
                                           "Australian Prime Minister Julia Gillard contacts independent candidates",
                                           "The Prime Minister of Australia Julia Gillard announces that the next federal election"]),
    F("party", "gillard", "alp", "The Australian Greens agree to support a Gillard Labor minority government"),
    F("holds_office", "gillard", "mp_au", "Australian Prime Minister Julia Gillard is among the MPs"),
    F("holds_office", "combet", "min_climate_au", "Minister for Climate Change and Energy Efficiency Greg Combet"),
]))

# ---------------------------------------------------------------- c_2012-05-06 (Armenian parliamentary election)
_FR17 = S("Voters in France return to the polls after last month", through="newly elected President Emmanuel Macron, will pick up a majority of seats.")
DOCS.append(("c_2012-05-06_voters-in-armenia-go-to-the-polls-for-a-.txt", [
    F("holds_office", "sargsyan", "pres_am", ["Authorities declare that the Republican Party, led by President Serzh Sargsyan",
                                              "between the nationalist Republican Party, led by President Serzh Sargsyan"]),
    F("party", "sargsyan", "rpa", ["Authorities declare that the Republican Party, led by President Serzh Sargsyan",
                                   "between the nationalist Republican Party, led by President Serzh Sargsyan"]),
    F("party", "tsarukyan", "pa_arm", "and the centre-right Prosperous Armenia, led by Gagik Tsarukyan"),
    F("holds_office", "macron", "pres_fr", "formed by newly elected President Emmanuel Macron"),
    F("party", "macron", "enm", "formed by newly elected President Emmanuel Macron"),
    F("candidacy", "macron", "fr_pres_2017", _FR17),
    F("won", "macron", "fr_pres_2017", _FR17),
    F("holds_office", "rutte", "pm_nl", "Exit polls suggest that incumbent Prime Minister Mark Rutte"),
    F("party", "rutte", "vvd", "Exit polls suggest that incumbent Prime Minister Mark Rutte"),
]))

# ---------------------------------------------------------------- c_2012-12-10 (Romanian parliamentary election 2012)
_IOH = "Klaus Iohannis scoring an upset victory over current Prime Minister Victor Ponta"
DOCS.append(("c_2012-12-10_in-a-landslide-victory-prime-minister-vi.txt", [
    F("holds_office", "ponta", "pm_ro", [S("In a landslide victory, Prime Minister Victor Ponta"),
                                         "nominates current Prime Minister Victor Ponta of the Social Liberal Union"]),
    F("party", "ponta", "usl", [S("In a landslide victory, Prime Minister Victor Ponta"),
                                "nominates current Prime Minister Victor Ponta of the Social Liberal Union",
                                "the governing Social Liberal Union led by Prime Minister Victor Ponta"]),
    F("candidacy", "iohannis", "ro_pres_2014", _IOH),
    F("candidacy", "ponta", "ro_pres_2014", _IOH),
    F("won", "iohannis", "ro_pres_2014", _IOH),
    F("lost", "ponta", "ro_pres_2014", _IOH),
    F("holds_office", "basescu", "pres_ro", "Romanian President Traian Basescu sparks a new crisis"),
]))

# ---------------------------------------------------------------- c_2014-12-07 (Landrieu loses the Louisiana Senate runoff)
_LAN = S("Democrat Mary Landrieu loses her bid for a fourth term")
_LAN2 = "Republican Rep. Bill Cassidy defeated Democratic Sen. Mary Landrieu in a runoff election in Louisiana"
_JBE = "Democratic state Representative John Bel Edwards, the surprise winner of the October 24 open primary"
_JBE2 = "Edwards' margin is 140,931 votes (56.11 percent)"
_R1 = "Republican U.S. Senator David Vitter and Democratic state Representative John Bel Edwards top two"
_R1B = "Edwards wins 40 percent and Vitter 23 percent of the primary vote"
_JIN = "Edwards will replace former Republican presidential candidate Bobby Jindal"
_CC = "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"
_CP = "neurosurgeon Ben Carson and Governor of Texas Rick Perry"
_OPP = "Donald Trump's appointment of his former opponents in the presidential primaries"
_KEN = "John N. Kennedy of the Republican Party defeats Foster Campbell of the Democratic Party"
_MAR = "Democrat Ed Markey defeats Republican Gabriel E. Gomez in a Massachusetts special election"
_KER = S("Democrat Ed Markey defeats Republican Gabriel E. Gomez in a Massachusetts special election", through="Kerry resigned in February to become Secretary of State.")
_SPE = "United States Senator Arlen Specter of Pennsylvania switches from the Republican to the Democratic Party"
_NH8 = "New York Senator Hillary Clinton wins the Democratic primary"
_NH8M = "Arizona Senator John McCain wins the Republican primary"
_NH8A = S("Voters in New Hampshire go to the polls for the first primary election", through="Arizona Senator John McCain wins the Republican primary.")
_TJ = "U.S. Senator Tim Johnson (D-SD) undergoes surgery"
_ROU = "the Republican Party Governor of South Dakota, Mike Rounds"
DOCS.append(("c_2014-12-07_democrat-mary-landrieu-loses-her-bid-for.txt", [
    F("candidacy", "landrieu", "la_sen_2014", [_LAN, _LAN2]),
    F("candidacy", "cassidy", "la_sen_2014", [_LAN, _LAN2]),
    F("won", "cassidy", "la_sen_2014", [_LAN, _LAN2]),
    F("lost", "landrieu", "la_sen_2014", [_LAN, _LAN2]),
    F("party", "landrieu", "dem", [_LAN, _LAN2]),
    F("party", "cassidy", "rep", [_LAN, _LAN2]),
    F("holds_office", "landrieu", "sen_louisiana", [_LAN, _LAN2]),
    F("holds_office", "cassidy", "rep_la6", [_LAN, _LAN2]),
    # Related: Louisiana governor 2015
    F("holds_office", "edwards", "la_house", [_JBE, _R1]),
    F("party", "edwards", "dem", [_JBE, _R1]),
    F("candidacy", "edwards", "la_gov_2015_r1", [_JBE, _R1]),
    F("candidacy", "vitter", "la_gov_2015_r1", _R1),
    F("won", "edwards", "la_gov_2015_r1", [_JBE, _R1B], 40),
    F("candidacy", "edwards", "la_gov_2015", [_JBE, _R1]),
    F("candidacy", "vitter", "la_gov_2015", [_JBE, _R1]),
    F("won", "edwards", "la_gov_2015", [_JBE, _JBE2], 56.11),
    F("lost", "vitter", "la_gov_2015", _JBE),
    F("holds_office", "vitter", "sen_louisiana", [_JBE, _R1]),
    F("party", "vitter", "rep", [_JBE, _R1]),
    F("candidacy", "jindal", "us_rep_prim_2016", _JIN),
    F("party", "jindal", "rep", _JIN),
    F("holds_office", "jindal", "gov_la", _JIN),
    # Related: Cardin / Rubio
    F("holds_office", "cardin", "sen_maryland", _CC),
    F("party", "cardin", "dem", _CC),
    F("holds_office", "rubio", "sen_florida", _CC),
    F("party", "rubio", "rep", _CC),
    # Related: Carson / Perry confirmed
    F("holds_office", "carson", "sec_hud", _CP),
    F("holds_office", "perry", "sec_energy", _CP),
    F("holds_office", "perry", "gov_tx", _CP),
    F("candidacy", "carson", "us_rep_prim_2016", _CP),
    F("candidacy", "perry", "us_rep_prim_2016", _CP),
    F("candidacy", "trump", "us_rep_prim_2016", _OPP),
    # Related: Louisiana Senate 2016
    F("candidacy", "jkennedy", "la_sen_2016", _KEN),
    F("candidacy", "campbell", "la_sen_2016", _KEN),
    F("won", "jkennedy", "la_sen_2016", _KEN),
    F("lost", "campbell", "la_sen_2016", _KEN),
    F("party", "jkennedy", "rep", _KEN),
    F("party", "campbell", "dem", _KEN),
    F("holds_office", "jkennedy", "sen_louisiana", _KEN),
    # Related: Massachusetts special 2013
    F("candidacy", "markey", "ma_sen_2013", _MAR),
    F("candidacy", "gomez", "ma_sen_2013", _MAR),
    F("won", "markey", "ma_sen_2013", _MAR),
    F("lost", "gomez", "ma_sen_2013", _MAR),
    F("party", "markey", "dem", _MAR),
    F("party", "gomez", "rep", _MAR),
    F("holds_office", "markey", "sen_massachusetts", _MAR),
    F("holds_office", "kerry", "sen_massachusetts", _KER, former=True),
    F("holds_office", "kerry", "sec_state", _KER),
    # Related: Specter
    F("holds_office", "specter", "sen_pennsylvania", _SPE),
    F("party", "specter", "dem", _SPE),
    F("party", "specter", "rep", _SPE, former=True),
    # Related: New Hampshire 2008
    F("holds_office", "hclinton", "sen_new_york", _NH8),
    F("candidacy", "hclinton", "nh_dem_prim_2008", _NH8),
    F("won", "hclinton", "nh_dem_prim_2008", _NH8),
    F("candidacy", "hclinton", "us_dem_prim_2008", _NH8A),
    F("party", "hclinton", "dem", _NH8),
    F("holds_office", "mccain", "sen_arizona", _NH8M),
    F("candidacy", "mccain", "nh_rep_prim_2008", _NH8M),
    F("won", "mccain", "nh_rep_prim_2008", _NH8M),
    F("candidacy", "mccain", "us_rep_prim_2008", _NH8A),
    F("party", "mccain", "rep", _NH8M),
    # Related: Tim Johnson / Rounds
    F("holds_office", "tjohnson", "sen_south_dakota", _TJ),
    F("party", "tjohnson", "dem", _TJ),
    F("holds_office", "rounds", "gov_sd", _ROU),
    F("party", "rounds", "rep", _ROU),
]))

# ---------------------------------------------------------------- c_2016-12-12 (Romanian legislative election 2016)
_RO14 = "Romanian Prime Minister Victor Ponta, from the rulling PSD, and the ethnic German mayor of Sibiu Klaus Iohannis"
_IOH2 = "Klaus Iohannis scoring an upset victory over current Prime Minister Victor Ponta"
_GRI = "designates social-democrat Sorin Grindeanu as the country's new prime minister"
DOCS.append(("c_2016-12-12_romanian-legislative-election-2016-being.txt", [
    F("holds_office", "ponta", "pm_ro", ["by the resignation of Prime Minister Victor Ponta amid the Colectiv nightclub fire tragedy",
                                         "Romanian Prime Minister Victor Ponta and his government resigns"], former=True),
    F("party", "ponta", "psd", [_RO14, "with the incumbent Social democrat premier favored to win"]),
    F("candidacy", "ponta", "ro_pres_2014_r1", _RO14),
    F("candidacy", "iohannis", "ro_pres_2014_r1", _RO14),
    F("candidacy", "ponta", "ro_pres_2014", [_RO14, _IOH2]),
    F("candidacy", "iohannis", "ro_pres_2014", [_RO14, _IOH2]),
    F("won", "iohannis", "ro_pres_2014", _IOH2),
    F("lost", "ponta", "ro_pres_2014", _IOH2),
    F("party", "iohannis", "acl", _RO14),
    F("holds_office", "iohannis", "mayor_sibiu", _RO14, former=True),
    F("holds_office", "iohannis", "pres_ro", "Romanian President Klaus Iohannis designates"),
    F("holds_office", "grindeanu", "pm_ro", [_GRI, "government led by former PSD Prime Minister Sorin Grindeanu"], former=True),
    F("party", "grindeanu", "psd", [_GRI, "government led by former PSD Prime Minister Sorin Grindeanu"]),
]))

def _fix_quotes(docs):
    """Snippets are typed with either apostrophe; use the one the document has."""
    from goldlib import Span
    out = []
    for name, facts in docs:
        text = open(HERE.parent / "docs" / name, encoding="utf-8").read()

        def fx(s):
            if s is None or s in text:
                return s
            for a, b in (("’", "'"), ("'", "’")):
                if s.replace(a, b) in text:
                    return s.replace(a, b)
            return s

        def fspec(sp):
            if isinstance(sp, str):
                return fx(sp)
            return Span(fx(sp.snippet), sp.n, sp.mode, fx(sp.through))

        nf = []
        for rel, s, o, value, attrs, ev in facts:
            ev = [fspec(x) for x in ev] if isinstance(ev, list) else fspec(ev)
            nf.append((rel, s, o, value, attrs, ev))
        out.append((name, nf))
    return out


if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), _fix_quotes(DOCS)))
    write_jsonl(lines, HERE.parent / "annotations" / "b03.jsonl")
    print("wrote", len(lines), "facts")
