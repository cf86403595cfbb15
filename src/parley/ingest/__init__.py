"""Ingest: files, directories and stdin -> :class:`~parley.models.Article`.

:func:`read_inputs` is the stage's entry point. It yields, in input order:

- an ``Article`` for every article read,
- a ``Failure`` (source + one-line reason) for every input or JSONL line that
  could not be read; the batch goes on,
- a ``Notice`` for things worth knowing about inputs that went through
  (e.g. "not UTF-8; decoded as Windows-1252").

Readers (one module each): ``text`` (``.txt`` and stdin), ``html``
(``.html``/``.htm``), ``jsonl`` (``.jsonl``/``.jsonl.gz``), ``parquet``
(``.parquet``, one article a row, columns as the JSONL keys). Directories are
walked here: recursively, sorted, hidden entries skipped, files of other
types skipped silently. A file named explicitly with an unknown extension is
read as plain text if it is UTF-8 text, and is a failure otherwise.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from parley.ingest.common import Item
from parley.ingest.furniture import strip_page_furniture
from parley.ingest.html import article_from_html, read_html_file
from parley.ingest.jsonl import read_jsonl_file
from parley.ingest.parquet import read_parquet_file
from parley.ingest.text import STDIN, parse_text, read_text_file, read_text_stream
from parley.models import Article, Failure, Notice
from parley.settings import Settings

__all__ = [
    "STDIN",
    "SUFFIXES",
    "article_from_html",
    "parse_text",
    "read_inputs",
    "read_path",
    "strip_page_furniture",
]

logger = logging.getLogger(__name__)

#: File name endings read from directories, and the reader each goes to.
SUFFIXES = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".parquet": "parquet",
}


def read_inputs(
    inputs: Iterable[str],
    settings: Settings,
    *,
    default_date: date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | Failure | Notice]:
    """Read every input (a file, a directory, or ``-`` for stdin) in order.

    ``default_date`` (``--date``) is given to articles without a date of their
    own. Nothing is raised for bad input: it becomes a ``Failure``.
    """
    for spec in inputs:
        if spec == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from read_text_stream(stream, settings, default_date=default_date)
            continue
        path = Path(spec)
        if path.is_dir():
            yield from read_directory(path, settings, default_date=default_date)
        elif path.exists():
            yield from read_path(path, settings, default_date=default_date)
        else:
            yield Failure(spec, "no such file or directory")


def file_kind(path: Path) -> str | None:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"parquet"`` from the file name; else ``None``."""
    name = path.name.lower()
    for suffix, kind in SUFFIXES.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def read_path(
    path: Path, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Read one file with the reader its extension names.

    An unknown extension is read as plain text when the file is UTF-8 text
    (with a Notice saying so), and is a Failure otherwise.
    """
    kind = file_kind(path)
    if kind == "html":
        yield from read_html_file(path, settings, default_date=default_date)
    elif kind == "jsonl":
        yield from read_jsonl_file(path, settings, default_date=default_date)
    elif kind == "parquet":
        yield from read_parquet_file(path, settings, default_date=default_date)
    elif kind == "text":
        yield from read_text_file(path, settings, default_date=default_date)
    else:
        items = list(read_text_file(path, settings, default_date=default_date, strict=True))
        if any(isinstance(item, Article) for item in items):
            label = repr(path.suffix) if path.suffix else "(no extension)"
            yield Notice(str(path), f"unknown file type {label}; read as plain text")
        yield from items


def read_directory(
    root: Path, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Read every known file under ``root``, in a stable order."""
    found = False
    for entry in walk(root):
        if isinstance(entry, Failure):
            yield entry
            continue
        found = True
        yield from read_path(entry, settings, default_date=default_date)
    if not found:
        kinds = ", ".join(SUFFIXES)
        yield Notice(str(root), f"no article files found (looked for {kinds})")


def walk(directory: Path) -> Iterator[Path | Failure]:
    """Known files under ``directory``: its files by name, then each subdirectory.

    Hidden files and directories (``.name``) are skipped, and so are symbolic
    links to directories (no cycles). Unlistable directories are failures.
    """
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Failure(str(directory), f"cannot list directory: {exc.strerror or exc}")
        return
    subdirs: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(path)
            elif entry.is_file() and file_kind(path):
                yield path
            else:
                logger.debug("skipped %s: not a known article file", path)
        except OSError:
            logger.debug("skipped %s: cannot stat", path)
    for subdir in subdirs:
        yield from walk(subdir)
