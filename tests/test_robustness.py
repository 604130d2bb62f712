"""Arbitrary and hostile text never crashes extraction or comparison, and offsets stay true."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcmp
from factcmp.kinds.dates.grammar.triggers import candidate_windows
from factcmp.text.lang import LANGUAGES

# Characters the engines react to, mixed with anything at all.
_NEWS_CHARACTERS = (
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,/-:%٪٫٬ \n،؛؟«»“”()ـ\u200c\u200f"
    "قتلجرحعامسنةيومأمسالجمعةتشرينالأولأيلولسبتمبرمليونألفعشرونخمسةوبلفكسوفلمقالبحسب"
    "کشتهشدندسالروزدیروزپنجشنبهگذشتههزاربیستدرصدمیخواهد"
    "killed wounded in on at least about million thousand January Monday said will Putin Moscow"
)
texts = st.text(alphabet=st.sampled_from(_NEWS_CHARACTERS) | st.characters(), max_size=300)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, *LANGUAGES]))
def test_extract_any_text(text: str, lang: str | None) -> None:
    # as a Document: a bare one-line string ending in .htm or .txt names a file (factcmp.extract)
    for mention in factcmp.extract(factcmp.Document(id="t", text=text), lang=lang):
        assert text[mention.span.start : mention.span.end] == mention.text
        assert 0 <= mention.confidence <= 1


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4))
def test_compare_any_documents(bodies: list[str]) -> None:
    documents = [factcmp.Document(id=f"d{i}", text=body) for i, body in enumerate(bodies)]
    comparison = factcmp.compare(documents)
    for finding in comparison.findings:
        for doc, evidence in finding.values.items():
            body = bodies[int(doc[1:])]
            assert body[evidence.span.start : evidence.span.end] == evidence.text


def test_pathological_repetitions_finish_quickly() -> None:
    for unit in ("15 ", "قتل ", "الـ15 ", "1.5 مليون ", "۱۷ سپتامبر ", "،", "«", "في في ", "2018-", "ـ", "\u200c"):
        text = unit * (40_000 // len(unit))
        started = time.perf_counter()
        factcmp.compare([factcmp.Document(id="x", text=text)])
        # Generous: this guards against a hang or a quadratic blow-up, not a timing goal (bench/ has those).
        assert time.perf_counter() - started < 60, unit


def test_date_windows_stop_at_a_word_length_in_an_endless_word() -> None:
    # Digits every 61 letters in one endless "word": each window used to widen to the word's end,
    # which made the date scan quadratic (28 s on a megabyte).
    soup = ("ب" * 60 + "1") * 2_000
    windows = candidate_windows(soup, "ar")
    assert len(windows) == 2_000
    # A digit's reach each side, plus at most one long word each side: a couple of hundred characters.
    assert max(window.end - window.start for window in windows) <= 200
