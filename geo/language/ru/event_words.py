"""Russian short cue words of the event builder (see :class:`geo.language.base.EventWords`)."""

from __future__ import annotations

import re

from geo.language.base import EventWords
from geo.language.lazy import lazy_compile
from geo.language.ru.numbers import UNHARMED_PARTY

__all__ = ["EVENT_WORDS"]

#: Land that people work or graze, named with the village of a scene: «на пастбище у села Кара-Шыбак».
_LAND = r"(?:пастбищ\w*|пол[еяю]|полях|оросительн\w+ канал\w*|арык\w*|сенокос\w*|джайлоо)"

EVENT_WORDS = EventWords(
    into_the_air=lazy_compile(r"\bв воздух\b|\bвверх\b", re.I),
    happened=lazy_compile(r"\b(?:произош\w*|случил\w*|имел\w* место)\b", re.I),
    died_just_before=lazy_compile(r"\b(?:скончал\w*|умер(?:ла|ли)?)\s+(?:[\w-]+\s+){0,2}?$", re.I),
    limit_day=lazy_compile(r"\b(?:к|до)\s+(?:(?:утру|вечеру|полудню|ночи)\s+)?$", re.I),
    pronoun_died_after=lazy_compile(r"\s*,?\s*(?:(?:утром|днем|днём|вечером|ночью)\s+)?"
                                    r"(?:он|она|(?:один|одна) из них)(?:\s*,[^,.;]{1,60},)?\s+"
                                    r"(?:умер|умерла|скончал\w*)\b", re.I),
    notice_before=lazy_compile(r"\b(?:уточнение|обновлено|обновление|исправление|дополнено|поправка)\b\W{0,6}(?:от\s+)?$", re.I),
    negated_day=lazy_compile(r"\bне\s+(?:в\s+|во\s+)?$", re.I),
    limit_before=lazy_compile(r"\b(?:до|к|по)\s+$", re.I),
    death_first=lazy_compile(r"(?:скончал|умер|из (?:раненых|пострадавших|госпитализированных)\b)", re.I),
    joint_statement=lazy_compile(r"\bсовместн\w*", re.I),
    relative_opening=lazy_compile(r"\s*(?:где|когда|котор\w+)\b", re.I),
    source_opening=lazy_compile(r"[\s«\"“]*по\s+(?:[\w-]+\s+)?(?:данным|сведениям|информации)\b", re.I),
    fact_check=lazy_compile(r"\bпроверк\w* фактов|\bфакт-?чек|"
                            r"\bпроверил\w* (?:эт[уио]\w* )?(?:информаци|сообщени|публикаци|видео|ролик|заявлени)\w*",
                            re.I),
    denial_headline=lazy_compile(r"\b(?:опроверг\w*|не подтвердил\w*|слух\w*|фейк\w*|ложн\w*)\b", re.I),
    withdrawn=lazy_compile(r"\b(?:это не так|это неверно|это ошибка)\b", re.I),
    result_opening=lazy_compile(r"[\s\"«“]*(?:в результате|в ходе (?:драки|потасовки|столкновени\w*))\b[,\s]", re.I),
    fight_again=lazy_compile(r"(?:после|в ходе|во время|в результате|по факту|зачинщик\w*|участник\w*)\s+(?:этой\s+)?"
                             r"(?:драки|потасовки|столкновения|стычки)", re.I),
    heavy_impact=lazy_compile(
        r"\b(?:мин[аыу]|снаряд\w*|ракет\w*|беспилотник\w*|дрон\w*|боеприпас\w*)\b[^.;]{0,60}?\b(?:попал\w*|упал\w*|"
        r"разорвал\w*|взорвал\w*|угодил\w*|ударил\w*|повредил\w*|разрушил\w*)", re.I),
    at_the_place_after=lazy_compile(r"\s*(?:[\w-]+\s+){0,2}?(?:у|в|во|около|возле|близ|под)\s+"
                                    r"(?:(?:села|селе|село|поселка|посёлка|заставы)\s+)?$", re.I),
    parent_place=lazy_compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:города|г\.|района|гор\.)\s+$", re.I),
    protest_note=lazy_compile(r"\bнот\w* протеста\b[^.;]{0,80}?\b(?:в связи с|по поводу|из-за)\b", re.I),
    land_before=lazy_compile(r"\b" + _LAND + r"\s+(?:(?:у|около|возле|близ|над)\s+)?"
                             r"(?:сел[аео]\s+|кишлак[аео]?\s+)?$", re.I),
    land_after=lazy_compile(r"\s+" + _LAND + r"\b", re.I),
    weekday_lead=lazy_compile(r"[ \t]*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
                              # ... with its day: «Вторник, 23 мая.»
                              r"(?:,\s*(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2}))?[.:][ \t]+\S", re.I),
    in_part_of_unit_before=lazy_compile(r"\b(?:на\s+(?:юге|севере|западе|востоке|юго-\w+|северо-\w+)\s+|в\s+горах\s+)$",
                                        re.I),
    unknown_village_in_before=lazy_compile(r"(?!)"),
    several_days=lazy_compile(r"\b(?:недел\w*|дн(?:я|ей)|суток|выходны\w*)\b", re.I),
    not_before=lazy_compile(r"\bа не\s+$", re.I),
    rest_of_count=lazy_compile(r"\b(?:друг\w+|остальн\w+)\b", re.I),
    rest_after=lazy_compile(r"[,;]\s*(?:а\s+|и\s+)?остальн\w+\b", re.I),
    includes_part=lazy_compile(r"\b(?:в том числе|среди них|из них|включая)\b", re.I),
    update_label=lazy_compile(r"\W*(?:обновлено|обновление|upd)\b\W{0,4}(?:в\s+)?(?:(?P<hour>\d{1,2})[:.](?P<minute>\d{2}))?\W*",
                              re.I),
    of_them=lazy_compile(r"^\s*[\w-]+\s+из\s+них\b", re.I),
    hospital_intake=lazy_compile(r"\b(?:доставлен\w*|госпитализирован\w*|доставили|госпитализировали)\b", re.I),
    bare_one=lazy_compile(r"\s*(?:один|одна)\s+(?:получил\w*|был\w*|находит\w*)\b", re.I),
    thing_relative=lazy_compile(r",\s*(?:котор(?:ый|ая|ое|ые|ого|ой|ую|ых|ом)\b)", re.I),
    former_name=lazy_compile(r"\b(?:называл\w*|переименова\w*|прежн\w+ назван\w*|носил\w* назван\w*)", re.I),
    same_body=lazy_compile(r"\b(?:то|того|том|тем) же (?:ведомств|управлени|министерств|служб|хукумат)\w*|"
                        r"\bв (?:этом |том же )?ведомстве\s+(?:сказали|сообщили|уточнили|заявили)\b|"
                        r"\b(?:ведомство|управление|министерство)\s+(?:ранее\s+)?(?:сообщало|говорило)\b", re.I),
    here=lazy_compile(r"\b(?:там|здесь|в селе|в посёлке|в поселке)\b", re.I),
    then_opening=lazy_compile(r"[\s\"«„“—–-]*(?:тогда|в то время|в тот раз)\b(?!\s+как\b)", re.I),
    part_of_told=lazy_compile(r"(?<![\w-])(?i:в|во|из) (?:одном|одной) только (?:сел[еа] )?[А-ЯЁ][\w-]+"),
    where_it_lies=lazy_compile(r",\s*где\s+[^.;,]{0,80}?\b(?:проход\w+|проляга\w+|тянет\w*|тянут\w*|граничит|"
                               r"примыка\w+|находит\w*|расположен\w*)\b[^.;,]{0,60}$", re.I),
    later_that_day=lazy_compile(r"\W*(?:днем|днём|вечером|к вечеру|позднее|позже|после обеда|во второй половине дня)\b",
                                re.I),
    party_zero=lazy_compile(rf"\s*(?:к счастью,?\s+)?{UNHARMED_PARTY}\s", re.I),
    small_arms=lazy_compile(r"\bиз\s+(?:[\w-]+\s+)?(?:стрелков\w*\s+оружи\w*|автомат\w*|пулем[её]т\w*|карабин\w*|"
                            r"винтов\w*|пистолет\w*|охотничь\w*\s+ружь\w*)", re.I),
    after_the_fight=lazy_compile(r"\bпосле\s+(?:[\w-]+\s+){0,2}?(?:перестрел|обстрел|столкновени|бо[её]в\b|стрельб|"
                                 r"вооруж[её]нн\w*\s+инцидент|конфликт)\w*"
                                 # «договорились о прекращении огня на участке границы у села Кулунду ..., где накануне
                                 # вечером произошла перестрелка»
                                 r"|,\s*где\s+(?:накануне|ранее|днем ранее|днём ранее)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:произош\w+|шл[иа]|был[аи]?|случил\w+)\s+(?:[\w-]+\s+)?(?:перестрел|обстрел|столкновени|"
                                 r"бо[ий]|стрельб)\w*", re.I),
    count_anaphor=lazy_compile(
        r"\b(?:(?:их|эта|это|данная|общая|общее)\s+(?:число|цифр[ауы]|количество)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:выросл[аои]?|вырос|увеличил\w*|возросл\w*|достигл\w*|достиг|составил\w*|составляет)(?:\s+уже)?(?:\s+до)?|"
        r"(?:уточнил\w*|обновил\w*|пересмотрел\w*)\s+(?:эту\s+)?(?:цифру|число|данные)\s*[:—–-]?)\s+"
        r"(?P<number>\d{1,3}(?:[\s\u00a0]\d{3})+|\d+|[а-яё]+)\b(?!\s*(?:%|процент|тысяч|сот|десят|миллион))", re.I),
)
