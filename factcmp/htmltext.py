"""The article of an HTML page as plain text, with its title and, when the page states it, its
publication time.

A real HTML parser (lxml's, libxml2 underneath) reads the page, so broken markup, entities and
character references come out as a browser would show them. What a reader does not read as the
article is dropped: scripts, styles, navigation, forms, asides, page headers and footers, and
anything marked hidden. When the page has one ``<article>`` (or else one ``<main>``), only it is
read: the rest of a news page is links to other stories. Blocks (paragraphs, headings, list
items, cells) are separated by a blank line and ``<br>`` by a line break; other runs of white
space become one space, as a browser renders them. The text made here is the Document's text,
so every offset factcmp gives points into it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import attrs
import lxml.etree
import lxml.html

from factcmp.model import Published
from factcmp.publication import PublishedError, read_published
from factcmp.text.inert import encodable

log = logging.getLogger(__name__)

_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "dialog",
    "footer",
)
_HIDDEN = (
    "//*[@hidden] | //*[@aria-hidden='true'] | //*[@role='navigation'] | //*[@role='banner']"
    " | //*[@role='contentinfo'] | //header[not(ancestor::article or ancestor::main)]"
)
_BLOCKS = frozenset(
    {"address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary"}
    | {"table", "td", "th", "tr", "ul"}
)
_PARAGRAPH, _LINE = "\n\n", "\n"
_SPACES = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Where pages put their publication time and the name of the site: Open Graph, schema.org,
# and the older names.
_PUBLISHED = (
    "//meta[@property='article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='date']/@content",
)
_SITE = ("//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content")


@attrs.frozen
class Page:
    """What a page holds for factcmp: its article's text, its title, its publication time and the
    name of its site, the last three when the page gives them."""

    text: str
    title: str | None = None
    published: Published | None = None
    source: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The character set a page's ``<meta>`` declares, if any, from its first 4 KB."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def read_page(html: str) -> Page:
    """The article text, title, publication time and site name of an HTML page."""
    # Parsed as UTF-8 bytes: lxml refuses a str that carries an XML encoding declaration.
    # huge_tree lifts libxml2's limit of 256 nested elements, which generated pages can pass
    # (nesting past about 2,000, which only a hostile page has, still ends the text there).
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(encodable(html).encode("utf-8"), parser=parser)
    except lxml.etree.ParserError:  # no element at all: an empty page
        return Page(text="")
    title = _collapsed(root.findtext(".//title") or "") or None
    published = _published(root)
    source = next((_collapsed(site) for site in _stated(root, _SITE) if site.strip()), None)
    for element in root.xpath(_HIDDEN) + [e for tag in _DROPPED for e in root.iter(tag)]:
        if element.getparent() is not None:  # the root is the page: it stays
            element.drop_tree()
    return Page(text=_text(_article(root)), title=title, published=published, source=source)


def _article(root: Any) -> Any:
    """The one ``<article>`` of the page, else its one ``<main>``, else its body."""
    for tag in ("article", "main"):
        found = root.findall(f".//{tag}")
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return root if body is None else body


def _stated(root: Any, paths: tuple[str, ...]) -> Iterator[str]:
    """What the page states at each of the paths, in their order."""
    for path in paths:
        for stated in root.xpath(path):
            yield str(stated)


def _published(root: Any) -> Published | None:
    for stated in _stated(root, _PUBLISHED):
        try:
            return read_published(stated.strip())
        except PublishedError as error:  # a page's metadata is a hint, not a reason to refuse the page
            log.debug("publication time %r not read: %s", stated, error)
    return None


def _pieces(article: Any) -> Iterator[str]:
    """The article's text in order, with a paragraph mark around each block and a line mark for ``<br>``."""
    for event, element in lxml.etree.iterwalk(article, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            yield _PARAGRAPH
        if event == "start":
            if tag == "br":
                yield _LINE
            if element.text:
                yield _collapsed(element.text, keep_edges=True)
        elif element.tail and element is not article:
            yield _collapsed(element.tail, keep_edges=True)


def _text(article: Any) -> str:
    text = re.sub(r" {2,}", " ", "".join(_pieces(article)))
    text = re.sub(r" *\n *", "\n", text)  # no space at either end of a line
    return re.sub(r"\n{3,}", _PARAGRAPH, text).strip()


def _collapsed(text: str, *, keep_edges: bool = False) -> str:
    """White space as a browser shows it: each run one space (kept at the edges of an inline piece,
    where it separates words from the next piece)."""
    collapsed = _SPACES.sub(" ", text)
    return collapsed if keep_edges else collapsed.strip()
