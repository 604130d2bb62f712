"""factcmp: checkable facts from Arabic, Persian, English, Russian and Hebrew news, compared across sources.

``extract(text_or_document_or_path)`` gives the mentions of one document (dates, numbers,
counts, places, people, organizations) with their offsets and typed values;
``compare(sources)`` reads several reports, groups them into stories and their claims into
events, and gives a ``Comparison``: where the reports agree, contradict each other, or only one
of them states a fact. ``Comparison.to_records()`` / ``to_dataframe()`` flatten it for analysis.

The library logs to the ``factcmp`` logger and configures no handler: the application decides
(the command line's ``--verbose`` shows it on stderr).
"""

from factcmp._version import __version__
from factcmp.analysis import analyze
from factcmp.api import Source, compare, extract
from factcmp.claims.model import Claim
from factcmp.compare.model import Comparison, Event, Finding
from factcmp.io import ReadError, load_documents, read_documents
from factcmp.model import SCHEMA_VERSION, Document, Evidence, Mention, Mentions, Span
from factcmp.names import FindingKind, Kind, Lang, Slot, Table
from factcmp.pipeline import extract_many
from factcmp.store import Store
from factcmp.text.lang import detect_language
from factcmp.values import (
    CountValue,
    DateValue,
    DurationValue,
    EntityValue,
    NumberValue,
    OrdinalValue,
    PercentValue,
    PlaceValue,
    QuantityValue,
    Value,
)

__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "Comparison",
    "CountValue",
    "DateValue",
    "Document",
    "DurationValue",
    "EntityValue",
    "Event",
    "Evidence",
    "Finding",
    "FindingKind",
    "Kind",
    "Lang",
    "Mention",
    "Mentions",
    "NumberValue",
    "OrdinalValue",
    "PercentValue",
    "PlaceValue",
    "QuantityValue",
    "ReadError",
    "Slot",
    "Source",
    "Span",
    "Store",
    "Table",
    "Value",
    "__version__",
    "analyze",
    "compare",
    "detect_language",
    "extract",
    "extract_many",
    "load_documents",
    "read_documents",
]
