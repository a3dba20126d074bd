"""The event model's stages on English text: structure, time scope, events, roles (issue 8 traps)."""

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.geoparse.sentences import split_sentences
from geo.incidents.build import build_incidents
from geo.incidents.events import clause_types
from geo.incidents.scope import scope_clauses
from geo.incidents.structure import read_structure
from geo.language import get_pack

EN = get_pack("en")


@pytest.mark.parametrize("text, place, date, agency", [
    ("Headline\n\nDUSHANBE, March 14, 2024 (AP) — Shells hit Vorukh.", "DUSHANBE", "2024-03-14", "AP"),
    ("ISFARA, Tajikistan, May 2, 2023 (AFP) - Clashes", "ISFARA", "2023-05-02", "AFP"),
    ("DUSHANBE, 02.05.2023 (Asia-Plus) — A shootout", "DUSHANBE", "2023-05-02", "Asia-Plus"),
    ("Bishkek, 14 March 2024 – 24.kg news agency. Clashes", "Bishkek", "2024-03-14", "24.kg"),
])
def test_wire_and_regional_datelines_date_the_article(text, place, date, agency):
    structure = read_structure(Article(id="a", text=text), EN, lang="en")
    assert structure.dateline.place == place and structure.dateline.agency == agency
    assert structure.published.isoformat() == date and structure.published_from == "dateline"


def test_metadata_wins_over_the_dateline_and_a_yearless_dateline_dates_nothing():
    text = "BISHKEK, Sept 16 (Reuters) - Clashes broke out."
    assert read_structure(Article(id="a", text=text), EN, lang="en").published is None
    dated = Article(id="a", text=text, date=dt.date(2022, 9, 16))
    structure = read_structure(dated, EN, lang="en")
    assert structure.published == dt.date(2022, 9, 16) and structure.published_from == "metadata"
    assert structure.dateline.month_day == (9, 16)


def test_a_published_line_with_an_outlet_dates_the_article():
    text = "Title\n\n*Published: 27.01.2023 09:05* | Kaktus.media\n\nShooting broke out."
    assert read_structure(Article(id="a", text=text), EN, lang="en").published == dt.date(2023, 1, 27)


def scopes(text, published):
    clauses = scope_clauses(text, split_sentences(text), EN, published=published)
    return [(text[c.start:c.end].strip(), c.scope) for c in clauses]


def test_background_paragraphs_and_clauses_are_not_news():
    text = ("Shelling hit Vorukh on Sunday.\n\nIn April 2021, fighting over a water intake killed 55 people. "
            "Thousands fled.\n\nIt was the worst incident since the September 2022 war that killed about 100.")
    result = scopes(text, dt.date(2024, 3, 12))
    assert result[0][1] == "news"
    assert result[1][1] == "background" and result[2][1] == "background"
    assert result[-1][1] == "background"


def test_a_dated_background_paragraph_keeps_its_undated_sentences_after_a_cue():
    # the cue sentence ("then") is background by its cue; the next, undated sentence still tells 2021
    text = ("Shelling hit Vorukh on Sunday.\n\nOn April 29, 2021, a dispute over the water intake turned into "
            "fighting. Tajik officials said 19 people were killed then. Kyrgyzstan reported 36 dead.")
    assert [scope for _, scope in scopes(text, dt.date(2024, 3, 12))] == ["news", "background", "background",
                                                                         "background"]
    ru = get_pack("ru")
    text = ("В минувший четверг в Чоркухе произошла драка.\n\n29 апреля 2021 года конфликт перерос в бои. "
            "По данным таджикской стороны, тогда погибли 19 человек. Кыргызская сторона сообщила о 36 погибших.")
    clauses = scope_clauses(text, split_sentences(text), ru, published=dt.date(2023, 8, 21))
    assert [c.scope for c in clauses] == ["news", "background", "background", "background"]


def test_a_verdict_of_today_about_a_fight_of_an_earlier_day_is_background():
    ru = get_pack("ru")
    text = ("Суд города Исфара в понедельник приговорил трех жителей джамоата Чоркух к срокам от трех до пяти лет за "
            "участие в массовой драке у водораспределительного пункта «Головной» 28 апреля. "
            "В субботу на окраине села Ак-Сай взорвался боеприпас, оставшийся после вооружённого конфликта "
            "сентября 2022 года.")
    clauses = scope_clauses(text, split_sentences(text), ru, published=dt.date(2021, 11, 28))
    # the fight is April's; the blast is Saturday's (a month and year name an era, not the event's day)
    assert [c.scope for c in clauses] == ["background", "news"]


def test_a_timeline_entry_s_relative_words_are_its_own_day_s():
    ru = get_pack("ru")
    text = ("**15 июня 2022 года.** Ночью на окраине села Кызыл-Эшме разорвались мины.\n\n"
            "Вчера, спустя год после боёв 14 сентября 2022 года, в Баткене прошёл митинг.")
    clauses = scope_clauses(text, split_sentences(text), ru, published=dt.date(2025, 4, 10))
    # the entry's night is 15 June 2022; "yesterday" named first stays the article's
    assert [c.scope for c in clauses] == ["background", "news"]


def incidents_of(geoparser, text, date=dt.date(2024, 3, 21), lang=None):
    """The incidents of one article of ``text`` (in ``lang``, else detected) published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


@pytest.mark.integration
class TestEventsOnArticles:
    def incidents(self, geoparser, text, date=dt.date(2024, 3, 21)):
        return incidents_of(geoparser, text, date)

    def test_background_never_creates_an_incident_or_lends_a_figure(self, geoparser):
        text = ("Kyrgyz and Tajik border guards exchanged fire near Vorukh on Tuesday; no one was hurt.\n\n"
                "In April 2021, clashes around Kök-Tash killed 55 people.")
        found = self.incidents(geoparser, text)
        assert [i.place.name for i in found] == ["Vorukh"]
        assert found[0].fatalities in (None, 0)

    def test_a_protest_note_dates_the_shelling_not_the_note(self, geoparser):
        text = "On March 20, Dushanbe handed a protest note over the shelling of Vorukh on March 13."
        found = self.incidents(geoparser, text)
        assert [(i.place.name, i.date_start) for i in found] == [("Vorukh", dt.date(2024, 3, 13))]

    def test_destinations_origins_and_speakers_are_never_event_places(self, geoparser):
        text = ("Tajik forces shelled Ak-Sai from the direction of Khoja-Alo on Tuesday, Bishkek said. "
                "Two wounded villagers were taken to hospital in Batken, and 1,200 residents were "
                "evacuated to Isfana.")
        names = {i.place.name for i in self.incidents(geoparser, text)}
        assert names == {"Ak-Sai"}

    def test_the_day_a_statement_was_made_does_not_date_the_event(self, geoparser):
        # published Saturday 3 August 2024; the strike was on Thursday night
        text = ("The number of people killed in a drone strike on Kyzyl-Bel has risen to two, "
                "the health ministry reported on Saturday. The drone dropped a device on a house "
                "in Kyzyl-Bel late on Thursday.")
        found = self.incidents(geoparser, text, date=dt.date(2024, 8, 3))
        assert [(i.place.name, i.date_start, i.fatalities) for i in found] == [
            ("Kyzyl-Bel", dt.date(2024, 8, 1), 2)]

    def test_residents_home_village_is_context_when_the_event_is_at_a_neighbour(self, geoparser):
        text = ("Residents of the neighbouring Tajik village of Khistevarz threw stones at houses in Arka "
                "on Tuesday, injuring three people. On Monday, residents of Vorukh blocked the road.")
        found = self.incidents(geoparser, text)
        assert sorted(i.place.name for i in found) == ["Arka", "Vorukh"]

    def test_people_moved_from_their_village_make_it_the_event_place(self, geoparser):
        text = "On Sunday the authorities moved about 650 residents of Chilgazi and Lakkon after the shelling."
        found = self.incidents(geoparser, text)
        assert {i.place.name for i in found} >= {"Chilgazi"}

    def test_two_clashes_at_one_village_on_different_days_stay_apart(self, geoparser):
        text = ("Border guards exchanged fire near Samarkandyk on March 12. "
                "On March 19, shooting broke out again near Samarkandyk.")
        found = self.incidents(geoparser, text)
        assert sorted(i.date_start.day for i in found) == [12, 19]

    def test_a_clock_time_is_not_a_toll_and_a_revision_supersedes(self, geoparser):
        text = ("Shooting broke out near Kök-Tash at 07:15 UTC on Tuesday, killing three people. "
                "The death toll later rose to five, the Kyrgyz health ministry said.")
        found = self.incidents(geoparser, text)
        assert [(i.place.name, i.fatalities) for i in found] == [("Kök-Tash", 5)]


@pytest.mark.integration
def test_a_commemoration_and_a_possessive_town_are_not_events(geoparser):
    rally = ("A mourning rally dedicated to the second anniversary of the armed conflict, in which 63 people "
             "were killed, was held in Batken on Monday.")
    found = incidents_of(geoparser, rally, dt.date(2024, 9, 16))
    assert found == []
    wounded = "Two residents of Isfara's Surh rural community were wounded by gunfire on Tuesday."
    found = incidents_of(geoparser, wounded, dt.date(2021, 11, 18))
    assert [(i.place.name, i.injured) for i in found] == [("Surkh", 2)]


@pytest.mark.integration
def test_a_second_strike_in_the_sentence_keeps_its_own_place_and_toll(geoparser):
    text = ("Tajik forces fired mortars at the Kyrgyz village of Ak-Sai on Thursday, killing one Kyrgyz border "
            "guard, and a shell struck a school in nearby Samarkandyk, wounding three children.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 15))
    got = {i.place.name: (i.fatalities, i.injured) for i in found}
    assert got["Ak-Sai"][1] in (None, 0) and got["Samarkandyk"][1] == 3


@pytest.mark.integration
def test_a_lede_summing_several_days_gives_its_totals_to_no_incident(geoparser):
    text = ("Border guards exchanged fire on three days this week, leaving one woman dead and five people "
            "wounded, officials said on Thursday.\n\n"
            "On Monday a Kyrgyz border guard was hit in the shoulder during an exchange of fire near Kok-Tash. "
            "Nobody was killed.\n\n"
            "On Tuesday mortar rounds landed in Chorkuh, killing a woman and wounding two neighbours.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 20))
    got = {i.place.name: (i.fatalities, i.injured) for i in found}
    assert got == {"Kök-Tash": (0, 1), "Chorkuh": (1, 2)}


@pytest.mark.integration
def test_two_governments_totals_compete_even_when_one_counts_both_sides(geoparser):
    text = ("Kyrgyzstan's border service said five people were killed on both sides in Saturday's fighting "
            "near the village of Arka. Tajikistan's border troops put the toll at four dead.")
    found = incidents_of(geoparser, text, dt.date(2023, 3, 19))
    assert [(i.place.name, i.fatalities) for i in found] == [("Arka", 4)]


@pytest.mark.integration
def test_the_hospital_of_a_town_is_where_the_wounded_went_not_the_scene(geoparser):
    text = ("Kyrgyz servicemen opened fire on Tajik border guards near the village of Surkh on Thursday. "
            "Two servicemen received gunshot wounds and were evacuated to the central hospital of Isfara.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 3))
    assert [(i.place.name, i.injured) for i in found] == [("Surkh", 2)]


@pytest.mark.integration
def test_a_town_that_measures_the_distance_and_a_quoted_direction_are_not_the_scene(geoparser):
    text = ('Two shepherds were killed when a drone struck a pasture near the village of Chek, some 6 kilometers '
            'northeast of the regional center, Batken, late on October 7. The ministry said the drone appeared '
            '"from the direction of" the Tajik village of Lakkon.')
    found = incidents_of(geoparser, text, dt.date(2024, 10, 8))
    assert [(i.place.name, i.fatalities) for i in found] == [("Chek", 2)]


@pytest.mark.integration
def test_a_superseded_bulletin_and_a_shelter_list_are_not_the_current_toll_or_the_scene(geoparser):
    text = ("Shelling hit the village of Kulundu on the evening of 11 August.\n\n"
            "- As of 10:00 on 13 August, the ministry reports 3 people killed and 11 injured. Flash Update "
            "No. 1 (12 August) reported 2 killed and 6 injured; the figures have since been revised.\n"
            "- 2,140 people have been evacuated from the village, most of them to schools and a sports "
            "complex in Razzakov.")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 13))
    assert [(i.place.name, i.date_start.day, i.fatalities, i.injured, i.displaced) for i in found] == \
        [("Kulundu", 11, 3, 11, 2140)]


@pytest.mark.integration
def test_a_withdrawal_protocol_is_an_agreement_where_it_was_signed_and_takes_no_toll(geoparser):
    text = ("Border commanders signed a protocol in the Tajik city of Khujand on Thursday to pull troops back, "
            "after fighting near the Tajik village of Lakkon on Tuesday that left one soldier dead and two dozen "
            "people wounded. Both sides will withdraw heavy weapons by November 25.")
    found = incidents_of(geoparser, text, dt.date(2021, 11, 19))
    got = {(i.place.name, i.event_type): (i.fatalities, i.injured) for i in found}
    assert got[("Khujand", "ceasefire_agreement")] == (None, None)
    assert got[("Lakkon", "armed_clash")] == (1, 24)


@pytest.mark.integration
def test_its_guards_a_directional_reference_and_a_bypass_road(geoparser):
    text = ("Two residents of the Tajik exclave of Voruh were killed and five were wounded in a shooting on "
            "Friday, Tajik officials say. Kyrgyzstan's border service said two of its guards were wounded. "
            "Residents said two houses close to the Ak-Sai bypass road were hit.\n\n"
            "Later a drone struck a barn on the edge of Kyzyl-Jol, just south-west of Batken.")
    found = incidents_of(geoparser, text, dt.date(2023, 10, 7))
    got = {i.place.name: (i.fatalities, i.injured) for i in found}
    assert got["Vorukh"] == (2, 7) and "Ak-Sai" not in got and "Batken" not in got


@pytest.mark.integration
def test_the_scene_named_just_before_a_sentence_of_violence_that_names_no_place(geoparser):
    text = ("Last Wednesday a crowd of some 300 people from the neighbouring Tajik village of Khoja-Alo gathered "
            "at the canal head works outside Ak-Tatyr. Stones were thrown for about an hour. Seven people "
            "were hurt.")
    found = incidents_of(geoparser, text, dt.date(2025, 4, 16))
    assert [(i.place.name, i.event_type, i.injured) for i in found] == [("Ak-Tatyr", "border_incident_protest", 7)]
    moved = "Residents of Ak-Sai were taken to Batken. Stones were thrown for about an hour."
    assert incidents_of(geoparser, moved, dt.date(2025, 4, 16)) == []


@pytest.mark.integration
def test_a_denial_and_a_fact_checks_false_verdict_are_no_incidents(geoparser):
    denial = ("A drone hit a barn in Chorkuh late on Tuesday, wounding two residents. The Border Service of "
              "Kyrgyzstan said its units did not use any drones on the Batken section on July 18.")
    assert [i.place.name for i in incidents_of(geoparser, denial, dt.date(2023, 7, 19))] == ["Chorkuh"]
    fact_check = ("Claim: a video shows Tajik troops shelling Batken this morning, with 17 killed.\n\n"
                  "Verdict: FALSE. The footage is from September 2022.")
    assert incidents_of(geoparser, fact_check, dt.date(2024, 6, 8)) == []
    russian = ("Неизвестный утверждает, что у Катрана идёт перестрелка, уже трое погибших.\n\n"
               "Вердикт: ложь. Перестрелки у Катрана не было.")
    assert incidents_of(geoparser, russian, dt.date(2025, 8, 12)) == []


@pytest.mark.integration
def test_residents_hurt_at_home_keep_their_village_as_the_scene(geoparser):
    text = ("Five residents of Kulundu village of Leilek district were wounded during a shootout on the border "
            "on Monday evening.\n\nThe Tajik side said about a dozen residents of Ovchi-Kalacha were wounded "
            "by fire from the Kyrgyz side.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 27))
    assert sorted((i.place.name, i.injured) for i in found) == [("Kulundu", 5), ("Ovchi-Kalacha", 12)]


def test_a_weekday_before_a_date_names_that_date():
    pub = dt.date(2023, 9, 11)
    for pack, text in ((get_pack("en"), "on Monday, September 4, clashes broke out"),
                       (get_pack("ru"), "в понедельник, 4 сентября, произошла драка")):
        assert [d.window.start for d in pack.find_dates(text, pub)] == [dt.date(2023, 9, 4)]


@pytest.mark.integration
def test_a_digest_dates_each_section_by_its_heading_and_keeps_sections_apart(geoparser):
    text = ("Border Week, 4-10 September\n\n"
            "Monday, 4 September - stones fly at Kyzyl-Bel\n"
            "A quarrel over a ditch on the edge of Kyzyl-Bel turned into a brawl. Four men were treated for "
            "head wounds at the Batken hospital.\n\n"
            "Wednesday, 6 September - road blocked at Chilgazi\n"
            "About 200 residents of Chilgazi jamoat blocked the Isfara-Lakkon road for five hours, "
            "protesting against road works by the Kyrgyz side.")
    found = incidents_of(geoparser, text, dt.date(2023, 9, 11))
    assert sorted((i.place.name, i.date_start.day, i.injured) for i in found) == \
        [("Chilgazi", 6, None), ("Kyzyl-Bel", 4, 4)]


@pytest.mark.integration
def test_a_deck_is_headline_and_an_agreement_signed_after_a_meeting_is_at_its_venue(geoparser):
    text = ("Граница выстрелила под Лакконом\n\n"
            "Киргизия и Таджикистан подписали в Исфаре протокол о прекращении огня после гибели двух пограничников\n\n"
            "В понедельник вечером у таджикского села Лаккон пограничные наряды двух стран вступили в бой. "
            "Во вторник главы пограничных ведомств встретились в Исфаре и подписали протокол о прекращении огня.\n\n"
            "В перестрелке погибли двое таджикских пограничников, тела обоих переданы родственникам в Исфаре.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 16))
    assert sorted((i.place.name, i.event_type, i.date_start.day, i.fatalities) for i in found) == \
        [("Isfara", "ceasefire_agreement", 15, None), ("Lakkon", "armed_clash", 14, 2)]


@pytest.mark.integration
def test_arson_is_an_event_and_residents_also_hurt_belong_to_the_event_told_before(geoparser):
    text = ("Residents of Ak-Sai and the neighbouring Tajik enclave of Vorukh pelted each other with stones "
            "on Tuesday. Five residents of Ak-Sai were treated for head wounds. Tajikistan said two residents "
            "of Vorukh had also been hurt in the brawl.\n\n"
            "On Wednesday night unknown people set fire to two houses in Ak-Sai.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 8))
    assert "Vorukh" not in [i.place.name for i in found]
    assert any(i.place.name == "Ak-Sai" and i.date_start.day == 7 for i in found)


@pytest.mark.integration
def test_an_upper_case_digest_heading_with_a_full_stop_dates_its_section(geoparser):
    text = ("Главное за неделю на границе.\n\n"
            "ПОНЕДЕЛЬНИК, 4 МАРТА. ЗАДЕРЖАНИЕ У АНДАРАКА\n"
            "Пограничники задержали и избили двоих чабанов близ Андарака.\n\n"
            "ПЯТНИЦА, 8 МАРТА. ПЕРЕСТРЕЛКА У КУЛУНДУ\n"
            "Около 17:30 у села Кулунду произошла перестрелка между пограничными нарядами двух стран.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 10))
    assert sorted((i.place.name, i.date_start.day) for i in found) == [("Andarak", 4), ("Kulundu", 8)]


@pytest.mark.integration
def test_each_government_counting_residents_of_its_own_village_adds_up(geoparser):
    text = ("В понедельник, 10 июня, на окраине села Кок-Таш произошла массовая драка между жителями Кок-Таша и "
            "соседнего таджикского села Ходжаи-Аъло. По данным Минздрава Кыргызстана, за медицинской помощью "
            "обратились пятеро жителей Кок-Таша. Погранвойска Таджикистана сообщили о двоих пострадавших "
            "жителях Ходжаи-Аъло.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 12))
    assert [(i.place.name, i.injured) for i in found] == [("Kök-Tash", 7)]


@pytest.mark.integration
def test_a_court_story_that_first_reports_an_earlier_shooting_codes_it_on_its_own_date(geoparser):
    text = ("Бишкек, 27 февраля 2025 — 24.kg. Баткенский районный суд заочно приговорил военнослужащего к 15 годам "
            "по делу о стрельбе по жителям села Кызыл-Бел.\n\n"
            "Как установило следствие, 12 ноября 2024 года военнослужащий открыл огонь из автомата по жителям "
            "Кызыл-Бела. В результате погиб 45-летний гражданин Кыргызстана, ещё двое жителей села получили "
            "огнестрельные ранения.\n\nРанее об инциденте не сообщалось.")
    found = incidents_of(geoparser, text, dt.date(2025, 2, 27))
    assert [(i.place.name, str(i.date_start), i.fatalities, i.injured) for i in found] == \
        [("Kyzyl-Bel", "2024-11-12", 1, 2)]
    without_first_report = text.replace("Ранее об инциденте не сообщалось.", "")
    # without it the shooting of November is background: no incident on its date
    assert all(str(i.date_start) != "2024-11-12"
               for i in incidents_of(geoparser, without_first_report, dt.date(2025, 2, 27)))


@pytest.mark.integration
def test_an_exercise_scenario_and_a_towns_authorities_are_no_events(geoparser):
    drill = ("В Баткенской области прошли совместные учения МЧС. По легенде учений, в 10:00 в приграничье произошло "
             "землетрясение, в селе Кызыл-Бел пострадали 40 человек. «Условно эвакуированы» были 1 200 жителей.")
    assert incidents_of(geoparser, drill, dt.date(2026, 10, 13)) == []
    speaker = ("В понедельник вечером село Чоркух обстреляли из миномётов. Во вторник власти Исфары сообщали об "
               "одном погибшем. По информации районной администрации, в Раззаков и соседние села вывезены 312 "
               "человек.")
    assert [i.place.name for i in incidents_of(geoparser, speaker, dt.date(2024, 8, 7))] == ["Chorkuh"]


@pytest.mark.integration
def test_a_district_whose_villages_are_the_events_is_no_event_and_its_sums_go_nowhere(geoparser):
    text = ("BISHKEK, July 14 (Reuters) - Kyrgyzstan said on Thursday that three of its villages in the Leilek "
            "district came under fire this week, wounding five people.\n\n"
            "On Monday, Tajik troops fired on the village of Maksat, wounding two residents.\n\n"
            "On Wednesday, shots hit the village of Kulundu, wounding three.")
    found = incidents_of(geoparser, text, dt.date(2022, 7, 14))
    assert sorted((i.place.name, i.injured) for i in found) == [("Kulundu", 3), ("Maksat", 2)]


@pytest.mark.integration
def test_a_district_in_the_lede_of_a_one_village_story_lends_it_its_figures(geoparser):
    text = ("Один киргизский пограничник погиб и еще двое получили ранения в перестрелке на границе с "
            "Таджикистаном в Чон-Алайском районе Ошской области, сообщила в понедельник вечером погранслужба "
            "ГКНБ Киргизии.\n\nПерестрелка произошла у села Кызыл-Эшме в понедельник вечером.")
    found = incidents_of(geoparser, text, dt.date(2025, 8, 19))
    assert [(i.place.name, i.fatalities) for i in found] == [("Kyzyl-Eshme", 1)]


@pytest.mark.integration
class TestEveryEventWordIsViolence:
    """A place in a clause whose event the model types is never context for want of a violence word."""

    def test_fire_at_a_patrol_in_a_numbered_summary(self, geoparser):
        text = ("BISHKEK (AKIpress) - Two incidents were registered on the border over the past day.\n\n"
                "1. At 22:40 on March 19, servicemen of a Tajik border post fired from automatic weapons in "
                "the direction of a patrol of the Kulundu border outpost. There were no casualties.\n\n"
                "2. At 03:15 on March 20, unknown persons fired two shots at a Kyrgyz border patrol near "
                "Ak-Sai village. A junior sergeant was wounded in the forearm.")
        found = {i.place.name: i for i in incidents_of(geoparser, text)}
        assert set(found) == {"Kulundu", "Ak-Sai"}
        assert found["Kulundu"].event_type == "armed_clash"
        assert found["Ak-Sai"].injured == 1

    def test_shells_fired_from_somewhere_are_shelling(self, geoparser):
        text = "On Wednesday mortar shells fired from the Tajik side landed in Ak-Sai, wounding two villagers."
        found = incidents_of(geoparser, text)
        assert [(i.place.name, i.event_type) for i in found] == [("Ak-Sai", "shelling_artillery")]

    def test_a_dispute_that_turned_into_stone_throwing(self, geoparser):
        text = ("On Tuesday evening about 30 residents of Arka village and residents of the neighbouring Tajik "
                "village of Khistevarz had a dispute over irrigation water, which turned into stone-throwing.")
        found = incidents_of(geoparser, text)
        assert "Arka" in [i.place.name for i in found]


@pytest.mark.integration
def test_an_evacuation_from_a_shelled_village_is_part_of_the_shelling(geoparser):
    text = ("Около 17:45 8 июня по окраине Самаркандыка был открыт миномётный огонь. Погиб 63-летний "
            "хозяин дома, ещё шестеро жителей села ранены.\n\nНочью из Самаркандыка в Баткен вывезли около "
            "тысячи двухсот жителей, в основном женщин и детей.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 9))
    samarkandyk = [i for i in found if i.place.name == "Samarkandyk"]
    assert len(samarkandyk) == 1
    assert samarkandyk[0].event_type == "shelling_artillery" and samarkandyk[0].displaced is not None


@pytest.mark.integration
class TestParagraphLabels:
    """A situation report going village by village: each label is the scene of its paragraph."""

    def test_a_report_by_jamoat(self, geoparser):
        text = ("Ниже приводятся данные хукумата по состоянию на 15:00 11 февраля.\n\n"
                "Джамоат Лаккон. В результате минометного обстрела вечером 8 февраля погиб 1 человек, "
                "ранены 3 человека.\n\n"
                "Ворух. Утром 9 февраля в результате стрельбы из пулемета ранен 1 человек, погибших нет.")
        found = {i.place.name: i for i in incidents_of(geoparser, text, dt.date(2023, 2, 11))}
        assert set(found) == {"Lakkon", "Vorukh"}
        assert (found["Lakkon"].fatalities, found["Lakkon"].injured) == (1, 3)
        assert (found["Vorukh"].fatalities, found["Vorukh"].injured) == (0, 1)
        assert found["Lakkon"].date_start == dt.date(2023, 2, 8)

    def test_a_numbered_report_whose_labels_name_the_district_too(self, geoparser):
        text = ("КЧС распространил информацию о ситуации в приграничных джамоатах на 20:00 11 июня.\n\n"
                "1. Джамоат Хистеварз Бободжон-Гафуровского района. 10 июня около 22:00 в результате обстрела "
                "погиб житель джамоата.\n\n"
                "2. Джамоат Гульхона Джаббар-Расуловского района. 11 июня около 14:00 был открыт огонь по "
                "полям. Пострадавших нет.")
        found = {i.place.name: i for i in incidents_of(geoparser, text, dt.date(2024, 6, 11))}
        assert set(found) == {"Khistevarz", "Gulkhona"}
        assert found["Khistevarz"].fatalities == 1 and found["Gulkhona"].injured == 0

    def test_an_english_summary_by_village(self, geoparser):
        text = ("The border service listed the night's incidents.\n\n"
                "Chorkuh. At 22:40 on March 19 a mortar round hit a barn. Nobody was hurt.\n\n"
                "Ak-Sai village.\nAt 03:15 on March 20 a shepherd was wounded by a shot from across the line.")
        found = {i.place.name: i for i in incidents_of(geoparser, text)}
        assert set(found) == {"Chorkuh", "Ak-Sai"}
        assert found["Ak-Sai"].injured == 1 and found["Ak-Sai"].date_start == dt.date(2024, 3, 20)

    def test_a_lone_place_before_the_story_is_a_dateline_not_a_label(self, geoparser):
        text = ("Баткен. Жители села Ак-Татыр, эвакуированные после обстрела 5 октября, вернулись домой.\n\n"
                "Как сообщалось, 5 октября с таджикской стороны был открыт огонь по окраине Ак-Татыра.")
        found = [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 10, 14))]
        assert "Batken" not in found


@pytest.mark.integration
class TestReferencePointsAndBurials:
    def test_a_place_measured_from_is_context_beside_the_scene(self, geoparser):
        text = ("The brawl broke out on Monday beside a pumping station on the edge of Kara-Bak, a village "
                "north of the regional capital Batken, and seven people were hurt.")
        assert [i.place.name for i in incidents_of(geoparser, text)] == ["Kara-Bak"]

    def test_a_place_measured_from_alone_stays_the_approximate_location(self, geoparser):
        text = "On Sunday a landmine exploded on a slope about 4 kilometers south of Toguz-Bulak, wounding a shepherd."
        assert [i.place.name for i in incidents_of(geoparser, text)] == ["Toguz-Bulak"]

    def test_where_the_dead_were_buried_is_no_incident(self, geoparser):
        text = ("A border guard killed in a shootout near Kyzyl-Bel on Wednesday was buried in Pulgon on Thursday.")
        assert [i.place.name for i in incidents_of(geoparser, text)] == ["Kyzyl-Bel"]


def test_a_wire_dateline_with_the_country_in_brackets():
    from geo.language.en.dateline import find_dateline

    found = find_dateline("Batken (Kyrgyzstan) (AFP) - Seven people were hurt on Monday.")
    assert found is not None and found.place == "Batken"


@pytest.mark.integration
class TestPeopleTakenAway:
    def test_people_taken_to_relatives_are_displaced(self, geoparser):
        text = ("A Tajik mortar round wounded a shepherd near Kara-Shibak on Sunday. District officials said "
                "that about 60 residents of Kara-Shibak's outlying farmsteads were taken to relatives in "
                "Daroot-Korgon as a precaution.")
        found = incidents_of(geoparser, text)
        assert [(i.place.name, i.displaced) for i in found] == [("Kara-Shibak", 60)]

    def test_residents_displaced_from_a_village_go_to_that_villages_event(self, geoparser):
        text = ("Tajik forces fired mortars at Ak-Sai and Ak-Tatyr on Thursday, killing one Kyrgyz border guard. "
                "More than 2,000 residents of Ak-Sai were taken by bus to Batken, the regional capital.")
        found = {i.place.name: i for i in incidents_of(geoparser, text)}
        assert found["Ak-Sai"].displaced == 2000
        assert found.get("Ak-Tatyr") is None or found["Ak-Tatyr"].displaced is None

    def test_residents_of_a_village_with_no_event_lend_no_figure(self, geoparser):
        text = ("A shepherd was wounded near Kara-Shibak on Sunday by fire from across the line. "
                "About 300 residents of Kyzyl-Eshme were taken to Daroot-Korgon.")
        found = incidents_of(geoparser, text)
        assert [(i.place.name, i.displaced) for i in found if i.place.name == "Kara-Shibak"] == [("Kara-Shibak", None)]


@pytest.mark.integration
def test_all_the_dead_being_one_countrys_citizens_names_their_side(geoparser):
    text = ("Mortar fire hit Ak-Sai on Thursday, killing two people. All the dead were Kyrgyz citizens, "
            "the ministry said.")
    found = incidents_of(geoparser, text)
    assert [(i.place.name, i.fatalities_by_side) for i in found] == [("Ak-Sai", {"KG": 2})]


@pytest.mark.integration
@pytest.mark.parametrize("text, village", [
    ("A young shepherd from the Isfara jamoat of Chilgazi was wounded by a shot on Tuesday.", "Chilgazi"),
    ("Three residents of the Voruh jamoat of Isfara were wounded in a shooting on Sunday.", "Vorukh"),
])
def test_the_larger_town_of_a_jamoat_phrase_locates_the_village(geoparser, text, village):
    assert [i.place.name for i in incidents_of(geoparser, text)] == [village]


@pytest.mark.integration
def test_a_service_that_recorded_no_shooting_reports_no_event(geoparser):
    text = ("A drone dropped a grenade on Lakkon on Saturday, wounding two residents. The Kyrgyz border service "
            "said it had recorded no shooting on its side of the frontier near Kyzyl-Bel.")
    assert [i.place.name for i in incidents_of(geoparser, text)] == ["Lakkon"]


@pytest.mark.integration
def test_a_natural_disaster_is_no_border_incident(geoparser):
    article = Article(id="t", title="Magnitude 5.3 quake damages homes in Tajikistan's Lakhsh district",
                      text="An earthquake struck Lakhsh district on Thursday. In Kyzyl-Eshme two residents "
                           "were injured by falling plaster and 37 houses were damaged.", date=dt.date(2022, 11, 17))
    assert build_incidents([geoparser.parse(article)]).incidents == []


@pytest.mark.integration
def test_a_beating_is_an_incident_and_routine_detentions_of_border_violators_are_not(geoparser):
    text = ("On February 17, near Maksat village, three citizens of Tajikistan beat a 29-year-old resident who "
            "was working on his land plot.\n\nIn addition, border guards detained 11 violators of the border "
            "regime during the week, including two citizens of Tajikistan detained near Sulukta.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 2, 19))] == ["Maksat"]


@pytest.mark.integration
def test_families_who_left_for_relatives_in_a_town_make_it_a_destination(geoparser):
    text = ("A shell hit a house in Churbek on Monday, wounding two. Some families left for relatives in "
            "Razzakov after the shelling.")
    assert [i.place.name for i in incidents_of(geoparser, text)] == ["Churbek"]


@pytest.mark.integration
def test_a_denied_shelling_and_regional_officials_who_speak_are_no_incidents(geoparser):
    text = ("Tajik servicemen opened fire on a Kyrgyz post near Arka on Tuesday, wounding a border guard. "
            "\"There was no shelling of Kulundu,\" a spokeswoman said. Batken regional officials said there "
            "was no need to evacuate anyone.")
    assert [i.place.name for i in incidents_of(geoparser, text)] == ["Arka"]


@pytest.mark.integration
def test_a_scene_in_the_vicinity_of_a_village_before_a_sentence_naming_only_a_country(geoparser):
    text = ("According to the Border Service, the incident occurred on March 19 at about 19:30 in the vicinity "
            "of Arka village. A local resident was wounded when a shot was fired from the side of Tajikistan.")
    found = incidents_of(geoparser, text)
    assert [(i.place.name, i.injured) for i in found] == [("Arka", 1)]


@pytest.mark.integration
def test_a_victims_village_is_more_precise_than_the_district_of_the_lede(geoparser):
    """A district is no neighbouring scene: the resident's village is the event place."""
    text = ("BISHKEK -- A Kyrgyz shepherd has been shot dead on a mountain pasture in the Chong-Alai district of "
            "Osh region, officials say.\n\nThe border service said on July 24 that the man, a 34-year-old resident "
            "of the village of Kara-Shybak, was hit by gunfire from the Tajik side on July 23 some 7 kilometers "
            "south of the village.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 7, 25))
    assert [(i.place.name, i.fatalities) for i in found] == [("Kara-Shibak", 1)]


@pytest.mark.integration
def test_a_live_blog_with_clock_times_on_their_own_lines(geoparser):
    """Entries newest first, each clock time on a line of its own; a town where people only heard
    explosions and that "has not been hit" is no event."""
    text = ("LIVE: Shelling in Leilek district\n\n"
            "20:05\nTajikistan's border troops accuse the Kyrgyz side of shelling the outskirts of the town of "
            "Ghonchi. Two residents were wounded and taken to the district hospital, the statement says.\n\n"
            "11:45\nThe Border Service confirms: since 10:30 the Tajik side has been firing mortars at Kyrgyz "
            "positions near the village of Andarak. One resident has been wounded.\n\n"
            "10:50\nResidents of Andarak report explosions. People in Sulukta, about 20 kilometers to the north, "
            "also say they heard explosions; the town has not been hit.")
    found = {i.place.name: i.injured for i in incidents_of(geoparser, text, date=dt.date(2024, 2, 27))}
    assert found == {"Ghonchi": 2, "Andarak": 1}


@pytest.mark.integration
def test_a_passing_reference_to_an_earlier_shooting_and_a_football_scorer_are_no_events(geoparser):
    text = ("The delegations discussed the joint use of water. Both sides confirmed that the border had remained "
            "calm in recent weeks, apart from the shooting near Beshkent in late November.")
    assert incidents_of(geoparser, text, date=dt.date(2021, 12, 9)) == []
    russian = Article(id="r", lang="ru", date=dt.date(2024, 5, 18),
                      text="Лучшим бомбардиром турнира с 9 мячами стал 17-летний нападающий из Воруха.")
    assert build_incidents([geoparser.parse(russian)]).incidents == []


@pytest.mark.integration
def test_a_photo_caption_is_no_news_and_the_story_village_may_come_from_the_second_paragraph(geoparser):
    """The caption's "in Ak-Suu, Sunday" is not the event; the headline names no village, so the
    first paragraphs give the story's one village for the sentence that reports the death."""
    text = ("Kyrgyz shepherd found shot dead near Tajik border\n\n"
            "Relatives gather outside the family home of the shepherd in Ak-Suu, Kyrgyzstan, Sunday, July 14, 2024. "
            "(AP Photo)\n\n"
            "BISHKEK, Kyrgyzstan (AP) — A Kyrgyz shepherd who disappeared on a mountain pasture near the border "
            "with Tajikistan has been found shot dead, Kyrgyz officials said Sunday.\n\n"
            "The 47-year-old man from the village of Ak-Suu in the Leilek district of the Batken region drove sheep up to a summer pasture on Thursday and spoke "
            "to his wife by mobile phone that evening. A search team found his body on Saturday afternoon in a "
            "gully, with two gunshot wounds.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 7, 14))
    assert [(i.place.name, i.fatalities_by_side, i.date_start) for i in found] == [
        ("Ak-Suu", {"KG": 1}, dt.date(2024, 7, 13))]


@pytest.mark.integration
def test_a_national_toll_goes_to_the_villages_its_sentence_names_after_it(geoparser):
    text = ("Dushanbe (AFP) - Mortar rounds fell on houses in Vorukh on Thursday afternoon, a spokesman said.\n\n"
            "In Bishkek, Kyrgyzstan's health ministry said on Friday evening that 31 of its citizens had been killed "
            "and 154 wounded since Thursday, most of them around the villages of Kok-Tash and Ak-Sai in the Batken "
            "region.")
    found = {i.place.name: (i.fatalities, i.injured) for i in incidents_of(geoparser, text, date=dt.date(2021, 4, 30))}
    assert found["Vorukh"] == (None, None) and (31, 154) in found.values()


@pytest.mark.integration
def test_aid_for_the_wounded_and_the_evacuated_is_no_event(geoparser):
    text = ("BISHKEK (AKIpress) - Hundreds of people queued outside blood transfusion centers in Bishkek and Osh on "
            "Friday to help the wounded from the border conflict. Volunteers collected more than 3.2 million soms "
            "for families evacuated from Batken district and the neighbouring Leilek district.")
    assert incidents_of(geoparser, text, date=dt.date(2022, 9, 17)) == []


@pytest.mark.integration
def test_a_leilek_front_with_a_road_between_towns_raiders_from_a_village_and_wounded_residents(geoparser):
    text = ("By Friday the worst of the fighting had moved to Leilek district, where villages sit along the road from "
            "Isfana to Khujand.\n\nIn Maksat, mortar rounds began landing at around 6 a.m. on Friday, and two Kyrgyz "
            "villagers, a 58-year-old man and his nephew, were killed.\n\nIn Arka, groups of men who came across from "
            "neighboring Khistevarz set fire to houses on Friday afternoon.\n\nOn the other side of the line, officials "
            "said Kyrgyz fire had wounded three residents of Ovchi-Kalacha on Friday.")
    found = {i.place.name: (i.fatalities, i.injured) for i in incidents_of(geoparser, text, date=dt.date(2021, 5, 1))}
    assert found == {"Maksat": (2, None), "Arka": (None, None), "Ovchi-Kalacha": (None, 3)}


@pytest.mark.integration
def test_a_denied_report_and_the_ends_and_names_of_a_road_and_a_crossing(geoparser):
    denial = ("Reports circulating on social networks about an exchange of fire on the border near the village of "
              "Maksat on the night of May 14 are not true, the Border Service said on Tuesday.")
    assert incidents_of(geoparser, denial, date=dt.date(2023, 5, 16)) == []
    text = ("A Kyrgyz border guard was killed on Sunday evening when troops exchanged fire near the village of "
            "Kyzyl-Bel. The shooting began beside the road linking the regional capital Batken with the Tajik town "
            "of Isfara. A lorry driver, whose vehicle was hit while it stood in the queue at the Kyzyl-Bel - "
            "Guliston crossing, was wounded.")
    found = incidents_of(geoparser, text, date=dt.date(2021, 11, 22))
    assert [i.place.name for i in found] == ["Kyzyl-Bel"]


@pytest.mark.integration
def test_a_schoolboy_wounded_and_a_first_since_comparison(geoparser):
    text = ("DUSHANBE - A 16-year-old schoolboy from the Gulkhona jamoat of Jabbor Rasulov district was wounded late "
            "on Tuesday when shots were fired from the Kyrgyz side. No one else was hurt.\n\n"
            "It is the first reported shooting on the Jabbor Rasulov section since the two countries signed the "
            "border treaty.")
    found = incidents_of(geoparser, text, date=dt.date(2025, 9, 3))
    assert [(i.place.name, i.injured) for i in found] == [("Gulkhona", 1)]


@pytest.mark.integration
def test_a_per_village_breakdown_gives_each_village_its_share(geoparser):
    text = ("BISHKEK (AP) — Fighting with Tajik forces on Wednesday killed seven people, five of them in the village "
            "of Kyzyl-Bel and two in the village of Chek, the ministry said. Of the 12 wounded, nine were from "
            "Kyzyl-Bel and three from Chek. About 1,800 people were evacuated from Kyzyl-Bel and another 400 from "
            "Chek.")
    found = {i.place.name: (i.fatalities, i.injured, i.displaced)
             for i in incidents_of(geoparser, text, date=dt.date(2022, 6, 16))}
    assert found == {"Kyzyl-Bel": (5, 9, 1800), "Chek": (2, 3, 400)}


@pytest.mark.integration
def test_distances_are_no_breakdown_and_an_update_s_day_dates_no_event(geoparser):
    text = ("Two border guards were killed on Tuesday in a shootout at a post 12 km from Vorukh and 5 km from "
            "Chorkuh.")
    tolls = {i.place.name: i.fatalities for i in incidents_of(geoparser, text, date=dt.date(2023, 5, 18))}
    assert tolls["Vorukh"] == 2 and not {12, 5} & set(tolls.values())
    update = ("Tajik forces shelled Kyzyl-Bel on Tuesday night. In an update at 10 a.m. local time Thursday, the "
              "ministry said three people had been killed in Kyzyl-Bel.")
    found = incidents_of(geoparser, update, date=dt.date(2022, 6, 16))
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities) for i in found] == [("Kyzyl-Bel", "2022-06-14", 3)]


@pytest.mark.integration
def test_a_brawl_told_without_a_place_is_at_the_story_s_village(geoparser):
    text = ("Six months after the border treaty, traders in Samarkandyk are counting the profits of calm.\n\n"
            "On September 12, a quarrel over a parking spot at the bazaar turned into a fistfight between Kyrgyz "
            "and Tajik traders. Three men were hurt, the police said.")
    found = incidents_of(geoparser, text, date=dt.date(2025, 9, 17))
    assert [(i.place.name, i.date_start.isoformat(), i.injured) for i in found] == [("Samarkandyk", "2025-09-12", 3)]


@pytest.mark.integration
def test_a_wounded_villager_who_died_days_later_is_a_death_of_the_attack_s_day(geoparser):
    text = ("BISHKEK, February 16. /TASS/. A resident of Kyrgyzstan's Kara-Bak village who was wounded in a shootout "
            "on the border with Tajikistan on February 11 has died in hospital, the regional administration said. "
            "\"The 46-year-old resident of Kara-Bak, who received a gunshot wound to the chest, died on the night of "
            "February 15 in the Osh hospital,\" the press service said.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 2, 16))
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities) for i in found] == [("Kara-Bak", "2024-02-11", 1)]


def test_last_month_s_shootout_is_background():
    text = ("A Tajik farmer was shot dead near Khistevarz on Tuesday.\n\nLast month four people were killed in a "
            "shootout near Ovchi-Kalacha.")
    result = scopes(text, dt.date(2019, 10, 9))
    assert result[0][1] == "news" and result[-1][1] == "background"


@pytest.mark.integration
def test_a_home_town_a_governor_s_office_hospitals_and_a_fact_check_are_no_scenes(geoparser):
    text = ("A Kyrgyz soldier was shot dead in Arka on Monday. The dead serviceman came from the mining town of "
            "Sulukta. The office of the Batken regional governor spoke of four injured villagers. A wounded man "
            "underwent two operations, first at the Isfara central hospital and then in Khujand, where he was "
            "transferred on Tuesday.")
    assert [i.place.name for i in incidents_of(geoparser, text, date=dt.date(2023, 10, 18))] == ["Arka"]
    fact_check = ("No, there was no new shooting in Ak-Sai\n\nVideos claiming to show fresh fighting near Ak-Sai "
                  "were filmed in September 2022, when shelling burned houses there.")
    assert incidents_of(geoparser, fact_check, date=dt.date(2025, 10, 15)) == []


@pytest.mark.integration
def test_the_post_whose_servicemen_opened_fire_is_where_the_fire_came_from(geoparser):
    """A statement names the other side's post that fired; the wounded are at the village it fired on,
    and a village named only in a sentence with the post stands in once the statement has dated its story."""
    text = ("DUSHANBE, 10.03.2023. On March 9, 2023, at 14:20, servicemen of the border post \"Kara-Bak\" of the "
            "Batken border detachment of the Kyrgyz Republic opened fire from mortars in the direction of residential "
            "houses on the outskirts of the village of Chilgazi. As a result of the shelling, two civilians were "
            "injured.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, text, date=dt.date(2023, 3, 10))] == [
        ("Chilgazi", 2)]
    statement = ("DUSHANBE, 15.03.2022. \"On 14 March 2022, at 16:45, Kyrgyz servicemen entered the territory of the "
                 "Lakkon rural community (jamoat) of the city of Isfara and began to install a camera.\n\n"
                 "At 17:20, servicemen of the Kyrgyz frontier post \"Kara-Bak\" opened fire from automatic weapons "
                 "towards the Tajik border detail. As a result, private A. Sh., born in 2002, received a gunshot wound to the abdomen and died on "
                 "the way to the Isfara central city hospital.\"")
    assert [(i.place.name, i.fatalities) for i in incidents_of(geoparser, statement, date=dt.date(2022, 3, 15))] == [
        ("Lakkon", 1)]
    russian = ("ДУШАНБЕ, 10 марта. 9 марта около 14:20 военнослужащие пограничной заставы «Кара-Бак» Баткенского "
               "погранотряда открыли огонь из минометов по жилым домам на окраине села Чилгази. В результате "
               "обстрела ранены двое мирных жителей.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, russian, date=dt.date(2023, 3, 10))] == [
        ("Chilgazi", 2)]
    # the post's servicemen who were fired upon are at the scene
    fired_on = "Servicemen of the border post \"Kara-Bak\" were fired upon on Tuesday; two were wounded."
    assert [i.place.name for i in incidents_of(geoparser, fired_on, date=dt.date(2023, 3, 10))] == ["Kara-Bak"]


@pytest.mark.integration
def test_a_later_count_of_the_attack_s_wounded_includes_the_man_who_died(geoparser):
    """The follow-up tells the death first and the attack's wounded after: he was one of them."""
    text = ("DUSHANBE, August 9, 2019 -- A 27-year-old resident of Surkh who was wounded in a shooting on the border "
            "last week died in hospital in Khujand on Thursday evening, his relatives said.\n\n"
            "He was one of two residents of Surkh wounded on August 3, when shots were fired from the Kyrgyz side "
            "at villagers repairing an irrigation ditch.")
    assert [(i.place.name, i.fatalities, i.injured) for i in incidents_of(geoparser, text, date=dt.date(2019, 8, 9))
            ] == [("Surkh", 1, 1)]
    others = text.replace("He was one of two residents of Surkh wounded on August 3",
                          "Two other residents of Surkh were wounded on August 3")
    assert [(i.place.name, i.fatalities, i.injured) for i in incidents_of(geoparser, others, date=dt.date(2019, 8, 9))
            ] == [("Surkh", 1, 2)]


@pytest.mark.integration
def test_a_government_s_unsided_servicemen_are_its_own_and_a_count_from_both_sides_is_no_side(geoparser):
    """Bishkek's "a private was wounded" is a Kyrgyz serviceman; with Dushanbe's own two wounded the
    lede's "three servicemen from both sides" holds, and Bishkek's claim about Tajik losses is not counted."""
    text = ("BISHKEK, Oct 11 (Reuters) - A Kyrgyz border guard was killed and three servicemen from both sides were "
            "wounded in an exchange of fire late on Tuesday near the village of Ak-Suu in Kyrgyzstan's Leilek district, the border agencies said.\n\n"
            "Kyrgyzstan's border service said Tajik troops opened fire on a patrol. "
            "A 24-year-old sergeant was killed at the scene and a private was wounded in the shoulder, according to "
            "the service.\n\n"
            "Tajikistan's border troops said two of their servicemen had been wounded.\n\n"
            "A Kyrgyz border service spokesman said the Tajik side had suffered \"at least four wounded\".")
    found = incidents_of(geoparser, text, date=dt.date(2023, 10, 11))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Ak-Suu", 1, 3)]


@pytest.mark.integration
def test_shots_that_hit_a_vineyard_are_a_clash_and_a_headline_s_tajik_woman_names_the_side(geoparser):
    text = ("Tajik woman killed by gunfire from Kyrgyz side, Dushanbe says\n\n"
            "DUSHANBE, Tajikistan (AP) — A woman was killed and two of her sons were wounded Sunday when shots fired "
            "from Kyrgyzstan hit a vineyard on the edge of Khistevarz, Tajik authorities said Monday.")
    found = incidents_of(geoparser, text, date=dt.date(2021, 8, 23))
    assert [(i.place.name, i.event_type, i.fatalities_by_side, i.injured) for i in found] == [
        ("Khistevarz", "armed_clash", {"TJ": 1}, 2)]


@pytest.mark.integration
def test_where_a_victim_lives_and_the_capital_a_village_is_measured_from_are_no_scenes(geoparser):
    text = ("Dushanbe (AFP) - A Tajik shepherd was shot and wounded near the border with Kyrgyzstan, Tajik border "
            "troops said.\n\nThe 34-year-old man, who lives in the district centre Jirgatol, was grazing sheep in high "
            "pastures of the Lakhshi Bolo jamoat on Monday when a single shot was fired from a ridge on the Kyrgyz side.")
    assert [i.place.name for i in incidents_of(geoparser, text, date=dt.date(2026, 6, 17))] == ["Lakhshi Bolo"]
    chek = ("On Nov. 16, shots fired from across the line hit a tractor working a field on the edge of Chek, a village "
            "northeast of the regional capital, Batken. The driver was wounded in the shoulder.")
    assert [i.place.name for i in incidents_of(geoparser, chek, date=dt.date(2025, 11, 20))] == ["Chek"]


@pytest.mark.integration
def test_a_lede_summing_three_villages_on_the_border_gives_each_village_its_own_toll(geoparser):
    text = ("24.kg news agency, Bishkek - Shots were fired on the Kyrgyz-Tajik border overnight in three villages of "
            "Batken district; two people were wounded, the Border Service reported this morning.\n\n"
            "At 23:40 on February 15, Tajik servicemen opened fire with small arms at a Kyrgyz border post in Ak-Sai. "
            "A border guard born in 2002 was wounded in the arm.\n\n"
            "At about 01:30 on February 16, several bullets hit houses on the outskirts of Kok-Tash. A 61-year-old "
            "local resident was cut by shards of window glass.\n\n"
            "At 04:50, a mortar round exploded in a field near houses in Ak-Tatyr. No one was hurt there. About 300 "
            "residents of Ak-Tatyr were taken by buses to Batken.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 2, 16))
    assert sorted((i.place.name, i.injured, i.displaced) for i in found) == [
        ("Ak-Sai", 1, None), ("Ak-Tatyr", 0, 300), ("Kök-Tash", 1, None)]


@pytest.mark.integration
def test_a_casualty_list_s_homes_a_clinic_and_a_town_that_locates_a_home_are_no_scenes(geoparser):
    listing = ("The Ministry of Health has published the list of those wounded in yesterday's shooting near Andarak "
               "village in Leilek district.\n\nFour people sought medical help:\n\n"
               "Azamat Toktosunov, born in 1999, serviceman of the Border Service, resident of Sulukta — gunshot "
               "wound to the leg;\nBakyt Mamatov, 17, resident of Andarak — gunshot wound to the chest.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, listing, date=dt.date(2022, 3, 9))] == [
        ("Andarak", 4)]
    workers = ("DUSHANBE, July 13, 2019 -- Two Tajik seasonal workers were wounded on Friday when shots were fired "
               "from the Kyrgyz side at an apricot orchard in Isfara's Lakkon jamoat, officials said on Saturday.\n\n"
               "The two men are residents of the oil-workers' settlement of Kim near Konibodom who had come to Lakkon "
               "for the harvest. They were hit at around 15:00 while loading boxes onto a truck.\n\n"
               "After first aid at the Lakkon rural health centre, both were taken to the Isfara central hospital, "
               "and on Saturday morning the older man was transferred to Khujand. Nobody was killed.")
    assert [(i.place.name, i.date_start.isoformat(), i.injured, i.fatalities)
            for i in incidents_of(geoparser, workers, date=dt.date(2019, 7, 13))] == [("Lakkon", "2019-07-12", 2, 0)]


@pytest.mark.integration
def test_a_brawl_called_a_clash_with_no_shot_fired_is_no_armed_clash(geoparser):
    text = ("A Kyrgyz man injured in a mass brawl with herders from Tajikistan near the village of Katran last "
            "weekend has died, bringing the toll from the April 20 clash to one dead and three injured.\n\n"
            "A dispute over a spring turned into a fight involving some 60 people on April 20. Kyrgyz border guards "
            "fired no shots during the incident, the border service said.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 4, 24))
    assert [(i.place.name, i.event_type) for i in found] == [("Katran", "border_incident_protest")]
    shots = text.replace("A dispute over a spring turned into a fight", "Tajik guards opened fire on the crowd at Katran in a fight")
    assert [i.event_type for i in incidents_of(geoparser, shots, date=dt.date(2024, 4, 24))] == ["armed_clash"]


@pytest.mark.integration
def test_there_are_no_dead_covers_every_village_of_that_country_told_before(geoparser):
    text = ("At 23:40 on February 15, Tajik servicemen opened fire at a Kyrgyz border post in Ak-Sai. A border guard "
            "was wounded in the arm.\n\nAt about 01:30 on February 16, several bullets hit houses on the outskirts "
            "of Kok-Tash. A resident was cut by shards of window glass.\n\n\"There are no dead,\" the Border Service "
            "said.\n\nTajikistan said Kyrgyz troops fired on Khoja-Alo on February 15, wounding two residents.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 2, 16))
    assert sorted((i.place.name, i.fatalities) for i in found) == [("Ak-Sai", 0), ("Khoja-Alo", None), ("Kök-Tash", 0)]
    blockade = ("Residents of Maksat blocked the road on Monday. Residents of Chek blocked the highway on Tuesday. "
                "No one was hurt, police said.")
    assert sorted((i.place.name, i.injured) for i in incidents_of(geoparser, blockade, date=dt.date(2023, 2, 16))) == [
        ("Chek", 0), ("Maksat", 0)]


def test_that_conflict_is_the_war_told_just_before():
    text = ("Mortar rounds fell on Kyzyl-Eshme on Tuesday, killing a man.\n\nThe valley saw fighting during the "
            "September 2022 war. That conflict killed around 100 people on both sides.")
    result = scopes(text, dt.date(2024, 9, 25))
    assert result[0][1] == "news" and result[-1][1] == "background"


@pytest.mark.integration
def test_a_shared_evacuation_of_residents_goes_to_the_first_village_named(geoparser):
    text = ("BISHKEK (AP) — Shooting began at 5:30 a.m. near a border post outside the village of Beshkent in the "
            "Leilek district on Monday, where a junior sergeant was killed. By mid-morning, bullets were hitting "
            "houses in Churbek, a village to the southeast. Two residents of Churbek were wounded there.\n\n"
            "Local authorities said about 1,500 residents of Churbek and Beshkent were moved by bus to Razzakov.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 5, 16))
    assert sorted((i.place.name, i.event_type, i.displaced) for i in found) == [
        ("Beshkent", "armed_clash", None), ("Churbek", "armed_clash", 1500)]


@pytest.mark.integration
def test_a_revision_s_outdated_figures_and_its_statement_date(geoparser):
    text = ("Kyrgyz health officials have revised the toll from a shooting near the village of Ak-Suu in Leilek "
            "district, saying on July 13 that one Kyrgyz villager was killed and three people were wounded, not two "
            "killed as first announced.\n\nLocal authorities had said on the day of the shooting, July 11, that two "
            "villagers were killed. The Health Ministry said on Thursday that one of the two men initially reported "
            "dead had in fact been found alive.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 7, 13))
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities, i.injured) for i in found] == [
        ("Ak-Suu", "2023-07-11", 1, 3)]


@pytest.mark.integration
def test_a_follow_up_death_keeps_the_shooting_s_village_and_date_not_the_victim_s_home_or_hospitals(geoparser):
    text = ("A Tajik farmer who was shot while cutting hay near the border with Kyrgyzstan last weekend has died of "
            "his wounds, his family told RFE/RL on August 8.\n\nRahmatullo Sharipov, 58, from the village of Muchun, "
            "died late on August 7 in the regional hospital in Istaravshan, where he had been moved from Ghonchi. "
            "Sharipov was hit on the afternoon of August 3 on a hayfield at the edge of Muchun's pastures, which face "
            "the Kyrgyz village of Ak-Suu across a dry riverbed.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 8, 8))
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities) for i in found] == [("Muchun", "2024-08-03", 1)]


@pytest.mark.integration
def test_a_reopened_market_closed_since_the_clashes_and_a_teenager_s_home_town_are_no_scenes(geoparser):
    market = ("ISFARA, April 24 (Asia-Plus) - The border market in the Chorkuh jamoat of Isfara, closed since the "
              "clashes of April 2021, reopened on Wednesday and received its first Kyrgyz traders.")
    assert incidents_of(geoparser, market, date=dt.date(2025, 4, 24)) == []
    teen = ("DUSHANBE - A Tajik teenager was wounded on Monday by gunfire from the Kyrgyz side of the border, Tajik "
            "border troops said.\n\nThe 17-year-old, a resident of the city of Isfara who was visiting relatives in "
            "the border village of Lakkon, was hit in the leg while collecting firewood above the village.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, teen, date=dt.date(2021, 10, 5))] == [
        ("Lakkon", 1)]


@pytest.mark.integration
def test_a_ledes_zero_for_every_incident_covers_each_village_of_that_side(geoparser):
    text = ("BISHKEK, July 14 (Reuters) - Kyrgyzstan said on Thursday that three of its villages had come under fire "
            "from Tajikistan since Monday.\n\nNo one was killed in any of the incidents on the Kyrgyz side, the "
            "Kyrgyz border service said.\n\nOn Monday, July 11, a woman was wounded by a stray bullet in Maksat.\n\n"
            "On Wednesday afternoon, a Kyrgyz border guard was wounded in the leg near Korgon.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 7, 14))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Maksat", 0, 1), ("Korgon", 0, 1)]


@pytest.mark.integration
def test_a_wounded_man_who_died_is_in_a_later_count_of_the_dead(geoparser):
    text = ("A resident of Kyzyl-Zhol village in Batken region, who was wounded in a shooting on the border last week, "
            "died in hospital yesterday.\n\nOn July 11 at about 19:30 shots were fired from the Tajik side at residents "
            "of Kyzyl-Zhol who were making hay. Two local residents were wounded - the deceased and his nephew.\n\n"
            "Thus, the number of victims of the incident is one dead and one wounded.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 7, 16))
    # one death (not the died-of-wounds report added to the count that has him), dated by the exact day
    assert [(i.place.name, i.date_start.isoformat(), i.date_end.isoformat(), i.fatalities, i.injured)
            for i in found] == [("Kyzyl-Jol", "2024-07-11", "2024-07-11", 1, 1)]


def test_at_that_time_closing_a_sentence_is_the_moment_just_told():
    pack = get_pack("en")
    text = ("On Saturday, October 21, mortar shells fell on Beshkent. No one was killed or injured, as the family was "
            "visiting relatives at that time. At that time, the border was closed.")
    clauses = scope_clauses(text, split_sentences(text), pack, published=dt.date(2023, 10, 30))
    assert [c.scope for c in clauses] == ["news", "news", "background"]


@pytest.mark.integration
def test_a_date_that_opens_a_statement_dates_the_statement_not_the_event(geoparser):
    text = ("ISFARA - A brawl broke out on Monday evening at a canal on the edge of Surkh.\n\n"
            "On Tuesday officials of the Isfara administration said that four residents of Surkh had sought "
            "medical help.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 5, 24))
    assert [(i.place.name, i.date_start.isoformat(), i.injured) for i in found] == [("Surkh", "2022-05-23", 4)]


@pytest.mark.integration
def test_old_footage_of_shooting_that_did_not_happen_reports_no_incident(geoparser):
    text = ("DUSHANBE - The Border Troops have described as untrue the information about an exchange of fire near "
            "the village of Chorkuh on February 11.\n\n\"On February 11, no shots were fired on this section of the "
            "state border. The footage was filmed in September 2022,\" the statement says.")
    assert incidents_of(geoparser, text, date=dt.date(2026, 2, 12)) == []


@pytest.mark.integration
def test_a_shelling_rumour_explained_as_wedding_fireworks_reports_no_incident(geoparser):
    text = ("A video appeared to show streaks of red light over houses in Andarak. \"Tajiks are shelling Andarak,\" one "
            "caption read. Another claimed that \"at least four\" people had been killed.\n\nNothing of the kind had "
            "happened, according to officials on both sides. The flashes were fireworks set off at a wedding.")
    assert incidents_of(geoparser, text, date=dt.date(2025, 10, 8)) == []
    ru = ("В Telegram распространилось видео: «Таджики обстреливают Андарак», погибли четверо.\n\nНичего подобного не "
          "происходило, заявили в Пограничной службе. Вспышки — фейерверк на свадьбе.")
    assert incidents_of(geoparser, ru, date=dt.date(2025, 10, 8)) == []


@pytest.mark.integration
def test_each_government_s_version_at_its_own_village_is_an_incident(geoparser):
    text = ("BISHKEK - A Kyrgyz border guard was wounded on Tuesday when Tajik troops fired on a patrol near the "
            "village of Kyzyl-Bel, the Kyrgyz border service said.\n\nTajikistan gave a different account. It said "
            "Kyrgyz guards had opened fire on residents of the Tajik village of Chilgazi who were cutting grass on "
            "their own land, wounding two of them.\n\nThe Tajik border troops said Kyrgyz servicemen were the "
            "first to open fire.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 6, 15))
    assert sorted((i.place.name, i.injured) for i in found) == [("Chilgazi", 2), ("Kyzyl-Bel", 1)]


@pytest.mark.integration
def test_a_frontier_outpost_named_in_quotes_after_its_noun_is_the_scene(geoparser):
    text = ("BATKEN - At 15:10 on October 23 the Tajik side also opened fire at the frontier outpost \"Chek\" "
            "(outpost No. 9). There are no victims at the outpost.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 10, 23))
    assert [(i.place.name, i.fatalities) for i in found] == [("Chek", 0)]


@pytest.mark.integration
def test_a_statement_from_a_ministry_named_with_an_apostrophe_dates_the_statement(geoparser):
    text = ("DUSHANBE - Tajikistan says rockets fired from Kyrgyzstan hit Isfisor late on Saturday.\n\n"
            "According to a statement from Tajikistan's foreign ministry on Sunday, a rocket hit a house in Isfisor "
            "at about 22:40, killing a 70-year-old woman and her eight-year-old grandson.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 7, 16))
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities) for i in found] == [("Isfisor", "2023-07-15", 2)]


@pytest.mark.integration
def test_a_town_named_like_a_month_abbreviation(geoparser):
    text = ("DUSHANBE - A Kyrgyz trader was stabbed to death on Thursday morning in a brawl at the livestock market "
            "in Nov, the centre of Spitamen district, the interior ministry said on Nov 15.")
    found = incidents_of(geoparser, text, date=dt.date(2025, 11, 15))
    assert [i.place.name for i in found] == ["Nov"]


@pytest.mark.integration
def test_according_to_the_statement_speaks_for_the_side_that_issued_it(geoparser):
    text = ("BISHKEK - Tajik servicemen opened fire on a Kyrgyz border detail near Arka on Wednesday evening. One "
            "Kyrgyz border guard was killed, the Border Service said.\n\n"
            "The border troops of Tajikistan have issued a statement in Dushanbe. They accuse Kyrgyz servicemen of "
            "provoking the incident and say the Tajik side took adequate measures. According to the statement, up "
            "to five Kyrgyz servicemen were killed.")
    found = incidents_of(geoparser, text, date=dt.date(2023, 6, 22))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == [("Arka", 1, {"KG": 1})]
    assert "5 (KG, claimed by TJ)" in found[0].figure_rule


@pytest.mark.integration
def test_the_town_where_talks_were_under_way_is_no_scene_of_the_clash_told_beside_them(geoparser):
    text = ("DUSHANBE - Meanwhile, on Wednesday evening, while the talks were still under way in Isfara, residents of "
            "Lolazor village, better known as the Western Qal'acha exclave, clashed with Kyrgyz neighbours over the "
            "repair of a road. Three residents of Lolazor were injured by stones.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 2, 15))
    assert [(i.place.name, i.injured) for i in found] == [("Western Qal'acha", 3)]


@pytest.mark.integration
def test_a_side_s_dead_told_in_the_lede_stay_at_that_side_s_own_village(geoparser):
    text = ("BISHKEK/DUSHANBE, Sept 3 (Reuters) - A Tajik farmer was killed and a Kyrgyz border guard was wounded in "
            "an exchange of fire that began late on Monday, officials on both sides said on Tuesday.\n\n"
            "Kyrgyzstan's border service said Tajik servicemen opened fire on a Kyrgyz patrol near the village of "
            "Ak-Suu. No Kyrgyz servicemen were killed.\n\n"
            "Tajikistan's border troops said Kyrgyz guards had fired on farmers on the edge of the Tajik village of "
            "Muchun. A 47-year-old resident of Muchun was killed, the statement said.")
    found = incidents_of(geoparser, text, date=dt.date(2024, 9, 3))
    assert sorted((i.place.name, i.fatalities) for i in found) == [("Ak-Suu", 0), ("Muchun", 1)]


@pytest.mark.integration
def test_a_running_total_since_the_fighting_began_is_no_village_s_toll(geoparser):
    text = ("DUSHANBE - Shells hit the outskirts of the village of Mehron on Friday, damaging a school. No residents "
            "were hurt, the administration said.\n\nSince the fighting began on Wednesday, 35 Tajik citizens have "
            "been killed, according to Dushanbe.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 9, 17))
    assert [(i.place.name, i.fatalities) for i in found] == [("Mehron", 0)]


@pytest.mark.integration
def test_a_figure_called_untrue_is_dropped(geoparser):
    text = ("BISHKEK - Mortar rounds exploded on the outskirts of Kyzyl-Eshme overnight, a Telegram channel said, "
            "adding that two residents were wounded.\n\nThe border service confirmed the shelling. Reports of two "
            "wounded residents are untrue, it said. No one was hurt.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 6, 15))
    assert [(i.place.name, i.injured) for i in found] == [("Kyzyl-Eshme", 0)]


@pytest.mark.integration
def test_the_strike_the_lede_told_hits_its_village(geoparser):
    text = ("DUSHANBE, July 26 (Reuters) - A Kyrgyz military drone struck a farmstead in Tajikistan's mountainous "
            "Lakhsh district overnight, killing two Tajik civilians, Dushanbe said on Tuesday.\n\n"
            "The strike hit a house on the edge of a village in the Lakhshi Bolo rural municipality, the committee "
            "said. Workers at the plant went on a labour strike that hit production in Jirgatol.")
    found = incidents_of(geoparser, text, date=dt.date(2022, 7, 26))
    assert [(i.place.name, i.event_type, i.fatalities) for i in found] == [("Lakhshi Bolo", "air_drone_strike", 2)]


@pytest.mark.integration
def test_a_road_named_by_where_it_leads_is_no_scene(geoparser):
    text = ("BISHKEK - Shots were fired at farmers in Kara-Bak on Monday evening, villagers said.\n\n"
            "The shots came from the direction of Lakkon at about 7:15 p.m., while farmers were bringing in the "
            "harvest from fields along the road to Batken. One man was hit in the leg.")
    found = incidents_of(geoparser, text, date=dt.date(2021, 10, 5))
    assert [(i.place.name, i.injured) for i in found] == [("Kara-Bak", 1)]


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    ("Border digest\n\n"
     "The following is a selection of reports carried by Kyrgyz and Tajik media on 12-14 April.\n\n"
     "Kyrgyz TV says two road workers wounded by Tajik fire in Batken\n"
     "Kyrgyz public TV has reported that two Kyrgyz road workers were wounded when Tajik servicemen "
     "opened fire on a road construction site near the village of Kyzyl-Bel on 12 April.\n\n"
     "Tajik governor inspects Kayrakkum dam\n"
     "The head of Sughd Region has inspected the hydroelectric station in Guliston.",
     [("Kyzyl-Bel", None, 2)]),
    ("Обзор за день\n\n"
     "Ниже - то, что известно на вечер среды.\n\n"
     "Двое ранены при обстреле в Баткене\n"
     "В среду вечером с таджикской стороны был обстрелян край села Ак-Сай. Ранены двое жителей.\n\n"
     "Губернатор Согда посетил Гулистон\n"
     "Глава Согдийской области осмотрел гидроэлектростанцию в Гулистоне.",
     [("Ak-Sai", None, 2)]),
])
def test_a_section_heading_gives_way_to_the_places_its_paragraphs_report(geoparser, text, expected):
    # the heading sums its section: its place is no incident and its figures go to none
    found = incidents_of(geoparser, text, dt.date(2023, 4, 14))
    assert sorted((i.place.name, i.fatalities, i.injured) for i in found) == expected


@pytest.mark.integration
def test_a_heading_whose_section_names_no_place_keeps_its_own(geoparser):
    text = ("Border digest\n\nThe following is a selection of reports.\n\n"
            "Shooting near Kyzyl-Bel\n"
            "Two road workers were wounded when Tajik servicemen opened fire on Wednesday.\n\n"
            "Tajik governor inspects Kayrakkum dam\n"
            "The head of Sughd Region has inspected the hydroelectric station in Guliston.")
    found = incidents_of(geoparser, text, dt.date(2023, 4, 14))
    assert [(i.place.name, i.injured) for i in found] == [("Kyzyl-Bel", 2)]


@pytest.mark.integration
def test_a_night_across_midnight_told_again_in_a_caption_is_one_incident(geoparser):
    text = ("Mortar fire hits villages on both sides of the border\n\n"
            "An exchange of fire began late on March 8 and lasted into the early hours of March 9. "
            "In the Kyrgyz village of Kyzyl-Bel at least two mortar rounds landed in gardens shortly after "
            "11 p.m. No one was hurt on the Kyrgyz side, the border service said.\n\n"
            "Across the border, in Navgilem, a jamoat on the eastern edge of Isfara, a 58-year-old man was "
            "wounded by shrapnel during the night.\n\n"
            "A house damaged by a mortar round in Kyzyl-Bel on March 9.")
    found = incidents_of(geoparser, text, dt.date(2022, 3, 9))
    assert sorted((i.place.name, i.date_start.day, i.date_end.day, i.injured) for i in found) == \
        [("Kyzyl-Bel", 8, 9, 0), ("Navgilem", 8, 8, 1)]


@pytest.mark.integration
def test_an_evacuation_told_in_the_summary_and_again_in_the_body_goes_to_its_first_place(geoparser):
    text = ("Flash update No. 1\n\n"
            "- On 10 May, an exchange of fire near Katran village left one person dead and four injured.\n"
            "- Some 2,340 people (about 560 households) were temporarily evacuated from Katran and Uch-Bulak "
            "villages to Razzakov and Sulukta.\n\n"
            "According to the MES, some 2,340 people (about 560 households), mainly women and children, "
            "were evacuated from Katran and Uch-Bulak on the evening of 10 May.")
    found = incidents_of(geoparser, text, dt.date(2026, 5, 11))
    assert [(i.place.name, i.fatalities, i.injured, i.displaced) for i in found] == [("Katran", 1, 4, 2340)]


@pytest.mark.integration
def test_a_lede_toll_of_both_sides_goes_to_neither_village_and_the_speaker_is_the_subject(geoparser):
    text = ("Bishkek (AFP) - A Kyrgyz villager wounded in a shootout on the border with Tajikistan has died "
            "in hospital, officials said Thursday, bringing the death toll from Tuesday's clash to three, "
            "including a Tajik border guard.\n\n"
            "The 52-year-old man was hit in the chest near his home in the village of Kara-Bak on Tuesday. "
            "His death brings the number of Kyrgyz citizens killed in the clash to two, after a border guard "
            "was shot dead on Tuesday evening.\n\n"
            "Tajikistan's border troops said that one of their servicemen had been killed near the village "
            "of Lakkon on Tuesday.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 17))
    assert sorted((i.place.name, i.fatalities, i.fatalities_by_side) for i in found) == \
        [("Kara-Bak", 2, {"KG": 2}), ("Lakkon", 1, {"TJ": 1})]


@pytest.mark.integration
def test_a_post_named_before_its_word_that_fired_is_not_the_scene(geoparser):
    text = ("DUSHANBE, June 5, 2023, Asia-Plus -- A resident of Surkh was wounded on Saturday evening when "
            "Kyrgyz border guards opened fire on local people who were cleaning a canal.\n\nAccording to the "
            "statement, at around 18:40 on June 3, servicemen of the Kyrgyz \"Ak-Tatyr\" border outpost fired "
            "from automatic weapons toward some 30 residents of Surkh working on the canal.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, text, date=dt.date(2023, 6, 5))] == [
        ("Surkh", 1)]


@pytest.mark.integration
def test_an_anniversary_s_memorial_is_no_fighting_and_a_former_name_is_no_background(geoparser):
    text = ("Two years after the war, Ak-Sai remembers\n\n"
            "Residents of Ak-Sai gather at the memorial to the victims of the September 2022 fighting on "
            "September 14, 2024.\n\n"
            "Bishkek says it has since rebuilt 1,024 homes across the Batken region.\n\n"
            "On Saturday evening, Kyrgyzstan's border service said, a 34-year-old shepherd from the village of "
            "Uch-Bulak in the Leilek district -- known as Churbek until last year -- was wounded in the arm when "
            "shots were fired from the Tajik side.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 16))
    assert [(i.place.name, i.date_start.day) for i in found] == [("Churbek", 14)]


@pytest.mark.integration
def test_an_interview_answer_tells_the_past_its_question_asked_about(geoparser):
    text = ("Border commander: 'Last night they fired at our patrol near Ak-Suu'\n\n"
            "- Last night a patrol came under fire near Ak-Suu. One of our servicemen was wounded.\n\n"
            "- You served in Batken in 2021. What do you remember about April?\n\n"
            "- It started at the Golovnoy water distribution point near Kok-Tash. First stones, then shooting, "
            "then mortars. In two days, 36 of our citizens died.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 11))
    assert [i.place.name for i in found] == ["Ak-Suu"]


@pytest.mark.integration
def test_demining_and_returns_are_no_events(geoparser):
    text = ("Ak-Tatyr rebuilds\n\n"
            "Sappers from the emergencies ministry have cleared 312 unexploded shells, mines and grenades in the "
            "Batken district since October. Across the Batken district, all but about 1,900 of the evacuated "
            "residents have gone back to their villages.")
    assert incidents_of(geoparser, text, dt.date(2023, 4, 20)) == []


def test_a_dashed_aside_keeps_its_subject_and_verb_in_one_clause():
    from geo.incidents.scope import split_clauses

    pack = get_pack("en")
    text = ("A shepherd from the village of Uch-Bulak -- known as Churbek until last year -- was wounded in "
            "the arm. Residents -- about 2,000 people -- left; the road was closed.")
    clauses = [text[s:e] for s, e, _ in split_clauses(text, split_sentences(text), pack)]
    assert clauses[0].endswith("was wounded in the arm.")
    # an aside with a number counts people of its own and stays a clause
    assert "Residents -- about 2,000 people" in clauses


@pytest.mark.integration
def test_the_place_where_the_incident_is_said_to_have_happened_is_its_scene(geoparser):
    # the lede reports the fighting without a village; the next sentence says where it happened
    text = ("Border guards of the two countries exchanged fire on Thursday evening, and four soldiers were "
            "wounded, the Kyrgyz border service said. The incident happened in the area of Kara-Bak, "
            "near the Batken-Isfana road.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 10))
    assert [(i.place.name, i.event_type, i.injured) for i in found] == [("Kara-Bak", "armed_clash", 4)]
    russian = ("Конфликт произошёл в местности Чек Баткенской области. Жители двух стран начали кидать друг "
               "в друга камни, пострадали двое.")
    found = incidents_of(geoparser, russian, dt.date(2024, 5, 10))
    assert [(i.place.name, i.injured) for i in found] == [("Chek", 2)]
    # a tract that is not a village stays context
    river = "Вечером на реке Исфара произошла перестрелка."
    assert incidents_of(geoparser, river, dt.date(2024, 5, 10)) == []


@pytest.mark.integration
def test_a_loose_spelling_of_a_border_village_and_a_mayors_town(geoparser):
    text = ("A shell fired from across the border hit a house in the Tajik village of Khojai-Aalo late on "
            "Monday, killing one man. Among the wounded was an assistant to the mayor of the large city "
            "of Isfara.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28))
    assert [(i.place.name, i.fatalities) for i in found] == [("Khoja-Alo", 1)]


@pytest.mark.integration
def test_casualties_of_a_lede_do_not_go_to_a_list_of_evacuated_villages(geoparser):
    text = ("One person was killed and 17 were injured in Thursday's shooting on the border, officials said.\n\n"
            "Residents of the villages of Maksat and Samarkandyk are being evacuated to relatives, the "
            "emergencies ministry said.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28))
    assert {i.place.name for i in found} == {"Maksat", "Samarkandyk"}
    assert all(i.fatalities is None and i.injured is None for i in found)
    # one evacuated village is the place of the violence that emptied it
    alone = ("Two residents were wounded in Thursday's shooting, officials said. Residents of Maksat are "
             "being evacuated.")
    assert [(i.place.name, i.injured) for i in incidents_of(geoparser, alone, dt.date(2022, 1, 28))] == [("Maksat", 2)]


@pytest.mark.integration
def test_the_date_of_a_similar_earlier_incident_does_not_date_the_new_one(geoparser):
    text = ("A Tajik border guard was killed on Tuesday in a firefight near Vorukh, where a similar incident "
            "took place on June 3, officials said.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 15))
    assert [(i.place.name, i.date_start.isoformat()) for i in found] == [("Vorukh", "2022-06-14")]
    russian = ("Во вторник у Воруха погиб таджикский пограничник, где аналогичный инцидент произошёл 3 июня.")
    found = incidents_of(geoparser, russian, dt.date(2022, 6, 15))
    assert [i.date_start.isoformat() for i in found] == ["2022-06-14"]


@pytest.mark.integration
def test_one_of_its_men_also_killed_is_the_speakers_own_and_adds(geoparser):
    text = ("Officials in Tajikistan say three Tajik border guards were killed in an exchange of gunfire near "
            "Ovchi-Kalacha on Monday. The Kyrgyz border service said one of its men, 40-year-old Ravshan "
            "Muminov, was also killed.")
    found = incidents_of(geoparser, text, dt.date(2019, 9, 17))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == [
        ("Ovchi-Kalacha", 4, {"KG": 1, "TJ": 3})]


@pytest.mark.integration
def test_two_villages_pelting_each_other_are_one_fight_with_both_counts(geoparser):
    text = ("Last Tuesday, residents of Kyzyl-Bel and of the neighbouring Tajik village of Guliston pelted each "
            "other with stones over a water pipe.\n\nHealth officials in Kyrgyzstan's Batken region said three "
            "Kyrgyz villagers, one of them a 16-year-old boy, were treated for head wounds. The administration "
            "of the Tajik town of Isfara said two Tajik residents were hurt.")
    found = incidents_of(geoparser, text, dt.date(2025, 6, 16))
    assert [(i.place.name, i.injured) for i in found] == [("Kyzyl-Bel", 5)]


@pytest.mark.integration
def test_a_correction_withdraws_the_village_it_names_in_error(geoparser):
    text = ("A Kyrgyz border guard was wounded late on Monday in a shoot-out near the village of Kara-Shybak, "
            "officials said. Tajik border troops said Kyrgyz guards had fired first, at a post near Karakenja.\n\n"
            "*Correction: An earlier version of this article said the shoot-out took place near the village of "
            "Kyzyl-Eshme.*")
    found = incidents_of(geoparser, text, dt.date(2023, 5, 24))
    assert {i.place.name for i in found} == {"Kara-Shibak", "Karakenja"}


@pytest.mark.integration
def test_a_detention_for_crossing_the_border_without_force_is_no_incident(geoparser):
    text = ("The Kyrgyz side handed over two citizens of Tajikistan who were detained on April 14 near the "
            "village of Sary-Tash for crossing the border outside a checkpoint.")
    assert incidents_of(geoparser, text, dt.date(2026, 4, 22)) == []
    russian = "Двое граждан Таджикистана задержаны у села Сары-Таш за незаконное пересечение государственной границы."
    assert incidents_of(geoparser, russian, dt.date(2026, 4, 22)) == []
    beaten = ("Kyrgyz guards detained two Tajik shepherds near Sary-Tash for crossing the border and beat them; "
              "one was hurt.")
    assert [i.place.name for i in incidents_of(geoparser, beaten, dt.date(2026, 4, 22))] == ["Sary-Tash"]


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "On Thursday Kyrgyz border guards detained two Tajik citizens who had crossed the border outside a checkpoint "
    "near Kyzyl-Eshme. They offered no resistance and were handed to the Tajik side a day later.",
    "У Кызыл-Эшме в Чон-Алайском районе в четверг кыргызские пограничники задержали двух граждан Таджикистана, "
    "пересекших границу вне пункта пропуска. Сопротивления они не оказали.",
    "On the sidelines of the meeting, on Wednesday at 11:00, the border services exchanged detained citizens at "
    "the Kyzyl-Bel checkpoint.",
    "В среду на пункте пропуска «Кызыл-Бел» стороны провели обмен задержанными гражданами.",
])
def test_a_detention_for_crossing_or_an_exchange_of_detainees_is_no_incident(geoparser, text):
    assert incidents_of(geoparser, text, dt.date(2023, 10, 16)) == []


@pytest.mark.integration
def test_each_party_s_own_hurt_in_a_fight_between_two_villages_is_one_incident(geoparser):
    text = ("The next day, on Tuesday, residents of Lakkon in Isfara and of the neighboring Kyrgyz village of "
            "Kara-Bak clashed over irrigation water at the canal between the two villages.\n\n"
            "The Isfara city administration said that two residents of Lakkon, aged 34 and 61, were injured and "
            "taken to the Isfara city hospital.\n\n"
            "The administration of Kyrgyzstan's Batken region said one resident of Kara-Bak had been injured and "
            "taken to the Batken hospital. No one was killed, officials on both sides said.")
    [incident] = incidents_of(geoparser, text, dt.date(2026, 5, 20))
    assert (incident.place.name, incident.injured) == ("Lakkon", 3)


@pytest.mark.integration
def test_a_district_in_any_spelling_is_the_district(geoparser):
    text = ("Two Kyrgyz herders were injured in a fight with Tajik herders over grazing on a high pasture in the "
            "south of Kadamjai district, the Batken regional police said.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2023, 9, 25))] == ["Kadamjay District"]


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "In a separate case, the Batken Regional Court on January 26 began hearing in absentia the case of four Tajik "
    "servicemen charged with the shelling of Kok-Tash village.",
    "В понедельник Баткенский областной суд начал рассмотрение дела четырех таджикских военнослужащих, обвиняемых "
    "в обстреле села Кок-Таш.",
])
def test_a_court_hearing_a_case_reports_no_new_incident(geoparser, text):
    assert incidents_of(geoparser, text, dt.date(2026, 1, 28)) == []


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    ("Неделя на границе: ранен пограничник в Лахши Боло, приговор по делу о стрельбе у Хистеварза.", ["Lakhshi Bolo"]),
    ("A Kyrgyz border guard was wounded near Kara-Shybak on Monday. A court in Batken on Wednesday sentenced a Tajik "
     "citizen in absentia to nine years in prison over the shooting near the village of Chek in August 2023, in "
     "which a Kyrgyz border guard was wounded.", ["Kara-Shibak"]),
])
def test_a_place_inside_a_phrase_that_reports_no_event_is_no_scene(geoparser, text, expected):
    """The place of a past case («по делу о стрельбе у Хистеварза») takes no violence told beside it."""
    found = incidents_of(geoparser, text, dt.date(2024, 11, 28))
    assert [i.place.name for i in found] == expected
    assert all((i.injured or 0) <= 1 for i in found)


@pytest.mark.integration
def test_a_village_in_its_town_and_a_report_of_no_casualties_are_no_scenes(geoparser):
    text = ("DUSHANBE, November 18, 2021, Asia-Plus -- Two residents of the Shurob township in Isfara were wounded "
            "on Wednesday when their car came under fire near the border.\n\n"
            "Across the border in Lakhsh District, Tajikistan, local authorities reported no casualties.")
    found = incidents_of(geoparser, text, dt.date(2021, 11, 18))
    assert [(i.place.name, i.injured) for i in found] == [("Shurob", 2)]


@pytest.mark.integration
@pytest.mark.parametrize("tail", [
    "In Batken, the regional police department confirmed that it had opened a criminal case on charges of "
    "hooliganism after the brawl.",
    "The guard who died was buried the day before in his native village of Kyzyl-Jol on the edge of Batken city "
    "after the shooting.",
    "Forty-six volunteers of the Batken branch were deployed after the shooting.",
])
def test_a_seat_that_speaks_a_town_that_locates_and_an_organisation_are_no_scenes(geoparser, tail):
    text = "A Kyrgyz border guard was killed in a shooting near Kara-Bak on Monday, the border service said. " + tail
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 6, 11))] == ["Kara-Bak"]


@pytest.mark.integration
def test_after_a_brawl_told_at_one_village_the_other_village_s_hurt_is_no_second_scene(geoparser):
    text = ("A mass brawl over irrigation water broke out on Tuesday at Arka, where Kyrgyz and Tajik villagers "
            "threw stones at each other, the Kyrgyz border service said.\n\n"
            "In a separate statement, the administration of Tajikistan's Sughd region said two residents of "
            "Khistevarz were injured.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 6, 12))] == ["Arka"]


@pytest.mark.integration
def test_a_stretch_of_the_border_named_for_a_town_is_no_scene(geoparser):
    text = ("A Kyrgyz border guard was wounded early on Thursday when his post outside the village of Karabak came "
            "under fire from across the Tajik border, the border service said.\n\n"
            "Thursday's shooting was the first wounding of a serviceman on the Batken section since the treaty "
            "took effect, the service said.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2025, 10, 9))] == ["Kara-Bak"]


@pytest.mark.integration
def test_figures_told_before_the_event_day_and_both_ends_of_a_connecting_road(geoparser):
    text = ("Three police officers were injured in clashes on July 24 in Kyrgyzstan's Batken region when "
            "residents blocked a road connecting the Kyrgyz village of Ak-Sai with the Tajik exclave of Vorukh.\n\n"
            "On July 22, Tajik officials said one Tajik man was killed in violence over flags.")
    found = incidents_of(geoparser, text, dt.date(2019, 7, 24))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Batken Region", None, 3)]


@pytest.mark.integration
def test_national_tolls_the_region_of_batken_and_its_medical_facilities(geoparser):
    text = ("Kyrgyzstan said Tajik forces had fired on the southwest frontier region of Batken with rocket "
            "launchers. Violent clashes are taking place along the entire perimeter of the Kyrgyz-Tajik border, "
            "the border service said.\n\nThe health ministry said 31 people had been injured and that medical "
            "facilities in the border region of Batken had been put on alert.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16))
    # the region, not its capital town; the town's medical facilities name no scene
    assert "Batken Region" in [i.place.name for i in found] and "Batken" not in [i.place.name for i in found]


@pytest.mark.integration
def test_the_beaters_water_flowing_into_a_village_and_plural_districts(geoparser):
    text = ("On April 27 about 100 residents of Tajikistan beat up some construction workers near Vorukh.")
    found = incidents_of(geoparser, text, dt.date(2014, 4, 29))
    assert [(i.place.name, i.injured) for i in found] == [("Vorukh", None)]
    canal = ("In protest, Kyrgyz citizens blocked the water in a canal that flows into the Tajik village of Chorku, "
             "and five Kyrgyz citizens were injured in the fighting that followed.")
    assert "Chorkuh" not in [i.place.name for i in incidents_of(geoparser, canal, dt.date(2015, 8, 5))]


@pytest.mark.integration
def test_the_unit_of_an_unknown_tract_where_the_incident_happened(geoparser):
    text = ("One person was killed and 17 were injured in a shooting on the border on Thursday, officials said. "
            "The incident happened in the area of Tort-Kocho, Batken region.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28))
    # (the tract the gazetteer lacks, named by its cue "the area of …", mapped at the region it is told in)
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Tort-Kocho", 1, 17)]
    assert found[0].place.stand_in_unit == "Batken Region"


@pytest.mark.integration
def test_a_lethally_wounded_villager_and_the_mayors_office_that_told_it(geoparser):
    text = ("During an armed incident on the Tajik-Kyrgyz border, a resident of the Tajik village of Khoji Alo "
            "was lethally wounded, the mayor's office of the city of Isfara told Sputnik.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28))
    assert [(i.place.name, i.fatalities) for i in found] == [("Khoja-Alo", 1)]


@pytest.mark.integration
def test_a_paragraph_opened_by_its_date_alone_is_dated_by_it(geoparser):
    """A digest whose items open with their day («Понедельник, 7 октября. У села ...», "Wednesday, Oct. 9.
    Near ..."): each item's events take that day, not the day of publication."""
    text = ("Неделя на границе\n\n"
            "Понедельник, 7 октября. У села Тогуз-Булак Лейлекского района выстрелом со стороны таджикской "
            "территории ранен пастух. Его доставили в больницу.\n\n"
            "Пятница, 11 октября. Вечером в районе села Коргон упали три мины. Пострадавших нет.\n\n"
            "Суббота, 12 октября. В Баткене прошла встреча представителей пограничных ведомств.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 10, 12), lang="ru")
    dates = {i.place.name: (i.date_start.isoformat(), i.date_end.isoformat()) for i in incidents}
    assert dates["Toguz-Bulak"] == ("2024-10-07", "2024-10-07")
    assert dates["Korgon"] == ("2024-10-11", "2024-10-11")


@pytest.mark.parametrize("clause, event_type", [
    ("a patrol near the village of Beshkent came under automatic fire from the Tajik side", "armed_clash"),
    ("A Kyrgyz border post outside Chek came under heavy machine-gun fire", "armed_clash"),
    ("the positions came under mortar fire from the territory of Tajikistan", "shelling_artillery"),
])
def test_coming_under_fire_of_a_named_weapon_is_typed_by_the_weapon(clause, event_type):
    types = clause_types(clause, get_pack("en"))
    assert event_type in types
    if event_type == "armed_clash":
        assert "shelling_artillery" not in types


def test_a_russian_patrol_caught_under_automatic_fire_is_an_armed_clash():
    assert clause_types("наряд у села Бешкент попал под автоматный огонь с таджикской стороны",
                        get_pack("ru")) == ["armed_clash"]


@pytest.mark.integration
def test_the_statement_also_claimed_is_the_speaker_s_claim_not_more_people(geoparser):
    """ "The statement also claimed that two Kyrgyz servicemen were wounded": "also" adds a statement, and
    the statement is the Tajik troops' (named in the sentence before), so the Kyrgyz wounded are a claim."""
    text = ("Tajikistan's border troops said one of their servicemen was killed on Friday when Kyrgyz guards "
            "fired on a Tajik post in the Lakhshi Bolo jamoat. The statement also claimed that two Kyrgyz "
            "servicemen were wounded by return fire.\n\n"
            "On Wednesday a patrol near the village of Beshkent came under automatic fire from the Tajik side. "
            "No one was hurt.")
    incidents = {i.place.name: i for i in incidents_of(geoparser, text, dt.date(2023, 5, 22))}
    assert incidents["Lakhshi Bolo"].fatalities == 1 and not incidents["Lakhshi Bolo"].injured
    assert incidents["Beshkent"].injured == 0
    assert get_pack("en").also.search("The statement also claimed that") is None
    assert get_pack("ru").also.search("В заявлении также утверждается, что") is None


@pytest.mark.integration
def test_people_counted_and_said_to_be_unharmed_are_no_victims(geoparser):
    """«вместе с раненым работали еще трое членов его семьи, они не пострадали»: one wounded, not four."""
    text = ("Вечером 15 апреля в джамоате Ворух Исфаринского района в результате обстрела получил огнестрельное "
            "ранение местный житель. По его словам, на участке вместе с раненым работали еще трое членов его "
            "семьи, они не пострадали.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 4, 16), lang="ru")
    assert [(i.place.name, i.injured) for i in incidents] == [("Vorukh", 1)]
    english = get_pack("en")
    text = "Three members of his family worked beside him and were not hurt."
    assert english.unharmed_after.match(text, text.index("family") + len("family"))


@pytest.mark.integration
def test_a_victim_s_home_is_context_when_his_sentence_names_the_scene_however_far(geoparser):
    """ "the shepherd from Daraut-Korgon was grazing ... west of the village of Kara-Shybak": the home
    lies 50 km away, so no distance rule catches it; the scene named in the same sentence does. The
    shot from "the territory of Tajikistan's Lakhsh district" is where the fire came from."""
    text = ("Daraut-Korgon, September 26 /Kabar/. A resident of Chong-Alay district who was wounded by a shot "
            "from the Tajik side on Saturday died in hospital the day before. According to the office, the "
            "46-year-old shepherd from Daraut-Korgon was grazing a flock of about 240 sheep on a pasture "
            "4 kilometres west of the village of Kara-Shybak on September 21 when shots were fired. His "
            "17-year-old nephew, who was with the flock, received a graze to the arm. The border service said "
            "the shots were fired from the territory of Tajikistan's Lakhsh district.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 9, 26))
    assert [(i.place.name, i.date_start, i.fatalities, i.injured) for i in incidents] == [
        ("Kara-Shibak", dt.date(2024, 9, 21), 1, 1)]


@pytest.mark.integration
def test_a_russian_victim_s_home_is_context_beside_the_village_he_was_wounded_at(geoparser):
    text = ("Житель села Бешкент, получивший ранение в перестрелке на кыргызско-таджикской границе у села Арка, "
            "скончался в больнице, сообщили в Минздраве.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 10, 3), lang="ru")
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Arka", 1)]


@pytest.mark.parametrize("lang, before", [
    ("en", "was grazing sheep 4 kilometres west of the village of "),
    ("en", "was hurt near the Tajik village of "),
    ("ru", "получил ранение у села "),
    ("ru", "пас скот в четырех километрах от "),
])
def test_scene_cues_name_where_a_person_named_by_home_was_hurt(lang, before):
    assert get_pack(lang).roles.scene_before.search(before)


@pytest.mark.parametrize("lang, text", [
    ("en", "The blasts residents heard were planned blasting at the quarry. \"There was no shelling,\" the engineer "
           "said."),
    ("ru", "Взрывы связаны с плановыми взрывными работами на карьере. «Никакого обстрела не было», - пояснил "
           "главный инженер комбината."),
    ("en", "No incident took place on the border, officials said; the sounds came from planned blasting."),
    ("ru", "Никаких инцидентов на границе не произошло: это были плановые взрывные работы."),
])
def test_a_false_alarm_is_debunked_whether_the_explanation_comes_first_or_last(lang, text):
    from geo.incidents.events import is_debunked
    assert is_debunked(text, get_pack(lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Tajik troops held drills near the border last week. On Tuesday there was no shelling, but on Wednesday "
           "mortar fire hit Ak-Sai."),
    ("ru", "На прошлой неделе прошли учения. Во вторник никакого обстрела не было, но в среду миномётный огонь "
           "накрыл Ак-Сай."),
])
def test_a_quiet_day_told_before_an_attack_debunks_nothing(lang, text):
    from geo.incidents.events import is_debunked
    assert not is_debunked(text, get_pack(lang))


@pytest.mark.parametrize("before, reference", [
    ("a pasture 5 km south of ", True),
    ("a village north of the regional capital ", True),
    ("at the Ak-Terek pasture in the south of ", False),  # a part of the district, not a bearing from it
])
def test_a_bearing_from_a_place_is_a_reference_and_a_part_of_it_is_not(before, reference):
    assert bool(EN.roles.reference_before.search(before)) is reference


@pytest.mark.integration
def test_figures_revised_in_the_next_clause_and_a_man_found_alive_are_no_toll(geoparser):
    """ "The DREF application of 15 March reported 3 deaths and 4 injured; on 16 March the Ministry of Health
    revised these figures after a person reported dead was found alive in intensive care in Razzakov": the
    first figures are outdated, the man found alive is no death, and the ward's town is no scene."""
    text = ("Shelling hit the village of Arka on the evening of 14 March. According to the Ministry of Health, "
            "2 citizens of Kyrgyzstan were killed and 5 were injured. The DREF application of 15 March reported "
            "3 deaths and 4 injured; on 16 March the Ministry of Health revised these figures after a person "
            "reported dead was found alive in intensive care in Razzakov.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 3, 21))
    assert [(i.place.name, i.fatalities) for i in incidents] == [("Arka", 2)]
    assert EN.revises_previous.match("; on 16 March the Ministry of Health revised these figures", 0)
    assert get_pack("ru").revises_previous.match(", позже ведомство уточнило эти данные", 0)
    # a newest-first live blog's older entry below revises nothing above it
    assert get_pack("ru").revises_previous.match("\n\n17:45 Пограничная служба уточнила данные", 0) is None


@pytest.mark.integration
def test_a_patrol_from_a_post_and_a_stretch_ending_at_the_story_s_village_are_no_scenes(geoparser):
    """ "fired first on a Kyrgyz patrol from the Ak-Tatyr post" names where the patrol came from;
    "the section between Lakkon and Kara-Bak" in a story told at Kara-Bak is Kara-Bak's."""
    text = ("Two Kyrgyz border guards were wounded in a shootout near the village of Kara-Bak on Monday, the "
            "Kyrgyz border service said. Tajikistan's border troops said Kyrgyz guards had opened fire first on "
            "a Tajik engineering unit working on the section between Lakkon and Kara-Bak, wounding one Tajik "
            "serviceman. They said Tajik servicemen had fired first on a Kyrgyz patrol from the Ak-Tatyr post.")
    incidents = incidents_of(geoparser, text, dt.date(2025, 6, 10))
    assert [i.place.name for i in incidents] == ["Kara-Bak"]


@pytest.mark.integration
def test_a_lede_summing_days_around_a_village_that_has_its_own_incident_below(geoparser):
    """ "left four people injured over three days around Tajikistan's Vorukh exclave, ... where around 100
    people died in fighting last year": the lede's place and figures are the sums of the incidents told
    below, the war's toll is no figure, and "one Vorukh resident ... in the same fight" is hurt at Ak-Sai."""
    text = ("Stone-throwing and an arson attack left four people injured over three days around Tajikistan's "
            "Vorukh exclave, officials on both sides said Tuesday, the latest incidents on a frontier where "
            "around 100 people died in fighting last year.\n\n"
            "On Saturday afternoon, residents of the Kyrgyz village of Ak-Sai and of Vorukh hurled stones at "
            "each other near the Ak-Sai bazaar, Kyrgyz police said.\n\n"
            "Two Ak-Sai residents, a 17-year-old boy and a 45-year-old woman, were hurt, according to the "
            "police. Tajik officials in the exclave said one Vorukh resident had been injured in the same fight.\n\n"
            "On the night from Sunday to Monday, an unfinished house on the edge of Vorukh was set on fire. "
            "No one was hurt.\n\n"
            "On Monday evening, stones were thrown at a car from the Kyrgyz village of Kok-Tash as it drove "
            "past the Tajik village of Khoja-Alo, Kyrgyzstan's border service said.")
    found = incidents_of(geoparser, text, dt.date(2023, 4, 18))
    got = {i.place.name: (i.fatalities, i.injured) for i in found}
    assert got == {"Ak-Sai": (None, 3), "Vorukh": (0, 0), "Khoja-Alo": (None, None)}


@pytest.mark.integration
def test_each_village_s_residents_break_down_a_neutral_total(geoparser):
    """ "Five people were injured", then "Three Samarkandyk residents" and "two residents of Surkh": each
    government's own people, which the total sums; "people from Samarkandyk and from the Tajik village of
    Surkh" names homes, not a second scene."""
    text = ("Five people were injured after residents of neighboring Kyrgyz and Tajik villages pelted each other "
            "with stones late on July 8, officials in both countries said. The brawl broke out on the outskirts "
            "of Samarkandyk. About 150 people from Samarkandyk and from the Tajik village of Surkh across the "
            "river threw stones at each other for more than an hour, police said. Three Samarkandyk residents, "
            "including a 71-year-old man, were injured. In Isfara, the city administration said two residents "
            "of Surkh had been hurt.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 10))
    assert [(i.place.name, i.injured) for i in found] == [("Samarkandyk", 5)]


@pytest.mark.integration
def test_drone_strikes_sightings_and_people_unhurt(geoparser):
    """A quadcopter that "dropped an explosive device" is a drone strike; drones only seen over a jamoat
    are none; "four children aged 3 to 11, were not hurt" counts nobody."""
    text = ("A drone dropped an explosive device on a house in the village of Chilgazi on the night of August 20 "
            "to 21, injuring a woman, the Tajik border troops said. Six other members of the family, including "
            "four children aged 3 to 11, were not hurt. About an hour later, residents saw two more drones over "
            "the neighbouring Lakkon jamoat. They dropped nothing and flew back. Kyrgyzstan's Border Service said "
            "a quadcopter launched from Tajik territory had dropped an explosive device about 150 meters from a "
            "Kyrgyz border outpost on the outskirts of Kara-Bak on Tuesday. No one was hurt.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 21))
    got = {i.place.name: (i.event_type, i.injured) for i in found}
    assert got == {"Chilgazi": ("air_drone_strike", 1), "Kara-Bak": ("air_drone_strike", 0)}


@pytest.mark.integration
def test_a_slope_named_after_a_city_and_a_named_highway_blocked(geoparser):
    """ "a slope known locally as Kyzyl-Dobo" names no Indonesian town; residents "blocked the Batken-Isfara
    highway" is a blockade at their village; a detention "without the use of physical force" is no event."""
    found = incidents_of(geoparser, (
        "A teenager was killed on Tuesday when an unexploded shell went off on a pasture near the village of "
        "Arka. He was grazing sheep on a slope known locally as Kyzyl-Dobo. No one else was hurt."), dt.date(2025, 5, 14))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Arka", 1, 0)]
    found = incidents_of(geoparser, (
        "Residents of Kyzyl-Bel village blocked the Batken-Isfara highway on Monday morning. Police said there "
        "were no clashes. The Border Troops of Tajikistan said herders had crossed into Tajik territory near "
        "Vorukh and had been detained \"in accordance with the law and without the use of physical force\"."),
        dt.date(2024, 10, 7))
    assert [(i.place.name, i.event_type) for i in found] == [("Kyzyl-Bel", "border_incident_protest")]


@pytest.mark.parametrize("text", [
    "the drone was spraying fields on the Tajik side",
    "detained three Tajik citizens from Muchun who had driven 70 cows onto a pasture near Ak-Suu",
    "residents of Beshkent posted videos of a drone circling over the village",
])
def test_farm_drones_sightings_and_grazing_detentions_report_no_event(text):
    assert EN.folded.not_event.search(text.lower())


def test_an_event_reported_at_the_time_is_background():
    assert EN.background.search("As AKIpress reported at the time, about 80 residents took part in the fight")


@pytest.mark.integration
def test_a_follow_up_s_corrected_toll_and_where_the_shots_came_from(geoparser):
    """ "One Kyrgyz border guard, not two as reported earlier, was killed": the withdrawn count is no figure,
    and "the service had given a toll of two dead" is the earlier report; "the shots came from a Kyrgyz
    border patrol on the other side of the line, in Kyrgyzstan's Chong-Alay district" names the origin."""
    text = ("One Kyrgyz border guard, not two as reported earlier, was killed in the shootout with Tajik forces "
            "near the village of Karabak on June 10, the Border Service said on Wednesday. Four servicemen are "
            "now being treated for gunshot wounds. On Tuesday the service had given a toll of two dead and "
            "three wounded.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 13))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Kara-Bak", 1, 4)]
    text = ("A herder from Qaraqenja was wounded on Wednesday on a summer pasture about two kilometres from the "
            "Kyrgyz border. According to Tajikistan's border troops, the shots came from a Kyrgyz border patrol "
            "on the other side of the line, in Kyrgyzstan's Chong-Alay district.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 20))
    assert "Chong-Alay District" not in [i.place.name for i in found]
