"""A document's publication date as its front matter or JSON record gives it, in any calendar.

Iranian and Arab newsrooms date their pages in the Solar Hijri or Hijri calendar: ``published:
1397-06-27`` with ``calendar: jalali`` is 18 September 2018, never the year 1397 AD. A date in
words («27 شهریور 1397», "18 Sep 2018") is read by the dates engine. A year no news report can
have been published in (before 1600) without a calendar to say which is refused with a question,
not guessed; so is a day a month does not have, by name («no 31 September»).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import month_name

from factcmp import calendars
from factcmp.model import Published, published_from_json

# What a caller may call each calendar, and the name factcmp.calendars knows it by.
CALENDAR_NAMES = {
    "gregorian": "gregorian",
    "jalali": "jalali",
    "persian": "jalali",
    "shamsi": "jalali",
    "solar_hijri": "jalali",
    "hijri": "hijri",
    "islamic": "hijri",
    "lunar_hijri": "hijri",
    "qamari": "hijri",
}
# A report dated before this year is dated in another calendar.
EARLIEST_YEAR = 1600
_DAY_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T ])")
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class PublishedError(ValueError):
    """A publication date that cannot be read; ``str()`` says why in one line."""


def read_published(raw: object, calendar: object = None) -> Published | None:
    """The publication date (a date, or a datetime when the time of day is given) in the
    Gregorian calendar, from what a caller wrote; None when nothing was written."""
    text = str(raw).strip().translate(_EASTERN_DIGITS) if raw is not None else ""
    if not text:
        return None
    system = _calendar(calendar)
    numeric = _DAY_FIRST.match(text)
    if numeric and system != "gregorian":
        return _converted(system, *(int(part) for part in numeric.groups()))
    try:
        published = published_from_json(text)
    except ValueError:
        return _in_words(text, numeric)
    if published is not None and published.year < EARLIEST_YEAR:
        raise PublishedError(
            f"published date {text!r} has the year {published.year}: if it is a Solar Hijri or Hijri date, "
            "say so with calendar: jalali or calendar: hijri"
        )
    return published


def _calendar(calendar: object) -> str:
    if calendar is None or str(calendar).strip() == "":
        return "gregorian"
    name = CALENDAR_NAMES.get(str(calendar).strip().lower().replace("-", "_").replace(" ", "_"))
    if name is None:
        raise PublishedError(f"calendar {calendar!r} is not one of {', '.join(sorted(CALENDAR_NAMES))}")
    return name


def _converted(system: str, year: int, month: int, day: int) -> dt.date:
    try:
        return calendars.to_gregorian(system, year, month, day)
    except ValueError:
        raise PublishedError(f"there is no day {day} in month {month} of the year {year} ({system})") from None


def _in_words(text: str, numeric: re.Match[str] | None) -> Published:
    if numeric is not None:  # shaped like an ISO date, but no such day
        year, month, day = (int(part) for part in numeric.groups())
        named = month_name[month] if 1 <= month <= 12 else f"month {month}"
        raise PublishedError(f"published date {text!r}: there is no {day} {named} {year}")
    from factcmp.api import extract  # the dates engine reads dates in words; loaded only for them

    days = [
        m.value
        for m in extract(text, kinds=["date"])
        if m.value.to_dict().get("resolved") and m.value.to_dict().get("grain") == "day"
    ]
    if len(days) != 1:
        raise PublishedError(f"published date {text!r} is neither ISO (YYYY-MM-DD) nor one date in words")
    return dt.date.fromisoformat(str(days[0].to_dict()["start"])[:10])
