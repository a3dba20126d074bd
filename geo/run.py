"""The main job: articles -> per-article events -> incidents -> every output.

One core for every front end: ``geo run`` (and later the HTTP service) build a
:class:`~geo.options.RunOptions` and call :func:`run_pipeline`. The steps:

1. read the articles (:func:`geo.articles.iter_articles`; bad files and
   records are reported by name and skipped) and keep the chosen languages;
2. parse each into its :class:`~geo.incidents.per_article.ArticleEvents`,
   in this process or on Dask (:mod:`geo.runners`), in reading order (on
   Dask the workers read the files themselves when they can see them: the
   same articles and the same reports, in the same order);
3. merge them into incidents and join them to the border
   (:func:`geo.incidents.build.merge_article_events`);
4. write every chosen output through the one registry
   (:data:`geo.exports.writers.WRITERS`; the map is one of them) into a
   staging folder swapped in as one.

:func:`run` is the keyword form kept for existing callers.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geo._atomic import FolderLock, atomic_directory, clean_leftovers
from geo._gc import frozen_heap
from geo.exceptions import ArticleError, ExportError, NoInputError
from geo.exports.writers import get_writer, write_attribution
from geo.incidents.build import merge_article_events
from geo.incidents.model import IncidentSet
from geo.incidents.per_article import ArticleEvents
from geo.options import DEFAULT_FORMATS, RunOptions
from geo.runners import events_from_inputs

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["DEFAULT_FORMATS", "OUTPUT_NAMES", "RunOptions", "RunSummary", "publish_outputs", "run", "run_pipeline"]

#: Files a run writes: an earlier run's copy is never carried into a new set of outputs.
OUTPUT_NAMES: frozenset[str] = frozenset({
    "incidents.geojson", "incidents.gpkg", "incidents.csv", "incidents_ucdp.csv", "incidents.parquet",
    "ATTRIBUTION.txt", "map.html", "map.png",
})
#: A progress line every this many articles.
PROGRESS_EVERY = 500


@dataclass
class RunSummary:
    """What one run read, found and wrote."""

    articles: int = 0
    failed: list[ArticleError] = field(default_factory=list)
    other_language: int = 0
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


def _write_outputs(result: IncidentSet, folder: Path, *, options: RunOptions,
                   say: Callable[[str], None]) -> list[str]:
    """Every chosen output into ``folder`` (the staging folder), then the attribution; the names written."""
    names = []
    for name in options.output_formats:
        names.append(get_writer(name)(result, out_dir=folder, options=options).name)
        say(f"wrote {names[-1]}")
    names.append(write_attribution(folder).name)
    return names


def _publish(result: IncidentSet, *, options: RunOptions, say: Callable[[str], None]) -> list[Path]:
    """Every chosen output into a staging folder swapped in for ``options.out_dir`` (the lock is held)."""
    out_dir = options.out_dir
    try:
        # The writers read the run's records: their collections need not walk them (~0.7 s at 10,000 articles).
        with atomic_directory(out_dir, own=OUTPUT_NAMES) as staging, frozen_heap():
            names = _write_outputs(result, staging, options=options, say=say)
    except ExportError:
        raise
    except OSError as error:
        raise ExportError(f"cannot write the outputs into {out_dir}: {error}") from error
    return [out_dir / name for name in names]


def publish_outputs(result: IncidentSet, *, options: RunOptions,
                    progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write the outputs of ``result`` into ``options.out_dir`` as one, as :func:`run_pipeline` does.

    For front ends that merge incidents themselves (the HTTP service): the
    folder's lock is taken (a running ``geo run`` makes this raise
    :class:`ExportError`), leftovers of an interrupted write are cleaned, and
    the outputs are written into a staging folder swapped in as one.

    Parameters
    ----------
    result : IncidentSet
        The merged incidents (:func:`geo.incidents.build.merge_article_events`).
    options : RunOptions
        The output folder, formats and border zone width.
    progress : callable, optional
        Receives a line per output written.

    Returns
    -------
    list of Path
        The files written.
    """
    say = progress or (lambda _line: None)
    for name in options.output_formats:
        get_writer(name)
    with _locked(options.out_dir):
        clean_leftovers(options.out_dir)
        return _publish(result, options=options, say=say)


def run_pipeline(
    options: RunOptions,
    *,
    geoparser: Geoparser | None = None,
    progress: Callable[[str], None] | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
) -> tuple[RunSummary, IncidentSet]:
    """Run the whole pipeline as ``options`` say and write the outputs into ``options.out_dir``, all together.

    The outputs are written into a staging folder and swapped in as one
    (:func:`geo._atomic.atomic_directory`): a failed or killed run leaves the
    previous set; a run that read no article raises :class:`NoInputError` and
    writes nothing; a second run into the same folder meanwhile is refused
    (:class:`ExportError`); leftovers of an interrupted run are cleaned first.
    The outputs are the same bytes whichever runner parsed the articles.

    Parameters
    ----------
    options : RunOptions
        Inputs, outputs, distances, languages, limits and the runner.
    geoparser : Geoparser, optional
        Injected for tests (in-process runs only); default uses the default gazetteer.
    progress : callable, optional
        Receives a line every 500 articles and at each stage.
    on_error : callable, optional
        Receives each :class:`ArticleError` (the run goes on).

    Returns
    -------
    RunSummary, IncidentSet
        What was read, found and written; the incidents.

    Raises
    ------
    ConfigurationError
        An unknown output name, or a distributed run without Dask.
    NoInputError, ExportError
        See above.
    """
    started = time.perf_counter()
    say = progress or (lambda _line: None)
    for name in options.output_formats:
        get_writer(name)  # fail early on a bad name, before reading anything
    summary = RunSummary()

    def failed(error: ArticleError) -> None:
        summary.failed.append(error)
        if on_error:
            on_error(error)

    def other_language() -> None:
        summary.other_language += 1

    def counted(stream: Iterator[ArticleEvents]) -> Iterator[ArticleEvents]:
        for item in stream:
            summary.articles += 1
            summary.mentions += item.mention_count
            summary.incident_mentions += item.incident_mention_count
            if summary.articles % PROGRESS_EVERY == 0:
                say(f"{summary.articles:,} articles parsed")
            yield item

    out_dir = options.out_dir
    inputs = options.inputs
    with _locked(out_dir):
        clean_leftovers(out_dir)
        stream = events_from_inputs(options, geoparser=geoparser, progress=say, on_error=failed,
                                    on_other_language=other_language)
        result = merge_article_events(counted(stream), zone_width_km=options.zone_width_km,
                                      merge_km=options.merge_km)
        say(f"parsed {summary.articles:,} articles; {len(result.incidents):,} incidents")
        summary.incidents = len(result.incidents)
        if summary.articles == 0:
            skipped = [f"{len(summary.failed)} failed"] if summary.failed else []
            if summary.other_language:
                skipped.append(f"{summary.other_language} in other languages")
            why = f" ({', '.join(skipped)})" if skipped else ""
            raise NoInputError(
                f"no article was read from {', '.join(map(str, inputs))}{why}; "
                f"the outputs in {out_dir} are kept as they were")
        summary.written = _publish(result, options=options, say=say)
    summary.seconds = time.perf_counter() - started
    return summary, result


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
    """:func:`run_pipeline` with the options as keywords (in process; see :class:`RunOptions`)."""
    options = RunOptions(inputs=tuple(Path(p) for p in inputs), out_dir=Path(out_dir), formats=tuple(formats),
                         zone_width_km=zone_width_km, merge_km=merge_km, png=png, max_bytes=max_bytes)
    return run_pipeline(options, geoparser=geoparser, progress=progress, on_error=on_error)
