"""Input files read in pieces (what Dask workers read) give what one process reads, error for error.

:func:`geo.runners.pieces.plan_pieces` walks the inputs and cuts large JSON
Lines files into line ranges; reading the pieces of each partition in order,
with the planner's own errors in their places, must give the same articles
(ids, text, metadata, path, line) and the same error messages in the same
order as :func:`geo.articles.iter_articles`, whatever the partition size.
No Dask and no gazetteer here: the parse task's reading, not its parsing.
"""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from geo.articles import iter_articles
from geo.articles.model import Article
from geo.exceptions import ArticleError
from geo.runners.pieces import FilePiece, plan_pieces


def _record(index: int, text: str = "Shelling near Vorukh.") -> str:
    return json.dumps({"id": f"r{index}", "text": f"{text} ({index})", "date": "2022-09-16",
                      "title": f"Report {index}"}, ensure_ascii=False)


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """A mixed folder: big JSON Lines files with bad lines (malformed, not UTF-8, a NUL byte, a bad date,
    blank lines, CRLF, a UTF-8 byte-order mark, non-ASCII text), files read whole (text with a sidecar,
    a UTF-16 JSON Lines file, a blank one, a binary one), a missing input and a FIFO."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [_record(i, "Обстрел у Ворух —\u2028 two killed") if i % 7 == 0 else _record(i) for i in range(60)]
    lines[5] = '{"id": "broken", "text": '
    lines[17] = _record(17).replace('"2022-09-16"', '"someday"')
    lines[23] = ""
    lines[31] = "   "
    body = ("\n".join(lines) + "\n").encode("utf-8")
    body = body.replace(_record(40).encode(), _record(40).encode()[:-2] + b"\xff\xfe\"}")
    body = body.replace(_record(44).encode(), _record(44).encode().replace(b"Shelling", b"Shel\x00ling"))
    (folder / "a_big.jsonl").write_bytes(b"\xef\xbb\xbf" + body)
    (folder / "b_crlf.jsonl").write_bytes("\r\n".join(_record(100 + i) for i in range(30)).encode())
    (folder / "c_note.txt").write_text("VORUKH, Sept. 16\n\nShelling hit Vorukh.", encoding="utf-8")
    (folder / "c_note.meta.json").write_text('{"id": "note", "date": "2022-09-17"}', encoding="utf-8")
    (folder / "d_utf16.jsonl").write_bytes(("\n".join(_record(200 + i) for i in range(20)) + "\n")
                                           .encode("utf-16"))
    (folder / "e_blank.jsonl").write_bytes(b" \n\n  \n" * 50)
    (folder / "f_binary.txt").write_bytes(b"\x00\x01\xff" * 40)
    (folder / "g_last.jsonl").write_text("\n".join(_record(300 + i) for i in range(25)) + "\n",
                                         encoding="utf-8")
    items = [json.loads(_record(400 + i)) for i in range(30)]
    items[12] = {"title": "no text"}
    (folder / "h_list.json").write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
    rows = ["id,text,date"] + [f"c{i},Shelling near Vorukh ({i}),2022-09-1{i % 10}" for i in range(40)]
    rows[9] = "c8,,2022-09-18"
    (folder / "i_table.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.jsonl")
    return [folder, tmp_path / "missing.jsonl", tmp_path / "pipe.jsonl", folder / "g_last.jsonl"]


def _serial(inputs: list[Path]) -> tuple[list, list[str]]:
    errors: list[ArticleError] = []
    articles = list(iter_articles(inputs, on_error=errors.append))
    return articles, [str(error) for error in errors]


def _by_pieces(inputs: list[Path], partition_bytes: int) -> tuple[list, list[str], list[list[FilePiece]]]:
    articles, errors, partitions = [], [], []
    for unit in plan_pieces(inputs, max_bytes=10_000_000, partition_bytes=partition_bytes):
        if isinstance(unit, ArticleError):
            errors.append(str(unit))
            continue
        partitions.append(unit)
        if isinstance(unit[0], Article):  # a large file read here, its articles sent
            articles.extend(pickle.loads(pickle.dumps(unit)))
            continue
        for piece in pickle.loads(pickle.dumps(unit)):  # as a worker gets them
            for item in piece.read(max_bytes=10_000_000):
                if isinstance(item, ArticleError):
                    errors.append(str(pickle.loads(pickle.dumps(item))))  # as the worker sends it back
                else:
                    articles.append(item)
    return articles, errors, partitions


@pytest.mark.parametrize("partition_bytes", [1, 150, 1_000, 4_000, 10_000_000])
def test_pieces_read_the_articles_and_errors_of_one_process(inputs, partition_bytes):
    serial_articles, serial_errors = _serial(inputs)
    articles, errors, partitions = _by_pieces(inputs, partition_bytes)
    assert articles == serial_articles
    assert errors == serial_errors
    assert len(serial_articles) > 150 and len(serial_errors) == 10  # the corpus is a real test
    folder = inputs[0]
    pieces = [p for part in partitions if isinstance(part[0], FilePiece) for p in part]
    cut = {Path(p.path).name for p in pieces if p.end is not None}
    assert cut == {name for name in ("a_big.jsonl", "b_crlf.jsonl", "g_last.jsonl")
                   if (folder / name).stat().st_size > partition_bytes}  # smaller files are read whole
    read_here = {Path(a.path).name for part in partitions if isinstance(part[0], Article) for a in part}
    assert read_here == {name for name in ("c_note.txt", "d_utf16.jsonl", "h_list.json", "i_table.csv")
                         if (folder / name).stat().st_size > partition_bytes}  # too large, cannot be cut


def test_bad_lines_of_a_cut_file_keep_their_file_line_numbers(inputs):
    _, errors, _ = _by_pieces(inputs, 150)
    big = [e for e in errors if "a_big.jsonl" in e]
    assert [e.split(": ")[0].rsplit(":", 1)[1] for e in big] == ["6", "18", "41", "45"]
    assert "malformed JSON" in big[0] and "'someday', not a recognised date" in big[1]
    assert "not UTF-8 (0xff)" in big[2] and "NUL byte" in big[3]


def test_files_that_cannot_be_cut_are_one_piece_or_read_here(inputs):
    units = list(plan_pieces(inputs, max_bytes=10_000_000, partition_bytes=100))
    pieces = {Path(p.path).name: p for unit in units if isinstance(unit, list) and isinstance(unit[0], FilePiece)
              for p in unit}
    assert pieces["c_note.txt"].end is None  # small: read whole by a worker
    here = [unit for unit in units if isinstance(unit, ArticleError) or isinstance(unit[0], Article)]
    names = [Path(unit.path if isinstance(unit, ArticleError) else unit[0].path).name for unit in here]
    # larger than a partition and not cuttable (UTF-16, blank, binary, a JSON list, a CSV table): read here
    assert set(names) >= {"d_utf16.jsonl", "e_blank.jsonl", "f_binary.txt", "h_list.json", "i_table.csv"}
    small_limit = [p for unit in plan_pieces(inputs, max_bytes=1_000, partition_bytes=100)
                   if isinstance(unit, list) and isinstance(unit[0], FilePiece)
                   for p in unit if p.path.endswith("a_big.jsonl")]
    assert [(p.start, p.end) for p in small_limit] == [(0, None)]  # too large: its worker says so


def test_an_error_found_walking_closes_the_open_partition(inputs):
    units = list(plan_pieces(inputs, max_bytes=10_000_000, partition_bytes=10_000_000))
    # everything in the folder, then the missing input (and the FIFO), then the file named last
    walked = ["ArticleError", "ArticleError"] if hasattr(os, "mkfifo") else ["ArticleError"]
    assert [type(unit).__name__ for unit in units] == ["list", *walked, "list"]


def test_an_article_error_survives_pickling_with_its_message():
    error = ArticleError("in/a.jsonl", "malformed JSON (Expecting value, column 3)", line=7)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is ArticleError and str(back) == str(error) == \
        "in/a.jsonl:7: malformed JSON (Expecting value, column 3)"
    assert (back.path, back.reason, back.line) == (error.path, error.reason, error.line)
