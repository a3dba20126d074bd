"""Speed of reading Russian articles: geoparse + incidents, one core, beside English.

Articles of about 400 words are made from the Russian development set
(``benchmarks/devset/ru``): each article's body, its paragraphs repeated in
order until it reaches ``--words`` words, keeping its own headline, date and
dateline (so dates and datelines are read as in real use). The English set is
treated the same way in the same run as the baseline. Timed: the geoparser
and :func:`geo.incidents.events.article_events` on every article, after a
warm-up, in this process (start-up is measured separately by
``bench_parse_process.py``).

Run::

    python benchmarks/bench_russian.py               # 400 words, 5 rounds
    python benchmarks/bench_russian.py --words 600 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import Article, read_articles  # noqa: E402
from geo.geoparse.pipeline import Geoparser  # noqa: E402
from geo.incidents.events import article_events  # noqa: E402


def _articles(lang: str, words: int) -> list[Article]:
    folder = ROOT / "benchmarks" / "devset" / lang / "articles"
    paths = sorted(p for p in folder.iterdir() if not p.name.endswith(".meta.json"))
    out = []
    for article in read_articles(paths).articles:
        paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
        text, body = article.text, paragraphs[1:] or paragraphs
        k = 0
        while len(text.split()) < words:
            text += "\n\n" + body[k % len(body)]
            k += 1
        out.append(replace(article, text=text))
    return out


def _rate(geoparser: Geoparser, articles: list[Article], rounds: int) -> tuple[float, float]:
    """Median articles per second over ``rounds``, and incidents events per article."""
    rates, events = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        events = 0
        for article in articles:
            events += len(article_events(geoparser.parse(article)))
        rates.append(len(articles) / (time.perf_counter() - started))
    return statistics.median(rates), events / len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=400, help="words per article (default 400)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds, median taken (default 5)")
    args = parser.parse_args(argv)
    geoparser = Geoparser()
    sets = {lang: _articles(lang, args.words) for lang in ("ru", "en")}
    for articles in sets.values():  # warm-up: caches, compiled patterns
        _rate(geoparser, articles, 1)
    results = {lang: _rate(geoparser, articles, args.rounds) for lang, articles in sets.items()}
    print(f"articles of ~{args.words} words, one process, median of {args.rounds} rounds")
    for lang, (rate, events) in results.items():
        words = statistics.mean(len(a.text.split()) for a in sets[lang])
        print(f"  {lang}: {len(sets[lang])} articles, {words:.0f} words on average, "
              f"{rate:.1f} articles/s ({rate * words / 1000:.1f}k words/s), {events:.1f} events/article")
    print(f"  Russian / English speed ratio: {results['ru'][0] / results['en'][0]:.2f}")
    print(f"  issue 10 target: 150 Russian articles of ~400 words per second -> "
          f"{'met' if results['ru'][0] >= 150 else 'not met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
