"""One exception tree for parley.

    ParleyError                 anything parley raises on purpose
    ├── ConfigError             a setting, dictionary or lexicon file is wrong
    ├── IngestError             an input could not be read as an article
    ├── CodingError             the NLP/coding stages could not run
    └── StoreError              the database could not be opened or written

Messages say what was wrong, with which input, and how to fix it. Library code
raises; only the CLI (and later the web layer) turns errors into exit codes.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error parley raises on purpose."""


class ConfigError(ParleyError):
    """A setting, dictionary or lexicon file is missing or malformed."""


class IngestError(ParleyError):
    """An input could not be turned into an article.

    ``source`` names the input (a path, ``path:line`` or ``<stdin>``) and
    ``reason`` is a one-line explanation a user can act on.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class CodingError(ParleyError):
    """The NLP or event-coding stages could not run (e.g. no spaCy model)."""


class StoreError(ParleyError):
    """The store could not be opened, migrated or written."""
