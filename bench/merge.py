"""Merge speed: 5,000 synthetic events from 1,000 articles into stories, one run.

Builds events the way the coder reports them (several outlets per
happening, some undated, some one-sided, some syndicated copies), then times
``article_refs`` (near-duplicate detection over the article texts) and
``merge`` separately and together. No spaCy, no database. Usage::

    python bench/merge.py [--events 5000] [--seed 7] [--json out.json]

The target (issue 4) is under 2 seconds for 5,000 events.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta

from parley.merge import article_refs, merge
from parley.models import Actor, Article, Event, Location

COUNTRIES = ["ARM", "AZE", "RUS", "TUR", "FRA", "DEU", "USA", "IND", "IRN", "GEO", "KAZ", "SRB"]
TYPES = ["CONSULT", "ASSAULT", "COERCE", "ACCUSE", "AGREE", "COOPERATE", "THREATEN", "REJECT"]
PLACES = [
    Location("Berlin", "DEU", 52.52, 13.41),
    Location("Brussels", "BEL", 50.85, 4.35),
    Location("Almaty", "KAZ", 43.25, 76.92),
    Location("Yerevan", "ARM", 40.18, 44.51),
    Location("Baku", "AZE", 40.41, 49.87),
    None,
]
OUTLETS = [f"Outlet {i}" for i in range(25)]
WORDS = [
    "talks",
    "border",
    "ministers",
    "agreement",
    "soldiers",
    "shelling",
    "peace",
    "treaty",
    "delegation",
    "envoy",
    "village",
    "ceasefire",
    "corridor",
    "statement",
    "summit",
    "capital",
    "road",
]


def corpus(n_events: int, seed: int) -> tuple[list[Article], list[Event]]:
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    happenings = []
    for _ in range(n_events // 4):
        a, b = rng.sample(COUNTRIES, 2)
        happenings.append(
            (
                rng.choice(TYPES),
                a,
                b,
                start + timedelta(days=rng.randrange(900)),
                rng.choice(PLACES),
            )
        )
    articles: list[Article] = []
    events: list[Event] = []
    while len(events) < n_events:
        h = rng.choice(happenings)
        type_, a, b, day, place = h
        pub = day + timedelta(days=rng.randrange(0, 3))
        text = " ".join(rng.choice(WORDS) for _ in range(120))
        if articles and rng.random() < 0.05:  # a syndicated copy of an earlier article
            text = articles[-1].text + " Distributed by a wire service."
        art = Article(f"a{len(articles)}", text, date=pub, outlet=rng.choice(OUTLETS))
        articles.append(art)
        for k in range(5):
            src = Actor(a, a, a, "GOV", f"country:{a}")
            tgt: Actor | None = Actor(b, b, b, "MIL", f"country:{b}")
            if rng.random() < 0.1:
                tgt = None  # one-sided report
            if rng.random() < 0.5:
                src, tgt = tgt, src  # the other direction (merged for symmetric types)
            dated = rng.random() < 0.7
            events.append(
                Event(
                    event_id=f"{art.id}-{k}",
                    article_id=art.id,
                    sentence="...",
                    sentence_index=k,
                    span=(0, 3),
                    type=type_ if k == 0 else rng.choice(TYPES),
                    source=src,
                    target=tgt,
                    date=day + timedelta(days=rng.randrange(-1, 2)) if dated else None,
                    location=place,
                    certainty=rng.choice(["asserted", "asserted", "reported"]),
                    intensity=1.0,
                )
            )
    return articles, events[:n_events]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    articles, events = corpus(args.events, args.seed)
    t0 = time.perf_counter()
    refs = article_refs(articles)
    t1 = time.perf_counter()
    stories = merge(events, refs)
    t2 = time.perf_counter()
    result = {
        "events": len(events),
        "articles": len(articles),
        "copies": sum(1 for r in refs.values() if r.copy_of),
        "stories": len(stories),
        "near_duplicates_s": round(t1 - t0, 3),
        "merge_s": round(t2 - t1, 3),
        "total_s": round(t2 - t0, 3),
    }
    print(
        f"{result['events']} events from {result['articles']} articles "
        f"({result['copies']} syndicated copies) -> {result['stories']} stories"
    )
    print(
        f"near-duplicates {result['near_duplicates_s']:.3f} s, merge {result['merge_s']:.3f} s, "
        f"total {result['total_s']:.3f} s (target: < 2 s)"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
    return 0 if result["total_s"] < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
