"""Readable timelines of a peace process: plain text for the terminal, Markdown for briefs.

Both render a :class:`~parley.models.ProcessView` (``parley process show``);
every line of the timeline cites the articles it rests on (outlet and
publication date; the Markdown report links their URLs). Syndicated copies
are marked and not counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from parley.models import ArticleRef, ProcessView, Round, Story, ThirdParty, Track

__all__ = ["render_markdown", "render_text"]

_MAX_SOURCES = 6


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "undated"
    if end is None or end == start:
        return start.isoformat()
    if end.year == start.year:
        return f"{start.isoformat()}..{end.isoformat()[5:]}"
    return f"{start.isoformat()}..{end.isoformat()}"


def _venue(r: Round) -> str:
    if r.venue is None:
        return "venue not reported"
    return f"{r.venue.name} ({r.venue.country})" if r.venue.country else r.venue.name


def _who(r: Round) -> str:
    fmt = r.format
    if r.mediators:
        fmt += " by " + ", ".join(f"{m.name} ({m.country})" for m in r.mediators)
    parts = [r.level or "level unknown", fmt]
    hosts = [h for h in r.hosts if h.role == "host"]
    if hosts:
        parts.append("hosted by " + ", ".join(f"{h.name} ({h.country})" for h in hosts))
    return ", ".join(parts)


def _people(r: Round) -> str:
    return "; ".join(
        f"{p.name} ({p.country}{', ' + p.role.replace('_', ' ') if p.role else ''})"
        for p in r.participants
    )


def _cite(refs: Sequence[ArticleRef], md: bool) -> str:
    items = []
    for ref in refs[:_MAX_SOURCES]:
        label = (
            f"{ref.outlet or ref.origin or ref.id}, {ref.date.isoformat() if ref.date else 'n.d.'}"
        )
        if ref.copy_of:
            label += ", copy"
        items.append(f"[{label}]({ref.url})" if md and ref.url else label)
    more = len(refs) - _MAX_SOURCES
    if more > 0:
        items.append(f"+{more} more")
    return "; ".join(items)


def _count(n_articles: int, n_sources: int) -> str:
    a = f"{n_articles} article{'s' if n_articles != 1 else ''}"
    return f"{a}, {n_sources} outlet{'s' if n_sources != 1 else ''}"


def _actor(story: Story, side: str) -> str:
    a = story.source if side == "source" else story.target
    if a is None:
        return "?"
    return a.country or a.text


def _incident_line(s: Story) -> str:
    what = s.type + (f"/{s.mode}" if s.mode else "")
    arrow = "<->" if "contested-direction" in s.flags else "->"
    line = f"{what} {_actor(s, 'source')} {arrow} {_actor(s, 'target')}"
    if s.location:
        line += f" at {s.location.name}"
    line += f" ({s.certainty})"
    if s.flags:
        line += " CONTESTED: " + ", ".join(f.replace("contested-", "") for f in s.flags)
    return line


def _entries(view: ProcessView) -> list[tuple[date, int, str, Round | Story]]:
    """Rounds and incidents in date order (rounds first on the same day)."""
    out: list[tuple[date, int, str, Round | Story]] = []
    for r in view.rounds:
        if r.start:
            out.append((r.start, 0, "ROUND", r))
    for s in view.incidents:
        if s.when:
            out.append((s.when, 1, "INCIDENT", s))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def _status_line(view: ProcessView) -> str:
    st = view.status
    last = "no round yet"
    if st.last_round_end is not None:
        days = st.days_since_last_round
        last = f"last round ended {st.last_round_end} ({days} day{'s' if days != 1 else ''} before)"
    return (
        f"as of {st.as_of or '-'}: {st.n_articles} articles, {len(view.rounds)} rounds, "
        f"{len(view.incidents)} incidents; {last}; "
        f"escalation: {'YES' if st.escalation else 'no'}"
    )


def _track_line(t: Track) -> str:
    if t.claimed:
        by = f" by {', '.join(t.claimed_by)}" if t.claimed_by else ""
        along = f", alongside {', '.join(t.parallel_to)}" if t.parallel_to else ""
        return f"{t.name}: CLAIMED{by}{along}, unconfirmed"
    return f"{t.name}: {len(t.round_ids)} round(s), {_span(t.first, t.last)}"


def _third_line(t: ThirdParty) -> str:
    if t.role == "supporter":
        return (
            f"{t.name} ({t.country}) supports {t.supports}: {', '.join(t.kinds)} "
            f"({', '.join(t.types)}; {t.n_articles} article(s))"
        )
    return f"{t.name} ({t.country}): {t.role} of {len(t.round_ids)} round(s)"


def _escalations(view: ProcessView) -> str:
    weeks = [w.week for w in view.indicators if w.escalation]
    return ", ".join(weeks) if weeks else "none"


def render_text(view: ProcessView) -> str:
    """The process as a terminal timeline; each line ends with its sources."""
    title = f"{view.process}" + (f" - {view.name}" if view.name else "")
    lines = [title, f"parties: {', '.join(view.parties)}", _status_line(view), "", "Timeline"]
    for day, _, _kind, item in _entries(view):
        if isinstance(item, Round):
            when = _span(item.start, item.end)
            lines.append(
                f"  {when:<22} ROUND     {_venue(item)}; {_who(item)}; outcome: {item.outcome}"
            )
            if item.participants:
                lines.append(f"  {'':<22}           participants: {_people(item)}")
        else:
            lines.append(
                f"  {_span(item.date or day, item.date_end):<22} INCIDENT  {_incident_line(item)}"
            )
            quote = item.sentence if len(item.sentence) <= 110 else item.sentence[:107] + "..."
            lines.append(f"  {'':<22}           \u201c{quote}\u201d")
        lines.append(
            f"  {'':<22}           sources ({_count(item.n_articles, item.n_sources)}): "
            f"{_cite(item.articles, md=False)}"
        )
    lines += ["", "Tracks"] + [f"  {_track_line(t)}" for t in view.tracks]
    lines += ["", "Third parties"] + [f"  {_third_line(t)}" for t in view.third_parties]
    lines += ["", "Indicators (weekly conflict-cooperation balance)"]
    active = [w for w in view.indicators if w.n_stories or w.escalation][-12:]
    for w in active:
        flag = "  ESCALATION" if w.escalation else ""
        lines.append(f"  {w.week}  {w.n_stories:>3} stories  balance {w.balance:+7.1f}{flag}")
    lines.append(f"  escalation weeks: {_escalations(view)}")
    return "\n".join(lines) + "\n"


def render_markdown(view: ProcessView) -> str:
    """A report to paste into a brief: timeline, tracks, third parties, indicators, method."""
    title = view.name or view.process
    out = [f"# Peace process {view.process}: {title}", ""]
    out += [f"Parties: {', '.join(view.parties)}. {_upper_first(_status_line(view))}.", ""]
    out += ["## Timeline", ""]
    for day, _, _kind, item in _entries(view):
        if isinstance(item, Round):
            head = f"**{_span(item.start, item.end)} - round in {_venue(item)}.**"
            body = f" {_upper_first(_who(item))}."
            if item.participants:
                body += f" Participants: {_people(item)}."
            body += f" Outcome: {item.outcome}."
        else:
            head = f"**{_span(item.date or day, item.date_end)} - incident.**"
            body = f" {_incident_line(item)}: \u201c{item.sentence}\u201d"
        sources = f"{_count(item.n_articles, item.n_sources)}: {_cite(item.articles, md=True)}"
        out.append(f"- {head}{body} Sources ({sources}).")
    out += ["", "## Tracks", ""]
    out += [f"- {_track_line(t)}." for t in view.tracks] or ["- none"]
    out += ["", "## Third parties", ""]
    for t in view.third_parties:
        out.append(f"- {_third_line(t)}. Sources: {_cite(t.articles, md=True)}.")
    if not view.third_parties:
        out.append("- none")
    out += ["", "## Conflict-cooperation balance (weekly)", ""]
    out += [
        "| week | stories | conflict | cooperation | balance | escalation |",
        "|---|---|---|---|---|---|",
    ]
    for w in view.indicators:
        if w.n_stories or w.escalation:
            out.append(
                f"| {w.week} | {w.n_stories} | {w.conflict:+.1f} | {w.cooperation:+.1f} | "
                f"{w.balance:+.1f} | {'yes' if w.escalation else ''} |"
            )
    out += [
        "",
        "## Method",
        "",
        "Coded by parley from news articles into PLOVER events; reports of the same happening "
        "are merged into stories (syndicated copies count once). Rounds, tracks, outcomes, "
        "incidents and the escalation rule are defined in parley's docs/PROCESS.md. Claims "
        "are marked as such; contested accounts are shown, not resolved.",
        "",
    ]
    return "\n".join(out)
