"""Objects: what an assault hit, what a seizure took.

Decides which noun of factcmp/lexicon/<lang>/event_objects.tsv near an assault's trigger is its
object (one after a target word first, then after the trigger, then before it; what usually
attacks, drones or jets, only for a shoot-down or when nothing else is near), and how it is
described: its class, noun, the descriptors next to it and the country a demonym gives it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, phrase_lexicon, word_set
from factcmp.model import Evidence
from factcmp.text.phrases import PhraseMatch

# How many words after a trigger its object noun may stand, and its descriptors after (or before) the noun.
_OBJECT_WINDOW = 6
_DESCRIPTOR_WINDOW = 3
# Events that befall a thing: what an assault hits, the ship a seizure takes.
_TYPES_WITH_OBJECTS = frozenset({"ASSAULT", "COERCE"})
# Events that take their object: a noun after a locative («في ميناء الصليف», in the port) is where
# the ship was held, never what was taken (an assault may hit what it happened in).
_TYPES_THAT_TAKE = frozenset({"COERCE"})


def set_object(draft: Draft, view: SentenceView) -> None:
    """The thing an assault hit: a noun after a target word (على, on, به) if any, else the nearest after
    the trigger, else the nearest before it (Persian puts the object before the verb)."""
    if draft.trigger.entry.data["type"] not in _TYPES_WITH_OBJECTS:
        return
    nouns = phrase_lexicon(view.sentence.lang, "event_objects", "word")
    low = max(0, draft.trigger.first - _OBJECT_WINDOW)
    high = min(len(view.words), draft.trigger.last + 1 + _OBJECT_WINDOW)
    targets = {marker.last + 1 for marker in view.markers_in("target")}
    if draft.trigger.entry.data["type"] in _TYPES_THAT_TAKE:
        # the noun right after the locative, or after an article (in the port)
        locations = {marker.last + step for marker in view.markers_in("locative") for step in (1, 2)}
    else:
        locations = set()
    candidates = []
    for index in range(low, high):
        if draft.trigger.first <= index <= draft.trigger.last or index in locations:
            continue
        hit = nouns.match_at(view.words, index)
        if hit is None or _names_a_kind_of_place(hit, view):
            continue
        after = index > draft.trigger.last
        targeted = bool(targets & {index, index - 1})  # "على منشأة", "به یک کاروان"
        # What usually attacks (drones, jets) is the object only of a shoot-down or when nothing else is near.
        attacker = hit.entry.data["instrument"] == "yes" and draft.trigger.entry.data["subtype"] != "shootdown"
        candidates.append((not targeted, attacker, not after, abs(index - draft.trigger.first), hit))
    if candidates:
        best = min(candidates, key=lambda c: c[:4])[4]
        draft.object = _describe_object(best, view)


def _names_a_kind_of_place(noun: PhraseMatch, view: SentenceView) -> bool:
    """ "off the port city of Tobruk", "the border town of": a noun before a place word says what
    kind of place the town is, not what the event befell."""
    following = noun.last + 1
    return following < len(view.words) and view.words[following].key in _place_cue_heads(view.sentence.lang)


@cache
def _place_cue_heads(lang: str) -> frozenset[str]:
    """The first words of a language's place cues (city of, town of): a place word starts with one."""
    return frozenset(cue.split()[0] for cue in word_set(lang, "place_cues"))


def _describe_object(noun: PhraseMatch, view: SentenceView) -> Evidence:
    """The object's class and noun, with the descriptors next to it (after it, before it in English)."""
    descriptors = phrase_lexicon(view.sentence.lang, "object_descriptors", "word")
    value: dict[str, Any] = {"class": noun.entry.data["class"], "noun": noun.entry.data["label"]}
    if view.sentence.lang == "en":
        near = range(max(0, noun.first - _DESCRIPTOR_WINDOW), noun.first)
    else:
        near = range(noun.last + 1, min(len(view.words), noun.last + 1 + _DESCRIPTOR_WINDOW))
    start, end = noun.start, noun.end
    for index in near:
        hit = descriptors.match_at(view.words, index)
        if hit is not None:
            value[hit.entry.data["attribute"]] = hit.entry.data["value"]
            start, end = min(start, hit.start), max(end, hit.end)
    document = view.document
    if near:
        near_span = document.analysis.original_span(view.words[near.start].start, view.words[near.stop - 1].end)
        country = next((c for span, c in document.demonyms if near_span.contains(span)), None)
        if country is not None:
            value["affiliation"] = country
    value["label"] = " ".join(str(value[k]) for k in ("military", "role", "noun") if value.get(k))
    span = document.analysis.original_span(start, end)
    return Evidence(
        doc=document.doc, kind="object", span=span, text=document.analysis.text[span.start : span.end], value=value
    )
