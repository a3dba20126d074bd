"""Candidate generation: every place a name may stand for, with how it matched."""

from __future__ import annotations

from geo.gazetteer.index import Gazetteer
from geo.gazetteer.model import Place
from geo.gazetteer.normalize import name_key

__all__ = ["candidates_for_key", "candidates_for_name"]


def candidates_for_key(gazetteer: Gazetteer, key: str) -> list[tuple[Place, str]]:
    """Places whose name (in ``name_key`` form) is ``key``, tagged primary or variant."""
    return [
        (place, "primary" if name_key(place.name) == key else "variant")
        for place in gazetteer.places_by_key(key)
    ]


def candidates_for_name(gazetteer: Gazetteer, name: str) -> list[tuple[Place, str]]:
    """Exact-key candidates, else spelling-tolerant ones tagged ``loose``."""
    found = candidates_for_key(gazetteer, name_key(name))
    if found:
        return found
    return [(place, "loose") for place in gazetteer.places_by_name(name, loose=True)]
