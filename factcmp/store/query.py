"""What a store has found: its current findings, and those found or lost since a given time."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

import attrs

from factcmp.compare.model import FINDING_KINDS


@attrs.frozen(kw_only=True)
class StoredFinding:
    """A finding (``Finding.to_dict()``, its event left out) with the story it is about, when it
    was first found, when more documents last joined it, and, once a later run no longer finds
    it, when it was lost."""

    story: str
    seen: str
    changed: str | None
    gone: str | None
    data: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.data["kind"])

    def to_dict(self) -> dict[str, Any]:
        return {**self.data, "story": self.story, "seen": self.seen, "changed": self.changed, "gone": self.gone}


@attrs.frozen(kw_only=True)
class Changes:
    """What a compare of a store changed: the findings found since ``since`` and still there
    (``new``), those found before it that more documents joined since (``changed``), and those
    found before it and lost since (``gone``). ``run`` is the number of the
    compare that was just run, None when no document was new or changed; ``compared`` the
    documents it compared."""

    since: str
    run: int | None
    compared: int
    new: tuple[StoredFinding, ...]
    changed: tuple[StoredFinding, ...]
    gone: tuple[StoredFinding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "run": self.run,
            "compared": self.compared,
            "new": [finding.to_dict() for finding in self.new],
            "changed": [finding.to_dict() for finding in self.changed],
            "gone": [finding.to_dict() for finding in self.gone],
        }


_SELECT = """SELECT f.story, f.finding, seen.at, changed.at, gone.at FROM findings f JOIN runs seen ON seen.id = f.seen
             LEFT JOIN runs changed ON changed.id = f.changed LEFT JOIN runs gone ON gone.id = f.gone"""


def _found(connection: sqlite3.Connection, where: str, parameters: tuple[object, ...]) -> tuple[StoredFinding, ...]:
    """The findings that match, contradictions first (the order of FINDING_KINDS), then as found."""
    rows = connection.execute(f"{_SELECT} WHERE {where} ORDER BY f.id", parameters).fetchall()
    found = [
        StoredFinding(story=row[0], data=json.loads(row[1]), seen=row[2], changed=row[3], gone=row[4]) for row in rows
    ]
    rank: dict[str, int] = {kind: number for number, kind in enumerate(FINDING_KINDS)}
    return tuple(sorted(found, key=lambda finding: rank.get(finding.kind, len(rank))))


def current(connection: sqlite3.Connection, *, story: str | None, kind: str | None) -> tuple[StoredFinding, ...]:
    """The findings the last compare of each story found, of one story and one kind if asked."""
    return _found(
        connection,
        "f.gone IS NULL AND (? IS NULL OR f.story = ?) AND (? IS NULL OR f.kind = ?)",
        (story, story, kind, kind),
    )


def since(connection: sqlite3.Connection, when: str) -> dict[str, tuple[StoredFinding, ...]]:
    """Findings found at ``when`` or after and not lost since (new); found before it, still there
    and joined by more documents since (changed); found before it and lost since (gone)."""
    return {
        "new": _found(connection, "f.gone IS NULL AND seen.at >= ?", (when,)),
        "changed": _found(connection, "f.gone IS NULL AND seen.at < ? AND changed.at >= ?", (when, when)),
        "gone": _found(connection, "gone.at >= ? AND seen.at < ?", (when, when)),
    }


def moment(when: dt.date | dt.datetime) -> str:
    """A date or a time as runs are recorded: ISO, in UTC (a time without a zone is taken as UTC)."""
    if not isinstance(when, dt.datetime):
        return when.isoformat()
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.replace(tzinfo=dt.timezone.utc).isoformat(timespec="microseconds")
