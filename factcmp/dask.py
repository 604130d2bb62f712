"""Comparing corpora on a Dask cluster: ``pip install 'factcmp[dask]'``.

The document steps (analysis, extraction, claims) are the work that grows with a corpus; they
map over the partitions of a ``dask.bag`` on the cluster's workers, and what they make of each
document comes back in input order. The corpus steps then run where the comparison is wanted
(factcmp.pipeline.compare_read): stories are grouped over every document, and alignment links
claims across stories when reports recall an earlier event, so they need every claim. The
comparison is the one the local engine makes of the same corpus.

    from dask.distributed import Client
    import dask.bag, factcmp.dask
    with Client("tcp://scheduler:8786"):
        comparison = factcmp.dask.compare(dask.bag.from_sequence(documents, partition_size=64))

Every worker needs factcmp installed, at the same version as the client.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

try:
    import dask.bag
    from distributed import Client, LocalCluster
except ImportError as missing:  # the optional extra is not installed
    raise ImportError(f"factcmp.dask needs the optional extra: pip install 'factcmp[dask]' ({missing})") from None

from factcmp.claims.model import Claim
from factcmp.compare.model import Comparison
from factcmp.engines import cores
from factcmp.model import Document, DocumentMentions
from factcmp.pipeline import compare_read, read_for_corpus

Item = TypeVar("Item")
Result = TypeVar("Result")

# Documents per partition: enough that scheduling one costs little beside the work on it.
PARTITION = 32


def _read_partition(documents: Iterable[Document]) -> list[tuple[DocumentMentions, list[Claim]]]:
    return [read_for_corpus(document) for document in documents]


def compare(bag: dask.bag.Bag) -> Comparison:
    """The comparison of the documents (``factcmp.Document``) of ``bag``, read on the workers of
    the current Dask client (or Dask's default scheduler when there is none)."""
    read: list[tuple[DocumentMentions, list[Claim]]] = bag.map_partitions(_read_partition).compute()
    return compare_read([entry for entry, _ in read], [claim for _, claims in read for claim in claims])


@contextlib.contextmanager
def client(scheduler: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (tcp://host:8786), or of a cluster of worker
    processes on this machine, one per core, closed on leaving."""
    if scheduler is not None:
        with Client(scheduler) as connected:
            yield connected
        return
    with (
        LocalCluster(
            n_workers=cores(), threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


class Dask:
    """The engine of a Dask cluster (factcmp.engines): the items are sent to its workers in
    partitions and the results come back in input order once all are done."""

    def __init__(self, scheduler: str | None = None) -> None:
        self.scheduler = scheduler

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        work = list(items)
        if not work:
            return iter(())
        partitions = max(1, math.ceil(len(work) / PARTITION))
        with client(self.scheduler):
            results: list[Result] = dask.bag.from_sequence(work, npartitions=partitions).map(function).compute()
        return iter(results)
