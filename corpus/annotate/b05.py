# ruff: noqa: E501
"""Corpus annotation, batch b05 (see corpus/ANNOTATING.md)."""
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

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president", "president of the United States"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sen_nc", senator("North Carolina"), ["senator"])
O("sen_az", senator("Arizona"), ["senator", "Arizona senator"])
O("sen_tx", senator("Texas"))
O("sen_fl", senator("Florida"))
O("sen_ny", senator("New York"))
O("sen_vt", senator("Vermont"), ["senator", "Vermont senator"])
O("gov_ma", governor("Massachusetts"), ["governor", "Massachusetts governor"])
O("sos_ia", state_officer("Secretary of State", "Iowa"))
O("sec_state", cabinet_secretary("State", "State"))
O("rep_az1", representative("Arizona", 1))
O("rep_ca12", representative("California", 12))
O("rep_ca17", representative("California", 17))
O("rep_nc11", representative("North Carolina", 11))
O("rep_nm2", representative("New Mexico", 2))
O("rep_fl11", representative("Florida", 11))
O("rep_ks1", representative("Kansas", 1))
O("rep_va6", representative("Virginia", 6))
O("rep_tx10", representative("Texas", 10))
O("rep_fl26", representative("Florida", 26))
O("rep_vt", representative("Vermont"), ["congressman"])
O("mayor_burlington", mayor("Burlington"), ["mayor in Burlington"])
O("speaker", "Speaker of the United States House of Representatives",
  generic=["Speaker of the House", "House Speaker", "Speaker", "Speaker of the U.S. House of Representatives"])
O("house_maj_leader", "Majority Leader of the United States House of Representatives",
  generic=["House Majority Leader", "Majority Leader"])
O("chair_judiciary", "Chairman of the House Judiciary Committee",
  generic=["chairman of the House judiciary committee", "House Judiciary Committee chairman", "Chairman"])
O("chair_homeland", "Chairman of the House Homeland Security Committee",
  generic=["chairman of the House homeland security committee", "House Homeland Security Committee chairman", "Chairman"])
O("fed_judge", "United States District Judge", ["federal judge", "Judge"], generic=["federal judge", "Judge"])
O("fbi_dir", "Director of the Federal Bureau of Investigation", generic=["FBI Director", "Director of the FBI"])
O("wh_press_sec", "White House Press Secretary", ["White House press secretary"], generic=["Press Secretary"])
O("cos_vp", "Chief of Staff to the Vice President of the United States",
  ["chief of staff"], generic=["Chief of Staff to the Vice President", "Dick Cheney chief of staff"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["Special Counsel"],
  generic=["Special Counsel"])
O("oge_dir", "Director of the United States Office of Government Ethics", ["OGE Acting Director"],
  generic=["OGE Director", "Director of the Office of Government Ethics", "Acting Director"])
O("dep_ag", "United States Deputy Attorney General", ["Deputy Attorney General"],
  generic=["Deputy Attorney General", "U.S. Deputy Attorney General"])
O("pm_il", head("Prime Minister", "Israel", "Israeli"))

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("ia_dem_caucus_2016", "2016 Iowa Democratic presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("az_sen_2016", "2016 United States Senate election in Arizona", "ocd-division/country:us/state:az", "2016-11-08", "general", office="sen_az")
E("ks1_rep_prim_2016", "2016 Kansas's 1st congressional district Republican primary", "ocd-division/country:us/state:ks/cd:1", "2016-08-02", "primary")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("edwards", "John Edwards", ["Edwards"])
P("eagles", "Catherine Eagles", ["Eagles"])
P("romney", "Mitt Romney", ["Romney", "Mr. Romney"], qid="Q4496")
P("obama", "Barack Obama", ["Barack H. Obama", "Obama", "Mr. Obama", "President Obama"], qid="Q76")
P("gore", "Al Gore", [])
P("pryan", "Paul Ryan", ["Ryan", "Paul Ryan", "House Speaker Ryan"], qid="Q203966")
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"], qid="Q22686")
P("hclinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Hillary Diane Rodham Clinton", "Clinton", "Mrs. Clinton", "Secretary Clinton"], qid="Q6294")
P("bclinton", "Bill Clinton", ["Mr. Clinton", "President Bill Clinton"])
P("sanders", "Bernie Sanders", ["Sanders", "Bernie"], qid="Q359442")
P("cruz", "Ted Cruz", ["Cruz", "Texan Cruz"], qid="Q2036942")
P("rubio", "Marco Rubio", ["Rubio"], qid="Q324546")
P("pate", "Paul Pate", ["Pate"])
P("carson", "Ben Carson", ["Carson"])
P("fiorina", "Carly Fiorina", ["Fiorina"])
P("netanyahu", "Benjamin Netanyahu", ["Netanyahu"], qid="Q43723")
P("mccain", "John McCain", ["McCain"], qid="Q10390")
P("kirkpatrick", "Ann Kirkpatrick", [])
P("comey", "James Comey", ["Comey", "FBI Director Comey"])
P("earnest", "Josh Earnest", ["Earnest", "Mr. Earnest"])
P("libby", "Scooter Libby", ["Lewis “Scooter” Libby", "Libby"])
P("gwbush", "George W. Bush", ["Bush"], qid="Q207")
P("mueller", "Robert Mueller", ["Mueller"])
P("apol", "David Apol", [])
P("rosenstein", "Rod Rosenstein", [])
P("pelosi", "Nancy Pelosi", ["Pelosi", "Nancy"], qid="Q170581")
P("boehner", "John Boehner", ["Boehner"])
P("meadows", "Mark Meadows", [], qid="Q3956796")
P("pearce", "Steve Pearce", [], qid="Q947168")
P("nugent", "Richard Nugent", ["Nugent"])
P("huelskamp", "Tim Huelskamp", [])
P("mccarthy", "Kevin McCarthy", ["McCarthy"], qid="Q766866")
P("goodlatte", "Bob Goodlatte", ["Goodlatte"], qid="Q887952")
P("mccaul", "Michael McCaul", ["Mike McCaul"], qid="Q539509")
P("curbelo", "Carlos Curbelo", [], qid="Q18631533")
P("biden", "Joe Biden", ["Joseph R. Biden", "Biden", "Mr. Biden"], qid="Q6279")
P("khanna", "Ro Khanna", ["Khanna", "Rohit (Ro) Khanna"], qid="Q7339221")

# ---------------------------------------------------------------- entities for the later documents
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD", "People's Party for Freedom and Democracy"])
R.party("pvda", "Labour Party (Netherlands)", ["Labour Party", "PvdA"])
R.party("labour_no", "Labour Party (Norway)", ["Labour Party", "Norway's Labour Party"])
R.party("smc", "Party of Miro Cerar", ["Party of Miro Cerar"])
R.party("sd_si", "Social Democrats (Slovenia)", ["Social Democrats"])
R.party("pd_it", "Democratic Party (Italy)", ["Democratic"])
R.party("m5s", "Five Star Movement", ["Five Star Movement"])
R.party("fi", "Forza Italia", ["Forza Italia"])
O("sen_ky", senator("Kentucky"))
O("sen_sd", senator("South Dakota"))
O("sen_me", senator("Maine"))
O("sen_ut", senator("Utah"))
O("sen_ak", senator("Alaska"))
O("sen_tn", senator("Tennessee"))
O("sen_al", senator("Alabama"))
O("sen_wv", senator("West Virginia"))
O("sen_nm", senator("New Mexico"))
O("sen_va", senator("Virginia"))
O("sen_ca", senator("California"))
O("sen_ar", senator("Arkansas"))
O("rep_ca28", representative("California", 28))
O("rep_tx4", representative("Texas", 4), ["Texas congressman"])
O("senate_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("senate_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("senate_maj_whip", "Majority Whip of the United States Senate", ["No. 2 Senate Republican"], generic=["Senate Majority Whip", "Majority Whip"])
O("nsa", "National Security Advisor", ["national security adviser"], generic=["National Security Adviser", "U.S. National Security Advisor"])
O("chair_hpsci", "Chairman of the House Intelligence Committee", ["House Intelligence Chairman"],
  generic=["House Intelligence Committee Chairman", "Chairman of the House Permanent Select Committee on Intelligence", "Chairman"])
O("chief_justice", "Chief Justice of the United States", generic=["Chief Justice"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"))
O("dni", "Director of National Intelligence", ["director of national intelligence"], generic=["DNI", "Director"])
O("chair_ssci", "Chairman of the Senate Intelligence Committee", ["chairman"],
  generic=["Chairman of the Senate Select Committee on Intelligence", "Senate Intelligence Committee Chairman", "Chairman"])
O("vchair_ssci", "Vice Chairman of the Senate Intelligence Committee", ["Vice Chairman"],
  generic=["Vice Chairman of the Senate Select Committee on Intelligence", "Vice Chairman"])
O("pres_ph", head("President", "the Philippines", "Philippine"), ["Philippines president", "Philippine President", "president"])
O("vp_ph", head("Vice President", "the Philippines", "Philippine"), ["Vice President"])
O("mayor_manila", mayor("Manila"), ["mayor of Manila"])
O("pres_house_nl", "President of the House of Representatives of the Netherlands",
  generic=["President of the House of Representatives", "Speaker of the House of Representatives of the Netherlands"])
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"), ["Prime Minister"])
O("monarch_nl", "Monarch of the Netherlands", ["Queen", "King"], generic=["Queen of the Netherlands", "King of the Netherlands", "Dutch monarch"])
O("mayor_amsterdam", mayor("Amsterdam"), ["mayor of Amsterdam"])
O("unhcr", "United Nations High Commissioner for Refugees", generic=["UN High Commissioner for Refugees", "UNHCR"])
O("pm_si", head("Prime Minister", "Slovenia", "Slovenian"), ["prime minister"])
O("pm_tn", head("Prime Minister", "Tunisia", "Tunisian"))
O("pm_it", head("Prime Minister", "Italy", "Italian"), ["prime minister"])
O("pres_it", head("President", "Italy", "Italian"))
O("mayor_florence", mayor("Florence"))
O("mayor_rome", mayor("Rome"))
O("pd_it_leader", "Secretary of the Democratic Party (Italy)", ["Democratic leader"], generic=["Democratic Party leader", "Democratic leader"])
O("lord_mayor_melb", "Lord Mayor of Melbourne", generic=["Lord Mayor", "Mayor of Melbourne"])
O("rnc_finance_chair", "Finance Chairman of the Republican National Committee",
  ["Republican National Committee finance chairman"], generic=["RNC finance chairman", "RNC Finance Chair"])
O("labour_no_deputy", "Deputy Leader of the Labour Party (Norway)", ["deputy leader of Norway's Labour Party"], generic=["deputy leader"])
O("pres_ep", "President of the European Parliament", generic=["President of the European Parliament", "European Parliament President"])
E("ph_pres_2010", "2010 Philippine presidential election", "ocd-division/country:ph", "2010-05-10", "general", office="pres_ph")
E("ph_vp_2010", "2010 Philippine vice presidential election", "ocd-division/country:ph", "2010-05-10", "general", office="vp_ph")
E("ph_pres_2016", "2016 Philippine presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="pres_ph")
E("ph_vp_2016", "2016 Philippine vice presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="vp_ph")
E("manila_mayor_2013", "2013 Manila mayoral election", "ocd-division/country:ph/place:manila", "2013-05-13", "general")
E("nl_house_pres_2012", "2012 election of the President of the House of Representatives of the Netherlands", "ocd-division/country:nl", "2012-09-25", "general", office="pres_house_nl")
E("rome_mayor_2016", "2016 Rome mayoral election (runoff)", "ocd-division/country:it/place:rome", "2016-06-19", "runoff")
E("it_general_2018", "2018 Italian general election", "ocd-division/country:it", "2018-03-04", "general")
E("ep_pres_2017", "2017 European Parliament President election", "ocd-division/country:eu", "2017-01-17", "general", office="pres_ep")
P("mcconnell", "Mitch McConnell", ["McConnell"], qid="Q355522")
P("thune", "John Thune", [], qid="Q462981")
P("collins", "Susan Collins", ["Collins"], qid="Q22279")
P("murkowski", "Lisa Murkowski", ["Murkowski"], qid="Q22360")
P("alexander", "Lamar Alexander", ["Alexander"], qid="Q419976")
P("schumer", "Chuck Schumer", ["Schumer"], qid="Q380900")
P("bolton", "John Bolton", ["Bolton"])
P("schiff", "Adam Schiff", ["Schiff"], qid="Q350843")
P("zelensky", "Volodymyr Zelensky", [])
P("roberts", "John Roberts", [])
P("djones", "Doug Jones", ["Jones"])
P("manchin", "Joe Manchin", ["Manchin"], qid="Q538868")
P("ratcliffe", "John Ratcliffe", ["Ratcliffe"], qid="Q16980175")
P("heinrich", "Martin Heinrich", [], qid="Q565374")
P("coats", "Dan Coats", [])
P("burr", "Richard Burr", ["Burr"], qid="Q331278")
P("warner", "Mark Warner", ["Warner"], qid="Q453893")
P("harris", "Kamala Harris", ["Harris"], qid="Q10853588")
P("pompeo", "Mike Pompeo", ["Pompeo"])
P("cotton", "Tom Cotton", [], qid="Q3090307")
P("aking", "Angus King", ["King"], qid="Q544464")
P("aquino", "Benigno Aquino III", ["Noynoy Aquino", "Benigno Aquino III"])
P("estrada", "Joseph Estrada", [])
P("arroyo", "Gloria Arroyo", [])
P("binay", "Jejomar Binay", [])
P("duterte", "Rodrigo Duterte", [])
P("robredo", "Leni Robredo", [])
P("miltenburg", "Anouchka van Miltenburg", [])
P("rutte", "Mark Rutte", [])
P("samsom", "Diederik Samsom", [])
P("beatrix", "Beatrix of the Netherlands", ["Queen Beatrix"])
P("vanderlaan", "Eberhard van der Laan", [])
P("willemalexander", "Willem-Alexander of the Netherlands", ["King Willem-Alexander"])
P("dejong", "Piet de Jong", [])
P("lubbers", "Ruud Lubbers", [])
P("cerar", "Miro Cerar", [])
P("pahor", "Borut Pahor", [])
P("essid", "Habib Essid", [])
P("renzi", "Matteo Renzi", [])
P("gentiloni", "Paolo Gentiloni", [])
P("berlusconi", "Silvio Berlusconi", [])
P("raggi", "Virginia Raggi", [])
P("napolitano", "Giorgio Napolitano", [])
P("letta", "Enrico Letta", [])
P("doyle", "Robert Doyle", [])
P("wynn", "Steve Wynn", [])
P("giske", "Trond Giske", [])
P("tajani", "Antonio Tajani", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-05-31 (Fox, Edwards mistrial)
DOCS.append(("a_2012-05-31_ZhGgbRbyofYAf722.txt", [
    F("candidacy", "edwards", "us_dem_prim_2008", [L("John Edwards walks"), "the former Democratic presidential candidate gave an emotional statement",
                                                   S("At times, the trial focused heavily on Edwards", through="prevent the affair from scuttling his presidential bid.")]),
    F("party", "edwards", "dem", [L("John Edwards walks"), "the former Democratic presidential candidate gave an emotional statement"]),
    F("holds_office", "edwards", "sen_nc", "Edwards, a former U.S. senator, had faced", former=True),
    F("holds_office", "eagles", "fed_judge", "resulting in the mistrial decision by Judge Catherine Eagles"),
]))

# ---------------------------------------------------------------- a_2012-06-21 (NPR, Romney speech to Latino leaders)
DOCS.append(("a_2012-06-21_3IjjE9TcKjv4vnqJ.txt", [
    F("candidacy", "romney", "us_pres_2012", "Republican presidential candidate Mitt Romney softened"),
    F("party", "romney", "rep", "Republican presidential candidate Mitt Romney softened"),
    F("holds_office", "romney", "gov_ma", S("Republican presidential candidate Mitt Romney softened", through="the former Massachusetts governor criticized"), former=True),
    F("holds_office", "obama", "pres_us", "the former Massachusetts governor criticized President Obama"),
    F("candidacy", "obama", "us_pres_2012", ["the former Massachusetts governor criticized President Obama", "just enough to get him through the election"]),
    F("candidacy", "obama", "us_pres_2008", "Obama won 67 percent of the Hispanic vote in 2008"),
]))

# ---------------------------------------------------------------- a_2012-07-11 (NYT, outsourcing debate)
DOCS.append(("a_2012-07-11_YoWCf0vcehptWkr2.txt", [
    F("holds_office", "obama", "pres_us", "unveiled a Web site alleging that under President Obama"),
    F("candidacy", "obama", "us_pres_2012", [S("Mr. Obama spent Tuesday in Iowa", through="largely through a television commercial running in nine battleground states."),
                                             "a deputy campaign manager for Mr. Obama"]),
    F("candidacy", "romney", "us_pres_2012", ["On Tuesday, Mr. Romney, campaigning in Grand Junction",
                                              S("Mr. Obama spent Tuesday in Iowa", through="largely through a television commercial running in nine battleground states.")]),
    F("holds_office", "gore", "vp_us", "counts as a senior partner former Vice President Al Gore", former=True),
]))

# ---------------------------------------------------------------- a_2012-08-31 (NPR, fact checks of Romney)
DOCS.append(("a_2012-08-31_6kKYghUSFibsjHGx.txt", [
    F("candidacy", "romney", "us_pres_2012", "Among the things the Republican Party's presidential candidate is hearing"),
    F("party", "romney", "rep", "Among the things the Republican Party's presidential candidate is hearing"),
    F("candidacy", "pryan", "us_pres_2012", "GOP vice presidential nominee Paul Ryan gave"),
    F("party", "pryan", "rep", "GOP vice presidential nominee Paul Ryan gave"),
    F("holds_office", "obama", "pres_us", "saying that President Obama began his term in office"),
]))

# ---------------------------------------------------------------- a_2014-09-30 (RedState column)
DOCS.append(("a_2014-09-30_FGdGqPaqqMSMHWtc.txt", [
    F("holds_office", "obama", "pres_us", "President Barack H. Obama is the president of the United States"),
]))

# ---------------------------------------------------------------- a_2016-01-31 (AP, Iowa caucuses eve)
_IAPOLL = "Trump had the support of 28 percent of likely Republican caucus-goers"
_IADEM = "also found Clinton with 45 percent support to Sanders' 42 percent"
_CRUZ = "Republican Ted Cruz directed much of his final advertising against Marco Rubio"
DOCS.append(("a_2016-01-31_jtYnq4X6yjVN3jPB.txt", [
    F("candidacy", "trump", "ia_rep_caucus_2016", ["The 2016 presidential contenders are begging their Iowa supporters", _IAPOLL]),
    F("candidacy", "cruz", "ia_rep_caucus_2016", [_CRUZ, "considered Trump's chief rival in Iowa", _IAPOLL]),
    F("candidacy", "rubio", "ia_rep_caucus_2016", [_CRUZ, "the Floridian who's running third in Iowa", _IAPOLL]),
    F("candidacy", "sanders", "ia_dem_caucus_2016", ["Democrat Bernie Sanders called it a tossup with Hillary Clinton", _IADEM]),
    F("candidacy", "hclinton", "ia_dem_caucus_2016", ["Democrat Bernie Sanders called it a tossup with Hillary Clinton", _IADEM]),
    F("candidacy", "trump", "us_rep_prim_2016", ["The 2016 presidential contenders are begging their Iowa supporters", "One of the reasons that I'll win"]),
    F("candidacy", "cruz", "us_rep_prim_2016", _CRUZ),
    F("candidacy", "rubio", "us_rep_prim_2016", _CRUZ),
    F("candidacy", "sanders", "us_dem_prim_2016", "Democrat Bernie Sanders called it a tossup with Hillary Clinton"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "Democrat Bernie Sanders called it a tossup with Hillary Clinton"),
    F("candidacy", "trump", "nh_rep_prim_2016", S("\"I don't have to win it,\" Trump told CBS", through="He said he was confident of taking the New Hampshire primary on Feb. 9")),
    F("party", "cruz", "rep", _CRUZ),
    F("party", "rubio", "rep", _IAPOLL),
    F("party", "trump", "rep", _IAPOLL),
    F("party", "hclinton", "dem", _IADEM),
    F("holds_office", "cruz", "sen_tx", [_CRUZ, "Texan Cruz, considered Trump's chief rival"]),
    F("holds_office", "rubio", "sen_fl", [_CRUZ, "the Floridian who's running third in Iowa"]),
    F("poll", "trump", "ia_rep_caucus_2016", _IAPOLL, 28, pollster="The Des Moines Register/Bloomberg Iowa Poll"),
    F("poll", "cruz", "ia_rep_caucus_2016", _IAPOLL, 23, pollster="The Des Moines Register/Bloomberg Iowa Poll"),
    F("poll", "rubio", "ia_rep_caucus_2016", _IAPOLL, 15, pollster="The Des Moines Register/Bloomberg Iowa Poll"),
    F("poll", "hclinton", "ia_dem_caucus_2016", _IADEM, 45, pollster="The Des Moines Register/Bloomberg Iowa Poll"),
    F("poll", "sanders", "ia_dem_caucus_2016", _IADEM, 42, pollster="The Des Moines Register/Bloomberg Iowa Poll"),
    F("holds_office", "pate", "sos_ia", "challenged by Iowa Secretary of State Paul Pate"),
]))

# ---------------------------------------------------------------- a_2016-03-21 (NPR, Trump AIPAC speech)
DOCS.append(("a_2016-03-21_MbEYrm3QT5CjGzPB.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", ["as he moves closer to the Republican presidential nomination",
                                                 "At a Republican primary debate in Florida earlier this month, Trump said"]),
    F("party", "trump", "rep", ["At a Republican primary debate in Florida earlier this month, Trump said",
                                "Like many Republicans, Trump is often quick"]),
    F("candidacy", "carson", "us_rep_prim_2016", "neurosurgeon and former presidential candidate Ben Carson"),
    F("endorsement", "carson", "trump", ["when he endorsed Trump this month", "neurosurgeon and former presidential candidate Ben Carson"]),
    F("holds_office", "netanyahu", "pm_il", "to meet with Prime Minister Benjamin Netanyahu"),
]))

# ---------------------------------------------------------------- a_2016-08-01 (USA Today, McCain on Trump)
DOCS.append(("a_2016-08-01_LHw79oIDp7IZKdEq.txt", [
    F("candidacy", "trump", "us_pres_2016", "John McCain came out with a blistering statement against Donald Trump"),
    F("party", "trump", "rep", "John McCain came out with a blistering statement against Donald Trump"),
    F("party", "mccain", "rep", "do not represent the views of our Republican Party"),
    F("holds_office", "mccain", "sen_az", "The Arizona senator has said he will support Trump"),
    F("endorsement", "mccain", "trump", ["The Arizona senator has said he will support Trump", "released a memo hitting McCain for supporting Trump"]),
    F("candidacy", "mccain", "us_pres_2008", "McCain, who was the Republican nominee for president in 2008"),
    F("candidacy", "mccain", "az_sen_2016", ["McCain, who was the Republican nominee for president in 2008", "his competitor Rep. Ann Kirkpatrick"]),
    F("candidacy", "kirkpatrick", "az_sen_2016", "his competitor Rep. Ann Kirkpatrick"),
    F("party", "kirkpatrick", "dem", "his competitor Rep. Ann Kirkpatrick"),
    F("holds_office", "kirkpatrick", "rep_az1", "his competitor Rep. Ann Kirkpatrick"),
    F("candidacy", "hclinton", "us_pres_2016", "his granddaughter announced she would be supporting Clinton"),
]))

# ---------------------------------------------------------------- a_2016-09-13 (Salon, fact-checking debates)
DOCS.append(("a_2016-09-13_9JaCJcggYMQhRNQp.txt", [
    F("candidacy", "hclinton", "us_pres_2016", "When presidential candidates Hillary Clinton and Donald Trump appeared"),
    F("candidacy", "trump", "us_pres_2016", "When presidential candidates Hillary Clinton and Donald Trump appeared"),
    F("party", "hclinton", "dem", "what Secretary Clinton had said during her acceptance speech at the 2016 Democratic National Convention"),
    F("holds_office", "hclinton", "sec_state", ["So careful what you say, Mr. Trump and Secretary Clinton", "what Secretary Clinton had said during her acceptance speech"], former=True),
    F("holds_office", "hclinton", "sen_ny", "when then-Senator Clinton voted", former=True),
    F("holds_office", "comey", "fbi_dir", "what FBI Director Comey said on July 5"),
]))

# ---------------------------------------------------------------- a_2016-10-01 (CNN, Trump paralipsis)
DOCS.append(("a_2016-10-01_5zZHiota31PeD0kB.txt", [
    F("candidacy", "trump", "us_pres_2016", ["The Republican nominee's campaign might be unprecedented", "the closing minutes of Trump's first face-off with Hillary Clinton"]),
    F("party", "trump", "rep", ["The Republican nominee's campaign might be unprecedented", "the closing minutes of Trump's first face-off with Hillary Clinton"]),
    F("candidacy", "hclinton", "us_pres_2016", "the closing minutes of Trump's first face-off with Hillary Clinton"),
    F("candidacy", "trump", "us_rep_prim_2016", S("Trump tells you he won't say something negative", through="past primary opponents including Carly Fiorina and Ben Carson")),
    F("candidacy", "fiorina", "us_rep_prim_2016", ["past primary opponents including Carly Fiorina and Ben Carson", "when Fiorina was enjoying a brief uptick in the GOP primary race"]),
    F("candidacy", "carson", "us_rep_prim_2016", "past primary opponents including Carly Fiorina and Ben Carson"),
    F("party", "fiorina", "rep", "when Fiorina was enjoying a brief uptick in the GOP primary race"),
    F("holds_office", "bclinton", "pres_us", ["I was able to hold back on the indiscretions with respect to Bill Clinton",
                                             "Trump had not discussed the former president's extramarital affairs"], former=True),
]))

# ---------------------------------------------------------------- a_2016-10-05 (CS Monitor, Bill Clinton on Obamacare)
DOCS.append(("a_2016-10-05_Oe2Wg83hGSsv9ztn.txt", [
    F("holds_office", "bclinton", "pres_us", "The day after former President Bill Clinton uttered on the stump", former=True),
    F("holds_office", "obama", "pres_us", "criticism of President Obama"),
    F("holds_office", "earnest", "wh_press_sec", "Josh Earnest, the White House press secretary, defended"),
    F("candidacy", "hclinton", "us_pres_2016", ["Mr. Clinton and Hillary Clinton's presidential campaign praised",
                                                "That's something that Secretary [Hillary] Clinton has vowed to pursue if she is elected president"]),
    F("holds_office", "hclinton", "sec_state", ["That's something that Secretary [Hillary] Clinton has vowed to pursue",
                                                "That's why Secretary Clinton has proposed measures"], former=True),
    F("endorsement", "bclinton", "hclinton", ["While the comments showed Mr. Clinton can be as much of a wild card on the campaign trail",
                                              "The day after former President Bill Clinton uttered on the stump"]),
    F("candidacy", "trump", "us_pres_2016", "But Donald Trump, the Republican presidential nominee, seized"),
    F("party", "trump", "rep", "But Donald Trump, the Republican presidential nominee, seized"),
]))

# ---------------------------------------------------------------- a_2016-10-18 (questionnaire answers)
DOCS.append(("a_2016-10-18_DN9PW3XHkLNvBIHB.txt", [
    F("holds_office", "obama", "pres_us", "I will fulfill the pledge President Obama made"),
]))

# ---------------------------------------------------------------- a_2018-04-13 (Libby pardon)
DOCS.append(("a_2018-04-13_iLviX0ePV7GNHqMg.txt", [
    F("holds_office", "trump", "pres_us", S("news emerged that Donald Trump intended to pardon", through="The president has already signed off on the pardon")),
    F("holds_office", "libby", "cos_vp", "former Dick Cheney chief of staff Lewis", former=True),
    F("holds_office", "gwbush", "pres_us", "But in the last days of his administration, Bush restricted himself", former=True),
    F("holds_office", "mueller", "special_counsel", "agreed to cooperate with Special Counsel Robert Mueller"),
]))

# ---------------------------------------------------------------- a_2018-05-16 (Trump disclosure, Cohen payment)
DOCS.append(("a_2018-05-16_rOJ6dAfEcvNPQs2W.txt", [
    F("holds_office", "apol", "oge_dir", "OGE Acting Director David Apol wrote a letter"),
    F("holds_office", "rosenstein", "dep_ag", "to Deputy Attorney General Rod Rosenstein"),
    F("holds_office", "trump", "pres_us", S("And in April, the president himself said the same.", through="Trump said at the time.")),
    F("candidacy", "trump", "us_pres_2016", "Trump didn’t want news of the affair to emerge late in the campaign"),
]))

# ---------------------------------------------------------------- a_2018-05-16 (Breitbart, discharge petition)
DOCS.append(("a_2018-05-16_whlIKJiFXAaX4SyH.txt", [
    F("holds_office", "pryan", "speaker", "House Speaker Paul Ryan has many tools"),
    F("holds_office", "pelosi", "rep_ca12", "to avoid turning the floor over to Rep. Nancy Pelosi"),
    F("holds_office", "boehner", "speaker", "voted against the House Speaker John Boehner", former=True),
    F("holds_office", "meadows", "rep_nc11", "Boehner retaliated and Rep. Mark Meadows"),
    F("holds_office", "pearce", "rep_nm2", "Rep. Steve Pearce from New Mexico"),
    F("holds_office", "nugent", "rep_fl11", "Rep. Richard Nugent got the hook in 2015"),
    F("holds_office", "huelskamp", "rep_ks1", "In 2012, conservative Rep. Tim Huelskamp was pushed out"),
    F("candidacy", "huelskamp", "ks1_rep_prim_2016", S("In 2012, conservative Rep. Tim Huelskamp was pushed out", through="he was defeated in a primary by a business-backed rival.")),
    F("lost", "huelskamp", "ks1_rep_prim_2016", S("In 2012, conservative Rep. Tim Huelskamp was pushed out", through="he was defeated in a primary by a business-backed rival.")),
    F("holds_office", "mccarthy", "house_maj_leader", "Majority Leader Kevin McCarthy is Ryan"),
    F("holds_office", "goodlatte", "rep_va6", "created by Rep. Bob Goodlatte and Rep. Mike McCaul"),
    F("holds_office", "mccaul", "rep_tx10", "created by Rep. Bob Goodlatte and Rep. Mike McCaul"),
    F("holds_office", "goodlatte", "chair_judiciary", "created by Rep. Bob Goodlatte and Rep. Mike McCaul"),
    F("holds_office", "mccaul", "chair_homeland", "created by Rep. Bob Goodlatte and Rep. Mike McCaul"),
    F("holds_office", "curbelo", "rep_fl26", "I, [Rep.] Carlos Curbelo, move to discharge"),
]))

# ---------------------------------------------------------------- a_2020-01-11 (The Hill, Trump campaign vs Sanders)
_BS = "a reflection of the Independent Vermont senator’s momentum in the race for the Democratic nomination"
DOCS.append(("a_2020-01-11_bKAeghG9IivyCkG8.txt", [
    F("candidacy", "sanders", "us_dem_prim_2020", [_BS, "That statement also described Sanders as the “Democrats’ leading candidate for president,”"]),
    F("holds_office", "sanders", "sen_vt", [_BS, "“As a U.S. senator, I will do everything I can"]),
    F("holds_office", "sanders", "mayor_burlington", ["when he was mayor in Burlington, Vt., or a congressman", "documenting Sanders’s decades-long political career"], former=True),
    F("holds_office", "sanders", "rep_vt", ["when he was mayor in Burlington, Vt., or a congressman", "documenting Sanders’s decades-long political career"], former=True),
    F("holds_office", "trump", "pres_us", "For most of 2019, President Trump"),
    F("candidacy", "trump", "us_pres_2020", ["The Trump campaign is stepping up its attacks on Bernie Sanders", "At a campaign rally in Toledo, Ohio, on Thursday night, Trump singled out Sanders"]),
    F("candidacy", "biden", "us_dem_prim_2020", "who remains a top contender for the Democratic nomination"),
    F("party", "biden", "dem", "who remains a top contender for the Democratic nomination"),
    F("holds_office", "biden", "vp_us", "who remains a top contender for the Democratic nomination", former=True),
    F("holds_office", "khanna", "rep_ca17", "said Rep. Ro Khanna"),
    F("party", "khanna", "dem", "said Rep. Ro Khanna"),
    F("endorsement", "khanna", "sanders", "said Rep. Ro Khanna"),
    F("holds_office", "pelosi", "speaker", "“We have Bernie and [Speaker] Nancy Pelosi"),
    F("party", "pelosi", "dem", "“We have Bernie and [Speaker] Nancy Pelosi"),
    F("candidacy", "hclinton", "us_pres_2016", "if Democrats had nominated him instead of Hillary Clinton"),
    F("party", "hclinton", "dem", "if Democrats had nominated him instead of Hillary Clinton"),
    F("candidacy", "trump", "us_pres_2016", "if Democrats had nominated him instead of Hillary Clinton"),
]))

# ---------------------------------------------------------------- a_2020-01-31 (CNN, impeachment witnesses vote)
_SW = "with two Republicans, Sens. Susan Collins of Maine and Mitt Romney of Utah"
_DJ = "including Sens. Doug Jones of Alabama and Joe Manchin of West Virginia"
DOCS.append(("a_2020-01-31_VE7CHr5E594xSxEu.txt", [
    F("holds_office", "trump", "pres_us", "in President Donald Trump's impeachment trial"),
    F("holds_office", "mcconnell", "senate_maj_leader", "from Senate Majority Leader Mitch McConnell laying out"),
    F("holds_office", "mcconnell", "sen_ky", ["from Senate Majority Leader Mitch McConnell laying out", "Republican senators said the Kentucky Republican had no choice"]),
    F("party", "mcconnell", "rep", ["from Senate Majority Leader Mitch McConnell laying out", "Republican senators said the Kentucky Republican had no choice"]),
    F("holds_office", "thune", "sen_sd", "said Sen. John Thune of South Dakota"),
    F("holds_office", "thune", "senate_maj_whip", "said Sen. John Thune of South Dakota"),
    F("party", "thune", "rep", "said Sen. John Thune of South Dakota"),
    F("holds_office", "collins", "sen_me", _SW),
    F("party", "collins", "rep", [_SW, "Collins became the first Republican to back witnesses"]),
    F("holds_office", "romney", "sen_ut", _SW),
    F("party", "romney", "rep", _SW),
    F("holds_office", "schumer", "senate_min_leader", "while McConnell and Senate Minority Leader Chuck Schumer huddled"),
    F("holds_office", "bolton", "nsa", "former national security adviser John Bolton", former=True),
    F("holds_office", "murkowski", "sen_ak", "Sen. Lisa Murkowski, an Alaska Republican"),
    F("party", "murkowski", "rep", "Sen. Lisa Murkowski, an Alaska Republican"),
    F("holds_office", "alexander", "sen_tn", "Sen. Lamar Alexander of Tennessee, meanwhile"),
    F("party", "alexander", "rep", "McConnell, however, held his conference together enough to keep the witness vote at bay, with Alexander the linchpin"),
    F("holds_office", "pelosi", "speaker", "House Speaker Nancy Pelosi announced an impeachment inquiry"),
    F("holds_office", "schiff", "chair_hpsci", "led by House Intelligence Chairman Adam Schiff"),
    F("holds_office", "schiff", "rep_ca28", "led by House Intelligence Chairman Adam Schiff"),
    F("holds_office", "zelensky", "pres_ua", "Ukrainian President Volodymyr Zelensky"),
    F("holds_office", "biden", "vp_us", "former Vice President Joe Biden and his son", former=True),
    F("holds_office", "roberts", "chief_justice", "dragging Chief Justice John Roberts into the fray"),
    F("holds_office", "djones", "sen_al", _DJ),
    F("party", "djones", "dem", _DJ),
    F("holds_office", "manchin", "sen_wv", _DJ),
    F("party", "manchin", "dem", _DJ),
]))

# ---------------------------------------------------------------- a_2020-05-05 (NPR, Ratcliffe DNI hearing)
DOCS.append(("a_2020-05-05_rE0oUgbYlyOAILqC.txt", [
    F("holds_office", "trump", "pres_us", "President Trump's nominee to serve as America's top spy"),
    F("holds_office", "ratcliffe", "rep_tx4", "Rep. John Ratcliffe, R-Texas., assured"),
    F("party", "ratcliffe", "rep", "Rep. John Ratcliffe, R-Texas., assured"),
    F("holds_office", "heinrich", "sen_nm", "Sen. Martin Heinrich, D-N.M., asked"),
    F("party", "heinrich", "dem", "Sen. Martin Heinrich, D-N.M., asked"),
    F("holds_office", "collins", "sen_me", "Sen. Susan Collins, R-Maine, and other committee members"),
    F("party", "collins", "rep", "Sen. Susan Collins, R-Maine, and other committee members"),
    F("holds_office", "pelosi", "speaker", "[House Speaker] Nancy Pelosi"),
    F("holds_office", "mcconnell", "senate_maj_leader", "[Senate Majority Leader] Mitch McConnell"),
    F("holds_office", "coats", "dni", ["then-Director Dan Coats and other agency bosses", "The DNI position and the intelligence community"], former=True),
    F("holds_office", "obama", "pres_us", "negotiated under former President Barack Obama", former=True),
    F("holds_office", "burr", "sen_nc", "North Carolina Republican Sen. Richard Burr"),
    F("party", "burr", "rep", "North Carolina Republican Sen. Richard Burr"),
    F("holds_office", "burr", "chair_ssci", "imperiled the standing of the panel's chairman, North Carolina Republican Sen. Richard Burr"),
    F("holds_office", "warner", "sen_va", "Vice Chairman Sen. Mark Warner, D-Va."),
    F("party", "warner", "dem", "Vice Chairman Sen. Mark Warner, D-Va."),
    F("holds_office", "warner", "vchair_ssci", "Vice Chairman Sen. Mark Warner, D-Va."),
    F("holds_office", "rubio", "sen_fl", "Republicans including Sen. Marco Rubio of Florida"),
    F("party", "rubio", "rep", "Republicans including Sen. Marco Rubio of Florida"),
    F("holds_office", "harris", "sen_ca", "Sen. Kamala Harris, D-Calif., asked"),
    F("party", "harris", "dem", "Sen. Kamala Harris, D-Calif., asked"),
    F("holds_office", "pompeo", "sec_state", "including Secretary of State Mike Pompeo"),
    F("holds_office", "cotton", "sen_ar", "Sen. Tom Cotton, R-Ark."),
    F("holds_office", "aking", "sen_me", "Ratcliffe said in an answer to Sen. Angus King, I-Maine"),
    F("party", "cotton", "rep", "Sen. Tom Cotton, R-Ark."),
]))

# ---------------------------------------------------------------- c_2010-06-08 (Current Events, Aquino elected)
_AQ = "Noynoy Aquino is elected as President of the Philippines"
_PROC = "Noynoy Aquino and Jejomar Binay are proclaimed as President-elect and Vice President-elect"
_EST1 = "Former Philippine President Joseph Estrada visits former President Gloria Arroyo"
_EST2 = "Former President of the Philippines Joseph Estrada is sworn-in as the newly elected Mayor of Manila"
_EST3 = "Former Philippines president and current mayor of Manila Joseph Estrada"
_DU9 = "The Congress of the Philippines proclaims Rodrigo Duterte and Leni Robredo"
DOCS.append(("c_2010-06-08_noynoy-aquino-is-elected-as-president-of.txt", [
    F("candidacy", "aquino", "ph_pres_2010", [_AQ, _PROC]),
    F("won", "aquino", "ph_pres_2010", [_AQ, _PROC], 42),
    F("candidacy", "estrada", "ph_pres_2010", _AQ),
    F("lost", "estrada", "ph_pres_2010", _AQ),
    F("candidacy", "binay", "ph_vp_2010", _PROC),
    F("won", "binay", "ph_vp_2010", _PROC),
    F("holds_office", "estrada", "pres_ph", [_EST1, _EST2, _EST3], former=True),
    F("holds_office", "arroyo", "pres_ph", _EST1, former=True),
    F("holds_office", "estrada", "mayor_manila", [_EST2, _EST3]),
    F("candidacy", "estrada", "manila_mayor_2013", _EST2),
    F("won", "estrada", "manila_mayor_2013", _EST2),
    F("holds_office", "duterte", "pres_ph", ["The Supreme Court of the Philippines says President of the Philippines Rodrigo Duterte",
                                             "Philippines President Rodrigo Duterte urges",
                                             "Rodrigo Duterte is inaugurated as President of the Philippines"]),
    F("holds_office", "robredo", "vp_ph", "Rodrigo Duterte is inaugurated as President of the Philippines and Leni Robredo as Vice President"),
    F("holds_office", "aquino", "pres_ph", "On his final day as President of the Philippines, Benigno Aquino III says"),
    F("candidacy", "duterte", "ph_pres_2016", [_DU9, "Rodrigo Duterte, the Philippines presumptive president-elect"]),
    F("won", "duterte", "ph_pres_2016", [_DU9, "Rodrigo Duterte, the Philippines presumptive president-elect"]),
    F("candidacy", "robredo", "ph_vp_2016", _DU9),
    F("won", "robredo", "ph_vp_2016", _DU9),
]))

# ---------------------------------------------------------------- c_2012-09-25 (Current Events, van Miltenburg)
_AVM = "Anouchka van Miltenburg of the People's Party for Freedom and Democracy (VVD) is elected"
DOCS.append(("c_2012-09-25_anouchka-van-miltenburg-of-the-people-s-.txt", [
    F("holds_office", "miltenburg", "pres_house_nl", _AVM),
    F("party", "miltenburg", "vvd", _AVM),
    F("candidacy", "miltenburg", "nl_house_pres_2012", _AVM),
    F("won", "miltenburg", "nl_house_pres_2012", _AVM),
    F("holds_office", "rutte", "pm_nl", ["Exit polls suggest that incumbent Prime Minister Mark Rutte",
                                         "In the general election in the Netherlands, Prime Minister Mark Rutte",
                                         "The final prognosis shows 41 (+10) seats for incumbent Prime Minister Mark Rutte",
                                         "Mark Rutte of the People's Party for Freedom and Democracy is asked by Queen Beatrix",
                                         "Queen Maxima and Prime Minister Mark Rutte",
                                         "Prime Minister of the Netherlands Mark Rutte rules out",
                                         "Prime Minister of the Netherlands Mark Rutte tenders"]),
    F("party", "rutte", "vvd", ["Exit polls suggest that incumbent Prime Minister Mark Rutte",
                                "In the general election in the Netherlands, Prime Minister Mark Rutte",
                                "The final prognosis shows 41 (+10) seats for incumbent Prime Minister Mark Rutte",
                                "Mark Rutte of the People's Party for Freedom and Democracy is asked by Queen Beatrix"]),
    F("party", "samsom", "pvda", ["Diederik Samsom's Labour Party, gains 8", "for PvdA, Diederik Samsom's Labour Party",
                                  "Diederik Samsom of the Labour Party, excludes Greece"]),
    F("holds_office", "beatrix", "monarch_nl", ["Mark Rutte of the People's Party for Freedom and Democracy is asked by Queen Beatrix",
                                              "Mark Rutte tenders his government's resignation to Queen Beatrix"]),
    F("holds_office", "vanderlaan", "mayor_amsterdam", "Eberhard van der Laan, the mayor of Amsterdam"),
    F("holds_office", "willemalexander", "monarch_nl", "in the presence of King Willem-Alexander"),
    F("holds_office", "dejong", "pm_nl", "Former Prime Minister of the Netherlands Piet de Jong", former=True),
    F("holds_office", "lubbers", "pm_nl", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
    F("holds_office", "lubbers", "unhcr", "Former Prime Minister of the Netherlands and United Nations High Commissioner for Refugees Ruud Lubbers", former=True),
]))

# ---------------------------------------------------------------- c_2014-07-13 (Current Events, Slovenian election)
DOCS.append(("c_2014-07-13_the-new-centrist-party-of-miro-cerar-win.txt", [
    F("party", "cerar", "smc", "The new centrist Party of Miro Cerar wins the Slovenian elections"),
    F("party", "pahor", "sd_si", "The Social Democrats, led by Borut Pahor"),
    F("holds_office", "cerar", "pm_si", "Slovenia's prime minister, Miro Cerar says"),
]))

# ---------------------------------------------------------------- c_2014-10-26 (Current Events, Tunisian election)
DOCS.append(("c_2014-10-26_voters-in-tunisia-go-to-the-polls-for-a-.txt", [
    F("holds_office", "essid", "pm_tn", "vote (118-3) to dismiss Prime Minister Habib Essid from office", former=True),
]))

# ---------------------------------------------------------------- c_2016-12-04 (Current Events, Italian referendum)
DOCS.append(("c_2016-12-04_italians-go-to-the-polls-to-for-a-refere.txt", [
    F("holds_office", "renzi", "pm_it", ["Prime Minister Matteo Renzi, who introduced the referendum bill, resigns",
                                         "Italian Prime Minister Matteo Renzi looks to have suffered",
                                         "Matteo Renzi will resign from his office as Prime Minister of Italy",
                                         "Prime Minister of Italy Matteo Renzi signs",
                                         "The Prime Minister of Italy Matteo Renzi warns",
                                         "Matteo Renzi is sworn in as the Prime Minister of Italy"], former=True),
    F("holds_office", "gentiloni", "pm_it", "Paolo Gentiloni becomes the new Prime Minister of Italy"),
    F("holds_office", "berlusconi", "pm_it", "orders former Prime Minister Silvio Berlusconi to stand trial", former=True),
    F("candidacy", "raggi", "rome_mayor_2016", "exit polls showing Virginia Raggi of the Five Star Movement"),
    F("party", "raggi", "m5s", "exit polls showing Virginia Raggi of the Five Star Movement"),
    F("poll", "raggi", "rome_mayor_2016", "exit polls showing Virginia Raggi of the Five Star Movement"),
    F("holds_office", "renzi", "mayor_florence", "Mayor of Florence, Matteo Renzi, is given a mandate"),
    F("holds_office", "napolitano", "pres_it", "by Italian President Giorgio Napolitano"),
    F("holds_office", "letta", "pm_it", "Italy's Prime Minister Enrico Letta holds"),
    F("party", "renzi", "pd_it", "after Democratic leader Matteo Renzi called for him to resign"),
    F("holds_office", "renzi", "pd_it_leader", "after Democratic leader Matteo Renzi called for him to resign"),
]))

# ---------------------------------------------------------------- c_2018-02-04 (Current Events, Doyle resigns)
DOCS.append(("c_2018-02-04_robert-doyle-resigns-as-lord-mayor-of-me.txt", [
    F("holds_office", "doyle", "lord_mayor_melb", "Robert Doyle resigns as Lord Mayor of Melbourne", former=True),
    F("holds_office", "wynn", "rnc_finance_chair", "resigns as Republican National Committee finance chairman", former=True),
    F("holds_office", "giske", "labour_no_deputy", "Trond Giske announces his permanent resignation as deputy leader", former=True),
    F("party", "giske", "labour_no", "Trond Giske announces his permanent resignation as deputy leader"),
]))

# ---------------------------------------------------------------- c_2018-03-02 (Current Events, Tajani PM candidate)
_TAJ = "Antonio Tajani, the current President of the European Parliament, accepts the offer"
DOCS.append(("c_2018-03-02_antonio-tajani-the-current-president-of-.txt", [
    F("holds_office", "tajani", "pres_ep", [_TAJ, "Antonio Tajani has been elected as new President of the European Parliament"]),
    F("candidacy", "tajani", "it_general_2018", _TAJ),
    F("party", "tajani", "fi", _TAJ),
    F("endorsement", "berlusconi", "tajani", _TAJ),
    F("party", "berlusconi", "fi", _TAJ),
    F("holds_office", "berlusconi", "pm_it", ["orders former Prime Minister Silvio Berlusconi to stand trial",
                                              "Former Prime Minister of Italy Silvio Berlusconi is sentenced",
                                              "confirms that former Prime Minister Silvio Berlusconi will serve",
                                              "rejects an appeal by former Prime Minister Silvio Berlusconi"], former=True),
    F("candidacy", "tajani", "ep_pres_2017", "Antonio Tajani has been elected as new President of the European Parliament"),
    F("won", "tajani", "ep_pres_2017", "Antonio Tajani has been elected as new President of the European Parliament"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b05.jsonl")
    print("wrote", len(lines), "facts")
