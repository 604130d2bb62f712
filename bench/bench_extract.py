"""Full extraction throughput (every kind) per language, and between checkouts.

The texts: the five sample reports (Arabic, Persian), the compare sets' documents by language
(tests/compare_sets), and the Russian and Hebrew corpus lines joined into paragraphs, each
language's texts repeated to about ``--kb`` kilobytes. Time is CPU (``time.process_time``), the
best of ``--repeat`` runs, after one warm-up run (start-up is bench_startup.py's figure).

With ``--checkouts A B ...`` every checkout's own interpreter (``<checkout>/.venv/bin/python``)
runs this script on the same texts, the checkouts interleaved round by round, so that a busy
spell of the shared machine hits all of them: how a change moves throughput, language by language.

With ``--search-dates``, full extraction is set against dateparser's ``search_dates`` (dates only)
on the same texts, interleaved in one run (issue 13: five times its speed).

Run: python bench/bench_extract.py [--kb 200] [--repeat 3] [--checkouts ../old .] [--search-dates]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _texts(kb: int) -> dict[str, str]:
    by_lang: dict[str, list[str]] = {}
    for path in sorted((ROOT / "examples" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        by_lang.setdefault("fa" if path.name.startswith("003") else "ar", []).append(text)
    for path in sorted((ROOT / "tests" / "compare_sets").glob("*.yaml")):
        for doc_id, body in yaml.safe_load(path.read_text(encoding="utf-8"))["documents"].items():
            text = body["text"] if isinstance(body, dict) else body
            lang = next((lang for lang in ("ar", "fa", "en", "ru", "he") if doc_id.endswith(f"-{lang}")), None)
            if lang is not None:
                by_lang.setdefault(lang, []).append(text)
    for lang in ("ru", "he"):
        for path in sorted((ROOT / "tests" / "corpus").glob(f"*/{lang}.yaml")):
            cases = yaml.safe_load(path.read_text(encoding="utf-8")).get("cases", [])
            lines = (str(text) for case in cases for text in case["texts"])
            by_lang.setdefault(lang, []).append(". ".join(lines) + ".")
    return {lang: _repeated("\n\n".join(texts), kb * 1000) for lang, texts in by_lang.items() if texts}


def _repeated(text: str, size: int) -> str:
    return (text + "\n\n") * max(1, size // max(1, len(text))) if text else ""


def _measure(texts: dict[str, str], repeat: int) -> dict[str, float]:
    import factcmp

    speeds = {}
    for lang, text in texts.items():
        try:
            factcmp.extract(text, lang=lang)  # warm-up: lexicons, grammars and the gazetteer index
        except ValueError:
            continue  # a checkout from before the language was read
        best = min(_cpu(factcmp.extract, text, lang) for _ in range(repeat))
        speeds[lang] = len(text.encode("utf-8")) / 1e3 / best
    return speeds


def _against_search_dates(texts: dict[str, str], repeat: int) -> None:
    """Full extraction against dateparser's ``search_dates`` (which finds dates only) on the same
    text, language by language, the two interleaved round by round; the best round of each."""
    import warnings

    from dateparser.search import search_dates

    import factcmp

    warnings.filterwarnings("ignore")
    for lang, text in texts.items():
        factcmp.extract(text, lang=lang)
        search_dates(text[:2000], languages=[lang])  # warm-up: dateparser's language data
        ours = theirs = float("inf")
        for _ in range(repeat):
            ours = min(ours, _cpu(factcmp.extract, text, lang))
            started = time.process_time()
            search_dates(text, languages=[lang])
            theirs = min(theirs, time.process_time() - started)
        size = len(text.encode("utf-8")) / 1e3
        print(
            f"{lang}: factcmp.extract (every kind) {size / ours:,.0f} KB/s, search_dates {size / theirs:,.0f}"
            f" KB/s of CPU: {theirs / ours:.1f}x"
        )


def _cpu(extract: object, text: str, lang: str) -> float:
    started = time.process_time()
    extract(text, lang=lang)  # type: ignore[operator]
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--checkouts", nargs="*", type=Path)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)  # given by the checkout comparison
    parser.add_argument("--search-dates", action="store_true", help="against dateparser's search_dates")
    args = parser.parse_args()
    if args.search_dates:
        _against_search_dates(_texts(args.kb), args.repeat)
        return
    if args.texts is not None:
        print(json.dumps(_measure(json.loads(args.texts.read_text(encoding="utf-8")), args.repeat)))
        return
    texts = _texts(args.kb)
    if not args.checkouts:
        for lang, speed in _measure(texts, args.repeat).items():
            print(f"{lang}: {speed:,.0f} KB/s of CPU ({len(texts[lang]) // 1000} K characters)")
        return
    texts_file = Path("/tmp") / "factcmp-bench-extract-texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    best: dict[Path, dict[str, float]] = {}
    for _ in range(args.repeat):
        for checkout in args.checkouts:
            python = checkout / ".venv" / "bin" / "python"
            command = [str(python), str(Path(__file__).resolve()), "--texts", str(texts_file), "--repeat", "1"]
            speeds = json.loads(
                subprocess.run(command, capture_output=True, text=True, check=True, cwd=checkout).stdout
            )
            for lang, speed in speeds.items():
                best.setdefault(checkout, {})[lang] = max(best.get(checkout, {}).get(lang, 0.0), speed)
    for lang in texts:
        figures = "  ".join(f"{checkout}: {best[checkout].get(lang, 0):,.0f}" for checkout in args.checkouts)
        print(f"{lang}: {figures} KB/s of CPU")
    sys.exit(0)


if __name__ == "__main__":
    main()
