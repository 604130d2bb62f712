"""factcmp.dask on a real cluster of two worker processes: the same comparison as the local engine."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcmp
from factcmp.pipeline import compare
from tests.generated import corpus

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
factcmp_dask = pytest.importorskip("factcmp.dask")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as local:
        yield local


def test_a_bag_is_compared_as_the_local_engine_compares_it(
    cluster: distributed.LocalCluster, seed_paths: list[Path]
) -> None:
    documents = factcmp.read_documents(seed_paths) + [factcmp.Document(id=i, text=t) for i, t in corpus(24)]
    with distributed.Client(cluster):
        comparison = factcmp_dask.compare(dask_bag.from_sequence(documents, partition_size=5))
    assert comparison.to_json() == compare(documents).to_json()


def test_the_command_line_sends_the_work_to_a_scheduler(
    cluster: distributed.LocalCluster, seed_paths: list[Path]
) -> None:
    files = list(map(str, seed_paths))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcmp",
            "compare",
            "--format",
            "json",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            *files,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == compare(factcmp.read_documents(seed_paths)).to_json() + "\n"
