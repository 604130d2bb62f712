"""People and organizations: linking within a document and keys across documents and scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcmp
from factcmp.model import Mention
from tests.conftest import SEEDS


def _actors(text: str, lang: str | None = None) -> list[Mention]:
    return [m for m in factcmp.extract(text, lang=lang, kinds=["person", "org"]) if m.kind in ("person", "org")]


def _keys_by_surface(path: Path) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for mention in _actors(path.read_text("utf-8")):
        keys.setdefault(mention.text, set()).add(mention.value.key)
    return keys


def test_putin_netanyahu_hezbollah_have_one_key_across_the_seeds() -> None:
    arabic = _keys_by_surface(SEEDS / "000_5d8f5ab6ced10536.txt")
    persian = _keys_by_surface(SEEDS / "003_ecb1b55f55531647.txt")
    assert arabic["فلاديمير بوتين"] == persian["ولادیمیر پوتین"] == arabic["بوتين"] == persian["پوتین"]
    assert arabic["بنيامين نتنياهو"] == persian["نتانیاهو"] == arabic["نتنياهو"]
    assert arabic["حزب الله"] == persian["حزباالله"]
    assert arabic["بشار الاسد"] == _keys_by_surface(SEEDS / "001_f6f6675f78315f04.txt")["الأسد"]


def test_short_mention_links_to_the_full_name() -> None:
    mentions = _actors("التقى رئيس الوزراء بنيامين نتنياهو بالوزير. وقال نتنياهو إن اللقاء مهم.", "ar")
    people = [m for m in mentions if m.kind == "person"]
    assert [m.text for m in people] == ["بنيامين نتنياهو", "نتنياهو"]
    assert people[0].value.key == people[1].value.key
    assert people[1].value.name == "بنيامين نتنياهو"


def test_different_people_get_different_keys() -> None:
    people = _actors("التقى يوسي كوهن مع غاري كورن ونفتالي بينيت", "ar")
    assert len({m.value.key for m in people}) == 3


def test_two_people_of_one_surname_are_kept_apart() -> None:
    text = "Bashar al-Assad succeeded Hafez al-Assad in 2000. Bashar al-Assad spoke; later Assad left."
    people = [m for m in _actors(text, "en") if m.kind == "person"]
    keys = {m.text: m.value.key for m in people}
    assert keys["Bashar al-Assad"] != keys["Hafez al-Assad"]
    assert people[-1].value.key == keys["Bashar al-Assad"]  # the bare surname follows the last full name


def test_another_bearer_of_a_public_figures_surname_keeps_a_key_of_his_own_across_documents() -> None:
    def key(text: str) -> str:
        (person,) = [m for m in _actors(text) if m.kind == "person"]
        return str(person.value.key)

    bashar = {key("قال الرئيس السوري بشار الأسد"), key("Assad said"), key("قال الأسد"), key("Bashar al-Assad said")}
    hafez = {key("في عهد حافظ الأسد"), key("Hafez al-Assad ruled Syria")}
    assert len(bashar) == 1 and len(hafez) == 1 and bashar != hafez


def test_short_surname_is_not_taken_for_a_common_word() -> None:
    # بنت (girl) has Bennett's skeleton; only the surface بينيت that the text used is linked.
    people = _actors("نفتالي بينيت زار بنت عمه. وقال بينيت إن", "ar")
    assert [m.text for m in people if m.kind == "person"] == ["نفتالي بينيت", "بينيت"]


def test_affiliation_comes_from_the_demonym_not_a_place_mention() -> None:
    (person,) = [m for m in _actors("قال وزير الدفاع الروسي سيرغي شويغو", "ar") if m.kind == "person"]
    assert (person.value.role, person.value.country) == ("defense minister", "RU")
    places = factcmp.extract("قال وزير الدفاع الروسي سيرغي شويغو", lang="ar", kinds=["place"])
    assert places == []


def test_misspelled_organization_found_by_its_phonetic_key() -> None:
    (org,) = _actors("درگیری با حزباالله", "fa")
    assert org.value.key == "org:hezbollah"
    assert org.confidence < 0.95


def test_bad_input_gives_a_clean_result() -> None:
    for text in ["", "\x00" * 10, "الرئيس " * 5000, "Mr " * 3000]:
        assert isinstance(_actors(text, "ar"), list)


def _person_keys(text: str, lang: str) -> list[str]:
    return [str(m.value.key) for m in _actors(text, lang) if m.kind == "person"]


def test_a_spokesman_the_lexicon_does_not_know_has_one_key_in_every_script() -> None:
    keys = {
        "ar": _person_keys("وقال المتحدث باسم البنتاغون جون كيربي إن الضربة كانت دفاعية", "ar"),
        "fa": _person_keys("سخنگوی پنتاگون جان کربی گفت این حمله دفاعی بود", "fa"),
        "en": _person_keys("Pentagon spokesman John Kirby told reporters the strike was defensive.", "en"),
        "he": _person_keys("דובר הפנטגון ג'ון קירבי אמר כי התקיפה הייתה הגנתית", "he"),
    }
    assert {lang: len(found) for lang, found in keys.items()} == {"ar": 1, "fa": 1, "en": 1, "he": 1}
    assert len({found[0] for found in keys.values()}) == 1


def test_a_hebrew_bet_read_as_v_links_only_where_a_known_name_confirms_it() -> None:
    lavrov = _person_keys("שר החוץ הרוסי סרגיי לברוב נפגש עם עמיתו", "he")
    assert lavrov == _person_keys("Russian Foreign Minister Sergei Lavrov met his counterpart", "en")
    # עבאס read with v names no one: Abbas keeps the key his name gives as written, as in Arabic.
    assert _person_keys("יו\"ר הרשות מחמוד עבאס אמר", "he") == _person_keys("قال الرئيس محمود عباس", "ar")


def test_persian_ali_is_a_name_and_arabic_ala_a_preposition() -> None:
    assert _person_keys("علی لاریجانی در دیدار با سفیر روسیه گفت", "fa") == ["person:lrjn"]
    assert _person_keys("وأكد على ضرورة التعاون بين البلدين", "ar") == []
    # A Persian name quoted in an Arabic sentence is still a name: the letter, not the language, tells.
    assert _person_keys("وقال علی لاریجانی إن المفاوضات مستمرة", "ar") == ["person:lrjn"]


def test_the_name_after_a_title_ends_where_the_speaker_stops() -> None:
    (person,) = [m for m in _actors("وقال أحمد حسن لوكالة فرانس برس إن القصف استمر", "ar") if m.kind == "person"]
    assert person.text == "أحمد حسن"
    (person,) = [m for m in _actors("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد", "ar") if m.kind == "person"]
    assert (person.text, person.value.role, person.value.country) == ("محمد جواد ظريف", "foreign minister", "IR")


@pytest.mark.parametrize(
    "text",
    [
        # a word used twice after names looks like a name used again: it is still a word
        "رئیس‌جمهور کشورمان در آنکارا با رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار و گفت‌وگو کرد. "
        "دو رئیس‌جمهور پیش از این در تهران دیدار کرده بودند.",
        "رئیس‌جمهور کشورمان با رجب طیب اردوغان رئیس‌جمهور ترکیه ملاقات کرد. آنها در تهران ملاقات کرده بودند.",
    ],
)
def test_what_leaders_do_after_a_title_and_its_country_is_no_name(text: str) -> None:
    assert [m.text for m in _actors(text, "fa")] == ["رجب طیب اردوغان"]
