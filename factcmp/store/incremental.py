"""Comparing what is new in a store: only the stories that new or changed documents touch.

Documents added or changed since the last compare are pending. With them are recompared the
documents that could be in one story with one of them: that share a rare identifying story feature with it
(what factcmp.align.stories groups documents by: places, people, tolls, kinds of event, days)
and are about a day near its own, as reports of one story are; and every document of the
stories any of these were in. Those documents are grouped into stories anew and their claims aligned and
compared (factcmp.pipeline.compare_read); every other story, and its findings, is left as it was.
A new story takes the id of the old story it shares most documents with, so ids last.

Each finding is kept with the run that first found it, the run that last changed it, and the run
that no longer found it (factcmp.store.findings): what changed since a run, or a day, is the
findings found, changed or lost since.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence

from factcmp.align.stories import MAX_STORY_DAYS, Story, identifying_features, story_day
from factcmp.claims.model import Claim
from factcmp.model import Document, DocumentMentions, Mention
from factcmp.pipeline import compare_read
from factcmp.store import findings
from factcmp.store.schema import transaction

# A feature shared by more documents than this says little about any two of them (as in the
# story grouping): it is no reason to recompare a story.
RARE = 400


def _load(connection: sqlite3.Connection, table: str) -> tuple[list[DocumentMentions], list[Claim]]:
    """The documents whose ids are in the temporary ``table``, in the order they were first added."""
    documents = [
        DocumentMentions(Document.from_dict(json.loads(doc)), lang, [Mention.from_dict(m) for m in json.loads(found)])
        for doc, lang, found in connection.execute(
            f"SELECT document, lang, mentions FROM documents WHERE id IN (SELECT id FROM {table}) ORDER BY rowid"
        )
    ]
    claims = [
        Claim.from_dict(json.loads(claim))
        for (claim,) in connection.execute(
            f"""SELECT claim FROM claims JOIN documents ON documents.id = claims.doc
                WHERE claims.doc IN (SELECT id FROM {table}) ORDER BY documents.rowid, claims.rowid"""
        )
    ]
    return documents, claims


def _index_features(connection: sqlite3.Connection) -> None:
    """The story features of the pending documents, for finding the documents they may join."""
    connection.execute("DELETE FROM features WHERE doc IN (SELECT id FROM pending)")
    documents, claims = _load(connection, "pending")
    claims_of: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_of.setdefault(claim.doc, []).append(claim)
    rows = []
    for entry in documents:
        claims = claims_of.get(entry.document.id, [])
        day = story_day(entry, claims)
        for feature in identifying_features(entry, claims):
            rows.append((entry.document.id, feature, day.isoformat() if day else None))
    connection.executemany("INSERT INTO features (doc, feature, day) VALUES (?, ?, ?)", rows)


# Documents that share a rare feature with a pending one and may be about a day near its own:
# either day unknown, or the two within a story's span of each other. Three queries, so that each
# can read the (feature, day) index: one for each way a day can be unknown, one for nearby days.
_NEIGHBOURS = (
    "p.day IS NULL",
    "p.day IS NOT NULL AND n.day IS NULL",
    f"n.day BETWEEN date(p.day, '-{MAX_STORY_DAYS} days') AND date(p.day, '+{MAX_STORY_DAYS} days')",
)


def _gather_affected(connection: sqlite3.Connection) -> None:
    """Into the temporary table ``affected``: the pending documents, those that share a rare
    feature with one of them and may be about a nearby day, and every document of the stories
    all these were in."""
    connection.execute("INSERT INTO affected SELECT id FROM pending")
    connection.execute(
        """INSERT INTO rare SELECT feature FROM features WHERE feature IN (
               SELECT feature FROM features WHERE doc IN (SELECT id FROM pending))
           GROUP BY feature HAVING count(*) <= ?""",
        (RARE,),
    )
    for near in _NEIGHBOURS:
        connection.execute(
            f"""INSERT OR IGNORE INTO affected SELECT DISTINCT n.doc FROM features p
                JOIN features n ON n.feature = p.feature
                WHERE p.doc IN (SELECT id FROM pending) AND p.feature IN (SELECT id FROM rare) AND {near}"""
        )
    connection.execute(
        """INSERT OR IGNORE INTO affected SELECT id FROM documents WHERE story IN (
               SELECT story FROM documents WHERE id IN (SELECT id FROM affected) AND story IS NOT NULL)"""
    )


def _story_ids(connection: sqlite3.Connection, stories: Sequence[Story]) -> dict[str, str]:
    """Store ids for the stories just grouped: the old id of the story each shares most documents
    with (each old id used once), else a new one; the old stories' records are replaced."""
    old_story = dict(connection.execute("SELECT id, story FROM documents WHERE id IN (SELECT id FROM affected)"))
    free = {story for story in old_story.values() if story is not None}
    ids: dict[str, str] = {}
    for story in stories:
        shared = Counter(old_story[doc] for doc in story.docs if old_story[doc] in free)
        if shared:
            ids[story.id] = min(shared, key=lambda old: (-shared[old], old))
            free.discard(ids[story.id])
        else:
            number = connection.execute("INSERT INTO stories (story) VALUES ('{}')").lastrowid
            ids[story.id] = f"s{number}"
    connection.executemany("DELETE FROM stories WHERE number = ?", [(int(story[1:]),) for story in free])
    for story in stories:
        record = json.dumps({**story.to_dict(), "id": ids[story.id]}, ensure_ascii=False)
        connection.execute("UPDATE stories SET story = ? WHERE number = ?", (record, int(ids[story.id][1:])))
    return ids


def _mark_compared(connection: sqlite3.Connection, story_of: dict[str, str]) -> None:
    connection.executemany(
        "UPDATE documents SET pending = 0, story = ? WHERE id = ?", [(story, doc) for doc, story in story_of.items()]
    )


def _temporary(connection: sqlite3.Connection, tables: Iterable[str]) -> None:
    for table in tables:
        connection.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
        connection.execute(f"DELETE FROM {table}")


def compare_pending(connection: sqlite3.Connection) -> tuple[int, int] | None:
    """Recompare the stories that pending documents touch; the run (its number) and how many
    documents it compared, or None when no document is pending."""
    with transaction(connection):
        _temporary(connection, ("pending", "affected", "rare"))
        connection.execute("INSERT INTO pending SELECT id FROM documents WHERE pending")
        if connection.execute("SELECT count(*) FROM pending").fetchone()[0] == 0:
            return None
        _index_features(connection)
        _gather_affected(connection)
        comparison = compare_read(*_load(connection, "affected"))
        at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
        run = connection.execute("INSERT INTO runs (at) VALUES (?)", (at,)).lastrowid
        assert run is not None  # an INSERT always has a row id
        ids = _story_ids(connection, comparison.stories)
        story_of = {doc: ids[story.id] for story in comparison.stories for doc in story.docs}
        findings.save(connection, comparison, story_of, run)
        _mark_compared(connection, story_of)
        return run, len(comparison.documents)
