# ruff: noqa: E501
"""Corpus annotation, batch b09 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401

QIDS = {  # unitedstates/congress-legislators (legislators-current.yaml, legislators-2017.yaml, executive.yaml)
    'Donald Trump': 'Q22686', 'Barack Obama': 'Q76', 'George W. Bush': 'Q207', 'Dick Cheney': 'Q48259',
    'Paul Ryan': 'Q203966', 'John McCain': 'Q10390', 'Tim Kaine': 'Q359888', 'Cory Gardner': 'Q1135774',
    'Joni Ernst': 'Q13475242', 'Jeanne Shaheen': 'Q270316', 'Thom Tillis': 'Q7786750', 'Mitch McConnell': 'Q355522',
    'Shelley Moore Capito': 'Q459618', 'Marco Rubio': 'Q324546', 'Ted Cruz': 'Q2036942', 'Lindsey Graham': 'Q22212',
    'Nancy Pelosi': 'Q170581', 'Keith Ellison': 'Q40589', 'Chuck Schumer': 'Q380900', 'Mike Lee': 'Q627098',
    'Rand Paul': 'Q463557', 'Richard Blumenthal': 'Q2023708', 'Chris Murphy': 'Q1077594', 'Cory Booker': 'Q1135767',
    'Bob Menendez': 'Q888132', 'Catherine Cortez Masto': 'Q5052604', 'Kirsten Gillibrand': 'Q22222',
    'Mazie Hirono': 'Q16476', 'Patrick Leahy': 'Q59315', 'Ed Markey': 'Q1282411', 'Elizabeth Warren': 'Q434706',
    'Jon Tester': 'Q529351', 'Ron Wyden': 'Q529344', 'Jeff Merkley': 'Q1368405', 'Kamala Harris': 'Q10853588',
    'Dianne Feinstein': 'Q230733', 'Bernie Sanders': 'Q359442', 'Richard Burr': 'Q331278', 'Mark Warner': 'Q453893',
    'Martha McSally': 'Q6774492', 'Kyrsten Sinema': 'Q1556541',
    # dev gold / unambiguous world leaders
    'Hillary Clinton': 'Q6294', 'Vladimir Putin': 'Q7747', 'Bill Clinton': 'Q1124', 'Ronald Reagan': 'Q9960',
    'Shinzo Abe': 'Q132345', 'Theresa May': 'Q264766', 'Francois Hollande': 'Q157', 'Hugo Chavez': 'Q8440',
    'Nicolas Maduro': 'Q57413',
}
R = Registry(QIDS)
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D"], qid="Q29552")
R.party("psuv", "United Socialist Party of Venezuela", ["PSUV", "United Social Party of Venezuela", "Socialist Party", "socialist party", "Socialists"])
R.party("nca", "National Coalition of Afghanistan", [])
R.party("ldp", "Liberal Democratic Party (Japan)", ["Liberal Democratic Party", "Liberal Democratic Party (LDP)", "LDP", "Liberal Democratic Party of Japan"])
R.party("komeito", "Komeito", [])
R.party("dpj2016", "Democratic Party (Japan, 2016)", ["Democratic Party"])
R.party("fpo", "Freedom Party of Austria", ["FPÖ", "FPO", "Austrian Freedom Party", "Freedom Party"])
R.party("greens_at", "The Greens – The Green Alternative", ["Green Party", "Greens", "Green"])
R.party("vvd", "People's Party for Freedom and Democracy", ["VVD"])
R.party("m5s", "Five Star Movement", [])
R.party("pri", "Institutional Revolutionary Party", ["PRI"])
R.party("fn", "National Front (France)", ["National Front", "French National Front", "Front National"])
R.party("ps_fr", "Socialist Party (France)", ["French Socialist Party", "Socialist Party"])
R.party("cprf", "Communist Party of the Russian Federation", ["CPRF"])
R.org("smp", "Senate Majority PAC", [])
R.org("paf", "Put Alaska First", [])
R.org("teaparty", "Tea Party movement", ["tea party"])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sec_state", cabinet_secretary("State", "State"), ["secretary of state", "secretary of State"])
O("nsa_us", "United States National Security Advisor", ["national security adviser"],
  generic=["National Security Advisor", "National Security Adviser"])
for _st in ["Arizona", "Pennsylvania", "Florida", "Texas", "South Carolina", "Kentucky", "Nevada", "New Hampshire",
            "North Carolina", "Louisiana", "Arkansas", "Alaska", "New York", "Iowa", "Utah", "Connecticut",
            "New Jersey", "Hawaii", "Vermont", "Massachusetts", "Montana", "Oregon", "California", "Virginia"]:
    O("sen_" + _st.lower().replace(" ", "_"), senator(_st), ["senator"])
for _st in ["South Carolina", "New Mexico", "Arkansas", "Florida", "Ohio", "New Jersey", "Connecticut", "Tennessee",
            "Vermont", "Arizona", "California"]:
    O("gov_" + _st.lower().replace(" ", "_"), governor(_st), ["governor"])
O("mayor_sa", mayor("San Antonio"))
O("rep_wi1", representative("Wisconsin", 1), ["congressman"])
O("rep_co4", representative("Colorado", 4))
O("rep_wv2", representative("West Virginia", 2))
O("rep_az2", representative("Arizona", 2))
O("rep_az9", representative("Arizona", 9))
O("sen_maj_leader", "Majority Leader of the United States Senate", generic=["Senate Majority Leader", "Majority Leader"])
O("sen_min_leader", "Minority Leader of the United States Senate", generic=["Senate Minority Leader", "Minority Leader"])
O("house_min_leader", "Minority Leader of the United States House of Representatives",
  ["House minority leader"], generic=["House Minority Leader", "Minority Leader"])
O("dnc_chair", "Chair of the Democratic National Committee", ["party chairman"],
  generic=["DNC chair", "DNC Chairman", "Chairman of the Democratic National Committee"])
O("budget_chair", "Chairman of the House Budget Committee", ["House Budget Committee chairman"],
  generic=["House Budget Committee Chairman", "Chair of the House Budget Committee"])
O("intel_chair", "Chairman of the Senate Intelligence Committee", ["Intelligence Chairman"],
  generic=["Senate Intelligence Committee Chairman", "Chair of the Senate Intelligence Committee"])
O("special_counsel", "Special Counsel for the United States Department of Justice", generic=["Special Counsel"])
O("fed_chair", "Chair of the Federal Reserve", ["Fed Chair", "head of the Federal Reserve"],
  generic=["Federal Reserve Chair", "Chairman of the Federal Reserve"])
O("treas_az", state_officer("Treasurer", "Arizona"), ["state Treasurer"])
O("pres_ve", head("President", "Venezuela", "Venezuelan"), ["Interim President", "acting President of Venezuela"])
O("vp_ve", head("Vice President", "Venezuela", "Venezuelan"))
O("sec_ca_ve", "Secretary of the 2017 Constituent Assembly of Venezuela",
  generic=["Secretary of the Constituent Assembly", "Secretary of the 2017 Constituent Assembly"])
O("pres_af", head("President", "Afghanistan", "Afghan"), ["Afghanistan President", "president of Afghanistan"])
O("ce_af", "Chief Executive of Afghanistan", generic=["Chief Executive"])
O("finmin_af", head("Minister of Finance", "Afghanistan", "Afghan"), ["finance minister"],
  generic=["Finance Minister", "Afghan Finance Minister"])
O("formin_af", head("Minister of Foreign Affairs", "Afghanistan", "Afghan"), ["foreign minister"],
  generic=["Foreign Minister", "Afghan Foreign Minister"])
O("iec_af", "Chairman of the Independent Election Commission of Afghanistan", ["head of the Independent Election Commission"],
  generic=["Head of the Independent Election Commission"])
O("pm_jp", head("Prime Minister", "Japan", "Japanese"), ["prime minister", "PM"])
O("ldp_pres", "President of the Liberal Democratic Party (Japan)", ["party leader of the Liberal Democratic Party",
                                                                     "president of the Liberal Democratic Party"],
  generic=["President of the Liberal Democratic Party", "LDP President", "Leader of the Liberal Democratic Party"])
O("ldp_secgen", "Secretary-General of the Liberal Democratic Party (Japan)", ["Secretary General of the Liberal Democratic Party"],
  generic=["Secretary-General of the Liberal Democratic Party", "LDP Secretary-General"])
O("ccs_jp", "Chief Cabinet Secretary of Japan", ["Cabinet Secretary"], generic=["Chief Cabinet Secretary"])
O("formin_jp", head("Minister of Foreign Affairs", "Japan", "Japanese"),
  generic=["Minister for Foreign Affairs of Japan", "Minister for Foreign Affairs", "Foreign Minister", "Japanese Foreign Minister"])
O("intmin_jp", "Minister for Internal Affairs and Communications of Japan", ["Interior Minister"],
  generic=["Minister for Internal Affairs and Communications", "Japanese Interior Minister"])
O("defmin_jp", head("Minister of Defense", "Japan", "Japanese"), generic=["Japanese Minister of Defense", "Defense Minister"])
O("gov_tokyo", governor("Tokyo"), ["governor"])
O("mp_jp_kyoto3", "Member of the House of Representatives of Japan for Kyoto 3rd district", ["MP"],
  generic=["Member of the House of Representatives of Japan", "Member of the House of Representatives"])
O("pres_kr", head("President", "South Korea", "South Korean"))
O("pres_at", head("President", "Austria", "Austrian"))
O("pm_nl", head("Prime Minister", "the Netherlands", "Dutch"))
O("pm_it", head("Prime Minister", "Italy", "Italian"))
O("pres_mx", head("President", "Mexico", "Mexican"))
O("pres_fr", head("President", "France", "French"))
O("pres_ru", head("President", "Russia", "Russian"), ["Russian president"])
O("mayor_nsk", mayor("Novosibirsk"), ["mayor"])
O("pres_lt", head("President", "Lithuania", "Lithuanian"))
O("speaker_lt", "Speaker of the Seimas", ["Parliamentary speaker"], generic=["Speaker of the Parliament of Lithuania"])
O("natosg", "Secretary General of NATO", generic=["NATO Secretary General"])
O("pm_uk", head("Prime Minister", "the United Kingdom", "British"))

# ---------------------------------------------------------------- elections
E = R.election
US = "ocd-division/country:us"
E("us_pres_2012", "2012 United States presidential election", US, "2012-11-06", "general", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", US, "2008-11-04", "general", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", US, "2016-11-08", "general", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", US, "2020-11-03", "general", office="pres_us")
E("us_pres_2004", "2004 United States presidential election", US, "2004-11-02", "general", office="pres_us")
E("us_pres_2000", "2000 United States presidential election", US, "2000-11-07", "general", office="pres_us")
E("us_pres_1996", "1996 United States presidential election", US, "1996-11-05", "general", office="pres_us")
E("us_pres_1992", "1992 United States presidential election", US, "1992-11-03", "general", office="pres_us")
E("us_pres_1984", "1984 United States presidential election", US, "1984-11-06", "general", office="pres_us")
E("us_pres_1980", "1980 United States presidential election", US, "1980-11-04", "general", office="pres_us")
E("us_pres_1972", "1972 United States presidential election", US, "1972-11-07", "general", office="pres_us")
E("us_pres_1964", "1964 United States presidential election", US, "1964-11-03", "general", office="pres_us")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", US, "2016", "primary", office="pres_us")
E("us_rep_prim_2008", "2008 Republican Party presidential primaries", US, "2008", "primary", office="pres_us")
E("us_dem_prim_2004", "2004 Democratic Party presidential primaries", US, "2004", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", US + "/state:ia", "2012-01-03", "primary",
  office="pres_us")
E("va_sen_2012", "2012 United States Senate election in Virginia", US + "/state:va", "2012-11-06", "general",
  office="sen_virginia")
for _k, _st in [("mi", "Michigan"), ("co", "Colorado"), ("ia", "Iowa"), ("nh", "New Hampshire"), ("nc", "North Carolina"),
                ("la", "Louisiana"), ("ar", "Arkansas"), ("ak", "Alaska"), ("ky", "Kentucky"), ("wv", "West Virginia")]:
    E(_k + "_sen_2014", "2014 United States Senate election in " + _st, US + "/state:" + _k, "2014-11-04", "general",
      office=senator(_st)[0])
E("nc_sen_2014_prim", "2014 United States Senate Republican primary in North Carolina", US + "/state:nc", "2014-05-06",
  "primary", office="sen_north_carolina")
E("house_dem_leader_2016", "2016 House Democratic Caucus leadership election", US, "2016-11-30", "general",
  office="house_min_leader")
E("dnc_chair_2017", "2017 Democratic National Committee chairmanship election", US, "2017-02-25", "general",
  office="dnc_chair")
E("fl_gov_2018", "2018 Florida gubernatorial election", US + "/state:fl", "2018-11-06", "general", office="Governor of Florida")
E("az_sen_2018", "2018 United States Senate election in Arizona", US + "/state:az", "2018-11-06", "general",
  office="sen_arizona")
E("ve_pres_2013", "2013 Venezuelan presidential election", "ocd-division/country:ve", "2013-04-14", "general",
  office="pres_ve")
E("af_pres_2014_r1", "2014 Afghan presidential election (first round)", "ocd-division/country:af", "2014-04-05",
  "general", office="pres_af")
E("af_pres_2014_r2", "2014 Afghan presidential election (second round)", "ocd-division/country:af", "2014-06-14",
  "runoff", office="pres_af")
E("af_pres_2009_r2", "2009 Afghan presidential election (second round)", "ocd-division/country:af", "2009-11-07",
  "runoff", office="pres_af")
E("ldp_2006", "2006 Liberal Democratic Party (Japan) presidential election", "ocd-division/country:jp", "2006-09-20", "general",
  office="ldp_pres")
E("tokyo_gov_2016", "2016 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2016-07-31",
  "general", office="gov_tokyo")
E("hokkaido5_2016", "2016 Hokkaido 5th district by-election", "ocd-division/country:jp/prefecture:hokkaido/cd:5",
  "2016-04-24", "general", special=True)
E("kyoto3_2016", "2016 Kyoto 3rd district by-election", "ocd-division/country:jp/prefecture:kyoto/cd:3",
  "2016-04-24", "general", special=True)
E("at_pres_2016_r1", "2016 Austrian presidential election (first round)", "ocd-division/country:at", "2016-04-24",
  "general", office="pres_at")
E("at_pres_2016_r2", "2016 Austrian presidential election (second round; annulled 22 May vote, repeated 4 December)",
  "ocd-division/country:at", "2016-12-04", "runoff", office="pres_at")
E("rome_mayor_2016", "2016 Rome mayoral election (runoff)", "ocd-division/country:it/place:rome", "2016-06-19", "runoff",
  office="Mayor of Rome")
E("nsk_mayor_2014", "2014 Novosibirsk mayoral election", "ocd-division/country:ru/place:novosibirsk", "2014-04-06",
  "general")
E("fr_pres_2017", "2017 French presidential election (first round)", "ocd-division/country:fr", "2017-04-23", "general",
  office="pres_fr")

# ---------------------------------------------------------------- people
P = R.person
P("romney", "Mitt Romney", ["Romney", "Mitt Romney"])
P("gwbush", "George W. Bush", ["George W. Bush", "Bush", "Mr. Bush", "President George W. Bush"])
P("cheney", "Dick Cheney", ["Dick Cheney"])
P("rice", "Condoleezza Rice", ["Rice"])
P("mccain", "John McCain", ["McCain", "Mr. McCain", "Sen. John McCain", "Senator John McCain"])
P("santorum", "Rick Santorum", ["Santorum"])
P("haley", "Nikki Haley", ["Haley"])
P("martinez", "Susana Martinez", ["Martinez"])
P("huckabee", "Mike Huckabee", ["Huckabee"])
P("rscott", "Rick Scott", [])
P("kasich", "John Kasich", ["Kasich"])
P("obama", "Barack Obama", ["Obama", "President Obama", "Mr. Obama", "President Barack Obama"])
P("christie", "Chris Christie", ["Christie"])
P("castro", "Julian Castro", [])
P("ryan", "Paul Ryan", ["Ryan"])
P("aragon", "Betty Aragon", ["Aragon"])
P("gsalazar", "Guadalupe Salazar", ["Salazar"])
P("barela", "Jan Barela-Smith", ["Barela-Smith"])
P("andujo", "Joe Andujo", ["Andujo"])
P("kaine", "Tim Kaine", [])
P("malloy", "Dannel Malloy", [])
P("reid", "Harry Reid", ["Mr. Reid", "Reid"])
P("land", "Terri Lynn Land", [])
P("gardner", "Cory Gardner", [])
P("ernst", "Joni Ernst", [])
P("sbrown", "Scott Brown", ["Mr. Brown"])
P("shaheen", "Jeanne Shaheen", [])
P("tillis", "Thom Tillis", ["Mr. Tillis", "Tillis"])
P("brannon", "Greg Brannon", [])
P("hagan", "Kay Hagan", ["Kay R. Hagan"])
P("landrieu", "Mary Landrieu", ["Mary L. Landrieu"])
P("pryor", "Mark Pryor", ["Mark L. Pryor"])
P("begich", "Mark Begich", [])
P("mcconnell", "Mitch McConnell", ["McConnell"])
P("capito", "Shelley Moore Capito", [])
P("rubio", "Marco Rubio", ["Rubio"])
P("jbush", "Jeb Bush", ["Bush", "Gov. Bush"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump"])
P("cruz", "Ted Cruz", ["Cruz"])
P("carson", "Ben Carson", [])
P("haslam", "Bill Haslam", [])
P("duke", "David Duke", [])
P("duchossois", "Craig Duchossois", [])
P("strimple", "Greg Strimple", ["Strimple"])
P("graham", "Lindsey Graham", [])
P("clinton", "Hillary Clinton", ["Hillary Clinton", "Clinton", "Mrs. Clinton", "Hillary", "Secretary Clinton"])
P("wilson", "Woodrow Wilson", [])
P("reagan", "Ronald Reagan", ["Reagan"])
P("fdr", "Franklin D. Roosevelt", ["Franklin Delano Roosevelt"])
P("cleveland", "Grover Cleveland", [])
P("jfk", "John F. Kennedy", [])
P("kerry", "John Kerry", ["Mr. Kerry", "Kerry"])
P("dean", "Howard Dean", [])
P("bclinton", "Bill Clinton", ["Bill Clinton", "Clinton"])
P("nixon", "Richard Nixon", [])
P("lbj", "Lyndon B. Johnson", ["Lyndon Johnson"])
P("pelosi", "Nancy Pelosi", [])
P("ellison", "Keith Ellison", [])
P("schumer", "Chuck Schumer", ["Schumer"])
P("lee", "Mike Lee", [])
P("rpaul", "Rand Paul", [])
P("blumenthal", "Richard Blumenthal", [])
P("murphy", "Chris Murphy", [])
P("booker", "Cory Booker", [])
P("menendez", "Bob Menendez", [])
P("cortezmasto", "Catherine Cortez Masto", [])
P("gillibrand", "Kirsten Gillibrand", [])
P("hirono", "Mazie Hirono", [])
P("leahy", "Patrick Leahy", [])
P("markey", "Ed Markey", [])
P("warren", "Elizabeth Warren", [])
P("tester", "Jon Tester", [])
P("wyden", "Ron Wyden", [])
P("merkley", "Jeff Merkley", [])
P("harris", "Kamala Harris", [])
P("feinstein", "Dianne Feinstein", [])
P("sanders", "Bernie Sanders", [])
P("putin", "Vladimir Putin", ["Putin", "President Putin"])
P("burr", "Richard Burr", ["Burr"])
P("warner", "Mark Warner", [])
P("mueller", "Robert Mueller", ["Mueller"])
P("ksimpson", "Kendall Simpson", [])
P("setzer", "Christy Setzer", [])
P("mclaughlin", "Jim McLaughlin", [])
P("gore", "Al Gore", ["Gore"])
P("gillum", "Andrew Gillum", [])
P("kyl", "Jon Kyl", ["Kyl", "Senator Kyl"])
P("ducey", "Doug Ducey", ["Ducey"])
P("mcsally", "Martha McSally", ["McSally"])
P("sinema", "Kyrsten Sinema", ["Sinema"])
P("klein", "Eileen Klein", [])
P("powell", "Jerome Powell", ["Powell"])
P("jbrown", "Jerry Brown", [])
P("chavez", "Hugo Chavez", ["Hugo Chavez"])
P("achavez", "Adan Chavez", [])
P("maduro", "Nicolas Maduro", ["Maduro"])
P("capriles", "Henrique Capriles", ["Capriles"])
P("abdullah", "Abdullah Abdullah", ["Dr. Abdullah Abdullah", "Abdullah"])
P("ghani", "Ashraf Ghani", ["Ghani"])
P("karzai", "Hamid Karzai", [])
P("lodin", "Azizullah Lodin", [])
P("abe", "Shinzo Abe", ["Abe"])
P("koizumi", "Junichiro Koizumi", ["Koizumi"])
P("aso", "Taro Aso", [])
P("tanigaki", "Sadakazu Tanigaki", [])
P("takenaka", "Heizo Takenaka", [])
P("koike", "Yuriko Koike", [])
P("masuzoe", "Yoichi Masuzoe", [])
P("masuda", "Hiroya Masuda", [])
P("torigoe", "Shuntaro Torigoe", [])
P("wada", "Yoshiaki Wada", [])
P("ikeda", "Maki Ikeda", [])
P("izumi", "Kenta Izumi", [])
P("park", "Park Geun-hye", [])
P("hofer", "Norbert Hofer", ["Hofer"])
P("vdb", "Alexander Van der Bellen", ["Van der Bellen"])
P("griss", "Irmgard Griss", [])
P("fischer", "Heinz Fischer", [])
P("gudenus", "John Gudenus", [])
P("rutte", "Mark Rutte", [])
P("renzi", "Matteo Renzi", [])
P("raggi", "Virginia Raggi", [])
P("penanieto", "Enrique Pena Nieto", ["Enrique Peña Nieto"])
P("lepen", "Marine Le Pen", [])
P("hollande", "Francois Hollande", ["François Hollande"])
P("lokot", "Anatoly Lokot", [])
P("paksas", "Rolandas Paksas", [])
P("paulauskas", "Arturas Paulauskas", ["Artūras Paulauskas"])
P("stoltenberg", "Jens Stoltenberg", ["Stoltenberg"])
P("tmay", "Theresa May", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-08-06 (NPR, RNC convention speakers)
_OH = "Ohio is viewed as all-important by both Romney and President Obama in the race for the White House."
DOCS.append(("a_2012-08-06_HxFYKHjycWdS3mw8.txt", [
    F("candidacy", "romney", "us_pres_2012", ["where Mitt Romney is set to officially become his party's 2012 presidential nominee", _OH]),
    F("party", "romney", "rep", "where Mitt Romney is set to officially become his party's 2012 presidential nominee"),
    F("holds_office", "gwbush", "pres_us", "Former President George W. Bush and Vice President Dick Cheney", former=True),
    F("holds_office", "cheney", "vp_us", "Former President George W. Bush and Vice President Dick Cheney", former=True),
    F("holds_office", "rice", "sec_state", "the former Bush secretary of state and national security adviser", former=True),
    F("holds_office", "rice", "nsa_us", "the former Bush secretary of state and national security adviser", former=True),
    F("holds_office", "mccain", "sen_arizona", "Besides Rice, Sen. John McCain of Arizona, who was his party's 2008 presidential nominee"),
    F("candidacy", "mccain", "us_pres_2008", "Besides Rice, Sen. John McCain of Arizona, who was his party's 2008 presidential nominee"),
    F("party", "mccain", "rep", "Besides Rice, Sen. John McCain of Arizona, who was his party's 2008 presidential nominee"),
    F("endorsement", "mccain", "romney", "McCain endorsed Romney in January at a critical moment"),
    F("candidacy", "santorum", "ia_rep_caucus_2012", "a surprisingly strong showing in the Iowa caucuses by former Sen. Rick Santorum"),
    F("party", "santorum", "rep", "a surprisingly strong showing in the Iowa caucuses by former Sen. Rick Santorum"),
    F("holds_office", "santorum", "sen_pennsylvania", "a surprisingly strong showing in the Iowa caucuses by former Sen. Rick Santorum", former=True),
    F("holds_office", "haley", "gov_south_carolina", "Gov. Nikki Haley of South Carolina and Gov. Susana Martinez of New Mexico"),
    F("holds_office", "martinez", "gov_new_mexico", ["Gov. Nikki Haley of South Carolina and Gov. Susana Martinez of New Mexico",
                                                   "The Republicans' choice of Martinez, New Mexico's governor"]),
    F("party", "haley", "rep", "Gov. Nikki Haley of South Carolina and Gov. Susana Martinez of New Mexico"),
    F("party", "martinez", "rep", "Gov. Nikki Haley of South Carolina and Gov. Susana Martinez of New Mexico"),
    F("holds_office", "huckabee", "gov_arkansas", "conservative TV and radio host Mike Huckabee, the former governor of Arkansas", former=True),
    F("candidacy", "huckabee", "us_rep_prim_2008", "It was Huckabee, a former presidential candidate himself"),
    F("holds_office", "rscott", "gov_florida", "Two other governors scheduled to speak at the convention are Florida's Rick Scott"),
    F("holds_office", "kasich", "gov_ohio", "Two other governors scheduled to speak at the convention are Florida's Rick Scott"),
    F("candidacy", "obama", "us_pres_2012", [_OH, "His choice was seen as a way for Obama to underscore the importance of the Latino vote to his re-election"]),
    F("holds_office", "obama", "pres_us", _OH),
    F("party", "obama", "dem", S("Last week, the Democrats announced that the keynote speaker", through="his party's future generally")),
    F("holds_office", "christie", "gov_new_jersey", "New Jersey Gov. Chris Christie, one of the party's leading stars"),
    F("party", "christie", "rep", S("The Republicans still haven't announced who the convention's keynote speaker will be.",
                                    through="one of the party's leading stars")),
    F("holds_office", "castro", "mayor_sa", "San Antonio Mayor Julian Castro, considered a rising star"),
    F("party", "castro", "dem", "San Antonio Mayor Julian Castro, considered a rising star in the Democratic Party"),
]))

# ---------------------------------------------------------------- a_2012-08-18 (Politico, Ryan in Florida)
_TICKET = "Florida is a must-win state for the GOP presidential ticket"
DOCS.append(("a_2012-08-18_L5UAgiWdUtyr84ux.txt", [
    F("candidacy", "ryan", "us_pres_2012", ["As the vice presidential nominee debuted in Florida", _TICKET]),
    F("candidacy", "romney", "us_pres_2012", ["in the 2012 contest, joining her son here Saturday", _TICKET]),
    F("party", "ryan", "rep", _TICKET),
    F("party", "romney", "rep", [_TICKET, "Romney and Ryan have attacked President Barack Obama"]),
    F("holds_office", "obama", "pres_us", "Romney and Ryan have attacked President Barack Obama"),
    F("candidacy", "obama", "us_pres_2012", "The Obama campaign argues that Ryan and Romney"),
    F("holds_office", "ryan", "rep_wi1", "The congressman pointed to his mother"),
    F("holds_office", "ryan", "budget_chair", "the House Budget Committee chairman said"),
]))

# ---------------------------------------------------------------- a_2012-10-11 (NPR, Colorado Latinos)
DOCS.append(("a_2012-10-11_jzh39xWjmEcnrwd9.txt", [
    F("candidacy", "romney", "us_pres_2012", ["a recent poll puts Republican presidential nominee Mitt Romney in the lead",
                                              "both the Romney and Obama campaigns have an eye on Latino voters"]),
    F("party", "romney", "rep", "a recent poll puts Republican presidential nominee Mitt Romney in the lead"),
    F("candidacy", "obama", "us_pres_2012", "both the Romney and Obama campaigns have an eye on Latino voters"),
    F("holds_office", "obama", "pres_us", ["Polls show Latinos support President Obama", "Since Obama has been in office"]),
    F("party", "aragon", "dem", ["we met with three Latino women", "All three women are Democrats"]),
    F("party", "gsalazar", "dem", ["we met with three Latino women", "All three women are Democrats"]),
    F("party", "barela", "dem", ["we met with three Latino women", "All three women are Democrats"]),
    F("party", "andujo", "rep", "a member of the Northern Colorado Hispanic Republicans"),
]))

# ---------------------------------------------------------------- a_2012-10-29 (NPR, Sandy and early voting)
_CAMP = S("But the storm is already having an effect on campaigning.", through="Republican Mitt Romney scuttled campaign events")
DOCS.append(("a_2012-10-29_vYGDzuOeN6EzfFpJ.txt", [
    F("holds_office", "obama", "pres_us", "President Obama canceled a Florida rally"),
    F("candidacy", "obama", "us_pres_2012", _CAMP),
    F("candidacy", "romney", "us_pres_2012", _CAMP),
    F("party", "romney", "rep", "Republican Mitt Romney scuttled campaign events"),
    F("candidacy", "kaine", "va_sen_2012", "Tim Kaine, the Democratic Senate candidate"),
    F("party", "kaine", "dem", "Tim Kaine, the Democratic Senate candidate"),
    F("holds_office", "malloy", "gov_connecticut", "Connecticut Gov. Dannel Malloy, a Democrat"),
    F("party", "malloy", "dem", "Connecticut Gov. Dannel Malloy, a Democrat"),
]))

# ---------------------------------------------------------------- a_2014-08-15 (Washington Times, Senate Majority PAC)
_SPENT = "the super PAC has spent more than $671,000 attacking Terri Lynn Land in Michigan"
_NH = "where Republican Scott Brown is trailing incumbent Democratic Sen. Jeanne Shaheen"
_NC = "the PAC has spent about $5.7 million on independent expenditures against Republican Thom Tillis"
_NCW = "But Mr. Tillis won that primary"
_AK = "It has also contributed millions to Put Alaska First"
DOCS.append(("a_2014-08-15_PQSFiLZHkRoEz90W.txt", [
    F("holds_office", "reid", "sen_maj_leader", "which has deep ties to Senate Majority Leader Harry Reid"),
    F("holds_office", "reid", "sen_nevada", "its treasurer is a longtime strategist for the Nevada Democrat"),
    F("party", "reid", "dem", "its treasurer is a longtime strategist for the Nevada Democrat"),
    F("candidacy", "land", "mi_sen_2014", _SPENT),
    F("candidacy", "gardner", "co_sen_2014", _SPENT),
    F("holds_office", "gardner", "rep_co4", _SPENT),
    F("candidacy", "ernst", "ia_sen_2014", _SPENT),
    F("party", "ernst", "rep", _SPENT),
    F("candidacy", "sbrown", "nh_sen_2014", _NH),
    F("candidacy", "shaheen", "nh_sen_2014", _NH),
    F("party", "sbrown", "rep", _NH),
    F("party", "shaheen", "dem", _NH),
    F("holds_office", "shaheen", "sen_new_hampshire", _NH),
    F("party", "tillis", "rep", _NC),
    F("candidacy", "tillis", "nc_sen_2014_prim", [_NC, _NCW]),
    F("candidacy", "brannon", "nc_sen_2014_prim", _NC),
    F("party", "brannon", "rep", _NC),
    F("endorsement", "teaparty", "brannon", _NC),
    F("won", "tillis", "nc_sen_2014_prim", _NCW),
    F("lost", "brannon", "nc_sen_2014_prim", [_NC, _NCW]),
    F("candidacy", "tillis", "nc_sen_2014", _NCW),
    F("candidacy", "hagan", "nc_sen_2014", _NCW),
    F("holds_office", "hagan", "sen_north_carolina", _NCW),
    F("party", "hagan", "dem", _NCW),
    F("holds_office", "landrieu", "sen_louisiana", "the PAC is spending $2.1 million in Louisiana to help Sen. Mary L. Landrieu"),
    F("candidacy", "landrieu", "la_sen_2014", "the PAC is spending $2.1 million in Louisiana to help Sen. Mary L. Landrieu"),
    F("holds_office", "pryor", "sen_arkansas", "the PAC is spending $2.1 million in Louisiana to help Sen. Mary L. Landrieu"),
    F("candidacy", "pryor", "ar_sen_2014", "the PAC is spending $2.1 million in Louisiana to help Sen. Mary L. Landrieu"),
    F("funding", "smp", "paf", _AK),
    F("holds_office", "begich", "sen_alaska", _AK),
    F("candidacy", "begich", "ak_sen_2014", _AK),
    F("holds_office", "mcconnell", "sen_min_leader", _AK),
    F("holds_office", "mcconnell", "sen_kentucky", _AK),
    F("candidacy", "mcconnell", "ky_sen_2014", _AK),
    F("party", "capito", "rep", "attacking GOP Rep. Shelley Moore Capito in a Senate race in West Virginia"),
    F("holds_office", "capito", "rep_wv2", "attacking GOP Rep. Shelley Moore Capito in a Senate race in West Virginia"),
    F("candidacy", "capito", "wv_sen_2014", "attacking GOP Rep. Shelley Moore Capito in a Senate race in West Virginia"),
]))

# ---------------------------------------------------------------- a_2016-02-29 (AP/Monitor, Rubio after Bush exit)
_RIV = S("In the past two weeks, Rubio has also won the backing of four governors", through="remain in the race")
_BUSH = "since former Florida Gov. Jeb Bush suspended his campaign for president"
DOCS.append(("a_2016-02-29_O5aqMeR1ooFB4kUl.txt", [
    F("candidacy", "rubio", "us_rep_prim_2016", ["Rubio had hoped to wait until the chaotic Republican nominating campaign", _RIV]),
    F("party", "rubio", "rep", ["Rubio had hoped to wait until the chaotic Republican nominating campaign", _RIV]),
    F("holds_office", "rubio", "sen_florida", ["the young Florida senator is trying", "Rubio, a 44-year-old first-term U.S. senator"]),
    F("candidacy", "jbush", "us_rep_prim_2016", [_BUSH, "immediately after Bush left the race"]),
    F("party", "jbush", "rep", _BUSH),
    F("holds_office", "jbush", "gov_florida", _BUSH, former=True),
    F("candidacy", "trump", "us_rep_prim_2016", [_RIV, "He trails Trump in virtually all of the 11 states holding nominating contests"]),
    F("party", "trump", "rep", _RIV),
    F("candidacy", "cruz", "us_rep_prim_2016", ["And Texas Sen. Ted Cruz remains a top-tier contender", _RIV]),
    F("party", "cruz", "rep", _RIV),
    F("holds_office", "cruz", "sen_texas", "And Texas Sen. Ted Cruz remains a top-tier contender"),
    F("candidacy", "kasich", "us_rep_prim_2016", _RIV),
    F("party", "kasich", "rep", _RIV),
    F("holds_office", "kasich", "gov_ohio", "Cruz, Ohio Gov. John Kasich and retired neurosurgeon Ben Carson remain in the race"),
    F("candidacy", "carson", "us_rep_prim_2016", _RIV),
    F("party", "carson", "rep", _RIV),
    F("holds_office", "haslam", "gov_tennessee", "says Tennessee Gov. Bill Haslam, Rubio's latest big endorsement"),
    F("endorsement", "haslam", "rubio", "says Tennessee Gov. Bill Haslam, Rubio's latest big endorsement"),
    F("endorsement", "duke", "trump", "for refusing to condemn the endorsement from David Duke"),
    F("endorsement", "duchossois", "rubio", "said Chicago investor Craig Duchossois, who shifted from Bush to Rubio"),
    F("party", "strimple", "rep", "said Greg Strimple, a Republican pollster"),
]))

# ---------------------------------------------------------------- a_2016-05-08 (NYT, McCain on Trump)
_NOM = "Mr. McCain has committed to supporting Mr. Trump as the Republican nominee for president."
DOCS.append(("a_2016-05-08_FXTkuaSFtSlmC4kx.txt", [
    F("holds_office", "mccain", "sen_arizona", "Senator John McCain of Arizona called on Donald J. Trump"),
    F("endorsement", "mccain", "trump", _NOM),
    F("candidacy", "trump", "us_pres_2016", _NOM),
    F("party", "trump", "rep", _NOM),
    F("candidacy", "trump", "us_rep_prim_2016", ["many of the voters who have selected Donald Trump to be the nominee of the party",
                                                 "Mr. McCain said it was incumbent on Mr. Trump to “heal many of the wounds” from the primary season."]),
    F("candidacy", "mccain", "us_pres_2008", "Mr. McCain, who was the Republican presidential nominee in 2008"),
    F("party", "mccain", "rep", "Mr. McCain, who was the Republican presidential nominee in 2008"),
    F("holds_office", "graham", "sen_south_carolina", "One of Mr. McCain’s closest friends in the Senate, Lindsey Graham of South Carolina"),
]))

# ---------------------------------------------------------------- a_2016-08-10 (Salon, Trump's medical letter)
DOCS.append(("a_2016-08-10_2ZXL6LxddBqr8zsT.txt", [
    F("candidacy", "trump", "us_pres_2016", "Trump has spent his whole campaign attacking his competition."),
    F("candidacy", "clinton", "us_pres_2016", S("Imagine if the media decided that this letter", through="which of the two candidates is the most")),
]))

# ---------------------------------------------------------------- a_2016-09-12 (Monitor, Clinton's health)
_PRES = S("According to Gallup, many presidents have maintained silence", through="spent much of his life in a wheelchair.")
DOCS.append(("a_2016-09-12_N6JTvpDCoV0xuakW.txt", [
    F("candidacy", "clinton", "us_pres_2016", "Democratic presidential candidate Hillary Clinton excused herself early"),
    F("party", "clinton", "dem", "Democratic presidential candidate Hillary Clinton excused herself early"),
    F("candidacy", "trump", "us_pres_2016", "from Republican presidential nominee Donald Trump and his supporters"),
    F("party", "trump", "rep", "from Republican presidential nominee Donald Trump and his supporters"),
    F("holds_office", "wilson", "pres_us", _PRES, former=True),
    F("holds_office", "reagan", "pres_us", _PRES, former=True),
    F("holds_office", "fdr", "pres_us", _PRES, former=True),
    F("holds_office", "cleveland", "pres_us", "Grover Cleveland once disappeared from the White house", former=True),
    F("holds_office", "jfk", "pres_us", ["John F. Kennedy \"suffered from more ailments",
                                          "These presidents all kept their physical ailments secret"], former=True),
    F("candidacy", "kerry", "us_pres_2004", ["John Kerry's successful battle with prostate cancer before his campaign began",
                                             "At the time of the Mr. Kerry campaign"]),
]))

# ---------------------------------------------------------------- a_2016-09-29 (Fox, Trump debate prep)
_RACE = "is in an extremely competitive race against Clinton and could win the thing"
_DEAN = S("Howard Dean standing by his ludicrous suggestion", through="party chairman to act like a smear merchant.")
DOCS.append(("a_2016-09-29_Ru2puUAYHocdijHD.txt", [
    F("candidacy", "trump", "us_pres_2016", ["Donald Trump believes he won the first presidential debate.", _RACE]),
    F("candidacy", "clinton", "us_pres_2016", _RACE),
    F("holds_office", "clinton", "sec_state", S("Hillary Clinton is widely credited", through="without committing a major gaffe"),
      former=True),
    F("holds_office", "dean", "gov_vermont", _DEAN, former=True),
    F("holds_office", "dean", "dnc_chair", _DEAN, former=True),
    F("candidacy", "dean", "us_dem_prim_2004", _DEAN),
    F("holds_office", "christie", "gov_new_jersey", "has testified that the governor laughed when he told him"),
    F("candidacy", "christie", "us_rep_prim_2016", S("A former Chris Christie ally, David Wildstein", through="the former presidential candidate has denied it")),
]))

# ---------------------------------------------------------------- a_2016-12-03 (National Review, Trump's win)
_GAME = "That is the kind of game Donald Trump just won over Hillary Clinton."
_B92 = "That is why, with just 43 percent of the vote in 1992, Bill Clinton garnered 370 electoral votes"
_B2 = "Bill Clinton’s two Electoral College majorities rank smack in the middle"
_LAND = "These spreads fall far short of real modern-era landslides like Ronald Reagan’s 525"
_PEL = "the reelection of Nancy Pelosi as House minority leader"
DOCS.append(("a_2016-12-03_GjD3zHi7bWWfKWHa.txt", [
    F("candidacy", "trump", "us_pres_2016", _GAME),
    F("candidacy", "clinton", "us_pres_2016", _GAME),
    F("won", "trump", "us_pres_2016", [_GAME, "his 46 percent of the popular vote has won him 100 percent of the presidency"], 46),
    F("lost", "clinton", "us_pres_2016", _GAME),
    F("candidacy", "bclinton", "us_pres_1992", [_B92, _B2]),
    F("won", "bclinton", "us_pres_1992", [_B92, _B2], 43),
    F("candidacy", "bclinton", "us_pres_1996", _B2),
    F("won", "bclinton", "us_pres_1996", _B2),
    F("holds_office", "bclinton", "pres_us", S("As her husband can tell her, having won twice", through="Bill Clinton garnered 370 electoral votes"),
      former=True),
    F("candidacy", "reagan", "us_pres_1984", _LAND),
    F("won", "reagan", "us_pres_1984", _LAND),
    F("candidacy", "reagan", "us_pres_1980", _LAND),
    F("won", "reagan", "us_pres_1980", _LAND),
    F("candidacy", "nixon", "us_pres_1972", _LAND),
    F("won", "nixon", "us_pres_1972", _LAND),
    F("candidacy", "lbj", "us_pres_1964", _LAND),
    F("won", "lbj", "us_pres_1964", _LAND),
    F("holds_office", "pelosi", "house_min_leader", _PEL),
    F("candidacy", "pelosi", "house_dem_leader_2016", _PEL),
    F("won", "pelosi", "house_dem_leader_2016", _PEL),
    F("party", "pelosi", "dem", _PEL),
    F("candidacy", "ellison", "dnc_chair_2017", "the serious candidacy of hard-Left Islamist fellow traveler Keith Ellison"),
    F("party", "ellison", "dem", "the serious candidacy of hard-Left Islamist fellow traveler Keith Ellison"),
]))

# ---------------------------------------------------------------- a_2018-01-22 (Fox, shutdown ends)
_DEMS = "The 15 Democrats in opposition were Sen. Richard Blumenthal"
_RS = "included Republican Sens. Mike Lee, of Utah, and Rand Paul, of Kentucky"
_MCC = "Senate Majority Leader Mitch McConnell, R-Ky., then thanked Schumer"
_f12 = [
    F("holds_office", "trump", "pres_us", "after President Trump signed a bill funding the government"),
    F("holds_office", "schumer", "sen_min_leader", "Senate Minority Leader Sen. Chuck Schumer, a New York Democrat"),
    F("holds_office", "schumer", "sen_new_york", "Senate Minority Leader Sen. Chuck Schumer, a New York Democrat"),
    F("party", "schumer", "dem", "Senate Minority Leader Sen. Chuck Schumer, a New York Democrat"),
    F("holds_office", "ernst", "sen_iowa", "said Sen. Joni Ernst, R-Iowa"),
    F("party", "ernst", "rep", "said Sen. Joni Ernst, R-Iowa"),
    F("holds_office", "obama", "pres_us", "under former President Barack Obama’s Deferred Action", former=True),
    F("holds_office", "mcconnell", "sen_maj_leader", _MCC),
    F("holds_office", "mcconnell", "sen_kentucky", _MCC),
    F("party", "mcconnell", "rep", _MCC),
    F("holds_office", "lee", "sen_utah", _RS),
    F("party", "lee", "rep", _RS),
    F("holds_office", "rpaul", "sen_kentucky", _RS),
    F("party", "rpaul", "rep", _RS),
    F("holds_office", "sanders", "sen_vermont", "Sen. Bernie Sanders, a Vermont independent, also voted in opposition."),
    F("holds_office", "mccain", "sen_arizona", "Arizona GOP Sen. John McCain did not vote"),
    F("party", "mccain", "rep", "Arizona GOP Sen. John McCain did not vote"),
]
for _k, _st in [("blumenthal", "connecticut"), ("murphy", "connecticut"), ("booker", "new_jersey"), ("menendez", "new_jersey"),
                ("cortezmasto", "nevada"), ("gillibrand", "new_york"), ("hirono", "hawaii"), ("leahy", "vermont"),
                ("markey", "massachusetts"), ("warren", "massachusetts"), ("tester", "montana"), ("wyden", "oregon"),
                ("merkley", "oregon"), ("harris", "california"), ("feinstein", "california")]:
    _f12.append(F("holds_office", _k, "sen_" + _st, _DEMS))
    _f12.append(F("party", _k, "dem", _DEMS))
DOCS.append(("a_2018-01-22_F8Gy95f0OK2fe4VK.txt", _f12))

# ---------------------------------------------------------------- a_2018-07-03 (Bloomberg, Senate Intelligence report)
_WARN = "Senator Mark Warner of Virginia, the committee’s top Democrat, said"
DOCS.append(("a_2018-07-03_0QMZVIrAd1dLFYeN.txt", [
    F("holds_office", "putin", "pres_ru", "that Russian President Vladimir Putin ordered a campaign"),
    F("candidacy", "trump", "us_pres_2016", "ordered a campaign to interfere in the 2016 presidential election, ultimately intending to help Donald Trump win"),
    F("candidacy", "clinton", "us_pres_2016", ["financed by Democrats and Hillary Clinton’s campaign", _WARN]),
    F("holds_office", "clinton", "sec_state", _WARN, former=True),
    F("holds_office", "trump", "pres_us", "forcefully rejected a campaign led by House Republicans and President Trump"),
    F("holds_office", "burr", "intel_chair", "Intelligence Chairman Richard Burr, a North Carolina Republican"),
    F("holds_office", "burr", "sen_north_carolina", "Intelligence Chairman Richard Burr, a North Carolina Republican"),
    F("party", "burr", "rep", "Intelligence Chairman Richard Burr, a North Carolina Republican"),
    F("holds_office", "warner", "sen_virginia", _WARN),
    F("party", "warner", "dem", _WARN),
    F("holds_office", "mueller", "special_counsel", "Special Counsel Robert Mueller’s continuing investigation"),
]))

# ---------------------------------------------------------------- a_2018-08-28 (Washington Times, Trump 2020 coalition)
_UPSET = "President Trump threaded the needle in his upset victory in 2016"
_BACKED = "voters who backed Democrat Hillary Clinton or stayed home on Election Day in 2016"
_OB = "But Mr. Obama won election with nearly 70 million votes"
_GWB = "needs to be more like President George W. Bush, who also lost the popular vote, to Democrat Al Gore in 2000"
DOCS.append(("a_2018-08-28_K1wxd1V93amDYX17.txt", [
    F("candidacy", "trump", "us_pres_2016", [_UPSET, "but won the Electoral College 304-227"]),
    F("won", "trump", "us_pres_2016", [_UPSET, "but won the Electoral College 304-227"], 46),  # share stated in a_2016-12-03
    F("candidacy", "clinton", "us_pres_2016", _BACKED),
    F("party", "clinton", "dem", _BACKED),
    F("lost", "clinton", "us_pres_2016", [_BACKED, _UPSET]),
    F("holds_office", "trump", "pres_us", ["Mr. Trump took office vowing to win over the hearts and minds of Clinton voters", _UPSET]),
    F("candidacy", "trump", "us_pres_2020", "favor Mr. Trump as he heads into a re-election race"),
    F("party", "ksimpson", "dem", ["Among those is Atlanta music composer Kendall Simpson", "said the registered Democrat, who advises"]),
    F("party", "setzer", "dem", "said Democratic Party strategist Christy Setzer"),
    F("party", "mclaughlin", "rep", "Republican Party pollster Jim McLaughlin, who conducted work"),
    F("holds_office", "obama", "pres_us", "look similar to those of Presidents Obama and Clinton", former=True),
    F("holds_office", "bclinton", "pres_us", "look similar to those of Presidents Obama and Clinton", former=True),
    F("candidacy", "obama", "us_pres_2008", _OB),
    F("won", "obama", "us_pres_2008", _OB),
    F("candidacy", "obama", "us_pres_2012", _OB),
    F("holds_office", "gwbush", "pres_us", _GWB, former=True),
    F("candidacy", "gwbush", "us_pres_2000", _GWB),
    F("won", "gwbush", "us_pres_2000", _GWB),
    F("candidacy", "gore", "us_pres_2000", _GWB),
    F("lost", "gore", "us_pres_2000", _GWB),
    F("party", "gore", "dem", _GWB),
]))

# ---------------------------------------------------------------- a_2018-11-05 (Townhall, midterm predictions)
_PRED = "Back in 2016 I predicted a Trump victory when no one else did."
_GILLUM = "I see Florida Democrat Governor candidate Andrew Gillum holding a rally with Bernie Sanders"
DOCS.append(("a_2018-11-05_gzXMievcJ1WD7ykP.txt", [
    F("candidacy", "trump", "us_pres_2016", [_PRED, "I was opening speaker for six Trump campaign events here in Las Vegas."]),
    F("won", "trump", "us_pres_2016", [_PRED, "That was my first reason for realizing Trump was going to pull a huge upset"], 46),
    F("candidacy", "clinton", "us_pres_2016", "Nate Silver of the NY Times predicted Hillary’s chances of winning at 92%."),
    F("lost", "clinton", "us_pres_2016", ["Nate Silver of the NY Times predicted Hillary’s chances of winning at 92%.", _PRED]),
    F("candidacy", "gillum", "fl_gov_2018", _GILLUM),
    F("party", "gillum", "dem", _GILLUM),
    F("endorsement", "sanders", "gillum", _GILLUM),
    F("holds_office", "trump", "pres_us", "I was opening speaker for President Trump’s event in Las Vegas last month"),
]))

# ---------------------------------------------------------------- a_2018-12-14 (Arizona Republic, Kyl resigns)
_KYL = "Sen. Jon Kyl will resign from the U.S. Senate on Dec. 31"
_MCS = "outgoing Rep. Martha McSally, the Republican who lost to Democratic Rep. Kyrsten Sinema"
_MCC2 = "There is intense interest from Senate Majority Leader Mitch McConnell, R-Kentucky"
DOCS.append(("a_2018-12-14_TwqTIBFP2LZFXr1v.txt", [
    F("holds_office", "kyl", "sen_arizona", [_KYL, "Kyl succeeded McCain to the seat in September"]),
    F("party", "kyl", "rep", "retired from the chamber in 2013 after rising to become the second-highest-ranking Republican senator"),
    F("holds_office", "ducey", "gov_arizona", _KYL),
    F("holds_office", "mccain", "sen_arizona", [_KYL, "Kyl succeeded McCain to the seat in September"], former=True),
    F("holds_office", "mcconnell", "sen_maj_leader", _MCC2),
    F("holds_office", "mcconnell", "sen_kentucky", _MCC2),
    F("party", "mcconnell", "rep", _MCC2),
    F("holds_office", "mcsally", "rep_az2", _MCS),
    F("party", "mcsally", "rep", _MCS),
    F("candidacy", "mcsally", "az_sen_2018", _MCS),
    F("lost", "mcsally", "az_sen_2018", _MCS),
    F("holds_office", "sinema", "rep_az9", _MCS),
    F("party", "sinema", "dem", _MCS),
    F("candidacy", "sinema", "az_sen_2018", _MCS),
    F("won", "sinema", "az_sen_2018", _MCS),
    F("holds_office", "klein", "treas_az", "and state Treasurer Eileen Klein"),
]))

# ---------------------------------------------------------------- a_2020-05-13 (Washington Times, Kudlow / Powell)
DOCS.append(("a_2020-05-13_yzZw5NK2pUeqvNi4.txt", [
    F("holds_office", "powell", "fed_chair", "Fed Chair Jerome Powell issued his sober review"),
    F("holds_office", "trump", "pres_us", ["I think the president has been right to adopt the mitigation measures",
                                            "who served as the Trump campaign's senior economic adviser"]),
]))

# ---------------------------------------------------------------- c_2010-11-02 (Current Events, California AB 32)
DOCS.append(("c_2010-11-02_california-voters-reject-a-proposition-t.txt", [
    F("holds_office", "jbrown", "gov_california", ["The Governor of California, Jerry Brown, declares a state of emergency.",
                                                   "Governor Jerry Brown signs legislation to make California a sanctuary state.",
                                                   "California's governor, Jerry Brown, signs a law"]),
]))

# ---------------------------------------------------------------- c_2012-12-16 (Current Events, Venezuelan gubernatorial elections)
_MAD6 = "Nicolas Maduro wins a narrow victory in Venezuela's presidential election over Henrique Capriles."
DOCS.append(("c_2012-12-16_voters-in-venezuela-go-to-the-polls-for-.txt", [
    F("party", "chavez", "psuv", "with Hugo Chavez's Socialist Party winning in at least 19 of 23 states"),
    F("holds_office", "chavez", "pres_ve", ["President Hugo Chavez&#039;s allies have won a sweeping victory",
                                            "Hugo Chavez, the President of Venezuela, dies in office"]),
    F("holds_office", "achavez", "sec_ca_ve", "including Secretary of the 2017 Constituent Assembly Adan Chavez"),
    F("holds_office", "maduro", "pres_ve", ["President Nicolas Maduro recognized the opposition's win",
                                            "Nicolas Maduro, acting President of Venezuela, officially begins his campaign",
                                            "Maduro is due to be sworn in as President of Venezuela on 19 April"]),
    F("party", "maduro", "psuv", S("The previous-ruling United Social Party of Venezuela (PSUV) picked up 46.",
                                   through="despite (his party's) adverse result")),
    F("candidacy", "maduro", "ve_pres_2013", ["Nicolas Maduro, acting President of Venezuela, officially begins his campaign", _MAD6]),
    F("won", "maduro", "ve_pres_2013", _MAD6),
    F("candidacy", "capriles", "ve_pres_2013", _MAD6),
    F("lost", "capriles", "ve_pres_2013", [_MAD6, "Capriles refuses to acknowledge defeat and calls for a recount."]),
    F("holds_office", "maduro", "vp_ve", "Vice President Nicolas Maduro is officially sworn in as Interim President", former=True),
]))

# ---------------------------------------------------------------- c_2014-07-12 (Current Events, Afghan recount)
_TWO = "following an agreement between the two leading candidates Abdullah Abdullah and Ashraf Ghani"
_R2 = "Afghan Presidential elections are set to go to a second round between former foreign minister Abdullah Abdullah and Ashraf Ghani"
_LEAD = "Dr. Abdullah Abdullah, former foreign minister is leading in Afghan presidential election, 2014 with 44% votes"
_UNITY = "sign a power-sharing deal that establishes a unity government with Ghani as President and Abdullah as Chief Executive"
_KZ = "Afghan Presidential candidate Abdullah Abdullah pulls out of the run-off election versus Hamid Karzai"
DOCS.append(("c_2014-07-12_the-disputed-afghan-presidential-electio.txt", [
    F("candidacy", "abdullah", "af_pres_2014_r2", [_TWO, _R2, "A recount of votes begins after contenders Abdullah Abdullah and Ashraf Ghani reach a deal"]),
    F("candidacy", "ghani", "af_pres_2014_r2", [_TWO, _R2, "A recount of votes begins after contenders Abdullah Abdullah and Ashraf Ghani reach a deal",
                                                "former finance minister Ashraf Ghani is favourite to win the election"]),
    F("candidacy", "abdullah", "af_pres_2014_r1", [_R2, _LEAD]),
    F("candidacy", "ghani", "af_pres_2014_r1", [_R2, _LEAD]),
    F("party", "abdullah", "nca", "Abdullah Abdullah of the National Coalition of Afghanistan, a frontrunner"),
    F("holds_office", "ghani", "pres_af", [_UNITY, "Afghanistan President Ashraf Ghani says Pakistan must take military action",
                                           "Ashraf Ghani is sworn in as new president of Afghanistan."]),
    F("holds_office", "abdullah", "ce_af", _UNITY),
    F("holds_office", "ghani", "finmin_af", "former finance minister Ashraf Ghani is favourite to win the election", former=True),
    F("holds_office", "abdullah", "formin_af", [_R2, _LEAD], former=True),
    F("holds_office", "kerry", "sec_state", "with the assistance of United States Secretary of State John Kerry"),
    F("candidacy", "abdullah", "af_pres_2009_r2", _KZ),
    F("candidacy", "karzai", "af_pres_2009_r2", _KZ),
    F("holds_office", "lodin", "iec_af", _KZ),
]))

# ---------------------------------------------------------------- c_2014-12-14 (Current Events, Japanese general election)
_HEAD_JP = "Prime Minister Shinzo Abe's Liberal Democratic Party and its junior coalition partner win 325 seats"
_LDP1 = "Shinzo Abe is elected as party leader of the Liberal Democratic Party in Japan, replacing the current Prime Minister Junichiro Koizumi."
_LDP2 = "Abe currently leads in polls over candidates Taro Aso and Sadakazu Tanigaki by about 30%."
_CAB = "Japanese Prime Minister Junichiro Koizumi announces his fifth cabinet."
_CCS = "Shinzo Abe, former Secretary General of the Liberal Democratic Party, becomes Chief Cabinet Secretary"
_ASO = "Former Interior Minister Taro Aso becomes Foreign Minister, and is replaced by former economic advisor Heizo Takenaka."
_KOIKE = "Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate, is elected the Tokyo prefecture's first female governor"
_KOIKE2 = "The former Minister of Defense defeated the LDP-Komeito ruling coalition's Hiroya Masuda and the opposition bloc's Shuntaro Torigoe."
_WADA = "LDP candidate Yoshiaki Wada staved off the competition from independent candidate Maki Ikeda"
_IZUMI = "after their candidate and former MP for the district Kenta Izumi won by a landslide"
DOCS.append(("c_2014-12-14_japanese-citizens-vote-in-a-general-elec.txt", [
    F("holds_office", "abe", "pm_jp", [_HEAD_JP, "Japanese Prime Minister Shinzo Abe plans on increasing the spending",
                                        "South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe are meeting in Seoul",
                                        "Prime Minister Shinzo Abe became the first sitting Japanese leader"]),
    F("party", "abe", "ldp", [_HEAD_JP, _LDP1]),
    F("candidacy", "abe", "ldp_2006", [_LDP1, _LDP2]),
    F("won", "abe", "ldp_2006", _LDP1),
    F("holds_office", "abe", "ldp_pres", _LDP1),
    F("holds_office", "koizumi", "pm_jp", [_LDP1, _CAB]),
    F("party", "koizumi", "ldp", _LDP1),  # adjudicated (r1): Abe replaces Koizumi as LDP leader
    F("candidacy", "aso", "ldp_2006", _LDP2),
    F("candidacy", "tanigaki", "ldp_2006", _LDP2),
    F("party", "aso", "ldp", _LDP2),
    F("party", "tanigaki", "ldp", _LDP2),
    F("lost", "aso", "ldp_2006", [_LDP2, _LDP1]),
    F("lost", "tanigaki", "ldp_2006", [_LDP2, _LDP1]),
    F("holds_office", "abe", "ccs_jp", ["Japanese Cabinet Secretary Shinzo Abe announces", _CCS]),
    F("holds_office", "abe", "ldp_secgen", _CCS, former=True),
    F("holds_office", "aso", "intmin_jp", _ASO, former=True),
    F("holds_office", "aso", "formin_jp", _ASO),
    F("holds_office", "takenaka", "intmin_jp", _ASO),
    F("party", "koike", "ldp", _KOIKE),
    F("candidacy", "koike", "tokyo_gov_2016", [_KOIKE, _KOIKE2]),
    F("won", "koike", "tokyo_gov_2016", [_KOIKE, _KOIKE2]),
    F("holds_office", "koike", "gov_tokyo", _KOIKE),
    F("holds_office", "masuzoe", "gov_tokyo", "replacing Yoichi Masuzoe who resigned last month", former=True),
    F("holds_office", "koike", "defmin_jp", [_KOIKE2, _KOIKE], former=True),
    F("candidacy", "masuda", "tokyo_gov_2016", _KOIKE2),
    F("lost", "masuda", "tokyo_gov_2016", _KOIKE2),
    F("candidacy", "torigoe", "tokyo_gov_2016", _KOIKE2),
    F("lost", "torigoe", "tokyo_gov_2016", _KOIKE2),
    F("endorsement", "ldp", "masuda", _KOIKE2),
    F("endorsement", "komeito", "masuda", _KOIKE2),
    F("candidacy", "wada", "hokkaido5_2016", _WADA),
    F("candidacy", "ikeda", "hokkaido5_2016", _WADA),
    F("won", "wada", "hokkaido5_2016", _WADA),
    F("lost", "ikeda", "hokkaido5_2016", _WADA),
    F("party", "wada", "ldp", _WADA),
    F("candidacy", "izumi", "kyoto3_2016", _IZUMI),
    F("won", "izumi", "kyoto3_2016", _IZUMI),
    F("party", "izumi", "dpj2016", _IZUMI),
    F("holds_office", "izumi", "mp_jp_kyoto3", _IZUMI, former=True),
    F("holds_office", "park", "pres_kr", "South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe are meeting in Seoul"),
]))

# ---------------------------------------------------------------- c_2016-07-01 and c_2016-11-24 (Current Events, Austrian presidential election)
_AT_LOST = "narrowly lost in May by"
_AT_DEC = S("Voters in Austria go to the polls to elect a new President in a second round run-off", through="with Hofer conceding defeat.")
_AT_R1 = "Preliminary estimates indicate FPO's Norbert Hofer won the first round with 36 percent of the vote."
_AT_R1B = "Greens' Alexander Van der Bellen, who is supported by the Green Party, garnered 20%"
_AT_R1C = "Hofer and Van der Bellen will compete in the runoff election on May 22, 2016."
_AT_MAY = "The second round of voting takes place to elect either Norbert Hofer or Alexander Van der Bellen as President of Austria."
_AT_FISCHER = "President Heinz Fischer was not eligible to be re-elected."
_AT_CAND = "Freedom Party of Austria presidential candidate Norbert Hofer intends to hold a referendum"


def _austria(first_is_lost_headline):
    out = [
        F("candidacy", "hofer", "at_pres_2016_r2", [_AT_LOST, _AT_DEC, _AT_MAY, _AT_R1C, _AT_CAND]),
        F("candidacy", "vdb", "at_pres_2016_r2", [_AT_DEC, _AT_MAY, _AT_R1C]),
        F("lost", "hofer", "at_pres_2016_r2", [_AT_LOST, _AT_DEC]),
        F("won", "vdb", "at_pres_2016_r2", [_AT_DEC, _AT_LOST, _AT_MAY]),
        F("party", "hofer", "fpo", [_AT_LOST, _AT_DEC, _AT_R1, _AT_CAND]),
        F("party", "vdb", "greens_at", [_AT_DEC, _AT_R1B]),
        F("endorsement", "greens_at", "vdb", _AT_R1B),
        F("candidacy", "hofer", "at_pres_2016_r1", _AT_R1),
        F("won", "hofer", "at_pres_2016_r1", _AT_R1, 36),
        F("candidacy", "vdb", "at_pres_2016_r1", _AT_R1B),
        F("candidacy", "griss", "at_pres_2016_r1", _AT_R1B),
        F("lost", "griss", "at_pres_2016_r1", [_AT_R1B, "Candidates representing the two leading parties, that have ruled for the past 70 years, were eliminated."], 18.5),
        F("holds_office", "fischer", "pres_at", _AT_FISCHER),
    ]
    return out


_AT1 = _austria(True)
# the lost/candidacy facts cite the headline occurrence only where present; the helper's snippets are all in both documents
_AT1.append(F("party", "gudenus", "fpo", "John Gudenus of the Austrian Freedom Party causes controversy", former=True))
DOCS.append(("c_2016-07-01_austriaas-highest-court-orders-a-repeat-.txt", _AT1))

_AT2 = [f for f in _austria(False)]
_AT2 += [
    F("holds_office", "tmay", "pm_uk", "British Prime Minister Theresa May signs a letter invoking Article 50"),
    F("candidacy", "lepen", "fr_pres_2017", "French National Front presidential candidate Marine Le Pen meets with Russian president Vladimir Putin"),
    F("party", "lepen", "fn", "French National Front presidential candidate Marine Le Pen meets with Russian president Vladimir Putin"),
    F("holds_office", "putin", "pres_ru", "French National Front presidential candidate Marine Le Pen meets with Russian president Vladimir Putin"),
]
DOCS.append(("c_2016-11-24_freedom-party-of-austria-presidential-ca.txt", _AT2))

# ---------------------------------------------------------------- c_2016-09-18 (Current Events, Russian legislative election)
_LOKOT = "candidate Anatoly Lokot was elected mayor of the third-largest city of Novosibirsk"
DOCS.append(("c_2016-09-18_russian-voters-head-to-the-polls-to-elec.txt", [
    F("holds_office", "rutte", "pm_nl", "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy"),
    F("party", "rutte", "vvd", "incumbent Prime Minister Mark Rutte's People's Party for Freedom and Democracy"),
    F("holds_office", "renzi", "pm_it", "Prime Minister Matteo Renzi, who introduced the referendum bill, resigns", former=True),
    F("candidacy", "raggi", "rome_mayor_2016", "for a runoff election to select a new Mayor of Rome with exit polls showing Virginia Raggi"),
    F("party", "raggi", "m5s", "for a runoff election to select a new Mayor of Rome with exit polls showing Virginia Raggi"),
    F("holds_office", "putin", "pres_ru", ["The President of Russia Vladimir Putin announces the creation of a new National Guard",
                                            "President of Russia Vladimir Putin signs a law that sets the date"]),
    F("holds_office", "penanieto", "pres_mx", "the ruling Institutional Revolutionary Party of President Enrique Pena Nieto"),
    F("party", "penanieto", "pri", "the ruling Institutional Revolutionary Party of President Enrique Pena Nieto"),
    F("party", "lepen", "fn", "Marine Le Pen's National Front in second"),
    F("holds_office", "hollande", "pres_fr", "with President Francois Hollande's French Socialist Party in third"),
    F("party", "hollande", "ps_fr", "with President Francois Hollande's French Socialist Party in third"),
    F("candidacy", "lokot", "nsk_mayor_2014", _LOKOT),
    F("won", "lokot", "nsk_mayor_2014", _LOKOT),
    F("party", "lokot", "cprf", _LOKOT),
    F("holds_office", "lokot", "mayor_nsk", _LOKOT),
]))

# ---------------------------------------------------------------- c_2016-10-09 (Current Events, Lithuanian parliamentary election)
DOCS.append(("c_2016-10-09_voters-in-lithuania-vote-to-elect-repres.txt", [
    F("holds_office", "paksas", "pres_lt", S("The parliament of Lithuania narrowly votes to impeach President Rolandas Paksas",
                                             through="will act as president for two months pending new elections."), former=True),
    F("holds_office", "paulauskas", "speaker_lt", "Parliamentary speaker Arturas Paulauskas will act as president"),
    F("holds_office", "putin", "pres_ru", "Russian President Vladimir Putin deploys the nuclear-capable Iskander"),
    F("holds_office", "stoltenberg", "natosg", "The Secretary General of NATO Jens Stoltenberg says"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b09.jsonl")
    print("wrote", len(lines), "facts")
