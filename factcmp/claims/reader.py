"""The claim reader: sentence by sentence, the steps that turn triggers and mentions into claims.

Decides the order of those steps (triggers, modality and object, slots, one claim per event,
toll updates, orphan counts, earlier events, antecedents) and how a finished draft becomes a
``Claim``: its evidence, its time (the date nearest the trigger), the countries its clause names
by demonym, and the country a person named in full once keeps when named again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcmp.analysis import TextAnalysis
from factcmp.claims.anaphora import antecedent, one_per_event
from factcmp.claims.drafts import Draft, Told
from factcmp.claims.modality import set_modality, set_modality_by_time
from factcmp.claims.model import Claim
from factcmp.claims.objects import set_object
from factcmp.claims.sites import set_sites
from factcmp.claims.slots import (
    assign,
    date_its_relative_clause_gives,
    date_the_when_clause,
    drop_places_of_what_came_after,
    place_orphan_counts,
    share_places_told_between,
)
from factcmp.claims.triggers import find_drafts, mark_earlier, rarity_of
from factcmp.claims.updates import PROVISIONAL, restates, set_update
from factcmp.claims.views import DocumentView
from factcmp.model import Evidence, Mention
from factcmp.text.segment import Sentence


class _ClaimReader:
    """Reads the claims of one analysed document."""

    def __init__(self, analysis: TextAnalysis, mentions: Sequence[Mention]) -> None:
        self.document = DocumentView(analysis, mentions)
        self.doc = self.document.doc
        # A person named in full once ("الرئيس الروسي فلاديمير بوتين") keeps that country when named again.
        self.entity_country = {
            str(m.value.to_dict()["key"]): str(m.value.to_dict()["country"])
            for m in self.document.mentions
            if m.kind in ("person", "org") and m.value.to_dict().get("country")
        }
        self._values: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}

    def read(self) -> list[Claim]:
        claims: list[Claim] = []
        told: list[Told] = []
        for index, sentence in enumerate(self.document.analysis.sentences):
            view = self.document.sentence(sentence)
            drafts = find_drafts(view)
            for draft in drafts:
                set_modality(draft, view, drafts)
                set_object(draft, view)
            set_sites(drafts, view)
            orphans = assign(view, drafts)
            date_the_when_clause(drafts, view)
            for draft in drafts:
                date_its_relative_clause_gives(draft, view)
                set_modality_by_time(draft)
            for draft in drafts:
                mark_earlier(draft, view)
                drop_places_of_what_came_after(draft)
            share_places_told_between(drafts, view)
            drafts = one_per_event(drafts)
            for draft in drafts:
                set_update(draft, view)
            own_claims, grown = place_orphan_counts(orphans, view, index, told, drafts)
            for grown_claim in grown:
                self._refreeze(claims, grown_claim)
            for draft in own_claims:
                mark_earlier(draft, view)
            for draft in drafts + own_claims:
                # an earlier event is another event, and a toll update a statement of its own unless it
                # repeats the one told before (a headline and its lead): neither is more about that claim
                earlier = None if draft.background else antecedent(draft, view, index, told)
                if (
                    earlier is not None
                    and draft.update not in (None, PROVISIONAL)
                    and not restates(earlier.draft, draft)
                ):
                    earlier = None
                if earlier is not None:  # "this attack took place on Tuesday": more about the one told
                    earlier.take_in(draft, sentence, more_telling=rarity_of(draft) > rarity_of(earlier.draft))
                    self._refreeze(claims, earlier)
                    continue
                claims.append(self._freeze(draft, sentence, len(claims)))
                if not draft.background:
                    told.append(Told(index, draft, sentence, len(claims) - 1))
        return claims

    def _refreeze(self, claims: list[Claim], told: Told) -> None:
        claims[told.position] = self._freeze(told.draft, told.sentence, told.position)

    def _shared(self, value: dict[str, Any]) -> dict[str, Any]:
        """One dict for equal values in one document: its claims name the same kind of event, the
        same places and the same people again and again, and a corpus's claims are kept together
        (evidence is frozen: its value is never changed)."""
        try:
            return self._values.setdefault(tuple(value.items()), value)
        except TypeError:  # a value that holds a list
            return value

    def _of(self, mention: Mention, value: dict[str, Any] | None = None) -> Evidence:
        """The evidence of a mention, with its value or the one given."""
        shared = self._shared(mention.value.to_dict() if value is None else value)
        return Evidence(doc=self.doc, kind=mention.kind, span=mention.span, text=mention.text, value=shared)

    def _evidence(self, mention: Mention) -> Evidence:
        value = mention.value.to_dict()
        if mention.kind in ("person", "org") and not value.get("country"):
            country = self.entity_country.get(str(value.get("key")))
            if country:
                value = {**value, "country": country}
        return self._of(mention, value)

    def _place_evidence(self, mention: Mention, *, near: bool) -> Evidence:
        """A place of the event, marked ``near`` when told as around it, not in it («قرب تبريز»)."""
        return self._of(mention, {**mention.value.to_dict(), "near": True}) if near else self._evidence(mention)

    def _freeze(self, draft: Draft, sentence: Sentence, number: int) -> Claim:
        def evidence(items: Sequence[Mention]) -> tuple[Evidence, ...]:
            return tuple(self._evidence(m) for m in items)

        data = draft.trigger.entry.data
        affiliations = tuple(dict.fromkeys(c for span, c in self.document.demonyms if draft.clause.contains(span)))
        time = draft.time()
        trigger_text = self.document.analysis.text[draft.trigger_span.start : draft.trigger_span.end]
        return Claim(
            id=f"{self.doc}#{number}",
            doc=self.doc,
            lang=sentence.lang,
            event_type=data["type"],
            subtype=data["subtype"],
            trigger=Evidence(
                doc=self.doc,
                kind="trigger",
                span=draft.trigger_span,
                text=trigger_text,
                value=self._shared({"type": data["type"], "subtype": data["subtype"]}),
            ),
            sentence=sentence.span,
            modality=draft.modality,
            source=self._of(draft.source) if draft.source else None,
            actors=evidence(draft.actors),
            time=self._of(time) if time else None,
            places=tuple(self._place_evidence(m, near=m in draft.near) for m in draft.places),
            counts=evidence(draft.counts),
            quantities=evidence(draft.quantities),
            object=draft.object,
            site=draft.site,
            affiliations=affiliations,
            background=draft.background,
            update=draft.update,
        )


def read_claims(analysis: TextAnalysis, mentions: Sequence[Mention]) -> list[Claim]:
    """The event claims of one analysed document, given its mentions."""
    return _ClaimReader(analysis, mentions).read()
