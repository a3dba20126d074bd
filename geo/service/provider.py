"""A pygeoapi feature provider over the service's store: the GeoPackage or PostGIS.

pygeoapi's own SQLite/GeoPackage provider needs SpatiaLite loaded into
Python's :mod:`sqlite3` (``enable_load_extension`` and ``mod_spatialite``),
which the Python and Debian packages here do not have; its PostgreSQL
provider is built on SQLAlchemy with psycopg 2 (the driver name is fixed in
its code) and filters ``datetime`` on one time column, where incidents are
kept by the overlap of their window ``date_start``..``date_end``. So this
provider answers ``query`` and ``get`` from a
:class:`~geo.service.store.FeatureStore` (:class:`~geo.service.store.GeoPackageStore`
read with plain SQLite, or :class:`~geo.service.postgis.PostgisStore`),
which give the same answers. It is registered in pygeoapi's configuration
by its dotted name (:data:`PROVIDER_NAME`), pygeoapi's documented way to
plug in a provider; pygeoapi does the protocol (paging links, OpenAPI,
conformance).

pygeoapi makes a provider per request from the configuration, whose
``data`` is the GeoPackage's path or the key of a store registered with
:func:`register_store` (a database store keeps its connection pool, and its
URL, with its password, stays out of the configuration).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pygeoapi.provider.base import (BaseProvider, ProviderConnectionError, ProviderInvalidQueryError,
                                    ProviderItemNotFoundError)

from geo.exceptions import RequestError, ServiceError
from geo.service.store import FeatureStore, GeoPackageStore

__all__ = ["PROVIDER_NAME", "GeoPackageProvider", "StoreProvider", "register_store"]

#: The name pygeoapi's configuration gives to load :class:`StoreProvider`.
PROVIDER_NAME = "geo.service.provider.StoreProvider"
#: Stores by the key the configuration's ``data`` names them with.
_STORES: dict[str, FeatureStore] = {}


def register_store(store: FeatureStore) -> str:
    """The key under which providers find ``store`` (their configuration's ``data``)."""
    key = f"geo-store:{id(store):x}"
    _STORES[key] = store
    return key

_JSON_TYPES = {"INTEGER": "integer", "REAL": "number", "BOOLEAN": "boolean", "DATE": "string",
               "DATETIME": "string", "TEXT": "string"}


class StoreProvider(BaseProvider):
    """pygeoapi feature provider for one layer of the service's store.

    Parameters
    ----------
    provider_def : dict
        pygeoapi's provider definition: ``data`` is the GeoPackage path or a
        key of :func:`register_store` (set by
        :func:`geo.service.config.pygeoapi_config`, never by a request) and
        ``table`` the layer.
    """

    def __init__(self, provider_def: dict[str, Any]) -> None:
        super().__init__(provider_def)
        self.table: str = provider_def["table"]
        self.store: FeatureStore = _STORES.get(self.data) or GeoPackageStore(Path(self.data))
        self.get_fields()

    def get_fields(self) -> dict[str, dict[str, str]]:
        """Every attribute column with its JSON Schema type (``format: date`` for dates)."""
        if not self._fields:
            try:
                columns = self.store.columns(self.table)
            except ServiceError as error:
                raise ProviderConnectionError(str(error), user_msg=str(error)) from error
            for name, sql_type in columns.items():
                field = {"type": _JSON_TYPES.get(sql_type, "string")}
                if sql_type == "DATE":
                    field["format"] = "date"
                self._fields[name] = field
        return self._fields

    def query(self, offset: int = 0, limit: int = 10, resulttype: str = "results", bbox: list | None = None,
              datetime_: str | None = None, properties: list | None = None, sortby: list | None = None,
              select_properties: list | None = None, skip_geometry: bool = False, q: str | None = None,
              **kwargs: Any) -> dict[str, Any]:
        """A FeatureCollection page with ``numberMatched`` and ``numberReturned`` (pygeoapi adds the links)."""
        if sortby:
            raise ProviderInvalidQueryError(user_msg="sortby is not supported; features come in a stable order")
        try:
            page = self.store.query(self.table, bbox=bbox or None, datetime=datetime_,
                                    filters=dict(properties or []),
                                    offset=offset, limit=0 if resulttype == "hits" else limit,
                                    skip_geometry=skip_geometry)
        except RequestError as error:
            raise ProviderInvalidQueryError(str(error), user_msg=str(error)) from error
        except ServiceError as error:
            raise ProviderConnectionError(str(error), user_msg=str(error)) from error
        features = page.features
        if select_properties:
            keep = set(select_properties)
            for feature in features:
                feature["properties"] = {k: v for k, v in feature["properties"].items() if k in keep}
        return {"type": "FeatureCollection", "features": features, "numberMatched": page.matched,
                "numberReturned": len(features)}

    def get(self, identifier: str, **kwargs: Any) -> dict[str, Any]:
        """The feature ``identifier``; 404 when there is none."""
        try:
            feature = self.store.get(self.table, str(identifier))
        except ServiceError as error:
            raise ProviderConnectionError(str(error), user_msg=str(error)) from error
        if feature is None:
            raise ProviderItemNotFoundError(user_msg=f"no feature {identifier!r} in {self.table!r}")
        return feature

    def __repr__(self) -> str:
        return f"<StoreProvider> {self.data}:{self.table}"


#: The name this provider had while it read only the GeoPackage.
GeoPackageProvider = StoreProvider
