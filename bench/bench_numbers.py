"""Throughput of number and count extraction, in KB of text per second on one core.

Times the number engines themselves (factcmp.kinds.numbers: number, ordinal, percent, and
factcmp.kinds.counts: count, quantity) on documents already analysed and with their dates found,
and, for context, the whole ``factcmp.extract`` of those kinds (analysis and dates included).
Texts: the sample reports (examples/seeds/*.txt), then a synthetic corpus of a few MB made of
the seeds' paragraphs shuffled into documents of news size, then one long synthetic document.
Prints figures only; nothing is asserted.

    python bench/bench_numbers.py [--mb 3] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

import factcmp
from factcmp.analysis import TextAnalysis, analyze
from factcmp.kinds import counts, dates, numbers
from factcmp.kinds.numbers.reader import read_numbers
from factcmp.model import Document, Mention

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
KINDS = ("number", "ordinal", "percent", "count", "quantity")
DOCUMENT_BYTES = 5000  # a news report
LONG_DOCUMENT_BYTES = 500_000


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def _synthetic(texts: list[str], total_bytes: float, document_bytes: int, seed: int = 7) -> list[str]:
    """Documents of about ``document_bytes`` made of the seeds' paragraphs, each from one seed
    (so one language a document), shuffled, up to ``total_bytes`` in all."""
    rng = random.Random(seed)
    paragraphs = [[p for p in text.split("\n") if p.strip()] for text in texts]
    documents: list[str] = []
    size = 0
    while size < total_bytes:
        pieces = rng.choice(paragraphs)
        chosen: list[str] = []
        length = 0
        while length < document_bytes:
            piece = rng.choice(pieces)
            chosen.append(piece)
            length += len(piece.encode("utf-8")) + 1
        documents.append("\n".join(chosen))
        size += length
    return documents


def _prepared(texts: list[str]) -> list[tuple[TextAnalysis, list[Mention]]]:
    prepared = []
    for text in texts:
        analysis = analyze(Document(id="bench", text=text))
        prepared.append((analysis, dates.extract(analysis, [])))
    return prepared


def _number_engines(prepared: list[tuple[TextAnalysis, list[Mention]]]) -> int:
    found = 0
    for analysis, date_mentions in prepared:
        number_mentions = numbers.extract(analysis, date_mentions)
        found += len(number_mentions) + len(counts.extract(analysis, [*date_mentions, *number_mentions]))
    return found


def _best(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    best, result = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def _report(label: str, texts: list[str], seconds: float, mentions: int | None = None) -> None:
    kilobytes = sum(len(text.encode("utf-8")) for text in texts) / 1000
    extra = f"  {mentions} mentions" if mentions is not None else ""
    print(f"{label:58} {kilobytes:9.1f} KB {seconds:8.3f} s {kilobytes / seconds:9.1f} KB/s{extra}")


def _measure(name: str, texts: list[str], repeat: int, whole: bool = True) -> None:
    prepared = _prepared(texts)
    seconds, found = _best(lambda: _number_engines(prepared), repeat)
    _report(f"{name}: number + count engines", texts, seconds, found)
    folded = [(analysis.folded.text, analysis.lang) for analysis, _ in prepared]
    seconds, _ = _best(lambda: sum(len(read_numbers(text, lang)) for text, lang in folded), repeat)
    _report(f"{name}: read_numbers alone", texts, seconds)
    if whole:
        seconds, found = _best(lambda: sum(len(factcmp.extract(text, kinds=KINDS)) for text in texts), 1)
        _report(f"{name}: factcmp.extract (with analysis, dates)", texts, seconds, found)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is printed")
    args = parser.parse_args()
    seeds = _seed_texts()
    factcmp.extract(seeds[0], kinds=KINDS)  # load lexicons and the gazetteer before timing
    print(f"one core; best of {args.repeat} (whole extract: one run)")
    _measure("seeds", seeds, args.repeat)
    _measure(f"synthetic {args.mb:g} MB in 5 KB documents", _synthetic(seeds, args.mb * 1e6, DOCUMENT_BYTES), 1)
    long_document = _synthetic(seeds[-1:], LONG_DOCUMENT_BYTES, LONG_DOCUMENT_BYTES)
    _measure("one synthetic 500 KB document", long_document, 1, whole=False)


if __name__ == "__main__":
    main()
