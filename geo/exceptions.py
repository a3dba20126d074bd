"""Every exception the ``geo`` package raises on purpose.

Each class also inherits the builtin that best describes it, so callers can
catch either the ``geo`` class or the builtin (the geopy ``exc.py`` habit).
Messages name the input (file, value) and what was expected.
"""

from __future__ import annotations

__all__ = [
    "GeoError",
    "ConfigurationError",
    "DataError",
    "BorderDataError",
    "GazetteerError",
    "GeocodeQueryError",
    "NoMatchError",
    "ArticleError",
    "ExportError", "NoInputError",
    "OverlayError",
    "MapRenderError",
    "MapInputError",
]


class GeoError(Exception):
    """Base class of every error raised by ``geo``."""


class ConfigurationError(GeoError, ValueError):
    """An option or argument has a value that is not allowed."""


class DataError(GeoError, RuntimeError):
    """A packaged or derived data file is missing, stale or malformed."""


class BorderDataError(DataError):
    """The border layer cannot be built or loaded."""


class GazetteerError(DataError):
    """The gazetteer index cannot be built or loaded."""


class GeocodeQueryError(GeoError, ValueError):
    """A geocoding query is empty, too long, or has a bad filter value."""


class NoMatchError(GeoError, LookupError):
    """A geocoding query matched no place in the gazetteer."""


class ArticleError(GeoError, ValueError):
    """An input article file (or one line of it) cannot be read.

    Parameters
    ----------
    path : str
        The file that failed.
    reason : str
        What was wrong and what was expected.
    line : int, optional
        1-based line number for line-oriented formats (JSON lines, CSV).
    """

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class ExportError(GeoError, OSError):
    """An output file cannot be written."""


class NoInputError(GeoError, ValueError):
    """A run read no article: the previous outputs are kept, not replaced by empty ones."""


class OverlayError(GeoError, ValueError):
    """An analyst's overlay layer cannot be read or drawn."""


class MapRenderError(GeoError, RuntimeError):
    """The HTML map or its screenshot cannot be produced."""


class MapInputError(GeoError, ValueError):
    """The incidents given to the map are not a GeoJSON FeatureCollection of Points."""
