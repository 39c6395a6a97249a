"""Readers: encodings, broken inputs, HTML, JSON Lines, dates, keys, bundles.

All input files are synthetic and written to ``tmp_path``; the only test that
touches the real corpus skips when ``../shared`` is absent.
"""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest
from helpers import SHARED

from kg.errors import InputError, KgError
from kg.io.read import (
    DecodeError,
    date_from_name,
    decode_bytes,
    html_to_text,
    iter_documents,
    split_bundle,
)
from kg.records import Document

# Written for these tests; 镕 is outside GB2312, so it also checks rare characters survive.
POLITICAL = (
    "中共中央政治局常委、国务院总理李强主持召开国务院常务会议\n\n"
    "会议强调，要推动长三角一体化发展，扎实推进“一带一路”建设。朱镕基同志的讲话被多次引用。\n"
)


def read_all(*paths: Path | str, **kwargs: object) -> list[Document | InputError]:
    return list(iter_documents(paths, **kwargs))  # type: ignore[arg-type]


def only_doc(items: list[Document | InputError]) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


# --- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("gb18030", b""),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "gb18030"],
)
def test_encoding_round_trips(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(bom + POLITICAL.encode(encoding))
    doc = only_doc(read_all(path))
    assert doc.text == POLITICAL
    assert doc.title == "中共中央政治局常委、国务院总理李强主持召开国务院常务会议"


def test_short_gb18030_is_not_taken_for_korean() -> None:
    # charset-normalizer alone reports cp949 for these bytes and returns Hangul.
    assert decode_bytes("长三角一体化发展".encode("gb18030")) == "长三角一体化发展"


def test_gbk_file_is_read_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "gbk.md"
    path.write_bytes("# 省委书记调研\n\n江苏省委书记在南京调研。\n".encode("gbk"))
    assert only_doc(read_all(path)).text == "# 省委书记调研\n\n江苏省委书记在南京调研。\n"


def test_utf8_bom_is_not_kept_in_text() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + "会议".encode()) == "会议"


def test_broken_bom_file_is_an_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


# --- bad files never stop the rest ---------------------------------------------------------------


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    error = only_error(read_all(path))
    assert error.source == str(path)
    assert "empty" in error.reason


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text(" \n\n\u3000\n", encoding="utf-8")
    assert "empty" in only_error(read_all(path)).reason


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    error = only_error(read_all(path))
    assert "binary" in error.reason
    assert str(error) == f"{path}: {error.reason}"


def test_undecodable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    # Invalid as UTF-8, GB18030 and UTF-16, and no NUL byte to call it binary.
    path.write_bytes(b"\x80\x81\xfd\xfe\xff" * 40 + b"\x7f")
    error = only_error(read_all(path))
    assert "UTF-8" in error.reason


def test_bad_file_does_not_stop_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (tmp_path / "b_empty.md").write_bytes(b"")
    (tmp_path / "c_good.txt").write_text("会议在上海举行。", encoding="utf-8")
    items = read_all(tmp_path)
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Document"]
    assert isinstance(items[2], Document) and items[2].key == "c_good"


def test_file_over_the_size_limit_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("会议" * 600, encoding="utf-8")
    error = only_error(read_all(path, max_bytes=1000))
    assert "limit" in error.reason


def test_unreadable_file_in_a_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text("会议。", encoding="utf-8")
    error, good = read_all(tmp_path)
    assert isinstance(error, InputError) and error.source == str(tmp_path / "gone.txt")
    assert "symbolic link" in error.reason  # links inside a folder are not followed
    assert isinstance(good, Document)
    named = only_error(read_all(tmp_path / "gone.txt"))  # named on the command line: followed, and broken
    assert "cannot be read" in named.reason


def test_missing_path_and_unsupported_file_are_errors(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    missing, unsupported = read_all(tmp_path / "nope.txt", tmp_path / "report.pdf")
    assert isinstance(missing, InputError) and "no such file" in missing.reason
    assert isinstance(unsupported, InputError) and ".pdf" in unsupported.reason


def test_input_error_is_a_kg_error_with_source_and_reason() -> None:
    error = InputError("a.jsonl:3", "line is not valid JSON")
    assert isinstance(error, KgError)
    assert (error.source, error.reason) == ("a.jsonl:3", "line is not valid JSON")
    assert str(error) == "a.jsonl:3: line is not valid JSON"


# --- folders ------------------------------------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.md", "a/y.html", ".hidden.txt", ".git/x.txt", "a/notes.pdf", "c.jsonl"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".jsonl"):
            path.write_text(json.dumps({"text": "会议。"}) + "\n", encoding="utf-8")
        else:
            path.write_text("<p>会议。</p>" if rel.endswith("html") else "会议。", encoding="utf-8")
    sources = [item.source for item in read_all(tmp_path)]
    assert sources == [str(tmp_path / p) for p in ["a/y.html", "a/z.md", "b.txt"]] + [
        f"{tmp_path / 'c.jsonl'}:1"
    ]


# --- JSON Lines -----------------------------------------------------------------------------------


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_broken_line_is_an_error_and_the_others_are_read(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "news.jsonl",
        [
            json.dumps({"id": "n1", "title": "甲", "text": "第一条新闻。"}, ensure_ascii=False),
            '{"id": "n2", "text": "断了',
            "",
            json.dumps({"id": "n3", "text": "第三条新闻。"}, ensure_ascii=False),
            json.dumps({"id": "n4", "title": "没有正文"}, ensure_ascii=False),
            "[1, 2]",
        ],
    )
    items = read_all(path)
    assert [i.key if isinstance(i, Document) else i.source for i in items] == [
        "n1",
        f"{path}:2",
        "n3",
        f"{path}:5",
        f"{path}:6",
    ]
    assert "not valid JSON" in items[1].reason  # type: ignore[union-attr]
    assert "no 'text' or 'html'" in items[3].reason  # type: ignore[union-attr]
    assert "JSON object" in items[4].reason  # type: ignore[union-attr]
    assert items[2].source == f"{path}:4"


def test_jsonl_line_over_the_limit_is_an_error_for_that_line_only(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "big.jsonl",
        [
            json.dumps({"text": "长" * 400}, ensure_ascii=False),
            json.dumps({"text": "短新闻。"}, ensure_ascii=False),
        ],
    )
    first, second = read_all(path, max_bytes=500)
    assert isinstance(first, InputError) and first.source == f"{path}:1" and "limit" in first.reason
    assert isinstance(second, Document) and second.text == "短新闻。"


def test_jsonl_file_larger_than_the_limit_is_still_streamed(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": "新闻正文。" * 5}, ensure_ascii=False) for i in range(20)]
    path = write_jsonl(tmp_path / "many.jsonl", lines)
    assert path.stat().st_size > 1000
    items = read_all(path, max_bytes=200)
    assert [i.key for i in items if isinstance(i, Document)] == [f"n{i}" for i in range(20)]


def test_jsonl_fields_keys_and_titles(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps(
                {"id": 42, "text": "## 标题在这里\n\n正文。", "url": "https://example.org/a"},
                ensure_ascii=False,
            ),
            json.dumps({"text": "**本报讯** 正文。", "title": "  给定标题 "}, ensure_ascii=False),
        ],
    )
    first, second = (only_doc([i]) for i in read_all(path))
    assert (first.key, first.title, first.url) == ("42", "标题在这里", "https://example.org/a")
    assert (second.key, second.title, second.url) == ("feed-2", "给定标题", None)


def test_jsonl_html_field_is_stripped(tmp_path: Path) -> None:
    html = "<p>央视网消息：</p><script>var x = '不要';</script><p>会议在北京举行。</p>"
    path = write_jsonl(tmp_path / "x.jsonl", [json.dumps({"id": "v1", "html": html, "title": "会议"})])
    doc = only_doc(read_all(path))
    assert doc.text == "央视网消息：\n\n会议在北京举行。"
    assert doc.is_html


def test_jsonl_with_bad_date_is_an_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": "会议。", "date": "2022-13-01"})])
    assert "YYYY-MM-DD" in only_error(read_all(path)).reason


def test_json_file_with_object_list_and_lines(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "一条。"}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps([{"text": "甲。"}, {"html": "<p>乙。</p>"}, 3]), encoding="utf-8"
    )
    (tmp_path / "lines.json").write_text('{"text": "丙。"}\n{"text": "丁。"}\n', encoding="utf-8")
    items = read_all(tmp_path / "one.json", tmp_path / "many.json", tmp_path / "lines.json")
    keys = [i.key if isinstance(i, Document) else i.source for i in items]
    assert keys == ["one", "many-1", "many-2", f"{tmp_path / 'many.json'}#3", "lines-1", "lines-2"]


# --- HTML ---------------------------------------------------------------------------------------


def test_html_stripping_drops_scripts_and_makes_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>省委常委会召开 &amp; 部署</title><style>p {color: red}</style></head>"
        "<body><h1>大标题</h1><div>第一段<b>加粗</b>文字。</div>"
        "<script>alert('不应出现')</script>"
        "<p>第二段&lt;引用&gt;&nbsp;文字。<br>换行后。</p><ul><li>要点一</li><li>要点&#x4E8C;</li></ul>"
        "<p>跨行的\n   中文</p></body></html>",
        encoding="utf-8",
    )
    doc = only_doc(read_all(path))
    assert doc.title == "省委常委会召开 & 部署"
    assert doc.text.split("\n\n") == [
        "大标题",
        "第一段加粗文字。",
        "第二段<引用> 文字。",
        "换行后。",
        "要点一",
        "要点二",
        "跨行的中文",
    ]
    assert "不应出现" not in doc.text and "color" not in doc.text


def test_html_title_falls_back_to_first_h1() -> None:
    assert html_to_text("<h1>第一个</h1><p>正文。</p><h1>第二个</h1>")[1] == "第一个"
    assert html_to_text("<p>只有正文。</p>")[1] is None


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.htm"
    path.write_text("<html><script>var a;</script></html>", encoding="utf-8")
    assert "no visible text" in only_error(read_all(path)).reason


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("20200822_x.txt", date(2020, 8, 22)),
        ("2022-08-18-x.md", date(2022, 8, 18)),
        ("2022_08_18.html", date(2022, 8, 18)),
        ("news-2021-12-01.jsonl", date(2021, 12, 1)),
        ("20221345_x.txt", None),
        ("2022-08_18.txt", None),
        ("report_123456789.txt", None),
        ("plain.txt", None),
    ],
)
def test_date_from_file_name(name: str, expected: date | None) -> None:
    assert date_from_name(name) == expected


def test_date_precedence(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "20200101_feed.jsonl",
        [
            json.dumps({"text": "甲。", "date": "2022-08-16"}),
            json.dumps({"text": "乙。", "date": "2022-08-17T09:30:00"}),
            json.dumps({"text": "丙。"}),
        ],
    )
    txt = tmp_path / "20200102_a.txt"
    txt.write_text("丁。", encoding="utf-8")
    plain = [i.date for i in read_all(path, txt)]  # type: ignore[union-attr]
    assert plain == [date(2022, 8, 16), date(2022, 8, 17), date(2020, 1, 1), date(2020, 1, 2)]
    forced = [i.date for i in read_all(path, txt, date=date(2023, 5, 4))]  # type: ignore[union-attr]
    assert forced == [date(2023, 5, 4)] * 4


def test_no_date_anywhere_is_none(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("8月16日，会议举行。", encoding="utf-8")
    assert only_doc(read_all(path)).date is None


# --- 联播快讯 bundles -----------------------------------------------------------------------------

# Written for this test, in the shape of a 新闻联播 news-in-brief item.
BUNDLE_HTML = (
    "<p>央视网消息（新闻联播）：</p>"
    "<p>全国秋粮收购进度过半</p>"
    "<p>国家粮食和物资储备局今天表示，全国秋粮收购已过半，主产区收购平稳有序。</p>"
    "<p>各地加强质量检测，确保收购粮食安全。</p>"
    "<p>加油！长江经济带绿色发展取得新进展</p>"
    "<p>记者从有关部门获悉，长江经济带生态环境质量持续改善。</p>"
    "<p>国家移民管理局：口岸通关总体平稳<br/></p>"
    "<p>据介绍，近期全国口岸日均出入境人员保持平稳。</p>"
)


def bundle_doc(title: str = "国内联播快讯") -> Document:
    text, _ = html_to_text(BUNDLE_HTML)
    return Document(
        source="x.jsonl:7", key="VID7", text=text, title=title, date=date(2022, 8, 16), is_html=True
    )


def test_split_bundle_makes_one_document_per_report() -> None:
    reports = split_bundle(bundle_doc())
    assert [r.key for r in reports] == ["VID7-1", "VID7-2", "VID7-3"]
    assert [r.title for r in reports] == [
        "全国秋粮收购进度过半",
        "加油！长江经济带绿色发展取得新进展",
        "国家移民管理局：口岸通关总体平稳",
    ]
    assert reports[0].text.split("\n\n") == [
        "全国秋粮收购进度过半",
        "国家粮食和物资储备局今天表示，全国秋粮收购已过半，主产区收购平稳有序。",
        "各地加强质量检测，确保收购粮食安全。",
    ]
    assert all("央视网消息" not in r.text for r in reports)
    assert {(r.date, r.is_html) for r in reports} == {(date(2022, 8, 16), True)}
    assert reports[2].source == "x.jsonl:7#3"


def test_non_bundle_is_returned_unchanged() -> None:
    doc = bundle_doc(title="全国秋粮收购进度过半")
    assert split_bundle(doc) == [doc]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "xwlb.jsonl").exists(), reason="needs ../shared/corpus")
def test_real_bundles_split_into_headlined_reports() -> None:
    checked = 0
    for item in iter_documents([SHARED / "corpus" / "xwlb.jsonl"]):
        if not isinstance(item, Document) or "联播快讯" not in (item.title or ""):
            continue
        reports = split_bundle(item)
        assert len(reports) >= 2, item.key
        for report in reports:
            headline, *body = report.text.split("\n\n")
            assert headline == report.title and not headline.endswith("。"), report.key
            assert body and body[-1].endswith(("。", "”", "！", "）")), report.key
        checked += 1
        if checked == 60:
            break
    assert checked == 60
