"""The command line's choice of where the work runs: ``--jobs N`` worker processes, or with
``--engine dask`` a Dask cluster (``--scheduler ADDRESS``, else one of this machine's cores)."""

from __future__ import annotations

import argparse

from factcmp.engines import HANDFUL, Engine, EngineError, default_jobs, engine_for

ENGINES = ("local", "dask")


def _jobs(text: str) -> int:
    jobs = int(text) if text.isdigit() else 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return jobs


def add_options(command: argparse.ArgumentParser, *, cluster: bool = False) -> None:
    """--jobs; with ``cluster``, --engine and --scheduler too."""
    command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help=f"processes reading documents at once (default: every core for more than {HANDFUL} documents, "
        "else 1); the output is the same for any N",
    )
    if not cluster:
        return
    command.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where documents are read: local (this machine, --jobs processes) or dask (a Dask cluster: "
        "needs pip install 'factcmp[dask]'); the output is the same on either",
    )
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the cluster's scheduler (tcp://host:8786); default: a cluster of this machine",
    )


def jobs(args: argparse.Namespace, documents: int) -> int:
    return int(args.jobs or default_jobs(documents))


def engine(args: argparse.Namespace, documents: int) -> Engine:
    """The engine the options ask for, for this many documents."""
    if getattr(args, "engine", "local") != "dask":
        return engine_for(jobs(args, documents))
    try:
        from factcmp.dask import Dask  # an optional extra, imported only when asked for
    except ImportError as missing:
        raise EngineError(str(missing)) from None
    return Dask(args.scheduler)


def problem(args: argparse.Namespace) -> str | None:
    """What in the options cannot be done, if anything."""
    if getattr(args, "scheduler", None) and args.engine != "dask":
        return "--scheduler needs --engine dask"
    if getattr(args, "engine", "local") == "dask" and args.jobs:
        return "--jobs is for --engine local; a Dask cluster has its own workers"
    return None
