"""folium elements of the incident map: each a small class with a template.

Data reach the page only as JSON produced by :func:`geo.mapping._json.safe_json`
inside ``<script type="application/json">`` blocks; the JavaScript in
``static/geomap.js`` reads them with ``JSON.parse`` and builds every popup,
tooltip and label with DOM APIs and ``textContent``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from geo.mapping._json import safe_json

__all__ = ["JsonBlock", "JsonLayer", "ReadyHook", "markup_text", "swatch_html"]

#: The only JavaScript builders a JsonLayer may call.
_BUILDERS = frozenset({"vectorLayer", "overlayLayer", "incidentLayer", "referenceLayer"})
#: A colour a swatch may carry into the layer control's HTML: hex only, nothing else.
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{3,8}")


class JsonLayer(Layer):
    """A map layer whose data is a JSON block and whose Leaflet layer is built in JS.

    Parameters
    ----------
    builder : {"vectorLayer", "overlayLayer", "incidentLayer", "referenceLayer"}
        The ``geoMapKit`` function that turns the data into a Leaflet layer.
    data : object
        JSON-serialisable data (GeoJSON or the incident payload).
    name : str
        Label in the layer control (HTML-escaped here, since Leaflet's layer
        control inserts labels as HTML).
    options : dict, optional
        JSON-serialisable options passed to the builder.
    show : bool
        Whether the layer is on when the page opens.
    swatch : tuple of (str, str, str), optional
        ``(fill, outline, shape)`` drawn before the label in the layer control;
        the colours must be hex (``#rgb`` … ``#rrggbbaa``), anything else draws
        no swatch; shape is ``"area"``, ``"line"``, ``"dot"`` or ``"dashed"``.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
            <script type="application/json" id="{{ this.data_id }}">{{ this.data_json }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geoMapKit.{{ this.builder }}(
                {{ this._parent.get_name() }}, "{{ this.data_id }}", {{ this.options_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        builder: str,
        data: Any,
        name: str,
        options: dict[str, Any] | None = None,
        show: bool = True,
        swatch: tuple[str, str, str] | None = None,
    ) -> None:
        if builder not in _BUILDERS:
            raise ValueError(f"unknown layer builder {builder!r}; expected one of {sorted(_BUILDERS)}")
        super().__init__(name=swatch_html(swatch) + markup_text(name), overlay=True, control=True, show=show)
        self._name = "GeoJsonLayer"
        self.builder = builder
        self.data_id = f"{self.get_name()}_data"
        self.data_json = safe_json(data)
        self.options_json = safe_json(options or {})


def markup_text(text: str) -> str:
    """``text`` for a place where Leaflet inserts HTML and folium renders a template.

    HTML-escaped, and ``{`` written as ``&#123;``: folium re-reads rendered
    script as a Jinja template, where ``{{ … }}`` in a layer name would be run.

    Examples
    --------
    >>> markup_text("Zones <b>{{ 7*7 }}</b>")
    'Zones &lt;b&gt;&#123;&#123; 7*7 }}&lt;/b&gt;'
    """
    return html.escape(text).replace("{", "&#123;")


def swatch_html(swatch: tuple[str, str, str] | None) -> str:
    """The layer control's swatch for ``(fill, outline, shape)``, or ``""`` when a colour is not hex.

    Examples
    --------
    >>> swatch_html(("#f6e3b4", "#777", "area"))
    '<span class="geo-layer-swatch geo-layer-swatch-area" style="background:#f6e3b4;border-color:#777"></span>'
    >>> swatch_html(("red;background:url(x)", "#777", "area"))
    ''
    """
    if swatch is None:
        return ""
    fill, outline, shape = swatch
    if not (_HEX_COLOUR.fullmatch(str(fill)) and _HEX_COLOUR.fullmatch(str(outline))) or shape not in _SWATCH_SHAPES:
        return ""
    return (f'<span class="geo-layer-swatch geo-layer-swatch-{shape}" '
            f'style="background:{fill};border-color:{outline}"></span>')


_SWATCH_SHAPES = frozenset({"area", "line", "dot", "dashed"})


class JsonBlock(MacroElement):
    """A JSON data block that page code reads on demand (by its ``data_id``)."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
            <script type="application/json" id="{{ this.data_id }}">{{ this.data_json }}</script>
        {% endmacro %}
        """
    )

    def __init__(self, data: Any) -> None:
        super().__init__()
        self._name = "GeoJsonBlock"
        self.data_id = f"{self.get_name()}_data"
        self.data_json = safe_json(data)


class ReadyHook(MacroElement):
    """Sets ``window.geoMap.ready`` after the first frame is painted (add it last)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            geoMapKit.markReady();
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "ReadyHook"
