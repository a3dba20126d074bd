"""Figures from tables: a situation report's "breakdown by village".

Humanitarian and government updates give their figures per place in a table
(Markdown pipe rows; the HTML reader writes ``<tr>`` rows the same way)::

    | Village | Killed | Injured | Evacuated (people) | Houses damaged |
    |---|---:|---:|---:|---:|
    | Kulundu | 2 | 7 | 1,380 | 31 |
    | Maksat  | 1 | 4 |   760 | 15 |
    | **Total** | **3** | **11** | **2,140** | **46** |

A column counts a measure when its header names one (the pack's
``table_columns``) and nothing that is not people (``table_skip_column``:
families, houses). A row counts for a place when a cell before its first
counted column, of at most :data:`MAX_LABEL_TOKENS` words, names exactly one
place that the article names elsewhere (as written there, or by the
gazetteer's English or Russian name: a table's "Kulundu" is the prose's "в
Кулунду"); of several such cells the first that is no country, region or
district is the row's place ("Kyrgyzstan | Ak-Tatyr | Batken" is Ak-Tatyr's
row). A total or a hospital is no place's row (``table_skip_row``). Such a row
states that place's own figures, so it outranks the prose totals an article
gives before or after it (:func:`geo.incidents.events.article_events`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geo.gazetteer.normalize import name_key
from geo.geoparse.model import Mention
from geo.language import LanguagePack

__all__ = ["MAX_LABEL_TOKENS", "TableRow", "table_rows", "table_spans"]

#: A row label longer than this ("Batken oblast hospital, surgical ward") is no place's own row.
MAX_LABEL_TOKENS = 4

_ROW = re.compile(r"^[ \t]*\|(.*?)\|?[ \t]*$", re.M)
_SEPARATOR = re.compile(r"^[\s:|-]*-[\s:|-]*$")
_NUMBER = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+")
_MARKUP = re.compile(r"[*_`]")


@dataclass
class TableRow:
    """One place's figures in a table.

    Attributes
    ----------
    place_id : int
        Gazetteer id of the place the row's first cell names.
    start, end : int
        Offsets of the row in the article text.
    values : dict of str to (int, str)
        Measure to its value and the cell as written.
    """

    place_id: int
    start: int
    end: int
    values: dict[str, tuple[int, str]] = field(default_factory=dict)


def _cells(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """The cells of a pipe row: (start, end, text without markup), offsets into the article."""
    inner_start = match.start(1)
    out, position = [], inner_start
    for raw in match.group(1).split("|"):
        out.append((position, position + len(raw), _MARKUP.sub("", raw).strip()))
        position += len(raw) + 1
    return out


def _value(cell: str) -> int | None:
    """A cell that is only a count ("1,380", "0"), else ``None`` ("-", "n/a", "2 (1 child)")."""
    if not _NUMBER.fullmatch(cell):
        return None
    return int(re.sub(r"\D", "", cell))


def _tables(text: str) -> list[list[re.Match[str]]]:
    """Runs of consecutive pipe rows."""
    tables: list[list[re.Match[str]]] = []
    for match in _ROW.finditer(text):
        if tables and text.count("\n", tables[-1][-1].end(), match.start()) <= 1:
            tables[-1].append(match)
        else:
            tables.append([match])
    return [rows for rows in tables if len(rows) >= 2]


def table_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the article's tables (runs of two or more pipe rows): not prose.

    Their figures are read by column (:func:`table_rows`), never by the prose
    number grammar, and a place in a row is no event place of its own.
    """
    if "|" not in text:
        return []
    return [(rows[0].start(), rows[-1].end()) for rows in _tables(text)]


def _row_place(labels: list[tuple[int, int, str]], known: dict[str, int], coarse: set[int]) -> int | None:
    """The place a row is about: of the cells before its first counted column ("Kyrgyzstan | Ak-Tatyr |
    Batken"), each naming exactly one place the article names, the first that is no country, region
    or district, else the first."""
    named = []
    for _, _, cell in labels:
        label = name_key(cell)
        if not label or label.count(" ") >= MAX_LABEL_TOKENS:
            continue
        padded = f" {label} "
        places = {place_id for key, place_id in known.items() if f" {key} " in padded}
        if len(places) == 1:
            named.append(places.pop())
    return next((p for p in named if p not in coarse), named[0] if named else None)


def table_rows(text: str, mentions: list[Mention], pack: LanguagePack) -> list[TableRow]:
    """Rows of the article's tables that give one place's casualty or displacement figures.

    Parameters
    ----------
    text : str
        The article text.
    mentions : list of Mention
        The geoparser's mentions (any role) with their places: the places a
        row label may name.
    pack : LanguagePack
        Header and row words of the article's language.

    Returns
    -------
    list of TableRow
        In text order; rows without a place or without a counted value are left out.
    """
    if "|" not in text:
        return []
    known: dict[str, int] = {}
    coarse: set[int] = set()  # countries, regions and districts: a row's qualifiers, not its place
    for mention in mentions:
        place = mention.place
        if place is not None:
            if place.is_unit or place.kind == "country":
                coarse.add(place.id)
            for name in (mention.text, place.name, place.name_ru):
                if name and (key := name_key(name)):
                    known.setdefault(key, place.id)
    found: list[TableRow] = []
    for rows in _tables(text):
        header = [cell for _, _, cell in _cells(rows[0])]
        columns: dict[int, str] = {}
        for index, cell in enumerate(header[1:], start=1):
            measures = [name for name, pattern in pack.table_columns.items() if pattern.search(cell)]
            if len(measures) == 1 and not pack.table_skip_column.search(cell):
                columns[index] = measures[0]
        if not columns:
            continue
        for row in rows[1:]:
            cells = _cells(row)
            if _SEPARATOR.fullmatch(row.group(1)) or not cells or pack.table_skip_row.search(cells[0][2]):
                continue
            place_id = _row_place(cells[:min(columns)], known, coarse)
            if place_id is None:
                continue
            table_row = TableRow(place_id=place_id, start=row.start(), end=row.end())
            for index, measure in columns.items():
                if index < len(cells) and (value := _value(cells[index][2])) is not None:
                    table_row.values.setdefault(measure, (value, cells[index][2]))
            if table_row.values:
                found.append(table_row)
    return found
