"""The optional polyglot NER backend: clear failure when it or its models are missing, and the
real loading path (polyglot's own loaders) on a tiny model that the test builds."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import pickle
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import factcmp
from factcmp.kinds.actors import polyglot_ner

HAS_POLYGLOT = all(importlib.util.find_spec(name) is not None for name in ("polyglot", "icu", "numpy"))
TAGS = ["O", "I-PER", "I-LOC", "I-ORG"]  # polyglot's tag order
PERSON_WORDS = ["زعيتر", "ميلاد"]
ORG_WORDS = ["سيرا"]


def _tar_bz2(path: Path, member: str, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:bz2") as archive:
        info = tarfile.TarInfo(member)
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))


def build_tiny_model(root: Path, lang: str) -> None:
    """Embeddings with one dimension per class (person, org, other) and a network whose tag
    follows the centre word's class: the smallest model polyglot's NEChunker loads and runs."""
    import numpy as np

    vocabulary = ["<PAD>", "<S>", "</S>", "<UNK>", *PERSON_WORDS, *ORG_WORDS]
    vectors = [[0.0, 0.0, 1.0]] * 4 + [[1.0, 0.0, 0.0]] * len(PERSON_WORDS) + [[0.0, 1.0, 0.0]] * len(ORG_WORDS)
    embeddings = pickle.dumps((vocabulary, np.array(vectors)), protocol=2)
    dims, window = 3, 5
    first = np.zeros((len(TAGS), 1, dims * window + 1))
    centre = 2 * dims
    first[TAGS.index("O"), 0, centre + 2] = 5.0
    first[TAGS.index("I-PER"), 0, centre + 0] = 5.0
    first[TAGS.index("I-ORG"), 0, centre + 1] = 5.0
    second = np.tile([5.0, 0.0], (len(TAGS), 1))
    _tar_bz2(root / "polyglot_data" / "embeddings2" / lang / "embeddings_pkl.tar.bz2", "embeddings_pkl", embeddings)
    _tar_bz2(root / "polyglot_data" / "ner2" / lang / "ner.pkl.tar.bz2", "ner.pkl", pickle.dumps((first, second), 2))


def _run(code: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POLYGLOT_DATA_PATH": str(data), polyglot_ner.ENV_SWITCH: "polyglot",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.skipif(HAS_POLYGLOT, reason="polyglot is installed here")
def test_without_polyglot_the_message_says_how_to_install_it() -> None:
    polyglot_ner.enable()
    try:
        with pytest.raises(polyglot_ner.PolyglotUnavailable, match=r"pip install 'factcmp\[polyglot\]'"):
            factcmp.extract("التقى الرئيس بزعيتر", lang="ar", kinds=["person"])
    finally:
        polyglot_ner.enable(False)


def test_core_does_not_need_polyglot() -> None:
    assert not polyglot_ner.enabled() or os.environ.get(polyglot_ner.ENV_SWITCH)
    assert factcmp.extract("قال فلاديمير بوتين", lang="ar", kinds=["person"])


@pytest.mark.skipif(not HAS_POLYGLOT, reason="polyglot and PyICU are not installed (extra factcmp[polyglot])")
def test_missing_model_is_named_without_any_download(tmp_path: Path) -> None:
    result = _run("import factcmp; factcmp.extract('التقى الرئيس بزعيتر', lang='ar', kinds=['person'])", tmp_path)
    assert result.returncode != 0
    assert "PolyglotUnavailable" in result.stderr
    assert "embeddings2.ar" in result.stderr and "ner2.ar" in result.stderr


@pytest.mark.skipif(not HAS_POLYGLOT, reason="polyglot and PyICU are not installed (extra factcmp[polyglot])")
def test_tiny_model_finds_people_and_orgs_through_polyglot(tmp_path: Path) -> None:
    build_tiny_model(tmp_path, "ar")
    code = ("import json, factcmp; ms = factcmp.extract('وقال زعيتر ميلاد إن شركة سيرا تعمل', lang='ar',"
            " kinds=['person', 'org']); print(json.dumps([[m.kind, m.text, m.value.key] for m in ms]))")
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == [["person", "زعيتر ميلاد", "person:mld"], ["org", "سيرا", "org:sr"]]
