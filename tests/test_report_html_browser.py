"""The HTML report in a real browser: headless Chromium driven by Playwright, kept offline.

The page is served from a made-up address by Playwright's request routing, so every request
the page makes is seen here: the report must make none but its own. Skipped only when no
Chromium binary is installed (``.ci/install-browser`` installs Debian's package).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcmp import read_documents
from factcmp.compare.model import Comparison
from factcmp.pipeline import compare
from factcmp.report.common import grouped_findings
from tests.report_samples import HOSTILE_TEXT, sample_comparison

CHROMIUM = Path(os.environ.get("FACTCMP_CHROMIUM", "/usr/bin/chromium"))
REPORT_URL = "http://factcmp-report.invalid/report.html"
# Offline and quiet: no sandbox (CI runs as root in a container), no GPU, no background traffic of the browser's own.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1500, "height": 1000}

# Records what the page tries and fails to do, installed before any of the page's own code runs.
_WATCH = """
window.__violations = [];
window.__errors = [];
document.addEventListener("securitypolicyviolation",
                          (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
"""


class OpenReport:
    """A report open in a page, with every request the page made."""

    def __init__(self, context: Any, html: str) -> None:
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.add_init_script(_WATCH)
        self.page.route("**/*", lambda route: self._serve(route, html))
        self.page.goto(REPORT_URL, wait_until="load")

    def _serve(self, route: Any, html: str) -> None:
        self.requests.append(route.request.url)
        if route.request.url == REPORT_URL:
            route.fulfill(status=200, body=html, content_type="text/html; charset=utf-8")
        else:
            route.abort()

    def js(self, expression: str, argument: Any = None) -> Any:
        return self.page.evaluate(expression, argument)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: run .ci/install-browser (or set FACTCMP_CHROMIUM)")
    from playwright.sync_api import sync_playwright  # a test dependency; imported only when there is a browser

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=FLAGS, viewport=VIEWPORT)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def seeds(seed_paths: list[Path]) -> Comparison:
    return compare(read_documents(seed_paths))


@pytest.fixture()
def seeds_report(browser: Any, seeds: Comparison) -> Iterator[OpenReport]:
    report = OpenReport(browser, seeds.to_html())
    yield report
    report.page.close()


@pytest.fixture()
def sample_report(browser: Any) -> Iterator[OpenReport]:
    report = OpenReport(browser, sample_comparison().to_html())
    yield report
    report.page.close()


# After a finding is selected: every evidence mark of it, with its pane and whether it is highlighted and in view.
_HIGHLIGHTS = """(id) => Array.from(document.querySelectorAll(".ev")).filter((m) => m.dataset.f.split(" ").includes(id))
  .map((mark) => {
    const pane = mark.closest(".text"), box = mark.getBoundingClientRect(), frame = pane.getBoundingClientRect();
    return {
      pane: Array.from(document.querySelectorAll(".text")).indexOf(pane),
      lit: mark.classList.contains("hl"),
      inPane: box.bottom > frame.top && box.top < frame.bottom,
      inWindow: box.bottom > 0 && box.top < window.innerHeight,
    };
  })"""


def _expected_panes(comparison: Comparison) -> dict[str, set[int]]:
    pane_of = {entry.document.id: i for i, entry in enumerate(comparison.documents)}
    return {f"f{number}": {pane_of[doc] for doc in finding.values}
            for group in grouped_findings(comparison) for number, finding in group.findings}


def _click_each_finding_and_check_its_evidence(report: OpenReport, comparison: Comparison) -> None:
    expected = _expected_panes(comparison)
    assert report.js("document.querySelectorAll('.finding').length") == len(expected)
    for finding_id, panes in expected.items():
        report.page.click(f"#{finding_id}")
        marks = report.js(_HIGHLIGHTS, finding_id)
        assert {mark["pane"] for mark in marks} == panes, finding_id
        assert all(mark["lit"] for mark in marks), finding_id
        assert report.js("document.querySelectorAll('.ev.hl').length") == len(marks), "only this finding is lit"
        for pane in panes:
            first = next(mark for mark in marks if mark["pane"] == pane)
            assert first["inPane"], f"{finding_id}: evidence not scrolled into view in pane {pane}"
        assert marks[0]["inWindow"], f"{finding_id}: the first source's evidence is off screen"
        assert report.js(f"document.getElementById('{finding_id}').getAttribute('aria-pressed')") == "true"


def test_seeds_report_highlights_every_findings_evidence_in_every_source(
        seeds_report: OpenReport, seeds: Comparison, tmp_path: Path) -> None:
    if not seeds.findings:
        pytest.fail("the seeds' comparison has no finding to click")
    _click_each_finding_and_check_its_evidence(seeds_report, seeds)
    seeds_report.page.click("#f1")
    shot = tmp_path / "seeds-report.png"
    seeds_report.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert seeds_report.requests == [REPORT_URL]
    assert seeds_report.js("window.__violations") == [] and seeds_report.js("window.__errors") == []


def test_sample_report_highlights_every_findings_evidence(sample_report: OpenReport) -> None:
    _click_each_finding_and_check_its_evidence(sample_report, sample_comparison())
    sample_report.page.click(f"#f{len(sample_comparison().findings)}")
    assert sample_report.js("document.querySelectorAll('.ev.hl').length") == 0, "a second click clears the selection"


def test_arabic_and_persian_panes_are_right_to_left(seeds_report: OpenReport, seeds: Comparison) -> None:
    panes = seeds_report.js("""Array.from(document.querySelectorAll('.text'))
        .map((p) => [p.getAttribute('dir'), getComputedStyle(p).direction])""")
    assert panes == [["rtl", "rtl"] if entry.lang in ("ar", "fa") else ["ltr", "ltr"] for entry in seeds.documents]


def test_latin_words_and_digits_inside_arabic_text_read_left_to_right(sample_report: OpenReport) -> None:
    # In the Arabic pane "Il-20" and "2018" stand inside right-to-left text: their first character must still be
    # drawn left of their last, and the Arabic before them to their right.
    positions = sample_report.js("""() => {
        const pane = document.querySelectorAll('.text')[1];
        const x = (word, offset) => {
          const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(word);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at + offset);
              range.setEnd(node, at + offset + 1);
              return range.getBoundingClientRect().x;
            }
          }
          return null;
        };
        return {I: x('Il-20', 0), zero: x('Il-20', 4), two: x('2018', 0), eight: x('2018', 3),
                taraz: x('طراز', 0)};
    }""")
    assert positions["I"] < positions["zero"]
    assert positions["two"] < positions["eight"]
    assert positions["taraz"] > positions["zero"], "the Arabic word before Il-20 stands to its right"


def test_no_request_leaves_the_page(sample_report: OpenReport) -> None:
    for finding in range(1, len(sample_comparison().findings) + 1):
        sample_report.page.click(f"#f{finding}")
    sample_report.page.hover(".m")
    assert sample_report.requests == [REPORT_URL]
    assert sample_report.js("window.__violations") == []
    assert sample_report.js("window.__errors") == []


def test_no_script_from_document_text_runs(sample_report: OpenReport) -> None:
    for finding in range(1, len(sample_comparison().findings) + 1):
        sample_report.page.click(f"#f{finding}")
    hostile = sample_report.page.locator(".source").nth(3)
    hostile.locator(".text").hover()
    assert sample_report.js("typeof window.__pwned") == "undefined"
    assert sample_report.js("document.scripts.length") == 1, "the report's own script only"
    assert sample_report.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert hostile.locator(".text").text_content() == HOSTILE_TEXT
    assert hostile.locator("h2").text_content() == "<script>window.__pwned = 4</script>"


def test_filters_hide_findings_by_kind_and_slot(sample_report: OpenReport) -> None:
    def shown() -> list[str]:
        return sample_report.js("""Array.from(document.querySelectorAll('.finding'))
            .filter((f) => f.offsetParent !== null).map((f) => f.dataset.kind + ':' + f.dataset.slot)""")

    everything = shown()
    assert len(everything) == len(sample_comparison().findings)
    sample_report.page.uncheck("input[name=kind][value=agreement]")
    assert shown() == [item for item in everything if not item.startswith("agreement:")]
    sample_report.page.uncheck("input[name=slot][value=quantity]")
    assert shown() == [item for item in everything
                       if not item.startswith("agreement:") and item != "single_source:quantity"]
    assert sample_report.js("document.querySelector('.event-group[data-event=\"e1\"]').hidden") is True
    sample_report.page.check("input[name=kind][value=agreement]")
    sample_report.page.check("input[name=slot][value=quantity]")
    assert shown() == everything


def test_printing_shows_whole_texts_without_the_controls(sample_report: OpenReport) -> None:
    sample_report.page.emulate_media(media="print")
    styles = sample_report.js("""[getComputedStyle(document.querySelector('.filters')).display,
        getComputedStyle(document.querySelector('.text')).overflow,
        getComputedStyle(document.querySelector('.text')).maxHeight]""")
    assert styles == ["none", "visible", "none"]


def test_every_mention_carries_its_normalized_value(seeds_report: OpenReport, seeds: Comparison) -> None:
    marked = seeds_report.js("document.querySelectorAll('.text .m[title]').length")
    distinct_spans = sum(len({(m.span.start, m.span.end) for m in entry.mentions}) for entry in seeds.documents)
    assert marked == distinct_spans
