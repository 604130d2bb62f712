"""The garbage collector paused over work that allocates many objects and frees few of them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside the block; the collector is left as it was found (a caller that had
    disabled it keeps it disabled), whatever the block raises.

    Reading a document or decoding the gazetteer's index allocates tens of thousands of
    containers (words, matches, dict entries) that live until the end: the collections their
    allocation sets off find nothing to free and cost a tenth of the time or more. Cycles made
    inside the block are collected at the next collection after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
