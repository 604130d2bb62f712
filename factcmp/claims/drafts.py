"""Claims being built, and the claims already told that a later sentence may refer back to.

Decides what a later statement of an event adds to one told before: what was said first stays.
"""

from __future__ import annotations

from typing import Any

import attrs

from factcmp.claims.views import distance
from factcmp.model import Evidence, Mention, Span
from factcmp.text.phrases import PhraseMatch
from factcmp.text.segment import Sentence


def day_of(date: Mention) -> tuple[Any, ...] | None:
    """What a date says of its day, resolved or not («on Monday» without a publication date); None for
    a clock time alone («at 9:12 p.m.»), which says nothing of it."""
    value = date.value.to_dict()
    if value.get("start"):
        return (str(value["start"])[:10],)  # «Monday» and «2 a.m.» that Monday are one day
    day = tuple(value.get(field) for field in ("year", "month", "day", "weekday"))
    return day if any(part is not None for part in day) else None


# In a relative date of no stated count («this-some-days»: these days, «في الأيام الأخيرة»).
_SOME = "-some-"


@attrs.define
class Draft:
    """A claim being built; frozen into a Claim once its slots are filled."""

    trigger: PhraseMatch
    trigger_span: Span
    clause: Span
    background: bool
    modality: str = "asserted"
    source: Mention | None = None
    actors: list[Mention] = attrs.field(factory=list)
    dates: list[Mention] = attrs.field(factory=list)
    places: list[Mention] = attrs.field(factory=list)
    counts: list[Mention] = attrs.field(factory=list)
    quantities: list[Mention] = attrs.field(factory=list)
    object: Evidence | None = None
    site: Evidence | None = None  # the named site within a city (factcmp.claims.sites)
    update: str | None = None  # how its counts moved, when told as a toll update (factcmp.claims.updates)
    near: list[Mention] = attrs.field(factory=list)  # places it is told near, not in («قرب تبريز»)

    def time(self) -> Mention | None:
        """The date nearest the trigger: when the claim says its event happened. A day counted as
        today is the day of the report or of a statement, and yields to a day of the event's own
        («شيّع الأهالي اليوم الخميس ضحايا الزلزال الذي ضرب مساء الثلاثاء»)."""
        told = [(d, str(d.value.to_dict().get("relative") or "")) for d in self.dates]
        # «في هذه الأيام», "in recent days": so many days, none of them said, date nothing over a date
        said = [(d, r) for d, r in told if _SOME not in r] or told
        own = [d for d, r in said if r != "today" and (r or day_of(d))]
        dates = (own or [d for d, _ in said]) if any(r == "today" for _, r in said) else [d for d, _ in said]
        return min(dates, key=lambda m: distance(m.span, self.trigger_span), default=None)

    def merge(self, later: Draft) -> None:
        """Take in what a later sentence adds about the same event, keeping what was said first."""
        self.dates = self.dates or later.dates
        self.object = self.object or later.object
        self.site = self.site or later.site
        self.update = self.update or later.update
        for mine, theirs in (
            (self.actors, later.actors),
            (self.places, later.places),
            (self.counts, later.counts),
            (self.quantities, later.quantities),
            (self.near, later.near),
        ):
            mine.extend(m for m in theirs if m not in mine)


@attrs.define
class Told:
    """A claim already read, that a later sentence may refer back to."""

    sentence_index: int
    draft: Draft
    sentence: Sentence
    position: int  # its index among the document's claims

    def take_in(self, later: Draft, sentence: Sentence, *, more_telling: bool) -> None:
        """Take in what a later sentence adds. When that sentence names the event more tellingly
        ("15 dead" in the headline, "the boat capsized" in the lead), the event is named, and
        evidenced, by it."""
        self.draft.merge(later)
        if more_telling:
            self.draft.trigger, self.draft.trigger_span = later.trigger, later.trigger_span
            self.sentence = sentence
