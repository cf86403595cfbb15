"""Scaling of ``parley batch``: the same corpus coded with 1 and with 2 local workers.

Generates ``--articles`` short news articles (3-6 sentences each, default
20,000) in ``--shards`` JSONL files (default 40), then runs the real command

    parley batch SHARDS/ --out OUT --workers W

as a subprocess for each W in ``--workers`` (default 1 2), each into a fresh
output directory: cluster start, the pipeline loaded once per worker, coding
and Parquet output are all in the wall time. Prints wall seconds,
articles/s, the speed-up over the first W, and the CPU seconds the run and
its workers used (``cores_busy`` = CPU / wall shows whether the workers had
the cores to themselves; the load average before each run shows what else
was running); checks that every run coded the same number of events. On a
machine shared with other work, give the benchmark its own scheduling group
(Linux groups processes by session) so the workers get the cores::

    setsid bash -c 'echo -10 > /proc/self/autogroup; exec python bench/batch_scaling.py'

Usage::

    python bench/batch_scaling.py [--articles 20000] [--shards 40] [--workers 1 2]
                                  [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from news import write_shards


def run(shards: Path, out: Path, workers: int) -> dict[str, float | int]:
    """One ``parley batch`` run; its wall time and the figures of its report."""
    exe = Path(sys.executable).parent / "parley"
    cpu_before = _children_cpu()
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(
        [str(exe), "batch", str(shards), "--out", str(out), "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    if done.returncode != 0:
        sys.exit(f"parley batch --workers {workers} failed:\n{done.stderr[-2000:]}")
    report = json.loads((out / "report.json").read_text())
    return {
        "workers": workers,
        "wall_seconds": round(wall, 1),
        "articles": report["articles"],
        "events": report["events"],
        "articles_per_second": round(report["articles"] / wall, 1),
        "cpu_seconds": round(cpu, 1),
        "cores_busy": round(cpu / wall, 2),
        "load_average_before": round(load_before, 2),
    }


def _children_cpu() -> float:
    """User + system CPU seconds of every finished descendant (the run and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--shards", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        shards = Path(tmp) / "shards"
        write_shards(shards, args.articles, args.shards, args.seed)
        runs = []
        for workers in args.workers:
            runs.append(run(shards, Path(tmp) / f"out-{workers}", workers))
            print(json.dumps(runs[-1]), flush=True)
    base = runs[0]["wall_seconds"]
    for r in runs:
        r["speedup"] = round(base / r["wall_seconds"], 2)
    if len({r["events"] for r in runs}) != 1:
        sys.exit(f"runs coded different numbers of events: {runs}")
    print("\n| workers | wall s | articles/s | speed-up |\n|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['workers']} | {r['wall_seconds']} | {r['articles_per_second']} "
            f"| {r['speedup']}x |"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"articles": args.articles, "shards": args.shards, "runs": runs}, indent=2)
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
