#!/usr/bin/env python3
"""Benchmark: gazetteer load time and place/person/org matching throughput.

Usage: python bench/bench_places.py [--repeat N] [--synthetic-kb KB]

Prints one line per measure: the gazetteer's cold load time (in a fresh interpreter), and the
throughput in KB/s of ``extract(kinds=[place])`` and ``extract(kinds=[place, person, org])`` on
the sample reports and on a larger synthetic text built from them (sentences shuffled with a
fixed seed, so runs compare).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcmp  # noqa: E402

SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))


def cold_load_seconds() -> list[float]:
    """Seconds to read the index file, then to decode the Arabic-script and the Latin name indexes,
    in a fresh interpreter with the package already imported."""
    code = (
        "import time; from factcmp.kinds.places.gazetteer import load_gazetteer; t = time.perf_counter();"
        "g = load_gazetteer(); a = time.perf_counter(); g.lookup('دمشق'); b = time.perf_counter();"
        "g.lookup('damascus'); c = time.perf_counter(); print(a - t, b - a, c - b)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return [float(part) for part in out.stdout.split()]


def throughput(texts: list[str], kinds: list[str], repeat: int) -> float:
    size_kb = sum(len(text.encode("utf-8")) for text in texts) / 1024
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            factcmp.extract(text, kinds=kinds)
        best = min(best, time.perf_counter() - start)
    return size_kb / best


def synthetic(target_kb: int) -> list[str]:
    lines = [line for path in SEEDS for line in path.read_text("utf-8").splitlines() if line.strip()]
    rng = random.Random(5)
    docs, size = [], 0
    while size < target_kb * 1024:
        doc = "\n".join(rng.sample(lines, k=min(40, len(lines))))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--synthetic-kb", type=int, default=1024)
    args = parser.parse_args()
    rows, arabic, latin = cold_load_seconds()
    print(
        f"gazetteer load: file {rows:.3f} s + Arabic-script names {arabic:.3f} s + Latin names {latin:.3f} s"
        f" = {rows + arabic + latin:.3f} s"
    )
    factcmp.extract("تحميل", kinds=["place", "person", "org"])  # warm the caches once
    seeds = [path.read_text("utf-8") for path in SEEDS]
    large = synthetic(args.synthetic_kb)
    for label, texts in (("seeds", seeds), (f"synthetic {args.synthetic_kb} KB", large)):
        for kinds in (["place"], ["place", "person", "org"]):
            rate = throughput(texts, kinds, args.repeat)
            print(f"{label:>18} {'+'.join(kinds):>16}: {rate:8.1f} KB/s")


if __name__ == "__main__":
    main()
