# ruff: noqa: E501
"""Corpus annotation, batch b11 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    "Barack Obama": "Q76",
    "Joe Biden": "Q6279",
    "Paul Ryan": "Q203966",
    "Mitch McConnell": "Q355522",
    "Tim Kaine": "Q359888",
    "Tammy Baldwin": "Q40628",
    "Sherrod Brown": "Q381880",
    "Debbie Stabenow": "Q241092",
    "Chris Murphy": "Q1077594",
    "Bill Nelson": "Q358437",
    "Claire McCaskill": "Q22260",
    "Ed Markey": "Q1282411",
    "Cathy McMorris Rodgers": "Q293343",
    "Lindsey Graham": "Q22212",
    "Rob Portman": "Q926069",
    "Marco Rubio": "Q324546",
    "Keith Rothfus": "Q5978897",
    "Mia Love": "Q11112119",
    "Donald Trump": "Q22686",
    "George W. Bush": "Q207",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sen_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  ["minority leader"], generic=["House Minority Leader", "Minority Leader"])
O("speaker", "Speaker of the United States House of Representatives", generic=["House Speaker", "Speaker", "Speaker of the House"])
O("rnc_chair", "Chair of the Republican National Committee",
  ["RNC Chairman", "chairman of the Republican National Committee", "Republican National Committee chairman"],
  generic=["RNC chair", "RNC Chairman", "Chairman of the Republican National Committee"])
O("hrc_chair", "Chair of the House Republican Conference",
  ["chairwoman of the House Republican Conference"], generic=["House Republican Conference Chair", "Chairwoman of the House Republican Conference"])
O("nat_res_chair", "Chair of the House Natural Resources Committee",
  ["House Natural Resources Committee Chair"], generic=["Chairman of the House Natural Resources Committee"])
O("sen_ky", senator("Kentucky"))
O("sen_me", senator("Maine"))
O("sen_oh", senator("Ohio"))
O("sen_mi", senator("Michigan"))
O("sen_ct", senator("Connecticut"))
O("sen_fl", senator("Florida"))
O("sen_mo", senator("Missouri"))
O("sen_sc", senator("South Carolina"))
O("gov_va", governor("Virginia"), ["governors"])
O("gov_wi", governor("Wisconsin"))
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_nj", governor("New Jersey"), ["governor of New Jersey"])
O("gov_oh", governor("Ohio"))
O("gov_md", governor("Maryland"))
O("treas_oh", state_officer("Treasurer", "Ohio"), ["state Treasurer"])
O("rep_wi2", representative("Wisconsin", 2))
O("rep_mi2", representative("Michigan", 2))
O("rep_ct5", representative("Connecticut", 5))
O("rep_fl14", representative("Florida", 14))
O("rep_tx14", representative("Texas", 14), ["congressman"])
O("rep_wa4", representative("Washington", 4))
O("rep_nv1", representative("Nevada", 1))
O("rep_pa12", representative("Pennsylvania", 12))
O("rep_ma7", representative("Massachusetts", 7))
O("rep_wa5", representative("Washington", 5))
O("rep_ga6", representative("Georgia", 6))
O("rep_oh8", representative("Ohio", 8), ["congressman"])
O("rep_wi1", representative("Wisconsin", 1))
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"), generic=["HHS Secretary"])
O("mayor_sa", mayor("San Antonio"))

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("us_pres_1992", "1992 United States presidential election", "ocd-division/country:us", "1992-11-03", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
for st, name in [("mo", "Missouri"), ("va", "Virginia"), ("wi", "Wisconsin"), ("oh", "Ohio"), ("mi", "Michigan"),
                 ("ct", "Connecticut"), ("fl", "Florida"), ("nv", "Nevada"), ("in", "Indiana")]:
    E(st + "_sen_2012", "2012 United States Senate election in " + name, "ocd-division/country:us/state:" + st,
      "2012-11-06", "general", office="U.S. Senator from " + name)
E("ct5_2006", "2006 Connecticut's 5th congressional district election", "ocd-division/country:us/state:ct/cd:5", "2006-11-07", "general")
E("pa12_2012", "2012 Pennsylvania's 12th congressional district election", "ocd-division/country:us/state:pa/cd:12", "2012-11-06", "general")
E("ut4_2012", "2012 Utah's 4th congressional district election", "ocd-division/country:us/state:ut/cd:4", "2012-11-06", "general")
E("hrc_chair_2012", "2012 House Republican Conference chair election", "ocd-division/country:us", "2012-11-14", "general", office="hrc_chair")
E("house_dem_leader_2012", "2012 House Democratic leader election", "ocd-division/country:us", "2012", "general", office="house_min_leader")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Barack Obama", "Obama", "President Obama", "Mr. Obama", "Barack", "President Barack Obama"])
P("romney", "Mitt Romney", ["Romney", "Mitt", "Mitt Romney"])
P("biden", "Joe Biden", ["Joseph R. Biden", "Biden", "Vice President Biden"])
P("ryan", "Paul Ryan", ["Ryan", "Rep. Paul Ryan"])
P("akin", "Todd Akin", ["W. Todd Akin", "Akin", "Mr. Akin", "Todd Akin"])
P("mcconnell", "Mitch McConnell", ["McConnell", "Mr. McConnell"])
P("snowe", "Olympia Snowe", ["Olympia J. Snowe"])
P("allen", "George Allen", [])
P("kaine", "Tim Kaine", ["Kaine", "Mr. Kaine"])
P("thompson", "Tommy Thompson", ["Tommy G. Thompson"])
P("baldwin", "Tammy Baldwin", [])
P("mandel", "Josh Mandel", [])
P("sbrown", "Sherrod Brown", ["Mr. Brown"])
P("stabenow", "Debbie Stabenow", [])
P("hoekstra", "Pete Hoekstra", ["Mr. Hoekstra"])
P("lieberman", "Joe Lieberman", [])
P("mcmahon", "Linda McMahon", [])
P("murphy", "Chris Murphy", ["Christopher S. Murphy", "Mr. Murphy"])
P("nelson", "Bill Nelson", ["Mr. Nelson", "Nelson"])
P("mack", "Connie Mack IV", ["Connie Mack"])
P("mccaskill", "Claire McCaskill", ["Mrs. McCaskill"])
P("christie", "Chris Christie", ["Christie", "Gov. Christie"])
P("walker", "Scott Walker", ["Walker"])
P("kasich", "John Kasich", ["Kasich"])
P("ronpaul", "Ron Paul", ["Paul"])
P("bennett", "Rick Bennett", [])
P("sebelius", "Kathleen Sebelius", [])
P("priebus", "Reince Priebus", [])
P("castro", "Julian Castro", ["Castro"])
P("bclinton", "Bill Clinton", ["Clinton"], qid="Q1124")
P("hastings", "Doc Hastings", ["Mr. Hastings"])
P("berkley", "Shelley Berkley", [])
P("critz", "Mark Critz", [])
P("rothfus", "Keith Rothfus", [])
P("markey", "Ed Markey", ["Mr. Markey"])
P("gwbush", "George W. Bush", ["Bush"])
P("mccain", "John McCain", [], qid="Q10390")
P("harber", "Tyler Harber", [])
P("omalley", "Martin O’Malley", ["Martin O'Malley"])
P("mcdonnell", "Bob McDonnell", [])
P("love", "Mia Love", ["Love"])
P("matheson", "Jim Matheson", ["Matheson"])
P("mourdock", "Richard Mourdock", ["Mourdock"])
P("griffin", "Taylor Griffin", ["Griffin"])
P("finney", "Karen Finney", ["Finney"])
P("mcmorris", "Cathy McMorris Rodgers", ["McMorris Rodgers"])
P("tprice", "Tom Price", ["Tim Price", "Price"])
P("pelosi", "Nancy Pelosi", [], qid="Q170581")
P("boehner", "John Boehner", ["Boehner"])
P("graham", "Lindsey Graham", [])
P("rubio", "Marco Rubio", ["Rubio"])
P("portman", "Rob Portman", [])

# ---- entities for 2014-2018 documents
QX = {"Ted Cruz": "Q2036942", "Bernie Sanders": "Q359442", "Debbie Wasserman Schultz": "Q50104", "Kevin McCarthy": "Q766866",
      "Steve Scalise": "Q1857141", "Steve Chabot": "Q506694", "Rodney Davis": "Q134035"}
R.qid_map.update(QX)
R.org("ktp2", "Keep the Promise II", ["Cruz super PAC"])
O("gov_tx", governor("Texas"), ["governor"])
O("gov_ak", governor("Alaska"), ["governor"])
O("gov_il", governor("Illinois"))
O("gov_ca", governor("California"))
O("da_travis", "District Attorney of Travis County", ["Travis County District Attorney", "D.A."], generic=["District Attorney"])
O("sg_tx", "Solicitor General of Texas", ["solicitor general", "state’s solicitor general"], generic=["Texas Solicitor General", "Solicitor General"])
O("ag_tx", state_officer("Attorney General", "Texas"), ["attorney general of Texas"])
O("cj_us", "Chief Justice of the United States", ["Supreme Court Chief Justice"], generic=["Chief Justice"])
O("cj_tx", "Chief Justice of the Supreme Court of Texas", ["chief justice of the Supreme Court of Texas"], generic=["Chief Justice"])
O("sen_tx", senator("Texas"))
O("sen_vt", senator("Vermont"), ["senator from Vermont"])
O("sen_tn", senator("Tennessee"))
O("sos_us", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State"])
O("judge_us_dist", "United States District Judge", ["U.S. District Court Judge"], generic=["District Judge", "Judge"])
O("dnc_chair", "Chair of the Democratic National Committee", ["DNC chief"], generic=["DNC chair", "DNC Chairwoman", "Chairwoman of the Democratic National Committee"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives", generic=["House Majority Whip", "Majority Whip"])
O("sen_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("ways_means_chair", "Chair of the House Ways and Means Committee", generic=["Chairman of the House Ways and Means Committee"])
O("budget_chair", "Chair of the House Budget Committee", generic=["Chairman of the House Budget Committee"])
O("smallbiz_chair", "Chair of the House Small Business Committee", ["House Small Business Committee Chairman"], generic=["Chairman of the House Small Business Committee"])
O("rep_ca23", representative("California", 23))
O("rep_la1", representative("Louisiana", 1))
O("rep_oh1", representative("Ohio", 1))
O("rep_il13", representative("Illinois", 13))
E("tx_sen_2012", "2012 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2012-11-06", "general", office="sen_tx")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
for st, name in [("ca", "California"), ("nj", "New Jersey"), ("nm", "New Mexico"), ("sd", "South Dakota")]:
    E(st + "_dem_prim_2016", "2016 %s Democratic presidential primary" % name, "ocd-division/country:us/state:" + st, "2016-06-07", "primary", office="pres_us")
E("dc_dem_prim_2016", "2016 District of Columbia Democratic presidential primary", "ocd-division/country:us/district:dc", "2016-06-14", "primary", office="pres_us")
E("us_dem_prim_1952", "1952 Democratic Party presidential primaries", "ocd-division/country:us", "1952", "primary", office="pres_us")
E("nh_dem_prim_1952", "1952 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "1952-03-11", "primary", office="pres_us")
E("us_dem_prim_1972", "1972 Democratic Party presidential primaries", "ocd-division/country:us", "1972", "primary", office="pres_us")
E("us_dem_prim_1976", "1976 Democratic Party presidential primaries", "ocd-division/country:us", "1976", "primary", office="pres_us")
E("us_pres_1976", "1976 United States presidential election", "ocd-division/country:us", "1976-11-02", "general", office="pres_us")
E("speaker_2015", "2015 Speaker of the United States House of Representatives election", "ocd-division/country:us", "2015-10-29", "general", office="speaker")
P("perry", "Rick Perry", ["Perry", "Governor Perry", "Rick"])
P("lehmberg", "Rosemary Lehmberg", ["Lehmberg"])
P("palin", "Sarah Palin", ["Palin"])
P("cruz", "Ted Cruz", ["Cruz", "R. Ted Cruz"])
P("jbush", "Jeb Bush", [])
P("neugebauer", "Toby Neugebauer", ["Neugebauer"])
P("mobama", "Michelle Obama", ["First lady Michelle Obama"])
P("aromney", "Ann Romney", ["Mrs. Romney"])
P("ho", "Jim Ho", ["Ho"])
P("abbott", "Greg Abbott", ["Abbott"])
P("rehnquist", "William Rehnquist", [])
P("phillips", "Tom Phillips", [])
P("trump", "Donald Trump", ["Trump", "Donald Trump", "President Trump", "Donald John Trump"])
P("hclinton", "Hillary Clinton", ["Clinton", "Hillary", "Hillary Clinton"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders"])
P("curiel", "Gonzalo Curiel", [])
P("dws", "Debbie Wasserman Schultz", [])
P("kefauver", "Estes Kefauver", ["Kefauver"])
P("truman", "Harry Truman", ["Truman"])
P("stevenson", "Adlai Stevenson II", ["Adlai Stevenson"])
P("mcgovern", "George McGovern", [])
P("carter", "Jimmy Carter", ["Carter"])
P("kmccarthy", "Kevin McCarthy", ["McCarthy", "Kevin Owen McCarthy"])
P("scalise", "Steve Scalise", ["Scalise", "Stephen (Steve) Joseph Scalise"])
P("chabot", "Steve Chabot", ["Steven (Steve) Joseph Chabot"])
P("rdavis", "Rodney Davis", ["Rodney Lee Davis"])
P("newsom", "Gavin Newsom", ["Newsom"])

# ---- entities for 2018-2020 documents and Current Events pages
R.qid_map.update({"Kevin Brady": "Q472241", "Alexandria Ocasio-Cortez": "Q55223040", "Cheri Bustos": "Q723148",
                  "Elizabeth Warren": "Q434706", "Amy Klobuchar": "Q22237"})
R.party("spd", "Social Democratic Party of Germany", ["SPD", "Social Democratic Party of Germany", "Social Democrat", "Social Democrats"])
R.party("fi", "Forza Italia", ["Forza Italia"])
R.party("lp_ph", "Liberal Party (Philippines)", ["Liberal Party"])
O("rep_tx8", representative("Texas", 8))
O("rep_ny14", representative("New York", 14), ["congresswoman"])
O("rep_il17", representative("Illinois", 17))
O("dccc_chair", "Chair of the Democratic Congressional Campaign Committee", ["DCCC chair", "chairwoman of the DCCC", "DCCC Chairwoman", "chairwoman of the Democratic Congressional Campaign Committee"],
  generic=["DCCC chair", "Chairwoman of the Democratic Congressional Campaign Committee"])
O("sen_ma", senator("Massachusetts"))
O("sen_mn", senator("Minnesota"))
O("sen_ca", senator("California"))
O("sen_wi", senator("Wisconsin"))
O("sen_il", senator("Illinois"))
O("sen_nv", senator("Nevada"))
O("gov_mi", governor("Michigan"))
O("gov_nm", governor("New Mexico"))
O("gov_ga", governor("Georgia"), ["Georgia governor"])
O("mayor_nyc", mayor("New York City"))
O("mayor_sb", mayor("South Bend"))
O("ep_pres", "President of the European Parliament", generic=["President of the European Parliament", "European Parliament President"])
O("mep", "Member of the European Parliament", ["MEP"], generic=["MEP"])
O("spd_leader", "Leader of the Social Democratic Party of Germany", ["leader of the Social Democratic Party of Germany"], generic=["SPD leader", "Leader of the SPD"])
O("mayor_hh", "First Mayor of Hamburg", ["mayor of Hamburg"], generic=["Mayor of Hamburg", "Hamburg Mayor", "Mayor"])
O("pm_it", head("Prime Minister", "Italy", "Italian"))
O("pres_ph", head("President", "the Philippines", "Philippine"), ["Philippine president", "Philippines president"])
O("vp_ph", head("Vice President", "the Philippines", "Philippine"), ["Philippine vice president", "vice president"])
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2020-02-11", "primary", office="pres_us")
E("nv_dem_caucus_2020", "2020 Nevada Democratic presidential caucuses", "ocd-division/country:us/state:nv", "2020-02-22", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office="gov_ga")
E("ep_pres_2014", "2014 election of the President of the European Parliament", "ocd-division/country:eu", "2014-07-01", "general", office="ep_pres")
E("spd_leader_2017", "2017 Social Democratic Party of Germany leadership election", "ocd-division/country:de", "2017-03-19", "general", office="spd_leader")
E("it_gen_2018", "2018 Italian general election", "ocd-division/country:it", "2018-03-04", "general")
E("ph_pres_2016", "2016 Philippine presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="pres_ph")
E("ph_vp_2016", "2016 Philippine vice presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="vp_ph")
P("brady", "Kevin Brady", [])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez", "AOC"])
P("bustos", "Cheri Bustos", ["Bustos"])
P("brazile", "Donna Brazile", [])
P("warren", "Elizabeth Warren", ["Warren"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])
P("buttigieg", "Pete Buttigieg", [])
P("bloomberg", "Michael Bloomberg", ["Mike Bloomberg", "Bloomberg"])
P("whitmer", "Gretchen Whitmer", ["Whitmer"])
P("harris", "Kamala Harris", [], qid="Q10853588")
P("abrams", "Stacey Abrams", ["Abrams", "Ms. Abrams"])
P("duckworth", "Tammy Duckworth", [])
P("cortezmasto", "Catherine Cortez Masto", [])
P("lujangrisham", "Michelle Lujan Grisham", [])
P("schulz", "Martin Schulz", ["Schulz", "Mr. Schulz"])
P("scholz", "Olaf Scholz", [])
P("berlusconi", "Silvio Berlusconi", [])
P("tajani", "Antonio Tajani", [])
P("duterte", "Rodrigo Duterte", ["Duterte"])
P("robredo", "Leni Robredo", [])
P("bbmarcos", "Bongbong Marcos", [])

DOCS = []

# ---------------------------------------------------------------- 2012-08-17 NPR ballot initiatives: no scored fact
DOCS.append(("a_2012-08-17_f2Q0WSsAR3wy21kc.txt", []))

# ---------------------------------------------------------------- 2012-08-27 Washington Times, Senate races
_MCC = "Senate Minority Leader Mitch McConnell, Kentucky Republican, predicted Monday"
_VA = "In Virginia, the race between Republican George Allen and Democrat Tim Kaine is as close as ever"
_PRES_VA = "President Obama and Republican Mitt Romney have been campaigning relentlessly in Virginia"
_WI = "where former Gov. Tommy G. Thompson holds a comfortable lead over Democratic Rep. Tammy Baldwin"
_OH = "where Republican state Treasurer Josh Mandel is tied with Sen. Sherrod Brown"
_MI = "Also, in Michigan, Democratic Sen. Debbie Stabenow is in a tight race with former Republican Rep. Pete Hoekstra."
_MIP = "A poll by Mitchell Research on Thursday gave Mr. Hoekstra a narrow lead, 45 percent to 44 percent."
_CT = "Republican nominee Linda McMahon leads by 3 percentage points over Democratic Rep. Christopher S. Murphy"
_FL = "Among the clear bright spots for Democrats is Florida, where Sen. Bill Nelson is widening his lead"
_MO = "In Missouri, Sen. Claire McCaskill has benefited from Mr. Akin’s controversial comment"
DOCS.append(("a_2012-08-27_4zyVLSw5lwjmQcvp.txt", [
    F("candidacy", "akin", "mo_sen_2012", "notwithstanding Missouri Senate candidate W. Todd Akin’s self-inflicted calamity"),
    F("party", "akin", "rep", [_MCC, "Republican leaders unsuccessfully urged Mr. Akin to quit the race."]),
    F("holds_office", "mcconnell", "sen_min_leader", _MCC),
    F("holds_office", "mcconnell", "sen_ky", _MCC),
    F("party", "mcconnell", "rep", _MCC),
    F("holds_office", "snowe", "sen_me", "Democrats would pick up a seat in Maine held by retiring Sen. Olympia J. Snowe, a Republican."),
    F("party", "snowe", "rep", "Democrats would pick up a seat in Maine held by retiring Sen. Olympia J. Snowe, a Republican."),
    F("candidacy", "biden", "us_pres_2012", "either Democrat Joseph R. Biden or Republican Paul Ryan"),
    F("candidacy", "ryan", "us_pres_2012", "either Democrat Joseph R. Biden or Republican Paul Ryan"),
    F("party", "biden", "dem", "either Democrat Joseph R. Biden or Republican Paul Ryan"),
    F("party", "ryan", "rep", "either Democrat Joseph R. Biden or Republican Paul Ryan"),
    F("candidacy", "allen", "va_sen_2012", _VA),
    F("candidacy", "kaine", "va_sen_2012", _VA),
    F("party", "allen", "rep", _VA),
    F("party", "kaine", "dem", _VA),
    F("poll", "kaine", "va_sen_2012", _VA, pollster="Real Clear Politics"),
    F("holds_office", "allen", "gov_va", [_VA, "They’re both former governors"], former=True),
    F("holds_office", "kaine", "gov_va", [_VA, "They’re both former governors"], former=True),
    F("candidacy", "obama", "us_pres_2012", _PRES_VA),
    F("candidacy", "romney", "us_pres_2012", _PRES_VA),
    F("holds_office", "obama", "pres_us", _PRES_VA),
    F("party", "romney", "rep", _PRES_VA),
    F("candidacy", "obama", "us_pres_2008", S(_PRES_VA, through="which Mr. Obama won four years ago.")),
    F("poll", "obama", "us_pres_2012", [_PRES_VA, "The latest poll in Virginia, conducted by Rasmussen on Thursday, showed a tie at 47 percent each."], 47, pollster="Rasmussen"),
    F("poll", "romney", "us_pres_2012", [_PRES_VA, "The latest poll in Virginia, conducted by Rasmussen on Thursday, showed a tie at 47 percent each."], 47, pollster="Rasmussen"),
    F("candidacy", "thompson", "wi_sen_2012", _WI),
    F("candidacy", "baldwin", "wi_sen_2012", _WI),
    F("holds_office", "thompson", "gov_wi", _WI, former=True),
    F("party", "thompson", "rep", _WI),
    F("holds_office", "baldwin", "rep_wi2", _WI),
    F("party", "baldwin", "dem", _WI),
    F("candidacy", "mandel", "oh_sen_2012", _OH),
    F("candidacy", "sbrown", "oh_sen_2012", _OH),
    F("party", "mandel", "rep", _OH),
    F("holds_office", "mandel", "treas_oh", _OH),
    F("holds_office", "sbrown", "sen_oh", _OH),
    F("poll", "mandel", "oh_sen_2012", _OH, pollster="Columbus Dispatch"),
    F("poll", "sbrown", "oh_sen_2012", _OH, pollster="Columbus Dispatch"),
    F("candidacy", "stabenow", "mi_sen_2012", _MI),
    F("candidacy", "hoekstra", "mi_sen_2012", _MI),
    F("party", "stabenow", "dem", _MI),
    F("party", "hoekstra", "rep", _MI),
    F("holds_office", "stabenow", "sen_mi", _MI),
    F("holds_office", "hoekstra", "rep_mi2", _MI, former=True),
    F("poll", "hoekstra", "mi_sen_2012", _MIP, 45, pollster="Mitchell Research"),
    F("poll", "stabenow", "mi_sen_2012", [_MI, _MIP], 44, pollster="Mitchell Research"),
    F("holds_office", "lieberman", "sen_ct", "In Connecticut, where independent Sen. Joe Lieberman is retiring"),
    F("candidacy", "mcmahon", "ct_sen_2012", _CT),
    F("candidacy", "murphy", "ct_sen_2012", _CT),
    F("party", "mcmahon", "rep", _CT),
    F("party", "murphy", "dem", _CT),
    F("holds_office", "murphy", "rep_ct5", _CT),
    F("poll", "mcmahon", "ct_sen_2012", _CT, pollster="Rasmussen"),
    F("poll", "murphy", "ct_sen_2012", "But Real Clear Politics’ average of state polls gives Mr. Murphy the edge", pollster="Real Clear Politics"),
    F("candidacy", "murphy", "ct5_2006", S("But Real Clear Politics’ average of state polls gives Mr. Murphy the edge", through="He was elected to Congress in 2006.")),
    F("won", "murphy", "ct5_2006", S("But Real Clear Politics’ average of state polls gives Mr. Murphy the edge", through="He was elected to Congress in 2006.")),
    F("candidacy", "nelson", "fl_sen_2012", _FL),
    F("candidacy", "mack", "fl_sen_2012", _FL),
    F("holds_office", "nelson", "sen_fl", _FL),
    F("party", "nelson", "dem", _FL),
    F("holds_office", "mack", "rep_fl14", _FL),
    F("party", "mack", "rep", _FL),
    F("poll", "nelson", "fl_sen_2012", "Mr. Nelson leads by 9 points, 50 percent to 41 percent", 50, pollster="CBS/New York Times/Quinnipiac University"),
    F("poll", "mack", "fl_sen_2012", [_FL, "Mr. Nelson leads by 9 points, 50 percent to 41 percent"], 41, pollster="CBS/New York Times/Quinnipiac University"),
    F("candidacy", "mccaskill", "mo_sen_2012", _MO),
    F("holds_office", "mccaskill", "sen_mo", _MO),
    F("party", "mccaskill", "dem", [_MO, "while Democrats’ fortunes have risen in three races, including Missouri"]),
    F("poll", "mccaskill", "mo_sen_2012", "Mrs. McCaskill is leading by 9 points in the latest Post-Dispatch/Mason-Dixon poll", pollster="Post-Dispatch/Mason-Dixon"),
]))

# ---------------------------------------------------------------- 2012-08-28 NPR, Republican convention
_ROM = "The former Massachusetts governor has been trying to become his party's presidential nominee"
DOCS.append(("a_2012-08-28_Y3HAcqpaOzmEVeql.txt", [
    F("candidacy", "romney", "us_pres_2012", "Presidential nominee Mitt Romney's wife, Ann, used her address"),
    F("holds_office", "romney", "gov_ma", S("The Night Was And Wasn't About Mitt Romney", through=_ROM), former=True),
    F("candidacy", "romney", "us_rep_prim_2012", S("The Night Was And Wasn't About Mitt Romney", through="officially getting the nomination was certainly a big moment for him.")),
    F("won", "romney", "us_rep_prim_2012", S("The Night Was And Wasn't About Mitt Romney", through="officially getting the nomination was certainly a big moment for him.")),
    F("party", "romney", "rep", "Republican Party Leaders Do Not Put Up With Floor Fights"),
    F("holds_office", "christie", "gov_nj", "But New Jersey Gov. Chris Christie summed up"),
    F("holds_office", "obama", "pres_us", "are President Obama and his fellow Democrats"),
    F("party", "obama", "dem", "are President Obama and his fellow Democrats"),
    F("holds_office", "walker", "gov_wi", "Govs. Scott Walker (Wisconsin) and John Kasich (Ohio)"),
    F("holds_office", "kasich", "gov_oh", "Govs. Scott Walker (Wisconsin) and John Kasich (Ohio)"),
    F("holds_office", "ronpaul", "rep_tx14", "Ron Paul's supporters were loud and angry"),
    F("candidacy", "ronpaul", "us_rep_prim_2012", ["Ron Paul's supporters were loud and angry",
                                                   "officials knew that Romney delegates far outnumbered Paul delegates"]),
    F("party", "ronpaul", "rep", ["Republican Party Leaders Do Not Put Up With Floor Fights", "Ron Paul's supporters were loud and angry"]),
    F("party", "bennett", "rep", "said Maine Republican National Committee member and delegate Rick Bennett"),
]))

# ---------------------------------------------------------------- 2012-09-04 Fox News, Michelle Obama at the DNC
_AIR = "at a time when he remains locked in an airtight race against Mitt Romney"
DOCS.append(("a_2012-09-04_Wb4fjSw4aBnEbHwD.txt", [
    F("holds_office", "obama", "pres_us", "Though Republicans have claimed President Obama cannot run on his record"),
    F("candidacy", "obama", "us_pres_2012", _AIR),
    F("candidacy", "romney", "us_pres_2012", _AIR),
    F("won", "romney", "us_rep_prim_2012", _AIR),
    F("candidacy", "romney", "us_rep_prim_2012", _AIR),
    F("candidacy", "obama", "us_pres_2008", "those who supported him in his history-making 2008 campaign"),
    # adjudicated (r2)
    F("won", "obama", "us_pres_2008", ["urging Americans to give him another term", "those who supported him in his history-making 2008 campaign"]),
    F("party", "romney", "rep", S("The first lady lent the personal touch to the party-wide effort", through="Republicans, on the sidelines this week in Charlotte")),
    F("endorsement", "mobama", "obama", ["urging Americans to give him another term", "Michelle Obama took to the convention podium to defend and promote her husband"]),
    F("endorsement", "aromney", "romney", "one week after Ann Romney did the same for her husband in Tampa"),
    F("holds_office", "sebelius", "sec_hhs", "an earlier address by Health and Human Services Secretary Kathleen Sebelius"),
    F("holds_office", "priebus", "rnc_chair", "RNC Chairman Reince Priebus said Tuesday"),
    F("holds_office", "castro", "mayor_sa", "The keynote speaker, San Antonio Mayor Julian Castro, mocked Romney"),
    F("holds_office", "biden", "vp_us", "followed by Vice President Biden and Obama on Thursday"),
]))

# ---------------------------------------------------------------- 2012-09-09 CNN, Gallup tracking poll
_G1 = "According to the poll released Sunday, Obama has 49% among registered voters nationwide, while Romney has 44%."
_G0 = "The same poll showed Obama with only a one-point margin (47%-46%) one week ago"
_CNN = "According to a CNN/ORC International Poll released Tuesday, Romney received a one point bounce"
_JUL = "The last time Obama held a five-point margin over Romney occurred on July 1"
DOCS.append(("a_2012-09-09_1stac7SbJfWLb96k.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama opened up his largest margin over Mitt Romney"),
    F("candidacy", "obama", "us_pres_2012", "President Barack Obama opened up his largest margin over Mitt Romney"),
    F("candidacy", "romney", "us_pres_2012", "President Barack Obama opened up his largest margin over Mitt Romney"),
    F("poll", "obama", "us_pres_2012", [_G1, "in Gallup's daily tracking poll"], 49, pollster="Gallup"),
    F("poll", "romney", "us_pres_2012", [_G1, "in Gallup's daily tracking poll"], 44, pollster="Gallup"),
    F("poll", "obama", "us_pres_2012", _G0, 47, pollster="Gallup"),
    F("poll", "romney", "us_pres_2012", [_G0, "President Barack Obama opened up his largest margin over Mitt Romney"], 46, pollster="Gallup"),
    F("poll", "romney", "us_pres_2012", _CNN, 48, pollster="CNN/ORC International"),
    F("poll", "obama", "us_pres_2012", _CNN, 49, pollster="CNN/ORC International"),
    F("poll", "obama", "us_pres_2012", _JUL, 48, pollster="Gallup"),
    F("poll", "romney", "us_pres_2012", _JUL, 43, pollster="Gallup"),
    F("holds_office", "bclinton", "pres_us", "including former President Bill Clinton, gave prime time speeches", former=True),
    F("candidacy", "bclinton", "us_pres_1992", ["like the 16-point bump Clinton received after the 1992 convention",
                                                "including former President Bill Clinton, gave prime time speeches"]),
]))

# ---------------------------------------------------------------- 2012-09-09 AP, August fundraising
DOCS.append(("a_2012-09-09_8HxKeSeXfFjUGkzJ.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama and Democrats pulled slightly ahead of Mitt Romney and Republicans"),
    F("party", "obama", "dem", ["President Barack Obama and Democrats pulled slightly ahead of Mitt Romney and Republicans",
                                "That had been the third straight month he and the Democratic Party trailed Romney and the GOP"]),
    F("party", "romney", "rep", ["President Barack Obama and Democrats pulled slightly ahead of Mitt Romney and Republicans",
                                 "That had been the third straight month he and the Democratic Party trailed Romney and the GOP"]),
    F("candidacy", "obama", "us_pres_2012", ["Both candidates are claiming momentum coming out of their national conventions",
                                             "Obama reversed a three-month trend at the time he needs it most"]),
    F("candidacy", "romney", "us_pres_2012", ["Both candidates are claiming momentum coming out of their national conventions",
                                              "And Romney has socked away more cash for the general election campaign."]),
    F("candidacy", "ryan", "us_pres_2012", "Mitt Romney and Paul Ryan are offering bold solutions"),
    F("holds_office", "priebus", "rnc_chair", "Republican National Committee chairman Reince Priebus said in a joint statement"),
]))

# ---------------------------------------------------------------- 2012-09-21 Washington Times, coal bills
_BERK = "The Democrats voting in favor included Rep. Shelley Berkley"
DOCS.append(("a_2012-09-21_tx8q8dup9f8GuCIg.txt", [
    F("holds_office", "obama", "pres_us", "President Obama has indicated that he would veto it"),
    F("holds_office", "hastings", "nat_res_chair", "said House Natural Resources Committee Chair Doc Hastings, Washington state Republican"),
    F("holds_office", "hastings", "rep_wa4", "said House Natural Resources Committee Chair Doc Hastings, Washington state Republican"),
    F("party", "hastings", "rep", "said House Natural Resources Committee Chair Doc Hastings, Washington state Republican"),
    F("holds_office", "berkley", "rep_nv1", _BERK),
    F("party", "berkley", "dem", _BERK),
    F("candidacy", "berkley", "nv_sen_2012", _BERK),
    F("holds_office", "critz", "rep_pa12", _BERK),
    F("party", "critz", "dem", _BERK),
    F("candidacy", "critz", "pa12_2012", _BERK),
    F("candidacy", "rothfus", "pa12_2012", _BERK),
    F("party", "rothfus", "rep", _BERK),
    F("holds_office", "markey", "rep_ma7", "Rep. Ed Markey, Massachusetts Democrat, called the legislation"),
    F("party", "markey", "dem", "Rep. Ed Markey, Massachusetts Democrat, called the legislation"),
]))

# ---------------------------------------------------------------- 2012-10-03 Politico, Romney and Bush
DOCS.append(("a_2012-10-03_DPwpTs8ibrWFUoa3.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama turns to Mitt Romney at the first face-off"),
    F("candidacy", "obama", "us_pres_2012", "President Barack Obama turns to Mitt Romney at the first face-off"),
    F("candidacy", "romney", "us_pres_2012", "President Barack Obama turns to Mitt Romney at the first face-off"),
    F("holds_office", "gwbush", "pres_us", "Romney would represent a third term for George W. Bush and the 43rd president", former=True),
    F("candidacy", "mccain", "us_pres_2008", "as he did with devastating success to John McCain four years ago"),
    F("candidacy", "obama", "us_pres_2008", "as he did with devastating success to John McCain four years ago"),
]))

# ---------------------------------------------------------------- 2012-11-01 Fox News, early voting
DOCS.append(("a_2012-11-01_1U8ri1z3H3RqALfh.txt", [
    F("candidacy", "obama", "us_pres_2012", "President Obama and Mitt Romney have urged potential voters"),
    F("candidacy", "romney", "us_pres_2012", "President Obama and Mitt Romney have urged potential voters"),
    F("holds_office", "obama", "pres_us", "President Obama and Mitt Romney have urged potential voters"),
    F("party", "harber", "rep", "said Tyler Harber, Republican strategist"),
    F("holds_office", "omalley", "gov_md", "but Democratic Gov. Martin O’Malley extended the program until Friday"),
    F("party", "omalley", "dem", "but Democratic Gov. Martin O’Malley extended the program until Friday"),
    F("holds_office", "mcdonnell", "gov_va", "Virginia Republican Gov. Bob McDonnell has extended absentee voting"),
    F("party", "mcdonnell", "rep", "Virginia Republican Gov. Bob McDonnell has extended absentee voting"),
]))

# ---------------------------------------------------------------- 2012-11-01 Fox News, Obama's one-term remark
DOCS.append(("a_2012-11-01_oiIh1qacerWYCPuG.txt", [
    F("holds_office", "obama", "pres_us", "President Obama on Thursday may have moved the goalposts"),
    F("candidacy", "obama", "us_pres_2012", "for Obama's re-election campaign"),
    F("candidacy", "romney", "us_pres_2012", ["Thursday was the first day since Sandy hit that both candidates were out on the trail",
                                              "Romney's campaign says the former Massachusetts governor is the only one offering"]),
    F("holds_office", "romney", "gov_ma", "Romney's campaign says the former Massachusetts governor is the only one offering", former=True),
]))

# ---------------------------------------------------------------- 2012-11-15 Fox News, Mia Love and the GOP
_LOVE = "Love, a black Republican who fired up the crowd in Tampa, lost to Democrat Jim Matheson"
_LIKE = "Like Romney, the 36-year-old Love lost her race"
_HRC = "Republican representatives picked Rep. Cathy McMorris Rodgers, R-Wash., as chairwoman"
_FAIL = "considering failed Senate candidates Todd Akin in Missouri and Richard Mourdock in Indiana"
DOCS.append(("a_2012-11-15_xdtHHInAXBqhMrRS.txt", [
    F("candidacy", "love", "ut4_2012", "House candidate Mia Love looked every bit the future"),
    F("endorsement", "romney", "love", "House candidate Mia Love looked every bit the future"),
    F("party", "love", "rep", _LOVE),
    F("lost", "love", "ut4_2012", _LOVE),
    F("won", "matheson", "ut4_2012", _LOVE),
    F("candidacy", "matheson", "ut4_2012", _LOVE),
    F("party", "matheson", "dem", _LOVE),
    F("candidacy", "romney", "us_pres_2012", "in the presidential race between Romney and President Obama"),
    F("candidacy", "obama", "us_pres_2012", "in the presidential race between Romney and President Obama"),
    F("holds_office", "obama", "pres_us", "in the presidential race between Romney and President Obama"),
    F("lost", "romney", "us_pres_2012", _LIKE),
    F("won", "obama", "us_pres_2012", ["in the presidential race between Romney and President Obama", _LIKE]),
    F("party", "romney", "rep", "that Democrats used to tag Romney and other GOP candidates"),
    F("candidacy", "gwbush", "us_pres_2004", "than it did in 2004 with George W. Bush, who won 44 percent"),
    F("party", "griffin", "rep", "Taylor Griffin, a Republican strategist with Washington-based Hamilton Place Strategies"),
    F("candidacy", "akin", "mo_sen_2012", _FAIL),
    F("lost", "akin", "mo_sen_2012", _FAIL),
    F("candidacy", "mourdock", "in_sen_2012", _FAIL),
    F("lost", "mourdock", "in_sen_2012", _FAIL),
    F("party", "akin", "rep", _FAIL),
    F("party", "mourdock", "rep", _FAIL),
    F("party", "finney", "dem", "Democratic strategist Karen Finney told NBC on Wednesday"),
    F("candidacy", "mcmorris", "hrc_chair_2012", _HRC),
    F("won", "mcmorris", "hrc_chair_2012", _HRC),
    F("holds_office", "mcmorris", "hrc_chair", _HRC),
    F("holds_office", "mcmorris", "rep_wa5", _HRC),
    F("party", "mcmorris", "rep", _HRC),
    F("candidacy", "tprice", "hrc_chair_2012", _HRC),
    F("lost", "tprice", "hrc_chair_2012", _HRC),
    F("holds_office", "tprice", "rep_ga6", _HRC),
    F("party", "tprice", "rep", [_HRC, "Price is seen to represent the more conservative wing of the party"]),
    F("holds_office", "pelosi", "house_min_leader", "as Nancy Pelosi announced she would seek another term as minority leader"),
    F("candidacy", "pelosi", "house_dem_leader_2012", "as Nancy Pelosi announced she would seek another term as minority leader"),
    F("party", "pelosi", "dem", "as Nancy Pelosi announced she would seek another term as minority leader"),
    F("holds_office", "priebus", "rnc_chair", "Reince Priebus, chairman of the Republican National Committee, ordered"),
    F("holds_office", "boehner", "speaker", "House Speaker John Boehner said after the election"),
    F("holds_office", "boehner", "rep_oh8", S("House Speaker John Boehner said after the election", through="the Ohio congressman did not commit")),
    F("holds_office", "graham", "sen_sc", "Boehner was followed by Sen. Lindsey Graham, R-S.C."),
    F("party", "graham", "rep", "Boehner was followed by Sen. Lindsey Graham, R-S.C."),
    F("holds_office", "rubio", "sen_fl", "Republicans frequently point to Florida Sen. Marco Rubio"),
    F("holds_office", "portman", "sen_oh", "Griffin mentioned Ohio Sen. Rob Portman and Wisconsin Rep. Paul Ryan"),
    F("holds_office", "ryan", "rep_wi1", "Griffin mentioned Ohio Sen. Rob Portman and Wisconsin Rep. Paul Ryan"),
]))

# ---------------------------------------------------------------- 2014-08-17 Sarah Palin op-ed on Rick Perry's indictment
_PAL = "I was riddled with countless frivolous ethics complaints and lawsuits after being nominated as the GOP vice presidential candidate"
_PALN = "the complicit liberal media's consistent headline: “Palin Charged With Ethic Complaints!”"
DOCS.append(("a_2014-08-17_UxmPtKTLm4Ti3Ndg.txt", [
    F("holds_office", "perry", "gov_tx", "Friday, Texas Gov. Rick Perry was indicted on two counts of abuse of power."),
    F("party", "perry", "rep", "and Governor Perry is a Republican, Democrats rallied around her"),
    F("holds_office", "lehmberg", "da_travis", "Case in point: Travis County District Attorney Rosemary Lehmberg."),
    F("party", "lehmberg", "dem", ["But because this D.A. is a hardcore Democrat in a hardcore-Democrat county",
                                   "and drunk or sober, Lehmberg was one of them"]),
    F("holds_office", "obama", "pres_us", ["Remember Barack Obama telling his followers", "the liberal president's threats against Congress"]),
    F("candidacy", "palin", "us_pres_2008", [_PAL, _PALN]),
    F("party", "palin", "rep", [_PAL, _PALN]),
    F("holds_office", "palin", "gov_ak", [_PAL, _PALN, "my own experience as a conservative governor"], former=True),
]))

# ---------------------------------------------------------------- 2016-01-05 Politico, Cruz as solicitor general
_SG = "the man who was then the state’s solicitor general, Ted Cruz"
DOCS.append(("a_2016-01-05_yGXlMyk2biAHOi4x.txt", [
    F("holds_office", "cruz", "sg_tx", _SG, former=True),
    F("candidacy", "cruz", "ia_rep_caucus_2016", "with the White House pushing new gun restrictions and Cruz's candidacy riding on next month's Iowa caucuses"),
    F("party", "cruz", "rep", "it's no surprise that the Texas Republican would embrace gun rights"),
    F("candidacy", "cruz", "us_rep_prim_2016", "As Cruz climbs to the top of the Republican presidential field"),
    F("candidacy", "cruz", "tx_sen_2012", S("As Cruz climbs to the top of the Republican presidential field", through="when he was elected to the U.S. Senate in 2012")),
    F("won", "cruz", "tx_sen_2012", S("As Cruz climbs to the top of the Republican presidential field", through="when he was elected to the U.S. Senate in 2012")),
    F("holds_office", "cruz", "sen_tx", S("As Cruz climbs to the top of the Republican presidential field", through="the three years he has served so far in the Senate.")),
    F("candidacy", "jbush", "us_rep_prim_2016", "he has more money at his disposal than any candidate besides Jeb Bush"),
    F("party", "jbush", "rep", ["he has more money at his disposal than any candidate besides Jeb Bush",
                                "As Cruz climbs to the top of the Republican presidential field"]),
    F("funding", "neugebauer", "ktp2", "Toby Neugebauer, who wrote a $10 million check to the Cruz super PAC called Keep the Promise II", 10000000),
    # adjudicated (r2): "We’re backing someone"; a super PAC supporting Cruz (as b10 does for Keep the Promise)
    F("endorsement", "neugebauer", "cruz", ["Toby Neugebauer, who wrote a $10 million check to the Cruz super PAC called Keep the Promise II", "“We’re backing someone,” Neugebauer told me"]),
    F("endorsement", "ktp2", "cruz", "Toby Neugebauer, who wrote a $10 million check to the Cruz super PAC called Keep the Promise II"),
    F("holds_office", "rehnquist", "cj_us", "as a clerk to then-Supreme Court Chief Justice William Rehnquist", former=True),
    F("candidacy", "gwbush", "us_pres_2000", "as a domestic policy analyst in George W. Bush’s presidential campaign"),
    F("won", "gwbush", "us_pres_2000", "the frantic recount in Florida that ultimately won Bush the election"),
    F("holds_office", "abbott", "ag_tx", "offered to him by Greg Abbott—then the attorney general of Texas, now the governor", former=True),
    F("holds_office", "abbott", "gov_tx", "offered to him by Greg Abbott—then the attorney general of Texas, now the governor"),
    F("holds_office", "phillips", "cj_tx", "said Tom Phillips, who was the chief justice of the Supreme Court of Texas", former=True),
    F("holds_office", "ho", "sg_tx", "said Jim Ho, an attorney in Dallas who succeeded Cruz as solicitor general", former=True),
]))

# ---------------------------------------------------------------- 2016-05-13 Salon, Trump and the media
_NOM = "Donald Trump's blend of bombast, amorality and media savvy has carried him to the Republican nomination."
DOCS.append(("a_2016-05-13_m3VST7N3w611h0i6.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", _NOM),
    F("won", "trump", "us_rep_prim_2016", _NOM),
    F("candidacy", "trump", "us_pres_2016", _NOM),
    F("party", "trump", "rep", [_NOM, "While the Republican Party is ultimately responsible for Trump (they welcomed him into their big tent, after all)"]),
]))

# ---------------------------------------------------------------- 2016-06-07 CBN, Clinton clinches the nomination
_HC = "Hillary Clinton assumed the mantle of the Democratic Party Tuesday after a grueling primary season."
_ST = "But even after winning the California, New Jersey, New Mexico and South Dakota primaries"
_BS = "She now has to appeal to the supporters of her rival Bernie Sanders"
_GOP = "the GOP presumptive nominee told supporters"
DOCS.append(("a_2016-06-07_3Mdppoztn7M4opbN.txt", [
    F("candidacy", "hclinton", "us_dem_prim_2016", _HC),
    F("won", "hclinton", "us_dem_prim_2016", [_HC, "voters have chosen a woman to be the presidential nominee of a major political party"]),
    F("party", "hclinton", "dem", _HC),
    F("candidacy", "hclinton", "ca_dem_prim_2016", _ST),
    F("candidacy", "hclinton", "nj_dem_prim_2016", _ST),
    F("candidacy", "hclinton", "nm_dem_prim_2016", _ST),
    F("candidacy", "hclinton", "sd_dem_prim_2016", _ST),
    F("won", "hclinton", "ca_dem_prim_2016", _ST),
    F("won", "hclinton", "nj_dem_prim_2016", _ST),
    F("won", "hclinton", "nm_dem_prim_2016", _ST),
    F("won", "hclinton", "sd_dem_prim_2016", _ST),
    F("candidacy", "sanders", "us_dem_prim_2016", _BS),
    F("lost", "sanders", "us_dem_prim_2016", [_HC, _BS]),
    F("candidacy", "sanders", "dc_dem_prim_2016", "We're going to fight hard to win the primary in Washington, D.C.,\" vowed Sanders"),
    F("candidacy", "hclinton", "us_pres_2016", "Trump accused the Democratic nominee and her husband of \"selling access\""),
    F("candidacy", "trump", "us_pres_2016", ["Trump accused the Democratic nominee and her husband of \"selling access\"",
                                             "as both nominees make their case to the electorate"]),
    F("candidacy", "trump", "us_rep_prim_2016", ["Meanwhile, Donald Trump says his campaign is beginning a new chapter.", _GOP]),
    F("party", "trump", "rep", ["Meanwhile, Donald Trump says his campaign is beginning a new chapter.", _GOP]),
    F("holds_office", "hclinton", "sos_us", "Hillary Clinton turned the State Department into her private hedge fund", former=True),
    F("holds_office", "curiel", "judge_us_dist", "Trump accused U.S. District Court Judge Gonzalo Curiel"),
]))

# ---------------------------------------------------------------- 2016-07-28 Christian Science Monitor, 1952 and 2016
_KEF = "Sen. Estes Kefauver of Tennessee played the part of Bernie Sanders."
_STEV = "Illinois Gov. Adlai Stevenson was the nominee"
_MCG = "with outsiders George McGovern and Jimmy Carter winning Democratic nominations"
DOCS.append(("a_2016-07-28_CPBiqqtar9QToEOW.txt", [
    F("candidacy", "sanders", "us_dem_prim_2016", "showing the Democratic National Committee favored Hillary Clinton over the senator from Vermont"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "showing the Democratic National Committee favored Hillary Clinton over the senator from Vermont"),
    F("party", "hclinton", "dem", "showing the Democratic National Committee favored Hillary Clinton over the senator from Vermont"),
    F("holds_office", "sanders", "sen_vt", ["Bernie Sanders isn’t alone.", "showing the Democratic National Committee favored Hillary Clinton over the senator from Vermont"]),
    F("holds_office", "dws", "dnc_chair", "The uproar ousted DNC chief Debbie Wasserman Schultz.", former=True),
    F("holds_office", "kefauver", "sen_tn", _KEF, former=True),
    F("candidacy", "kefauver", "us_dem_prim_1952", S("A progressive for his time and state, Kefauver campaigned in primaries", through="15 Democratic primaries.")),
    F("party", "kefauver", "dem", ["In this context the 1952 Democratic race might be instructive.", _KEF]),
    F("candidacy", "kefauver", "nh_dem_prim_1952", S("A progressive for his time and state, Kefauver campaigned in primaries", through="15 Democratic primaries.")),
    F("won", "kefauver", "nh_dem_prim_1952", S("A progressive for his time and state, Kefauver campaigned in primaries", through="15 Democratic primaries.")),
    F("lost", "kefauver", "us_dem_prim_1952", "Kefauver arrived at the Democratic convention in Chicago a few hundred delegates short of a majority"),
    F("candidacy", "stevenson", "us_dem_prim_1952", _STEV),
    F("won", "stevenson", "us_dem_prim_1952", _STEV),
    F("holds_office", "stevenson", "gov_il", _STEV, former=True),
    F("party", "stevenson", "dem", S("Kefauver arrived at the Democratic convention in Chicago", through=_STEV)),
    F("holds_office", "truman", "pres_us", "But incumbent President Harry Truman despised him.", former=True),
    F("candidacy", "mcgovern", "us_dem_prim_1972", _MCG),
    F("won", "mcgovern", "us_dem_prim_1972", _MCG),
    F("party", "mcgovern", "dem", _MCG),
    F("candidacy", "carter", "us_dem_prim_1976", _MCG),
    F("won", "carter", "us_dem_prim_1976", _MCG),
    F("party", "carter", "dem", _MCG),
    F("candidacy", "carter", "us_pres_1976", _MCG),
    F("won", "carter", "us_pres_1976", _MCG),
    F("holds_office", "carter", "pres_us", _MCG, former=True),
]))

# ---------------------------------------------------------------- 2018-04-11 The Hill, Paul Ryan retires
_RY = "Speaker Paul Ryan Paul Davis Ryan"
_MCC2 = "House Majority Leader Kevin McCarthy Kevin Owen McCarthy"
_SCA = "and House Majority Whip Steve Scalise Stephen (Steve) Joseph Scalise"
_SPK = "Ryan, 48, became Speaker in 2015 after former Speaker John Boehner"
_CHA = "said House Small Business Committee Chairman Steve Chabot Steven (Steve) Joseph Chabot"
_RD = "Rep. Rodney Davis Rodney Lee Davis"
_MCN = "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnell"
DOCS.append(("a_2018-04-11_2LLxvHteGdwtClrk.txt", [
    F("holds_office", "ryan", "speaker", _RY, start="2015"),
    F("holds_office", "ryan", "rep_wi1", [_RY, "Ryan said during a news conference that he will serve out his term and retire from Congress in January."]),
    F("party", "ryan", "rep", _RY),
    F("holds_office", "newsom", "gov_ca", "California Governor Newsom and family dress as 2020 Democrats for Halloween"),
    F("holds_office", "trump", "pres_us", "hailed Ryan as a \"truly good man\" in a tweet about his retirement"),
    F("holds_office", "kmccarthy", "house_maj_leader", _MCC2),
    F("holds_office", "kmccarthy", "rep_ca23", _MCC2),
    F("party", "kmccarthy", "rep", _MCC2),
    F("holds_office", "scalise", "house_maj_whip", _SCA),
    F("holds_office", "scalise", "rep_la1", _SCA),
    F("party", "scalise", "rep", _SCA),
    F("candidacy", "ryan", "speaker_2015", S(_SPK, through="He was a consensus choice after McCarthy dropped a bid for the speakership.")),
    F("won", "ryan", "speaker_2015", S(_SPK, through="He was a consensus choice after McCarthy dropped a bid for the speakership.")),
    F("candidacy", "kmccarthy", "speaker_2015", S(_SPK, through="He was a consensus choice after McCarthy dropped a bid for the speakership.")),
    F("holds_office", "boehner", "speaker", _SPK, former=True),
    F("party", "boehner", "rep", _SPK),
    F("holds_office", "chabot", "smallbiz_chair", _CHA),
    F("holds_office", "chabot", "rep_oh1", _CHA),
    F("party", "chabot", "rep", _CHA),
    F("candidacy", "ryan", "us_pres_2012", "Ryan served as the GOP's vice presidential candidate in 2012"),
    F("holds_office", "ryan", "ways_means_chair", "Ryan served as the GOP's vice presidential candidate in 2012", former=True),
    F("holds_office", "ryan", "budget_chair", "Ryan served as the GOP's vice presidential candidate in 2012", former=True),
    F("holds_office", "rdavis", "rep_il13", _RD),
    F("party", "rdavis", "rep", _RD),
    F("holds_office", "mcconnell", "sen_maj_leader", _MCN),
    F("holds_office", "mcconnell", "sen_ky", _MCN),
    F("party", "mcconnell", "rep", _MCN),
]))

# ---------------------------------------------------------------- 2018-09-11 Reuters, "Tax Reform 2.0"
_BR = "Chairman of the House Ways and Means Committee Kevin Brady (R-TX) holds up a sample tax form"
DOCS.append(("a_2018-09-11_nQ3zgxUrP9dJA5Ut.txt", [
    F("holds_office", "trump", "pres_us", "by the Republican-controlled Congress and President Donald Trump in December"),
    F("party", "trump", "rep", "Trump and his Republicans are touting December’s tax cuts"),
    F("holds_office", "brady", "ways_means_chair", [_BR, "House tax committee Chairman Kevin Brady, main author"]),
    F("holds_office", "brady", "rep_tx8", _BR),
    F("party", "brady", "rep", _BR),
    F("holds_office", "pelosi", "house_min_leader", "In a statement on Monday, House Democratic leader Nancy Pelosi said"),
    F("party", "pelosi", "dem", "In a statement on Monday, House Democratic leader Nancy Pelosi said"),
]))

# ---------------------------------------------------------------- 2020-01-13 Bustos and Ocasio-Cortez
_AOC = "whether or not Rep. Alexandria Ocasio-Cortez (D-N.Y.) was good for the party"
_BUS = "CNN's Victor Blackwell asked DCCC chair Rep. Cheri Bustos (D-Ill.)."
DOCS.append(("a_2020-01-13_8aG7geUvnvjMsKlE.txt", [
    F("holds_office", "aoc", "rep_ny14", _AOC),
    F("party", "aoc", "dem", _AOC),
    F("holds_office", "bustos", "dccc_chair", _BUS),
    F("holds_office", "bustos", "rep_il17", _BUS),
    F("party", "bustos", "dem", _BUS),
    F("candidacy", "trump", "us_pres_2016", "Look, I come from a district that Donald Trump won."),
]))

# ---------------------------------------------------------------- 2020-01-17 NYT, Trump and Sanders conspiracies
_RIV = "stood to gain by fanning the flames of the rivalry between Mr. Sanders and Hillary Clinton"
DOCS.append(("a_2020-01-17_m3VLVJR6gW3KhnfD.txt", [
    F("candidacy", "trump", "us_pres_2016", "During the 2016 campaign, Mr. Trump circulated the false and unsourced claim"),
    F("candidacy", "sanders", "us_dem_prim_2016", _RIV),
    F("candidacy", "hclinton", "us_dem_prim_2016", _RIV),
    F("lost", "sanders", "us_dem_prim_2016", _RIV),
    F("won", "hclinton", "us_dem_prim_2016", _RIV),
    F("won", "trump", "us_pres_2016", "Even after winning the election, Mr. Trump continued to claim"),
    F("holds_office", "brazile", "dnc_chair", "When Donna Brazile, the former Democratic National Committee chairwoman, released a memoir", former=True),
    F("candidacy", "sanders", "us_dem_prim_2020", "that Mr. Sanders was generally getting a raw deal from the mainstream news media and other candidates in the race"),
    F("holds_office", "trump", "pres_us", ["about the president’s conspiracy tweet, Mr. Sanders denounced the theories",
                                           "Conspiracies surrounding Mr. Sanders’s political fortunes have been a particular fixation for Mr. Trump"]),
    F("candidacy", "trump", "us_pres_2020", S("It is Donald Trump’s action to use the power", through="sweep him out of the White House in November.")),
]))

# ---------------------------------------------------------------- 2020-02-20 Vox, Warren's debate fundraising
_SW = "Sens. Bernie Sanders (I-VT) and Elizabeth Warren (D-MA) began fundraising at a blistering pace"
_KL = "Sen. Amy Klobuchar’s (D-MN) New Hampshire debate performance a few weeks ago"
DOCS.append(("a_2020-02-20_4CZztnDhD6ClAtQf.txt", [
    F("holds_office", "sanders", "sen_vt", _SW),
    F("holds_office", "warren", "sen_ma", _SW),
    F("party", "warren", "dem", _SW),
    F("candidacy", "sanders", "us_dem_prim_2020", _SW),
    F("candidacy", "warren", "us_dem_prim_2020", _SW),
    F("holds_office", "bloomberg", "mayor_nyc", "the appearance of multibillionaire and former New York City Mayor Mike Bloomberg", former=True),
    F("candidacy", "bloomberg", "us_dem_prim_2020", ["As the fiery Democratic debate in Nevada raged on Wednesday night",
                                                     "the appearance of multibillionaire and former New York City Mayor Mike Bloomberg"]),
    F("party", "bloomberg", "dem", ["As the fiery Democratic debate in Nevada raged on Wednesday night",
                                    "the appearance of multibillionaire and former New York City Mayor Mike Bloomberg"]),
    F("holds_office", "klobuchar", "sen_mn", _KL),
    F("party", "klobuchar", "dem", _KL),
    F("candidacy", "klobuchar", "us_dem_prim_2020", _KL),
    F("candidacy", "klobuchar", "nh_dem_prim_2020", _KL),
    F("lost", "klobuchar", "nh_dem_prim_2020", _KL),
    F("candidacy", "sanders", "nh_dem_prim_2020", _KL),
    F("won", "sanders", "nh_dem_prim_2020", _KL),
    F("candidacy", "buttigieg", "nh_dem_prim_2020", _KL),
    F("lost", "buttigieg", "nh_dem_prim_2020", _KL),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _KL),
    F("party", "buttigieg", "dem", [_KL, "As the fiery Democratic debate in Nevada raged on Wednesday night"]),
    F("holds_office", "buttigieg", "mayor_sb", _KL, former=True),
    F("candidacy", "warren", "nv_dem_caucus_2020", "whether this will also boost Warren significantly in the Nevada caucuses"),
    F("candidacy", "warren", "nh_dem_prim_2020", "since her fourth-place finish in New Hampshire"),
    F("lost", "warren", "nh_dem_prim_2020", "since her fourth-place finish in New Hampshire"),
]))

# ---------------------------------------------------------------- 2020-03-05 Fox News town hall with Trump
DOCS.append(("a_2020-03-05_4m4HoFjo99IBA8t9.txt", [
    F("holds_office", "trump", "pres_us", "Instead of responding with concrete plans that might allay fears, the president pointed to polls"),
    F("holds_office", "obama", "pres_us", ["between the coronavirus crisis and the H1N1 outbreak in 2009 in the early days of the Obama presidency",
                                           "“President Obama gave me 142 openings when I first got there,” Trump said."], former=True),
    F("holds_office", "mcconnell", "sen_maj_leader", "In reality, Republicans in the Senate led by Majority Leader Mitch McConnell filibustered"),
    F("party", "mcconnell", "rep", "In reality, Republicans in the Senate led by Majority Leader Mitch McConnell filibustered"),
    F("candidacy", "trump", "us_pres_2016", "which he had promised to pay off within eight years while running as a candidate in 2016"),
    F("candidacy", "sanders", "us_dem_prim_2020", "The rapidly dwindling Democratic field also came up in the town hall"),
    F("candidacy", "warren", "us_dem_prim_2020", "He needled Elizabeth Warren for dropping out after Super Tuesday"),
    F("party", "warren", "dem", ["The rapidly dwindling Democratic field also came up in the town hall", "He needled Elizabeth Warren for dropping out after Super Tuesday"]),
    F("candidacy", "trump", "us_pres_2020", S("“There‘s so many things we could do,“ Trump said.", through="I really believe we are going to win back the next election")),
]))

# ---------------------------------------------------------------- 2020-04-24 Yahoo "The 360", Biden's running mate
_BID = "Now that Joe Biden has emerged from a turbulent Democratic presidential primary as the party’s presumptive nominee"
_KW = "Minnesota Sen. Amy Klobuchar and Michigan Gov. Gretchen Whitmer are among the candidates cited"
_WH = "Two of his primary rivals, Massachusetts Sen. Elizabeth Warren and Sen. Kamala Harris of California"
_OTH = "Numerous other names have been proposed, including Wisconsin Sen. Tammy Baldwin"
DOCS.append(("a_2020-04-24_cJYAnDjAekx0Cn0N.txt", [
    F("candidacy", "biden", "us_dem_prim_2020", _BID),
    F("won", "biden", "us_dem_prim_2020", ["Biden won the Democratic primary with a policy platform", _BID]),
    F("party", "biden", "dem", _BID),
    F("candidacy", "biden", "us_pres_2020", _BID),
    F("candidacy", "trump", "us_pres_2020", _BID),
    F("holds_office", "trump", "pres_us", "unite the majority of Americans who have disapproved of his presidency for its entire term"),
    F("holds_office", "klobuchar", "sen_mn", _KW),
    F("holds_office", "whitmer", "gov_mi", _KW),
    F("holds_office", "warren", "sen_ma", _WH),
    F("holds_office", "harris", "sen_ca", _WH),
    F("candidacy", "warren", "us_dem_prim_2020", _WH),
    F("candidacy", "harris", "us_dem_prim_2020", _WH),
    F("party", "warren", "dem", [_BID, _WH]),
    F("party", "harris", "dem", [_BID, _WH]),
    F("candidacy", "abrams", "ga_gov_2018", "who garnered national attention during her campaign for Georgia governor in 2018"),
    F("holds_office", "baldwin", "sen_wi", _OTH),
    F("holds_office", "duckworth", "sen_il", _OTH),
    F("holds_office", "cortezmasto", "sen_nv", _OTH),
    F("holds_office", "lujangrisham", "gov_nm", _OTH),
]))

# ---------------------------------------------------------------- Current Events 2014-07-01, Schulz re-elected EP President
_SCH = "The German Social Democrat Martin Schulz is reelected President of the European Parliament"
_RES = "Martin Schulz resigns as leader of the Social Democratic Party of Germany (SPD) with immediate effect."
_SCZ = "The mayor of Hamburg Olaf Scholz will serve as interim leader until a new leader is elected."
_END = "The Social Democratic Party of Germany endorses Martin Schulz as its leader."
_BER = "Italian Prime Minister Silvio Berlusconi makes an embarrassing remark"
_TAJ = "Antonio Tajani, the current President of the European Parliament, accepts the offer of Silvio Berlusconi"
DOCS.append(("c_2014-07-01_the-german-social-democrat-martin-schulz.txt", [
    F("candidacy", "schulz", "ep_pres_2014", _SCH),
    F("won", "schulz", "ep_pres_2014", _SCH),
    F("holds_office", "schulz", "ep_pres", _SCH),
    F("party", "schulz", "spd", [_SCH, _RES, "insulting the German MEP Martin Schulz (SPD)"]),
    F("holds_office", "schulz", "spd_leader", [_RES, _END], former=True),
    F("holds_office", "scholz", "mayor_hh", _SCZ),
    F("holds_office", "scholz", "spd_leader", S(_RES, through=_SCZ)),
    F("party", "scholz", "spd", S(_RES, through=_SCZ)),
    F("endorsement", "spd", "schulz", _END),
    F("candidacy", "schulz", "spd_leader_2017", _END),
    F("won", "schulz", "spd_leader_2017", _END),
    F("holds_office", "berlusconi", "pm_it", _BER, former=True),
    F("holds_office", "schulz", "mep", "insulting the German MEP Martin Schulz (SPD)", former=True),
    F("holds_office", "tajani", "ep_pres", _TAJ),
    F("candidacy", "tajani", "it_gen_2018", _TAJ),
    F("party", "tajani", "fi", _TAJ),
    F("endorsement", "berlusconi", "tajani", _TAJ),
]))

# ---------------------------------------------------------------- Current Events 2016-05-30, Philippines proclaims Duterte and Robredo
_PRO = "The Congress of the Philippines proclaims Rodrigo Duterte and Leni Robredo as President-elect and Vice President-elect"
_PRO2 = "Congress proclaims Rodrigo Duterte as president-elect and Leni Robredo as vice president-elect"
_MAR = "The Supreme Court of the Philippines allows the electoral protest of defeated candidate  Bongbong Marcos"
DOCS.append(("c_2016-05-30_the-congress-of-the-philippines-proclaim.txt", [
    F("candidacy", "duterte", "ph_pres_2016", [_PRO, "Rodrigo Duterte is officially elected as President and Leni Robredo as Vice President."]),
    F("won", "duterte", "ph_pres_2016", [_PRO, _PRO2, "Rodrigo Duterte is officially elected as President and Leni Robredo as Vice President."]),
    F("candidacy", "robredo", "ph_vp_2016", [_PRO, "Rodrigo Duterte is officially elected as President and Leni Robredo as Vice President."]),
    F("won", "robredo", "ph_vp_2016", [_PRO, _PRO2, "Rodrigo Duterte is officially elected as President and Leni Robredo as Vice President.",
                                       "regarding her narrow victory in last year's national elections"]),
    F("holds_office", "duterte", "pres_ph", ["Rodrigo Duterte is inaugurated as President of the Philippines",
                                             "President of the Philippines Rodrigo Duterte threatens"]),
    F("holds_office", "robredo", "vp_ph", ["Rodrigo Duterte is inaugurated as President of the Philippines and Leni Robredo as Vice President.",
                                           "Philippine vice president Leni Robredo faces an impeachment charge"]),
    F("party", "robredo", "lp_ph", "as well as the minority opposition Liberal Party (of which the Vice President of the Philippines Leni Robredo is its prominent member)"),
    F("candidacy", "bbmarcos", "ph_vp_2016", [_MAR, "Bongbong Marcos asks the Philippine Supreme Court to dismiss a counter-protest"]),
    F("lost", "bbmarcos", "ph_vp_2016", [_MAR, "Bongbong Marcos asks the Philippine Supreme Court to dismiss a counter-protest"]),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b11.jsonl")
    print("wrote", len(lines), "facts")
