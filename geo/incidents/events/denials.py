"""Denials, debunked reports and claims set aside: items an article tells only to refute them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
import datetime as dt
import re

from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.roles import WEEKDAY_WORDS
from geo.incidents.events.clauses import clause_types, _demote, FOUND_FALSE, _HEADLINE_LIST, _PLACE_ALONE
from geo.incidents.events.headings import _dated_heading, _heading_line
from geo.incidents.model import Clause
from geo.incidents.scope import NEWS_REASON, RETELLING
from geo.incidents.structure import ArticleStructure
from geo.incidents.taxonomy import ARMED_TYPES, FIGHTING_TYPES
from geo.language import LanguagePack
from geo.language.folding import lower_keep_length

#: How far before a denial (characters) the explanation of a false alarm may be told.
ALARM_EXPLAINED_CHARS = 3000


def _is_verdict(match: re.Match[str] | None, text: str, pack: LanguagePack) -> bool:
    """Whether a match of ``pack.debunked`` is a fact-check's verdict (not a denial of a false alarm)."""
    return match is not None and not pack.false_alarm.match(text, match.start())


def _debunked_by_verdict(text: str, pack: LanguagePack) -> bool:
    """Whether a fact-check's verdict says the reported event did not happen (a verdict after the lede's denial of
    a false alarm too: "... officials in both countries say no shots were fired ... ## Verdict\n\nFalse.")."""
    return any(_is_verdict(match, text, pack) for match in pack.debunked.finditer(text))


def is_debunked(text: str, pack: LanguagePack, headline: str | None = None) -> bool:
    """Whether the article says the event it reports did not happen: a verdict, or a denial with what
    the alarm really was told after it (``pack.debunked``) or before it ("planned blasting at the
    quarry ... There was no shelling", «взрывными работами ... Никакого обстрела не было»).

    A denial of shooting debunks nothing under a ``headline`` that reports people moved from their
    homes and no fighting ("Nearly 1,800 residents of Chorkuh evacuated as Kyrgyz armour moves up to
    the border", then "No shots were fired"): the evacuation happened."""
    verdict = pack.debunked.search(text)
    if _is_verdict(verdict, text, pack):
        return True
    if headline and pack.triggers["evacuation_displacement"].search(headline) \
            and not FIGHTING_TYPES.intersection(clause_types(headline, pack)):
        # (a fear told in it is no fighting: "Из Андарака временно выехали 23 семьи. Жители опасаются обострения")
        return False
    # (not a word that calls only the report of victims false: «Сведения о раненых военнослужащих не соответствуют
    # действительности» before the other side's «никакой стрельбы не было» debunks no shooting)
    return verdict is not None or any(
        not (pack.event_words.called_false.search(explained.group(0)) is not None
             and _VICTIMS_BEFORE.search(text, max(0, explained.start() - VICTIMS_BEFORE_CHARS), explained.start()))
        for denial in pack.false_alarm.finditer(text)
        for explained in pack.alarm_explained.finditer(text, max(0, denial.start() - ALARM_EXPLAINED_CHARS),
                                                        denial.start()))


#: The victims a report told, just before a word that calls it false: «Сведения о |раненых| военнослужащих не
#: соответствуют действительности», "the reports of |wounded| guards are not true".
_VICTIMS_BEFORE = re.compile(r"(?:\b(?:wounded|injured|casualties|dead|victims)\b|(?<![\w-])(?:раненых|раненом|"
                             r"пострадавших|погибших|жертвах?))[^.;!?]{0,40}$", re.I)
#: How far before the word that calls a report false its victims are looked for (characters).
VICTIMS_BEFORE_CHARS = 60


def _denied_under_its_headline(text: str, headline: str | None, pack: LanguagePack) -> bool:
    """Whether a headline that denies a report ("Kyrgyzstan dismisses viral 'Tajik drone' video as misleading")
    stands over a report found false and what the alarm really was ("the footage showed one of its own
    quadcopters"): the article reports no incident (not a headline that lists several items)."""
    if not headline or pack.event_words.denial_headline.search(headline) is None or _HEADLINE_LIST.search(headline):
        return False
    # (a headline that tells the violence itself, outside quotation marks, reports one side's word against the
    # other's: "Border Service: Tajik servicemen fired at road builders near Chek. Tajik side denies")
    if pack.folded.violence.search(lower_keep_length(_HEADLINE_QUOTE.sub(lambda m: " " * len(m.group(0)), headline))):
        return False
    return pack.false_report.search(text) is not None and _alarm_explained_by_a_cause(text, pack)


#: A quotation in a headline ("viral 'Tajik drone' video", «"Таджикский дрон"»).
_HEADLINE_QUOTE = re.compile(r"'[^'\n]{1,60}'|‘[^’\n]{1,60}’|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|«[^»\n]{1,60}»")


def _alarm_explained_by_a_cause(text: str, pack: LanguagePack) -> bool:
    """Whether the text tells what an alarm really was (blasting, its own drones, old footage), not only that the
    report was false."""
    return any(pack.event_words.called_false.search(match.group(0)) is None
               for match in pack.alarm_explained.finditer(text))


def _dated_items(clauses: Sequence[Clause], text: str, published: dt.date | None,
                 structure: ArticleStructure | None) -> list[int]:
    """The starts of the news clauses that head an item with its date alone, or its date and place ("**August 3,
    Chorkuh.** A 15-year-old boy ...", "1. Monday, May 20.", «12 июля, Кара-Бак.»; :func:`_dated_heading`): the
    items of a review, a digest or a timeline (not a sentence that opens with its day, as a story told day by day
    does: «В понедельник, 25 июля, около 23:40 в Telegram-канале появилось сообщение»)."""
    return [clause.start for clause in clauses if clause.scope == "news"
            and (_dated_heading(clause, text, published, structure) or _dated_bold_lead(clause, text))]


#: A weekday alone before a bold lead's date: "**Среда,| 18 сентября.**", "**Monday,| May 20.**".
_WEEKDAY_ALONE = re.compile(r"\s*" + WEEKDAY_WORDS + r"\s*,?\s*", re.I)

#: A bold lead that opens a paragraph: "**August 3, Chorkuh.** A 15-year-old boy ...".
_DATED_BOLD_LEAD = re.compile(r"\*\*([^*\n]{1,80}?)[.:]?\*\*")


def _dated_bold_lead(clause: Clause, text: str) -> bool:
    """Whether the clause opens its paragraph with a bold lead that is its date alone, or its date and place."""
    if not clause.dates or (clause.start and text[clause.start - 1] != "\n"):
        return False
    bold = _DATED_BOLD_LEAD.match(text, clause.start)
    first = min(clause.dates, key=lambda d: d.start)
    if bold is None or not bold.start(1) <= clause.start + first.start < bold.end(1):
        return False
    head = bold.group(1).rstrip(" .:;—–-")
    after = clause.start + first.end - bold.start(1)
    before = head[:clause.start + first.start - bold.start(1)]
    # ("**Среда, 18 сентября.** На летнем пастбище ...": its weekday before the date)
    return (not before.strip() or _WEEKDAY_ALONE.fullmatch(before) is not None) and (
        after >= len(head) or _PLACE_ALONE.fullmatch(head, after) is not None)


#: How far after a denial (characters) the place it names may stand: "There was no shooting |in Ak-Suu|".
DENIED_PLACE_CHARS = 40


def _places_the_denials_name(text: str, pack: LanguagePack, mentions: Sequence[Mention]) -> set[int]:
    """The places named right after the article's denials, in their sentence ("There was no shooting in
    Ak-Suu", «В Ворухе никакой стрельбы не было» names the place before: not read here)."""
    places: set[int] = set()
    for denial in pack.false_alarm.finditer(text):
        stop = text.find(".", denial.end())
        stop = min(denial.end() + DENIED_PLACE_CHARS, len(text) if stop < 0 else stop)
        named = [m.place for m in mentions if m.place is not None and denial.start() <= m.start < stop
                 and m.place.kind not in ("country", "admin1")]
        if any(place.is_unit or place.kind == "border" for place in named):
            return set()  # "никаких инцидентов не произошло на таджикско-кыргызской границе": the whole story's
        places.update(place.id for place in named)
    return places


def _without_debunked_items(candidates: list[Mention], text: str, pack: LanguagePack,
                            structure: ArticleStructure | None) -> list[Mention]:
    """The candidates outside paragraphs that find their own report false and say what the alarm really was.

    One item of a digest: "A Telegram channel ... reported that 'a Tajik drone struck' the outskirts of
    Kyzyl-Eshme. The district administration said the report was false and that the loud bang ... had been
    caused by blasting at a road construction site" (the article's other items stand).
    """
    headed_false = []
    for mention in candidates:
        line = _heading_line(text, mention.start, structure)
        if line is not None and pack.event_words.denial_headline.search(text, *line):
            # a digest's item headed as found false: «## Видео «перестрелки» у Самаркандыка оказалось старым»
            _demote(mention, FOUND_FALSE)
            headed_false.append(id(mention))
    if headed_false:
        candidates = [m for m in candidates if id(m) not in headed_false]
    if not pack.false_report.search(text):
        return candidates  # (cheap test first: most articles call no report false)
    def found_false(start: int, end: int) -> bool:
        denials = [m.span() for m in pack.false_report.finditer(text, start, end)]
        return bool(denials) and any(not any(a < e and s < b for a, b in denials)
                                     for s, e in (m.span() for m in pack.alarm_explained.finditer(text, start, end)))

    verdicts: dict[tuple[int, int], bool] = {}  # paragraph -> found false (several names share one)
    kept = []
    for mention in candidates:
        start = text.rfind("\n\n", 0, mention.start) + 1
        end = text.find("\n\n", mention.end)
        end = len(text) if end < 0 else end
        if end < len(text) and _heading_line(text, mention.start, structure) is not None:
            # "## Лейлек: выстрелы оказались взрывами на стройке": a heading goes with the paragraph under it
            following = text.find("\n\n", end + 2)
            end = len(text) if following < 0 else following
        elif start >= 2 and text[start - 2] != "\n" and _heading_line(text, start - 2, structure) is not None:
            # «2. Стрельба, которая оказалась учениями» over the paragraph that tells it: the heading's verdict
            start = text.rfind("\n\n", 0, start - 1) + 1
        if (start, end) not in verdicts:
            verdicts[(start, end)] = found_false(start, end)
        if verdicts[(start, end)] and not _home_of_the_moved(mention, text, pack):
            _demote(mention, FOUND_FALSE)
            continue
        kept.append(mention)
    return kept


#: How far before a village's name a count of the people moved from it may end ("moved 74| residents of the easternmost
#: mahalla of |Lakkon").
_MOVED_COUNT_CHARS = 60


def _home_of_the_moved(mention: Mention, text: str, pack: LanguagePack) -> bool:
    """The village whose people the sentence counts as moved away: "Tajik emergency officials moved 74 residents of the
    easternmost mahalla of Lakkon jamoat ... to a school in Isfara after Kyrgyz troops held exercises ...; no shots were
    fired" (the alarm was an exercise; the evacuation was real)."""
    sentence_start = max(text.rfind(". ", 0, mention.start) + 2, text.rfind("\n", 0, mention.start) + 1)
    before = text[sentence_start:mention.start]
    return any(f.measure == "displaced" and f.value > 0 and len(before) - f.end <= _MOVED_COUNT_CHARS
               for f in pack.read_figures(before))


def _claimed_places(parsed: ParsedArticle, text: str, title: str | None, pack: LanguagePack) -> set[int]:
    """The places of a fact-check's claim: named in its claim paragraph ("Claim: ...", «Утверждение: ...»),
    in its headline's quotation, or inside quotation marks elsewhere (the claim retold)."""
    paragraphs = [(m.start(), text.find("\n\n", m.start())) for m in pack.claim_label.finditer(text)]
    paragraphs = [(a, len(text) if b < 0 else b) for a, b in paragraphs]
    claimed = set()
    for mention in parsed.mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        before = text[line_start:mention.start]
        quoted = before.count("«") > before.count("»") or before.count('"') % 2 == 1 \
            or before.count("“") > before.count("”")
        if quoted or any(a <= mention.start < b for a, b in paragraphs):
            claimed.add(mention.place.id)
    if title:
        claimed |= {m.place.id for m in parsed.mentions if m.place is not None and m.place.kind not in ("country", "admin1")
                    and m.text in title}
    return claimed


def _claims_set_aside(clauses: list[Clause], mentions: Sequence[Mention], claimed: set[int]) -> list[Clause]:
    """A fact-check's clauses that name only claim places are no news: their figures are the claim's."""
    named: dict[int, set[int]] = {}
    starts = [c.start for c in clauses]
    for mention in mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.start < clauses[index].end:
            named.setdefault(clauses[index].sentence_index, set()).add(mention.place.id)
    return [replace(c, scope="background", scope_reason="a fact-check's claim")
            if c.scope == "news" and (ids := named.get(c.sentence_index)) and ids <= claimed else c
            for c in clauses]


def _own_event_retold(clauses: list[Clause], mentions: Sequence[Mention], text: str,
                      pack: LanguagePack) -> list[Clause]:
    """Retellings that name a place the article names elsewhere are news again.

    «Напомним, стрельба вечером 6 августа началась на окраине Чоркуха» in the story of the funeral
    at Chorkuh, "Recall, on September 3 shots were fired at residents of Ak-Tatyr" in the story of
    Ak-Tatyr's evacuees coming home: a follow-up retells its own event. A retelling whose places
    the article names nowhere else ("Recall, the first exchange of fire occurred on September 14
    near Kara-Bak") tells an earlier one, and stays background.
    """
    retold = {c.sentence_index for c in clauses if c.scope_reason == RETELLING}
    if not retold:
        return clauses
    spans = [(c.start, c.end, c.sentence_index) for c in clauses if c.sentence_index in retold]
    inside: dict[int, set[int]] = {}
    elsewhere: set[int] = set()
    for mention in mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        sentence = next((k for a, b, k in spans if a <= mention.start < b), None)
        if sentence is None:
            elsewhere.add(mention.place.id)
        else:
            inside.setdefault(sentence, set()).add(mention.place.id)
    own = {k for k, places in inside.items() if places & elsewhere}
    if not any(c.scope == "news" and ARMED_TYPES.intersection(clause_types(text[c.start:c.end], pack))
               for c in clauses):
        # "The situation on the border is stable ... the checkpoint stays closed. Recall, on September 16 a shootout
        # in Leilek district killed a border guard": a follow-up with no fighting of its own retells its own event
        # (the retelling is within the reporting window: an older one is dated before it)
        own |= retold
    return [replace(c, scope="news", scope_reason=NEWS_REASON)
            if c.sentence_index in own and c.scope_reason == RETELLING else c for c in clauses]
