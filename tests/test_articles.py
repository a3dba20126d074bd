"""Tests of ``geo.articles``: dates, every reader, sidecars, bad files, folders."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from pathlib import Path

import pytest

from geo.articles import READERS, Article, ReadResult, iter_articles, read_articles
from geo.articles.base import Reader
from geo.articles.dates import find_dateline, parse_date, parse_date_parts
from geo.articles.html_reader import extract_html
from geo.articles.model import content_id
from geo.articles.registry import reader_for
from geo.exceptions import ArticleError, ConfigurationError

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
UTC = dt.timezone.utc


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def read_one(path: Path) -> Article:
    result = read_articles([path])
    assert result.errors == []
    assert len(result.articles) == 1
    return result.articles[0]


def only_error(inputs: list[Path], **kwargs: int) -> ArticleError:
    result = read_articles(inputs, **kwargs)
    assert result.articles == []
    assert len(result.errors) == 1
    return result.errors[0]


# -- dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "has_time"),
    [
        ("Sep 18, 2022 14:55 UTC", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
        ("September 18, 2022", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("18 September 2022", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("2022-09-18", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("2022-09-18T14:55:00Z", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
        ("18.09.2022", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("Sept. 18, 2022", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("  Sunday, September 18, 2022 ", dt.datetime(2022, 9, 18, tzinfo=UTC), False),
        ("Sun, 18 Sep 2022 14:55:00 +0000", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
        ("2022-09-18T20:55:00+06:00", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
        ("Sep 18, 2022 8:55 PM KGT", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
        ("2022-09-18 14:55", dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC), True),
    ],
)
def test_parse_date_layouts(value: str, expected: dt.datetime, has_time: bool) -> None:
    parsed = parse_date_parts(value)
    assert parsed is not None
    assert parsed.when == expected
    assert parsed.when.tzinfo is not None and parsed.when.utcoffset() == dt.timedelta(0)
    assert parsed.has_time is has_time
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "Feb 30, 2022", "31/13/2022", "Sep 18, 2022 14:55 XYZ", "Smarch 3, 2022",
     "31.13.2022", "2022-13-01", "Sep 18"],
)  # fmt: skip
def test_parse_date_refuses_what_it_cannot_read(value: str) -> None:
    assert parse_date(value) is None


def test_find_dateline_in_seed_000() -> None:
    text = (SEEDS / "000_e574c8fbcf28f8d9.txt").read_text(encoding="utf-8")
    found = find_dateline(text)
    assert found is not None
    when, start, end = found
    assert when == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)
    assert text[start:end] == "Sep 18, 2022 14:55 UTC"


def test_find_dateline_after_title_with_label_and_bullet() -> None:
    text = "Border talks resume\n\n  • Published: 18.09.2022\n\nBody text."
    when, start, end = find_dateline(text)  # type: ignore[misc]
    assert when == dt.datetime(2022, 9, 18, tzinfo=UTC)
    assert text[start:end] == "18.09.2022"


def test_find_dateline_before_the_page_s_update_note() -> None:
    text = "UPDATE 2-Tajik farmer killed\nSeptember 3, 2024 1:58 PM GMT+6 Updated 2 hours ago\nBy A. Writer\n\nBody."
    when, start, end = find_dateline(text)  # type: ignore[misc]
    assert when == dt.datetime(2024, 9, 3, 7, 58, tzinfo=UTC)
    assert text[start:end] == "September 3, 2024 1:58 PM GMT+6"
    assert find_dateline("Updated 2 hours ago\n\nBody.") is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Dated 18.09.2022\nBody", "18.09.2022"),
        ("## Sep 18, 2022\nBody", "Sep 18, 2022"),
        ("Title\n> _18 September 2022_\n", "18 September 2022"),
        ("Posted on: Sept. 18, 2022 at 2:55 pm\n", "Sept. 18, 2022 at 2:55 pm"),
    ],
)
def test_find_dateline_decorations(text: str, written: str) -> None:
    found = find_dateline(text)
    assert found is not None and text[found[1] : found[2]] == written
    assert found[0].date() == dt.date(2022, 9, 18)


def test_find_dateline_only_looks_at_the_top() -> None:
    text = "\n".join(f"Paragraph {i}." for i in range(10)) + "\nSep 18, 2022\n"
    assert find_dateline(text) is None
    assert find_dateline("A sentence mentioning Sep 18, 2022 in passing.\n") is None


# -- registry contract ----------------------------------------------------------


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_every_registered_reader_follows_the_contract(suffix: str) -> None:
    reader = READERS[suffix]
    assert isinstance(reader, Reader)
    assert suffix == suffix.lower() and suffix.startswith(".")
    assert suffix in reader.suffixes
    assert reader.name
    assert type(reader).__doc__ and type(reader).read.__doc__
    params = inspect.signature(reader.read).parameters
    assert [p for p in params if params[p].kind is inspect.Parameter.KEYWORD_ONLY] == [
        "path",
        "sidecar",
    ]


def test_registry_lookup_error_lists_valid_suffixes() -> None:
    with pytest.raises(ArticleError) as info:
        reader_for("notes.docx")
    message = str(info.value)
    assert "notes.docx" in message and "'.docx'" in message
    for suffix in READERS:
        assert suffix in message
    assert reader_for("A.TXT") is READERS[".txt"]


# -- plain text and markdown -------------------------------------------------------


def test_txt_keeps_text_exactly_and_takes_title_and_dateline(tmp_path: Path) -> None:
    raw = "Sep 18, 2022 14:55 UTC\r\n  • Clashes at Vorukh  \r\n\r\nBody line one.\r\n"
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbf" + raw.encode("utf-8"))
    article = read_one(path)
    assert article.text == raw  # BOM gone, CRLF and spacing kept
    assert article.title == "Clashes at Vorukh"
    assert article.published == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)
    assert article.date == dt.date(2022, 9, 18)
    assert article.id == content_id(raw)
    assert article.path == str(path) and article.line is None
    assert article.text.index("Vorukh") == raw.index("Vorukh")


def test_txt_without_dateline(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "b.txt", "Talks in Batken\n\nNo date here."))
    assert article.title == "Talks in Batken"
    assert article.published is None and article.date is None


def test_markdown_heading_title_and_date_only_dateline(tmp_path: Path) -> None:
    text = "# Ceasefire holds #\n\n*18 September 2022*\n\nText."
    article = read_one(write(tmp_path, "c.md", text))
    assert article.title == "Ceasefire holds"
    assert article.date == dt.date(2022, 9, 18)
    assert article.published is None  # a date alone has no time of day


# -- HTML -------------------------------------------------------------------------------

HTML = """<!doctype html>
<html><head>
<title>Clashes on the border &amp; after</title>
<meta property="article:published_time" content="2022-09-18T20:55:00+06:00">
<link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
<style>p { color: red }</style>
<script>var secret = "<p>not text</p>";</script>
</head><body>
<noscript>Enable JS</noscript><template><p>hidden</p></template>
<h1>Clashes on the border</h1>
<p>Fighting near <b>Vorukh</b>&nbsp;&mdash; &lt;ten&gt; killed.</p>
<ul><li>First</li><li>Second</li></ul>
<script>alert(1)</script>
<p>Line one<br>line two</p>
</body></html>
"""


def test_html_text_metadata_and_dropped_elements(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "page.html", HTML))
    assert article.text == (
        "Clashes on the border\n\nFighting near Vorukh \u2014 <ten> killed.\n\n"
        "First\nSecond\n\nLine one\nline two"
    )
    for dropped in ("secret", "color", "Enable JS", "hidden", "alert"):
        assert dropped not in article.text
    assert article.title == "Clashes on the border & after"
    assert article.published == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)
    assert article.url == "https://example.org/a?x=1&y=2"
    assert article.id == content_id(article.text)


def test_html_fallbacks_h1_time_og_url_and_dateline(tmp_path: Path) -> None:
    page = (
        '<meta property="og:url" content="https://example.org/og">'
        "<h1>Heading title</h1><time datetime='2022-09-16'>Friday</time><p>Body.</p>"
    )
    article = read_one(write(tmp_path, "b.htm", page))
    assert (article.title, article.url, article.date) == (
        "Heading title", "https://example.org/og", dt.date(2022, 9, 16),
    )  # fmt: skip
    dated = read_one(write(tmp_path, "c.html", "<p>Sep 18, 2022</p><p>Body.</p>"))
    assert dated.date == dt.date(2022, 9, 18) and dated.title is None


def test_html_day_is_the_pages_own_zone_when_the_meta_tag_writes_utc(tmp_path: Path) -> None:
    # the outlet's "today" and «накануне» count from its own day, not the UTC one
    page = ('<meta property="article:published_time" content="2023-07-11T23:10:00Z">'
            '<h1>Утро 12 июля</h1><time datetime="2023-07-12T05:10:00+06:00">12 июля, 05:10</time><p>Текст.</p>')
    article = read_one(write(tmp_path, "d.html", page))
    assert article.date == dt.date(2023, 7, 12)
    assert article.published == dt.datetime(2023, 7, 11, 23, 10, tzinfo=dt.timezone.utc)
    # a UTC value alone keeps its own day; a local value first is taken as it is
    alone = read_one(write(tmp_path, "e.html", page.replace('<time datetime="2023-07-12T05:10:00+06:00">', "<time>")))
    assert alone.date == dt.date(2023, 7, 11)


def test_html_without_visible_text_is_an_error(tmp_path: Path) -> None:
    error = only_error([write(tmp_path, "e.html", "<script>only()</script>")])
    assert "no visible text" in str(error) and "e.html" in str(error)


def test_extract_html_keeps_pre_line_breaks() -> None:
    assert extract_html("<pre>a\n  b</pre>").text == "a\nb"


# -- JSON, JSON lines, CSV ------------------------------------------------------------


def test_json_object_and_list(tmp_path: Path) -> None:
    one = {"id": "x1", "text": "Text one.", "title": "T", "date": "2022-09-18",
           "url": "https://e.org/1", "source": "Wire", "extra": [1]}  # fmt: skip
    article = read_one(write(tmp_path, "one.json", json.dumps(one)))
    assert (article.id, article.title, article.date, article.url, article.source) == (
        "x1", "T", dt.date(2022, 9, 18), "https://e.org/1", "Wire",
    )  # fmt: skip
    items = [{"text": "First."}, {"id": 2, "text": "Second."}]
    result = read_articles([write(tmp_path, "many.json", json.dumps(items, indent=1))])
    assert result.errors == []
    assert [a.id for a in result.articles] == [content_id("First."), "2"]
    assert [a.line for a in result.articles] == [2, 5]


def test_json_list_bad_item_is_reported_and_others_read(tmp_path: Path) -> None:
    text = '[\n {"text": "Good."},\n {"title": "no text"},\n {"text": "Also good."}\n]'
    result = read_articles([write(tmp_path, "l.json", text)])
    assert [a.text for a in result.articles] == ["Good.", "Also good."]
    [error] = result.errors
    assert error.line == 3 and "item 2" in str(error) and "'text'" in str(error)


def test_malformed_json_file_names_the_line(tmp_path: Path) -> None:
    error = only_error([write(tmp_path, "bad.json", '{\n"text": "x",\n}')])
    assert error.line == 3 and str(error).startswith(f"{tmp_path / 'bad.json'}:3:")


def test_jsonl_bad_lines_reported_with_line_numbers_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Alpha."}),
        "",
        "{not json",
        json.dumps({"title": "missing text"}),
        json.dumps({"text": "Bad date.", "date": "someday"}),
        json.dumps(["a list"]),
        json.dumps({"text": 5}),
        json.dumps({"id": "b", "text": "Beta.\u2028still beta"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = read_articles([path])
    assert [(a.id, a.line) for a in result.articles] == [("a", 1), ("b", 8)]
    assert result.articles[1].text == "Beta.\u2028still beta"
    assert [e.line for e in result.errors] == [3, 4, 5, 6, 7]
    assert all(e.path == str(path) for e in result.errors)
    assert str(result.errors[0]).startswith(f"{path}:3: malformed JSON")
    assert "'someday'" in result.errors[2].reason


def test_json_body_kept_as_paragraphs_is_one_text(tmp_path: Path) -> None:
    record = {"title": "Stones thrown at cars", "published": "2026-05-12T09:31:00+00:00",
              "body": ["BATKEN -- Two cars were pelted with stones.", "  ", "A driver was cut by glass."]}
    article = read_one(write(tmp_path, "rferl.json", json.dumps(record)))
    assert article.text == "BATKEN -- Two cars were pelted with stones.\n\nA driver was cut by glass."
    # (a list that is not all paragraphs of text is still a clear error)
    error = only_error([write(tmp_path, "mixed.json", json.dumps({"body": ["One.", 2]}))])
    assert "field 'body' is JSON array; expected a string (or a list of paragraph strings)" in str(error)


def test_news_export_field_names_are_read_as_metadata(tmp_path: Path) -> None:
    records = [
        {"text": "One.", "published": "2023-10-05T16:20:00+05:00", "headline": "H", "link": "https://e.org/1"},
        {"text": "Two.", "pubDate": "Tue, 14 May 2024 09:00:00 GMT", "outlet": "24.kg"},
        {"text": "Three.", "datePublished": "18.09.2022", "date": "2022-09-19"},  # 'date' comes first
        {"text": "Bad.", "published": "someday"},
    ]
    path = write(tmp_path, "export.json", json.dumps(records))
    result = read_articles([path])
    got = [(a.date.isoformat() if a.date else None, a.title, a.url, a.source) for a in result.articles]
    assert got == [("2023-10-05", "H", "https://e.org/1", None), ("2024-05-14", None, None, "24.kg"),
                   ("2022-09-19", None, None, None)]
    assert len(result.errors) == 1 and "field 'published' is 'someday'" in result.errors[0].reason


def test_markdown_front_matter_gives_the_metadata_and_is_not_article_text(tmp_path: Path) -> None:
    body = "# Gunfire near Kulundu\n\nShooting broke out near Kulundu on Tuesday.\n"
    text = '---\ntitle: "Three days of gunfire"\noutlet: Eurasianet\npublished: 2024-05-20\ntags:\n  - border\n---\n' + body
    result = read_articles([write(tmp_path, "a.md", text)])
    article = result.articles[0]
    assert (article.title, article.source, article.date.isoformat()) == ("Three days of gunfire", "Eurasianet", "2024-05-20")
    assert article.text.endswith(body) and len(article.text) == len(text)  # offsets are the file's
    assert "title" not in article.text and "Eurasianet" not in article.text
    bad = read_articles([write(tmp_path, "b.md", "---\ndate: someday\n---\nBody.\n")])
    assert bad.articles == [] and "front matter: field 'date' is 'someday'" in bad.errors[0].reason


def test_a_regional_byline_dates_the_article_and_the_headline_follows_it(tmp_path: Path) -> None:
    from geo.articles.dates import parse_date_parts
    from geo.incidents.structure import read_structure
    from geo.language import get_pack

    assert parse_date_parts("18 сентября 2022 г., 14:55").when.isoformat() == "2022-09-18T14:55:00+00:00"
    assert parse_date_parts("5 окт. 2023").when.date().isoformat() == "2023-10-05"
    text = ("11:05, 21 августа 2024, Бишкек - 24.kg, Анара ТОКТОМАТОВА\n\n"
            "Обстрел сел Лейлекского района: пострадали пять человек\n\nСегодня утром обстреляли Максат.\n")
    article = read_articles([write(tmp_path, "a.txt", text)]).articles[0]
    assert article.date.isoformat() == "2024-08-21"
    assert article.title == "Обстрел сел Лейлекского района: пострадали пять человек"
    structure = read_structure(article, get_pack("ru"), lang="ru")
    start, end = structure.headline
    assert text[start:end] == article.title


def test_hostile_strings_are_kept_verbatim_as_plain_text(tmp_path: Path) -> None:
    hostile = '<img src=x onerror=alert(1)> </script><script>alert("x")</script> &amp; {{ x }}'
    record = {"text": hostile, "title": "<b>t</b>", "url": "javascript:alert(1)"}
    article = read_one(write(tmp_path, "h.jsonl", json.dumps(record)))
    assert article.text == hostile
    assert article.title == "<b>t</b>" and article.url == "javascript:alert(1)"
    quoted = '"' + hostile.replace('"', '""') + '"'
    csv_article = read_one(write(tmp_path, "h.csv", f"text\n{quoted}\n"))
    assert csv_article.text == hostile


def test_csv_rows_columns_and_multiline_fields(tmp_path: Path) -> None:
    text = (
        " ID ,Title,text,date,extra\n"
        'r1,One,"Line one\nline two",18.09.2022,z\n'
        "\n"
        "r2,Two,,2022-09-18,z\n"
        "r3,Three,Short,,z,surplus\n"
        "r4,Four,Fine,,z\n"
    )
    result = read_articles([write(tmp_path, "t.csv", text)])
    got = [(a.id, a.title, a.line) for a in result.articles]
    assert got == [("r1", "One", 2), ("r4", "Four", 7)]
    assert result.articles[0].text == "Line one\nline two"
    assert result.articles[0].date == dt.date(2022, 9, 18)
    assert [(e.line, "blank" in e.reason or "fields" in e.reason) for e in result.errors] == [
        (5, True),
        (6, True),
    ]


def test_csv_without_text_column_names_file_and_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "no_text.csv", "id,summary\n1,hello\n")
    error = only_error([path])
    assert str(path) in str(error)
    assert "'text'" in error.reason and "['id', 'summary']" in error.reason


def test_an_export_s_body_field_is_the_text(tmp_path: Path) -> None:
    # "body", "content", "articleBody": the names CMS exports give the article text
    assert read_one(write(tmp_path, "b.csv", "id,body\n1,Shelling near Vorukh.\n")).text == "Shelling near Vorukh."
    record = '{"title": "Brawl", "published": "2025-03-02", "body": "A brawl broke out at Western Qalacha."}'
    article = read_one(write(tmp_path, "b.json", record))
    assert (article.text, article.title, str(article.date)) == (
        "A brawl broke out at Western Qalacha.", "Brawl", "2025-03-02")


def test_csv_long_field_is_read(tmp_path: Path) -> None:
    long_text = "word " * 40_000  # over the csv module's default field limit
    article = read_one(write(tmp_path, "long.csv", f"text\n{long_text}\n"))
    assert article.text == long_text


# -- sidecars ---------------------------------------------------------------------------


def test_sidecar_fields_win_and_file_fills_the_rest(tmp_path: Path) -> None:
    write(tmp_path, "s.txt", "Sep 18, 2022 14:55 UTC\nOwn title\n\nBody.")
    write(tmp_path, "s.meta.json", json.dumps({"id": "side-1", "url": "https://e.org/s",
                                              "source": "Sidecar", "unknown": 1}))  # fmt: skip
    article = read_one(tmp_path)  # the sidecar is not read as an article
    assert (article.id, article.url, article.source) == ("side-1", "https://e.org/s", "Sidecar")
    assert article.title == "Own title"  # not in the sidecar: the file's own
    assert article.published == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)

    write(tmp_path, "s.meta.json", json.dumps({"date": "2022-09-20", "title": "Side title"}))
    article = read_one(tmp_path / "s.txt")
    assert article.date == dt.date(2022, 9, 20) and article.published is None
    assert article.title == "Side title"


def test_sidecar_for_html_overrides_canonical_url(tmp_path: Path) -> None:
    write(tmp_path, "p.html", HTML)
    write(tmp_path, "p.meta.json", json.dumps({"url": "https://e.org/side", "date": None}))
    article = read_one(tmp_path / "p.html")
    assert article.url == "https://e.org/side"
    assert article.published == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)


def test_bad_sidecar_is_reported_naming_the_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "q.txt", "Title\n\nBody.")
    side = write(tmp_path, "q.meta.json", json.dumps({"date": 20220918}))
    error = only_error([tmp_path])
    assert error.path == str(side) and "'date'" in error.reason
    write(tmp_path, "q.meta.json", "{oops")
    assert only_error([tmp_path]).path == str(side)


def test_sidecar_named_explicitly_is_an_error(tmp_path: Path) -> None:
    side = write(tmp_path, "r.meta.json", "{}")
    assert "sidecar" in only_error([side]).reason


# -- bad files --------------------------------------------------------------------------


def test_binary_file_is_reported(tmp_path: Path) -> None:
    error = only_error([write(tmp_path, "bin.txt", b"PK\x03\x04\x00\x00 zip")])
    assert "binary" in error.reason and "UTF-8" in error.reason


def test_undecodable_file_names_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1251.txt", "Граница\nбой".encode("cp1251"))
    error = only_error([path])
    assert error.path == str(path)
    assert "UTF-8" in error.reason and "0x" in error.reason and error.line == 1


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b" \n\t\n"])
def test_empty_file_is_reported(tmp_path: Path, content: bytes) -> None:
    assert "empty" in only_error([write(tmp_path, "empty.txt", content)]).reason


def test_too_large_file_is_reported_and_limit_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 200)
    error = only_error([path], max_bytes=100)
    assert "200 bytes" in error.reason and "100" in error.reason and "max_bytes" in error.reason
    assert read_one(path).text == "x" * 200
    with pytest.raises(ConfigurationError, match="max_bytes"):
        read_articles([path], max_bytes=0)
    with pytest.raises(ConfigurationError, match="max_bytes"):
        iter_articles([path], max_bytes=-1)  # checked at the call, not on first next()


def test_unknown_suffix_given_explicitly_is_reported(tmp_path: Path) -> None:
    error = only_error([write(tmp_path, "doc.pdf", "text")])
    assert "'.pdf'" in error.reason and ".txt" in error.reason


def test_missing_input_is_reported(tmp_path: Path) -> None:
    error = only_error([tmp_path / "nope"])
    assert error.path == str(tmp_path / "nope") and "no such file" in error.reason


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "1.txt", "First\n\nok")
    write(tmp_path, "2.txt", b"\x00\x01")
    write(tmp_path, "3.txt", b"\xff\xfe bad")
    write(tmp_path, "4.json", '{"text": "Fourth"}')
    seen: list[ArticleError] = []
    articles = list(iter_articles([tmp_path, tmp_path / "gone.txt"], on_error=seen.append))
    assert [Path(a.path or "").name for a in articles] == ["1.txt", "4.json"]
    assert sorted(Path(e.path).name for e in seen) == ["2.txt", "3.txt", "gone.txt"]


def test_without_on_error_bad_files_are_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path, "bad.txt", b"")
    write(tmp_path, "good.txt", "Good\n\nText.")
    assert [a.title for a in iter_articles([tmp_path])] == ["Good"]
    assert "bad.txt" in caplog.text


# -- folders, streaming, ids --------------------------------------------------------------


def test_folder_recursion_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    write(tmp_path, "b/z.txt", "Z\n\nz")
    write(tmp_path, "b/a.md", "A\n\na")
    write(tmp_path, "a.txt", "Top\n\ntop")
    write(tmp_path, "b/c/deep.jsonl", '{"text": "deep"}\n')
    write(tmp_path, ".hidden.txt", "Hidden\n\nh")
    write(tmp_path, ".git/x.txt", "Git\n\ng")
    write(tmp_path, "b/image.png", b"\x89PNG\x00")
    write(tmp_path, "b/notes.docx", "x")
    result = read_articles([tmp_path])
    assert result.errors == []
    names = [Path(a.path or "").relative_to(tmp_path).as_posix() for a in result.articles]
    assert names == ["a.txt", "b/a.md", "b/z.txt", "b/c/deep.jsonl"]


def test_single_path_string_counts_as_one_input(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "A\n\na")
    assert len(read_articles(str(tmp_path)).articles) == 1


def test_iter_articles_streams(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i}.txt", f"Title {i}\n\nBody.") for i in range(3)]
    consumed: list[Path] = []

    def inputs():  # type: ignore[no-untyped-def]
        for path in paths:
            consumed.append(path)
            yield path

    iterator = iter_articles(inputs())
    assert next(iterator).title == "Title 0"
    assert consumed == paths[:1]  # later inputs not touched yet
    paths[2].unlink()  # files are read only when reached
    seen: list[ArticleError] = []
    rest = iter_articles(paths[1:], on_error=seen.append)
    assert [a.title for a in rest] == ["Title 1"] and len(seen) == 1


def test_ids_are_stable_and_content_based(tmp_path: Path) -> None:
    a = read_one(write(tmp_path, "one/a.txt", "Same text\n\nbody"))
    b = read_one(write(tmp_path, "two/b.txt", "Same text\n\nbody"))
    c = read_one(write(tmp_path, "c.txt", "Other text\n\nbody"))
    assert a.id == b.id == content_id("Same text\n\nbody") != c.id
    assert read_one(tmp_path / "one/a.txt") == a


def test_read_result_is_a_dataclass() -> None:
    assert ReadResult() == ReadResult(articles=[], errors=[])


# -- the real seeds ---------------------------------------------------------------------------


def test_reads_the_seed_folder() -> None:
    result = read_articles([SEEDS])
    assert result.errors == []
    assert len(result.articles) == 3  # two English seeds and the team's Russian counterpart
    first, second, _russian = result.articles
    assert Path(first.path or "").name.startswith("000_")
    assert first.date == dt.date(2022, 9, 18)
    assert first.published == dt.datetime(2022, 9, 18, 14, 55, tzinfo=UTC)
    assert first.title is not None and first.title.startswith("Putin urges")
    assert first.text == Path(first.path or "").read_bytes().decode("utf-8")
    assert second.date is None and second.title is not None
    assert second.title.startswith("Kyrgyzstan versus Tajikistan")


# --- hostile and odd inputs (issue 11) --------------------------------------------------------


def test_a_fifo_is_reported_not_waited_for(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "ok.txt", "Shelling hit Vorukh.")
    result = read_articles([tmp_path])
    assert [Path(a.path or "").name for a in result.articles] == ["ok.txt"]
    assert "FIFO" in result.errors[0].reason
    assert "FIFO" in only_error([tmp_path / "pipe.txt"]).reason


def test_symlinked_folders_are_reported_not_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write(real, "a.txt", "Shelling hit Vorukh.")
    (tmp_path / "in" ).mkdir()
    (tmp_path / "in" / "link").symlink_to(real, target_is_directory=True)
    result = read_articles([tmp_path / "in"])
    assert result.articles == [] and "symbolic link" in result.errors[0].reason


def test_utf16_with_a_bom_is_read() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    article = read_one(write(folder, "a.txt", "Обстрел Воруха".encode("utf-16")))
    assert article.text == "Обстрел Воруха"


def test_a_csv_row_with_a_nul_byte_or_bad_bytes_is_rejected_alone(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", b"id,text\na,Shelling hit Vorukh\nb,bad\x00row\nc,caf\xe9 row\nd,Ak-Sai\n")
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["a", "d"]
    assert [(e.line, "NUL" in e.reason or "not UTF-8" in e.reason) for e in result.errors] == [(3, True), (4, True)]


def test_an_unterminated_csv_quote_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", 'id,text\na,ok\nb,"never closed\nc,more\n')
    result = read_articles([path])
    assert [a.id for a in result.articles] == ["a"]
    assert "quoted field is not closed" in result.errors[0].reason and result.errors[0].line == 3


def test_json_past_the_decoders_limits_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    deep = write(tmp_path, "deep.json", "[" * 2000 + "]" * 2000)
    assert "nested too deep" in only_error([deep]).reason
    lines = write(tmp_path, "a.jsonl", '{"id": "big", "n": ' + "9" * 5000 + '}\n{"id": "ok", "text": "Vorukh"}\n')
    result = read_articles([lines])
    assert [a.id for a in result.articles] == ["ok"] and "refuses" in result.errors[0].reason


def test_lone_surrogates_are_replaced_so_every_writer_can_encode_them(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", '{"id": "s\\ud800", "title": "T\\udfff", "text": "Shelling hit Vorukh \\ud800."}\n')
    article = read_one(path)
    assert "\ufffd" in article.text and article.title == "T\ufffd" and article.id == "s\ufffd"
    (article.id + article.title + article.text).encode("utf-8")


def test_a_date_line_with_its_source_after_a_bar():
    from geo.articles.dates import find_dateline_parts

    found = find_dateline_parts("14 June 2022, 16:40 | Asia-Plus\n\nShepherd reported killed is alive")
    assert found is not None and found[0].when.date().isoformat() == "2022-06-14"
    assert find_dateline_parts("Shepherd killed | Asia-Plus\n\nBody") is None


@pytest.mark.parametrize("line, day", [
    ("**НИАТ «Ховар» · 17.09.2022, 14:20**", "2022-09-17"),
    ("Eurasianet · Feb 9, 2026", "2026-02-09"),
])
def test_a_byline_of_source_then_date(line, day):
    from geo.articles.dates import find_dateline_parts

    found = find_dateline_parts(f"# Информационное сообщение\n{line}\n\nТекст.")
    assert found is not None and found[0].when.date().isoformat() == day


def test_the_publication_day_is_the_day_as_written_in_the_writer_s_zone():
    # 01:50 on Tuesday in Dushanbe is Monday evening in UTC: "on Tuesday" means that Tuesday
    parsed = parse_date_parts("2024-09-10T01:50:00+05:00")
    assert parsed.when.date().isoformat() == "2024-09-09"
    assert parsed.day.isoformat() == "2024-09-10"


@pytest.mark.parametrize("value, day", [
    ("10/07/25 11:42", "2025-07-10"),  # 24.kg's day/month/year
    ("07/23/2025", "2025-07-23"),  # month first only where the day cannot be a month
])
def test_slashed_dates_are_day_first(value, day):
    assert parse_date_parts(value).day.isoformat() == day


def test_a_first_line_with_the_source_and_its_section_before_the_date() -> None:
    text = "Пограничная служба ГКНБ Кыргызской Республики | Пресс-центр | 22.08.2025, 14:05\n\nИНФОРМАЦИОННОЕ СООБЩЕНИЕ"
    found = find_dateline(text)
    assert found is not None and found[0].date() == dt.date(2025, 8, 22)
