"""End to end through the command line (Typer's runner, real pipeline and SQLite)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from parley.cli import app

runner = CliRunner()

TWO_ARTICLES = (
    '{"id": "a1", "date": "2024-03-01", "outlet": "Test Wire", "text": '
    '"Armenian forces detained an Azerbaijani soldier on Tuesday."}\n'
    '{"id": "a2", "date": "2024-05-12", "text": "The foreign ministers of Armenia and '
    'Azerbaijan held talks in Almaty on May 10-11."}\n'
)


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "250"})


@pytest.fixture()
def corpus(tmp_path: Path, pipeline: object) -> Path:
    path = tmp_path / "two.jsonl"
    path.write_text(TWO_ARTICLES)
    return path


def test_cli_code_text_prints_table(pipeline):
    result = run(
        "code",
        "--text",
        "Armenian forces detained an Azerbaijani soldier on Tuesday.",
        "--date",
        "2024-03-01",
    )
    assert result.exit_code == 0, result.output
    assert "COERCE" in result.stdout and "2024-02-27" in result.stdout


def test_cli_code_jsonl_follows_event_contract(corpus):
    result = run("code", "--format", "jsonl", str(corpus))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    keys = {
        "event_id",
        "article_id",
        "sentence",
        "sentence_index",
        "span",
        "type",
        "mode",
        "contexts",
        "source",
        "target",
        "date",
        "date_end",
        "location",
        "certainty",
        "attributed_to",
        "negated",
        "intensity",
    }
    assert rows and all(keys <= set(r) for r in rows)
    talks = [r for r in rows if r["type"] == "CONSULT"]
    assert talks[0]["date"] == "2024-05-10" and talks[0]["date_end"] == "2024-05-11"
    assert talks[0]["location"]["name"] == "Almaty"


def test_cli_code_reads_stdin(pipeline):
    result = run(
        "code",
        "-",
        "--date",
        "2024-03-01",
        "--format",
        "jsonl",
        stdin="Serbian police detained three Kosovo police officers on Wednesday.\n",
    )
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["type"] == "COERCE" and row["date"] == "2024-02-28"


def test_cli_code_needs_input():
    result = run("code")
    assert result.exit_code == 2
    assert "--text" in result.output


def test_cli_ingest_is_idempotent_and_queryable(corpus, tmp_path):
    db = str(tmp_path / "p.db")
    first = run("ingest", str(corpus), "--db", db)
    assert first.exit_code == 0, first.output
    assert "2 stored" in first.stdout
    again = run("ingest", str(corpus), "--db", db)
    assert again.exit_code == 0
    assert "0 stored" in again.stdout and "2 already stored" in again.stdout
    result = run(
        "events",
        "--db",
        db,
        "--type",
        "CONSULT",
        "--country",
        "ARM",
        "--since",
        "2024-01-01",
        "--format",
        "jsonl",
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["type"] == "CONSULT"
    out = run("events", "--db", db, "--format", "csv", "--type", "COERCE")
    parsed = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(parsed) == 1 and parsed[0]["source_country"] == "ARM"


def test_cli_db_from_environment(corpus, tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("PARLEY_DB", str(db))
    assert run("ingest", str(corpus)).exit_code == 0
    assert db.exists()
    listed = run("articles")
    assert "a1" in listed.stdout and "a2" in listed.stdout


def test_cli_article_shows_sentences_and_events(corpus, tmp_path):
    db = str(tmp_path / "p.db")
    run("ingest", str(corpus), "--db", db)
    shown = run("article", "a1", "--db", db)
    assert shown.exit_code == 0
    assert "detained" in shown.stdout and "COERCE" in shown.stdout
    as_json = json.loads(run("article", "a1", "--db", db, "--format", "json").stdout)
    assert as_json["events"][0]["type"] == "COERCE"
    missing = run("article", "nope", "--db", db)
    assert missing.exit_code == 1 and "nope" in missing.output


def test_cli_export_formats(corpus, tmp_path):
    db = str(tmp_path / "p.db")
    run("ingest", str(corpus), "--db", db)
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        result = run("export", "--format", fmt, "--db", db, str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 2
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert {json.loads(x)["type"] for x in lines} == {"COERCE", "CONSULT"}
    bad = run("export", "--format", "xml", "--db", db, str(tmp_path / "x"))
    assert bad.exit_code == 2 and "xml" in bad.output


def test_cli_rejects_bad_filters(tmp_path):
    db = str(tmp_path / "p.db")
    assert run("events", "--db", db, "--type", "FIGHT").exit_code == 2
    result = run("events", "--db", db, "--since", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_cli_bad_store_location_is_a_clear_error(tmp_path, corpus):
    result = run("ingest", str(corpus), "--db", str(tmp_path / "missing" / "p.db"))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_cli_summary_after_demo_corpus(tmp_path, pipeline):
    db = str(tmp_path / "demo.db")
    result = run("ingest", str(EXAMPLES / "corpus"), "--db", db)
    assert result.exit_code == 0, result.output
    summary = run("summary", "--db", db)
    assert "Events by type" in summary.stdout and "Top dyads" in summary.stdout
    assert "CONSULT" in summary.stdout and "ARM" in summary.stdout


# -- acceptance 4: bad input -------------------------------------------------------------------


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "inputs"
    d.mkdir()
    files = {
        "empty": d / "empty.txt",
        "binary": d / "image.txt",
        "latin1": d / "latin1.txt",
        "jsonl": d / "mixed.jsonl",
        "huge": d / "huge.txt",
        "nohtml": d / "empty.html",
        "good": d / "good.txt",
    }
    files["empty"].write_text("")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    files["latin1"].write_bytes(
        "Le ministre fran\xe7ais a rencontr\xe9 son homologue. French troops withdrew "
        "from Mali on Monday.".encode("latin-1")
    )
    files["jsonl"].write_text(
        '{"id": "ok1", "date": "2024-03-01", "text": "Israeli troops shelled a village in '
        'southern Lebanon on Sunday."}\n{"id": "broken", "text": \n'
        '{"id": "ok2", "text": "Kyrgyz and Tajik officials signed a border treaty."}\n'
    )
    with files["huge"].open("w") as fh:
        line = "Armenian forces detained an Azerbaijani soldier. " * 20 + "\n"
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(line)
    files["nohtml"].write_text(
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>"
    )
    files["good"].write_text("Serbian police detained three Kosovo police officers.\n")
    return files


def test_cli_bad_inputs_are_named_and_batch_goes_on(bad_inputs, tmp_path, pipeline):
    db = str(tmp_path / "bad.db")
    result = run("ingest", *(str(p) for p in bad_inputs.values()), "--db", db)
    assert result.exit_code == 1
    err = result.stderr
    assert f"{bad_inputs['empty']}: " in err and "empty" in err
    assert f"{bad_inputs['binary']}: " in err and "binary" in err
    assert f"{bad_inputs['jsonl']}:2" in err and "JSON" in err
    assert f"{bad_inputs['huge']}: " in err and "too large" in err
    assert f"{bad_inputs['nohtml']}: " in err and "no article text" in err
    assert f"{bad_inputs['latin1']}: " in err and "Windows-1252" in err
    for line in err.strip().splitlines():  # one line per problem
        assert line.startswith(("failed:", "note:"))
    ids = {row for row in run("articles", "--db", db).stdout.split() if row in ("ok1", "ok2")}
    assert ids == {"ok1", "ok2"}
    stored = run("events", "--db", db, "--format", "jsonl", "--limit", "0").stdout
    assert "French troops" in stored and "Serbian police" in stored
    first_count = len(stored.splitlines())
    again = run("ingest", *(str(p) for p in bad_inputs.values()), "--db", db)
    assert again.exit_code == 1
    assert "0 stored" in again.stdout
    restored = run("events", "--db", db, "--format", "jsonl", "--limit", "0").stdout
    assert len(restored.splitlines()) == first_count


@pytest.mark.slow
def test_cli_entry_point_runs_as_a_process(tmp_path):
    """The installed console script and python -m parley both work."""
    exe = Path(sys.executable).parent / "parley"
    result = subprocess.run(
        [str(exe), "code", "--format", "jsonl", str(EXAMPLES / "berlin_talks.txt")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert any(json.loads(x)["type"] == "COOPERATE" for x in result.stdout.splitlines())
    version = subprocess.run(
        [sys.executable, "-m", "parley", "--version"], capture_output=True, text=True, timeout=120
    )
    assert version.returncode == 0 and "parley" in version.stdout


def _wire(path: Path, numbers: range) -> Path:
    """A JSONL file with one short article per number (ids ``w<n>``)."""
    rows = [
        json.dumps(
            {
                "id": f"w{n}",
                "date": "2024-03-01",
                "text": f"Armenian forces detained {n} Azerbaijani soldiers near the border on "
                "Tuesday. The foreign ministers of Armenia and Azerbaijan held talks in "
                "Berlin.",
            }
        )
        for n in numbers
    ]
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.slow
def test_cli_concurrent_ingest_on_postgres_stores_each_article_once(tmp_path, postgres_url):
    """Two `parley ingest` processes on overlapping inputs, at the same time, on a
    database neither has created the schema in yet: both succeed, and every
    article (and its events) is stored exactly once."""
    first = _wire(tmp_path / "first.jsonl", range(40))
    second = _wire(tmp_path / "second.jsonl", range(79, 19, -1))  # overlaps 20..39
    exe = Path(sys.executable).parent / "parley"
    procs = [
        subprocess.Popen(
            [str(exe), "ingest", str(path), "--db", postgres_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (first, second)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "0 failed" in out
    from parley.store import connect

    with connect(postgres_url) as store:
        assert store.count_articles() == 80
        assert store.known_ids(f"w{n}" for n in range(80)) == {f"w{n}" for n in range(80)}
        per_article = {a.id: a.n_events for a in store.articles(limit=None)}
        assert set(per_article.values()) == {per_article["w0"]} and per_article["w0"] >= 2
        assert store.count_events() == 80 * per_article["w0"]
    stored = [int(out.split(" stored")[0].split(", ")[-1]) for out, _ in outputs]
    assert sum(stored) == 80  # the overlap was stored by one process or the other, not both
