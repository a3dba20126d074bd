"""The settings of ``geo serve`` and the pygeoapi configuration built from them.

:class:`ServiceSettings` is what the command line (or a test) chooses;
:func:`pygeoapi_config` turns a data folder into the configuration
pygeoapi's :class:`pygeoapi.api.API` reads (one collection per
:data:`geo.service.store.COLLECTIONS` entry, served by
:class:`geo.service.provider.GeoPackageProvider`). Both are plain data: no
file is read here but the GeoPackage's extents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.exceptions import ConfigurationError
from geo.exports.attribution import ATTRIBUTION
from geo.options import RunOptions
from geo.service.provider import PROVIDER_NAME, register_store
from geo.service.store import COLLECTIONS, FeatureStore, GeoPackageStore

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "STORE_NAME", "ServiceSettings", "pygeoapi_config"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: The store inside the data folder (what ``geo run`` writes).
STORE_NAME = "incidents.gpkg"
#: The area every collection covers when its own extent is unknown (an empty layer).
REGION_BBOX = [67.3, 36.6, 80.3, 43.3]


@dataclass(frozen=True, kw_only=True)
class ServiceSettings:
    """What ``geo serve`` serves, where, and the limits of ingest.

    Attributes
    ----------
    data_dir : Path
        The folder ``geo run`` writes (``incidents.gpkg``, ``map.html``…);
        ingest rewrites it.
    host, port : str, int
        Where to listen (loopback by default).
    base_url : str, optional
        The URL clients reach the service at (links in responses); default
        ``http://HOST:PORT``.
    token : str, optional
        The bearer token ``POST /articles`` needs; ``None`` turns ingest off.
    max_body_bytes : int
        Larger request bodies get 413.
    max_batch : int
        More articles in one request get 413.
    max_posts_per_minute : int
        More ``POST /articles`` requests than this from one client address
        in the last 60 seconds get 429 with ``Retry-After``.
    default_limit, max_limit : int
        Items per page when no ``limit`` is given, and the most a page holds.
    run_options : RunOptions
        Merge distances, border zone and output formats of the rewrites
        (``out_dir`` is ``data_dir``).
    database : str, optional
        ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME``: serve from, and
        ingest into, PostgreSQL with PostGIS (:mod:`geo.service.postgis`);
        ``None`` serves the data folder's GeoPackage.
    """

    data_dir: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    base_url: str | None = None
    token: str | None = field(default=None, repr=False)
    max_body_bytes: int = 5_000_000
    max_batch: int = 100
    max_posts_per_minute: int = 60
    default_limit: int = 10
    max_limit: int = 1000
    run_options: RunOptions | None = None
    database: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir))
        for name in ("port",):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 65535:
                raise ConfigurationError(f"{name} must be a port number 0-65535, got {value!r}")
        for name in ("max_body_bytes", "max_batch", "max_posts_per_minute", "default_limit", "max_limit"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"{name} must be a positive whole number, got {value!r}")
        if self.default_limit > self.max_limit:
            raise ConfigurationError(f"default_limit {self.default_limit} is above max_limit {self.max_limit}")
        options = self.run_options or RunOptions(inputs=())
        object.__setattr__(self, "run_options", RunOptions(
            inputs=(), out_dir=self.data_dir, formats=options.formats, zone_width_km=options.zone_width_km,
            merge_km=options.merge_km))
        if self.database is not None:
            from geo.service.postgis import check_database_url

            check_database_url(self.database)
            if "gpkg" not in self.run_options.output_formats:
                raise ConfigurationError("--database needs the gpkg output: the database is filled from it")

    @property
    def url(self) -> str:
        """The base URL of the service (no trailing slash)."""
        if self.base_url:
            return self.base_url.rstrip("/")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def store_path(self) -> Path:
        """The GeoPackage served."""
        return self.data_dir / STORE_NAME


def pygeoapi_config(settings: ServiceSettings, store: FeatureStore | None = None) -> dict[str, Any]:
    """pygeoapi's configuration for the collections of ``store`` (default: the data folder's GeoPackage).

    Collections have no temporal extent in the configuration: pygeoapi
    answers a ``datetime`` outside a configured extent with 400, where the
    standard asks for an empty page (the incident dates are in the items).
    """
    if store is None:
        store = GeoPackageStore(settings.store_path)
        data = str(settings.store_path)
    else:
        data = register_store(store)
    resources: dict[str, Any] = {}
    for name, collection in COLLECTIONS.items():
        provider = {"type": "feature", "name": PROVIDER_NAME, "data": data, "table": name,
                    "id_field": collection.id_column if collection.id_column != "fid" else "fid"}
        if collection.start_column:
            provider["time_field"] = collection.start_column
        resources[name] = {
            "type": "collection",
            "title": collection.title,
            "description": collection.description,
            "keywords": ["Kyrgyzstan", "Tajikistan", "border", name],
            "links": [],
            "extents": {"spatial": {"bbox": store.extent(name) or REGION_BBOX,
                                    "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
            "providers": [provider],
        }
    return {
        "server": {
            "bind": {"host": settings.host, "port": settings.port},
            "url": settings.url,
            "mimetype": "application/json; charset=UTF-8",
            "encoding": "utf-8",
            "gzip": False,
            "languages": ["en-US"],
            "cors": False,
            "pretty_print": False,
            "limits": {"default_items": settings.default_limit, "max_items": settings.max_limit,
                       "on_exceed": "throttle"},
            "map": {"url": "", "attribution": ""},
        },
        "logging": {"level": "CRITICAL"},
        "metadata": {
            "identification": {
                "title": "geo: incidents on the Kyrgyz-Tajik border",
                "description": "Incidents geoparsed from news reporting, their place mentions, the border "
                               "line and admin-1 units, as OGC API - Features. " + ATTRIBUTION,
                "keywords": ["incidents", "Kyrgyzstan", "Tajikistan", "border", "ACLED"],
                "keywords_type": "theme",
                "terms_of_service": "",
                "url": settings.url,
            },
            "license": {"name": "See ATTRIBUTION.txt", "url": f"{settings.url}/map.html"},
            "provider": {"name": "geo", "url": settings.url},
            "contact": {"name": "geo", "position": "", "address": "", "city": "", "stateorprovince": "",
                        "postalcode": "", "country": "", "phone": "", "fax": "", "email": "", "url": "",
                        "hours": "", "instructions": "", "role": "pointOfContact"},
        },
        "resources": resources,
    }
