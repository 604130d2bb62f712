"""Toll updates: casualty counts told as a running total that changed.

Decides which way a sentence says a toll moved («ارتفعت الحصيلة إلى 43», «به ۴۳ نفر رسید»: up;
"revised down to 41", «کاهش یافت»: down; «بلغت الحصيلة», "the toll stands at": revised, no way
said; «حصيلة أولية», «تاکنون», "so far": provisional, a first figure): the update marker
(factcmp/lexicon/<lang>/claim_markers.tsv, roles rise, fall, restate, provisional) nearest a
casualty count in its clause. A later toll that differs from an earlier one is then a
revision, not a contradiction; and a day told in such a clause is the update's, not the event's.
"""

from __future__ import annotations

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, distance, phrase_lexicon
from factcmp.model import Mention, Span
from factcmp.text.phrases import PhraseMatch

# A toll told as a first count («حصيلة أولية», "so far"): no change, and no statement of its own.
PROVISIONAL = "provisional"
_DIRECTION_OF_ROLE = {"rise": "up", "fall": "down", "restate": "revised", "provisional": PROVISIONAL}
# The roles that tell a toll moved, or was restated (a first count did not).
_MOVES = frozenset({"rise", "fall", "restate"})
# How many words «since» may stand before the «until now» that closes its span («از آن تاریخ تاکنون»,
# «منذ ذلك الحين وحتى الآن»).
_SINCE_REACH = 3
# What counts a toll update moves: its dead, wounded and missing.
_TOLL_COUNTS = frozenset({"KILL", "WOUND", "MISSING"})


def update_of(count: Mention, view: SentenceView) -> str | None:
    """How a sentence says a casualty count moved (up, down, revised), or None when it tells no update."""
    if count.kind != "count" or count.value.to_dict().get("count_type") not in _TOLL_COUNTS:
        return None
    clause = view.clause_of(count.span)
    near = [
        (distance(view.span_of(marker), count.span), _DIRECTION_OF_ROLE[marker.entry.data["role"]])
        for marker in view.markers
        if marker.entry.data["role"] in _DIRECTION_OF_ROLE
        and clause.contains(view.span_of(marker))
        and not _closes_a_span_since(marker, count, view)
    ]
    return min(near)[1] if near else None


def _closes_a_span_since(marker: PhraseMatch, count: Mention, view: SentenceView) -> bool:
    """Whether an «until now» after a count closes a span of time opened by «since» («کشته شدن ۱۵
    نظامی ... و از آن تاریخ تاکنون دیدار نکرده‌اند»): it tells how long something else has lasted,
    not that the count is a first one («از آغاز جنگ تاکنون ۵۰۰ نفر», a toll so far, keeps it)."""
    return marker.entry.data["role"] == "provisional" and any(
        0 <= marker.first - since.last <= _SINCE_REACH and count.span.end <= view.span_of(since).start
        for since in view.markers_in("since")
    )


def set_update(draft: Draft, view: SentenceView) -> None:
    """A draft whose casualty counts in this sentence are told as an update carries its direction."""
    draft.update = next((way for way in (update_of(c, view) for c in draft.counts) if way), None)


def _updates_a_toll(clause: Span, view: SentenceView) -> bool:
    """Whether a clause tells a toll update: a casualty count told as one, or an update marker with a
    toll phrase of the count lexicon ("as officials raised the toll on Saturday")."""
    if any(clause.contains(m.span) and update_of(m, view) not in (None, PROVISIONAL) for m in view.mentions):
        return True
    if not any(m.entry.data["role"] in _MOVES and clause.contains(view.span_of(m)) for m in view.markers):
        return False
    phrases = phrase_lexicon(view.sentence.lang, "count_predicates", "phrase").find_all(view.words)
    return any(p.entry.data["role"] == "toll" and clause.contains(view.span_of(p)) for p in phrases)


def in_an_update(date: Mention, trigger: Span, view: SentenceView) -> bool:
    """Whether a date stands in a clause that updates a toll, or in the clause that follows one and
    tells how it grew («ارتفعت الحصيلة إلى 38 قتيلاً، بعد انتشال 11 جثة صباح اليوم الاثنين»), and
    so dates the update («ارتفعت الحصيلة اليوم إلى 43», "the toll rose to 26 on Thursday"), unless
    it names the event's own day in a possessive just before its trigger ("Tuesday's quake")."""
    at = view.clause_index(date.span)
    own = view.clauses[at] if at < len(view.clauses) else view.clause_of(date.span)
    after_an_update = at > 0 and not own.contains(trigger) and _updates_a_toll(view.clauses[at - 1], view)
    if not (_updates_a_toll(own, view) or after_an_update):
        return False
    between = view.document.analysis.text[date.span.end : trigger.start].split()
    return not (date.span.end <= trigger.start and len(between) == 1 and between[0].endswith(("'s", "’s")))


def restates(earlier: Draft, later: Draft) -> bool:
    """Whether a later toll update repeats an earlier one (a headline and its lead): both updates, of
    the same tolls."""

    def tolls(draft: Draft) -> set[tuple[object, object]]:
        return {(c.value.to_dict().get("count_type"), c.value.to_dict().get("value")) for c in draft.counts}

    return earlier.update is not None and tolls(earlier) == tolls(later)
