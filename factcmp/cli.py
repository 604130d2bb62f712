"""The ``factcmp`` command line."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TextIO

from factcmp import __version__, export, jsonl, jsontext
from factcmp.engines import EngineError
from factcmp.engines import options as engine_options
from factcmp.io import STDIN, ReadError, atomic_output, iter_documents
from factcmp.kinds.actors.polyglot_ner import PolyglotUnavailable
from factcmp.model import SCHEMA_VERSION, Document, DocumentMentions, Mention, published_to_json
from factcmp.names import names_of
from factcmp.pipeline import extract_many, pipe_names, run
from factcmp.publication import PublishedError, read_published
from factcmp.report import FORMATS as REPORT_FORMATS
from factcmp.report.common import for_terminal, quote_for_terminal
from factcmp.report.terminal import Progress, Style, is_terminal, wants_colour
from factcmp.store import Store, StoreError
from factcmp.store import commands as store_output
from factcmp.text.inert import inert, path_name
from factcmp.text.lang import LANGUAGES
from factcmp.values import KINDS

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

_MAIN_EXAMPLES = """examples:
  factcmp extract report.txt
  factcmp compare --format html -o report.html reports/*.txt
  factcmp compare --format csv -o findings.csv 'reports/**/*.html'

Run factcmp COMMAND --help for a command's options.
"""
_EXTRACT_EXAMPLES = """examples:
  factcmp extract examples/seeds/*.txt
  factcmp extract --format json --kinds date,count report.txt
  factcmp extract --lang fa --published 2019-02-27 - < report.txt
  factcmp extract --format csv -o mentions.csv reports/     # every .txt, .md, .jsonl, .html below it
  factcmp extract --format jsonl --jobs 4 -o mentions.jsonl corpus.jsonl   # one line per document
"""
_COMPARE_EXAMPLES = """examples:
  factcmp compare examples/seeds/*.txt
  factcmp compare --format html -o report.html reports/*.txt   # one self-contained page to open or mail
  factcmp compare --format md -o report.md reports/*.txt       # findings tables in Markdown
  factcmp compare --format json -o findings.json reports/*.txt
  factcmp compare --format csv -o findings.csv reports/        # one row per document of a finding
  factcmp compare corpus.jsonl
  factcmp compare --format jsonl -o comparison.jsonl corpus.jsonl   # one line per document, claim, finding...
  factcmp compare --store news.db today/*.txt   # add to a store; compare only the stories they touch
  factcmp compare --store news.db --since 2024-05-01   # what changed since a day

Text output is coloured on a terminal (set NO_COLOR to turn colour off); a progress bar on
stderr follows runs over many documents (--quiet turns it off).
"""


def _published(text: str) -> dt.date | dt.datetime:
    try:
        value = read_published(text)
    except PublishedError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if value is None:
        raise argparse.ArgumentTypeError("empty date")
    return value


def _kinds(text: str) -> list[str]:
    kinds = [kind.strip() for kind in text.split(",") if kind.strip()]
    if not kinds:
        raise argparse.ArgumentTypeError(f"no kind given; choose from {', '.join(KINDS)}")
    try:
        return list(names_of(kinds, KINDS, "kind"))
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_input_options(command: argparse.ArgumentParser, *, files: str = "+", output: bool = True) -> None:
    command.add_argument(
        "files",
        nargs=files,
        metavar="FILE",
        help="text file, .jsonl corpus, HTML page, directory, quoted glob pattern, or - for stdin",
    )
    command.add_argument("--lang", choices=LANGUAGES, help="language of every document (default: detect)")
    command.add_argument(
        "--published",
        type=_published,
        metavar="YYYY-MM-DD",
        help="publication date of every document: what relative dates resolve against",
    )
    if output:
        command.add_argument("-o", "--output", metavar="OUT", help="write to this file instead of stdout")
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
    command.add_argument("-v", "--verbose", action="store_true", help="log what is read and done on stderr")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcmp",
        description="Checkable facts from news reports in Arabic, Persian, English, Russian and Hebrew, compared.",
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
    engine_options.add_options(extract_cmd)
    extract_cmd.add_argument("--kinds", type=_kinds, metavar="K1,K2", help=f"only these kinds ({','.join(KINDS)})")
    extract_cmd.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "csv"),
        default="text",
        help="output format: text, json, jsonl (one line per document, written as each is read) or csv (one row "
        "per mention); default: text",
    )
    compare_cmd = commands.add_parser(
        "compare",
        help="say where reports agree, contradict each other, or only one of them tells a fact",
        description="Align the events several reports tell and compare what each says about them.",
        epilog=_COMPARE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_input_options(compare_cmd, files="*")
    engine_options.add_options(compare_cmd, cluster=True)
    compare_cmd.add_argument(
        "--format",
        choices=(*REPORT_FORMATS, "jsonl", "csv"),
        default="text",
        help="output format: text, json, md (Markdown tables), html (a self-contained page), jsonl "
        "(one line per document, story, claim, event and finding) or csv (one row per document of a "
        "finding); default: text",
    )
    store_output.add_compare_options(compare_cmd, _published)
    store_output.add_commands(commands, _add_input_options)
    commands.add_parser(
        "pipeline", help="list the steps factcmp runs, in order", description="List the steps factcmp runs, in order."
    ).set_defaults(files=[], output=None)  # no input, no output file
    return parser


def _tell(err: TextIO, message: str) -> None:
    """One line on stderr; names in it come from input, so nothing in them may act on the terminal."""
    err.write(f"factcmp: {inert(message)}\n")


def _read_inputs(args: argparse.Namespace, err: TextIO) -> tuple[list[Document], bool]:
    """The documents that could be read (with the command's overrides), and whether any input failed."""
    documents: list[Document] = []
    failed = False
    for item in iter_documents(args.files):
        if isinstance(item, ReadError):
            _tell(err, str(item))
            failed = True
        else:
            documents.append(item.overridden(lang=args.lang, published=args.published))
    return documents, failed


def _value_summary(mention: Mention) -> str:
    fields = {key: val for key, val in mention.value.to_dict().items() if val not in (None, False, "exact")}
    # One line whatever the value holds (a name read across a line break): isolates must close on it.
    return " ".join(", ".join(f"{key}={val}" for key, val in fields.items()).split())


def _write_mentions_text(results: Iterable[DocumentMentions], out: TextIO) -> None:
    style = Style(wants_colour(out))
    for result in results:
        inferred = result.document.published_inferred
        published = (
            f"{inferred.isoformat()} (from its text)"
            if inferred
            else published_to_json(result.document.published) or "-"
        )
        out.write(
            style.bold(f"== {for_terminal(result.document.id)}  lang={result.lang}  published={published}") + "\n"
        )
        if not result.mentions:
            out.write("   (nothing found)\n")
        for mention in result.mentions:
            text = quote_for_terminal(mention.text)
            out.write(
                f"   {mention.kind:<9} {mention.span.start:>6}-{mention.span.end:<6} {text}  "
                f"{style.dim(for_terminal(_value_summary(mention)))}\n"
            )
        out.write("\n")


def _output(args: argparse.Namespace) -> AbstractContextManager[TextIO]:
    """Standard output, or the -o file, written whole once the work is done."""
    return atomic_output(args.output) if args.output else contextlib.nullcontext(sys.stdout)


def _write_mentions_json(results: Iterable[DocumentMentions], out: TextIO) -> None:
    documents = [result.to_dict() for result in results]
    jsontext.dump({"schema_version": SCHEMA_VERSION, "documents": documents}, out)


def _write_mentions_csv(results: Iterable[DocumentMentions], out: TextIO) -> None:
    rows = [row for result in results for row in export.mention_records(result.document.id, result.mentions)]
    export.write_csv("mentions", export.dense("mentions", rows), out)


def _write_mentions_jsonl(results: Iterable[DocumentMentions], out: TextIO) -> None:
    jsonl.write((result.to_dict() for result in results), out)


_MENTION_WRITERS = {
    "text": _write_mentions_text,
    "json": _write_mentions_json,
    "jsonl": _write_mentions_jsonl,
    "csv": _write_mentions_csv,
}


@contextlib.contextmanager
def _tracked(
    args: argparse.Namespace, err: TextIO, documents: list[Document], *, shown: bool = True
) -> Iterator[Iterator[Document]]:
    """The documents, a progress bar on stderr following them as they are taken."""
    progress = Progress(err, len(documents), enabled=shown and not args.quiet)
    try:
        yield progress.track(documents, lambda document: document.id)
    finally:
        progress.close()


def _run_extract(args: argparse.Namespace, err: TextIO) -> int:
    documents, failed = _read_inputs(args, err)
    if failed and not documents:  # nothing to write: an output file already there is left as it was
        return EXIT_INPUT_FAILED
    # Results are written as they come: a bar on the terminal they are written to would break their lines.
    streams_to_terminal = not args.output and is_terminal(sys.stdout)
    with _tracked(args, err, documents, shown=not streams_to_terminal) as taken:
        results = extract_many(taken, kinds=args.kinds, jobs=engine_options.jobs(args, len(documents)))
        with _output(args) as out:
            _MENTION_WRITERS[args.format](results, out)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _unique_ids(documents: list[Document], err: TextIO) -> tuple[list[Document], bool]:
    """The documents with ids not seen before; each one left out is reported."""
    kept: dict[str, Document] = {}
    for document in documents:
        if document.id in kept:
            _tell(
                err,
                f"{document.id}: skipped, an earlier document has the same id "
                '(ids come from file names, or the "id" of a JSONL record)',
            )
        else:
            kept[document.id] = document
    return list(kept.values()), len(kept) < len(documents)


def _run_compare(args: argparse.Namespace, err: TextIO) -> int:
    documents, failed = _read_inputs(args, err)
    if args.store:
        return _compare_store(args, err, documents) or (EXIT_INPUT_FAILED if failed else EXIT_OK)
    if failed and not documents:
        return EXIT_INPUT_FAILED
    documents, repeated = _unique_ids(documents, err)
    failed = failed or repeated
    with _tracked(args, err, documents) as taken:
        finished = run(
            taken,
            until="compare" if args.format in ("jsonl", "csv") else "report",
            format=args.format,
            colour=not args.output and wants_colour(sys.stdout),
            engine=engine_options.engine(args, len(documents)),
        )
    with _output(args) as out:
        if args.format == "jsonl":
            jsonl.write(jsonl.comparison_records(finished.compared), out)
        elif args.format == "csv":
            export.write_csv("findings", finished.compared.to_records("findings"), out)
        else:
            out.write(finished.report)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _index(args: argparse.Namespace, err: TextIO, store: Store, documents: list[Document]) -> None:
    with _tracked(args, err, documents) as taken:
        added = store.add(taken, jobs=engine_options.jobs(args, len(documents)))
    _tell(err, store_output.added_line(path_name(args.store), added, len(store)))


def _compare_store(args: argparse.Namespace, err: TextIO, documents: list[Document]) -> int:
    """Add the documents to the store, compare what they touch, write what changed; EXIT_OK."""
    with Store(args.store) as store:
        if documents:
            _index(args, err, store, documents)
        changes = store.compare(since=args.since)
    with _output(args) as out:
        store_output.write_changes(changes, args.format, out)
    return EXIT_OK


def _run_index(args: argparse.Namespace, err: TextIO) -> int:
    documents, failed = _read_inputs(args, err)
    with Store(args.store) as store:
        _index(args, err, store, documents)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _run_findings(args: argparse.Namespace, err: TextIO) -> int:
    with Store(args.store, create=False) as store:
        found = store.findings(story=args.story, kind=args.kind)
    with _output(args) as out:
        store_output.write_findings(found, args.format, out)
    return EXIT_OK


def _run_pipeline(args: argparse.Namespace, err: TextIO) -> int:
    sys.stdout.write("".join(f"{name}\n" for name in pipe_names()))
    return EXIT_OK


_COMMANDS = {
    "extract": _run_extract,
    "compare": _run_compare,
    "index": _run_index,
    "findings": _run_findings,
    "pipeline": _run_pipeline,
}


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return os.path.realpath(a) == os.path.realpath(b)


def _compare_problem(args: argparse.Namespace) -> str | None:
    if engine_options.problem(args):
        return engine_options.problem(args)
    if not args.store:
        return "--since needs --store" if args.since else None if args.files else "give FILEs to compare, or --store"
    if args.engine != "local":
        return "--store reads documents on this machine (--jobs), not on --engine dask"
    if args.format not in store_output.FORMATS:
        return f"--store writes {', '.join(store_output.FORMATS)}, not {args.format}"
    return None


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What makes the command line unusable before anything is read, if anything does."""
    if args.files.count(STDIN) > 1:
        return "- (stdin) may be given only once"
    problem = _compare_problem(args) if args.command == "compare" else None
    if problem:
        return problem
    if not args.output:
        return None
    if os.path.isdir(args.output):
        return f"{path_name(args.output)}: is a directory; -o takes a file name"
    if any(name != STDIN and _same_file(name, args.output) for name in args.files):
        return f"{path_name(args.output)}: is also an input; refusing to overwrite it"
    return None


class _InertFormatter(logging.Formatter):
    """Log lines name files and documents from the input: nothing in them may act on the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record))


def _log_to_stderr() -> None:
    """The library's log (the ``factcmp`` logger, which has no handler of its own) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_InertFormatter("factcmp: %(name)s: %(message)s"))
    logger = logging.getLogger("factcmp")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits 2 on usage errors and 0 on --help
        return int(stop.code or 0)
    problem = _usage_problem(args)
    if problem:
        _tell(sys.stderr, problem)
        return EXIT_USAGE
    if getattr(args, "verbose", False):  # the pipeline command has no such option
        _log_to_stderr()
    try:
        return _COMMANDS[args.command](args, sys.stderr)
    except PolyglotUnavailable as error:  # FACTCMP_NER=polyglot without the extra or its models
        _tell(sys.stderr, str(error))
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours, and nothing more to say.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the interpreter's flush at exit
        return EXIT_OK
    except OSError as error:
        _tell(sys.stderr, f"{path_name(args.output or '<stdout>')}: {error.strerror or error}")
        return EXIT_INPUT_FAILED
    except (EngineError, StoreError) as error:
        _tell(sys.stderr, str(error))
        return EXIT_INPUT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
