"""Extra gold: facts for the 8 documents in docs/, annotated by the rules of shared/gold/README.md.

A second, independent check of how the extractor generalises beyond the 12 dev documents it was
tuned on.  Run from anywhere: `python3 benchmarks/extra_gold/annotate.py` rewrites gold.jsonl.
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_TOOLS = HERE.parents[2] / "shared" / "gold" / "tools"
sys.path.insert(0, str(GOLD_TOOLS))
from goldlib import (Registry, S, build, merge, write_jsonl, head, cabinet_secretary,  # noqa: E402
                     representative, senator, governor, mayor)

QIDS = {  # Wikidata ids from data/reference/congress-legislators (legislators-*.yaml, executive.yaml)
    "Amy Klobuchar": "Q22237",
    "Barack Obama": "Q76",
    "Bernie Sanders": "Q359442",
    "Dick Cheney": "Q48259",
    "Donald Trump": "Q22686",
    "Elizabeth Warren": "Q434706",
    "Joe Biden": "Q6279",
    "Liz Cheney": "Q5362573",
    "Mike Enzi": "Q432431",
    "Mitch McConnell": "Q355522",
    "Ron Johnson": "Q970272",
    "Tammy Baldwin": "Q40628",
    "Ted Cruz": "Q2036942",
}
R = Registry(QIDS)

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("kmt", "Kuomintang", ["KMT", "Chinese Nationalist Party", "Kuomintang (Chinese Nationalist Party)"])
R.party("dpp", "Democratic Progressive Party", ["DPP", "Democratic Progressive party"])
R.org("nrsc", "National Republican Senatorial Committee", ["NRSC"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sec_state_us", "United States Secretary of State",
  generic=["Secretary of State", "U.S. Secretary of State", "Secretary of State of the United States"])
O("mayor_nyc", mayor("New York City"), ["New York Mayor", "New York City mayor"], generic=["Mayor of New York"])
O("senate_min_leader", "Minority Leader of the United States Senate",
  generic=["Senate Minority Leader", "United States Senate Minority Leader", "Minority Leader"])
O("gov_ma", governor("Massachusetts"), ["governor"])
O("sen_pa", senator("Pennsylvania"))
O("rep_tx14", representative("Texas", 14))
O("ia_senator", "Member of the Iowa Senate", ["Iowa state Senator", "state Senator"],
  generic=["State Senator", "Iowa State Senator"])
O("pres_sy", head("President", "Syria", "Syrian"), ["president"])
O("pres_tw", head("President", "Taiwan", "Taiwanese"),
  ["President of the Republic of China", "Taiwan President", "Taiwanese president", "president"])
O("kmt_chair", "Chairman of the Kuomintang", generic=["party leader", "KMT chairman", "Kuomintang chairman"])
O("dpp_chair", "Chairperson of the Democratic Progressive Party",
  generic=["chairwoman", "DPP chairwoman", "DPP chair", "Democratic Progressive Party chairwoman"])
O("sen_tx", senator("Texas"))
O("sen_vt", senator("Vermont"))
O("gov_wi", governor("Wisconsin"))
O("rep_wi2", representative("Wisconsin", 2))
O("rep_wi1", representative("Wisconsin", 1))
O("wi_assembly_speaker", "Speaker of the Wisconsin State Assembly",
  generic=["Assembly speaker", "Speaker of the Wisconsin Assembly", "Speaker"])
O("sen_wi", senator("Wisconsin"), ["senator"])
O("sen_wy", senator("Wyoming"), ["senator"])
O("sos_ga", ("Secretary of State of Georgia", ["Secretary of State", "Georgia Secretary of State"]),
  ["secretary of state"])
O("rep_tx16", representative("Texas", 16))

# ---------------------------------------------------------------- elections
E = R.election
E("nh_rep_prim_2012", "2012 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh",
  "2012-01-10", "primary", office="pres_us")
E("me_rep_caucus_2012", "2012 Maine Republican presidential caucuses", "ocd-division/country:us/state:me",
  "2012-02-11", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia",
  "2012-01-03", "primary", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary",
  office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general",
  office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general",
  office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general",
  office="pres_us")
E("ar_rep_prim_2012", "2012 Arkansas Republican presidential primary", "ocd-division/country:us/state:ar",
  "2012-05-22", "primary", office="pres_us")
E("ky_rep_prim_2012", "2012 Kentucky Republican presidential primary", "ocd-division/country:us/state:ky",
  "2012-05-22", "primary", office="pres_us")
E("ar_dem_prim_2012", "2012 Arkansas Democratic presidential primary", "ocd-division/country:us/state:ar",
  "2012-05-22", "primary", office="pres_us")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky",
  "2012-05-22", "primary", office="pres_us")
E("tw_pres_2016", "2016 Taiwanese presidential election", "ocd-division/country:tw", "2016-01-16", "general",
  office="pres_tw")
E("tw_pres_2012", "2012 Taiwanese presidential election", "ocd-division/country:tw", "2012-01-14", "general",
  office="pres_tw")
E("tw_pres_2008", "2008 Taiwanese presidential election", "ocd-division/country:tw", "2008-03-22", "general",
  office="pres_tw")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo",
  "2016-03-15", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo",
  "2016-03-15", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny",
  "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny",
  "2016-04-19", "primary", office="pres_us")
E("wi_sen_2012", "2012 United States Senate election in Wisconsin", "ocd-division/country:us/state:wi",
  "2012-11-06", "general", office="sen_wi")
E("wi_sen_rep_prim_2012", "2012 Wisconsin Republican U.S. Senate primary", "ocd-division/country:us/state:wi",
  "2012-08-14", "primary", office="sen_wi")
E("wi_recall_2012", "2012 Wisconsin gubernatorial recall election", "ocd-division/country:us/state:wi",
  "2012-06-05", "general", special=True, office="gov_wi")
E("wy_sen_rep_prim_2014", "2014 Wyoming Republican U.S. Senate primary", "ocd-division/country:us/state:wy",
  "2014-08-19", "primary", office="sen_wy")
E("wy_sen_2008", "2008 United States Senate election in Wyoming", "ocd-division/country:us/state:wy",
  "2008-11-04", "general", office="sen_wy")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general",
  office="Governor of Georgia")
E("tx_sen_2018", "2018 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2018-11-06",
  "general", office="sen_tx")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia",
  "2020-02-03", "primary", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary",
  office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"])
P("ronpaul", "Ron Paul", [])
P("huntsman", "Jon Huntsman", [])
P("santorum", "Rick Santorum", [])
P("perry", "Rick Perry", [])
P("mcconnell", "Mitch McConnell", [])
P("benton", "Jesse Benton", [])
P("sorenson", "Kent Sorenson", [])
P("bachmann", "Michele Bachmann", [])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama"])
P("bloomberg", "Michael Bloomberg", ["Bloomberg", "Mike Bloomberg"])
P("trump", "Donald Trump", ["Trump", "President Trump"])
P("clinton", "Hillary Clinton", ["Clinton"], qid="Q6294")
P("mccain", "John McCain", [], qid="Q10390")
P("tillerson", "Rex Tillerson", [])
P("assad", "Bashar al-Assad", ["Assad", "Bashar Assad"])
P("tsai", "Tsai Ing-wen", ["Tsai", "Ms. Tsai", "Tsai Ing-Wen"])
P("chu", "Eric Chu", [])
P("ma", "Ma Ying-jeou", [])
P("chen", "Chen Shui-bian", [])
P("sanders", "Bernie Sanders", ["Sanders"])
P("cruz", "Ted Cruz", ["Cruz"])
P("thompson", "Tommy Thompson", ["Thompson"])
P("baldwin", "Tammy Baldwin", ["Baldwin"])
P("sbrown", "Scott Brown", [])
P("neumann", "Mark Neumann", [])
P("hovde", "Eric Hovde", [])
P("fitzgerald", "Jeff Fitzgerald", [])
P("kohl", "Herb Kohl", [])
P("rjohnson", "Ron Johnson", [])
P("lcheney", "Liz Cheney", ["Cheney"])
P("enzi", "Mike Enzi", ["Enzi"])
P("dcheney", "Dick Cheney", [])
P("abrams", "Stacey Abrams", ["Ms. Abrams", "Abrams"])
P("kemp", "Brian Kemp", ["Mr. Kemp", "Kemp"])
P("orourke", "Beto O'Rourke", ["Beto O’Rourke"])
P("buttigieg", "Pete Buttigieg", ["Buttigieg"])
P("warren", "Elizabeth Warren", ["Warren"])
P("biden", "Joe Biden", ["Biden"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar"])

F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

DOCS = []

# ---------------------------------------------------------------- e00 (Current Events, 2012-01-10, old layout)
_NH = "Early reports show that Mitt Romney wins the New Hampshire Republican primary"
_ME = "The Republican caucuses in the state of Maine finish with Mitt Romney"
_IA1 = "Republican primary candidate and former Massachusetts governor Mitt Romney wins the 2012 Iowa Caucus"
_IA2 = "with Mitt Romney defeating Rick Santorum by 8 votes"
_HUNT = "Jon Huntsman will drop out of the 2012 Republican Party presidential primaries"
_CRIT = "Leading Republican Party presidential candidates, including Mitt Romney and Rick Perry"
_BENTON = "campaign manager Jesse Benton resigns"
_LUNCH = "spent more than an hour with Mitt Romney at the White House"
_FL = "officially wins the state of Florida and its 29 electoral votes"
_BLOOM = "New York Mayor Michael Bloomberg endorses U.S. President Barack Obama over Mitt Romney"
DOCS.append(("e00_ce_2012-01-10_nh_primary.txt", [
    F("candidacy", "romney", "nh_rep_prim_2012", _NH),
    F("candidacy", "ronpaul", "nh_rep_prim_2012", _NH),
    F("candidacy", "huntsman", "nh_rep_prim_2012", _NH),
    F("won", "romney", "nh_rep_prim_2012", _NH),
    F("lost", "ronpaul", "nh_rep_prim_2012", _NH),
    F("lost", "huntsman", "nh_rep_prim_2012", _NH),
    F("party", "romney", "rep", [_NH, _IA1]),
    F("party", "ronpaul", "rep", _NH),
    F("party", "huntsman", "rep", [_NH, _HUNT]),
    F("candidacy", "romney", "me_rep_caucus_2012", _ME),
    F("candidacy", "ronpaul", "me_rep_caucus_2012", _ME),
    F("won", "romney", "me_rep_caucus_2012", _ME),
    F("lost", "ronpaul", "me_rep_caucus_2012", _ME),
    F("candidacy", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("candidacy", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("won", "romney", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "santorum", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("lost", "ronpaul", "ia_rep_caucus_2012", [_IA1, _IA2]),
    F("party", "santorum", "rep", [_IA1, _IA2]),
    F("holds_office", "romney", "gov_ma", _IA1, former=True),
    F("holds_office", "santorum", "sen_pa", _IA1, former=True),
    F("holds_office", "ronpaul", "rep_tx14", _IA1),
    F("candidacy", "huntsman", "us_rep_prim_2012", _HUNT),
    F("candidacy", "romney", "us_rep_prim_2012", [_HUNT, _CRIT]),
    F("endorsement", "huntsman", "romney", _HUNT),
    F("candidacy", "perry", "us_rep_prim_2012", _CRIT),
    F("candidacy", "ronpaul", "us_rep_prim_2012", _CRIT),
    F("party", "perry", "rep", _CRIT),
    F("holds_office", "mcconnell", "senate_min_leader", _BENTON),
    F("holds_office", "sorenson", "ia_senator", _BENTON),
    F("endorsement", "sorenson", "ronpaul", _BENTON),
    F("endorsement", "sorenson", "bachmann", _BENTON, former=True),
    F("candidacy", "bachmann", "us_rep_prim_2012", _BENTON),
    F("holds_office", "obama", "pres_us", [_LUNCH, _FL, _BLOOM]),
    F("candidacy", "obama", "us_pres_2012", [_LUNCH, _FL, _BLOOM]),
    F("candidacy", "romney", "us_pres_2012", [_LUNCH, _FL, _BLOOM]),
    F("won", "obama", "us_pres_2012", _FL),
    F("lost", "romney", "us_pres_2012", _FL),
    F("endorsement", "bloomberg", "obama", _BLOOM),
    F("holds_office", "bloomberg", "mayor_nyc", _BLOOM),
]))

# ---------------------------------------------------------------- e01 (Current Events, 2012-11-01, old layout)
_B0 = S(_BLOOM, 0)
_B1 = "New York Mayor Bloomberg endorses Obama for re-election"
_TR = "U.S. President Trump signs an executive order undoing former President Obama"
_FL1 = "President of the United States Barack Obama officially wins the state of Florida"
_THIRD = S("Four third-party U.S. presidential election candidates",
           through="Romney (with the Republican Party) and Obama (with the Democratic Party) refuse")
_THIRD2 = "Romney (with the Republican Party) and Obama (with the Democratic Party) refuse"
_ARKY = "Voters in the US states of Arkansas and Kentucky go to the polls, with Mitt Romney winning"
_HOF = "the second debate of the 2012 presidential election between Mitt Romney and Barack Obama"
_WIRE = "U.S. President Donald Trump accuses former President Barack Obama of wiretapping"
_TILL = "United States Secretary of State Rex Tillerson says"
_ASSAD = "since under president Barack Obama's administration"
DOCS.append(("e01_ce_2012-11-01_bloomberg_obama.txt", [
    F("endorsement", "bloomberg", "obama", [_B0, _B1]),
    F("holds_office", "bloomberg", "mayor_nyc", [_B0, _B1, "New York Mayor Michael Bloomberg states that"]),
    F("holds_office", "obama", "pres_us", [_B0, _FL1, _LUNCH, _ARKY, _ASSAD]),
    F("holds_office", "obama", "pres_us", [_TR, _WIRE], former=True),
    F("candidacy", "obama", "us_pres_2012", [_B0, _B1, _LUNCH, _FL1, _THIRD, _HOF]),
    F("candidacy", "romney", "us_pres_2012", [_B0, _LUNCH, _FL1, _THIRD, _HOF]),
    F("won", "obama", "us_pres_2012", _FL1),
    F("lost", "romney", "us_pres_2012", _FL1),
    F("party", "romney", "rep", [_THIRD2, _ARKY]),
    F("party", "obama", "dem", [_THIRD2, _ARKY]),
    F("holds_office", "trump", "pres_us", [_TR, _WIRE]),
    F("candidacy", "romney", "ar_rep_prim_2012", _ARKY),
    F("candidacy", "romney", "ky_rep_prim_2012", _ARKY),
    F("won", "romney", "ar_rep_prim_2012", _ARKY),
    F("won", "romney", "ky_rep_prim_2012", _ARKY),
    F("candidacy", "obama", "ar_dem_prim_2012", _ARKY),
    F("candidacy", "obama", "ky_dem_prim_2012", _ARKY),
    F("won", "obama", "ar_dem_prim_2012", _ARKY),
    F("won", "obama", "ky_dem_prim_2012", _ARKY),
    F("candidacy", "mccain", "us_pres_2008", "Presidential Debate of the 2008 United States presidential election"),
    F("candidacy", "obama", "us_pres_2008", "Presidential Debate of the 2008 United States presidential election"),
    F("candidacy", "clinton", "us_pres_2016", "Presidential Debate of the 2008 United States presidential election"),
    F("candidacy", "trump", "us_pres_2016", "Presidential Debate of the 2008 United States presidential election"),
    F("holds_office", "tillerson", "sec_state_us", _TILL),
    F("holds_office", "assad", "pres_sy", _TILL),
]))

# ---------------------------------------------------------------- e02 (Current Events, 2016-01-16, old layout)
_TSAI = S("Tsai Ing-wen of the Democratic Progressive Party (DPP) is elected", through="concedes defeat")
_TSAI0 = "Tsai Ing-wen of the Democratic Progressive Party (DPP) is elected"
_CHU = "Eric Chu, the ruling Kuomintang (Chinese Nationalist Party) candidate concedes defeat"
_SUM = "Democratic Progressive party candidate Tsai Ing-wen looks certain"
_MA08 = "Ma Ying-jeou is elected President of the Republic of China with more than 58%"
_MA12 = S("Voters in the Republic of China go to the polls for the 2012 presidential election.",
          through="defeating Democratic Progressive Party chairwoman Tsai Ing-wen.")
_MA12B = "Incumbent President Ma Ying-jeou ultimately wins re-election with 51% of the vote"
_PE1 = "after President-elect of the United States Donald Trump speaks with President of Taiwan Tsai Ing-wen"
_PE2 = "United States President-elect Donald Trump holds a telephone conversation"
DOCS.append(("e02_ce_2016-01-16_taiwan.txt", [
    F("candidacy", "tsai", "tw_pres_2016", [_TSAI0, _SUM]),
    F("candidacy", "chu", "tw_pres_2016", _CHU),
    F("won", "tsai", "tw_pres_2016", _TSAI0),
    F("lost", "chu", "tw_pres_2016", _CHU),
    F("party", "tsai", "dpp", [_TSAI0, _SUM, _MA12B]),
    F("party", "chu", "kmt", _CHU),
    F("holds_office", "chu", "kmt_chair", _CHU, former=True),
    F("holds_office", "tsai", "pres_tw", [_PE1, _PE2, "at last month's inauguration of President Tsai Ing-wen",
                                          "criticizes Taiwan President Tsai Ing-wen",
                                          "Tsai Ing-wen is sworn in as the first female President of Taiwan",
                                          "just days before the inauguration of Taiwanese president Tsai Ing-Wen"]),
    F("holds_office", "ma", "pres_tw", ["Taiwan President Ma Ying-jeou applauded", _MA08, _MA12B]),
    F("candidacy", "ma", "tw_pres_2008", _MA08),
    F("won", "ma", "tw_pres_2008", _MA08, 58),
    F("party", "ma", "kmt", _MA08),
    F("holds_office", "chen", "pres_tw", "at the request of President Chen Shui-bian"),
    F("candidacy", "trump", "us_pres_2016", [_PE1, _PE2]),
    F("won", "trump", "us_pres_2016", [_PE1, _PE2]),
    F("candidacy", "ma", "tw_pres_2012", _MA12),
    F("candidacy", "tsai", "tw_pres_2012", _MA12),
    F("won", "ma", "tw_pres_2012", _MA12, 51),
    F("lost", "tsai", "tw_pres_2012", _MA12),
    F("holds_office", "tsai", "dpp_chair", _MA12B),
]))

# ---------------------------------------------------------------- e03 (Current Events, 2016-03-17, new layout)
_MO0 = "Bernie Sanders concedes the Missouri primary to Hillary Clinton"
_MOR = "The Republican contest is too close to call as Donald Trump leads Ted Cruz"
_MO2 = "Donald Trump and Hillary Clinton lead in their party's vote, but by just two-tenths"
_DEB2 = "Hillary Clinton and Donald Trump hold the second presidential debate"
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests for their parties"
_BL16 = "Former New York City mayor Michael Bloomberg is seriously considering"
_PE = "Although he lost the popular vote, Donald Trump, the Republican nominee for the 2016 presidential election"
DOCS.append(("e03_ce_2016-03-17_missouri.txt", [
    F("candidacy", "sanders", "mo_dem_prim_2016", [_MO0, _MO2]),
    F("candidacy", "clinton", "mo_dem_prim_2016", [_MO0, _MO2]),
    F("won", "clinton", "mo_dem_prim_2016", _MO0),
    F("lost", "sanders", "mo_dem_prim_2016", _MO0),
    F("candidacy", "trump", "mo_rep_prim_2016", [_MOR, _MO2]),
    F("candidacy", "cruz", "mo_rep_prim_2016", [_MOR, _MO2]),
    F("party", "trump", "rep", [_MOR, _PE]),
    F("party", "cruz", "rep", _MOR),
    F("party", "clinton", "dem", _PE),
    F("candidacy", "clinton", "us_pres_2016", [_DEB2, _PE]),
    F("candidacy", "trump", "us_pres_2016", [_DEB2, _PE]),
    F("won", "trump", "us_pres_2016", _PE),
    F("lost", "clinton", "us_pres_2016", _PE),
    F("candidacy", "clinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("holds_office", "bloomberg", "mayor_nyc", _BL16, former=True),
    F("holds_office", "cruz", "sen_tx", _BL16),
    F("holds_office", "sanders", "sen_vt", _BL16),
]))

# ---------------------------------------------------------------- e04 (ABP, CNN, 2012-06-20)
_WI = "Former Gov. Tommy Thompson leads Rep. Tammy Baldwin in a Wisconsin race for the U.S. Senate"
_WIP = "Thompson, a Republican, has 49% support in a matchup against Baldwin"
_PRES = "In the presidential race, Obama leads Romney, 49% to 43%, the poll showed."
_PRIM = "Thompson leads the field of Republicans vying for the office with 34%."
_OTH = "The other Republicans - former Congressman Mark Neumann, businessman Eric Hovde"
_KOHL = "The race is to fill the seat currently held by retiring Sen. Herb Kohl, a Democrat."
_RJ = "The state's other senator is Republican Ron Johnson."
DOCS.append(("e04_abp_2012-06-20_cnn_wisconsin_senate.txt", [
    F("holds_office", "thompson", "gov_wi", _WI, former=True),
    F("holds_office", "baldwin", "rep_wi2", _WI),
    F("candidacy", "thompson", "wi_sen_2012", [_WI, _WIP]),
    F("candidacy", "baldwin", "wi_sen_2012", [_WI, _WIP]),
    F("poll", "thompson", "wi_sen_2012", _WIP, 49, pollster="Marquette University"),
    F("poll", "baldwin", "wi_sen_2012", _WIP, 41, pollster="Marquette University"),
    F("party", "thompson", "rep", [_WIP, _PRIM]),
    F("party", "baldwin", "dem", _WIP),
    F("holds_office", "obama", "pres_us", _WI),
    F("candidacy", "romney", "us_pres_2012", [_WI, _PRES]),
    F("candidacy", "obama", "us_pres_2012", [_WI, _PRES]),
    F("party", "romney", "rep", _WI),
    F("poll", "obama", "us_pres_2012", [_WI, _PRES], 49, pollster="Marquette University"),
    F("poll", "romney", "us_pres_2012", [_WI, _PRES], 43, pollster="Marquette University"),
    F("holds_office", "sbrown", "gov_wi", "Republican Gov. Scott Brown survived a recall vote"),
    F("party", "sbrown", "rep", "Republican Gov. Scott Brown survived a recall vote"),
    F("candidacy", "sbrown", "wi_recall_2012", "Republican Gov. Scott Brown survived a recall vote"),
    F("won", "sbrown", "wi_recall_2012", "Republican Gov. Scott Brown survived a recall vote"),
    F("candidacy", "thompson", "wi_sen_rep_prim_2012", _PRIM),
    F("poll", "thompson", "wi_sen_rep_prim_2012", _PRIM, 34, pollster="Marquette University"),
    F("candidacy", "neumann", "wi_sen_rep_prim_2012", _OTH),
    F("candidacy", "hovde", "wi_sen_rep_prim_2012", _OTH),
    F("candidacy", "fitzgerald", "wi_sen_rep_prim_2012", _OTH),
    F("party", "neumann", "rep", _OTH),
    F("party", "hovde", "rep", _OTH),
    F("party", "fitzgerald", "rep", _OTH),
    F("holds_office", "neumann", "rep_wi1", _OTH, former=True),
    F("holds_office", "fitzgerald", "wi_assembly_speaker", _OTH),
    F("holds_office", "kohl", "sen_wi", _KOHL),
    F("party", "kohl", "dem", _KOHL),
    F("holds_office", "rjohnson", "sen_wi", _RJ),
    F("party", "rjohnson", "rep", _RJ),
]))

# ---------------------------------------------------------------- e05 (ABP, Fox News, 2014-01-06)
_LIZ = "Liz Cheney is ending her campaign to be the next senator from Wyoming"
_ENZI08 = "Enzi, who was easily elected to a third Senate term in 2008"
DOCS.append(("e05_abp_2014-01-06_fox_cheney.txt", [
    F("candidacy", "lcheney", "wy_sen_rep_prim_2014", [_LIZ, "announced that she would run against Enzi"]),
    F("candidacy", "enzi", "wy_sen_rep_prim_2014", _LIZ),
    F("holds_office", "enzi", "sen_wy", _LIZ),
    F("party", "enzi", "rep", _LIZ),
    F("party", "lcheney", "rep", S("announced that she would run against Enzi",
                                   through="a rare primary contest among Wyoming Republicans")),
    F("holds_office", "dcheney", "vp_us", "The daughter of former Vice President Dick Cheney", former=True),
    F("candidacy", "enzi", "wy_sen_2008", _ENZI08),
    F("won", "enzi", "wy_sen_2008", _ENZI08),
    F("endorsement", "nrsc", "enzi", _ENZI08),
]))

# ---------------------------------------------------------------- e06 (ABP, Washington Times, 2018-11-16)
_GA = "Democratic gubernatorial candidate Stacey Abrams said Friday"
_BETO = "joining Texas Rep. Beto O’Rourke as election losers"
DOCS.append(("e06_abp_2018-11-16_washtimes_kemp.txt", [
    F("candidacy", "abrams", "ga_gov_2018", _GA),
    F("candidacy", "kemp", "ga_gov_2018", _GA),
    F("party", "abrams", "dem", _GA),
    F("party", "kemp", "rep", _GA),
    F("won", "kemp", "ga_gov_2018", _GA),
    F("lost", "abrams", "ga_gov_2018", _GA),
    F("holds_office", "kemp", "sos_ga", "who had been secretary of state until he resigned", former=True),
    F("holds_office", "orourke", "rep_tx16", _BETO),
    F("candidacy", "orourke", "tx_sen_2018", _BETO),
    F("lost", "orourke", "tx_sen_2018", _BETO),
]))

# ---------------------------------------------------------------- e07 (ABP, The Hill, 2020-02-03)
_POLL = S("found Buttigieg leading the field with 19 percent", through="Sanders trailed with 17 percent")
_SECOND = "Seventeen percent each said Biden and Klobuchar were their second choices"
_TOP = "Warren is the top second choice among voters"
_BL = S("The least-favorably viewed Democratic presidential candidate",
        through="former New York City Mayor Mike Bloomberg")
DOCS.append(("e07_abp_2020-02-03_thehill_iowa_poll.txt", [
    F("poll", "buttigieg", "ia_dem_caucus_2020", _POLL, 19, pollster="David Binder"),
    F("poll", "sanders", "ia_dem_caucus_2020", _POLL, 17, pollster="David Binder"),
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", _POLL),
    F("candidacy", "sanders", "ia_dem_caucus_2020", _POLL),
    F("candidacy", "warren", "ia_dem_caucus_2020", _TOP),
    F("candidacy", "biden", "ia_dem_caucus_2020", _SECOND),
    F("candidacy", "klobuchar", "ia_dem_caucus_2020", _SECOND),
    F("party", "buttigieg", "dem", "has the highest favorable rating among state Democratic voters"),
    F("party", "warren", "dem", S("has the highest favorable rating among state Democratic voters",
                                  through="said the same about Warren")),
    F("party", "biden", "dem", "More than 6 in 10 Iowa Democrats see Biden"),
    F("party", "klobuchar", "dem", "More than 6 in 10 Iowa Democrats see Biden"),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _BL),
    F("party", "bloomberg", "dem", _BL),
    F("holds_office", "bloomberg", "mayor_nyc", _BL, former=True),
]))

META = {
    "e04_abp_2012-06-20_cnn_wisconsin_senate.txt":
        {"url": "http://politicalticker.blogs.cnn.com/2012/06/20/wisconsin-republican-leads-democrat-in-senate-race/"},
    "e05_abp_2014-01-06_fox_cheney.txt":
        {"url": "http://www.foxnews.com/politics/2014/01/06/liz-cheney-to-reportedly-drop-out-wyoming-senate-race/"},
    "e06_abp_2018-11-16_washtimes_kemp.txt":
        {"url": "https://www.washingtontimes.com/news/2018/nov/16/brian-kemp-wins-georgia-governors-race/"},
    "e07_abp_2020-02-03_thehill_iowa_poll.txt":
        {"url": "https://thehill.com/homenews/campaign/481192-buttigieg-sanders-rise-in-final-poll-ahead-of-iowa-caucus"},
}

if __name__ == "__main__":
    lines = merge(build(R, os.fspath(HERE / "docs"), DOCS, META))
    write_jsonl(lines, os.fspath(HERE / "gold.jsonl"))
    print("wrote %d facts to %s" % (len(lines), HERE / "gold.jsonl"))
