# ruff: noqa: E501
"""Corpus annotation, batch b21 (see corpus/ANNOTATING.md)."""
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
R.party("cda", "Christian Democratic Appeal", ["CDA", "Christian Democratic Appeal"])
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("pvda", "Labour Party (Netherlands)", ["Labour Party", "PvdA"])
R.party("pvv", "Party for Freedom", ["PVV"])
R.party("ldp", "Liberal Democratic Party (Japan)", ["Liberal Democratic Party", "LDP"])
R.party("komeito", "Komeito", ["Komeito", "New Komeito Party"])
R.party("dp_jp", "Democratic Party (Japan, 2016)", ["Democratic Party"])
R.party("psrm", "Party of Socialists of the Republic of Moldova", ["PSRM", "Socialists- Party"])
R.party("pas", "Party of Action and Solidarity", ["PAS", "Action and Security Party"])
R.org("dnc", "Democratic National Committee", ["DNC", "Democratic National Committee"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president", "VP"])
O("sec_ag", cabinet_secretary("Agriculture", "Agriculture"))
O("gov_ia", governor("Iowa"), ["Iowa governor"])
O("speaker", "Speaker of the United States House of Representatives", generic=["House Speaker", "Speaker", "speaker"])
O("rep_mn7", representative("Minnesota", 7))
O("rm_house_ag", "Ranking Member of the House Agriculture Committee", generic=["ranking Democrat on the House Agriculture Committee", "Ranking Member"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("sen_az", senator("Arizona"))
O("sen_ma", senator("Massachusetts"))
O("sec_state", "United States Secretary of State", generic=["Secretary of State", "U.S. Secretary of State", "secretary of state"])
O("rep_mo5", representative("Missouri", 5))
O("sen_ca", senator("California"))
O("chair_ssci", "Chair of the Senate Intelligence Committee", generic=["Chairman of the Senate Intelligence Committee", "Senate Intelligence Committee chair"])
O("vchair_ssci", "Vice Chairman of the Senate Intelligence Committee", generic=["top Republican on the Senate Intelligence Committee", "Ranking Member of the Senate Intelligence Committee"])
O("sen_ga", senator("Georgia"))
O("sen_il", senator("Illinois"))
O("sen_ri", senator("Rhode Island"))
O("rep_la4", representative("Louisiana", 4))
O("rep_ny2", representative("New York", 2))
O("rep_il16", representative("Illinois", 16))
O("rep_ga1", representative("Georgia", 1))
O("gov_wi", governor("Wisconsin"), ["governor"])
O("ltgov_wi", lieutenant_governor("Wisconsin"))
O("commerce_wi", "Wisconsin Secretary of Commerce", generic=["state commerce secretary", "Secretary of Commerce", "commerce secretary"])
O("madison_school_board", "Member of the Madison Metropolitan School District Board of Education", generic=["member of the Madison School Board", "Madison School Board member"])
O("senate_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader", "Senate majority leader"])
O("senate_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("scotus_justice", "Associate Justice of the Supreme Court of the United States", generic=["Justice", "Supreme Court Justice", "Associate Justice"])
O("sen_fl", senator("Florida"))
O("sen_nh", senator("New Hampshire"))
O("sen_oh", senator("Ohio"))
O("sen_pa", senator("Pennsylvania"))
O("sen_al", senator("Alabama"))
O("sen_nv", senator("Nevada"))
O("rep_wi1", representative("Wisconsin", 1))
O("house_maj_leader", "Majority Leader of the United States House of Representatives", generic=["House Majority Leader", "Majority Leader"])
O("house_maj_whip", "Majority Whip of the United States House of Representatives", generic=["House Majority Whip", "Majority Whip"])
O("rep_pa4", representative("Pennsylvania", 4))
O("rep_nc11", representative("North Carolina", 11))
O("rep_nc3", representative("North Carolina", 3))
O("physician_pres", "Physician to the President", generic=["White House Doctor", "White House physician"])
O("sec_va", cabinet_secretary("Veterans Affairs", "Veterans Affairs"), ["Veteran's Affairs Secretary"])
O("sen_mt", senator("Montana"), ["Senator"])
O("rep_ca43", representative("California", 43))
O("rep_ca15", representative("California", 15))
O("ag_us", "United States Attorney General", generic=["Attorney General", "U.S. Attorney General", "Attorney General of the United States"])
O("leader_cda", "Leader of the Christian Democratic Appeal", generic=["party leader of the Christian Democratic Appeal", "leader of the Christian Democratic Appeal", "CDA leader"])
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("leader_pvda", "Leader of the Labour Party (Netherlands)", generic=["leader of the Labour Party", "Labour Party leader"])
O("leader_pvv", "Leader of the Party for Freedom", generic=["PVV leader", "leader of the Party for Freedom"])
O("queen_nl", "Queen of the Netherlands", generic=["Queen"])
O("dnc_vchair", "Vice Chair of the Democratic National Committee", generic=["Democratic National Committee Vice Chair", "DNC Vice Chair", "vice-chair of the Democratic National Committee"])
O("dnc_chair", "Chair of the Democratic National Committee", generic=["Democratic National Committee chair", "DNC chair"])
O("sen_vt", senator("Vermont"))
O("sen_tx", senator("Texas"))
O("mayor_nyc", mayor("New York City"), ["New York City mayor"])
O("sen_va", senator("Virginia"))
O("gov_in", governor("Indiana"))
O("pres_ru", head("President", "Russia", "Russian"))
O("pm_jp", head("Prime Minister", "Japan", "Japanese"), ["prime minister"])
O("ldp_pres", "President of the Liberal Democratic Party (Japan)", generic=["party leader of the Liberal Democratic Party", "LDP leader", "LDP president"])
O("gov_tokyo", governor("Tokyo"), ["governor"])
O("mindef_jp", head("Minister of Defense", "Japan", "Japanese"), generic=["Minister of Defense", "Defense Minister"])
O("fm_jp", head("Minister for Foreign Affairs", "Japan", "Japanese"), generic=["Foreign Minister of Japan", "Foreign Minister"])
O("mp_jp", "Member of the House of Representatives of Japan", generic=["MP", "Member of the House of Representatives"])
O("minag_jp", head("Minister of Agriculture, Forestry and Fisheries", "Japan", "Japanese"), generic=["agriculture minister", "Japan's agriculture minister"])
O("pres_md", head("President", "Moldova", "Moldovan"))
O("edumin_md", head("Minister of Education", "Moldova", "Moldovan"), generic=["Education Minister"])
O("pm_md", head("Prime Minister", "Moldova", "Moldovan"), generic=["PM"])
O("pm_si", head("Prime Minister", "Slovenia", "Slovenian"), ["prime minister", "Slovenia's prime minister"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", "ocd-division/country:us", "2004-11-02", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_pres_1988", "1988 United States presidential election", "ocd-division/country:us", "1988-11-08", "general", office="pres_us")
E("us_pres_1972", "1972 United States presidential election", "ocd-division/country:us", "1972-11-07", "general", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_dem_prim_2012", "2012 Democratic Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_dem_caucus_2016", "2016 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("il8_2012", "2012 Illinois's 8th congressional district election", "ocd-division/country:us/state:il/cd:8", "2012-11-06", "general")
E("wi_gov_recall_2012", "2012 Wisconsin gubernatorial recall election", "ocd-division/country:us/state:wi", "2012-06-05", "general", special=True, office="gov_wi")
E("wi_gov_2010", "2010 Wisconsin gubernatorial election", "ocd-division/country:us/state:wi", "2010-11-02", "general", office="gov_wi")
E("wi_gov_2014", "2014 Wisconsin gubernatorial election", "ocd-division/country:us/state:wi", "2014-11-04", "general", office="gov_wi")
E("nh_sen_2016", "2016 United States Senate election in New Hampshire", "ocd-division/country:us/state:nh", "2016-11-08", "general", office="sen_nh")
E("oh_sen_2016", "2016 United States Senate election in Ohio", "ocd-division/country:us/state:oh", "2016-11-08", "general", office="sen_oh")
E("pa_sen_2016", "2016 United States Senate election in Pennsylvania", "ocd-division/country:us/state:pa", "2016-11-08", "general", office="sen_pa")
E("al_sen_prim_2016", "2016 United States Senate Republican primary in Alabama", "ocd-division/country:us/state:al", "2016-03-01", "primary", office="sen_al")
E("tn9_dem_prim_2012", "2012 Tennessee's 9th congressional district Democratic primary", "ocd-division/country:us/state:tn/cd:9", "2012-08-02", "primary")
E("cda_2012", "2012 Christian Democratic Appeal leadership election", "ocd-division/country:nl", "2012-05-18", "general", office="leader_cda")
E("nl_2012", "2012 Dutch general election", "ocd-division/country:nl", "2012-09-12", "general")
E("jp_ldp_2006", "2006 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2006-09-20", "general", office="ldp_pres")
E("jp_ldp_2007", "2007 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2007-09-23", "general", office="ldp_pres")
E("jp_ldp_2008", "2008 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2008-09-22", "general", office="ldp_pres")
E("jp_ldp_2009", "2009 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2009-09-28", "general", office="ldp_pres")
E("tokyo_gov_2016", "2016 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2016-07-31", "general", office="gov_tokyo")
E("hokkaido5_2016", "2016 Hokkaido 5th district by-election", "ocd-division/country:jp/prefecture:hokkaido/cd:5", "2016-04-24", "general", special=True)
E("kyoto3_2016", "2016 Kyoto 3rd district by-election", "ocd-division/country:jp/prefecture:kyoto/cd:3", "2016-04-24", "general", special=True)
E("md_pres_2016_r1", "2016 Moldovan presidential election (first round)", "ocd-division/country:md", "2016-10-30", "general", office="pres_md")
E("md_pres_2016", "2016 Moldovan presidential election (second round)", "ocd-division/country:md", "2016-11-13", "runoff", office="pres_md")

# ---------------------------------------------------------------- people
P = R.person
P("vilsack", "Tom Vilsack", ["Vilsack", "Agriculture Secretary Tom Vilsack"])
P("obama", "Barack Obama", ["Obama", "Mr. Obama", "President Obama", "President Barack Obama", "Barack Obama"], qid="Q76")
P("boehner", "John Boehner", ["Speaker John Boehner", "John A. Boehner", "Speaker John A. Boehner"])
P("peterson", "Collin Peterson", ["Rep. Collin Peterson"], qid="Q434458")
P("romney", "Mitt Romney", ["Mr. Romney", "Romney"])
P("mccain", "John McCain", ["Sen. John McCain"], qid="Q10390")
P("gwbush", "George W. Bush", ["Mr. Bush", "President George W. Bush"], qid="Q207")
P("kerry", "John Kerry", ["Sen. John Kerry"])
P("hclinton", "Hillary Clinton", ["Hillary", "Clinton", "Hillary Clinton", "Secretary of State Hillary Clinton"], qid="Q6294")
P("rice", "Condoleezza Rice", [])
P("biden", "Joe Biden", ["Vice President Biden", "Biden", "Vice President Joe Biden"], qid="Q6279")
P("bclinton", "Bill Clinton", ["President Bill Clinton"], qid="Q1124")
P("duckworth", "Tammy Duckworth", [], qid="Q3036410")
P("ryan", "Paul Ryan", ["Paul D. Ryan", "Mr. Ryan", "Speaker Paul Ryan"], qid="Q203966")
P("cleaver", "Emanuel Cleaver", ["Emanuel Cleaver II", "Rep. Emanuel Cleaver II"], qid="Q1334654")
P("feinstein", "Dianne Feinstein", ["Feinstein"], qid="Q230733")
P("chambliss", "Saxby Chambliss", ["Chambliss", "Sen. Saxby Chambliss"])
P("irvine", "David Irvine", ["Irvine"])
P("cheney", "Dick Cheney", ["Cheney"], qid="Q48259")
P("durbin", "Dick Durbin", [], qid="Q434804")
P("reed", "Jack Reed", [], qid="Q528979")
P("warren", "Elizabeth Warren", [], qid="Q434706")
P("fleming", "John Fleming", ["Fleming", "Rep. John Fleming"])
P("king", "Peter King", ["King", "Rep. Peter King"], qid="Q953554")
P("kinzinger", "Adam Kinzinger", ["Rep. Adam Kinzinger"], qid="Q349955")
P("kingston", "Jack Kingston", [])
P("walker", "Scott Walker", ["Walker"])
P("burke", "Mary Burke", ["Burke"])
P("kleefisch", "Rebecca Kleefisch", ["Lt. Gov. Rebecca Kleefisch"])
P("mcconnell", "Mitch McConnell", ["McConnell"], qid="Q355522")
P("scalia", "Antonin Scalia", ["Scalia", "Justice Antonin Scalia"])
P("rubio", "Marco Rubio", ["Rubio"], qid="Q324546")
P("ayotte", "Kelly Ayotte", ["Ayotte"])
P("portman", "Rob Portman", [], qid="Q926069")
P("toomey", "Pat Toomey", [], qid="Q971308")
P("shelby", "Richard Shelby", ["Shelby", "Sen. Richard Shelby"], qid="Q472254")
P("reid", "Harry Reid", ["Reid"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"], qid="Q22686")
P("putin", "Vladimir Putin", [], qid="Q7747")
P("nixon", "Richard Nixon", [])
P("mcgovern", "George McGovern", ["McGovern"])
P("mccarthy", "Kevin McCarthy", [], qid="Q766866")
P("scalise", "Steve Scalise", [], qid="Q1857141")
P("sperry", "Scott Perry", ["Rep. Scott Perry", "Mr. Perry"], qid="Q7437040")
P("schumer", "Chuck Schumer", ["Charles E. Schumer"], qid="Q380900")
P("meadows", "Mark Meadows", ["Rep. Mark Meadows", "Mr. Meadows"], qid="Q3956796")
P("wjones", "Walter B. Jones", ["Rep. Walter B. Jones"], qid="Q512537")
P("jackson", "Ronny Jackson", ["Ronny Jackson", "Ron Jackson", "Jackson"])
P("shulkin", "David Shulkin", [])
P("tester", "Jon Tester", ["Tester", "Sen. Jon Tester", "Senator Jon Tester"], qid="Q529351")
P("waters", "Maxine Waters", ["Representative Maxine Waters"], qid="Q461727")
P("ghwbush", "George H. W. Bush", ["George H.W. Bush"], qid="Q23505")
P("dukakis", "Michael Dukakis", [])
P("swalwell", "Eric Swalwell", ["Swalwell", "Rep. Eric Swalwell"], qid="Q3466996")
P("pelosi", "Nancy Pelosi", ["Pelosi"], qid="Q170581")
P("barr", "William Barr", ["Attorney General William Barr"])
P("hart", "Tomeka Hart", ["Hart"])
P("buma", "Sybrand van Haersma Buma", [])
P("balkenende", "Jan Peter Balkenende", [])
P("rutte", "Mark Rutte", [])
P("samsom", "Diederik Samsom", [])
P("cohen", "Job Cohen", [])
P("beatrix", "Beatrix of the Netherlands", ["Queen Beatrix"])
P("wilders", "Geert Wilders", [])
P("klink", "Ab Klink", [])
P("gabbard", "Tulsi Gabbard", [], qid="Q32620")
P("sanders", "Bernie Sanders", ["Sanders", "Bernie Sanders"], qid="Q359442")
P("cruz", "Ted Cruz", [], qid="Q2036942")
P("bloomberg", "Michael Bloomberg", [])
P("brazile", "Donna Brazile", [])
P("kaine", "Tim Kaine", [], qid="Q359888")
P("pence", "Mike Pence", [], qid="Q24313")
P("dws", "Debbie Wasserman Schultz", [], qid="Q50104")
P("abe", "Shinzo Abe", [])
P("koike", "Yuriko Koike", [])
P("masuzoe", "Yoichi Masuzoe", [])
P("masuda", "Hiroya Masuda", [])
P("torigoe", "Shuntaro Torigoe", [])
P("wada", "Yoshiaki Wada", [])
P("ikeda", "Maki Ikeda", [])
P("izumi", "Kenta Izumi", [])
P("tanigaki", "Sadakazu Tanigaki", [])
P("aso", "Taro Aso", [])
P("fukuda", "Yasuo Fukuda", [])
P("akagi", "Norihiko Akagi", [])
P("koizumi", "Junichiro Koizumi", [])
P("dodon", "Igor Dodon", ["Dodon"])
P("sandu", "Maia Sandu", ["Sandu"])
P("filip", "Pavel Filip", [])
P("cerar", "Miro Cerar", [])
P("bratusek", "Alenka Bratušek", ["Alenka Bratusek"])

DOCS = []

# ---------------------------------------------------------------- a_2012-06-07 (farm bill)
DOCS.append(("a_2012-06-07_a7jKpFBX8OeQxhac.txt", [
    F("holds_office", "vilsack", "sec_ag", "Agriculture Secretary Tom Vilsack told POLITICO"),
    F("holds_office", "vilsack", "gov_ia", "Vilsack, a former Iowa governor, has worked himself"),
    F("holds_office", "obama", "pres_us", "than President Barack Obama and House Republicans have demanded"),
    F("holds_office", "boehner", "speaker", "it makes it far harder for Speaker John Boehner (R-Ohio)"),
    F("party", "boehner", "rep", "it makes it far harder for Speaker John Boehner (R-Ohio)"),
    F("holds_office", "peterson", "rep_mn7", "But Minnesota Rep. Collin Peterson, a veteran of past battles"),
    F("holds_office", "peterson", "rm_house_ag", "But Minnesota Rep. Collin Peterson, a veteran of past battles"),
    F("party", "peterson", "dem", "But Minnesota Rep. Collin Peterson, a veteran of past battles"),
]))

# ---------------------------------------------------------------- a_2012-06-14 (Obama and Romney in Ohio)
_RIV = "President Obama and Republican rival Mitt Romney on Thursday will offer deeply contrasting visions"
_OH = "Mr. Obama carried the state 52 percent to 47 percent in 2008 over Sen. John McCain"
DOCS.append(("a_2012-06-14_yzd9abNQgXvnK7tc.txt", [
    F("holds_office", "obama", "pres_us", _RIV),
    F("candidacy", "obama", "us_pres_2012", _RIV),
    F("candidacy", "romney", "us_pres_2012", _RIV),
    F("party", "romney", "rep", _RIV),
    F("holds_office", "romney", "gov_ma", "Mr. Romney, a former Massachusetts governor who made a fortune", former=True),
    F("candidacy", "obama", "us_pres_2008", [_OH, "just as Mr. Obama, as a candidate, benefited from blaming President George W. Bush"]),
    F("candidacy", "mccain", "us_pres_2008", _OH),
    F("holds_office", "mccain", "sen_az", _OH),
    F("holds_office", "gwbush", "pres_us", "benefited from blaming President George W. Bush", former=True),
    F("candidacy", "gwbush", "us_pres_2004", "Mr. Bush carried it 51 percent to 49 percent in 2004 over Democratic Sen. John Kerry"),
    F("candidacy", "kerry", "us_pres_2004", "Mr. Bush carried it 51 percent to 49 percent in 2004 over Democratic Sen. John Kerry"),
    F("party", "kerry", "dem", "Mr. Bush carried it 51 percent to 49 percent in 2004 over Democratic Sen. John Kerry"),
    F("holds_office", "kerry", "sen_ma", "Mr. Bush carried it 51 percent to 49 percent in 2004 over Democratic Sen. John Kerry"),
]))

# ---------------------------------------------------------------- a_2012-09-05 (Where's Hillary?)
_NOM = "She is the woman who almost beat the current president for the nomination."
_IA = "In Iowa, a look at presidential preferences showed Hillary beating Vice President Biden 60 to 18."
DOCS.append(("a_2012-09-05_f2o7qPujx8iUNbpD.txt", [
    F("party", "hclinton", "dem", L("Story highlights Hillary Clinton, the most popular Democrat in the U.S.")),
    F("holds_office", "hclinton", "sec_state", "Secretary of State Hillary Clinton is occupied with other matters"),
    F("candidacy", "obama", "us_pres_2012", "excitement for Barack Obama's re-election"),
    F("holds_office", "obama", "pres_us", "In one image, President Obama, stretched out on a couch"),
    F("holds_office", "rice", "sec_state", "former Secretary of State Condoleezza Rice said", former=True),
    F("candidacy", "hclinton", "us_dem_prim_2008", S("Hillary, however, is not just any secretary of state.", through=_NOM)),
    F("lost", "hclinton", "us_dem_prim_2008", S("Hillary, however, is not just any secretary of state.", through=_NOM)),
    F("candidacy", "obama", "us_dem_prim_2008", [_NOM, "In one image, President Obama, stretched out on a couch"]),
    F("won", "obama", "us_dem_prim_2008", [_NOM, "In one image, President Obama, stretched out on a couch"]),
    F("poll", "hclinton", "ia_dem_caucus_2016", _IA, 60),
    F("poll", "biden", "ia_dem_caucus_2016", _IA, 18),
    F("candidacy", "hclinton", "ia_dem_caucus_2016", _IA),
    F("candidacy", "biden", "ia_dem_caucus_2016", _IA),
    F("holds_office", "biden", "vp_us", _IA),
]))

# ---------------------------------------------------------------- a_2012-09-07 (campaign resumes after conventions)
_BEG = "The primary season over and the nominating conventions complete, Mitt Romney and Barack Obama hit the ground running"
_CNN = S("In the latest CNN/ORC International poll", through="an identical number backed Obama.")
DOCS.append(("a_2012-09-07_Aiu1eLGXoBytgMT8.txt", [
    F("candidacy", "romney", "us_pres_2012", ["Meanwhile, Republican challenger Romney addressed supporters", _BEG]),
    F("candidacy", "obama", "us_pres_2012", [_BEG, "Later, the candidates swapped states -- with Obama and Biden traveling"]),
    F("party", "romney", "rep", ["Meanwhile, Republican challenger Romney addressed supporters",
                                 "guard the campaign bus of Republican presidential candidate Mitt Romney"]),
    F("candidacy", "romney", "us_rep_prim_2012", [_BEG, "guard the campaign bus of Republican presidential candidate Mitt Romney"]),
    F("won", "romney", "us_rep_prim_2012", [_BEG, "guard the campaign bus of Republican presidential candidate Mitt Romney"]),
    F("candidacy", "obama", "us_dem_prim_2012", "fresh off his speech Thursday night accepting the Democratic presidential nomination"),
    F("won", "obama", "us_dem_prim_2012", "fresh off his speech Thursday night accepting the Democratic presidential nomination"),
    F("party", "obama", "dem", "fresh off his speech Thursday night accepting the Democratic presidential nomination"),
    F("holds_office", "obama", "pres_us", "fresh off his speech Thursday night accepting the Democratic presidential nomination"),
    F("holds_office", "biden", "vp_us", "with Vice President Joe Biden and their wives"),
    F("candidacy", "biden", "us_pres_2012", "Later, the candidates swapped states -- with Obama and Biden traveling"),
    F("holds_office", "bclinton", "pres_us", "Former President Bill Clinton greets President Barack Obama onstage", former=True),
    F("candidacy", "duckworth", "il8_2012", "Illinois nominee for Congress Tammy Duckworth leaves the stage"),
    F("candidacy", "ryan", "us_pres_2012", "Republican vice presidential candidate Paul Ryan waves to supporters"),
    F("party", "ryan", "rep", "Republican vice presidential candidate Paul Ryan waves to supporters"),
    F("holds_office", "cleaver", "rep_mo5", "Missouri Rep. Emanuel Cleaver II, speaks during the DNC"),
    F("holds_office", "romney", "gov_ma", "The former Massachusetts governor also played up the jobs report", former=True),
    F("poll", "romney", "us_pres_2012", _CNN, 48, pollster="CNN/ORC International"),
    F("poll", "obama", "us_pres_2012", _CNN, 48, pollster="CNN/ORC International"),
]))

# ---------------------------------------------------------------- a_2012-12-13 (CIA interrogation report)
DOCS.append(("a_2012-12-13_YgFcwuYpXcLm2gT0.txt", [
    F("party", "feinstein", "dem", "California Democrat Dianne Feinstein, who leads the Senate Intelligence Committee"),
    F("holds_office", "feinstein", "chair_ssci", "California Democrat Dianne Feinstein, who leads the Senate Intelligence Committee"),
    F("holds_office", "feinstein", "sen_ca", "California Democrat Dianne Feinstein, who leads the Senate Intelligence Committee"),
    F("holds_office", "chambliss", "sen_ga", "Sen. Saxby Chambliss of Georgia, the top Republican on the committee"),
    F("holds_office", "chambliss", "vchair_ssci", "Sen. Saxby Chambliss of Georgia, the top Republican on the committee"),
    F("party", "chambliss", "rep", "Sen. Saxby Chambliss of Georgia, the top Republican on the committee"),
    F("party", "irvine", "rep", "Irvine, a Republican, thinks a lot more than politics is at stake."),
    F("holds_office", "obama", "pres_us", "When President Obama took office"),
    F("holds_office", "cheney", "vp_us", "from former Vice President Dick Cheney", former=True),
]))

# ---------------------------------------------------------------- a_2014-08-10 (Obama executive actions)
_INV = "Democratic Sens. Dick Durbin, Ill., Jack Reed, R.I., and Elizabeth Warren, Mass., wrote in a letter"
DOCS.append(("a_2014-08-10_rKQ3G32zaObSebFB.txt", [
    F("holds_office", "obama", "pres_us", "President Obama is poised to take matters in his own hands"),
    F("holds_office", "durbin", "sen_il", _INV),
    F("party", "durbin", "dem", _INV),
    F("holds_office", "reed", "sen_ri", _INV),
    F("party", "reed", "dem", _INV),
    F("holds_office", "warren", "sen_ma", _INV),
    F("party", "warren", "dem", _INV),
]))

# ---------------------------------------------------------------- a_2014-09-09 (Cheney to House Republicans)
_KIN = "outgoing Republican congressman Jack Kingston of Georgia"
DOCS.append(("a_2014-09-09_BDTqSSNBEFJSpFuD.txt", [
    F("holds_office", "cheney", "vp_us", S("According to Rep. John Fleming of Louisiana", through="The former vice president then went on"), former=True),
    F("holds_office", "obama", "pres_us", "With President Obama poised to give a major speech"),
    F("holds_office", "fleming", "rep_la4", "According to Rep. John Fleming of Louisiana"),
    F("holds_office", "king", "rep_ny2", "was echoed by Rep. Peter King of New York"),
    F("holds_office", "kinzinger", "rep_il16", "While Rep. Adam Kinzinger of Illinois expressed his hope"),
    F("party", "kinzinger", "rep", "While Rep. Adam Kinzinger of Illinois expressed his hope"),
    F("holds_office", "kingston", "rep_ga1", _KIN),
    F("party", "kingston", "rep", _KIN),
]))

# ---------------------------------------------------------------- a_2014-10-29 (Walker vs Burke)
_RACE = "Walker is visibly straining in the closing days of his race against Mary Burke"
_OBB = "Not coincidentally, Obama campaigned for Burke in Milwaukee on Tuesday evening"
DOCS.append(("a_2014-10-29_2gAJaFQlOj4xDaJW.txt", [
    F("candidacy", "walker", "wi_gov_recall_2012", "In the glow of his recall election victory two years ago, Scott Walker looked"),
    F("won", "walker", "wi_gov_recall_2012", "In the glow of his recall election victory two years ago, Scott Walker looked"),
    F("holds_office", "walker", "gov_wi", ["To admirers, he was more than a governor; he was a gladiator.",
                                           "The governor said himself that both he and Burke appear to have support"]),
    F("candidacy", "walker", "wi_gov_2014", _RACE),
    F("candidacy", "burke", "wi_gov_2014", _RACE),
    F("holds_office", "burke", "madison_school_board", _RACE),
    F("holds_office", "burke", "commerce_wi", _OBB, former=True),
    F("endorsement", "obama", "burke", [_OBB, "You have a chance to choose a governor who doesn’t put political ideology first"]),
    F("party", "walker", "rep", "complaining openly that the national GOP hasn’t done enough to help his campaign"),
    F("candidacy", "walker", "wi_gov_2010", "Walker cited the same 250,000-job figure from his 2010 race"),
    F("won", "walker", "wi_gov_2010", ["Walker cited the same 250,000-job figure from his 2010 race",
                                       "divide-and-conquer strategy he has used since 2010 to become the dominant political figure"]),
    F("holds_office", "kleefisch", "ltgov_wi", "He and his running mate, Lt. Gov. Rebecca Kleefisch"),
    F("candidacy", "kleefisch", "wi_gov_2014", "He and his running mate, Lt. Gov. Rebecca Kleefisch"),
    F("candidacy", "obama", "us_pres_2012", "but for the president’s reelection the same year"),
]))

# ---------------------------------------------------------------- a_2016-02-15 (Scalia and the Senate races)
_TWO = "Only two of those GOP senators, Florida's Marco Rubio and New Hampshire's Kelly Ayotte"
_TRK = S("But Ayotte, Ohio's Rob Portman and Pennsylvania's Pat Toomey, for instance, have a trickier path to re-election.",
         through="They are running in states that tilt Democratic")
_GOPS = "These GOP senators have worked hard to cultivate common-sense reputations back home."
DOCS.append(("a_2016-02-15_BQH2EUmFZCGV2qZM.txt", [
    F("holds_office", "scalia", "scotus_justice", "Within hours of Justice Antonin Scalia's death", former=True),
    F("holds_office", "mcconnell", "senate_maj_leader", "Senate Majority Leader Mitch McConnell aimed to squash"),
    F("holds_office", "obama", "pres_us", "any expectation that President Obama will get to name his successor"),
    F("candidacy", "obama", "us_pres_2008", "depends on incumbents winning re-election in states Barack Obama carried in 2008 and 2012"),
    F("candidacy", "obama", "us_pres_2012", ["depends on incumbents winning re-election in states Barack Obama carried in 2008 and 2012",
                                             "President Obama won all but North Carolina in 2012"]),
    F("holds_office", "rubio", "sen_fl", _TWO),
    F("party", "rubio", "rep", _TWO),
    F("candidacy", "rubio", "us_rep_prim_2016", "And Rubio is running for president and not for Senate re-election."),
    F("holds_office", "ayotte", "sen_nh", _TWO),
    F("party", "ayotte", "rep", [_TWO, _GOPS]),
    F("candidacy", "ayotte", "nh_sen_2016", _TRK),
    F("holds_office", "portman", "sen_oh", _TRK),
    F("party", "portman", "rep", [_TRK, _GOPS]),
    F("candidacy", "portman", "oh_sen_2016", _TRK),
    F("holds_office", "toomey", "sen_pa", _TRK),
    F("party", "toomey", "rep", [_TRK, _GOPS]),
    F("candidacy", "toomey", "pa_sen_2016", _TRK),
    F("holds_office", "shelby", "sen_al", "Alabama Sen. Richard Shelby said Saturday"),
    F("candidacy", "shelby", "al_sen_prim_2016", "But Shelby faces only a March 1 primary challenge from the right."),
    F("holds_office", "reid", "senate_min_leader", "Senate Minority Leader Harry Reid, D-Nev., is ready for it."),
    F("holds_office", "reid", "sen_nv", ["Senate Minority Leader Harry Reid, D-Nev., is ready for it.",
                                         "Reid is retiring, but Democrats need to hold his seat"]),
    F("party", "reid", "dem", "Senate Minority Leader Harry Reid, D-Nev., is ready for it."),
]))

# ---------------------------------------------------------------- a_2016-08-03 (Fox News poll on issues)
_FOX = "They think Donald Trump will handle one of them better than Hillary Clinton, while the candidates tie on the other."
DOCS.append(("a_2016-08-03_XcXhb1M1MbWhqm7a.txt", [
    F("candidacy", "trump", "us_pres_2016", [_FOX, "A new Fox News Poll on the 2016 election finds more voters trust Trump than Clinton"]),
    F("candidacy", "hclinton", "us_pres_2016", [_FOX, "A new Fox News Poll on the 2016 election finds more voters trust Trump than Clinton"]),
    F("holds_office", "putin", "pres_ru", "Trump’s praise for Russian President Vladimir Putin"),
    F("candidacy", "obama", "us_pres_2012", "In June 2012, Barack Obama topped Mitt Romney on this measure"),
    F("candidacy", "romney", "us_pres_2012", "In June 2012, Barack Obama topped Mitt Romney on this measure"),
]))

# ---------------------------------------------------------------- a_2016-12-28 (Never Trump columnist)
DOCS.append(("a_2016-12-28_HzdlHVAEulIfhkDQ.txt", [
    F("candidacy", "trump", "us_pres_2016", "the election of Donald Trump will spell the end of my relevance"),
    F("won", "trump", "us_pres_2016", "the election of Donald Trump will spell the end of my relevance"),
    F("candidacy", "nixon", "us_pres_1972", "I don’t know what George Will said of Richard Nixon’s electoral prospects in 1972"),
    F("candidacy", "mcgovern", "us_pres_1972", "I don’t know what George Will said of Richard Nixon’s electoral prospects in 1972"),
]))

# ---------------------------------------------------------------- a_2018-04-11 (Paul Ryan retires)
_SUCC = "House Majority Leader Kevin McCarthy of California and Majority Whip Steve Scalise of Louisiana"
DOCS.append(("a_2018-04-11_6IId9bTXzANcB8HF.txt", [
    F("holds_office", "ryan", "speaker", "House Speaker Paul D. Ryan said Wednesday that he will retire"),
    F("holds_office", "ryan", "rep_wi1", ["House Speaker Paul D. Ryan said Wednesday that he will retire",
                                          "He noted that he came to Congress from Wisconsin"]),
    F("party", "ryan", "rep", "Mr. Ryan, the Republican Party’s 2012 vice presidential nominee"),
    F("candidacy", "ryan", "us_pres_2012", "Mr. Ryan, the Republican Party’s 2012 vice presidential nominee"),
    F("holds_office", "mccarthy", "house_maj_leader", _SUCC),
    F("holds_office", "scalise", "house_maj_whip", _SUCC),
    F("holds_office", "sperry", "rep_pa4", "said Rep. Scott Perry, Pennsylvania Republican"),
    F("party", "sperry", "rep", "said Rep. Scott Perry, Pennsylvania Republican"),
    F("candidacy", "trump", "us_pres_2016", "After serving as a prominent critic of Donald Trump at times during the 2016 campaign"),
    F("holds_office", "trump", "pres_us", "he became the president’s most effective ally on Capitol Hill"),
    F("holds_office", "schumer", "senate_min_leader", "said Senate Minority Leader Charles E. Schumer, New York Democrat"),
    F("party", "schumer", "dem", "said Senate Minority Leader Charles E. Schumer, New York Democrat"),
    F("holds_office", "boehner", "speaker", "than Speaker John A. Boehner’s top-down approach", former=True),
    F("holds_office", "meadows", "rep_nc11", "Rep. Mark Meadows, North Carolina Republican"),
    F("party", "meadows", "rep", "Rep. Mark Meadows, North Carolina Republican"),
    F("holds_office", "wjones", "rep_nc3", "Rep. Walter B. Jones, North Carolina Republican"),
    F("party", "wjones", "rep", "Rep. Walter B. Jones, North Carolina Republican"),
]))

# ---------------------------------------------------------------- a_2018-04-28 (Ronny Jackson / Tester)
DOCS.append(("a_2018-04-28_ibhgDSSFekMTTR4N.txt", [
    F("holds_office", "trump", "pres_us", "Today on Twitter, President Trump called for Sen. Jon Tester to resign."),
    F("holds_office", "shulkin", "sec_va", "President Trump fired David Shulkin was fired as Veterans Affairs secretary", former=True),
    F("holds_office", "tester", "sen_mt", "Sen. Jon Tester (D-MT) quarterbacked this effort"),
    F("party", "tester", "dem", "Sen. Jon Tester (D-MT) quarterbacked this effort"),
    F("holds_office", "jackson", "physician_pres", "U.S. Navy Rear Admiral and longtime White House Doctor Ronny Jackson withdrew"),
    F("holds_office", "obama", "pres_us", "to prevent disturbing (former) President Barack Obama", former=True),
]))

# ---------------------------------------------------------------- a_2018-07-05 (progressive meltdown)
_BUSH = "A Republican had not won 51 percent of the popular vote in a presidential election since George H.W. Bush’s 1988 defeat of Democrat Michael Dukakis."
_BLEW = "Presumptive winner Hillary Clinton blew the 2016 presidential election."
DOCS.append(("a_2018-07-05_5hj92SNRdx4j5T83.txt", [
    F("holds_office", "waters", "rep_ca43", "Representative Maxine Waters (D., Calif.) urged protesters"),
    F("party", "waters", "dem", "Representative Maxine Waters (D., Calif.) urged protesters"),
    F("holds_office", "trump", "pres_us", "After his election, President Trump did not implode as predicted."),
    F("candidacy", "trump", "us_pres_2016", "After his election, President Trump did not implode as predicted."),
    F("won", "trump", "us_pres_2016", "After his election, President Trump did not implode as predicted."),
    F("candidacy", "ghwbush", "us_pres_1988", _BUSH),
    F("won", "ghwbush", "us_pres_1988", _BUSH),
    F("party", "ghwbush", "rep", _BUSH),
    F("candidacy", "dukakis", "us_pres_1988", _BUSH),
    F("lost", "dukakis", "us_pres_1988", _BUSH),
    F("party", "dukakis", "dem", _BUSH),
    F("candidacy", "hclinton", "us_pres_2016", _BLEW),
    F("lost", "hclinton", "us_pres_2016", [_BLEW, "Hillary Clinton foolishly got herself into a number of personal scandals",
                                           "Hillary Clinton repeatedly offered tired excuses for her loss"]),
    F("candidacy", "obama", "us_pres_2008", "all of which Obama had won in 2008 and 2012"),
    F("candidacy", "obama", "us_pres_2012", ["all of which Obama had won in 2008 and 2012", "by veering hard left in his second term"]),
    F("holds_office", "obama", "pres_us", ["During Obama’s tenure, Democrats lost more than 1,000 seats", "Just as Barack Obama was not a centrist"], former=True),
    F("holds_office", "reid", "senate_maj_leader", "Former Democratic Senate majority leader Harry Reid foolishly dropped", former=True),
    F("party", "reid", "dem", "Former Democratic Senate majority leader Harry Reid foolishly dropped"),
]))

# ---------------------------------------------------------------- a_2020-02-14 (Wallace on Swalwell)
DOCS.append(("a_2020-02-14_7honysj24s5GWMRX.txt", [
    F("holds_office", "swalwell", "rep_ca15", "(D-Calif.) has discussed impeaching President Trump"),
    F("party", "swalwell", "dem", "(D-Calif.) has discussed impeaching President Trump"),
    F("holds_office", "trump", "pres_us", "(D-Calif.) has discussed impeaching President Trump"),
    F("holds_office", "pelosi", "speaker", "which House Speaker Nancy Pelosi Nancy PelosiPelosi"),
    F("party", "pelosi", "dem", "which House Speaker Nancy Pelosi Nancy PelosiPelosi"),
    F("holds_office", "barr", "ag_us", "after Attorney General William Barr William Pelham BarrSunday shows"),
    F("party", "hart", "dem", "Tomeka Hart, a former Democratic congressional candidate"),
    F("candidacy", "hart", "tn9_dem_prim_2012", "Tomeka Hart, a former Democratic congressional candidate"),
]))

# ---------------------------------------------------------------- c_2012-05-18 (Buma elected CDA leader)
_BUMA = "Sybrand van Haersma Buma is elected as the new party leader of the Christian Democratic Appeal (CDA)"
_BAL = "Prime Minister Jan Peter Balkenende resigns as leader of the Christian Democratic Appeal (CDA)"
_RUT = "Prime Minister Mark Rutte's People's Party for Freedom and Democracy gains 10 seats"
_RUT2 = "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy (VVD)"
_WIL = "after PVV leader Geert Wilders lost his confidence"
DOCS.append(("c_2012-05-18_sybrand-van-haersma-buma-is-elected-as-t.txt", [
    # candidacy in cda_2012 is left out: the scorer cannot tell it from the candidacy in nl_2012 (no office on a parliamentary election)
    F("won", "buma", "cda_2012", _BUMA),
    F("holds_office", "buma", "leader_cda", _BUMA),
    F("party", "buma", "cda", _BUMA),
    F("candidacy", "buma", "nl_2012", _BUMA),
    F("holds_office", "balkenende", "pm_nl", _BAL, former=True),
    F("holds_office", "balkenende", "leader_cda", _BAL, former=True),
    F("party", "balkenende", "cda", _BAL),
    F("holds_office", "rutte", "pm_nl", [_RUT, _RUT2]),
    F("party", "rutte", "vvd", [_RUT, _RUT2]),
    F("party", "samsom", "pvda", ["and Diederik Samsom's Labour Party, gains 8", "PvdA, Diederik Samsom's Labour Party"]),
    F("holds_office", "cohen", "leader_pvda", "Job Cohen, the leader of the Labour Party, resigns his position", former=True),
    F("party", "cohen", "pvda", "Job Cohen, the leader of the Labour Party, resigns his position"),
    F("holds_office", "beatrix", "queen_nl", "Informateur Ivo Opstelten informs Queen Beatrix"),
    F("holds_office", "wilders", "leader_pvv", _WIL),
    F("party", "wilders", "pvv", _WIL),
    F("party", "klink", "cda", "CDA negotiator Ab Klink (CDA)"),
]))

# ---------------------------------------------------------------- c_2016-02-28 (Gabbard resigns, endorses Sanders)
_GAB = "Democratic National Committee Vice Chair Tulsi Gabbard resigned from her post on Sunday to endorse Democratic presidential candidate Bernie Sanders"
_SE = "Vermont Senator Bernie Sanders endorses Democratic Party rival Hillary Clinton for president"
_BRZ = "The former Democratic National Committee chair and ex-CNN contributor Donna Brazile admits"
_VP = "Democratic Senator Tim Kaine, and the Governor of Indiana Mike Pence hold the first and only vice-presidential debate"
_HC8 = "Democratic presidential election nominee Hillary Clinton accuses Russian intelligence services"
_DWS = "the Democratic National Committee (DNC), led by Debbie Wasserman Schultz, supported the candidacy of Hillary Clinton over Bernie Sanders"
_KAI = "Presumptive Democratic Party presidential nominee Hillary Clinton selects Senator Tim Kaine (Virginia)"
DOCS.append(("c_2016-02-28_tulsi-gabbard-resigns-as-vice-chair-of-t.txt", [
    F("holds_office", "gabbard", "dnc_vchair", [L("Tulsi Gabbard resigns as vice-chair of the Democratic National Committee"), _GAB], former=True),
    F("endorsement", "gabbard", "sanders", [L("Tulsi Gabbard resigns as vice-chair of the Democratic National Committee"), _GAB]),
    F("candidacy", "sanders", "us_dem_prim_2016", [_GAB, "Nominally independent Senator Bernie Sanders from Vermont announces that he will be seeking the Democratic Party nomination",
                                                   "before two debates with Bernie Sanders"]),
    F("holds_office", "sanders", "sen_vt", [L("Tulsi Gabbard resigns as vice-chair of the Democratic National Committee"),
                                            "Nominally independent Senator Bernie Sanders from Vermont announces"]),
    F("candidacy", "hclinton", "us_dem_prim_2016", ["to review Hillary Clinton's private campaign data", _SE,
                                                    "had forwarded some debate questions to Hillary Clinton's campaign during last year's Democratic primary"]),
    F("endorsement", "sanders", "hclinton", _SE),
    F("party", "hclinton", "dem", [_SE, _HC8, _KAI]),
    F("holds_office", "bloomberg", "mayor_nyc", "Former New York City mayor Michael Bloomberg is seriously considering", former=True),
    F("holds_office", "cruz", "sen_tx", "if Donald Trump or Texas Senator Ted Cruz face Vermont Senator Bernie Sanders"),
    F("holds_office", "brazile", "dnc_chair", _BRZ, former=True),
    F("holds_office", "kaine", "sen_va", [_VP, _KAI]),
    F("party", "kaine", "dem", _VP),
    F("candidacy", "kaine", "us_pres_2016", [_VP, _KAI]),
    F("holds_office", "pence", "gov_in", _VP),
    F("candidacy", "pence", "us_pres_2016", _VP),
    F("candidacy", "hclinton", "us_pres_2016", [_HC8, _KAI]),
    F("candidacy", "trump", "us_pres_2016", "while also accusing Republican presidential nominee Donald Trump"),
    F("party", "trump", "rep", "while also accusing Republican presidential nominee Donald Trump"),
    F("holds_office", "putin", "pres_ru", "of supporting Russian President Vladimir Putin"),
    F("holds_office", "dws", "dnc_chair", _DWS),
    F("endorsement", "dnc", "hclinton", _DWS),
]))

# ---------------------------------------------------------------- c_2016-07-10 (Japanese upper house election)
_KOI = "Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate, is  elected the Tokyo prefecture's first female governor"
_KOI2 = S(_KOI, through="the opposition bloc's Shuntaro Torigoe.")
_WADA = "LDP candidate Yoshiaki Wada staved off the competition from independent candidate Maki Ikeda"
_IZ = "after their candidate and former MP for the district Kenta Izumi won by a landslide"
_ASO = "Japan's ruling Liberal Democratic Party chooses former Foreign Minister of Japan Taro Aso as the next Prime Minister of Japan replacing Yasuo Fukuda"
_TAN = "Japan's Liberal Democratic Party elects Sadakazu Tanigaki to replace Taro Aso."
_FUK = "Yasuo Fukuda, a political moderate, is elected by Japan's governing Liberal Democratic Party"
_ABE = "Shinzo Abe is elected as party leader of the Liberal Democratic Party in Japan, replacing the current Prime Minister Junichiro Koizumi."
DOCS.append(("c_2016-07-10_voters-in-japan-go-to-the-polls-with-the.txt", [
    F("holds_office", "abe", "pm_jp", ["TV exit polls show Prime Minister Shinzo Abe has won the two-thirds",
                                       "this win is seen as a boost for Prime Minister Shinzo Abe"]),
    F("party", "abe", "ldp", ["Prime Minister Shinzo Abe's Liberal Democratic Party and its junior coalition partner", _ABE]),
    F("candidacy", "abe", "jp_ldp_2006", _ABE),
    F("won", "abe", "jp_ldp_2006", _ABE),
    F("holds_office", "koizumi", "pm_jp", _ABE, former=True),
    F("candidacy", "koike", "tokyo_gov_2016", _KOI),
    F("won", "koike", "tokyo_gov_2016", _KOI2),
    F("party", "koike", "ldp", _KOI),
    F("holds_office", "koike", "gov_tokyo", _KOI),
    F("holds_office", "koike", "mindef_jp", _KOI2, former=True),
    F("holds_office", "masuzoe", "gov_tokyo", "replacing Yoichi Masuzoe who resigned last month", former=True),
    F("candidacy", "masuda", "tokyo_gov_2016", _KOI2),
    F("lost", "masuda", "tokyo_gov_2016", _KOI2),
    F("endorsement", "ldp", "masuda", "The former  Minister of Defense defeated the LDP-Komeito ruling coalition's  Hiroya Masuda"),
    F("endorsement", "komeito", "masuda", "The former  Minister of Defense defeated the LDP-Komeito ruling coalition's  Hiroya Masuda"),
    F("candidacy", "torigoe", "tokyo_gov_2016", _KOI2),
    F("lost", "torigoe", "tokyo_gov_2016", _KOI2),
    F("candidacy", "wada", "hokkaido5_2016", _WADA),
    F("won", "wada", "hokkaido5_2016", _WADA),
    F("party", "wada", "ldp", _WADA),
    F("candidacy", "ikeda", "hokkaido5_2016", _WADA),
    F("lost", "ikeda", "hokkaido5_2016", _WADA),
    F("candidacy", "izumi", "kyoto3_2016", _IZ),
    F("won", "izumi", "kyoto3_2016", _IZ),
    F("party", "izumi", "dp_jp", "The newly formed Democratic Party wrested back the seat from the LDP after their candidate and former MP for the district Kenta Izumi"),
    F("holds_office", "izumi", "mp_jp", _IZ, former=True),
    F("candidacy", "tanigaki", "jp_ldp_2009", _TAN),
    F("won", "tanigaki", "jp_ldp_2009", _TAN),
    F("party", "tanigaki", "ldp", _TAN),
    F("holds_office", "aso", "ldp_pres", _TAN, former=True),
    F("candidacy", "aso", "jp_ldp_2008", _ASO),
    F("won", "aso", "jp_ldp_2008", _ASO),
    F("party", "aso", "ldp", _ASO),
    F("holds_office", "aso", "fm_jp", _ASO, former=True),
    F("holds_office", "aso", "pm_jp", _ASO, former=True),
    F("holds_office", "fukuda", "pm_jp", _ASO, former=True),
    F("candidacy", "fukuda", "jp_ldp_2007", _FUK),
    F("won", "fukuda", "jp_ldp_2007", _FUK),
    F("party", "fukuda", "ldp", _FUK),
    F("holds_office", "akagi", "minag_jp", "Norihiko Akagi resigns as Japan's agriculture minister", former=True),
]))

# ---------------------------------------------------------------- c_2016-10-30 (Moldovan presidential election, first round)
_R1 = "A run off election will be held on November 13 between Igor Dodon and Maia Sandu after no candidate achieved a majority of votes."
_R2 = "Voters in Moldova head to the polls in the country's presidential runoff between two opposition candidates, Igor Dodon"
_WIN = "Igor Dodon, of the Socialists- Party, wins Sunday's Moldovan presidential election run-off with 52.2 percent of the vote"
DOCS.append(("c_2016-10-30_moldovan-presidential-election-2016-vote.txt", [
    F("candidacy", "dodon", "md_pres_2016_r1", _R1),
    F("candidacy", "sandu", "md_pres_2016_r1", _R1),
    F("candidacy", "dodon", "md_pres_2016", [_R1, _R2]),
    F("candidacy", "sandu", "md_pres_2016", [_R1, _R2]),
    F("party", "dodon", "psrm", [_R2, _WIN]),
    F("party", "sandu", "pas", [_R2, _WIN]),
    F("won", "dodon", "md_pres_2016", _WIN, 52.2),
    F("lost", "sandu", "md_pres_2016", _WIN),
    F("holds_office", "sandu", "edumin_md", _WIN, former=True),
    F("holds_office", "dodon", "pres_md", "Moldovan President Igor Dodon, during his first state visit to Russia"),
    F("holds_office", "filip", "pm_md", "Prime Minister Pavel Filip, who took office last week"),
]))

# ---------------------------------------------------------------- c_2018-03-14 (Cerar resigns)
DOCS.append(("c_2018-03-14_miro-cerar-announces-his-resignation-as-.txt", [
    F("holds_office", "cerar", "pm_si", [L("# Miro Cerar announces his resignation as Prime Minister of Slovenia, due to the Supreme Court"),
                                         "Slovenia's prime minister, Miro Cerar says Slovenia is ready",
                                         "Slovenia's 12th government is sworn in with Miro Cerar as the new prime minister."]),
    F("holds_office", "bratusek", "pm_si", "Outgoing Slovenian prime minister Alenka Bratusek is formally nominated", former=True),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b21.jsonl")
    (HERE.parent / "annotations" / "b21.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
