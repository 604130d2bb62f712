"""Cold start-up: the CPU a fresh process spends to import factcmp and extract from one short
report, per language, and the command line's whole run on one file (output written included).

Each measurement runs in a new process (``time.process_time`` inside it for the library; the
child's CPU from ``resource`` for the command line); the languages are interleaved and the best of
``--rounds`` is kept, as the machine is shared. Issue 13's target: under 0.5 s of CPU.

Run: python bench/bench_startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLES = {
    "ar": "قال بوتين إن 15 شخصا قتلوا في اللاذقية يوم 17 سبتمبر 2018.",
    "fa": "پوتین گفت ۱۵ نفر در لاذقیه در ۲۶ شهریور ۱۳۹۷ کشته شدند.",
    "en": "On 17 September 2018 Putin said 15 people were killed in Latakia.",
    "ru": "17 сентября 2018 года Путин заявил, что в Латакии погибли 15 человек.",
    "he": "ב-17 בספטמבר 2018 אמר פוטין כי 15 בני אדם נהרגו בלטקיה.",
}
_LIBRARY = """
import time
started = time.process_time()
import factcmp
factcmp.extract({text!r})
print(time.process_time() - started)
"""


def _library_cpu(text: str) -> float:
    run = subprocess.run([sys.executable, "-c", _LIBRARY.format(text=text)], capture_output=True, text=True, check=True)
    return float(run.stdout)


def _cli_cpu(path: Path, out: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "factcmp", "extract", "--format", "json", str(path), "-o", str(out)]
    subprocess.run(command, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {lang: Path(folder) / f"{lang}.txt" for lang in SAMPLES}
        for lang, path in paths.items():
            path.write_text(SAMPLES[lang], encoding="utf-8")
        for _ in range(args.rounds):
            for lang, text in SAMPLES.items():  # interleaved: a slow spell of the machine hits every one
                best[f"library {lang}"] = min(best.get(f"library {lang}", 1e9), _library_cpu(text))
                cli = _cli_cpu(paths[lang], Path(folder) / "out.json")
                best[f"cli {lang}"] = min(best.get(f"cli {lang}", 1e9), cli)
    for name, seconds in best.items():
        print(f"{name:12} {seconds:.3f} s CPU (best of {args.rounds})")


if __name__ == "__main__":
    main()
