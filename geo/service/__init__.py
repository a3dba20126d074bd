"""``geo serve``: the incidents as OGC API – Features, live ingest and the map, over HTTP.

Built on pygeoapi (the OGC reference implementation in Python) with a
provider that reads the GeoPackage ``geo run`` writes
(:mod:`geo.service.provider`, :mod:`geo.service.store`), Starlette and
uvicorn. Modules: :mod:`~geo.service.config` (settings, pygeoapi's
configuration), :mod:`~geo.service.app` (routes), :mod:`~geo.service.ingest`
(``POST /articles``), :mod:`~geo.service.auth` (the token),
:mod:`~geo.service.openapi`, :mod:`~geo.service.server` (uvicorn).
See docs/SERVICE.md.
"""

from __future__ import annotations

from geo.service.config import ServiceSettings

__all__ = ["ServiceSettings", "create_app", "running", "serve"]


def __getattr__(name: str):  # the web stack is imported only when used
    if name == "create_app":
        from geo.service.app import create_app

        return create_app
    if name in ("serve", "running"):
        from geo.service import server

        return getattr(server, name)
    raise AttributeError(name)
