"""The vendored front-end assets, inlined so that a map needs no network.

Leaflet and fflate (synchronous inflate of the compressed popup details) come
from the pinned npm packages copied by ``scripts/vendor_assets.sh`` into
``static/leaflet/`` and ``static/fflate/``; ``static/geomap.js`` and ``static/geomap.css`` are the
map's own code. Images that ``leaflet.css`` refers to become data URIs and the
source-map comment is dropped, so the page asks for nothing.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

from branca.element import Element, Figure

from geo.exceptions import MapRenderError

__all__ = ["STATIC_DIR", "leaflet_version", "inline_css", "inline_js", "add_inline_assets"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
_LEAFLET_DIR = STATIC_DIR / "leaflet"
_CSS_URL = re.compile(r"url\((['\"]?)images/([A-Za-z0-9_.-]+\.png)\1\)")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)
_STYLE_END = re.compile(r"</style", re.IGNORECASE)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise MapRenderError(
            f"{path}: vendored map asset is missing ({error.strerror}); "
            "run scripts/vendor_assets.sh to restore it"
        ) from error


def leaflet_version() -> str:
    """The vendored Leaflet version, as recorded in ``static/leaflet/VERSION``."""
    return _read(_LEAFLET_DIR / "VERSION").split()[0]


def _data_uri(match: re.Match[str]) -> str:
    image = _LEAFLET_DIR / "images" / match.group(2)
    try:
        data = image.read_bytes()
    except OSError as error:
        raise MapRenderError(
            f"{image}: image referenced by leaflet.css is missing; run scripts/vendor_assets.sh"
        ) from error
    return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"


@functools.cache
def inline_css() -> str:
    """Leaflet's CSS (images as data URIs) followed by the map's own CSS."""
    css = _CSS_URL.sub(_data_uri, _read(_LEAFLET_DIR / "leaflet.css"))
    css += "\n" + _read(STATIC_DIR / "geomap.css")
    if _STYLE_END.search(css):
        raise MapRenderError("inlined CSS contains '</style'; refusing to embed it")
    return css


@functools.cache
def inline_js() -> str:
    """Leaflet's and fflate's JavaScript (without source-map comments) and the map's own code."""
    js = _SOURCE_MAP.sub("", _read(_LEAFLET_DIR / "leaflet.js"))
    fflate = _read(STATIC_DIR / "fflate" / "VERSION").split()[0]
    js += f"\n/*! {fflate} | MIT License | Copyright (c) 2023 Arjun Barrett */\n"
    js += _SOURCE_MAP.sub("", _read(STATIC_DIR / "fflate" / "fflate.js"))
    js += "\n" + _read(STATIC_DIR / "geomap.js")
    if _SCRIPT_END.search(js):
        raise MapRenderError("inlined JavaScript contains '</script' or '<!--'; refusing to embed it")
    return js


def add_inline_assets(figure: Figure) -> None:
    """Put the CSS and JavaScript into the page header (once per figure)."""
    figure.header.add_child(Element(f"<style>\n{inline_css()}\n</style>"), name="geo_inline_css")
    figure.header.add_child(Element(f"<script>\n{inline_js()}\n</script>"), name="geo_inline_js")
