"""The main job: articles -> geoparse -> incidents -> exports and map.

``geo run`` is a thin command over :func:`run`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo._atomic import FolderLock, atomic_directory, clean_leftovers
from geo.articles import iter_articles
from geo.exceptions import ArticleError, ExportError, NoInputError
from geo.exports.writers import get_writer, write_attribution
from geo.geoparse.model import ParsedArticle
from geo.geoparse.pipeline import Geoparser
from geo.incidents.build import IncidentSet, build_incidents

__all__ = ["DEFAULT_FORMATS", "RunSummary", "run"]

DEFAULT_FORMATS: tuple[str, ...] = ("geojson", "gpkg", "csv", "ucdp", "parquet", "map")
#: Files a run writes: an earlier run's copy is never carried into a new set of outputs.
OUTPUT_NAMES: frozenset[str] = frozenset({
    "incidents.geojson", "incidents.gpkg", "incidents.csv", "incidents_ucdp.csv", "incidents.parquet",
    "ATTRIBUTION.txt", "map.html", "map.png",
})


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


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock; a second run is told so (:class:`ExportError`)."""
    try:
        lock = FolderLock(out_dir)
        lock.__enter__()
    except OSError as error:
        raise ExportError(str(error)) from error
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


def _write_outputs(result: IncidentSet, folder: Path, *, formats: Sequence[str], zone_width_km: float,
                   png: bool, say: Callable[[str], None]) -> list[str]:
    """Every chosen output into ``folder`` (the staging folder); the names written."""
    names = []
    for name in formats:
        if name == "map":
            continue
        names.append(get_writer(name)(result, out_dir=folder).name)
        say(f"wrote {names[-1]}")
    names.append(write_attribution(folder).name)
    if "map" in formats:
        from geo.exports.records import incidents_feature_collection
        from geo.mapping import write_map

        write_map(
            incidents_feature_collection(result), out_path=folder / "map.html",
            zone_width_km=zone_width_km, png_path=folder / "map.png" if png else None,
        )
        names.append("map.html")
        if png:
            names.append("map.png")
        say("wrote map.html")
    return names


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
    """Run the whole pipeline and write the chosen outputs into ``out_dir``, all together.

    The outputs are written into a staging folder and swapped in as one
    (:func:`geo._atomic.atomic_directory`): a failed or killed run leaves the
    previous set; a run that read no article raises :class:`NoInputError` and
    writes nothing; a second run into the same folder meanwhile is refused
    (:class:`ExportError`); leftovers of an interrupted run are cleaned first.

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

    out_dir = Path(out_dir)
    with _locked(out_dir):
        clean_leftovers(out_dir)
        stream = parser.parse_many(iter_articles(inputs, on_error=failed, max_bytes=max_bytes))
        result = build_incidents(counted(stream), zone_width_km=zone_width_km, merge_km=merge_km)
        say(f"parsed {summary.articles:,} articles; {len(result.incidents):,} incidents")
        summary.incidents = len(result.incidents)
        if summary.articles == 0:
            raise NoInputError(
                f"no article was read from {', '.join(map(str, inputs))}"
                f"{f' ({len(summary.failed)} failed)' if summary.failed else ''}; "
                f"the outputs in {out_dir} are kept as they were")
        try:
            with atomic_directory(out_dir, own=OUTPUT_NAMES) as staging:
                names = _write_outputs(result, staging, formats=formats, zone_width_km=zone_width_km,
                                       png=png, say=say)
        except ExportError:
            raise
        except OSError as error:
            raise ExportError(f"cannot write the outputs into {out_dir}: {error}") from error
        summary.written = [out_dir / name for name in names]
    summary.seconds = time.perf_counter() - started
    return summary, result
