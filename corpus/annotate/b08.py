# ruff: noqa: E501
"""Corpus annotation, batch b08 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # from /work/shared/data/reference/congress-legislators (current, 2017, executive) + dev gold
    "Barack Obama": "Q76", "Donald Trump": "Q22686", "Joe Biden": "Q6279", "Mike Pence": "Q24313",
    "George W. Bush": "Q207", "Hillary Clinton": "Q6294", "John McCain": "Q10390", "Vladimir Putin": "Q7747",
    "Darrell Issa": "Q1166592", "Tom Cotton": "Q3090307", "Thom Tillis": "Q7786750", "Jeanne Shaheen": "Q270316",
    "Bill Cassidy": "Q861999", "Debbie Wasserman Schultz": "Q50104", "Martha McSally": "Q6774492",
    "Elise Stefanik": "Q18211057", "Rick Scott": "Q439729", "Ted Cruz": "Q2036942", "Paul Ryan": "Q203966",
    "Mitch McConnell": "Q355522", "Marco Rubio": "Q324546", "Bernie Sanders": "Q359442", "Marcia Fudge": "Q461746",
    "Chuck Schumer": "Q380900", "Nancy Pelosi": "Q170581", "Maxine Waters": "Q461727", "Kevin McCarthy": "Q766866",
    "Adam Schiff": "Q350843", "Dianne Feinstein": "Q230733", "Charlie Crist": "Q374693",
    "Bill Clinton": "Q1124", "Ronald Reagan": "Q9960",
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD", "People's Party for Freedom and Democracy"])
R.party("pvda", "Labour Party (Netherlands)", ["Labour Party", "PvdA"])
R.party("fpo", "Freedom Party of Austria", ["Freedom Party", "FPO", "FPÖ", "Freedom Party of Austria"])
R.party("greens_at", "The Greens – The Green Alternative", ["The Greens", "Green Party", "Greens", "Green"])
R.party("disy", "Democratic Rally", ["Democratic Rally", "DISY"])
R.party("akel", "Progressive Party of Working People", ["AKEL"])
R.party("ap_no", "Labour Party (Norway)", ["Labour Party", "Norway's Labour Party"])
R.party("fi", "Forza Italia", ["Forza Italia"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("speaker", "Speaker of the U.S. House of Representatives", ["House Speaker", "speaker"], generic=["Speaker", "House Speaker", "Speaker of the House"])
O("house_min_leader", "Minority Leader of the United States House of Representatives", generic=["House Minority Leader", "Minority Leader"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("sen_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("ag_us", "United States Attorney General", generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("dep_ag_us", "United States Deputy Attorney General", generic=["Deputy Attorney General", "U.S. Deputy Attorney General"])
O("wh_cos", "White House Chief of Staff", generic=["Chief of Staff"])
O("wh_press", "White House Press Secretary", ["White House press secretary"], generic=["Press Secretary"])
O("wh_counselor", "Counselor to the President", ["White House counselor"], generic=["White House Counselor"])
O("wh_staff_sec", "White House Staff Secretary", generic=["Staff Secretary"])
O("nsa_us", "United States National Security Advisor", ["national security adviser"], generic=["National Security Advisor", "National Security Adviser"])
O("oversight_chair", "Chairman of the House Committee on Oversight and Government Reform", generic=["Chairman of the House Oversight Committee", "House Oversight Committee Chairman"])
O("hfsc_rm", "Ranking Member of the House Financial Services Committee", generic=["Ranking Member of the House Financial Services Committee", "top Democrat on the House Financial Services Committee"])
O("sjc_rm", "Ranking Member of the Senate Judiciary Committee", generic=["ranking member on the Senate Judiciary Committee", "Senate Judiciary Committee ranking member"])
O("dnc_chair", "Chair of the Democratic National Committee", ["Democratic National Committee Chairwoman", "DNC Chair", "Democratic Chair"], generic=["DNC chair", "DNC Chairwoman", "Chairwoman of the Democratic National Committee"])
O("dnc_vice_chair", "Vice Chair of the Democratic National Committee", ["DNC Vice Chair"], generic=["DNC Vice Chair"])
O("conv_chair", "Chair of the Democratic National Convention", ["convention chair"], generic=["Democratic National Convention chair"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of State"])
O("sec_dhs", cabinet_secretary("Homeland Security", "Homeland Security"))
O("sec_treasury", cabinet_secretary("the Treasury", "Treasury"))
O("amb_eu", "United States Ambassador to the European Union", ["European Union Ambassador", "United States ambassador to the European Union"], generic=["Ambassador to the European Union", "U.S. Ambassador to the European Union", "EU Ambassador"])
O("amb_ua", "United States Ambassador to Ukraine", ["Ukraine Ambassador", "U.S. Ambassador"], generic=["Ambassador to Ukraine", "U.S. Ambassador to Ukraine"])
O("envoy_ua", "United States Special Representative for Ukraine Negotiations", ["special envoy to Ukraine"], generic=["Special Envoy to Ukraine", "U.S. Special Envoy to Ukraine"])
O("mayor_nyc", mayor("New York City"), ["New York City mayor", "ex-New York City mayor"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor", "Massachusetts Gov.r"])
O("gov_ak", governor("Alaska"), ["Alaska Governor", "governor of Alaska"])
O("gov_fl", governor("Florida"), ["Florida GOP Gov.", "Florida Republican governor"])
O("gov_pa", governor("Pennsylvania"))
O("gov_hi", governor("Hawaii"))
O("gov_mi", governor("Michigan"))
O("gov_ga", governor("Georgia"))
O("gov_wi", governor("Wisconsin"))
O("gov_ks", governor("Kansas"))
O("gov_ct", governor("Connecticut"))
O("gov_il", governor("Illinois"))
O("gov_me", governor("Maine"))
O("gov_oh", governor("Ohio"))
O("gov_va", governor("Virginia"))
O("sen_ar", senator("Arkansas"))
O("sen_nc", senator("North Carolina"))
O("sen_nh", senator("New Hampshire"))
O("sen_la", senator("Louisiana"))
O("sen_az", senator("Arizona"))
O("sen_tx", senator("Texas"))
O("sen_fl", senator("Florida"))
O("sen_vt", senator("Vermont"), ["Vermont senator"])
O("sen_al", senator("Alabama"))
O("sen_ny", senator("New York"))
O("sen_ca", senator("California"))
O("rep_ca49", representative("California", 49))
O("rep_az8", representative("Arizona", 8))
O("rep_ar4", representative("Arkansas", 4))
O("rep_la6", representative("Louisiana", 6))
O("rep_az2", representative("Arizona", 2))
O("rep_ny21", representative("New York", 21))
O("rep_fl23", representative("Florida", 23), ["Florida congresswoman"])
O("rep_oh11", representative("Ohio", 11))
O("rep_oh8", representative("Ohio", 8))
O("rep_il10", representative("Illinois", 10))
O("rep_ca43", representative("California", 43))
O("rep_ca28", representative("California", 28))
O("la_house", "Member of the Louisiana House of Representatives", ["state Representative"], generic=["State Representative", "Louisiana state Representative"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"))
O("pres_cn", head("President", "China", "Chinese"))
O("pres_ru", head("President", "Russia", "Russian"))
O("pres_pl", head("President", "Poland", "Polish"))
O("pres_at", head("President", "Austria", "Austrian"))
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"), ["Prime Minister of the Netherlands", "Netherlands Prime Minister"])
O("pres_nl_house", "President of the House of Representatives of the Netherlands", generic=["President of the House of Representatives", "Speaker of the House of Representatives of the Netherlands"])
O("queen_nl", "Monarch of the Netherlands", ["Queen Beatrix of the Netherlands"], generic=["Queen of the Netherlands", "Queen"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"), ["U.K. Prime Minister"], generic=["UK Prime Minister"])
O("mayor_london", mayor("London"), ["Mayor of London"])
O("pm_mk", head("Prime Minister", "Macedonia", "Macedonian"), ["Macedonian Prime Minister"])
O("un_mepp", "United Nations Special Coordinator for the Middle East Peace Process", generic=["Special Coordinator for the Middle East Peace Process", "UN Special Coordinator for the Middle East Peace Process"])
O("ap_deputy", "Deputy Leader of the Labour Party (Norway)", ["deputy leader of Norway's Labour Party"], generic=["Deputy Leader of the Labour Party", "deputy leader"])
O("lord_mayor_mel", "Lord Mayor of Melbourne", generic=["Lord Mayor", "Melbourne Lord Mayor"])
O("pres_ep", "President of the European Parliament", generic=["European Parliament President"])

# ---------------------------------------------------------------- elections
E = R.election
US = "ocd-division/country:us"
E("us_pres_1980", "1980 United States presidential election", US, "1980-11-04", "general", office="pres_us")
E("us_pres_1984", "1984 United States presidential election", US, "1984-11-06", "general", office="pres_us")
E("us_pres_1988", "1988 United States presidential election", US, "1988-11-08", "general", office="pres_us")
E("us_pres_1996", "1996 United States presidential election", US, "1996-11-05", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", US, "2000-11-07", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", US, "2008-11-04", "general", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", US, "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", US, "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", US, "2020-11-03", "general", office="pres_us")
E("us_rep_prim_1976", "1976 Republican Party presidential primaries", US, "1976", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", US, "2008", "primary", office="pres_us")
E("fl_rep_prim_2016", "2016 Florida Republican presidential primary", US + "/state:fl", "2016-03-15", "primary", office="pres_us")
E("oh_rep_prim_2016", "2016 Ohio Republican presidential primary", US + "/state:oh", "2016-03-15", "primary", office="pres_us")
E("ny_dem_prim_2016", "2016 New York Democratic presidential primary", US + "/state:ny", "2016-04-19", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", US + "/state:ny", "2016-04-19", "primary", office="pres_us")
E("ar_sen_2014", "2014 United States Senate election in Arkansas", US + "/state:ar", "2014-11-04", "general", office="sen_ar")
E("nc_sen_2014", "2014 United States Senate election in North Carolina", US + "/state:nc", "2014-11-04", "general", office="sen_nc")
E("nh_sen_2014", "2014 United States Senate election in New Hampshire", US + "/state:nh", "2014-11-04", "general", office="sen_nh")
E("la_sen_2014", "2014 United States Senate election in Louisiana", US + "/state:la", "2014-11-04", "general", office="sen_la")
E("la_sen_2014_runoff", "2014 United States Senate election in Louisiana (runoff)", US + "/state:la", "2014-12-06", "runoff", office="sen_la")
E("fl_sen_2010", "2010 United States Senate election in Florida", US + "/state:fl", "2010-11-02", "general", office="sen_fl")
E("nv_sen_2010", "2010 United States Senate election in Nevada", US + "/state:nv", "2010-11-02", "general", office=senator("Nevada")[0])
E("in_sen_2016", "2016 United States Senate election in Indiana", US + "/state:in", "2016-11-08", "general", office=senator("Indiana")[0])
E("az2_2012", "2012 Arizona's 2nd congressional district election", US + "/state:az/cd:2", "2012-11-06", "general")
E("az2_2014", "2014 Arizona's 2nd congressional district election", US + "/state:az/cd:2", "2014-11-04", "general")
E("ny21_2014", "2014 New York's 21st congressional district election", US + "/state:ny/cd:21", "2014-11-04", "general")
E("il10_2016", "2016 Illinois's 10th congressional district election", US + "/state:il/cd:10", "2016-11-08", "general")
E("fl23_2016", "2016 Florida's 23rd congressional district election", US + "/state:fl/cd:23", "2016-11-08", "general")
for st, name in [("fl", "Florida"), ("pa", "Pennsylvania"), ("mi", "Michigan"), ("ga", "Georgia"), ("ak", "Alaska"),
                 ("wi", "Wisconsin"), ("ks", "Kansas"), ("ct", "Connecticut"), ("il", "Illinois"), ("me", "Maine")]:
    E("%s_gov_2014" % st, "2014 %s gubernatorial election" % name, US + "/state:" + st, "2014-11-04", "general", office="gov_" + st)
E("hi_gov_dem_prim_2014", "2014 Hawaii gubernatorial Democratic primary", US + "/state:hi", "2014-08-09", "primary", office="gov_hi")
E("fl_gov_2018", "2018 Florida gubernatorial election", US + "/state:fl", "2018-11-06", "general", office="gov_fl")
E("la_gov_2015", "2015 Louisiana gubernatorial election (first round)", US + "/state:la", "2015-10-24", "general", office=governor("Louisiana")[0])
E("la_gov_2015_runoff", "2015 Louisiana gubernatorial election (runoff)", US + "/state:la", "2015-11-21", "runoff", office=governor("Louisiana")[0])
E("lax_mayor_2013", "2013 Los Angeles mayoral election (first round)", US + "/state:ca/place:los_angeles", "2013-03-05", "general")
E("lax_mayor_2013_runoff", "2013 Los Angeles mayoral election (runoff)", US + "/state:ca/place:los_angeles", "2013-05-21", "runoff")
E("at_pres_2016_r1", "2016 Austrian presidential election (first round)", "ocd-division/country:at", "2016-04-24", "general", office="pres_at")
# the May runoff and its December repeat are one contest for the scorer (same division, year, stage, office)
E("at_pres_2016", "2016 Austrian presidential election (second round)", "ocd-division/country:at", "2016-05-22", "runoff", office="pres_at")
E("cy_pres_2013_r1", "2013 Cypriot presidential election (first round)", "ocd-division/country:cy", "2013-02-17", "general", office=head("President", "Cyprus", "Cypriot")[0])
E("cy_pres_2013", "2013 Cypriot presidential election (second round)", "ocd-division/country:cy", "2013-02-24", "runoff", office=head("President", "Cyprus", "Cypriot")[0])
E("it_2018", "2018 Italian general election", "ocd-division/country:it", "2018-03-04", "general")
E("nl_house_pres_2012", "2012 election of the President of the House of Representatives of the Netherlands", "ocd-division/country:nl", "2012", "general", office="pres_nl_house")

# ---------------------------------------------------------------- people
P = R.person
P("boehner", "John Boehner", ["Boehner"])
P("holder", "Eric Holder", ["Holder"])
P("cole", "James Cole", [])
P("obama", "Barack Obama", ["Obama", "President Obama", "Barack Obama"])
P("issa", "Darrell Issa", ["Issa"])
P("lew", "Jack Lew", [])
P("romney", "Mitt Romney", ["Romney"])
P("giffords", "Gabrielle Giffords", ["Giffords"])
P("earnest", "Josh Earnest", ["Earnest"])
P("cotton", "Tom Cotton", [])
P("pryor", "Mark Pryor", [])
P("trippi", "Joe Trippi", [])
P("rove", "Karl Rove", ["Rove"])
P("tillis", "Thom Tillis", [])
P("hagan", "Kay Hagan", [])
P("sbrown", "Scott Brown", [])
P("shaheen", "Jeanne Shaheen", [])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [])
P("biden", "Joe Biden", ["Biden", "Vice President Biden"])
P("dws", "Debbie Wasserman Schultz", ["Wasserman Schultz", "Debbie"])
P("mcsally", "Martha McSally", ["McSally"])
P("barber", "Ron Barber", ["Barber"])
P("stefanik", "Elise Stefanik", ["Stefanik"])
P("woolf", "Aaron Woolf", [])
P("funiciello", "Matt Funiciello", [])
P("owens", "Bill Owens", [])
P("abercrombie", "Neil Abercrombie", [])
P("corbett", "Tom Corbett", [])
P("rscott", "Rick Scott", ["Scott"])
P("snyder", "Rick Snyder", [])
P("deal", "Nathan Deal", [])
P("parnell", "Sean Parnell", [])
P("walker", "Scott Walker", [])
P("brownback", "Sam Brownback", [])
P("malloy", "Dan Malloy", [])
P("quinn", "Pat Quinn", [])
P("lepage", "Paul LePage", [])
P("crist", "Charlie Crist", ["Crist"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump", "The Donald"])
P("cruz", "Ted Cruz", ["Cruz", "Texas Sen. Ted Cruz"])
P("ryan", "Paul Ryan", [])
P("reagan", "Ronald Reagan", ["Reagan"])
P("ford", "Gerald Ford", [])
P("carter", "Jimmy Carter", [])
P("mondale", "Walter Mondale", [])
P("bush41", "George H. W. Bush", ["George H.W. Bush"])
P("dukakis", "Michael Dukakis", [])
P("mccain", "John McCain", ["McCain", "Sen. John McCain"])
P("palin", "Sarah Palin", ["Palin"])
P("kristol", "Bill Kristol", [])
P("mcconnell", "Mitch McConnell", [])
P("jbush", "Jeb Bush", [])
P("kasich", "John Kasich", ["Kasich"])
P("rubio", "Marco Rubio", ["Rubio", "Marco"])
P("sanders", "Bernie Sanders", ["Sanders"])
P("clinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Clinton", "Mrs. Clinton", "Hillary"])
P("brazile", "Donna Brazile", [])
P("fudge", "Marcia Fudge", [])
P("mcauliffe", "Terry McAuliffe", [])
P("sessions", "Jeff Sessions", [])
P("dole", "Bob Dole", ["Dole"])
P("bclinton", "Bill Clinton", [])
P("autry", "Rob Autry", [])
P("kochel", "David Kochel", [])
P("sere", "Andy Sere", [])
P("cwilson", "Chris Wilson", [])
P("dold", "Bob Dold", ["Dold"])
P("bayh", "Evan Bayh", [])
P("reid", "Harry Reid", [])
P("angle", "Sharron Angle", [])
P("gwbush", "George W. Bush", ["George Bush", "Bush"])
P("schumer", "Chuck Schumer", ["Schumer", "Mr. Schumer"])
P("pelosi", "Nancy Pelosi", ["Pelosi", "Miss Pelosi"])
P("conway", "Kellyanne Conway", [])
P("spicer", "Sean Spicer", [])
P("giuliani", "Rudy Giuliani", ["Giuliani"])
P("waters", "Maxine Waters", ["Waters"])
P("nielsen", "Kirstjen Nielsen", [])
P("mccarthy", "Kevin McCarthy", ["McCarthy"])
P("mnuchin", "Steven Mnuchin", ["Stephen Mnuchin"])
P("gillum", "Andrew Gillum", ["Gillum"])
P("volz", "Neil Volz", ["Volz"])
P("pompeo", "Mike Pompeo", ["Pompeo", "Secretary Pompeo"])
P("zelensky", "Volodymyr Zelensky", ["Volodymyr Zelenskiy", "Zelensky", "Zelenskiy"])
P("yovanovitch", "Marie Yovanovitch", ["Marie Yovanovich", "Yovanovitch", "Yovanovich"])
P("sondland", "Gordon Sondland", ["Sondland"])
P("schiff", "Adam Schiff", [])
P("feinstein", "Dianne Feinstein", [])
P("volker", "Kurt Volker", [])
P("pence", "Mike Pence", [])
P("bolton", "John Bolton", ["Bolton"])
P("xi", "Xi Jinping", [], qid="Q15031")
P("rutte", "Mark Rutte", [])
P("samsom", "Diederik Samsom", [])
P("miltenburg", "Anouchka van Miltenburg", [])
P("dejong", "Piet de Jong", [])
P("beatrix", "Beatrix of the Netherlands", ["Queen Beatrix"])
P("putin", "Vladimir Putin", ["Putin"])
P("mladenov", "Nickolay Mladenov", [])
P("bjohnson", "Boris Johnson", [])
P("cameron", "David Cameron", [])
P("dimitriev", "Emil Dimitriev", [])
P("duda", "Andrzej Duda", ["Duda"])
P("hofer", "Norbert Hofer", ["Hofer"])
P("vdb", "Alexander Van der Bellen", ["Van der Bellen"])
P("griss", "Irmgard Griss", [])
P("fischer", "Heinz Fischer", [])
P("vitter", "David Vitter", ["Vitter"])
P("jbedwards", "John Bel Edwards", ["Edwards"])
P("garcetti", "Eric Garcetti", [])
P("greuel", "Wendy Greuel", [])
P("anastasiades", "Nicos Anastasiades", [])
P("malas", "Stavros Malas", [])
P("giske", "Trond Giske", [])
P("porter", "Rob Porter", ["Porter"])
P("doyle", "Robert Doyle", [])
P("tajani", "Antonio Tajani", [])
P("berlusconi", "Silvio Berlusconi", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-07-01 (Boehner, Holder contempt)
DOCS.append(("a_2012-07-01_c0cpgEhvEXrSvxPN.txt", [
    F("holds_office", "boehner", "speaker", "GOP House Speaker John Boehner said Sunday"),
    F("party", "boehner", "rep", ["GOP House Speaker John Boehner said Sunday", "Boehner, R-Ohio, said the suit"]),
    F("holds_office", "boehner", "rep_oh8", ["GOP House Speaker John Boehner said Sunday", "Boehner, R-Ohio, said the suit"]),  # adjudicated (r1)
    F("holds_office", "holder", "ag_us", "put Attorney General Eric Holder in contempt of Congress"),
    F("holds_office", "cole", "dep_ag_us", "But Deputy Attorney General James Cole told Boehner"),
    F("holds_office", "obama", "pres_us", "President Obama has already asserted executive privilege"),
    F("party", "issa", "rep", "led by GOP Rep. Darrell Issa, chairman of the House Committee"),
    F("holds_office", "issa", "rep_ca49", "led by GOP Rep. Darrell Issa, chairman of the House Committee"),
    F("holds_office", "issa", "oversight_chair", "led by GOP Rep. Darrell Issa, chairman of the House Committee"),
    F("holds_office", "lew", "wh_cos", "White House Chief of Staff Jack Lew said on"),
]))

# ---------------------------------------------------------------- a_2012-07-23 (campaign pause after Aurora)
DOCS.append(("a_2012-07-23_xodAOG4swZd31rn8.txt", [
    F("candidacy", "obama", "us_pres_2012", "President Barack Obama, Republican rival Mitt Romney and their advisers"),
    F("holds_office", "obama", "pres_us", "President Barack Obama, Republican rival Mitt Romney and their advisers"),
    F("candidacy", "romney", "us_pres_2012", ["President Barack Obama, Republican rival Mitt Romney and their advisers",
                                              S("as the presumptive Republican presidential nominee")]),
    F("party", "romney", "rep", "President Barack Obama, Republican rival Mitt Romney and their advisers"),
    F("holds_office", "romney", "gov_ma", S("Romney told supporters he would tone down", through="avoided attacking Obama by name."), former=True),
    F("holds_office", "giffords", "rep_az8", "wounding of then-Rep. Gabrielle Giffords in Tucson", former=True),
]))

# ---------------------------------------------------------------- a_2014-11-04 (midterm election day preview)
_GOV = S("10 tossup races are a mix of seven Republicans", through="Maine Republican Paul LePage.")
_OTHERS = "The others are Michigan Republican Rick Snyder"
_CAS = "a likely runoff in Louisiana between Democratic Sen. Mary Landrieu and Republican challenger Rep. Bill Cassidy"
_BAR = "McSally again faces Democratic Rep. Ron Barber"
_NY21 = "She faces Democratic nominee and film producer Aaron Woolf"
DOCS.append(("a_2014-11-04_MHWnuWpWyuFCc94b.txt", [
    F("holds_office", "earnest", "wh_press", "White House Press Secretary Josh Earnest said."),
    F("holds_office", "obama", "pres_us", "including those that President Obama lost in 2012"),
    F("candidacy", "obama", "us_pres_2012", "including those that President Obama lost in 2012"),
    F("candidacy", "cotton", "ar_sen_2014", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("candidacy", "pryor", "ar_sen_2014", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("party", "cotton", "rep", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("party", "pryor", "dem", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("holds_office", "cotton", "rep_ar4", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("holds_office", "pryor", "sen_ar", "with GOP Rep. Tom Cotton expected by many analysts"),
    F("party", "trippi", "dem", "Democratic strategist and Fox News contributor Joe Trippi predicted"),
    F("party", "rove", "rep", "Republican strategist and Fox News contributor Karl Rove said Monday"),
    F("candidacy", "tillis", "nc_sen_2014", "where Republican challenger Thom Tillis has trailed Democratic Sen. Kay Hagan"),
    F("candidacy", "hagan", "nc_sen_2014", "where Republican challenger Thom Tillis has trailed Democratic Sen. Kay Hagan"),
    F("party", "tillis", "rep", "where Republican challenger Thom Tillis has trailed Democratic Sen. Kay Hagan"),
    F("party", "hagan", "dem", "where Republican challenger Thom Tillis has trailed Democratic Sen. Kay Hagan"),
    F("holds_office", "hagan", "sen_nc", "where Republican challenger Thom Tillis has trailed Democratic Sen. Kay Hagan"),
    F("candidacy", "sbrown", "nh_sen_2014", "where GOP challenger Scott Brown has closed the lead on Democratic Sen. Jeanne Shaheen"),
    F("candidacy", "shaheen", "nh_sen_2014", "where GOP challenger Scott Brown has closed the lead on Democratic Sen. Jeanne Shaheen"),
    F("party", "sbrown", "rep", "where GOP challenger Scott Brown has closed the lead on Democratic Sen. Jeanne Shaheen"),
    F("party", "shaheen", "dem", "where GOP challenger Scott Brown has closed the lead on Democratic Sen. Jeanne Shaheen"),
    F("holds_office", "shaheen", "sen_nh", "where GOP challenger Scott Brown has closed the lead on Democratic Sen. Jeanne Shaheen"),
    F("candidacy", "landrieu", "la_sen_2014", _CAS),
    F("candidacy", "cassidy", "la_sen_2014", _CAS),
    F("party", "landrieu", "dem", _CAS),
    F("party", "cassidy", "rep", _CAS),
    F("holds_office", "landrieu", "sen_la", _CAS),
    F("holds_office", "cassidy", "rep_la6", _CAS),
    F("holds_office", "biden", "vp_us", "Democrats, including Vice President Biden and Democratic National Committee Chairwoman"),
    F("party", "biden", "dem", "Democrats, including Vice President Biden and Democratic National Committee Chairwoman"),
    F("holds_office", "dws", "dnc_chair", "Democrats, including Vice President Biden and Democratic National Committee Chairwoman"),
    F("party", "dws", "dem", "Democrats, including Vice President Biden and Democratic National Committee Chairwoman"),
    F("candidacy", "mcsally", "az2_2014", ["In Arizona, Republican Martha McSally, the first female Air Force pilot", _BAR]),
    F("party", "mcsally", "rep", "In Arizona, Republican Martha McSally, the first female Air Force pilot"),
    F("candidacy", "stefanik", "ny21_2014", ["And in New York, 30-year-old Republican Elise Stefanik",
                                             "In New York, Stefanik, a former Bush White House aide"]),
    F("party", "stefanik", "rep", "And in New York, 30-year-old Republican Elise Stefanik"),
    F("holds_office", "giffords", "rep_az8", "for the seat once held by Democratic Rep. Gabrielle Giffords", former=True),
    F("party", "giffords", "dem", "for the seat once held by Democratic Rep. Gabrielle Giffords"),
    F("candidacy", "barber", "az2_2014", _BAR),
    F("party", "barber", "dem", _BAR),
    F("holds_office", "barber", "rep_az2", _BAR),
    F("candidacy", "barber", "az2_2012", _BAR),
    F("candidacy", "mcsally", "az2_2012", _BAR),
    F("won", "barber", "az2_2012", _BAR),
    F("lost", "mcsally", "az2_2012", _BAR),
    F("candidacy", "woolf", "ny21_2014", _NY21),
    F("candidacy", "funiciello", "ny21_2014", _NY21),
    F("party", "woolf", "dem", _NY21),
    F("party", "owens", "dem", _NY21),
    F("holds_office", "owens", "rep_ny21", _NY21),
    F("poll", "stefanik", "ny21_2014", ["holds an 18-point lead in the race", "In New York, Stefanik, a former Bush White House aide"],
      pollster="WWNY-7 News/Siena College"),
    F("candidacy", "romney", "us_pres_2012", "who also worked on the Romney 2012 campaign"),
    F("holds_office", "abercrombie", "gov_hi", "considering Hawaii Democratic Gov. Neil Abercrombie lost his primary race"),
    F("party", "abercrombie", "dem", "considering Hawaii Democratic Gov. Neil Abercrombie lost his primary race"),
    F("candidacy", "abercrombie", "hi_gov_dem_prim_2014", "considering Hawaii Democratic Gov. Neil Abercrombie lost his primary race"),
    F("lost", "abercrombie", "hi_gov_dem_prim_2014", "considering Hawaii Democratic Gov. Neil Abercrombie lost his primary race"),
    F("holds_office", "corbett", "gov_pa", "Pennsylvania Republican Gov. Tom Corbett is widely expected to lose"),
    F("party", "corbett", "rep", "Pennsylvania Republican Gov. Tom Corbett is widely expected to lose"),
    F("candidacy", "corbett", "pa_gov_2014", "Pennsylvania Republican Gov. Tom Corbett is widely expected to lose"),
    F("holds_office", "rscott", "gov_fl", "state leaders as Florida GOP Gov. Rick Scott"),
    F("party", "rscott", "rep", "state leaders as Florida GOP Gov. Rick Scott"),
    F("candidacy", "rscott", "fl_gov_2014", ["state leaders as Florida GOP Gov. Rick Scott",
                                             "Scott has steadily closed the lead of front-running Democratic challenger Charlie Crist"]),
    F("candidacy", "crist", "fl_gov_2014", "Scott has steadily closed the lead of front-running Democratic challenger Charlie Crist"),
    F("party", "crist", "dem", "Scott has steadily closed the lead of front-running Democratic challenger Charlie Crist"),
    F("party", "crist", "rep", "Crist is a former Florida Republican governor who has twice changed", former=True),
    F("holds_office", "crist", "gov_fl", "Crist is a former Florida Republican governor who has twice changed", former=True),
] + [x for k, st in [("snyder", "mi"), ("deal", "ga"), ("parnell", "ak"), ("walker", "wi"), ("brownback", "ks"),
                     ("malloy", "ct"), ("quinn", "il"), ("lepage", "me")]
     for x in [F("holds_office", k, "gov_" + st, _GOV), F("candidacy", k, st + "_gov_2014", _GOV),
               F("party", k, "dem" if k in ("malloy", "quinn") else "rep", _OTHERS)]]))

# ---------------------------------------------------------------- a_2016-01-25 (CNN opinion: GOP made Trump and Cruz)
_RP = S("If Jeb Bush and John Kasich feel as if they are being pushed out", through="of their party's own making.")
_R80 = S("In 1980, Reagan courted the Moral Majority", through="landslide 1984 victory against Walter Mondale.")
_R76 = "When Reagan first proved he was a serious force in the 1976 Republican primaries"
_M08 = "In 2008, Sen. John McCain, who had gained his fame as a maverick independent"
_B88 = S("While George H.W. Bush liked to think of himself as distinct from the rank-and-file, his 1988 campaign fully embraced the movement's central message by castigating Massachusetts Gov.r Michael Dukakis as a left-of-center Democrat for supporting the ACLU.", exact=True)
_LEAD = S("In the House of Representatives, Republican leaders were more than welcoming", through="John Boehner and Mitch McConnell welcomed")
DOCS.append(("a_2016-01-25_Hb6az4PLTmu0ZXYV.txt", [
    F("party", "trump", "rep", "complained that Donald Trump and Ted Cruz are hijacking the GOP"),
    F("party", "cruz", "rep", "complained that Donald Trump and Ted Cruz are hijacking the GOP"),
    F("candidacy", "trump", "us_rep_prim_2016", "At the heart of the Cruz and Trump campaign"),
    F("candidacy", "cruz", "us_rep_prim_2016", "At the heart of the Cruz and Trump campaign"),
    F("candidacy", "jbush", "us_rep_prim_2016", _RP),
    F("candidacy", "kasich", "us_rep_prim_2016", _RP),
    F("party", "jbush", "rep", _RP),
    F("party", "kasich", "rep", _RP),
    F("holds_office", "boehner", "speaker", S("John Boehner complained about the caucus when he stepped down", through="The new speaker, Paul Ryan"), former=True),
    F("holds_office", "ryan", "speaker", "The new speaker, Paul Ryan, has expressed similar concerns"),
    F("party", "boehner", "rep", _LEAD),
    F("party", "mcconnell", "rep", _LEAD),
    F("holds_office", "obama", "pres_us", "to the fight against President Barack Obama"),
    F("candidacy", "reagan", "us_rep_prim_1976", _R76),
    F("candidacy", "ford", "us_rep_prim_1976", _R76),
    F("lost", "reagan", "us_rep_prim_1976", _R76),
    F("won", "ford", "us_rep_prim_1976", _R76),
    F("party", "reagan", "rep", _R76),
    F("party", "ford", "rep", _R76),
    F("candidacy", "reagan", "us_pres_1980", "through which he defeated Jimmy Carter"),
    F("candidacy", "carter", "us_pres_1980", "through which he defeated Jimmy Carter"),
    F("won", "reagan", "us_pres_1980", "through which he defeated Jimmy Carter"),
    F("lost", "carter", "us_pres_1980", "through which he defeated Jimmy Carter"),
    F("candidacy", "reagan", "us_pres_1984", _R80),
    F("candidacy", "mondale", "us_pres_1984", _R80),
    F("won", "reagan", "us_pres_1984", _R80),
    F("lost", "mondale", "us_pres_1984", _R80),
    F("holds_office", "reagan", "pres_us", _R80, former=True),
    F("candidacy", "bush41", "us_pres_1988", _B88),
    F("candidacy", "dukakis", "us_pres_1988", _B88),
    F("party", "dukakis", "dem", _B88),
    F("holds_office", "dukakis", "gov_ma", _B88, former=True),
    F("candidacy", "mccain", "us_pres_2008", _M08),
    F("candidacy", "palin", "us_pres_2008", _M08),
    F("holds_office", "mccain", "sen_az", _M08),
    F("holds_office", "palin", "gov_ak", _M08, former=True),
    F("endorsement", "kristol", "palin", "Palin had the support of many"),
    F("party", "kristol", "rep", "Palin had the support of many"),
    F("endorsement", "palin", "trump", "Last week Palin endorsed Trump."),
]))

# ---------------------------------------------------------------- a_2016-03-11 (Rubio in Florida)
_FLA = "voting for them in Florida means you're voting for Donald Trump"
_CK = S("After a strong showing in Thursday's Republican debate in Miami", through="Ohio Gov. John Kasich.")
_OHIO = "the only way to stop Trump there is to vote for Kasich"
DOCS.append(("a_2016-03-11_BmsgYVyo6RIZQKL6.txt", [
    F("candidacy", "rubio", "us_rep_prim_2016", "Republican Presidential candidate Marco Rubio greets supporters"),
    F("party", "rubio", "rep", ["Republican Presidential candidate Marco Rubio greets supporters",
                                "Presidential candidate Marco Rubio Saturday warned fellow Republicans"]),
    F("candidacy", "trump", "us_rep_prim_2016", "suggested he may have to disavow the GOP frontrunner if Trump becomes the nominee"),
    F("party", "trump", "rep", "suggested he may have to disavow the GOP frontrunner if Trump becomes the nominee"),
    F("candidacy", "rubio", "fl_rep_prim_2016", [_CK, _FLA]),
    F("candidacy", "trump", "fl_rep_prim_2016", [_CK, _FLA]),
    F("candidacy", "cruz", "fl_rep_prim_2016", _FLA),
    F("candidacy", "kasich", "fl_rep_prim_2016", _FLA),
    F("candidacy", "kasich", "oh_rep_prim_2016", _OHIO),
    F("candidacy", "trump", "oh_rep_prim_2016", _OHIO),
    F("candidacy", "cruz", "us_rep_prim_2016", [_CK, "urging Rubio to drop out of the race to give Cruz"]),
    F("candidacy", "kasich", "us_rep_prim_2016", [_CK, _OHIO]),
    F("party", "cruz", "rep", _CK),
    F("party", "kasich", "rep", _CK),
    F("holds_office", "cruz", "sen_tx", "Rubio had this message for the Florida supporters of Texas Sen. Ted Cruz"),
    F("holds_office", "kasich", "gov_oh", "Rubio had this message for the Florida supporters of Texas Sen. Ted Cruz"),
    F("holds_office", "rubio", "sen_fl", "I voted to send Rubio to the Senate"),
    F("candidacy", "rubio", "fl_sen_2010", "I voted to send Rubio to the Senate"),
    F("won", "rubio", "fl_sen_2010", "I voted to send Rubio to the Senate"),
]))

# ---------------------------------------------------------------- a_2016-07-24 (Wasserman Schultz steps down)
_HL = S("Debbie Wasserman Schultz To Step Down As Democratic Chair After Convention")
_CAMP = "Clinton also announced that Wasserman Schultz will serve as honorary chair"
_VT = S("The emails, which were released by WikiLeaks", through="Jewish faith.")
_IND = "Sanders is a relative newcomer to the Democratic Party and the DNC"
_OPP = "the DNC was supporting Hillary Clinton, and was at opposition to our campaign"
DOCS.append(("a_2016-07-24_otiBnPcqHie3mPXk.txt", [
    F("holds_office", "dws", "dnc_chair", [_HL, "U.S. Rep. Debbie Wasserman Schultz announced Sunday she will step down as chair"]),
    F("party", "dws", "dem", _HL),
    F("holds_office", "dws", "rep_fl23", ["U.S. Rep. Debbie Wasserman Schultz announced Sunday she will step down as chair",
                                          "President Obama, who appointed Wasserman Schultz in 2011"]),
    F("holds_office", "obama", "pres_us", "President Obama, who appointed Wasserman Schultz in 2011"),
    F("candidacy", "dws", "fl23_2016", _CAMP),
    F("endorsement", "clinton", "dws", _CAMP),
    F("endorsement", "dws", "clinton", _CAMP),
    F("candidacy", "clinton", "us_pres_2016", _CAMP),
    F("holds_office", "brazile", "dnc_vice_chair", L("DNC Vice Chair Donna Brazile will serve as Interim Chair")),
    F("holds_office", "dws", "conv_chair", "Wasserman Schultz was replaced as chair of the Democratic National Convention", former=True),
    F("holds_office", "fudge", "conv_chair", "Ohio Rep. Marcia Fudge was named the new convention chair."),
    F("holds_office", "fudge", "rep_oh11", "Ohio Rep. Marcia Fudge was named the new convention chair."),
    F("holds_office", "sanders", "sen_vt", [_VT, _IND]),
    F("candidacy", "sanders", "us_dem_prim_2016", [_OPP, _VT]),
    F("candidacy", "clinton", "us_dem_prim_2016", _OPP),
    F("candidacy", "clinton", "us_dem_prim_2008", S("Clinton has had a long-standing relationship with the DNC", through="2008 bid for president.")),
    F("holds_office", "mcauliffe", "dnc_chair", "Former DNC Chair and Virginia Gov. Terry McAuliffe", former=True),
    F("holds_office", "mcauliffe", "gov_va", "Former DNC Chair and Virginia Gov. Terry McAuliffe"),
    F("party", "mcauliffe", "dem", "Former DNC Chair and Virginia Gov. Terry McAuliffe"),
    F("endorsement", "mcauliffe", "clinton", "Former DNC Chair and Virginia Gov. Terry McAuliffe"),
    F("candidacy", "trump", "us_pres_2016", ["Donald Trump must be defeated", "Donald Trump campaign manager Paul Manafort"]),
    F("endorsement", "sanders", "clinton", "But Sanders maintained that his support for Clinton is strong"),
]))

# ---------------------------------------------------------------- a_2016-08-06 (Clinton immigration plan)
DOCS.append(("a_2016-08-06_hzaiWioyWY6ZtmQd.txt", [
    F("candidacy", "clinton", "us_pres_2016", ["Hillary Clinton announced perhaps her most ambitious plan yet",
                                               S("Clinton, speaking before a National Associations", through="The Democratic presidential nominee also urged")]),
    F("party", "clinton", "dem", S("Clinton, speaking before a National Associations", through="The Democratic presidential nominee also urged")),
    F("candidacy", "trump", "us_pres_2016", ["In turn, Republican nominee Donald Trump", S("Trump, in the wake of several deadly attacks", through="The Republican presidential nominee has since")]),
    F("party", "trump", "rep", ["In turn, Republican nominee Donald Trump", S("Trump, in the wake of several deadly attacks", through="The Republican presidential nominee has since")]),
    F("holds_office", "obama", "pres_us", "she would follow President Obama"),
    F("holds_office", "sessions", "sen_al", "who as a staffer from Alabama GOP Sen. Jeff Sessions"),
    F("party", "sessions", "rep", "who as a staffer from Alabama GOP Sen. Jeff Sessions"),
]))

# ---------------------------------------------------------------- a_2016-08-20 (Republicans distance from Trump)
_DOLD = "GOP Rep. Bob Dold, who faces the hurdle of running for reelection"
_NOM = S("One recent Dold internal survey found", through="distinguish himself from the Republican nominee")
_96 = "resigned to Bob Dole"
DOCS.append(("a_2016-08-20_JdDvROrOw56g2WLt.txt", [
    F("candidacy", "trump", "us_pres_2016", ["are accelerating their plans to distance themselves from Donald Trump", _NOM]),
    F("party", "trump", "rep", _NOM),
    F("candidacy", "clinton", "us_pres_2016", ["told a group of donors on a conference call that a Clinton win is likely",
                                               "In positioning themselves as brake-pedals to Clinton"]),
    F("candidacy", "dole", "us_pres_1996", _96),
    F("lost", "dole", "us_pres_1996", _96),
    F("candidacy", "bclinton", "us_pres_1996", _96),
    F("won", "bclinton", "us_pres_1996", _96),
    F("holds_office", "bclinton", "pres_us", _96, former=True),
    F("party", "dole", "rep", "shifted focus from electing Dole to protecting the GOP congressional majorities"),
    F("party", "autry", "rep", "said Rob Autry, a Republican pollster"),
    F("party", "kochel", "rep", "David Kochel, a veteran GOP strategist"),
    F("party", "sere", "rep", "said Andy Sere, a Republican ad maker"),
    F("party", "cwilson", "rep", "Chris Wilson, a prominent GOP pollster"),
    F("party", "dold", "rep", [S(_DOLD, 0), S(_DOLD, 1)]),
    F("holds_office", "dold", "rep_il10", [S(_DOLD, 0), S(_DOLD, 1)]),
    F("candidacy", "dold", "il10_2016", [S(_DOLD, 0), S(_DOLD, 1)]),
    F("holds_office", "ryan", "speaker", "Earlier this month, House Speaker Paul Ryan sent out a fundraising appeal"),
    F("party", "bayh", "dem", "casting Indiana Democrat Evan Bayh as a rubber stamp"),
    F("candidacy", "bayh", "in_sen_2016", "casting Indiana Democrat Evan Bayh as a rubber stamp"),
]))

# ---------------------------------------------------------------- a_2016-11-05 (Ralston: Trump doomed in Nevada)
_REID = "2010 Senate campaign, the polls utterly whiffed"
DOCS.append(("a_2016-11-05_LljvcogCS6cRuBGD.txt", [
    F("candidacy", "trump", "us_pres_2016", S("And now that Nevada early voting has come to a close", through="to win Nevada at this point.")),
    F("party", "trump", "rep", S("And now that Nevada early voting has come to a close", through="to win Nevada at this point.")),
    F("candidacy", "clinton", "us_pres_2016", "generally been considered part of Hillary Clinton"),
    F("candidacy", "obama", "us_pres_2008", "polls underestimated Barack Obama"),
    F("candidacy", "obama", "us_pres_2012", ["polls underestimated Barack Obama", "when Obama won the state by 6.5 points",
                                             "In 2012, Obama beat Mitt Romney statewide"]),
    F("candidacy", "romney", "us_pres_2012", "In 2012, Obama beat Mitt Romney statewide"),
    F("candidacy", "reid", "nv_sen_2010", _REID),
    F("candidacy", "angle", "nv_sen_2010", _REID),
    F("won", "reid", "nv_sen_2010", _REID),
    F("lost", "angle", "nv_sen_2010", _REID),
]))

# ---------------------------------------------------------------- a_2016-11-22 (CNN/ORC poll on president-elect)
_UPSET = "since upsetting Democratic presidential nominee Hillary Clinton two weeks ago"
_PRES = "had that much confidence in Barack Obama, George W. Bush, Bill Clinton or Ronald Reagan ahead of their first inaugurations"
DOCS.append(("a_2016-11-22_RnDxJ3jJmg27SPwG.txt", [
    F("candidacy", "trump", "us_pres_2016", ["most Americans say President-elect Donald Trump", _UPSET]),
    F("won", "trump", "us_pres_2016", ["most Americans say President-elect Donald Trump", _UPSET]),
    F("candidacy", "clinton", "us_pres_2016", _UPSET),
    F("lost", "clinton", "us_pres_2016", _UPSET),
    F("party", "clinton", "dem", _UPSET),
    F("party", "trump", "rep", "where Trump had stronger appeal than most Republicans"),
    F("holds_office", "obama", "pres_us", _PRES),
    F("holds_office", "gwbush", "pres_us", [_PRES, "four years in to George W. Bush"], former=True),
    F("holds_office", "bclinton", "pres_us", _PRES, former=True),
    F("holds_office", "reagan", "pres_us", _PRES, former=True),
]))

# ---------------------------------------------------------------- a_2018-01-15 (Pruden opinion on Democrats)
DOCS.append(("a_2018-01-15_VoiYCdSUBlkI6z1z.txt", [
    F("party", "schumer", "dem", "Chuck Schumer, Nancy Pelosi and their Democratic followers"),
    F("party", "pelosi", "dem", "Chuck Schumer, Nancy Pelosi and their Democratic followers"),
    F("holds_office", "trump", "pres_us", "The resistance has not stopped the Trump administration"),
    F("party", "obama", "dem", "Barack Obama and the Democrats of his day"),
    F("candidacy", "clinton", "us_pres_2016", "who did a little dreaming of their own about Hillary Clinton"),
]))

# ---------------------------------------------------------------- a_2018-05-01 (McCain memoir)
_STD = "In 2008, as the Republican standard-bearer, McCain"
_OEL = "eventually gave rise to an anger on the right"
DOCS.append(("a_2018-05-01_x5HT4QWsvLvCGLkC.txt", [
    F("holds_office", "mccain", "sen_az", "Arizona Sen. John McCain, who is dealing with the effects"),
    F("holds_office", "trump", "pres_us", "obliquely criticizes President Trump"),
    F("candidacy", "mccain", "us_pres_2008", [_STD, S("Arizona Sen. John McCain, who is dealing with the effects", through="former presidential candidate")]),
    F("party", "mccain", "rep", _STD),
    F("lost", "mccain", "us_pres_2008", [_STD, _OEL]),
    F("candidacy", "obama", "us_pres_2008", ["The left responded to that moment by nominating Barack Obama.", _OEL]),
    F("won", "obama", "us_pres_2008", _OEL),
    F("candidacy", "palin", "us_pres_2008", "vice presidential running mate raised Palin"),
    F("holds_office", "gwbush", "pres_us", "Anger toward President George W. Bush", former=True),
    F("holds_office", "conway", "wh_counselor", "White House counselor Kellyanne Conway coined"),
    F("holds_office", "spicer", "wh_press", "Sean Spicer, the White House press secretary who", former=True),
]))

# ---------------------------------------------------------------- a_2018-05-05 (Stormy Daniels payment)
DOCS.append(("a_2018-05-05_ynTlAkFPnEihW3Lp.txt", [
    F("holds_office", "trump", "pres_us", "President Trump knew about the six-figure payment"),
    F("holds_office", "giuliani", "mayor_nyc", ["former New York City mayor Rudy Giuliani", "the ex-New York City mayor needs"], former=True),
]))

# ---------------------------------------------------------------- a_2018-06-25 (Maxine Waters)
_SCH = "Senate Minority Leader Chuck Schumer, D-N.Y., weighed in"
DOCS.append(("a_2018-06-25_PVJUX21SHVYCTwzD.txt", [
    F("party", "waters", "dem", ["Rep. Maxine Waters, D-Calif, told supporters", "and the top Democrat on the House Financial Services Committee"]),
    F("holds_office", "waters", "rep_ca43", "Rep. Maxine Waters, D-Calif, told supporters"),
    F("holds_office", "waters", "hfsc_rm", "and the top Democrat on the House Financial Services Committee"),
    F("holds_office", "trump", "pres_us", "Her remarks drew a response from President Trump"),
    F("holds_office", "nielsen", "sec_dhs", "Homeland Security Secretary Kirstjen Nielsen"),
    F("holds_office", "pelosi", "house_min_leader", "Minority Leader Nancy Pelosi, D-Calif., tweeted"),
    F("party", "pelosi", "dem", "Minority Leader Nancy Pelosi, D-Calif., tweeted"),
    F("holds_office", "mccarthy", "house_maj_leader", "Majority Leader Kevin McCarthy, R-Calif., called on Waters"),
    F("party", "mccarthy", "rep", "Majority Leader Kevin McCarthy, R-Calif., called on Waters"),
    F("holds_office", "schumer", "sen_min_leader", _SCH),
    F("holds_office", "schumer", "sen_ny", _SCH),
    F("party", "schumer", "dem", _SCH),
    F("holds_office", "mnuchin", "sec_treasury", "verbal combat with Treasury Secretary Stephen Mnuchin"),
]))

# ---------------------------------------------------------------- a_2018-11-09 (Florida Amendment 4)
_GIL = S("The excitement was palpable too at the campaign headquarters of Andrew Gillum", through="concede defeat to his Republican opponent")
DOCS.append(("a_2018-11-09_c2k1897uwpaJJxGS.txt", [
    F("candidacy", "gillum", "fl_gov_2018", [L("Tears as Andrew Gillum fails in bid to become"), _GIL]),
    F("lost", "gillum", "fl_gov_2018", [L("Tears as Andrew Gillum fails in bid to become"), _GIL]),
    F("party", "gillum", "dem", _GIL),
    F("party", "volz", "rep", "A former registered Republican himself, Volz said", former=True),
    F("candidacy", "gwbush", "us_pres_2000", "bolstered the vote totals for George Bush"),
    F("won", "gwbush", "us_pres_2000", "bolstered the vote totals for George Bush"),
]))

# ---------------------------------------------------------------- a_2020-01-24 (Pompeo and NPR)
DOCS.append(("a_2020-01-24_gUOPoGBdnjHdN8tV.txt", [
    F("holds_office", "pompeo", "sec_state", "Secretary of State Mike Pompeo used the"),
    F("holds_office", "trump", "pres_us", ["in its quest to hurt President Trump", "impeachment proceedings against President Donald Trump"]),
    F("holds_office", "zelensky", "pres_ua", "for a meeting with that country's president, Volodymyr Zelensky"),
    F("candidacy", "trump", "us_pres_2020", "that would have helped his re-election campaign"),
    F("holds_office", "yovanovitch", "amb_ua", "Trump ousted former U.S. Ambassador Marie Yovanovitch", former=True),
]))

# ---------------------------------------------------------------- a_2020-02-07 (Vindman, Sondland removed)
_SON = "Sondland, a Trump campaign donor who has served as United States ambassador to the European Union"
DOCS.append(("a_2020-02-07_LXJ4YPltUMvyvcDg.txt", [
    F("holds_office", "trump", "pres_us", "President Trump, who has expressed anger about officials"),
    F("holds_office", "sondland", "amb_eu", ["Trump recalled European Union Ambassador Gordon Sondland", _SON], former=True),
    F("funding", "sondland", "trump", _SON),
    F("holds_office", "schiff", "rep_ca28", "Rep. Adam Schiff, who led the House impeachment inquiry"),
    F("holds_office", "feinstein", "sen_ca", "Sen. Dianne Feinstein, the ranking member on the Senate Judiciary Committee"),
    F("holds_office", "feinstein", "sjc_rm", "Sen. Dianne Feinstein, the ranking member on the Senate Judiciary Committee"),
    F("holds_office", "pompeo", "sec_state", "to Secretary Pompeo for his consistent support"),
    F("holds_office", "zelensky", "pres_ua", "phone call to Ukrainian President Volodymyr Zelenskiy"),
    F("holds_office", "yovanovitch", "amb_ua", "Former Ukraine Ambassador Marie Yovanovich has retired", former=True),
    F("holds_office", "volker", "envoy_ua", "Kurt Volker, the special envoy to Ukraine, resigned", former=True),
    F("holds_office", "pence", "vp_us", "assigned to Vice President Mike Pence"),
]))

# ---------------------------------------------------------------- a_2020-06-19 (Bolton book)
DOCS.append(("a_2020-06-19_vd3BgeRHQUJwsfzV.txt", [
    F("holds_office", "bolton", "nsa_us", ["Former national security adviser John Bolton", "Bolton became Trump’s third national security adviser"], former=True),
    F("holds_office", "trump", "pres_us", "a long list of scathing accusations against President Trump"),
    F("candidacy", "trump", "us_pres_2020", "based on how they could help his reelection chances"),
    F("holds_office", "xi", "pres_cn", "election help from Chinese President Xi Jinping"),
    F("holds_office", "pelosi", "speaker", "House Speaker Nancy Pelosi said on Thursday"),
]))

# ---------------------------------------------------------------- a_2020-07-09 (Norpoth model)
_BEAT = "an 87%-99% chance of beating Hillary Clinton"
_MORE = "could win a bigger majority in the Electoral College this time than he did in 2016"
DOCS.append(("a_2020-07-09_IUDq4hrr7xyZFb2P.txt", [
    F("holds_office", "trump", "pres_us", "President Trump is all but certain to be re-elected"),
    F("candidacy", "trump", "us_pres_2020", ["President Trump is all but certain to be re-elected", "it says President Trump has a 91 percent chance of being reelected"]),
    F("candidacy", "trump", "us_pres_2016", ["Norpoth's model predicted Trump would win in 2016", _BEAT]),
    F("candidacy", "clinton", "us_pres_2016", _BEAT),
    F("won", "trump", "us_pres_2016", ["Norpoth's model predicted Trump would win in 2016", _MORE]),
    F("lost", "clinton", "us_pres_2016", [_BEAT, _MORE]),
    F("candidacy", "biden", "us_pres_2020", ["So far, polls have shown Biden leading over Trump.", "the Biden camp has said he will engage in three debates with Trump"]),
]))

# ---------------------------------------------------------------- c_2012-09-13 (Dutch general election)
_NLH = "Prime Minister Mark Rutte's People's Party for Freedom and Democracy gains 10 seats"
DOCS.append(("c_2012-09-13_in-the-general-election-in-the-netherlan.txt", [
    F("holds_office", "rutte", "pm_nl", [_NLH, "Prime Minister of the Netherlands Mark Rutte rules out",
                                         "U.S. President Barack Obama speaks by phone with Netherlands Prime Minister"]),
    F("party", "rutte", "vvd", [_NLH, "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy (VVD)",
                                "Mark Rutte of the People's Party for Freedom and Democracy is asked by Queen Beatrix"]),
    F("party", "samsom", "pvda", [_NLH, "Diederik Samsom of the Labour Party, excludes Greece"]),
    F("party", "miltenburg", "vvd", "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"),
    F("holds_office", "miltenburg", "pres_nl_house", "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"),
    F("candidacy", "miltenburg", "nl_house_pres_2012", "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"),
    F("won", "miltenburg", "nl_house_pres_2012", "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"),
    F("holds_office", "dejong", "pm_nl", "Former Prime Minister of the Netherlands Piet de Jong celebrates", former=True),
    F("holds_office", "obama", "pres_us", "U.S. President Barack Obama speaks by phone with Netherlands Prime Minister"),
    F("holds_office", "beatrix", "queen_nl", ["is asked by Queen Beatrix of the Netherlands to become Prime Minister",
                                              "tenders his government's resignation to Queen Beatrix"]),
]))

# ---------------------------------------------------------------- c_2014-03-16 (Crimea referendum)
DOCS.append(("c_2014-03-16_voters-in-crimea-vote-overwhelmingly-to-.txt", [
    F("holds_office", "putin", "pres_ru", "including close associates of Russian President Vladimir Putin"),
    F("holds_office", "mladenov", "un_mepp", "Special Coordinator for the Middle East Peace Process Nickolay Mladenov tells the UNSC"),
    F("holds_office", "bjohnson", "mayor_london", "Mayor of London and cabinet member Boris Johnson says"),
    F("holds_office", "obama", "pres_us", ["Boris Johnson says that U.S. President Barack Obama", "saying Barack Obama had objections"]),
    F("holds_office", "cameron", "pm_uk", "U.K. Prime Minister David Cameron, at the upcoming"),
    F("holds_office", "dimitriev", "pm_mk", "advise interim Macedonian Prime Minister Emil Dimitriev"),
    F("holds_office", "duda", "pres_pl", "after Polish President, Andrzej Duda, enacted a measure"),
]))

# ---------------------------------------------------------------- c_2016-03-08 (Mississippi/Michigan primaries)
_NY = "with Hillary Clinton and Donald Trump expected to win the respective contests for their parties"
_NE = "Voters in the state of Nebraska vote in the Republican presidential primary with Donald Trump"
DOCS.append(("c_2016-03-08_voters-in-the-u-s-states-of-mississippi-.txt", [
    F("candidacy", "clinton", "ny_dem_prim_2016", _NY),
    F("candidacy", "trump", "ny_rep_prim_2016", _NY),
    F("candidacy", "trump", "us_rep_prim_2016", _NE),
    F("party", "trump", "rep", _NE),
]))

# ---------------------------------------------------------------- c_2016-05-22 (Austrian presidential runoff)
_HEAD = "The second round of voting takes place to elect either Norbert Hofer or Alexander Van der Bellen"
_DEC = "in a second round run-off between Green candidate Alexander Van der Bellen and Freedom Party of Austria candidate Norbert Hofer"
_DECW = "Projections show that Van der Bellen has won with Hofer conceding defeat."
_MAYW = "Independent candidate Alexander Van der Bellen, a member of The Greens, is elected President of Austria"
_MAYL = "narrowly lost in May by  right-wing populist Freedom Party of Austria candidate Norbert Hofer"
_R1 = "Preliminary estimates indicate FPO's Norbert Hofer won the first round with 36 percent"
_R1B = "who is supported by the Green Party, garnered 20%"
_RUN = "Hofer and Van der Bellen will compete in the runoff election on May 22, 2016."
_LAG = "Republican U.S. Senator David Vitter and Democratic state Representative John Bel Edwards top two"
_LAS = "Democrat Mary Landrieu loses her bid for a fourth term"
_LAX = "go to the polls for a mayoral election with Eric Garcetti and Wendy Greuel to contest a runoff"
_CY = "Nicos Anastasiades of the Democratic Rally and Stavros Malas of AKEL to contest a runoff"
DOCS.append(("c_2016-05-22_the-second-round-of-voting-takes-place-t.txt", [
    F("candidacy", "hofer", "at_pres_2016", [_HEAD, _DEC, _RUN, "Freedom Party of Austria presidential candidate Norbert Hofer intends"]),
    F("candidacy", "vdb", "at_pres_2016", [_HEAD, _DEC, _RUN]),
    F("party", "hofer", "fpo", ["Analysts and recent polls say Freedom Party candidate Norbert Hofer", _DEC, _R1,
                                "Freedom Party of Austria presidential candidate Norbert Hofer intends", _MAYL]),
    F("endorsement", "greens_at", "vdb", ["has a strong chance of defeating the Green Party-backed Alexander Van der Bellen", _R1B]),
    F("party", "vdb", "greens_at", [_MAYW, _DEC]),
    F("won", "vdb", "at_pres_2016", [_DECW, _MAYW]),
    F("lost", "hofer", "at_pres_2016", [_DECW, _MAYL]),
    F("candidacy", "hofer", "at_pres_2016_r1", _R1),
    F("candidacy", "vdb", "at_pres_2016_r1", _R1B),
    F("candidacy", "griss", "at_pres_2016_r1", _R1B),
    F("won", "hofer", "at_pres_2016_r1", _R1, 36),
    F("lost", "griss", "at_pres_2016_r1", [_R1B, _RUN], 18.5),
    F("holds_office", "fischer", "pres_at", "President Heinz Fischer was not eligible to be re-elected."),
    F("candidacy", "vitter", "la_gov_2015", [_LAG, "Edwards wins 40 percent and Vitter 23 percent of the primary vote"]),
    F("candidacy", "jbedwards", "la_gov_2015", [_LAG, "Edwards wins 40 percent and Vitter 23 percent of the primary vote"]),
    F("candidacy", "vitter", "la_gov_2015_runoff", _LAG),
    F("candidacy", "jbedwards", "la_gov_2015_runoff", _LAG),
    F("party", "vitter", "rep", _LAG),
    F("party", "jbedwards", "dem", _LAG),
    F("holds_office", "vitter", "sen_la", _LAG),
    F("holds_office", "jbedwards", "la_house", _LAG),
    F("candidacy", "landrieu", "la_sen_2014_runoff", _LAS),
    F("candidacy", "cassidy", "la_sen_2014_runoff", _LAS),
    F("lost", "landrieu", "la_sen_2014_runoff", _LAS),
    F("won", "cassidy", "la_sen_2014_runoff", _LAS),
    F("party", "landrieu", "dem", _LAS),
    F("party", "cassidy", "rep", _LAS),
    F("holds_office", "landrieu", "sen_la", _LAS),
    F("holds_office", "cassidy", "rep_la6", _LAS),
    F("candidacy", "garcetti", "lax_mayor_2013", _LAX),
    F("candidacy", "greuel", "lax_mayor_2013", _LAX),
    F("candidacy", "garcetti", "lax_mayor_2013_runoff", _LAX),
    F("candidacy", "greuel", "lax_mayor_2013_runoff", _LAX),
    F("candidacy", "anastasiades", "cy_pres_2013_r1", _CY),
    F("candidacy", "malas", "cy_pres_2013_r1", _CY),
    F("candidacy", "anastasiades", "cy_pres_2013", _CY),
    F("candidacy", "malas", "cy_pres_2013", _CY),
    F("party", "anastasiades", "disy", _CY),
    F("party", "malas", "akel", _CY),
]))

# ---------------------------------------------------------------- c_2018-01-07 (Trond Giske resigns)
_GIS = "Trond Giske announces his permanent resignation as deputy leader of Norway's Labour Party"
DOCS.append(("c_2018-01-07_trond-giske-announces-his-permanent-resi.txt", [
    F("holds_office", "giske", "ap_deputy", _GIS, former=True),
    F("party", "giske", "ap_no", _GIS),
    F("holds_office", "porter", "wh_staff_sec", "Rob Porter resigns as White House Staff Secretary", former=True),
    F("holds_office", "doyle", "lord_mayor_mel", "Robert Doyle resigns as Lord Mayor of Melbourne", former=True),
]))

# ---------------------------------------------------------------- c_2018-03-04 (Italian general election)
_TAJ = "Antonio Tajani, the current President of the European Parliament, accepts the offer of Silvio Berlusconi"
DOCS.append(("c_2018-03-04_italians-go-to-the-polls-today-to-elect-.txt", [
    F("holds_office", "tajani", "pres_ep", _TAJ),
    F("candidacy", "tajani", "it_2018", _TAJ),
    F("party", "tajani", "fi", _TAJ),
    F("endorsement", "berlusconi", "tajani", _TAJ),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b08.jsonl")
    print("wrote", len(lines), "facts")
