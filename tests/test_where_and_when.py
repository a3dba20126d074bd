"""Where and when an incident happened (blind batches 46 and 47): sibling dates, posts, roads, spellings."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def by_place(found):
    return {i.place.name: i for i in found}


def test_a_sibling_clauses_own_date_beats_the_story_so_far(geoparser):
    text = ("BISHKEK -- A Kyrgyz herder who was shot near the border last week has died of his wounds.\n\n"
            "Nurbek Sadykov, 44, died late on October 8 in a hospital in Osh.\n\n"
            "Sadykov was grazing sheep on a pasture above the village of Uch-Bulak -- when he came under fire "
            "at around 4:30 p.m. on October 4, according to the Kyrgyz Border Service.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 9)))
    assert found["Churbek"].date_start == dt.date(2023, 10, 4)
