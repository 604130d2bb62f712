"""Event triggers: which words of a sentence tell an event, of which type and subtype.

Decides where a claim starts (every trigger of factcmp/lexicon/<lang>/event_triggers.tsv that
is not part of a name nor of a phrase that tells no event), whether it is told as background
("in response to a raid"), how rare each subtype is (lexicon/common/event_subtypes.tsv), which
subtypes are general enough for any other of their type to make more precise, and so which two
subtypes may tell one event.
"""

from __future__ import annotations

from functools import cache

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, phrase_lexicon
from factcmp.lexicon import load_table
from factcmp.text.phrases import PhraseMatch

# How many words a background marker ("after", "in response to") may stand before its trigger.
_BACKGROUND_REACH = 2
# The type of a lexicon phrase that holds a trigger word but tells no event.
_NO_EVENT = "-"


@cache
def subtype_rarity() -> dict[str, float]:
    """How rare each event subtype is (lexicon/common/event_subtypes.tsv): the rarer, the more it says."""
    return {row["subtype"]: float(row["rarity"]) for row in load_table("common", "event_subtypes")}


@cache
def general_subtypes() -> frozenset[str]:
    """Subtypes any other of their type may make more precise (attack: an air strike)."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["general"] == "yes")


def compatible_subtypes(a: Draft, b: Draft) -> bool:
    subtypes = {a.trigger.entry.data["subtype"], b.trigger.entry.data["subtype"]}
    return len(subtypes) == 1 or bool(subtypes & general_subtypes())


def rarity_of(draft: Draft) -> tuple[bool, float]:
    """How much a draft's subtype says: a specific one more than a general one (a bombing says more
    than the explosion it caused, rare as explosions are), then the rarer the more."""
    subtype = draft.trigger.entry.data["subtype"]
    return subtype not in general_subtypes(), subtype_rarity().get(subtype, 0.0)


def _in_a_name(match: PhraseMatch, view: SentenceView) -> bool:
    """Whether the first or last word of a trigger is part of a name (a gap between them may hold
    one: «بالگرد امدادی در ارتفاعات البرز سقوط کرد»)."""
    ends = [
        view.document.analysis.original_span(w.start, w.end) for w in (view.words[match.first], view.words[match.last])
    ]
    return any(
        m.kind in ("place", "person", "org") and any(m.span.overlaps(end) for end in ends) for m in view.mentions
    )


def find_drafts(view: SentenceView) -> list[Draft]:
    """A draft for every trigger of the sentence."""
    drafts = []
    for match in phrase_lexicon(view.sentence.lang, "event_triggers", "trigger").find_all(view.words):
        if match.entry.data["type"] == _NO_EVENT:
            continue  # «الانفجار السكاني», "political earthquake": a trigger word in a phrase that tells none
        span = view.span_of(match)
        if _in_a_name(match, view):
            continue  # a name that contains a trigger word (a place called "Summit") is not an event
        background = any(
            0 <= match.first - marker.last <= _BACKGROUND_REACH for marker in view.markers_in("background")
        )
        drafts.append(Draft(match, span, view.clause_of(span), background))
    return drafts
