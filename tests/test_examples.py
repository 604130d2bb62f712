from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_extract_facts_example_runs_on_the_seeds() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "extract_facts.py")], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    headers = [line for line in lines if not line.startswith("  ")]
    assert [h.split()[0] for h in headers] == sorted(p.stem for p in (ROOT / "examples" / "seeds").glob("*.txt"))
    assert "(fa)" in headers[3]


def test_compare_seeds_example_prints_the_findings() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "compare_seeds.py")], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("5 documents")
    assert "[agreement] count" in run.stdout and "[contradiction]" in run.stdout
