"""From a parsed article to incident mentions with dates, types, figures and actors."""

from __future__ import annotations

import re

from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.roles import VIOLENCE
from geo.geoparse.sentences import split_sentences
from geo.incidents.figures import Figure, extract_figures
from geo.incidents.model import IncidentSource, MentionEvent
from geo.incidents.taxonomy import classify_event_types
from geo.incidents.when import DateWindow, find_date_windows

__all__ = ["ACTOR_PATTERNS", "article_events"]

_CEASEFIRE = re.compile(r"\b(cease-?fire|truce)\b", re.I)
_FORCES = r"(?:forces|troops|military|army|soldiers|servicemen|side|units|border guards?|border service)"
ACTOR_PATTERNS: dict[str, re.Pattern[str]] = {
    "Kyrgyz forces": re.compile(rf"\bkyrgyz(?:stan(?:'s|’s)?)?\s+(?:\w+\s+)?{_FORCES}\b", re.I),
    "Tajik forces": re.compile(rf"\btajik(?:istan(?:'s|’s)?)?\s+(?:\w+\s+)?{_FORCES}\b", re.I),
    "border guards": re.compile(r"\bborder (?:guards?|guard service|service|troops|posts?)\b", re.I),
    "civilians": re.compile(r"\b(civilians?|residents|villagers|children|schools?)\b", re.I),
}


def _closest_window(
    sentence: str, windows: list[tuple[int, DateWindow]], *, cue: re.Pattern[str] = VIOLENCE
) -> DateWindow | None:
    """The date expression nearest to a cue (by default a violence cue) in the sentence."""
    if not windows:
        return None
    cues = [m.start() for m in cue.finditer(sentence)]
    if not cues:
        return windows[0][1]
    return min(windows, key=lambda item: min(abs(item[0] - c) for c in cues))[1]


def _sentence_windows(sentence: str, published) -> list[tuple[int, DateWindow]]:
    out = []
    for window in find_date_windows(sentence, published=published):
        position = sentence.find(window.text)
        if published is None or window.start <= published:
            out.append((max(position, 0), window))
    return out


def article_events(parsed: ParsedArticle) -> list[MentionEvent]:
    """One :class:`MentionEvent` per incident mention of the article.

    Dates: the date expression of the mention's own sentence nearest to a
    violence cue; otherwise the span of the dates of every sentence in the
    article that reports violence or a ceasefire (precision 1 if that span is
    one day, 2 if up to a week, 3 beyond); otherwise unknown. Figures in the
    mention's sentence belong to it; figures in sentences that name no
    incident place go to the article's most precise incident mention.
    """
    article = parsed.article
    text = article.text
    incident_mentions = parsed.incident_mentions
    if not incident_mentions:
        return []
    sentences = parsed.sentences or split_sentences(text)
    published = article.date
    by_sentence: dict[int, list[Mention]] = {}
    for mention in incident_mentions:
        by_sentence.setdefault(mention.sentence_index, []).append(mention)
    article_windows: list[DateWindow] = []
    # date expressions per sentence index, found once and used by both passes below
    windows: dict[int, list[tuple[int, DateWindow]]] = {}
    orphan_figures: list[Figure] = []
    actors: set[str] = set()
    for index, (s, e) in enumerate(sentences.spans):
        sentence = text[s:e]
        violent = bool(VIOLENCE.search(sentence))
        if violent or _CEASEFIRE.search(sentence):
            windows[index] = _sentence_windows(sentence, published)
            closest = _closest_window(sentence, windows[index],
                                      cue=VIOLENCE if violent else _CEASEFIRE)
            if closest is not None:
                article_windows.append(closest)
        if violent:
            actors.update(name for name, p in ACTOR_PATTERNS.items() if p.search(sentence))
            if index not in by_sentence:
                orphan_figures.extend(extract_figures(sentence))
    fallback = None
    if article_windows:
        first = min(w.start for w in article_windows)
        last = max(w.end for w in article_windows)
        span_days = (last - first).days
        fallback = ((first, last), 1 if span_days == 0 else 2 if span_days <= 7 else 3)
    primary = min(incident_mentions, key=lambda m: (m.precision or 3, m.start))
    events = []
    per_sentence: dict[int, tuple[list[Figure], list[str]]] = {}
    for mention in incident_mentions:
        s, e = sentences.spans[mention.sentence_index]
        sentence = text[s:e]
        if mention.sentence_index not in windows:
            windows[mention.sentence_index] = _sentence_windows(sentence, published)
        own = _closest_window(sentence, windows[mention.sentence_index])
        if own is not None:
            window, time_precision = (own.start, own.end), own.precision
        elif fallback is not None:
            window, time_precision = fallback
        else:
            window, time_precision = None, 3
        if mention.sentence_index not in per_sentence:
            per_sentence[mention.sentence_index] = (
                extract_figures(sentence), classify_event_types(sentence)
            )
        sentence_figures, sentence_types = per_sentence[mention.sentence_index]
        figures = sentence_figures + orphan_figures if mention is primary else list(sentence_figures)
        types = list(sentence_types)
        if any(f.measure == "fatalities" or f.measure == "injured" for f in figures):
            types.append("casualty_report")
        if any(f.measure == "displaced" for f in figures):
            types.append("evacuation_displacement")
        types = list(dict.fromkeys(types)) or ["armed_clash"]
        place = mention.place
        assert place is not None
        events.append(MentionEvent(
            place=place, precision=mention.precision or 3, window=window,
            time_precision=time_precision, event_types=types, figures=figures,
            actors=sorted(actors),
            source=IncidentSource(
                article_id=article.id, title=article.title, url=article.url, date=published,
                excerpt=mention.excerpt,
                highlight_start=mention.start - mention.excerpt_start,
                highlight_end=mention.end - mention.excerpt_start,
                start=mention.start, end=mention.end, mention_text=mention.text,
                place_name=place.name, precision=mention.precision or 3,
            ),
        ))
    return events
