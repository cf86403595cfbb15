"""Store write rates: SQLite vs PostgreSQL, saving pre-coded articles.

Codes ``--coded`` generated news articles once (3-6 sentences each, with
their events), then saves ``--articles`` copies of them (new article and
event ids) into a fresh database of each backend with ``Store.save`` (one
transaction per article, as ``parley ingest`` does):

- one writer: articles/s and events/s;
- two writer processes at once, each saving its own half: articles/s together.

PostgreSQL: the server in ``PARLEY_BENCH_POSTGRES_URL`` (a fresh database is
created on it), else a durable throw-away server started with
``.ci/postgres`` (PostgreSQL's default fsync and synchronous_commit) and
stopped at the end. SQLite: a file in WAL mode (parley's settings). Usage::

    python bench/store_rates.py [--articles 5000] [--coded 500] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from uuid import uuid4

from news import articles

from parley.models import Article, CodedArticle
from parley.store import connect

ROOT = Path(__file__).resolve().parent.parent


def precode(n: int, seed: int) -> list[CodedArticle]:
    from parley.pipeline import Pipeline

    pipe = Pipeline()
    coded = pipe.code(Article.from_dict({**a, "origin": None}) for a in articles(n, seed))
    return [c for c in coded if isinstance(c, CodedArticle)]


def copies(coded: list[CodedArticle], total: int) -> list[CodedArticle]:
    """``total`` articles: the coded ones again and again, with fresh ids."""
    out = []
    for k in range(total):
        base = coded[k % len(coded)]
        new_id = f"{base.article.id}-{k}"
        events = tuple(
            replace(e, article_id=new_id, event_id=f"{new_id}-e{i}")
            for i, e in enumerate(base.events)
        )
        out.append(CodedArticle(replace(base.article, id=new_id), base.sentences, events))
    return out


def save_all(db: str, batch: list[CodedArticle]) -> float:
    """Save every article; return the seconds it took (the store opened before timing)."""
    with connect(db) as store:
        started = time.perf_counter()
        for coded in batch:
            store.save(coded)
        return time.perf_counter() - started


def _worker(db: str, batch: list[CodedArticle], start: object, out: object) -> None:
    with connect(db) as store:
        start.wait()  # type: ignore[attr-defined]
        for coded in batch:
            store.save(coded)
    out.put(time.perf_counter())  # type: ignore[attr-defined]


def save_two_processes(db: str, batch: list[CodedArticle]) -> float:
    """Two processes save a half each, starting together; return the wall seconds."""
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(3), ctx.Queue()
    halves = [batch[0::2], batch[1::2]]
    procs = [ctx.Process(target=_worker, args=(db, h, start, out)) for h in halves]
    for p in procs:
        p.start()
    start.wait()
    began = time.perf_counter()
    ends = [out.get(timeout=3600) for _ in procs]
    for p in procs:
        p.join()
    return max(ends) - began


@contextmanager
def postgres_server() -> Iterator[str]:
    """The admin URL of a PostgreSQL server: the configured one, or a durable throw-away one."""
    given = os.environ.get("PARLEY_BENCH_POSTGRES_URL")
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="parley-bench-pg-"))  # the server's user must reach it
    env = {**os.environ, "PARLEY_PG_DURABLE": "1"}
    started = subprocess.run(
        ["bash", str(ROOT / ".ci/postgres"), "start", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0:
        sys.exit(f"could not start PostgreSQL:\n{started.stderr}")
    try:
        yield started.stdout.strip().split("=", 1)[1]
    finally:
        subprocess.run(["bash", str(ROOT / ".ci/postgres"), "stop", str(folder)], check=False)


def fresh_postgres(admin: str) -> str:
    import sqlalchemy as sa

    from parley.store.postgres import engine_url

    url = engine_url(admin)
    name = f"parley_bench_{uuid4().hex[:8]}"
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)


def measure(name: str, make_db: object, batch: list[CodedArticle]) -> dict[str, object]:
    n_events = sum(len(c.events) for c in batch)
    one = save_all(make_db(), batch)  # type: ignore[operator]
    two = save_two_processes(make_db(), batch)  # type: ignore[operator]
    return {
        "backend": name,
        "articles": len(batch),
        "events": n_events,
        "one_writer_articles_per_s": round(len(batch) / one, 1),
        "one_writer_events_per_s": round(n_events / one, 1),
        "two_writers_articles_per_s": round(len(batch) / two, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--coded", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    batch = copies(precode(args.coded, args.seed), args.articles)
    results = []
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp_name:
        tmp = Path(tmp_name)
        results.append(measure("sqlite", lambda: str(tmp / f"{uuid4().hex}.db"), batch))
        print(json.dumps(results[-1]), flush=True)
        with postgres_server() as admin:
            results.append(measure("postgresql", lambda: fresh_postgres(admin), batch))
            print(json.dumps(results[-1]), flush=True)
    print("\n| backend | articles/s (1 writer) | events/s (1 writer) | articles/s (2 writers) |")
    print("|---|---|---|---|")
    for r in results:
        print(
            f"| {r['backend']} | {r['one_writer_articles_per_s']} | "
            f"{r['one_writer_events_per_s']} | {r['two_writers_articles_per_s']} |"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
