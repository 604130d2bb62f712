"""Reading a compare set (tests/compare_sets/*.yaml) into documents.

A set gives ``documents`` as ``id: text``, or ``id: {text: ..., published: ...}`` when its reports
came out at different times (a toll revised through the day); a set-wide ``published`` is the day
every report without its own came out.
"""

from __future__ import annotations

from typing import Any

import factcmp


def document_texts(spec: dict[str, Any]) -> dict[str, str]:
    return {doc_id: body["text"] if isinstance(body, dict) else body for doc_id, body in spec["documents"].items()}


def compare_set_documents(spec: dict[str, Any]) -> list[factcmp.Document]:
    documents = []
    for doc_id, body in spec["documents"].items():
        fields = body if isinstance(body, dict) else {"text": body}
        published = fields.get("published", spec.get("published"))
        documents.append(factcmp.Document(id=doc_id, text=fields["text"], published=published))
    return documents
