"""The command line: parse arguments, call one library function, print.

Every command that touches the store takes ``--db`` (a SQLite path or a
database URL; default: the ``PARLEY_DB`` environment variable, else
``./parley.db``). Errors are printed as one line naming the input and the
reason; the exit code is 1 when any input failed, 2 for usage/config errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from parley import __version__
from parley.errors import ParleyError
from parley.models import EVENT_TYPES, CodedArticle, Event, EventQuery, Failure, Notice
from parley.settings import Settings, load_settings

app = typer.Typer(
    name="parley",
    help="Code news about conflicts and peace talks into sourced PLOVER events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


class _Consoles:
    """Consoles made when first printed to, so COLUMNS and redirection are seen then."""

    @property
    def out(self) -> Console:
        return Console(soft_wrap=True)

    @property
    def err(self) -> Console:
        return Console(stderr=True, soft_wrap=True)


_c = _Consoles()

DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL (default: $PARLEY_DB or parley.db)."),
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that have none."),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
ModeOpt = Annotated[str | None, typer.Option("--mode", help="PLOVER mode, e.g. arrest.")]
CountryOpt = Annotated[
    str | None, typer.Option("--country", help="ISO alpha-3 code of either actor, e.g. ARM.")
]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Text in either actor's name.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")]
CertOpt = Annotated[
    str | None, typer.Option("--certainty", help="asserted, reported, claimed, alleged, ...")
]
TextOpt = Annotated[str | None, typer.Option("--text-contains", help="Text in the sentence.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    _c.err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


@contextmanager
def _user_errors() -> Iterator[None]:
    """A ParleyError (bad input, a store that cannot be reached, ...) ends the command
    with its message and exit status 2, not a traceback."""
    try:
        yield
    except ParleyError as exc:
        raise _fail(str(exc)) from exc


def _settings(db: str | None = None) -> Settings:
    with _user_errors():
        return load_settings(db=db)


def _date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise _fail(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from exc


def _query(
    type_: str | None,
    mode: str | None,
    country: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    certainty: str | None,
    text: str | None,
) -> EventQuery:
    if type_ and type_.upper() not in EVENT_TYPES:
        raise _fail(f"--type {type_!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}")
    return EventQuery(
        type=type_.upper() if type_ else None,
        mode=mode,
        country=country.upper() if country else None,
        actor=actor,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        certainty=certainty,
        text=text,
    )


def _open(settings: Settings):
    from parley.store import connect

    with _user_errors():
        return connect(settings)


def _actor(a: object) -> str:
    if a is None:
        return "-"
    code = "/".join(x for x in (a.country, a.sector) if x) or "?"  # type: ignore[attr-defined]
    return f"{a.text} [{code}]"  # type: ignore[attr-defined]


def _events_table(events: Iterable[Event], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in ("date", "type", "mode", "source", "target", "where", "certainty", "sentence"):
        table.add_column(col, overflow="fold")
    for e in events:
        when = e.date.isoformat() if e.date else "-"
        if e.date_end:
            when += f"..{e.date_end.isoformat()}"
        cert = e.certainty + (" (negated)" if e.negated else "")
        if e.attributed_to:
            cert += f" by {e.attributed_to.text}"
        table.add_row(
            when,
            e.type,
            e.mode or "",
            _actor(e.source),
            _actor(e.target),
            e.location.name if e.location else "",
            cert,
            e.sentence if len(e.sentence) < 140 else e.sentence[:137] + "...",
        )
    return table


def _print_items(fmt: str, events: Iterable[Event], title: str | None = None) -> int:
    from parley.export import write_csv, write_jsonl

    if fmt == "jsonl":
        return write_jsonl(events, sys.stdout)
    if fmt == "csv":
        return write_csv(events, sys.stdout)
    if fmt == "table":
        evs = list(events)
        _c.out.print(_events_table(evs, title))
        return len(evs)
    raise _fail(f"--format {fmt!r} is not one of table, jsonl, csv")


def _report_problem(item: Failure | Notice) -> None:
    if isinstance(item, Failure):
        _c.err.print(f"[red]failed:[/red] {item}", highlight=False)
    else:
        _c.err.print(f"[yellow]note:[/yellow] {item}", highlight=False)


@app.command()
def code(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Files, directories or - (stdin).")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="Code this text instead.")] = None,
    when: DateOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Code articles into events and print them; no database needed.

    Examples:
      parley code article.txt --date 2024-03-01
      parley code --format jsonl corpus.jsonl > events.jsonl
      parley code --text "Armenian forces detained an Azerbaijani soldier." --date 2024-03-01
      cat article.txt | parley code - --date 2024-03-01
    """
    from parley.models import Article
    from parley.pipeline import Pipeline, code_inputs

    settings = _settings()
    pub = _date(when, "--date")
    if not inputs and text is None:
        raise _fail('give files, - for stdin, or --text "..."')
    failed = False
    results: list[object] = []
    with _user_errors():
        if text is not None:
            results = list(Pipeline(settings).code([Article.from_text(text, date=pub)]))
        else:
            results = list(code_inputs(inputs or [], settings, default_date=pub, stdin=sys.stdin))
    events: list[Event] = []
    for item in results:
        if isinstance(item, CodedArticle):
            events.extend(item.events)
        else:
            failed = failed or isinstance(item, Failure)
            _report_problem(item)  # type: ignore[arg-type]
    _print_items(fmt, events)
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories, - (stdin), or feed/page URLs.")
    ],
    db: DbOpt = None,
    when: DateOpt = None,
) -> None:
    """Read, code and store articles (idempotent: stored articles are skipped).

    Examples:
      parley ingest examples/corpus
      parley ingest corpus/ feeds.jsonl page.html --db team.db
      parley ingest https://news.example/rss.xml https://news.example/2024/03/01/talks
    """
    from parley.pipeline import ingest as run_ingest

    settings = _settings(db)
    pub = _date(when, "--date")
    store = _open(settings)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=_c.err,
        transient=False,
        disable=not sys.stderr.isatty(),
    )
    with store, progress:
        task = progress.add_task("ingest", total=None, status="")

        def update(report: object) -> None:
            r = report  # RunReport
            progress.update(
                task,
                status=(
                    f"{r.articles_coded} coded, {r.events} events, "  # type: ignore[attr-defined]
                    f"{r.duplicates} duplicates, {len(r.failures)} failed"  # type: ignore[attr-defined]
                ),
            )

        with _user_errors():
            report = run_ingest(
                inputs, store, settings, default_date=pub, stdin=sys.stdin, on_progress=update
            )
    problems: list[Failure | Notice] = [*report.notices, *report.failures]
    for item in problems:
        _report_problem(item)
    _c.out.print(
        f"{report.articles_read} articles read, {report.articles_stored} stored "
        f"({report.events} events), {report.duplicates} already stored or duplicated, "
        f"{len(report.failures)} failed -> {settings.db}",
        highlight=False,
    )
    if report.failures:
        raise typer.Exit(1)


def _print_poll(poll: object) -> None:
    """One status line per feed (stderr), problems, then print-alerts as JSON (stdout)."""
    from parley.live import Poll

    assert isinstance(poll, Poll)
    for feed in poll.feeds:
        r, src = feed.report, feed.source
        if src is not None and src.status == "not modified":
            status = "not modified"
        elif src is not None and src.status == "failed":
            status = "failed"
        else:
            listed = f"{src.entries} entries, " if src is not None and src.kind == "feed" else ""
            status = (
                f"{listed}{r.duplicates} already stored, {r.articles_stored} new "
                f"({r.events} events), {len(r.failures)} failed"
            )
        _c.err.print(f"poll {poll.number}: {feed.url}: {status}", highlight=False, markup=False)
        problems: list[Failure | Notice] = [*r.notices, *r.failures]
        for item in problems:
            if not (isinstance(item, Notice) and "HTTP 304" in item.message):
                _report_problem(item)
    _print_alerts(poll.alerts, poll.alert_failures)


def _print_alerts(alerts: Iterable[object], failures: list[Failure]) -> None:
    """Print alerts as JSON lines (stdout); say which webhooks were reached (stderr)."""
    from parley.alerts import Alert

    for failure in failures:
        _report_problem(failure)
    failed = {f.source for f in failures}
    for alert in alerts:
        assert isinstance(alert, Alert)
        if alert.rule.webhook:
            if f"alert {alert.rule.name!r}" in failed:
                continue
            _c.err.print(
                f"alert {alert.rule.name!r}: {len(alert.events)} event(s) posted to its webhook",
                highlight=False,
                markup=False,
            )
        else:
            sys.stdout.write(alert.to_json() + "\n")
            sys.stdout.flush()


@app.command()
def watch(
    feeds_file: Annotated[Path, typer.Argument(help="Text file: one feed URL a line, # comments.")],
    db: DbOpt = None,
    interval: Annotated[
        str, typer.Option("--interval", help="Time between polls, e.g. 15m, 90s, 1h.")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then exit.")] = False,
    alerts_file: Annotated[
        Path | None, typer.Option("--alerts", help="Alert rules (YAML) checked after each poll.")
    ] = None,
) -> None:
    """Poll RSS/Atom feeds, code and store new articles, and fire alert rules.

    Status goes to stderr; alerts whose action is print go to stdout as JSON.
    Stop with Ctrl-C. With --once the exit code is 1 if anything failed.

    Examples:
      parley watch feeds.txt --interval 15m
      parley watch feeds.txt --once --alerts rules.yaml --db team.db
    """
    from parley.alerts import load_rules
    from parley.ingest.feeds import read_feed_list
    from parley.live import parse_interval
    from parley.live import watch as run_watch

    settings = _settings(db)
    with _user_errors():
        feeds = read_feed_list(feeds_file)
        seconds = parse_interval(interval)
        rules = load_rules(alerts_file) if alerts_file else []
    ok = True

    def show(poll: object) -> None:
        nonlocal ok
        ok = ok and bool(poll.ok)  # type: ignore[attr-defined]
        _print_poll(poll)

    with _open(settings) as store:
        try:
            run_watch(
                feeds, store, settings, interval=seconds, once=once, rules=rules, on_poll=show
            )
        except KeyboardInterrupt:
            _c.err.print("stopped", highlight=False)
        except ParleyError as exc:
            raise _fail(str(exc)) from exc
    if once and not ok:
        raise typer.Exit(1)


def _command_group(name: str, help: str) -> typer.Typer:
    """A group of subcommands (``parley alerts check``): bare ``parley alerts`` shows
    its help, in the same plain style as the main commands."""
    group = typer.Typer(help=help, no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(group, name=name)
    return group


alerts_app = _command_group("alerts", "Alert rules (YAML): evaluate them against stored events.")


@alerts_app.command("check")
def alerts_check(
    rules_file: Annotated[Path, typer.Argument(help="Alert rules (YAML).")],
    db: DbOpt = None,
    since: SinceOpt = None,
) -> None:
    """Evaluate alert rules once against the stored events (for testing rules, or cron).

    Print alerts are written to stdout as JSON lines; webhook alerts are POSTed.

    Examples:
      parley alerts check rules.yaml
      parley alerts check rules.yaml --since 2024-03-01 --db team.db
    """
    from parley.alerts import check, deliver_all, load_rules

    settings = _settings(db)
    start = _date(since, "--since")
    with _user_errors():
        rules = load_rules(rules_file)
    with _open(settings) as store, _user_errors():
        fired = check(rules, store, start)
    failures = deliver_all(fired, settings)
    _print_alerts(fired, failures)
    _c.err.print(f"{len(fired)} of {len(rules)} rule(s) fired", highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = None,
    type_: TypeOpt = None,
    mode: ModeOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    certainty: CertOpt = None,
    text: TextOpt = None,
    fmt: FormatOpt = "table",
    limit: Annotated[int, typer.Option(help="Most events to show (0: all).")] = 100,
) -> None:
    """Query stored events.

    Examples:
      parley events --type CONSULT --country ARM --since 2024-01-01
      parley events --country AZE --format csv > aze.csv
    """
    query = _query(type_, mode, country, actor, since, until, certainty, text)
    with _open(_settings(db)) as store:
        found = store.events(query, limit=limit or None)
        total = store.count_events(query)
        _print_items(fmt, found, title=f"{len(found)} of {total} events")


@app.command()
def articles(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Most articles to list.")] = 50,
) -> None:
    """List stored articles, newest first.

    Example: parley articles --limit 20
    """
    with _open(_settings(db)) as store:
        table = Table(title=f"{store.count_articles()} articles", header_style="bold")
        for col in ("id", "date", "outlet", "title", "sentences", "events"):
            table.add_column(col, overflow="fold")
        for a in store.articles(limit=limit):
            table.add_row(
                a.id,
                a.date.isoformat() if a.date else "-",
                a.outlet or "",
                a.title or "",
                str(a.n_sentences),
                str(a.n_events),
            )
        _c.out.print(table)


@app.command()
def article(
    article_id: Annotated[str, typer.Argument(help="Article id (see parley articles).")],
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Show one stored article with its sentences and events.

    Example: parley article 3f2a9c0d1b2e4f56
    """
    with _open(_settings(db)) as store:
        coded = store.get_article(article_id)
    if coded is None:
        raise _fail(f"no article with id {article_id!r} in this database", 1)
    if fmt == "json":
        data = coded.article.to_dict()
        data["sentences"] = [s.to_dict() for s in coded.sentences]
        data["events"] = [e.to_dict() for e in coded.events]
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    a = coded.article
    _c.out.print(f"[bold]{a.title or a.id}[/bold]", highlight=False)
    _c.out.print(
        f"{a.outlet or '-'} | {a.date or '-'} | {a.url or a.origin or ''}", highlight=False
    )
    by_sentence: dict[int, list[Event]] = {}
    for e in coded.events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for s in coded.sentences:
        mark = " [dim](opinion, not coded)[/dim]" if s.opinion else ""
        _c.out.print(f"\n[{s.index}] {s.text}{mark}", highlight=False, markup=False)
        for e in by_sentence.get(s.index, []):
            _c.out.print(
                f"    -> {e.type}{'/' + e.mode if e.mode else ''} "
                f"{_actor(e.source)} -> {_actor(e.target)} ({e.certainty})",
                highlight=False,
                markup=False,
            )


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="Output file, or - for stdout (jsonl/csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOpt = None,
    type_: TypeOpt = None,
    mode: ModeOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    certainty: CertOpt = None,
    text: TextOpt = None,
) -> None:
    """Export stored events as PLOVER-style JSONL, flat CSV or Parquet.

    Examples:
      parley export --format parquet events.parquet
      parley export --format csv --country ARM arm.csv
    """
    from parley.export import export as run_export

    query = _query(type_, mode, country, actor, since, until, certainty, text)
    target: object = sys.stdout if str(output) == "-" else output
    if target is sys.stdout and fmt == "parquet":
        raise _fail("parquet needs a file name, not -")
    with _open(_settings(db)) as store, _user_errors():
        n = run_export(store.iter_events(query), fmt, target)
    if target is not sys.stdout:
        _c.out.print(f"{n} events written to {output}", highlight=False)


@app.command()
def summary(db: DbOpt = None) -> None:
    """Summarise the store: articles, events by type, top dyads.

    Example: parley summary --db parley.db
    """
    with _open(_settings(db)) as store:
        s = store.summary()
    span = f"{s.first_date} .. {s.last_date}" if s.first_date else "no dates"
    _c.out.print(
        f"[bold]{s.n_articles}[/bold] articles ({span}), {s.n_sentences} sentences, "
        f"[bold]{s.n_events}[/bold] events",
        highlight=False,
    )
    types = Table(title="Events by type", header_style="bold")
    types.add_column("type")
    types.add_column("events", justify="right")
    for t, n in sorted(s.events_by_type.items(), key=lambda kv: -kv[1]):
        types.add_row(t, str(n))
    dyads = Table(title="Top dyads (source -> target country)", header_style="bold")
    dyads.add_column("source")
    dyads.add_column("target")
    dyads.add_column("events", justify="right")
    for src, tgt, n in s.top_dyads:
        dyads.add_row(src, tgt, str(n))
    _c.out.print(types)
    _c.out.print(dyads)


def _gold_text(g: object) -> str:
    types = "|".join(g.types)  # type: ignore[attr-defined]
    tgt = g.target if g.target_given else "-"  # type: ignore[attr-defined]
    return f"{types} {g.source or '?'} -> {tgt}"  # type: ignore[attr-defined]


def _pred_text(e: Event) -> str:
    flags = "".join(
        [" negated" if e.negated else "", f" {e.certainty}" if e.certainty != "asserted" else ""]
    )
    return (
        f"{e.type}{'/' + e.mode if e.mode else ''} {_actor(e.source)} -> {_actor(e.target)}{flags}"
    )


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (format in DESIGN.md).")],
    mode: Annotated[
        str,
        typer.Option(help="f1 (all events annotated) or recall (one annotated event per record)."),
    ] = "f1",
    show_errors: Annotated[int, typer.Option("--show-errors", help="Print N wrong records.")] = 0,
    by: Annotated[str, typer.Option(help="Break scores down by type or sector.")] = "type",
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the numbers here.")] = None,
) -> None:
    """Score the coder on gold data: precision, recall, F1, confusions.

    Examples:
      parley eval eval/dev.gold.jsonl --show-errors 20
      parley eval ../shared/benchmarks/plover_gsr.gold.jsonl --mode recall --json gsr.json
    """
    from parley.evaluate import errors, evaluate
    from parley.pipeline import Pipeline

    settings = _settings()
    with _user_errors():
        scores, outcomes = evaluate(gold, Pipeline(settings), mode=mode, by=by)
    if mode == "recall":
        _c.out.print(
            f"[bold]{gold}[/bold]: {scores['records']} records, recall "
            f"{scores['recall']:.3f}, type-only recall {scores['type_recall']:.3f}",
            highlight=False,
        )
        table = Table(header_style="bold")
        for col in ("type", "n", "recall", "type recall"):
            table.add_column(col)
        for t, v in scores["by_type"].items():
            table.add_row(t, str(v["n"]), f"{v['recall']:.2f}", f"{v['type_recall']:.2f}")
        _c.out.print(table)
    else:
        o = scores["overall"]
        neg = scores["negatives"]
        _c.out.print(
            f"[bold]{gold}[/bold]: {scores['records']} records; precision {o['precision']:.3f} "
            f"recall {o['recall']:.3f} [bold]F1 {o['f1']:.3f}[/bold] (tp {o['tp']}, fp "
            f"{o['fp']}, fn {o['fn']}); no event on {neg['no_event']}/{neg['records']} "
            f"negatives ({neg['share_no_event']:.1%})",
            highlight=False,
        )
        table = Table(title=f"by {by}", header_style="bold")
        for col in (by, "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col)
        for k, v in scores[f"by_{by}"].items():
            table.add_row(
                k,
                f"{v['precision']:.2f}",
                f"{v['recall']:.2f}",
                f"{v['f1']:.2f}",
                str(v["tp"]),
                str(v["fp"]),
                str(v["fn"]),
            )
        _c.out.print(table)
        conf = Table(title="confusion (gold type -> predicted type)", header_style="bold")
        conf.add_column("gold")
        conf.add_column("predicted")
        for g, row in scores["confusion"].items():
            conf.add_row(
                g, ", ".join(f"{k} {n}" for k, n in sorted(row.items(), key=lambda x: -x[1]))
            )
        _c.out.print(conf)
        _c.out.print(
            f"matched events: sector accuracy {scores['actors']['sector']['accuracy']:.2f} "
            f"(n={scores['actors']['sector']['n']}), date accuracy "
            f"{scores['dates']['accuracy']:.2f} (n={scores['dates']['n']}), location "
            f"accuracy {scores['locations']['accuracy']:.2f} "
            f"(n={scores['locations']['n']})",
            highlight=False,
        )
    for n, o in enumerate(errors(outcomes, mode)):
        if n >= show_errors:
            break
        _c.out.print(f"\n[bold]{o.record.id}[/bold] {o.record.text}", highlight=False)
        for g in o.record.events:
            _c.out.print(
                f"   gold: {_gold_text(g)}{' (optional)' if g.optional else ''}",
                highlight=False,
                markup=False,
            )
        for e in o.predicted:
            _c.out.print(f"   pred: {_pred_text(e)}", highlight=False, markup=False)
        if not o.record.events and not o.predicted:
            _c.out.print("   (no events either way)")
    if json_out is not None:
        json_out.write_text(json.dumps(scores, indent=2) + "\n")


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSONL (.jsonl, .jsonl.gz) or Parquet shards, or directories of them."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory; a rerun resumes.")],
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, help="Local cluster worker processes (default: one per core)."
        ),
    ] = None,
) -> None:
    """Code article shards on a Dask cluster into Parquet, partitioned by event date.

    Writes OUT/events/event_date=YYYY-MM-DD/*.parquet, OUT/articles/ and
    OUT/report.json; shards finished before are skipped. Exit 1 if a shard
    or an article failed in this run (the rest is done).

    Examples:
      parley batch shards/ --out run1 --workers 2
      parley batch /shared/shards/ --out /shared/run1 --scheduler tcp://scheduler:8786
      parley load run1 --db postgresql://parley@dbhost/parley
    """
    from parley.batch import run_batch

    if scheduler and workers:
        raise _fail("give --scheduler (a running cluster) or --workers (a local one), not both")
    with _user_errors():
        local = "" if workers else None  # --workers: a local cluster, even if a scheduler is set
        settings = load_settings().with_overrides(
            dask_scheduler=scheduler or local, dask_workers=workers
        )
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]batch[/bold]"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} shards {task.fields[status]}"),
        TimeElapsedColumn(),
        console=_c.err,
        disable=not sys.stderr.isatty(),
    )
    with progress:
        task = progress.add_task("batch", total=None, status="")
        totals = {"articles": 0, "events": 0, "failed": 0}

        def update(result: object, n_shards: int) -> None:
            r = result  # ShardResult
            totals["articles"] += r.articles  # type: ignore[attr-defined]
            totals["events"] += r.events  # type: ignore[attr-defined]
            totals["failed"] += len(r.failures)  # type: ignore[attr-defined]
            progress.update(
                task,
                total=n_shards,
                advance=1,
                status=(
                    f"{totals['articles']} articles, {totals['events']} events, "
                    f"{totals['failed']} failed"
                ),
            )

        with _user_errors():
            report = run_batch(inputs, out, settings, on_result=update)
    for failure in report.failures:
        _report_problem(failure)
    _c.out.print(
        f"{len(report.shards)} shards: {report.count('done')} done, "
        f"{report.count('skipped')} skipped (done before), {report.count('failed')} failed; "
        f"{report.articles} articles, {report.events} events in {report.seconds:.1f} s "
        f"on {report.cluster} -> {out} (report: {Path(out) / 'report.json'})",
        highlight=False,
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def load(
    run: Annotated[Path, typer.Argument(help="Output directory of parley batch.")],
    db: DbOpt = None,
) -> None:
    """Store the articles, sentences and events of a parley batch run (idempotent).

    Examples:
      parley load run1
      parley load run1 --db postgresql://parley@dbhost/parley
    """
    from parley.batch import load_output

    settings = _settings(db)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]load[/bold]"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} shards"),
        TimeElapsedColumn(),
        console=_c.err,
        disable=not sys.stderr.isatty(),
    )
    with _open(settings) as store, progress:
        task = progress.add_task("load", total=None)
        with _user_errors():
            report = load_output(
                run, store, on_shard=lambda r, n: progress.update(task, total=n, completed=r.shards)
            )
    for failure in report.failures:
        _report_problem(failure)
    _c.out.print(
        f"{report.shards} shards: {report.articles_read} articles read, "
        f"{report.articles_stored} stored ({report.events} events), {report.already_stored} "
        f"already stored, {len(report.failures)} failed -> {settings.db}",
        highlight=False,
    )
    if report.failures:
        raise typer.Exit(1)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard and the JSON API (/api/, OpenAPI at /api/openapi.json).

    Read-only unless the api_token setting (PARLEY_API_TOKEN) is set; then
    POST /api/articles with 'Authorization: Bearer <token>' codes and stores.

    Examples:
      parley serve --db parley.db
      PARLEY_API_TOKEN=s3cret parley serve --port 8080
    """
    try:
        from parley.web import serve as run_server
    except ImportError as exc:
        raise _fail(f"the web dashboard needs fastapi, uvicorn and jinja2 ({exc})") from exc
    settings = _settings(db)
    _open(settings).close()  # fail here, with one line, if the database cannot be opened
    if host not in ("127.0.0.1", "localhost", "::1"):
        _c.err.print(
            f"[yellow]note:[/yellow] listening on {host}: reachable from other machines",
            highlight=False,
        )
    _c.out.print(
        f"parley dashboard on http://{host}:{port}/ over {settings.db} (Ctrl-C to stop)",
        highlight=False,
    )
    run_server(settings, host=host, port=port)


process_app = _command_group(
    "process", "Peace processes: define them, get suggestions, show rounds, tracks and incidents."
)


@process_app.command("add")
def process_add(
    process_id: Annotated[str, typer.Argument(help="Process id, e.g. ARM-AZE.")],
    parties: Annotated[str, typer.Option("--parties", help="ISO3 codes, e.g. ARM,AZE.")],
    name: Annotated[str | None, typer.Option("--name", help="A readable name.")] = None,
    db: DbOpt = None,
) -> None:
    """Define (or redefine) a peace process by its parties.

    Example: parley process add ARM-AZE --parties ARM,AZE --name "Armenia-Azerbaijan"
    """
    from parley.models import ProcessDef
    from parley.process import parse_parties

    with _user_errors():
        defn = ProcessDef(process_id.upper(), parse_parties(parties), name)
    with _open(_settings(db)) as store:
        store.save_process(defn)
    _c.out.print(f"process {defn.id}: {', '.join(defn.parties)}", highlight=False)


@process_app.command("list")
def process_list(db: DbOpt = None) -> None:
    """List the defined processes.

    Example: parley process list
    """
    with _open(_settings(db)) as store:
        found = store.processes()
    for p in found:
        _c.out.print(f"{p.id}\t{','.join(p.parties)}\t{p.name or ''}", highlight=False)
    if not found:
        _c.err.print("no process defined; see parley process suggest", highlight=False)


@process_app.command("remove")
def process_remove(
    process_id: Annotated[str, typer.Argument(help="Process id.")], db: DbOpt = None
) -> None:
    """Remove a process definition (its events stay).

    Example: parley process remove ARM-AZE
    """
    with _open(_settings(db)) as store:
        if not store.delete_process(process_id):
            raise _fail(f"no process {process_id!r} in this database", 1)


@process_app.command("suggest")
def process_suggest(
    db: DbOpt = None,
    min_talks: Annotated[int, typer.Option(help="Articles with talks, at least.")] = 1,
    min_incidents: Annotated[int, typer.Option(help="Articles with incidents, at least.")] = 1,
    limit: Annotated[int, typer.Option(help="Most suggestions to show.")] = 10,
) -> None:
    """Suggest processes: country pairs with both talks and incidents in the store.

    Example: parley process suggest --min-talks 2
    """
    from parley.process import suggest_processes

    with _open(_settings(db)) as store:
        found = suggest_processes(
            store.iter_events(), store.processes(), min_talks=min_talks, min_incidents=min_incidents
        )
    table = Table(title="Suggested processes", header_style="bold")
    for col in ("id", "talks (articles)", "incidents (articles)", "defined as", "add with"):
        table.add_column(col)
    for s in found[:limit]:
        add = "" if s.defined else f"parley process add {s.id} --parties {','.join(s.parties)}"
        table.add_row(s.id, str(s.talks), str(s.incidents), s.defined or "", add)
    _c.out.print(table)


@process_app.command("show")
def process_show(
    process_id: Annotated[str, typer.Argument(help="Process id, e.g. ARM-AZE.")],
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or md.")] = "text",
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date of the indicators (default: latest).")
    ] = None,
) -> None:
    """Show a process: rounds, tracks, incidents, third parties and indicators.

    Examples:
      parley process show ARM-AZE
      parley process show ARM-AZE --format md > brief.md
      parley process show ARM-AZE --format json | jq '.rounds[].venue'
    """
    from parley.process import show_process
    from parley.timeline import render_markdown, render_text

    if fmt not in ("text", "json", "md"):
        raise _fail(f"--format {fmt!r} is not one of text, json, md")
    settings = _settings(db)
    when = _date(as_of, "--as-of")
    with _open(settings) as store:
        try:
            view = show_process(store, process_id, settings, as_of=when)
        except ParleyError as exc:
            raise _fail(str(exc), 1) from exc
    if fmt == "json":
        sys.stdout.write(json.dumps(view.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_markdown(view) if fmt == "md" else render_text(view))


@app.command()
def stories(
    db: DbOpt = None,
    type_: TypeOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    limit: Annotated[int, typer.Option(help="Most stories to show (0: all).")] = 100,
    save: Annotated[
        bool, typer.Option("--save", help="Also store them (replaces stored).")
    ] = False,
) -> None:
    """Merge stored events into stories: one per happening, with its articles and outlets.

    Examples:
      parley stories --country ARM --since 2024-01-01
      parley stories --format jsonl > stories.jsonl
      parley stories --save
    """
    from parley.merge import stories_from_store
    from parley.process import make_role_lookup

    query = _query(type_, None, country, None, since, until, None, None)
    settings = _settings(db)
    with _open(settings) as store:
        found = stories_from_store(store, query, level_of=make_role_lookup(settings).level)
        if save:
            store.save_stories(found)
    shown = found[:limit] if limit else found
    if fmt == "jsonl":
        for s in shown:
            sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "table":
        table = Table(title=f"{len(shown)} of {len(found)} stories", header_style="bold")
        for col in (
            "date",
            "type",
            "source",
            "target",
            "where",
            "articles",
            "outlets",
            "flags",
            "sentence",
        ):
            table.add_column(col, overflow="fold")
        for s in shown:
            when = s.date.isoformat() if s.date else f"({s.first_reported or '-'})"
            table.add_row(
                when,
                s.type + (f"/{s.mode}" if s.mode else ""),
                _actor(s.source),
                _actor(s.target),
                s.location.name if s.location else "",
                str(s.n_articles),
                str(s.n_sources),
                ",".join(s.flags),
                s.sentence[:100],
            )
        _c.out.print(table)
    else:
        raise _fail(f"--format {fmt!r} is not one of table, jsonl")
    if save:
        _c.err.print(f"{len(found)} stories stored in {settings.db}", highlight=False)


actors_app = _command_group("actors", "Actors: what the dictionary does not know yet.")


@actors_app.command("unresolved")
def actors_unresolved(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="Most mentions to list.")] = 30,
    min_count: Annotated[int, typer.Option("--min-count", help="Only texts seen this often.")] = 1,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List frequent actor mentions that resolved to no country or dictionary entry.

    Add them to a user dictionary (see README, "Your own actors").
    Example: parley actors unresolved --min-count 2
    """
    from parley.actors.unresolved import unresolved

    with _open(_settings(db)) as store:
        found = unresolved(store.iter_events(EventQuery()), limit=limit, min_count=min_count)
    if fmt == "jsonl":
        for item in found:
            sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(found)} unresolved actor mentions", header_style="bold")
    for col in ("mention", "count", "sectors", "example sentence"):
        table.add_column(col, overflow="fold")
    for item in found:
        table.add_row(item.text, str(item.count), ",".join(item.sectors) or "-", item.example)
    _c.out.print(table)


def _version(value: bool) -> None:
    if value:
        _c.out.print(f"parley {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """Code news about conflicts and peace talks into sourced PLOVER events."""


def main() -> None:
    """Console-script entry point."""
    app()
