"""A gazetteer record for "the Kyrgyz-Tajik border" itself, derived from the border layer.

Reporting often places fighting only "on the Kyrgyz-Tajik border". ACLED codes
such events to a representative point (precision 3); here that point is the
point of the shared border line nearest to the centre of the 2021-2022
fighting (:data:`geo.gazetteer.ranking.BORDER_FOCUS`).
"""

from __future__ import annotations

from pathlib import Path

from geo.exceptions import GazetteerError
from geo.gazetteer.model import PlaceRecord
from geo.gazetteer.ranking import BORDER_FOCUS

__all__ = ["BORDER_AREA_KEY", "border_area_record"]

#: The key the recogniser gives every "Kyrgyz-Tajik border" phrase.
BORDER_AREA_KEY = "kyrgyz tajik border"


def border_area_record(border_path: Path) -> PlaceRecord:
    """The border-area record, its point taken from ``border_path``'s ``border_line`` layer."""
    import pyogrio
    import shapely
    from pyogrio.errors import DataLayerError, DataSourceError

    try:
        frame = pyogrio.read_dataframe(border_path, layer="border_line")
    except (DataSourceError, DataLayerError, OSError) as error:
        raise GazetteerError(
            f"cannot read layer 'border_line' of {border_path}: {error}"
        ) from error
    line = shapely.union_all(frame.geometry.values)
    lat, lon, _ = BORDER_FOCUS
    nearest = shapely.ops.nearest_points(line, shapely.Point(lon, lat))[0]
    return PlaceRecord(
        name="Kyrgyz-Tajik border area", lat=round(nearest.y, 5), lon=round(nearest.x, 5),
        country_code="KG", admin1=None, feature_class="L", feature_code="BRDR",
        population=0, source="derived:border.gpkg#border_line", kind="border",
        variants=["Kyrgyz-Tajik border", "Tajik-Kyrgyz border", "Kyrgyzstan-Tajikistan border",
                  BORDER_AREA_KEY],
        text_variants=[],
    )
