"""The realistic dev set of issue 11 (tests/devset) is whole and consistent.

Only the set itself is checked here (files, front matter, lengths, languages, annotations);
bench/score_devset.py prints the scores, and tests/test_devset_scores.py holds them to their floors.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcmp import read_documents
from factcmp.io import split_front_matter

DEVSET = Path(__file__).parent / "devset"
PERSIAN_LETTERS = re.compile("[پچژگکی]")  # letters Arabic does not use (ک U+06A9, ی U+06CC)
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEVSET / "annotations.yaml").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def annotated(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each annotated document: its story, its entry and its path."""
    found: dict[str, dict[str, Any]] = {}
    for story in gold["stories"]:
        for doc in story["documents"]:
            assert doc["id"] not in found, f"{doc['id']} is annotated twice"
            path = DEVSET / "docs" / story["id"] / f"{doc['id']}.txt"
            found[doc["id"]] = {"story": story["id"], "entry": doc, "path": path}
    return found


def test_size(gold: dict[str, Any], annotated: dict[str, dict[str, Any]]) -> None:
    assert len(gold["stories"]) >= 8
    assert len(annotated) >= 80
    langs = Counter(item["entry"]["lang"] for item in annotated.values())
    assert set(langs) == {"ar", "fa", "en"}
    assert all(n >= len(annotated) / 4 for n in langs.values()), langs  # roughly a third each


def test_every_annotated_document_exists_and_every_document_is_annotated(
    annotated: dict[str, dict[str, Any]],
) -> None:
    missing = [doc for doc, item in annotated.items() if not item["path"].is_file()]
    assert not missing
    on_disk = {path.stem: path for path in (DEVSET / "docs").rglob("*.txt")}
    assert sorted(on_disk) == sorted(annotated)
    assert all(on_disk[doc] == item["path"] for doc, item in annotated.items())


def test_front_matter_parses_and_agrees_with_the_annotations(annotated: dict[str, dict[str, Any]]) -> None:
    documents = {doc.id: doc for doc in read_documents(sorted(item["path"] for item in annotated.values()))}
    assert sorted(documents) == sorted(annotated)
    with_date = 0
    for doc_id, item in annotated.items():
        text = item["path"].read_text(encoding="utf-8")
        fields, _ = split_front_matter(text)
        entry = item["entry"]
        assert bool(fields) == entry["front_matter"], doc_id
        if not fields:
            assert not text.startswith("---"), doc_id
            continue
        assert fields["id"] == doc_id
        assert fields["lang"] == entry["lang"] == documents[doc_id].lang
        assert fields.get("title") and fields.get("source"), doc_id
        if "published" in fields:
            with_date += 1
            if fields.get("calendar") == "jalali":
                assert entry.get("calendar") == "jalali"
                assert fields["published"] == str(entry["published_as_written"])
            else:
                assert str(entry["published"]).startswith(fields["published"][:10]), doc_id
    assert len(annotated) / 5 <= with_date <= len(annotated) / 2  # about a third carry a date


def test_lengths(annotated: dict[str, dict[str, Any]]) -> None:
    for doc in read_documents(sorted(item["path"] for item in annotated.values())):
        assert 800 <= len(doc.text) <= 3000, (doc.id, len(doc.text))


def test_languages_as_declared(annotated: dict[str, dict[str, Any]]) -> None:
    for doc in read_documents(sorted(item["path"] for item in annotated.values())):
        lang = annotated[doc.id]["entry"]["lang"]
        arabic_script, latin = len(ARABIC_SCRIPT.findall(doc.text)), len(LATIN.findall(doc.text))
        persian = len(PERSIAN_LETTERS.findall(doc.text))
        if lang == "en":
            assert latin > 10 * arabic_script, doc.id
        else:
            assert arabic_script > 10 * latin, doc.id
            share = persian / arabic_script
            assert share > 0.03 if lang == "fa" else share < 0.01, (doc.id, share)


def test_events_conflicts_and_pairs_name_known_documents(
    gold: dict[str, Any], annotated: dict[str, dict[str, Any]]
) -> None:
    events: dict[str, set[str]] = {}
    for story in gold["stories"]:
        assert story["label"] and story["events"], story["id"]
        mains = [event for event in story["events"] if event.get("main")]
        assert len(mains) == 1, story["id"]
        for event in story["events"]:
            assert event["id"] not in events, f"event {event['id']} twice"
            assert event["subtype"]
            docs = [told["doc"] for told in event["told_by"]]
            assert len(docs) == len(set(docs)), event["id"]
            assert set(docs) <= set(annotated), set(docs) - set(annotated)
            events[event["id"]] = set(docs)
        # every document of a story tells its main event
        own = {doc for doc, item in annotated.items() if item["story"] == story["id"]}
        told = set().union(*(events[event["id"]] for event in story["events"]))
        assert own <= told, own - told
    for conflict in gold["conflicts"]:
        assert conflict["expect"] in ("contradiction", "revision")
        assert conflict["slot"] in ("count", "time", "place", "actor", "object", "quantity")
        assert set(conflict["values"]) <= events[conflict["event"]], conflict["id"]
        assert len({str(value) for value in conflict["values"].values()}) > 1, conflict["id"]
    stories = {story["id"] for story in gold["stories"]}
    for rule in gold["must_not_contradict"]:
        assert rule.get("why"), rule["id"]
        for item in (*rule["a"], *rule["b"]):
            kind, _, name = item.partition(":")
            if kind == "event":
                assert name in events, item
            elif kind == "story":
                assert name in stories, item
            else:
                assert item in annotated, item
