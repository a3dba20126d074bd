"""Homes, neighbours and areas: villages named as the homes of the people hurt, of the other party or of a
neighbour give way to the scene; an area gives way to its villages; the other government's version of a fight
at its own village; venues of a named section.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache, partial
import datetime as dt
import re

from geo.geoparse.cues import DETACHMENT_POST_CUE
from geo.geoparse.model import Mention
from geo.geoparse.roles import CEASEFIRE_VENUE, CUE_WINDOW, DESTINATION, INCIDENT_SCENE, QUIET_HEADING
from geo.geoparse.stand_ins import RESIDENTS_CHARS
from geo.incidents.events.clauses import (
    clause_types, _demote, _km, _LANDMARK_OF_THE_SCENE, _news_text, _OTHER_PARTY, SAME_EVENT_KM, _SENTENCE_CLAUSES,
    _sentence_spans, IN_THE_HEADLINE,
)
from geo.incidents.events.dates import _clock_minutes, _exact_days, _is_statement_date
from geo.incidents.events.headings import _section_of, _topic_headings
from geo.incidents.model import Clause, Figure
from geo.incidents.structure import ArticleStructure
from geo.incidents.taxonomy import ARMED_TYPES, FIGHTING_TYPES
from geo.language import LanguagePack
from geo.language.folding import blank_matches

#: How far (km) a village the text calls the neighbouring one may lie from the scene.
NAMED_NEIGHBOUR_KM = 25.0

#: How far (km) a district of the other country may lie from a fight placed at a village, to be that fight's
#: other version ("on a section of the border in Isfara district").
OTHER_SIDES_DISTRICT_KM = 30.0

#: "had wounded three| residents of |Ovchi-Kalacha": the people a verb-first figure counts, then their village.
_OBJECT_PEOPLE_OF = re.compile(r"\s+(?:residents|villagers|inhabitants|people)\s+(?:of|from)\s+(?:the\s+)?"
                               r"(?:(?:village|town)\s+of\s+)?", re.I)

#: Seats of a region or district (GeoNames PPLA, PPLA2): named as a home, one stands for its district.
_AREA_SEATS = frozenset({"PPLA", "PPLA2"})

#: How far before a town (characters) the fight named again may stand («по факту драки в |Исфаре»).
FIGHT_AGAIN_CHARS = 40


def _seats_named_as_homes(
        placed: list[tuple[int, Mention, list[str]]], text: str,
        pack: LanguagePack) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A district's or region's seat named as the people's home stands for its district.

    "One resident of Isfara was killed and three others were wounded when shots were fired at two
    villages of the town's border jamoats", then a paragraph each for Chorkuh and Surkh; «Трое
    жителей Исфары пострадали в двух инцидентах», then Chilgazi and Surkh: the town is no event of
    its own when the article's events are at villages of its district, and when there are several of
    them the figures of its clause (the sums) go to no incident. Returns the events kept and the
    summing clauses.
    """
    points = {m.place.id: m.place for _, m, _ in placed
              if m.place is not None and m.role_reason != CEASEFIRE_VENUE and not m.place.is_unit}.values()
    villages: dict[int, int] = {}  # a seat named as a home -> how many event places its district holds
    kept, summaries = [], set()
    for index, mention, types in placed:
        seat = mention.place
        if seat is None or seat.feature_code not in _AREA_SEATS or not seat.admin2:
            kept.append((index, mention, types))
            continue
        if seat.id not in villages:
            villages[seat.id] = sum(point.id != seat.id and point.admin2 == seat.admin2
                                    and point.admin1 == seat.admin1 for point in points)
        if pack.roles.residents_before.search(text, max(0, mention.start - 80), mention.start):
            if villages[seat.id]:
                _demote(mention, "the home town of people hurt at villages of its district")
                if villages[seat.id] > 1:
                    summaries.add(index)
                continue
        if villages[seat.id] and pack.event_words.fight_again.search(text, max(0, mention.start - FIGHT_AGAIN_CHARS),
                                                                      mention.start):
            # «по факту драки в Исфаре возбуждено уголовное дело» after the brawl at Chilgazi, a jamoat of Isfara:
            # the fight named again by its town
            _demote(mention, "the town of the fight told at a village of its district, named again")
            continue
        kept.append((index, mention, types))
    summaries -= {index for index, _, _ in kept}  # a clause that also names a village keeps its figures
    return kept, summaries


def _areas_with_their_villages(
        placed: list[tuple[int, Mention, list[str]]], text: str,
        pack: LanguagePack, clauses: list[Clause] | None = None) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A district or region gives way to the article's event places inside it, unless its clause dates it to a day
    none of theirs is on («В субботу, 30 марта, ... на участке Баткенского пограничного отряда ... обменялись огнем»
    beside a drone at Ming-Bulak on the Wednesday after: two events).

    "Kyrgyzstan said three of its villages in the Leilek district came under
    fire", then a paragraph each for Maksat, Kulundu and Korgon: the district
    sums the events at its villages; it is no event of its own, and when it
    holds more than one of them the figures of its clause (the sums) go to no
    incident; with one, they are that village's ("one Kyrgyz border guard was
    killed in Chon-Alay district", then the village). Returns the events kept
    and the summing clauses.
    """
    def inside(place, area) -> bool:
        if area.kind == "border":  # "in three villages ... on the Kyrgyz-Tajik border": each of them
            return place.country_code in ("KG", "TJ")
        if area.is_region:
            return place.country_code == area.country_code and place.admin1 == area.name
        return place.admin2 == area.name and place.admin1 == area.admin1

    # distinct places: a long article names the same few places many times
    points = {m.place.id: m.place for _, m, _ in placed
              if m.place is not None and m.role_reason != CEASEFIRE_VENUE and not m.place.is_unit
              and m.place.kind != "border"}.values()
    # ... and a region gives way to a district of its own ("in the west of the Batken region", then a
    # village the article places in Leilek district, for which the district stands)
    districts = {m.place.id: m.place for _, m, _ in placed
                 if m.place is not None and m.role_reason != CEASEFIRE_VENUE and m.place.is_unit
                 and not m.place.is_region}.values()
    villages: dict[int, int] = {}  # area id -> how many of the article's event places lie inside it
    kept = []
    summaries: set[int] = set()
    gave_way: list[tuple[int, Mention]] = []  # (clause, area) that gave way to its villages
    for index, mention, types in placed:
        area = mention.place
        if area is not None and (area.is_unit or area.kind == "border") and area.id not in villages:
            villages[area.id] = sum(inside(point, area) for point in points) or \
                (sum(inside(district, area) for district in districts) if area.is_region else 0)
        if area is not None and area.is_unit \
                and pack.event_words.territory_before.search(text, max(0, mention.start - 120), mention.start) \
                and any(point.country_code in ("KG", "TJ") and point.country_code != area.country_code
                        for point in points):
            # the other side's version of where: 'detained "on the territory of Kuhistoni Mastchoh district, 1.5
            # kilometers from the line"' of herders the article places at their Kyrgyz village
            _demote(mention, "the other side's version of where, told by its territory")
            continue
        if area is not None and villages.get(area.id, 0) and not (
                area.is_unit and pack.event_words.unknown_village_in_before.search(text, max(0, mention.start - 60), mention.start)) \
                and not (clauses is not None and _a_day_of_its_own(index, mention, placed, clauses, text, pack, inside)):
            # (not "a summer pasture near the village of Karamyk in Chong-Alay district": the district stands for
            # a place of its own the gazetteer lacks)
            _demote(mention, "an area whose villages are the article's event places")
            if villages[area.id] > 1:
                summaries.add(index)  # its figures sum several villages' events
            gave_way.append((index, mention))
            continue
        kept.append((index, mention, types))
    if gave_way:
        # "the September 16 shooting on the Tajik-Kyrgyz border between Tajikistan's Bobojon-Ghafourov district ...
        # and the Leilek district of Kyrgyzstan", then the Bahor mahalla of Ovchi-Kalacha: the district across the
        # section from the one that gave way to its village is the section's other end, no event of its own
        ends = []
        for index, mention, types in kept:
            if mention.place is not None and mention.place.is_unit and any(
                    k == index and area.end <= mention.start and area.place.country_code != mention.place.country_code
                    and pack.between_before.search(text, max(0, area.start - 40), area.start)
                    and pack.coordinated.fullmatch(text, area.end, mention.start)
                    for k, area in gave_way):
                _demote(mention, "the other end of a section between it and a district whose village is the event's")
                continue
            ends.append((index, mention, types))
        kept = ends
    summaries -= {index for index, _, _ in kept}  # a clause that also names a village keeps its figures
    return kept, summaries


def _a_day_of_its_own(index: int, area: Mention, placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause],
                      text: str, pack: LanguagePack, inside: Callable) -> bool:
    """Whether a district named for the border detachment whose section it is («на участке Баткенского пограничного
    отряда») has a clause that names a single day more than :data:`DAYS_OF_ONE_FIGHT` days from every day its
    villages' event clauses name (they must name some). A district named as such ("in Leilek district") sums its
    villages' events whatever the days: a follow-up dates the death, the district the shooting."""
    if area.cue != DETACHMENT_POST_CUE:
        return False
    own = _exact_days(clauses[index], text, pack)
    if not own:
        return False
    theirs: set[dt.date] = set()
    for k, mention, _ in placed:
        if mention.place is not None and not mention.place.is_unit and mention.place.kind != "border" \
                and inside(mention.place, area.place):
            theirs |= _exact_days(clauses[k], text, pack)
    # (days apart, not the next day of a fight told over two: "exchanged fire for a second day Friday")
    return bool(theirs) and all(abs((day - other).days) > DAYS_OF_ONE_FIGHT for day in own for other in theirs)


#: How many days apart an area's event and its villages' may lie and still be one fight the area sums.
DAYS_OF_ONE_FIGHT = 2


def _displaced_owners(figures: Sequence[Figure], places: Sequence[Mention], text: str, clause: Clause,
                      pack: LanguagePack) -> dict[int, Mention]:
    """For a clause that names several event places each as where people were moved from, the place each count of the
    displaced belongs to: the last one named "from" before it («Из Кара-Бака вывезены 870 человек, из Чека ... — 370
    человек»). Figures ids -> their place; a count with no such place before it is not in the map."""
    origins = [m for m in places if pack.event_words.moved_from_before.search(text, max(clause.start, m.start - 24),
                                                                              m.start)]
    if len(origins) < 2:
        return {}
    owners: dict[int, Mention] = {}
    for figure in figures:
        if figure.measure != "displaced" or not figure.value:
            continue
        at = text.find(figure.text, clause.start, clause.end)
        before = [m for m in origins if m.start < at]
        if at >= 0 and before:
            owners[id(figure)] = before[-1]
    return owners


def _shared_evacuation_origins(placed: list[tuple[int, Mention, list[str]]],
                               displaced_counts: Callable[[int], int]) -> list[tuple[int, Mention, list[str]]]:
    """«Из Кулунду и соседнего села Максат в Раззаков вывезены около 500 женщин и детей»: a figure
    shared by several places goes to the first named, and a later one that the article names for
    nothing else is no event of its own.

    Only in a clause that reports nothing but an evacuation, and only where the first place has an
    event in another clause of the article (the fighting the people fled); not where the clause gives
    each place its own count (``displaced_counts``: how many it gives): «Из Кара-Бака вывезены 870
    человек, из Чека ... — 370 человек».
    """
    by_clause: dict[int, list[Mention]] = {}
    for index, mention, types in placed:
        if set(types) <= {"evacuation_displacement"} and mention.place is not None:
            by_clause.setdefault(index, []).append(mention)
    dropped: set[int] = set()
    for index, mentions in by_clause.items():
        first = mentions[0].place.id
        # the clauses that tell this evacuation again ("evacuated from Katran and Uch-Bulak" in the
        # summary and in the body) are no other event of its places
        again = {i for i, others in by_clause.items() if others[0].place.id == first}
        if len({m.place.id for m in mentions}) < 2 or not any(
                i not in again and m.place is not None and m.place.id == first for i, m, _ in placed) \
                or displaced_counts(index) >= len({m.place.id for m in mentions}):
            continue
        for mention in mentions[1:]:
            if mention.place.id != first and not any(
                    i not in again and m.place is not None and m.place.id == mention.place.id for i, m, _ in placed):
                _demote(mention, "a later place of an evacuation figure shared with the first named")
                dropped.add(id(mention))
    return [entry for entry in placed if id(entry[1]) not in dropped]


def _one_victim_described(clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The clause's casualty figures are one person each, described rather than counted ("A 38-year-old
    resident of Andarak was seriously wounded", «38-летний житель села Андарак получил тяжелое
    ранение»)."""
    figures = [f for f in pack.read_figures(text[clause.start:clause.end]) if f.measure in ("fatalities", "injured")]
    return bool(figures) and all(f.value == 1 and f.described and not f.additive for f in figures)


def _group_hurt(paragraph: int, clauses: list[Clause], text: str, pack: LanguagePack) -> bool:
    """The paragraph counts two or more people killed or hurt («Оба получили ранения», "two men were wounded")."""
    return any(f.measure in ("fatalities", "injured") and f.value >= 2
               for clause in clauses if clause.paragraph_index == paragraph
               for f in pack.read_figures(text[clause.start:clause.end]))


#: How far (characters) after a home village the relative clause that says where its resident was may name
#: that place («житель села Кара-Бак, который работал в саду родственников в Чеке»).
_WHERE_HE_WAS_CHARS = 90


def _counts_the_hurt_at(mention: Mention, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The clause counts the dead or hurt as the people of the place ("two residents of Khoja-Alo were hurt")
    and names no weapon."""
    clause_text = text[clause.start:clause.end]
    if pack.firearms.search(clause_text):
        return False
    offset = mention.start - clause.start
    return any(f.measure in ("fatalities", "injured") and f.value and f.start <= offset < f.end
               for f in pack.read_figures(clause_text))


#: Just before a region or district, its citizens: «граждан |Баткенской области», "citizens of |Batken region".
_CITIZENS_BEFORE = re.compile(r"\b(?:граждан\w*|citizens\s+of(?:\s+the)?)\s+$", re.I)


#: How far before a place (characters) the words that name it as the scene may start ("on the outskirts of").
SCENE_CUE_CHARS = 80
#: How many sentences back a village named as the scene still places the fight its residents' sentence tells.
SCENE_SENTENCES_BACK = 2


#: How many sentences after a village named as its residents' home a sentence may name the scene where they acted.
LATER_SCENE_SENTENCES = 2


#: A resident's property just before the village's name: "the livestock premises of a resident of |", «во двор жителя
#: села |».
_PROPERTY_OF_RESIDENTS_BEFORE = re.compile(
    # ... "set fire to 2 (two) haystacks and the cattle shed belonging to a resident of the village of Khojai A'lo"
    r"\b(?:premises|house|home|barn|shed|yard|courtyard|garden|orchard|roof|stable|hayloft|field|plot|shop|haystacks?)\s+"
    r"(?:of|belonging\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?:local\s+)?(?:resident|villager|farmer|shepherd|herder)s?\s+of\s+(?:the\s+)?(?:(?:village|jamoat|settlement)\s+of\s+)?$|"
    r"(?<![\w-])(?:дом\w*|двор\w*|сара[йея]\w*|хлев\w*|огород\w*|сад\w*|участ\w*|помещени\w*|крыш\w*|магазин\w*|"
    r"постройк\w*)\s+(?:[\w-]+\s+)?(?:жител[ьяеюи]\w*|жительниц\w*|фермер\w*|чабан\w*)\s+"
    r"(?:(?:села|джамоата|кишлака|поселка|посёлка)\s+)?$", re.I)


def _residents_of_a_neighbour(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                              pack: LanguagePack, sections: list[int],
                              mentions: Sequence[Mention], subsections: Sequence[int] = ()
                              ) -> list[tuple[int, Mention, list[str]]]:
    """A place named only as its people's home is context when the event is at a neighbour.

    "The trouble started when residents of the neighbouring Tajik village of
    Khistevarz crossed into Arka", "жителей соседнего таджикского джамоата
    Овчи-Калача" beside a clash at Kulundu: the participants' village is where
    they come from; the event is at the other place, within
    :data:`SAME_EVENT_KM`. A place named only that way, with no event place
    near it ("residents of Vorukh blocked the road"), stays the event place.
    An event told only under a later marked subheading (``subsections``, "## A
    post on the edge of Kulundu") is another story's, no neighbour of a home
    named before it ("a resident of Maksat had been detained").
    """
    def section(offset: int) -> int:
        return bisect.bisect_right(sections, offset)

    others: dict[int, dict[int, object]] = {}  # section -> distinct event places in it
    first_told: dict[int, int] = {}  # each event place -> where it is first told
    for _, m, _ in placed:
        if m.place is not None:
            others.setdefault(section(m.start), {})[m.place.id] = m.place
            first_told[m.place.id] = min(first_told.get(m.place.id, m.start), m.start)

    def later_subsection(other_id: int, mention: Mention) -> bool:
        return first_told[other_id] > mention.start and bisect.bisect_right(subsections, first_told[other_id]) \
            != bisect.bisect_right(subsections, mention.start)

    sentence_spans = cache(partial(_sentence_spans, clauses))

    def has_neighbour(mention: Mention) -> bool:
        """Another place of the article's events within SAME_EVENT_KM in the same section."""
        place = mention.place
        return place is not None and any(
            # a district is no neighbour: "a resident of Kara-Shybak" is more precise than "Chong-Alai district"
            other.id != place.id and not other.is_unit
            and _km(other, place) <= SAME_EVENT_KM and not later_subsection(other.id, mention)
            for other in others.get(section(mention.start), {}).values())

    def residents(index: int, mention: Mention) -> bool:
        clause = clauses[index]
        if not (pack.roles.residents_before.search(text[clause.start:mention.start])
                or pack.roles.residents_after.match(text, mention.end)
                # «ответить на атаки граждан Баткенской области»: the people of a region or district
                or mention.place.is_unit and _CITIZENS_BEFORE.search(text, clause.start, mention.start) is not None):
            return False
        if _PROPERTY_OF_RESIDENTS_BEFORE.search(text, max(clause.start, mention.start - 80), mention.start):
            # "dropped an explosive device on the livestock premises of a resident of Chilgazi jamoat", «на дом
            # жителя села Чилгази»: a resident's property, where it stands
            return False
        if pack.roles.fired_on_residents.search(text, max(clause.start, mention.start - 120), mention.start):
            # "Kyrgyz guards had opened fire on residents of the Tajik village of Chilgazi who were
            # cutting grass on their own land": the other government's version, at its own village
            return False
        if not has_neighbour(mention):
            return True  # no neighbour to be the scene: the exception below changes nothing
        if any(m.place is not None and m.place.id == mention.place.id and m.start < mention.start
               and clause.sentence_index - SCENE_SENTENCES_BACK <= m.sentence_index <= clause.sentence_index
               and m.role == "context" and m.role_reason not in (QUIET_HEADING, IN_THE_HEADLINE)
               and pack.roles.scene_before.search(text, max(0, m.start - SCENE_CUE_CHARS), m.start) is not None
               for m in mentions):
            # "residents of Bujum and of the neighbouring Tajik village of Kulkand met at a pumping station on the
            # outskirts of Bujum ... Bujum residents tried to stop them, and the argument turned into a brawl": the
            # village the sentences just before set the scene at (with no violence yet, not in a heading) is the
            # scene, whoever's home it is too
            return False
        if pack.roles.own_village_after.search(text, mention.end, sentence_spans()[clause.sentence_index][1]):
            # «жители села Самаркандык перекрыли трассу в центре села»: at home (also in a clause after their
            # report: "Residents of Arka report that | ... mortar rounds have been falling on the upper part of
            # the village")
            return False
        if any(clauses[i].sentence_index == clause.sentence_index and other.start > mention.end
               and other.place is not None
               and other.place.id != mention.place.id and pack.roles.scene_before.search(
                   text, max(clauses[i].start, other.start - CUE_WINDOW), other.start)
               for i, other, _ in placed):
            # "A 41-year-old shepherd from Isfisor was wounded ... on the outskirts of Khistevarz": the
            # sentence names where he was hurt ("A 13-year-old schoolgirl from Vorukh was injured ... when young men
            # threw stones at a minibus ... as it passed the Kyrgyz village of Ak-Sai")
            return True
        if pack.relative_aside.match(text, mention.end) and any(
                i == index and mention.end < other.start <= mention.end + _WHERE_HE_WAS_CHARS
                and other.place is not None and other.place.id != mention.place.id for i, other, _ in placed):
            # «38-летний житель соседнего села Кара-Бак, который работал в саду родственников в Чеке»: the
            # relative clause after his home says where he was
            return True
        # "Five residents of Kulundu were wounded": the people hurt at home, so the village is the scene;
        # not "two residents of Vorukh had also been hurt" (in the brawl told before, elsewhere)
        clause_text = text[clause.start:clause.end]
        if pack.also.search(clause_text) is not None:
            return True
        if pack.same_event.search(clause_text) is not None and any(
                k < index and other.place is not None and other.place.id != mention.place.id
                # (a scene, not another home: "Residents of Ak-Tatyr and Khoja-Alo fought with stones at a canal ...
                # three residents of Ak-Tatyr village sought medical help after the brawl")
                and not pack.roles.residents_before.search(text, max(0, other.start - 80), other.start)
                for k, other, _ in placed):
            # "Not far from the place of the incident, a 65-year-old resident of the Tajik village of Chorkuh ... was
            # shot dead" after the wounding at the Koktash post: hurt in the event told before
            return True
        offset = mention.start - clause.start
        figures = pack.read_figures(clause_text)
        # "a 31-year-old resident of Vorukh died of a gunshot wound in the central hospital in Isfara": he died in
        # hospital of a wound taken elsewhere; his village is his home
        if any(f.measure == "fatalities" and f.value and f.start <= offset < f.end for f in figures) and (any(
                m.role_reason == DESTINATION and mention.end < m.start < clause.end for m in mentions)
                # «скончался житель джамоата Ворух 1990 года рождения, получивший черепно-мозговую травму»: he died
                # of a wound taken in the fight told elsewhere
                or pack.died_of_wounds.search(clause_text) is not None):
            return True
        coordination = next((f for f in figures if f.start <= offset < f.end and f.measure in ("fatalities", "injured")
                             and pack.event_words.coordinated_part.search(clause_text, f.start, f.end)), None)
        if coordination is not None and (
                len({other.place.country_code for _, other, _ in placed if other.place is not None
                     and clause.start + coordination.start <= other.start < clause.start + coordination.end}) > 1
                or any(k < index and other.place is not None and other.place.id != mention.place.id
                       and not other.place.is_unit and section(other.start) == section(mention.start)
                       and _km(other.place, mention.place) <= SAME_EVENT_KM for k, other, _ in placed)):
            # one part of a coordination: "Three residents of Arka ... and two residents of ... Khistevarz were
            # injured" (both sides' villages), "one resident of Histevarz and one Tajik border guard had been
            # wounded" after the exchange placed at Arka: the people hurt in one fight, each named by their home
            # (not the lede's "Five residents of Kok-Tash village ... and three citizens of Tajikistan were
            # injured in a mass brawl", which may be at home)
            return True
        return not any(
            # "had wounded three residents of Ovchi-Kalacha": the people counted just before their village
            f.measure in ("fatalities", "injured") and f.value and (
                f.start <= offset < f.end or _OBJECT_PEOPLE_OF.fullmatch(clause_text, f.end, offset) is not None)
            for f in figures)

    home = []
    for number, (index, mention, types) in enumerate(placed):
        own = residents(index, mention)
        if not own and number and placed[number - 1][0] == index:
            # "residents of Surkh and the neighbouring Kök-Tash": the second is named the same way (also after the
            # units that locate the first: «между жителями приграничных сел Уч-Добо Баткенского района Баткенской
            # области и Ходжа-Аъло»)
            before = number - 1
            while before > 0 and placed[before][0] == index and placed[before][1].place is not None \
                    and placed[before][1].place.is_unit and not home[before]:
                before -= 1
            own = home[before] and placed[before][0] == index \
                and bool(pack.coordinated.fullmatch(text, placed[number - 1][1].end, mention.start))
        # people moved from their homes: their village is the event place ("moved 650 residents of Chilgazi")
        home.append(own and "evacuation_displacement" not in types)

    # "Four residents of Ak-Tatyr were injured", later "two residents of Khoja-Alo ... were injured": each
    # government counts its own people hurt in one fight; the second village's count is the other party's
    # hurt, not a second scene
    # ... and after a brawl told at one village ("a mass brawl broke out at Kara-Bak"), "two residents of
    # Lakkon were injured" counts the other party's hurt (not after shelling: its shells may hit both)
    @cache
    def unarmed_brawl() -> bool:
        """The article names a brawl and, in its news, no shot or weapon."""
        return _unarmed_fight(text, clauses, pack)

    counted_scenes: list[tuple[int, object]] = []  # (section, place) of villages whose hurt people were counted
    brawl_scenes: list[tuple[int, object]] = []  # ... of those, the scenes of a brawl
    for number, (index, mention, types) in enumerate(placed):
        place = mention.place
        if home[number] or place is None or place.is_unit:
            continue
        key = section(mention.start)
        if "border_incident_protest" in types and not ARMED_TYPES & set(types) \
                or ARMED_TYPES & set(types) == {"armed_clash"} and unarmed_brawl() \
                and not pack.roles.residents_before.search(text[clauses[index].start:mention.start]):
            # ("The fight broke out ... on the outskirts of Lakkon" in an article of a brawl with sticks and stones
            # that names no shot: the fight is the brawl)
            counted_scenes.append((key, place))
            brawl_scenes.append((key, place))
            continue
        if not pack.roles.residents_before.search(text[clauses[index].start:mention.start]):
            continue
        if not set(types) <= {"casualty_report"}:
            # ... and so is a count in a clause that names the fight again, with no weapon ("two residents of
            # Khoja-Alo were hurt and treated in Isfara, and blamed the Kyrgyz side for starting the fight")
            if _counts_the_hurt_at(mention, clauses[index], text, pack) and any(
                    k == key and other.id != place.id
                    and _km(other, place) <= SAME_EVENT_KM
                    for k, other in brawl_scenes):
                home[number] = True
            continue
        if any(k == key and other.id != place.id
               and _km(other, place) <= SAME_EVENT_KM
               for k, other in counted_scenes):
            home[number] = True
        else:
            counted_scenes.append((key, place))
    # the two parties of a fight named as their people's homes in one clause ("residents of Lakkon and of
    # the neighbouring Kyrgyz village of Kara-Bak clashed"): a later count of one party's hurt ("two
    # residents of Lakkon were injured") is no scene of its own that would make both parties mere homes
    clause_homes: dict[int, set[int]] = {}
    for (index, mention, _), own in zip(placed, home):
        # (not the district that locates a village: «Житель села Арка Лейлекского района»)
        if own and mention.place is not None and not mention.place.is_unit:
            clause_homes.setdefault(index, set()).add(mention.place.id)
    parties = {(section(clauses[index].start), place_id) for index, ids in clause_homes.items() if len(ids) > 1
               for place_id in ids}
    # distinct places only: a long article names the same few places many times; a digest's dated
    # sections are separate stories
    # (a party's count of its hurt tells no fighting of its own, whatever the types it took from the fight told
    # before: "one resident of Vorukh, a 16-year-old schoolboy, was injured in the head")
    scenes = {(section(mention.start), mention.place.id): mention.place
              for (index, mention, types), own in zip(placed, home)
              if not own and mention.place is not None
              and not ((section(mention.start), mention.place.id) in parties and (set(types) <= {"casualty_report"} or set(
                  clause_types(text[clauses[index].start:clauses[index].end], pack)) <= {"casualty_report"}))}
    # "the 46-year-old shepherd from Daraut-Korgon was grazing ... 4 kilometres west of the village of
    # Kara-Shybak": a scene named in the home's own sentence is the event place, however far it lies
    sentence_scenes: dict[int, set[int]] = {}
    for (index, mention, _), own in zip(placed, home):
        if not own and mention.place is not None and not mention.place.is_unit and mention.place.kind != "border" \
                and pack.roles.scene_before.search(text, max(0, mention.start - 80), mention.start):
            sentence_scenes.setdefault(clauses[index].sentence_index, set()).add(mention.place.id)
    # "from the neighbouring village of Muchun": the text says so, where the gazetteer puts it further away
    called_neighbours = {m.place.id for _, m, _ in placed if m.place is not None
                         and pack.neighbour_before.search(text, max(0, m.start - 60), m.start)}
    # the exact days the scenes' clauses name: "On May 9, Kyrgyz border guards detained two men from the village
    # of Gulkhona" is no part of the May 14 shooting at the neighbouring exclave
    scene_days: dict[tuple[int, int], set[dt.date]] = {}
    for (index, mention, _), own in zip(placed, home):
        if not own and mention.place is not None:
            scene_days.setdefault((section(mention.start), mention.place.id), set()).update(_exact_days(clauses[index]))
    # villages named as the homes of people who came to the scene ("citizens of Tajikistan from the village of Muchun
    # came to the head structure"): a party of the fight
    party_homes = {m.place.id for m in mentions if m.place is not None
                   and pack.event_words.came_from_before.search(text, max(0, m.start - 60), m.start)
                   and pack.event_words.came_after.match(text, m.end)}
    brawl_scene_places = [(section(mention.start), mention.place) for (index, mention, types), own in zip(placed, home)
                          if not own and mention.place is not None and not mention.place.is_unit
                          and "border_incident_protest" in types and not ARMED_TYPES & set(types)]
    # the sentences where a village's residents are told acting at another scene the sentence names
    acted_at: dict[tuple[int, int], set[int]] = {}
    for (index, mention, _), own in zip(placed, home):
        if own and mention.place is not None and not mention.place.is_unit \
                and sentence_scenes.get(clauses[index].sentence_index, set()) - {mention.place.id}:
            acted_at.setdefault((section(mention.start), mention.place.id), set()).add(clauses[index].sentence_index)
    neighbour: dict[tuple[int, int], bool] = {}
    beside_clauses: set[int] = set()  # clauses with a home demoted beside the scene
    named_scenes = {m.place.id for _, m, _ in placed if m.place is not None and m.role_reason == INCIDENT_SCENE}
    kept = []
    for (index, mention, types), own in zip(placed, home):
        place = mention.place
        if own and place is not None:
            key = (section(mention.start), place.id)
            # (... or after the scene's own people in that list: «двое граждан — житель Воруха 1992 года рождения и
            # житель джамоата Чоркух 1999 года рождения ... — получили телесные повреждения», Vorukh the scene)
            listed_with_the_scene = any(
                k == index and other_own and other.place is not None and other.place.id != place.id
                and other.start < mention.start and (key[0], other.place.id) in scenes
                # (the homes of the people one count of the hurt lists, not an attack's two parties: «Жители ... села
                # Булак-Башы ... забросали камнями и избили жителей ... села Чашмасор»)
                and any(f.measure in ("injured", "fatalities") and f.value
                        and clauses[index].start + f.start <= other.start and mention.end <= clauses[index].start + f.end
                        for f in pack.read_figures(text[clauses[index].start:clauses[index].end]))
                for (k, other, _), other_own in zip(placed, home))
            if (index in beside_clauses or listed_with_the_scene) and any(
                    other_section == key[0] and other.id != place.id and not other.is_unit
                    and _km(other, place) <= NAMED_NEIGHBOUR_KM
                    for (other_section, other_id), other in scenes.items()):
                # «Раненых - двоих жителей Чоркуха 35 и 52 лет и 16-летнего подростка из Сурха - доставили в»: the
                # homes of the hurt listed together, the second a little farther off
                _demote(mention, _HOME_BESIDE_THE_SCENE)
                continue
            if key not in neighbour:
                radius = NAMED_NEIGHBOUR_KM if place.id in called_neighbours or (
                    # "a group of citizens of Tajikistan from the village of Muchun came to the head structure of
                    # the canal ... and began throwing stones" ... "two residents of Muchun had been injured": the
                    # village of the brawl's other party, across the line (16 km from Ak-Suu by the table's points)
                    place.id in party_homes and any(other_section == key[0] and other.country_code != place.country_code
                                                    for other_section, other in brawl_scene_places)) \
                    else SAME_EVENT_KM
                days = _exact_days(clauses[index], text, pack)
                # «драка между кыргызскими чабанами и жителями соседнего Лахшского района Таджикистана» at Kara-Shybak:
                # a neighbouring district across the line, whose point is its seat far from the line, is no distance
                # apart from the village scene
                # ... and one named as the home of the other party to a fight at a village across the line ("residents
                # of Ghonchi district had been 'attacked by a group of Kyrgyz citizens'" at the pasture near Andarak,
                # «ответить на атаки граждан Баткенской области» at Vorukh)
                across = place.is_unit and (place.id in called_neighbours or place.feature_code in ("ADM1", "ADM2"))
                neighbour[key] = across and any(
                    other_section == key[0] and not other.is_unit and other.country_code != place.country_code
                    for (other_section, _), other in scenes.items()) or any(
                    other_section == key[0] and other.id != place.id and not other.is_unit
                    # (a located village is no home beside a scene the gazetteer lacks, which lies who knows where;
                    # unless the article names that scene as its incident's: "The incident occurred this morning near
                    # Dacha tract" ... "a group of residents of Vorukh enclave ... threw stones at a Honda Fit car")
                    # (a village the gazetteer lacks mapped at the village that seats its municipality lies near that
                    # point: "a resident of Zardaly village of Kara-Bak aiyl okmotu" beside "two residents of Lakkon")
                    and not (other.stand_in_unit is not None and place.stand_in_unit is None
                             and other_id not in named_scenes
                             and (other.stand_in_at_a_district or other.stand_in_precision != 2))
                    # (a reservoir's point is its middle: the villages it waters lie farther off)
                    and _km(other, place) <= (
                        NAMED_NEIGHBOUR_KM if other.feature_code == "DAM" else radius)
                    and not (days and scene_days.get((other_section, other_id)) and all(
                        abs((a - b).days) > 1 for a in days for b in scene_days[(other_section, other_id)]))
                    and not later_subsection(other_id, mention)
                    for (other_section, other_id), other in scenes.items())
            if neighbour[key]:
                _demote(mention, _HOME_BESIDE_THE_SCENE)
                beside_clauses.add(index)
                continue
            if sentence_scenes.get(clauses[index].sentence_index, set()) - {place.id}:
                _demote(mention, "named as its residents' home; the sentence names the scene")
                continue
            if any(clauses[index].sentence_index < at <= clauses[index].sentence_index + LATER_SCENE_SENTENCES
                   for at in acted_at.get(key, ())) \
                    and not sentence_scenes.get(clauses[index].sentence_index):
                # "Residents of Tajikistan's Vorukh exclave and a neighboring Kyrgyz village have fought with stones at the
                # construction site of a Kyrgyz bypass road" | "several dozen Vorukh residents blocked the site on the
                # outskirts of the Kyrgyz village of Tash-Tumshuk": the next sentence names where they fought
                _demote(mention, "named as its residents' home; the next sentence names the scene")
                continue
            if (pack.same_event.search(text, clauses[index].start, clauses[index].end) and any(
                    m.place is not None and m.place.id != place.id and k < index for k, m, _ in placed)) \
                    or (pack.event_words.fight_again.search(text, clauses[index].start, clauses[index].end) and any(
                        m.place is not None and m.place.id != place.id and not m.place.is_unit and k < index
                        for k, m, _ in placed)):
                # "one resident of the Vorukh exclave was hurt in the same fight" (the fight at Katran told before);
                # "the Kyrgyz participants in the fight 'came with their own supporters from Kulundu'"
                _demote(mention, "named as its residents' home; hurt in the event told before")
                continue
            if pack.event_words.one_of_them_before.search(text, max(clauses[index].start, mention.start - 120),
                                                           mention.start) and any(
                    not other_own and k < index and m.place is not None and m.place.id != place.id
                    and not m.place.is_unit and section(m.start) == key[0]
                    for (k, m, _), other_own in zip(placed, home)):
                # "On June 6, the Tajik ministry said that one of them, a 24-year-old resident of Muchun, had died of
                # his wounds": one of the people counted in the event told before (the brawl near Ak-Suu)
                _demote(mention, "named as its residents' home; one of the people counted in the event told before")
                continue
            if not clauses[index].dates and _one_victim_described(clauses[index], text, pack) and any(
                    not other_own and k < index and m.place is not None and not m.place.is_unit
                    and section(m.start) == key[0] and ARMED_TYPES & set(other_types)
                    and _group_hurt(clauses[k].paragraph_index, clauses, text, pack)
                    for (k, m, other_types), other_own in zip(placed, home)):
                # «Оба получили ранения. 38-летний житель села Андарак получил тяжелое ранение в живот»:
                # one of the people hurt in the fight told before, described by age and home
                _demote(mention, "named as its residents' home; one of the people hurt in the event told before")
                continue
            if set(types) <= {"casualty_report"} and not place.is_unit and not any(
                    not other_own and m.place is not None and m.place.id == place.id and section(m.start) == key[0]
                    for (_, m, _), other_own in zip(placed, home)) and any(
                    k < index and not other_own and m.place is not None and not m.place.is_unit
                    and m.place.country_code != place.country_code and section(m.start) == key[0]
                    # (not the home of the other party that came to the scene: "40 citizens of Tajikistan from the
                    # neighboring village of Muchun came to the place of the blockade")
                    and m.place.id not in party_homes
                    and "border_incident_protest" in other_types
                    # (a brawl: "fought with sticks and stones" names no weapon that fires)
                    and (not ARMED_TYPES & set(other_types)
                         or not pack.firearms.search(text, clauses[k].start, clauses[k].end))
                    and _km(m.place, place) <= OTHER_PARTY_KM
                    for (k, m, other_types), other_own in zip(placed, home)):
                # "Herders ... fought on a pasture about 12 kilometres south of Kyzyl-Eshme ... A spokesman for the
                # Lakhsh district administration said two residents of the village of Karakenja had been injured":
                # the brawl's other party, hurt in it, counted by their own government far from home (not a village
                # the article also names as a scene: «массовая драка у въезда в Ворух ... пострадали трое жителей
                # Воруха»)
                _demote(mention, "named as its residents' home; the other party of the brawl told before")
                continue
        kept.append((index, mention, types))
    # the second party of a fight between two villages' people, told first as such ("A conflict broke out between
    # residents of the border villages of Bulak-Bashy of Leilek district and Yova"), named again only as its people's
    # home ("three residents of Yova had been injured") is no second scene: the fight is at the first named
    first_party: dict[int, tuple[int, int]] = {}  # place id of a second party -> that of the first, and its clause
    homes_by_clause: dict[int, list[int]] = defaultdict(list)  # clause -> the homes named in it, in text order
    for (i, m, _), own in zip(placed, home):
        if own and m.place is not None and not m.place.is_unit:
            homes_by_clause[i].append(m.place.id)
    for index, homes_here in sorted(homes_by_clause.items()):
        if len(set(homes_here)) >= 2 and pack.fight_parties.search(text, clauses[index].start, clauses[index].end):
            for other in dict.fromkeys(homes_here[1:]):
                if other != homes_here[0]:
                    first_party.setdefault(other, (homes_here[0], index))
    if first_party:
        scenes_kept = {m.place.id for _, m, _ in kept if m.place is not None}
        parties_kept = []
        for (index, mention, types) in kept:
            # (later than the clause that named both: there the rules of the fight's parties read it)
            party = first_party.get(mention.place.id) if mention.place is not None else None
            if party is not None and party[0] in scenes_kept and index > party[1] and residents(index, mention):
                _demote(mention, "named as its residents' home; the other party of the fight told first")
                continue
            parties_kept.append((index, mention, types))
        kept = parties_kept
    # the district named right after a home demoted here is that home's («жители соседнего таджикского села Унджи
    # Бободжон Гафуровского района»: where the other party came from, no scene of its own)
    demoted_homes = [(index, mention) for (index, mention, _), own in zip(placed, home)
                     if own and mention.role == "context" and mention.place is not None and not mention.place.is_unit]
    homes_kept = []
    for index, mention, types in kept:
        if mention.place is not None and mention.place.is_unit and any(
                k == index and home_mention.end <= mention.start and not text[home_mention.end:mention.start].strip()
                for k, home_mention in demoted_homes):
            _demote(mention, _HOME_BESIDE_THE_SCENE)
            continue
        homes_kept.append((index, mention, types))
    return homes_kept


def _homes_at_the_village_told_before(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                      clauses: Sequence[Clause], text: str,
                                      pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A village named as its people's home, in a clause whose scene is "the village" the sentence before named, is
    where those people came from: "A motorcade ... was returning to Dostuk from Batken city. At the entrance to the
    village, ... a group of about 20 residents of Kaptarkhona village of Tajikistan began throwing stones at the cars"
    is an event at Dostuk (an event place of the article)."""
    event_places = {m.place.id for _, m, _ in placed if m.place is not None and not m.place.is_unit}
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        if mention.place is not None and not mention.place.is_unit \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - RESIDENTS_CHARS),
                                                       mention.start) \
                and pack.event_words.the_village_scene.search(text, clause.start, mention.start) \
                and any(m.sentence_index == mention.sentence_index - 1 and m.place is not None
                        and m.place.id != mention.place.id and m.place.id in event_places and not m.place.is_unit
                        and "\n" not in text[m.end:mention.start] for m in mentions):
            _demote(mention, f"{_OTHER_PARTY}: its people came to the village the sentence before named")
            continue
        kept.append((index, mention, types))
    return kept


#: How far from a brawl's scene across the line (km) a village named only as the home of people hurt may lie and be
#: the brawl's other party (mountain pastures lie far from the villages that graze them: Karakenja and Kyzyl-Eshme).
OTHER_PARTY_KM = 100.0

#: How far before a village named as the opponents' home (characters) the fight with them may be told ("a fight
#: with residents of the Tajik village of |Ovchi-Kalacha").
OPPONENT_CHARS = 100

#: ... and how far after it ("residents of Maksat ... and the Tajik village of |Ovchi-Kalacha| clashed").
OPPONENT_AFTER_CHARS = 20

#: The role reason of a village named as its people's home beside the scene of their event.
_HOME_BESIDE_THE_SCENE = "named as its residents' home; the event is at a neighbouring place"


def _the_other_party_s_hurt(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                            clauses: Sequence[Clause], text: str,
                            pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The other party of a fight, counting its own hurt, is no event of its own.

    «Жители кыргызского села Кок-Таш и таджикского села Ходжаи Аъло забрасывали друг друга
    камнями», then «Хукумат города Исфары сообщил, что пострадали трое жителей Ходжаи Аъло»: the
    three were hurt in the fight at Kök-Tash, so a later event at the other party's village that
    reports nothing but casualties gives its figures to that fight (each government's own people
    are summed there). So does the village whose edge the scene was told by ("near the Kyrgyz village of
    Ak-Sai, where a road ... run along the edge of Tajikistan's Vorukh exclave", then "one Tajik citizen, a
    34-year-old man from Vorukh, was killed").
    """
    other_party = {m.place.id for m in mentions
                   if m.place is not None and m.role_reason.startswith((_OTHER_PARTY, _LANDMARK_OF_THE_SCENE))}
    # "Four residents of Kulundu ... hospitalised after a fight with residents of the Tajik village of Ovchi-Kalacha
    # ... two residents of Ovchi-Kalacha had been beaten": the opponents' home, told again with their hurt (their
    # beating is the fight's)
    opponents = {m.place.id for m in mentions if m.place is not None and m.role_reason == _HOME_BESIDE_THE_SCENE
                 and pack.fight_parties.search(text, max(0, m.start - OPPONENT_CHARS), m.end + OPPONENT_AFTER_CHARS)}
    if not other_party and not opponents:
        return placed

    def hurt_at_home(index: int, mention: Mention, types: list[str]) -> bool:
        if mention.place.id not in opponents or not set(types) <= {"casualty_report", "border_incident_protest"}:
            return False
        clause = clauses[index]
        return pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
            is not None and any(f.measure == "injured" and f.value
                                for f in pack.read_figures(text[clause.start:clause.end]))

    kept = []
    for index, mention, types in placed:
        if mention.place is not None and (mention.place.id in other_party and set(types) <= {"casualty_report"}
                                          or hurt_at_home(index, mention, types)):
            _demote(mention, "the other party of the fight counts its own hurt")
            continue
        kept.append((index, mention, types))
    return kept


def _unarmed_fight(text: str, clauses: list[Clause], pack: LanguagePack) -> bool:
    """The article names a brawl or a fight and, in its news, no firearm."""
    return pack.sub_event_cues["Violent demonstration"].search(text) is not None \
        and pack.firearms.search(blank_matches(_news_text(text, clauses, pack), pack.harmless_fire)) is None


def _residents_hurt_across_the_line(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                                    pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """People of the other country's village hurt in a fight the article placed before, counted by their own side,
    are no event of their own: "a mass brawl with stone-throwing ... on the outskirts of Khistevarz ... Kyrgyz media,
    citing the administration of Leilek district, reported that two residents of Arka sought medical help after
    the brawl" (their figure joins the fight, where each side's own hurt are summed). Only after a brawl (each side's
    version of armed fire at its own village is its own incident), only a village across the line
    within :data:`SAME_EVENT_KM` (or any distance when the clause names the fight again), named as the people's home,
    in a clause that counts the hurt and tells nothing but the fight named again."""
    kept: list[tuple[int, Mention, list[str]]] = []
    # (a fight typed a clash for its killing, in an article that names no firearm, is the brawl: "The argument turned
    # into a fight in which one of the defendants used a knife")
    brawl_types = {"border_incident_protest"} | ({"armed_clash"} if any(
        "armed_clash" in types for _, _, types in placed) and _unarmed_fight(text, clauses, pack) else set())
    for index, mention, types in placed:
        clause = clauses[index]
        place = mention.place
        extra = set(types) - {"casualty_report"}
        # (the fight may be named in the sentence's clause before a dash: «в драке пострадал один гражданин Таджикистана
        # | — 33-летний водитель из Конибодома»)
        sentence_start = min(c.start for c in clauses[max(0, index - _SENTENCE_CLAUSES):index + 1]
                             if c.sentence_index == clause.sentence_index)
        # (a district named as the home of one hurt in the event told before: «подросток, житель Горно-Матчинского
        # района, был "жестоко избит"» after «жители Тогуз-Булака задержали подростка»)
        home_district = place is not None and place.is_district

        @cache
        def told_in_other_account(clause: Clause = clause) -> bool:
            """The clause's paragraph announces the other side's account up to the clause ("The Tajik side gives its
            own version of events. ... two residents of Muchun ... were injured")."""
            paragraph_start = min(c.start for c in clauses if c.paragraph_index == clause.paragraph_index)
            return pack.other_account.search(text, paragraph_start, clause.end) is not None
        if place is not None and extra <= {"border_incident_protest", "armed_clash"} \
                and (not extra or home_district or pack.event_words.fight_again.search(text, sentence_start, clause.end)) \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and any(other.place is not None and other.place.country_code in ("KG", "TJ")
                        and other.place.country_code != place.country_code and not other.place.is_unit
                        and brawl_types & set(other_types) and clauses[k].sentence_index < clause.sentence_index
                        # (or further, in a clause that names the fight again: «в драке пострадал один гражданин
                        # Таджикистана — 33-летний водитель из Конибодома», after the brawl at the Kyzyl-Bel crossing)
                        and (_km(place, other.place) <= SAME_EVENT_KM or home_district
                             or pack.event_words.fight_again.search(text, sentence_start, clause.end) is not None
                             # "The Tajik side gives its own version of events. ... two residents of Muchun ... were
                             # injured": the other side's account of the brawl, in its paragraph
                             or told_in_other_account())
                        for k, other, other_types in kept) \
                and any(f.measure in ("injured", "fatalities") and f.value
                        for f in pack.read_figures(text[sentence_start:clause.end])):
            _demote(mention, "home of people hurt in the fight placed across the line")
            continue
        kept.append((index, mention, types))
    return kept


def _the_other_sides_scene(placed: list[tuple[int, Mention, list[str]]], scenes: set[int], clauses: list[Clause],
                           text: str, pack: LanguagePack, mentions: Sequence[Mention] = (),
                           structure: ArticleStructure | None = None) -> list[tuple[int, Mention, list[str]]]:
    """The other government's place for a fight the article has already placed is no event of its own.

    "a mass brawl ... Three residents of Kok-Tash were injured", then "The Isfara city administration
    said that the fight took place 'on the outskirts of Khojai-Alo' and that two Tajik citizens were
    injured": one fight, told by each side at its own village (within :data:`SAME_EVENT_KM`, across
    the line), or at its own district (within :data:`OTHER_SIDES_DISTRICT_KM`, named in a sentence that
    counts no one hurt: "The Tajik account said Kyrgyz border guards had opened fire first on a section of
    the border in Isfara district"); its figures join the fight placed first, where each side's own hurt
    are summed.

    So is the other party's village, named in the clause that placed the fight as where that party came from,
    when the other government places the fight there in the same section ("a quarrel between young men from
    Chongara ... and from the neighboring Tajik village of Guzlon ended with stones thrown at a bakery on
    Chongara's main street", then "Tajikistan's border troops said the Chongara youths had come to Guzlon first"),
    however far apart the two villages' points.

    Not when the place placed first is only the first party of a lede that named this one as the other
    ("Residents of the Tajik jamoat of Lakkon beat a shepherd from Kara-Bak"), and the body names this one as
    the scene ("the incident took place ... some 3 kilometers south-east of the village of Kara-Bak"): the scene
    takes the first party's place.
    """
    # the other parties of the fights placed, by the section (under a heading of its own) they were named in
    fight_sentences = {(clauses[i].sentence_index, m.place.country_code) for i, m, types in placed
                       if m.place is not None and not m.place.is_unit and m.place.country_code in ("KG", "TJ")
                       and m.place.kind not in ("border", "country") and set(types) & FIGHTING_TYPES}
    parties = [m for m in mentions if m.place is not None and not m.place.is_unit
               and m.role_reason.startswith((_OTHER_PARTY, _HOME_BESIDE_THE_SCENE))
               and any(sentence == m.sentence_index and country != m.place.country_code
                       for sentence, country in fight_sentences)]
    headings = _topic_headings(text, structure, pack) if parties else []

    def section(offset: int) -> int:
        return _section_of(headings, offset, len(text))[0]

    parties_of_fights = {(section(m.start), m.place.id) for m in parties}

    def told_with_its_own_time(index: int) -> bool:
        """The clause's sentence gives a day or an hour of its own (not a statement's)."""
        return any(_clock_minutes(text[c.start:c.end]) is not None
                   or any(not _is_statement_date(d, text[c.start:c.end], pack) for d in c.dates)
                   for c in clauses if c.sentence_index == clauses[index].sentence_index)
    kept: list[tuple[int, Mention, list[str]]] = []
    for index, mention, types in placed:
        place = mention.place
        first_party = next((k for k, (i, other, _) in enumerate(kept) if other.place is not None and any(
                                m.place is not None and m.place.id == place.id and m.role_reason.startswith(_OTHER_PARTY)
                                and m.sentence_index == clauses[i].sentence_index for m in mentions)), None) \
            if place is not None and mention.role_reason == INCIDENT_SCENE else None
        if first_party is not None:
            _demote(kept[first_party][1], f"the first party of a fight the article places at {place.name}")
            kept[first_party:first_party + 1] = []
            kept.append((index, mention, types))
            continue
        # (the other government may name only its district: "The Tajik account ... said Kyrgyz border guards had
        # opened fire first on a section of the border in Isfara district", after the shooting near Kara-Bak)
        district = place is not None and place.is_district
        # (not the other village's own event, told with its own day or hour: "But at about 2:00 am on Monday a haystack
        # ... were set on fire in the yard of a house in Ovchi-Kalacha ..., the Tajik side said")
        party = place is not None and (section(mention.start), place.id) in parties_of_fights \
            and not told_with_its_own_time(index)
        radius = OTHER_SIDES_DISTRICT_KM if district else SAME_EVENT_KM
        if place is not None and (id(mention) in scenes and not place.is_unit or district or party) \
                and set(types) & FIGHTING_TYPES and any(
                other.place is not None and not other.place.is_unit
                and other.place.country_code != place.country_code
                and (party or _km(place, other.place) <= radius)
                for _, other, _ in kept):
            sentence = " ".join(text[c.start:c.end] for c in clauses
                                if c.sentence_index == clauses[index].sentence_index)
            if pack.speech.search(sentence) and not (district and any(
                    f.value for f in pack.read_figures(sentence) if f.measure in ("fatalities", "injured"))):
                _demote(mention, "the other side's place of a fight the article placed before")
                continue
        kept.append((index, mention, types))
    return kept


def _venues_of_a_named_section(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                               pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A ceasefire's meeting place gives way to the section its sentence names: «провели встречу в Раззакове и
    договорились о прекращении огня на участке Андарак» is one agreement, at Andarak (the devset README: a ceasefire
    agreed for a named section is an incident at that section's village)."""
    kept = []
    for index, mention, types in placed:
        if (mention.role_reason == CEASEFIRE_VENUE or types == ["ceasefire_agreement"]) and mention.place is not None \
                and any(other.place is not None and other.place.id != mention.place.id
                        and "ceasefire_agreement" in other_types and other.start > mention.start
                        and pack.roles.quoted_section_before.search(text, max(0, other.start - 30), other.start)
                        and clauses[k].sentence_index == clauses[index].sentence_index
                        for k, other, other_types in placed):
            _demote(mention, "the meeting place of a ceasefire agreed for a section named with it")
            continue
        kept.append((index, mention, types))
    return kept


#: A person, then where they live in a comma's apposition, up to the place's name: «Водитель грузовика, житель
#: джамоата |Навгилем|, попытался объехать заграждение», "The driver, a resident of |Kadamjay|, received cuts".
_APPOSED_HOME_BEFORE = re.compile(
    r"(?:\b(?:водител|чабан|пастух|фермер|мужчин|женщин|подрост|парн|пар[её]н|юнош|пострадавш|ранен|погибш|задержанн|"
    r"сторож|тракторист|дехкан|военнослужащ|пограничник)\w*(?:\s+[\w-]+){0,3}?\s*,\s*(?:\d{1,3}-летн\w+\s+)?"
    r"(?:житель|жительница|уроженец|уроженка)\s+(?:(?:села|джамоата|города|поселка|посёлка|кишлака|махалли)\s+)?"
    r"|\b(?:driver|shepherd|herder|farmer|man|woman|teenager|boy|girl|victim|guard|serviceman|soldier|watchman|"
    r"conscript)\b(?:\s+[\w-]+){0,3}?\s*,\s*(?:an?\s+)?(?:\d{1,3}-year-old\s+)?(?:resident|native|villager)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:(?:village|town|jamoat|city)\s+of\s+)?)$", re.I)
#: The apposition's close after the place's name (its unit may follow): ", попытался", " district, received".
_APPOSITION_CLOSE = re.compile(r"(?:\s+[\w-]+\s+(?:district|jamoat|района|джамоата))?\s*[,—–)]", re.I)
#: How many sentences back a scene other than the home may be told.
APPOSED_HOME_SENTENCES = 2


def _homes_in_apposition(placed: list[tuple[int, Mention, list[str]]],
                         clauses: list[Clause], text: str) -> list[tuple[int, Mention, list[str]]]:
    """A place told only as a person's home in a comma's apposition is context when another village or town of the
    clause's sentence or the sentences just before is an event place: «Жители Кызыл-Беля ... перегородили дорогу ...
    Водитель грузовика, житель джамоата Навгилем, попытался объехать заграждение ..., после чего его ... избили» (the
    driver was beaten at Kyzyl-Bel's blockade, not in his jamoat)."""
    def apposed(mention: Mention) -> bool:
        return _APPOSED_HOME_BEFORE.search(text, max(0, mention.start - 90), mention.start) is not None \
            and _APPOSITION_CLOSE.match(text, mention.end) is not None

    homes = {id(mention) for _, mention, _ in placed if apposed(mention)}
    if not homes:
        return placed
    kept = []
    for index, mention, types in placed:
        sentence = clauses[index].sentence_index
        if id(mention) in homes and any(
                other.place is not None and mention.place is not None and other.place.id != mention.place.id
                and not other.place.is_unit and id(other) not in homes
                and 0 <= sentence - clauses[k].sentence_index <= APPOSED_HOME_SENTENCES
                for k, other, _ in placed):
            _demote(mention, "a person's home, in apposition; the scene is told beside it")
            continue
        kept.append((index, mention, types))
    return kept
