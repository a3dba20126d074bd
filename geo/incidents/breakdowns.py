"""Per-place breakdowns in prose: one sentence gives each village its own share of a toll.

Ministries and wires break a total down by place in a sentence rather than a
table::

    seven people had been killed, five of them in the village of Kyzyl-Bel and two in the village of Chek
    Of the 12 wounded, nine were from Kyzyl-Bel and three from Chek.
    About 1,800 people were evacuated from Kyzyl-Bel and another 400 from Chek.
    трое погибших — жители Самаркандыка, один — житель Ак-Сая.
    Из 11 раненых восемь — из Самаркандыка, трое — из Ак-Сая.
    In Ak-Tatyr and Samarkandyk one person was killed in each, nine and seven were wounded respectively.

Without this, the clause's figures all go to its first place (Kyzyl-Bel would
take the total of seven). A *share* is a number read just before a place
(the pack's ``read_share``); a sentence with shares for two or more different
places is a breakdown. Each share counts the measure its own words name
("1,800 people were evacuated from"), else the measure of the share before it,
else the last figure of the sentence before the first share ("seven people had
been killed, five of them in ..."; "Of the 12 wounded, nine ..."). A share
never reads a measure it cannot name: a sentence where one does not is left
as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.geoparse.model import Mention
from geo.geoparse.sentences import Sentences
from geo.language import LanguagePack
from geo.language.roster import RESIDENT_BEFORE_CHARS

__all__ = ["Share", "prose_breakdowns"]

@dataclass(frozen=True)
class Share:
    """One place's share of a figure in a per-place breakdown.

    Attributes
    ----------
    place_id : int
        Gazetteer id of the place.
    mention_start : int
        Offset of the place's mention (the share is read just before it).
    measure : str
        ``fatalities``, ``injured`` or ``displaced`` ...
    value : int
        The place's own count.
    start, end : int
        Offsets of the share phrase (its number to the end of the place name).
    sentence : int
        Index of the sentence holding the breakdown.
    text : str
        The share as written ("five of them in the village of Kyzyl-Bel").
    side : str or None
        The country whose people the share counts, where the breakdown says so (a roster's residents of a
        village are its country's people); None otherwise.
    """

    place_id: int
    mention_start: int
    measure: str
    value: int
    start: int
    end: int
    sentence: int
    text: str
    side: str | None = None


def prose_breakdowns(text: str, sentences: Sentences, mentions: list[Mention], pack: LanguagePack) -> list[Share]:
    """Every share of every per-place breakdown of the article, in text order.

    Parameters
    ----------
    text : str
        The article text.
    sentences : Sentences
        Its sentence spans.
    mentions : list of Mention
        The geoparser's mentions (any role), with their places.
    pack : LanguagePack
        Reads the shares (``read_share``) and the figures (``read_figures``).

    Returns
    -------
    list of Share
        Only from sentences with shares for at least two different places, each of a known measure.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        place = mention.place
        # a village of one of the two sides the pack names (``pack.sides``: KG, TJ)
        if place is not None and place.country_code in pack.sides and place.kind != "country":
            by_sentence.setdefault(sentences.index_at(mention.start), []).append(mention)
    shares: list[Share] = []
    for index, candidates in by_sentence.items():
        if len({m.place.id for m in candidates if m.place is not None}) >= 2:
            previous = sentences.spans[index - 1] if index else None
            shares.extend(_sentence_shares(text, sentences.spans[index], index, candidates, pack, previous))
    placed = [m for ms in by_sentence.values() for m in ms]
    if _ITEM_LINE.search(text):
        shares.extend(_roster_lines(text, sentences, placed, pack))
    told = {(share.place_id, share.mention_start, share.measure) for share in shares}
    shares.extend(share for share in _place_lines(text, sentences, placed, pack)
                  if (share.place_id, share.mention_start, share.measure) not in told)
    return sorted(shares, key=lambda s: s.start)


#: The words after a share's number up to a comma, semicolon or stop.
_UP_TO_COMMA = re.compile(r"[^,;.]{0,40}")


def _sentence_shares(text: str, span: tuple[int, int], index: int, mentions: list[Mention],
                     pack: LanguagePack, previous: tuple[int, int] | None = None) -> list[Share]:
    """The shares of one sentence, or none when it is no breakdown (``previous``: the span of the sentence before,
    whose last figure names the measure of a breakdown that names none before its first share)."""
    sentence_start = span[0]
    found: list[tuple[Mention, int, int]] = []  # mention, value, absolute start of the number
    after: dict[int, int] = {}  # a share read after its place: mention start -> end of its number
    floor = sentence_start
    ordered = sorted(mentions, key=lambda m: m.start)
    floors: dict[int, int] = {}  # mention start -> where the text read for its share began
    for k, mention in enumerate(ordered):
        floors[mention.start] = floor
        read = pack.read_share(text[floor:mention.start])
        if read is not None:
            value, offset = read
            found.append((mention, value, floor + offset))
        elif (read := pack.read_share_after(
                text[mention.end:ordered[k + 1].start if k + 1 < len(ordered) else span[1]])) is not None:
            # «из Ак-Сая вывезены 4 950 жителей, из Кок-Таша — 3 620»: the number after its place
            value, offset = read
            found.append((mention, value, mention.start))
            after[mention.start] = mention.end + offset
        floor = after.get(mention.start, mention.end)
    if len({m.place.id for m, _, _ in found if m.place is not None}) < 2:
        return _roster_shares(text, span, index, ordered, pack) or _distributed_shares(text, span, index, ordered, pack)
    out: list[Share] = []
    measure: str | None = None
    for k, (mention, value, start) in enumerate(found):
        if mention.start in after:
            # a share after its place names its measure between the two: «из Ак-Сая вывезены 4 950»
            # (with the words after its number up to a comma: «временно выведены 1 850| жителей»)
            rest = _UP_TO_COMMA.match(text, after[mention.start]).end()
            phrase = text[mention.end:rest].strip(" —–-")
            own = [f for f in pack.read_figures(phrase) if f.value == value]
        else:
            own = [f for f in pack.read_figures(text[start:mention.start]) if f.value == value and f.start == 0]
        if own:
            measure = own[0].measure
        elif k == 0:
            before = pack.read_figures(text[sentence_start:start])
            measure = before[-1].measure if before else _shared_verb_measure(text, span, found, pack)
            if measure is None:
                # "Injured by village: Arka – 7, Maksat – 4, Kulundu – 3": a column header's word before the shares
                named = [name for name, pattern in pack.table_columns.items()
                         if pattern.search(text, sentence_start, start)]
                measure = named[0] if len(named) == 1 else None
            if measure is None and previous is not None:
                # "The number of wounded is 19. Most of them in Khoja-Alo — seven; in Chorkuh five ...": the sentence
                # before counts what the shares break down
                told = pack.read_figures(text[previous[0]:previous[1]])
                measure = told[-1].measure if told and told[-1].measure in ("fatalities", "injured", "displaced") \
                    and told[-1].value >= sum(v for _, v, _ in found) else None
        if measure is None:
            return []
        assert mention.place is not None
        end = after.get(mention.start, mention.end)
        out.append(Share(mention.place.id, mention.start, measure, value, start, end, index, text[start:end]))
        if mention.start not in after:
            # "four people were killed and |12 wounded in Kok-Tash, three killed and |11 wounded in Ak-Sai": the count
            # of another measure told just before the share's own is the place's too
            gap = floors[mention.start]
            for other in pack.read_figures(text[gap:start]):
                if other.measure != measure and other.measure in ("fatalities", "injured", "displaced") \
                        and other.value and not any(o.measure == other.measure and o.place_id == mention.place.id
                                                    and o.sentence == index for o in out):
                    out.append(Share(mention.place.id, mention.start, other.measure, other.value, gap + other.start,
                                     end, index, text[gap + other.start:end]))
    return out


#: A line that is one place's count: "Kulundu – 5,300 people;", "• Arka — 3 900", the place first.
_PLACE_LINE = re.compile(r"^[ \t]*(?:[-•*·][ \t]+)?(?P<rest>\S[^\n]{0,80})$", re.M)
#: An aside in brackets after a line's count: "Кулунду: 5 (в том числе пограничник, о котором сообщалось утром)".
_ASIDE = re.compile(r"\s*\([^()\n]{0,120}\)")
#: How far before a list of place lines (characters) the figure that names its measure may stand.
LIST_INTRO_CHARS = 300


def _place_lines(text: str, sentences: Sentences, mentions: list[Mention], pack: LanguagePack) -> list[Share]:
    """The shares of consecutive lines that each give one place its count ("By village:" then "Kulundu – 5,300
    people;", "Arka – 3,900;", ...), the measure named by the words before the list ("Injured by village:", the pack's
    ``table_columns``) or by the last figure told before it ("14,200 residents ... have been evacuated")."""
    starts = {m.start: m for m in mentions}
    runs: list[list[tuple[Mention, int, int, int]]] = [[]]  # (mention, value, line start, line end)
    for line in _PLACE_LINE.finditer(text):
        mention = starts.get(line.start("rest"))
        read = pack.read_share_after(text[mention.end:line.end()]) if mention is not None else None
        if mention is None or read is None or mention.place is None or mention.place.is_unit \
                or _ASIDE.sub("", text[mention.end + read[1]:line.end()]).strip(" ;,."):
            if runs[-1]:
                runs.append([])
            continue
        if runs[-1] and text.count("\n", runs[-1][-1][3], line.start()) > 2:
            runs.append([])
        runs[-1].append((mention, read[0], line.start(), line.end()))
    out: list[Share] = []
    for run in runs:
        if len({m.place.id for m, _, _, _ in run}) < 2:
            continue
        first = run[0][2]
        intro = text[max(0, first - LIST_INTRO_CHARS):first]
        heading = intro[intro.rfind("\n", 0, len(intro.rstrip())) + 1:]
        if not heading.rstrip().endswith(":"):
            continue  # (a list is introduced: "By village:", «Раненые по селам:»)
        named = [measure for measure, pattern in pack.table_columns.items() if pattern.search(heading)]
        told = pack.read_figures(intro) if len(named) != 1 else []
        measure = named[0] if len(named) == 1 else (told[-1].measure if told else None)
        if measure not in ("fatalities", "injured", "displaced"):
            continue
        index = sentences.index_at(first)
        out += [Share(m.place.id, m.start, measure, value, start, end, index, text[start:end].strip())
                for m, value, start, end in run]
    return out


#: A numbered list item's line: "1. Nazarov Ilhom, born 1988, resident of the village of Khoja-Alo, killed on July 11".
_ITEM_LINE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+\S[^\n]*", re.M)


def _roster_lines(text: str, sentences: Sentences, mentions: list[Mention], pack: LanguagePack) -> list[Share]:
    """The shares of a numbered list of the dead or hurt, one person a line, each with the village where they were
    hit or whose resident they were.

    "5 citizens of the Republic of Tajikistan died: 1. Nazarov ..., resident of the village of Khoja-Alo, killed on
    July 11 ...; 2. Sharipova ..., resident of the village of Khoja-Alo ...; 3. Kholov ..., resident of the village of
    Chorkuh ...; ... 5. Private Umarov ..., native of Konibodom district, ..., killed on July 12 at the "Vorukh" border
    post": two dead at Khoja-Alo, one at Chorkuh, one at Vorukh. Each line names one person and tells their death
    (or wound, the pack's ``read_roster.died`` and ``hurt``); its place is the village named as the person's home,
    else the last village it names (where they were hit), never a district. Only from a list of two or more such
    lines naming two or more villages.
    """
    reader = pack.read_roster
    counts: dict[tuple[int, str], list[tuple[Mention, int, int]]] = {}
    lines = 0
    for line in _ITEM_LINE.finditer(text):
        measure = "fatalities" if reader.died.search(line.group(0)) else \
            "injured" if reader.hurt.search(line.group(0)) else None
        if measure is None:
            continue
        places = [m for m in mentions if line.start() <= m.start < line.end() and m.place is not None
                  and not m.place.is_unit]
        if not places:
            continue
        home = next((m for m in places if (before := reader.resident_before.search(
            text, max(line.start(), m.start - RESIDENT_BEFORE_CHARS), m.start)) is not None
            and before.end() == m.start), None)
        place = home or places[-1]
        counts.setdefault((place.place.id, measure), []).append((place, line.start(), line.end()))
        lines += 1
    if lines < 2 or len({place_id for place_id, _ in counts}) < 2:
        return []
    first = min(start for told in counts.values() for _, start, _ in told)
    index = sentences.index_at(first)
    return sorted((Share(place_id, told[0][0].start, measure, len(told), told[0][1], told[0][2], index,
                         text[told[0][1]:told[0][2]], side=told[0][0].place.country_code)
                   for (place_id, measure), told in counts.items()), key=lambda share: share.start)


def _roster_shares(text: str, span: tuple[int, int], index: int, mentions: list[Mention],
                   pack: LanguagePack) -> list[Share]:
    """The shares of a roster of the named dead or hurt, village by village (the pack's ``read_roster``): each
    village's share is the count of the people named as its residents ("Among the dead were Vorukh residents A, B
    and C; Chorkuh resident D": 3 and 1)."""
    sentence = text[span[0]:span[1]]
    read = pack.read_roster(sentence, [(m.start - span[0], m.end - span[0]) for m in mentions])
    if read is None:
        return []
    measure, counts = read
    out = []
    for k, (mention, count) in enumerate(zip(mentions, counts)):
        if not count or mention.place is None:
            continue
        end = mentions[k + 1].start if k + 1 < len(mentions) else span[1]
        out.append(Share(mention.place.id, mention.start, measure, count, mention.start, end, index,
                         text[mention.start:end], side=mention.place.country_code))
    return out if len({share.place_id for share in out}) >= 2 else []


def _distributed_shares(text: str, span: tuple[int, int], index: int, mentions: list[Mention],
                        pack: LanguagePack) -> list[Share]:
    """The shares of counts told once for a list of villages (the pack's ``read_distributed``): "In Ak-Tatyr and
    Samarkandyk one person was killed in each, nine and seven were wounded respectively" gives each village one
    death, and nine and seven wounded."""
    sentence = text[span[0]:span[1]]
    out = []
    for measure, counts in pack.read_distributed(sentence, [(m.start - span[0], m.end - span[0]) for m in mentions]):
        for mention, count in zip(mentions, counts):
            if count and mention.place is not None:
                out.append(Share(mention.place.id, mention.start, measure, count, mention.start, mention.end, index,
                                 text[mention.start:mention.end]))
    return out if len({share.place_id for share in out}) >= 2 else []


def _shared_verb_measure(text: str, span: tuple[int, int], found: list[tuple[Mention, int, int]],
                         pack: LanguagePack) -> str | None:
    """The measure of the last share's own figure, which its verb gives every share before it.

    "four residents of Ak-Tatyr and three residents of Samarkandyk have sought
    medical help": the first share names no measure and nothing before it does;
    the verb after the last share counts them all.
    """
    last_start = found[-1][2]
    figures = pack.read_figures(text[last_start:span[1]])
    return figures[0].measure if figures and figures[0].start == 0 else None
