"""``geo serve``: the incidents as OGC API – Features, live ingest and the map (docs/SERVICE.md)."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._common import user_errors

__all__ = ["command"]


@click.command(name="serve")
@click.argument("data_dir", required=False, default=Path("maps"),
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback: only this machine).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port.")
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="File whose first line is the bearer token for POST /articles "
                   "(default: $GEO_SERVE_TOKEN; neither: ingest is off).")
@click.option("--articles", "seed_inputs", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Articles to take first when the folder has no ingest journal yet "
                   "(the inputs of the `geo run` that wrote it; repeatable).")
@click.option("--max-body-mb", type=click.FloatRange(min=0, min_open=True), default=5.0, show_default=True,
              help="Larger POST bodies get 413.")
@click.option("--max-batch", type=click.IntRange(min=1), default=100, show_default=True,
              help="More articles in one POST get 413.")
@click.option("--max-posts-per-minute", type=click.IntRange(min=1), default=60, show_default=True,
              help="More POST /articles a minute from one address get 429.")
@click.option("--database", envvar="GEO_DATABASE_URL", default=None, metavar="URL",
              help="Serve from, and ingest into, PostgreSQL with PostGIS: postgresql://USER[:PASSWORD]@HOST[:PORT]/DB "
                   "(default: $GEO_DATABASE_URL; neither: the folder's GeoPackage). Needs the postgis extra.")
def command(data_dir: Path, host: str, port: int, token_file: Path | None, seed_inputs: tuple[Path, ...],
            max_body_mb: float, max_batch: int, max_posts_per_minute: int, database: str | None) -> None:
    """Serve DATA_DIR (default: maps/, as `geo run` writes it) as OGC API - Features at
    http://HOST:PORT/, with the map at / and /map.html and, when a token is configured,
    POST /articles to take new articles.
    """
    try:
        import pygeoapi  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as error:
        raise click.ClickException(f"geo serve needs the serve extra ({error.name} is missing): "
                                   "pip install -e '.[serve]'") from None
    if database:
        try:
            import psycopg  # noqa: F401
            import psycopg_pool  # noqa: F401
        except ImportError as error:
            raise click.ClickException(f"geo serve --database needs the postgis extra ({error.name} is missing): "
                                       "pip install -e '.[serve,postgis]'") from None
    from geo.service.auth import load_token
    from geo.service.config import ServiceSettings
    from geo.service.server import serve

    with user_errors():
        token = load_token(token_file=token_file)
        settings = ServiceSettings(data_dir=data_dir, host=host, port=port, token=token,
                                   max_body_bytes=int(max_body_mb * 1_000_000), max_batch=max_batch,
                                   max_posts_per_minute=max_posts_per_minute, database=database or None)
        if seed_inputs:
            _seed(settings, seed_inputs)
        if database:
            from geo.service.postgis import redact_url

            where = f"{redact_url(database)} (map and files in {data_dir})"
        else:
            where = str(data_dir)
        serve(settings, on_ready=lambda: click.echo(
            f"serving {where} at {settings.url}/ (ingest {'on' if token else 'off'}); Ctrl-C stops", err=True))


def _seed(settings, inputs: tuple[Path, ...]) -> None:
    """Take the articles of ``inputs`` into an empty journal (``--articles``)."""
    from geo.articles import iter_articles
    from geo.service.app import make_ingestor

    ingestor = make_ingestor(settings)
    ingestor.start()
    articles = iter_articles(inputs, on_error=lambda error: click.echo(f"skipped: {error}", err=True))
    report = ingestor.seed(articles)
    click.echo(f"articles taken: {len(report.added)}; incidents: {report.incidents}", err=True)
