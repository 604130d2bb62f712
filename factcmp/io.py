"""Reading documents and writing output files whole or not at all.

What is read: text files (.txt, .md or any other name given explicitly) with optional front
matter, JSON-lines corpora (.jsonl, .ndjson: one document a line), HTML pages (.html, .htm: the
article's text, title and publication time, ``factcmp.htmltext``), directories (every file of
those extensions in them and their subdirectories, hidden ones left out, in name order), glob
patterns factcmp expands itself (``'reports/*.txt'``, ``'**/*.html'``, in name order), and ``-``
for standard input, whose content says whether it is JSON lines, HTML or text.

Anything that cannot be read gives a :class:`ReadError` naming the file and the reason in one
line; callers that process many files collect these and go on with the rest.
"""

from __future__ import annotations

import codecs
import contextlib
import glob
import json
import logging
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from factcmp.model import Document
from factcmp.publication import PublishedError, read_published
from factcmp.text.inert import path_name

log = logging.getLogger(__name__)

# Files larger than this are refused with a message rather than read: the engines are
# linear, but a fact-checker who feeds a 20 MB file has almost certainly fed the wrong one.
MAX_BYTES = 8 * 1024 * 1024
# A JSONL corpus holds many documents, each of them (each line) within MAX_BYTES.
MAX_JSONL_BYTES = 512 * 1024 * 1024

_FRONT_MATTER_KEYS = ("id", "lang", "published", "source", "title")
_FRONT_MATTER_MAX_CHARS = 8192
STDIN = "-"
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
HTML_EXTENSIONS = (".html", ".htm")
INPUT_EXTENSIONS = (".txt", ".md", *JSONL_EXTENSIONS, *HTML_EXTENSIONS)
"""What a directory is searched for."""
_GLOB = re.compile(r"[*?[]")
Inputs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One path, or several: files, directories, glob patterns, ``-`` for standard input."""
# How a page starts: an XML declaration and comments may come before its first tag.
_HTML_START = re.compile(
    r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)


class ReadError(ValueError):
    """A document that could not be read; ``str()`` is one line naming the file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def _declared_charset(data: bytes) -> str | None:
    from factcmp.htmltext import declared_charset  # lxml is loaded only for HTML input

    return declared_charset(data)


def decode(data: bytes, name: str, *, declared: str | None = None) -> str:
    """Text from bytes: UTF-8 (BOM or not), or UTF-16 with a BOM, or the character set an HTML
    page ``declared`` (windows-1256, say); anything else is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _known_encoding(declared, name) or "utf-8"
        if b"\x00" in data[:65536]:
            raise ReadError(name, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(
            name,
            f"not {encoding.upper()} text (byte 0x{data[error.start]:02X} at offset {error.start}); "
            "convert it to UTF-8",
        ) from None
    if _looks_binary(text):
        raise ReadError(name, "binary file (mostly control characters), not text")
    return text


def _known_encoding(declared: str | None, name: str) -> str | None:
    if declared is None:
        return None
    try:
        return codecs.lookup(declared).name
    except LookupError:
        raise ReadError(name, f"the page declares charset {declared!r}, which Python does not know") from None


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return "\x00" in sample or controls > len(sample) * 0.1


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter fields between ``---`` lines at the top, and where the body starts."""
    if not text.startswith("---"):
        return {}, 0
    first_break = text.find("\n")
    if first_break < 0 or text[:first_break].strip() != "---":
        return {}, 0
    closing = text.find("\n---", first_break, _FRONT_MATTER_MAX_CHARS)
    if closing < 0:
        return {}, 0
    fields: dict[str, str] = {}
    for line in text[first_break + 1 : closing].splitlines():
        key, sep, val = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = val.strip().strip("\"'")
    body_start = text.find("\n", closing + 1)
    return fields, len(text) if body_start < 0 else body_start + 1


def _document(
    doc_id: str, text: str, fields: dict[str, Any], name: str, meta: dict[str, Any] | None = None
) -> Document:
    try:
        published = read_published(fields.get("published"), fields.get("calendar"))
    except PublishedError as error:
        raise ReadError(name, str(error)) from None
    extra = {key: val for key, val in fields.items() if key not in (*_FRONT_MATTER_KEYS, "text")}
    try:
        return Document(
            id=str(fields.get("id") or doc_id),
            text=text,
            lang=fields.get("lang") or None,
            published=published,
            source=fields.get("source") or None,
            title=fields.get("title") or None,
            meta={**extra, **(meta or {})},
        )
    except (TypeError, ValueError) as error:  # a lang factcmp does not read, a field of the wrong type
        raise ReadError(name, str(error)) from None


def document_from_text(text: str, *, doc_id: str, name: str | None = None) -> Document:
    """A document from a text file's content, front matter applied."""
    fields, body_start = split_front_matter(text)
    meta = {"body_offset": body_start} if body_start else {}
    return _document(doc_id, text[body_start:], fields, name or doc_id, meta)


def _jsonl_documents(text: str, name: str, stem: str) -> Iterator[Document | ReadError]:
    # Records end at a line feed only: U+2028, U+0085 or a form feed inside a JSON string is
    # text, and str.splitlines() would cut the record there.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if len(line.encode("utf-8")) > MAX_BYTES:
            yield ReadError(where, f"record larger than {MAX_BYTES // (1024 * 1024)} MB; split it into documents")
            continue
        try:
            record = json.loads(line, strict=False)  # raw controls inside strings are text too
        except json.JSONDecodeError as error:
            yield ReadError(where, f"not a JSON object ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadError(where, 'each line must be a JSON object with a "text" string')
            continue
        try:
            yield _document(f"{stem}:{number}", record["text"], record, where)
        except ReadError as error:
            yield error


def _read_bytes(path: str, stdin: Any = None) -> bytes:
    if path == STDIN:
        import sys

        stream = stdin if stdin is not None else sys.stdin
        if stream.isatty():
            raise ReadError("<stdin>", "nothing piped in: give a file name, or pipe text into -")
        data = stream.buffer.read(MAX_BYTES + 1) if hasattr(stream, "buffer") else stream.read(MAX_BYTES + 1)
        return data if isinstance(data, bytes) else str(data).encode("utf-8")
    name = path_name(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError(name, "is a directory, not a file")
        # A FIFO, a socket or a device would block or never end: only regular files are read.
        if not stat.S_ISREG(mode):
            raise ReadError(name, "not a regular file (a pipe, socket or device); pipe it into - instead")
        with open(path, "rb") as handle:
            return handle.read(_cap(path) + 1)
    except FileNotFoundError:
        raise ReadError(name, "no such file") from None
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as error:
        raise ReadError(name, error.strerror or str(error)) from None


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | ReadError]:
    """The files the inputs name, in order: a directory is walked and a glob pattern matched (both
    in name order); a file, a missing name (the reader reports it) and ``-`` are kept as given."""
    for raw_path in paths:
        path = os.fspath(raw_path)
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path)
        elif _GLOB.search(path) and not os.path.lexists(path):
            yield from _matches(path)
        else:
            yield path


def _walk(directory: str) -> Iterator[str | ReadError]:
    failures: list[OSError] = []
    found = 0
    for folder, subfolders, files in os.walk(directory, onerror=failures.append):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(INPUT_EXTENSIONS):
                found += 1
                yield os.path.join(folder, name)
    for failure in failures:
        yield ReadError(path_name(str(failure.filename)), failure.strerror or str(failure))
    log.debug("%s: %d files to read", path_name(directory), found)
    if not found and not failures:
        yield ReadError(path_name(directory), f"no {', '.join(INPUT_EXTENSIONS)} file in this directory")


def _matches(pattern: str) -> Iterator[str | ReadError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    log.debug("%s: %d matches", path_name(pattern), len(matches))
    if not matches:
        yield ReadError(path_name(pattern), "no file matches this pattern")
    for match in matches:
        yield from _walk(match) if os.path.isdir(match) else (match,)


def _cap(path: str) -> int:
    return MAX_JSONL_BYTES if path.lower().endswith(JSONL_EXTENSIONS) else MAX_BYTES


def iter_documents(paths: Inputs, *, stdin: Any = None) -> Iterator[Document | ReadError]:
    """Each document of each input in turn (see the module's docstring for what an input may be),
    or the error that stopped it: never raises ReadError. One path alone is one input."""
    for path in expand_paths([paths] if isinstance(paths, (str, os.PathLike)) else paths):
        if isinstance(path, ReadError):
            yield path
        else:
            yield from _documents_of(path, stdin)


def _documents_of(path: str, stdin: Any) -> Iterator[Document | ReadError]:
    name = "<stdin>" if path == STDIN else path_name(path)
    stem = "stdin" if path == STDIN else path_name(Path(path).stem)
    try:
        data = _read_bytes(path, stdin)
        if len(data) > _cap(path):
            raise ReadError(name, f"larger than {_cap(path) // (1024 * 1024)} MB; split it into documents")
        named = _form_by_name(path)
        text = decode(data, name, declared=_declared_charset(data) if named == "html" else None)
        form = _form_by_content(text, name) if path == STDIN else named
        log.debug("%s: read as %s", name, form)
        if form == "jsonl":
            yield from _jsonl_documents(text, name, stem)
        elif form == "html":
            yield _html_document(text, doc_id=stem, name=name)
        else:
            yield document_from_text(text, doc_id=stem, name=name)
    except ReadError as error:
        yield error


def _form_by_name(path: str) -> str:
    """``jsonl``, ``html`` or ``text``, by a file's extension (any other is text)."""
    lowered = path.lower()
    return "jsonl" if lowered.endswith(JSONL_EXTENSIONS) else "html" if lowered.endswith(HTML_EXTENSIONS) else "text"


def _form_by_content(text: str, name: str) -> str:
    """What piped-in text is: ``jsonl`` when its first line is a JSON object, ``html`` when it starts
    as a page, else ``text``."""
    first = text.lstrip().partition("\n")[0].strip()
    if first.startswith("{"):
        try:
            record = json.loads(first, strict=False)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            raise ReadError(name, "starts with { but its first line is not a JSON object; give one JSON object a line")
        return "jsonl"
    return "html" if _HTML_START.match(text) else "text"


def _html_document(html: str, *, doc_id: str, name: str) -> Document:
    from factcmp.htmltext import read_page  # lxml is loaded only for HTML input

    page = read_page(html)
    if not page.text:
        raise ReadError(name, "no text in this page (a page that writes its text with JavaScript cannot be read)")
    return Document(id=doc_id, text=page.text, title=page.title, published=page.published, source=page.source)


def load_documents(paths: Inputs) -> tuple[list[Document], list[ReadError]]:
    """All documents that could be read, and the errors for those that could not."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for item in iter_documents(paths):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            documents.append(item)
    return documents, errors


def read_documents(paths: Inputs) -> list[Document]:
    """All documents of the paths; raises the first :class:`ReadError`."""
    documents, errors = load_documents(paths)
    if errors:
        raise errors[0]
    return documents


def _new_file_mode(path: str) -> int:
    """The permissions the output should have: those of the file it replaces, or what the umask allows."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(path).st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A UTF-8 text file written whole or not at all: the text goes to a temporary file beside
    ``path``, renamed into place once everything is written, so that a failed or interrupted run
    never leaves a truncated file or destroys the one that was there. A device or a pipe
    (``/dev/null``, a FIFO) cannot be replaced and is written directly."""
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "w", encoding="utf-8") as out:
            yield out
        return
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".factcmp-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            yield out
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
