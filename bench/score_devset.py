"""Score factcmp on the realistic dev set of issue 11 (tests/devset).

Reads tests/devset/annotations.yaml and the documents under tests/devset/docs, runs
``factcmp.read_documents`` and ``factcmp.compare`` on all of them at once (as a user would
give a folder of coverage), and prints:

* document-pair event links: a predicted link is two documents with claims in one predicted
  event; a gold link is two documents that tell one annotated event (main or background);
  precision and recall over all pairs, per story (pairs that touch the story) and per kind
  of gold event (main / background only);
* annotated conflicts flagged: a conflict is flagged when a ``contradiction`` or ``revision``
  finding on its slot (and count type) names two of its documents that give different values;
* false contradictions: contradiction findings between documents of different stories, of
  documents that tell no annotated event in common, whose count evidence belongs to different
  annotated events in the two documents, or that a ``must_not_contradict`` entry forbids;
* stories found vs annotated, when ``Comparison`` has a ``stories`` attribute.

Targets of issue 11: link precision >= 0.95 and recall >= 0.85, every conflict flagged, no false
contradiction. Today's scores are far below; tests/test_devset.py checks only the set itself.

Run: python bench/score_devset.py [--json] [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # a clean checkout, factcmp not installed
    sys.path.insert(0, str(ROOT))

import factcmp  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
FLAG_KINDS = ("contradiction", "revision")  # revision: a finding kind still to be added
COUNT_TYPES = {"kill": "KILL", "wound": "WOUND", "aboard": "ABOARD", "missing": "MISSING", "released": None}
TARGETS = {"precision": 0.95, "recall": 0.85}
# The annotation keys whose numbers a document states: counts, bounds, parts, earlier tolls, quantities.
NUMBER_KEYS = frozenset(("value", "low", "high", "civil_defence", "part", "previous", "also", "quantity", *COUNT_TYPES))

Pair = frozenset[str]


# --- the gold set ---------------------------------------------------------------------


class Gold:
    def __init__(self, data: dict[str, Any], root: Path = DEVSET) -> None:
        self.story_of: dict[str, str] = {}
        self.lang_of: dict[str, str] = {}
        self.paths: list[Path] = []
        self.event_docs: dict[str, set[str]] = {}
        self.event_main: dict[str, bool] = {}
        self.event_story: dict[str, str] = {}
        self.numbers: dict[tuple[str, str], set[float]] = {}  # (doc, event): every number it states
        self.times: dict[tuple[str, str], str | None] = {}  # (doc, event): the time it gives, ISO prefix
        self.places: dict[tuple[str, str], dict[str, Any] | None] = {}  # (doc, event): the place it gives
        self.story_ids = [story["id"] for story in data["stories"]]
        for story in data["stories"]:
            for doc in story["documents"]:
                self.story_of[doc["id"]] = story["id"]
                self.lang_of[doc["id"]] = doc["lang"]
                self.paths.append(root / "docs" / story["id"] / f"{doc['id']}.txt")
            for event in story["events"]:
                self.event_main[event["id"]] = bool(event.get("main"))
                self.event_story[event["id"]] = story["id"]
                docs = self.event_docs.setdefault(event["id"], set())
                for told in event["told_by"]:
                    docs.add(told["doc"])
                    key = (told["doc"], event["id"])
                    self.numbers[key] = set(_numbers(told))
                    self.times[key] = None if told.get("time") is None else str(told["time"])
                    self.places[key] = told.get("place") or event.get("place")
        self.events_of: dict[str, set[str]] = {}
        for event_id, docs in self.event_docs.items():
            for doc in docs:
                self.events_of.setdefault(doc, set()).add(event_id)
        self.conflicts: list[dict[str, Any]] = data.get("conflicts") or []
        self.must_not: list[dict[str, Any]] = data.get("must_not_contradict") or []

    def links(self, *, main: bool | None = None) -> set[Pair]:
        """Pairs of documents that tell one annotated event (only main or background ones if asked)."""
        found: set[Pair] = set()
        for event_id, docs in self.event_docs.items():
            if main is None or self.event_main[event_id] == main:
                found |= _pairs(docs)
        return found

    def resolve(self, items: Iterable[str]) -> tuple[set[str], set[str]]:
        """The documents named (ids, «event:ID» for those that tell it, «story:ID» for those of it),
        and the events named, which the finding's evidence must belong to."""
        docs: set[str] = set()
        events: set[str] = set()
        for item in items:
            kind, _, name = item.partition(":")
            if kind == "event" and name in self.event_docs:
                docs |= self.event_docs[name]
                events.add(name)
            elif kind == "story" and name in self.story_ids:
                docs |= {doc for doc, story in self.story_of.items() if story == name}
            elif not name and item in self.story_of:
                docs.add(item)
            else:
                raise ValueError(f"must_not_contradict names an unknown document, event or story: {item}")
        return docs, events

    def owners(self, doc: str, slot: str, evidence: Any) -> set[str] | None:
        """The annotated events of ``doc`` whose facts the evidence can be; None when that cannot be judged."""
        value = evidence.value if isinstance(evidence.value, dict) else {}
        events = self.events_of.get(doc, set())
        if slot in ("count", "quantity"):
            number = _evidence_number(evidence)
            if number is None or value.get("low") is not None or value.get("high") is not None:
                return None  # a range («عشرات», dozens): no one number to look up
            return {e for e in events if number in self.numbers.get((doc, e), ())}
        if slot == "time":
            start = value.get("start")
            if not start or not value.get("resolved"):
                return None
            size = {"year": 4, "month": 7}.get(str(value.get("grain")), 10)
            found = set()
            for e in events:
                gold = self.times.get((doc, e))
                if gold is None or any(start[: min(size, len(g))] == g[: min(size, len(g))] for g in gold.split("/")):
                    found.add(e)
            return found
        if slot == "place":
            geonameid, country = value.get("geonameid"), value.get("country")
            found = set()
            for e in events:
                gold = self.places.get((doc, e))
                if not gold or (gold.get("geonames") is None and gold.get("within") is None):
                    found.add(e)  # no place annotated, or one without an id: cannot rule out
                elif (
                    gold.get("geonames") == geonameid
                    or (value.get("feature") == "A" and gold.get("country") == country)
                    or (gold.get("within") and gold.get("within") == value.get("name"))
                ):
                    found.add(e)
            return found
        return None


def _numbers(value: Any) -> Iterable[float]:
    """Every count or quantity number in an annotation (values, bounds, parts, earlier tolls)."""
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        yield float(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in NUMBER_KEYS:
                yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)


def _pairs(docs: Iterable[str]) -> set[Pair]:
    return {frozenset(pair) for pair in itertools.combinations(sorted(set(docs)), 2)}


# --- scoring --------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def link_scores(predicted: set[Pair], gold: set[Pair]) -> dict[str, Any]:
    correct = predicted & gold
    return {
        "predicted": len(predicted),
        "gold": len(gold),
        "correct": len(correct),
        "precision": _ratio(len(correct), len(predicted)),
        "recall": _ratio(len(correct), len(gold)),
    }


def _count_type(finding: Any) -> str | None:
    for evidence in finding.values.values():
        kind = evidence.value.get("count_type") if isinstance(evidence.value, dict) else None
        if kind:
            return str(kind)
    return None


def _evidence_number(evidence: Any) -> float | None:
    value = evidence.value if isinstance(evidence.value, dict) else {}
    number = value.get("value")
    return float(number) if isinstance(number, (int, float)) and not isinstance(number, bool) else None


def _slot_matches(rule: dict[str, Any], finding: Any) -> bool:
    if rule.get("slot") and rule["slot"] != finding.slot:
        return False
    wanted = COUNT_TYPES.get(str(rule.get("count") or ""))
    return not (wanted and _count_type(finding) not in (None, wanted))


def _same_value(gold_value: Any, evidence: Any, slot: str) -> bool:
    """Whether a finding's evidence is the value the conflict annotates for that document."""
    text = str(gold_value)
    if slot in ("count", "quantity"):
        number = _evidence_number(evidence)
        digits = text.lstrip("<>~")
        try:
            return number is None or number == float(digits)
        except ValueError:
            return True
    if slot == "time":
        start = evidence.value.get("start") if isinstance(evidence.value, dict) else None
        return not start or start.startswith(text[:10]) or text.startswith(start[: len(text)])
    return True


def conflict_flagged_by(conflict: dict[str, Any], finding: Any) -> bool:
    if finding.kind not in FLAG_KINDS or not _slot_matches(conflict, finding):
        return False
    values = {doc: str(value) for doc, value in conflict["values"].items()}
    docs = [
        doc for doc in finding.docs if doc in values and _same_value(values[doc], finding.values[doc], finding.slot)
    ]
    return any(values[a] != values[b] for a, b in itertools.combinations(docs, 2))


def _must_not_hit(gold: Gold, rule: dict[str, Any], finding: Any) -> bool:
    if not _slot_matches(rule, finding):
        return False
    (docs_a, events_a), (docs_b, events_b) = gold.resolve(rule["a"]), gold.resolve(rule["b"])

    def belongs(doc: str, events: set[str], others: set[str]) -> bool:
        """An event-scoped side needs evidence of its events, and not as well of the other side's."""
        if not events:
            return True
        owners = gold.owners(doc, finding.slot, finding.values[doc])
        return owners is not None and bool(owners & events) and not (owners & others - events)

    docs = [doc for doc in finding.docs if doc in finding.values]
    hit = any(
        a != b and a in docs_a and b in docs_b and belongs(a, events_a, events_b) and belongs(b, events_b, events_a)
        for a in docs
        for b in docs
    )
    if not hit:
        return False
    if "value" in rule:
        return any(_evidence_number(evidence) == float(rule["value"]) for evidence in finding.values.values())
    return True


def contradiction_verdict(gold: Gold, finding: Any) -> tuple[str, str, str]:
    """(verdict, category, reason): verdict false | annotated | unannotated."""
    for rule in gold.must_not:
        if _must_not_hit(gold, rule, finding):
            return "false", "must_not_contradict", f"must_not_contradict {rule['id']}"
    docs = list(finding.docs)
    owners = {doc: gold.owners(doc, finding.slot, evidence) for doc, evidence in finding.values.items()}
    for doc, found in owners.items():
        if found is not None and not found:
            said = finding.values[doc].text
            return "false", "evidence not annotated", f"{doc}: {said!r} is no annotated {finding.slot} of its events"
    if len({gold.story_of.get(doc) for doc in docs}) > 1:
        # Documents of different stories may only meet on an event both tell (a background
        # event of one that is the main event of the other), with evidence of that event.
        common = set.intersection(
            *(
                owners.get(doc) or set() if owners.get(doc) is not None else gold.events_of.get(doc, set())
                for doc in docs
            )
        )
        if not common:
            return "false", "different stories", "documents of different stories, no annotated event in common"
    for a, b in itertools.combinations(docs, 2):
        if not gold.events_of.get(a, set()) & gold.events_of.get(b, set()):
            return "false", "no common event", f"{a} and {b} tell no annotated event in common"
    for a, b in itertools.combinations(owners, 2):
        if owners[a] and owners[b] and not owners[a] & owners[b]:
            return (
                "false",
                "values of different events",
                f"the values of {a} and {b} belong to different annotated events",
            )
    for conflict in gold.conflicts:
        if conflict_flagged_by(conflict, finding):
            return "annotated", "annotated", conflict["id"]
    return "unannotated", "unannotated", ""


def _describe(finding: Any) -> str:
    said = "; ".join(f"{doc}: {evidence.text!r}" for doc, evidence in finding.values.items())
    return f"{finding.kind} {finding.slot} [{said}]"


def score(verbose: bool = False, root: Path = DEVSET) -> dict[str, Any]:
    data = yaml.safe_load((root / "annotations.yaml").read_text(encoding="utf-8"))
    gold = Gold(data, root)
    started = time.perf_counter()
    documents = factcmp.read_documents(gold.paths)
    comparison = factcmp.compare(documents)
    elapsed = time.perf_counter() - started

    predicted: set[Pair] = set()
    for event in comparison.events:
        predicted |= _pairs(event.docs)
    gold_links = gold.links()
    result: dict[str, Any] = {
        "documents": len(documents),
        "languages": dict(sorted(Counter(gold.lang_of.values()).items())),
        "stories_annotated": len(gold.story_ids),
        "compare_seconds": round(elapsed, 2),
        "predicted_events": len(comparison.events),
        "predicted_events_multi_doc": sum(1 for event in comparison.events if len(event.docs) > 1),
        "links": link_scores(predicted, gold_links),
        "links_main_only": link_scores(
            predicted & gold.links(main=True) | (predicted - gold_links), gold.links(main=True)
        ),
        "links_background_only": {
            "gold": len(gold.links(main=False) - gold.links(main=True)),
            "correct": len(predicted & (gold.links(main=False) - gold.links(main=True))),
        },
        "per_story": {},
        "targets": TARGETS,
    }
    for story in gold.story_ids:
        touches = {pair for pair in predicted | gold_links if any(gold.story_of.get(d) == story for d in pair)}
        result["per_story"][story] = link_scores(predicted & touches, gold_links & touches)

    conflicts = []
    for conflict in gold.conflicts:
        by = [f for f in comparison.findings if conflict_flagged_by(conflict, f)]
        conflicts.append(
            {
                "id": conflict["id"],
                "expect": conflict["expect"],
                "flagged": bool(by),
                "flagged_as_expected": any(f.kind == conflict["expect"] for f in by),
                "kinds": sorted({f.kind for f in by}),
            }
        )
    result["conflicts"] = {
        "annotated": len(conflicts),
        "flagged": sum(c["flagged"] for c in conflicts),
        "flagged_as_expected": sum(c["flagged_as_expected"] for c in conflicts),
        "each": conflicts,
    }

    verdicts: dict[str, list[dict[str, str]]] = {"false": [], "annotated": [], "unannotated": []}
    for finding in comparison.findings:
        if finding.kind != "contradiction":
            continue
        verdict, category, reason = contradiction_verdict(gold, finding)
        verdicts[verdict].append(
            {"finding": _describe(finding), "docs": ",".join(finding.docs), "category": category, "reason": reason}
        )
    reasons = Counter(item["category"] for item in verdicts["false"])
    result["contradictions"] = {
        "total": sum(len(items) for items in verdicts.values()),
        "false": len(verdicts["false"]),
        "false_by_reason": dict(reasons),
        "annotated": len(verdicts["annotated"]),
        "unannotated": len(verdicts["unannotated"]),
    }
    if verbose:
        result["contradictions"]["each"] = verdicts
    stories = getattr(comparison, "stories", None)
    result["stories_found"] = len(stories) if stories is not None else None
    return result


def render(result: dict[str, Any], verbose: bool) -> str:
    def pr(scores: dict[str, Any]) -> str:
        p = "n/a" if scores["precision"] is None else f"{scores['precision']:.2f}"
        r = "n/a" if scores["recall"] is None else f"{scores['recall']:.2f}"
        return (
            f"precision {p} recall {r} (predicted {scores['predicted']}, gold {scores['gold']}, "
            f"correct {scores['correct']})"
        )

    langs = ", ".join(f"{lang} {n}" for lang, n in result["languages"].items())
    lines = [
        f"factcmp dev set (issue 11): {result['stories_annotated']} stories, {result['documents']} documents "
        f"({langs}); compare took {result['compare_seconds']} s, {result['predicted_events']} predicted events "
        f"({result['predicted_events_multi_doc']} with more than one document)",
        "",
        f"Document-pair event links: {pr(result['links'])}",
        f"  targets: precision >= {TARGETS['precision']}, recall >= {TARGETS['recall']}",
        f"  main events only: {pr(result['links_main_only'])}",
        f"  background-only links found: {result['links_background_only']['correct']} of "
        f"{result['links_background_only']['gold']}",
        "  per story (pairs that touch the story):",
    ]
    width = max(len(story) for story in result["per_story"])
    lines += [f"    {story:<{width}}  {pr(scores)}" for story, scores in result["per_story"].items()]
    conflicts = result["conflicts"]
    lines += [
        "",
        f"Annotated conflicts flagged (contradiction or revision): {conflicts['flagged']} of {conflicts['annotated']}"
        f" (as the expected kind: {conflicts['flagged_as_expected']})",
    ]
    for item in conflicts["each"]:
        state = f"flagged as {'/'.join(item['kinds'])}" if item["flagged"] else "missed"
        lines.append(f"    {item['id']:<36} expect {item['expect']:<13} {state}")
    con = result["contradictions"]
    reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(con["false_by_reason"].items())) or "none"
    lines += [
        "",
        f"Contradiction findings: {con['total']}; false: {con['false']} ({reasons}); "
        f"matching an annotated conflict: {con['annotated']}; other: {con['unannotated']}",
    ]
    if verbose:
        for verdict in ("false", "unannotated", "annotated"):
            for item in con["each"][verdict]:
                lines.append(f"    [{verdict}] {item['docs']}: {item['finding']}  {item['reason']}")
    found = result["stories_found"]
    lines += ["", f"Stories found vs annotated: {'n/a' if found is None else found} vs {result['stories_annotated']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--verbose", action="store_true", help="list every contradiction finding with its verdict")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="a dev set folder (default: tests/devset)")
    args = parser.parse_args(argv)
    result = score(verbose=args.verbose, root=args.devset)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render(result, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
