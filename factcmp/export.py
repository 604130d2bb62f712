"""Flat tables of what factcmp found, for analysis: records (one dict of column to value a row),
pandas DataFrames (with the ``factcmp[pandas]`` extra) and CSV.

The tables, and what a row of each is:

- ``mentions``: a mention. ``doc``, ``kind``, ``start``, ``end``, ``text``, ``lang``,
  ``confidence``, then the value's fields.
- ``claims``: one thing a claim says: its trigger, the source it is reported from, each actor,
  its time, each place, count and quantity, its object. ``claim``, ``doc``, ``lang``, ``type``,
  ``subtype``, ``modality``, ``background``, ``sentence_start``, ``sentence_end``, then the
  thing's ``role`` (``trigger``, ``source``, ``actor``, ``time``, ``place``, ``count``,
  ``quantity``, ``object``), ``kind``, ``start``, ``end``, ``text`` and value.
- ``events``: a claim of an event. ``event``, ``type``, ``subtype``, ``label``, ``claim``,
  ``doc``, and the event's time as evidence under ``time.`` (``time.doc``, ``time.start``,
  ``time.value.start`` ...).
- ``findings``: what one document says in a finding. ``finding`` (the finding's position in
  ``Comparison.findings``), ``kind``, ``slot``, ``event``, ``confidence``, ``more_precise``,
  ``explanation``, ``doc``, ``claims`` (that document's claims the finding rests on, separated
  by spaces), ``start``, ``end``, ``text`` and value.

``start``/``end`` are offsets into the document's text, as everywhere in factcmp. A value's
fields are the columns ``value.<field>`` (``value.year``, ``value.count_type``); a table has a
column for every field of every value class, so its columns do not depend on what was found, and
after them the fields of values no class describes (a claim's object), in the order met. A field
holding a list or a mapping (a finding's actors) is its JSON text. Generated wording
(``explanation``, ``label``) carries no bidirectional isolates; quoted text is as the document
has it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from factcmp.claims.model import Claim
from factcmp.model import Evidence, Mention, Span
from factcmp.names import TABLES, Table, name_of
from factcmp.values import VALUE_TYPES

if TYPE_CHECKING:
    import pandas

    from factcmp.compare.model import Comparison

Record = dict[str, Any]

_VALUE_COLUMNS = tuple(
    dict.fromkeys(f"value.{field.name}" for value_type in VALUE_TYPES.values() for field in attrs.fields(value_type))
)
_EVIDENCE = ("start", "end", "text")
_CLAIM = ("claim", "doc", "lang", "type", "subtype", "modality", "background", "sentence_start", "sentence_end")
_EVENT = ("event", "type", "subtype", "label", "claim", "doc", "time.doc", "time.start", "time.end", "time.text")
_FINDING = ("finding", "kind", "slot", "event", "confidence", "more_precise", "explanation", "doc", "claims")
_COLUMNS: dict[Table, tuple[str, ...]] = {
    "mentions": ("doc", "kind", *_EVIDENCE, "lang", "confidence", *_VALUE_COLUMNS),
    "claims": (*_CLAIM, "role", "kind", *_EVIDENCE, *_VALUE_COLUMNS),
    "events": (*_EVENT, *(f"time.{column}" for column in _VALUE_COLUMNS)),
    "findings": (*_FINDING, *_EVIDENCE, *_VALUE_COLUMNS),
}
_ISOLATES = str.maketrans(dict.fromkeys(map(chr, range(0x2066, 0x206A))))


def columns(table: Table, records: Iterable[Record] = ()) -> list[str]:
    """The columns of ``table``: its own, then those only ``records`` have, in the order met."""
    known = _COLUMNS[name_of(table, TABLES, "table")]
    extra = dict.fromkeys(key for record in records for key in record if key not in known)
    return [*known, *extra]


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _value_cells(value: Mapping[str, Any], prefix: str = "") -> Record:
    return {f"{prefix}value.{key}": _cell(val) for key, val in value.items()}


def _at(span: Span, text: str, value: Mapping[str, Any], prefix: str = "") -> Record:
    where = {f"{prefix}start": span.start, f"{prefix}end": span.end, f"{prefix}text": text}
    return where | _value_cells(value, prefix)


def _quoted(evidence: Evidence, prefix: str = "") -> Record:
    return _at(evidence.span, evidence.text, evidence.value, prefix)


def _wording(text: str) -> str:
    return text.translate(_ISOLATES)


def _mention(doc: str | None, mention: Mention) -> Record:
    head = {"doc": doc, "kind": mention.kind}
    tail = {"lang": mention.lang, "confidence": round(mention.confidence, 3)}
    return head | _at(mention.span, mention.text, mention.value.to_dict()) | tail


def mention_records(doc: str | None, mentions: Iterable[Mention]) -> list[Record]:
    """The ``mentions`` table of one document's mentions."""
    return [_mention(doc, mention) for mention in mentions]


def _claim_parts(claim: Claim) -> list[tuple[str, Evidence]]:
    """What a claim says, by role, in the order of its JSON form."""
    parts: list[tuple[str, Evidence | None]] = [("trigger", claim.trigger), ("source", claim.source)]
    parts += [("actor", evidence) for evidence in claim.actors]
    parts.append(("time", claim.time))
    parts += [("place", evidence) for evidence in claim.places]
    parts += [("count", evidence) for evidence in claim.counts]
    parts += [("quantity", evidence) for evidence in claim.quantities]
    parts.append(("object", claim.object))
    return [(role, evidence) for role, evidence in parts if evidence is not None]


def claim_records(claims: Iterable[Claim]) -> list[Record]:
    """The ``claims`` table: a row for each thing each claim says."""
    rows = []
    for claim in claims:
        head = {
            "claim": claim.id,
            "doc": claim.doc,
            "lang": claim.lang,
            "type": claim.event_type,
            "subtype": claim.subtype,
            "modality": claim.modality,
            "background": claim.background,
            "sentence_start": claim.sentence.start,
            "sentence_end": claim.sentence.end,
        }
        for role, evidence in _claim_parts(claim):
            rows.append(head | {"role": role, "kind": evidence.kind} | _quoted(evidence))
    return rows


def event_records(comparison: Comparison) -> list[Record]:
    """The ``events`` table: a row for each claim of each event."""
    doc_of = {claim.id: claim.doc for claim in comparison.claims}
    rows = []
    for event in comparison.events:
        time = event.time
        when: Record = {} if time is None else {"time.doc": time.doc} | _quoted(time, "time.")
        head = {"event": event.id, "type": event.event_type, "subtype": event.subtype, "label": _wording(event.label)}
        rows += [head | {"claim": claim, "doc": doc_of.get(claim)} | when for claim in event.claims]
    return rows


def finding_records(comparison: Comparison) -> list[Record]:
    """The ``findings`` table: a row for what each document says in each finding."""
    doc_of = {claim.id: claim.doc for claim in comparison.claims}
    rows = []
    for number, finding in enumerate(comparison.findings):
        head = {
            "finding": number,
            "kind": finding.kind,
            "slot": finding.slot,
            "event": finding.event,
            "confidence": round(finding.confidence, 3),
            "more_precise": finding.more_precise,
            "explanation": _wording(finding.explanation),
        }
        for doc, evidence in finding.values.items():
            claims = " ".join(claim for claim in finding.claims if doc_of.get(claim) == doc)
            rows.append(head | {"doc": doc, "claims": claims} | _quoted(evidence))
    return rows


def records(comparison: Comparison, table: Table) -> list[Record]:
    """One of the comparison's tables as records, every column present in every record."""
    if name_of(table, TABLES, "table") == "mentions":
        rows = [row for entry in comparison.documents for row in mention_records(entry.document.id, entry.mentions)]
    elif table == "claims":
        rows = claim_records(comparison.claims)
    else:
        rows = event_records(comparison) if table == "events" else finding_records(comparison)
    return dense(table, rows)


def dense(table: Table, rows: Sequence[Record]) -> list[Record]:
    """``rows`` with every column of the table, None where a row has no value."""
    names = columns(table, rows)
    return [{name: row.get(name) for name in names} for row in rows]


def dataframe(table: Table, rows: Sequence[Record]) -> pandas.DataFrame:
    """Records as a pandas DataFrame with the table's columns (in their order, even when there are no rows)."""
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe() needs pandas, not installed here: pip install 'factcmp[pandas]'") from None
    return pandas.DataFrame.from_records(rows, columns=columns(table, rows))


def write_csv(table: Table, rows: Sequence[Record], out: TextIO) -> None:
    """Records as CSV (RFC 4180, a header row, None as an empty cell) on a text stream."""
    writer = csv.DictWriter(out, fieldnames=columns(table, rows), restval="")
    writer.writeheader()
    writer.writerows(rows)
