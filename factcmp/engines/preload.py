"""Imported once by the forkserver the workers of ``factcmp.engines.jobs`` are forked from:
everything factcmp loads on first use (lexicons, the gazetteer, compiled patterns) is loaded
here, once, and every worker starts with it."""

from factcmp.model import Document
from factcmp.names import Lang
from factcmp.pipeline import read_document

# In each language, a sentence with a date, a count, a place and a person.
_SAMPLES: dict[Lang, str] = {
    "ar": "قال بوتين إن 15 شخصا قتلوا في اللاذقية يوم 17 سبتمبر 2018.",
    "fa": "پوتین گفت ۱۵ نفر در لاذقیه در ۲۶ شهریور ۱۳۹۷ کشته شدند.",
    "en": "On 17 September 2018 Putin said 15 people were killed in Latakia.",
    "ru": "17 сентября 2018 года Путин заявил, что в Латакии погибли 15 человек.",
    "he": "ב-17 בספטמבר 2018 אמר פוטין כי 15 בני אדם נהרגו בלטקיה.",
}

for _lang, _text in _SAMPLES.items():
    read_document(Document(id="preload", text=_text, lang=_lang))
