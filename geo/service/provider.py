"""A pygeoapi feature provider over :class:`~geo.service.store.GeoPackageStore`.

pygeoapi's own SQLite/GeoPackage provider needs SpatiaLite loaded into
Python's :mod:`sqlite3` (``enable_load_extension`` and ``mod_spatialite``),
which the Python and Debian packages here do not have; this provider reads
the same file with plain SQLite (the GeoPackage R*-tree for ``bbox``) and
is registered in pygeoapi's configuration by its dotted name
(:data:`PROVIDER_NAME`), pygeoapi's documented way to plug in a provider.
pygeoapi does the protocol (paging links, OpenAPI, conformance); this class
answers ``query`` and ``get``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pygeoapi.provider.base import (BaseProvider, ProviderConnectionError, ProviderInvalidQueryError,
                                    ProviderItemNotFoundError)

from geo.exceptions import RequestError, ServiceError
from geo.service.store import GeoPackageStore

__all__ = ["PROVIDER_NAME", "GeoPackageProvider"]

#: The name pygeoapi's configuration gives to load :class:`GeoPackageProvider`.
PROVIDER_NAME = "geo.service.provider.GeoPackageProvider"

_JSON_TYPES = {"INTEGER": "integer", "REAL": "number", "BOOLEAN": "boolean", "DATE": "string",
               "DATETIME": "string", "TEXT": "string"}


class GeoPackageProvider(BaseProvider):
    """pygeoapi feature provider for one layer of the ``geo run`` GeoPackage.

    Parameters
    ----------
    provider_def : dict
        pygeoapi's provider definition: ``data`` is the GeoPackage path (set by
        :func:`geo.service.config.pygeoapi_config`, never by a request) and
        ``table`` the layer.
    """

    def __init__(self, provider_def: dict[str, Any]) -> None:
        super().__init__(provider_def)
        self.table: str = provider_def["table"]
        self.store = GeoPackageStore(Path(self.data))
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
        return f"<GeoPackageProvider> {self.data}:{self.table}"
