"""Incident building at scale: is it linear, and does merging chain?

Generates N synthetic dated articles about the same 20 border villages over
two years (each article reports one of N/4 distinct events: a village, a day
and a type, with a toll, published one to three days later, plus a
background paragraph about an old clash), geoparses them, then times
:func:`geo.incidents.build.build_incidents` alone with its peak memory
(tracemalloc). For each N it prints seconds and KiB per article, the number
of distinct events written, incidents found, the longest incident window and
the longest window any single source states. Prints figures; asserts nothing.

    python benchmarks/bench_incidents_scale.py [--sizes 1000 3000 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.articles.model import Article  # noqa: E402
from geo.geoparse.pipeline import Geoparser  # noqa: E402
from geo.incidents.build import build_incidents  # noqa: E402

VILLAGES = ["Vorukh", "Kök-Tash", "Maksat", "Arka", "Samarkandyk", "Ak-Sai", "Kulundu", "Ak-Tatyr",
            "Kara-Bak", "Kyzyl-Bel", "Khoja-Alo", "Chorkuh", "Ovchi-Kalacha", "Surkh", "Khistevarz",
            "Lakkon", "Chilgazi", "Shurob", "Isfara", "Batken"]
KINDS = [("exchanged fire near {v}", "armed_clash"), ("shelled {v} with mortars", "shelling_artillery"),
         ("blocked the road outside {v} in a protest", "border_incident_protest")]
START = dt.date(2022, 1, 1)


def synthetic(n: int, seed: int) -> tuple[list[Article], int]:
    rng = random.Random(seed)
    events = [(rng.choice(VILLAGES), START + dt.timedelta(days=rng.randrange(730)), rng.choice(KINDS),
               rng.randrange(0, 6)) for _ in range(max(1, n // 4))]
    used = set()
    articles = []
    for i in range(n):
        index = rng.randrange(len(events))
        used.add(index)
        village, day, (phrase, _), toll = events[index]
        published = day + dt.timedelta(days=rng.randrange(1, 4))
        text = (f"Border clash reported\n\nBISHKEK, {published:%B} {published.day}, {published.year} (AP) — "
                f"Kyrgyz and Tajik border guards {phrase.format(v=village)} on {day:%B} {day.day}, "
                f"officials said. {toll} people were killed and {toll + 2} were wounded at about 07:15.\n\n"
                f"In April 2021, fighting around Kök-Tash killed 55 people, and thousands fled.")
        articles.append(Article(id=f"a{i}", text=text, date=published))
    return articles, len(used)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    geoparser = Geoparser()
    print(f"{'articles':>8} {'events':>7} {'incidents':>9} {'build s':>8} {'ms/article':>10} "
          f"{'peak KiB/article':>16} {'max window d':>12} {'max source window d':>19}")
    for n in args.sizes:
        articles, distinct = synthetic(n, args.seed)
        parsed = [geoparser.parse(a) for a in articles]
        tracemalloc.start()
        started = time.perf_counter()
        result = build_incidents(parsed)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        incidents = result.incidents
        longest = max(((i.date_end - i.date_start).days + 1 for i in incidents if i.date_start), default=0)
        source_longest = max(((m.window[1] - m.window[0]).days + 1 for i in incidents for m in i.members
                              if m.window), default=0)
        print(f"{n:>8} {distinct:>7} {len(incidents):>9} {seconds:>8.2f} {1000 * seconds / n:>10.3f} "
              f"{peak / 1024 / n:>16.1f} {longest:>12} {source_longest:>19}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
