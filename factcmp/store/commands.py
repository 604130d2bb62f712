"""The command line of a store: its commands and options, and what they write (an index run's
summary, the changes a compare found, findings) as text, JSON or JSON lines. factcmp.cli reads
the inputs and opens the store and the output."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import TextIO

from factcmp import jsonl
from factcmp.compare.model import FINDING_KINDS
from factcmp.engines import options as engine_options
from factcmp.report.common import for_terminal
from factcmp.store.index import Added
from factcmp.store.query import Changes, StoredFinding

FORMATS = ("text", "json", "jsonl")


def added_line(path: str, added: Added, total: int) -> str:
    return (
        f"{path}: {added.added} documents added, {added.replaced} replaced, "
        f"{added.unchanged} already there; {total} in the store"
    )


def _finding_line(finding: StoredFinding, state: str = "") -> str:
    data = finding.data
    docs = ", ".join(data["docs"])
    head = f"{state}{finding.kind:<17} {data['slot']:<8} {finding.story:<6}"
    return for_terminal(f"{head} {docs}: {data['explanation']}") + "\n"


def write_findings(findings: Sequence[StoredFinding], format: str, out: TextIO) -> None:
    if format == "jsonl":
        jsonl.write(({"type": "finding", "finding": finding.to_dict()} for finding in findings), out)
    elif format == "json":
        out.write(json.dumps({"findings": [f.to_dict() for f in findings]}, ensure_ascii=False, indent=1) + "\n")
    elif not findings:
        out.write("no findings\n")
    else:
        out.writelines(_finding_line(finding) for finding in findings)


def write_changes(changes: Changes, format: str, out: TextIO) -> None:
    if format == "jsonl":
        states = (("new", changes.new), ("changed", changes.changed), ("gone", changes.gone))
        jsonl.write(({"type": state, "finding": f.to_dict()} for state, found in states for f in found), out)
    elif format == "json":
        out.write(json.dumps(changes.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(_changes_heading(changes))
        out.writelines(_finding_line(finding, "new     ") for finding in changes.new)
        out.writelines(_finding_line(finding, "changed ") for finding in changes.changed)
        out.writelines(_finding_line(finding, "gone    ") for finding in changes.gone)


def _changes_heading(changes: Changes) -> str:
    ran = f"{changes.compared} documents compared" if changes.run is not None else "no new or changed document"
    if not changes.since:
        return f"{ran}; nothing changed\n"
    counts = f"{len(changes.new)} findings new, {len(changes.changed)} changed, {len(changes.gone)} gone"
    return f"{ran}; since {changes.since}: {counts}\n"


def add_compare_options(compare_cmd: argparse.ArgumentParser, date: Callable[[str], object]) -> None:
    """compare's options for a store; ``date`` reads a day or a time."""
    compare_cmd.add_argument(
        "--store",
        metavar="DB",
        help="a claim store (SQLite): add the FILEs to it, compare only the stories new or changed documents "
        "touch, and print what changed (--format text, json or jsonl)",
    )
    compare_cmd.add_argument(
        "--since", type=date, metavar="DATE", help="with --store: what changed since this day or time (UTC)"
    )


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], add_input_options: Callable[..., None]
) -> None:
    """The index and findings commands; ``add_input_options`` adds the options of commands that read documents."""
    index_cmd = commands.add_parser(
        "index",
        help="add documents to a claim store (SQLite), to compare later with compare --store",
        description="Add documents to a claim store: new ones, and changed ones in place of their old versions.",
    )
    add_input_options(index_cmd, output=False)
    engine_options.add_options(index_cmd)
    index_cmd.add_argument("--store", required=True, metavar="DB", help="the store's file (created if missing)")
    index_cmd.set_defaults(output=None)
    findings_cmd = commands.add_parser(
        "findings",
        help="list the findings of a claim store",
        description="List the findings the last compare --store of each story found.",
    )
    findings_cmd.add_argument("--store", required=True, metavar="DB", help="the store's file")
    findings_cmd.add_argument("--story", metavar="ID", help="only this story's (an id such as s3)")
    findings_cmd.add_argument("--kind", choices=FINDING_KINDS, help="only findings of this kind")
    findings_cmd.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    findings_cmd.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of stdout")
    findings_cmd.set_defaults(files=[])
