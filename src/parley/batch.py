"""Archive-scale coding on a Dask cluster: JSONL/Parquet shards in, Parquet out.

    run_batch(["shards/"], "run1", settings)                          # a local cluster
    run_batch(["shards/"], "run1", settings, scheduler="tcp://host:8786")
    load_output("run1", store)                                        # then into a store

A shard is one ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file of articles (the
JSONL keys; a directory stands for the shards under it) and one Dask task.
Each worker process builds the pipeline (spaCy, dictionaries, lexicon,
gazetteer) once, on its first shard (:func:`parley.pipeline.pipeline_for`),
and codes shard after shard with it. What a shard leaves in ``OUT``::

    events/event_date=2024-02-28/part-<shard>.parquet  its events of that date (export schema)
    events/event_date=unknown/part-<shard>.parquet     its events without a date
    articles/part-<shard>.parquet                      its articles with their sentences
    shards/<shard>.json                                done-marker: counts, failures, files

Files are written under a hidden temporary name and renamed; the marker comes
last. On a rerun a shard whose marker and files exist (and whose input has
not changed) is skipped, so an interrupted run resumes. A bad article is a
failure recorded in its shard; a shard that cannot be read is a failed shard
without a marker (a rerun tries it again). ``OUT/report.json`` is the run
report. The partition key is ``event_date`` because the files have a
``date`` column already: ``pandas.read_parquet("OUT/events")`` reads a whole
run, with the partition as an extra column.

Exact duplicates are coded once per shard; across shards :func:`load_output`
stores each article once (it skips ids already stored).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

from parley.errors import ConfigError, IngestError
from parley.models import Article, CodedArticle, Event, Failure, Notice, Sentence
from parley.settings import Settings
from parley.store.base import Store

log = logging.getLogger(__name__)

#: File name endings read as shards.
SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
EVENTS_DIR = "events"
ARTICLES_DIR = "articles"
MARKERS_DIR = "shards"
REPORT_NAME = "report.json"
#: Hive partition key of the event files, and its value for undated events.
PARTITION = "event_date"
UNKNOWN_DATE = "unknown"
#: Articles per row group of an articles file.
ARTICLE_ROWS = 500
#: How long to keep trying to reach a Dask scheduler.
SCHEDULER_TIMEOUT = "30s"


# -- results ---------------------------------------------------------------------


@dataclass(slots=True)
class ShardResult:
    """What happened to one shard: ``done``, ``skipped`` (done before) or ``failed``.

    ``failures`` are bad articles of a done shard, or the reason a shard
    failed; ``files`` are its outputs relative to the output directory.
    """

    path: str
    shard_id: str
    status: str = "done"
    articles: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0
    worker: str | None = None
    input: dict[str, int] = field(default_factory=dict)  # size and mtime_ns when coded

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "shard_id": self.shard_id,
            "status": self.status,
            "articles": self.articles,
            "events": self.events,
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
            "notices": [{"source": n.source, "message": n.message} for n in self.notices],
            "files": list(self.files),
            "seconds": round(self.seconds, 3),
            "worker": self.worker,
            "input": dict(self.input),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShardResult:
        return cls(
            path=data["path"],
            shard_id=data["shard_id"],
            status=data.get("status", "done"),
            articles=int(data.get("articles", 0)),
            events=int(data.get("events", 0)),
            failures=[Failure(f["source"], f["reason"]) for f in data.get("failures", [])],
            notices=[Notice(n["source"], n["message"]) for n in data.get("notices", [])],
            files=list(data.get("files", [])),
            seconds=float(data.get("seconds", 0.0)),
            worker=data.get("worker"),
            input=dict(data.get("input", {})),
        )


@dataclass(slots=True)
class BatchReport:
    """A whole run: every shard's result, where it ran and how long it took."""

    out: str
    cluster: str = "none (nothing to code)"
    shards: list[ShardResult] = field(default_factory=list)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for s in self.shards if s.status == status)

    def _coded(self) -> list[ShardResult]:
        return [s for s in self.shards if s.status == "done"]

    @property
    def articles(self) -> int:
        """Articles coded by this run (skipped shards not counted)."""
        return sum(s.articles for s in self._coded())

    @property
    def events(self) -> int:
        """Events coded by this run (skipped shards not counted)."""
        return sum(s.events for s in self._coded())

    @property
    def failures(self) -> list[Failure]:
        """Failed shards' reasons and bad articles of the shards coded by this run."""
        return [f for s in self.shards if s.status != "skipped" for f in s.failures]

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        finished = self.started.timestamp() + self.seconds
        return {
            "out": self.out,
            "cluster": self.cluster,
            "started": self.started.isoformat(timespec="seconds"),
            "finished": datetime.fromtimestamp(finished, UTC).isoformat(timespec="seconds"),
            "seconds": round(self.seconds, 3),
            "shards": {
                "total": len(self.shards),
                **{k: self.count(k) for k in ("done", "skipped", "failed")},
            },
            "articles": self.articles,
            "events": self.events,
            "articles_per_second": round(self.articles / self.seconds, 1) if self.seconds else None,
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
            "shard_results": [s.to_dict() for s in self.shards],
        }


# -- finding shards ------------------------------------------------------------


def is_shard(path: Path) -> bool:
    """Whether the file name is one ``parley batch`` reads."""
    name = path.name.lower()
    return any(name.endswith(s) and len(name) > len(s) for s in SHARD_SUFFIXES)


def shard_id(path: Path) -> str:
    """A stable, file-system-safe id: the file's stem and a hash of its absolute path."""
    name = path.name
    for suffix in SHARD_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:60] or "shard"
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"


def find_shards(inputs: Iterable[str]) -> tuple[list[Path], list[Failure]]:
    """The shard files named by ``inputs`` (files or directories), each once, in order."""
    from parley.ingest import walk

    found: dict[Path, None] = {}
    problems: list[Failure] = []
    for spec in inputs:
        path = Path(spec)
        if path.is_dir():
            files = [p for p in walk(path) if isinstance(p, Path) and is_shard(p)]
            if not files:
                kinds = ", ".join(SHARD_SUFFIXES)
                problems.append(Failure(spec, f"no shards found in this directory ({kinds})"))
            found.update(dict.fromkeys(p.resolve() for p in files))
        elif path.is_file():
            if is_shard(path):
                found[path.resolve()] = None
            else:
                problems.append(
                    Failure(spec, "not a shard: parley batch reads .jsonl, .jsonl.gz and .parquet")
                )
        else:
            problems.append(Failure(spec, "no such file or directory"))
    return list(found), problems


def _input_stamp(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def finished(out: Path, path: Path) -> ShardResult | None:
    """The marker of a shard done before (outputs present, input unchanged), else None."""
    marker = out / MARKERS_DIR / f"{shard_id(path)}.json"
    try:
        result = ShardResult.from_dict(json.loads(marker.read_text(encoding="utf-8")))
        same_input = result.input == _input_stamp(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not same_input or not all((out / f).is_file() for f in result.files):
        return None
    return replace(result, status="skipped")


# -- coding one shard (on a worker) -----------------------------------------------


def article_schema() -> Any:
    """Arrow schema of the articles files: the article fields and its sentences."""
    import pyarrow as pa

    sentence = pa.struct(
        [
            ("index", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("opinion", pa.bool_()),
        ]
    )
    fields = [(name, pa.string()) for name in ("id", "title")]
    fields += [("date", pa.date32())]
    fields += [(name, pa.string()) for name in ("url", "outlet", "origin", "text")]
    return pa.schema([*fields, ("sentences", pa.list_(sentence))])


def _article_row(coded: CodedArticle) -> dict[str, Any]:
    row = coded.article.to_dict()
    row["date"] = coded.article.date  # a date32 column, not ISO text
    row["sentences"] = [s.to_dict() for s in coded.sentences]
    return row


def _coded_from_row(row: dict[str, Any], events: list[Event]) -> CodedArticle:
    sentences = tuple(Sentence.from_dict(s) for s in row.get("sentences") or ())
    return CodedArticle(Article.from_dict(row), sentences, tuple(events))


class _ShardWriter:
    """Writes one shard's files under temporary names; ``commit`` renames them into place.

    Articles are streamed out in row groups; events are kept (they are small)
    and written per date at commit.
    """

    def __init__(self, out: Path, sid: str) -> None:
        import pyarrow.parquet as pq

        self.out, self.sid = out, sid
        self.name = f"part-{sid}.parquet"
        self._pending: list[tuple[Path, Path]] = []
        self._rows: list[dict[str, Any]] = []
        self._events: dict[str, list[Event]] = {}
        self._articles = self._temp(out / ARTICLES_DIR)
        self._writer = pq.ParquetWriter(self._articles, article_schema())

    def _temp(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / self.name
        temp = folder / f".{self.name}.tmp"
        self._pending.append((temp, final))
        return temp

    def add(self, coded: CodedArticle) -> None:
        self._rows.append(_article_row(coded))
        if len(self._rows) >= ARTICLE_ROWS:
            self._flush()
        for event in coded.events:
            key = event.date.isoformat() if event.date else UNKNOWN_DATE
            self._events.setdefault(key, []).append(event)

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=article_schema()))
            self._rows = []

    def commit(self) -> list[str]:
        """Write the events, rename every file into place; return them relative to OUT."""
        from parley.export import write_parquet

        self._flush()
        self._writer.close()
        for key, events in sorted(self._events.items()):
            write_parquet(events, self._temp(self.out / EVENTS_DIR / f"{PARTITION}={key}"))
        for temp, final in self._pending:
            os.replace(temp, final)
        return [str(final.relative_to(self.out)) for _, final in self._pending]

    def abort(self) -> None:
        self._writer.close()
        for temp, _ in self._pending:
            temp.unlink(missing_ok=True)


def _remove_outputs(out: Path, sid: str) -> None:
    """Remove what an earlier attempt at this shard left behind (marker first)."""
    (out / MARKERS_DIR / f"{sid}.json").unlink(missing_ok=True)
    name = f"part-{sid}.parquet"
    for pattern in (name, f".{name}.tmp"):
        for stale in (out / EVENTS_DIR).glob(f"{PARTITION}=*/{pattern}"):
            stale.unlink(missing_ok=True)
        (out / ARTICLES_DIR / pattern).unlink(missing_ok=True)


def _articles(path: Path, settings: Settings, result: ShardResult) -> Iterator[Article]:
    """The shard's articles, each id once; problems go into ``result``."""
    from parley.ingest import read_path

    seen: set[str] = set()
    for item in read_path(path, settings):
        if isinstance(item, Failure):
            result.failures.append(item)
            if item.source == str(path):  # the file, not one of its articles
                result.status = "failed"
        elif isinstance(item, Notice):
            result.notices.append(item)
        elif item.id not in seen:
            seen.add(item.id)
            yield item


def _code_into(result: ShardResult, path: Path, out: Path, settings: Settings) -> None:
    from parley.pipeline import pipeline_for

    _remove_outputs(out, result.shard_id)
    result.input = _input_stamp(path)
    pipeline = pipeline_for(replace(settings, n_process=1))  # built once per worker process
    writer = _ShardWriter(out, result.shard_id)
    try:
        for item in pipeline.code(_articles(path, settings, result)):
            if isinstance(item, Failure):
                result.failures.append(item)
            else:
                writer.add(item)
                result.articles += 1
                result.events += len(item.events)
        if result.status == "failed":
            writer.abort()
            return
        result.files = writer.commit()
    except BaseException:
        writer.abort()
        raise
    _write_json(out / MARKERS_DIR / f"{result.shard_id}.json", result.to_dict())


def code_shard(path: str, sid: str, out: str, settings: Settings) -> ShardResult:
    """Code one shard and write its outputs; runs on a Dask worker and never raises.

    Any error (a bug, a full disk) fails this shard only, with its reason.
    """
    started = time.perf_counter()
    result = ShardResult(path, sid, worker=f"{socket.gethostname()}:{os.getpid()}")
    try:
        _code_into(result, Path(path), Path(out), settings)
    except Exception as exc:
        log.exception("shard %s failed", path)
        result.status = "failed"
        result.failures.append(Failure(path, f"shard failed: {type(exc).__name__}: {exc}"))
    result.seconds = time.perf_counter() - started
    return result


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write JSON atomically (a reader sees the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temp, path)


# -- running a batch ----------------------------------------------------------------


@contextmanager
def open_client(scheduler: str | None = None, workers: int = 0) -> Iterator[tuple[Any, str]]:
    """A Dask client: on ``scheduler``, else on a new local cluster of ``workers`` processes.

    Yields ``(client, description)``. Raises :class:`ConfigError` if the
    scheduler cannot be reached.
    """
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker tcp://HOST:8786`"
            ) from exc
        with client:
            yield client, f"scheduler {scheduler}"
        return
    n = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client, f"local cluster ({n} worker processes)"


def _submit_all(
    client: Any, shards: list[Path], out: Path, settings: Settings
) -> Iterator[ShardResult]:
    """Submit one task per shard (largest first) and yield results as they finish."""
    from dask.distributed import as_completed

    shards = sorted(shards, key=lambda p: p.stat().st_size, reverse=True)
    futures, index = [], {}
    for path in shards:
        sid = shard_id(path)
        key = f"parley-shard-{sid}-{uuid4().hex[:8]}"
        futures.append(client.submit(code_shard, str(path), sid, str(out), settings, key=key))
        index[key] = (path, sid)
    for future in as_completed(futures):
        path, sid = index[future.key]
        try:
            result = future.result()
        except Exception as exc:  # the worker died or the scheduler went away
            reason = f"shard lost: {type(exc).__name__}: {exc}"
            result = ShardResult(str(path), sid, status="failed")
            result.failures.append(Failure(str(path), reason))
        future.release()
        yield result


def run_batch(
    inputs: Iterable[str],
    out: str | os.PathLike[str],
    settings: Settings,
    *,
    client: Any = None,
    on_result: Callable[[ShardResult, int], None] | None = None,
) -> BatchReport:
    """Code every shard not done before into ``out``; write and return the run report.

    The cluster is ``client`` if given, else ``settings.dask_scheduler``, else
    a local cluster of ``settings.dask_workers`` processes (started only when
    there is something to code). ``on_result(result, n_shards)`` is called as
    each shard finishes or is skipped.
    """
    out_dir = Path(out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report = BatchReport(out=str(out_dir))
    shards, problems = find_shards(inputs)
    total = len(shards) + len(problems)

    def record(result: ShardResult) -> None:
        report.shards.append(result)
        if on_result is not None:
            on_result(result, total)

    for problem in problems:
        record(ShardResult(problem.source, "", status="failed", failures=[problem]))
    pending = []
    for path in shards:
        done = finished(out_dir, path)
        if done is None:
            pending.append(path)
        else:
            record(done)
    if pending:
        with _cluster(client, settings) as (dask_client, label):
            report.cluster = label
            for result in _submit_all(dask_client, pending, out_dir, settings):
                record(result)
    report.seconds = time.perf_counter() - started
    _write_json(out_dir / REPORT_NAME, report.to_dict())
    return report


@contextmanager
def _cluster(client: Any, settings: Settings) -> Iterator[tuple[Any, str]]:
    if client is not None:
        yield client, f"scheduler {client.scheduler.address}"
        return
    with open_client(settings.dask_scheduler or None, settings.dask_workers) as opened:
        yield opened


# -- loading the output into a store ---------------------------------------------------


@dataclass(slots=True)
class LoadReport:
    """What :func:`load_output` did."""

    shards: int = 0
    articles_read: int = 0
    articles_stored: int = 0
    already_stored: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


def load_output(
    out: str | os.PathLike[str],
    store: Store,
    *,
    on_shard: Callable[[LoadReport, int], None] | None = None,
) -> LoadReport:
    """Store the articles, sentences and events of every finished shard in ``out``.

    Idempotent: articles already in the store are skipped. A shard whose files
    cannot be read is a failure; the others are loaded. Raises
    :class:`IngestError` if ``out`` holds no finished shard.
    """
    markers = sorted((Path(out) / MARKERS_DIR).glob("*.json"))
    if not markers:
        raise IngestError(
            str(out), "no finished shards here (no shards/*.json); run `parley batch ... --out DIR`"
        )
    report = LoadReport()
    for marker in markers:
        try:
            _load_shard(Path(out), marker, store, report)
        except (OSError, ValueError, KeyError) as exc:  # pyarrow errors are ValueErrors/OSErrors
            report.failures.append(Failure(str(marker), f"cannot load this shard: {exc}"))
        report.shards += 1
        if on_shard is not None:
            on_shard(report, len(markers))
    return report


def _load_shard(out: Path, marker: Path, store: Store, report: LoadReport) -> None:
    import pyarrow.parquet as pq

    from parley.export import event_from_flat

    result = ShardResult.from_dict(json.loads(marker.read_text(encoding="utf-8")))
    by_article: dict[str, list[Event]] = {}
    article_files = []
    for name in result.files:
        if name.startswith(f"{EVENTS_DIR}/"):
            for row in pq.read_table(out / name).to_pylist():
                event = event_from_flat(row)
                by_article.setdefault(event.article_id, []).append(event)
        else:
            article_files.append(out / name)
    for path in article_files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=ARTICLE_ROWS):
            _store_rows(batch.to_pylist(), by_article, store, report)


def _store_rows(
    rows: list[dict[str, Any]], by_article: dict[str, list[Event]], store: Store, report: LoadReport
) -> None:
    known = store.known_ids(row["id"] for row in rows)
    for row in rows:
        report.articles_read += 1
        if row["id"] in known:
            report.already_stored += 1
            continue
        coded = _coded_from_row(row, by_article.get(row["id"], []))
        if store.save(coded):
            report.articles_stored += 1
            report.events += len(coded.events)
        else:
            report.already_stored += 1
