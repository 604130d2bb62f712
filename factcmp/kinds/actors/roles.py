"""The role and country of a person from the title around the name: before it, over a demonym,
a place or an organization («الرئيس الروسي، ...», «المتحدث باسم الكرملين ...», «Russian President
...»), or after it in apposition («ولادیمیر پوتین، رئیس جمهوری روسیه»)."""

from __future__ import annotations

import attrs

from factcmp.kinds import lexicons
from factcmp.text.words import Word

# What may stand between a title and the name it introduces.
CLAUSE_GAP = frozenset({"", "،", ",", "(", "«", "“", "”", '"', ":"})
_MAX_WORDS_TITLE_TO_NAME = 4


def gap(text: str, left: Word, right: Word) -> str:
    """What stands between two words, spaces left out; a line break stays (no name runs onto the next line)."""
    between = text[left.end : right.start]
    return "\n" if "\n" in between else between.strip()


@attrs.frozen
class Roles:
    """Titles around names in the words of one document; ``blocked`` words belong to places and
    organizations, ``place_country`` gives the country of the place a word names."""

    text: str
    ws: list[Word]
    blocked: set[int]
    place_country: dict[int, str]

    def of_name(self, first: int, last: int) -> tuple[str | None, str | None]:
        """The role and country of the name over words first..last: from a title before it, else after it."""
        role, country = self._before(first)
        if role is None:
            role, country = self._after(last)
        return role, country

    def _before(self, first: int) -> tuple[str | None, str | None]:
        """The title just before a name, over a demonym, a place or an organization between them
        (الرئيس الروسي، ...; المتحدث باسم الكرملين ...; وزير خارجية روسيا ...)."""
        table, roles = lexicons.titles()
        index, country = first - 1, None
        if index < 0 or gap(self.text, self.ws[index], self.ws[first]) not in CLAUSE_GAP:
            return None, None
        country = lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)
        skipped = 0
        while (
            index >= 0
            and skipped < _MAX_WORDS_TITLE_TO_NAME
            and (index in self.blocked or lexicons.demonym_of(self.ws[index]) is not None)
        ):
            index, skipped = index - 1, skipped + 1
        for start in range(max(0, index - 3), index + 1):
            match = table.match_at(self.ws, start, self.text)
            if match is not None and match.last == index:
                return roles[match.key], country or self._country_before(start)
        return None, None

    def _country_before(self, title_start: int) -> str | None:
        """A demonym or place just before a title, as English writes it (Russian President ...)."""
        index = title_start - 1
        if index < 0 or gap(self.text, self.ws[index], self.ws[title_start]) not in CLAUSE_GAP:
            return None
        return lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)

    def _after(self, last: int) -> tuple[str | None, str | None]:
        """A title in apposition after a name (ولادیمیر پوتین، رئیس جمهوری روسیه)."""
        table, roles = lexicons.titles()
        index = last + 1
        if index >= len(self.ws) or gap(self.text, self.ws[last], self.ws[index]) not in ("،", ","):
            return None, None
        match = table.match_at(self.ws, index, self.text)
        if match is None:
            return None, None
        after = match.last + 1
        country = None
        if after < len(self.ws):
            country = lexicons.demonym_of(self.ws[after]) or self.place_country.get(after)
        return roles[match.key], country
