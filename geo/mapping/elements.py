"""folium elements of the incident map: each a small class with a template.

Data reach the page only as JSON produced by :func:`geo.mapping._json.safe_json`
inside ``<script type="application/json">`` blocks; the JavaScript in
``static/geomap.js`` reads them with ``JSON.parse`` and builds every popup,
tooltip and label with DOM APIs and ``textContent``.
"""

from __future__ import annotations

import html
from typing import Any

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from geo.mapping._json import safe_json

__all__ = ["JsonBlock", "JsonLayer", "ReadyHook"]

#: The only JavaScript builders a JsonLayer may call.
_BUILDERS = frozenset({"vectorLayer", "overlayLayer", "incidentLayer"})


class JsonLayer(Layer):
    """A map layer whose data is a JSON block and whose Leaflet layer is built in JS.

    Parameters
    ----------
    builder : {"vectorLayer", "overlayLayer", "incidentLayer"}
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
    ) -> None:
        if builder not in _BUILDERS:
            raise ValueError(f"unknown layer builder {builder!r}; expected one of {sorted(_BUILDERS)}")
        super().__init__(name=html.escape(name), overlay=True, control=True, show=show)
        self._name = "GeoJsonLayer"
        self.builder = builder
        self.data_id = f"{self.get_name()}_data"
        self.data_json = safe_json(data)
        self.options_json = safe_json(options or {})


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
