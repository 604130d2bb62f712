"""Stories: the documents that tell one story, found before any claim is linked.

A fact-checker hands factcmp a folder of coverage of one story, or a feed of many. Claims are
linked only within a story, so a report that never dates its event can still find its twins:
everything the story's other reports say stands behind it.

What two reports share, across languages, is not words but what the engines resolved: the same
cities (GeoNames ids), people and organizations (cross-script keys), kinds of event and what they
hit, tolls, and days. Each document becomes a weighted bag of these (what its headline and lead
say counts double; what is shared by much of the corpus counts little), and documents are grouped
by average linkage: two groups join only when their documents are alike on average, not through
one look-alike pair, so stories do not snowball (factcmp.align.linkage). Reports whose times are known and further apart
than a story lasts are never one story: another meeting of the same leaders months later, another
explosion in another year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

import attrs

from factcmp.align.linkage import average_linkage
from factcmp.claims.model import Claim
from factcmp.claims.triggers import general_subtypes, is_routine
from factcmp.model import DocumentMentions, Mention, iso_day, published_day
from factcmp.relations import is_country
from factcmp.text.dateline import datelines

# Two groups of reports are one story when their documents are at least this alike on average
# (cosine of their weighted bags).
SAME_STORY = 0.15
# A story's known times (reports' days and the days of their main events) span at most this.
MAX_STORY_DAYS = 21
# What the headline and lead say is what the report is about.
_LEAD_CHARS = 400
_LEAD_WEIGHT = 2.0
# Features shared by more documents than this are no reason to compare two documents (they still
# count in the similarity of documents compared for another reason).
_MAX_POSTINGS = 400
_DAY_GRAINS = frozenset({"day", "hour", "minute"})
_SPAN_GRAINS = _DAY_GRAINS | {"week", "month", "quarter", "year"}
_WEIGHTS = {
    "place": 1.5,
    "country": 0.5,
    "actor": 1.0,
    "subtype": 1.0,
    "object": 0.7,
    "count": 0.7,
    "day": 1.0,
    "lead": 2.0,
}


@attrs.frozen(kw_only=True)
class Story:
    """Documents that tell one story, with a label and the days they span."""

    id: str
    label: str
    docs: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "docs": list(self.docs),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


def _mention_features(mention: Mention) -> Iterable[str]:
    value = mention.value.to_dict()
    if mention.kind == "place":
        if not is_country(value):
            yield f"place:{value.get('key') or value.get('geonameid')}"
        if value.get("country"):
            # the country of every place: it says little (half the news shares one), but where a
            # report names no city it is all it says of where; weighed low, and by its rarity
            yield f"country:{value['country']}"
    elif mention.kind in ("person", "org") and value.get("key"):
        yield f"actor:{value['key']}"
    elif mention.kind == "count":
        yield f"count:{value.get('count_type')}:{value.get('value')}"


def _claim_features(claim: Claim) -> Iterable[str]:
    if claim.subtype not in general_subtypes():
        yield f"subtype:{claim.subtype}"
    if claim.object is not None:
        yield f"object:{claim.object.value.get('class')}"
    if claim.time is not None and claim.time.value.get("resolved") and claim.time.value.get("grain") == "day":
        yield f"day:{claim.time.value.get('start')}"
    for place in claim.places:
        if not is_country(place.value) and claim.subtype not in general_subtypes():
            yield f"lead:{claim.subtype}@{place.value.get('key') or place.value.get('geonameid')}"


def document_features(document: DocumentMentions, claims: Sequence[Claim]) -> dict[str, float]:
    """What a document tells, as weighted features: its places, actors, tolls, kinds of event and days."""
    features: dict[str, float] = defaultdict(float)
    filed = datelines(document.document.text)  # where a report was filed says nothing of its story
    for mention in document.mentions:
        if any(line.contains(mention.span) for line in filed):
            continue
        weight = _LEAD_WEIGHT if mention.span.start < _LEAD_CHARS else 1.0
        for feature in _mention_features(mention):
            features[feature] += weight * _WEIGHTS[feature.split(":", 1)[0]]
    for claim in claims:
        if claim.background:
            continue
        weight = _LEAD_WEIGHT if claim.trigger.span.start < _LEAD_CHARS else 1.0
        for feature in _claim_features(claim):
            if not feature.startswith("lead:") or weight > 1:
                features[feature] += weight * _WEIGHTS[feature.split(":", 1)[0]]
    return features


def _lead_time(claims: Sequence[Claim], grains: frozenset[str]) -> dict[str, object] | None:
    """The resolved time, of one of ``grains``, that the headline or lead gives its main event (a
    report recalls older events further down, never in its lead). A time whose year the text does
    not tell, in a report of no known day, is no bound («الثلاثاء 23 تشرين الثاني» given the year of
    a background paragraph's «عام 2021» its weekday fits)."""
    for claim in claims:
        time = claim.time
        if claim.background or time is None or claim.trigger.span.start >= _LEAD_CHARS:
            continue
        if time.value.get("resolved") and time.value.get("grain") in grains and not time.value.get("inferred"):
            return time.value
    return None


# Features that name what a report is about; the kind of event and of object a report tells are
# shared by every report of every strike, and alone never make two reports one story.
_IDENTIFYING = ("place:", "country:", "actor:", "count:", "day:", "lead:")


def identifying_features(document: DocumentMentions, claims: Sequence[Claim]) -> set[str]:
    """The features of a document that could make it one story with another: its places, people,
    tolls, days and the kind of event it leads with where it happened."""
    return {feature for feature in document_features(document, claims) if feature.startswith(_IDENTIFYING)}


def document_day(document: DocumentMentions, claims: Sequence[Claim]) -> dt.date | None:
    """The day a document is about: the day it was published, else the day its lead dates its event to."""
    published = published_day(document.document.publication)
    if published is not None:
        return published
    time = _lead_time(claims, _DAY_GRAINS)
    return iso_day(time.get("start")) if time else None


def story_day(document: DocumentMentions, claims: Sequence[Claim]) -> dt.date | None:
    """The day that bounds which stories a document may join: its day, unless that day's year was
    only fitted to a weekday (Document.published_year_fitted), too weak to keep it apart."""
    return None if document.document.published_year_fitted else document_day(document, claims)


def document_span(document: DocumentMentions, claims: Sequence[Claim]) -> tuple[dt.date, dt.date] | None:
    """The first and last day a document can be about: its publication day, else the time its lead
    gives its event, to the day or only to the year («in 2015»)."""
    day = story_day(document, claims)
    if day is not None:
        return day, day
    time = _lead_time(claims, _SPAN_GRAINS)
    first, end = (iso_day(time.get("start")), iso_day(time.get("end"))) if time else (None, None)
    return (first, end - dt.timedelta(days=1)) if first and end else None


def _vectors(bags: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Each bag weighted by how rare its features are in the corpus, scaled to unit length."""
    frequency = Counter(feature for bag in bags.values() for feature in bag)
    total = len(bags)
    vectors = {}
    for doc, bag in bags.items():
        vector = {
            f: (1 + math.log(w)) * (math.log((1 + total) / (1 + frequency[f])) + 1) for f, w in bag.items() if w >= 1
        }
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        vectors[doc] = {f: x / norm for f, x in vector.items() if x > 0}
    return vectors


def _similarities(
    vectors: dict[str, dict[str, float]], spans: dict[str, tuple[dt.date, dt.date] | None]
) -> dict[tuple[str, str], float]:
    """Cosine similarity of every pair of documents that share a feature few documents have and
    whose times could be one story's."""
    postings: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(vectors):
        for feature in vectors[doc]:
            postings[feature].append(doc)
    pairs: set[tuple[str, str]] = set()
    for docs in postings.values():
        if len(docs) <= _MAX_POSTINGS:
            pairs.update(_pairs_in_time(docs, spans))
    similarities = {}
    for a, b in pairs:
        small, large = sorted((vectors[a], vectors[b]), key=len)
        similarity = sum(x * large.get(f, 0.0) for f, x in small.items())
        if similarity > 0:
            similarities[(a, b)] = similarity
    return similarities


def _pairs_in_time(docs: list[str], spans: dict[str, tuple[dt.date, dt.date] | None]) -> Iterator[tuple[str, str]]:
    """The pairs of ``docs`` (in order) that could be one story by their times: two reports further
    apart than a story lasts are never compared, so a feed of many months costs what its weeks
    cost, one after the other. A report of unknown time pairs with all."""
    timed = sorted((span, doc) for doc in docs if (span := spans[doc]) is not None)
    untimed = [doc for doc in docs if spans[doc] is None]
    yield from (_ordered(a, b) for i, a in enumerate(untimed) for b in untimed[i + 1 :])
    yield from (_ordered(a, b) for a in untimed for _, b in timed)
    # day numbers, not dates: a story's length past the last day of the calendar is still a number
    firsts = [first.toordinal() for (first, _), _ in timed]
    for i, ((_, last), a) in enumerate(timed):
        # a later report (its first day on or after this one's) fits while it starts within a
        # story's length of this one's last day
        for _, b in timed[i + 1 : bisect.bisect_right(firsts, last.toordinal() + MAX_STORY_DAYS)]:
            yield _ordered(a, b)


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@attrs.frozen
class _StoryProfile:
    """When a group of reports can be about, and where their leads place a routine event: every
    report's time must lie within a story's length of every other's (a year is a long time: two
    reports of «2015» and «2018» never meet), and reports that lead with a meeting in Tehran do
    not tell the story of a meeting in Ankara (the same leaders meet again and again)."""

    latest_first: dt.date | None
    earliest_last: dt.date | None
    routine_leads: frozenset[tuple[str, str]] = frozenset()  # (subtype, city) of its routine leads

    def fits(self, other: _StoryProfile) -> bool:
        return self._times_fit(other) and (self._leads_fit(other) or self._one_day_with(other))

    def _one_day_with(self, other: _StoryProfile) -> bool:
        """Whether both groups are known to be about one and the same day: reports of that day that
        place the same routine event in two cities disagree on where it was (a contradiction)."""
        days = {self.latest_first, self.earliest_last, other.latest_first, other.earliest_last}
        return len(days) == 1 and None not in days

    def _times_fit(self, other: _StoryProfile) -> bool:
        joined = self.joined(other)
        if joined.latest_first is None or joined.earliest_last is None:
            return True
        return (joined.latest_first - joined.earliest_last).days <= MAX_STORY_DAYS

    def _leads_fit(self, other: _StoryProfile) -> bool:
        for subtype in {kind for kind, _ in self.routine_leads}:
            ours = {city for kind, city in self.routine_leads if kind == subtype}
            theirs = {city for kind, city in other.routine_leads if kind == subtype}
            if theirs and not ours & theirs:
                return False
        return True

    def joined(self, other: _StoryProfile) -> _StoryProfile:
        firsts = [day for day in (self.latest_first, other.latest_first) if day is not None]
        lasts = [day for day in (self.earliest_last, other.earliest_last) if day is not None]
        return _StoryProfile(
            max(firsts, default=None), min(lasts, default=None), self.routine_leads | other.routine_leads
        )


def _routine_leads(claims: Sequence[Claim]) -> frozenset[tuple[str, str]]:
    """Where the routine event (a meeting, a strike) a report leads with was held: the cities of
    the first one its headline and lead tell as done (a report goes on to recall earlier ones)."""
    told = [
        claim
        for claim in claims
        if claim.trigger.span.start < _LEAD_CHARS
        and not claim.background
        and claim.modality != "planned"  # the next summit, in Ankara, is not where this one met
        and is_routine({claim.subtype})
        and any(place.value.get("feature") == "P" for place in claim.places)
    ]
    if not told:
        return frozenset()
    first = min(told, key=lambda claim: claim.trigger.span.start)
    return frozenset(
        (first.subtype, str(place.value.get("key"))) for place in first.places if place.value.get("feature") == "P"
    )


def _story_profile(span: tuple[dt.date, dt.date] | None, claims: Sequence[Claim]) -> _StoryProfile:
    first, last = span if span else (None, None)
    return _StoryProfile(first, last, _routine_leads(claims))


def group_stories(documents: Sequence[DocumentMentions], claims: Sequence[Claim]) -> list[Story]:
    """The stories the documents tell, each a set of documents; a document with nothing in common
    with any other is a story of its own."""
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_of[claim.doc].append(claim)
    docs = [entry.document.id for entry in documents]
    entries = {entry.document.id: entry for entry in documents}
    bags = {doc: document_features(entries[doc], claims_of[doc]) for doc in docs}
    days = {doc: document_day(entries[doc], claims_of[doc]) for doc in docs}
    spans = {doc: document_span(entries[doc], claims_of[doc]) for doc in docs}
    groups = average_linkage(
        docs,
        {doc: doc for doc in docs},
        _similarities(_vectors(bags), spans).items(),
        SAME_STORY,
        lambda doc: _story_profile(spans[doc], claims_of[doc]),
    )
    position = {doc: number for number, doc in enumerate(docs)}
    groups.sort(key=lambda group: (-len(group), position[group[0]]))
    return [_story(f"s{number}", group, days, claims_of) for number, group in enumerate(groups)]


def _story(story_id: str, docs: list[str], days: dict[str, dt.date | None], claims_of: dict[str, list[Claim]]) -> Story:
    known = [day for doc in docs if (day := days[doc]) is not None]
    subtypes = Counter(c.subtype for doc in docs for c in claims_of[doc] if not c.background)
    return Story(
        id=story_id,
        label=subtypes.most_common(1)[0][0] if subtypes else "no event",
        docs=tuple(docs),
        start=min(known, default=None),
        end=max(known, default=None),
    )
