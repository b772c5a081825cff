# ruff: noqa: E501
"""Corpus annotation, batch b00 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    'Barack Obama': 'Q76',
    'George W. Bush': 'Q207',
    'Marco Rubio': 'Q324546',
    'John McCain': 'Q10390',
    'Rand Paul': 'Q463557',
    'Ted Cruz': 'Q2036942',
    'Mike Lee': 'Q627098',
    'Mitch McConnell': 'Q355522',
    'Mark Meadows': 'Q3956796',
    'Jim Jordan': 'Q186215',
    'Steve King': 'Q749710',
    'Bernie Sanders': 'Q359442',
    'Donald Trump': 'Q22686',
    'Joe Biden': 'Q6279',
    'Lindsey Graham': 'Q22212',
    'Chris Coons': 'Q923242',
    'Kamala Harris': 'Q10853588',
    'Elizabeth Warren': 'Q434706',
    'Al Franken': 'Q319084',
    'Tim Ryan': 'Q513960',
    'Cheri Bustos': 'Q723148',
    'Cindy Hyde-Smith': 'Q5120540',
    'Thad Cochran': 'Q723896',
    'Nancy Pelosi': 'Q170581',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("pvda", "Labour Party", ["PvdA", "Labour Party"])
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("ldp_jp", "Liberal Democratic Party (Japan)", ["Liberal Democratic Party", "LDP", "Liberal Democratic Party (LDP)"])
R.party("komeito", "Komeito", ["Komeito"])
R.party("desus", "Democratic Party of Pensioners of Slovenia", ["DeSUS", "Pensioner's Party DeSUS", "Pensioner's Party"])
R.party("zab", "Alliance of Alenka Bratušek", ["Alliance", "her Alliance"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "Pres."])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sen_fl", senator("Florida"), ["Florida senator", "senator"])
O("sen_ky", senator("Kentucky"), ["Kentucky senator", "senator"])
O("sen_pa", senator("Pennsylvania"))
O("sen_az", senator("Arizona"), ["Senator"])
O("sen_tx", senator("Texas"), ["Texas senator", "senator from Texas", "senator"])
O("sen_al", senator("Alabama"))
O("sen_la", senator("Louisiana"))
O("sen_ut", senator("Utah"))
O("sen_vt", senator("Vermont"), ["Vermont Sen.", "Senator"])
O("sen_ma", senator("Massachusetts"))
O("sen_mn", senator("Minnesota"))
O("sen_sc", senator("South Carolina"))
O("sen_de", senator("Delaware"))
O("sen_ca", senator("California"), ["California Sen."])
O("sen_ms", senator("Mississippi"), ["Senate seat"])
O("sen_nv", senator("Nevada"))
O("gov_fl", governor("Florida"), ["Florida Gov."])
O("gov_nj", governor("New Jersey"), ["New Jersey Gov.", "governor"])
O("gov_la", governor("Louisiana"), ["Louisiana Gov.", "Louisiana governor"])
O("gov_va", governor("Virginia"), ["Virginia Gov."])
O("gov_wi", governor("Wisconsin"), ["Wisconsin Gov."])
O("gov_oh", governor("Ohio"), ["Ohio Gov."])
O("gov_tx", governor("Texas"), ["governor"])
O("gov_ca", governor("California"))
O("gov_ms", governor("Mississippi"), ["Mississippi GOP Gov."])
O("speaker_us", "Speaker of the United States House of Representatives",
  ["speaker of the House"], generic=["Speaker", "Speaker of the House", "House Speaker", "Speaker of the U.S. House of Representatives"])
O("sen_maj_leader", "Majority Leader of the United States Senate",
  generic=["Senate Majority Leader", "Majority Leader"])
O("sen_min_leader", "Minority Leader of the United States Senate", ["Senate GOP Leader"],
  generic=["Senate Minority Leader", "Minority Leader", "Senate Republican Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("rep_ia4", representative("Iowa", 4))
O("rep_la4", representative("Louisiana", 4))
O("rep_nc11", representative("North Carolina", 11))
O("rep_oh4", representative("Ohio", 4))
O("rep_oh8", representative("Ohio", 8))
O("rep_ks1", representative("Kansas", 1))
O("rep_fl9", representative("Florida", 9))
O("rep_il17", representative("Illinois", 17))
O("rep_oh13", representative("Ohio", 13))
O("rep_ms2", representative("Mississippi", 2), ["congressman"])
O("sec_state_us", "United States Secretary of State", ["secretary of state"],
  generic=["Secretary of State", "U.S. Secretary of State", "Secretary of State of the United States"])
O("sec_agri", cabinet_secretary("Agriculture", "Agriculture"), ["agriculture secretary", "U.S. agriculture secretary"])
O("scotus_justice", "Associate Justice of the Supreme Court of the United States",
  generic=["Justice", "Supreme Court Justice", "Associate Justice"])
O("chair_svac", "Chairman of the United States Senate Committee on Veterans' Affairs", ["veterans committee chairman"],
  generic=["Chairman of the Senate Veterans' Affairs Committee", "Senate Veterans' Affairs Committee chairman"])
O("omb_dir", "Director of the Office of Management and Budget", ["budget director", "White House budget director"],
  generic=["OMB Director", "Director of the OMB", "White House budget director"])
O("chair_cagop", "Chairman of the California Republican Party", ["California Republican Party Chairman"],
  generic=["California Republican Party Chairman", "California GOP chairman"])
O("mayor_nola", mayor("New Orleans"), ["New Orleans Mayor"])
O("mayor_flint", mayor("Flint"), ["Mayors"])
O("mayor_detroit", mayor("Detroit"), ["Mayors"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["prime minister", "Australian prime minister"])
O("opp_leader_au", "Leader of the Opposition of Australia", ["leader of the opposition", "opposition leader"],
  generic=["Leader of the Opposition", "Opposition Leader", "Australian Leader of the Opposition"])
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("leader_pvda", "Leader of the Labour Party (Netherlands)", ["leader of the Labour Party"],
  generic=["Leader of the Labour Party", "Labour Party leader", "PvdA leader"])
O("min_justice_nl", "Minister of Security and Justice of the Netherlands",
  generic=["Minister of Security and Justice", "Dutch Minister of Security and Justice"])
O("amb_nl_tr", "Ambassador of the Netherlands to Turkey", ["Dutch ambassador"],
  generic=["Dutch ambassador to Turkey", "Netherlands Ambassador to Turkey"])
O("pres_ph", head("President", "the Philippines", "Philippine"), ["Philippines president"])
O("pres_lr", head("President", "Liberia", "Liberian"), ["president"])
O("gov_tokyo", governor("Tokyo"), ["Governor of the Japanese capital Tokyo", "governor"])
O("min_def_jp", head("Minister of Defense", "Japan", "Japanese"), generic=["Defense Minister", "Japanese Defense Minister"])
O("pm_jp", head("Prime Minister", "Japan", "Japanese"))
O("pres_lt", head("President", "Lithuania", "Lithuanian"))
O("pres_ru", head("President", "Russia", "Russian"))
O("nato_sg", "Secretary General of NATO", generic=["NATO Secretary General", "Secretary General"])
O("pm_si", head("Prime Minister", "Slovenia", "Slovenian"), ["prime minister", "PM"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_1992", "1992 United States presidential election", "ocd-division/country:us", "1992-11-03", "general", office="pres_us")
E("us_pres_1968", "1968 United States presidential election", "ocd-division/country:us", "1968-11-05", "general", office="pres_us")
E("us_pres_1824", "1824 United States presidential election", "ocd-division/country:us", "1824", "general", office="pres_us")
E("us_pres_1828", "1828 United States presidential election", "ocd-division/country:us", "1828", "general", office="pres_us")
E("us_pres_1800", "1800 United States presidential election", "ocd-division/country:us", "1800", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("nh_dem_prim_2016", "2016 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("il_rep_prim_2016", "2016 Illinois Republican presidential primary", "ocd-division/country:us/state:il", "2016-03-15", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("ca_rep_prim_2016", "2016 California Republican presidential primary", "ocd-division/country:us/state:ca", "2016-06-07", "primary", office="pres_us")
E("wi_gov_recall_2012", "2012 Wisconsin gubernatorial recall election", "ocd-division/country:us/state:wi", "2012-06-05", "general", special=True, office="gov_wi")
E("ca_sen_2010", "2010 United States Senate election in California", "ocd-division/country:us/state:ca", "2010-11-02", "general", office="sen_ca")
E("house_dem_leader_2016", "2016 House Democratic Caucus leadership election", "ocd-division/country:us", "2016-11-30", "general", office="house_min_leader")
E("il17_2016", "2016 Illinois's 17th congressional district election", "ocd-division/country:us/state:il/cd:17", "2016-11-08", "general")
E("ms_sen_2018", "2018 United States Senate special election in Mississippi", "ocd-division/country:us/state:ms", "2018-11-06", "general", special=True, office="sen_ms")
E("ms_sen_2018_runoff", "2018 United States Senate special election in Mississippi (runoff)", "ocd-division/country:us/state:ms", "2018-11-27", "runoff", special=True, office="sen_ms")
E("ms2_1986", "1986 Mississippi's 2nd congressional district election", "ocd-division/country:us/state:ms/cd:2", "1986-11-04", "general")
E("tokyo_gov_2014", "2014 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2014-02-09", "general", office="gov_tokyo")
E("tokyo_gov_2016", "2016 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2016-07-31", "general", office="gov_tokyo")
E("lt_pres_2014", "2014 Lithuanian presidential election (second round)", "ocd-division/country:lt", "2014-05-25", "runoff", office="pres_lt")
E("lt_pres_2009", "2009 Lithuanian presidential election", "ocd-division/country:lt", "2009-05-17", "general", office="pres_lt")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Obama", "Barack Obama", "Mr. Obama", "President Barack Obama", "Pres. Obama"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"], qid="Q4496")
P("rubio", "Marco Rubio", ["Rubio"])
P("jbush", "Jeb Bush", [])
P("christie", "Chris Christie", ["Christie"])
P("rpaul", "Rand Paul", ["Paul"])
P("jindal", "Bobby Jindal", ["Jindal"])
P("santorum", "Rick Santorum", ["Santorum"])
P("mcdonnell", "Bob McDonnell", [])
P("walker", "Scott Walker", [])
P("cain", "Herman Cain", [])
P("bachmann", "Michele Bachmann", [])
P("stemberg", "Tom Stemberg", [])
P("gwbush", "George W. Bush", ["Bush", "President Bush"])
P("mccain", "John McCain", ["McCain"])
P("myers", "Kenneth Myers", [])
P("gillard", "Julia Gillard", ["Gillard"])
P("abbott", "Tony Abbott", ["Abbott"])
P("ghwbush", "George H. W. Bush", ["George H.W. Bush", "President George H.W. Bush"], qid="Q23505")
P("bclinton", "Bill Clinton", [], qid="Q1124")
P("sking", "Steve King", [])
P("cruz", "Ted Cruz", ["Cruz"])
P("boehner", "John Boehner", ["Boehner"])
P("fleming", "John Fleming", [])
P("sessions", "Jeff Sessions", ["Sessions"])
P("vitter", "David Vitter", ["Vitter"])
P("mlee", "Mike Lee", ["Lee"])
P("reid", "Harry Reid", [])
P("mcconnell", "Mitch McConnell", [])
P("meadows", "Mark Meadows", [])
P("jordan", "Jim Jordan", [])
P("huelskamp", "Tim Huelskamp", [])
P("clinton", "Hillary Clinton", ["Clinton", "Mrs. Clinton", "Hillary Clinton"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Bernard Sanders", "Mr. Sanders", "Senator Sanders", "Sen. Sanders"])
P("scalia", "Antonin Scalia", ["Scalia", "Justice Scalia"])
P("warren", "Elizabeth Warren", ["Warren"])
P("trump", "Donald Trump", ["Trump", "President Trump", "Mr. Trump", "Donald Trump"])
P("grayson", "Alan Grayson", ["Grayson"])
P("carson", "Ben Carson", ["Carson"])
P("joyce", "Lawrence Joyce", ["Joyce"])
P("ajackson", "Andrew Jackson", ["Jackson"])
P("jqadams", "John Quincy Adams", ["Adams"])
P("wallace", "George Wallace", [])
P("jefferson", "Thomas Jefferson", [])
P("kasich", "John Kasich", ["Kasich"])
P("fiorina", "Carly Fiorina", ["Fiorina"])
P("boxer", "Barbara Boxer", [])
P("graham", "Lindsey Graham", ["Graham"])
P("brulte", "Jim Brulte", [])
P("perry", "Rick Perry", [])
P("jbrown", "Jerry Brown", [])
P("weaver", "Karen Weaver", [])
P("duggan", "Mike Duggan", [])
P("franken", "Al Franken", [])
P("biden", "Joe Biden", [])
P("mulvaney", "Mick Mulvaney", [])
P("coons", "Chris Coons", ["Coons"])
P("landrieu", "Mitch Landrieu", [])
P("bustos", "Cheri Bustos", ["Bustos"])
P("kharris", "Kamala Harris", [])
P("tryan", "Tim Ryan", ["Ryan"])
P("pelosi", "Nancy Pelosi", [])
P("hydesmith", "Cindy Hyde-Smith", ["Hyde-Smith"])
P("espy", "Mike Espy", ["Espy"])
P("cochran", "Thad Cochran", [])
P("bryant", "Phil Bryant", ["Bryant"])
P("evers", "Tony Evers", [])
P("cohen", "Job Cohen", [])
P("rutte", "Mark Rutte", [])
P("samsom", "Diederik Samsom", [])
P("vandersteur", "Ard van der Steur", [])
P("vanrij", "Cornelis Van Rij", [])
P("duterte", "Rodrigo Duterte", [])
P("ctaylor", "Charles Taylor", [])
P("masuzoe", "Yoichi Masuzoe", [])
P("inose", "Naoki Inose", [])
P("koike", "Yuriko Koike", [])
P("masuda", "Hiroya Masuda", [])
P("torigoe", "Shuntaro Torigoe", [])
P("turnbull", "Malcolm Turnbull", ["Turnbull"])
P("abe", "Shinzo Abe", [])
P("grybauskaite", "Dalia Grybauskaitė", ["Dalia Grybauskaite"])
P("putin", "Vladimir Putin", [], qid="Q7747")
P("stoltenberg", "Jens Stoltenberg", [])
P("cerar", "Miro Cerar", [])
P("bratusek", "Alenka Bratušek", ["Alenka Bratusek"])

DOCS = []

# ---------------------------------------------------------------- a_2012-06-08 (CNN, CPAC VP straw poll)
DOCS.append(("a_2012-06-08_gY46zz8cUgDlsmY1.txt", [
    F("candidacy", "romney", "us_pres_2012", ["Marco Rubio has repeatedly pushed back against talk of becoming Mitt Romney's running mate",
                                              "Only Missouri and Indiana are listed as leaning Romney."]),
    F("holds_office", "rubio", "sen_fl", S("Marco Rubio has repeatedly pushed back", through="The Florida senator has previously said")),
    F("party", "rubio", "rep", "reasons to put Rubio on the GOP ticket"),
    F("holds_office", "jbush", "gov_fl", "suggested former Florida Gov. Jeb Bush for the job", former=True),
    F("holds_office", "christie", "gov_nj", "New Jersey Gov. Chris Christie, Sen. Rand Paul of Kentucky"),
    F("holds_office", "rpaul", "sen_ky", "New Jersey Gov. Chris Christie, Sen. Rand Paul of Kentucky"),
    F("holds_office", "jindal", "gov_la", "New Jersey Gov. Chris Christie, Sen. Rand Paul of Kentucky"),
    F("holds_office", "santorum", "sen_pa", "New Jersey Gov. Chris Christie, Sen. Rand Paul of Kentucky", former=True),
    F("holds_office", "mcdonnell", "gov_va", "New Jersey Gov. Chris Christie, Sen. Rand Paul of Kentucky"),
    F("holds_office", "obama", "pres_us", "happened in President Barack Obama's home state"),
    F("candidacy", "obama", "us_pres_2012", S("happened in President Barack Obama's home state", through="downtown Chicago re-election operation.")),
    F("holds_office", "walker", "gov_wi", "over Gov. Scott Walker's recall survival in Wisconsin"),
    F("candidacy", "walker", "wi_gov_recall_2012", "over Gov. Scott Walker's recall survival in Wisconsin"),
    F("won", "walker", "wi_gov_recall_2012", "over Gov. Scott Walker's recall survival in Wisconsin"),
    F("candidacy", "obama", "us_pres_2008", "two states Obama won in 2008"),
    F("candidacy", "cain", "us_rep_prim_2012", "such as former presidential candidates Herman Cain and Michele Bachmann"),
    F("candidacy", "bachmann", "us_rep_prim_2012", "such as former presidential candidates Herman Cain and Michele Bachmann"),
    F("endorsement", "santorum", "romney", "pledged to campaign for Romney, Santorum also detailed"),
]))

# ---------------------------------------------------------------- a_2012-06-18 (NY Post column)
DOCS.append(("a_2012-06-18_LCnjDdalo4PsiXXM.txt", [
    F("holds_office", "obama", "pres_us", "Watching President Obama flop around"),
    F("candidacy", "romney", "us_pres_2012", "So far, the 2012 election has almost nothing to do with Mitt Romney."),
    F("party", "romney", "rep", S("So far, the 2012 election has almost nothing to do with Mitt Romney.", through="Even the GOP doesn’t love its choice")),
    F("candidacy", "obama", "us_pres_2012", "but the race is a dead heat because Obama is so disappointing"),
    F("candidacy", "obama", "us_pres_2008", S("Just who is Barack Obama? The question", through="history-making 2008 victory.")),
    F("won", "obama", "us_pres_2008", S("Just who is Barack Obama? The question", through="history-making 2008 victory.")),
]))

# ---------------------------------------------------------------- a_2012-08-31 (NPR, Republican convention)
DOCS.append(("a_2012-08-31_IltUK4PrY77QmpY1.txt", [
    F("candidacy", "romney", "us_pres_2012", ["Even Mitt Romney, in the final speech of the Tampa convention",
                                              "including Romney's acceptance speech"]),
    F("party", "romney", "rep", "the Romney Republicans believe they can win"),
    F("holds_office", "obama", "pres_us", "Even Mitt Romney, in the final speech of the Tampa convention, said President Obama"),
    F("candidacy", "obama", "us_pres_2012", "at a July 13 campaign stop in Roanoke"),
    F("candidacy", "romney", "us_rep_prim_2012", S("Mitt Romney found that out in the early primaries")),
    F("endorsement", "stemberg", "romney", "gave one of several testimonials for Romney on the final night"),
]))

# ---------------------------------------------------------------- a_2012-09-21 (Politico, Obama abroad)
DOCS.append(("a_2012-09-21_Q5l0kVhUcMje9YPd.txt", [
    F("candidacy", "obama", "us_pres_2008", "When presidential candidate Barack Obama swept into Europe in 2008"),
    F("won", "obama", "us_pres_2008", "Obama did improve American standing in the world by getting elected"),
    F("candidacy", "obama", "us_pres_2012", "As Obama prepares to stand for reelection"),
    F("holds_office", "obama", "pres_us", "the change from President Bush to Obama would"),
    F("holds_office", "gwbush", "pres_us", ["a rejection of the jingoism of George W. Bush’s presidency",
                                            "the change from President Bush to Obama would"], former=True),
    F("candidacy", "mccain", "us_pres_2008", "Sen. John McCain’s 2008 presidential bid"),
    F("holds_office", "mccain", "sen_az", "Sen. John McCain’s 2008 presidential bid"),
    F("candidacy", "romney", "us_pres_2012", "A foreign policy adviser to current GOP presidential nominee Mitt Romney"),
    F("party", "romney", "rep", "A foreign policy adviser to current GOP presidential nominee Mitt Romney"),
]))

# ---------------------------------------------------------------- a_2012-09-26 (NYT, Ohio and Florida polls)
_PP = "Quinnipiac University/New York Times/CBS News"
_OH = "Mr. Obama is leading Mr. Romney 53 percent to 43 percent in the poll"
_FL = "In Florida, the president leads Mr. Romney 53 to 44 percent in the poll"
_POLLSTER = "The New York Times, in collaboration with Quinnipiac University and CBS News, is tracking the presidential race"
DOCS.append(("a_2012-09-26_aoCBmhbDid5qzdaP.txt", [
    F("candidacy", "romney", "us_pres_2012", [_POLLSTER, _OH]),
    F("candidacy", "obama", "us_pres_2012", [_POLLSTER, _OH]),
    F("party", "romney", "rep", "he said he would vote for Mr. Romney, based more on the Republican Party platform"),
    F("poll", "obama", "us_pres_2012", [S(_POLLSTER, through=_OH), _FL], 53, pollster=_PP),
    F("poll", "romney", "us_pres_2012", S(_POLLSTER, through=_OH), 43, pollster=_PP),
    F("poll", "romney", "us_pres_2012", [_POLLSTER, _FL], 44, pollster=_PP),
    F("poll", "obama", "us_pres_2012", "also included a Pennsylvania poll, where Mr. Obama is leading Mr. Romney by 12 percentage points", pollster=_PP),
    F("holds_office", "obama", "pres_us", ["disappointed in Mr. Obama’s presidency", _FL]),
    F("holds_office", "mccain", "sen_az", "voted for Senator John McCain of Arizona, the Republican nominee, in 2008"),
    F("party", "mccain", "rep", "voted for Senator John McCain of Arizona, the Republican nominee, in 2008"),
    F("candidacy", "mccain", "us_pres_2008", "voted for Senator John McCain of Arizona, the Republican nominee, in 2008"),
    F("party", "myers", "rep", "said Kenneth Myers, a Republican who lives in Mansfield"),
]))

# ---------------------------------------------------------------- a_2012-10-18 (CNN opinion, Gillard speech)
DOCS.append(("a_2012-10-18_Hz0Nk4S2alXSKCvd.txt", [
    F("holds_office", "gillard", "pm_au", ["the speech from Prime Minister Julia Gillard on the floor",
                                           "The Australian prime minister, glancing only occasionally"]),
    F("holds_office", "abbott", "opp_leader_au", "Gillard unloaded a sizzling rhetorical barrage on Tony Abbott , the leader of the opposition"),
    F("candidacy", "romney", "us_pres_2012", "a Gallup poll showed Republican Mitt Romney tying President Obama"),
    F("candidacy", "obama", "us_pres_2012", "a Gallup poll showed Republican Mitt Romney tying President Obama"),
    F("party", "romney", "rep", "a Gallup poll showed Republican Mitt Romney tying President Obama"),
    F("holds_office", "obama", "pres_us", "a Gallup poll showed Republican Mitt Romney tying President Obama"),
]))

# ---------------------------------------------------------------- a_2012-10-29 (CNN opinion, Hurricane Sandy)
DOCS.append(("a_2012-10-29_tWNK3kg2sYZONSRv.txt", [
    F("holds_office", "obama", "pres_us", "He says President Obama's response to the storm"),
    F("candidacy", "obama", "us_pres_2012", "Mitt Romney and President Barack Obama, and their circles of advisers"),
    F("candidacy", "romney", "us_pres_2012", "Mitt Romney and President Barack Obama, and their circles of advisers"),
    F("candidacy", "ghwbush", "us_pres_1992", "the 1992 contest between President George H.W. Bush and Bill Clinton"),
    F("candidacy", "bclinton", "us_pres_1992", "the 1992 contest between President George H.W. Bush and Bill Clinton"),
    F("holds_office", "ghwbush", "pres_us", "the 1992 contest between President George H.W. Bush and Bill Clinton", former=True),
    F("holds_office", "gwbush", "pres_us", "President George W. Bush's response to Hurricane Katrina", former=True),
]))

# ---------------------------------------------------------------- a_2014-12-02 (Politico, House conservatives)
DOCS.append(("a_2014-12-02_eQntus0nmrByKXsw.txt", [
    F("holds_office", "sking", "rep_ia4", "for Rep. Steve King’s regular breakfast"),
    F("holds_office", "cruz", "sen_tx", "Texas Republican Sen. Ted Cruz"),
    F("party", "cruz", "rep", "Texas Republican Sen. Ted Cruz"),
    F("holds_office", "boehner", "speaker_us", "the plan outlined by Speaker John Boehner (R-Ohio)"),
    F("party", "boehner", "rep", "the plan outlined by Speaker John Boehner (R-Ohio)"),
    F("holds_office", "boehner", "rep_oh8", "the plan outlined by Speaker John Boehner (R-Ohio)"),  # adjudicated (r1)
    F("holds_office", "fleming", "rep_la4", "said Rep. John Fleming (R-La.)"),
    F("party", "fleming", "rep", "said Rep. John Fleming (R-La.)"),
    F("holds_office", "sessions", "sen_al", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("holds_office", "vitter", "sen_la", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("holds_office", "mlee", "sen_ut", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("party", "sessions", "rep", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("party", "vitter", "rep", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("party", "mlee", "rep", "GOP Sens. Jeff Sessions of Alabama, David Vitter of Louisiana and Mike Lee of Utah"),
    F("holds_office", "obama", "pres_us", S("Senate conservatives are beginning to badger House leaders", through="Obama’s executive action now, not later.")),
    F("holds_office", "reid", "sen_maj_leader", "Senate Majority Leader Harry Reid (D-Nev.)"),
    F("party", "reid", "dem", "Senate Majority Leader Harry Reid (D-Nev.)"),
    F("holds_office", "reid", "sen_nv", "Senate Majority Leader Harry Reid (D-Nev.)"),  # adjudicated (r1)
    F("holds_office", "mcconnell", "sen_min_leader", "Senate GOP Leader Mitch McConnell (R-Ky.)"),
    F("party", "mcconnell", "rep", "Senate GOP Leader Mitch McConnell (R-Ky.)"),
    F("holds_office", "mcconnell", "sen_ky", "Senate GOP Leader Mitch McConnell (R-Ky.)"),  # adjudicated (r1)
    F("holds_office", "meadows", "rep_nc11", "said Rep. Mark Meadows (R-N.C.)"),
    F("party", "meadows", "rep", "said Rep. Mark Meadows (R-N.C.)"),
    F("holds_office", "jordan", "rep_oh4", "Rep. Jim Jordan (R-Ohio), a leading conservative"),
    F("party", "jordan", "rep", "Rep. Jim Jordan (R-Ohio), a leading conservative"),
    F("holds_office", "huelskamp", "rep_ks1", S("And outspoken Rep. Tim Huelskamp", through="the Kansas Republican said.")),
    F("party", "huelskamp", "rep", S("And outspoken Rep. Tim Huelskamp", through="the Kansas Republican said.")),
]))

# ---------------------------------------------------------------- a_2016-02-04 (CNN, Democratic town hall)
_TH = "Wednesday night's CNN Democratic town hall with Hillary Clinton and Bernie Sanders got the candidates"
_NH = S("The primary battle is now on friendly terrain for Sanders")
DOCS.append(("a_2016-02-04_tvb6QEcngOYd5dVK.txt", [
    F("candidacy", "clinton", "us_dem_prim_2016", _TH),
    F("candidacy", "sanders", "us_dem_prim_2016", _TH),
    F("party", "clinton", "dem", _TH),
    F("candidacy", "sanders", "nh_dem_prim_2016", [_NH, "likely won't in New Hampshire, where polls show him with a large enough lead"]),
    F("candidacy", "clinton", "nh_dem_prim_2016", "likely won't in New Hampshire, where polls show him with a large enough lead"),
    F("holds_office", "sanders", "sen_vt", "That's for Senator Sanders to explain."),
    F("holds_office", "sanders", "chair_svac", "Sanders often touts his tenure as the Senate's veterans committee chairman", former=True),
]))

# ---------------------------------------------------------------- a_2016-02-14 (Washington Times, Sanders on Scalia)
_WAL = "Mr. Sanders, who is campaigning out West after walloping presumed Democratic front-runner Hillary Clinton in the New Hampshire primary"
DOCS.append(("a_2016-02-14_MQwPc95T0KQbzQIK.txt", [
    F("holds_office", "sanders", "sen_vt", ["Sen. Bernard Sanders, the upstart Democratic candidate for president",
                                            "Mr. Sanders, Vermont independent, said"]),
    F("candidacy", "sanders", "us_dem_prim_2016", "Sen. Bernard Sanders, the upstart Democratic candidate for president"),
    F("holds_office", "obama", "pres_us", ["making the case for President Obama to act swiftly",
                                           "and Mr. Obama’s final year in office"]),
    F("holds_office", "scalia", "scotus_justice", "in the wake of Justice Antonin Scalia’s death this weekend", former=True),
    F("holds_office", "warren", "sen_ma", "said Sen. Elizabeth Warren, Massachusetts Democrat"),
    F("party", "warren", "dem", "said Sen. Elizabeth Warren, Massachusetts Democrat"),
    F("candidacy", "sanders", "nh_dem_prim_2016", _WAL),
    F("candidacy", "clinton", "nh_dem_prim_2016", [_WAL, "in the primary states that follow Mrs. Clinton’s double-digit loss New Hampshire"]),
    F("won", "sanders", "nh_dem_prim_2016", _WAL),
    F("lost", "clinton", "nh_dem_prim_2016", [_WAL, "in the primary states that follow Mrs. Clinton’s double-digit loss New Hampshire"]),
    F("candidacy", "clinton", "us_dem_prim_2016", _WAL),
    F("party", "clinton", "dem", _WAL),
    F("holds_office", "clinton", "sec_state_us", "who are presumed to be in the former secretary of state’s corner", former=True),
]))

# ---------------------------------------------------------------- a_2016-02-18 (USA Today, Cruz eligibility)
DOCS.append(("a_2016-02-18_fjZBAQrFhRsOp0kD.txt", [
    F("candidacy", "cruz", "us_rep_prim_2016", [L("Republican presidential candidate Ted Cruz (Photo"),
                                                "alleging that Republican presidential hopeful Ted Cruz is not"]),
    F("party", "cruz", "rep", [L("Republican presidential candidate Ted Cruz (Photo"),
                               "alleging that Republican presidential hopeful Ted Cruz is not"]),
    F("candidacy", "cruz", "il_rep_prim_2016", "who has objected to Cruz's placement on the Illinois primary ballot next month"),
    F("candidacy", "cruz", "ny_rep_prim_2016", "And voters in New York, who raised similar concerns about Cruz's citizenship"),
    F("candidacy", "trump", "us_rep_prim_2016", "in the wake of questions put forth by GOP rival Donald Trump"),
    F("party", "trump", "rep", "in the wake of questions put forth by GOP rival Donald Trump"),
    F("holds_office", "grayson", "rep_fl9", "Congressman Alan Grayson of Florida will go forward with his threats"),
    F("party", "grayson", "dem", "Grayson, a Democrat, has told reporters"),
    F("holds_office", "cruz", "sen_tx", "if the senator from Texas wins the GOP nomination"),
    F("endorsement", "joyce", "carson", "Joyce, who said he is backing Republican contender Ben Carson"),
    F("candidacy", "carson", "us_rep_prim_2016", "Joyce, who said he is backing Republican contender Ben Carson"),
    F("party", "carson", "rep", "Joyce, who said he is backing Republican contender Ben Carson"),
]))

# ---------------------------------------------------------------- a_2016-04-01 (Salon, Megyn Kelly / Pierson)
DOCS.append(("a_2016-04-01_QzEjDn81wDhBGFYo.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "everyone is out to stop Donald Trump from winning the nomination"),
    F("candidacy", "romney", "us_pres_2012", "when Mitt Romney lost his bid for the White House"),
    F("lost", "romney", "us_pres_2012", "when Mitt Romney lost his bid for the White House"),
]))

# ---------------------------------------------------------------- a_2016-04-16 (op-ed, election in the House)
_1824 = "Andrew Jackson won both the popular vote and a plurality of electoral votes over John Quincy Adams"
_1824b = S("Andrew Jackson won both the popular vote", through="threw the election to Adams.")
_1828 = "Jackson’s supporters nearly rioted, and the Tennessean swept Adams out of office four years later."
DOCS.append(("a_2016-04-16_p54iK1WU5XeThQBv.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "While Republicans are busy trying to deny Donald Trump their party’s nomination"),
    F("party", "trump", "rep", "While Republicans are busy trying to deny Donald Trump their party’s nomination"),
    F("candidacy", "ajackson", "us_pres_1824", _1824),
    F("candidacy", "jqadams", "us_pres_1824", _1824),
    F("won", "jqadams", "us_pres_1824", _1824b),
    F("lost", "ajackson", "us_pres_1824", _1824b),
    F("candidacy", "ajackson", "us_pres_1828", _1828),
    F("candidacy", "jqadams", "us_pres_1828", _1828),
    F("won", "ajackson", "us_pres_1828", _1828),
    F("lost", "jqadams", "us_pres_1828", _1828),
    F("holds_office", "jqadams", "pres_us", _1828, former=True),
    F("candidacy", "wallace", "us_pres_1968", "In 1968 George Wallace won five states and 46 electoral votes."),
    F("candidacy", "jefferson", "us_pres_1800", "the ghost of Thomas Jefferson, who wrote after surviving the first contingency presidential election"),
]))

# ---------------------------------------------------------------- a_2016-04-28 (CNN, Trump delegate math)
_CAGOP = S("Trump will appear at the California GOP convention later this week", through="Cruz, Kasich and Fiorina will all speak at this weekend's gathering in the Bay Area.")
_CAPOLL = "A Fox News poll released last week showed Trump with a double digit lead over both Cruz and Kasich in California."
DOCS.append(("a_2016-04-28_MeGtr9HdVtqeAf1v.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "securing the 1,237 delegates needed to finally claim the Republican presidential nomination"),
    F("party", "trump", "rep", "securing the 1,237 delegates needed to finally claim the Republican presidential nomination"),
    F("candidacy", "cruz", "us_rep_prim_2016", "compared to 568 for his chief rival, Ted Cruz"),
    F("party", "cruz", "rep", "would be his running mate if he won the GOP nomination"),
    F("holds_office", "cruz", "sen_tx", "But the Texas senator pointed to his prospects"),
    F("holds_office", "kasich", "gov_oh", "the newly forged alliance between Cruz and Ohio Gov. John Kasich"),
    F("candidacy", "kasich", "us_rep_prim_2016", ["the newly forged alliance between Cruz and Ohio Gov. John Kasich",
                                                  "stating that Cruz and Kasich made a mistake with their"]),
    F("party", "kasich", "rep", _CAGOP),
    F("party", "fiorina", "rep", _CAGOP),
    F("candidacy", "trump", "ca_rep_prim_2016", _CAPOLL),
    F("candidacy", "cruz", "ca_rep_prim_2016", _CAPOLL),
    F("candidacy", "kasich", "ca_rep_prim_2016", _CAPOLL),
    F("poll", "trump", "ca_rep_prim_2016", _CAPOLL, pollster="Fox News"),
    F("candidacy", "cruz", "in_rep_prim_2016", "Cruz is pinning his hopes squarely on next week's contest in Indiana."),
    F("candidacy", "trump", "in_rep_prim_2016", "the complex political terrain in Indiana and California will determine whether Trump can win"),
    F("holds_office", "graham", "sen_sc", "said South Carolina Sen. Lindsey Graham, an ardent Trump critic who is backing Cruz"),
    F("endorsement", "graham", "cruz", "said South Carolina Sen. Lindsey Graham, an ardent Trump critic who is backing Cruz"),
    F("holds_office", "obama", "pres_us", "delivered a blistering attack of President Barack Obama's foreign policy"),
    F("candidacy", "fiorina", "ca_sen_2010", "where Fiorina unsuccessfully ran for a U.S. Senate seat against Barbara Boxer in 2010"),
    F("candidacy", "boxer", "ca_sen_2010", "where Fiorina unsuccessfully ran for a U.S. Senate seat against Barbara Boxer in 2010"),
    F("lost", "fiorina", "ca_sen_2010", "where Fiorina unsuccessfully ran for a U.S. Senate seat against Barbara Boxer in 2010"),
    F("won", "boxer", "ca_sen_2010", "where Fiorina unsuccessfully ran for a U.S. Senate seat against Barbara Boxer in 2010"),
    F("candidacy", "fiorina", "us_rep_prim_2016", "which also became a liability in her recent presidential campaign"),
    F("holds_office", "brulte", "chair_cagop", "California Republican Party Chairman Jim Brulte said"),
    F("party", "brulte", "rep", "California Republican Party Chairman Jim Brulte said"),
]))

# ---------------------------------------------------------------- a_2016-07-23 (TheBlaze op-ed, conventions)
_DNC = "Democratic presidential candidate Hillary Clinton, accompanied by Sen. Elizabeth Warren, D-Mass."
DOCS.append(("a_2016-07-23_ut90yKrwldXepYzA.txt", [
    F("candidacy", "trump", "us_pres_2016", ["it’ll be a far cry from Donald Trump’s Republican circus",
                                             "However you (or I) feel personally about the speakers and nominee"]),
    F("party", "trump", "rep", "it’ll be a far cry from Donald Trump’s Republican circus"),
    F("candidacy", "clinton", "us_pres_2016", [_DNC, "she’ll be accepting her party's nomination for president of the United States"]),
    F("party", "clinton", "dem", _DNC),
    F("holds_office", "warren", "sen_ma", [_DNC, "you’ll hear from the very white Sen. Elizabeth Warren"]),
    F("party", "warren", "dem", _DNC),
    F("holds_office", "perry", "gov_tx", "Rick Perry, former governor of the wildly prosperous state of Texas", former=True),
    F("holds_office", "jbrown", "gov_ca", "you’ll hear from people like Governor Jerry Brown, and Mayors Karen Weaver and Mike Duggan"),
    F("holds_office", "weaver", "mayor_flint", "you’ll hear from people like Governor Jerry Brown, and Mayors Karen Weaver and Mike Duggan"),
    F("holds_office", "duggan", "mayor_detroit", "you’ll hear from people like Governor Jerry Brown, and Mayors Karen Weaver and Mike Duggan"),
    F("holds_office", "franken", "sen_mn", "you’ll hear from Sen. Al Franken"),
    F("holds_office", "sanders", "sen_vt", "you’ll hear from Sen. Sanders, who once wrote"),
    F("holds_office", "biden", "vp_us", "you’ll hear from Vice President Joe Biden who once quipped"),
]))

# ---------------------------------------------------------------- a_2016-11-17 (Breitbart, Sanders on Trump)
DOCS.append(("a_2016-11-17_CB6mWqfETlUBEUZ4.txt", [
    F("holds_office", "sanders", "sen_vt", "Sen. Bernie Sanders (I-VT) explained"),
    F("candidacy", "trump", "us_pres_2016", "with President-elect Donald Trump"),
    F("won", "trump", "us_pres_2016", "with President-elect Donald Trump"),
]))

# ---------------------------------------------------------------- a_2018-03-09 (military parade)
DOCS.append(("a_2018-03-09_JB0pz4UXhL83Gyr5.txt", [
    F("holds_office", "trump", "pres_us", "Last month, President Trump requested a \"grand military parade\" in Washington"),
    F("holds_office", "mulvaney", "omb_dir", "White House budget director Mick Mulvaney presented the estimate"),
]))

# ---------------------------------------------------------------- a_2018-07-12 (USA Today, moderate Democrats)
_RYAN = "said Ryan, who mounted an unsuccessful bid to replace House Minority Leader Nancy Pelosi in 2016"
_HOPE = "Other presidential hopefuls on the Democratic side, including California Sen. Kamala Harris and Massachusetts Sen. Elizabeth Warren"
DOCS.append(("a_2018-07-12_XNrF2CiwAzPauGVU.txt", [
    F("holds_office", "coons", "sen_de", "Sen. Chris Coons, a Democrat from Delaware"),
    F("party", "coons", "dem", "Sen. Chris Coons, a Democrat from Delaware"),
    F("holds_office", "landrieu", "mayor_nola", "said former New Orleans Mayor Mitch Landrieu", former=True),
    F("party", "landrieu", "dem", S("He and several other leading Democrats argued", through="seen by some as a rising star in the party.")),
    F("holds_office", "trump", "pres_us", "where it’s only role is resistance to President Trump"),
    F("candidacy", "trump", "us_pres_2016", "who won a district also carried by Trump"),
    F("holds_office", "bustos", "rep_il17", "Rep. Cheri Bustos, a Democrat from southern Illinois"),
    F("party", "bustos", "dem", "Rep. Cheri Bustos, a Democrat from southern Illinois"),
    F("candidacy", "bustos", "il17_2016", "Rep. Cheri Bustos, a Democrat from southern Illinois who won a district also carried by Trump"),
    F("won", "bustos", "il17_2016", "Rep. Cheri Bustos, a Democrat from southern Illinois who won a district also carried by Trump"),
    F("holds_office", "sanders", "sen_vt", "Liberals, led by Vermont Sen. Bernie Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "a self-described independent socialist and 2016 Democratic presidential candidate"),
    F("holds_office", "kharris", "sen_ca", _HOPE),
    F("holds_office", "warren", "sen_ma", _HOPE),
    F("party", "kharris", "dem", _HOPE),
    F("party", "warren", "dem", _HOPE),
    F("holds_office", "tryan", "rep_oh13", "Rep. Tim Ryan, D-Ohio, said"),
    F("party", "tryan", "dem", "Rep. Tim Ryan, D-Ohio, said"),
    F("candidacy", "tryan", "house_dem_leader_2016", _RYAN),
    F("lost", "tryan", "house_dem_leader_2016", _RYAN),
    F("candidacy", "pelosi", "house_dem_leader_2016", _RYAN),
    F("won", "pelosi", "house_dem_leader_2016", _RYAN),
    F("holds_office", "pelosi", "house_min_leader", _RYAN),
    F("party", "pelosi", "dem", _RYAN),
]))

# ---------------------------------------------------------------- a_2018-11-12 (NPR, Mississippi Senate runoff)
_RO = "the appointed incumbent locked in a runoff for her Senate seat with Democratic challenger Mike Espy"
_RO2 = "Espy and Hyde-Smith are in a runoff on Nov. 27 in the special election to replace former Republican Sen. Thad Cochran"
DOCS.append(("a_2018-11-12_VgDAkzRe1g7b0lj7.txt", [
    F("holds_office", "hydesmith", "sen_ms", ["Republican Sen. Cindy Hyde-Smith of Mississippi is seen", _RO]),
    F("party", "hydesmith", "rep", "Republican Sen. Cindy Hyde-Smith of Mississippi is seen"),
    F("candidacy", "hydesmith", "ms_sen_2018_runoff", [_RO, _RO2]),
    F("candidacy", "espy", "ms_sen_2018_runoff", [_RO, _RO2]),
    F("candidacy", "hydesmith", "ms_sen_2018", _RO2),
    F("candidacy", "espy", "ms_sen_2018", _RO2),
    F("party", "espy", "dem", _RO),
    F("holds_office", "espy", "rep_ms2", [_RO, "In 1986, he became the first African-American from Mississippi elected to Congress"], former=True),
    F("holds_office", "espy", "sec_agri", [_RO, "Espy served as agriculture secretary under Democratic President Bill Clinton."], former=True),
    F("candidacy", "espy", "ms2_1986", S("Espy served as agriculture secretary under", through="elected to Congress since Reconstruction.")),
    F("won", "espy", "ms2_1986", S("Espy served as agriculture secretary under", through="elected to Congress since Reconstruction.")),
    F("holds_office", "cochran", "sen_ms", _RO2, former=True),
    F("party", "cochran", "rep", _RO2),
    F("holds_office", "bryant", "gov_ms", "Mississippi GOP Gov. Phil Bryant stood by Hyde-Smith"),
    F("party", "bryant", "rep", "Mississippi GOP Gov. Phil Bryant stood by Hyde-Smith"),
    F("endorsement", "trump", "hydesmith", "President Trump has endorsed Hyde-Smith."),
    F("holds_office", "trump", "pres_us", "President Trump has endorsed Hyde-Smith."),
    F("holds_office", "bclinton", "pres_us", "Espy served as agriculture secretary under Democratic President Bill Clinton.", former=True),
    F("party", "bclinton", "dem", "Espy served as agriculture secretary under Democratic President Bill Clinton."),
]))

# ---------------------------------------------------------------- a_2020-04-05 (Washington Post, Wisconsin primary)
DOCS.append(("a_2020-04-05_9695QHqNCnx6pO97.txt", [
    F("holds_office", "evers", "gov_wi", "Wisconsin Gov. Tony Evers (D) called for delaying the contest"),
    F("party", "evers", "dem", "Wisconsin Gov. Tony Evers (D) called for delaying the contest"),
]))

# ---------------------------------------------------------------- c_2012-02-20 (Current Events, Job Cohen resigns)
_NL12 = "The  final prognosis shows 41 (+10) seats for incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy (VVD)"
DOCS.append(("c_2012-02-20_in-the-netherlands-job-cohen-the-leader-.txt", [
    F("holds_office", "cohen", "leader_pvda", "Job Cohen, the leader of the Labour Party, resigns his position", former=True),
    F("party", "cohen", "pvda", "Job Cohen, the leader of the Labour Party, resigns his position"),
    F("holds_office", "rutte", "pm_nl", [_NL12, "Exit polls suggest that incumbent Prime Minister Mark Rutte's People's Party"]),
    F("party", "rutte", "vvd", [_NL12, "Exit polls suggest that incumbent Prime Minister Mark Rutte's People's Party"]),
    F("party", "samsom", "pvda", _NL12),
    F("holds_office", "duterte", "pres_ph", "against Philippines president Rodrigo Duterte and eleven other officials"),
    F("holds_office", "ctaylor", "pres_lr", "to sell weapons to Liberia's former president Charles Taylor", former=True),
    F("holds_office", "vanrij", "amb_nl_tr", "Turkey bans the Dutch ambassador, Cornelis Van Rij, from returning"),
    F("holds_office", "vandersteur", "min_justice_nl", "Ard van der Steur the Minister of Security and Justice of the Netherlands resigns", former=True),
]))

# ---------------------------------------------------------------- c_2014-02-09 (Current Events, Tokyo governor election)
_KOIKE = S("Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate", through="the opposition bloc's Shuntaro Torigoe.")
_KOIKE2 = "The former Minister of Defense defeated the LDP-Komeito ruling coalition's Hiroya Masuda and the opposition bloc's Shuntaro Torigoe."
DOCS.append(("c_2014-02-09_voters-in-the-japanese-capital-of-tokyo-.txt", [
    F("candidacy", "masuzoe", "tokyo_gov_2014", "Voters in the Japanese capital of Tokyo elect Yoichi Masuzoe to replace former Governor Naoki Inose"),
    F("won", "masuzoe", "tokyo_gov_2014", "Voters in the Japanese capital of Tokyo elect Yoichi Masuzoe to replace former Governor Naoki Inose"),
    F("holds_office", "inose", "gov_tokyo", "Voters in the Japanese capital of Tokyo elect Yoichi Masuzoe to replace former Governor Naoki Inose", former=True),
    F("holds_office", "masuzoe", "gov_tokyo", ["Yoichi Masuzoe resigns as the Governor of the Japanese capital Tokyo",
                                               "replacing Yoichi Masuzoe who resigned last month"], former=True),
    F("candidacy", "koike", "tokyo_gov_2016", "Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate"),
    F("won", "koike", "tokyo_gov_2016", _KOIKE),
    F("party", "koike", "ldp_jp", "Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate"),
    F("holds_office", "koike", "min_def_jp", _KOIKE, former=True),
    F("candidacy", "masuda", "tokyo_gov_2016", _KOIKE2),
    F("candidacy", "torigoe", "tokyo_gov_2016", _KOIKE2),
    F("lost", "masuda", "tokyo_gov_2016", _KOIKE2),
    F("lost", "torigoe", "tokyo_gov_2016", _KOIKE2),
    F("endorsement", "ldp_jp", "masuda", _KOIKE2),
    F("endorsement", "komeito", "masuda", _KOIKE2),
    F("holds_office", "turnbull", "pm_au", "In Tokyo, Australian Prime Minister Malcolm Turnbull says"),
    F("holds_office", "abbott", "pm_au", "Malcolm Turnbull, who replaced Tony Abbott in September", former=True),
    F("holds_office", "abe", "pm_jp", "which will include talks with Japanese Prime Minister Shinzo Abe"),
]))

# ---------------------------------------------------------------- c_2014-05-25 (Current Events, Lithuanian presidential runoff)
_LT = "Voters in Lithuania go to the polls with incumbent Dalia Grybauskaite winning re-election in the second round."
DOCS.append(("c_2014-05-25_voters-in-lithuania-go-to-the-polls-with.txt", [
    F("candidacy", "grybauskaite", "lt_pres_2014", _LT),
    F("won", "grybauskaite", "lt_pres_2014", _LT),
    F("holds_office", "grybauskaite", "pres_lt", [_LT, "Dalia Grybauskaite is elected as the first female President of Lithuania."]),
    F("candidacy", "grybauskaite", "lt_pres_2009", "Dalia Grybauskaite is elected as the first female President of Lithuania."),
    F("won", "grybauskaite", "lt_pres_2009", "Dalia Grybauskaite is elected as the first female President of Lithuania."),
    F("holds_office", "putin", "pres_ru", "Russian President Vladimir Putin deploys the nuclear-capable"),
    F("holds_office", "stoltenberg", "nato_sg", "The Secretary General of NATO Jens Stoltenberg says"),
]))

# ---------------------------------------------------------------- c_2014-09-19 (Current Events, Slovenian government)
_CER = "Miro Cerar secures an absolute majority of votes in parliament to become new prime minister of Slovenia"
DOCS.append(("c_2014-09-19_slovenia-s-12th-government-is-sworn-in-w.txt", [
    F("holds_office", "cerar", "pm_si", ["Slovenia's 12th government is sworn in with Miro Cerar as the new prime minister.",
                                         "Slovenia's prime minister, Miro Cerar says"]),
    F("endorsement", "desus", "cerar", _CER),
    F("endorsement", "bratusek", "cerar", _CER),
    F("endorsement", "zab", "cerar", _CER),
    F("holds_office", "bratusek", "pm_si", _CER, former=True),
    F("party", "bratusek", "zab", _CER),
]))

# ---------------------------------------------------------------- c_2018-01-11 (Current Events, JCPOA plea to Trump)
DOCS.append(("c_2018-01-11_the-united-kingdom-france-and-germany-ca.txt", [
    F("holds_office", "trump", "pres_us", [S("The United Kingdom, France, and Germany call on U.S. President Donald Trump", 0),
                                           "U.S. President Donald Trump chooses not to certify"]),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b00.jsonl")
    print("wrote", len(lines), "facts")
