"""Property tests over every reader: no exception escapes, and every good record beside bad ones is read."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.articles import read_articles
from geo.articles.registry import READERS

GOOD = "Shelling hit Vorukh on Monday."
#: Hostile pieces: lone surrogates, NUL, BOMs, control characters, deep nesting, huge numbers.
NASTY = st.sampled_from([
    "\ud800", "\udfff", "\x00", "\ufeff", "\r", "\u2028", '"', "\\", "[" * 3000, "9" * 5000, "{", "]",
    "<script>", "=HYPERLINK(1)", "\U0001F600",
])
JUNK = st.lists(st.one_of(st.text(max_size=40), NASTY), max_size=6).map("".join)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _write(path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(junk=JUNK, suffix=st.sampled_from(sorted(READERS)))
def test_no_exception_escapes_any_reader(tmp_path_factory, junk, suffix):
    path = tmp_path_factory.mktemp("junk") / f"a{suffix}"
    _write(path, junk)
    result = read_articles([path])  # must not raise
    for article in result.articles:
        article.text.encode("utf-8")  # every article is clean text
        json.dumps({"title": article.title, "id": article.id}, ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(junk=st.lists(JUNK, min_size=1, max_size=4))
def test_json_lines_keep_every_good_record(tmp_path_factory, junk):
    lines = []
    for index, bad in enumerate(junk):
        lines.append(json.dumps({"id": f"good{index}", "text": GOOD}))
        lines.append(bad.replace("\n", " "))
    path = tmp_path_factory.mktemp("jsonl") / "a.jsonl"
    _write(path, "\n".join(lines))
    ids = {a.id for a in read_articles([path]).articles}
    assert {f"good{i}" for i in range(len(junk))} <= ids


@SETTINGS
@given(junk=st.lists(JUNK, min_size=1, max_size=4))
def test_csv_keeps_every_good_row(tmp_path_factory, junk):
    rows = ["id,text"]
    for index, bad in enumerate(junk):
        rows.append(f"good{index},{GOOD}")
        rows.append("bad," + bad.replace("\n", " ").replace('"', "").replace("\r", " ").replace(",", " "))
    path = tmp_path_factory.mktemp("csv") / "a.csv"
    _write(path, "\n".join(rows))
    ids = {a.id for a in read_articles([path]).articles}
    assert {f"good{i}" for i in range(len(junk))} <= ids


@SETTINGS
@given(bad=NASTY)
def test_json_lists_report_a_bad_item_and_read_the_ones_before(tmp_path_factory, bad):
    path = tmp_path_factory.mktemp("json") / "a.json"
    _write(path, "[" + json.dumps({"id": "first", "text": GOOD}) + ", " + json.dumps({"id": "odd", "text": bad}) + "]")
    result = read_articles([path])
    assert "first" in {a.id for a in result.articles}
