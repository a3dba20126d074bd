"""Offline gazetteer: GeoNames places, countries, admin-1 units and curated border places."""

from geo.gazetteer.index import Gazetteer, build_index
from geo.gazetteer.model import Place, PlaceRecord
from geo.gazetteer.normalize import loose_key, name_key
from geo.gazetteer.store import build_gazetteer, default_gazetteer

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceRecord",
    "build_gazetteer",
    "build_index",
    "default_gazetteer",
    "loose_key",
    "name_key",
]
