"""The Kyrgyz side's reporting (blind batch 53): who attacked is not who speaks, a victim's home named
after the fact, a load's origin, and tolls that differ between the two capitals."""

from __future__ import annotations

import datetime as dt

from geo.language.en.numbers import read_figures
from tests.test_counted_and_typed import by_place, incidents_of

_TWO_TOLLS = (
    "BISHKEK, Sept 21, 2023 (AFP) - A Kyrgyz border guard was killed and three people were wounded on Thursday in "
    "an exchange of fire with Tajik forces on a road in Kyrgyzstan's Leilek district, Bishkek said.\n\n"
    "Kyrgyzstan's Border Service said Tajik servicemen \"opened fire without warning\" at about 8:40 am at a Kyrgyz "
    "patrol vehicle on a section of the border road near the village of Maksat.\n\n"
    "\"As a result of the provocation by the Tajik side, one serviceman of the Border Service was killed, two "
    "servicemen received gunshot wounds,\" the statement said. A civilian, the 41-year-old driver of a truck "
    "carrying coal from Sulukta, was also wounded when his vehicle was hit.\n\n"
    "The dead serviceman was named as a 24-year-old contract soldier from the village of Ak-Suu in Leilek "
    "district.\n\n"
    "Bishkek said the fire came from Tajik positions near the village of Ovchi-Kalacha across the border, and "
    "that \"according to preliminary data, the Tajik side suffered losses of at least two servicemen killed.\"\n\n"
    "In Dushanbe, Tajikistan's border troops said in a statement that Kyrgyz guards had fired first, and that one "
    "Tajik border guard had been wounded \"in the exchange on that section\". The Tajik statement said three "
    "Kyrgyz servicemen had been killed, a figure Bishkek did not confirm.")


def test_the_two_capitals_tolls_make_one_incident_at_the_road(geoparser):
    found = by_place(incidents_of(geoparser, _TWO_TOLLS, dt.date(2023, 9, 21)))
    # the soldier's home and the truck's load are no scenes
    assert set(found) == {"Maksat"}
    clash = found["Maksat"]
    # "the provocation by the Tajik side" names who attacked: the Kyrgyz service counts its own dead
    assert clash.fatalities == 1
    assert clash.fatalities_by_side == {"KG": 1}
    # each government's own wounded: three Kyrgyz (two servicemen and the driver "also" hit), one Tajik
    assert clash.injured == 4


def test_also_after_a_long_aside_adds_the_person():
    figures = read_figures("A civilian, the 41-year-old driver of a truck carrying coal from Sulukta, was also "
                           "wounded when his vehicle was hit.")
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 1, True)]
