"""Event triggers: which words of a sentence tell an event, of which type and subtype.

Decides where a claim starts (every trigger of factcmp/lexicon/<lang>/event_triggers.tsv that
is not part of a name nor of a phrase that tells no event), whether it is told as background
("in response to a raid") or as an earlier event the report recalls (in the pluperfect, after
«پیش از این», dated by the month or the year), how rare each subtype is
(lexicon/common/event_subtypes.tsv), which subtypes are general enough for any other of their
type to make more precise, and so which two subtypes may tell one event.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, phrase_lexicon
from factcmp.lexicon import load_table
from factcmp.model import Span
from factcmp.text.phrases import PhraseMatch

# How many words a background marker ("after", "in response to") may stand before its trigger.
_BACKGROUND_REACH = 2
# How many words «since» may stand before the earlier event it names ("since the 2020 Beirut port blast").
_SINCE_REACH = 5
# Events rarer than this (event_subtypes.tsv) happen again and again between the same parties.
_ROUTINE_BELOW = 0.05
# A relative date over an unsaid number of past units («الأسابيع الماضية», "in recent years").
_PAST_SPAN = "last-some-"
# Types of what follows an event and is told beside it (a funeral): they never make it an earlier one.
_AFTERMATH = frozenset({"OTHER"})
# The type of a lexicon phrase that holds a trigger word but tells no event.
_NO_EVENT = "-"
# News dates its own event by the day («on Tuesday», «اليوم») and what it recalls by the month or
# the year («in 2020», «August 2012», «نيسان الماضي»): such a time tells an earlier event, unless it
# counts from now («this year», «العام المقبل»). A trade figure is dated by its period, as news of its own.
_EARLIER_GRAINS = frozenset({"month", "quarter", "year", "decade"})
_FROM_NOW = ("this", "next")
_FIGURES = frozenset({"ECONOMY"})


@cache
def subtype_rarity() -> dict[str, float]:
    """How rare each event subtype is (lexicon/common/event_subtypes.tsv): the rarer, the more it says."""
    return {row["subtype"]: float(row["rarity"]) for row in load_table("common", "event_subtypes")}


@cache
def general_subtypes() -> frozenset[str]:
    """Subtypes any other of their type may make more precise (attack: an air strike)."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["general"] == "yes")


def is_routine(subtypes: Iterable[str]) -> bool:
    """Whether an event told with these kinds happens again and again between the same parties
    (meetings, calls, strikes): told with other people taking part or in another city, it is
    another event. Its precise kind decides (a bombing told as an explosion is a bombing), else
    its rarest general one (a crash told as a deadly incident is a crash)."""
    kinds = frozenset(subtypes)
    specific = kinds - general_subtypes()
    rarity = subtype_rarity()
    if specific:
        return all(rarity.get(subtype, 0.0) < _ROUTINE_BELOW for subtype in specific)
    return max((rarity.get(subtype, 0.0) for subtype in kinds), default=0.0) < _ROUTINE_BELOW


@cache
def _subtype_nouns() -> dict[str, str]:
    return {row["subtype"]: row["noun"] for row in load_table("common", "event_subtypes")}


def subtype_noun(subtype: str) -> str:
    """The English noun of an event subtype (shootdown: shoot-down), for labels and reasons."""
    return _subtype_nouns().get(subtype, subtype)


@cache
def subtypes_over_several_places() -> frozenset[str]:
    """Subtypes that happen over several places (captives freed and flown between cities)."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["places"] == "several")


@cache
def subtypes_with_parties() -> frozenset[str]:
    """Subtypes whose named people and organizations are its parties (who met, who agreed)."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["parties"] == "yes")


@cache
def subtypes_with_a_doer() -> frozenset[str]:
    """Subtypes whose reports may name who did it and disagree on it (not an earthquake)."""
    return frozenset(
        row["subtype"] for row in load_table("common", "event_subtypes") if row["doer"] in ("yes", "named")
    )


@cache
def subtypes_whose_doer_is_named() -> frozenset[str]:
    """Subtypes whose reports name their doer as such (the country that intervened): for the others a
    named country or group may be whoever spoke, mediated or was hit."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["doer"] == "named")


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
        drafts.append(Draft(match, span, view.clause_of(span), told_as_cause(match, view)))
    if all(draft.background for draft in drafts if draft.trigger.entry.data["type"] not in _AFTERMATH):
        # a cause told with no event beside it, or only with what followed it (a funeral), is what the
        # sentence tells («life returns to the market after the deadly blast», «دو روز پس از انفجار …
        # مغازه‌داران …», «شيّعت طرابلس ضحايا الانفجار الذي دمّر العنبر مساء أمس»)
        for draft in drafts:
            draft.background = False
    for draft in drafts:
        draft.background = draft.background or _compared_with(draft, drafts, view)
    return drafts


def told_as_cause(match: PhraseMatch, view: SentenceView) -> bool:
    """Whether a trigger follows a word that makes it a cause or an earlier event ("in response to",
    "after", «إثر», «پس از»): it happened before the time of its sentence."""
    return any(0 <= match.first - marker.last <= _BACKGROUND_REACH for marker in view.markers_in("background"))


def _compared_with(draft: Draft, drafts: list[Draft], view: SentenceView) -> bool:
    """Whether a trigger names the earlier event that one of its kind before it is measured against:
    "the deadliest blast since the 2020 port explosion", «الأعنف منذ انفجار», «از زمان انفجار»."""
    kind = draft.trigger.entry.data["type"]
    return any(
        0 <= draft.trigger.first - since.last <= _SINCE_REACH
        and any(
            other.trigger.entry.data["type"] == kind
            and other.trigger.last < since.first
            and other.clause == draft.clause
            for other in drafts
        )
        for since in view.markers_in("since")
    )


def told_as_earlier(span: Span, view: SentenceView) -> bool:
    """Whether what stands at ``span`` is told as before the report's own time: after «پیش از این»,
    "previously" in its sentence, or in a clause in the pluperfect («وكان … قد أودى», «توقیف شده بود»)."""
    clause = view.clause_of(span)
    roles = [m.entry.data["role"] for m in view.markers if clause.contains(view.span_of(m))]
    if "pluperfect" in roles or ("past_aux" in roles and "past_particle" in roles[roles.index("past_aux") :]):
        return True
    return any(view.span_of(m).end <= span.start for m in view.markers_in("earlier"))


def mark_earlier(draft: Draft, view: SentenceView) -> None:
    """A draft that tells an earlier event the report recalls is background: dated by the month or
    the year, or told in a clause of an earlier time with no recent day of its own («وكان الانفجار
    قد وقع الخميس» recalls the story's own event; a known day is left to the aligner)."""
    time = draft.time()
    value = time.value.to_dict() if time is not None else {}
    draft.background = (
        draft.background
        or _dated_as_earlier(draft, value)
        or (told_as_earlier(draft.trigger_span, view) and _not_recent(value))
        or _told_as_a_habit(draft, value, view)
    )


def _told_as_a_habit(draft: Draft, time: dict[str, object], view: SentenceView) -> bool:
    """Whether a claim tells what happened again and again before the report, not one event: dated
    over the past so many weeks or years («الأسابيع الماضية», "in recent years"), or told with a
    word of repetition in its clause («بارها», «مراراً», repeatedly)."""
    if str(time.get("relative") or "").startswith(_PAST_SPAN):
        return True
    return any(draft.clause.contains(view.span_of(marker)) for marker in view.markers_in("habitual"))


def _dated_as_earlier(draft: Draft, time: dict[str, object]) -> bool:
    """Whether a claim's time is that of an earlier event: a month or a year, not counted from now, of
    an event that has happened (not a planned one, not a figure over a period)."""
    if draft.modality == "planned" or draft.trigger.entry.data["type"] in _FIGURES:
        return False
    return time.get("grain") in _EARLIER_GRAINS and not str(time.get("relative") or "").startswith(_FROM_NOW)


def _not_recent(time: dict[str, object]) -> bool:
    """Whether a claim's time leaves it older than the story: none at all, or a day named with its month
    («14 نيسان الماضي»), not a weekday or a day counted from the report («الثلاثاء», «دیروز»)."""
    if not time:
        return True
    if time.get("resolved"):
        return False
    return time.get("month") is not None or time.get("year") is not None
