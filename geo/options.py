"""The options of one run, shared by every front end (CLI, Dask runner, a later HTTP service).

One :class:`RunOptions` goes from the front end to :func:`geo.run.run_pipeline`,
to the runner that parses (:mod:`geo.runners`) and to every output writer
(:data:`geo.exports.writers.WRITERS`), instead of option lists copied down
each call. It imports nothing heavy, so front ends can build one cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geo.exceptions import ConfigurationError

__all__ = ["DEFAULT_FORMATS", "DEFAULT_PARTITION_BYTES", "RunOptions"]

#: Outputs written when none are chosen (``png`` is only written when asked).
DEFAULT_FORMATS: tuple[str, ...] = ("geojson", "gpkg", "csv", "ucdp", "parquet", "map")
#: Input per Dask task (bytes, or characters of text): big enough that a task outweighs its scheduling.
DEFAULT_PARTITION_BYTES = 500_000


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    """What to read, how to read it, what to write and where it runs.

    Attributes
    ----------
    inputs : tuple of Path
        Files or folders of articles.
    out_dir : Path
        Output folder (created if needed).
    formats : tuple of str
        Output names of :data:`geo.exports.writers.WRITERS` (checked when the run starts).
    zone_width_km : float
        Width of the border zone.
    merge_km : float
        Places closer than this are one incident place.
    languages : tuple of str, optional
        Read only articles in these languages (codes of
        :data:`geo.language.LANGUAGE_PACKS`); ``None`` reads every article.
    max_bytes : int
        Input files larger than this are reported and skipped.
    png : bool
        Also write ``map.png`` (the ``png`` output; needs Debian's chromium).
    workers : int
        Parse on a local Dask cluster of this many processes; 1 parses in
        this process (Dask is not imported).
    scheduler : str, optional
        Address of a running Dask scheduler to parse on (``tcp://host:8786``);
        ``workers`` is then ignored.
    partition_bytes : int
        Input per Dask task: bytes of input files when the workers read them,
        characters of article text when this process reads them.
    read_on_workers : bool, optional
        Whether the Dask workers read the input files themselves (this process
        then only walks the inputs and cuts them by size) or this process reads
        them and sends the articles. ``None`` (the default): the workers of a
        local cluster read them; for a running cluster (``scheduler``), whose
        workers may not see this machine's files, this process does.

    Examples
    --------
    >>> options = RunOptions(inputs=(Path("seeds"),), formats=("geojson",), png=True)
    >>> options.output_formats
    ('geojson', 'png')
    >>> options.distributed
    False
    """

    inputs: tuple[Path, ...]
    out_dir: Path = Path("maps")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    zone_width_km: float = 20.0
    merge_km: float = 10.0
    languages: tuple[str, ...] | None = None
    max_bytes: int = 10_000_000
    png: bool = False
    workers: int = 1
    scheduler: str | None = None
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    read_on_workers: bool | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "inputs", tuple(Path(p) for p in self.inputs))
        object.__setattr__(self, "out_dir", Path(self.out_dir))
        object.__setattr__(self, "formats", tuple(self.formats))
        for name, value in (("zone_width_km", self.zone_width_km), ("merge_km", self.merge_km)):
            if not value >= 0:
                raise ConfigurationError(f"{name} must be a distance of 0 km or more, got {value!r}")
        for name, value in (("max_bytes", self.max_bytes), ("workers", self.workers),
                            ("partition_bytes", self.partition_bytes)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"{name} must be a positive whole number, got {value!r}")
        if self.read_on_workers not in (None, True, False):
            raise ConfigurationError(f"read_on_workers must be True, False or None, got {self.read_on_workers!r}")
        if self.languages is not None:
            from geo.language import LANGUAGE_PACKS

            unknown = [code for code in self.languages if code not in LANGUAGE_PACKS]
            if unknown:
                raise ConfigurationError(f"unknown language {unknown[0]!r}; expected one of "
                                         f"{', '.join(sorted(LANGUAGE_PACKS))}")
            object.__setattr__(self, "languages", tuple(self.languages))

    @property
    def output_formats(self) -> tuple[str, ...]:
        """The outputs to write, in order: ``formats``, then ``png`` when asked."""
        return self.formats + (("png",) if self.png and "png" not in self.formats else ())

    @property
    def distributed(self) -> bool:
        """Whether parsing runs on Dask (more than one worker, or a scheduler address)."""
        return self.workers > 1 or self.scheduler is not None

    @property
    def workers_read_inputs(self) -> bool:
        """Whether Dask workers read the input files (see ``read_on_workers``); false for a run in process."""
        if not self.distributed:
            return False
        return self.read_on_workers if self.read_on_workers is not None else self.scheduler is None
