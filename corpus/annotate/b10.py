# ruff: noqa: E501
"""Corpus annotation, batch b10 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current / -2017, executive)
    "Justin Amash": "Q1714165",
    "Rand Paul": "Q463557",
    "Paul Ryan": "Q203966",
    "Barack Obama": "Q76",
    "Lindsey Graham": "Q22212",
    "Dave Brat": "Q17160419",
    "Thad Cochran": "Q723896",
    "John Cornyn": "Q719568",
    "Pat Roberts": "Q538375",
    "Mark Warner": "Q453893",
    "Mitch McConnell": "Q355522",
    "Kevin McCarthy": "Q766866",
    "Steve Scalise": "Q1857141",
    "Hal Rogers": "Q547153",
    "Chuck Schumer": "Q380900",
    "Elizabeth Warren": "Q434706",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.org("teaparty", "Tea Party movement", ["tea party", "tea-party"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "presidency"])
O("rep_tx14", representative("Texas", 14), ["Texas lawmaker", "Texas Rep."])
O("rep_mi3", representative("Michigan", 3), ["Congressman"])
O("sen_ky", senator("Kentucky"))
O("rep_wi1", representative("Wisconsin", 1))
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_la", governor("Louisiana"), ["Louisiana Gov."])
O("sen_sc", senator("South Carolina"), ["South Carolina Sen."])
O("sec_commerce", cabinet_secretary("Commerce", "Commerce"), ["commerce secretary"])
O("gov_wi", governor("Wisconsin"), ["Wisconsin Gov."])
O("rep_mo2", representative("Missouri", 2), ["Missouri Rep."])
O("treas_in", state_officer("Treasurer", "Indiana"), ["Indiana state Treasurer", "state Treasurer"])
O("speaker", "Speaker of the U.S. House of Representatives", ["House Speaker", "Speaker of the House"], generic=["Speaker", "House Speaker", "Speaker of the House"])
O("rep_ks1", representative("Kansas", 1))
O("rnc_committeewoman_me", "Republican National Committeewoman from Maine", ["RNC committeewoman"], generic=["RNC committeewoman"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_1968", "1968 United States presidential election", "ocd-division/country:us", "1968-11-05", "general", office="pres_us")
E("us_pres_1972", "1972 United States presidential election", "ocd-division/country:us", "1972-11-07", "general", office="pres_us")
E("mo_sen_2012", "2012 United States Senate election in Missouri", "ocd-division/country:us/state:mo", "2012-11-06", "general", office="U.S. Senator from Missouri")
E("in_sen_2012", "2012 United States Senate election in Indiana", "ocd-division/country:us/state:in", "2012-11-06", "general", office="U.S. Senator from Indiana")

# ---------------------------------------------------------------- people
P = R.person
P("ronpaul", "Ron Paul", ["Paul", "Rep. Ron Paul", "Mr. Paul", "Texas Rep. Ron Paul"])
P("amash", "Justin Amash", ["Amash", "Rep. Justin Amash", "Congressman Amash"])
P("randpaul", "Rand Paul", ["Sen. Rand Paul"])
P("aryan", "Ashley Ryan", [])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"])
P("ryan", "Paul Ryan", [])
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama", "Mr. Obama"])
P("eastwood", "Clint Eastwood", ["Eastwood"])
P("jindal", "Bobby Jindal", ["Mr. Jindal", "Jindal"])
P("graham", "Lindsey Graham", ["Mr. Graham", "Graham", "Sen. Lindsey Graham"])
P("gutierrez", "Carlos Gutierrez", ["Mr. Gutierrez"])
P("gwbush", "George W. Bush", ["President George W. Bush"])
P("swalker", "Scott Walker", [])
P("akin", "Todd Akin", ["W. Todd Akin"])
P("mourdock", "Richard Mourdock", [])
P("nixon", "Richard Nixon", [])
P("boehner", "John Boehner", ["Boehner", "Speaker Boehner"])
P("huelskamp", "Tim Huelskamp", ["Huelskamp", "Rep. Tim Huelskamp"])
P("santorum", "Rick Santorum", [])
P("demint", "Jim DeMint", ["DeMint", "Sen. Jim DeMint"])

DOCS = []

# ---------------------------------------------------------------- a_2012-08-26 (CNN, Ron Paul rally)
DOCS.append(("a_2012-08-26_zWXHMqbPadUI6ZVk.txt", [
    F("candidacy", "ronpaul", "us_rep_prim_2012", "As Rep. Ron Paul's third presidential bid is set to come to its formal end at the Republican National Convention"),
    F("party", "ronpaul", "rep", "As Rep. Ron Paul's third presidential bid is set to come to its formal end at the Republican National Convention"),
    F("holds_office", "ronpaul", "rep_tx14", ["As Rep. Ron Paul's third presidential bid", "Then, the Texas lawmaker paid a compliment"]),
    F("holds_office", "aryan", "rnc_committeewoman_me", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine"),
    F("party", "aryan", "rep", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine"),
    F("endorsement", "aryan", "ronpaul", "was also impressed with Ashley Ryan, an RNC committeewoman from Maine and Paul supporter"),
    F("holds_office", "amash", "rep_mi3", "Rep. Justin Amash of Michigan also spoke to the gathering"),
    F("holds_office", "randpaul", "sen_ky", "Sen. Rand Paul - Paul's son"),
]))

# ---------------------------------------------------------------- a_2012-09-09 (CNN, Romney on Meet the Press)
DOCS.append(("a_2012-09-09_kwNiHVRuN6CGXOaa.txt", [
    F("candidacy", "romney", "us_pres_2012", "And while the Republican nominee has repeatedly vowed"),
    F("party", "romney", "rep", "And while the Republican nominee has repeatedly vowed"),
    F("candidacy", "ryan", "us_pres_2012", "Paul Ryan, Romney's running mate"),
    F("party", "ryan", "rep", "Paul Ryan, Romney's running mate, was among the Republicans who voted"),
    F("holds_office", "ryan", "rep_wi1", "Paul Ryan, Romney's running mate, was among the Republicans who voted"),
    F("holds_office", "obama", "pres_us", "repeal of President Barack Obama's health care reform"),
    F("holds_office", "romney", "gov_ma", "The former Massachusetts governor has taken heat", former=True),
    F("endorsement", "eastwood", "romney", ["Romney said he laughed at Clint Eastwood's appearance at the Republican National Convention",
                                            "Look, to have him get up and speak on my behalf was a great thrill"]),
]))

# ---------------------------------------------------------------- a_2012-11-18 (Washington Times, Romney and the GOP)
DOCS.append(("a_2012-11-18_t1HbS0fgYT5TJDrV.txt", [
    F("candidacy", "romney", "us_pres_2012", "Mitt Romney’s excommunication from the GOP continued"),
    F("lost", "romney", "us_pres_2012", "Mitt Romney’s excommunication from the GOP continued"),
    F("party", "romney", "rep", "Mitt Romney’s excommunication from the GOP continued"),
    F("holds_office", "romney", "gov_ma", "Gutierrez jumped all over the former Massachusetts governor", former=True),
    F("holds_office", "obama", "pres_us", "because President Obama had supplied those voting blocs"),
    F("holds_office", "jindal", "gov_la", "Louisiana Gov. Bobby Jindal said on"),
    F("party", "jindal", "rep", ["“We as a Republican Party have to campaign for every single vote,” Mr. Jindal said",
                                  "Mr. Jindal and the views of his fellow GOP governors"]),
    F("holds_office", "graham", "sen_sc", "South Carolina Sen. Lindsey Graham was equally harsh"),
    F("party", "graham", "rep", ["South Carolina Sen. Lindsey Graham was equally harsh",
                                  S("“We’re in a death spiral with Hispanic voters", through="Our party can adjust.")]),
    F("endorsement", "gutierrez", "romney", "Even Cuban-born Romney-campaign surrogate Carlos Gutierrez"),
    F("holds_office", "gutierrez", "sec_commerce", "who served as commerce secretary under President George W. Bush", former=True),
    F("holds_office", "gwbush", "pres_us", "who served as commerce secretary under President George W. Bush", former=True),
    F("party", "gutierrez", "rep", "other prominent Republicans like Mr. Gutierrez"),
    F("holds_office", "swalker", "gov_wi", "Mr. Jindal and Wisconsin Gov. Scott Walker"),
    F("party", "swalker", "rep", "Mr. Jindal and Wisconsin Gov. Scott Walker"),
    F("candidacy", "akin", "mo_sen_2012", "two of the Senate candidates the tea party supported"),
    F("candidacy", "mourdock", "in_sen_2012", "two of the Senate candidates the tea party supported"),
    F("endorsement", "teaparty", "akin", "two of the Senate candidates the tea party supported"),
    F("endorsement", "teaparty", "mourdock", "two of the Senate candidates the tea party supported"),
    F("holds_office", "akin", "rep_mo2", "Missouri Rep. W. Todd Akin"),
    F("holds_office", "mourdock", "treas_in", "Indiana state Treasurer Richard Mourdock"),
    F("party", "akin", "rep", ["two of the Senate candidates the tea party supported", "tag the whole GOP with their views"]),
    F("party", "mourdock", "rep", ["two of the Senate candidates the tea party supported", "tag the whole GOP with their views"]),
    F("holds_office", "ronpaul", "rep_tx14", "expressed by Texas Rep. Ron Paul"),
    F("candidacy", "nixon", "us_pres_1968", "helped elect Richard Nixon twice to the presidency"),
    F("candidacy", "nixon", "us_pres_1972", "helped elect Richard Nixon twice to the presidency"),
    F("won", "nixon", "us_pres_1968", "helped elect Richard Nixon twice to the presidency"),
    F("won", "nixon", "us_pres_1972", "helped elect Richard Nixon twice to the presidency"),
    F("holds_office", "nixon", "pres_us", "helped elect Richard Nixon twice to the presidency", former=True),
]))

# ---------------------------------------------------------------- a_2012-12-05 (Politico, Boehner purge)
DOCS.append(("a_2012-12-05_VHXgMTBZCnHjqCCC.txt", [
    F("holds_office", "boehner", "speaker", "House Speaker John Boehner is under fierce attack"),
    F("party", "boehner", "rep", "Boehner, GOP leaders purge conservatives from powerful committees"),
    F("holds_office", "huelskamp", "rep_ks1", S("including Rep. Tim Huelskamp (R-Kan.)", 0)),
    F("party", "huelskamp", "rep", [S("including Rep. Tim Huelskamp (R-Kan.)", 0), "For example, Rep. Tim Huelskamp (R-Kan.) lost his spot"]),
    F("holds_office", "amash", "rep_mi3", [S("and Rep. Justin Amash (R-Mich.)", 0), "and Rep. Justin Amash (R-Mich.) won’t be returning"]),
    F("party", "amash", "rep", [S("and Rep. Justin Amash (R-Mich.)", 0), "and Rep. Justin Amash (R-Mich.) won’t be returning"]),
    F("candidacy", "santorum", "us_rep_prim_2012", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("party", "santorum", "rep", "former GOP presidential candidate Rick Santorum told POLITICO"),
    F("holds_office", "randpaul", "sen_ky", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("party", "randpaul", "rep", "wrote Sen. Rand Paul (R-Ky.) on Facebook"),
    F("holds_office", "demint", "sen_sc", "Sen. Jim DeMint (R-S.C.), for his part"),
    F("party", "demint", "rep", "Sen. Jim DeMint (R-S.C.), for his part"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b10.jsonl")
    print("wrote", len(lines), "facts")
