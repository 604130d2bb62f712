"""Folding of Arabic-script, Hebrew, Cyrillic and Unicode variants, with a map back to the original text.

Every engine matches on the folded text; every offset it reports goes through
:meth:`FoldedText.to_original`, so callers always get offsets into the text they gave.
Folding is character by character (each original character becomes zero, one or
more folded characters), which is what makes the offset map exact.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Sequence
from functools import lru_cache

import attrs

# Characters removed outright: they change how text looks, never what it says.
_DELETED = frozenset(
    [
        "\u0640",  # tatweel
        "\u0670",  # superscript alef
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner: تل‌آویو and تلآویو must match alike
        "\u200d",  # zero-width joiner
        "\u200e",
        "\u200f",  # LRM, RLM
        "\u061c",  # Arabic letter mark
        "\u2060",
        "\ufeff",  # word joiner, BOM
        *map(chr, range(0x202A, 0x202F)),  # bidi embeddings and overrides
        *map(chr, range(0x2066, 0x206A)),  # bidi isolates
        *map(chr, range(0x064B, 0x0660)),  # harakat, shadda, sukun, hamza marks
        "\u06e1",
        "\u06ed",  # small high/low marks used as sukun or meem
        *map(chr, range(0x0591, 0x05BE)),  # Hebrew cantillation marks and niqqud
        "\u05bf",
        "\u05c1",
        "\u05c2",
        "\u05c4",
        "\u05c5",
        "\u05c7",  # more niqqud: rafe, shin and sin dots, qamats qatan
    ]
)

_REPLACED: dict[str, str] = {
    # yeh and alef maksura -> Persian yeh; kaf -> keheh (the Persian forms win: they are
    # the ones Arabic text never uses, so folding toward them loses nothing).
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0626": "\u06cc",
    "\u06d2": "\u06cc",
    "\u0643": "\u06a9",
    # alef forms and hamza seats
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",
    # teh marbuta and heh with yeh above -> heh
    "\u0629": "\u0647",
    "\u06c0": "\u0647",
    "\u06c1": "\u0647",
    "\u06d5": "\u0647",
    # separators: Arabic decimal, thousands, percent
    "\u066b": ".",
    "\u066c": ",",
    "\u066a": "%",
    # other spaces and line-breaking controls
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u1680": " ",
    **{chr(c): " " for c in range(0x2000, 0x200B)},
    "\u2028": "\n",
    "\u2029": "\n",
    # quotation and dash variants that carry no meaning for matching
    "\u2212": "-",
    # Hebrew maqaf, geresh and gershayim as the ASCII marks most Hebrew text types (ב-17, ז', צה"ל)
    "\u05be": "-",
    "\u05f3": "'",
    "\u05f4": '"',
    # Russian writes ё as е more often than not
    "\u0451": "\u0435",
    "\u0401": "\u0415",
}
_REPLACED.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_REPLACED.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character: an empty string, the character, or its variant."""
    if ch in _DELETED:
        return ""
    if ch in _REPLACED:
        return _REPLACED[ch]
    code = ord(ch)
    # Presentation forms (ligatures, isolated/final glyphs) decompose to plain letters.
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF or 0xFF00 <= code <= 0xFFEF:
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:  # unassigned code points in these blocks decompose to themselves
            return "".join(fold_char(c) for c in decomposed)
    return ch


# Latin and Greek letters that look like Cyrillic ones, typed inside Russian words by mistake or
# to dodge filters (Мoсква with a Latin o): folded to the Cyrillic letter in words that have both.
_LOOK_ALIKES = str.maketrans(
    "aceopxyABCEHKMOPTXαεοΑΒΕΗΚΜΟΡΤΧ",
    "асеорхуАВСЕНКМОРТХаеоАВЕНКМОРТХ",
)
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LOOK_ALIKE_LETTER = re.compile("[aceopxyABCEHKMOPTXαεοΑΒΕΗΚΜΟΡΤΧ]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _fold_look_alikes(text: str) -> str:
    """Look-alike letters inside Cyrillic words made Cyrillic, one for one (offsets do not move)."""
    if _CYRILLIC_LETTER.search(text) is None or _LOOK_ALIKE_LETTER.search(text) is None:
        return text
    return _LETTERS.sub(_cyrillic_word, text)


def _cyrillic_word(match: re.Match[str]) -> str:
    word = match.group()
    if _CYRILLIC_LETTER.search(word) is None or _LOOK_ALIKE_LETTER.search(word) is None:
        return word
    return word.translate(_LOOK_ALIKES)


def fold(text: str) -> str:
    """Folded text without the offset map: for lexicon keys and other short strings."""
    if _PRESENTATION_FORM.search(text):
        return _fold_look_alikes("".join(fold_char(ch) for ch in text))
    return _fold_look_alikes(text.translate(_ONE_TO_ONE))


class OffsetMap(Sequence[int]):
    """``map[i]``: the index in the original text of the character folded into position ``i``.

    One extra trailing entry (the original's length) lets a span end at the end of the text.
    """

    def to_folded(self, original_position: int) -> int:
        """The first folded position whose original index is at or after ``original_position``."""
        return bisect.bisect_left(self, original_position)


class DenseOffsetMap(OffsetMap):
    """Every folded position's original index, stored: for texts where characters expand."""

    def __init__(self, positions: array[int]) -> None:
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, index: int) -> int:  # type: ignore[override]
        return self._positions[index]


class GappedOffsetMap(OffsetMap):
    """The map of a text folded one character to at most one: only the deleted positions are
    stored, so a large text costs memory in proportion to its harakat and marks, not its length."""

    def __init__(self, deleted: list[int], length: int) -> None:
        self._deleted = deleted  # original positions of deleted characters, ascending
        # The folded position each deletion precedes: positions at or after it shift by one more.
        self._gaps = [position - rank for rank, position in enumerate(deleted)]
        self._length = length - len(deleted) + 1

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:  # type: ignore[override]
        if index < 0:  # counted from the end, as any sequence
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return index + bisect.bisect_right(self._gaps, index)

    def to_folded(self, original_position: int) -> int:
        return original_position - bisect.bisect_left(self._deleted, original_position)


@attrs.frozen
class FoldedText:
    """The folded form of an original text and, per folded character, where it came from."""

    original: str
    text: str
    source: OffsetMap = attrs.field(repr=False, eq=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the folded text onto the original text.

        A span that starts or ends inside a character's expansion is widened to the whole
        original character; characters deleted by folding are inside the span only when
        they lie between two kept ones.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the folded text of length {len(self.text)}")
        if start == end:
            position = self.source[start]
            return position, position
        return self.source[start], self.source[end - 1] + 1

    def to_folded(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the original text onto the folded text (the inverse map)."""
        if not 0 <= start <= end <= len(self.original):
            raise ValueError(f"span [{start}, {end}) is outside the original text of length {len(self.original)}")
        return self.source.to_folded(start), self.source.to_folded(end)

    def original_text(self, start: int, end: int) -> str:
        """The original characters under a folded span."""
        orig_start, orig_end = self.to_original(start, end)
        return self.original[orig_start:orig_end]


_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\uff00-\uffef]")
_DELETED_CHAR = re.compile("[" + "".join(sorted(_DELETED)) + "]")
_ONE_TO_ONE = str.maketrans({**_REPLACED, **dict.fromkeys(_DELETED)})
_FOLDED_FORM = {**_REPLACED, **dict.fromkeys(_DELETED, "")}
_CHANGED_CHAR = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLDED_FORM)) + "]")


def _fold_one_to_one(text: str) -> str:
    """``text.translate(_ONE_TO_ONE)``, three times faster on a long Arabic text: translate looks
    every character up in a dict, while one replace per character that occurs (a dozen or so)
    runs in C. No replacement is itself replaced, so the order of the replaces does not matter."""
    for ch in set(_CHANGED_CHAR.findall(text)):
        text = text.replace(ch, _FOLDED_FORM[ch])
    return text


def fold_with_map(original: str) -> FoldedText:
    """Fold a whole text and keep the offset map back to it."""
    if _PRESENTATION_FORM.search(original):
        return _fold_char_by_char(original)
    # Fast path: every character folds to at most one, so the map only has to skip deletions.
    deleted = [match.start() for match in _DELETED_CHAR.finditer(original)]
    source = GappedOffsetMap(deleted, len(original))
    return FoldedText(original=original, text=_fold_look_alikes(_fold_one_to_one(original)), source=source)


def _fold_char_by_char(original: str) -> FoldedText:
    pieces: list[str] = []
    source = array("q")
    for index, ch in enumerate(original):
        folded = fold_char(ch)
        if folded:
            pieces.append(folded)
            source.extend([index] * len(folded))
    source.append(len(original))
    return FoldedText(original=original, text=_fold_look_alikes("".join(pieces)), source=DenseOffsetMap(source))
