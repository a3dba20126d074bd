"""JSON for the page: safe to place inside ``<script>`` and plain-data only."""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import Any

import numpy as np

__all__ = ["safe_json", "plain_value"]

# `<`, `>` and `&` cannot open or close tags or entities once escaped, so
# `</script>` in the data cannot end the script; U+2028/2029 are line
# terminators in older JavaScript parsers.
_ESCAPES = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)
# folium/branca re-read a rendered element's HTML as a Jinja template, so data must never carry
# "{{", "{%" or "{#" (a template tag: at best a failed render, at worst code run at render time).
# JSON's own braces are always followed by '"' or '}', so such a "{" is inside a string and its
# \u007b escape reads back the same.
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")


def safe_json(obj: Any) -> str:
    """Serialise ``obj`` as compact JSON that is safe inside an HTML ``<script>``.

    Examples
    --------
    >>> safe_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> safe_json({"t": "{{ 7*7 }} {% x %} {# y"})
    '{"t":"\\\\u007b{ 7*7 }} \\\\u007b% x %} \\\\u007b# y"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _TEMPLATE_OPEN.sub(r"\\u007b", text.translate(_ESCAPES))


def plain_value(value: Any) -> Any:
    """Turn a table cell (numpy, pandas, datetime, bytes…) into a JSON value.

    Missing values and non-finite floats become ``None``; anything without a
    natural JSON form becomes its ``str``.
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, (list, dict)) and pd.isna(value)):
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat()
    except (TypeError, ValueError):
        pass
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain_value(v) for k, v in value.items()}
    return str(value)
