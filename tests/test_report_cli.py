"""``factcmp compare --format md|html`` and the terminal comforts, run as a user runs them: real processes, and a
pseudo-terminal where a terminal matters."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcmp import read_documents
from factcmp.pipeline import compare


def factcmp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcmp", *args], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


def on_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal; the exit code and all it printed there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "factcmp", *args], stdin=subprocess.DEVNULL, stdout=follower,
                               stderr=follower, env={**os.environ, "TERM": "xterm", **(env or {})})
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return process.wait(timeout=300), output.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def many_files(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> list[Path]:
    folder = tmp_path_factory.mktemp("many")
    copies = []
    for copy in range(2):
        for path in seed_paths:
            target = folder / f"{copy}-{path.name}"
            shutil.copyfile(path, target)
            copies.append(target)
    return copies


def test_markdown_and_html_formats_write_the_reports(tmp_path: Path, seed_paths: list[Path]) -> None:
    expected = compare(read_documents(seed_paths))
    markdown = factcmp("compare", "--format", "md", *map(str, seed_paths))
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout == expected.to_markdown()
    page = tmp_path / "report.html"
    run = factcmp("compare", "--format", "html", "-o", str(page), *map(str, seed_paths))
    assert run.returncode == 0 and run.stdout == "" and run.stderr == ""
    assert page.read_text(encoding="utf-8") == expected.to_html()


def test_progress_bar_on_a_terminal_for_many_files_and_not_with_quiet(many_files: list[Path], tmp_path: Path) -> None:
    out = str(tmp_path / "out.txt")
    code, shown = on_terminal("compare", "-o", out, *map(str, many_files))
    assert code == 0
    assert f"] {len(many_files)}/{len(many_files)} documents" in shown and "\x1b[K" in shown
    code, quiet = on_terminal("compare", "--quiet", "-o", out, *map(str, many_files))
    assert code == 0 and quiet == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(many_files: list[Path]) -> None:
    run = factcmp("extract", *map(str, many_files))
    assert run.returncode == 0 and run.stderr == ""


def test_colour_only_on_a_terminal_and_never_with_no_color(seed_paths: list[Path]) -> None:
    files = list(map(str, seed_paths))
    if not compare(read_documents(seed_paths)).findings:
        pytest.skip("the seeds give no finding to colour yet")
    code, coloured = on_terminal("compare", "--quiet", *files)
    assert code == 0 and "\x1b[" in coloured
    code, plain = on_terminal("compare", "--quiet", *files, env={"NO_COLOR": "1"})
    assert code == 0 and "\x1b[" not in plain
    piped = factcmp("compare", *files)
    assert "\x1b[" not in piped.stdout


def test_repeated_document_ids_are_reported_and_the_rest_compared(seed_paths: list[Path]) -> None:
    run = factcmp("compare", "--format", "md", str(seed_paths[0]), str(seed_paths[1]), str(seed_paths[0]))
    assert run.returncode == 1
    assert run.stderr == (f"factcmp: {seed_paths[0].stem}: skipped, an earlier document has the same id "
                          '(ids come from file names, or the "id" of a JSONL record)\n')
    assert "# Comparison of 2 reports" in run.stdout


def test_help_shows_the_formats_and_examples() -> None:
    run = factcmp("compare", "--help")
    assert run.returncode == 0
    assert "--format html -o report.html" in run.stdout and "{text,json,md,html,jsonl,csv}" in run.stdout
    assert "--quiet" in run.stdout and "NO_COLOR" in run.stdout


def test_unwritable_output_names_the_file_and_the_reason(tmp_path: Path, seed_paths: list[Path]) -> None:
    target = tmp_path / "missing" / "report.html"
    run = factcmp("compare", "--format", "html", "-o", str(target), str(seed_paths[0]))
    assert run.returncode == 1
    assert run.stderr == f"factcmp: {target}: No such file or directory\n"
