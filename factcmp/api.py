"""The two entry points: ``extract`` (the mentions of one document) and ``compare`` (several
reports, compared).

Both take what a caller has at hand: a text (``str``), a ``Document``, or a path: a
``pathlib.Path`` (a file, a directory or a glob pattern), or a one-line ``str`` that ends in one
of the input extensions (.txt, .md, .jsonl, .ndjson, .html, .htm; it may be a glob pattern:
``"reports/*.html"``) or names an existing directory by a path with a slash in it
(``"reports/"``, ``"./reports"``, ``"data/reports"``). Any other ``str`` is a text. ``lang`` and
``published``, when given, apply to every document, as the command line's options do.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from factcmp.compare.model import Comparison
from factcmp.io import INPUT_EXTENSIONS, read_documents
from factcmp.model import Document, Mentions, Published
from factcmp.names import KINDS, Kind, Lang, names_of
from factcmp.pipeline import extract_document, run

log = logging.getLogger(__name__)

Source = Document | str | os.PathLike[str]
"""A text, a Document, or a path (see the module's docstring)."""

_LONGEST_PATH = 4096


def _is_path(source: str | os.PathLike[str]) -> bool:
    if not isinstance(source, str):
        return True
    if "\n" in source or len(source) > _LONGEST_PATH:
        return False
    if source.strip().lower().endswith(INPUT_EXTENSIONS):
        return True
    # A directory only by a path that says it is one: "/" or "." alone could be a text.
    named = any(sep in source for sep in (os.sep, "/")) and source.strip("/." + os.sep) != ""
    return named and os.path.isdir(source)


def _documents(source: Source, text_id: str) -> Iterator[Document]:
    if isinstance(source, Document):
        yield source
    elif isinstance(source, (str, os.PathLike)) and _is_path(source):
        yield from read_documents([source])
    elif isinstance(source, str):
        yield Document(id=text_id, text=source)
    else:
        raise TypeError(f"expected a text, a Document or a path, not {type(source).__name__}")


def extract(
    source: Source,
    *,
    lang: Lang | None = None,
    published: Published | str | None = None,
    kinds: Kind | Iterable[Kind] | None = None,
) -> Mentions:
    """The mentions of ``kinds`` (one kind, several, or by default all: ``factcmp.names.KINDS``) in
    one document, sorted by position: a list that also knows its ``document``.

    ``source`` is a text, a ``Document`` or the path of a file holding one document (a text file,
    an HTML page, a one-line JSONL file). ``lang`` fixes the language (``ar``, ``fa`` or ``en``)
    instead of detecting it; ``published`` (a date, a datetime when the time of day is known, or
    either as an ISO string) is the reference time relative expressions resolve against. Offsets
    point into the document's text. Unknown kinds or languages are a ``ValueError`` that lists
    the known ones; a file that cannot be read is a ``factcmp.ReadError``.
    """
    wanted = KINDS if kinds is None else names_of(kinds, KINDS, "kind")
    documents = [document.overridden(lang=lang, published=published) for document in _documents(source, "text")]
    if len(documents) != 1:
        held = f"{len(documents)} documents" if documents else "no document"
        raise ValueError(f"{source}: holds {held}; extract() reads one (factcmp.read_documents reads them all)")
    result = extract_document(documents[0], kinds=wanted)
    log.debug("%s: %d mentions (lang %s)", result.document.id, len(result.mentions), result.lang)
    return Mentions(result.mentions, document=result.document, lang=result.lang)


def compare(
    sources: Source | Iterable[Source],
    *,
    lang: Lang | None = None,
    published: Published | str | None = None,
    jobs: int = 1,
) -> Comparison:
    """Extract, align and compare the facts of several reports.

    ``sources`` are texts, ``Document``s or paths (files, directories, glob patterns), or one of
    them alone (a directory, a JSONL corpus). Texts get the ids ``text1``, ``text2`` ... in their
    order; documents read from files take their ids from the file (or the JSONL record). Ids must
    differ. ``lang`` and ``published`` apply to every document; see ``extract``. ``jobs``
    processes read the documents (factcmp.engines): the comparison is the same for any number.
    """
    given = [sources] if isinstance(sources, (str, Document, os.PathLike)) else list(sources)
    documents = [
        document.overridden(lang=lang, published=published)
        for number, source in enumerate(given, start=1)
        for document in _documents(source, f"text{number}")
    ]
    log.debug("comparing %d documents", len(documents))
    return run(documents, until="compare", jobs=jobs).compared
