"""What an incident was and how many it hurt (blind batches 47 to 49): fire told after the toll, counts."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def by_place(found):
    return {i.place.name: i for i in found}


def test_fire_told_after_a_lone_toll_types_the_toll(geoparser):
    text = ("A border guard was wounded late on Monday at the frontier post in Ak-Sai, the Border Service said.\n\n"
            "The service said unknown persons opened fire with automatic weapons at the post from the direction "
            "of the Tajik village of Khoja-Alo at about 22:10. The guard was hit in the arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert set(found) == {"Ak-Sai"}
    assert "armed_clash" in found["Ak-Sai"].event_types


def test_an_old_shell_that_went_off_is_no_fire(geoparser):
    text = ("A boy was wounded on Monday in Ak-Sai when an old artillery shell he found went off, officials said.\n\n"
            "The shell was left over from the shelling of September 2022, the emergencies ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert found["Ak-Sai"].event_types == ["casualty_report"]
