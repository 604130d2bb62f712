"""The role and country of a person from the title around the name: before it, over a demonym,
a place or an organization («الرئيس الروسي، ...», «المتحدث باسم الكرملين ...», «Russian President
...»), or after it in apposition («ولادیمیر پوتین، رئیس جمهوری روسیه»)."""

from __future__ import annotations

import attrs

from factcmp.kinds import lexicons
from factcmp.text.phrases import TableMatch
from factcmp.text.segment import is_abbreviation
from factcmp.text.words import Word

# What may stand between a title and the name it introduces.
CLAUSE_GAP = frozenset({"", "،", ",", "(", "«", "“", "”", '"', ":"})
_MAX_WORDS_TITLE_TO_NAME = 6
# Words of what a title opens (المتحدث باسم ...) up to the comma before the name.
_MAX_OPENED_WORDS = 4


def gap(text: str, left: Word, right: Word) -> str:
    """What stands between two words, spaces left out; a line break stays (no name runs onto the next line)."""
    between = text[left.end : right.start]
    return "\n" if "\n" in between else between.strip()


def title_gap(text: str, title: Word, name: Word) -> bool:
    """Whether what stands between a title's last word and a name lets the title introduce it:
    nothing, a comma, a quotation mark, or the period of an abbreviated title (Gen. Mark Milley)."""
    between = gap(text, title, name)
    return between in CLAUSE_GAP or (between == "." and is_abbreviation(title.text))


@attrs.frozen
class Roles:
    """Titles around names in the words of one document; ``blocked`` words belong to places and
    organizations, ``place_country`` gives the country of the place a word names, ``titles`` the
    titles the document's words hold (by the index of their last word)."""

    text: str
    ws: list[Word]
    blocked: set[int]
    place_country: dict[int, str]
    titles: dict[int, TableMatch]

    def of_name(self, first: int, last: int) -> tuple[str | None, str | None]:
        """The role and country of the name over words first..last: from a title before it, else after it."""
        role, country = self._before(first)
        if role is None:
            role, country = self._after(last)
        return role, country

    def complement_end(self, index: int) -> int:
        """The first word from ``index`` on past what a title heads or how it is qualified: a
        nationality, a place or an organization (محافظ نينوى, المتحدث باسم الكرملين), an institution
        (المتحدث باسم وزارة الصحة), a modifier (السابق, former), and the links between them (the
        governor of Nineveh). The name comes next."""
        start = index
        while index < len(self.ws) and index - start < _MAX_WORDS_TITLE_TO_NAME:
            after = self._complement_word_end(index)
            if after is None or (index > start and not self._spaced(index - 1, index)):
                break
            index = after
        return index

    def name_start(self, title: TableMatch) -> int:
        """Where the name a title introduces starts: past what it heads, or, for a title that opens
        what it speaks for (المتحدث باسم), past the words of that up to a comma (المتحدث باسم وزارة
        صحة غزة، أشرف القدرة) when they hold no function word."""
        index = self.complement_end(title.last + 1)
        if self.ws[title.last].text not in lexicons.folded_words("title_openers"):
            return index
        for ahead in range(index + 1, min(len(self.ws), index + _MAX_OPENED_WORDS + 1)):
            between = gap(self.text, self.ws[ahead - 1], self.ws[ahead])
            if between in ("،", ","):
                return ahead
            if between or self.ws[ahead - 1].text in lexicons.not_names():
                break
        return index

    def lead_end(self, index: int) -> int:
        """Where a title after a comma starts, from ``index`` on: over what it heads and the links
        before it too (the Pentagon spokesman; Russia's foreign minister; a Gaza resident)."""
        for _ in range(_MAX_WORDS_TITLE_TO_NAME):
            end = self.complement_end(index)
            if end >= len(self.ws) or self.ws[end].text.lower() not in lexicons.folded_words("title_links"):
                return end
            index = end + 1
        return index

    def _complement_word_end(self, index: int) -> int | None:
        """The word after the complement piece at ``index`` (one word, or an institution's words)."""
        word = self.ws[index]
        if index in self.blocked or lexicons.demonym_of(word) is not None:
            return index + 1
        if word.text.lower() in lexicons.folded_words("title_modifiers"):
            return index + 1
        institution = lexicons.institutions()[0].match_at(self.ws, index, self.text)
        if institution is not None:
            return institution.last + 1
        if word.text.lower() in lexicons.folded_words("title_links") and index + 1 < len(self.ws):
            follows = self._complement_word_end(index + 1)
            return index + 1 if follows is not None else None
        return None

    def _spaced(self, left: int, right: int) -> bool:
        return left < 0 or gap(self.text, self.ws[left], self.ws[right]) == ""

    def _before(self, first: int) -> tuple[str | None, str | None]:
        """The title before a name whose complement ends at the name (الرئيس الروسي، ...; المتحدث
        باسم الكرملين ...; وزير خارجية روسيا ...; the governor of Nineveh, ...)."""
        if first == 0 or not title_gap(self.text, self.ws[first - 1], self.ws[first]):
            return None, None
        _, roles = lexicons.titles()
        for end in range(max(0, first - _MAX_WORDS_TITLE_TO_NAME - _MAX_OPENED_WORDS - 1), first):
            match = self.titles.get(end)
            if match is not None and self.name_start(match) == first:
                country = self._country_within(end + 1, first)
                return roles[match.key], country or self._country_before(match.first)
        return None, None

    def _country_within(self, first: int, end: int) -> str | None:
        """The country the last nationality or place of words first..end-1 names."""
        for index in range(end - 1, first - 1, -1):
            country = lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)
            if country:
                return country
        return None

    def _country_before(self, title_start: int) -> str | None:
        """A demonym or place just before a title, as English writes it (Russian President ...)."""
        index = title_start - 1
        if index < 0 or not title_gap(self.text, self.ws[index], self.ws[title_start]):
            return None
        return lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)

    def _after(self, last: int) -> tuple[str | None, str | None]:
        """A title in apposition after a name, over its complement (ولادیمیر پوتین، رئیس جمهوری
        روسیه; John Kirby, the Pentagon spokesman)."""
        table, roles = lexicons.titles()
        index = last + 1
        if index >= len(self.ws) or gap(self.text, self.ws[last], self.ws[index]) not in ("،", ","):
            return None, None
        title_at = self.lead_end(index)
        match = table.match_at(self.ws, title_at, self.text) if title_at < len(self.ws) else None
        if match is None or (title_at > index and not self._spaced(title_at - 1, title_at)):
            return None, None
        after = match.last + 1
        country = self._country_within(index, title_at) or self._country_within(after, self.complement_end(after))
        return roles[match.key], country
