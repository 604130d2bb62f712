"""Comparison on small hand-made sets of reports (tests/compare_sets/*.yaml), other events than the seeds.

Each set lists its documents, the findings that must be reported (``expect``) and those that
must not (``forbid``: a finding of that kind, and slot and documents when given, is a failure).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import factcmp
from factcmp.compare.model import Comparison, Finding
from factcmp.compare.slots import event_findings
from factcmp.model import Evidence, Span
from factcmp.pipeline import compare
from factcmp.relations import Relation, actor_relation, place_relation
from tests.compare_set import compare_set_documents, document_texts

SETS = sorted((Path(__file__).parent / "compare_sets").glob("*.yaml"))


def _load(path: Path) -> tuple[Comparison, dict[str, Any]]:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return compare(compare_set_documents(spec)), spec


def _fits(finding: Finding, want: dict[str, Any]) -> bool:
    return (
        finding.kind == want["kind"]
        and want.get("slot", finding.slot) == finding.slot
        and set(want.get("docs", [])) <= set(finding.docs)
        and want.get("more_precise", finding.more_precise) == finding.more_precise
    )


def _show(comparison: Comparison) -> str:
    return "\n".join(f"{f.kind} {f.slot} {f.docs} {f.explanation}" for f in comparison.findings) or "(no findings)"


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_expected_findings_are_reported(path: Path) -> None:
    comparison, spec = _load(path)
    for want in spec["expect"]:
        assert any(_fits(f, want) for f in comparison.findings), f"missing {want}; got:\n{_show(comparison)}"


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_forbidden_findings_are_not_reported(path: Path) -> None:
    comparison, spec = _load(path)
    for banned in spec.get("forbid", []):
        bad = [f for f in comparison.findings if _fits(f, banned)]
        assert not bad, f"forbidden {banned} reported:\n{_show(comparison)}"


def test_every_finding_carries_its_evidence() -> None:
    for path in SETS:
        comparison, spec = _load(path)
        texts = document_texts(spec)
        for finding in comparison.findings:
            assert finding.explanation.endswith(".") and 0 < finding.confidence <= 1
            for doc, evidence in finding.values.items():
                assert texts[doc][evidence.span.start : evidence.span.end] == evidence.text


def test_json_and_filters() -> None:
    comparison, _ = _load(SETS[0])
    data = json.loads(comparison.to_json())
    assert set(data) == {"schema_version", "documents", "stories", "claims", "events", "findings"}
    for finding in data["findings"]:
        assert set(finding) >= {"kind", "slot", "docs", "values", "confidence", "claims", "explanation"}
    contradictions = comparison.filter(kind="contradiction")
    assert all(f.kind == "contradiction" for f in contradictions)
    assert comparison.filter(kind="contradiction", slot="count", doc="sana-ar") == [
        f for f in contradictions if f.slot == "count" and "sana-ar" in f.docs
    ]


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="share the id"):
        compare([factcmp.Document(id="a", text="نص"), factcmp.Document(id="a", text="text")])


def test_empty_input() -> None:
    comparison = compare([])
    assert comparison.findings == () and comparison.claims == ()
    comparison = compare([factcmp.Document(id="blank", text="  \n")])
    assert comparison.findings == () and comparison.documents[0].mentions == []


def test_one_event_told_by_three_reports_gives_one_finding_per_slot() -> None:
    comparison, _ = _load(Path(__file__).parent / "compare_sets" / "three_reports_one_toll.yaml")
    counts = comparison.filter(slot="count")
    assert [f.kind for f in counts] == ["contradiction"], _show(comparison)
    values = {doc: evidence.value["value"] for doc, evidence in counts[0].values.items()}
    assert values == {"iraq-ar": 15, "iran-fa": 15, "wire-en": 14}
    (time,) = comparison.filter(slot="time")
    assert time.kind == "agreement" and time.more_precise == "iraq-ar"
    assert "iraq-ar and iran-fa are more precise" in time.explanation


def test_a_part_of_a_toll_is_compared_with_the_same_part_never_with_the_whole() -> None:
    documents = [
        factcmp.Document(
            id="ar",
            lang="ar",
            published="2024-05-10",
            text="قتل 20 شخصا بينهم 6 سوريين في انفجار سيارة مفخخة في سوق بمدينة الموصل صباح الجمعة.",
        ),
        factcmp.Document(
            id="en",
            lang="en",
            published="2024-05-10",
            text="A car bomb killed 20 people, including 6 Syrians, in a Mosul market on Friday morning.",
        ),
    ]
    comparison = compare(documents)
    counts = [f for f in comparison.filter(slot="count") if f.kind != "single_source"]
    told = sorted((f.kind, sorted(e.value["value"] for e in f.values.values())) for f in counts)
    assert told == [("agreement", [6, 6]), ("agreement", [20, 20])], _show(comparison)


def _actor(key: str) -> Evidence:
    return Evidence(doc="d", kind="org", span=Span(0, 1), text=key, value={"key": key})


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (["houthis"], ["houthis"], Relation.EQUAL),
        (["houthis"], ["houthis", "armed-forces-ye"], Relation.WIDER),  # names fewer: less precise
        (["houthis", "ansar-media"], ["houthis", "armed-forces-ye"], Relation.UNKNOWN),  # each names a part
        (["idf"], ["us-army"], Relation.CONFLICT),  # no one in common: who did it is disputed
    ],
)
def test_actors_contradict_only_when_they_share_no_one(a: list[str], b: list[str], relation: Relation) -> None:
    assert actor_relation([_actor(k) for k in a], [_actor(k) for k in b]) is relation


def test_a_findings_confidence_comes_with_what_it_rests_on(seed_paths: list[Path]) -> None:
    seeds = compare(factcmp.read_documents(seed_paths))
    links = {frozenset((link.a, link.b)): link for link in seeds.links}
    for finding in seeds.findings:
        if finding.kind == "possible_conflict":
            assert finding.basis == links[frozenset(finding.claims)].reasons
        elif finding.kind in ("agreement", "contradiction", "revision"):
            assert finding.basis, finding
            assert any(part.startswith(("both a", "both an", "compatible kinds")) for part in finding.basis)
    assert all(isinstance(finding.to_dict()["basis"], list) for finding in seeds.findings)


# A long Russian report and a Hebrew one of one downing, neither dated, each with a headline, a
# dateline or none, a background paragraph about 2015 and its own place for the event (the air base
# the plane was heading for, the coast it fell off).
_UNDATED_RU = "\n\n".join(
    [
        "Минобороны РФ: в гибели Ил-20 виноваты израильские военные",
        "МОСКВА. Российский самолет-разведчик Ил-20 пропал с радаров над Средиземным морем в понедельник "
        "вечером, примерно в 35 км от побережья Сирии, сообщили в Министерстве обороны России.",
        "По данным ведомства, на борту находились 15 военнослужащих. Позже выяснилось, что самолет был сбит "
        "ракетой сирийского зенитного комплекса С-200, когда заходил на посадку на авиабазу Хмеймим. Все 15 "
        "человек, находившихся на борту, погибли.",
        "Напомним, что Россия начала военную операцию в Сирии 30 сентября 2015 года. С тех пор российские и "
        "израильские военные поддерживают линию связи для предотвращения инцидентов в воздухе.",
    ]
)
_UNDATED_HE = "\n\n".join(
    [
        'צה"ל: מטוס הביון הרוסי הופל באש סורית',
        "מטוס ביון רוסי מדגם איל-20 הופל ביום שני בערב מעל הים התיכון, מול חופי לטקיה, כך מסר משרד "
        "הביטחון הרוסי. לדברי הרוסים, 14 אנשי צוות נהרגו.",
        "רוסיה החלה להתערב במלחמת האזרחים בסוריה ב-2015, ומאז פועל קו תיאום בין הצבאות כדי למנוע תקריות.",
    ]
)


def test_undated_long_reports_in_russian_and_hebrew_surface_their_toll_difference() -> None:
    documents = [factcmp.Document(id="ru", text=_UNDATED_RU), factcmp.Document(id="he", text=_UNDATED_HE)]
    comparison = compare(documents)
    tolls = [f for f in comparison.findings if f.slot == "count" and f.kind in ("contradiction", "possible_conflict")]
    assert tolls, _show(comparison)
    values = {doc: evidence for f in tolls for doc, evidence in f.values.items()}
    assert values["ru"].value["value"] == 15 and values["he"].value["value"] == 14
    for doc, evidence in values.items():  # the evidence is where each report says it
        text = _UNDATED_RU if doc == "ru" else _UNDATED_HE
        assert text[evidence.span.start : evidence.span.end] == evidence.text
    # the background paragraph's 2015 is never the downing's time
    assert not [f for f in comparison.findings if f.slot == "time" and "2015" in str(f.values)]


def test_undated_reports_of_meetings_in_two_cities_are_two_stories() -> None:
    """The same two presidents meet in Tehran, then months later in Ankara; no report is dated,
    and each recalls or announces the other meeting. Reports that lead with a meeting in one city
    do not tell the story of the meeting in the other."""
    texts = {
        "tehran-ar": "استقبل الرئيس الإيراني نظيره التركي في طهران اليوم الثلاثاء، واتفق الجانبان على لجنة "
        "للمياه. ودعا الرئيس التركي مضيفه إلى قمة في أنقرة الصيف المقبل.",
        "tehran-en": "Turkey's president held talks with his Iranian counterpart in Tehran on Tuesday on water "
        "and trade. The two will meet again in Ankara in the summer.",
        "tehran-fa": "رئیس‌جمهور ترکیه امروز سه‌شنبه در تهران با رئیس‌جمهور ایران دیدار کرد. "
        "دیدار بعدی دو رئیس‌جمهور تابستان آینده در آنکارا خواهد بود.",
        "ankara-ar": "عقد الرئيسان التركي والإيراني قمة في أنقرة اليوم الثلاثاء ووقعا 12 مذكرة تفاهم، بعد "
        "خمسة أشهر من لقائهما في طهران.",
        "ankara-en": "The presidents of Turkey and Iran met in Ankara on Tuesday and signed 12 memoranda, five "
        "months after their talks in Tehran.",
        "ankara-fa": "رؤسای جمهور ایران و ترکیه روز سه‌شنبه در آنکارا دیدار کردند و ۱۲ سند همکاری امضا شد.",
    }
    comparison = compare([factcmp.Document(id=doc, text=text) for doc, text in texts.items()])
    stories = sorted(sorted(story.docs) for story in comparison.stories)
    assert stories == [["ankara-ar", "ankara-en", "ankara-fa"], ["tehran-ar", "tehran-en", "tehran-fa"]]


def test_a_town_within_reach_of_the_place_a_report_gives_as_near_is_no_contradiction() -> None:
    marand = {"name": "Marand", "feature": "P", "country": "IR", "lat": 38.4329, "lon": 45.7749, "key": "g:1"}
    tabriz = {"name": "Tabriz", "feature": "P", "country": "IR", "lat": 38.08, "lon": 46.2919, "key": "g:2"}
    tehran = {"name": "Tehran", "feature": "P", "country": "IR", "lat": 35.6944, "lon": 51.4215, "key": "g:3"}
    assert place_relation({**tabriz, "near": True}, marand) is Relation.WIDER
    assert place_relation(marand, {**tabriz, "near": True}) is Relation.NARROWER
    assert place_relation(tabriz, marand) is Relation.CONFLICT
    assert place_relation({**tehran, "near": True}, marand) is Relation.CONFLICT


def test_an_undated_report_recalling_a_month_meets_the_dated_reports_of_that_meeting() -> None:
    """An undated report of the July summit recalls the presidents' talks in Tehran "in February";
    its story's day (another of its reports is dated) places that February, so the recollection
    joins the dated reports of the February meeting, while the summit stays another event."""
    documents = [
        factcmp.Document(
            id="tehran-en",
            text="Turkey's president held talks with his Iranian counterpart in Tehran on Tuesday.",
            published="2027-02-16",
        ),
        factcmp.Document(
            id="tehran-ar",
            text="استقبل الرئيس الإيراني نظيره التركي في طهران اليوم الثلاثاء وعقدا محادثات.",
            published="2027-02-16",
        ),
        factcmp.Document(
            id="ankara-fa",
            text="رؤسای جمهور ایران و ترکیه امروز سه‌شنبه در آنکارا دیدار کردند.",
            published="2027-07-06",
        ),
        factcmp.Document(
            id="ankara-en",
            text="The presidents of Turkey and Iran met in Ankara on Tuesday. The two leaders last met "
            "in Tehran in February, when they held talks on water sharing.",
        ),
    ]
    comparison = compare(documents)
    events = [set(event.docs) for event in comparison.events if event.subtype == "meeting"]
    assert {"tehran-en", "tehran-ar", "ankara-en"} in events
    assert {"ankara-fa", "ankara-en"} in events


def test_two_mornings_a_day_apart_still_contradict() -> None:
    documents = [
        factcmp.Document(id="a", text="A drone strike killed nine fighters near Albu Kamal on Sunday morning."),
        factcmp.Document(id="b", text="A drone strike killed nine fighters near Albu Kamal on Monday morning."),
    ]
    kinds = {(finding.kind, finding.slot) for finding in compare(documents).findings}
    assert ("contradiction", "time") in kinds


def test_a_contradiction_names_only_the_reports_whose_values_conflict() -> None:
    """706 and 712 prisoners freed, said of one exchange, contradict; «more than 700», which both
    allow, is no side of the disagreement and stays out of its evidence."""
    published = "2028-01-15T18:00:00+03:00"
    texts = {
        "icrc-en": "The ICRC said 706 detainees were released on Saturday in the prisoner exchange in Yemen.",
        "gov-ar": "أعلنت الحكومة اليمنية اليوم السبت الإفراج عن 712 محتجزا في عملية تبادل الأسرى.",
        "wire-en": "More than 700 detainees were released in Yemen's prisoner exchange on Saturday.",
    }
    documents = [factcmp.Document(id=doc, text=text, published=published) for doc, text in texts.items()]
    comparison = compare(documents)
    contradictions = [f for f in comparison.findings if f.kind == "contradiction" and f.slot == "count"]
    assert [set(f.docs) for f in contradictions] == [{"icrc-en", "gov-ar"}], _show(comparison)


# Reports of one market shooting: the wire's headline gives a toll alone and its lead names only
# the country (Peshawar stands in the dateline, where the report was filed); the daily's Bajaur
# is no gazetteer town.
SHOOTING_WIRE = factcmp.Document(
    id="wire",
    text="Gunmen kill 18 at Pakistan market, police say\n\n"
    "PESHAWAR, Pakistan, May 15 (AP) - Gunmen opened fire in a crowded market in northwestern Pakistan "
    "late Saturday, killing at least 18 people and wounding 25 others, police said.",
    published="2027-05-15T23:10:00Z",
    lang="en",
)
SHOOTING_DAILY = factcmp.Document(
    id="daily",
    text="ارتفاع حصيلة الهجوم المسلح على سوق في باكستان إلى 23 قتيلا\n\n"
    "ارتفعت حصيلة الهجوم الذي شنه مسلحون على سوق في منطقة باجور شمال غربي باكستان مساء السبت إلى 23 "
    "قتيلا و25 جريحا، وفق الشرطة المحلية.",
    published="2027-05-16",
    lang="ar",
)


def test_an_event_is_named_by_what_happened_not_by_its_toll_alone() -> None:
    # the wire's lead tells its attack as more about the headline's toll
    agency = factcmp.Document(
        id="agency",
        text="Death toll in Pakistan market shooting rises to 23\n\n"
        "ISLAMABAD (Reuters) - The death toll from a gun attack on a market in Pakistan's Bajaur district "
        "rose to 23 on Sunday, officials said. Police said four attackers on motorcycles fired on shoppers "
        "late on Saturday before fleeing.",
        published="2027-05-16T09:00:00Z",
        lang="en",
    )
    comparison = factcmp.compare([SHOOTING_WIRE, SHOOTING_DAILY, agency])
    (event,) = [e for e in comparison.events if len(e.docs) == 3]
    assert event.subtype == "attack" and event.label.startswith("attack")


def test_two_reports_of_one_shooting_naming_only_its_country_are_one_story() -> None:
    # the country both name, with the figures they share, is what makes them one story
    comparison = factcmp.compare([SHOOTING_WIRE, SHOOTING_DAILY])
    assert [story.docs for story in comparison.stories] == [("wire", "daily")]
    assert [event.docs for event in comparison.events if len(event.docs) > 1] == [("daily", "wire")]


def test_a_report_is_heard_by_the_first_figure_of_its_text_whatever_order_its_claims_were_joined_in() -> None:
    freed = factcmp.Document(
        id="icrc",
        lang="en",
        published="2027-01-16",
        text=(
            "SANAA - A total of 706 detainees were released on Saturday in a prisoner exchange between the "
            "government and the Houthis, the Red Cross said. The journalists' union welcomed the release of "
            "four reporters among them."
        ),
    )
    government = factcmp.Document(
        id="government",
        lang="en",
        published="2027-01-16",
        text="ADEN - The government said 712 prisoners were released on Saturday in the exchange with the Houthis.",
    )
    comparison = compare([freed, government])
    (event,) = [event for event in comparison.events if len(event.docs) == 2]
    members = [claim for claim in comparison.claims if claim.id in event.claims]
    told_backwards = [attrs.evolve(claim, counts=tuple(reversed(claim.counts))) for claim in reversed(members)]
    for claims in (members, told_backwards):
        (count,) = [f for f in event_findings(claims, 1.0, {}) if f.slot == "count"]
        assert count.kind == "contradiction"
        assert {doc: value.value["value"] for doc, value in count.values.items()} == {"icrc": 706, "government": 712}
