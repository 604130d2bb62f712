"""Event claims: a trigger word tied to the slots the sentence gives it.

From each sentence, every event trigger of the language's lexicon (factcmp/lexicon/<lang>/
event_triggers.tsv) becomes a claim. The sentence's mentions go to the nearest trigger (a
trigger introduced as background, "in response to a raid", only takes what stands in its own
clause): dates to ``time``, people and organizations and acting countries to ``actors``,
other places to ``places``, counts and quantities to their slots. Casualty counts told in a
sentence of their own ("the incident killed 15") go to the assault just told, or make a claim
of their own. Markers near the trigger set its modality: planned, denied, negated, reported
(with who says so), asserted otherwise.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.kinds.lexicons import demonyms_in
from factcmp.lexicon import load_table
from factcmp.model import Evidence, Mention, Span
from factcmp.relations import is_country
from factcmp.text.phrases import PhraseEntry, PhraseLexicon, PhraseMatch
from factcmp.text.segment import Sentence, clause_spans
from factcmp.text.words import Word, words

__all__ = ["Claim", "Evidence", "read_claims"]

# How many words before a trigger its modality markers may stand.
_MODALITY_WINDOW = 6
# How many words after a trigger its object noun may stand, and its descriptors after (or before) the noun.
_OBJECT_WINDOW = 6
_DESCRIPTOR_WINDOW = 3
# Claims of a casualty count told in a following sentence may be this many sentences back.
_ANAPHOR_REACH = 2
# How many words before a country a locative word ("في", "در", "in") may stand.
_LOCATIVE_REACH = 3
# How far (characters) a date may stand from the reporting verb it dates: «أعلنت وزارة الدفاع
# الروسية، الثلاثاء،» holds the subject between them.
_REPORTING_VERB_REACH = 40
# How many clauses away from its trigger a time may stand.
_TIME_CLAUSE_REACH = 1
# A source named further than this from its reporting word is not taken to be the one who says so.
_SOURCE_REACH_CHARS = 40
_SLOT_KINDS = frozenset({"date", "place", "person", "org", "count", "quantity", "percent"})
_CASUALTY_TYPES = frozenset({"KILL", "WOUND", "MISSING", "KIDNAP", "ARREST"})


@attrs.frozen(kw_only=True)
class Claim:
    """What one sentence of one document says about one event."""

    id: str
    doc: str
    lang: str
    event_type: str  # CONSULT, ASSAULT, AGREE, ACCUSE, INTERVENE, MOBILIZE, ELECTION, ECONOMY, OTHER
    subtype: str  # meeting, call, visit, airstrike, shootdown, intervention, ...
    trigger: Evidence
    sentence: Span
    modality: str = "asserted"  # asserted | planned | reported | denied | negated
    source: Evidence | None = None  # who says so, for reported claims
    actors: tuple[Evidence, ...] = ()
    time: Evidence | None = None
    places: tuple[Evidence, ...] = ()
    counts: tuple[Evidence, ...] = ()
    quantities: tuple[Evidence, ...] = ()
    object: Evidence | None = None
    affiliations: tuple[str, ...] = ()  # countries its clause names by demonym (the Russian crew)
    background: bool = False  # told as the cause or antecedent of another event

    def to_dict(self) -> dict[str, Any]:
        def many(items: Sequence[Evidence]) -> list[dict[str, Any]]:
            return [item.to_dict() for item in items]

        return {
            "id": self.id,
            "doc": self.doc,
            "lang": self.lang,
            "type": self.event_type,
            "subtype": self.subtype,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "modality": self.modality,
            "source": self.source.to_dict() if self.source else None,
            "actors": many(self.actors),
            "time": self.time.to_dict() if self.time else None,
            "places": many(self.places),
            "counts": many(self.counts),
            "quantities": many(self.quantities),
            "object": self.object.to_dict() if self.object else None,
            "affiliations": list(self.affiliations),
            "background": self.background,
        }


@cache
def _lexicon(lang: str, name: str, key: str) -> PhraseLexicon:
    return PhraseLexicon(load_table(lang, name), key)


def _triggers(lang: str) -> PhraseLexicon:
    return _lexicon(lang, "event_triggers", "trigger")


@cache
def subtype_rarity() -> dict[str, float]:
    """How rare each event subtype is (lexicon/common/event_subtypes.tsv): the rarer, the more it says."""
    return {row["subtype"]: float(row["rarity"]) for row in load_table("common", "event_subtypes")}


@cache
def general_subtypes() -> frozenset[str]:
    """Subtypes any other of their type may make more precise (attack: an air strike)."""
    return frozenset(row["subtype"] for row in load_table("common", "event_subtypes") if row["general"] == "yes")


def _markers(lang: str) -> PhraseLexicon:
    return _lexicon(lang, "claim_markers", "marker")


@attrs.define
class _Draft:
    """A claim being built; frozen into a Claim once its slots are filled."""

    trigger: PhraseMatch
    trigger_span: Span
    clause: Span
    background: bool
    modality: str = "asserted"
    source: Mention | None = None
    actors: list[Mention] = attrs.field(factory=list)
    dates: list[Mention] = attrs.field(factory=list)
    places: list[Mention] = attrs.field(factory=list)
    counts: list[Mention] = attrs.field(factory=list)
    quantities: list[Mention] = attrs.field(factory=list)
    object: Evidence | None = None

    def merge(self, later: _Draft) -> None:
        """Take in what a later sentence adds about the same event, keeping what was said first."""
        self.dates = self.dates or later.dates
        self.object = self.object or later.object
        for mine, theirs in (
            (self.actors, later.actors),
            (self.places, later.places),
            (self.counts, later.counts),
            (self.quantities, later.quantities),
        ):
            mine.extend(m for m in theirs if m not in mine)


@attrs.define
class _Told:
    """A claim already read, that a later sentence may refer back to."""

    sentence_index: int
    draft: _Draft
    sentence: Sentence
    position: int  # its index among the document's claims


@attrs.frozen
class _SentenceView:
    sentence: Sentence
    words: list[Word]
    markers: list[PhraseMatch]
    clauses: list[Span]
    mentions: list[Mention]

    def clause_of(self, span: Span) -> Span:
        return next((clause for clause in self.clauses if clause.contains(span)), self.sentence.span)

    def clause_index(self, span: Span) -> int:
        return next((i for i, clause in enumerate(self.clauses) if clause.overlaps(span)), 0)

    def markers_in(self, role: str) -> list[PhraseMatch]:
        return [marker for marker in self.markers if marker.entry.data["role"] == role]


def _last_told(told: list[_Told], index: int, event_type: str) -> _Told | None:
    """The latest claim of ``event_type`` told in the few sentences before sentence ``index``."""
    for earlier in reversed(told):  # told in reading order: the search stops once it is too far back
        if index - earlier.sentence_index > _ANAPHOR_REACH:
            return None
        if earlier.sentence_index < index and earlier.draft.trigger.entry.data["type"] == event_type:
            return earlier
    return None


def _compatible_subtypes(a: _Draft, b: _Draft) -> bool:
    subtypes = {a.trigger.entry.data["subtype"], b.trigger.entry.data["subtype"]}
    return len(subtypes) == 1 or bool(subtypes & general_subtypes())


def _conflicting(a: _Draft, b: _Draft) -> bool:
    """Whether two drafts of one kind say things that make them two events: other people, other
    places, other days, other tolls."""
    people_a, people_b = _named(a), _named(b)
    if people_a and people_b and not (people_a <= people_b or people_b <= people_a):
        return True  # «Putin met Netanyahu. Putin met Erdogan.»
    if _places_differ(a, b):
        return True
    if a.dates and b.dates and set(map(_day_of, a.dates)).isdisjoint(map(_day_of, b.dates)):
        return True
    tolls_a, tolls_b = _tolls(a), _tolls(b)
    return any(tolls_a[kind].isdisjoint(tolls_b[kind]) for kind in tolls_a.keys() & tolls_b.keys())


def _day_of(date: Mention) -> tuple[Any, ...]:
    """What a date says of its day, resolved or not («on Monday» without a publication date)."""
    value = date.value.to_dict()
    if value.get("start"):
        return (str(value["start"])[:10],)  # «Monday» and «2 a.m.» that Monday are one day
    return tuple(value.get(field) for field in ("year", "month", "day", "weekday"))


def _named(draft: _Draft) -> set[str]:
    return {str(m.value.to_dict().get("key")) for m in draft.actors if m.kind in ("person", "org")}


def _tolls(draft: _Draft) -> dict[Any, set[Any]]:
    """The values each kind of count takes («kills two soldiers» and «killed two, wounded two» agree)."""
    tolls: dict[Any, set[Any]] = {}
    for count in draft.counts:
        value = count.value.to_dict()
        tolls.setdefault(value.get("count_type"), set()).add(value.get("value"))
    return tolls


def _one_per_event(drafts: list[_Draft]) -> list[_Draft]:
    """«دیدار و گفتگو کردند», «اتفاق لوقف إطلاق النار»: triggers of one type and subtype (or a general
    one) in one clause tell one event, under the more telling subtype; not when each has its own
    count or place («a strike on X killed 3 and a strike on Y killed 5»)."""
    kept: list[_Draft] = []
    for draft in drafts:
        partner = next((earlier for earlier in kept if _same_event(earlier, draft)), None)
        if partner is None:
            kept.append(draft)
            continue
        if _rarity_of(draft) > _rarity_of(partner):
            draft.merge(partner)
            kept[kept.index(partner)] = draft
        else:
            partner.merge(draft)
    return kept


def _rarity_of(draft: _Draft) -> tuple[float, bool]:
    """How much a draft's subtype says: the rarer the more; a specific one more than a general one."""
    subtype = draft.trigger.entry.data["subtype"]
    return subtype_rarity().get(subtype, 0.0), subtype not in general_subtypes()


def _same_event(a: _Draft, b: _Draft) -> bool:
    if a.trigger.entry.data["type"] != b.trigger.entry.data["type"] or a.clause != b.clause:
        return False
    if not _compatible_subtypes(a, b):
        return False  # «a phone call about their meeting»: two events
    if (a.background, a.modality) != (b.background, b.modality) or (a.counts and b.counts):
        return False
    return not _places_differ(a, b)


def _places_differ(a: _Draft, b: _Draft) -> bool:
    return bool(a.places and b.places) and {p.text for p in a.places}.isdisjoint(p.text for p in b.places)


def _distance(a: Span, b: Span) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class _ClaimReader:
    """Reads the claims of one analysed document."""

    def __init__(self, analysis: TextAnalysis, mentions: Sequence[Mention]) -> None:
        self.analysis = analysis
        self.doc = analysis.document.id
        self.mentions = sorted((m for m in mentions if m.kind in _SLOT_KINDS), key=lambda m: m.span.start)
        self._mention_starts = [m.span.start for m in self.mentions]
        # A person named in full once ("الرئيس الروسي فلاديمير بوتين") keeps that country when named again.
        self.entity_country = {
            str(m.value.to_dict()["key"]): str(m.value.to_dict()["country"])
            for m in self.mentions
            if m.kind in ("person", "org") and m.value.to_dict().get("country")
        }
        self.demonyms = [(analysis.original_span(start, end), country) for start, end, country in demonyms_in(analysis)]

    def _view(self, sentence: Sentence) -> _SentenceView:
        folded_start, folded_end = self.analysis.folded.to_folded(sentence.span.start, sentence.span.end)
        sentence_words = words(self.analysis.folded.text, folded_start, folded_end)
        # Only the mentions that start inside the sentence can lie in it: found by bisection, so a long
        # document does not cost sentences x mentions.
        first = bisect.bisect_left(self._mention_starts, sentence.span.start)
        last = bisect.bisect_left(self._mention_starts, sentence.span.end)
        inside = [m for m in self.mentions[first:last] if sentence.span.contains(m.span)]
        return _SentenceView(
            sentence,
            sentence_words,
            _markers(sentence.lang).find_all(sentence_words),
            clause_spans(self.analysis.text, sentence.span),
            inside,
        )

    def _span_of(self, match: PhraseMatch) -> Span:
        return self.analysis.original_span(match.start, match.end)

    def _drafts(self, view: _SentenceView) -> list[_Draft]:
        drafts = []
        for match in _triggers(view.sentence.lang).find_all(view.words):
            span = self._span_of(match)
            if any(m.span.overlaps(span) and m.kind in ("place", "person", "org") for m in view.mentions):
                continue  # a name that contains a trigger word (a place called "Summit") is not an event
            background = any(0 <= match.first - marker.last <= 2 for marker in view.markers_in("background"))
            drafts.append(_Draft(match, span, view.clause_of(span), background))
        return drafts

    def read(self) -> list[Claim]:
        claims: list[Claim] = []
        told: list[_Told] = []
        for index, sentence in enumerate(self.analysis.sentences):
            view = self._view(sentence)
            drafts = self._drafts(view)
            for draft in drafts:
                self._set_modality(draft, view, drafts)
                self._set_object(draft, view)
            orphans = self._assign(view, drafts)
            drafts = _one_per_event(drafts) + self._place_orphan_counts(orphans, view, index, told, claims)
            for draft in drafts:
                antecedent = self._antecedent(draft, view, index, told)
                if antecedent is not None:  # "this attack took place on Tuesday": more about the one told
                    antecedent.draft.merge(draft)
                    self._refreeze(claims, antecedent)
                    continue
                claims.append(self._freeze(draft, sentence, len(claims)))
                if not draft.background:
                    told.append(_Told(index, draft, sentence, len(claims) - 1))
        return claims

    def _antecedent(self, draft: _Draft, view: _SentenceView, index: int, told: list[_Told]) -> _Told | None:
        """The claim of an earlier sentence that a trigger refers back to: a listed one ("الحادث",
        "the attack"), one after a demonstrative ("این دیدار", "هذا الاجتماع"), one of
        the same kind that names no one, nowhere and no time of its own ("واستمرت المحادثات ست
        ساعات"), or one of the same kind that the headline or the sentence before told, or that a
        definite article points to ("the strike"), and that says nothing against it; never when
        the text says it is another ("another strike")."""
        trigger = draft.trigger_span
        roles = set()
        for marker in view.markers:
            span, role = self._span_of(marker), marker.entry.data["role"]
            before = 0 <= trigger.start - span.end <= 1
            after = 0 <= span.start - trigger.end <= 1  # «غارة أخرى», «حمله دیگری»
            if (
                span.overlaps(trigger)
                or (before and role in ("demonstrative", "definite", "another"))
                or (after and role == "another")
            ):
                roles.add(role)
        if "another" in roles:
            return None
        earlier = _last_told(told, index, draft.trigger.entry.data["type"])
        if earlier is None or {"anaphor", "demonstrative"} & roles:
            return earlier
        if not _compatible_subtypes(earlier.draft, draft):
            return None
        if not (draft.actors or draft.places or draft.dates):
            return earlier  # nothing of its own: more about the one told
        # a headline and the lead, two sentences running, or «the strike» a little later, telling
        # one event in terms that do not contradict each other
        close = earlier.sentence_index == 0 or index - earlier.sentence_index == 1 or "definite" in roles
        return earlier if close and not _conflicting(earlier.draft, draft) else None

    def _refreeze(self, claims: list[Claim], told: _Told) -> None:
        claims[told.position] = self._freeze(told.draft, told.sentence, told.position)

    # --- slots -------------------------------------------------------------------------

    def _inside_a_name(self, mention: Mention, view: _SentenceView) -> bool:
        return any(
            other.kind in ("person", "org") and other.span.contains(mention.span) and other.span != mention.span
            for other in view.mentions
        )

    def _is_located(self, mention: Mention, view: _SentenceView) -> bool:
        """A country written after a locative word ("في سوريا", "in Syria") is a place, not an actor."""
        folded_start, _ = self.analysis.folded.to_folded(mention.span.start, mention.span.end)
        index = next((i for i, w in enumerate(view.words) if w.start <= folded_start < w.end), None)
        if index is None:
            return False
        word = view.words[index]
        # "بسوريا", "لسوريا": a clitic preposition glued to the name.
        if folded_start > word.start and word.text[0] in "بل":
            return True
        # "در استان صعده یمن", "in Yemen's Saada province": the locative may stand a few words back.
        return any(0 < index - marker.last <= _LOCATIVE_REACH for marker in view.markers_in("locative"))

    def _target(self, mention: Mention, drafts: list[_Draft], view: _SentenceView) -> _Draft | None:
        if mention.kind == "count" and str(mention.value.to_dict().get("count_type")) in _CASUALTY_TYPES:
            # Casualties belong to an assault, never to the meeting the same sentence also tells.
            drafts = [d for d in drafts if d.trigger.entry.data["type"] == "ASSAULT"]
        if mention.kind == "date":
            # A time is an adverbial of the clause it stands in or the next one ("في عام 2018، أسقطت");
            # further away it dates another verb, often the report itself ("أكدت، أمس الأحد، أن ...").
            at = view.clause_index(mention.span)
            drafts = [
                d
                for d in drafts
                if abs(view.clause_index(d.trigger_span) - at) <= _TIME_CLAUSE_REACH
                and not self._dates_the_report(d, mention, view)
            ]
        # «after talks in the Kremlin on Thursday»: what follows a background trigger in its clause is its own
        own_clause = [
            d
            for d in drafts
            if d.background and d.clause.contains(mention.span) and mention.span.start >= d.trigger_span.start
        ]
        if own_clause:
            return min(own_clause, key=lambda d: _distance(d.trigger_span, mention.span))
        main = [d for d in drafts if not d.background] or drafts
        if not main:
            return None
        if mention.kind != "date":  # a name belongs to the event of its clause, when the clause has one
            main = [d for d in main if d.clause.contains(mention.span)] or main
        # Nearest trigger; on a tie the one before the mention (the verb usually comes first).
        return min(
            main, key=lambda d: (_distance(d.trigger_span, mention.span), d.trigger_span.start > mention.span.start)
        )

    def _dates_the_report(self, draft: _Draft, date: Mention, view: _SentenceView) -> bool:
        """A date after "according to a report" dates the report, not the event before it; so does
        one next to the reporting verb that introduces the event («said on Tuesday that … the
        downing», «أعلنت الوزارة، الثلاثاء، أن … إسقاط», «روز سه‌شنبه اعلام کرد که … سقوط»)."""
        markers = [self._span_of(marker) for marker in view.markers_in("reported")]
        trigger = draft.trigger_span
        if date.span.start >= trigger.end:
            between = Span(trigger.end, date.span.start)
            return any(between.contains(marker) for marker in markers)
        return any(
            marker.end <= trigger.start and _distance(marker, date.span) <= _REPORTING_VERB_REACH for marker in markers
        )

    def _assign(self, view: _SentenceView, drafts: list[_Draft]) -> list[Mention]:
        """Give each mention of the sentence to its claim; return counts that found none."""
        orphans = []
        for mention in view.mentions:
            target = self._target(mention, drafts, view)
            if target is None:
                if mention.kind == "count":
                    orphans.append(mention)
                continue
            self._fill(target, mention, view)
        return orphans

    def _fill(self, draft: _Draft, mention: Mention, view: _SentenceView) -> None:
        if mention.kind == "date":
            draft.dates.append(mention)
        elif mention.kind in ("person", "org"):
            # who says so is not who did it; «talks in the Kremlin», «في البيت الأبيض»: a venue
            if mention is not draft.source and not (mention.kind == "org" and self._is_located(mention, view)):
                draft.actors.append(mention)
        elif mention.kind == "place":
            if self._inside_a_name(mention, view):
                return  # «Russia's defence ministry»: the country is part of who speaks or acts
            acting_country = is_country(mention.value.to_dict()) and not self._is_located(mention, view)
            (draft.actors if acting_country else draft.places).append(mention)
        elif mention.kind == "count":
            draft.counts.append(mention)
        else:
            draft.quantities.append(mention)

    def _place_orphan_counts(
        self,
        orphans: list[Mention],
        view: _SentenceView,
        index: int,
        told: list[_Told],
        claims: list[Claim],
    ) -> list[_Draft]:
        """Casualty counts with no event in their sentence: the assault just told, or their own claim."""
        new: list[_Draft] = []
        for count in orphans:
            if str(count.value.to_dict().get("count_type")) not in _CASUALTY_TYPES:
                continue
            earlier = _last_told(told, index, "ASSAULT")
            if earlier is not None and (view.markers_in("anaphor") or index - earlier.sentence_index == 1):
                earlier.draft.counts.append(count)
                self._refreeze(claims, earlier)
                continue
            fake = PhraseMatch(0, 0, 0, 0, _CASUALTIES_ENTRY, "")
            draft = _Draft(fake, count.span, view.clause_of(count.span), False, counts=[count])
            draft.dates = [m for m in view.mentions if m.kind == "date"][:1]
            draft.places = [m for m in view.mentions if m.kind == "place"]
            new.append(draft)
        return new

    def _set_modality(self, draft: _Draft, view: _SentenceView, drafts: list[_Draft]) -> None:
        before = [
            m
            for m in view.markers
            if 0 <= draft.trigger.first - m.last <= _MODALITY_WINDOW and draft.clause.contains(self._span_of(m))
        ]
        roles = {m.entry.data["role"] for m in before}
        if "س" in draft.trigger.proclitic:  # Arabic future prefix on the verb itself: سيلتقي
            roles.add("future")
        for role, modality in (("denial", "denied"), ("negation", "negated"), ("future", "planned")):
            if role in roles:
                draft.modality = modality
                return
        reported = [marker for marker in view.markers_in("reported") if self._reports(marker, draft, drafts, view)]
        if reported:
            draft.modality = "reported"
            draft.source = self._source(reported, view)

    def _reports(self, marker: PhraseMatch, draft: _Draft, drafts: list[_Draft], view: _SentenceView) -> bool:
        """Whether a reporting word tells this event: one in the event's clause does, and so does a
        clause that only reports («…, officials said», «بحسب سانا، …»); one with an event of its own
        tells that one («التقى … في موسكو، وأعلن الجانبان عن اتفاق»: the meeting is not reported)."""
        span = self._span_of(marker)
        if draft.clause.contains(span):
            return True
        own_clause = view.clause_of(span)
        return not any(own_clause.contains(other.trigger_span) for other in drafts)

    def _source(self, markers: list[PhraseMatch], view: _SentenceView) -> Mention | None:
        """The person or organization nearest a reporting word ("بحسب البيان", "X said")."""
        sources = [m for m in view.mentions if m.kind in ("person", "org")]
        best: tuple[int, Mention] | None = None
        for marker in markers:
            span = self._span_of(marker)
            for mention in sources:
                gap = _distance(span, mention.span)
                if gap <= _SOURCE_REACH_CHARS and (best is None or gap < best[0]):
                    best = (gap, mention)
        return best[1] if best else None

    def _set_object(self, draft: _Draft, view: _SentenceView) -> None:
        """The thing an assault hit: a noun after a target word (على, on, به) if any, else the nearest after
        the trigger, else the nearest before it (Persian puts the object before the verb)."""
        if draft.trigger.entry.data["type"] != "ASSAULT":
            return
        nouns = _lexicon(view.sentence.lang, "event_objects", "word")
        low = max(0, draft.trigger.first - _OBJECT_WINDOW)
        high = min(len(view.words), draft.trigger.last + 1 + _OBJECT_WINDOW)
        targets = {marker.last + 1 for marker in view.markers_in("target")}
        candidates = []
        for index in range(low, high):
            if draft.trigger.first <= index <= draft.trigger.last:
                continue
            hit = nouns.match_at(view.words, index)
            if hit is None:
                continue
            after = index > draft.trigger.last
            targeted = bool(targets & {index, index - 1})  # "على منشأة", "به یک کاروان"
            # What usually attacks (drones, jets) is the object only of a shoot-down or when nothing else is near.
            attacker = hit.entry.data["instrument"] == "yes" and draft.trigger.entry.data["subtype"] != "shootdown"
            candidates.append((not targeted, attacker, not after, abs(index - draft.trigger.first), hit))
        if candidates:
            best = min(candidates, key=lambda c: c[:4])[4]
            draft.object = self._describe_object(best, view)

    def _describe_object(self, noun: PhraseMatch, view: _SentenceView) -> Evidence:
        """The object's class and noun, with the descriptors next to it (after it, before it in English)."""
        descriptors = _lexicon(view.sentence.lang, "object_descriptors", "word")
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
        if near:
            near_span = self.analysis.original_span(view.words[near.start].start, view.words[near.stop - 1].end)
            country = next((c for span, c in self.demonyms if near_span.contains(span)), None)
            if country is not None:
                value["affiliation"] = country
        value["label"] = " ".join(str(value[k]) for k in ("military", "role", "noun") if value.get(k))
        span = self.analysis.original_span(start, end)
        return Evidence(
            doc=self.doc, kind="object", span=span, text=self.analysis.text[span.start : span.end], value=value
        )

    def _evidence(self, mention: Mention) -> Evidence:
        evidence = Evidence.of(self.doc, mention)
        if mention.kind in ("person", "org") and not evidence.value.get("country"):
            country = self.entity_country.get(str(evidence.value.get("key")))
            if country:
                evidence = attrs.evolve(evidence, value={**evidence.value, "country": country})
        return evidence

    def _freeze(self, draft: _Draft, sentence: Sentence, number: int) -> Claim:
        def evidence(items: Sequence[Mention]) -> tuple[Evidence, ...]:
            return tuple(self._evidence(m) for m in items)

        data = draft.trigger.entry.data
        affiliations = tuple(dict.fromkeys(c for span, c in self.demonyms if draft.clause.contains(span)))
        time = min(draft.dates, key=lambda m: _distance(m.span, draft.trigger_span), default=None)
        trigger_text = self.analysis.text[draft.trigger_span.start : draft.trigger_span.end]
        return Claim(
            id=f"{self.doc}#{number}",
            doc=self.doc,
            lang=sentence.lang,
            event_type=data["type"],
            subtype=data["subtype"],
            trigger=Evidence(
                doc=self.doc,
                kind="trigger",
                span=draft.trigger_span,
                text=trigger_text,
                value={"type": data["type"], "subtype": data["subtype"]},
            ),
            sentence=sentence.span,
            modality=draft.modality,
            source=Evidence.of(self.doc, draft.source) if draft.source else None,
            actors=evidence(draft.actors),
            time=Evidence.of(self.doc, time) if time else None,
            places=evidence(draft.places),
            counts=evidence(draft.counts),
            quantities=evidence(draft.quantities),
            object=draft.object,
            affiliations=affiliations,
            background=draft.background,
        )


_CASUALTIES_ENTRY = PhraseEntry(("",), {"type": "ASSAULT", "subtype": "casualties"})


def read_claims(analysis: TextAnalysis, mentions: Sequence[Mention]) -> list[Claim]:
    """The event claims of one analysed document, given its mentions."""
    return _ClaimReader(analysis, mentions).read()
