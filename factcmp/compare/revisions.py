"""Revisions: a toll told with different values by reports published at different times.

A death toll rises through the day as bodies are found («ارتفعت الحصيلة إلى», «به ... افزایش
یافت», "rose to"), and is sometimes revised down. Reports hours apart then give different
figures that are all true when they were written: a ``revision``, listing every value in the
order the reports were published, not a contradiction.

What no update explains stays a contradiction: two figures published at the same time (within
the hour: the ministry's 43 and the civil defence's 46 that morning), a lower figure later with
no word of revision (the claim's ``update``, factcmp.claims), or a count that does not change
with time (the crew aboard a plane).
Reports whose publication time is unknown cannot be placed on the timeline by time: their figure
is compared with every figure of it; one that fits none is a step of the revision when it, or a
step, is told as a toll that moved («ارتفعت الحصيلة إلى 27», "lowered to 35", «تاکنون»), placed by
its figure, and a contradiction when nothing tells of a toll that moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from factcmp.compare.statements import Statement, relation
from factcmp.model import Published
from factcmp.relations import Relation, amount_interval

# What happened to people does not grow back: tolls of these kinds rise as they are counted.
RISING_COUNTS = frozenset({"KILL", "WOUND", "MISSING", "ARREST", "KIDNAP", "DISPLACE", "AFFECT"})
# Figures published closer together than this are said at the same time.
SAME_TIME = dt.timedelta(hours=1)


@attrs.frozen
class Timeline:
    """How the figures of one count evolved: the steps in publication order (a revision when
    there are two or more distinct figures), and the pairs that contradict each other."""

    steps: tuple[Statement, ...]
    contradictions: tuple[tuple[Statement, Statement], ...]

    @property
    def revised(self) -> bool:
        return len({figure_of(s) for s in self.steps}) > 1


def figure_of(statement: Statement) -> tuple[float, float]:
    """The values a figure admits: what two statements of one count are compared by."""
    return amount_interval(statement.evidence.value)


def _moment(published: Published | None) -> tuple[dt.datetime, bool] | None:
    """When a report came out, and whether its time of day is known."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        moment = published if published.tzinfo else published.replace(tzinfo=dt.timezone.utc)
        return moment, True
    return dt.datetime.combine(published, dt.time(), tzinfo=dt.timezone.utc), False


def _same_time(a: tuple[dt.datetime, bool], b: tuple[dt.datetime, bool]) -> bool:
    """Published together: within the hour, or on one day when either time of day is unknown (the
    order of two reports of one day is then unknown: neither can be said to revise the other)."""
    if a[1] and b[1]:
        return abs(a[0] - b[0]) < SAME_TIME
    return a[0].date() == b[0].date()


def _explained(earlier: Statement, later: Statement) -> bool:
    """Whether a later figure that contradicts an earlier one is how a toll moves: upwards, or the
    way its report says it was revised («ارتفعت الحصيلة», "revised down to")."""
    if later.claim.update in ("down", "revised"):
        return True
    count_type = str(later.evidence.value.get("count_type"))
    return count_type in RISING_COUNTS and figure_of(later)[0] > figure_of(earlier)[1]


def timeline(statements: Sequence[Statement], published: Mapping[str, Published | None]) -> Timeline | None:
    """The figures of one toll across reports, placed by publication time; None when there is no
    timeline to speak of (a count that does not change with time, or fewer than two dated reports)."""
    if str(statements[0].evidence.value.get("count_type")) not in RISING_COUNTS:
        return None
    placed = [(moment, s) for s in statements if (moment := _moment(published.get(s.evidence.doc)))]
    if len(placed) < 2 and not any(_told_as_moving(s) for s in statements):
        return None
    placed.sort(key=lambda item: (item[0][0], item[1].evidence.doc))
    steps: list[Statement] = []
    contradictions: list[tuple[Statement, Statement]] = []
    current: tuple[tuple[dt.datetime, bool], Statement] | None = None
    for moment, statement in placed:
        conflict = current is not None and relation(current[1], statement) is Relation.CONFLICT
        if (
            current is not None
            and conflict
            and (_same_time(current[0], moment) or not _explained(current[1], statement))
        ):
            contradictions.append((current[1], statement))
            continue
        steps.append(statement)
        current = (moment, statement)
    figures = list({figure_of(step): step for step in steps}.values())
    undated = [s for s in statements if _moment(published.get(s.evidence.doc)) is None]
    moving = any(_told_as_moving(s) for s in statements)
    for statement in undated:
        conflicts = [relation(figure, statement) is Relation.CONFLICT for figure in figures]
        if moving and any(relation(other, statement) is Relation.CONFLICT for other in statements):
            _place_by_figure(steps, statement)  # a toll told as moving: a step, wherever it fits
        elif not steps:
            steps.append(statement)
        elif all(conflicts) and _first_figure(statement, steps[0]):
            steps.insert(0, statement)
        elif all(conflicts):
            contradictions.append((steps[-1], statement))
    if len({figure_of(step) for step in steps}) < 2 and not contradictions:
        return None  # nothing moved: the figures are compared as any values are
    return Timeline(tuple(steps), tuple(contradictions))


def _told_as_moving(statement: Statement) -> bool:
    """Whether a figure is told as a toll that moved or may still move («ارتفعت الحصيلة إلى 27»,
    "lowered to 35", «تاکنون»)."""
    return statement.claim.update is not None


def _place_by_figure(steps: list[Statement], statement: Statement) -> None:
    """An undated figure of a toll told as moving, in the place its figure gives it: before the
    first higher figure (tolls rise as they are counted), last when told as revised down."""
    if statement.claim.update != "down":
        # by the lower ends: "more than 1,000" comes before "more than 9,000", though neither has a top
        for index, step in enumerate(steps):
            if figure_of(step)[0] > figure_of(statement)[0]:
                steps.insert(index, statement)
                return
    steps.append(statement)


def _first_figure(statement: Statement, first: Statement) -> bool:
    """Whether an undated figure told as provisional («حصيلة أولية», «تاکنون», "so far") is lower
    than the first dated one: a first count that later ones raised, not a rival one."""
    return statement.claim.update == "provisional" and figure_of(statement)[1] < figure_of(first)[0]
