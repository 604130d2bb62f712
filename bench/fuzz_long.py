"""The long fuzz profile, run by hand: a million hostile inputs (tests/hostile.py) over every core.

Each input is made from its seed alone: a text through ``extract`` (with every invariant of
tests/hostile.py: offsets, JSON round trip, inert text output), or one in twenty a set of
documents through ``compare`` and every report format. Each call has a time limit; a call over it
is a hang. Then a sample of the chunks is run again in processes with another PYTHONHASHSEED and
their outputs must be identical: output may not depend on the order of sets or dicts.

Run: python bench/fuzz_long.py [--inputs 1000000] [--jobs N] [--first-seed 0] [--limit 10]
Failing seeds are printed; ``python -c "from tests.hostile import check_one; check_one(SEED)"``
reproduces one.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.hostile import check_one

_CHUNK = 500
_RERUN_EVERY = 25  # one chunk in this many is run again under another hash seed


class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Hang


def _classify(error: BaseException) -> str:
    if isinstance(error, _Hang):
        return "hang"
    if isinstance(error, AssertionError):
        return str(error).split(":", 1)[0] if ":" in str(error) else "invariant"
    return "crash"


def run_chunk(job: tuple[int, int, float]) -> tuple[int, str, list[tuple[int, str, str]], float]:
    """Seeds first..first+count-1: a digest of their outputs, their failures, the CPU time taken."""
    first, count, limit = job
    signal.signal(signal.SIGALRM, _on_alarm)
    digest, failures = hashlib.sha256(), []
    started = time.process_time()
    for seed in range(first, first + count):
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            digest.update(check_one(seed).encode("utf-8"))
        except Exception as error:
            failures.append((seed, _classify(error), f"{type(error).__name__}: {str(error)[:200]}"))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return first, digest.hexdigest(), failures, time.process_time() - started


def _pool_run(jobs: list[tuple[int, int, float]], processes: int, hash_seed: str) -> list[Any]:
    os.environ["PYTHONHASHSEED"] = hash_seed  # read by each spawned worker at start-up
    results = []
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for done, result in enumerate(pool.imap_unordered(run_chunk, jobs), start=1):
            results.append(result)
            if done % 100 == 0 or done == len(jobs):
                print(f"  {done}/{len(jobs)} chunks, {sum(len(r[2]) for r in results)} failures", file=sys.stderr)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--limit", type=float, default=10.0, help="seconds one input may take before it is a hang")
    args = parser.parse_args()
    jobs = [
        (first, min(_CHUNK, args.first_seed + args.inputs - first), args.limit)
        for first in range(args.first_seed, args.first_seed + args.inputs, _CHUNK)
    ]
    wall = time.perf_counter()
    results = _pool_run(jobs, args.jobs, "1")
    digests = {first: digest for first, digest, _, _ in results}
    failures = sorted(failure for _, _, found, _ in results for failure in found)
    reruns = _pool_run(jobs[::_RERUN_EVERY], args.jobs, "2")
    unstable = sorted(first for first, digest, _, _ in reruns if digest != digests[first])
    cpu = sum(seconds for *_, seconds in results)
    tally = Counter(kind for _, kind, _ in failures)
    print(f"inputs {args.inputs:,} (seeds {args.first_seed}..{args.first_seed + args.inputs - 1}), {args.jobs} jobs")
    print(
        f"CPU {cpu:,.0f} s ({args.inputs / max(cpu, 1e-9):,.0f} inputs per CPU second), "
        f"wall {time.perf_counter() - wall:,.0f} s with the determinism re-run"
    )
    print(
        f"crashes {tally['crash']}, hangs {tally['hang']}, offset violations {tally['offset']}, "
        f"other invariant failures {sum(tally.values()) - tally['crash'] - tally['hang'] - tally['offset']}"
    )
    print(
        f"determinism: {len(reruns)} chunks of {_CHUNK} run again under another hash seed, "
        f"{len(unstable)} differ {unstable[:10]}"
    )
    for seed, kind, message in failures[:20]:
        print(f"  seed {seed}: {kind}: {message}")
    return 1 if failures or unstable else 0


if __name__ == "__main__":
    raise SystemExit(main())
