"""The OpenAPI 3.0 document of the service: pygeoapi's, plus ingest and the map.

pygeoapi generates the OGC API – Features part from its configuration
(:func:`pygeoapi.openapi.get_oas`); :func:`service_openapi` adds
``POST /articles`` (with its bearer-token security scheme and error
answers) and ``/map.html``.

pygeoapi's document refers to OpenAPI fragments on the OGC's servers
(schemas.opengis.net, the OGC API – Records repository). The service serves
a document that resolves offline: those fragments are local copies
(``schemas/ogc_fragments.json``, written after the OGC documents, deviations
listed in it) put into ``components``, and the references point there
(:func:`localise_refs`). A reference the copies do not cover is an error, so
a pygeoapi upgrade that adds one cannot go unnoticed.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from geo.exceptions import DataError
from geo.service.config import ServiceSettings

__all__ = ["FRAGMENTS_PATH", "localise_refs", "service_openapi"]

#: The local copies of the remote fragments pygeoapi's document refers to.
FRAGMENTS_PATH = Path(__file__).parent / "schemas" / "ogc_fragments.json"

_ERROR = {"description": "", "content": {"application/json": {"schema": {
    "type": "object", "required": ["code", "description"],
    "properties": {"code": {"type": "string"}, "description": {"type": "string"}}}}}}

_ARTICLE = {
    "type": "object", "required": ["text"],
    "properties": {
        "text": {"type": "string", "minLength": 1, "description": "The article text (data, never markup)."},
        "id": {"type": ["string"], "description": "Stable id; re-posting the same id changes nothing. "
                                                  "Default: a hash of the text."},
        "title": {"type": "string"},
        "date": {"type": "string", "description": "Publication date (or 'published', 'pubDate'...)."},
        "published": {"type": "string"},
        "url": {"type": "string"},
        "source": {"type": "string"},
    },
}


def _error(description: str) -> dict[str, Any]:
    return {**_ERROR, "description": description}


#: Paths the service routes (see :func:`geo.service.app.create_app`); ``{x}`` is one path segment.
SERVED_PATHS = ("/", "/map.html", "/openapi", "/conformance", "/collections", "/collections/{collection}",
                "/collections/{collection}/queryables", "/collections/{collection}/items",
                "/collections/{collection}/items/{item}", "/articles")


@cache
def _fragments() -> dict[str, Any]:
    return json.loads(FRAGMENTS_PATH.read_text(encoding="utf-8"))


def localise_refs(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with every remote ``$ref`` pointing at a local copy in its ``components``.

    Raises
    ------
    DataError
        A remote reference has no local copy (named in the message).
    """
    fragments = _fragments()
    refs: dict[str, str] = fragments["refs"]
    components = document.setdefault("components", {})
    for kind, entries in fragments["components"].items():
        for name, value in entries.items():
            components.setdefault(kind, {})[name] = copy.deepcopy(value)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                if ref not in refs:
                    raise DataError(f"the OpenAPI document refers to {ref!r}, which has no local copy in "
                                    f"{FRAGMENTS_PATH}; expected one of {len(refs)} known references")
                node = {**node, "$ref": refs[ref]}
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    return walk(document)


#: Methods pygeoapi documents (OPTIONS, and the transactions of OGC API - Features Part 4) that the service
#: does not route: its only write is POST /articles.
_OTHER_METHODS = frozenset({"put", "post", "delete", "options", "patch", "trace"})


def _served(path: str) -> bool:
    """Whether ``path`` (an OpenAPI path, possibly templated) is one the service routes."""
    parts = path.strip("/").split("/") if path != "/" else []
    for served in SERVED_PATHS:
        pattern = served.strip("/").split("/") if served != "/" else []
        if len(parts) == len(pattern) and all(
                want.startswith("{") or want == got for want, got in zip(pattern, parts)):
            return True
    return False


def service_openapi(config: dict[str, Any], settings: ServiceSettings) -> dict[str, Any]:
    """The OpenAPI document for pygeoapi configuration ``config`` and the service's limits."""
    from pygeoapi.openapi import get_oas

    document = get_oas(config)
    # pygeoapi documents every endpoint it could have (processes' /jobs, each collection's /schema);
    # the document lists only what this service routes
    document["paths"] = {path: {key: value for key, value in item.items() if key not in _OTHER_METHODS}
                         for path, item in document.get("paths", {}).items() if _served(path)}
    _describe_what_is_served(document)
    # pygeoapi documents /conformance with the landing page's response (which needs links); it is a declaration
    conformance = document["paths"].get("/conformance", {}).get("get", {}).get("responses", {})
    if "200" in conformance:
        conformance["200"] = {"$ref": "#/components/responses/ogc-ConformanceDeclaration"}
    # OpenAPI 3.0 has no type lists: keep the article's id a plain string.
    article = {**_ARTICLE, "properties": {**_ARTICLE["properties"], "id": {"type": "string"}}}
    document.setdefault("components", {}).setdefault("securitySchemes", {})["bearerToken"] = {
        "type": "http", "scheme": "bearer",
        "description": "The token of GEO_SERVE_TOKEN or --token-file; none configured means ingest is off."}
    document["paths"]["/articles"] = {"post": {
        "summary": "Ingest articles",
        "description": (f"One article object or a list of at most {settings.max_batch}; at most "
                        f"{settings.max_body_bytes:,} bytes. New articles are parsed and merged with every "
                        "article taken before, by the rules of `geo run`; an id taken before changes nothing."),
        "operationId": "postArticles",
        "tags": ["ingest"],
        "security": [{"bearerToken": []}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "oneOf": [article, {"type": "array", "items": article, "minItems": 1,
                                "maxItems": settings.max_batch}]}}}},
        "responses": {
            "201": {"description": "Articles taken", "content": {"application/json": {"schema": {
                "type": "object", "properties": {
                    "added": {"type": "array", "items": {"type": "string"}},
                    "unchanged": {"type": "array", "items": {"type": "string"}},
                    "incidents": {"type": "integer"}}}}}},
            "200": {"description": "Every article was taken before: nothing changed"},
            "400": _error("Bad JSON or a bad field (the message names it)"),
            "401": _error("Missing or wrong bearer token"),
            "403": _error("Ingest is off (no token configured)"),
            "409": _error("The data folder holds `geo run` outputs without per-article events"),
            "413": _error("Body or batch too large"),
            "415": _error("Body is not application/json"),
            "429": _error("Too many posts from this address in the last minute (see Retry-After)"),
            "503": _error("A `geo run` is writing into the data folder"),
        },
    }}
    document["paths"]["/map.html"] = {"get": {
        "summary": "The incident map of the current data",
        "description": "The self-contained offline page `geo run` writes, re-rendered after each ingest.",
        "operationId": "getMap", "tags": ["map"],
        "responses": {"200": {"description": "The map", "content": {"text/html": {"schema": {"type": "string"}}}},
                      "404": _error("No map in the data folder")}}}
    return localise_refs(document)


#: The coordinate reference systems pygeoapi accepts for ``crs`` and ``bbox-crs`` (its default list; the
#: collections configure no other).
SUPPORTED_CRS = ["http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84h"]


def _describe_what_is_served(document: dict[str, Any]) -> None:
    """Narrow pygeoapi's generic parameters to what this service accepts (found by fuzzing the document).

    ``f``: JSON only (pygeoapi's HTML pages load scripts from the network,
    and its JSON-LD of an empty page is not JSON: both are answered as JSON);
    ``crs``/``bbox-crs``: only the supported CRS (any other URI is a 400);
    ``bbox``: four numbers (the layers are 2D; six is a 400); ``sortby`` is
    not offered (the stores keep one stable order; it is a 400); queryables
    are ``application/schema+json``.
    """
    parameters = document.get("components", {}).get("parameters", {})
    if "f" in parameters:
        parameters["f"]["schema"] = {"type": "string", "enum": ["json", "html"], "default": "json"}
        parameters["f"]["description"] = ("The output format: JSON (GeoJSON for features). 'html' answers JSON too: "
                                          "the service's HTML page is the map, at / and /map.html.")
    for name in ("crs", "bbox-crs"):
        if name in parameters:
            parameters[name]["schema"] = {"type": "string", "format": "uri", "enum": list(SUPPORTED_CRS)}
    if "bbox" in parameters:
        parameters["bbox"]["schema"] = {**parameters["bbox"]["schema"], "minItems": 4, "maxItems": 4}
        parameters["bbox"]["description"] = ("Only features whose bounding box meets this box are selected: "
                                             "minx,miny,maxx,maxy in WGS 84 longitude/latitude.")
    queryables = document.get("components", {}).get("responses", {}).get("Queryables", {}).get("content", {})
    if "application/json" in queryables:  # pygeoapi answers application/schema+json, as OGC API Features Part 3 says
        queryables.pop("application/json")
        # ... a JSON Schema of the properties (Part 3), not the list of pre-Part 3 drafts pygeoapi documents
        queryables["application/schema+json"] = {"schema": {
            "type": "object", "required": ["type", "properties"],
            "properties": {"type": {"type": "string", "enum": ["object"]}, "title": {"type": "string"},
                           "properties": {"type": "object"}, "$schema": {"type": "string"},
                           "$id": {"type": "string"}}}}
    for item in document.get("paths", {}).values():
        operation = item.get("get")
        if operation and "parameters" in operation:
            operation["parameters"] = [p for p in operation["parameters"]
                                       if not (isinstance(p.get("$ref"), str) and p["$ref"].endswith("/sortby.yaml"))]
