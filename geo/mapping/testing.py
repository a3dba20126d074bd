"""Tiny in-code fixtures for the map: a two-square border and synthetic incidents.

Used by the tests and ``benchmarks/bench_map.py``; no files, no network.
"""

from __future__ import annotations

import datetime as _dt
import functools
import random
from typing import Any

import geopandas as gpd
from shapely.geometry import LineString, box

from geo.border.layer import BorderLayers

__all__ = ["HOSTILE_STRINGS", "tiny_border_layers", "synthetic_incidents", "hostile_incidents"]

#: Text that must show up literally (never run, never break the page).
HOSTILE_STRINGS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script>",
    "`backtick`",
    "${alert(1)}",
    "C:\\users\\x",
    "quote \" and ' quote",
    "line\u2028separator",
    "{{ 7*7 }} {% if x %}{# note",
)

_TYPES = (
    "armed_clash",
    "shelling_artillery",
    "air_drone_strike",
    "ceasefire_agreement",
    "casualty_report",
    "evacuation_displacement",
    "border_incident_protest",
)


def tiny_border_layers() -> BorderLayers:
    """Kyrgyzstan north and Tajikistan south of a straight border at 40°N, 70–71°E."""
    crs = "EPSG:4326"
    countries = gpd.GeoDataFrame(
        {"country_code": ["KG", "TJ"], "name": ["Kyrgyzstan", "Tajikistan"],
         "name_ru": ["Кыргызстан", "Таджикистан"]},
        geometry=[box(70, 40, 71, 41), box(70, 39, 71, 40)], crs=crs,
    )
    border_line = gpd.GeoDataFrame(
        {"piece": [1], "length_km": [85.2]}, geometry=[LineString([(70, 40), (71, 40)])], crs=crs
    )
    enclaves = gpd.GeoDataFrame(
        {"name": ["Vorukh <b>&</b>"], "name_ru": ["Ворух"], "belongs_to": ["TJ"],
         "surrounded_by": ["KG"], "kind": ["enclave"], "approximate": [False], "source": ["test"]},
        geometry=[box(70.4, 40.3, 70.5, 40.4)], crs=crs,
    )
    admin1 = gpd.GeoDataFrame(
        {"country_code": ["KG", "TJ"], "name": ["Batken", "Sughd"], "name_ru": ["Баткен", "Согд"],
         "iso_3166_2": ["KG-B", "TJ-SU"]},
        geometry=[box(70, 40, 71, 41), box(70, 39, 71, 40)], crs=crs,
    )
    neighbours = gpd.GeoDataFrame(
        {"country_code": ["UZ"], "name": ["Uzbekistan"]}, geometry=[box(69, 39, 70, 41)], crs=crs
    )
    return BorderLayers(
        countries=countries, border_line=border_line, enclaves=enclaves,
        admin1=admin1, neighbours=neighbours,
    )


def _feature(i: int, lon: float, lat: float, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": props["incident_id"],
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }


def synthetic_incidents(n: int, *, seed: int = 1, undated_every: int = 10, articles: int | None = None,
                        realistic: bool = False) -> dict[str, Any]:
    """``n`` plausible incidents around the tiny border, dates spread over 2021–2022.

    Every ``undated_every``-th incident has no date; sources cite ``articles``
    distinct articles (default ``max(1, n // 5)``). ``realistic`` gives each
    incident 2-6 sources with excerpts of ~300 characters from several
    articles (real-looking titles and URLs, several incidents per article),
    the shape of real output (issue 12's scale target).
    """
    rng = random.Random(seed)
    n_articles = articles or max(1, n // 5)
    start = _dt.date(2021, 1, 1)
    features = []
    for i in range(n):
        lon, lat = 70 + rng.random(), 39.5 + rng.random()
        place = f"Village {i}"
        dated = undated_every <= 0 or i % undated_every != 0
        day = start + _dt.timedelta(days=rng.randrange(730))
        art = rng.randrange(n_articles)
        excerpt = (
            f"Clashes were reported near {place} on the border, local officials said, "
            "and residents were moved to safer areas."
        )
        hs = excerpt.index(place)
        props = {
            "incident_id": f"inc-{i:012x}",
            "place_name": place,
            "place_source": "geonames:1",
            "event_date": day.isoformat() if dated else None,
            "date_start": day.isoformat() if dated else None,
            "date_end": day.isoformat() if dated else None,
            "time_precision": 1 if dated else 3,
            "event_type": _TYPES[i % len(_TYPES)],
            "fatalities": rng.choice([None, 0, 1, 3, 10, 40]),
            "injured": rng.choice([None, 2, 5]),
            "displaced": rng.choice([None, 100]),
            "geo_precision": 1,
            "country_code": "KG" if lat > 40 else "TJ",
            "admin1": "Batken" if lat > 40 else "Sughd",
            "enclave": None,
            "distance_to_border_km": round(abs(lat - 40) * 111.2, 1),
            "in_border_zone": abs(lat - 40) * 111.2 <= 20,
            "sources": [
                {
                    "article_id": f"art-{art}",
                    "title": f"Border report {art}",
                    "url": f"https://news.example.org/{art}",
                    "date": day.isoformat(),
                    "excerpt": excerpt,
                    "highlight_start": hs,
                    "highlight_end": hs + len(place),
                }
            ],
        }
        features.append(_feature(i, lon, lat, props))
    if realistic:
        cited = realistic_sources([f["properties"]["place_name"] for f in features],
                                  [_dt.date.fromisoformat(f["properties"]["sources"][0]["date"]) for f in features],
                                  n_articles=n_articles, seed=seed)
        for feature, sources in zip(features, cited):
            feature["properties"]["sources"] = sources
    return {"type": "FeatureCollection", "attribution": "synthetic test data", "features": features}


_OUTLETS = ("24.kg", "AKIpress", "Kaktus.media", "Asia-Plus", "Khovar", "RFE/RL", "Reuters", "AFP", "Eurasianet")
#: Sentences per synthetic article that incidents may cite.
_SENTENCES = 12


@functools.lru_cache(maxsize=1)
def _zipf_words() -> tuple[list[str], list[float]]:
    """English words with cumulative weights by frequency (wordfreq, pinned)."""
    from itertools import accumulate

    from wordfreq import top_n_list, word_frequency

    words = top_n_list("en", 20_000)
    return words, list(accumulate(word_frequency(w, "en") for w in words))


def _sentence(rng: random.Random, places: list[str]) -> tuple[str, dict[str, int]]:
    """~45 words drawn by frequency with ``places`` at random slots; each place's offset.

    Words drawn one by one by frequency compress worse than real prose (zlib
    2.4x against 3.8x on the project's own development articles), so the map
    benchmark does not flatter its compressed payload.
    """
    words, cumulative = _zipf_words()
    body = rng.choices(words, cum_weights=cumulative, k=rng.randint(38, 52))
    for place in places:
        body.insert(rng.randrange(1, len(body)), place)
    text = " ".join(body)
    text = text[0].upper() + text[1:] + "."
    offsets, cursor = {}, 0
    for token in body:
        if token in places and token not in offsets:
            offsets[token] = cursor
        cursor += len(token) + 1
    return text, offsets


def realistic_sources(places: list[str], days: list[_dt.date], *, n_articles: int,
                      seed: int = 1) -> list[list[dict[str, Any]]]:
    """Sources shaped like real output for incidents at ``places`` on ``days``.

    Each incident cites 2-6 excerpts from 1-3 articles; each article has
    :data:`_SENTENCES` sentences, and a sentence cited by several incidents
    names all their places (as a sentence listing villages does), so the same
    excerpt recurs with a different highlight.
    """
    rng = random.Random(seed)
    citations: list[list[tuple[int, int]]] = []
    slots: dict[tuple[int, int], list[str]] = {}
    for place in places:
        count = rng.randint(2, 6)
        arts = rng.sample(range(n_articles), k=min(n_articles, rng.randint(1, min(3, count))))
        cited = []
        for _ in range(count):
            key = (rng.choice(arts), rng.randrange(_SENTENCES))
            if key not in cited:
                cited.append(key)
                names = slots.setdefault(key, [])
                if place not in names:
                    names.append(place)
        citations.append(cited)
    texts = {key: _sentence(rng, names) for key, names in slots.items()}
    out = []
    for place, day, cited in zip(places, days, citations):
        sources = []
        for art, slot in cited:
            outlet = _OUTLETS[art % len(_OUTLETS)]
            text, offsets = texts[(art, slot)]
            lead = ("Clashes", "Shelling", "Protest", "Casualties")[art % 4]
            sources.append({
                "article_id": f"art-{art}",
                "title": f"{outlet}: {lead} on the Kyrgyz-Tajik border, report {art}",
                "url": f"https://{outlet.lower().replace('/', '')}.example.org/news/{day:%Y/%m/%d}/border-report-{art}",
                "date": day.isoformat(),
                "excerpt": text,
                "highlight_start": offsets[place],
                "highlight_end": offsets[place] + len(place),
            })
        out.append(sources)
    return out


def hostile_incidents() -> dict[str, Any]:
    """Incidents whose every text field carries one of :data:`HOSTILE_STRINGS`."""
    collection = synthetic_incidents(len(HOSTILE_STRINGS) + 2, undated_every=0)
    for i, feature in enumerate(collection["features"][: len(HOSTILE_STRINGS)]):
        bad = HOSTILE_STRINGS[i]
        props = feature["properties"]
        props["place_name"] = f"Place {bad}"
        props["admin1"] = bad
        props["enclave"] = bad
        props["place_name_ru"] = f"Место {bad}"
        props["figure_rule"] = f"rule {bad}"
        props["actors"] = [f"actor {bad}"]
        excerpt = f"Before {bad} after"
        props["sources"] = [
            {
                "article_id": f"hostile-{i}",
                "title": f"Title {bad}",
                "url": "javascript:alert(1)" if i % 2 == 0 else f"https://example.org/?q={bad}",
                "date": "2022-09-14",
                "excerpt": excerpt,
                "highlight_start": len("Before "),
                "highlight_end": len("Before ") + len(bad),
                "lang": f"ru{bad}",
            }
        ]
    collection["attribution"] = "<img src=x onerror=alert(1)> attribution"
    return collection
