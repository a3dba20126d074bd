"""What a clause of an article says: its event types once non-event phrases are removed, the vocabulary
the event stage shares (role reasons, distances, list and heading patterns), and small helpers over
sentences and distances.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
import re

from geo.gazetteer.model import Place
from geo.gazetteer.ranking import haversine_km
from geo.geoparse.model import Mention
from geo.geoparse.roles import INCIDENT_SCENE
from geo.geoparse.stand_ins import stand_in_reach_km
from geo.incidents.model import Clause, MentionEvent
from geo.incidents.taxonomy import ARMED_TYPES, EVENT_TYPES, FIGHTING_TYPES, VIOLENT_TYPES
from geo.language import LanguagePack
from geo.language.folding import blank_matches, lower_keep_length

#: Role reason prefix of the village of the other party of a fight ("residents of X and Y threw stones").
_OTHER_PARTY = "the other party"

#: Role reason prefix of a village named in where the scene lies ("Ak-Sai, where a road ... runs along the edge
#: of Vorukh").
_LANDMARK_OF_THE_SCENE = "named in where"

#: When residents of the clause's first event place act ("residents of Surkh and the neighbouring
#: Kok-Tash threw stones"), villages named after it this close (km) are the other party, not events.
SAME_EVENT_KM = 10.0

#: The distance taken between two villages the gazetteer lacks (mapped at their units' points): neighbours, not one
#: scene.
STAND_INS_APART_KM = 20.0

#: How many news clauses back "the incident" of «Инцидент произошёл в X» may have been reported.
ANTECEDENT_CLAUSES = 6

#: How many sentences a lede may have whose first names the scene of the incident its next paragraph tells.
LEDE_SENTENCES = 2

#: How far (characters) before a place its clause may say it is the scene ("The incident took place on Monday, August
#: 7, at about 22:15, near the village of").
SCENE_PHRASE_CHARS = 400


def _named_as_the_scene(mention: Mention, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """Whether the clause says the article's incident happened at ``mention`` ("The incident occurred near X")."""
    if mention.role_reason == INCIDENT_SCENE:
        return True
    # (the words just before it: the scene's phrase is short, and a clause may be a hostile text's whole megabyte)
    before = text[max(clause.start, mention.start - SCENE_PHRASE_CHARS):mention.start]
    return bool(before) and pack.folded.roles.incident_scene_before.search(lower_keep_length(before)) is not None


#: A clause that opens one more incident, or the first of those a lede counted: «Второй инцидент произошел ...», "In a
#: separate incident, ...", «Первый случай произошел ...».
ANOTHER_INCIDENT = re.compile(r"(?<![\w-])(?:перв(?:ый|ое)|втор(?:ой|ое)|трет(?:ий|ье)|ещ[её]\s+один|друго[йе]|"
                              r"следующ(?:ий|ее))\s+(?:инцидент|случай|происшествие|конфликт)|"
                              r"\b(?:first|second|third|another|separate)\s+(?:incident|case|clash)\b", re.I)


def _with_antecedent_types(types: list[str], index: int, clauses: Sequence[Clause],
                           types_of: Callable[[int], list[str]], another: bool = False) -> list[str]:
    """``types`` with the fighting types of the incident an anaphoric clause locates.

    The nearest news clause before (at most :data:`ANTECEDENT_CLAUSES` back) that reports
    fighting, else the first one after it in the same paragraph («Конфликт произошёл в
    местности Чек ... Соседи начали кидать друг в друга камни»). ``another``: the clause opens
    a new incident («Второй инцидент произошел ... в селе Сурх»), told after it before anything before it.
    """
    earlier = range(index - 1, max(-1, index - 1 - ANTECEDENT_CLAUSES), -1) if not another else range(0)
    if set(types) & FIGHTING_TYPES:
        # «первый инцидент произошел в четверг около 22:50 у села Кара-Бак: таджикские военнослужащие открыли огонь»:
        # the clause tells its own fight (one of those the lede summed up); a quarrel it tells may be the start of the
        # shooting told just before: «произошла перестрелка между пограничниками ... инцидент произошел рядом с селом
        # Кок-Таш, куда ... приехали для урегулирования конфликта между жителями»
        if not set(types) & ARMED_TYPES:
            for k in earlier:
                armed = [t for t in types_of(k) if t in ARMED_TYPES] if clauses[k].scope == "news" else []
                if armed:
                    merged = set(types) | set(armed)
                    return [t for t in EVENT_TYPES if t in merged]
        return types
    # ... or in the paragraph after a one-sentence lede: "The State Border Service ... informed about details of the
    # conflict that occurred the day before at the entrance to Vorukh village. | According to the service, the incident
    # with the use of weapons occurred ..."
    paragraph = clauses[index].paragraph_index
    # (a lede of two sentences whose first names the scene: «Конфликт из-за пастбища произошел в понедельник ... у
    # села Кара-Шыбак ... Власти обеих стран сообщают о пострадавших со своей стороны. | ... Словесная перепалка
    # переросла в драку»)
    sentences = {c.sentence_index for c in clauses if c.paragraph_index == paragraph}
    lede = paragraph + 1 if len(sentences) <= LEDE_SENTENCES \
        and clauses[index].sentence_index == min(sentences) else paragraph
    def later() -> Iterator[int]:
        """The clauses after it in its paragraph, then (after a one-sentence lede) a few of the next paragraph (all of
        it, for one more incident: «Второй случай произошел ... у села Кок-Таш» | «При задержании один из нарушителей
        ... ударил пограничника топором»)."""
        for k in range(index + 1, len(clauses)):
            if clauses[k].paragraph_index == paragraph \
                    or clauses[k].paragraph_index == lede != paragraph and (k <= index + ANTECEDENT_CLAUSES or another):
                yield k
            elif clauses[k].paragraph_index > lede:
                return

    # (one more incident looks after it first, and back only when nothing after it tells a fight)
    order = (*later(), *range(index - 1, max(-1, index - 1 - ANTECEDENT_CLAUSES), -1)) if another \
        else (*earlier, *later())
    for k in order:
        if clauses[k].scope != "news":
            continue
        fighting = [t for t in types_of(k) if t in FIGHTING_TYPES]
        if fighting:
            merged = set(types) | set(fighting)
            return [t for t in EVENT_TYPES if t in merged]
    # «Житель района получил ранения при взрыве неразорвавшегося боеприпаса ... Происшествие случилось ... у
    # села Каракенджа»: no fighting, the harm told before (an old munition's blast)
    for k in earlier:
        if clauses[k].scope == "news" and "casualty_report" in types_of(k):
            return [t for t in EVENT_TYPES if t in set(types) | {"casualty_report"}]
    # ... or the people hurt told after a one-sentence lede (or after one more incident's opening): «Инцидент произошел
    # сегодня утром вблизи махалли Кок-Тош села Аксай ... | ... в ходе инцидента пострадали 5 жителей махалли Сомониён»
    if lede != paragraph or another:
        for k in later():
            if clauses[k].scope == "news" and "casualty_report" in types_of(k):
                return [t for t in EVENT_TYPES if t in set(types) | {"casualty_report"}]
    return types


@lru_cache(maxsize=512)
def _non_event_scan(clause_text: str, not_event: re.Pattern[str]) -> tuple[tuple[tuple[int, int], ...], str]:
    """The ``not_event`` phrases of a clause (offsets in it) and the clause lower-cased with them blanked.

    One scan per clause text, shared by its types, its dates, its figures and the names inside its
    non-event phrases (each used to scan the clause again).
    """
    lowered = lower_keep_length(clause_text)
    spans = tuple(m.span() for m in not_event.finditer(lowered))
    if not spans:
        return spans, lowered
    pieces, last = [], 0
    for a, b in spans:
        pieces += [lowered[last:a], " " * (b - a)]
        last = b
    return spans, "".join(pieces) + lowered[last:]


#: A year of the 20th or 21st century written out.
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def clause_types(clause_text: str, pack: LanguagePack) -> list[str]:
    """Event types whose triggers appear in the clause, in taxonomy order."""
    folded = pack.folded
    cleaned = _non_event_scan(clause_text, folded.not_event)[1]
    if _A_YEAR.search(cleaned):
        # "in a pasture ... south of Ak-Tatyr, in an area that saw heavy fighting in September 2022": the
        # place's past with its year is no event of the clause
        cleaned = pack.place_history.sub(lambda m: " " * len(m.group(0)) if _A_YEAR.search(m.group(0)) else m.group(0),
                                         cleaned)
        # "stealing household goods from abandoned houses in Ak-Sai during the evacuation of September 2022": an event
        # of a past year, told to place a crime or a memory
        cleaned = blank_matches(cleaned, pack.event_words.past_year_event)
    found = [name for name in EVENT_TYPES if folded.triggers[name].search(cleaned)]
    if "armed_clash" in found and "air_drone_strike" in found and pack.drone_attack.search(cleaned) \
            and not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.drone_attack)):
        found.remove("armed_clash")  # «беспилотник ... атаковал легковой автомобиль»: the drone's attack
    if "armed_clash" in found and pack.event_words.into_the_air.search(cleaned) and pack.harmless_fire.search(cleaned) \
            and not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.harmless_fire)):
        # «пограничники произвели предупредительные выстрелы в воздух, чтобы остановить граждан Таджикистана»:
        # shots into the air fight no one
        found.remove("armed_clash")
    if any(name in VIOLENT_TYPES for name in found) and "ceasefire_agreement" in found:
        found.remove("ceasefire_agreement")  # "clashes broke out after the ceasefire"
    if "armed_clash" in found and pack.old_ordnance.search(cleaned):
        # "an unexploded shell left over from the September fighting went off", «подорвался на неразорвавшемся
        # боеприпасе, оставшемся после апрельских боев»: the fighting is the munition's past, not this clause's event
        if not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.old_ordnance)):
            found.remove("armed_clash")
    if "shelling_artillery" in found and "armed_clash" not in found and pack.old_ordnance.search(cleaned):
        # "a boy was killed when an old artillery shell exploded": no one fired it now
        found = [name for name in found if name != "shelling_artillery"]
        if "casualty_report" not in found:
            found.append("casualty_report")
    return found


#: Quotation marks that open a quoted report, or a named post or unit («заставы «Овчи-Калъача»»).
_OPENING_QUOTES = ("«", "\"", "“", "„")

#: The rest of that quotation (no stop in it) and its attribution after a dash: «..., еще один получил ранение", -
#: цитирует заявление ведомства».
_ATTRIBUTION_AFTER_QUOTE = re.compile(r"[^«»\"“”.;]{0,200}[»\"”]\s*,?\s*[—–-]+\s*((?:[^.;«»\"“”]|\.(?=\w)){1,90})")

#: A bulleted list's line.
_BULLET_LINE = re.compile(r"[ \t]*[•*–—-][ \t]+\S")

#: How far (characters) around a list's line its other lines are read.
LIST_CHARS_READ = 600


def _demote(mention: Mention, reason: str) -> None:
    mention.role, mention.role_reason, mention.precision = "context", reason, None


#: Role reason of a place whose paragraph finds its report false and says what the alarm really was.
FOUND_FALSE = "a report its paragraph finds false"
#: The reason a place named in the headline gives way to the body, which reports the event.
IN_THE_HEADLINE = "headline (the body reports the event)"

#: An article with at least this many paragraphs that open with their date is told in dated items.
DATED_ITEMS = 3


def _names_place(mentions: Sequence[Mention], clause: Clause, place: Place) -> bool:
    """Whether the clause names ``place``."""
    return any(clause.start <= m.start < clause.end and m.place is not None and m.place.id == place.id
               for m in mentions)


#: A rural unit's noun right after its seat's name: "Beshkent municipality", "Chorkuh jamoat", «айыл окмоту».
_RURAL_UNIT_AFTER = re.compile(r"[ \t]+(?:municipality|rural\s+(?:district|municipality|community)|aiyl\s+okmotu|"
                               r"ayil\s+okmotu|aiyl\s+aimak|jamoat|айыл(?:ного)?\s+окмоту|аильного\s+округа|"
                               r"сельского\s+джамоата|джамоат\w*)\b", re.I)

#: How far (characters) around a correction's label or notice its paragraph is read (a text with no line breaks is one
#: paragraph: only its nearest stretch is read).
CORRECTION_PARAGRAPH_CHARS = 1500

#: The reason an event place gives way to a more precise one of its clause (:func:`scenes._most_precise_per_clause`).
MORE_PRECISE_IN_CLAUSE = "a more precise event place is named in the same clause"
#: The role reason of a village named just before a fight told without a place (:func:`_scenes_named_just_before`).
SCENE_JUST_BEFORE = "the scene the sentence before named: its fight names no place"


def _news_text(text: str, clauses: Sequence[Clause], pack: LanguagePack) -> str:
    """The lower-cased text with its background clauses and non-event phrases blanked (offsets kept)."""
    lowered, pieces, offset = lower_keep_length(text), [], 0
    for clause in clauses:
        if clause.scope != "news" and clause.start >= offset:
            pieces += [lowered[offset:clause.start], " " * (clause.end - clause.start)]
            offset = clause.end
    return blank_matches("".join([*pieces, lowered[offset:]]), pack.folded.not_event)


#: After a heading's date, a place name alone: ", Ak-Suu (Leilek district)", «, Ак-Суу».
_PLACE_ALONE = re.compile(r"\s*[,—–-]\s*(?:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’-]*\s*){1,3}(?:\([^()]{1,40}\))?\**")

#: An article with at least this many section headings is a digest: its items' figures stay in their items.
DIGEST_HEADINGS = 4

#: A headline that lists a digest's items: "A, B and C", «А, Б и В».
_HEADLINE_LIST = re.compile(r",[^,.;]+\s(?:и|and)\s", re.I)

#: The reason given to a place named inside a phrase that reports no event.
INSIDE_A_NON_EVENT = "named inside a phrase that reports no event"

#: The least length (characters) of a sentence told twice word for word that counts as a page's repetition.
REPEATED_SENTENCE_CHARS = 40


def _repeated_sentences(clauses: Sequence[Clause], text: str) -> set[int]:
    """The sentences that repeat an earlier sentence word for word (a page that printed a paragraph twice: «Кроме того,
    ... также пострадал начальник угольного разреза "Шуроб"» twice): their figures count no one again."""
    seen: set[str] = set()
    repeated = set()
    for index, (start, end) in sorted(_sentence_spans(clauses).items()):
        sentence = " ".join(text[start:end].split())
        if len(sentence) < REPEATED_SENTENCE_CHARS:
            continue
        if sentence in seen:
            repeated.add(index)
        seen.add(sentence)
    return repeated


def _sentence_spans(clauses: Sequence[Clause]) -> dict[int, tuple[int, int]]:
    """Sentence index -> where its first clause starts and its last clause ends."""
    spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        start, end = spans.get(clause.sentence_index, (clause.start, clause.end))
        spans[clause.sentence_index] = (min(start, clause.start), max(end, clause.end))
    return spans


#: How many clauses back a sentence's first clause is looked for.
_SENTENCE_CLAUSES = 4


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres; for a village mapped at its unit's point (a stand-in,
    :mod:`geo.geoparse.stand_ins`), the least it may be ("the neighbouring village of X" may lie anywhere in its
    district)."""
    reach_a, reach_b = stand_in_reach_km(a), stand_in_reach_km(b)
    if reach_a and reach_b and a.id != b.id:
        return STAND_INS_APART_KM  # (two villages mapped at one point: apart, perhaps neighbours)
    return max(0.0, haversine_km(a.lat, a.lon, b.lat, b.lon) - reach_a - reach_b)


def _evacuation_only(event: MentionEvent) -> bool:
    """Whether the event reports nothing but people evacuated from or leaving its place."""
    return set(event.event_types) <= {"evacuation_displacement"}
