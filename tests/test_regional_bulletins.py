"""The Kyrgyz side's regional reporting: hospital bulletins that part a count, newest-first live pages, a meeting's
story with the night's alarm told later, rumours denied and old shells destroyed (held-out batch 94, kept sealed
while batch 93 was studied, scored with the session's start code and with the code after batch 93, then studied).
The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from tests.test_counted_and_typed import by_place, incidents_of, roles_of


# --- Counts parted into a part and the rest ---

def test_a_count_parted_into_the_hospitalised_and_the_rest_is_one_count(geoparser):
    text = ("Как рассказал глава айыл окмоту, в субботу около 18:30 у моста на окраине Самаркандыка между жителями "
            "села и соседнего Чоркуха вспыхнула массовая драка с применением камней.\n\n"
            "По данным районной больницы, за медицинской помощью обратились пятеро жителей Самаркандыка, в том числе "
            "15-летний подросток. Двое мужчин — 41 и 56 лет — госпитализированы с травмами головы, остальным помощь "
            "оказана амбулаторно.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 10), lang="ru"))
    assert found["Samarkandyk"].injured == 5


def test_one_of_them_after_a_count_is_one_of_that_count(geoparser):
    text = ("Два сапера получили ранения при разминировании на южной окраине села Максат: во время обследования "
            "поля сработала неразорвавшаяся минометная мина.\n\n"
            "В результате взрыва ранения получили двое военнослужащих инженерно-саперного подразделения. Один из них "
            "получил тяжелую травму стопы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 19), lang="ru"))
    assert found["Maksat"].injured == 2


def test_a_count_raised_after_a_first_one_is_the_count(geoparser):
    text = ("Kyrgyzstan's Border Service said that on Wednesday Tajik forces fired mortars at the village of "
            "Samarkandyk. The Health Ministry first said three civilians had been wounded, but late on Wednesday it "
            "raised the figure to four wounded: three residents of Samarkandyk and one border guard.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 16)))
    assert found["Samarkandyk"].injured == 4


def test_a_heading_over_the_hurt_of_the_story_keeps_their_count(geoparser):
    text = ("Brawl at Kok-Tash water point: what is known\n\n"
            "Videos of a mass brawl near the water distribution point in Kok-Tash have been spreading on Facebook "
            "since Sunday evening.\n\n"
            "What happened\n\n"
            "At around 19:00 on Sunday residents of Kok-Tash and of the neighbouring Tajik village of Khodzhai-Alo "
            "quarrelled at the water distribution point. The quarrel turned into a fight: people threw stones at each "
            "other.\n\n"
            "How many were hurt\n\n"
            "Four residents of Kok-Tash sought medical help, the district health centre said.\n\n"
            "What villagers write\n\n"
            "Posts claimed that one man had been killed. The police called this false.\n\n"
            "What comes next\n\n"
            "The heads of the two districts are to meet on Tuesday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 14)))
    assert found["Kök-Tash"].injured == 4


# --- A newest-first live page ---

def test_an_update_on_a_newest_first_page_updates_the_older_entry_s_count(geoparser):
    text = ("Перестрелка на границе у Кок-Таша. Онлайн\n\n"
            "Новые сообщения — вверху.\n\n"
            "20:05\n\nМинздрав уточнил данные: число раненых с кыргызской стороны выросло до шести. Погибших нет.\n\n"
            "17:15\n\nГлава айыл окмоту сообщил, что в Ак-Сае пули попали в два жилых дома. Среди жителей Ак-Сая "
            "пострадавших нет.\n\n"
            "16:20\n\nМинздрав: в Баткенскую областную больницу доставлены четверо раненых.\n\n"
            "15:40\n\nТаджикская сторона применила минометы. Мины разорвались на окраине Кок-Таша.\n\n"
            "13:55\n\nОколо 13:20 у села Кок-Таш началась перестрелка между пограничниками двух стран.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 19), lang="ru"))
    assert (found["Kök-Tash"].injured, found["Ak-Sai"].injured) == (6, 0)


# --- Where, and what did not happen ---

def test_a_school_with_its_number_and_a_kindergarten_in_a_town_are_where_people_slept(geoparser):
    roles = roles_of(geoparser, "About 230 residents of Kyzyl-Bel left their homes on Sunday evening and spent the "
                                "night in school No. 5 and in a kindergarten in Batken city, some 10 kilometers away.",
                     "en")
    assert ("Batken", "context") in roles


def test_a_rumour_of_shooting_the_border_service_denied_is_no_incident(geoparser):
    text = ("Три года после войны: как живут села Баткена\n\n"
            "В выходные в местных чатах распространилось сообщение о якобы стрельбе у Максата. В Пограничной службе "
            "его опровергли: по данным ведомства, жители слышали плановые взрывные работы на строительстве дороги.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 16), lang="ru") == []


def test_old_shells_found_and_destroyed_are_no_incident(geoparser):
    text = ("The Ministry of Emergency Situations said this week that 17 unexploded shells had been found and "
            "destroyed in Leilek and Batken districts since January, all by sappers and without incident, and that "
            "demining around Maksat and Arka would be finished by the end of 2026.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 14)) == []
