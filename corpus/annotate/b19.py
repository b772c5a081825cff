# ruff: noqa: E501
"""Corpus annotation, batch b19 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401
R = Registry()
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.org("koch", "Koch brothers", ["Koch brothers", "Koch"])
R.org("afp", "Americans for Prosperity", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("rep_mo2", representative("Missouri", 2), ["congressman"])
O("sen_mo", senator("Missouri"))
O("chair_rnc", "Chairman of the Republican National Committee",
  ["chairman of the Republican National Committee"], generic=["RNC chair", "RNC chairman", "Chairman of the RNC"])
O("gov_fl", governor("Florida"))
O("sen_ar", senator("Arkansas"))
O("sen_ak", senator("Alaska"))
O("speaker", "Speaker of the United States House of Representatives",
  generic=["Speaker of the House", "House Speaker", "Speaker"])
O("gov_wi", governor("Wisconsin"))
O("sen_tx", senator("Texas"), ["Texas senator"])
O("sec_state", "United States Secretary of State",
  ["secretary of state"], generic=["Secretary of State", "U.S. Secretary of State", "Secretary of State of the United States"])
O("sen_ny", senator("New York"), ["senator"])
O("sen_vt", senator("Vermont"), ["Vermont senator"])
O("mayor_nyc", mayor("New York City"))
O("gov_oh", governor("Ohio"))
O("senate_min_leader", "Minority Leader of the United States Senate",
  generic=["Senate Minority Leader", "Minority Leader"])
O("rep_ca34", representative("California", 34))
O("sen_ma", senator("Massachusetts"))
O("dnc_chair", "Chair of the Democratic National Committee",
  ["head of the Democratic National Committee"], generic=["DNC chair", "DNC Chairwoman", "Chairwoman of the Democratic National Committee"])
O("rep_fl23", representative("Florida", 23))
O("sen_ct", senator("Connecticut"))

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("mo_sen_2012", "2012 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2012-11-06", "general", office="sen_mo")
E("mo_sen_2012_rprim", "2012 United States Senate Republican primary in Missouri", "ocd-division/country:us/state:mo", "2012-08-07", "primary", office="sen_mo")
E("fl_gov_2014", "2014 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2014-11-04", "general", office="gov_fl")
E("mi_sen_2014", "2014 United States Senate election in Michigan", "ocd-division/country:us/state:mi", "2014-11-04", "general", office=senator("Michigan")[0])
E("mt_al_2014_rprim", "2014 Montana at-large congressional district Republican primary", "ocd-division/country:us/state:mt", "2014-06-03", "primary", office=representative("Montana")[0])
E("oh8_2014_rprim", "2014 Ohio's 8th congressional district Republican primary", "ocd-division/country:us/state:oh/cd:8", "2014-05-06", "primary")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_sen_2000", "2000 United States Senate election in New York", "ocd-division/country:us/state:ny", "2000-11-07", "general", office="sen_ny")
E("ny_sen_2006", "2006 United States Senate election in New York", "ocd-division/country:us/state:ny", "2006-11-07", "general", office="sen_ny")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("in_dem_prim_2016", "2016 Indiana Democratic presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("mi_dem_prim_2016", "2016 Michigan Democratic presidential primary", "ocd-division/country:us/state:mi", "2016-03-08", "primary", office="pres_us")
E("ca_dem_prim_2016", "2016 California Democratic presidential primary", "ocd-division/country:us/state:ca", "2016-06-07", "primary", office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("akin", "Todd Akin", ["Akin", "Rep. Todd Akin", "Todd Akin"])
P("pryan", "Paul Ryan", ["Ryan", "Paul Ryan", "Speaker Paul Ryan", "President Ryan"], qid="Q203966")
P("mccaskill", "Claire McCaskill", ["McCaskill", "Sen. Claire McCaskill"], qid="Q22260")
P("romney", "Mitt Romney", ["Romney", "Mitt Romney"], qid="Q4496")
P("priebus", "Reince Priebus", [])
P("rove", "Karl Rove", [])
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama"], qid="Q76")
P("crist", "Charlie Crist", [], qid="Q374693")
P("rscott", "Rick Scott", ["Gov. Rick Scott"], qid="Q439729")
P("peters", "Gary Peters", [], qid="Q1494930")
P("donehue", "Wesley Donehue", [])
P("pryor", "Mark Pryor", [])
P("begich", "Mark Begich", [])
P("bloom", "Amanda Bloom", [])
P("rosendale", "Matt Rosendale", [])
P("winteregg", "J.D. Winteregg", [])
P("boehner", "John Boehner", [])
P("trump", "Donald Trump", ["Trump", "Donald Trump", "Donald J. Trump", "President Trump", "Mr. Trump"], qid="Q22686")
P("walker", "Scott Walker", ["Governor Scott Walker"])
P("cruz", "Ted Cruz", ["Cruz", "Ted Cruz"], qid="Q2036942")
P("clinton", "Hillary Clinton", ["Clinton", "Hillary", "Secretary Clinton", "Hillary Clinton"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Bernie", "Senator Sanders", "Sen. Bernie Sanders"], qid="Q359442")
P("deblasio", "Bill de Blasio", [])
P("kasich", "John Kasich", ["Ohio Gov. John Kasich"])
P("fiorina", "Carly Fiorina", ["Fiorina"])
P("seat", "Pete Seat", ["Seat"])
P("reid", "Harry Reid", ["Reid"])
P("becerra", "Xavier Becerra", ["Becerra"])
P("warren", "Elizabeth Warren", ["Warren"], qid="Q434706")
P("dws", "Debbie Wasserman Schultz", [], qid="Q50104")
P("murphy", "Chris Murphy", ["Murphy", "Sen. Chris Murphy"], qid="Q1077594")

DOCS = []

# ---- entities added for a_2016-07-01 .. a_2018-04-17
R.party("lib", "Libertarian Party", ["Libertarian Party", "Libertarian", "Libertarians"])
O("sec_treasury", cabinet_secretary("the Treasury", "Treasury"), ["treasury secretary"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives",
  ["majority leader"], generic=["House Majority Leader", "Majority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives",
  generic=["House Majority Whip", "Majority Whip"])
O("rep_wi1", representative("Wisconsin", 1))
O("rep_ca23", representative("California", 23))
O("rep_ok4", representative("Oklahoma", 4))
O("rep_ca45", representative("California", 45))
O("rep_mi3", representative("Michigan", 3))
O("rep_ky4", representative("Kentucky", 4))
O("rep_nv2", representative("Nevada", 2))
O("rep_pa15", representative("Pennsylvania", 15))
O("rep_la1", representative("Louisiana", 1))
O("rep_va7", representative("Virginia", 7))
O("rep_oh4", representative("Ohio", 4))
O("rep_oh8", representative("Ohio", 8))
O("gov_ca", governor("California"), ["California Governor"])
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("speaker_2019", "2019 election of the Speaker of the U.S. House of Representatives", "ocd-division/country:us", "2019-01-03", "general", office="speaker")
E("speaker_2015", "October 2015 election of the Speaker of the U.S. House of Representatives", "ocd-division/country:us", "2015-10-29", "general", office="speaker")
P("gjohnson", "Gary Johnson", [])
P("weld", "William Weld", [])
P("gore", "Al Gore", [])
P("gwbush", "George W. Bush", ["George W Bush", "Bush"], qid="Q207")
P("paulson", "Hank Paulson", ["Paulson"])
P("duke", "David Duke", ["Duke"])
P("newsom", "Gavin Newsom", ["Newsom", "California Governor Newsom"])
P("mccarthy", "Kevin McCarthy", ["McCarthy", "Kevin", "Kevin McCarthy"], qid="Q766866")
P("cole", "Tom Cole", ["Cole", "Rep. Tom Cole"], qid="Q173839")
P("walters", "Mimi Walters", ["Rep. Mimi Walters"], qid="Q6862199")
P("amash", "Justin Amash", ["Rep. Justin Amash"], qid="Q1714165")
P("massie", "Thomas Massie", ["Rep. Thomas Massie"], qid="Q2426031")
P("amodei", "Mark Amodei", ["Rep. Mark Amodei"], qid="Q23944")
P("dent", "Charlie Dent", ["Rep. Charlie Dent", "Charles (Charlie) Wieder Dent"], qid="Q556034")
P("scalise", "Steve Scalise", ["Scalise", "Steve Scalise"], qid="Q1857141")
P("brat", "Dave Brat", ["Rep. Dave Brat"], qid="Q17160419")
P("jordan", "Jim Jordan", ["Jordan", "Rep. Jim Jordan"], qid="Q186215")

# ---- entities added for a_2018-09-23 .. a_2018-10-14
R.org("unite", "Unite America", ["Unite America"])
O("rep_nm3", representative("New Mexico", 3))
O("dccc_chair", "Chair of the Democratic Congressional Campaign Committee",
  ["chairman of the Democratic Congressional Campaign Committee"], generic=["DCCC chair", "DCCC chairman", "Chairman of the DCCC"])
O("sen_nj", senator("New Jersey"))
O("mn_house", "Member of the Minnesota House of Representatives", ["state Rep."], generic=["State Representative", "Minnesota state representative"])
O("rep_fl26", representative("Florida", 26))
O("rep_tx23", representative("Texas", 23))
O("rep_ny24", representative("New York", 24))
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"), generic=["HHS Secretary"])
O("rep_ca22", representative("California", 22))
O("chair_hpsci", "Chair of the House Intelligence Committee",
  ["chair of the House Intelligence Committee"], generic=["Chairman of the House Intelligence Committee", "Chair of the House Permanent Select Committee on Intelligence"])
O("rep_va11", representative("Virginia", 11), ["congressman"])
O("nrcc_chair", "Chair of the National Republican Congressional Committee",
  ["chairman of the National Republican Congressional Committee", "NRCC chair"], generic=["NRCC chair", "NRCC chairman", "Chairman of the NRCC"])
O("rep_ia1", representative("Iowa", 1))
O("rep_co6", representative("Colorado", 6))
O("rep_mi8", representative("Michigan", 8))
O("gov_ak", governor("Alaska"), ["governor"])
O("chair_cogop", "Chairman of the Colorado Republican Party", ["Republican State party Chairman"],
  generic=["Colorado Republican Party chairman", "Colorado GOP chair"])
E("mn8_2018", "2018 Minnesota's 8th congressional district election", "ocd-division/country:us/state:mn/cd:8", "2018-11-06", "general")
E("fl26_2018", "2018 Florida's 26th congressional district election", "ocd-division/country:us/state:fl/cd:26", "2018-11-06", "general")
E("tx23_2018", "2018 Texas's 23rd congressional district election", "ocd-division/country:us/state:tx/cd:23", "2018-11-06", "general")
E("ny24_2018", "2018 New York's 24th congressional district election", "ocd-division/country:us/state:ny/cd:24", "2018-11-06", "general")
E("fl27_2018", "2018 Florida's 27th congressional district election", "ocd-division/country:us/state:fl/cd:27", "2018-11-06", "general")
E("ca22_2018", "2018 California's 22nd congressional district election", "ocd-division/country:us/state:ca/cd:22", "2018-11-06", "general")
E("ca22_2016", "2016 California's 22nd congressional district election", "ocd-division/country:us/state:ca/cd:22", "2016-11-08", "general")
E("ks3_2018", "2018 Kansas's 3rd congressional district election", "ocd-division/country:us/state:ks/cd:3", "2018-11-06", "general")
E("ky6_2018", "2018 Kentucky's 6th congressional district election", "ocd-division/country:us/state:ky/cd:6", "2018-11-06", "general")
E("mi8_2018", "2018 Michigan's 8th congressional district election", "ocd-division/country:us/state:mi/cd:8", "2018-11-06", "general")
E("ia1_2018", "2018 Iowa's 1st congressional district election", "ocd-division/country:us/state:ia/cd:1", "2018-11-06", "general")
E("co6_2018", "2018 Colorado's 6th congressional district election", "ocd-division/country:us/state:co/cd:6", "2018-11-06", "general")
E("ak_gov_2018", "2018 Alaska gubernatorial election", "ocd-division/country:us/state:ak", "2018-11-06", "general", office="gov_ak")
E("ks_gov_2018", "2018 Kansas gubernatorial election", "ocd-division/country:us/state:ks", "2018-11-06", "general", office=governor("Kansas")[0])
P("lujan", "Ben Ray Luján", ["Ben Ray Lujan", "Lujan"], qid="Q324256")
P("booker", "Cory Booker", ["Booker", "New Jersey Sen. Cory Booker"], qid="Q1135767")
P("tyler", "Rick Tyler", [])
P("brazile", "Donna Brazile", ["Brazile"])
P("radinovich", "Joe Radinovich", ["Radinovich"])
P("curbelo", "Carlos Curbelo", [], qid="Q18631533")
P("hurd", "Will Hurd", [], qid="Q18639742")
P("katko", "John Katko", [], qid="Q18619043")
P("shalala", "Donna Shalala", [])
P("salazar", "Maria Elvira Salazar", ["Salazar"], qid="Q6003715")
P("jamison", "Della Jamison", ["Jamison"])
P("janz", "Andrew Janz", ["Janz"])
P("nunes", "Devin Nunes", ["Nunes", "Rep. Devin Nunes"], qid="Q539493")
P("davids", "Sharice Davids", [], qid="Q58322868")
P("mcgrath", "Amy McGrath", [])
P("slotkin", "Elissa Slotkin", [], qid="Q30323721")
P("israel", "Steve Israel", [])
P("tdavis", "Tom Davis", ["Davis"])
P("blum", "Rod Blum", [], qid="Q18684853")
P("coffman", "Mike Coffman", [], qid="Q547218")
P("bishop", "Mike Bishop", [], qid="Q16196834")
P("bwalker", "Bill Walker", ["Gov. Bill Walker"])
P("orman", "Greg Orman", ["Orman"])
P("cross", "Anthony Cross", ["Cross"])
P("wadhams", "Dick Wadhams", ["Wadhams"])

# ---- entities added for a_2020-01-17 .. c_2010-09-07
R.party("alp", "Australian Labor Party", ["Australian Labor Party", "Labor", "Labor Party", "Federal Australian Labor Party"])
R.party("greens_au", "Australian Greens", ["The Australian Greens", "Australian Greens"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president", "former Vice President"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["PM"])
O("mp_au", "Member of the Australian House of Representatives", ["Independent Member of the Australian House of Representatives", "MP", "members of parliament"],
  generic=["Member of Parliament", "MP", "Member of the House of Representatives"])
O("alp_leader", "Leader of the Australian Labor Party", ["leader of the Federal Australian Labor Party"], generic=["Labor leader", "ALP leader"])
O("alp_deputy", "Deputy Leader of the Australian Labor Party", ["deputy leader", "Deputy Leadership"], generic=["Labor deputy leader"])
O("greens_leader", "Leader of the Australian Greens", ["the leader of The Australian Greens"], generic=["Greens leader"])
O("fm_au", head("Minister for Foreign Affairs", "Australia", "Australian"), ["Foreign Minister"], generic=["Foreign Minister", "Australian Foreign Minister"])
O("shadow_fm_au", "Shadow Minister for Foreign Affairs of Australia", ["Opposition spokesman on foreign affairs"], generic=["Shadow Foreign Minister", "Shadow Minister for Foreign Affairs"])
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("mi_dem_prim_2020", "2020 Michigan Democratic presidential primary", "ocd-division/country:us/state:mi", "2020-03-10", "primary", office="pres_us")
E("alp_2006", "December 2006 Australian Labor Party leadership spill", "ocd-division/country:au", "2006-12-04", "general", office="alp_leader")
E("alp_dep_2006", "December 2006 Australian Labor Party deputy leadership ballot", "ocd-division/country:au", "2006-12-04", "general", office="alp_deputy")
E("alp_2012", "February 2012 Australian Labor Party leadership spill", "ocd-division/country:au", "2012-02-27", "general", office="alp_leader")
E("alp_2013", "June 2013 Australian Labor Party leadership spill", "ocd-division/country:au", "2013-06-26", "general", office="alp_leader")
P("biden", "Joe Biden", ["Biden", "Joe Biden", "Joe"], qid="Q6279")
P("windsor", "Tony Windsor", [])
P("oakeshott", "Rob Oakeshott", [])
P("katter", "Bob Katter", [])
P("gillard", "Julia Gillard", ["Gillard", "Julia Gillard"])
P("rudd", "Kevin Rudd", ["Rudd", "Kevin Rudd"])
P("milne", "Christine Milne", [])
P("wilkie", "Andrew Wilkie", [])
P("beazley", "Kim Beazley", [])
P("macklin", "Jenny Macklin", [])

# ---- entities added for c_2010-09-11 .. c_2018-02-13
R.party("cuf", "Civic United Front", ["Civic United Front"])
R.party("chadema", "Chadema", ["Chadema"])
R.party("ukip", "UK Independence Party", ["UK Independence Party", "UKIP"])
R.party("bjp", "Bharatiya Janata Party", ["Bharatiya Janata Party", "BJP", "BJP Party"])
R.party("spd", "Social Democratic Party of Germany", ["Social Democratic Party of Germany", "SPD", "Social Democrat"])
R.party("fdp", "Free Democratic Party", ["FDP"])
O("premier_nsw", "Premier of New South Wales", generic=["Premier", "New South Wales Premier"])
O("opp_leader_au", "Leader of the Opposition of Australia", ["opposition leader", "Leader of the Opposition"], generic=["Leader of the Opposition", "Opposition Leader"])
O("mp_tz", "Member of the National Assembly of Tanzania", ["Member of Parliament", "MP"], generic=["Member of Parliament", "MP"])
O("mp_clacton", "Member of Parliament for Clacton", ["MP"], generic=["Member of Parliament", "MP"])
O("mp_witney", "Member of Parliament for Witney", ["MP for Witney"], generic=["Member of Parliament", "MP"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"))
O("pres_gm", head("President", "the Gambia", "Gambian"), ["The Gambian President"])
O("pm_in", head("Prime Minister", "India", "Indian"), ["India's Prime Minister"])
O("bjp_leader", "Leader of the Bharatiya Janata Party", ["leader of the Bharatiya Janata Party"], generic=["BJP leader"])
O("cm_bihar", "Chief Minister of Bihar", ["chief minister"], generic=["Bihar Chief Minister", "Chief Minister"])
O("defmin_in", head("Minister of Defence", "India", "Indian"), ["defence minster"], generic=["Defence Minister"])
O("pres_ru", head("President", "Russia", "Russian"))
O("king_sa", "King of Saudi Arabia", ["Saudi Arabia's King"], generic=["King"])
O("sen_fl", senator("Florida"), ["Florida Sen."])
O("sen_md", senator("Maryland"), ["senators"])
O("sen_la", senator("Louisiana"), ["junior Senator for Louisiana"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"),
  ["Secretaries of Housing and Urban Development"], generic=["HUD Secretary"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("gov_tx", governor("Texas"))
O("rep_ga6", representative("Georgia", 6))
O("spd_leader", "Leader of the Social Democratic Party of Germany", ["leader of the Social Democratic Party of Germany", "interim leader"], generic=["SPD leader", "SPD chairman"])
O("mayor_hamburg", "First Mayor of Hamburg", ["mayor of Hamburg"], generic=["Mayor of Hamburg", "Hamburg Mayor"])
O("pres_ep", "President of the European Parliament", generic=["European Parliament President"])
O("mep", "Member of the European Parliament", ["MEP"], generic=["MEP"])
O("pm_it", head("Prime Minister", "Italy", "Italian"))
E("au_fed_2010", "2010 Australian federal election", "ocd-division/country:au", "2010-08-21", "general")
E("au_fed_2013", "2013 Australian federal election", "ocd-division/country:au", "2013-09-07", "general")
E("tz_2010", "2010 Tanzanian general election", "ocd-division/country:tz", "2010-10-31", "general")
E("tz_pres_2015", "2015 Tanzanian presidential election", "ocd-division/country:tz", "2015-10-25", "general", office=head("President", "Tanzania", "Tanzanian")[0])
E("zanz_pres_2015", "2015 Zanzibari presidential election", "ocd-division/country:tz/region:zanzibar", "2015-10-25", "general", office="President of Zanzibar")
E("in_2014", "2014 Indian general election", "ocd-division/country:in", "2014", "general")
E("bihar_2015", "2015 Bihar Legislative Assembly election", "ocd-division/country:in/state:br", "2015", "general")
E("wy_rep_caucus_2016", "2016 Wyoming Republican presidential caucuses", "ocd-division/country:us/state:wy", "2016-03-12", "primary", office="pres_us")
E("dc_rep_caucus_2016", "2016 District of Columbia Republican presidential caucus", "ocd-division/country:us/district:dc", "2016-03-12", "primary", office="pres_us")
E("la_sen_2016", "2016 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2016-12-10", "runoff", office="sen_la")
E("hh_2015", "2015 Hamburg state election", "ocd-division/country:de/state:hh", "2015-02-15", "general")
E("spd_2017", "2017 Social Democratic Party of Germany leadership election", "ocd-division/country:de", "2017-03-19", "general", office="spd_leader")
E("ep_pres_2014", "2014 election of the President of the European Parliament", "ocd-division/country:eu", "2014-07-01", "general", office="pres_ep")
E("de_fed_2002", "2002 German federal election", "ocd-division/country:de", "2002-09-22", "general")
P("carr", "Bob Carr", [])
P("abbott", "Tony Abbott", [])
P("barwani", "Salum Khalfani Bar'wani", [])
P("lowassa", "Edward Lowassa", [])
P("hamad", "Seif Sharif Hamad", [])
P("carswell", "Douglas Carswell", [])
P("cameron", "David Cameron", [])
P("jammeh", "Yahya Jammeh", ["Jammeh"])
P("modi", "Narendra Modi", [], qid="Q1058")
P("nkumar", "Nitish Kumar", [])
P("jaitley", "Arun Jaitley", [])
P("advani", "L.K. Advani", [])
P("bharati", "Uma Bharati", [])
P("mmjoshi", "Murli Manohar Joshi", [])
P("putin", "Vladimir Putin", [], qid="Q7747")
P("salman", "King Salman", ["Salman"])
P("rubio", "Marco Rubio", [], qid="Q324546")
P("carson", "Ben Carson", [])
P("perry", "Rick Perry", [])
P("cardin", "Ben Cardin", [], qid="Q723295")
P("price", "Tom Price", [])
P("kennedy", "John N. Kennedy", ["John Kennedy"], qid="Q6250211")
P("campbell", "Foster Campbell", [])
P("schulz", "Martin Schulz", ["Schulz", "Mr. Schulz"])
P("scholz", "Olaf Scholz", [])
P("berlusconi", "Silvio Berlusconi", [])
P("westerwelle", "Guido Westerwelle", [])

# ---------------------------------------------------------------- a_2012-08-22 (Akin)
_AKRACE = "he is staying in the race against Democratic incumbent Sen. Claire McCaskill"
DOCS.append(("a_2012-08-22_LaC4dsrg07TOv9KI.txt", [
    F("holds_office", "akin", "rep_mo2", [L("Rep. Todd Akin asks supporters for money"), "Republican Rep. Todd Akin turned to the Internet"]),
    F("party", "akin", "rep", "Republican Rep. Todd Akin turned to the Internet"),
    F("candidacy", "akin", "mo_sen_2012", ["Republican Rep. Todd Akin turned to the Internet", _AKRACE]),
    F("candidacy", "mccaskill", "mo_sen_2012", _AKRACE),
    F("party", "mccaskill", "dem", _AKRACE),
    F("holds_office", "mccaskill", "sen_mo", _AKRACE),
    F("candidacy", "akin", "mo_sen_2012_rprim", S("Throughout his career, Akin has lacked the support", through="The six-term congressman won the GOP primary")),
    F("won", "akin", "mo_sen_2012_rprim", S("Throughout his career, Akin has lacked the support", through="The six-term congressman won the GOP primary")),
    F("candidacy", "pryan", "us_pres_2012", ["a personal phone call from vice presidential hopeful Paul Ryan", L("Akin said VP hopeful Paul Ryan called him")]),
    F("candidacy", "romney", "us_pres_2012", "GOP presidential hopeful Mitt Romney also has called"),
    F("party", "romney", "rep", "GOP presidential hopeful Mitt Romney also has called"),
    F("holds_office", "priebus", "chair_rnc", "Reince Priebus, chairman of the Republican National Committee"),
    F("party", "rove", "rep", "the super PAC backed by Republican operative Karl Rove"),
]))

# ---------------------------------------------------------------- a_2014-10-07 (viral videos)
_BOE = "J.D. Winteregg came in 45 points behind House Speaker John Boehner in the Ohio GOP primary"
DOCS.append(("a_2014-10-07_O2vAOZbSGfJycnKj.txt", [
    F("holds_office", "obama", "pres_us", "when President Barack Obama’s campaign easily outpaced Mitt Romney"),
    F("candidacy", "obama", "us_pres_2012", "when President Barack Obama’s campaign easily outpaced Mitt Romney"),
    F("candidacy", "romney", "us_rep_prim_2012", "when President Barack Obama’s campaign easily outpaced Mitt Romney"),
    F("party", "romney", "rep", "when President Barack Obama’s campaign easily outpaced Mitt Romney"),
    F("funding", "koch", "afp", "Americans for Prosperity, the Koch brothers-fueled political arm"),
    F("party", "crist", "dem", "Democrats are still making online videos this cycle — Charlie Crist in Florida"),
    F("candidacy", "crist", "fl_gov_2014", "Democrats are still making online videos this cycle — Charlie Crist in Florida"),
    F("holds_office", "rscott", "gov_fl", "Democrats are still making online videos this cycle — Charlie Crist in Florida"),
    F("candidacy", "peters", "mi_sen_2014", "challenging Michigan Democratic Senate candidate Gary Peters"),
    F("party", "peters", "dem", "challenging Michigan Democratic Senate candidate Gary Peters"),
    F("party", "donehue", "rep", "Wesley Donehue, head of the GOP consulting firm Push Digital"),
    F("party", "pryor", "dem", "attacking Democratic Sens. Mark Pryor of Arkansas and Mark Begich of Alaska"),
    F("party", "begich", "dem", "attacking Democratic Sens. Mark Pryor of Arkansas and Mark Begich of Alaska"),
    F("holds_office", "pryor", "sen_ar", "attacking Democratic Sens. Mark Pryor of Arkansas and Mark Begich of Alaska"),
    F("holds_office", "begich", "sen_ak", "attacking Democratic Sens. Mark Pryor of Arkansas and Mark Begich of Alaska"),
    F("party", "bloom", "rep", "Amanda Bloom, a GOP consultant at BASK Digital Media"),
    F("party", "rosendale", "rep", "Montana Republican Matt Rosendale finished third"),
    F("candidacy", "rosendale", "mt_al_2014_rprim", "Montana Republican Matt Rosendale finished third"),
    F("lost", "rosendale", "mt_al_2014_rprim", "Montana Republican Matt Rosendale finished third"),
    F("candidacy", "winteregg", "oh8_2014_rprim", _BOE),
    F("lost", "winteregg", "oh8_2014_rprim", _BOE),
    F("party", "winteregg", "rep", _BOE),
    F("candidacy", "boehner", "oh8_2014_rprim", _BOE),
    F("won", "boehner", "oh8_2014_rprim", _BOE),
    F("party", "boehner", "rep", _BOE),
    F("holds_office", "boehner", "speaker", _BOE),
]))

# ---------------------------------------------------------------- a_2016-04-04 (Ryan / immigration)
DOCS.append(("a_2016-04-04_A3Iq0Alin8dUR4Mo.txt", [
    F("holds_office", "pryan", "speaker", ["new reports indicating Speaker Paul Ryan could likely emerge", "As House Speaker, Paul Ryan championed a spending bill"]),
    F("candidacy", "trump", "us_rep_prim_2016", "keep Donald Trump from getting 1,237 delegates outright"),
    F("party", "trump", "rep", "keep Donald Trump from getting 1,237 delegates outright"),
    F("holds_office", "walker", "gov_wi", "Governor Scott Walker, who recently endorsed Ted Cruz for President"),
    F("endorsement", "walker", "cruz", "Governor Scott Walker, who recently endorsed Ted Cruz for President"),
    F("candidacy", "cruz", "us_rep_prim_2016", "Governor Scott Walker, who recently endorsed Ted Cruz for President"),
    F("holds_office", "cruz", "sen_tx", "a Texas resident and Cruz constituent"),
]))

# ---------------------------------------------------------------- a_2016-04-15 (Clinton-Sanders Brooklyn debate)
_NY = "aren’t likely to influence the outcome of Tuesday’s contest in New York"
DOCS.append(("a_2016-04-15_nESL5L2E4iLIGwvk.txt", [
    F("candidacy", "clinton", "us_dem_prim_2016", "Clinton, wanting to wrap up the primary"),
    F("candidacy", "sanders", "us_dem_prim_2016", ["Clinton, wanting to wrap up the primary", "I think we're going to win this nomination"]),
    F("candidacy", "clinton", "ny_dem_prim_2016", ["With a critical primary contest just days away, Hillary Clinton and Bernie Sanders", _NY, "Defeating Clinton in her adopted home state appears unlikely"]),
    F("candidacy", "sanders", "ny_dem_prim_2016", ["With a critical primary contest just days away, Hillary Clinton and Bernie Sanders", _NY, "Defeating Clinton in her adopted home state appears unlikely"]),
    F("party", "clinton", "dem", "She is also hoping to calm concerns among Democrats that a prolonged primary"),
    F("holds_office", "clinton", "sec_state", ["Does Secretary Clinton have the intelligence", "The former secretary of state leads by nearly 14 points", "ask me to be secretary of state for the United States"], former=True),
    F("holds_office", "clinton", "sen_ny", ["The people of New York voted for me twice to be their senator", "Clinton is a current resident who represented New York for eight years in the U.S. Senate"], former=True),
    F("candidacy", "clinton", "ny_sen_2000", ["The people of New York voted for me twice to be their senator", "After having twice won New York statewide"]),
    F("won", "clinton", "ny_sen_2000", ["The people of New York voted for me twice to be their senator", "After having twice won New York statewide"]),
    F("candidacy", "clinton", "ny_sen_2006", ["The people of New York voted for me twice to be their senator", "After having twice won New York statewide"]),
    F("won", "clinton", "ny_sen_2006", ["The people of New York voted for me twice to be their senator", "After having twice won New York statewide"]),
    F("holds_office", "sanders", "sen_vt", ["in which the Vermont senator struggled", "We hear a lot from Senator Sanders"]),
    F("holds_office", "obama", "pres_us", ["of her connections to New York and to President Obama", "And President Obama trusted my judgment"]),
    F("candidacy", "obama", "us_dem_prim_2008", ["even more than Obama had in building his lead over her in 2008", "the race between herself and Obama eight years ago"]),
    F("candidacy", "clinton", "us_dem_prim_2008", [S("Clinton’s embrace of Obama throughout this primary process", through="building his lead over her in 2008"), "the race between herself and Obama eight years ago"]),
    F("poll", "clinton", "ny_dem_prim_2016", [S("Defeating Clinton in her adopted home state appears unlikely", through="according to the RealClearPolitics polling average."),
                                             "One recent NBC/Wall Street Journal/Marist poll shows Clinton has expanded her lead"],
      pollster="RealClearPolitics; NBC/Wall Street Journal/Marist"),
    F("endorsement", "deblasio", "clinton", "She has won endorsements from unions and the New York City Mayor Bill de Blasio"),
    F("holds_office", "deblasio", "mayor_nyc", "She has won endorsements from unions and the New York City Mayor Bill de Blasio"),
]))

# ---------------------------------------------------------------- a_2016-05-03 (Indiana polls)
_IPFW = "Cruz’s only advantage came from an Indiana University-Purdue University Fort Wayne survey"
_CLOUT = "in which he held a 2-point advantage over Cruz, 37 percent to 35 percent"
_MARIST = "showed Trump with a commanding 15-point lead over Cruz, 49 percent to 34 percent"
_MI = "which Bernie Sanders won by less than 1.5 points after Marist’s final poll showed him 17 points behind Hillary Clinton"
DOCS.append(("a_2016-05-03_vpDC3TZjQOmIZAn5.txt", [
    F("candidacy", "trump", "in_rep_prim_2016", ["Donald Trump has a big double-digit lead in the polls", "As Indiana prepares to vote Tuesday", "with a decisive victory in Indiana or Cruz can get a burst"]),
    F("candidacy", "cruz", "in_rep_prim_2016", ["Or Ted Cruz might be within striking distance", "with a decisive victory in Indiana or Cruz can get a burst"]),
    F("party", "trump", "rep", "Or Ted Cruz might be within striking distance of the GOP front-runner"),
    F("party", "cruz", "rep", "Or Ted Cruz might be within striking distance of the GOP front-runner"),
    F("candidacy", "trump", "us_rep_prim_2016", "Trump can strengthen his chances to win a majority of delegates"),
    F("candidacy", "cruz", "us_rep_prim_2016", "Struggling to rebound from third-place finishes in five of the six most recent states"),
    F("holds_office", "cruz", "sen_tx", "showing the Texas senator trailing Trump"),
    F("poll", "cruz", "in_rep_prim_2016", _IPFW, pollster="Indiana University-Purdue University Fort Wayne"),
    F("poll", "trump", "in_rep_prim_2016", S("The other public polls show Trump ahead, but by varying margins.", through=_CLOUT), 37, pollster="Clout Research"),
    F("poll", "cruz", "in_rep_prim_2016", _CLOUT, 35, pollster="Clout Research"),
    F("poll", "trump", "in_rep_prim_2016", "Trump’s largest lead, 17 points, was in a poll conducted last Thursday and Friday by Gravis Marketing", pollster="Gravis Marketing"),
    F("poll", "trump", "in_rep_prim_2016", _MARIST, 49, pollster="NBC News/Wall Street Journal/Marist"),
    F("poll", "cruz", "in_rep_prim_2016", _MARIST, 34, pollster="NBC News/Wall Street Journal/Marist"),
    F("holds_office", "kasich", "gov_oh", "the deal with Ohio Gov. John Kasich to allow Cruz"),
    F("candidacy", "kasich", "us_rep_prim_2016", "the deal with Ohio Gov. John Kasich to allow Cruz"),
    F("candidacy", "fiorina", "us_rep_prim_2016", "naming one-time rival Carly Fiorina as Cruz’s running mate"),
    F("party", "seat", "rep", "former Indiana GOP campaign hand Pete Seat"),
    F("candidacy", "clinton", "in_dem_prim_2016", "IPFW has Hillary Clinton well ahead of Bernie Sanders"),
    F("candidacy", "sanders", "in_dem_prim_2016", "IPFW has Hillary Clinton well ahead of Bernie Sanders"),
    F("poll", "clinton", "in_dem_prim_2016", "IPFW has Hillary Clinton well ahead of Bernie Sanders", pollster="Indiana University-Purdue University Fort Wayne"),
    F("party", "clinton", "dem", S("it will be in the Democratic race", through="IPFW has Hillary Clinton well ahead of Bernie Sanders")),
    F("candidacy", "sanders", "mi_dem_prim_2016", _MI),
    F("candidacy", "clinton", "mi_dem_prim_2016", _MI),
    F("won", "sanders", "mi_dem_prim_2016", _MI),
    F("lost", "clinton", "mi_dem_prim_2016", _MI),
    F("poll", "clinton", "mi_dem_prim_2016", _MI, pollster="Marist"),
]))

# ---------------------------------------------------------------- a_2016-06-03 (Democrats and Sanders)
_REIDB = "the two had an emotional call when Reid informed Sanders he was backing Clinton in February"
DOCS.append(("a_2016-06-03_PZmD0Ws6mO2n4FIZ.txt", [
    F("candidacy", "sanders", "us_dem_prim_2016", ["Democrats in Washington have begun discussing how to encourage Sen. Bernie Sanders to end his campaign",
                                                   "come out of that convention with the Democratic nomination for president"]),
    F("holds_office", "sanders", "sen_vt", "Democrats in Washington have begun discussing how to encourage Sen. Bernie Sanders to end his campaign"),
    F("candidacy", "clinton", "us_dem_prim_2016", ["as party leaders grow eager to unite the party behind Hillary Clinton and provide a more robust defense for her candidacy",
                                                   "means she is the only candidate who can secure enough delegates"]),
    F("party", "clinton", "dem", "Democrats in Washington have begun discussing how to encourage Sen. Bernie Sanders to end his campaign"),
    F("holds_office", "reid", "senate_min_leader", "Senate Minority Leader Harry Reid made the case to Sanders"),
    F("endorsement", "reid", "clinton", ["The comments are significant because Reid -- who backs Clinton", _REIDB]),
    F("holds_office", "becerra", "rep_ca34", "Rep. Xavier Becerra, a California Democrat and active Clinton surrogate"),
    F("party", "becerra", "dem", "Rep. Xavier Becerra, a California Democrat and active Clinton surrogate"),
    F("endorsement", "becerra", "clinton", "Rep. Xavier Becerra, a California Democrat and active Clinton surrogate"),
    F("holds_office", "warren", "sen_ma", "Choose Massachusetts Sen. Elizabeth Warren as her vice presidential pick"),
    F("party", "warren", "dem", "who has not endorsed either candidate and is the only female Senate Democrat not to back Clinton"),
    F("holds_office", "dws", "dnc_chair", "dump the head of the Democratic National Committee, Rep. Debbie Wasserman Schultz"),
    F("holds_office", "dws", "rep_fl23", "dump the head of the Democratic National Committee, Rep. Debbie Wasserman Schultz"),
    F("party", "dws", "dem", "dump the head of the Democratic National Committee, Rep. Debbie Wasserman Schultz"),
    F("candidacy", "sanders", "ca_dem_prim_2016", "a state he has barnstormed in recent days as he tries to pull off an upset against Clinton"),
    F("candidacy", "clinton", "ca_dem_prim_2016", ["a state he has barnstormed in recent days as he tries to pull off an upset against Clinton",
                                                   "Even if Sanders were to win California, where polls show the race with Clinton in a dead-heat"]),
    F("holds_office", "murphy", "sen_ct", "Sen. Chris Murphy of Connecticut, a Clinton backer"),
    F("endorsement", "murphy", "clinton", "Sen. Chris Murphy of Connecticut, a Clinton backer"),
    F("candidacy", "trump", "us_pres_2016", "many argue that the senator has to play a major role to unite the party -- or risk electing Trump"),
]))

# ---------------------------------------------------------------- a_2016-07-01 (Trump fact-check)
_KOR = "In 2007, Republican George W Bush signed the US-Korea Free Trade Agreement"
DOCS.append(("a_2016-07-01_rTWAcIf4LzTNzGDO.txt", [
    F("candidacy", "trump", "us_pres_2016", "Republican presumptive nominee Donald Trump has had trouble with the truth"),
    F("party", "trump", "rep", "Republican presumptive nominee Donald Trump has had trouble with the truth"),
    F("holds_office", "clinton", "sec_state", ["It was also Hillary Clinton, as secretary of state, who shoved us",
                                               "Clinton opposed the deal and a candidate but supported it as Obama’s secretary of state"], former=True),
    F("candidacy", "clinton", "us_dem_prim_2008", S("Barack Obama warned of employment consequences from the deal in 2008", through="Clinton opposed the deal and a candidate")),
    F("holds_office", "obama", "pres_us", "Barack Obama warned of employment consequences from the deal in 2008"),
    F("party", "gwbush", "rep", _KOR),
    F("holds_office", "gwbush", "pres_us", _KOR, former=True),
    F("holds_office", "paulson", "sec_treasury", "about George W Bush’s treasury secretary, Hank Paulson", former=True),
    F("endorsement", "paulson", "clinton", ["Trump professed ignorance after a reporter asked him about the Republican leader who endorsed Clinton",
                                            "about George W Bush’s treasury secretary, Hank Paulson"]),
    F("party", "paulson", "rep", ["Trump professed ignorance after a reporter asked him about the Republican leader who endorsed Clinton",
                                  "about George W Bush’s treasury secretary, Hank Paulson"]),
    F("candidacy", "clinton", "us_pres_2016", "Trump professed ignorance after a reporter asked him about the Republican leader who endorsed Clinton"),
    F("endorsement", "duke", "trump", S("I know nothing about David Duke.", through="the former leader of the Ku Klux Klan endorsed him")),
]))

# ---------------------------------------------------------------- a_2016-11-05 (third-party op-ed)
_RACE = "there is simply no real chance that pushing either Donald Trump or Hillary Clinton over the top"
DOCS.append(("a_2016-11-05_YCaLT37gddCU92d0.txt", [
    F("candidacy", "gjohnson", "us_pres_2016", "the Libertarian Party's flag bearers, Gary Johnson and William Weld"),
    F("candidacy", "weld", "us_pres_2016", "the Libertarian Party's flag bearers, Gary Johnson and William Weld"),
    F("party", "gjohnson", "lib", "the Libertarian Party's flag bearers, Gary Johnson and William Weld"),
    F("party", "weld", "lib", "the Libertarian Party's flag bearers, Gary Johnson and William Weld"),
    F("candidacy", "trump", "us_pres_2016", _RACE),
    F("candidacy", "clinton", "us_pres_2016", [_RACE, "supports Hillary Clinton for president"]),
    F("candidacy", "gore", "us_pres_2000", "the final margin for Al Gore came to 366"),
]))

# ---------------------------------------------------------------- a_2018-04-17 (race to succeed Speaker Ryan)
_FIRST = "Republican lawmakers see the race to succeed Speaker Paul Ryan"
_SC = "signaled in a statement following Ryan’s endorsement that he also would be backing McCarthy"
DOCS.append(("a_2018-04-17_ndlWCbIXuatS6fnV.txt", [
    F("holds_office", "pryan", "speaker", [_FIRST, "Ryan is adamant that he plans to stick around as Speaker until January"]),
    F("holds_office", "pryan", "rep_wi1", _FIRST),
    F("party", "pryan", "rep", _FIRST),
    F("candidacy", "mccarthy", "speaker_2019", [_FIRST, "the same problem that could befall a McCarthy candidacy this year"]),
    F("holds_office", "mccarthy", "house_maj_leader", S(_FIRST, through="has the most direct path to the job")),
    F("party", "mccarthy", "rep", S(_FIRST, through="has the most direct path to the job")),
    F("holds_office", "mccarthy", "rep_ca23", S(_FIRST, through="has the most direct path to the job")),
    F("endorsement", "pryan", "mccarthy", ["He’s also picked up an official endorsement from Ryan", _SC]),
    F("holds_office", "trump", "pres_us", "is one of President Trump"),
    F("holds_office", "newsom", "gov_ca", "California Governor Newsom and family dress as 2020 Democrats"),
    F("holds_office", "cole", "rep_ok4", "Rep. Tom Cole Thomas (Tom) Jeffrey Cole"),
    F("party", "cole", "rep", "Rep. Tom Cole Thomas (Tom) Jeffrey Cole"),
    F("holds_office", "walters", "rep_ca45", "added Rep. Mimi Walters (R-Calif.)"),
    F("party", "walters", "rep", "added Rep. Mimi Walters (R-Calif.)"),
    F("candidacy", "mccarthy", "speaker_2015", ["McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner",
                                                "The dynamic is a repeat of 2015, the last time McCarthy ran for Speaker."]),
    F("candidacy", "pryan", "speaker_2015", S("McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner", through="leading to Ryan’s rise")),
    F("won", "pryan", "speaker_2015", S("McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner", through="leading to Ryan’s rise")),
    F("holds_office", "boehner", "speaker", "McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner", former=True),
    F("holds_office", "boehner", "rep_oh8", "McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner", former=True),
    F("party", "boehner", "rep", "McCarthy was the odds-on favorite to succeed retiring Speaker John Boehner"),
    F("holds_office", "amash", "rep_mi3", "said Rep. Justin Amash Justin Amash"),
    F("party", "amash", "rep", "said Rep. Justin Amash Justin Amash"),
    F("holds_office", "massie", "rep_ky4", "said libertarian Rep. Thomas Massie"),
    F("party", "massie", "rep", "said libertarian Rep. Thomas Massie"),
    F("holds_office", "amodei", "rep_nv2", "said Rep. Mark Amodei Mark Eugene Amodei"),
    F("party", "amodei", "rep", "said Rep. Mark Amodei Mark Eugene Amodei"),
    F("holds_office", "dent", "rep_pa15", "said retiring Rep. Charlie Dent Charles (Charlie) Wieder Dent"),
    F("party", "dent", "rep", "said retiring Rep. Charlie Dent Charles (Charlie) Wieder Dent"),
    F("holds_office", "scalise", "house_maj_whip", "House Majority Whip Steve Scalise Stephen (Steve) Joseph Scalise"),
    F("holds_office", "scalise", "rep_la1", "House Majority Whip Steve Scalise Stephen (Steve) Joseph Scalise"),
    F("party", "scalise", "rep", "House Majority Whip Steve Scalise Stephen (Steve) Joseph Scalise"),
    F("endorsement", "scalise", "mccarthy", "House Majority Whip Steve Scalise Stephen (Steve) Joseph Scalise"),
    F("holds_office", "brat", "rep_va7", "a breakfast fundraiser for Freedom Caucus Rep. Dave Brat (R-Va.)"),
    F("party", "brat", "rep", "a breakfast fundraiser for Freedom Caucus Rep. Dave Brat (R-Va.)"),
    F("holds_office", "jordan", "rep_oh4", "Rep. Jim Jordan James (Jim) Daniel Jordan"),
    F("party", "jordan", "rep", "Rep. Jim Jordan James (Jim) Daniel Jordan"),
]))

# ---------------------------------------------------------------- a_2018-09-23 (House majority)
_LUJ = "said New Mexico Rep. Ben Ray Lujan, chairman of the Democratic Congressional Campaign Committee"
_REPS = "a list that includes Reps. Carlos Curbelo of Florida, Will Hurd of Texas, and John Katko of New York"
_FL27 = "former Health and Human Services Secretary Donna Shalala is locked in a surprisingly close contest with Republican Maria Elvira Salazar"
_RAD = "where 32-year-old former Democratic state Rep. Joe Radinovich faced charges"
DOCS.append(("a_2018-09-23_ushvgO45DzWkYdzh.txt", [
    F("holds_office", "trump", "pres_us", "as President Donald Trump’s approval ratings sink"),
    F("party", "trump", "rep", "a critical voting bloc that has turned away from Trump’s GOP"),
    F("candidacy", "trump", "us_pres_2016", "But with the shock of Trump’s 2016 victory still fresh"),
    F("won", "trump", "us_pres_2016", "But with the shock of Trump’s 2016 victory still fresh"),
    F("candidacy", "clinton", "us_pres_2016", "reminded his party of Hillary Clinton’s stunning loss in the last presidential contest"),
    F("lost", "clinton", "us_pres_2016", "reminded his party of Hillary Clinton’s stunning loss in the last presidential contest"),
    F("holds_office", "lujan", "rep_nm3", _LUJ),
    F("holds_office", "lujan", "dccc_chair", _LUJ),
    F("party", "lujan", "dem", _LUJ),
    F("holds_office", "booker", "sen_nj", "New Jersey Sen. Cory Booker told The Associated Press"),
    F("party", "booker", "dem", "Booker, a potential 2020 Democratic presidential contender"),
    F("holds_office", "obama", "pres_us", "At this point in President Barack Obama’s first term", former=True),
    F("party", "obama", "dem", "At this point in President Barack Obama’s first term, Gallup reported the Democrat’s approval rating"),
    F("party", "tyler", "rep", "said Republican strategist Rick Tyler"),
    F("holds_office", "brazile", "dnc_chair", "Former Democratic National Committee Chair Donna Brazile turned heads", former=True),
    F("party", "brazile", "dem", "Former Democratic National Committee Chair Donna Brazile turned heads"),
    F("holds_office", "pryan", "speaker", "a super PAC allied with House Speaker Paul Ryan"),
    F("party", "radinovich", "dem", _RAD),
    F("holds_office", "radinovich", "mn_house", _RAD, former=True),
    F("candidacy", "radinovich", "mn8_2018", _RAD),
    F("party", "curbelo", "rep", S("Polling suggests several vulnerable Republicans", through=_REPS)),
    F("party", "hurd", "rep", S("Polling suggests several vulnerable Republicans", through=_REPS)),
    F("party", "katko", "rep", S("Polling suggests several vulnerable Republicans", through=_REPS)),
    F("holds_office", "curbelo", "rep_fl26", _REPS),
    F("holds_office", "hurd", "rep_tx23", _REPS),
    F("holds_office", "katko", "rep_ny24", _REPS),
    F("candidacy", "curbelo", "fl26_2018", _REPS),
    F("candidacy", "hurd", "tx23_2018", _REPS),
    F("candidacy", "katko", "ny24_2018", _REPS),
    F("candidacy", "shalala", "fl27_2018", _FL27),
    F("candidacy", "salazar", "fl27_2018", _FL27),
    F("party", "salazar", "rep", _FL27),
    F("holds_office", "shalala", "sec_hhs", _FL27, former=True),
    F("party", "jamison", "dem", "Della Jamison, a 65-year-old Democrat from North Philadelphia"),
]))

# ---------------------------------------------------------------- a_2018-10-10 (Democrats flush with cash)
_JANZ = "In Fresno, Calif., prosecutor Andrew Janz, a Democrat, raised"
_NUN = "He's out to topple an eight-term Republican, Rep. Devin Nunes, chair of the House Intelligence Committee"
_OTH = "Sharice Davids, in an eastern Kansas district, raised $2.7 million"
_TRI = "Reps. Rod Blum of Iowa, Mike Coffman of Colorado and Mike Bishop of Michigan are among those"
DOCS.append(("a_2018-10-10_eYIIIcatm00UQmQG.txt", [
    F("holds_office", "gwbush", "pres_us", "the administration of President George W. Bush", former=True),
    F("holds_office", "trump", "pres_us", ["frequently tied to Democrats' opposition to President Trump", "a staunch ally of President Trump"]),
    F("party", "janz", "dem", _JANZ),
    F("candidacy", "janz", "ca22_2018", [_JANZ, _NUN, "Andrew Janz's opponent, Devin Nunes, was reelected"]),
    F("candidacy", "nunes", "ca22_2018", [_NUN, "Andrew Janz's opponent, Devin Nunes, was reelected"]),
    F("party", "nunes", "rep", _NUN),
    F("holds_office", "nunes", "rep_ca22", _NUN),
    F("holds_office", "nunes", "chair_hpsci", _NUN),
    F("candidacy", "nunes", "ca22_2016", "Andrew Janz's opponent, Devin Nunes, was reelected two years ago with a 35-point margin"),
    F("won", "nunes", "ca22_2016", "Andrew Janz's opponent, Devin Nunes, was reelected two years ago with a 35-point margin"),
    F("poll", "nunes", "ca22_2018", "A poll last week showed Nunes leading Janz by 8 points"),
    F("party", "davids", "dem", S("Other Democratic challengers have announced", through=_OTH)),
    F("party", "mcgrath", "dem", S("Other Democratic challengers have announced", through="Amy McGrath, in central Kentucky")),
    F("party", "slotkin", "dem", S("Other Democratic challengers have announced", through="Elissa Slotkin, in southern Michigan")),
    F("candidacy", "davids", "ks3_2018", S("Other Democratic challengers have announced", through=_OTH)),
    F("candidacy", "mcgrath", "ky6_2018", S("Other Democratic challengers have announced", through="Amy McGrath, in central Kentucky")),
    F("candidacy", "slotkin", "mi8_2018", S("Other Democratic challengers have announced", through="Elissa Slotkin, in southern Michigan")),
    F("holds_office", "israel", "dccc_chair", "said former DCCC chair Steve Israel", former=True),
    F("party", "tdavis", "rep", "said Tom Davis, a former Republican congressman who worked two election cycles"),
    F("holds_office", "tdavis", "rep_va11", "said Tom Davis, a former Republican congressman who worked two election cycles", former=True),
    F("holds_office", "tdavis", "nrcc_chair", "said Tom Davis, a former Republican congressman who worked two election cycles", former=True),
    F("party", "blum", "rep", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
    F("party", "coffman", "rep", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
    F("party", "bishop", "rep", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
    F("holds_office", "blum", "rep_ia1", _TRI),
    F("holds_office", "coffman", "rep_co6", _TRI),
    F("holds_office", "bishop", "rep_mi8", _TRI),
    F("candidacy", "blum", "ia1_2018", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
    F("candidacy", "coffman", "co6_2018", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
    F("candidacy", "bishop", "mi8_2018", S("For some House Republicans, the race may be virtually over.", through=_TRI)),
]))

# ---------------------------------------------------------------- a_2018-10-14 (Unite America)
_UA = "Among the statewide candidates with the group's support are Gov. Bill Walker of Alaska"
DOCS.append(("a_2018-10-14_N3xHFGn1M4w6HQOa.txt", [
    F("endorsement", "unite", "bwalker", _UA),
    F("endorsement", "unite", "orman", [_UA, "where polls show that Unite America-backed candidate Greg Orman behind the two major party candidates"]),
    F("candidacy", "bwalker", "ak_gov_2018", _UA),
    F("holds_office", "bwalker", "gov_ak", _UA),
    F("candidacy", "orman", "ks_gov_2018", [_UA, "where polls show that Unite America-backed candidate Greg Orman behind the two major party candidates"]),
    F("party", "cross", "dem", S("Anthony Cross may be the kind of voter", through="He's a Democrat who runs an arts magazine")),
    F("party", "wadhams", "rep", "said former Republican State party Chairman Dick Wadhams"),
    F("holds_office", "wadhams", "chair_cogop", "said former Republican State party Chairman Dick Wadhams", former=True),
]))

# ---------------------------------------------------------------- a_2020-01-17 (Trump outraised by Democratic field)
_CAP = "Democratic presidential hopefuls Massachusetts Senator Elizabeth Warren (L), former Vice President Joe Biden (C) and Vermont Senator Bernie Sanders participate"
DOCS.append(("a_2020-01-17_mw10ZEDoCDyFZjRl.txt", [
    F("candidacy", "warren", "us_dem_prim_2020", _CAP),
    F("candidacy", "biden", "us_dem_prim_2020", _CAP),
    F("candidacy", "sanders", "us_dem_prim_2020", [_CAP, "though Democratic contender and prolific fundraiser Sen. Bernie Sanders has a famously devoted following"]),
    F("party", "warren", "dem", _CAP),
    F("party", "biden", "dem", _CAP),
    F("holds_office", "warren", "sen_ma", _CAP),
    F("holds_office", "biden", "vp_us", _CAP, former=True),
    F("holds_office", "sanders", "sen_vt", _CAP),
    F("holds_office", "trump", "pres_us", "President Donald Trump has one more distinction"),
    F("candidacy", "trump", "us_pres_2020", S("President Donald Trump has one more distinction", through="for his 2020 reelection bid")),
    F("candidacy", "trump", "us_pres_2016", "energized and motivated since Trump's 2016 election"),
    F("won", "trump", "us_pres_2016", "energized and motivated since Trump's 2016 election"),
    F("candidacy", "obama", "us_pres_2012", "The main Republican challengers to President Barack Obama in 2012"),
    F("holds_office", "obama", "pres_us", "The main Republican challengers to President Barack Obama in 2012", former=True),
    F("holds_office", "gwbush", "pres_us", "President George W. Bush narrowly topped his challengers", former=True),
    F("candidacy", "gwbush", "us_pres_2004", "the year before he won reelection in 2004"),
    F("won", "gwbush", "us_pres_2004", "the year before he won reelection in 2004"),
]))

# ---------------------------------------------------------------- a_2020-03-08 (Biden op-ed, Michigan)
_BYL = "Joe Biden is former vice president of the United States and a candidate for the Democratic presidential nomination."
DOCS.append(("a_2020-03-08_4BBoO8T0gH22Y6CP.txt", [
    F("holds_office", "biden", "vp_us", [_BYL, "Democratic presidential candidate former Vice President Joe Biden speaks"], former=True),
    F("candidacy", "biden", "us_dem_prim_2020", [_BYL, "Democratic presidential candidate former Vice President Joe Biden speaks"]),
    F("party", "biden", "dem", [_BYL, "Democratic presidential candidate former Vice President Joe Biden speaks"]),
    F("candidacy", "biden", "mi_dem_prim_2020", "I hope that you’ll put your faith in Team Joe on Tuesday"),
    F("holds_office", "obama", "pres_us", "after President Obama and I took office", former=True),
    F("holds_office", "sanders", "sen_vt", "Sen. Bernie Sanders was among those who voted against the auto rescue funds"),
]))

# ---------------------------------------------------------------- c_2010-09-07 (Australian hung parliament)
_H = "Independent members of parliament Tony Windsor and Rob Oakeshott agree to support a Julia Gillard Australian Labor Party Government"
_R13 = "Former Prime Minister Kevin Rudd wins leadership of the Australian Labor Party against incumbent Julia Gillard."
_R12 = "The Prime Minister of Australia Julia Gillard wins a leadership ballot in the Australian Labor Party, defeating former Prime Minister Kevin Rudd."
_R12b = "Former Prime Minister Kevin Rudd announces that he will contest the leadership of the Australian Labor Party with current PM Julia Gillard on Monday."
_R12c = "The Prime Minister of Australia Julia Gillard calls for a ballot of a caucus of the Australian Labor Party for Monday as a result of the resignation of Foreign Minister Kevin Rudd."
_R06 = S("Kevin Rudd is elected as the new leader of the Federal Australian Labor Party with the caucus electing him by 49 votes to 39 votes for Kim Beazley.", exact=True)
_R06d = S("Julia Gillard is the new deputy leader.", exact=True)
_R06c = "Kim Beazley calls a vote for the leadership of the Federal Australian Labor Party for Monday."
_R06e = "He will face a challenge from Kevin Rudd, the Opposition spokesman on foreign affairs."
_R06f = "Jenny Macklin faces a challenge from Julia Gillard for the Deputy Leadership."
_MIL = "Christine Milne, the leader of The Australian Greens, announces"
_WIL = "Independent Member of the Australian House of Representatives Andrew Wilkie announces"
DOCS.append(("c_2010-09-07_independent-members-of-parliament-tony-w.txt", [
    F("holds_office", "windsor", "mp_au", _H),
    F("holds_office", "oakeshott", "mp_au", _H),
    F("endorsement", "windsor", "gillard", _H),
    F("endorsement", "oakeshott", "gillard", _H),
    F("party", "gillard", "alp", [_H, _R13]),
    F("holds_office", "katter", "mp_au", "Key independent MP Bob Katter has announced"),
    F("candidacy", "rudd", "alp_2013", _R13),
    F("candidacy", "gillard", "alp_2013", _R13),
    F("won", "rudd", "alp_2013", _R13),
    F("lost", "gillard", "alp_2013", _R13),
    F("holds_office", "rudd", "pm_au", [_R13, _R12, _R12b], former=True),
    F("party", "rudd", "alp", [_R13, _R12]),
    F("holds_office", "rudd", "alp_leader", [_R13, _R06]),
    F("holds_office", "gillard", "alp_leader", ["Leader of the Australian Labor Party Julia Gillard calls a spill", _R13]),
    F("holds_office", "gillard", "pm_au", [_R12, _R12c, _MIL, _R12b]),
    F("holds_office", "milne", "greens_leader", _MIL),
    F("party", "milne", "greens_au", _MIL),
    F("candidacy", "gillard", "alp_2012", [_R12, _R12b, _R12c]),
    F("candidacy", "rudd", "alp_2012", [_R12, _R12b]),
    F("won", "gillard", "alp_2012", _R12),
    F("lost", "rudd", "alp_2012", _R12),
    F("holds_office", "rudd", "fm_au", _R12c, former=True),
    F("holds_office", "wilkie", "mp_au", _WIL),
    F("endorsement", "wilkie", "gillard", _WIL),
    F("endorsement", "greens_au", "gillard", "The Australian Greens agree to support a Gillard Labor minority government"),
    F("candidacy", "rudd", "alp_2006", [_R06, _R06e]),
    F("candidacy", "beazley", "alp_2006", [_R06, _R06c]),
    F("won", "rudd", "alp_2006", _R06),
    F("lost", "beazley", "alp_2006", _R06),
    F("party", "beazley", "alp", [_R06, _R06c]),
    F("holds_office", "beazley", "alp_leader", _R06c, former=True),
    F("holds_office", "gillard", "alp_deputy", _R06d),
    F("candidacy", "gillard", "alp_dep_2006", _R06f),
    F("candidacy", "macklin", "alp_dep_2006", _R06f),
    F("won", "gillard", "alp_dep_2006", [_R06f, _R06d]),
    F("lost", "macklin", "alp_dep_2006", [_R06f, _R06d]),
    F("holds_office", "macklin", "alp_deputy", _R06f, former=True),
    F("party", "macklin", "alp", S(_R06c, through=_R06f)),
    F("holds_office", "rudd", "shadow_fm_au", _R06e, former=True),
]))

# ---------------------------------------------------------------- c_2010-09-11 (Gillard cabinet)
_HD = "Prime Minister of Australia Julia Gillard announces her new Cabinet, with former PM Kevin Rudd named as the Minister for Foreign Affairs."
_CARR = "The Prime Minister of Australia Julia Gillard announces a Cabinet reshuffle with Bob Carr, a former Premier of New South Wales, appointed as Minister for Foreign Affairs to replace Kevin Rudd."
_R8 = "Former Prime Minister of Australia Kevin Rudd joins Julia Gillard's election campaign while recovering from gallbladder surgery by attacking the opposition leader Tony Abbott."
_R9 = "Prime Minister of Australia Kevin Rudd steps down after his leadership is contested"
_R10 = "Australian Prime Minister Kevin Rudd and Leader of the Opposition Tony Abbott participate in the first of three televised leaders debates ahead of September's federal election."
_RES = "Kevin Rudd resigns as Foreign Minister of Australia after alleged"
_HOSP = "Kevin Rudd, the Minister for Foreign Affairs and former Prime Minister of Australia, goes into hospital"
DOCS.append(("c_2010-09-11_prime-minister-of-australia-julia-gillar.txt", [
    F("holds_office", "gillard", "pm_au", [_HD, "Prime Minister Julia Gillard has announced her new-look Cabinet", _CARR, _R12, _R12c,
                                            "Julia Gillard becomes Australia's first female Prime Minister."]),
    F("holds_office", "rudd", "fm_au", [_HD, "former prime minister Kevin Rudd would be given the Foreign Affairs portfolio", _CARR, _RES, _HOSP, _R12c], former=True),
    F("holds_office", "rudd", "pm_au", [_HD, "former prime minister Kevin Rudd would be given the Foreign Affairs portfolio", _R13, _R12, _R12b, _HOSP, _R8, _R9, _R10], former=True),
    F("holds_office", "carr", "premier_nsw", _CARR, former=True),
    F("holds_office", "carr", "fm_au", _CARR),
    F("candidacy", "rudd", "alp_2013", _R13),
    F("candidacy", "gillard", "alp_2013", _R13),
    F("won", "rudd", "alp_2013", _R13),
    F("lost", "gillard", "alp_2013", _R13),
    F("party", "gillard", "alp", _R13),
    F("party", "rudd", "alp", [_R13, _R12]),
    F("holds_office", "rudd", "alp_leader", _R13),
    F("holds_office", "gillard", "alp_leader", _R13),
    F("candidacy", "gillard", "alp_2012", [_R12, _R12b, _R12c]),
    F("candidacy", "rudd", "alp_2012", [_R12, _R12b]),
    F("won", "gillard", "alp_2012", _R12),
    F("lost", "rudd", "alp_2012", _R12),
    F("endorsement", "rudd", "gillard", _R8),
    F("candidacy", "gillard", "au_fed_2010", _R8),
    F("holds_office", "abbott", "opp_leader_au", [_R8, _R10]),
    F("candidacy", "abbott", "au_fed_2013", _R10),
]))

# ---------------------------------------------------------------- c_2010-11-02 (Tanzania albino MP)
_BW = "Salum Khalfani Bar'wani of the opposition Civic United Front party is elected as a Member of Parliament"
_LOW = "Tanzania's opposition Chadema party presidential candidate Edward Lowassa calls for a recount"
_HAM = "which opposition presidential candidate Seif Sharif Hamad of the Civic United Front announced he won on Monday"
DOCS.append(("c_2010-11-02_salum-khalfani-bar-wani-of-the-oppositio.txt", [
    F("party", "barwani", "cuf", _BW),
    F("candidacy", "barwani", "tz_2010", [_BW, "Voters in Tanzania go to the polls for the country's general election."]),
    F("won", "barwani", "tz_2010", [_BW, "Voters in Tanzania go to the polls for the country's general election."]),
    F("holds_office", "barwani", "mp_tz", _BW),
    F("candidacy", "lowassa", "tz_pres_2015", _LOW),
    F("party", "lowassa", "chadema", _LOW),
    F("candidacy", "hamad", "zanz_pres_2015", _HAM),
    F("party", "hamad", "cuf", _HAM),
    F("party", "carswell", "ukip", "The UK Independence Party (UKIP)'s only MP, Douglas Carswell, quits the party", former=True),
    F("holds_office", "carswell", "mp_clacton", "The UK Independence Party (UKIP)'s only MP, Douglas Carswell, quits the party"),
    F("holds_office", "cameron", "pm_uk", "Former Prime Minister of the United Kingdom David Cameron resigns as MP for Witney", former=True),
    F("holds_office", "cameron", "mp_witney", "Former Prime Minister of the United Kingdom David Cameron resigns as MP for Witney", former=True),
    F("holds_office", "jammeh", "pres_gm", "The Gambian President Yahya Jammeh announced"),
]))

# ---------------------------------------------------------------- c_2014-05-16 (Indian general election)
_MOD = "Led by Narendra Modi, the Bharatiya Janata Party wins a majority in the Indian general election."
_MOD2 = "Narendra Modi is named as the Bharatiya Janata Party leader in next year's Indian general election."
_BIH = "Indian Prime Minister Narendra Modi's ruling BJP Party concedes defeat to the grand alliance of Bihar sitting chief minister Nitish Kumar"
_MOD3 = "Narendra Modi is officially re-elected as the leader of the Bharatiya Janata Party and the National Democratic Alliance ahead of being sworn in as the Prime Minister of India."
_ADV = "Three senior figures in the Bharatiya Janata Party, L.K. Advani, Uma Bharati and Murli Manohar Joshi, will be tried"
DOCS.append(("c_2014-05-16_led-by-narendra-modi-the-bharatiya-janat.txt", [
    F("candidacy", "modi", "in_2014", [_MOD, _MOD2]),
    F("won", "modi", "in_2014", _MOD),
    F("party", "modi", "bjp", [_MOD, _MOD2, _MOD3, _BIH]),
    F("holds_office", "modi", "pm_in", [_BIH, "Around 180 million people are claimed to be striking in India against Prime Minister Narendra Modi",
                                        "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin sign",
                                        "In Riyadh, India's Prime Minister Narendra Modi and Saudi Arabia's King Salman sign"]),
    F("holds_office", "modi", "bjp_leader", [_MOD3, _MOD2]),
    F("holds_office", "nkumar", "cm_bihar", _BIH),
    F("candidacy", "nkumar", "bihar_2015", _BIH),
    F("won", "nkumar", "bihar_2015", _BIH),
    F("holds_office", "jaitley", "defmin_in", "supports the words of defence minster Arun Jaitley"),
    F("party", "advani", "bjp", _ADV),
    F("party", "bharati", "bjp", _ADV),
    F("party", "mmjoshi", "bjp", _ADV),
    F("holds_office", "putin", "pres_ru", "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin sign"),
    F("holds_office", "salman", "king_sa", "In Riyadh, India's Prime Minister Narendra Modi and Saudi Arabia's King Salman sign"),
]))

# ---------------------------------------------------------------- c_2016-03-12 (Guam, DC, Wyoming caucuses)
_WY = "Texas Sen. Ted Cruz took the Wyoming GOP caucuses by a wide margin Saturday night as Florida Sen. Marco Rubio won in Washington, DC."
_WY2 = "Cruz won 66 percent of the vote from the Cowboy State’s county c…"
_OPP = "The U.S. Senate confirms Donald Trump's appointment of his former opponents in the presidential primaries"
_SCA = "including United States Congressman Steve Scalise (R-LA-01) who is in critical condition"
_CAR = "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL) file a bill"
_KEN = "John N. Kennedy of the Republican Party defeats Foster Campbell of the Democratic Party to become the junior Senator for Louisiana."
_T16 = "Donald Trump, the Republican nominee for the 2016 presidential election, becomes the president-elect"
_DEB = "Democratic Party nominee Hillary Clinton and Republican Party nominee Donald Trump hold the first presidential debate"
DOCS.append(("c_2016-03-12_voters-in-guam-washington-d-c-and-wyomin.txt", [
    F("candidacy", "cruz", "wy_rep_caucus_2016", [_WY, _WY2]),
    F("won", "cruz", "wy_rep_caucus_2016", [_WY, S(_WY2, exact=True)], 66),
    F("candidacy", "rubio", "dc_rep_caucus_2016", _WY),
    F("won", "rubio", "dc_rep_caucus_2016", _WY),
    F("holds_office", "cruz", "sen_tx", _WY),
    F("holds_office", "rubio", "sen_fl", [_WY, _CAR]),
    F("party", "cruz", "rep", _WY),
    F("party", "rubio", "rep", [_WY, _CAR]),
    F("candidacy", "trump", "us_rep_prim_2016", _OPP),
    F("candidacy", "carson", "us_rep_prim_2016", _OPP),
    F("candidacy", "perry", "us_rep_prim_2016", _OPP),
    F("holds_office", "carson", "sec_hud", _OPP),
    F("holds_office", "perry", "sec_energy", _OPP),
    F("holds_office", "perry", "gov_tx", _OPP),
    F("holds_office", "scalise", "rep_la1", _SCA),
    F("party", "scalise", "rep", _SCA),
    F("holds_office", "cardin", "sen_md", _CAR),
    F("party", "cardin", "dem", _CAR),
    F("holds_office", "price", "sec_hhs", "a U.S. House seat vacated by Tom Price, now Health and Human Services Secretary"),
    F("holds_office", "price", "rep_ga6", "a U.S. House seat vacated by Tom Price, now Health and Human Services Secretary", former=True),
    F("candidacy", "kennedy", "la_sen_2016", _KEN),
    F("candidacy", "campbell", "la_sen_2016", _KEN),
    F("won", "kennedy", "la_sen_2016", _KEN),
    F("lost", "campbell", "la_sen_2016", _KEN),
    F("party", "kennedy", "rep", _KEN),
    F("party", "campbell", "dem", _KEN),
    F("holds_office", "kennedy", "sen_la", _KEN),
    F("candidacy", "trump", "us_pres_2016", [_T16, _DEB, "Four state Democratic Parties sue  the Donald Trump presidential campaign"]),
    F("candidacy", "clinton", "us_pres_2016", [_T16, _DEB]),
    F("won", "trump", "us_pres_2016", _T16),
    F("lost", "clinton", "us_pres_2016", _T16),
    F("party", "trump", "rep", [_T16, _DEB]),
    F("party", "clinton", "dem", [_T16, _DEB]),
]))

# ---------------------------------------------------------------- c_2018-02-13 (Schulz resigns)
_SCH = "Martin Schulz resigns as leader of the Social Democratic Party of Germany (SPD) with immediate effect."
_SCO = "The mayor of Hamburg Olaf Scholz will serve as interim leader until a new leader is elected."
_HH = "Voters in the German city state of Hamburg go to the polls with the governing Social Democratic Party of Germany led by Olaf Scholz retaining power."
_EP = "The German Social Democrat Martin Schulz is reelected President of the European Parliament for another two and a half years."
_BER = "Italian Prime Minister Silvio Berlusconi makes an embarrassing remark"
DOCS.append(("c_2018-02-13_martin-schulz-resigns-as-leader-of-the-s.txt", [
    F("holds_office", "schulz", "spd_leader", [_SCH, "The Social Democratic Party of Germany endorses Martin Schulz as its leader."], former=True),
    F("party", "schulz", "spd", [_SCH, _EP, "by insulting the German MEP Martin Schulz (SPD)"]),
    F("holds_office", "scholz", "mayor_hamburg", _SCO),
    F("holds_office", "scholz", "spd_leader", S(_SCH, through=_SCO)),
    F("party", "scholz", "spd", [S(_SCH, through=_SCO), _HH]),
    F("candidacy", "scholz", "hh_2015", _HH),
    F("won", "scholz", "hh_2015", _HH),
    F("endorsement", "spd", "schulz", "The Social Democratic Party of Germany endorses Martin Schulz as its leader."),
    F("candidacy", "schulz", "spd_2017", "The Social Democratic Party of Germany endorses Martin Schulz as its leader."),
    F("won", "schulz", "spd_2017", "The Social Democratic Party of Germany endorses Martin Schulz as its leader."),
    F("candidacy", "schulz", "ep_pres_2014", _EP),
    F("won", "schulz", "ep_pres_2014", _EP),
    F("holds_office", "schulz", "pres_ep", _EP, former=True),
    F("holds_office", "berlusconi", "pm_it", _BER, former=True),
    F("holds_office", "schulz", "mep", "by insulting the German MEP Martin Schulz (SPD)", former=True),
    F("candidacy", "westerwelle", "de_fed_2002", S("Politics of Germany, Bundestag, List of political parties in Germany (SPD, CDU-CSU, Greens, FDP, PDS) People: Guido Westerwelle (Chancellor-Candidate of the FDP)", exact=True)),
    F("party", "westerwelle", "fdp", S("Politics of Germany, Bundestag, List of political parties in Germany (SPD, CDU-CSU, Greens, FDP, PDS) People: Guido Westerwelle (Chancellor-Candidate of the FDP)", exact=True)),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b19.jsonl")
    (HERE.parent / "annotations" / "b19.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
