"""``geo map``: draw an incidents GeoJSON as one offline HTML map (optionally a PNG)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import click

from geo.cli._common import user_errors
from geo.exceptions import MapInputError, OverlayError

__all__ = ["command", "parse_overlay_spec", "parse_style_spec"]

_OVERLAY_HELP = """\
An analyst layer to draw, FILE[:NAME] (repeatable). FILE is GeoJSON, GeoPackage,
Shapefile (.shp or .zip), KML/KMZ, GeoParquet or CSV with lat/lon columns. The
file is the longest colon-separated prefix that exists, so paths containing
':' work; what follows is the NAME shown on the map. For a GeoPackage the first
part after the file is the LAYER: FILE.gpkg:LAYER[:NAME] (FILE.gpkg::NAME keeps
the only layer)."""

_STYLE_HELP = """\
Style of an overlay, NAME=COLOUR or NAME=KEY:VALUE[,KEY:VALUE...] with keys
color, weight, opacity, fill_color, fill_opacity, dash_array; e.g.
--overlay-style 'Pastures=color:#2ca02c,weight:2,fill_opacity:0.3' (repeatable)."""


def parse_overlay_spec(spec: str) -> tuple[str, str | None, str | None]:
    """Split ``FILE[:NAME]`` / ``FILE.gpkg:LAYER[:NAME]`` into ``(file, layer, name)``.

    The file is the longest prefix, cut at a ``:``, that exists on disk; a
    prefix whose remainder starts with a path separator is never cut there.
    When no prefix exists, the spec is cut at its last ``:`` (so that the
    error names the missing file).

    Examples
    --------
    >>> parse_overlay_spec("no/such/file.geojson:Roads")
    ('no/such/file.geojson', None, 'Roads')
    """
    if Path(spec).is_file():
        return spec, None, None
    cuts = [m.start() for m in re.finditer(":", spec)]
    for cut in reversed(cuts):
        head, tail = spec[:cut], spec[cut + 1 :]
        if tail.startswith(("/", "\\")) or not Path(head).is_file():
            continue
        if head.lower().endswith(".gpkg"):
            layer, _, name = tail.partition(":")
            return head, layer or None, name or None
        return head, None, tail or None
    head, colon, tail = spec.rpartition(":")
    if colon and head and not re.search(r"[/\\]", tail):
        return head, None, tail or None
    return spec, None, None


def parse_style_spec(spec: str) -> tuple[str, dict[str, str]]:
    """Parse ``NAME=COLOUR`` or ``NAME=KEY:VALUE,...`` into ``(name, style)``.

    Examples
    --------
    >>> parse_style_spec("Pastures=color:#2ca02c,weight:2")
    ('Pastures', {'color': '#2ca02c', 'weight': '2'})
    >>> parse_style_spec("Roads=red")
    ('Roads', {'color': 'red'})
    """
    name, sep, body = spec.rpartition("=")
    if not sep or not name or not body:
        raise OverlayError(f"--overlay-style {spec!r}: expected NAME=COLOUR or NAME=KEY:VALUE,...")
    if ":" not in body:
        return name, {"color": body}
    style: dict[str, str] = {}
    for item in body.split(","):
        key, colon, value = item.partition(":")
        if not colon or not key.strip():
            raise OverlayError(f"--overlay-style {spec!r}: {item!r} is not KEY:VALUE")
        style[key.strip()] = value.strip()
    return name, style


def _read_incidents(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise MapInputError(f"{path}: cannot read incidents file ({error})") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MapInputError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from error
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise MapInputError(f"{path}: expected a GeoJSON FeatureCollection of incidents")
    return data


@click.command(name="map")
@click.argument("incidents", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--overlay", "overlay_specs", multiple=True, metavar="FILE[:NAME]", help=_OVERLAY_HELP)
@click.option("--overlay-style", "style_specs", multiple=True, metavar="NAME=STYLE", help=_STYLE_HELP)
@click.option(
    "--out", "out_path", type=click.Path(path_type=Path, dir_okay=False), default=Path("map.html"),
    show_default=True, help="The HTML page to write.",
)
@click.option(
    "--png", "png_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="Also save a screenshot (needs Debian's chromium: apt-get install chromium).",
)
@click.option(
    "--tiles", default=None, metavar="NAME",
    help="Add a web tile base layer (e.g. OpenStreetMap). Off by default: tiles are the only "
    "network use of the page.",
)
@click.option("--zone-km", type=click.FloatRange(min=0), default=20.0, show_default=True,
              help="Half-width of the border zone band around the Kyrgyz-Tajik line.")
@click.option("--border", "border_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Border GeoPackage for the basemap (default: data/border.gpkg).")
@click.option("--title", default=None, help="Page title.")
def command(
    incidents: Path,
    overlay_specs: tuple[str, ...],
    style_specs: tuple[str, ...],
    out_path: Path,
    png_path: Path | None,
    tiles: str | None,
    zone_km: float,
    border_path: Path | None,
    title: str | None,
) -> None:
    """Draw INCIDENTS (a GeoJSON from `geo run`) as one self-contained HTML map.

    The page needs no network: Leaflet is inlined and the basemap is drawn from
    the project's border layers. Incidents are coloured by event type and sized
    by fatalities; popups list every source with the mention highlighted.
    """
    from geo.border.layer import load_border_layers
    from geo.mapping import DEFAULT_TITLE, read_overlay, write_map

    with user_errors():
        data = _read_incidents(incidents)
        styles = dict(parse_style_spec(spec) for spec in style_specs)
        overlays = []
        for spec in overlay_specs:
            file, layer, name = parse_overlay_spec(spec)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                overlay = read_overlay(file, name=name, layer=layer)
            for warning in caught:
                click.echo(f"warning: {warning.message}", err=True)
            overlays.append(overlay)
        names = {o.name for o in overlays}
        unknown = sorted(set(styles) - names)
        if unknown:
            raise OverlayError(
                f"--overlay-style for unknown overlay(s) {unknown}; overlays are: {sorted(names)}"
            )
        overlays = [
            type(o)(name=o.name, gdf=o.gdf, style=styles.get(o.name, o.style), repaired=o.repaired)
            for o in overlays
        ]
        layers = load_border_layers(border_path)
        write_map(
            data,
            out_path=out_path,
            layers=layers,
            overlays=overlays,
            tiles=tiles,
            png_path=png_path,
            zone_width_km=zone_km,
            title=title or DEFAULT_TITLE,
            source=str(incidents),
        )
    n = len(data.get("features") or [])
    click.echo(f"wrote {out_path} ({n} incidents, {len(overlays)} overlays)")
    if png_path is not None:
        click.echo(f"wrote {png_path}")
