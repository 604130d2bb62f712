"""Engine for: place.

Names of the shipped gazetteer are looked up on the folded text, longest first, under the
forms Arabic clitics and Persian endings give them. A name several places share (القنيطرة:
Quneitra in Syria, Kenitra in Morocco) goes to the one whose country the document mentions,
then to countries and regions over towns, then to the larger place; the confidence says how
clear the choice was. A name after a place word (بلدة, روستای, the town of) is reported even
when the gazetteer does not know it, with no GeoNames id and a phonetic key.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import attrs

from factcmp.analysis import TextAnalysis, drop_overlapped
from factcmp.kinds import lexicons
from factcmp.kinds.places.gazetteer import Gazetteer, Place, load_gazetteer
from factcmp.model import Mention
from factcmp.text.affixes import ends_in_like, prefix_forms, suffix_forms
from factcmp.text.phrases import grown, scan_words
from factcmp.text.translit import name_key
from factcmp.text.words import Word, joined, name_words, name_words_where
from factcmp.values import PlaceValue

KINDS: tuple[str, ...] = ("place",)
REQUIRES: tuple[str, ...] = ()

# Towns under this size whose name is also a given name are taken for the person, and are not
# cut out of a word after ک (like).
_GIVEN_NAME_TOWN_POPULATION = 1_000_000
_CONFIDENCE_SINGLE = 1.0
_CONFIDENCE_BY_CONTEXT = 0.9
_CONFIDENCE_BY_CLEAR_SIZE = 0.85
_CONFIDENCE_BY_SIZE = 0.7
# A place this many times larger than its namesake is the one news means, short of context.
_CLEARLY_LARGER = 10
_CONFIDENCE_UNKNOWN = 0.6
_SMALL_FOREIGN_TOWN = 100_000
_CONFIDENCE_CUED = 0.8
_MAX_UNKNOWN_EXTRA_WORDS = 2
_MIN_DEFINITE_WORD = 3
_LATIN_NAME_LINKS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "umm"})


@attrs.frozen
class NameMatch:
    start: int  # folded offsets of the name itself, clitics and endings left out
    end: int
    first: int  # index of the first and the last word
    last: int
    candidates: tuple[Place, ...]


def _lookup_forms(gazetteer: Gazetteer, ws: Sequence[Word], index: int, text: str) -> NameMatch | None:
    """The longest gazetteer name starting at word ``index``."""
    first = ws[index]
    heads, single = _word_names(first.text, first.lang)
    for cut, head in heads:
        found = _multiword(gazetteer, ws, index, head, text)
        if found is not None:
            return attrs.evolve(found, start=first.start + cut)
    if single is None:
        return None
    cut, trim, places = single
    return NameMatch(first.start + cut, first.end - trim, index, index, places)


@lru_cache(maxsize=1 << 16)
def _word_names(text: str, lang: str) -> tuple[tuple[tuple[int, str], ...], tuple[int, int, tuple[Place, ...]] | None]:
    """What a word alone tells of the names at it, worked out once per word (every word of a text
    is looked up, and most recur): its clitic forms (prefix length, form) that start a name of
    several words, and the one-word name it holds, as (prefix length, ending length, places)."""
    word = Word(0, len(text), text, lang)
    if not word.uncased and not word.capitalized:
        return (), None
    gazetteer = load_gazetteer()
    heads = []
    for cut, head in prefix_forms(text, lang):
        head = head.lower()
        if head in gazetteer.names(head).leads:
            heads.append((cut, head))
    for cut, head in prefix_forms(text, lang):
        for trim, stem in suffix_forms(head.lower(), lang):
            places = gazetteer.lookup(stem)
            if places:
                return tuple(heads), (cut, trim, places)
    return tuple(heads), None


def _multiword(gazetteer: Gazetteer, ws: Sequence[Word], index: int, head: str, text: str) -> NameMatch | None:
    names = gazetteer.names(head)  # every name tried starts with head: the index of its script
    last = grown(ws, index, head, text, names, str.lower)
    for end in range(last, index, -1):
        middle = [w.text.lower() for w in ws[index + 1 : end]]
        for trim, stem in suffix_forms(ws[end].text.lower(), ws[end].lang):
            name = " ".join([head, *middle, stem])
            if names.index.get(name):  # most tries name nothing: no places are made for them
                return NameMatch(ws[index].start, ws[end].end - trim, index, end, gazetteer.lookup(name))
    return None


def _is_person_word(match: NameMatch, ws: Sequence[Word], text: str) -> bool:
    """A one-word town that is also a given name, followed by a name (غاري كورن) or following a
    given name (Ahmad Hassan, «أحمد حسن»: a family name that is a given name): a person."""
    if match.first != match.last or any(p.feature != "P" for p in match.candidates):
        return False
    if max(p.population for p in match.candidates) >= _GIVEN_NAME_TOWN_POPULATION:
        return False
    word = ws[match.first]
    names = lexicons.given_names(word.lang)
    if word.text not in names:
        return False
    following = ws[match.last + 1] if match.last + 1 < len(ws) else None
    previous = ws[match.first - 1] if match.first > 0 else None
    return (following is not None and joined(text, word, following) and following.text not in lexicons.not_names()) or (
        previous is not None and joined(text, previous, word) and previous.text in names
    )


def _is_feminine_adjective(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    """Arabic روسية, سورية after a noun are adjectives (أنظمة روسية الصنع) that fold to Persian
    country names; after a clitic or a preposition (بسورية, في سورية) they are the country."""
    surface = analysis.folded.original_text(match.start, match.end)
    if not surface.endswith("ة") or match.first != match.last:
        return False
    word = ws[match.first]
    if match.start > word.start or lexicons.preceded_by_preposition(ws, match.first):
        return False
    return (
        lexicons.demonym_of(attrs.evolve(word, start=match.start, text=word.text[match.start - word.start :]))
        is not None
    )


def _after_media_cue(match: NameMatch, ws: Sequence[Word], analysis_text: str) -> bool:
    """صحيفة "الشرق الأوسط": the quoted name of an outlet is the outlet, not the place."""
    return match.first > 0 and lexicons.is_media_cue_before(ws, match.first, analysis_text)


def _is_like_a_town(match: NameMatch, ws: Sequence[Word]) -> bool:
    """کورونا is not ک (like) + Verona: ک is cut off only before countries, regions and cities of
    a million people (كموسكو, كبيروت)."""
    word = ws[match.first]
    cut = match.start - word.start
    return (
        cut > 0
        and ends_in_like(word.text[:cut], word.lang)
        and all(p.feature == "P" and p.population < _GIVEN_NAME_TOWN_POPULATION for p in match.candidates)
    )


def _is_inside_a_name(match: NameMatch, ws: Sequence[Word]) -> bool:
    """بايدن is Biden, not ب + Aydın: a word that is a known name is not cut into clitic + place."""
    word = ws[match.first]
    return match.start > word.start and word.text in lexicons.person_words()


def _is_a_word_as_written(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    """«وإن» (and if) folds to وان (Van): what the hamza tells apart, the text as written does; and
    «فرقة» (a division) is a word of its own, not ف + رقة (Raqqa): the word is read with its clitics."""
    surface = analysis.folded.original_text(min(match.start, ws[match.first].start), match.end)
    return surface in lexicons.words_as_written("not_places_as_written")


def _is_within_a_longer_name(match: NameMatch, ws: Sequence[Word], text: str) -> bool:
    """ "Bab al-Saray market" is a market the gazetteer does not know, not the town Al Bab and the
    district Saray: a Latin-script name that an al- (ibn-, abu- ...) hyphened to a capitalized word
    joins to another capitalized word is a piece of a longer name ("Explosion at Sidon" is not)."""
    if ws[match.first].uncased:
        return False

    def hyphened(link: int) -> bool:
        """Word ``link`` is al- (or the like) and hangs by its hyphen on a capitalized word."""
        return (
            0 <= link < len(ws) - 1
            and ws[link].text.lower() in _LATIN_NAME_LINKS
            and ws[link + 1].capitalized
            and text[ws[link].end : ws[link + 1].start] == "-"
        )

    after, before = match.last + 1, match.first - 1
    return (after < len(ws) and joined(text, ws[match.last], ws[after]) and hyphened(after)) or (
        before > 0 and hyphened(before) and ws[before - 1].capitalized and joined(text, ws[before - 1], ws[before])
    )


def _rejected(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    text = analysis.folded.text
    return (
        _is_a_word_as_written(match, ws, analysis)
        or _is_within_a_longer_name(match, ws, text)
        or _is_like_a_town(match, ws)
        or _is_inside_a_name(match, ws)
        or _is_person_word(match, ws, text)
        or _after_media_cue(match, ws, text)
        or _is_feminine_adjective(match, ws, analysis)
        or _is_demonym(match, text)
    )


def _is_demonym(match: NameMatch, text: str) -> bool:
    """Persian سوری (Syrian) is also Surrey's Persian name: a demonym is never a town."""
    return (
        all(p.feature == "P" for p in match.candidates)
        and text[match.start : match.end].lower() in lexicons.demonym_forms()
    )


def _may_name_a_place(text: str, lang: str) -> bool:
    """Whether a word starts a name of the gazetteer, or holds one: most words of a text do neither."""
    heads, single = _word_names(text, lang)
    return bool(heads) or single is not None


def _scan(analysis: TextAnalysis) -> tuple[list[NameMatch], list[Word]]:
    gazetteer = load_gazetteer()
    text = analysis.folded.text
    ws = name_words(analysis)

    def accepted(index: int) -> NameMatch | None:
        match = _lookup_forms(gazetteer, ws, index, text)
        return None if match is None or _rejected(match, ws, analysis) else match

    return scan_words(name_words_where(analysis, _may_name_a_place), accepted), ws


def _context_countries(matches: Sequence[NameMatch], analysis: TextAnalysis) -> Counter[str]:
    """Countries the document names without doubt: unambiguous places and demonyms."""
    countries: Counter[str] = Counter()
    for match in matches:
        named = {place.country for place in match.candidates}
        if len(named) == 1 and match.candidates[0].country:  # Tehran city and province: Iran either way
            countries[match.candidates[0].country] += 1
    for _, _, country in lexicons.demonyms_in(analysis):
        countries[country] += 1
    return countries


def _choose(candidates: Sequence[Place], context: Counter[str]) -> tuple[Place, float]:
    if len(candidates) == 1:
        return candidates[0], _CONFIDENCE_SINGLE

    def score(place: Place) -> tuple[int, int, int, float]:
        # A country named like a town (Lebanon, Armenia) is the country; then the document's
        # countries decide, then regions and seas over towns, then size.
        return (
            int(place.is_country),
            int(bool(place.country and context[place.country])),
            int(place.feature != "P"),
            math.log10(place.population + 1),
        )

    ranked = sorted(candidates, key=score, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if score(best)[:3] != score(runner_up)[:3]:
        return best, _CONFIDENCE_BY_CONTEXT
    if best.population >= _CLEARLY_LARGER * max(runner_up.population, 1):
        return best, _CONFIDENCE_BY_CLEAR_SIZE
    return best, _CONFIDENCE_BY_SIZE


def place_value(place: Place) -> PlaceValue:
    return PlaceValue(
        geonameid=place.geonameid,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        feature=place.feature,
        key=f"geonames:{place.gid}" if place.gid.isdigit() else f"gazetteer:{place.gid}",
    )


def _can_start_unknown_name(word: Word, analysis: TextAnalysis) -> bool:
    if word.text in lexicons.not_names() or word.text.lower() in lexicons.demonym_forms():
        return False
    return (word.uncased or word.capitalized) and not _is_a_verb(word, analysis)


def _is_a_verb(word: Word, analysis: TextAnalysis) -> bool:
    """«استان می‌گویند» (the province['s officials] say): a Persian place word is also a plain noun
    before its verb, and a verb is never a name."""
    surface = analysis.folded.original_text(word.start, word.end)
    return any(
        surface == prefix or surface.startswith((f"{prefix}\u200c", f"{prefix} "))
        for prefix in lexicons.verb_prefixes(word.lang)
    )


def _continues_name(ws: Sequence[Word], index: int, text: str) -> bool:
    """عيتا الشعب, Maarrat al-Numan: a definite word or a capitalized one (or al-) goes on the name."""
    if index >= len(ws) or not joined(text, ws[index - 1], ws[index]):
        return False
    word = ws[index]
    if word.text in lexicons.not_names() or word.text.lower() in lexicons.demonym_forms():
        return False
    if word.arabic:
        after_honorific = ws[index - 1].text in lexicons.folded_words("place_honorifics")
        return after_honorific or (word.text.startswith("ال") and len(word.text) > _MIN_DEFINITE_WORD)
    return word.capitalized or word.text in _LATIN_NAME_LINKS


def _cued_place(analysis: TextAnalysis, word: Word, context: Counter[str]) -> Mention | None:
    """A name the gazetteer keeps for after place words only (صور is pictures, مدينة صور is Tyre)."""
    places = load_gazetteer().cued_lookup(word.text.lower())
    if not places:
        return None
    place, _ = _choose(places, context)
    return analysis.mention("place", word.start, word.end, place_value(place), confidence=_CONFIDENCE_CUED)


def _unknown_places(
    analysis: TextAnalysis, ws: Sequence[Word], taken: set[int], context: Counter[str]
) -> list[Mention]:
    """Names after a place word: cue-only gazetteer names, or names the gazetteer does not know."""
    text = analysis.folded.text
    mentions = []
    for index in lexicons.after_place_cue(analysis):
        word = ws[index]
        if index in taken or not _can_start_unknown_name(word, analysis):
            continue
        cued = _cued_place(analysis, word, context)
        if cued is not None:
            mentions.append(cued)
            continue
        last = index
        while last - index < _MAX_UNKNOWN_EXTRA_WORDS and _continues_name(ws, last + 1, text):
            last += 1
        surface = analysis.folded.original_text(word.start, ws[last].end)
        value = PlaceValue(geonameid=None, name=surface, key=f"place:{name_key(surface)}")
        mentions.append(analysis.mention("place", word.start, ws[last].end, value, confidence=_CONFIDENCE_UNKNOWN))
    return mentions


def _is_weak_foreign_town(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    """A word naming only towns far from the region that mostly means something else: a
    capitalized English word naming small towns (Airport, Hawaii; Numan, Nigeria), or an
    Arabic-script word that is also a common word (دوشنبه: Monday, not Dushanbe; كيف: how, not
    Kyiv). It is a town only when the document is about that country."""
    if not all(p.feature == "P" for p in match.candidates):
        return False
    if ws[match.first].arabic:
        # reviewed one by one, so a listed word is weak wherever its town is («وأدى» is not El Oued)
        return analysis.folded.text[match.start : match.end] in lexicons.town_homographs()
    region = lexicons.region_countries()
    return all(p.country not in region and p.population < _SMALL_FOREIGN_TOWN for p in match.candidates)


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    matches, ws = _scan(analysis)
    # by identity: comparing matches field by field, for each of a long text's matches, is slow
    weak = {id(match) for match in matches if _is_weak_foreign_town(match, ws, analysis)}
    context = _context_countries([match for match in matches if id(match) not in weak], analysis)
    matches = [
        match
        for match in matches
        if id(match) not in weak or any(context[p.country] for p in match.candidates if p.country)
    ]
    mentions = []
    for match in matches:
        place, confidence = _choose(match.candidates, context)
        mentions.append(analysis.mention("place", match.start, match.end, place_value(place), confidence=confidence))
    taken = {i for match in matches for i in range(match.first, match.last + 1)}
    unknown = _unknown_places(analysis, ws, taken, context)
    # Maarrat al-Numan: the unknown name after the place word wins over the town Numan inside it.
    return drop_overlapped(mentions, unknown) + unknown
