"""factcmp: checkable facts from Arabic, Persian and English news, compared across sources."""

from factcmp.analysis import analyze
from factcmp.claims.model import Claim
from factcmp.compare.model import Comparison, Event, Finding
from factcmp.extract import extract
from factcmp.io import ReadError, load_documents, read_documents
from factcmp.model import Document, Evidence, Mention, Span
from factcmp.pipeline import compare, extract_many
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

__version__ = "0.1.0"

__all__ = [
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
    "Mention",
    "NumberValue",
    "OrdinalValue",
    "PercentValue",
    "PlaceValue",
    "QuantityValue",
    "ReadError",
    "Span",
    "Store",
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
