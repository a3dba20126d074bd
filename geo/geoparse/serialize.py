"""The documented JSON form of parsed articles (``geo parse --json``, docs/PARSE.md)."""

from __future__ import annotations

from typing import Any

from geo.geoparse.model import Mention, ParsedArticle

__all__ = ["mention_record", "parsed_article_record"]


def _place_record(mention: Mention) -> dict[str, Any] | None:
    if mention.resolved is None:
        return None
    return mention.resolved.place.record()


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention as a JSON-ready dict."""
    resolved = mention.resolved
    runner = resolved.runner_up if resolved else None
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "kind": mention.kind,
        "role": mention.role,
        "role_reason": mention.role_reason,
        "precision": mention.precision,
        "excerpt": mention.excerpt,
        "excerpt_start": mention.excerpt_start,
        "country_code": mention.country_code,
        "place": _place_record(mention),
        "score": resolved.score if resolved else None,
        "runner_up": None if runner is None else {
            "name": runner.name, "country_code": runner.country_code,
            "lat": round(runner.lat, 6), "lon": round(runner.lon, 6),
            "score": resolved.runner_up_score,
        },
    }


def parsed_article_record(parsed: ParsedArticle) -> dict[str, Any]:
    """One parsed article as a JSON-ready dict."""
    article = parsed.article
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "url": article.url,
        "source": article.source,
        "path": article.path,
        "border_story": parsed.border_story,
        "focus_countries": parsed.focus_countries,
        "mentions": [mention_record(m) for m in parsed.mentions],
    }
