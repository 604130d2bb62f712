from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcmp
from factcmp import Document, Mention, Span
from factcmp.claims.model import Claim
from factcmp.model import SpanIndex
from factcmp.pipeline import read_document
from factcmp.values import VALUE_TYPES, CountValue, DateValue, EntityValue, PlaceValue, value_from_dict


def test_document_round_trips_through_json() -> None:
    document = Document(
        id="d1",
        text="نص",
        lang="ar",
        published=dt.datetime(2021, 10, 22, 9, 30),
        source="SANA",
        title="t",
        meta={"url": "https://example.org"},
    )
    again = Document.from_dict(json.loads(json.dumps(document.to_dict())))
    assert again == document
    assert again.published == dt.datetime(2021, 10, 22, 9, 30)
    assert Document.from_dict({"id": "x", "text": "", "published": "2019-02-27"}).published == dt.date(2019, 2, 27)


@pytest.mark.parametrize(
    "mention",
    [
        Mention(
            kind="date",
            span=Span(3, 14),
            text="9 مارس 2017",
            lang="ar",
            value=DateValue(
                year=2017, month=3, day=9, grain="day", start="2017-03-09", end="2017-03-10", resolved=True
            ),
        ),
        Mention(
            kind="count",
            span=Span(0, 5),
            text="الـ15",
            lang="ar",
            confidence=0.8,
            value=CountValue(value=15, count_type="KILL", object="crew", modifier="all"),
        ),
        Mention(
            kind="place",
            span=Span(0, 5),
            text="سوتشي",
            lang="ar",
            value=PlaceValue(geonameid=491422, name="Sochi", country="RU", lat=43.6, lon=39.73),
        ),
        Mention(kind="person", span=Span(0, 6), text="بوتين", lang="ar", value=EntityValue(key="putin", name="Putin")),
    ],
)
def test_mention_round_trips_through_json(mention: Mention) -> None:
    data = json.loads(json.dumps(mention.to_dict(), ensure_ascii=False))
    assert data["start"] == mention.span.start and data["text"] == mention.text
    assert Mention.from_dict(data) == mention


def test_every_kind_has_a_value_type_and_unknown_kinds_are_refused() -> None:
    assert set(VALUE_TYPES) >= {
        "date",
        "duration",
        "number",
        "ordinal",
        "percent",
        "quantity",
        "count",
        "place",
        "person",
        "org",
    }
    with pytest.raises(ValueError, match=r"unknown kind 'colour'; choose from date, "):
        value_from_dict("colour", {})


def test_span_is_half_open_and_checked() -> None:
    assert Span(2, 5).overlaps(Span(4, 9)) and not Span(2, 5).overlaps(Span(5, 9))
    assert Span(0, 10).contains(Span(2, 5)) and len(Span(2, 5)) == 3
    with pytest.raises(ValueError):
        Span(5, 2)


_spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)).map(lambda p: Span(p[0], p[0] + p[1])), max_size=12)


@given(_spans, st.tuples(st.integers(0, 40), st.integers(0, 10)).map(lambda p: Span(p[0], p[0] + p[1])))
def test_span_index_answers_as_a_scan_would(spans: list[Span], probe: Span) -> None:
    index = SpanIndex(spans)
    assert index.overlaps_any(probe) == any(span.overlaps(probe) for span in spans)
    assert index.contains_any(probe) == any(span.contains(probe) for span in spans)


def test_published_takes_a_date_a_datetime_or_an_iso_string() -> None:
    assert Document(id="a", text="", published="2021-10-22").published == dt.date(2021, 10, 22)
    assert Document(id="a", text="", published="2021-10-22T09:30:00+03:00").published == dt.datetime(
        2021, 10, 22, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )
    with pytest.raises(ValueError, match="ISO date"):
        Document(id="a", text="", published="22/10/2021")
    with pytest.raises(TypeError, match="published must be"):
        Document(id="a", text="", published=20211022)  # type: ignore[arg-type]


def test_extract_resolves_against_a_published_string() -> None:
    [yesterday] = factcmp.extract("قتل ثلاثة أمس", lang="ar", published="2021-10-22", kinds=["date"])
    assert yesterday.value.start == "2021-10-21"


def test_every_claim_round_trips_through_json(seed_paths: list[Path]) -> None:
    # What a store keeps and reads back: every field, an update word and a site among them.
    update = "ارتفعت حصيلة ضحايا انفجار سيارة مفخخة قرب سوق باب السراي في الموصل إلى 27 قتيلاً."
    documents = [*factcmp.read_documents(seed_paths), Document(id="update", text=update)]
    claims = [claim for document in documents for claim in read_document(document).claims]
    assert any(claim.update for claim in claims) and any(claim.site for claim in claims)
    assert [Claim.from_dict(json.loads(json.dumps(claim.to_dict()))) for claim in claims] == claims
