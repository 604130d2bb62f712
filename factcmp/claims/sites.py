"""Sites: the named market, mosque, hospital or square where an event happened.

Often the gazetteer knows only the city; reports name the site within it (سوق باب السراي, بازار
نبی یونس, the Bab al-Saray market) and may disagree on which it was. A site is a head noun of
factcmp/lexicon/<lang>/sites.tsv with its name after it (سوق باب السراي) or before it (the Bab
al-Saray market), as the table says. Its key is the phonetic skeleton of its name
(factcmp.text.translit), so one site written in three scripts has one key.

Only a name that cannot be an ordinary word makes a site: one written with capitals, one of two
words or more, one word that carries the article (سوق الشورجة), or one the city's name follows
(بازار جمیله بغداد). A single uncased word after a head is as often a verb or an adjective (در
بازار منفجر شد): what cannot be told is not compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.claims.drafts import Draft
from factcmp.claims.views import SentenceView, distance, phrase_lexicon, word_set
from factcmp.kinds.lexicons import verb_prefixes
from factcmp.model import Evidence
from factcmp.text.affixes import article_of, prefix_forms
from factcmp.text.phrases import PhraseMatch
from factcmp.text.translit import is_article, word_key
from factcmp.text.words import Word, joined

# A site's name runs to at most this many words.
_NAME_WORDS = 3
# Mentions that are no part of a site's name: «سوق الموصل» is Mosul's market, not a named one.
_NOT_NAMES = frozenset({"place", "date", "count", "quantity", "percent"})
_ZWNJ = "\u200c"


def _stops(lang: str) -> frozenset[str]:
    """Words that end a site's name or never start one: function words, prepositions, descriptors,
    and the verbs a Persian object noun comes before (بازار را بستند, نگهبانی می‌دادند)."""
    return word_set(lang, "function_words", "site_descriptors", "prepositions", "light_verbs", "verb_prefixes")


def set_sites(drafts: Sequence[Draft], view: SentenceView) -> None:
    """Each draft's site: the named site nearest its trigger in its clause, or anywhere in the
    sentence when the sentence tells one event only."""
    sites = sites_in(view)
    if not sites:
        return
    for draft in drafts:
        own = [site for site in sites if draft.clause.contains(site.span)]
        if not own and len(drafts) == 1:
            own = sites
        if own:
            draft.site = min(own, key=lambda site: distance(site.span, draft.trigger_span))


def sites_in(view: SentenceView) -> list[Evidence]:
    """The named sites of a sentence, each with its class, name and key."""
    heads = phrase_lexicon(view.sentence.lang, "sites", "word").find_all(view.words)
    found = []
    for head in heads:
        name = _name_after(head, view) if head.entry.data["name"] == "after" else _name_before(head, view)
        if name:
            found.append(_site(head, name, view))
    return found


def _name_after(head: PhraseMatch, view: SentenceView) -> list[Word]:
    """The words of the name after a head, none when the head is definite (السوق الشعبي: what
    follows a definite head describes it)."""
    if _definite(view.words[head.first], view.sentence.lang):
        return []
    name: list[Word] = []
    for word in view.words[head.last + 1 : head.last + 1 + _NAME_WORDS]:
        previous = name[-1] if name else view.words[head.last]
        if not joined(view.document.analysis.folded.text, previous, word) or not _may_name(word, view):
            break
        name.append(word)
    return name if _solid(name, view.sentence.lang) or _city_follows(name, view) else []


def _city_follows(name: list[Word], view: SentenceView) -> bool:
    """Whether a place is named right after the name: the site of a city (بازار جمیله بغداد)."""
    if not name:
        return False
    end = view.document.analysis.original_span(name[-1].start, name[-1].end).end
    gap = view.document.analysis.text[end : end + 2]
    return any(m.kind == "place" and m.span.start - end in (1, 2) and gap[:1] == " " for m in view.mentions)


def _name_before(head: PhraseMatch, view: SentenceView) -> list[Word]:
    """The capitalized words right before a head (the Bab al-Saray market), with the short words
    hyphened to them (al-)."""
    text = view.document.analysis.folded.text
    name: list[Word] = []
    for word in reversed(view.words[max(0, head.first - _NAME_WORDS) : head.first]):
        following = name[0] if name else view.words[head.first]
        if not joined(text, word, following) or not _may_name(word, view):
            break
        hyphened = text[word.end : following.start] == "-"
        if not (word.capitalized or (hyphened and name)):
            break
        name.insert(0, word)
    while name and not name[0].capitalized:
        name.pop(0)
    return name if _solid(name, view.sentence.lang) else []


def _may_name(word: Word, view: SentenceView) -> bool:
    if not word.text.isalpha() or any(stem in _stops(view.sentence.lang) for stem in word.stems):
        return False
    span = view.document.analysis.original_span(word.start, word.end)
    if view.document.analysis.text[span.start : span.end].split(_ZWNJ)[0] in verb_prefixes(view.sentence.lang):
        return False  # a verb written with its prefix: می‌دادند
    return not any(m.kind in _NOT_NAMES and m.span.overlaps(span) for m in view.mentions)


def _solid(name: list[Word], lang: str) -> bool:
    """Whether the words can only be a name (see the module's doc)."""
    if not name:
        return False
    first = name[0]
    return len(name) > 1 or not first.uncased or bool(article_of(first.text, lang))


def _definite(word: Word, lang: str) -> bool:
    return any(article_of(rest, lang) for _, rest in prefix_forms(word.text, lang))


def _site(head: PhraseMatch, name: list[Word], view: SentenceView) -> Evidence:
    analysis = view.document.analysis
    words = [head.first, head.last, *(view.words.index(word) for word in name)]
    start = view.words[min(words)].start
    end = view.words[max(words)].end
    span = analysis.original_span(start, end)
    name_span = analysis.original_span(name[0].start, name[-1].end)
    text = analysis.folded.text
    hyphened_articles = {word for word in name if text[word.end : word.end + 1] == "-" and is_article(word.text)}
    keys = [word_key(word.text) for word in name if word not in hyphened_articles]
    return Evidence(
        doc=view.document.doc,
        kind="site",
        span=span,
        text=analysis.text[span.start : span.end],
        value={
            "class": head.entry.data["class"],
            "name": analysis.text[name_span.start : name_span.end],
            "key": " ".join(key for key in keys if key),
        },
    )
