"""The Russian number grammar: numbers tied to their head words within a clause.

A figure is a number -- digits (``136``, ``1 500``, ``2,3 тысячи``, ``136 тысяч``),
number words read by the maintained ``number-parser`` package (``двадцать
четыре``), collective numerals (``двое``, ``трое`` ... ``десятеро``) or ACLED's
vague quantities (несколько = 10, десятки = 12, сотни = 100, тысячи = 1000)
-- tied to a head (погибли, убиты, жертвами, ранены, пострадали,
эвакуированы, задержаны, повреждены дома) in the same clause, in either order:
``погибли 24 человека``, ``двое военнослужащих погибли``, ``более 100 раненых``,
``число погибших возросло до пяти``.

Never a figure: clock times (``в 07:15``), dates and years (``в 2021 году``),
ages (``45-летний``), post and school numbers (``застава №5``), distances
(``в 40 км``), money and percentages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from number_parser import parse_number

from geo.language.lazy import lazy_compile
from geo.incidents.model import RawFigure
from geo.language.folding import fold_pattern, lower_keep_length
from geo.language.numbering import is_numbering
from geo.language.ranges import lowest_of_ranges

__all__ = ["VAGUE_QUANTITIES", "COLLECTIVES", "read_figures", "word_number"]

VAGUE_QUANTITIES = {"несколько": 10, "нескольких": 10, "ряд": 10, "десятки": 12, "десятков": 12,
                    "дюжина": 12, "сотни": 100, "сотен": 100, "тысячи": 1000, "тысяч": 1000,
                    # round counts of tens: "полтора десятка раненых" (15), "два десятка" (20)
                    "десяток": 10, "десятка": 10, "полтора десятка": 15, "полутора десятков": 15, "два десятка": 20,
                    "двух десятков": 20, "три десятка": 30, "трёх десятков": 30, "трех десятков": 30}
COLLECTIVES = {"двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5,
               "пятерых": 5, "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7, "восьмеро": 8,
               "восьмерых": 8, "девятеро": 9, "девятерых": 9, "десятеро": 10, "десятерых": 10,
               "один": 1, "одна": 1, "одного": 1, "одной": 1, "одну": 1, "оба": 2, "обоих": 2,
               # «помощь оказана троим пострадавшим»
               "двоим": 2, "троим": 3, "четверым": 4, "пятерым": 5, "шестерым": 6, "семерым": 7}
#: Cardinal numerals in their case forms, each a whole word: a stem such as «ст\\w+» or «пят\\w+» would
#: also take «столкновения» or «пятницу» and swallow the number after it («в ходе столкновения двое»).
_UNIT_WORDS = (
    "один одна одно одного одной одному одним одном одну "
    "два две двух двум двумя трёх трех три трём трем тремя четыре четырёх четырех четырём четырем четырьмя "
    "пять пяти пятью шесть шести шестью семь семи семью восемь восьми восемью девять девяти девятью "
    "десять десяти десятью "
    "одиннадцат\\w+ двенадцат\\w+ тринадцат\\w+ четырнадцат\\w+ пятнадцат\\w+ шестнадцат\\w+ "
    "семнадцат\\w+ восемнадцат\\w+ девятнадцат\\w+ двадцат\\w+ тридцат\\w+ сорок сорока "
    "пят\\w*десят\\w* шест\\w*десят\\w* сем\\w*десят\\w* восем\\w*десят\\w* восьм\\w*десят\\w* девяност\\w+ "
    "сто ста стам стами стах двест\\w+ двухсот\\w* трист\\w+ трёхсот\\w* трехсот\\w* четырест\\w+ "
    "четырёхсот\\w* четырехсот\\w* пятьсот пятисот\\w* тысяч\\w*"
).split()


def _by_first_letters(words: list[str]) -> str:
    """One alternation grouped by each word's first two letters («дв(?:а|е|ух|...)»): the regex
    engine rejects most positions on two characters instead of trying every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:2], []).append(word[2:])
    # longer rests first, so «двух» is tried before «два» only where both could match
    return "(?:" + "|".join(
        f"{head}(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for head, rests in groups.items()) + ")"


_WORD = _by_first_letters(_UNIT_WORDS)
_COLLECTIVE = r"(?:" + "|".join(sorted(COLLECTIVES, key=len, reverse=True)) + r")"
_VAGUE = r"(?:" + "|".join(sorted(VAGUE_QUANTITIES, key=len, reverse=True)) + r")"
_NUMBER = lazy_compile(
    rf"(?P<digits>\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?!\d)|\d+(?:,\d+)?(?:\s*(?:тыс\.|тысяч\w*|млн))?)"
    rf"|\b(?P<collective>{_COLLECTIVE})\b"
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|\b(?P<words>{_WORD}(?:\s+{_WORD})*)\b",
    re.I,
)
#: People a figure may count. Families are not people: "37 семей эвакуированы" gives no number of people.
PERSON = (r"(?:человек\w*|люд\w*|граждан\w*|жител\w*|военнослужащ\w*|военн\w*|солдат\w*|"
          r"пограничник\w*|сельчан\w*|дет(?:ей|и)|ребён\w*|ребен\w*|женщин\w*|мужчин\w*|"
          r"мирн\w*|гражданск\w*|сотрудник\w*|бойц\w*|раненых|погибших|пострадавших|"
          r"военнослужащих|подросток\w*|школьник\w*|пастух\w*)")
_HEADS: dict[str, re.Pattern[str]] = {
    "fatalities": lazy_compile(r"\b(погиб\w*|гибел\w*|убит\w*|убил\w*|скончал\w*|жертв\w*|смерт\w*|"
                             r"числ\w* погибших|тел[ао]?)\b", re.I),
    "injured": lazy_compile(r"\b(ранен\w*|ранил\w*|пострадал\w*|пострадавш\w*|травм\w*|госпитализир\w*|избит\w*|избил\w*|"
                          r"телесн\w* повреждени\w*|"
                          # «Одного ударили прикладом, сломали ребро»
                          r"(?:ударил\w*|ударен\w*|избил\w*)\s+(?:[\w-]+\s+)?(?:приклад\w*|дубинк\w*|палк\w*|камн\w*|"
                          r"арматур\w*|кулак\w*)|"
                          # «двое жителей получили ушибы и рассечения», «порезы лица осколками стекла»
                          r"ушиб(?:ы|ами|ов)?|рассечени[яе]|порез(?:ы|ами|ов)?|перелом(?:ы|а|ов|ами)?|сотрясени[ея] мозга|"
                          r"обратил\w* за (?:медицинской )?помощью|за (?:медицинской )?помощью обратил\w*|"
                          # «в Баткенскую областную больницу доставлены шестеро»: the wounded brought to hospital
                          r"(?<=больницу )доставлен\w*|(?<=госпиталь )доставлен\w*|"
                          r"доставлен\w*(?= в (?:[\w-]+ ){0,3}(?:больниц|госпитал))|"
                          # «Двоих наших парней ... с рассечёнными головами увезли в Баткенскую областную больницу»
                          r"с (?:рассеч[её]нн|разбит|пробит)\w* (?:голов|лиц|бров)\w*)\b", re.I),
    # a medical evacuation of the wounded («эвакуировали вертолётом в Ош») is no displacement
    "displaced": lazy_compile(r"\b(?:эвакуирован\w*|эвакуировал\w*|эвакуированы|вывезен\w*|вывезли)\b"
                            r"(?!\s+(?:[\w-]+\s+){0,1}(?:вертол[её]т\w*|санави\w*|самол[её]т\w*|в больниц\w*|"
                            r"в госпитал\w*|в реанимаци\w*))|\b(?:"
                            r"переселен\w*|беженц\w*|покинул\w*|бежал\w*|"
                            # «из Кок-Таша в Баткен на девяти автобусах отправлены около 400 человек»
                            r"(?<=автобусах )отправлен\w*|отправлен\w*(?=\s+(?:на\s+[\w-]+\s+)?автобус)|"
                            # «37 человек ... были временно выведены в здание школы №3»: led to shelter
                            r"выведен\w*(?=\s+(?:в|на)\s+(?:здани\w*|школ\w*|безопасн\w*|укрыти\w*|мечет\w*))|"
                            # «около 180 жителей ... ушли к родственникам в Дароот-Коргон»
                            # ... «около 300 жителей Кулунду сами выехали на ночь к родственникам в Раззаков»
                            # ... «на время переехали к родственникам», «ушли ночевать к родственникам», «ночью
                            # увезли к родственникам»
                            r"(?:ушл\w*|уехал\w*|выехал\w*|перебрал\w*|переехал\w*|увезли|увезен\w*)\s+"
                            r"(?:на ночь\s+|ночевать\s+)?к (?:своим\s+)?родственникам|"
                            r"(?:ночевал\w*|переночевал\w*|укрыл\w*)\s+у родственников|"
                            # «Около 120 жителей прибрежной махалли остались до утра у родственников»
                            r"остал\w*\s+(?:до утра|на ночь)\s+у (?:родственников|соседей|знакомых)|"
                            # «около 150 жителей ... провели ночь на вторник у родственников в Раззакове»
                            r"провел\w*\s+ночь\s+(?:на\s+[\w-]+\s+)?у родственников|"
                            # «временно выведены 1 100 жителей» (people, not troops)
                            r"выведен\w*(?=[^.;]{0,30}\bжител)|"
                            # «412 человек из приграничной махалли временно размещены в здании школы»
                            r"временно (?:размещен\w*|размещён\w*|разместили|переселен\w*|проживают|живут)|"
                            # «На ночь около 60 жителей крайней улицы Чека разместили в здании средней школы»
                            r"(?:разместили|размещен\w*|размещён\w*)(?=\s+(?:в\s+)?(?:здани\w+\s+)?(?:[\w-]+\s+)?"
                            r"(?:школ\w*|детск\w+ сад\w*|спортзал\w*|палатк\w*|лагер\w*|у родственников)))\b", re.I),
    "missing": lazy_compile(r"\b(пропавш\w*|пропал\w* без вести|без вести)\b", re.I),
    "detained": lazy_compile(r"\b(задержан\w*|задержал\w*|арестован\w*|взят\w* в плен)\b", re.I),
    "houses_damaged": lazy_compile(r"\b(поврежден\w*|повреждён\w*|разрушен\w*|сожжен\w*|сожжён\w*|сгорел\w*)\b",
                                 re.I),
}
#: What may stand between a number and its head when they belong together: people words, adjectives.
_ADJACENT = lazy_compile(r"\s*(?:(?:человек\w*|[а-яё]+(?:ых|их|ые|ие|ой|ий|ый|ая|ов|ей|ам)|и|были|был[аио]?|"
                       r"получили|получил[аи]?)\s+){0,3}", re.I)
#: A subset told between a number and its verb: «трое|, в том числе девятилетняя девочка, |получили ранения».
_SUBSET_ASIDE = lazy_compile(r"^,\s*в том числе\s+[^,.;:]{1,60},\s*", re.I)
#: ... the same after the people's own words: «пять граждан Республики Таджикистан|, в том числе двое ...,| получили».
_SUBSET_INSIDE = lazy_compile(r",\s*в том числе\s+[^,.;:]{1,80},\s*", re.I)
_HOUSES = lazy_compile(r"\b(дом\w*|здани\w*|строени\w*|школ\w*|магазин\w*|постро\w*)\b", re.I)
_TRAP_AFTER = lazy_compile(
    # «24.kg сообщили»: an outlet's web name
    r"^(?:\.[a-z]{2,}\b|"
    # «2 миллиона сомов», «1,5 млн долларов»: money
    r"\s*(?:тыс\w*\.?|млн\.?|миллион\w*|млрд\.?|миллиард\w*)\s+(?:сом\w*|сомони|долл\w*|руб\w*|тенге|евро)|"
    # ... the lower end of a range of money: «раненым — от 100 до 300 тысяч сомов»
    r"\s*(?:до|-|–)\s*\d[\d\s]*(?:\s*(?:тыс\w*\.?|млн\.?|миллион\w*))?\s+(?:сом\w*|сомони|долл\w*|руб\w*|тенге|евро)|"
    r"\s*(?:и|,|до|-|–)\s*\d{1,3}\s*(?:лет|года)\b|\s*[-–]?\s*(?:летн\w*|лет\b|года\b|году\b|год\b|г\.|км\b|километр\w*|метр\w*|м\b|мм\b|"
    r"%|процент\w*|сом\w*|сомони|долл\w*|руб\w*|час\w*|минут\w*|сутк\w*|суток\b|дн\w*|недел\w*|месяц\w*|"
    r"сем(?:ей|ьи|ьям|ья)\b|домохозяйств\w*|"
    r"гектар\w*|га\b|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]\b|июн\w*|июл\w*|август\w*|"
    r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|-?й\b|-?го\b|-?м\b))", re.I)
#: (… «тел. +996 312 …»: a telephone number)
_TRAP_BEFORE = lazy_compile(r"((?<![\w-])[А-ЯЁA-Z][а-яёa-zА-ЯЁA-Z]{0,3}-|возрасте\s+(?:от\s+)?|№\s*|номер\s*|(?:горяч\w+\s+)?лини[яиюей]\s+|телефон\w*\s+|тел\.\s*|\+\s*|застав\w*\s+(?:№\s*)?|школ\w*\s+(?:№\s*)?|в\s+|с\s+|до\s+)$", re.I)
_CLOCK = lazy_compile(r"\d{1,2}[:.]\d{2}$|^\d{1,2}[:.]\d{2}")
#: «где проживают около 9 тысяч человек», «с населением 12 тысяч»: a place's population, no count.
_POPULATION_BEFORE = lazy_compile(r"\b(?:прожива\w*|живут|живёт|живет|насчитыва\w*|населени\w*|численност\w*)"
                                r"(?:\s+(?:около|более|свыше|примерно|порядка|почти|до))?\s+$", re.I)
# («Двое жителей села Тогуз-Булак в Баткенской области получили ранения»: a region qualifies the village;
# «Человек двадцать ночевали в мечети, остальные уехали»: the rest are other people)
_STOP_BETWEEN = lazy_compile(r"[;:()\[\]]|\bзаявил\w*|\bсообщил\w*|\bостальн\w*|\bв\s+(?:результате\s+)?(?-i:(?=[А-ЯЁ]))"
                           r"(?![А-ЯЁ][\w-]+(?:ской|ском)\s+(?:области|районе|район))", re.I)
_ADDITIVE = lazy_compile(r"\b(ещё|еще|также|(?<!у них )(?<!у нас )тоже|кроме того|дополнительно|других|другие)\b[^.;]{0,25}$", re.I)
_ONE = lazy_compile(r"од(?:ин|на|но|ного|ной|ну|ним|ном)", re.I)
#: People words and adjectives between a number and a head that follows it.
_OWN_HEAD_GAP = lazy_compile(rf"\s*(?:(?:{PERSON}|[а-яё-]+(?:ых|их|ые|ие|ой|ий|ый|ая|ов|ей|ам|ок|ка)|и|были|был[аио]?|"
                           r"получили|получил[аи]?|с обеих сторон|с каждой стороны|из них|в том числе)\s+){0,4}", re.I)
#: Things, not people, right after a number ("42 дома", "три здания"); houses_damaged reads them itself.
#: («около 350 жителей трёх крайних улиц ночью вывезли»: the streets of the 350, not three people).
_COUNTS_THINGS = lazy_compile(r"\s+(?:(?:жил\w*|частн\w*|многоквартирн\w*|приграничн\w*|соседн\w*|крайн\w*|верхн\w*|"
                            # ... «Кроме 14 погибших животных»: the dead were animals
                            r"нижн\w*|погибш\w*|павш\w*|убит\w*|раненых)\s+)?"
                            r"(?:дом(?:а|ов|ах|ам|ами)?|здани\w*|строени\w*|улиц\w*|квартал\w*|махал\w*|двор\w*|сара[йея]\w*|"
                            # «пострадали в двух инцидентах»: counts of events, not of people
                            r"инцидент\w*|случа[ея]\w*|эпизод\w*|"
                            r"магазин\w*|автомобил\w*|машин\w*|автомашин\w*|грузовик\w*|голов\w*|гектар\w*|овц\w*|овец|баран\w*|"
                            r"лошад\w*|коров\w*|кор[оа]в|скот\w*|кур\b|коз\w*|животн\w*|"
                            # «Для размещения эвакуированных подготовлены 14 школ»
                            r"школ\w*|палат\w*|автобус\w*|пункт\w*|"
                            # «переселение семей идет в два этапа»: stages, not people
                            r"этап\w*|стади\w*|очеред\w*|раунд\w*|"
                            # «врачи провели две операции»
                            r"операци\w*|процедур\w*|"
                            # «власти двух стран называют разное число пострадавших», «жители двух сёл»
                            r"стран\w*|государств\w*|сторон\w*|сел|сёл|сел[аоу]|район\w*|джамоат\w*|застав\w*|"
                            r"деревн\w*|кишлак\w*|"
                            # «Несколько семей с детьми уехали к родственникам»: families are no count of people
                            r"сем(?:ей|ьи|ья|ьям|ьями|ьях)|хозяйств\w*|"
                            # «пункты размещения ... на 500 мест»: a capacity
                            r"мест|мест[ао]|коек|койко-мест\w*|"
                            # «перелом двух ребер»: body parts of one person
                            r"ребер|рёбер|ребра|ребро|пальц\w*|зуб\w*|позвонк\w*|пулевых|огнестрельных|"
                            # «ему наложили шесть швов»: stitches
                            r"шв(?:а|ов)|стеж\w*)\b"
                            # «еще две неразорвавшиеся мины и одну ручную гранату, которые были вывезены»: ordnance
                            r"|\s+(?:[а-яё]+(?:ую|ые|ых|ая|ой|ый|ий|ие|ими)\s+){0,2}"
                            r"(?:гранат\w*|снаряд\w*|боеприпас\w*|мин[аыуе]?|взрывоопасн\w*\s+предмет\w*)\b", re.I)
#: Animals right after a number («две лошади», «25 овец»).
_COUNTS_ANIMALS = lazy_compile(r"\s+(?:[а-яё]+\s+)?(?:лошад\w*|коров\w*|кор[оа]в|овц\w*|овец|баран\w*|коз\w*|"
                             r"ишак\w*|осл[аоы]\w*|верблюд\w*|голов\w*|скот\w*|животн\w*)\b", re.I)
#: "One more" of the animals just counted, before its verb: «две лошади убиты, еще |одна ранена».
_ANIMAL_THEN_ONE = lazy_compile(r"(?:лошад|коров|овц|овец|баран|коз|ишак|осл|верблюд|голов|скот)\w*[^.;]{0,30}?,\s*"
                              r"(?:а\s+)?(?:ещё\s+|еще\s+)?(?:одн[аоиу]|один)\s+(?:был[аио]?\s+)?$", re.I)
#: A bare number with its verb (or the clause's end) next: «еще одна |ранена».
_NO_NOUN_AFTER = lazy_compile(r"\s*(?:$|[,.;—–-]|(?:был[аио]?\s+)?(?:ранен\w*|убит\w*|погиб\w*|пострадал\w*|"
                            r"получил\w*|пал[аио]?\b))", re.I)
#: A subset of a figure already given: "Раненых, среди которых трое детей", "в том числе один военный".
_SUBSET_BEFORE = lazy_compile(r"(?:среди\s+(?:них|которых|погибших|раненых|пострадавших)|в том числе|из них|"
                            # «Из пяти пострадавших трое госпитализированы»: a part of the count just given
                            r"из\s+(?:\d+|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|"
                            r"\w+дцати|обоих|обеих)\s+(?:[\w-]+\s+)?(?:пострадавш|ранен|раненн|погибш|задержанн|"
                            r"эвакуированн)\w*,?|"
                            r"из которых)\s+(?:[\w-]+\s+)?$", re.I)
#: "the others" after a number: «двое других», «остальные трое» start a group of their own.
_OTHERS_AFTER = lazy_compile(r"\s+(?:других|остальных|остальные)\b", re.I)
#: A number with its own predicate of release after a comma: «доставлены в больницу, двое после осмотра отпущены домой».
_RELEASED_AFTER = lazy_compile(r"(?:\s+[\w-]+){0,3}?\s+(?:отпущен\w*|выписан\w*|отправлен\w*\s+домой|вернул\w*\s+домой)",
                               re.I)
#: "ещё" inside a figure phrase: "скончался ещё один", "ранены ещё трое".
_ANOTHER = lazy_compile(r"\b(?:ещё|еще)\b", re.I)
#: The number counts people: a people word opens the gap to the verb.
_COUNTS_PEOPLE = lazy_compile(r"\s*(?:(?:кыргыз|киргиз|таджик|местн|мирн)\w*\s+)?(?:человек\w*|военнослужащ\w*|пограничник\w*|жител\w*|граждан\w*|"
                            r"солдат\w*|мирн\w*|сельчан\w*)\b", re.I)
#: Nouns naming one person, in the nominative singular.
_SINGULAR_PERSON_NOUNS = (r"(?:военнослужащий|пограничник|житель|жительница|мужчина|женщина|подросток|ребенок|"
                          r"ребёнок|мальчик|девочка|школьник|школьница|чабан|пастух|водитель|пассажир|тракторист|"
                          r"солдат|сержант|рядовой|офицер|фермер|гражданин|гражданка|сторож|охранник|учитель|учительница|рабочий)")
#: Verbs and verb phrases in the singular: one person when no number is attached.
_SINGULAR_HEADS: dict[str, re.Pattern[str]] = {
    # «рядовой ... получил смертельное ранение», «был смертельно ранен»: a death
    "fatalities": lazy_compile(r"\b(?:погиб|погибла|скончался|скончалась|был[аи]? убит[а]?|убит|убита|"
                             # «один пастух 58 лет ... потерял свою жизнь» (a translated text)
                             r"потерял[а]? (?:свою )?жизнь|"
                             r"получил[а]? смертельное ранение|смертельное ранение получил[а]?|"
                             r"(?:был[аи]? )?смертельно ранен[а]?)\b"
                             r"(?=[^.;]{0,40}?\b(?:военнослужащ\w*|граждан\w*|житель\w*|жительниц\w*|пограничник\w*|"
                             r"солдат\w*|мужчин\w*|женщин\w*|ребён\w*|ребен\w*|подрост\w*|пастух\w*|"
                             r"водител\w*|рядов\w*|сержант\w*|офицер\w*|человек|"
                             # «погиб 12-летний мальчик»
                             r"мальчик\w*|девочк\w*|девушк\w*|юнош\w*|парен\w*|парн\w*|чабан\w*|фермер\w*|"
                             r"пенсионер\w*|школьни\w*|студент\w*)\b|\s*[.,;]|\s+[а-яё])", re.I),
    # ... «получил два огнестрельных ранения»: one man, two wounds
    "injured": lazy_compile(r"\b(?:получил[а]? (?!смертельн)(?:\w+\s+){0,2}?ранени[ея]|получил[а]? (?:\w+\s+)?травм[уы]|"
                          r"получил[а]? (?:\w+\s+)?(?:(?:ушибы?|порезы?|переломы?)\b|сотрясение мозга|"
                          # «сын, который пытался заступиться за отца, тоже получил удары»
                          r"удары\b|несколько ударов)|"
                          # «пуля попала в плечо 41-летней жительнице»: a bullet or a fragment in a limb
                          r"попал[аио]? в (?:плечо|ногу|руку|бедро|голову|грудь|живот|спину|шею|колено|ступню|кисть)|"
                          # «огнестрельное ранение получил военнослужащий»: the object first
                          # ... «огнестрельное ранение ноги получил 38-летний житель»
                          # ... «огнестрельное ранение мягких тканей левого бедра получил военнослужащий»
                          r"(?<!смертельное )ранени[ея](?: в [а-яё]+| (?:мягких тканей |[а-яё]+(?:ого|ей|ой) ){0,2}"
                          r"(?:ноги|руки|плеча|головы|груди|живота|"
                          r"спины|шеи|бедра|бедра|колена|кисти|стопы))? получил[а]?(?!\w)|травм[уы] получил[а]?(?!\w)|"
                          # «Также телесные повреждения получил житель села Максат», «получил телесные повреждения»
                          r"(?:телесные\s+)?повреждения\s+получил[а]?(?!\w)|получил[а]?\s+телесные\s+повреждения|"
                          # «Пострадал водитель, житель Ак-Сая 1986 года рождения»
                          r"пострадал[а]?(?=\s+(?:[\w-]+\s+){0,2}?(?:водител|житель|жительниц|военнослужащ|пограничник|"
                          r"чабан|пастух|мужчин|женщин|подрост|ребен|ребён|фермер|сторож)\w*)|"
                          # «Ребенок с осколочными ранениями рук и лица доставлен в больницу»: one person brought in with
                          # wounds
                          r"(?<![\w-])" + _SINGULAR_PERSON_NOUNS + r"\s+с\s+(?:[а-яё]+(?:ыми|ими)\s+)?"
                          r"(?:ранени|травм)(?:ями|ем|ой|ами)\b(?=[^.;]{0,60}?\b(?:доставлен|госпитализирован)(?:а|ный|ная)?\b)|"
                          # «47-летнего Таалайбека с переломом двух ребер ... доставили в больницу»: one person, named
                          r"(?<![\w-])\d{1,3}-летн\w+\s+[а-яё]+\s+с\s+(?:перелом|ранени|травм|сотрясени|ушиб)\w*\b"
                          r"(?=[^.;]{0,80}?\b(?:доставил\w*|доставлен\w*|госпитализир\w*))|"
                          # «23-летний пострадавший ... госпитализирован»: the one person harmed
                          r"пострадавш(?:ий|ая)(?=\s+(?:[\w-]+\s+){0,4}?(?:госпитализирован\w*|доставлен\w*))|"
                          # «напала на местного чабана и избила его»
                          # ... «его избили прикладами»: the pronoun first
                          r"избил[аи]?\s+(?:его|её|ее)\b|(?<![\w-])(?:его|её|ее)\s+(?:жестоко\s+|сильно\s+)?избил[аи]?\b|"
                          r"избил[аи]?\s+(?:(?:\d{1,3}-)?[а-яё]+(?:ого|его)\s+)?"
                          r"(?:чабана|пастуха|жителя|мужчину|водителя|фермера|подростка)\b|"
                          # «38-летнего чабана, пытавшегося остановить табун, избили прикладами»: the object first
                          # ... «одного из них, 52-летнего мужчину, избили»: one of those just told, set off by commas
                          r"(?:чабана|пастуха|жителя|мужчину|водителя|фермера|подростка|"
                          r"одного из (?:них|задержанных|чабанов|пастухов))"
                          # ... «Одного из них при задержании избили»: when it happened, between
                          r"(?:,[^.;,]{1,60},|\s+при\s+(?:задержании|аресте|допросе))?,?\s+избил[аи]?\b|"
                          # ... «избили одного из них»: the verb first
                          r"избил[аи]?\s+одного из (?:них|задержанных|чабанов|пастухов)\b|"
                          # «снайпер с сопредельной стороны ранил военнослужащего контрактной службы»
                          r"ранил[аи]?\s+(?:[\w-]+(?:ого|его|ую|юю)\s+){0,2}(?:военнослужащего|пограничника|солдата|"
                          r"сержанта|рядового|чабана|пастуха|жителя|жительницу|мужчину|женщину|водителя|фермера|"
                          r"подростка|ребенка|ребёнка)\b|"
                          r"был[аи]? (?<!смертельно )ранен[а]?\b|был[аи]? избит[а]?\b|(?<!смертельно )ранен[а]?(?=\s*[.;,])|"
                          # «58-летний тракторист ранен в плечо»: a wound in a limb is one person's
                          r"(?<!смертельно )ранен[а]?(?=\s+(?:(?:осколк|пул|дроб)\w*\s+)?в\s+(?:плечо|ногу|ноги|руку|руки|бедро|"
                          r"голову|грудь|живот|спину|шею|колено|ступню|кисть|лицо|ягодицу)\b)|"
                          # "ранен местный житель 1978 года рождения"
                          # ... and «ранен 54-летний житель джамоата Гульхона»
                          r"ранен[а]?(?=\s+(?:(?:\d{1,3}-)?[а-яё]+(?:ый|ий|ой|ая|яя)\s+){0,2}(?:житель\w*|жительниц\w*|"
                          r"военнослужащ\w*|пограничник\w*|граждан\w*|мужчин\w*|женщин\w*|пастух\w*|водител\w*|"
                          r"чабан\w*|сержант\w*|рядов\w*|солдат\w*|офицер\w*|фермер\w*|подрост\w*|девочк\w*|мальчик\w*|"
                          # «Ранена 41-летняя учительница»
                          r"учител\w*|учительниц\w*|школьни\w*|тракторист\w*|студент\w*|пенсионер\w*|девушк\w*|юнош\w*|"
                          r"ребен\w*|ребён\w*|сторож\w*|охранник\w*)\b))",
                          re.I),
}
#: The heads folded (:func:`~geo.language.folding.fold_pattern`) to scan the lower-cased clause.
_FOLDED_HEADS = {measure: fold_pattern(pattern) for measure, pattern in _HEADS.items()}
_FOLDED_SINGULAR_HEADS = {measure: fold_pattern(pattern) for measure, pattern in _SINGULAR_HEADS.items()}
#: ... and the border forces by their names: the Kyrgyz «Пограничная служба ГКНБ», the Tajik «Пограничные войска
#: ГКНБ» («погиб военнослужащий Пограничной службы ГКНБ»).
_SIDE = {"KG": lazy_compile(r"\b(кыргыз\w*|киргиз\w*|пограничн\w+\s+служб\w+\s+гкнб)|(?-i:\bКР\b)", re.I),
         "TJ": lazy_compile(r"\bтаджик\w*|\bпограничн\w+\s+войск\w*\s+гкнб|(?-i:\bРТ\b)", re.I)}
#: Explicit zeros, and the measures each covers. "Пострадавшие" are everyone harmed, the dead
#: included ("пострадавших нет" is English "no casualties"); "раненых нет" is the wounded only.
#: A source set off by commas inside a zero: «Погибших, по данным погранслужбы, нет», «Погибших,
#: подчеркнули в хукумате, нет».
_ZERO_ASIDE = (r"(?:,\s*(?:по (?:данным|словам|информации|сведениям)|как сообщ[а-яё]+|"
               # «Погибших, подчеркнули в хукумате, нет»
               r"(?:подчеркнул|сообщил|уточнил|заявил|отметил|добавил|сказал)[а-яё]*|"
               # «Эвакуация жителей Максата, где проживают около 2 300 человек, не проводилась»
               r"где|(?:в )?котор[а-яё]+)[^,.;]{0,60},)?")
#: Where no one was hurt, between the noun and «нет»: «Пострадавших в самом селе нет» (not «Других пострадавших в
#: Самаркандыке нет», besides the dead just told: the injured only, read below).
_ZERO_WHERE = r"\s+(?:в|среди|на)\s+(?:сам[а-яё]+\s+)?[а-яё-]+(?:\s+[а-яё-]+)?"
_NEGATIVES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (lazy_compile(r"\b(?:никто(?: из (?:людей|жителей|чабанов|граждан|местных жителей|военнослужащих|"
                r"пограничников|людей и военнослужащих))? не (?:пострадал|ранен|погиб и не (?:ранен|пострадал))|"
                # «Никто из военнослужащих Пограничных войск и мирных жителей не погиб и не получил ранений»
                r"никто из (?:[\w-]+\s+){1,8}?не (?:погиб|пострадал) и не (?:получил ранени\w*|(?:был )?ранен|пострадал)|"
                r"люди не пострадали|обошлось без (?:жертв|пострадавших)|"
                rf"пострадавших{_ZERO_ASIDE} нет|(?<!других )пострадавших{_ZERO_WHERE} нет|жертв нет|нет пострадавших|без жертв|жертв и пострадавших нет|"
                # «Погибших и раненых нет», «жертв и раненых нет»
                r"(?:погибших|жертв) и (?:раненых|пострадавших) (?:нет|не было)|"
                # «Пострадавших и разрушений нет», «Жертв и разрушений нет»: the damage beside the people
                r"(?:пострадавших|жертв|погибших и раненых) и (?:разрушений|повреждений|ущерба) (?:нет|не было)|"
                # «Пострадавших среди военнослужащих и жителей Ак-Сая нет», «пострадавших там нет»,
                # «Жертв не было»
                # (not «Других пострадавших в Самаркандыке нет», besides the dead just told)
                # «пострадавших с кыргызской стороны нет»
                r"(?<!других )(?:пострадавших|жертв) (?:(?:среди (?:[\w-]+\s+){1,6}|там |здесь |в [\w-]+ |с [а-яё]+ стороны |"
                r"со стороны [а-яё]+ )?не было|(?:среди (?:[\w-]+\s+){1,6}|там |здесь |в [\w-]+ |с [а-яё]+ стороны |"
                r"со стороны [а-яё]+ )нет))\b", re.I),
     ("fatalities", "injured")),
    # "Погибших с киргизской стороны нет": the side is read from the phrase
    # «Погибших в Арке нет», «Погибших не было», «Погибших среди личного состава ... и мирного населения нет»
    (lazy_compile(rf"\b(?:никто не (?:погиб|убит)|погибших{_ZERO_ASIDE} (?:с [а-яё]+ стороны |среди (?:[\w-]+\s+){{1,8}}|"
                r"со стороны [а-яё]+ |там |здесь |в (?:этот|тот) день |в [\w-]+ |"
                # «Погибших при ночном обстреле нет»
                r"(?:при|во время|в ходе|в результате) (?:[а-яё]+ ){1,2})?(?:пока |по-прежнему )?(?:нет|не было)|"
                r"нет погибших|обошлось без погибших|"
                # «Оба живы», «все трое выжили»: the hurt counted, no one dead
                r"(?:оба|обе|все(?: трое| четверо| пятеро)?)\s+(?:(?:остаются\s+|остались\s+)?живы|выжили))\b", re.I),
     ("fatalities",)),
    (lazy_compile(rf"\b(?:раненых{_ZERO_ASIDE} (?:с [а-яё]+ стороны |среди (?:[а-яё]+ ){{1,3}}|со стороны [а-яё]+ )?нет|нет раненых|"
                r"никто не получил ранени\w*|"
                # «Других пострадавших в Самаркандыке нет»: besides the dead just told, no one hurt
                r"других (?:пострадавших|раненых)(?:\s+в\s+[\w-]+)?\s+нет)\b", re.I), ("injured",)),
    # («Эвакуация жителей Кулунду, по данным Бишкека, не проводилась», «эвакуация жителей не проводится»,
    # «Эвакуации, по словам главы, не требуется»)
    (lazy_compile(rf"\b(?:эвакуаци\w*(?:\s+[\w-]+){{0,3}}{_ZERO_ASIDE}\s+не (?:проводил\w*|проводит\w*|"
                r"потребовал\w*|требу\w*|объявл\w*)|"
                # «Жители Бешкента эвакуированы не были», «Из села никого не вывозили», «Эвакуировать никого не
                # пришлось»
                r"эвакуирован\w* не был\w*|(?:никого|жителей)(?:\s+из\s+[\w-]+)?\s+не\s+(?:эвакуировал|вывозил)\w*|"
                r"эвакуировать (?:никого )?не (?:пришлось|потребовалось)|"
                # «Эвакуации не было, люди оставались в своих домах», «эвакуации нет»
                # (not «Необходимости в эвакуации не было»: people may have left of their own accord)
                r"(?<!необходимости в )(?<!нужды в )(?<!потребности в )эвакуации\s+(?:не было|нет)|"
                # «после ночной стрельбы ни одна семья село не покинула»
                r"(?:ни одна семья|никто из жителей|никто)\s+(?:[\w-]+\s+){0,2}?не\s+(?:покинул\w*|уехал\w*)|"
                # «жители Коргона, где проживают около 9 тысяч человек, не эвакуировались»
                r"жител\w*[^.;]{0,80}?\bне\s+(?:были\s+)?(?:эвакуирован\w*|эвакуировал\w*|вывезен\w*))\b", re.I),
     ("displaced",)),
)
#: A toll stated as a count that reached a number: "число погибших ... возросло до двух".
_TOLL = lazy_compile(
    # («Число жителей джамоата Сурх ..., получивших ранения в результате стрельбы ..., возросло до пяти»)
    r"\b(?:число|количество)\s+(?:(?:жител|граждан|человек|люд|военнослужащ|пограничник)\w*\b[^.;:!?]{0,80}?,\s*)?"
    r"(?P<noun>погибших|жертв|убитых|раненых|пострадавших|эвакуированных|задержанных|получивших ранени[яе])"
    r"(?:\b|(?<=[яе]))[^.;:!?]{0,140}?\b(?:возросл\w*|вырос\w*|увеличил\w*|достигл\w*|достиг|составил\w*|"
    r"составля\w*|превысил\w*|уточнен\w*\s*[—–-]\s*(?:их\s+)?)\s*(?:уже\s+)?(?:до\s+)?(?:более\s+|около\s+|свыше\s+)?", re.I)
_TOLL_MEASURE = {"погибших": "fatalities", "жертв": "fatalities", "убитых": "fatalities",
                 "раненых": "injured", "пострадавших": "injured", "эвакуированных": "displaced",
                 "задержанных": "detained", "получивших ранения": "injured", "получивших ранение": "injured"}


#: Any word a figure needs (a head, a singular verb, a zero, a toll): one search before the rest,
#: folded (:func:`~geo.language.folding.fold_pattern`) to run on the lower-cased clause, a third of
#: the time ``re.I`` takes on Cyrillic.
_ANY_CUE = fold_pattern(lazy_compile("|".join(f"(?:{p.pattern})" for p in (
    *_HEADS.values(), *_SINGULAR_HEADS.values(), *(p for p, _ in _NEGATIVES), _TOLL)), re.I))

#: The words an official writes after the digits: «2 (двое) военнослужащих», «3 (три) человека».
_SPELLED_OUT = lazy_compile(r"\s*\(([^\W\d_]+(?:[\s-][^\W\d_]+)*)\)")


@lru_cache(maxsize=4096)
def word_number(words: str) -> int | None:
    """Number words to an int: collective numerals here, the rest with ``number-parser``."""
    key = words.lower().strip()
    if key in COLLECTIVES:
        return COLLECTIVES[key]
    if key in ("тысяча", "тысячу"):
        return 1000
    value = parse_number(key, language="ru")
    return int(value) if isinstance(value, (int, float)) else None


def _digits(raw: str) -> int | None:
    match = re.match(r"([\d \u00a0]+)(?:,(\d+))?\s*(тыс\.|тысяч\w*|млн)?", raw, re.I)
    if not match:
        return None
    whole = int(re.sub(r"\D", "", match.group(1)))
    fraction = match.group(2)
    value = float(f"{whole}.{fraction}") if fraction else float(whole)
    unit = (match.group(3) or "").lower()
    if unit.startswith("тыс"):
        value *= 1000
    elif unit == "млн":
        value *= 1_000_000
    elif fraction:
        return None  # "1,5 км": a decimal without a unit of people is not a count
    return int(round(value))


#: After a withdrawn count: «не двое|, а трое».
_NOT_THIS_BUT = lazy_compile(r"\s*,\s*а\s+(?:\d+|[а-яё]+)\b", re.I)
#: A list of ages: «в возрасте 19, 27 и 44 лет», «в возрасте от 17 до 63 лет».
_AGES_LIST = lazy_compile(r"\bв\s+возрасте\s+(?:от\s+)?\d{1,3}(?:\s*(?:,|и|до|-|–)\s*\d{1,3})*\s*(?:лет|года?)\b"
                        # «Двое других — мальчики 11 и 14 лет — получили осколочные ранения»
                        r"|\b\d{1,3}(?:\s*(?:,|и|-|–)\s*\d{1,3})+\s*лет\b", re.I)


#: Before a number, a parent of that many children: «отец четверых детей», «мать троих».
_PARENT_OF = lazy_compile(r"\b(?:отец|отца|отцом|мать|матери|матерью|многодетн\w+\s+(?:отец|мать))\s+$", re.I)


def _numbers(clause: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, vague) of every number that is not a trap."""
    found = []
    spelled_end = 0
    # «трое чабанов в возрасте 19, 27 и 44 лет»: every age of the list
    ages = [m.span() for m in _AGES_LIST.finditer(clause)] if "возраст" in clause or "лет" in clause else []
    for match in _NUMBER.finditer(clause):
        start, end = match.span()
        if start < spelled_end:
            continue  # the «(один)» of «1 (один) человек»
        if ages and any(a <= start < b for a, b in ages):
            continue
        token = match.group(0)
        if _POPULATION_BEFORE.search(clause, max(0, start - 40), start) \
                or _PARENT_OF.search(clause, max(0, start - 24), start):
            continue  # (... «отец четверых детей»: his children, no count of the hurt)
        if match.group("digits"):
            if is_numbering(clause, start, end):
                continue  # «16/05/2024 — убит пограничник», «2. **Сухроб, 14 лет**, ранен в живот»
            if _CLOCK.search(clause[max(0, start - 3):end + 3]) or _TRAP_AFTER.match(clause[end:end + 30]) \
                    or _TRAP_BEFORE.search(clause[max(0, start - 12):start]):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", token):
                continue
        elif (match.group("words") or match.group("collective")) and _TRAP_AFTER.match(clause[end:end + 30]):
            continue  # (... «через двое суток»: a duration)
        if _SUBSET_BEFORE.search(clause, max(0, start - 40), start) or _SUBSET_AFTER.match(clause, end):
            continue  # a subset of a figure already counted ("троих из них перевезли в Худжанд")
        if _NOT_THIS_BUT.match(clause, end) and re.search(r"\bне\s+$", clause[max(0, start - 4):start]):
            continue  # «пострадали не двое, а трое»: the count withdrawn; the one after «а» stands
        if _ONE.fullmatch(token) and (re.search(r"\bни\s+$", clause[max(0, start - 4):start])
                                      or re.match(r"\s+из\b", clause[end:end + 4])):
            continue  # "ни одна из сторон": none; "одна из сторон": one of, not a count
        value, vague = _value(match)
        if match.group("digits") and (spelled := _SPELLED_OUT.match(clause, end)) is not None \
                and word_number(spelled.group(1)) == value:
            end = spelled_end = spelled.end()  # an official's «2 (двое) военнослужащих»: the words say the digits again
        if found and _DASH_APPOSITION_GAP.fullmatch(clause, found[-1][1], start) \
                and _DASH_APPOSITION_CLOSE.match(clause, end):
            continue  # «еще трое жителей села — двое мужчин и женщина — обратились»: who the three are
        if value is not None and value > 0:
            found.append((start, end, value, vague))
    return _from_to_ranges(lowest_of_ranges(found, clause, _RANGE), clause)


#: Between a count's number and a number inside a dash aside that tells who they are:
#: «трое| жителей села — |двое мужчин и женщина —».
_DASH_APPOSITION_GAP = lazy_compile(r"\s+(?:[а-яё-]+\s+){1,3}?[—–]\s+", re.I)
#: The rest of such an aside, to its closing dash.
_DASH_APPOSITION_CLOSE = lazy_compile(r"[^—–.;:!?]{1,80}?\s[—–]\s", re.I)


def _from_to_ranges(numbers: list[tuple[int, int, int, bool]], clause: str) -> list[tuple[int, int, int, bool]]:
    """«от трёх до четырёх граждан»: a range, its first (lower) end (not «выросло с двух до пяти», a change)."""
    if "от" not in clause:
        return numbers  # cheap test first
    return [n for k, n in enumerate(numbers)
            if not (k and _FROM_TO_END.fullmatch(clause, numbers[k - 1][1], n[0])
                    and _FROM_BEFORE.search(clause, 0, numbers[k - 1][0]))]


def _value(match: re.Match[str]) -> tuple[int | None, bool]:
    """The value of one ``_NUMBER`` match and whether it is a vague quantity."""
    token = match.group(0)
    if match.group("digits"):
        return _digits(token), False
    if match.group("collective"):
        return COLLECTIVES[token.lower()], False
    if match.group("vague"):
        return VAGUE_QUANTITIES[token.lower()], True
    return word_number(token), False


def _side_of(phrase: str) -> str | None:
    sides = [code for code, pattern in _SIDE.items() if pattern.search(phrase)]
    return sides[0] if len(sides) == 1 else None


#: An active verb of harm: who did it is its subject, counted before it in the nominative.
_ACTIVE_HEAD = re.compile(r"(?:избил|убил|ранил)(?:а|и|о)?")
#: A count in the accusative of people, the object that may open the clause: «двоих избили», «одного из них».
_ACCUSATIVE_COUNT = re.compile(r"(?:одного|одну|двоих|троих|четверых|пятерых|шестерых|семерых|восьмерых|девятерых|"
                               r"десятерых|обоих|обеих)")
#: A head in the genitive singular that only owns the people counted before it: «односельчан |пострадавшего|».
_POSSESSOR_HEAD = re.compile(r"(?:погибш|пострадавш|ранен|убит|скончавш)(?:его|ей|ого|ой)")
#: ... after a word for his people: «пятерых |односельчан |пострадавшего», «трое |родственников |погибшего».
_KIN_BEFORE_POSSESSOR = re.compile(r"\b(?:родственник|односельчан|сосед|друз|коллег|сослуживц|близких|родных|"
                                   r"член\w* семьи|дет|сыновей|дочерей|брать|сест[её]р)\w*\s+$", re.I)


def read_figures(clause: str) -> list[RawFigure]:
    """Every figure of one clause, in text order.

    Examples
    --------
    >>> [(f.measure, f.value, f.side) for f in read_figures("погибли двое кыргызских военнослужащих")]
    [('fatalities', 2, 'KG')]
    >>> [(f.measure, f.value) for f in read_figures("эвакуированы 136 тысяч жителей, более 100 раненых")]
    [('displaced', 136000), ('injured', 100)]
    >>> read_figures("в 07:15 на заставе №5, 45-летний житель, в 2021 году, в 40 км")
    []
    """
    lowered = lower_keep_length(clause)
    together = _people_together(clause, lowered)
    if not _ANY_CUE.search(lowered):
        return together  # cheap test first: most clauses name no head, zero or toll
    figures: list[RawFigure] = []
    for pattern, measures in _NEGATIVES:
        for match in pattern.finditer(clause):
            side = _side_of(match.group(0))
            before = None if side else _ZERO_SIDE_BEFORE.search(clause, max(0, match.start() - 60), match.start())
            if before is not None:
                side = _side_of(before.group(0))  # «среди таджикских граждан |пострадавших нет»
            for measure in measures:
                figures.append(RawFigure(measure, 0, False, side, match.start(), match.end(), match.group(0)))
    numbers = _numbers(clause)
    used: set[int] = set()
    toll_spans: list[tuple[int, int]] = []
    for match in _TOLL.finditer(clause):
        number = _NUMBER.match(clause, match.end())
        read = _value(number) if number else None
        if read is None or not read[0]:
            continue
        value, vague = read
        n_end = number.end()
        used.update(k for k, n in enumerate(numbers) if n[0] == number.start())
        toll_spans.append((match.start(), n_end))
        figures.append(RawFigure(_TOLL_MEASURE[match.group("noun").lower()], value, vague,
                                 _side_of(" ".join(clause[match.start():n_end].split()[:4])), match.start(), n_end,
                                 clause[match.start():n_end]))
    heads = sorted(
        ((h.start(), h.end(), measure) for measure, pattern in _FOLDED_HEADS.items() for h in pattern.finditer(lowered)),
    )
    things = {k for k, n in enumerate(numbers) if _COUNTS_THINGS.match(clause, n[1])}
    # «Две лошади убиты, еще одна ранена»: the count after a count of animals, with no noun of its own
    for k in range(1, len(numbers)):
        if k not in things and _NO_NOUN_AFTER.match(clause, numbers[k][1]) \
                and any(_COUNTS_ANIMALS.match(clause, numbers[j][1]) for j in range(k)):
            things.add(k)
    zero_spans = [(f.start, f.end) for f in figures]
    for h_start, h_end, measure in heads:
        if any(a <= h_start < b for a, b in (*toll_spans, *zero_spans)):
            # («Оба в стабильном состоянии, погибших нет»: the head of a zero counts no number before it)
            continue
        if _POSSESSOR_HEAD.fullmatch(lowered, h_start, h_end) \
                and _KIN_BEFORE_POSSESSOR.search(lowered, max(0, h_start - 30), h_start):
            continue  # «пятерых односельчан пострадавшего», «трое родственников погибшего»: his people, unhurt
        # "42 дома, пострадавшие от обстрела": a number of houses counts no people
        blocked = used | things if measure != "houses_damaged" else used
        if _ACTIVE_HEAD.fullmatch(lowered, h_start, h_end):
            # «двое граждан Таджикистана избили 45-летнего чабана»: a count in the nominative before an
            # active verb is of those who beat, not of the beaten («двоих избили» still counts)
            blocked = blocked | {k for k, n in enumerate(numbers) if n[1] <= h_start
                                 and not _ACCUSATIVE_COUNT.fullmatch(lowered, n[0], n[1])}
        best = None
        # adjacent number first: "трёх погибших", "более 100 раненых", "двое военнослужащих погибли"
        for index in range(len(numbers) - 1, -1, -1):
            n_start, n_end, value, vague = numbers[index]
            if n_end > h_start:
                continue
            # («Ещё трое, в том числе девятилетняя девочка, получили осколочные ранения»: the subset aside apart)
            between = _SUBSET_ASIDE.sub(" ", clause[n_end:h_start])
            if index not in blocked and _ADJACENT.fullmatch(between):
                best = (index, n_start, h_end)
            break
        if best is None:
            # head first: "погибли 24 человека", "ранены двое", "число погибших возросло до пяти"
            for index, (n_start, n_end, value, vague) in enumerate(numbers):
                if index in blocked or n_start < h_end:
                    continue
                if value > 1 and _SINGULAR_VERB.fullmatch(clause, h_start, h_end) and not (
                        value % 10 == 1 and value % 100 != 11 and n_start == _next_word_start(clause, h_end)):
                    # "погиб 45-летний гражданин, ещё двое ... ранены": a singular verb takes no plural (but
                    # «погиб 41 гражданин» right after it: a number ending in one agrees with the singular)
                    break
                between = _ASIDE.sub(",", clause[h_end:n_start])
                if _NEW_SUBJECT.search(between) or _SURVIVED_BY.search(between) or (
                        "," in between and (_OTHERS_AFTER.match(clause, n_end) or _RELEASED_AFTER.match(clause, n_end))):
                    # («доставлен в больницу, двое других после перевязки отпущены»: the others' own sentence)
                    # "... погиб, ещё один получил ранение": the number starts the next figure;
                    # «у погибшего остались жена и двое детей»: his family, no count of the dead
                    break
                # («вывезли из приграничного джамоата Сомониён более тысячи жителей»: where they were taken
                # from may be longer)
                limit = 70 if measure == "displaced" and between.startswith((" из ", " со ", " с ")) else 40
                if len(between) <= limit and (not _STOP_BETWEEN.search(between)
                                           # «пострадавших в Гулякандозе трое»: the place between is theirs
                                           or _PLACE_BETWEEN.fullmatch(between)) and not any(
                        p.search(between) for m, p in _HEADS.items() if m != measure) \
                        and not _has_own_head(clause, n_end):
                    if measure == "houses_damaged" and not _HOUSES.search(clause[n_end:n_end + 30]):
                        break
                    best = (index, h_start, n_end)
                break
        if best is None:
            # number first, further away: "136 тысяч жителей были эвакуированы"
            for index in range(len(numbers) - 1, -1, -1):
                n_start, n_end, value, vague = numbers[index]
                if index in blocked or n_end > h_start:
                    continue
                # «двое чабанов из Чоркуха, пасших овец на склоне ..., были задержаны»: a participle's aside
                between = _PARTICIPLE_ASIDE.sub(" ", clause[n_end:h_start])
                if "возраст" in between or "лет" in between:
                    # «трое чабанов в возрасте 19, 27 и 44 лет получили», «двое других — мальчики 11 и 14 лет —»
                    between = _AGES_LIST.sub(" ", between)
                # «двое его попутчиков, жители Самаркандека в возрасте 24, 31 и 45 лет, получили травмы»: who they
                # are, set off by commas
                between = _NOUN_ASIDE.sub(" ", between)
                # «пять граждан Республики Таджикистан, в том числе двое несовершеннолетних 2008 и 2010 годов
                # рождения, получили травмы»: a subset set off by commas
                between = _SUBSET_INSIDE.sub(" ", between)
                # a number that counts people may stand further from its verb:
                # "двое военнослужащих пограничной заставы №5 получили огнестрельные ранения"
                limit = 100 if _COUNTS_PEOPLE.match(between) else 45
                if "," in between and _NOUN_HEAD.fullmatch(clause, h_start, h_end):
                    # «пришли несколько сотен человек, тело доставили»: a noun after a comma heads its own phrase
                    break
                if len(between) <= limit and not _STOP_BETWEEN.search(between) and not any(
                        p.search(between) for m, p in _HEADS.items() if m != measure):
                    if measure == "houses_damaged" and not _HOUSES.search(between):
                        break
                    best = (index, n_start, h_end)
                break
        if best is None:
            continue
        index, start, end = best
        used.add(index)
        n_start, n_end, value, vague = numbers[index]
        if start == h_start and index + 1 < len(numbers) and index + 1 not in blocked and (
                joined := _AND_MORE_PEOPLE.match(clause, n_end)) and joined.end() == numbers[index + 1][0] \
                and _PEOPLE_AFTER.match(clause, numbers[index + 1][1]):
            # «Ранения получили двое военнослужащих и один местный житель»: one count of both groups
            used.add(index + 1)
            value += numbers[index + 1][2]
            end = numbers[index + 1][1]
        phrase = clause[start:end]
        tail = clause[end:end + 40]
        side = _side_of(phrase) or _side_of(_OPPONENT.sub(" ", re.match(r"[^,.;]*", tail).group(0)))
        if side is None and (among := _AMONG_BEFORE.search(clause, max(0, start - 60), start)):
            side = _side_of(among.group(0))  # «среди таджикских граждан пострадали «двое-трое»»
        if side is None and (loser := _LOSER.search(clause[max(0, start - 60):start])):
            side = _side_of(next(g for g in loser.groups() if g))  # "таджикская сторона потеряла «…» военнослужащих"
        if start == n_start and (one_before := _ONE_PERSON_AND.search(clause, max(0, start - 40), start)):
            # «Водитель и двое его попутчиков ... получили травмы»: the one person named before the count too
            value, start = value + 1, one_before.start(1)
            phrase = clause[start:end]
        additive = bool(_ADDITIVE.search(clause[max(0, start - 30):start + 8]) or _ANOTHER.search(phrase))
        if not vague and (one_more := _ALSO_ONE_PERSON.match(clause, end)):
            # «Ранения получили двое местных жителей — мужчина 45 лет и 17-летний юноша, — а также
            # 23-летний военнослужащий»: one more person, told after the count
            value, end = value + 1, one_more.end()
            phrase = clause[start:end]
        # «Двоих отвезли в больницу, у одного парня перелом руки, у второго ...»: one of those just counted
        described = value == 1 and clause[max(0, start - 2):start].lower() == "у "
        figures.append(RawFigure(measure, value, vague, side, start, end, phrase, additive, described=described))
    figures.extend(_singular_figures(clause, lowered, figures))
    figures.extend(_coordinated_figures(lowered, clause, figures))
    figures.extend(_second_predicate_figures(clause, figures, heads))
    for match in _THEIR_COUNT.finditer(lowered):
        # «доложил о троих раненых, по уточненным данным их двое»: the count of the people just named
        earlier = [f for f in figures if f.end <= match.start() and f.measure in ("fatalities", "injured")]
        if earlier and match.group(1) in COLLECTIVES:
            figures.append(RawFigure(earlier[-1].measure, COLLECTIVES[match.group(1)], False, earlier[-1].side,
                                     match.start(), match.end(), clause[match.start():match.end()]))
    for person in together:
        # «Оба доставлены в больницу»: the number grammar may have read the count itself; it is still theirs
        overlapping = [k for k, o in enumerate(figures) if o.start < person.end and person.start < o.end]
        if not overlapping:
            figures.append(person)
        for k in overlapping:
            if figures[k].measure == person.measure and figures[k].value == person.value:
                figures[k] = replace(figures[k], together=True)
    return sorted(figures, key=lambda f: f.start)



#: The people just told one by one, counted together: «Жизни всех троих ничего не угрожает», «Обоих
#: доставили в больницу», «оба в стабильном состоянии» ...
#: (not «с обеих сторон», «оба государства»). Both are matched in the lower-cased clause: case folding
#: of Cyrillic alternatives is slow, and this runs on every clause.
_TOGETHER = lazy_compile(r"(?<![\w-])(?<!с )(?<!со )(?<!по )(?<!между )"
                         r"(?:оба|обе|обоих|обеих|(?:все|всех)\s+(?P<count>двое|двоих|трое|троих|четверо|"
                         r"четверых|пятеро|пятерых))(?![\w-])(?!\s+(?:сторон|стран|берег|государств|правительств|"
                         r"сел|район|сосед|пограничн|погранслужб|ведомств|"
                         # «осколочные ранения обеих ног»: both of one person's limbs
                         r"ног|рук|глаз|ушей|бёдер|бедер|плеч|колен|ступн|кист))")
#: ... told of as patients (not «оба задержанных»)
_TREATED = lazy_compile(r"госпитализ|больниц|жизн\w*\s+(?:[\w-]+\s+){0,3}?не\s+угрожа|лечени|операци|ранени|"
                        r"состояни\w*\s+(?:[\w-]+\s+)?(?:удовлетвор|тяж[её]л|стабильн|средн)")


def _people_together(clause: str, lowered: str) -> list[RawFigure]:
    """«Жизни всех троих ничего не угрожает»: the injured just told one by one, as one count (``together``);
    ``lowered`` is the clause lower-cased, of the same length."""
    match = _TOGETHER.search(lowered)
    if match is None or not _TREATED.search(lowered):
        return []
    value = COLLECTIVES[match.group("count") or "оба"]
    return [RawFigure("injured", value, False, None, match.start(), match.end(), clause[match.start():match.end()],
                      together=True)]


#: «пострадавших| в Гулякандозе |трое»: one place between a head and its number.
_PLACE_BETWEEN = lazy_compile(r"\s+(?:в|во|у)\s+(?-i:[А-ЯЁ])[\w-]+\s+")
#: Just before a zero, the side it is told of: «среди таджикских граждан |пострадавших нет»,
#: «С таджикской стороны |пострадавших нет».
_ZERO_SIDE_BEFORE = lazy_compile(r"(?:\bсреди\s+(?:[\w-]+\s+){1,3}|\bс\s+[а-яё]+\s+стороны,?\s+|"
                               r"\bсо\s+стороны\s+[\w-]+,?\s+)$", re.I)
#: «среди таджикских граждан пострадали ...»: whose people a head-first figure counts, told before it.
_AMONG_BEFORE = lazy_compile(r"\bсреди\s+(?:[\w-]+\s+){0,2}?(?:граждан\w*|военнослужащ\w*|жител\w*|пограничник\w*|"
                           r"чабан\w*|мирн\w*|солдат\w*)\s+$", re.I)
#: «двое военнослужащих и ...»: a group of people, "и", then the next number of the same head.
# («ранены двое жителей села и один пограничник»: the people's village between)
# (a word in lower case: not «640 жителей Чоркуха и 215 жителей Сурха», two villages' counts)
_AND_MORE_PEOPLE = lazy_compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PERSON}(?:\s+(?-i:[а-яё][\w-]*)){{0,2}}?\s+и\s+", re.I)
#: «один местный житель»: people after that number.
_PEOPLE_AFTER = lazy_compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PERSON}", re.I)
#: "..., ещё один получил ранение": after a comma, "ещё" opens a new subject with its own verb.
_NEW_SUBJECT = lazy_compile(r",\s*(?:а\s+)?(?:ещё|еще)\s*$", re.I)
#: «у погибшего остались жена и двое детей»: the people a dead man leaves.
_SURVIVED_BY = lazy_compile(r"\bостал(?:ись|ась|ся|ось)\b", re.I)
#: "в перестрелке с таджикскими военными": the side fought against, after a head, is not the side hurt.
_OPPONENT = lazy_compile(r"\b(?:с|со стороны|против)\s+(?:[\w-]+\s+){0,1}[\w-]+"
                       # «в результате провокационных действий кыргызской стороны житель ... погиб»: who acted
                       r"|\b(?:действи[йяе]|провокаци\w*|агресси\w*|обстрел\w*|нападени\w*|огн[яеюё]м?)\s+"
                       r"(?:[\w-]+\s+)?сторон[ыой]\b"
                       # «задержаны кыргызскими пограничниками»: the agent
                       r"|\b[\w-]+(?:ими|ыми)\s+(?:[\w-]+(?:ими|ыми)\s+)?[\w-]+(?:ами|ями)\b", re.I)

#: After a count of people, one more person: «двое местных жителей — мужчина 45 лет и 17-летний юноша, — а
#: также 23-летний военнослужащий».
_ALSO_ONE_PERSON = lazy_compile(
    r"(?:\s+(?-i:[а-яё][\w-]*)){0,3}?\s*(?:[—–-][^.;—–]{1,80}[—–-]|\([^()]{1,80}\))?\s*,?\s*а\s+также\s+"
    r"(?:один\s+|одна\s+)?(?:\d{1,3}-летн(?:ий|яя)\s+)?(?:[а-яё-]+(?:ий|ый|ой|ая|яя)\s+)?"
    r"(?:военнослужащий|пограничник|житель|жительница|мужчина|женщина|подросток|ребенок|ребёнок|чабан|пастух|"
    r"водитель|солдат|сержант|рядовой|офицер|фермер)\b", re.I)

#: «по уточненным данным их двое»: a count of the people just named, with no head of its own.
_THEIR_COUNT = lazy_compile(r"\bих\s+(?:было\s+|оказалось\s+)?(двое|трое|четверо|пятеро|шестеро|семеро)\b")

#: "троих из них": part of a figure already given, unless they died ("двое из них скончались").
_SUBSET_AFTER = lazy_compile(r"\s+из\s+(?:них|которых)\b(?![^.;,]{0,30}\b(?:погиб|скончал|умер))"
                             # «состояние одного ... тяжелое, двое других пострадавших находятся в состоянии средней
                             # тяжести»: the rest, told by their condition (not «Двое других ... получили ранения»)
                             r"|\s+(?:других|остальных)\s+(?:пострадавш\w*|раненых|раненые)\s+(?:находятся|находится)\b",
                             re.I)

#: What joins the two ends of a range: «двое-трое», «два или три».
_RANGE = lazy_compile(r"\s*(?:-|\u2013|или)\s*", re.I)
#: «от трёх до четырёх»: the second end of a range opened by «от» (the first, lower end is the figure).
_FROM_TO_END = lazy_compile(r"\s+до\s+")
_FROM_BEFORE = lazy_compile(r"\bот\s+$")

#: A head verb that is only singular ("погиб", not "погибло пять человек").
# (and a participle in the singular: «Погибший — 38-летний житель Самаркандыка, отец четверых детей»)
_SINGULAR_VERB = lazy_compile(r"(?:погиб|ранен|скончался|пострадал|убит|умер|погибш(?:ий|ая)|ранен(?:ый|ая)|"
                            r"пострадавш(?:ий|ая)|убит(?:ый|ая))", re.I)

#: An attribution set off by commas between a head and its number: "травмы, по данным больницы, получили".
_ASIDE = lazy_compile(r",\s*(?:по (?:данным|словам|информации|сведениям)|как сообщил\w*|как сообщает\w*)[^,.;]{0,60},", re.I)

#: The side that lost them, before a figure: "таджикская сторона потеряла «не менее трех» …".
_LOSER = lazy_compile(r"((?:кыргыз|киргиз|таджик)\w*)\s+(?:сторон\w*|сил\w*|войск\w*|военн\w*)\s+"
                    r"(?:потерял\w*|лишил\w*|понесл\w* потери)[^.;,]{0,25}$"
                    # "со стороны Таджикистана погибли трое", "с таджикской стороны ранены двое"
                    # ... «с таджикской стороны тоже есть пострадавшие», «со стороны таджикских военнослужащих
                    # имеются двое погибших»
                    r"|\bсо?\s+(?:стороны\s+((?:кыргыз|киргиз|таджик)\w*)(?:\s+(?:военнослужащих|военных|сил|войск|"
                    r"пограничников|граждан))?|((?:кыргыз|киргиз|таджик)\w*)\s+стороны)\s*"
                    r"[«\"„]?\s*(?:(?:тоже|также|есть|были?|ещё|еще|имеются|имеется)\s+){0,3}$"
                    # «у таджикской стороны «не менее десяти погибших»»
                    # ... «у таджикской стороны, по имеющимся данным, не менее четырех погибших»
                    r"|\bу\s+((?:кыргыз|киргиз|таджик)\w*)\s+(?:стороны|сил|войск|военных)\s*(?:,[^,.;«»]{1,40},\s*)?"
                    r"[«\"„]?\s*(?:не менее|не меньше|около|более|свыше|до)?\s*$"
                    # «на таджикской стороне погиб один военнослужащий»
                    r"|\bна\s+((?:кыргыз|киргиз|таджик)\w*)\s+стороне\s*,?\s*(?:(?:тоже|также|ещё|еще|были?)\s+){0,2}$"
                    # «потери таджикской стороны составляют двое убитых»
                    # «потери киргизских военнослужащих составили "не менее трех человек убитыми"»
                    r"|\bпотер\w*\s+((?:кыргыз|киргиз|таджик)\w*)\s+(?:стороны|сил|войск|военных|военнослужащих|"
                    r"пограничников)\s+(?:составля\w*|составил\w*|—|-)\s*[«\"„]?\s*"
                    r"(?:не менее|не меньше|около|более|свыше|до)?\s*$",
                    re.I)


#: Who the people counted are, set off by commas: «, жители Самаркандека    ,» (their ages already blanked).
_NOUN_ASIDE = lazy_compile(r",\s*(?:[а-яё]+(?:ые|ие)\s+)?(?:жител\w*|уроженц\w*|граждан\w*|односельчан\w*|родственник\w*)\b"
                           r"[^,.;:()«»]{0,80},", re.I)
#: One person named just before "и" and a count, as one subject: «|Водитель и |двое его попутчиков».
_ONE_PERSON_AND = lazy_compile(r"(?:^|[\s,;—–-])(" + _SINGULAR_PERSON_NOUNS + r"\s+и\s+)$", re.I)
#: A participle's phrase set off by commas: «, пасших овец на склоне за кладбищем на окраине села,».
_PARTICIPLE_ASIDE = lazy_compile(r",\s*[а-яё]+(?:ш|щ)(?:ий|ая|ее|ие|их|им|ими|его|ей|ую)\b[^,.;:()«»]{0,80},",
                                 re.I)


def _has_own_head(clause: str, n_end: int) -> bool:
    """The number is followed by its own head: "Водитель погиб, двое пассажиров ранены"."""
    gap = _OWN_HEAD_GAP.match(clause, n_end)
    if re.search(r"(?:^|[\s,])и\s", gap.group(0)):
        # "погибли двое (человек) и ранены трое", «погиб один и получили ранения двое»: the next head
        # has its own number
        return False
    return any(p.match(clause, gap.end()) for p in _HEADS.values())


_ORDINAL_WORD = r"(втор(?:ой|ая)|трет(?:ий|ья)|четв[её]рт(?:ый|ая)|пят(?:ый|ая)|шест(?:ой|ая))"
_ORDINALS = {"вто": 2, "тре": 3, "чет": 4, "пят": 5, "шес": 6}
#: «скончался третий кыргызский пограничник», «третий военнослужащий скончался от ранений»
_ORDINAL_DEATH = lazy_compile(
    rf"\b(?:скончал\w*|умер\w*|погиб\w*)\s+{_ORDINAL_WORD}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
    rf"|\b{_ORDINAL_WORD.replace('(', '(?P<o2>', 1)}\s+(?:[\w-]+\s+){{0,3}}?(?:скончал\w*|умер\w*|погиб\w*)\b", re.I)


#: A pronoun subject just before a singular verb: «..., он получил ушибы».
_PRONOUN_SUBJECT = lazy_compile(r"(?:^|[\s,;—–-])(?:он|она)\s+(?:(?:также|тоже|ещё|еще)\s+)?$", re.I)


#: A person named by a bare noun just before a singular verb (at the clause's start or after a comma or a
#: dash): «Мальчик получил», «11-летний мальчик получил» describe one of the people counted before.
_DESCRIBED_SUBJECT = lazy_compile(
    r"(?:^|[.,;:—–]\s*)(?:\d{1,3}-летн\w+\s+)?(?:мальчик|девочк\w+|девушк\w+|женщин\w+|мужчин\w+|подрост\w+|"
    r"ребен\w+|ребён\w+|пенсионер\w*|парень|юнош\w+|сын|дочь|брат|сестра|муж|жена|отец|мать|старик|"
    r"младш\w+ сержант|сержант|рядов\w+|"
    # «Младший получил осколочные ранения ног, старший — ранение руки»: one of those just counted
    # ... «Старший из подростков получил»
    r"(?:младш(?:ий|ая)|старш(?:ий|ая)|перв(?:ый|ая)|втор(?:ой|ая))(?:\s+из\s+[а-яё]+|\s+(?:брат|сестра|сын|дочь))?|"
    # «38-летний житель села Андарак получил тяжелое ранение»: a person told by age and home
    r"(?:житель|жительница|уроженец|уроженка)\s+(?:(?:села|поселка|посёлка|города|джамоата|махалли)\s+)?[\w-]+|"
    r"водитель|пассажир\w*|чабан|пастух|фермер)"
    # ... and his age in an aside: «младший сержант, ему 21 год, |ранен в ногу»
    r"(?:,\s*(?:ему|ей)\s+\d{1,3}\s+(?:год|года|лет))?"
    # («Водитель, 38-летний житель джамоата Навгилем, |получил осколочные ранения»: the apposition's end)
    r",?\s+$", re.I)
#: How far before a singular verb (characters) the person it describes may start.
DESCRIBED_SUBJECT_CHARS = 80
#: Heads that are nouns, not verbs or participles: a number before a comma is never theirs (a verb's subject
#: or a participle's noun may be: «двум детям, пострадавшим от взрыва»).
_NOUN_HEAD = lazy_compile(r"тел[ао]?|жертв\w*", re.I)
#: A participle's aside that ends just before a verb: «, тяжело раненный при обстреле у села Ак-Татыр, |скончался».
_ASIDE_BEFORE_VERB = lazy_compile(r",\s*(?:(?:тяжело|смертельно|серь[её]зно|легко)\s+)?[а-яё]+(?:нн|вш|ш|щ)"
                                  r"(?:ый|ий|ая|ое|ие|ые|ого|его|ей|ую|ся)?\b[^,.;]{0,160},\s*$", re.I)
#: How far after a singular verb (characters) its subject may name the side.
SUBJECT_AFTER_CHARS = 70


def _next_word_start(text: str, end: int) -> int:
    """Where the next word (or number) after ``end`` starts, past spaces only."""
    while end < len(text) and text[end] in " \u00a0":
        end += 1
    return end


#: A count after a verb in the singular: numbers ending in one agree with it («погиб 41 гражданин»), not an age.
_COUNT_AFTER_SINGULAR_VERB = re.compile(r"\s+(?:более\s+|около\s+|свыше\s+|не менее\s+)?\d{1,3}(?:[ \u00a0]\d{3})*(?![\d-])")


def _singular_figures(clause: str, lowered: str, figures: list[RawFigure]) -> list[RawFigure]:
    """One person, from a verb in the singular with no number: "погиб военнослужащий", "получил ранение".

    ``lowered`` is the clause lower-cased (:func:`~geo.language.folding.lower_keep_length`).
    """
    out = []
    for measure, pattern in _FOLDED_SINGULAR_HEADS.items():
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(f.start < end and start < f.end for f in figures + out):
                continue
            if re.search(r"\bне\s+$", clause[max(0, start - 4):start]):
                continue  # "никто не погиб" is an explicit zero
            if _COUNT_AFTER_SINGULAR_VERB.match(clause, end):
                continue  # «погиб 41 гражданин», «ранен 21 человек»: a count ending in one, read as a number
            if _ANIMAL_THEN_ONE.search(clause, max(0, start - 80), start):
                continue  # «Две лошади убиты, еще одна ранена»: one more animal
            if _PRONOUN_SUBJECT.search(clause, max(0, start - 16), start) and any(
                    f.measure == measure and f.start < start for f in figures + out):
                continue  # «пострадал также один житель Кыргызстана, он получил ушибы»: the man just counted
            phrase = clause[start:end]
            # «погиб в массовой драке с гражданами Таджикистана»: the opponent is not the side of the dead
            # («погиб 20-летний рядовой Пограничных войск Таджикистана»: the subject up to the next comma)
            side = _side_of(_OPPONENT.sub(" ", re.match(r"[^,.;—]*", clause[end:end + SUBJECT_AFTER_CHARS]).group(0)))
            if side is None:
                # «Военнослужащий Пограничной службы Киргизии погиб»: the subject just before the verb
                # (... past a participle's aside: «Военнослужащий Пограничной службы ГКНБ, тяжело раненный при
                # обстреле у села Ак-Татыр в ночь на 10 мая, скончался»)
                before = clause[max(0, start - 240):start]
                before = _ASIDE_BEFORE_VERB.sub("", before) if before.rstrip().endswith(",") else before
                subject = re.search(r"[^,.;—]*$", before[-100:]).group(0)
                side = _side_of(_OPPONENT.sub(" ", subject))
            additive = bool(_ADDITIVE.search(clause[max(0, start - 30):start + 8]) or _ANOTHER.search(phrase))
            # «Мальчик получил осколочные ранения» after «двум детям, пострадавшим»: one of them described
            described = bool(_DESCRIBED_SUBJECT.search(clause, max(0, start - DESCRIBED_SUBJECT_CHARS), start))
            if not described and (noun := re.match(r"[^\W\d_]+", phrase)) is not None:
                # «16-летний подросток с травмой головы доставлен в больницу»: the head opens with its person
                # (the pattern ends with the space after the noun)
                told = _DESCRIBED_SUBJECT.search(clause, max(0, start - DESCRIBED_SUBJECT_CHARS), start + noun.end() + 1)
                described = told is not None
            if not described and re.match(r"\d{1,3}-летн", phrase):
                described = True  # «47-летнего Таалайбека с переломом ...»: a person told by age and name
            value = 1
            if measure == "fatalities" and (ordinal := _ORDINAL_DEATH.search(clause, max(0, start - 40), end + 40)) \
                    and ordinal.start() <= end and (ordinal.end() >= start):
                # «скончался третий кыргызский пограничник»: the side's toll is now three (a revision cue)
                value = _ORDINALS[(ordinal.group(1) or ordinal.group(2)).lower()[:3]]
            out.append(RawFigure(measure, value, False, side, start, end, phrase, additive, described))
    return out


#: One person named by such a noun, with up to two adjectives before it (an age among them: «47-летняя жительница»).
_ONE_PERSON_NOUN = rf"(?:(?:\d{{1,3}}-)?[а-яё-]+(?:ий|ый|ой|ая|яя)\s+){{0,2}}{_SINGULAR_PERSON_NOUNS}"
#: The nouns alone, to count them.
_SINGULAR_PERSON_NOUN = lazy_compile(rf"(?<![\w-]){_SINGULAR_PERSON_NOUNS}(?![\w-])")
#: «ранения получили военнослужащий Пограничных войск, 2005 года рождения, и житель села Муг»: people told
#: one by one after a plural verb (or before it: «пограничник и местный житель получили ранения»).
_COORDINATED_PEOPLE = {
    measure: lazy_compile(
        # (initials inside: «военнослужащий ... рядовой Н.Р., 2004 года рождения, и житель джамоата Чоркух»)
        rf"(?:(?P<verb>{verbs})\s+)?(?<![\w-])(?P<people>{_ONE_PERSON_NOUN}(?![\w-])(?:(?:[^.;:!?«»]|(?<=\b[а-яё])\.)"
        rf"{{0,90}}?(?:(?:,\s*|\s+)и|,\s*а\s+также)\s+"
        rf"{_ONE_PERSON_NOUN}(?![\w-])){{1,3}})(?(verb)|\s+(?:{verbs})(?![\w-]))")
    for measure, verbs in (
        ("fatalities", r"погибли|убиты|скончались"),
        ("injured", r"ранены|получили\s+(?:[а-яё]+\s+)?ранения|ранения\s+получили|пострадали|госпитализированы"),
    )
}


#: An item of a list of people that opens with a person noun, and the «и» that joins two such items.
_PERSON_FIRST = lazy_compile(rf"\s*{_ONE_PERSON_NOUN}(?![\w-])")
_AND_SPLIT = lazy_compile(r"(?:(?:,\s*|\s+)и|,\s*а\s+также)\s+")


#: Between a figure's verb and a second verb of the same people: «были задержаны| и |избиты».
#: (past the agent: «задержаны| кыргызскими пограничниками и |избиты»)
_AND_THEN = lazy_compile(r"(?:\s+[а-яё]+(?:ими|ыми|ами|ями)){0,3}\s+и\s+(?:затем\s+|потом\s+|жестоко\s+|сильно\s+)?",
                         re.I)


def _second_predicate_figures(clause: str, figures: list[RawFigure],
                              heads: list[tuple[int, int, str]]) -> list[RawFigure]:
    """The same people counted by a second verb joined to the first: «двое чабанов были задержаны и
    избиты» is two detained and two hurt; a measure the clause already counts there is left alone."""
    out = []
    for figure in figures:
        if not figure.value or (joined := _AND_THEN.match(clause, figure.end)) is None:
            continue
        for h_start, h_end, measure in heads:
            if h_start == joined.end() and measure != figure.measure and measure != "houses_damaged" and not any(
                    f.measure == measure and f.start < h_end and h_start < f.end for f in figures):
                out.append(RawFigure(measure, figure.value, figure.vague, figure.side, figure.start, h_end,
                                     clause[figure.start:h_end]))
    return out


def _coordinated_figures(lowered: str, clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """People told one by one with a plural verb, counted: «ранены пограничник и местный житель» is two.

    ``lowered`` is the clause lower-cased; a figure already read in the span wins.
    """
    if " и " not in lowered or len(_SINGULAR_PERSON_NOUN.findall(lowered)) < 2:
        return []  # (a cheap test first: two people named one by one, joined by «и»)
    out = []
    for measure, pattern in _COORDINATED_PEOPLE.items():
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(f.start < end and start < f.end for f in figures + out):
                continue
            # one per item that opens with a person ("пограничник, житель и женщина": 3), not per noun (a rank
            # in apposition: «военнослужащий пограничной заставы рядовой Н.Р., ... и житель джамоата»: 2)
            value = sum(max(1, sum(1 for item in part.split(",") if _PERSON_FIRST.match(item)))
                        for part in _AND_SPLIT.split(match.group("people")))
            # «таджикский военнослужащий и 47-летняя жительница Лаккона»: one side named among them is theirs
            side = _side_of(clause[match.start("people"):match.end("people")])
            out.append(RawFigure(measure, value, False, side, start, end, clause[start:end]))
    return out


#: Words after a share's number that make it no count of people: distances, durations, houses,
#: families, livestock («в 12 км от Воруха», «40 семей из Чоркуха»).
_SHARE_NOT_PEOPLE = (r"(?:км|километр\w*|метр\w*|час\w*|минут\w*|дн\w*|сут\w*|лет|год\w*|недел\w*|месяц\w*|"
                     r"дом\w*|сем\w*|домохозяйств\w*|здани\w*|голов\w*|скот\w*|машин\w*|автомобил\w*|снаряд\w*|"
                     r"мин\w*|застав\w*|пост\w*|сел\w*|процент\w*|раз\w*|тонн\w*|гектар\w*)")
#: The number of one place's share, anchored at the place: «трое погибших — жители |Самаркандыка»,
#: «один — житель |Ак-Сая», «восемь — из |Самаркандыка», «пятеро из них — в |Ворухе».
_SHARE = lazy_compile(
    r"(?:ещё\s+|еще\s+)?(?P<number>\d{1,3}(?:[\u00a0 ]\d{3})*|[а-яё]+)"
    rf"(?:(?:\s+(?!{_SHARE_NOT_PEOPLE}\b)[а-яё]+){{0,2}}?\s*(?:из\s+них\s*)?[—–-]\s*"
    r"(?:(?:жител\w*|уроженц\w*|уроженк\w*)\s+|из\s+|в\s+|во\s+)"
    # ... «пострадали 10 человек — семеро жителей |Кулунду и трое жителей |Максата»
    r"|\s+(?:жител\w*|уроженц\w*|уроженк\w*)\s+)"
    r"(?:(?:сел[аеоу]|посёлк[аеу]|поселк[аеу]|джамоат[аеу])\s+)?$",
    re.I,
)


#: Where a share's number may start: a word after a space, a comma or a bracket.
_WORD_START = lazy_compile(r"(?:^|(?<=[\s,(]))(?=\w)")
#: How far back (characters) a share's number may stand from its place.
_SHARE_REACH = 80


def read_share(before: str) -> tuple[int, int] | None:
    """The count of people a place's share gives, from the text just before the place.

    Returns the value and where its number starts in ``before``, or ``None``.
    A per-place breakdown («трое погибших — жители Самаркандыка, один — житель
    Ак-Сая») is made of such shares (:mod:`geo.incidents.breakdowns`).

    Examples
    --------
    >>> read_share("По уточненным данным на 16:00, трое погибших — жители ")
    (3, 31)
    >>> read_share("Из 11 раненых восемь — из Самаркандыка, трое — из ")
    (3, 40)
    >>> read_share("Из 11 раненых восемь — из ")
    (8, 14)
    >>> read_share("в 12 км — в ") is None
    True
    """
    # the last number that fits, word by word from the place back ("Из 11 раненых |восемь — из")
    for word in reversed(list(_WORD_START.finditer(before, max(0, len(before) - _SHARE_REACH)))):
        match = _SHARE.match(before, word.start())
        if match is None:
            continue
        number = match.group("number")
        value = int(re.sub(r"\D", "", number)) if number[0].isdigit() else word_number(number)
        if value:
            return value, match.start("number")
    return None


#: A share told after its place: «из Кок-Таша| — 3 620», «из Ак-Сая| вывезены 4 950 жителей».
_SHARE_AFTER = lazy_compile(
    r"\s*(?:[—–-]|(?:вывезен\w*|эвакуирован\w*|выехал\w*|погибл\w*|погиб\w*|ранен\w*|пострадал\w*))\s*"
    r"(?:около\s+|более\s+|свыше\s+|примерно\s+|порядка\s+|почти\s+)?"
    r"(?P<number>\d{1,3}(?:[\u00a0 ]\d{3})+|\d+|[а-яё]+)"
    rf"(?=\s*(?:[,.;)]|$|\s+(?:жител\w*|человек\w*)\b))(?!\s+{_SHARE_NOT_PEOPLE}\b)",
    re.I,
)


def read_share_after(after: str) -> tuple[int, int] | None:
    """The count of people a place's share gives, from the text just after the place.

    Returns the value and where its number ends in ``after``, or ``None``.

    Examples
    --------
    >>> read_share_after(" — 3 620, из ")
    (3620, 8)
    >>> read_share_after(" вывезены 4 950 жителей, из ")
    (4950, 15)
    >>> read_share_after(" — в 12 км") is None
    True
    """
    match = _SHARE_AFTER.match(after)
    if match is None:
        return None
    number = match.group("number")
    value = int(re.sub(r"\D", "", number)) if number[0].isdigit() else word_number(number)
    return (value, match.end("number")) if value else None
