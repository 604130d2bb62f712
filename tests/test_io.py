from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factcmp import ReadError, load_documents, read_documents
from factcmp.io import decode, split_front_matter


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_and_without_bom_and_utf16(tmp_path: Path) -> None:
    text = "التقى بوتين ونتنياهو في سوتشي"
    paths = [
        _write(tmp_path, "plain.txt", text.encode("utf-8")),
        _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        _write(tmp_path, "utf16.txt", text.encode("utf-16")),
        _write(tmp_path, "utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be")),
    ]
    assert [doc.text for doc in read_documents(paths)] == [text] * 4
    assert [doc.id for doc in read_documents(paths)] == ["plain", "bom", "utf16", "utf16be"]


def test_front_matter_sets_metadata_and_is_not_text(tmp_path: Path) -> None:
    raw = "---\nid: sana-1\nlang: ar\npublished: 2021-10-22\nsource: SANA\ntitle: \"لقاء\"\nurl: x\n---\nالنص هنا"
    (doc,) = read_documents([_write(tmp_path, "a.txt", raw.encode())])
    assert (doc.id, doc.lang, doc.published, doc.source, doc.title) == ("sana-1", "ar", dt.date(2021, 10, 22), "SANA",
                                                                        "لقاء")
    assert doc.text == "النص هنا" and doc.meta["url"] == "x"
    assert raw[doc.meta["body_offset"] :] == doc.text


def test_text_starting_with_a_rule_but_no_front_matter_is_kept_whole() -> None:
    assert split_front_matter("---\nno closing line here") == ({}, 0)
    assert split_front_matter("--- مقدمة ---\nنص") == ({}, 0)


def test_jsonl_corpus_with_a_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "نص أول", "lang": "ar", "published": "2019-02-27T10:00:00"}),
        "{not json",
        json.dumps({"text": "second"}),
        json.dumps({"id": "c"}),
    ]
    path = _write(tmp_path, "corpus.jsonl", "\n".join(lines).encode())
    documents, errors = load_documents([path])
    assert [d.id for d in documents] == ["a", "corpus:3"]
    assert documents[0].published == dt.datetime(2019, 2, 27, 10, 0)
    assert [e.name for e in errors] == [f"{path}:2", f"{path}:4"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("Qualité élevée à Paris".encode("latin-1"), "not UTF-8"),
        (bytes(range(1, 31)) * 20, "binary"),
    ],
)
def test_undecodable_files_name_the_file_and_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    bad = _write(tmp_path, "bad.bin", data)
    good = _write(tmp_path, "good.txt", "نص".encode())
    documents, errors = load_documents([bad, good])
    assert [d.id for d in documents] == ["good"]
    (error,) = errors
    assert str(bad) in str(error) and reason in str(error) and "\n" not in str(error)


def test_missing_directory_and_oversized_inputs(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(("ا" * 1000 + "\n").encode() * 11000)  # 22 MB
    documents, errors = load_documents([tmp_path / "nope.txt", tmp_path, big])
    assert documents == []
    assert ["no such file" in str(errors[0]), "directory" in str(errors[1]), "larger than" in str(errors[2])] == [
        True, True, True]


def test_read_documents_raises_the_first_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_documents([tmp_path / "missing.txt"])


def test_decode_keeps_utf8_text() -> None:
    assert decode("۱۷ سپتامبر".encode(), "x") == "۱۷ سپتامبر"
