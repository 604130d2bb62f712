"""Compare on growing corpora: time and peak memory, in one process or several, and incrementally.

The corpora are built from the sample reports, the hand-made compare sets and the dev sets'
full-length reports (0.95 KB a document on average), each copy with its years shifted and its
people renamed, so that copies tell different events and the aligner has to tell them apart
(tests/generated.py). Every measurement runs in a fresh process,
so peak memory is its own; the configurations are interleaved round after round and the best of
the rounds is kept, so a busy machine slows them all alike. Wall time (seconds) is what a user
waits; cpu is the main process's; peak MB its resident peak. compare is given its documents as a
feed reader gives them, made as they are read (making them counts in its time).

On a shared machine, wall time says little about what more processes buy: the kernel shares
the cores between sessions (autogroup), not processes. So compare also reports CPU by part, as
the pipeline runs it (the document steps on the engine, then compare_read): read_cpu, the
busiest worker's CPU on the document steps; corpus_cpu, the main process's on the corpus steps;
and alone_s = read_cpu + corpus_cpu, the wall time on cores of one's own.

Run:
  python bench/bench_compare.py [--sizes 1000,10000] [--jobs 1,2] [--rounds 2]
  python bench/bench_compare.py --store 10000 --new 1000 [--jobs 2]   # index + compare --store vs alone
    (the store holds the corpus's documents after the first 1000; those 1000, dated as a feed's
    items are, are added to it, and compared alone)
  python bench/bench_compare.py --sizes 1000 --dask [--jobs 2]        # a 2-worker LocalCluster vs --jobs 2
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.generated import dated_documents  # noqa: E402 - the checkout is put on the path first


def _documents(size: int, first: int = 0) -> list[Any]:
    return dated_documents(size, first=first)


def _feed(size: int, step: int = 1000) -> Iterator[Any]:
    """The documents made as they are read, a thousand at a time, as a feed reader hands them
    over: peak memory is the comparison's, not the bench's copy of the whole corpus."""
    for first in range(0, size, step):
        yield from dated_documents(min(step, size - first), first=first)


def _measured(work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    row = work()
    row.update(seconds=round(time.perf_counter() - started, 2), cpu=round(time.process_time() - cpu, 2))
    row["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return row


def _timed_read(document: Any) -> tuple[Any, Any, int, float]:
    """The read step's work on one document (factcmp.pipeline.read_for_corpus), with the process
    that did it and its CPU time."""
    from factcmp.pipeline import read_for_corpus

    started = time.process_time()
    entry, claims = read_for_corpus(document)
    return entry, claims, os.getpid(), time.process_time() - started


def _compare(size: int, jobs: int) -> dict[str, Any]:
    from factcmp.engines import engine_for
    from factcmp.pipeline import compare_read

    def work() -> dict[str, Any]:
        entries: list[Any] = []
        claims: list[Any] = []
        per_process: dict[int, float] = collections.Counter()
        for entry, read_claims, pid, cpu in engine_for(jobs).map(_timed_read, _feed(size)):
            entries.append(entry)
            claims.extend(read_claims)
            per_process[pid] += cpu
        started = time.process_time()
        comparison = compare_read(entries, claims)
        corpus = time.process_time() - started
        busiest = max(per_process.values(), default=0.0)
        return {
            "findings": len(comparison.findings),
            # No event or story may be larger than a copy of the base reports: copies tell other events.
            "largest_event": max((len(event.docs) for event in comparison.events), default=0),
            "largest_story": max((len(story.docs) for story in comparison.stories), default=0),
            "read_cpu": round(busiest, 2),
            "corpus_cpu": round(corpus, 2),
            "alone_s": round(busiest + corpus, 2),
        }

    return {"documents": size, "jobs": jobs, **_measured(work)}


def _dask(size: int, workers: int) -> dict[str, Any]:
    import dask.bag
    from distributed import Client, LocalCluster

    import factcmp.dask

    documents = _documents(size)
    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        bag = dask.bag.from_sequence(documents, partition_size=32)
        row = _measured(lambda: {"findings": len(factcmp.dask.compare(bag).findings)})
    return {"documents": size, "jobs": f"dask {workers}", **row}


def _store(base: str, size: int, new: int, jobs: int) -> dict[str, Any]:
    """Index ``new`` documents into a copy of the store of ``size`` at ``base``, and compare them."""
    from factcmp.store import Store

    documents = _documents(new)  # the feed's newest: dated, as feed items are
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "news.db"
        shutil.copyfile(base, copy)

        def index_and_compare() -> dict[str, Any]:
            with Store(copy) as store:
                store.add(documents, jobs=jobs)
                changes = store.compare()
            return {"compared": changes.compared, "new": len(changes.new), "gone": len(changes.gone)}

        row = _measured(index_and_compare)
    return {"documents": f"{size}+{new}", "jobs": jobs, **row}


def _build_store(path: str, size: int, new: int, jobs: int) -> dict[str, Any]:
    """A store of ``size`` documents: those after the ``new`` that will be added to it."""
    from factcmp.store import Store

    with Store(path) as store:
        store.add(_documents(size, first=new), jobs=jobs)
        return {"documents": size, "compared": store.compare().compared}


def _in_a_process(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout))


def _best(configurations: list[list[str]], rounds: int) -> list[dict[str, Any]]:
    best: dict[int, dict[str, Any]] = {}
    for _ in range(rounds):
        for number, args in enumerate(configurations):
            row = _in_a_process(*args)
            if number not in best or row["seconds"] < best[number]["seconds"]:
                best[number] = row
    return [best[number] for number in range(len(configurations))]


def _print(rows: list[dict[str, Any]]) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    print("  ".join(f"{column:>10}" for column in columns))
    for row in rows:
        print("  ".join(f"{row.get(column, ''):>10}" for column in columns))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes (default: 1000,10000)")
    parser.add_argument("--jobs", default="1,2", help="numbers of processes, compared run by run (default: 1,2)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds; the best of them is kept (default: 2)")
    parser.add_argument("--store", type=int, metavar="SIZE", help="a store of SIZE documents, to add --new to")
    parser.add_argument("--new", type=int, default=1000, help="documents added to the store (default: 1000)")
    parser.add_argument(
        "--keep", metavar="DB", help="the store of --store SIZE documents: built here once, then reused"
    )
    parser.add_argument("--dask", action="store_true", help="also a LocalCluster of as many workers as --jobs")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)  # one measurement, in this fresh process
    args = parser.parse_args()
    if args.one:
        kind, *numbers = args.one
        run = {"compare": _compare, "dask": _dask, "build": _build_store, "store": _store}[kind]
        print(json.dumps(run(*(int(n) if n.isdigit() else n for n in numbers))))
        return 0
    jobs = [int(n) for n in args.jobs.split(",")]
    if args.store:
        return _bench_store(args.store, args.new, max(jobs), args.rounds, args.keep)
    configurations = [["--one", "compare", str(size), str(j)] for size in map(int, args.sizes.split(",")) for j in jobs]
    if args.dask:
        configurations += [["--one", "dask", str(size), str(max(jobs))] for size in map(int, args.sizes.split(","))]
    _print(_best(configurations, args.rounds))
    return 0


def _bench_store(size: int, new: int, jobs: int, rounds: int, kept: str | None) -> int:
    with tempfile.TemporaryDirectory() as folder:
        base = kept or str(Path(folder) / "base.db")
        if not Path(base).exists():
            started = time.perf_counter()
            _in_a_process("--one", "build", base, str(size), str(new), str(jobs))
            print(f"store of {size} documents built in {time.perf_counter() - started:.0f} s")
        configurations = [
            ["--one", "store", base, str(size), str(new), str(jobs)],
            ["--one", "compare", str(new), str(jobs)],
        ]
        rows = _best(configurations, rounds)
    _print(rows)
    print(f"index + compare --store / compare alone: x{rows[0]['seconds'] / rows[1]['seconds']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
