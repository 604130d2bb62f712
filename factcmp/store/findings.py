"""The findings a store keeps from one compare to the next.

A finding is the same when its kind, its slot and every document's words and value are. It has
grown when a later compare finds it again with more documents saying the same (a new report
joins an agreement): it is then kept, marked changed by that compare, rather than lost and found
anew. Every other finding of the recompared stories is new, and every one no longer found is
lost (gone).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import attrs

from factcmp.compare.model import Comparison

Said = frozenset[tuple[str, str, str]]


def said(values: Mapping[str, Mapping[str, Any]]) -> Said:
    """What each document says, from a finding's JSON ``values``: its words and its value."""
    return frozenset((doc, str(v["text"]), json.dumps(v["value"], sort_keys=True)) for doc, v in values.items())


def finding_key(kind: str, slot: str, what: Said) -> str:
    return hashlib.sha256(json.dumps([kind, slot, sorted(what)]).encode("utf-8")).hexdigest()


@attrs.frozen
class _Kept:
    """A finding the store holds for a story being recompared."""

    id: int
    kind: str
    slot: str
    said: Said


def _kept(connection: sqlite3.Connection) -> dict[str, _Kept]:
    rows = connection.execute(
        """SELECT id, finding FROM findings WHERE gone IS NULL AND story IN (
               SELECT story FROM documents WHERE id IN (SELECT id FROM affected))"""
    )
    kept = {}
    for number, text in rows:
        data = json.loads(text)
        what = said(data["values"])
        kept[finding_key(data["kind"], data["slot"], what)] = _Kept(number, data["kind"], data["slot"], what)
    return kept


class _Grown:
    """The kept findings not found as they were, by what their documents say, to find the one a
    new finding grew from: same kind and slot, and all it said still said."""

    def __init__(self, kept: Mapping[str, _Kept]) -> None:
        self.by_statement: dict[tuple[str, str, tuple[str, str, str]], list[_Kept]] = defaultdict(list)
        for finding in kept.values():
            for statement in finding.said:
                self.by_statement[(finding.kind, finding.slot, statement)].append(finding)
        self.taken: set[int] = set()

    def take(self, kind: str, slot: str, what: Said) -> _Kept | None:
        candidates = {
            old.id: old
            for statement in what
            for old in self.by_statement.get((kind, slot, statement), ())
            if old.id not in self.taken and old.said < what
        }
        grown = max(candidates.values(), key=lambda old: (len(old.said), -old.id), default=None)
        if grown is not None:
            self.taken.add(grown.id)
        return grown


def save(connection: sqlite3.Connection, comparison: Comparison, story_of: Mapping[str, str], run: int) -> None:
    """The findings of the recompared stories, each found, kept, grown or lost by compare ``run``."""
    kept = _kept(connection)
    fresh = []
    for finding in comparison.findings:
        data = {**finding.to_dict(), "event": None}  # a run's event numbers mean nothing in the next
        what = said(data["values"])
        record = (story_of[finding.docs[0]], json.dumps(data, ensure_ascii=False))
        old = kept.pop(finding_key(finding.kind, finding.slot, what), None)
        if old is not None:
            connection.execute("UPDATE findings SET story = ?, finding = ? WHERE id = ?", (*record, old.id))
        else:
            fresh.append((finding.kind, finding.slot, what, record))
    grown = _Grown(kept)
    for kind, slot, what, record in fresh:
        old = grown.take(kind, slot, what)
        if old is not None:
            connection.execute(
                "UPDATE findings SET story = ?, finding = ?, key = ?, changed = ? WHERE id = ?",
                (*record, finding_key(kind, slot, what), run, old.id),
            )
        else:
            connection.execute(
                "INSERT INTO findings (story, finding, kind, key, seen) VALUES (?, ?, ?, ?, ?)",
                (*record, kind, finding_key(kind, slot, what), run),
            )
    lost = [(run, old.id) for old in kept.values() if old.id not in grown.taken]
    connection.executemany("UPDATE findings SET gone = ? WHERE id = ?", lost)
