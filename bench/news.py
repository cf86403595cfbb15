"""Short generated news articles for the scaling, memory and store benchmarks.

Each article has 3-6 sentences built from templates (actors, verbs, places,
relative dates, some opinion/background filler) in one or two paragraphs,
a publication date in 2024 and a unique id. Deterministic for a seed.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ACTORS = [
    "Armenian forces",
    "Azerbaijani troops",
    "Russian peacekeepers",
    "the Serbian government",
    "Kosovo police",
    "Tajik border guards",
    "Kyrgyz officials",
    "Israeli troops",
    "Hezbollah fighters",
    "the European Union",
    "the OSCE",
    "Ukrainian drones",
    "Foreign Minister Ararat Mirzoyan",
    "Jeyhun Bayramov",
    "President Ilham Aliyev",
    "Prime Minister Nikol Pashinyan",
    "Charles Michel",
    "Sergei Lavrov",
    "Indian officials",
    "the French defence ministry",
    "protesters in Yerevan",
]
VERBS = [
    "met",
    "held talks with",
    "accused",
    "criticised",
    "detained",
    "shelled",
    "attacked",
    "praised",
    "signed an agreement with",
    "threatened",
    "urged",
    "rejected a proposal from",
    "released",
    "sanctioned",
    "hosted",
    "visited",
    "condemned",
    "deployed troops near",
]
PLACES = [
    "Berlin",
    "Brussels",
    "Almaty",
    "Yerevan",
    "Baku",
    "Moscow",
    "Washington",
    "Pristina",
    "Belgrade",
    "Bishkek",
    "Dushanbe",
    "Beirut",
    "Munich",
    "Kyiv",
]
WHEN = [
    "on Monday",
    "on Tuesday",
    "last week",
    "on February 28-29",
    "on May 10",
    "yesterday",
    "on Friday",
    "earlier this month",
    "",
]
FILLER = [
    "The talks are widely seen as a test of the fragile process.",
    "Analysts say the gap between the two sides remains wide.",
    "Officials did not give further details.",
    "Both sides say they remain committed to a negotiated settlement.",
]
OUTLETS = ["Caucasus Wire", "Balkan Daily", "Central Asia Post", "Levant Times"]


def article(n: int, rng: random.Random) -> dict[str, Any]:
    """Article ``n``: 3-6 sentences, id ``news-<n>``, a date in 2024."""
    sentences = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.25:
            sentences.append(rng.choice(FILLER))
            continue
        a, b = rng.sample(ACTORS, 2)
        text = f"{a} {rng.choice(VERBS)} {b} in {rng.choice(PLACES)} {rng.choice(WHEN)}"
        sentences.append(text.strip()[0].upper() + text.strip()[1:] + ".")
    cut = rng.randint(1, len(sentences) - 1)
    body = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {
        "id": f"news-{n:07d}",
        "title": f"Report {n}",
        "date": f"2024-{month:02d}-{day:02d}",
        "outlet": rng.choice(OUTLETS),
        "text": body,
    }


def articles(count: int, seed: int = 7, start: int = 0) -> Iterator[dict[str, Any]]:
    """``count`` articles numbered from ``start`` (deterministic for ``seed``)."""
    rng = random.Random(seed * 1_000_003 + start)
    for n in range(start, start + count):
        yield article(n, rng)


def write_jsonl(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    """Write rows as JSON Lines (gzip if the name ends in .gz); return the count."""
    opener: Any = gzip.open if path.name.endswith(".gz") else open
    n = 0
    with opener(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
            n += 1
    return n


def write_shards(folder: Path, count: int, shards: int, seed: int = 7) -> list[Path]:
    """``count`` articles in ``shards`` JSONL files of (nearly) equal size."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, start = [], 0
    for i in range(shards):
        size = count // shards + (1 if i < count % shards else 0)
        path = folder / f"shard-{i:04d}.jsonl"
        write_jsonl(path, articles(size, seed, start))
        paths.append(path)
        start += size
    return paths
