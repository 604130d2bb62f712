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

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.kinds import lexicons
from factcmp.kinds.gazetteer import Gazetteer, Place, load_gazetteer
from factcmp.kinds.name_tokens import Word, joined, prefix_forms, suffix_forms, words
from factcmp.model import Mention
from factcmp.text.translit import name_key
from factcmp.values import PlaceValue

KINDS: tuple[str, ...] = ("place",)
REQUIRES: tuple[str, ...] = ()

# Towns under this size whose name is also a given name are taken for the person.
_GIVEN_NAME_TOWN_POPULATION = 1_000_000
_CONFIDENCE_SINGLE = 1.0
_CONFIDENCE_BY_CONTEXT = 0.9
_CONFIDENCE_BY_SIZE = 0.7
_CONFIDENCE_UNKNOWN = 0.6


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
    if not first.arabic and not first.capitalized:
        return None
    for cut, head in prefix_forms(first.text):
        head = head.lower()
        if head in gazetteer.starts:
            found = _multiword(gazetteer, ws, index, head, text)
            if found is not None:
                return attrs.evolve(found, start=first.start + cut)
    for cut, head in prefix_forms(first.text):
        for trim, stem in suffix_forms(head.lower()):
            places = gazetteer.lookup(stem)
            if places:
                return NameMatch(first.start + cut, first.end - trim, index, index, places)
    return None


def _multiword(gazetteer: Gazetteer, ws: Sequence[Word], index: int, head: str, text: str) -> NameMatch | None:
    last = index
    while last + 1 < len(ws) and last - index + 1 < gazetteer.max_words and joined(text, ws[last], ws[last + 1]):
        last += 1
    for end in range(last, index, -1):
        middle = [w.text.lower() for w in ws[index + 1 : end]]
        for trim, stem in suffix_forms(ws[end].text.lower()):
            places = gazetteer.lookup(" ".join([head, *middle, stem]))
            if places:
                return NameMatch(ws[index].start, ws[end].end - trim, index, end, places)
    return None


def _is_person_word(match: NameMatch, ws: Sequence[Word], text: str) -> bool:
    """A one-word town that is also a given name, followed by a name: a person (غاري كورن)."""
    if match.first != match.last or any(p.feature != "P" for p in match.candidates):
        return False
    if max(p.population for p in match.candidates) >= _GIVEN_NAME_TOWN_POPULATION:
        return False
    word = ws[match.first]
    following = ws[match.last + 1] if match.last + 1 < len(ws) else None
    return (word.text in lexicons.given_names() and following is not None and joined(text, word, following)
            and following.text not in lexicons.not_names())


def _is_feminine_adjective(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    """Arabic روسية, سورية after a noun are adjectives (أنظمة روسية الصنع) that fold to Persian
    country names; after a clitic or a preposition (بسورية, في سورية) they are the country."""
    surface = analysis.folded.original_text(match.start, match.end)
    if not surface.endswith("ة") or match.first != match.last:
        return False
    word = ws[match.first]
    if match.start > word.start or lexicons.preceded_by_preposition(ws, match.first):
        return False
    return lexicons.demonym_of(attrs.evolve(word, start=match.start, text=word.text[match.start - word.start :])) \
        is not None


def _after_media_cue(match: NameMatch, ws: Sequence[Word], analysis_text: str) -> bool:
    """صحيفة "الشرق الأوسط": the quoted name of an outlet is the outlet, not the place."""
    return match.first > 0 and lexicons.is_media_cue_before(ws, match.first, analysis_text)


def _rejected(match: NameMatch, ws: Sequence[Word], analysis: TextAnalysis) -> bool:
    text = analysis.folded.text
    return (_is_person_word(match, ws, text) or _after_media_cue(match, ws, text)
            or _is_feminine_adjective(match, ws, analysis) or _is_demonym(match, text))


def _is_demonym(match: NameMatch, text: str) -> bool:
    """Persian سوری (Syrian) is also Surrey's Persian name: a demonym is never a town."""
    return (all(p.feature == "P" for p in match.candidates)
            and text[match.start : match.end].lower() in lexicons.demonym_forms())


def _scan(analysis: TextAnalysis) -> tuple[list[NameMatch], list[Word]]:
    gazetteer = load_gazetteer()
    text = analysis.folded.text
    ws = words(analysis)
    matches = []
    index = 0
    while index < len(ws):
        match = _lookup_forms(gazetteer, ws, index, text)
        if match is None or _rejected(match, ws, analysis):
            index += 1
            continue
        matches.append(match)
        index = match.last + 1
    return matches, ws


def _context_countries(matches: Sequence[NameMatch], analysis: TextAnalysis) -> Counter[str]:
    """Countries the document names without doubt: unambiguous places and demonyms."""
    countries: Counter[str] = Counter()
    for match in matches:
        if len(match.candidates) == 1 and match.candidates[0].country:
            countries[match.candidates[0].country] += 1
    for _, _, country in lexicons.demonyms_in(analysis):
        countries[country] += 1
    return countries


def _choose(candidates: Sequence[Place], context: Counter[str]) -> tuple[Place, float]:
    if len(candidates) == 1:
        return candidates[0], _CONFIDENCE_SINGLE

    def score(place: Place) -> tuple[int, int, float]:
        return (int(bool(place.country and context[place.country])), int(place.feature != "P"),
                math.log10(place.population + 1))

    ranked = sorted(candidates, key=score, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    decided_by_context = score(best)[:2] != score(runner_up)[:2]
    return best, _CONFIDENCE_BY_CONTEXT if decided_by_context else _CONFIDENCE_BY_SIZE


def place_value(place: Place) -> PlaceValue:
    return PlaceValue(geonameid=place.geonameid, name=place.name, country=place.country, lat=place.lat,
                      lon=place.lon, feature=place.feature, key=f"geonames:{place.gid}" if place.gid.isdigit()
                      else f"gazetteer:{place.gid}")


def _unknown_places(analysis: TextAnalysis, ws: Sequence[Word], taken: set[int]) -> list[Mention]:
    """Names after a place word that the gazetteer does not know."""
    mentions = []
    for index in lexicons.after_place_cue(ws, analysis):
        word = ws[index]
        if index in taken or word.text in lexicons.not_names() or word.text in lexicons.demonym_forms():
            continue
        if not word.arabic and not word.capitalized:
            continue
        surface = analysis.folded.original_text(word.start, word.end)
        value = PlaceValue(geonameid=None, name=surface, key=f"place:{name_key(surface)}")
        mentions.append(analysis.mention("place", word.start, word.end, value, confidence=_CONFIDENCE_UNKNOWN))
    return mentions


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    matches, ws = _scan(analysis)
    context = _context_countries(matches, analysis)
    mentions = []
    for match in matches:
        place, confidence = _choose(match.candidates, context)
        mentions.append(analysis.mention("place", match.start, match.end, place_value(place), confidence=confidence))
    taken = {i for match in matches for i in range(match.first, match.last + 1)}
    return mentions + _unknown_places(analysis, ws, taken)

