"""The main job: articles -> geoparse -> incidents -> exports and map.

``geo run`` is a thin command over :func:`run`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.articles import iter_articles
from geo.exceptions import ArticleError
from geo.exports.writers import get_writer, write_attribution
from geo.geoparse.model import ParsedArticle
from geo.geoparse.pipeline import Geoparser
from geo.incidents.build import IncidentSet, build_incidents

__all__ = ["DEFAULT_FORMATS", "RunSummary", "run"]

DEFAULT_FORMATS: tuple[str, ...] = ("geojson", "gpkg", "csv", "ucdp", "parquet", "map")


@dataclass
class RunSummary:
    """What one run read, found and wrote."""

    articles: int = 0
    failed: list[ArticleError] = field(default_factory=list)
    mentions: int = 0
    incident_mentions: int = 0
    incidents: int = 0
    written: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """No input failed."""
        return not self.failed


def run(
    inputs: Sequence[str | Path],
    *,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    zone_width_km: float = 20.0,
    merge_km: float = 10.0,
    geoparser: Geoparser | None = None,
    progress: Callable[[str], None] | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    png: bool = False,
    max_bytes: int = 10_000_000,
) -> tuple[RunSummary, IncidentSet]:
    """Run the whole pipeline and write the chosen outputs into ``out_dir``.

    Parameters
    ----------
    inputs : sequence of path
        Files or folders of articles.
    out_dir : Path
        Output folder (created if needed).
    formats : sequence of str
        Any of ``geojson``, ``gpkg``, ``csv``, ``ucdp``, ``parquet`` and ``map``.
    zone_width_km, merge_km : float
        Border zone width; distance under which two places are one.
    geoparser : Geoparser, optional
        Injected for tests; default uses the default gazetteer.
    progress : callable, optional
        Receives a line every 500 articles and at each stage.
    on_error : callable, optional
        Receives each :class:`ArticleError` (the run goes on).
    png : bool
        Also write ``map.png`` (needs chromium).
    max_bytes : int
        Input files larger than this are reported and skipped.
    """
    started = time.perf_counter()
    say = progress or (lambda _line: None)
    for name in formats:
        if name != "map":
            get_writer(name)  # fail early on a bad name, before reading anything
    summary = RunSummary()

    def failed(error: ArticleError) -> None:
        summary.failed.append(error)
        if on_error:
            on_error(error)

    parser = geoparser or Geoparser()

    def counted(stream: Iterator[ParsedArticle]) -> Iterator[ParsedArticle]:
        # Streams: build_incidents keeps each article's events, not its text.
        for item in stream:
            summary.articles += 1
            summary.mentions += len(item.mentions)
            summary.incident_mentions += len(item.incident_mentions)
            if summary.articles % 500 == 0:
                say(f"{summary.articles:,} articles parsed")
            yield item

    stream = parser.parse_many(iter_articles(inputs, on_error=failed, max_bytes=max_bytes))
    result = build_incidents(counted(stream), zone_width_km=zone_width_km, merge_km=merge_km)
    say(f"parsed {summary.articles:,} articles; {len(result.incidents):,} incidents")
    summary.incidents = len(result.incidents)
    out_dir = Path(out_dir)
    for name in formats:
        if name == "map":
            continue
        summary.written.append(get_writer(name)(result, out_dir=out_dir))
        say(f"wrote {summary.written[-1]}")
    summary.written.append(write_attribution(out_dir))
    if "map" in formats:
        from geo.exports.records import incidents_feature_collection
        from geo.mapping import write_map

        html = out_dir / "map.html"
        write_map(
            incidents_feature_collection(result), out_path=html,
            zone_width_km=zone_width_km, png_path=out_dir / "map.png" if png else None,
        )
        summary.written.append(html)
        if png:
            summary.written.append(out_dir / "map.png")
        say(f"wrote {html}")
    summary.seconds = time.perf_counter() - started
    return summary, result
