"""Russian case forms of place names, generated for the gazetteer.

The dictionary of a morphological analyser does not know most border
villages (Ворух, Лейлек, Кок-Таш: LANGUAGES.md), so the gazetteer's own
Cyrillic names get their singular case forms by the regular declension of
their last word, and adjectival unit names ("Баткенская область",
"Лейлекский район") are declined as adjective + noun:

========================  =====================================================
ends in                   forms added (genitive, dative, instrumental, prepositional)
========================  =====================================================
hard consonant            Ворух -> Воруха, Воруху, Ворухом, Ворухе
-й                        Ак-Сай -> Ак-Сая, Ак-Саю, Ак-Саем, Ак-Сае
-ь                        both genders: -я -ю -ем -е and -и -ью
-а / -я                   Исфара -> Исфары, Исфаре, Исфару, Исфарой (-и after к г х ж ш ч щ; -ой and -ей after ж ш ч щ)
-ое -ый -ий -ая -яя       an adjective alone, asked for: Интернациональное -> Интернационального ...
-о -е -и -у -ы -ю, Latin   none (indeclinable: Кулунду, Ходжаи-Аъло)
========================  =====================================================

Examples
--------
>>> case_forms("Ворух")
['Воруха', 'Воруху', 'Ворухом', 'Ворухе']
>>> case_forms("Баткенская область")[:3]
['Баткенской области', 'Баткенскую область', 'Баткенской областью']
>>> case_forms("Торткульское водохранилище")[:2]
['Торткульского водохранилища', 'Торткульскому водохранилищу']
>>> case_forms("Западная Калача")
['Западной Калачи', 'Западной Калаче', 'Западную Калачу', 'Западной Калачой', 'Западной Калачей']
>>> case_forms("Верхний Лахш")
['Верхнего Лахша', 'Верхнему Лахшу', 'Верхним Лахшом', 'Верхнем Лахше']
"""

from __future__ import annotations

import re

from geo.gazetteer.normalize import has_cyrillic

__all__ = ["case_forms", "nominative_of_genitive"]

_SIBILANT_OR_VELAR = set("кгхжшчщ")
_SOFT_SIBILANT = set("жшчщц")
_VOWELS = set("аеёиоуыэюяөүӣӯ")
_UNIT_NOUNS = {
    "область": ["области", "областью"],
    "район": ["района", "району", "районом", "районе"],
    "округ": ["округа", "округу", "округом", "округе"],
    # neuter, declined like the masculine adjectives: «Торткульского водохранилища», «в Торткульском водохранилище»
    "водохранилище": ["водохранилища", "водохранилищу", "водохранилищем", "водохранилище"],
    "ущелье": ["ущелья", "ущелью", "ущельем", "ущелье"],
}
_ADJECTIVE = re.compile(r"^(?P<stem>.+?)(?P<ending>ая|яя|ий|ый|ой|ое)$")
#: A name that is an adjective alone, of a suffix no noun of a place ends in: «Интернациональное», «Майское»,
#: «Первомайский», «Красная».
_SUBSTANTIVE_ADJECTIVE = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё]+?(?:ск|цк|н))(?P<ending>ое|ый|ий|ой|ая|яя)$")
_ADJECTIVE_FORMS = {
    "ая": ["ой", "ую", "ою"],
    "яя": ["ей", "юю", "ею"],
    "ий": ["ого", "ому", "им", "ом"],
    "ый": ["ого", "ому", "ым", "ом"],
    "ой": ["ого", "ому", "ым", "ом"],
    "ое": ["ого", "ому", "ым", "ом"],
}


#: "<adjective> областн-" in every gender and case, for a region's bodies: its own adjective's ending, then
#: «областн-» with the same ending (feminine, masculine, neuter; the stems take «и» after к, г, х).
_REGIONAL_BODY_FORMS = [
    ("ая", "областная"), ("ой", "областной"), ("ую", "областную"),
    ("ий", "областной"), ("ого", "областного"), ("ому", "областному"), ("им", "областным"), ("ом", "областном"),
    ("ое", "областное"), ("ие", "областные"), ("их", "областных"), ("им", "областным"),
]


def _noun_forms(word: str) -> list[str]:
    lower = word.lower()
    if len(lower) < 3 or not has_cyrillic(lower[-1]):
        return []
    last, stem = lower[-1], word[:-1]
    if last in "оеиуыюэёӯӣ":
        return []
    if last == "а":
        genitive = "и" if stem[-1:].lower() in _SIBILANT_OR_VELAR else "ы"
        forms = [stem + genitive, stem + "е", stem + "у", stem + "ой"]
        if stem[-1:].lower() in _SOFT_SIBILANT:
            forms.append(stem + "ей")  # unstressed after a sibilant (Калачей beside the stressed Калачой)
        return forms
    if last == "я":
        return [stem + "и", stem + "е", stem + "ю", stem + "ей"]
    if last == "й":
        return [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if last == "ь":
        return [stem + "я", stem + "ю", stem + "ем", stem + "е", stem + "и", stem + "ью"]
    forms = [word + "а", word + "у", word + "ом", word + "е"]
    if last in _SOFT_SIBILANT:
        forms.append(word + "ем")  # unstressed ending after a sibilant (Кок-Ташем beside Кок-Ташом)
    return forms


def case_forms(name: str, *, adjective_alone: bool = False) -> list[str]:
    """Oblique case forms of a Cyrillic place name (the name itself not included).

    A compound is declined in its last part ("Кок-Таш" -> "Кок-Таша"); an
    adjective + unit noun in both words; a name without Cyrillic, or of an
    indeclinable shape, gives ``[]``. A name that is an adjective alone
    («Интернациональное») is declined as one only with ``adjective_alone``:
    the recogniser asks for it for a village a cue named, while the gazetteer's
    index does not (its world-wide names would make «Советского», «Красной»
    places).
    """
    if not has_cyrillic(name):
        return []
    words = name.split(" ")
    if len(words) == 2 and words[1].lower() in _UNIT_NOUNS:
        adjective = _ADJECTIVE.match(words[0])
        if adjective is None:
            return []
        noun = words[1].lower()
        noun_forms = _UNIT_NOUNS[noun]
        stem, ending = adjective.group("stem"), adjective.group("ending")
        adjective_forms = _ADJECTIVE_FORMS[ending]
        if noun == "область":  # feminine: gen/dat/prep, acc, instr
            pairs = [(adjective_forms[0], noun_forms[0]), (adjective_forms[1], noun),
                     (adjective_forms[0], noun_forms[1])]
        else:  # masculine: gen, dat, instr, prep
            pairs = list(zip(adjective_forms, noun_forms))
        # after к, г, х and the sibilants «ы» is spelled «и»: «Торткульским», not «Торткульскым»
        pairs = [("и" + a[1:] if a.startswith("ы") and stem[-1:].lower() in _SIBILANT_OR_VELAR else a, n)
                 for a, n in pairs]
        forms = [f"{stem}{a} {n}" for a, n in pairs]
        if noun == "область":
            # the region's bodies, named by two adjectives: «В Баткенской областной администрации», «в Баткенскую
            # областную больницу», «Баткенский областной суд» (the adjective agrees with the body's noun)
            forms += [f"{stem}{a} {o}" for a, o in _REGIONAL_BODY_FORMS]
        return list(dict.fromkeys(f for f in forms if f != name))
    if len(words) == 2 and words[0][:1].isupper() and (adjective := _ADJECTIVE.match(words[0])) is not None:
        # an adjective before its noun agrees with it: «Западная Калача» -> «Западной Калаче», «Верхний Лахш» ->
        # «Верхнего Лахша» (a feminine adjective with a noun in -а/-я, a masculine one with a consonant or -й, -ь)
        return _adjective_and_noun(adjective.group("stem"), adjective.group("ending"), words[1], name)
    if adjective_alone and len(words) == 1 and "-" not in name \
            and (adjective := _SUBSTANTIVE_ADJECTIVE.match(name)) is not None:
        # a name that is an adjective alone declines as one: «Интернациональное» -> «Интернационального»,
        # «Первомайский» -> «Первомайского»
        stem, ending = adjective.group("stem"), adjective.group("ending")
        forms = ["его", "ему", "им", "ем"] if ending == "ий" and stem[-1:].lower() == "н" \
            else _ADJECTIVE_FORMS[ending] + (["ой"] if ending == "ая" else ["ей"] if ending == "яя" else [])
        if stem[-1:].lower() in _SIBILANT_OR_VELAR:
            forms = ["и" + a[1:] if a.startswith("ы") else a for a in forms]
        return list(dict.fromkeys(stem + a for a in forms if stem + a != name))
    head, separator, last = name.rpartition("-") if "-" in words[-1] else (" ".join(words[:-1]), " ", words[-1])
    prefix = f"{head}{separator}" if head else ""
    return [prefix + form for form in _noun_forms(last)]


def _adjective_and_noun(stem: str, ending: str, noun: str, name: str) -> list[str]:
    """The oblique forms of an adjective + noun name, the two words in the same case; ``[]`` when the
    adjective's gender and the noun's shape disagree, or the noun does not decline."""
    noun_forms = _noun_forms(noun)
    last = noun[-1:].lower()
    if not noun_forms or "-" in noun:
        return []
    if ending in ("ая", "яя") and last in "ая":
        # genitive, dative/prepositional, accusative, instrumental of a noun in -а/-я
        genitive, dative, accusative, instrumental = (
            ("ей", "ей", "юю", "ей") if ending == "яя" else ("ой", "ой", "ую", "ой"))
        # (a noun after a sibilant has two instrumentals, «Калачой» and «Калачей»: the adjective's serves both)
        adjective_forms = [genitive, dative, accusative, instrumental] + [instrumental] * (len(noun_forms) - 4)
    elif ending in ("ий", "ый", "ой") and last not in "ая":
        # genitive, dative, instrumental, prepositional of a masculine noun (the first four of its forms)
        # (a soft adjective in -ний declines in -его, -ему, -им, -ем: «Верхний» -> «Верхнего»)
        adjective_forms = ["его", "ему", "им", "ем"] if ending == "ий" and stem[-1:].lower() == "н" \
            else _ADJECTIVE_FORMS[ending]
        if stem[-1:].lower() in _SIBILANT_OR_VELAR:
            adjective_forms = ["и" + a[1:] if a.startswith("ы") else a for a in adjective_forms]
        noun_forms = noun_forms[:4]
    else:
        return []
    forms = [f"{stem}{a} {n}" for a, n in zip(adjective_forms, noun_forms)]
    return list(dict.fromkeys(f for f in forms if f != name))


def nominative_of_genitive(form: str) -> str:
    """The likely nominative of a place name met in the genitive, by the regular declension read backwards.

    A name after «возле», «около», «в районе» or «жители» is in the genitive, and a village the dictionary does not
    know has no lemma to look up: «Капчыгая» -> «Капчыгай», «Равата» -> «Рават», «Искры» -> «Искра». A form of no
    genitive shape is given back as it is (indeclinable: «Ходжи-Али», «Кулунду»).

    Examples
    --------
    >>> [nominative_of_genitive(f) for f in ("Капчыгая", "Борбордука", "Искры", "Ходжи-Али", "Кулунду")]
    ['Капчыгай', 'Борбордук', 'Искра', 'Ходжи-Али', 'Кулунду']
    """
    if len(form) < 3 or not has_cyrillic(form):
        return form
    last, before = form[-1], form[-2].lower()
    if last == "я":
        return form[:-1] + ("й" if before in _VOWELS else "ь")
    if last == "а" and before not in _VOWELS:
        return form[:-1]
    if last == "ы" or last == "и" and before in _SIBILANT_OR_VELAR:
        return form[:-1] + "а"
    return form
