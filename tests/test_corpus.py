"""Corpus tests, Duckling style: tests/corpus/<kind>/<lang>.yaml, one test per example.

A file holds ``cases`` (one expected value, many ways of writing it) and ``negatives``
(texts in which nothing of the kind may be found). Every example is one line that a
linguist can review. Format:

    reference_time: 2013-02-12T04:30:00   # optional: the document's publication time
    cases:
      - value: {value: 15}                # the fields the mention's value must have
        span: الـ15                       # optional: the mention's text; default the whole text
        kind: ordinal                     # optional: default the folder's kind
        texts: [15, ١٥, خمسة عشر]
    negatives: [عام 2015]
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

import factcmp

CORPUS = Path(__file__).parent / "corpus"


def _reference(raw: Any) -> dt.date | dt.datetime | None:
    if raw is None or isinstance(raw, (dt.date, dt.datetime)):
        return raw
    return factcmp.model.published_from_json(str(raw))


def _examples() -> list[Any]:
    params = []
    for path in sorted(CORPUS.glob("*/*.yaml")):
        kind, lang = path.parent.name, path.stem
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        reference = _reference(spec.get("reference_time"))
        for case in spec.get("cases", []):
            for text in case["texts"]:
                example = {"kind": case.get("kind", kind), "lang": lang, "text": str(text),
                           "reference": reference, "value": case["value"], "span": case.get("span")}
                params.append(pytest.param(example, id=f"{kind}/{lang}/{text}"))
        for text in spec.get("negatives", []):
            example = {"kind": kind, "lang": lang, "text": str(text), "reference": reference, "value": None}
            params.append(pytest.param(example, id=f"{kind}/{lang}/not:{text}"))
    return params


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, bool) or expected is None:
        return got is expected
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(expected, got, rel_tol=1e-9)
    if isinstance(expected, (dt.date, dt.datetime)):
        return str(got)[: len(expected.isoformat())] == expected.isoformat()
    return bool(expected == got)


def _matches(expected: dict[str, Any], value: dict[str, Any]) -> bool:
    return all(_same(want, value.get(key)) for key, want in expected.items())


@pytest.mark.parametrize("example", _examples())
def test_corpus_example(example: dict[str, Any]) -> None:
    kind, text = example["kind"], example["text"]
    mentions = factcmp.extract(text, lang=example["lang"], published=example["reference"], kinds=[kind])
    found = [m for m in mentions if m.kind == kind]
    if example["value"] is None:
        assert not found, f"expected no {kind} in {text!r}, got {[(m.text, m.value.to_dict()) for m in found]}"
        return
    surface = example["span"] or text.strip()
    at_span = [m for m in found if m.text == str(surface)]
    seen = [(m.text, m.value.to_dict()) for m in found]
    assert at_span, f"no {kind} spanning {surface!r} in {text!r}; found {seen}"
    values = [m.value.to_dict() for m in at_span]
    want = example["value"]
    assert any(_matches(want, value) for value in values), f"{text!r}: want {want}, got {values}"


def test_corpus_is_not_empty() -> None:
    assert len(_examples()) > 0
