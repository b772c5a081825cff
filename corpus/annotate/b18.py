# ruff: noqa: E501
"""Corpus annotation, batch b18 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401
R = Registry()
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "Republican party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "Dems", "D"], qid="Q29552")

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("gov_wi", governor("Wisconsin"), ["governor"])
O("gov_sc", governor("South Carolina"))
O("gov_la", governor("Louisiana"))
O("gov_nj", governor("New Jersey"), ["governor"])
O("gov_nc", governor("North Carolina"), ["governor"])
O("gov_ma", governor("Massachusetts"), ["Massachusetts governors"])
O("ag_va", state_officer("Attorney General", "Virginia"), ["Virginia's Attorney General"])
O("sen_il", senator("Illinois"))
O("sen_tx", senator("Texas"), ["Texas senator", "senator"])
O("sen_wv", senator("West Virginia"))
O("mayor_chicago", mayor("Chicago"), ["mayor"])
O("mayor_fortlee", mayor("Fort Lee"), ["mayor"])
O("speaker", "Speaker of the United States House of Representatives",
  generic=["Speaker of the House", "House Speaker", "Speaker"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  generic=["House Minority Leader", "Minority Leader"])
O("senate_maj_leader", "Majority Leader of the United States Senate",
  generic=["Senate Majority Leader", "Majority Leader"])
O("dnc_chair", "Chair of the Democratic National Committee",
  ["chairwoman of the Democratic National Committee"], generic=["DNC chair", "DNC Chairwoman", "DNC chairman"])
O("usatty_nj", "United States Attorney for the District of New Jersey", generic=["U.S. Attorney", "United States Attorney"])
O("chair_senate_commerce", "Chairman of the Senate Commerce, Science and Transportation Committee",
  generic=["chairman of the Senate Commerce, Science and Transportation Committee"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("pa_dem_prim_2008", "2008 Pennsylvania Democratic presidential primary", "ocd-division/country:us/state:pa", "2008-04-22", "primary", office="pres_us")
E("in_rep_prim_2016", "2016 Indiana Republican presidential primary", "ocd-division/country:us/state:in", "2016-05-03", "primary", office="pres_us")
E("wi_recall_2012", "2012 Wisconsin gubernatorial recall election", "ocd-division/country:us/state:wi", "2012-06-05", "general", special=True, office="gov_wi")
E("wi_gov_2010", "2010 Wisconsin gubernatorial election", "ocd-division/country:us/state:wi", "2010-11-02", "general", office="gov_wi")
E("va_gov_2013", "2013 Virginia gubernatorial election", "ocd-division/country:us/state:va", "2013-11-05", "general", office="Governor of Virginia")
E("nj_gov_2013", "2013 New Jersey gubernatorial election", "ocd-division/country:us/state:nj", "2013-11-05", "general", office="gov_nj")
E("nj_gop_chair_2014", "2014 New Jersey Republican State Committee chair election", "ocd-division/country:us/state:nj", "2014", "general",
  office="Chairman of the New Jersey Republican State Committee")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Obama", "President Barack Obama", "Barack Obama", "Sen. Barack Obama"], qid="Q76")
P("romney", "Mitt Romney", ["Romney", "Rommey", "Mitt Romney"], qid="Q4496")
P("walker", "Scott Walker", ["Walker", "Gov. Scott Walker", "Scott Walker"])
P("barrett", "Tom Barrett", ["Barrett", "Tom Barrett"])
P("haley", "Nikki Haley", ["Nikki Haley", "Haley"])
P("jindal", "Bobby Jindal", ["Bobby Jindal", "Jindal"])
P("christie", "Chris Christie", ["Christie", "Chris Christie", "Gov. Chris Christie"])
P("cuccinelli", "Ken Cuccinelli", ["Cuccinelli", "Ken Cuccinelli"])
P("perdue", "Bev Perdue", ["Bev Perdue"])
P("dws", "Debbie Wasserman Schultz", ["Debbie Wasserman Schultz", "Wasserman Schultz"], qid="Q50104")
P("clinton", "Hillary Clinton", ["Hillary Clinton", "Clinton"], qid="Q6294")
P("ryan", "Paul Ryan", ["Paul Ryan", "Ryan"], qid="Q203966")
P("emanuel", "Rahm Emanuel", ["Rahm Emanuel"])
P("boehner", "John Boehner", ["John Boehner", "Boehner"])
P("fishman", "Paul J. Fishman", ["Paul J. Fishman"])
P("rockefeller", "Jay Rockefeller", ["Jay Rockefeller", "Rockefeller"])
P("stepien", "Bill Stepien", ["Bill Stepien"])
P("kean", "Tom Kean", ["Tom Kean"])
P("sokolich", "Mark Sokolich", ["Mark Sokolich", "Sokolich"])
P("rove", "Karl Rove", ["Karl Rove", "Rove"])
P("reid", "Harry Reid", ["Harry Reid", "Reid"])
P("pelosi", "Nancy Pelosi", ["Nancy Pelosi"], qid="Q170581")
P("jcastro", "Joaquin Castro", ["Joaquin Castro"], qid="Q1167934")
P("trump", "Donald Trump", ["Donald Trump", "Trump", "Donald J. Trump"], qid="Q22686")
P("cruz", "Ted Cruz", ["Ted Cruz", "Cruz"], qid="Q2036942")
P("fiorina", "Carly Fiorina", ["Carly Fiorina", "Fiorina", "Carly"])
P("knight", "Bobby Knight", ["Bobby Knight"])
P("sanders", "Bernie Sanders", ["Bernie Sanders", "Sanders"], qid="Q359442")

P("lujan", "Ben Ray Luján", ["Ben Ray Luján", "Lujan", "Luján"], qid="Q324256")
P("walden", "Greg Walden", ["Greg Walden", "Walden"], qid="Q1397359")
P("ellison", "Keith Ellison", ["Keith Ellison", "Ellison", "Rep. Keith Ellison"], qid="Q40589")
P("pence", "Mike Pence", ["Mike Pence", "Pence"], qid="Q24313")
P("reagan", "Ronald Reagan", ["Ronald Reagan"])
P("kaine", "Tim Kaine", ["Tim Kaine", "Gov. Tim Kaine"], qid="Q359888")
P("canova", "Tim Canova", ["Tim Canova", "Canova"])
O("sec_state", "United States Secretary of State", ["secretary of state"], generic=["Secretary of State", "U.S. Secretary of State"])
O("dccc_chair", "Chair of the Democratic Congressional Campaign Committee", ["Democratic Congressional Campaign Committee Chairman"], generic=["DCCC Chairman", "DCCC chair"])
O("nrcc_chair", "Chair of the National Republican Congressional Committee", ["NRCC Chairman", "NRCC head"], generic=["NRCC chair"])
O("rep_mn5", representative("Minnesota", 5))
O("rep_fl23", representative("Florida", 23), ["congresswoman"])
O("gov_in", governor("Indiana"), ["Indiana governor", "governor"])
O("gov_va", governor("Virginia"))
O("sen_vt", senator("Vermont"))
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("ny_rep_prim_2016", "2016 New York Republican presidential primary", "ocd-division/country:us/state:ny", "2016-04-19", "primary", office="pres_us")
E("us_pres_1980", "1980 United States presidential election", "ocd-division/country:us", "1980-11-04", "general", office="pres_us")
E("fl23_dem_prim_2016", "2016 Florida's 23rd congressional district Democratic primary", "ocd-division/country:us/state:fl/cd:23", "2016-08-30", "primary")

P("bclinton", "Bill Clinton", ["Bill Clinton", "Bill"], qid="Q1124")
P("gore", "Al Gore", ["Al Gore"], qid="Q19673")
P("pressley", "Ayanna Pressley", ["Ayanna Pressley", "Pressley"], qid="Q13562359")
P("jlewis", "John Lewis", ["John Lewis", "Rep. John Lewis"], qid="Q45380")
P("dpatrick", "Deval Patrick", ["Deval Patrick"])
P("biden", "Joe Biden", ["Biden", "Joe Biden"], qid="Q6279")
P("warren", "Elizabeth Warren", ["Elizabeth Warren", "Senator Elizabeth Warren", "Warren"], qid="Q434706")
P("klobuchar", "Amy Klobuchar", ["Klobuchar", "Amy Klobuchar"], qid="Q22237")
P("bloomberg", "Michael Bloomberg", ["Michael Bloomberg", "Bloomberg"], qid="Q607")
O("sen_ma", senator("Massachusetts"))
O("rep_ga5", representative("Georgia", 5))
O("mayor_nyc", mayor("New York City"), ["New York City Mayor"])
E("us_pres_1992", "1992 United States presidential election", "ocd-division/country:us", "1992-11-03", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", "ocd-division/country:us", "2000-11-07", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")
E("ma7_dem_prim_2018", "2018 Massachusetts's 7th congressional district Democratic primary", "ocd-division/country:us/state:ma/cd:7", "2018-09-04", "primary")
E("ma7_2018", "2018 Massachusetts's 7th congressional district election", "ocd-division/country:us/state:ma/cd:7", "2018-11-06", "general")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
for _st, _nm, _dt, _kind in [("va", "Virginia", "2020-03-03", "primary"), ("nc", "North Carolina", "2020-03-03", "primary"),
                             ("al", "Alabama", "2020-03-03", "primary"), ("mn", "Minnesota", "2020-03-03", "primary"),
                             ("ma", "Massachusetts", "2020-03-03", "primary"), ("vt", "Vermont", "2020-03-03", "primary"),
                             ("sc", "South Carolina", "2020-02-29", "primary"), ("ia", "Iowa", "2020-02-03", "caucuses"),
                             ("nh", "New Hampshire", "2020-02-11", "primary"), ("nv", "Nevada", "2020-02-22", "caucuses")]:
    E("%s_dem_prim_2020" % _st, "2020 %s Democratic presidential %s" % (_nm, _kind), "ocd-division/country:us/state:" + _st, _dt, "primary", office="pres_us")

P("ossoff", "Jon Ossoff", ["Jon Ossoff", "Ossoff"], qid="Q28839536")
P("tomlinson", "Teresa Tomlinson", ["Teresa Tomlinson", "Tomlinson"])
P("amico", "Sarah Riggs Amico", ["Sarah Riggs Amico", "Amico"])
P("dperdue", "David Perdue", ["David Perdue", "Perdue", "Sen. David Perdue"], qid="Q17402717")
P("raffensperger", "Brad Raffensperger", ["Brad Raffensperger", "Raffensperger"])
P("kemp", "Brian Kemp", ["Brian Kemp", "Gov. Brian Kemp"])
P("abrams", "Stacey Abrams", ["Stacey Abrams"])
P("thurmond", "Michael Thurmond", ["Michael Thurmond", "Thurmond"])
P("loeffler", "Kelly Loeffler", ["Kelly Loeffler", "Loeffler", "Sen. Kelly Loeffler"])
P("isakson", "Johnny Isakson", ["Johnny Isakson", "Sen. Johnny Isakson"], qid="Q130024")
P("collins", "Doug Collins", ["Doug Collins", "Rep. Doug Collins"], qid="Q3162841")
P("warnock", "Raphael Warnock", ["Raphael Warnock", "Rev. Raphael Warnock"], qid="Q84146599")
P("mlieberman", "Matt Lieberman", ["Matt Lieberman"])
P("jlieberman", "Joe Lieberman", ["Joe Lieberman", "Sen. Joe Lieberman"])
P("bottoms", "Keisha Lance Bottoms", ["Keisha Lance Bottoms"])
O("sen_ga", senator("Georgia"), ["senator"])
O("sen_ct", senator("Connecticut"))
O("sos_ga", state_officer("Secretary of State", "Georgia"), ["Georgia Secretary of State"])
O("gov_ga", governor("Georgia"))
O("ltgov_ga", lieutenant_governor("Georgia"), ["lieutenant governor"])
O("mayor_columbus", mayor("Columbus"), ["Columbus mayor"])
O("mayor_atlanta", mayor("Atlanta"), ["Atlanta Mayor"])
O("ga_house_min_leader", "Minority Leader of the Georgia House of Representatives", ["state House minority leader"],
  generic=["Minority Leader", "House Minority Leader"])
O("ceo_dekalb", "Chief Executive Officer of DeKalb County", ["CEO of DeKalb county"], generic=["DeKalb County CEO"])
O("rep_ga9", representative("Georgia", 9))
E("ga_sen_dem_prim_2020", "2020 United States Senate Democratic primary in Georgia", "ocd-division/country:us/state:ga", "2020-06-09", "primary", office="sen_ga")
E("ga_sen_2020", "2020 United States Senate election in Georgia", "ocd-division/country:us/state:ga", "2020-11-03", "general", office="sen_ga")
E("ga_sen_special_2020", "2020 United States Senate special election in Georgia", "ocd-division/country:us/state:ga", "2020-11-03", "general", special=True, office="sen_ga")
E("ga6_2017", "2017 Georgia's 6th congressional district special election runoff", "ocd-division/country:us/state:ga/cd:6", "2017-06-20", "runoff", special=True)
E("ga_ltgov_2018", "2018 Georgia lieutenant gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office="ltgov_ga")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office="gov_ga")

R.party("dpp", "Democratic Progressive Party", ["Democratic Progressive Party", "DPP"])
R.party("kmt", "Kuomintang", ["Kuomintang", "KMT", "Nationalist Party", "Kuomintang (Chinese Nationalist Party)"])
R.party("ccp", "Chinese Communist Party", ["Communist Party", "Chinese Communist Party"])
R.party("ph_lp", "Liberal Party (Philippines)", ["Liberal Party"])
P("su", "Su Tseng-chang", ["Su Tseng-chang"])
P("tsai", "Tsai Ing-wen", ["Tsai Ing-wen", "Ms. Tsai", "Tsai"])
P("chu", "Eric Chu", ["Eric Chu"])
P("ma", "Ma Ying-jeou", ["Ma Ying-jeou"])
P("lien", "Sean Lien", ["Sean Lien"])
P("hu", "Hu Jintao", ["Hu Jintao"])
P("wu", "Wu Poh-hsiung", ["Wu Poh-hsiung", "Wu Po-hsiung"])
P("aquino", "Benigno Aquino III", ["Noynoy Aquino", "Benigno Aquino III", "Aquino", "Benigno &quot;Noynoy&quot; Aquino III"])
P("binay", "Jejomar Binay", ["Jejomar Binay", "Binay", "Jejomar &quot;Jojo&quot; Binay"])
P("duterte", "Rodrigo Duterte", ["Rodrigo Duterte", "Duterte"])
P("robredo", "Leni Robredo", ["Leni Robredo", "Robredo"])
P("estrada", "Joseph Estrada", ["Joseph Estrada"])
P("arroyo", "Gloria Macapagal Arroyo", ["Gloria Arroyo"])
O("dpp_chair", "Chairperson of the Democratic Progressive Party", ["DPP chairman", "Democratic Progressive Party chairwoman"],
  generic=["DPP chair", "DPP chairman", "DPP chairwoman"])
O("kmt_chair", "Chairman of the Kuomintang", ["Nationalist Party Chairman", "party leader", "Chairman of Taiwan's ruling party the Kuomintang"],
  generic=["KMT chairman", "Kuomintang chairman"])
O("pres_tw", head("President", "the Republic of China", "Taiwanese"), ["President of Taiwan", "President of the Republic of China"])
O("ccp_gensec", "General Secretary of the Chinese Communist Party", ["General Secretary"],
  generic=["General Secretary of the Communist Party", "CCP General Secretary"])
O("pres_prc", head("President", "the People's Republic of China", "Chinese"), ["the President of the People's Republic of China"])
O("pres_ph", head("President", "the Philippines", "Philippine"), ["President of the Philippines"])
O("vp_ph", head("Vice President", "the Philippines", "Philippine"), ["Vice President of the Philippines", "Vice President"])
E("tw_pres_2016", "2016 Taiwanese presidential election", "ocd-division/country:tw", "2016-01-16", "general", office="pres_tw")
E("tw_pres_2012", "2012 Taiwanese presidential election", "ocd-division/country:tw", "2012-01-14", "general", office="pres_tw")
E("tw_pres_2008", "2008 Taiwanese presidential election", "ocd-division/country:tw", "2008-03-22", "general", office="pres_tw")
E("ph_pres_2010", "2010 Philippine presidential election", "ocd-division/country:ph", "2010-05-10", "general", office="pres_ph")
E("ph_vp_2010", "2010 Philippine vice presidential election", "ocd-division/country:ph", "2010-05-10", "general", office="vp_ph")
E("ph_pres_2016", "2016 Philippine presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="pres_ph")
E("ph_vp_2016", "2016 Philippine vice presidential election", "ocd-division/country:ph", "2016-05-09", "general", office="vp_ph")
E("ph_pres_2004", "2004 Philippine presidential election", "ocd-division/country:ph", "2004-05-10", "general", office="pres_ph")

P("pawlenty", "Tim Pawlenty", ["Tim Pawlenty"])
P("gingrich", "Newt Gingrich", ["Newt Gingrich"])
P("santorum", "Rick Santorum", ["Rick Santorum"])
P("huntsman", "Jon Huntsman", ["Jon Huntsman"])
P("mueller", "Robert Mueller", ["Robert Mueller"])
P("poroshenko", "Petro Poroshenko", ["Petro Poroshenko", "President Petro Poroshenko"])
P("zakharchenko", "Alexander Zakharchenko", ["Alexander Zakharchenko"])
P("plotnitsky", "Igor Plotnitsky", ["Igor Plotnitsky"])
P("putin", "Vladimir Putin", ["Vladimir Putin"], qid="Q7747")
P("zuluaga", "Óscar Iván Zuluaga", ["Oscar Ivan Zuluaga"])
P("santos", "Juan Manuel Santos", ["Juan Manuel Santos"])
O("special_counsel", "Special Counsel for the United States Department of Justice", ["Special counsel"], generic=["Special Counsel"])
O("pres_ua", head("President", "Ukraine", "Ukrainian"), ["Ukrainian president", "The President of Ukraine", "President"])
O("pres_ru", head("President", "Russia", "Russian"))
O("head_dpr", "Head of the Donetsk People's Republic", ["DPR leader"], generic=["DPR leader"])
O("head_lpr", "Head of the Luhansk People's Republic", ["LPR leader"], generic=["LPR leader"])
O("pres_co", head("President", "Colombia", "Colombian"), ["the incumbent"])
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
for _st, _nm, _dt, _pty in [("md", "Maryland", "2012-04-03", "Republican"), ("wi", "Wisconsin", "2012-04-03", "Republican"),
                            ("ar", "Arkansas", "2012-05-22", "Republican"), ("ky", "Kentucky", "2012-05-22", "Republican"),
                            ("mi", "Michigan", "2012-02-28", "Republican"), ("az", "Arizona", "2012-02-28", "Republican")]:
    E("%s_rep_prim_2012" % _st, "2012 %s Republican presidential primary" % _nm, "ocd-division/country:us/state:" + _st, _dt, "primary", office="pres_us")
E("dc_rep_prim_2012", "2012 District of Columbia Republican presidential primary", "ocd-division/country:us/district:dc", "2012-04-03", "primary", office="pres_us")
E("pr_rep_prim_2012", "2012 Puerto Rico Republican presidential primary", "ocd-division/country:us/territory:pr", "2012-03-18", "primary", office="pres_us")
E("ar_dem_prim_2012", "2012 Arkansas Democratic presidential primary", "ocd-division/country:us/state:ar", "2012-05-22", "primary", office="pres_us")
E("ky_dem_prim_2012", "2012 Kentucky Democratic presidential primary", "ocd-division/country:us/state:ky", "2012-05-22", "primary", office="pres_us")
E("ua_pres_2014", "2014 Ukrainian presidential election", "ocd-division/country:ua", "2014-05-25", "general", office="pres_ua")
E("co_pres_2014_r1", "2014 Colombian presidential election (first round)", "ocd-division/country:co", "2014-05-25", "general", office="pres_co")
E("co_pres_2014_r2", "2014 Colombian presidential election (second round)", "ocd-division/country:co", "2014-06-15", "runoff", office="pres_co")

R.party("nca", "National Coalition of Afghanistan", ["National Coalition of Afghanistan"])
R.party("psd", "Social Democratic Party (Romania)", ["Social Democratic Party", "PSD", "social-democrat", "Social Democrats"])
P("ghani", "Ashraf Ghani", ["Ashraf Ghani", "Ghani"])
P("abdullah", "Abdullah Abdullah", ["Abdullah Abdullah", "Dr. Abdullah Abdullah", "Abdullah"])
P("kerry", "John Kerry", ["John Kerry"])
P("qkarzai", "Qayum Karzai", ["Qayum Karzai"])
P("hkarzai", "Hamid Karzai", ["Hamid Karzai"])
P("rassoul", "Zalmai Rassoul", ["Zalmai Rassoul"])
P("iohannis", "Klaus Iohannis", ["Klaus Iohannis"])
P("grindeanu", "Sorin Grindeanu", ["Sorin Grindeanu"])
P("ponta", "Victor Ponta", ["Victor Ponta"])
P("basescu", "Traian Băsescu", ["Traian Basescu"])
P("boc", "Emil Boc", ["Emil Boc"])
O("finmin_af", head("Minister of Finance", "Afghanistan", "Afghan"), ["finance minister"], generic=["Finance Minister"])
O("formin_af", head("Minister of Foreign Affairs", "Afghanistan", "Afghan"), ["foreign minister"], generic=["Foreign Minister"])
O("pres_af", head("President", "Afghanistan", "Afghan"), ["Afghanistan President", "president of Afghanistan", "President of Afghanistan"])
O("ce_af", "Chief Executive of Afghanistan", ["Chief Executive"], generic=["Chief Executive"])
O("pres_ro", head("President", "Romania", "Romanian"), ["Romania's president", "Romanian President"])
O("pm_ro", head("Prime Minister", "Romania", "Romanian"), ["prime minister", "Romanian Prime Minister", "PSD Prime Minister"])
E("af_pres_2014_r1", "2014 Afghan presidential election (first round)", "ocd-division/country:af", "2014-04-05", "general", office="pres_af")
E("af_pres_2014_r2", "2014 Afghan presidential election (second round)", "ocd-division/country:af", "2014-06-14", "runoff", office="pres_af")

DOCS = []

# ---------------------------------------------------------------- NPR, 2012-06-03, Wisconsin recall
_RALLY = "Walker's survival has become a rallying cry for Republican leaders across the country"
DOCS.append(("a_2012-06-03_QkK839z5XST0uzZb.txt", [
    F("holds_office", "walker", "gov_wi", "whether or not to recall Republican Gov. Scott Walker"),
    F("party", "walker", "rep", "whether or not to recall Republican Gov. Scott Walker"),
    F("candidacy", "walker", "wi_recall_2012", "whether or not to recall Republican Gov. Scott Walker"),
    F("holds_office", "obama", "pres_us", "even for President Obama's re-election"),
    F("candidacy", "obama", "us_pres_2012", "even for President Obama's re-election"),
    F("candidacy", "walker", "wi_gov_2010", "And that was set in 2010 by Gov. Scott Walker."),
    F("candidacy", "barrett", "wi_recall_2012", "Tom Barrett, his Democratic challenger, does."),
    F("party", "barrett", "dem", "Tom Barrett, his Democratic challenger, does."),
    F("endorsement", "haley", "walker", S(_RALLY, through="Nikki Haley hit the stump last week")),
    F("endorsement", "jindal", "walker", S(_RALLY, through="Nikki Haley hit the stump last week")),
    F("endorsement", "christie", "walker", S(_RALLY, through="So has Chris Christie")),
    F("holds_office", "haley", "gov_sc", "South Carolina's Gov. Nikki Haley hit the stump last week"),
    F("holds_office", "jindal", "gov_la", "South Carolina's Gov. Nikki Haley hit the stump last week"),
    F("party", "haley", "rep", S(_RALLY, through="Nikki Haley hit the stump last week")),
    F("party", "jindal", "rep", S(_RALLY, through="Nikki Haley hit the stump last week")),
    F("holds_office", "christie", "gov_nj", "So has Chris Christie, governor of New Jersey"),
    F("party", "christie", "rep", "So has Chris Christie, governor of New Jersey"),
    F("holds_office", "cuccinelli", "ag_va", "Virginia's Attorney General Ken Cuccinelli has asked his backers"),
    F("endorsement", "cuccinelli", "walker", ["Virginia's Attorney General Ken Cuccinelli has asked his backers",
                                              "it is very important for Scott Walker to win this election"]),
    F("party", "cuccinelli", "rep", "Cuccinelli, a rising star in the Republican Party, is running for governor"),
    F("candidacy", "cuccinelli", "va_gov_2013", "Cuccinelli, a rising star in the Republican Party, is running for governor"),
    F("endorsement", "obama", "barrett", S("Obama has been notably absent from the Wisconsin fight.", through="He's endorsed Walker's opponent Tom Barrett")),
    F("candidacy", "obama", "us_pres_2008", S("But if Walker does survive, what does that mean for Obama?", through="The president won Wisconsin by a pretty healthy margin in 2008")),
    F("candidacy", "romney", "us_pres_2012", "Wisconsin automatically becomes a gettable state for Mitt Romney"),
]))

# ---------------------------------------------------------------- Fox News, 2012-09-03, Charlotte convention
DOCS.append(("a_2012-09-03_YO54d7GQbT8CNRGB.txt", [
    F("holds_office", "obama", "pres_us", "represents some of the challenges President Obama faces this Election Day"),
    F("candidacy", "obama", "us_pres_2012", ["represents some of the challenges President Obama faces this Election Day",
                                             "is sure to weigh on Obama's re-election bid"]),
    F("holds_office", "perdue", "gov_nc", "The governor of the state, Democrat Bev Perdue"),
    F("party", "perdue", "dem", "The governor of the state, Democrat Bev Perdue"),
    F("candidacy", "obama", "us_pres_2008", "And while Obama turned the red state blue in 2008"),
    F("candidacy", "romney", "us_pres_2012", "Mitt Romney appears to be slightly ahead going into November"),
    F("poll", "romney", "us_pres_2012", "showed Romney leading 47 percent to 43 percent in North Carolina", 47,
      pollster="Elon University/Charlotte Observer"),
    F("poll", "obama", "us_pres_2012", S("And while Obama turned the red state blue in 2008",
                                         through="showed Romney leading 47 percent to 43 percent in North Carolina"), 43,
      pollster="Elon University/Charlotte Observer"),
    F("holds_office", "dws", "dnc_chair", "Debbie Wasserman Schultz, chairwoman of the Democratic National Committee"),
    F("party", "dws", "dem", "Debbie Wasserman Schultz, chairwoman of the Democratic National Committee"),
]))

# ---------------------------------------------------------------- Fox News, 2012-09-18, Stirewalt column
DOCS.append(("a_2012-09-18_sfnMHsQqU0rk09E2.txt", [
    F("candidacy", "romney", "us_pres_2012", "Republican presidential nominee Mitt Romney speaking at a May 17 fundraiser"),
    F("party", "romney", "rep", "Republican presidential nominee Mitt Romney speaking at a May 17 fundraiser"),
    F("holds_office", "obama", "sen_il", "then-Sen. Barack Obama blaming his problems", former=True),
    F("candidacy", "obama", "pa_dem_prim_2008", "then-Sen. Barack Obama blaming his problems in the Pennsylvania Democratic Primary"),
    F("party", "obama", "dem", "then-Sen. Barack Obama blaming his problems in the Pennsylvania Democratic Primary"),
    F("candidacy", "obama", "us_dem_prim_2008", "While Obama was explaining his bid to woo voters opposed to him and favorable to Hillary Clinton in the primary"),
    F("candidacy", "clinton", "us_dem_prim_2008", "While Obama was explaining his bid to woo voters opposed to him and favorable to Hillary Clinton in the primary"),
    F("candidacy", "obama", "us_pres_2008", "While Obama was explaining his bid to woo voters opposed to him and favorable to Hillary Clinton in the primary"),
    F("party", "clinton", "dem", ["then-Sen. Barack Obama blaming his problems in the Pennsylvania Democratic Primary",
                                  "While Obama was explaining his bid to woo voters opposed to him and favorable to Hillary Clinton in the primary"]),
    F("candidacy", "obama", "us_pres_2012", ["Who is a better manager, him or Obama?",
                                            "Romney will lose the competency argument against the incumbent"]),
    F("holds_office", "obama", "pres_us", ["And they will vote for this president no matter what.",
                                           "Romney will lose the competency argument against the incumbent"]),
    F("holds_office", "emanuel", "mayor_chicago", "the city’s Democratic mayor, Rahm Emanuel"),
    F("party", "emanuel", "dem", "the city’s Democratic mayor, Rahm Emanuel"),
    F("holds_office", "romney", "gov_ma", "running through the former Massachusetts governors’ campaign", former=True),
    F("candidacy", "ryan", "us_pres_2012", "Romney’s decision to tap Paul Ryan as his running mate"),
    F("party", "ryan", "rep", "Republicans like Ryan have long warned"),
]))

# ---------------------------------------------------------------- CNN, 2012-12-20, fiscal cliff poll
DOCS.append(("a_2012-12-20_F81WMXTJQRirSw2v.txt", [
    F("holds_office", "obama", "pres_us", "fewer than a third say they trust congressional Republicans more than"),
    F("holds_office", "boehner", "speaker", "House Speaker John Boehner, who's leading GOP fiscal cliff negotiations"),
    F("party", "boehner", "rep", S("House Speaker John Boehner, who's leading GOP fiscal cliff negotiations",
                                   through="the top Republican in the House handling his job")),
]))

# ---------------------------------------------------------------- Fox News, 2014-01-10, Christie bridge scandal
DOCS.append(("a_2014-01-10_WM6AA3L3A98AL9Es.txt", [
    F("holds_office", "christie", "gov_nj", "New Jersey Republican Gov. Chris Christie sought to move beyond"),
    F("party", "christie", "rep", "New Jersey Republican Gov. Chris Christie sought to move beyond"),
    F("holds_office", "fishman", "usatty_nj", "The office of U.S. Attorney Paul J. Fishman said Thursday"),
    F("holds_office", "rockefeller", "sen_wv", "Sen. Jay Rockefeller, D-W.Va., chairman of the Senate Commerce"),
    F("party", "rockefeller", "dem", "Sen. Jay Rockefeller, D-W.Va., chairman of the Senate Commerce"),
    F("holds_office", "rockefeller", "chair_senate_commerce", "Sen. Jay Rockefeller, D-W.Va., chairman of the Senate Commerce"),
    F("candidacy", "stepien", "nj_gop_chair_2014", "asking him to withdraw a bid to become the next state GOP chairman"),
    F("party", "stepien", "rep", "asking him to withdraw a bid to become the next state GOP chairman"),
    F("candidacy", "christie", "nj_gov_2013", "to punish the mayor for refusing to endorse Christie during his recent re-election campaign"),
    F("holds_office", "kean", "gov_nj", "said former New Jersey Gov. Tom Kean, a Republican", former=True),
    F("party", "kean", "rep", "said former New Jersey Gov. Tom Kean, a Republican"),
    F("holds_office", "obama", "pres_us", "David Axelrod, a top adviser to President Obama's campaigns"),
    F("holds_office", "sokolich", "mayor_fortlee", "Christie, who traveled to Fort Lee after press conference on Thursday"),
]))

# ---------------------------------------------------------------- Politico, 2014-09-30, fundraising gloom
DOCS.append(("a_2014-09-30_1ZBhSpOA0H4ekfiX.txt", [
    F("party", "rove", "rep", "But even Karl Rove — the GOP’s preeminent mega-donor schmoozer"),
    F("holds_office", "reid", "senate_maj_leader", "for two more years of Majority Leader Harry Reid"),
    F("party", "romney", "rep", "Mitt Romney wrote in a Sunday fundraising email for the National Republican Congressional Committee"),
    F("endorsement", "jcastro", "clinton", "( Also on POLITICO: Joaquin Castro endorses Clinton)"),
    F("holds_office", "pelosi", "house_min_leader", "signed by House Minority Leader Nancy Pelosi"),
    F("party", "pelosi", "dem", "read a Democratic Congressional Campaign Committee email last week signed by House Minority Leader Nancy Pelosi"),
]))

# ---------------------------------------------------------------- 2016-04-28, Cruz picks Fiorina
_FIOR = S("Fiorina tussled with Trump early in the primary season", through="The GOP front-runner dismissed this latest move.")
DOCS.append(("a_2016-04-28_ROUHbR3WyTNXtXmJ.txt", [
    F("candidacy", "cruz", "us_rep_prim_2016", S("It's an unusual move for a presidential candidate", through="Cruz went ahead and announced his choice.")),
    F("candidacy", "trump", "us_rep_prim_2016", ["But despite trailing Trump, Cruz went ahead", _FIOR]),
    F("party", "trump", "rep", _FIOR),
    F("party", "cruz", "rep", [S("It's an unusual move for a presidential candidate", through="Cruz went ahead and announced his choice."), _FIOR]),
    F("candidacy", "fiorina", "us_rep_prim_2016", ["naming former Hewlett-Packard CEO Carly Fiorina as his running mate", _FIOR]),
    F("party", "fiorina", "rep", _FIOR),
    F("endorsement", "fiorina", "cruz", "And I believe Ted Cruz is the man to lead that fight."),
    F("holds_office", "cruz", "sen_tx", S("Carly isn't intimated by bullies", through="the Texas senator declared Wednesday")),
    F("candidacy", "trump", "in_rep_prim_2016", "where he got the endorsement of legendary Indiana Hooters basketball coach Bobby Knight"),
    F("endorsement", "knight", "trump", "Trump went from there to Indiana where he got the endorsement"),
    F("candidacy", "cruz", "in_rep_prim_2016", "Cruz is 400 delegates behind Trump and while he expects to win Indiana"),
    F("candidacy", "clinton", "us_dem_prim_2016", "After Indiana votes, Clinton is hoping it's also over for Bernie Sanders."),
    F("candidacy", "sanders", "us_dem_prim_2016", ["After Indiana votes, Clinton is hoping it's also over for Bernie Sanders.",
                                                   "The delegate math is not with Sanders"]),
]))

# ---------------------------------------------------------------- Politico, 2016-05-19, Trump and Clinton as fundraising tools
_PICK = "Congressional Republicans and Democrats may despise the other party’s pick for the White House"
DOCS.append(("a_2016-05-19_brrmsfF5rvxx0RbY.txt", [
    F("candidacy", "trump", "us_pres_2016", [_PICK, "Many Republican donors, Walden said, fear that Clinton will beat Trump"]),
    F("candidacy", "clinton", "us_pres_2016", [_PICK, "Many Republican donors, Walden said, fear that Clinton will beat Trump"]),
    F("party", "trump", "rep", _PICK),
    F("party", "clinton", "dem", _PICK),
    F("holds_office", "clinton", "sec_state", "the ongoing FBI investigation of her email practices as secretary of state", former=True),
    F("candidacy", "trump", "us_rep_prim_2016", ["believes Trump’s primary romp in the first quarter of this year", "With Trump as the front-runner"]),
    F("holds_office", "lujan", "dccc_chair", "And Democratic Congressional Campaign Committee Chairman Ben Ray Luján believes"),
    F("party", "lujan", "dem", S("And Democratic Congressional Campaign Committee Chairman Ben Ray Luján believes", through="the New Mexico Democrat said in an interview")),
    F("holds_office", "walden", "nrcc_chair", "NRCC Chairman Greg Walden (R-Ore.) said"),
    F("party", "walden", "rep", "NRCC Chairman Greg Walden (R-Ore.) said"),
    F("holds_office", "pelosi", "house_min_leader", "just as [Minority Leader] Nancy Pelosi has motivated our bases"),
    F("candidacy", "trump", "nh_rep_prim_2016", S("Democrats are similarly finding that invoking Trump opens wallets.", through="won the New Hampshire primary on Feb. 9")),
    F("won", "trump", "nh_rep_prim_2016", S("Democrats are similarly finding that invoking Trump opens wallets.", through="won the New Hampshire primary on Feb. 9")),
    F("candidacy", "trump", "ny_rep_prim_2016", S("Democrats have also raise money off of Trump's success.", through="won the New York primary on April 19")),
    F("won", "trump", "ny_rep_prim_2016", ["After the Manhattan mogul won the New York primary on April 19",
                                           "After Donald Trump’s huge victory in New York last night"]),
    F("holds_office", "ellison", "rep_mn5", "The DCCC tapped Muslim Rep. Keith Ellison (D-Minn.)"),
    F("party", "ellison", "dem", "The DCCC tapped Muslim Rep. Keith Ellison (D-Minn.)"),
]))

# ---------------------------------------------------------------- Daily Beast, 2016-07-16, Trump introduces Pence
DOCS.append(("a_2016-07-16_rz10hYjVMpomVFjY.txt", [
    F("candidacy", "trump", "us_pres_2016", ["the presumptive Republican nominee devoted much of his address", "symbolically announcing the new union of Donald Trump and his veep pick"]),
    F("party", "trump", "rep", ["the presumptive Republican nominee devoted much of his address", "symbolically announcing the new union of Donald Trump and his veep pick"]),
    F("candidacy", "pence", "us_pres_2016", ["symbolically announcing the new union of Donald Trump and his veep pick",
                                             "during his first interview as Trump’s vice presidential pick"]),
    F("holds_office", "pence", "gov_in", "symbolically announcing the new union of Donald Trump and his veep pick"),
    F("party", "pence", "rep", ["a disciplined, conservative Republican who read from prepared remarks",
                                "I’m a Christian, a conservative and a Republican in that order"]),
    F("candidacy", "reagan", "us_pres_1980", "where Ronald Reagan announced his 1980 presidential bid"),
    F("holds_office", "christie", "gov_nj", "Newt Gingrich and New Jersey Governor Chris Christie"),
    F("candidacy", "trump", "us_rep_prim_2016", S("before beginning to discuss his success in the Republican primary again", through="Trump conceded that one of the reasons Pence was selected")),
    F("endorsement", "pence", "trump", "And Trump will make a great president of the United States of America."),
    F("endorsement", "pence", "cruz", "since Pence made a less-than-enthusiastic endorsement of Senator Ted Cruz ahead of the Indiana primary"),
    F("holds_office", "cruz", "sen_tx", "since Pence made a less-than-enthusiastic endorsement of Senator Ted Cruz ahead of the Indiana primary"),
    F("candidacy", "cruz", "in_rep_prim_2016", "since Pence made a less-than-enthusiastic endorsement of Senator Ted Cruz ahead of the Indiana primary"),
]))

# ---------------------------------------------------------------- Fox News, 2016-08-27, Wasserman Schultz primary
_POLL = "A South Florida Sun Sentinel/Florida Atlantic University poll released earlier this week shows Wasserman Schultz ahead of Canova 50-to-40 percent."
DOCS.append(("a_2016-08-27_9gXh47rTcDWGQMI3.txt", [
    F("holds_office", "dws", "rep_fl23", ["Florida Democratic Rep. Debbie Wasserman Schultz on Saturday avoided",
                                          "in the state's 23rd Congressional District"]),
    F("party", "dws", "dem", "Florida Democratic Rep. Debbie Wasserman Schultz on Saturday avoided"),
    F("candidacy", "dws", "fl23_dem_prim_2016", ["With a tough primary election just days away, Florida Democratic Rep. Debbie Wasserman Schultz",
                                                 "in the state's 23rd Congressional District"]),
    F("holds_office", "dws", "dnc_chair", "The controversy led to Wasserman Schultz’s resignation as chairman of the committee", former=True),
    F("candidacy", "clinton", "us_pres_2016", "focused on the emails’ impact on party presidential nominee Hillary Clinton"),
    F("party", "clinton", "dem", "focused on the emails’ impact on party presidential nominee Hillary Clinton"),
    F("candidacy", "kaine", "us_pres_2016", "headlined by Democratic vice presidential nominee Virginia Gov. Tim Kaine"),
    F("party", "kaine", "dem", "headlined by Democratic vice presidential nominee Virginia Gov. Tim Kaine"),
    F("holds_office", "kaine", "gov_va", "headlined by Democratic vice presidential nominee Virginia Gov. Tim Kaine"),
    F("candidacy", "clinton", "us_dem_prim_2016", "appearing to support the nomination of the front-running Clinton over challenger Vermont Sen. Bernie Sanders"),
    F("candidacy", "sanders", "us_dem_prim_2016", "appearing to support the nomination of the front-running Clinton over challenger Vermont Sen. Bernie Sanders"),
    F("holds_office", "sanders", "sen_vt", "appearing to support the nomination of the front-running Clinton over challenger Vermont Sen. Bernie Sanders"),
    F("endorsement", "sanders", "canova", "Sanders has endorsed and fundraised for challenger and law professor Tim Canova"),
    F("funding", "sanders", "canova", "Sanders has endorsed and fundraised for challenger and law professor Tim Canova"),
    F("candidacy", "canova", "fl23_dem_prim_2016", "Sanders has endorsed and fundraised for challenger and law professor Tim Canova"),
    F("party", "canova", "dem", ["Sanders has endorsed and fundraised for challenger and law professor Tim Canova",
                                 "With a tough primary election just days away, Florida Democratic Rep."]),
    F("poll", "dws", "fl23_dem_prim_2016", _POLL, 50, pollster="South Florida Sun Sentinel/Florida Atlantic University"),
    F("poll", "canova", "fl23_dem_prim_2016", _POLL, 40, pollster="South Florida Sun Sentinel/Florida Atlantic University"),
    F("endorsement", "dws", "clinton", "I go and campaign on behalf of Hillary Clinton"),
]))

# ---------------------------------------------------------------- op-ed, 2016-09-10, young black voters and Clinton
_BLACK = S("Clinton needs to win a share of the black vote similar to Barack Obama’s", through="were not flukes buoyed by America’s first black president")
DOCS.append(("a_2016-09-10_lOaqCBGT1rafpWOO.txt", [
    F("candidacy", "clinton", "us_pres_2016", "With the election less than two months away, there still remains plenty of cause for concern regarding the black vote and Hillary Clinton."),
    F("party", "clinton", "dem", "Clinton needs to win a share of the black vote similar to Barack Obama’s to ensure that the Democrats retain the White House."),
    F("candidacy", "trump", "us_pres_2016", "8 percent plan on voting for Trump"),
    F("candidacy", "obama", "us_pres_2012", "In 2012, Obama won 92 percent of black voters under 45 nationally."),
    F("candidacy", "obama", "us_pres_2008", _BLACK),
    F("holds_office", "obama", "pres_us", "this election is about sustaining the social progress and racial equity forged during Obama’s presidency"),
    F("candidacy", "bclinton", "us_pres_1992", "older African Americans remember how Bill Clinton won traditionally Republican states"),
    F("won", "bclinton", "us_pres_1992", "older African Americans remember how Bill Clinton won traditionally Republican states"),
    F("holds_office", "bclinton", "pres_us", "unprecedented Republican attacks on Bill Clinton’s and Obama’s presidencies", former=True),
    F("candidacy", "gore", "us_pres_2000", "they succeeded at defeating Al Gore, his chosen successor"),
    F("lost", "gore", "us_pres_2000", "they succeeded at defeating Al Gore, his chosen successor"),
]))

# ---------------------------------------------------------------- 2018-09-06, Ayanna Pressley wins primary
DOCS.append(("a_2018-09-06_QFwHajglxkMsGxIA.txt", [
    F("won", "pressley", "ma7_dem_prim_2018", ["With her victory in the primary race, Democrat Ayanna Pressley of Massachusetts",
                                               "Though she won a major upset in the race for a House seat in Massachusetts on Tuesday night"]),
    F("candidacy", "pressley", "ma7_dem_prim_2018", ["With her victory in the primary race, Democrat Ayanna Pressley of Massachusetts",
                                                     "Though she won a major upset in the race for a House seat in Massachusetts on Tuesday night"]),
    F("party", "pressley", "dem", "With her victory in the primary race, Democrat Ayanna Pressley of Massachusetts"),
    F("candidacy", "pressley", "ma7_2018", "Pressley, who doesn’t have a Republican opponent in the general election"),
    F("holds_office", "jlewis", "rep_ga5", "who was backed by both Rep. John Lewis and former Massachusetts governor Deval Patrick"),
    F("holds_office", "dpatrick", "gov_ma", "who was backed by both Rep. John Lewis and former Massachusetts governor Deval Patrick", former=True),
]))

# ---------------------------------------------------------------- The Atlantic, 2020-03-04, Super Tuesday
_SOUTH = "Buoyed by black voters, the former vice president won early and convincing victories in Virginia, North Carolina, and Alabama."
_SOUTH2 = S("Buoyed by black voters, the former vice president won early", through="He racked up dozens of delegates in beating Sanders so handily.")
_MN = "He went on to win Minnesota, likely thanks to Klobuchar’s endorsement"
_MNB = S("And even in Vermont, Sanders’s home state, Biden appeared likely", through="He went on to win Minnesota, likely thanks to Klobuchar’s endorsement")
_REV = "If Democrats had tasted the revolution Sanders was offering in Iowa, New Hampshire, and Nevada"
_VT = "And even in Vermont, Sanders’s home state, Biden appeared likely to cross the 15 percent threshold"
_D20 = []
for _st in ("va", "nc", "al"):
    _D20 += [F("won", "biden", "%s_dem_prim_2020" % _st, [_SOUTH, _REV]),
             F("candidacy", "biden", "%s_dem_prim_2020" % _st, [_SOUTH, _REV]),
             F("lost", "sanders", "%s_dem_prim_2020" % _st, _SOUTH2),
             F("candidacy", "sanders", "%s_dem_prim_2020" % _st, _SOUTH2)]
for _st in ("ia", "nh", "nv"):
    _D20 += [F("candidacy", "sanders", "%s_dem_prim_2020" % _st, _REV)]
DOCS.append(("a_2020-03-04_BQlBVd1jIM9C3z0Z.txt", _D20 + [
    F("holds_office", "biden", "vp_us", [_SOUTH, _REV], former=True),
    F("candidacy", "biden", "us_dem_prim_2020", [_REV, "He racked up dozens of delegates in beating Sanders so handily."]),
    F("candidacy", "sanders", "us_dem_prim_2020", [_REV, "He racked up dozens of delegates in beating Sanders so handily."]),
    F("party", "biden", "dem", _REV),
    F("candidacy", "biden", "vt_dem_prim_2020", _VT),
    F("candidacy", "sanders", "vt_dem_prim_2020", _VT),
    F("won", "biden", "mn_dem_prim_2020", _MNB),
    F("candidacy", "biden", "mn_dem_prim_2020", _MNB),
    F("endorsement", "klobuchar", "biden", _MN),
    F("won", "biden", "ma_dem_prim_2020", _MNB),
    F("candidacy", "biden", "ma_dem_prim_2020", _MNB),
    F("candidacy", "sanders", "ma_dem_prim_2020", _MN),
    F("lost", "sanders", "ma_dem_prim_2020", _MN),
    F("candidacy", "warren", "ma_dem_prim_2020", _MN),
    F("lost", "warren", "ma_dem_prim_2020", _MN),
    F("holds_office", "warren", "sen_ma", _MN),
    F("candidacy", "warren", "us_dem_prim_2020", _MN),
    F("holds_office", "trump", "pres_us", "Beating President Donald Trump is a powerful motivator for Democrats."),
    F("candidacy", "trump", "us_pres_2020", ["Beating President Donald Trump is a powerful motivator for Democrats.",
                                             "said they would prefer the candidate who would defeat Trump"]),
    F("candidacy", "biden", "sc_dem_prim_2020", "at Biden’s primary-night rally in South Carolina on Saturday"),
    F("holds_office", "bloomberg", "mayor_nyc", "former New York City Mayor Michael Bloomberg was able to quickly rise in the polls", former=True),
    F("candidacy", "bloomberg", "us_dem_prim_2020", ["The Democrats’ desperate need to beat Trump is part of why former New York City Mayor Michael Bloomberg",
                                                     "He made the risky move of skipping all four early nominating states"]),
    F("party", "bloomberg", "dem", "The Democrats’ desperate need to beat Trump is part of why former New York City Mayor Michael Bloomberg"),
]))

# ---------------------------------------------------------------- CNN, 2020-06-10, Georgia primary
_CHAL = "His two closest challengers are Teresa Tomlinson, the former Columbus mayor, and Sarah Riggs Amico"
_LOEF = "This fall, Democrats will also try to defeat Republican Sen. Kelly Loeffler"
_COLL = S("Still, she faces a strong challenge from Republican Rep. Doug Collins", through="son of former Sen. Joe Lieberman.")
DOCS.append(("a_2020-06-10_VCENW5IHj9Zs1MYp.txt", [
    F("candidacy", "ossoff", "ga_sen_dem_prim_2020", "Georgia Senate candidate Jon Ossoff holds a strong lead in a Democratic primary"),
    F("party", "ossoff", "dem", "Georgia Senate candidate Jon Ossoff holds a strong lead in a Democratic primary"),
    F("holds_office", "raffensperger", "sos_ga", "particularly disgusted\" that Georgia Secretary of State Brad Raffensperger"),
    F("candidacy", "tomlinson", "ga_sen_dem_prim_2020", _CHAL),
    F("candidacy", "amico", "ga_sen_dem_prim_2020", _CHAL),
    F("party", "tomlinson", "dem", ["Georgia Senate candidate Jon Ossoff holds a strong lead in a Democratic primary", _CHAL]),
    F("party", "amico", "dem", ["Georgia Senate candidate Jon Ossoff holds a strong lead in a Democratic primary", _CHAL]),
    F("holds_office", "tomlinson", "mayor_columbus", _CHAL, former=True),
    F("candidacy", "amico", "ga_ltgov_2018", _CHAL),
    F("candidacy", "dperdue", "ga_sen_2020", "The winner will ultimately face Republican Sen. David Perdue in November."),
    F("party", "dperdue", "rep", "The winner will ultimately face Republican Sen. David Perdue in November."),
    F("holds_office", "dperdue", "sen_ga", ["The winner will ultimately face Republican Sen. David Perdue in November.",
                                            "has tied himself closely to Trump in his first term as senator"]),
    F("endorsement", "tomlinson", "ossoff", "Hours later, she congratulated Ossoff and called on her supporters to vote for him."),
    F("party", "kemp", "rep", ["the voter suppression playbook championed by Republicans like", "Gov. Brian Kemp, a Republican, should launch a probe"]),
    F("party", "raffensperger", "rep", "the voter suppression playbook championed by Republicans like"),
    F("holds_office", "kemp", "gov_ga", "Gov. Brian Kemp, a Republican, should launch a probe"),
    F("holds_office", "abrams", "ga_house_min_leader", "former state House minority leader and 2018 gubernatorial nominee Stacey Abrams", former=True),
    F("candidacy", "abrams", "ga_gov_2018", "former state House minority leader and 2018 gubernatorial nominee Stacey Abrams"),
    F("holds_office", "trump", "pres_us", "Polls show that President Donald Trump and former Vice President Joe Biden"),
    F("candidacy", "trump", "us_pres_2020", "Polls show that President Donald Trump and former Vice President Joe Biden"),
    F("candidacy", "biden", "us_pres_2020", "Polls show that President Donald Trump and former Vice President Joe Biden"),
    F("party", "biden", "dem", "Polls show that President Donald Trump and former Vice President Joe Biden"),
    F("holds_office", "biden", "vp_us", "Polls show that President Donald Trump and former Vice President Joe Biden", former=True),
    F("candidacy", "ossoff", "ga6_2017", "Ossoff, the CEO of a documentary production company, lost his first campaign in 2017"),
    F("lost", "ossoff", "ga6_2017", "Ossoff, the CEO of a documentary production company, lost his first campaign in 2017"),
    F("endorsement", "jlewis", "ossoff", "boasts the high-profile endorsement of Rep. John Lewis of Georgia"),
    F("holds_office", "jlewis", "rep_ga5", "boasts the high-profile endorsement of Rep. John Lewis of Georgia"),
    F("holds_office", "thurmond", "ceo_dekalb", "Michael Thurmond, the CEO of DeKalb county, shot back"),
    F("holds_office", "loeffler", "sen_ga", _LOEF),
    F("party", "loeffler", "rep", _LOEF),
    F("candidacy", "loeffler", "ga_sen_special_2020", _LOEF),
    F("holds_office", "isakson", "sen_ga", "who was appointed late last year after Sen. Johnny Isakson announced his resignation", former=True),
    F("candidacy", "collins", "ga_sen_special_2020", _COLL),
    F("party", "collins", "rep", _COLL),
    F("holds_office", "collins", "rep_ga9", _COLL),
    F("candidacy", "warnock", "ga_sen_special_2020", _COLL),
    F("party", "warnock", "dem", _COLL),
    F("candidacy", "mlieberman", "ga_sen_special_2020", _COLL),
    F("party", "mlieberman", "dem", _COLL),
    F("holds_office", "jlieberman", "sen_ct", _COLL, former=True),
    F("holds_office", "bottoms", "mayor_atlanta", "Atlanta Mayor Keisha Lance Bottoms tweeted"),
]))

# ---------------------------------------------------------------- Current Events, 2010-01-09, Taiwan by-elections
_TSAI16 = "Tsai Ing-wen of the Democratic Progressive Party (DPP) is elected the first female President of Taiwan."
_CHU = "Eric Chu, the ruling Kuomintang (Chinese Nationalist Party) candidate concedes defeat"
_MA12 = "Incumbent President Ma Ying-jeou ultimately wins re-election with 51% of the vote"
_MA08 = "Ma Ying-jeou is elected President of the Republic of China with more than 58% of the votes"
DOCS.append(("c_2010-01-09_taiwan-s-opposition-democratic-progressi.txt", [
    F("holds_office", "su", "dpp_chair", "DPP chairman Su Tseng-chang resigns to take responsibility", former=True),
    F("party", "su", "dpp", "DPP chairman Su Tseng-chang resigns to take responsibility"),
    F("candidacy", "tsai", "tw_pres_2016", _TSAI16),
    F("won", "tsai", "tw_pres_2016", _TSAI16),
    F("party", "tsai", "dpp", [_TSAI16, "defeating Democratic Progressive Party chairwoman Tsai Ing-wen"]),
    F("candidacy", "chu", "tw_pres_2016", _CHU),
    F("lost", "chu", "tw_pres_2016", [_CHU, _TSAI16]),
    F("party", "chu", "kmt", _CHU),
    F("holds_office", "chu", "kmt_chair", S(_CHU, through="announced his resignation as party leader"), former=True),
    F("candidacy", "ma", "tw_pres_2012", _MA12),
    F("won", "ma", "tw_pres_2012", _MA12, 51),
    F("holds_office", "ma", "pres_tw", _MA12),
    F("candidacy", "tsai", "tw_pres_2012", "defeating Democratic Progressive Party chairwoman Tsai Ing-wen"),
    F("lost", "tsai", "tw_pres_2012", "defeating Democratic Progressive Party chairwoman Tsai Ing-wen"),
    F("holds_office", "tsai", "dpp_chair", "defeating Democratic Progressive Party chairwoman Tsai Ing-wen"),
    F("party", "lien", "kmt", "A gunman opens fire at a Kuomintang political rally in Taiwan; prominent member Sean Lien is shot in the face."),
    F("holds_office", "hu", "ccp_gensec", "General Secretary Hu Jintao of the Communist Party"),
    F("party", "hu", "ccp", "General Secretary Hu Jintao of the Communist Party"),
    F("holds_office", "wu", "kmt_chair", ["General Secretary Hu Jintao of the Communist Party", "in a meeting with Wu Po-hsiung, the Chairman of Taiwan's ruling party the Kuomintang"]),
    F("party", "wu", "kmt", ["General Secretary Hu Jintao of the Communist Party", "in a meeting with Wu Po-hsiung, the Chairman of Taiwan's ruling party the Kuomintang"]),
    F("holds_office", "hu", "pres_prc", "Hu Jintao, the President of the People's Republic of China calls for"),
    F("candidacy", "ma", "tw_pres_2008", _MA08),
    F("won", "ma", "tw_pres_2008", _MA08, 58),
    F("party", "ma", "kmt", _MA08),
]))

# ---------------------------------------------------------------- Current Events, 2010-06-09, Philippine results certified
_HEAD = S("The results of the Philippine presidential election are certified and Noynoy Aquino and Jejomar Binay are proclaimed")
_PROC = "finally convened to proclaim Benigno"
_AQ42 = "Noynoy Aquino is elected as President of the Philippines in the Philippines presidential election, taking 42% of the vote"
_DU = "The Congress of the Philippines proclaims Rodrigo Duterte and Leni Robredo as President-elect"
_DU2 = "Rodrigo Duterte is officially elected as President and Leni Robredo as Vice President."
DOCS.append(("c_2010-06-09_the-results-of-the-philippine-presidenti.txt", [
    F("candidacy", "aquino", "ph_pres_2010", [_HEAD, _PROC, _AQ42]),
    F("won", "aquino", "ph_pres_2010", [_HEAD, _PROC, _AQ42], 42),
    F("candidacy", "binay", "ph_vp_2010", [_HEAD, _PROC]),
    F("won", "binay", "ph_vp_2010", [_HEAD, _PROC]),
    F("candidacy", "duterte", "ph_pres_2016", [_DU, _DU2]),
    F("won", "duterte", "ph_pres_2016", [_DU, _DU2]),
    F("candidacy", "robredo", "ph_vp_2016", [_DU, _DU2]),
    F("won", "robredo", "ph_vp_2016", [_DU, _DU2]),
    F("candidacy", "estrada", "ph_pres_2010", _AQ42),
    F("lost", "estrada", "ph_pres_2010", _AQ42),
    F("holds_office", "aquino", "pres_ph", "Benigno Aquino III is sworn in as the 15th President of the Philippines"),
    F("holds_office", "binay", "vp_ph", "Benigno Aquino III is sworn in as the 15th President of the Philippines"),
    F("holds_office", "duterte", "pres_ph", ["President of the Philippines Rodrigo Duterte has outright demanded",
                                             "President of the Philippines Rodrigo Duterte plans to appeal",
                                             "President of the Philippines Rodrigo Duterte threatens",
                                             "Rodrigo Duterte is inaugurated as President of the Philippines"]),
    F("holds_office", "robredo", "vp_ph", ["as well as the minority opposition Liberal Party (of which the Vice President of the Philippines Leni Robredo",
                                           "Rodrigo Duterte is inaugurated as President of the Philippines and Leni Robredo as Vice President."]),
    F("party", "robredo", "ph_lp", "as well as the minority opposition Liberal Party (of which the Vice President of the Philippines Leni Robredo"),
    F("candidacy", "aquino", "ph_pres_2010", "appears set to win the presidency in the Philippine elections"),
    F("candidacy", "arroyo", "ph_pres_2004", "The Philippine Congress announces that Gloria Arroyo has been reelected"),
    F("won", "arroyo", "ph_pres_2004", "The Philippine Congress announces that Gloria Arroyo has been reelected"),
    F("holds_office", "arroyo", "pres_ph", "The Philippine Congress announces that Gloria Arroyo has been reelected"),
]))

# ---------------------------------------------------------------- Current Events, 2012-04-03, Maryland/Wisconsin/DC primaries
_H3 = S("Voters in the US states of Maryland and Wisconsin as well as Washington, D.C. go to the polls for Republican primaries")
_W3 = "Mitt Romney wins in the politically significant state of Wisconsin"
_ARKY = "Voters in the US states of Arkansas and Kentucky go to the polls, with Mitt Romney winning the Republican primaries"
_NG = "Newt Gingrich suspends his campaign for the Republican Party nomination."
_MIAZ = S("Voters in the US states of Michigan and Arizona go to the polls for Republican Party primaries.", through="Mitt Romney wins both states.")
_PR = "Voters in the US territory of Puerto Rico go to the polls for the Republican primary with Mitt Romney winning all of the delegates."
_HUNT = "Jon Huntsman will drop out of the 2012 Republican Party presidential primaries and will endorse rival candidate Mitt Romney"
_D12 = []
for _st in ("md", "wi", "dc"):
    _D12 += [F("candidacy", "romney", "%s_rep_prim_2012" % _st, [_H3, _W3]), F("won", "romney", "%s_rep_prim_2012" % _st, [_H3, _W3])]
for _st in ("ar", "ky"):
    _D12 += [F("candidacy", "romney", "%s_rep_prim_2012" % _st, _ARKY), F("won", "romney", "%s_rep_prim_2012" % _st, _ARKY),
             F("candidacy", "obama", "%s_dem_prim_2012" % _st, _ARKY), F("won", "obama", "%s_dem_prim_2012" % _st, _ARKY)]
for _st in ("mi", "az"):
    _D12 += [F("candidacy", "romney", "%s_rep_prim_2012" % _st, _MIAZ), F("won", "romney", "%s_rep_prim_2012" % _st, _MIAZ)]
DOCS.append(("c_2012-04-03_voters-in-the-us-states-of-maryland-and-.txt", _D12 + [
    F("party", "romney", "rep", [_H3, _ARKY, _PR]),
    F("candidacy", "romney", "pr_rep_prim_2012", _PR),
    F("won", "romney", "pr_rep_prim_2012", _PR),
    F("candidacy", "romney", "us_pres_2012", "Tim Pawlenty resigns as the co-chairman of Mitt Romney's electoral campaign."),
    F("endorsement", "pawlenty", "romney", "Tim Pawlenty resigns as the co-chairman of Mitt Romney's electoral campaign."),
    F("holds_office", "obama", "pres_us", _ARKY),
    F("party", "obama", "dem", _ARKY),
    F("candidacy", "gingrich", "us_rep_prim_2012", _NG),
    F("party", "gingrich", "rep", _NG),
    F("candidacy", "romney", "us_rep_prim_2012", [S(_NG, through="Mitt Romney is declared the presumptive nominee."), _HUNT]),
    F("candidacy", "santorum", "us_rep_prim_2012", "American politician Rick Santorum suspends his candidacy for the Republican nomination"),
    F("party", "santorum", "rep", "American politician Rick Santorum suspends his candidacy for the Republican nomination"),
    F("candidacy", "huntsman", "us_rep_prim_2012", _HUNT),
    F("party", "huntsman", "rep", _HUNT),
    F("endorsement", "huntsman", "romney", _HUNT),
    F("holds_office", "mueller", "special_counsel", "Special counsel Robert Mueller has impaneled a grand jury"),
]))

# ---------------------------------------------------------------- Current Events, 2014-05-25, Ukrainian presidential election
_UA = S("Voters in Ukraine go to the polls for the first round of voting in the presidential election amidst ongoing violence")
_CO = S("Voters in Colombia go to the polls for the first round in the presidential election.", through="in the second round.")
DOCS.append(("c_2014-05-25_voters-in-ukraine-go-to-the-polls-for-th.txt", [
    F("candidacy", "poroshenko", "ua_pres_2014", _UA),
    F("won", "poroshenko", "ua_pres_2014", _UA),
    F("holds_office", "poroshenko", "pres_ua", ["Ukrainian president Petro Poroshenko and LPR leader Igor Plotnitsky denounced the plans.",
                                                "The President of Ukraine Petro Poroshenko accuses Russia",
                                                "with supporters of President Petro Poroshenko expected to do well",
                                                "meets with the President of Ukraine Petro Poroshenko in Minsk",
                                                "appointed the previous day by President Petro Poroshenko"]),
    F("holds_office", "zakharchenko", "head_dpr", "DPR leader Alexander Zakharchenko announced"),
    F("holds_office", "plotnitsky", "head_lpr", "Ukrainian president Petro Poroshenko and LPR leader Igor Plotnitsky denounced the plans."),
    F("holds_office", "putin", "pres_ru", "The President of Russia Vladimir Putin meets with the President of Ukraine"),
    F("candidacy", "zuluaga", "co_pres_2014_r1", _CO),
    F("candidacy", "santos", "co_pres_2014_r1", _CO),
    F("candidacy", "zuluaga", "co_pres_2014_r2", _CO),
    F("candidacy", "santos", "co_pres_2014_r2", _CO),
    F("holds_office", "santos", "pres_co", _CO),
]))

# ---------------------------------------------------------------- Current Events, 2014-07-07, Afghan presidential runoff count
_GH = "A preliminary count indicates that former finance minister Ashraf Ghani is favourite to win the election."
_RC = "A recount of votes begins after contenders Abdullah Abdullah and Ashraf Ghani reach a deal"
_R2 = "Afghan Presidential elections are set to go to a second round between former foreign minister Abdullah Abdullah and Ashraf Ghani"
_R1P = "Dr. Abdullah Abdullah, former foreign minister is leading in Afghan presidential election, 2014 with 44% votes"
_SH = "Afghanistan's rival presidential candidates, Ashraf Ghani and Abdullah Abdullah, sign a power-sharing deal"
_RCF = "following an agreement between the two leading candidates Abdullah Abdullah and Ashraf Ghani"
_QK = "Qayum Karzai, drops out of the Afghan presidential election and endorses Zalmai Rassoul"
DOCS.append(("c_2014-07-07_a-preliminary-count-indicates-that-forme.txt", [
    F("candidacy", "ghani", "af_pres_2014_r2", [_GH, _RC, _R2, _RCF]),
    F("holds_office", "ghani", "finmin_af", _GH, former=True),
    F("candidacy", "abdullah", "af_pres_2014_r2", [_RC, _R2, _RCF, "a frontrunner in the Afghan presidential election, survives a bombing attempt"]),
    F("holds_office", "kerry", "sec_state", "with the assistance of United States Secretary of State John Kerry"),
    F("candidacy", "abdullah", "af_pres_2014_r1", [_R2, _R1P]),
    F("candidacy", "ghani", "af_pres_2014_r1", [_R2, _R1P]),
    F("holds_office", "abdullah", "formin_af", [_R2, _R1P], former=True),
    F("holds_office", "ghani", "pres_af", ["Afghanistan President Ashraf Ghani says Pakistan must take military action",
                                           "Ashraf Ghani is sworn in as new president of Afghanistan.", _SH]),
    F("holds_office", "abdullah", "ce_af", _SH),
    F("party", "abdullah", "nca", "Abdullah Abdullah of the National Coalition of Afghanistan, a frontrunner"),
    F("candidacy", "qkarzai", "af_pres_2014_r1", _QK),
    F("candidacy", "rassoul", "af_pres_2014_r1", _QK),
    F("endorsement", "qkarzai", "rassoul", _QK),
    F("holds_office", "hkarzai", "pres_af", _QK),
]))

# ---------------------------------------------------------------- Current Events, 2016-12-15, Romanian legislative election
_GR = "Romanian President Klaus Iohannis designates social-democrat Sorin Grindeanu"
_GR2 = "the government led by former PSD Prime Minister Sorin Grindeanu"
_PONTA = "by the resignation of Prime Minister Victor Ponta amid the Colectiv nightclub fire tragedy"
DOCS.append(("c_2016-12-15_romanian-legislative-election-2016-roman.txt", [
    F("holds_office", "iohannis", "pres_ro", _GR),
    F("party", "grindeanu", "psd", [_GR, _GR2]),
    F("holds_office", "grindeanu", "pm_ro", _GR2, former=True),
    F("holds_office", "ponta", "pm_ro", [_PONTA, "Romanian Prime Minister Victor Ponta and his cabinet receive the vote of confidence"], former=True),
    F("party", "ponta", "psd", _PONTA),
    F("holds_office", "basescu", "pres_ro", "urging Romania's president Traian Basescu to resign"),
    F("holds_office", "boc", "pm_ro", "Emil Boc is sworn in as the new Prime Minister"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b18.jsonl")
    (HERE.parent / "annotations" / "b18.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
