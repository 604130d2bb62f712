"""Named sites (factcmp.claims.sites): the market, mosque or square within a city where an event
happened, read in each language, keyed across scripts and compared site with site."""

from __future__ import annotations

import pytest

import factcmp
from factcmp.claims.model import Claim
from factcmp.pipeline import read_document
from factcmp.relations import Relation, site_relation


def sites_of(text: str, lang: str) -> list[dict[str, object]]:
    claims: list[Claim] = read_document(factcmp.Document(id="d", text=text, lang=lang)).claims
    return [dict(claim.site.value) for claim in claims if claim.site is not None]


@pytest.mark.parametrize(
    ("text", "lang", "site_class", "name"),
    [
        ("قتل ثمانية أشخاص في انفجار سيارة مفخخة قرب سوق باب السراي في الموصل.", "ar", "market", "باب السراي"),
        ("استهدفت غارة جوية محيط مستشفى الشفاء في غزة فجر اليوم.", "ar", "hospital", "الشفاء"),
        ("أصيب عشرة أشخاص في تفجير انتحاري داخل جامع النوري الكبير.", "ar", "mosque", "النوري"),
        ("انفجار بمب در بازار نبی یونس در شرق موصل دست کم هشت کشته بر جا گذاشت.", "fa", "market", "نبی یونس"),
        ("حمله هوایی به بیمارستان امام خمینی در این شهر دو کشته داشت.", "fa", "hospital", "امام خمینی"),
        ("A car bomb went off near the Bab al-Saray market in Mosul, killing eight.", "en", "market", "Bab al-Saray"),
        ("An air strike hit the Al-Shifa Hospital compound in Gaza on Monday.", "en", "hospital", "Al-Shifa"),
        ("The blast tore through Shorja market in central Baghdad on Thursday.", "en", "market", "Shorja"),
    ],
)
def test_a_named_site_of_an_event(text: str, lang: str, site_class: str, name: str) -> None:
    sites = sites_of(text, lang)
    assert [(site["class"], site["name"]) for site in sites[:1]] == [(site_class, name)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a definite head is followed by what describes it, not by a name
        ("قتل ثمانية أشخاص في انفجار سيارة مفخخة في السوق الشعبي وسط المدينة.", "ar"),
        # a descriptor first: a crowded market, not one called so
        ("قتل ثمانية أشخاص في انفجار سيارة مفخخة في سوق مزدحم بالموصل.", "ar"),
        # a city's market is the city's, not a named site
        ("قتل ثمانية أشخاص في انفجار سيارة مفخخة في سوق الموصل.", "ar"),
        # the noun of a Persian compound verb, and the verb, are no name
        ("مهاجمان پیش از انفجار بمب به نگهبانان بازار حمله کردند و بازار را بستند.", "fa"),
        ("بمب در بازار منفجر شد و هشت نفر کشته شدند.", "fa"),
        # lower-case words before the head in English describe it
        ("A car bomb exploded in a crowded vegetable market in Mosul, killing eight people.", "en"),
        ("The blast hit the city's main market on Friday, killing eight people.", "en"),
    ],
)
def test_no_site_where_no_name_is_told(text: str, lang: str) -> None:
    assert sites_of(text, lang) == []


def site(key: str) -> dict[str, object]:
    return {"class": "market", "key": key}


def test_sites_compare_by_the_sounds_their_names_begin_with() -> None:
    # one market in three scripts, and with a word added after its name
    assert site_relation(site("bb sr"), site("bb sr")) is Relation.EQUAL
    assert site_relation(site("bb sr msdhm"), site("bb sr")) is Relation.EQUAL
    # two markets of one city
    assert site_relation(site("bb sr"), site("nb yns")) is Relation.CONFLICT
    # too short to tell, or too unlike to be one and too alike to be two
    assert site_relation(site("bb"), site("nb yns")) is Relation.UNKNOWN
    assert site_relation(site("bb sr"), site("bblsr")) is Relation.UNKNOWN
