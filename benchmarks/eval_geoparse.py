"""Measure the geoparser on the public LGL and GeoVirus corpora (detection and end-to-end accuracy).

Reads ``lgl.xml`` and ``GeoVirus.xml`` from the shared evaluation folder
(``../shared/eval`` relative to the repository root; see its README.md for the
metrics and the published figures), parses every article with
:class:`geo.geoparse.pipeline.Geoparser` and prints, per corpus:

- detection precision / recall / F1 for exact span match and for any-overlap
  match (one-to-one: each gold toponym pairs with at most one system mention);
- end-to-end accuracy@161 km and @10 km: the share of gold toponyms with
  coordinates (LGL: those with a GeoNames id) that are detected (overlap) and
  placed within that distance of the gold point;
- mean and median error (km) over the detected and resolved toponyms;
- documents per second (``Geoparser.parse`` time only).

System toponyms are mentions of kind ``place``, ``border_area`` and ``cue``
(a ``cue`` has no coordinates: it counts for detection only). Every figure is
given twice: without and with ``country_reference`` mentions (demonyms such as
"American"), because LGL annotates such adjectives as toponyms and GeoVirus
does not. A demonym is placed at its country's gazetteer point.

The corpora are evaluation data only (GPL-3.0): they are read in place and
never copied into the project.

Run::

    python benchmarks/eval_geoparse.py                    # both corpora
    python benchmarks/eval_geoparse.py --corpus lgl --limit 100 --analyse
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"

#: Mention kinds counted as system toponyms; demonyms are added in the second variant.
TOPONYM_KINDS = frozenset({"place", "border_area", "cue"})
DEMONYM_KIND = "country_reference"
VARIANTS = (("toponyms", TOPONYM_KINDS), ("+demonyms", TOPONYM_KINDS | {DEMONYM_KIND}))

#: Published figures (from the eval README), as printed beside ours.
PUBLISHED = {
    "lgl": [
        "Mordecai 3 (spaCy trf NER + GeoNames/ES + neural ranker, GPU): F1 69.3, acc@161 59.0 %",
        "CLAVIN (Gritta et al. 2017): F1 .573, acc@161 .706 of detected",
        "Edinburgh Geoparser (Gritta et al. 2017): F1 .620, acc@161 .760 of detected",
    ],
    "geovirus": [
        "Mordecai 3, pooled over three news corpora: F1 71.6, acc@161 60.7 %, 12.7-20.7 docs/s",
    ],
}


# --------------------------------------------------------------------------- corpora
@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated toponym: span into the document text, name, gold point (or None)."""

    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    gold_place: str
    #: LGL: GeoNames id and feature code; GeoVirus: None and the Wikipedia page title.
    geonameid: str | None = None
    fcode: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Document:
    doc_id: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def _float(element: ET.Element | None, tag: str) -> float | None:
    value = element.findtext(tag) if element is not None else None
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_lgl(path: Path) -> list[Document]:
    """LGL: ``<article docid><text><toponyms><toponym><start><end><phrase><gaztag geonameid>``.

    Toponyms without a ``gaztag`` (626 of 5,088: streets, "Earth", …) count for
    detection but have no gold point.
    """
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        doc = Document(doc_id=article.get("docid", str(len(docs))), text=text)
        for toponym in article.iter("toponym"):
            start, end = int(toponym.findtext("start")), int(toponym.findtext("end"))
            gaztag = toponym.find("gaztag")
            lat, lon = _float(gaztag, "lat"), _float(gaztag, "lon")
            if gaztag is None or gaztag.get("geonameid") is None:
                lat = lon = None
            gold_place = ""
            if gaztag is not None:
                gold_place = ", ".join(
                    x for x in (gaztag.findtext("name"), gaztag.findtext("admin1"),
                                gaztag.findtext("country")) if x
                )
            doc.gold.append(Gold(
                start, end, toponym.findtext("phrase") or text[start:end], lat, lon, gold_place,
                geonameid=gaztag.get("geonameid") if gaztag is not None else None,
                fcode=gaztag.findtext("fcode") if gaztag is not None else None,
                title=gaztag.findtext("name") if gaztag is not None else None,
            ))
        docs.append(doc)
    return docs


def read_geovirus(path: Path) -> list[Document]:
    """GeoVirus: ``<article><text><locations><location><name><start><end><lat><lon><page>``.

    The file's ``start``/``end`` are one more than Python offsets (every one of
    its names sits at ``text[start-1:end-1]``), so both are shifted by -1 and
    checked. One ``<location>`` in the file wrongly wraps three others; every
    ``<location>`` with its own ``<name>`` is read (2,170 in all, where the
    README's count of 2,167 counts only top-level elements).
    """
    docs = []
    shift_misses = 0
    for index, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        doc = Document(doc_id=str(index), text=text)
        for location in article.iter("location"):
            name = location.findtext("name")
            if name is None:
                continue
            start, end = int(location.findtext("start")) - 1, int(location.findtext("end")) - 1
            if text[start:end] != name:
                shift_misses += 1
            title = (location.findtext("page") or "").rsplit("/", 1)[-1].replace("_", " ") or name
            doc.gold.append(Gold(start, end, name, _float(location, "lat"), _float(location, "lon"),
                                 title, title=title))
        docs.append(doc)
    if shift_misses:
        print(f"warning: {shift_misses} GeoVirus names do not sit at start-1..end-1", file=sys.stderr)
    return docs


CORPORA = {"lgl": ("lgl.xml", read_lgl, "LGL"), "geovirus": ("GeoVirus.xml", read_geovirus, "GeoVirus")}


# --------------------------------------------------------------------------- system output
@dataclass(frozen=True, slots=True)
class SysMention:
    start: int
    end: int
    surface: str
    kind: str
    lat: float | None
    lon: float | None
    place: str
    place_name: str = ""
    place_kind: str = ""
    source: str = ""


def parse_documents(
    docs: Sequence[Document], *, warmup: int = 10
) -> tuple[list[list[SysMention]], float, float]:
    """Parse every document; return mentions per document, parse seconds and start-up seconds.

    The first ``warmup`` documents are parsed once untimed first, so that the
    figure is not dominated by the first reads of the index from disk.
    """
    t0 = time.perf_counter()
    from geo.articles.model import Article
    from geo.geoparse.pipeline import Geoparser

    parser = Geoparser()
    startup = time.perf_counter() - t0
    gazetteer = parser.gazetteer
    countries: dict[str, object] = {}
    parsed_all = []
    elapsed = 0.0
    for doc in docs[:warmup]:
        parser.parse(Article(id=doc.doc_id, text=doc.text))
    for doc in docs:
        article = Article(id=doc.doc_id, text=doc.text)
        t = time.perf_counter()
        parsed = parser.parse(article)
        elapsed += time.perf_counter() - t
        mentions = []
        for m in parsed.mentions:
            place = m.place
            if place is None and m.kind == DEMONYM_KIND and m.country_code:
                if m.country_code not in countries:
                    countries[m.country_code] = gazetteer.country(m.country_code)
                place = countries[m.country_code]
            if place is not None:
                label = f"{place.name} ({place.country_code}, {place.kind})"
                mentions.append(SysMention(m.start, m.end, doc.text[m.start:m.end], m.kind,
                                           place.lat, place.lon, label, place.name, place.kind,
                                           place.source))
            else:
                mentions.append(SysMention(m.start, m.end, doc.text[m.start:m.end], m.kind,
                                           None, None, "-"))
        parsed_all.append(mentions)
    return parsed_all, elapsed, startup


# --------------------------------------------------------------------------- scoring
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from geo.gazetteer.ranking import haversine_km as _haversine

    return _haversine(lat1, lon1, lat2, lon2)


def _overlap_pairs(gold: Sequence[Gold], system: Sequence[SysMention]) -> dict[int, int]:
    """One-to-one overlap matching, gold index -> system index (exact matches paired first)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {(s.start, s.end): j for j, s in enumerate(system)}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used:
            pairs[i] = j
            used.add(j)
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        best = None
        for j, s in enumerate(system):
            if j in used or not (s.start < g.end and g.start < s.end):
                continue
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, j)
        if best is not None:
            pairs[i] = best[1]
            used.add(best[1])
    return pairs


@dataclass(slots=True)
class Tally:
    docs: int = 0
    gold: int = 0
    gold_with_point: int = 0
    system: int = 0
    exact_tp_gold: int = 0
    exact_tp_sys: int = 0
    overlap_tp: int = 0
    resolved: int = 0  # detected (overlap), gold has a point, system has a point
    within_161: int = 0
    within_10: int = 0
    within_161_or_same_area: int = 0
    errors_km: list[float] = field(default_factory=list)
    false_positives: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    worst: list[tuple[float, str, str, str, str]] = field(default_factory=list)
    demonyms_total: int = 0
    demonyms_in_gold: int = 0


_AREA_KINDS = frozenset({"country", "admin1"})
_AREA_FCODES = frozenset({"PCLI", "PCLS", "PCLD", "PCLF", "PCL", "PCLIX", "TERR", "ADM1"})


def same_area(m: SysMention, g: Gold) -> bool:
    """Whether a country or admin-1 resolution is the gold entity itself, whatever its point.

    Countries and states have no agreed representative point: ours are
    countryinfo points and population centres, gold ones GeoNames (LGL) or
    Wikipedia (GeoVirus) points, e.g. China 35N 105E against 35N 103E (182 km).
    LGL: the same GeoNames id, or a country / admin-1 with the gold name and
    an area feature code; GeoVirus: a country / admin-1 named as the gold
    Wikipedia page.
    """
    from geo.gazetteer.normalize import name_key

    if g.geonameid and m.source == f"geonames:{g.geonameid}":
        return True
    if m.place_kind not in _AREA_KINDS or not g.title:
        return False
    if g.fcode is not None and g.fcode not in _AREA_FCODES:
        return False
    return name_key(m.place_name) == name_key(g.title)


def score(docs: Sequence[Document], system: Sequence[list[SysMention]], kinds: frozenset[str]) -> Tally:
    tally = Tally(docs=len(docs))
    for doc, mentions in zip(docs, system):
        mentions = [m for m in mentions if m.kind in kinds]
        gold = doc.gold
        tally.gold += len(gold)
        tally.gold_with_point += sum(g.lat is not None for g in gold)
        tally.system += len(mentions)
        gold_spans = {(g.start, g.end) for g in gold}
        sys_spans = {(m.start, m.end) for m in mentions}
        tally.exact_tp_gold += sum((g.start, g.end) in sys_spans for g in gold)
        tally.exact_tp_sys += sum((m.start, m.end) in gold_spans for m in mentions)
        pairs = _overlap_pairs(gold, mentions)
        tally.overlap_tp += len(pairs)
        matched_sys = set(pairs.values())
        for j, m in enumerate(mentions):
            if m.kind == DEMONYM_KIND:
                tally.demonyms_total += 1
                tally.demonyms_in_gold += j in matched_sys
            if j not in matched_sys:
                tally.false_positives[f"{m.surface} [{m.kind}]"] += 1
        for i, g in enumerate(gold):
            j = pairs.get(i)
            if j is None:
                tally.missed[g.name] += 1
                continue
            m = mentions[j]
            if g.lat is None or m.lat is None:
                continue
            km = haversine_km(m.lat, m.lon, g.lat, g.lon)
            tally.resolved += 1
            tally.errors_km.append(km)
            tally.within_161 += km <= 161
            tally.within_10 += km <= 10
            tally.within_161_or_same_area += km <= 161 or same_area(m, g)
            tally.worst.append((km, m.surface, m.place, g.gold_place, doc.doc_id))
    tally.worst.sort(reverse=True)
    del tally.worst[50:]
    return tally


def merge(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        for name in ("docs", "gold", "gold_with_point", "system", "exact_tp_gold", "exact_tp_sys",
                     "overlap_tp", "resolved", "within_161", "within_10", "within_161_or_same_area",
                     "demonyms_total",
                     "demonyms_in_gold"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
        total.errors_km.extend(t.errors_km)
        total.false_positives.update(t.false_positives)
        total.missed.update(t.missed)
        total.worst.extend(t.worst)
    total.worst.sort(reverse=True)
    return total


def _prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metric_rows(t: Tally) -> list[tuple[str, str]]:
    ep, er, ef = _prf(t.exact_tp_sys, t.system, t.exact_tp_gold, t.gold)
    op, orr, of = _prf(t.overlap_tp, t.system, t.overlap_tp, t.gold)
    pct = lambda a, b: f"{100 * a / b:.1f} %" if b else "n/a"  # noqa: E731
    errors = t.errors_km
    return [
        ("system mentions counted", f"{t.system:,}"),
        ("exact   P / R / F1", f"{100 * ep:.1f} / {100 * er:.1f} / {100 * ef:.1f}"),
        ("overlap P / R / F1", f"{100 * op:.1f} / {100 * orr:.1f} / {100 * of:.1f}"),
        ("acc@161 km (end-to-end)", pct(t.within_161, t.gold_with_point)),
        ("acc@10 km (end-to-end)", pct(t.within_10, t.gold_with_point)),
        ("acc@161 km of detected+resolved", pct(t.within_161, t.resolved)),
        ("acc@161 km, areas by identity *", pct(t.within_161_or_same_area, t.gold_with_point)),
        ("detected+resolved", f"{t.resolved:,} of {t.gold_with_point:,}"),
        ("mean error km", f"{statistics.fmean(errors):.0f}" if errors else "n/a"),
        ("median error km", f"{statistics.median(errors):.1f}" if errors else "n/a"),
    ]


def print_table(title: str, tallies: dict[str, Tally], *, docs_per_s: float | None,
                published: Sequence[str]) -> None:
    first = next(iter(tallies.values()))
    print(f"\n== {title}: {first.docs:,} articles, {first.gold:,} gold toponyms "
          f"({first.gold_with_point:,} with coordinates)")
    names = list(tallies)
    rows = {name: metric_rows(t) for name, t in tallies.items()}
    print(f"{'':<34}" + "".join(f"{n:>22}" for n in names))
    for k in range(len(rows[names[0]])):
        label = rows[names[0]][k][0]
        print(f"{label:<34}" + "".join(f"{rows[n][k][1]:>22}" for n in names))
    demonyms = tallies.get("+demonyms")
    if demonyms is not None and demonyms.demonyms_total:
        print(f"demonyms (country_reference) found: {demonyms.demonyms_total:,}, "
              f"of which overlap a gold toponym: {demonyms.demonyms_in_gold:,}")
    if docs_per_s is not None:
        print(f"{'documents per second (parse only)':<34}{docs_per_s:>22.1f}")
    print("  * a country or admin-1 resolution also counts when it is the gold entity itself, "
          "whatever the distance between the two representative points")
    for line in published:
        print(f"  published: {line}")


def print_analysis(title: str, t: Tally, *, gazetteer_keys: frozenset[str] | None) -> None:
    from geo.gazetteer.normalize import name_key

    print(f"\n-- error analysis, {title} (system toponyms incl. demonyms)")
    print("top 20 false positives (surface [kind]: count):")
    for surface, count in t.false_positives.most_common(20):
        print(f"  {count:4d}  {surface}")
    print("top 20 missed gold names (count; 'in gaz' = the name is a text key of the gazetteer):")
    for name, count in t.missed.most_common(20):
        known = gazetteer_keys is not None and name_key(name) in gazetteer_keys
        print(f"  {count:4d}  {name}{'  [in gaz]' if known else ''}")
    if gazetteer_keys is not None and t.missed:
        in_gaz = sum(c for n, c in t.missed.items() if name_key(n) in gazetteer_keys)
        print(f"  missed {sum(t.missed.values()):,} in all; {in_gaz:,} of them are gazetteer text keys "
              "(dropped by a filter or taken by a longer/other span)")
    print("top 10 worst resolution errors (km  surface -> ours | gold):")
    for km, surface, ours, gold, doc_id in t.worst[:10]:
        print(f"  {km:8.0f}  {surface!r} -> {ours} | {gold}  (doc {doc_id})")
    if t.errors_km:
        far = [e for e in t.errors_km if e > 161]
        print(f"  {len(far):,} of {len(t.errors_km):,} detected+resolved toponyms are > 161 km off")


# --------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=("lgl", "geovirus", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N articles per corpus")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR,
                        help=f"folder with lgl.xml and GeoVirus.xml (default {DEFAULT_EVAL_DIR})")
    parser.add_argument("--warmup", type=int, default=10,
                        help="documents parsed once, untimed, before timing (default 10)")
    parser.add_argument("--analyse", "--analyze", action="store_true",
                        help="print false positives, misses and worst resolution errors")
    args = parser.parse_args(argv)

    if not args.eval_dir.is_dir():
        print(f"evaluation folder {args.eval_dir} is absent: nothing to evaluate "
              "(pass --eval-dir to point at lgl.xml / GeoVirus.xml)")
        return 0
    names = ["lgl", "geovirus"] if args.corpus == "all" else [args.corpus]
    loaded = {}
    for name in names:
        filename, reader, _ = CORPORA[name]
        path = args.eval_dir / filename
        if not path.is_file():
            print(f"{path} is absent: skipping {name}")
            continue
        docs = reader(path)
        loaded[name] = docs[: args.limit] if args.limit else docs
    if not loaded:
        print("no corpus file found: nothing to evaluate")
        return 0

    print(f"geoparser evaluation, {time.strftime('%Y-%m-%d %H:%M %Z')}, {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs ({platform.machine()})")
    print("system toponyms: mention kinds place + border_area + cue ('toponyms'); "
          "'+demonyms' adds country_reference (placed at the country's point)")
    results: dict[str, dict[str, Tally]] = {}
    timing: dict[str, tuple[int, float]] = {}
    startup_s = None
    for name, docs in loaded.items():
        system, elapsed, startup = parse_documents(docs, warmup=args.warmup)
        startup_s = startup if startup_s is None else startup_s
        timing[name] = (len(docs), elapsed)
        results[name] = {label: score(docs, system, kinds) for label, kinds in VARIANTS}
        words = sum(len(d.text.split()) for d in docs) / max(1, len(docs))
        print_table(f"{CORPORA[name][2]} (mean {words:.0f} words/article)", results[name],
                    docs_per_s=len(docs) / elapsed if elapsed else None, published=PUBLISHED[name])
    if len(results) > 1:
        pooled = {label: merge(r[label] for r in results.values()) for label, _ in VARIANTS}
        n, s = sum(v[0] for v in timing.values()), sum(v[1] for v in timing.values())
        print_table("pooled (micro-average)", pooled, docs_per_s=n / s if s else None, published=[
            "Mordecai 3, pooled over three news corpora: F1 71.6, acc@161 60.7 %"])
    print(f"\nGeoparser() start-up in this process: {startup_s:.2f} s (not in docs/s)")

    if args.analyse:
        from geo.gazetteer.store import default_gazetteer

        keys = default_gazetteer().text_keys
        for name, tallies in results.items():
            print_analysis(CORPORA[name][2], tallies["+demonyms"], gazetteer_keys=keys)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
