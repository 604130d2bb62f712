"""Untrusted text made safe to store, print and render, one character for one so offsets hold.

Documents, ids and file names come from anywhere. Three kinds of character in them can hurt
the reader rather than the program:

- lone surrogates (from a ``\\udXXX`` escape in JSON, or an undecodable byte in a file name)
  cannot be encoded as UTF-8, so writing them fails;
- controls (ESC, OSC, backspace, carriage return) drive a terminal: colour, cursor moves,
  even the clipboard (OSC 52);
- bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder
  everything after them on the line, so an id can make a finding read backwards.

Each is replaced by one visible character, never removed, so that a span of the original
text still points at the same characters. The marks that only nudge neutral characters
(LRM, RLM, ALM) and the joiners Persian needs (ZWNJ, ZWJ) are left alone.
"""

from __future__ import annotations

import os
import re

REPLACEMENT = "\ufffd"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 controls but tab and line feed, DEL, C1 controls, lone surrogates and bidi controls.
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_BIDI_CONTROLS}]")


def encodable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so it can be written as UTF-8."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text)


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if char < "\x20":
        return chr(0x2400 + ord(char))  # the Control Pictures block: ␛ for ESC, ␍ for CR
    if char == "\x7f":
        return "\u2421"  # ␡
    return REPLACEMENT


def inert(text: str) -> str:
    """``text`` as it may be shown on a terminal or a page: controls as their pictures, bidi
    controls and lone surrogates as U+FFFD. Line feeds and tabs stay; the length does not change."""
    return _UNSAFE.sub(_shown, text)


def has_unsafe(text: str) -> bool:
    """Whether :func:`inert` would change ``text``."""
    return _UNSAFE.search(text) is not None


def path_name(path: str) -> str:
    """A file name as text that can be written anywhere: bytes the file system could not decode
    (held as surrogate escapes) are shown as ``\\xff``, as Python shows them on stderr."""
    if not _LONE_SURROGATE.search(path):
        return path
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte: given so by a caller
        return encodable(path)
