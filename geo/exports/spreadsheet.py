"""Spreadsheet-safe CSV cells (OWASP CSV injection guidance).

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is read by Excel, LibreOffice and Google Sheets as a formula; a title
such as ``=HYPERLINK("http://evil", "click")`` would be live. Such cells get a
leading apostrophe (``'=HYPERLINK(...``), which spreadsheets show as text and
which is easy to strip for machine use. Numbers are written as numbers (a
negative longitude stays ``-1.5``). Documented in docs/SCHEMA.md.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["FORMULA_PREFIXES", "neutralise", "csv_text"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` made safe for a spreadsheet cell; numbers and empty values pass unchanged.

    Examples
    --------
    >>> neutralise('=HYPERLINK("http://x")'), neutralise("-2 killed"), neutralise(-1.5), neutralise("Vorukh")
    ('\\'=HYPERLINK("http://x")', "'-2 killed", -1.5, 'Vorukh')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """A CSV document (RFC 4180, CRLF) of ``rows`` (dicts) in ``columns`` order, every text cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180: a CR or LF inside a cell is quoted
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else neutralise(row.get(c)) for c in columns])
    return buffer.getvalue()
