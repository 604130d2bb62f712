"""Adding documents to a store: each read once (a document already there with the same content
is skipped), a changed document replacing what was stored of it, in batches that are committed
whole, so that a run stopped at any point leaves every document either stored or not."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator

import attrs

from factcmp.claims.model import Claim
from factcmp.engines import Engine
from factcmp.model import Document, DocumentMentions
from factcmp.pipeline import read_for_corpus
from factcmp.store.schema import transaction

# Documents written per transaction: what a killed run has to read again at most.
BATCH = 64


@attrs.frozen
class Added:
    """What an index run did: documents new to the store, changed, and already there as they are."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __add__(self, other: Added) -> Added:
        return Added(self.added + other.added, self.replaced + other.replaced, self.unchanged + other.unchanged)


def content_hash(document: Document) -> str:
    """What the document says and everything said about it (text, language, date, source, ...)."""
    data = json.dumps(document.to_dict(), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _to_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class _Unstored:
    """The documents that are not in the store as they are, counting those that are."""

    def __init__(self, connection: sqlite3.Connection, documents: Iterable[Document]) -> None:
        self.connection = connection
        self.documents = documents
        self.unchanged = 0
        self.hashes: deque[str] = deque()  # of the documents let through and not yet stored, in order

    def __iter__(self) -> Iterator[Document]:
        for document in self.documents:
            if not isinstance(document, Document):
                raise TypeError(f"documents must be factcmp.Document, not {type(document).__name__}")
            digest = content_hash(document)
            row = self.connection.execute("SELECT hash FROM documents WHERE id = ?", (document.id,)).fetchone()
            if row is not None and row[0] == digest:
                self.unchanged += 1
                continue
            self.hashes.append(digest)
            yield document


def _write(connection: sqlite3.Connection, entry: DocumentMentions, claims: list[Claim], digest: str) -> bool:
    """Store one document read; whether it replaced an older version of itself."""
    doc = entry.document.id
    replaced = connection.execute("SELECT 1 FROM documents WHERE id = ?", (doc,)).fetchone() is not None
    connection.execute("DELETE FROM claims WHERE doc = ?", (doc,))
    connection.execute(
        """INSERT INTO documents (id, hash, document, lang, mentions, pending) VALUES (?, ?, ?, ?, ?, 1)
           ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, document = excluded.document,
           lang = excluded.lang, mentions = excluded.mentions, pending = 1""",
        (doc, digest, _to_json(entry.document.to_dict()), entry.lang, _to_json([m.to_dict() for m in entry.mentions])),
    )
    connection.executemany(
        "INSERT INTO claims (id, doc, claim) VALUES (?, ?, ?)",
        [(claim.id, doc, _to_json(claim.to_dict())) for claim in claims],
    )
    return replaced


def add_documents(connection: sqlite3.Connection, documents: Iterable[Document], engine: Engine) -> Added:
    """Read the documents the store lacks (through ``engine``) and store them, a batch at a time."""
    unstored = _Unstored(connection, documents)
    read = engine.map(read_for_corpus, unstored)
    done = Added()
    while batch := list(itertools.islice(read, BATCH)):
        with transaction(connection):
            replaced = sum(_write(connection, entry, claims, unstored.hashes.popleft()) for entry, claims in batch)
        done += Added(added=len(batch) - replaced, replaced=replaced)
    return done + Added(unchanged=unstored.unchanged)
