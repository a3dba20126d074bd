"""Would a Russian NER model (natasha) or the pymorphy3 lemmatiser add place recall, and at what cost?

Reads the Russian development articles (``benchmarks/devset/ru`` and
``ru_b``, each with its gold file) and compares the project's own gazetteer
matcher (:class:`geo.geoparse.pipeline.Geoparser`) with natasha's ``LOC``
entities:

1. natasha ``LOC`` spans: how many overlap a project mention; the others are
   looked up in the gazetteer (``places_by_name``) by their surface text, by
   natasha's normal form (``span.normalize(morph_vocab)``) and by pymorphy3
   lemmas of their tokens (adjectives agreed with their noun; a second variant
   prefers pymorphy3's ``Geox`` readings), exact keys first, then loose;
   each is classed as a gold incident place, a gold context place, a
   country (the gold files list none), another place, or nothing (gold
   places matched by English name), and as new or not for the article;
2. pymorphy3 alone (no NER): capitalised Cyrillic words and two-word phrases
   starting with one, outside the project's mentions, looked up by lemma;
3. recall of gold incident (and context) places: is the place among the
   article's resolved mentions -- the project alone; with natasha's spans fed
   through the project's own NER hook (``Geoparser(ner=...)``, surface look-up
   only); and with every natasha span resolved by any of the forms above;
4. speed on one core (both processes pinned to one CPU, BLAS/OpenMP threads
   1): natasha sentences/s and articles/s (NER alone, and NER + morphology +
   normalisation), model load time apart, pymorphy3 words/s, and the
   Geoparser's articles/s on the same articles (medians of ``--rounds``).

natasha and pymorphy3 are not project dependencies: they run in another
interpreter (``--ner-python``) in a subprocess that takes the texts as JSON on
stdin and returns spans and timings as JSON. With that interpreter or natasha
missing, the script says so and exits 0. Set up once with::

    python3 -m venv /tmp/natvenv
    /tmp/natvenv/bin/pip install natasha pymorphy3 pymorphy3-dicts-ru

Run::

    .venv/bin/python benchmarks/bench_ru_ner.py --ner-python /tmp/natvenv/bin/python
    .venv/bin/python benchmarks/bench_ru_ner.py --rounds 3 --sets ru
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

THREAD_ENV = {name: "1" for name in (
    "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)}
for _name, _value in THREAD_ENV.items():
    os.environ.setdefault(_name, _value)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import Article, read_articles  # noqa: E402
from geo.gazetteer.index import Gazetteer  # noqa: E402
from geo.gazetteer.model import Place  # noqa: E402
from geo.geoparse.model import ParsedArticle  # noqa: E402
from geo.geoparse.pipeline import Geoparser  # noqa: E402

DEFAULT_NER_PYTHON = Path("/tmp/natvenv/bin/python")
DEFAULT_SETS = ("ru", "ru_b")

# --------------------------------------------------------------------------- the natasha side
#: Runs in ``--ner-python``. stdin: {"texts": [...], "rounds": n}; stdout: one JSON object.
_WORKER = r'''
import importlib.metadata as md
import json
import os
import resource
import statistics
import sys
import time

if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
request = json.load(sys.stdin)
texts, rounds = request["texts"], request["rounds"]
out = {"python": sys.version.split()[0], "versions": {}, "load_s": {}}

t = time.perf_counter()
from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
segmenter, embedding = Segmenter(), NewsEmbedding()
ner_tagger = NewsNERTagger(embedding)
out["load_s"]["natasha NER (import, segmenter, embeddings, NER)"] = time.perf_counter() - t
t = time.perf_counter()
morph_tagger, morph_vocab = NewsMorphTagger(embedding), MorphVocab()
out["load_s"]["natasha morphology + MorphVocab (for normalize)"] = time.perf_counter() - t
try:
    t = time.perf_counter()
    import pymorphy3
    analyzer = pymorphy3.MorphAnalyzer()
    out["load_s"]["pymorphy3 + dictionary"] = time.perf_counter() - t
except ImportError:
    analyzer = None
for package in ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "pymorphy3", "pymorphy3-dicts-ru"):
    try:
        out["versions"][package] = md.version(package)
    except md.PackageNotFoundError:
        pass


def ner_docs(full):
    docs = []
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner_tagger)
        if full:
            doc.tag_morph(morph_tagger)
            for span in doc.spans:
                if span.type == "LOC":
                    span.normalize(morph_vocab)
        docs.append(doc)
    return docs


def timed(full):
    ner_docs(full)  # warm-up
    seconds = []
    for _ in range(rounds):
        t = time.perf_counter()
        docs = ner_docs(full)
        seconds.append(time.perf_counter() - t)
    return docs, statistics.median(seconds)


_, out["ner_s"] = timed(False)
docs, out["full_s"] = timed(True)
out["sentences"] = sum(len(doc.sents) for doc in docs)
out["tokens"] = sum(len(doc.tokens) for doc in docs)


def lemma_phrase(text, tokens, geox):
    """pymorphy3 lemmas of ``tokens`` joined by the text between them; adjectives agree with the noun."""
    parses = []
    for token in tokens:
        options = analyzer.parse(token.text)
        best = options[0]
        if geox:
            best = next((p for p in options if "Geox" in p.tag), best)
        parses.append(best)
    noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
    words = []
    for p in parses:
        word = p.normal_form
        if p.tag.POS in ("ADJF", "PRTF") and noun is not None:
            number = "plur" if "Pltm" in noun.tag else "sing"  # the noun's lemma is singular
            wanted = {"nomn", number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
            agreed = p.inflect(wanted)
            word = agreed.word if agreed else word
        words.append(word)
    pieces = [words[0]]
    for i in range(1, len(tokens)):
        pieces.append(text[tokens[i - 1].stop:tokens[i].start] + words[i])
    return "".join(pieces)


def lemmas(text, tokens):
    if analyzer is None:
        return []
    found = []
    for geox in (False, True):
        phrase = lemma_phrase(text, tokens, geox)
        if phrase not in found:
            found.append(phrase)
    return found


def cyrillic_capital(token):
    return token.text[:1].isupper() and any("\u0400" <= ch <= "\u04ff" for ch in token.text)


out["articles"] = []
for text, doc in zip(texts, docs):
    spans = [{"start": s.start, "end": s.stop, "text": text[s.start:s.stop], "normal": s.normal,
              "lemmas": lemmas(text, s.tokens)} for s in doc.spans if s.type == "LOC"]
    words = []  # pymorphy3 alone: capitalised Cyrillic words and the two-word phrases they start
    if analyzer is not None:
        tokens = doc.tokens
        sentence_starts = {sent.start for sent in doc.sents}
        for i, token in enumerate(tokens):
            if not cyrillic_capital(token):
                continue
            about = {"first": token.start in sentence_starts, "pos": analyzer.parse(token.text)[0].tag.POS}
            words.append({"start": token.start, "end": token.stop, "text": token.text,
                          "lemmas": lemmas(text, [token]), **about})
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.text.isalpha() and following.start == token.stop + 1:
                words.append({"start": token.start, "end": following.stop,
                              "text": text[token.start:following.stop],
                              "lemmas": lemmas(text, [token, following]), **about})
    out["articles"].append({"loc": spans, "words": words})

if analyzer is not None:  # uncached lemmatisation of every word of every article, fresh analyzer
    fresh = pymorphy3.MorphAnalyzer()
    words = [t.text for doc in docs for t in doc.tokens if t.text.isalpha()]
    t = time.perf_counter()
    for word in words:
        fresh.parse(word)[0].normal_form
    out["pymorphy3_words"], out["pymorphy3_s"] = len(words), time.perf_counter() - t
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
json.dump(out, sys.stdout, ensure_ascii=False)
'''


def check_ner_python(python: Path) -> str | None:
    """Why ``python`` cannot run natasha, or None when it can.

    Parameters
    ----------
    python : Path
        The interpreter meant to run natasha.

    Returns
    -------
    str or None
        A one-line reason, or None.
    """
    if not python.exists():
        return f"{python} does not exist"
    probe = subprocess.run([str(python), "-c", "import natasha"], capture_output=True, text=True,
                           env={**os.environ, **THREAD_ENV})
    if probe.returncode != 0:
        last = probe.stderr.strip().splitlines()[-1:] or ["no error text"]
        return f"{python} cannot import natasha ({last[0]})"
    return None


def run_natasha(python: Path, texts: list[str], rounds: int) -> dict:
    """Run the natasha/pymorphy3 worker over ``texts`` in ``python``.

    Parameters
    ----------
    python : Path
        Interpreter with natasha (and, optionally, pymorphy3) installed.
    texts : list of str
        Article texts, in order.
    rounds : int
        Timed passes; the median is reported.

    Returns
    -------
    dict
        ``articles`` (per text: ``loc`` spans and ``words`` candidates, each with
        ``start``, ``end``, ``text``, ``lemmas``; spans also ``normal``, words
        ``first`` (sentence-initial) and ``pos`` (pymorphy3's first reading)),
        ``load_s``, ``ner_s``, ``full_s``, ``sentences``, ``tokens``,
        ``pymorphy3_words``, ``pymorphy3_s``, ``peak_rss_mb``, ``versions``.
    """
    done = subprocess.run([str(python), "-c", _WORKER], input=json.dumps({"texts": texts, "rounds": rounds}),
                          capture_output=True, text=True, env={**os.environ, **THREAD_ENV}, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"natasha worker failed:\n{done.stderr}")
    return json.loads(done.stdout)


# --------------------------------------------------------------------------- the project side
@dataclass
class DevArticle:
    """One development article with its gold places (English gazetteer names)."""

    dataset: str
    stem: str
    article: Article
    incidents: list[str]
    context: list[str]
    parsed: ParsedArticle | None = None
    natasha: dict = field(default_factory=dict)


def gold_key(name: str) -> str:
    """Name key for comparing English place names (accents, case and punctuation dropped).

    Examples
    --------
    >>> gold_key("Kök-Tash") == gold_key("Kok Tash")
    True
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def load_devset(sets: list[str]) -> list[DevArticle]:
    """Read every article of ``benchmarks/devset/<set>`` that has a gold file.

    Parameters
    ----------
    sets : list of str
        Folder names under ``benchmarks/devset``.

    Returns
    -------
    list of DevArticle
    """
    out = []
    for dataset in sets:
        folder = ROOT / "benchmarks" / "devset" / dataset
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            read = read_articles([folder / "articles" / gold["article"]])
            if read.errors or len(read.articles) != 1:
                raise RuntimeError(f"{gold_path.stem}: could not be read: {read.errors}")
            out.append(DevArticle(
                dataset, gold_path.stem, read.articles[0],
                incidents=[item["place"] for item in gold.get("incidents", [])],
                context=list(gold.get("context_places", [])),
            ))
    return out


def time_geoparser(geoparser: Geoparser, articles: list[Article], rounds: int) -> float:
    """Median seconds for ``geoparser`` to parse all ``articles`` (after one warm-up pass)."""
    for article in articles:
        geoparser.parse(article)
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        for article in articles:
            geoparser.parse(article)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def resolved_names(parsed: ParsedArticle) -> set[str]:
    """Gold keys of the places the article's mentions resolved to."""
    return {gold_key(m.place.name) for m in parsed.mentions if m.place is not None}


#: Verdicts for a looked-up span, in report order.
VERDICTS = ("incident", "context", "country", "other place", "unresolved")
#: pymorphy3 parts of speech a place name can start with (None: not in the dictionary).
NAME_POS = frozenset({"NOUN", "ADJF", None})


@dataclass
class Lookup:
    """A candidate span looked up in the gazetteer.

    ``how`` is the form that resolved (``surface``, ``normal``, ``lemma``, with
    `` loose`` for the spelling-tolerant look-up) or ``""``. ``verdict`` is one
    of :data:`VERDICTS`: a gold incident place, a gold context place, a country
    (the gold files list no countries), another place, or nothing. ``new`` says
    whether the place is not already among the article's resolved mentions.
    """

    dev: DevArticle
    span: dict
    how: str = ""
    places: list[Place] = field(default_factory=list)
    verdict: str = "unresolved"
    new: bool = False

    @property
    def names(self) -> set[str]:
        """Gold keys of every place the look-up returned."""
        return {gold_key(p.name) for p in self.places}


def look_up(gazetteer: Gazetteer, dev: DevArticle, span: dict, forms: tuple[str, ...]) -> Lookup:
    """Resolve ``span`` by the first of its ``forms`` the gazetteer knows, exact keys before loose.

    Parameters
    ----------
    gazetteer : Gazetteer
    dev : DevArticle
        The article, for its gold places and its project mentions.
    span : dict
        A worker span (``text``, ``normal``, ``lemmas``).
    forms : tuple of str
        Which forms to try, of ``surface``, ``normal``, ``lemma``.

    Returns
    -------
    Lookup
    """
    candidates = []
    for form in forms:
        if form == "surface":
            candidates.append(("surface", span["text"]))
        elif form == "normal" and span.get("normal"):
            candidates.append(("normal", span["normal"]))
        elif form == "lemma":
            candidates += [("lemma", lemma) for lemma in span.get("lemmas", [])]
    result = Lookup(dev, span)
    for loose in (False, True):
        for how, name in candidates:
            places = gazetteer.places_by_name(name, loose=loose)
            if places:
                result.how, result.places = how + (" loose" if loose else ""), places
                break
        if result.places:
            break
    if result.places:
        names = result.names
        if names & {gold_key(n) for n in dev.incidents}:
            result.verdict = "incident"
        elif names & {gold_key(n) for n in dev.context}:
            result.verdict = "context"
        elif any(p.feature_code.startswith("PCL") for p in result.places):
            result.verdict = "country"
        else:
            result.verdict = "other place"
        result.new = not names & resolved_names(dev.parsed)
    return result


def overlaps(span: dict, parsed: ParsedArticle) -> str:
    """``resolved`` / ``unresolved`` when ``span`` overlaps a (resolved) project mention, else ``""``."""
    hit = [m for m in parsed.mentions if m.start < span["end"] and span["start"] < m.end]
    if not hit:
        return ""
    return "resolved" if any(m.place is not None for m in hit) else "unresolved"


def place_label(lookup: Lookup) -> str:
    """Short text for a lookup's places: the first name, country, and how many more."""
    if not lookup.places:
        return "-"
    first = lookup.places[0]
    more = len({p.name for p in lookup.places}) - 1
    return f"{first.name} ({first.country_code}){f' +{more}' if more else ''}"


def count(items: list[Lookup], verdict: str, *, new: bool | None = None) -> int:
    """How many ``items`` have ``verdict`` (and, if given, that ``new`` flag)."""
    return sum(1 for x in items if x.verdict == verdict and (new is None or x.new == new))


def verdict_cells(items: list[Lookup]) -> list[str]:
    """One cell per verdict: ``count (new count)``, or the bare count for ``unresolved``."""
    return [str(count(items, v)) if v == "unresolved" else f"{count(items, v)} ({count(items, v, new=True)} new)"
            for v in VERDICTS]


def grouped(items: list[Lookup]) -> list[tuple[Lookup, int]]:
    """``items`` with repeats of the same surface in the same article folded, first seen order."""
    seen: dict[tuple[str, str], list] = {}
    for x in items:
        seen.setdefault((x.dev.stem, x.span["text"]), [x, 0])[1] += 1
    return [(x, n) for x, n in seen.values()]


def lemma_candidates(devs: list[DevArticle], gazetteer: Gazetteer, *, filtered: bool) -> tuple[int, list[Lookup]]:
    """pymorphy3 alone: capitalised words and two-word phrases outside project mentions, by lemma.

    Longer candidates are tried first and a resolved one hides those it overlaps.

    Parameters
    ----------
    devs : list of DevArticle
    gazetteer : Gazetteer
    filtered : bool
        Skip sentence-initial words and words whose first pymorphy3 reading is
        not a noun, an adjective or unknown.

    Returns
    -------
    tuple of (int, list of Lookup)
        Candidates looked up, and those that resolved.
    """
    tried, found = 0, []
    for dev in devs:
        taken: list[tuple[int, int]] = []
        for word in sorted(dev.natasha["words"], key=lambda w: (w["start"] - w["end"], w["start"])):
            if filtered and (word["first"] or word["pos"] not in NAME_POS):
                continue
            if overlaps(word, dev.parsed) or any(a < word["end"] and word["start"] < b for a, b in taken):
                continue
            tried += 1
            lookup = look_up(gazetteer, dev, word, ("lemma",))
            if lookup.places:
                taken.append((word["start"], word["end"]))
                found.append(lookup)
    return tried, found


# --------------------------------------------------------------------------- report
def table(rows: list[tuple], header: tuple) -> str:
    """Left-aligned text table, indented by two spaces."""
    rows = [tuple(str(c) for c in row) for row in [header, *rows]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join("  " + line for line in lines)


def pct(a: int, b: int) -> str:
    """``a/b = p %``."""
    return f"{a}/{b} = {100 * a / b:.1f} %" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner-python", type=Path, default=DEFAULT_NER_PYTHON,
                        help=f"interpreter with natasha and pymorphy3 (default {DEFAULT_NER_PYTHON})")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS),
                        help="development sets under benchmarks/devset (default: ru ru_b)")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes, median taken (default 5)")
    args = parser.parse_args(argv)

    problem = check_ner_python(args.ner_python)
    if problem:
        print(f"natasha is not available: {problem}; nothing measured.\n"
              "Set it up with: python3 -m venv /tmp/natvenv && "
              "/tmp/natvenv/bin/pip install natasha pymorphy3 pymorphy3-dicts-ru")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    devs = load_devset(args.sets)
    articles = [d.article for d in devs]
    texts = [a.text for a in articles]
    t = time.perf_counter()
    geoparser = Geoparser()
    project_load = time.perf_counter() - t
    project_s = time_geoparser(geoparser, articles, args.rounds)
    for dev in devs:
        dev.parsed = geoparser.parse(dev.article)

    nat = run_natasha(args.ner_python, texts, args.rounds)
    for dev, result in zip(devs, nat["articles"]):
        dev.natasha = result
    gazetteer = geoparser.gazetteer

    # The project's own NER hook, fed natasha's LOC spans (surface look-up by exact key only).
    by_text = {dev.article.text: [(s["start"], s["end"], "LOC") for s in dev.natasha["loc"]] for dev in devs}
    hooked = Geoparser(gazetteer=gazetteer, ner=lambda text: by_text.get(text, []))
    hooked_names = {dev.stem: resolved_names(hooked.parse(dev.article)) for dev in devs}

    # natasha LOC spans outside the project's mentions, looked up by more and more forms.
    forms_tried = (("surface",), ("surface", "normal"), ("surface", "normal", "lemma"))
    spans = covered = covered_resolved = 0
    by_forms: dict[tuple[str, ...], list[Lookup]] = {forms: [] for forms in forms_tried}
    for dev in devs:
        for span in dev.natasha["loc"]:
            spans += 1
            where = overlaps(span, dev.parsed)
            if where:
                covered += 1
                covered_resolved += where == "resolved"
                continue
            for forms in forms_tried:
                by_forms[forms].append(look_up(gazetteer, dev, span, forms))
    uncovered = by_forms[forms_tried[-1]]

    out: list[str] = []
    say = out.append
    total_sents = nat["sentences"]
    say("Russian place recognition: the project's gazetteer matcher vs natasha NER and pymorphy3 lemmas")
    say(f"sets {', '.join(args.sets)}: {len(devs)} articles, {total_sents} sentences (razdel), "
        f"{sum(len(t.split()) for t in texts):,} words; {platform.python_implementation()} "
        f"{platform.python_version()} (project), {nat['python']} (natasha); one core, "
        f"BLAS/OpenMP threads 1; median of {args.rounds} timed rounds")
    say("versions: " + ", ".join(f"{k} {v}" for k, v in nat["versions"].items()))
    say("")
    say("1. natasha LOC spans")
    say(table([
        ("LOC spans", spans),
        ("overlap a project mention", f"{covered} ({covered_resolved} of them a resolved one)"),
        ("overlap none", len(uncovered)),
    ], ("", "count")))
    say("")
    say("   spans overlapping no project mention, by the forms looked up (exact key first, then loose):")
    say(table([("+".join(forms), len(items) - count(items, "unresolved"), *verdict_cells(items))
               for forms, items in by_forms.items()],
              ("forms", "resolve", "gold incident", "gold context", "country", "other place",
               "resolve to nothing")))
    say("   (new: the place is not already among the article's resolved project mentions; gold files list"
        " no countries)")
    say("")
    say("   every span overlapping no project mention (all forms; repeats in an article folded):")
    say(table([(x.dev.stem[:34], x.span["text"] + (f" x{n}" if n > 1 else ""), x.span.get("normal") or "",
                " | ".join(x.span["lemmas"]), x.how or "-", place_label(x), x.verdict + (" NEW" if x.new else ""))
               for x, n in grouped(uncovered)],
              ("article", "surface", "natasha normal", "pymorphy3 lemmas", "resolved by", "place", "verdict")))
    say("")

    say("2. pymorphy3 alone (no NER): capitalised Cyrillic words and two-word phrases outside project"
        " mentions, looked up by lemma")
    variants = {
        "all": lemma_candidates(devs, gazetteer, filtered=False),
        "not sentence-initial, noun/adj/unknown": lemma_candidates(devs, gazetteer, filtered=True),
    }
    say(table([(name, tried, len(found), *verdict_cells(found)[:-1]) for name, (tried, found) in variants.items()],
              ("candidates", "looked up", "resolve", "gold incident", "gold context", "country", "other place")))
    gold_hits = [x for x in variants["all"][1] if x.verdict in ("incident", "context")]
    if gold_hits:
        say("   gold places among them:")
        say(table([(x.dev.stem[:34], x.span["text"], " | ".join(x.span["lemmas"]), x.how, place_label(x),
                    x.verdict + (" NEW" if x.new else "")) for x in gold_hits],
                  ("article", "surface", "lemmas", "resolved by", "place", "verdict")))
    wrong: dict[str, list] = {}
    for x in variants["not sentence-initial, noun/adj/unknown"][1]:
        if x.verdict in ("country", "other place"):
            wrong.setdefault(x.span["text"], [x, 0])[1] += 1
    say("   most frequent other places (filtered candidates): " + "; ".join(
        f"{surface} -> {place_label(x)} x{n}"
        for surface, (x, n) in sorted(wrong.items(), key=lambda item: -item[1][1])[:12]))
    say("")

    say("3. gold incident places found among the article's resolved mentions")
    rows, totals, ctx, missed_context = [], [0, 0, 0, 0], [0, 0, 0, 0], []
    for dev in devs:
        base = resolved_names(dev.parsed)
        extra = {n for x in uncovered if x.dev is dev for n in x.names}
        variants_found = (base, hooked_names[dev.stem], base | extra)
        gold = [gold_key(n) for n in dev.incidents]
        found = [sum(g in v for g in gold) for v in variants_found]
        totals = [a + b for a, b in zip(totals, [len(gold), *found])]
        context = [gold_key(n) for n in dev.context]
        ctx = [a + b for a, b in zip(ctx, [len(context), *(sum(c in v for c in context) for v in variants_found)])]
        missed_context += [
            (dev.stem[:40], name, *("yes" if gold_key(name) in v else "-" for v in variants_found[1:]))
            for name in dev.context if gold_key(name) not in base
        ]
        rows.append((dev.stem[:40], ", ".join(dev.incidents) or "(none)", *(f"{f}/{len(gold)}" for f in found),
                     ", ".join(n for n in dev.incidents if gold_key(n) not in base)))
    say(table(rows, ("article", "gold incident places", "project", "+natasha hook", "+natasha all forms",
                     "missed by project")))
    say("")
    say(table([
        ("gold incident places", *(pct(f, totals[0]) for f in totals[1:])),
        ("gold context places", *(pct(f, ctx[0]) for f in ctx[1:])),
    ], ("recall", "project", "+natasha hook", "+natasha all forms")))
    say("   +natasha hook: Geoparser(ner=...) given natasha's LOC spans (the pipeline's own look-up by surface"
        " key);\n   +natasha all forms: the project's places plus every non-overlapping span resolved by surface,"
        " normal form or lemma.")
    if missed_context:
        say("")
        say("   gold context places the project misses, and whether natasha brings them:")
        say(table(missed_context, ("article", "context place", "+natasha hook", "+natasha all forms")))
    say("")

    say("4. speed, one core (same articles)")
    n = len(devs)
    ner_s, full_s = nat["ner_s"], nat["full_s"]
    load = nat["load_s"]
    rows = [
        ("project Geoparser.parse", f"{n / project_s:,.0f}", f"{total_sents / project_s:,.0f}",
         f"{1000 * project_s / n:.2f}", f"{project_load:.2f} s (Geoparser())"),
        ("natasha NER (segment + tag_ner)", f"{n / ner_s:,.1f}", f"{total_sents / ner_s:,.0f}",
         f"{1000 * ner_s / n:.2f}", f"{load['natasha NER (import, segmenter, embeddings, NER)']:.2f} s"),
        ("natasha NER + morph + normalize", f"{n / full_s:,.1f}", f"{total_sents / full_s:,.0f}",
         f"{1000 * full_s / n:.2f}", f"+{load['natasha morphology + MorphVocab (for normalize)']:.2f} s"),
        ("project + natasha NER", f"{n / (project_s + ner_s):,.1f}", f"{total_sents / (project_s + ner_s):,.0f}",
         f"{1000 * (project_s + ner_s) / n:.2f}", ""),
    ]
    if "pymorphy3_s" in nat:
        words, seconds = nat["pymorphy3_words"], nat["pymorphy3_s"]
        rows.append(("pymorphy3, every word (uncached)", f"{n / seconds:,.1f}", f"{total_sents / seconds:,.0f}",
                     f"{1000 * seconds / n:.2f}",
                     f"{load.get('pymorphy3 + dictionary', 0):.2f} s; {words / seconds:,.0f} words/s"))
    say(table(rows, ("", "articles/s", "sentences/s", "ms/article", "load")))
    say(f"   natasha NER alone takes {ner_s / project_s:.1f}x the project's time per article; "
        f"worker peak RSS {nat['peak_rss_mb']:.0f} MB")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
