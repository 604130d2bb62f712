"""Clitics and endings a language writes onto a word, and the forms they give it.

One rule set per language, kept as data (``lexicon/<lang>/clitics.tsv`` and ``endings.tsv``);
each engine reads the view it needs from it:

- ``lexicon_stems``: a word without each whole prefix cut from lexicon words (وبالاجتماعات →
  اجتماعات), so that triggers, markers and predicates list bare forms;
- ``number_clitics``: the prefixes cut from number words and digits, with what they hold;
- ``prefix_forms`` and ``suffix_forms``: the forms a name takes inside a word: a conjunction,
  then one preposition (للقدس → القدس), the endings written onto it (سوریه‌ی → سوریه), and the
  case endings that replace its own (``inflections.tsv``: Сирии → Сирия, Москве → Москва).
"""

from __future__ import annotations

from functools import cache, lru_cache

import attrs

from factcmp.lexicon import languages, load_table
from factcmp.text.normalize import fold

CONJUNCTION = "conjunction"
PREPOSITION = "preposition"
LIKE = "like"
FUTURE = "future"
ARTICLE = "article"
ROLES = (CONJUNCTION, PREPOSITION, LIKE, FUTURE, ARTICLE)
# What a prefix is cut from (the cut_from column); names are cut by role.
WORDS = "words"
NUMBERS = "numbers"
CUT_FROM = (WORDS, NUMBERS)
# A lexicon word keeps at least this many letters once its prefix is cut, a name one more.
_MIN_STEM = 2
_MIN_NAME = 3


@attrs.frozen
class Clitic:
    prefix: str  # folded, as written
    parts: tuple[str, ...]  # its clitics, in order; the prefix itself when it is one
    roles: tuple[str, ...]  # of its parts
    cut_from: frozenset[str]

    @property
    def conjunction(self) -> bool:
        return CONJUNCTION in self.roles

    @property
    def article(self) -> bool:
        return ARTICLE in self.roles

    @property
    def article_len(self) -> int:
        """How many of the prefix's letters are its article, written at its end (ال of وال, ה of וה;
        لل, where ل + ال merge, is all article)."""
        if not self.article:
            return 0
        return min(len(self.prefix), len(self.parts[self.roles.index(ARTICLE)]))

    @property
    def contracted(self) -> bool:
        """Written shorter than its parts: لل is ل + ال, the article's alef dropped."""
        return len(self.prefix) < sum(len(part) for part in self.parts)


@attrs.frozen
class Ending:
    ending: str  # folded
    after: frozenset[str]  # letters it must follow, which stay with the word; empty for any


@attrs.frozen
class Inflection:
    """A case ending that replaces the end of a name's base form (Сирии: ии for ия)."""

    ending: str  # folded, lower case
    base: str  # what the base form ends in instead; empty when the ending was added to it
    after: frozenset[str]  # letters it must follow; empty for any


@attrs.frozen
class Affixes:
    """The rules of one language."""

    clitics: tuple[Clitic, ...]  # file order
    endings: tuple[Ending, ...]
    inflections: tuple[Inflection, ...] = ()

    def cut_from(self, words: str) -> tuple[Clitic, ...]:
        """The prefixes cut from ``words``, longest first."""
        return tuple(sorted((c for c in self.clitics if words in c.cut_from), key=lambda c: -len(c.prefix)))

    def single(self, *roles: str) -> tuple[str, ...]:
        """The clitics that play one of ``roles`` on their own."""
        return tuple(c.prefix for c in self.clitics if len(c.parts) == 1 and c.roles[0] in roles)

    def article_contractions(self) -> tuple[Clitic, ...]:
        """A preposition (or like) written together with the article, shorter than both (لل)."""
        return tuple(
            c
            for c in self.clitics
            if c.contracted and len(c.roles) == 2 and c.roles[0] in (PREPOSITION, LIKE) and c.roles[1] == ARTICLE
        )


def _clitics(lang: str) -> tuple[Clitic, ...]:
    rows = load_table(lang, "clitics")
    role_of = {fold(row["prefix"]): row["role"] for row in rows if row["role"]}
    clitics = []
    for row in rows:
        prefix = fold(row["prefix"])
        parts = tuple(fold(part) for part in row["parts"].split()) or (prefix,)
        roles = tuple(role_of[part] for part in parts)
        clitics.append(Clitic(prefix, parts, roles, frozenset(row["cut_from"].split())))
    return tuple(clitics)


def _endings(lang: str) -> tuple[Ending, ...]:
    return tuple(
        Ending(fold(row["ending"]), frozenset(fold(row["after"]).split())) for row in load_table(lang, "endings")
    )


def _inflections(lang: str) -> tuple[Inflection, ...]:
    return tuple(
        Inflection(
            fold(row["ending"]).lower(), fold(row["base"]).lower(), frozenset(fold(row["after"]).lower().split())
        )
        for row in load_table(lang, "inflections")
    )


@cache
def affixes(lang: str) -> Affixes:
    """The rules of ``lang``; a language without lexicons writes no affix."""
    if lang not in languages():
        return Affixes((), ())
    return Affixes(_clitics(lang), _endings(lang), _inflections(lang))


@cache
def _lexicon_prefixes() -> dict[str, tuple[str, ...]]:
    """Every language's prefixes cut from lexicon words, longest first, by their first letter (a
    word is compared with the few that start as it does): lexicons are matched without knowing
    the sentence's language, and each language's clitics are in its own letters."""
    found = dict.fromkeys(c.prefix for lang in languages() for c in affixes(lang).cut_from(WORDS))
    by_letter: dict[str, tuple[str, ...]] = {}
    for prefix in sorted(found, key=len, reverse=True):
        by_letter[prefix[:1]] = (*by_letter.get(prefix[:1], ()), prefix)
    return by_letter


@lru_cache(maxsize=1 << 16)
def lexicon_stems(word: str) -> tuple[str, ...]:
    """The word in lower case, then without each prefix it may carry."""
    word = word.lower()
    stems = [word]
    for prefix in _lexicon_prefixes().get(word[:1], ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            stems.append(word[len(prefix) :])
    return tuple(dict.fromkeys(stems))


@cache
def preposition_prefixes() -> frozenset[str]:
    """Every language's prefixes that hold a preposition (ب, لل, وب; ב, ל, וב): a name written
    after one is where something happened («בסוריה», «بسوريا»)."""
    return frozenset(c.prefix for lang in languages() for c in affixes(lang).clitics if PREPOSITION in c.roles)


def number_clitics(lang: str) -> tuple[Clitic, ...]:
    """The prefixes a number word or digits may carry, longest first."""
    return affixes(lang).cut_from(NUMBERS)


@cache
def _single(lang: str, *roles: str) -> tuple[str, ...]:
    """``affixes(lang).single(*roles)``, worked out once: asked for every word a name may start at."""
    return affixes(lang).single(*roles)


@cache
def _article_contractions(lang: str) -> tuple[Clitic, ...]:
    return affixes(lang).article_contractions()


def article_of(word: str, lang: str) -> str:
    """The article a word is written with (ال of الحلبي, ה of האוויר), "" when none."""
    articles = _single(lang, ARTICLE)
    return next((a for a in articles if word.startswith(a) and len(word) - len(a) >= _MIN_STEM), "")


def ends_in_like(prefix: str, lang: str) -> bool:
    """Whether a prefix cut off a name ends in «like» (کسوريا): callers accept that cut only
    before names that rarely start a word of their own (کورونا is not ک + Verona)."""
    return prefix.endswith(_single(lang, LIKE))


@lru_cache(maxsize=1 << 16)
def prefix_forms(word: str, lang: str) -> tuple[tuple[int, str], ...]:
    """(length of the prefix, what follows it) for each way the word may start with clitics:
    the word, then without a conjunction, each followed by its form after one preposition."""
    without_conjunction = [(0, word)]
    for conjunction in _single(lang, CONJUNCTION):
        if word.startswith(conjunction) and len(word) - len(conjunction) >= _MIN_NAME:
            without_conjunction.append((len(conjunction), word[len(conjunction) :]))
    forms = []
    for cut, rest in without_conjunction:
        forms.append((cut, rest))
        after = _after_preposition(lang, rest)
        if after is not None:
            forms.append((cut + after[0], after[1]))
    return tuple(forms)


def _after_preposition(lang: str, word: str) -> tuple[int, str] | None:
    """(length of the preposition, the rest) when the word starts with one; a preposition
    contracted with the article gives the article back (للقدس → القدس)."""
    for clitic in _article_contractions(lang):
        preposition, article = clitic.parts
        if word.startswith(clitic.prefix) and len(word) - len(preposition) >= _MIN_NAME:
            return len(preposition), article + word[len(clitic.prefix) :]
    for preposition in _single(lang, PREPOSITION, LIKE):
        if word.startswith(preposition) and len(word) - len(preposition) >= _MIN_NAME:
            return len(preposition), word[len(preposition) :]
    return None


@cache
def inflecting_languages() -> tuple[str, ...]:
    """The languages whose case endings replace the end of a name (inflections.tsv not empty)."""
    return tuple(lang for lang in languages() if affixes(lang).inflections)


@cache
def has_endings(lang: str) -> bool:
    rules = affixes(lang)
    return bool(rules.endings or rules.inflections)


@lru_cache(maxsize=1 << 16)
def suffix_forms(word: str, lang: str) -> tuple[tuple[int, str], ...]:
    """(length of the ending, what precedes it) for the word and each ending it may carry; a case
    ending gives the base form it replaces, and the name keeps the whole word (length 0)."""
    forms = [(0, word)]
    for inflection in affixes(lang).inflections:
        stem = word[: -len(inflection.ending)]
        if not word.lower().endswith(inflection.ending) or not _same_script(word, inflection.ending):
            continue
        if inflection.after and stem[-1:].lower() not in inflection.after:
            continue
        if len(stem) >= _MIN_NAME - 1:
            forms.append((0, stem + (inflection.base.upper() if stem.isupper() else inflection.base)))
    for ending in affixes(lang).endings:
        stem = word[: -len(ending.ending)]
        if not word.endswith(ending.ending) or not _same_script(word, ending.ending):
            continue
        if ending.after and stem[-1:] not in ending.after:
            continue
        if len(stem) - (1 if ending.after else 0) >= _MIN_NAME:
            forms.append((len(ending.ending), stem))
    return tuple(dict.fromkeys(forms))


def _same_script(word: str, ending: str) -> bool:
    """Whether the word starts in the ending's script, told by its 256-letter Unicode block
    (Arabic 06xx, Hebrew 05xx): a Latin word glued to Persian letters takes no Persian ending."""
    return ord(word[0]) >> 8 == ord(ending[0]) >> 8
