"""parley batch / parley load on a real Dask LocalCluster (two worker processes)."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley.batch import (
    MARKERS_DIR,
    REPORT_NAME,
    find_shards,
    load_output,
    run_batch,
    shard_id,
)
from parley.cli import app
from parley.export import event_from_flat
from parley.models import Article
from parley.pipeline import Pipeline
from parley.settings import Settings
from parley.store import connect

runner = CliRunner()

TEXTS = [
    "Armenian forces detained an Azerbaijani soldier on Tuesday.",
    "The foreign ministers of Armenia and Azerbaijan held talks in Almaty on May 10-11.",
    "Russian peacekeepers accused Azerbaijani troops of shelling a village near Lachin.",
    "Serbian police arrested two Kosovo officials near the border last week.",
    "The European Union urged Armenia and Azerbaijan to sign a peace agreement.",
    "Tajik border guards attacked Kyrgyz positions on Friday.",
    "Azerbaijan and Armenia agreed to continue the border delimitation talks.",
    "Protesters in Yerevan rejected the agreement with Azerbaijan.",
]


def record(n: int) -> dict[str, Any]:
    """Article ``n``: one or two sentences, a date except for every fifth."""
    text = TEXTS[n % len(TEXTS)] + (f" Officials met again on day {n}." if n > 7 else "")
    row: dict[str, Any] = {"id": f"b{n:02d}", "text": text, "outlet": "Test Wire"}
    if n % 5:
        row["date"] = f"2024-0{1 + n % 6}-{10 + n % 18:02d}"
    return row


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A real local Dask cluster: two worker processes of one thread each."""
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three shards of the three kinds: JSONL, gzipped JSONL and Parquet (typed dates)."""
    root = tmp_path_factory.mktemp("shards")
    first = root / "first.jsonl"
    first.write_text("".join(json.dumps(record(n)) + "\n" for n in range(6)))
    second = root / "second.jsonl.gz"
    second.write_bytes(
        gzip.compress("".join(json.dumps(record(n)) + "\n" for n in range(6, 10)).encode())
    )
    rows = [record(n) for n in range(10, 16)]
    table = pa.table(
        {
            "id": [r["id"] for r in rows],
            "text": [r["text"] for r in rows],
            "date": pa.array([r.get("date") for r in rows]).cast(pa.date32()),
            "outlet": [r["outlet"] for r in rows],
        }
    )
    third = root / "third.parquet"
    pq.write_table(table, third)
    return [first, second, third]


@pytest.fixture(scope="module")
def first_run(client: Any, shards: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    report = run_batch([str(p) for p in shards], out, Settings(), client=client)
    assert report.ok and report.count("done") == 3
    return out


def batch_events(out: Path) -> list[dict[str, Any]]:
    rows = pq.read_table(out / "events").to_pylist()  # hive: adds the event_date column
    return sorted((event_from_flat(r).to_dict() for r in rows), key=lambda e: e["event_id"])


@pytest.mark.slow
def test_batch_events_equal_parley_code(first_run: Path, shards: list[Path], client: Any) -> None:
    coded = runner.invoke(app, ["code", "--format", "jsonl", *map(str, shards)])
    assert coded.exit_code == 0, coded.output
    expected = sorted(
        (json.loads(x) for x in coded.stdout.splitlines()), key=lambda e: e["event_id"]
    )
    assert len(expected) >= 16
    assert batch_events(first_run) == expected
    report = json.loads((first_run / REPORT_NAME).read_text())
    assert report["shards"] == {"total": 3, "done": 3, "skipped": 0, "failed": 0}
    assert (report["articles"], report["events"]) == (16, len(expected))


@pytest.mark.slow
def test_batch_events_partitioned_by_date(first_run: Path) -> None:
    folders = {p.name for p in (first_run / "events").iterdir()}
    assert "event_date=unknown" in folders and len(folders) >= 3
    for folder in (first_run / "events").iterdir():
        key = folder.name.split("=", 1)[1]
        for part in folder.glob("part-*.parquet"):
            dates = {
                d.isoformat() if d else "unknown"
                for d in pq.read_table(part, columns=["date"]).column("date").to_pylist()
            }
            assert dates == {key}


@pytest.mark.slow
def test_batch_pipeline_built_once_per_worker(first_run: Path, client: Any) -> None:
    def builds() -> int:
        from parley.pipeline import pipeline_for

        return pipeline_for.cache_info().misses

    per_worker = client.run(builds)
    assert len(per_worker) == 2 and set(per_worker.values()) <= {0, 1}
    workers = {
        s["worker"] for s in json.loads((first_run / REPORT_NAME).read_text())["shard_results"]
    }
    assert len(workers) <= 2


@pytest.mark.slow
def test_batch_resume_skips_finished_shards(
    first_run: Path, shards: list[Path], client: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(first_run, out)
    (out / MARKERS_DIR / f"{shard_id(shards[1])}.json").unlink()  # as if it was interrupted
    kept = out / "articles" / f"part-{shard_id(shards[0])}.parquet"
    before = kept.stat().st_mtime_ns
    report = run_batch([str(p) for p in shards], out, Settings(), client=client)
    status = {Path(s.path).name: s.status for s in report.shards}
    assert status == {
        "first.jsonl": "skipped",
        "second.jsonl.gz": "done",
        "third.parquet": "skipped",
    }
    assert (report.articles, report.ok) == (4, True)
    assert kept.stat().st_mtime_ns == before
    assert batch_events(out) == batch_events(first_run)
    again = run_batch([str(p) for p in shards], out, Settings(), client=client)
    assert again.count("skipped") == 3 and again.cluster.startswith("none")


@pytest.mark.slow
def test_batch_bad_shards_and_articles_reported_rest_done(
    client: Any, shards: list[Path], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not really parquet " * 20)
    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_text(json.dumps(record(1)) + "\n")
    bad_line = tmp_path / "mixed.jsonl"
    bad_line.write_text(json.dumps(record(20)) + "\n{not json\n" + json.dumps(record(21)) + "\n")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "batch",
            str(shards[0]),
            str(broken),
            str(not_gzip),
            str(bad_line),
            str(tmp_path / "gone"),
            "--out",
            str(out),
            "--scheduler",
            client.scheduler.address,
        ],
    )
    assert result.exit_code == 1
    report = json.loads((out / REPORT_NAME).read_text())
    assert report["shards"] == {"total": 5, "done": 2, "skipped": 0, "failed": 3}
    reasons = {Path(f["source"]).name: f["reason"] for f in report["failures"]}
    assert reasons["broken.parquet"].startswith("not a readable Parquet file")
    assert "not gzip-compressed" in reasons["plain.jsonl.gz"]
    assert reasons["mixed.jsonl:2"].startswith("line 2: invalid JSON")
    assert reasons["gone"] == "no such file or directory"
    assert report["articles"] == 6 + 2
    assert "broken.parquet: not a readable Parquet file" in result.stderr
    markers = {p.stem for p in (out / MARKERS_DIR).iterdir()}
    assert markers == {shard_id(shards[0]), shard_id(bad_line)}
    assert not list(out.rglob(f"*{shard_id(broken)}*"))


@pytest.mark.slow
def test_batch_load_then_query_store(first_run: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    db = str(tmp_path / "loaded.db")
    result = runner.invoke(app, ["load", str(first_run), "--db", db])
    assert result.exit_code == 0, result.output
    assert "16 stored" in result.stdout
    with connect(db) as store:
        assert store.count_articles() == 16
        assert store.count_events() == len(batch_events(first_run))
        stored = store.get_article("b03")
        fresh = next(pipeline.code([Article.from_dict({**record(3), "id": "b03"})]))
        assert stored is not None and stored.sentences == fresh.sentences  # type: ignore[union-attr]
        assert stored.events == tuple(sorted(fresh.events, key=lambda e: e.span))  # type: ignore[union-attr]
        assert stored.article.outlet == "Test Wire" and stored.article.origin.endswith(":4")
    again = runner.invoke(app, ["load", str(first_run), "--db", db])
    assert again.exit_code == 0 and "0 stored" in again.stdout and "16 already" in again.stdout


@pytest.mark.slow
def test_batch_load_into_postgres(first_run: Path, postgres_url: str) -> None:
    with connect(postgres_url) as store:
        report = load_output(first_run, store)
        assert (report.articles_stored, report.shards, report.failures) == (16, 3, [])
        assert store.count_events() == report.events == len(batch_events(first_run))
        assert load_output(first_run, store).already_stored == 16


def test_batch_find_shards_names_what_it_skips(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "part-0.jsonl").write_text("{}\n")
    (tmp_path / "a" / "notes.txt").write_text("not a shard")
    (tmp_path / "empty").mkdir()
    found, problems = find_shards(
        [
            str(tmp_path / "a"),
            str(tmp_path / "b"),
            str(tmp_path / "a" / "part-0.jsonl"),
            str(tmp_path / "a" / "notes.txt"),
            str(tmp_path / "empty"),
        ]
    )
    assert found == [tmp_path / "a" / "part-0.jsonl", tmp_path / "b" / "part-0.jsonl"]
    ids = [shard_id(p) for p in found]
    assert ids[0] != ids[1] and all(i.startswith("part-0-") for i in ids)
    assert [p.reason.split(":")[0] for p in problems] == [
        "not a shard",
        "no shards found in this directory (.jsonl, .jsonl.gz, .parquet)",
    ]


def test_batch_cli_usage_errors(tmp_path: Path) -> None:
    both = runner.invoke(
        app,
        [
            "batch",
            str(tmp_path),
            "--out",
            str(tmp_path / "o"),
            "--scheduler",
            "tcp://127.0.0.1:1",
            "--workers",
            "2",
        ],
    )
    assert both.exit_code == 2 and "not both" in both.stderr
    empty = runner.invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert empty.exit_code == 2 and "no finished shards here" in empty.stderr


def test_batch_unreachable_scheduler_is_a_clear_error(
    shards: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("parley.batch.SCHEDULER_TIMEOUT", "1s")
    args = ["batch", str(shards[0]), "--out", str(tmp_path / "o"), "--scheduler"]
    result = runner.invoke(app, [*args, "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr


@pytest.mark.slow
def test_batch_changed_shard_is_coded_again(
    client: Any, shards: list[Path], tmp_path: Path
) -> None:
    shard = tmp_path / "grows.jsonl"
    shutil.copy(shards[0], shard)
    out = tmp_path / "out"
    assert run_batch([str(shard)], out, Settings(), client=client).articles == 6
    with shard.open("a") as fh:
        fh.write(json.dumps(record(30)) + "\n")
    again = run_batch([str(shard)], out, Settings(), client=client)
    assert [(s.status, s.articles) for s in again.shards] == [("done", 7)]
    with connect(str(tmp_path / "x.db")) as store:
        assert load_output(out, store).articles_stored == 7
