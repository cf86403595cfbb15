"""Load test of ``GET /api/events`` over a SQLite store of >= 1 million events.

1. Builds (once; cached under ``bench/out/``) a parley database of synthetic
   articles and events with realistic spreads of type, mode, countries,
   actors, dates and certainty, by bulk inserts straight through SQLAlchemy
   (about a minute; the schema comes from ``parley.store.connect``, so every
   migration and index is there).
2. Starts ``parley serve`` on a free loopback port over it.
3. Sends filtered ``GET /api/events`` requests from a few client threads for
   a bounded time (at most 60 s, loopback only) and reports requests/s and
   p50/p95/max latency, overall and per filter kind.

Usage::

    python bench/api_load.py [--events 1000000] [--seconds 30] [--clients 4] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from parley.models import CERTAINTIES, EVENT_TYPES
from parley.store import connect
from parley.store.schema import articles, events

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"
MAX_SECONDS = 60
COUNTRIES = [
    "ARM",
    "AZE",
    "RUS",
    "TUR",
    "IRN",
    "GEO",
    "FRA",
    "DEU",
    "USA",
    "IND",
    "SRB",
    "XKX",
    "KGZ",
    "TJK",
    "UZB",
    "KAZ",
    "ISR",
    "LBN",
    "UKR",
    "BLR",
    "CHN",
    "GBR",
    "ITA",
    "ESP",
    "SYR",
    "IRQ",
    "EGY",
    "SDN",
    "ETH",
    "IGO",
]
SECTORS = ["GOV", "MIL", "REB", "OPP", "CVL", "MED", "IGO", "COP", "JUD", None]
#: Rough type frequencies of news about conflict and talks (CONSULT dominates).
TYPE_WEIGHTS = {
    "CONSULT": 30,
    "AGREE": 9,
    "ASSAULT": 12,
    "RETREAT": 6,
    "REQUEST": 6,
    "COOPERATE": 5,
    "SUPPORT": 6,
    "ACCUSE": 8,
    "COERCE": 5,
    "REJECT": 3,
    "PROTEST": 3,
    "THREATEN": 2,
    "AID": 2,
    "MOBILIZE": 1.5,
    "SANCTION": 1,
    "CONCEDE": 0.5,
}
MODES = {
    "CONSULT": ["third-party", "phone", "visit", None, None],
    "COERCE": ["arrest", "seize"],
    "ASSAULT": ["firearms", "heavy-weapons", "aerial", None],
    "RETREAT": ["release", None],
}
CERT_WEIGHTS = [72, 14, 4, 4, 6]  # asserted, reported, claimed, alleged, speculative
FIRST_DAY = date(2020, 1, 1)
N_DAYS = 5 * 365
EVENTS_PER_ARTICLE = 8


def _actor(rng: random.Random, prefix: str, pool: list[tuple[str, str, str]]) -> dict[str, Any]:
    if rng.random() < 0.15:
        return {f"{prefix}_{k}": None for k in ("text", "name", "country", "sector", "actor_id")}
    name, country, actor_id = rng.choice(pool)
    return {
        f"{prefix}_text": name,
        f"{prefix}_name": name,
        f"{prefix}_country": country,
        f"{prefix}_sector": rng.choice(SECTORS),
        f"{prefix}_actor_id": actor_id,
    }


def _event_row(
    rng: random.Random, article_id: str, n: int, pub: date, pool: list[tuple[str, str, str]]
) -> dict[str, Any]:
    etype = rng.choices(list(TYPE_WEIGHTS), weights=list(TYPE_WEIGHTS.values()))[0]
    dated = rng.random() < 0.6
    day = pub - timedelta(days=rng.randint(0, 5)) if dated else None
    sentence = f"Synthetic sentence {n} about a {etype.lower()} event reported on {pub}."
    row: dict[str, Any] = {
        "event_id": f"{article_id}-{n:02d}",
        "article_id": article_id,
        "sentence_index": n,
        "span_start": n * 100,
        "span_end": n * 100 + len(sentence),
        "sentence": sentence,
        "type": etype,
        "mode": rng.choice(MODES.get(etype, [None])),
        "contexts": "[]",
        "date": day,
        "date_end": None,
        "effective_date": day or pub,
        "location_name": None,
        "location_country": None,
        "location_lat": None,
        "location_lon": None,
        "location_geonameid": None,
        "certainty": rng.choices(CERTAINTIES, weights=CERT_WEIGHTS)[0],
        "negated": rng.random() < 0.03,
        "intensity": round(rng.uniform(-10, 8), 1),
        "trigger": etype.lower(),
        "cameo": None,
        **{f"attributed_{k}": None for k in ("text", "name", "country", "sector", "actor_id")},
    }
    row.update(_actor(rng, "source", pool))
    row.update(_actor(rng, "target", pool))
    return row


def build_db(path: Path, n_events: int, seed: int = 7) -> None:
    """Write ``n_events`` synthetic events (and their articles) into a new parley db."""
    rng = random.Random(seed)
    pool = [(f"Actor {i}", rng.choice(COUNTRIES), f"person:actor_{i}") for i in range(600)]
    pool += [(c, c, f"country:{c}") for c in COUNTRIES]
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    connect(str(tmp)).close()  # schema + migrations, exactly as parley makes them
    engine = sa.create_engine(f"sqlite:///{tmp}")
    n_articles = n_events // EVENTS_PER_ARTICLE
    now = datetime.now(UTC)
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        for a0 in range(0, n_articles, 5000):
            arts, evs = [], []
            for a in range(a0, min(a0 + 5000, n_articles)):
                art_id = f"synthetic-{a:07d}"
                pub = FIRST_DAY + timedelta(days=rng.randrange(N_DAYS))
                arts.append(
                    {
                        "id": art_id,
                        "title": f"Synthetic article {a}",
                        "date": pub,
                        "url": None,
                        "outlet": f"Outlet {a % 40}",
                        "origin": "bench",
                        "text": "synthetic",
                        "ingested_at": now,
                    }
                )
                evs.extend(_event_row(rng, art_id, n, pub, pool) for n in range(EVENTS_PER_ARTICLE))
            conn.execute(sa.insert(articles), arts)
            conn.execute(sa.insert(events), evs)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    tmp.rename(path)
    print(
        f"built {path} ({n_events} events) in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("parley serve exited early")
        try:
            with urllib.request.urlopen(base + "/api/summary", timeout=60) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("parley serve did not answer in time")


def random_filters(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """One realistic explorer query: (its kind, its parameters)."""
    kind = rng.choice(
        ["type", "country", "type+country", "dates", "type+dates", "certainty", "actor_id", "page"]
    )
    etype = rng.choice(EVENT_TYPES)
    country = rng.choice(COUNTRIES)
    since = FIRST_DAY + timedelta(days=rng.randrange(N_DAYS - 31))
    params: dict[str, Any] = {
        "type": {"type": etype},
        "country": {"country": country},
        "type+country": {"type": etype, "country": country},
        "dates": {"since": since, "until": since + timedelta(days=30)},
        "type+dates": {"type": etype, "since": since, "until": since + timedelta(days=90)},
        "certainty": {"certainty": rng.choice(CERTAINTIES[2:])},
        "actor_id": {"actor_id": f"person:actor_{rng.randrange(600)}"},
        "page": {"type": etype, "offset": rng.randrange(0, 2000, 50)},
    }[kind]
    params["limit"] = 50
    return kind, params


def load(base: str, seconds: float, clients: int, seed: int) -> dict[str, Any]:
    """Send requests from ``clients`` threads for ``seconds``; return the figures."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        rng = random.Random(seed + n)
        while time.monotonic() < stop:
            kind, params = random_filters(rng)
            url = f"{base}/api/events?{urlencode(params)}"
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as r:
                    r.read()
                    ok = r.status == 200
            except OSError as exc:
                ok = False
                errors.append(f"{url}: {exc}")
            elapsed = time.perf_counter() - t0
            if ok:
                with lock:
                    latencies[kind].append(elapsed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    every = [x for xs in latencies.values() for x in xs]
    return {
        "seconds": round(wall, 1),
        "clients": clients,
        "requests": len(every),
        "errors": len(errors),
        "requests_per_s": round(len(every) / wall, 1),
        "overall": _stats(every),
        "by_kind": {k: _stats(v) for k, v in sorted(latencies.items())},
    }


def _stats(xs: list[float]) -> dict[str, float]:
    if not xs:
        return {"n": 0}
    xs = sorted(xs)
    q = statistics.quantiles(xs, n=100, method="inclusive") if len(xs) > 1 else xs * 99
    return {
        "n": len(xs),
        "p50_ms": round(q[49] * 1000, 1),
        "p95_ms": round(q[94] * 1000, 1),
        "max_ms": round(xs[-1] * 1000, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    OUT.mkdir(exist_ok=True)
    db = OUT / f"api-load-{args.events}.db"
    if not db.exists():
        build_db(db, args.events, args.seed)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    parley = Path(sys.executable).with_name("parley")
    env = {**os.environ, "PARLEY_API_TOKEN": ""}
    proc = subprocess.Popen(
        [str(parley), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        wait_ready(base, proc)
        for _ in range(20):  # warm the page cache and the connection pool
            urllib.request.urlopen(f"{base}/api/events?limit=50", timeout=30).read()
        figures = load(base, seconds, args.clients, args.seed)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    with sa.create_engine(f"sqlite:///{db}").connect() as conn:
        n = conn.scalar(sa.select(sa.func.count()).select_from(events))
    figures = {"events_in_db": n, **figures}
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
