"""Stage 4: figures, and the rules that turn many figures into an incident's numbers.

Within one article (text order):

* a figure flagged as a revision ("the toll rose to five") supersedes the
  article's earlier figures for the same measure and side (and, naming no
  side, those of the only side with losses so far), and the figures
  the article then narrates ("another soldier died in hospital"; naming no
  side, within a side's revised toll) are taken as already counted in it;
* a figure reported as outdated ("initially", "ранее сообщалось") gives
  way to the article's current figure, before or after it, and an outdated
  total to current figures that name sides and fit within it;
* an additive figure ("another two soldiers died") adds to the one before it
  (of the same side, or of the side of the figure before it when it names
  none), or, told first, to the figure that follows;
* people who died of their wounds ("one of the wounded later died in
  hospital"), told after an injured figure of the article, add to its dead
  and leave its injured (the latest earlier injured figure's side);
* a figure of one that describes a person ("A 34-year-old woman sustained
  wounds"), after a larger figure, is one of those counted;
* otherwise, differing figures for the same measure and side (two
  governments' tolls) keep the lowest.

Across articles, ACLED's rule: the lowest precise figure; a vague quantity
(ACLED's coding: several = 10, dozens = 12 ...) only when nothing precise
exists; an explicit zero ("no casualties") only when no source reports more.
A government's claim about the other side's losses is kept in the rule text
but never makes a side figure or the total. A side figure larger than the
total is a conflict: recorded, and that side figure is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from geo.incidents.model import Figure

__all__ = ["FusedMeasure", "fuse_measure", "fuse_figures"]


@dataclass(slots=True)
class FusedMeasure:
    """One measure's result: the total, the per-side figures and how they were chosen."""

    total: int | None = None
    by_side: dict[str, int] = field(default_factory=dict)
    rule: str | None = None


def _one_person_described(figure: Figure, counted_sides: Collection[str | None] = ()) -> bool:
    """A figure of one that describes a person (the number grammar's ``described``: "A 34-year-old
    woman ...", "his 14-year-old cousin ...", «Мальчик получил ...»), not a count: told after a
    larger figure of the article, it is one of those counted. A government may tell it, when it is
    one of the sides already counted (``counted_sides``): "four residents of Khistevarz ... A
    15-year-old boy wounded in the neck ... remains in intensive care, it said"."""
    return figure.value == 1 and figure.described and (figure.claimant is None or figure.claimant in counted_sides) \
        and not figure.additive and not figure.revision


#: One of two people, told after the other: "the younger man suffered bruises", «второй получил ушибы».
_THE_OTHER_OF_TWO = re.compile(r"\s*(?:the\s+)?(?:other|younger|older|elder|second)\b|\s*(?:второй|другой|младший|"
                               r"старший)\b", re.I)
#: A count of "the others": «двое других получили ушибы», "two others were bruised".
_THE_OTHERS = re.compile(r"^\S+\s+(?:других|другие|others)\b", re.I)

#: The two groups of one side's people a figure may count (:func:`_group`).
_SERVICE_WORDS = re.compile(r"\b(?:servicem[ae]n|service ?members?|soldiers?|border guards?|troops|conscripts?|"
                            r"privates|sergeants?|военнослужащ\w*|пограничник\w*|солдат\w*)\b", re.I)
_CIVIL_WORDS = re.compile(r"\b(?:villagers?|residents?|civilians?|inhabitants?|wom[ae]n|girls?|boys?|child(?:ren)?|"
                          r"teenagers?|pensioners?|shepherds?|herders?|farmers?|жител\w*|мирн\w+|сельчан\w*|"
                          r"женщин\w*|девоч\w*|мальчик\w*|реб[её]н\w*|дет(?:и|ей|ям|ьми)|подрост\w*|пенсионер\w*|"
                          r"чабан\w*|пастух\w*|фермер\w*)\b", re.I)
_GROUPS = ("servicemen", "civilians")


def _group(figure: Figure, words_after: bool = True) -> str | None:
    """Whom a figure counts by its words (and, with ``words_after``, those right after a count that ends its phrase):
    servicemen, civilians, or either (None)."""
    words = f"{figure.text} {figure.words_after}" if words_after and figure.words_after else figure.text
    service, civil = _SERVICE_WORDS.search(words), _CIVIL_WORDS.search(words)
    if service and not civil:
        return "servicemen"
    return "civilians" if civil and not service else None


def _group_kind(figure: Figure, figures: Sequence[Figure] = ()) -> str | None:
    """:func:`_group`, or "mixed" for a count of one side whose words name both servicemen and civilians («ранения
    получили двое кыргызских пограничников и один житель села Максат»; not "a Kyrgyz border guard and two Tajik
    civilians dead", whose parts are of both sides)."""
    group = _group(figure)
    if group is not None:
        return group
    words = f"{figure.text} {figure.words_after}" if figure.words_after else figure.text
    both_sides = any(other.text == figure.text and other.side not in (None, figure.side) for other in figures) \
        or (_KYRGYZ_WORD.search(words) is not None and _TAJIK_WORD.search(words) is not None)
    return "mixed" if _SERVICE_WORDS.search(words) and _CIVIL_WORDS.search(words) and not both_sides else None


#: The two sides' words in a figure's text.
_KYRGYZ_WORD = re.compile(r"kyrgyz|kirghiz|кыргыз|киргиз", re.I)
_TAJIK_WORD = re.compile(r"tajik|tadjik|таджик", re.I)


def _civilians_beside_servicemen(total: int, figures: Sequence[Figure]) -> bool:
    """Whether the unsided total counts civilians (and no soldier) and every side's figure servicemen only."""
    unsided = [f for f in figures if f.side is None and not f.vague and f.value == total]
    sided = [f for f in figures if f.side is not None and f.value and not f.is_claim_about_other_side]
    # (not a live blog's revised counts, which may fold one group into the other)
    # (by the figures' own words: the words after a count may name a claim's people, «о гибели более 40 кыргызских
    # военнослужащих»)
    return any(_group(f, words_after=False) == "civilians" for f in unsided) \
        and not any(_SERVICE_WORDS.search(f.text) for f in unsided) \
        and bool(sided) and all(_group(f, words_after=False) == "servicemen" for f in sided) \
        and not any(f.revision or f.superseded for f in figures)


def _per_article(figures: Sequence[Figure],
                 placed: frozenset[int] = frozenset()) -> dict[str | None, tuple[int, bool]]:
    """The article's figure per side key (``None`` = both sides / unspecified); ``placed`` holds the ids of
    figures whose side is only their claimant's (:func:`_place_claims`)."""
    current: dict[str | None, tuple[int, bool]] = {}
    revised: set[str | None] = set()
    corrected_down: set[str | None] = set()  # sides whose revision lowered the figure before it
    outdated: set[str | None] = set()
    pending: dict[str | None, int] = {}  # "another two" told before the figure it adds to
    pending_vague: set[str | None] = set()  # ... told vaguely ("several" others)
    party_zero: set[str | None] = set()  # keys whose count is a zero told of some of the people there
    last_key: str | None = None
    joint_total = False  # the unsided total counts both sides («трое военных с обеих сторон ранены»)
    one_person: set[str | None] = set()  # keys whose figure so far is one person ("A farmer was wounded")
    described_one: set[str | None] = set()  # ... that one person described ("A 30-year-old resident ... was wounded")
    first_count: int | None = None  # the unsided total before the other side's people were added to it
    copied_to: str | None = None  # the only side with losses that took an unsided revised toll
    unsided_teller: str | None = None  # the claimant of the current unsided figure
    # whom each key's current figure counts: servicemen, civilians, both told apart ("both"), or both in one count
    # ("mixed", :func:`_group_kind`)
    group_of: dict[str | None, str | None] = {}
    part_at = -2  # the position of the last figure read as one person of the unsided total, described
    in_order = sorted(figures, key=lambda f: f.order)
    for at, figure in enumerate(in_order):
        key = figure.side
        if figure.additive and figure.described and figure.value == 1 and _THE_OTHER_OF_TWO.match(figure.text) \
                and (pair := next((k for k in range(at - 1, -1, -1) if not in_order[k].described), None)) is not None \
                and in_order[pair].value == 2 and not in_order[pair].vague:
            # "the unlawful detention and beating of two Tajik herders ... The 52-year-old herder was admitted ...; the
            # younger man suffered bruises": the other of the two counted, each described in turn
            continue
        if key is None and figure.revision and figure.claimant in current and figure.claimant not in outdated \
                and not figure.both_sides:
            # "Tajikistan's foreign ministry said ... two Tajik citizens had been hurt ... On Tuesday it said the
            # number of injured had risen to three": a government's revised count of its own people (and so is one
            # lower than its side's count, which no total of both sides could be: "four residents of Kulundu had
            # been injured ... Kyrgyzstan's Interior Ministry put the number at three")
            key = figure.claimant
        if key is None and not figure.additive:
            joint_total = joint_total or figure.both_sides
        if figure.additive and key is None and key not in current and last_key is not None:
            key = last_key  # "two Kyrgyz citizens died, another two died on the way": the same side
        if figure.additive and not figure.revision and key not in current:
            # (not after a revised total: "The number of people injured ... has risen to three ... one more
            # resident sought medical help" is one of the three)
            if key is not None and None in current and None not in outdated and not joint_total \
                    and None not in revised and part_at != at - 1 \
                    and not (any(k is not None for k in current) and sum(
                        v for k, (v, _) in current.items() if k is not None) + figure.value == current[None][0]):
                # (not where the sides' counts with these make the total: "Six people were injured ... Four residents
                # of Surkh were injured, [Dushanbe said] ... two Kyrgyz citizens had also been injured": four and two)
                # (not "besides" one person of the total just described: «Ранены три человека ... ранение получил
                # военнослужащий 2002 года рождения. Кроме того, ранение руки получил житель села»)
                # "Four residents of Surkh were injured ... two Kyrgyz citizens had also been injured":
                # those two are more people than the total counted so far
                value, vague = current[None]
                current[None] = (value + figure.value, vague or figure.vague)
                first_count = value
            pending[key] = pending.get(key, 0) + figure.value
            if figure.vague:
                pending_vague.add(key)
            continue
        last_key = key
        if key is None and key not in current and figure.together \
                and any(k is not None and v == figure.value and not vague for k, (v, vague) in current.items()):
            # «ранение в плечо получил 21-летний рядовой ... Оба раненых доставлены в больницу» after the Kyrgyz
            # service's two wounded, then the Tajik side's one: "both" are that side's people, counted already
            continue
        if key is None and key not in current and _one_person_described(
                figure, {k for k, (v, vague) in current.items() if v > 1 and not vague}) and any(
                k is not None and v > 1 and not vague for k, (v, vague) in current.items()):
            # "Two Kyrgyz shepherds were beaten ... One of the shepherds suffered a broken arm": one of a
            # side's people, told without the side (a person told "besides" him is one more of those counted too:
            # «Ранены двое военнослужащих и житель Чилгази ... Один военнослужащий получил огнестрельное ранение бедра,
            # второй — ранение руки. Кроме того, пулей ранен 34-летний житель Чилгази»)
            part_at = at
            continue
        if key in pending and not figure.revision and key not in current:
            figure = replace(figure, value=figure.value + pending.pop(key),
                             vague=figure.vague or key in pending_vague)
        # "Earlier on Tuesday the Border Service had said one serviceman had been killed", after the current
        # figures by side: an earlier report, no total of its own
        if figure.superseded and not figure.additive and not figure.revision and key not in current \
                and any(k is not None for k in current):
            continue
        if figure.superseded and not figure.additive and current.get(key) == (figure.value, False) \
                and any(not later.superseded and not later.additive and (
                    later.side in (key, None) if key is not None
                    # (the total: only by the clause right after the retraction, "... we reported that two people had
                    # been killed. | Kyrgyzstan's Health Ministry says one person died")
                    else later.order // 100 - figure.order // 100 <= 1)
                        for later in in_order[at + 1:]):
            # "In our 17:55 entry we reported ... that a Tajik border guard had been killed ... the guard was
            # seriously wounded, not killed ... No deaths have been confirmed on either side": the current figure
            # is the earlier report, and later words correct it (a side's, or the total: "In our 07:05 entry we
            # reported ... that two people had been killed ... Kyrgyzstan's Health Ministry says one person died")
            del current[key]
            revised.discard(key)
            continue
        revised_sides = [k for k in revised if k is not None]
        if key is None and revised_sides and not figure.revision and not figure.superseded \
                and 0 < figure.value <= sum(current[k][0] for k in revised_sides):
            continue  # "bringing the number of Tajik villagers killed to three ... the two killed on the day"
        if key is None and key not in current and _one_person_described(
                figure, {k for k, (v, _) in current.items() if k is not None and v >= 1}) and not figure.revision \
                and any(k is not None and v >= 1 for k, (v, _) in current.items()):
            # "a local farmer was wounded" (a Kyrgyz count) ... "A 47-year-old farmer ... was wounded"; told by the
            # side that counted him («пострадал один гражданин Таджикистана. «Житель джамоата Кулканд, 1991 года
            # рождения, получил травму руки», — говорится в сообщении таджикского ведомства»)
            continue
        if figure.revision or key not in current:
            if figure.revision and key in current and figure.value < current[key][0]:
                corrected_down.add(key)  # "ранены двое" ... «уточнили, что ранение получил один»
            # (told by no one, or by that side itself: «По последним данным Погранслужбы ГКНБ ... ранены двое
            # жителей села и один пограничник» after the day's unsided counts)
            if figure.revision and key is not None and None in current \
                    and (figure.claimant is None or figure.claimant == key and id(figure) not in placed) \
                    and (current[None][0] <= figure.value or figure.claimant == key == unsided_teller):
                # "one person died" ... "the toll rose to two Kyrgyz citizens"; and a government's count corrected
                # down to its own people: "Kyrgyzstan's Health Ministry says six people have been injured" ...
                # "Kyrgyzstan's Health Ministry now says four people were injured on the Kyrgyz side, not six"
                del current[None]
                outdated.discard(None)
                revised.discard(None)
            current[key] = (figure.value, figure.vague)
            group_of[key] = _group_kind(figure, in_order)
            if key is None:
                unsided_teller = figure.claimant
            sides = [k for k in current if k is not None]
            if figure.revision and key is None and len(sides) == 1 and figure.value >= current[sides[0]][0] > 0:
                # "погиб один гражданин Кыргызстана ... число погибших выросло до двух": the only
                # side with losses so far takes the revised toll too (not a side that told of none: "there are no
                # casualties among citizens of Tajikistan", then "The toll is therefore one killed")
                current[sides[0]] = (figure.value, figure.vague)
                revised.add(sides[0])
                copied_to = sides[0]
            (revised.add if figure.revision else revised.discard)(key)
            (outdated.add if figure.superseded else outdated.discard)(key)
        elif key in revised and not (figure.additive and (key in corrected_down or figure.value < 0)):
            # the article's revised toll already counts what the text then narrates; but a toll
            # corrected downwards explains no rise, so people told "besides" it add to it
            # («ранение получил один военнослужащий ... Кроме того, ранения получили двое жителей»),
            # and one of the wounded who died after it leaves it («уточнил, что ранения получили трое
            # ... 17-летний ученик, получивший ранение в живот, скончался»)
            continue
        elif figure.superseded and not figure.additive:
            continue  # an earlier report, after the current figure
        elif figure.value == 0 and current[key][0] > 0 and key not in outdated:
            # an explicit zero never lowers a figure the article gives (but it replaces one told as an earlier
            # report: "a border guard it had reported killed ... was in fact alive ... no one on the Kyrgyz side had
            # been killed")
            continue
        elif key is None and figure.value == first_count and not figure.additive:
            # "Three residents of Kok-Tash were injured ... two residents of Khoja-Alo had also been hurt ...
            # 'Three people were injured,' its press service told": the first count told again
            continue
        elif figure.of_wounded and not figure.additive and current[key][0] > figure.value:
            continue  # "two soldiers were killed ... one of them died of his wounds": one of the two
        elif _one_person_described(figure) and current[key][0] > 1 and not current[key][1]:
            part_at = at
            continue  # "Two civilians were injured ... A 34-year-old woman sustained wounds": one of them
        elif _THE_OTHERS.match(figure.text) and part_at == at - 1 and current[key][0] > figure.value \
                and not current[key][1]:
            # «Пострадали трое кыргызских чабанов: 52-летнего мужчину ... доставили в больницу, двое других получили
            # ушибы»: the rest of the three, after the one described
            continue
        elif key in outdated and not figure.additive:
            current[key] = (figure.value, figure.vague)  # a current figure after an earlier report
            group_of[key] = _group_kind(figure, in_order)
            outdated.discard(key)
        elif figure.additive and part_at == at - 1 and figure.value > 0 and not figure.revision:
            part_at = at  # «... получил военнослужащий 2002 года рождения. Кроме того, ... получил житель села»: the
            continue  # next part of the total told before, not one more
        elif figure.additive:
            value, vague = current[key]
            current[key] = (value + figure.value, vague or figure.vague)
            if key is None and figure.value < 0 and copied_to is not None and current.get(copied_to) == (value, vague):
                # "Two border guards were wounded (the only side's, revised) ... one of them died": he leaves the
                # side's count the revision gave it too
                current[copied_to] = current[key]
        else:
            value, vague = current[key]
            if key in one_person and value == 1 and figure.value > 1 and (
                    figure.together or key is None and key in described_one and not figure.vague):
                # "A farmer was wounded ... His brother was cut by flying glass. Both were taken to hospital",
                # «... Жизни всех троих ничего не угрожает»: the people told one by one, counted together; "A
                # 30-year-old resident of Kok-Tash suffered a gunshot wound ... In total, eight victims sought medical
                # help": the one man described, then the count that holds him (told by no side: "three Kyrgyz
                # servicemen were wounded", the other government's figure, is no count of him)
                current[key] = (figure.value, False)
            elif vague and not figure.vague:
                current[key] = (figure.value, False)
                group_of[key] = _group_kind(figure, in_order)
            elif key is not None and not vague and not figure.vague and group_of.get(key) in _GROUPS \
                    and (group := _group(figure)) in _GROUPS and group != group_of[key]:
                # "The service said two of its servicemen were wounded ... three villagers were hit when bullets
                # struck houses": one side's soldiers and its villagers, two groups of its people
                current[key] = (value + figure.value, False)
                group_of[key] = "both"
            elif group_of.get(key) == "mixed" and not vague and not figure.vague and figure.value < value \
                    and not figure.revision:
                # «ранения получили двое кыргызских пограничников и один житель села» ... «Двое наших военнослужащих
                # получили огнестрельные ранения ... ранение получил 68-летний житель»: the groups of the people the
                # count told, not a lower count of all (and «Также ... получил 68-летний житель» after it is the next
                # group, not one more)
                part_at = at
            elif figure.together and not vague and figure.value < value:
                # «Ранены три человека» ... «Обоих раненых доставили в центральную больницу Исфары»: both of those
                # one government told, not a lower count of all
                pass
            elif figure.together and not vague and not figure.vague and figure.value > value > 0 \
                    and group_of.get(key) != "mixed" and not figure.additive:
                # "The owner's son ... received burns ... a neighbor was hit in the head ... Both were taken to the
                # hospital. In total, three residents of Khonobod sought medical help": the total holds those told
                current[key] = (figure.value, False)
            elif value == 0 and figure.value > 0 and not figure.vague and not vague and key in party_zero:
                # «Пассажиры не пострадали. Водитель маршрутки ... получил порезы головы»: a zero of some of the
                # people there, then one of them hurt; the count is the hurt
                current[key] = (figure.value, False)
            elif value > 0 and figure.value == 0 and not vague and _PARTY_ZERO.match(figure.text):
                pass  # ... the hurt told first: "The driver was cut by glass. The passengers were not hurt"
            elif not (figure.vague and not vague):
                current[key] = (min(value, figure.value), vague and figure.vague)
        (party_zero.add if current.get(key) == (0, False) and figure.value == 0 and _PARTY_ZERO.match(figure.text)
         else party_zero.discard)(key)
        (one_person.add if figure.value == 1 and not figure.vague and not figure.revision and figure.claimant is None
         and current.get(key) == (1, False) else one_person.discard)(key)
        (described_one.add if key in one_person and figure.value == 1 and figure.described
         else described_one.discard)(key)
    for key, value in pending.items():  # additions with nothing to add to stand alone
        if key is None and key not in current and sum(v for k, (v, _) in current.items() if k is not None) >= value:
            # "one of the injured died of his wounds ... Thus 2 citizens of Tajikistan have died": the
            # side's count already holds the addition
            continue
        if key not in current:
            current[key] = (value, key in pending_vague)
    if current.get(None, (None, False))[0] == 0 and None in revised:
        # "a border guard it had reported killed ... was in fact alive, lowering its toll ... to two wounded and no
        # dead": a revised zero for all leaves no side's earlier report standing
        for key in [k for k in current if k is not None and k in outdated]:
            del current[key]
    sided = [value for key, (value, _) in current.items() if key is not None and key not in outdated]
    if None in outdated and sided and (sum(sided) <= current[None][0] or len(sided) >= 2 or None in described_one
                                       or any(key is not None and key in revised for key in current)):
        # "earlier reports said three were killed ... two Tajik citizens were killed": the current
        # figures name sides and stay within the outdated total, which gives way to them; so does an
        # earlier report before a side's revised toll («Первоначально ... о двух раненых, однако
        # позднее ... уточнили, что пострадавших трое»), and one that both sides' current counts follow
        # («Вчера вечером погранслужба сообщала о ... пяти раненых» ... «Еще четверо военнослужащих получили
        # ранения» ... the Tajik side's «еще двое получили ранения»)
        # (and a first report of one person described, lower than a side's later count: a Telegram channel's "a
        # shepherd ... was beaten", then the administration's "three residents of Kara-Shibak had been injured")
        del current[None]
    own_told = {f.side for f in in_order if f.side is not None and f.claimant == f.side and f.value}
    if None in described_one and current.get(None) == (1, False) and sum(sided) > 1 and len(own_told) >= 2:
        # "The driver, a resident of Tamdyk village born in 1989, received a head injury" ... "In total, three people
        # sought medical help" (the Kyrgyz service's) ... "two residents of Vorukh were injured" (the Tajik side's): the
        # one man described first is one of the counts each government then gives of its own people, no total
        del current[None]
    return current


def _place_claims(figures: list[Figure]) -> list[Figure]:
    """A government's figure that names no side: its own side's losses, or a competing total.

    Beside a total that no government claims ("a total of 71 people died"),
    "Kyrgyzstan spoke of 36 deaths" is Kyrgyzstan's own losses; without one,
    "Bishkek said 3 were killed; Dushanbe said 5" are two competing totals
    (the lowest is taken).
    """
    neutral = any(f.side is None and f.claimant is None and not f.vague for f in figures)
    if not neutral:
        return _own_people_counted_again(_fewer_than_the_other_side_s_own(
            _residents_counted_by_their_government(figures)))
    # a government's revised total stays a total unless the article revises an unclaimed total too
    # («Число пострадавших ... выросло до девяти человек, сообщили в Министерстве здравоохранения» beside
    # «Ранее ... сообщала о шести раненых»; not a live page's summary beside its entry's "now stands at")
    unclaimed_revision = any(f.revision and f.side is None and f.claimant is None for f in figures)
    # (a government's count of both sides' hurt is a competing total: «По нашим данным, пострадали пять человек с
    # обеих сторон»)
    return [replace(f, side=f.claimant) if f.side is None and f.claimant is not None and not f.both_sides
            and (unclaimed_revision or not f.revision) else f for f in figures]


def _own_people_counted_again(figures: list[Figure]) -> list[Figure]:
    """A government's count that names no side, beside its own count of its own people: the same people, counted
    again (by another of its bodies).

    "Kyrgyzstan's Health Ministry said a Kyrgyz border guard and a farmer had been killed ... and 19 people wounded.
    The Batken regional administration put the number of wounded at 22": two Kyrgyz counts of the Kyrgyz wounded, which
    differ (the lowest is taken), not a total of both sides.
    """
    own: dict[str, tuple[int, int]] = {}  # side -> where its government first counted its own people, and how many
    for f in figures:
        if f.side is not None and f.claimant == f.side and not f.vague and not f.superseded and f.value \
                and f.article_id == figures[0].article_id and f.side not in own:
            own[f.side] = (f.order, f.value)
    if not own:
        return figures
    # (told after that count, and higher: a lede's "killed four people", then "killing three Kyrgyz civilians ... and a
    # Kyrgyz serviceman", is the lede's total, which the count read after it may fall short of; "one of them" after
    # "four Tajik citizens were hurt" is a part)
    return [replace(f, side=f.claimant) if f.side is None and f.claimant in own and f.order > own[f.claimant][0]
            and f.value > own[f.claimant][1] and not f.both_sides and not f.superseded and not f.revision
            and not f.additive and not f.vague else f for f in figures]


#: A figure that counts the residents of a village: «один житель Кайрагача», "two residents of".
_RESIDENTS = re.compile(r"\b(?:жител\w*|местн\w+|residents?|villagers?|locals?)\b", re.I)


def _fewer_than_the_other_side_s_own(figures: list[Figure]) -> list[Figure]:
    """A government's count that names no side, fewer than the other country's own count: its own side.

    "Seventeen Kyrgyz citizens were hurt ... The Tajik side reported one killed and about ten wounded": ten can be no
    total of both sides beside seventeen Kyrgyz, so they are Tajik.
    """
    own = {}  # side -> the largest count of its own people
    for f in figures:
        # (its own government's count: a side read from the text alone may be a competing total's, «Три человека
        # погибли, восемь получили ранения» before «по данным таджикской стороны ... шести раненых»)
        if f.side is not None and f.claimant == f.side and not f.vague and not f.superseded and f.value:
            own[f.side] = max(own.get(f.side, 0), f.value)
    if not own:
        return figures
    return [replace(f, side=f.claimant) if f.side is None and f.claimant is not None and not f.both_sides
            and not f.superseded and not f.revision and f.value
            and any(side != f.claimant and value > f.value for side, value in own.items()) else f for f in figures]


def _residents_counted_by_their_government(figures: list[Figure]) -> list[Figure]:
    """Residents one government counts, beside the other government's count of its own people: its own side.

    «Пострадали двое граждан Таджикистана», said Dushanbe, then «один житель Кайрагача получил травму головы»,
    said the Leilek district administration: the village is not in the gazetteer, but its government counts its
    own residents, so the two counts add up instead of competing as totals.
    """
    own = {f.side for f in figures if f.side is not None and f.claimant in (None, f.side) and not f.vague
           and not f.superseded}
    if len(own) != 1:
        return figures
    return [replace(f, side=f.claimant) if f.side is None and f.claimant is not None and f.claimant not in own
            and f.home is None and not f.vague and not f.superseded and not f.revision and _RESIDENTS.search(f.text)
            else f for f in figures]


def _other_country_s_residents(figures: list[Figure]) -> list[Figure]:
    """A government's count of the other country's villagers: a claim about the other side.

    Kyrgyz officials added that "according to preliminary information, four residents of Khistevarz" had also
    been hurt: a Tajik village's residents, counted by Bishkek, are the Tajik side's hurt as Bishkek tells it.
    """
    # (only beside the government's count of its own people: a lone count may have its speaker misread from the
    # side that fired, "officials in Bobojon Ghafurov district said Kyrgyz fire had wounded three residents of
    # Ovchi-Kalacha")
    own = {f.side for f in figures if f.side is not None and f.claimant in (None, f.side) and not f.vague}
    return [replace(f, side=f.home) if f.side is None and f.home is not None and f.claimant is not None
            and f.claimant != f.home and f.claimant in own and not f.vague else f for f in figures]


def _more_of_a_village(figures: list[Figure]) -> list[Figure]:
    """More people of one country's village, beside that country's own count: its side.

    "Two more residents of Arka village ... have sought medical help" (the lede of a Monday follow-up), then
    "On Saturday evening, the Leilek district administration said four residents of Arka had been injured": the
    two add to the Kyrgyz count, not to a total of both sides.
    """
    sided = {f.side for f in figures if f.side is not None and not f.is_claim_about_other_side}
    return [replace(f, side=f.home) if f.additive and f.side is None and f.home in sided
            and f.claimant in (None, f.home) and not f.vague and not f.revision and not f.of_wounded else f
            for f in figures]


def _place_homes(figures: list[Figure], described_too: bool = True) -> list[Figure]:
    """Residents of one country's village counted beside the other country's own people: their side (with
    ``described_too`` false, not one person described unless told as one more).

    "Four residents of Chorkuh received head injuries ... three residents of Samarkandyk had been
    injured", the second told by the Kyrgyz side: the Chorkuh count is the Tajik side's, so the two
    add up instead of competing as totals.
    """
    sided = {f.side for f in figures if f.side is not None and not f.vague and not f.superseded
             and not f.is_claim_about_other_side}
    homed = [f.value for f in figures if (f.side is not None or f.home is not None) and not f.superseded
             and not f.vague and not f.is_claim_about_other_side]
    if not sided:
        return figures
    # (not one of the wounded who died, whose home is where he died: he is of a count told already)
    placed = [replace(f, side=f.home) if f.side is None and f.home is not None and f.home not in sided
              and sided - {f.home} and not f.superseded and not f.vague and f.claimant in (None, f.home)
              and not f.of_wounded and (described_too or f.additive or not f.described) else f
              for f in figures]
    # (the sides' counts once the homes are placed: "Seven people were injured ..., according to the authorities of
    # both countries" is their sum, four residents of Chorkuh and three of Samarkandyk)
    by_side: dict[str, int] = {}
    for f in placed:
        if f.side is not None and not f.vague and not f.superseded and not f.is_claim_about_other_side:
            by_side[f.side] = max(by_side.get(f.side, 0), f.value)
    if any(f.side is None and f.home is None and f.claimant is None and not f.vague
           # ("Six residents of Vorukh ... were injured ... All six suffered bruises": the same people;
           # «Утром в ведомстве говорили о четырех пострадавших ... На 18:00 пострадавших семь» after
           # «Число жителей села Кок-Таш ..., пострадавших ..., возросло до семи»: earlier or part counts
           # of those people, no total that could hold both sides)
           and not (homed and f.value <= max(homed)) and not (len(by_side) > 1 and f.value == sum(by_side.values()))
           for f in figures):
        return figures  # (a total no one claims holds both: "Six were injured ... four residents of Surkh")
    return placed


#: A figure told as a lower bound: "more than 50", "at least four", «не менее 20», «свыше ста».
LOWER_BOUND = re.compile(r"\b(?:more than|at least|over|upwards of|no fewer than|not less than)\s|"
                          r"(?:^|\s)(?:не менее|не меньше|более|свыше|больше|по меньшей мере|как минимум)\s", re.I)


def _only_a_lower_bound(total: int, unsided: list[Figure]) -> bool:
    """Whether every unsided figure of value ``total`` is told as a lower bound ("more than 50")."""
    told = [f for f in unsided if f.value == total and not f.vague]
    return bool(told) and all(LOWER_BOUND.search(f.text) for f in told)


def _own_counts(figures: Sequence[Figure], by_side: dict[str, int]) -> set[str]:
    """The sides whose figure their own government told: naming the side ("one dead and three wounded on
    its side", said Bishkek), or naming none but repeating the side's figure the text gives (Dushanbe's
    «погиб младший сержант ...» after «Погиб военнослужащий Пограничных войск ГКНБ Таджикистана»; not
    two governments' competing totals, which name no side)."""
    told = {(f.side, f.value) for f in figures if f.side is not None and f.claimant is None and not f.vague}
    # (or the residents of one of the side's villages: «телесные повреждения получили трое жителей Ходжаи Аъло»)
    return {f.side for f in figures if f.side is not None and (f.claimant == f.side or f.claimant is None
                                                               and f.home == f.side and not f.vague)} | {
        f.claimant for f in figures if f.side is None and f.claimant is not None and not f.vague
        and f.value == by_side.get(f.claimant) and (f.claimant, f.value) in told}


def _lowest(values: list[tuple[int, bool]]) -> int | None:
    precise = sorted(v for v, vague in values if not vague)
    positive = [v for v in precise if v > 0]
    if positive:
        return positive[0]
    vague = sorted(v for v, is_vague in values if is_vague)
    if vague:
        return vague[0]
    return 0 if precise else None


def fuse_measure(figures: Sequence[Figure], measure: str) -> FusedMeasure:
    """Combine one measure's figures from every source (see the module docstring).

    Examples
    --------
    >>> f = [Figure("fatalities", 3, False, None, "3 killed", article_id="a", order=1),
    ...      Figure("fatalities", 5, False, None, "rose to 5", revision=True, article_id="a", order=2),
    ...      Figure("fatalities", 6, False, None, "6 dead", article_id="b", order=1)]
    >>> fuse_measure(f, "fatalities").total
    5
    """
    chosen = _other_country_s_residents([f for f in figures if f.measure == measure])
    if not chosen:
        return FusedMeasure()
    claims = [f for f in chosen if f.is_claim_about_other_side]
    usable = [f for f in chosen if not f.is_claim_about_other_side]
    # («Обоих доставили в больницу» ... one of them «скончался»: "Both" counted one who has died since)
    wounded_died = {f.article_id for f in figures if f.measure == "fatalities" and f.of_wounded and f.value}
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for figure in usable:
        if figure.together and figure.article_id in wounded_died:
            figure = replace(figure, together=False)
        by_article[figure.article_id].append(figure)
    placed: set[int] = set()
    for article_id, article_figures in by_article.items():
        article_figures = _place_homes(_more_of_a_village(article_figures))
        claimed = _place_claims(article_figures)
        placed.update(id(new) for old, new in zip(article_figures, claimed) if new is not old)
        # (the homes once the claims are placed: "A 44-year-old driver ... and a 16-year-old passenger ..., the
        # statement said" of the Tajik border troops, then "a resident of Kulundu was also hit by a stone")
        # (not one person described, who may be one of a count a claim placed: «двое из них получили телесные
        # повреждения» ... «62-летний мужчина с переломом предплечья»)
        by_article[article_id] = _place_homes(claimed, described_too=False) if claimed != article_figures else claimed
    per_key: dict[str | None, list[tuple[int, bool]]] = defaultdict(list)
    for article_figures in by_article.values():
        for key, value in _per_article(article_figures, frozenset(placed)).items():
            per_key[key].append(value)
    total = _lowest(per_key.get(None, []))
    if total == 0 and any(v > 0 for side, values in per_key.items() if side is not None for v, _ in values):
        total = None  # "nobody was hurt" beside a side's named dead: the zero is about something else
    if total is not None and all(vague for _, vague in per_key.get(None, [])) and any(
            not vague for side, values in per_key.items() if side is not None for _, vague in values):
        total = None  # precise side figures beat a vague total
    by_side = {side: v for side in sorted(k for k in per_key if k is not None)
               if (v := _lowest(per_key[side])) is not None}
    notes = []
    how = "lowest precise total"
    precise_sides = {side for side in by_side if any(not vague for _, vague in per_key[side])}
    if total is None and by_side and precise_sides and precise_sides != set(by_side):
        # "Two Kyrgyz villagers were hurt ... It said that "several" Tajik residents had also been hurt but gave no
        # number": a side told only vaguely adds no number to the sides told precisely
        total = sum(value for side, value in by_side.items() if side in precise_sides)
        how = "sum of the per-side figures told precisely (a side told only vaguely left out)"
    elif total is None and by_side:
        total, how = sum(by_side.values()), "sum of per-side figures"
    elif total is not None and len(by_side) >= 2 and total in by_side.values() and sum(by_side.values()) > total \
            and not any(vague for values in per_key.values() for _, vague in values) \
            and ({side for side, value in by_side.items() if value != total} or set(by_side)) <= _own_counts(
                chosen, by_side):
        # "two wounded" ... Bishkek: "two Kyrgyz villagers wounded" ... Dushanbe: "two Tajik servicemen
        # wounded": the unsided count is one side's; each government's own figures are summed. The side
        # the total matches need not name its speaker when the others do («погиб один кыргызстанский
        # пограничник ... Погиб 22-летний младший сержант ... По данным таджикского ведомства, погибли двое»)
        total, how = sum(by_side.values()), "sum of per-side figures (the total was one side's)"
    elif total is not None and len(by_side) >= 2 and sum(by_side.values()) > total and _only_a_lower_bound(
            total, [f for article in by_article.values() for f in article if f.side is None]) \
            and set(by_side) <= {f.side for article in by_article.values() for f in article
                                 if f.side is not None and f.claimant == f.side}:
        # "killing at least four people and wounding more than 50" ... Bishkek: "41 wounded on the Kyrgyz
        # side" ... Dushanbe: "10 people ... had been wounded": the governments' own counts fill the bound
        # (a government's count that names no side is its own people's beside such a bound: "killed more than 20
        # people" ... "Kyrgyzstan's Health Ministry said 13 people died" ... "Local officials in the city of Isfara in
        # Tajikistan reported eight dead")
        total, how = sum(by_side.values()), "sum of per-side figures (the total was a lower bound)"
    elif total is not None and len(by_side) >= 2 and sum(by_side.values()) > total \
            and sum(by_side.values()) in {f.value for article in by_article.values() for f in article
                                          if f.side is None and not f.vague and not f.superseded} \
            and not any(f.value < 0 for article in by_article.values() for f in article) \
            and set(by_side) <= _own_counts(chosen, by_side):
        # (each side's count told by its own government, as the sides' own counts are summed; not when some of the
        # wounded have died since: the total is the living)
        # "Five border guards were wounded" ... Bishkek: "two Kyrgyz guards wounded" ... Dushanbe: "three Tajik
        # servicemen wounded": a reported total that is the sum of the sides' counts is the sum (a lower total is
        # one side's, or part of the story)
        total, how = sum(by_side.values()), "sum of per-side figures (a reported total)"
    elif total is not None and by_side and _civilians_beside_servicemen(total, usable):
        # "Two civilians were injured when Kyrgyz forces fired mortars ..." ... "one Kyrgyz serviceman received a
        # light wound": a count of civilians holds no side's soldiers
        total, how = total + sum(by_side.values()), "civilians counted apart from each side's servicemen"
    elif total is not None and any(vague for v, vague in per_key[None] if v == total) and not any(
            not vague for _, vague in per_key[None]):
        how = "lowest vague quantity (ACLED coding)"
    if total is not None:
        for side, value in list(by_side.items()):
            if value > total:
                notes.append(f"conflict: {side} figure {value} exceeds the total {total}, side figure dropped")
                del by_side[side]
    if total and not by_side and measure == "fatalities":
        # "Two residents of Kok-Tash were killed", «погибли двое жителей Ак-Сая»: the dead counted only as one
        # country's villagers are that country's people
        homes = {f.home for f in usable if f.value > 0 and not f.superseded and not f.vague}
        if len(homes) == 1 and None not in homes:
            by_side = {homes.pop(): total}
            how += " (of one country's villagers)"
    if total is None and claims:
        how = "no figure but claims about the other side"
    reported = ", ".join(f"{f.describe()} [{f.article_id}]" for f in sorted(
        chosen, key=lambda f: (f.article_id, f.order)))
    rule = f"{measure}: {how} = {total} (reported: {reported})" + (f"; {'; '.join(notes)}" if notes else "")
    return FusedMeasure(total=total, by_side=by_side, rule=rule)


#: A figure of the wounded that leaves out someone already named: "two other soldiers", «ещё двое».
_OTHERS = re.compile(r"\b(?:other|others|another|more|additional)\b|(?:^|\s)(?:ещ[её]|други[хе]|остальн\w*|втор\w+)\b",
                     re.I)


def _moved_from_injured(figures: Sequence[Figure]) -> list[Figure]:
    """Deaths of the wounded: added to the dead, subtracted from the injured of their article.

    A fatalities figure flagged ``of_wounded`` counts only as such when its
    article gave an injured figure before it (or, after it, an outdated one: "in its first
    statement, the service reported two wounded"); it then adds to the article's
    dead, and an additive injured figure of minus that value (on the side of
    the latest earlier injured figure) takes those people out of the injured.
    Otherwise it tells how some of the dead already counted died, and
    :func:`_per_article` keeps the larger count.
    """
    if not any(f.of_wounded for f in figures):
        return list(figures)
    out: list[Figure] = []
    # «Один из жителей Воруха, раненных во время вчерашней перестрелки, скончался» in the lede, then
    # «17-летний ученик, получивший ранение в живот, скончался» after the wounded are counted: the same
    # death told again; the last telling is moved (after the counts it leaves)
    last_told: dict[tuple[str, int], int] = {}
    for figure in figures:
        if figure.measure == "fatalities" and figure.of_wounded and figure.value and not figure.additive:
            key = (figure.article_id, _died_of_wounds_count(figure))
            last_told[key] = max(last_told.get(key, figure.order), figure.order)
    for figure in figures:
        if not (figure.measure == "fatalities" and figure.of_wounded and figure.value) or figure.superseded:
            # (a death of the wounded that a correction withdrew takes no one out of the injured)
            out.append(figure)
            continue
        if not figure.additive and figure.order < last_told[(figure.article_id, _died_of_wounds_count(figure))]:
            continue
        if not figure.additive:
            # the death told before keeps what its first telling said of it: "A second Kyrgyz border guard has
            # died" (the side's revised toll) ... "Four servicemen were wounded ... Two of them have now died"
            earlier = [f for f in figures if f.measure == "fatalities" and f.of_wounded and f.value == figure.value
                       and f.article_id == figure.article_id and not f.additive and not f.superseded
                       and f.order < figure.order]
            if any(f.revision for f in earlier) and not figure.revision:
                figure = replace(figure, revision=True)
            if figure.side is None and len({f.side for f in earlier if f.side is not None}) == 1:
                figure = replace(figure, side=next(f.side for f in earlier if f.side is not None))
        if figure.side is None:
            # "A Kyrgyz border guard was killed ..., while Tajikistan said ... two soldiers wounded. ... a junior
            # sergeant of the post received a gunshot wound to the chest and died": the death told before with its
            # side, when only the other side's wounded were counted before it (not one of them)
            told_dead = {f.side for f in figures if f.measure == "fatalities" and not f.of_wounded and f.side is not None
                         and f.value == figure.value and not f.additive and not f.superseded
                         and f.article_id == figure.article_id and f.order < figure.order
                         and not f.is_claim_about_other_side}
            if len(told_dead) == 1 and not any(
                    f.measure == "injured" and f.value > 0 and f.article_id == figure.article_id
                    and f.order < figure.order and f.side in (None, *told_dead) for f in figures):
                figure = replace(figure, side=told_dead.pop())
        # a death told with a revised toll ("the toll rose to three: a wounded man died") may be
        # followed by the current count of the wounded, which no longer has him
        later_count_includes = not any(
            f.revision and f.measure == "fatalities" and f.article_id == figure.article_id
            and f.order // 100 == figure.order // 100 for f in figures)
        wounded = [f for f in figures if f.article_id == figure.article_id and f.measure == "injured"
                   and f.value > 0 and not f.is_claim_about_other_side
                   # "... has died in hospital. In its first statement, the service reported two wounded"
                   and (f.order < figure.order or f.superseded
                        # "X, who was wounded on August 3, died ... He was one of two residents wounded
                        # that day": a later count of the attack's wounded includes him, unless it says
                        # "two other soldiers", «ещё двое» (after the number, where the pack's additive
                        # reading does not look)
                        # (a count no one claims: "As AKIpress reported yesterday, ... two men were wounded")
                        # (or a government's count of its own people: «Пограничная служба ГКНБ сообщила о двух
                        # раненых гражданах Кыргызстана»)
                        or (later_count_includes and f.value > figure.value
                            and (f.claimant in (figure.claimant, None) or f.claimant == f.side)
                            and (f.side is None or figure.side in (None, f.side))
                            and not f.additive and not _OTHERS.search(f.text)))]
        # (the earlier report his death follows, where there is one: «В первом сообщении ... погранслужба говорила ... о
        # двух раненых чабанах. ... уточнило данные: один из раненых чабанов скончался», and only then the other
        # government's «ранены двое таджикских пограничников»)
        if figure.side is not None:
            # "A Kyrgyz villager injured in a mass brawl ... has died": of his own side's wounded, not of the
            # other government's count told after it (nor of it when his side's wounded are not counted: "A second
            # serviceman of the Border Service of Kyrgyzstan has died of wounds ... The Tajik side earlier reported
            # one wounded serviceman")
            wounded = [f for f in wounded if f.side in (figure.side, None)]
        earlier_report = [f for f in wounded if f.superseded and f.order < figure.order]
        last_wounded = max(earlier_report or wounded, key=lambda f: f.order) if wounded else None
        if last_wounded is None or all(w.order > figure.order for w in wounded) and any(
                # "X, wounded last week, died ... Two residents were wounded - the deceased and his nephew.
                # Thus ... one dead and one wounded": a count of the dead told after the count of the
                # wounded that has him, counts him too
                f.measure == "fatalities" and f.value > 0 and not f.of_wounded and not f.additive
                and not f.superseded and f.article_id == figure.article_id and f.order > last_wounded.order
                and f.order > figure.order and not f.is_claim_about_other_side
                # (a summing-up that counts the wounded left too, not the death told again: «34-летний Рахмон Н.
                # ... скончался, не приходя в сознание. Второй пострадавший ... продолжает лечение»)
                and any(g.measure == "injured" and g.article_id == figure.article_id and g.order // 100 == f.order // 100
                        for g in figures) for f in figures):
            out.append(figure)  # no one counted wounded before: one of the dead, told how they died
            continue
        side = last_wounded.side
        if figure.side is None and side is not None:
            figure = replace(figure, side=side)  # one of "three citizens of Tajikistan" wounded: a Tajik death
        # "A border guard who was wounded ... has died. Sergeant N., 24, died on the evening of August 9":
        # the same death told again after it is no second one
        # (not when a later total sums them: "Earlier, a woman was killed on the spot. Thus 2 have died")
        # (not «скончался ещё один житель»: one more)
        # "A Tajik border guard was killed and another wounded ... Initial reports spoke of two servicemen
        # wounded ... one of them had died of his wounds": the lede told the current toll, with this death
        # (a lede's "shooting dead a Tajik civilian" is that death too, told with its side)
        lede_current = last_wounded.superseded and not figure.additive and any(
            f.measure == "fatalities" and f.value == figure.value and not f.of_wounded and not f.additive
            and not f.superseded and f.article_id == figure.article_id and f.order < figure.order
            and (figure.side is None or f.side in (figure.side, None)) and not f.is_claim_about_other_side
            for f in figures)
        # «Житель Согдийской области погиб в результате выстрела» in the lede, then «получил огнестрельное ранение ...
        # однако по пути ... скончался от полученного ранения»: the lede's death, told before the wound, is this one
        lede_told = None if figure.additive else next((
            f for f in figures if f.measure == "fatalities" and f.value == figure.value and not f.of_wounded
            and not f.additive and not f.superseded and f.article_id == figure.article_id
            and f.order < last_wounded.order and (figure.side is None or f.side in (figure.side, None))
            and not f.is_claim_about_other_side and not any(
                # (no one counted wounded before it or beside it: "A 22-year-old sergeant was killed on the spot and two
                # privates were wounded ... One of the wounded ... died on Thursday" is a second death)
                g.measure == "injured" and g.value > 0 and g.article_id == figure.article_id
                and (g.order < f.order or g.order // 100 == f.order // 100) for g in figures)), None)
        if lede_told is not None and figure.side is None and lede_told.side is not None:
            figure = replace(figure, side=lede_told.side)
        if _toll_told_again_in_detail(figure, last_wounded, figures):
            out.append(figure)  # one of the dead told before; the wounded were others, and still are
            continue
        told_again = lede_current or lede_told is not None or not figure.additive and any(
            f.measure == "fatalities" and f.value == figure.value and not f.of_wounded and not f.additive
            and not f.superseded and f.article_id == figure.article_id and f.order > figure.order
            and f.side in (figure.side, None) and not f.is_claim_about_other_side
            and not any(t.measure == "fatalities" and t.article_id == figure.article_id and t.order > f.order
                        and t.value == figure.value + f.value for t in figures)
            for f in figures)
        # (or more, for one man described: "2 Tajik servicemen were killed, 11 people ... were injured" in the lede, then
        # "a 26-year-old Tajik soldier who was wounded on the morning ... died of blood loss in the hospital": one of the
        # two; not "One of the wounded died", who may be one more)
        lede_dead = {f.order // 100 for f in figures
                     if f.measure == "fatalities" and not f.of_wounded and not f.additive
                     and (f.value == figure.value or figure.described and f.value > figure.value)
                     and not f.superseded and f.article_id == figure.article_id and f.order < last_wounded.order
                     and not f.is_claim_about_other_side}
        if not figure.additive and not last_wounded.revision and any(
                f.measure == "injured" and f.value > 0 and not f.superseded and not f.additive
                and f.article_id == figure.article_id and f.order < last_wounded.order and f.order // 100 in lede_dead
                and not f.is_claim_about_other_side for f in figures):
            # "Two Kyrgyz border guards were killed and four servicemen ... were wounded" (or "killed two
            # civilians and wounded three") in one clause of the lede, before the count of the wounded this death
            # leaves: the lede told the current toll, this death in it, and its count of the wounded is current too;
            # no one leaves it ("leaving one person dead and more than a dozen injured ... a 31-year-old resident of
            # Vorukh died of a gunshot wound": the same death)
            # (not when that count is the updated statement's own: "Two border guards were wounded ..., where one of
            # them ... died, the GKNB said in an updated statement")
            out.append(replace(figure, additive=False))
            continue
        out.append(replace(figure, additive=not figure.revision and not told_again))
        if last_wounded.superseded and any(
                f.measure == "injured" and f.value > 0 and not f.superseded and f.article_id == figure.article_id
                and f.order > figure.order and _OTHERS.search(f.text) for f in figures):
            # "... who was struck on the head with a stone died on Thursday ... Two other residents of Khistevarz
            # were injured" after a first report of three hurt: the count of the others, told after his death, has
            # never held him
            continue
        out.append(replace(figure, measure="injured", value=-_died_of_wounds_count(figure), side=side, claimant=None,
                           additive=True, revision=False, superseded=False))
        unsided = [f for f in figures if f.article_id == figure.article_id and f.measure == "injured"
                   and f.side is None and f.value > 0 and not f.additive and not f.superseded]
        if side is not None and unsided and max(unsided, key=lambda f: f.order).value == last_wounded.value:
            # «Один из двух жителей села Сурх, получивших огнестрельные ранения, скончался» ... «ранены двое
            # граждан Таджикистана»: the same two counted without their side leave him too (the article's last
            # count without a side: not one told after his death)
            out.append(replace(figure, measure="injured", value=-_died_of_wounds_count(figure), side=None,
                               claimant=None, additive=True, revision=False, superseded=False))
    return out


def _toll_told_again_in_detail(death: Figure, last_wounded: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a death of the wounded is the dead of a toll told before, told again person by person.

    "A Kyrgyz border guard was shot dead and another wounded" (the dead and the wounded counted in one clause),
    then "A 23-year-old junior sergeant died of his wounds on the way to hospital, while a 21-year-old private
    wounded in the leg was in a stable condition": the wounded counted right after the death (in its clause or the
    next) are as many as before, so the man who died was never one of them.
    """
    if death.additive or death.revision or last_wounded.order > death.order:
        return False
    told_dead = any(
        f.measure == "fatalities" and f.value == death.value and not f.of_wounded and not f.additive
        and not f.superseded and f.article_id == death.article_id and f.order < last_wounded.order
        and f.order // 100 == last_wounded.order // 100 and f.side in (death.side, None)
        and not f.is_claim_about_other_side for f in figures)
    if not told_dead:
        return False
    survivors = [f for f in figures if f.measure == "injured" and f.value > 0 and f.article_id == death.article_id
                 and death.order < f.order and f.order // 100 - death.order // 100 <= 1]
    survivor = min(survivors, key=lambda f: f.order, default=None)
    return survivor is not None and survivor.value == last_wounded.value and not survivor.additive \
        and not survivor.is_claim_about_other_side and survivor.side in (last_wounded.side, None) \
        and not _OTHERS.search(survivor.text)


#: An ordinal that tells a toll by one more death: "A third soldier later died of his wounds", «скончался третий
#: пограничник».
_ORDINAL_DEATH = re.compile(r"\b(?:second|third|fourth|fifth|sixth|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+)\b",
                            re.I)


#: A zero told of some of the people there, not of all: "The passengers were not hurt", «Пассажиры не пострадали».
_PARTY_ZERO = re.compile(r"\s*(?:the\s+|all\s+|both\s+|other\s+|все\s+|остальн\w+\s+|други\w+\s+)*"
                         r"(?:passengers?|drivers?|occupants?|children|the\s+children|pupils|пассажир\w*|водител\w*|"
                         r"дет(?:и|ей)|школьник\w*|учени\w*|"
                         # ... or the servicemen only: «Пострадавших среди личного состава нет», "No personnel were hurt"
                         r"(?:пострадавш|раненых|погибших)\w*\s+среди\s+(?:личного\s+состава|военнослужащих|пограничников)|"
                         r"личный\s+состав|(?:no|none\s+of\s+the)\s+(?:personnel|servicemen|border\s+guards))\b", re.I)


def _died_of_wounds_count(figure: Figure) -> int:
    """How many of the wounded a death of the wounded takes out of the injured: its value, or one where an ordinal
    told the new toll ("A third soldier later died of his wounds" is one death, the toll three)."""
    return 1 if figure.revision and _ORDINAL_DEATH.search(figure.text) else figure.value


def fuse_figures(figures: Sequence[Figure]) -> dict[str, FusedMeasure]:
    """:func:`fuse_measure` for every measure present (after moving the wounded who died)."""
    figures = _moved_from_injured(figures)
    return {m: fuse_measure(figures, m) for m in dict.fromkeys(f.measure for f in figures)}
