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
    "ServiceError",
    "RequestError",
    "IngestDisabledError",
    "StoreBusyError",
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

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled by its arguments (a Dask worker that reads the files sends its errors back).
        return _article_error, (type(self), self.path, self.reason, self.line)


def _article_error(cls: type[ArticleError], path: str, reason: str, line: int | None) -> ArticleError:
    return cls(path, reason, line=line)


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


class ServiceError(GeoError, RuntimeError):
    """``geo serve`` cannot start: no store in the data folder, a bad journal, a bad token file."""


class RequestError(GeoError, ValueError):
    """A request to the service is malformed or too big; the message names the problem.

    Parameters
    ----------
    message : str
        What was wrong and what was expected.
    status : int
        The HTTP status to answer with (400 bad value, 413 too large).
    """

    def __init__(self, message: str, *, status: int = 400) -> None:
        self.status = status
        super().__init__(message)


class IngestDisabledError(GeoError, PermissionError):
    """Ingest was asked for but the service has no token configured (or cannot keep ingested articles)."""


class StoreBusyError(GeoError, BlockingIOError):
    """Another process (a ``geo run``) is writing into the service's data folder."""
