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
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

import factcmp
from factcmp.text.lang import LANGUAGES

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


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _wanted_start(want: str) -> str:
    """Duckling writes a week as 2013-W06, its first day the Monday of that ISO week, and a quarter
    as 2018-Q4, its first day the first of its first month."""
    week = _ISO_WEEK.match(want)
    if week:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
    quarter = _QUARTER.match(want)
    if quarter:
        return dt.date(int(quarter.group(1)), 3 * int(quarter.group(2)) - 2, 1).isoformat()
    return want


def _last_day(value: dict[str, Any]) -> str:
    """The last day of a resolved range (its end is exclusive), or "" for anything else."""
    if not (value.get("start") and value.get("end")) or value.get("grain") != "day":
        return ""
    return (dt.date.fromisoformat(str(value["end"])[:10]) - dt.timedelta(days=1)).isoformat()


def _date_ok(expected: dict[str, Any], value: dict[str, Any]) -> bool:
    want = expected["value"]
    if isinstance(want, dict):  # a relative expression without a reference time: any date mention
        return True
    wanted = _wanted_start(str(want))
    # One range mention ("between September 1939 and 2 September 1945") holds both of its ends.
    return _iso_start(value).startswith(wanted) or (len(wanted) == 10 and _last_day(value) == wanted)


def convention(case: dict[str, Any], mentions: list[dict[str, Any]]) -> str | None:
    """Why a failing date case is the upstream project's convention rather than a wrong reading, if it is.

    - ``previous weekday``: Duckling resolves a bare weekday to the next one; news means the last
      one, and we give the same weekday exactly a week earlier.
    - ``contains``: our value is an interval that holds Duckling's point ("منتصف الشهر" as days
      11 to 20, Duckling's 15th).
    - ``calendar given by the caller``: dateparser's Hijri tests call ``HijriCalendar(text)``, so
      "30-02-33" is Hijri because the caller says so; running text does not.
    """
    if "Calendar(" in str(case.get("meta", {}).get("upstream_api", "")) and mentions:
        return "calendar given by the caller"
    if case["suite"] != "duckling" or not case["expected"] or case["kind"] not in ("date", "datetime"):
        return None
    want = case["expected"][0].get("value")
    if not isinstance(want, str) or len(want) < 10:
        return None
    point = dt.date.fromisoformat(_wanted_start(want)[:10])
    for value in mentions:
        start, end = str(value.get("start") or "")[:10], str(value.get("end") or "")[:10]
        if not start:
            continue
        ours = dt.date.fromisoformat(start)
        if value.get("weekday") and ours == point - dt.timedelta(days=7):
            return "previous weekday"
        if end and ours <= point < dt.date.fromisoformat(end) and (dt.date.fromisoformat(end) - ours).days > 1:
            return "contains"
    return None


def _value_ok(kind: str, expected: dict[str, Any], value: dict[str, Any]) -> bool:
    want = expected.get("value")
    if kind in ("number", "ordinal", "percentage"):
        return _same_number(want, value)
    if kind in ("money", "quantity"):
        return isinstance(want, dict) and _amount_ok(want, value)
    if kind == "duration":
        return value.get("iso") == want or _same_number(expected.get("seconds"), value.get("seconds"))
    if kind in ("date_range", "datetime_range"):
        # an open interval («до конца месяца», before the month's end) gives one end only
        ends = [(side, _wanted_start(want[side])[:10]) for side in ("start", "end") if want.get(side)]
        return bool(ends) and all(str(value.get(side) or "")[:10].startswith(wanted) for side, wanted in ends)
    return _date_ok(expected, value)


# Duckling gives a bound alone ("less than 7 euros": max 7) with no value; ours is the value with its modifier.
_UPPER_BOUNDS = frozenset({"less_than", "up_to"})
_LOWER_BOUNDS = frozenset({"at_least", "more_than"})


def _amount_ok(want: dict[str, Any], value: dict[str, Any]) -> bool:
    """An amount, a range (Duckling's min and max, our low and high) or one bound of it."""
    low, high = want.get("min"), want.get("max")
    if low is not None and high is not None:
        return _same_number(low, value.get("low")) and _same_number(high, value.get("high"))
    if high is not None:
        return _same_number(high, value) and value.get("modifier") in _UPPER_BOUNDS
    if low is not None:
        return _same_number(low, value) and value.get("modifier") in _LOWER_BOUNDS
    return _same_number(want.get("value"), value)


def _reference(case: dict[str, Any]) -> dt.datetime | None:
    raw = case.get("reference_time")
    return dt.datetime.fromisoformat(raw) if raw else None


def run_case(case: dict[str, Any]) -> str:
    """``pass``, ``fail``, or ``convention: <why>`` for a failure that is the upstream convention."""
    kind = case["kind"]
    carriers = CARRIERS[kind]
    mentions = factcmp.extract(case["text"], lang=case["lang"], published=_reference(case), kinds=sorted(carriers))
    found = [m for m in mentions if m.kind in carriers]
    if not case["expected"]:
        return "fail" if found else "pass"
    for expected in case["expected"]:
        start, end = expected.get("start", 0), expected.get("end", len(case["text"]))
        overlapping = [m for m in found if m.span.start < end and start < m.span.end]
        if not any(_value_ok(kind, expected, m.value.to_dict()) for m in overlapping):
            why = convention(case, [m.value.to_dict() for m in overlapping])
            return f"convention: {why}" if why else "fail"
    return "pass"


@attrs.define
class Tally:
    """Per (suite, kind, lang): cases passed, failed as the upstream convention, and in all."""

    passed: Counter[Key] = attrs.field(factory=Counter)
    conventions: Counter[Key] = attrs.field(factory=Counter)
    total: Counter[Key] = attrs.field(factory=Counter)
    # Cases in a language factcmp does not read yet: reported, never scored.
    unsupported: Counter[Key] = attrs.field(factory=Counter)
    failures: list[tuple[Key, str, str]] = attrs.field(factory=list)

    def strict(self, key: Key) -> float:
        return self.passed[key] / self.total[key]

    def beside_conventions(self, key: Key) -> float:
        """Accuracy with the convention cases counted apart (left out of the denominator)."""
        return self.passed[key] / max(1, self.total[key] - self.conventions[key])


def score(cases: Iterable[dict[str, Any]]) -> Tally:
    tally = Tally()
    for case in cases:
        key = (case["suite"], case["kind"], case["lang"])
        if case["lang"] not in LANGUAGES:
            tally.unsupported[key] += 1
            continue
        tally.total[key] += 1
        outcome = run_case(case)
        if outcome == "pass":
            tally.passed[key] += 1
        else:
            if outcome.startswith("convention"):
                tally.conventions[key] += 1
            tally.failures.append((key, case["text"], outcome))
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--kinds", default="", help="comma-separated conformance kinds (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print up to N failing cases")
    args = parser.parse_args()
    kinds = {kind for kind in args.kinds.split(",") if kind}
    tally = score(load_cases(args.files, kinds or None))
    print(f"{'suite/kind/lang':40} {'passed':>11} {'strict':>7}  {'conventions':>11}  {'beside them':>11}")
    for key in sorted(tally.total):
        print(f"{'/'.join(key):40} {tally.passed[key]:>5}/{tally.total[key]:<5} {tally.strict(key):7.1%}  "
              f"{tally.conventions[key]:>11}  {tally.beside_conventions(key):11.1%}")
    for key, text, outcome in tally.failures[: args.show]:
        print(f"  {outcome.upper()} {'/'.join(key)}  {text}")
    for key in sorted(tally.unsupported):
        print(f"{'/'.join(key):40} {tally.unsupported[key]:>5} cases in a language factcmp does not read")
    all_passed, all_total = sum(tally.passed.values()), sum(tally.total.values())
    print(f"conformance {all_passed}/{all_total} = {all_passed / max(1, all_total):.1%} "
          f"({sum(tally.conventions.values())} failures are upstream conventions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
