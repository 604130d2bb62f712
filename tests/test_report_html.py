"""The HTML report read back with an HTML parser: the sources' text intact, evidence marked, nothing fetched or run."""

from __future__ import annotations

import base64
import hashlib
import re
import time
from html.parser import HTMLParser

import attrs
import pytest

import factcmp
from factcmp import Document
from factcmp.claims.model import Claim
from factcmp.compare.model import Comparison, Event, Finding
from factcmp.model import DocumentMentions, Evidence, Mention, Span
from factcmp.pipeline import compare
from factcmp.report.common import grouped_findings
from factcmp.report.html import render
from factcmp.values import DateValue, NumberValue
from tests.report_samples import HOSTILE_TEXT, sample_comparison

_VOID = frozenset({"meta", "input", "br", "img", "link", "hr", "circle", "rect", "line"})


class _Page(HTMLParser):
    """Each source pane's text as the browser would show it, and the text under each finding's evidence marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.panes: list[str] = []
        self.pane_dirs: list[str] = []
        self.evidence: dict[tuple[int, str], str] = {}
        self.titles: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.csp = ""

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        attrs_ = {name: value or "" for name, value in attributes}
        self.tags.append((tag, attrs_))
        if tag == "meta" and attrs_.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs_["content"]
        if "text" in attrs_.get("class", "").split():
            self.panes.append("")
            self.pane_dirs.append(attrs_.get("dir", ""))
        if "title" in attrs_ and self._in_pane():
            self.titles.append(attrs_["title"])
        if tag not in _VOID:
            self.stack.append((tag, attrs_))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def _in_pane(self) -> bool:
        return any("text" in a.get("class", "").split() for _, a in self.stack)

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(data)
        if not self._in_pane():
            return
        self.panes[-1] += data
        for finding in {f for _, a in self.stack for f in a.get("data-f", "").split()}:
            key = (len(self.panes) - 1, finding)
            self.evidence[key] = self.evidence.get(key, "") + data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "every element is closed"
    return parser


@pytest.fixture(scope="module")
def sample() -> Comparison:
    return sample_comparison()


@pytest.fixture(scope="module")
def page(sample: Comparison) -> _Page:
    return _parse(render(sample))


def test_each_pane_shows_its_document_text_exactly(sample: Comparison, page: _Page) -> None:
    assert page.panes == [entry.document.text for entry in sample.documents]


def test_arabic_and_persian_panes_are_right_to_left(sample: Comparison, page: _Page) -> None:
    langs = [entry.lang for entry in sample.documents]
    assert list(zip(langs, page.pane_dirs, strict=True)) == [("en", "ltr"), ("ar", "rtl"), ("fa", "rtl"), ("en", "ltr")]


def test_hebrew_panes_are_right_to_left_and_russian_ones_left_to_right() -> None:
    documents = [
        factcmp.Document(id="ru", text="Самолет Ил-20 сбит над Латакией, погибли 15 военнослужащих."),
        factcmp.Document(id="he", text="מטוס איל-20 הופל מעל לטקיה, 15 אנשי צוות נהרגו."),
    ]
    page = _parse(render(factcmp.compare(documents)))
    assert page.panes == [document.text for document in documents]
    assert page.pane_dirs == ["ltr", "rtl"]


def test_every_findings_evidence_is_marked_in_its_source(sample: Comparison, page: _Page) -> None:
    numbered = [pair for group in grouped_findings(sample) for pair in group.findings]
    assert sorted(number for number, _ in numbered) == list(range(1, len(sample.findings) + 1))
    pane_of = {entry.document.id: i for i, entry in enumerate(sample.documents)}
    for number, finding in numbered:
        for doc, evidence in finding.values.items():
            assert page.evidence[(pane_of[doc], f"f{number}")] == evidence.text
    assert len(page.evidence) == sum(len(f.values) for f in sample.findings)


def _texts_of(css_class: str, html_text: str) -> list[str]:
    parser = _TextOf(css_class)
    parser.feed(html_text)
    return parser.texts


class _TextOf(HTMLParser):
    def __init__(self, css_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.css_class = css_class
        self.depth = 0
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        classes = (dict(attributes).get("class") or "").split()
        if self.depth or self.css_class in classes:
            self.depth += 1
            if self.depth == 1:
                self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def test_findings_list_contradictions_first_each_with_a_word_and_its_explanation(page: _Page) -> None:
    html_text = render(sample_comparison())
    items = [a for tag, a in page.tags if tag == "li" and "finding" in a.get("class", "").split()]
    assert [a["data-kind"] for a in items] == ["contradiction", "agreement", "agreement", "single_source",
                                                "possible_conflict", "single_source"]
    for word in ("contradiction", "possible conflict", "agreement", "single source"):
        assert f'<span class="badge">{word}</span>' in html_text
    assert _texts_of("expl", html_text)[0].startswith("The sources disagree on the count of the shoot-down")


def test_every_mention_shows_its_normalized_value_on_hover(page: _Page) -> None:
    assert "date: 17 September 2018 (2018-09-17 to 2018-09-18, end exclusive)" in page.titles
    assert "count: 14 servicemen killed" in page.titles
    assert "place: Latakia (SY)" in page.titles
    assert "quantity: 20 tonnes" in page.titles
    assert len(page.titles) == sum(len(e.mentions) for e in sample_comparison().documents)


def test_hostile_text_is_escaped_and_nothing_can_load_or_run(page: _Page) -> None:
    assert HOSTILE_TEXT in page.panes
    assert len(page.scripts) == 1, "the report's own script only"
    assert not [(tag, name) for tag, a in page.tags for name in a if name.startswith("on")]
    assert not [(tag, a) for tag, a in page.tags if tag in ("img", "iframe", "object", "embed", "link")]
    assert not [a for _, a in page.tags if any(name in a for name in ("src", "href", "srcset", "action"))]


def test_the_content_security_policy_allows_no_network_and_only_the_reports_own_code(page: _Page) -> None:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert page.csp.startswith("default-src 'none';")
    assert f"script-src 'sha256-{digest(page.scripts[0])}'" in page.csp
    assert f"style-src 'sha256-{digest(page.styles[0])}'" in page.csp
    assert not re.search(r"url\(|@import|https?://", page.styles[0])


def test_crossing_spans_are_split_into_nested_elements() -> None:
    text = "On 17 September 2018 near Latakia."
    date = Mention(kind="date", span=Span(3, 20), text=text[3:20], lang="en",
                   value=DateValue(year=2018, month=9, day=17, grain="day"))
    number = Mention(kind="number", span=Span(16, 26), text=text[16:26], lang="en", value=NumberValue(value=2018))
    evidence = Evidence(doc="d", kind="place", span=Span(6, 33), text=text[6:33], value={"name": "Latakia"})
    finding = Finding(kind="single_source", slot="place", docs=("d",), values={"d": evidence}, confidence=1.0,
                      claims=(), explanation="Only d says so.")
    comparison = Comparison(documents=(DocumentMentions(Document(id="d", text=text, lang="en"), "en", [date, number]),),
                            claims=(), links=(), events=(), findings=(finding,))
    parsed = _parse(render(comparison))
    assert parsed.panes == [text]
    assert parsed.evidence[(0, "f1")] == evidence.text
    assert sorted(set(parsed.titles)) == ["date: 17 September 2018", "number: 2018"]


def test_timeline_draws_each_dated_event_with_the_sources_that_tell_it(sample: Comparison) -> None:
    svg = re.search(r"<svg.*?</svg>", render(sample), flags=re.DOTALL)
    assert svg is not None
    rows = re.findall(r'<g class="tl-event" data-event="(e\d+)">(.*?)</g></g>(?=<g class="tl-event"|</svg>)',
                      svg.group(), flags=re.DOTALL)
    assert [event for event, _ in rows] == ["e0"], "e1 has no known time"
    assert re.findall(r">(S\d)</text>", rows[0][1]) == ["S1", "S2", "S3"]
    assert "17 Sep 2018" in svg.group()


def test_timeline_says_when_no_date_is_known() -> None:
    undated = attrs.evolve(sample_comparison(), events=(Event(id="e0", event_type="ASSAULT", subtype="shootdown",
                                                              claims=(), docs=(), label="x"),))
    assert "No event has a known date." in render(undated)


def test_an_empty_comparison_renders_a_page() -> None:
    parsed = _parse(render(compare([])))
    assert parsed.panes == []
    assert "No finding" in render(compare([]))


def test_a_large_document_renders_in_linear_time() -> None:
    sentence = "On 17 September 2018, 15 servicemen were killed near Latakia. "
    text = sentence * 20_000  # 1.2 million characters, 40,000 mentions
    mentions = []
    for i in range(20_000):
        base = i * len(sentence)
        mentions.append(Mention(kind="date", span=Span(base + 3, base + 20), text=text[base + 3 : base + 20], lang="en",
                                value=DateValue(year=2018, month=9, day=17)))
        mentions.append(Mention(kind="number", span=Span(base + 22, base + 24), text="15", lang="en",
                                value=NumberValue(value=15)))
    comparison = Comparison(documents=(DocumentMentions(Document(id="big", text=text, lang="en"), "en", mentions),),
                            claims=(), links=(), events=(), findings=())
    began = time.perf_counter()
    page = render(comparison)
    assert time.perf_counter() - began < 10
    assert page.count('title="date: 17 September 2018"') == 20_000


def test_an_actor_findings_evidence_marks_every_actor_of_its_claim() -> None:
    text = "Putin met Bennett in Sochi on Friday."
    putin, bennett = (Evidence(doc="d", kind="person", span=Span(text.index(name), text.index(name) + len(name)),
                               text=name, value={"key": name.lower(), "name": name}) for name in ("Putin", "Bennett"))
    trigger = Evidence(doc="d", kind="trigger", span=Span(6, 9), text="met", value={})
    claim = Claim(id="d-c0", doc="d", lang="en", event_type="CONSULT", subtype="meeting", trigger=trigger,
                  sentence=Span(0, len(text)), actors=(putin, bennett))
    joined = Evidence(doc="d", kind="actors", span=putin.span, text="Putin · Bennett",
                      value={"names": ["Bennett", "Putin"]})
    finding = Finding(kind="single_source", slot="actor", docs=("d",), values={"d": joined}, confidence=0.8,
                      claims=(claim.id,), explanation="Only d names the actors.")
    comparison = Comparison(documents=(DocumentMentions(Document(id="d", text=text, lang="en"), "en", []),),
                            claims=(claim,), links=(), events=(), findings=(finding,))
    assert _parse(render(comparison)).evidence[(0, "f1")] == "PutinBennett"
