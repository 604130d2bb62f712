"""The claim store: a real SQLite file, real processes adding to it and killed mid-way, real
readers beside them; the store's findings are those of a comparison of the same documents."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

import factcmp
from factcmp.pipeline import compare, read_for_corpus
from factcmp.store import Store, StoreError
from factcmp.store.schema import MIGRATIONS, VERSION
from tests.generated import corpus

ROOT = Path(__file__).resolve().parent.parent


def _findings(comparison: factcmp.Comparison) -> list[dict[str, Any]]:
    return sorted(({**f.to_dict(), "event": None} for f in comparison.findings), key=json.dumps)


def _stored(store: Store, **only: str) -> list[dict[str, Any]]:
    return sorted((finding.data for finding in store.findings(**only)), key=json.dumps)


def _compare_set(name: str) -> list[factcmp.Document]:
    spec = yaml.safe_load((ROOT / "tests" / "compare_sets" / f"{name}.yaml").read_text(encoding="utf-8"))
    return [factcmp.Document(id=doc, text=text) for doc, text in spec["documents"].items()]


def test_a_store_finds_what_a_comparison_of_its_documents_finds(tmp_path: Path, seed_paths: list[Path]) -> None:
    seeds = factcmp.read_documents(seed_paths)
    with Store(tmp_path / "news.db") as store:
        assert store.add(seeds, jobs=2) == factcmp.store.Added(added=5)
        changes = store.compare()
        assert changes.run == 1 and changes.compared == 5 and changes.gone == ()
        assert _stored(store) == _findings(compare(seeds))
        assert sorted((f.data for f in changes.new), key=json.dumps) == _stored(store)
        contradictions = _stored(store, kind="contradiction")
        assert contradictions and all(finding["kind"] == "contradiction" for finding in contradictions)
        # Added again as they are: nothing to read, nothing to compare.
        assert store.add(seeds) == factcmp.store.Added(unchanged=5)
        assert store.compare().run is None and len(store) == 5
        # What changed since a day before the first compare: everything it found.
        since = store.compare(since=dt.date(2000, 1, 1))
        assert since.run is None and len(since.new) == len(store.findings()) and since.gone == ()
        assert store.compare(since=dt.datetime.now(dt.timezone.utc)).new == ()


def test_only_the_stories_new_documents_touch_are_compared_again(tmp_path: Path, seed_paths: list[Path]) -> None:
    with Store(tmp_path / "news.db") as store:
        store.add(factcmp.read_documents(seed_paths))
        store.compare()
        before = {story: _stored(store, story=story) for story in {f.story for f in store.findings()}}
        convoy = _compare_set("market_strike_three_languages")  # an air strike in Yemen: nothing the seeds name
        store.add(convoy)
        changes = store.compare()
        assert changes.compared < len(store)  # the reports the convoy strike does not touch are left alone
        untouched = [story for story, found in before.items() if _stored(store, story=story) == found]
        assert untouched and {f.story for f in changes.new}.isdisjoint(untouched)
        assert _findings(compare(convoy)) == sorted(
            (f.data for f in changes.new if set(f.data["docs"]) <= {d.id for d in convoy}), key=json.dumps
        )


def test_a_changed_document_replaces_its_claims_and_its_findings(tmp_path: Path, seed_paths: list[Path]) -> None:
    seeds = factcmp.read_documents(seed_paths)
    with Store(tmp_path / "news.db") as store:
        store.add(seeds)
        store.compare()
        persian = seeds[3]
        revised = factcmp.Document(id=persian.id, text=persian.text.replace("۱۵", "۱۴"), lang=persian.lang)
        assert store.add([revised]) == factcmp.store.Added(replaced=1)
        changes = store.compare()
        assert any(f.kind == "contradiction" and f.data["slot"] == "count" for f in changes.new)
        assert any(f.kind == "agreement" and f.data["slot"] == "count" for f in changes.gone)
        assert _stored(store) == _findings(compare([*seeds[:3], revised, seeds[4]]))
    with sqlite3.connect(tmp_path / "news.db") as db:
        stored = [json.loads(c) for (c,) in db.execute("SELECT claim FROM claims WHERE doc = ?", (persian.id,))]
    assert stored == json.loads(json.dumps([claim.to_dict() for claim in read_for_corpus(revised)[1]]))


def test_a_finding_more_reports_join_is_changed_not_lost_and_found(tmp_path: Path, seed_paths: list[Path]) -> None:
    persian, arabic = factcmp.read_documents(seed_paths[3:5])
    with Store(tmp_path / "news.db") as store:
        store.add([persian, arabic])
        store.compare()
        (toll,) = [f for f in store.findings(kind="agreement") if f.data["slot"] == "count"]
        store.add([factcmp.Document(id="reprint", text=arabic.text, lang=arabic.lang)])
        changes = store.compare()
        grown = [f for f in changes.changed if f.data["slot"] == "count"]
        assert [f.data["docs"] for f in grown] == [[*toll.data["docs"], "reprint"]]
        assert grown[0].seen == toll.seen and grown[0].changed is not None
        assert not [f for f in changes.new + changes.gone if f.kind == "agreement" and f.data["slot"] == "count"]


def _factcmp(*args: str, **options: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "factcmp", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        **options,
    )


def test_a_killed_index_loses_nothing_and_a_rerun_finishes_it(tmp_path: Path) -> None:
    documents = corpus(200)
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in documents), encoding="utf-8")
    path = tmp_path / "news.db"
    indexing = _factcmp("index", "--store", str(path), "--jobs", "1", str(source), start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 240
    while stored == 0 and indexing.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        if path.exists():
            with Store(path) as reader:  # reads while the index writes (WAL)
                stored = len(reader)
    os.killpg(indexing.pid, signal.SIGKILL)
    indexing.wait()
    assert 0 < stored < len(documents), "the index should be killed after its first batch and before its end"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = dict(db.execute("SELECT id, (SELECT count(*) FROM claims WHERE doc = documents.id) FROM documents"))
    expected = {i: len(read_for_corpus(factcmp.Document(id=i, text=t))[1]) for i, t in documents if i in kept}
    assert kept == expected  # every document stored is stored whole, claims and all
    rerun = _factcmp("index", "--store", str(path), str(source))
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{len(documents) - len(kept)} documents added, 0 replaced, {len(kept)} already there" in err
    with Store(path) as store:
        assert len(store) == len(documents)


def test_readers_query_while_a_writer_holds_the_store(tmp_path: Path, seed_paths: list[Path]) -> None:
    with Store(tmp_path / "news.db") as store:
        store.add(factcmp.read_documents(seed_paths))
        store.compare()
    writer = sqlite3.connect(tmp_path / "news.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE documents SET pending = 1")
    with Store(tmp_path / "news.db") as reader:
        assert reader.findings() and len(reader) == 5
    writer.execute("ROLLBACK")
    writer.close()


def test_an_older_store_is_migrated_and_others_refused(tmp_path: Path, seed_paths: list[Path]) -> None:
    older = tmp_path / "older.db"
    with sqlite3.connect(older, isolation_level=None) as db:  # a store as the first schema made it
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("UPDATE schema_version SET version = 1")
        entry, claims = read_for_corpus(factcmp.read_documents(seed_paths[:1])[0])
        db.execute(
            "INSERT INTO documents (id, hash, document, lang, mentions, pending) VALUES (?, '', ?, ?, ?, 0)",
            (
                entry.document.id,
                json.dumps(entry.document.to_dict()),
                entry.lang,
                json.dumps([m.to_dict() for m in entry.mentions]),
            ),
        )
        db.executemany(
            "INSERT INTO claims (id, doc, claim) VALUES (?, ?, ?)",
            [(c.id, c.doc, json.dumps(c.to_dict())) for c in claims],
        )
    with Store(older) as store:
        assert store.compare().compared == 1  # documents of the older store are compared once migrated
        assert _stored(store) == _findings(compare(factcmp.read_documents(seed_paths[:1])))
    with sqlite3.connect(older) as db:
        assert db.execute("SELECT version FROM schema_version").fetchone() == (VERSION,)
        db.execute("UPDATE schema_version SET version = ?", (VERSION + 1,))
    with pytest.raises(StoreError, match=rf"older\.db: made by a newer factcmp \(schema version {VERSION + 1}"):
        Store(older)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(StoreError, match="an SQLite database, but not a factcmp store"):
        Store(other)
    (tmp_path / "text.db").write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="not a factcmp store"):
        Store(tmp_path / "text.db")


def test_the_command_line_indexes_compares_and_queries(tmp_path: Path, seed_paths: list[Path]) -> None:
    path = str(tmp_path / "news.db")
    first = _factcmp("compare", "--store", path, "--format", "json", *map(str, seed_paths[:3]))
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert "3 documents added, 0 replaced, 0 already there; 3 in the store" in err
    assert json.loads(out)["compared"] == 3
    second = _factcmp("compare", "--store", path, "--format", "jsonl", *map(str, seed_paths))
    out, _ = second.communicate(timeout=300)
    assert {json.loads(line)["type"] for line in out.splitlines()} <= {"new", "gone"}
    query = _factcmp("findings", "--store", path, "--kind", "agreement", "--format", "json")
    out, _ = query.communicate(timeout=60)
    found = json.loads(out)["findings"]
    assert found and {f["kind"] for f in found} == {"agreement"} and all(f["story"].startswith("s") for f in found)
    missing = _factcmp("findings", "--store", str(tmp_path / "none.db"))
    _, err = missing.communicate(timeout=60)
    assert missing.returncode == 1 and err == f"factcmp: {tmp_path / 'none.db'}: no such store\n"
