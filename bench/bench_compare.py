"""Compare on growing corpora: time and peak memory at 10, 100, 1,000 and 10,000 documents.

The corpora are built from the sample reports and the hand-made compare sets, each copy with
its years shifted and its people renamed, so that copies tell different events and the
aligner has to tell them apart; each report carries the publication day of its copy.
The largest event and story are printed: neither may be larger than a copy. Each size runs in
a fresh process, so peak memory is its own.

Run: python bench/bench_compare.py [--sizes 10,100,1000,10000]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.compare_set import document_texts  # noqa: E402

# (Arabic, Persian, English) spellings swapped in for the people of the originals, copy by copy.
NAME_POOL = [
    ("أردوغان", "اردوغان", "Erdogan"), ("ماكرون", "مکرون", "Macron"), ("شولتس", "شولتس", "Scholz"),
    ("السيسي", "السیسی", "Sisi"), ("عبد الله", "عبدالله", "Abdullah"), ("رئيسي", "رئیسی", "Raisi"),
]
ORIGINAL_NAMES = ("بوتين", "پوتین", "Putin", "نتنياهو", "نتانیاهو", "Netanyahu")
# Gregorian, Solar Hijri and Hijri years.
_YEAR = re.compile(r"(?<![0-9])(19[0-9][0-9]|20[0-4][0-9]|13[0-9][0-9]|14[0-4][0-9])(?![0-9])")


def base_documents() -> list[tuple[str, str]]:
    seeds = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
    documents = [(path.stem, path.read_text(encoding="utf-8")) for path in seeds]
    for path in sorted((ROOT / "tests" / "compare_sets").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        documents += [(f"{path.stem}-{doc_id}", text) for doc_id, text in document_texts(spec).items()]
    return documents


_WESTERN_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                                 **{chr(0x6F0 + i): str(i) for i in range(10)}})


def variant(text: str, copy: int) -> str:
    """The text with its years shifted and its leaders renamed, for copy number ``copy``."""
    shift = copy  # every copy its own years: copies tell different events
    text = _YEAR.sub(lambda m: str(int(m.group()) - shift), text.translate(_WESTERN_DIGITS))
    pool = NAME_POOL[copy % len(NAME_POOL)]
    for position, name in enumerate(ORIGINAL_NAMES):
        text = text.replace(name, pool[position % 3])
    return text


def corpus(size: int) -> list[tuple[str, str, str | None]]:
    """(id, text, publication day): copy k is published k years before the originals, as a feed
    dates its items. (Undated, copies whose texts give no year are the same text: nothing tells
    them apart, and they are rightly one story.)"""
    base = base_documents()
    documents = []
    for i in range(size):
        copy = i // len(base)
        doc_id, text = base[i % len(base)]
        published = f"{2018 - copy:04d}-09-18" if 2018 - copy > 1600 else None
        documents.append((f"{doc_id}~{copy}", variant(text, copy), published))
    return documents


def run_one(size: int) -> dict[str, float]:
    import factcmp
    from factcmp.pipeline import compare

    documents = [factcmp.Document(id=i, text=text, published=day) for i, text, day in corpus(size)]
    started = time.perf_counter()
    comparison = compare(documents)
    seconds = time.perf_counter() - started
    kilobytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1024
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": size, "seconds": round(seconds, 2), "kb": round(kilobytes),
            "kb_per_s": round(kilobytes / seconds), "peak_mb": round(peak_mb), "claims": len(comparison.claims),
            "links": len(comparison.links), "findings": len(comparison.findings),
            "largest_event": max((len(event.docs) for event in comparison.events), default=0),
            "largest_story": max((len(story.docs) for story in comparison.stories), default=0)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000,10000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    previous: dict[str, float] | None = None
    print(f"{'docs':>6} {'seconds':>8} {'KB':>7} {'KB/s':>6} {'peak MB':>8} {'claims':>7} {'links':>6} "
          f"{'findings':>8} {'event':>6} {'story':>6}  growth")
    for size in map(int, args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout)
        growth = ""
        if previous:
            growth = (f"time x{row['seconds'] / max(previous['seconds'], 1e-9):.1f} for docs "
                      f"x{row['documents'] / previous['documents']:.0f}")
        print(f"{row['documents']:>6} {row['seconds']:>8} {row['kb']:>7} {row['kb_per_s']:>6} {row['peak_mb']:>8} "
              f"{row['claims']:>7} {row['links']:>6} {row['findings']:>8} {row['largest_event']:>6} "
              f"{row['largest_story']:>6}  {growth}")
        previous = row
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
