"""Modality and source: how a claim is told, and who says so.

Decides from the markers before a trigger in its clause whether the event is denied, negated,
planned (a future marker, the Arabic future prefix سـ on the verb, or a time still to come),
reported or asserted;
which reporting words tell the event (one in its clause, or one in a clause that only reports);
and which person or organization near them is the source.
"""

from __future__ import annotations

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, distance
from factcmp.model import Mention
from factcmp.text.phrases import PhraseMatch

# How many words before a trigger its modality markers may stand.
_MODALITY_WINDOW = 6
# A source named further than this from its reporting word is not taken to be the one who says so.
_SOURCE_REACH_CHARS = 40
# Times counted forward from the report (factcmp.kinds.dates.values): what they date is still to come.
_COMING = ("next", "tomorrow", "day-after-tomorrow")
# Marker roles that set a modality of their own, strongest first.
_MODALITY_OF_ROLE = (("denial", "denied"), ("negation", "negated"), ("future", "planned"))


def set_modality(draft: Draft, view: SentenceView, drafts: list[Draft]) -> None:
    before = [
        m
        for m in view.markers
        if 0 <= draft.trigger.first - m.last <= _MODALITY_WINDOW and draft.clause.contains(view.span_of(m))
    ]
    roles = {m.entry.data["role"] for m in before}
    if "س" in draft.trigger.proclitic:  # Arabic future prefix on the verb itself: سيلتقي
        roles.add("future")
    for role, modality in _MODALITY_OF_ROLE:
        if role in roles:
            draft.modality = modality
            return
    reported = [marker for marker in view.markers_in("reported") if _reports(marker, draft, drafts, view)]
    if reported:
        draft.modality = "reported"
        draft.source = _source(reported, view)


def set_modality_by_time(draft: Draft) -> None:
    """An event dated ahead of its report («الشهر المقبل», «ماه آینده», next month, tomorrow) is
    planned, whatever words tell it ("the next summit will be held in Ankara next month")."""
    time = draft.time()
    relative = str(time.value.to_dict().get("relative") or "") if time is not None else ""
    if draft.modality in ("asserted", "reported") and relative.startswith(_COMING):
        draft.modality = "planned"


def _reports(marker: PhraseMatch, draft: Draft, drafts: list[Draft], view: SentenceView) -> bool:
    """Whether a reporting word tells this event: one in the event's clause does, and so does a
    clause that only reports («…, officials said», «بحسب سانا، …»); one with an event of its own
    tells that one («التقى … في موسكو، وأعلن الجانبان عن اتفاق»: the meeting is not reported)."""
    span = view.span_of(marker)
    if draft.clause.contains(span):
        return True
    own_clause = view.clause_of(span)
    return not any(own_clause.contains(other.trigger_span) for other in drafts)


def _source(markers: list[PhraseMatch], view: SentenceView) -> Mention | None:
    """The person or organization nearest a reporting word ("بحسب البيان", "X said")."""
    sources = [m for m in view.mentions if m.kind in ("person", "org")]
    best: tuple[int, Mention] | None = None
    for marker in markers:
        span = view.span_of(marker)
        for mention in sources:
            gap = distance(span, mention.span)
            if gap <= _SOURCE_REACH_CHARS and (best is None or gap < best[0]):
                best = (gap, mention)
    return best[1] if best else None
