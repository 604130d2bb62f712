"""Dump everything factcmp says about every text the repository and ../shared hold, so that a
change meant to keep behaviour (a refactor, a speed-up) can be proven to: run it before and
after, and compare the two files byte for byte.

Covered: every corpus line (extract with the corpus's language and reference time), every
conformance case, the seed reports (extract and compare, JSON) and every compare set (compare,
JSON, Markdown and HTML).

Run: python scripts/behaviour_snapshot.py OUT.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

import factcmp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.compare_set import compare_set_documents

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _reference(raw: Any) -> dt.date | dt.datetime | str | None:
    return raw.isoformat() if isinstance(raw, (dt.date, dt.datetime)) else raw


def _mentions(text: str, lang: str | None, published: Any) -> list[dict[str, Any]]:
    return [m.to_dict() for m in factcmp.extract(text, lang=lang, published=published)]


def _corpus() -> Iterator[tuple[str, Any]]:
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        reference = _reference(spec.get("reference_time"))
        texts = [str(t) for case in spec.get("cases", []) for t in case["texts"]]
        texts += [str(t) for t in spec.get("negatives", [])]
        for text in texts:
            yield f"corpus:{path.parent.name}/{path.stem}:{text}", _mentions(text, path.stem, reference)


def _conformance() -> Iterator[tuple[str, Any]]:
    for path in sorted((SHARED / "conformance").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            case = json.loads(line)
            if case["lang"] not in factcmp.text.lang.LANGUAGES:
                continue
            yield f"conformance:{path.name}:{number}", _mentions(case["text"], case["lang"], case.get("reference_time"))


def _compare_outputs(documents: list[factcmp.Document]) -> dict[str, str]:
    comparison = factcmp.compare(documents)
    return {
        "json": comparison.to_json(),
        "markdown": comparison.to_markdown(),
        "html_sha256": hashlib.sha256(comparison.to_html().encode()).hexdigest(),
    }


def _seeds() -> Iterator[tuple[str, Any]]:
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    documents = factcmp.read_documents(paths)
    for document in documents:
        yield f"seed:{document.id}", [m.to_dict() for m in factcmp.extract(document)]
    yield "seeds:compare", _compare_outputs(documents)


def _compare_sets() -> Iterator[tuple[str, Any]]:
    for path in sorted((ROOT / "tests" / "compare_sets").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        documents = compare_set_documents(spec)
        yield f"compare_set:{path.stem}", _compare_outputs(documents)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    snapshot = dict(item for source in (_corpus, _conformance, _seeds, _compare_sets) for item in source())
    args.out.write_text(json.dumps(snapshot, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(snapshot)} entries written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
