"""Inputs: directories, glob patterns factcmp expands, HTML pages read as their article, and what
is piped in recognised by its content; every refusal one line naming the input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import factcmp
from factcmp import ReadError, load_documents, read_documents
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "pages"
AR_TOLL = "أعلنت وزارة الدفاع الروسية أن 15 عسكريا قتلوا في اللاذقية."


def _run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcmp", *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd
    )


def _tree(root: Path) -> None:
    files = {
        "b/2.txt": "second",
        "a.md": "first",
        "b/c/3.html": "<html><body><p>third</p></body></html>",
        "b/corpus.jsonl": '{"id": "j", "text": "fourth"}\n',
        "b/notes.csv": "not read",
        ".hidden/x.txt": "not read",
        "b/.draft.txt": "not read",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_a_directory_is_read_recursively_by_extension_in_name_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert [doc.text for doc in read_documents(tmp_path)] == ["first", "second", "fourth", "third"]
    assert [doc.id for doc in read_documents(str(tmp_path))] == ["a", "2", "j", "3"]


def test_an_empty_directory_and_a_pattern_matching_nothing_are_refused(tmp_path: Path) -> None:
    (tmp_path / "only.csv").write_text("x", encoding="utf-8")
    documents, errors = load_documents([tmp_path, tmp_path / "*.txt"])
    assert documents == []
    assert [str(error) for error in errors] == [
        f"{tmp_path}: no .txt, .md, .jsonl, .ndjson, .html, .htm file in this directory",
        f"{tmp_path}/*.txt: no file matches this pattern",
    ]


def test_one_path_alone_is_one_input_not_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(AR_TOLL, encoding="utf-8")
    assert [doc.id for doc in read_documents(str(path))] == [doc.id for doc in read_documents(path)] == ["a"]


def test_quoted_patterns_are_expanded_by_factcmp_in_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    result = _run("extract", "--format", "json", "**/*.txt", "*.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [doc["id"] for doc in json.loads(result.stdout)["documents"]] == ["2", "a"]
    missing = _run("extract", "reports/*.txt", "*.md", cwd=tmp_path)
    assert missing.returncode == 1 and missing.stderr == "factcmp: reports/*.txt: no file matches this pattern\n"
    assert '"a"' in _run("extract", "--format", "json", "*.md", cwd=tmp_path).stdout


def test_an_html_page_is_read_as_its_article() -> None:
    (page,) = read_documents(PAGES / "sana-ar.html")
    assert page.id == "sana-ar"
    assert page.title == "موسكو: مقتل 15 عسكرياً روسياً في إسقاط طائرة إيل-20 قبالة اللاذقية"
    assert page.published == dt.datetime(2018, 9, 18, 9, 40, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert page.source == "وكالة الأنباء اليومية"
    assert page.text.startswith(page.title + "\n\n")  # the headline, a block of its own
    assert "قُتل فيها جميع أفراد الطاقم الـ15." in page.text  # <b> inside a paragraph joins its words
    assert "شاشات الرادار\nأثناء" in page.text  # <br> is a line break
    for dropped in ("سياسة", "عاجل", "gtag", "اقرأ أيضاً", "شارك", "NewsArticle", "جميع الحقوق", "بحث", "{"):
        assert dropped not in page.text, dropped


def test_offsets_point_into_the_article_text() -> None:
    documents = read_documents(sorted(PAGES.glob("*.html")))
    assert [doc.lang for doc in documents] == [None, None, None]
    for document in documents:
        mentions = factcmp.extract(document)
        assert {m.kind for m in mentions} >= {"count", "date"}
        for mention in mentions:
            assert document.text[mention.span.start : mention.span.end] == mention.text


def test_three_pages_in_three_languages_agree_on_the_toll() -> None:
    comparison = factcmp.compare(PAGES)
    assert [e.document.id for e in comparison.documents] == ["irna-fa", "sana-ar", "wire-en"]
    assert [e.lang for e in comparison.documents] == ["fa", "ar", "en"]
    (toll,) = [f for f in comparison.filter(kind="agreement", slot="count")]
    assert {e.typed_value.value for e in toll.values.values() if isinstance(e.typed_value, factcmp.CountValue)} == {15}


def test_a_page_in_windows_1256_as_its_meta_declares(tmp_path: Path) -> None:
    html = f'<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>{AR_TOLL}</p></body></html>'
    (tmp_path / "cp.html").write_bytes(html.encode("cp1256"))
    (page,) = read_documents(tmp_path / "cp.html")
    assert (page.title, page.text) == ("خبر", AR_TOLL)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><head><title>x</title><script>render()</script></head><body></body></html>",
         "no text in this page (a page that writes its text with JavaScript cannot be read)"),
        (b"", "no text in this page (a page that writes its text with JavaScript cannot be read)"),
        (b'<meta charset="klingon"><p>x</p>', "the page declares charset 'klingon', which Python does not know"),
        (
            '<meta charset="utf-8"><p>خبر</p>'.encode("cp1256"),
            "not UTF-8 text (byte 0xCE at offset 25); convert it to UTF-8",
        ),
    ],
)
def test_pages_that_cannot_be_read_are_refused_in_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "page.htm").write_bytes(content)
    with pytest.raises(ReadError) as refused:
        read_documents(tmp_path / "page.htm")
    assert str(refused.value) == f"{tmp_path / 'page.htm'}: {reason}"


def test_json_lines_piped_in_are_read_as_a_corpus() -> None:
    lines = [json.dumps({"id": "a", "text": AR_TOLL, "published": "2018-09-18"}), json.dumps({"text": "15 killed"})]
    result = _run("extract", "--format", "json", "--kinds", "count", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert [(doc["id"], doc["published"]) for doc in documents] == [("a", "2018-09-18"), ("stdin:2", None)]
    assert all(doc["mentions"] for doc in documents)


def test_an_html_page_piped_in_is_read_as_a_page() -> None:
    result = _run("extract", "--format", "json", "-", stdin=(PAGES / "wire-en.html").read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert document["title"].startswith("Russia says 15 servicemen killed") and document["source"] == "World Wire"


def test_json_that_is_not_json_lines_is_refused_when_piped_in() -> None:
    result = _run("extract", "-", stdin=json.dumps({"text": "15 killed"}, indent=2))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        "factcmp: <stdin>: starts with { but its first line is not a JSON object; give one JSON object a line\n"
    )


def test_text_piped_in_is_still_text() -> None:
    result = _run("extract", "--format", "json", "-", stdin="---\nid: x\n---\n" + AR_TOLL)
    assert result.returncode == 0 and json.loads(result.stdout)["documents"][0]["id"] == "x"
