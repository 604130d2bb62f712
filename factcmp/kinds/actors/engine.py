"""Engine for: person, org.

Organizations come from the known-organization lexicon (also under a misspelling whose
phonetic key is the same: حزباالله), and from the name an outlet word introduces (صحيفة
"هآرتس"). People come from given names followed by a surname, from public figures named by
surname alone, and from titles followed by a word the document uses as a name again; once a
full name is seen, its surname alone is the same person (بنيامين نتنياهو … نتنياهو).

Keys: an organization of the lexicon has ``org:<id>``, any other ``org:<phonetic key>``; a
person has ``person:<phonetic key of the surname>`` (translit), the same in every script.
When one document names two people of one surname with different given names, their keys
carry the given name too, and a bare surname goes to the last of them named before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache, lru_cache

from factcmp.analysis import TextAnalysis
from factcmp.kinds import lexicons
from factcmp.kinds.actors import polyglot_ner
from factcmp.kinds.actors.people import find_people
from factcmp.model import Mention
from factcmp.text.translit import name_key, word_key
from factcmp.text.words import Word, name_words, name_words_where
from factcmp.values import EntityValue

KINDS: tuple[str, ...] = ("person", "org")
REQUIRES: tuple[str, ...] = ("place",)

# A misspelled organization is matched by phonetic key only when the key is this long.
_MIN_FUZZY_ORG_KEY = 4
_CONFIDENCE_LEXICON = 0.95
_CONFIDENCE_PHONETIC = 0.75
_CONFIDENCE_OUTLET = 0.8
_MAX_OUTLET_WORDS = 3
_CONFIDENCE_POLYGLOT = 0.6
_CONFIDENCE_INSTITUTION = 0.85


def _original(analysis: TextAnalysis, start: int, end: int) -> str:
    return analysis.folded.original_text(start, end)


def _org_mention(analysis: TextAnalysis, start: int, end: int, org_id: str, country: str, confidence: float) -> Mention:
    # Shown as the source writes it, like people; the key is what is equal across languages.
    value = EntityValue(key=f"org:{org_id}", name=_original(analysis, start, end), country=country or None)
    return analysis.mention("org", start, end, value, confidence=confidence)


@cache  # built from lexicons loaded once: read by every document
def _phonetic_orgs() -> dict[str, tuple[str, str]]:
    _, table = lexicons.known_orgs()
    keyed: dict[str, tuple[str, str]] = {}
    for form, entry in table.items():
        key = name_key(form)
        if len(key) >= _MIN_FUZZY_ORG_KEY:
            keyed.setdefault(key, entry)
    return keyed


@lru_cache(maxsize=1 << 16)
def _phonetic_org(text: str) -> tuple[str, str] | None:
    """The organization an Arabic-script word spells by its sound, once per word: every word of a
    text is asked."""
    word = Word(0, len(text), text, "")
    return _phonetic_orgs().get(name_key(text)) if word.arabic else None


def _spells_an_org(text: str, lang: str) -> bool:
    return _phonetic_org(text) is not None


def _known_orgs(analysis: TextAnalysis, ws: list[Word]) -> tuple[list[Mention], set[int]]:
    table, entries = lexicons.known_orgs()
    mentions = []
    taken: set[int] = set()
    for match in table.scan(analysis):
        org_id, country = entries[match.key]
        mentions.append(_org_mention(analysis, match.start, match.end, org_id, country, _CONFIDENCE_LEXICON))
        taken.update(range(match.first, match.last + 1))
    for index in name_words_where(analysis, _spells_an_org):
        word = ws[index]
        entry = _phonetic_org(word.text)
        if index not in taken and entry is not None:
            mentions.append(_org_mention(analysis, word.start, word.end, *entry, _CONFIDENCE_PHONETIC))
            taken.add(index)
    return mentions, taken


def _outlets(analysis: TextAnalysis, ws: list[Word], text: str, taken: set[int]) -> list[Mention]:
    """The quoted name an outlet word introduces (صحيفة "هآرتس"), up to three words: unquoted,
    the words after قناة are as often an adjective (قناة تلفزيونية) as a name."""
    mentions = []
    for index in lexicons.words_after(analysis, lexicons.may_end_media_cue):
        if index in taken or not lexicons.is_media_cue_before(ws, index, text):
            continue
        if not text[ws[index - 1].end : ws[index].start].strip():
            continue
        last = index
        while last + 1 < len(ws) and last - index < _MAX_OUTLET_WORDS - 1 and _spaced(text, ws[last], ws[last + 1]):
            last += 1
        surface = _original(analysis, ws[index].start, ws[last].end)
        mentions.append(
            _org_mention(analysis, ws[index].start, ws[last].end, name_key(surface), "", _CONFIDENCE_OUTLET)
        )
        taken.update(range(index, last + 1))
    return mentions


def _country_next_to(
    ws: list[Word], first: int, last: int, place_country: dict[int, str], text: str
) -> tuple[int, int, str] | None:
    """The country a nationality word or a country name right after (or, in English, right
    before) an institution gives it: (first, last, country) of the whole name."""
    after = last + 1
    if after < len(ws) and _spaced(text, ws[last], ws[after]):
        country = lexicons.demonym_of(ws[after]) or place_country.get(after)
        if country:
            return first, after, country
    before = first - 1
    if before >= 0 and not ws[before].arabic and _spaced(text, ws[before], ws[first]):
        country = lexicons.demonym_of(ws[before])
        if country:
            return before, last, country
        possessor = _possessive_country(ws, before, place_country, text)
        if possessor is not None:
            return possessor[0], last, possessor[1]
    return None


def _possessive_country(ws: list[Word], index: int, place_country: dict[int, str], text: str) -> tuple[int, str] | None:
    """«Russia's» ending at word ``index`` (the «s»): where the country's name starts, and the country."""
    owner = index - 1
    if owner < 0 or ws[index].text != "s" or text[ws[owner].end : ws[index].start] not in ("'", "’"):
        return None
    country = place_country.get(owner)
    return (owner, country) if country else None


def _institutions(
    analysis: TextAnalysis, ws: list[Word], taken: set[int], place_country: dict[int, str]
) -> list[Mention]:
    """وزارة الدفاع السورية, ارتش اسرائیل, Syrian Defense Ministry: an institution and its country."""
    text = analysis.folded.text
    table, concepts = lexicons.institutions()
    mentions = []
    for match in table.scan(analysis):
        found = _country_next_to(ws, match.first, match.last, place_country, text)
        if found is None or taken.intersection(range(found[0], found[1] + 1)):
            continue
        first, last, country = found
        start = match.start if first == match.first else ws[first].start
        end = ws[last].end if last > match.last else match.end
        mentions.append(
            _org_mention(
                analysis, start, end, f"{concepts[match.key]}-{country.lower()}", country, _CONFIDENCE_INSTITUTION
            )
        )
        taken.update(range(first, last + 1))
    return mentions


def _spaced(text: str, left: Word, right: Word) -> bool:
    return not text[left.end : right.start].strip(" -")


def _words_inside(ws: Sequence[Word], analysis: TextAnalysis, places: Sequence[Mention]) -> dict[int, str]:
    """Indices of words inside any of the mentions, with the mention's country ("" when none)."""
    source = analysis.folded.source
    # A word starts at or after an original offset just when it starts at or after the offset's
    # folded position: the mentions' offsets are taken to the folded text, not every word's back.
    starts = [word.start for word in ws]
    covered: dict[int, str] = {}
    for mention in places:
        first = bisect.bisect_left(starts, source.to_folded(mention.span.start))
        if first > 0 and source[ws[first - 1].end - 1] >= mention.span.start:
            first -= 1  # the mention starts inside this word
        for index in range(first, bisect.bisect_left(starts, source.to_folded(mention.span.end))):
            covered[index] = getattr(mention.value, "country", None) or ""
    return covered


def _sentences(analysis: TextAnalysis, ws: list[Word]) -> list[list[int]]:
    """Word indices grouped by sentence."""
    groups: dict[int, list[int]] = {}
    for index, word in enumerate(ws):
        sentence = analysis.sentence_at(analysis.original_span(word.start, word.end).start)
        groups.setdefault(sentence.span.start if sentence else -1, []).append(index)
    return list(groups.values())


def _polyglot_actors(analysis: TextAnalysis, ws: list[Word], covered: set[int]) -> list[Mention]:
    """People and organizations polyglot's NER finds that the lexicons and cues did not."""
    mentions = []
    for group in _sentences(analysis, ws):
        surfaces = [_original(analysis, ws[i].start, ws[i].end) for i in group]
        for entity in polyglot_ner.entities(surfaces, ws[group[0]].lang):
            indices = group[entity.first : entity.last + 1]
            if covered.intersection(indices):
                continue
            start, end = ws[indices[0]].start, ws[indices[-1]].end
            surface = _original(analysis, start, end)
            key = f"person:{word_key(ws[indices[-1]].text)}" if entity.kind == "person" else f"org:{name_key(surface)}"
            value = EntityValue(key=key, name=surface)
            mentions.append(analysis.mention(entity.kind, start, end, value, confidence=_CONFIDENCE_POLYGLOT))
    return mentions


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    text = analysis.folded.text
    ws = name_words(analysis)
    orgs, taken = _known_orgs(analysis, ws)
    orgs += _outlets(analysis, ws, text, taken)
    places = _words_inside(ws, analysis, [m for m in found if m.kind == "place"])
    countries = {index: country for index, country in places.items() if country}
    orgs += _institutions(analysis, ws, taken, countries)
    people = find_people(analysis, taken | set(places), countries)
    if not polyglot_ner.enabled():
        return orgs + people
    covered = set(places) | _words_inside(ws, analysis, orgs + people).keys()
    return orgs + people + _polyglot_actors(analysis, ws, covered)
