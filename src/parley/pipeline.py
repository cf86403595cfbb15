"""The ordered stages: articles -> parsed paragraphs -> actors -> events.

``Pipeline(settings)`` builds nothing until first used: the spaCy model,
the actor dictionary, the lexicon and the gazetteer load lazily, once.
Articles are parsed in chunks with ``nlp.pipe`` (paragraph by paragraph, so
sentence offsets stay exact and memory stays flat on long inputs).
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from parley.actors.dictionary import make_dictionary
from parley.actors.matcher import ActorResolver
from parley.errors import ParleyError
from parley.events.coder import EventCoder
from parley.events.lexicon import load_lexicon
from parley.events.places import DATELINE, load_gazetteer
from parley.models import Article, CodedArticle, Failure, Notice, RunReport
from parley.nlp import parse
from parley.settings import Settings, load_settings
from parley.store.base import Store

if TYPE_CHECKING:
    from parley.ingest.urls import Fetcher

log = logging.getLogger(__name__)

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
CHUNK = 64  # articles per parsing chunk


def paragraphs(text: str) -> list[tuple[str, int]]:
    """Paragraphs (blank-line separated) with their offsets in ``text``; a leading
    dateline is left out of the paragraph (its offset moves past it)."""
    out = []
    for m in PARAGRAPH.finditer(text):
        para, start = m.group(0), m.start()
        dateline = DATELINE.match(para)
        if dateline:
            para, start = para[dateline.end() :], start + dateline.end()
        if para.strip():
            out.append((para, start))
    return out


class Pipeline:
    """Codes articles into events; every heavy resource loads on first use."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._coder: EventCoder | None = None

    @property
    def coder(self) -> EventCoder:
        if self._coder is None:
            dictionary = make_dictionary(self.settings)
            resolver = ActorResolver(dictionary, self.settings.fuzzy_threshold)
            self._coder = EventCoder(load_lexicon(), resolver, load_gazetteer())
            # The dictionaries, lexicon and gazetteer are millions of objects that live
            # as long as the process; left in the collector's care, every full collection
            # walks them all again while the articles are coded. Frozen, they are skipped.
            gc.collect()
            gc.freeze()
        return self._coder

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Failure]:
        """Code articles in order; a failing article yields a Failure, the rest go on."""
        it = iter(articles)
        while chunk := list(islice(it, CHUNK)):
            coder = self.coder  # loaded with the first chunk: nothing to code, nothing loaded
            items = [
                (para, (n, offset))
                for n, art in enumerate(chunk)
                for para, offset in paragraphs(art.text)
            ]
            docs: list[list[tuple[object, int]]] = [[] for _ in chunk]
            for doc, (n, offset) in parse(items, self.settings):
                docs[n].append((doc, offset))
            for art, art_docs in zip(chunk, docs, strict=True):
                yield self._code_one(coder, art, art_docs)

    @staticmethod
    def _code_one(coder: EventCoder, art: Article, docs: list) -> CodedArticle | Failure:
        try:
            sentences, events = coder.code_article(art, docs)
        except ParleyError as exc:
            return Failure(art.origin or art.id, f"coding failed: {exc}")
        except Exception as exc:  # a bug must not stop a batch; it is recorded, not hidden
            log.exception("coding failed for %s", art.origin or art.id)
            return Failure(art.origin or art.id, f"coding failed: {type(exc).__name__}: {exc}")
        return CodedArticle(art, tuple(sentences), tuple(events))

    def code_text(self, text: str, date: date | None = None, **meta: object) -> CodedArticle:
        """Code one text; raises the failure as a ParleyError."""
        article = Article.from_text(text, date=date, **meta)
        result = next(self.code([article]))
        if isinstance(result, Failure):
            raise ParleyError(str(result))
        return result


def code_inputs(
    inputs: Iterable[str],
    settings: Settings,
    *,
    default_date: date | None = None,
    stdin: object = None,
    pipeline: Pipeline | None = None,
) -> Iterator[CodedArticle | Failure | Notice]:
    """Read and code inputs without a store (``parley code``); duplicates coded once."""
    from parley.ingest import read_inputs

    pipe = pipeline or Pipeline(settings)
    seen: set[str] = set()
    passthrough: list[Failure | Notice] = []

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, settings, default_date=default_date, stdin=stdin):  # type: ignore[arg-type]
            if isinstance(item, Article):
                if item.id not in seen:
                    seen.add(item.id)
                    yield item
            else:
                passthrough.append(item)

    for result in pipe.code(articles()):
        while passthrough:
            yield passthrough.pop(0)
        yield result
    yield from passthrough


def ingest(
    inputs: Iterable[str],
    store: Store,
    settings: Settings,
    *,
    default_date: date | None = None,
    stdin: object = None,
    on_progress: Callable[[RunReport], None] | None = None,
    pipeline: Pipeline | None = None,
    fetcher: Fetcher | None = None,
) -> RunReport:
    """Read, code and store inputs; already-stored articles are skipped, not recoded.

    Inputs are files, directories, ``-`` (stdin) and http(s) URLs: a feed URL
    brings its new entries' pages, any other URL one article page (see
    :mod:`parley.ingest.feeds`). ``fetcher`` (made when needed) does the HTTP.
    Every article is stored in one transaction with its events, as soon as it
    is coded, so an interrupted run keeps what it finished.
    """
    from parley.ingest import read_inputs
    from parley.ingest.urls import is_url

    specs = list(inputs)
    report = RunReport()
    if not any(is_url(spec) for spec in specs):
        items = read_inputs(specs, settings, default_date=default_date, stdin=stdin)  # type: ignore[arg-type]
        return ingest_articles(
            items, store, settings, report=report, on_progress=on_progress, pipeline=pipeline
        )
    from parley.ingest.feeds import LiveReader

    with LiveReader(store, settings, fetcher) as reader:

        def mixed() -> Iterator[Article | Failure | Notice]:
            files: list[str] = []
            for spec in [*specs, None]:
                if spec is not None and not is_url(spec):
                    files.append(spec)
                    continue
                yield from read_inputs(files, settings, default_date=default_date, stdin=stdin)  # type: ignore[arg-type]
                files = []
                if spec is not None:
                    yield from reader.read(spec, report, default_date=default_date)

        ingest_articles(
            mixed(), store, settings, report=report, on_progress=on_progress, pipeline=pipeline
        )
        reader.commit()
    return report


def ingest_articles(
    items: Iterable[Article | Failure | Notice],
    store: Store,
    settings: Settings,
    *,
    report: RunReport | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
    on_stored: Callable[[CodedArticle], None] | None = None,
    pipeline: Pipeline | None = None,
) -> RunReport:
    """Code and store articles from any reader; failures and notices are recorded.

    Articles already stored (by id, i.e. by content unless an id was given)
    or seen earlier in ``items`` are counted as duplicates and not coded.
    ``on_stored`` is called with each newly stored article (e.g. for alerts).
    """
    pipe = pipeline or Pipeline(settings)
    report = report if report is not None else RunReport()
    seen: set[str] = set()

    def fresh() -> Iterator[Article]:
        pending: list[Article] = []
        for item in items:
            if isinstance(item, Failure):
                report.failures.append(item)
            elif isinstance(item, Notice):
                report.notices.append(item)
            else:
                report.articles_read += 1
                pending.append(item)
                if len(pending) >= CHUNK:
                    yield from _unseen(pending, store, seen, report)
                    pending = []
        yield from _unseen(pending, store, seen, report)

    for result in pipe.code(fresh()):
        if isinstance(result, Failure):
            report.failures.append(result)
        else:
            report.articles_coded += 1
            if store.save(result):
                report.articles_stored += 1
                report.events += len(result.events)
                if on_stored is not None:
                    on_stored(result)
            else:
                report.duplicates += 1
        if on_progress is not None:
            on_progress(report)
    return report


def _unseen(
    batch: list[Article], store: Store, seen: set[str], report: RunReport
) -> Iterator[Article]:
    known = store.known_ids(a.id for a in batch) if batch else set()
    for art in batch:
        if art.id in known or art.id in seen:
            report.duplicates += 1
            continue
        seen.add(art.id)
        yield art


@lru_cache(maxsize=4)
def pipeline_for(settings: Settings) -> Pipeline:
    """One Pipeline per distinct settings in a process (for ``parley.code``)."""
    return Pipeline(settings)
