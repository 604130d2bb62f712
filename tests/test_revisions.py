"""Revisions against contradictions: what a toll's figures mean once reports are placed in time."""

from __future__ import annotations

import factcmp
from factcmp.compare.model import Comparison


def _reports(*told: tuple[str, str | None, str]) -> Comparison:
    """Reports of one bombing in Mosul's old market: (id, publication time or None, toll sentence)."""
    documents = [
        factcmp.Document(
            id=doc_id,
            text=f"A car bomb exploded in a market in Mosul on Friday morning. {sentence}",
            published=published,
            lang="en",
        )
        for doc_id, published, sentence in told
    ]
    return factcmp.compare(documents)


def _kinds(comparison: Comparison) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.kind, f.docs) for f in comparison.filter(slot="count")]


def test_a_toll_rising_through_the_day_is_one_revision_in_publication_order() -> None:
    comparison = _reports(
        ("late", "2024-05-10T18:00:00+03:00", "The toll rose to 31 killed, the health ministry said."),
        ("early", "2024-05-10T08:30:00+03:00", "At least 8 people were killed, police said."),
        ("noon", "2024-05-10T12:15:00+03:00", "The toll rose to 19 killed, officials said."),
    )
    (revision,) = comparison.filter(kind="revision")
    assert revision.docs == ("early", "noon", "late")
    assert [e.value["value"] for e in revision.values.values()] == [8, 19, 31]
    assert not comparison.filter(kind="contradiction", slot="count")


def test_a_lower_figure_later_with_no_word_of_revision_contradicts() -> None:
    comparison = _reports(
        ("first", "2024-05-10T09:00:00+03:00", "The attack killed 19 people, officials said."),
        ("second", "2024-05-10T16:00:00+03:00", "The attack killed 12 people, officials said."),
    )
    assert ("contradiction", ("first", "second")) in _kinds(comparison)
    assert not comparison.filter(kind="revision")


def test_figures_published_in_the_same_hour_contradict() -> None:
    comparison = _reports(
        ("ministry", "2024-05-10T09:30:00+03:00", "The attack killed 43 people, the ministry said."),
        ("civil-defence", "2024-05-10T10:05:00+03:00", "The attack killed 46 people, the civil defence said."),
    )
    assert ("contradiction", ("ministry", "civil-defence")) in _kinds(comparison)


def test_reports_of_one_day_without_a_time_of_day_cannot_revise_each_other() -> None:
    comparison = _reports(
        ("a", "2024-05-10", "The attack killed 8 people, police said."),
        ("b", "2024-05-10", "The attack killed 19 people, police said."),
    )
    assert [kind for kind, _ in _kinds(comparison)] == ["contradiction"]


def test_an_undated_report_that_gives_one_of_the_figures_agrees_with_the_timeline() -> None:
    comparison = _reports(
        ("early", "2024-05-10T08:30:00+03:00", "The attack killed 8 people, police said."),
        ("late", "2024-05-10T18:00:00+03:00", "The toll rose to 31 killed, officials said."),
        ("undated", None, "The toll rose to 31 killed, officials said."),
    )
    assert [kind for kind, _ in _kinds(comparison)] == ["revision"]


def test_a_vague_plural_does_not_contradict_a_figure() -> None:
    comparison = _reports(
        ("early", "2024-05-10T08:30:00+03:00", "Dozens of people were wounded in the attack, police said."),
        ("same-time", "2024-05-10T08:40:00+03:00", "The attack wounded 130 people, police said."),
    )
    assert not comparison.filter(kind="contradiction")


def test_a_lower_figure_later_said_to_be_a_revision_is_one() -> None:
    comparison = _reports(
        ("first", "2024-05-10T09:00:00+03:00", "The attack killed 43 people, officials said."),
        ("second", "2024-05-11T10:00:00+03:00", "The toll was revised down to 41 killed, officials said."),
    )
    (revision,) = comparison.filter(kind="revision")
    assert revision.docs == ("first", "second") and not comparison.filter(kind="contradiction", slot="count")


def test_an_undated_open_figure_of_a_rising_toll_is_placed_by_its_lower_end() -> None:
    # "more than 120" has no top: it goes where its lower end puts it, between 40 and "more than 300"
    comparison = _reports(
        ("morning", "2024-05-10T08:30:00+03:00", "The blast killed 40 people, police said."),
        ("evening", "2024-05-10T20:00:00+03:00", "The toll rose to more than 300 killed, officials said."),
        ("undated", None, "The toll rose to more than 120 killed, a medic said."),
    )
    (revision,) = comparison.filter(kind="revision", slot="count")
    assert revision.docs == ("morning", "undated", "evening")
