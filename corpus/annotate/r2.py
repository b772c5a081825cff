# ruff: noqa: E501
"""Corpus annotation, batch r2 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    "Elizabeth Warren": "Q434706",
    "Barack Obama": "Q76",
    "Joe Biden": "Q6279",
    "Donald Trump": "Q22686",
    "Mike Pence": "Q24313",
    "George W. Bush": "Q207",
    "Nancy Pelosi": "Q170581",
    "Kevin McCarthy": "Q766866",
    "Dave Brat": "Q17160419",
    "Mitch McConnell": "Q355522",
    "David Perdue": "Q17402717",
    "Thom Tillis": "Q7786750",
    "Alex Mooney": "Q4718026",
    "Jeanne Shaheen": "Q270316",
    "Maggie Hassan": "Q24053",
    "Rick Scott": "Q439729",
    "Tom Cotton": "Q3090307",
    "Ted Cruz": "Q2036942",
    "Marco Rubio": "Q324546",
    "Bernie Sanders": "Q359442",
    "Angus King": "Q544464",
    "Cory Booker": "Q1135767",
    "Kirsten Gillibrand": "Q22222",
    "Kamala Harris": "Q10853588",
    "Alexandria Ocasio-Cortez": "Q55223040",
    "Bill Cassidy": "Q861999",
    "Ben Cardin": "Q723295",
    "Ed Markey": "Q1282411",
    "John McCain": "Q10390",
    "Mike Rounds": "Q722503",
    "John Kennedy": "Q6250211",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("pvda", "Labour Party", ["PvdA", "Labour Party (Netherlands)"])
R.party("smc", "Party of Miro Cerar", ["SMC", "Modern Centre Party"])
R.party("sd_si", "Social Democrats", ["Social Democrats (Slovenia)", "SD"])
R.party("broad_front", "Broad Front", ["Frente Amplio"])
R.party("psd_ro", "Social Democratic Party", ["PSD", "Social Democratic Party (Romania)"])
R.party("acl", "Christian Liberal Alliance", ["ACL"])
R.party("pt_br", "Workers' Party", ["PT", "Brazil Workers' Party", "Workers' Party (Brazil)"])
R.org("dsa", "Democratic Socialists of America", ["DSA", "Democratic Socialists of America"])
R.org("ktp", "Keep the Promise", [])
R.org("ktp2", "Keep the Promise II", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sen_ma", senator("Massachusetts"))
O("rep_ma3", representative("Massachusetts", 3), ["congressman"])
O("gov_ma", governor("Massachusetts"))
O("gov_la", governor("Louisiana"), ["governor"])
O("gov_nj", governor("New Jersey"))
O("gov_sc", governor("South Carolina"))
O("gov_va", governor("Virginia"))
O("gov_tx", governor("Texas"), ["governor"])
O("gov_md", governor("Maryland"))
O("sec_hhs", cabinet_secretary("Health and Human Services", "Health and Human Services"), generic=["HHS Secretary"])
O("cciio_dir", "Director of the Center for Consumer Information and Insurance Oversight",
  ["interim director of the Health and Human Services Department’s Center for Consumer Information and Insurance Oversight"])
O("rnc_chair", "Chairman of the Republican National Committee", generic=["RNC Chairman", "RNC Chair", "RNC chair", "Chair of the Republican National Committee"])
O("mayor_sa", mayor("San Antonio"))
O("sec_state_us", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", ["majority leader"],
  generic=["House Majority Leader", "Majority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("speaker_us", "Speaker of the United States House of Representatives",
  generic=["Speaker", "Speaker of the House", "House Speaker", "Speaker of the U.S. House of Representatives"])
O("rep_va7", representative("Virginia", 7))
O("senate_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("rep_ga12", representative("Georgia", 12))
O("sen_nc", senator("North Carolina"))
O("nc_house", "Member of the North Carolina House of Representatives", ["state House"],
  generic=["North Carolina state representative", "State Representative"])
O("md_gop_chair", "Chairman of the Maryland Republican Party", ["state GOP chairman"],
  generic=["Maryland Republican Party chairman", "Maryland GOP chairman"])
O("sen_nh", senator("New Hampshire"))
O("gov_nh", governor("New Hampshire"))
O("gov_fl", governor("Florida"))
O("gov_pa", governor("Pennsylvania"))
O("gov_me", governor("Maine"))
O("gov_il", governor("Illinois"))
O("sen_ar", senator("Arkansas"))

# ---------------------------------------------------------------- elections
E = R.election
E("ma_sen_2012", "2012 United States Senate election in Massachusetts", "ocd-division/country:us/state:ma", "2012-11-06", "general", office="sen_ma")
E("ma_sen_dem_2012", "2012 Massachusetts Democratic Senate nomination (state convention)", "ocd-division/country:us/state:ma", "2012-06-02", "primary", office="sen_ma")
E("ma_sen_2010", "2010 United States Senate special election in Massachusetts", "ocd-division/country:us/state:ma", "2010-01-19", "general", special=True, office="sen_ma")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("va7_rep_prim_2014", "2014 Virginia's 7th congressional district Republican primary", "ocd-division/country:us/state:va/cd:7", "2014-06-10", "primary")
E("ky_sen_2014", "2014 United States Senate election in Kentucky", "ocd-division/country:us/state:ky", "2014-11-04", "general", office=senator("Kentucky")[0])
E("ga_sen_2014", "2014 United States Senate election in Georgia", "ocd-division/country:us/state:ga", "2014-11-04", "general", office=senator("Georgia")[0])
E("ga12_2014", "2014 Georgia's 12th congressional district election", "ocd-division/country:us/state:ga/cd:12", "2014-11-04", "general")
E("nc_sen_2014", "2014 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2014-11-04", "general", office="sen_nc")
E("nc_sen_2008", "2008 United States Senate election in North Carolina", "ocd-division/country:us/state:nc", "2008-11-04", "general", office="sen_nc")
E("wv2_2014", "2014 West Virginia's 2nd congressional district election", "ocd-division/country:us/state:wv/cd:2", "2014-11-04", "general")
E("nh_sen_2014", "2014 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2014-11-04", "general", office="sen_nh")
E("nh_gov_2014", "2014 New Hampshire gubernatorial election", "ocd-division/country:us/state:nh", "2014-11-04", "general", office="gov_nh")
E("fl_gov_2014", "2014 Florida gubernatorial election", "ocd-division/country:us/state:fl", "2014-11-04", "general", office="gov_fl")
E("pa_gov_2014", "2014 Pennsylvania gubernatorial election", "ocd-division/country:us/state:pa", "2014-11-04", "general", office="gov_pa")
E("me_gov_2014", "2014 Maine gubernatorial election", "ocd-division/country:us/state:me", "2014-11-04", "general", office="gov_me")
E("il10_2014", "2014 Illinois's 10th congressional district election", "ocd-division/country:us/state:il/cd:10", "2014-11-04", "general")
E("il_gov_2014", "2014 Illinois gubernatorial election", "ocd-division/country:us/state:il", "2014-11-04", "general", office="gov_il")
E("ar_sen_2014", "2014 United States Senate election in Arkansas", "ocd-division/country:us/state:ar", "2014-11-04", "general", office="sen_ar")

# ---------------------------------------------------------------- people
P = R.person
P("warren", "Elizabeth Warren", ["Ms. Warren", "Warren"])
P("sbrown", "Scott Brown", ["Mr. Brown", "Brown", "Scott Brown"])
P("blute", "Peter Blute", [])
P("tkennedy", "Ted Kennedy", ["Edward M. Kennedy", "Senator Edward M. Kennedy", "Ted Kennedy"])
P("patrick", "Deval Patrick", ["Governor Patrick", "Patrick"])
P("jindal", "Bobby Jindal", ["Jindal"])
P("christie", "Chris Christie", ["Christie", "New Jersey Gov. Chris Christie"])
P("haley", "Nikki Haley", ["Haley"])
P("mcdonnell", "Bob McDonnell", ["McDonnell"])
P("perry", "Rick Perry", [])
P("romney", "Mitt Romney", ["Romney"])
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama", "Barack", "Mr. Obama", "Barack Obama"])
P("sebelius", "Kathleen Sebelius", ["Sebelius"])
P("omalley", "Martin O'Malley", ["Martin O’Malley", "Gov. Martin O’Malley"])
P("hash", "Mike Hash", [])
P("mobama", "Michelle Obama", ["First lady Michelle Obama"])
P("aromney", "Ann Romney", ["Mrs. Romney"])
P("priebus", "Reince Priebus", [])
P("castro", "Julian Castro", ["Castro"])
P("biden", "Joe Biden", ["Biden", "Vice President Biden", "Joseph R. Biden", "Former Vice President Joe Biden"])
P("hclinton", "Hillary Clinton", ["Clinton", "Hillary Clinton", "Mrs. Clinton"], qid="Q6294")
P("cantor", "Eric Cantor", ["Cantor"])
P("brat", "Dave Brat", [])
P("mccarthy", "Kevin McCarthy", [])
P("pelosi", "Nancy Pelosi", ["Pelosi"])
P("boehner", "John Boehner", ["Boehner", "Speaker John Boehner"])
P("mcconnell", "Mitch McConnell", [])
P("grimes", "Alison Lundergan Grimes", [])
P("nunn", "Michelle Nunn", [])
P("perdue", "David Perdue", [])
P("barrow", "John Barrow", ["Barrow"])
P("hagan", "Kay Hagan", ["Hagan"])
P("dole", "Elizabeth Dole", [])
P("tillis", "Thom Tillis", [])
P("casey", "Nick Casey", [])
P("mooney", "Alex Mooney", [])
P("shaheen", "Jeanne Shaheen", [])
P("hassan", "Maggie Hassan", [])
P("rscott", "Rick Scott", [])
P("crist", "Charlie Crist", [])
P("corbett", "Tom Corbett", [])
P("lepage", "Paul LePage", [])
P("cutler", "Eliot Cutler", [])
P("michaud", "Michael Michaud", [])
P("dold", "Bob Dold", [])
P("quinn", "Pat Quinn", [])
P("pryor", "Mark Pryor", [])
P("cotton", "Tom Cotton", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-06-03 (NYT, Massachusetts Democratic convention)
DOCS.append(("a_2012-06-03_Tp6xHLdYv2lK0Ceh.txt", [
    F("party", "blute", "rep", "Peter Blute, a Republican and former congressman"),
    F("holds_office", "blute", "rep_ma3", "Peter Blute, a Republican and former congressman", former=True),
    F("candidacy", "warren", "ma_sen_dem_2012", [S("Peter Blute, a Republican and former congressman"), S("The lopsided victory, he said"),
                                                  S("In recent days, Ms. Warren has taken", through="stay neutral in the Democratic contest")]),
    F("won", "warren", "ma_sen_dem_2012", [S("Peter Blute, a Republican and former congressman"), S("The lopsided victory, he said")]),
    F("party", "warren", "dem", S("In recent days, Ms. Warren has taken", through="stay neutral in the Democratic contest")),
    F("endorsement", "patrick", "warren", S("In recent days, Ms. Warren has taken", through="stay neutral in the Democratic contest")),
    F("holds_office", "patrick", "gov_ma", "Governor Patrick, one of the state"),
    F("candidacy", "warren", "ma_sen_2012", ["Scott Brown, I", "Ms. Warren had begun the day with some good news"]),
    F("candidacy", "sbrown", "ma_sen_2012", ["After the event, the Brown campaign held a news conference", "Ms. Warren had begun the day with some good news"]),
    F("poll", "warren", "ma_sen_2012", "Ms. Warren had begun the day with some good news", pollster="The Boston Globe; Western New England University"),
    F("poll", "sbrown", "ma_sen_2012", "Ms. Warren had begun the day with some good news", pollster="The Boston Globe; Western New England University"),
    F("holds_office", "sbrown", "sen_ma", "led to the special election in which Mr. Brown captured the seat"),
    F("candidacy", "sbrown", "ma_sen_2010", "led to the special election in which Mr. Brown captured the seat"),
    F("won", "sbrown", "ma_sen_2010", "led to the special election in which Mr. Brown captured the seat"),
    F("holds_office", "tkennedy", "sen_ma", "led to the special election in which Mr. Brown captured the seat", former=True),
]))

# ---------------------------------------------------------------- a_2012-06-29 (Politico, GOP governors and health law)
_HEADL = S("Bobby Jindal, Chris Christie and Nikki Haley all responded", through="GOP govs aim for health showdown")
_RNC = S("message was clear on a morning Republican National Committee conference call")
_LIST = S("Bob McDonnell and Rick Perry all responded")
DOCS.append(("a_2012-06-29_wUUHcjkuqVs7P2q6.txt", [
    F("party", "jindal", "rep", [_HEADL, _RNC]),
    F("party", "christie", "rep", [_HEADL, S("The response from GOP governors was similar elsewhere", through="New Jersey health insurance exchange")]),
    F("party", "haley", "rep", _HEADL),
    F("party", "mcdonnell", "rep", _RNC),
    F("party", "perry", "rep", [_LIST, _RNC]),
    F("holds_office", "jindal", "gov_la", [_RNC, S("to implement Obamacare in Louisiana")]),
    F("holds_office", "christie", "gov_nj", S("The response from GOP governors was similar elsewhere", through="New Jersey health insurance exchange")),
    F("holds_office", "haley", "gov_sc", [_HEADL, S("Haley, who served as a key Romney surrogate")]),
    F("holds_office", "mcdonnell", "gov_va", [_RNC, S("McDonnell said that in Virginia")]),
    F("holds_office", "perry", "gov_tx", [_LIST, S("Rick Perry in Texas")]),
    F("candidacy", "romney", "us_pres_2012", "pin their hopes on Mitt Romney winning in November"),
    F("endorsement", "haley", "romney", "Haley, who served as a key Romney surrogate"),
    F("holds_office", "obama", "pres_us", [S("The Obama administration sent a clear message Friday"), S("echoing a talking point pushed by the president")]),
    F("candidacy", "obama", "us_pres_2012", [S("echoing a talking point pushed by the president and his reelection campaign"), S("sought to reinforce that message")]),
    F("holds_office", "sebelius", "sec_hhs", "HHS Secretary Kathleen Sebelius, echoing"),
    F("holds_office", "omalley", "gov_md", "of Maryland, on a campaign conference call with reporters"),
    F("endorsement", "omalley", "obama", S("sought to reinforce that message", through="on a campaign conference call with reporters")),
    F("holds_office", "hash", "cciio_dir", "said Mike Hash, the interim director"),
]))

# ---------------------------------------------------------------- a_2012-09-04 (Democratic convention, Michelle Obama)
DOCS.append(("a_2012-09-04_Wb4fjSw4aBnEbHwD.txt", [
    F("holds_office", "obama", "pres_us", "Though Republicans have claimed President Obama cannot run on his record"),
    F("candidacy", "obama", "us_pres_2012", [S("the party-wide effort to get Obama re-elected"), S("urging Americans to give him another term")]),
    F("party", "obama", "dem", [S("The speech capped the first official day of the Democratic National Convention"), S("urging Americans to give him another term")]),
    F("candidacy", "obama", "us_pres_2008", [S("his history-making 2008 campaign"), S("urging Americans to give him another term")]),
    F("won", "obama", "us_pres_2008", [S("urging Americans to give him another term"), S("his history-making 2008 campaign")]),
    F("endorsement", "mobama", "obama", "First lady Michelle Obama mounted a robust defense"),
    F("candidacy", "romney", "us_pres_2012", "the party-wide effort to get Obama re-elected"),
    F("candidacy", "romney", "us_rep_prim_2012", "who accepted his party"),
    F("won", "romney", "us_rep_prim_2012", "who accepted his party"),
    F("party", "romney", "rep", S("the party-wide effort to get Obama re-elected", through="continue to hammer the more unflattering parts")),
    F("endorsement", "aromney", "romney", "one week after Ann Romney did the same for her husband in Tampa"),
    F("holds_office", "priebus", "rnc_chair", "RNC Chairman Reince Priebus said Tuesday"),
    F("holds_office", "sebelius", "sec_hhs", "Health and Human Services Secretary Kathleen Sebelius"),
    F("holds_office", "castro", "mayor_sa", "The keynote speaker, San Antonio Mayor Julian Castro"),
    F("holds_office", "biden", "vp_us", "followed by Vice President Biden and Obama on Thursday"),
]))

# ---------------------------------------------------------------- a_2014-02-03 (Obama / O'Reilly interview)
DOCS.append(("a_2014-02-03_qkv8OCBblmAut9lG.txt", [
    F("holds_office", "obama", "pres_us", "President Obama's live interview with Fox News Channel"),
    F("party", "obama", "dem", "another prominent Democrat weighed in"),
    F("party", "hclinton", "dem", S("another prominent Democrat weighed in", through="former Secretary of State Hillary Clinton")),
    F("holds_office", "hclinton", "sec_state_us", "tweeted former first lady and former Secretary of State Hillary Clinton", former=True),
]))

# ---------------------------------------------------------------- a_2014-08-01 (Politico, Cantor resigns)
_PRIM = "as soon as Cantor lost to economics professor Dave Brat in the Republican primary June 10"
DOCS.append(("a_2014-08-01_H2tH106MOlsi81hs.txt", [
    F("holds_office", "cantor", "house_maj_leader", "as a consolation prize for losing his sprawling majority leader suite", former=True),
    F("holds_office", "cantor", "rep_va7", ["In his decision to quit Congress altogether, Eric Cantor gave only one reason",
                                            "By Thursday night, Cantor was gone."], former=True),
    F("party", "cantor", "rep", ["thank them for their service to the Virginia Republican", _PRIM]),
    F("candidacy", "cantor", "va7_rep_prim_2014", _PRIM),
    F("candidacy", "brat", "va7_rep_prim_2014", _PRIM),
    F("lost", "cantor", "va7_rep_prim_2014", _PRIM),
    F("won", "brat", "va7_rep_prim_2014", _PRIM),
    F("party", "brat", "rep", _PRIM),
    F("holds_office", "mccarthy", "house_maj_leader", "said House Majority Leader Kevin McCarthy"),
    F("party", "mccarthy", "rep", "said House Majority Leader Kevin McCarthy"),
]))

# ---------------------------------------------------------------- a_2014-09-29 (Bloomberg, Pelosi / Boehner)
DOCS.append(("a_2014-09-29_wObIqUknZvNoBK16.txt", [
    F("holds_office", "pelosi", "house_min_leader", "House Minority Leader Nancy Pelosi called on Speaker John Boehner"),
    F("holds_office", "boehner", "speaker_us", "House Minority Leader Nancy Pelosi called on Speaker John Boehner"),
    F("holds_office", "obama", "pres_us", "granting President Barack Obama a new authorization"),
    F("party", "pelosi", "dem", "Pelosi, a California Democrat"),
    F("party", "boehner", "rep", "Boehner, an Ohio Republican, said yesterday"),
]))

# ---------------------------------------------------------------- a_2014-11-20 (Politico, election-night viewer's guide 2014)
_KY = "Senate Minority Leader Mitch McConnell needs to run up big margins"
_GA = S("Democratic Senate candidate Michelle Nunn has run", through="Watch how both fare in suburban Gwinnett County")
_WV = S("West Virginia Democrat Nick Casey has waged", through="where he served as state GOP chairman")
_NH = "Republican Scott Brown has tried to nationalize the contest"
_FL = "where every poll shows Gov. Rick Scott and Democrat Charlie Crist neck and neck"
_PAME = "should be called quickly against Republican Gov. Tom Corbett"
_AR = "Sen. Mark Pryor (D-Ark.) will probably be the first incumbent senator"
DOCS.append(("a_2014-11-20_C77CrjCbaWGWbM8h.txt", [
    F("holds_office", "mcconnell", "senate_min_leader", _KY),
    F("candidacy", "mcconnell", "ky_sen_2014", _KY),
    F("candidacy", "grimes", "ky_sen_2014", _KY),
    F("party", "grimes", "dem", _KY),
    F("candidacy", "nunn", "ga_sen_2014", _GA),
    F("candidacy", "perdue", "ga_sen_2014", _GA),
    F("party", "nunn", "dem", "Democratic Senate candidate Michelle Nunn has run"),
    F("party", "perdue", "rep", "Democratic Senate candidate Michelle Nunn has run"),
    F("holds_office", "barrow", "rep_ga12", "Rep. John Barrow, the only white Democrat representing a district"),
    F("party", "barrow", "dem", "Rep. John Barrow, the only white Democrat representing a district"),
    F("candidacy", "barrow", "ga12_2014", "Rep. John Barrow, the only white Democrat representing a district"),
    F("candidacy", "hagan", "nc_sen_2014", "Democratic incumbent Kay Hagan has a slight advantage"),
    F("party", "hagan", "dem", "Democratic incumbent Kay Hagan has a slight advantage"),
    F("holds_office", "hagan", "sen_nc", ["Democratic incumbent Kay Hagan has a slight advantage", "is the year’s most expensive Senate race"]),
    F("candidacy", "hagan", "nc_sen_2008", "Hagan, who toppled Elizabeth Dole in 2008"),
    F("candidacy", "dole", "nc_sen_2008", "Hagan, who toppled Elizabeth Dole in 2008"),
    F("won", "hagan", "nc_sen_2008", "Hagan, who toppled Elizabeth Dole in 2008"),
    F("lost", "dole", "nc_sen_2008", "Hagan, who toppled Elizabeth Dole in 2008"),
    F("candidacy", "tillis", "nc_sen_2014", "Republican challenger Thom Tillis represents suburban Charlotte"),
    F("party", "tillis", "rep", "Republican challenger Thom Tillis represents suburban Charlotte"),
    F("holds_office", "tillis", "nc_house", "Republican challenger Thom Tillis represents suburban Charlotte"),
    F("candidacy", "casey", "wv2_2014", _WV),
    F("candidacy", "mooney", "wv2_2014", _WV),
    F("party", "casey", "dem", "West Virginia Democrat Nick Casey has waged"),
    F("party", "mooney", "rep", "Republican Alex Mooney has drawn flak"),
    F("holds_office", "mooney", "md_gop_chair", "Republican Alex Mooney has drawn flak", former=True),
    F("candidacy", "sbrown", "nh_sen_2014", _NH),
    F("candidacy", "shaheen", "nh_sen_2014", _NH),
    F("party", "sbrown", "rep", _NH),
    F("party", "shaheen", "dem", _NH),
    F("holds_office", "shaheen", "sen_nh", _NH),
    F("holds_office", "hassan", "gov_nh", "watch for Gov. Maggie Hassan to find herself in hot water"),
    F("candidacy", "hassan", "nh_gov_2014", "watch for Gov. Maggie Hassan to find herself in hot water"),
    F("candidacy", "rscott", "fl_gov_2014", _FL),
    F("candidacy", "crist", "fl_gov_2014", _FL),
    F("holds_office", "rscott", "gov_fl", _FL),
    F("party", "crist", "dem", _FL),
    F("candidacy", "corbett", "pa_gov_2014", _PAME),
    F("holds_office", "corbett", "gov_pa", _PAME),
    F("party", "corbett", "rep", _PAME),
    F("candidacy", "lepage", "me_gov_2014", _PAME),
    F("holds_office", "lepage", "gov_me", _PAME),
    F("candidacy", "cutler", "me_gov_2014", _PAME),
    F("candidacy", "michaud", "me_gov_2014", _PAME),
    F("party", "michaud", "dem", _PAME),
    F("candidacy", "dold", "il10_2014", "If Republican Bob Dold wins here"),
    F("party", "dold", "rep", "If Republican Bob Dold wins here"),
    F("candidacy", "obama", "us_pres_2012", "went strongly for President Barack Obama"),
    F("holds_office", "obama", "pres_us", "went strongly for President Barack Obama"),
    F("holds_office", "quinn", "gov_il", "bodes poorly for embattled Democratic Gov. Pat Quinn"),
    F("party", "quinn", "dem", "bodes poorly for embattled Democratic Gov. Pat Quinn"),
    F("candidacy", "quinn", "il_gov_2014", "bodes poorly for embattled Democratic Gov. Pat Quinn"),
    F("holds_office", "pryor", "sen_ar", _AR),
    F("party", "pryor", "dem", _AR),
    F("candidacy", "pryor", "ar_sen_2014", _AR),
    F("candidacy", "cotton", "ar_sen_2014", _AR),
    F("party", "cotton", "rep", _AR),
]))


# ======================================================================= docs 8-15
O("sen_tx", senator("Texas"), ["senator"])
O("sen_fl", senator("Florida"))
O("sen_pa", senator("Pennsylvania"))
O("gov_oh", governor("Ohio"))
O("sg_tx", state_officer("Solicitor General", "Texas"), ["solicitor general of Texas", "solicitor general"])
O("ag_tx", state_officer("Attorney General", "Texas"), ["attorney general of Texas"])
O("cj_tx", "Chief Justice of the Supreme Court of Texas", ["chief justice of the Supreme Court of Texas"], generic=["Chief Justice", "Texas Chief Justice"])
O("cj_us", "Chief Justice of the United States", ["Supreme Court Chief Justice"], generic=["Chief Justice", "U.S. Chief Justice", "Chief Justice of the Supreme Court"])
O("mayor_nyc", mayor("New York City"), ["New York City Mayor", "mayor"], generic=["Mayor of New York"])
O("cjcs", "Chairman of the Joint Chiefs of Staff", ["head of the Joint Chiefs of Staff"], generic=["Chairman of the Joint Chiefs"])
O("sen_vt", senator("Vermont"))
O("sen_me", senator("Maine"))
O("sen_nj", senator("New Jersey"))
O("sen_ny", senator("New York"))
O("sen_ca", senator("California"))
O("rep_ks4", representative("Kansas", 4))
O("hi_house", "Member of the Hawaii House of Representatives", ["state Rep."], generic=["State Representative", "Hawaii state representative"])
O("dpm_rs", head("Deputy Prime Minister", "Serbia", "Serbian"))
O("pres_srpska", "President of Republika Srpska", ["President of the Republika Srpska"], generic=["President"])

E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2012-01-03", "primary", office="pres_us")
E("tx_sen_2012", "2012 United States Senate election in Texas", "ocd-division/country:us/state:tx", "2012-11-06", "general", office="sen_tx")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_rep_prim_2020", "2020 Republican Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("nyc_mayor_2001", "2001 New York City mayoral election", "ocd-division/country:us/state:ny/place:new_york", "2001-11-06", "general")
E("me_sen_2018", "2018 United States Senate election in Maine", "ocd-division/country:us/state:me", "2018-11-06", "general", office="sen_me")
E("ny14_prim_2018", "2018 New York's 14th congressional district Democratic primary", "ocd-division/country:us/state:ny/cd:14", "2018-06-26", "primary")
E("ny14_2018", "2018 New York's 14th congressional district election", "ocd-division/country:us/state:ny/cd:14", "2018-11-06", "general")
E("ks4_2017", "2017 Kansas's 4th congressional district special election", "ocd-division/country:us/state:ks/cd:4", "2017-04-11", "general", special=True)
E("ks4_2018", "2018 Kansas's 4th congressional district election", "ocd-division/country:us/state:ks/cd:4", "2018-11-06", "general")
E("hi1_2018", "2018 Hawaii's 1st congressional district election", "ocd-division/country:us/state:hi/cd:1", "2018-11-06", "general")
E("ca_ltgov_prim_2018", "2018 California lieutenant gubernatorial primary", "ocd-division/country:us/state:ca", "2018-06-05", "primary", office=lieutenant_governor("California")[0])
E("louisville_mayor_2018", "2018 Louisville mayoral Democratic primary", "ocd-division/country:us/state:ky/place:louisville", "2018-05-22", "primary")
for _st, _code in [("North Carolina", "nc"), ("Virginia", "va"), ("Oklahoma", "ok"), ("Alabama", "al"), ("Tennessee", "tn"),
                   ("Arkansas", "ar"), ("Minnesota", "mn"), ("Vermont", "vt"), ("Colorado", "co")]:
    E("dem_prim_2020_" + _code, "2020 %s Democratic presidential primary" % _st, "ocd-division/country:us/state:" + _code, "2020-03-03", "primary", office="pres_us")
E("dem_prim_2020_as", "2020 American Samoa Democratic presidential caucuses", "ocd-division/country:us/territory:as", "2020-03-03", "primary", office="pres_us")

P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Donald Trump", "President Donald Trump", "President-elect Donald Trump"])
P("carson", "Ben Carson", ["Carson"])
P("cruz", "Ted Cruz", ["Cruz", "R. Ted Cruz", "Ted Cruz"])
P("rubio", "Marco Rubio", ["Rubio", "Florida Sen. Rubio"])
P("santorum", "Rick Santorum", ["Santorum"])
P("kasich", "John Kasich", [])
P("jbush", "Jeb Bush", [])
P("gwbush", "George W. Bush", ["Bush"])
P("phillips", "Tom Phillips", [])
P("abbott", "Greg Abbott", ["Abbott"])
P("ho", "Jim Ho", ["Ho"])
P("rehnquist", "William Rehnquist", [])
P("neugebauer", "Toby Neugebauer", ["Neugebauer"])
P("bloomberg", "Michael Bloomberg", ["Bloomberg", "Mike Bloomberg", "Michael Bloomberg"])
P("sanders", "Bernie Sanders", ["Sanders", "Mr. Sanders", "Bernard Sanders", "Bernie Sanders"])
P("mullen", "Michael Mullen", [])
P("ringelstein", "Zak Ringelstein", ["Ringelstein"])
P("aoc", "Alexandria Ocasio-Cortez", ["Ocasio-Cortez", "Alexandra Ocasio-Cortez"])
P("thompson", "James Thompson", ["Thompson"])
P("pompeo", "Mike Pompeo", [])
P("ing", "Kaniela Ing", ["Ing"])

P("booker", "Cory Booker", ["Booker"])
P("gillibrand", "Kirsten Gillibrand", [])
P("kharris", "Kamala Harris", [])
P("mcdaniel", "Ronna Romney McDaniel", [])
P("mclaughlin", "Gayle McLaughlin", [])
P("fenwick", "Ryan Fenwick", [])
P("aking", "Angus King", ["King"])
P("pence", "Mike Pence", [])
P("jbiden", "Jill Biden", [])
P("gore", "Al Gore", [])
P("kerry", "John Kerry", ["Kerry"])
P("seselj", "Vojislav Seselj", [])
P("karadzic", "Radovan Karadzic", ["Karadzic"])

# ---------------------------------------------------------------- a_2016-01-04 (Fox News, GOP candidates before Iowa)
_REPC = S("The Republican presidential candidates kicked off the 2016 election year", through="Marco Rubio used a security speech Monday in New Hampshire")
_IA = "Cruz, the Texas senator, has shot to the front of the field"
_NH5 = S("New Hampshire, by contrast, is a much tighter contest", through="former Florida Gov. Jeb Bush.")
_SANT = S("Even the lower-polling candidates are taking another crack", through="launched his first TV ad in the state on Monday")
DOCS.append(("a_2016-01-04_iWAYghq4Jlnt27st.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", S("The Republican presidential candidates kicked off the 2016 election year")),
    F("party", "trump", "rep", S("The Republican presidential candidates kicked off the 2016 election year")),
    F("candidacy", "trump", "ia_rep_caucus_2016", [_IA, "Santorum, though, is polling at under 1 percent in the state"]),
    F("candidacy", "trump", "nh_rep_prim_2016", ["Though Trump still holds the lead in most New Hampshire polls", _NH5]),
    F("candidacy", "carson", "us_rep_prim_2016", _REPC),
    F("party", "carson", "rep", _REPC),
    F("candidacy", "carson", "ia_rep_caucus_2016", _IA),
    F("candidacy", "cruz", "us_rep_prim_2016", _REPC),
    F("party", "cruz", "rep", _REPC),
    F("candidacy", "cruz", "ia_rep_caucus_2016", [_IA, "Ted Cruz was launching an aggressive 36-county tour across Iowa"]),
    F("candidacy", "cruz", "nh_rep_prim_2016", _NH5),
    F("holds_office", "cruz", "sen_tx", _IA),
    F("candidacy", "rubio", "us_rep_prim_2016", _REPC),
    F("party", "rubio", "rep", _REPC),
    F("candidacy", "rubio", "nh_rep_prim_2016", _NH5),
    F("holds_office", "rubio", "sen_fl", "Florida Sen. Rubio, at an American Legion post"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "He also blasted Democratic front-runner Hillary Clinton"),
    F("party", "hclinton", "dem", "He also blasted Democratic front-runner Hillary Clinton"),
    F("endorsement", "ktp", "cruz", "Keep the Promise, a super PAC supporting Cruz"),
    F("holds_office", "santorum", "sen_pa", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012", former=True),
    F("candidacy", "santorum", "ia_rep_caucus_2012", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012"),
    F("won", "santorum", "ia_rep_caucus_2012", "Former Pennsylvania Sen. Rick Santorum, who won the Iowa contest in 2012"),
    F("candidacy", "santorum", "us_rep_prim_2016", _SANT),
    F("party", "santorum", "rep", _SANT),
    F("candidacy", "santorum", "ia_rep_caucus_2016", [_SANT, "Santorum, though, is polling at under 1 percent in the state"]),
    F("candidacy", "christie", "nh_rep_prim_2016", _NH5),
    F("candidacy", "kasich", "nh_rep_prim_2016", _NH5),
    F("candidacy", "jbush", "nh_rep_prim_2016", _NH5),
    F("candidacy", "christie", "us_rep_prim_2016", _NH5),
    F("candidacy", "kasich", "us_rep_prim_2016", _NH5),
    F("candidacy", "jbush", "us_rep_prim_2016", _NH5),
    F("party", "christie", "rep", _NH5),
    F("party", "kasich", "rep", _NH5),
    F("party", "jbush", "rep", _NH5),
    F("holds_office", "christie", "gov_nj", _NH5),
    F("holds_office", "kasich", "gov_oh", _NH5),
    F("holds_office", "jbush", "gov_fl", _NH5, former=True),
]))

# ---------------------------------------------------------------- a_2016-01-05 (Politico, Cruz as solicitor general)
_SGSEN = S("As Cruz climbs to the top of the Republican presidential field", through="the three years he has served so far in the Senate")
_NEU = "Toby Neugebauer, who wrote a $10 million check"
DOCS.append(("a_2016-01-05_yGXlMyk2biAHOi4x.txt", [
    F("holds_office", "cruz", "sg_tx", ["specifically from the corner office of the man who was then the state", _SGSEN], former=True),
    F("holds_office", "cruz", "sen_tx", _SGSEN),
    F("candidacy", "cruz", "tx_sen_2012", _SGSEN),
    F("won", "cruz", "tx_sen_2012", _SGSEN),
    F("candidacy", "cruz", "us_rep_prim_2016", _SGSEN),
    F("candidacy", "cruz", "ia_rep_caucus_2016", "that the Texas Republican would embrace gun rights"),
    F("party", "cruz", "rep", ["that the Texas Republican would embrace gun rights", _SGSEN]),
    F("holds_office", "phillips", "cj_tx", "said Tom Phillips, who was the chief justice of the Supreme Court of Texas", former=True),
    F("holds_office", "abbott", "ag_tx", "offered to him by Greg Abbott", former=True),
    F("holds_office", "abbott", "gov_tx", "offered to him by Greg Abbott"),
    F("holds_office", "ho", "sg_tx", "said Jim Ho, an attorney in Dallas who succeeded Cruz as solicitor general", former=True),
    F("holds_office", "rehnquist", "cj_us", "as a clerk to then-Supreme Court Chief Justice William Rehnquist", former=True),
    F("candidacy", "gwbush", "us_pres_2000", "that ultimately won Bush the election"),
    F("won", "gwbush", "us_pres_2000", "that ultimately won Bush the election"),
    F("funding", "neugebauer", "ktp2", _NEU, 10000000),
    F("endorsement", "ktp2", "cruz", _NEU),
    F("endorsement", "neugebauer", "cruz", [_NEU, "backing someone"]),
    F("candidacy", "jbush", "us_rep_prim_2016", "he has more money at his disposal than any candidate besides Jeb Bush"),
]))

# ---------------------------------------------------------------- a_2016-03-07 (AP, Bloomberg will not run)
_B1 = "citing a concern that his independent bid would hand the White House to Donald Trump or Ted Cruz"
DOCS.append(("a_2016-03-07_FDN0aoTpLH0dzWky.txt", [
    F("holds_office", "bloomberg", "mayor_nyc", "Former New York City Mayor Michael Bloomberg said Monday", former=True),
    F("party", "bloomberg", "dem", "Democrat-turned-Republican-turned-Democrat-turned-independent", former=True),
    F("party", "bloomberg", "rep", "Democrat-turned-Republican-turned-Democrat-turned-independent", former=True),
    F("candidacy", "bloomberg", "nyc_mayor_2001", "he was a political novice when he launched an unlikely bid for mayor in 2001"),
    F("won", "bloomberg", "nyc_mayor_2001", ["he was a political novice when he launched an unlikely bid for mayor in 2001", "The former three-term mayor"]),
    F("candidacy", "trump", "us_rep_prim_2016", "Bloomberg was blistering in his critique of Trump, currently the GOP front-runner"),
    F("party", "trump", "rep", "Bloomberg was blistering in his critique of Trump, currently the GOP front-runner"),
    F("candidacy", "cruz", "us_rep_prim_2016", [_B1, "to one of the GOP front-runners"]),
    F("party", "cruz", "rep", [_B1, "to one of the GOP front-runners"]),
    F("holds_office", "cruz", "sen_tx", "saying the Texas senator"),
    F("party", "hclinton", "dem", "Bloomberg made only an oblique reference to Democrats Hillary Clinton and Bernie Sanders"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "string of recent victories has given her a firm grip on the lead for the Democratic nomination"),
    F("candidacy", "sanders", "us_dem_prim_2016", ["the rise of Sanders amid Democrats", "if Trump and Sanders were the nominees"]),
    F("holds_office", "mullen", "cjcs", "including Michael Mullen, the retired admiral and former head of the Joint Chiefs of Staff", former=True),
]))

# ---------------------------------------------------------------- a_2016-03-18 (Washington Times, Sanders on Garland)
DOCS.append(("a_2016-03-18_o9JtolySWv0HY6Nn.txt", [
    F("holds_office", "sanders", "sen_vt", "Sen. Bernard Sanders of Vermont says"),
    F("candidacy", "sanders", "us_dem_prim_2016", ["Sen. Bernard Sanders of Vermont says", "But if Mr. Sanders or Democratic front-runner Hillary Clinton gets elected"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", "But if Mr. Sanders or Democratic front-runner Hillary Clinton gets elected"),
    F("party", "hclinton", "dem", "But if Mr. Sanders or Democratic front-runner Hillary Clinton gets elected"),
    F("holds_office", "obama", "pres_us", "ask President Obama to withdraw his Supreme Court pick"),
]))

# ---------------------------------------------------------------- a_2018-07-21 (AP, Democratic Socialists of America)
_RING = "Maine Democrat Zak Ringelstein"
_KING = "is expected to struggle in his campaign to unseat Maine Sen. Angus King"
_AOC = "Vermont Sen. Bernie Sanders, Congress"
_THOM = "said Kansas congressional candidate James Thompson, who is endorsed by the DSA"
_KS17 = "is running again after narrowly losing a special election last year"
_STRUG = "most DSA-endorsed candidates have struggled"
DOCS.append(("a_2018-07-21_pxu01RPJb0tZI2c4.txt", [
    F("party", "ringelstein", "dem", _RING),
    F("candidacy", "ringelstein", "me_sen_2018", [_RING, _KING]),
    F("endorsement", "dsa", "ringelstein", [_RING, "While Ringelstein and other DSA-backed candidates"]),
    F("candidacy", "aking", "me_sen_2018", [_KING, "campaign reported $2.4 million cash on hand"]),
    F("holds_office", "aking", "sen_me", _KING),
    F("holds_office", "trump", "pres_us", "presidency stretches into its second year"),
    F("holds_office", "sanders", "sen_vt", _AOC),
    F("endorsement", "sanders", "aoc", _AOC),
    F("candidacy", "aoc", "ny14_2018", _AOC),
    F("candidacy", "aoc", "ny14_prim_2018", _AOC),
    F("won", "aoc", "ny14_prim_2018", _AOC),
    F("endorsement", "dsa", "aoc", _STRUG),
    F("candidacy", "thompson", "ks4_2018", [_THOM, _KS17]),
    F("endorsement", "dsa", "thompson", _THOM),
    F("endorsement", "sanders", "thompson", _THOM),
    F("endorsement", "aoc", "thompson", _THOM),
    F("candidacy", "thompson", "ks4_2017", _KS17),
    F("lost", "thompson", "ks4_2017", _KS17),
    F("holds_office", "pompeo", "sec_state_us", _KS17),
    F("holds_office", "pompeo", "rep_ks4", _KS17, former=True),
    F("holds_office", "ing", "hi_house", "29-year-old state Rep. Kaniela Ing"),
    F("candidacy", "ing", "hi1_2018", "29-year-old state Rep. Kaniela Ing"),
    F("holds_office", "warren", "sen_ma", "such as Massachusetts Sen. Elizabeth Warren"),
    F("holds_office", "booker", "sen_nj", "such as Massachusetts Sen. Elizabeth Warren"),
    F("holds_office", "gillibrand", "sen_ny", "such as Massachusetts Sen. Elizabeth Warren"),
    F("holds_office", "kharris", "sen_ca", "such as Massachusetts Sen. Elizabeth Warren"),
    F("holds_office", "mcdaniel", "rnc_chair", "RNC Chair Ronna Romney McDaniel said"),
    F("candidacy", "mclaughlin", "ca_ltgov_prim_2018", "Gayle McLaughlin finished eighth"),
    F("lost", "mclaughlin", "ca_ltgov_prim_2018", "Gayle McLaughlin finished eighth", 4),
    F("endorsement", "dsa", "mclaughlin", S(_STRUG, through="Gayle McLaughlin finished eighth")),
    F("candidacy", "fenwick", "louisville_mayor_2018", "And Ryan Fenwick was blown out by 58 points"),
    F("lost", "fenwick", "louisville_mayor_2018", "And Ryan Fenwick was blown out by 58 points"),
    F("endorsement", "dsa", "fenwick", [_STRUG, "And Ryan Fenwick was blown out by 58 points"]),
]))

# ---------------------------------------------------------------- a_2020-03-03 (Super Tuesday 2020)
_PROJ = "Based on CNN and NBC News projections, Biden is expected to win"
_STW = "Earlier Tuesday, Biden and Sen. Bernie Sanders (I-VT) notched Super Tuesday wins"
_NOM = "help choose the Democratic nominee to face President Donald Trump"
_SVT = "Sanders should secure a win in his home state of Vermont"
_MB = "Former New York City Mike Bloomberg secured a win in the territory"
_st2020 = [F("candidacy", "biden", "dem_prim_2020_" + c, _PROJ) for c in ("nc", "va", "ok", "al", "tn", "ar", "mn")]
_st2020 += [F("won", "biden", "dem_prim_2020_" + c, _PROJ) for c in ("nc", "va", "ok", "al", "tn", "ar", "mn")]
DOCS.append(("a_2020-03-03_uYyuiB2XMAJunvE4.txt", _st2020 + [
    F("holds_office", "biden", "vp_us", "Former Vice President Joe Biden (D) confused his wife", former=True),
    F("party", "biden", "dem", "Former Vice President Joe Biden (D) confused his wife"),
    F("candidacy", "biden", "us_dem_prim_2020", [_STW, "Moments later, the White House candidate urged his supporters", _NOM]),
    F("holds_office", "sanders", "sen_vt", _STW),
    F("candidacy", "sanders", "us_dem_prim_2020", [_STW, _NOM]),
    F("candidacy", "sanders", "dem_prim_2020_vt", _SVT),
    F("won", "sanders", "dem_prim_2020_vt", _SVT),
    F("candidacy", "sanders", "dem_prim_2020_co", _SVT),
    F("won", "sanders", "dem_prim_2020_co", _SVT),
    F("candidacy", "bloomberg", "dem_prim_2020_as", _MB),
    F("won", "bloomberg", "dem_prim_2020_as", _MB),
    F("candidacy", "bloomberg", "us_dem_prim_2020", [_MB, _NOM]),
    F("holds_office", "bloomberg", "mayor_nyc", _MB, former=True),
    F("holds_office", "trump", "pres_us", _NOM),
    F("candidacy", "trump", "us_pres_2020", _NOM),
]))

# ---------------------------------------------------------------- a_2020-05-19 (Reuters, Puerto Rican voters in Florida)
_CHAL = "presumptive Democratic challenger in the Nov. 3 election"
_CAP = "Democratic 2020 presidential candidate and former U.S Vice President Joe Biden"
_FL16 = "which the Republican Trump won by 1.2 percentage points in the 2016 election"
_UNOPP = "Trump, effectively unopposed as the Republican nominee"
_O12 = "Former President Barack Obama won 71% of Hispanic support in 2012 with Biden as his running mate"
_GK = "who worked on Democratic presidential campaigns for Al Gore and John Kerry"
DOCS.append(("a_2020-05-19_oj40kJ7hd2u4tW4o.txt", [
    F("holds_office", "trump", "pres_us", "holds President Donald Trump responsible"),
    F("candidacy", "trump", "us_pres_2020", _CHAL),
    F("party", "trump", "rep", [_FL16, _UNOPP]),
    F("candidacy", "trump", "us_pres_2016", _FL16),
    F("candidacy", "trump", "us_rep_prim_2020", _UNOPP),
    F("candidacy", "biden", "us_pres_2020", [_CHAL, _CAP]),
    F("party", "biden", "dem", [_CHAL, _CAP]),
    F("holds_office", "biden", "vp_us", _CAP, former=True),
    F("candidacy", "biden", "us_dem_prim_2020", ["during the Democratic presidential contest that effectively ended last month", "worked on Latino outreach for Biden"]),
    F("candidacy", "obama", "us_pres_2012", _O12),
    F("candidacy", "biden", "us_pres_2012", _O12),
    F("holds_office", "obama", "pres_us", _O12, former=True),
    F("candidacy", "hclinton", "us_pres_2016", "Democrat Hillary Clinton won 66% of the Hispanic vote in 2016"),
    F("party", "hclinton", "dem", "Democrat Hillary Clinton won 66% of the Hispanic vote in 2016"),
    F("candidacy", "gore", "us_pres_2000", _GK),
    F("candidacy", "kerry", "us_pres_2004", _GK),
    F("party", "gore", "dem", _GK),
    F("party", "kerry", "dem", _GK),
    F("holds_office", "pence", "vp_us", "an initiative kicked off by Vice President Mike Pence in Miami"),
    F("endorsement", "pence", "trump", "an initiative kicked off by Vice President Mike Pence in Miami"),
    F("endorsement", "jbiden", "biden", "Jill Biden, held a video call with Latino leaders"),
]))

# ---------------------------------------------------------------- c_2010-10-03 (Current Events, Bosnia general election)
DOCS.append(("c_2010-10-03_voters-in-bosnia-and-herzegovina-go-to-t.txt", [
    F("holds_office", "seselj", "dpm_rs", "Former Deputy Prime Minister of Serbia and nationalist politician, Vojislav Seselj", former=True),
    F("holds_office", "karadzic", "pres_srpska", "find former President of the Republika Srpska Radovan Karadzic guilty", former=True),
]))



# ======================================================================= docs 16-25 (Current Events pages)
O("nl_house_pres", "President of the House of Representatives of the Netherlands",
  generic=["President of the House of Representatives", "Speaker of the House of Representatives of the Netherlands", "Speaker"])
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"), ["Prime Minister of the Netherlands"])
O("monarch_nl", "Monarch of the Netherlands", generic=["Queen of the Netherlands", "King of the Netherlands", "Queen", "King"])
O("mayor_ams", mayor("Amsterdam"), ["mayor of Amsterdam"])
O("unhcr", "United Nations High Commissioner for Refugees", generic=["UN High Commissioner for Refugees", "UNHCR"])
O("pm_si", head("Prime Minister", "Slovenia", "Slovenian"), ["Slovenia's prime minister"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"), ["President of Ukraine", "Ukrainian president"])
O("pres_ru", head("President", "Russia", "Russian"), ["President of Russia"])
O("head_dpr", "Head of the Donetsk People's Republic", ["DPR leader"], generic=["DPR leader", "Head of the DPR"])
O("head_lpr", "Head of the Luhansk People's Republic", ["LPR leader"], generic=["LPR leader", "Head of the LPR"])
O("nato_sg", "Secretary General of NATO", generic=["NATO Secretary General"])
O("pres_uy", head("President", "Uruguay", "Uruguayan"))
O("sen_la", senator("Louisiana"))
O("rep_la6", representative("Louisiana", 6), ["Congressman"])
O("la_house", "Member of the Louisiana House of Representatives", ["state Representative"], generic=["State Representative", "Louisiana state representative"])
O("sen_md", senator("Maryland"), ["senators"])
O("sec_hud", cabinet_secretary("Housing and Urban Development", "Housing and Urban Development"),
  ["Secretaries of Housing and Urban Development"], generic=["HUD Secretary"])
O("sec_energy", cabinet_secretary("Energy", "Energy"))
O("sen_az", senator("Arizona"))
O("sen_sd", senator("South Dakota"))
O("gov_sd", governor("South Dakota"))
O("pm_it", head("Prime Minister", "Italy", "Italian"), ["Prime Minister of Italy", "Italian Prime Minister"])
O("fm_it", head("Minister of Foreign Affairs", "Italy", "Italian"), ["Foreign Minister"], generic=["Foreign Minister", "Italian Foreign Minister"])
O("pm_ro", head("Prime Minister", "Romania", "Romanian"), ["Romanian Prime Minister", "Prime Minister of Romania", "premier"])
O("pres_ro", head("President", "Romania", "Romanian"), ["Romanian President"])
O("mayor_sibiu", mayor("Sibiu"), ["mayor of Sibiu"])
O("pres_br", head("President", "Brazil", "Brazilian"), ["President of Brazil", "former president"])

E("nl_house_pres_2012", "2012 election of the President of the House of Representatives of the Netherlands", "ocd-division/country:nl", "2012-09-25", "general", office="nl_house_pres")
E("uy_pres_2014_r2", "2014 Uruguayan presidential election (second round)", "ocd-division/country:uy", "2014-11-30", "runoff", office="pres_uy")
E("la_sen_2014", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")
E("la_gov_2015_r1", "2015 Louisiana gubernatorial election (open primary)", "ocd-division/country:us/state:la", "2015-10-24", "general", office="gov_la")
E("la_gov_2015", "2015 Louisiana gubernatorial election (runoff)", "ocd-division/country:us/state:la", "2015-11-21", "runoff", office="gov_la")
E("la_sen_2016", "2016 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2016-12-10", "runoff", office="sen_la")
E("ma_sen_2013", "2013 United States Senate special election in Massachusetts", "ocd-division/country:us/state:ma", "2013-06-25", "general", special=True, office="sen_ma")
E("nh_dem_prim_2008", "2008 New Hampshire Democratic presidential primary", "ocd-division/country:us/state:nh", "2008-01-08", "primary", office="pres_us")
E("nh_rep_prim_2008", "2008 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2008-01-08", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("mo_dem_prim_2016", "2016 Missouri Democratic presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("mo_rep_prim_2016", "2016 Missouri Republican presidential primary", "ocd-division/country:us/state:mo", "2016-03-15", "primary", office="pres_us")
E("ro_pres_2014_r1", "2014 Romanian presidential election (first round)", "ocd-division/country:ro", "2014-11-02", "general", office="pres_ro")
E("ro_pres_2014", "2014 Romanian presidential election (second round)", "ocd-division/country:ro", "2014-11-16", "runoff", office="pres_ro")
E("br_pres_2018", "2018 Brazilian general election (presidential, first round)", "ocd-division/country:br", "2018-10-07", "general", office="pres_br")
E("br_pres_2018_r2", "2018 Brazilian presidential election (second round)", "ocd-division/country:br", "2018-10-28", "runoff", office="pres_br")

P("miltenburg", "Anouchka van Miltenburg", [])
P("rutte", "Mark Rutte", [])
P("samsom", "Diederik Samsom", [])
P("beatrix", "Beatrix of the Netherlands", ["Queen Beatrix", "Queen Beatrix of the Netherlands"])
P("vdlaan", "Eberhard van der Laan", [])
P("willem", "Willem-Alexander of the Netherlands", ["King Willem-Alexander"])
P("dejong", "Piet de Jong", [])
P("lubbers", "Ruud Lubbers", [])
P("cerar", "Miro Cerar", [])
P("pahor", "Borut Pahor", [])
P("poroshenko", "Petro Poroshenko", [])
P("putin", "Vladimir Putin", [], qid="Q7747")
P("zakharchenko", "Alexander Zakharchenko", [])
P("plotnitsky", "Igor Plotnitsky", [])
P("rasmussen", "Anders Fogh Rasmussen", [])
P("vazquez", "Tabaré Vázquez", ["Tabare Vazquez"])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [])
P("edwards", "John Bel Edwards", ["Edwards"])
P("vitter", "David Vitter", ["Vitter"])
P("cardin", "Ben Cardin", [])
P("jkennedy", "John Kennedy", ["John N. Kennedy"])
P("campbell", "Foster Campbell", [])
P("markey", "Ed Markey", [])
P("gomez", "Gabriel Gomez", ["Gabriel E. Gomez"])
P("specter", "Arlen Specter", [])
P("mccain", "John McCain", [])
P("tjohnson", "Tim Johnson", [])
P("rounds", "Mike Rounds", [])
P("gentiloni", "Paolo Gentiloni", [])
P("renzi", "Matteo Renzi", [])
P("berlusconi", "Silvio Berlusconi", [])
P("letta", "Enrico Letta", [])
P("monti", "Mario Monti", [])
P("ponta", "Victor Ponta", ["Ponta"])
P("iohannis", "Klaus Iohannis", [])
P("grindeanu", "Sorin Grindeanu", [])
P("lula", "Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"])
P("temer", "Michel Temer", [])
P("dilma", "Dilma Rousseff", ["Dilma"])

# ---------------------------------------------------------------- c_2012-09-25 (van Miltenburg elected Speaker, Netherlands)
_VM = "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"
DOCS.append(("c_2012-09-25_anouchka-van-miltenburg-of-the-people-s-.txt", [
    F("party", "miltenburg", "vvd", _VM),
    F("candidacy", "miltenburg", "nl_house_pres_2012", _VM),
    F("won", "miltenburg", "nl_house_pres_2012", _VM),
    F("holds_office", "miltenburg", "nl_house_pres", _VM),
    F("holds_office", "rutte", "pm_nl", ["Exit polls suggest that incumbent Prime Minister Mark Rutte", "In the general election in the Netherlands, Prime Minister Mark Rutte",
                                         "is asked by Queen Beatrix of the Netherlands to become Prime Minister", "Prime Minister of the Netherlands Mark Rutte rules out",
                                         "Prime Minister of the Netherlands Mark Rutte tenders"]),
    F("party", "rutte", "vvd", ["Exit polls suggest that incumbent Prime Minister Mark Rutte", "In the general election in the Netherlands, Prime Minister Mark Rutte",
                                "Mark Rutte of the People's Party for Freedom and Democracy is asked"]),
    F("party", "samsom", "pvda", ["Diederik Samsom's Labour Party, gains 8", "for PvdA, Diederik Samsom's Labour Party", "Diederik Samsom of the Labour Party, excludes"]),
    F("holds_office", "beatrix", "monarch_nl", ["is asked by Queen Beatrix of the Netherlands", "tenders his government's resignation to Queen Beatrix"]),
    F("holds_office", "vdlaan", "mayor_ams", "Eberhard van der Laan, the mayor of Amsterdam"),
    F("holds_office", "willem", "monarch_nl", "in the presence of King Willem-Alexander"),
    F("holds_office", "dejong", "pm_nl", "Former Prime Minister of the Netherlands Piet de Jong", former=True),
    F("holds_office", "lubbers", "pm_nl", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
    F("holds_office", "lubbers", "unhcr", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
]))

# ---------------------------------------------------------------- c_2014-07-13 (Slovenian parliamentary election)
DOCS.append(("c_2014-07-13_the-new-centrist-party-of-miro-cerar-win.txt", [
    F("party", "cerar", "smc", "The new centrist Party of Miro Cerar wins the Slovenian elections"),
    F("holds_office", "cerar", "pm_si", "Slovenia's prime minister, Miro Cerar says"),
    F("party", "pahor", "sd_si", "The Social Democrats, led by Borut Pahor"),
]))

# ---------------------------------------------------------------- c_2014-10-26 (Ukrainian parliamentary election)
DOCS.append(("c_2014-10-26_voters-in-ukraine-go-to-the-polls-with-s.txt", [
    F("holds_office", "poroshenko", "pres_ua", [S("Voters in Ukraine go to the polls with supporters of President Petro Poroshenko expected to do well.", 0),
                                                "The President of Ukraine Petro Poroshenko accuses Russia",
                                                "meets with the President of Ukraine Petro Poroshenko in Minsk",
                                                "Ukrainian president Petro Poroshenko and LPR leader Igor Plotnitsky",
                                                "U.S. President Donald Trump and Ukrainian President Petro Poroshenko",
                                                "is named an advisor for Ukrainian President Petro Poroshenko"]),
    F("holds_office", "putin", "pres_ru", "The President of Russia Vladimir Putin meets"),
    F("holds_office", "zakharchenko", "head_dpr", "DPR leader Alexander Zakharchenko announced"),
    F("holds_office", "plotnitsky", "head_lpr", "Ukrainian president Petro Poroshenko and LPR leader Igor Plotnitsky"),
    F("holds_office", "trump", "pres_us", "U.S. President Donald Trump and Ukrainian President Petro Poroshenko"),
    F("holds_office", "rasmussen", "nato_sg", "Former Secretary General of NATO Anders Fogh Rasmussen", former=True),
]))

# ---------------------------------------------------------------- c_2014-10-26 (Uruguayan general election)
_UY = "with former President Tabare Vazquez of the ruling Broad Front winning another term"
DOCS.append(("c_2014-10-26_voters-in-uruguay-go-to-the-polls-for-a-.txt", [
    F("candidacy", "vazquez", "uy_pres_2014_r2", _UY),
    F("won", "vazquez", "uy_pres_2014_r2", _UY),
    F("party", "vazquez", "broad_front", _UY),
    F("holds_office", "vazquez", "pres_uy", _UY, former=True),
]))

# ---------------------------------------------------------------- c_2014-12-07 (Landrieu loses Louisiana Senate runoff)
_LA = S("Democrat Mary Landrieu loses her bid for a fourth term")
_LA2 = "Republican Rep. Bill Cassidy defeated Democratic Sen. Mary Landrieu"
_ED = "Democratic state Representative John Bel Edwards, the surprise winner of the October 24 open primary"
_ED2 = "Republican U.S. Senator David Vitter and Democratic state Representative John Bel Edwards top two"
_ED3 = "Edwards wins 40 percent and Vitter 23 percent of the primary vote"
_JIN = "Edwards will replace former Republican presidential candidate Bobby Jindal"
_CR = "United States senators Ben Cardin (D-MD) and Marco Rubio (R-FL)"
_CP = "neurosurgeon Ben Carson and Governor of Texas Rick Perry"
_KEN = "John N. Kennedy of the Republican Party defeats Foster Campbell"
_MK = "Democrat Ed Markey defeats Republican Gabriel E. Gomez"
_KER = S("Democrat Ed Markey defeats Republican Gabriel E. Gomez", through="Kerry resigned in February to become Secretary of State.")
_SPEC = "United States Senator Arlen Specter of Pennsylvania switches"
_NH08 = S("Voters in New Hampshire go to the polls for the first primary election", through="Arizona Senator John McCain wins the Republican primary.")
_TJ = "U.S. Senator Tim Johnson (D-SD) undergoes surgery"
_RND = "the Republican Party Governor of South Dakota, Mike Rounds"
DOCS.append(("c_2014-12-07_democrat-mary-landrieu-loses-her-bid-for.txt", [
    F("candidacy", "landrieu", "la_sen_2014", [_LA, _LA2]),
    F("candidacy", "cassidy", "la_sen_2014", [_LA, _LA2]),
    F("lost", "landrieu", "la_sen_2014", [_LA, _LA2]),
    F("won", "cassidy", "la_sen_2014", [_LA, _LA2]),
    F("party", "landrieu", "dem", [_LA, _LA2]),
    F("party", "cassidy", "rep", [_LA, _LA2]),
    F("holds_office", "landrieu", "sen_la", [_LA, _LA2]),
    F("holds_office", "cassidy", "rep_la6", [_LA, _LA2]),
    F("party", "edwards", "dem", [_ED, _ED2]),
    F("holds_office", "edwards", "la_house", [_ED, _ED2]),
    F("candidacy", "edwards", "la_gov_2015_r1", [_ED, _ED2, _ED3]),
    F("won", "edwards", "la_gov_2015_r1", [_ED, _ED3], 40),
    F("candidacy", "vitter", "la_gov_2015_r1", [_ED2, _ED3]),
    F("candidacy", "edwards", "la_gov_2015", [_ED, _ED2]),
    F("candidacy", "vitter", "la_gov_2015", [_ED, _ED2]),
    F("won", "edwards", "la_gov_2015", [_ED, "margin is 140,931 votes (56.11 percent)"], 56.11),
    F("lost", "vitter", "la_gov_2015", _ED),
    F("party", "vitter", "rep", [_ED, _ED2]),
    F("holds_office", "vitter", "sen_la", [_ED, _ED2]),
    F("candidacy", "jindal", "us_rep_prim_2016", _JIN),
    F("party", "jindal", "rep", _JIN),
    F("holds_office", "jindal", "gov_la", _JIN),
    F("holds_office", "cardin", "sen_md", _CR),
    F("holds_office", "rubio", "sen_fl", _CR),
    F("party", "cardin", "dem", _CR),
    F("party", "rubio", "rep", _CR),
    F("holds_office", "carson", "sec_hud", _CP),
    F("holds_office", "perry", "sec_energy", _CP),
    F("holds_office", "perry", "gov_tx", _CP),
    F("candidacy", "carson", "us_rep_prim_2016", _CP),
    F("candidacy", "perry", "us_rep_prim_2016", _CP),
    F("candidacy", "trump", "us_rep_prim_2016", _CP),
    F("candidacy", "jkennedy", "la_sen_2016", _KEN),
    F("candidacy", "campbell", "la_sen_2016", _KEN),
    F("won", "jkennedy", "la_sen_2016", _KEN),
    F("lost", "campbell", "la_sen_2016", _KEN),
    F("party", "jkennedy", "rep", _KEN),
    F("party", "campbell", "dem", _KEN),
    F("candidacy", "markey", "ma_sen_2013", _MK),
    F("candidacy", "gomez", "ma_sen_2013", _MK),
    F("won", "markey", "ma_sen_2013", _MK),
    F("lost", "gomez", "ma_sen_2013", _MK),
    F("party", "markey", "dem", _MK),
    F("party", "gomez", "rep", _MK),
    F("holds_office", "kerry", "sen_ma", _KER, former=True),
    F("holds_office", "kerry", "sec_state_us", _KER),
    F("holds_office", "specter", "sen_pa", _SPEC),
    F("party", "specter", "rep", _SPEC, former=True),
    F("party", "specter", "dem", _SPEC),
    F("candidacy", "hclinton", "nh_dem_prim_2008", _NH08),
    F("won", "hclinton", "nh_dem_prim_2008", _NH08),
    F("party", "hclinton", "dem", _NH08),
    F("holds_office", "hclinton", "sen_ny", "New York Senator Hillary Clinton wins the Democratic primary"),
    F("candidacy", "mccain", "nh_rep_prim_2008", _NH08),
    F("won", "mccain", "nh_rep_prim_2008", _NH08),
    F("party", "mccain", "rep", _NH08),
    F("holds_office", "mccain", "sen_az", "Arizona Senator John McCain wins the Republican primary"),
    F("holds_office", "tjohnson", "sen_sd", _TJ),
    F("party", "tjohnson", "dem", _TJ),
    F("holds_office", "rounds", "gov_sd", _RND),
    F("party", "rounds", "rep", _RND),
]))

# ---------------------------------------------------------------- c_2016-03-08 (primaries in Mississippi, Michigan, Hawaii, Idaho)
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests"
_NE = "with Donald Trump just 169 delegates short of securing the nomination"
DOCS.append(("c_2016-03-08_voters-in-the-u-s-states-of-mississippi-.txt", [
    F("candidacy", "hclinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "trump", "us_rep_prim_2016", _NE),
    F("party", "trump", "rep", _NE),
]))

# ---------------------------------------------------------------- c_2016-04-19 (New York primary)
_NYH = S("with Hillary Clinton and Donald Trump expected to win the respective contests", 0)
_GEN = "presidential election between major party nominees Hillary Clinton and Donald Trump"
_MO = "Bernie Sanders concedes the Missouri primary to Hillary Clinton"
_MOR = "The Republican contest is too close to call as Donald Trump leads Ted Cruz"
_R7 = "Although he lost the popular vote, Donald Trump, the Republican nominee"
_DEB = ["Hillary Clinton and Donald Trump hold the second presidential debate", "Hillary Clinton and Donald Trump meet for the third presidential debate"]
DOCS.append(("c_2016-04-19_voters-in-the-u-s-state-of-new-york-go-t.txt", [
    F("candidacy", "hclinton", "ny_dem_prim_2016", _NYH),
    F("candidacy", "trump", "ny_rep_prim_2016", _NYH),
    F("candidacy", "hclinton", "us_pres_2016", [_GEN, _R7] + _DEB),
    F("candidacy", "trump", "us_pres_2016", [_GEN, _R7, "President-elect Donald Trump is declared as the winner in Michigan"] + _DEB),
    F("won", "trump", "us_pres_2016", _R7),
    F("lost", "hclinton", "us_pres_2016", _R7),
    F("party", "trump", "rep", [_R7, _MOR]),
    F("party", "hclinton", "dem", _R7),
    F("candidacy", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "hclinton", "mo_dem_prim_2016", _MO),
    F("won", "hclinton", "mo_dem_prim_2016", _MO),
    F("lost", "sanders", "mo_dem_prim_2016", _MO),
    F("candidacy", "trump", "mo_rep_prim_2016", _MOR),
    F("candidacy", "cruz", "mo_rep_prim_2016", _MOR),
    F("party", "cruz", "rep", _MOR),
]))

# ---------------------------------------------------------------- c_2016-12-11 (Gentiloni becomes Italian PM)
DOCS.append(("c_2016-12-11_paolo-gentiloni-becomes-the-new-prime-mi.txt", [
    F("holds_office", "gentiloni", "pm_it", "Paolo Gentiloni becomes the new Prime Minister of Italy"),
    F("holds_office", "gentiloni", "fm_it", "Foreign Minister Paolo Gentiloni said on Friday"),
    F("holds_office", "renzi", "pm_it", ["Prime Minister Matteo Renzi, who introduced the referendum bill, resigns",
                                         "Matteo Renzi will resign from his office as Prime Minister of Italy",
                                         "Prime Minister of Italy Matteo Renzi signs"], former=True),
    F("holds_office", "berlusconi", "pm_it", ["orders former Prime Minister Silvio Berlusconi to stand trial",
                                              "confirms that former Prime Minister Silvio Berlusconi will serve",
                                              "upholds the conviction of former Prime Minister Silvio Berlusconi",
                                              "Former Italian Prime Minister Silvio Berlusconi is convicted"], former=True),
    F("holds_office", "letta", "pm_it", "the swearing ceremony of the new Prime Minister Enrico Letta"),
    F("holds_office", "monti", "pm_it", "Italian Prime Minister Mario Monti says he will resign"),
]))

# ---------------------------------------------------------------- c_2016-12-12 (Romanian legislative election)
_PON = "Romanian Prime Minister Victor Ponta, from the rulling PSD"
_IOH = "with Klaus Iohannis scoring an upset victory over current Prime Minister Victor Ponta"
DOCS.append(("c_2016-12-12_romanian-legislative-election-2016-being.txt", [
    F("holds_office", "ponta", "pm_ro", ["by the resignation of Prime Minister Victor Ponta amid the Colectiv nightclub fire tragedy",
                                         "Romanian Prime Minister Victor Ponta and his government resigns", _PON,
                                         "Romanian Prime Minister Victor Ponta declares three days", "The Prime Minister of Romania Victor Ponta is charged",
                                         "investigating the Prime Minister Victor Ponta"], former=True),
    F("party", "ponta", "psd_ro", _PON),
    F("candidacy", "ponta", "ro_pres_2014_r1", _PON),
    F("candidacy", "iohannis", "ro_pres_2014_r1", _PON),
    F("candidacy", "ponta", "ro_pres_2014", [_PON, _IOH]),
    F("candidacy", "iohannis", "ro_pres_2014", [_PON, _IOH]),
    F("won", "iohannis", "ro_pres_2014", _IOH),
    F("lost", "ponta", "ro_pres_2014", _IOH),
    F("party", "iohannis", "acl", _PON),
    F("holds_office", "iohannis", "mayor_sibiu", _PON),
    F("holds_office", "iohannis", "pres_ro", "Romanian President Klaus Iohannis designates"),
    F("party", "grindeanu", "psd_ro", ["designates social-democrat Sorin Grindeanu", "led by former PSD Prime Minister Sorin Grindeanu"]),
    F("holds_office", "grindeanu", "pm_ro", ["designates social-democrat Sorin Grindeanu", "led by former PSD Prime Minister Sorin Grindeanu"], former=True),
]))

# ---------------------------------------------------------------- c_2018-03-06 (Brazil, MDA poll on Lula)
_MDA = "According to a MDA poll commissioned by the CNT national transport lobby"
_PT = "insists that former president Luiz Inacio Lula da Silva will be their candidate"
DOCS.append(("c_2018-03-06_according-to-a-mda-poll-commissioned-by-.txt", [
    F("poll", "lula", "br_pres_2018_r2", _MDA, pollster="MDA"),
    F("candidacy", "lula", "br_pres_2018", _PT),
    F("party", "lula", "pt_br", _PT),
    F("holds_office", "lula", "pres_br", [_PT, "against former President of Brazil Luiz Inacio Lula da Silva",
                                          "charges against former President Luiz Inacio Lula da Silva", "Former President of Brazil Lula da Silva will stand trial"], former=True),
    F("holds_office", "temer", "pres_br", "including current President Michel Temer and his predecessors Dilma and Lula"),
    F("holds_office", "dilma", "pres_br", "including current President Michel Temer and his predecessors Dilma and Lula", former=True),
]))


if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "r2.jsonl")
    print("wrote", len(lines), "facts")
