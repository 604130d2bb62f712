"""One consistent API: what extract and compare take, names checked against the valid ones,
typed accessors, hashable findings, a mention's sentence, and the language detector's None."""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path

import pytest

import factcmp
from factcmp import names
from factcmp.compare import model as compare_model
from factcmp.text import lang as lang_module
from factcmp.values import VALUE_TYPES
from tests.conftest import SEEDS

AR_TOLL = "أعلنت وزارة الدفاع الروسية أمس أن 15 عسكريا قتلوا في اللاذقية."
EN_TOLL = "The Russian Defence Ministry said on Monday that 15 servicemen were killed near Latakia."
FA_TOLL = "وزارت دفاع روسیه اعلام کرد ۱۵ نظامی روسیه روز دوشنبه در لاذقیه کشته شدند."


@pytest.fixture(scope="module")
def seeds() -> factcmp.Comparison:
    return factcmp.compare(sorted(SEEDS.glob("*.txt")))


def test_literal_types_are_the_names_the_model_uses() -> None:
    assert typing.get_args(factcmp.Kind) == names.KINDS == tuple(VALUE_TYPES)
    assert typing.get_args(factcmp.Lang) == names.LANGUAGES == lang_module.LANGUAGES == ("ar", "fa", "en", "ru", "he")
    assert typing.get_args(factcmp.FindingKind) == compare_model.FINDING_KINDS
    assert typing.get_args(factcmp.Slot) == compare_model.SLOTS


def test_extract_takes_a_text_a_document_or_a_path(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(AR_TOLL, encoding="utf-8")
    from_text = factcmp.extract(AR_TOLL, published="2018-09-18")
    from_document = factcmp.extract(factcmp.Document(id="report", text=AR_TOLL), published="2018-09-18")
    from_path = factcmp.extract(path, published="2018-09-18")
    from_str_path = factcmp.extract(str(path), published="2018-09-18")
    assert from_text == from_document == from_path == from_str_path
    assert {m.kind for m in from_text} >= {"date", "count", "place"}
    assert from_text.document.id == "text" and from_path.document.id == from_str_path.document.id == "report"
    assert from_path.document.published == dt.date(2018, 9, 18) and from_path.lang == "ar"


def test_extract_kinds_take_one_name_or_several_and_refuse_unknown_ones() -> None:
    assert {m.kind for m in factcmp.extract(AR_TOLL, kinds="count")} == {"count"}
    assert {m.kind for m in factcmp.extract(AR_TOLL, kinds=("count", "place"))} == {"count", "place"}
    with pytest.raises(ValueError, match=r"unknown kind 'counts'; choose from date, duration, .*, org$"):
        factcmp.extract(AR_TOLL, kinds="counts")  # type: ignore[arg-type]


def test_extract_of_a_corpus_says_it_reads_one_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="holds 2 documents; extract"):
        factcmp.extract(corpus)
    with pytest.raises(TypeError, match="a text, a Document or a path, not list"):
        factcmp.extract(["a text"])  # type: ignore[arg-type]


def test_compare_takes_texts_documents_and_paths_with_lang_and_published(tmp_path: Path) -> None:
    (tmp_path / "fa.txt").write_text(FA_TOLL, encoding="utf-8")
    comparison = factcmp.compare(
        [AR_TOLL, factcmp.Document(id="wire", text=EN_TOLL), tmp_path / "fa.txt"], published="2018-09-18"
    )
    ids = [entry.document.id for entry in comparison.documents]
    assert ids == ["text1", "wire", "fa"]
    assert {entry.document.published for entry in comparison.documents} == {dt.date(2018, 9, 18)}
    counts = comparison.filter(kind="agreement", slot="count")
    assert counts and set(counts[0].docs) == {"text1", "wire", "fa"}


def test_compare_of_one_directory_or_one_pattern(tmp_path: Path) -> None:
    for name, text in (("a.txt", AR_TOLL), ("b.txt", EN_TOLL), ("notes.csv", "not read")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    by_directory = factcmp.compare(tmp_path)
    by_pattern = factcmp.compare(str(tmp_path / "*.txt"))
    assert [e.document.id for e in by_directory.documents] == ["a", "b"]
    assert [e.document.id for e in by_pattern.documents] == ["a", "b"]


def test_a_language_or_a_kind_of_finding_that_does_not_exist_is_refused(seeds: factcmp.Comparison) -> None:
    with pytest.raises(ValueError, match=r"unknown language 'xx'; choose from ar, fa, en"):
        factcmp.Document(id="d", text="نص", lang="xx")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        factcmp.extract("Bonjour", lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown finding kind 'contradictions'; choose from contradiction, "):
        seeds.filter(kind="contradictions")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown slot 'date'; choose from count, time, "):
        seeds.filter(slot=["count", "date"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown document 'nope'"):
        seeds.filter(doc="nope")
    assert seeds.filter(kind="contradiction") == [f for f in seeds.findings if f.kind == "contradiction"] != []


def test_findings_events_claims_and_evidence_are_hashable(seeds: factcmp.Comparison) -> None:
    assert len(set(seeds.findings)) == len(seeds.findings)
    again = factcmp.compare(sorted(SEEDS.glob("*.txt")))
    assert set(again.findings) == set(seeds.findings)  # equal findings hash alike
    assert {hash(event) for event in seeds.events} and {hash(claim) for claim in seeds.claims}
    counted = {finding: finding.kind for finding in seeds.filter(slot="count")}
    assert set(counted.values()) <= set(names.FINDING_KINDS)


def test_evidence_gives_its_value_typed(seeds: factcmp.Comparison) -> None:
    count = seeds.filter(kind="agreement", slot="count")[0]
    for evidence in count.values.values():
        typed = evidence.typed_value
        assert isinstance(typed, factcmp.CountValue) and typed.value == 15 and typed.to_dict() == evidence.value
    dated = seeds.filter(slot="time")[0]
    assert all(isinstance(e.typed_value, factcmp.DateValue) for e in dated.values.values())
    claim = next(claim for claim in seeds.claims if claim.object is not None)
    assert claim.trigger.typed_value is None and claim.object is not None and claim.object.typed_value is None


def test_date_values_give_python_dates() -> None:
    (day,) = factcmp.extract("15 soldiers were killed on 17 September 2018.", lang="en", kinds="date")
    assert isinstance(day.value, factcmp.DateValue)
    assert (day.value.start_date, day.value.end_date) == (dt.date(2018, 9, 17), dt.date(2018, 9, 18))
    assert day.value.start_datetime == dt.datetime(2018, 9, 17) and day.value.to_dict()["start"] == "2018-09-17"
    (year,) = factcmp.extract("In 2015 Russia intervened.", lang="en", kinds="date")
    assert isinstance(year.value, factcmp.DateValue)
    assert (year.value.start_date, year.value.end_date) == (dt.date(2015, 1, 1), dt.date(2016, 1, 1))
    (unresolved,) = factcmp.extract("He arrived on Monday.", lang="en", kinds="date")
    assert isinstance(unresolved.value, factcmp.DateValue) and unresolved.value.start_date is None


def test_a_mention_gives_its_sentence_in_its_document() -> None:
    text = "قال المتحدث إن الطائرة اختفت. " + AR_TOLL + " وأضاف أن التحقيق مستمر."
    mentions = factcmp.extract(text, lang="ar", kinds="count")
    (count,) = mentions
    assert count.doc == mentions.document.id == "text"
    assert count.sentence(mentions.document) == AR_TOLL
    span = count.sentence_span(mentions.document)
    assert text[span.start : span.end] == AR_TOLL
    with pytest.raises(ValueError, match="from document 'text', not 'other'"):
        count.sentence(factcmp.Document(id="other", text=text))


def test_mentions_of_a_comparison_know_their_document(seeds: factcmp.Comparison) -> None:
    for entry in seeds.documents:
        for mention in entry.mentions:
            assert mention.doc == entry.document.id
            assert mention.text in mention.sentence(entry.document)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12 / 34",
        "Le président russe a rencontré le Premier ministre israélien à Sotchi mercredi.",
        "Der russische Präsident traf am Mittwoch den israelischen Premierminister in Sotschi.",
        "روسی صدر ولادیمیر پوتن نے بدھ کے روز سوچی میں اسرائیلی وزیر اعظم سے ملاقات کی۔",
        "د روسیې ولسمشر ولادیمیر پوتین د چهارشنبې په ورځ په سوچي کې د اسراییلو له لومړي وزیر سره ولیدل",
        "Президент України зустрівся з прем'єр-міністром Ізраїлю в Сочі в середу ввечері.",
        "דער רוסישער פּרעזידענט האָט זיך געטראָפֿן מיטן ישׂראלדיקן פּרעמיער אין סאָטשי.",
        "Ο Ρώσος πρόεδρος συναντήθηκε με τον Ισραηλινό πρωθυπουργό στο Σότσι την Τετάρτη.",
    ],
)
def test_detect_language_says_none_for_a_language_it_does_not_read(text: str) -> None:
    assert factcmp.detect_language(text) is None
    assert factcmp.detect_language(text, default="und") == "und"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (AR_TOLL, "ar"),
        (FA_TOLL, "fa"),
        (EN_TOLL, "en"),
        ("Vladimir Putin and Recep Tayyip Erdogan", "en"),  # names a detector takes for Turkish
        ("Putin, Erdogan meet in Sochi", "en"),
        ("Президент России Владимир Путин встретился с премьер-министром Израиля в Сочи.", "ru"),
        ("Мoсква", "ru"),  # a Latin o inside
        ("ראש הממשלה נפגש עם נשיא רוסיה בסוצ'י ביום רביעי.", "he"),
        ("צה״ל", "he"),
    ],
)
def test_detect_language_knows_its_five(text: str, lang: str) -> None:
    assert factcmp.detect_language(text) == lang


def test_a_french_document_is_still_read_as_english() -> None:
    mentions = factcmp.extract("Quinze militaires ont été tués le 17 September 2018.")
    assert mentions.lang == "en" and [m.kind for m in mentions] == ["date"]


def test_a_string_is_a_directory_only_when_it_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(AR_TOLL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for named in ("reports/", "./reports", str(tmp_path / "reports")):
        assert [e.document.id for e in factcmp.compare(named).documents] == ["a"], named
    for text in ("reports", "/", ".", "/" * 100):
        assert factcmp.extract(text).document.text == text
