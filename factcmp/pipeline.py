"""The order factcmp runs in, declared once in ``PIPELINE`` and listed by ``pipe_names()``.

read → analyze (normalize, language, segment) → extract: one step per engine of
``factcmp.kinds.ENGINES``, in their order → claims → align → compare → report.

The runners iterate this declaration, they do not restate it: ``run()`` takes documents through
every step up to the one named (``compare()`` stops at compare, the command line goes on to the
report), and ``extract_document()`` through the document steps before claims. Document steps
work on one document at a time (a ``Reading``): the read step takes each document through them
in turn, so a corpus is never held analysed all at once, on an engine (``factcmp.engines``: this
process, worker processes, a Dask cluster) that sends back what the corpus steps need of it
(``read_for_corpus``). The steps after it work on all the documents together (a ``Run``);
``compare_read()`` runs them on documents read elsewhere (a store, a cluster).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType

import attrs

from factcmp import collector
from factcmp.align.events import align, few_uncertain, group_events
from factcmp.align.links import Link
from factcmp.align.stories import Story, document_day, group_stories
from factcmp.analysis import TextAnalysis, analyze
from factcmp.claims.model import Claim
from factcmp.claims.reader import read_claims
from factcmp.compare.findings import comparison_of
from factcmp.compare.model import Comparison
from factcmp.engines import Engine, Local, engine_for
from factcmp.kinds import ENGINES, dates, engines_for
from factcmp.kinds.dates.engine import stated_report_day
from factcmp.model import (
    PUBLISHED_INFERRED,
    PUBLISHED_YEAR_FITTED,
    Document,
    DocumentMentions,
    Mention,
    PackedMentions,
    SpanIndex,
    published_day,
)
from factcmp.report import render
from factcmp.values import KINDS

# A bare number inside one of these is part of it, not a fact of its own.
_NUMBER_HOLDERS = frozenset({"count", "quantity", "percent"})


@attrs.define
class Reading:
    """One document as the document steps fill it in."""

    document: Document
    wanted: tuple[str, ...] = KINDS  # the kinds of mention asked for
    engines: list[ModuleType] = attrs.field(init=False)  # the engines those kinds need
    analysis: TextAnalysis | None = None
    found: list[Mention] = attrs.field(factory=list)  # what the engines found, in the order they ran
    claims: list[Claim] = attrs.field(factory=list)
    _mentions: list[Mention] | None = attrs.field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        self.engines = engines_for(self.wanted)

    @property
    def analysed(self) -> TextAnalysis:
        if self.analysis is None:
            raise RuntimeError(f"{self.document.id}: the analyze step has not run")
        return self.analysis

    def mentions(self) -> list[Mention]:
        """The mentions of the wanted kinds, sorted by position; a bare number inside a count, a
        quantity or a percent is left out."""
        if self._mentions is None:
            wanted = [m for m in self.found if m.kind in self.wanted]
            holders = SpanIndex(m.span for m in wanted if m.kind in _NUMBER_HOLDERS)
            unheld = [m for m in wanted if m.kind != "number" or not holders.contains_any(m.span)]
            self._mentions = sorted(unheld, key=lambda m: (m.span.start, m.span.end, m.kind))
        return self._mentions

    def result(self) -> DocumentMentions:
        """The document with the language it was read in (its own for an empty text) and its mentions."""
        lang = self.analysis.lang if self.analysis is not None else self.document.lang
        return DocumentMentions(self.document, lang, self.mentions())


@attrs.define
class Run:
    """Documents, and what the steps make of them all together."""

    inputs: Iterable[Document]
    format: str = "text"  # of the report: one of factcmp.report.FORMATS
    colour: bool = False  # ANSI colours in a text report
    engine: Engine = attrs.field(factory=Local)  # where the document steps run
    documents: list[DocumentMentions] = attrs.field(factory=list)
    claims: list[Claim] = attrs.field(factory=list)
    stories: list[Story] = attrs.field(factory=list)
    links: list[Link] = attrs.field(factory=list)
    groups: list[list[str]] = attrs.field(factory=list)  # claim ids, one list per event
    comparison: Comparison | None = None
    report: str = ""

    @property
    def compared(self) -> Comparison:
        if self.comparison is None:
            raise RuntimeError("the compare step has not run")
        return self.comparison


@attrs.frozen
class Step:
    name: str
    does: str


@attrs.frozen
class DocumentStep(Step):
    run: Callable[[Reading], None]


@attrs.frozen
class CorpusStep(Step):
    run: Callable[[Run], None]


def _read(run: Run) -> None:
    for entry, claims in run.engine.map(read_for_corpus, _unique_ids(run.inputs)):
        run.documents.append(entry)
        run.claims.extend(claims)


def _unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    seen: set[str] = set()
    for document in _documents_only(documents):
        if document.id in seen:
            raise ValueError(f"two documents share the id {document.id!r}; ids must be unique")
        seen.add(document.id)
        yield document


def _documents_only(documents: Iterable[Document]) -> Iterator[Document]:
    # Checked here, as each is taken: in a worker process a str would fail far from its cause.
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(f"documents must be factcmp.Document, not {type(document).__name__}")
        yield document


def read_for_corpus(document: Document) -> tuple[DocumentMentions, list[Claim]]:
    """What the corpus steps need of one document; what a worker process sends back. Its mentions
    come packed: the comparison keeps them for its reports, and a corpus's would fill memory."""
    reading = read_document(document)
    entry = reading.result()
    return attrs.evolve(entry, mentions=PackedMentions(entry.mentions)), reading.claims


def _analyze(reading: Reading) -> None:
    reading.analysis = analyze(reading.document)


def _publication(reading: Reading) -> None:
    # Only a report given with no date, whose dates are read, is looked at: the text's dates say it.
    if reading.document.published is None and dates in reading.engines:
        stated = stated_report_day(reading.analysed)
        if stated is not None:
            meta = {**reading.document.meta, PUBLISHED_INFERRED: stated.day.isoformat()}
            if stated.year_fitted:
                meta[PUBLISHED_YEAR_FITTED] = True
            reading.document = attrs.evolve(reading.document, meta=meta)


def _engine_step(engine: ModuleType) -> DocumentStep:
    def extract(reading: Reading) -> None:
        if engine in reading.engines:
            reading.found.extend(engine.extract(reading.analysed, reading.found))

    name = engine.__name__.removeprefix("factcmp.kinds.")
    return DocumentStep(f"extract.{name}", f"find {', '.join(engine.KINDS)}", extract)


def _claims(reading: Reading) -> None:
    reading.claims = read_claims(reading.analysed, reading.mentions())


def _stories(run: Run) -> None:
    run.stories = group_stories(run.documents, run.claims)


def _align(run: Run) -> None:
    alignment = align(run.claims, run.stories, _reference_days(run))
    # a day whose year was only fitted to a weekday cannot say which events came after the report
    published = {
        entry.document.id: None if entry.document.published_year_fitted else published_day(entry.document.publication)
        for entry in run.documents
    }
    run.groups = group_events(run.claims, alignment, run.stories, published)
    run.links = few_uncertain(alignment.links)


def _reference_days(run: Run) -> dict[str, dt.date | None]:
    """The day each report is known to be about, its story's last known day standing in for an
    undated report's: claims long before it tell earlier events."""
    claims_of: dict[str, list[Claim]] = {}
    for claim in run.claims:
        claims_of.setdefault(claim.doc, []).append(claim)
    story_end = {doc: story.end for story in run.stories for doc in story.docs}
    return {
        entry.document.id: document_day(entry, claims_of.get(entry.document.id, [])) or story_end.get(entry.document.id)
        for entry in run.documents
    }


def _compare(run: Run) -> None:
    run.comparison = comparison_of(run.documents, run.claims, run.links, run.groups, run.stories)


def _report(run: Run) -> None:
    run.report = render(run.compared, run.format, colour=run.colour)


PIPELINE: tuple[Step, ...] = (
    CorpusStep("read", "take each document in turn through the document steps; ids must differ", _read),
    DocumentStep("analyze", "normalize the text, detect its language, segment it into sentences", _analyze),
    *(_engine_step(engine) for engine in ENGINES),
    DocumentStep("publication", "the day a report given with no date came out, where its text says it", _publication),
    DocumentStep("claims", "read event claims: triggers and the mentions that fill their slots", _claims),
    CorpusStep("stories", "group the documents into the stories they tell", _stories),
    CorpusStep("align", "link claims of one story that tell one event; group them into events", _align),
    CorpusStep("compare", "find agreements, contradictions and single-source facts in each event", _compare),
    CorpusStep("report", "render the comparison: text, JSON, Markdown or HTML", _report),
)
_DOCUMENT_STEPS = tuple(step for step in PIPELINE if isinstance(step, DocumentStep))
_CORPUS_STEPS = tuple(step for step in PIPELINE if isinstance(step, CorpusStep))
_EXTRACTION_STEPS = tuple(step for step in _DOCUMENT_STEPS if step.name != "claims")


def pipe_names() -> tuple[str, ...]:
    """The names of the steps, in the order they run."""
    return tuple(step.name for step in PIPELINE)


def read_document(
    document: Document, steps: Sequence[DocumentStep] = _DOCUMENT_STEPS, wanted: tuple[str, ...] = KINDS
) -> Reading:
    """One document through the document steps (none for an empty text)."""
    reading = Reading(document, wanted)
    if document.text.strip():
        with collector.paused():
            for step in steps:
                step.run(reading)
    return reading


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    requested = tuple(kinds)
    unknown = [kind for kind in requested if kind not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind(s) {', '.join(unknown)}; known kinds: {', '.join(KINDS)}")
    return requested


def _extracted(document: Document, wanted: tuple[str, ...]) -> DocumentMentions:
    return read_document(document, _EXTRACTION_STEPS, wanted).result()


def extract_document(document: Document, *, kinds: Iterable[str] | None = None) -> DocumentMentions:
    """Mentions of one document with the language it was read in (for an empty text, the one it was given)."""
    return _extracted(document, _check_kinds(kinds))


def extract_many(
    documents: Iterable[Document], *, kinds: Iterable[str] | None = None, jobs: int = 1
) -> Iterator[DocumentMentions]:
    """Mentions of each document (as ``extract_document``), in the order given, read by ``jobs``
    processes. Documents are taken as the work needs them and each result is yielded as soon as
    the ones before it are: a corpus of any size streams through a few documents at a time."""
    extract = functools.partial(_extracted, wanted=_check_kinds(kinds))
    return engine_for(jobs).map(extract, _documents_only(documents))


def run(
    documents: Iterable[Document],
    *,
    until: str = "report",
    format: str = "text",
    colour: bool = False,
    jobs: int = 1,
    engine: Engine | None = None,
) -> Run:
    """Documents through the pipeline up to the step named ``until``: read, align, compare or
    report; the document steps in ``jobs`` processes, or on ``engine`` (factcmp.engines) when
    one is given. The output is the same on any engine, for any number of processes."""
    steps = _corpus_steps(until)
    state = Run(documents, format, colour, engine or engine_for(jobs))
    for step in steps:
        step.run(state)
    return state


def _corpus_steps(until: str) -> tuple[CorpusStep, ...]:
    names = [step.name for step in _CORPUS_STEPS]
    if until not in names:
        raise ValueError(f"a run stops after one of {', '.join(names)}, not {until!r}")
    return _CORPUS_STEPS[: names.index(until) + 1]


def compare_read(documents: Sequence[DocumentMentions], claims: Sequence[Claim]) -> Comparison:
    """The comparison of documents already through the document steps (kept in a store, read on
    a cluster): the corpus steps after read, up to compare."""
    list(_unique_ids(entry.document for entry in documents))  # refused as the read step refuses them
    state = Run((), documents=list(documents), claims=list(claims))
    for step in _corpus_steps("compare")[1:]:  # all but the first, read
        step.run(state)
    return state.compared


def compare(documents: Iterable[Document], *, jobs: int = 1) -> Comparison:
    """Extract, align and compare the facts of several documents, the documents read by ``jobs``
    processes (the same comparison for any number)."""
    return run(documents, until="compare", jobs=jobs).compared
