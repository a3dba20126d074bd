"""Merging mention events into incidents."""

import datetime as dt
import random

from geo.gazetteer.model import Place
from geo.incidents.merge import merge_events
from geo.incidents.model import Figure, IncidentSource, MentionEvent


def place(pid, name, lat, lon, kind="city", code="PPL"):
    return Place(pid, name, lat, lon, "KG", "Batken Region", "P" if kind == "city" else "A",
                 code, 1000, f"test:{pid}", kind)


BATKEN = place(1, "Batken", 40.06, 70.82)
NEARBY = place(2, "Near Batken", 40.08, 70.85)
FAR = place(3, "Isfana", 39.84, 69.53)
REGION = place(4, "Batken Region", 40.0, 70.9, kind="admin1", code="ADM1")


def event(p, precision, window, article, types=("armed_clash",), start=0):
    source = IncidentSource(article, None, None, None, "excerpt", 0, 1, start, start + 1, p.name,
                            p.name, precision)
    return MentionEvent(p, precision, window, 1 if window else 3, list(types), [], [], source)


def day(n, month=9):
    return (dt.date(2022, month, n), dt.date(2022, month, n))


SEPT = (dt.date(2022, 9, 14), dt.date(2022, 9, 16))


def contains(coarse, precise):
    return coarse.kind == "admin1" and precise.admin1 == coarse.name


def test_nearby_places_and_overlapping_dates_merge():
    # the same name from another gazetteer row 3 km away, or "near" the village: one place
    twin = place(5, "Batken", 40.08, 70.85)
    incidents = merge_events([event(BATKEN, 1, SEPT, "a"), event(twin, 1, SEPT, "b"),
                              event(BATKEN, 2, SEPT, "c")], contains=contains)
    assert len(incidents) == 1 and len(incidents[0].sources) == 3


def test_neighbouring_villages_named_precisely_stay_apart():
    # two differently named villages 3.4 km apart are two ACLED locations (SAME_PLACE_KM = 2),
    # also when one is only "near" its village
    incidents = merge_events([event(BATKEN, 1, SEPT, "a"), event(NEARBY, 2, SEPT, "b")],
                             contains=contains)
    assert sorted(i.place.name for i in incidents) == ["Batken", "Near Batken"]


def test_district_mention_folds_into_a_village_within_its_radius():
    district = place(6, "Batken District", 40.2, 70.9, kind="district", code="ADM2")
    incidents = merge_events([event(BATKEN, 1, SEPT, "a"), event(district, 2, SEPT, "b")],
                             contains=lambda coarse, precise: coarse.kind == "district")
    assert len(incidents) == 1 and incidents[0].place.name == "Batken"


def test_region_mention_folds_into_the_precise_place_it_contains():
    incidents = merge_events([event(REGION, 3, SEPT, "a"), event(BATKEN, 2, None, "b")],
                             contains=contains)
    assert len(incidents) == 1
    only = incidents[0]
    assert only.place.name == "Batken" and only.geo_precision == 2
    assert (only.date_start, only.date_end, only.time_precision) == (*SEPT, 2)


def test_far_places_distant_dates_and_ceasefires_stay_apart():
    later = (dt.date(2022, 10, 20), dt.date(2022, 10, 20))
    incidents = merge_events([
        event(BATKEN, 1, SEPT, "a"), event(FAR, 1, SEPT, "b"), event(BATKEN, 1, later, "c"),
        event(BATKEN, 1, SEPT, "d", types=("ceasefire_agreement",)),
    ], contains=contains)
    assert len(incidents) == 4


def test_ids_are_stable_whatever_the_input_order():
    events = [event(BATKEN, 1, SEPT, "a"), event(FAR, 1, SEPT, "b"), event(REGION, 3, SEPT, "c"),
              event(NEARBY, 2, None, "d", start=5)]
    expected = [i.incident_id for i in merge_events(events, contains=contains)]
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert [i.incident_id for i in merge_events(shuffled, contains=contains)] == expected


def test_daily_reports_never_chain_into_one_long_incident():
    events = [event(BATKEN, 1, day(n), f"a{n}") for n in range(1, 29)]
    incidents = merge_events(events, contains=contains)
    assert len(incidents) > 1
    assert all((i.date_end - i.date_start).days + 1 <= 7 for i in incidents)


def test_two_clashes_at_one_village_on_different_days_stay_apart():
    incidents = merge_events([event(BATKEN, 1, day(3), "a"), event(BATKEN, 1, day(10), "a", start=50)],
                             contains=contains)
    assert len(incidents) == 2


def test_a_later_no_one_died_line_joins_the_event_it_is_about():
    # «Во вторник мины упали на Кызыл-Эшме … Утром в среду … Погибших в Кызыл-Эшме нет»: the zero
    # line, dated by the Wednesday statement, is about Tuesday's shelling, not a second event
    shelling = event(BATKEN, 1, day(11), "a", types=("shelling_artillery",))
    zero = event(BATKEN, 1, day(12), "a", types=("casualty_report",), start=50)
    zero.figures.append(Figure("fatalities", 0, False, None, "Погибших нет"))
    incidents = merge_events([shelling, zero], contains=contains)
    assert len(incidents) == 1 and incidents[0].fatalities == 0
    # a report of dead on another day at the same place is still a second event
    dead = event(BATKEN, 1, day(12), "a", types=("casualty_report",), start=50)
    dead.figures.append(Figure("fatalities", 1, False, None, "one died"))
    assert len(merge_events([shelling, dead], contains=contains)) == 2
    # but a count dated only by the story around it («Таким образом, в Мучуне погибли двое») is about
    # the event its own paragraphs dated
    dead.window_from = "story"
    assert len(merge_events([shelling, dead], contains=contains)) == 1


def test_a_multi_day_fight_stated_by_a_source_may_hold_its_whole_window():
    long = (dt.date(2022, 9, 1), dt.date(2022, 9, 10))
    incidents = merge_events([event(BATKEN, 1, long, "a"), event(BATKEN, 1, day(9), "b")], contains=contains)
    assert len(incidents) == 1 and incidents[0].date_end == dt.date(2022, 9, 10)


def test_undated_mentions_never_merge_across_months():
    october = (dt.date(2022, 10, 5), dt.date(2022, 10, 5))
    incidents = merge_events([event(BATKEN, 1, day(14), "a"), event(BATKEN, 1, october, "b"),
                              event(BATKEN, 1, None, "c")], contains=contains)
    assert len(incidents) == 3
    lone = merge_events([event(BATKEN, 1, day(14), "a"), event(BATKEN, 1, None, "c")], contains=contains)
    assert len(lone) == 1 and len(lone[0].sources) == 2


def test_incident_ids_are_unique():
    events = [event(BATKEN, 1, day(3), "a"), event(BATKEN, 1, day(3), "b", types=("ceasefire_agreement",)),
              event(BATKEN, 1, day(3), "c", types=("ceasefire_agreement",), start=9),
              event(FAR, 1, day(3), "d")]
    ids = [i.incident_id for i in merge_events(events, contains=contains)]
    assert len(ids) == len(set(ids))
