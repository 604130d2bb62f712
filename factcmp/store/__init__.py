"""The claim store: documents, their mentions and claims, stories and findings in one SQLite
file, compared incrementally as documents arrive.

    with factcmp.Store("news.db") as store:
        store.add(factcmp.read_documents(paths), jobs=4)
        changes = store.compare()          # only the stories the new documents touch
        for finding in changes.new: ...
        store.findings(kind="contradiction")

Readers may query a store while another process adds to it (WAL). Each batch of documents is
committed whole and each compare in one transaction: a run stopped at any point loses only its
unfinished batch, and running it again finishes the work.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from factcmp.compare.model import FINDING_KINDS
from factcmp.engines import engine_for
from factcmp.model import Document
from factcmp.store import query
from factcmp.store.incremental import compare_pending
from factcmp.store.index import Added, add_documents
from factcmp.store.query import Changes, StoredFinding
from factcmp.store.schema import StoreError, connect


class Store:
    """A claim store in the SQLite file at ``path``, created if missing (unless ``create`` is False)."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if not create and not Path(path).exists():
            raise StoreError(f"{self.path}: no such store")
        self._connection: sqlite3.Connection | None = connect(path)

    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def add(self, documents: Iterable[Document], *, jobs: int = 1) -> Added:
        """Read and store the documents that are new, or changed since they were stored (by
        content: text, language, date, source, title); the others are skipped. A changed document
        replaces its old mentions and claims. ``jobs`` processes read them."""
        return add_documents(self._db, documents, engine_for(jobs))

    def compare(self, *, since: dt.date | dt.datetime | None = None) -> Changes:
        """Compare the stories that new and changed documents touch, and say what changed: since
        this compare, or since ``since`` (a day, or a time: UTC unless it says otherwise)."""
        done = compare_pending(self._db)
        run, compared = done if done is not None else (None, 0)
        if since is not None:
            start = query.moment(since)
        elif run is not None:
            start = self._db.execute("SELECT at FROM runs WHERE id = ?", (run,)).fetchone()[0]
        else:  # nothing new, and no time asked about: nothing changed
            return Changes(since="", run=None, compared=0, new=(), changed=(), gone=())
        return Changes(since=start, run=run, compared=compared, **query.since(self._db, start))

    def findings(self, *, story: str | None = None, kind: str | None = None) -> list[StoredFinding]:
        """The findings of the last compare of each story: of one story (an id such as ``s3``)
        and one kind (``contradiction``, ``agreement``, ...) when asked."""
        if kind is not None and kind not in FINDING_KINDS:
            raise ValueError(f"unknown kind of finding {kind!r}; known kinds: {', '.join(FINDING_KINDS)}")
        return list(query.current(self._db, story=story, kind=kind))


__all__ = ["Added", "Changes", "Store", "StoreError", "StoredFinding"]
