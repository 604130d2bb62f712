"""The Markdown report: findings tables grouped by event, escaped source text, and the committed seeds report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcmp import Document, read_documents
from factcmp.compare.model import Comparison, Finding
from factcmp.model import DocumentMentions, Evidence, Span
from factcmp.pipeline import compare
from factcmp.report.markdown import escape, render
from tests.report_samples import sample_comparison

ROOT = Path(__file__).resolve().parent.parent
SEEDS_REPORT = ROOT / "examples" / "seeds-report.md"
REGENERATE = "python -m factcmp compare --format md -o examples/seeds-report.md examples/seeds/*.txt"
# A table cell boundary: a pipe no backslash escapes.
_CELL_BOUNDARY = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def sample() -> Comparison:
    return sample_comparison()


@pytest.fixture(scope="module")
def report(sample: Comparison) -> str:
    return render(sample)


def _tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def _finding_rows(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in _CELL_BOUNDARY.split(line)[1:-1]]
            for line in text.splitlines() if re.match(r"\| F\d+ \|", line)]


def test_every_table_row_has_as_many_cells_as_its_header(report: str) -> None:
    tables = _tables(report)
    assert len(tables) >= 4
    for table in tables:
        widths = {len(_CELL_BOUNDARY.findall(line)) for line in table}
        assert len(widths) == 1, table


def test_findings_are_grouped_by_event_with_contradictions_first(sample: Comparison, report: str) -> None:
    rows = _finding_rows(report)
    assert [row[0] for row in rows] == [f"F{n}" for n in range(1, len(sample.findings) + 1)]
    assert rows[0][1] == "**CONTRADICTION**" and rows[0][2] == "count"
    # The contradiction's event comes first, with all its findings, before findings of no event or other events.
    headings = re.findall(r"^### (.+)$", report, flags=re.MULTILINE)
    assert headings == ["shoot-down (Latakia)", "Not tied to one event", "shoot-down (Tartus)"]
    kinds_of_first_event = [row[1] for row in rows[:4]]
    assert kinds_of_first_event == ["**CONTRADICTION**", "agreement", "agreement", "single source"]


def test_each_row_says_what_every_source_says_with_a_quote_and_the_confidence(report: str) -> None:
    contradiction = _finding_rows(report)[0]
    assert contradiction[3] == ("S1: 15 servicemen killed «15 servicemen»; "
                                "S2: 14 servicemen killed «\u2068مقتل 14 عسكريا\u2069»")
    assert contradiction[4] == "0.90"
    assert "- F1: The sources disagree on the count" in report


def test_right_to_left_quotes_are_isolated_whole_with_their_digits(report: str) -> None:
    assert "«\u206817 أيلول 2018\u2069»" in report
    assert "«\u2068۱۵ نظامی\u2069»" in report


def test_sources_table_names_language_date_and_source(report: str) -> None:
    assert "| S1 | wire-en | English (en) | 2018-09-18 | Example Wire | Russian plane shot down off Syria |" in report
    assert "| S3 | news-fa | Persian (fa) | 2018-09-18 | not given |" in report


def test_hostile_text_cannot_open_html_links_or_cells(report: str) -> None:
    assert not re.search(r"(?<!\\)<", report), "every < of the source text is escaped"
    assert r"\<script\>window.\_\_pwned = 4\</script\>" in report
    assert escape("a | b [x](http://e.invalid) <i>") == r"a \| b \[x\](http://e.invalid) \<i\>"


def test_escape_keeps_words_with_underscores_readable() -> None:
    assert escape("000_5d8f5ab6 _emphasis_ a*b") == r"000_5d8f5ab6 \_emphasis\_ a\*b"
    assert escape("line one\nline two") == "line one line two"


def test_pipe_in_a_quote_stays_inside_its_cell() -> None:
    text = "A | B: the army said 12 | 13 soldiers were killed."
    start = text.index("12 | 13")
    quote = Evidence(doc="pipes", kind="count", span=Span(start, start + 7), text="12 | 13",
                     value={"value": 12, "high": 13, "count_type": "KILL", "object": "soldiers"})
    finding = Finding(kind="single_source", slot="count", docs=("pipes",), values={"pipes": quote}, confidence=1.0,
                      claims=(), explanation="Only pipes says 12 | 13.")
    document = Document(id="pipes", text=text, lang="en")
    comparison = Comparison(documents=(DocumentMentions(document, "en", []),), claims=(), links=(), events=(),
                            findings=(finding,))
    report = render(comparison)
    assert _finding_rows(report) == [["F1", "single source", "count", r"S1: 12 soldiers killed «12 \| 13»", "1.00"]]
    assert r"- F1: Only S1 says 12 \| 13." in report


def test_a_comparison_without_findings_says_so() -> None:
    report = render(compare([Document(id="empty", text="", lang="en")]))
    assert "No finding" in report and report.endswith("\n")
    assert "| S1 | empty | English (en) | date not given |" in report


def test_committed_seeds_report_is_up_to_date(seed_paths: list[Path]) -> None:
    current = compare(read_documents(seed_paths)).to_markdown()
    committed = SEEDS_REPORT.read_text(encoding="utf-8") if SEEDS_REPORT.exists() else ""
    assert committed == current, f"{SEEDS_REPORT} is stale; regenerate it from the checkout with:\n  {REGENERATE}"


def test_units_agree_with_their_number_in_the_wording() -> None:
    from factcmp.compare.describe import value_words
    from factcmp.model import Evidence, Span

    def said(value: dict[str, object]) -> str:
        return value_words("quantity", Evidence(doc="d", kind="quantity", span=Span(0, 1), text="x", value=value))

    assert said({"value": 1500000, "unit": "person"}) == "1,500,000 people"
    assert said({"value": 1, "unit": "tonne"}) == "1 tonne"
    assert said({"value": 350, "unit": "tonne"}) == "350 tonnes"
    assert said({"value": 35, "unit": "km"}) == "35 km"
    assert said({"value": 5, "unit": "USD"}) == "5 USD"
    assert said({"value": 15, "unit": "serviceman", "modifier": "all"}) == "all 15 servicemen"
    assert said({"value": 2, "unit": "human"}) == "2 humans"


def test_explanations_name_sources_by_their_tags_as_the_tables_do(seed_paths: list[Path]) -> None:
    comparison = compare(read_documents(seed_paths))
    report = comparison.to_markdown()
    explanations = [line for line in report.splitlines() if line.startswith("- F")]
    assert explanations and all(re.search(r"\bS\d\b", line) for line in explanations)
    assert not any(entry.document.id in line for entry in comparison.documents for line in explanations)
    ids = [entry.document.id for entry in comparison.documents]
    assert any(doc in finding.explanation for doc in ids for finding in comparison.findings)  # the data keeps ids
