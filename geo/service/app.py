"""The web application of ``geo serve``: OGC API – Features by pygeoapi, ingest, the map.

Routes (docs/SERVICE.md):

- ``/`` — the incident map for browsers (``Accept: text/html``, ``?f=html``),
  else the landing page as JSON (API clients);
- ``/map.html`` — the incident map of the current data (what ``geo run`` writes);
- ``/conformance``, ``/openapi``, ``/collections``, ``/collections/{id}``,
  ``/collections/{id}/queryables``, ``/collections/{id}/items``,
  ``/collections/{id}/items/{item}`` — pygeoapi's handlers (JSON and
  GeoJSON only: pygeoapi's HTML pages load scripts from the network, which
  this project never does);
- ``POST /articles`` — ingest (:mod:`geo.service.ingest`), bearer token.

No request value names a file: the store and the map are fixed paths in
the data folder chosen at start-up.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from geo.exceptions import GeoError, IngestDisabledError, RequestError, ServiceError, StoreBusyError
from geo.service.auth import TOKEN_ENV, token_matches
from geo.service.config import ServiceSettings, pygeoapi_config
from geo.service.ingest import Ingestor, articles_from_payload
from geo.service.openapi import service_openapi

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["MAP_CSP", "SECURITY_HEADERS", "GeoService", "create_app", "make_ingestor"]

#: Headers on every response.
SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
#: The map page keeps its no-network guarantee in the browser too: it may load nothing from anywhere.
MAP_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
           "font-src data:; worker-src blob:; connect-src data: blob:; base-uri 'none'; form-action 'none'; "
           "frame-ancestors 'none'")
#: API responses are data: nothing in them may run.
API_CSP = "default-src 'none'; frame-ancestors 'none'"


class GeoService:
    """The state behind the routes: settings, the store, the pygeoapi API object and the ingestor.

    Parameters
    ----------
    settings : ServiceSettings
        Data folder, database, address, token and limits.
    ingestor : Ingestor, optional
        Injected for tests (a tiny gazetteer); default one over the data
        folder (and the database, with ``settings.database``).
    """

    def __init__(self, settings: ServiceSettings, *, ingestor: Ingestor | None = None) -> None:
        self.settings = settings
        self._api_lock = threading.Lock()
        self._api: Any = None
        self.ingestor = ingestor or make_ingestor(settings)
        self.store = self.ingestor.store
        self.ingestor._on_publish = self.reload
        if settings.token is not None or settings.database is not None or self.ingestor.journal.exists():
            self.ingestor.start()
        if not self.store.exists():
            raise ServiceError(f"no {settings.store_path.name} in {settings.data_dir}; run "
                               f"`geo run --out {settings.data_dir}` first, or start with a token to ingest "
                               "into an empty folder")
        self.reload()

    @property
    def api(self) -> Any:
        """pygeoapi's :class:`pygeoapi.api.API` for the current store."""
        if self._api is None:
            self.reload()
        return self._api

    def reload(self) -> None:
        """Rebuild pygeoapi's configuration and OpenAPI document (extents change with ingest)."""
        from pygeoapi.api import API

        refresh = getattr(self.store, "refresh", None)
        if refresh is not None:
            refresh()
        config = pygeoapi_config(self.settings, None if self.settings.database is None else self.store)
        api = API(config, service_openapi(config, self.settings))
        with self._api_lock:
            self._api = api


def make_ingestor(settings: ServiceSettings, *, geoparser: Geoparser | None = None) -> Ingestor:
    """The ingestor of ``settings``: the data folder's GeoPackage and journal, or the database's.

    Raises
    ------
    ServiceError
        The database cannot be reached or cannot have PostGIS.
    """
    if settings.database is None:
        return Ingestor(options=settings.run_options, geoparser=geoparser)
    from geo.service.postgis import PostgisStore, PostgresJournal

    return Ingestor(options=settings.run_options, geoparser=geoparser, store=PostgisStore(settings.database),
                    journal=PostgresJournal(settings.database))


def _negotiates_json(request: Request) -> bool:
    """Whether ``/`` is asked for the JSON landing page rather than the map.

    The map only when asked for HTML (``?f=html``, or an ``Accept`` naming
    ``text/html`` before any JSON type, as browsers send): API clients that
    send no ``Accept`` or ``*/*`` (OWSLib, curl) get the landing page.
    """
    f = request.query_params.get("f")
    if f is not None:
        return f.lower() != "html"
    accept = request.headers.get("accept", "").lower()
    html, json_ = accept.find("text/html"), accept.find("json")
    return html < 0 or (0 <= json_ < html)


def _without_lone_bbox_crs(request: Request) -> Request:
    """``request`` without a ``bbox-crs`` that comes without a ``bbox``: it qualifies nothing.

    pygeoapi answers it with 400; the OpenAPI document cannot say that one
    parameter needs another, and the CRS of a box that is not there changes no answer.
    """
    params = request.query_params
    if "bbox-crs" not in params or "bbox" in params:
        return request
    from urllib.parse import urlencode

    kept = [(key, value) for key, value in params.multi_items() if key != "bbox-crs"]
    scope = {**request.scope, "query_string": urlencode(kept).encode("latin-1")}
    return Request(scope, request.receive)


def _error(status: int, code: str, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"code": code, "description": description}, status_code=status, headers=headers)


def create_app(settings: ServiceSettings, *, ingestor: Ingestor | None = None) -> Starlette:
    """The ASGI application of ``geo serve`` (run it with uvicorn: :func:`geo.service.server.serve`).

    Raises
    ------
    ServiceError
        No store in the data folder (and no token to start an empty one), or a bad journal.
    """
    import pygeoapi.api as core_api
    import pygeoapi.api.itemtypes as items_api
    from pygeoapi.api import APIRequest

    service = GeoService(settings, ingestor=ingestor)

    async def call(handler: Callable[..., tuple[dict, int, Any]], request: Request, *args: str,
                   geojson: bool = False) -> Response:
        api = service.api
        api_request = await APIRequest.from_starlette(request, api.locales)
        if api_request.format in (None, "html", "jsonld"):  # pygeoapi's HTML needs the network; its JSON-LD
            api_request._format = "json"                      # of an empty page is not valid JSON
        if not api_request.is_valid():
            headers, status, content = api.get_format_exception(api_request)
        else:
            headers, status, content = await run_in_threadpool(handler, api, api_request, *args)
        if isinstance(content, (dict, list)):
            content = json.dumps(content, ensure_ascii=False)
        response = Response(content, status_code=int(status))
        response.headers.update({k: v for k, v in headers.items() if k.lower() != "content-length"})
        if geojson and int(status) == 200 and api_request.format == "json":
            response.headers["content-type"] = "application/geo+json"
        return response

    async def landing_or_map(request: Request) -> Response:
        if _negotiates_json(request):
            return await call(core_api.landing_page, request)
        return await map_page(request)

    async def map_page(request: Request) -> Response:
        path = settings.data_dir / "map.html"
        try:
            body = await run_in_threadpool(path.read_bytes)
        except FileNotFoundError:
            return _error(404, "NotFound", f"no map.html in the data folder; run `geo run --out {settings.data_dir}`")
        return Response(body, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": MAP_CSP})

    async def openapi(request: Request) -> Response:
        return await call(core_api.openapi_, request)

    async def conformance(request: Request) -> Response:
        return await call(core_api.conformance, request)

    async def collections(request: Request) -> Response:
        return await call(core_api.describe_collections, request, *request.path_params.values())

    async def queryables(request: Request) -> Response:
        return await call(items_api.get_collection_queryables, request, request.path_params["collection"])

    async def items(request: Request) -> Response:
        return await call(items_api.get_collection_items, _without_lone_bbox_crs(request),
                          request.path_params["collection"], geojson=True)

    async def item(request: Request) -> Response:
        return await call(items_api.get_collection_item, request, request.path_params["collection"],
                          request.path_params["item"], geojson=True)

    recent_posts: dict[str, deque[float]] = {}

    def over_rate(client: str) -> float | None:
        """Seconds to wait when ``client`` has used its posts of the last minute, else ``None``."""
        now = time.monotonic()
        window = recent_posts.setdefault(client, deque())
        while window and now - window[0] >= 60.0:
            window.popleft()
        if len(window) >= settings.max_posts_per_minute:
            return 60.0 - (now - window[0])
        window.append(now)
        return None

    async def articles(request: Request) -> Response:
        if settings.token is None:
            return _error(403, "IngestOff", f"ingest is off: start geo serve with ${TOKEN_ENV} or --token-file "
                                            "to take articles")
        if not token_matches(request.headers.get("authorization"), settings.token):
            return _error(401, "Unauthorized", "POST /articles needs the header 'Authorization: Bearer <token>' "
                                               "with the service's token", headers={"WWW-Authenticate": "Bearer"})
        wait = over_rate(request.client.host if request.client else "unknown")
        if wait is not None:
            return _error(429, "TooManyRequests",
                          f"more than {settings.max_posts_per_minute} POST /articles a minute from this address; "
                          f"retry in {math.ceil(wait)} s", headers={"Retry-After": str(math.ceil(wait))})
        try:
            payload = await _read_json(request, limit=settings.max_body_bytes)
            records = articles_from_payload(payload, max_batch=settings.max_batch)
            report = await run_in_threadpool(service.ingestor.ingest, records)
        except RequestError as error:
            return _error(error.status, "InvalidParameterValue" if error.status == 400 else "TooLarge", str(error))
        except IngestDisabledError as error:
            return _error(409, "Conflict", str(error))
        except StoreBusyError as error:
            return _error(503, "Busy", str(error), headers={"Retry-After": "5"})
        except GeoError as error:
            return _error(500, "ServerError", str(error))
        status = HTTPStatus.CREATED if report.added else HTTPStatus.OK
        return JSONResponse(report.to_dict(), status_code=int(status))

    routes = [
        Route("/", landing_or_map, methods=["GET", "HEAD"]),
        Route("/map.html", map_page, methods=["GET", "HEAD"]),
        Route("/openapi", openapi, methods=["GET", "HEAD"]),
        Route("/conformance", conformance, methods=["GET", "HEAD"]),
        Route("/collections", collections, methods=["GET", "HEAD"]),
        Route("/collections/{collection}", collections, methods=["GET", "HEAD"]),
        Route("/collections/{collection}/queryables", queryables, methods=["GET", "HEAD"]),
        Route("/collections/{collection}/items", items, methods=["GET", "HEAD"]),
        Route("/collections/{collection}/items/{item}", item, methods=["GET", "HEAD"]),
        Route("/articles", articles, methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.service = service
    return SecurityHeaders(app)


async def _read_json(request: Request, *, limit: int) -> object:
    """The request body decoded as JSON, read no further than ``limit`` bytes."""
    kind = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if kind != "application/json":
        raise RequestError(f"the request body is {kind!r}; expected application/json", status=415)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestError(f"the request body is {int(declared):,} bytes; at most {limit:,} are taken", status=413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise RequestError(f"the request body is over {limit:,} bytes; at most {limit:,} are taken", status=413)
    try:
        text = bytes(body).decode("utf-8")
    except UnicodeDecodeError as error:
        raise RequestError(f"the request body is not UTF-8 (byte {error.start}); expected JSON text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RequestError(f"malformed JSON ({error.msg}, line {error.lineno} column {error.colno}); expected "
                           "an article object or a list of them") from None
    except (RecursionError, ValueError) as error:
        raise RequestError(f"the JSON holds a value the decoder refuses ({str(error)[:80]})") from None


class SecurityHeaders:
    """ASGI middleware: :data:`SECURITY_HEADERS` on every response, and a CSP on those without one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in names:
                        headers.append((name.lower().encode(), value.encode()))
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", API_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)

