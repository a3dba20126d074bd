"""The OpenAPI 3.0 document of the service: pygeoapi's, plus ingest and the map.

pygeoapi generates the OGC API – Features part from its configuration
(:func:`pygeoapi.openapi.get_oas`); :func:`service_openapi` adds
``POST /articles`` (with its bearer-token security scheme and error
answers) and ``/map.html``.
"""

from __future__ import annotations

from typing import Any

from geo.service.config import ServiceSettings

__all__ = ["service_openapi"]

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
    document["paths"] = {path: item for path, item in document.get("paths", {}).items() if _served(path)}
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
    return document
