"""Compare on growing corpora: time and peak memory at 10, 100, 1,000 and 10,000 documents.

The corpora are built from the sample reports and the hand-made compare sets, each copy with
its years shifted and its people renamed, so that copies tell different events and the
aligner has to tell them apart. Each size runs in a fresh process, so peak memory is its own.

Run: python bench/bench_compare.py [--sizes 10,100,1000,10000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.generated import corpus  # noqa: E402 - the checkout is put on the path first


def run_one(size: int) -> dict[str, float]:
    import factcmp
    from factcmp.pipeline import compare

    documents = [factcmp.Document(id=doc_id, text=text) for doc_id, text in corpus(size)]
    started = time.perf_counter()
    comparison = compare(documents)
    seconds = time.perf_counter() - started
    kilobytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1024
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": size, "seconds": round(seconds, 2), "kb": round(kilobytes),
            "kb_per_s": round(kilobytes / seconds), "peak_mb": round(peak_mb), "claims": len(comparison.claims),
            "links": len(comparison.links), "findings": len(comparison.findings)}


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
          f"{'findings':>8}  growth")
    for size in map(int, args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout)
        growth = ""
        if previous:
            growth = (f"time x{row['seconds'] / max(previous['seconds'], 1e-9):.1f} for docs "
                      f"x{row['documents'] / previous['documents']:.0f}")
        print(f"{row['documents']:>6} {row['seconds']:>8} {row['kb']:>7} {row['kb_per_s']:>6} {row['peak_mb']:>8} "
              f"{row['claims']:>7} {row['links']:>6} {row['findings']:>8}  {growth}")
        previous = row
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
