# ruff: noqa: E501
"""Corpus annotation, batch b13 (see corpus/ANNOTATING.md)."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/gold/tools")
from goldlib import Registry, S, L, build, merge, write_jsonl, senator, representative, governor, lieutenant_governor, state_officer, cabinet_secretary, mayor, head  # noqa: E402,F401
R = Registry()
F = lambda rel, s, o, ev, value=None, **attrs: (rel, s, o, value, attrs, ev)  # noqa: E731

# ---------------------------------------------------------------- parties / organisations
R.party("rep", "Republican Party", ["Republican", "Republicans", "GOP", "Republican Party", "R", "Repubs"], qid="Q29468")
R.party("dem", "Democratic Party", ["Democrat", "Democratic", "Democrats", "Democratic Party", "D", "Dems"], qid="Q29552")
R.party("unm", "United National Movement", [])
R.party("ldp", "Liberal Democratic Party", ["LDP", "Liberal Democratic Party (LDP)"])
R.party("dpj", "Democratic Party of Japan", ["DPJ"])
R.party("komeito", "Komeito", [])
R.party("independence_is", "Independence Party", [])
R.party("psrm", "Party of Socialists of the Republic of Moldova", ["PSRM", "Socialists- Party"])
R.party("pas", "Party of Action and Solidarity", ["PAS", "Action and Security Party"])
R.party("bsp", "Bulgarian Socialist Party", ["BSP", "Socialist Party", "Socialist", "socialist"])
R.party("gerb", "GERB", ["Citizens for European Development of Bulgaria"])
R.party("disy", "Democratic Rally", [])
R.party("akel", "AKEL", ["Progressive Party of Working People"])
R.party("covenant", "Covenant Party", [])
R.party("vmro", "VMRO-DPMNE", [])
R.party("ndc", "National Democratic Congress", [])
R.party("npp", "New Patriotic Party", [])
R.org("wufm", "Washington United for Marriage", [])
R.org("emilys_list", "EMILY's List", ["Emily’s List", "Emily's List"])
R.org("nextgen", "NextGen America", [])
R.org("koch", "Koch brothers", ["Koch"])
R.org("afp", "Americans for Prosperity", [])

# ---------------------------------------------------------------- offices
O = R.office
O("pres_us", head("President", "the United States", "U.S."), ["president"])
O("vp_us", head("Vice President", "the United States", "U.S."), ["vice president"])
O("sen_il", senator("Illinois"), ["senator", "Senator"])
O("sen_ny", senator("New York"), ["senator", "Senator"])
O("sen_fl", senator("Florida"), ["senator", "Florida senator"])
O("sen_ne", senator("Nebraska"), [])
O("sen_vt", senator("Vermont"), ["U.S. senator"])
O("sen_ma", senator("Massachusetts"), [])
O("sen_de", senator("Delaware"), ["senator"])
O("sen_pa", senator("Pennsylvania"), [])
O("sen_la", senator("Louisiana"), [])
O("gov_md", governor("Maryland"))
O("gov_fl", governor("Florida"), ["governor"])
O("gov_nj", governor("New Jersey"), ["governor", "New Jersey governor"])
O("gov_oh", governor("Ohio"), ["governor"])
O("gov_ks", governor("Kansas"))
O("gov_ma", governor("Massachusetts"), ["Massachusetts governor"])
O("gov_ak", governor("Alaska"))
O("sos_ks", state_officer("Secretary of State", "Kansas"), ["secretary of state"])
O("ks_senate", "Member of the Kansas Senate", ["state senator"], generic=["Kansas State Senator", "State Senator"])
O("ks_gop_chair", "Chair of the Kansas Republican Party", ["chairman of the Kansas Republican Party"], generic=["Kansas Republican Party chairman"])
O("speaker_us", "Speaker of the United States House of Representatives", ["House speaker"], generic=["Speaker of the House", "House Speaker", "Speaker"])
O("rnc_chair", "Chair of the Republican National Committee", ["chair of the Republican National Committee"], generic=["RNC chair", "RNC Chairman"])
O("rep_pa15", representative("Pennsylvania", 15))
O("rep_pa8", representative("Pennsylvania", 8))
O("rep_pa11", representative("Pennsylvania", 11))
O("rep_ne2", representative("Nebraska", 2), ["congressman"])
O("rep_wi1", representative("Wisconsin", 1), ["Wisconsin Congressman"])
O("rep_tx14", representative("Texas", 14))
O("rep_la6", representative("Louisiana", 6))
O("pa_house", "Member of the Pennsylvania House of Representatives", ["state representative"], generic=["State Representative"])
O("la_house", "Member of the Louisiana House of Representatives", ["state Representative"], generic=["State Representative"])
O("tn_house", "Member of the Tennessee House of Representatives", ["Tennessee lawmaker"], generic=["State Representative"])
O("tn_gop_caucus_chair", "Chair of the Tennessee House Republican Caucus", ["chair of the state's House Republican Caucus"], generic=["House Republican Caucus chair"])
O("ia_senate", "Member of the Iowa Senate", ["state Senator"], generic=["Iowa State Senator", "State Senator"])
O("senate_min_leader", "Minority Leader of the United States Senate", ["United States Senate Minority Leader"], generic=["Senate Minority Leader", "Minority Leader"])
O("wh_comm_dir", "White House Communications Director", ["communications director", "Deputy Chief of Staff for Communications"], generic=["Communications Director"])
O("wh_staff_sec", "White House Staff Secretary", ["staff secretary"], generic=["Staff Secretary"])
O("district_judge", "United States District Judge", ["Federal District Judge"], generic=["District Judge", "Judge"])

# ---------------------------------------------------------------- elections
E = R.election
E("us_pres_2012", "2012 United States presidential election", "ocd-division/country:us", "2012-11-06", "general", office="pres_us")
E("us_rep_prim_2012", "2012 Republican Party presidential primaries", "ocd-division/country:us", "2012", "primary", office="pres_us")
E("ia_rep_caucus_2012", "2012 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2012-01-03", "primary", office="pres_us")
E("us_pres_2008", "2008 United States presidential election", "ocd-division/country:us", "2008-11-04", "general", office="pres_us")
E("us_dem_prim_2008", "2008 Democratic Party presidential primaries", "ocd-division/country:us", "2008", "primary", office="pres_us")
E("ks_sos_2010", "2010 Kansas Secretary of State election", "ocd-division/country:us/state:ks", "2010-11-02", "general", office="sos_ks")
E("ks_sos_2014", "2014 Kansas Secretary of State election", "ocd-division/country:us/state:ks", "2014-11-04", "general", office="sos_ks")
E("ks_sen_2014", "2014 United States Senate election in Kansas", "ocd-division/country:us/state:ks", "2014-11-04", "general", office=senator("Kansas")[0])
E("ks_senate_prim_2010", "2010 Kansas Senate Republican primary (Schodorf's seat)", "ocd-division/country:us/state:ks", "2010", "primary", office="ks_senate")
E("us_rep_prim_2016", "2016 Republican Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("us_dem_prim_2016", "2016 Democratic Party presidential primaries", "ocd-division/country:us", "2016", "primary", office="pres_us")
E("ia_rep_caucus_2016", "2016 Iowa Republican presidential caucuses", "ocd-division/country:us/state:ia", "2016-02-01", "primary", office="pres_us")
E("nh_rep_prim_2016", "2016 New Hampshire Republican presidential primary", "ocd-division/country:us/state:nh", "2016-02-09", "primary", office="pres_us")
E("sc_rep_prim_2016", "2016 South Carolina Republican presidential primary", "ocd-division/country:us/state:sc", "2016-02-20", "primary", office="pres_us")
E("sc_dem_prim_2016", "2016 South Carolina Democratic presidential primary", "ocd-division/country:us/state:sc", "2016-02-27", "primary", office="pres_us")
E("us_pres_2016", "2016 United States presidential election", "ocd-division/country:us", "2016-11-08", "general", office="pres_us")
E("us_dem_prim_2020", "2020 Democratic Party presidential primaries", "ocd-division/country:us", "2020", "primary", office="pres_us")
E("us_pres_2020", "2020 United States presidential election", "ocd-division/country:us", "2020-11-03", "general", office="pres_us")

# ---------------------------------------------------------------- people
P = R.person
P("obama", "Barack Obama", ["Obama", "President Obama", "Barack Obama", "President Barack Obama", "then-Senator Obama"], qid="Q76")
P("romney", "Mitt Romney", ["Romney", "Mr. Romney", "Mitt"], qid="Q4496")
P("gates", "Bill Gates", [])
P("ballmer", "Steve Ballmer", [])
P("kennedy", "John F. Kennedy", ["Kennedy", "President Kennedy"])
P("lincoln", "Abraham Lincoln", ["Lincoln", "President Lincoln"])
P("maher", "Bill Maher", [])
P("omalley", "Martin O'Malley", ["Martin O’Malley"])
P("ryan", "Paul Ryan", ["Ryan"], qid="Q203966")
P("perot", "Ross Perot", ["Perot"])
P("bclinton", "Bill Clinton", ["Clinton"], qid="Q1124")
P("rscott", "Rick Scott", [], qid="Q439729")
P("weatherford", "Will Weatherford", [])
P("kobach", "Kris Kobach", ["Kobach"])
P("brownback", "Sam Brownback", ["Brownback"])
P("ctaylor", "Chad Taylor", ["Taylor"])
P("nugent", "Ted Nugent", ["Nugent"])
P("schodorf", "Jean Schodorf", ["Schodorf"])
P("trump", "Donald Trump", ["Donald J. Trump", "Trump", "President Trump", "Mr. Trump", "Donald Trump", "The Donald", "President Donald Trump"], qid="Q22686")
P("hclinton", "Hillary Clinton", ["Hillary Rodham Clinton", "Clinton", "Mrs. Clinton", "Hillary", "then-Senator Clinton", "Crooked Hillary"], qid="Q6294")
P("sanders", "Bernie Sanders", ["Sanders", "Bernie Sanders"], qid="Q359442")
P("biden", "Joe Biden", ["Joseph R. Biden", "Biden", "Mr. Biden", "Joe Biden"], qid="Q6279")
P("rubio", "Marco Rubio", ["Rubio", "Sen. Rubio"], qid="Q324546")
P("cruz", "Ted Cruz", ["Cruz"], qid="Q2036942")
P("christie", "Chris Christie", ["Christie"])
P("kasich", "John Kasich", ["Kasich"])
P("jbush", "Jeb Bush", ["Bush"])
P("sasse", "Ben Sasse", [], qid="Q16192221")
P("jedwards", "John Edwards", [])
P("begala", "Paul Begala", ["Begala", "Mr. Begala"])
P("priebus", "Reince Priebus", ["Priebus"])
P("gingrich", "Newt Gingrich", ["Gingrich"])

O("rep_pa1", representative("Pennsylvania", 1))
O("sen_al", senator("Alabama"))
E("pa7_dem_prim_2018", "2018 Pennsylvania's 7th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:7", "2018-05-15", "primary")
E("pa1_dem_prim_2018", "2018 Pennsylvania's 1st congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:1", "2018-05-15", "primary")
E("pa1_2018", "2018 Pennsylvania's 1st congressional district election", "ocd-division/country:us/state:pa/cd:1", "2018-11-06", "general")
E("pa4_dem_prim_2018", "2018 Pennsylvania's 4th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:4", "2018-05-15", "primary")
E("pa5_dem_prim_2018", "2018 Pennsylvania's 5th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:5", "2018-05-15", "primary")
E("pa6_dem_prim_2018", "2018 Pennsylvania's 6th congressional district Democratic primary", "ocd-division/country:us/state:pa/cd:6", "2018-05-15", "primary")
E("pa_sen_rep_prim_2018", "2018 United States Senate Republican primary in Pennsylvania", "ocd-division/country:us/state:pa", "2018-05-15", "primary", office="sen_pa")
E("pa_sen_2018", "2018 United States Senate election in Pennsylvania", "ocd-division/country:us/state:pa", "2018-11-06", "general", office="sen_pa")
E("ne2_dem_prim_2018", "2018 Nebraska's 2nd congressional district Democratic primary", "ocd-division/country:us/state:ne/cd:2", "2018-05-15", "primary")
E("ne2_2018", "2018 Nebraska's 2nd congressional district election", "ocd-division/country:us/state:ne/cd:2", "2018-11-06", "general")
E("al_sen_2017", "2017 United States Senate special election in Alabama", "ocd-division/country:us/state:al", "2017-12-12", "general", special=True, office="sen_al")
E("ga_gov_2018", "2018 Georgia gubernatorial election", "ocd-division/country:us/state:ga", "2018-11-06", "general", office=governor("Georgia")[0])
P("dent", "Charlie Dent", [])
P("wild", "Susan Wild", ["Wild"])
P("morganelli", "John Morganelli", ["Morganelli"])
P("steyer", "Tom Steyer", ["Steyer"])
P("wallace", "Scott Wallace", ["Wallace"])
P("fitzpatrick", "Brian Fitzpatrick", [], qid="Q27831059")
P("dean", "Madeleine Dean", [], qid="Q6726900")
P("houlahan", "Chrissy Houlahan", [], qid="Q56274180")
P("scanlon", "Mary Gay Scanlon", [], qid="Q54611716")
P("barletta", "Lou Barletta", ["Barletta"], qid="Q25568")
P("casey", "Bob Casey", ["Casey"], qid="Q887841")
P("eastman", "Kara Eastman", ["Eastman"])
P("ashford", "Brad Ashford", [])
P("bacon", "Don Bacon", [], qid="Q19757583")
P("shine", "Bill Shine", ["Shine", "Mr. Shine"])
P("hicks", "Hope Hicks", [])
P("dubke", "Mike Dubke", [])
P("scaramucci", "Anthony Scaramucci", [])
P("porter", "Rob Porter", [])
P("moore", "Roy Moore", [])
P("buttigieg", "Pete Buttigieg", [])
P("yang", "Andrew Yang", [])
P("warren", "Elizabeth Warren", [], qid="Q434706")
P("bloomberg", "Michael Bloomberg", ["Bloomberg"])
P("gillibrand", "Kirsten Gillibrand", [], qid="Q22222")
P("abrams", "Stacey Abrams", [])
P("cochran", "John Cochran", ["Cochran"])
P("tkelly", "Terri Kelly", [])
P("ammon", "Carol Ammon", [])

O("pres_ge", head("President", "Georgia", "Georgian"))
O("pm_ge", head("Prime Minister", "Georgia", "Georgian"), ["Prime Minister"])
O("interior_ge", "Minister of Internal Affairs of Georgia", ["Interior Minister"], generic=["Interior Minister", "Minister of Internal Affairs"])
O("pres_pl", head("President", "Poland", "Polish"))
O("pm_jp", head("Prime Minister", "Japan", "Japanese"), ["prime minister"])
O("fm_jp", head("Minister for Foreign Affairs", "Japan", "Japanese"), ["Foreign Minister"], generic=["Foreign Minister", "Japanese Foreign Minister"])
O("gov_tokyo", governor("Tokyo"), ["governor"])
O("defmin_jp", head("Minister of Defense", "Japan", "Japanese"), [], generic=["Defense Minister"])
O("pres_mx", head("President", "Mexico", "Mexican"))
O("pres_at", head("President", "Austria", "Austrian"))
O("gov_la", governor("Louisiana"))
O("pres_cy", head("President", "Cyprus", "Cypriot"))
O("gov_mp", governor("the Northern Mariana Islands"), ["Governor"])
O("mp_house", "Member of the Northern Mariana Islands House of Representatives", [], generic=["Rep.", "Representative"])
O("pres_mk", head("President", "Macedonia", "Macedonian"))
O("pres_gh", head("President", "Ghana", "Ghanaian"))
O("mayor_la", mayor("Los Angeles"))
O("althing", "Member of the Althing", ["a member of Iceland's Althing"], generic=["Member of Parliament"])
O("pm_is", head("Prime Minister", "Iceland", "Icelandic"))
O("pres_md", head("President", "Moldova", "Moldovan"))
O("edu_md", head("Minister of Education", "Moldova", "Moldovan"), ["Education Minister"], generic=["Education Minister"])
O("pres_bg", head("President", "Bulgaria", "Bulgarian"))
O("pm_bg", head("Prime Minister", "Bulgaria", "Bulgarian"), ["prime-minister"])
O("chair_na_bg", "Chairperson of the National Assembly of Bulgaria", generic=["Chairwoman of the National Assembly", "Chairperson of the National Assembly", "Chair of the National Assembly"])
E("ge_pres_2008", "2008 Georgian presidential election", "ocd-division/country:ge", "2008-01-05", "general", office="pres_ge")
E("jp_2012", "2012 Japanese general election", "ocd-division/country:jp", "2012-12-16", "general")
E("jp_2014", "2014 Japanese general election", "ocd-division/country:jp", "2014-12-14", "general")
E("tokyo_gov_2016", "2016 Tokyo gubernatorial election", "ocd-division/country:jp/prefecture:tokyo", "2016-07-31", "general", office="gov_tokyo")
E("at_pres_2016_runoff", "2016 Austrian presidential election (second round)", "ocd-division/country:at", "2016-05-22", "runoff", office="pres_at")
E("la_gov_2015", "2015 Louisiana gubernatorial election (first round)", "ocd-division/country:us/state:la", "2015-10-24", "general", office="gov_la")
E("la_gov_2015_runoff", "2015 Louisiana gubernatorial election (runoff)", "ocd-division/country:us/state:la", "2015-11-21", "runoff", office="gov_la")
E("la_sen_2014_runoff", "2014 United States Senate election in Louisiana (runoff)", "ocd-division/country:us/state:la", "2014-12-06", "runoff", office="sen_la")
E("la_mayor_2013", "2013 Los Angeles mayoral election (primary round)", "ocd-division/country:us/state:ca/place:los_angeles", "2013-03-05", "general")
E("la_mayor_2013_runoff", "2013 Los Angeles mayoral election (runoff)", "ocd-division/country:us/state:ca/place:los_angeles", "2013-05-21", "runoff")
E("cy_pres_2013", "2013 Cypriot presidential election (first round)", "ocd-division/country:cy", "2013-02-17", "general", office="pres_cy")
E("cy_pres_2013_runoff", "2013 Cypriot presidential election (second round)", "ocd-division/country:cy", "2013-02-24", "runoff", office="pres_cy")
E("mp_gov_2009_runoff", "2009 Northern Mariana Islands gubernatorial election (runoff)", "ocd-division/country:us/territory:mp", "2009-11-23", "runoff", office="gov_mp")
E("mk_pres_2009", "2009 Macedonian presidential election (first round)", "ocd-division/country:mk", "2009-03-22", "general", office="pres_mk")
E("gh_pres_2008_runoff", "2008 Ghanaian presidential election (run-off)", "ocd-division/country:gh", "2008-12-28", "runoff", office="pres_gh")
E("md_pres_2016", "2016 Moldovan presidential election (second round)", "ocd-division/country:md", "2016-11-13", "runoff", office="pres_md")
E("md_pres_2016_r1", "2016 Moldovan presidential election (first round)", "ocd-division/country:md", "2016-10-30", "general", office="pres_md")
E("bg_pres_2016", "2016 Bulgarian presidential election (second round)", "ocd-division/country:bg", "2016-11-13", "runoff", office="pres_bg")
P("santorum", "Rick Santorum", ["Santorum"])
P("ronpaul", "Ron Paul", [])
P("karger", "Fred Karger", [])
P("casada", "Glen Casada", [])
P("mcconnell", "Mitch McConnell", [], qid="Q355522")
P("sorenson", "Kent Sorenson", [])
P("bachmann", "Michele Bachmann", [])
P("carson", "Ben Carson", [])
P("rpaul", "Rand Paul", [])
P("saakashvili", "Mikheil Saakashvili", ["Saakashvili", "President Saakashvili"])
P("merabishvili", "Vano Merabishvili", [])
P("kaczynski", "Lech Kaczynski", [])
P("abe", "Shinzo Abe", ["Abe"])
P("noda", "Yoshihiko Noda", [])
P("kono", "Taro Kono", [])
P("koike", "Yuriko Koike", [])
P("masuzoe", "Yoichi Masuzoe", [])
P("masuda", "Hiroya Masuda", [])
P("torigoe", "Shuntaro Torigoe", [])
P("palin", "Sarah Palin", [])
P("gjohnson", "Gary Johnson", [])
P("stein", "Jill Stein", [])
P("penanieto", "Enrique Peña Nieto", ["Enrique Pena Nieto"])
P("curiel", "Gonzalo Curiel", [])
P("hofer", "Norbert Hofer", [])
P("vdb", "Alexander Van der Bellen", [])
P("vitter", "David Vitter", ["Vitter"])
P("jbedwards", "John Bel Edwards", ["Edwards"])
P("landrieu", "Mary Landrieu", [])
P("cassidy", "Bill Cassidy", [], qid="Q861999")
P("garcetti", "Eric Garcetti", [])
P("greuel", "Wendy Greuel", [])
P("anastasiades", "Nicos Anastasiades", [])
P("malas", "Stavros Malas", [])
P("fitial", "Benigno Fitial", [])
P("hofschneider", "Heinz Hofschneider", [])
P("ivanov", "Gjorge Ivanov", [])
P("mills", "John Atta Mills", [])
P("akufoaddo", "Nana Akufo-Addo", [])
P("benediktsson", "Bjarni Benediktsson", [])
P("jonsdottir", "Birgitta Jónsdóttir", ["Birgitta Jonsdottir"])
P("haarde", "Geir Haarde", [])
P("dodon", "Igor Dodon", ["Dodon"])
P("sandu", "Maia Sandu", ["Sandu"])
P("radev", "Rumen Radev", ["Radev"])
P("tsacheva", "Tsetska Tsacheva", ["Tsacheva"])
P("borisov", "Boyko Borisov", [])

DOCS = []

# ---------------------------------------------------------------- a_2012-07-11 (NPR, gay marriage ballots)
DOCS.append(("a_2012-07-11_PMdMc7cnpxJsZCRJ.txt", [
    F("holds_office", "obama", "pres_us", "President Obama's decision to publicly support same-sex marriage"),
    F("holds_office", "kennedy", "pres_us", "some historians compare it to President Kennedy's 1963 speech", former=True),
    F("holds_office", "lincoln", "pres_us", "some historians compare it to President Kennedy's 1963 speech", former=True),
    F("funding", "gates", "wufm", [S("The leading gay-marriage proponent, Washington United for Marriage", through="according to campaign manager Zach Silk.")], 100000),
    F("funding", "ballmer", "wufm", [S("The leading gay-marriage proponent, Washington United for Marriage", through="according to campaign manager Zach Silk.")], 100000),
]))

# ---------------------------------------------------------------- a_2012-10-04 (first Obama-Romney debate)
_DEB12 = "This despite Time's senior political analyst claiming that Obama"
DOCS.append(("a_2012-10-04_59eGcQ6CALR0y7a7.txt", [
    F("candidacy", "obama", "us_pres_2012", ["After Wednesday’s presidential debate, it could be the new theme for the Obama campaign", _DEB12]),
    F("candidacy", "romney", "us_pres_2012", ["giving the night to the GOP candidate under the headline", _DEB12]),
    F("party", "romney", "rep", "giving the night to the GOP candidate under the headline"),
    F("party", "obama", "dem", "If the Obama campaign was worried about Dems being overconfident"),
    F("holds_office", "obama", "pres_us", "begging the president to do better"),
    F("funding", "maher", "obama", "Obama Super PAC million-dollar contributor Bill Maher", 1000000),
    F("holds_office", "omalley", "gov_md", "Even Maryland Gov. Martin O’Malley, auditioning poorly"),
]))

# ---------------------------------------------------------------- a_2012-10-16 (Gallup poll before second debate)
_GALLUP = S("A new Gallup poll released just hours before the second presidential debate", through="Romney leading 50-46 percent.")
_QUIN = S("A Quinnipiac University poll showed Romney cutting", through="Obama leading 50 percent to 46 percent among likely voters.")
DOCS.append(("a_2012-10-16_5DgtH1WHIHfJQUz1.txt", [
    F("candidacy", "romney", "us_pres_2012", "the Republican nominee's style might differ Tuesday night"),
    F("candidacy", "obama", "us_pres_2012", "which man occupies the White House on Inauguration Day"),
    F("party", "romney", "rep", "the Republican nominee's style might differ Tuesday night"),
    F("holds_office", "obama", "pres_us", "widening his national lead over President Obama"),
    F("poll", "romney", "us_pres_2012", _GALLUP, 50, pollster="Gallup"),
    F("poll", "obama", "us_pres_2012", _GALLUP, 46, pollster="Gallup"),
    F("poll", "obama", "us_pres_2012", _QUIN, 50, pollster="Quinnipiac University"),
    F("poll", "romney", "us_pres_2012", _QUIN, 46, pollster="Quinnipiac University"),
    F("poll", "romney", "us_pres_2012", "A separate USA Today/Gallup poll showed Romney leading by 4 points", pollster="USA Today/Gallup"),
    F("endorsement", "perot", "romney", "Romney's campaign also announced a fresh endorsement Tuesday morning from Ross Perot"),
    F("endorsement", "bclinton", "obama", [S("Obama's campaign turned to former President Bill Clinton on Tuesday", through="Clinton appears in a Web video for the campaign")]),
    F("holds_office", "bclinton", "pres_us", "Obama's campaign turned to former President Bill Clinton on Tuesday", former=True),
    F("candidacy", "ryan", "us_pres_2012", "Romney's running mate Paul Ryan took on the challenge"),
]))

# ---------------------------------------------------------------- a_2012-11-08 (Florida voting problems)
DOCS.append(("a_2012-11-08_h7wsnNT2PnBiD3RE.txt", [
    F("won", "obama", "us_pres_2012", "despite President Obama's call during his victory speech"),
    F("candidacy", "obama", "us_pres_2012", "despite President Obama's call during his victory speech"),
    F("holds_office", "obama", "pres_us", "despite President Obama's call during his victory speech"),
    F("holds_office", "rscott", "gov_fl", "Gov. Rick Scott noted that more than 4 million people"),
    F("party", "rscott", "rep", S("Republicans deny that they attempted in any way to suppress the vote.", through="Gov. Rick Scott noted")),
    F("party", "weatherford", "rep", "Will Weatherford, the incoming Republican House speaker"),
]))

# ---------------------------------------------------------------- a_2014-09-19 (Kobach, Kansas)
_KSOS10 = S("In his 2010 campaign for secretary of state", through="After Kobach was elected")
DOCS.append(("a_2014-09-19_LP5kEdWAUy2X2iMT.txt", [
    F("candidacy", "kobach", "ks_sos_2010", _KSOS10),
    F("won", "kobach", "ks_sos_2010", _KSOS10),
    F("holds_office", "kobach", "sos_ks", _KSOS10),
    F("holds_office", "brownback", "gov_ks", "Governor Sam Brownback to sign a law"),
    F("holds_office", "kobach", "ks_gop_chair", "who was chairman of the Kansas Republican Party", former=True),
    F("party", "kobach", "rep", "who was chairman of the Kansas Republican Party"),
    F("candidacy", "ctaylor", "ks_sen_2014", "His attempt to keep Taylor on the ballot"),
    F("party", "ctaylor", "dem", "His attempt to keep Taylor on the ballot"),
    F("candidacy", "obama", "us_pres_2012", "In 2012, he even justified an attempt to keep Obama off the Kansas ballot"),
    F("candidacy", "kobach", "ks_sos_2014", ["Kobach is running again on his attempt to stamp out voter fraud", "Kobach’s opponent, Schodorf, is a former Republican state senator"]),
    F("endorsement", "nugent", "kobach", "enjoys the enthusiastic support of anti-Obama stalwart Ted Nugent"),
    F("candidacy", "schodorf", "ks_sos_2014", "Kobach’s opponent, Schodorf, is a former Republican state senator"),
    F("holds_office", "schodorf", "ks_senate", "Kobach’s opponent, Schodorf, is a former Republican state senator", former=True),
    F("party", "schodorf", "rep", ["Kobach’s opponent, Schodorf, is a former Republican state senator", "She switched parties to run against Kobach."], former=True),
    F("party", "schodorf", "dem", S("Kobach’s opponent, Schodorf, is a former Republican state senator", through="She switched parties to run against Kobach.")),
    F("candidacy", "schodorf", "ks_senate_prim_2010", "Kobach’s opponent, Schodorf, is a former Republican state senator"),
    F("lost", "schodorf", "ks_senate_prim_2010", "Kobach’s opponent, Schodorf, is a former Republican state senator"),
    F("funding", "koch", "afp", "Koch-funded Americans for Prosperity"),
]))

# ---------------------------------------------------------------- a_2016-02-08 (before the New Hampshire primary)
_NH1 = "Marco Rubio's uneven debate performance just days before Tuesday's New Hampshire primary"
_GOVS = "At the heart of the battle between Rubio and Chris Christie, John Kasich and Jeb Bush"
_MON = S("A Monmouth University survey released Sunday", through="and Cruz had 12 percent support.")
_NHTC = S("Trump has held a commanding lead in New Hampshire preference polls for months.", through="Cruz is in the mix with Rubio and the governors")
_IA = "the top-two finishers in the lead-off Iowa caucuses"
_NOM = "The prospect of Trump or Cruz winning the GOP nomination"
_BK = "it could benefit Bush, the former governor of Florida, and Kasich, the current governor of Ohio"
DOCS.append(("a_2016-02-08_iSzI8fJLCuANbVSh.txt", [
    F("candidacy", "rubio", "nh_rep_prim_2016", _NH1),
    F("candidacy", "rubio", "us_rep_prim_2016", _NH1),
    F("party", "rubio", "rep", _NH1),
    F("holds_office", "rubio", "sen_fl", "whether the freshman Florida senator has the experience"),
    F("candidacy", "christie", "nh_rep_prim_2016", [_NH1, "Christie and his fellow governors need that to be the case"]),
    F("candidacy", "kasich", "nh_rep_prim_2016", [_NH1, _MON]),
    F("candidacy", "jbush", "nh_rep_prim_2016", [_NH1, _MON]),
    F("candidacy", "trump", "nh_rep_prim_2016", [_NHTC, _MON]),
    F("candidacy", "cruz", "nh_rep_prim_2016", [_NHTC, _MON]),
    F("candidacy", "christie", "us_rep_prim_2016", [_NH1, _GOVS]),
    F("candidacy", "kasich", "us_rep_prim_2016", [_NH1, _GOVS]),
    F("candidacy", "jbush", "us_rep_prim_2016", [_NH1, _GOVS]),
    F("candidacy", "trump", "us_rep_prim_2016", _NOM),
    F("candidacy", "cruz", "us_rep_prim_2016", _NOM),
    F("party", "christie", "rep", [_NH1, _GOVS]),
    F("party", "kasich", "rep", [_NH1, _GOVS]),
    F("party", "jbush", "rep", [_NH1, _GOVS]),
    F("party", "trump", "rep", [_NOM, "shows Trump with a commanding double-digit lead over his Republican rivals"]),
    F("party", "cruz", "rep", _NOM),
    F("holds_office", "christie", "gov_nj", "and the New Jersey governor tripped up Rubio"),
    F("holds_office", "jbush", "gov_fl", ["former Florida Gov. Jeb Bush also had 13 percent", _BK], former=True),
    F("holds_office", "kasich", "gov_oh", _BK),
    F("poll", "trump", "nh_rep_prim_2016", _MON, 30, pollster="Monmouth University"),
    F("poll", "kasich", "nh_rep_prim_2016", _MON, 14, pollster="Monmouth University"),
    F("poll", "rubio", "nh_rep_prim_2016", _MON, 13, pollster="Monmouth University"),
    F("poll", "jbush", "nh_rep_prim_2016", _MON, 13, pollster="Monmouth University"),
    F("poll", "cruz", "nh_rep_prim_2016", _MON, 12, pollster="Monmouth University"),
    F("candidacy", "cruz", "ia_rep_caucus_2016", _IA),
    F("candidacy", "trump", "ia_rep_caucus_2016", _IA),
    F("candidacy", "rubio", "ia_rep_caucus_2016", "Rubio emerged from Iowa looking as though he was that candidate, with a third-place finish"),
    F("lost", "rubio", "ia_rep_caucus_2016", "Rubio emerged from Iowa looking as though he was that candidate, with a third-place finish"),
    F("holds_office", "obama", "pres_us", "distinguish himself from President Barack Obama, who also won the White House"),
    F("won", "obama", "us_pres_2008", "distinguish himself from President Barack Obama, who also won the White House"),
    F("candidacy", "obama", "us_pres_2008", "distinguish himself from President Barack Obama, who also won the White House"),
    F("holds_office", "obama", "sen_il", "distinguish himself from President Barack Obama, who also won the White House", former=True),
]))

# ---------------------------------------------------------------- a_2016-03-01 (primary turnout)
_SC = S("The Donald himself was quick to brag", through="While Hillary and I both won South Carolina by big margins")
_D08 = "In 2008, the Democrats fielded a large number of candidates"
DOCS.append(("a_2016-03-01_LSBrEqSum0eYXsTU.txt", [
    F("party", "trump", "rep", "Republicans – particularly Donald Trump – are crowing"),
    F("candidacy", "trump", "us_rep_prim_2016", "as Trump threatens on Tuesday to move a big step closer to locking down the nomination"),
    F("candidacy", "trump", "sc_rep_prim_2016", _SC),
    F("won", "trump", "sc_rep_prim_2016", _SC),
    F("candidacy", "hclinton", "sc_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("candidacy", "sanders", "sc_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("won", "hclinton", "sc_dem_prim_2016", _SC),
    F("lost", "sanders", "sc_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("candidacy", "hclinton", "us_dem_prim_2016", ["after Democratic frontrunner Hillary Clinton crushed Bernie Sanders", "Mrs. Clinton, the Democratic front-runner is polarizing, too"]),
    F("candidacy", "sanders", "us_dem_prim_2016", "after Democratic frontrunner Hillary Clinton crushed Bernie Sanders"),
    F("party", "hclinton", "dem", ["after Democratic frontrunner Hillary Clinton crushed Bernie Sanders", "Mrs. Clinton, the Democratic front-runner is polarizing, too"]),
    F("holds_office", "sasse", "sen_ne", "Some conservative Republicans, including Nebraska Sen. Ben Sasse"),
    F("party", "sasse", "rep", "Some conservative Republicans, including Nebraska Sen. Ben Sasse"),
    F("candidacy", "obama", "us_dem_prim_2008", _D08),
    F("candidacy", "hclinton", "us_dem_prim_2008", _D08),
    F("candidacy", "jedwards", "us_dem_prim_2008", _D08),
    F("candidacy", "biden", "us_dem_prim_2008", _D08),
    F("party", "obama", "dem", _D08),
    F("party", "hclinton", "dem", _D08),
    F("party", "jedwards", "dem", _D08),
    F("party", "biden", "dem", _D08),
    F("holds_office", "obama", "sen_il", _D08, former=True),
    F("holds_office", "hclinton", "sen_ny", _D08, former=True),
    F("party", "begala", "dem", "Last weekend, Democratic strategist Paul Begala acknowledged concern"),
]))

# ---------------------------------------------------------------- a_2016-05-15 (Republicans accommodate Trump)
_GING = S("“Donald Trump makes no claims for his life before he ran for office,”", through="because voters decided he will change Washington.")
DOCS.append(("a_2016-05-15_tdADeqKg0xJa6a8r.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", "Republican party leaders have arrived at a new strategy to accommodate their presumptive presidential nominee"),
    F("party", "trump", "rep", "Republican party leaders have arrived at a new strategy to accommodate their presumptive presidential nominee"),
    F("won", "trump", "us_rep_prim_2016", _GING),
    F("candidacy", "trump", "us_pres_2016", "Hillary Clinton, Trump’s likely opponent in November"),
    F("candidacy", "hclinton", "us_dem_prim_2016", "Clinton has the highest negative ratings of any presidential candidate in history"),
    F("holds_office", "priebus", "rnc_chair", "Reince Priebus, chair of the Republican National Committee"),
    F("party", "priebus", "rep", "Reince Priebus, chair of the Republican National Committee"),
    F("holds_office", "gingrich", "speaker_us", "Former House speaker Newt Gingrich, now a potential Trump running mate", former=True),
    F("holds_office", "ryan", "speaker_us", "House speaker Paul Ryan said he and Trump"),
    F("party", "ryan", "rep", S("House speaker Paul Ryan said he and Trump", through="the most senior elected Republican had not asked Trump to change.")),
    F("candidacy", "romney", "us_pres_2012", "the plotters include 2012 candidate Mitt Romney"),
]))

# ---------------------------------------------------------------- a_2018-05-16 (Pennsylvania / Nebraska primaries)
_WILD = "As it turned out, the most traditional Democrat in the race, Susan Wild"
_WAL = "Scott Wallace won the nomination in another district northeast of Philadelphia"
_FITZ = "Wallace will face vulnerable Republican incumbent Representative Brian Fitzpatrick."
_THREE = "Madeleine Dean, a state representative, Air Force veteran Chrissy Houlahan and lawyer Mary Gay Scanlon won the nomination"
_THREE2 = S("Democrats are also expected to win three contests", through="won the nomination in their respective districts.")
_BAR = "U.S. Representative Lou Barletta won the Republican nomination to battle incumbent Democrat Bob Casey"
_NE = "after progressive Kara Eastman won a primary race against former congressman Brad Ashford"
_NE2 = "will face incumbent Republican Don Bacon this fall"
DOCS.append(("a_2018-05-16_a8jCr9iHXZ7hKRSO.txt", [
    F("holds_office", "trump", "pres_us", "stymie President Donald Trump"),
    F("holds_office", "dent", "rep_pa15", "to replace incumbent U.S. Representative Charlie Dent"),
    F("party", "dent", "rep", "to replace incumbent U.S. Representative Charlie Dent"),
    F("candidacy", "wild", "pa7_dem_prim_2018", _WILD),
    F("won", "wild", "pa7_dem_prim_2018", _WILD),
    F("party", "wild", "dem", _WILD),
    F("endorsement", "emilys_list", "wild", _WILD),
    F("candidacy", "morganelli", "pa7_dem_prim_2018", _WILD),
    F("lost", "morganelli", "pa7_dem_prim_2018", _WILD),
    F("party", "morganelli", "dem", _WILD),
    F("funding", "steyer", "nextgen", "The liberal political-action group NextGen America, backed by activist Tom Steyer"),
    F("candidacy", "wallace", "pa1_dem_prim_2018", _WAL),
    F("won", "wallace", "pa1_dem_prim_2018", _WAL),
    F("party", "wallace", "dem", _WAL),
    F("candidacy", "wallace", "pa1_2018", _FITZ),
    F("candidacy", "fitzpatrick", "pa1_2018", _FITZ),
    F("party", "fitzpatrick", "rep", _FITZ),
    F("holds_office", "fitzpatrick", "rep_pa8", _FITZ),
    F("candidacy", "dean", "pa4_dem_prim_2018", _THREE),
    F("won", "dean", "pa4_dem_prim_2018", _THREE),
    F("candidacy", "houlahan", "pa6_dem_prim_2018", _THREE),
    F("won", "houlahan", "pa6_dem_prim_2018", _THREE),
    F("candidacy", "scanlon", "pa5_dem_prim_2018", _THREE),
    F("won", "scanlon", "pa5_dem_prim_2018", _THREE),
    F("party", "dean", "dem", _THREE2),
    F("party", "houlahan", "dem", _THREE2),
    F("party", "scanlon", "dem", _THREE2),
    F("holds_office", "dean", "pa_house", _THREE),
    F("candidacy", "barletta", "pa_sen_rep_prim_2018", _BAR),
    F("won", "barletta", "pa_sen_rep_prim_2018", _BAR),
    F("party", "barletta", "rep", _BAR),
    F("holds_office", "barletta", "rep_pa11", _BAR),
    F("candidacy", "barletta", "pa_sen_2018", _BAR),
    F("candidacy", "casey", "pa_sen_2018", _BAR),
    F("party", "casey", "dem", _BAR),
    F("holds_office", "casey", "sen_pa", [_BAR, "Democrats must hold Casey’s Senate seat"]),
    F("endorsement", "barletta", "trump", "Barletta was an early supporter of Trump’s presidential bid"),
    F("candidacy", "trump", "us_rep_prim_2016", "Barletta was an early supporter of Trump’s presidential bid"),
    F("candidacy", "eastman", "ne2_dem_prim_2018", _NE),
    F("won", "eastman", "ne2_dem_prim_2018", _NE),
    F("candidacy", "ashford", "ne2_dem_prim_2018", _NE),
    F("lost", "ashford", "ne2_dem_prim_2018", _NE),
    F("party", "eastman", "dem", _NE),
    F("party", "ashford", "dem", _NE),
    F("holds_office", "ashford", "rep_ne2", _NE, former=True),
    F("endorsement", "dem", "ashford", _NE),
    F("candidacy", "eastman", "ne2_2018", _NE2),
    F("candidacy", "bacon", "ne2_2018", _NE2),
    F("party", "bacon", "rep", _NE2),
    F("holds_office", "bacon", "rep_ne2", _NE2),
]))

# ---------------------------------------------------------------- a_2018-07-05 (Bill Shine to the White House)
_SH = "President Donald Trump has officially tapped Bill Shine"
_CD = S("Being the communications director in the Trump White House is a tough gig", through="Anthony Scaramucci notoriously lasted just about 10 days.")
DOCS.append(("a_2018-07-05_lG4rb3pN1OzhX7n4.txt", [
    F("holds_office", "trump", "pres_us", _SH),
    F("holds_office", "shine", "wh_comm_dir", [_SH, "Mr. Shine will serve as Assistant to the President and Deputy Chief of Staff for Communications"]),
    F("holds_office", "hicks", "wh_comm_dir", [_SH, _CD], former=True),
    F("holds_office", "dubke", "wh_comm_dir", _CD, former=True),
    F("holds_office", "scaramucci", "wh_comm_dir", _CD, former=True),
    F("holds_office", "porter", "wh_staff_sec", "When since-dismissed staff secretary Rob Porter", former=True),
    F("endorsement", "trump", "moore", "The president endorsed accused child molester Roy Moore in the US Senate race in Alabama."),
    F("candidacy", "moore", "al_sen_2017", "The president endorsed accused child molester Roy Moore in the US Senate race in Alabama."),
]))

# ---------------------------------------------------------------- a_2020-01-02 (Q4 2019 fundraising)
_S1 = "Bernie Sanders raised more than $34.5 million in the last quarter of 2019"
_V14 = "among 14 Democrats vying to face Trump in November’s presidential election"
_BY = S("Pete Buttigieg raised $24.7 million in the fourth quarter", through="Businessman Andrew Yang raised $16.5 million")
_BW = S("Pete Buttigieg raised $24.7 million in the fourth quarter", through="have not released their latest figures.")
_SB = "Two billionaires in the Democratic race, Tom Steyer and Michael Bloomberg"
DOCS.append(("a_2020-01-02_5T8giZtSyMnCml8l.txt", [
    F("candidacy", "sanders", "us_dem_prim_2020", [_S1, _V14]),
    F("party", "trump", "rep", _S1),
    F("holds_office", "trump", "pres_us", _S1),
    F("candidacy", "trump", "us_pres_2020", _V14),
    F("holds_office", "biden", "vp_us", "Former Vice President Joe Biden announced on Thursday", former=True),
    F("candidacy", "biden", "us_dem_prim_2020", "a constant reminder to Democratic primary voters that Trump is terrified by the idea of facing Joe Biden"),
    F("party", "biden", "dem", "a constant reminder to Democratic primary voters that Trump is terrified by the idea of facing Joe Biden"),
    F("candidacy", "buttigieg", "us_dem_prim_2020", _BY),
    F("party", "buttigieg", "dem", _BY),
    F("candidacy", "yang", "us_dem_prim_2020", _BY),
    F("party", "yang", "dem", _BY),
    F("candidacy", "warren", "us_dem_prim_2020", "The other candidates, including Senator Elizabeth Warren"),
    F("party", "warren", "dem", _BW),
    F("holds_office", "warren", "sen_ma", "The other candidates, including Senator Elizabeth Warren"),
    F("holds_office", "sanders", "sen_vt", "Sanders, a U.S. senator from Vermont"),
    F("candidacy", "steyer", "us_dem_prim_2020", _SB),
    F("candidacy", "bloomberg", "us_dem_prim_2020", _SB),
    F("party", "steyer", "dem", _SB),
    F("party", "bloomberg", "dem", _SB),
]))

# ---------------------------------------------------------------- a_2020-04-30 (Biden archive, donors)
_BC = "Democratic presidential candidate and former Vice President Joe Biden speaks in Des Moines"
_GA = "Democratic politicians including Senator Kirsten Gillibrand of New York and former Georgia gubernatorial candidate Stacey Abrams have up to now backed Biden."
DOCS.append(("a_2020-04-30_esINJMcaS2odJEvF.txt", [
    F("candidacy", "biden", "us_dem_prim_2020", [_BC, "hours before Biden announced his presidential campaign"]),
    F("party", "biden", "dem", _BC),
    F("holds_office", "biden", "vp_us", _BC, former=True),
    F("holds_office", "biden", "sen_de", "when Biden was a senator for Delaware", former=True),
    F("endorsement", "hclinton", "biden", "during which he received the endorsement of Hillary Clinton"),
    F("endorsement", "gillibrand", "biden", _GA),
    F("endorsement", "abrams", "biden", _GA),
    F("party", "gillibrand", "dem", _GA),
    F("party", "abrams", "dem", _GA),
    F("holds_office", "gillibrand", "sen_ny", _GA),
    F("candidacy", "abrams", "ga_gov_2018", _GA),
    F("funding", "cochran", "biden", "The chairman of the university’s Board of Trustees is longtime Biden donor John Cochran"),
    F("funding", "tkelly", "biden", "Board member Terri Kelly, former CEO of W.L. Gore & Associates, donated the maximum legal amount"),
    F("funding", "ammon", "biden", S("donated the maximum legal amount to the Biden presidential campaign in 2019", through="has given $10,000 to the campaign and related PAC’s."), 10000),
]))

# ---------------------------------------------------------------- a_2020-06-08 (CNN poll, Trump campaign letter)
_T1 = "Two days after President Donald Trump lashed out at CNN over a poll showing him trailing former Vice President Joe Biden"
_P55 = "The poll also found Trump trailing the presumptive Democratic presidential nominee 55%-41%"
_P14 = "which showed him trailing Biden by 14 percentage points"
_J16 = "Despite Trump's claim, his numbers in CNN's polling were much better in June 2016"
DOCS.append(("a_2020-06-08_FBYsbezLj8DTYjQQ.txt", [
    F("holds_office", "trump", "pres_us", _T1),
    F("holds_office", "biden", "vp_us", _T1, former=True),
    F("candidacy", "trump", "us_pres_2020", _T1),
    F("candidacy", "biden", "us_pres_2020", [_T1, _P55]),
    F("party", "biden", "dem", [_P55, _P14]),
    F("poll", "biden", "us_pres_2020", [_P55, _P14], 55, pollster="CNN"),
    F("poll", "trump", "us_pres_2020", _P55, 41, pollster="CNN"),
    F("poll", "biden", "us_pres_2020", [_P55, _P14], pollster="CNN (May)"),
    F("poll", "hclinton", "us_pres_2016", _J16, pollster="CNN"),
    F("candidacy", "hclinton", "us_pres_2016", _J16),
    F("candidacy", "trump", "us_pres_2016", _J16),
]))

# ---------------------------------------------------------------- c_2012-01-03 (Iowa caucuses 2012)
_IAH = "with Mitt Romney defeating Rick Santorum by 8 votes in the Republican Party contest"
_IA3 = "Republican primary candidate and former Massachusetts governor Mitt Romney wins the 2012 Iowa Caucus"
_DEB7 = S("The seventh Republican Party presidential debate", through="Rand Paul and Marco Rubio.")
_KAR = "Republican and LGBT rights campaigner Fred Karger launches a campaign"
_CAS = "Glen Casada, a top Republican Tennessee lawmaker who is the chair of the state's House Republican Caucus"
_SOR = "United States Senate Minority Leader Mitch McConnell's campaign manager Jesse Benton resigns"
_TPD = "Romney (with the Republican Party) and Obama (with the Democratic Party) refuse invitations"
_RYAN = "names Wisconsin Congressman Paul Ryan as the Republican Party's vice presidential candidate"
DOCS.append(("c_2012-01-03_voters-in-the-u-s-state-of-iowa-go-to-th.txt", [
    F("candidacy", "romney", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("candidacy", "santorum", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("candidacy", "ronpaul", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("won", "romney", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("lost", "santorum", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("lost", "ronpaul", "ia_rep_caucus_2012", [_IAH, _IA3]),
    F("party", "romney", "rep", [_IAH, _IA3, _TPD]),
    F("party", "santorum", "rep", [_IAH, _IA3]),
    F("party", "ronpaul", "rep", [_IAH, _IA3]),
    F("candidacy", "romney", "us_rep_prim_2012", _IA3),
    F("candidacy", "santorum", "us_rep_prim_2012", _IA3),
    F("candidacy", "ronpaul", "us_rep_prim_2012", [_IA3, _SOR]),
    F("holds_office", "romney", "gov_ma", _IA3, former=True),
    F("holds_office", "santorum", "sen_pa", _IA3, former=True),
    F("holds_office", "ronpaul", "rep_tx14", _IA3),
    F("candidacy", "jbush", "us_rep_prim_2016", _DEB7),
    F("candidacy", "carson", "us_rep_prim_2016", _DEB7),
    F("candidacy", "christie", "us_rep_prim_2016", _DEB7),
    F("candidacy", "cruz", "us_rep_prim_2016", _DEB7),
    F("candidacy", "kasich", "us_rep_prim_2016", _DEB7),
    F("candidacy", "rpaul", "us_rep_prim_2016", _DEB7),
    F("candidacy", "rubio", "us_rep_prim_2016", _DEB7),
    F("party", "jbush", "rep", _DEB7),
    F("party", "carson", "rep", _DEB7),
    F("party", "christie", "rep", _DEB7),
    F("party", "cruz", "rep", _DEB7),
    F("party", "kasich", "rep", _DEB7),
    F("party", "rpaul", "rep", _DEB7),
    F("party", "rubio", "rep", _DEB7),
    F("candidacy", "trump", "us_rep_prim_2016", "Donald Trump, the current front-runner in the polls, was also invited"),
    F("candidacy", "karger", "us_rep_prim_2012", _KAR),
    F("party", "karger", "rep", _KAR),
    F("party", "casada", "rep", _CAS),
    F("holds_office", "casada", "tn_gop_caucus_chair", _CAS),
    F("holds_office", "casada", "tn_house", _CAS),
    F("holds_office", "mcconnell", "senate_min_leader", _SOR),
    F("holds_office", "sorenson", "ia_senate", _SOR),
    F("endorsement", "sorenson", "ronpaul", _SOR),
    F("endorsement", "sorenson", "bachmann", _SOR),
    F("candidacy", "bachmann", "us_rep_prim_2012", _SOR),
    F("candidacy", "romney", "us_pres_2012", [_TPD, "Mitt Romney accepts the nomination of the Republican Party to be its candidate in the 2012 US presidential election."]),
    F("candidacy", "obama", "us_pres_2012", _TPD),
    F("party", "obama", "dem", _TPD),
    F("won", "romney", "us_rep_prim_2012", ["Mitt Romney accepts the nomination of the Republican Party to be its candidate in the 2012 US presidential election.",
                                            "The United States Republican Party officially nominates Mitt Romney as its candidate"]),
    F("candidacy", "ryan", "us_pres_2012", _RYAN),
    F("party", "ryan", "rep", _RYAN),
    F("holds_office", "ryan", "rep_wi1", _RYAN),
]))

# ---------------------------------------------------------------- c_2012-06-30 (Georgia: Saakashvili names Merabishvili)
_GEH = "President of Georgia Mikheil Saakashvili names Interior Minister Vano Merabishvili"
DOCS.append(("c_2012-06-30_president-of-georgia-mikheil-saakashvili.txt", [
    F("holds_office", "saakashvili", "pres_ge", _GEH),
    F("holds_office", "merabishvili", "pm_ge", _GEH),
    F("holds_office", "merabishvili", "interior_ge", _GEH),
    F("party", "saakashvili", "unm", ["President Saakashvili concedes that his party, United National Movement, will move to opposition.",
                                       "claims victory for his United National Movement party"]),
    F("candidacy", "saakashvili", "ge_pres_2008", "resigns his position to re-run for the early presidential election scheduled in January 2008"),
    F("holds_office", "kaczynski", "pres_pl", "Polish President Lech Kaczynski on the border"),
]))

# ---------------------------------------------------------------- c_2012-12-16 (Japanese general election 2012)
_JPH = "with the opposition Liberal Democratic Party led by former Prime Minister Shinzo Abe poised to win a majority"
_JP1 = "in a landslide election victory Sunday that will result in hawkish Shinzo Abe returning"
_JP14 = "Prime Minister Shinzo Abe's Liberal Democratic Party and its junior coalition partner win 325 seats"
_KOI = S("Yuriko Koike, of the Liberal Democratic Party (LDP) but not their preferred candidate", through="the opposition bloc's Shuntaro Torigoe.")
DOCS.append(("c_2012-12-16_japanese-voters-go-to-the-polls-for-a-ge.txt", [
    F("party", "abe", "ldp", [_JPH, _JP14]),
    F("holds_office", "abe", "pm_jp", [_JPH, _JP14, "Prime Minister of Japan Shinzo Abe appoints Taro Kono as Foreign Minister."]),
    F("candidacy", "abe", "jp_2012", [_JPH, _JP1]),
    F("won", "abe", "jp_2012", _JP1),
    F("candidacy", "abe", "jp_2014", _JP14),
    F("won", "abe", "jp_2014", _JP14),
    F("holds_office", "noda", "pm_jp", "Japanese Prime Minister Yoshihiko Noda announces"),
    F("party", "noda", "dpj", "Japanese Prime Minister Yoshihiko Noda announces"),
    F("holds_office", "kono", "fm_jp", "Prime Minister of Japan Shinzo Abe appoints Taro Kono as Foreign Minister."),
    F("won", "trump", "us_pres_2016", "to meet President-elect of the United States Donald Trump since his election as President on November 8"),
    F("candidacy", "trump", "us_pres_2016", "to meet President-elect of the United States Donald Trump since his election as President on November 8"),
    F("candidacy", "koike", "tokyo_gov_2016", _KOI),
    F("won", "koike", "tokyo_gov_2016", _KOI),
    F("party", "koike", "ldp", _KOI),
    F("holds_office", "koike", "gov_tokyo", _KOI),
    F("holds_office", "koike", "defmin_jp", _KOI, former=True),
    F("holds_office", "masuzoe", "gov_tokyo", _KOI, former=True),
    F("candidacy", "masuda", "tokyo_gov_2016", _KOI),
    F("lost", "masuda", "tokyo_gov_2016", _KOI),
    F("candidacy", "torigoe", "tokyo_gov_2016", _KOI),
    F("lost", "torigoe", "tokyo_gov_2016", _KOI),
    F("endorsement", "ldp", "masuda", _KOI),
    F("endorsement", "komeito", "masuda", _KOI),
]))

# ---------------------------------------------------------------- c_2016-05-31 (David French urged to run)
_FH = "seeking an alternative to the Republican Party's presumptive presidential nominee Donald Trump"
_PAL = "Sarah Palin endorses Republican Party presidential candidate Donald Trump"
_R4 = "Donald Trump, the Republican nominee for the 2016 presidential election, becomes the president-elect"
_R5 = "Democratic Party nominee Hillary Clinton and Republican Party nominee Donald Trump hold the first presidential debate"
_R6 = "third party candidates, Gary Johnson and Jill Stein, have not met the criteria"
DOCS.append(("c_2016-05-31_conservative-leaders-seeking-an-alternat.txt", [
    F("candidacy", "trump", "us_rep_prim_2016", [_FH, _PAL, "GOP presidential candidate Donald Trump hosts"]),
    F("party", "trump", "rep", [_FH, _PAL, _R4, _R5]),
    F("endorsement", "palin", "trump", _PAL),
    F("holds_office", "palin", "gov_ak", "Former Governor of Alaska, vice presidential candidate (2008), and Tea Party activist Sarah Palin", former=True),
    F("candidacy", "palin", "us_pres_2008", "Former Governor of Alaska, vice presidential candidate (2008), and Tea Party activist Sarah Palin"),
    F("candidacy", "trump", "us_pres_2016", [_R4, _R5, "Republican U.S. presidential candidate Donald Trump from entering",
                                             "Republican presidential candidate Donald Trump says he plans", "U.S. Republican presidential nominee Donald Trump meets"]),
    F("candidacy", "hclinton", "us_pres_2016", [_R4, _R5]),
    F("won", "trump", "us_pres_2016", _R4),
    F("lost", "hclinton", "us_pres_2016", _R4),
    F("party", "hclinton", "dem", [_R4, _R5]),
    F("candidacy", "gjohnson", "us_pres_2016", _R6),
    F("candidacy", "stein", "us_pres_2016", _R6),
    F("holds_office", "penanieto", "pres_mx", "meets with Mexican President Enrique Pena Nieto in Mexico City"),
    F("holds_office", "curiel", "district_judge", "Federal District Judge Gonzalo Curiel unseals documents"),
]))

# ---------------------------------------------------------------- c_2016-10-23 (second rounds: Lithuania; related runoffs)
_AT = "The second round of voting takes place to elect either Norbert Hofer or Alexander Van der Bellen as President of Austria."
_LA = "Republican U.S. Senator David Vitter and Democratic state Representative John Bel Edwards top two Republican candidates"
_LA2 = S("Republican U.S. Senator David Vitter and Democratic state Representative John Bel Edwards top two Republican candidates", through="Edwards wins 40 percent and Vitter 23 percent of the primary vote")
_LAN = "Democrat Mary Landrieu loses her bid for a fourth term"
_LAX = "Voters in the American city of Los Angeles, California, go to the polls for a mayoral election with Eric Garcetti and Wendy Greuel to contest a runoff"
_CY = "Voters in Cyprus go to the polls for a presidential election with Nicos Anastasiades of the Democratic Rally and Stavros Malas of AKEL"
_MP = "incumbent Governor Benigno Fitial of the Covenant Party leads Republican Party Rep. Heinz Hofschneider"
_MK = "Gjorge Ivanov of the VMRO-DPMNE leads the first round of Macedonia's presidential election."
_GH = "National Democratic Congress candidate John Atta Mills wins Ghana's 2008 presidential election"
DOCS.append(("c_2016-10-23_voters-head-to-the-polls-in-second-round.txt", [
    F("candidacy", "hofer", "at_pres_2016_runoff", _AT),
    F("candidacy", "vdb", "at_pres_2016_runoff", _AT),
    F("holds_office", "vitter", "sen_la", _LA),
    F("party", "vitter", "rep", _LA),
    F("party", "jbedwards", "dem", _LA),
    F("holds_office", "jbedwards", "la_house", _LA),
    F("candidacy", "vitter", "la_gov_2015", _LA2),
    F("candidacy", "jbedwards", "la_gov_2015", _LA2),
    F("candidacy", "vitter", "la_gov_2015_runoff", _LA),
    F("candidacy", "jbedwards", "la_gov_2015_runoff", _LA),
    F("candidacy", "landrieu", "la_sen_2014_runoff", _LAN),
    F("candidacy", "cassidy", "la_sen_2014_runoff", _LAN),
    F("lost", "landrieu", "la_sen_2014_runoff", _LAN),
    F("won", "cassidy", "la_sen_2014_runoff", _LAN),
    F("party", "landrieu", "dem", _LAN),
    F("party", "cassidy", "rep", _LAN),
    F("holds_office", "landrieu", "sen_la", _LAN),
    F("holds_office", "cassidy", "rep_la6", _LAN),
    F("candidacy", "garcetti", "la_mayor_2013", _LAX),
    F("candidacy", "greuel", "la_mayor_2013", _LAX),
    F("candidacy", "garcetti", "la_mayor_2013_runoff", _LAX),
    F("candidacy", "greuel", "la_mayor_2013_runoff", _LAX),
    F("candidacy", "anastasiades", "cy_pres_2013", _CY),
    F("candidacy", "malas", "cy_pres_2013", _CY),
    F("candidacy", "anastasiades", "cy_pres_2013_runoff", _CY),
    F("candidacy", "malas", "cy_pres_2013_runoff", _CY),
    F("party", "anastasiades", "disy", _CY),
    F("party", "malas", "akel", _CY),
    F("candidacy", "fitial", "mp_gov_2009_runoff", _MP),
    F("candidacy", "hofschneider", "mp_gov_2009_runoff", _MP),
    F("holds_office", "fitial", "gov_mp", _MP),
    F("party", "fitial", "covenant", _MP),
    F("party", "hofschneider", "rep", _MP),
    F("holds_office", "hofschneider", "mp_house", _MP),
    F("candidacy", "ivanov", "mk_pres_2009", _MK),
    F("party", "ivanov", "vmro", _MK),
    F("candidacy", "mills", "gh_pres_2008_runoff", _GH),
    F("candidacy", "akufoaddo", "gh_pres_2008_runoff", _GH),
    F("won", "mills", "gh_pres_2008_runoff", _GH),
    F("lost", "akufoaddo", "gh_pres_2008_runoff", _GH),
    F("party", "mills", "ndc", _GH),
    F("party", "akufoaddo", "npp", _GH),
]))

# ---------------------------------------------------------------- c_2016-10-30 (Icelandic parliamentary election)
DOCS.append(("c_2016-10-30_icelandas-incumbent-centre-right-indepen.txt", [
    F("party", "benediktsson", "independence_is", "thereby putting leader Bjarni Benediktsson in position"),
    F("holds_office", "jonsdottir", "althing", "supporter Birgitta Jonsdottir, a member of Iceland's Althing"),
    F("holds_office", "haarde", "pm_is", "against former Prime Minister of Iceland Geir Haarde", former=True),
]))

# ---------------------------------------------------------------- c_2016-11-13 (Moldovan presidential runoff)
_MDH = "Voters in Moldova head to the polls in the country's presidential runoff between two opposition candidates, Igor Dodon"
_MD1 = "Igor Dodon, of the Socialists- Party, wins Sunday's Moldovan presidential election run-off with 52.2 percent of the vote"
_MD2 = "A run off election will be held on November 13 between Igor Dodon and Maia Sandu after no candidate achieved a majority of votes."
_BG = "Bulgarians head to the polls in a presidential runoff between BSP backed Rumen Radev"
_BGX = "Exit polls by Alpha Research and Gallup International show Radev with about 58 percent of the vote"
DOCS.append(("c_2016-11-13_moldovan-presidential-election-2016-vote.txt", [
    F("candidacy", "dodon", "md_pres_2016", [_MDH, _MD1, _MD2]),
    F("candidacy", "sandu", "md_pres_2016", [_MDH, _MD1, _MD2]),
    F("party", "dodon", "psrm", [_MDH, _MD1]),
    F("party", "sandu", "pas", [_MDH, _MD1]),
    F("won", "dodon", "md_pres_2016", _MD1, 52.2),
    F("lost", "sandu", "md_pres_2016", _MD1),
    F("holds_office", "sandu", "edu_md", _MD1, former=True),
    F("candidacy", "dodon", "md_pres_2016_r1", _MD2),
    F("candidacy", "sandu", "md_pres_2016_r1", _MD2),
    F("holds_office", "dodon", "pres_md", "Moldovan President Igor Dodon, during his first state visit to Russia"),
    F("candidacy", "radev", "bg_pres_2016", _BG),
    F("candidacy", "tsacheva", "bg_pres_2016", _BG),
    F("endorsement", "bsp", "radev", _BG),
    F("holds_office", "tsacheva", "chair_na_bg", _BG),
    F("party", "tsacheva", "gerb", _BG),
    F("holds_office", "borisov", "pm_bg", _BG),
    F("party", "borisov", "gerb", _BG),
    F("poll", "radev", "bg_pres_2016", _BGX, 58, pollster="Alpha Research; Gallup International"),
    F("poll", "tsacheva", "bg_pres_2016", _BGX, 35, pollster="Alpha Research; Gallup International"),
]))

if __name__ == "__main__":
    lines = merge(build(R, str(HERE.parent / "docs"), DOCS))
    write_jsonl(lines, HERE.parent / "annotations" / "b13.jsonl")
    (HERE.parent / "annotations" / "b13.docs").write_text("".join(name + "\n" for name, _ in DOCS))
    print("wrote", len(lines), "facts")
