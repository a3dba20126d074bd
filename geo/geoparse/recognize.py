"""Recognition: find place names, demonyms, border references and cue phrases in text.

The matcher normalises the article once into words with their offsets (:func:`normalized_tokens`),
then looks up token n-grams that start at a capitalised word in the
gazetteer's set of text keys, longest first. Offsets are mapped back to the
article text as read. Filters then drop what is not a place here: a name
that is a personal name ("Vladimir Putin", "President Sadyr Japarov"), a
month or office, a common word at the start of a sentence, or an ambiguous
village name ("Maksat", "Arka") without a locative cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from geo.gazetteer.index import Gazetteer
from geo.gazetteer.normalize import has_cyrillic, loose_key, name_key, normalized_tokens
from geo.geoparse.cues import (
    AMBIGUOUS_NAMES,
    AREA_SUFFIXES,
    CAPITAL_ABBREVIATIONS,
    COMPOUND_NAME_PREFIXES,
    CUE_AFTER,
    CUE_BEFORE,
    DETACHMENT_POST_CUE,
    DIRECTION_WORDS,
    FEATURE_NOUNS,
    LOCATIVE_BEFORE,
    NOT_PLACES,
    NOT_VILLAGES,
    ORGANISATION_NOUNS,
    REGION_WORDS,
    RUSSIAN_LOCATIVE_BEFORE,
    RUSSIAN_VILLAGES_BEFORE,
    RUSSIAN_NAMES_NEEDING_A_CUE,
    RUSSIAN_FEATURE_NOUNS,
    REPORTING_VERBS,
    TITLES,
    list_entry_line,
)
from geo.geoparse.sentences import Sentences
from geo.language.en.dates import WEEKDAY_NAMES
from geo.language.en.names import given_names
from geo.language.ru.inflect import case_forms, nominative_of_genitive

__all__ = ["NAMED_AGAIN", "Span", "find_spans"]

_CONTINUES_A_NAME = FEATURE_NOUNS | ORGANISATION_NOUNS
_INNER_LOWER = FEATURE_NOUNS | RUSSIAN_FEATURE_NOUNS | frozenset("of de del la le el al the and on upon am an der".split())
_HYPHENS = frozenset("-‐‑")
_DOMAIN_AFTER = re.compile(r"\.(?:media|kg|tj|ru|uz|kz|com|net|org|info|news|asia|az)\b", re.I)
#: Punctuation between two capitalised words that ends "First Last" reading.
_CLAUSE_BREAKS = frozenset(".!?\n,;:()\"“”–—-")
_POSSESSIVE = re.compile(r"['’]s\b")
_FEAST_AFTER = re.compile(r"['’]s\s+(?:Day|Eve)\b")
_KG_TJ = r"(?:Kyrgyz(?:stan)?|Kirghiz|Tajik(?:istan)?|Tadjik)"
_BORDER_AREA = re.compile(
    rf"\b{_KG_TJ}\s*[-–—/]\s*{_KG_TJ}(?:\s+(?:state|international))?\s+(?:border|frontier)"
    rf"(?:\s+(?:area|region|zone|line))?"
    rf"|\bborder\s+between\s+{_KG_TJ}\s+and\s+{_KG_TJ}",
    re.I,
)
#: Capital and small Latin letters with the Turkic transliterations' diacritics ("Ming-Örük", "Üch-Döbö", "Tört-Köchö").
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
#: A one-word place name, hyphenated parts included ("Kapchygay", "Kum-Mazar", «Чыр-Добо»): a bare name's and a list
#: entry's, in Latin and in Cyrillic letters.
_ONE_WORD_NAME = r"[" + _UPPER + "][" + _LOWER + "'’]+(?:-[" + _UPPER + "]?[" + _LOWER + "'’]+){0,2}"
_RU_ONE_WORD_NAME = r"[А-ЯЁӨҮҢҒҚҲҶӢӮ][а-яёөүңғқҳҷӣӯ]+(?:-[А-ЯЁӨҮҢҒҚҲҶӢӮа-яёөүңғқҳҷӣӯ][а-яёөүңғқҳҷӣӯ]+){0,2}"
_CUE_NAME = r"([" + _UPPER + r"][\w'’]+(?:[- ][" + _UPPER + r"][\w'’]+){0,2})"
#: The nouns of the two cues below, as written (lower case, no ``re.I``): "the village of X", "X border post".
_CUE_BEFORE_WORDS = ("village", "town", "settlement", "hamlet", "enclave", "exclave", "jamoat", "outpost",
                     "checkpoint", "area")
_CUE_AFTER_WORDS = ("village", "border post", "border outpost", "outpost", "checkpoint", "frontier post", "jamoat",
                    "area", "post", "settlement")
_CUE_BEFORE_NAME = re.compile(
    r"\b(?:the\s+)?(?:border\s+)?(?:" + "|".join(_CUE_BEFORE_WORDS) + r")\s+of\s+" + _CUE_NAME
)
_CUE_AFTER_NAME = re.compile(_CUE_NAME + r"\s+(?:" + "|".join(_CUE_AFTER_WORDS) + r")\b")
#: Russian: «село Капчыгай», «в селе Борбордук», «жителей кишлака Хистеварз», «на заставе «Кайрагач»»: the noun in any
#: case, then a capitalised Cyrillic name (the name after such a noun stays in the nominative as a rule).
_RU_CUE_WORDS = ("сел", "Сел", "махалл", "Махалл", "местност", "Местност", "урочищ", "Урочищ", "кишлак", "Кишлак",
                 "айыл", "Айыл", "аил", "Аил", "джамоат", "Джамоат", "застав", "Застав", "посел", "посёл", "Посел",
                 "Посёл", "н.п", "Н.п", "н. п", "Н. п", "пункт", "пост", "Пост", "участ", "Участ")
_RU_CUE_NAME = r"(" + _RU_ONE_WORD_NAME + ")"
_RU_CUE_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:[Сс]ел(?:о|а|е|ом|у|ами)?|[Сс]елени(?:е|я|и|ем|ю)|[Мм]ахалл(?:я|и|е|ю|ей|а|у|ой)|[Мм]естност(?:ь|и)|[Уу]рочищ(?:е|а|у|ем)|[Кк]ишлак(?:а|е|ом|у)?|"
    r"[Аа]йыл(?:а|е|ом|у)?|[Аа]ил(?:а|е|ом|у)?|"
    r"[Дд]жамоат(?:а|е|ом|у)?|(?:[Пп]ограничн(?:ая|ой|ую)\s+)?(?:[Пп]огран)?[Зз]астав(?:а|ы|е|у|ой)|"
    r"[Пп]ос[её]л(?:ок|ка|ке|ком|ку)|"
    # «на участке Росровут района Деваштич» (a stretch of the line named for its tract)
    r"[Уу]част(?:ок|ка|ке|ку|ком)|"
    # «в н.п Тупакуль», «недалеко от н.п. Ак-Босого», «в населенном пункте Саада»
    r"[Нн]\.[ \t]?[Пп]\.?|[Нн]асел[её]нн(?:ый|ого|ом|ому|ым)[ \t]+пункт(?:а|е|ом|у)?|"
    # «на пограничном посту "Тамдык"» (a post's name in quotes: not «пост ГКНБ»)
    r"(?:[Пп]ограничн(?:ый|ого|ом|ому|ым)[ \t]+)?[Пп]ост(?:а|у|е|ом)?(?=[ \t]+[«\"„]))"
    r"[ \t]+[«\"„]?" + _RU_CUE_NAME + r"(?![\w-])"
    # (not one end of a pair that names a stretch or a road: «на участке «Кайрагач - Гульхона»»)
    r"(?![»\"“]?[ \t]*[—–-][ \t]*[«\"„]?[А-ЯЁӨҮҢҒҚҲҶӢӮ])"
    # (not an adjective in an oblique case: «заставы Исфаринского пограничного отряда»)
    # (but a hyphenated name may end so: «недалеко от н.п. Ак-Босого»)
    # (not «сел Ак-Сайского и Ак-Татырского айыл окмоту»: the adjectives of units)
    r"(?:(?<!ого)|(?:(?<=-[А-ЯЁ][а-яё]ого)|(?<=-[А-ЯЁ][а-яё]{2}ого)|(?<=-[А-ЯЁ][а-яё]{3}ого)|(?<=-[А-ЯЁ][а-яё]{4}ого))"
    r"(?<!ского)(?<!цкого)(?<!ного))"
    r"(?<!его)(?<!ому)(?<!ему)(?<!ых)(?<!их)(?<!ыми)(?<!ими)(?<!ском)(?<!ским)"
    # (not the adjective of a unit: «Маргун и Дархум — села Маргунского айыл окмоту»)
    r"(?!(?:(?<=ого)|(?<=его)|(?<=ий)|(?<=ой)|(?<=ом))\s+(?:айыл|аильн|сельск|район|област|джамоат|округ|город|"
    r"сельсовет))"
)
#: ... and a name told to be a village after it: "Kapchygai, a small village in Batken district", «Маргун и Дархум —
#: села Маргунского айыл окмоту», «Капчыгай — приграничное село».
_CUE_APPOSITION = re.compile(
    _CUE_NAME + r",\s+an?\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:village|hamlet|settlement)\b"
    r"(?!\s+(?:elder|head|chief|council|official|resident|school|teacher|doctor|administration|leader)s?\b)")
_RU_CUE_APPOSITION = re.compile(
    _RU_CUE_NAME + r"(?:[ \t]+и[ \t]+" + _RU_CUE_NAME + r")?[ \t]*[—–][ \t]*(?:это[ \t]+)?"
    r"(?:[\w-]+(?:ое|ее|ые|ие)[ \t]+){0,2}"  # («Погибший — уроженец села ...»: no name told to be a village)
    r"(?:сел[оа]|кишлаки?|посёлок|поселок)\b")
_APPOSITION_WORDS = ("village", "hamlet", "settlement", "сел", "кишлак", "посёлок", "поселок")
#: ... and a name told to be a settlement by its people or its edge: "the residents of Sogment", "on the edge of
#: Kapchygai", "Kapchygai has about 1,200 residents".
_CUE_PEOPLE_OF = re.compile(
    r"\b(?:residents|villagers|inhabitants|outskirts|(?:southern|northern|eastern|western)?\s*edge)\s+of\s+"
    + _CUE_NAME + r"(?!['’]s\b)"
    r"|" + _CUE_NAME + r"\s+has\s+(?:about|some|around|nearly|almost|more\s+than|over)?\s*[\d,]+\s+"
    r"(?:residents|inhabitants|people)\b")
_PEOPLE_OF_WORDS = ("residents", "villagers", "inhabitants", "outskirts", "edge")
#: ... and a one-word name no noun tells is a place, after a preposition of place or before its people: "shots near
#: Kapchygay", "outside Ravat", "between Dostuk and Maksat", "two Ravat residents", «возле Капчыгая», «в районе
#: Борбордука», «жители Кулканда». Not before another capitalised word (a person's or a body's name) or a possessive.
_BARE_NAME = r"(" + _ONE_WORD_NAME + ")"
_BARE_NAME_END = r"(?![\w'’-])(?![ \t]+[A-Z])"
_CUE_NEAR = re.compile(
    r"\b(?:near|outside|around|at|close[ \t]+to|(?:not[ \t]+)?far[ \t]+from)[ \t]+" + _BARE_NAME + _BARE_NAME_END)
_NEAR_WORDS = ("near", "outside", "around", "at ", "close", "far")
_CUE_BETWEEN = re.compile(r"\bbetween[ \t]+" + _BARE_NAME + r"[ \t]+and[ \t]+" + _BARE_NAME + _BARE_NAME_END)
_CUE_PEOPLE_AFTER = re.compile(r"(?<=[a-z\d,] )" + _BARE_NAME + r"[ \t]+(?:residents|villagers)\b")
_PEOPLE_AFTER_WORDS = ("residents", "villagers")
#: ... and the entries of a list a plural noun tells are places: "in the areas of Eki-Tash, Chyr-Dobo, Kum-Mazar and
#: Orto-Boz", "the villages of Dostuk and Jany-Jer", «в местностях Чыр-Добо и Торт-Кочо», «жителей сел Орто-Боз, Джака-Орук
#: и Уч-Добо» (a list of two or more one-word names, hyphenated parts included; each entry is read as a cue's name).
_CUE_LIST = re.compile(
    r"\b(?:villages|areas|settlements|localities|(?:border\s+)?(?:out)?posts)\s+of\s+(?:the\s+)?"
    r"(" + _ONE_WORD_NAME + r"(?:\s*,\s*" + _ONE_WORD_NAME + r")*,?\s+(?:and|or)\s+" + _ONE_WORD_NAME
    + r")(?![\w'’-])")
#: An entry of a Russian list: a one-word name, in quotes or not.
_RU_LIST_ENTRY = r"[«\"„]?" + _RU_ONE_WORD_NAME + r"[»\"“]?"
_RU_CUE_LIST = re.compile(
    # (not «у водозабора между селами Кулканд и Капчыгай»: a spot between two villages, the scene at the first)
    r"(?<![\w-])(?<!между )(?<!Между )(?:[Сс][её]л(?:ах|ами|ам)?|[Мм]естност(?:ях|ей|ям|ями|и)|[Кк]ишлак(?:ов|ах|и)|[Уу]рочищ(?:ах)?|"
    r"[Нн]ас[её]л[её]нн(?:ых|ые)[ \t]+пункт(?:ов|ах|ы)|"
    # ... and posts, their names in quotes or not: «открыла огонь по пограничным заставам «Капчыгай», «Мин-Булак»,
    # «Достук», а также на пограничные посты «Кожогар» и «Булак-Баши»»
    r"[Зз]астав(?:ы|ам|ах|ами)?|(?:[Пп]огран)?[Пп]ост(?:ы|ов|ам|ах|ами))[ \t]+"
    r"(" + _RU_LIST_ENTRY + r"(?:[ \t]*,[ \t]*" + _RU_LIST_ENTRY + r")*(?:[ \t]*,)?[ \t]+(?:и|или)[ \t]+"
    + _RU_LIST_ENTRY + r"|" + _RU_LIST_ENTRY + r"(?:[ \t]*,[ \t]*" + _RU_LIST_ENTRY + r")+)(?![\w-])")
_LIST_WORDS = ("villages", "areas", "settlements", "localities", "posts", "ел ", "ёл ", "елах", "ёлах", "елам",
               "естност", "астав", "пост", "Пост",
               "ишлак", "рочищ", "пункт")
_LIST_ENTRY_NAME = re.compile(_ONE_WORD_NAME + "|" + _RU_ONE_WORD_NAME)
_RU_CUE_NEAR = re.compile(
    r"(?<![\w-])(?:[Вв]озле|[Оо]коло|[Вв]близи|[Бб]лиз|[Нн]еподал[её]ку[ \t]+от|[Нн]едалеко[ \t]+от|[Вв][ \t]+районе|"
    r"[Вв][ \t]+окрестностях|(?:на[ \t]+)?окраин(?:е|у|ы|ой)|[Жж]ител(?:и|ей|ям|ями|ь|я|ю|ем)|"
    # (after «у» only a compound name: «участок у Ходжи-Али», not «у Ивана»)
    r"[Уу](?=[ \t]+[А-ЯЁӨҮҢҒҚҲҶӢӮ][а-яёөүңғқҳҷӣӯ]+-))[ \t]+" + _RU_CUE_NAME + r"(?![\w-])"
    # (not before another capitalised word, but for its unit's adjective: «жители Кулканда Исфаринского района»)
    r"(?![ \t]+(?![А-ЯЁ][\w-]*(?:ого|ой)[ \t]+(?:район|област|джамоат|айыл|аил|сельск|округ))[А-ЯЁ])"
    r"(?<!ого)(?<!его)(?<!ой)(?<!ей)(?<!ых)(?<!их)")
_PEOPLE_WORD = re.compile(r"residents|villagers|[Жж]ител")
#: (with «у», which nearly every Russian text has, the cheap test below passes for Russian text; English skips it)
_RU_NEAR_WORDS = ("озле", "коло", "близ", "еподал", "едалеко", "район", "окрестност", "окраин", "жител", "Жител",
                  "у ", "У ")
_COUNTY = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:County|Parish)\b")
_COUNTY_NAME = r"(?:St\. )?[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?"
#: "Barrow and Jackson counties", "Butler, Clark, Preble or Warren counties": the bare names.
_COUNTY_LIST = re.compile(
    rf"\b({_COUNTY_NAME}(?:(?:,? (?:and|or) |, ){_COUNTY_NAME})+)\s+(counties|parishes)\b"
)
_LIST_SEPARATOR = re.compile(r",? (?:and|or) |, ")


#: Where a region's abbreviation may start: a capital right after a town and a comma ("Town, Ky.").
_AFTER_TOWN_COMMA = re.compile(r"(?<=[a-z], )[A-Z]")


def _abbreviation_spans(text: str, abbreviations: frozenset[str]) -> Iterator[tuple[int, int]]:
    """ "Town, Ky.": a region's newspaper abbreviation right after a town and a comma.

    At each place one may start, the longest abbreviation written there and not
    followed by a letter is taken (what one alternation of them all, longest
    first, would match; that pattern took 50 ms to compile).
    """
    lengths = _lengths_longest_first(abbreviations)
    size = len(text)
    for match in _AFTER_TOWN_COMMA.finditer(text):
        start = match.start()
        for length in lengths:
            end = start + length
            if end <= size and text[start:end] in abbreviations and not _is_ascii_letter(text[end:end + 1]):
                yield start, end
                break


@lru_cache(maxsize=8)
def _lengths_longest_first(abbreviations: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(a) for a in abbreviations}, reverse=True))


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


#: "U.S", "D.C": dotted initials whose final period belongs to the name.
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


class _Taken:
    """Non-overlapping character intervals already claimed, with O(log n) overlap tests.

    Spans are claimed in any order; the intervals are kept sorted by start so
    that an article of a million characters costs n log n, not n squared.
    """

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start)
        if index and self.ends[index - 1] > start:
            return True
        return index < len(self.starts) and self.starts[index] < end

    def add(self, start: int, end: int) -> None:
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def take_over(self, start: int, end: int) -> bool:
        """Claim ``start:end`` in place of the shorter intervals it holds, if every interval it overlaps lies inside it
        (and none is all of it); whether it did."""
        first = bisect_right(self.ends, start)  # (ends are sorted too: the intervals never overlap)
        last = first
        while last < len(self.starts) and self.starts[last] < end:
            if self.starts[last] < start or self.ends[last] > end or (self.starts[last], self.ends[last]) == (start, end):
                return False
            last += 1
        del self.starts[first:last], self.ends[first:last]
        self.add(start, end)
        return True


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text that names a place or a country.

    ``kind`` is ``place``, ``country_reference``, ``border_area`` or ``cue``.
    """

    start: int
    end: int
    key: str
    kind: str
    expect_region: bool = False
    cue: str | None = None
    #: for an unknown name in a cue named again (case forms: «в Борбордуке»), the name as its cue gave it
    cue_name: str | None = None
    #: the cue is only a preposition of place or the name's people ("near …", «возле …», "… residents"): a name it
    #: gives is kept only where it is mapped at a unit (:func:`geo.geoparse.stand_ins.place_unknown_villages`)
    bare: bool = False


def find_spans(text: str, *, gazetteer: Gazetteer, sentences: Sentences) -> list[Span]:
    """Every place-like span in ``text``, in order, without overlaps.

    Parameters
    ----------
    text : str
        The article text as read.
    gazetteer : Gazetteer
        Supplies the text keys, demonyms and common words.
    sentences : Sentences
        Sentence spans of ``text`` (for sentence-initial checks).
    """
    lowered = text.lower()
    spans = [
        Span(m.start(), m.end(), "kyrgyz tajik border", "border_area", expect_region=True)
        for m in _BORDER_AREA.finditer(text)
    ] if "border" in lowered or "frontier" in lowered else []  # cheap test first
    taken = _Taken()
    for span in spans:
        taken.add(span.start, span.end)
    for span in _county_list_spans(text, gazetteer):
        spans.append(span)
        taken.add(span.start, span.end)
    for start, end in _abbreviation_spans(text, gazetteer.region_abbreviations):
        if not taken.overlaps(start, end):
            spans.append(Span(start, end, name_key(text[start:end]), "place", expect_region=True))
            taken.add(start, end)
    for span in _street_spans(text, taken):
        spans.append(span)
        taken.add(span.start, span.end)
    for span in _detachment_spans(text, taken, gazetteer):
        spans.append(span)
        taken.add(span.start, span.end)
    for span in _section_spans(text, taken, gazetteer):
        spans.append(span)
        taken.add(span.start, span.end)
    # Possessives become spaces of the same length, so offsets stay valid.
    masked = _POSSESSIVE.sub(lambda m: " " * len(m.group(0)), text)
    words, starts, ends = normalized_tokens(masked)
    keys, demonyms = gazetteer.text_key_lookup.for_text(len(text)), gazetteer.demonym_keys
    tokens = _Tokens(text, words, starts, ends, set(sentences.starts), gazetteer.cyrillic_keys,
                     gazetteer.russian_common_words, given_names())
    is_area = partial(_is_area_key, gazetteer)
    well_known = partial(_is_well_known, gazetteer)
    big_city = partial(_is_big_city, gazetteer)
    border_place = partial(_is_border_place, gazetteer)
    names = _Names(keys, demonyms)
    max_n = gazetteer.max_tokens
    persons: set[str] = set()
    uncued: list[tuple[int, int]] = []  # ambiguous border names seen without a cue ("150 Arka residents")
    doubtful: set[str] = set()  # small places named like people ("Lindsay"), seen without place evidence
    confirmed: set[str] = set()  # ... and with it somewhere in the article ("the Lindsay police")
    count = len(words)
    capitalised = [i for i, start in enumerate(starts) if text[start].isupper()]
    next_free = 0
    for i in capitalised:
        if i < next_free:
            continue  # inside a name already matched
        found = None
        longest = _longest_candidate(text, starts, words, i, min(max_n, count - i))
        for n in range(longest, 0, -1):
            key = " ".join(words[i:i + n])
            if key not in demonyms and key not in keys:
                continue
            if n > 1 and taken.overlaps(starts[i], ends[i + n - 1]):
                continue  # "Washington, D.C." with "D.C." already taken: "Washington" on its own
            found = (n, key, "country_reference" if key in demonyms else "place")
            break
        if found is None:
            continue
        n, key, kind = found
        start, end = starts[i], ends[i + n - 1]
        if not taken.overlaps(start, end) and _keep(
            tokens, key, kind, i, n, names=names, common=gazetteer.common_words,
            is_area=is_area, well_known=well_known, persons=persons, big_city=big_city, border_place=border_place,
            uncued=uncued,
        ):
            expect_region = words[i + n - 1] in REGION_WORDS or words[i + n - 1] in AREA_SUFFIXES or (
                i + n < len(words) and words[i + n] in REGION_WORDS
            ) or (i >= 2 and words[i - 1] == "of" and (  # "the region of Batken", "the districts of Batken"
                words[i - 2] in REGION_WORDS or words[i - 2].endswith("s") and words[i - 2][:-1] in REGION_WORDS))
            if text[end:end + 1] == "." and (
                _DOTTED_INITIALS.match(text[start:end])
                or text[start:end] + "." in gazetteer.region_abbreviations
            ):
                end += 1  # "U.S." and "W.Va." keep their final period
            elif i + n < count and words[i + n] in AREA_SUFFIXES and tokens.capitalised(i + n) \
                    and not taken.overlaps(end, ends[i + n]):
                end = ends[i + n]  # "Anderson County"
                expect_region = True
                n += 1
            spans.append(Span(start, end, key, kind, expect_region=expect_region))
            taken.add(start, end)
            if kind == "place" and n == 1 and key in tokens.given and not well_known(key):
                (confirmed if _place_evidence(tokens, i, names) else doubtful).add(key)
        next_free = i + n
    if uncued:
        spans.extend(_cued_elsewhere(text, uncued, spans, taken, starts, ends, words))
    if doubtful - confirmed:
        spans = [s for s in spans if s.kind != "place" or s.key not in doubtful or s.key in confirmed]
    if persons:
        spans = _without_persons(spans, persons, well_known)
    cue_spans = _cue_spans(text, taken, gazetteer)
    if cue_spans:
        # (the halves of a listed compound name another span took over: "Tuz-Bel" in a list of areas)
        by_start = sorted(cue_spans, key=lambda span: span.start)
        starts = [span.start for span in by_start]
        spans = [span for span in spans if not _inside_a_longer(span, by_start, starts)]
    spans.extend(cue_spans)
    spans.extend(_hyphenated_border_spans(text, taken, gazetteer))
    spans.extend(_route_end_spans(text, taken, gazetteer))
    spans.extend(_county_spans(text, taken, gazetteer))
    spans.sort(key=lambda s: s.start)
    return spans


#: The people of a village named just before: "150 Arka| residents|".
_ITS_PEOPLE_AFTER = re.compile(r"\s+(?:residents|villagers|inhabitants|people|men|women|youths|farmers|herders|"
                               r"shepherds|families)\b")


def _cued_elsewhere(text: str, uncued: list[tuple[int, int]], spans: list[Span], taken: _Taken, starts: list[int],
                    ends: list[int], words: list[str]) -> list[Span]:
    """One sense per article: a border village named like a person or a common word ("Arka", "Maksat",
    "Kulundu") that the article places with a cue elsewhere ("the village of Arka") is that village where it
    stands bare too ("By 9 a.m. about 150 Arka residents had gathered at the orchard")."""
    placed = {span.key for span in spans if span.kind == "place"}
    more = []
    for i, n in uncued:
        key = " ".join(words[i:i + n])
        # (only as its people's village: not "the Kulundu rural administration", "the Kulundu outpost")
        if key in placed and _ITS_PEOPLE_AFTER.match(text, ends[i + n - 1]) \
                and not taken.overlaps(starts[i], ends[i + n - 1]):
            more.append(Span(starts[i], ends[i + n - 1], key, "place"))
            taken.add(starts[i], ends[i + n - 1])
    return more


def _inside_a_longer(span: Span, others: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` lies inside one of ``others`` (sorted by start) and is shorter."""
    k = bisect_right(starts, span.start) - 1
    return k >= 0 and others[k].end >= span.end and (others[k].start, others[k].end) != (span.start, span.end)


#: A town at least this large keeps its place reading even where the article
#: also uses its name after another capitalised word ("Metropolitan Atlanta").
WELL_KNOWN_POPULATION = 100_000


#: A place this large keeps its place reading though its name is also a common word and a given
#: name ("Atlanta", "Austin", "Denver"); smaller ones ("Lincoln", "Florence") need a place cue.
BIG_CITY_POPULATION = 400_000


def _is_big_city(gazetteer: Gazetteer, key: str) -> bool:
    """A place of :data:`BIG_CITY_POPULATION` people or more has this name."""
    return gazetteer.name_summary(key).max_population >= BIG_CITY_POPULATION


def _is_well_known(gazetteer: Gazetteer, key: str) -> bool:
    """The name is a country or continent, or a place (town or admin-1 unit) of 100,000 people or more.

    An admin-1 unit of few people ("Michael" on the Isle of Man, "Flores" in
    Uruguay) is not well known: its name may be a person's.
    """
    summary = gazetteer.name_summary(key)
    return not summary.kinds.isdisjoint(("country", "area")) or summary.max_population >= WELL_KNOWN_POPULATION


def _without_persons(spans: list[Span], persons: set[str], well_known: Callable[[str], bool]) -> list[Span]:
    """Drop one-word places that the same article uses as a person's surname elsewhere.

    One sense per article: after "State Rep. Jay Roberts", a later "Roberts
    said" is the same man, not a town named Roberts. Countries, admin-1 units,
    continents and large towns keep their place reading ("Georgia Brown" does
    not undo the state of Georgia, nor "Historic Dublin" the city).
    """
    return [
        span for span in spans
        if span.kind != "place" or " " in span.key or span.key not in persons or well_known(span.key)
    ]


def _longest_candidate(text: str, starts: list[int], words: list[str], i: int, limit: int) -> int:
    """How many tokens from ``i`` on (at most ``limit``) may form one name.

    Tokens after a name's first must be capitalised, or feature nouns and
    particles ("Batken region", "Isle of Man", the izofa of "Khoja-i-Alo").
    """
    n = 1
    while n < limit:
        j = i + n
        if not (text[starts[j]].isupper() or words[j] in _INNER_LOWER
                # the Tajik izofa written apart: "Khoja-i-Alo"
                or (words[j] == "i" and text[starts[j] - 1] in _HYPHENS)):
            break
        n += 1
    return n


def _is_border_place(gazetteer: Gazetteer, key: str) -> bool:
    """The name is a place of the curated border-zone table (a village of the line, a jamoat, a post)."""
    return "curated" in gazetteer.name_summary(key).kinds


#: A word of a headline in Title Case ("Dushanbe Protests Beating of Gulkhona Herders by Kyrgyz Border Guards").
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: How many words, at least, a line needs to be read as a Title Case headline.
TITLE_CASE_WORDS = 5


def _title_case_line(tokens: "_Tokens", i: int) -> bool:
    """Whether token ``i`` stands in a line whose words of four letters or more are all capitalised (a headline in
    Title Case, where a capital letter says nothing of a name)."""
    text = tokens.text
    line_start = text.rfind("\n", 0, tokens.starts[i]) + 1
    line_end = text.find("\n", tokens.starts[i])
    words = [w for w in _TITLE_WORD.findall(text, line_start, len(text) if line_end < 0 else line_end) if len(w) > 3]
    return len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _is_area_key(gazetteer: Gazetteer, key: str) -> bool:
    """The name is a country, admin-1 unit, continent or world region."""
    return not gazetteer.name_summary(key).kinds.isdisjoint(("country", "admin1", "area"))


@dataclass(frozen=True, slots=True)
class _Tokens:
    """The tokens of one article, in normalised and original form."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sentence_starts: set[int]
    cyrillic_keys: frozenset[str] = frozenset()
    russian_common: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()

    def word(self, index: int) -> str:
        return self.words[index] if 0 <= index < len(self.words) else ""

    def capitalised(self, index: int) -> bool:
        return 0 <= index < len(self.words) and self.text[self.starts[index]].isupper()


def _after_party_letter(text: str, begin: int) -> bool:
    """The name follows a US lawmaker's party letter: "D-Charleston", "R-Ohio" (a home town, no surname)."""
    return begin >= 2 and text[begin - 1] in _HYPHENS and text[begin - 2] in "DRI" \
        and (begin == 2 or not text[begin - 3].isalnum())


def _is_fragment(tokens: _Tokens, i: int, n: int, key: str,
                 pair: Callable[[str], bool] | None = None) -> bool:
    """An abbreviation ("UTC", "Us") or half of a hyphenated name ("Wal-Mart").

    Two names joined by a hyphen are two places where the other half is a
    demonym or a well-known place (``pair``): "the Washington-Moscow route",
    "Egyptian-US relations", "Fargo-Moorhead"; not "Wal-Mart", though a small Texas town is
    called Mart, nor "a slope known as Kyzyl-Dobo" (:data:`COMPOUND_NAME_PREFIXES`).
    """
    text, begin, end = tokens.text, tokens.starts[i], tokens.ends[i + n - 1]
    surface = text[begin:end]
    if n == 1 and len(surface) <= 4 and surface.isupper() and key not in CAPITAL_ABBREVIATIONS:
        return True
    if len(surface) <= 2 and not surface.isupper():
        return True  # "Us" is not the United States
    if text[end:end + 1] in _HYPHENS and text[end + 1:end + 2].isupper():
        # first half: "Wal" in "Wal-Mart"; not "Washington" in "Washington-Moscow" (nor "Kak" in "Kak-Sai", though a
        # Sai is somewhere: :data:`COMPOUND_NAME_PREFIXES`)
        return pair is None or key in COMPOUND_NAME_PREFIXES or not pair(tokens.word(i + n))
    if _after_party_letter(text, begin):
        return False  # "Rep. Wendell Gilliard, D-Charleston": a lawmaker's party and home town
    if begin >= 2 and text[begin - 1] in _HYPHENS and text[begin - 2].isalpha():
        return pair is None or tokens.word(i - 1) in COMPOUND_NAME_PREFIXES or not pair(tokens.word(i - 1))
    return False


class _Names:
    """Membership in the gazetteer's text keys or demonyms, without building a union."""

    __slots__ = ("keys", "demonyms")

    def __init__(self, keys: Container[str], demonyms: frozenset[str]) -> None:
        self.keys, self.demonyms = keys, demonyms

    def __contains__(self, word: object) -> bool:
        return word in self.keys or word in self.demonyms


def _gap_is_clause_break(tokens: _Tokens, left: int) -> bool:
    """Punctuation between token ``left`` and the next one ends a "First Last" reading."""
    if left < 0 or left + 1 >= len(tokens.words):
        return True
    gap = tokens.text[tokens.ends[left]:tokens.starts[left + 1]]
    return any(c in gap for c in _CLAUSE_BREAKS)


def _possessive_gap(tokens: _Tokens, left: int) -> bool:
    """Token ``left`` ends in a possessive ("North Carolina's Sandhills"): no "First Last" reading."""
    gap = tokens.text[tokens.ends[left]:tokens.starts[left + 1]]
    return "'" in gap or "’" in gap


def _starts_an_organisation(tokens: _Tokens, i: int, n: int) -> bool:
    """A capitalised run after the name ends in an organisation noun ("Texas Forestry Service")."""
    j = i + n
    while j < min(len(tokens.words), i + n + 5) and tokens.capitalised(j):
        if tokens.words[j] in ORGANISATION_NOUNS:
            return True
        if _gap_is_clause_break(tokens, j):
            return False
        j += 1
    return False


def _is_personal_name(
    tokens: _Tokens, i: int, n: int, names: _Names, is_area: Callable[[str], bool], key: str,
    well_known: Callable[[str], bool], border_place: Callable[[str], bool] = lambda key: False,
) -> bool:
    """A one-word match that is a first name, a surname, a speaker, or follows a title.

    A capitalised word beside another reads as "First Last" only where the
    other word is no place name ("Vladimir Putin"), unless the first is an
    English given name and the match is no well-known place: "Mary Walker",
    "Theresa Halsey", though Walker and Halsey are towns somewhere. A small
    town's name right before a reporting verb ("Hawkins said") is a speaker.
    """
    if n != 1:
        return False
    if _after_party_letter(tokens.text, tokens.starts[i]):
        return False  # "Rep. Wendell Gilliard, D-Charleston": a lawmaker's party and home town
    previous, following = tokens.word(i - 1), tokens.word(i + n)
    if previous in TITLES:
        return True  # "President Sadyr Japarov"
    if tokens.capitalised(i + 1) and not _gap_is_clause_break(tokens, i) \
            and following not in _CONTINUES_A_NAME and following not in TITLES \
            and not _starts_an_organisation(tokens, i, n) \
            and not (border_place(key) and following not in tokens.given and _title_case_line(tokens, i)) \
            and (following not in names and not is_area(key)
                 or key in tokens.given and not _possessive_gap(tokens, i) and not well_known(key)):
        return True  # a first name: "Vladimir Putin", "Emomali Rahmon", "Mary Walker"
    if following in REPORTING_VERBS and not _gap_is_clause_break(tokens, i) \
            and previous not in LOCATIVE_BEFORE and not well_known(key) \
            and not (previous in ("and", "or") and tokens.word(i - 2) in names):
        # "Hawkins said", not "from Botley, said" nor "the city of Sevierville said", nor "Residents of Arka
        # and Maksat told 24.kg" (a list of places whose residents speak)
        return True
    previous_capital = tokens.capitalised(i - 1) and tokens.starts[i - 1] not in tokens.sentence_starts
    # (a capitalised number or article is no first name: "# Three Lakkon residents detained")
    return previous_capital and not _gap_is_clause_break(tokens, i - 1) and previous not in NOT_PLACES \
        and previous not in FEATURE_NOUNS and (previous not in ORGANISATION_NOUNS or key in ORGANISATION_NOUNS) \
        and (previous not in names or (
            previous in tokens.given and not _possessive_gap(tokens, i - 1) and not well_known(key))) \
        and previous not in LOCATIVE_BEFORE and previous not in DIRECTION_WORDS  # a surname


def _place_evidence(tokens: _Tokens, i: int, names: _Names) -> bool:
    """Something near a one-word name says it is a place: a locative cue, a feature or
    organisation noun after it ("Winona police", "Lombard Historical Society"), a list of
    places ("Trenton and Monroe"), a state after a comma ("Greer, South Carolina") or an
    all-capital dateline ("XENIA —")."""
    if _has_locative_cue(tokens, i, 1):
        return True
    if has_cyrillic(tokens.text[tokens.starts[i]]) and tokens.word(i - 1) in RUSSIAN_LOCATIVE_BEFORE:
        return True  # «на окраине поселка Ким»: a Russian locative word, not a Korean surname
    following = tokens.word(i + 1)
    if following in _CONTINUES_A_NAME or following in ("and", "or") and tokens.word(i + 2) in names:
        return True
    previous = tokens.word(i - 1)
    if previous in ("and", "or") and tokens.word(i - 2) in names:
        return True
    gap_after = tokens.text[tokens.ends[i]:tokens.starts[i + 1]] if i + 1 < len(tokens.words) else ""
    if "," in gap_after and following in names:
        return True  # "Greer, South Carolina", "Newark, Heath and Pataskala"
    gap_before = tokens.text[tokens.ends[i - 1]:tokens.starts[i]] if i > 0 else ""
    if "," in gap_before and previous in names:
        return True
    surface = tokens.text[tokens.starts[i]:tokens.ends[i]]
    return surface.isupper() and len(surface) > 3


#: A surname of the region as a token's key (lower-cased, and transliterated when written in Cyrillic): «Баатырбеков»,
#: «Ниязкулова», «Рахматзода».
_SURNAME = re.compile(r"[a-zа-яё'’-]{2,}(?:ov|ev|ova|eva|ovich|evich|zoda|zade|ов|ев|ова|ева|ович|евич|зода|заде)")


#: Border towns named like a month's abbreviation (Nov, the centre of Spitamen district).
_MONTH_NAMED_TOWNS = frozenset({"nov"})
_DAY_OR_YEAR_AFTER = re.compile(r"\.?\s*\d")


def _month_named_town(tokens: _Tokens, i: int, n: int) -> bool:
    """ "the market in Nov, the centre of Spitamen district": a locative word before and no day or
    year after ("in Nov 2025", "Nov 8" are the month)."""
    return n == 1 and tokens.word(i - 1) in LOCATIVE_BEFORE \
        and not _DAY_OR_YEAR_AFTER.match(tokens.text, tokens.ends[i])


def _has_locative_cue(tokens: _Tokens, i: int, n: int) -> bool:
    """ "in X", "the village of X", "X village" ..."""
    begin, end = tokens.starts[i], tokens.ends[i + n - 1]
    before = tokens.text[max(0, begin - 40):begin]
    after = tokens.text[end:end + 45]
    return tokens.word(i - 1) in LOCATIVE_BEFORE or bool(CUE_BEFORE.search(before)) \
        or bool(CUE_AFTER.match(after))


#: A one-word name joined to another by "&" is a firm's ("Stevens & Wilkinson").
_FIRM_AFTER = re.compile(r"\s*&\s*[A-Z]")
_FIRM_BEFORE = re.compile(r"[A-Za-z]\s*&\s*$")
#: A name followed by an age between commas is a person ("McDonald, 24, of Archer").
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*,")
#: ... unless a person is named before it by his home: "A resident of Andarak, 45, told 24.kg" (his age, not a person
#: called Andarak).
_HOME_OF_A_PERSON_BEFORE = re.compile(r"\b(?:residents?|natives?|villagers?|inhabitants?|citizens?|man|woman|boy|girl|"
                                      r"farmer|herder|shepherd|teacher|driver|pensioner)\s+(?:of|from)\s+$", re.I)


def _keep(
    tokens: _Tokens, key: str, kind: str, i: int, n: int, *, names: _Names, common: frozenset[str],
    is_area: Callable[[str], bool], well_known: Callable[[str], bool],
    persons: set[str] | None = None, big_city: Callable[[str], bool] | None = None,
    border_place: Callable[[str], bool] = lambda key: False, uncued: list[tuple[int, int]] | None = None,
) -> bool:
    """Filters against names that are not places in this sentence.

    A one-word name read as a person's name is added to ``persons`` (when
    given), so that the article's other bare uses of it can be dropped too.
    A border village named like a person or a common word and dropped only for
    want of a cue is added to ``uncued`` (when given), to be kept where the
    article places it with a cue elsewhere.
    """
    if kind == "country_reference":
        return True
    end = tokens.ends[i + n - 1]
    if _DOMAIN_AFTER.match(tokens.text, end):
        return False  # "Kaktus.media", "Sputnik.kg": an outlet's address, not a place
    if _FEAST_AFTER.match(tokens.text, end):
        return False  # "St. Patrick's Day", "Valentine's Day": a feast named after a saint
    surface = tokens.text[tokens.starts[i]:end]
    if has_cyrillic(surface):
        return _keep_cyrillic(tokens, key, i, n, surface)
    if key in NOT_PLACES and not (key in _MONTH_NAMED_TOWNS and _month_named_town(tokens, i, n)) \
            or _is_fragment(tokens, i, n, key, lambda word: word in names.demonyms or (
            word in names.keys and well_known(word))):
        return False
    if n == 1 and (_FIRM_AFTER.match(tokens.text, end)
                   or _FIRM_BEFORE.search(tokens.text, max(0, tokens.starts[i] - 6), tokens.starts[i])):
        return False  # "Stevens & Wilkinson", "Procter & Gamble": a firm
    if n == 1 and _AGE_AFTER.match(tokens.text, end) and not well_known(key) and not _HOME_OF_A_PERSON_BEFORE.search(
            tokens.text, max(0, tokens.starts[i] - 40), tokens.starts[i]):
        if persons is not None:
            persons.add(key)  # "McDonald, 24, of Archer": a person, here and elsewhere in the article
        return False
    if _is_personal_name(tokens, i, n, names, is_area, key, well_known, border_place):
        if persons is not None and (tokens.word(i - 1) in TITLES or tokens.word(i + 1) in REPORTING_VERBS or (
                tokens.capitalised(i - 1) and not tokens.capitalised(i + 1))):
            persons.add(key)  # a surname after a title or a first name
        return False
    if tokens.starts[i] in tokens.sentence_starts and key in common:
        return False
    if key in AMBIGUOUS_NAMES or (key in common and n == 1 and (
            key in tokens.given and not (big_city is not None and big_city(key)) or not well_known(key))):
        if _has_locative_cue(tokens, i, n) or _table_cell_beside_a_place(tokens, i, n, names) \
                or _entry_of_a_list_of_villages(tokens, i, n) or _dated_heading_place(tokens, i, n) \
                or border_place(key) and _beside_a_border_place_in_a_list(tokens, i, n, border_place):
            return True
        if uncued is not None and key in AMBIGUOUS_NAMES and border_place(key):
            uncued.append((i, n))
        return False
    return True


#: What parts two entries of a list: a comma, "and", "or".
#: (... or each entry's count after a dash: "Injured by village: Arka – 7, Maksat – 4, Kulundu – 3")
_LIST_GAP = re.compile(r"(?:\s*[–—]\s*\d[\d,.]*(?:\s+people)?)?\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _beside_a_border_place_in_a_list(tokens: _Tokens, i: int, n: int, border_place: Callable[[str], bool]) -> bool:
    """ "its border units in the areas of Eki-Tash, Chyr-Dobo, Kum-Mazar, Kulundu, Maksat, Zhany-Zher and Orto-Boz": a
    name that is also a person's (Maksat, Kulundu, Arka) is the village where it is an entry of a list next to another
    border village."""
    last = i + n - 1
    # the entry just before or after, or the one past an "and" (the gap then holds the "and")
    gaps = [(j, tokens.ends[j], tokens.starts[i]) for j in (i - 1, i - 2) if j >= 0] + [
        (j, tokens.ends[last], tokens.starts[j]) for j in (last + 1, last + 2) if j < len(tokens.words)]
    return any(_LIST_GAP.fullmatch(tokens.text, start, end) is not None and border_place(tokens.word(j))
               for j, start, end in gaps)


#: A digest's heading up to its place: "Monday, October 7 – " (a day and a date, then a dash).
_DATED_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t#*]*(?:(?i:" + WEEKDAY_NAMES + r"),?\s+)?"
                                   r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
                                   r"\s*[–—-]\s*$")


def _dated_heading_place(tokens: _Tokens, i: int, n: int) -> bool:
    """ "Monday, October 7 – Chek" over a digest's item: the name that ends a heading of a day and a date."""
    begin, end = tokens.starts[i], tokens.ends[i + n - 1]
    if tokens.text[end:end + 1] not in ("", "\n", "*", " ") or tokens.text[end:].split("\n", 1)[0].strip(" *"):
        return False
    return _DATED_HEADING_BEFORE.search(tokens.text, max(0, begin - 60), begin) is not None


#: Words before a list that say its entries are villages: "a list of villages where residential houses
#: burned", «список сёл».
_VILLAGES_BEFORE = re.compile(r"\b(?:villages|settlements|by village|by settlement|by place|сел|сёл|села|сёла|селам|сёлам|"
                              r"населённых пунктов|населенных пунктов|населенным пунктам|кишлаков)\b[^\n]*"
                              r"(?:\n+[^\n]{0,60}){0,4}\n[ \t]*$", re.I)


def _entry_of_a_list_of_villages(tokens: _Tokens, i: int, n: int) -> bool:
    """ "... a list of villages where residential houses burned ...:\n\nLeilek district, June 4\n\nMaksat - 34
    houses;": a name that opens a line with a dash and a figure, in a list that the text says is of villages."""
    line_start = list_entry_line(tokens.text, tokens.starts[i], tokens.ends[i + n - 1])
    if line_start is None:
        return False
    # the list's entries before this one, and up to a short heading and the sentence that introduces it
    return _VILLAGES_BEFORE.search(tokens.text, max(0, line_start - 600), line_start) is not None


def _table_cell_beside_a_place(tokens: _Tokens, i: int, n: int, names: _Names) -> bool:
    """ "| Arka | Leilek | 2 | 7 |": a table cell holding only the name, next to a cell with a place."""
    begin, end = tokens.starts[i], tokens.ends[i + n - 1]
    line_start = tokens.text.rfind("\n", 0, begin) + 1
    line_end = tokens.text.find("\n", end)
    line = tokens.text[line_start:len(tokens.text) if line_end < 0 else line_end]
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    own = tokens.text[begin:end]
    if len(cells) < 2 or own not in cells:
        return False
    k = cells.index(own)
    beside = [cells[j] for j in (k - 1, k + 1) if 0 <= j < len(cells)]
    return any(name_key(cell) in names for cell in beside if cell and not cell[0].isdigit())


def _county_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> list[Span]:
    """ "Anderson County" where the bare name is not matched in text (a surname, a common word).

    The span covers the suffix, as annotated corpora mark it; it resolves to
    the places named like it (the county seat often shares the name) or stays
    an unresolved cue.
    """
    spans: list[Span] = []
    if "County" not in text and "Parish" not in text:
        return spans  # cheap test first
    for match in _COUNTY.finditer(text):
        start, end = match.span()
        key = name_key(match.group(1))
        if taken.overlaps(start, end) or key in NOT_PLACES:
            continue
        if gazetteer.places_by_key(key):
            spans.append(Span(start, end, key, "place", expect_region=True))
        else:
            spans.append(Span(start, end, key, "cue", cue="… County"))
        taken.add(start, end)
    return spans


def _county_list_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """The bare names of a list of counties ("Clarke and Oconee counties"), keyed as counties.

    Each name becomes a span of its own (as annotated corpora mark them) whose
    key is the county's full name ("oconee county"), so it resolves among
    counties only; a name that is no county of the gazetteer is left to the
    other rules. A two-word item whose first word is no part of the county
    ("In Barrow") is tried by its last word.
    """
    spans: list[Span] = []
    if "counties" not in text and "parishes" not in text:
        return spans  # most articles: skip the pattern
    for match in _COUNTY_LIST.finditer(text):
        suffix = "county" if match.group(2) == "counties" else "parish"
        names, offset = match.group(1), match.start(1)
        position = 0
        items = []
        for separator in _LIST_SEPARATOR.finditer(names):
            items.append((position, separator.start()))
            position = separator.end()
        items.append((position, len(names)))
        for start, end in items:
            name = names[start:end]
            key = f"{name_key(name)} {suffix}"
            if not gazetteer.places_by_key(key) and " " in name and not name.startswith("St. "):
                start += name.index(" ") + 1
                key = f"{name_key(names[start:end])} {suffix}"
            if gazetteer.places_by_key(key):
                spans.append(Span(offset + start, offset + end, key, "place", expect_region=True))
    return spans


def _keep_cyrillic(tokens: _Tokens, key: str, i: int, n: int, surface: str) -> bool:
    """Filters for a name written in Cyrillic: a known Cyrillic name, not a common Russian word.

    Only keys of names written in Cyrillic (``Gazetteer.cyrillic_keys``) count,
    so "Все" does not reach a transliterated alternate name of Viseu; a
    one-word match that is a frequent Russian word needs a locative word before it.
    """
    if key not in tokens.cyrillic_keys:
        return False
    if n == 1 and len(surface) <= 4 and surface.isupper():
        return False  # ГКНБ, МИД, КР
    text, begin, end = tokens.text, tokens.starts[i], tokens.ends[i + n - 1]
    if text[end:end + 1] in _HYPHENS and text[end + 1:end + 2].isupper() \
            or begin >= 2 and text[begin - 1] in _HYPHENS and text[begin - 2].isalpha():
        return False  # half of a longer hyphenated name: «Кара» in «Кара-Джилга»
    if n == 1 and (key in tokens.russian_common or key in RUSSIAN_NAMES_NEEDING_A_CUE):
        # ... or the last of a list of villages: «по селам Кара-Бак и Чек»
        return tokens.word(i - 1) in RUSSIAN_LOCATIVE_BEFORE or tokens.word(i - 1) == "i" and any(
            tokens.word(j) in RUSSIAN_VILLAGES_BEFORE for j in range(i - 5, i - 1))
    # «младший сержант внутренних войск Манас Баатырбеков»: a first name before a surname
    return not (n == 1 and _SURNAME.fullmatch(tokens.word(i + 1)) and tokens.capitalised(i + 1)
                and text[end:tokens.starts[i + 1]].strip() == "" and tokens.word(i - 1) not in RUSSIAN_LOCATIVE_BEFORE)


#: A street or road named by capitalised words and its type ("Main Street", "Old Lexington Highway",
#: "Wichita Drive", "a bakery on Istiqlol street"): a toponym as annotated corpora mark it, with no gazetteer
#: entry ("road" only capitalised: "the Isfara road" names the town).
_STREET = re.compile(
    r"\b((?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:[ -][A-Z][a-z]+){0,2}) "
    r"(?:Street|Drive|Road|Avenue|Boulevard|Lane|Highway|street|avenue|boulevard)\b")
_STREET_WORDS = ("Street", "Drive", "Road", "Avenue", "Boulevard", "Lane", "Highway", "street", "avenue", "boulevard")


def _street_spans(text: str, taken: _Taken) -> list[Span]:
    """Named streets and roads, kept whole as unresolved ``cue`` spans ("… Street").

    The name is no place of its own ("Washington Drive" is not Washington), and
    the street has no point in the gazetteer.
    """
    if not any(word in text for word in _STREET_WORDS):
        return []  # cheap test first
    spans = []
    for match in _STREET.finditer(text):
        start, end = match.span()
        first = name_key(match.group(1).split()[0])
        if first in NOT_PLACES or taken.overlaps(start, end):
            continue  # "The Road", "This Street"
        suffix = text[match.end(1):end].strip()
        spans.append(Span(start, end, name_key(text[start:end]), "cue", cue=f"… {suffix}"))
    return spans


#: ``loose_key`` memoised: the same hyphenated words recur across a batch of articles.
_cached_loose_key = lru_cache(maxsize=8192)(loose_key)


def _border_key(gazetteer: Gazetteer, name: str) -> str | None:
    """The key of the one curated border-zone place ``name`` spells loosely ("Khojai-Aalo"), if any."""
    return gazetteer.border_loose_keys.get(_cached_loose_key(name))


#: A capitalised hyphenated name ("Khojai-Aalo", "Kok-Tosh"): in this region a place name as a rule.
#: Latin script only: Cyrillic names come in case forms the table's own names generate, which a loose
#: key of an inflected word would not meet.
_HYPHENATED_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)+(?![\w-])")


def _hyphenated_border_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> list[Span]:
    """Hyphenated names nothing else took that loosely spell a curated border-zone place."""
    if "-" not in text or not _HYPHENATED_NAME.search(text):
        return []  # cheap tests first
    spans = []
    for match in _HYPHENATED_NAME.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end):
            continue
        key = _border_key(gazetteer, match.group(0))
        if key is not None:
            spans.append(Span(start, end, key, "place"))
            taken.add(start, end)
    return spans


#: Capitalised names joined by hyphens, in either script: a route between two places ("the Maksat-Jashtyk road",
#: «автодорога Баткен-Исфана»), or one hyphenated village ("Kok-Tash").
_JOINED_NAMES = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’]*(?:-[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’]*)+(?![\w-])")
#: A capitalised word right after a name: the name goes on ("Kulundu-Ovchi| Kalacha").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ]")
#: How many hyphen-joined parts a curated place name may have ("Khojai-A'lo", "Tört-Köchö": two; "Ak-Sai": two).
MAX_NAME_PARTS = 3


def _route_end_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> list[Span]:
    """The curated border-zone places at the ends of a route written as two names joined by a hyphen, which nothing
    else took: "Maksat" and, if known, "Jashtyk" in «по автодороге Максат-Жаштык»."""
    if "-" not in text:
        return []  # cheap test first
    spans = []
    for match in _JOINED_NAMES.finditer(text):
        if taken.overlaps(match.start(), match.end()) or _NAME_GOES_ON.match(text, match.end()):
            continue  # (not "the Kulundu-Ovchi Kalacha road": a name that goes on past the hyphens)
        parts, offsets, at = match.group(0).split("-"), [], match.start()
        for part in parts:
            offsets.append((at, at + len(part)))
            at += len(part) + 1
        found, k = [], 0
        while k < len(parts):
            # the longest run of parts from here that names a curated place ("Kok-Tash" in "Kok-Tash-Vorukh")
            for size in range(min(MAX_NAME_PARTS, len(parts) - k), 0, -1):
                if size == len(parts):
                    continue  # the whole name is no place (else it would be taken)
                key = name_key("-".join(parts[k:k + size]))
                if "curated" in gazetteer.name_summary(key).kinds:
                    found.append(Span(offsets[k][0], offsets[k + size - 1][1], key, "place"))
                    k += size
                    break
            else:
                k += 1
        for span in found:
            spans.append(span)
            taken.add(span.start, span.end)
    return spans


#: A border detachment named for its district: "a post of the Isfara border detachment", «заставы Исфаринского
#: пограничного отряда», «Баткенского погранотряда».
_DETACHMENT = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+"
                         r"(?i:border[ \t]+(?:guards?['’]?[ \t]+)?|frontier[ \t]+)(?i:detachment)\b")
_RU_DETACHMENT = re.compile(r"(?<![\w-])([А-ЯЁ][\w-]*?)(?:ский|ского|скому|ским|ском)[ \t]+"
                            r"(?:пограничн\w+[ \t]+отряд\w*|погранотряд\w*)")


#: A post named by nothing but its detachment, before the detachment's name: "a post of the", "the positions of the",
#: «по позициям пограничной заставы» (not "the Kulundu frontier outpost of the", «заставы «Кулунду»»: a post with its
#: own name).
_UNNAMED_POST_BEFORE = re.compile(r"\b(?:an?|the|one)\s+(?:(?:border|frontier)\s+)?(?:posts?|outposts?|positions?|"
                                  r"section|sector|area\s+of\s+responsibility)"
                                  r"\s+of\s+(?:the\s+)?$")
#: ... or the stretch it guards: «на участке Баткенского пограничного отряда», "in the area of responsibility of the".
_RU_UNNAMED_POST_BEFORE = re.compile(r"(?<![\w-])(?:[Пп]ограничн\w+\s+)?(?:застав\w*|позици\w*|пост\w*|участк\w*|"
                                     # «на другом участке ответственности Исфаринского пограничного отряда»
                                     r"зон[аеуы])\s+(?:ответственности\s+)?$")


def _detachment_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> Iterator[Span]:
    """The district a border detachment is named for, after a post named by nothing else: the place ACLED codes an
    event at such a post (the detachment's own district, at geo-precision 2)."""
    if "etachment" in text:
        for match in _DETACHMENT.finditer(text):
            key = name_key(f"{match.group(1)} district")
            if _UNNAMED_POST_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                    and not taken.overlaps(*match.span(1)) and any(p.is_district for p in gazetteer.places_by_key(key)):
                yield Span(*match.span(1), key, "place", cue=DETACHMENT_POST_CUE)
    if "отряд" in text:
        for match in _RU_DETACHMENT.finditer(text):
            key = name_key(f"{match.group(1)}ский район")
            start, end = match.start(1), match.start(1) + len(match.group(0).split()[0])
            if _RU_UNNAMED_POST_BEFORE.search(text, max(0, start - 40), start) and not taken.overlaps(start, end) \
                    and any(p.is_district for p in gazetteer.places_by_key(key)):
                yield Span(start, end, key, "place", cue=DETACHMENT_POST_CUE)


#: A stretch of the border or a direction named by a district's adjective, which Russian writes in lower case as often
#: as not: «на баткенском участке границы», «на Лейлекском участке», «в исфаринском направлении».
_RU_SECTION = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]*?)(?:ск|цк)(?:ом|ого|ий|ое|ому|им)[ \t]+"
                         r"(?:участ(?:ок|ка|ке|ком)|направлени[еия])(?!\w)")


def _section_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> Iterator[Span]:
    """The district a stretch of the border is named for: «на баткенском участке границы» is Batken District's (the
    roles read the stretch after it)."""
    if "участ" not in text and "направлени" not in text:
        return
    for match in _RU_SECTION.finditer(text):
        start, end = match.start(1), match.start(1) + len(match.group(0).split()[0])
        key = name_key(f"{match.group(1).capitalize()}ский район")
        if not taken.overlaps(start, end) and any(p.is_district for p in gazetteer.places_by_key(key)):
            yield Span(start, end, key, "place")


def _cue_spans(text: str, taken: _Taken, gazetteer: Gazetteer) -> list[Span]:
    """Names in place cues ("the village of X", "X border post") that nothing else took.

    A name that loosely spells a curated border-zone place is that place ("the village of
    Khojai-Aalo"); any other stays an unknown name in a cue.
    """
    spans = []
    for pattern, words, bare in ((_CUE_BEFORE_NAME, _CUE_BEFORE_WORDS, False),
                                 (_CUE_AFTER_NAME, _CUE_AFTER_WORDS, False), (_RU_CUE_BEFORE_NAME, _RU_CUE_WORDS, False),
                                 (_CUE_APPOSITION, _APPOSITION_WORDS, False),
                                 (_RU_CUE_APPOSITION, _APPOSITION_WORDS, False),
                                 (_CUE_PEOPLE_OF, _PEOPLE_OF_WORDS, False),
                                 (_CUE_NEAR, _NEAR_WORDS, True), (_CUE_BETWEEN, ("between",), True),
                                 (_CUE_PEOPLE_AFTER, _PEOPLE_AFTER_WORDS, True), (_RU_CUE_NEAR, _RU_NEAR_WORDS, True),
                                 (_CUE_LIST, _LIST_WORDS, False), (_RU_CUE_LIST, _LIST_WORDS, False)):
        if not any(word in text for word in words):
            continue  # cheap test first: the cue's noun is nowhere in the text
        for match in pattern.finditer(text):
            listed = pattern in (_CUE_LIST, _RU_CUE_LIST)
            for start, end, name in _cue_names(match, text, listed):
                if (lead := _LEADING_FUNCTION_WORD.match(name)) is not None:
                    start, name = start + lead.end(), name[lead.end():]  # "In Internatsional, a smaller village"
                key = name_key(name)
                if key in gazetteer.russian_common_words:
                    continue  # «По данным ...», «Там заявили ...»
                if key in NOT_PLACES or key in NOT_VILLAGES or any(w in NOT_PLACES for w in key.split()[:1]):
                    continue
                if taken.overlaps(start, end) and not (
                        "-" in name and not any(_is_border_place(gazetteer, name_key(part)) for part in name.split("-"))
                        and taken.take_over(start, end)):
                    # (a cue's hyphenated name is one name though a far place has each half: "in the areas of Tuz-Bel,
                    # Kara-Kyrchyn and Ak-Jylga", "the village of Tuz-Bel", not a Tuz beside a Bel; but "the
                    # Isfara-Batken area" names two places of the line)
                    continue
                if listed and (key in gazetteer.common_words or key in given_names()):
                    continue  # (an entry of a list is a name, not a common word or a person's)
                if bare:
                    # (a bare name: not a common word or a person's given name; a Russian one is in the genitive,
                    # and its cue gives the nominative it is told again in)
                    if key in gazetteer.common_words or key in given_names():
                        continue
                    if has_cyrillic(name):
                        name = nominative_of_genitive(name)
                        if name_key(name) in gazetteer.russian_common_words:
                            continue
                cue = match.group(0).replace(text[start:end], "…").strip()
                border_key = _border_key(gazetteer, name)
                if bare and border_key is not None and _PEOPLE_WORD.search(match.group(0)):
                    continue  # (a curated place named only as its people's home is read as before: "two Arka
                    # residents", «житель Лаккона»)
                if border_key is None and (more := _NEXT_NAME_WORD.match(text, end)) is not None \
                        and (border_key := _border_key(gazetteer, f"{name} {more.group(1)}")) is not None:
                    end = more.end()  # «села Ҳоҷаи Аъло»: a two-word name the table spells otherwise
                spans.append(Span(start, end, border_key, "place") if border_key is not None
                             else Span(start, end, key, "cue", cue=cue, cue_name=name, bare=bare))
                taken.add(start, end)
    # a bare cue's name as written, where another cue gives that very form as the name («села Булак-Башы» ...
    # «жителей Булак-Башы»: not a genitive of «Булак-Баша»)
    given = {span.cue_name for span in spans if span.kind == "cue" and not span.bare}
    spans = [replace(span, cue_name=text[span.start:span.end])
             if span.kind == "cue" and span.bare and span.cue_name not in given and text[span.start:span.end] in given
             else span for span in spans]
    return spans + _unknown_names_again(text, spans, taken)


#: How many entries of one list are read as places (reporting lists a handful; a hostile text may list thousands).
MAX_LIST_ENTRIES = 12
#: A unit told by the villages it holds, before their list: "the rural administration, which unites the villages of
#: …", «в айыл окмоту входят села …» (a description, no scene).
_MEMBERS_BEFORE = re.compile(r"\b(?:unit(?:es|ing|ed)|includ(?:es|ing|ed)|compris(?:es|ing|ed)|consist(?:s|ing|ed) of|"
                             r"cover(?:s|ing|ed)|made up of|such as|объединя\w*|объедин[её]н\w*|вход\w*|включа\w*|"
                             r"состо\w*\s+из)\s+(?:the\s+|\w+\s+)?$", re.I)
#: The ending of a Russian adjective: a unit's, not a village's name («сел Баткенского и Лейлекского районов»).
_ADJECTIVE_END = re.compile(r"(?:ого|его|ому|ему|ых|их|ыми|ими|ском|ским|ской|ская|ское|ские|ский)$")


def _cue_names(match: re.Match[str], text: str, listed: bool) -> Iterator[tuple[int, int, str]]:
    """The names a cue's match gives: its groups, or each entry of the list its one group holds (none where an entry
    is an adjective: the list is of units)."""
    if listed:
        entries = list(_LIST_ENTRY_NAME.finditer(text, *match.span(1)))[:MAX_LIST_ENTRIES]
        if not any(_ADJECTIVE_END.search(entry.group()) for entry in entries) \
                and not _MEMBERS_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            for entry in entries:
                yield entry.start(), entry.end(), entry.group()
        return
    for group in range(1, (match.lastindex or 1) + 1):
        if match.group(group) is not None:
            yield match.start(group), match.end(group), match.group(group)


#: The capitalised word after a name in a cue, which may be the second word of a curated name.
_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’]+)")
#: A capitalised function word that opens a sentence before a name: "In Internatsional, a smaller village ...".
_LEADING_FUNCTION_WORD = re.compile(r"(?:In|At|On|From|Near|Outside|Across|And|But|The)\s+(?=[A-Z])")
#: How the cue of an unknown name told again ends.
NAMED_AGAIN = "(named again)"


def _unknown_names_again(text: str, found: list[Span], taken: _Taken) -> list[Span]:
    """Further mentions of each unknown name a cue gave, as written or in a case form: "the village of Kapchygai ...
    residents of Kapchygai", «в селе Борбордук ... жители Борбордука»; each keeps the name its cue gave.

    The case forms are those the gazetteer's own names get (:func:`geo.language.ru.inflect.case_forms`). One pass over
    the text's capitalised words, each looked up among the forms, so the cost does not grow with the number of names;
    names of several words are looked for one by one, up to :data:`MAX_MULTIWORD_NAMES` of them.
    """
    named: dict[str, Span] = {}
    for span in found:
        if span.kind == "cue" and span.cue_name:
            named.setdefault(span.cue_name, span)
    if not named:
        return []
    forms: dict[str, str] = {}  # a single-word form -> the name its cue gave
    several: list[str] = []
    for name in named:
        if " " in name:
            several.append(name)
        else:
            for form in (name, *case_forms(name, adjective_alone=True)):
                forms.setdefault(form, name)
    spans = []

    def add(start: int, end: int, name: str) -> None:
        if not taken.overlaps(start, end):
            first = named[name]
            spans.append(Span(start, end, first.key, "cue", cue=f"{first.cue} {NAMED_AGAIN}", cue_name=name,
                              bare=first.bare))
            taken.add(start, end)

    for match in _CAPITALISED_WORD.finditer(text):
        if (name := forms.get(match.group(0))) is not None:
            add(match.start(), match.end(), name)
    for name in several[:MAX_MULTIWORD_NAMES]:
        alternatives = "|".join(re.escape(form) for form in sorted((name, *case_forms(name, adjective_alone=True)),
                                                                   key=len, reverse=True))
        for match in re.finditer(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", text):
            add(match.start(), match.end(), name)
    return spans


#: How many unknown names of several words ("Kara Bulak") are looked for again in one article.
MAX_MULTIWORD_NAMES = 20
#: A capitalised word, hyphenated parts included ("Kara-Bulak", «Кара-Сеңир»).
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’]*(?:-[\w'’]+)*")
