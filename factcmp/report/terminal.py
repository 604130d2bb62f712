"""Terminal comforts for the command line: a progress bar on stderr and colour on stdout, both only on a terminal."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TextIO, TypeVar

from factcmp.text.inert import inert

Item = TypeVar("Item")

# Fewer documents than this finish too fast for a progress bar to help.
PROGRESS_FROM = 5
_REDRAW_SECONDS = 0.1
_BAR_WIDTH = 24

_KIND_COLOURS = {
    "contradiction": "1;31",
    "revision": "35",
    "possible_conflict": "33",
    "agreement": "32",
    "single_source": "34",
}


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def wants_colour(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb."""
    env = os.environ if environ is None else environ
    return is_terminal(stream) and not env.get("NO_COLOR") and env.get("TERM") != "dumb"


class Style:
    """ANSI colours, or plain text when colour is off."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and code else text

    def kind(self, text: str, kind: str) -> str:
        return self.paint(text, _KIND_COLOURS.get(kind, ""))

    def dim(self, text: str) -> str:
        return self.paint(text, "2")

    def bold(self, text: str) -> str:
        return self.paint(text, "1")


class Progress:
    """``[#####.....] 12/40 name`` redrawn in place on a terminal; silent elsewhere or when disabled."""

    def __init__(self, stream: TextIO, total: int, *, enabled: bool, what: str = "documents") -> None:
        self.stream = stream
        self.total = total
        self.what = what
        self.enabled = enabled and total >= PROGRESS_FROM and is_terminal(stream)
        self._drawn_at = 0.0
        self._shown = False

    def track(self, items: Iterable[Item], name: Callable[[Item], str] | None = None) -> Iterator[Item]:
        """The items, unchanged, drawing the bar as each is taken."""
        done = 0
        for item in items:
            self.draw(done, name(item) if name else "")
            yield item
            done += 1
        self.draw(done, "", force=True)

    def draw(self, done: int, label: str, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn_at < _REDRAW_SECONDS:
            return
        self._drawn_at = now
        filled = _BAR_WIDTH * done // max(self.total, 1)
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        line = f"factcmp [{bar}] {done}/{self.total} {self.what} {inert(label)}"
        width = shutil.get_terminal_size((80, 24)).columns - 1
        self.stream.write("\r" + line[:width] + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """Erase the bar, so what follows on the terminal starts on a clean line."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
