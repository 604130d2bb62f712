"""Compare the sample reports with the Python API and print the findings, contradictions first.

Run: python examples/compare_seeds.py [FILE ...]   (default: examples/seeds/*.txt)
"""

from __future__ import annotations

import sys
from pathlib import Path

import factcmp

SEEDS = Path(__file__).parent / "seeds"


def main(paths: list[str]) -> int:
    documents, errors = factcmp.load_documents(paths or sorted(SEEDS.glob("*.txt")))
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    comparison = factcmp.compare(documents)
    print(f"{len(documents)} documents, {len(comparison.claims)} claims, {len(comparison.events)} events")
    for finding in comparison.findings:
        print(f"\n[{finding.kind}] {finding.slot} (confidence {finding.confidence:.2f})")
        print(f"  {finding.explanation}")
        for doc, evidence in finding.values.items():
            print(f"  {doc} [{evidence.span.start}:{evidence.span.end}] {evidence.text}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
