"""Outlets named after places, datelines in every desk's form, and follow-ups that retell (held-out batch 126, scored
with the session's start code, then studied). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.language import pack_for
from tests.test_counted_and_typed import incidents_of

# --- datelines ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("ХУДЖАНД, 12 июня 2024, Азия-Плюс — В понедельник вечером у Лаккона.", "ХУДЖАНД", "Азия-Плюс"),
    ("Худжанд, 12 июня 2024 г., «Азия-Плюс» — Жители Ворух.", "Худжанд", "Азия-Плюс"),
    ("Бишкек, 5 марта, 24.kg — Пограничники сообщили.", "Бишкек", "24.kg"),
])
def test_the_outlet_after_the_date_before_the_dash_is_a_russian_dateline(text, place, agency):
    found = pack_for("ru").find_dateline("Заголовок\n\n" + text)
    assert (found.place, found.agency) == (place, agency)


# --- a follow-up's recap ----------------------------------------------------------------------------------------

RECAP_THEN_REPORTED = (
    "A Kyrgyz border guard wounded in a shooting on the Kyrgyz-Tajik border in Leilek district on October 3 has died, "
    "the Ministry of Health said. He died on October 10 in the National Hospital in Bishkek.\n\n"
    "Recall, on October 3, servicemen of the Tajik side opened fire at a Kyrgyz border detail near Beshkent village of "
    "Leilek district. The Border Service then reported that three citizens of Kyrgyzstan were injured: two border "
    "guards and a resident of Beshkent.")


def test_a_recaps_day_dates_the_rest_of_its_paragraph(geoparser):
    found = incidents_of(geoparser, RECAP_THEN_REPORTED, dt.date(2023, 10, 11))
    assert [(i.place.name, i.date_start) for i in found] == [("Beshkent", dt.date(2023, 10, 3))]
