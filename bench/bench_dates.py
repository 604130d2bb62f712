#!/usr/bin/env python3
"""Dates benchmark: factcmp against ``dateparser.search.search_dates`` on the same documents.

Runs both on the sample reports (and on a larger set built from them by reordering their
paragraphs), in one run, and prints throughput, the speed ratio, and precision and recall
against the date mentions of the seed gold (a prediction is right when it overlaps a gold date;
"value" recall also asks for the right day, month or weekday).

Usage: bench_dates.py [--shared DIR] [--copies N] [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import random
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factcmp
from factcmp.analysis import analyze
from factcmp.kinds import dates
from factcmp.model import Document

Span = tuple[int, int]
Prediction = tuple[Span, dict[str, Any]]
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


def load(shared: Path) -> tuple[list[tuple[str, str, str]], list[dict[str, Any]]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = [
        (doc_id, meta["lang"], (shared / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8"))
        for doc_id, meta in gold["documents"].items()
    ]
    mentions = [m for m in gold["mentions"] if m["kind"] in ("date", "duration")]
    return docs, mentions


def larger_set(docs: list[tuple[str, str, str]], copies: int) -> list[tuple[str, str, str]]:
    """Each seed ``copies`` times, its paragraphs in a different order each time."""
    built = []
    for copy in range(copies):
        rng = random.Random(copy)
        for doc_id, lang, text in docs:
            paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            built.append((doc_id, lang, "\n\n".join(paragraphs)))
    return built


def factcmp_dates(text: str, lang: str) -> list[Prediction]:
    return [
        ((m.span.start, m.span.end), m.value.to_dict())
        for m in factcmp.extract(text, lang=lang, kinds=["date", "duration"])
    ]


def dateparser_dates(text: str, lang: str) -> list[Prediction]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=[lang]) or []
    predictions, position = [], 0
    for surface, moment in found:
        start = text.find(surface, position)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        position = start + len(surface)
        value = {
            "start": moment.date().isoformat(),
            "weekday": WEEKDAYS[moment.weekday()],
            "month": moment.month,
            "day": moment.day,
        }
        predictions.append(((start, start + len(surface)), value))
    return predictions


def occurrences(text: str, surface: str) -> list[Span]:
    spans, index = [], text.find(surface)
    while index >= 0:
        spans.append((index, index + len(surface)))
        index = text.find(surface, index + 1)
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def value_right(gold: dict[str, Any], value: dict[str, Any]) -> bool | None:
    """Whether a predicted value says what the gold value says; None when the gold has no value to check."""
    start = str(value.get("start") or "")
    if "date" in gold:
        also = gold.get("also_accept") or {}
        return start.startswith(gold["date"]) or (bool(also) and all(value.get(k) == v for k, v in also.items()))
    if "start" in gold:
        return start[:10] == gold["start"]
    checks = {k: gold[k] for k in ("month", "day", "weekday") if k in gold}
    if not checks:
        return None
    return all(value.get(k) == v for k, v in checks.items())


def score(
    docs: list[tuple[str, str, str]], gold: list[dict[str, Any]], predicted: list[list[Prediction]]
) -> dict[str, float]:
    hits = total = valued = value_hits = pred_total = pred_hits = 0
    for (doc_id, _, text), predictions in zip(docs, predicted, strict=True):
        gold_spans = []
        for mention in (m for m in gold if m["doc"] == doc_id):
            spans = occurrences(text, mention["text"])
            gold_spans.extend(spans)
            total += 1
            hit = [value for span, value in predictions if any(overlaps(span, s) for s in spans)]
            hits += bool(hit)
            verdicts = [value_right(mention.get("value", {}), value) for value in hit]
            if hit and verdicts and verdicts[0] is not None:
                valued += 1
                value_hits += any(verdicts)
            elif not hit and value_right(mention.get("value", {}), {}) is not None:
                valued += 1
        pred_total += len(predictions)
        pred_hits += sum(any(overlaps(span, s) for s in gold_spans) for span, _ in predictions)
    return {
        "precision": pred_hits / max(pred_total, 1),
        "recall": hits / max(total, 1),
        "value_recall": value_hits / max(valued, 1),
        "predicted": pred_total,
    }


def timed(
    run: Callable[[str, str], list[Prediction]], docs: list[tuple[str, str, str]], repeats: int
) -> tuple[float, list[Any]]:
    """The fastest of ``repeats`` runs over all documents (as timeit does: slower runs measure the
    machine's other work, not the code), with the results of the last."""
    best, results = float("inf"), []
    for _ in range(repeats):
        started = time.perf_counter()
        results = [run(text, lang) for _, lang, text in docs]
        best = min(best, time.perf_counter() - started)
    return best, results


def engine_only(docs: list[tuple[str, str, str]], repeats: int) -> float:
    """Seconds the date engine alone takes, on documents analysed beforehand (folding, sentences)."""
    analyses = [analyze(Document(id=doc_id, text=text, lang=lang)) for doc_id, lang, text in docs]
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for analysis in analyses:
            dates.extract(analysis, [])
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--copies", type=int, default=20, help="copies of each seed in the larger set")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each timing; the fastest counts")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    seeds, gold = load(args.shared)
    # Warm both up (regex compilation, dateparser's language data) outside the timings.
    for _, lang, text in seeds:
        factcmp_dates(text, lang)
        dateparser_dates(text, lang)
    for name, docs in (("seeds", seeds), ("larger set", larger_set(seeds, args.copies))):
        chars = sum(len(text) for _, _, text in docs)
        ours_time, ours = timed(factcmp_dates, docs, args.repeats)
        theirs_time, theirs = timed(dateparser_dates, docs, args.repeats)
        engine_time = engine_only(docs, args.repeats)
        print(f"\n{name}: {len(docs)} documents, {chars} characters, fastest of {args.repeats} runs")
        print(f"  {'':26} {'chars/s':>10} {'docs/s':>8} {'precision':>9} {'recall':>7} {'value':>6} {'found':>6}")
        for label, seconds, predicted in (
            ("factcmp.extract", ours_time, ours),
            ("dateparser.search_dates", theirs_time, theirs),
        ):
            s = score(docs, gold, predicted)
            print(
                f"  {label:26} {chars / seconds:10.0f} {len(docs) / seconds:8.1f} {s['precision']:9.2f}"
                f" {s['recall']:7.2f} {s['value_recall']:6.2f} {s['predicted']:6.0f}"
            )
        print(
            f"  speed ratio factcmp.extract / search_dates: {theirs_time / ours_time:.1f}x"
            f"; date engine alone (text analysed beforehand): {theirs_time / engine_time:.1f}x"
            f" ({chars / engine_time:.0f} chars/s)"
        )


if __name__ == "__main__":
    main()
