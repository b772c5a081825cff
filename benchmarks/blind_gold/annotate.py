# ruff: noqa: E501  (annotation data: snippets are quoted verbatim from the documents)
"""Blind gold: facts for the 10 documents in docs/, annotated by the rules of shared/gold/README.md.

A third, independent check of how the extractor generalises: the documents were picked after the
extractor was written, and annotated without reading kg/extract.  Run from anywhere:
`python3 benchmarks/blind_gold/annotate.py` rewrites gold.jsonl.
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_TOOLS = HERE.parents[2] / "shared" / "gold" / "tools"
sys.path.insert(0, str(GOLD_TOOLS))
from goldlib import (  # noqa: E402
    Registry,
    S,
    build,
    governor,
    head,
    lieutenant_governor,
    merge,
    representative,
    senator,
    state_officer,
    write_jsonl,
)

QIDS = {  # Wikidata ids from data/reference/congress-legislators (legislators-*.yaml, executive.yaml)
    "Alexandria Ocasio-Cortez": "Q55223040",
    "Barack Obama": "Q76",
    "Bernie Sanders": "Q359442",
    "Cory Booker": "Q1135767",
    "Donald Trump": "Q22686",
    "Elizabeth Warren": "Q434706",
    "Jim Clyburn": "Q1289889",
    "Joe Biden": "Q6279",
    "John McCain": "Q10390",
    "Josh Hawley": "Q23020745",
    "Kamala Harris": "Q10853588",
    "Lindsey Graham": "Q22212",
    "Marco Rubio": "Q324546",
    "Ted Cruz": "Q2036942",
}
R = Registry(QIDS)

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("ip_is", "Independence Party", ["Independence Party"])
R.org("lvrj", "Las Vegas Review-Journal", ["Review-Journal", "the Review-Journal"])

# ---------------------------------------------------------------- offices
OF = R.office
OF("pres_us", head("President", "the United States", "U.S."), ["president"])
OF("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
OF("pres_is", head("President", "Iceland", "Icelandic"), ["president"])
OF("pres_ru", head("President", "Russia", "Russian"), ["president"])
OF("ip_chair", "Chairman of the Independence Party",
  generic=["leader", "party leader", "Independence Party leader", "Independence Party chairman"])
OF("gov_ma", governor("Massachusetts"), ["governor"])
OF("gov_nj", governor("New Jersey"), ["governor", "NJ gov", "New Jersey Gov."])
OF("gov_fl", governor("Florida"), ["governor", "Florida governor"])
OF("gov_la", governor("Louisiana"), ["Louisiana Gov."])
OF("gov_mo", governor("Missouri"), ["governor", "Missouri Gov."])
OF("ltgov_mo", lieutenant_governor("Missouri"))
OF("ag_mo", state_officer("Attorney General", "Missouri"))
OF("mo_senate_ppt", "President pro tempore of the Missouri Senate",
  generic=["Senate President Pro Tem", "President Pro Tem", "Missouri Senate President Pro Tem"])
OF("mo_house_speaker", "Speaker of the Missouri House of Representatives",
  generic=["House Speaker", "Speaker", "Missouri House Speaker"])
OF("sen_pa", senator("Pennsylvania"))
OF("sen_fl", senator("Florida"), ["senator", "Florida senator"])
OF("sen_tx", senator("Texas"))
OF("sen_nj", senator("New Jersey"), ["Sens."])
OF("sen_ca", senator("California"), ["Sens."])
OF("sen_ma", senator("Massachusetts"), ["Massachusetts Sen."])
OF("rep_tx14", representative("Texas", 14))
OF("rep_sc6", representative("South Carolina", 6))
OF("rep_ny14", representative("New York", 14))

# ---------------------------------------------------------------- elections
E = R.election
PRES = "pres_us"
E("mi_rep_prim_2012", "2012 Michigan Republican presidential primary", "ocd-division/country:us/state:mi",
  "2012-02-28", "primary", office=PRES)
E("az_rep_prim_2012", "2012 Arizona Republican presidential primary", "ocd-division/country:us/state:az",
  "2012-02-28", "primary", office=PRES)
E("ar_rep_prim_2012", "2012 Arkansas Republican presidential primary", "ocd-division/country:us/state:ar",
  "2012-05-22", "primary", office=PRES)
E("ky_rep_prim_2012", "2012 Kentucky Republican presidential primary", "ocd-division/country:us/state:ky",
  "2012-05-22", "primary", office=PRES)
E("ar_dem_prim_2012", "2012 Arkansas Democratic presidential primary", "ocd-division/country:us/state:ar",
  "2012-05-22", "primary", office=PRES)
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky",
  "2012-05-22", "primary", office=PRES)
E("md_rep_prim_2012", "2012 Maryland Republican presidential primary", "ocd-division/country:us/state:md",
  "2012-04-03", "primary", office=PRES)
E("wi_rep_prim_2012", "2012 Wisconsin Republican presidential primary", "ocd-division/country:us/state:wi",
  "2012-04-03", "primary", office=PRES)
E("dc_rep_prim_2012", "2012 District of Columbia Republican presidential primary",
  "ocd-division/country:us/district:dc", "2012-04-03", "primary", office=PRES)
E("pr_rep_prim_2012", "2012 Puerto Rico Republican presidential primary", "ocd-division/country:us/territory:pr",
  "2012-03-18", "primary", office=PRES)
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia",
  "2012-01-03", "primary", office=PRES)
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary",
  office=PRES)
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general",
  office=PRES)
E("mi_rep_prim_2008", "2008 Michigan Republican presidential primary", "ocd-division/country:us/state:mi",
  "2008-01-15", "primary", office=PRES)
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", "ocd-division/country:us", "2008", "primary",
  office=PRES)
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary",
  office=PRES)
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary",
  office=PRES)
E("is_pres_2016", "2016 Icelandic presidential election", "ocd-division/country:is", "2016-06-25", "general",
  office="pres_is")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general",
  office=PRES)
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny",
  "2016-04-19", "primary", office=PRES)
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny",
  "2016-04-19", "primary", office=PRES)
E("az_dem_prim_2016", "2016 Arizona Democratic presidential primary", "ocd-division/country:us/state:az",
  "2016-03-22", "primary", office=PRES)
E("az_rep_prim_2016", "2016 Arizona Republican presidential primary", "ocd-division/country:us/state:az",
  "2016-03-22", "primary", office=PRES)
E("nj_gov_2013", "2013 New Jersey gubernatorial election", "ocd-division/country:us/state:nj", "2013-11-05",
  "general", office="gov_nj")
E("nv_rep_caucus_2016", "2016 Nevada Republican presidential caucuses", "ocd-division/country:us/state:nv",
  "2016-02-23", "primary", office=PRES)
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh",
  "2016-02-09", "primary", office=PRES)
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh",
  "2016-02-09", "primary", office=PRES)
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia",
  "2016-02-01", "primary", office=PRES)
E("mo_gov_2016", "2016 Missouri gubernatorial election", "ocd-division/country:us/state:mo", "2016-11-08",
  "general", office="gov_mo")
E("mo_ltgov_2016", "2016 Missouri lieutenant gubernatorial election", "ocd-division/country:us/state:mo",
  "2016-11-08", "general", office="ltgov_mo")
E("mi_dem_prim_2016", "2016 Michigan Democratic presidential primary", "ocd-division/country:us/state:mi",
  "2016-03-08", "primary", office=PRES)
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary",
  office=PRES)
E("mi_dem_prim_2020", "2020 Michigan Democratic presidential primary", "ocd-division/country:us/state:mi",
  "2020-03-10", "primary", office=PRES)
E("ms_dem_prim_2020", "2020 Mississippi Democratic presidential primary", "ocd-division/country:us/state:ms",
  "2020-03-10", "primary", office=PRES)
E("mo_dem_prim_2020", "2020 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo",
  "2020-03-10", "primary", office=PRES)
E("fl_dem_prim_2020", "2020 Florida Democratic presidential primary", "ocd-division/country:us/state:fl",
  "2020-03-17", "primary", office=PRES)
E("tx_dem_prim_2020", "2020 Texas Democratic presidential primary", "ocd-division/country:us/state:tx",
  "2020-03-03", "primary", office=PRES)
E("va_dem_prim_2020", "2020 Virginia Democratic presidential primary", "ocd-division/country:us/state:va",
  "2020-03-03", "primary", office=PRES)
E("ma_dem_prim_2020", "2020 Massachusetts Democratic presidential primary", "ocd-division/country:us/state:ma",
  "2020-03-03", "primary", office=PRES)
E("sc_dem_prim_2020", "2020 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc",
  "2020-02-29", "primary", office=PRES)

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "President Barack Obama"])
P("gingrich", "Newt Gingrich", [])
P("santorum", "Rick Santorum", [])
P("huntsman", "Jon Huntsman", [])
P("mccain", "John McCain", ["McCain"])
P("ronpaul", "Ron Paul", [])
P("fiorina", "Carly Fiorina", [])
P("trump", "Donald Trump", ["Trump", "Mr. Trump", "President Donald Trump"])
P("jbush", "Jeb Bush", ["Bush", "Mr. Bush"])
P("walker", "Scott Walker", [])
P("carson", "Ben Carson", [])
P("jindal", "Bobby Jindal", ["Jindal"])
P("pataki", "George Pataki", [])
P("graham", "Lindsey Graham", [])
P("gilmore", "Jim Gilmore", [])
P("gudni", "Guðni Th. Jóhannesson", ["Gudni Th. Johannesson"])
P("grimsson", "Ólafur Ragnar Grímsson", ["Olafur Ragnar Grimsson", "lafur Ragnar Grmsson"])
P("bjarni", "Bjarni Benediktsson", [])
P("clinton", "Hillary Clinton", ["Clinton", "Mrs. Clinton"], qid="Q6294")
P("gjohnson", "Gary Johnson", [])
P("stein", "Jill Stein", [])
P("putin", "Vladimir Putin", [], qid="Q7747")
P("christie", "Chris Christie", ["Christie", "Mr. Christie"])
P("rubio", "Marco Rubio", ["Rubio", "Mr. Rubio", "Marco"])
P("cruz", "Ted Cruz", ["Cruz"])
P("adelson", "Sheldon Adelson", ["Adelson"])
P("sanders", "Bernie Sanders", ["Sanders", "Mr. Sanders"])
P("kasich", "John Kasich", ["Kasich", "Mr. Kasich"])
P("greitens", "Eric Greitens", ["Greitens"])
P("parson", "Mike Parson", [])
P("hawley", "Josh Hawley", ["Hawley"])
P("richard", "Ron Richard", [])
P("richardson", "Todd Richardson", [])
P("biden", "Joe Biden", ["Biden"])
P("booker", "Cory Booker", [])
P("harris", "Kamala Harris", [])
P("warren", "Elizabeth Warren", [])
P("clyburn", "Jim Clyburn", [])
P("aoc", "Alexandria Ocasio-Cortez", [])

F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

DOCS = []

# ---------------------------------------------------------------- shared Related items (2012 Romney pages)
_MIAZ = S("Voters in the US states of Michigan and Arizona", through="Mitt Romney wins both states.")
_ARKY = "Voters in the US states of Arkansas and Kentucky go to the polls, with Mitt Romney winning"
_GING = "Newt Gingrich suspends his campaign for the Republican Party nomination."
_GING2 = S("Newt Gingrich suspends his campaign", through="Mitt Romney is declared the presumptive nominee.")
_MDWI = "Voters in the US states of Maryland and Wisconsin as well as Washington, D.C. go to the polls"
_SANT = "American politician Rick Santorum suspends his candidacy for the Republican nomination"
_PR = "Voters in the US territory of Puerto Rico go to the polls for the Republican primary"
_HUNT = "Jon Huntsman will drop out of the 2012 Republican Party presidential primaries"


def romney_2012_items():
    """Facts of the Related items that the 2012-02-28 and 2012-04-10 pages share."""
    return [
        F("candidacy", "romney", "ar_rep_prim_2012", _ARKY),
        F("candidacy", "romney", "ky_rep_prim_2012", _ARKY),
        F("won", "romney", "ar_rep_prim_2012", _ARKY),
        F("won", "romney", "ky_rep_prim_2012", _ARKY),
        F("candidacy", "obama", "ar_dem_prim_2012", _ARKY),
        F("candidacy", "obama", "ky_dem_prim_2012", _ARKY),
        F("won", "obama", "ar_dem_prim_2012", _ARKY),
        F("won", "obama", "ky_dem_prim_2012", _ARKY),
        F("holds_office", "obama", "pres_us", _ARKY),
        F("party", "obama", "dem", _ARKY),
        F("party", "romney", "rep", [_ARKY, _MIAZ, _PR]),
        F("candidacy", "gingrich", "us_rep_prim_2012", _GING),
        F("party", "gingrich", "rep", _GING),
        F("candidacy", "romney", "us_rep_prim_2012", [_GING2, _SANT, _HUNT]),
        F("won", "romney", "us_rep_prim_2012", _GING2),
        F("candidacy", "romney", "us_pres_2012", _GING2),
        F("candidacy", "romney", "md_rep_prim_2012", _MDWI),
        F("candidacy", "romney", "wi_rep_prim_2012", _MDWI),
        F("candidacy", "romney", "dc_rep_prim_2012", _MDWI),
        F("won", "romney", "md_rep_prim_2012", _MDWI),
        F("won", "romney", "wi_rep_prim_2012", _MDWI),
        F("won", "romney", "dc_rep_prim_2012", _MDWI),
        F("candidacy", "santorum", "us_rep_prim_2012", _SANT),
        F("party", "santorum", "rep", _SANT),
        F("candidacy", "romney", "pr_rep_prim_2012", _PR),
        F("won", "romney", "pr_rep_prim_2012", _PR),
        F("candidacy", "huntsman", "us_rep_prim_2012", _HUNT),
        F("party", "huntsman", "rep", _HUNT),
        F("endorsement", "huntsman", "romney", _HUNT),
        F("candidacy", "romney", "mi_rep_prim_2012", _MIAZ),
        F("candidacy", "romney", "az_rep_prim_2012", _MIAZ),
        F("won", "romney", "mi_rep_prim_2012", _MIAZ),
        F("won", "romney", "az_rep_prim_2012", _MIAZ),
    ]


# ---------------------------------------------------------------- b00 (Current Events, 2012-02-28, old layout)
_MI08 = S("A majority of Michigan's Republican delegates say that they will support John McCain")
DOCS.append(("b00_ce_2012-02-28_michigan_arizona.txt", romney_2012_items() + [
    F("candidacy", "romney", "mi_rep_prim_2008", _MI08),
    F("won", "romney", "mi_rep_prim_2008", _MI08),
    F("candidacy", "romney", "us_rep_prim_2008", _MI08),
    F("candidacy", "mccain", "us_rep_prim_2008", _MI08),
    F("party", "mccain", "rep", _MI08),
]))

# ---------------------------------------------------------------- b01 (Current Events, 2012-04-10, old layout)
_IA1 = "Republican primary candidate and former Massachusetts governor Mitt Romney wins the 2012 Iowa Caucus"
_IA2 = "Voters in the U.S. state of Iowa go to the polls for electoral caucuses, with Mitt Romney defeating"
_CNN = "CNN announces the September 16, prime time presidential debate panel."
_TOP10 = S(_CNN, through="Scott Walker, and Ben Carson.")
_REST = "The remaining four candidates, Rick Santorum, Bobby Jindal, George Pataki and Lindsey Graham"
_GIL = "Because he did not get sufficient poll numbers, Jim Gilmore is now excluded."
_S16 = "Rick Santorum announces he will be seeking the nomination of the Republican Party"
DOCS.append(("b01_ce_2012-04-10_santorum.txt", romney_2012_items() + [
    F("candidacy", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("won", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("party", "ronpaul", "rep", [_IA1, _IA2]),
    F("party", "santorum", "rep", [_IA1, _IA2, _S16]),
    F("party", "romney", "rep", [_IA1, _IA2]),
    F("holds_office", "romney", "gov_ma", _IA1, former=True),
    F("holds_office", "santorum", "sen_pa", _IA1, former=True),
    F("holds_office", "ronpaul", "rep_tx14", _IA1),
    F("candidacy", "fiorina", "us_rep_prim_2016", _TOP10),
    F("candidacy", "trump", "us_rep_prim_2016", _TOP10),
    F("candidacy", "jbush", "us_rep_prim_2016", _TOP10),
    F("candidacy", "walker", "us_rep_prim_2016", _TOP10),
    F("candidacy", "carson", "us_rep_prim_2016", _TOP10),
    F("candidacy", "santorum", "us_rep_prim_2016", [_CNN, _REST, _S16]),
    F("candidacy", "jindal", "us_rep_prim_2016", [_CNN, _REST]),
    F("candidacy", "pataki", "us_rep_prim_2016", [_CNN, _REST]),
    F("candidacy", "graham", "us_rep_prim_2016", [_CNN, _REST]),
    F("candidacy", "gilmore", "us_rep_prim_2016", [_CNN, _GIL]),
    F("party", "fiorina", "rep", _TOP10),
    F("party", "trump", "rep", _TOP10),
    F("party", "jbush", "rep", _TOP10),
    F("party", "walker", "rep", _TOP10),
    F("party", "carson", "rep", _TOP10),
    F("party", "jindal", "rep", [_CNN, _REST]),
    F("party", "pataki", "rep", [_CNN, _REST]),
    F("party", "graham", "rep", [_CNN, _REST]),
    F("party", "gilmore", "rep", [_CNN, _GIL]),
]))

# ---------------------------------------------------------------- b02 (Current Events, 2016-06-25, old layout)
_IS = S("Voters in Iceland head to the polls to elect a new president",
        through="Independent candidate Gudni Th. Johannesson claims victory.")
DOCS.append(("b02_ce_2016-06-25_iceland.txt", [
    F("candidacy", "gudni", "is_pres_2016", _IS),
    F("won", "gudni", "is_pres_2016", _IS),
    F("holds_office", "grimsson", "pres_is", ["Olafur Ragnar Grimsson, who has been the President of Iceland",
                                              "The President of Iceland Olafur Ragnar Grimsson announces",
                                              "asking President lafur Ragnar Grmsson to veto"]),
    F("party", "bjarni", "ip_is", "Iceland's incumbent, centre-right Independence Party surprised pollsters"),
    F("holds_office", "bjarni", "ip_chair", "Iceland's incumbent, centre-right Independence Party surprised pollsters"),
]))

# ---------------------------------------------------------------- b03 (Current Events, 2016-11-08, old layout)
_HEAD = "including the highly publicized presidential election between major party nominees Hillary Clinton"
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests for their parties"
_PE = "Although he lost the popular vote, Donald Trump, the Republican nominee for the 2016 presidential election"
_MI = "President-elect Donald Trump is declared as the winner in Michigan"
_MI2 = S(_MI, through="Hillary Clinton's margin in the popular vote rises to over two million.")
_DEB2 = "Hillary Clinton and Donald Trump hold the second presidential debate"
_DEB3 = "Hillary Clinton and Donald Trump meet for the third presidential debate"
_DEB1 = "Democratic Party nominee Hillary Clinton and Republican Party nominee Donald Trump hold the first"
_CPD = "The Commission on Presidential Debates officially announces the invitation of Democratic Party nominee"
_THIRD = "However, third party candidates, Gary Johnson and Jill Stein, have not met the criteria"
_HACK = "Democratic presidential election nominee Hillary Clinton accuses Russian intelligence services"
_EMAIL = "During a press conference, Republican nominee Donald Trump calls on Russia"
_AZ = "Front runners Hillary Clinton and Donald Trump each won the Democratic and Republican primary in Arizona"
DOCS.append(("b03_ce_2016-11-08_us_election_day.txt", [
    F("candidacy", "clinton", "us_pres_2016", [_HEAD, _PE, _MI2, _DEB2, _DEB3, _DEB1, _CPD, _HACK]),
    F("candidacy", "trump", "us_pres_2016", [_HEAD, _PE, _MI, _DEB2, _DEB3, _DEB1, _CPD, _HACK, _EMAIL]),
    F("won", "trump", "us_pres_2016", [_PE, _MI]),
    F("lost", "clinton", "us_pres_2016", _PE),
    F("party", "trump", "rep", [_PE, _DEB1, _CPD, _HACK, _EMAIL, _AZ]),
    F("party", "clinton", "dem", [_PE, _DEB1, _CPD, _HACK, _AZ]),
    F("candidacy", "clinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "gjohnson", "us_pres_2016", _THIRD),
    F("candidacy", "stein", "us_pres_2016", _THIRD),
    F("holds_office", "putin", "pres_ru", _HACK),
    F("candidacy", "clinton", "az_dem_prim_2016", _AZ),
    F("candidacy", "trump", "az_rep_prim_2016", _AZ),
    F("won", "clinton", "az_dem_prim_2016", _AZ),
    F("won", "trump", "az_rep_prim_2016", _AZ),
]))

# ---------------------------------------------------------------- b04 (ABP, Washington Times, 2012-09-26)
_QP = "Quinnipiac University/CBS News/New York Times"
_LEAD = "A new poll shows President Obama widening his lead"
_OH = "In that all-important battleground, Mr. Obama has increased his lead from a 6-point advantage"
_FL = "Mr. Obama leads by 9 points, 53 percent to 44 percent, in Florida"
_PA = "And his lead in Pennsylvania increased nominally"
DOCS.append(("b04_abp_2012-09-26_washtimes_swing_polls.txt", [
    F("holds_office", "obama", "pres_us", _LEAD),
    F("candidacy", "obama", "us_pres_2012", [_LEAD, _OH]),
    F("candidacy", "romney", "us_pres_2012", _LEAD),
    F("party", "romney", "rep", _LEAD),
    F("poll", "obama", "us_pres_2012", [_OH, _FL], 53, pollster=_QP),
    F("poll", "romney", "us_pres_2012", [_LEAD, _OH], 43, pollster=_QP),
    F("poll", "romney", "us_pres_2012", [_LEAD, _FL], 44, pollster=_QP),
    F("poll", "obama", "us_pres_2012", [_LEAD, _PA], 54, pollster=_QP),
    F("poll", "romney", "us_pres_2012", [_LEAD, _PA], 42, pollster=_QP),
]))

# ---------------------------------------------------------------- b05 (ABP, Fox News, 2014-01-21)
_OATH = "New Jersey Gov. Chris Christie took the oath of office for the second time Tuesday"
_RE = "Since cruising to an easy re-election victory in November, Christie has been hit"
DOCS.append(("b05_abp_2014-01-21_fox_christie.txt", [
    F("holds_office", "christie", "gov_nj", [_OATH, "two of the main themes of his governorship"]),
    F("candidacy", "christie", "nj_gov_2013", _RE),
    F("won", "christie", "nj_gov_2013", _RE),
]))

# ---------------------------------------------------------------- b06 (ABP, Newsmax, 2016-02-05): run-on text, exact spans
_E0 = S("Marco Rubio was endorsed Friday byin the Nevada Republican caucus on Feb. 23.", exact=True)
_RJ = S('"After much consideration, the Review-Journal is endorsing Sen. Marco Rubio for Nevada\'s '
        'first-in-the-West Republican caucus on Feb. 23," the newspaper\'s editorial board said.', exact=True)
_ADEL = S("Adelson, long a heavy contributor to Republican and pro-Israel causes, has not yet endorsed a "
          "candidate. He has, though, expressed interest in Rubio and donated $2,700 to Ted Cruz's campaign "
          "in November,", exact=True)
_CANDS = S("The candidates had to meet with the Review-Journal's editorial board during the endorsement process. "
           "Besides Rubio and Cruz, members met with Jeb Bush, Ben Carson and Carly Fiorina.", exact=True)
_FRONT = S('"We made many attempts to meet with businessman and Republican front-runner Donald Trump, but he '
           'could not work an interview into his schedule," the editorial said.', exact=True)
_JIN = S('Rubio was also endorsed Friday by former candidate and Louisiana Gov. Bobby Jindal, who said that '
         '"Marco can unify our party."', exact=True)
_JIN2 = S("added Jindal, who dropped out of the race three months ago.", exact=True)
_FLSEN = S("including the Florida senator's \"deep personal connections to the state.\"", exact=True)
DOCS.append(("b06_abp_2016-02-05_newsmax_rubio.txt", [
    F("endorsement", "lvrj", "rubio", _RJ),
    F("candidacy", "rubio", "nv_rep_caucus_2016", [_E0, _RJ, _CANDS]),
    F("party", "rubio", "rep", [_E0, _RJ]),
    F("holds_office", "rubio", "sen_fl", [_RJ, _FLSEN]),
    F("funding", "adelson", "cruz", _ADEL, 2700),
    F("candidacy", "cruz", "nv_rep_caucus_2016", _CANDS),
    F("candidacy", "jbush", "nv_rep_caucus_2016", _CANDS),
    F("candidacy", "carson", "nv_rep_caucus_2016", _CANDS),
    F("candidacy", "fiorina", "nv_rep_caucus_2016", _CANDS),
    F("party", "cruz", "rep", [_RJ, _CANDS]),
    F("party", "jbush", "rep", [_RJ, _CANDS]),
    F("party", "carson", "rep", [_RJ, _CANDS]),
    F("party", "fiorina", "rep", [_RJ, _CANDS]),
    F("candidacy", "trump", "us_rep_prim_2016", _FRONT),
    F("party", "trump", "rep", _FRONT),
    F("endorsement", "jindal", "rubio", _JIN),
    F("candidacy", "jindal", "us_rep_prim_2016", [_JIN, _JIN2]),
    F("party", "jindal", "rep", _JIN),
    F("holds_office", "jindal", "gov_la", _JIN, former=True),
]))

# ---------------------------------------------------------------- b07 (ABP, New York Times, 2016-02-10)
_POLLS = "While Mr. Sanders led New Hampshire polls for the last month"
_FOUR = "Beyond Mr. Trump, four Republicans were clustered together"
_KAS = "Mr. Kasich’s surprise second-place finish"
_RUB = "the fall of Senator Marco Rubio of Florida may have been more significant"
_RUB2 = "Mr. Rubio initially appeared to be capitalizing on his strong finish in Iowa"
_BUNCH = "Mr. Rubio; Senator Ted Cruz of Texas, who won the leadoff Iowa caucuses"
_CHR = "Gov. Chris Christie of New Jersey finished a disappointing sixth"
_CHR2 = "the governor said he was going back to New Jersey on Wednesday"
_JEB = "Supporters of Mr. Bush, who formed an alliance with Mr. Christie here"
_WIN = "Mr. Trump’s win is the biggest victory in a New Hampshire Republican primary"
DOCS.append(("b07_abp_2016-02-10_nyt_nh_primary.txt", [
    F("candidacy", "sanders", "nh_dem_prim_2016", _POLLS),
    F("candidacy", "clinton", "nh_dem_prim_2016", _POLLS),
    F("candidacy", "trump", "nh_rep_prim_2016", [_POLLS, _FOUR, _WIN]),
    F("won", "trump", "nh_rep_prim_2016", [_WIN, _FOUR]),
    F("party", "trump", "rep", _WIN),
    F("candidacy", "kasich", "nh_rep_prim_2016", [_FOUR, _KAS]),
    F("lost", "kasich", "nh_rep_prim_2016", [_FOUR, _KAS]),
    F("party", "kasich", "rep", S(_FOUR, through=_KAS)),
    F("candidacy", "rubio", "nh_rep_prim_2016", [_FOUR, _RUB, _BUNCH]),
    F("candidacy", "cruz", "nh_rep_prim_2016", [_FOUR, _BUNCH]),
    F("candidacy", "jbush", "nh_rep_prim_2016", [_FOUR, _BUNCH]),
    F("lost", "rubio", "nh_rep_prim_2016", [_FOUR, _BUNCH]),
    F("lost", "cruz", "nh_rep_prim_2016", [_FOUR, _BUNCH]),
    F("lost", "jbush", "nh_rep_prim_2016", [_FOUR, _BUNCH]),
    F("party", "rubio", "rep", [_FOUR, _BUNCH]),
    F("party", "cruz", "rep", [_FOUR, _BUNCH]),
    F("party", "jbush", "rep", [_FOUR, _BUNCH]),
    F("holds_office", "rubio", "sen_fl", _RUB),
    F("holds_office", "cruz", "sen_tx", _BUNCH),
    F("candidacy", "cruz", "ia_rep_caucus_2016", _BUNCH),
    F("won", "cruz", "ia_rep_caucus_2016", _BUNCH),
    F("candidacy", "rubio", "ia_rep_caucus_2016", [_RUB2, _BUNCH]),
    F("lost", "rubio", "ia_rep_caucus_2016", [_RUB2, _BUNCH]),
    F("candidacy", "christie", "nh_rep_prim_2016", _CHR),
    F("lost", "christie", "nh_rep_prim_2016", [_CHR, _WIN]),
    F("party", "christie", "rep", [_CHR, _CHR2]),
    F("holds_office", "christie", "gov_nj", [_CHR, _CHR2]),
    F("holds_office", "jbush", "gov_fl", _JEB, former=True),
]))

# ---------------------------------------------------------------- b08 (ABP, USA Today, 2018-05-29)
_RES = "Missouri Gov. Eric Greitens announced his resignation Tuesday afternoon"
_PARSON = "The state constitution lays out an order of succession in which Lt. Gov. Mike Parson"
_GOP = "leading GOP officials including Attorney General Josh Hawley, Senate President Pro Tem Ron Richard"
_RAN = "Greitens ran as a political outsider with promises to clean up corruption"
DOCS.append(("b08_abp_2018-05-29_usatoday_greitens.txt", [
    F("holds_office", "greitens", "gov_mo", _RES),
    F("candidacy", "greitens", "mo_gov_2016", [_RES, _RAN]),
    F("won", "greitens", "mo_gov_2016", _RES),
    F("party", "greitens", "rep", S(_RES, through="will take over for his fellow Republican.")),
    F("holds_office", "parson", "ltgov_mo", _PARSON),
    F("party", "parson", "rep", _PARSON),
    F("candidacy", "parson", "mo_ltgov_2016", _PARSON),
    F("won", "parson", "mo_ltgov_2016", _PARSON),
    F("holds_office", "hawley", "ag_mo", _GOP),
    F("holds_office", "richard", "mo_senate_ppt", _GOP),
    F("holds_office", "richardson", "mo_house_speaker", _GOP),
    F("party", "hawley", "rep", _GOP),
    F("party", "richard", "rep", _GOP),
    F("party", "richardson", "rep", _GOP),
]))

# ---------------------------------------------------------------- b09 (ABP, New York Post, 2020-03-09)
_SAVED = "Michigan saved Bernie Sanders’ presidential bid in 2016."
_SAVED2 = S(_SAVED, through="the state’s primary could end it.")
_SUPER = "After crushing losses on Super Tuesday, the Vermont democratic socialist’s White House bid"
_V16 = "Sanders defied the odds in Michigan in 2016 when he pulled off a stunning victory over Hillary Clinton"
_FREEP = "A Detroit Free Press poll released on Monday gives Biden a massive 24-point lead against Sanders"
_ENDS = S("Biden goes into the next round of races buoyed by the support of Sens. Cory Booker and Kamala Harris",
          through="has thrown their support behind Biden.")
_WAR = "Massachusetts Sen. Elizabeth Warren, who bowed out last week, has yet to endorse."
_NOM = "After trailing Sanders in the polls for months, Biden is in the midst of a stunning resurrection"
_TEN = "Biden handily won 10 states in the March 3 contests"
_CLY = "a key endorsement the weekend before from Rep. Jim Clyburn"
_MS = "Meanwhile, Sanders has all but conceded Mississippi"
DOCS.append(("b09_abp_2020-03-09_nypost_michigan.txt", [
    F("candidacy", "sanders", "us_dem_prim_2016", _SAVED),
    F("candidacy", "sanders", "mi_dem_prim_2016", [_SAVED, _V16]),
    F("won", "sanders", "mi_dem_prim_2016", _V16),
    F("candidacy", "clinton", "mi_dem_prim_2016", _V16),
    F("lost", "clinton", "mi_dem_prim_2016", _V16),
    F("candidacy", "sanders", "mi_dem_prim_2020", [_SAVED2, _FREEP, _MS]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_SUPER, _NOM]),
    F("candidacy", "biden", "us_dem_prim_2020", [_SUPER, _ENDS, _NOM]),
    F("holds_office", "biden", "vp_us", _SUPER, former=True),
    F("candidacy", "biden", "tx_dem_prim_2020", [_SUPER, _TEN]),
    F("won", "biden", "tx_dem_prim_2020", [_SUPER, _TEN]),
    F("candidacy", "biden", "va_dem_prim_2020", _TEN),
    F("won", "biden", "va_dem_prim_2020", _TEN),
    F("candidacy", "biden", "ma_dem_prim_2020", _TEN),
    F("won", "biden", "ma_dem_prim_2020", _TEN),
    F("candidacy", "sanders", "tx_dem_prim_2020", [_SUPER, _TEN]),
    F("candidacy", "sanders", "va_dem_prim_2020", _TEN),
    F("candidacy", "sanders", "ma_dem_prim_2020", _TEN),
    F("lost", "sanders", "tx_dem_prim_2020", [_SUPER, _TEN]),
    F("lost", "sanders", "va_dem_prim_2020", [_SUPER, _TEN]),
    F("lost", "sanders", "ma_dem_prim_2020", [_SUPER, _TEN]),
    F("poll", "biden", "mi_dem_prim_2020", _FREEP, None, pollster="Detroit Free Press"),
    F("poll", "biden", "us_dem_prim_2020", _FREEP, None, pollster="Quinnipiac University"),
    F("candidacy", "biden", "mi_dem_prim_2020", [_FREEP, _NOM]),
    F("candidacy", "biden", "fl_dem_prim_2020", _NOM),
    F("party", "biden", "dem", _NOM),
    F("endorsement", "booker", "biden", _ENDS),
    F("endorsement", "harris", "biden", _ENDS),
    F("candidacy", "booker", "us_dem_prim_2020", _ENDS),
    F("candidacy", "harris", "us_dem_prim_2020", _ENDS),
    F("party", "booker", "dem", [_ENDS, _NOM]),
    F("party", "harris", "dem", [_ENDS, _NOM]),
    F("holds_office", "booker", "sen_nj", _ENDS),
    F("holds_office", "harris", "sen_ca", _ENDS),
    F("holds_office", "warren", "sen_ma", _WAR),
    F("candidacy", "warren", "us_dem_prim_2020", S("has thrown their support behind Biden", through=_WAR)),
    F("party", "warren", "dem", [_WAR, _NOM]),
    F("endorsement", "clyburn", "biden", _CLY),
    F("holds_office", "clyburn", "rep_sc6", _CLY),
    F("candidacy", "biden", "sc_dem_prim_2020", _CLY),
    F("won", "biden", "sc_dem_prim_2020", _CLY),
    F("candidacy", "sanders", "ms_dem_prim_2020", _MS),
    F("candidacy", "sanders", "mo_dem_prim_2020", _MS),
    F("endorsement", "aoc", "sanders", _MS),
    F("holds_office", "aoc", "rep_ny14", _MS),
]))

META = {
    "b04_abp_2012-09-26_washtimes_swing_polls.txt":
        {"url": "http://www.washingtontimes.com/blog/inside-politics/2012/sep/26/"
                "poll-obama-double-digits-ohio-pennsylvania-ahead-9/"},
    "b05_abp_2014-01-21_fox_christie.txt":
        {"url": "http://www.foxnews.com/politics/2014/01/21/"
                "christie-to-preach-small-government-bipartisanship-in-second-inaugural-address/"},
    "b06_abp_2016-02-05_newsmax_rubio.txt":
        {"url": "http://www.newsmax.com/Politics/sheldon-adelson-newspaper-endorses-marco-rubio/2016/02/05/id/712986/"},
    "b07_abp_2016-02-10_nyt_nh_primary.txt":
        {"url": "http://www.nytimes.com/2016/02/10/us/politics/new-hampshire-primary.html"},
    "b08_abp_2018-05-29_usatoday_greitens.txt":
        {"url": "https://www.usatoday.com/story/news/politics/2018/05/29/missouri-gov-eric-greitens-expected-resign/"
                "653430002/"},
    "b09_abp_2020-03-09_nypost_michigan.txt":
        {"url": "https://nypost.com/2020/03/09/michigan-primary-is-a-must-win-for-bernie-sanders-campaign/"},
}

if __name__ == "__main__":
    lines = merge(build(R, os.fspath(HERE / "docs"), DOCS, META))
    write_jsonl(lines, os.fspath(HERE / "gold.jsonl"))
    print(f"wrote {len(lines)} facts to {HERE / 'gold.jsonl'}")
