"""Engine for: count, quantity.

A number becomes a ``count`` when its clause says what happened to what it counts: a predicate
of the count lexicon (مقتل, کشته, killed) bound to the number, and the counted noun next to it
(15 عسكرياً, ۱۵ نظامی, all 15 crew) or before it when Arabic writes the number with the article
(أفراد الطاقم الروسي الـ15). A number with a counted noun and no predicate, or with a unit
(35 كيلومترا, پنج ساعت), is a ``quantity``; an amount and the hundredths of its currency after
it («20 دولار و43 سنت») are one. Years and numbers inside dates, durations, percentages and
ordinals are never counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from factcmp.analysis import TextAnalysis, drop_overlapped
from factcmp.kinds.counts import lexicon as count_lexicon
from factcmp.kinds.counts.clause import REACH, Clause, TextIndex
from factcmp.kinds.counts.lexicon import Hit
from factcmp.kinds.counts.unit_words import unit_words
from factcmp.kinds.numbers.context import (
    ReadNumber,
    folded_spans,
    mention,
    modifier_after,
    modifier_before,
    numbers_in,
    plain_modifier,
)
from factcmp.kinds.numbers.lexicon import currency_signs, gap_word, numeral_lexicon, sign_letters
from factcmp.kinds.numbers.match import Number
from factcmp.kinds.numbers.tokens import tidy
from factcmp.kinds.places.gazetteer import load_gazetteer, name_key
from factcmp.model import Mention, Span, SpanIndex
from factcmp.text.words import Word
from factcmp.values import CountValue, QuantityValue

KINDS: tuple[str, ...] = ("count", "quantity")
REQUIRES: tuple[str, ...] = ("number", "percent", "ordinal", "date", "duration")

_NOT_COUNTED = frozenset({"date", "duration", "percent", "ordinal"})
_YIELD_TO = frozenset({"date", "duration"})
_NOUN_AFTER = 3  # words after the number the counted noun may be (15 Russian servicemen)
_NOUN_BEFORE = 4  # words before an Arabic definite number (أفراد الطاقم الروسي الـ15)
_MODIFIER_BEFORE_NOUN = 2  # جميع أفراد الطاقم: words between an "all" and the noun it qualifies
_PARTITIVE_LEAD = 3  # words a partitive may hold before its noun (of the, از)
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)[0-9]{2}")
_DEFAULT_OBJECT = "people"
_DEFAULT_UNIT = "person"
_SIGN_REACH = 4  # characters looked at on either side of a number for a currency sign


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    read_numbers = numbers_in(analysis)
    yields = [m for m in found if m.kind in _YIELD_TO]
    if not read_numbers:
        return drop_overlapped(unit_words(analysis), yields)
    blocked = SpanIndex(folded_spans(analysis, found, _NOT_COUNTED))
    index = TextIndex.of(analysis)
    mentions: list[Mention] = []
    read_of: dict[int, ReadNumber] = {}
    for read in read_numbers:
        match = read.match
        if match.is_ordinal or blocked.overlaps_any(Span(match.start, match.end)):
            continue
        mention = _bind(analysis, index, read, _last_toll(analysis, mentions, match.start))
        if mention is not None:
            mentions.append(mention)
            read_of[id(mention)] = read

    def told_by_a_state(mention: Mention) -> bool:
        read = read_of.get(id(mention))
        return read is not None and _bound_by_a_state(index, read)

    mentions = _mark_breakdowns(analysis, _join_hundredths(analysis, mentions), told_by_a_state)
    return drop_overlapped(mentions + drop_overlapped(unit_words(analysis), mentions), yields)


# The most words between two counts of one breakdown («412 محتجزاً من عناصر الحوثيين كانوا لدى
# الحكومة، و294»).
_BREAKDOWN_GAP = 8


def _mark_breakdowns(
    analysis: TextAnalysis, mentions: list[Mention], told_by_a_state: Callable[[Mention], bool]
) -> list[Mention]:
    """Counts of one kind joined by "and" or a comma in one sentence («قتل 3 جنود و2 مدنيين», "freed
    412 fighters held by the government and 294 people held by the rebels") break a whole down:
    each is a part of it, so that none is set against the whole another report gives. A count
    told only by a state («و294 محتجزاً لدى الحوثيين», held by) takes what the first says was
    done («أفرج عن 412 ...»), as a state yields to an event in one clause. Not when the second is
    another source's figure ("35 according to the ministry and 38 ...")."""
    marked = list(mentions)
    for i in range(1, len(marked)):
        if not _joined(analysis, marked[i - 1], marked[i], ("and",)):
            continue
        if not _same_kind(marked[i - 1], marked[i], told_by_a_state):
            continue
        marked[i] = _with_type_of(marked[i], marked[i - 1])
        first = i - 1  # "3 soldiers, 2 police officers and a child": the list before the last "and"
        while first > 0 and _joined(analysis, marked[first - 1], marked[first], ("comma",)):
            if not _same_kind(marked[first - 1], marked[first], lambda _: False):  # a list is of one kind
                break
            first -= 1
        marked[first : i + 1] = [_as_part(mention) for mention in marked[first : i + 1]]
    return marked


def _same_kind(first: Mention, second: Mention, told_by_a_state: Callable[[Mention], bool]) -> bool:
    a, b = first.value, second.value
    if not (isinstance(a, CountValue) and isinstance(b, CountValue)):
        return False
    # «أفرج عن 412 محتجزاً ... و294 محتجزاً لدى الحوثيين»: the same detainees, only the second's
    # state told; "killed 3 soldiers and 5 others remain held" are others, held
    return a.count_type == b.count_type or (a.object == b.object and told_by_a_state(second))


def _with_type_of(mention: Mention, other: Mention) -> Mention:
    value, kind = mention.value, other.value
    if not (isinstance(value, CountValue) and isinstance(kind, CountValue)) or value.count_type == kind.count_type:
        return mention
    return attrs.evolve(mention, value=attrs.evolve(value, count_type=kind.count_type))


def _bound_by_a_state(index: TextIndex, read: ReadNumber) -> bool:
    """Whether a count's type comes from a state («محتجزاً لدى», on board), not from an event."""
    clause = index.clause(read.match.start, read.match.end, read.lang)
    if clause is None:
        return False
    noun, _ = _counted_noun(clause, read.lang, read.match.has_article or read.match.follows_noun)
    predicate = _predicate(clause, noun, read.lang)
    return predicate is not None and predicate.entry.data.get("role") == "state"


def _joined(analysis: TextAnalysis, first: Mention, second: Mention, joints: tuple[str, ...]) -> bool:
    """Whether two counts are joined as a breakdown, by "and" or by a comma (``joints``)."""
    a, b = first.value, second.value
    if not (isinstance(a, CountValue) and isinstance(b, CountValue)):
        return False
    if b.part_of or a.modifier == "all" or b.modifier == "all":
        return False  # a part of a toll told before, or a whole ("all 15")
    gap = analysis.text[first.span.end : second.span.start]
    words = gap.split()
    if not words or len(words) > _BREAKDOWN_GAP or _SENTENCE_END.search(gap):
        return False
    joint = gap_word(words[-1])
    joined_by = "and" if numeral_lexicon(second.lang).is_and(joint) else "comma" if gap.strip() in (",", "،") else None
    if joined_by not in joints:
        return False
    return not _another_source_between(gap, second.lang)


def _another_source_between(gap: str, lang: str) -> bool:
    """Whether words between two figures say whose the second is ("and 38 according to the coast
    guard", «وقال ... إن»): a word of attribution, or a phrase of them."""
    said = count_lexicon.attributions(lang)
    padded = f" {' '.join(gap.lower().split())} "
    return any(word in said for word in padded.split()) or any(f" {p} " in padded for p in said if " " in p)


def _as_part(mention: Mention) -> Mention:
    value = mention.value
    if not isinstance(value, CountValue) or value.part_of:
        return mention
    return attrs.evolve(mention, value=attrs.evolve(value, part_of=True))


def _join_hundredths(analysis: TextAnalysis, mentions: list[Mention]) -> list[Mention]:
    """«20 دولار و43 سنت», 3 pounds and 50 pence: an amount and the hundredths of its currency
    written after it are one amount (20.43 dollars)."""
    joined: list[Mention] = []
    for found in mentions:
        amount = _with_hundredths(analysis, joined[-1], found) if joined else None
        if amount is not None:
            joined[-1] = analysis.mention_at("quantity", Span(joined[-1].span.start, found.span.end), amount)
        else:
            joined.append(found)
    return joined


def _with_hundredths(analysis: TextAnalysis, whole: Mention, part: Mention) -> QuantityValue | None:
    """The amount ``whole`` (20 دولار) with ``part`` (43 سنت) added, when ``part`` is the hundredths
    of its currency written right after it."""
    amount, cents = whole.value, part.value
    if not (isinstance(amount, QuantityValue) and isinstance(cents, QuantityValue)):
        return None
    if count_lexicon.subunits().get(amount.unit) != cents.unit or amount.low is not None:
        return None
    if not (isinstance(cents.value, int) and 0 < cents.value < 100 and cents.modifier == "exact"):
        return None
    gap = gap_word(analysis.text[whole.span.end : part.span.start])
    if gap and not numeral_lexicon(part.lang).is_and(gap):
        return None
    return attrs.evolve(amount, value=round(amount.value + cents.value / 100, 2))


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _last_toll(analysis: TextAnalysis, mentions: list[Mention], start: int) -> str | None:
    """The count type of the sentence's last count before ``start``: what a part of it («بينهم 6 سوريين») counts."""
    last = next((m for m in reversed(mentions) if m.kind == "count"), None)
    if last is None or not isinstance(last.value, CountValue) or last.value.part_of:
        return None
    end = analysis.folded.to_folded(last.span.start, last.span.end)[1]
    if end > start or start - end > REACH or _SENTENCE_END.search(analysis.folded.text, end, start):
        return None
    return last.value.count_type


def _year_like(text: str, read: ReadNumber) -> bool:
    """2015 written as four digits: a year in a news text, whatever the dates engine made of it."""
    return read.match.has_digits and _YEAR_LIKE.fullmatch(text, read.match.start, read.match.end) is not None


def _bind(analysis: TextAnalysis, index: TextIndex, read: ReadNumber, toll: str | None) -> Mention | None:
    """The count or quantity of a number; ``toll`` is the count type of the count before it in its
    sentence, which a part of it («بينهم 6 سوريين», including 63 Canadians) counts too."""
    match, lang = read.match, read.lang
    clause = index.clause(match.start, match.end, lang)
    if clause is None:
        return None
    money = _currency_sign(analysis.folded.text, read)
    if money is not None:
        return _amount(analysis, read, *money)
    unit = _unit_after(clause, lang)
    if unit is not None:
        if match.is_weak:
            return None
        factor = count_lexicon.unit_factor(unit.entry)
        return _quantity(analysis, _Bound(read, clause, unit), unit.entry.data["unit"], factor)
    noun, noun_before = _counted_noun(clause, lang, match.has_article or match.follows_noun)
    predicate = _predicate(clause, noun, lang)
    if _year_like(analysis.folded.text, read) and not _told_as_a_toll(predicate, clause):
        return None  # 2015 counts nothing; «2000 ملغ», $2000 are amounts
    if match.is_weak and not (noun is not None and _next_to(noun, clause)):
        return None
    partitive = _partitive_after(clause, noun, noun_before, lang) or _partitive_opening(clause, lang)
    part = (
        (toll is not None and _after_part_marker(clause, lang)) or partitive is not None or _opens_a_part(clause, lang)
    )
    bound = _Bound(read, clause, noun, noun_before, part=part)
    count_type = _count_type(predicate, partitive, toll if bound.part else None)
    if count_type in count_lexicon.people_count_types() and _counts_things(noun):
        count_type = None  # «یک ساختمان ... ۲۶ نفر کشته شدند»: the building was not killed
    if count_type is not None:
        object_name = _state_object(predicate, clause, lang) or (
            noun.entry.data["object"] if noun is not None else _DEFAULT_OBJECT
        )
        return _count(analysis, bound, count_type, object_name)
    if noun is not None:
        return _quantity(analysis, bound, noun.entry.data["unit"] or _DEFAULT_UNIT)
    return None


def _state_object(predicate: Hit | None, clause: Clause, lang: str) -> str | None:
    """What a count counts when its state is itself a counted noun: «اجساد ۶۸ نفر», the bodies of
    68 people, counts bodies (a part of any toll), not people."""
    if predicate is None or predicate.entry.data.get("role") != "state":
        return None
    noun = count_lexicon.counted_nouns(lang).match_at(clause.words, predicate.first)
    return noun.entry.data["object"] if noun is not None and noun.entry.data["object"] == "bodies" else None


def _told_as_a_toll(predicate: Hit | None, clause: Clause) -> bool:
    """«إلى 2053 قتيلاً»: four digits a casualty word follows at once are a toll, not a year (a year
    the dates engine read is never bound at all)."""
    return predicate is not None and predicate.first == clause.last + 1 and predicate.entry.data.get("role") != "state"


def _counts_things(noun: Hit | None) -> bool:
    return noun is not None and noun.entry.data["object"] in count_lexicon.things_counted()


_MARKER_WORDS = 4  # the longest part marker, in words («که از این تعداد»)


def _after_part_marker(clause: Clause, lang: str) -> bool:
    """بينهم 6, از جمله ۶, including 63: a part marker ends right before the number's phrase."""
    markers = count_lexicon.part_markers(lang)
    for first in range(max(0, clause.lead - _MARKER_WORDS), clause.lead):
        hit = markers.match_at(clause.words, first)
        if hit is not None and hit.last == clause.lead - 1:
            return True
    return False


def _at_clause_start(phrases: count_lexicon.PhraseIndex, clause: Clause) -> Hit | None:
    """The phrase that opens a clause, if any (none where the clause has no word of the text)."""
    if clause.lo >= min(clause.hi, len(clause.words)):
        return None
    return phrases.match_at(clause.words, clause.lo)


def _partitive_opening(clause: Clause, lang: str) -> Hit | None:
    """ "Among the dead were three children", «ومن بين القتلى ثلاثة أطفال»: a partitive of the
    clause kind that opens the number's clause names the toll the count is a part of."""
    found = _at_clause_start(count_lexicon.partitives(lang), clause)
    if found is None or found.entry.data.get("position") != "clause" or found.last >= clause.lead:
        return None
    return found


def _opens_a_part(clause: Clause, lang: str) -> bool:
    """ "Among the dead were three children", «ومن بين القتلى ثلاثة أطفال»: a part opener starts the
    number's clause, with words between it and the number ("among 10 and 20" is no part)."""
    opener = _at_clause_start(count_lexicon.part_openers(lang), clause)
    return opener is not None and opener.last + 1 < clause.lead and not clause.words[opener.last + 1].key[:1].isdigit()


def _count_type(predicate: Hit | None, partitive: Hit | None, toll: str | None) -> str | None:
    """What a count counts: its predicate's type, except that a partitive which names the toll
    names it over the word inside it («تسعة أطفال بين الضحايا»: victims, of the dead)."""
    named = partitive.entry.data["count_type"] if partitive is not None else ""
    inside = partitive is not None and predicate is not None and partitive.first <= predicate.first <= partitive.last
    if predicate is not None and not (named and inside):
        return predicate.entry.data["count_type"]
    return named or toll


def _partitive_after(clause: Clause, noun: Hit | None, noun_before: bool, lang: str) -> Hit | None:
    """«سبعة من القتلى», «هفت نفر از کشته‌شدگان», seven of the dead: a partitive right after the
    number's phrase (its noun included), or one of position ``clause`` later in its clause with no
    other figure between ("seven policemen guarding the gate were among the dead"), which makes
    the count a part of a toll."""
    after = noun.last + 1 if noun is not None and not noun_before else clause.last + 1
    partitives = count_lexicon.partitives(lang)
    for index in range(after, clause.hi):
        if index > after and clause.words[index].key[:1].isdigit():
            return None
        found = partitives.match_at(clause.words, index)
        if found is not None and (index == after or found.entry.data.get("position") == "clause"):
            return found
    return None


@attrs.frozen
class _Bound:
    """A number with its clause and the noun (or unit) bound to it, after or before it."""

    read: ReadNumber
    clause: Clause
    noun: Hit | None = None
    noun_before: bool = False
    part: bool = False  # a part of the toll before it: بينهم 6 سوريين


def _currency_sign(text: str, read: ReadNumber) -> tuple[str, int, int] | None:
    """$10, 10 $, 20€: the unit of a currency sign written next to the number, and the span with it."""
    start, end = read.match.start, read.match.end
    after = text[end : end + _SIGN_REACH]
    before = text[max(0, start - _SIGN_REACH) : start]
    after_sign, before_sign = after.lstrip(" "), before.rstrip(" ")
    if after_sign[:1] not in sign_letters() and before_sign[-1:] not in sign_letters():
        return None  # most numbers: no sign's letter next to them, so no sign to look for
    for sign, unit in currency_signs():
        if after_sign.startswith(sign) and len(after) - len(after_sign) <= 1:
            return unit, start, end + after.index(sign) + len(sign)
        if before_sign.endswith(sign) and len(before) - len(before_sign) <= 1:
            sign_start = start - len(before) + before.rindex(sign)
            if not (sign[0].isalpha() and text[sign_start - 1 : sign_start].isalpha()):  # Rs, not "hours 5"
                return unit, sign_start, end
    return None


def _amount(analysis: TextAnalysis, read: ReadNumber, unit: str, start: int, end: int) -> Mention:
    text, match = analysis.folded.text, read.match
    before = modifier_before(text, start, read.lang)
    after = modifier_after(text, end, read.lang)
    modifier = before[0] if before else after[0] if after else plain_modifier(match)
    value = QuantityValue(value=match.value, unit=unit, modifier=modifier, low=match.low, high=match.high)
    return mention(analysis, "quantity", before[1] if before else start, end, value)


def _next_to(noun: Hit, clause: Clause) -> bool:
    return noun.first == clause.last + 1 or noun.last == clause.first - 1


def _unit_after(clause: Clause, lang: str) -> Hit | None:
    index = clause.last + 1
    if index >= clause.hi:
        return None
    unit = count_lexicon.units(lang).match_at(clause.words, index)
    if unit is not None and unit.entry.data.get("context") == "weighed" and not _weighed(clause, unit, lang):
        return None  # ۱۵ تن کشته شدند: persons, not tonnes
    return unit


_WEIGHED_AFTER = 2  # words after the unit a thing weighed may stand in (۵ تن از مواد مخدر)


def _weighed(clause: Clause, unit: Hit, lang: str) -> bool:
    """Whether the unit weighs: a thing weighed follows it, or a thing weighed or a word of weight
    or trade comes before the number in a clause that tells nothing happening to people
    («واردات گندم به ۳ میلیون تن رسید»; not «در معدن زغال‌سنگ ۱۵ تن کشته شدند»)."""
    things, weight_words = count_lexicon.weighed_things(lang)
    after = range(unit.last + 1, min(clause.hi, unit.last + 1 + _WEIGHED_AFTER))
    if any(things.match_at(clause.words, index) is not None for index in after):
        return True
    if clause.predicates:
        return False
    before = range(clause.lo, clause.lead)
    return any(index.match_at(clause.words, i) is not None for i in before for index in (things, weight_words))


def _counted_noun(clause: Clause, lang: str, definite: bool) -> tuple[Hit | None, bool]:
    """The noun the number counts, and whether it stands before the number (الجنود الـ15)."""
    nouns = count_lexicon.counted_nouns(lang)
    predicate_starts = {hit.first for hit in clause.predicates}
    for index in range(clause.last + 1, min(clause.hi, clause.last + 1 + _NOUN_AFTER)):
        if index > clause.last + 1 and clause.words[index].key[:1].isdigit():
            break  # «دو طرف ۹ تفاهم‌نامه»: the noun after another number is that number's
        hit = nouns.match_at(clause.words, index)
        if hit is not None:
            return hit, False
        if index in predicate_starts:
            break
    people = _demonym_as_noun(clause, lang)
    if people is not None:
        return people, False
    if definite:
        predicate_words = {i for hit in clause.predicates for i in range(hit.first, hit.last + 1)}
        for index in range(clause.first - 1, max(clause.lo - 1, clause.first - 1 - _NOUN_BEFORE), -1):
            if index in predicate_words:
                break  # «عسكريين اثنين وإصابة اثنين»: the noun before another predicate is another number's
            hit = nouns.match_at(clause.words, index) or _phrase_ending_at(nouns, clause, index)
            if hit is not None:
                return hit, True
    return None, False


_PEOPLE = count_lexicon.Entry(("",), {"object": _DEFAULT_OBJECT, "unit": _DEFAULT_UNIT})


def _demonym_as_noun(clause: Clause, lang: str) -> Hit | None:
    """ثلاثة فلسطينيين, three Palestinians: a demonym right after the number names people."""
    index = clause.last + 1
    if index >= clause.hi:
        return None
    countries = count_lexicon.demonyms(lang)
    if not any(stem in countries for stem in clause.words[index].stems):
        return None
    return Hit(index, index, _PEOPLE)


def _phrase_ending_at(nouns: count_lexicon.PhraseIndex, clause: Clause, index: int) -> Hit | None:
    """A two-word noun whose last word is at ``index`` (أفراد الطاقم), found when reading backwards."""
    if index - 1 < clause.lo:
        return None
    hit = nouns.match_at(clause.words, index - 1)
    return hit if hit is not None and hit.last == index else None


def _predicate(clause: Clause, noun: Hit | None, lang: str) -> Hit | None:
    """The predicate of the clause nearest to the number (11 killed and 76 injured: each its own);
    a state («on board») only when no event binds.

    An event predicate must touch the number or its noun, or stand in the clause with a noun
    bound; a toll predicate (حصيلة القتلى, death toll) needs only to come before the number.
    """
    connectors, auxiliaries = numeral_lexicon(lang).connectors, count_lexicon.auxiliaries(lang)
    best: tuple[bool, bool, int, Hit] | None = None
    for hit in clause.predicates:
        if hit.last >= clause.first and hit.first <= clause.last:
            continue
        if hit.last < clause.first and _in_a_partitive(hit, clause, lang):
            continue  # «با درگذشت چند نفر از مجروحان به ۳۱ نفر»: the wounded are another count's
        if _after_kin(hit, clause, lang):
            continue  # «المئات من ذوي الأسرى», hundreds of families of the missing: not captives, not missing
        distance = _distance(hit, clause, noun, connectors, auxiliaries)
        # where the counted were («on board», «على متنها») yields to what happened to them, unless
        # it carries the number and nothing else touches it («غرق قارب يقل 60 مهاجرا … مقتل 12»)
        carries = distance == 1 and hit.last < clause.first
        rank = (not carries, hit.entry.data.get("role") == "state", distance)
        if _binds(hit, clause, noun, distance) and (best is None or rank < best[:3]):
            best = (*rank, hit)
    return best[3] if best is not None else None


def _distance(
    hit: Hit, clause: Clause, noun: Hit | None, connectors: frozenset[str], auxiliaries: frozenset[str]
) -> int:
    """Words between a predicate and the number's phrase. A predicate before the number across
    "and" belongs to the coordinate before it (۱۲ نفر جان باختند و ۳۵ نفر دیگر زخمی شدند)."""
    # the phrase starts at a modifier («killing all 15 …») or a noun before the number («عسكريين اثنين»)
    phrase_start = min(clause.lead, noun.first) if noun is not None else clause.lead
    if hit.last < phrase_start:
        distance = max(1, phrase_start - hit.last)
        lead = clause.words[phrase_start].key
        glued = lead[:1] in connectors and lead[1:2].isdigit()  # «12 قتيلا و30 جريحا»
        return distance + 1 if glued or clause.words[phrase_start - 1].key in connectors else distance
    phrase_end = noun.last if noun is not None and noun.last > clause.last else clause.last
    distance = hit.first - phrase_end if hit.first > phrase_end else hit.first - clause.last
    between = clause.words[phrase_end + 1 : hit.first] if hit.first > phrase_end else []
    distance -= sum(word.key in auxiliaries for word in between)  # dozens were hurt
    # «استشهاد عسكريين اثنين وإصابة اثنين آخرين»: a predicate after «and» starts the next coordinate
    return distance + 1 if clause.words[hit.first].key[:1] in connectors and distance > 0 else distance


def _in_a_partitive(hit: Hit, clause: Clause, lang: str) -> bool:
    """Whether a predicate before the number ends a partitive («از مجروحان», of the wounded): it
    tells what an earlier quantifier («چند نفر», several) is part of, not what the number counts."""
    return _led_by(count_lexicon.partitives(lang), clause, hit.first, hit.last)


def _after_kin(hit: Hit, clause: Clause, lang: str) -> bool:
    """Whether a predicate comes right after a word for kin («ذوي», "families of the"): it names
    whose kin the counted are."""
    return _led_by(count_lexicon.kin(lang), clause, hit.first, hit.first - 1)


def _led_by(phrases: count_lexicon.PhraseIndex, clause: Clause, first: int, last: int) -> bool:
    """Whether a phrase starting up to _PARTITIVE_LEAD words before word ``first`` ends at word ``last``."""
    for start in range(max(clause.lo, first - _PARTITIVE_LEAD), first):
        found = phrases.match_at(clause.words, start)
        if found is not None and found.last == last:
            return True
    return False


def _binds(hit: Hit, clause: Clause, noun: Hit | None, distance: int) -> bool:
    if hit.entry.data.get("role") == "toll":
        return hit.last < clause.first
    if noun is not None:
        # ۳۹ سرنشین: a noun that says where the counted were is its own state
        return not (noun.first <= hit.first <= noun.last) or hit.entry.data.get("role") == "state"
    return distance == 1


def _modifier(text: str, bound: _Bound) -> tuple[str, int]:
    """The modifier and where the mention starts: at the modifier when it comes first."""
    read, clause, noun, noun_before = bound.read, bound.clause, bound.noun, bound.noun_before
    start = read.match.start
    found = modifier_before(text, start, read.lang)
    if found is not None:
        return found[0], found[1]
    if noun is not None and noun_before:
        start = clause.words[noun.first].start
        for index in range(noun.first, max(clause.lo - 1, noun.first - 1 - _MODIFIER_BEFORE_NOUN), -1):
            found = modifier_before(text, clause.words[index].start, read.lang)
            if found is not None:
                return found[0], found[1]
    after_number = read.match.end
    if noun is not None and not noun_before:
        after_number = clause.words[noun.last].end  # 15 شخصا على الأقل
    after = modifier_after(text, after_number, read.lang)
    if after is not None:
        return after[0], start
    return plain_modifier(read.match), start


def _affiliation(clause: Clause, noun: Hit | None, lang: str) -> str | None:
    """The country of what is counted, from a demonym next to its noun (عسكريا روسيا, Russian servicemen,
    الطاقم الروسي الـ15)."""
    if noun is None:
        return None
    countries = count_lexicon.demonyms(lang)
    first = max(clause.lo, noun.first - 1)
    last = min(clause.hi - 1, max(noun.last + 1, clause.first - 1))
    for word in clause.words[first : last + 1]:
        country = next((countries[stem] for stem in word.stems if stem in countries), None)
        if country is not None:
            return country
    if noun.last + 1 < clause.hi:  # نظامی روسیه, جنود روسيا: the country named after the noun
        return _country_named(clause.words[noun.last + 1])
    return None


def _country_before(clause: Clause) -> str | None:
    """The country named nearest before a count in its clause: whose citizens it counts («Armenia
    mourns 31 citizens»)."""
    for word in reversed(clause.words[clause.lo : clause.lead]):
        country = _country_named(word)
        if country is not None:
            return country
    return None


def _country_named(word: Word) -> str | None:
    gazetteer = load_gazetteer()
    for stem in word.stems:
        country = next((place.country for place in gazetteer.lookup(name_key(stem)) if place.is_country), None)
        if country is not None:
            return country
    return None


def _span(bound: _Bound, start: int) -> Span:
    end = bound.read.match.end
    if bound.noun is not None and not bound.noun_before:
        end = bound.clause.words[bound.noun.last].end
    return Span(min(start, bound.read.match.start), end)


def _count(analysis: TextAnalysis, bound: _Bound, count_type: str, object_name: str) -> Mention:
    match = bound.read.match
    modifier, start = _modifier(analysis.folded.text, bound)
    span = _span(bound, start)
    affiliation = _affiliation(bound.clause, bound.noun, bound.read.lang)
    if affiliation is None and object_name in count_lexicon.national_groups():
        affiliation = _country_before(bound.clause)
    value = CountValue(
        value=match.value,
        count_type=count_type,
        object=object_name,
        modifier=modifier,
        low=match.low,
        high=match.high,
        affiliation=affiliation,
        part_of=bound.part,
    )
    return mention(analysis, "count", span.start, span.end, value)


def _quantity(analysis: TextAnalysis, bound: _Bound, unit: str, factor: Number = 1) -> Mention:
    match = bound.read.match
    modifier, start = _modifier(analysis.folded.text, bound)
    span = _span(bound, start)
    low, high = (None if end is None else tidy(end * factor) for end in (match.low, match.high))
    value = QuantityValue(value=tidy(match.value * factor), unit=unit, modifier=modifier, low=low, high=high)
    return mention(analysis, "quantity", span.start, span.end, value)
