# ruff: noqa: E501
"""Corpus annotation, batch r3 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-*.yaml, executive.yaml)
    "Barack Obama": "Q76",
    "Paul Ryan": "Q203966",
    "Joe Biden": "Q6279",
    "Rand Paul": "Q463557",
    "Mitch McConnell": "Q355522",
    "Marco Rubio": "Q324546",
    "Ted Cruz": "Q2036942",
    "Donald Trump": "Q22686",
    "Bernie Sanders": "Q359442",
    "Ben Sasse": "Q16192221",
    "Justin Amash": "Q1714165",
    "Bob Goodlatte": "Q887952",
    "Mike Conaway": "Q538944",
    "Tim Kaine": "Q359888",
    "Catherine Cortez Masto": "Q5052604",
    "Richard Burr": "Q331278",
    "Rob Portman": "Q926069",
    "Alexandria Ocasio-Cortez": "Q55223040",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R", "Repubs"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("con_uk", "Conservative Party", ["Conservative Party", "Britain's Conservative Party"])
R.party("lib", "Libertarian Party", ["Libertarian", "Libertarian Party"])
R.party("green", "Green Party", ["Green Party"])
R.party("iap", "Independent American Party", ["Independent American Party"])
R.party("wfp", "Working Families Party", ["Working Families Party", "WFP"])
R.org("dnc", "Democratic National Committee", ["DNC"])
R.party("psrm", "Party of Socialists of the Republic of Moldova", ["PSRM", "Socialists- Party", "Socialists' Party", "socialist"])
R.party("pas", "Party of Action and Solidarity", ["PAS", "Action and Security Party", "Action and Solidarity Party"])
R.party("gerb", "GERB", ["Citizens for European Development of Bulgaria"])
R.party("bsp", "Bulgarian Socialist Party", ["BSP", "Socialist Party", "Socialist", "socialist"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor", "governor"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"), ["British Prime Minister"])
O("dpm_uk", head("Deputy Prime Minister", "the United Kingdom", "British"), ["deputy Prime Minister"])
O("lo_uk", "Leader of the Opposition of the United Kingdom", ["opposition leader"], generic=["Leader of the Opposition", "Opposition Leader"])
O("fs_uk", "Secretary of State for Foreign and Commonwealth Affairs", ["U.K. foreign secretary", "foreign secretary"],
  generic=["Foreign Secretary", "British Foreign Secretary", "UK Foreign Secretary"])
O("pm_il", head("Prime Minister", "Israel", "Israeli"), ["prime minister"])
O("pres_il", head("President", "Israel", "Israeli"))
O("pm_pna", "Prime Minister of the Palestinian National Authority", ["prime minister of the Palestinian National Authority"],
  generic=["Prime Minister", "Palestinian Prime Minister"])
O("pres_pl", head("President", "Poland", "Polish"), ["president"])
O("chair_hbc", "Chairman of the House Budget Committee", ["House Budget Committee Chairman"],
  generic=["House Budget Committee Chairman", "Chair of the House Budget Committee", "Budget Committee Chairman"])
O("rep_wi1", representative("Wisconsin", 1))
O("gov_va", governor("Virginia"), ["governor of Virginia", "Virginia Gov."])
O("gov_oh", governor("Ohio"), ["Ohio Gov.", "governor of Ohio"])
O("gov_ky", governor("Kentucky"), ["governor"])
O("sen_ky", senator("Kentucky"), ["Sens."])
O("sen_min_leader", "Minority Leader of the United States Senate", ["Senate Republican leader", "Democratic Senate Leader", "Senate Leader"],
  generic=["Senate Minority Leader", "Minority Leader", "Senate Republican Leader"])
O("ag_ky", state_officer("Attorney General", "Kentucky"), ["attorney general", "state attorney general"])
O("sos_ky", state_officer("Secretary of State", "Kentucky"), ["Kentucky's secretary of state", "secretary of state"])
O("mayor_louisville", mayor("Louisville"), ["Louisville's Democratic mayor", "mayor"])
O("sen_fl", senator("Florida"), ["Florida senator", "senator"])
O("gov_nj", governor("New Jersey"), ["New Jersey governor"])
O("gov_fl", governor("Florida"), ["Florida Gov.", "governor of Florida"])
O("sen_il", senator("Illinois"), ["senator", "then-Senator"])
O("sen_ny", senator("New York"), ["then-Senator"])
O("sen_ne", senator("Nebraska"), ["Nebraska Sen."])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state"])
O("ag_us", "United States Attorney General", ["Attorney General"],
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("sen_va", senator("Virginia"), ["Virginia Sen."])
O("sen_nv", senator("Nevada"))
O("sen_al", senator("Alabama"), ["US Senate"])
O("sen_nc", senator("North Carolina"), ["Sen."])
O("sen_oh", senator("Ohio"), ["Ohio Sen."])
O("gov_nc", governor("North Carolina"))
O("rep_mi3", representative("Michigan", 3))
O("rep_va6", representative("Virginia", 6))
O("rep_tx11", representative("Texas", 11))
O("chair_hjc", "Chairman of the House Judiciary Committee", ["House Judiciary Chairman"],
  generic=["House Judiciary Committee Chairman", "Chair of the House Judiciary Committee", "House Judiciary Chairman"])
O("wh_comm", "White House Communications Director", ["communications director", "White House communications director"],
  generic=["Communications Director", "Assistant to the President and Deputy Chief of Staff for Communications"])
O("wh_staffsec", "White House Staff Secretary", ["staff secretary"], generic=["Staff Secretary"])
O("gov_ny", governor("New York"), ["New York Gov.", "governor"])
O("ltgov_ny", lieutenant_governor("New York"), ["lieutenant governor"])
O("ag_ny", state_officer("Attorney General", "New York"), ["attorney general"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"), generic=["HUD Secretary"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor"])
O("rep_ny26", representative("New York", 26), ["congresswoman"])
O("pa_nyc", "New York City Public Advocate", ["Public Advocate"], generic=["Public Advocate", "NYC Public Advocate"])
O("ce_dutchess", "Dutchess County Executive", [], generic=["County Executive"])
O("mayor_syracuse", mayor("Syracuse"), ["Syracuse Mayor"])
O("pres_md", head("President", "Moldova", "Moldovan"))
O("pres_bg", head("President", "Bulgaria", "Bulgarian"))
O("edumin_md", head("Minister of Education", "Moldova", "Moldovan"), ["Education Minister"], generic=["Education Minister", "Moldovan Education Minister"])
O("pm_bg", head("Prime Minister", "Bulgaria", "Bulgarian"), ["prime-minister"])
O("chair_na_bg", "Chairperson of the National Assembly of Bulgaria",
  generic=["Chairwoman of the National Assembly", "Chairperson of the National Assembly", "Chair of the National Assembly"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("gov_tx", governor("Texas"))
O("nsa_us", "National Security Advisor", ["national security adviser"],
  generic=["National Security Adviser", "U.S. National Security Advisor", "Assistant to the President for National Security Affairs"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("va_gov_1989", "1989 Virginia gubernatorial election", "ocd-division/country:us/state:va", "1989-11-07", "general", office="gov_va")
E("pl_pres_1990", "1990 Polish presidential election (second round)", "ocd-division/country:pl", "1990-12-09", "runoff", office="pres_pl")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office="sen_ky")
E("ky_sen_rep_prim_2014", "2014 Kentucky Republican U.S. Senate primary", "ocd-division/country:us/state:ky", "2014-05-20", "primary", office="sen_ky")
E("ky_ag_2015", "2015 Kentucky Attorney General election", "ocd-division/country:us/state:ky", "2015-11-03", "general", office="ag_ky")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("sc_rep_prim_2016", "2016 South Carolina Republican presidential primary", "ocd-division/country:us/state:sc", "2016-02-20", "primary", office="pres_us")
E("sc_dem_prim_2016", "2016 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc", "2016-02-27", "primary", office="pres_us")
E("nv_sen_2016", "2016 United States Senate election in Nevada", "ocd-division/country:us/state:nv", "2016-11-08", "general", office="sen_nv")
E("nc_sen_2016", "2016 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2016-11-08", "general", office="sen_nc")
E("oh_sen_2016", "2016 United States Senate election in Ohio", "ocd-division/country:us/state:oh", "2016-11-08", "general", office="sen_oh")
E("al_sen_2017", "2017 United States Senate special election in Alabama", "ocd-division/country:us/state:al", "2017-12-12", "general", special=True, office="sen_al")
E("ny_gov_dem_prim_2018", "2018 New York Democratic gubernatorial primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="gov_ny")
E("ny_ltgov_dem_prim_2018", "2018 New York Democratic lieutenant gubernatorial primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="ltgov_ny")
E("ny_ag_dem_prim_2018", "2018 New York Democratic attorney general primary", "ocd-division/country:us/state:ny", "2018-09-13", "primary", office="ag_ny")
E("ny_gov_2018", "2018 New York gubernatorial election", "ocd-division/country:us/state:ny", "2018-11-06", "general", office="gov_ny")
E("ny_gov_2010", "2010 New York gubernatorial election", "ocd-division/country:us/state:ny", "2010-11-02", "general", office="gov_ny")
E("ny_gov_dem_prim_2014", "2014 New York Democratic gubernatorial primary", "ocd-division/country:us/state:ny", "2014-09-09", "primary", office="gov_ny")
E("ny_ag_2018", "2018 New York Attorney General election", "ocd-division/country:us/state:ny", "2018-11-06", "general", office="ag_ny")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("ny_sd18_dem_prim_2018", "2018 New York State Senate District 18 Democratic primary", "ocd-division/country:us/state:ny/sldu:18", "2018-09-13", "primary")
E("nh1_dem_prim_2018", "2018 New Hampshire's 1st congressional district Democratic primary", "ocd-division/country:us/state:nh/cd:1", "2018-09-11", "primary")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("ne_rep_prim_2016", "2016 Nebraska Republican presidential primary", "ocd-division/country:us/state:ne", "2016-05-10", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("md_pres_2016", "2016 Moldovan presidential election (second round)", "ocd-division/country:md", "2016-11-13", "runoff", office="pres_md")
E("md_pres_2016_r1", "2016 Moldovan presidential election (first round)", "ocd-division/country:md", "2016-10-30", "general", office="pres_md")
E("bg_pres_2016", "2016 Bulgarian presidential election (second round)", "ocd-division/country:bg", "2016-11-13", "runoff", office="pres_bg")
E("oh_sen_2010", "2010 United States Senate election in Ohio", "ocd-division/country:us/state:oh", "2010-11-02", "general", office="sen_oh")
E("nc_gov_2016", "2016 North Carolina gubernatorial election", "ocd-division/country:us/state:nc", "2016-11-08", "general", office="gov_nc")

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Gov. Romney", "Mr. Romney", "Mitt Romney"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "President Barack Obama", "Barack Obama"])
P("cameron", "David Cameron", ["Cameron"])
P("clegg", "Nick Clegg", [])
P("miliband", "Ed Miliband", [])
P("hague", "William Hague", [])
P("blair", "Tony Blair", [])
P("netanyahu", "Benjamin Netanyahu", ["Netanyahu"])
P("peres", "Shimon Peres", [])
P("fayyad", "Salam Fayyad", [])
P("walesa", "Lech Walesa", ["Walesa"])
P("ryan", "Paul Ryan", ["Ryan", "Congressman Ryan"])
P("biden", "Joe Biden", ["Biden", "Vice President Joe Biden"])
P("wilder", "Doug Wilder", ["Wilder"])
P("mobama", "Michelle Obama", ["first lady"])
P("nicklaus", "Jack Nicklaus", ["Mr. Nicklaus", "Nicklaus"])
P("kasich", "John Kasich", ["Kasich", "Mr. Kasich"])
P("beshear", "Steve Beshear", ["Beshear"])
P("rpaul", "Rand Paul", ["Paul"])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("conway", "Jack Conway", [])
P("grimes", "Alison Lundergan Grimes", ["Allison Lundergan Grimes", "Grimes"])
P("abeshear", "Andy Beshear", ["Andy"])
P("fischer", "Greg Fischer", [])
P("rubio", "Marco Rubio", ["Rubio", "Sen. Rubio"])
P("christie", "Chris Christie", ["Christie"])
P("jbush", "Jeb Bush", ["Bush"])
P("trump", "Donald Trump", ["Trump", "Mr. Trump", "The Donald", "Donald Trump"])
P("cruz", "Ted Cruz", ["Cruz"])
P("clinton", "Hillary Clinton", ["Clinton", "Mrs. Clinton", "Hillary"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders"])
P("sasse", "Ben Sasse", [])
P("edwards", "John Edwards", [])
P("begala", "Paul Begala", ["Mr. Begala"])
P("bclinton", "Bill Clinton", ["President Clinton", "Bill Clinton"])
P("fulton", "Sybrina Fulton", [])
P("lynch", "Loretta Lynch", [])
P("kaine", "Tim Kaine", [])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("stein", "Jill Stein", ["Stein"])
P("canderson", "Chris Anderson", ["Anderson"])
P("shaw", "Daron Shaw", ["Shaw"])
P("reid", "Harry Reid", ["Reid"])
P("heck", "Joe Heck", ["Heck"])
P("cortezmasto", "Catherine Cortez Masto", [])
P("tjones", "Tom Jones", [])
P("burr", "Richard Burr", ["Burr", "Sen. Richard Burr"])
P("ross", "Deborah Ross", [])
P("haugh", "Sean Haugh", [])
P("portman", "Rob Portman", ["Portman"])
P("strickland", "Ted Strickland", [])
P("mccrory", "Pat McCrory", [])
P("cooper", "Roy Cooper", [])
P("cecil", "Lon Cecil", [])
P("amash", "Justin Amash", ["Amash", "Rep. Justin Amash"])
P("goodlatte", "Bob Goodlatte", [])
P("flynn", "Michael Flynn", [])
P("shine", "Bill Shine", ["Shine", "Mr. Shine"])
P("hicks", "Hope Hicks", [])
P("dubke", "Mike Dubke", [])
P("scaramucci", "Anthony Scaramucci", [])
P("porter", "Rob Porter", ["Porter"])
P("moore", "Roy Moore", [])
P("cuomo", "Andrew Cuomo", ["Cuomo", "New York Gov. Andrew Cuomo"])
P("nixon", "Cynthia Nixon", ["Nixon"])
P("teachout", "Zephyr Teachout", ["Teachout"])
P("deblasio", "Bill de Blasio", [])
P("hochul", "Kathy Hochul", ["Hochul"])
P("jwilliams", "Jumaane Williams", ["Williams"])
P("ljames", "Letitia James", ["James"])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"])
P("salazar", "Julia Salazar", [])
P("underwood", "Barbara Underwood", ["Underwood"])
P("schneiderman", "Eric Schneiderman", [])
P("lsanders", "Levi Sanders", ["Levi"])
P("molinaro", "Marc Molinaro", [])
P("hawkins", "Howie Hawkins", [])
P("miner", "Stephanie Miner", [])
P("watkins", "Nancy Watkins", ["Watkins"])
P("carson", "Ben Carson", [])
P("perry", "Rick Perry", [])
P("dodon", "Igor Dodon", ["Dodon"])
P("sandu", "Maia Sandu", ["Sandu"])
P("radev", "Rumen Radev", ["Radev"])
P("tsacheva", "Tsetska Tsacheva", ["Tsacheva"])
P("borisov", "Boyko Borisov", ["Borisov"])
P("conaway", "Mike Conaway", ["Rep. Mike Conaway", "Kenneth (Mike) Michael Conaway"])

DOCS = []

# ---------------------------------------------------------------- a_2012-07-21 (CNN, Romney trip abroad)
DOCS.append(("a_2012-07-21_ZgsZaH0UYSn3JEfE.txt", [
    F("candidacy", "romney", "us_pres_2012", "provide the presumptive GOP nominee an opportunity to lend authority to his presidential bid"),
    F("party", "romney", "rep", "provide the presumptive GOP nominee an opportunity to lend authority to his presidential bid"),
    F("candidacy", "romney", "us_rep_prim_2012", S("The candidate addressed the ongoing peace process at a CNN sponsored presidential debate in January",
                                                  through="The debate was held in the heat of the GOP primaries.")),
    F("holds_office", "obama", "pres_us", "policy contrast with President Barack Obama"),
    F("holds_office", "romney", "gov_ma", "The former Massachusetts governor, who last traveled to Israel", former=True),
    F("holds_office", "cameron", "pm_uk", "including Prime Minister David Cameron, deputy Prime Minister Nick Clegg"),
    F("holds_office", "clegg", "dpm_uk", "including Prime Minister David Cameron, deputy Prime Minister Nick Clegg"),
    F("holds_office", "miliband", "lo_uk", "opposition leader Ed Miliband"),
    F("holds_office", "hague", "fs_uk", "He will also meet with William Hague, the U.K. foreign secretary"),
    F("holds_office", "blair", "pm_uk", "He will also meet with William Hague, the U.K. foreign secretary", former=True),
    F("party", "cameron", "con_uk", "Cameron, a member of Britain's Conservative Party"),
    F("holds_office", "netanyahu", "pm_il", "Israeli Prime Minister Benjamin Netanyahu, Israeli President Shimon Peres"),
    F("holds_office", "peres", "pres_il", "Israeli Prime Minister Benjamin Netanyahu, Israeli President Shimon Peres"),
    F("holds_office", "fayyad", "pm_pna", "Salam Fayyad, the prime minister of the Palestinian National Authority"),
    F("candidacy", "walesa", "pl_pres_1990", "and Walesa later was elected president"),
    F("won", "walesa", "pl_pres_1990", "and Walesa later was elected president"),
    F("holds_office", "walesa", "pres_pl", "and Walesa later was elected president", former=True),
]))

# ---------------------------------------------------------------- a_2012-08-15 (CNN, Obama Iowa bus tour / Ryan pick)
DOCS.append(("a_2012-08-15_RxeqvuKb9SJe0ahI.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama wrapped up a three-day bus tour of Iowa"),
    F("candidacy", "obama", "us_pres_2012", "while the certain Republican nominee continued to call Obama's re-election effort"),
    F("candidacy", "romney", "us_pres_2012", "while the certain Republican nominee continued to call Obama's re-election effort"),
    F("party", "romney", "rep", "while the certain Republican nominee continued to call Obama's re-election effort"),
    F("holds_office", "romney", "gov_ma", "the former Massachusetts governor said", former=True),
    F("candidacy", "ryan", "us_pres_2012", "since Romney chose House Budget Committee Chairman Paul Ryan as his running mate"),
    F("holds_office", "ryan", "chair_hbc", "since Romney chose House Budget Committee Chairman Paul Ryan as his running mate"),
    F("holds_office", "ryan", "rep_wi1", "Congressman Ryan has joined my campaign"),
    F("party", "ryan", "rep", [L("Story highlights Paul Ryan says Republicans will win debate on Medicare"),
                               "since Romney chose House Budget Committee Chairman Paul Ryan as his running mate"]),
    F("holds_office", "biden", "vp_us", "In Virginia on Wednesday, Vice President Joe Biden sounded Democratic attack lines"),
    F("holds_office", "wilder", "gov_va", "Former Virginia Gov. Doug Wilder, a Democrat", former=True),
    F("party", "wilder", "dem", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("candidacy", "wilder", "va_gov_1989", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("won", "wilder", "va_gov_1989", "Former Virginia Gov. Doug Wilder, a Democrat"),
    F("poll", "romney", "us_pres_2012", "The Gallup Daily Tracking Poll showed Romney holding", 47, pollster="Gallup Daily Tracking Poll"),
    F("poll", "obama", "us_pres_2012", "The Gallup Daily Tracking Poll showed Romney holding", 45, pollster="Gallup Daily Tracking Poll"),
    F("endorsement", "mobama", "obama", ["First lady Michelle Obama joined the president for his Iowa events",
                                         S("It was the first time the couple appeared together on the campaign trail")]),
]))

# ---------------------------------------------------------------- a_2012-09-26 (Washington Times, Romney in Ohio)
DOCS.append(("a_2012-09-26_FKRGFRFagjAsmNjD.txt", [
    F("candidacy", "romney", "us_pres_2012", "poll that held ominous signs for the Republican nominee in Ohio"),
    F("party", "romney", "rep", "poll that held ominous signs for the Republican nominee in Ohio"),
    F("holds_office", "romney", "gov_ma", "the former Massachusetts governor was the right man for the job", former=True),
    F("holds_office", "obama", "pres_us", "President Obama, meanwhile, made his own Ohio pitch"),
    F("candidacy", "obama", "us_pres_2012", "a month after the two candidates were even on the issue"),
    F("party", "obama", "dem", S("The poll came on the heels of a Washington Post survey released Tuesday", through="trust the Democrat more when it comes to handling the economy")),
    F("endorsement", "nicklaus", "romney", ["by linking up with golf legend Jack Nicklaus, an Ohio native, at a campaign rally",
                                            "the former Massachusetts governor was the right man for the job"]),
    F("poll", "obama", "us_pres_2012", ["a new CBS/New York Times/ Quinnipiac University poll",
                                        "The survey found Mr. Obama holds a 53 percent to 43 percent edge"], 53,
      pollster="CBS/New York Times/Quinnipiac University"),
    F("poll", "romney", "us_pres_2012", ["a new CBS/New York Times/ Quinnipiac University poll",
                                         "The survey found Mr. Obama holds a 53 percent to 43 percent edge"], 43,
      pollster="CBS/New York Times/Quinnipiac University"),
    F("poll", "obama", "us_pres_2012", "a Washington Post survey released Tuesday that gave Mr. Obama an 8-point lead", pollster="Washington Post"),
    F("holds_office", "kasich", "gov_oh", "Ohio Gov. John Kasich, a Republican"),
    F("party", "kasich", "rep", "Ohio Gov. John Kasich, a Republican"),
]))

# ---------------------------------------------------------------- a_2014-01-29 (NPR, Kentucky / Beshear)
DOCS.append(("a_2014-01-29_1oVX1YXYBZeX8tmV.txt", [
    F("holds_office", "obama", "pres_us", "during the State of the Union speech when President Obama said"),
    F("party", "obama", "dem", "Obama was singling out his fellow Democrat"),
    F("party", "beshear", "dem", "Obama was singling out his fellow Democrat"),
    F("holds_office", "beshear", "gov_ky", "Obama was singling out his fellow Democrat for being the rare Southern governor"),
    F("holds_office", "rpaul", "sen_ky", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("holds_office", "mcconnell", "sen_ky", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("party", "rpaul", "rep", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("party", "mcconnell", "rep", "the home of prominent Republican Sens. Rand Paul and Mitch McConnell"),
    F("holds_office", "mcconnell", "sen_min_leader", "respectively, the Senate Republican leader"),
    F("holds_office", "conway", "ag_ky", "Jack Conway, the state's Democratic attorney general"),
    F("party", "conway", "dem", "Jack Conway, the state's Democratic attorney general"),
    F("candidacy", "obama", "us_pres_2012", "In 2012, Obama lost 116 of the state's 120 counties."),
    F("candidacy", "obama", "ky_dem_prim_2012", S("In 2012, Obama lost 116 of the state's 120 counties.",
                                                  through="in 67 counties.")),
    F("candidacy", "mcconnell", "ky_sen_2014", "National Democrats are hopeful about their chances of unseating McConnell this fall."),
    F("candidacy", "mcconnell", "ky_sen_rep_prim_2014", S("National Democrats are hopeful about their chances of unseating McConnell this fall.", through="Assuming he survives a primary challenge from his right")),
    F("candidacy", "grimes", "ky_sen_2014", S("National Democrats are hopeful about their chances of unseating McConnell this fall.",
                                              through="Kentucky's secretary of state and daughter of a longtime Democratic operative.")),
    F("party", "grimes", "dem", S("National Democrats are hopeful about their chances of unseating McConnell this fall.",
                                  through="Kentucky's secretary of state and daughter of a longtime Democratic operative.")),
    F("holds_office", "grimes", "sos_ky", "he will face Allison Lundergan Grimes, Kentucky's secretary of state"),
    F("candidacy", "abeshear", "ky_ag_2015", "(His son, Andy, is running for state attorney general next year.)"),
    F("holds_office", "fischer", "mayor_louisville", "says Greg Fischer, Louisville's Democratic mayor"),
    F("party", "fischer", "dem", "says Greg Fischer, Louisville's Democratic mayor"),
]))

# ---------------------------------------------------------------- a_2016-02-08 (AP, New Hampshire primary)
_NH_GOVS = S("Christie and his fellow governors need that to be the case", through="they've staked their White House hopes on New Hampshire.")
_MON = S("A Monmouth University survey released Sunday", through="and Cruz had 12 percent support.")
DOCS.append(("a_2016-02-08_iSzI8fJLCuANbVSh.txt", [
    F("candidacy", "rubio", "nh_rep_prim_2016", "Tuesday's New Hampshire primary has emboldened a trio of governors seeking to stem his rise"),
    F("candidacy", "rubio", "us_rep_prim_2016", "Tuesday's New Hampshire primary has emboldened a trio of governors seeking to stem his rise"),
    F("party", "rubio", "rep", "Tuesday's New Hampshire primary has emboldened a trio of governors seeking to stem his rise"),
    F("candidacy", "trump", "us_rep_prim_2016", "no clear favorite to challenge Donald Trump and Ted Cruz"),
    F("candidacy", "cruz", "us_rep_prim_2016", "no clear favorite to challenge Donald Trump and Ted Cruz"),
    F("party", "trump", "rep", ["no clear favorite to challenge Donald Trump and Ted Cruz", _MON]),
    F("party", "cruz", "rep", "no clear favorite to challenge Donald Trump and Ted Cruz"),
    F("candidacy", "christie", "us_rep_prim_2016", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("candidacy", "kasich", "us_rep_prim_2016", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("candidacy", "jbush", "us_rep_prim_2016", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("party", "christie", "rep", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("party", "kasich", "rep", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("party", "jbush", "rep", "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"),
    F("holds_office", "rubio", "sen_fl", "whether the freshman Florida senator has the experience"),
    F("holds_office", "christie", "gov_nj", "the New Jersey governor tripped up Rubio"),
    F("candidacy", "christie", "nh_rep_prim_2016", _NH_GOVS),
    F("candidacy", "kasich", "nh_rep_prim_2016", [_NH_GOVS, _MON]),
    F("candidacy", "jbush", "nh_rep_prim_2016", [_NH_GOVS, _MON]),
    F("candidacy", "trump", "nh_rep_prim_2016", ["Trump has held a commanding lead in New Hampshire preference polls for months.", _MON]),
    F("candidacy", "cruz", "nh_rep_prim_2016", ["Cruz is in the mix with Rubio and the governors", _MON]),
    F("candidacy", "trump", "ia_rep_caucus_2016", "the top-two finishers in the lead-off Iowa caucuses"),
    F("candidacy", "cruz", "ia_rep_caucus_2016", "the top-two finishers in the lead-off Iowa caucuses"),
    F("candidacy", "rubio", "ia_rep_caucus_2016", "with a third-place finish in Iowa that was stronger than expected"),
    F("lost", "rubio", "ia_rep_caucus_2016", "with a third-place finish in Iowa that was stronger than expected"),
    F("poll", "trump", "nh_rep_prim_2016", _MON, 30, pollster="Monmouth University"),
    F("poll", "kasich", "nh_rep_prim_2016", _MON, 14, pollster="Monmouth University"),
    F("poll", "rubio", "nh_rep_prim_2016", _MON, 13, pollster="Monmouth University"),
    F("poll", "jbush", "nh_rep_prim_2016", _MON, 13, pollster="Monmouth University"),
    F("poll", "cruz", "nh_rep_prim_2016", _MON, 12, pollster="Monmouth University"),
    F("holds_office", "jbush", "gov_fl", "former Florida Gov. Jeb Bush also had 13 percent", former=True),
    F("holds_office", "kasich", "gov_oh", "and Kasich, the current governor of Ohio"),
    F("holds_office", "obama", "pres_us", "President Barack Obama, who also won the White House as a first-term senator"),
    F("candidacy", "obama", "us_pres_2008", "President Barack Obama, who also won the White House as a first-term senator"),
    F("won", "obama", "us_pres_2008", "President Barack Obama, who also won the White House as a first-term senator"),
    F("holds_office", "obama", "sen_il", "President Barack Obama, who also won the White House as a first-term senator", former=True),
]))

# ---------------------------------------------------------------- a_2016-03-01 (CSM, primary turnout)
_SC = S("The Donald himself was quick to brag about the disparate turnout trends", through="GROWING PARTY")
_2008 = "the Democrats fielded a large number of candidates – Barack Obama, Hillary Clinton, John Edwards, Joe Biden"
DOCS.append(("a_2016-03-01_LSBrEqSum0eYXsTU.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "as Trump threatens on Tuesday to move a big step closer to locking down the nomination"),
    F("party", "trump", "rep", "“Trump is a polarizing figure, even within the GOP,”"),
    F("candidacy", "trump", "sc_rep_prim_2016", _SC),
    F("won", "trump", "sc_rep_prim_2016", _SC),
    F("candidacy", "clinton", "sc_dem_prim_2016", ["after Democratic frontrunner Hillary Clinton crushed Bernie Sanders in the first Southern primary", _SC]),
    F("won", "clinton", "sc_dem_prim_2016", ["after Democratic frontrunner Hillary Clinton crushed Bernie Sanders in the first Southern primary", _SC]),
    F("candidacy", "sanders", "sc_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders in the first Southern primary"),
    F("lost", "sanders", "sc_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders in the first Southern primary"),
    F("candidacy", "clinton", "us_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("party", "clinton", "dem", ["after Democratic frontrunner Hillary Clinton crushed Bernie Sanders", "Mrs. Clinton, the Democratic front-runner is polarizing, too"]),
    F("holds_office", "sasse", "sen_ne", "including Nebraska Sen. Ben Sasse"),
    F("party", "sasse", "rep", "Some conservative Republicans, including Nebraska Sen. Ben Sasse"),
    F("candidacy", "obama", "us_dem_prim_2008", _2008),
    F("candidacy", "clinton", "us_dem_prim_2008", _2008),
    F("candidacy", "edwards", "us_dem_prim_2008", _2008),
    F("candidacy", "biden", "us_dem_prim_2008", _2008),
    F("party", "obama", "dem", _2008),
    F("party", "edwards", "dem", _2008),
    F("party", "biden", "dem", _2008),
    F("holds_office", "obama", "sen_il", "then-Senator Obama and then-Senator Clinton", former=True),
    F("holds_office", "clinton", "sen_ny", "then-Senator Obama and then-Senator Clinton", former=True),
    F("party", "begala", "dem", "Democratic strategist Paul Begala acknowledged concern"),
]))

# ---------------------------------------------------------------- a_2016-07-27 (AP, DNC night two, Bill Clinton)
_NOM = "serving as character witness for her on the night she triumphantly became the first woman nominated for president"
_SANDERS = "her primary rival Bernie Sanders helped make it official"
DOCS.append(("a_2016-07-27_MJFqsQA5vfr0l7Zn.txt", [
    F("holds_office", "bclinton", "pres_us", "former President Bill Clinton declared his wife Hillary Clinton", former=True),
    F("endorsement", "bclinton", "clinton", [_NOM, "The former president has campaigned frequently for his wife during the White House race"]),
    F("candidacy", "clinton", "us_pres_2016", ["a jubilant celebration of Hillary Clinton's formal nomination for president", "She will take on Donald Trump"]),
    F("party", "clinton", "dem", ["the Democratic Party's new standard-bearer in the race for the White House", "a jubilant celebration of Hillary Clinton's formal nomination for president"]),
    F("candidacy", "clinton", "us_dem_prim_2016", [_NOM, "a jubilant celebration of Hillary Clinton's formal nomination for president"]),
    F("won", "clinton", "us_dem_prim_2016", [_NOM, "a jubilant celebration of Hillary Clinton's formal nomination for president"]),
    F("candidacy", "trump", "us_pres_2016", "She will take on Donald Trump, who won the Republican nomination a week ago."),
    F("candidacy", "trump", "us_rep_prim_2016", "She will take on Donald Trump, who won the Republican nomination a week ago."),
    F("won", "trump", "us_rep_prim_2016", "She will take on Donald Trump, who won the Republican nomination a week ago."),
    F("party", "trump", "rep", "She will take on Donald Trump, who won the Republican nomination a week ago."),
    F("candidacy", "sanders", "us_dem_prim_2016", _SANDERS),
    F("lost", "sanders", "us_dem_prim_2016", _SANDERS),
    F("endorsement", "sanders", "clinton", _SANDERS),
    F("candidacy", "clinton", "us_dem_prim_2008", ["in support of her former rival, Barack Obama", "This time, Clinton shattered the glass ceiling she couldn't crack in 2008."]),
    F("lost", "clinton", "us_dem_prim_2008", ["in support of her former rival, Barack Obama", "This time, Clinton shattered the glass ceiling she couldn't crack in 2008."]),
    F("candidacy", "obama", "us_dem_prim_2008", "in support of her former rival, Barack Obama"),
    F("endorsement", "clinton", "obama", "in support of her former rival, Barack Obama"),
    F("holds_office", "clinton", "sec_state", "long political resume — secretary of state, senator, first lady", former=True),
    F("holds_office", "clinton", "sen_ny", "long political resume — secretary of state, senator, first lady", former=True),
    F("endorsement", "fulton", "clinton", "said Sybrina Fulton, whose son Trayvon Martin was killed in 2012"),
    F("holds_office", "lynch", "ag_us", "he met privately with Attorney General Loretta Lynch"),
    F("endorsement", "mobama", "clinton", "first lady Michelle Obama made an impassioned case for Clinton"),
    F("holds_office", "obama", "pres_us", "President Barack Obama and Vice President Joe Biden will speak Wednesday"),
    F("holds_office", "biden", "vp_us", "President Barack Obama and Vice President Joe Biden will speak Wednesday"),
    F("holds_office", "kaine", "sen_va", "along with Virginia Sen. Tim Kaine, Clinton's new running mate"),
    F("candidacy", "kaine", "us_pres_2016", "along with Virginia Sen. Tim Kaine, Clinton's new running mate"),
]))

# ---------------------------------------------------------------- a_2016-09-21 (Fox News, battleground state polls)
_FOX = "That’s according to Fox News statewide likely voter polls"
_HEAD16 = "Donald Trump narrowly leads Hillary Clinton in the battleground states of Nevada, North Carolina, and Ohio."
_NV = "Trump has a three-point advantage over Clinton among likely voters in the Silver State (43-40 percent)."
_NC = S("In North Carolina, Trump is up by five points among likely voters.", through="and 6 percent favor Johnson.")
_OH = "the poll finds him up by five points among likely voters: 42-37 percent"
_SEN = "The polls, released Wednesday, also ask about the senate races in these key states"
DOCS.append(("a_2016-09-21_o0p7BO3b70YcgIxJ.txt", [
    F("candidacy", "trump", "us_pres_2016", "Donald Trump narrowly leads Hillary Clinton in the battleground states"),
    F("candidacy", "clinton", "us_pres_2016", "Donald Trump narrowly leads Hillary Clinton in the battleground states"),
    F("poll", "trump", "us_pres_2016", [_FOX, _NV], 43, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_FOX, _NV], 40, pollster="Fox News"),
    F("poll", "gjohnson", "us_pres_2016", [_FOX, "Libertarian Gary Johnson receives eight percent."], 8, pollster="Fox News"),
    F("candidacy", "gjohnson", "us_pres_2016", "Libertarian Gary Johnson receives eight percent."),
    F("party", "gjohnson", "lib", "Libertarian Gary Johnson receives eight percent."),
    F("candidacy", "stein", "us_pres_2016", "Green Party candidate Jill Stein is not on the ballot in Nevada."),
    F("party", "stein", "green", "Green Party candidate Jill Stein is not on the ballot in Nevada."),
    F("party", "clinton", "dem", "The Democrat is trailing expectations among women and younger voters."),
    F("poll", "trump", "us_pres_2016", [_FOX, "The race is mostly unchanged in a head-to-head matchup without Johnson"], 46, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_FOX, "The race is mostly unchanged in a head-to-head matchup without Johnson"], 42, pollster="Fox News"),
    F("candidacy", "obama", "us_pres_2012", "Women in Nevada backed Barack Obama over Mitt Romney by a 16-point margin in 2012"),
    F("candidacy", "romney", "us_pres_2012", ["Women in Nevada backed Barack Obama over Mitt Romney by a 16-point margin in 2012",
                                             "North Carolina was red in 2012 (Romney by two points)"]),
    F("candidacy", "obama", "us_pres_2008", S("Currently, 47 percent of voters approve of the job Obama is doing", through="and 2008 (by almost five points).")),
    F("party", "canderson", "dem", "notes Democratic pollster Chris Anderson, who conducts the Fox News Poll with Republican Daron Shaw"),
    F("party", "shaw", "rep", "notes Democratic pollster Chris Anderson, who conducts the Fox News Poll with Republican Daron Shaw"),
    F("holds_office", "obama", "pres_us", "Views of President Obama’s job performance are divided"),
    F("poll", "trump", "us_pres_2016", [_FOX, _NC], 45, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_FOX, _NC], 40, pollster="Fox News"),
    F("poll", "gjohnson", "us_pres_2016", [_FOX, _NC], 6, pollster="Fox News"),
    F("poll", "trump", "us_pres_2016", [_FOX, "In the two-way ballot, Trump’s also up five (47-42 percent)."], 47, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_HEAD16, _FOX, "In the two-way ballot, Trump’s also up five (47-42 percent)."], 42, pollster="Fox News"),
    F("poll", "trump", "us_pres_2016", [_FOX, _OH], 42, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_HEAD16, _FOX, _OH], 37, pollster="Fox News"),
    F("poll", "stein", "us_pres_2016", [_FOX, "Johnson receives six percent and Stein gets two percent."], 2, pollster="Fox News"),
    F("party", "kasich", "rep", "voters approve of the job Republican John Kasich is doing as governor"),
    F("holds_office", "kasich", "gov_oh", "voters approve of the job Republican John Kasich is doing as governor"),
    F("poll", "trump", "us_pres_2016", [_FOX, "it’s Trump over Clinton by 45-40 percent"], 45, pollster="Fox News"),
    F("poll", "clinton", "us_pres_2016", [_FOX, "it’s Trump over Clinton by 45-40 percent"], 40, pollster="Fox News"),
    F("candidacy", "portman", "oh_sen_2016", "while Republican Rob Portman holds a double-digit lead in Ohio"),
    F("party", "portman", "rep", "while Republican Rob Portman holds a double-digit lead in Ohio"),
    F("holds_office", "reid", "sen_nv", "the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("holds_office", "reid", "sen_min_leader", "the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("party", "reid", "dem", "the seat of the retiring Democratic Senate Leader Harry Reid"),
    F("candidacy", "heck", "nv_sen_2016", "Joe Heck leads his Democratic opponent Catherine Cortez Masto by seven points"),
    F("candidacy", "cortezmasto", "nv_sen_2016", "Joe Heck leads his Democratic opponent Catherine Cortez Masto by seven points"),
    F("party", "cortezmasto", "dem", "Joe Heck leads his Democratic opponent Catherine Cortez Masto by seven points"),
    F("party", "heck", "rep", S("There’s good news for Republicans in Nevada", through="Joe Heck leads his Democratic opponent")),
    F("poll", "heck", "nv_sen_2016", [_SEN, "Joe Heck leads his Democratic opponent Catherine Cortez Masto by seven points"], 43, pollster="Fox News"),
    F("poll", "cortezmasto", "nv_sen_2016", [_SEN, "Joe Heck leads his Democratic opponent Catherine Cortez Masto by seven points"], 36, pollster="Fox News"),
    F("candidacy", "tjones", "nv_sen_2016", "Independent American Party candidate Tom Jones trails with 6 percent"),
    F("party", "tjones", "iap", "Independent American Party candidate Tom Jones trails with 6 percent"),
    F("poll", "tjones", "nv_sen_2016", [_SEN, "Independent American Party candidate Tom Jones trails with 6 percent"], 6, pollster="Fox News"),
    F("candidacy", "burr", "nc_sen_2016", "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"),
    F("party", "burr", "rep", "if the GOP gains the Reid seat and Burr holds on"),
    F("holds_office", "burr", "sen_nc", "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"),
    F("candidacy", "ross", "nc_sen_2016", "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"),
    F("party", "ross", "dem", "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"),
    F("candidacy", "haugh", "nc_sen_2016", "with Libertarian Sean Haugh at 6 percent"),
    F("party", "haugh", "lib", "with Libertarian Sean Haugh at 6 percent"),
    F("poll", "burr", "nc_sen_2016", [_SEN, "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"], 43, pollster="Fox News"),
    F("poll", "ross", "nc_sen_2016", [_SEN, "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"], 37, pollster="Fox News"),
    F("poll", "haugh", "nc_sen_2016", [_SEN, "incumbent Sen. Richard Burr bests Democratic challenger Deborah Ross"], 6, pollster="Fox News"),
    F("holds_office", "portman", "sen_oh", "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"),
    F("candidacy", "strickland", "oh_sen_2016", "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"),
    F("party", "strickland", "dem", "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"),
    F("poll", "portman", "oh_sen_2016", [_SEN, "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"], 51, pollster="Fox News"),
    F("poll", "strickland", "oh_sen_2016", [_SEN, "Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland"], 37, pollster="Fox News"),
    F("holds_office", "strickland", "gov_oh", S("Ohio Sen. Rob Portman holds a 14-point lead over Democrat Ted Strickland", through="tops the former governor by 28 points"), former=True),
    F("candidacy", "portman", "oh_sen_2010", S("Portman also garners the support of most Republicans", through="He won the seat in 2010 with 57 percent of the vote.")),
    F("won", "portman", "oh_sen_2010", S("Portman also garners the support of most Republicans", through="He won the seat in 2010 with 57 percent of the vote."), 57),
    F("candidacy", "mccrory", "nc_gov_2016", "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."),
    F("candidacy", "cooper", "nc_gov_2016", "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."),
    F("party", "mccrory", "rep", "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."),
    F("party", "cooper", "dem", "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."),
    F("holds_office", "mccrory", "gov_nc", S("There’s also a gubernatorial race in North Carolina.", through="Republican incumbent Pat McCrory tops Democrat Roy Cooper")),
    F("poll", "mccrory", "nc_gov_2016", [_SEN, "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."], 46, pollster="Fox News"),
    F("poll", "cooper", "nc_gov_2016", [_SEN, "Republican incumbent Pat McCrory tops Democrat Roy Cooper by 46-43 percent."], 43, pollster="Fox News"),
    F("candidacy", "cecil", "nc_gov_2016", "Libertarian Lon Cecil receives 3 percent."),
    F("party", "cecil", "lib", "Libertarian Lon Cecil receives 3 percent."),
    F("poll", "cecil", "nc_gov_2016", [_SEN, "Libertarian Lon Cecil receives 3 percent."], 3, pollster="Fox News"),
]))

# ---------------------------------------------------------------- a_2018-01-11 (The Hill, FISA vote)
DOCS.append(("a_2018-01-11_c9W5rtwIQKO4mqy6.txt", [
    F("holds_office", "trump", "pres_us", "Just a few hours before the vote, President Trump"),
    F("holds_office", "amash", "rep_mi3", "which were offered by Rep. Justin Amash"),
    F("party", "amash", "rep", "which were offered by Rep. Justin Amash"),
    F("holds_office", "goodlatte", "chair_hjc", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("holds_office", "goodlatte", "rep_va6", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("party", "goodlatte", "rep", "But House Judiciary Chairman Bob Goodlatte (R-Va.)"),
    F("holds_office", "flynn", "nsa_us", "former national security adviser Michael Flynn", former=True),
    F("holds_office", "conaway", "rep_tx11", "Rep. Mike Conaway Kenneth (Mike) Michael ConawayGOP"),
    F("party", "conaway", "rep", "Rep. Mike Conaway Kenneth (Mike) Michael ConawayGOP"),
]))

# ---------------------------------------------------------------- a_2018-07-05 (Vox, Bill Shine hired)
DOCS.append(("a_2018-07-05_lG4rb3pN1OzhX7n4.txt", [
    F("holds_office", "trump", "pres_us", "President Donald Trump has officially tapped Bill Shine"),
    F("holds_office", "shine", "wh_comm", "as his communications director to replace Hope Hicks"),
    F("holds_office", "hicks", "wh_comm", ["as his communications director to replace Hope Hicks", "conspicuously vacant since Hope Hicks departed in March"], former=True),
    F("holds_office", "dubke", "wh_comm", S("Being the communications director in the Trump White House is a tough gig", through="Mike Dubke only lasted three months."), former=True),
    F("holds_office", "scaramucci", "wh_comm", S("Mike Dubke only lasted three months.", through="Anthony Scaramucci notoriously lasted just about 10 days."), former=True),
    F("holds_office", "porter", "wh_staffsec", "When since-dismissed staff secretary Rob Porter was credibly accused", former=True),
    F("endorsement", "trump", "moore", "The president endorsed accused child molester Roy Moore in the US Senate race in Alabama."),
    F("candidacy", "moore", "al_sen_2017", "The president endorsed accused child molester Roy Moore in the US Senate race in Alabama."),
]))

# ---------------------------------------------------------------- a_2018-09-13 (Vox, Cuomo beats Nixon)
DOCS.append(("a_2018-09-13_ZroFRJ8RX58f9b2i.txt", [
    F("candidacy", "cuomo", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo sealed a large primary victory over progressive challenger Cynthia Nixon"),
    F("candidacy", "nixon", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo sealed a large primary victory over progressive challenger Cynthia Nixon"),
    F("won", "cuomo", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo sealed a large primary victory over progressive challenger Cynthia Nixon"),
    F("lost", "nixon", "ny_gov_dem_prim_2018", ["New York Gov. Andrew Cuomo sealed a large primary victory over progressive challenger Cynthia Nixon",
                                                "But that wasn’t nearly enough for her to beat him."]),
    F("holds_office", "cuomo", "gov_ny", "New York Gov. Andrew Cuomo sealed a large primary victory"),
    F("holds_office", "cuomo", "ag_ny", "Cuomo is a two-term incumbent governor who served four years as attorney general before that", former=True),
    F("holds_office", "cuomo", "sec_hud", "Cuomo is a two-term incumbent governor who served four years as attorney general before that", former=True),
    F("holds_office", "bclinton", "pres_us", "Cuomo is a two-term incumbent governor who served four years as attorney general before that", former=True),
    F("endorsement", "dnc", "cuomo", "called in an unusual endorsement from the Democratic National Committee"),
    F("party", "cuomo", "dem", "called in an unusual endorsement from the Democratic National Committee"),
    F("candidacy", "teachout", "ny_ag_dem_prim_2018", "These same groups also rejected Zephyr Teachout’s campaign for attorney general"),
    F("candidacy", "clinton", "us_dem_prim_2016", S("These same groups also rejected Zephyr Teachout’s campaign for attorney general", through="backed Hillary Clinton in 2016")),
    F("candidacy", "sanders", "us_dem_prim_2016", "even though he didn’t garner anywhere near that support with black voters in 2016"),
    F("holds_office", "deblasio", "mayor_nyc", "Even someone like New York Mayor Bill de Blasio"),
    F("candidacy", "cuomo", "ny_gov_2010", "Cuomo was first elected in 2010"),
    F("won", "cuomo", "ny_gov_2010", "Cuomo was first elected in 2010"),
]))

# ---------------------------------------------------------------- a_2018-09-13 (Fox News, New York primaries)
_LG = "And incumbent Kathy Hochul defeated Jumaane Williams"
_AG = "Cuomo-backed New York City Public Advocate Letitia James, 59, won a four-way Democratic primary for attorney general"
_GEN = "Cuomo is set to face Republican Dutchess County Executive Marc Molinaro"
_RES = "The losses were a one-two-three punch for so-called"
DOCS.append(("a_2018-09-13_hrOIg90KjOoVcxUk.txt", [
    F("candidacy", "cuomo", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("candidacy", "nixon", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("won", "cuomo", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("lost", "nixon", "ny_gov_dem_prim_2018", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("holds_office", "cuomo", "gov_ny", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("party", "cuomo", "dem", "New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon"),
    F("party", "nixon", "dem", ["New York Gov. Andrew Cuomo soundly defeated insurgent progressive Cynthia Nixon", _RES]),
    F("candidacy", "hochul", "ny_ltgov_dem_prim_2018", _LG),
    F("candidacy", "jwilliams", "ny_ltgov_dem_prim_2018", _LG),
    F("won", "hochul", "ny_ltgov_dem_prim_2018", _LG),
    F("lost", "jwilliams", "ny_ltgov_dem_prim_2018", _LG),
    F("holds_office", "hochul", "ltgov_ny", _LG),
    F("party", "hochul", "dem", [_LG, "Hochul, a former congresswoman from Buffalo"]),
    F("party", "jwilliams", "dem", [_LG, _RES]),
    F("holds_office", "hochul", "rep_ny26", "Hochul, a former congresswoman from Buffalo", former=True),
    F("candidacy", "hochul", "ny_gov_2018", "now moves on to the November general election as Cuomo's running mate"),
    F("candidacy", "ljames", "ny_ag_dem_prim_2018", _AG),
    F("won", "ljames", "ny_ag_dem_prim_2018", _AG),
    F("candidacy", "teachout", "ny_ag_dem_prim_2018", _AG),
    F("lost", "teachout", "ny_ag_dem_prim_2018", _AG),
    F("endorsement", "cuomo", "ljames", _AG),
    F("holds_office", "ljames", "pa_nyc", _AG),
    F("party", "ljames", "dem", _AG),
    F("party", "teachout", "dem", [_AG, _RES]),
    F("endorsement", "teachout", "nixon", "Teachout had campaigned with Nixon against Cuomo"),
    F("holds_office", "trump", "pres_us", "in cracking down on President Trump"),
    F("candidacy", "teachout", "ny_gov_dem_prim_2014", "Teachout had run unsuccessfully against Cuomo for governor in 2014"),
    F("lost", "teachout", "ny_gov_dem_prim_2014", "Teachout had run unsuccessfully against Cuomo for governor in 2014", 30),
    F("candidacy", "cuomo", "ny_gov_dem_prim_2014", "Teachout had run unsuccessfully against Cuomo for governor in 2014"),
    F("won", "cuomo", "ny_gov_dem_prim_2014", "Teachout had run unsuccessfully against Cuomo for governor in 2014"),
    F("candidacy", "aoc", "ny14_2018", "democratic socialist U.S. House candidate Alexandria Ocasio-Cortez"),
    F("candidacy", "salazar", "ny_sd18_dem_prim_2018", "unseated a 16-year incumbent in Thursday's Democratic primary"),
    F("won", "salazar", "ny_sd18_dem_prim_2018", "unseated a 16-year incumbent in Thursday's Democratic primary"),
    F("party", "salazar", "dem", "unseated a 16-year incumbent in Thursday's Democratic primary"),
    F("candidacy", "ljames", "ny_ag_2018", "if she prevails in the general election for attorney general"),
    F("holds_office", "underwood", "ag_ny", "The current attorney general, Barbara Underwood, was appointed in May"),
    F("holds_office", "schneiderman", "ag_ny", "The current attorney general, Barbara Underwood, was appointed in May", former=True),
    F("candidacy", "lsanders", "nh1_dem_prim_2018", "the dismal performance of Bernie Sanders' son Levi in New Hampshire earlier this week"),
    F("lost", "lsanders", "nh1_dem_prim_2018", "the dismal performance of Bernie Sanders' son Levi in New Hampshire earlier this week"),
    F("endorsement", "wfp", "nixon", "Nixon had received the endorsement of the Working Families Party (WFP)"),
    F("candidacy", "cuomo", "ny_gov_2018", _GEN),
    F("candidacy", "molinaro", "ny_gov_2018", _GEN),
    F("candidacy", "hawkins", "ny_gov_2018", _GEN),
    F("candidacy", "miner", "ny_gov_2018", _GEN),
    F("party", "molinaro", "rep", _GEN),
    F("party", "hawkins", "green", _GEN),
    F("holds_office", "molinaro", "ce_dutchess", _GEN),
    F("holds_office", "miner", "mayor_syracuse", _GEN, former=True),
]))

# ---------------------------------------------------------------- a_2020-05-05 (Politico, mysterious super PAC)
# the $4.8 million came from unnamed donors; payments to vendors are spending, not funding
DOCS.append(("a_2020-05-05_guNskAcILJ1c67ux.txt", [
    F("party", "watkins", "rep", "said Nancy Watkins, an experienced Republican treasurer of political committees"),
]))

# ---------------------------------------------------------------- a_2020-06-08 (USA Today, Trump campaign vs CNN poll)
_CNN = "The poll also found Trump trailing the presumptive Democratic presidential nominee 55%-41%"
DOCS.append(("a_2020-06-08_FBYsbezLj8DTYjQQ.txt", [
    F("holds_office", "trump", "pres_us", "Two days after President Donald Trump lashed out at CNN"),
    F("candidacy", "trump", "us_pres_2020", "his reelection campaign sent CNN a cease and desist letter"),
    F("holds_office", "biden", "vp_us", "a poll showing him trailing former Vice President Joe Biden", former=True),
    F("candidacy", "biden", "us_pres_2020", ["a poll showing him trailing former Vice President Joe Biden", _CNN]),
    F("party", "biden", "dem", [_CNN, "a poll showing him trailing former Vice President Joe Biden"]),
    F("poll", "biden", "us_pres_2020", ["Trump lashed out at CNN on Monday after the network released the poll, which showed him trailing Biden by 14 percentage points", _CNN], 55, pollster="CNN/SSRS"),
    F("poll", "trump", "us_pres_2020", ["Trump lashed out at CNN on Monday after the network released the poll, which showed him trailing Biden by 14 percentage points", _CNN], 41, pollster="CNN/SSRS"),
    F("candidacy", "clinton", "us_pres_2016", "when the network found Clinton with a five-point lead over him"),
    F("candidacy", "trump", "us_pres_2016", "when the network found Clinton with a five-point lead over him"),
    F("poll", "clinton", "us_pres_2016", "when the network found Clinton with a five-point lead over him", pollster="CNN"),
]))

# ---------------------------------------------------------------- c_2016-05-10 (Current Events, West Virginia / Nebraska primaries)
_NE = "Voters in the state of Nebraska vote in the Republican presidential primary with Donald Trump just 169 delegates short"
_NY = "Voters in the U.S. state of New York go to the polls for a primary election with Hillary Clinton and Donald Trump expected to win"
_MO = "Bernie Sanders concedes the Missouri primary to Hillary Clinton, who led by 1,531 votes"
_MOR = "The Republican contest is too close to call as Donald Trump leads Ted Cruz by a similar 0.2 percent."
_OPP = "Donald Trump's appointment of his former opponents in the presidential primaries"
DOCS.append(("c_2016-05-10_united-states-presidential-election-2016.txt", [
    F("candidacy", "trump", "ne_rep_prim_2016", _NE),
    F("candidacy", "trump", "us_rep_prim_2016", [_NE, _OPP]),
    F("party", "trump", "rep", [_NE, _MOR]),
    F("candidacy", "clinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "clinton", "mo_dem_prim_2016", _MO),
    F("candidacy", "sanders", "mo_dem_prim_2016", _MO),
    F("won", "clinton", "mo_dem_prim_2016", _MO),
    F("lost", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "trump", "mo_rep_prim_2016", _MOR),
    F("candidacy", "cruz", "mo_rep_prim_2016", _MOR),
    F("party", "cruz", "rep", _MOR),
    F("holds_office", "trump", "pres_us", "U.S. President Donald Trump accuses former President Barack Obama"),
    F("holds_office", "obama", "pres_us", "U.S. President Donald Trump accuses former President Barack Obama", former=True),
    F("holds_office", "carson", "sec_hud", "neurosurgeon Ben Carson and Governor of Texas Rick Perry"),
    F("holds_office", "perry", "sec_energy", "neurosurgeon Ben Carson and Governor of Texas Rick Perry"),
    F("holds_office", "perry", "gov_tx", "neurosurgeon Ben Carson and Governor of Texas Rick Perry"),
    F("candidacy", "carson", "us_rep_prim_2016", "neurosurgeon Ben Carson and Governor of Texas Rick Perry"),
    F("candidacy", "perry", "us_rep_prim_2016", "neurosurgeon Ben Carson and Governor of Texas Rick Perry"),
]))

# ---------------------------------------------------------------- c_2016-11-13 (Current Events, Moldovan presidential runoff)
_MD = "presidential runoff between two opposition candidates, Igor Dodon, from the pro-Russian socialist PSRM"
_MDW = "Igor Dodon, of the Socialists- Party, wins Sunday's Moldovan presidential election run-off with 52.2 percent of the vote"
_MD1 = "A run off election will be held on November 13 between Igor Dodon and Maia Sandu"
_BG = "Bulgarians head to the polls in a presidential runoff between BSP backed Rumen Radev"
DOCS.append(("c_2016-11-13_moldovan-presidential-election-2016-vote.txt", [
    F("candidacy", "dodon", "md_pres_2016", [_MD, _MDW]),
    F("candidacy", "sandu", "md_pres_2016", [_MD, _MDW]),
    F("party", "dodon", "psrm", [_MD, _MDW]),
    F("party", "sandu", "pas", [_MD, _MDW]),
    F("won", "dodon", "md_pres_2016", _MDW, 52.2),
    F("lost", "sandu", "md_pres_2016", _MDW),
    F("holds_office", "sandu", "edumin_md", "besting former Education Minister Maia Sandu", former=True),
    F("candidacy", "dodon", "md_pres_2016_r1", _MD1),
    F("candidacy", "sandu", "md_pres_2016_r1", _MD1),
    F("holds_office", "dodon", "pres_md", "Moldovan President Igor Dodon, during his first state visit to Russia"),
    F("candidacy", "radev", "bg_pres_2016", _BG),
    F("candidacy", "tsacheva", "bg_pres_2016", _BG),
    F("endorsement", "bsp", "radev", _BG),
    F("holds_office", "tsacheva", "chair_na_bg", "Tsetska Tsacheva, Chairwoman of the National Assembly"),
    F("party", "tsacheva", "gerb", "Tsetska Tsacheva, Chairwoman of the National Assembly"),
    F("holds_office", "borisov", "pm_bg", "from incumbent prime-minister Boyko Borisov's conservative GERB"),
    F("party", "borisov", "gerb", "from incumbent prime-minister Boyko Borisov's conservative GERB"),
    F("poll", "radev", "bg_pres_2016", "Exit polls by Alpha Research and Gallup International", 58, pollster="Alpha Research; Gallup International"),
    F("poll", "tsacheva", "bg_pres_2016", "Exit polls by Alpha Research and Gallup International", 35, pollster="Alpha Research; Gallup International"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "r3.jsonl")
    (HERE.parent / "annotations" / "r3.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
