"""Optional named-entity backend: polyglot's NER models, when they are installed locally.

Off unless asked for (``FACTCMP_NER=polyglot`` in the environment, or ``enable()``); the
lexicon and cue engine in ``actors`` never needs it. When asked for, it must be complete:
polyglot and PyICU importable (``pip install 'factcmp[polyglot]'``) and the models of the
text's language present under ``$POLYGLOT_DATA_PATH/polyglot_data`` (``polyglot download
embeddings2.ar ner2.ar``); otherwise ``PolyglotUnavailable`` says what is missing. Nothing is
ever downloaded: the presence of the model files is checked before polyglot is asked to load
them, because its own loader would go to the network to look them up.

polyglot tags words one by one (I-PER, I-LOC, I-ORG); runs of one tag become entities. The
words are factcmp's own (the words of the folded text, passed in their original spelling), so
offsets stay exact.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

ENV_SWITCH = "FACTCMP_NER"
_KINDS = {"I-PER": "person", "I-ORG": "org"}
_MODEL_DIRS = ("embeddings2", "ner2")
_INSTALL_HINT = "install the extra: pip install 'factcmp[polyglot]' (polyglot, PyICU, numpy, morfessor, six)"
# What to install for a module polyglot imports, where the names differ.
_DISTRIBUTION = {"icu": "PyICU (with the ICU libraries)"}
_enabled_by_call = False


class PolyglotUnavailable(RuntimeError):
    """polyglot was asked for but it, or its model for a language, is not installed."""


@attrs.frozen
class Entity:
    kind: str  # person | org
    first: int  # word indices
    last: int


def enable(on: bool = True) -> None:
    global _enabled_by_call
    _enabled_by_call = on


def enabled() -> bool:
    return _enabled_by_call or os.environ.get(ENV_SWITCH, "").strip().lower() == "polyglot"


def data_dir() -> Path:
    """Where polyglot looks for its models (its own rule: $POLYGLOT_DATA_PATH or ~)."""
    base = os.environ.get("POLYGLOT_DATA_PATH", "~/")
    return Path(base).expanduser().resolve() / "polyglot_data"


def _missing_models(lang: str) -> list[str]:
    missing = []
    for name in _MODEL_DIRS:
        folder = data_dir() / name / lang
        if not folder.is_dir() or not any(folder.iterdir()):
            missing.append(f"{name}.{lang}")
    return missing


def _tagger(lang: str) -> Any:
    try:
        tag_base = importlib.import_module("polyglot.tag.base")
    except ImportError as error:  # polyglot itself, or a module it imports without declaring it
        absent = _DISTRIBUTION.get(error.name or "", error.name)
        said = f"{absent} is not installed" if absent else str(error)  # no name: a library failed to load
        raise PolyglotUnavailable(f"polyglot cannot be loaded: {said}; {_INSTALL_HINT}") from None
    missing = _missing_models(lang)
    if missing:
        raise PolyglotUnavailable(
            f"polyglot has no NER model for {lang!r} under {data_dir()}: missing {', '.join(missing)}; "
            f"install them with `polyglot download {' '.join(missing)}` (factcmp never downloads)"
        )
    return tag_base.get_ner_tagger(lang=lang)


def entities(ws: Sequence[str], lang: str) -> list[Entity]:
    """People and organizations polyglot finds in a sentence's words, as written (unfolded:
    the models learned real spelling)."""
    if not ws:
        return []
    tags = [tag for _, tag in _tagger(lang).annotate(list(ws))]
    found: list[Entity] = []
    index = 0
    while index < len(tags):
        kind = _KINDS.get(tags[index])
        last = index
        while kind is not None and last + 1 < len(tags) and tags[last + 1] == tags[index]:
            last += 1
        if kind is not None:
            found.append(Entity(kind, index, last))
        index = last + 1
    return found
