"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def factcmp(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcmp", *args],
        input=stdin.decode() if stdin is not None else "",
        capture_output=True, text=True, timeout=timeout, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_extract_json_on_the_seeds(seed_paths: list[Path]) -> None:
    run = factcmp("extract", "--format", "json", *map(str, seed_paths))
    assert run.returncode == 0, run.stderr
    documents = json.loads(run.stdout)["documents"]
    assert [d["lang"] for d in documents] == ["ar", "ar", "ar", "fa", "ar"]
    for document, path in zip(documents, seed_paths, strict=True):
        text = path.read_text(encoding="utf-8")
        assert document["id"] == path.stem
        for mention in document["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_text_format_lists_each_document(seed_paths: list[Path]) -> None:
    run = factcmp("extract", str(seed_paths[3]))
    assert run.returncode == 0 and f"== {seed_paths[3].stem}  lang=fa" in run.stdout


def test_bad_files_are_reported_and_the_rest_processed(tmp_path: Path, seed_paths: list[Path]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Réunion à Genève".encode("latin-1"))
    run = factcmp("extract", "--format", "json", str(empty), str(blank), str(binary), str(latin1), str(seed_paths[0]))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 2 and str(binary) in errors[0] and str(latin1) in errors[1]
    documents = json.loads(run.stdout)["documents"]
    assert [d["id"] for d in documents] == ["empty", "blank", seed_paths[0].stem]
    assert documents[0]["mentions"] == [] and documents[1]["mentions"] == []


def test_huge_inputs_finish_with_a_message_or_a_result(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes("قال المسؤول إن 15 جنديا قتلوا في 17 أيلول 2018 قرب دمشق. ".encode() * 200_000)  # ~20 MB
    run = factcmp("extract", str(huge), timeout=60)
    assert run.returncode == 1 and "larger than" in run.stderr and "Traceback" not in run.stderr
    line = tmp_path / "line.txt"
    line.write_text("ا ب " * 250_000)  # one line of 1,000,000 characters
    run = factcmp("extract", "--format", "json", str(line), timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["documents"][0]["id"] == "line"


def test_stdin(seed_paths: list[Path]) -> None:
    run = factcmp("extract", "--format", "json", "-", stdin=b"")
    assert run.returncode == 0 and json.loads(run.stdout)["documents"][0]["mentions"] == []
    run = factcmp("extract", "--format", "json", "--lang", "fa", "-", stdin=seed_paths[3].read_bytes())
    assert run.returncode == 0 and json.loads(run.stdout)["documents"][0]["lang"] == "fa"


@pytest.mark.parametrize(
    "args",
    [["extract"], ["extract", "--kinds", "colour", "x.txt"], ["extract", "--published", "yesterday", "x.txt"],
     ["frobnicate"], ["extract", "--lang", "de", "x.txt"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    run = factcmp(*args)
    assert run.returncode == 2 and "usage" in run.stderr and "Traceback" not in run.stderr


def test_version_and_help() -> None:
    assert factcmp("--version").stdout.startswith("factcmp ")
    help_text = factcmp("extract", "--help").stdout
    assert "examples:" in help_text and "--published" in help_text


def test_output_file(tmp_path: Path, seed_paths: list[Path]) -> None:
    out = tmp_path / "out.json"
    run = factcmp("extract", "--format", "json", "-o", str(out), str(seed_paths[1]))
    assert run.returncode == 0 and run.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["id"] == seed_paths[1].stem


def test_compare_json_on_the_seeds_with_a_bad_file(tmp_path: Path, seed_paths: list[Path]) -> None:
    binary = tmp_path / "archive.zip"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    run = factcmp("compare", "--format", "json", str(binary), *map(str, seed_paths))
    assert run.returncode == 1 and str(binary) in run.stderr and "Traceback" not in run.stderr
    data = json.loads(run.stdout)
    assert [d["id"] for d in data["documents"]] == [p.stem for p in seed_paths]
    kinds = {(f["kind"], f["slot"]) for f in data["findings"]}
    assert ("agreement", "count") in kinds and ("agreement", "time") in kinds
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seed_paths}
    for finding in data["findings"]:
        for doc, value in finding["values"].items():
            assert texts[doc][value["start"] : value["end"]] == value["text"]


def test_compare_of_nothing_readable_is_an_empty_comparison(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = factcmp("compare", "--format", "json", str(empty))
    assert run.returncode == 0
    assert json.loads(run.stdout)["findings"] == []
