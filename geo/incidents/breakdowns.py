"""Per-place breakdowns in prose: one sentence gives each village its own share of a toll.

Ministries and wires break a total down by place in a sentence rather than a
table::

    seven people had been killed, five of them in the village of Kyzyl-Bel and two in the village of Chek
    Of the 12 wounded, nine were from Kyzyl-Bel and three from Chek.
    About 1,800 people were evacuated from Kyzyl-Bel and another 400 from Chek.
    трое погибших — жители Самаркандыка, один — житель Ак-Сая.
    Из 11 раненых восемь — из Самаркандыка, трое — из Ак-Сая.

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

from dataclasses import dataclass

from geo.geoparse.model import Mention
from geo.geoparse.sentences import Sentences
from geo.language import LanguagePack

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
            shares.extend(_sentence_shares(text, sentences.spans[index], index, candidates, pack))
    return sorted(shares, key=lambda s: s.start)


def _sentence_shares(text: str, span: tuple[int, int], index: int, mentions: list[Mention],
                     pack: LanguagePack) -> list[Share]:
    """The shares of one sentence, or none when it is no breakdown."""
    sentence_start = span[0]
    found: list[tuple[Mention, int, int]] = []  # mention, value, absolute start of the number
    after: dict[int, int] = {}  # a share read after its place: mention start -> end of its number
    floor = sentence_start
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, mention in enumerate(ordered):
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
        return _roster_shares(text, span, index, ordered, pack)
    out: list[Share] = []
    measure: str | None = None
    for k, (mention, value, start) in enumerate(found):
        if mention.start in after:
            # a share after its place names its measure between the two: «из Ак-Сая вывезены 4 950»
            phrase = text[mention.end:after[mention.start]].strip(" —–-")
            own = [f for f in pack.read_figures(phrase) if f.value == value]
        else:
            own = [f for f in pack.read_figures(text[start:mention.start]) if f.value == value and f.start == 0]
        if own:
            measure = own[0].measure
        elif k == 0:
            before = pack.read_figures(text[sentence_start:start])
            measure = before[-1].measure if before else _shared_verb_measure(text, span, found, pack)
        if measure is None:
            return []
        assert mention.place is not None
        end = after.get(mention.start, mention.end)
        out.append(Share(mention.place.id, mention.start, measure, value, start, end, index, text[start:end]))
    return out


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
