"""The Russian language pack: the regional press (24.kg, AKIpress, Kaktus, Asia-Plus, Khovar, Sputnik)."""

from __future__ import annotations

from geo.language.base import LanguagePack
from geo.language.ru.cues import (
    ACTORS, ALL_DEAD, NATURAL_HAZARD, ALSO, BACKGROUND, DEBUNKED, FIREARMS, FIRST_REPORT, DIED_OF_WOUNDS, RETROSPECTIVE, CLAUSE_BREAK, JOINT, JOINT_AFTER, LOSING_SIDE, NOT_EVENT, OWN_FORCES, OWN_SIDE, REVISION, ROLE_CUES, SUPERSEDED, SIDES, SPEECH, SPEECH_PRONOUN, STATEMENT_DATE,
    STATEMENT_DATE_AFTER, EARLIER_INCIDENT_DATE, EVERY_CASE, CUMULATIVE, VERDICT,
    REFUTED, REFUTED_TAIL, CORRECTED_PLACE, CORRECTED_PLACE_REVERSED, PRONOUN_SUBJECT,
    FIGHT_PARTIES, COORDINATED, BETWEEN_BEFORE, NEGATED_BEFORE, DATE_OPENING, BORDER_WORDS,
    SUB_EVENT_CUES, TABLE_COLUMNS, TABLE_SKIP_COLUMN, TABLE_SKIP_ROW, TRIGGERS, UNCONFIRMED, ENEMY_LOSSES, VIOLENCE,
)
from geo.language.ru.dateline import find_dateline
from geo.language.ru.dates import find_dates
from geo.language.ru.numbers import read_figures, read_share

__all__ = ["RUSSIAN"]

RUSSIAN = LanguagePack(
    code="ru",
    name="Russian",
    find_dateline=find_dateline,
    find_dates=find_dates,
    clause_break=CLAUSE_BREAK,
    background=BACKGROUND,
    retrospective=RETROSPECTIVE,
    triggers=TRIGGERS,
    violence=VIOLENCE,
    not_event=NOT_EVENT,
    sub_event_cues=SUB_EVENT_CUES,
    firearms=FIREARMS,
    read_figures=read_figures,
    read_share=read_share,
    revision=REVISION,
    superseded=SUPERSEDED,
    sides=SIDES,
    joint=JOINT,
    joint_after=JOINT_AFTER,
    own_side=OWN_SIDE,
    own_forces=OWN_FORCES,
    losing_side=LOSING_SIDE,
    died_of_wounds=DIED_OF_WOUNDS,
    all_dead=ALL_DEAD,
    natural_hazard=NATURAL_HAZARD,
    debunked=DEBUNKED,
    unconfirmed=UNCONFIRMED,
    enemy_losses=ENEMY_LOSSES,
    also=ALSO,
    first_report=FIRST_REPORT,
    speech=SPEECH,
    speech_pronoun=SPEECH_PRONOUN,
    statement_date=STATEMENT_DATE,
    statement_date_after=STATEMENT_DATE_AFTER,
    earlier_incident_date=EARLIER_INCIDENT_DATE,
    every_case=EVERY_CASE,
    cumulative=CUMULATIVE,
    verdict=VERDICT,
    pronoun_subject=PRONOUN_SUBJECT,
    refuted=REFUTED,
    refuted_tail=REFUTED_TAIL,
    corrected_place=CORRECTED_PLACE,
    corrected_place_reversed=CORRECTED_PLACE_REVERSED,
    fight_parties=FIGHT_PARTIES,
    coordinated=COORDINATED,
    between_before=BETWEEN_BEFORE,
    negated_before=NEGATED_BEFORE,
    date_opening=DATE_OPENING,
    border_words=BORDER_WORDS,
    actors=ACTORS,
    roles=ROLE_CUES,
    table_columns=TABLE_COLUMNS,
    table_skip_column=TABLE_SKIP_COLUMN,
    table_skip_row=TABLE_SKIP_ROW,
    examples={
        "dateline": ("ДУШАНБЕ, 14.09.2022 /АНИ «Ховар»/. Обстрел Воруха.", "ДУШАНБЕ", "2022-09-14"),
        "date": ("Столкновения начались в среду.", "2022-09-18", "2022-09-14"),
        "figure": ("В 07:15 погибли двое кыргызских пограничников.", "fatalities", 2, "KG"),
        "background": ("Напомним, в апреле 2021 года в столкновениях погибли 55 человек.", "2024-03-14"),
        "trigger": ("Таджикские военные обстреляли село.", "shelling_artillery"),
        "statement_date": ("Число погибших выросло до двух, сообщили в среду в министерстве.", "среду"),
        "statement_date_after": ("Во вторник в хукумате Исфары уточнили, что ранены четверо.", "вторник"),
        "destination": ("Раненые доставлены в больницу города ", "Баткена"),
    },
)
