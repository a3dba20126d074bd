"""Benchmark the whole ``geo parse`` process on LGL beside spaCy NER, and cost against article length.

Issue 9 asks for, on one core and in one run:

1. LGL documents per second for the whole ``geo parse --json`` process,
   start-up and JSON output included (the corpus is written to a temporary
   JSON Lines file, never into the project; median of ``--runs``);
2. the same texts through spaCy ``en_core_web_sm`` with only NER enabled
   (``benchmarks/bench_geoparse.py``'s runner, in this interpreter or in
   ``--spacy-python``), as the baseline measured in the same run, and the ratio;
3. ``Geoparser.parse`` time for one article of 0.25, 0.5 and 1 MB built from
   LGL texts, so that the cost per MB shows whether it is linear.

Targets (issue 9): >= 400 documents/s for the whole process, a 1 MB article
under 2 s. The script prints figures; it asserts nothing.

Run::

    python benchmarks/bench_parse_process.py [--runs 3] [--spacy-python /path/to/python]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_geoparse import DEFAULT_SPACY_PYTHON, measure_spacy  # noqa: E402
from eval_geoparse import DEFAULT_EVAL_DIR, read_lgl  # noqa: E402

_ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def whole_process(texts: list[str], runs: int) -> list[float]:
    """Seconds of ``geo parse --json`` over all texts, one subprocess per run."""
    geo = Path(sys.executable).with_name("geo")
    command = [str(geo)] if geo.exists() else [sys.executable, "-m", "geo"]
    seconds = []
    with tempfile.TemporaryDirectory(prefix="bench_parse_") as tmp:
        path = Path(tmp) / "lgl.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for index, text in enumerate(texts):
                handle.write(json.dumps({"id": f"lgl-{index}", "text": text}) + "\n")
        for _ in range(runs):
            start = time.perf_counter()
            out = subprocess.run([*command, "parse", "--json", str(path)], capture_output=True,
                                 env={**os.environ, **_ONE_CORE}, check=False)
            seconds.append(time.perf_counter() - start)
            if out.returncode != 0:
                raise SystemExit(f"geo parse failed: {out.stderr.decode()[-500:]}")
    return seconds


def length_scaling(texts: list[str]) -> list[tuple[int, float]]:
    """(characters, seconds) of one ``Geoparser.parse`` call at 0.25, 0.5 and 1 MB."""
    from geo.articles.model import Article
    from geo.geoparse.pipeline import Geoparser

    parser = Geoparser()
    corpus = "\n\n".join(texts)
    while len(corpus) < 1_000_000:
        corpus += "\n\n" + corpus
    results = []
    for size in (250_000, 500_000, 1_000_000):
        text = corpus[:size]
        start = time.perf_counter()
        parser.parse(Article(id=f"long-{size}", text=text))
        results.append((size, time.perf_counter() - start))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--spacy-python", type=Path, default=DEFAULT_SPACY_PYTHON)
    args = parser.parse_args(argv)
    texts = [doc.text for doc in read_lgl(args.eval_dir / "lgl.xml")]
    print(f"LGL: {len(texts)} documents, {sum(map(len, texts)):,} characters; one core")

    seconds = whole_process(texts, args.runs)
    median = statistics.median(seconds)
    ours = len(texts) / median
    print(f"geo parse --json, whole process (start-up + parse + JSON): median {median:.2f} s of "
          f"{', '.join(f'{s:.2f}' for s in seconds)} -> {ours:.0f} documents/s (target >= 400)")

    spacy = measure_spacy(texts, args.spacy_python)
    if "error" in spacy:
        print(f"spaCy NER baseline: not measured ({spacy['error']})")
    else:
        theirs = len(texts) / spacy["seconds"]
        with_load = len(texts) / (spacy["seconds"] + spacy["load_s"])
        print(f"spaCy {spacy['spacy']} {spacy['model']} {spacy['version']} NER only: {theirs:.0f} documents/s "
              f"after load ({with_load:.0f} with its {spacy['load_s']:.2f} s load) -> geo parse is "
              f"{ours / with_load:.1f}x spaCy NER with load, {ours / theirs:.1f}x without")

    print("one article of growing length (Geoparser.parse, in process):")
    for size, elapsed in length_scaling(texts):
        print(f"  {size / 1e6:.2f} MB: {elapsed:.2f} s ({elapsed / (size / 1e6):.2f} s per MB)"
              + ("  (target < 2 s)" if size == 1_000_000 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
