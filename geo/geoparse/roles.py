"""Roles and precision: is a mention where something happened, or only context?

A mention is an *incident location* when its sentence reports fighting,
shelling, casualties, evacuation or damage and nothing marks the place as
context. Context, checked first, in this order (the phrases come from the
article's language pack, :class:`geo.language.RoleCues`):

1. a country reference (demonym) or a whole country (an actor, or too coarse
   to map);
2. the dateline place, or a reporting location ("a reporter in Dushanbe");
3. a seat of government used for its government ("the government in Bishkek",
   "Bishkek said");
4. a destination ("evacuated to Batken", "taken to hospital in Isfara",
   "treated in Batken") or an origin ("from the direction of Khoja-Alo");
5. a diplomatic venue ("talks in Moscow", "in New York on the fringes of the
   UN General Assembly");
6. in a border story, a national capital, or a place far from the border
   (more than :data:`FAR_FROM_BORDER_KM` from the Batken-Isfara area), not
   itself named as the scene of violence.

Whether the event itself is news or background, and whether its clause holds
a trigger, is decided later (:mod:`geo.incidents.events`).

Precision follows ACLED: 1 the named town; 2 near a town ("around Batken")
or a district; 3 a region, the border area or a country.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from geo.gazetteer.ranking import BORDER_FOCUS, haversine_km
from geo.gazetteer.model import Place
from geo.gazetteer.normalize import has_cyrillic
from geo.geoparse.cues import DETACHMENT_POST_CUE, POST_CUE, list_entry_line
from geo.geoparse.model import Mention
from geo.language import LanguagePack, RoleCues
from geo.language.folding import blank_matches, lower_keep_length
from geo.language.tails import reversed_cue

if TYPE_CHECKING:
    from geo.incidents.structure import ArticleStructure

__all__ = ["FAR_FROM_BORDER_KM", "assign_role", "inherit_qualifier_roles"]

FAR_FROM_BORDER_KM = 250.0
#: How much of the sentence before and after a name the role cues look at (characters).
CUE_WINDOW = 240


def _set(mention: Mention, role: str, reason: str) -> None:
    mention.role, mention.role_reason = role, reason


_TOLD = r"(?:сказал\w*|сообщил\w*|рассказал\w*|заявил\w*|пояснил\w*|уточнил\w*|пишет|переда[её]т|поговорил\w*|узнал\w*)"
_TOLD_BEFORE = re.compile(r"(?:" + _TOLD + r"|в разговоре с|в интервью|интервью)\s+$", re.I)
_TOLD_AFTER = re.compile(r"\s*" + _TOLD, re.I)


#: Quotation marks: opening -> closing.
_QUOTES = {"«": "»", '"': '"', "“": "”"}
#: After a quoted headline, its time stamp: '("Four residents of Beshkent injured", Tuesday, 09:12)'.
_STAMP_AFTER = re.compile(r"\s*,\s*(?:[\w.]+\s*,\s*)?\d{1,2}[:.]\d{2}\b")


def _in_quoted_headline(text: str, start: int, end: int) -> bool:
    """A name inside another outlet's quoted headline, told with its time stamp: a press review's item
    ('24.kg ("Four residents of Beshkent injured in mass brawl", Tuesday, 09:12)'); the item's own text
    tells the event, with its day."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    for opening, closing in _QUOTES.items():
        opened = before.rfind(opening)
        if opened < 0 or (closing in before[opened + 1:] if opening != closing else before.count(opening) % 2 == 0):
            continue
        closed = text.find(closing, end, line_end)
        if closed >= 0 and _STAMP_AFTER.match(text, closed + 1):
            return True
    return False


def _inside_guillemets(text: str, start: int, end: int) -> bool:
    """A name inside «…» that is not a place here: an outlet spoken to, or a crossing or road named after two.

    "рассказали «Фергане»", "«Фергане» сказали", "пункт пропуска «Кулунду — Овчи-Калача»". A post
    named after its village ("застава «Ходжаи-Аъло»") is not caught: that is where it happened.
    """
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    opened = before.rfind("«")
    if opened < 0 or "»" in before[opened:] or "\n" in before[opened:] or "»" not in after:
        # straight quotes, as a web page may have them: 'на пункте пропуска "Кызыл-Бел - Гулистон"'
        line = before[before.rfind("\n") + 1:]
        opened = line.rfind('"')
        if opened < 0 or line.count('"') % 2 == 0 or '"' not in after.split("\n", 1)[0]:
            return False
        opened += len(before) - len(line)
        closed = after.index('"')
        inside = before[opened + 1:] + text[start:end] + after[:closed]
        # only a short name of two places, never a quoted speech with a dash in it
        return bool(re.fullmatch(r"\s*[\w'’.-]+(?:\s[\w'’.-]+)?\s[—–-]\s[\w'’.-]+(?:\s[\w'’.-]+)?\s*", inside))
    closed = after.index("»")
    if "«" in after[:closed] or "\n" in after[:closed]:
        return False
    inside = before[opened + 1:] + text[start:end] + after[:closed]
    if re.search(r"\s[—–-]\s", inside):
        return True
    return bool(_TOLD_BEFORE.search(before[:opened]) or _TOLD_AFTER.match(after[closed + 1:])
                or _DETACHMENT_BEFORE.search(before[:opened]) or _OUTLET_BEFORE.search(before[:opened])
                or (_CROSSING_BEFORE.search(before[:opened]) is not None
                    and _CLOSED_AFTER.match(after[closed + 1:]) is not None))


#: An outlet named after a town: «местный Telegram-канал «Исфара 24»», 'the Telegram channel "Batken Today"'.
_OUTLET_BEFORE = re.compile(r"\b(?:(?:telegram|телеграм)-?(?:канал\w*|channel)|канал\w*|паблик\w*|газет\w*|сайт\w*|"
                            r"портал\w*|издани\w*|channel|newspaper|website|outlet|page)\s*$", re.I)
#: A border detachment named after its town («позиции заставы №9 погранотряда «Исфара»», 'the "Isfara" border
#: detachment'): a unit that guards a whole district, whose name is no scene (unlike a post's, «застава «Лаккон»»).
_DETACHMENT_BEFORE = re.compile(r"\b(?:погранотряд\w*|пограничн\w+\s+отряд\w*|отряд\w*|(?:border\s+)?detachment)\s*$",
                                re.I)

#: A place told to lie far from something (after its apposition): "…, a village of 2,500 people, is a long way
#: from", "… lies some 170 km from", «… находится далеко от».
_AWAY_FROM_THE_SCENE_AFTER = re.compile(
    r"(?:,(?:[^.;,]|(?<=\d)[,.](?=\d)){0,80}){0,2},?"
    r"\s+(?:is|lies|sits|находится|расположен\w*|лежит)\s+"
    r"(?:a\s+long\s+way|far|(?:some\s+|about\s+)?[\d,]+\s+(?:km|kilomet(?:er|re)s?|miles)|далеко|"
    r"(?:примерно\s+|почти\s+)?в\s+[\d\s]+\s*(?:км|километр\w*))\s+(?:away\s+)?(?:from|от)\b", re.I)

#: The target of fire, told by its direction: "shots were fired from automatic weapon in the direction of a residential
#: house in the |Kulkand settlement" (where the shots went, not where they came from; not a drone that "flew back
#: toward" a village, where it came from).
_TOWARD_A_TARGET_BEFORE = re.compile(r"\b(?:fired|fire|shots?|shooting|bullets)\b[^.;]{0,100}?"
                                     r"\b(?:in\s+the\s+direction\s+of|towards?)\s+(?:an?\s+|the\s+)?"
                                     r"(?:(?:[\w-]+\s+){0,4}?(?:in|at|near|on\s+the\s+edge\s+of)\s+(?:the\s+)?)?"
                                     # ... or the place itself: "from the side of Oftobru towards |Chongara village"
                                     r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town|settlement)\s+of\s+)?$", re.I)
#: A place the event is told beyond: "as fighting ... spread far beyond the |Isfara area where it began", «далеко за
#: пределы |Исфары».
_BEYOND_BEFORE = re.compile(r"\b(?:far\s+|well\s+)?beyond\s+(?:the\s+)?$|(?<![\w-])за\s+пределы\s+$", re.I)

#: A crossing named in quotes after its noun, closed: «работа пункта пропуска «Кызыл-Бел» приостановлена»
#: (not the venue of talks: «встретились на пункте пропуска «Кызыл-Бел» и договорились»).
_CROSSING_BEFORE = re.compile(r"\b(?:пункт\w*\s+пропуска|кпп|checkpoint|crossing(?:\s+point)?)\s*$", re.I)
_CLOSED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:приостановлен\w*|закрыт\w*|suspended|closed|shut)\b", re.I)


#: A ceasefire or truce, in either language («прекращение огня», «перемирие»).
_TRUCE = r"(?:cease-?fire|truce|прекращени\w+\s+огня|перемири\w+)"
#: ... for no section named after it (not «на участке у Сурха», "near the village of"): for the whole line.
_NO_SECTION_AFTER = r"(?![^.;]*\b(?:near|section|sector|участк\w*|у\s+сел\w*)\b)"
#: A truce just agreed to, for no named section: "agreed on a complete ceasefire", «договорились о прекращении огня».
_AGREED_TRUCE = r"(?:(?:complete|full|immediate|total|полном|немедленном)\s+)?" + _TRUCE + r"\b" + _NO_SECTION_AFTER


#: An agreement made at the venue, not talks held there ("signed a protocol in", "подписали в").
_SIGNED_BEFORE = re.compile(r"\b(?:signed|signing|initial(?:l)?ed|подписал\w*|подписан\w*)\b[^.;]{0,60}$|"
                            # "The truce was agreed late Wednesday by the chiefs of the two countries' border
                            # services at a meeting at the"
                            r"\b(?:cease-?fire|truce)\s+(?:was|had been|has been)\s+agreed\b[^.;]{0,100}$", re.I)
#: A signing still to come: "a protocol ... is expected to be signed at the next round of talks in",
#: «протокол планируется подписать в».
_SIGNING_TO_COME = re.compile(r"\b(?:(?:expected|due|set|scheduled|planned|going)\s+to\s+be\s+signed|will\s+be\s+signed|"
                              r"(?:планиру\w+|намерен\w*|предполага\w+|должн\w+)\s+(?:быть\s+)?подписа\w*)\b[^.;]{0,60}$", re.I)
#: "met in Isfara and signed a protocol", «встретились в Исфаре и подписали протокол»,
#: "met at the Kyzyl-Bel crossing point on the Batken-Isfara road and signed a protocol".
_SIGNED_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:and|и)\s+(?:signed|initial(?:l)?ed|подписал\w*)\b|"
                           # «на встрече в Баткене договорились о прекращении огня»: the agreement's verb right after
                           r"^\s+(?:agreed|договорил\w*)\s+(?:on|to|upon|о|об)\s+(?:an?\s+)?"
                           + _AGREED_TRUCE + r"|"
                           # "met at the Kyzyl-Bel checkpoint and agreed on a complete ceasefire from 8:00 pm" (not
                           # a truce for a section named after it: «... и договорились о прекращении огня на участке
                           # у Сурха», where the section is the place)
                           # ... "meeting at the Kyzyl-Bel checkpoint, agreed to a ceasefire"
                           # ... "At a meeting at the Kyzyl-Bel border crossing on Tuesday, the governors of Kyrgyzstan's
                           # Batken region and Tajikistan's Sughd region agreed to a ceasefire along the entire border"
                           r"^(?:[^.;]{0,60}?(?:\b(?:and|и)|,)|\s+[^.;]{0,40}?,\s+(?:the\s+)?(?:governors?|chiefs?|heads?|"
                           r"leaders?|commanders?|officials|representatives|ministers?|delegations?|sides|parties)\b"
                           r"[^.;]{0,100}?)\s+(?:agreed|договорил\w*)\s+(?:on|to|upon|о|об)\s+(?:an?\s+)?"
                           + _AGREED_TRUCE, re.I)
#: Just before a venue: a border crossing the talks were held at («на пункте пропуска «Кызыл-Бел»», "at the Kyzyl-Bel
#: crossing").
_CROSSING_VENUE_BEFORE = re.compile(r"\b(?:(?:на|в)\s+(?:пункте\s+пропуска|кпп|погранпереходе|пограничном\s+переходе|"
                                    r"контрольно-пропускном\s+пункте)|"
                                    r"at\s+the\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint))\s*[«\"“]?$", re.I)
#: A crossing named before its kind: "met at the |Kyzyl-Bel - Guliston| checkpoint".
_AT_THE_BEFORE = re.compile(r"\bat\s+the\s*$", re.I)
_CROSSING_AFTER = re.compile(r"\s*(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint)\b", re.I)
#: The sentence after talks at a venue opens with their ceasefire (for no named section): «Стороны договорились о
#: прекращении огня по всей линии границы», "The sides agreed to a ceasefire along the entire border" (also quoted).
_CEASEFIRE_NEXT = re.compile(r"\s*"
                             # (one short sentence between: "The meeting lasted about three hours.")
                             r"(?:(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[^.;!?\n«»\"“”]{0,60}[.!?]\s+)?[«\"“]?"
                             # («Как сообщили в Погранслужбе, по ее итогам стороны договорились»: who told it first)
                             r"(?:(?:как\s+сообщил\w*|по\s+данным|according\s+to)\s+[^,.;]{1,50},\s*)?"
                             r"(?:(?:after|following)\s+[^,.;]{1,40},\s*|"
                             # «После трехчасовой встречи стороны договорились неукоснительно соблюдать режим
                             # прекращения огня»
                             r"после\s+[^,.;]{1,40}?\s+(?=стороны\s|они\s)|"
                             # «По ее итогам стороны договорились о полном прекращении огня с 12:00»
                             r"по\s+(?:е[её]|их|итогам\s+(?:встречи|переговоров))\s+(?:итогам\s+)?(?=стороны\s|они\s))?"
                             r"(?:(?:стороны|они|the\s+(?:two\s+)?(?:sides|parties)|they|both\s+(?:sides|parties))\s+"
                             # ("After a two-hour meeting, they announced an agreement on "a complete ceasefire"")
                             r"(?:договорились|agreed|(?:announced|reached)\s+an\s+agreement)\s+|"
                             # «"По итогам встречи достигнута договоренность о полном прекращении огня ... на всем
                             # протяжении лейлекского участка границы"»
                             r"по\s+итогам\s+(?:встречи|переговоров)\s+достигнут\w*\s+договоренност\w+\s+"
                             r"(?=[^.;]*?на вс[её]м протяжении))"
                             # (keeping a ceasefire: only «по всей линии», a truce for the whole line agreed there)
                             r"(?:(?:о|об|on|to|upon)\s+|(?:(?:неукоснительно|строго)\s+)?соблюдать\s+(?:режим\s+)?"
                             r"(?=[^.;]{0,40}?по всей линии)|"
                             r"to\s+(?:strictly\s+)?(?:observe|respect)\s+(?:the\s+)?)[«\"“]?(?:an?\s+)?"
                             r"(?:(?:complete|full|immediate|полном|немедленном)\s+)?" + _TRUCE + r"\b"
                             # (for no named section: a ceasefire for the whole line may go on to name sections,
                             # «по всей линии границы, не допускать выхода вооруженных лиц к спорным участкам»)
                             r"(?:(?=[^.;]{0,30}?(?:по всей линии|на всей линии|на вс[её]м участке|"
                             r"along the (?:entire|whole)))|"
                             # (the agreement «на всем протяжении» a district's section, told above: at the venue)
                             r"(?<=договоренность о полном прекращении огня)|"
                             + _NO_SECTION_AFTER + r")", re.I)
#: After a crossing named as the talks' venue, the same sentence's agreement on a truce for the whole line: "met for
#: about three hours at the Kyzyl-Bel - Guliston crossing point| on the road between Batken and Isfara and agreed "a
#: complete ceasefire along the entire line of contact"", «...| и договорились о полном прекращении огня по всей линии
#: границы».
#: ... «на пункте пропуска "Кызыл-Бель - Гулистон"| договорились о строгом соблюдении режима прекращения огня на всем
#: протяжении границы».
_CEASEFIRE_AGREED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:(?:and|и)\s+)?(?:agreed|договорились)\s+"
                                     r"(?:(?:on|to|upon|о|об)\s+)?"
                                     r"[«\"“]?(?:to\s+)?(?:an?\s+)?(?:(?:complete|full|immediate|полном|немедленном|строгом|"
                                     r"безусловном|неукоснительном)\s+)?(?:соблюдении\s+(?:режима\s+)?)?"
                                     # ("agreed to stop firing from 6 p.m.", «договорились прекратить огонь с 18:00»)
                                     r"(?:" + _TRUCE + r"|(?:stop|halt|cease)\s+(?:firing|shooting|fire)"
                                     r"|прекратить\s+(?:огонь|стрельбу))"
                                     # (from an hour, for no section named: not "a ceasefire on the Katran section
                                     # from 10 a.m.", the section's own)
                                     r"\b(?=(?![^.;]{0,30}?\b(?:section|sector|участк\w*)\b)[^.;]{0,30}?(?:from|с)\s+\d"
                                     r"|[^.;]{0,30}?(?:по всей линии|на всей линии|"
                                     r"на вс[её]м протяжении|along the (?:entire|whole)|"
                                     # ... or for the fight just told, no section named: «договорились о полном
                                     # прекращении огня после перестрелки, произошедшей накануне вечером»
                                     r"после\s+(?:перестрелки|инцидента|столкновени\w+|обстрела)|"
                                     r"after\s+(?:the\s+|an?\s+)?(?:shooting|exchange of fire|clash|incident|shootout)|"
                                     # ... or with the forces pulled back: 'agreed "to cease fire and withdraw
                                     # additional forces from the border line"'
                                     r"(?![^.;]{0,30}?\b(?:section|sector|участк\w*)\b)[^.;]{0,12}?\b(?:and|и)\s+(?:to\s+)?"
                                     # ("and pull reinforcements back from the line")
                                     r"(?:withdraw|pull\s+(?:[\w-]+\s+){0,2}?back|отвести|отвод\w*)))",
                                     re.I)
#: A truce told for a section named next: "agreed on a complete ceasefire on the |Kulundu| section".
_CEASEFIRE_ON_BEFORE = re.compile(r"\b(?:cease-?fire|truce|cease\s+fire)\b[^.;]{0,50}?\b(?:on|along|for|in)\s+the\s+$",
                                  re.I)  # ... 'agreed "to cease fire on the Muminobod section of the border"'

#: A relative clause that tells what happened at the place just named: «у села Кызыл-Бел Баткенского района|, где во
#: вторник и в среду шла перестрелка», «у села Бешкент Лейлекского района |после ночной перестрелки».
_WHERE_AFTER = re.compile(r"[^.;,]{0,40}(?:,\s*(?:где|в котором|where)|\s(?:после|after))\b", re.I)
#: ... and in Russian, the section before the village: «договорились о полном прекращении огня на участке у
#: |Кызыл-Эшме».
_CEASEFIRE_SECTION_BEFORE = re.compile(r"\b(?:прекращени\w+\s+огня|перемири\w+)\s+на\s+участк\w+\s+(?:границы\s+)?"
                                       r"(?:у|возле|около|в\s+районе)\s+(?:(?:сел\w*|кишлак\w*|айыл\w*)\s+)?[«\"]?$",
                                       re.I)
#: The town talks were held in: «Днем в городе |Раззаков| прошла встреча», "the two sides met in |Isfara|".
_MEETING_PLACE_BEFORE = re.compile(r"\b(?:в|во|in|at)\s+(?:(?:городе|селе|поселке|посёлке|"
                                   r"the\s+(?:(?:kyrgyz|tajik)\s+)?"
                                   r"(?:town|city|village)\s+of)\s+)?[«\"“]?$", re.I)
_MEETING_WORD = re.compile(r"\bвстреч\w*|\bпереговор\w*|\b(?:met|meeting|talks|sat down)\b", re.I)
#: An agreement told as reached at a meeting in the place named next ("The agreement was reached at a meeting of the
#: heads of the two countries' border services in the Tajik town of"); its ceasefire may be told a sentence before.
_AGREEMENT_REACHED_BEFORE = re.compile(
    r"\b(?:agreement|accord|deal|truce|cease-?fire)\s+(?:was|had been|has been)\s+"
    r"(?:reached|struck|concluded|agreed)\s+"
    r"(?:at|during)\s+(?:a|the)\s+(?:meeting|talks|negotiations)\b[^.;]{0,100}?\b(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
#: "A ceasefire that Kyrgyz and Tajik border officials agreed on Saturday in the Tajik town of |Isfara": where it was
#: agreed, told in the ceasefire's own sentence.
_CEASEFIRE_AGREED_IN_BEFORE = re.compile(
    r"\b(?:truce|cease-?fire)\s+(?:that|which)\s+[^.;]{0,80}?\bagreed\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?"
    r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
#: A ceasefire for a named section of the border ("on the Kulundu section", "near the village of"): coded at the
#: section, not where it was agreed.
_SECTION_NAMED = re.compile(r"\b(?:section|sector|stretch)\b|\bnear\s+(?:the\s+)?(?:village|town)s?\b|"
                            r"\bучастк\w*|\bу\s+сел\w*", re.I)
#: How far around a sentence a neighbouring sentence's words are read (characters).
_NEIGHBOUR_CHARS = 300


#: How far before a meeting's venue (characters) the agreement reached there may be told.
_AGREEMENT_BEFORE_CHARS = 1000
#: An agreement's signing: "signed", «подписали».
_AGREED = re.compile(r"\b(?:signed|подписал\w*|подписан\w*)\b", re.I)


def _agreement_told_before(text: str, start: int, pack: LanguagePack) -> bool:
    """Whether the sentences before ``start`` (:data:`_AGREEMENT_BEFORE_CHARS` of them) tell an agreement to end the
    fighting signed (a ceasefire word and a signing) for no named section."""
    window = max(0, start - _AGREEMENT_BEFORE_CHARS)
    return pack.triggers["ceasefire_agreement"].search(text, window, start) is not None \
        and _AGREED.search(text, window, start) is not None and not _SECTION_NAMED.search(text, window, start)


def _neighbours(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a sentence with :data:`_NEIGHBOUR_CHARS` either side (the sentences before and after it)."""
    return max(0, start - _NEIGHBOUR_CHARS), min(len(text), end + _NEIGHBOUR_CHARS)
#: The role reason of a place where a ceasefire or withdrawal was agreed (an event of that type only).
CEASEFIRE_VENUE = "venue of a ceasefire or withdrawal agreement"
#: Role reason of the home or birthplace of a person told with his birth year, away from the border villages.
PERSON_HOME = "home or birthplace of a person told with his birth year"
#: A person's birth year, then where he lives or was born, up to the name («1984 года рождения, житель города |»,
#: «уроженец |», "born in 1998, a resident of |"); a list's next person (after «;») is another's.
_PERSON_HOME_BEFORE = re.compile(
    r"(?:(?:\d{4}\s+(?:года\s+рождения|г\.\s*р\.)|born\s+in\s+\d{4}),?\s+(?:(?:a\s+)?resident\s+of|житель\w*)"
    r"|(?P<native>\b(?:уроженец|уроженка|уроженц\w+|(?:a\s+)?native\s+of)))\b[^;:.]{0,80}$", re.I)
#: Role reason of a place named as where the dead were buried.
BURIAL = "where the dead were buried"
#: The people evacuated, told by where they live: «началась эвакуация жителей, проживающих в опасных селах» (their
#: homes are where the evacuation is from, not where anyone came from).
_EVACUATED_FROM_HOMES = re.compile(r"(?:эвакуац\w*|эвакуир\w*|отселен\w*|evacuat\w*)[^.;]{0,60}?(?:проживающ\w*|"
                                   r"живущ\w*|living|who\s+live)\s+(?:в|во|in)\s+(?:[\w-]+\s+){0,3}$", re.I)
#: A place named as a unit by its noun: "Chorkuh jamoat", "the Ak-Sai aiyl okmotu".
_UNIT_NOUN_END = re.compile(r"\s(?:jamoat|aiyl\s+okmotu|aiyl\s+aimak|rural\s+community)$", re.I)
#: ... or its noun after it: "the Koktosh village in the Aksay| rural community| of the Kyrgyz Batken district".
UNIT_NOUN_AFTER = re.compile(r"\s+(?:jamoat|a[iy]yl\s+okmotu|aiyl\s+aimag?[ky]?|(?:rural\s+)?community|rural\s+district|"
                              r"village\s+council|айыл\s+(?:окмоту|аймагы|аймак\w*)|джамоат\w*)(?![\w-])", re.I)
#: A Russian place named in the prepositional case is where people were moved from, not to: «В Баткенской области
#: эвакуировали 24 237 сельчан» (not «в Раззаков ... вывезены», «в Исфару эвакуировали»); its own ending, or its
#: noun's before it («в селе Рават»).
_LOCATIVE_END = re.compile(r"(?:е|ой|ом|ем|ии|области)$")
_LOCATIVE_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:селе|поселке|посёлке|городе|районе|области|джамоате|кишлаке)\s+$")
#: ... where the words after it move people (not a shelter set up there: «в Раззакове для них развернули пункт
#: временного размещения», «в Баткене, где разместили эвакуированных»).
_MOVED = re.compile(r"эвакуир|вывез|доставл|доставил|перевез|переправ|пересел|бежал|уехал", re.I)
_SHELTERED = re.compile(r"размест|размещ|приют|поселил|развернул|развернут|открыл|организов", re.I)


def _moved_from_here(name: str, before: str, after: str) -> bool:
    """Whether a Cyrillic place in the prepositional case is told as where people were moved (from), not to."""
    return has_cyrillic(name) and _MOVED.search(after) is not None and _SHELTERED.search(after) is None and (
        _LOCATIVE_END.search(name) is not None or _LOCATIVE_NOUN_BEFORE.search(before) is not None)


#: Role reason of a place where the wounded or evacuees were taken.
DESTINATION = "destination (evacuees, the wounded)"
#: A river, tract or pasture named beside the settlement ACLED codes the event to.
RIVER_OR_TRACT = "a river or tract (the event is coded to a settlement)"
#: Role reason of the post whose servicemen opened fire ("servicemen of the post "Kara-Bak" opened fire").
FIRING_POST = "the post of the side that fired"
#: A stretch of the border named for a place ("the Batken section of the border", «на баткенском участке границы»):
#: no scene of its own where the article names one (:func:`geo.incidents.events.scenes._the_stretch_as_the_scene`).
BORDER_STRETCH = "a stretch of the border named for the place"
#: Role reason of a place that speaks or governs ("in Dushanbe, officials said", "the Isfara city administration").
SPEAKER = "seat of government or speaker"
ORIGIN = "origin of fire or movement"
#: The role reasons of a place named in passing beside a scene told without one: where people or the wounded went, who
#: speaks, where fire or the doers came from (a sentence that names only such places names no other scene).
IN_PASSING = (DESTINATION, SPEAKER, ORIGIN)
#: "The GKNB said the Maksat post, named after the nearby village ..., came under automatic fire": after "said the" a
#: place named for a post opens what was said (not "..., said the Batken administration").
_POST_NAMED_AFTER_SPEECH = re.compile(r"\s+(?:border\s+|frontier\s+)?(?:post|outpost|checkpoint)\b"
                                      r"(?!\s+(?:had\s+|has\s+)?(?:said|says|told|reported|added|stated)\b)", re.I)
#: Seats of government or administration: "In Batken, the regional police said" is its speaking.
SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})
_IGNORECASE = int(re.I)  # an int: ``flags & re.I`` goes through the enum and is slow


class _Around:
    """The text before and after a name, as written and lower-cased.

    A folded cue (compiled without ``re.I``) runs on the lower-cased text; a
    cue that names capitals (``[А-ЯЁӨҮҢҒҚҲҶӢӮ]``) keeps ``re.I`` and runs on the text.
    """

    __slots__ = ("before", "after", "before_lower", "after_lower", "_reversed")

    def __init__(self, before: str, after: str) -> None:
        self.before, self.after = before, after
        self.before_lower, self.after_lower = lower_keep_length(before), lower_keep_length(after)
        self._reversed: tuple[str, str] | None = None

    def before_has(self, pattern: re.Pattern[str], within: int | None = None) -> bool:
        """``pattern`` (anchored at the name with ``$``) in the text before, or in its last ``within`` characters.

        The whole text before is matched from its end (:mod:`geo.language.tails`).
        """
        cased = pattern.flags & _IGNORECASE
        if within is None:
            backwards = reversed_cue(pattern)
            if backwards is not None:
                if self._reversed is None:
                    self._reversed = (self.before[::-1], self.before_lower[::-1])
                return backwards.match(self._reversed[0 if cased else 1]) is not None
        text = self.before if cased else self.before_lower
        return pattern.search(text, 0 if within is None else max(0, len(text) - within)) is not None

    def after_match(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` matched at the start of the text after the name (its groups say which reading)."""
        return pattern.match(self.after if pattern.flags & _IGNORECASE else self.after_lower)

    def after_starts(self, pattern: re.Pattern[str]) -> bool:
        return self.after_match(pattern) is not None


def _inflected(mention: Mention, place: Place) -> bool:
    """The name is a Russian case form: longer than the place's Russian name («Гулякандоза» of «Гулякандоз»),
    or, where it is not written as that name, ending in a vowel of an oblique case where the place's own name ends in a consonant."""
    name = (place.name_ru or "").lower()
    if name and mention.text.lower().startswith(name):
        return len(mention.text) > len(name)
    return _OBLIQUE_ENDING.search(mention.text) is not None and place.name[-1:].lower() not in "aeiouy"


#: The ending of a Russian oblique case after a consonant stem («Гулякандоза», «Ворухе», «Сурху», «Чоркухом»).
_OBLIQUE_ENDING = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:а|я|у|ю|е|ом|ем|ой|ы|и)$", re.I)


def _quoted_border_section(text: str, mention: Mention, cues: RoleCues) -> bool:
    """The quoted name is a border section named after its ends: «на участке «Кайрагач - Гульхона»».

    The section lies at the village it names (an end the gazetteer may be alone in knowing), so the
    name inside is a place of the event, unlike a crossing's or an outlet's.
    """
    before = text[max(0, mention.start - 60):mention.start]
    opened = max(before.rfind("«"), before.rfind('"'), before.rfind("“"))
    if opened < 0:
        return False
    after = text[mention.end:mention.end + 60]
    closes = [i for i in (after.find("»"), after.find('"'), after.find("”")) if i >= 0]
    outside_before = _Around(before[:opened], after[min(closes) + 1:] if closes else "")
    # ... or the quotation opens on the section word: стрельбу «на участке Ак-Сай - Ворух» начали
    inside = _Around(before[opened + 1:], "")
    return outside_before.before_has(cues.quoted_section_before) or inside.before_has(cues.quoted_section_before) or (
        bool(closes) and outside_before.after_starts(cues.border_section_after))


def assign_role(mention: Mention, *, text: str, sentence: tuple[int, int], border_story: bool,
                pack: LanguagePack, structure: ArticleStructure | None = None,
                sentence_facts: dict[tuple[int, int], tuple[bool, bool]] | None = None) -> None:
    """Set ``role``, ``role_reason`` and ``precision`` of one mention in place.

    ``sentence_facts``, when given, memoises per sentence whether it reports violence and
    diplomacy (several names share a sentence; the violence pattern is the longest of all).
    """
    cues = pack.folded.roles
    s, e = sentence
    # the cues are anchored at the name, so a window of the sentence around it is enough
    around = _Around(text[max(s, mention.start - CUE_WINDOW):mention.start].rstrip("«\"„“'"),  # 'заставы «Кок-Таш»'
                     text[mention.end:min(e, mention.end + CUE_WINDOW)].lstrip("»\"”'"))
    sentence_text = text[s:e]
    place = mention.place
    if mention.kind == "cue":
        return _set(mention, "unresolved", "name in a place cue, not in the gazetteer")
    if mention.kind == "country_reference":
        return _set(mention, "context", "country reference (demonym)")
    if place is None:
        return _set(mention, "unresolved", "no gazetteer candidate")
    if place.kind in ("country", "area"):
        # ("the worst interstate fighting in post-Soviet Central Asia": a world region, coarser still)
        return _set(mention, "context", "country (actor, or too coarse to map)")
    if structure is not None and structure.in_dateline(mention.start):
        return _set(mention, "context", "dateline")
    if _TIME_ZONE_BEFORE.search(around.before) or _TIME_ZONE_AFTER.match(around.after):
        return _set(mention, "context", "a clock's time zone")  # "в 20:00 по Бишкеку", "22:10 Bishkek time"
    if around.before.endswith("-") and _PAIR_AREA_AFTER.match(around.after) \
            and _PAIR_HALF_BEFORE.search(around.before, max(0, len(around.before) - _WORD_BEFORE_CHARS)):
        # "a shooting on their border in the Isfara-Batken area": an area named after two towns
        return _set(mention, "context", "half of an area named after two places")
    if _MAHALLA_BEFORE.search(around.before, max(0, len(around.before) - _WORD_BEFORE_CHARS)) \
            and not _inflected(mention, place) and place.stand_in_unit is None \
            and not (place.kind == "curated" and _VILLAGE_OF_A_QUARTER_GAP.match(around.after)):
        # (not «из приграничной махалли Гулякандоза»: the mahalla of that village, in the genitive; nor a border
        # place the table holds, named with the village it is part of, «вблизи махалли Кок-Тош села Аксай»: the
        # quarter is that place)
        return _set(mention, "context", MAHALLA)
    if _CROSSING_OR_ROAD_AFTER.match(around.after) and (_PAIR_NAME_BEFORE.search(around.before)
                                                        or _OTHER_SIDE_OF_THE_CROSSING.match(around.after)):
        # "at the Kyzyl-Bel - Guliston crossing", «пункт пропуска «Кызыл-Бел — Гулистон»», "the Kara-Bak – Lakkon
        # road": its other end's name; "the Guliston checkpoint on the Tajik side of the crossing"
        return _set(mention, "context", "the other side's name of a crossing")
    if _in_quoted_headline(text, mention.start, mention.end):
        return _set(mention, "context", "inside another outlet's quoted headline")
    if _inside_guillemets(text, mention.start, mention.end) and not _quoted_border_section(text, mention, cues) \
            and not (_CROSSING_VENUE_BEFORE.search(around.before[-60:])
                     and (_CEASEFIRE_NEXT.match(text, e) or _CEASEFIRE_AGREED_AFTER.match(text, mention.end, e))):
        # (not the crossing talks were held at, their ceasefire told next: «встретились на пункте пропуска
        # «Кызыл-Бел» — «Гулистон». После трехчасовой встречи стороны договорились ... соблюдать режим прекращения
        # огня»)
        return _set(mention, "context", "inside a quoted name (an outlet spoken to, a crossing)")
    if _CROSSING_VENUE_BEFORE.search(around.before[-60:]) and _CEASEFIRE_AGREED_AFTER.match(text, mention.end, e) \
            and not _SIGNING_TO_COME.search(around.before) \
            and not _violence_outside_non_events(lower_keep_length(text[s:mention.start]), pack):
        # «на встрече на пункте пропуска «Гулистон — Кызыл-Бел» договорились о полном прекращении огня после
        # перестрелки»: the crossing where the truce for the fight just told was agreed (the fight named after it)
        _set(mention, "incident", CEASEFIRE_VENUE)
        mention.precision = 1
        return None
    if around.before_has(cues.reporting_before):
        return _set(mention, "context", "reporting location")
    if around.before_has(cues.facing_before) and not _THE_FACED_PLACE_S_TERRITORY.search(text, mention.end, e):
        # (not "a Kyrgyz post located opposite Ovchi-Kalacha jamoat ... opened fire at citizens ... mowing grass on
        # their own land plots on the territory of the jamoat": the fire fell on the place faced)
        return _set(mention, "context", FACING)
    if around.after_starts(cues.locating_unit_after) and around.before_has(cues.locating_unit_before):
        return _set(mention, "context", "a rural unit that locates the village before it")
    if place.feature_code in SEATS and around.before_has(cues.municipality_before):
        # «в одноименном селе города Исфара», "three villages of the city of Isfara": the villages' municipality
        return _set(mention, "context", "the municipality its villages belong to")
    if around.before_has(cues.same_named_village_before):
        return _set(mention, "context", "the rural unit a village just named lies in")
    if _AGREEMENT_REACHED_BEFORE.search(around.before) \
            and pack.triggers["ceasefire_agreement"].search(text, *(neighbours := _neighbours(text, s, e))) \
            and not _SECTION_NAMED.search(text, *neighbours):
        # "agreed ... to an immediate ceasefire along their entire border. The agreement was reached at a meeting of
        # the heads of the two countries' border services in the Tajik town of Isfara": where it was agreed
        _set(mention, "incident", CEASEFIRE_VENUE)
        mention.precision = 1
        return None
    if _CEASEFIRE_AGREED_IN_BEFORE.search(around.before) and not _SECTION_NAMED.search(sentence_text):
        _set(mention, "incident", CEASEFIRE_VENUE)
        mention.precision = 1
        return None
    if (around.before_has(cues.government_before) or around.after_starts(cues.speech_after) or
            around.before_has(cues.speech_before) and not _POST_NAMED_AFTER_SPEECH.match(text, mention.end)) \
            and mention.cue != DETACHMENT_POST_CUE:
        # (not "opened fire on a post of the Isfara border detachment": the detachment's district, where its post is)
        return _set(mention, "context", SPEAKER)
    if around.before_has(cues.destination_words) and around.before_has(cues.destination_before) \
            and not around.after_starts(cues.harm_there_after) or (
            (moved := around.after_match(cues.destination_after)) is not None
            and around.before_has(cues.motion_to_before)
            and not _moved_from_here(mention.text, around.before, moved.group(0))) \
            or around.after_starts(cues.treated_list_after):
        return _set(mention, "context", DESTINATION)
    if around.before_has(cues.burial_before) or (
            # "taken to X, where he was buried"; "In the village of Kyzyl-Jol ..., hundreds of mourners buried two
            # brothers", «1 мая в Кок-Таше и Самаркандыке простились с погибшими»
            (burial := around.after_match(cues.burial_after)) is not None
            and (around.before_has(cues.motion_to_before) or bool(burial.groupdict().get("active"))
                 or bool(burial.groupdict().get("there")))):
        return _set(mention, "context", BURIAL)
    if place.feature_code in SEATS and around.after_starts(cues.capital_speech_after):
        return _set(mention, "context", SPEAKER)
    if around.before_has(cues.route_before) or around.after_starts(cues.route_after):
        return _set(mention, "context", "end of a named road")
    if around.before_has(cues.origin_before) and not _EVACUATED_FROM_HOMES.search(around.before) \
            and not around.before_has(_TOWARD_A_TARGET_BEFORE) or (
            around.after_starts(cues.origin_after) and around.before_has(cues.origin_lead_before)):
        return _set(mention, "context", ORIGIN)
    if around.after_starts(cues.quarter_after) and around.before_has(cues.quarter_before):
        return _set(mention, "context", "a quarter of the village named next")
    if around.after_starts(cues.facility_after):
        return _set(mention, "context", DESTINATION)  # "first aid at the Lakkon rural health centre"
    # the post's noun phrase is short: "servicemen of the Kyrgyz frontier post "Kara-Bak""
    if around.before_has(cues.firing_unit_before, within=110) and around.after_starts(cues.firing_unit_after):
        return _set(mention, "context", FIRING_POST)
    if sentence_facts is None or (s, e) not in sentence_facts:
        sentence_lower = lower_keep_length(sentence_text)
        # (violence only in a phrase that reports no event, «велись плановые ночные стрельбы», is none)
        facts = (_violence_outside_non_events(sentence_lower, pack), bool(pack.folded.diplomacy.search(sentence_lower)))
        if sentence_facts is not None:
            sentence_facts[(s, e)] = facts
    else:
        facts = sentence_facts[(s, e)]
    violent, diplomatic = facts
    # "The service said the incident happened ... near the village of Ak-Tatyr ..., about 120 metres from boundary
    # marker No. 214, one of the first pillars installed under the border treaty the two countries signed": the
    # scene of the incident told before, whatever diplomacy the sentence tells beside it
    scene_told = not violent and place.kind not in ("country", "admin1") \
        and around.before_has(cues.incident_scene_before)
    if around.before_has(cues.venue_before) or around.after_starts(cues.venue_after) or (
        diplomatic and not violent and not scene_told
    ):
        if around.before_has(cues.venue_before) \
                and (_SIGNED_BEFORE.search(around.before) or _SIGNED_AFTER.match(around.after)) \
                and not _SIGNING_TO_COME.search(around.before) \
                and pack.triggers["ceasefire_agreement"].search(sentence_text):
            # "signed a protocol in the Tajik city of Khujand ... to pull troops back": ACLED codes
            # an agreement where it was made; the event takes no figures of the fighting
            _set(mention, "incident", CEASEFIRE_VENUE)
            mention.precision = 1
            return None
        # «на пункте пропуска «Кызыл-Бел»», "at the Kyzyl-Bel - Guliston checkpoint": a crossing named as the venue
        at_crossing = bool(_CROSSING_VENUE_BEFORE.search(around.before[-60:])
                           or (_AT_THE_BEFORE.search(around.before[-12:]) and _CROSSING_AFTER.match(around.after)))
        # («на встрече в таджикском городе Исфара в среду договорились о полном прекращении огня по всей линии
        # соприкосновения после перестрелки на границе»: a meeting's town, the fire elsewhere)
        meeting_town = around.before_has(cues.venue_before) and _MEETING_WORD.search(around.before) is not None \
            and not place.is_unit
        if (at_crossing or meeting_town) and _CEASEFIRE_AGREED_AFTER.match(text, mention.end, e) \
                and not _SIGNING_TO_COME.search(around.before) \
                and not _violence_outside_non_events(lower_keep_length(text[s:mention.start]), pack):
            # "met for about three hours at the Kyzyl-Bel - Guliston crossing point ... and agreed "a complete
            # ceasefire along the entire line of contact"": the truce (a violence word itself) agreed there
            _set(mention, "incident", CEASEFIRE_VENUE)
            mention.precision = 1
            return None
        if not violent and (at_crossing or (
                # «Днем в городе Раззаков (бывшая Исфана) прошла встреча ... "Стороны договорились о полном
                # прекращении огня с 13:00"»: the meeting's town, for no named section (the devset README)
                # (not the region the meeting's town lies in: "in the town of Gafurov in Sughd region")
                _MEETING_PLACE_BEFORE.search(around.before[-40:]) and _MEETING_WORD.search(sentence_text)
                and not place.is_region)) \
                and _CEASEFIRE_NEXT.match(text, e) and not _SIGNING_TO_COME.search(around.before):
            # «Около 20:00 на пункте пропуска «Кызыл-Бел» завершились переговоры ... Стороны договорились о
            # прекращении огня по всей линии границы»: the talks' crossing is where the ceasefire was agreed
            _set(mention, "incident", CEASEFIRE_VENUE)
            mention.precision = 1
            return None
        if not violent and at_crossing and _MEETING_WORD.search(sentence_text) \
                and not _SIGNING_TO_COME.search(around.before) and _agreement_told_before(text, s, pack):
            # "A protocol was signed on the settlement of the latest situation on the Kyrgyz-Tajik border ... The
            # meeting of the parties was held at the Kyzyl-Bel checkpoint": the agreement's venue, told after it
            _set(mention, "incident", CEASEFIRE_VENUE)
            mention.precision = 1
            return None
        if not violent and not (around.before_has(cues.venue_before) or around.after_starts(cues.venue_after)):
            # "traders in Samarkandyk ... six months after the border treaty": talk of diplomacy, no venue
            return _set(mention, "context", DIPLOMACY_NO_VIOLENCE)
        return _set(mention, "context", "diplomatic venue")
    if place.kind == "river" or place.feature_code == "STM" or around.before_has(cues.river_before) \
            or around.after_starts(cues.river_after) \
            or (place.feature_class != "P" and around.before_has(cues.locality_before)):
        # "a pumping station on the Isfara river", «урочище Кара-Джыгач»: ACLED codes the event to a settlement
        return _set(mention, "context", RIVER_OR_TRACT)
    if around.after_starts(cues.organisation_after):
        return _set(mention, "context", "part of an organisation's name")
    if _TAGS_LINE.search(text, max(0, text.rfind("\n", 0, mention.start) + 1), mention.start):
        # "Теги: граница, Баткен, беспилотник, ГКНБ": the page's tags, not a sentence
        return _set(mention, "context", "one of the page's tags")
    if around.after_starts(cues.border_section_after) and _CEASEFIRE_ON_BEFORE.search(around.before[-90:]) \
            or (_CEASEFIRE_SECTION_BEFORE.search(around.before[-90:])
                # (not «... у села Кызыл-Бел Баткенского района, где во вторник и в среду шла перестрелка»: the fight's
                # place too, told in the same sentence)
                and not ((where := _WHERE_AFTER.match(text, mention.end, e)) is not None
                         and _violence_outside_non_events(lower_keep_length(text[where.start():e]), pack))):
        # "agreed on a complete ceasefire on the Kulundu section from 12:00": the truce's named section
        _set(mention, "incident", CEASEFIRE_VENUE)
        mention.precision = 1
        return None
    if around.after_starts(cues.border_section_after):
        # "the first wounding of a serviceman on the Batken section since the treaty"
        return _set(mention, "context", BORDER_STRETCH)
    if (place.is_unit or place.feature_code in SEATS) and around.before_has(cues.border_between_before):
        # "We are following events on the border between Kyrgyzstan's Batken district and Tajikistan's Isfara after a
        # night of mortar fire": the two sides of a stretch of the border, no scene
        return _set(mention, "context", BORDER_STRETCH)
    if border_story and place.feature_code == "PPLC" and not around.before_has(cues.explicit_scene_before):
        # "Bishkek said" is not fighting in Bishkek: a capital is its government unless named as the scene
        return _set(mention, "context", "capital (its government), not the scene")
    if (home := _PERSON_HOME_BEFORE.search(around.before)) is not None \
            and (home.group("native") or not place.source.startswith("curated:")):
        # «подполковник ..., 1984 года рождения, житель города Гиссар; рядовой ..., житель села Киров джамоата
        # Чоргултеппа (Вахш)» in a list of the dead, «уроженец Кадамжайского района»: where a person told with his
        # birth year lives or was born, away from the border villages, is no scene
        return _set(mention, "context", PERSON_HOME)
    far = haversine_km(place.lat, place.lon, BORDER_FOCUS[0], BORDER_FOCUS[1]) > FAR_FROM_BORDER_KM
    if border_story and far and around.before_has(cues.post_name_before):
        # 'fire at the Tajik post "Dahana"': a post's own name, not the far place of that name
        return _set(mention, "context", "a border post's name (the place of that name is far away)")
    if border_story and far and not around.before_has(cues.explicit_scene_before):
        return _set(mention, "context", "far from the border fighting")
    if around.after_starts(_AWAY_FROM_THE_SCENE_AFTER) or around.before_has(_BEYOND_BEFORE):
        # "Iskra, a village of some 2,500 people in Leilek district, is a long way from the mountains where Nurbek
        # died": told as far from where it happened
        return _set(mention, "context", "told as far from the scene")
    if around.before_has(cues.retracted_before):
        # (looked for last: only a place that would be an event can be withdrawn)
        return _set(mention, "context", RETRACTED)
    if not violent:
        if scene_told or place.is_unit and _scene_of_an_unknown_tract(around, cues):
            # "The incident happened in the area of Tort-Kocho": the scene of the event reported before
            _set(mention, "incident", INCIDENT_SCENE)
            mention.precision = _precision(mention, around, pack)
            return None
        return _set(mention, "context", NO_VIOLENCE)
    _set(mention, "incident", "violence or impact reported at the place")
    mention.precision = _precision(mention, around, pack)


#: A place "of" a unit lies within this distance of the unit's point; farther, the name
#: was resolved to a namesake elsewhere.
NAMESAKE_KM = 40.0
#: ('"from the direction of the Tajik village of Karakenja" in Tajikistan's Lakhsh district': a closing quotation mark
#: and the country's possessive between)
_QUALIFIER_GAP = re.compile(r"[\"”]?[\s,]*(?:(?:in|of|в|во)\s+)?(?:the\s+)?(?:(?:tajikistan|kyrgyzstan)['’]s\s+)?"
                            # (a district in the genitive right after a quoted post: «на заставу «Арка» |Лейлекского
                            # района»; not «на пастбище «Кызыл-Эшме» в Чон-Алайском районе», a tract's district)
                            r"|»\s+", re.I)
#: "в Баткене и Исфане", "to Batken and Isfana": the second place shares the first one's role.
_COORDINATION_GAP = re.compile(
    # "to Batken city and to the neighbouring villages of Kyzyl-Jol and Boz-Adyr"
    # ... and a tally's items: «в центрах общеврачебной практики Лейлека - 10, Кулунду - два»
    r"(?:\s+(?:city|town))?(?:\s*[-–—:]\s*(?:\d+|[а-яёa-z]+)\s*(?=,))?"
    r"\s*(?:,|и|или|and|or)\s+(?:(?:в|во|на|к|in|to|at)\s+)?(?:the\s+)?"
    r"(?:(?:kyrgyz|tajik|кыргызск\w*|таджикск\w*|neighbou?ring|nearby|соседн\w*)\s+)?"
    # ... «к родственникам в Исфару и соседний джамоат Навгилем»
    r"(?:(?:towns?|city|villages?|jamoats?|город\w*|сел[оаеу]|сёл[аи]?|джамоат\w*|кишлак\w*)\s+(?:of\s+)?)?", re.I)
#: "в джамоате Лаккон города Исфары": the town or district that locates the place before it.
_GENITIVE_QUALIFIER_GAP = re.compile(
    # ... after an alias in brackets: «село Лолазор (Западная Калача)| джамоата |Гульхона»
    r"[)\]»\"”]?\s*,?\s*(?:(?:сельского|городского|поселкового)\s+)?(?:города|г\.|района|области|джамоата|вилоята|"
    r"of the (?:town|city) of|of(?: the)?)\s+"
    # «села Кызыл-Жол, входящего в состав города Баткен», "Kyzyl-Jol, part of the town of Batken"
    r"|\s*,\s*(?:входящ\w+|относящ\w+)\s+(?:в состав|к)\s+(?:города|района|айыл окмоту|джамоата|г\.)?\s*"
    r"|\s*,\s*(?:which is\s+)?(?:a\s+)?part of (?:the\s+)?(?:(?:town|city|municipality) of\s+)?"
    # "the Chorkuh jamoat which is subordinate to the Tajik northern city of Isfara", «джамоата Чоркух, подчиненного
    # городу Исфара»
    r"|(?:\s+(?:rural\s+)?(?:jamoat|community))?\s*,?\s*(?:which|that)\s+(?:is|are)\s+(?:administratively\s+)?"
    r"subordinate\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:town|city|district|municipality)\s+of\s+)?"
    r"|\s*,?\s*(?:подчин[её]нн\w+|подчиняющ\w+|подведомственн\w+)\s+(?:городу|району|г\.)\s*"
    # "the Khojai Alo settlement of Chorkuh jamoat", "residents of Arka village of Leilek district"
    r"|\s+(?:settlement|mahalla|neighbou?rhood|quarter|village)\s+of\s+(?:the\s+)?", re.I)
#: "the Leilek District| village of |Uch-Bulak": a unit's name, then the kind of place in it.
_KIND_OF_GAP = re.compile(r"\s+(?:village|settlement|town|hamlet)\s+of\s+(?:the\s+)?", re.I)
#: "Koktash, a hamlet of about 900 people in the Sumbula rural district of Leilek", "Koktash in Leilek
#: district", «в селе Көк-Таш Сумбулинского айыл окмоту Лейлекского района»: the unit after a village
#: says where it lies (when the unit is far from the gazetteer's village, the village is a namesake).
_NAMESAKE_UNIT_GAP = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|hamlet|settlement|jamoat|community)\b"
    r"[^.;:!?()\n]{0,70}?\s(?:in|of)\s+(?:the\s+)?"
    r"|\s+(?:(?:village|hamlet|settlement)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"|\s+(?:[\w-]+(?:ого|его)\s+(?:айыл\s+окмоту|айыл\s+аймагы|джамоата|сельсовета|(?:аильного|сельского)\s+округа)"
    r"\s+)?(?:во?\s+)?", re.I)
#: A town at least this large (and ten times the place before it) may locate that place.
LOCATING_TOWN_POPULATION = 10_000
#: "Khodjai Allo in Isfara", "Ворух в Исфаринском районе": a seat or unit after "in" locates the place before it.
_IN_QUALIFIER_GAP = re.compile(
    # ... "a resident of Lakkon jamoat in Isfara", "the Shurob township in Isfara"
    # ... "near the Khojai Alo border post in Isfara", «у заставы «Ходжаи Аъло» в Исфаре»: the post's town
    r"[»\"”]?\s*,?\s+(?:(?:jamoat|township|village|town|settlement|(?:rural\s+)?community|aiyl\s+aimak|mahalla|"
    r"(?:(?:border|frontier)\s+)?(?:post|outpost|checkpoint))\s+)?"
    r"(?:in|в)\s+(?:the\s+)?"
    # ... "Khoja-Alo in Tajikistan's Isfara district" (the country between is passed over)
    r"(?:(?:tajikistan|kyrgyzstan)['’]s\s+)?"
    # ... "the Somoniyon village in the Tajik city of Isfara"
    r"(?:(?:tajik|kyrgyz)\s+(?:city|town)\s+of\s+)?"
    # "a village of the Navgilem rural district on the edge of the city of Isfara"
    # ... and "Navgilem, a jamoat on the eastern edge of Isfara"
    r"|\s*,?\s+(?:(?:a|an|the)\s+)?(?:rural district|jamoat|district|village|settlement|community)?\s*"
    r"on the (?:(?:north|south|east|west)[\w-]*\s+)?(?:edge|outskirts) of (?:the (?:city|town) of\s+)?"
    # "a resident of Shurob, a mining town in Isfara": an apposition that says where the place lies
    # ... and the villages of a list: "in the areas of Tamdyk, Uch-Dobo and Kapchygay, three villages of the Ak-Sai
    # rural district"
    r"|[»\"”]?\s*,\s+(?:a|an|the|two|three|four|five|six|both|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:towns?|villages?|settlements?|city|jamoats?|communit(?:y|ies))\s+(?:in|of)\s+"
    r"(?:the\s+)?"
    # "on the outskirts of Navgilem, near the city of Isfara": the town the village lies near
    r"|\s*,\s+(?:near|close to|not far from|outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
#: "Көк-Таш (Кок-Таш)", "Vorukh (Voruh)": the same place again, in another spelling.
_ALIAS_GAP = re.compile(
    r"[»\"”']?\s*[(\[]\s*(?:(?:бывш\w*|ранее|прежде|formerly|former|also|или|aka)\s+)?"
    # «Ходжаи Аъло (в Кыргызстане его называют Кожо-Ало)», "(known in Kyrgyzstan as Kozho-Alo)"
    r"|[»\"”']?\s*[(\[]\s*(?:[\w-]+\s+){0,3}?(?:называют|называется|зовут|именуют|known(?:\s+in\s+[\w-]+)?\s+as|"
    r"called)\s+"
    # "Razzakov, the district centre formerly known as Isfana", "Лолазор (бывший анклав …)"
    r"|[»\"”']?\s*,?\s*(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,4}?(?:formerly|previously|once|also)\s+(?:known as|called|named)\s+"
    r"|[»\"”']?\s*,?\s*(?:[\w-]+\s+){0,3}?(?:бывш\w*|ранее|прежде|также)\s+(?:назывался|называлось|называвш\w*|известн\w* как)\s+"
    # "the district hospital in Vahdat, formerly Jirgatol", «в Раззакове, бывшей Исфане»
    r"|[»\"”']?\s*,\s*(?:formerly|previously|бывш\w*)\s+"
    # "the district hospital in Razzakov, the former Isfana"
    r"|[»\"”']?\s*,\s*the\s+former\s+",
    re.I)
#: A distance and its direction, up to the place it is measured from: "4 kilometers east of |", «в 6 км к
#: северо-востоку от |» (the number and its unit are groups ``value`` and ``unit``).
_DISTANCE_FROM = (r"(?P<value>\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>km|kilomet(?:er|re)s?|miles?|км|километр\w*)\.?\s+"
                  r"(?:(?:(?:to the\s+)?(?:north|south|east|west)[\w-]*\s+|к\s+[\w-]+\s+)?(?:of|from|от)\s+|"
                  # «в 3 км юго-западнее н.п. Андарак»: a direction in the comparative
                  r"(?:(?:северо|юго)-?)?(?:север|юж|запад|восточ)\w*нее\s+(?:н\.\s?п\.\s*)?)")
#: "near the village of Chek, some 6 kilometers northeast of the regional center, Batken",
#: "у села Чек, в 6 км к северо-востоку от Баткена": the second place measures where the first is.
_DISTANCE_GAP = re.compile(
    r"[»\"”]?[\s,]*(?:\(\s*)?(?:(?:some|about|around|roughly|approximately|nearly|only|just|примерно|около|всего)\s+)?"
    r"(?:в\s+)?" + _DISTANCE_FROM +
    r"(?:the\s+)?(?:(?:kyrgyz|tajik|regional|district|border)\s+)*"
    r"(?:(?:center|centre|capital|town|city|village|seat)(?:\s+of)?,?\s+|(?:центра|города|села)\s+)?"
    # "on the edge of Kyzyl-Jol, just south-west of Batken": a direction alone
    r"|[\s,]*(?:(?:just|some|slightly|immediately)\s+)?(?:to the\s+)?(?:north|south|east|west)[\w-]*\s+of\s+"
    r"(?:the\s+)?(?:(?:regional|district)\s+)?(?:(?:center|centre|capital|town|city)(?:\s+of)?,?\s+)?",
    re.I)
#: "Isfara's Surh": the place before the possessive locates the one after it.
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?")
#: "the Isfara jamoat of Chilgazi", "the Voruh jamoat of Isfara": the larger town of the two locates the other.
_UNIT_OF_GAP = re.compile(r"\s+(?:jamoat|rural community|village council)\s+of\s+(?:the\s+)?", re.I)
#: "the village of Khojai Alo of Chorkuh jamoat, city of Isfara": the town after the unit locates it.
_UNIT_THEN_TOWN_GAP = re.compile(r"(?:\s+(?:jamoat|rural community|village council|aiyl okmotu|aiyl aimak))?\s*,\s*"
                                 r"(?:the\s+)?(?:city|town|district)\s+of\s+(?:the\s+)?", re.I)
#: A village or jamoat, then a comma (the town named after it with its noun: "Khoja-Alo village, |Isfara city").
_VILLAGE_COMMA_GAP = re.compile(r"\s+(?:village|jamoat|settlement|rural community)\s*,\s*", re.I)
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)
#: "Khujand, the main city of the Sughd region", "Раззаков, центр Лейлекского района": the unit locates the town.
_CENTRE_OF_GAP = re.compile(
    r"\s*,\s*(?:the\s+|its\s+)?(?:(?:main|regional|district|administrative|provincial)\s+)?"
    r"(?:city|town|centre|center|capital|seat)\s+of\s+(?:the\s+)?"
    # ... "Khujand, the main city of Tajikistan's northern Sughd region"
    r"(?:(?:tajikistan|kyrgyzstan)['’]s\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?"
    r"|\s*,\s*(?:административн\w+\s+|районн\w+\s+|областн\w+\s+)?(?:центр\w*|столиц\w*)\s+", re.I)
#: "the road between Isfisor and Arka", «дороги между Исфисором и селом Арка»: the first end of a stretch
#: of road, then the second (a bridge or a canal between two villages is left to the roles of each).
_BETWEEN_BEFORE = re.compile(r"\b(?:road|highway|дорог\w*|трасс\w*|шоссе)\s+(?:between|между)\s+(?:the\s+)?"
                             r"(?:(?:villages?|сел(?:ом|ами))\s+(?:of\s+)?)?$", re.I)
_BETWEEN_AND_GAP = re.compile(
    r"\s+(?:and|и)\s+(?:the\s+)?(?:(?:kyrgyz|tajik|neighbou?ring|кыргызск\w*|киргизск\w*|таджикск\w*|соседн\w*)\s+)*"
    r"(?:(?:village\s+of|town\s+of|селом|поселком|посёлком|городом)\s+)?", re.I)
#: "the |Isfara-|Batken| area|": the second half of an area named after two places.
_PAIR_HALF_BEFORE = re.compile(r"\b[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w’']+-$")
_PAIR_AREA_AFTER = re.compile(r"\s+(?:border\s+)?(?:area|section|sector|zone|stretch)\b", re.I)
#: Between a quarter and the village it belongs to: «махалли Кок-Тош| села |Аксай».
_VILLAGE_OF_A_QUARTER_GAP = re.compile(r"\s+(?:села|кишлака|айыла|поселка|посёлка|of\s+(?:the\s+)?village\s+of)\s+",
                                       re.I)
#: A mahalla (a village's quarter) called by a name a town also has: "Mahalla Guliston - houses damaged: 6",
#: «из махалли Гулистон джамоата Чилгази».
MAHALLA = "a mahalla of a village, named like another place"
_MAHALLA_BEFORE = re.compile(r"\b(?:mahall?a|махалл?[яиеюуа]|маҳалла)\s*$", re.I)
#: How far back (characters) the two checks above look: the word just before the name.
_WORD_BEFORE_CHARS = 40
#: A place that only names a clock's time zone: «в 20:00 по Бишкеку (19:00 по Душанбе)», "at 22:10 Bishkek time".
_TIME_ZONE_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:\([^()]{0,30}\)\s*)?(?:по|by)\s+$", re.I)
_TIME_ZONE_AFTER = re.compile(r"\s*(?:time|времени)\b", re.I)
_COMMA_GAP = re.compile(r"\s*,\s*")
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")
#: A crossing or road named by the places at its two ends: the second name, then "crossing" or "road" ("at the
#: Kyzyl-Bel - Guliston crossing", "to reopen the Kara-Bak – Lakkon local road").
_PAIR_NAME_BEFORE = re.compile(r"\w\s*[-–—]\s*$")
_CROSSING_OR_ROAD_AFTER = re.compile(r"\s*»?\s*(?:crossing|checkpoint|border crossing|crossing point|(?:local\s+|bypass\s+)?road|"
                             r"highway|пункт\w* пропуска|кпп|(?:автомобильн\w+\s+)?дорог\w*|трасс\w*)\b", re.I)
#: A checkpoint named as one side's half of a crossing: "the Guliston checkpoint on the Tajik side of the crossing".
_OTHER_SIDE_OF_THE_CROSSING = re.compile(
    r"\s*»?\s*(?:checkpoint|crossing point|border post)\s+(?:on|at)\s+the\s+(?:tajik|kyrgyz|other)\s+side\s+of\s+the\s+"
    r"(?:crossing|border crossing|checkpoint)\b"
    r"|\s*»?\s*(?:пункт\w* пропуска|кпп)\s+(?:с|на)\s+(?:таджикской|кыргызской|киргизской|другой)\s+сторон\w*", re.I)
_SHARED_REASONS = ("destination", "origin", "seat of government", "diplomatic venue", "reporting location")


#: A name the gazetteer does not know, just before its district or region: "Tort-Kocho, |Batken region",
#: «в местности «Головной» |Баткенского района».
_UNKNOWN_NAME_TAIL = re.compile(r"[«\"„“]?(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+(?:\s+(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+)?[»\"”]?\s*,?\s*$")


def _scene_of_an_unknown_tract(around: _Around, cues: RoleCues) -> bool:
    """"The incident happened in the area of Tort-Kocho, Batken region": the tract is not in the
    gazetteer, so its district or region is the scene (ACLED codes to the smallest unit known)."""
    tail = _UNKNOWN_NAME_TAIL.search(around.before)
    if tail is None or tail.start() == 0:
        return False
    return _Around(around.before[:tail.start()], around.after).before_has(cues.incident_scene_before)


def _within_its_unit(place_mention: Mention, unit_mention: Mention) -> bool:
    """"Leilek district of Batken region", "Arka village of Leilek district": the unit is the place's own
    admin-1 or district, however far its point."""
    place, unit = place_mention.place, unit_mention.place
    if place is None or unit is None or not unit.is_unit or place.country_code != unit.country_code:
        return False
    if unit.feature_code == "ADM1":
        return place.admin1 is not None and place.admin1 == unit.admin1
    return unit.is_district and place.admin2 is not None and place.admin2 == unit.admin2


def _is_unit(mention: Mention) -> bool:
    place = mention.place
    return place is not None and place.is_unit


#: A line of the page's tags up to a name: «Теги: граница, », "Tags: Kyrgyzstan, Tajikistan, ".
_TAGS_LINE = re.compile(r"^\s*(?:Теги|Метки|Тэги|Tags|Topics|Keywords)\s*:\s*(?:[^\n.;:]{0,40}?,\s*)*$", re.I | re.M)

#: The role reason of a place whose sentence reports no violence (the only one promoted below).
NO_VIOLENCE = "no violence or impact in the sentence"
#: Role reason of a place named as what another faces: «на участке напротив Андарака», "opposite Ak-Sai".
FACING = "a reference point another place faces"
#: The place just faced named again as where the event fell: "on the territory of the jamoat", «на территории
#: села».
_THE_FACED_PLACE_S_TERRITORY = re.compile(
    r"\b(?:on|in)\s+the\s+territory\s+of\s+the\s+(?:jamoat|village|exclave|enclave|aiyl\s+okmotu|rural\s+community)\b|"
    r"\bна\s+территории\s+(?:этого\s+|того\s+же\s+)?(?:джамоата|села|анклава|айыл\s+окмоту|аильного\s+округа)\b",
    re.I)
#: The role reason of a place in a sentence about diplomacy, with no violence, that names no venue.
DIPLOMACY_NO_VIOLENCE = "diplomacy in the sentence, no violence, no venue named"
#: Just before a place's name, the words that make it the scene: "at", "near", «у», «возле», "2 km from".
SCENE_BEFORE_NAME = re.compile(
    # ("on the southern edge of", «на южной окраине»: a side of the village)
    r"\b(?:at|near|outside|on the (?:[a-z]+ )?outskirts of|on the (?:[a-z]+ )?edge of|in the vicinity of|"
    r"in the area of|not far from|"
    r"close to|у|около|возле|близ|вблизи|"
    r"на (?:[а-яё]+ )?окраине|в окрестностях|в районе|недалеко от|неподалёку от|неподалеку от|"
    # ... «на поле у восточной окраины села Лаккон», «на краю села»
    r"(?:у|возле|около|близ)\s+(?:[а-яё]+\s+)?(?:окраины|края)|на\s+(?:[а-яё]+\s+)?краю|"
    # "a ridge about 7 km south of Aidarken", «в 7 км к югу от Айдаркена»
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"к\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу)\s+от|"
    # «на склоне холма примерно в 1,5 километра от села Үч-Булак», "some 2 km from the village of"
    r"в\s+[\d,.]+\s+(?:километр\w*|км|метр\w*|м)\s+от|\d[\d,.]*\s+(?:km|kilomet(?:er|re)s?|met(?:er|re)s)\s+from)\s+"
    # (the village's country between: «у кыргызского села»)
    r"(?:the\s+)?(?:(?:кыргызского|киргизского|таджикского)\s+(?=сел|посёлк|поселк))?"
    r"(?:(?:village|town|settlement|села|сел[аео]|посёлка|поселка|н\.\s?п\.?|населенного\s+пункта|"
    r"населённого\s+пункта)\s+(?:of\s+)?)?$", re.I)
SCENE_BEFORE = "the scene of the violence the next sentence reports"
#: How far (in sentences) the violence may follow the scene named before it, with placeless, peaceful ones between.
MAX_SCENE_GAP = 3
#: A sentence that announces an incident at a place, as the border services' releases open each case: "Another
#: violation was recorded on December 22 ... in the area of", «очередное нарушение зафиксировано ... в районе».
_ANNOUNCED_INCIDENT = re.compile(
    r"\b(?:violation|incident|provocation)s?\s+(?:was|were|has\s+been|had\s+been)\s+(?:recorded|registered)\b"
    r"|(?<![\w-])(?:нарушени\w*|инцидент\w*|провокаци\w*)\s+(?:был\w*\s+)?(?:зафиксирован\w*|зарегистрирован\w*)"
    r"|(?<![\w-])(?:зафиксирован\w*|зарегистрирован\w*)\s+(?:[\w-]+\s+)?(?:нарушени\w*|инцидент\w*|провокаци\w*)", re.I)
#: A sentence that opens with "here": the place the sentence before named.
_HERE_OPENING = re.compile(r"\s*(?:Здесь|Here)\b")
#: A sentence that opens with the quarrel the sentence before told turning violent: "The argument turned into a
#: fight", «Ссора переросла в драку»: the place of the quarrel (even its parties' home) is the scene.
_ESCALATION_OPENING = re.compile(
    r"\s*(?:The|This|That|Their|Soon the|Then the)\s+(?:argument|quarrel|dispute|row|altercation|squabble|"
    r"(?:verbal\s+)?(?:spat|exchange|altercation|confrontation))\s+(?:soon\s+|quickly\s+|then\s+|later\s+)?"
    r"(?:turned|escalated|grew|developed|degenerated|spilled over)\s+into\b"
    r"|\s*(?:Ссора|Спор|Перепалка|Словесная перепалка|Конфликт|Скандал)\s+(?:быстро\s+|вскоре\s+|затем\s+|потом\s+)?"
    r"(?:переросл\w*|перешл\w*)\s+в\b")
#: The quarrel an escalation goes on from, told in the sentence before it.
_QUARREL = re.compile(r"\b(?:quarrel\w*|argu(?:ed|ing|ment)\w*|disput\w*|rowed|squabbl\w*|altercation)\b"
                      r"|(?<![\w-])(?:поссорил\w*|повздорил\w*|поспорил\w*|спор\w*|ссор\w*|перепалк\w*)", re.I)
#: A rural unit's word after a name: "the villages of Beshkent aiyl aimak", «Чоркухского джамоата» (no scene).
_UNIT_AFTER_NAME = re.compile(r"\s+(?:a[iy]y?l\s+(?:aimak|aimagy|okmotu)|jamoat|district|айыл\w*\s+(?:аймак|окмот)\w*|"
                              r"джамоат\w*|район\w*)\b", re.I)
#: A crossing's other end and its noun after a name: "the Kulundu| – Ovchi-Kalacha crossing".
_CROSSING_PAIR_AFTER = re.compile(r"(?:\s*[-–—]\s*[\w'’-]+)?\s*»?\s*(?:border\s+)?"
                                  r"(?:crossing|checkpoint|пункт\w* пропуска|кпп)\b", re.I)
#: "in" before a name, which "here" may point back to: «оказались в |Лакконе», "in the village of".
_IN_BEFORE_NAME = re.compile(r"\b(?:в|во|in)\s+(?:the\s+)?(?:(?:village|town|settlement|сел[еа]|джамоате|кишлаке)\s+"
                             r"(?:of\s+)?)?$", re.I)
#: The role reason of a place a correction withdraws ("An earlier version of this article said ...").
RETRACTED = "named in error, withdrawn by a correction"
#: The role reason of a place named as where "the incident happened" («Инцидент произошёл в ...»).
INCIDENT_SCENE = "named as the scene of the incident the article reports"
_LOCATOR_OF_A_NAME = re.compile(r"(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+\s+(?:near|not far from|close to|outside|около|возле|близ)\s+"
                                r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$"
                                # «Максат расположен примерно в 15 км к западу от Арки», "Maksat lies about 15 km west of"
                                # ... "Kara-Bak, a village of about 11,000 people, lies some 12 kilometers (7.5 miles)
                                # north of" (an apposition between)
                                r"|(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,60},)?\s+"
                                r"(?:lies|is located|is situated|"
                                r"расположен\w*|находится)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$", re.I)


def promote_scene_before_violence(mentions: list[Mention], text: str, sentences: list[tuple[int, int]],
                                  pack: LanguagePack, published: dt.date | None = None) -> None:
    """A place set as the scene just before a sentence that reports violence and names no place.

    "... a crowd gathered at the canal head works outside Ak-Tatyr. Stones were thrown for about
    an hour. Seven people were hurt." The place is promoted when it is the only settlement the
    sentence before names as a scene ("at", "near", "outside", "у", "около"), in the same
    paragraph, and the violent sentence names no place at all.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        # a country ("a shot was fired from the side of Tajikistan") names no scene
        if mention.kind != "country_reference" and not (mention.place is not None and mention.place.kind == "country"):
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
    # only sentences after one with a candidate scene are looked at (cheap tests first)
    # (a district as the lede's scene is no scene told, nor the same village told before: "Mass brawl near Kulundu
    # ... A mass brawl ... took place in Leilek district ... a quarrel broke out between residents of Kulundu village
    # ... on the outskirts of Kulundu ... Up to 150 people gathered at the scene. The parties threw stones at each
    # other")
    scenes_told = [(m.start, m.place.id) for m in mentions
                   if m.role == "incident" and m.place is not None and not m.place.is_unit]

    def no_other_scene_before(start: int, places: list[Mention]) -> bool:
        here = {m.place.id for m in places if m.place is not None}
        return not any(at < start and place_id not in here for at, place_id in scenes_told)

    for previous_index, places in list(by_sentence.items()):
        index = previous_index + 1
        # "... found a group ... near Ak-Tatyr village. The citizens ... ignored the legal demands of the border
        # guards. Moreover, they began to throw stones": up to two sentences that name no place and tell no violence
        # may stand between (the paragraph test below covers them), when no scene was told before (not a detail of
        # the lede's fight: "... between residents of Kok-Tash ... and ... Khojai Alo. | ... gathered near the
        # distribution point, which lies on the edge of Kok-Tash ...")
        while index - previous_index < MAX_SCENE_GAP and index + 1 < len(sentences) and index not in by_sentence \
                and no_other_scene_before(sentences[previous_index][0], places) \
                and any(m.role_reason in (NO_VIOLENCE, DIPLOMACY_NO_VIOLENCE) for m in places) \
                and not pack.folded.violence.search(lower_keep_length(text[slice(*sentences[index])])):
            index += 1
        # (where the hurt it counts were taken names no scene: "killing him and injuring his brother, who was taken
        # to Razzakov"; but not with a day of the taking: «доставлен в больницу Раззакова, а утром 24 июля
        # санавиацией переведен в Баткен» retells a wound the article placed and dated before)
        # (the next sentence may name where the wounded were taken, who speaks, or where the doers came from: «По
        # словам председателя джамоата Сурх, поджигатели «пришли со стороны Самаркандыка»»)
        if index >= len(sentences) or any(m.role == "incident" for m in places) \
                or any(m.role_reason not in IN_PASSING for m in by_sentence.get(index, ())):
            continue
        previous_start, previous_end = sentences[previous_index]
        # the scene is named after "at", "near", "outside", "у", "около" ("in"/"в" name destinations
        # and seats as often); people "from" a place are not
        start, end = sentences[index]
        # «Наиболее тяжелыми последствия оказались в Лакконе ... Здесь погиб гражданин Таджикистана»: "here" is the
        # place the sentence before was "in"
        here = _HERE_OPENING.match(text, start) is not None
        # "herders from Kara-Shibak and herders from the Tajik side quarreled over grazing rights ... | The argument
        # turned into a fight with sticks and stones": the quarrel's one place, however named, is the fight's
        escalation = _ESCALATION_OPENING.match(text, start) is not None \
            and _QUARREL.search(text, previous_start, previous_end) is not None
        scenes = [m for m in places if m.place is not None and m.place.kind in ("city", "curated")
                  and (m.role_reason == NO_VIOLENCE
                       and (escalation and not _UNIT_AFTER_NAME.match(text, m.end)
                            or SCENE_BEFORE_NAME.search(text, previous_start, m.start)
                            or (here and _IN_BEFORE_NAME.search(text, previous_start, m.start)))
                       # "men from Katran ... went up to a pasture about 2 km from the village that had become Kyrgyz
                       # under the treaty and began putting up a fence": the spot told by its distance from the village
                       # just named (whatever treaty the sentence names beside it)
                       or m.role_reason in (NO_VIOLENCE, DIPLOMACY_NO_VIOLENCE)
                       and pack.event_words.spot_from_the_village.search(text, m.end, previous_end) is not None)
                  # "residents of the settlement of Kim near Konibodom": the second name places the first
                  and not _LOCATOR_OF_A_NAME.search(text, previous_start, m.start)
                  # ("released ... at the Kulundu – Ovchi-Kalacha crossing": a crossing's end is no scene)
                  and not _CROSSING_PAIR_AFTER.match(text, m.end)]
        if scenes:
            # (not a place inside a phrase that tells no event: "The reason was the information spread in messengers
            # about the moving of heavy equipment ... near Khistevarz")
            told_of = [(previous_start + a, previous_start + b) for a, b in (
                found.span() for found in pack.folded.not_event.finditer(
                    lower_keep_length(text[previous_start:previous_end])))]
            scenes = [m for m in scenes if not any(a <= m.start < b for a, b in told_of)]
        if escalation and len({m.place.id for m in scenes}) > 1:
            # "herders from Kyzyl-Eshme and herders from Tajikistan's Lakhsh district quarreled ... | The argument
            # turned into a fistfight": the one village of the quarrel, not the other side's district
            scenes = [m for m in scenes if not m.place.is_unit] or scenes
        if not scenes and pack.roles.part_of_unit.search(text, start, end):
            # «тревога снова пришла в Кадамжайский район. ... на пастбище в горах на юге района ...
            # огнестрельное ранение получил чабан»: the district is the scene
            scenes = [m for m in places if m.place is not None
                      and m.place.is_district
                      and m.role_reason == NO_VIOLENCE]
        if len({m.place.id for m in scenes}) != 1:
            continue
        hurt = cache(lambda: any(f.value and f.measure in ("fatalities", "injured")
                                 for f in pack.read_figures(text[start:end])))
        if any(m.role_reason == DESTINATION for m in by_sentence.get(index, ())) \
                and (pack.find_dates(text[start:end], published) or not hurt()):
            continue  # (the destinations' sentence: see above)
        if "\n" in text[previous_end:start] and not _ANNOUNCED_INCIDENT.search(text, previous_start, previous_end):
            continue  # another paragraph (unless a release announced the incident there and tells it paragraph by
            # paragraph: "Another violation was recorded on December 22 at about 14:10 in the area of the Histevarz
            # settlement ... | In order to slow down the violating car ... | However, the driver ... tried to run over
            # the border guard")
        if not pack.folded.violence.search(blank_matches(lower_keep_length(text[start:end]), pack.folded.not_event)):
            continue  # (none, or only where a phrase reports none: "It did not say whether the drone had dropped anything")
        if pack.event_words.exercise_headline.search(text, previous_start, previous_end):
            continue  # «26 октября у Дароот-Коргона прошли тактические учения ... Отрабатывались действия по
            # отражению нападения на заставу»: the drill's scenario
        if pack.folded.violence.search(lower_keep_length(text[previous_start:previous_end])) and not (
                pack.old_ordnance.search(text, previous_start, previous_end) and hurt()) \
                and not _drone_seen_then_striking(text, (previous_start, previous_end), (start, end), pack):
            # the sentence before told violence only to deny it: «С осени 2022 года стрельбы у Максата не было»
            # (not a munition found there that then hurt people: "two brothers found an unexploded mortar round ...
            # south of Katran. The item exploded when the older boy picked it up, killing him")
            continue
        for mention in scenes:
            _set(mention, "incident", SCENE_BEFORE)
            mention.precision = 1


#: The role reason of a place that labels a paragraph reporting violence ("**Джамоат Лаккон.** ...").
PARAGRAPH_LABEL = "the label of a paragraph that reports violence"
#: A timeline's entry before its place: "1. December 9, 10:45.", «3. 11 декабря, 08:05.», "12.03.2024 at 22:10",
#: «Ночь на четверг, Ак-Сай», "Monday: Kök-Tash".
#: The weekdays' names in both languages (the Russian in the case forms a heading or lead uses).
WEEKDAY_WORDS = (r"(?:понедельник|вторник|сред[аеуы]|четверг|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю]|"
                 r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_WEEKDAY = (r"(?:(?:(?:ночь|утро|вечер|night|morning|evening)\s+(?:на\s+|of\s+)?)?"
            + WEEKDAY_WORDS + r"(?:\s+(?:night|morning|evening|afternoon))?"
            # ... or a part of the day alone heading a day's sections: "## Утро: Тогуз-Булак", "## Morning: Arka"
            r"|(?:утро|день|вечер|ночь|morning|afternoon|evening|night)(?=\s*:))")
_ENTRY_WHEN = (r"(?:" + _WEEKDAY + r"[,:.]?\s*)?(?:(?:[^\W\d_]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,10}|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)"
               r"(?:,?\s+\d{4})?[,.]?\s*)?(?:(?:at\s+|в\s+)?\d{1,2}[:.]\d{2}[.,:]?\s*)?")
_LABEL_DECORATION = re.compile(
    r"^[\s*#•·\-–—]*(?P<entry>(?:\d{1,2}[.)]\s*)?" + _ENTRY_WHEN + r")(?:(?:the\s+)?(?:village|town|settlement|jamoat|aiyl aimak|aiyl okmotu|"
    r"сел[оа]|с\.|посёлок|поселок|пос\.|джамоат|айыл аймак|айыл окмоту|айылный аймак)\s+(?:of\s+)?)?$", re.I)
_LABEL_END = re.compile(r"^(?:\s+(?:village|jamoat|aiyl aimak))?"
                        # ... its day after it, in bold: "**Овчи-Калача, 2 сентября**", "**Ovchi-Kalacha, September 2**"
                        # (not a dateline: «БИШКЕК, 17 ноября.»)
                        r"(?:,\s*(?:\d{1,2}\s+[^\W\d_]{3,10}|[^\W\d_]{3,10}\.?\s+\d{1,2})(?:,?\s+\d{4})?(?=\*\*))?"
                        r"[*\s,]*[.:—–-]?[*\s]*$", re.I)
#: A bold label's end, with its paragraph on the same line: "**Daroot-Korgon**: 14 houses", «**Кок-Таш:** ...».
_BOLD_LABEL_COLON = re.compile(r"\*\*\s*[:—–]|:\*\*")


#: A timeline entry's date or time alone before its label: "— 9 марта, 06:20.", "1. December 9, 10:45."
_ENTRY_HEAD = re.compile(r"[\s*#•·\-–—]*(?:\d{1,2}[.)]\s*)?" + _ENTRY_WHEN + r"[\s*]*", re.I)
_ENTRY_HAS_WHEN = re.compile(r"\d[:.]\d{2}|[^\W\d_]{3}\.?\s+\d|\d\s+[^\W\d_]{3}|" + _WEEKDAY, re.I)
#: The longest label sentence of a timeline's entry ("Окрестности села Каракенджа джамоата Лахши Боло
#: Лахшского района.").
MAX_ENTRY_LABEL = 160


def _entry_label(mention: Mention, mentions: list[Mention], text: str, sentence: tuple[int, int],
                 line_start: int) -> bool:
    """Whether the mention labels a dated timeline entry: the sentence after the entry's date and time,
    with no violence in it, whose first settlement (else first district) it is.

    "— 11 марта, 21:05. Махалля Бахор джамоата Овчи-Калача района Бободжон Гафуров. Пулей ... ранена"
    """
    start, end = sentence
    head = text[line_start:start]
    if line_start >= start or end - start > MAX_ENTRY_LABEL or not _ENTRY_HEAD.fullmatch(head) \
            or not _ENTRY_HAS_WHEN.search(head):
        return False
    inside = [m for m in mentions if start <= m.start < end and m.place is not None
              and m.place.kind in ("city", "curated")]
    if any(m.role_reason != NO_VIOLENCE for m in inside):
        return False
    settlements = [m for m in inside if not m.place.is_unit]
    return (settlements or inside)[0] is mention


def promote_paragraph_labels(mentions: list[Mention], text: str, sentences: list[tuple[int, int]],
                             pack: LanguagePack) -> None:
    """A settlement that alone labels a paragraph is the scene of the violence the paragraph reports.

    Situation reports and summaries go village by village: "**Джамоат Лаккон.** В результате
    минометного обстрела ... погиб 1 человек", "Vorukh: a man was wounded ...". The label is
    the place's whole sentence (with at most a number, a bullet, "village"/«село» or the district
    that locates it around it)
    at the start of a paragraph, and a later sentence of the same paragraph reports violence.
    Only a report with two labelled paragraphs or more goes by place: one alone ("Баткен. Жители
    села ...") is a dateline.
    """
    labels = []
    for mention in mentions:
        place = mention.place
        if place is None or place.kind not in ("city", "curated"):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        bold = "**" in text[line_start:mention.start] and _BOLD_LABEL_COLON.match(text, mention.end) is not None
        if mention.role_reason != NO_VIOLENCE and not (bold and mention.role == "incident"):
            continue
        index = mention.sentence_index
        if index >= len(sentences):
            continue
        start, end = sentences[index]
        decoration = _LABEL_DECORATION.match(text[line_start:mention.start]) if line_start <= start else None
        # (checked first: the units after the name are looked for only at a line's head); a district
        # labels only a timeline's numbered or dated entry ("3. December 11, 08:05. Kadamjay district.")
        if decoration is None or place.is_unit and not decoration.group("entry").strip():
            if not _entry_label(mention, mentions, text, (start, end), line_start):
                continue
        else:
            # "1. Джамоат Хистеварз Бободжон-Гафуровского района.": the district that locates it may follow
            rest = text[mention.end:end]
            for unit in mentions:
                if mention.end <= unit.start < end and unit.place is not None and unit.place.is_unit:
                    rest = rest.replace(unit.text, " ", 1)
            if not _LABEL_END.match(rest) and not bold:
                # ("- **Daroot-Korgon**: 14 houses damaged ... Two residents received shrapnel wounds": a bold
                # label before its colon, the village's figures after it on the same line)
                continue
        line_end = _line_end(text, mention.end)
        if not text[end:line_end].strip():  # a label on a line of its own: its paragraph follows
            line_end = _line_end(text, len(text) - len(text[line_end:].lstrip()))
        if not _reports_violence(text[end:line_end], pack):
            continue
        labels.append(mention)
    if len({m.start for m in labels}) < 2:
        return
    for mention in labels:
        _set(mention, "incident", PARAGRAPH_LABEL)
        mention.precision = 1


#: The role reason of a place that opens an entry of a list introduced by a sentence that reports violence.
LIST_ENTRY = "an entry of a list of places that an account of violence introduces"
#: How far above its entry a list's introduction may end (the entries and a short heading between).
_LIST_REACH = 600
_LIST_INTRO_END = re.compile(r":[ \t*_]*$")


def list_introduction(text: str, mention: Mention) -> int | None:
    """Where the line that introduces the list begins, when ``mention`` opens a list entry ("Maksat - 34
    houses;") below a line that ends with a colon, with only entries and short headings between."""
    line_start = list_entry_line(text, mention.start, mention.end)
    if line_start is None:
        return None
    cursor = line_start - 1
    while cursor > max(0, line_start - _LIST_REACH):
        previous_start = text.rfind("\n", 0, cursor) + 1
        line = text[previous_start:cursor]
        if _LIST_INTRO_END.search(line):
            return previous_start
        if len(line) > 80:
            return None  # a paragraph of its own, not an entry or a heading
        cursor = previous_start - 1
    return None


def promote_list_entries(mentions: list[Mention], text: str, pack: LanguagePack) -> None:
    """Places that open the entries of a list whose introduction reports violence are its scenes.

    "... a list of villages where residential houses burned as a result of shelling by the Tajik
    side:\n\nLeilek district, June 4\n\nMaksat - 34 houses;\nKulundu - 12 houses;": each entry is a
    line that a settlement opens, with a dash and a figure after it; the lines between an entry and
    the introduction (the line that ends with a colon) are other entries or short headings. Two
    entries or more under one introduction are needed.
    """
    by_intro: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.role_reason != NO_VIOLENCE or mention.place is None or mention.place.is_unit:
            continue
        intro = list_introduction(text, mention)
        if intro is not None:
            by_intro.setdefault(intro, []).append(mention)
    for intro_start, entries in by_intro.items():
        intro_end = text.find("\n", intro_start)
        if len(entries) >= 2 and _reports_violence(text[intro_start:intro_end], pack):
            for mention in entries:
                _set(mention, "incident", LIST_ENTRY)
                mention.precision = 1


#: The role reason of a place in a heading whose paragraph reports no event.
QUIET_HEADING = "a heading over a paragraph that reports no event"
#: A heading line: bold or a Markdown heading ("**Kadamjay: drone over the mountains**", «## Четверг: ...»).
#: (a bold line that ends its sentence is a lead in bold, not a heading: "**Three residents of Arka ... were
#: injured on Sunday in a fight over a field road.**")
_HEADING_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+[^\n]*|\*\*[^\n*]+(?<![.!?…])\*\*[ \t]*)$")


def _drone_seen_then_striking(text: str, previous: tuple[int, int], sentence: tuple[int, int],
                              pack: LanguagePack) -> bool:
    """The sentence before told only a drone flying over the place, and this sentence tells the drone's strike.

    «над пограничным постом у села Ак-Суу пролетел квадрокоптер ... | ... беспилотник сбросил на территорию поста
    самодельное взрывное устройство»: the flight was no denied violence but the strike's approach.
    """
    drone = pack.folded.triggers["air_drone_strike"]
    before = lower_keep_length(text[slice(*previous)])
    return drone.search(before) is not None and not _violence_outside_non_events(before, pack) \
        and drone.search(lower_keep_length(text[slice(*sentence)])) is not None


def _reports_violence(paragraph: str, pack: LanguagePack) -> bool:
    """``paragraph`` has a violence word outside the phrases that report no event (not «учения по
    эвакуации населения на случай ... обострения на границе», a detention for crossing the line)."""
    return _violence_outside_non_events(lower_keep_length(paragraph), pack)


def _violence_outside_non_events(lowered: str, pack: LanguagePack) -> bool:
    """A violence word in lower-cased ``lowered`` outside the phrases that report no event.

    Blanking only takes matches away, so a text with no violence word at all is answered without
    the (long) scan for non-event phrases.
    """
    violence = pack.folded.violence
    return violence.search(lowered) is not None and \
        violence.search(blank_matches(lowered, pack.folded.not_event)) is not None


#: The longest line read as a bare heading (an HTML ``<h2>`` as read: a paragraph of its own, unpunctuated).
_BARE_HEADING_CHARS = 90


def _bare_heading(text: str, line_start: int, line_end: int) -> bool:
    """The line is a paragraph of its own, short and with no closing stop: "Konibodom: two firewood
    collectors detained" between two paragraphs."""
    line = text[line_start:line_end].strip()
    if not (0 < len(line) <= _BARE_HEADING_CHARS and line[-1] not in ".!?…\"”»'’)"
            and (line_start == 0 or text.endswith("\n\n", 0, line_start)) and text.startswith("\n\n", line_end)):
        return False
    # ... over a paragraph of prose (not a headline over its time stamp or photo caption)
    body_end = text.find("\n\n", line_end + 2)
    body = text[line_end + 2:len(text) if body_end < 0 else body_end]
    return len(body) >= _BARE_HEADING_CHARS and ". " in body


def demote_quiet_headings(mentions: list[Mention], text: str, pack: LanguagePack) -> None:
    """A place in a heading is no scene when the paragraph under the heading reports no event.

    A digest titles each item: "**Kadamjay: drone over the mountains**" over a drone only seen,
    «## Четверг: задержание в Кадамжайском районе» over herders held for driving cattle across the
    line. The heading's words summarise its paragraph; where the paragraph's violence words are all
    in phrases that report no event (:attr:`LanguagePack.not_event`), or it has none, the heading
    names no scene either.
    """
    for mention in mentions:
        if mention.role != "incident":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = _line_end(text, mention.end)
        if not _HEADING_LINE.match(text[line_start:line_end]) \
                and not _bare_heading(text, line_start, line_end):
            continue
        body_start = len(text) - len(text[line_end:].lstrip())
        if body_start >= len(text) or _HEADING_LINE.match(text[body_start:_line_end(text, body_start)]):
            continue  # a heading over a heading, or at the end: nothing to judge by
        paragraph_end = text.find("\n\n", body_start)
        if not _reports_violence(text[body_start:len(text) if paragraph_end < 0 else paragraph_end], pack):
            _set(mention, "context", QUIET_HEADING)


#: A year in a sentence (a sentence about another, dated time).
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")

#: A distance in metres just before a name ("about 800 meters from the last houses of Korgon", «в 300 метрах
#: от»): so close that the place is the scene, unless its own sentence names another.
_METRES_BEFORE = re.compile(r"\b(?:met(?:er|re)s|метр\w*)\b[^.;]{0,40}$", re.I)

#: A Markdown section heading: a digest's items are separate stories.
_SECTION_HEADING = re.compile(r"^#{2,4}\s", re.M)

#: How far (characters) into the text a lede that says the article tells several incidents may stand.
LEDE_CHARS = 800

#: The role reason of a place that only measures where the event was.
REFERENCE_POINT = "a reference point for a distance or direction"


#: A place the text says the event was not at: "had taken place |not near |Kulundu but on the road that skirts
#: Western Qal'acha", «произошла |не у |Кулунду, а у Максата».
_NOT_THE_SCENE_BEFORE = re.compile(
    r"\b(?:not|не)\s+(?:(?:in|near|at|around|outside|в|во|у|около|возле|под|близ)\s+)?"
    r"(?:(?:the\s+)?(?:village|town)\s+of\s+|сел[аеоу]\s+|сёл\w*\s+)?$", re.I)
_NOT_THE_SCENE_AFTER = re.compile(r"\s*,?\s*(?:but|а)\s+(?:(?:in|near|at|on|around|в|во|у|около|возле|на)\b)"
                                  # "near Kyzyl-Eshme ..., and not in |Kara-Shibak| on Tuesday morning as first reported"
                                  # (the Russian «не у Кулунду ..., как сообщалось ранее, а ... у Максата» moves the
                                  # flash's events to the right village in the events stage instead)
                                  r"|[^.;]{0,40}?\bas\s+(?:was\s+)?(?:first|initially|earlier|originally|previously)\s+"
                                  r"(?:reported|stated|said)\b", re.I)


def demote_places_said_not_to_be_the_scene(mentions: list[Mention], text: str) -> None:
    """A place the text corrects away as the scene ("not near Kulundu but on the road that skirts Western
    Qal'acha") is context wherever the article names it: the first statement's scene was withdrawn."""
    withdrawn = {m.place.id for m in mentions if m.place is not None
                 and _NOT_THE_SCENE_BEFORE.search(text, max(0, m.start - 40), m.start)
                 and _NOT_THE_SCENE_AFTER.match(text, m.end)}
    for mention in mentions:
        if mention.place is not None and mention.place.id in withdrawn and mention.role == "incident":
            _set(mention, "context", RETRACTED)


#: Between a place and the place it is measured from: "in the Kara-Dobo area, |4 kilometers east of |Kyzyl-Bel",
#: «в районе Кара-Добо, |в 4 км к востоку от |Кызыл-Бела» (see :data:`_DISTANCE_FROM`).
_MEASURED_FROM = re.compile(_DISTANCE_FROM + r"(?:the\s+)?(?:(?:village|town)\s+of\s+|сел[аоа]\s+)?$", re.I)
#: How far (characters) a place may be named before the distance that measures it from another.
MEASURED_GAP_CHARS = 60


def demote_far_namesakes(mentions: list[Mention], text: str) -> None:
    """A place measured from another that the gazetteer puts far beyond the stated distance is a namesake.

    "grazing livestock in the Kara-Dobo area, 4 kilometers east of Kyzyl-Bel": the gazetteer's only
    Kara-Dëbë lies 100 km away, so the name is context and the place it is measured from stays the
    scene (as ACLED codes an unknown place to the nearest known one). The limit is the stated
    distance plus :data:`NAMESAKE_KM`.
    """
    for previous, mention in zip(mentions, mentions[1:]):
        if previous.role != "incident" or previous.place is None or mention.place is None \
                or previous.place.id == mention.place.id or previous.sentence_index != mention.sentence_index \
                or mention.start - previous.end > MEASURED_GAP_CHARS:
            continue
        measured = _MEASURED_FROM.search(text, previous.end, mention.start)
        if measured is None:
            continue
        stated = float(measured.group("value").replace(",", ".")) * (
            1.609 if measured.group("unit").lower().startswith("mile") else 1.0)
        if haversine_km(previous.place.lat, previous.place.lon, mention.place.lat, mention.place.lon) \
                > stated + NAMESAKE_KM:
            _to_context(previous, f"{NAMESAKE} far from {mention.text!r}, which it is measured from")


#: Between a village and the town or district it is said to belong to: «жителя села Сомониён |города |Исфары»,
#: «Сомониён, Кульканд |города |Исфара», "Somoniyon |of the |Isfara district".
_UNIT_OF_BETWEEN = re.compile(r"[^.;:!?()\n]{0,30}?\b(?:города|г\.|района|сельского\s+джамоата|джамоата|"
                              r"of\s+(?:the\s+)?(?:city|town)\s+of)\s*$"
                              # ... or a bare "of" right after the village or its noun ("Somoniyon of Isfara", "the
                              # village of the Kulkand"; not "came to the outskirts of Guliston": where they went)
                              r"|[^.;:!?()\n]{0,12}?\bof\s+(?:the\s+)?$", re.I)
#: How far (characters) after a village the town or district it belongs to may be named.
UNIT_OF_GAP_CHARS = 60
#: How many mentions on either side of a namesake are read for another scene of its sentence.
SENTENCE_MENTIONS_READ = 40
#: How far (km) from the town or district named as its own a village must lie to be taken for a namesake (a district's
#: point may lie tens of kilometres from its villages).
UNIT_NAMESAKE_KM = 80.0


def demote_namesakes_of_a_unit(mentions: list[Mention], text: str) -> None:
    """A village the gazetteer puts far (over :data:`UNIT_NAMESAKE_KM`) from the town or district named as its own is a
    namesake.

    «обстреляли дом жителя села Сомониён города Исфары»: the gazetteer's only Somoniyon lies about 100 km west, in
    Jabbor Rasulov district, so the name is context; the town stands for the scene when no other place of its sentence
    does (as ACLED codes an unknown village to its unit, with a coarser precision).
    """
    for number, mention in enumerate(mentions):
        if mention.place is None or mention.place.is_unit or mention.role not in ("incident", "context"):
            continue
        # (a town or a district: not a region or a country, whose point may lie far from any of its villages; the
        # mentions are in text order, so only the next few are read)
        unit = None
        for k in range(number + 1, len(mentions)):
            later = mentions[k]
            if later.start > mention.end + UNIT_OF_GAP_CHARS:
                break
            if later.sentence_index == mention.sentence_index and later.place is not None and later.start > mention.end \
                    and not later.place.is_region and later.place.kind != "country" \
                    and _UNIT_OF_BETWEEN.fullmatch(text, mention.end, later.start):
                unit = later
                break
        if unit is None or haversine_km(mention.place.lat, mention.place.lon, unit.place.lat, unit.place.lon) \
                <= UNIT_NAMESAKE_KM:
            continue
        was_scene = mention.role == "incident"
        _to_context(mention, f"{NAMESAKE} far from {unit.text!r}, the unit named as its own")
        if was_scene and unit.role != "incident" and not any(
                mentions[k].role == "incident" and mentions[k].sentence_index == mention.sentence_index
                for k in range(max(0, number - SENTENCE_MENTIONS_READ),
                               min(len(mentions), number + SENTENCE_MENTIONS_READ))):
            _set(unit, "incident", f"stands for a village of its own that the gazetteer lacks ({mention.text!r})")
            unit.precision = 2


_LEADING_SPACE = re.compile(r"\s*")


def _in_a_dated_recap(text: str, offset: int, pack: LanguagePack) -> bool:
    """``offset`` is in a paragraph that opens as a recap and names a year before it: «Напомним, в сентябре 2022 года
    ... погибли 63 гражданина Кыргызстана ... тогда обстрелам подверглись села Кулунду, Максат и Арка»."""
    paragraph_start = _LEADING_SPACE.match(text, text.rfind("\n", 0, offset) + 1).end()
    return pack.recap_opening.match(text, paragraph_start) is not None \
        and _YEAR_IN.search(text, paragraph_start, offset) is not None


def _another_scene_near(mention: Mention, mentions: list[Mention], text: str) -> bool:
    """Another settlement is an event place named before the mention, in its paragraph or the one before ("... в селе
    Ким ... | инцидент произошел ... в 12 километрах от Канибадама": Kim is the scene, the town its reference)."""
    paragraph_start = text.rfind("\n\n", 0, mention.start)
    low = max(0, text.rfind("\n\n", 0, paragraph_start)) if paragraph_start > 0 else 0
    return any(other is not mention and other.role == "incident" and other.place is not None
               and mention.place is not None and other.place.id != mention.place.id and not other.place.is_unit
               and other.place.kind in ("city", "curated") and low <= other.start < mention.start for other in mentions)


def demote_reference_points(mentions: list[Mention], text: str, sentences: list[tuple[int, int]],
                            pack: LanguagePack) -> None:
    """A place an event is measured from is context where the article has another event settlement.

    "on a hillside roughly 12 km west of Tajikistan's Vorukh exclave", "Kara-Bak, a village north
    of the regional capital Batken": the scene is elsewhere. Alone, such a place stays the event's
    (approximate) location, as ACLED codes it.
    """
    pattern = pack.folded.roles.reference_before
    references, homes = [], set()
    close: set[int] = set()  # references a few hundred metres away: only another place of their sentence wins
    # event settlement -> -1, or where it is first named when only in sentences with a year
    others: dict[int, int] = {}
    sentence_places: dict[int, set[int]] = {}  # sentence -> event settlements named in it (not references)
    named_at: dict[int, list[int]] = {}  # event settlement -> where it is named (not as a home)
    for mention in mentions:
        if mention.role != "incident" or mention.place is None or mention.sentence_index >= len(sentences):
            continue
        start = max(sentences[mention.sentence_index][0], mention.start - CUE_WINDOW)
        # (not «конфликт произошел ... на пастбище в пяти километрах к югу от села Кара-Шыбак»: the text names the
        # village the incident is measured from as its scene, and ACLED codes it there)
        # (nor "The brawl broke out on Thursday on a summer pasture ..., some 15 kilometres south of the Kyrgyz village of
        # Kara-Shibak": the incident told as measured from the village, violence in its sentence)
        if mention.role_reason != INCIDENT_SCENE and _Around(text[start:mention.start], "").before_has(pattern) \
                and not (_Around(text[sentences[mention.sentence_index][0]:mention.start], "").before_has(
                    pack.folded.roles.incident_scene_before) and not _another_scene_near(mention, mentions, text)):
            references.append(mention)
            if _METRES_BEFORE.search(text, start, mention.start):
                close.add(id(mention))
        elif mention.place.kind in ("city", "curated") and not mention.place.is_unit:
            # another settlement is the scene (a district is not, nor the home of "the shepherd from
            # Daraut-Korgon", grazing "4 kilometres west of the village of Kara-Shybak")
            around = _Around(text[start:mention.start], "")
            # (not "opened fire at about 7:40 a.m. on residents of Kara-Bak": fired on at home)
            home = around.before_has(pack.folded.roles.residents_before) \
                and not around.before_has(pack.folded.roles.fired_on_residents)
            if home:
                homes.add(mention.place.id)
            elif others.get(mention.place.id) != -1:
                # (a later paragraph's place in a sentence with a year is another, older story; so is a post the
                # gazetteer lacks named only after the paragraph, the scene of another event: "the Shodmon post of the
                # Isfara border detachment" below a shepherd shot "1.5 kilometers south of ... Orto-Boz")
                sentence = text[sentences[mention.sentence_index][0]:sentences[mention.sentence_index][1]]
                later_post = mention.place.stand_in_unit is not None and POST_CUE.search(mention.cue or "") is not None
                others[mention.place.id] = -1 if not (_YEAR_IN.search(sentence) or _in_a_dated_recap(
                    text, mention.start, pack) or later_post) \
                    else min(others.get(mention.place.id, mention.start), mention.start)
            if not home:
                sentence_places.setdefault(mention.sentence_index, set()).add(mention.place.id)
                named_at.setdefault(mention.place.id, []).append(mention.start)
    appositives = {id(m) for m in references if _locates_the_name_before(m, mentions, text)}
    several: bool | None = None  # whether the article says it tells several incidents (asked once, when needed)
    for mention in references:
        if id(mention) in appositives:
            # "about 70 women from Beshkent, a Kyrgyz village some 20 kilometers south of Arka, blocked the
            # road": an aside that says where the place before it lies, whoever its people are
            _to_context(mention, REFERENCE_POINT)
            continue
        # (another event settlement named only in a later paragraph, with a year, is another story: «в
        # октябре 2023 года ... на окраине села Кызыл-Эшме» at the end of an article about today's blast)
        paragraph_end = text.find("\n\n", mention.end)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        # (a digest's item under a heading that names the place is its own story: "## Kyzyl-Eshme (Saturday)" ... "a pasture
        # some two kilometres east of Kyzyl-Eshme", beside the items about Andarak and Kyzyl-Bel above it)
        section_start = max((m.start() for m in _SECTION_HEADING.finditer(text, 0, mention.start)), default=0)
        own_section = section_start > 0 and \
            mention.text.lower() in text[section_start:_line_end(text, section_start)].lower()
        # (a digest's item that opens with its own bold lead is its own story too: "**Среда, 18 сентября.** На летнем
        # пастбище примерно в 7 километрах к югу от села Тогуз-Булак ...", after Monday's item at Ak-Sai)
        item_start = text.rfind("\n\n", 0, mention.start) + 2
        if _DATED_BOLD_LEAD.match(text, item_start) and item_start > section_start:
            section_start, own_section = item_start, True
        if several is None:
            # (told in the lede: not a year's round-up near the end, «в трех случаях применялось оружие»)
            several = pack.several_events.search(text, 0, LEDE_CHARS) is not None
        if several and not own_section:
            # ("Two incidents took place last week ...": each paragraph tells its own, and a place another paragraph
            # names is another incident's, not this one's scene)
            section_start, own_section = max(0, text.rfind("\n\n", 0, mention.start)), True
        if id(mention) not in close \
                and any(section_start <= at < paragraph_end if own_section else start < paragraph_end
                        for place_id, start in others.items() if place_id != mention.place.id
                        for at in named_at.get(place_id, [start])) \
                and mention.place.id not in others and mention.place.id not in homes:
            _to_context(mention, REFERENCE_POINT)
        elif sentence_places.get(mention.sentence_index, set()) - {mention.place.id}:
            # "a border post outside the village of Chek, some 6 kilometers south of Kara-Bak", "residents of
            # Kara-Bak, a village north of the regional center of Batken": here it measures where the
            # sentence's own place lies, whatever happened at it elsewhere
            _to_context(mention, REFERENCE_POINT)


#: A paragraph that opens with a bold lead holding its date: "**Среда, 18 сентября.**", "**Monday, May 20.**" (not an
#: interview's "**Teacher:**").
_DATED_BOLD_LEAD = re.compile(r"\*\*[^*\n]{0,40}?(?:\b\d{1,2}\b|" + WEEKDAY_WORDS + r")[^*\n]{0,40}?\*\*", re.I)
#: The aside after a place's name that locates it from another: "Beshkent, a Kyrgyz village some 20
#: kilometers south of |Arka", «Бешкент, кыргызское село в 20 км к югу от |Арки».
_LOCATING_APPOSITIVE = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:village|town|settlement|hamlet|exclave|enclave|city|"
    r"сел[оа]|посел\w*|кишлак|город\w*|анклав\w*)\b[^.;,()]{0,60}$", re.I)


def _locates_the_name_before(reference: Mention, mentions: list[Mention], text: str) -> bool:
    """``reference`` measures, in an aside, where the place named just before it lies."""
    before = [m for m in mentions if m.sentence_index == reference.sentence_index and m.end <= reference.start
              and m.place is not None and m.place.id != reference.place.id]
    if not before:
        return False
    named = max(before, key=lambda m: m.end)
    return reference.start - named.end <= 120 and \
        _LOCATING_APPOSITIVE.match(text, named.end, reference.start) is not None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


#: "Khoja-Alo| in Tajikistan's |Isfara district": the place after the country's possessive locates the one before.
_COUNTRY_POSSESSIVE_GAP = re.compile(
    r"[»\"”]?\s+(?:in|of)\s+(?:tajikistan|kyrgyzstan)['’]s\s+"
    # "Khujand, the main city of Tajikistan's northern Sughd region": the region locates the city (see
    # ``_CENTRE_OF_GAP``)
    r"|\s*,\s*(?:the\s+|its\s+)?(?:(?:main|regional|district|administrative|provincial)\s+)?"
    r"(?:city|town|centre|center|capital|seat)\s+of\s+(?:tajikistan|kyrgyzstan)['’]s\s+"
    r"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?", re.I)


#: Between a section's two ends: "Кулунду| - |Овчи-Калача".
_SECTION_DASH_GAP = re.compile(r"\s*[—–-]\s*")


def _same_country(first: Place, second: Place) -> bool:
    """Whether two places can locate one another: not when each names a different country ("the chairman of the
    city of Isfara in Batken": Isfara is not in Kyrgyz Batken; the meeting was held there)."""
    return not (first.country_code and second.country_code and first.country_code != second.country_code)


def _opens_quoted_section(text: str, start: int, cues: RoleCues) -> bool:
    """Whether the name at ``start`` opens a quotation right after a section word: «на участке "|Кулунду - ..."»."""
    before = text[max(0, start - 41):start]
    return before[-1:] in ("«", '"', "“") \
        and _Around(before[:-1], "").before_has(cues.quoted_section_before)


def inherit_qualifier_roles(mentions: list[Mention], text: str, cues: RoleCues) -> None:
    """Places that share the role of the context place just before them.

    * A district or region right after it qualifies it: "доставлены ... в селе
      Лаккон Исфаринского района Согдийской области" -- Лаккон is a
      destination, and so are the district and the region that locate it.
      (After an event place the qualifier is demoted later, as a coarser
      place of the same clause.)
    * The same place again in brackets: "со стороны села Көк-Таш (Кок-Таш)".
    * A place coordinated with a destination, origin, speaker or venue:
      "живёт у родственников в Баткене и Исфане", "evacuated to Batken and Isfana".
    * A place in the possessive before another locates it: "Isfara's Surh
      rural community" is an event at Surh.
    * A place that measures where the event place before it is: "near Chek,
      some 6 kilometers northeast of the regional center, Batken".
    """
    places = [m for m in mentions if m.kind != "country_reference"]  # "the Kyrgyz town of Batken and ..."
    for k, (previous, mention) in enumerate(zip(places, places[1:])):
        if k and previous.place is not None and previous.place.kind == "country" \
                and _ALIAS_GAP.fullmatch(text, places[k - 1].end, mention.start):
            # «Ходжаи Аъло (в Кыргызстане его называют Кожо-Ало)»: the country inside the aside names no place
            previous = places[k - 1]
        elif k and previous.place is not None and previous.place.kind == "country" \
                and _COUNTRY_POSSESSIVE_GAP.fullmatch(text, places[k - 1].end, mention.start):
            # "Khoja-Alo in Tajikistan's Isfara district": the district locates the village, the country it
            previous = places[k - 1]
        gap = (text, previous.end, mention.start)
        two_places = previous.place is not None and mention.place is not None \
            and previous.place.id != mention.place.id
        # «на участке "Кулунду - Овчи-Калача"»: a quoted section whose two ends are both known lies at the first
        if previous.role == "incident" and mention.role == "incident" and two_places \
                and _SECTION_DASH_GAP.fullmatch(*gap) and _opens_quoted_section(text, previous.start, cues):
            _to_context(mention, f"{STRETCH_END} {previous.text!r}")
            continue
        # "on the road between Isfisor and the Kyrgyz village of Arka": a stretch is coded to its first end
        if previous.role == "incident" and mention.role == "incident" and two_places \
                and _BETWEEN_BEFORE.search(text, max(0, previous.start - 60), previous.start) \
                and _BETWEEN_AND_GAP.fullmatch(*gap):
            _to_context(mention, f"{STRETCH_END} {previous.text!r}")
            continue
        # "residents of Isfara's Surh rural community": the town locates the village after it
        if previous.role == "incident" and mention.role == "incident" and two_places \
                and _POSSESSIVE_GAP.fullmatch(*gap):
            _to_context(previous, f"locates {mention.text!r}")
            continue
        if mention.role == "incident" and two_places and _UNIT_THEN_TOWN_GAP.fullmatch(*gap):
            _to_context(mention, f"locates {previous.text!r}")
            continue
        if mention.role == "incident" and two_places and (_VILLAGE_COMMA_GAP.fullmatch(*gap) or (
                _COMMA_GAP.fullmatch(*gap) and _UNIT_NOUN_END.search(previous.text))) \
                and _CITY_AFTER.match(text, mention.end) and mention.place.feature_code in SEATS:
            # "residents of Khoja-Alo village, Isfara city", "a resident of Chilgazi jamoat, Isfara city": the town
            # whose municipality holds the village, named after it with its noun
            _to_context(mention, f"locates {previous.text!r}")
            continue
        if previous.role == "incident" and mention.role == "incident" and two_places \
                and _UNIT_OF_GAP.fullmatch(*gap):
            town, village = (previous, mention) if previous.place.population > mention.place.population \
                else (mention, previous)
            _to_context(town, f"locates {village.text!r}")
            continue
        if mention.role != "incident" \
                or (previous.place is not None and previous.place.kind == "country"):
            continue
        if previous.role == "incident":
            if _ALIAS_GAP.fullmatch(*gap):
                # "в городе Раззаков (бывшая Исфана)": the same place again, one event
                _to_context(mention, f"another spelling of {previous.text!r}")
            elif two_places and _DISTANCE_GAP.fullmatch(*gap):
                _to_context(mention, f"reference point of a distance from {previous.text!r}")
            elif two_places and _same_country(previous.place, mention.place) and (_IN_QUALIFIER_GAP.fullmatch(*gap) or (
                    # "on the outskirts of Surkh, Isfara." (the town last in its sentence)
                    _COMMA_GAP.fullmatch(*gap) and _SENTENCE_END.match(text, mention.end))) \
                    and previous.kind != "border_area" \
                    and not _is_unit(previous) and (
                    _is_unit(mention) or mention.place.feature_code in SEATS
                    # "near Khojai Alo village in Chorkuh jamoat": a village named as its unit
                    or _UNIT_NOUN_END.search(mention.text) is not None or UNIT_NOUN_AFTER.match(text, mention.end)
                    or mention.place.population > max(10 * previous.place.population, LOCATING_TOWN_POPULATION)) \
                    and haversine_km(previous.place.lat, previous.place.lon,
                                     mention.place.lat, mention.place.lon) <= NAMESAKE_KM:
                # "the Tajik village of Khodjai Allo in Isfara": the district seat locates the village
                _to_context(mention, f"locates {previous.text!r}")
            elif two_places and _same_country(previous.place, mention.place) and not _is_unit(previous) \
                    and mention.place.feature_code in SEATS and text[previous.end:mention.start] == " " \
                    and has_cyrillic(mention.text) \
                    and haversine_km(previous.place.lat, previous.place.lon,
                                     mention.place.lat, mention.place.lon) <= NAMESAKE_KM:
                # «на окраине села Чилгази Исфары»: the seat in the genitive right after the village locates it
                _to_context(mention, f"locates {previous.text!r}")
            elif two_places and _is_unit(mention) and not _is_unit(previous) \
                    and previous.place.kind == "curated" and previous.place.admin2 is not None \
                    and mention.place.is_district and mention.place.admin2 != previous.place.admin2 \
                    and _NAMESAKE_UNIT_GAP.fullmatch(*gap) \
                    and haversine_km(previous.place.lat, previous.place.lon,
                                     mention.place.lat, mention.place.lon) > NAMESAKE_KM:
                # "Koktash, a hamlet ... in the Sumbula rural district of Leilek": not the gazetteer's
                # Kök-Tash of Batken district, 90 km away; the unit is where it happened
                _to_context(previous, f"{NAMESAKE} far from {mention.text!r}, which locates it")
            elif two_places and _is_unit(previous) and not _is_unit(mention) and _KIND_OF_GAP.fullmatch(*gap):
                # "residents of the Leilek District village of Uch-Bulak": the district locates the village
                _to_context(previous, f"locates {mention.text!r}")
            elif two_places and _VILLAGE_OF_A_QUARTER_GAP.fullmatch(*gap) and _MAHALLA_BEFORE.search(
                    text, max(0, previous.start - _WORD_BEFORE_CHARS), previous.start) \
                    and haversine_km(previous.place.lat, previous.place.lon,
                                     mention.place.lat, mention.place.lon) <= NAMESAKE_KM:
                # «вблизи махалли Кок-Тош села Аксай»: the village a quarter the table holds belongs to locates it
                _to_context(mention, f"locates {previous.text!r}")
            elif two_places and _GENITIVE_QUALIFIER_GAP.fullmatch(*gap):
                if haversine_km(previous.place.lat, previous.place.lon,
                                mention.place.lat, mention.place.lon) > NAMESAKE_KM \
                        and not _within_its_unit(previous, mention) \
                        and not (not _is_unit(mention) and previous.place.kind == "curated"
                                 and UNIT_NOUN_AFTER.match(text, mention.end)):
                    # (not "near Arka village of Jany-Jer aiyl aimagy": the text names a rural unit whose point the
                    # gazetteer does not hold, only a village of its name elsewhere; the border village stands)
                    # "махалли Сомониён джамоата Чоркух": the gazetteer's Somoniyon is another one,
                    # far from Chorkuh; the unit that locates the place is where it happened
                    _to_context(previous, f"{NAMESAKE} far from {mention.text!r}, which locates it")
                else:
                    _to_context(mention, f"locates {previous.text!r}")
            continue
        if previous.role != "context" or previous.role_reason == MAHALLA:
            continue  # (the village whose mahalla it is: «из махалли Гулистон джамоата Чилгази» has its own role)
        if _ALIAS_GAP.fullmatch(*gap):
            _to_context(mention, f"another spelling of {previous.text!r}: {previous.role_reason}")
        elif _GENITIVE_QUALIFIER_GAP.fullmatch(*gap):
            _to_context(mention, f"locates {previous.text!r}")
        elif two_places and previous.place.kind != "country" and _IN_QUALIFIER_GAP.fullmatch(*gap) \
                and _same_country(previous.place, mention.place) and (
                mention.place.feature_code in SEATS
                or mention.place.population > max(10 * previous.place.population, LOCATING_TOWN_POPULATION)) \
                and haversine_km(previous.place.lat, previous.place.lon,
                                 mention.place.lat, mention.place.lon) <= NAMESAKE_KM:
            # "buried in his native village of Kyzyl-Jol on the edge of Batken city": the town locates it
            _to_context(mention, f"locates {previous.text!r}: {previous.role_reason}")
        elif _is_unit(mention) and (_QUALIFIER_GAP.fullmatch(*gap) or _CENTRE_OF_GAP.fullmatch(*gap)
                                    # "a post located opposite Ovchi-Kalacha jamoat of Bobojon Ghafurov district"
                                    or _UNIT_OF_GAP.fullmatch(*gap) or (
                # "the mining town of Aidarken in Batken region's Kadamjay district": the region's district
                previous.role_reason.startswith("qualifies") and _is_unit(previous)
                and _POSSESSIVE_GAP.fullmatch(*gap))):
            _to_context(mention, f"qualifies {previous.text!r}: {previous.role_reason}")
        elif (shared := previous.role_reason.split(": ", 1)[-1]).startswith(_SHARED_REASONS) \
                and _COORDINATION_GAP.fullmatch(*gap):
            # a list goes on: "to Batken city and to the neighbouring villages of Kyzyl-Jol and Boz-Adyr"
            _to_context(mention, f"coordinated with {previous.text!r}: {shared}")


#: How far (characters) after a village its own district may follow and show it is the gazetteer's row.
_OWN_UNIT_GAP = 30
#: The role reason's head of a village the unit after it shows to be another village of the same name.
NAMESAKE = "a namesake"
#: The opening of the reason given to a stretch's second end ("between Isfisor and Arka": Arka).
STRETCH_END = "the other end of a stretch from"


def demote_later_namesakes(mentions: list[Mention]) -> None:
    """Once a village is shown to be a namesake of a gazetteer row, its later mentions are too.

    "near Koktash, a hamlet ... in the Sumbula rural district of Leilek ... grazing cows on a slope
    above Koktash": both are the Leilek village, not the gazetteer's Kök-Tash of Batken district, which
    the article may still name as itself ("the better-known Kok-Tash of Batken district", its own
    district locating it).
    """
    namesakes: dict[int, str] = {}  # place id -> the name as first written
    places = [m for m in mentions if m.kind != "country_reference"]
    for index, mention in enumerate(places):
        if mention.place is None:
            continue
        if mention.role_reason.startswith(NAMESAKE):
            namesakes.setdefault(mention.place.id, mention.text)
            continue
        if mention.role != "incident" or mention.place.id not in namesakes:
            continue
        after = places[index + 1] if index + 1 < len(places) else None
        if after is not None and after.place is not None and after.place.is_district \
                and after.place.admin2 == mention.place.admin2 and after.start - mention.end <= _OWN_UNIT_GAP:
            continue  # "the better-known Kok-Tash of Batken district": the row itself
        _to_context(mention, f"{NAMESAKE}: the village named {namesakes[mention.place.id]!r} before")


def _to_context(mention: Mention, reason: str) -> None:
    """Make a place context, with no precision: it locates, names again or shares another's role."""
    _set(mention, "context", reason)
    mention.precision = None


def _precision(mention: Mention, around: _Around, pack: LanguagePack) -> int:
    place = mention.place
    assert place is not None
    if mention.kind == "border_area" or place.kind in ("admin1", "border") or place.feature_code == "ADM1":
        return 3
    if place.feature_code == "ADM2" or place.kind == "district":
        return 2
    if mention.expect_region:
        return 3
    if place.feature_code in SEATS and around.before_has(pack.folded.roles.border_section_before):
        return 3  # «на участке границы в Исфаре»: the municipality, which a village of the article places
    if around.before_has(pack.folded.roles.near_before):
        return 2
    return 1
