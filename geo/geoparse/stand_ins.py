"""Villages the gazetteer lacks, mapped at the unit the article puts them in.

Reporting on the border names many villages no package and no cited source locates ("the village of
Kapchygai in Batken district", «в селе Борбордук Баткенского района»). Such a name in a place cue
(:func:`geo.geoparse.recognize.find_spans`: "the village of …", "… border post", "residents of …", "…, a small
village", «село …», «заставы «…»», «в местности …», «махалли …», and the name told again in its case forms) was
unresolved; its events were lost or went to whatever unit the sentence also named. ACLED codes an event in a village it cannot
find at the nearest known unit with a coarser geo-precision and names the village in its notes; here the village keeps
its own name (what the sources said) and is mapped at the point of the border-zone unit the article puts it in:

1. a unit or town named right after one of its mentions ("… in Batken district", «… Баткенского района», "…, near
   Isfara", «… джамоата Лахши Боло», "…, a village of 2,500 people in Leilek district", «… — одно из сел Согдийской
   области», «… расположено в джамоате Чоркух»);
2. else the border-zone district the article names nearest to it, else such a region, in the country its cue names
   when it names one ("the Kyrgyz village of …", "… jamoat").

Only units of the border zone's admin-1 regions (:data:`geo.gazetteer.regional.BORDER_ZONE_ADMIN1`) are
used, so a village elsewhere stays unresolved. The stand-in is a :class:`~geo.gazetteer.model.Place` whose
``source`` is ``stand-in:p<precision>:<unit>`` (:attr:`~geo.gazetteer.model.Place.stand_in_unit`); its geo-precision
is 2 at a district or town and 3 at a region (:attr:`~geo.gazetteer.model.Place.stand_in_precision`). Rules that ask
whether two places are neighbours take the least distance a stand-in may be from another (:func:`stand_in_reach_km`),
and :func:`settle_stand_ins` gives way to a located place where the article tells one for the event.

Two more kinds of name become stand-ins. A one-word name no settlement's noun tells, after a preposition of place or
before its people ("near Kapchygay", "at Bujum", "two Ravat residents", «возле Капчыгая», «у Ходжи-Али», «жители
Кулканда», read in the nominative :func:`geo.language.ru.inflect.nominative_of_genitive` gives), is kept only where a
unit maps it (a bare name elsewhere is no toponym). And a village named with its noun that the gazetteer gives a
namesake far away ("Iskra village" in Leilek district, not the Iskra of Ukraine; «в селе Сомониён города Исфары», not
the Somoniyon of Jabbor Rasulov district) is read as a village the gazetteer lacks.
"""
from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from dataclasses import replace

from geo.gazetteer.model import STAND_IN_SOURCE, Place
from geo.gazetteer.normalize import CYRILLIC_TO_LATIN, has_cyrillic, loose_key
from geo.gazetteer.ranking import haversine_km
from geo.gazetteer.regional import BORDER_ZONE_ADMIN1
from geo.geoparse.cues import POST_CUE
from geo.geoparse.model import Mention, ResolvedPlace
from geo.geoparse.recognize import NAMED_AGAIN, Span
from geo.geoparse.roles import REFERENCE_POINT, UNIT_NOUN_AFTER
from geo.incidents.structure import ArticleStructure

__all__ = ["place_unknown_villages", "settle_stand_ins", "stand_in_reach_km"]

#: How far (characters) after the village its own unit may be named.
OWN_UNIT_GAP_CHARS = 90
#: What may stand between a village and its own unit: "… in the Batken district", "…, in Kyrgyzstan's Batken
#: province", "… near Isfara", «… Баткенского района», «…, в Исфаринском районе», «… близ Исфары».
_OWN_UNIT_BETWEEN = re.compile(
    r"[»\"”]?"  # (a name in quotes: «махалли «Навбахор» сельского джамоата Ходжа-Аъло»)
    # (a former name in brackets: «село Сомониён (бывший Майский) джамоата Чоркух»; or an editor's note: "the village of
    # Ravat [see correction at 1205 GMT] in the Ak-Tatyr rural district")
    r"(?:[ \t]*\([^()\n]{1,40}\)|[ \t]*\[[^\[\]\n]{1,40}\])?"
    # (or another name set off by commas: "the village of Somoniyon, also known as Maisky, in the Chorkuh jamoat")
    r"(?:[ \t]*,[ \t]+(?:also[ \t]+|formerly[ \t]+)?(?:known|called)[ \t]+as[ \t]+[\w'’-]+(?=[ \t]*,)"
    r"|[ \t]*,[ \t]+(?:также[ \t]+)?(?:известн\w*|называем\w*)[ \t]+как[ \t]+[\w-]+(?=[ \t]*,))?"
    # ... told to be a village of it: "…, a small village of about 2,500 people in Leilek district", «… — одно из
    # крупных приграничных сел Согдийской области»
    r"(?:[ \t]*,[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:village|hamlet|settlement)"
    # ("Tamdyk, a hamlet of a few hundred households near the larger village of Ak-Sai")
    r"(?:[ \t]+of[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?(?:[\d,]+|a[ \t]+few[ \t]+hundred|several[ \t]+hundred)"
    r"[ \t]+(?:people|residents|inhabitants|households|families))?"
    r"|[ \t]*[—–][ \t]*(?:это[ \t]+)?(?:одн[оа][ \t]+из[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:сел\w*|кишлак\w*|пос[её]л\w*)"
    # ... "Bulak-Bashy, one of the villages administered by the town of Batken"
    r"|[ \t]*,[ \t]+one[ \t]+of[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:villages|settlements)[ \t]+"
    r"(?:administered|governed|run)[ \t]+by(?=[ \t]+the[ \t]+(?:city|town|jamoat|district)[ \t]+of[ \t])"
    # ... or a jamoat subordinate to a town: "the Kulkand jamoat, which is subordinate to the city of Isfara"
    r"|[ \t]+(?:jamoat|aiyl[ \t]+okmotu)?[ \t]*,?[ \t]+(?:which|that)[ \t]+is[ \t]+(?:subordinate[ \t]+to|part[ \t]+of)"
    r"[ \t]+the[ \t]+(?:city|town)[ \t]+of"
    # ... told to lie in it: "… lies in Batken district", «… расположено в джамоате Чоркух»
    r"|[ \t]+(?:lies|is[ \t]+located|is[ \t]+situated|расположен\w*|находится)(?=[ \t]+(?:in|в|во)[ \t])"
    # ... its noun after it: "the Somoniyon village in the Tajik city of Isfara"
    r"|[ \t]+(?:village|hamlet|settlement|area)(?=[ \t]*,?[ \t]+(?:in|of|near)[ \t])"
    # ... or a post's, of the detachment named for a town: "the Shodmon post of the Isfara border detachment"
    r"|[\"”]?[ \t]+(?:(?:border|frontier)[ \t]+)?(?:post|outpost)[ \t]+of[ \t]+the(?=[ \t]+\w+[ \t]+"
    r"(?:border[ \t]+)?detachment))?"
    r"[ \t]*,?[ \t]*(?:(?:in|of|near|outside|close[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:Kyrgyzstan|Tajikistan)['’]s[ \t]+)?"
    # ... "Kayragach, in Leilek's Beshkent municipality": the district's possessive before its rural unit
    r"(?:[A-Z][\w-]+['’]s[ \t]+(?=[A-Z][\w-]+[ \t]+(?:municipality|aiyl|ayil|jamoat|rural)))?"
    r"(?:(?:Kyrgyz|Tajik)[ \t]+(?:city|town)[ \t]+of[ \t]+"
    r"|(?:larger|bigger|neighbou?ring|nearby)[ \t]+(?:village|town)[ \t]+of[ \t]+)?"
    r"|(?:в|во|на|около|близ|возле|под)[ \t]+)?"
    # ... or its post's detachment, named for a town: «заставы «Кех» Пограничного отряда «Исфара»»
    # ... or a district named after its noun: «на участке Росровут района Деваштич»
    # ... through a rural unit named by its adjective, which the gazetteer lacks: «Интернациональное — село в
    # Кулундуйском айыл окмоту Лейлекского района»
    r"(?:(?:[А-ЯЁӨҮҢ][\w-]*?(?:ск|цк)(?:ом|ого)[ \t]+)?(?:сельском[ \t]+|сельского[ \t]+)?джамоат[аеу]"
    r"|(?:[А-ЯЁӨҮҢ][\w-]*?(?:ск|цк)(?:ом|ого)[ \t]+)?(?:айыл(?:ного)?[ \t]+окмоту|аильного[ \t]+округа)|(?:города|г\.|района|р-на)|"
    r"(?:[Пп]ограничного[ \t]+отряда|[Пп]огранотряда)[ \t]+|"
    r"(?:the[ \t]+)?(?:jamoat|aiyl[ \t]+okmotu|aiyl[ \t]+aimak|town)[ \t]+of)?[ \t]*[«\"„]?",
)
#: The cue noun of a rural unit: a jamoat, an aiyl okmotu or aiyl aimak.
_RURAL_UNIT_CUE = re.compile(r"jamoat|aiyl|ayil|джамоат|айыл|аил", re.I)
#: The cue nouns of a village or a post (not "… Street", "… County").
_SETTLEMENT_CUE = re.compile(r"village|town|settlement|hamlet|enclave|exclave|jamoat|outpost|checkpoint|post|"
                             r"residents|inhabitants|outskirts|edge|area|местност|урочищ|участ|"
                             r"сел|махалл|кишлак|айыл|аил|джамоат|застав|пос[её]л|н\.\s?п|пункт|(?<!\w)пост|"
                             # (a bare name after a preposition of place: "near …", «возле …», «в районе …»)
                             r"near|outside|around|\bat\b|close|far|between|возле|около|близ|неподал|недалеко|район|"
                             r"окрестност|окраин|жител|(?<!\w)у(?!\w)", re.I)
#: The score a stand-in carries (it is the only reading of its name).
STAND_IN_SCORE = 1.0


def _latin(name: str) -> str:
    """The English form of a Cyrillic village name: «Капчыгай» -> "Kapchygay", «Чыр-Дөбө» -> "Chyr-Dobo"."""
    if not has_cyrillic(name):
        return name
    parts = ("".join(CYRILLIC_TO_LATIN.get(ch.lower(), ch) for ch in part) for part in name.split("-"))
    return "-".join(part[:1].upper() + part[1:] for part in parts)


def _in_border_zone(place: Place) -> bool:
    return place.country_code in ("KG", "TJ") and place.admin1 in BORDER_ZONE_ADMIN1 and place.kind != "country"


def _is_unit_or_town(place: Place) -> bool:
    return place.is_unit or place.kind in ("city", "curated") and place.feature_class == "P"


def _own_unit(index: int, spans: list[Span], resolved: list[ResolvedPlace | None], text: str) -> Place | None:
    """The border-zone unit or town named right after the village: "Kapchygai in Batken district"."""
    village = spans[index]
    for k in range(index + 1, len(spans)):
        later = spans[k]
        if later.start > village.end + OWN_UNIT_GAP_CHARS:
            break
        if later.start < village.end or later.kind == "country_reference":
            continue  # (a demonym between is read by the pattern: "… village in the |Tajik| city of Isfara")
        place = resolved[k].place if resolved[k] is not None else None
        if place is not None and not place.is_unit and not text[village.end:later.start].strip(" \t,"):
            break  # (the next entry of a list: "the villages of Kulkand, Guliston and Oftobru")
        if place is not None and _in_border_zone(place) and _is_unit_or_town(place) \
                and _OWN_UNIT_BETWEEN.fullmatch(text, village.end, later.start):
            return place
        if place is None and later.kind == "cue" and (_RURAL_UNIT_CUE.search(later.cue or "")
                                                      or UNIT_NOUN_AFTER.match(text, later.end)) \
                and _OWN_UNIT_BETWEEN.fullmatch(text, village.end, later.start):
            # (a rural unit the gazetteer lacks, then its own: «в местности Офтобру джамоата Кулканд города Исфара»)
            village = later
            continue
        break  # (another name comes first: the unit, if any, is not this village's)
    return None


class _Units:
    """The border-zone districts and regions an article names (not in its dateline), by offset, for nearest look-ups."""

    def __init__(self, spans: list[Span], resolved: list[ResolvedPlace | None],
                 structure: ArticleStructure | None) -> None:
        # (is a district, country or None for any) -> (offsets, units)
        self.by_kind: dict[tuple[bool, str | None], tuple[list[int], list[Place]]] = {}
        # ... and its located villages and towns (where it names no unit: :meth:`sole_district_village`)
        self.villages: list[tuple[int, Place]] = []
        # ... and its located towns and villages, whatever else it names (:meth:`nearest_of_country`)
        self.places: list[tuple[int, Place]] = []
        for span, found in zip(spans, resolved):
            if found is None or not _in_border_zone(found.place):
                continue
            if structure is not None and structure.in_dateline(span.start):
                continue
            if not found.place.is_unit:
                if span.kind == "place" and found.place.stand_in_unit is None and found.place.feature_class == "P" \
                        and _is_unit_or_town(found.place):
                    self.places.append((span.start, found.place))
                if span.kind == "place" and found.place.stand_in_unit is None and found.place.admin2 \
                        and found.place.feature_class == "P":
                    self.villages.append((span.start, found.place))
                continue
            for country in (None, found.place.country_code):
                offsets, places = self.by_kind.setdefault((found.place.is_district, country), ([], []))
                offsets.append(span.start)
                places.append(found.place)

    def nearest(self, offset: int, country: str | None = None) -> Place | None:
        """The district named nearest to ``offset``, else the nearest region (of ``country``, when given)."""
        for is_district in (True, False):
            offsets, places = self.by_kind.get((is_district, country), ([], []))
            if not offsets:
                continue
            k = bisect_left(offsets, offset)
            near = [j for j in (k - 1, k) if 0 <= j < len(offsets)]
            return places[min(near, key=lambda j: abs(offsets[j] - offset))]
        return None

    def nearest_of_country(self, offset: int, country: str) -> Place | None:
        """The located border-zone town or village of ``country`` named nearest to ``offset``: «таджикского села
        Гузлон» in an article that names Isfara, a Tajik town, and only Kyrgyz districts."""
        own = [(at, place) for at, place in self.places if place.country_code == country]
        return min(own, key=lambda found: abs(found[0] - offset))[1] if own else None

    def sole_district_village(self, offset: int, country: str | None = None) -> Place | None:
        """In an article that names no border-zone unit, the located village named nearest to ``offset`` when all its
        located villages lie in one district (of ``country``, when given): «обстреляли пограничный пост "Тамдык"» ...
        «закрыли дорогу Ак-Сай – Тамдык» is mapped at Ak-Sai, as ACLED codes a village it cannot find at the nearest
        known place."""
        if self.by_kind or not self.villages:
            return None
        districts = {(place.admin2, place.country_code) for _, place in self.villages}
        if len(districts) != 1 or country is not None and next(iter(districts))[1] != country:
            return None
        return min(self.villages, key=lambda found: abs(found[0] - offset))[1]


#: The country a village's cue names just before it: "the neighbouring Kyrgyz village of", «таджикского села».
#: (only a settlement's words between: not "told |Kyrgyz| media that Kulkand residents ...")
_COUNTRY_BEFORE = re.compile(r"(?:(Kyrgyz|кыргызск\w*|киргизск\w*)|(Tajik|таджикск\w*))\W+"
                             r"(?:(?:border|frontier|village|villages|town|settlement|hamlet|enclave|exclave|of|"
                             r"сел\w*|кишлак\w*|пос[её]л\w*|приграничн\w*|анклав\w*|город\w*)\W+){0,2}$", re.I)
#: ... or an apposition right after it: "near Karamyk, the Kyrgyz village that faces Lakhsh district".
_COUNTRY_AFTER = re.compile(r",?[ \t]+(?:a|the|an)[ \t]+(?:[\w-]+[ \t]+)?(?:(Kyrgyz)|(Tajik))[ \t]+(?:village|town|"
                            r"settlement)\b"
                            # ... "residents of Kaptarkhona village of Tajikistan"
                            r"|[ \t]+(?:village|settlement)[ \t]+of[ \t]+(?:(Kyrgyzstan)|(Tajikistan))\b")
#: ... or the kind of unknown unit named right after it: «села Чон-Гара Төрт-Көлского айыл окмоту» is Kyrgyz, «кишлака
#: Гулистон джамоата Кулканд» Tajik.
#: ... "Kulkand, the centre of the jamoat of the same name" Tajik.
_UNIT_KIND_AFTER = re.compile(r",?[ \t]+(?:(?:a|the)[ \t]+(?:village|settlement|cent(?:re|er)|seat)[ \t]+(?:of|in)[ \t]+"
                              r"(?:the[ \t]+)?)?"
                              r"(?:[\w-]+[ \t]+){0,2}?(?:(aiyl|ayil|айыл\w*|аил\w*)|(jamoat|джамоат\w*))(?!\w)", re.I)
#: How far before a village's name its country may be told (characters).
COUNTRY_BEFORE_CHARS = 40


#: A cue that names the country: a jamoat is Tajik, an aiyl okmotu Kyrgyz.
_CUE_COUNTRY = (("TJ", re.compile(r"jamoat|джамоат", re.I)), ("KG", re.compile(r"aiyl|айыл|аил", re.I)))


def _country_told(text: str, span: Span) -> str | None:
    """The country the text gives a village: its cue's noun, a word before it ("the neighbouring Kyrgyz village"), or the
    kind of the unit named after it («Төрт-Көлского айыл окмоту»)."""
    for country, pattern in _CUE_COUNTRY:
        if span.cue is not None and pattern.search(span.cue):
            return country
    found = _COUNTRY_BEFORE.search(text, max(0, span.start - COUNTRY_BEFORE_CHARS), span.start) \
        or _COUNTRY_AFTER.match(text, span.end) or _UNIT_KIND_AFTER.match(text, span.end)
    if found is None:
        return None
    # (the first group names Kyrgyzstan in each pattern, and so does the third of the one that has four)
    return "KG" if found.group(1) or (found.re.groups >= 3 and found.group(3)) else "TJ"


def _stand_in(name: str, unit: Place) -> Place:
    english = _latin(name)
    key = f"{loose_key(english)}|{unit.id}"
    return Place(
        id=-1 - zlib.crc32(key.encode()),  # negative: never a row of the index
        name=english, lat=unit.lat, lon=unit.lon, country_code=unit.country_code, admin1=unit.admin1,
        feature_class="P", feature_code="PPL", population=0, kind="curated",
        source=f"{STAND_IN_SOURCE}p{3 if unit.is_region else 2}:{unit.name}",
        name_ru=name if has_cyrillic(name) else None,
        admin2=unit.name if unit.is_district else unit.admin2,
    )


def place_unknown_villages(spans: list[Span], resolved: list[ResolvedPlace | None], text: str, *,
                           structure: ArticleStructure | None = None,
                           ) -> tuple[list[Span], list[ResolvedPlace | None]]:
    """Map each unknown name in a place cue at the border-zone unit the article puts it in.

    Parameters
    ----------
    spans, resolved : list
        The recogniser's spans and their resolutions, in the same order.
    text : str
        The article text.
    structure : ArticleStructure, optional
        Its dateline is never a village's unit.

    Returns
    -------
    tuple of (list of Span, list of ResolvedPlace or None)
        The same lists, with each placed cue turned into a ``place`` span resolved to its stand-in.
    """
    spans, resolved = list(spans), list(resolved)
    _far_namesakes_to_cues(spans, resolved, text, structure)
    if not any(span.kind == "cue" for span in spans):
        return spans, resolved
    _map_at_units(spans, resolved, text, structure)
    if any(span.bare for span in spans):
        # a bare name no unit maps ("near Zorblatt" in an article outside the border zone) is no toponym
        kept = [k for k, span in enumerate(spans) if not (span.bare and span.kind == "cue")]
        spans, resolved = [spans[k] for k in kept], [resolved[k] for k in kept]
    return spans, resolved


#: How far (km) from every border-zone unit an article names a place outside the border zone that the gazetteer gives
#: a village's name may lie before it is taken for a namesake ("Iskra village" in Leilek district is not the Iskra of
#: Ukraine).
FAR_NAMESAKE_KM = 150.0
#: The noun of a list's cue, whose entries are villages: «селам …, Танги и Ходжи-Али», "villages of …, Y and Z".
_LIST_NOUN = re.compile(r"(?:villages?\s+of|(?:[Сс]ел\w*|[Кк]ишлак\w*))(?=\s)")
#: How many spans before a name a list's cue that holds it may stand.
MAX_LIST_ENTRIES = 12
#: A settlement's noun right before or after its name: "the village of …", "… village", «село …», «кишлак …».
_SETTLEMENT_BEFORE = re.compile(r"(?:\b(?:village|hamlet|settlement)\s+of|(?<![\w-])(?:[Сс]ел(?:[оаеу]|ами|ах)?|[Сс]елени\w*|"
                                r"[Кк]ишлак\w*|[Аа]йыл\w*|[Мм]ахалл\w*))\s+$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|settlement|hamlet)\b"
                               r"|,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|hamlet|settlement)\b")


def _of_another_district(place: Place, own: Place | None) -> bool:
    """The unit named as a village's own lies in another district than the place the gazetteer gives its name
    («в махалле Сомониён сельского джамоата Чоркух»: not the Somoniyon of Jabbor Rasulov district)."""
    if own is None or own.is_region:
        return False
    district = own.name if own.is_district else own.admin2
    if place.admin2 and district:
        return place.admin2 != district
    return haversine_km(place.lat, place.lon, own.lat, own.lon) > FAR_FROM_OWN_UNIT_KM


#: Without districts to compare, how far (km) from the unit named as its own a place may lie and still be that unit's.
FAR_FROM_OWN_UNIT_KM = 40.0


#: Just before a name, the words that set it apart as another place of that name: "It is not |the Kok-Tash of Batken
#: district|", "should not be mixed up with the village of |Kok-Tash of the Batken district|", «не путать с Кок-Ташем ...».
_NOT_THIS_ONE = re.compile(r"(?:\b(?:not|nor)\b(?:\s+be\s+(?:confused|mixed\s+up)\s+with)?|(?<![\w-])не\s+путать\s+с|"
                           r"(?<![\w-])не(?:\s+следует)?\s+(?:путать|смешивать)\s+с|(?<![\w-])не)\s+(?:the\s+)?"
                           r"(?:(?:village|town)\s+of\s+|сел(?:ом|а|о)\s+)?$", re.I)
#: Between a district and a village it owns: "Leilek's Kok-Tash", "Leilek district's Kok-Tash".
_POSSESSIVE_BETWEEN = re.compile(r"(?:\s+district)?['’]s\s+")


def _district_possessive_before(index: int, spans: list[Span], resolved: list[ResolvedPlace | None],
                                text: str) -> Place | None:
    """The border-zone district named just before the village as its owner: "|Leilek|'s Kok-Tash"."""
    if index == 0 or resolved[index - 1] is None:
        return None
    before, place = spans[index - 1], resolved[index - 1].place
    if not (place.is_district and _in_border_zone(place)) \
            or not _POSSESSIVE_BETWEEN.fullmatch(text, before.end, spans[index].start):
        return None
    return place


def _far_namesakes_to_cues(spans: list[Span], resolved: list[ResolvedPlace | None], text: str,
                           structure: ArticleStructure | None) -> None:
    """Make, in place, a village named with its noun that the gazetteer places far from every border-zone unit of the
    article an unknown name in a cue (every mention of it), so that it is mapped at its unit like any other."""
    units = [found.place for span, found in zip(spans, resolved) if found is not None and found.place.is_unit
             and _in_border_zone(found.place) and not (structure is not None and structure.in_dateline(span.start))]
    if not units:
        # (an article that names no unit: its located border-zone villages, «Ходжи-Али джамоата Чоркух»)
        units = [found.place for span, found in zip(spans, resolved) if found is not None and span.kind == "place"
                 and _in_border_zone(found.place) and found.place.kind == "curated" and found.place.admin2]
    far: dict[str, tuple[str, str]] = {}  # key -> (its cue, the name as the cue gave it)
    for k, (span, found) in enumerate(zip(spans, resolved)):
        place = found.place if found is not None else None
        if span.kind != "place" or place is None or place.is_unit or place.kind == "country" or span.key in far:
            continue
        name = text[span.start:span.end]
        # (or an entry of a list whose cue an earlier name carries: «по селам Хонобод, Танги и Ходжи-Али»)
        lister = next((other for other in reversed(spans[max(0, k - MAX_LIST_ENTRIES):k])
                       if other.cue and name in other.cue and other.end <= span.start), None)
        # (the list's cue with this entry's place marked: "villages of Somoniyon, … and Hoji-Ali")
        listing = None if lister is None else _list_text(lister, text).replace(name, "…", 1)
        noun = _SETTLEMENT_BEFORE.search(text, max(0, span.start - 20), span.start) \
            or _SETTLEMENT_AFTER.match(text, span.end) or _LIST_NOUN.match(listing or "")
        if noun is None:
            # ("two shepherds from Kok-Tash in Leilek district": a district named right after as its own)
            if _in_border_zone(place) and place.kind == "curated" \
                    and ((unit := _district_possessive_before(k, spans, resolved, text)) is not None
                         or (unit := _own_unit(k, spans, resolved, text)) is not None and unit.is_district) \
                    and unit.country_code == place.country_code and _of_another_district(place, unit):
                # "Families Moved From Leilek's Kok-Tash", "from Kok-Tash in Leilek district": the district's own
                # village of that name, not the namesake of another district the gazetteer's table has (not an
                # enclave named with the other country's district around it: "Western Kalacha in Leilek district")
                far[span.key] = ("village …", name)
            continue
        if _MAHALLA_CUE.search(noun.group(0)):
            # (a quarter named like another place is read by the roles, the village it is part of; but one whose
            # district lies far from the place of its name is a quarter the gazetteer lacks: «в махалле Гулистон
            # сельского джамоата Кулканд Исфаринского района», not the Guliston near Khujand)
            unit = _district_after_a_quarter(k, spans, resolved, text)
            if unit is not None and _of_another_district(place, unit):
                far[span.key] = (f"{noun.group(0).strip()} …", name)
            continue
        if units and not _in_border_zone(place) \
                and min(haversine_km(place.lat, place.lon, unit.lat, unit.lon) for unit in units) > FAR_NAMESAKE_KM \
                or _of_another_district(place, _own_unit(k, spans, resolved, text)) \
                or _a_town_called_a_village_of_a_rural_unit(k, spans, place, noun, text):
            far[span.key] = (listing if noun.string == listing else f"{noun.group(0).strip()} …", name)
    if far:
        # (not where another mention names the gazetteer's own district as the village's: «два Кок-Таша ... на окраине
        # села Көк-Таш Ак-Сайского айыл окмоту Баткенского района ... в другом Кок-Таше – селе Сумбулинского айыл
        # окмоту Лейлекского района», two villages of one name, the one the gazetteer has among them)
        confirmed = {found.place.id for k, (span, found) in enumerate(zip(spans, resolved))
                     if span.kind == "place" and found is not None and not found.place.is_unit
                     and not _NOT_THIS_ONE.search(text, max(0, span.start - 60), span.start)
                     and (unit := _own_unit(k, spans, resolved, text)) is not None and unit.is_district
                     and not _of_another_district(found.place, unit)}
        for k, (span, found) in enumerate(zip(spans, resolved)):
            if span.key in far and span.kind == "place" and found is not None and found.place.id in confirmed:
                del far[span.key]
    # (every mention of it, in any case form: «в махалле Гулистон» ... «жители Гулистона»)
    far_places = {resolved[k].place.id: span.key for k, span in enumerate(spans)
                  if span.key in far and span.kind == "place" and resolved[k] is not None}
    seen: set[str] = set()
    for k, span in enumerate(spans):
        key = span.key if span.key in far else far_places.get(resolved[k].place.id) \
            if span.kind == "place" and resolved[k] is not None else None
        if span.kind == "place" and key is not None:
            cue, name = far[key]
            spans[k] = replace(span, kind="cue", cue=f"{cue} {NAMED_AGAIN}" if key in seen else cue, cue_name=name)
            resolved[k] = None
            seen.add(key)


#: The population above which the gazetteer's place is a town, not the village of a jamoat or aiyl okmotu the text tells.
TOWN_POPULATION = 30000


def _a_town_called_a_village_of_a_rural_unit(index: int, spans: list[Span], place: Place, noun: re.Match[str],
                                              text: str) -> bool:
    """A name the text calls a village of a rural unit it names right after, that the gazetteer has only as a town:
    "Guliston, a village of the Kulkand jamoat" is not the town of Guliston (formerly Kairakkum)."""
    told = noun.group(0).lower()
    if place.population < TOWN_POPULATION or "village" not in told and "сел" not in told:
        return False
    span = spans[index]
    later = next((other for other in spans[index + 1:index + 3] if other.start > span.end), None)
    return later is not None and later.kind == "cue" and _RURAL_UNIT_CUE.search(later.cue or "") is not None \
        and later.start - span.end <= OWN_UNIT_GAP_CHARS


def _district_after_a_quarter(index: int, spans: list[Span], resolved: list[ResolvedPlace | None],
                              text: str) -> Place | None:
    """The border-zone district named after a quarter and the unknown village or jamoat it is part of, within its
    sentence («махалле Гулистон сельского джамоата Кулканд |Исфаринского района|»), or ``None``."""
    quarter = spans[index]
    for k in range(index + 1, len(spans)):
        later = spans[k]
        if later.start > quarter.end + OWN_UNIT_GAP_CHARS or _CLAUSE_END.search(text, quarter.end, later.start):
            return None
        if later.kind in ("cue", "country_reference") or resolved[k] is None:
            continue  # (the village it is part of, which the gazetteer lacks)
        place = resolved[k].place
        return place if place.is_district and _in_border_zone(place) else None
    return None



def _list_text(span: Span, text: str) -> str:
    """The text of the cue a span carries, with its own name in place of its mark ("villages of Somoniyon, Muminobod
    and Hoji-Ali" for Hoji-Ali's "villages of Somoniyon, Muminobod and …")."""
    cue = (span.cue or "").removesuffix(f" {NAMED_AGAIN}")
    return cue.replace("…", span.cue_name or text[span.start:span.end], 1)


def _map_at_units(spans: list[Span], resolved: list[ResolvedPlace | None], text: str,
                  structure: ArticleStructure | None) -> None:
    """Resolve, in place, each unknown name in a settlement's cue to its stand-in, where a unit maps it."""
    places: dict[str, Place | None] = {}  # name as its cue gave it -> its stand-in (one per village)
    units = _Units(spans, resolved, structure)
    # the cues themselves first, then the names told again (which may come first: a headline's «в Борбордуке»)
    order = sorted((i for i, span in enumerate(spans) if span.kind == "cue"),
                   key=lambda i: (spans[i].cue is not None and spans[i].cue.endswith(NAMED_AGAIN), i))
    order = [i for i in order if resolved[i] is None and spans[i].cue is not None
             and _SETTLEMENT_CUE.search(spans[i].cue) is not None]  # (not a street, a county: villages and posts)
    # a unit named right after any of a village's mentions is its own ("… в селе Кайрагач Лейлекского района"); else
    # the nearest to its first, in the country its cue names ("the Kyrgyz village of …", «таджикского села …»)
    own: dict[str, Place] = {}
    lists: dict[str, set[str]] = {}  # a list's text -> the names of its entries
    for index in order:
        name = spans[index].cue_name or text[spans[index].start:spans[index].end]
        if name not in own and not _NOT_THIS_ONE.search(text, max(0, spans[index].start - 20), spans[index].start) \
                and (unit := _own_unit(index, spans, resolved, text)) is not None:
            own[name] = unit
        if "…" in (spans[index].cue or ""):
            lists.setdefault(_list_text(spans[index], text), set()).add(name)
    # ... and the entries of a list share the unit named after its last («по селам Сомониён, Муминобод и Ходжи-Али
    # джамоата Чоркух», "at the villages of Somoniyon, Muminobod and Hoji-Ali in the Chorkuh jamoat")
    for names in lists.values():
        shared = {own[name].id: own[name] for name in names if name in own}
        if len(shared) == 1:
            for name in names:
                own.setdefault(name, next(iter(shared.values())))
    # the country any of a village's mentions tells («Хукумат Исфары: ... жителей Гузлона» in the headline, «таджикского
    # села Гузлон» in the body)
    countries: dict[str, str] = {}
    for index in order:
        if (country := _country_told(text, spans[index])) is not None:
            countries.setdefault(spans[index].cue_name or text[spans[index].start:spans[index].end], country)
    for index in order:
        span = spans[index]
        name = span.cue_name or text[span.start:span.end]
        if name not in places:
            country = countries.get(name)
            unit = own.get(name) or units.nearest(span.start, country) \
                or units.sole_district_village(span.start, country) \
                or (units.nearest_of_country(span.start, country) if country is not None else None)
            places[name] = None if unit is None else _stand_in(name, unit)
        place = places[name]
        if place is None:
            continue
        spans[index] = replace(span, kind="place")
        resolved[index] = ResolvedPlace(place=place, score=STAND_IN_SCORE, match="stand-in")


#: How far (km) from its unit's point a village mapped there may lie: in a district, around a town, jamoat or aiyl
#: okmotu, in a region.
DISTRICT_REACH_KM = 25.0
TOWN_REACH_KM = 15.0
REGION_REACH_KM = 100.0


def stand_in_reach_km(place: Place) -> float:
    """How far a stand-in may lie from the point it is mapped at (0 for a place the gazetteer locates).

    A rule that asks whether two places are neighbours takes the least distance they may be apart.
    """
    unit = place.stand_in_unit
    if unit is None:
        return 0.0
    if place.stand_in_precision == 3:
        return REGION_REACH_KM
    return DISTRICT_REACH_KM if place.admin2 == unit else TOWN_REACH_KM


#: How far before a village its people may be named ("two residents of …", «один житель …»), in characters.
RESIDENTS_CHARS = 80
#: How far (characters) after the home of one party of a fight the other party's home may be named.
_OTHER_PARTY_CHARS = 160
#: "and" between the homes of two parties.
_AND = re.compile(r"(?<!\w)(?:and|и)(?!\w)", re.I)
#: The end of a clause or sentence between two names.
_CLAUSE_END = re.compile(r"[.;:!?\n]")
#: A place's people named after it: "two Ravat residents".
_RESIDENTS_AFTER = re.compile(r"[ \t]+(?:residents|villagers|inhabitants)\b")
#: The cue of a unit: "Sayliobod jamoat".
#: Between a place and the unit named as its own: "Tojvaron, Sayliobod jamoat", "Tojvaron, in Sayliobod jamoat".
_UNIT_OF_BEFORE = re.compile(r"\s*,?\s*(?:(?:in|of)\s+(?:the\s+)?|в\s+)?")
#: The cue of a post or a unit (not a village): "the Sumbula border post", «заставы «Дара»», "Sayliobod jamoat".
_POST_OR_UNIT_CUE = re.compile(r"post|outpost|checkpoint|jamoat|mahalla|застав|джамоат|махалл", re.I)
#: The cue of a list of posts: «по пограничным заставам «…», «Мин-Булак»», "the posts of …, Dostuk and Min-Bulak".
_LISTED_POSTS = re.compile(r"(?:застав(?:ы|ам|ах|ами)?|posts\s+of(?:\s+the)?)\s+[«\"„]?…[»\"“]?\s*(?:,|\s(?:и|and)\s)", re.I)
#: The cue of a village's quarter: «махалли Сомониён».
_MAHALLA_CUE = re.compile(r"mahalla|махалл", re.I)
#: The cue of a tract: "in the Kara-Jygach area", «в местности Кара-Сеңир».
_TRACT_CUE = re.compile(r"area|местност|урочищ", re.I)
#: ... measured from a village after it: "…, 3 kilometers south of the village", «…, в 500 метрах от села».
_FROM_A_VILLAGE_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?\d[\d.,]*\s*(?:km|kilomet\w+|met(?:er|re)s?|км|м|метр\w*|километр\w*)\b[^.;!?\n]{0,40}?"
    r"(?:village|сел[аоу]|кишлак)", re.I)


def _village_after(mention: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """The located village named right after a quarter as the one it is part of («махалли Бахор джамоата
    Овчи-Калача»)."""
    village = next((m for m in mentions if m.start >= mention.end), None)
    if village is None or village.place is None or village.place.is_unit or village.place.stand_in_unit \
            or village.start - mention.end > OWN_UNIT_GAP_CHARS \
            or not _OWN_UNIT_BETWEEN.fullmatch(text, mention.end, village.start):
        return None
    return village


def _located_scene(mention: Mention) -> bool:
    place = mention.place
    return mention.role == "incident" and place is not None and place.stand_in_unit is None and not place.is_unit \
        and place.country_code in ("KG", "TJ") and place.kind in ("city", "curated")


def settle_stand_ins(mentions: list[Mention], text: str, residents_before: re.Pattern[str]) -> None:
    """Give each scene at a stand-in its coarser precision, or make it an unknown name again where a located place
    tells the scene.

    Parameters
    ----------
    mentions : list of Mention
        The article's mentions, roles assigned, in text order.
    text : str
        The article text.
    residents_before : re.Pattern
        The language pack's words for a place's people before its name ("residents of", «жители»).

    Notes
    -----
    - A stand-in named as no scene of the article becomes an unknown name again, read by the rules that read those
      ("Around 300 residents of Kushdevor spent the night in a school in central Isfara").
    - A quarter named with its village right after it is that village («в махалле Муминабад джамоата Чоркух»), and a
      post the gazetteer lacks, fired at beside a village or tract of its sentence, is no scene of its own («в местности
      Как-Сай ... открыли огонь по пограничникам заставы "Достук"»).
    - A located border-zone settlement a stand-in's sentence measures it from maps it better than the unit's point:
      "on the Tuura-Bel border post, about 3 km from the village of Andarak" is mapped at Andarak's point.
    - A village named only as its people's home, in an article with a located scene, is no scene ("residents of
      Kayragach blocked the road to the enclave ... one resident of Kayragach was hurt").
    - A jamoat named right after a place is that place's unit ("Tojvaron, in Sayliobod jamoat").
    - A post or a jamoat yields to a located scene of the article (a post is named after or beside a village: «наряд
      заставы «Жекенди» ... в районе Кара-Шыбак»); so does a tract beside a located scene of its sentence («в
      местности Сары-Булак вблизи села Ак-Суу») or measured from a village named before it ("in the Kara-Jygach area,
      3 kilometers south of the village"), while a tract named as the scene stays («стрельба в местности Кара-Сеңир,
      у дороги на перевал»).
    - Elsewhere the scene is kept at the precision of the unit it is mapped at
      (:attr:`~geo.gazetteer.model.Place.stand_in_precision`).
    """
    _settle_scenes(mentions, text, residents_before)
    scenes = {m.place.id for m in mentions if m.role == "incident" and m.place is not None}
    for mention in mentions:
        if mention.role == "context" and mention.place is not None and mention.place.stand_in_unit \
                and mention.place.id not in scenes:
            # (named as no scene, it is an unknown name again, read by the rules that read those: "Around 300
            # residents of Kushdevor spent the night in a school in central Isfara")
            mention.kind, mention.resolved, mention.country_code = "cue", None, None
            mention.role, mention.precision = "unresolved", None


def _its_unit_next(mention: Mention, located: list[Mention], text: str) -> bool:
    """A located place named right after a tract as the unit it lies in ("the Hoji-Ali area of the Chorkuh jamoat"):
    the tract is the more precise scene, not one beside it."""
    return any(other.start > mention.end and other.sentence_index == mention.sentence_index
               and _OWN_UNIT_BETWEEN.fullmatch(text, mention.end, other.start) is not None for other in located)


def _settle_scenes(mentions: list[Mention], text: str, residents_before: re.Pattern[str]) -> None:
    stand_ins = [m for m in mentions if m.role == "incident" and m.place is not None and m.place.stand_in_unit]
    if not stand_ins:
        return
    references = {m.sentence_index: m for m in mentions if m.role == "context" and m.role_reason == REFERENCE_POINT
                  and m.place is not None and m.place.stand_in_unit is None and not m.place.is_unit
                  and m.place.country_code in ("KG", "TJ") and m.place.kind in ("city", "curated")}
    repointed: dict[int, Place] = {}
    for mention in stand_ins:
        reference = references.get(mention.sentence_index)
        if reference is not None and mention.place.id not in repointed:
            place = mention.place
            repointed[place.id] = _stand_in(place.name_ru or place.name, reference.place)
    for mention in mentions:
        if mention.place is not None and mention.place.id in repointed:
            mention.resolved = ResolvedPlace(place=repointed[mention.place.id], score=STAND_IN_SCORE, match="stand-in")
    stand_ins = [m for m in mentions if m.role == "incident" and m.place is not None and m.place.stand_in_unit]
    located = [m for m in mentions if _located_scene(m)]
    first_located = located[0].start if located else len(text) + 1
    located_sentences = {m.sentence_index for m in located}
    def named_apart_from_people(m: Mention) -> bool:
        return not residents_before.search(text, max(0, m.start - RESIDENTS_CHARS), m.start) \
            and not _RESIDENTS_AFTER.match(text, m.end)

    stand_in_homes = [m for m in stand_ins if not named_apart_from_people(m)]

    def people_of_the_other_party(m: Mention) -> bool:
        """«между жителями приграничных сел Уч-Добо Баткенского района ... и Ходжа-Аъло»: a place coordinated with
        the home of a stand-in's people just before it is the other party's home."""
        return any(h.sentence_index == m.sentence_index and 0 < m.start - h.end <= _OTHER_PARTY_CHARS
                   and _AND.search(text, h.end, m.start) and not _CLAUSE_END.search(text, h.end, m.start)
                   for h in stand_in_homes)

    # (a located scene itself named only as its people's home is no better a scene: "the clash erupted between
    # residents of the Tajik village of Somoniyon ... and residents of the Kyrgyz village of Koktash")
    other_parties = {m.place.id for m in located if people_of_the_other_party(m)}
    homes_only = {m.place.id for m in stand_ins} - {
        m.place.id for m in mentions if m.place is not None and m.place.stand_in_unit
        and named_apart_from_people(m)} if {m.place.id for m in located} - other_parties else set()
    ends = sorted(m.end for m in mentions if m.place is not None)
    for mention in stand_ins:
        cue = mention.cue or ""
        village = _village_after(mention, mentions, text) if _MAHALLA_CUE.search(cue) else None
        k = bisect_right(ends, mention.start) - 1  # the place named last before it
        after_a_place = k >= 0 and _UNIT_OF_BEFORE.fullmatch(text, ends[k], mention.start) is not None
        if mention.place.id in homes_only:
            reason = "named only as its people's home, in an article with a located scene"
        elif _RURAL_UNIT_CUE.search(cue) and after_a_place:
            reason = "the jamoat of the place named before it"
        elif village is not None:
            # «в махалле Муминабад джамоата Чоркух»: a quarter of the village named right after it
            reason = "a quarter of the village named after it"
        elif POST_CUE.search(cue) and any(
                # (not one this loop already made an unknown name again)
                other.sentence_index == mention.sentence_index and other.place is not None
                and other.place.id != mention.place.id
                and other.role == "incident" and not _POST_OR_UNIT_CUE.search(other.cue or "")
                # (nor another post: «по пограничным заставам «Капчыгай», «Мин-Булак», «Достук», а также на
                # пограничные посты «Кожогар» и «Булак-Баши»» are five posts fired at)
                and not POST_CUE.search(other.cue or "") for other in stand_ins):
            # «в местности Как-Сай ... открыли огонь по пограничникам заставы "Достук"»: the post fired at is named
            # beside the tract it was fired at in
            reason = "a post the gazetteer lacks, beside a village or tract of its sentence"
        elif _POST_OR_UNIT_CUE.search(cue) and located and not (
                # (not posts fired at in a list of their own, far from the located scene: «таджикская сторона открыла
                # огонь по пограничным заставам «Капчыгай», «Мин-Булак», «Достук»» before «отряд ... захватил
                # пограничную заставу «Ходжа Аълло»»)
                _LISTED_POSTS.search(cue) and not located_sentences & {mention.sentence_index - 1,
                                                                       mention.sentence_index,
                                                                       mention.sentence_index + 1}) \
                or _TRACT_CUE.search(cue) and not _its_unit_next(mention, located, text) \
                and (mention.sentence_index in located_sentences or (
                    first_located < mention.start and _FROM_A_VILLAGE_AFTER.match(text, mention.end))):
            reason = "a post, jamoat or tract the gazetteer lacks, in an article with a located scene"
        else:
            mention.precision = max(mention.precision or 1, mention.place.stand_in_precision or 1)
            continue
        # (back to the unknown name it was: the article's other rules read it as before, and the located place it
        # was measured from is the event's, as it would have been: "on the Sumbula border post, about 3 km from
        # Andarak")
        scene_reason = mention.role_reason
        mention.kind, mention.resolved, mention.country_code = "cue", None, None
        mention.role, mention.role_reason, mention.precision = "unresolved", reason, None
        reference = references.get(mention.sentence_index)
        if reference is not None and reference.role == "context":
            reference.role, reference.precision = "incident", 2
            reference.role_reason = f"near an event at a place the gazetteer lacks ({mention.text!r})"
        elif village is not None and village.role == "context":
            # «открыли огонь по жителям махалли Сомониён джамоата Чоркух», «Махалля Бахор джамоата Овчи-Калача»: a
            # quarter's event is that of the village named right after it, for the same reason
            village.role, village.precision, village.role_reason = "incident", 1, scene_reason
