"""The command line: parse arguments, call one library function, print.

Every command that touches the store takes ``--db`` (a SQLite path or a
database URL; default: the ``PARLEY_DB`` environment variable, else
``./parley.db``). Errors are printed as one line naming the input and the
reason; the exit code is 1 when any input failed, 2 for usage/config errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
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


def _settings(db: str | None = None) -> Settings:
    try:
        return load_settings(db=db)
    except ParleyError as exc:
        raise _fail(str(exc)) from exc


def _date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise _fail(f"{flag} {value!r} is not a date; use YYYY-MM-DD") from exc


def _query(
    type_: str | None, mode: str | None, country: str | None, actor: str | None,
    since: str | None, until: str | None, certainty: str | None, text: str | None,
) -> EventQuery:
    if type_ and type_.upper() not in EVENT_TYPES:
        raise _fail(f"--type {type_!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}")
    return EventQuery(
        type=type_.upper() if type_ else None, mode=mode,
        country=country.upper() if country else None, actor=actor,
        since=_date(since, "--since"), until=_date(until, "--until"),
        certainty=certainty, text=text,
    )


def _open(settings: Settings):  # noqa: ANN202 - returns a Store
    from parley.store import connect

    try:
        return connect(settings)
    except ParleyError as exc:
        raise _fail(str(exc)) from exc


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
            when, e.type, e.mode or "", _actor(e.source), _actor(e.target),
            e.location.name if e.location else "", cert,
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
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, directories or - (stdin).")] = None,
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
        raise _fail("give files, - for stdin, or --text \"...\"")
    failed = False
    results: list[object] = []
    try:
        if text is not None:
            results = list(Pipeline(settings).code([Article.from_text(text, date=pub)]))
        else:
            results = list(code_inputs(inputs or [], settings, default_date=pub, stdin=sys.stdin))
    except ParleyError as exc:
        raise _fail(str(exc)) from exc
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
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - (stdin).")],
    db: DbOpt = None,
    when: DateOpt = None,
) -> None:
    """Read, code and store articles (idempotent: stored articles are skipped).

    Examples:
      parley ingest examples/corpus
      parley ingest corpus/ feeds.jsonl page.html --db team.db
    """
    from parley.pipeline import ingest as run_ingest

    settings = _settings(db)
    pub = _date(when, "--date")
    store = _open(settings)
    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/bold]"), BarColumn(),
        TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
        console=_c.err, transient=False, disable=not sys.stderr.isatty(),
    )
    with store, progress:
        task = progress.add_task("ingest", total=None, status="")

        def update(report: object) -> None:
            r = report  # RunReport
            progress.update(task, status=(
                f"{r.articles_coded} coded, {r.events} events, "  # type: ignore[attr-defined]
                f"{r.duplicates} duplicates, {len(r.failures)} failed"  # type: ignore[attr-defined]
            ))

        try:
            report = run_ingest(inputs, store, settings, default_date=pub, stdin=sys.stdin,
                                on_progress=update)
        except ParleyError as exc:
            raise _fail(str(exc)) from exc
    for item in [*report.notices, *report.failures]:
        _report_problem(item)
    _c.out.print(
        f"{report.articles_read} articles read, {report.articles_stored} stored "
        f"({report.events} events), {report.duplicates} already stored or duplicated, "
        f"{len(report.failures)} failed -> {settings.db}",
        highlight=False,
    )
    if report.failures:
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = None, type_: TypeOpt = None, mode: ModeOpt = None, country: CountryOpt = None,
    actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    certainty: CertOpt = None, text: TextOpt = None, fmt: FormatOpt = "table",
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
            table.add_row(a.id, a.date.isoformat() if a.date else "-", a.outlet or "",
                          a.title or "", str(a.n_sentences), str(a.n_events))
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
    _c.out.print(f"{a.outlet or '-'} | {a.date or '-'} | {a.url or a.origin or ''}", highlight=False)
    by_sentence: dict[int, list[Event]] = {}
    for e in coded.events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for s in coded.sentences:
        mark = " [dim](opinion, not coded)[/dim]" if s.opinion else ""
        _c.out.print(f"\n[{s.index}] {s.text}{mark}", highlight=False, markup=False)
        for e in by_sentence.get(s.index, []):
            _c.out.print(f"    -> {e.type}{'/' + e.mode if e.mode else ''} "
                      f"{_actor(e.source)} -> {_actor(e.target)} ({e.certainty})",
                      highlight=False, markup=False)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="Output file, or - for stdout (jsonl/csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    db: DbOpt = None, type_: TypeOpt = None, mode: ModeOpt = None, country: CountryOpt = None,
    actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    certainty: CertOpt = None, text: TextOpt = None,
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
    with _open(_settings(db)) as store:
        try:
            n = run_export(store.iter_events(query), fmt, target)
        except ParleyError as exc:
            raise _fail(str(exc)) from exc
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
    _c.out.print(f"[bold]{s.n_articles}[/bold] articles ({span}), {s.n_sentences} sentences, "
              f"[bold]{s.n_events}[/bold] events", highlight=False)
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
    flags = "".join([" negated" if e.negated else "",
                     f" {e.certainty}" if e.certainty != "asserted" else ""])
    return f"{e.type}{'/' + e.mode if e.mode else ''} {_actor(e.source)} -> {_actor(e.target)}{flags}"


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (format in DESIGN.md).")],
    mode: Annotated[str, typer.Option(help="f1 (all events annotated) or recall "
                                           "(one annotated event per record).")] = "f1",
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
    try:
        scores, outcomes = evaluate(gold, Pipeline(settings), mode=mode, by=by)
    except ParleyError as exc:
        raise _fail(str(exc)) from exc
    if mode == "recall":
        _c.out.print(f"[bold]{gold}[/bold]: {scores['records']} records, recall "
                     f"{scores['recall']:.3f}, type-only recall {scores['type_recall']:.3f}",
                     highlight=False)
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
            f"negatives ({neg['share_no_event']:.1%})", highlight=False)
        table = Table(title=f"by {by}", header_style="bold")
        for col in (by, "precision", "recall", "F1", "tp", "fp", "fn"):
            table.add_column(col)
        for k, v in scores[f"by_{by}"].items():
            table.add_row(k, f"{v['precision']:.2f}", f"{v['recall']:.2f}", f"{v['f1']:.2f}",
                          str(v["tp"]), str(v["fp"]), str(v["fn"]))
        _c.out.print(table)
        conf = Table(title="confusion (gold type -> predicted type)", header_style="bold")
        conf.add_column("gold")
        conf.add_column("predicted")
        for g, row in scores["confusion"].items():
            conf.add_row(g, ", ".join(f"{k} {n}" for k, n in sorted(row.items(), key=lambda x: -x[1])))
        _c.out.print(conf)
        _c.out.print(f"matched events: sector accuracy {scores['actors']['sector']['accuracy']:.2f} "
                     f"(n={scores['actors']['sector']['n']}), date accuracy "
                     f"{scores['dates']['accuracy']:.2f} (n={scores['dates']['n']}), location "
                     f"accuracy {scores['locations']['accuracy']:.2f} "
                     f"(n={scores['locations']['n']})", highlight=False)
    for n, o in enumerate(errors(outcomes, mode)):
        if n >= show_errors:
            break
        _c.out.print(f"\n[bold]{o.record.id}[/bold] {o.record.text}", highlight=False)
        for g in o.record.events:
            _c.out.print(f"   gold: {_gold_text(g)}{' (optional)' if g.optional else ''}",
                         highlight=False, markup=False)
        for e in o.predicted:
            _c.out.print(f"   pred: {_pred_text(e)}", highlight=False, markup=False)
        if not o.record.events and not o.predicted:
            _c.out.print("   (no events either way)")
    if json_out is not None:
        json_out.write_text(json.dumps(scores, indent=2) + "\n")


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
