"""One pipeline core: RunOptions, one output registry, one taxonomy, a serialisable per-article record."""

from __future__ import annotations

import dataclasses
import inspect
import json
import pickle
import pickletools
import subprocess
import sys

import pytest

from geo._pickling import pickle_by_fields
from geo.articles import iter_articles
from geo.articles.model import Article
from geo.exceptions import ConfigurationError, DataError
from geo.exports.writers import WRITERS
from geo.incidents import taxonomy
from geo.incidents.build import build_incidents, merge_article_events
from geo.incidents.per_article import ArticleEvents, extract_article_events
from geo.options import DEFAULT_FORMATS, RunOptions
from geo.run import run_pipeline
from geo.runners import article_events_for
from geo.runners.partition import partition_by_size


@pytest.fixture(scope="module")
def seed_events(geoparser, repo_root) -> list[ArticleEvents]:
    return [extract_article_events(geoparser.parse(a)) for a in iter_articles([repo_root / "seeds"])]


@pytest.mark.integration
def test_per_article_events_survive_json_unchanged(seed_events):
    assert sum(len(item.events) for item in seed_events) > 0
    for item in seed_events:
        text = json.dumps(item.to_dict(), ensure_ascii=False)
        assert ArticleEvents.from_dict(json.loads(text)) == item


@pytest.mark.integration
def test_merging_decoded_records_gives_the_incidents_of_one_process(seed_events, geoparser, repo_root):
    decoded = [ArticleEvents.from_dict(json.loads(json.dumps(item.to_dict()))) for item in seed_events]
    direct = build_incidents(geoparser.parse(a) for a in iter_articles([repo_root / "seeds"]))
    merged = merge_article_events(decoded)
    assert [i.incident_id for i in merged.incidents] == [i.incident_id for i in direct.incidents]
    assert merged.incidents == direct.incidents
    assert merged.mentions == direct.mentions


@pytest.mark.integration
def test_per_article_events_pickle_as_constructor_calls(seed_events):
    """What a Dask worker sends back: rebuilt equal, each record by its class (no per-object state to set)."""
    blob = pickle.dumps(seed_events, protocol=5)
    assert pickle.loads(blob) == seed_events
    opcodes = {op.name for op, _arg, _pos in pickletools.genops(blob)}
    assert "BUILD" not in opcodes  # the slow path: state set back attribute by attribute
    assert len(blob) < len(pickle.dumps([item.to_dict() for item in seed_events], protocol=5))


def test_pickle_by_fields_refuses_a_record_it_could_not_rebuild():
    @dataclasses.dataclass
    class Derived:
        a: int
        b: int = dataclasses.field(init=False, default=0)

    with pytest.raises(TypeError, match="Derived: every field must be an __init__ argument"):
        pickle_by_fields(Derived)
    with pytest.raises(TypeError, match="needs a dataclass"):
        pickle_by_fields(int)


def test_a_record_of_another_version_is_refused_by_name():
    record = ArticleEvents(article_id="a7").to_dict() | {"version": 99}
    with pytest.raises(DataError, match="'a7'.*version 1, got 99"):
        ArticleEvents.from_dict(record)
    broken = ArticleEvents(article_id="a8").to_dict()
    del broken["events"]
    with pytest.raises(DataError, match="'a8' are malformed"):
        ArticleEvents.from_dict(broken)


def test_partitions_keep_the_order_and_close_at_the_size():
    articles = [Article(id=str(i), text="x" * (i % 7 + 1)) for i in range(100)]
    parts = list(partition_by_size(articles, max_chars=20))
    assert [a for part in parts for a in part] == articles
    assert all(sum(len(a.text) for a in part) >= 20 for part in parts[:-1])
    assert all(sum(len(a.text) for a in part[:-1]) < 20 for part in parts)
    with pytest.raises(ConfigurationError, match="max_chars"):
        list(partition_by_size(articles, max_chars=0))


def test_run_options_say_what_is_wrong():
    with pytest.raises(ConfigurationError, match="workers must be a positive whole number, got 0"):
        RunOptions(inputs=(), workers=0)
    with pytest.raises(ConfigurationError, match="merge_km .* got -1"):
        RunOptions(inputs=(), merge_km=-1)
    with pytest.raises(ConfigurationError, match="read_on_workers must be True, False or None, got 'yes'"):
        RunOptions(inputs=(), workers=2, read_on_workers="yes")
    with pytest.raises(ConfigurationError, match="unknown language 'xx'; expected one of en, ru"):
        RunOptions(inputs=(), languages=("xx",))
    options = RunOptions(inputs=("seeds",), formats=("csv",), png=True, scheduler="tcp://h:8786")
    assert options.output_formats == ("csv", "png") and options.distributed


def test_every_output_is_one_registered_writer_with_the_same_contract():
    from geo.cli.run_cmd import command

    assert set(WRITERS) == set(DEFAULT_FORMATS) | {"png"}
    choices = next(p for p in command.params if p.name == "formats").type.choices
    assert set(choices) == set(WRITERS)
    for name, writer in WRITERS.items():
        params = inspect.signature(writer).parameters
        assert list(params)[:1] == ["result"], name
        for keyword in ("out_dir", "layers", "options"):
            assert params[keyword].kind is inspect.Parameter.KEYWORD_ONLY, (name, keyword)


def test_the_map_reads_the_one_taxonomy():
    from geo.mapping._incidents import EVENT_TYPES, OTHER_TYPE

    assert set(EVENT_TYPES) == set(taxonomy.EVENT_TYPES)
    for key, (label, colour) in EVENT_TYPES.items():
        assert (label, colour) == (taxonomy.EVENT_TYPE_LABELS[key], taxonomy.EVENT_TYPE_COLOURS[key])
    assert OTHER_TYPE == (taxonomy.OTHER_TYPE_LABEL, taxonomy.OTHER_TYPE_COLOUR)


def test_an_injected_geoparser_cannot_go_to_workers(tiny_gazetteer):
    from geo.geoparse.pipeline import Geoparser

    with pytest.raises(ConfigurationError, match="workers=1"):
        article_events_for([], options=RunOptions(inputs=(), workers=2),
                           geoparser=Geoparser(gazetteer=tiny_gazetteer))


@pytest.mark.integration
def test_a_language_choice_reads_only_those_articles(geoparser, repo_root, tmp_path):
    options = RunOptions(inputs=(repo_root / "seeds",), out_dir=tmp_path / "maps", formats=("geojson",),
                         languages=("ru",))
    summary, result = run_pipeline(options, geoparser=geoparser)
    assert (summary.articles, summary.other_language) == (1, 2)
    assert {s.lang for i in result.incidents for s in i.sources} == {"ru"}


@pytest.mark.integration
def test_a_kyrgyz_article_is_reported_and_skipped_by_a_run_of_every_language(geoparser, repo_root, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "ky.txt").write_text(
        "14 сентября 2022\n\nЧек арада атышуу\n\nБаткен облусундагы Көк-Таш айылында кечээ кечинде ок атылып, "
        "эки жоокер жаракат алды. Чек ара кызматы бул тууралуу билдирди. Жарадарлар ооруканага жеткирилди, "
        "абалы орто деп айтылды.\n", encoding="utf-8")
    for seed in (repo_root / "seeds").iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    options = RunOptions(inputs=(inputs,), out_dir=tmp_path / "maps", formats=("geojson",))
    summary, _ = run_pipeline(options, geoparser=geoparser)
    assert (summary.articles, summary.other_language) == (3, 1)


@pytest.mark.integration
def test_a_run_in_one_process_does_not_import_dask(repo_root, tmp_path):
    code = ("import sys; from geo.options import RunOptions; from geo.run import run_pipeline; "
            f"run_pipeline(RunOptions(inputs=({str(repo_root / 'seeds')!r},), out_dir={str(tmp_path)!r}, "
            "formats=('geojson',))); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip() == "[]"
