"""Memory of ``parley ingest`` streaming one large JSONL file into SQLite.

Generates ``--articles`` short news articles (default 50,000; 3-6 sentences)
in one JSONL file, runs the real command

    parley ingest corpus.jsonl --db bench.db

as a subprocess and, every ``--interval`` seconds, reads its resident set
size (``VmRSS`` in /proc/PID/status) and how many articles it has stored so
far (``max(rowid)`` of the articles table, read from the WAL database).
Prints RSS when 1k, 10k, 25k and all articles were stored, the peak
(``VmHWM``), and the growth from 10k to the end. Usage::

    python bench/ingest_memory.py [--articles 50000] [--interval 1] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from news import articles, write_jsonl


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process in MB (empty once it has exited)."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) // 1024
    except OSError:
        pass
    return out


def stored(db: Path) -> int:
    """Articles stored so far (rowids grow with every insert)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0)
    except sqlite3.Error:
        return 0


def sample(corpus: Path, db: Path, interval: float) -> tuple[list[dict[str, float]], int, int]:
    """Run the ingest; return the samples, its peak RSS (MB) and exit code."""
    exe = Path(sys.executable).parent / "parley"
    proc = subprocess.Popen(
        [str(exe), "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    started, samples, peak = time.perf_counter(), [], 0
    while proc.poll() is None:
        status = proc_status(proc.pid)
        if "VmRSS" in status:
            peak = max(peak, status.get("VmHWM", 0))
            samples.append(
                {
                    "seconds": round(time.perf_counter() - started, 1),
                    "rss_mb": status["VmRSS"],
                    "articles": stored(db),
                }
            )
        time.sleep(interval)
    if proc.returncode != 0:
        sys.exit(f"parley ingest failed:\n{proc.stderr.read()[-2000:] if proc.stderr else ''}")
    samples.append(
        {
            "seconds": round(time.perf_counter() - started, 1),
            "rss_mb": samples[-1]["rss_mb"],
            "articles": stored(db),
        }
    )
    return samples, peak, proc.returncode


def rss_at(samples: list[dict[str, float]], n: int) -> float | None:
    """RSS at the first sample with at least ``n`` articles stored."""
    return next((s["rss_mb"] for s in samples if s["articles"] >= n), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures and samples here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(corpus, articles(args.articles, args.seed))
        size_mb = corpus.stat().st_size / 1e6
        load_before = os.getloadavg()[0]
        samples, peak, _ = sample(corpus, Path(tmp) / "bench.db", args.interval)
    marks = {n: rss_at(samples, n) for n in (1_000, 10_000, 25_000, args.articles)}
    # the last sample after the run has no RSS of its own: use the last one seen
    marks[args.articles] = marks[args.articles] or samples[-1]["rss_mb"]
    seconds = samples[-1]["seconds"]
    figures = {
        "articles": args.articles,
        "corpus_mb": round(size_mb, 1),
        "seconds": seconds,
        "articles_per_second": round(args.articles / seconds, 1),
        "rss_mb_at": {str(n): v for n, v in marks.items()},
        "peak_rss_mb": peak,
        "growth_10k_to_end_mb": (marks[args.articles] or 0) - (marks[10_000] or 0),
        "load_average_before": round(load_before, 2),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps({**figures, "samples": samples}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
