"""Extract the facts of the sample reports with the Python API and print them by kind.

Run: python examples/extract_facts.py [FILE ...]   (default: examples/seeds/*.txt)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import factcmp

SEEDS = Path(__file__).parent / "seeds"


def main(paths: list[str]) -> int:
    documents, errors = factcmp.load_documents(paths or sorted(SEEDS.glob("*.txt")))
    for error in errors:
        print(f"skipped {error}", file=sys.stderr)
    for document in documents:
        mentions = factcmp.extract(document)
        kinds = Counter(mention.kind for mention in mentions)
        lang = factcmp.detect_language(document.text)
        print(f"{document.id} ({lang}): " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
        for mention in mentions:
            print(f"  {mention.kind:<8} {mention.text!r:<40} {mention.value.to_dict()}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
