"""The pipeline is declared once, in order, and the runners follow that declaration."""

from __future__ import annotations

import gc
import pickle
import subprocess
import sys

import pytest

import factcmp
from factcmp import collector, pipeline
from factcmp.kinds import ENGINES
from factcmp.model import PackedMentions
from factcmp.report import FORMATS, render

_DOCUMENTS = [
    factcmp.Document(id="a", text="Putin met Erdogan in Sochi on 17 September 2018.", lang="en"),
    factcmp.Document(id="b", text="Putin met Erdogan in Sochi on Monday, 17 September 2018.", lang="en"),
    factcmp.Document(id="empty", text="  "),
]


def test_the_steps_run_in_the_declared_order() -> None:
    engines = tuple(f"extract.{engine.__name__.rsplit('.', 1)[1]}" for engine in ENGINES)
    assert pipeline.pipe_names() == (
        "read", "analyze", *engines, "publication", "claims", "stories", "align", "compare", "report"
    )


def test_the_command_line_prints_the_step_names() -> None:
    printed = subprocess.run([sys.executable, "-m", "factcmp", "pipeline"], capture_output=True, text=True, check=True)
    assert printed.stdout.splitlines() == list(pipeline.pipe_names())


def test_a_run_stops_after_the_step_it_is_asked_to() -> None:
    aligned = pipeline.run(_DOCUMENTS, until="align")
    assert [d.document.id for d in aligned.documents] == ["a", "b", "empty"]
    assert aligned.links and aligned.groups and aligned.comparison is None and aligned.report == ""
    with pytest.raises(ValueError, match="stops after one of read, stories, align, compare, report"):
        pipeline.run(_DOCUMENTS, until="claims")


@pytest.mark.parametrize("format", FORMATS)
def test_the_report_step_renders_what_compare_finds(format: str) -> None:
    comparison = factcmp.compare(_DOCUMENTS)
    assert pipeline.run(_DOCUMENTS, format=format).report == render(comparison, format)
    assert comparison.filter(kind="agreement", slot="time")


def test_reports_are_rendered_in_known_formats_only() -> None:
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render(factcmp.compare([]), "pdf")
    assert render(factcmp.compare([]), "json") == factcmp.compare([]).to_json() + "\n"


def test_extraction_runs_only_the_engines_the_kinds_need() -> None:
    reading = pipeline.read_document(_DOCUMENTS[0], wanted=("date",))
    assert [engine.__name__ for engine in reading.engines] == ["factcmp.kinds.dates"]
    assert {m.kind for m in reading.found} <= {"date", "duration"} and reading.mentions()
    assert pipeline.read_document(_DOCUMENTS[2]).analysis is None  # an empty text is not analysed


def test_reading_a_document_leaves_the_collector_as_it_found_it() -> None:
    # the document steps run with the collector paused (factcmp.collector)
    factcmp.extract("قال بوتين إن 15 شخصا قتلوا في اللاذقية يوم 17 سبتمبر 2018.", lang="ar")
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector.paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # a caller that had disabled it keeps it disabled
    finally:
        gc.enable()


def test_a_compared_corpus_keeps_each_documents_mentions_packed_and_reads_them_back_whole() -> None:
    """The comparison keeps every document's mentions, packed (factcmp.model.PackedMentions): they
    read back equal to what extract finds, in order, by index, slice and iteration, and survive
    pickling (worker processes, a Dask cluster)."""
    comparison = factcmp.compare(_DOCUMENTS[:2])
    entry = comparison.documents[1]
    found = factcmp.extract(_DOCUMENTS[1].text, lang="en")
    assert isinstance(entry.mentions, PackedMentions)
    assert entry.mentions == found and found == entry.mentions
    assert len(entry.mentions) == len(found) > 3
    assert list(entry.mentions) == found and entry.mentions[-1] == found[-1] and entry.mentions[1:3] == found[1:3]
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert entry.mentions != found[:-1] and entry.mentions != PackedMentions(found[:-1])
    assert entry.to_dict()["mentions"] == [mention.to_dict() for mention in found]


def test_claims_of_one_document_share_their_equal_evidence_values() -> None:
    """A report names the same kind of event and the same places again and again; its claims keep
    one value for each (a corpus's claims are all kept until it is compared)."""
    text = (
        "An air strike hit a market in Idlib on Monday, killing 12 people. "
        "A second air strike hit a school in Idlib on Monday, killing 4 people."
    )
    claims = factcmp.compare([factcmp.Document(id="d", text=text, lang="en")]).claims
    strikes = [claim for claim in claims if claim.subtype == "airstrike"]
    assert len(strikes) == 2
    first, second = strikes
    assert first.trigger.value is second.trigger.value
    assert first.places[0].value == second.places[0].value and first.places[0].value is second.places[0].value
    assert first.places[0].span != second.places[0].span
