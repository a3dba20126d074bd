"""CSV articles (``.csv``): a header row, then one article per row.

Columns are matched by name (case and surrounding spaces ignored): ``text``
is required; ``id``, ``title``, ``date``, ``url``, ``source`` are optional;
others are ignored. Quoted fields may span lines; ``Article.line`` is the
line the row starts on. A row with the wrong number of fields, a NUL byte,
a blank ``text`` or a bad ``date`` is reported and skipped; the other rows
are read. A quoted field left open is reported (strict quoting).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from geo.articles.base import TEXT_FIELDS, Metadata, ReadItem, Reader, record_problem
from geo.articles.json_reader import article_from_record
from geo.exceptions import ArticleError

__all__ = ["CsvReader"]

#: Longest field accepted, in characters (the csv module's default is 131,072).
MAX_FIELD_CHARS = 50_000_000


class CsvReader(Reader):
    """Read a ``.csv`` file with a header row naming a ``text`` column."""

    name = "CSV"
    suffixes = (".csv",)
    checks_records = True

    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield one article, or one error, per data row."""
        rows = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = _next_row(rows)
        except csv.Error as error:
            yield ArticleError(path, f"malformed CSV header ({error})", line=rows.line_num)
            return
        if header is None:
            return
        columns = [name.strip().lower() for name in header]
        if "text" not in columns:
            # an export's own name for the body column ("body", "content", "articleBody")
            body = next((name.lower() for name in TEXT_FIELDS if name.lower() in columns), None)
            if body is not None:
                columns[columns.index(body)] = "text"
        if "text" not in columns:
            yield ArticleError(
                path,
                f"no 'text' column; found columns {header!r}. Expected a header row naming "
                "'text' and optionally 'id', 'title', 'date', 'url', 'source'",
                line=1,
            )
            return
        while True:
            start = rows.line_num + 1
            try:
                row = _next_row(rows)
            except csv.Error as error:
                hint = "; a quoted field is not closed" if "unexpected end of data" in str(error) else ""
                yield ArticleError(path, f"malformed CSV row ({error}{hint})", line=start)
                return
            if row is None:
                return
            if not any(cell.strip() for cell in row):
                continue
            problem = next((p for p in map(record_problem, row) if p), None)
            if problem:
                yield ArticleError(path, f"row {problem}", line=start)
                continue
            if len(row) != len(columns):
                yield ArticleError(
                    path,
                    f"row has {len(row)} fields; expected {len(columns)} as in the header",
                    line=start,
                )
                continue
            record = {name: cell for name, cell in zip(columns, row) if name}
            yield article_from_record(record, path=path, line=start)


def _next_row(rows: Iterator[list[str]]) -> list[str] | None:
    # Lift the field size limit only while reading, so no global setting leaks.
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        return next(rows, None)
    finally:
        csv.field_size_limit(previous)
