"""The engines: the document steps in this process or in real worker processes, with the same
output whatever the number of processes, results in input order, and errors that stop cleanly."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcmp
from factcmp.engines import Local, WorkerError, default_jobs, engine_for
from factcmp.engines.jobs import Jobs
from factcmp.pipeline import compare, extract_document, extract_many
from tests.generated import corpus

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def generated() -> list[factcmp.Document]:
    return [factcmp.Document(id=doc_id, text=text) for doc_id, text in corpus(48)]


def test_the_comparison_is_the_same_for_any_number_of_processes(
    seed_paths: list[Path], generated: list[factcmp.Document]
) -> None:
    seeds = factcmp.read_documents(seed_paths)
    assert compare(seeds, jobs=2).to_json() == compare(seeds).to_json()
    assert compare(generated, jobs=2).to_json() == compare(generated, jobs=1).to_json()


def test_extract_many_yields_each_document_in_input_order(generated: list[factcmp.Document]) -> None:
    expected = [extract_document(document, kinds=["date", "count"]) for document in generated]
    assert list(extract_many(iter(generated), kinds=["date", "count"], jobs=2)) == expected
    assert list(extract_many(generated, kinds=["date", "count"])) == expected


def _endless(taken: list[int]) -> Iterator[factcmp.Document]:
    for number in itertools.count():
        taken.append(number)
        yield factcmp.Document(id=str(number), text=f"{number} people were killed in Aleppo on 3 May 2021.")


def test_documents_are_taken_as_the_work_needs_them() -> None:
    taken: list[int] = []
    results = Jobs(2, chunk=2).map(extract_document, _endless(taken))
    assert [result.document.id for result in itertools.islice(results, 5)] == ["0", "1", "2", "3", "4"]
    results.close()  # type: ignore[attr-defined]  # a generator: stopping it stops the workers
    # Taken: four chunks of two in flight per worker, and the chunks whose results were read.
    assert len(taken) <= 2 * 4 * 2 + 6


def test_bad_documents_stop_the_run_with_the_reason() -> None:
    twice = [factcmp.Document(id="a", text="Putin met Erdogan."), factcmp.Document(id="a", text="x")]
    with pytest.raises(ValueError, match="two documents share the id 'a'"):
        compare(twice, jobs=2)
    with pytest.raises(TypeError, match=r"documents must be factcmp\.Document, not str"):
        list(extract_many(["a text"], jobs=2))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown kind"):
        extract_many([], kinds=["colour"])
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        compare([], jobs=0)


def _die(number: int) -> int:
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return number


def _fail(number: int) -> int:
    if number == 3:
        raise ArithmeticError(f"cannot take {number}")
    return number


def test_a_worker_that_dies_or_fails_is_reported() -> None:
    with pytest.raises(WorkerError, match="a worker process stopped before finishing its work"):
        list(Jobs(2, chunk=1).map(_die, range(8)))
    with pytest.raises(ArithmeticError, match="cannot take 3"):
        list(Jobs(2, chunk=1).map(_fail, range(8)))


def test_every_core_only_for_more_than_a_handful_of_documents() -> None:
    assert default_jobs(3) == 1
    assert default_jobs(1000) == len(os.sched_getaffinity(0))
    assert isinstance(engine_for(1), Local) and isinstance(engine_for(2), Jobs)


def _factcmp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcmp", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_jsonl_streams_one_record_per_line_the_same_for_any_jobs(seed_paths: list[Path]) -> None:
    files = list(map(str, seed_paths))
    one, two = (_factcmp("extract", "--format", "jsonl", "--jobs", jobs, *files) for jobs in ("1", "2"))
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    expected_mentions = [extract_document(document).to_dict() for document in factcmp.read_documents(seed_paths)]
    assert [json.loads(line) for line in one.stdout.splitlines()] == json.loads(json.dumps(expected_mentions))
    compared = _factcmp("compare", "--format", "jsonl", "--jobs", "2", *files)
    records = [json.loads(line) for line in compared.stdout.splitlines()]
    expected = compare(factcmp.read_documents(seed_paths)).to_dict()
    for part, kind in (("documents", "document"), ("stories", "story"), ("claims", "claim"), ("findings", "finding")):
        assert [record[kind] for record in records if record["type"] == kind] == expected[part]
    assert _factcmp("compare", "--jobs", "0", *files).returncode == 2


def test_a_jsonl_corpus_may_be_larger_than_one_document_may(tmp_path: Path) -> None:
    corpus_file = tmp_path / "big.jsonl"
    small = json.dumps({"id": "small", "text": "15 people were killed in Aleppo."})
    huge = json.dumps({"id": "huge", "text": "x " * (4 * 1024 * 1024 + 1)})
    corpus_file.write_text(f"{small}\n{huge}\n", encoding="utf-8")
    run = _factcmp("extract", "--format", "jsonl", str(corpus_file))
    assert run.returncode == 1 and "big.jsonl:2: record larger than 8 MB" in run.stderr
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == ["small"]
