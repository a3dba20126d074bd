"""Score incident extraction against the team's gold development set.

Each article of ``benchmarks/devset/<set>/articles/`` is read with the
project's own readers, geoparsed and built into incidents **on its own**
(the set measures reading, not cross-article merging), and compared with
``benchmarks/devset/<set>/gold/<stem>.json`` (format: README.md beside the set).

Matching: a system incident matches a gold incident when their places are
within ``--match-km`` (default 10 km) or share a name; pairs are taken
one-to-one, closest place first, then closest start date. A gold place that no source locates
(``"located": false``, from batch 155: a border village the gazetteer lacks) has no point; it matches
by name only, one of its spellings (``names``) or the unit the gold puts it in (``unit``, where ACLED
would code it). Printed:

- incident recall: matched gold incidents / gold incidents;
- spurious incidents: system incidents matching no gold incident, and of
  those, incidents at context places (a gold context place, by name or within 2 km);
- fatalities exact: matched incidents whose gold has a figure and the system
  has the same total; by-side exact likewise, over the sides with deaths (a side told as
  zero, "no Tajik casualties", is not compared: the gold writers record a side only where it
  lost people, all but one of 281 gold side tallies);
- fabricated figures: a fatality, injured or displaced figure (> 0) where the
  gold has none, on matched or spurious incidents;
- dates right: matched incidents whose start and end are within one day of the gold window;
- event type agreement, injured and displaced exact.

Run::

    python benchmarks/score_incidents.py                # English set, summary
    python benchmarks/score_incidents.py --set ru_b     # another set (folder of benchmarks/devset)
    python benchmarks/score_incidents.py --verbose      # every error, per article
    python benchmarks/score_incidents.py --json out.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import read_articles  # noqa: E402
from geo.gazetteer.normalize import loose_key  # noqa: E402
from geo.gazetteer.ranking import haversine_km  # noqa: E402
from geo.geoparse.pipeline import Geoparser  # noqa: E402
from geo.incidents.build import build_incidents  # noqa: E402
from geo.incidents.model import Incident  # noqa: E402

MEASURES = ("fatalities", "injured", "displaced")


def _sides_with_deaths(by_side: dict[str, int]) -> dict[str, int]:
    """The sides of a by-side tally that lost people (a zero says no one of that side died)."""
    return {side: value for side, value in by_side.items() if value}


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _loose(name: str) -> str:
    """A spelling-tolerant key: "Kapchygay", "Kapchygai" and «Капчыгай» meet."""
    return loose_key(name).replace("y", "i").replace("j", "zh")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass
class Tally:
    """Counts over the whole set."""

    articles: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    spurious: int = 0
    at_context: int = 0
    fatal_gold: int = 0
    fatal_exact: int = 0
    side_gold: int = 0
    side_exact: int = 0
    fabricated: int = 0
    dated_gold: int = 0
    dates_right: int = 0
    type_right: int = 0
    injured_gold: int = 0
    injured_exact: int = 0
    displaced_gold: int = 0
    displaced_exact: int = 0
    errors: list[str] = field(default_factory=list)

    def pct(self, a: int, b: int) -> str:
        return f"{100 * a / b:.1f} %" if b else "n/a"


def _names_unlocated(item: dict, incident: Incident) -> bool:
    """A gold place no source locates (``"located": false``) is matched by name only: one of its spellings, or the
    unit the gold puts it in (where ACLED would code it)."""
    wanted = {_loose(name) for name in (item["place"], *item.get("names", ()))}
    told = {_loose(name) for name in (incident.place.name, incident.place.name_ru) if name}
    return bool(wanted & told) or bool(item.get("unit")) and _key(item["unit"]) == _key(incident.place.name)


def _pairs(gold: list[dict], system: list[Incident], match_km: float) -> list[tuple[int, int]]:
    options = []
    for g, item in enumerate(gold):
        for s, incident in enumerate(system):
            if item.get("located") is False:
                same_name = _names_unlocated(item, incident)
                distance = 0.0 if same_name else float("inf")
            else:
                distance = haversine_km(item["lat"], item["lon"], incident.place.lat, incident.place.lon)
                same_name = _key(item["place"]) == _key(incident.place.name)
            if distance <= match_km or same_name:
                gold_start = _date(item.get("date_start"))
                days = abs((incident.date_start - gold_start).days) if (
                    gold_start and incident.date_start) else 999
                # among equally near candidates, an incident of the same type pairs first (several
                # incidents at one place on one day: the shelling, the evacuation, the truce)
                options.append((0 if same_name else 1, round(distance, 1), days,
                                0 if incident.event_type == item.get("event_type") else 1, g, s))
    taken_g, taken_s, pairs = set(), set(), []
    for *_, g, s in sorted(options):
        if g not in taken_g and s not in taken_s:
            taken_g.add(g)
            taken_s.add(s)
            pairs.append((g, s))
    return pairs


def score_article(stem: str, gold: dict, incidents: list[Incident], tally: Tally, *,
                  match_km: float, context_points: list[tuple[str, float, float]]) -> None:
    """Add one article's comparison to ``tally``."""
    expected = gold.get("incidents", [])
    tally.articles += 1
    tally.gold += len(expected)
    tally.system += len(incidents)
    pairs = _pairs(expected, incidents, match_km)
    tally.matched += len(pairs)
    matched_s = {s for _, s in pairs}
    matched_g = {g for g, _ in pairs}
    for g, item in enumerate(expected):
        if g not in matched_g:
            tally.errors.append(f"{stem}: missed {item['place']} {item.get('date_start')}")
    context_keys = {_key(n) for n in gold.get("context_places", [])}
    for s, incident in enumerate(incidents):
        if s in matched_s:
            continue
        tally.spurious += 1
        names = {_key(incident.place.name)} | {_key(src.mention_text) for src in incident.sources}
        near = any(haversine_km(lat, lon, incident.place.lat, incident.place.lon) <= 2.0
                   for _, lat, lon in context_points)
        at_context = bool(names & context_keys) or near
        tally.at_context += at_context
        fabricated = [m for m in MEASURES if (getattr(incident, m) or 0) > 0]
        tally.fabricated += len(fabricated)
        tally.errors.append(
            f"{stem}: spurious {incident.place.name} {incident.date_start}"
            f"{' AT CONTEXT PLACE' if at_context else ''}"
            f"{' with figures ' + ','.join(fabricated) if fabricated else ''}"
            f" [{'; '.join(src.excerpt[:90] for src in incident.sources[:1])}]")
    for g, s in pairs:
        item, incident = expected[g], incidents[s]
        where = f"{stem}: {item['place']}"
        if item.get("fatalities") is not None:
            tally.fatal_gold += 1
            if incident.fatalities == item["fatalities"]:
                tally.fatal_exact += 1
            else:
                tally.errors.append(f"{where}: fatalities {incident.fatalities} != gold {item['fatalities']}"
                                    f" ({incident.figure_rule})")
        gold_sides = _sides_with_deaths(item.get("fatalities_by_side") or {})
        if gold_sides:
            tally.side_gold += 1
            if _sides_with_deaths(incident.fatalities_by_side) == gold_sides:
                tally.side_exact += 1
            else:
                tally.errors.append(f"{where}: sides {incident.fatalities_by_side} != gold {gold_sides}")
        for measure in MEASURES:
            value = getattr(incident, measure)
            if item.get(measure) is None and (value or 0) > 0:
                tally.fabricated += 1
                tally.errors.append(f"{where}: FABRICATED {measure} {value} ({incident.figure_rule})")
        for measure in ("injured", "displaced"):
            if item.get(measure) is not None:
                setattr(tally, f"{measure}_gold", getattr(tally, f"{measure}_gold") + 1)
                if getattr(incident, measure) == item[measure]:
                    setattr(tally, f"{measure}_exact", getattr(tally, f"{measure}_exact") + 1)
                else:
                    tally.errors.append(f"{where}: {measure} {getattr(incident, measure)} != gold {item[measure]} "
                                        f"({incident.figure_rule})")
        gold_start, gold_end = _date(item.get("date_start")), _date(item.get("date_end"))
        if gold_start:
            tally.dated_gold += 1
            gold_end = gold_end or gold_start
            ok = (incident.date_start is not None and abs((incident.date_start - gold_start).days) <= 1
                  and abs((incident.date_end - gold_end).days) <= 1)
            tally.dates_right += ok
            if not ok:
                tally.errors.append(f"{where}: dates {incident.date_start}..{incident.date_end} != gold "
                                    f"{gold_start}..{gold_end}")
        if incident.event_type == item.get("event_type"):
            tally.type_right += 1
        else:
            tally.errors.append(f"{where}: type {incident.event_type} != gold {item.get('event_type')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", "--lang", dest="lang", default="en",
                        help="folder of benchmarks/devset: en, ru, en_b, ru_b, en_c, ru_c, en_heldout3, ru_heldout3, ... en_heldout9, ru_heldout9")
    parser.add_argument("--devset", type=Path, default=ROOT / "benchmarks" / "devset")
    parser.add_argument("--match-km", type=float, default=10.0)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    folder = args.devset / args.lang
    gold_files = sorted((folder / "gold").glob("*.json"))
    if not gold_files:
        print(f"no gold files in {folder / 'gold'}", file=sys.stderr)
        return 2
    articles = {p.stem: p for p in (folder / "articles").iterdir() if not p.name.endswith(".meta.json")}
    geoparser = Geoparser()
    tally = Tally()
    started = time.perf_counter()
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.stem
        if stem not in articles:
            tally.errors.append(f"{stem}: article file missing")
            # (its gold incidents are missed, not left out of the count)
            score_article(stem, gold, [], tally, match_km=args.match_km, context_points=[])
            continue
        result = read_articles([articles[stem]])
        if result.errors or len(result.articles) != 1:
            tally.errors.append(f"{stem}: could not be read: {result.errors}")
            score_article(stem, gold, [], tally, match_km=args.match_km, context_points=[])
            continue
        parsed = geoparser.parse(result.articles[0])
        incidents = build_incidents([parsed]).incidents
        context_points = []
        for name in gold.get("context_places", []):
            found = geoparser.gazetteer.places_by_name(name, loose=False)
            if found:
                best = max(found, key=lambda p: p.population)
                context_points.append((name, best.lat, best.lon))
        score_article(stem, gold, incidents, tally, match_km=args.match_km, context_points=context_points)
    seconds = time.perf_counter() - started
    t = tally
    rows = [
        ("articles", f"{t.articles}"),
        ("gold incidents / system incidents", f"{t.gold} / {t.system}"),
        ("incident recall", f"{t.matched}/{t.gold} = {t.pct(t.matched, t.gold)}"),
        ("spurious incidents", f"{t.spurious}"),
        ("  of which at context places", f"{t.at_context}"),
        ("fatalities exact (gold has a figure)", f"{t.fatal_exact}/{t.fatal_gold} = {t.pct(t.fatal_exact, t.fatal_gold)}"),
        ("fatalities by side exact", f"{t.side_exact}/{t.side_gold} = {t.pct(t.side_exact, t.side_gold)}"),
        ("injured exact", f"{t.injured_exact}/{t.injured_gold} = {t.pct(t.injured_exact, t.injured_gold)}"),
        ("displaced exact", f"{t.displaced_exact}/{t.displaced_gold} = {t.pct(t.displaced_exact, t.displaced_gold)}"),
        ("fabricated figures", f"{t.fabricated}"),
        ("dates right (±1 day)", f"{t.dates_right}/{t.dated_gold} = {t.pct(t.dates_right, t.dated_gold)}"),
        ("event type agrees", f"{t.type_right}/{t.matched} = {t.pct(t.type_right, t.matched)}"),
        ("seconds", f"{seconds:.1f}"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"incident scorer, devset {args.lang}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    if args.verbose:
        print("\nerrors:")
        for line in t.errors:
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in t.__dict__.items()}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
