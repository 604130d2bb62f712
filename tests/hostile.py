"""Realistic hostile text, and the invariants every output must keep on it.

Shared by the bounded fuzz tests that CI runs (tests/test_fuzz.py) and the long profile run by
hand (bench/fuzz_long.py). Texts are built from a seeded ``random.Random``, so a failure is
reproduced from its seed alone, in any process.

What goes into a text: words of factcmp's own lexicons (triggers, months, number words,
predicates) so that every engine fires; numbers in Western, Arabic-Indic and Persian digits
with every separator; letters of five scripts; combining marks, tatweel, joiners, bidi and C0/C1
controls, lone surrogates; and runs of one piece repeated.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
from functools import cache
from pathlib import Path

import factcmp
from factcmp.cli import _write_mentions_text
from factcmp.pipeline import extract_document
from factcmp.report import render
from factcmp.text.inert import inert

_LEXICONS = Path(factcmp.__file__).parent / "lexicon"
_DIGITS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")
_SEPARATORS = (",", ".", "٬", "٫", " ", "/", "-", ":", "٪", "%", "")
_SCRIPTS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى",
    "پچژگکیۀ",
    "אבגדהוזחטיכלמנסעפצקרשתםןףץך",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД",
)
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670ـ\u200c\u200d\u200e\u200f\u061c\ufeff"
_CONTROLS = (
    "\x00\x01\x07\x08\x0b\x0c\x0d\x1b\x1c\x7f\x85\x9b\u2028\u2029"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_PUNCTUATION = " \n\t،؛؟.!?«»\"'()[]“”:;-–—/…"
_LEXICON_WORD = re.compile(r"[^\s\t*…]+")


@cache
def lexicon_words() -> tuple[str, ...]:
    """Every word in factcmp's lexicon files: what its engines are most likely to react to."""
    found: set[str] = set()
    for path in sorted(_LEXICONS.glob("*/*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                found.update(_LEXICON_WORD.findall(line.split("\t")[0]))
    return tuple(sorted(found))


def _number(rng: random.Random) -> str:
    digits = rng.choice(_DIGITS)
    value = str(rng.choice([rng.randrange(10), rng.randrange(100), rng.randrange(10**4), rng.randrange(10**12)]))
    text = "".join(digits[int(d)] for d in value)
    if rng.random() < 0.4:
        text += rng.choice(_SEPARATORS) + "".join(rng.choice(digits) for _ in range(rng.randrange(1, 5)))
    return text


def _piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.40:
        return rng.choice(lexicon_words())
    if roll < 0.60:
        return _number(rng)
    if roll < 0.72:
        script = rng.choice(_SCRIPTS)
        return "".join(rng.choice(script) for _ in range(rng.randrange(1, 9)))
    if roll < 0.82:
        return rng.choice(_MARKS)
    if roll < 0.88:
        return rng.choice(_CONTROLS)
    if roll < 0.92:
        return chr(rng.choice([rng.randrange(0xD800, 0xE000), rng.randrange(0x110000)]))
    return rng.choice(_PUNCTUATION)


def hostile_text(rng: random.Random, max_pieces: int = 80) -> str:
    """A text of lexicon words, numbers, letters, marks and controls, sometimes one piece repeated."""
    pieces = []
    for _ in range(rng.randrange(max_pieces)):
        piece = _piece(rng)
        if rng.random() < 0.03:
            piece = (piece + rng.choice(("", " ", "،"))) * rng.randrange(2, 60)
        pieces.append(piece)
        pieces.append(rng.choice((" ", " ", " ", "", "\n", "، ", ". ")))
    return "".join(pieces)


_PUBLISHED = (None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2018, 9, 18), dt.datetime(2021, 2, 28, 23, 59))


def hostile_published(rng: random.Random) -> dt.date | dt.datetime | None:
    return rng.choice(_PUBLISHED)


_ISOLATES = re.compile("[\u2066\u2067\u2068\u2069]")


def assert_inert(rendered: str) -> None:
    """Rendered output holds no control, override or lone surrogate; the only bidi controls are the
    renderer's own isolates, each line closing every isolate it opens."""
    without_isolates = _ISOLATES.sub("", rendered)
    assert inert(without_isolates) == without_isolates, "rendering: a raw control, override or surrogate"
    for line in rendered.split("\n"):
        depth = 0
        for mark in _ISOLATES.findall(line):
            depth += -1 if mark == "\u2069" else 1
            assert depth >= 0, "rendering: an isolate closed that was never opened"
        assert depth == 0, "rendering: an isolate left open"


def check_extract(text: str, lang: str | None, published: dt.date | None) -> str:
    """Extract, check every invariant, and return the output (JSON) for determinism checks."""
    document = factcmp.Document(id="fuzz", text=text, lang=lang, published=published)
    result = extract_document(document)
    for mention in result.mentions:
        assert document.text[mention.span.start : mention.span.end] == mention.text, f"offset: {mention}"
        assert 0 <= mention.confidence <= 1, f"confidence: {mention}"
        assert factcmp.Mention.from_dict(json.loads(json.dumps(mention.to_dict()))) == mention, f"round trip: {mention}"
    output = json.dumps(result.to_dict(), ensure_ascii=False)
    output.encode("utf-8")
    terminal = io.StringIO()
    _write_mentions_text([result], terminal)
    assert_inert(terminal.getvalue())
    return output


def check_one(seed: int) -> str:
    """The input a seed makes (one compare set in twenty, else a text to extract from), checked;
    its output, for determinism checks."""
    rng = random.Random(seed)
    if seed % 20 == 0:
        return check_compare(hostile_documents(rng))
    return check_extract(hostile_text(rng), rng.choice((None, "ar", "fa", "en")), hostile_published(rng))


def check_compare(documents: list[factcmp.Document]) -> str:
    """Compare, check every invariant of every output format, and return the JSON output."""
    comparison = factcmp.compare(documents)
    texts = {document.id: document.text for document in documents}
    for finding in comparison.findings:
        for doc, evidence in finding.values.items():
            assert texts[doc][evidence.span.start : evidence.span.end] == evidence.text, f"offset: {finding}"
    output = comparison.to_json()
    json.loads(output)
    output.encode("utf-8")
    for rendered in (comparison.to_markdown(), comparison.to_html(), render(comparison, "text")):
        assert_inert(rendered)
    return output


def hostile_documents(rng: random.Random) -> list[factcmp.Document]:
    ids = [rng.choice(["d", "\u202eevil", "\x1b[31mred", "a/b", "", "«x»", "\ud800"]) + str(n) for n in range(5)]
    return [
        factcmp.Document(id=ids[n], text=hostile_text(rng, 60), published=hostile_published(rng))
        for n in range(rng.randrange(1, 5))
    ]
