"""Slot binding: which mention of a sentence fills which slot of which claim.

Decides the claim a mention goes to (the nearest trigger of its clause; casualty counts only to
assaults and disasters, captives also to seizures and releases; a time only within a clause of
its trigger and never when it dates the report; what follows a background trigger in its clause
is its own), the slot it fills (a country is an actor unless a locative word or clitic makes it
a place or it is part of a name; an organization after a locative is a venue; who says so is no
actor), and where casualty counts with no event in their sentence go: to the assault or
disaster just told, or to a claim of their own of the document's event.
"""

from __future__ import annotations

import re
from functools import cache

from factcmp.claims.anaphora import last_told
from factcmp.claims.drafts import Draft, Told
from factcmp.claims.model import TOLL_ONLY
from factcmp.claims.triggers import told_as_cause, told_as_earlier
from factcmp.claims.updates import PROVISIONAL, in_an_update, update_of
from factcmp.claims.views import SentenceView, distance, word_set
from factcmp.lexicon import load_words
from factcmp.model import Mention, Span
from factcmp.relations import Relation, is_country, time_relation
from factcmp.text.affixes import preposition_prefixes
from factcmp.text.phrases import PhraseEntry, PhraseMatch

# How many words before a country a locative word ("في", "در", "in") may stand.
_LOCATIVE_REACH = 3
# How far (characters) a date may stand from the reporting verb it dates: «أعلنت وزارة الدفاع
# الروسية، الثلاثاء،» holds the subject between them.
_REPORTING_VERB_REACH = 40
# How many words may stand between an event noun and the relative pronoun that opens its clause
# («الانفجار الذي», "the explosion at the port that").
_RELATIVE_REACH = 3
# Between a date and the «when» that opens its clause: a comma, spaces.
_WHEN_GAP = re.compile(r"\s*[,،]?\s*")
# Words between a journey word and its end: «في طريقها إلى العاصمة الأرمينية يريفان».
_ROUTE_GAP = 3
# A dash between two places, spaced or not (Tabriz-Yerevan, «تبریز - ایروان»).
_DASH = re.compile(r"\s?[-‐–—]\s?")
# How many clauses away from its trigger a time may stand.
_TIME_CLAUSE_REACH = 1
# The event types a casualty count may belong to, the usual one first: people are killed, wounded
# or lost in an assault or a disaster; taken or held in an assault or a seizure, and freed in a release.
_HARM = ("ASSAULT", "DISASTER")
_CAPTURE = ("ASSAULT", "COERCE", "CONCEDE")
_TYPES_OF_COUNT = {
    "KILL": _HARM,
    "WOUND": _HARM,
    "MISSING": _HARM,
    "KIDNAP": _CAPTURE,
    "ARREST": _CAPTURE,
    "RELEASE": _CAPTURE,
}
# The event types an amount of documents belongs to: memoranda and agreements are signed at talks
# or in an agreement, never in the trade figure or the strike the same sentence also tells.
_SIGNED = ("CONSULT", "AGREE")
_TYPES_OF_QUANTITY = {"memorandum": _SIGNED, "agreement": _SIGNED}


def _event_types_of(mention: Mention) -> tuple[str, ...]:
    """The event types a casualty count, or an amount of signed documents, may belong to; none for
    any other mention."""
    if mention.kind == "quantity":
        return _TYPES_OF_QUANTITY.get(str(mention.value.to_dict().get("unit")), ())
    if mention.kind != "count":
        return ()
    return _TYPES_OF_COUNT.get(str(mention.value.to_dict().get("count_type")), ())


@cache
def _casualties_entry(event_type: str) -> PhraseEntry:
    """The trigger of a claim made of casualty counts alone."""
    return PhraseEntry(("",), {"type": event_type, "subtype": TOLL_ONLY})


def _story_type(told: list[Told], types: tuple[str, ...]) -> str:
    """The type of the event a document is about, of those a count may belong to: its first claim's
    («the toll rose to 26» in an earthquake report counts the earthquake's dead)."""
    first = next((t.draft for t in told if t.draft.trigger.entry.data["type"] in types), None)
    return first.trigger.entry.data["type"] if first is not None else types[0]


def _inside_a_name(mention: Mention, view: SentenceView) -> bool:
    return any(
        other.kind in ("person", "org") and other.span.contains(mention.span) and other.span != mention.span
        for other in view.mentions
    )


def _is_located(mention: Mention, view: SentenceView, reach: int = _LOCATIVE_REACH) -> bool:
    """A country written after a locative word ("في سوريا", "in Syria") is a place, not an actor."""
    folded_start, _ = view.document.analysis.folded.to_folded(mention.span.start, mention.span.end)
    index = next((i for i, w in enumerate(view.words) if w.start <= folded_start < w.end), None)
    if index is None:
        return False
    word = view.words[index]
    # "بسوريا", "لسوريا", "בסוריה": a clitic preposition glued to the name.
    if folded_start > word.start and word.text[: folded_start - word.start] in preposition_prefixes():
        return True
    # "در استان صعده یمن", "in Yemen's Saada province": the locative may stand a few words back, in
    # the same clause («در سال ۲۰۱۷، ایران و ترکیه ...»: the year is where «در» points, not Iran)
    clause = view.clause_of(mention.span)
    return any(
        0 < index - marker.last <= reach and clause.contains(view.span_of(marker))
        for marker in (*view.markers_in("locative"), *view.markers_in("near"))
    )


def _speaks(mention: Mention, view: SentenceView) -> bool:
    """A place right next to a reporting word, with nothing but spaces between (قالت موسكو, أقرّت
    طهران, Moscow said): who speaks, a capital for its government, not where the event happened."""
    return _right_after(mention, view, "reported", gap=0) or _right_before(mention, view, "reported")


# How many words may stand between a meeting's word and the place it was held («لقائهما في أنقرة»).
_PLACE_AFTER_TRIGGER = 2


def _discussed(mention: Mention, view: SentenceView, draft: Draft | None) -> bool:
    """Whether a place is what a meeting discussed: after a topic marker in its clause («بحث
    الجانبان الوضع في سوريا», «محادثات أستانا حول سوريا»), unless it stands right after the
    meeting's own word, told after the marker: where it met («بشأن سوريا خلال لقائهما في أنقرة»)."""
    if draft is not None and draft.trigger.entry.data["type"] != "CONSULT":
        return False  # «حول المطار» is around the airport where a fight is told
    clause = view.clause_of(mention.span)
    text = view.document.analysis.text
    for marker in view.markers_in("topic"):
        span = view.span_of(marker)
        if not (clause.start <= span.start and span.end <= mention.span.start):
            continue
        where_it_met = (
            draft is not None
            and span.end <= draft.trigger_span.start < mention.span.start
            and len(text[draft.trigger_span.end : mention.span.start].split()) <= _PLACE_AFTER_TRIGGER
        )
        if not where_it_met:
            return True
    return False


def _right_after(mention: Mention, view: SentenceView, role: str, gap: int = 1) -> bool:
    """Whether a marker of ``role`` ends at most ``gap`` words before the mention (its article or a
    preposition may stand between), with no other place between: the marker is that place's
    ("refugees from Sudan drowned off Zuwara": Sudan is where they came from, Zuwara where they drowned)."""
    text = view.document.analysis.document.text
    for marker in view.markers_in(role):
        span = view.span_of(marker)
        if (
            span.end <= mention.span.start
            and len(text[span.end : mention.span.start].split()) <= gap
            and not _place_between(span, mention.span, view)
        ):
            return True
    return False


def _place_between(first: Span, last: Span, view: SentenceView) -> bool:
    return any(m.kind == "place" and first.end <= m.span.start and m.span.end <= last.start for m in view.mentions)


def _right_before(mention: Mention, view: SentenceView, role: str) -> bool:
    """Whether a marker of ``role`` follows the mention with nothing but spaces between."""
    text = view.document.analysis.document.text
    spans = (view.span_of(marker) for marker in view.markers_in(role))
    return any(mention.span.end <= span.start and not text[mention.span.end : span.start].strip() for span in spans)


def _reacts(mention: Mention, view: SentenceView) -> bool:
    """Whether a word of comment (condemned, offered condolences) stands in the mention's clause:
    who condemns an attack is neither its doer nor one of its parties."""
    clause = view.clause_of(mention.span)
    return any(clause.contains(view.span_of(marker)) for marker in view.markers_in("reaction"))


def _blamed(mention: Mention, view: SentenceView) -> bool:
    """The place an attribution word in its clause names as the doer, a capital standing for its
    government: the first place after the word («نسبت عدة غارات في سوريا إلى القدس», "attributed to
    Jerusalem") or, in a language that puts the verb last, the last one before it («به تل‌آویو نسبت
    داده شد»), places that are where it happened left aside."""
    clause = view.clause_of(mention.span)
    markers = [view.span_of(m) for m in view.markers_in("attribution")]
    markers = [span for span in markers if clause.start <= span.start and span.end <= clause.end]
    if not markers or _is_located(mention, view, reach=1):
        return False  # most places: no attribution word in their clause, nothing more to look at
    others = [
        other.span
        for other in view.mentions
        if other.kind == "place" and other is not mention and not _is_located(other, view, reach=1)
    ]
    after = [span.end for span in markers if span.end <= mention.span.start]
    if after and not any(max(after) <= other.start < mention.span.start for other in others):
        return True
    before = [span.start for span in markers if span.start >= mention.span.end]
    return bool(before) and not any(mention.span.end <= other.start < min(before) for other in others)


def _candidates(mention: Mention, drafts: list[Draft], view: SentenceView) -> list[Draft]:
    """The drafts a mention of its kind may belong to."""
    types = _event_types_of(mention)
    if types:
        # Casualties belong to an assault or a disaster, never to the meeting the same sentence also tells.
        return [d for d in drafts if d.trigger.entry.data["type"] in types]
    if mention.kind == "date":
        # A time is an adverbial of the clause it stands in or the next one ("في عام 2018، أسقطت");
        # further away it dates another verb, often the report itself ("أكدت، أمس الأحد، أن ...").
        at = view.clause_index(mention.span)
        return [
            d
            for d in drafts
            if abs(view.clause_index(d.trigger_span) - at) <= _TIME_CLAUSE_REACH and _dates_the_event(d, mention, view)
        ]
    return drafts


def _target(mention: Mention, drafts: list[Draft], view: SentenceView) -> Draft | None:
    drafts = _candidates(mention, drafts, view)
    # «after talks in the Kremlin on Thursday»: what follows a background trigger in its clause is its own
    own_clause = [
        d
        for d in drafts
        if d.background and d.clause.contains(mention.span) and mention.span.start >= d.trigger_span.start
    ]
    if own_clause:
        return min(own_clause, key=lambda d: distance(d.trigger_span, mention.span))
    main = [d for d in drafts if not d.background] or drafts
    if not main:
        return None
    # a name or a time belongs to the event of its clause, when the clause has one
    main = [d for d in main if d.clause.contains(mention.span)] or main
    # Nearest trigger; on a tie the one before the mention (the verb usually comes first).
    return min(main, key=lambda d: (distance(d.trigger_span, mention.span), d.trigger_span.start > mention.span.start))


def _dates_the_event(draft: Draft, date: Mention, view: SentenceView) -> bool:
    """Whether a date may tell when a draft's event happened: not when it dates the report or a statement
    of it, nor the update of its toll, nor today for an event told as a cause («two days after the
    blast, shops reopened today»), unless what today dates is the toll of that cause («لقي 7 مهاجرين
    حتفهم صباح اليوم الثلاثاء إثر غرق قارب»: they died when it sank)."""
    if (
        date.value.to_dict().get("relative") == "today"
        and told_as_cause(draft.trigger, view)
        and not any(m.kind == "count" and m.span.end <= date.span.start for m in view.mentions)
    ):
        return False
    return not (_dates_the_report(draft, date, view) or in_an_update(date, draft.trigger_span, view))


def _dates_the_report(draft: Draft, date: Mention, view: SentenceView) -> bool:
    """A date after "according to a report" dates the report, not the event before it; so does
    one next to the reporting verb that introduces the event («said on Tuesday that … the
    downing», «أعلنت الوزارة، الثلاثاء، أن … إسقاط», «روز سه‌شنبه اعلام کرد که … سقوط»), and any in
    the clause of a reporting verb that ends a toll told with no event word («وزارت بهداشت روز جمعه
    آمار کشته‌ها را ۴۳ نفر اعلام کرد»: the verb that tells the toll is the clause's only one)."""
    markers = [view.span_of(marker) for marker in view.markers_in("reported")]
    trigger = draft.trigger_span
    if draft.trigger.entry.data["subtype"] == TOLL_ONLY:
        clause = view.clause_of(date.span)
        if any(clause.contains(marker) and marker.start >= trigger.end for marker in markers):
            return True
    if date.span.start >= trigger.end:
        between = Span(trigger.end, date.span.start)
        return any(between.contains(marker) for marker in markers)
    # «به گزارش خبرگزاری …، بامداد امروز دوشنبه … هدف قرار داد»: a date in the event's clause, with
    # the attribution in a clause of its own, is the event's
    event_clause = view.clause_of(trigger)
    return any(
        marker.end <= trigger.start
        and distance(marker, date.span) <= _REPORTING_VERB_REACH
        and not (event_clause.contains(date.span) and not event_clause.contains(marker))
        for marker in markers
    )


@cache
def _news_media() -> frozenset[str]:
    return frozenset(f"org:{org_id}" for org_id in load_words("common", "news_media"))


def _is_news_medium(mention: Mention) -> bool:
    return mention.kind == "org" and getattr(mention.value, "key", None) in _news_media()


def assign(view: SentenceView, drafts: list[Draft]) -> list[Mention]:
    """Give each mention of the sentence to its claim; return counts that found none."""
    orphans = []
    for mention in view.mentions:
        target = _target(mention, drafts, view)
        if target is None:
            if mention.kind == "count":
                orphans.append(mention)
            continue
        _fill(target, mention, view)
    return orphans


def share_places_told_between(drafts: list[Draft], view: SentenceView) -> None:
    """A place told between an event and another that a preposition puts as what came of it, in one
    clause, is also where the first happened when it has no place of its own: «دیدار ... در تهران
    با توافق ... به پایان رسید», «انتهت القمة في طهران باتفاق» (the talks in Tehran ended with an
    agreement: both in Tehran). Never the place of an earlier event a report recalls."""
    outcomes = [d for d in drafts if not d.background and _after_a_preposition(d, view)]
    for earlier in drafts:
        if earlier.places or earlier.background:
            continue
        for later in outcomes:
            between = [
                place
                for place in later.places
                if earlier.trigger_span.end <= place.span.start
                and place.span.end <= later.trigger_span.start
                and earlier.clause.contains(place.span)
            ]
            earlier.places.extend(place for place in between if place not in earlier.places)


def _fill(draft: Draft, mention: Mention, view: SentenceView) -> None:
    if mention.kind == "date":
        draft.dates.append(mention)
    elif mention.kind in ("person", "org"):
        # who says so is not who did it (a news agency never is); «talks in the Kremlin»: a venue
        if mention is draft.source or _is_news_medium(mention) or _reacts(mention, view):
            return
        if not (mention.kind == "org" and _is_located(mention, view)):
            draft.actors.append(mention)
    elif mention.kind == "place":
        role = _place_role(mention, view, draft)
        if role is not None:
            (draft.actors if role == "actor" else draft.places).append(mention)
        if role == "place" and _right_after(mention, view, "near"):
            draft.near.append(mention)
    elif mention.kind == "count":
        draft.counts.append(mention)
    else:
        draft.quantities.append(mention)


def date_the_when_clause(drafts: list[Draft], view: SentenceView) -> None:
    """ "The downing drew comparisons with January 2020, when air defences shot down an airliner":
    a date followed by «when» is the time of the event its clause tells, and of no event before."""
    text = view.document.analysis.document.text
    for marker in map(view.span_of, view.markers_in("when")):
        date = next(
            (m for m in view.mentions if m.kind == "date" and _WHEN_GAP.fullmatch(text[m.span.end : marker.start])),
            None,
        )
        told = [d for d in drafts if d.trigger_span.start >= marker.end]
        if date is None or not told:
            continue
        first = min(told, key=lambda d: d.trigger_span.start)
        for draft in drafts:
            draft.dates[:] = [d for d in draft.dates if d is not date]
        first.dates.insert(0, date)


def date_its_relative_clause_gives(draft: Draft, view: SentenceView) -> None:
    """An event noun followed by a relative clause is dated by a date in that clause, not by one of
    the sentence's own verb: «شيّعت طرابلس بعد ظهر الجمعة ضحايا الانفجار الذي دمّر العنبر مساء
    أمس» (the funeral was on Friday, the blast the evening before), "the blast that hit on Thursday"."""
    text = view.document.analysis.document.text
    for marker in map(view.span_of, view.markers_in("relative")):
        between = text[draft.trigger_span.end : marker.start]
        if marker.start < draft.trigger_span.end or len(between.split()) > _RELATIVE_REACH:
            continue
        clause = view.clause_of(marker)
        own = [date for date in draft.dates if date.span.start >= marker.end and clause.contains(date.span)]
        if own:
            draft.dates[:] = own
            return


def drop_places_of_what_came_after(draft: Draft) -> None:
    """An earlier event a sentence recalls takes no place from the clauses after its own: they tell
    what came of it («منذ التدخل الروسي عام 2015 …، وإن كان مسار أستانا قد أتاح لأنقرة وطهران …»:
    Ankara is no place of the intervention). Its doer may stand before it, in a clause of its own
    («وتنظر إسرائيل …، وكانت قد قصفت»)."""
    if draft.background:
        draft.places[:] = [m for m in draft.places if m.span.start < draft.clause.end]


def _after_a_preposition(draft: Draft, view: SentenceView) -> bool:
    """Whether an event's trigger is the complement of a preposition (با توافق, باتفاق, with a deal)."""
    if draft.trigger.proclitic and draft.trigger.proclitic in preposition_prefixes():
        return True
    before = view.words[max(0, draft.trigger.first - 2) : draft.trigger.first]
    lang = view.sentence.lang
    prepositions, function_words = word_set(lang, "prepositions"), word_set(lang, "function_words")
    return any(word.key in prepositions for word in before[-1:]) or (
        len(before) == 2 and before[0].key in prepositions and before[1].key in function_words
    )


def _place_role(mention: Mention, view: SentenceView, draft: Draft | None = None) -> str | None:
    """What a place is to the event of its sentence: where it happened ("place"), who acted, a
    country or a capital for its government ("actor"), or neither (None)."""
    if _inside_a_name(mention, view):
        return None  # «Russia's defence ministry»: the country is part of who speaks or acts
    if _discussed(mention, view, draft):
        return None  # «بحث الجانبان الوضع في سوريا»: what was discussed, not where
    if _right_after(mention, view, "named_after", gap=0) or _right_before(mention, view, "named_after"):
        return None  # «مسار أستانا», the Astana process: a name, not a place of the event
    if _right_after(mention, view, "seat"):
        return None  # «دولت مستقر در صنعاء», the government based in Sanaa: where it sits
    if _right_after(mention, view, "care", gap=_ROUTE_GAP):
        return None  # "died in hospital in Sanaa", «نقلوا إلى مستشفيات صنعاء»: where the wounded were cared for
    if (
        _right_after(mention, view, "route", gap=_ROUTE_GAP)
        or _right_before(mention, view, "route")
        or _on_a_route(mention, view)
    ):
        # «متجهة إلى يريفان», "after leaving Tabriz", «از فرودگاه تبریز برخاست», "from Tehran bound
        # for Mashhad": the journey's ends, not where it happened
        return None
    if _speaks(mention, view) or _reacts(mention, view):
        return None  # «أقرّت طهران بأن ...», "Moscow said", "Iran condemned": who speaks did not act
    acting_country = is_country(mention.value.to_dict()) and not _is_located(mention, view)
    return "actor" if acting_country or _blamed(mention, view) else "place"


def _on_a_route(mention: Mention, view: SentenceView) -> bool:
    """«پرواز تبریز - ایروان», the Tehran-Damascus flight: two places joined by a dash name a route."""
    text = view.document.analysis.document.text
    for other in view.mentions:
        if other.kind == "place" and other is not mention:
            first, second = sorted((other.span, mention.span), key=lambda span: span.start)
            if first.end <= second.start and _DASH.fullmatch(text[first.end : second.start]):
                return True
    return False


def _adds_to(earlier: Told, count: Mention, view: SentenceView, index: int) -> bool:
    """Whether a casualty count with no event of its own adds to the claim told just before («the
    incident killed 15»), not when it is told as of an earlier time («پیش از این ... ۱۱ نفر اعلام شده بود»)."""
    if told_as_earlier(count.span, view) or _dated_apart(earlier, count, view):
        return False
    return bool(view.markers_in("anaphor")) or index - earlier.sentence_index == 1


def _dated_apart(earlier: Told, count: Mention, view: SentenceView) -> bool:
    """Whether a count's clause gives a time that is not the claim's before it ("Strikes on weddings
    have drawn criticism. In October 2016, more than 140 people were killed ..."): another event."""
    clause = view.clause_index(count.span)
    near = [
        m.value.to_dict()
        for m in view.mentions
        if m.kind == "date" and abs(view.clause_index(m.span) - clause) <= _TIME_CLAUSE_REACH
    ]
    said = [value for value in near if value.get("resolved")]
    time = earlier.draft.time()
    if time is None:
        return bool(said)
    return any(time_relation(time.value.to_dict(), value) is Relation.CONFLICT for value in said)


def _holds_a_whole(draft: Draft) -> bool:
    return any(not c.value.to_dict().get("part_of") for c in draft.counts)


def place_orphan_counts(
    orphans: list[Mention], view: SentenceView, index: int, told: list[Told], drafts: list[Draft]
) -> tuple[list[Draft], list[Told]]:
    """Casualty counts with no event in their sentence: the assault or disaster just told, or their own
    claim of the document's event (always, for a toll update: «the toll rose to 27» is a statement of its
    own), which takes the places of its sentence that no event of the sentence holds («funerals were
    held in Tabriz for 52 of the victims»: where they were buried). Returns the new drafts, and the
    claims told before that took counts in."""
    free: list[Mention] | None = None  # the places no event of the sentence holds, found once if needed
    # a day another event of the sentence holds is that event's («a day of mourning on Thursday for
    # the 31 who died when ...»)
    held_days = {id(day) for told_draft in drafts for day in told_draft.dates}
    new: list[Draft] = []
    grown: list[Told] = []
    for count in orphans:
        types = _event_types_of(count)
        if not types:
            continue
        update = update_of(count, view)
        whole = next((d for d in new if count.value.to_dict().get("part_of") and _holds_a_whole(d)), None)
        if whole is not None:  # "put the toll at nine, including three Iraqis": a part of that toll
            whole.counts.append(count)
            continue
        earlier = last_told(told, index, types)
        # a first, provisional figure («تاکنون ۳ نفر», "so far") adds to the claim told, which it marks so
        if earlier is not None and update in (None, PROVISIONAL) and _adds_to(earlier, count, view, index):
            earlier.draft.counts.append(count)
            earlier.draft.update = earlier.draft.update or update
            grown.append(earlier)
            continue
        fake = PhraseMatch(0, 0, 0, 0, _casualties_entry(_story_type(told, types)), "")
        draft = Draft(fake, count.span, view.clause_of(count.span), False, counts=[count], update=update)
        draft.dates = [
            m for m in view.mentions if m.kind == "date" and id(m) not in held_days and _dates_the_event(draft, m, view)
        ][:1]
        if free is None:
            held = {id(place) for told_draft in drafts for place in told_draft.places}
            free = [
                m for m in view.mentions if m.kind == "place" and id(m) not in held and _place_role(m, view) == "place"
            ]
        draft.places = list(free)
        new.append(draft)
    return new, grown
