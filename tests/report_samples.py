"""A hand-made comparison for the report tests: three reports of one shoot-down (English, Arabic, Persian)
and one hostile document, with mentions, claims, an event and findings of every kind.

Built from the attrs classes directly, so the report tests do not depend on what the extraction
engines find today; every span is located in its text, so offsets are real.
"""

from __future__ import annotations

import datetime as dt

from factcmp.claims.model import Claim
from factcmp.compare.model import Comparison, Event, Finding
from factcmp.model import Document, DocumentMentions, Evidence, Mention, Span
from factcmp.values import CountValue, DateValue, EntityValue, PlaceValue, QuantityValue, Value

EN_TEXT = ("Syrian air defences shot down a Russian Il-20 military plane on 17 September 2018 near Latakia, "
           "killing 15 servicemen, the Russian defence ministry said.\n\nIsrael denied that its F-16 jets | "
           "used the plane as cover.")
AR_TEXT = ("أسقطت الدفاعات الجوية السورية طائرة عسكرية روسية من طراز Il-20 في 17 أيلول 2018 قرب اللاذقية، "
           "ما أدى إلى مقتل 14 عسكريا.")
FA_TEXT = ("پدافند هوایی سوریه روز ۱۷ سپتامبر ۲۰۱۸ یک هواپیمای نظامی روسیه را در نزدیکی لاذقیه سرنگون کرد "
           "و ۱۵ نظامی کشته شدند.")
HOSTILE_ID = 'x"><img src=x onerror="window.__pwned=1">'
HOSTILE_TEXT = ('<script>window.__pwned = 2</script> A plane was shot down near Tartus. '
                '<img src="http://tracker.invalid/p.png" onerror="window.__pwned = 3"> It carried 20 tonnes of cargo.')

SEPTEMBER_17 = DateValue(year=2018, month=9, day=17, grain="day", start="2018-09-17", end="2018-09-18", resolved=True)


def _span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface))


def _mention(text: str, lang: str, kind: str, surface: str, value: Value) -> Mention:
    return Mention(kind=kind, span=_span(text, surface), text=surface, value=value, lang=lang)


def _trigger(doc: str, text: str, surface: str) -> Evidence:
    return Evidence(doc=doc, kind="trigger", span=_span(text, surface), text=surface, value={})


def _documents() -> dict[str, tuple[Document, list[Mention]]]:
    latakia = PlaceValue(geonameid=173576, name="Latakia", country="SY", feature="P")
    kill = {"count_type": "KILL", "object": "servicemen"}
    en = Document(id="wire-en", text=EN_TEXT, lang="en", published=dt.date(2018, 9, 18), source="Example Wire",
                  title="Russian plane shot down off Syria")
    ar = Document(id="daily-ar", text=AR_TEXT, lang="ar", published=dt.date(2018, 9, 18), source="صحيفة المثال")
    fa = Document(id="news-fa", text=FA_TEXT, lang="fa", published=dt.date(2018, 9, 18))
    hostile = Document(id=HOSTILE_ID, text=HOSTILE_TEXT, lang="en", source="<b onmouseover=alert(1)>bold</b>",
                       title="<script>window.__pwned = 4</script>")
    return {
        "en": (en, [
            _mention(EN_TEXT, "en", "date", "17 September 2018", SEPTEMBER_17),
            _mention(EN_TEXT, "en", "place", "Latakia", latakia),
            _mention(EN_TEXT, "en", "count", "15 servicemen", CountValue(value=15, **kill)),
            _mention(EN_TEXT, "en", "org", "the Russian defence ministry",
                     EntityValue(key="org:ru-mod", name="Russian Ministry of Defence", country="RU")),
            _mention(EN_TEXT, "en", "place", "Israel", PlaceValue(geonameid=294640, name="Israel", country="IL",
                                                                  feature="A")),
        ]),
        "ar": (ar, [
            _mention(AR_TEXT, "ar", "date", "17 أيلول 2018", SEPTEMBER_17),
            _mention(AR_TEXT, "ar", "place", "اللاذقية", latakia),
            _mention(AR_TEXT, "ar", "count", "مقتل 14 عسكريا", CountValue(value=14, **kill)),
        ]),
        "fa": (fa, [
            _mention(FA_TEXT, "fa", "date", "۱۷ سپتامبر ۲۰۱۸", SEPTEMBER_17),
            _mention(FA_TEXT, "fa", "place", "لاذقیه", latakia),
            _mention(FA_TEXT, "fa", "count", "۱۵ نظامی", CountValue(value=15, **kill)),
        ]),
        "hostile": (hostile, [
            _mention(HOSTILE_TEXT, "en", "place", "Tartus",
                     PlaceValue(geonameid=163345, name="Tartus", country="SY", feature="P")),
            _mention(HOSTILE_TEXT, "en", "quantity", "20 tonnes", QuantityValue(value=20, unit="tonne")),
        ]),
    }


def _claim(key: str, document: Document, mentions: list[Mention], trigger: str) -> Claim:
    doc = document.id
    by_kind: dict[str, list[Evidence]] = {}
    for mention in mentions:
        by_kind.setdefault(mention.kind, []).append(Evidence.of(doc, mention))
    times = by_kind.get("date", [])
    return Claim(id=f"{key}-c0", doc=doc, lang=document.lang or "en", event_type="ASSAULT", subtype="shootdown",
                 trigger=_trigger(doc, document.text, trigger), sentence=Span(0, len(document.text)),
                 time=times[0] if times else None, places=tuple(by_kind.get("place", [])),
                 counts=tuple(by_kind.get("count", [])), quantities=tuple(by_kind.get("quantity", [])),
                 actors=tuple(by_kind.get("org", [])))


def _finding(kind: str, slot: str, claims: list[Claim], values: list[Evidence], confidence: float,
             explanation: str, event: str | None = "e0") -> Finding:
    return Finding(kind=kind, slot=slot, docs=tuple(v.doc for v in values), values={v.doc: v for v in values},
                   confidence=confidence, claims=tuple(c.id for c in claims), explanation=explanation, event=event)


def sample_comparison() -> Comparison:
    documents = _documents()
    triggers = {"en": "shot down", "ar": "أسقطت", "fa": "سرنگون", "hostile": "shot down"}
    claims = {key: _claim(key, document, mentions, triggers[key]) for key, (document, mentions) in documents.items()}
    en, ar, fa, hostile = claims["en"], claims["ar"], claims["fa"], claims["hostile"]
    told = (en, ar, fa)
    event = Event(id="e0", event_type="ASSAULT", subtype="shootdown", claims=tuple(c.id for c in told),
                  docs=tuple(c.doc for c in told), label="shoot-down (Latakia)", time=en.time)
    other = Event(id="e1", event_type="ASSAULT", subtype="shootdown", claims=(hostile.id,), docs=(hostile.doc,),
                  label="shoot-down (Tartus)", time=None)
    findings = [
        _finding("agreement", "time", [en, ar], [en.time, ar.time], 0.9,  # type: ignore[list-item]
                 "Both give the same time for the shoot-down (Latakia): wire-en says 17 September 2018 "
                 "(«17 September 2018») and daily-ar says 17 September 2018 («17 أيلول 2018»)."),
        _finding("contradiction", "count", [en, ar], [en.counts[0], ar.counts[0]], 0.9,
                 "The sources disagree on the count of the shoot-down (Latakia): wire-en says 15 servicemen killed "
                 "(«15 servicemen») but daily-ar says 14 servicemen killed («مقتل 14 عسكريا»)."),
        _finding("agreement", "count", [en, fa], [en.counts[0], fa.counts[0]], 0.8,
                 "Both give the same count for the shoot-down (Latakia): wire-en says 15 servicemen killed "
                 "(«15 servicemen») and news-fa says 15 servicemen killed («۱۵ نظامی»)."),
        _finding("possible_conflict", "place", [en, hostile], [en.places[0], hostile.places[0]], 0.4,
                 "These may tell the same shoot-down (not certain: too little in common to be sure); if they do, "
                 "they disagree on the place: wire-en says Latakia but the other says Tartus.", event=None),
        _finding("single_source", "quantity", [hostile], [hostile.quantities[0]], 1.0,
                 "Only the hostile document reports 20 tonnes (shoot-down); no other source tells this event.",
                 event="e1"),
        _finding("single_source", "actor", [en, ar], [en.actors[0]], 0.9,
                 "Only wire-en gives the actor of this shoot-down: Russian Ministry of Defence; "
                 "daily-ar does not say."),
    ]
    entries = tuple(DocumentMentions(document, document.lang, mentions) for document, mentions in documents.values())
    return Comparison(documents=entries, claims=tuple(claims.values()), links=(), events=(event, other),
                      findings=tuple(findings))
