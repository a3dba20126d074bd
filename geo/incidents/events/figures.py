"""The figures of a clause: the dead, hurt and displaced it counts, with the side and claimant of each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache, partial
from dataclasses import replace
import re

from geo.incidents.events.claimants import (
    _body_before_quotation, _body_named_again, _claimant, _document_s_speaker, _next_sentence, _one_side,
    _other_side_named_before, _overlaps, _place_speaker_before, _place_speaker_in_clause, _place_speaking_after,
    _place_speaking_first, _quotation_attributed, _quoted_speaker, _release_speaker_at, _speaker_after_quotation,
    _speaker_side, _statement_quoted_around, _told_by_next,
)
from geo.incidents.events.clauses import (
    _ATTRIBUTION_AFTER_QUOTE, _BULLET_LINE, CORRECTION_PARAGRAPH_CHARS, LIST_CHARS_READ, _non_event_scan,
)
from geo.incidents.events.dates import _next_word
from geo.incidents.model import Clause, Figure, RawFigure
from geo.incidents.scope import list_line_start
from geo.language import LanguagePack, pack_for
from geo.language.folding import blank_matches
from geo.language.numbering import more_than_the_dead

#: A clause's opening quotation mark and the spaces around it.
_QUOTE_LEAD = re.compile(r"[\s—–-]*[«\"“„]?\s*")

#: Up to three words after a figure's phrase, short of a stop or comma: whom a count that ends its phrase counts
#: («телесные повреждения получили четыре| жителя села Катран»).
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}")

#: After a count of the hurt, the one among them who died: «шести жителям Чоркуха|, включая скончавшегося»,
#: "six residents|, including the man who later died".
_INCLUDING_THE_DEAD = re.compile(r"[^.;]{0,60}?,?\s*(?:включая\s+(?:скончавш|умерш|погибш)\w*|"
                                 r"including\s+(?:the\s+deceased|the\s+(?:man|woman|one|person|boy|girl)\s+who\s+"
                                 r"(?:later\s+)?died))", re.I)

#: A count of people followed by a dash and their names one by one: «двое |граждан Республики Таджикистан| – Каримов
#: ..., был убит ..., а также Саидов ..., погиб», "two |Tajik citizens| – X ..., was killed".
_COUNT_THEN_NAMES = re.compile(r"\b(?:двое|трое|четверо|пятеро|two|three|four|five)\s+(?P<whom>[^–—.;:,]{3,80}?)\s+[–—]\s",
                               re.I)

#: The people one was hurt fighting: "injured during Monday's fight with |Tajik| herders", «получивший травмы в драке с
#: гражданами |Таджикистана|» (not "a mass brawl with Kyrgyz villagers ... in which a man was killed": whose man, untold).
_FOUGHT_WITH = re.compile(r"\b(?:injured|wounded|hurt)\s+(?:[\w'’]+\s+){0,4}?(?:in|during)\s+(?:[\w'’]+\s+){0,3}?"
                          r"(?:fight|brawl|clash|scuffle|confrontation)\s+with\s+(?:[\w-]+\s+){0,1}?"
                          r"(?:kyrgyz|kirghiz|tajik)\w*"
                          r"|\b(?:получивш|пострадавш|раненн|ранен)\w*\s+(?:[\w-]+\s+){0,3}?(?:в|во время|в ходе)\s+"
                          r"(?:[\w-]+\s+)?(?:драк|потасовк|стычк|столкновени|конфликт)\w*\s+с\s+"
                          r"(?:(?:гражданами|жителями|чабанами|пастухами)\s+(?:кыргызстана|киргизии|таджикистана)\b|"
                          r"(?:кыргызск|киргизск|таджикск)\w*)",
                          re.I)

#: "two others", «ещё двое других»: more people of those just counted.
_OTHERS_AFTER_OWN = re.compile(r"\bothers\b|\bдруги[ех]\b", re.I)

#: How far (characters) the word after a figure is looked for ("one wounded| serviceman").
NEXT_WORD_CHARS = 8

#: How far after a death (characters) the words that say it was of wounds may end, by language: a Russian participle
#: phrase after its subject runs long («скончался несовершеннолетний гражданин Кыргызской Республики 2009 года
#: рождения, поступивший с тяжелыми осколочными ранениями»); an English sentence goes on to other things ("died in
#: the intensive care unit ..., two days after he was shot" retells a death the toll already counts).
DIED_OF_WOUNDS_AFTER_CHARS = {"en": 80, "ru": 160}

#: How far before a figure (characters) the words that make it a count of each side may begin («Каждая из сторон
#: сообщает об |одном раненом»).
EACH_SIDE_CHARS = 60

#: How far after a figure (characters) "residents of <village>" may still say whose people it counts.
HOME_AFTER_FIGURE = 40

#: How far into a clause (characters) a figure still opens it («Еще один пострадавший — ...»).
OPENING_CHARS = 40


def _part_of_people_counted_otherwise(raw: RawFigure, raws: Sequence[RawFigure]) -> bool:
    """Whether a part ("one of them") is of people the clause counted for another measure only: "had detained
    two residents ... and had beaten one of them" (one hurt of two detained, not one more of a toll)."""
    before = [r for r in raws if r.start < raw.start and r.value]
    return bool(before) and all(r.measure != raw.measure for r in before)


def _the_latest_update(sentence: str, text: str, pack: LanguagePack) -> bool:
    """The sentence is an update's label ("UPDATED, 21:10.") and no other label of the text is later in the day
    (a live page told newest first labels its older updates below the newest: «ОБНОВЛЕНО в 13:05» under
    «ОБНОВЛЕНО в 18:50» revises nothing)."""
    label = pack.event_words.update_label.fullmatch(sentence.strip())
    if label is None:
        return False
    if label.group("hour") is None:
        return True
    own = (int(label.group("hour")), int(label.group("minute")))
    latest = _latest_update_time(text, pack.event_words.update_label)
    return latest is None or own >= latest


@lru_cache(maxsize=4)
def _latest_update_time(text: str, update_label: re.Pattern[str]) -> tuple[int, int] | None:
    """The latest (hour, minute) an update's label of the text gives, if any (read once per text: a live page may
    label thousands of entries)."""
    return max(((int(m.group("hour")), int(m.group("minute"))) for m in update_label.finditer(text)
                if m.group("hour") is not None), default=None)


def _a_correction_earlier_in_its_paragraph(text: str, start: int, sentence_start: int, pack: LanguagePack) -> bool:
    """The sentence at ``sentence_start`` is not its paragraph's first, and the paragraph opens with the latest update's
    label ("UPDATE (21:10).") or a sentence before it says the report was corrected ("The Office ... has corrected its
    earlier information"): what the paragraph tells after that is the corrected account."""
    # (read no further back than a long paragraph's last stretch: a text with no line breaks is one paragraph)
    lower = max(0, sentence_start - CORRECTION_PARAGRAPH_CHARS)
    paragraph_start = max(text.rfind("\n", lower, start) + 1, lower)
    before = text[paragraph_start:sentence_start]
    if not before.strip():
        return False
    if pack.correction_before.search(before) is not None:
        return True
    label = pack.event_words.update_label.match(before)
    return label is not None and label.end() > 0 and any(ch.isdigit() or ch.isalpha() for ch in label.group()) \
        and _the_latest_update(before[:label.end()], text, pack)


def _of_the_wounded_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts the wounded, at least as many as the figure, and no dead: "Two of them have
    now died" are of those wounded. (Not after a count it revises: "the number of people wounded in Ak-Sai has
    risen to four. One of them ... died" on a live page, whose update the death may already be part of.)"""
    before = pack.read_figures(previous[0]) if previous else []
    return any(f.measure == "injured" and f.value >= raw.value for f in before) \
        and not any(f.measure == "fatalities" and f.value for f in before) and not pack.revision.search(previous[0])


def _rest_named_after(raw: RawFigure, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The rest of a count is named after the figure, in its sentence: "..., остальным помощь оказана амбулаторно"
    (the rest of the figure's people, not of a part named between: "Four residents of Surkh were injured, two of them
    were taken to the Isfara central hospital ..., the others received medical aid on the spot")."""
    start = clause.start + raw.end
    end = text.find(".", start)
    rest = pack.event_words.rest_after.search(text, start, end if end >= 0 else clause.end)
    return rest is not None and pack.event_words.includes_part.search(text, start, rest.start()) is None


#: How many sentences back the count a part belongs to may be told when the next sentence names the part's rest.
REST_COUNT_SENTENCES = 12


def _rest_opens_next_sentence(raw: RawFigure, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The sentence after the figure's opens with the rest of a count ("The others were treated on the spot",
    «Остальным помощь оказали в Ак-Сайской больнице»): the figure is a part of that count."""
    stop = text.find(".", clause.start + raw.end)
    return stop >= 0 and pack.event_words.rest_opening.match(text, stop + 1) is not None


def _a_larger_count_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts more people of the figure's measure (precisely)."""
    return bool(previous) and any(f.measure == raw.measure and f.value > raw.value and not f.vague
                                  for f in pack.read_figures(previous[0]))


#: How far before a count (characters) "the other" may stand to make it the rest of a count told before.
REST_RIGHT_BEFORE_CHARS = 10

#: How far before a count (characters) its verb of hospital intake may stand («доставили |троих ребят»).
HOSPITAL_VERB_CHARS = 16


def _counted_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """One of the two sentences before counts at least as many people of the figure's measure in one figure
    (precisely; not people told one by one that the figure counts together: "The driver ... was wounded ..., and
    his son was cut ... Both were taken to hospital")."""
    for sentence in previous[:2]:
        if not any(character.isalpha() for character in sentence):
            return False  # a live entry's clock time ("16:20"): what stands above it is another entry's
        if pack.enemy_losses.search(sentence):
            continue  # («в результате ответных действий ... со стороны нарушителей ... ранены двое»: the other side's)
        if any(f.measure == raw.measure and not f.vague and f.value >= raw.value for f in pack.read_figures(sentence)):
            return True
    return False


@lru_cache(maxsize=4)
def _a_death_told(text: str, lang: str) -> bool:
    """Whether ``text`` tells anyone dead or dying of wounds (read once per text: the whole article, asked for each
    relative told hurt after one person)."""
    pack = pack_for(lang)
    return pack.died_of_wounds.search(text) is not None \
        or any(f.measure == "fatalities" and f.value for f in pack.read_figures(text))


#: How far after a count (characters) the colon that opens the list of its people may stand («три| человека:»).
LIST_COLON_CHARS = 12
#: How far (characters) after the village of the people it counts a zero may stand: «среди жителей Чоркуха
#: |пострадавших нет».
ZERO_AFTER_HOME_CHARS = 40
#: Just before a village whose people a zero counts: «среди жителей», "among residents of".
_AMONG_THE_PEOPLE_OF = re.compile(r"\b(?:среди|among(?:\s+the)?)\s+(?:жител\w+|сельчан|residents|villagers|people)\s+"
                                  r"(?:of\s+|from\s+)?(?:(?:села|джамоата|the\s+village\s+of)\s+)?$", re.I)


#: How many sentences back the people counted before may have had their home named.
HOMES_BEFORE_SENTENCES = 2


def _of_another_country_than_before(raw: RawFigure, clause: Clause, sentence_start: int, previous: list[str],
                                    homes: Callable[[], list[tuple[int, str]]]) -> bool:
    """The figure counts the people of a village of one country, and the sentence before counted only the other
    country's villagers ("two men from Ak-Tatyr ... were struck by stones" | "one resident of Khoja-Alo had been
    hospitalized in the town of Isfara": not one of those two)."""
    own = {country for offset, country in homes() if clause.start + raw.start <= offset < clause.start + raw.end}
    if len(own) != 1 or not previous:
        return False
    # (the nearest sentence before that names a home: "two men from Arka were hurt ... | Both were treated at the local
    # clinic. | ... a 60-year-old resident of Khistevarz had been hospitalized")
    end = sentence_start
    for sentence in previous[:HOMES_BEFORE_SENTENCES]:
        start = end - len(sentence) - 2
        before = {country for offset, country in homes() if start <= offset < end}
        if before:
            return not before & own
        end = start
    return False


#: The one person just told, told as dead: "..., but he died on the way", «однако по дороге он скончался».
_HE_DIED = re.compile(r"(?<![\w-])(?:он|она|he|she)\s+(?:[\w-]+\s+){0,3}?(?:скончал(?:ся|ась)|умер(?:ла)?|died|"
                      r"succumbed)(?![\w-])", re.I)
#: A sentence that opens with the person just told, by a pronoun: «Его доставили ...», "He was flown ...".
_PRONOUN_OPENING = re.compile(r"\s*(?:Его|Её|Ее|Он|Она|Ему|Ей|He|She|His|Her|Him)\b")
#: A person told as the second one: "A second serviceman", «Второй военнослужащий».
_A_SECOND_PERSON = re.compile(r"(?:an?\s+)?(?:second|втор(?:ой|ая))\s", re.I)


#: How far (characters) before a figure its "of them" («из них») may stand.
OF_THEM_CHARS = 30


def _doers_blanked(before: str, pack: LanguagePack) -> str:
    """``before`` (a clause up to an active verb of harm) with the sides named after its last reporting verb blanked:
    those are who did the harm, not who speaks of it."""
    verbs = list(pack.speech.finditer(before))
    start = verbs[-1].end() if verbs else 0
    tail = before[start:]
    for pattern in pack.sides.values():
        tail = blank_matches(tail, pattern)
    return before[:start] + tail


def _one_death_told_before(previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts one death and no one hurt."""
    figures = [f for f in pack.read_figures(previous[0]) if f.measure in ("fatalities", "injured")] if previous else []
    return [(f.measure, f.value) for f in figures] == [("fatalities", 1)]


#: How many sentences back a person named again by a definite noun phrase may have been told ("The older boy").
PERSON_AGAIN_SENTENCES = 4


def _one_death_of_before(noun: str, previous: list[str], pack: LanguagePack) -> bool:
    """One of the sentences before counts one death of a person named by ``noun`` ("A 13-year-old Tajik
    |boy| was killed")."""
    named = re.compile(r"\b" + re.escape(noun) + r"\w{0,3}\b", re.I)  # (a case ending: «мальчика»)
    return any(f.measure == "fatalities" and f.value == 1 and named.search(f.text) is not None
               for sentence in previous for f in pack.read_figures(sentence))


#: How far before a count (characters) the words that make it the rest of another may stand ("The other |five").
REST_BEFORE_CHARS = 10

#: Characters after a revising word within which a count is the revised one («выросло до двух»), not news told after
#: it («уточнило данные: один из раненых чабанов скончался»).
_CUE_GAP = 20


def _rest_of_a_count_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts more people of the figure's measure and names a part of them
    ("three residents, including a teenager"): the figure ("Two others") is the rest of that count."""
    # ... or the sentence before names a part ("Двое из них госпитализированы") of a count one sentence further
    # back («пятеро граждан Таджикистана ... получили телесные повреждения ... Троим другим пострадавшим оказана
    # медицинская помощь»)
    # ... or the count and its part are one sentence further back, the sentence between telling of the part ("seven
    # citizens of Kyrgyzstan sought medical help, two of them with gunshot wounds. Both were taken to the Batken
    # Regional Hospital ... The other five received bruises": a sideless rest opening its clause, not "... and that
    # five other Tajik citizens were injured" after the Kyrgyz count)
    return bool(previous) and pack.event_words.includes_part.search(previous[0]) is not None \
        and (_a_larger_count_before(raw, previous, pack) or (
            len(previous) > 1 and pack.event_words.of_them.match(previous[0]) is not None
            and _a_larger_count_before(raw, previous[1:], pack))) \
        or (len(previous) > 1 and raw.side is None and raw.start <= REST_BEFORE_CHARS
            and pack.event_words.includes_part.search(previous[1]) is not None
            and not _a_larger_count_before(raw, previous, pack) and _a_larger_count_before(raw, previous[1:], pack))


def _with_anaphoric_count(raws: list[RawFigure], clause_text: str, pack: LanguagePack,
                          previous_sentences: Callable[[], list[str]] | None) -> list[RawFigure]:
    """``raws`` with a count that names no measure of its own, which takes the measure counted just before it: the
    clause's last figure before it ("initially said two people had been wounded but raised the figure to three"),
    else the one measure of the sentence before ("More than a thousand residents ... had been taken overnight to
    schools ... By Thursday morning the ministry put the number at 1,460"); its value read by the pack's figure
    reader from the measure's template."""
    words = pack.event_words
    if (found := words.count_anaphor.search(clause_text)) is None \
            or any(r.start <= found.start("number") < r.end for r in raws):
        return raws
    earlier = [r for r in raws if r.end <= found.start()]
    if earlier:
        measures = {max(earlier, key=lambda r: r.end).measure}
    elif previous_sentences is not None and (previous := previous_sentences()):
        measures = {f.measure for f in pack.read_figures(previous[0])}
    else:
        return raws
    if len(measures) != 1 or (measure := measures.pop()) not in pack.count_templates:
        return raws
    read = pack.read_figures(pack.count_templates[measure].format(n=found.group("number")))
    if len(read) != 1 or read[0].measure != measure or read[0].vague:
        return raws
    count = RawFigure(measure=measure, value=read[0].value, vague=False, side=None, start=found.start("number"),
                      end=found.end("number"), text=found.group(0), additive=False, described=False, together=False)
    return sorted([*raws, count], key=lambda r: r.start)


#: How far (characters) before and after a clause the rest of its paragraph is read (a count's parts may lie in
#: clauses and sentences of their own: "Two were taken to the Batken hospital; the other three were treated on the
#: spot", «Трое доставлены в Баткенскую больницу ... Еще двое госпитализированы в Исфаринскую ЦРБ»).
PARAGRAPH_CHARS_READ = 1200
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _treated_chains(text: str, start: int, end: int, pack: LanguagePack) -> list[list[tuple[int, int, int]]]:
    """The counts of the hurt told by where or how they were treated in the paragraph around ``text[start:end]``,
    (start, end, value) each, in chains of two or more that are parts of one count: the counts of one sentence, and
    those of each next sentence that opens with a further count ("Two more were hospitalised in Isfara", «Одному
    водителю помощь оказана на месте»)."""
    low, high = max(0, start - PARAGRAPH_CHARS_READ), min(len(text), end + PARAGRAPH_CHARS_READ)
    paragraph_start = text.rfind("\n", low, start) + 1 or low
    paragraph_end = text.find("\n", end, high)
    paragraph_end = high if paragraph_end < 0 else paragraph_end
    chains: list[list[tuple[int, int, int]]] = []
    chain: list[tuple[int, int, int]] = []
    at = paragraph_start
    for stop in [*(m.start() for m in _SENTENCE_END.finditer(text, paragraph_start, paragraph_end)), paragraph_end]:
        parts = pack.read_treated_parts(text[at:stop])
        if not parts or not parts[0][3]:
            if len(chain) >= 2:
                chains.append(chain)
            chain = []
        chain += [(at + s, at + e, value) for s, e, value, _ in parts]
        at = stop
    if len(chain) >= 2:
        chains.append(chain)
    return chains


def _with_treated_parts(raws: list[RawFigure], text: str, clause: Clause, clause_text: str,
                        pack: LanguagePack) -> list[RawFigure]:
    """``raws`` with the hurt told in parts by where or how they were treated counted once, as the parts' sum.

    "Three were taken to the Batken regional hospital, two more are being treated at the Isfara hospital and one was
    treated on the spot", «Трое доставлены в больницу, двоим помощь оказана на месте»: two or more such counts in one
    sentence, or in sentences that follow each other telling further people (:func:`_treated_chains`), are parts of
    one count of the hurt (not each a lower total). The sum is read in the clause of the first part, as a count told
    together (a larger total told elsewhere stands); the parts' own figures are dropped in every clause that holds one.
    A part that names itself a share of a count told before ("two of them were admitted") is no part here (the pack's
    reader leaves it)."""
    if not pack.read_treated_parts(clause_text):
        return raws
    chain = next((c for c in _treated_chains(text, clause.start, clause.end, pack)
                  if any(clause.start <= s < clause.end for s, _, _ in c)), None)
    if chain is None:
        return raws
    in_parts = [r for r in raws if any(s < clause.start + r.end and clause.start + r.start < e for s, e, _ in chain)]
    sides = {r.side for r in in_parts if r.side is not None}
    if len(sides) > 1 or any(r.measure != "injured" for r in in_parts):
        return raws
    kept = [r for r in raws if r not in in_parts]
    first_start = chain[0][0]
    if clause.start <= first_start < clause.end:
        start, end = first_start - clause.start, min(clause.end, chain[-1][1]) - clause.start
        kept.append(RawFigure("injured", sum(value for _, _, value in chain), False, sides.pop() if sides else None,
                              start, end, clause_text[start:end], together=True))
    return sorted(kept, key=lambda r: r.start)


#: The most lines of a list of the hurt read after its heading, and the longest line read as one of its items.
LISTED_LINES_MAX = 30
LISTED_LINE_CHARS = 300
#: A list's marker at the start of its line ("- ", "• ", "— ", "1. ", "2) ").
_LIST_MARKER = re.compile(r"[ \t]*(?:[•*–—-]|\d{1,2}[.)])[ \t]+")


#: One person told by age: «34-летнему мужчине», "A 34-year-old man".
_ONE_PERSON_BY_AGE = re.compile(r"\d{1,3}-(?:летн\w+|year-old)\s+(?:[\w-]+\s+)?(?:мужчин|женщин|жител|подрост|юнош|"
                                r"пастух|чабан|водител|man|woman|resident|villager|boy|girl|shepherd|herder|driver)", re.I)


def _the_rest_of_a_total(raws: list[RawFigure], text: str, clause: Clause, clause_text: str, pack: LanguagePack,
                        previous_sentences: Callable[..., list[str]] | None) -> list[RawFigure]:
    """``raws`` with "more" people told after one person of a total just told read as the rest of that total.

    «Телесные повреждения получили трое жителей Арки. 34-летнему мужчине камнем сломали нос, еще двое — 27 и 61 года —
    получили ушибы», "Three residents of Arka were hurt. A 34-year-old man had his nose broken; two more suffered
    bruises": the one person described and the "two more" are the three (the rest of a total, counted already, not two
    added)."""
    if previous_sentences is None or not any(r.additive and r.value > 0 for r in raws):
        return raws
    sentence_start = text.rfind(".", 0, clause.start) + 1
    return [raw for raw in raws
            if not (raw.additive and raw.value > 0 and raw.measure in ("fatalities", "injured")
                    and _ONE_PERSON_BY_AGE.search(text, sentence_start, clause.start + raw.start)
                    and raw.value + 1 in {r.value for sentence in previous_sentences()[:1]
                                          for r in pack.read_figures(sentence)
                                          if r.measure == raw.measure and not r.additive and not r.vague})]


#: How many words may open a clause before a count of servicemen whose speaker is the attribution that ends it.
OPENING_WORDS = 3
#: A partitive just before a count: «Один из |двух раненых», "one of |the two wounded".
_PARTITIVE_BEFORE = re.compile(r"\b(?:из|of)\s+(?:the\s+)?$", re.I)
#: A sentence that opens with where its people are: «В |Арке же, ...», "In |Arka, ...".
_OPENING_IN = re.compile(r"(?:^|[.!?»\n]\s*)(?:В|Во|In)\s+$")
#: How far back (characters) that opening is looked for.
OPENING_IN_CHARS = 8


#: How many sentences back a death of the wounded that raises the toll looks for the count of the wounded it leaves.
WOUNDED_SENTENCES_BACK = 3
#: How many sentences back a relative's hurt looks for the one person told before it.
KIN_SENTENCES_BACK = 3
#: How much of a relative's noun names it in any case ("nephew", «племяннику»: «племя»).
KIN_STEM = 5


def _with_listed_hurt(raws: list[RawFigure], text: str, clause: Clause, clause_text: str, pack: LanguagePack,
                      previous_sentences: Callable[..., list[str]] | None) -> list[RawFigure]:
    """``raws`` with the count of a list of the hurt or the dead that the clause heads.

    "Among the injured:" / «Среди пострадавших:» at a clause's end, then a line for each person ("- a 34-year-old
    resident of Ak-Sai, a gunshot wound to the leg"; the lines of an HTML list, with no marker): as many people as
    lines, a count told together (a larger total told elsewhere stands). Two lines at least, each describing a person
    (:attr:`EventWords.listed_person`); a line that opens on a count of people counts them ("- two officers of the
    district police, with minor injuries"), and a vague one ("- several residents") leaves the list uncounted.
    "Among them:" lists those of the one measure the sentence before counted.

    A list written on in the clause its heading opens ("Among the injured are ...", «Среди пострадавших — 56-летний
    дехканин с переломом правой руки, ..., а также двое мужчин 31 и 44 лет с ушибами») counts parts of the people
    counted: its counts are told together (not one more group, nor a lower total)."""
    if not clause_text.rstrip().endswith(":") \
            and (inline := pack.event_words.hurt_list_inline.match(clause_text)) is not None:
        measure = "fatalities" if inline.group("dead") else "injured"
        item = _ONE_ITEM.match(clause_text, inline.end())
        if item is not None and not _MORE_THAN_ONE.search(item.group(0)) \
                and pack.event_words.listed_person.search(item.group(0)) is not None \
                and pack.event_words.listed_group.match(item.group(0)) is None \
                and not any(r.measure == measure and r.end > inline.end() for r in raws):
            # «Среди пострадавших — 49-летний житель Ак-Татыра Эркинбек Т.: у него перелом двух ребер»: one person
            # described, the list's only item (as "A 49-year-old resident ... suffered broken ribs")
            return sorted([*raws, RawFigure(measure, 1, False, None, inline.start(), item.end(),
                                            clause_text[inline.start():item.end()], described=True)],
                          key=lambda r: r.start)
        return [replace(r, additive=False, together=True) if r.start >= inline.end() and r.measure == measure
                and r.value > 0 and not r.vague else r for r in raws]
    if not clause_text.rstrip().endswith(":") \
            or (heading := pack.event_words.hurt_list_heading.search(clause_text.rstrip())) is None:
        return raws
    lines = text[clause.end:clause.end + LISTED_LINES_MAX * LISTED_LINE_CHARS].split("\n")
    while lines and not lines[0].strip():
        lines = lines[1:]
    items = []
    for line in lines[:LISTED_LINES_MAX]:
        if not line.strip() or len(line) > LISTED_LINE_CHARS or pack.event_words.listed_person.search(line) is None:
            break
        items.append(line)
    if len(items) < 2 or sum(1 for line in items if _LIST_MARKER.match(line)) not in (0, len(items)):
        return raws
    count = 0
    for line in items:
        group = pack.event_words.listed_group.match(line)
        read = pack.read_figures(pack.count_templates["injured"].format(n=group.group("number"))) if group else []
        if group and (len(read) != 1 or read[0].vague):
            return raws  # ("- several residents of Ak-Sai": no count of persons)
        count += read[0].value if group else 1
    if heading.group("them"):
        # "Several people were injured. Among them:": the people the sentence before counted
        before = previous_sentences() if previous_sentences is not None else []
        counted = {f.measure for f in pack.read_figures(before[0] if before else "")
                   if f.measure in ("fatalities", "injured") and f.value}
        if len(counted) != 1:
            return raws
        measure = counted.pop()
    else:
        measure = "fatalities" if heading.group("dead") else "injured"
    return sorted([*raws, RawFigure(measure, count, False, None, heading.start(), heading.end(), heading.group(0),
                                    together=True)], key=lambda r: r.start)


#: The one item of a list written on after its heading, up to a colon or the clause's end: no comma, no «и», no
#: "and" (one person, not several).
_ONE_ITEM = re.compile(r"[^,;:()]+?(?=\s*(?::|\.?\s*$))(?<![\s,])")
#: Words that join a second person to a list's item.
_MORE_THAN_ONE = re.compile(r"\s(?:и|and|а также|as well as|with)\s", re.I)


#: A list's line that opens with a hospital or a health centre: "• Batken regional hospital — 26", «• ЦОВП Лейлек 18».
_HOSPITAL_ITEM = re.compile(r"[ \t]*[•*–—-][ \t]*(?:[\w«»\"-]+[ \t]+){0,4}?(?i:больниц\w*|госпитал\w*|ЦОВП|ЦСМ|ГСВ|"
                            r"поликлиник\w*|hospital|clinic|health cent(?:re|er))")


def _in_a_list_of_hospitals(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a line of a bulleted list (blank lines between its lines allowed) one of whose lines
    opens with a hospital or a health centre."""
    start = list_line_start(text, offset + 1)
    if start is None or not _BULLET_LINE.match(text, start):
        return False
    lines = text[max(0, start - LIST_CHARS_READ):start + LIST_CHARS_READ].split("\n")
    here = text[max(0, start - LIST_CHARS_READ):start].count("\n")
    block = [here]
    for step in (-1, 1):
        k = here + step
        while 0 <= k < len(lines) and (_BULLET_LINE.match(lines[k]) or not lines[k].strip()):
            block.append(k)
            k += step
    # (a list of counts: not the lines of an interview that open with a dash)
    return sum(1 for k in block if re.search(r"\d", lines[k])) >= 2 and any(_HOSPITAL_ITEM.match(lines[k]) for k in block)


#: A quotation closed in a sentence, up to where its attribution's reporting verb may stand: '... sent home," |the press
#: service said|', «...», |– говорится|.
_QUOTE_CLOSED = re.compile(r"[\"”»],?\s*(?:[–—-]\s*)?[\w\s’'-]{0,60}")
#: How many sentences back the side of a pronoun speaker ("It added", «В ведомстве») is looked for when the two just
#: before name none (a statement quoted at length stands between).
PRONOUN_SPEAKER_SENTENCES = 6
#: How far after a count (characters) the rank or service of the people it counts may be named («Погиб |младший
#: сержант»).
UNIT_RANK_CHARS = 30
#: How far before a singular verb's figure (characters) the rank of the one man it counts may be named («|рядовой|
#: пограничного наряда Ш. Х., 2004 года рождения, уроженец города Истаравшан, получил ранение»).
RANK_BEFORE_CHARS = 100
#: The rest of a quotation's paragraph up to its closing mark, and the words after it.
_QUOTATION_REST = re.compile(r"[^\n\"”»]*[\"”»]([^\n]{0,120})")


def _attributed_after(text: str, clause: Clause, pack: LanguagePack) -> bool:
    """Whether the quotation that holds the clause closes in its paragraph with a reporting verb after it."""
    rest = _QUOTATION_REST.match(text, clause.start + 1)
    return rest is not None and pack.speech.search(rest.group(1)) is not None


#: How many sentences back the speaker of a quotation that goes on after its attribution may be named.
QUOTE_GOES_ON_SENTENCES = 2
#: The marks that open a quotation.
_QUOTE_MARKS = ('"', "“", "«")


def _figures(article_id: str, clause: Clause, text: str, pack: LanguagePack, order: int,
             previous_sentences: Callable[..., list[str]] | None = None,
             homes: Callable[[], list[tuple[int, str]]] = list,
             speakers: Callable[[], list[tuple[int, str]]] = list,
             treated_in: Callable[[], list[tuple[int, str]]] = list,
             opened_in: Callable[[], list[tuple[int, str]]] = list) -> list[Figure]:
    """The clause's figures; ``homes()`` gives (offset, country) of villages named as people's homes:
    "пятеро жителей Кок-Таша" counts Kyrgyz people, "двоих пострадавших жителях Ходжаи-Аъло" Tajik;
    ``speakers()`` gives (offset, country) of places named as speakers ("the Isfara city administration");
    ``treated_in()`` gives (offset, country) of the towns the wounded were taken to; ``opened_in()`` gives (offset,
    country) of the villages that open a sentence as where its people are («В Арке же, ...»)."""
    clause_text = text[clause.start:clause.end]
    raws = _with_listed_hurt(_with_treated_parts(_with_anaphoric_count(
        more_than_the_dead(pack.read_figures(clause_text), clause_text, lambda: pack.read_figures(
            text[text.rfind(".", 0, clause.start) + 1:clause.start])), clause_text, pack, previous_sentences),
        text, clause, clause_text, pack), text, clause, clause_text, pack, previous_sentences)
    if not raws:
        return []
    raws = _the_rest_of_a_total(raws, text, clause, clause_text, pack, previous_sentences)
    if _in_a_list_of_hospitals(text, clause.start):
        # «• Баткенская областная объединенная больница — 26 пострадавших», «• ЦОВП Лейлек 18 пострадавших», «• НГ — 3
        # пострадавших»: a line of a list of the hurt by hospital, a part of the total told before it
        return []
    ahead = text[clause.end:clause.end + 400]
    if ("onfirm" in ahead or "verif" in ahead or "подтверд" in ahead or "подтвержд" in ahead or " lie" in ahead
            or "false" in ahead or "fake" in ahead or "untrue" in ahead) \
            and (denial := pack.unconfirmed.search(following := _next_sentence(text, clause))) is not None \
            and not any(r.value for r in pack.read_figures(following[:denial.start()])):
        # «...пострадали «не меньше 15 человек». В милиции эту цифру не подтвердили.» (not when the sentence after
        # gives a figure of its own that the denial is about: «с утра там погибли пятеро ... В администрации
        # говорят о семи погибших, но в Минздраве эту цифру не подтверждают»)
        # ... the capital that denies them speaks for its own people only: «По данным таджикского ведомства, ранен
        # один таджикский военнослужащий, а кыргызская сторона потеряла убитыми троих человек. В Бишкеке эти данные
        # не подтвердили» leaves the Tajik wounded standing
        denier = _one_side(following[:denial.end()], pack.sides)
        raws = [r for r in raws if r.value == 0 or (denier is not None and r.side not in (None, denier))]
    elif ("подтвер" in clause_text or "onfirm" in clause_text) \
            and (denial := pack.unconfirmed.search(clause_text)) is not None:
        # «говорят о семи погибших в селе, но в Минздраве эту цифру не подтверждают»: in the same clause
        raws = [r for r in raws if r.value == 0 or r.start > denial.start()]
    # "По её данным, погибли два человека": the speaker is the side the sentence before named; «"...", —
    # говорится в сообщении ведомства» after a quotation: the body named last before the quotation opened
    sided_claimant = None  # the speaker of the figures that name a side only
    sentence_start = text.rfind(".", 0, clause.start) + 1
    if (closing := _quotation_attributed(text, clause, pack)) is not None:
        pronoun_claimant = _body_before_quotation(text, closing, pack, speakers)
    elif (quoted := _statement_quoted_around(text, clause.start, pack, speakers)) is not None:
        # a body's statement in guillemets speaks for all its figures; one whose speaker is a place, or that is in
        # English quotation marks, only for the figures that name a side: "three citizens of Tajikistan were also
        # injured" (its claim about the other side), not its unsided counts ("Both were taken to the Chong-Alay
        # district hospital")
        quoted_by, whole = quoted
        pronoun_claimant, sided_claimant = (quoted_by, None) if whole else (None, quoted_by)
    elif pack.local_body_speaks.search(clause_text) and (local_body := _place_speaker_before(
            text, clause.start, pack, speakers, body_speaks_again=True)) is not None:
        pronoun_claimant = local_body
    elif (source := pack.speech_pronoun.search(clause_text) or pack.speech_pronoun.search(
            text[sentence_start:clause.start])) is not None:
        # (with no speaker in the sentences before, the body the source names: «"...", - говорится в сообщении
        # ведомства. По данным погранслужбы, ранение в руку получил военнослужащий»)
        pronoun_claimant = _speaker_side(previous_sentences() if previous_sentences else [], pack) \
            or _place_speaker_before(text, clause.start, pack, speakers) \
            or _one_side(source.group(0), pack.speakers)
        if pronoun_claimant is None and previous_sentences is not None \
                and (just_before := previous_sentences(1)) and any(
                    pack.speech.search(closed.group(0)) for closed in _QUOTE_CLOSED.finditer(just_before[0])):
            # (... and for the figures that name a side, past a statement quoted at length, the side that spoke before
            # it: «Об этом говорится в заявлении Пограничных войск, распространенном в Душанбе. «... Еще один
            # военнослужащий получил ранение ...», – говорится в заявлении. | В ведомстве также утверждают, что ...
            # ранения получили не менее трех кыргызских военнослужащих»: its claim about the other side)
            sided_claimant = _speaker_side(previous_sentences(PRONOUN_SPEAKER_SENTENCES)[2:], pack)
    elif pack.event_words.relative_opening.match(clause_text.lstrip(" ,")) and pack.speech.search(clause_text):
        # "The administration of Tajikistan's Isfara district|, which governs Vorukh, said two of its residents had
        # been hurt": the relative clause's verb is its subject's, told in the clause before
        subject = text[sentence_start:clause.start]
        pronoun_claimant = _one_side(subject, pack.sides) or _one_side(subject, pack.speakers)
    else:
        pronoun_claimant = None
    told_by_next = _told_by_next(text, clause, clause_text, pack) if pronoun_claimant is None else None
    quoted_speaker = cache(partial(_speaker_after_quotation, text, clause, pack))
    # ("one of its servicemen", "two of their soldiers": a count of the speaker's own people)
    own_people_named = cache(lambda: pack.own_side.search(clause_text) is not None)
    # "к мемориалу погибшим пришли несколько сотен": a number inside a non-event phrase counts nothing
    not_event = _non_event_scan(clause_text, pack.folded.not_event)[0]
    revision_cue = pack.revision.search(clause_text)
    opens_sentence = not text[sentence_start:clause.start].strip()
    # "An earlier version of this story said five people were injured ... Three people were injured": the
    # corrected figures (not the notice's own)
    revision = revision_cue is not None or (
        previous_sentences is not None and opens_sentence and pack.correction_before.search(clause_text) is None
        and bool(previous := previous_sentences()) and (
            pack.correction_before.search(previous[0]) is not None
            # «ОБНОВЛЕНО, 21:10. В Пограничной службе сообщили, что ранены трое»: the latest update's figures
            or _the_latest_update(previous[0], text, pack)))
    # ... and a zero told later in a corrected paragraph: "UPDATE (21:10). The Office ... has corrected its earlier
    # information. The 47-year-old shepherd is alive ... "No one was killed," the deputy plenipotentiary representative
    # said." (the paragraph's other counts are read as told: «Ранены двое военнослужащих и житель Чилгази»)
    zero_revised = not revision and opens_sentence \
        and _a_correction_earlier_in_its_paragraph(text, clause.start, sentence_start, pack)
    enemy_losses_cue = pack.enemy_losses.search(text, sentence_start, clause.end)
    enemy_losses = enemy_losses_cue is not None
    superseded_cue = pack.superseded.search(clause_text)
    if superseded_cue is not None and revision_cue is None:
        # ("*Editor's note: This article has been updated. An earlier version ... said that one of the two herders had
        # died*": the note's own words make the figure the earlier version's, not the update's)
        revision = False
    # («"В результате погиб военнослужащий ..., еще один ... получил осколочное ранение", — говорилось в первом
    # сообщении ведомства»: the quotation's attribution says it was the first report)
    superseded = bool(superseded_cue or pack.revises_previous.match(text, clause.end) or (
        (attributed := _ATTRIBUTION_AFTER_QUOTE.match(text, _QUOTE_LEAD.match(text, clause.start).end())) is not None
        and pack.superseded.search(attributed.group(1)))) and not revision
    if not superseded and not revision \
            and pack.event_words.social_media_report.search(text, sentence_start, clause.end) is not None:
        # "The first word of Sunday's fight ... came from a local Telegram channel, which wrote ... that 'a shepherd from
        # Kara-Shibak was beaten'", before the administration's three injured: a first, unconfirmed report, which an
        # official count of the same people told later replaces
        superseded = True
    if superseded_cue is not None and any(
            raw.start < superseded_cue.start() and pack.rose_from.search(clause_text, max(0, raw.start - 40), raw.start)
            for raw in raws):
        # "three people had been killed and 41 wounded, up from one dead and 31 wounded in an earlier update":
        # the earlier report is what follows "up from" (read figure by figure below), not the clause
        superseded = False
    revised: set[str] = set()
    out: list[Figure] = []
    last_end = 0

    @cache
    def counted_parts() -> tuple[int, ...]:
        """Offsets of the numbers, from the sentence's start to the clause's end, that count a part already counted
        (the pack's ``counted_part``)."""
        return tuple(part.start(group) for part in pack.counted_part.finditer(text, sentence_start, clause.end)
                     for group in part.re.groupindex if part.start(group) >= 0)

    rose_list = False  # the figure before was an earlier toll after "up from"
    total_opening = pack.in_total_opening.match(clause_text) is not None  # "In total, ..."
    for raw in raws:
        second_of_the_hit = raw.measure == "injured" and raw.value == 2 and opens_sentence \
            and _A_SECOND_PERSON.match(raw.text) is not None and previous_sentences is not None \
            and _one_death_told_before(previous_sentences(), pack)
        if second_of_the_hit:
            # "One guard ... was hit in the chest and died early Monday in hospital ... | A second serviceman was
            # wounded in the leg": the second man hit, the first being dead, is one wounded (not the wounded now two)
            raw = replace(raw, value=1)
        more_people = raw.additive  # «ещё один», "another": read before the reset just below
        if raw.additive and not any(r.measure == raw.measure for r in raws if r.start < raw.start) \
                and (any(r.measure != raw.measure for r in raws if r.start < raw.start)
                     or _other_measure_before_in_sentence(raw.measure, text[sentence_start:clause.start], pack)
                     # «Смертельное ранение получил 56-летний житель Катрана. Он скончался ... Еще один
                     # пострадавший — 21-летний рядовой — ранен в плечо»: one more person than the dead
                     or (previous_sentences is not None and opens_sentence and raw.start < OPENING_CHARS
                         and _other_measure_before_in_sentence(raw.measure, " ".join(previous_sentences()[:1]),
                                                               pack))) \
                and not pack.died_of_wounds.search(text, sentence_start, clause.start + raw.start):
            # (not after a wounded man's death: «один из раненых чабанов скончался ..., еще двое жителей района
            # обратились за медицинской помощью» are more of the hurt)
            # "погибли четыре, ещё шестеро ранены", "killing two and wounding three others": more
            # people than the dead just named, not more wounded than an earlier count (also when a dash
            # parted the clauses: «погибли двое граждан — жители джамоата Каракенджа, еще шесть человек ранены»)
            raw = replace(raw, additive=False)
        if raw.value and any(a < raw.end and raw.start < b for a, b in not_event):
            continue
        if raw.value and any(clause.start + raw.start <= offset < clause.start + raw.end for offset in counted_parts()) \
                and not _part_of_people_counted_otherwise(raw, raws):
            # "Some 120 sheep ... scattered; 9 of them were found dead": animals, not people; "Two of them
            # are in serious condition, ... three others received gunshot wounds": the rest of a count
            continue
        if raw.value and raw.measure != "displaced" and previous_sentences is not None \
                and (opens_sentence and pack.event_words.rest_of_count.search(
                         clause_text, max(0, raw.start - REST_BEFORE_CHARS), raw.end)
                     and _rest_of_a_count_before(raw, previous_sentences(), pack)
                     # ... or "the other" right before it, anywhere in its sentence, after a larger count of one of the
                     # two sentences before ('"The attack caused injury for six Tajik citizens" ... The statement did
                     # not describe the other three injured')
                     # (not one opening its sentence, read above: "The other two wounded, a 12-year-old girl and her
                     # mother, are being treated" after "three people were wounded" and one of them dead since)
                     or not opens_sentence
                     and pack.event_words.rest_of_count.search(clause_text, max(0, raw.start - REST_RIGHT_BEFORE_CHARS),
                                                               raw.start)
                     and any(_a_larger_count_before(raw, previous_sentences()[k:], pack) for k in (0, 1))):
            # «Пострадали трое жителей Кара-Бака, в том числе 16-летний подросток ... Двое других получили ушибы»:
            # the rest of the three, not a count of its own (also "The other five received bruises")
            continue
        if raw.value and raw.measure != "displaced" and opens_sentence and previous_sentences is not None \
                and raw.measure == "injured" and (pack.event_words.of_them.match(clause_text[:raw.start])
                                                  # «Один из них, 47-летний пастух, с переломом ... доставлен»
                                                  or pack.event_words.of_them.match(raw.text)
                                                  # "two servicemen ... were wounded. One received a gunshot
                                                  # wound": a bare count of one opening the sentence
                                                  or raw.value == 1 and raw.start == 0 and not raw.described
                                                  and pack.event_words.bare_one.match(raw.text) is not None) \
                and _a_larger_count_before(raw, previous_sentences(), pack):
            # a part of the count told before: «ранения получили двое военнослужащих ... Один из них получил тяжелую
            # травму стопы» (one of the dead is the death of the wounded, read below)
            continue
        if raw.value and raw.measure != "displaced" and opens_sentence and previous_sentences is not None \
                and (_rest_named_after(raw, clause, text, pack) or _rest_opens_next_sentence(raw, clause, text, pack)) \
                and any(_a_larger_count_before(raw, earlier[back:], pack)
                        for earlier in [previous_sentences(REST_COUNT_SENTENCES)] for back in range(len(earlier))):
            # a part of a count told before, whose rest the sentence or the next one names: «обратились пятеро жителей
            # ... Двое мужчин — 41 и 56 лет — госпитализированы, остальным помощь оказана амбулаторно»; «Семь человек
            # пострадали ... Четверо пострадавших госпитализированы в Баткенскую областную больницу ... Остальным
            # помощь оказали в Ак-Сайской больнице», "Nine people were injured. Six of the injured are residents of
            # Maksat ... Two men ... were taken ... to the Leilek territorial hospital; the others received medical aid
            # on the spot" (the count up to REST_COUNT_SENTENCES back)
            continue
        if raw.value == 2 and raw.measure != "displaced" and previous_sentences is not None \
                and pack.event_words.both_opening.match(raw.text) \
                and any(_a_larger_count_before(raw, previous_sentences()[back:], pack) for back in (0, 1)):
            # «Двое из пяти граждан Кыргызстана, пострадавших во вчерашнем конфликте, остаются в тяжелом состоянии.
            # По данным министерства, оба пострадавших — мужчины 1979 и 1996 годов рождения»: two of the five
            continue
        if raw.value == 1 and raw.measure == "fatalities" and opens_sentence and previous_sentences is not None \
                and not any(r.start < raw.start for r in raws) \
                and (again := pack.event_words.person_again.match(clause_text)) is not None \
                and _one_death_of_before(again.group("noun"), previous_sentences(PERSON_AGAIN_SENTENCES), pack):
            # "A 13-year-old Tajik boy was killed ... The older boy died of his wounds on the way to hospital", «Старший из
            # мальчиков скончался» (the clause's subject, before its verb): the death told before, told again
            continue
        if raw.value == 1 and raw.measure == "injured" and opens_sentence and previous_sentences is not None \
                and pack.event_words.one_pronoun_opening.match(clause_text) \
                and _one_death_told_before(previous_sentences(), pack):
            # «скончался младший сержант, 1999 года рождения. Он получил тяжелое огнестрельное ранение в живот»: the
            # wound of the man who died
            continue
        if raw.value == 1 and raw.measure == "injured" and not raw.additive \
                and _HE_DIED.search(following := _next_sentence(text, clause)) is not None \
                and _PRONOUN_OPENING.match(following) is not None \
                and not any(r.measure == "fatalities" and r.start < raw.start for r in raws):
            # «житель села Гулхона ... получил огнестрельное ранение в живот. Его доставили в ... больницу, однако по
            # дороге он скончался»: the wounded man told next as dead is the death, not one more hurt
            continue
        if raw.value and raw.measure == "injured" and previous_sentences is not None \
                and (intake := pack.event_words.hospital_intake.search(
                    # (or just after it: «Троих пострадавших |доставили в ЦРБ»)
                    clause_text, max(0, raw.start - HOSPITAL_VERB_CHARS), raw.end + HOSPITAL_VERB_CHARS)) is not None \
                and not pack.event_words.includes_part.search(clause_text, min(raw.start, intake.start()),
                                                              max(raw.start, intake.start())) \
                and not any(r.measure == raw.measure and r.start < raw.start for r in raws) \
                and _counted_before(raw, previous_sentences(), pack) \
                and not _of_another_country_than_before(raw, clause, sentence_start, previous_sentences(), homes):
            # the hurt brought to hospital, of those the sentence before counted: «Пострадали четыре жителя Сурха ...
            # Двое доставлены в центральную больницу Исфары»; «трое подростков получили осколочные ранения, еще один -
            # контузию ... в больницу доставили троих ребят с осколочными ранениями»
            continue
        if raw.value and raw.measure != "displaced" and (
                pack.unharmed_after.match(text, clause.start + raw.end)
                or ((unharmed := pack.unharmed_after.match(text, clause.start + raw.start)) is not None
                    and unharmed.end() <= clause.start + raw.end)):
            # people present and unharmed: «работали еще трое членов его семьи, они не пострадали»;
            # "four children aged 3 to 11, were not hurt" read as one figure with its negated verb
            continue
        # «пострадали также не менее трех жителей сопредельной стороны»: the speaker's neighbours
        neighbours = raw.side is None and pack.neighbouring_side.match(clause_text, raw.end) is not None
        after = text[clause.start + raw.end:clause.end + 80]  # the words after the figure, a little past the clause
        own_people = raw.side is None and own_people_named()
        # («группа жителей таджикского села Овчи-Калъача избила местного чабана, сообщили ... в УВД Баткенской
        # области»: the side named before an active verb of harm is who did it, no speaker)
        active = pack.event_words.active_harm_opening.match(raw.text) is not None
        before_figure = _doers_blanked(clause_text[:raw.start], pack) if active else clause_text[:raw.start]
        claimant = _place_speaking_first(clause, clause_text[:raw.start], speakers, pack) \
            or _place_speaking_after(clause, clause_text, raw.end, speakers, pack) \
            or _claimant(before_figure, clause_text, pack, after, raw.side is not None) or pronoun_claimant \
            or (quoted_speaker() if own_people
                and not any(pattern.search(clause_text) for pattern in pack.sides.values()) else None) \
            or (_quoted_speaker(after, pack, trailing_too=True) if own_people else None) \
            or (_speaker_side(previous_sentences(QUOTE_GOES_ON_SENTENCES), pack)
                # 'In Dushanbe, Tajikistan's border troops gave a different account. "...," they said in a statement.
                # "Two servicemen of ours received gunshot wounds ...': a quotation that goes on after its attribution
                # speaks for the same body
                if own_people and previous_sentences is not None and clause_text.lstrip()[:1] in _QUOTE_MARKS
                and sentence_start <= clause.start and not text[sentence_start:clause.start].strip(' \n"“«')
                # (not a quotation attributed after it: '"According to the outpost, two of our servicemen were
                # wounded. ...," the governor was quoted ... as saying')
                and not _attributed_after(text, clause, pack)
                else None) \
            or (_document_s_speaker(text, clause, raw, pack, previous_sentences)
                # '"According to preliminary data, up to ten Kyrgyz citizens also received injuries of varying
                # severity," the statement says' (of the Border Troops, which the sentences before name as speaking)
                if raw.side is not None and previous_sentences is not None else None) \
            or (told_by_next if raw.side is not None else None) \
            or (sided_claimant if raw.side is not None or neighbours else None)
        if claimant is None and raw.value and raw.side is None and raw.measure != "displaced" and (
                pack.own_forces.search(raw.text)
                or pack.own_forces.match(clause_text, _next_word(clause_text, raw.end, raw.end + NEXT_WORD_CHARS))) \
                and not any(pattern.search(clause_text, 0, raw.start) for pattern in pack.sides.values()) \
                and len(clause_text[:raw.start].split()) <= OPENING_WORDS \
                and not _PARTITIVE_BEFORE.search(clause_text, 0, raw.start):
            # «Ранен один военнослужащий, сообщила Пограничная служба ГКНБ»: servicemen of no named side, told by one
            # side's body in the attribution that ends the sentence (its own, below; not '"... the Kyrgyz side also has
            # one wounded serviceman," the Border Troops said': the side named before is whose losses; nor «Один из двух
            # раненых военнослужащих скончался ..., сообщили ...»: the count of a death's wounded, told before)
            claimant = _quoted_speaker(after, pack, trailing_too=True)
        if claimant is None and raw.value and raw.side is None:
            # "Batken district police said a 44-year-old local man suffered a broken arm|; the Isfara administration
            # said two of its workers were bruised": a local body named by its place speaks just before the figure
            claimant = _place_speaker_in_clause(clause, clause_text[:raw.start], speakers, pack)
        if raw.side in ("KG", "TJ") and claimant is None \
                and pack.event_words.claimed_before.search(clause_text, max(0, raw.start - 60), raw.start):
            # 'It said ... and claimed that at least eight Tajik servicemen were killed': a speaker the clause does not
            # name claims the other side's losses
            claimant = "TJ" if raw.side == "KG" else "KG"
        if raw.side is not None and claimant is None:
            # '"At least four citizens of Kyrgyzstan also received injuries ...," a police spokesman told Asia-Plus'
            # after "..., the Sughd regional police directorate said": the body named again by its kind
            claimant = _body_named_again(text, clause, raw, speakers)
        if raw.side is not None and claimant is None and enemy_losses:
            # «противник понёс значительные потери: ... погибли не менее 20 кыргызских военнослужащих»
            claimant = next(code for code in pack.sides if code != raw.side)
        if raw.side is not None and claimant is None:
            # "The Press Centre of the Border Troops ... of the Republic of Tajikistan disseminated the following
            # information. ... During the exchange of fire, two Kyrgyz servicemen were also wounded": the release's
            # body tells it (its claim about the other side), though the sentence names no speaker
            claimant = _release_speaker_at(text, clause.start + raw.start, pack)
        side = raw.side
        # (a list after a colon runs to the clause's end: «пострадали три человека: двое жителей Ак-Татыра и один
        # житель Ходжаи-Аъло»)
        home_reach = len(clause_text) - raw.end if ":" in clause_text[raw.end:raw.end + LIST_COLON_CHARS] \
            else HOME_AFTER_FIGURE
        near_homes = [country for offset, country in homes()
                      if clause.start + raw.start <= offset <= clause.start + raw.end + home_reach
                      and offset < clause.end
                      # (not "three teenagers hurt when boys from Somoniyon and from a Kyrgyz village ... threw
                      # stones at each other": the home after the count is one of the fight's two parties)
                      and not (offset >= clause.start + raw.end
                               and pack.fight_parties.search(clause_text, raw.end) is not None)] if side is None else []
        # (not a count whose people it goes on to list from both countries: «пострадали три человека: двое жителей
        # Ак-Татыра и один житель Ходжаи-Аъло»)
        home = near_homes[0] if near_homes and (len(set(near_homes)) == 1 or any(
            clause.start + raw.start <= offset < clause.start + raw.end for offset, _ in homes())) else None
        homes_within = [country for offset, country in homes()
                        if clause.start + raw.start <= offset < clause.start + raw.end] if home is not None else []
        if home is not None and (len(set(homes_within)) > 1
                                 or pack.event_words.coordinated_part.search(clause_text, raw.start, raw.end)
                                 and len(homes_within) < 2):
            # "Three residents of Arka ... and two residents of ... Khistevarz were injured", "Five residents of
            # Kok-Tash ... and three citizens of Tajikistan were injured": a count of both sides' people (not «двое
            # мужчин из Лаккона и один житель Чилгази»: each part's village named, all of one country)
            home = None
        if home is None and side is None and raw.value == 1 and not active and (
                raw.measure == "fatalities" and len(raw.text.split()) == 1
                or raw.measure == "injured" and len(raw.text.split()) <= 3 and not any(c.isdigit() for c in raw.text)) \
                and not any(r.start < raw.start for r in raws if r is not raw):
            # «Житель села Бешкент, раненный ..., скончался в больнице»: one person's home named as the
            # clause's subject, before its bare verb (not "пять жителей Арки ..., один из них скончался"); also
            # «28-летний житель Ак-Сая получил ушиб плеча» (the hurt man's home just before his verb: not "youths from
            # the Tajik village of Khistevarz threw stones at cars ..., injuring a driver")
            named = [(offset, country) for offset, country in homes()
                     if clause.start <= offset < clause.start + raw.start
                     and (raw.measure == "fatalities" or _JUST_BEFORE_THE_VERB.fullmatch(
                         text, offset, clause.start + raw.start))]
            subject = {country for _, country in named}
            if len(subject) > 1 and _PARTICIPLE_TO_THE_VERB.fullmatch(text, named[0][0], clause.start + raw.start):
                # «58-летний житель джамоата Овчи-Калъача ..., получивший тяжелую черепно-мозговую травму в ходе
                # массовой драки с жителями кыргызского села Кулунду, скончался»: the subject's home, not the
                # other party's named in the participle's phrase
                subject = {named[0][1]}
            home = subject.pop() if len(subject) == 1 else None
        if home is None and side is None and raw.value \
                and pack.event_words.of_them_before.search(clause_text, max(0, raw.start - OF_THEM_CHARS), raw.start):
            # «В хукумате утверждают, что драку начали жители Самаркандека, а из них «пострадали лишь двое»»: a part of
            # the people named last before it in its clause
            named = [country for offset, country in homes() if clause.start <= offset < clause.start + raw.start]
            home = named[-1] if named else None
        if claimant is None and side is None and home is not None and raw.value:
            # "Three residents of Orto-Boz were injured, among them a 17-year-old whose arm was broken, the police said",
            # after "Kyrgyzstan's Batken district police gave a different account": a village's people counted by the
            # body named again by its kind
            claimant = _body_named_again(text, clause, raw, speakers)
        if neighbours and claimant is not None and raw.value:
            # (the Sughd authorities' «жителей сопредельной стороны»: the other side)
            side = next(code for code in pack.sides if code != claimant)
        if side is None and claimant is not None and home is None and raw.value \
                and raw.measure in ("fatalities", "injured") and len(opening := {
                    country for offset, country in opened_in()
                    if clause.start <= offset < clause.start + OPENING_IN_CHARS}) == 1 and claimant not in opening:
            # «В Арке же, утверждают в Гафурове, «пострадал лишь один человек»»: the other country's village, its people
            # as that government tells them (a claim)
            side = opening.pop()
        if side is None and home is None and raw.value == 0 and claimant is not None \
                and (among := next((country for offset, country in homes()
                                    if clause.start <= offset < clause.start + raw.start
                                    and clause.start + raw.start - offset <= ZERO_AFTER_HOME_CHARS
                                    and _AMONG_THE_PEOPLE_OF.search(text, max(clause.start, offset - 40), offset)),
                                   None)) is not None and among != claimant:
            # «В Баткенской области заявили, что ... «среди жителей Чоркуха пострадавших нет»»: the other side's
            # people, none hurt as that government tells it (a claim)
            side = among
        if side is None and claimant is not None:
            # a government counting residents of its own village counts its own side (not a count it then splits
            # between both sides' people: «пострадали семь человек: пятеро жителей Арки и двое граждан Таджикистана»)
            colon = clause_text.find(":", raw.end, raw.end + SPLIT_AFTER_CHARS)
            split = colon >= 0 and any(pattern.search(clause_text, colon) for code, pattern in pack.sides.items()
                                       if code != claimant)
            side = claimant if home == claimant and not split else None
        elif side is None and home is not None and raw.measure == "fatalities" and not more_people:
            # "A resident of Surkh, a woman born in 1979, was killed on the spot", told by no one: the people
            # of a village are its country's (not «скончался ещё один житель Гульхоны»: one more of a count
            # told without its side)
            side = home
        each_side = raw.side is None and raw.measure != "displaced" \
            and (pack.each_side_after.match(clause_text, raw.end) is not None
                 or pack.each_side_before.search(clause_text, max(0, raw.start - EACH_SIDE_CHARS),
                                                 raw.start) is not None)
        if each_side:
            raw = replace(raw, value=raw.value * 2)  # "wounding one serviceman on each side": two
        both_sides = raw.side is None and (each_side or pack.joint.search(raw.text) is not None
                                           or pack.joint_after.match(clause_text, raw.end) is not None)
        # "five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards": the sum of both sides' parts
        sums_both_sides = raw.side is None and len({r.side for r in raws if r is not raw and r.side is not None
                                                    and raw.start <= r.start < raw.end}) > 1
        if side is None and not both_sides and raw.measure != "displaced":
            # 'the Kyrgyz side "also suffered losses, according to available data at least two servicemen
            # killed"': the side named as the loser before the figure, in its sentence
            # (up to the figure's end: a loser's own look-ahead may read the count, "the Kyrgyz side has |up to four
            # wounded")
            losers = [m for m in pack.side_losses.finditer(text, sentence_start, clause.start + raw.end)
                      if m.start() < clause.start + raw.start]
            side = _one_side(losers[-1].group(0), pack.sides) if losers else None
            if side is not None and claimant is None and previous_sentences is not None:
                # 'The statement said the Kyrgyz side had also suffered losses, "at least two servicemen wounded"': the
                # statement's body (named in the sentences before) tells the other side's losses
                claimant = _document_s_speaker(text, clause, raw, pack, previous_sentences)
            if side is not None and claimant is None and enemy_losses:
                # '"According to our data, the Kyrgyz side has up to four wounded," the statement said': the
                # speaker's estimate of the other side's losses
                claimant = next(code for code in pack.sides if code != side)
        if side is None and more_people and not both_sides and out and out[-1].side is not None \
                and not out[-1].is_claim_about_other_side and pack.own_forces.search(raw.text):
            # «погиб 20-летний рядовой Пограничных войск Таджикистана, еще один военнослужащий ранен»:
            # one more of the same side's servicemen
            side = out[-1].side
        if side is None and claimant is not None and not both_sides \
                and (pack.own_forces.search(raw.text) or pack.own_forces.match(
                    clause_text, _next_word(clause_text, raw.end, raw.end + NEXT_WORD_CHARS))) \
                and (other := _other_side_named_before(clause_text, raw.start, claimant, pack)) is not None:
            # 'The Tajik border troops claimed that Kyrgyz soldiers had been seen carrying "two wounded servicemen"
            # away': the other side's people the speaker saw, a claim about them
            side = other
        if side is None and claimant is not None and not both_sides and enemy_losses_cue is not None \
                and enemy_losses_cue.start() < clause.start + raw.start and raw.measure != "displaced":
            # «По оперативным данным Пограничных войск, в результате ответных действий таджикских пограничников со
            # стороны нарушителей убит один и ранены двое военнослужащих»: what the speaker's return fire did
            side = next(code for code in pack.sides if code != claimant)
        if side is None and claimant is not None and not both_sides and not sums_both_sides and (
                pack.own_side.search(clause_text)
                # "a private was wounded in the shoulder, according to the service": its own servicemen
                # ... and "The Tajik side reported one wounded serviceman": the noun after a head-first figure
                or (pack.own_forces.search(raw.text) or pack.own_forces.match(
                    clause_text, _next_word(clause_text, raw.end, raw.end + NEXT_WORD_CHARS)))
                and not pack.joint.search(clause_text)
                # "погиб один кыргызский пограничник, ещё двое военнослужащих ранены", said Bishkek:
                # beside the speaker's own named losses, an unmarked figure is its own side's too
                # (not "..., bringing the death toll from the latest flare-up to four": the flare-up's toll)
                or any(r.side == claimant for r in raws if r is not raw) and not pack.revision.search(raw.text)
                # ('one border guard, aged 26, had been killed and two others wounded': the others of the speaker's
                # own man just counted)
                or _OTHERS_AFTER_OWN.search(raw.text) is not None and any(f.side == claimant for f in out)):
            side = claimant
        if side is None and claimant is None and previous_sentences is not None \
                and pack.own_side.search(clause_text, raw.start, min(len(clause_text), raw.end + 30)) is not None:
            # «погибли двое граждан Таджикистана ... Телесные повреждения получили пятеро граждан республики»:
            # the republic is the one whose citizens the sentence before counted
            before = {r.side for sentence in previous_sentences()[:1] for r in pack.read_figures(sentence)
                      if r.side is not None}
            if len(before) == 1:
                side = before.pop()
        if side is None and claimant is None and raw.measure == "fatalities" and raw.value == 1 \
                and previous_sentences is not None and _PRONOUN_OPENING.match(text, sentence_start) is not None \
                and _HE_DIED.search(text, sentence_start, clause.end) is not None \
                and (told := previous_sentences(1)) and _PRONOUN_OPENING.match(told[0]) is None:
            # «Тракторист, гражданин Республики Таджикистан, получил тяжелые осколочные ранения. Его повезли в ...
            # больницу, но по дороге он скончался»: the wounded man told just before (whose wound is this death, see
            # _HE_DIED above) is of the side named with him
            wounded = [r for r in pack.read_figures(told[0]) if r.measure == "injured"]
            if len(wounded) == 1 and wounded[0].value == 1 and wounded[0].side is not None:
                side = wounded[0].side
        if side is None and claimant is None and home is None and raw.value and not both_sides \
                and raw.measure in ("fatalities", "injured") and previous_sentences is not None \
                and pack.own_forces.search(clause_text, max(0, raw.start - RANK_BEFORE_CHARS),
                                           min(len(clause_text), raw.end + UNIT_RANK_CHARS)):
            # "a patrol of the Kyrgyz Border Service came under fire from the territory of Tajikistan near Andarak
            # village. A junior sergeant, 22, was killed": the servicemen of the unit told under fire; «рядовой
            # пограничного наряда Ш. Х., 2004 года рождения, уроженец города Истаравшан, получил огнестрельное ранение,
            # несовместимое с жизнью», the rank before the verb with who he is between
            for told in (text[sentence_start:clause.start + raw.start], *previous_sentences(1)):
                if (unit := pack.event_words.unit_under_fire.search(told)) is not None:
                    side = _one_side(unit.group(0), pack.sides)
                    break
        if side is None and claimant is None and home is not None and raw.measure != "displaced" and any(
                country == home for offset, country in speakers()
                if sentence_start <= offset < clause.start + raw.start):
            # "The Isfara city administration said two residents of Surkh were hurt": a local government
            # (named by its town, no side word) counting residents of a village of its own country
            side = home
        if side is None and claimant is None and home is None and raw.value == 1 and (
                raw.measure == "injured" and sum(r.measure == "injured" for r in raws) == 1
                # ... or one of the wounded who died in a hospital: «Один из раненых пограничников скончался в
                # Баткенской областной больнице»
                or raw.measure == "fatalities"
                # (beside it, no other count but a side's toll: "..., bringing the Kyrgyz death toll to two")
                and all(r is raw or r.side is not None for r in raws)
                and pack.died_of_wounds.search(clause_text, max(0, raw.start - 160), min(len(clause_text), raw.end + 200))) \
                and len(taken_to := {country for offset, country in treated_in()
                                     if clause.start + raw.end <= offset < clause.end}) == 1 \
                and not (previous_sentences is not None and any(
                    r.measure == "injured" and r.value for sentence in previous_sentences()
                    for r in pack.read_figures(sentence))):
            # "A 24-year-old sergeant was wounded in the chest and taken to the hospital in Batken", «ефрейтор, ранен в
            # ногу и доставлен в центральную больницу Исфары»: one wounded man treated in a town of his own country, as
            # a villager is of his village's (his side beside the other side's own count: quantities._place_homes);
            # not one of the hurt the sentences before counted ("Two herders ... received light injuries. A third
            # herder, aged 19, sought medical help")
            home = taken_to.pop()
        if side is None and claimant is None and home is None and raw.measure == "injured" and raw.together \
                and "," in raw.text and raw.value > 1 and len(taken_to := {country for offset, country in treated_in()
                                                       if clause.start <= offset < clause.end}) == 1:
            # «В Баткенскую областную больницу доставлены трое, еще двое получили помощь в ФАПе Ак-Сая»: the hurt told
            # by where each part was treated, all in one country's hospitals, are that country's people (not «Оба
            # раненых доставлены в ...», those counted before, told again)
            home = taken_to.pop()
        if side is None and claimant is None and raw.measure in ("fatalities", "injured") \
                and (told := pack.event_words.side_reports_before.match(clause_text[:raw.start])) is not None:
            # «С таджикской стороны сообщается об одном убитом и около десяти раненых»: that side's own
            side = _one_side(told.group("side"), pack.sides)
        if side is None and claimant is None and raw.value == 1 and raw.measure in ("fatalities", "injured") \
                and (fought := _FOUGHT_WITH.search(clause_text)) is not None \
                and (opponent := _one_side(fought.group(0), pack.sides)) is not None:
            # "A 54-year-old herder who was injured during Monday's fight with Tajik herders ... has died", «скончался
            # чабан, получивший травмы в драке с гражданами Таджикистана»: one of the other side's opponents
            side = next(code for code in pack.sides if code != opponent)
        if side is None and raw.value == 1 and raw.measure in ("fatalities", "injured") and (listed := [
                m for m in _COUNT_THEN_NAMES.finditer(text, sentence_start, clause.start + raw.start)]):
            # «Кроме того, двое граждан Республики Таджикистан – К., житель ..., был убит ..., а также С., ..., погиб»:
            # each person of the list after the dash is of the side its count names
            side = _one_side(listed[-1].group("whom"), pack.sides)
        if raw.value == 1 and raw.measure in ("fatalities", "injured") and not raw.additive and not raw.together \
                and previous_sentences is not None and not any(r.start < raw.start for r in raws) \
                and (pack.event_words.kin_opening.match(clause_text) or clause.start > sentence_start
                     and pack.event_words.kin_opening.match(text, sentence_start)
                     and not pack.read_figures(text[sentence_start:clause.start])):
            # "A farmer was beaten ... His 16-year-old nephew got bruises to the face", «34-летнего чабана избили
            # палками ... Его 16-летнему племяннику ... досталось меньше — у подростка ушибы»: one more person, after
            # one person told (not after a count that may hold the relative: "Five people were hurt ... His son")
            # (not the relative the lede already told, "killing a herder and wounding his nephew ... His 19-year-old
            # nephew was wounded", nor beside a death, which may be the first person's: "A resident of Khonobod was
            # seriously wounded ... died ... His 14-year-old son ... was cut by broken glass")
            before = previous_sentences(KIN_SENTENCES_BACK)
            told = [r for sentence in before for r in pack.read_figures(sentence) if r.measure == raw.measure and r.value]
            kin = (pack.event_words.kin_opening.match(clause_text) or pack.event_words.kin_opening.match(
                text, sentence_start)).group(0).split()[-1][:KIN_STEM]
            if told and all(r.value == 1 and not r.vague for r in told) \
                    and not any(kin.lower() in sentence.lower() for sentence in before) \
                    and not _a_death_told(text, pack.code):
                raw = replace(raw, additive=True)
        if side is None and claimant is None and raw.value == 1 and previous_sentences is not None \
                and pack.event_words.kin_opening.match(clause_text) and not any(r.start < raw.start for r in raws):
            # "Rustam Nazarov, 47, was killed ... His 23-year-old son, who was working beside him, was grazed in the
            # arm": the relative of the one person told before (the "Tajik farmer" of the lede) is of his side
            for sentence in previous_sentences():
                sides = {r.side for r in pack.read_figures(sentence) if r.value == 1 and r.side is not None}
                if sides:
                    side = sides.pop() if len(sides) == 1 else None
                    break
        if side is None and claimant is None and revision and raw.value and previous_sentences is not None \
                and (previous := previous_sentences()) \
                and pack.superseded.search(previous[0]) is not None \
                and len(earlier_sides := {r.side for r in pack.read_figures(previous[0])
                                          if r.measure == raw.measure and r.value and not r.vague}) == 1 \
                and None not in earlier_sides:
            # «Ранее мы ... писали о троих раненых кыргызских пограничниках. Ведомство уточнило свои данные: ранены
            # двое, а не трое»: the corrected count is of the side whose count the sentence before withdrew
            side = next(iter(earlier_sides))
        if side is None and _OTHERS_AFTER_OWN.search(raw.text) is not None and out and out[-1].side is not None \
                and out[-1].claimant == claimant and raw.measure == out[-1].measure:
            # «Пострадали трое кыргызских чабанов: 52-летнего мужчину ... доставили в больницу, двое других получили
            # ушибы»: the others of the side's people just counted
            side = out[-1].side
        if side is None and out and out[-1].side is not None and out[-1].home is None and out[-1].claimant == claimant \
                and raw.measure != out[-1].measure and not both_sides and _ELLIPTIC_COUNT.fullmatch(raw.text) \
                and _joined_in_a_list(clause_text[last_end:raw.start], pack) \
                and not any(pattern.search(clause_text, last_end, raw.end) for pattern in pack.sides.values()):
            # «на кыргызской стороне погиб один военнослужащий, еще двое ранены»: the next count of the list is of
            # the same side's people
            side = out[-1].side
        if side is None and claimant is not None and out and out[-1].side not in (None, claimant) \
                and out[-1].claimant == claimant and _joined_in_a_list(clause_text[last_end:raw.start], pack):
            # «потери кыргызской стороны составляют не менее 30 военнослужащих убитыми и свыше 50
            # ранеными»: the count joined to a claim about the other side's losses is that claim too
            side = out[-1].side
        if raw.measure == "injured" and raw.value > 1 and not raw.vague and superseded_cue is None \
                and _INCLUDING_THE_DEAD.match(text, clause.start + raw.end, clause.end) is not None:
            # «медицинская помощь понадобилась шести жителям Чоркуха, включая скончавшегося»: the hurt still alive
            # are one fewer (he is counted among the dead)
            raw = replace(raw, value=raw.value - 1)
        died_of_wounds = False
        if raw.measure == "injured" and raw.value == 1 and (
                died := pack.died_of_wounds.search(clause_text, raw.start, min(len(clause_text), raw.end + 200))) \
                and died.start() < raw.end:
            # "A resident of Kara-Bak who was wounded in a shootout on February 11 has died": one death, of
            # his wounds (however long the clause between)
            raw, died_of_wounds = replace(raw, measure="fatalities"), True
            if side is None and claimant is None and home is not None and not more_people:
                side = home  # "A 27-year-old resident of Surkh who was wounded ... has died": as a death told
        # (a long participle phrase: «Житель ... Лаккон ..., получивший огнестрельное ранение в ходе перестрелки на
        # таджикско-киргизской границе 30 мая, скончался»)
        after_chars = DIED_OF_WOUNDS_AFTER_CHARS.get(pack.code, 80)
        wound_phrase = pack.died_of_wounds.search(clause_text, max(0, raw.start - 160),
                                                  min(len(clause_text), raw.end + after_chars))
        if wound_phrase is not None and not _overlaps(raw, wound_phrase) and any(
                r is not raw and r.measure == "fatalities" and _overlaps(r, wound_phrase) for r in raws):
            # "A Kyrgyz herder wounded when a drone dropped explosives ... has died in hospital, bringing the death
            # toll ... to two": the phrase is the one death's, not the toll's
            wound_phrase = None
        of_wounded = raw.measure == "fatalities" and bool(died_of_wounds or wound_phrase is not None
            # "Four servicemen were wounded in the June 11 shoot-out near Arka. Two of them have now died": of the
            # wounded the sentence before counted
            or (opens_sentence and previous_sentences is not None and pack.event_words.of_them.match(raw.text)
                and _of_the_wounded_before(raw, previous_sentences(), pack)))
        # (a death of the wounded told before the word that raises the toll, which then tells it: "one of the two
        # wounded children ... had died in intensive care, bringing the toll to two dead": neither the toll's earlier
        # report nor its revision)
        # (only after a count of the wounded it leaves, told just before: not a lede that opens on the death, "A Kyrgyz
        # herder wounded when a drone dropped explosives ... has died in hospital, bringing the death toll ... to two",
        # whose later counts of the wounded are told without him)
        death_before_rise = of_wounded and revision_cue is not None and raw.end <= revision_cue.start() and any(
            r.measure == raw.measure and r.end > revision_cue.end() and not r.additive for r in raws) \
            and previous_sentences is not None and any(
                r.measure == "injured" and r.value > 0 for sentence in previous_sentences(WOUNDED_SENTENCES_BACK)
                for r in pack.read_figures(sentence))
        # "... one villager was killed, not two killed as first announced": the figure after "not"
        # is the outdated one, and so is "one of the two men initially reported dead"
        outdated = not superseded and revision and (pack.superseded.search(raw.text) is not None or (
            pack.event_words.not_before.search(clause_text, max(0, raw.start - 8), raw.start) is not None
            and pack.superseded.search(clause_text, raw.end, min(len(clause_text), raw.end + 60)) is not None)
            # «сообщало об одном раненом, к 16:00 ведомство уточнило, что ранены двое»: the figure
            # before the revising word is the one it revises ("up from ..." is read just below)
            or revision_cue is not None and raw.end <= revision_cue.start() and not death_before_rise and any(
                r.measure == raw.measure and r.end > revision_cue.end() and not r.additive for r in raws))
        # "one killed and four wounded, up from the three wounded reported this morning", "six killed and
        # 27 wounded, up from two dead and nine wounded it reported at midday": the figures after "up
        # from" are the earlier toll, with or without a revising word in the clause
        risen_from = not superseded and (
            pack.rose_from.search(clause_text, max(0, raw.start - 40), raw.start) is not None
            or (rose_list and out and _joined_in_a_list(clause_text[last_end:raw.start], pack)))
        outdated = outdated or risen_from
        rose_list = risen_from
        # «По уточнённым данным, ещё двое мужчин обратились за помощью»: more people, not the new toll
        is_revision = (revision or zero_revised and raw.value == 0) and raw.measure not in revised and not raw.additive \
            and not outdated and not second_of_the_hit \
            and not (
            # «Как уточнили в больнице, у 15-летнего подростка ранения рук и лица»: one of those counted, described
            # (a death described may be the new toll: "A third soldier later died")
            raw.described and raw.value == 1 and raw.measure == "injured") and not (
            # «Среди кыргызских мирных жителей пострадавших нет, уточнили в погранслужбе»: a zero whose
            # "specified" only attributes it revises nothing
            raw.value == 0 and revision_cue is not None and revision_cue.start() > raw.end) and not (
            # «Обновлено в 18:00. 15-летний подросток скончался в больнице»: one more dead of the wounded under an
            # update's label, not the new toll (unless the clause says so: «число погибших выросло до двух»); nor
            # one told after a word that only introduces news («Минздрав уточнил данные: один из раненых скончался»)
            of_wounded and (revision_cue is None or raw.value == 1 and raw.start > revision_cue.end() + _CUE_GAP)) \
            and not death_before_rise
        if revision and not raw.additive and not outdated and not death_before_rise:
            revised.add(raw.measure)
        if side in ("KG", "TJ") \
                and pack.event_words.alleged_before.search(clause_text, max(0, raw.start - 60), raw.start):
            # «утверждается, что кыргызская сторона якобы потеряла троих военнослужащих убитыми»: a loss the article
            # calls alleged is the other side's claim, never the side's own count
            claimant = "TJ" if side == "KG" else "KG"
        if home is None and side is None and raw.additive and out and out[-1].measure == raw.measure \
                and out[-1].home is not None and out[-1].side is None and out[-1].claimant == claimant \
                and not raw.described:
            # «Двое жителей Самаркандыка госпитализированы ..., еще трое обратились за помощью в сельский ФАП»: more of
            # the same village's people, in the clause that counted them
            home = out[-1].home
        out.append(Figure(
            measure=raw.measure, value=raw.value, vague=raw.vague, side=side, text=raw.text,
            # the revised toll is the clause's first figure of its measure; what follows explains it
            claimant=claimant, revision=is_revision,
            # (not the count a denial gives after its colon: «В Погранслужбе это не подтвердили: погиб один
            # военнослужащий» is the service's own, not the unconfirmed one)
            superseded=superseded and not _after_a_denial_s_colon(raw, superseded_cue, clause_text) or outdated,
            additive=raw.additive, article_id=article_id, order=order * 100 + len(out),
            of_wounded=of_wounded and not outdated, both_sides=both_sides, home=home, described=raw.described,
            # «Всего, по данным Минздрава, за медицинской помощью обратились четыре человека» after the one man
            # described: the total holds him
            together=raw.together or (total_opening and raw.value > 1 and raw.measure in ("fatalities", "injured")
                                      and not raw.additive),
            words_after=_WORDS_AFTER.match(clause_text, raw.end).group(0).strip(),
        ))
        last_end = raw.end
    return _without_repeated_parts(out)


def _without_repeated_parts(figures: list[Figure]) -> list[Figure]:
    """Drop a list's sided part that its total, now of the same side, already counts.

    "Two Tajik border guards and a civilian ... were killed, the committee said": the part (two
    Tajik) is read beside the list's total (three); once the total is Tajik too, the part only
    repeats it. Not where the list names both sides ("A Kyrgyz and a Tajik border guard were
    killed"): its parts are the by-side figures.
    """
    def repeated(part: Figure) -> bool:
        return part.side is not None and any(
            # (the part's text may be the list's own or its opening: "wounding two" of "wounding two Tajik border
            # guards and a 14-year-old girl")
            other is not part and part.text in other.text and other.measure == part.measure
            and other.side == part.side and other.value > part.value for other in figures) and not any(
            (other.text in part.text or part.text in other.text) and other.measure == part.measure
            and other.side not in (None, part.side) for other in figures)

    return [figure for figure in figures if not repeated(figure)]


def _other_measure_before_in_sentence(measure: str, before: str, pack: LanguagePack) -> bool:
    """The sentence's earlier clauses count another measure of people and not this one."""
    if not before.strip():
        return False
    earlier = [f.measure for f in pack.read_figures(before) if f.measure in ("fatalities", "injured")]
    return bool(earlier) and measure not in earlier


#: A count told with no noun of its own, its people those the list's first count named: "two were wounded", «еще двое
#: ранены» (not "five people wounded", "one resident of Ak-Tatyr was wounded").
_ELLIPTIC_COUNT = re.compile(
    r"\s*(?:еще\s+|ещё\s+)?[\w-]+\s+(?:(?:were|was|are|have\s+been|had\s+been|also|были|был|также)\s+){0,2}"
    r"(?:wounded|injured|hurt|ранен\w*|пострадал\w*|получил\w*\s+ранени\w*|травмирован\w*)\s*"
    r"|\s*(?:ранен\w*|пострадал\w*)\s+(?:еще\s+|ещё\s+)?[\w-]+\s*", re.I)


#: After "not confirmed", the colon before the speaker's own count: «не подтвердили|: погиб один».
_OWN_COUNT_AFTER_DENIAL = re.compile(r"\w*(?:\s+[\w-]+){0,3}\s*:")


def _after_a_denial_s_colon(raw: RawFigure, cue: re.Match[str] | None, clause_text: str) -> bool:
    """The figure follows the colon after a "not confirmed" that made its clause an earlier report: «В Погранслужбе это
    не подтвердили: погиб один военнослужащий» is the service's own count, not the unconfirmed one."""
    if cue is None or not cue.group(0).lower().startswith("не подтверд"):
        return False
    colon = _OWN_COUNT_AFTER_DENIAL.match(clause_text, cue.end())
    return colon is not None and raw.start >= colon.end()


def _joined_in_a_list(gap: str, pack: LanguagePack) -> bool:
    """``gap`` (the text between two counts) joins them in one list (the pack's ``list_join``: "30
    killed and more than 50 wounded", «30 убитыми и свыше 50»), with no other number in it."""
    return len(gap) <= 30 and pack.list_join.search(gap) is not None and not any(c.isdigit() for c in gap)


def _actors(clause_text: str, pack: LanguagePack) -> list[str]:
    return sorted(name for name, pattern in pack.actors.items() if pattern.search(clause_text))


#: A home named just before the verb of its one hurt person: "Ак-Сая |получил", "Arka |was".
_JUST_BEFORE_THE_VERB = re.compile(r"[\w-]+\s+(?:[\w-]+\s+)?")

#: From a person's home to the verb, a participle's phrase set off by commas between: "Овчи-Калъача района Бободжон
#: Гафуров|, получивший тяжелую ... травму в ходе массовой драки с жителями кыргызского села Кулунду, |скончался".
_PARTICIPLE_TO_THE_VERB = re.compile(r"[^,.;]*,\s*[а-яё]+(?:вш|ш|щ)(?:ий|ая|ие|ее|их)\b[^.;]*?,\s*", re.I)

#: How far (characters) after a count the colon that opens its split between the sides may stand.
SPLIT_AFTER_CHARS = 12
