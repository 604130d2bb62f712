"""Our runner for the peer-suite conformance cases (../shared/conformance/*.jsonl).

Each case goes through the public API, ``factcmp.extract(text, lang=..., published=<reference
time>)``; a case passes when every expected item is covered by an overlapping mention of a
fitting kind with the expected value, and a negative case (``expected == []``) when no mention
of the kind is found. Accuracy is reported per (suite, kind, language).

Run: python -m tests.conformance [--kinds number,date] [--show N] FILE.jsonl...
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import factcmp

# Which of our kinds may carry each conformance kind.
CARRIERS: dict[str, frozenset[str]] = {
    "number": frozenset({"number", "count", "quantity"}),
    "ordinal": frozenset({"ordinal"}),
    "percentage": frozenset({"percent", "quantity"}),
    "date": frozenset({"date"}),
    "datetime": frozenset({"date"}),
    "date_range": frozenset({"date"}),
    "datetime_range": frozenset({"date"}),
    "relative_date": frozenset({"date"}),
    "relative_datetime": frozenset({"date"}),
    "duration": frozenset({"duration"}),
    "money": frozenset({"quantity"}),
    "quantity": frozenset({"quantity", "count"}),
}
Key = tuple[str, str, str]


def load_cases(paths: Iterable[Path], kinds: set[str] | None = None) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                case = json.loads(line)
                if case["kind"] in CARRIERS and (not kinds or case["kind"] in kinds):
                    yield case


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _same_number(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    return x is not None and y is not None and math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _iso_start(value: dict[str, Any]) -> str:
    if value.get("start"):
        return str(value["start"])
    parts = [value.get("year"), value.get("month"), value.get("day")]
    known = []
    for part, width in zip(parts, (4, 2, 2), strict=True):
        if part is None:
            break
        known.append(f"{part:0{width}d}")
    return "-".join(known)


def _date_ok(expected: dict[str, Any], value: dict[str, Any]) -> bool:
    want = expected["value"]
    if isinstance(want, dict):  # a relative expression without a reference time: any date mention
        return True
    return _iso_start(value).startswith(str(want))


def _value_ok(kind: str, expected: dict[str, Any], value: dict[str, Any]) -> bool:
    want = expected.get("value")
    if kind in ("number", "ordinal", "percentage"):
        return _same_number(want, value)
    if kind in ("money", "quantity"):
        return isinstance(want, dict) and _same_number(want.get("value"), value)
    if kind == "duration":
        return value.get("iso") == want or _same_number(expected.get("seconds"), value.get("seconds"))
    if kind in ("date_range", "datetime_range"):
        return str(value.get("start", ""))[:10] == want["start"][:10] and str(value.get("end", ""))[:10] == want["end"][
            :10]
    return _date_ok(expected, value)


def _reference(case: dict[str, Any]) -> dt.datetime | None:
    raw = case.get("reference_time")
    return dt.datetime.fromisoformat(raw) if raw else None


def run_case(case: dict[str, Any]) -> bool:
    kind = case["kind"]
    carriers = CARRIERS[kind]
    mentions = factcmp.extract(case["text"], lang=case["lang"], published=_reference(case), kinds=sorted(carriers))
    found = [m for m in mentions if m.kind in carriers]
    if not case["expected"]:
        return not found
    for expected in case["expected"]:
        start, end = expected.get("start", 0), expected.get("end", len(case["text"]))
        overlapping = [m for m in found if m.span.start < end and start < m.span.end]
        if not any(_value_ok(kind, expected, m.value.to_dict()) for m in overlapping):
            return False
    return True


def score(cases: Iterable[dict[str, Any]]) -> tuple[Counter[Key], Counter[Key], list[tuple[Key, str]]]:
    """Passed and total counts per (suite, kind, lang), and the failing cases."""
    passed: Counter[Key] = Counter()
    total: Counter[Key] = Counter()
    failures: list[tuple[Key, str]] = []
    for case in cases:
        key = (case["suite"], case["kind"], case["lang"])
        total[key] += 1
        if run_case(case):
            passed[key] += 1
        else:
            failures.append((key, case["text"]))
    return passed, total, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--kinds", default="", help="comma-separated conformance kinds (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print up to N failing cases")
    args = parser.parse_args()
    kinds = {kind for kind in args.kinds.split(",") if kind}
    passed, total, failures = score(load_cases(args.files, kinds or None))
    for key in sorted(total):
        print(f"{'/'.join(key):40} {passed[key]:>5}/{total[key]:<5} {passed[key] / total[key]:6.1%}")
    for key, text in failures[: args.show]:
        print(f"  FAIL {'/'.join(key)}  {text}")
    all_passed, all_total = sum(passed.values()), sum(total.values())
    print(f"conformance {all_passed}/{all_total} = {all_passed / max(1, all_total):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
