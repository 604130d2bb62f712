"""A corpus of any size that reads like news: the sample reports and the hand-made compare sets,
each copy with its years shifted and its people renamed, so that copies tell different events and
the aligner has to tell them apart. The benchmarks (bench/) and the scale tests share it.

Years move back one a copy for ``YEARS_BACK`` copies (2018 back to 1619: a report gives no earlier
year in digits), then forward (2019, 2020, ...), so that every copy is dated and its own years'
events: a corpus ten times larger holds ten times the stories, each as large as before, as a feed
followed ten times longer does. (Hijri and Solar Hijri years move too; moved past 1599, the
one Persian report's «۱۴۰۵» reads as a Gregorian year.)"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import factcmp
from tests.compare_set import document_texts

ROOT = Path(__file__).resolve().parent.parent

# (Arabic, Persian, English) spellings swapped in for the people of the originals, copy by copy.
NAME_POOL = [
    ("أردوغان", "اردوغان", "Erdogan"),
    ("ماكرون", "مکرون", "Macron"),
    ("شولتس", "شولتس", "Scholz"),
    ("السيسي", "السیسی", "Sisi"),
    ("عبد الله", "عبدالله", "Abdullah"),
    ("رئيسي", "رئیسی", "Raisi"),
]
ORIGINAL_NAMES = ("بوتين", "پوتین", "Putin", "نتنياهو", "نتانیاهو", "Netanyahu")
# Gregorian, Solar Hijri and Hijri years: every calendar's years move with the copy.
_YEAR = re.compile(r"(?<![0-9])(19[0-9][0-9]|20[0-4][0-9]|13[0-9][0-9]|14[0-4][0-9])(?![0-9])")
YEARS_BACK = 400


def base_documents() -> list[tuple[str, str]]:
    """The sample reports, the compare sets' short reports, and the dev sets' full-length ones
    (headline, dateline, background: 800 to 3,000 characters), so that a corpus averages about
    the size of a news report, not of a compare set's few sentences."""
    seeds = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
    documents = [(path.stem, path.read_text(encoding="utf-8")) for path in seeds]
    for path in sorted((ROOT / "tests" / "compare_sets").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        documents += [(f"{path.stem}-{doc_id}", text) for doc_id, text in document_texts(spec).items()]
    for path in sorted((ROOT / "tests").glob("devset*/docs/*/*.txt")):
        documents.append((path.stem, factcmp.read_documents(path)[0].text))
    return documents


def _base_days() -> dict[str, str]:
    """The publication day of each dev set report: its own, or (a report given undated) the first
    of its story's; the other base documents are the samples' 2018-09-18."""
    days = {}
    for story in sorted((ROOT / "tests").glob("devset*/docs/*")):
        reports = factcmp.read_documents(sorted(story.glob("*.txt")))
        known = sorted(report.published.isoformat()[:10] for report in reports if report.published is not None)
        for report in reports:
            days[report.id] = report.published.isoformat()[:10] if report.published is not None else known[0]
    return days


_WESTERN_DIGITS = str.maketrans(
    {**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)}}
)


def year_shift(copy: int) -> int:
    """How many years copy number ``copy`` moves its dates: every copy its own years."""
    return -copy if copy < YEARS_BACK else copy - YEARS_BACK + 1


def variant(text: str, copy: int) -> str:
    """The text with its years shifted and its leaders renamed, for copy number ``copy``."""
    shift = year_shift(copy)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text.translate(_WESTERN_DIGITS))
    pool = NAME_POOL[copy % len(NAME_POOL)]
    for position, name in enumerate(ORIGINAL_NAMES):
        text = text.replace(name, pool[position % 3])
    return text


def corpus(size: int, *, first: int = 0) -> list[tuple[str, str]]:
    """Documents ``first`` to ``first + size`` of the endless corpus, as (id, text)."""
    base = base_documents()
    return [
        (f"{base[i % len(base)][0]}~{i // len(base)}", variant(base[i % len(base)][1], i // len(base)))
        for i in range(first, first + size)
    ]


def dated_documents(size: int, *, first: int = 0) -> list[factcmp.Document]:
    """The same documents, each with its copy's publication day (its years moved as its text's are),
    as a monitored feed dates its items. Undated, copies whose texts give no year would be the same
    text, and nothing could tell them apart."""
    days = _base_days()
    documents = []
    for doc_id, text in corpus(size, first=first):
        base, copy = doc_id.rsplit("~", 1)
        year, day = days.get(base, "2018-09-18").split("-", 1)
        published = f"{int(year) + year_shift(int(copy)):04d}-{day}"
        documents.append(factcmp.Document(id=doc_id, text=text, published=published))
    return documents
