"""Merging mention events into incidents."""

import datetime as dt
import random

from geo.gazetteer.model import Place
from geo.incidents.merge import merge_events
from geo.incidents.model import IncidentSource, MentionEvent


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


SEPT = (dt.date(2022, 9, 14), dt.date(2022, 9, 16))


def contains(coarse, precise):
    return coarse.kind == "admin1" and precise.admin1 == coarse.name


def test_nearby_places_and_overlapping_dates_merge():
    incidents = merge_events([event(BATKEN, 1, SEPT, "a"), event(NEARBY, 1, SEPT, "b")],
                             contains=contains)
    assert len(incidents) == 1 and len(incidents[0].sources) == 2


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
