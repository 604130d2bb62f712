"""Event triggers: which words of a sentence tell an event, of which type and subtype.

Decides where a claim starts (every trigger of factcmp/lexicon/<lang>/event_triggers.tsv that
is not part of a name), whether it is told as background ("in response to a raid"), how rare
each subtype is (lexicon/common/event_subtypes.tsv), which subtypes are general enough for any
other of their type to make more precise, and so which two subtypes may tell one event.
"""

from __future__ import annotations

from functools import cache

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, phrase_lexicon
from factcmp.lexicon import load_table

# How many words a background marker ("after", "in response to") may stand before its trigger.
_BACKGROUND_REACH = 2


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


def rarity_of(draft: Draft) -> tuple[float, bool]:
    """How much a draft's subtype says: the rarer the more; a specific one more than a general one."""
    subtype = draft.trigger.entry.data["subtype"]
    return subtype_rarity().get(subtype, 0.0), subtype not in general_subtypes()


def find_drafts(view: SentenceView) -> list[Draft]:
    """A draft for every trigger of the sentence."""
    drafts = []
    for match in phrase_lexicon(view.sentence.lang, "event_triggers", "trigger").find_all(view.words):
        span = view.span_of(match)
        if any(m.span.overlaps(span) and m.kind in ("place", "person", "org") for m in view.mentions):
            continue  # a name that contains a trigger word (a place called "Summit") is not an event
        background = any(
            0 <= match.first - marker.last <= _BACKGROUND_REACH for marker in view.markers_in("background")
        )
        drafts.append(Draft(match, span, view.clause_of(span), background))
    return drafts
