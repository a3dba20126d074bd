"""The border layer: country, admin-1 and enclave polygons, the shared KG-TJ line.

``load_border_layers`` reads ``data/border.gpkg`` (built by
``geo data build --border``, see :mod:`geo.data_build.border`);
``join_border`` / ``join_border_gdf`` attach country, admin-1, enclave and the
distance to the Kyrgyz-Tajik line to points, vectorised.
"""

from __future__ import annotations

from geo.border.join import JOIN_COLUMNS, join_border, join_border_gdf
from geo.border.layer import BorderLayers, load_border_layers

__all__ = ["BorderLayers", "JOIN_COLUMNS", "join_border", "join_border_gdf", "load_border_layers"]
