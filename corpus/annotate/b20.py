# ruff: noqa: E501
"""Corpus annotation, batch b20 (see corpus/ANNOTATING.md)."""
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
R.party("pd_it", "Democratic Party (Italy)", ["Democratic Party"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("gov_pa", governor("Pennsylvania"))
O("judge_pa_cc", "Judge of the Commonwealth Court of Pennsylvania", generic=["Commonwealth Court Judge", "Judge"])
O("rep_md7", representative("Maryland", 7))
O("rm_oversight", "Ranking Member of the House Committee on Oversight and Government Reform",
  generic=["ranking member of the House Committee on Oversight and Government Reform", "Ranking Member"])
O("pa_house_maj", "Majority Leader of the Pennsylvania House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("sen_az", senator("Arizona"), ["senator"])
O("wa_senator", "Member of the Washington State Senate", generic=["Washington State Senator", "State Senator", "Senator"])
O("wa_sen_maj", "Majority Leader of the Washington State Senate", generic=["Senate Majority Leader", "Majority Leader", "majority leader"])
O("wa_sen_rep_leader", "Republican Floor Leader of the Washington State Senate", generic=["Republican floor leader", "Republican Leader", "floor leader"])
O("sec_state", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State", "Secretary"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor"])
O("sen_mi", senator("Michigan"), ["senator"])
O("rep_mi9", representative("Michigan", 9))
O("chair_sasc", "Chairman of the Senate Armed Services Committee", generic=["chairman of the Senate Armed Services Committee", "chairman of the Armed Services Committee", "Armed Services chairman"])
O("chair_wm", "Chairman of the House Ways and Means Committee", generic=["chairman of the House Ways and Means Committee", "Ways and Means chairman"])
O("sec_def", cabinet_secretary("Defense", "Defense"))
O("sen_sc", senator("South Carolina"))
O("sen_mo", senator("Missouri"))
O("house_maj_leader", "Majority Leader of the United States House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("gov_tx", governor("Texas"), ["governor"])
O("da_travis", "District Attorney of Travis County", generic=["Travis County District Attorney", "District Attorney", "county District Attorney"])
O("cj_tx", "Chief Justice of the Supreme Court of Texas", generic=["Texas Supreme Court Chief Justice", "Chief Justice"])
O("sen_tx", senator("Texas"), ["senator"])
O("gov_la", governor("Louisiana"))
O("gov_fl", governor("Florida"))
O("rep_ca8", representative("California", 8))
O("rep_ri1", representative("Rhode Island", 1))
O("sen_oh", senator("Ohio"))
O("rep_ca52", representative("California", 52))
O("gov_ia", governor("Iowa"))
O("sen_fl", senator("Florida"), ["senator"])
O("ag_us", "United States Attorney General", generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("dir_uscis", "Director of U.S. Citizenship and Immigration Services", generic=["USCIS Director", "Director of USCIS"])
O("special_counsel", "Special Counsel for the United States Department of Justice", generic=["special counsel", "Special Counsel"])
O("rep_az1", representative("Arizona", 1))
O("gov_ak", governor("Alaska"))
O("senate_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("speaker", "Speaker of the United States House of Representatives", generic=["House Speaker", "Speaker", "speaker"])
O("sen_ct", senator("Connecticut"))
O("dir_cia", "Director of the Central Intelligence Agency", generic=["CIA director", "CIA Director", "Director of the CIA"])
O("rep_tx16", representative("Texas", 16))
O("sen_ky", senator("Kentucky"))
O("sen_nd", senator("North Dakota"))
O("sen_in", senator("Indiana"))
O("sen_nv", senator("Nevada"))
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("rep_fl26", representative("Florida", 26))
O("rep_nj7", representative("New Jersey", 7))
O("rep_ks3", representative("Kansas", 3))
O("pm_it", head("Prime Minister", "Italy", "Italian"))
O("pres_it", head("President", "Italy", "Italian"))
O("sec_pd_it", "Secretary of the Democratic Party (Italy)", generic=["Secretary of the Democratic Party"])
O("mayor_florence", mayor("Florence"), ["Mayor of Florence"])
O("pres_cr", head("President", "Costa Rica", "Costa Rican"))
O("mindef_af", head("Minister of Defense", "Afghanistan", "Afghan"), generic=["Afghan Minister of Defense", "Minister of Defense", "Defense Minister"])
O("envoy_ru_af", "Special Envoy of the President of Russia to Afghanistan", generic=["Russian Special Envoy to Afghanistan", "Special Envoy"])
O("amb_us_tr", "United States Ambassador to Turkey", generic=["United States Ambassador", "U.S. Ambassador", "Ambassador"])
O("amb_tr_us", "Turkish Ambassador to the United States", generic=["Turkish Ambassador", "Ambassador"])
O("rep_ga6", representative("Georgia", 6))

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2000", "2000 Republican Party presidential primaries", "ocd-division/country:us", "2000", "primary", office="pres_us")
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("wa_sd48_2010", "2010 Washington State Senate election, District 48", "ocd-division/country:us/state:wa/sldu:48", "2010-11-02", "general")
E("wa_gov_2012", "2012 Washington gubernatorial election", "ocd-division/country:us/state:wa", "2012-11-06", "general", office="Governor of Washington")
E("mi_gov_1970", "1970 Michigan gubernatorial election", "ocd-division/country:us/state:mi", "1970-11-03", "general", office="Governor of Michigan")
E("mi_gov_1974", "1974 Michigan gubernatorial election", "ocd-division/country:us/state:mi", "1974-11-05", "general", office="Governor of Michigan")
E("mi_sen_1978", "1978 United States Senate election in Michigan", "ocd-division/country:us/state:mi", "1978-11-07", "general", office="sen_mi")
E("mi17_1982", "1982 Michigan's 17th congressional district election", "ocd-division/country:us/state:mi/cd:17", "1982-11-02", "general")
E("mi9_2014", "2014 Michigan's 9th congressional district election", "ocd-division/country:us/state:mi/cd:9", "2014-11-04", "general")
E("ca52_2014", "2014 California's 52nd congressional district election", "ocd-division/country:us/state:ca/cd:52", "2014-11-04", "general")
E("ma6_2014", "2014 Massachusetts's 6th congressional district election", "ocd-division/country:us/state:ma/cd:6", "2014-11-04", "general")
E("or_sen_2014", "2014 United States Senate election in Oregon", "ocd-division/country:us/state:or", "2014-11-04", "general", office="U.S. Senator from Oregon")
E("tx_sen_2018", "2018 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2018-11-06", "general", office="sen_tx")
E("fl_gov_2018", "2018 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2018-11-06", "general", office="gov_fl")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office="Governor of Georgia")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("nd_sen_2018", "2018 United States Senate election in North Dakota", "ocd-division/country:us/state:nd", "2018-11-06", "general", office="sen_nd")
E("in_sen_2018", "2018 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2018-11-06", "general", office="sen_in")
E("mo_sen_2018", "2018 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2018-11-06", "general", office="sen_mo")
E("fl_sen_2018", "2018 United States Senate election in Florida", "ocd-division/country:us/state:fl", "2018-11-06", "general", office="sen_fl")
E("az_sen_2018", "2018 United States Senate election in Arizona", "ocd-division/country:us/state:az", "2018-11-06", "general", office="sen_az")
E("nv_sen_2018", "2018 United States Senate election in Nevada", "ocd-division/country:us/state:nv", "2018-11-06", "general", office="sen_nv")
E("fl26_2018", "2018 Florida's 26th congressional district election", "ocd-division/country:us/state:fl/cd:26", "2018-11-06", "general")
E("nj7_2018", "2018 New Jersey's 7th congressional district election", "ocd-division/country:us/state:nj/cd:7", "2018-11-06", "general")
E("co_gov_2018", "2018 Colorado gubernatorial election", "ocd-division/country:us/state:co", "2018-11-06", "general", office="Governor of Colorado")
E("ks3_2018", "2018 Kansas's 3rd congressional district election", "ocd-division/country:us/state:ks/cd:3", "2018-11-06", "general")
E("it_pd_2017", "2017 Democratic Party (Italy) leadership election", "ocd-division/country:it", "2017-04-30", "general", office="sec_pd_it")
E("cr_pres_2014_r2", "2014 Costa Rican presidential election (second round)", "ocd-division/country:cr", "2014-04-06", "runoff", office="pres_cr")
E("ga6_2017", "2017 Georgia's 6th congressional district special election runoff", "ocd-division/country:us/state:ga/cd:6", "2017-06-20", "runoff", special=True)

# ---------------------------------------------------------------- people
P = R.person
P("simpson", "Robert Simpson", ["Judge Simpson", "Robert Simpson"])
P("corbett", "Tom Corbett", ["Gov. Tom Corbett"])
P("cummings", "Elijah Cummings", ["Elijah E. Cummings", "Mr. Cummings", "Cummings"], qid="Q934898")
P("turzai", "Mike Turzai", [])
P("romney", "Mitt Romney", ["Mr. Romney", "Romney", "Mitt"])
P("obama", "Barack Obama", ["Obama", "Mr. Obama", "President Obama"], qid="Q76")
P("mccain", "John McCain", ["McCain", "John Sidney McCain III", "Sen. John McCain"], qid="Q10390")
P("sheldon", "Tim Sheldon", ["Mr. Sheldon", "Sheldon"])
P("rtom", "Rodney Tom", ["Mr. Tom", "Senator Tom", "Senator Rodney Tom"])
P("murray", "Ed Murray", ["Senator Ed Murray"])
P("schoesler", "Mark Schoesler", ["Senator Mark Schoesler"])
P("inslee", "Jay Inslee", ["Inslee", "Governor-elect Inslee"])
P("christie", "Chris Christie", ["Christie"])
P("bclinton", "Bill Clinton", ["President Clinton"], qid="Q1124")
P("hclinton", "Hillary Clinton", ["Secretary Clinton", "Clinton"], qid="Q6294")
P("giuliani", "Rudy Giuliani", [])
P("gwbush", "George W. Bush", ["Bush", "George W. Bush"], qid="Q207")
P("clevin", "Carl Levin", ["Carl", "Levin", "Sen. Carl Levin"])
P("slevin", "Sander Levin", ["Sandy Levin", "Sandy", "Rep. Sandy Levin"], qid="Q971943")
P("gates", "Robert Gates", ["Gates", "Mr. Gates"])
P("graham", "Lindsey Graham", ["Graham", "Sen. Lindsey Graham"], qid="Q22212")
P("truman", "Harry Truman", ["Harry Truman"])
P("delay", "Tom DeLay", ["DeLay"])
P("perry", "Rick Perry", ["Perry", "Gov. Rick Perry"])
P("lehmberg", "Rosemary Lehmberg", ["Lehmberg"])
P("ginsberg", "Ben Ginsberg", [])
P("phillips", "Tom Phillips", [])
P("axelrod", "David Axelrod", ["Axelrod"])
P("dershowitz", "Alan Dershowitz", ["Dershowitz"])
P("cruz", "Ted Cruz", ["Cruz", "Texas Sen. Ted Cruz", "Sen. Ted Cruz"], qid="Q2036942")
P("jindal", "Bobby Jindal", ["Gov. Bobby Jindal"])
P("jbush", "Jeb Bush", ["Bush", "Gov. Jeb Bush"])
P("earle", "Ronnie Earle", [])
P("pelosi", "Nancy Pelosi", ["Pelosi"], qid="Q170581")
P("pkennedy", "Patrick Kennedy", [])
P("portman", "Rob Portman", ["Sen. Rob Portman"], qid="Q926069")
P("demaio", "Carl DeMaio", [])
P("tisei", "Richard Tisei", [])
P("wehby", "Monica Wehby", [])
P("peters", "Scott Peters", ["[Rep.] Scott Peters"], qid="Q3791514")
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "President Donald Trump", "Donald Trump", "Donald"], qid="Q22686")
P("rubio", "Marco Rubio", ["Rubio"], qid="Q324546")
P("branstad", "Terry Branstad", ["Gov. [Terry] Branstad", "[Terry] Branstad"])
P("sanders", "Bernie Sanders", ["Sanders"], qid="Q359442")
P("sessions", "Jeff Sessions", ["Attorney General Jeff Sessions"])
P("cissna", "L. Francis Cissna", [])
P("mueller", "Robert Mueller", ["Bob Mueller", "Mueller", "Muller"])
P("palin", "Sarah Palin", [])
P("pence", "Mike Pence", ["Pence"], qid="Q24313")
P("mcconnell", "Mitch McConnell", ["McConnell", "Sen. Mitch McConnell"], qid="Q355522")
P("ryan", "Paul Ryan", [], qid="Q203966")
P("goldwater", "Barry Goldwater", [])
P("biden", "Joe Biden", ["Biden"], qid="Q6279")
P("kissinger", "Henry Kissinger", [])
P("lieberman", "Joe Lieberman", [])
P("petraeus", "David Petraeus", [])
P("wilson", "Woodrow Wilson", [])
P("mckinley", "William McKinley", [])
P("orourke", "Beto O'Rourke", ["O'Rourke", "Rep. Beto O'Rourke"])
P("gillum", "Andrew Gillum", ["Gillum"])
P("abrams", "Stacey Abrams", ["Abrams"])
P("aoc", "Alexandria Ocasio-Cortez", [], qid="Q55223040")
P("heitkamp", "Heidi Heitkamp", [], qid="Q50597")
P("donnelly", "Joe Donnelly", [], qid="Q1691395")
P("mccaskill", "Claire McCaskill", [], qid="Q22260")
P("rscott", "Rick Scott", ["Scott", "Florida Gov. Rick Scott"], qid="Q439729")
P("nelson", "Bill Nelson", ["Sen. Bill Nelson"], qid="Q358437")
P("mcsally", "Martha McSally", ["McSally"], qid="Q6774492")
P("sinema", "Kyrsten Sinema", ["Krysten Sinema", "Sinema"], qid="Q1556541")
P("heller", "Dean Heller", ["Sen. Dean Heller"], qid="Q251763")
P("curbelo", "Carlos Curbelo", ["Rep. Carlos Curbelo"], qid="Q18631533")
P("lance", "Leonard Lance", ["Rep. Leonard Lance"], qid="Q1819021")
P("polis", "Jared Polis", [], qid="Q935734")
P("davids", "Sharice Davids", [], qid="Q58322868")
P("yoder", "Kevin Yoder", ["Rep. Kevin Yoder"], qid="Q187037")
P("warren", "Elizabeth Warren", [], qid="Q434706")
P("renzi", "Matteo Renzi", [])
P("napolitano", "Giorgio Napolitano", [])
P("berlusconi", "Silvio Berlusconi", [])
P("gentiloni", "Paolo Gentiloni", [])
P("ciampi", "Carlo Azeglio Ciampi", [])
P("solis", "Luis Guillermo Solís", ["Luis Guillermo Sols"])
P("araya", "Johnny Araya", [])
P("habibi", "Abdullah Habibi", [])
P("kabulov", "Zamir Kabulov", [])
P("bass", "John R. Bass", [])
P("kilic", "Serdar Kilic", [])
P("ossoff", "Jon Ossoff", [], qid="Q28839536")
P("handel", "Karen Handel", [], qid="Q6369678")
P("price", "Tom Price", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-10-02 (Pennsylvania voter ID)
_MR = "would enable Republican presidential nominee Mitt Romney to carry Pennsylvania"
DOCS.append(("a_2012-10-02_cTOEGFoCZF6dyclL.txt", [
    F("holds_office", "simpson", "judge_pa_cc", "Commonwealth Court Judge Robert Simpson, a Republican"),
    F("party", "simpson", "rep", "Commonwealth Court Judge Robert Simpson, a Republican"),
    F("holds_office", "corbett", "gov_pa", "Republican Gov. Tom Corbett"),
    F("party", "corbett", "rep", "Republican Gov. Tom Corbett"),
    F("holds_office", "cummings", "rep_md7", "Rep. Elijah E. Cummings, Maryland Democrat"),
    F("holds_office", "cummings", "rm_oversight", "Rep. Elijah E. Cummings, Maryland Democrat"),
    F("party", "cummings", "dem", "Rep. Elijah E. Cummings, Maryland Democrat"),
    F("holds_office", "turzai", "pa_house_maj", _MR),
    F("party", "turzai", "rep", _MR),
    F("candidacy", "romney", "us_pres_2012", _MR),
    F("party", "romney", "rep", _MR),
    F("candidacy", "obama", "us_pres_2008", "In 2008, Barack Obama won the state by 10 percentage points"),
    F("candidacy", "mccain", "us_pres_2008", "In 2008, Barack Obama won the state by 10 percentage points"),
    F("holds_office", "mccain", "sen_az", "In 2008, Barack Obama won the state by 10 percentage points"),
    F("party", "mccain", "rep", "In 2008, Barack Obama won the state by 10 percentage points"),
    F("poll", "obama", "us_pres_2012", "poll last week showed Mr. Obama ahead there by 12 points", pollster="Quinnipiac/New York Times/CBS News"),
    F("candidacy", "obama", "us_pres_2012", "poll last week showed Mr. Obama ahead there by 12 points"),
]))

# ---------------------------------------------------------------- a_2012-11-04 (national polls)
_P1 = "Two polls released overnight show that Mitt Romney and Barack Obama are running neck-and-neck"
DOCS.append(("a_2012-11-04_X0HtA2nwIPyTS5Kc.txt", [
    F("candidacy", "romney", "us_pres_2012", _P1),
    F("candidacy", "obama", "us_pres_2012", _P1),
    F("poll", "romney", "us_pres_2012", [_P1, "poll revealed the candidates to be tied with 48% support each"], 48, pollster="Washington Post/ABC News"),
    F("poll", "obama", "us_pres_2012", [_P1, "poll revealed the candidates to be tied with 48% support each"], 48, pollster="Washington Post/ABC News"),
    F("poll", "obama", "us_pres_2012", S("The final national NBC/WSJ poll, as well", through="Obama 48%, Romney 47%."), 48, pollster="NBC/WSJ"),
    F("poll", "romney", "us_pres_2012", S("The final national NBC/WSJ poll, as well", through="Obama 48%, Romney 47%."), 47, pollster="NBC/WSJ"),
    F("poll", "obama", "us_pres_2012", "the Dispatch reveals Obama favored by two percentage points", pollster="Columbus Dispatch"),
    F("party", "romney", "rep", "While some polls have shown the Republican challenger significantly behind"),
    F("holds_office", "obama", "pres_us", "has President Obama with a 65% likelihood"),
]))

# ---------------------------------------------------------------- a_2012-12-27 (Washington State Senate coalition)
_SH = S("Mr. Sheldon will be elected president pro-tem", through="The other Democratic recruit, Senator Rodney Tom")
DOCS.append(("a_2012-12-27_OXJmLE7PTNKLnK8z.txt", [
    F("party", "sheldon", "dem", _SH),
    F("holds_office", "sheldon", "wa_senator", _SH),
    F("party", "rtom", "dem", "The other Democratic recruit, Senator Rodney Tom"),
    F("holds_office", "rtom", "wa_senator", "The other Democratic recruit, Senator Rodney Tom"),
    F("party", "rtom", "rep", "a former Republican who represents a district east of Seattle", former=True),
    F("candidacy", "rtom", "wa_sd48_2010", ["Mr. Tom, a real estate agent and a former Republican", "They targeted him for removal in his last election, in 2010"]),
    F("won", "rtom", "wa_sd48_2010", ["Mr. Tom, a real estate agent and a former Republican", "They targeted him for removal in his last election, in 2010"]),
    F("holds_office", "murray", "wa_sen_maj", "said the current majority leader, Senator Ed Murray"),
    F("holds_office", "murray", "wa_senator", "said the current majority leader, Senator Ed Murray"),
    F("party", "murray", "dem", "said the current majority leader, Senator Ed Murray"),
    F("holds_office", "schoesler", "wa_sen_rep_leader", "The Republican floor leader, Senator Mark Schoesler"),
    F("holds_office", "schoesler", "wa_senator", "The Republican floor leader, Senator Mark Schoesler"),
    F("party", "schoesler", "rep", "The Republican floor leader, Senator Mark Schoesler"),
    F("candidacy", "inslee", "wa_gov_2012", "A spokesman for Governor-elect Inslee"),
    F("won", "inslee", "wa_gov_2012", "A spokesman for Governor-elect Inslee"),
]))

# ---------------------------------------------------------------- a_2014-01-13 (Christie bridge scandal)
DOCS.append(("a_2014-01-13_hVKlFkQlKyT4IvoD.txt", [
    F("party", "christie", "rep", "swarmed over the Christie story because he's a Republican"),
    F("holds_office", "bclinton", "pres_us", "The contrast with President Clinton and Secretary Clinton", former=True),
    F("holds_office", "hclinton", "sec_state", "The contrast with President Clinton and Secretary Clinton", former=True),
    F("holds_office", "giuliani", "mayor_nyc", "former New York Mayor Rudy Giuliani", former=True),
    F("holds_office", "obama", "pres_us", "[President Obama] was in campaign-mode"),
    F("holds_office", "gwbush", "pres_us", "since the final years of George W. Bush's second term", former=True),
]))

# ---------------------------------------------------------------- a_2014-01-28 (the Levin brothers)
_LEV = "sitting with his older brother and fellow Michigan Democrat Rep. Sandy Levin"
_GOV = "Sandy ran for governor of Michigan twice, and lost twice"
DOCS.append(("a_2014-01-28_TngJJKxG9Snd2tMQ.txt", [
    F("holds_office", "obama", "pres_us", "During President Obama's speech Tuesday night"),
    F("holds_office", "clevin", "sen_mi", _LEV),
    F("party", "clevin", "dem", _LEV),
    F("holds_office", "slevin", "rep_mi9", _LEV),
    F("party", "slevin", "dem", _LEV),
    F("candidacy", "slevin", "mi_gov_1970", _GOV),
    F("lost", "slevin", "mi_gov_1970", _GOV),
    F("candidacy", "slevin", "mi_gov_1974", _GOV),
    F("lost", "slevin", "mi_gov_1974", _GOV),
    F("candidacy", "clevin", "mi_sen_1978", _GOV),
    F("won", "clevin", "mi_sen_1978", _GOV),
    F("candidacy", "slevin", "mi17_1982", S("When one of Michigan's House seats opened up four years later", through="Sandy won, and Carl says")),
    F("won", "slevin", "mi17_1982", S("When one of Michigan's House seats opened up four years later", through="Sandy won, and Carl says")),
    F("holds_office", "slevin", "chair_wm", "Sandy chaired the House Ways and Means Committee", former=True),
    F("holds_office", "clevin", "chair_sasc", ["Carl continued as chairman of the Senate Armed Services Committee",
                                               "He has just been a rock-solid chairman of the Armed Services Committee"]),
    F("holds_office", "gates", "sec_def", "at Robert Gates' confirmation hearing to be Defense Secretary", former=True),
    F("holds_office", "graham", "sen_sc", "says Sen. Lindsey Graham, R-S.C."),
    F("party", "graham", "rep", "says Sen. Lindsey Graham, R-S.C."),
    F("holds_office", "truman", "sen_mo", "next to Harry Truman's old Senate digs", former=True),
    F("candidacy", "slevin", "mi9_2014", "Yet Sandy is running for re-election next year"),
]))

# ---------------------------------------------------------------- a_2014-08-19 (DeLay on the Perry indictment)
_DL = "Former House Majority Leader Tom DeLay on Monday sharply criticized"
_SUP = "Perry has also gotten support from fellow Republicans including Texas Sen. Ted Cruz"
DOCS.append(("a_2014-08-19_OAwHOvkzl2qXLwSA.txt", [
    F("holds_office", "delay", "house_maj_leader", _DL, former=True),
    F("party", "delay", "rep", _DL),
    F("holds_office", "perry", "gov_tx", [_DL, "The indictment comes toward the end of Perry’s final term in office."]),
    F("party", "perry", "rep", [_DL, "Perry, a 2012 GOP presidential candidate"]),
    F("candidacy", "perry", "us_rep_prim_2012", "Perry, a 2012 GOP presidential candidate"),
    F("holds_office", "lehmberg", "da_travis", "that was run by county District Attorney Rosemary Lehmberg"),
    F("party", "lehmberg", "dem", "Perry defunded the agency after Lehmberg, a Democrat, refused to resign."),
    F("party", "ginsberg", "rep", "veteran GOP lawyer Ben Ginsberg"),
    F("holds_office", "gwbush", "gov_tx", "then-Texas Gov. George W. Bush during the 2000 Florida recount", former=True),
    F("holds_office", "phillips", "cj_tx", "former Texas Supreme Court Chief Justice Tom Phillips", former=True),
    F("party", "axelrod", "dem", "David Axelrod, a top Democratic strategist"),
    F("holds_office", "obama", "pres_us", "former President Obama political adviser"),
    F("party", "dershowitz", "dem", "a self-proclaimed liberal Democrat"),
    F("holds_office", "cruz", "sen_tx", _SUP),
    F("party", "cruz", "rep", _SUP),
    F("holds_office", "jindal", "gov_la", _SUP),
    F("party", "jindal", "rep", _SUP),
    F("holds_office", "jbush", "gov_fl", _SUP, former=True),
    F("party", "jbush", "rep", _SUP),
    F("holds_office", "earle", "da_travis", "under Travis County District Attorney Ronnie Earle", former=True),
    F("party", "pelosi", "dem", "when House Democrats Nancy Pelosi, of California, and Patrick Kennedy"),
    F("party", "pkennedy", "dem", "when House Democrats Nancy Pelosi, of California, and Patrick Kennedy"),
    F("holds_office", "pelosi", "rep_ca8", "when House Democrats Nancy Pelosi, of California, and Patrick Kennedy", former=True),
    F("holds_office", "pkennedy", "rep_ri1", "when House Democrats Nancy Pelosi, of California, and Patrick Kennedy", former=True),
]))

# ---------------------------------------------------------------- a_2014-10-16 (NOM against gay Republicans)
_NOM = "started an attack campaign on openly gay Republican Party members seeking election"
DOCS.append(("a_2014-10-16_blkW2hG5IhOYwrVz.txt", [
    F("holds_office", "portman", "sen_oh", "One race in particular that’s caught their attention: Sen. Rob Portman"),
    F("candidacy", "demaio", "ca52_2014", _NOM),
    F("party", "demaio", "rep", _NOM),
    F("candidacy", "tisei", "ma6_2014", _NOM),
    F("party", "tisei", "rep", _NOM),
    F("candidacy", "wehby", "or_sen_2014", "The group’s also looking to upset Oregon Senate nominee Monica Wehby’s race."),
    F("party", "wehby", "rep", "These three candidates, Carl DeMaio, Richard Tisei and Monica Wehby all stand against the party platform"),
    F("party", "peters", "dem", "rather than accept a bad Democrat like [Rep.] Scott Peters"),
    F("holds_office", "peters", "rep_ca52", "rather than accept a bad Democrat like [Rep.] Scott Peters"),
    F("candidacy", "peters", "ca52_2014", "rather than accept a bad Democrat like [Rep.] Scott Peters"),
]))

# ---------------------------------------------------------------- a_2016-02-01 (POLITICO Caucus, Iowa debate)
_RB = "As for the winner of Thursday night’s debate, Marco Rubio (36 percent) and former Florida Gov. Jeb Bush"
_CMP = "who has antagonized Bush more than his other competitors for the Republican nomination"
DOCS.append(("a_2016-02-01_oFZShZw4NqngoPAe.txt", [
    F("candidacy", "cruz", "us_rep_prim_2016", "Ted Cruz had the worst night of the seven GOP presidential candidates on stage Thursday"),
    F("party", "cruz", "rep", "Ted Cruz had the worst night of the seven GOP presidential candidates on stage Thursday"),
    F("holds_office", "cruz", "sen_tx", "alluding to the Texas senator’s sparring with Fox News Channel’s Chris Wallace"),
    F("candidacy", "trump", "us_rep_prim_2016", [_CMP, "given the choice of the seven GOP candidates on the stage, plus Trump"]),
    F("party", "trump", "rep", _CMP),
    F("candidacy", "trump", "ia_rep_caucus_2016", "an event more notable for the absence of Iowa and national poll-leader Donald Trump"),
    F("candidacy", "rubio", "us_rep_prim_2016", [_RB, "One Iowa Republican called Rubio the “strongest and most articulate” candidate"]),
    F("party", "rubio", "rep", [_RB, "is the most aspirational of the Republicans on stage"]),
    F("holds_office", "rubio", "sen_fl", "saying the Florida senator was “the most articulate of the candidates"),
    F("candidacy", "jbush", "us_rep_prim_2016", [_RB, _CMP]),
    F("party", "jbush", "rep", [_RB, _CMP]),
    F("holds_office", "jbush", "gov_fl", _RB, former=True),
    F("holds_office", "branstad", "gov_ia", "The crowd clearly liked Gov. [Terry] Branstad a lot more"),
]))

# ---------------------------------------------------------------- a_2016-02-26 (Rubio vs Trump debate)
DOCS.append(("a_2016-02-26_fZwRJMax7jrPEE3G.txt", [
    F("holds_office", "rubio", "sen_fl", S("Marco Rubio came to play.", through="The Florida senator delivered what was easily his best debate performance")),
    F("candidacy", "rubio", "us_rep_prim_2016", [L("Marco Rubio came to play."), "The Florida senator delivered what was easily his best debate performance",
                                                  "Trump seemed caught off guard by a candidate with whom"]),
    F("candidacy", "trump", "us_rep_prim_2016", ["Trump is close to being anointed the Presumptive Nominee by the media",
                                                  "hammering frontrunner Donald Trump repeatedly"]),
    F("candidacy", "cruz", "us_rep_prim_2016", "as he stood between Rubio and Ted Cruz"),
    F("candidacy", "romney", "us_pres_2012", "Donald criticized Mitt Romney, saying that Mitt lost his election because of self-deportation"),
    F("lost", "romney", "us_pres_2012", "Donald criticized Mitt Romney, saying that Mitt lost his election because of self-deportation"),
    F("candidacy", "jbush", "us_rep_prim_2016", "his since-departed favorite punching bag, Jeb Bush"),
    F("candidacy", "christie", "us_rep_prim_2016", "roasted by erstwhile candidate Chris Christie"),
]))

# ---------------------------------------------------------------- a_2016-03-07 (Rubio on media bias)
_UND = "But there are plenty of potential jokes that are being left untold by Rubio and his fellow underdog candidates"
_ALL = "there’s a lot more money to be made covering Trump than Sanders, Clinton, Rubio or Cruz"
DOCS.append(("a_2016-03-07_nemWZACJuJNBAGBk.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", ["Marco Rubio blamed Donald Trump’s extraordinary success as a presidential candidate",
                                                  "The fact that Trump is leading a pack of truth-challenged White House hopefuls"]),
    F("party", "trump", "rep", "because they know he’s the easiest Republican to beat"),
    F("candidacy", "rubio", "us_rep_prim_2016", _UND),
    F("holds_office", "rubio", "sen_fl", "I’ll admit that the venerable senator from Florida is half-correct."),
    F("candidacy", "cruz", "us_rep_prim_2016", _ALL),
    F("candidacy", "sanders", "us_dem_prim_2016", [_ALL, "There’s no grand plan to get a Democrat in the White House by pitting Sanders or Clinton"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", [_ALL, "There’s no grand plan to get a Democrat in the White House by pitting Sanders or Clinton"]),
    F("party", "hclinton", "dem", "There’s no grand plan to get a Democrat in the White House by pitting Sanders or Clinton"),
]))

# ---------------------------------------------------------------- a_2016-06-11 (study correction: no facts)
DOCS.append(("a_2016-06-11_NlgVhLeaQxxvY4Un.txt", []))

# ---------------------------------------------------------------- a_2018-07-22 (USCIS denaturalization)
DOCS.append(("a_2018-07-22_XvWtnzhJQQvCwaGA.txt", [
    F("holds_office", "sessions", "ag_us", "including Attorney General Jeff Sessions Jefferson"),
    F("holds_office", "cissna", "dir_uscis", "announced in June by USCIS Director L. Francis Cissna"),
]))

# ---------------------------------------------------------------- a_2018-08-01 (Trump tweet on Sessions)
DOCS.append(("a_2018-08-01_rBvpjJPHLiirbIT7.txt", [
    F("holds_office", "trump", "pres_us", "President Donald Trump called on Attorney General Jeff Sessions"),
    F("holds_office", "sessions", "ag_us", "President Donald Trump called on Attorney General Jeff Sessions"),
    F("holds_office", "mueller", "special_counsel", "President Donald Trump called on Attorney General Jeff Sessions to end special counsel Robert Mueller"),
    F("candidacy", "trump", "us_pres_2016", ["He was out to STOP THE ELECTION OF DONALD TRUMP.",
                                             "The president’s tweet comes as Muller’s team is putting Trump’s former campaign manager Paul Manafort on trial"]),
]))

# ---------------------------------------------------------------- a_2018-08-30 (McCain memorial)
_VAN = "the two presidents who vanquished him – Republican George W. Bush and Democrat Barack Obama – will speak"
_PAL = "His choice of Alaska Gov. Sarah Palin as his 2008 running mate and ultimate defeat in November."
_CAR = "of a career that both enriched and enraged McCain's colleagues"
_HOU = S("McCain's casket landed at Joint Base Andrews", through="nearly to the White House – twice.")
_SPK = "at which Pence, Senate Majority Leader Mitch McConnell and House Speaker Paul Ryan will speak"
DOCS.append(("a_2018-08-30_DdtZzOWm29CEGM6y.txt", [
    F("holds_office", "mccain", "sen_az", ["When Sen. John McCain left the nation's capital", "We can be proud he was our senator"], former=True),
    F("holds_office", "mccain", "rep_az1", _HOU, former=True),
    F("candidacy", "gwbush", "us_rep_prim_2000", _VAN),
    F("won", "gwbush", "us_rep_prim_2000", _VAN),
    F("candidacy", "mccain", "us_rep_prim_2000", [_VAN, _HOU]),
    F("lost", "mccain", "us_rep_prim_2000", [_VAN, _HOU]),
    F("candidacy", "obama", "us_pres_2008", _VAN),
    F("won", "obama", "us_pres_2008", [_VAN, _PAL]),
    F("party", "gwbush", "rep", _VAN),
    F("party", "obama", "dem", _VAN),
    F("holds_office", "gwbush", "pres_us", _VAN, former=True),
    F("holds_office", "obama", "pres_us", _VAN, former=True),
    F("holds_office", "trump", "pres_us", "President Donald Trump, who had called McCain a"),
    F("holds_office", "pence", "vp_us", "Vice President Mike Pence will speak at one event"),
    F("candidacy", "mccain", "us_rep_prim_2008", ["His winning the Republican nomination for president in 2008 after being written off.", _CAR]),
    F("won", "mccain", "us_rep_prim_2008", ["His winning the Republican nomination for president in 2008 after being written off.", _CAR]),
    F("party", "mccain", "rep", ["His winning the Republican nomination for president in 2008 after being written off.", _CAR]),
    F("holds_office", "mccain", "chair_sasc", ["His chairmanship of the Senate Armed Services Committee.", _CAR], former=True),
    F("candidacy", "mccain", "us_pres_2008", [_PAL, _CAR]),
    F("lost", "mccain", "us_pres_2008", [_PAL, _CAR]),
    F("candidacy", "palin", "us_pres_2008", _PAL),
    F("holds_office", "palin", "gov_ak", _PAL, former=True),
    F("holds_office", "goldwater", "sen_az", "named for former Sen. Barry Goldwater, who McCain replaced in 1987", former=True),
    F("holds_office", "biden", "vp_us", "by former Vice President Joe Biden, whose son Beau died", former=True),
    F("holds_office", "mcconnell", "senate_maj_leader", _SPK),
    F("holds_office", "ryan", "speaker", _SPK),
    F("holds_office", "mckinley", "pres_us", "where funeral services have been held for 15 presidents dating to William McKinley", former=True),
    F("holds_office", "wilson", "pres_us", "where former president Woodrow Wilson is buried", former=True),
    F("holds_office", "kissinger", "sec_state", "former secretary of State Henry Kissinger", former=True),
    F("holds_office", "lieberman", "sen_ct", "former Sen. Joe Lieberman", former=True),
    F("holds_office", "graham", "sen_sc", "Sen. Lindsey Graham, R-S.C., McCain's closest friend in the Senate"),
    F("party", "graham", "rep", "Sen. Lindsey Graham, R-S.C., McCain's closest friend in the Senate"),
    F("holds_office", "petraeus", "dir_cia", "former CIA director David Petraeus", former=True),
]))

# ---------------------------------------------------------------- a_2018-11-07 (2018 midterms winners and losers)
_BETO = "Rep. Beto O'Rourke makes his concession speech at his election night party"
_THREE = "three Democratic candidates who appeared to be winning over voters in Southern states"
_DEF3 = "Abrams, Gillum and O'Rourke performed well and made their races tight, but all three appear to have been defeated."
_INC = "defeating Democratic incumbent Sens. Heidi Heitkamp, Joe Donnelly and Claire McCaskill"
_MOD = "those were moderate Republicans such as Florida Rep. Carlos Curbelo and New Jersey Rep. Leonard Lance"
_KNOCK = S(_MOD, through="With the moderates getting knocked out")
_KS = "In Kansas, Sharice Davids, an LGBTQ Native American, defeated incumbent Republican Rep. Kevin Yoder."
DOCS.append(("a_2018-11-07_zKNT7Ul2A5wXx4mw.txt", [
    F("holds_office", "orourke", "rep_tx16", _BETO),
    F("candidacy", "orourke", "tx_sen_2018", [_BETO, _THREE]),
    F("lost", "orourke", "tx_sen_2018", [_BETO, _DEF3]),
    F("party", "orourke", "dem", _THREE),
    F("candidacy", "cruz", "tx_sen_2018", _BETO),
    F("won", "cruz", "tx_sen_2018", _BETO),
    F("party", "cruz", "rep", _BETO),
    F("holds_office", "cruz", "sen_tx", _BETO),
    F("candidacy", "gillum", "fl_gov_2018", _THREE),
    F("lost", "gillum", "fl_gov_2018", _DEF3),
    F("party", "gillum", "dem", _THREE),
    F("candidacy", "abrams", "ga_gov_2018", _THREE),
    F("lost", "abrams", "ga_gov_2018", _DEF3),
    F("party", "abrams", "dem", _THREE),
    F("candidacy", "aoc", "ny14_2018", "Alexandria Ocasio-Cortez, a self-described democratic socialist, won in deeply blue New York"),
    F("won", "aoc", "ny14_2018", "Alexandria Ocasio-Cortez, a self-described democratic socialist, won in deeply blue New York"),
    F("holds_office", "mcconnell", "sen_ky", L("Winner: Sen. Mitch McConnell")),
    F("holds_office", "mcconnell", "senate_maj_leader", "Majority Leader Mitch McConnell can rest easy"),
    F("candidacy", "heitkamp", "nd_sen_2018", _INC),
    F("lost", "heitkamp", "nd_sen_2018", _INC),
    F("party", "heitkamp", "dem", _INC),
    F("holds_office", "heitkamp", "sen_nd", _INC),
    F("candidacy", "donnelly", "in_sen_2018", _INC),
    F("lost", "donnelly", "in_sen_2018", _INC),
    F("party", "donnelly", "dem", _INC),
    F("holds_office", "donnelly", "sen_in", _INC),
    F("candidacy", "mccaskill", "mo_sen_2018", _INC),
    F("lost", "mccaskill", "mo_sen_2018", _INC),
    F("party", "mccaskill", "dem", _INC),
    F("holds_office", "mccaskill", "sen_mo", _INC),
    F("holds_office", "rscott", "gov_fl", "Florida Gov. Rick Scott led Sen. Bill Nelson"),
    F("candidacy", "rscott", "fl_sen_2018", "Florida Gov. Rick Scott led Sen. Bill Nelson"),
    F("candidacy", "nelson", "fl_sen_2018", "Florida Gov. Rick Scott led Sen. Bill Nelson"),
    F("holds_office", "nelson", "sen_fl", "Florida Gov. Rick Scott led Sen. Bill Nelson"),
    F("candidacy", "mcsally", "az_sen_2018", L("More: Arizona's McSally-Sinema Senate race is too close to call.")),
    F("candidacy", "sinema", "az_sen_2018", [L("More: Arizona's McSally-Sinema Senate race is too close to call."),
                                              "Krysten Sinema took a late lead in Arizona's Senate race"]),
    F("candidacy", "heller", "nv_sen_2018", "Nevada's incumbent Sen. Dean Heller was defeated"),
    F("lost", "heller", "nv_sen_2018", "Nevada's incumbent Sen. Dean Heller was defeated"),
    F("holds_office", "heller", "sen_nv", "Nevada's incumbent Sen. Dean Heller was defeated"),
    F("holds_office", "pelosi", "house_min_leader", "if Minority Leader Nancy Pelosi, D-Calif., will return to her role as speaker"),
    F("holds_office", "pelosi", "speaker", "if Minority Leader Nancy Pelosi, D-Calif., will return to her role as speaker", former=True),
    F("party", "pelosi", "dem", "if Minority Leader Nancy Pelosi, D-Calif., will return to her role as speaker"),
    F("holds_office", "trump", "pres_us", "Trump has always thrilled at besting his predecessor, former President Barack Obama"),
    F("holds_office", "obama", "pres_us", "Trump has always thrilled at besting his predecessor, former President Barack Obama", former=True),
    F("holds_office", "curbelo", "rep_fl26", _MOD),
    F("party", "curbelo", "rep", _MOD),
    F("candidacy", "curbelo", "fl26_2018", _KNOCK),
    F("lost", "curbelo", "fl26_2018", _KNOCK),
    F("holds_office", "lance", "rep_nj7", _MOD),
    F("party", "lance", "rep", _MOD),
    F("candidacy", "lance", "nj7_2018", _KNOCK),
    F("lost", "lance", "nj7_2018", _KNOCK),
    F("candidacy", "polis", "co_gov_2018", "Colorado's Jared Polis became the first openly gay man to win a governor's race."),
    F("won", "polis", "co_gov_2018", "Colorado's Jared Polis became the first openly gay man to win a governor's race."),
    F("candidacy", "davids", "ks3_2018", _KS),
    F("won", "davids", "ks3_2018", _KS),
    F("candidacy", "yoder", "ks3_2018", _KS),
    F("lost", "yoder", "ks3_2018", _KS),
    F("party", "yoder", "rep", _KS),
    F("holds_office", "yoder", "rep_ks3", _KS),
]))

# ---------------------------------------------------------------- a_2020-03-05 (Warren suspends campaign)
DOCS.append(("a_2020-03-05_fBpDpYXhPLoiK2BR.txt", [
    F("candidacy", "warren", "us_dem_prim_2020", S("Remarks from Elizabeth Warren shared in a call with campaign staff:", through="Today, I’m suspending our campaign for president.")),
]))

# ---------------------------------------------------------------- c_2014-02-22 (Renzi sworn in)
_PD = "Former Italian Prime Minister Matteo Renzi regains the role of Secretary of the Democratic Party"
_CI = "Former Prime Minister and President of Italy Carlo Azeglio Ciampi dies at the age of 95."
DOCS.append(("c_2014-02-22_matteo-renzi-is-sworn-in-as-the-prime-mi.txt", [
    F("holds_office", "renzi", "pm_it", ["Matteo Renzi is sworn in as the Prime Minister of Italy.",
                                         "The Prime Minister of Italy Matteo Renzi warns that thousands of Libyans"]),
    F("holds_office", "renzi", "sec_pd_it", _PD),
    F("party", "renzi", "pd_it", _PD),
    F("candidacy", "renzi", "it_pd_2017", _PD),
    F("won", "renzi", "it_pd_2017", _PD),
    F("holds_office", "renzi", "mayor_florence", "Mayor of Florence, Matteo Renzi, is given a mandate", former=True),
    F("holds_office", "napolitano", "pres_it", "by Italian President Giorgio Napolitano"),
    F("holds_office", "berlusconi", "pm_it", ["orders former Prime Minister Silvio Berlusconi to stand trial",
                                              "Former Prime Minister of Italy Silvio Berlusconi is sentenced"], former=True),
    F("holds_office", "gentiloni", "pm_it", "Paolo Gentiloni becomes the new Prime Minister of Italy."),
    F("holds_office", "ciampi", "pm_it", _CI, former=True),
    F("holds_office", "ciampi", "pres_it", _CI, former=True),
]))

# ---------------------------------------------------------------- c_2014-04-06 (Costa Rica runoff)
DOCS.append(("c_2014-04-06_voters-in-costa-rica-go-to-the-polls-for.txt", [
    F("candidacy", "solis", "cr_pres_2014_r2", "Luis Guillermo Sols is the only presidential candidate left in the race"),
    F("candidacy", "araya", "cr_pres_2014_r2", "Luis Guillermo Sols is the only presidential candidate left in the race"),
]))

# ---------------------------------------------------------------- c_2014-06-14 (Afghan runoff)
DOCS.append(("c_2014-06-14_voters-in-afghanistan-go-to-the-polls-fo.txt", [
    F("holds_office", "habibi", "mindef_af", "The Afghan Minister of Defense, Abdullah Habibi", former=True),
    F("holds_office", "kabulov", "envoy_ru_af", "Russian Special Envoy to Afghanistan Zamir Kabulov denies"),
]))

# ---------------------------------------------------------------- c_2014-11-04 (US midterms 2014)
_OS = "The election between Democrat Jon Ossoff and Republican Karen Handel to replace the seat vacated by Tom Price"
DOCS.append(("c_2014-11-04_voters-in-the-united-states-go-to-the-po.txt", [
    F("candidacy", "ossoff", "ga6_2017", _OS),
    F("candidacy", "handel", "ga6_2017", _OS),
    F("party", "ossoff", "dem", _OS),
    F("party", "handel", "rep", _OS),
    F("holds_office", "price", "rep_ga6", _OS, former=True),
    F("holds_office", "obama", "pres_us", "in honour of the former U.S. President Obama are revealed", former=True),
    F("holds_office", "bass", "amb_us_tr", "Turkey summons United States Ambassador John R. Bass"),
    F("holds_office", "kilic", "amb_tr_us", "the U.S. summoned Turkish  Ambassador Serdar Kilic"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b20.jsonl")
    (HERE.parent / "annotations" / "b20.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
