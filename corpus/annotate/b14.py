# ruff: noqa: E501
"""Corpus annotation, batch b14 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from congress-legislators (executive.yaml, legislators-current.yaml, legislators-2017.yaml) and certain world leaders
    "Barack Obama": "Q76",
    "Bill Cassidy": "Q861999",
    "Mark Warner": "Q453893",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_oh", governor("Ohio"), ["Ohio Gov."])
O("sen_la", senator("Louisiana"), ["senator"])
O("sen_va", senator("Virginia"))
O("rep_la6", representative("Louisiana", 6), ["congressman"])
O("mayor_no", mayor("New Orleans"), ["mayor"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("va_sen_2014", "2014 United States Senate election in Virginia", "ocd-division/country:us/state:va", "2014-11-04", "general", office="sen_va")
E("la_sen_2014", "2014 United States Senate election in Louisiana (first round)", "ocd-division/country:us/state:la", "2014-11-04", "general", office="sen_la")
E("la_sen_2014_runoff", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"], qid="Q4496")
P("obama", "Barack Obama", ["Obama", "Mr. Obama", "President Obama", "President Barack Obama"])
P("nicklaus", "Jack Nicklaus", ["Nicklaus", "Mr. Nicklaus"])
P("kasich", "John Kasich", ["Kasich", "Mr. Kasich"])
P("eisenhower", "Dwight Eisenhower", ["President Dwight Eisenhower"])
P("gillespie", "Ed Gillespie", ["Gillespie", "Ed"])
P("warner", "Mark Warner", ["Warner"])
P("cassidy", "Bill Cassidy", ["Cassidy", "Rep. Bill Cassidy"])
P("landrieu", "Mary Landrieu", ["Landrieu", "Sen. Mary Landrieu", "Sen. Landrieu"])
P("vitter", "David Vitter", ["Sen. David Vitter"])
P("maness", "Rob Maness", [])
P("moonlandrieu", "Moon Landrieu", [])
P("mitchlandrieu", "Mitch Landrieu", ["Mitch"])

DOCS = []

# ---------------------------------------------------------------- a_2012-09-26 (Romney/Obama in Ohio)
_POLL12 = S("The flash of star power could be just what the doctor ordered", through="edge over Mr. Romney among likely Ohio voters.")
DOCS.append(("a_2012-09-26_FKRGFRFagjAsmNjD.txt", [
    F("candidacy", "romney", "us_pres_2012", ["The flash of star power could be just what the doctor ordered",
                                              "when the presidential candidate decided he was going to start talking tough"]),
    F("party", "romney", "rep", "ominous signs for the Republican nominee in Ohio"),
    F("candidacy", "obama", "us_pres_2012", ["President Obama, meanwhile, made his own Ohio pitch", "The survey found Mr. Obama holds a 53 percent"]),
    F("holds_office", "obama", "pres_us", "President Obama, meanwhile, made his own Ohio pitch"),
    F("party", "obama", "dem", "trust the Democrat more when it comes to handling the economy"),
    F("holds_office", "romney", "gov_ma", "the former Massachusetts governor was the right man for the job", former=True),
    F("endorsement", "nicklaus", "romney", ["Mr. Romney kicked off his celebrity twofer by linking up with golf legend Jack Nicklaus",
                                            "the former Massachusetts governor was the right man for the job"]),
    F("poll", "obama", "us_pres_2012", _POLL12, 53, pollster="CBS/New York Times/Quinnipiac University"),
    F("poll", "romney", "us_pres_2012", _POLL12, 43, pollster="CBS/New York Times/Quinnipiac University"),
    F("poll", "obama", "us_pres_2012", "a Washington Post survey released Tuesday that gave Mr. Obama an 8-point lead here", pollster="Washington Post"),
    F("holds_office", "kasich", "gov_oh", "Ohio Gov. John Kasich, a Republican"),
    F("party", "kasich", "rep", "Ohio Gov. John Kasich, a Republican"),
]))

# ---------------------------------------------------------------- a_2014-11-28 (opinion, TheBlaze)
DOCS.append(("a_2014-11-28_HS4o38MHW5UB7P7o.txt", [
    F("holds_office", "obama", "pres_us", "President Barack Obama’s executive decision"),
    F("holds_office", "eisenhower", "pres_us", "Throughout the 1950s President Dwight Eisenhower resisted", former=True),
    F("candidacy", "obama", "us_pres_2012", "President Obama received over 70 percent of the Hispanic vote in 2012"),
    F("candidacy", "romney", "us_pres_2012", "compared to Romney’s vote in 2012"),
    F("candidacy", "gillespie", "va_sen_2014", "Republican Ed Gillespie lost by less than one percent"),
    F("candidacy", "warner", "va_sen_2014", "Republican Ed Gillespie lost by less than one percent"),
    F("party", "gillespie", "rep", "Republican Ed Gillespie lost by less than one percent"),
    F("party", "warner", "dem", "Republican Ed Gillespie lost by less than one percent"),
    F("lost", "gillespie", "va_sen_2014", "Republican Ed Gillespie lost by less than one percent"),
    F("won", "warner", "va_sen_2014", "Republican Ed Gillespie lost by less than one percent"),
]))

# ---------------------------------------------------------------- a_2014-12-06 (CNN, Louisiana Senate runoff)
_MANESS = "And Cassidy was joined on stage by his onetime GOP foe in the race"
DOCS.append(("a_2014-12-06_nqhXeBPI5NBjYYnt.txt", [
    F("candidacy", "cassidy", "la_sen_2014_runoff", S("Story highlights Rep. Bill Cassidy, a Republican, won Louisiana's runoff")),
    F("won", "cassidy", "la_sen_2014_runoff", [S("Story highlights Rep. Bill Cassidy, a Republican, won Louisiana's runoff"),
                                               "CNN called the race for her Republican opponent Rep. Bill Cassidy"]),
    F("party", "cassidy", "rep", S("Story highlights Rep. Bill Cassidy, a Republican, won Louisiana's runoff")),
    F("holds_office", "cassidy", "rep_la6", S("Story highlights Rep. Bill Cassidy, a Republican, won Louisiana's runoff")),
    F("candidacy", "landrieu", "la_sen_2014_runoff", "Democratic Sen. Mary Landrieu lost her Senate runoff race Saturday night"),
    F("lost", "landrieu", "la_sen_2014_runoff", "Democratic Sen. Mary Landrieu lost her Senate runoff race Saturday night"),
    F("party", "landrieu", "dem", ["Democratic Sen. Mary Landrieu lost her Senate runoff race Saturday night",
                                   S("Incumbent Democrat Sen. Mary Landrieu campaigned through Saturday")]),
    F("holds_office", "landrieu", "sen_la", ["Democratic Sen. Mary Landrieu lost her Senate runoff race Saturday night",
                                             S("Incumbent Democrat Sen. Mary Landrieu campaigned through Saturday")]),
    F("endorsement", "vitter", "cassidy", "He was introduced at his victory party by GOP Sen. David Vitter"),
    F("holds_office", "vitter", "sen_la", "He was introduced at his victory party by GOP Sen. David Vitter"),
    F("party", "vitter", "rep", "He was introduced at his victory party by GOP Sen. David Vitter"),
    F("endorsement", "maness", "cassidy", _MANESS),
    F("candidacy", "maness", "la_sen_2014", _MANESS),
    F("lost", "maness", "la_sen_2014", _MANESS),
    F("party", "maness", "rep", _MANESS),
    F("candidacy", "cassidy", "la_sen_2014", _MANESS),
    F("holds_office", "moonlandrieu", "mayor_no", "Moon Landrieu, the senator's father, is a popular former mayor of New Orleans", former=True),
    F("holds_office", "mitchlandrieu", "mayor_no", "Moon Landrieu, the senator's father, is a popular former mayor of New Orleans"),
]))

# ---------------------------------------------------------------- entities for the 2016 documents
QIDS.update({"Hillary Clinton": "Q6294", "Bernie Sanders": "Q359442", "Donald Trump": "Q22686", "Ted Cruz": "Q2036942",
             "Paul Ryan": "Q203966", "John McCain": "Q10390", "Tim Kaine": "Q359888", "Joe Biden": "Q6279",
             "Al Gore": "Q19673", "Bill Clinton": "Q1124", "Michelle Obama": "Q13133"})
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state"])
O("sen_ny", senator("New York"), ["senator"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("ag_us", "United States Attorney General",
  generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("speaker", "Speaker of the United States House of Representatives", generic=["House Speaker", "Speaker of the House", "Speaker"])
O("sen_az", senator("Arizona"))
O("sen_nh", senator("New Hampshire"))
O("rep_va11", representative("Virginia", 11), ["House member"])
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("wi1_2016", "2016 Wisconsin's 1st congressional district election", "ocd-division/country:us/state:wi/cd:1", "2016-11-08", "general")
E("az_sen_2016", "2016 United States Senate election in Arizona", "ocd-division/country:us/state:az", "2016-11-08", "general", office="sen_az")
E("nh_sen_2016", "2016 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2016-11-08", "general", office="sen_nh")
P("hclinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Clinton", "Mrs. Clinton", "Hillary", "Hillary Clinton"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Bernie", "Bernie Sanders"], qid="Q359442")
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"], qid="Q22686")
P("cruz", "Ted Cruz", ["Cruz"], qid="Q2036942")
P("gore", "Al Gore", ["Gore"], qid="Q19673")
P("nader", "Ralph Nader", ["Nader"])
P("bclinton", "Bill Clinton", ["President Clinton", "former President Bill Clinton"], qid="Q1124")
P("mobama", "Michelle Obama", ["first lady Michelle Obama"], qid="Q13133")
P("fulton", "Sybrina Fulton", [])
P("biden", "Joe Biden", ["Joseph R. Biden", "Biden", "Mr. Biden", "Vice President Joe Biden"], qid="Q6279")
P("kaine", "Tim Kaine", ["Kaine", "Virginia Sen. Tim Kaine"], qid="Q359888")
P("lynch", "Loretta Lynch", ["Attorney General Loretta Lynch"])
P("ryan", "Paul Ryan", ["Ryan", "House Speaker Paul Ryan"], qid="Q203966")
P("mccain", "John McCain", ["McCain", "Arizona Sen. John McCain"], qid="Q10390")
P("ayotte", "Kelly Ayotte", ["Ayotte", "New Hampshire Sen. Kelly Ayotte"])
P("bolger", "Glen Bolger", [])
P("bergman", "Jay Bergman", [])
P("tdavis", "Tom Davis", ["Thomas Davis III", "Thomas Davis"])

# ---------------------------------------------------------------- a_2016-03-17 (Salon op-ed)
_GORE = "Make no mistake: Ralph Nader cost Al Gore the presidency that year."
_PAST = "demographics that catapulted Obama past Clinton in 2008"
DOCS.append(("a_2016-03-17_cMDW81vJxhDuQibH.txt", [
    F("holds_office", "hclinton", "sec_state", "there's plenty to admire about the former secretary of state", former=True),
    F("candidacy", "hclinton", "us_dem_prim_2016", S("But here's the truth: Hillary Clinton is going to be the nominee.", through="this race is effectively over.")),
    F("candidacy", "sanders", "us_dem_prim_2016", ["To win, Sanders would need to secure roughly 72 percent of the",
                                                   "And even when Sanders has won primaries or"]),
    F("party", "hclinton", "dem", "said they wouldn't vote for Clinton if she becomes the Democratic nominee"),
    F("candidacy", "trump", "us_rep_prim_2016", "she will hold the line far better than Donald Trump or Ted Cruz"),
    F("candidacy", "cruz", "us_rep_prim_2016", "she will hold the line far better than Donald Trump or Ted Cruz"),
    F("candidacy", "obama", "us_dem_prim_2008", ["Sanders is in a comparable position to Obama during the 2008 race", _PAST]),
    F("candidacy", "hclinton", "us_dem_prim_2008", _PAST),
    F("won", "obama", "us_dem_prim_2008", _PAST),
    F("lost", "hclinton", "us_dem_prim_2008", _PAST),
    F("holds_office", "obama", "pres_us", "Despite the hand-wringing among progressives, President Obama moved the country forward."),
    F("candidacy", "nader", "us_pres_2000", _GORE),
    F("candidacy", "gore", "us_pres_2000", [_GORE, "Al Gore was a deeply flawed candidate"]),
    F("lost", "gore", "us_pres_2000", [_GORE, "Al Gore was a deeply flawed candidate"]),
]))

# ---------------------------------------------------------------- a_2016-07-27 (AP, Democratic convention)
_TRUMPNOM = "She will take on Donald Trump, who won the Republican nomination a week ago."
_SANDERS = S("He closed the second night of the Democratic convention", through="prompting delegates to erupt in cheers.")
_2008 = S("It was a striking parallel to the role Clinton played eight years ago", through="couldn't crack in 2008.")
_SPEAK = "President Barack Obama and Vice President Joe Biden will speak Wednesday"
DOCS.append(("a_2016-07-27_MJFqsQA5vfr0l7Zn.txt", [
    F("holds_office", "bclinton", "pres_us", "Taking on the role of devoted political spouse, former President Bill Clinton declared", former=True),
    F("endorsement", "bclinton", "hclinton", ["Taking on the role of devoted political spouse, former President Bill Clinton declared",
                                              "The former president has campaigned frequently for his wife during the White House race"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", "Taking on the role of devoted political spouse, former President Bill Clinton declared"),
    F("won", "hclinton", "us_dem_prim_2016", ["Taking on the role of devoted political spouse, former President Bill Clinton declared",
                                              _SANDERS, "Moments after Clinton claimed the nomination"]),
    F("candidacy", "hclinton", "us_pres_2016", ["Taking on the role of devoted political spouse, former President Bill Clinton declared",
                                               "the Democratic Party's new standard-bearer in the race for the White", _TRUMPNOM]),
    F("party", "hclinton", "dem", ["the Democratic Party's new standard-bearer in the race for the White", _SANDERS]),
    F("candidacy", "trump", "us_pres_2016", _TRUMPNOM),
    F("candidacy", "trump", "us_rep_prim_2016", _TRUMPNOM),
    F("won", "trump", "us_rep_prim_2016", _TRUMPNOM),
    F("party", "trump", "rep", _TRUMPNOM),
    F("candidacy", "sanders", "us_dem_prim_2016", _SANDERS),
    F("lost", "sanders", "us_dem_prim_2016", _SANDERS),
    F("endorsement", "sanders", "hclinton", _SANDERS),
    F("candidacy", "hclinton", "us_dem_prim_2008", _2008),
    F("candidacy", "obama", "us_dem_prim_2008", _2008),
    F("lost", "hclinton", "us_dem_prim_2008", _2008),
    F("won", "obama", "us_dem_prim_2008", _2008),
    F("endorsement", "hclinton", "obama", _2008),
    F("holds_office", "hclinton", "sec_state", "Clinton's long political resume — secretary of state, senator, first lady", former=True),
    F("holds_office", "hclinton", "sen_ny", "Clinton's long political resume — secretary of state, senator, first lady", former=True),
    F("endorsement", "fulton", "hclinton", "said Sybrina Fulton, whose son Trayvon Martin was killed in 2012"),
    F("holds_office", "lynch", "ag_us", "he met privately with Attorney General Loretta Lynch"),
    F("endorsement", "mobama", "hclinton", "first lady Michelle Obama made an impassioned case for Clinton"),
    F("holds_office", "obama", "pres_us", _SPEAK),
    F("holds_office", "biden", "vp_us", _SPEAK),
    F("holds_office", "kaine", "sen_va", _SPEAK),
    F("candidacy", "kaine", "us_pres_2016", _SPEAK),
]))

# ---------------------------------------------------------------- a_2016-08-06 (Ryan warns donors)
_REELECT = "The presidential nominee this week refused to endorse Ryan"
DOCS.append(("a_2016-08-06_8XwMTX9tQW7m7hXL.txt", [
    F("holds_office", "ryan", "speaker", "House Speaker Paul Ryan warned large Republican donors"),
    F("candidacy", "trump", "us_pres_2016", ["because of Donald Trump's campaign for the presidency", _REELECT]),
    F("party", "trump", "rep", "The Republicans' fear of losing its slim control the Senate was well known with Trump at the top of the ticket"),
    F("party", "bolger", "rep", "asked Glen Bolger, a Republican pollster"),
    F("party", "bergman", "rep", "Jay Bergman, an Illinois oil executive and top Republican donor"),
    F("candidacy", "ryan", "wi1_2016", _REELECT),
    F("candidacy", "mccain", "az_sen_2016", _REELECT),
    F("candidacy", "ayotte", "nh_sen_2016", _REELECT),
    F("holds_office", "mccain", "sen_az", _REELECT),
    F("holds_office", "ayotte", "sen_nh", _REELECT),
    F("candidacy", "hclinton", "us_pres_2016", "citing the need for unity in his quest to defeat Democrat Hillary Clinton in November"),
    F("party", "hclinton", "dem", "citing the need for unity in his quest to defeat Democrat Hillary Clinton in November"),
    F("holds_office", "tdavis", "rep_va11", "Thomas Davis III, a former House member from Virginia", former=True),
]))

# ---------------------------------------------------------------- entities for a_2016-09-08 / a_2016-10-18
O("pres_ru", head("President", "Russia", "Russian"))
O("sec_def", cabinet_secretary("Defense", "Defense"), ["Defense Secretary"])
O("gov_in", governor("Indiana"), ["Indiana Gov."])
O("sen_al", senator("Alabama"))
O("rep_va2", representative("Virginia", 2))
O("sen_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("sen_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("sen_ky", senator("Kentucky"))
O("sen_nv", senator("Nevada"))
O("rep_ca12", representative("California", 12))
O("rep_mi10", representative("Michigan", 10))
O("rep_or2", representative("Oregon", 2))
O("rep_oh15", representative("Ohio", 15))
O("rep_ny2", representative("New York", 2))
O("nrcc_chair", "Chairman of the National Republican Congressional Committee", generic=["NRCC chairman", "NRCC chair", "chairman of the National Republican Congressional Committee"])
R.party("lib", "Libertarian Party", ["Libertarian"])
P("putin", "Vladimir Putin", ["Putin"], qid="Q7747")
P("cohen", "William Cohen", ["Cohen"])
P("pence", "Mike Pence", ["Pence", "Indiana Gov. Mike Pence"], qid="Q24313")
P("sessions", "Jeff Sessions", ["Sessions", "Sen. Jeff Sessions"])
P("rigell", "Scott Rigell", ["Rigell", "Rep. Scott Rigell"])
P("gjohnson", "Gary Johnson", ["Johnson"])
P("mcconnell", "Mitch McConnell", ["McConnell"], qid="Q355522")
P("pelosi", "Nancy Pelosi", ["Pelosi"], qid="Q170581")
P("reid", "Harry Reid", ["Reid"])
P("cmiller", "Candice Miller", [])
P("walden", "Greg Walden", ["Walden", "Rep. Greg Walden"], qid="Q1397359")
P("stivers", "Steve Stivers", ["Stivers", "Rep. Steve Stivers"], qid="Q324099")
P("king", "Peter King", ["Pete King", "King", "Rep. Pete King"], qid="Q953554")

# ---------------------------------------------------------------- a_2016-09-08 (Monitor/AP, national security forum)
_FIRST = "Donald Trump and Hillary Clinton confronted their key weaknesses"
DOCS.append(("a_2016-09-08_QdzMcIXAEZSjffy4.txt", [
    F("candidacy", "trump", "us_pres_2016", [_FIRST, "Both candidates believe they have the upper hand, with Clinton contrasting"]),
    F("candidacy", "hclinton", "us_pres_2016", [_FIRST, "Both candidates believe they have the upper hand, with Clinton contrasting"]),
    F("party", "trump", "rep", [_FIRST, "Trump is far from a traditional Republican"]),
    F("party", "hclinton", "dem", _FIRST),
    F("holds_office", "putin", "pres_ru", "Mr. Trump also renewed his praise of Russian President Vladimir Putin"),
    F("holds_office", "obama", "pres_us", "Mr. Trump also renewed his praise of Russian President Vladimir Putin"),
    F("holds_office", "hclinton", "sec_state", ["as secretary of State and in voting for the 2003 invasion",
                                                "if they elect Obama's former secretary of State"], former=True),
    F("holds_office", "hclinton", "sen_ny", "as secretary of State and in voting for the 2003 invasion", former=True),
    F("endorsement", "cohen", "hclinton", "former Defense Secretary William Cohen joined the list of GOP officials supporting Clinton"),
    F("holds_office", "cohen", "sec_def", "former Defense Secretary William Cohen joined the list of GOP officials supporting Clinton", former=True),
    F("party", "cohen", "rep", "former Defense Secretary William Cohen joined the list of GOP officials supporting Clinton"),
]))

# ---------------------------------------------------------------- a_2016-10-18 (The Hill, "rigged" claims)
_SESS = "the first senator to endorse Trump, said during a New Hampshire rally"
_RIGELL = "Rigell, for his part, is retiring from Congress this year and plans to vote for Libertarian nominee Gary Johnson"
_PR = "House Minority Leader Nancy Pelosi (D-Calif.) and Senate Minority Leader Harry Reid"
_MCC = "Representatives for Senate Majority Leader Mitch McConnell"
_WALDEN = "Neither did a spokeswoman for Rep. Greg Walden (R-Ore.), the chairman of the National Republican Congressional Committee."
_STIV = "But one of Walden’s deputies and the front-runner to replace him"
_KING = "Rep. Pete King (R-N.Y.), another Trump supporter, rejected the notion"
DOCS.append(("a_2016-10-18_zhFqcbjl7rucegBh.txt", [
    F("candidacy", "trump", "us_pres_2016", ["With nearly every national poll showing Democratic nominee Hillary Clinton",
                                             "We have Paul Ryan, always fighting the Republican nominee!"]),
    F("party", "trump", "rep", "We have Paul Ryan, always fighting the Republican nominee!"),
    F("candidacy", "hclinton", "us_pres_2016", "With nearly every national poll showing Democratic nominee Hillary Clinton"),
    F("party", "hclinton", "dem", "With nearly every national poll showing Democratic nominee Hillary Clinton"),
    F("candidacy", "pence", "us_pres_2016", "Trump and his running mate, Indiana Gov. Mike Pence"),
    F("holds_office", "pence", "gov_in", "Trump and his running mate, Indiana Gov. Mike Pence"),
    F("endorsement", "sessions", "trump", [_SESS, "Sessions is alone so far in siding with Trump"]),
    F("holds_office", "sessions", "sen_al", _SESS),
    F("party", "sessions", "rep", _SESS),
    F("holds_office", "rigell", "rep_va2", "Rep. Scott Rigell Edward (Scott) Scott RigellGOP rushes to embrace Trump"),
    F("party", "rigell", "rep", "Rep. Scott Rigell Edward (Scott) Scott RigellGOP rushes to embrace Trump"),
    F("endorsement", "rigell", "gjohnson", _RIGELL),
    F("candidacy", "gjohnson", "us_pres_2016", _RIGELL),
    F("party", "gjohnson", "lib", _RIGELL),
    F("holds_office", "ryan", "speaker", "Speaker Paul Ryan Paul Davis RyanAmash"),
    F("party", "ryan", "rep", "Speaker Paul Ryan Paul Davis RyanAmash"),
    F("holds_office", "mcconnell", "sen_maj_leader", _MCC),
    F("holds_office", "mcconnell", "sen_ky", _MCC),
    F("party", "mcconnell", "rep", _MCC),
    F("holds_office", "cmiller", "rep_mi10", _MCC),
    F("party", "cmiller", "rep", _MCC),
    F("holds_office", "walden", "rep_or2", _WALDEN),
    F("holds_office", "walden", "nrcc_chair", _WALDEN),
    F("party", "walden", "rep", _WALDEN),
    F("holds_office", "stivers", "rep_oh15", _STIV),
    F("party", "stivers", "rep", _STIV),
    F("endorsement", "king", "trump", _KING),
    F("holds_office", "king", "rep_ny2", _KING),
    F("party", "king", "rep", _KING),
    F("candidacy", "gore", "us_pres_2000", "concession of the 2000 election as an example"),
    F("lost", "gore", "us_pres_2000", "concession of the 2000 election as an example"),
    F("holds_office", "pelosi", "house_min_leader", _PR),
    F("holds_office", "pelosi", "rep_ca12", _PR),
    F("party", "pelosi", "dem", _PR),
    F("holds_office", "reid", "sen_min_leader", _PR),
    F("holds_office", "reid", "sen_nv", _PR),
    F("party", "reid", "dem", _PR),
]))

# ---------------------------------------------------------------- entities for the 2018 documents
O("gov_ga", governor("Georgia"), ["governor"])
O("gov_tx", governor("Texas"), ["Republican Governor"])
O("ltgov_ga", lieutenant_governor("Georgia"))
O("sos_ga", state_officer("Secretary of State", "Georgia"))
O("sen_vt", senator("Vermont"))
O("sheriff_dallas", "Sheriff of Dallas County", generic=["Dallas County Sheriff", "Sheriff"])
O("dccc_chair", "Chairman of the Democratic Congressional Campaign Committee", generic=["DCCC chairman", "DCCC chair"])
O("rep_nm3", representative("New Mexico", 3))
O("rep_ma7", representative("Massachusetts", 7))
O("boston_council", "Member of the Boston City Council", generic=["Boston City Councilor"])
O("mi_house", "Member of the Michigan House of Representatives", ["state legislature"], generic=["state legislator", "Michigan state representative"])
O("mn_house", "Member of the Minnesota House of Representatives", ["state legislator"], generic=["Minnesota state representative"])
O("gov_or", governor("Oregon"))
O("gov_nj", governor("New Jersey"), ["New Jersey governor"])
O("nm_dem_chair", "Chair of the Democratic Party of New Mexico", generic=["New Mexico Democratic Party chair", "Democratic chair"])
O("rep_tn7", representative("Tennessee", 7))
O("gov_tn", governor("Tennessee"), ["governor"])
O("gov_me", governor("Maine"), ["Republican governor"])
O("ag_me", state_officer("Attorney General", "Maine"), ["attorney general"])
O("rep_ia1", representative("Iowa", 1))
O("ia_house", "Member of the Iowa House of Representatives", ["state representative"], generic=["Iowa state representative"])
O("rep_tx16", representative("Texas", 16), ["congressman"])
O("county_judge_ep", "County Judge of El Paso County", ["county judge"], generic=["El Paso County Judge"])
O("sen_tn", senator("Tennessee"))
O("sen_tx", senator("Texas"))
R.org("dccc", "Democratic Congressional Campaign Committee", ["DCCC"])
R.org("withhonor", "With Honor", ["With Honor"])
E("ga_gov_dem_prim_2018", "2018 Georgia gubernatorial Democratic primary", "ocd-division/country:us/state:ga", "2018-05-22", "primary", office="gov_ga")
E("ga_gov_2018_runoff", "2018 Georgia gubernatorial Republican primary runoff", "ocd-division/country:us/state:ga", "2018-07-24", "primary", office="gov_ga")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office="gov_ga")
E("tx_gov_dem_prim_2018", "2018 Texas gubernatorial Democratic primary runoff", "ocd-division/country:us/state:tx", "2018-05-22", "primary", office="gov_tx")
E("tx_gov_2018", "2018 Texas gubernatorial election", "ocd-division/country:us/state:tx", "2018-11-06", "general", office="gov_tx")
E("tx7_dem_prim_2018", "2018 Texas's 7th congressional district Democratic primary runoff", "ocd-division/country:us/state:tx/cd:7", "2018-05-22", "primary")
E("tx7_2018", "2018 Texas's 7th congressional district election", "ocd-division/country:us/state:tx/cd:7", "2018-11-06", "general")
E("tx23_dem_prim_2018", "2018 Texas's 23rd congressional district Democratic primary runoff", "ocd-division/country:us/state:tx/cd:23", "2018-05-22", "primary")
E("tx23_2018", "2018 Texas's 23rd congressional district election", "ocd-division/country:us/state:tx/cd:23", "2018-11-06", "general")
E("tx32_dem_prim_2018", "2018 Texas's 32nd congressional district Democratic primary runoff", "ocd-division/country:us/state:tx/cd:32", "2018-05-22", "primary")
E("tx31_dem_prim_2018", "2018 Texas's 31st congressional district Democratic primary runoff", "ocd-division/country:us/state:tx/cd:31", "2018-05-22", "primary")
E("tx2_rep_prim_2018", "2018 Texas's 2nd congressional district Republican primary runoff", "ocd-division/country:us/state:tx/cd:2", "2018-05-22", "primary")
E("ky6_dem_prim_2018", "2018 Kentucky's 6th congressional district Democratic primary", "ocd-division/country:us/state:ky/cd:6", "2018-05-22", "primary")
E("ny14_dem_prim_2018", "2018 New York's 14th congressional district Democratic primary", "ocd-division/country:us/state:ny/cd:14", "2018-06-26", "primary")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("ny21_2014", "2014 New York's 21st congressional district election", "ocd-division/country:us/state:ny/cd:21", "2014-11-04", "general")
E("ma7_dem_prim_2018", "2018 Massachusetts's 7th congressional district Democratic primary", "ocd-division/country:us/state:ma/cd:7", "2018-09-04", "primary")
E("ma7_2018", "2018 Massachusetts's 7th congressional district election", "ocd-division/country:us/state:ma/cd:7", "2018-11-06", "general")
E("mi17_2018", "2018 Michigan's 17th congressional district election (as the text names it)", "ocd-division/country:us/state:mi/cd:17", "2018-11-06", "general")
E("mi17_dem_prim_2018", "2018 Michigan's 17th congressional district Democratic primary (as the text names it)", "ocd-division/country:us/state:mi/cd:17", "2018-08-07", "primary")
E("mn5_2018", "2018 Minnesota's 5th congressional district election", "ocd-division/country:us/state:mn/cd:5", "2018-11-06", "general")
E("co_gov_2018", "2018 Colorado gubernatorial election", "ocd-division/country:us/state:co", "2018-11-06", "general", office="Governor of Colorado")
E("or_gov_2016", "2016 Oregon gubernatorial special election", "ocd-division/country:us/state:or", "2016-11-08", "general", special=True, office="gov_or")
E("ks3_2018", "2018 Kansas's 3rd congressional district election", "ocd-division/country:us/state:ks/cd:3", "2018-11-06", "general")
E("nm1_2018", "2018 New Mexico's 1st congressional district election", "ocd-division/country:us/state:nm/cd:1", "2018-11-06", "general")
E("tn_sen_2018", "2018 United States Senate election in Tennessee", "ocd-division/country:us/state:tn", "2018-11-06", "general", office="sen_tn")
E("me_gov_2018", "2018 Maine gubernatorial election", "ocd-division/country:us/state:me", "2018-11-06", "general", office="gov_me")
E("ia1_2018", "2018 Iowa's 1st congressional district election", "ocd-division/country:us/state:ia/cd:1", "2018-11-06", "general")
E("ct5_2018", "2018 Connecticut's 5th congressional district election", "ocd-division/country:us/state:ct/cd:5", "2018-11-06", "general")
E("tx16_2018", "2018 Texas's 16th congressional district election", "ocd-division/country:us/state:tx/cd:16", "2018-11-06", "general")
E("tx29_2018", "2018 Texas's 29th congressional district election", "ocd-division/country:us/state:tx/cd:29", "2018-11-06", "general")
E("tx_sen_2018", "2018 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2018-11-06", "general", office="sen_tx")
P("abrams", "Stacey Abrams", ["Abrams"])
P("valdez", "Lupe Valdez", [])
P("abbott", "Greg Abbott", [])
P("kemp", "Brian Kemp", ["Kemp"])
P("cagle", "Casey Cagle", ["Cagle"])
P("fletcher", "Lizzie Fletcher", ["Lizzie Pannill Fletcher", "Fletcher", "Lizzie"], qid="Q58324313")
P("moser", "Laura Moser", ["Moser"])
P("lujan", "Ben Ray Luján", ["Ben Ray Lujan", "Lujan", "Rep. Ben Ray Lujan"], qid="Q324256")
P("ortizjones", "Gina Ortiz Jones", ["Ortiz Jones"])
P("allred", "Colin Allred", [])
P("hegar", "MJ Hegar", ["Mary Jennings “MJ” Hegar", "Mary Jennings Hegar", "M.J. Hegar"])
P("crenshaw", "Dan Crenshaw", [], qid="Q58301995")
P("mcgrath", "Amy McGrath", ["McGrath"])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez"], qid="Q55223040")
P("stefanik", "Elise Stefanik", [], qid="Q18211057")
P("pressley", "Ayanna Pressley", ["Pressley"], qid="Q13562359")
P("capuano", "Michael Capuano", ["Capuano"], qid="Q551578")
P("tlaib", "Rashida Tlaib", ["Tlaib"], qid="Q7294939")
P("omar", "Ilhan Omar", ["Omar"], qid="Q26436159")
P("polis", "Jared Polis", ["Polis"], qid="Q935734")
P("kbrown", "Kate Brown", [])
P("mcgreevey", "Jim McGreevey", [])
P("davids", "Sharice Davids", ["Davids"], qid="Q58322868")
P("haaland", "Deb Haaland", ["Haaland"])
P("blackburn", "Marsha Blackburn", ["Blackburn"], qid="Q458971")
P("bredesen", "Phil Bredesen", [])
P("swift", "Taylor Swift", [])
P("mills", "Janet Mills", [])
P("lepage", "Paul LePage", ["LePage"])
P("finkenauer", "Abby Finkenauer", ["Finkenauer"])
P("blum", "Rod Blum", [], qid="Q18684853")
P("hayes", "Jahana Hayes", ["Hayes"], qid="Q24951316")
P("escobar", "Veronica Escobar", [], qid="Q52274267")
P("sgarcia", "Sylvia Garcia", ["Garcia"], qid="Q13562489")
P("orourke", "Beto O'Rourke", ["Beto O’Rourke", "O’Rourke", "Mr. O’Rourke"], qid="Q4014532")
P("rove", "Karl Rove", [])
R.e["cruz"]["aliases"] += ["Mr. Cruz", "Ted Cruz"]

# ---------------------------------------------------------------- a_2018-05-23 (USA Today, May 22 primaries)
_CLOSE = "Georgia Democrats chose Atlanta lawyer Stacey Abrams to be their nominee for Governor."
_TEXAS = "Texas Democrats nominated Former Dallas County Sheriff Lupe Valdez to take on Republican Governor Greg Abbott."
_ENDO = "Several progressive groups endorsed Abrams in the primary along with 2016 presidential candidate Hillary Clinton"
_NOV = "In November, she will face either Lt. Gov. Casey Cagle or Secretary of State Brian Kemp"
_TX7 = "Lawyer Lizzie Pannill Fletcher’s defeat of writer and organizer Laura Moser"
_R2B = S("Candidates included in the DCCC’s “Red to Blue” program", through="in the 32nd Congressional District’s runoff primary.")
_VETS = "Among the winners are Ortiz Jones; former combat rescue pilot Mary Jennings"
_HONOR = "The cross-partisan organization endorsed each of the candidates"
_HONOR2 = [S("“With these wins, we are not only one important step closer", through=_HONOR), _VETS]
DOCS.append(("a_2018-05-23_NB0RDA1VkSaNOhJh.txt", [
    F("candidacy", "abrams", "ga_gov_dem_prim_2018", [_CLOSE, "In the marquee race of the night, Democratic gubernatorial candidate Stacey Abrams scored"]),
    F("won", "abrams", "ga_gov_dem_prim_2018", [_CLOSE, "takes the stage to declare victory in the primary",
                                                "In the marquee race of the night, Democratic gubernatorial candidate Stacey Abrams scored"]),
    F("party", "abrams", "dem", [_CLOSE, "Georgia Democratic Gubernatorial candidate Stacey Abrams takes the stage"]),
    F("candidacy", "abrams", "ga_gov_2018", [_CLOSE, _NOV]),
    F("candidacy", "cagle", "ga_gov_2018_runoff", _NOV),
    F("candidacy", "kemp", "ga_gov_2018_runoff", _NOV),
    F("party", "cagle", "rep", _NOV),
    F("party", "kemp", "rep", _NOV),
    F("holds_office", "cagle", "ltgov_ga", _NOV),
    F("holds_office", "kemp", "sos_ga", _NOV),
    F("endorsement", "hclinton", "abrams", [_ENDO, "Clinton recorded a robo-call for her the day before the election."]),
    F("endorsement", "sanders", "abrams", _ENDO),
    F("candidacy", "hclinton", "us_pres_2016", _ENDO),
    F("candidacy", "hclinton", "us_dem_prim_2016", _ENDO),
    F("candidacy", "sanders", "us_dem_prim_2016", _ENDO),
    F("holds_office", "sanders", "sen_vt", _ENDO),
    F("candidacy", "valdez", "tx_gov_dem_prim_2018", _TEXAS),
    F("won", "valdez", "tx_gov_dem_prim_2018", _TEXAS),
    F("party", "valdez", "dem", _TEXAS),
    F("candidacy", "valdez", "tx_gov_2018", _TEXAS),
    F("candidacy", "abbott", "tx_gov_2018", _TEXAS),
    F("holds_office", "abbott", "gov_tx", _TEXAS),
    F("party", "abbott", "rep", _TEXAS),
    F("holds_office", "valdez", "sheriff_dallas", _TEXAS, former=True),
    F("holds_office", "trump", "pres_us", "President Trump won each of the four states in 2016"),
    F("candidacy", "trump", "us_pres_2016", "President Trump won each of the four states in 2016"),
    F("candidacy", "fletcher", "tx7_dem_prim_2018", _TX7),
    F("candidacy", "moser", "tx7_dem_prim_2018", _TX7),
    F("won", "fletcher", "tx7_dem_prim_2018", [_TX7, "“Lizzie won her competitive primary by talking straight"]),
    F("lost", "moser", "tx7_dem_prim_2018", _TX7),
    F("party", "fletcher", "dem", _TX7),
    F("party", "moser", "dem", _TX7),
    F("candidacy", "fletcher", "tx7_2018", "Lujan released a statement saying Fletcher is “in a very strong position for the general election.”"),
    F("holds_office", "lujan", "dccc_chair", "The DCCC's chairman, Rep. Ben Ray Lujan of New Mexico, defended the decision"),
    F("holds_office", "lujan", "rep_nm3", "The DCCC's chairman, Rep. Ben Ray Lujan of New Mexico, defended the decision"),
    F("party", "lujan", "dem", ["The Democratic Congressional Campaign Committee — the party's House campaign arm",
                                "The DCCC's chairman, Rep. Ben Ray Lujan of New Mexico, defended the decision"]),
    F("endorsement", "dccc", "ortizjones", _R2B),
    F("endorsement", "dccc", "allred", _R2B),
    F("candidacy", "ortizjones", "tx23_dem_prim_2018", _R2B),
    F("won", "ortizjones", "tx23_dem_prim_2018", [_R2B, _VETS]),
    F("party", "ortizjones", "dem", _R2B),
    F("candidacy", "allred", "tx32_dem_prim_2018", _R2B),
    F("won", "allred", "tx32_dem_prim_2018", _R2B),
    F("party", "allred", "dem", _R2B),
    F("candidacy", "hegar", "tx31_dem_prim_2018", _VETS),
    F("won", "hegar", "tx31_dem_prim_2018", _VETS),
    F("party", "hegar", "dem", _VETS),
    F("candidacy", "crenshaw", "tx2_rep_prim_2018", _VETS),
    F("won", "crenshaw", "tx2_rep_prim_2018", _VETS),
    F("party", "crenshaw", "rep", _VETS),
    F("candidacy", "mcgrath", "ky6_dem_prim_2018", _VETS),
    F("won", "mcgrath", "ky6_dem_prim_2018", _VETS),
    F("party", "mcgrath", "dem", _VETS),
    F("endorsement", "withhonor", "ortizjones", _HONOR2),
    F("endorsement", "withhonor", "hegar", _HONOR2),
    F("endorsement", "withhonor", "crenshaw", _HONOR2),
    F("endorsement", "withhonor", "mcgrath", _HONOR2),
    F("candidacy", "ortizjones", "tx23_2018", "If Ortiz Jones wins in November, she will be Texas’ first openly LGBTQ"),
]))

# ---------------------------------------------------------------- a_2018-11-06 (Guardian, barrier-breaking winners)
_AOC = "Alexandria Ocasio-Cortez’s surprise victory in the June congressional primary in New York"
_PRESS = "made history again after defeating the 10-term incumbent Michael Capuano in the primary"
_PRESS2 = "She did not face a challenger in the general election, making her the first black member"
_TLAIB = "Tlaib ran unopposed in her race to represent Michigan’s 17th district"
_BLACK = "A Republican who represents Tennessee’s seventh congressional district, Blackburn has become the first female senator"
_BRED = "endorsed Blackburn’s opponent, the Democratic former governor Phil Bredesen"
_MILLS = "Maine has elected its first female governor, the Democrat Janet Mills"
_LEPAGE = "is replacing a controversial and bombastic Republican governor, Paul LePage"
_FINK = "In Iowa, Abby Finkenauer beat the Republican Rod Blum, who has held the seat since 2014."
_HAYES = "Jahana Hayes won her bid to represent Connecticut’s fifth congressional district"
_ESC = "Veronica Escobar, a former county judge, won her race in Beto O’Rourke’s former district in El Paso"
_HAAL = "Now, the former Democratic chair has also become the first Native American congresswoman in the US"
DOCS.append(("a_2018-11-06_Isewbx48ebFR38vG.txt", [
    F("candidacy", "aoc", "ny14_dem_prim_2018", _AOC),
    F("won", "aoc", "ny14_dem_prim_2018", _AOC),
    F("party", "aoc", "dem", _AOC),
    F("candidacy", "aoc", "ny14_2018", L("Play Video 0:57 'A better world is possible': Alexandria Ocasio-Cortez elected to Congress")),
    F("won", "aoc", "ny14_2018", [L("Play Video 0:57 'A better world is possible': Alexandria Ocasio-Cortez elected to Congress"),
                                  L("Alexandria Ocasio-Cortez, youngest woman elected to Congress")]),
    F("candidacy", "stefanik", "ny21_2014", "Elise Stefanik previously held the record when she was elected to Congress at age 30 in 2014."),
    F("won", "stefanik", "ny21_2014", "Elise Stefanik previously held the record when she was elected to Congress at age 30 in 2014."),
    F("holds_office", "pressley", "boston_council", "Pressley was the first black woman to serve on Boston’s city council", former=True),
    F("candidacy", "pressley", "ma7_dem_prim_2018", _PRESS),
    F("candidacy", "capuano", "ma7_dem_prim_2018", _PRESS),
    F("won", "pressley", "ma7_dem_prim_2018", _PRESS),
    F("lost", "capuano", "ma7_dem_prim_2018", _PRESS),
    F("holds_office", "capuano", "rep_ma7", _PRESS),
    F("candidacy", "pressley", "ma7_2018", [_PRESS2, L("Ayanna Pressley becomes Massachusetts' first black congresswoman")]),
    F("won", "pressley", "ma7_2018", [_PRESS2, L("Ayanna Pressley becomes Massachusetts' first black congresswoman")]),
    F("party", "pressley", "dem", [_PRESS, S("In her victory speech in September, she said", through="it matters who those Democrats are.")]),
    F("candidacy", "tlaib", "mi17_2018", _TLAIB),
    F("won", "tlaib", "mi17_2018", _TLAIB),
    F("candidacy", "tlaib", "mi17_dem_prim_2018", [_TLAIB, "She is a democratic socialist who served on the state legislature"]),
    F("holds_office", "tlaib", "mi_house", "She is a democratic socialist who served on the state legislature", former=True, start="2009", end="2014"),
    F("candidacy", "trump", "us_pres_2016", "Tlaib was famously escorted from a Trump rally in 2016"),
    F("candidacy", "omar", "mn5_2018", [L("Ilhan Omar reacts to becoming the first Somali American in Congress"), "Ilhan Omar, also the first Somali-American in Congress"]),
    F("won", "omar", "mn5_2018", [L("Ilhan Omar reacts to becoming the first Somali American in Congress"), "Ilhan Omar, also the first Somali-American in Congress"]),
    F("holds_office", "omar", "mn_house", "Ilhan Omar, also the first Somali-American in Congress"),
    F("candidacy", "polis", "co_gov_2018", "As the Democratic nominee for governor in Colorado, Polis ran"),
    F("party", "polis", "dem", "As the Democratic nominee for governor in Colorado, Polis ran"),
    F("won", "polis", "co_gov_2018", ["Polis, who declared victory late on Tuesday night", L("Jared Polis, first openly gay man elected governor")]),
    F("candidacy", "kbrown", "or_gov_2016", "Kate Brown, who is bisexual, became the first openly LGBT person elected governor in 2016"),
    F("won", "kbrown", "or_gov_2016", "Kate Brown, who is bisexual, became the first openly LGBT person elected governor in 2016"),
    F("holds_office", "kbrown", "gov_or", "Kate Brown, who is bisexual, became the first openly LGBT person elected governor in 2016"),
    F("party", "mcgreevey", "dem", "Jim McGreevey, a Democrat and former New Jersey governor"),
    F("holds_office", "mcgreevey", "gov_nj", "Jim McGreevey, a Democrat and former New Jersey governor", former=True),
    F("candidacy", "davids", "ks3_2018", "Davids became the first Native American congresswoman and the first lesbian congresswoman from Kansas"),
    F("won", "davids", "ks3_2018", "Davids became the first Native American congresswoman and the first lesbian congresswoman from Kansas"),
    F("holds_office", "haaland", "nm_dem_chair", ["In New Mexico, Deb Haaland became the first Native American woman to chair a state political party", _HAAL], former=True),
    F("party", "haaland", "dem", ["In New Mexico, Deb Haaland became the first Native American woman to chair a state political party", _HAAL]),
    F("candidacy", "haaland", "nm1_2018", ["In New Mexico, Deb Haaland became the first Native American woman to chair a state political party", _HAAL]),
    F("won", "haaland", "nm1_2018", ["In New Mexico, Deb Haaland became the first Native American woman to chair a state political party", _HAAL]),
    F("party", "blackburn", "rep", _BLACK),
    F("holds_office", "blackburn", "rep_tn7", _BLACK),
    F("candidacy", "blackburn", "tn_sen_2018", _BLACK),
    F("won", "blackburn", "tn_sen_2018", [_BLACK, L("Marsha Blackburn, first female senator from Tennessee")]),
    F("endorsement", "swift", "bredesen", _BRED),
    F("candidacy", "bredesen", "tn_sen_2018", _BRED),
    F("lost", "bredesen", "tn_sen_2018", [_BRED, _BLACK]),
    F("party", "bredesen", "dem", _BRED),
    F("holds_office", "bredesen", "gov_tn", _BRED, former=True),
    F("candidacy", "mills", "me_gov_2018", _MILLS),
    F("won", "mills", "me_gov_2018", [_MILLS, "She declared victory early on Wednesday morning"]),
    F("party", "mills", "dem", _MILLS),
    F("holds_office", "mills", "ag_me", _MILLS, former=True),
    F("holds_office", "lepage", "gov_me", [_LEPAGE, L("Janet Mills routinely clashed with the Republican governor, Paul LePage")]),
    F("party", "lepage", "rep", [_LEPAGE, L("Janet Mills routinely clashed with the Republican governor, Paul LePage")]),
    F("candidacy", "finkenauer", "ia1_2018", _FINK),
    F("candidacy", "blum", "ia1_2018", _FINK),
    F("won", "finkenauer", "ia1_2018", _FINK),
    F("lost", "blum", "ia1_2018", _FINK),
    F("party", "blum", "rep", _FINK),
    F("holds_office", "blum", "rep_ia1", _FINK),
    F("party", "finkenauer", "dem", "She is a two-term Democratic state representative."),
    F("holds_office", "finkenauer", "ia_house", S("In addition to being the first woman elected to Congress from Iowa", through="She is a two-term Democratic state representative.")),
    F("candidacy", "hayes", "ct5_2018", _HAYES),
    F("won", "hayes", "ct5_2018", _HAYES),
    F("candidacy", "escobar", "tx16_2018", _ESC),
    F("won", "escobar", "tx16_2018", _ESC),
    F("holds_office", "escobar", "county_judge_ep", _ESC, former=True),
    F("holds_office", "orourke", "rep_tx16", _ESC),  # still in the seat until January 2019
    F("candidacy", "sgarcia", "tx29_2018", "while Sylvia Garcia trounced her Republican opponent in Houston"),
    F("won", "sgarcia", "tx29_2018", "while Sylvia Garcia trounced her Republican opponent in Houston"),
]))

# ---------------------------------------------------------------- a_2018-11-07 (NYT opinion, O'Rourke loses)
_BETO = "Yes, Beto O’Rourke lost to Ted Cruz, 51-48 percent"
DOCS.append(("a_2018-11-07_XvqoTmw4yvjsCFtG.txt", [
    F("candidacy", "orourke", "tx_sen_2018", [_BETO, "some since the congressman from El Paso first announced his candidacy last year"]),
    F("candidacy", "cruz", "tx_sen_2018", _BETO),
    F("lost", "orourke", "tx_sen_2018", _BETO, 48),
    F("won", "cruz", "tx_sen_2018", [_BETO, "Mr. O’Rourke came very close to defeating a powerful incumbent"], 51),
    F("holds_office", "orourke", "rep_tx16", S(_BETO, through="some since the congressman from El Paso first announced his candidacy last year.")),
    F("holds_office", "cruz", "sen_tx", [_BETO, "Mr. O’Rourke came very close to defeating a powerful incumbent"]),
    F("party", "rove", "rep", "quoted mostly Republican operatives — Karl Rove, back from the dead"),
]))

# ---------------------------------------------------------------- entities for the 2020 documents
QIDS.update({"Lindsey Graham": "Q22212", "John Kennedy": "Q6250211", "Roy Blunt": "Q1525924", "Adam Schiff": "Q350843",
             "Phil Roe": "Q1665842", "Elizabeth Warren": "Q434706", "Amy Klobuchar": "Q22237", "Kamala Harris": "Q10853588",
             "Cory Booker": "Q1135767", "Cedric Richmond": "Q561284", "Mark Kelly": "Q357510", "Martha McSally": "Q6774492"})
O("sen_sc", senator("South Carolina"))
O("sen_mo", senator("Missouri"))
O("rep_ca28", representative("California", 28))
O("rep_tn1", representative("Tennessee", 1))
O("special_counsel", "Special Counsel for the United States Department of Justice", generic=["Special Counsel"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"))
O("sen_ma", senator("Massachusetts"))
O("sen_mn", senator("Minnesota"))
O("sen_ca", senator("California"))
O("sen_nj", senator("New Jersey"))
O("sen_de", senator("Delaware"))
O("mayor_sb", mayor("South Bend"), ["South Bend, Ind. Mayor"])
O("mayor_nyc", mayor("New York City"), ["New York City Mayor"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"), ["Housing Secretary"], generic=["HUD Secretary"])
O("oh_senate", "Member of the Ohio Senate", ["Ohio State Sen."], generic=["Ohio State Senator", "State Senator"])
O("sc_house", "Member of the South Carolina House of Representatives", ["South Carolina state representative"], generic=["state representative"])
O("rep_la2", representative("Louisiana", 2), ["Louisiana Rep."])
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("ia_dem_caucus_2020", "2020 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2020-02-03", "primary", office="pres_us")
E("nh_dem_prim_2020", "2020 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2020-02-11", "primary", office="pres_us")
E("fl_dem_prim_2020", "2020 Florida Democratic presidential primary", "ocd-division/country:us/state:fl", "2020-03-17", "primary", office="pres_us")
E("il_dem_prim_2020", "2020 Illinois Democratic presidential primary", "ocd-division/country:us/state:il", "2020-03-17", "primary", office="pres_us")
E("az_dem_prim_2020", "2020 Arizona Democratic presidential primary", "ocd-division/country:us/state:az", "2020-03-17", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_1976", "1976 United States presidential election", "ocd-division/country:us", "1976-11-02", "general", office="pres_us")
E("us_pres_1996", "1996 United States presidential election", "ocd-division/country:us", "1996-11-05", "general", office="pres_us")
E("az_sen_2020", "2020 United States Senate special election in Arizona", "ocd-division/country:us/state:az", "2020-11-03", "general", special=True, office="sen_az")
E("va_sen_2020", "2020 United States Senate election in Virginia", "ocd-division/country:us/state:va", "2020-11-03", "general", office="sen_va")
P("graham", "Lindsey Graham", [])
P("jkennedy", "John Kennedy", [])
P("blunt", "Roy Blunt", [])
P("schiff", "Adam Schiff", ["Schiff", "Rep. Adam Schiff"])
P("mueller", "Robert Mueller", ["Mueller"])
P("zelensky", "Volodymyr Zelensky", ["Zelensky"])
P("ford", "Gerald Ford", [])
P("roe", "Phil Roe", ["Rep. Phil Roe"])
P("buttigieg", "Pete Buttigieg", ["Buttigieg"])
P("warren", "Elizabeth Warren", ["Warren", "Sen. Elizabeth Warren"])
P("klobuchar", "Amy Klobuchar", ["Klobuchar", "Sen. Amy Klobuchar"])
P("steyer", "Tom Steyer", ["Steyer"])
P("yang", "Andrew Yang", ["Yang"])
P("bloomberg", "Michael Bloomberg", ["Bloomberg"])
P("harris", "Kamala Harris", ["Sen. Kamala Harris"])
P("booker", "Cory Booker", ["Sen. Cory Booker"])
P("jcastro", "Julián Castro", ["Julian Castro"])
P("patrick", "Deval Patrick", [])
P("turner", "Nina Turner", ["Turner"])
R.org("cpda", "Center for Popular Democracy Action", [])
R.org("dsa", "Democratic Socialists of America", [])
R.org("dreamdef", "Dream Defenders", [])
R.org("maketheroad", "Make the Road", [])
R.org("ourrev", "Our Revolution", [])
R.org("peoplesaction", "People's Action", ["People’s Action"])
R.org("studentaction", "Student Action", [])
R.org("pda", "Progressive Democrats of America", [])
R.org("sunrise", "Sunrise Movement", ["the Sunrise Movement"])
R.org("nursespac", "Vote Nurses Values PAC", [])
R.org("unite", "Unite the Country", [])
P("tompkins", "Matt Tompkins", [])
P("riddle", "Mark Riddle", [])
P("bamberg", "Justin Bamberg", ["Bamberg"])
P("richmond", "Cedric Richmond", ["Louisiana Rep. Cedric Richmond"])
P("mkelly", "Mark Kelly", [])
P("mcsally", "Martha McSally", [])
R.e["biden"]["aliases"] += ["Former Vice President Joe Biden", "Joe Biden"]
R.e["sanders"]["aliases"] += ["Sen. Bernie Sanders"]

# ---------------------------------------------------------------- a_2020-01-27 (The Hill, Juan Williams op-ed)
_SENS = "Even Republican Sens. Lindsey Graham Lindsey Olin GrahamGOP confident"
_BIDEN = S("Former Vice President Joe Biden Joe BidenPerry delegation", through="leading national polls for the Democratic presidential nomination.")
_PEL = "Speaker Nancy Pelosi Nancy PelosiDemocrats offer mixed reactions"
_ROE = "Earlier this month, longtime Tennessee Republican Rep. Phil Roe"
_FORD = "Trump is the most unpopular president to run for reelection since Gerald Ford"
_OB = "people who voted twice for President Obama but in 2016 shifted to Trump"
DOCS.append(("a_2020-01-27_NLsgD0dp3gztK0OO.txt", [
    F("party", "graham", "rep", _SENS),
    F("party", "jkennedy", "rep", _SENS),
    F("party", "blunt", "rep", _SENS),
    F("holds_office", "graham", "sen_sc", _SENS),
    F("holds_office", "jkennedy", "sen_la", _SENS),
    F("holds_office", "blunt", "sen_mo", _SENS),
    F("holds_office", "schiff", "rep_ca28", _SENS),
    F("party", "schiff", "dem", _SENS),
    F("holds_office", "biden", "vp_us", _BIDEN, former=True),
    F("candidacy", "biden", "us_dem_prim_2020", _BIDEN),
    F("candidacy", "biden", "ia_dem_caucus_2020", _BIDEN),
    F("party", "biden", "dem", _BIDEN),
    F("candidacy", "trump", "us_pres_2020", ["excite higher turn-out for his reelection campaign", _FORD]),
    F("holds_office", "trump", "pres_us", [_FORD, "surpassing President Donald Trump"]),
    F("holds_office", "mueller", "special_counsel", "We saw the same move from Trump when he falsely claimed that Special Counsel Robert Mueller", former=True),
    F("holds_office", "zelensky", "pres_ua", "his call with Ukrainian President Volodymyr Zelensky was “perfect,”"),
    F("holds_office", "pelosi", "speaker", [_PEL, "I appreciate the Speaker’s enthusiasm for holding Trump accountable."]),
    F("holds_office", "pelosi", "rep_ca12", _PEL),
    F("party", "pelosi", "dem", _PEL),
    F("candidacy", "ford", "us_pres_1976", _FORD),
    F("holds_office", "ford", "pres_us", _FORD, former=True),
    F("party", "roe", "rep", _ROE),
    F("holds_office", "roe", "rep_tn1", _ROE),
    F("holds_office", "obama", "pres_us", _OB),  # former by 2020; one line with the earlier documents (merge ORs "former")
    F("candidacy", "obama", "us_pres_2008", _OB),
    F("candidacy", "obama", "us_pres_2012", _OB),
    F("candidacy", "trump", "us_pres_2016", _OB),
]))

# ---------------------------------------------------------------- a_2020-02-08 (Yahoo News, New Hampshire debate)
_SEVEN = S("Seven Democratic presidential candidates gathered in Manchester", through="Andrew Yang were all hoping to make it into the top three.")
_IOWA = "Joe Biden, who has been the national frontrunner for months, had to square off against his rivals after finishing fourth"
_GONE = S("The conversation occurred with only one person of color on the stage", through="failed to qualify for the debate.)")
_FIFTH = "After finishing fifth in Iowa and with limited support from nonwhite voters"
DOCS.append(("a_2020-02-08_U4MWnplfpObEvbOO.txt", [
    *[F("candidacy", k, "us_dem_prim_2020", _SEVEN) for k in ("biden", "sanders", "buttigieg", "warren", "klobuchar", "steyer", "yang")],
    *[F("party", k, "dem", _SEVEN) for k in ("biden", "buttigieg", "warren", "klobuchar", "steyer", "yang")],
    *[F("candidacy", k, "nh_dem_prim_2020", _SEVEN) for k in ("sanders", "buttigieg", "warren", "klobuchar", "steyer", "yang")],
    F("candidacy", "biden", "nh_dem_prim_2020", [_SEVEN, "The former vice president wasted little time lowering expectations for the New Hampshire primary"]),
    F("candidacy", "biden", "ia_dem_caucus_2020", _IOWA),
    F("lost", "biden", "ia_dem_caucus_2020", _IOWA),
    F("candidacy", "sanders", "ia_dem_caucus_2020", _IOWA),
    F("candidacy", "buttigieg", "ia_dem_caucus_2020", _IOWA),
    F("candidacy", "klobuchar", "ia_dem_caucus_2020", _FIFTH),
    F("lost", "klobuchar", "ia_dem_caucus_2020", _FIFTH),
    F("holds_office", "sanders", "sen_vt", _IOWA),
    F("holds_office", "buttigieg", "mayor_sb", [_IOWA, "suggesting they see the former mayor as the candidate to beat"], former=True),
    F("holds_office", "warren", "sen_ma", "Sen. Elizabeth Warren, Sen. Amy Klobuchar, Tom Steyer and Andrew Yang"),
    F("holds_office", "klobuchar", "sen_mn", ["Sen. Elizabeth Warren, Sen. Amy Klobuchar, Tom Steyer and Andrew Yang", L("Sen. Amy Klobuchar of Minnesota.")]),
    F("holds_office", "biden", "vp_us", ["The former vice president wasted little time lowering expectations",
                                         "This is not about Hunter Biden or Vice President Biden."], former=True),
    F("holds_office", "biden", "sen_de", "while Biden stepped over and hugged his former Senate colleague", former=True),
    F("holds_office", "trump", "pres_us", "who was dismissed by President Trump Friday after testifying against him"),
    F("holds_office", "bloomberg", "mayor_nyc", "She saved some heated words about former New York City Mayor Michael Bloomberg", former=True),
    F("candidacy", "bloomberg", "us_dem_prim_2020", "She saved some heated words about former New York City Mayor Michael Bloomberg attempting to buy the election"),
    F("candidacy", "harris", "us_dem_prim_2020", _GONE),
    F("candidacy", "booker", "us_dem_prim_2020", _GONE),
    F("candidacy", "jcastro", "us_dem_prim_2020", _GONE),
    F("candidacy", "patrick", "us_dem_prim_2020", _GONE),
    F("party", "harris", "dem", _GONE),
    F("party", "booker", "dem", _GONE),
    F("party", "jcastro", "dem", _GONE),
    F("party", "patrick", "dem", _GONE),
    F("holds_office", "harris", "sen_ca", _GONE),
    F("holds_office", "booker", "sen_nj", _GONE),
    F("holds_office", "jcastro", "sec_hud", _GONE, former=True),
    F("holds_office", "patrick", "gov_ma", _GONE, former=True),
    F("candidacy", "hclinton", "us_dem_prim_2016", "an implicit rebuke of Clinton’s ongoing feud with her 2016 rival"),
    F("candidacy", "sanders", "us_dem_prim_2016", "an implicit rebuke of Clinton’s ongoing feud with her 2016 rival"),
    F("holds_office", "turner", "oh_senate", "when asked about attacks from Ohio State Sen. Nina Turner on Biden’s record"),
]))

# ---------------------------------------------------------------- a_2020-03-16 (Washington Free Beacon, super PACs)
_NINE = "Biden was referring to nine progressive activist groups backing Sanders"
DOCS.append(("a_2020-03-16_2bwspneeJmF0HwcM.txt", [
    F("holds_office", "sanders", "sen_vt", "Sen. Bernie Sanders (I., Vt.) and former vice president Joe Biden both falsely claimed"),
    F("holds_office", "biden", "vp_us", "Sen. Bernie Sanders (I., Vt.) and former vice president Joe Biden both falsely claimed", former=True),
    F("candidacy", "sanders", "us_dem_prim_2020", "Sen. Bernie Sanders (I., Vt.) and former vice president Joe Biden both falsely claimed"),
    F("candidacy", "biden", "us_dem_prim_2020", "Sen. Bernie Sanders (I., Vt.) and former vice president Joe Biden both falsely claimed"),
    F("party", "biden", "dem", "Sen. Bernie Sanders (I., Vt.) and former vice president Joe Biden both falsely claimed"),
    *[F("endorsement", k, "sanders", _NINE) for k in ("cpda", "dsa", "dreamdef", "maketheroad", "ourrev", "peoplesaction", "studentaction", "pda", "sunrise")],
    F("endorsement", "nursespac", "sanders", "The Vote Nurses Values PAC, for example, has spent nearly $800,000 supporting his candidacy"),
    F("endorsement", "unite", "biden", "Biden is backed by Unite the Country, a super PAC founded by Democratic operatives"),
    F("party", "tompkins", "dem", "Biden is backed by Unite the Country, a super PAC founded by Democratic operatives"),
    F("party", "riddle", "dem", "Biden is backed by Unite the Country, a super PAC founded by Democratic operatives"),
]))

# ---------------------------------------------------------------- a_2020-03-18 (AP, Sanders weighs his campaign)
_ROUT = "After being routed in Democratic primary contests for the third consecutive week by former Vice President Joe Biden"
_TUE = "But Sanders also implied that the global pandemic might have unfairly skewed Tuesday’s results"
_HRC = "Hillary Clinton, the 2016 Democratic nominee, has continually blamed bad feelings"
DOCS.append(("a_2020-03-18_PxhYt5ypw6U4e5Kr.txt", [
    F("candidacy", "sanders", "us_dem_prim_2020", ["Bernie Sanders isn’t leaving the presidential race.", _ROUT]),
    F("holds_office", "sanders", "sen_vt", S("Bernie Sanders isn’t leaving the presidential race.", through="the Vermont senator and democratic socialist")),
    F("candidacy", "biden", "us_dem_prim_2020", _ROUT),
    F("party", "biden", "dem", _ROUT),
    F("holds_office", "biden", "vp_us", _ROUT, former=True),
    *[F(rel, who, el, [_ROUT, _TUE]) for el in ("fl_dem_prim_2020", "il_dem_prim_2020", "az_dem_prim_2020")
      for rel, who in (("candidacy", "sanders"), ("lost", "sanders"), ("candidacy", "biden"), ("won", "biden"))],
    F("holds_office", "trump", "pres_us", "let the party coalesce around Biden and focus on defeating President Donald Trump"),
    F("candidacy", "trump", "us_pres_2020", "let the party coalesce around Biden and focus on defeating President Donald Trump"),
    F("candidacy", "hclinton", "us_dem_prim_2016", _HRC),
    F("won", "hclinton", "us_dem_prim_2016", _HRC),
    F("candidacy", "sanders", "us_dem_prim_2016", _HRC),
    F("lost", "sanders", "us_dem_prim_2016", _HRC),
    F("party", "hclinton", "dem", _HRC),
    F("candidacy", "hclinton", "us_pres_2016", _HRC),
    F("lost", "hclinton", "us_pres_2016", _HRC),
    F("candidacy", "trump", "us_pres_2016", _HRC),
    F("won", "trump", "us_pres_2016", _HRC),
    F("endorsement", "peoplesaction", "sanders", "an activist organization that has endorsed Sanders"),
    F("endorsement", "bamberg", "sanders", "Justin Bamberg, a South Carolina state representative and Sanders supporter"),
    F("holds_office", "bamberg", "sc_house", "Justin Bamberg, a South Carolina state representative and Sanders supporter"),
    F("endorsement", "richmond", "biden", "And Biden campaign co-chairman, Louisiana Rep. Cedric Richmond"),
    F("holds_office", "richmond", "rep_la2", "And Biden campaign co-chairman, Louisiana Rep. Cedric Richmond"),
]))

# ---------------------------------------------------------------- a_2020-05-19 (USA Today, battleground polls)
_LEAD = "Former Vice President Joe Biden, the presumptive Democratic nominee to take on President Donald Trump on Nov. 3"
_AZ = "found Biden leading Trump 50% to 43% in the state"
_FL = "found Biden leading Trump by a more narrow margin, 52.3%-47.7%"
_VA = "found Biden leading Trump in Virginia by a 12-point margin, 51%-39%"
_KELLY = "OH Predictive Insights also found Democrat Mark Kelly leading Republican incumbent Sen. Martha McSally"
_WARNER = "The poll also found Virginia's Democratic incumbent Sen. Mark Warner"
DOCS.append(("a_2020-05-19_YYJW3UkhgPSUpsec.txt", [
    F("candidacy", "biden", "us_pres_2020", _LEAD),
    F("party", "biden", "dem", _LEAD),
    F("holds_office", "biden", "vp_us", _LEAD, former=True),
    F("candidacy", "trump", "us_pres_2020", _LEAD),
    F("holds_office", "trump", "pres_us", _LEAD),
    F("poll", "biden", "us_pres_2020", _AZ, 50, pollster="OH Predictive Insights"),
    F("poll", "trump", "us_pres_2020", _AZ, 43, pollster="OH Predictive Insights"),
    F("poll", "biden", "us_pres_2020", _FL, 52.3, pollster="Point Blank Political"),
    F("poll", "trump", "us_pres_2020", _FL, 47.7, pollster="Point Blank Political"),
    F("poll", "biden", "us_pres_2020", _VA, 51, pollster="Roanoke College"),
    F("poll", "trump", "us_pres_2020", _VA, 39, pollster="Roanoke College"),
    F("candidacy", "trump", "us_pres_2016", "In 2016, Trump beat former Secretary of State Hillary Clinton there"),
    F("candidacy", "hclinton", "us_pres_2016", "In 2016, Trump beat former Secretary of State Hillary Clinton there"),
    F("holds_office", "hclinton", "sec_state", "In 2016, Trump beat former Secretary of State Hillary Clinton there", former=True),
    F("candidacy", "mkelly", "az_sen_2020", _KELLY),
    F("candidacy", "mcsally", "az_sen_2020", _KELLY),
    F("party", "mkelly", "dem", _KELLY),
    F("party", "mcsally", "rep", _KELLY),
    F("holds_office", "mcsally", "sen_az", _KELLY),
    F("poll", "mkelly", "az_sen_2020", _KELLY, 51, pollster="OH Predictive Insights"),
    F("poll", "mcsally", "az_sen_2020", _KELLY, 38, pollster="OH Predictive Insights"),
    F("candidacy", "bclinton", "us_pres_1996", "A Democrat hasn't won the presidential contest in Arizona since Bill Clinton in 1996."),
    F("candidacy", "obama", "us_pres_2008", "Barack Obama won Florida in both the 2008 and 2012 elections."),
    F("candidacy", "obama", "us_pres_2012", "Barack Obama won Florida in both the 2008 and 2012 elections."),
    F("candidacy", "warner", "va_sen_2020", _WARNER),
    F("party", "warner", "dem", _WARNER),
    F("holds_office", "warner", "sen_va", _WARNER),
    F("poll", "warner", "va_sen_2020", _WARNER, 48, pollster="Roanoke College"),
]))

# ---------------------------------------------------------------- entities for the Current Events pages
R.party("alp", "Australian Labor Party", ["Labor Party", "ALP", "Labor"])
R.party("ausgreens", "Australian Greens", ["The Australian Greens"])
R.party("usl", "Social Liberal Union", ["USL"])
R.party("psd", "Social Democratic Party", ["PSD", "social-democrat", "Social democrat", "social democrat"])
R.party("acl", "Christian Liberal Alliance", ["ACL"])
O("pm_au", head("Prime Minister", "Australia", "Australian"), ["PM", "Australia's first female Prime Minister"])
O("alp_leader", "Leader of the Australian Labor Party", generic=["Labor leader", "ALP leader", "leader of the Australian Labor Party"])
O("fm_au", "Minister for Foreign Affairs of Australia", generic=["Foreign Minister", "Minister for Foreign Affairs", "Foreign Minister of Australia", "Australian Foreign Minister"])
O("premier_nsw", "Premier of New South Wales", generic=["Premier"])
O("greens_leader", "Leader of the Australian Greens", generic=["leader of The Australian Greens"])
O("opp_leader_au", "Leader of the Opposition of Australia", generic=["opposition leader", "Leader of the Opposition"])
O("pm_ro", head("Prime Minister", "Romania", "Romanian"), ["premier"])
O("pres_ro", head("President", "Romania", "Romanian"))
O("usl_leader", "Leader of the Social Liberal Union", generic=["USL Leader", "USL leader"])
O("mayor_sibiu", mayor("Sibiu"), ["mayor of Sibiu"])
O("fm_scot", "First Minister of Scotland", generic=["First Minister", "Scottish First Minister", "Scotland's First Minister"])
O("pres_ec", "President of the European Commission", generic=["European Commission President"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"))
O("premier_cn", "Premier of the People's Republic of China", generic=["Premier", "Chinese Premier", "Premier of China"])
E("alp_2012", "2012 Australian Labor Party leadership ballot", "ocd-division/country:au", "2012-02-27", "general", office="alp_leader")
E("alp_2013", "2013 Australian Labor Party leadership spill", "ocd-division/country:au", "2013-06-26", "general", office="alp_leader")
E("au_2010", "2010 Australian federal election", "ocd-division/country:au", "2010-08-21", "general")
E("au_2007", "2007 Australian federal election", "ocd-division/country:au", "2007-11-24", "general")
E("ro_parl_2012", "2012 Romanian legislative election", "ocd-division/country:ro", "2012-12-09", "general")
E("ro_pres_2014_r1", "2014 Romanian presidential election (first round)", "ocd-division/country:ro", "2014-11-02", "general", office="pres_ro")
E("ro_pres_2014", "2014 Romanian presidential election (second round)", "ocd-division/country:ro", "2014-11-16", "runoff", office="pres_ro")
P("rudd", "Kevin Rudd", ["Rudd"])
P("gillard", "Julia Gillard", ["Gillard"])
P("milne", "Christine Milne", [])
P("carr", "Bob Carr", [])
P("abbott_au", "Tony Abbott", [])
P("howard", "John Howard", [])
P("ponta", "Victor Ponta", ["Ponta"])
P("iohannis", "Klaus Iohannis", ["Iohannis"])
P("basescu", "Traian Băsescu", ["Traian Basescu", "Basescu"])
P("grindeanu", "Sorin Grindeanu", [])
P("sturgeon", "Nicola Sturgeon", [])
P("salmond", "Alex Salmond", [])
P("barroso", "José Manuel Barroso", ["Jose Manuel Barroso", "Barroso"])
P("cameron", "David Cameron", [], qid="Q192")
P("likeqiang", "Li Keqiang", [])

# ---------------------------------------------------------------- c_2012-02-24 (Current Events, Rudd challenges Gillard)
_HEADR = "Former Prime Minister Kevin Rudd announces that he will contest the leadership of the Australian Labor Party"
_R13 = "Former Prime Minister Kevin Rudd wins leadership of the Australian Labor Party against incumbent Julia Gillard."
_R12 = "The Prime Minister of Australia Julia Gillard wins a leadership ballot in the Australian Labor Party, defeating former Prime Minister Kevin Rudd."
_RESIGN = "as a result of the resignation of Foreign Minister Kevin Rudd"
_CARR = "with Bob Carr, a former Premier of New South Wales, appointed as Minister for Foreign Affairs to replace Kevin Rudd"
_2010 = "Former Prime Minister of Australia Kevin Rudd joins Julia Gillard's election campaign"
_STEP = "Prime Minister of Australia Kevin Rudd steps down after his leadership is contested"
_2007 = S("The national election in Australia results in a change of government", through="Kevin Rudd will take office as 26th Prime")
_HOWARD = S("John Howard calls the leader of the Australian Labor Party, Kevin Rudd, on the phone and concedes defeat.", exact=True)
DOCS.append(("c_2012-02-24_former-prime-minister-kevin-rudd-announc.txt", [
    F("candidacy", "rudd", "alp_2012", [_HEADR, _R12]),
    F("candidacy", "gillard", "alp_2012", [_HEADR, _R12]),
    F("won", "gillard", "alp_2012", _R12),
    F("lost", "rudd", "alp_2012", _R12),
    F("party", "rudd", "alp", [_HEADR, _R13, _HOWARD]),
    F("party", "gillard", "alp", [_HEADR, _R13, _R12]),
    F("holds_office", "rudd", "pm_au", [_HEADR, _R12, _2010], former=True),
    F("holds_office", "gillard", "pm_au", [_HEADR, _R12, "Julia Gillard becomes Australia's first", "minority government led by Prime Minister Julia Gillard"]),
    F("candidacy", "rudd", "alp_2013", _R13),
    F("candidacy", "gillard", "alp_2013", _R13),
    F("won", "rudd", "alp_2013", _R13),
    F("lost", "gillard", "alp_2013", _R13),
    F("holds_office", "gillard", "alp_leader", _R13),
    F("holds_office", "rudd", "fm_au", [_RESIGN, _CARR, "Kevin Rudd resigns as Foreign Minister of Australia",
                                        "with former PM Kevin Rudd named as the Minister for Foreign Affairs"], former=True),
    F("holds_office", "milne", "greens_leader", "Christine Milne, the leader of The Australian Greens, announces"),
    F("party", "milne", "ausgreens", "Christine Milne, the leader of The Australian Greens, announces"),
    F("holds_office", "carr", "premier_nsw", _CARR, former=True),
    F("holds_office", "carr", "fm_au", _CARR),
    F("endorsement", "rudd", "gillard", _2010),
    F("candidacy", "gillard", "au_2010", _2010),
    F("holds_office", "abbott_au", "opp_leader_au", _2010),
    F("candidacy", "rudd", "au_2007", [_2007, _HOWARD]),
    F("candidacy", "howard", "au_2007", [_2007, _HOWARD]),
    F("won", "rudd", "au_2007", [_2007, _HOWARD]),
    F("lost", "howard", "au_2007", [_2007, _HOWARD]),
    F("holds_office", "howard", "pm_au", _2007),
    F("holds_office", "rudd", "alp_leader", _HOWARD),
]))

# ---------------------------------------------------------------- c_2012-12-17 (Current Events, Ponta nominated)
_HEADP = "The President of Romania nominates current Prime Minister Victor Ponta of the Social Liberal Union"
_PARL1 = "Voters in Romania go to the polls for parliamentary elections with the governing Social Liberal Union led by Prime Minister Victor Ponta winning"
_PARL2 = "In a landslide victory, Prime Minister Victor Ponta's ruling Social Liberal Union wins nearly 60% of votes"
_RUN = "Romanian Prime Minister Victor Ponta, from the rulling PSD, and the ethnic German mayor of Sibiu Klaus Iohannis"
_BAS = "Romanian President Traian Basescu sparks a new crisis"
_GRIND = "Romanian President Klaus Iohannis designates social-democrat Sorin Grindeanu"
_USL = "USL Leader, Victor Ponta, becomes Prime Minister of Romania."
DOCS.append(("c_2012-12-17_the-president-of-romania-nominates-curre.txt", [
    F("holds_office", "ponta", "pm_ro", [_HEADP, _PARL1, _PARL2, _USL]),
    F("party", "ponta", "usl", [_HEADP, _PARL1, _PARL2]),
    F("candidacy", "ponta", "ro_parl_2012", [_HEADP, _PARL1, _PARL2]),
    F("won", "ponta", "ro_parl_2012", [_PARL1, _PARL2]),
    F("candidacy", "ponta", "ro_pres_2014", _RUN),
    F("candidacy", "iohannis", "ro_pres_2014", _RUN),
    F("candidacy", "ponta", "ro_pres_2014_r1", _RUN),
    F("candidacy", "iohannis", "ro_pres_2014_r1", _RUN),
    F("party", "ponta", "psd", _RUN),
    F("party", "iohannis", "acl", _RUN),
    F("holds_office", "iohannis", "mayor_sibiu", _RUN),
    F("holds_office", "basescu", "pres_ro", _BAS),
    F("holds_office", "iohannis", "pres_ro", _GRIND),
    F("party", "grindeanu", "psd", _GRIND),
    F("holds_office", "ponta", "usl_leader", _USL),
]))

# ---------------------------------------------------------------- c_2014-09-19 (Current Events, Scottish referendum)
DOCS.append(("c_2014-09-19_scotland-votes-no-to-scottish-independen.txt", [
    F("holds_office", "sturgeon", "fm_scot", "Scotland's First Minister Nicola Sturgeon announces"),
    F("holds_office", "salmond", "fm_scot", "Scottish First Minister Alex Salmond says"),
    F("holds_office", "barroso", "pres_ec", "Jose Manuel Barroso, President of the European Commission, says"),
    F("holds_office", "cameron", "pm_uk", "Prime Minister David Cameron tells the House of Commons"),
]))

# ---------------------------------------------------------------- c_2014-11-16 (Current Events, Romanian presidential runoff)
_HEADI = S("Romanian presidential election, 2014. Voters in Romania go to the polls for the second round", through="upset victory over current Prime Minister")
_PARL3 = "After seven months in office and a decisive victory in the elections, Romanian Prime Minister Victor Ponta"
_PARL4 = "Voters in Romania go to the polls for parliamentary elections with the governing Social Liberal Union led by Prime Minister Victor Ponta winning"
DOCS.append(("c_2014-11-16_romanian-presidential-election-2014-vote.txt", [
    F("candidacy", "iohannis", "ro_pres_2014", [_HEADI, _RUN]),
    F("candidacy", "ponta", "ro_pres_2014", [_HEADI, _RUN]),
    F("won", "iohannis", "ro_pres_2014", _HEADI),
    F("lost", "ponta", "ro_pres_2014", _HEADI),
    F("holds_office", "ponta", "pm_ro", [_HEADI, _RUN]),
    F("candidacy", "ponta", "ro_pres_2014_r1", _RUN),
    F("candidacy", "iohannis", "ro_pres_2014_r1", _RUN),
    F("party", "ponta", "psd", _RUN),
    F("party", "iohannis", "acl", _RUN),
    F("holds_office", "iohannis", "mayor_sibiu", _RUN),
    F("holds_office", "iohannis", "pres_ro", _GRIND),
    F("party", "grindeanu", "psd", _GRIND),
    F("holds_office", "basescu", "pres_ro", _BAS),
    F("holds_office", "likeqiang", "premier_cn", "Chinese Premier Li Keqiang, arrives in Bucharest"),
    F("candidacy", "ponta", "ro_parl_2012", [_PARL4, _PARL2, _PARL3]),
    F("won", "ponta", "ro_parl_2012", [_PARL4, _PARL2, _PARL3]),
    F("party", "ponta", "usl", [_PARL4, _PARL2]),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b14.jsonl")
    (HERE.parent / "annotations" / "b14.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
