"""Render incidents, the border basemap and analyst overlays into one offline HTML file."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import folium

from geo._atomic import write_text_atomic
from geo.exceptions import MapRenderError
from geo.exports.attribution import ATTRIBUTION
from geo.mapping._assets import add_inline_assets
from geo.mapping._incidents import encode_incidents, pack_details, pack_records
from geo.mapping.basemap import basemap_layers, map_bounds
from geo.mapping.elements import JsonBlock, JsonLayer, ReadyHook, markup_text
from geo.mapping.overlays import Overlay, default_overlay_color, overlay_feature_collection
from geo.mapping.reference import RANK_MIN_ZOOM, area_labels

if TYPE_CHECKING:
    from geo.border.layer import BorderLayers

__all__ = ["DEFAULT_TITLE", "DATA_ATTRIBUTION", "render_map", "render_html", "external_resources"]

DEFAULT_TITLE = "Kyrgyzstan–Tajikistan border incidents"

#: Attribution for every data source drawn on the map, and the inlined front-end code.
DATA_ATTRIBUTION = (
    "Border, countries and enclaves © OpenStreetMap contributors (ODbL)",
    "Admin-1 boundaries: Natural Earth",
    "Place points: GeoNames (CC BY 4.0); curated border places: GeoNames, "
    "Wikipedia contributors (CC BY-SA 4.0)",
    "Map code: Leaflet (BSD-2-Clause), fflate (MIT), inlined",
)

_EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE
)


def external_resources(page: str) -> list[str]:
    """Tags in ``page`` that would load something over the network (``<script src=http…>`` …)."""
    return [m.group(0) for m in _EXTERNAL.finditer(page)]


def render_html(
    incidents: Mapping[str, Any],
    *,
    layers: "BorderLayers",
    overlays: Sequence[Overlay] = (),
    tiles: str | None = None,
    zone_width_km: float = 20.0,
    title: str = DEFAULT_TITLE,
    source: str = "incidents",
    places: Mapping[str, Any] | None = None,
) -> str:
    """Build the map page and return it as a string (see :func:`render_map`)."""
    if zone_width_km < 0:
        raise MapRenderError(f"zone width must be >= 0 km, got {zone_width_km}")
    payload = encode_incidents(incidents, source=source)
    bounds = map_bounds(layers)
    payload["title"] = title
    payload["bounds"] = bounds
    # The exports' own attribution says the same as DATA_ATTRIBUTION: show it once.
    extra = [a for a in payload["attribution"] if a != ATTRIBUTION]
    payload["attribution"] = list(DATA_ATTRIBUTION) + extra

    fmap = folium.Map(
        location=[39.9, 70.5],
        zoom_start=7,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        min_zoom=3,
        max_zoom=18,
    )
    # Nothing from a CDN: folium's default JS/CSS links are replaced by inline assets.
    fmap.default_js = []
    fmap.default_css = []
    figure = fmap.get_root()
    figure.title = html.escape(title)
    add_inline_assets(figure)

    if tiles:
        try:
            folium.TileLayer(tiles, name=markup_text(tiles), overlay=False, control=True).add_to(fmap)
        except ValueError as error:
            raise MapRenderError(
                f"unknown tile provider {tiles!r} ({error}); use a folium/xyzservices name such as "
                "'OpenStreetMap' or 'CartoDB positron'"
            ) from error

    for base in basemap_layers(layers, zone_width_km=zone_width_km):
        JsonLayer(
            builder="vectorLayer",
            data=base.data,
            name=base.name,
            options={
                "pane": f"geo-{base.key}",
                "zIndex": base.z_index,
                "style": base.style,
                "labels": base.key == "enclaves",
            },
            show=base.show,
            swatch=base.swatch,
        ).add_to(fmap)

    labels = area_labels(layers)
    if places:
        labels = {"type": "FeatureCollection", "features": labels["features"] + list(places.get("features", []))}
    JsonLayer(
        builder="referenceLayer",
        data=labels,
        name="Place names",
        options={"pane": "geo-reference", "zIndex": 357, "minZoom": {str(k): v for k, v in RANK_MIN_ZOOM.items()}},
        swatch=("#555555", "#ffffff", "dot"),
    ).add_to(fmap)

    seen: set[str] = set()
    for index, overlay in enumerate(overlays):
        if overlay.name in seen:
            raise MapRenderError(f"two overlays are named {overlay.name!r}; give each a distinct name")
        seen.add(overlay.name)
        style = overlay.leaflet_style(default_color=default_overlay_color(index))
        JsonLayer(
            builder="overlayLayer",
            data=overlay_feature_collection(overlay),
            name=f"Overlay: {overlay.name}",
            options={"name": overlay.name, "style": style},
            swatch=(str(style.get("fillColor", style.get("color"))), str(style.get("color")), "area"),
        ).add_to(fmap)

    details = JsonBlock(pack_details(payload.pop("details")))
    details.add_to(fmap)
    JsonLayer(
        builder="incidentLayer", data=pack_records(payload), name="Incidents", options={"detailsId": details.data_id},
        swatch=("#d62728", "#222222", "dot"),
    ).add_to(fmap)
    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    ReadyHook().add_to(fmap)

    page = figure.render()
    leaks = external_resources(page)
    if leaks and not tiles:
        raise MapRenderError(f"map page would load external resources: {leaks[:3]}")
    return page


def render_map(
    incidents: Mapping[str, Any],
    *,
    layers: "BorderLayers",
    overlays: Sequence[Overlay] = (),
    out_path: Path,
    tiles: str | None = None,
    zone_width_km: float = 20.0,
    title: str = DEFAULT_TITLE,
    source: str = "incidents",
    places: Mapping[str, Any] | None = None,
) -> Path:
    """Write one self-contained HTML map of ``incidents`` and return its path.

    The page loads nothing from the network unless ``tiles`` is given: Leaflet
    and the map's own code are inlined, the basemap is drawn from ``layers``.

    Parameters
    ----------
    incidents : mapping
        GeoJSON FeatureCollection of incidents (docs/SCHEMA.md).
    layers : BorderLayers
        Countries, border line, enclaves, admin-1 units and neighbours.
    overlays : sequence of Overlay
        Analyst layers, each toggleable (see :func:`geo.mapping.overlays.read_overlay`).
    out_path : pathlib.Path
        Where to write the page (atomically).
    tiles : str, optional
        A folium/xyzservices tile provider (e.g. ``"OpenStreetMap"``) added as a
        base layer. Off by default: tiles are the only network use.
    zone_width_km : float
        Half-width of the border zone band drawn around the line.
    title : str
        Page title and map heading.
    source : str
        Name of the incidents' input (e.g. its path), used in error messages.
    places : mapping, optional
        Reference places to label (:func:`geo.mapping.reference.reference_places`);
        the countries and provinces are labelled whatever is given.

    Returns
    -------
    pathlib.Path
        ``out_path``.

    Raises
    ------
    MapInputError
        ``incidents`` is not a FeatureCollection of Points.
    MapRenderError
        The page cannot be built or written.
    """
    page = render_html(
        incidents,
        layers=layers,
        overlays=overlays,
        tiles=tiles,
        zone_width_km=zone_width_km,
        title=title,
        source=source,
        places=places,
    )
    try:
        return write_text_atomic(out_path, page)
    except OSError as error:
        raise MapRenderError(f"{out_path}: cannot write the map ({error.strerror or error})") from error
