"""HTML pages (``.html``/``.htm``): main text, title, date, URL and outlet.

trafilatura finds the article body (favouring precision, so navigation,
related-link lists and promos stay out) and its metadata; htmldate supplies
the publication date when trafilatura has none. Before extraction, elements
whose class or id names a kind of page furniture trafilatura does not know
(``html_prune.yaml``: promo, sponsor...) are removed. Paragraphs are joined
with a blank line, so ``Article.text`` reads like a plain-text article.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley.errors import IngestError
from parley.ingest.common import (
    HTML_BYTES_PER_CHAR,
    Item,
    check_bytes,
    decode,
    fix_surrogates,
    parse_date,
    too_large_bytes,
    too_large_text,
)
from parley.ingest.furniture import load_word_list, strip_page_furniture
from parley.models import Article, Failure, Notice
from parley.settings import Settings

logger = logging.getLogger(__name__)

NO_TEXT_REASON = "no article text found in the HTML"
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NEVER_PRUNED = ("html", "body", "main", "article")
_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}


@dataclass(frozen=True, slots=True)
class Extracted:
    """What :func:`extract_html` found on a page."""

    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    outlet: str | None = None


def read_html_file(
    path: Path, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Read one HTML file; its size is checked before it is read."""
    source = str(path)
    limit = settings.max_article_chars
    try:
        reason = too_large_bytes(path.stat().st_size, limit, HTML_BYTES_PER_CHAR)
        if reason:
            yield Failure(source, reason)
            return
        with path.open("rb") as fh:
            data = fh.read(limit * HTML_BYTES_PER_CHAR + 1)
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_html_bytes(data, source, settings, default_date=default_date)


def read_html_bytes(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    default_date: date | None = None,
    url: str | None = None,
) -> Iterator[Item]:
    """Decode an HTML page (UTF-8, else its declared charset, else Windows-1252)."""
    try:
        reason = too_large_bytes(len(data), settings.max_article_chars, HTML_BYTES_PER_CHAR)
        if reason:
            raise IngestError(source, reason)
        check_bytes(data, source)
        html, note = decode(data, fallback=declared_charset(data) or "cp1252")
        if note:
            yield Notice(source, note)
        yield article_from_html(html, source, settings, default_date=default_date, url=url)
    except IngestError as exc:
        yield Failure(exc.source, exc.reason)


def declared_charset(data: bytes) -> str | None:
    """The codec named by a ``<meta charset>`` near the top of the page, if Python knows it.

    ISO-8859-1 and ASCII are read as Windows-1252, as browsers do.
    """
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("iso8859-1", "ascii") or name.startswith("utf"):
        return "cp1252"
    return name


def article_from_html(
    html: str,
    source: str,
    settings: Settings,
    *,
    default_date: date | None = None,
    url: str | None = None,
) -> Article:
    """Build an article from an HTML page; raises :class:`IngestError` if it has no text."""
    found = extract_html(html, source)
    text, _ = fix_surrogates(strip_page_furniture(found.text))
    if not text:
        raise IngestError(source, NO_TEXT_REASON)
    reason = too_large_text(len(text), settings.max_article_chars)
    if reason:
        raise IngestError(source, reason)
    return Article.from_text(
        text,
        title=found.title,
        date=found.date or default_date,
        url=url or found.url,
        outlet=found.outlet,
        origin=source,
    )


def extract_html(html: str, source: str = "<html>") -> Extracted:
    """Main text and metadata of a page (no network access, ever)."""
    from trafilatura.utils import load_html  # heavy imports: only when HTML is read

    tree = load_html(html)
    if tree is None:
        raise IngestError(source, NO_TEXT_REASON)
    pruned = deepcopy(tree)
    n_pruned = prune_furniture(pruned)
    doc = _bare_extraction(pruned, source)
    text = _document_text(doc)
    if not text and n_pruned:  # the prune hit a wrapper around the article: do without it
        doc = _bare_extraction(deepcopy(tree), source)
        text = _document_text(doc)
    if doc is None or not text:
        raise IngestError(source, NO_TEXT_REASON)
    return Extracted(
        text=text,
        title=_clean(doc.title),
        date=_page_date(doc.date, tree),
        url=_clean(doc.url),
        outlet=_clean(doc.sitename),
    )


def prune_furniture(tree: Any) -> int:
    """Remove elements whose class/id starts a word from ``html_prune.yaml``; count them."""
    doomed = [el for el in _prune_xpath()(tree) if el.getparent() is not None]
    for element in doomed:
        element.drop_tree()
    return len(doomed)


@lru_cache(maxsize=1)
def _prune_xpath() -> Any:
    from lxml.etree import XPath

    words = "|".join(re.escape(w) for w in load_word_list("html_prune.yaml"))
    pattern = f"(^|[\\s_-])({words})"
    keep = " or ".join(f"self::{tag}" for tag in _NEVER_PRUNED)
    return XPath(
        f"//*[not({keep})][re:test(@class, '{pattern}', 'i') or re:test(@id, '{pattern}', 'i')]",
        namespaces=_REGEXP_NS,
    )


def _bare_extraction(tree: Any, source: str) -> Any:
    from trafilatura import bare_extraction

    try:
        return bare_extraction(
            tree,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
        )
    except Exception as exc:  # third-party parser on untrusted input: record, go on
        logger.debug("trafilatura failed on %s", source, exc_info=True)
        raise IngestError(source, f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc


def _document_text(doc: Any) -> str:
    """The extracted body as paragraphs joined by a blank line; a leading
    heading that repeats the title is dropped."""
    if doc is None or doc.body is None:
        return ""
    blocks = [_block_text(el) for el in doc.body]
    blocks = [b for b in blocks if b]
    title = " ".join((doc.title or "").split()).lower()
    if blocks and len(doc.body) and doc.body[0].tag == "head" and blocks[0].lower() == title:
        blocks = blocks[1:]
    return "\n\n".join(blocks).strip()


def _block_text(element: Any) -> str:
    """Text of one block; line breaks kept, other whitespace collapsed."""
    if element.tag == "list":
        items = (_block_text(item) for item in element.findall("item"))
        return "\n".join(i for i in items if i)
    for lb in element.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    raw = "".join(element.itertext())
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _page_date(found: str | None, tree: Any) -> date | None:
    try:
        if found:
            return parse_date(found)
    except ValueError:
        logger.debug("trafilatura date %r is not ISO", found)
    from htmldate import find_date

    try:  # the tree, never a string: htmldate would download a string that is a URL
        value = find_date(tree, original_date=True, extensive_search=True)
        return parse_date(value)
    except Exception:  # third-party heuristics on untrusted input: no date is fine
        logger.debug("htmldate failed", exc_info=True)
        return None


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None
