"""Hostile and broken input through the API and the command line: a clear message or a clean
result, never a traceback, a hang, a lost file or a value that cannot be written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import factcmp
from factcmp.cli import main
from factcmp.io import atomic_output
from factcmp.report.common import for_terminal
from tests.hostile import assert_inert, check_one

TOLL = "قتل 15 شخصا في دمشق أمس في انفجار سيارة مفخخة."


def _run(*argv: str | bytes, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The command as a user runs it; output kept as bytes, so that what was written can be checked."""
    return subprocess.run(
        [sys.executable, "-m", "factcmp", *argv], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def test_a_lone_surrogate_in_a_text_is_read_not_fatal() -> None:
    mentions = factcmp.extract("\ud800 " + TOLL)
    assert [m.kind for m in mentions if m.kind == "count"] == ["count"]
    comparison = factcmp.compare([factcmp.Document(id="x\udc00", text="\ud800" + TOLL)])
    comparison.to_json().encode("utf-8")
    comparison.to_html().encode("utf-8")
    comparison.to_markdown().encode("utf-8")


def test_a_lone_surrogate_keeps_offsets_one_for_one() -> None:
    document = factcmp.Document(id="d", text="\ud800" + TOLL)
    assert len(document.text) == len(TOLL) + 1 and document.text[0] == "\ufffd"


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_escaped_surrogates_in_jsonl_give_valid_utf8_json(tmp_path: Path, command: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a\\udc00b", "text": "\\ud800 ' + TOLL + '"}\n', encoding="utf-8")
    run = _run(command, "--format", "json", str(corpus))
    assert run.returncode == 0, run.stderr
    output = json.loads(run.stdout.decode("utf-8"))
    assert "a\ufffdb" in json.dumps(output, ensure_ascii=False)


@pytest.mark.parametrize("inside", ["\u2028", "\u2029", "\u0085", "\x1c", "\x1d", "\x1e", "\v", "\f"])
def test_jsonl_records_end_at_line_feeds_only(tmp_path: Path, inside: str, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(f'{{"id": "one", "text": "{TOLL}{inside}{TOLL}"}}\nnot json\n', encoding="utf-8")
    assert main(["extract", "--format", "json", "-q", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert [d["id"] for d in json.loads(captured.out)["documents"]] == ["one"]
    assert f"{corpus}:2:" in captured.err


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(TOLL, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(report)
    for output in (str(report), str(tmp_path / "." / "report.txt"), str(link)):
        run = _run("extract", "--format", "json", str(report), "-o", output)
        assert run.returncode == 2 and b"also an input" in run.stderr and b"Traceback" not in run.stderr
        assert report.read_text(encoding="utf-8") == TOLL


def test_a_full_device_is_one_line_of_error() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    run = subprocess.run(
        [sys.executable, "-m", "factcmp", "extract", "-", "-o", "/dev/full"],
        input=TOLL.encode(), capture_output=True, timeout=60,
    )
    assert run.returncode == 1
    assert run.stderr.decode().strip().splitlines() == ["factcmp: /dev/full: No space left on device"]


def test_a_directory_as_output_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TOLL, encoding="utf-8")
    assert main(["extract", str(source), "-o", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_no_output_file_when_every_input_failed(tmp_path: Path) -> None:
    missing, output = tmp_path / "missing.txt", tmp_path / "out.json"
    assert main(["compare", "-q", str(missing), "-o", str(output)]) == 1
    assert not output.exists()
    output.write_text("yesterday's findings", encoding="utf-8")
    assert main(["compare", "-q", str(missing), "-o", str(output)]) == 1
    assert output.read_text(encoding="utf-8") == "yesterday's findings"


def test_an_interrupted_write_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    output = tmp_path / "findings.json"
    output.write_text("old", encoding="utf-8")
    output.chmod(0o640)
    with pytest.raises(RuntimeError), atomic_output(str(output)) as out:
        out.write("half of the new")
        raise RuntimeError("killed")
    assert output.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["findings.json"]
    with atomic_output(str(output)) as out:
        out.write("new")
    assert output.read_text(encoding="utf-8") == "new" and output.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = _run("extract", str(fifo), timeout=30)
    assert run.returncode == 1 and b"not a regular file" in run.stderr


def test_an_undecodable_file_name_is_written_escaped(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(TOLL)
    run = _run("extract", "--format", "json", name)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.decode("utf-8"))["documents"][0]["id"] == "bad\\xffname"


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-02", "9999-12-30", "9999-12-31"])
def test_dates_at_the_ends_of_the_calendar_render(published: str) -> None:
    documents = [
        factcmp.Document(id="ar", text=TOLL, published=published),
        factcmp.Document(id="en", text="Fifteen were killed in Damascus yesterday; 15 dead.", published=published),
    ]
    comparison = factcmp.compare(documents)
    assert "</html>" in comparison.to_html()
    assert comparison.to_markdown() and json.loads(comparison.to_json())


_SPOOFING_IDS = ("\u202eevil-txt", "\x1b[31mred\x1b]52;c;cGF5bG9hZA==\x07", "ok")


def _spoofed_comparison() -> factcmp.Comparison:
    texts = (TOLL, "\u202e" + TOLL, "Fifteen people were killed in Damascus yesterday in a car bomb; 15 dead.")
    pairs = zip(_SPOOFING_IDS, texts, strict=True)
    return factcmp.compare([factcmp.Document(id=i, text=t, published="2018-09-18") for i, t in pairs])


@pytest.mark.parametrize("form", ["text", "md", "html"])
def test_hostile_ids_and_text_are_inert_in_every_report(form: str) -> None:
    comparison = _spoofed_comparison()
    assert comparison.findings, "the reports must say something for this test to mean anything"
    report = factcmp.report.render(comparison, form)
    assert "\u202e" not in report and "\x1b" not in report and "\x07" not in report
    assert "␛" in report  # the escape is shown as its picture, not obeyed


def test_explanations_are_data_without_isolates() -> None:
    comparison = _spoofed_comparison()
    for finding in comparison.findings:
        assert not set(finding.explanation) & {"\u2066", "\u2067", "\u2068", "\u2069"}, finding.explanation


def test_the_text_output_of_extract_is_inert(tmp_path: Path) -> None:
    hostile = tmp_path / "\x1b[2Jwipe.txt"
    hostile.write_text("\x1b]0;title\x07\u202e" + TOLL, encoding="utf-8")
    run = _run("extract", str(hostile))
    assert run.returncode == 0, run.stderr
    assert b"\x1b" not in run.stdout and "\u202e".encode() not in run.stdout


def test_messages_on_stderr_are_inert(tmp_path: Path) -> None:
    missing = tmp_path / "\x1b]52;c;cGF5bG9hZA==\x07\u202egone.txt"
    run = _run("extract", str(missing))
    assert run.returncode == 1
    message = run.stderr.decode("utf-8")
    assert "\x1b" not in message and "\u202e" not in message and "no such file" in message
    assert len(message.strip().splitlines()) == 1


def test_isolates_close_on_the_line_they_open_when_a_name_spans_a_line_break() -> None:
    # Found by the long fuzz profile (seed 3): a name read across a line break, printed in the
    # value summary, opened an isolate on one line and closed it on the next.
    shown = for_terminal("name=ياسين\nعادل MQSkS")
    assert "\n" not in shown
    assert_inert(shown)
    check_one(3)
