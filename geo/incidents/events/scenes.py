"""The scene of a clause: the most precise event place per clause, the story's village, places named just
before a sentence of fire, and the homes of the hurt or dead told beside the scene.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
import datetime as dt
import re

from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.roles import (
    BORDER_STRETCH, CEASEFIRE_VENUE, DESTINATION, DIPLOMACY_NO_VIOLENCE, FIRING_POST, IN_PASSING, NO_VIOLENCE,
    RIVER_OR_TRACT, SCENE_BEFORE_NAME,
)
from geo.incidents.breakdowns import Share
from geo.incidents.events.clauses import (
    _demote, _km, _LANDMARK_OF_THE_SCENE, MORE_PRECISE_IN_CLAUSE, _OTHER_PARTY, _RURAL_UNIT_AFTER, SAME_EVENT_KM,
    SCENE_JUST_BEFORE, _sentence_spans,
)
from geo.incidents.events.dates import _event_dates, _nearest, _next_word
from geo.incidents.events.headings import _lede_end
from geo.incidents.events.revisions import UNKNOWN_VILLAGE_CHARS, _stands_for_an_unknown_village
from geo.incidents.events.tolls import _reports_fighting
from geo.incidents.model import Clause, MentionEvent
from geo.incidents.structure import ArticleStructure
from geo.incidents.taxonomy import ARMED_TYPES, FIGHTING_TYPES, OLD_ORDNANCE_HINT
from geo.language import LanguagePack
from geo.language.folding import blank_matches, lower_keep_length

#: The role reason of the story's village standing in for an event sentence that names no place.
STORY_PLACE = "the story's village: its event sentence names no place"

#: What a sentence naming no place must report for the story's village to stand in: fighting or harm.
_STORY_EVENT_TYPES = ARMED_TYPES | {"casualty_report"}


def _dated_here(clause: Clause, *, text: str, window_start: dt.date | None, published: dt.date | None,
                pack: LanguagePack) -> bool:
    """The clause names the date of what it reports."""
    clause_text = text[clause.start:clause.end]
    return _nearest(_event_dates(clause, clause_text, window_start, published, pack), clause_text, pack) is not None


def _story_village(parsed: ParsedArticle, text: str, structure: ArticleStructure | None,
                   pack: LanguagePack) -> Mention | None:
    """The one border-gazetteer village the headline names, if exactly one; a headline that names
    none (or no headline) gives way to the first two paragraphs of the body."""
    spans = [structure.headline] if structure is not None and structure.headline is not None else []
    start = structure.body_start if structure is not None else 0
    for _ in range(2):
        while text.startswith("\n", start):
            start += 1
        end = text.find("\n\n", start + 1)
        end = len(text) if end < 0 else end
        spans.append((start, end))
        start = end
    for start, end in spans:
        named = [m for m in parsed.mentions if start <= m.start < end and m.place is not None
                 and m.place.kind == "curated" and not m.place.is_unit and m.place.country_code in ("KG", "TJ")
                 # a speaker's seat, a destination or an origin is no story's village; nor is a caption's
                 and (m.role == "incident" or m.role_reason in (NO_VIOLENCE, DIPLOMACY_NO_VIOLENCE)
                      or m.role_reason.startswith(("background", "headline", "no event")))
                 and not m.role_reason.endswith(("a photo caption", "links to other stories"))]
        named = [m for i, m in enumerate(named) if not (i and pack.event_words.parent_place.match(text, named[i - 1].end, m.start))]
        if named:
            return named[0] if len({m.place.id for m in named}) == 1 else None
    return None


def _home_districts_give_way(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                             pack: LanguagePack, story_village: Callable[[], Mention | None],
                             ) -> tuple[list[tuple[int, Mention, list[str]]], frozenset[int]]:
    """Districts named only as the homes of the people hurt give way to the story's village.

    «пограничники задержали четырех граждан Таджикистана ... в районе села Беш-Кент ... Один из нарушителей,
    29-летний житель Гафуровского района, ... получил огнестрельное ранение»: the wounded man's home district
    is no scene; the village the story opens with is. Returns the events kept and the sentences of those
    given way (their harm is the story's).
    """
    if not placed or not all(m.place is not None and m.place.is_unit
                             and pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)
                             for _, m, _ in placed) or story_village() is None:
        return placed, frozenset()
    for _, mention, _ in placed:
        _demote(mention, "a district named as its people's home; the story's village is the scene")
    return [], frozenset(clauses[index].sentence_index for index, _, _ in placed)


#: The role reason of a village the sentence after a home district's event places its people at
#: (:func:`_villages_next_of_home_districts`).
VILLAGE_OF_THE_HOME_DISTRICT = "the village of the people's home district where the next sentence places them"

#: How far (characters) before a district its people may be named («задержали двух |жителей| Исфаринского района»).
HOME_DISTRICT_CHARS = 80


def _villages_next_of_home_districts(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                     clauses: list[Clause], text: str, pack: LanguagePack,
                                     ) -> list[tuple[int, Mention, list[str]]]:
    """A district named only as its people's home gives its event to the village of that district where the next
    sentence of the paragraph places them, naming no event of its own: «кыргызские пограничники задержали двух
    жителей Исфаринского района. ... они искали скот возле села Ходжа Ало» is a detention near Khoja-Alo."""
    out = []
    for index, mention, types in placed:
        place, clause = mention.place, clauses[index]
        village = None
        if place is not None and place.is_unit and place.feature_code == "ADM2" \
                and pack.roles.residents_before.search(text, max(0, mention.start - HOME_DISTRICT_CHARS),
                                                        mention.start) is not None:
            next_paragraph = next((c.paragraph_index for c in clauses[index:]
                                   if c.sentence_index == clause.sentence_index + 1), None)
            following = [m for m in mentions if m.sentence_index == clause.sentence_index + 1 and m.place is not None
                         and m.place.kind != "country"] if next_paragraph == clause.paragraph_index else []
            if len(following) == 1 and following[0].place.kind == "curated" and not following[0].place.is_unit \
                    and following[0].place.admin2 == place.name and following[0].role_reason == NO_VIOLENCE \
                    and pack.roles.near_before.search(text, max(0, following[0].start - 40), following[0].start):
                village = following[0]
        if village is None:
            out.append((index, mention, types))
            continue
        _demote(mention, "a district named as its people's home; the next sentence names their village")
        out.append((index, replace(village, start=clause.start, end=clause.end, excerpt=mention.excerpt,
                                   excerpt_start=mention.excerpt_start, sentence_index=mention.sentence_index,
                                   role="incident", role_reason=VILLAGE_OF_THE_HOME_DISTRICT, precision=2), types))
    return out


def _story_place_event(village: Mention | None, parsed: ParsedArticle, clauses: list[Clause], text: str,
                       structure: ArticleStructure | None, types_of: Callable[[int], list[str]],
                       dated: Callable[[Clause], bool], pack: LanguagePack,
                       home_sentences: frozenset[int] = frozenset()) -> list[tuple[int, Mention, list[str]]]:
    """The article's one village as the scene of its one event sentence that names no place.

    A feature about a village tells its news without naming it again: "Максат: село, которое
    делят заново" ... «3 октября около 17:00 15-летний Бекзат, пасший коров у южной окраины
    села, получил пулевое ранение». Only where the article has no other event, its headline
    (or, without one, its first paragraph) names exactly one Kyrgyz or Tajik settlement, and a
    dated news clause reports fighting, casualties or a brawl in a sentence that names no place at all.
    The village (:func:`_story_village`) must be a row of the border gazetteer (a curated place).
    """
    if village is None:
        return []
    brawl = pack.sub_event_cues["Violent demonstration"]

    def _harm_reported(index: int, clause: Clause) -> bool:
        # fighting or casualties, or a brawl ("a quarrel over a parking spot turned into a fistfight"); the event
        # a home district was given way for is the story's whatever its type ("A shepherd from Chong-Alay district
        # ... was beaten and a flock ... was driven across the border")
        types = set(types_of(index))
        if types and clause.sentence_index in home_sentences:
            return True
        return bool(_STORY_EVENT_TYPES & types) or (
            "border_incident_protest" in types and brawl.search(text, clause.start, clause.end) is not None)

    # a sentence naming only the post that fired or where the wounded were taken still has no scene
    # (nor a country: "Tajikistan's Border Troops say that on the night of August 21-22 mortar rounds ... hit the
    # edge of the village")
    sentences_with_places = {m.sentence_index for m in parsed.mentions if (m.place is not None or m.kind == "cue")
                             and m.role_reason not in (FIRING_POST, DESTINATION) and m.kind != "country_reference"
                             and not (m.place is not None and m.place.kind == "country")} - home_sentences
    spans = parsed.sentences.spans if parsed.sentences is not None else []
    # a statement dates its story once ("On 14 March ... entered Lakkon"), then names the post that fired
    # ("At 17:20, servicemen of the post "Kara-Bak" opened fire"): that sentence takes the story's date
    firing_post_sentences = {m.sentence_index for m in parsed.mentions if m.role_reason == FIRING_POST}
    # a dated sentence that names the village, with no harm ("the two men, residents of the village of Gulkhona ...,
    # were grazing ... at around 11:00 a.m. on March 12, when a group of six Kyrgyz servicemen approached them"): the
    # sentence right after it goes on with their story ("The servicemen "used physical force ..."); not one that tells
    # a rumour («в телеграм-каналах появилось сообщение о том, что «у Сурха идет перестрелка»»)
    village_sentences = {m.sentence_index for m in parsed.mentions if m.place is not None
                         and m.place.id == village.place.id}
    dated_village_sentence, dated_village_clause = -2, -1
    dated_before = False
    # (the body's first paragraph, if it is news)
    lede_paragraph = next((clause.paragraph_index if clause.scope == "news" else -1 for clause in clauses
                           if not (structure is not None and structure.in_headline(clause.start))), -1)
    for index, clause in enumerate(clauses):
        if clause.scope != "news" or (structure is not None and structure.in_headline(clause.start)):
            continue
        if clause.sentence_index in village_sentences and dated(clause) and not types_of(index) \
                and not pack.folded.not_event.search(lower_keep_length(text[clause.start:clause.end])):
            dated_village_sentence, dated_village_clause = clause.sentence_index, index
        if clause.sentence_index in sentences_with_places or not _harm_reported(index, clause):
            # only a statement that names the post that fired (or a home district given way) needs to know an
            # earlier clause was dated
            dated_before = dated_before or bool(firing_post_sentences or home_sentences) and dated(clause)
            continue
        # (the lede's count of the hurt or dead is the day's news, dated or not: «Пять киргизстанцев получили ранения в
        # результате бытового конфликта между жителями приграничных сел»; not a lede's drone that was a weather probe)
        here = dated(clause) or clause.paragraph_index == lede_paragraph and any(
            figure.measure in ("fatalities", "injured") and figure.value
            for figure in pack.read_figures(text[clause.start:clause.end]))
        # (the sentence of a home district given way goes on from the story told dated before it)
        if not (here or dated_before and clause.sentence_index in firing_post_sentences | home_sentences
                or clause.sentence_index == dated_village_sentence + 1):
            dated_before = dated_before or here
            continue
        types = types_of(index)
        if not here and clause.sentence_index == dated_village_sentence + 1:
            index, clause = dated_village_clause, clauses[dated_village_clause]  # (dated by the village's sentence)
        start, end = spans[clause.sentence_index] if clause.sentence_index < len(spans) else (clause.start, clause.end)
        stand_in = replace(village, start=clause.start, end=clause.end, excerpt=text[start:end].strip(),
                           excerpt_start=_next_word(text, start, end),
                           sentence_index=clause.sentence_index, role="incident", role_reason=STORY_PLACE,
                           precision=2)
        return [(index, stand_in, types)]
    return []


#: How far (characters) after a village its rural unit may be named as its own ("Orto-Boz, a village about 4 km from
#: Ravat in the same Ak-Tatyr rural district").
RURAL_UNIT_AFTER_CHARS = 80

#: The role reason of a stretch of the border that stands for the scene (:func:`_the_stretch_as_the_scene`).
STRETCH_AS_THE_SCENE = "the stretch of the border the article's only event is told at"


def _the_stretch_as_the_scene(parsed: ParsedArticle, clauses: list[Clause], types_of: Callable[[int], list[str]],
                              text: str, pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """In an article that names no scene, a stretch of the border named for a district in a news sentence of fire or
    harm is the event's place, at the district's precision: «Ранее погранслужбы ... сообщили о начавшемся на баткенском
    участке границы конфликте, впоследствии между военными двух стран возникла перестрелка» is Batken District's, as
    ACLED codes an event it can place no better. So is the one district the article names with a village the gazetteer
    lacks (:func:`_unknown_village_district`), for fire or harm told after it: "... began to clean sand at a site in
    Kum-Mazar area of Batken district. ... During the conflict, the border guards of the neighboring country fired
    shots"."""
    stretches = _district_stretches(parsed)
    village_district = _unknown_village_district(parsed, text, pack)
    for index, clause in enumerate(clauses):
        mention = stretches.get(clause.sentence_index)
        reason = STRETCH_AS_THE_SCENE
        if mention is None and village_district is not None and village_district.start < clause.start:
            mention, reason = village_district, UNKNOWN_VILLAGE_DISTRICT
        if mention is not None and clause.scope == "news" \
                and (FIGHTING_TYPES | {"casualty_report"}).intersection(types_of(index)):
            return [(index, replace(mention, role="incident", role_reason=reason, precision=2), types_of(index))]
    return []


#: The role reason of the district of a village the gazetteer lacks that stands for the scene
#: (:func:`_unknown_village_district`).
UNKNOWN_VILLAGE_DISTRICT = "the district of the one village the gazetteer lacks where the article's story is"


def _unknown_village_district(parsed: ParsedArticle, text: str, pack: LanguagePack) -> Mention | None:
    """The first mention of the one district the article names right after a village the gazetteer lacks, in a
    sentence with no violence ("Near the Ak-Bosogo village of Leylek district", "in Kum-Mazar area of Batken
    district"; :func:`_stands_for_an_unknown_village`), if it names exactly one such district."""
    located_ends = sorted(m.end for m in parsed.mentions if m.place is not None and not m.place.is_unit)

    def located_just_before(mention: Mention) -> bool:
        k = bisect.bisect_right(located_ends, mention.start)
        return k > 0 and located_ends[k - 1] >= mention.start - UNKNOWN_VILLAGE_CHARS

    standing = [m for m in parsed.mentions if _stands_for_an_unknown_village(m, text, pack)
                # (the village before it is one the gazetteer lacks: not "near the village of Kok-Tash in Batken
                # district")
                and not located_just_before(m)]
    return standing[0] if standing and len({m.place.id for m in standing}) == 1 else None

def _district_stretches(parsed: ParsedArticle) -> dict[int, Mention]:
    """The first stretch of the border named for a district in each sentence, by sentence ("the Leilek section",
    «на баткенском участке»)."""
    stretches: dict[int, Mention] = {}
    for m in parsed.mentions:
        if m.role_reason == BORDER_STRETCH and m.place is not None and m.place.is_district:
            stretches.setdefault(m.sentence_index, m)
    return stretches


def _stretches_over_the_border_area(placed: list[tuple[int, Mention, list[str]]], parsed: ParsedArticle,
                                    clauses: list[Clause], text: str,
                                    pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """An event placed at the border as a whole gives way to the stretch of it its sentence names for a district:
    "a shootout with Tajik servicemen on the Leilek section of the Kyrgyz-Tajik border" is Leilek District's, at the
    district's precision. In an article whose every event is at the border as a whole, the one district it names with
    a village the gazetteer lacks stands for that village ("A skirmish took place on the Kyrgyz-Tajik border ...
    Near the Ak-Bosogo village of Leylek district of Batken region ... the Kyrgyz border guard noticed Tajik
    citizens")."""
    stretches = _district_stretches(parsed)
    village_district = None
    if placed and all(m.place is not None and m.place.kind == "border" for _, m, _ in placed):
        village_district = _unknown_village_district(parsed, text, pack)
    if not stretches and village_district is None:
        return placed
    out = []
    for index, mention, types in placed:
        stretch = stretches.get(clauses[index].sentence_index)
        reason, why = STRETCH_AS_THE_SCENE, "the border as a whole; its sentence names the stretch"
        if stretch is None and village_district is not None:
            stretch, reason = village_district, UNKNOWN_VILLAGE_DISTRICT
            why = "the border as a whole; the article names the village's district"
        if stretch is not None and mention.place is not None and mention.place.kind == "border":
            _demote(mention, why)
            mention = replace(stretch, start=mention.start, end=mention.end, excerpt=mention.excerpt,
                              excerpt_start=mention.excerpt_start, sentence_index=mention.sentence_index,
                              role="incident", role_reason=reason, precision=2)
        out.append((index, mention, types))
    return out


#: A paragraph break: one blank line or more (some pages leave spaces on them).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _paragraphs_on(text: str, start: int, count: int) -> int:
    """Where the paragraph holding ``start`` and the ``count`` paragraphs after it end."""
    breaks = [brk.start() for _, brk in zip(range(count + 1), _PARAGRAPH_BREAK.finditer(text, start))]
    return breaks[-1] if len(breaks) > count else len(text)


def _old_ordnance_of_the_story(events: list[MentionEvent], text: str, headline: str, pack: LanguagePack) -> None:
    """A casualty report with no fighting, in a story whose headline or paragraph names old ordnance ("Old mortar
    round kills boy ...", «взорвался неразорвавшийся боеприпас»), is the ordnance's: its sub-event is a remote
    explosive (the clause that places it may say only "the teenager ... died that afternoon")."""
    cue = pack.sub_event_cues.get(OLD_ORDNANCE_HINT)
    if cue is None:
        return
    for event in events:
        if "shelling_artillery" in event.event_types \
                and set(event.event_types) <= {"shelling_artillery", "casualty_report"} \
                and pack.event_words.munition_blast.search(event.source.excerpt) \
                and not pack.triggers["shelling_artillery"].search(
                    blank_matches(event.source.excerpt, pack.event_words.munition_blast)) \
                and not pack.triggers["armed_clash"].search(event.source.excerpt) \
                and pack.old_ordnance.search(text, event.source.start, _paragraphs_on(text, event.source.start, 2)):
            # «из-за взрыва снаряда пострадали 32-летняя А.Н. и ее дочь ... Разбирая обломки своего прежнего жилья,
            # обнаружила металлический предмет, который оказался взрывным устройством»: a shell no one fired now
            event.event_types = ["casualty_report"]
        if event.event_types != ["casualty_report"] or OLD_ORDNANCE_HINT in event.sub_event_hints:
            continue
        start = text.rfind("\n\n", 0, event.source.start) + 1
        end = text.find("\n\n", event.source.start)
        if cue.search(headline or "") or cue.search(text, start, len(text) if end < 0 else end):
            event.sub_event_hints.append(OLD_ORDNANCE_HINT)


def _notes_about_events_told_before(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause],
                                    text: str, pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A protest note about an event the article told before at the same place is no event of its own: «МИД
    Таджикистана вручило кыргызской стороне ноту протеста в связи с обстрелом Сурха» after the shelling of Surkh
    (a note that first reports its event stays: "handed a note of protest ... over a shot fired ... on Sunday")."""
    told: set[int] = set()
    kept = []
    for index, mention, types in placed:
        if mention.place is not None and mention.place.id in told \
                and pack.event_words.protest_note.search(text, clauses[index].start, clauses[index].end):
            _demote(mention, "a protest note about the event told before")
            continue
        if mention.place is not None:
            told.add(mention.place.id)
        kept.append((index, mention, types))
    return kept


def _homes_of_the_hurt_after_a_result(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                                     pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of people hurt, told in a sentence that says it results from the event the sentence before
    placed: "at the Ak-Terek pasture in the south of Kadamjay district, ... threw stones at Kyrgyz shepherds
    ... As a result, two shepherds, residents of the town of Aidarken, received bodily injuries" (the hurt are
    the pasture's, not the town's)."""
    sentences = {clauses[index].sentence_index: (mention, clauses[index].paragraph_index)
                 for index, mention, _ in placed}
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        # (the sentence before, or the one before it in the paragraph: «... забросала камнями автомашину ... Поводом
        # послужил спор из-за места стоянки ... В результате 45-летний водитель, житель села Кызыл-Жол, получил травму»)
        before = next((told for back in (1, 2) if (told := sentences.get(clause.sentence_index - back)) is not None
                       and told[1] == clause.paragraph_index), (None, None))[0]
        if before is not None and before.place is not None and mention.place is not None \
                and before.place.id != mention.place.id and pack.event_words.result_opening.match(text, clause.start) \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start):
            _demote(mention, "the home of people hurt in the event the sentence before placed")
            continue
        kept.append((index, mention, types))
    return kept


def _homes_of_the_hurt_after_the_scene(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                      clauses: list[Clause], text: str,
                                      pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of a person hurt, told in the sentence after one of its paragraph that says where the event
    happened: "The incident happened at about 21:10 on Sunday, October 12, on the road through Beshkent ... The
    KamAZ truck ... was hit by several stones; ... the driver, a 41-year-old resident of Gulkhona in Jabbor Rasulov
    district, received cuts" (the driver is hurt at Beshkent, an event place of the article, not at his home).
    Only where the sentence before names one village, an event place of the article elsewhere, and no other."""
    event_places = {mention.place.id for _, mention, _ in placed if mention.place is not None}
    # each sentence's first clause: where it starts and its paragraph (read once)
    first_clause: dict[int, Clause] = {}
    for clause in clauses:
        first_clause.setdefault(clause.sentence_index, clause)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.place is not None and not mention.place.is_unit and mention.place.kind != "country":
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        before = [m for m in by_sentence.get(clause.sentence_index - 1, []) if m.place.id in event_places]
        told = first_clause.get(clause.sentence_index - 1)
        if len({m.place.id for m in before}) == 1 and mention.place is not None and told is not None \
                and before[0].place.id != mention.place.id \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and told.paragraph_index == clause.paragraph_index \
                and pack.event_words.happened.search(text, told.start, before[0].start):
            _demote(mention, "the home of a person hurt in the event the sentence before placed")
            continue
        kept.append((index, mention, types))
    return kept


#: How many event places one clause may hold: a news clause names a handful; a hostile text may name thousands, whose
#: rules, each asking of every other place of the clause, would cost the square of their number.
MAX_PLACES_PER_CLAUSE = 40


def _at_most_per_clause(placed: list[tuple[int, Mention, list[str]]]) -> list[tuple[int, Mention, list[str]]]:
    """The first :data:`MAX_PLACES_PER_CLAUSE` event places of each clause; the others are no events."""
    counts: dict[int, int] = defaultdict(int)
    kept = []
    for index, mention, types in placed:
        counts[index] += 1
        if counts[index] > MAX_PLACES_PER_CLAUSE:
            _demote(mention, f"one of more than {MAX_PLACES_PER_CLAUSE} places in one clause")
            continue
        kept.append((index, mention, types))
    return kept


#: How many paragraphs after the count of the dead its scene may be told.
SCENE_AFTER_PARAGRAPHS = 2


def _homes_of_the_dead_before_the_scene(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                        clauses: list[Clause], text: str, types_of: Callable[[int], list[str]],
                                        pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of people counted dead or hurt, before a sentence that says where the event happened: «погибли
    водитель скорой помощи центральной больницы Исфары ... и житель села Ходжаи-Аало ... Приграничный конфликт ...
    произошел вечером 27 января в местности Төрт-Көчө» (the dead are the tract's, not their village's).

    Only a clause that reports no fighting of its own, and a scene told in one of the
    :data:`SCENE_AFTER_PARAGRAPHS` paragraphs after it, at another place; not a village the paragraph before named
    beside a fight it told («у водораспределителя ... в джамоате Чоркух ... возник спор ... Спор перерос в драку.
    | Пострадали трое жителей Чоркуха», before «Второй инцидент произошел ... в селе Ходжаи-Аъло»)."""
    # (told by the text, not one government's version: "The Isfara city administration ... said ... that the fight took
    # place 'on the outskirts of Khojai-Alo'" is the other side's place of the same fight)
    sentence_spans = _sentence_spans(clauses)
    scenes = [(clauses[index], mention) for index, mention, types in placed if mention.place is not None
              and pack.event_words.happened.search(text, sentence_spans[clauses[index].sentence_index][0], mention.start)
              and not pack.speech.search(text, sentence_spans[clauses[index].sentence_index][0], clauses[index].end)]
    if not scenes:
        return placed
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        if mention.place is not None and not set(types) & FIGHTING_TYPES \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and any(other.place.id != mention.place.id and other.start > clause.end
                        and 0 <= told.paragraph_index - clause.paragraph_index <= SCENE_AFTER_PARAGRAPHS
                        for told, other in scenes) \
                and not _named_beside_a_fight_before(mention, clause, mentions, clauses, types_of):
            _demote(mention, "the home of people counted in the event a later sentence places")
            continue
        kept.append((index, mention, types))
    return kept


def _named_beside_a_fight_before(mention: Mention, clause: Clause, mentions: Sequence[Mention], clauses: list[Clause],
                                 types_of: Callable[[int], list[str]]) -> bool:
    """Whether the paragraph before ``clause``'s (or its own, before it) names ``mention``'s place and tells a fight."""
    paragraphs = (clause.paragraph_index - 1, clause.paragraph_index)
    told = [k for k, c in enumerate(clauses) if c.paragraph_index in paragraphs and c.end <= clause.start
            and c.scope == "news"]
    if not told or not any(FIGHTING_TYPES.intersection(types_of(k)) for k in told):
        return False
    start = clauses[told[0]].start
    return any(m.place is not None and m.place.id == mention.place.id and start <= m.start < clause.start
               for m in mentions)


def _scenes_named_just_before(placed: list[tuple[int, Mention, list[str]]], parsed: ParsedArticle,
                              clauses: list[Clause], text: str, types_of: Callable[[int], list[str]],
                              pack: LanguagePack, dated: Callable[[Clause], bool] | None = None,
                              ) -> list[tuple[int, Mention, list[str]]]:
    """A fight told in a sentence that names no place, right after a sentence of its paragraph that names one
    village and no event: the village is its scene. "On July 6, herders from Lakhsh district drove about 1,500
    sheep and goats across the line onto the Kyzyl-Eshme pastures. An argument with local herders turned into a
    fight, in which two Kyrgyz herders ... were injured." Only where no event was told earlier in the paragraph
    (whose figures the sentence would go on to tell) and the sentence reports fighting, a brawl or people hurt
    ("A conflict broke out ... on the summer pastures above the village of Kara-Shibak ... According to
    preliminary information, a few people were injured"). In an article with no other event, the district of a
    village the gazetteer lacks, named with the place and hour where the story starts, stands for that village
    (the pack's ``unknown_village_in_before``: «недалеко от населенного Ак-Босого Лейлекского района»)."""
    spans = parsed.sentences.spans if parsed.sentences is not None else []
    if not spans:
        return placed
    by_sentence: dict[int, list[Mention]] = {}
    for mention in parsed.mentions:
        if mention.place is not None or mention.kind == "cue":
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
    # (a country names no scene: «граждане Таджикистана ... начали закидывать камнями военнослужащих»)
    # (nor does the post a detainee was taken to: «силой задержали его и доставили на пограничную заставу «Кулунду»»)
    sentences_with_places = {m.sentence_index for m in parsed.mentions
                             if m.kind == "cue" or m.place is not None and m.place.kind != "country"
                             and m.role_reason != DESTINATION}
    event_paragraphs = {clauses[index].paragraph_index: clauses[index].sentence_index for index, _, _ in placed}
    placed_places = {mention.place.id for _, mention, _ in placed if mention.place is not None}
    added = []
    for index, clause in enumerate(clauses):
        sentence = clause.sentence_index
        if clause.scope != "news" or sentence in sentences_with_places or sentence - 1 not in by_sentence \
                or event_paragraphs.get(clause.paragraph_index, sentence) < sentence:
            continue
        names_a_country = sentence in by_sentence
        # ... though a spot measured from "the village" before names the scene whatever countries the sentence names:
        # «житель села Гулякандоз ... пас 36 голов коз примерно в 800 метрах к западу от села. Военнослужащие
        # Пограничной службы Кыргызской Республики силой задержали его» (the post he was taken to is no scene either)
        countries_only = names_a_country and all(
            m.role_reason == DESTINATION or m.place is not None and m.place.kind == "country"
            for m in by_sentence[sentence])
        before = [m for m in by_sentence[sentence - 1] if m.place is not None and m.place.kind != "country"]
        before_end = spans[sentence - 1][1] if sentence - 1 < len(spans) else 0
        villages = [m for m in before if m.place.kind == "curated" and not m.place.is_unit
                    and m.place.country_code in ("KG", "TJ") and m.role_reason == NO_VIOLENCE
                    and (not names_a_country
                         and (pack.event_words.land_before.search(text, max(0, m.start - LAND_NEAR_CHARS), m.start)
                              or pack.event_words.land_after.match(text, m.end)
                              # ... or, in an article with no other event, the spot near it the story is at, in a
                              # dated sentence: "on Friday, Kyrgyz military personnel had crossed the frontier near
                              # the village of Vorukh. | When told to leave, ... opened fire"
                              # (the sentence dated: not "near Lakkon, 55 hectares went to Kyrgyzstan. | ... no
                              # shooting incidents had been recorded this year")
                              or not placed and dated is not None and pack.roles.near_before.search(
                                  text, max(0, m.start - LAND_NEAR_CHARS), m.start)
                              and _sentence_before_dated(clauses, index, dated))
                         # (a village no event of the article is at yet: not "three men from Andarak ... collecting
                         # firewood in a gorge about 6 kilometers south of the village", told again after a lede)
                         or (not names_a_country or countries_only) and m.place.id not in placed_places
                         and pack.event_words.spot_from_the_village.search(text, m.end, max(m.end, before_end)))]
        if not villages and not placed:
            # ... and, in an article with no other event, the district of a village the gazetteer lacks, named with
            # its hour as where the story starts: «примерно в 12:20 недалеко от населенного Ак-Босого Лейлекского
            # района Баткенской области пограничный наряд Кыргызстана заметил граждан Таджикистана» ... «начали
            # закидывать камнями военнослужащих»
            villages = [m for m in before if _stands_for_an_unknown_village(m, text, pack)]
        # (a district beside it may name where the other party came from: "herders from Lakhsh district")
        # (the sentence before may close the paragraph before: a lede, then "According to preliminary information, a
        # few people were injured")
        # (a pasture or tract beside the village is where on its land: «пасли овец на пастбище Кара-Жыгач примерно в 4
        # километрах южнее села»)
        # (the village named again, or the other party's village: «между жителями Чоркуха и соседнего кыргызского
        # села Самаркандык возник спор»)
        if len(villages) != 1 or any(m is not villages[0] and not m.place.is_unit and m.role_reason != RIVER_OR_TRACT
                                     and m.place.id != villages[0].place.id
                                     and not pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)
                                     for m in before) \
                or not (FIGHTING_TYPES | {"casualty_report"}).intersection(types_of(index)):
            continue
        start, end = spans[sentence] if sentence < len(spans) else (clause.start, clause.end)
        added.append((index, replace(villages[0], start=clause.start, end=clause.end, excerpt=text[start:end].strip(),
                                     excerpt_start=_next_word(text, start, end), sentence_index=sentence,
                                     role="incident", role_reason=SCENE_JUST_BEFORE, precision=2),
                      types_of(index)))
        event_paragraphs.setdefault(clause.paragraph_index, sentence)
    return sorted([*placed, *added], key=lambda entry: entry[0]) if added else placed


#: How many paragraphs after a reporter's stop (:func:`_the_stop_s_scene`) its village stays the scene.
STOP_PARAGRAPHS = 3


def _the_stop_s_scene(placed: list[tuple[int, Mention, list[str]]], parsed: ParsedArticle, clauses: list[Clause],
                      text: str, types_of: Callable[[int], list[str]], pack: LanguagePack,
                      ) -> list[tuple[int, Mention, list[str]]]:
    """A feature's stop on the reporter's route sets the scene of what its people tell next: «Первая остановка –
    Сурх. На краю села ... во дворе 58-летнего Абдурахмона еще пахнет гарью. | – Это было в ночь на 3 октября ... а
    сарай уже горит»; "Ten kilometres further east, in Chilgazi, the worry is ...". A fight, fire, harm or flight told in
    the next :data:`STOP_PARAGRAPHS` paragraphs by a sentence that names no place, before any other place is named or an
    event placed, is at the stop's village (the first such clause only)."""
    spans = parsed.sentences.spans if parsed.sentences is not None else []
    if not spans:
        return placed
    # (each context village's own sentence start read up to it: no search of the whole text, on every article)
    stops = [m for m in parsed.mentions
             if m.place is not None and m.place.kind == "curated" and not m.place.is_unit and m.role == "context"
             and m.sentence_index < len(spans)
             and pack.event_words.travel_stop.fullmatch(text, spans[m.sentence_index][0], m.start) is not None]
    if not stops:
        return placed
    named = {m.sentence_index for m in parsed.mentions
             if m.kind == "cue" or m.place is not None and m.place.kind != "country" and m.role_reason not in IN_PASSING}
    placed_at = sorted(clauses[index].start for index, _, _ in placed)
    added = []
    for stop in stops:
        own = next((c for c in clauses if c.start <= stop.start < c.end), None)
        if own is None or any(c.sentence_index == own.sentence_index and c.scope != "news" for c in clauses):
            continue  # (not a stop whose people recall a past war: "Further east, in Toguz-Bulak ..., residents recall
            # the events of September 14-16, 2022, hour by hour")
        paragraph = own.paragraph_index
        for index, clause in enumerate(clauses):
            if clause.start <= stop.start or clause.paragraph_index > paragraph + STOP_PARAGRAPHS:
                continue
            if clause.sentence_index in named and clause.sentence_index != stop.sentence_index \
                    or any(stop.start < at <= clause.start for at in placed_at):
                break  # another place named, or an event placed: the stop's scene ends
            if clause.scope == "news" and clause.sentence_index != stop.sentence_index \
                    and (FIGHTING_TYPES | {"casualty_report", "evacuation_displacement"}).intersection(types_of(index)):
                start, end = spans[clause.sentence_index] if clause.sentence_index < len(spans) \
                    else (clause.start, clause.end)
                added.append((index, replace(stop, start=clause.start, end=clause.end, excerpt=text[start:end].strip(),
                                             excerpt_start=_next_word(text, start, end),
                                             sentence_index=clause.sentence_index, role="incident",
                                             role_reason=SCENE_JUST_BEFORE, precision=2), types_of(index)))
                break
    return sorted([*placed, *added], key=lambda entry: entry[0]) if added else placed


def _sentence_before_dated(clauses: list[Clause], index: int, dated: Callable[[Clause], bool]) -> bool:
    """Whether a news clause of the sentence before clause ``index``'s has a date of its own (read backwards from it, so
    a long article is not scanned once per clause)."""
    sentence = clauses[index].sentence_index
    k = index - 1
    while k >= 0 and clauses[k].sentence_index >= sentence - 1:
        if clauses[k].sentence_index == sentence - 1 and clauses[k].scope == "news" and dated(clauses[k]):
            return True
        k -= 1
    return False


#: How far (characters) before the village its land may be named.
LAND_NEAR_CHARS = 40


def _shares_join_their_fighting(placed: list[tuple[int, Mention, list[str]]],
                                shares: list[Share]) -> list[tuple[int, Mention, list[str]]]:
    """A breakdown's mention of a village whose fighting the article reports elsewhere is no event of its own.

    «один — житель Ак-Сая» counts a resident of Ak-Sai, where «таджикская сторона
    открыла минометный огонь по Ак-Саю» is the event: the share goes there
    (:func:`_apply_breakdowns`), and the breakdown's sentence takes no other
    figures as an event of Ak-Sai.
    """
    share_starts = {share.mention_start for share in shares}
    fighting = {mention.place.id for _, mention, types in placed
                if mention.place is not None and mention.start not in share_starts and _reports_fighting(types)}
    kept = []
    for entry in placed:
        _, mention, types = entry
        if mention.start in share_starts and not _reports_fighting(types) and mention.place is not None \
                and mention.place.id in fighting:
            _demote(mention, "a village's share of a per-place breakdown; its fighting is reported elsewhere")
            continue
        kept.append(entry)
    return kept


#: How far (characters) before a place its people may be named ("a group of fifty ... residents of the village council
#: of"), and how far a relative clause may describe where another place lies ("near the Kyrgyz village of Ak-Sai, where
#: a road and an irrigation channel run along the edge of").
HOME_BEFORE_CHARS = 200

WHERE_IT_LIES_CHARS = 240

#: The cue of a village (not a post, a tract or a unit): "the village of …", «село …», «махалла …».
_VILLAGE_CUE = re.compile(r"village|hamlet|settlement|(?<!\w)сел|кишлак|айыл|(?<!\w)аил|махалл", re.I)


def _most_precise_per_clause(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                             pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """In one clause, a region or the border area gives way to a more precise place named with it.

    "Clashes at Kök-Tash in the Batken region" is one event at Kök-Tash;
    "the Kyrgyz-Tajik border in the Batken region" is one event in the region.
    When the first event place is named as its residents and a village within
    :data:`SAME_EVENT_KM` is named as the other party ("residents of Surkh and
    the neighbouring Kök-Tash threw stones", "жители Кулунду ... жители
    Овчи-Калачи"), that is one event at the first; "shells hit Chorkuh and
    Surkh" and "shepherds of Kulundu were detained at Western Qal'acha" stay two.
    """
    def rank(mention: Mention) -> tuple[int, int]:
        place = mention.place
        coarse = 0
        if place is not None and place.is_unit:
            coarse = 1
        if mention.kind == "border_area" or (place is not None and place.kind == "border"):
            coarse = 2
        if place is not None and place.stand_in_unit is not None and id(mention) in listed_with_a_village:
            # a village the gazetteer lacks is a village, though mapped at its unit, beside one it has in the same
            # list: "shelled the villages of Kulkand, Guliston and Oftobru" are three
            return (1, 0)
        if id(mention) in units_of_stand_ins:
            # "in the Hoji-Ali area of the Chorkuh jamoat": the located place a stand-in of its clause is mapped at,
            # named as its unit, is coarser than it
            return (max(mention.precision or 3, 2), 1)
        return (mention.precision or 3, coarse)

    # the places of each clause and sentence (looked up by their index, so a long list costs no more than its length)
    by_clause: dict[int, list[Mention]] = defaultdict(list)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for index, mention, _ in placed:
        if mention.place is not None:
            by_clause[index].append(mention)
            by_sentence[clauses[index].sentence_index].append(mention)
    # the located places of a clause that a stand-in of that clause is mapped at, as its unit
    units_of_stand_ins = set()
    for group in by_clause.values():
        mapped_at: dict[str, int] = {}  # the unit a stand-in of the clause is mapped at -> where the first such begins
        for other in group:
            if other.place.stand_in_unit is not None:
                mapped_at[other.place.stand_in_unit] = min(mapped_at.get(other.place.stand_in_unit, other.start),
                                                           other.start)
        units_of_stand_ins.update(id(m) for m in group if m.place.stand_in_unit is None and not m.place.is_unit
                                  and mapped_at.get(m.place.name, m.start) < m.start)
        # ... and a village named with its rural unit's noun: "the village of Kayragach, in Leilek's Beshkent
        # municipality", "Orto-Boz, a village about 4 km from Ravat in the same Ak-Tatyr rural district" (the unit, not
        # its seat, beside the village of the clause)
        units_of_stand_ins.update(id(m) for m in group if not m.place.is_unit and _RURAL_UNIT_AFTER.match(text, m.end)
                                  # (of its own country: not "residents of the Lakkon jamoat of Isfara and the
                                  # neighbouring Kyrgyz village of Kara-Bak")
                                  # (named after the village, as its unit: not "Two residents of Isfara's Surh rural
                                  # community were wounded ... and three residents of neighboring Chorku")
                                  and any(o.place.id != m.place.id and not o.place.is_unit
                                          and o.place.country_code == m.place.country_code
                                          and o.end <= m.start <= o.end + RURAL_UNIT_AFTER_CHARS for o in group))
    # stand-ins listed with a located village of their clause ("the villages of Kulkand, Guliston and Oftobru": the
    # list's cue holds the located name; not "around Ak-Sai and the neighbouring villages of Kapchygai and Dostuk")
    listed_with_a_village = set()
    for index, group in by_clause.items():
        located = [m for m in group if m.place.stand_in_unit is None]
        # (or, in a clause that names no located village, beside another it lacks, mapped elsewhere: «по селам Хонобод,
        # Танги и Ходжи-Али», one at a jamoat's point, two at the region's; not "around Ak-Sai and the neighbouring
        # villages of Kapchygai and Dostuk", the located village's)
        if any(not m.place.is_unit for m in located):
            listed_with_a_village.update(id(m) for m in group if m.place.stand_in_unit is not None and m.cue
                                         and any(other.text in m.cue for other in located if not other.place.is_unit))
        else:
            stand_ins = [m for m in group if m.place.stand_in_unit is not None]
            if any(m.cue and other.text in m.cue for m in stand_ins for other in stand_ins if other is not m):
                listed_with_a_village.update(id(m) for m in stand_ins)  # (all of them alike)
        if any(not m.place.is_unit and m.place.kind in ("city", "curated") for m in located) \
                and pack.fight_parties.search(text, clauses[index].start, clauses[index].end) is not None:
            # ... and a village it lacks named as one party of a fight whose other party is a located village
            # («конфликт между жителями приграничных сел Уч-Добо Баткенского района ... и Ходжа-Аъло Исфаринского
            # района»: a fight between two villages is at the first named)
            listed_with_a_village.update(id(m) for m in group if m.place.stand_in_unit is not None
                                         and _VILLAGE_CUE.search(m.cue or ""))

    def home_before(index: int, mention: Mention) -> bool:
        """Whether the clause names ``mention`` as people's home ("residents of", "a herder from")."""
        return pack.roles.residents_before.search(
            text[max(clauses[index].start, mention.start - HOME_BEFORE_CHARS):mention.start]) is not None

    def elsewhere(index: int) -> set[int]:
        """The event places of the article's other clauses."""
        return {m.place.id for i, m, _ in placed if i != index and m.place is not None}

    def home_beside_a_located_unit(index: int, mention: Mention) -> bool:
        """A place named as a person's home in a clause that puts the event in part of a district: "A
        61-year-old herder from Aidarken was beaten ... on the Kumbel high pasture in the south of Kadamjay
        district" is an event in the district, not at his home."""
        clause = clauses[index]
        return mention.place is not None and home_before(index, mention) \
            and any(other.place.is_unit and other.start > mention.end and other.place.id != mention.place.id
                    and pack.event_words.in_part_of_unit_before.search(text, max(clause.start, other.start - 60), other.start)
                    for other in by_clause[index])

    def home_beside_a_site(index: int, mention: Mention) -> bool:
        """A place named as the home of those who acted or were hit, in a sentence that names the site where: "a
        group of fifty ... residents of the village council of Aksai, on the bridge near the settlement of
        Khodjai-Alo, forcibly stopped the car", "a married couple from the village of Kayragach, were killed when a
        mortar round hit their car on the edge of Internatsional"."""
        return mention.place is not None and home_before(index, mention) \
            and any(not other.place.is_unit and other.start > mention.end
                    and other.kind == "place" and other.place.kind not in ("border", "country")
                    and other.place.id != mention.place.id
                    and pack.event_words.site_near_before.search(text, max(0, other.start - 80), other.start)
                    for other in by_sentence[clauses[index].sentence_index])

    def where_another_lies(index: int, mention: Mention) -> Mention | None:
        """The clause's place before it whose location a relative clause describes with it: "near the
        Kyrgyz village of Ak-Sai, where a road and an irrigation channel run along the edge of |Vorukh|"."""
        if mention.place is None:
            return None
        ends, others = points_by_end[index]
        first = bisect.bisect_left(ends, mention.start - WHERE_IT_LIES_CHARS)
        return next((other for other in others[first:bisect.bisect_left(ends, mention.start)]
                     if other.place.id != mention.place.id
                     and pack.event_words.where_it_lies.search(text, other.end, mention.start)), None)

    # each clause's located places that are no unit, by where they end (for :func:`where_another_lies`)
    points_by_end: dict[int, tuple[list[int], list[Mention]]] = {}
    for index, group in by_clause.items():
        points = sorted((m for m in group if not m.place.is_unit), key=lambda m: m.end)
        points_by_end[index] = ([m.end for m in points], points)

    best: dict[int, tuple[int, int]] = {}
    homes: set[int] = set()
    landmarks: dict[int, Mention] = {}
    for index, mention, _ in placed:
        if (described := where_another_lies(index, mention)) is not None:
            landmarks[id(mention)] = described
        elif home_beside_a_located_unit(index, mention) or home_beside_a_site(index, mention):
            homes.add(id(mention))
        elif mention.role_reason != CEASEFIRE_VENUE:  # an agreement's venue is another event
            best[index] = min(best.get(index, (9, 9)), rank(mention))
    kept = []
    first: dict[int, Mention] = {}
    last: dict[int, Mention] = {}
    for index, mention, types in placed:
        if id(mention) in homes:
            _demote(mention, "named as a person's home; the clause puts the event in part of a district")
            continue
        if id(mention) in landmarks:
            _demote(mention, f"{_LANDMARK_OF_THE_SCENE} {landmarks[id(mention)].place.name} lies")
            continue
        if mention.role_reason == CEASEFIRE_VENUE:
            kept.append((index, mention, types))
            continue
        if rank(mention) > best[index]:
            parties = pack.fight_parties.search(text, clauses[index].start, clauses[index].end)
            if parties is not None and mention.start > parties.start() and mention.place is not None \
                    and mention.place.is_unit:
                # «драка между жителями села и гражданами Кыргызстана из соседнего села Лейлекского района»:
                # the district the other party came from; its own count of hurt is the fight's
                _demote(mention, f"{_OTHER_PARTY}: a fight's party came from it")
            else:
                _demote(mention, MORE_PRECISE_IN_CLAUSE)
            continue
        lead = first.setdefault(index, mention)
        last.setdefault(index, mention)
        # a second place of the clause, near the first: the other party or the other end of one scene
        # (however far their points: "residents of X and of the neighbouring village of Y pelted each
        # other" names the two parties of one fight)
        neighbour = lead is not mention and lead.place is not None and mention.place is not None \
            and lead.place.id != mention.place.id and (_km(lead.place, mention.place) <= SAME_EVENT_KM
                or pack.fight_parties.search(text, clauses[index].start, clauses[index].end) is not None)
        coordinated = neighbour and pack.coordinated.fullmatch(text, lead.end, mention.start) is not None
        before = last[index]  # the clause's place kept just before this one ("from Ak-Sai ... between |Ak-Sai and")
        if neighbour and before is not lead and before.place is not None and not before.place.is_unit \
                and not mention.place.is_unit and before.place.id == lead.place.id \
                and pack.coordinated.fullmatch(text, before.end, mention.start) is not None \
                and pack.between_before.search(text, max(clauses[index].start, before.start - 40), before.start):
            # "a shepherd from Ak-Sai was wounded on the pasture between Ak-Sai and the Tajik enclave of Vorukh"
            _demote(mention, f"the other end of a place between it and {lead.place.name}")
            continue
        if lead is not mention and lead.place is not None and mention.place is not None \
                and lead.place.id != mention.place.id and not lead.place.is_unit and not mention.place.is_unit \
                and pack.roles.residents_before.search(text[clauses[index].start:lead.start]) \
                and pack.event_words.victims_before.search(text, max(clauses[index].start, mention.start - 80),
                                                           mention.start) \
                and not set(types) <= {"evacuation_displacement"}:
            # "50-60 residents of the Kyrgyz village of Aksai ... threw stones at residents of Vorukh", «Жители
            # кыргызского села Булак-Башы ... забросали камнями и избили жителей таджикского села Чашмасор»: the attack
            # is where the people attacked were; the attackers came from the village named first
            _demote(lead, f"{_OTHER_PARTY}: its residents attacked those of {mention.place.name}")
            kept = [entry for entry in kept if entry[1] is not lead]
            first[index] = last[index] = mention
            kept.append((index, mention, types))
            continue
        if neighbour and not lead.place.is_unit and not mention.place.is_unit \
                and pack.event_words.party_with_before.search(text, max(clauses[index].start, lead.start - 80),
                                                               lead.start) \
                and SCENE_BEFORE_NAME.search(text, max(lead.end, mention.start - 40), mention.start):
            # "injured in a brawl with residents of Vorukh at Ak-Sai", «в драке с жителями Воруха у села Ак-Сай»: the
            # other party's home, then the scene
            _demote(lead, f"{_OTHER_PARTY}: the fight with its residents was at {mention.place.name}")
            kept = [entry for entry in kept if entry[1] is not lead]
            first[index] = last[index] = mention
            kept.append((index, mention, types))
            continue
        if neighbour and pack.roles.residents_before.search(text[clauses[index].start:lead.start]) \
                and (coordinated or pack.roles.residents_before.search(text[clauses[index].start:mention.start])) \
                and not set(types) <= {"evacuation_displacement"}:
            # (not «жителей сел Ак-Татыр, Самаркандек и Ак-Сай ... временно переселили»: the villages evacuated)
            _demote(mention, f"{_OTHER_PARTY}: residents of {lead.place.name} act in this clause")
            continue
        if neighbour and mention.place.country_code != lead.place.country_code \
                and (parties := pack.fight_parties.search(text, clauses[index].start, clauses[index].end)) is not None \
                and lead.start < parties.start() < mention.start \
                and (pack.roles.residents_before.search(text, max(parties.start(), mention.start - 80), mention.start)
                     or pack.neighbour_before.search(text, max(parties.start(), mention.start - 60), mention.start)):
            # «в селе Арка ... произошла массовая драка между жителями села и гражданами Таджикистана из соседнего
            # Хистеварза»: the fight is at the village named first; the other party came from this one
            _demote(mention, f"{_OTHER_PARTY}: a fight's party came from it")
            continue
        if coordinated and not lead.place.is_unit and not mention.place.is_unit \
                and pack.between_before.search(text, max(clauses[index].start, lead.start - 40), lead.start):
            # «у моста «Дружба» между селом Кулунду и таджикским джамоатом Овчи-Калача»: one scene
            if mention.place.id in elsewhere(index) and lead.place.id not in elsewhere(index):
                # "the section between Lakkon and Kara-Bak" in a story told at Kara-Bak: its scene
                _demote(lead, f"the other end of a place between it and {mention.place.name}")
                kept = [entry for entry in kept if entry[1] is not lead]
                first[index] = mention
                kept.append((index, mention, types))
                continue
            _demote(mention, f"the other end of a place between it and {lead.place.name}")
            continue
        kept.append((index, mention, types))
        last[index] = mention
    return kept


#: An exclave named as the landmark it is: "near the Vorukh |exclave|" (the word inside the mention or right after it),
#: "near |the exclave of |Vorukh", «близ |анклава |Ворух».
_EXCLAVE_AFTER = re.compile(r"\s+(?:exclave|enclave)\b", re.I)
_EXCLAVE_BEFORE = re.compile(r"(?:\b(?:exclave|enclave)\s+of|(?<![\w-])(?:анклава|эксклава))\s+$", re.I)

#: How far (km) the village the body tells an event at may lie from the place the lede said it was near.
LEDE_LANDMARK_KM = 15.0


def _the_lede_s_landmark(events: list[MentionEvent], mentions: Sequence[Mention], text: str,
                         pack: LanguagePack) -> list[MentionEvent]:
    """Drop an event the lede places only "near" an exclave that the body tells at another village nearby.

    "A Kyrgyz herder says Tajik border guards beat him ... after detaining him on a pasture |near the Vorukh exclave|"
    opens a story whose body tells the detention "on a pasture near Ak-Sai": the village is the scene, the exclave only
    what it lies by (Vorukh is named again only in the other side's version). The lede's event goes when the body
    tells violence at no mention of its place, and exactly one event of violence or harm in the body, on the same days,
    lies within :data:`LEDE_LANDMARK_KM`; the lede's figures go to that event where it has none of their measure.
    """
    lede_end = _lede_end(text)
    out = list(events)
    for event in events:
        if event.source.start >= lede_end:
            continue
        own = [m for m in mentions if m.place is not None and m.place.id == event.place.id and m.role == "incident"]
        if not own or any(m.start >= lede_end for m in own) or not all(
                pack.roles.near_before.search(text, max(0, m.start - 60), m.start)
                and (_EXCLAVE_AFTER.match(text, m.end) or _EXCLAVE_AFTER.search(text, m.start, m.end)
                     or _EXCLAVE_BEFORE.search(text, max(0, m.start - 30), m.start))
                for m in own):
            continue
        body = [other for other in events if other.place.id != event.place.id
                and other.source.start >= lede_end
                and set(other.event_types) - {"evacuation_displacement", "ceasefire_agreement"}
                and not other.place.is_unit and event.window is not None and other.window is not None
                and other.window[0] <= event.window[1] and event.window[0] <= other.window[1]
                and _km(event.place, other.place) <= LEDE_LANDMARK_KM]
        if len({other.place.id for other in body}) != 1:
            continue
        target = body[0]
        told = {figure.measure for figure in target.figures}
        target.figures.extend(figure for figure in event.figures if figure.measure not in told)
        out.remove(event)
    return out
