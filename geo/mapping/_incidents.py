"""Pure transform: an incidents FeatureCollection into the compact page payload.

The payload is what ``geomap.js`` reads: one light record per incident
``[lat, lon, type_index, day, fatalities, place_name, last_day]`` (parsed when
the page opens) and, separately, the popup details of each incident, whose
sources are grouped by article (``[article_index, [[excerpt_index, start, end],
...]]``, each distinct excerpt once) and point into a table of articles
``[title, url, date, lang]`` and a table of excerpts, so that an article cited
by many incidents, or a sentence naming several places, is stored once.

:func:`pack_details` compresses the details into independent zlib blocks
(incidents, articles, excerpts and long source lists in pages) that the page inflates
on demand with fflate: a popup decodes one block of 500 incidents, not the
whole archive. :func:`unpack_details` is its inverse.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from geo.exceptions import MapInputError
from geo.gazetteer.model import STAND_IN_SOURCE
from geo.incidents import taxonomy

__all__ = ["EVENT_TYPES", "OTHER_TYPE", "TIME_PRECISION", "decode_bytes", "encode_bytes", "encode_incidents",
           "pack_details", "pack_records", "unpack_details", "unpack_records"]

#: Legend label and colour of each event type, from the one taxonomy (geo/incidents/taxonomy.py).
EVENT_TYPES: dict[str, tuple[str, str]] = {
    key: (taxonomy.EVENT_TYPE_LABELS[key], taxonomy.EVENT_TYPE_COLOURS[key]) for key in taxonomy.LEGEND_ORDER}
OTHER_TYPE = (taxonomy.OTHER_TYPE_LABEL, taxonomy.OTHER_TYPE_COLOUR)

#: ACLED time precision codes as shown in popups.
TIME_PRECISION = {"1": "exact day", "2": "within a week", "3": "within a month"}

_COORD_DECIMALS = 5


def _int_or_none(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    return None


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return round(float(value), 2)
    return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _day(value: Any) -> int | None:
    """Days since 1970-01-01 of an ISO date, or ``None`` when absent or unparsable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return (_dt.date.fromisoformat(value[:10]) - _dt.date(1970, 1, 1)).days
    except ValueError:
        return None


def _point(feature: Mapping[str, Any], where: str) -> tuple[float, float]:
    geometry = feature.get("geometry")
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        raise MapInputError(f"{where}: geometry must be a GeoJSON Point, got {geometry!r:.80}")
    coords = geometry.get("coordinates")
    try:
        lon, lat = float(coords[0]), float(coords[1])
    except (TypeError, ValueError, IndexError, KeyError):
        raise MapInputError(f"{where}: Point coordinates must be [lon, lat], got {coords!r:.80}") from None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise MapInputError(f"{where}: coordinates [{lon}, {lat}] are not a WGS84 lon/lat pair")
    return round(lat, _COORD_DECIMALS), round(lon, _COORD_DECIMALS)


def encode_incidents(incidents: Mapping[str, Any], *, source: str = "incidents") -> dict[str, Any]:
    """Validate ``incidents`` and return the payload the page's incident layer reads.

    The ``"details"`` member is meant for its own JSON block (see the module doc).

    Parameters
    ----------
    incidents : mapping
        A GeoJSON FeatureCollection of Point features (docs/SCHEMA.md).
    source : str
        Name of the input, used in error messages (e.g. the file path).

    Raises
    ------
    MapInputError
        When ``incidents`` is not a FeatureCollection of Points.
    """
    if not isinstance(incidents, Mapping) or incidents.get("type") != "FeatureCollection":
        raise MapInputError(f"{source}: expected a GeoJSON FeatureCollection of incidents")
    features = incidents.get("features")
    if not isinstance(features, list):
        raise MapInputError(f"{source}: 'features' must be a list")
    type_keys = list(EVENT_TYPES)
    type_index = {key: i for i, key in enumerate(type_keys)}
    articles: list[list[Any]] = []
    article_index: dict[tuple[Any, ...], int] = {}
    excerpts: list[str] = []
    excerpt_index: dict[str, int] = {}
    records: list[list[Any]] = []
    all_details: list[dict[str, Any]] = []
    days: list[int] = []
    undated = 0
    for number, feature in enumerate(features):
        where = f"{source}: feature {number}"
        if not isinstance(feature, Mapping):
            raise MapInputError(f"{where}: not a GeoJSON Feature object")
        lat, lon = _point(feature, where)
        props = feature.get("properties") or {}
        if not isinstance(props, Mapping):
            raise MapInputError(f"{where}: 'properties' must be an object")
        etype = props.get("event_type")
        t = type_index.get(etype, len(type_keys)) if isinstance(etype, str) else len(type_keys)
        day = _day(props.get("event_date"))
        if day is None:
            undated += 1
        else:
            days.append(day)
        # sources grouped by article (first appearance first), each distinct excerpt once
        groups: dict[int, list[list[Any]]] = {}
        seen_excerpts: set[tuple[Any, ...]] = set()
        mentions = 0
        for src in props.get("sources") or []:
            if not isinstance(src, Mapping):
                continue
            mentions += 1
            key = (_str_or_none(src.get("title")), _str_or_none(src.get("url")), _str_or_none(src.get("date")),
                   _str_or_none(src.get("lang")))
            if key not in article_index:
                article_index[key] = len(articles)
                articles.append(list(key))
            text = _str_or_none(src.get("excerpt")) or ""
            if text not in excerpt_index:  # a sentence cited by several incidents is stored once
                excerpt_index[text] = len(excerpts)
                excerpts.append(text)
            excerpt = [excerpt_index[text], _int_or_none(src.get("highlight_start")),
                       _int_or_none(src.get("highlight_end"))]
            signature = (article_index[key], *excerpt)
            group = groups.setdefault(article_index[key], [])
            if signature not in seen_excerpts:
                seen_excerpts.add(signature)
                group.append(excerpt)
        sources = [[index, excerpts] for index, excerpts in groups.items()]
        event_date = _str_or_none(props.get("event_date"))
        date_start = _str_or_none(props.get("date_start"))
        date_end = _str_or_none(props.get("date_end"))
        if date_start == date_end == event_date:
            date_start = date_end = None  # a one-day window says nothing more
        details = {
            "d": event_date,
            "ds": date_start,
            "de": date_end,
            "tp": _int_or_none(props.get("time_precision")),
            "inj": _int_or_none(props.get("injured")),
            "dis": _int_or_none(props.get("displaced")),
            "cc": _str_or_none(props.get("country_code")),
            "a1": _str_or_none(props.get("admin1")),
            "en": _str_or_none(props.get("enclave")),
            "km": _float_or_none(props.get("distance_to_border_km")),
            "ru": _str_or_none(props.get("place_name_ru")),
            "id": _str_or_none(props.get("incident_id")),
            "gp": _int_or_none(props.get("geo_precision")),
            "loc": _stand_in_line(props.get("place_source")),
            "a2": _str_or_none(props.get("admin2")),
            "at": " / ".join(str(v) for v in (props.get("acled_event_type"), props.get("sub_event_type"))
                             if isinstance(v, str) and v) or None,
            "fr": _str_or_none(props.get("figure_rule")),
            "ac": ", ".join(a for a in props.get("actors") or [] if isinstance(a, str)) or None,
            "sd": ", ".join(f"{k} {v:,}" for k, v in sorted((props.get("fatalities_by_side") or {}).items())
                            if isinstance(k, str) and isinstance(v, int)) or None,
        }
        # absent keys read as undefined in the page: leave nulls out to keep it small
        details = {key: value for key, value in details.items() if value is not None}
        details["src"] = sources
        details["nm"] = mentions
        place = _str_or_none(props.get("place_name")) or "(unnamed place)"
        end_day = _day(props.get("date_end"))
        # the last day of the window, where it differs: the date filter keeps windows that overlap it
        records.append([lat, lon, t, day, _int_or_none(props.get("fatalities")), place,
                        end_day if end_day is not None and end_day != day else None])
        all_details.append(details)
    types = [{"key": k, "label": label, "color": color} for k, (label, color) in EVENT_TYPES.items()]
    types.append({"key": "other", "label": OTHER_TYPE[0], "color": OTHER_TYPE[1]})
    attribution = incidents.get("attribution")
    return {
        "records": records,
        "details": {"incidents": all_details, "articles": articles, "excerpts": excerpts},
        "types": types,
        "precisions": TIME_PRECISION,
        "range": {
            "min": min(days) if days else None,
            "max": max(days) if days else None,
            "undated": undated,
        },
        "attribution": [attribution] if isinstance(attribution, str) and attribution else [],
    }


#: Incidents per compressed details block; articles and excerpts per block.
DETAIL_BLOCK = 500
ARTICLE_BLOCK = 1000
EXCERPT_BLOCK = 1000
#: Article groups kept with an incident; the rest go to pages of SOURCE_PAGE groups, decoded on demand.
INLINE_SOURCES = 100
SOURCE_PAGE = 500


#: Base85 (RFC 1924 / Python's ``b85encode`` alphabet) with the characters that page data
#: should not carry (``<``, ``>``, ``&``, which safe_json escapes to six characters each, and
#: ``{``, which could open a template tag) swapped for four the alphabet does not use:
#: 4 bytes in 5 characters, against base64's 3 in 4.
_TO_PAGE = str.maketrans("<>&{", ",.:[")
_FROM_PAGE = str.maketrans(",.:[", "<>&{")


def encode_bytes(data: bytes) -> str:
    """``data`` as page-safe base85 text (see :data:`_TO_PAGE`).

    Examples
    --------
    >>> encode_bytes(b"hello")
    'Xk~0[Zv'
    >>> decode_bytes(encode_bytes(bytes(range(256)))) == bytes(range(256))
    True
    """
    return base64.b85encode(data).decode("ascii").translate(_TO_PAGE)


def decode_bytes(text: str) -> bytes:
    """The inverse of :func:`encode_bytes`."""
    return base64.b85decode(text.translate(_FROM_PAGE))


def _deflate(value: Any) -> str:
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return encode_bytes(zlib.compress(raw, 9))


def _inflate(text: str) -> Any:
    return json.loads(zlib.decompress(decode_bytes(text)).decode("utf-8"))


#: Tokens of an excerpt: runs of word characters and runs of anything else.
_TOKEN = re.compile(r"\w+|\W+")
#: Marks a vocabulary entry that is not a word (a run of spaces and punctuation).
_GAP = "\u0001"


_WORD = re.compile(r"\w")


def _is_word(token: str) -> bool:
    """A token is a word run or a gap run (see :data:`_TOKEN`); its first character tells which."""
    return bool(_WORD.match(token))


def _tokens(text: str) -> list[str]:
    """``text`` as tokens, leaving out the single space between two words (the decoder puts it back)."""
    runs = _TOKEN.findall(text)
    return [t for j, t in enumerate(runs)
            if not (t == " " and 0 < j < len(runs) - 1 and _is_word(runs[j - 1]) and _is_word(runs[j + 1]))]


def _varint(number: int, out: bytearray) -> None:
    while number >= 0x80:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)


def _encode_excerpts(excerpts: Sequence[str]) -> tuple[str, list[str]]:
    """Word-code the excerpts: a vocabulary block, and blocks of varint token ids.

    Words are numbered by frequency (so common words take one byte) and the
    single space between two words is implied; zlib then compresses the ids.
    On text like news excerpts this is about a third smaller than zlib on
    the text itself (the block cannot see past 32 KB, the vocabulary can).
    """
    counts = Counter(token for text in excerpts for token in _tokens(text))
    vocabulary = [token for token, _ in counts.most_common()]
    ids = {token: number for number, token in enumerate(vocabulary)}
    blocks = []
    for start in range(0, len(excerpts), EXCERPT_BLOCK):
        out = bytearray()
        for text in excerpts[start:start + EXCERPT_BLOCK]:
            tokens = _tokens(text)
            _varint(len(tokens), out)
            for token in tokens:
                _varint(ids[token], out)
        blocks.append(encode_bytes(zlib.compress(bytes(out), 9)))
    marked = [token if _is_word(token) else _GAP + token for token in vocabulary]
    return _deflate(marked), blocks


def _decode_excerpts(vocabulary_block: str, blocks: Sequence[str]) -> list[str]:
    """The inverse of :func:`_encode_excerpts` (what ``geomap.js`` does in the page)."""
    marked = _inflate(vocabulary_block)
    words = [not token.startswith(_GAP) for token in marked]
    vocabulary = [token if word else token[1:] for token, word in zip(marked, words)]
    out = []
    for block in blocks:
        data = zlib.decompress(decode_bytes(block))
        position = 0

        def read() -> int:
            nonlocal position
            number = shift = 0
            while True:
                byte = data[position]
                position += 1
                number |= (byte & 0x7F) << shift
                shift += 7
                if byte < 0x80:
                    return number

        while position < len(data):
            parts, previous_word = [], False
            for _ in range(read()):
                token = read()
                if previous_word and words[token]:
                    parts.append(" ")
                parts.append(vocabulary[token])
                previous_word = words[token]
            out.append("".join(parts))
    return out


def pack_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """Compress the ``details`` of :func:`encode_incidents` into independent blocks.

    Each block is JSON, zlib-compressed and base85-encoded (:func:`encode_bytes`). An incident with
    more than :data:`INLINE_SOURCES` article groups keeps the first ones and
    lists the pages of the rest in ``"pg"`` (``[first_page, page_count]``),
    with ``"na"``, its number of articles.

    Returns
    -------
    dict
        ``{"v": 1, "block": DETAIL_BLOCK, "incidents": [...], "articleBlock":
        ARTICLE_BLOCK, "articles": [...], "excerptBlock": EXCERPT_BLOCK,
        "vocabulary": ..., "excerpts": [...], "pages": [...]}``; excerpts are
        word-coded against the vocabulary (:func:`_encode_excerpts`).
    """
    pages: list[str] = []
    incidents = []
    for item in details["incidents"]:
        src = item.get("src") or []
        if len(src) > INLINE_SOURCES:
            rest = src[INLINE_SOURCES:]
            first = len(pages)
            pages.extend(_deflate(rest[i:i + SOURCE_PAGE]) for i in range(0, len(rest), SOURCE_PAGE))
            item = dict(item, src=src[:INLINE_SOURCES], na=len(src), pg=[first, len(pages) - first])
        incidents.append(item)
    articles = details["articles"]
    vocabulary, excerpt_blocks = _encode_excerpts(details["excerpts"])
    return {
        "v": 1,
        "block": DETAIL_BLOCK,
        "incidents": [_deflate(incidents[i:i + DETAIL_BLOCK]) for i in range(0, len(incidents), DETAIL_BLOCK)],
        "articleBlock": ARTICLE_BLOCK,
        "articles": [_deflate(articles[i:i + ARTICLE_BLOCK]) for i in range(0, len(articles), ARTICLE_BLOCK)],
        "excerptBlock": EXCERPT_BLOCK,
        "vocabulary": vocabulary,
        "excerpts": excerpt_blocks,
        "pages": pages,
    }


def _stand_in_line(source: object) -> str | None:
    """For a village the gazetteer lacks (``place_source`` ``stand-in:p<n>:<unit>``), the line saying where it is
    mapped."""
    if not isinstance(source, str) or not source.startswith(STAND_IN_SOURCE) or source.count(":") < 2:
        return None
    return f"Not in the gazetteer: mapped at the point of {source.split(':', 2)[2]}"


def unpack_details(packed: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`pack_details`: every incident with all its sources, and the articles."""
    pages = [_inflate(text) for text in packed["pages"]]
    incidents = []
    for block in packed["incidents"]:
        for item in _inflate(block):
            if "pg" in item:
                first, count = item["pg"]
                src = list(item["src"])
                for page in pages[first:first + count]:
                    src.extend(page)
                item = {k: v for k, v in item.items() if k not in ("pg", "na")} | {"src": src}
            incidents.append(item)
    articles = [row for block in packed["articles"] for row in _inflate(block)]
    excerpts = _decode_excerpts(packed["vocabulary"], packed["excerpts"])
    return {"incidents": incidents, "articles": articles, "excerpts": excerpts}


def pack_records(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with its ``records`` compressed into ``packedRecords`` (inflated when the page opens)."""
    out = {key: value for key, value in payload.items() if key != "records"}
    out["packedRecords"] = _deflate(payload["records"])
    return out


def unpack_records(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`pack_records`."""
    out = {key: value for key, value in payload.items() if key != "packedRecords"}
    out["records"] = _inflate(payload["packedRecords"])
    return out
