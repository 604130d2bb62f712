"""Engines: where the per-document work of the pipeline runs.

An engine maps a function over items and yields the results in input order; the pipeline hands
it one document at a time and never knows where the work ran. ``Local`` runs it in this process;
``Jobs`` in worker processes (``factcmp.engines.jobs``). Distributing a corpus over a cluster is
``factcmp.dask``, which needs the optional ``factcmp[dask]`` extra.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from factcmp.engines.local import Local

Item = TypeVar("Item")
Result = TypeVar("Result")

# Starting worker processes costs more than reading this many documents in one.
HANDFUL = 16


class EngineError(RuntimeError):
    """Work that could not be run where it was asked to run."""


class WorkerError(EngineError):
    """A worker process stopped before it finished its work."""


class Engine(Protocol):
    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        """``function`` of each item, in the order of the items."""
        ...


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_jobs(documents: int) -> int:
    """Every core for more than a handful of documents; one process otherwise."""
    return cores() if documents > HANDFUL else 1


def engine_for(jobs: int) -> Engine:
    """The engine that runs ``jobs`` processes at once: this one alone for 1."""
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if jobs == 1:
        return Local()
    from factcmp.engines.jobs import Jobs  # multiprocessing is imported only when asked for

    return Jobs(jobs)


__all__ = ["HANDFUL", "Engine", "EngineError", "Local", "WorkerError", "cores", "default_jobs", "engine_for"]
