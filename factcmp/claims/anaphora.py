"""One claim per event: triggers that tell an event already drafted or already told.

Decides when triggers of one clause tell one event («دیدار و گفتگو کردند»: merged under the
more telling subtype), which claim of an earlier sentence a trigger refers back to (a listed
anaphor, a demonstrative, a definite article, a trigger with nothing of its own, the headline
or the sentence before), and when two drafts of one kind conflict and so tell two events
(other people, places, days or tolls; «another strike»).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from factcmp.claims.drafts import Draft, Told, day_of
from factcmp.claims.triggers import compatible_subtypes, rarity_of
from factcmp.claims.views import SentenceView

# Claims of a casualty count told in a following sentence may be this many sentences back.
_ANAPHOR_REACH = 2


def last_told(told: list[Told], index: int, event_types: Collection[str]) -> Told | None:
    """The latest claim of one of ``event_types`` told in the few sentences before sentence ``index``."""
    for earlier in reversed(told):  # told in reading order: the search stops once it is too far back
        if index - earlier.sentence_index > _ANAPHOR_REACH:
            return None
        if earlier.sentence_index < index and earlier.draft.trigger.entry.data["type"] in event_types:
            return earlier
    return None


def _conflicting(a: Draft, b: Draft) -> bool:
    """Whether two drafts of one kind say things that make them two events: one planned and the
    other not (talks «we will hold» after a meeting told as held, or as never held), other people,
    other places, other days, other tolls."""
    if (a.modality == "planned") != (b.modality == "planned"):
        return True
    people_a, people_b = _named(a), _named(b)
    if people_a and people_b and not (people_a <= people_b or people_b <= people_a):
        return True  # «Putin met Netanyahu. Putin met Erdogan.»
    if _places_differ(a, b):
        return True
    days_a, days_b = _days(a), _days(b)
    if days_a and days_b and days_a.isdisjoint(days_b):
        return True
    tolls_a, tolls_b = _tolls(a), _tolls(b)
    return any(tolls_a[kind].isdisjoint(tolls_b[kind]) for kind in tolls_a.keys() & tolls_b.keys())


def _days(draft: Draft) -> set[tuple[Any, ...]]:
    """What a draft's dates say of their days (a clock time alone says nothing of it)."""
    return {day for day in map(day_of, draft.dates) if day is not None}


def _named(draft: Draft) -> set[str]:
    return {str(m.value.to_dict().get("key")) for m in draft.actors if m.kind in ("person", "org")}


def _tolls(draft: Draft) -> dict[Any, set[Any]]:
    """The values each kind of count takes («kills two soldiers» and «killed two, wounded two» agree)."""
    tolls: dict[Any, set[Any]] = {}
    for count in draft.counts:
        value = count.value.to_dict()
        tolls.setdefault(value.get("count_type"), set()).add(value.get("value"))
    return tolls


def one_per_event(drafts: list[Draft]) -> list[Draft]:
    """«دیدار و گفتگو کردند», «اتفاق لوقف إطلاق النار»: triggers of one type and subtype (or a general
    one) in one clause tell one event, under the more telling subtype; not when each has its own
    count or place («a strike on X killed 3 and a strike on Y killed 5»)."""
    kept: list[Draft] = []
    for draft in drafts:
        partner = next((earlier for earlier in kept if _same_event(earlier, draft)), None)
        if partner is None:
            kept.append(draft)
            continue
        if rarity_of(draft) > rarity_of(partner):
            draft.merge(partner)
            kept[kept.index(partner)] = draft
        else:
            partner.merge(draft)
    return kept


def _same_event(a: Draft, b: Draft) -> bool:
    if a.trigger.entry.data["type"] != b.trigger.entry.data["type"] or a.clause != b.clause:
        return False
    if not compatible_subtypes(a, b):
        return False  # «a phone call about their meeting»: two events
    if (a.background, a.modality) != (b.background, b.modality) or (a.counts and b.counts):
        return False
    return not _places_differ(a, b)


def _places_differ(a: Draft, b: Draft) -> bool:
    return bool(a.places and b.places) and {p.text for p in a.places}.isdisjoint(p.text for p in b.places)


def _roles_around(draft: Draft, view: SentenceView) -> set[str]:
    """The roles of the markers on the trigger, of the demonstrative, article or «another» just before
    it, and of «another» just after it («غارة أخرى», «حمله دیگری»)."""
    trigger = draft.trigger_span
    roles = set()
    for marker in view.markers:
        span, role = view.span_of(marker), marker.entry.data["role"]
        before = 0 <= trigger.start - span.end <= 1
        after = 0 <= span.start - trigger.end <= 1
        if (
            span.overlaps(trigger)
            or (before and role in ("demonstrative", "definite", "another"))
            or (after and role == "another")
        ):
            roles.add(role)
    return roles


def antecedent(draft: Draft, view: SentenceView, index: int, told: list[Told]) -> Told | None:
    """The claim of an earlier sentence that a trigger refers back to: a listed one ("الحادث",
    "the attack"), one after a demonstrative ("این دیدار", "هذا الاجتماع"), one of
    the same kind that names no one, nowhere and no time of its own ("واستمرت المحادثات ست
    ساعات"), or one of the same kind that the headline or the sentence before told, or that a
    definite article points to ("the strike"), and that says nothing against it; never when
    the text says it is another ("another strike")."""
    roles = _roles_around(draft, view)
    if "another" in roles:
        return None
    earlier = last_told(told, index, (draft.trigger.entry.data["type"],))
    if earlier is None or {"anaphor", "demonstrative"} & roles:
        return earlier
    if not compatible_subtypes(earlier.draft, draft):
        return None
    if not (draft.actors or draft.places or draft.dates):
        return earlier  # nothing of its own: more about the one told
    # a headline and the lead, two sentences running, or «the strike» a little later, telling
    # one event in terms that do not contradict each other
    close = earlier.sentence_index == 0 or index - earlier.sentence_index == 1 or "definite" in roles
    return earlier if close and not _conflicting(earlier.draft, draft) else None
