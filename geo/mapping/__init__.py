"""The incident map: one self-contained, offline HTML page (and an optional PNG).

Public API: :func:`write_map` (what ``geo run`` and ``geo map`` call),
:func:`render_map`, :func:`read_overlay`, :class:`Overlay` and :func:`screenshot`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.mapping.overlays import Overlay, read_overlay
from geo.mapping.reference import reference_places
from geo.mapping.render import DEFAULT_TITLE, render_map
from geo.mapping.screenshot import screenshot

if TYPE_CHECKING:
    from geo.border.layer import BorderLayers
    from geo.gazetteer.index import Gazetteer

__all__ = ["DEFAULT_TITLE", "Overlay", "read_overlay", "render_map", "screenshot", "write_map"]


def write_map(
    incidents: Mapping[str, Any],
    *,
    out_path: Path,
    layers: "BorderLayers | None" = None,
    overlays: Sequence[Overlay] = (),
    tiles: str | None = None,
    png_path: Path | None = None,
    zone_width_km: float = 20.0,
    title: str = DEFAULT_TITLE,
    source: str = "incidents",
    gazetteer: "Gazetteer | None" = None,
) -> Path:
    """Write the HTML map of ``incidents`` (and a PNG of it when ``png_path`` is given).

    Parameters
    ----------
    incidents : mapping
        GeoJSON FeatureCollection of incidents (docs/SCHEMA.md).
    out_path : pathlib.Path
        The HTML page to write.
    layers : BorderLayers, optional
        Basemap layers; default :func:`geo.border.layer.load_border_layers`.
    overlays : sequence of Overlay
        Analyst layers from :func:`read_overlay`.
    tiles : str, optional
        Tile provider name; off by default (tiles are the only network use).
    png_path : pathlib.Path, optional
        Also save a screenshot (needs Debian's chromium).
    zone_width_km : float
        Half-width of the border zone band.
    title : str
        Page title.
    source : str
        Name of the incidents' input (e.g. its path), used in error messages.
    gazetteer : Gazetteer, optional
        Whose places of the border zone are labelled; default: the compiled
        default index (:func:`geo.gazetteer.store.default_gazetteer`).

    Returns
    -------
    pathlib.Path
        ``out_path``.
    """
    if layers is None:
        from geo.border.layer import load_border_layers

        layers = load_border_layers()
    if gazetteer is None:
        from geo.gazetteer.store import default_gazetteer

        gazetteer = default_gazetteer()
    render_map(
        incidents,
        layers=layers,
        overlays=overlays,
        out_path=Path(out_path),
        tiles=tiles,
        zone_width_km=zone_width_km,
        title=title,
        source=source,
        places=reference_places(gazetteer, layers),
    )
    if png_path is not None:
        screenshot(Path(out_path), out_png=Path(png_path))
    return Path(out_path)
