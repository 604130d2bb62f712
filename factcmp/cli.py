"""The ``factcmp`` command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from factcmp import __version__
from factcmp.compare import Comparison, Finding, compare
from factcmp.describe import isolate
from factcmp.extract import DocumentMentions, extract_document
from factcmp.io import STDIN, ReadError, iter_documents
from factcmp.model import Document, Mention, published_from_json, published_to_json
from factcmp.report.terminal import Progress, Style, wants_colour
from factcmp.text.lang import LANGUAGES
from factcmp.values import KINDS

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

_MAIN_EXAMPLES = """examples:
  factcmp extract report.txt
  factcmp compare --format html -o report.html reports/*.txt

Run factcmp COMMAND --help for a command's options.
"""
_EXTRACT_EXAMPLES = """examples:
  factcmp extract examples/seeds/*.txt
  factcmp extract --format json --kinds date,count report.txt
  factcmp extract --lang fa --published 2019-02-27 - < report.txt
"""
_COMPARE_EXAMPLES = """examples:
  factcmp compare examples/seeds/*.txt
  factcmp compare --format html -o report.html reports/*.txt   # one self-contained page to open or mail
  factcmp compare --format md -o report.md reports/*.txt       # findings tables in Markdown
  factcmp compare --format json -o findings.json reports/*.txt
  factcmp compare corpus.jsonl

Text output is coloured on a terminal (set NO_COLOR to turn colour off); a progress bar on
stderr follows runs over many documents (--quiet turns it off).
"""


def _published(text: str) -> dt.date | dt.datetime:
    try:
        value = published_from_json(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD) or ISO datetime") from None
    if value is None:
        raise argparse.ArgumentTypeError("empty date")
    return value


def _kinds(text: str) -> list[str]:
    kinds = [kind.strip() for kind in text.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        named = ",".join(unknown) or "(none)"
        raise argparse.ArgumentTypeError(f"unknown kind(s) {named}; choose from {','.join(KINDS)}")
    return kinds


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("files", nargs="+", metavar="FILE", help="text file, .jsonl corpus, or - for stdin")
    command.add_argument("--lang", choices=LANGUAGES, help="language of every document (default: detect)")
    command.add_argument(
        "--published",
        type=_published,
        metavar="YYYY-MM-DD",
        help="publication date of every document: what relative dates resolve against",
    )
    command.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of stdout")
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcmp",
        description="Checkable facts from Arabic, Persian and English news reports, compared across sources.",
        epilog=_MAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcmp {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract_cmd = commands.add_parser(
        "extract",
        help="list the dates, numbers, counts, places, people and organizations in each document",
        description="List the mentions found in each document (text files, JSONL corpora, or - for stdin).",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(extract_cmd)
    extract_cmd.add_argument("--kinds", type=_kinds, metavar="K1,K2", help=f"only these kinds ({','.join(KINDS)})")
    extract_cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    compare_cmd = commands.add_parser(
        "compare",
        help="say where reports agree, contradict each other, or only one of them tells a fact",
        description="Align the events several reports tell and compare what each says about them.",
        epilog=_COMPARE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(compare_cmd)
    compare_cmd.add_argument(
        "--format",
        choices=("text", "json", "md", "html"),
        default="text",
        help="output format: text, json, md (Markdown tables) or html (a self-contained page); default: text",
    )
    return parser


def _with_overrides(document: Document, args: argparse.Namespace) -> Document:
    if args.lang is None and args.published is None:
        return document
    return Document(
        id=document.id,
        text=document.text,
        lang=args.lang or document.lang,
        published=args.published or document.published,
        source=document.source,
        title=document.title,
        meta=document.meta,
    )


def _read_inputs(args: argparse.Namespace, err: TextIO) -> tuple[list[Document], bool]:
    """The documents that could be read (with the command's overrides), and whether any input failed."""
    documents: list[Document] = []
    failed = False
    for item in iter_documents(args.files):
        if isinstance(item, ReadError):
            err.write(f"factcmp: {item}\n")
            failed = True
        else:
            documents.append(_with_overrides(item, args))
    return documents, failed


def _value_summary(mention: Mention) -> str:
    fields = {key: val for key, val in mention.value.to_dict().items() if val not in (None, False, "exact")}
    return ", ".join(f"{key}={val}" for key, val in fields.items())


def _write_mentions_text(results: list[DocumentMentions], out: TextIO) -> None:
    style = Style(wants_colour(out))
    for result in results:
        published = published_to_json(result.document.published) or "-"
        out.write(style.bold(f"== {result.document.id}  lang={result.lang}  published={published}") + "\n")
        if not result.mentions:
            out.write("   (nothing found)\n")
        for mention in result.mentions:
            text = isolate(mention.text.replace("\n", " "))
            out.write(
                f"   {mention.kind:<9} {mention.span.start:>6}-{mention.span.end:<6} {text}  "
                f"{style.dim(_value_summary(mention))}\n"
            )
        out.write("\n")


def _run_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    documents, failed = _read_inputs(args, err)
    progress = Progress(err, len(documents), enabled=not args.quiet)
    try:
        results = [
            extract_document(document, kinds=args.kinds)
            for document in progress.track(documents, lambda document: document.id)
        ]
    finally:
        progress.close()
    if args.format == "json":
        json.dump({"documents": [result.to_dict() for result in results]}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _write_mentions_text(results, out)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _finding_line(finding: Finding, style: Style) -> str:
    quotes = "; ".join(f"{doc}: {isolate(ev.text)}" for doc, ev in finding.values.items())
    return (
        f"   {style.kind(f'[{finding.kind}]', finding.kind)} {finding.slot}  confidence {finding.confidence:.2f}\n"
        f"      {finding.explanation}\n      {style.dim(quotes)}\n"
    )


def _write_comparison_text(comparison: Comparison, out: TextIO) -> None:
    style = Style(wants_colour(out))
    documents = ", ".join(f"{r.document.id} ({r.lang})" for r in comparison.documents)
    out.write(f"documents: {documents}\n")
    out.write(
        f"claims: {len(comparison.claims)}  events: {len(comparison.events)}  findings: {len(comparison.findings)}\n\n"
    )
    for kind in ("contradiction", "possible_conflict", "agreement", "single_source"):
        findings = comparison.filter(kind=kind)
        if findings:
            out.write(style.kind(f"== {kind.replace('_', ' ')} ({len(findings)})", kind) + "\n")
            for finding in findings:
                out.write(_finding_line(finding, style))
            out.write("\n")


def _unique_ids(documents: list[Document], err: TextIO) -> tuple[list[Document], bool]:
    """The documents with ids not seen before; each one left out is reported."""
    kept: dict[str, Document] = {}
    for document in documents:
        if document.id in kept:
            err.write(
                f"factcmp: {document.id}: skipped, an earlier document has the same id "
                '(ids come from file names, or the "id" of a JSONL record)\n'
            )
        else:
            kept[document.id] = document
    return list(kept.values()), len(kept) < len(documents)


def _run_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    documents, failed = _read_inputs(args, err)
    documents, repeated = _unique_ids(documents, err)
    failed = failed or repeated
    progress = Progress(err, len(documents), enabled=not args.quiet)
    try:
        comparison = compare(progress.track(documents, lambda document: document.id))
    finally:
        progress.close()
    if args.format == "json":
        out.write(comparison.to_json())
        out.write("\n")
    elif args.format == "md":
        out.write(comparison.to_markdown())
    elif args.format == "html":
        out.write(comparison.to_html())
    else:
        _write_comparison_text(comparison, out)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


_COMMANDS = {"extract": _run_extract, "compare": _run_compare}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on usage errors and 0 on --help
        return int(stop.code or 0)
    if args.files.count(STDIN) > 1:
        sys.stderr.write("factcmp: - (stdin) may be given only once\n")
        return EXIT_USAGE
    out: TextIO = sys.stdout
    try:
        if args.output:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        return _COMMANDS[args.command](args, out, sys.stderr)
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours, and nothing more to say.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the interpreter's flush at exit
        return EXIT_OK
    except OSError as error:
        sys.stderr.write(f"factcmp: {args.output or '<stdout>'}: {error.strerror}\n")
        return EXIT_INPUT_FAILED
    except KeyboardInterrupt:
        return 130
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    sys.exit(main())
