"""The contract every language pack fulfils.

The event model (:mod:`geo.incidents`) is language-independent: it works on
clauses, dates, triggers, figures and roles. Everything that depends on the
language of the article -- cue words, number and date reading, dateline
forms, role phrases -- comes from a :class:`LanguagePack` registered in
:mod:`geo.language`. A new language is a new pack; the model is not touched.
The contract test (``tests/test_language_packs.py``) walks every registered
pack and checks that it provides each piece and reads its own examples.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property

from geo.incidents.model import DateMention, RawFigure
from geo.language.folding import fold_pattern

__all__ = ["DatelineMatch", "EventWords", "FoldedCues", "RoleCues", "LanguagePack", "PACK_EXAMPLE_KEYS"]


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A wire or regional dateline at the head of an article.

    Attributes
    ----------
    start, end : int
        Span of the whole dateline in the article text.
    place : str or None
        The dateline place as written ("DUSHANBE"), context by definition.
    place_span : tuple of (int, int) or None
        Its offsets in the text.
    date : datetime.date or None
        The date the dateline states, when it states a year.
    month_day : tuple of (int, int) or None
        Month and day of a dateline without a year ("Sept 16").
    agency : str or None
        The agency or outlet ("AP", "Reuters", "24.kg news agency").
    """

    start: int
    end: int
    place: str | None
    place_span: tuple[int, int] | None
    date: dt.date | None
    month_day: tuple[int, int] | None
    agency: str | None


@dataclass(frozen=True, slots=True)
class RoleCues:
    """Phrases around a place name that make it context, not an event place.

    ``facing_before`` ("the Tajik village that faces Kyrgyzstan's", «напротив»)
    names a place only to say where another one lies; ``reference_before`` ("12 km west of",
    "north of the regional capital", «в 12 км к западу от») measures from a place, which is
    context where the article has another event place. ``burial_before``/``burial_after``
    ("buried in", «похоронили в», «в селе X ... похоронили») name where the dead were buried.
    ``firing_unit_before`` with ``firing_unit_after`` ("servicemen of the border post "Kara-Bak" ...
    opened fire", «военнослужащие заставы «Кара-Бак» открыли огонь») name the post of the side that
    fired: where the fire came from, not where it fell. ``facility_after`` ("the Lakkon rural health
    centre", "the Isfara central hospital") names a hospital or clinic after its place: where the
    wounded were treated, not the scene. ``post_name_before`` ("the Tajik post "Dahana"",
    «застава «Дахана»») names a border post: a name that the gazetteer knows only as a place far
    from the border is the post's own name, not that place. ``part_of_unit`` ("in the south of
    the district", «на юге района»; not «в районе села», "in the area of the village") names a
    part of the district the sentence before named, which is then the scene of the sentence's
    violence. ``locality_before`` ("the locality of", «в местности»)
    names a tract: context like a river's, unless the name is a village's (a tract named after
    its village is coded to it: «в местности Чек» is at Chek). ``incident_scene_before`` ("The
    incident happened in the area of", «Инцидент произошёл в местности») says where the event the
    sentences before reported took place: the place is its scene though its own sentence reports
    no violence. ``retracted_before`` ("An earlier version of this article said the shoot-out took
    place near", «Ранее ошибочно сообщалось, что ... в селе») names a place a correction withdraws.

    Each pattern is matched against the text of the clause just before
    (``*_before``, anchored at the end with ``$``) or just after (``*_after``,
    anchored at the start with ``^``) the place name. ``capital_speech_after``
    ("In Dushanbe, the border troops said") applies to seats of government and
    administration only (GeoNames PPLC, PPLA, PPLA2). ``destination_after``
    ("в Баткен эвакуированы") counts only after a ``motion_to_before``
    preposition ("в", "to"); ``treated_list_after`` needs none ("79 are in Bishkek, 39 in |Batken|, and 4 in Osh
    are being treated"). ``fired_on_residents`` (searched before a
    ``residents_before`` name: "opened fire on residents of", «огонь по жителям»)
    makes that village the scene of its government's version, not a home; so does
    ``own_village_after`` after the name ("blocked the road in the centre of the village",
    «перекрыли трассу в центре села»): its people acted at home. ``harm_there_after`` keeps a place people
    were taken to the scene when they were hurt there ("The woodcutters were taken to |Ak-Suu|, where two of
    them ... were beaten").
    ``locating_unit_before`` and ``locating_unit_after`` around a name make it a rural unit that
    only says where the village before it lies ("Kayragach, in Beshkent aiyl okmotu of Leilek district").
    ``residents_after`` ("Three Samarkandyk| residents") names a home before its people.
    ``scene_before`` ("near", "4 kilometres west of the village of", «у села», «в четырех
    километрах от») names the spot where the event happened beside a person named by their home
    ("the shepherd from Daraut-Korgon was grazing ... west of Kara-Shybak"): the home is context.
    ``origin_after`` ("side", «стороны») names the side fire came from only after
    ``origin_lead_before`` ("from the Vorukh side"; in Russian «с»/«со», rarely met, see the pack).
    ``organisation_after`` ("the Batken branch" of the Red Crescent, "Batken State University") makes the
    name part of an organisation's: no scene.
    ``border_section_after`` ("the Batken section of the border", "the Isfara direction") names a
    stretch of the frontier after a district or town: an area of tens of kilometres, never a scene
    at a settlement. ``border_section_before`` ("on a section of the border in Isfara", «на участке
    границы в Исфаре») names a district or regional seat as the municipality the stretch lies in: an
    area (precision 3) that a village of the article places more precisely. ``border_between_before`` ("the border
    between Kyrgyzstan's Batken district and |Tajikistan's Isfara", «на границе между Баткенским районом и |Исфарой»)
    names a district or seat as one side of a stretch of the border: no scene. ``municipality_before``
    («одноименного села города |Исфара», "three villages of the city of |Isfara") names a seat as the
    municipality its villages belong to: context that locates them. ``same_named_village_before``
    («у одноименного населенного пункта (бывший Октябрь) джамоата |Ворух», "the village of the same name in
    the |Vorukh jamoat") names the rural unit a village just named by another name lies in: context.
    ``quoted_section_before``
    («на участке |«Кайрагач - Гульхона»», "on the section |"Kayragach - Gulkhona"") names a border section
    by its ends in quotes: the village inside is the scene, not a quoted name.
    ``quarter_before`` with ``quarter_after`` ("the Bogi |Ravon| mahalla of the border village of", «в махалле
    |Навбахор| села») name a quarter or street of the village named next: a part of that village (which is the
    place), never a namesake elsewhere.
    ``destination_words`` is a pre-test for
    ``destination_before``, the costliest cue: every text it matches holds one of
    these words, so a text without any is no destination (the contract test
    checks this on the pack's example).
    """

    reporting_before: re.Pattern[str]
    government_before: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_before: re.Pattern[str]
    diplomacy: re.Pattern[str]
    venue_before: re.Pattern[str]
    venue_after: re.Pattern[str]
    explicit_scene_before: re.Pattern[str]
    destination_before: re.Pattern[str]
    destination_words: re.Pattern[str]
    destination_after: re.Pattern[str]
    harm_there_after: re.Pattern[str]
    treated_list_after: re.Pattern[str]
    motion_to_before: re.Pattern[str]
    origin_before: re.Pattern[str]
    origin_after: re.Pattern[str]
    origin_lead_before: re.Pattern[str]
    route_after: re.Pattern[str]
    river_before: re.Pattern[str]
    river_after: re.Pattern[str]
    border_section_after: re.Pattern[str]
    border_section_before: re.Pattern[str]
    border_between_before: re.Pattern[str]
    municipality_before: re.Pattern[str]
    same_named_village_before: re.Pattern[str]
    quoted_section_before: re.Pattern[str]
    organisation_after: re.Pattern[str]
    locality_before: re.Pattern[str]
    incident_scene_before: re.Pattern[str]
    retracted_before: re.Pattern[str]
    capital_speech_after: re.Pattern[str]
    route_before: re.Pattern[str]
    near_before: re.Pattern[str]
    residents_before: re.Pattern[str]
    residents_after: re.Pattern[str]
    fired_on_residents: re.Pattern[str]
    own_village_after: re.Pattern[str]
    locating_unit_before: re.Pattern[str]
    locating_unit_after: re.Pattern[str]
    scene_before: re.Pattern[str]
    facing_before: re.Pattern[str]
    reference_before: re.Pattern[str]
    burial_before: re.Pattern[str]
    burial_after: re.Pattern[str]
    firing_unit_before: re.Pattern[str]
    firing_unit_after: re.Pattern[str]
    facility_after: re.Pattern[str]
    post_name_before: re.Pattern[str]
    part_of_unit: re.Pattern[str]
    quarter_before: re.Pattern[str]
    quarter_after: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class EventWords:
    """Short cue words of the event builder (:mod:`geo.incidents.events`), spelled by each pack.

    Patterns anchored with ``$`` are searched in the text just before a date,
    figure or name; those opening with ``\\s*`` are matched just after one.

    Attributes
    ----------
    into_the_air : re.Pattern
        Shots said to go into the air ("into the air", «в воздух»).
    happened : re.Pattern
        A clause that says when the event told happened ("took place", «произошло»).
    died_just_before : re.Pattern
        A death verb just before a date ("died early |this morning", «скончался |в субботу»).
    limit_day : re.Pattern
        Just before a date that only limits ("by |Saturday morning", «к утру |субботы»).
    pronoun_died_after : re.Pattern
        Just after a day, a person told of died that day ("on Tuesday| he died", «во вторник| утром он умер»).
    notice_before : re.Pattern
        Just before the time of a correction or an update notice ("Correction (|20 April", «Уточнение от |16:40»).
    negated_day : re.Pattern
        Just before a date that a correction withdraws ("not |on Monday", «не |сегодня»).
    limit_before : re.Pattern
        Before a date that is a limit ("until |Monday", «до |понедельника»).
    death_first : re.Pattern
        A died-of-wounds phrase that tells the death first, or of one of the wounded already counted
        ("one of the wounded died", «скончался военнослужащий, получивший ранение»).
    joint_statement : re.Pattern
        A statement both sides signed ("a joint statement", «совместное заявление»).
    relative_opening : re.Pattern
        A relative clause's opening ("where", «где»): a comma part that describes, not attributes.
    source_opening : re.Pattern
        A clause that opens with its source ("According to preliminary data", «По оперативным данным»).
    fact_check : re.Pattern
        A fact-check naming itself ("Fact check:", «Проверка фактов»).
    denial_headline : re.Pattern
        A headline saying the story is a denied report ("denies reports", «опровергли слухи»).
    exercise_headline : re.Pattern
        A headline whose story is an exercise ("Rescuers hold evacuation exercise in Ak-Tatyr", «МЧС провело учения»):
        its evacuations and "wounded" are the exercise's.
    interdiction_headline : re.Pattern
        A headline whose story is smuggling stopped at the border ("Border guards stop illegal movement of cattle",
        «Пресечена попытка незаконного перемещения КРС»): its detentions, with no fight or harm in the headline, are
        the service's routine work.
    resettlement_headline : re.Pattern
        A headline whose story is a planned resettlement ("Resettlement completed: 76 new homes for Leilek residents",
        «Жители Достука переселяются в новый поселок»): its moves are no flight from violence.
    withdrawn : re.Pattern
        After what an earlier version said, the words that withdraw it ("This was wrong", «Это не так»).
    result_opening : re.Pattern
        A toll's clause opening with its cause told before ("As a result", «В результате»).
    fight_again : re.Pattern
        A fight told before, named again ("after the brawl", «после драки»).
    transfer_before : re.Pattern
        Just before a date, a patient's transfer ("where he had been flown by helicopter on", «переведен санавиацией»):
        the day he was moved dates no event.
    one_death : re.Pattern
        One person's death named without a count ("the death of a serviceman", «гибели военнослужащего»): what a
        refutation of it withdraws is one dead.
    one_of_them_before : re.Pattern
        Just before a village named as a home, one of the people counted before ("one of them, a 24-year-old resident
        of", «один из них, 24-летний житель»).
    heavy_impact : re.Pattern
        A heavy weapon's round that struck ("a mortar shell hit a barn", «мина разорвалась во дворе»), or the heavy
        weapon said to be used ("then used mortars", «а затем применили минометы»).
    at_the_place_after : re.Pattern
        Between "one more" person and the place named right after them ("was wounded |near the village of |",
        «получил ранение |у |»).
    parent_place : re.Pattern
        Between a village and the town it belongs to ("of the city of", «города»).
    protest_note : re.Pattern
        A protest note about an event ("a note of protest in connection with", «ноту протеста в связи с»).
    land_before, land_after : re.Pattern
        Land people work or graze, just before a village's name ("onto the pastures of |") or just after it
        ("Kyzyl-Eshme| pastures").
    no_force : re.Pattern
        Searched in a detention's paragraph: no force used, no resistance offered («Задержанные сопротивления не
        оказали», "no force was used").
    no_force_in_any_case : re.Pattern
        A round-up's word that no case it counts involved force ("None of the cases involved the use of force",
        «Физическая сила при задержаниях не применялась»): each detention it lists, told with no force of its own,
        is no incident.
    spot_from_the_village : re.Pattern
        A spot measured from "the village" named just before, searched after the name ("a resident of Ghulakandoz
        ... was grazing goats| about 800 meters west of the village|").
    fire_opened : re.Pattern
        Shots fired at people, told as such ("opened fire on the observation tower", "a skirmish", «открыли огонь
        по», «перестрелка»), not denied ("did not open fire", «огонь не открывали»).
    weekday_lead : re.Pattern
        A paragraph opening with a weekday as its label in a digest ("Tuesday: ...", «Вторник, 23 мая. ...»).
    in_part_of_unit_before : re.Pattern
        Before a district named as where in it the event was ("in the south of |", «на юге |»).
    post_anaphor : re.Pattern
        The post told before, named again by its noun alone: "at the post", «При обстреле |заставы| ... ранение
        получил»: the figures of the clause are the post's event's.
    site_near_before : re.Pattern
        Before a village named as the place of a site where the event was ("on the bridge near the settlement of |",
        «на мосту у села |»): the scene, beside the home of the people who acted there.
    where_before_date : re.Pattern
        A relative clause on a place, just before its date: "near the intake in Ravat|, where| the evening before
        residents had argued", «у водозабора в Капчыгае|, где| накануне вечером жители поспорили»: with no violence in
        it, the date is of what it tells (a quarrel), not of the clause's event.
    the_village_scene : re.Pattern
        The scene told by the village's noun alone, of the village the sentence before named: "At the entrance to the
        village", «на въезде в село»: the people named there by their home came from elsewhere.
    incident_happened : re.Pattern
        The story's incident told as having happened, with no place: "The incident reportedly took place in the
        afternoon of April 25", «Инцидент произошел 25 апреля»: its day dates the story's events told undated.
    earlier_report : re.Pattern
        Matched at a paragraph's start: an earlier report told after the news, "Earlier, the border service said ...",
        «Ранее в погранслужбе заявили ...»: the day of an event told there or after it does not date the news told
        undated before it.
    latest_opening : re.Pattern
        A sentence that opens on the news's own event after a comparison with an older one ("The most recent incident
        appears to have arisen ...", «Нынешний инцидент произошел ...»): no telling of the older one goes on into it.
    release_opening : re.Pattern
        The words that open a body's release reprinted whole ("The Press Centre of the Border Troops ... disseminated
        the following information", «Пресс-центр Пограничных войск ... распространил следующую информацию»): the body
        is the speaker of the sided figures its release gives with no speaker of their own.
    place_not_hit_before : re.Pattern
        Before a place a correction says the event was not at ("and |not in |Kayragach as it said earlier", «а |не в
        |Ак-Сае»).
    place_not_hit_after : re.Pattern
        After such a place ("Ravat| itself was not hit|", «Ак-Сай| не пострадал|»).
    clash_again : re.Pattern
        A fight named again with its noun after "in the": "In the March 13 clash", «в ходе вчерашней перестрелки»: a
        toll of that clause is the fight's, not that of an arson or a blockade told since.
    victims_before : re.Pattern
        Before a village named as the home of the people an attack was aimed at ("threw stones at residents of |",
        «забросали камнями жителей |»): told before as a scene, it stays the scene, and the attackers' village named
        first in the clause is their home.
    unknown_village_in_before : re.Pattern
        Before the district of a village the gazetteer lacks ("near the village of Karamyk in |Chong-Alay
        district"): the district stands for that village.
    several_days : re.Pattern
        A lede that speaks of several days ("this week", «за неделю»).
    not_before : re.Pattern
        "not" just before a figure ("not |two killed as first announced", «а не |двое»).
    rest_of_count : re.Pattern
        In a figure's own words, the rest of a count ("Two others", «Двое других»).
    rest_after : re.Pattern
        After a figure, in its sentence, the rest of a count told before opening a phrase of its own ("Two were
        hospitalised|, the rest were treated as outpatients", «Двое госпитализированы|, остальным помощь оказана
        амбулаторно»): the figure is a part of that count.
    includes_part : re.Pattern
        A count that names a part of its people ("three residents, including a teenager", «трое, в том числе
        подросток»): a figure of the rest in the next sentence is that count's rest, not a count of its own.
    update_label : re.Pattern
        An update's label standing as a sentence of its own, its clock time in the groups ``hour`` and
        ``minute`` ("UPDATED, 21:10.", «ОБНОВЛЕНО в 18:50.»).
    of_them : re.Pattern
        A figure's own words opening with a part of a group told before ("Two of them", «Двое из них»).
    hospital_intake : re.Pattern
        A figure's own words that count people brought to hospital ("Two were hospitalised", «Двое
        доставлены»): opening a sentence after a larger count of the hurt, a part of it.
    bare_one : re.Pattern
        A figure's own words that are a bare count of one with its verb and no noun ("One received a gunshot
        wound", «Один получил ранение»; not "One resident of Vorukh was hurt", a person of his own): opening a
        sentence after a larger count of the hurt, one of them.
    thing_relative : re.Pattern
        The opening of a relative clause about a thing named before (", which", «, который»; not ", when"):
        an old date inside it ("a canal, which had been closed three weeks ago") is the thing's, not the clause's.
    former_name : re.Pattern
        A place's former name told in a relative clause ("which until 2023 was called Churbek", «которое до 2023
        года называлось Чурбек»): the date is the name's, and the clause keeps its other dates' scope.
    same_body : re.Pattern
        A speaker named as the one that spoke before ("the same department", "it said", «в ведомстве
        сказали»): its counts on different days are one body's, the latest standing.
    here : re.Pattern
        A zero about one place only ("No one was hurt there", «в селе никто не пострадал»).
    then_opening : re.Pattern
        Matched at a clause's start: "at that time" («Тогда», "At the time", "Back then"), the time of
        the last day told before it that is not the day of writing.
    part_of_told : re.Pattern
        Searched in a clause: a part of the whole the sentence before told ("In Aksay alone, dozens of houses were
        set on fire", «В одном только Ак-Сае сгорели десятки домов»): it goes on with that sentence's time.
    in_it_opening : re.Pattern
        A sentence that opens on the event told just before, named by a pronoun («В ней участвовали около 150
        человек»): it goes on telling that event.
    where_it_lies : re.Pattern
        Searched between two places of a clause: a relative clause that tells where the
        first lies by the second ("Ak-Sai|, where a road ... run along the edge of |Vorukh",
        «Ак-Сай|, где дорога проходит вдоль границы |Воруха»): the second is a landmark.
    later_that_day : re.Pattern
        Opening a sentence: a later hour of the day the sentence before it was told
        ("Later in the day", «Днем», «К вечеру»), with ``same_body`` the body's newer count.
    party_zero : re.Pattern
        Matched at a zero's start: a zero about one party only, the people the clause opens
        on ("The driver and two passengers were not hurt", «Водитель и двое пассажиров не
        пострадали»); it says nothing of the article's other events.
    small_arms : re.Pattern
        Small arms named as what fired ("from automatic weapons", "with small arms", «из стрелкового оружия»):
        fire with them alone at a target the press calls shelled is an exchange of fire (not "The shelling,
        accompanied by automatic weapons fire").
    after_the_fight : re.Pattern
        A fight named only as what came before ("agreed on Sunday to a ceasefire |after an exchange of mortar fire
        near Kara-Bak", «договорились о прекращении огня |после перестрелки»): the clause's day is the agreement's.
    count_anaphor : re.Pattern
        A count that names no measure and points back to the sentence before ("By Thursday morning the ministry put
        the number at |1,460", «К утру их число выросло до |1460»), its number in the group ``number``.
    past_relative : re.Pattern
        The opening of a relative clause about a place or a border whose own words date it in the past ("along a
        disputed border| where fighting killed dozens of people last year", «у села|, где в 2021 году погибли
        ...»): the clause splits there, and what it tells is that past's.
    drone_downed : re.Pattern
        A drone shot down ("the drone was shot down", "guards downed a quadcopter", «беспилотник был сбит»): the
        fire at it is the drone event's, not an armed clash, unless :attr:`fire_exchanged` says more.
    fire_exchanged : re.Pattern
        Fire between armed sides ("an exchange of fire", "returned fire", «перестрелка», «открыли ответный
        огонь»).
    told_on_weekday : re.Pattern
        A report told with its weekday ("Tajik authorities said on Thursday", «сообщили в четверг»), the weekday
        in one of the groups ``d0`` (Monday) to ``d6`` (Sunday): the day a year-less dateline was written.
    called_false : re.Pattern
        The words of an alarm's explanation (:attr:`LanguagePack.alarm_explained`) that only call the report false
        ("the information is not true", «не соответствует действительности»), telling no cause.
    both_opening : re.Pattern
        A count that opens with "both" ("both injured", «оба пострадавших»): after a larger count in one of the
        two sentences before, two of those people, not a count of its own.
    one_pronoun_opening : re.Pattern
        A sentence that opens with a pronoun for one person ("He", «Он», «Она»): told right after one person's
        death, the wound it tells is the dead man's («скончался младший сержант ... Он получил тяжелое
        огнестрельное ранение в живот»).
    local_people : re.Pattern
        A figure's people told as local ("a local man", «местного чабана»): of the event village's country.
    of_them_before : re.Pattern
        Just before a figure, "of them" («из них»): the figure counts a part of the people named before it in its
        clause («драку начали жители Самаркандека, а из них «пострадали лишь двое»»: Samarkandyk's people).
    party_with_before : re.Pattern
        Just before a village's name, the other party of a fight named by its people ("a brawl with residents of",
        «в драке с жителями»): a place named after it with "at" or «у» is the scene.
    travel_stop : re.Pattern
        The words that open a sentence naming a stop on a reporter's route, up to the village's name ("First stop: ",
        "Ten kilometres further east, in ", «Первая остановка – », «Дальше по дороге – »): what its people tell next
        is there.
    unit_under_fire : re.Pattern
        One side's unit told under fire ("a patrol of the Kyrgyz Border Service came under fire", «наряд Пограничной
        службы ГКНБ Кыргызстана попал под обстрел»): the servicemen counted next, with no side, are that unit's.
    social_media_report : re.Pattern
        A report told as a social network's or a messenger's, before any official word ("a local Telegram channel
        wrote", «в WhatsApp-группах разошлось сообщение»): its figures are an earlier, unconfirmed report.
    moved_from_before : re.Pattern
        Just before a village's name, where people were moved from ("from", «из»): in a clause naming several such
        villages, each count of the displaced is the one named before it.
    active_harm_opening : re.Pattern
        A figure's words that open with an active verb of harm ("beat two shepherds", «избила местного чабана»):
        the people named before it are who did it, not the hurt or a speaker.
    coordinated_part : re.Pattern
        A count's next part, searched inside a figure: "one resident of Histevarz| and one |Tajik border guard",
        «... и двое ...» (not a list of ages or birth years).
    released_before : re.Pattern
        A release or hand-back told before a day, ending at it: "handed back to the Kyrgyz side with injuries |on
        Tuesday", «передали кыргызской стороне |21 мая».
    territory_before : re.Pattern
        Just before a district or region named as a country's territory: "detained |on the territory of |Kuhistoni
        Mastchoh district", «находились |на территории |Лейлекского района».
    came_from_before : re.Pattern
        Just before a village named as where people came from: "citizens of Tajikistan |from the village of |Muchun".
    came_after : re.Pattern
        Just after it, their coming to the scene: "Muchun| came to the head of the canal", «Мучун| пришли к».
    wounded_on : re.Pattern
        Just before the day a man who later died was wounded: "a farmer |wounded on |August 16", «житель района,
        |раненный |16 августа».
    past_war_anaphor : re.Pattern
        A past war pointed back to, whose next sentences go on telling it: "killed in |those clashes|", «в |тех
        боях|».
    alleged_before : re.Pattern
        Before a figure the article calls alleged (the other side's claim): "|allegedly lost |three", «|якобы потеряла
        |троих».
    since_opening : re.Pattern
        A clause that opens with the day or year a running total counts from: "|since 2021", «|с мая».
    past_year_event : re.Pattern
        An event named with a past year, told to place a crime or a memory: "during the evacuation of September
        2022", "in the 2021 clashes", «во время эвакуации сентября 2022 года» (its words type no event now).
    claimed_before : re.Pattern
        Just before a figure of one side's people, a verb that claims it: "and |claimed that at least |eight Tajik
        servicemen were killed", «|утверждают, что |двое»: told by a speaker the clause does not name, it is the
        other side's claim.
    rest_opening : re.Pattern
        A sentence that opens on the rest of a count ("The others were treated on the spot", «Остальным помощь
        оказали на месте»): the count in the sentence before is a part.
    hurt_list_heading : re.Pattern
        A clause that heads a list of the hurt or the dead, each on a line of its own ("Among the injured:", «Среди
        пострадавших — трое жителей района:»); the group ``dead`` is set where it lists the dead, ``them`` where it
        lists those the sentence before counted ("Several people were injured. Among them:").
    beating : re.Pattern
        A beating by hand ("As a result of the beating", "the shepherd was beaten", «избили»): with no shot or weapon
        in its section, the article's "attack" or "clash" is that fight, no armed clash.
    separate_incident : re.Pattern
        A clause that tells another incident than the one told before it ("while in a separate incident a boy was
        killed by a shell", «в другом инциденте пострадал чабан»): its figures are that incident's, told later with its
        place, not those of the event before it.
    hurt_list_inline : re.Pattern
        A clause's opening that heads a list of the hurt or the dead written on in the same clause ("Among the injured
        are ...", «Среди пострадавших — 56-летний дехканин ..., а также двое мужчин ...»): the counts in the list are
        parts of the people counted, told together; the group ``dead`` is set where it lists the dead.
    listed_person : re.Pattern
        A list's line that describes one person ("- a 34-year-old resident of Ak-Sai, a gunshot wound to the leg",
        «— 17-летний подросток с ранением руки»).
    listed_group : re.Pattern
        A list's line that opens on a count of people ("- two officers of the district police, minor injuries", «—
        трое жителей Кок-Таша»), its group ``number``: the line counts that many people, not one.
    kin_opening : re.Pattern
        A clause that opens on a relative of the person just told ("|His 23-year-old son|, who was working beside
        him, was grazed in the arm", «|Его сын| получил ранение»): the relative's figure takes that person's side.
    person_again : re.Pattern
        A one-person figure that opens on a definite noun phrase naming someone told before ("|The older boy| died of
        his wounds" after "A 13-year-old Tajik boy was killed", «Старший из мальчиков скончался»); group ``noun`` is
        the person's noun. Russian has no article, so only an elder or younger one of those told is matched.
    gathering : re.Pattern
        People gathered to ask or protest ("held a |rally| in front of the regional administration", «|митинг|»): an
        event of these words alone hurts no one.
    side_reports_before : re.Pattern
        A clause that opens on a side and its report, up to a figure: «|С таджикской стороны сообщается об |одном
        убитом», "|From the Tajik side, there were reports of |one killed" (the side's own losses, told from its side);
        group ``side`` names it ("The Tajik side reported" is a speaker, read as one).
    munition_blast : re.Pattern
        A munition that went off, told with no word of who fired it: "the |explosion of a shell|", «из-за |взрыва
        снаряда|» (old ordnance, if the story says so elsewhere).
    fighting_went_on_opening : re.Pattern
        A clause that opens on the fighting told before, still going on: "|As the shooting continued|, the Isfara city
        administration moved about 140 residents", «|Пока продолжалась перестрелка|, ...»: the fighting's day, not the
        day of a later sentence (the residents' return the next morning); or hours after the day told last: "|A few
        hours later|, armed clashes also took place in the areas of ...".
    conflict_began : re.Pattern
        The article's fight told as begun, with no place: "|The latest conflict erupted| Wednesday when ...",
        «|Конфликт начался| 28 апреля»: its day starts the fight's window.
    """

    into_the_air: re.Pattern[str]
    happened: re.Pattern[str]
    died_just_before: re.Pattern[str]
    limit_day: re.Pattern[str]
    pronoun_died_after: re.Pattern[str]
    notice_before: re.Pattern[str]
    negated_day: re.Pattern[str]
    limit_before: re.Pattern[str]
    death_first: re.Pattern[str]
    joint_statement: re.Pattern[str]
    relative_opening: re.Pattern[str]
    source_opening: re.Pattern[str]
    fact_check: re.Pattern[str]
    denial_headline: re.Pattern[str]
    exercise_headline: re.Pattern[str]
    interdiction_headline: re.Pattern[str]
    resettlement_headline: re.Pattern[str]
    withdrawn: re.Pattern[str]
    result_opening: re.Pattern[str]
    fight_again: re.Pattern[str]
    one_of_them_before: re.Pattern[str]
    one_death: re.Pattern[str]
    transfer_before: re.Pattern[str]
    heavy_impact: re.Pattern[str]
    at_the_place_after: re.Pattern[str]
    parent_place: re.Pattern[str]
    protest_note: re.Pattern[str]
    land_before: re.Pattern[str]
    land_after: re.Pattern[str]
    spot_from_the_village: re.Pattern[str]
    no_force: re.Pattern[str]
    no_force_in_any_case: re.Pattern[str]
    fire_opened: re.Pattern[str]
    weekday_lead: re.Pattern[str]
    in_part_of_unit_before: re.Pattern[str]
    post_anaphor: re.Pattern[str]
    site_near_before: re.Pattern[str]
    where_before_date: re.Pattern[str]
    victims_before: re.Pattern[str]
    clash_again: re.Pattern[str]
    incident_happened: re.Pattern[str]
    earlier_report: re.Pattern[str]
    latest_opening: re.Pattern[str]
    release_opening: re.Pattern[str]
    place_not_hit_before: re.Pattern[str]
    place_not_hit_after: re.Pattern[str]
    the_village_scene: re.Pattern[str]
    unknown_village_in_before: re.Pattern[str]
    several_days: re.Pattern[str]
    not_before: re.Pattern[str]
    rest_of_count: re.Pattern[str]
    rest_after: re.Pattern[str]
    includes_part: re.Pattern[str]
    update_label: re.Pattern[str]
    of_them: re.Pattern[str]
    hospital_intake: re.Pattern[str]
    bare_one: re.Pattern[str]
    thing_relative: re.Pattern[str]
    former_name: re.Pattern[str]
    same_body: re.Pattern[str]
    here: re.Pattern[str]
    then_opening: re.Pattern[str]
    part_of_told: re.Pattern[str]
    in_it_opening: re.Pattern[str]
    where_it_lies: re.Pattern[str]
    later_that_day: re.Pattern[str]
    party_zero: re.Pattern[str]
    small_arms: re.Pattern[str]
    after_the_fight: re.Pattern[str]
    count_anaphor: re.Pattern[str]
    past_relative: re.Pattern[str]
    drone_downed: re.Pattern[str]
    fire_exchanged: re.Pattern[str]
    told_on_weekday: re.Pattern[str]
    called_false: re.Pattern[str]
    one_pronoun_opening: re.Pattern[str]
    active_harm_opening: re.Pattern[str]
    moved_from_before: re.Pattern[str]
    social_media_report: re.Pattern[str]
    unit_under_fire: re.Pattern[str]
    travel_stop: re.Pattern[str]
    party_with_before: re.Pattern[str]
    of_them_before: re.Pattern[str]
    local_people: re.Pattern[str]
    both_opening: re.Pattern[str]
    coordinated_part: re.Pattern[str]
    released_before: re.Pattern[str]
    territory_before: re.Pattern[str]
    came_from_before: re.Pattern[str]
    came_after: re.Pattern[str]
    wounded_on: re.Pattern[str]
    past_war_anaphor: re.Pattern[str]
    alleged_before: re.Pattern[str]
    since_opening: re.Pattern[str]
    claimed_before: re.Pattern[str]
    past_year_event: re.Pattern[str]
    kin_opening: re.Pattern[str]
    rest_opening: re.Pattern[str]
    hurt_list_heading: re.Pattern[str]
    hurt_list_inline: re.Pattern[str]
    separate_incident: re.Pattern[str]
    beating: re.Pattern[str]
    listed_person: re.Pattern[str]
    listed_group: re.Pattern[str]
    person_again: re.Pattern[str]
    gathering: re.Pattern[str]
    side_reports_before: re.Pattern[str]
    munition_blast: re.Pattern[str]
    fighting_went_on_opening: re.Pattern[str]
    conflict_began: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class FoldedCues:
    """The pack's hottest patterns without ``re.I``, for :func:`~geo.language.folding.lower_keep_length` text.

    A pattern that could not be folded (it names capitals) is the original,
    which matches lower-cased text only where it would match it anyway; the
    packs' cues here name none (the contract test checks they all fold).
    """

    violence: re.Pattern[str]
    triggers: Mapping[str, re.Pattern[str]]
    not_event: re.Pattern[str]
    background: re.Pattern[str]
    diplomacy: re.Pattern[str]
    refuted_tail: re.Pattern[str]
    roles: RoleCues


#: Keys every pack's ``examples`` mapping must hold (see the contract test).
PACK_EXAMPLE_KEYS = ("dateline", "date", "figure", "background", "trigger", "destination", "statement_date",
                     "statement_date_after")


@dataclass(frozen=True)
class LanguagePack:
    """Everything language-specific the event model needs.

    Attributes
    ----------
    code, name : str
        ISO 639-1 code (``en``) and English name.
    find_dateline : callable
        ``find_dateline(text) -> DatelineMatch | None``: a wire or regional
        dateline in the first lines of the text.
    find_dates : callable
        ``find_dates(text, published) -> list[DateMention]``: every date
        expression of a clause, resolved against the publication date.
    days_later : callable
        ``days_later(clause) -> (start, end, days) | None``: an opening that dates a clause
        by days after the last day the text told ("Three days later,", «На следующий день»).
    night_words : frozenset of str
        Date words that name a night without naming its day ("overnight", «ночью»): read
        against the publication date alone, they give way to a date the clause names
        ("September 17-18 ... An overnight exchange of fire").
    today_words : frozenset of str
        Date words that name the day of writing ("today", «сегодня»): inside a quoted report, they
        name the day that report came out ("In a publication out on Tuesday at 20:50 ... the clash
        began 'today at about 19:30'").
    clause_break : re.Pattern
        Where a sentence splits into clauses for time scope and figures.
    background : re.Pattern
        Words that make a clause background whatever its dates ("years
        ago", "last year", "regularly flare up").
    retrospective : re.Pattern
        A headline that looks back ("A year after the war", "anniversary"):
        the article's undated clauses are background.
    triggers : mapping of str to re.Pattern
        Event type (:data:`geo.incidents.taxonomy.EVENT_TYPES`) to its cue.
    violence : re.Pattern
        Any event or impact cue (a union of the triggers and damage words):
        a place in a clause without one is context.
    not_event : re.Pattern
        Phrases that contain a trigger word but report no event ("protest
        note", "ceasefire talks"); removed before triggers are looked for.
    sub_event_cues : mapping of str to re.Pattern
        ACLED sub-event type to a cue that selects it over the default
        (e.g. a landmine, a detention).
    firearms : re.Pattern
        Shots and weapons ("gunfire", «выстрелы», «открыли огонь»): a brawl whose clause names
        none of them is no armed clash, whatever it is called ("the April 20 clash").
    read_figures : callable
        ``read_figures(clause) -> list[RawFigure]``: the number grammar.
    read_share : callable
        ``read_share(before) -> (value, start) | None``: the count of one place's share of a
        per-place breakdown, read off the text just before the place ("five of them in |Kyzyl-Bel",
        «один — житель |Ак-Сая»); see :mod:`geo.incidents.breakdowns`.
    read_share_after : callable
        ``read_share_after(after) -> (value, end) | None``: the same, read off the text just after
        the place, where the share follows it («из Ак-Сая| вывезены 4 950 жителей, из Кок-Таша| — 3 620»,
        "Ak-Sai| — 4,950"): the value and where its number ends in ``after``.
    read_roster : callable
        ``read_roster(sentence, places) -> (measure, counts) | None``: a roster of the named dead or hurt
        village by village ("Among the dead were Vorukh residents A and B; Chorkuh resident C"), the count of
        people named after each place (:mod:`geo.language.roster`).
    read_distributed : callable
        ``read_distributed(sentence, places) -> [(measure, counts)]``: counts told once for a list of villages
        ("one person was killed in each", «девять и семь соответственно»), one count per place
        (:mod:`geo.language.distributive`).
    read_treated_parts : callable
        ``read_treated_parts(sentence) -> list of (start, end, value)``: each count of the hurt the sentence tells
        with where or how they were treated ("three were taken to the Batken hospital, two more were treated on the
        spot", «трое доставлены в больницу, двоим помощь оказана на месте"); parts of one count when a sentence tells
        two or more (:mod:`geo.incidents.events.figures`).
    count_templates : mapping of str to str
        Measure -> a short sentence of the language with ``{n}`` for a number ("{n} people were evacuated"),
        read by ``read_figures`` to give a count that names no measure (``EventWords.count_anaphor``) its value.
    revision : re.Pattern
        A clause that revises a toll ("rose to", "now stands at").
    superseded : re.Pattern
        A clause that reports an earlier, outdated figure ("initially",
        "earlier reports said").
    revises_previous : re.Pattern
        Matched at the end of a clause: the next words revise the figures it gave ("... reported
        3 deaths and 4 injured|; on 16 March the Ministry of Health revised these figures",
        «...|, позже ведомство уточнило эти данные»): those figures are outdated.
    told_by_next : re.Pattern
        Matched at the start of the sentence after a clause: a sentence that only names who told the
        one before («Об этом сообщила пресс-служба ведомства», "This was reported by the border
        service"); its speaker claims the clause's figures.
    correction_before : re.Pattern
        Searched in the sentence before a clause: a correction notice ("An earlier version of this story
        said five people were injured", «В первоначальной версии материала сообщалось ...»); the
        clause's figures are the corrected ones (a revision).
    sides : mapping of str to re.Pattern
        Country code to the words that name that side.
    speakers : mapping of str to re.Pattern
        Country code to the bodies that speak for that side without naming it, looked for only
        when a claim names no side at all (the Kyrgyz Border Service, «Пограничная служба»; the
        Tajik Border Troops, «Пограничные войска»).
    joint : re.Pattern
        Words that make a figure cover both sides ("on both sides", "in total").
    joint_after : re.Pattern
        Matched right after an unsided figure, words that count one side's people among it
        ("three, including a Tajik border guard"): the figure covers both sides.
    own_side : re.Pattern
        Words that give a figure the claimant's own side ("on its side", "its citizens").
    own_forces : re.Pattern
        Servicemen and ranks ("a private", "two border guards", «двое военнослужащих»): a
        government's figure of servicemen that names no side counts its own.
    losing_side : re.Pattern
        A phrase that names whose losses a figure counts or who attacked, never who speaks
        ("on the Tajik side", "со стороны Таджикистана", "the provocation by the Tajik side"):
        left out when the claimant is looked for.
    side_losses : re.Pattern
        A side named as the one that suffered losses ("the Kyrgyz side also suffered losses",
        «таджикская сторона также понесла потери»): an unsided figure after it in the sentence
        counts that side's people (a claim when another side tells it).
    first_report : re.Pattern
        The article says it is the first report of an earlier event ("was not
        reported at the time", «Ранее об инциденте не сообщалось»).
    review_period : re.Pattern
        Searched in the article's opening: a weekly or monthly review of the border ("Border
        Watch: September on the frontier", «Неделя на границе», «Обзор недели»), with a named
        group ``week`` or ``month``: its news window is that period, not the usual fortnight.
    also : re.Pattern
        A word that adds the people a figure counts to those of an event told
        elsewhere ("two residents of Vorukh had also been hurt", «также пострадали»).
    harmless_fire : re.Pattern
        Shots that fight no one ("police fired warning shots into the air", «произвели предупредительные выстрелы
        вверх»): a brawl they are told of is still no armed clash (weapons said not to be used are
        :attr:`not_event`'s).
    earlier_event_opening : re.Pattern
        Matched at a clause's start: the clause tells the earlier event that the sentence's news follows
        (", a day after a stone-throwing incident near ... Western Kalacha", «, на следующий день после драки у
        ...»): its event is its own, so a clause of the sentence with no event of its own does not take its type.
    same_time : re.Pattern
        A clause's time told as the last day's ("в ту же ночь", "the same night"): it goes on with the story
        of that day (read where the article looks back and the clause has no date of its own).
    other_version : re.Pattern
        Matched at a sentence's start: the sentence tells the other side's version of the event told
        before ("According to the Tajik version,", «По их версии»): the places it names are that event's
        (the other side's post that "was fired on first"), not new scenes.
    other_account : re.Pattern
        The other side's account of the event told before, announced ("The Tajik side gives its own version of
        events", «изложила события иначе»): in its paragraph, the people it counts hurt at their own village were
        hurt in the brawl already placed.
    truce_after_fire : re.Pattern
        A clause that tells a ceasefire agreed after the fire at its place ("agreed on Monday on a
        ceasefire near Khistevarz, after an exchange of fire there on Sunday", «договорились о прекращении
        огня у села Бешкент после ночной перестрелки»): the agreement is an event of its own beside the
        fire's. Group ``after`` spans the phrase that tells the fire (its dates are the fire's).
    protest_after_fire : re.Pattern
        A clause that tells a protest the day after the fire at its place ("blocked the highway on Saturday,
        the day after Arka came under fire", «на следующий день после обстрела»): two events, the fire a day
        before the protest. Group ``after`` spans the phrase that tells the fire.
    drone_attack : re.Pattern
        A drone that attacks ("a drone attacked a car", «беспилотник атаковал автомобиль»): the attack
        word is the drone strike's, not a clash of people.
    same_event : re.Pattern
        The part of :attr:`also` that names the event told before ("hurt in the same fight", «в той же
        драке»): people of a village hurt there, not an event at their village.
    report_about : re.Pattern
        A clause that reports about an event already told ("updated its figures on the fight near
        Kara-Shibak", «уточнила данные о драке у Кара-Шыбака»), not a new one: a digest's later item about
        the event keeps the event's own day.
    natural_hazard : re.Pattern
        A natural disaster ("earthquake", «сель», «паводок»): an article whose headline names one,
        and no fighting, reports no border incident.
    debunked : re.Pattern
        A fact-check's verdict that the event it examines did not happen
        ("Verdict: FALSE", «Вердикт: ложь»), or a denial followed by what the alarm
        really was ("no incident took place ... planned blasting"): the article reports no incident.
    republished : re.Pattern
        An editor's note at the top that the story is an old one republished ("This article was first
        published on Sept. 16, 2022, and is republished unchanged", «Материал публикуется повторно»):
        it reports no new incident (within :data:`~geo.incidents.events.EDITORS_NOTE_CHARS`).
    claim_label : re.Pattern
        The label that opens a fact-check's claim paragraph ("Claim:", «Утверждение:»).
    real_event_told : re.Pattern
        A fact-check that goes on to tell what really happened ("A shooting did take place, but not
        in Kyzyl-Bel", «Что было в оригинале»): its event stands; only the claim's places and
        figures are dropped.
    false_alarm : re.Pattern
        A denial that the reported violence happened ("There was no shelling", «Никакого
        обстрела не было»), not followed by "but" / «но».
    cumulative_label : re.Pattern
        A paragraph's label that says it counts from the start of a past crisis ("Key figures since the
        start of the response", «Ключевые цифры с начала реагирования»): the paragraph is background.
    background_heading : re.Pattern
        A section heading that announces background ("Background", "What we know about the conflict",
        «Что известно о конфликте», «Справка»): the clauses under it, up to the next heading, are
        background.
    false_report : re.Pattern
        A report said to be false ("the report was false", «информация не соответствует
        действительности»): with :attr:`alarm_explained` in the same paragraph, that paragraph's
        event did not happen (one item of a digest).
    alarm_explained : re.Pattern
        What an alarm really was: blasting at a quarry, drills, fireworks, old footage. Told
        before a :attr:`false_alarm` (within :data:`~geo.incidents.events.ALARM_EXPLAINED_CHARS`),
        it debunks the article too (:attr:`debunked` has the other order).
    enemy_losses : re.Pattern
        "The enemy suffered heavy losses", «противник понёс значительные потери»: the
        figures of the other side that follow are the speaker's claim about it.
    unconfirmed : re.Pattern
        A sentence that says the figure just given was not confirmed ("Police did not
        confirm this figure", «В милиции эту цифру не подтвердили»): the figures of the
        sentence before it count nothing.
    pronoun_speaker : re.Pattern
        A pronoun just before a reporting verb ("..., it said", «они сообщили»): the
        speaker is the sentence before's, not a side the sentence names.
    rose_from : re.Pattern
        Anchored at a figure: the words that make it the toll a revised one rose or
        fell from ("now four wounded, up from the |three", «вместо ранее сообщавшихся |трёх»).
    period_sum : re.Pattern
        A sum over a period ("In all, over the past four days", «всего за сутки»):
        where the article has several event places, no village's figure.
    there : re.Pattern
        A place adverb that points back to the place just told ("the number of dead there has
        risen to five", «число погибших там выросло до пяти»), not the "there" of "there were".
    neighbour_before : re.Pattern
        Anchored at a place name with ``$``: the words that call it the neighbouring
        village ("from the neighbouring village of |Muchun", «из соседнего села |Мучун»).
        The text says it is a neighbour, so its residents' home is no second scene even
        where the gazetteer puts it further than the usual radius.
    list_join : re.Pattern
        The words between two counts of one list ("30 killed and more than 50 wounded",
        «30 убитыми и свыше 50»): the second shares the first's claim or revision.
    recap_opening : re.Pattern
        Matched at a clause's start: the words that open a retelling of what was
        reported before ("Recall, ...", "To recap: ...", «Напомним, ...»). Its date
        dates no other clause; a sentence that opens with it is background, even
        when it dates its event to yesterday, unless it names the article's own
        event places (:func:`geo.incidents.events.article_events`).
    ages_aside : re.Pattern
        A dashed aside that only gives ages ("two boys -- aged 9 and 11 -- were hurt", «Двое
        подростков — 13 и 15 лет — ранены»), matched in full: it keeps its clause whole.
    counted_aside : re.Pattern
        A count of people and a dashed aside that lists them ("Three residents of Surkh — two men aged 35 and 48
        and a 16-year-old boy —"), searched up to the aside's closing dash: it keeps its clause whole.
    relative_aside : re.Pattern
        A clause that opens as a relative aside (", which reopened to pedestrians last year"):
        dated before the window, it is background of its own, and does not make the
        paragraph's next sentences background.
    fire_at : re.Pattern
        Words that type a clause as shelling but say only that someone was fired at («обстреляли
        чабанов», «обстрел заставы»): where the article's news names no heavy weapon, the event is
        an exchange of fire (English "shelling" names artillery: its pattern matches nothing).
    fire_at_people : re.Pattern
        ``fire_at`` with people, a vehicle or a patrol as its target («обстреляли чабанов», «обстрелян
        трактор»): fire at them even where the article names no small arms.
    past_aside : re.Pattern
        A clause that opens as an aside about the war an old munition was left over from
        ("a shell left over from the September 2022 fighting, when the village was shelled"):
        background, though the munition's own clause is news.
    tally_since : re.Pattern
        Searched in a clause with the next clause of its sentence when that one is background and
        opens the period a count runs over: a tally of that period ("at least 11 civilians ... have been
        killed or wounded by explosive remnants ... | since the 2022 fighting"), background too (not
        "the worst clash since the 2022 war": a comparison the news makes).
    impact_anaphor : re.Pattern
        A clause that opens with the rounds just told landing ("Most landed in Maksat",
        «Часть снарядов упала в Кулунду»... «Большинство упали в Максате»): the fire of the sentence
        before is its event.
    old_ordnance : re.Pattern
        Old or unexploded ordnance going off ("an old artillery shell exploded",
        «взорвался неразорвавшийся снаряд»): with no fighting in the clause, the
        event is a casualty report, not shelling.
    place_history : re.Pattern
        A relative clause that tells a place's past ("in an area that saw heavy fighting in September
        2022", «в местности, где в сентябре 2022 года шли бои»): a past date inside it dates the place's
        history, not the clause's event.
    died_of_wounds : re.Pattern
        A death among people already counted as wounded ("one of the wounded
        later died", "скончался от полученных ранений"): near a fatalities
        figure, that person moves from the injured to the dead
        (:mod:`geo.incidents.quantities`).
    speech : re.Pattern
        Reporting verbs: a side named before one is the figure's claimant.
    speech_pronoun : re.Pattern
        A speaker named by a pronoun ("according to it", "по её данным"): the
        side named in the sentence before is the claimant.
    statement_date : re.Pattern
        Matches the text just before a date that only says when something was
        said ("the ministry reported on |Saturday", "сообщили в |среду"): such a
        date never dates the event.
    statement_date_after : re.Pattern
        Matched just after a date that opens its clause, where a speaker and a
        reporting verb follow ("On Wednesday| the border troops said", «Во
        вторник| в хукумате Исфары уточнили, что»): the date is the statement's,
        not the event's.
    earlier_incident_date : re.Pattern
        Matches the text just before a date that dates an earlier, similar event
        the clause recalls ("close to Isfara, where a similar incident took place
        on |June 3", «где аналогичный инцидент произошёл |3 июня»): such a date
        never dates the clause's event.
    every_case : re.Pattern
        A zero told of every case the article reports ("in any of the
        incidents", «во всех случаях»): it covers each event of that side,
        before or after it.
    cumulative : re.Pattern
        A running total since a conflict began ("since the fighting began",
        «с начала обострения»): a figure no single village's incident takes.
    places_sum : re.Pattern
        The sum over places of a running total (one of ``cumulative``'s): "In all, six people were killed |in the
        three villages|", «Всего |из двух сел| вывезены 650 человек»: a toll the places listed before share.
    in_total_opening : re.Pattern
        A clause that opens on a total ("|In total,| eight people sought medical help", «|Всего,| по данным Минздрава,
        ... обратились четыре человека»): the count holds the people just told one by one.
    funeral_before : re.Pattern
        A funeral, a discharge from hospital or the evacuees' return named just before a date, anchored
        at the date ("the funeral was held on Friday", "discharged on Monday", "returned home on
        Wednesday", «похороны пройдут сегодня», «вернулись домой в среду»): that day dates no event.
    road_accident : re.Pattern
        A road accident ("a minibus overturned", «перевернулся микроавтобус», «ДТП»): the toll told
        in the sentence after it is the accident's, not the border incident's.
    several_events : re.Pattern
        A lede that sums several incidents ("left four people injured over three
        days around Vorukh", «за трое суток», «в трёх инцидентах»): where the
        article goes on to tell them, its place is no event and its figures are
        no single incident's.
    pronoun_subject : re.Pattern
        Matched at a sentence's start when its subject is a pronoun ("They
        accuse ...", «Они обвиняют ...»): its speaker is the sentence before's. Its group
        ``document``, where the pack has one, holds a subject that is the statement itself ("The
        statement calls ... and claims that"): a side the sentence names is not its speaker.
    local_body_speaks : re.Pattern
        A local body speaking again without its place ("According to the administration, ...", «по данным
        хукумата»): the place named as a speaker in the sentence before is the claimant's.
    neighbouring_side : re.Pattern
        Matched right after a count: the speaker's neighbours ("two| residents of the neighbouring country",
        «трех| жителей сопредельной стороны»): the other side than the claimant's.
    refuted : re.Pattern
        A figure the text calls untrue ("reports of two wounded are untrue",
        «Информация о двух раненых не соответствует действительности»), its
        words in the group ``figure``: the article's figures of that measure and
        value are dropped.
    refuted_tail : re.Pattern
        The refutation's own words alone ("untrue", «не соответствует
        действительности»): a cheap test before ``refuted`` runs.
    corrected_place : re.Pattern
        Matched between two place names where a correction moves the event from
        the second to the first ("near Kara-Shybak, not near Kyzyl-Eshme",
        «у села Кара-Шыбак, а не у села Кызыл-Эшме»).
    corrected_place_reversed : re.Pattern
        The same, the withdrawn place first ("not in Kyzyl-Eshme but in Kara-Shybak",
        «не у Кызыл-Эшме, а у Кара-Шыбака»).
    negated_before : re.Pattern
        Matches the text just before the place a reversed correction withdraws
        ("not (near) |Kyzyl-Eshme", «не у села |Кызыл-Эшме»).
    fight_parties : re.Pattern
        Words that name the two parties of one fight together ("pelted each
        other", "between residents of", «друг друга», «между жителями»): two
        places of such a clause are the two sides of one event, however far apart.
    coordinated : re.Pattern
        Fullmatched between a clause's first place and a second one named with it
        ("Surkh| and the neighbouring |Kok-Tash", «Сурха| и соседнего |Кок-Таша»).
    between_before : re.Pattern
        Matches the text just before the first of two places a fight lies between
        ("between (the villages of) |X and Y", «между селом |X и Y»).
    date_opening : re.Pattern
        Fullmatched by the text that opens a clause before its date ("On |July 22",
        «В |среду»): with ``statement_date_after``, the date is when figures were told.
    border_words : re.Pattern
        Words of the border story ("border", "Tajik", «погранич...», the zone's usual
        names): a section heading whose section has none of them is an unrelated item.
    unharmed_after : re.Pattern
        Matched just after a figure: words that say the people counted were unharmed
        ("three relatives worked beside him| and were not hurt", «еще трое| членов
        семьи, они не пострадали»): the count is of people present, not of victims.
    counted_part : re.Pattern
        Searched in a figure's sentence up to the figure: group ``part`` is a number that
        counts a part of animals just counted ("Some 120 sheep ... scattered; |9| of them were
        found dead", «разбежались 120 овец, |девять| из них погибли»), any other named group the
        rest of people already counted ("Two of them are in serious condition, |three| others
        received gunshot wounds"): none counts anyone new.
    second_predicate_before : re.Pattern
        Searched just before a reporting verb: the verb is the sentence subject's second
        predicate ("Tajikistan's border troops ... blamed Kyrgyz servicemen ...| and |said",
        «таджикские пограничники обвинили кыргызских военных| и |заявили»): the speaker is
        the sentence's subject, not the side named just before the verb.
    each_side_after : re.Pattern
        Matched just after a figure: the count is of each side ("wounding one| serviceman on
        each side", «ранены по одному| военнослужащему с каждой стороны»): the toll is twice
        the number, over both sides.
    each_side_before : re.Pattern
        Searched in the text just before a figure, ending at it: the count is of each side told
        first («Каждая из сторон сообщает об |одном раненом», "Each side reported |one wounded").
    verdict : re.Pattern
        A court's verdict ("sentenced", «приговорил»): with a reporting verb, it
        marks a clause whose current date is the verdict's or the statement's,
        not its violence's.
    actors : mapping of str to re.Pattern
        Actor label ("Kyrgyz forces", "civilians") to the words that name it.
    all_dead : re.Pattern
        "All the dead were Kyrgyz citizens", «Оба погибших — граждане Таджикистана»: the side
        of every dead person the article counts, in group ``who``; group ``first`` is set when the
        statement says the death is the first of its kind ("the first Tajik citizen killed on the
        Isfara section", «первый случай гибели кыргызского пограничника»), which speaks of this
        death even in a recap; group ``they`` is set for "all of them were ...", «все они ...», which
        speak of the dead only right after a count.
    roles : RoleCues
        Role phrases for :func:`geo.geoparse.roles.assign_role`.
    event_words : EventWords
        Short cue words of the event builder (:class:`EventWords`).
    table_columns : mapping of str to re.Pattern
        Measure (``fatalities``, ``injured``, ``displaced``) to the words of a
        table column header that counts it ("Killed", "Раненые"); see
        :mod:`geo.incidents.tables`.
    table_skip_column : re.Pattern
        A column header that counts something other than people ("Evacuated
        (families)", "Houses damaged").
    table_skip_row : re.Pattern
        A row label that is not one place's own figures ("Total", a hospital).
    examples : mapping of str to tuple
        Worked examples the contract test runs (:data:`PACK_EXAMPLE_KEYS`).
    """

    code: str
    name: str
    find_dateline: Callable[[str], DatelineMatch | None]
    find_dates: Callable[[str, dt.date | None], list[DateMention]]
    days_later: Callable[[str], tuple[int, int, int] | None]
    night_words: frozenset[str]
    today_words: frozenset[str]
    clause_break: re.Pattern[str]
    background: re.Pattern[str]
    retrospective: re.Pattern[str]
    triggers: Mapping[str, re.Pattern[str]]
    violence: re.Pattern[str]
    not_event: re.Pattern[str]
    sub_event_cues: Mapping[str, re.Pattern[str]]
    firearms: re.Pattern[str]
    read_figures: Callable[[str], list[RawFigure]]
    read_share: Callable[[str], tuple[int, int] | None]
    read_share_after: Callable[[str], tuple[int, int] | None]
    read_roster: Callable[[str, Sequence[tuple[int, int]]], tuple[str, list[int]] | None]
    read_distributed: Callable[[str, Sequence[tuple[int, int]]], list[tuple[str, list[int]]]]
    read_treated_parts: Callable[[str], list[tuple[int, int, int]]]
    count_templates: Mapping[str, str]
    revision: re.Pattern[str]
    superseded: re.Pattern[str]
    revises_previous: re.Pattern[str]
    told_by_next: re.Pattern[str]
    correction_before: re.Pattern[str]
    sides: Mapping[str, re.Pattern[str]]
    speakers: Mapping[str, re.Pattern[str]]
    joint: re.Pattern[str]
    joint_after: re.Pattern[str]
    own_side: re.Pattern[str]
    own_forces: re.Pattern[str]
    losing_side: re.Pattern[str]
    side_losses: re.Pattern[str]
    place_history: re.Pattern[str]
    died_of_wounds: re.Pattern[str]
    old_ordnance: re.Pattern[str]
    impact_anaphor: re.Pattern[str]
    ages_aside: re.Pattern[str]
    counted_aside: re.Pattern[str]
    relative_aside: re.Pattern[str]
    past_aside: re.Pattern[str]
    tally_since: re.Pattern[str]
    fire_at: re.Pattern[str]
    fire_at_people: re.Pattern[str]
    pronoun_speaker: re.Pattern[str]
    rose_from: re.Pattern[str]
    period_sum: re.Pattern[str]
    there: re.Pattern[str]
    neighbour_before: re.Pattern[str]
    list_join: re.Pattern[str]
    recap_opening: re.Pattern[str]
    unconfirmed: re.Pattern[str]
    enemy_losses: re.Pattern[str]
    all_dead: re.Pattern[str]
    debunked: re.Pattern[str]
    false_alarm: re.Pattern[str]
    false_report: re.Pattern[str]
    cumulative_label: re.Pattern[str]
    background_heading: re.Pattern[str]
    republished: re.Pattern[str]
    claim_label: re.Pattern[str]
    real_event_told: re.Pattern[str]
    alarm_explained: re.Pattern[str]
    natural_hazard: re.Pattern[str]
    also: re.Pattern[str]
    harmless_fire: re.Pattern[str]
    earlier_event_opening: re.Pattern[str]
    same_time: re.Pattern[str]
    other_version: re.Pattern[str]
    other_account: re.Pattern[str]
    truce_after_fire: re.Pattern[str]
    protest_after_fire: re.Pattern[str]
    drone_attack: re.Pattern[str]
    same_event: re.Pattern[str]
    report_about: re.Pattern[str]
    first_report: re.Pattern[str]
    review_period: re.Pattern[str]
    speech: re.Pattern[str]
    speech_pronoun: re.Pattern[str]
    statement_date: re.Pattern[str]
    statement_date_after: re.Pattern[str]
    earlier_incident_date: re.Pattern[str]
    every_case: re.Pattern[str]
    cumulative: re.Pattern[str]
    places_sum: re.Pattern[str]
    in_total_opening: re.Pattern[str]
    funeral_before: re.Pattern[str]
    road_accident: re.Pattern[str]
    several_events: re.Pattern[str]
    verdict: re.Pattern[str]
    pronoun_subject: re.Pattern[str]
    local_body_speaks: re.Pattern[str]
    neighbouring_side: re.Pattern[str]
    refuted: re.Pattern[str]
    refuted_tail: re.Pattern[str]
    corrected_place: re.Pattern[str]
    corrected_place_reversed: re.Pattern[str]
    negated_before: re.Pattern[str]
    fight_parties: re.Pattern[str]
    coordinated: re.Pattern[str]
    between_before: re.Pattern[str]
    date_opening: re.Pattern[str]
    border_words: re.Pattern[str]
    unharmed_after: re.Pattern[str]
    counted_part: re.Pattern[str]
    second_predicate_before: re.Pattern[str]
    each_side_after: re.Pattern[str]
    each_side_before: re.Pattern[str]
    actors: Mapping[str, re.Pattern[str]]
    roles: RoleCues
    event_words: EventWords
    table_columns: Mapping[str, re.Pattern[str]]
    table_skip_column: re.Pattern[str]
    table_skip_row: re.Pattern[str]
    examples: Mapping[str, tuple]

    @cached_property
    def folded(self) -> FoldedCues:
        """The hottest cues folded once (see :mod:`geo.language.folding`)."""
        return FoldedCues(
            violence=fold_pattern(self.violence),
            triggers={name: fold_pattern(p) for name, p in self.triggers.items()},
            not_event=fold_pattern(self.not_event),
            background=fold_pattern(self.background),
            diplomacy=fold_pattern(self.roles.diplomacy),
            refuted_tail=fold_pattern(self.refuted_tail),
            roles=RoleCues(**{f.name: fold_pattern(getattr(self.roles, f.name)) for f in fields(RoleCues)}),
        )

    def missing(self) -> list[str]:
        """Names of the pieces this pack leaves empty (the contract test wants none)."""
        empty = [f.name for f in fields(self) if getattr(self, f.name) in (None, "", {}, ())]
        empty += [f"examples[{k!r}]" for k in PACK_EXAMPLE_KEYS if k not in self.examples]
        return empty
