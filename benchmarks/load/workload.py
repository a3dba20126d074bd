"""The service benchmarks' workload: the articles they post and the item queries they send.

Shared by ``benchmarks/bench_service.py`` (threads and requests) and the locust users of
``benchmarks/load/locustfile.py``, so both measure the same requests.
"""

from __future__ import annotations

PLACES = ["Vorukh", "Ak-Sai", "Arka", "Kok-Tash", "Ovchi-Kalacha", "Batken", "Isfara", "Leilek"]
TEMPLATES = [
    "Border guards exchanged fire near {place} on Monday, killing {n} people, officials said.",
    "Shelling hit the village of {place} on Tuesday. {n} residents were wounded.",
    "Hundreds of people were evacuated from {place} after mortar fire on Friday.",
]
#: (label, path) of each kind of item query.
QUERIES = [
    ("items: page", "/collections/incidents/items?limit=10"),
    ("items: event_type", "/collections/incidents/items?event_type=armed_clash"),
    ("items: bbox+datetime", "/collections/incidents/items?bbox=70.4,39.8,71.0,40.2&datetime=2022-09-01/2022-12-31"),
    ("items: country+offset", "/collections/incidents/items?country_code=KG&limit=5&offset=5"),
    ("items: 50 mentions", "/collections/mentions/items?limit=50"),
]


def article_text(number: int) -> str:
    """The text of the ``number``-th article posted."""
    return TEMPLATES[number % len(TEMPLATES)].format(place=PLACES[number % len(PLACES)], n=number % 7 + 1)
