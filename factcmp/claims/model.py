"""The ``Claim``: what one sentence of one document says about one event, and its JSON form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from factcmp.model import Evidence, Span

# The subtype of a claim made of casualty counts alone, told with no word of what happened.
TOLL_ONLY = "casualties"


@attrs.frozen(kw_only=True)
class Claim:
    """What one sentence of one document says about one event."""

    id: str
    doc: str
    lang: str
    event_type: str  # CONSULT, ASSAULT, AGREE, ACCUSE, INTERVENE, MOBILIZE, ELECTION, ECONOMY, OTHER
    subtype: str  # meeting, call, visit, airstrike, shootdown, intervention, ...
    trigger: Evidence
    sentence: Span
    modality: str = "asserted"  # asserted | planned | reported | denied | negated
    source: Evidence | None = None  # who says so, for reported claims
    actors: tuple[Evidence, ...] = ()
    time: Evidence | None = None
    places: tuple[Evidence, ...] = ()
    counts: tuple[Evidence, ...] = ()
    quantities: tuple[Evidence, ...] = ()
    object: Evidence | None = None
    site: Evidence | None = None  # the named site where it happened: a market, a mosque, a square
    affiliations: tuple[str, ...] = ()  # countries its clause names by demonym (the Russian crew)
    background: bool = False  # told as the cause or antecedent of another event
    # up | down | revised: its counts are a running toll told as changed («ارتفعت الحصيلة إلى 43»)
    update: str | None = None

    def to_dict(self) -> dict[str, Any]:
        def many(items: Sequence[Evidence]) -> list[dict[str, Any]]:
            return [item.to_dict() for item in items]

        return {
            "id": self.id,
            "doc": self.doc,
            "lang": self.lang,
            "type": self.event_type,
            "subtype": self.subtype,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "modality": self.modality,
            "source": self.source.to_dict() if self.source else None,
            "actors": many(self.actors),
            "time": self.time.to_dict() if self.time else None,
            "places": many(self.places),
            "counts": many(self.counts),
            "quantities": many(self.quantities),
            "object": self.object.to_dict() if self.object else None,
            "site": self.site.to_dict() if self.site else None,
            "affiliations": list(self.affiliations),
            "background": self.background,
            "update": self.update,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """The claim ``to_dict`` wrote."""
        doc = str(data["doc"])

        def one(item: dict[str, Any] | None) -> Evidence | None:
            return Evidence.from_dict(doc, item) if item else None

        def many(items: list[dict[str, Any]]) -> tuple[Evidence, ...]:
            return tuple(Evidence.from_dict(doc, item) for item in items)

        return cls(
            id=str(data["id"]),
            doc=doc,
            lang=data["lang"],
            event_type=data["type"],
            subtype=data["subtype"],
            trigger=Evidence.from_dict(doc, data["trigger"]),
            sentence=Span(int(data["sentence"]["start"]), int(data["sentence"]["end"])),
            modality=data["modality"],
            source=one(data["source"]),
            actors=many(data["actors"]),
            time=one(data["time"]),
            places=many(data["places"]),
            counts=many(data["counts"]),
            quantities=many(data["quantities"]),
            object=one(data["object"]),
            site=one(data.get("site")),
            affiliations=tuple(data["affiliations"]),
            background=bool(data["background"]),
            update=data.get("update"),
        )
