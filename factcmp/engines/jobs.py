"""The engine of worker processes: items go out in chunks, results come back in input order.

Workers come from the forkserver (spawn where there is none): each starts from a clean process
that has already imported and warmed up factcmp (``factcmp.engines.preload``), rather than from
a fork of a parent that may hold threads, locks or a half-read corpus. Only a few chunks per
worker are in flight at any time, so memory holds the work being done, not the corpus.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from factcmp.engines import WorkerError

Item = TypeVar("Item")
Result = TypeVar("Result")

# Items sent to a worker at once: enough that sending them costs little beside the work on them.
CHUNK = 8
# Chunks in flight per worker: one being worked on and one waiting, so that no worker idles.
_AHEAD = 4
_PRELOAD = "factcmp.engines.preload"


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([_PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool, and the
    # workers need not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _results(future: cf.Future[list[Result]]) -> list[Result]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process stopped before finishing its work: killed, out of memory, or started by a "
            'script without `if __name__ == "__main__":` (workers import the main module); '
            "run again with fewer jobs"
        ) from None


class Jobs:
    """Runs the work in ``jobs`` worker processes, ``chunk`` items at a time."""

    def __init__(self, jobs: int, *, chunk: int = CHUNK) -> None:
        if jobs < 1 or chunk < 1:
            raise ValueError(f"jobs and chunk must be 1 or more, not {jobs} and {chunk}")
        self.jobs = jobs
        self.chunk = chunk

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        """``function`` of each item, in the order of the items; ``function`` must be picklable
        (a function of a module, or a functools.partial of one)."""
        pool = cf.ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_ignore_interrupts)
        pending: deque[cf.Future[list[Result]]] = deque()
        try:
            for chunk in _chunks(items, self.chunk):
                pending.append(pool.submit(_run_chunk, function, chunk))
                if len(pending) >= self.jobs * _AHEAD:
                    yield from _results(pending.popleft())
            while pending:
                yield from _results(pending.popleft())
        finally:
            # Stopped early (an error, the reader gone): chunks not yet started are dropped.
            pool.shutdown(wait=True, cancel_futures=True)
