"""``geo parse``: geoparse articles and print their place mentions."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geo.cli._common import user_errors

__all__ = ["command"]


@click.command(name="parse")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per article per line (JSON Lines; docs/PARSE.md).")
@click.option("--all-roles/--incidents-only", default=True, show_default=True,
              help="Print context and unresolved mentions too (text output).")
@click.option("--ner", "ner_model", default=None, metavar="SPACY_MODEL",
              help="Add recall from an installed spaCy model (e.g. en_core_web_sm); off by default.")
@click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Skip (and report) input files larger than this.")
def command(inputs: tuple[Path, ...], as_json: bool, all_roles: bool, ner_model: str | None,
            max_file_mb: float) -> None:
    """Find the places in INPUTS (files or folders: .txt .md .html .json .jsonl .csv).

    Bad files are reported on standard error and skipped; the exit status is 1
    when any input failed.
    """
    from geo.articles import iter_articles
    from geo.geoparse.pipeline import Geoparser
    from geo.geoparse.serialize import parsed_article_record

    failures: list[str] = []

    def report(error: Exception) -> None:
        failures.append(str(error))
        click.echo(f"skipped: {error}", err=True)

    with user_errors():
        ner = None
        if ner_model:
            from geo.geoparse.ner import spacy_ner

            ner = spacy_ner(ner_model)
        parser = Geoparser(ner=ner)
        articles = iter_articles(inputs, on_error=report, max_bytes=int(max_file_mb * 1_000_000))
        for parsed in parser.parse_many(articles):
            if as_json:
                click.echo(json.dumps(parsed_article_record(parsed), ensure_ascii=False))
                continue
            article = parsed.article
            click.echo(f"# {article.id}  {article.date or 'undated'}  {article.title or ''}")
            for mention in parsed.mentions:
                if not all_roles and mention.role != "incident":
                    continue
                place = mention.place
                where = (f"{place.name} ({place.country_code}) {place.lat:.4f},{place.lon:.4f}"
                         if place else "-")
                precision = f" p{mention.precision}" if mention.precision else ""
                click.echo(
                    f"  {mention.start:>6}-{mention.end:<6} {mention.text!r:32} "
                    f"{mention.role}{precision:4} {where}  [{mention.role_reason}]"
                )
    if failures:
        raise SystemExit(1)
