"""A small inline SVG timeline: one row per event whose date is known, with the sources that tell it."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from factcmp.report.common import event_interval, shorten, time_of

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison, Event, Finding

_WIDTH = 1000
_LABEL_WIDTH = 330  # room for the event's name, left of the axis
_AXIS_START, _AXIS_END = _LABEL_WIDTH + 10, _WIDTH - 50
_ROW = 22
_TOP = 26  # room for the tick labels above the first row
_CHIP = 20  # width of one source chip
_TICKS = 5


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _tick_label(day: dt.date, span_days: int) -> str:
    if span_days > 2 * 366:
        return str(day.year)
    if span_days > 62:
        return day.strftime("%b %Y")
    return day.strftime("%d %b %Y")


class _Scale:
    def __init__(self, first: dt.date, last: dt.date) -> None:
        pad = max((last - first).days // 20, 1)
        self.first = _clamped(first, -pad)
        self.last = _clamped(last, pad)
        self.days = max((self.last - self.first).days, 1)

    def x(self, day: dt.date) -> float:
        return _AXIS_START + (day - self.first).days / self.days * (_AXIS_END - _AXIS_START)

    def ticks(self) -> list[dt.date]:
        """Round dates inside the axis: new years, first days of months, or days, about five of them."""
        last = self.last
        if self.days > 2 * 366:
            step = max(1, -(-(last.year - self.first.year) // _TICKS))
            years = range(self.first.year + 1, last.year + 1, step)
            return [dt.date(year, 1, 1) for year in years]
        if self.days > 62:
            months = (last.year - self.first.year) * 12 + last.month - self.first.month
            step = max(1, -(-months // _TICKS))
            firsts = [_add_months(self.first.replace(day=1), n) for n in range(1, months + 1, step)]
            return [day for day in firsts if day <= last]
        step = max(1, -(-self.days // _TICKS))
        return [self.first + dt.timedelta(days=n) for n in range(1, (last - self.first).days, step)]


def _clamped(day: dt.date, days: int) -> dt.date:
    """The day ``days`` away, held within the years 1 to 9999 that dates can be counted in."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, 1), dt.date.max.toordinal()))


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, 1)


def _row(
    index: int,
    event: Event,
    interval: tuple[dt.date, dt.date],
    scale: _Scale,
    tags: dict[str, str],
    classes: dict[str, str],
) -> str:
    y = _TOP + index * _ROW + _ROW / 2
    start, end = scale.x(interval[0]), scale.x(interval[1])
    told = ", ".join(tags.get(doc, doc) for doc in event.docs)
    parts = [
        f'<g class="tl-event" data-event="{_e(event.id)}"><title>{_e(event.label)} — {_e(time_of(event))} — '
        f"told by {_e(told)}</title>",
        f'<text class="tl-label" x="0" y="{y:.1f}" dominant-baseline="central">{_e(shorten(event.label, 48))}</text>',
    ]
    if (interval[1] - interval[0]).days > 1:
        parts.append(
            f'<rect class="tl-bar" x="{start:.1f}" y="{y - 3:.1f}" width="{max(end - start, 4):.1f}" '
            f'height="6" rx="3"/>'
        )
    else:  # a day or less: a dot on the day, the sources right beside it
        parts.append(f'<circle class="tl-dot" cx="{start:.1f}" cy="{y:.1f}" r="4"/>')
        end = start
    chips_width = _CHIP * len(event.docs)
    chips_x = end + 8 if end + 8 + chips_width <= _WIDTH else start - 8 - chips_width
    for number, doc in enumerate(event.docs):
        cx = chips_x + number * _CHIP + _CHIP / 2
        parts.append(
            f'<g class="tl-src {_e(classes.get(doc, ""))}"><circle cx="{cx:.1f}" cy="{y:.1f}" r="8.5"/>'
            f'<text x="{cx:.1f}" y="{y:.1f}">{_e(tags.get(doc, "?"))}</text></g>'
        )
    parts.append("</g>")
    return "".join(parts)


def timeline_svg(comparison: Comparison, tags: dict[str, str], classes: dict[str, str]) -> str:
    dated = [(event, interval) for event in comparison.events if (interval := event_interval(event)) is not None]
    if not dated:
        return '<p class="none">No event has a known date.</p>'
    dated.sort(key=lambda item: (item[1][0], item[0].id))
    scale = _Scale(min(i[0] for _, i in dated), max(i[1] for _, i in dated))
    height = _TOP + _ROW * len(dated) + 6
    span_days = scale.days
    ticks = "".join(
        f'<g class="tl-tick"><line x1="{scale.x(day):.1f}" y1="{_TOP - 6}" x2="{scale.x(day):.1f}" y2="{height}"/>'
        f'<text x="{scale.x(day):.1f}" y="{_TOP - 10}" text-anchor="middle">'
        f"{_e(_tick_label(day, span_days))}</text></g>"
        for day in scale.ticks()
    )
    rows = "".join(_row(i, event, interval, scale, tags, classes) for i, (event, interval) in enumerate(dated))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} dated events">{ticks}'
        f'<line class="tl-axis" x1="{_AXIS_START}" y1="{_TOP - 6}" x2="{_AXIS_END}" y2="{_TOP - 6}"/>{rows}</svg>'
    )


# A revision's figures as steps, left to right in the order the reports came out.
_STEP_WIDTH, _STEP_HEIGHT, _STEP_PAD = 90, 70, 14


def revision_svg(finding: Finding, tags: dict[str, str]) -> str:
    """The figures of a revised toll as a line of points in publication order, each with its value
    and the source that gave it: how a toll moved through the day, at a glance."""
    figures = [(doc, float(evidence.value.get("value") or 0)) for doc, evidence in finding.values.items()]
    highest = max((value for _, value in figures), default=0.0) or 1.0
    width = _STEP_PAD * 2 + _STEP_WIDTH * max(len(figures) - 1, 1)
    points = [
        (_STEP_PAD + _STEP_WIDTH * i, _STEP_PAD + (_STEP_HEIGHT - 2 * _STEP_PAD) * (1 - value / highest))
        for i, (_, value) in enumerate(figures)
    ]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    marks = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"/><text x="{x:.1f}" y="{y - 5:.1f}">{value:g}</text>'
        f'<text class="src" x="{x:.1f}" y="{_STEP_HEIGHT + 10}">{_e(tags.get(doc, doc))}</text>'
        for (x, y), (doc, value) in zip(points, figures, strict=True)
    )
    return (
        f'<svg class="revision" viewBox="0 0 {width} {_STEP_HEIGHT + 14}" role="img" '
        f'aria-label="The figures in the order the reports came out">'
        f'<polyline points="{line}"/>{marks}</svg>'
    )
