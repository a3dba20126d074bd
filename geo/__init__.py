"""geo: offline geoparsing of Kyrgyz-Tajik border reporting into incidents and maps.

The data flow, one sub-package per stage::

    articles/  -> geoparse/ -> incidents/ -> exports/, mapping/
                     |             |
                gazetteer/      border/

"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
