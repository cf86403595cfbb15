"""Throughput: parley end to end vs bare spaCy parsing of the same texts.

Generates a corpus of news-style articles (>= 2,000 sentences) from templates,
then times, in the same process:

  1. bare spaCy: ``nlp.pipe`` over the article paragraphs (what any spaCy-based
     coder must pay at least);
  2. parley end to end: read the corpus as JSONL, code it, store it in a fresh
     SQLite file (``pipeline.ingest``).

and prints sentences/s for each and the ratio parley / spaCy (time). Models
are loaded before timing. With ``--repeat N`` both are timed N times,
interleaved (spaCy then parley, then parley then spaCy, ...) after one untimed
warm-up of each, so that a slow spell of a shared machine falls on both; the
figures are then medians, with each pair's ratio listed. Usage::

    python bench/throughput.py [--sentences 2000] [--seed 7] [--repeat 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

# the same templates as the scaling benchmarks (bench/news.py), plus opinion and
# background filler that parley must not code
sys.path.insert(0, str(Path(__file__).resolve().parent))
from news import ACTORS, PLACES, VERBS, WHEN
from news import FILLER as NEWS_FILLER

if TYPE_CHECKING:
    from spacy.language import Language

    from parley.models import RunReport
    from parley.pipeline import Pipeline
    from parley.settings import Settings

FILLER = [
    *NEWS_FILLER,
    "It is hard to see what either government hopes to gain.",
    "The region has been contested since the collapse of the Soviet Union.",
]


def make_corpus(n_sentences: int, seed: int) -> list[dict[str, str]]:
    """Articles of 8-14 sentences in 2-4 paragraphs, about n_sentences in all."""
    rng = random.Random(seed)
    articles: list[dict[str, str]] = []
    total = 0
    while total < n_sentences:
        sentences = []
        for _ in range(rng.randint(8, 14)):
            if rng.random() < 0.3:
                sentences.append(rng.choice(FILLER))
                continue
            a, b = rng.sample(ACTORS, 2)
            sentence = f"{a} {rng.choice(VERBS)} {b} in {rng.choice(PLACES)} {rng.choice(WHEN)}"
            sentences.append(sentence.strip().replace(" ,", ",") + ".")
        total += len(sentences)
        cut = sorted(rng.sample(range(1, len(sentences)), rng.randint(1, 3)))
        paras, start = [], 0
        for c in [*cut, len(sentences)]:
            paras.append(" ".join(s[0].upper() + s[1:] for s in sentences[start:c]))
            start = c
        day = rng.randint(1, 28)
        articles.append(
            {
                "id": f"bench-{len(articles):05d}",
                "date": f"2024-03-{day:02d}",
                "text": "\n\n".join(paras),
            }
        )
    return articles


def _time_spacy(nlp: Language, texts: list[str], batch_size: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - t0, n_sents


def _time_parley(
    src: Path, db: Path, settings: Settings, pipe: Pipeline
) -> tuple[float, RunReport]:
    from parley.pipeline import ingest
    from parley.store import connect

    with connect(str(db)) as store:
        t0 = time.perf_counter()
        report = ingest([str(src)], store, settings, pipeline=pipe)
        return time.perf_counter() - t0, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="timed runs of each, interleaved after a warm-up; figures are medians",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, got {args.repeat}")

    from parley.nlp import load_model
    from parley.pipeline import Pipeline, paragraphs
    from parley.settings import Settings

    settings = Settings()
    corpus = make_corpus(args.sentences, args.seed)
    nlp = load_model(settings.spacy_model)
    pipe = Pipeline(settings)
    _ = pipe.coder  # dictionary, lexicon, gazetteer loaded before timing
    list(pipe.code([]))

    spacy_runs: list[float] = []
    parley_runs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")
        texts = [p for a in corpus for p, _ in paragraphs(a["text"])]
        if args.repeat > 1:  # warm-up: caches, allocator, the OS's file cache
            _time_spacy(nlp, texts, settings.batch_size)
            _time_parley(src, Path(tmp) / "warm.db", settings, pipe)
        for run in range(args.repeat):
            db = Path(tmp) / f"bench-{run}.db"
            if run % 2:  # alternate the order: neither always runs second
                parley_s, report = _time_parley(src, db, settings, pipe)
                spacy_s, n_sents = _time_spacy(nlp, texts, settings.batch_size)
            else:
                spacy_s, n_sents = _time_spacy(nlp, texts, settings.batch_size)
                parley_s, report = _time_parley(src, db, settings, pipe)
            spacy_runs.append(spacy_s)
            parley_runs.append(parley_s)

    spacy_s = statistics.median(spacy_runs)
    parley_s = statistics.median(parley_runs)
    pair_ratios = [p / s for p, s in zip(parley_runs, spacy_runs, strict=True)]
    figures: dict[str, object] = {
        "articles": len(corpus),
        "sentences": n_sents,
        "events": report.events,
        "runs": args.repeat,
        "spacy_seconds": round(spacy_s, 3),
        "parley_seconds": round(parley_s, 3),
        "spacy_sentences_per_s": round(n_sents / spacy_s, 1),
        "parley_sentences_per_s": round(n_sents / parley_s, 1),
        "ratio_parley_over_spacy": round(statistics.median(pair_ratios), 3),
    }
    if args.repeat > 1:
        figures["ratio_each_run"] = [round(r, 3) for r in pair_ratios]
    for key, value in figures.items():
        print(f"{key:>26}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0 if not report.failures else 1


if __name__ == "__main__":
    sys.exit(main())
