"""Word lists and patterns the recogniser and the role classifier share.

They are English-language cues (and the test of a line that a name opens as a list entry), kept in
one place so they can be reviewed and extended without reading the algorithms.
"""

from __future__ import annotations

import re

__all__ = [
    "AMBIGUOUS_NAMES",
    "list_entry_line",
    "CAPITAL_ABBREVIATIONS",
    "FEATURE_NOUNS",
    "ORGANISATION_NOUNS",
    "LOCATIVE_BEFORE",
    "NEAR_WORDS",
    "NOT_PLACES",
    "REGION_WORDS",
    "TITLES",
    "REPORTING_VERBS",
    "CUE_BEFORE",
    "CUE_AFTER",
    "POST_CUE",
]

#: Place names that are also personal names or common words in the region's
#: reporting: matched only with a locative cue ("in Maksat", "the village of Arka").
AMBIGUOUS_NAMES = frozenset({
    "arka", "maksat", "dostuk", "sadyr", "kulundu", "bulak", "sogment", "korgon",
    "batyr", "asan", "bakyt", "nurlan", "erkin", "azamat", "ulan", "aibek", "kim", "chek", "palos",
    # English news: "Mary" is far more often a woman than the Turkmen city, "Man" a man than the
    # Ivorian town (the Isle of Man is matched whole)
    "mary", "man",
    # a title ("Miss Ohio", "Miss Cordiner": the state is "Miss." after a town), a police force
    # ("State Patrol"), a metropolitan government ("Metro Police", "Metro Nashville")
    "miss", "patrol", "metro",
    # "the Gulf War", "Gulf security": a sea or a war, not Gulf County ("Gulf County" is matched whole)
    "gulf",
})

#: Capitalised words that are never places on their own here, though the
#: gazetteer has a namesake somewhere (months, weekdays, titles, news words).
NOT_PLACES = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec utc gmt
    monday tuesday wednesday thursday friday saturday sunday president
    minister general secretary kremlin un reuters tass afp dpa bbc cnn rfe rl
    god mr mrs ms dr sir lord saint the a an this that these those it its he she they
    we you i his her their our one two three four five six seven eight nine ten
    north south east west central western eastern northern southern union
    northeast northwest southeast southwest midwest gov sen rep sgt lt capt det cpl pvt
    republic government police army ministry service committee council office
    university media press news agency tags me home world hamas
    passover christmas easter ramadan""".split()
) | frozenset({
    # generic phrases that some namesake lists as an alternate name
    "the city", "the town", "the village", "the capital", "the state", "the country",
    "the island", "the region", "the valley", "the border",
    # a seat of government that speaks, not a place where something happens
    "white house",
})

#: Names of border facilities that reporting uses and no source locates (DATA.md; ``data/border_places.SOURCES.md``):
#: never read as a village the gazetteer lacks ("the clashes ... began at Golovnoy": the water intake between
#: Kök-Tash and Khoja-Alo, coded by the villages the article names).
NOT_VILLAGES = frozenset({"golovnoy", "golovnoi", "golovnaya"})

#: The cue a span carries when it names the district of a border detachment after a post named by nothing else ("a
#: post of the Isfara border detachment"): the place of an event at that post, not the detachment that speaks.
DETACHMENT_POST_CUE = "a post of the … border detachment"

#: The cue of a mention named as a border post: "the Sumbula border post", «заставы «Дара»», "the Kyzyl-Bel checkpoint".
POST_CUE = re.compile(r"post|checkpoint|застав|(?<!\w)(?:погран)?пост(?:а|у|е|ом|ы|ов)?(?!\w)", re.I)

#: All-capital names of four letters or fewer are abbreviations ("UTC",
#: "AFP") unless listed here.
CAPITAL_ABBREVIATIONS = frozenset({"usa", "uk", "us", "uae", "prc", "gbao", "drc", "ussr"})

#: First words of Kyrgyz and Tajik compound place names ("red", "black", "white", "blue", "yellow",
#: "big", "small", "new", "middle", "three", "five"): "Kyzyl-Dobo" is one name, not the Tuvan city
#: Kyzyl beside a town called Dobo, as "Fargo-Moorhead" is two.
COMPOUND_NAME_PREFIXES = frozenset(
    "kyzyl kizil kara ak aq kok kuk sary sari chong chon kichi kichik jany jangy zhany orto uch besh "
    # (numbers and nouns too: "Eki-Tash", "Tort-Kocho", "Min-Bulak", "Kum-Mazar" (not Qom beside a Mazar), "Tash-Tumshuk",
    # "Ala-Too")
    "eki tort tört min ming kum tash ala kak".split())

#: Honorifics and offices that precede a personal name.
TITLES = frozenset(
    """president minister mr mrs ms dr general gen colonel col secretary
    ambassador spokesman spokeswoman spokesperson chairman governor mayor
    commander prime deputy foreign envoy senator sheikh king queen prince
    gov sen rep sgt lt capt det cpl pvt officer judge""".split()
)

#: Verbs of speech right after a name: a small town's name before one is a
#: speaker ("Hawkins said"); capitals and countries keep their reading
#: ("Bishkek said" is a government, and a place).
REPORTING_VERBS = frozenset(
    """said says told added explained wrote asked noted stated testified agreed replied
    recalled declined contends contended insisted argued acknowledged admitted""".split()
)

#: Nouns that may follow a place name inside a larger name or phrase,
#: so that "Batken Airport" or "Kyrgyz Border Service" keeps its place.
FEATURE_NOUNS = frozenset(
    """region regional oblast oblasty province district rayon raion city town
    village border borders airport river valley mountains mountain lake reservoir
    canal pass gorge checkpoint post outpost station service guard guards
    administration government ministry military army forces troops side police
    committee parliament embassy exclave enclave area zone state county
    municipality jamoat aiyl okmotu""".split()
)

#: Nouns that follow a place name inside an organisation's name ("Ohio
#: Department of Health", "Batken Regional Hospital"): the place is kept.
ORGANISATION_NOUNS = frozenset(
    """department association bureau court school library society board council
    commission coalition center centre hospital patrol highway house senate
    university college institute museum club company corporation bank airlines
    times post daily herald tribune journal gazette radio television tv regional
    state national international city county district community church mosque
    fire health police public water electric energy sheriff chamber division
    service services project systems agency authority foundation organization
    organisation party movement network group industries office program programme
    federation league union alliance partnership academy hall stadium arena
    medical memorial veterans convention visitors historical environmental
    protection municipal metropolitan inc corp co ltd llc""".split()
)

#: Compass and size words that, capitalised before a name, do not make it a
#: surname ("East Texas", "Northern Ireland" stays a longer key where one exists).
DIRECTION_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast
    northwest southeast southwest upper lower greater metro downtown""".split()
)

#: Words after a place name that make it an area of that name ("Anderson
#: County"): the word joins the span, as annotated corpora mark it.
AREA_SUFFIXES = frozenset("county parish borough".split())

#: "region", "oblast" … : the name is meant as an area, not a town.
REGION_WORDS = frozenset("region oblast oblasty province district rayon raion viloyati".split())

#: Words that, right before a name, say it is a location.
LOCATIVE_BEFORE = frozenset(
    "in at near around outside from to towards toward into inside across of between"
    " neighbouring neighboring nearby adjacent"
    # "an unexploded mortar round they had found in a gully above Arka"
    " above below beyond behind"
    # "a section of the Khujand-Konibodom road that runs through Arka"
    " through via past".split()
)

#: Lower-case Russian feature nouns (``name_key`` form, every case) that continue a name:
#: "Баткенской области", "в Лейлекском районе", "джамоата Сурх".
RUSSIAN_FEATURE_NOUNS = frozenset(
    """oblast oblasti oblastyu rayon rayona rayone rayonu rayonom dzhamoat dzhamoata dzhamoate
    dzhamoatu dzhamoatom okmotu aymak aymaka aymake avtonomnaya avtonomnoy avtonomnuyu
    avtonomnoe vodokhranilishche vodokhranilishcha vodokhranilishchu vodokhranilishchem
    ushchele ushchelya ushchelyu ushchelem
    oblastnaya oblastnoy oblastnuyu oblastnogo oblastnomu oblastnym oblastnom oblastnoe oblastnye oblastnykh""".split())

#: Cyrillic place names (``name_key`` form, every case) that are also a common word or a surname
#: and count only after a :data:`RUSSIAN_LOCATIVE_BEFORE` word: «Чек» (Kyrgyz for "border",
#: «чек ара»; «в селе Чек» is the village), «Ким» (a surname; «в Киме» is the Tajik town).
#: ... and «Мадина» (a woman's name; "Medina" only «в Мадине»).
RUSSIAN_NAMES_NEEDING_A_CUE = frozenset("chek cheka cheku chekom cheke kim kima kimu kimom kime "
                                        "madina madiny madine madinu madinoy".split())

#: Words (``name_key`` form) before a Russian name that say it is a location ("в", "у", "села").
RUSSIAN_LOCATIVE_BEFORE = frozenset(
    "v vo u iz pod okolo vozle bliz selo sela sele selu zhiteli zhiteley gorod goroda gorode"
    # (the people of a village in every case: «между жителями Чека и ...», «житель Чека»)
    " zhitelyami zhitelyam zhitel zhitelya zhitelyu zhitelem zhitelnitsa zhitelnitsy"
    " poselok poselka poselke poselku posyolok posyolka posyolke kishlak kishlaka kishlake"
    " mestnost mestnosti".split())  # «в местности Чек»

#: Plural village nouns (transliterated, as tokens) whose list licenses each of its names: «по селам Кара-Бак и Чек».
RUSSIAN_VILLAGES_BEFORE = frozenset(
    "sela sel syola syol selam syolam selakh syolakh selami syolami kishlakov kishlakam kishlakakh".split())

#: Words before a name that make the location approximate (ACLED precision 2).
NEAR_WORDS = re.compile(
    r"\b(near|around|outside|close to|next to|on the outskirts of|outskirts of|"
    r"vicinity of|in the area of|not far from|kilometres from|kilometers from|km from|"
    r"km of|miles from|surroundings of|suburbs of|approaches to)\s+(the\s+)?"
    r"([\w-]+\s+){0,2}((border\s+)?(village|town|city|settlement)\s+of\s+)?$",
    re.I,
)

#: Cue phrases that introduce a place name the gazetteer may not know.
CUE_BEFORE = re.compile(
    r"\b(the\s+)?(border\s+)?(village|town|city|settlement|hamlet|enclave|exclave|"
    r"jamoat|district|outpost|checkpoint)\s+of\s+$"
    # 'the frontier outpost "Chek"', "the village Chek": a post or village named after its noun
    r"|\b(?:frontier|border)?\s*(?:outpost|post|checkpoint|village)\s+(?:No\.?\s*\d+\s+)?[\"“«]?$"
    # a digest item's heading, the district before the village: "Leilek district, Maksat."
    r"|\b(?:district|region|oblast|rayon|raion|jamoat)\s*,\s*$",
    re.I,
)
CUE_AFTER = re.compile(
    # ... "met at the Kulundu border checkpoint"
    r"^[\"”»’]?\s+(village|district|region|oblast|rayon|raion|border post|border outpost|border checkpoint|"
    r"outpost|checkpoint|frontier post|jamoat|"
    # "a ceasefire on the Kulundu section", "Kulundu aiyl aimak", "the Maksat border crossing"
    r"section|sector|(?:border\s+)?crossing|a[iy]y?l\s+(?:aimak|aimagy|okmotu))\b"
    # "met at the Kulundu — Ovchi-Kalacha checkpoint": one end of a crossing pair
    r"|^\s*[—–-]\s*[A-Z][\w'’-]+\s+(?:border\s+)?(?:checkpoint|crossing)\b",
    re.I,
)


#: What follows a name that opens a list entry: "Maksat - 34 houses;", «Ак-Сай - 46 домов».
_LIST_ENTRY_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*\d")


def list_entry_line(text: str, start: int, end: int) -> int | None:
    """Where the line begins when the name at ``text[start:end]`` opens it as a list entry (only a bullet
    before it, a dash and a figure after it: "Maksat - 34 houses;"), else ``None``."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*•·-–—") or not _LIST_ENTRY_AFTER.match(text, end):
        return None
    return line_start
