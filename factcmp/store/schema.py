"""The store's SQLite file: opened in WAL mode (readers go on while a run writes), its schema
built and upgraded by numbered migrations, transactions that commit whole or not at all.

The schema is the list of migrations: a new store is migrated from version 0 (empty), an older
store from the version it records in ``schema_version``. A store made by a newer factcmp, or a
file that is not a store, is refused with the reason.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

# Migration n takes the schema from version n to n + 1, statement by statement.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version VALUES (0)",
        # pending: added or changed since the last compare. story: the one it was last compared in.
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY, hash TEXT NOT NULL, document TEXT NOT NULL, lang TEXT,
            mentions TEXT NOT NULL, pending INTEGER NOT NULL DEFAULT 1, story TEXT)""",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            claim TEXT NOT NULL)""",
        "CREATE INDEX claims_of_document ON claims (doc)",
    ),
    (
        # What a document may share with others (factcmp.align.stories), to find its neighbours.
        """CREATE TABLE features (
            doc TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE, feature TEXT NOT NULL)""",
        "CREATE INDEX features_by_name ON features (feature)",
        "CREATE INDEX features_of_document ON features (doc)",
        # AUTOINCREMENT: the number of a story that is gone is never given to another.
        "CREATE TABLE stories (number INTEGER PRIMARY KEY AUTOINCREMENT, story TEXT NOT NULL)",
        "CREATE TABLE runs (id INTEGER PRIMARY KEY, at TEXT NOT NULL)",
        """CREATE TABLE findings (
            id INTEGER PRIMARY KEY, story TEXT NOT NULL, kind TEXT NOT NULL, finding TEXT NOT NULL,
            key TEXT NOT NULL, seen INTEGER NOT NULL REFERENCES runs (id), gone INTEGER REFERENCES runs (id))""",
        "CREATE INDEX findings_of_story ON findings (story, gone)",
        # Documents stored before there were stories have never been compared.
        "UPDATE documents SET pending = 1",
    ),
    (
        # The day a document is about, beside its features: only reports of nearby days can be one
        # story. Features stored before have no day, which counts as a day that could be any.
        "ALTER TABLE features ADD COLUMN day TEXT",
        "DROP INDEX features_by_name",
        "CREATE INDEX features_by_name ON features (feature, day)",
        # The compare that last changed a finding (more reports joined it), beside the one that saw it.
        "ALTER TABLE findings ADD COLUMN changed INTEGER REFERENCES runs (id)",
    ),
)
VERSION = len(MIGRATIONS)
# A writer waits this long for another to finish before the store is reported busy.
_BUSY_SECONDS = 60.0


class StoreError(Exception):
    """A store that cannot be opened or written; ``str()`` names the file and the reason."""


def _version(connection: sqlite3.Connection, name: str) -> int:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return 0
    if "schema_version" not in tables:
        raise StoreError(f"{name}: an SQLite database, but not a factcmp store (it has no schema_version table)")
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    if row is None or not isinstance(row[0], int):
        raise StoreError(f"{name}: its schema_version table holds no version; not a factcmp store")
    return int(row[0])


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All of what is written inside, or none of it (an error, a kill, a power cut)."""
    connection.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _known_version(connection: sqlite3.Connection, name: str) -> int:
    version = _version(connection, name)
    if version > VERSION:
        raise StoreError(
            f"{name}: made by a newer factcmp (schema version {version}; this one reads up to {VERSION}); "
            "upgrade factcmp"
        )
    return version


def _migrate(connection: sqlite3.Connection, name: str) -> None:
    if _known_version(connection, name) == VERSION:  # the usual case, and no write lock taken for it
        return
    with transaction(connection):
        # Read again under the lock: another process may have created or migrated the store meanwhile.
        version = _known_version(connection, name)
        for migration in MIGRATIONS[version:]:
            for statement in migration:
                connection.execute(statement)
        connection.execute("UPDATE schema_version SET version = ?", (VERSION,))


def connect(path: str | Path) -> sqlite3.Connection:
    """The store at ``path`` (created if missing), at the current schema version."""
    name = str(path)
    if Path(path).is_dir():
        raise StoreError(f"{name}: is a directory; a store is one file")
    try:
        # Autocommit: transactions are begun and ended explicitly (transaction()).
        connection = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_SECONDS)
    except sqlite3.Error as error:
        raise StoreError(f"{name}: cannot open it ({error})") from None
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # with WAL: safe against a killed process
        connection.execute("PRAGMA foreign_keys = ON")
        _migrate(connection, name)
    except sqlite3.OperationalError as error:  # locked, read-only, disk full: a store, but not usable now
        connection.close()
        raise StoreError(f"{name}: {error}") from None
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(f"{name}: not a factcmp store ({error})") from None
    except StoreError:
        connection.close()
        raise
    return connection
