"""Who tells a figure: the government, body or side a quotation or a sentence attributes it to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
import re

from geo.incidents.events.clauses import _ATTRIBUTION_AFTER_QUOTE, _OPENING_QUOTES
from geo.incidents.model import Clause, RawFigure
from geo.incidents.taxonomy import ARMED_TYPES
from geo.language import LanguagePack, pack_for

#: How far after a quoted clause (characters) its attribution may start.
ATTRIBUTION_CHARS = 60

#: A quotation's end before its attribution: a closing quote, a comma, a dash.
_QUOTATION_CLOSED = re.compile(r"([\"»”])\s*,?\s*[—–-]\s*$")

#: The next closing guillemet and the dash after it (the attribution follows).
_CLOSING_AHEAD = re.compile(r"»\s*,?\s*[—–-]\s*")

#: A quotation's opening mark for its closing one.
_OPENING_MARK = {"»": "«", "”": "“", '"': '"'}

#: How far back a statement quoted whole may have opened.
STATEMENT_QUOTE_CHARS = 3000

#: A quotation's closing mark and the attribution after it (its first 90 characters, up to a stop), the pattern
#: tail that :data:`_AFTER_QUOTE` and :data:`_QUOTE_CLOSED_THEN_SAID` share.
_CLOSED_THEN_ATTRIBUTION = r"[»\"”][\s,]*(?:[—–-]+\s*)?((?:[^.;«»\"“”]|\.(?=\w)){1,90})"

#: A quotation's close and the attribution after it: «...пострадали двое», — добавили в хукумате.
#: (a dot inside a word is no sentence's end: "— рассказал Kaktus.media заместитель полпреда")
_AFTER_QUOTE = re.compile(r"[^«»\"“”.;]{0,40}" + _CLOSED_THEN_ATTRIBUTION)

#: A quotation opened (and not closed) before a figure, in its clause: «"В результате ... погиб».
_QUOTE_OPENS = re.compile(r"^[\s—–-]*[«\"“„][^«»\"“”]*$")

#: The sentence's last comma part, when it ends the sentence: «Ранены двое ...|, сообщила Пограничная служба ГКНБ.»
_TRAILING_PART = re.compile(r"[^«»\"“”.;]{0,100}?,\s*(?:[—–-]+\s*)?([^.;«»\"“”,]{1,60})(?:[.;]|$)")


def _other_side_named_before(clause_text: str, figure_start: int, claimant: str, pack: LanguagePack) -> str | None:
    """The other side than the claimant, named as the subject between the clause's last reporting verb and a
    figure of servicemen ("claimed that |Kyrgyz soldiers| had been seen carrying two wounded servicemen")."""
    verbs = list(pack.speech.finditer(clause_text, 0, figure_start))
    if not verbs:
        return None
    between = clause_text[verbs[-1].end():figure_start]
    named = {code for code, pattern in pack.sides.items() if pattern.search(between)}
    if len(named) != 1 or claimant in named or not pack.own_forces.search(between):
        return None
    if any(pack.triggers[kind].search(between) for kind in ARMED_TYPES):
        return None  # ("said Tajik troops fired on the Kulundu post, wounding two guards": the side that fired)
    return named.pop()


def _quoted_speaker(after: str, pack: LanguagePack, trailing_too: bool = False) -> str | None:
    """The side that a quotation's attribution names: «...с кыргызской стороны пострадали двое», —
    добавили в хукумате (the Tajik district government speaks); or, without a quotation and with
    ``trailing_too`` (a figure of one side's people), the attribution that ends the sentence: «Ранены
    двое кыргызских военнослужащих, сообщила Пограничная служба ГКНБ» (the body that speaks for one
    side, when the part names no country): whether the side counts its own or the other's."""
    attribution = _AFTER_QUOTE.match(after)
    if attribution is None:
        if not trailing_too:
            return None
        trailing = _TRAILING_PART.match(after)
        if trailing is None or not pack.speech.search(trailing.group(1)) or pack.event_words.relative_opening.match(trailing.group(1)):
            # (not a relative clause: "15 Tajik citizens had been killed in Ovchi-Kalacha, where it said a Kyrgyz
            # drone hit a school": the side named there is who struck)
            return None
        if pack.joint.search(trailing.group(1)):
            return None  # "..., according to statements from the two countries' border services": each its own
        return _one_side(trailing.group(1), pack.sides) or _one_side(trailing.group(1), pack.speakers)
    if not pack.speech.search(attribution.group(1)):
        return None
    # (or the body that speaks for one side: «...», — сказал глава айыл окмоту)
    return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)


#: How far into the text (characters) a release reprinted whole opens with its body's words.
RELEASE_OPENING_CHARS = 1200


@lru_cache(maxsize=4)
def _release_scope(text: str, lang: str) -> tuple[str, int, int] | None:
    """(side, start, end): the stretch of ``text`` that a release of one side's body, reprinted whole, tells.

    The release opens near the top with its body's words ("The Press Centre of the Border Troops ... of the Republic
    of Tajikistan disseminated the following information", the pack's ``release_opening``) and runs to the first
    sentence where the other side is named as speaking ("The Kyrgyz border service, however, said ..."). Read once per
    text.
    """
    pack = pack_for(lang)
    opening = pack.event_words.release_opening.search(text, 0, RELEASE_OPENING_CHARS)
    if opening is None:
        return None
    said_by = text[_sentence_start(text, opening.start()):opening.start()]
    side = _one_side(said_by, pack.sides) or _one_side(said_by, pack.speakers)
    if side is None:
        return None
    for verb in pack.speech.finditer(text, opening.end()):
        start = _sentence_start(text, verb.start())
        before = text[start:verb.start()]
        if _one_side(before, pack.sides) not in (None, side) or _one_side(before, pack.speakers) not in (None, side):
            return side, opening.end(), start
    return side, opening.end(), len(text)


#: How far back (characters) a sentence's start is looked for (a text with no stops stays linear).
SENTENCE_BACK_CHARS = 600


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence (or line) holding ``offset`` starts, at most :data:`SENTENCE_BACK_CHARS` before it."""
    lower = max(0, offset - SENTENCE_BACK_CHARS)
    return max(text.rfind(".", lower, offset), text.rfind("\n", lower, offset), lower - 1) + 1


def _release_speaker_at(text: str, offset: int, pack: LanguagePack) -> str | None:
    """The side whose release, reprinted whole, tells the figure at ``offset`` (:func:`_release_scope`), if any."""
    scope = _release_scope(text, pack.code)
    return scope[0] if scope is not None and scope[1] <= offset < scope[2] else None


def _one_side(text: str, patterns: Mapping[str, re.Pattern[str]]) -> str | None:
    """The one side whose pattern ``text`` names, if exactly one does."""
    named = [code for code, pattern in patterns.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else None


#: A sentence's opening up to its first comma: its subject ("Tajikistan's border troops|, in a statement").
_UP_TO_COMMA = re.compile(r"[^,;]*")

#: How far before a reporting verb (characters) the words that make its speaker both sides may stand ("officials on
#: both sides| said").
JOINT_SPEAKER_CHARS = 40


def _overlaps(raw: RawFigure, match: re.Match[str]) -> bool:
    """The figure's words and the match share text."""
    return raw.start < match.end() and match.start() < raw.end


def _claimant(sentence_before: str, clause_text: str, pack: LanguagePack, after: str = "",
              sided: bool = False) -> str | None:
    """The one side named before a reporting verb in the clause, if any.

    With none named before, a quotation's attribution in ``after`` (the text
    from the figure on, past the clause) names the speaker; for a ``sided`` figure
    (one side's people), so does an attribution that ends the sentence.

    When both sides are named before the figure, the speaker is the side named
    just before the last reporting verb ("в кыргызской Погранслужбе утверждают,
    что таджикская сторона потеряла трёх": KG speaks about TJ).
    """
    # "A Tajik farmer was killed and a Kyrgyz border guard was wounded ..., officials on both sides said": both speak
    # (no side named before the verb is the speaker)
    clause_verbs = list(pack.speech.finditer(clause_text))
    if clause_verbs and pack.joint.search(clause_text, max(0, clause_verbs[-1].start() - JOINT_SPEAKER_CHARS),
                                          clause_verbs[-1].start()):
        return None
    if clause_verbs and clause_verbs[-1].start() >= len(sentence_before) and (joint := pack.joint.search(
            clause_text, clause_verbs[-1].end(), clause_verbs[-1].end() + JOINT_SPEAKER_CHARS)) is not None \
            and not any(mark in clause_text[clause_verbs[-1].end():joint.start()] for mark in ",;—–"):
        # (within the attribution: not "..., Kyrgyz authorities said, before the two sides agreed on a ceasefire")
        # "A Kyrgyz border guard was shot dead and two Tajik border guards were wounded ..., according to statements
        # from the two countries' border services": an attribution after the figure that names both speakers
        return None
    if pack.joint.search(sentence_before):
        return None  # a joint speaker ("Kyrgyz and Tajik officials said"); "... on both sides" after
        # the figure says whose losses it counts, not who speaks
    if (subject := pack.pronoun_subject.match(sentence_before)) is not None and subject.groupdict().get("document"):
        return None  # "The statement calls the Kyrgyz residents the instigators and claims that ...": the
        # speaker is the sentence before's (a side named is whom it speaks of)
    if not clause_verbs:
        if pack.event_words.source_opening.match(sentence_before):
            # «По оперативным данным Пограничной службы, «со стороны таджикских военнослужащих имеются двое
            # погибших»»: the source that opens the clause, a body that speaks for one side without naming it
            bodies = _bodies_named(sentence_before, pack)
            if len(bodies) == 1:
                return bodies.pop()
        return _quoted_speaker(after, pack, sided)
    sentence_before = pack.losing_side.sub(" ", sentence_before)  # "со стороны Таджикистана погибли трое"
    sides = {code for code, p in pack.sides.items() if p.search(sentence_before)}
    verbs = list(pack.speech.finditer(sentence_before))
    if verbs and any(source.start() <= verbs[-1].start() < source.end()
                     for source in pack.speech_pronoun.finditer(sentence_before)):
        # «Около 30 жителей таджикского джамоата, по версии ведомства, начали забрасывать технику камнями, двое
        # киргизских пограничников получили травмы»: the agency the sentence before named speaks (the side named
        # here is of whom it speaks); the caller's speaker of the pronoun answers
        return None
    if not verbs and sided and _QUOTE_OPENS.search(sentence_before) is not None \
            and (attribution := _ATTRIBUTION_AFTER_QUOTE.match(after)) is not None \
            and pack.speech.search(attribution.group(1)):
        # a count in a quotation the clause opened, its attribution after the closing mark: «"В результате
        # провокационных действий киргизских военнослужащих погиб один военнослужащий Пограничных войск ГКНБ
        # Республики Таджикистан, еще один получил ранение", - цитирует заявление ведомства агентство "Ховар"»:
        # the side named before the count is who fired; the attribution (or the body named before) speaks
        return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)
    if not verbs and sided and _AFTER_QUOTE.match(after) is not None:
        # '"During the detention, the citizens of Tajikistan put up active resistance, as a result of which a Kyrgyz
        # serviceman received an injury to his hand," the service said': inside a quotation the side named before
        # a figure of one side's people is whom it speaks of; its attribution (or the caller's body named before
        # it) is the speaker (an unsided count after «Погиб один кыргызский пограничник, ...» stays that side's)
        return _quoted_speaker(after, pack, sided)
    if len(verbs) == 1 and not sentence_before[:verbs[0].start()].strip(" \t\n\"«“—–-"):
        # "По данным таджикской стороны, потери киргизских ...", «По данным ведомства, таджикские
        # военнослужащие открыли огонь»: a clause that opens with its source names it right after
        # (a side named later is whose losses, or who fired)
        source = re.match(r"[^,;:]*", sentence_before[verbs[0].end():]).group(0)
        # ... or a body that speaks for one side without naming it ("According to the information
        # available to the Border Service, the Tajik side has at least two wounded"; «По данным погранвойск,
        # огнестрельное ранение ноги получил 52-летний местный житель», an unsided count too)
        speaker = {code for code, p in pack.sides.items() if p.search(source)} \
            or _bodies_named(source, pack)
        if len(speaker) == 1:
            return speaker.pop()
        if sides:
            return None
    if not sides:
        # "The Border Service of the State Committee for National Security said on Friday that ... the Tajik
        # side had lost two servicemen killed": a body that speaks for one side without naming it
        # (for a figure of one side's people only: whose claim it is about whom)
        bodies = _bodies_named(sentence_before, pack, 0, verbs[-1].start()) if sided and verbs else set()
        if len(bodies) == 1:
            return bodies.pop()
        # (a speaker before the quotation is its speaker, whatever follows it: «В заявлении УВД также утверждалось, что
        # «с кыргызской стороны пострадали не более двух человек» — эти данные кыргызская сторона называет не
        # соответствующими действительности»; and a reporting verb before the figure with no quotation opened before
        # it: "the district said three residents of Voruh "received bodily injuries" after Kyrgyz villagers attacked
        # them ..., and claimed that ...", a quoted phrase, no attribution after it)
        return None if verbs and (any(q in sentence_before[verbs[-1].end():] for q in _OPENING_QUOTES)
                                  or not any(q in sentence_before for q in _OPENING_QUOTES)) \
            else _quoted_speaker(after, pack, sided)
    if verbs and pack.pronoun_speaker.search(sentence_before, max(0, verbs[-1].start() - 12), verbs[-1].start()) \
            and not any(p.search(sentence_before, 0, verbs[-1].start()) for p in pack.sides.values()):
        # "It said Tajik servicemen had been the first to open fire and that two Kyrgyz border guards were
        # wounded": the pronoun's side is the sentence before's; the side after the verb is who fired
        return None
    if len(verbs) > 1 and pack.second_predicate_before.search(sentence_before, 0, verbs[-1].start()) \
            and pack.pronoun_speaker.search(sentence_before, max(0, verbs[0].start() - 12), verbs[0].start()) \
            and not any(p.search(sentence_before, 0, verbs[0].start()) for p in pack.sides.values()):
        # 'It said the conflict began when "residents of the Tajik side tried to break the lock" and claimed that
        # about ten Tajik residents had also been hurt': the second verb is the pronoun's too
        return None
    if len(sides) == 1:
        return sides.pop()
    if len(sides) == 2 and verbs:
        if pack.second_predicate_before.search(sentence_before, 0, verbs[-1].start()):
            # "Tajikistan's border troops, in a statement ..., blamed Kyrgyz servicemen ... and said":
            # the sentence's subject speaks
            subject = _UP_TO_COMMA.match(sentence_before).group(0)
            speaker = {code for code, p in pack.sides.items() if p.search(subject)}
            if len(speaker) != 1:
                # "Tajikistan's foreign ministry said ... that Kyrgyz mortar fire had wounded ..., and said at least
                # four Kyrgyz servicemen had died": the subject before the first reporting verb
                speaker = {code for code, p in pack.sides.items() if p.search(sentence_before, 0, verbs[0].start())}
            if len(speaker) != 1:
                # «Пограничная служба ГКНБ Кыргызстана в Бишкеке возложила ответственность за обострение на
                # таджикскую сторону и сообщила о семи раненых»: the side that opens the sentence is its subject
                named = sorted((found.start(), code) for code, p in pack.sides.items()
                               if (found := p.search(sentence_before)) is not None)
                speaker = {named[0][1]} if named and named[0][0] < SUBJECT_SIDE_CHARS else set()
            if len(speaker) == 1:
                return speaker.pop()
        near = sentence_before[max(0, verbs[-1].start() - 60):verbs[-1].start()]
        # "... on the border with Tajikistan has died in hospital, officials said": the subject
        # after the last comma speaks (not after «..., в свою очередь, заявили»: an aside)
        subject = near[max(near.rfind(","), near.rfind(";")) + 1:]
        near = subject if re.search(r"\w", subject) else near
        speaker = {code for code, p in pack.sides.items() if p.search(near)}
        return speaker.pop() if len(speaker) == 1 else None
    return None


#: How far into a sentence (characters) the side that opens it as its subject may be named.
SUBJECT_SIDE_CHARS = 50


def _place_speaker_before(text: str, offset: int, pack: LanguagePack,
                          speakers: Callable[[], list[tuple[int, str]]], *, body_speaks_again: bool = False) -> str | None:
    """For a sentence whose subject is the statement itself, or (``body_speaks_again``) whose clause lets a local
    body speak again without its place, the country of the places named as speakers in the sentence before, if
    one ("The administration of the city of Isfara said ... The statement ... claims that": the Tajik side speaks;
    "The administration of Leilek district said in Razzakov that ... According to the administration, three
    residents of Kayragach ... were injured": the Kyrgyz side)."""
    sentence_start = text.rfind(".", 0, offset) + 1
    if not body_speaks_again:
        subject = pack.pronoun_subject.match(text, sentence_start)
        if subject is None or not subject.groupdict().get("document"):
            return None
    previous_start = text.rfind(".", 0, max(0, sentence_start - 1)) + 1
    countries = {country for at, country in speakers() if previous_start <= at < sentence_start}
    return countries.pop() if len(countries) == 1 else None


def _place_speaker_in_clause(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                             pack: LanguagePack) -> str | None:
    """The country of the one place named as a speaker in ``before`` (the clause up to a figure), when a reporting
    verb follows it there ("the Isfara administration said two of its workers were bruised")."""
    named = _speakers_of_one_country(clause, before, speakers, pack)
    if not named:
        return None
    last = max(at for at, _ in named)
    return named[0][1] if pack.speech.search(before, last) else None


def _speakers_of_one_country(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                             pack: LanguagePack) -> list[tuple[int, str]]:
    """(offset in ``before``, country) of the places named as speakers in ``before`` (the clause up to a figure),
    when they are all of one country and ``before`` has a reporting verb; else empty."""
    if pack.speech.search(before) is None:
        return []  # (cheap test first: the speakers are gathered over the whole article)
    named = [(at - clause.start, country) for at, country in speakers()
             if clause.start <= at < clause.start + len(before)]
    return named if len({country for _, country in named}) == 1 else []


#: A reporting verb just before the place that speaks: «утверждают в |Гафурове», «сообщили в |Исфаре».
_VERB_THEN_PLACE = re.compile(r"(?<!\w)(\w+)\s+(?:в|во)\s+$", re.I)


def _place_speaking_first(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                          pack: LanguagePack) -> str | None:
    """The country of a place named as a speaker that opens the clause's speech, before any side is named ("The
    administration of Isfara city, as quoted by Asia-Plus, said that Kyrgyz residents had first diverted the water
    and that two residents of Surkh were injured": the Tajik town speaks, the Kyrgyz are in its words)."""
    named = _speakers_of_one_country(clause, before, speakers, pack)
    if not named:
        return None
    verb = pack.speech.search(before, named[0][0])
    if verb is None and (told := _VERB_THEN_PLACE.search(before, 0, named[0][0])) is not None \
            and pack.speech.fullmatch(told.group(1)):
        verb = told  # «В Арке же, утверждают в Гафурове, «пострадал лишь один человек»»: the verb, then its place
    if verb is None:
        return None
    # (a side named before is in its words when the place names the verb's subject after a comma: "The fight started
    # when Tajik villagers cut the power cables ..., the Leilek district administration said, adding that three
    # residents of Kulundu were injured")
    subject_start = max(before.rfind(",", 0, named[0][0]), before.rfind(";", 0, named[0][0])) + 1
    spoken_before = 0 if subject_start and not any(pattern.search(before, subject_start, verb.start())
                                                   for pattern in pack.sides.values()) else verb.start()
    if any(pattern.search(before, 0, spoken_before) for pattern in pack.sides.values()):
        return None
    return named[0][1]


def _place_speaking_after(clause: Clause, clause_text: str, end: int, speakers: Callable[[], list[tuple[int, str]]],
                          pack: LanguagePack) -> str | None:
    """The country of a place named as the speaker whose reporting verb follows a figure in its clause, with no side
    named between («Житель села Кызыл-Бель ..., получивший травму во время драки с жителями таджикского села Чилгази,
    скончался в больнице, сообщили в Баткенском областном управлении здравоохранения»: the Batken health department
    tells it; the Tajik village is in its words)."""
    if not speakers():
        return None  # (cheap test first: most articles name no place as a speaker)
    verb = pack.speech.search(clause_text, end)
    if verb is None:
        return None
    named = [(at - clause.start, country) for at, country in speakers()
             if clause.start + verb.end() <= at < min(clause.end, clause.start + verb.end() + PLACE_SPEAKER_AFTER_CHARS)
             and _SPEAKER_AFTER_VERB_GAP.fullmatch(clause_text, verb.end(), at - clause.start)]
    if len({country for _, country in named}) != 1 or any(
            pattern.search(clause_text, end, named[0][0]) for pattern in pack.sides.values()):
        return None
    return named[0][1]


#: How far (characters) after a reporting verb the place that names its speaker may be («сообщили в |Баткенском|
#: областном управлении»), and what may stand between them (a preposition).
PLACE_SPEAKER_AFTER_CHARS = 40

#: (... or past the outlet told and a body's abbreviation: «сообщили АКИpress в УВД |Баткенской области»)
_SPEAKER_AFTER_VERB_GAP = re.compile(r"\s+(?:[\w.-]+\s+)?(?:в|во|из|at|in|from)\s+(?:the\s+)?"
                                     r"(?:(?:[ГР]?УВД|ОВД|МВД)(?:\s+по)?\s+)?", re.I)


def _previous_sentences(clauses: list[Clause], index: int, text: str, count: int = 2) -> list[str]:
    """The texts of the ``count`` sentences before clause ``index``'s sentence, nearest first."""
    own = clauses[index].sentence_index
    return [" ".join(text[c.start:c.end] for c in clauses if c.sentence_index == own - back)
            for back in range(1, count + 1) if own - back >= 0]


#: A quoted passage of some length (the words of a statement), in any of the usual quotation marks.
_QUOTED = re.compile(r"[\"“«„][^\"”»“]{40,}[\"”»“]")

#: A quotation opened and not closed in its sentence (it goes on in the next): from the mark to the sentence's end.
_QUOTE_OPENED_TO_END = re.compile(r"[«“„][^»”“„«]*$")

#: Where fire came from, which names the side that fired, not the one that speaks: 'came under automatic rifle fire
#: "from the direction of Tajik positions"', «со стороны таджикских позиций».
_FIRE_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?direction\s+of\s+(?:the\s+)?(?:kyrgyz|kirghiz|tajik)\w*|"
                             r"\bсо\s+стороны\s+(?:кыргыз|киргиз|таджик)\w*\s+"
                             r"(?:позиц|военн|пограничник|застав|пост)\w*", re.I)

#: A sentence that closes a quotation it did not open (the words up to the closing mark and the comma after it).
_QUOTE_CLOSED_FROM_BEFORE = re.compile(r"[^“”«»]*[”»][,.]?")

#: How far before a quotation (characters) the body that speaks in it may be named.
QUOTED_BODY_CHARS = 600


def _quotation_attributed(text: str, clause: Clause, pack: LanguagePack) -> int | None:
    """Where the quotation closes when the clause ends one and a dash gives it to a speaker the text named
    before («"...", — говорится в сообщении ведомства»), in the clause or just after it."""
    attribution = pack.speech_pronoun.search(text, clause.start, clause.end + ATTRIBUTION_CHARS)
    if attribution is not None:
        closed = _QUOTATION_CLOSED.search(text, max(clause.start, attribution.start() - 8), attribution.start())
        if closed is not None:
            return closed.start(1)
    # a clause further inside the quotation's last sentences: «... Пострадал один наш житель, 34-летний мужчина, у
    # него травма головы, он находится в больнице», — сказал собеседник агентства
    closing = _CLOSING_AHEAD.search(text, clause.end, clause.end + QUOTED_BODY_CHARS)
    if closing is None or "«" in text[clause.start:closing.start()] or "\n" in text[clause.start:closing.start()]:
        return None
    attribution = pack.speech_pronoun.match(text, closing.end())
    return closing.start() if attribution is not None else None


def _body_before_quotation(text: str, closing: int, pack: LanguagePack,
                           speakers: Callable[[], list[tuple[int, str]]] = list) -> str | None:
    """The side of the body (``pack.speakers``) named last before the quotation that closes at ``closing``;
    with none, of the place named last as a speaker in the paragraph («В Баткенской областной администрации ...
    изложили другую версию ... «Пострадал один наш житель», — сказал собеседник агентства»)."""
    opening = text.rfind(_OPENING_MARK[text[closing]], max(0, closing - 2 * QUOTED_BODY_CHARS), closing)
    if opening < 0:
        return None
    body = _body_before_opening(text, opening, pack)
    if body is None:
        paragraph_start = text.rfind("\n", 0, opening) + 1
        named = [(at, country) for at, country in speakers() if paragraph_start <= at < opening]
        body = max(named)[1] if named else None
    return body


def _statement_quoted_around(text: str, offset: int, pack: LanguagePack,
                             speakers: Callable[[], list[tuple[int, str]]]) -> tuple[str, bool] | None:
    """The side of the body whose statement, quoted whole from a paragraph's start, is still open at ``offset``,
    and whether it speaks for every figure of it.

    «Пограничные войска ГКНБ Таджикистана распространили заявление ... | «15 февраля ... По имеющимся данным,
    кыргызская сторона потеряла не менее трех военнослужащих убитыми. ...»»: every paragraph of the quotation
    is the body's (not the side a sentence in it names), for all its figures. A statement whose speaker is a
    place named as one (``speakers()``: «в заявлении информационной службы председателя Согдийской области»), or
    that stands in English quotation marks ("... the Office of the Presidential Plenipotentiary Representative in
    Batken region reported. The office has published the following statement: | "On May 21 ... According to
    preliminary information, three citizens of Tajikistan were also injured.""), speaks only for the figures that
    name a side (``False``).
    """
    for opening_mark, closing_mark in (("«", "»"), ("“", "”"), ('"', '"')):
        opening = text.rfind(opening_mark, max(0, offset - STATEMENT_QUOTE_CHARS), offset)
        if opening >= 0:
            break
    else:
        return None
    if text.find(closing_mark, opening + 1, offset) >= 0 \
            or text[text.rfind("\n", 0, opening) + 1:opening].strip(" \t>"):
        return None
    # (a joint statement of both sides' commanders speaks for neither)
    window_start = max(0, opening - QUOTED_BODY_CHARS)
    if pack.event_words.joint_statement.search(text, window_start, opening + QUOTED_BODY_CHARS // 6):
        return None
    bodies = _bodies_named(text, pack, window_start, opening)
    if opening_mark == "«" and len(bodies) == 1:
        return bodies.pop(), True
    if opening_mark == "«" and bodies:
        return None  # (two bodies named before a guillemet statement: neither is read)
    named = bodies | {country for at, country in speakers() if window_start <= at < opening}
    return (named.pop(), False) if len(named) == 1 else None


def _body_before_opening(text: str, opening: int, pack: LanguagePack) -> str | None:
    """The side of the body named last in the text just before a quotation's opening mark."""
    window_start = max(0, opening - QUOTED_BODY_CHARS)
    named = [(m.start(), code) for code, pattern in pack.speakers.items()
             for m in pattern.finditer(text, window_start, opening)]
    return max(named)[1] if named else None


def _bodies_named(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> set[str]:
    """The sides whose bodies (the pack's ``speakers``: "the Border Service", «Пограничные войска») the text
    names between ``start`` and ``end``."""
    end = len(text) if end is None else end
    return {code for code, pattern in pack.speakers.items() if pattern.search(text, start, end)}


def _speaker_side(sentences: list[str], pack: LanguagePack) -> str | None:
    """The side that speaks in the sentences before a pronoun speaker, nearest first.

    In each sentence: the side named just before its last reporting verb
    ("..., Kyrgyzstan's border service said" -> KG), else its only side; a
    sentence that names both sides without a speaker ("The service said
    Tajik troops fired on Kyrgyz workers"), or whose subject is a pronoun ("They
    accuse Kyrgyz servicemen ..."), passes to the one before it. A sentence that
    names no side but reports the words of one side's body (the pack's
    ``speakers``: «По данным Пограничных войск») gives that body's side.
    """
    for sentence in sentences:
        # a quotation's words are not its speaker: "«Военнослужащие Пограничной службы Киргизии открыли
        # огонь ...», - говорится в сообщении" (of the Tajik press centre)
        sentence = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
        # (nor the first sentence of a statement quoted over several: «Военнослужащие Пограничной службы Кыргызской
        # Республики открыли огонь по заставе. В результате ... погиб военнослужащий», – говорится в заявлении)
        sentence = _QUOTE_OPENED_TO_END.sub(lambda m: " " * len(m.group(0)), sentence)
        sentence = _FIRE_CAME_FROM.sub(lambda m: " " * len(m.group(0)), sentence)
        if (closing := _QUOTE_CLOSED_FROM_BEFORE.match(sentence)) is not None:
            # '... The Kyrgyz citizens did not let them do it, and a verbal skirmish developed into stone
            # throwing," the spokesman told Asia-Plus.': the end of a quotation opened in a sentence before
            sentence = " " * closing.end() + sentence[closing.end():]
        if pack.pronoun_subject.match(sentence):
            # "They accuse Kyrgyz servicemen of ... and say ...": the speaker is the sentence before's
            continue
        if (opening := pack.event_words.source_opening.match(sentence)) is not None:
            # "According to the Tajik side, the shooting began ... when Kyrgyz servicemen opened fire": the
            # source that opens the sentence speaks (a side named later is who fired)
            source = _UP_TO_COMMA.match(sentence, opening.end()).group(0)
            named = _one_side(source, pack.sides)
            if named is not None:
                return named
        verbs = list(pack.speech.finditer(sentence))
        if verbs and pack.pronoun_speaker.search(sentence, max(0, verbs[-1].start() - 12), verbs[-1].start()):
            # "The Tajik side then opened fire, and shooting continued until 1:15 a.m., it said": the
            # speaker is the sentence before's (the side named is who fired)
            continue
        if verbs:
            near = sentence[max(0, verbs[-1].start() - 60):verbs[-1].start()]
            sides = {code for code, p in pack.sides.items() if p.search(near)}
            if sides and (body := _body_just_before(near, pack)) is not None:
                # "When Surkh residents came to remove the dam, the Kyrgyz side began throwing stones, the Border Troops
                # said": the body named last before the verb speaks (the side before it is whom it speaks of)
                return body
            if len(sides) == 1:
                return sides.pop()
            if not sides and len(bodies := _bodies_named(near, pack)) == 1:
                # "The press center of the GKNB Border Troops says Kyrgyz servicemen are firing on Vorukh": the
                # body before the verb speaks (the side named after it is who fired)
                return bodies.pop()
        sides = {code for code, p in pack.sides.items() if p.search(sentence)}
        if len(sides) == 1:
            return sides.pop()
        if len(sides) == 2 and (body := _opening_body(sentence, pack)) is not None:
            return body
        if not sides and len(bodies := _bodies_named(sentence, pack)) == 1:
            # «По данным Пограничных войск, стрельба продолжалась около часа» ... «В ведомстве также утверждают»: a
            # body that speaks for one side without naming it ("The Border Service did not publish his name. The
            # same statement said ...")
            return bodies.pop()
    return None


def _body_just_before(near: str, pack: LanguagePack) -> str | None:
    """The side of one side's body (the pack's ``speakers``) named in ``near`` after every side it names, if any."""
    bodies = [(m.start(), code) for code, pattern in pack.speakers.items() for m in pattern.finditer(near)]
    sides = [m.start() for pattern in pack.sides.values() for m in pattern.finditer(near)]
    if not bodies or len({code for _, code in bodies}) != 1:
        return None
    return bodies[0][1] if min(start for start, _ in bodies) > max(sides, default=-1) else None


#: A body's name and what follows it up to a colon, semicolon or comma.
_NO_COLON = re.compile(r"[^:;,]*")

#: How far (characters) after a border body's name its country may be named ("Border Troops of the SCNS
#: of Tajikistan", «Пограничные войска ГКНБ Таджикистана»).
BODY_COUNTRY_CHARS = 40


#: How long (characters) an adverbial that opens a sentence before its subject may be ("In Dushanbe, ...").
OPENING_ADVERBIAL_CHARS = 30


def _opening_body(sentence: str, pack: LanguagePack) -> str | None:
    """The side of the border body that opens a sentence naming both sides with no reporting verb
    («Пограничные войска ГКНБ Таджикистана в заявлении ... возложили ответственность на кыргызскую
    сторону»): the body speaks in it. The body must stand in the sentence's subject (before its first
    comma), its country named right with it."""
    subject = _UP_TO_COMMA.match(sentence).group(0)
    bodies = [m for p in pack.speakers.values() if (m := p.search(subject)) is not None]
    if not bodies and len(subject) <= OPENING_ADVERBIAL_CHARS and sentence[len(subject):len(subject) + 1] == ",":
        # "In Dushanbe, Tajikistan's border troops gave a different account, saying ...": the subject after a short
        # opening adverbial
        sentence = sentence[len(subject) + 1:]
        subject = _UP_TO_COMMA.match(sentence).group(0)
        bodies = [m for p in pack.speakers.values() if (m := p.search(subject)) is not None]
    if not bodies:
        return None
    body = min(bodies, key=lambda m: m.start())
    # (before it in its subject, or after it up to a colon: "Tajik border troops gave their version: Kyrgyz
    # servicemen opened fire")
    near = subject[max(0, body.start() - BODY_COUNTRY_CHARS):body.start()] \
        + _NO_COLON.match(sentence, body.start(), body.end() + BODY_COUNTRY_CHARS).group(0)
    own = {code for code, p in pack.sides.items() if p.search(near)}
    return own.pop() if len(own) == 1 else None


_SENTENCE_REST = re.compile(r"[^.!?]*[.!?]*[»\"”]*")

_ONE_SENTENCE = re.compile(r"\s*[^.!?]{0,200}")


def _next_sentence(text: str, clause: Clause) -> str:
    """The rest of the clause's sentence and the sentence after it (where "this figure was not
    confirmed" is said)."""
    rest = _SENTENCE_REST.match(text, clause.end)
    return text[clause.end:rest.end()] + _ONE_SENTENCE.match(text, rest.end()).group(0) \
        if text[clause.start:clause.end].rstrip()[-1:] not in (".", "!", "?", "»", '"', "”") \
        else _ONE_SENTENCE.match(text, clause.end).group(0)


def _speaker_after_quotation(text: str, clause: Clause, pack: LanguagePack) -> str | None:
    """The side of the speaker named after a quotation that opens its paragraph and holds the clause.

    '"Three of our residents were injured: men aged 28, 41 and 63. The 63-year-old ... was taken to the Leilek
    district hospital, the other two were treated on the spot," the head of Jany-Jer aiyl aimak told Kaktus.media':
    the quoted official speaks for every sentence of the quotation, not only for its last.
    """
    paragraph_start = text.rfind("\n", 0, clause.start) + 1
    mark_at = len(text) - len(text[paragraph_start:].lstrip(" \t>"))
    if mark_at > clause.start or not text.startswith(('"', "“", "«"), mark_at):
        return None
    paragraph_end = text.find("\n", clause.start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    inside = max(clause.start, mark_at + 1)
    # («Двое наших военнослужащих получили огнестрельные ранения. ... Погибших нет», — сообщили в Пограничной службе)
    closes = ("»",) if text[mark_at] == "«" else ('"', "”")
    closing = min((at for mark in closes if (at := text.find(mark, inside, paragraph_end)) >= 0), default=-1)
    if closing < 0 or any(mark in text[mark_at + 1:inside] for mark in ('"', "“", "”", "«", "»")):
        return None  # (not a quotation closed before the clause, or a second one opened)
    # ('..., the other two were treated on the spot|," the head of Jany-Jer aiyl aimak told Kaktus.media by phone.')
    attribution = _AFTER_QUOTE.match(text, closing)
    if attribution is None or not pack.speech.search(attribution.group(1)):
        return None
    return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)


#: The rest of a quotation, its closing mark and the attribution after it: '... according to our information,"| a
#: police spokesman told Asia-Plus'.
_QUOTE_CLOSED_THEN_SAID = re.compile(r"[^«»\"“”.;]{0,160}" + _CLOSED_THEN_ATTRIBUTION)

#: ... or its attribution at the end of the sentence, unquoted: "Three residents of Orto-Boz were injured, among them a
#: 17-year-old whose arm was broken, |the police said|."
_ATTRIBUTION_ENDING_THE_SENTENCE = re.compile(
    r"[^.;«»\"“”]{0,160}?,\s+((?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:police|militia|administration|hukumat)\b[^.;,]{0,30}?"
    r"\b(?:said|says|reported|told\b[^.;,]{0,30}))\s*\.")

#: The kinds of local bodies an attribution may name again without their place: "a police spokesman", «в милиции».
_BODY_KINDS = re.compile(r"\b(?:police|militia|administration|hukumat|полици|милици|администраци|хукумат)", re.I)


def _body_named_again(text: str, clause: Clause, raw: RawFigure,
                      speakers: Callable[[], list[tuple[int, str]]]) -> str | None:
    """The country of a local body that a quotation's attribution (or one ending the sentence) names again by its kind
    only: '"At least four citizens of Kyrgyzstan also received injuries ...," a police spokesman told Asia-Plus', after
    "..., the Sughd regional police directorate said" (the last place named as a speaker of that kind before the
    clause)."""
    attribution = _QUOTE_CLOSED_THEN_SAID.match(text, clause.start + raw.end, clause.end + 200) \
        or _ATTRIBUTION_ENDING_THE_SENTENCE.match(text, clause.start + raw.end, clause.end + 200)
    kind = _BODY_KINDS.search(attribution.group(1)) if attribution is not None else None
    if kind is None:
        return None
    word = kind.group(0).lower()
    named = [country for offset, country in speakers() if offset < clause.start
             and word in text[offset:offset + BODY_KIND_CHARS].lower()]
    return named[-1] if named else None


#: The nouns of a document that speaks, with a word before them: "the (Tajik) statement", «в (официальном) заявлении».
_A_DOCUMENT = r"(?:[\w-]+\s+)?(?:statement|release|note|communiqu[eé])"
_A_DOCUMENT_RU = r"(?:[\w-]+\s+)?(?:заявлени|сообщени|релиз|нот)\w*"
#: A document as the attribution after a quotation: "the statement says", «говорится в заявлении».
_DOCUMENT_SAYS = re.compile(rf"^\s*(?:(?:the|a|its)\s+{_A_DOCUMENT}\s+(?:said|says|added|read|reads|stated|states)|"
                            rf"(?:говорится|сказано|отмечается)\s+в\s+{_A_DOCUMENT_RU})\b", re.I)
#: A sentence that opens by telling what a document says: "The statement said ...", «В заявлении говорится, что ...».
_DOCUMENT_SAID_OPENING = re.compile(rf"(?:^|[.!?]\s+|\n)\s*((?:the|its)\s+{_A_DOCUMENT}\s+(?:said|says|added|stated|states|"
                                    rf"claimed|claims)|(?:в\s+)?{_A_DOCUMENT_RU}\s+(?:говорится|сказано|отмечается|"
                                    r"утверждается))\b[^.!?\n]*$", re.I)
#: How far before a figure (characters) the opening that names its document may begin.
DOCUMENT_OPENING_CHARS = 200
#: How many sentences back the speaker of a document quoted may be named.
DOCUMENT_SPEAKER_SENTENCES = 3
#: How far from a reporting verb (characters) its speaker is looked for.
SPEAKER_CHARS = 60


def _document_s_speaker(text: str, clause: Clause, raw: RawFigure, pack: LanguagePack,
                        previous_sentences: Callable[..., list[str]]) -> str | None:
    """The side whose statement a quotation attributed only to "the statement" comes from: the speaker the sentences
    before name ("..., the Border Troops said" | '"... up to ten Kyrgyz citizens also received injuries," the
    statement says')."""
    attribution = _QUOTE_CLOSED_THEN_SAID.match(text, clause.start + raw.end, clause.end + 200)
    if attribution is not None and _DOCUMENT_SAYS.match(attribution.group(1)):
        said = attribution.group(1)
    elif (opening := _DOCUMENT_SAID_OPENING.search(text, max(0, clause.start + raw.start - DOCUMENT_OPENING_CHARS),
                                                   clause.start + raw.start)) is not None:
        # 'The statement said the Kyrgyz side had also suffered losses, "at least two servicemen wounded"': the
        # statement the sentence opens with
        said = opening.group(1)
    else:
        return None
    if (named := _one_side(said, pack.sides)) is not None:
        return named  # '"No Tajik servicemen or civilians were hurt," the Tajik statement said'
    for sentence in previous_sentences(DOCUMENT_SPEAKER_SENTENCES):
        verbs = list(pack.speech.finditer(sentence))
        if not verbs:
            continue
        # the nearest sentence that reports speech: the body named just before its last verb ("the Kyrgyz side began
        # throwing stones, |the Border Troops| said"), else just after it («..., сообщило |Министерство обороны
        # Таджикистана|»); nothing further back
        before = sentence[max(0, verbs[-1].start() - SPEAKER_CHARS):verbs[-1].start()]
        after = sentence[verbs[-1].end():verbs[-1].end() + SPEAKER_CHARS]
        # (after the verb, a body only: "They said that Kyrgyz servicemen were the first to open fire" names whom
        # they spoke of)
        found = _body_just_before(before, pack) or _one_side(after, pack.speakers)
        if found is None and _A_DOCUMENT_SPOKE.search(before):
            continue  # ("..., the statement said." again: the body named further back)
        return found
    return None


#: The document itself named as the speaker, just before its verb: "..., |the statement| said".
_A_DOCUMENT_SPOKE = re.compile(rf"\b(?:the|its|this)\s+{_A_DOCUMENT}\s*$|\bв\s+{_A_DOCUMENT_RU}\s*$", re.I)


#: How far after a place named as a speaker (characters) the kind of its body may be named ("Sughd regional police").
BODY_KIND_CHARS = 40


def _told_by_next(text: str, clause: Clause, clause_text: str, pack: LanguagePack) -> str | None:
    """The side that told the clause's sentence, when the sentence after it only names who told it
    («Двое военнослужащих Пограничной службы ГКНБ Кыргызстана погибли ... Об этом сообщила пресс-служба
    ведомства»): that sentence's speaker, or the border body the clause's sentence opens with. Only a
    figure of one side's people takes it (their own government's count, or a claim about the other side)."""
    sentence_end = clause.end if clause_text.rstrip()[-1:] in (".", "!", "?") \
        else _SENTENCE_REST.match(text, clause.end).end()
    if not pack.told_by_next.match(text, sentence_end):
        return None
    return _speaker_side([_ONE_SENTENCE.match(text, sentence_end).group(0),
                          text[text.rfind(".", 0, clause.start) + 1:sentence_end]], pack)
