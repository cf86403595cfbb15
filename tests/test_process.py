"""Peace processes (parley.process, parley.timeline): unit tests on hand-built events,
the Berlin acceptance test and the example corpus against expected_rounds.md, through the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from conftest import EXAMPLES
from parley.cli import app
from parley.errors import ConfigError
from parley.merge import merge
from parley.models import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    ProcessDef,
    Sentence,
)
from parley.process import (
    ProcessRules,
    RoleLookup,
    build_process,
    derived_meetings,
    load_knowledge,
    parse_parties,
    suggest_processes,
)
from parley.store import connect
from parley.timeline import render_markdown, render_text

ARM_AZE = ProcessDef("ARM-AZE", ("ARM", "AZE"), "Armenia-Azerbaijan")
BERLIN = Location("Berlin", "DEU", 52.52, 13.41)
ROLES = {
    "person:ararat_mirzoyan": "foreign_minister",
    "person:jeyhun_bayramov": "foreign_minister",
    "person:nikol_pashinyan": "prime_minister",
    "person:ilham_aliyev": "president",
}
NOUNS = {"advisor": "aide", "foreign minister": "foreign_minister", "commission": "commission"}


def person(name: str, country: str) -> Actor:
    return Actor(name, name, country, "GOV", "person:" + name.lower().replace(" ", "_"))


MIRZOYAN = person("Ararat Mirzoyan", "ARM")
BAYRAMOV = person("Jeyhun Bayramov", "AZE")
BAERBOCK = person("Annalena Baerbock", "DEU")
NURTLEU = Actor("Kazakhstan", "Kazakhstan", "KAZ", "GOV", "country:KAZ")


def roles() -> RoleLookup:
    return RoleLookup(
        lambda aid, when: ROLES.get(aid),
        NOUNS.get,
        {"DEU": "Germany", "KAZ": "Kazakhstan", "FRA": "France"},
    )


class Doc:
    """An article written for a test: sentences, each with the events coded from it."""

    def __init__(self, aid: str, pub: str, outlet: str) -> None:
        self.aid, self.pub, self.outlet = aid, date.fromisoformat(pub), outlet
        self.sentences: list[str] = []
        self.events: list[Event] = []

    def say(self, text: str, *events: dict[str, Any]) -> Doc:
        i = len(self.sentences)
        self.sentences.append(text)
        for n, kw in enumerate(events):
            kw = dict(kw)
            for key in ("date", "date_end"):
                if isinstance(kw.get(key), str):
                    kw[key] = date.fromisoformat(kw[key])
            kw.setdefault("type", "CONSULT")
            kw.setdefault("intensity", 1.5)
            self.events.append(
                Event(
                    event_id=f"{self.aid}-{i}-{n}",
                    article_id=self.aid,
                    sentence=text,
                    sentence_index=i,
                    span=(0, len(text)),
                    **kw,
                )
            )
        return self

    def coded(self) -> CodedArticle:
        text = " ".join(self.sentences)
        sents, pos = [], 0
        for i, s in enumerate(self.sentences):
            sents.append(Sentence(i, pos, pos + len(s), s))
            pos += len(s) + 1
        art = Article(
            self.aid,
            text,
            title=self.aid,
            date=self.pub,
            outlet=self.outlet,
            url=f"https://{self.outlet.replace(' ', '').lower()}.example/{self.aid}",
        )
        return CodedArticle(art, tuple(sents), tuple(self.events))


def view(*docs: Doc, **kw: Any) -> Any:
    coded = [d.coded() for d in docs]
    return build_process(ARM_AZE, [e for c in coded for e in c.events], coded, roles=roles(), **kw)


def berlin_doc(aid: str = "gad", outlet: str = "Global Affairs Daily") -> Doc:
    return (
        Doc(aid, "2024-03-01", outlet)
        .say(
            "The foreign ministers held talks in Berlin on February 28-29.",
            {
                "source": MIRZOYAN,
                "target": BAYRAMOV,
                "date": "2024-02-28",
                "date_end": "2024-02-29",
                "location": BERLIN,
            },
        )
        .say(
            "The talks were hosted by German Foreign Minister Annalena Berbock.",
            {
                "source": BAERBOCK,
                "target": MIRZOYAN,
                "mode": "third-party",
                "contexts": ("mediation",),
                "intensity": 3.0,
            },
        )
        .say("The two days of negotiations ended without tangible results.")
        .say(
            "Armenian journalists claimed that advisors had held separate talks.",
            {
                "source": Actor("advisors", "Armenia", "ARM", "GOV", "country:ARM"),
                "target": Actor("advisors", "Azerbaijan", "AZE", "GOV", "country:AZE"),
                "certainty": "claimed",
                "attributed_to": Actor("Armenian journalists", None, "ARM", "MED"),
            },
        )
        .say(
            "Armenian forces detained an Azerbaijani soldier.",
            {
                "type": "COERCE",
                "mode": "arrest",
                "intensity": -5.5,
                "source": Actor("Armenian forces", "Armenia", "ARM", "MIL", "country:ARM"),
                "target": Actor("an Azerbaijani soldier", "Azerbaijan", "AZE", "MIL"),
            },
        )
        .say(
            "Armenia has signed arms deals with France.",
            {
                "type": "COOPERATE",
                "contexts": ("military",),
                "intensity": 6.5,
                "source": Actor("Armenia", "Armenia", "ARM", "GOV", "country:ARM"),
                "target": Actor("France", "France", "FRA", "GOV", "country:FRA"),
            },
        )
    )


# -- unit tests ---------------------------------------------------------------------


def test_process_round_has_dates_venue_mediator_participants_level_and_outcome() -> None:
    v = view(berlin_doc())
    assert len(v.rounds) == 1
    r = v.rounds[0]
    assert (r.start, r.end) == (date(2024, 2, 28), date(2024, 2, 29))
    assert r.venue is not None and r.venue.name == "Berlin" and r.venue.lat
    assert [(m.name, m.country) for m in r.mediators] == [("Annalena Baerbock", "DEU")]
    assert r.format == "mediated"
    assert {(p.name, p.role) for p in r.participants} == {
        ("Ararat Mirzoyan", "foreign_minister"),
        ("Jeyhun Bayramov", "foreign_minister"),
    }
    assert r.level == "foreign ministers"
    assert r.outcome == "no agreement"
    assert r.outcome_evidence[0].via == "cue"


def test_process_claimed_talks_are_a_claimed_track_not_a_round() -> None:
    v = view(berlin_doc())
    claimed = [t for t in v.tracks if t.claimed]
    assert len(claimed) == 1
    t = claimed[0]
    assert t.level == "deputies/advisors" and t.claimed_by == ("Armenian journalists",)
    assert t.parallel_to == (v.rounds[0].round_id,)
    assert [t.level for t in v.tracks if not t.claimed] == ["foreign ministers"]


def test_process_incidents_and_material_supporters() -> None:
    v = view(berlin_doc())
    assert [(s.type, s.countries) for s in v.incidents] == [("COERCE", ("ARM", "AZE"))]
    supporters = [t for t in v.third_parties if t.role == "supporter"]
    assert [(t.name, t.supports, t.kinds) for t in supporters] == [("France", "ARM", ("military",))]
    assert [(t.name, t.role) for t in v.third_parties if t.role != "supporter"] == [
        ("Annalena Baerbock", "mediator")
    ]


def test_process_reports_of_one_round_from_several_outlets_are_one_round() -> None:
    yerevan = (
        Doc("yd", "2024-03-01", "Yerevan Dispatch")
        .say(
            "Mirzoyan and Bayramov held talks in Berlin on Wednesday.",
            {"source": MIRZOYAN, "target": BAYRAMOV, "date": "2024-02-28", "location": BERLIN},
        )
        .say("The talks ended without an agreement.")
    )
    v = view(berlin_doc(), yerevan)
    assert len(v.rounds) == 1
    r = v.rounds[0]
    assert (r.n_articles, r.n_sources) == (2, 2)
    assert {e.article_id for e in r.outcome_evidence} == {"gad", "yd"}


def test_process_agreement_without_reported_talks_is_its_own_round() -> None:
    doc = Doc("js", "2023-12-08", "Baku Courier").say(
        "Azerbaijan and Armenia agreed on Thursday in a joint statement.",
        {
            "type": "AGREE",
            "intensity": 4.5,
            "date": "2023-12-07",
            "source": Actor("Azerbaijan", "Azerbaijan", "AZE", "GOV", "country:AZE"),
            "target": Actor("Armenia", "Armenia", "ARM", "GOV", "country:ARM"),
        },
    )
    v = view(doc)
    assert [(r.start, r.outcome, r.format) for r in v.rounds] == [
        (date(2023, 12, 7), "joint statement", "bilateral")
    ]


def test_process_agree_after_talks_is_their_outcome() -> None:
    doc = (
        Doc("w", "2025-08-09", "Caucasus Wire")
        .say(
            "Aliyev and Pashinyan met in Washington on Friday.",
            {
                "source": person("Nikol Pashinyan", "ARM"),
                "target": person("Ilham Aliyev", "AZE"),
                "date": "2025-08-08",
            },
        )
        .say(
            "Aliyev and Pashinyan signed a joint declaration.",
            {
                "type": "AGREE",
                "intensity": 4.5,
                "source": person("Ilham Aliyev", "AZE"),
                "target": person("Nikol Pashinyan", "ARM"),
            },
        )
    )
    v = view(doc)
    assert len(v.rounds) == 1
    assert (v.rounds[0].outcome, v.rounds[0].level) == ("agreement", "leaders")


def test_process_outcome_tie_between_outlets_is_unknown() -> None:
    yes = (
        Doc("a", "2024-05-12", "Baku Courier")
        .say(
            "The ministers held talks in Almaty on Friday.",
            {"source": MIRZOYAN, "target": BAYRAMOV, "date": "2024-05-10"},
        )
        .say(
            "They signed a protocol on the border.",
        )
    )
    no = (
        Doc("b", "2024-05-12", "Yerevan Dispatch")
        .say(
            "The ministers held talks in Almaty on Friday.",
            {"source": MIRZOYAN, "target": BAYRAMOV, "date": "2024-05-10"},
        )
        .say("No agreement was signed.")
    )
    v = view(yes, no)
    assert v.rounds[0].outcome == "unknown"
    assert {e.outcome for e in v.rounds[0].outcome_evidence} == {"agreement", "no agreement"}


def test_process_denied_mediation_makes_a_host() -> None:
    doc = (
        Doc("k", "2024-05-12", "Yerevan Dispatch")
        .say(
            "Mirzoyan and Bayramov held talks in Almaty on Friday and Saturday.",
            {
                "source": MIRZOYAN,
                "target": BAYRAMOV,
                "date": "2024-05-10",
                "date_end": "2024-05-11",
            },
        )
        .say(
            "Kazakhstan hosted the talks but did not mediate.",
            {
                "source": NURTLEU,
                "target": MIRZOYAN,
                "mode": "third-party",
                "contexts": ("mediation",),
            },
            {
                "source": NURTLEU,
                "target": MIRZOYAN,
                "mode": "third-party",
                "contexts": ("mediation",),
                "negated": True,
            },
        )
    )
    r = view(doc).rounds[0]
    assert r.mediators == () and r.format == "bilateral"
    assert [(h.name, h.role) for h in r.hosts] == [("Kazakhstan", "host")]


def test_process_host_meeting_both_parties_implies_their_meeting() -> None:
    michel = Actor("Charles Michel", "Charles Michel", "IGO", "IGO", "person:charles_michel")
    doc = Doc("m", "2023-07-16", "Caucasus Wire").say(
        "Michel hosted Aliyev and Pashinyan in Brussels on Saturday.",
        {
            "source": michel,
            "target": person("Ilham Aliyev", "AZE"),
            "mode": "third-party",
            "date": "2023-07-15",
        },
        {
            "source": michel,
            "target": person("Nikol Pashinyan", "ARM"),
            "mode": "third-party",
            "date": "2023-07-15",
        },
    )
    coded = doc.coded()
    derived = derived_meetings(coded.events, frozenset({"ARM", "AZE"}))
    assert len(derived) == 1 and {derived[0].source.country, derived[0].target.country} == {
        "ARM",
        "AZE",
    }
    r = view(doc).rounds[0]
    assert r.start == date(2023, 7, 15) and [m.name for m in r.mediators] == ["Charles Michel"]


def test_process_speculative_and_negated_talks_make_no_round() -> None:
    doc = (
        Doc("s", "2023-10-06", "Global Affairs Daily")
        .say(
            "Aliyev did not meet Pashinyan in Granada on Thursday.",
            {
                "source": person("Ilham Aliyev", "AZE"),
                "target": person("Nikol Pashinyan", "ARM"),
                "date": "2023-10-05",
                "negated": True,
            },
        )
        .say(
            "The leaders will meet in Brussels next month.",
            {
                "source": person("Ilham Aliyev", "AZE"),
                "target": person("Nikol Pashinyan", "ARM"),
                "date": "2023-11-10",
                "certainty": "speculative",
            },
        )
    )
    assert view(doc).rounds == ()


def _clash(n: int, day: str) -> Doc:
    return Doc(f"c{n}", day, "Caucasus Wire").say(
        "Azerbaijani forces shelled Armenian positions.",
        {
            "type": "ASSAULT",
            "intensity": -10.0,
            "date": day,
            "source": Actor("Azerbaijani forces", None, "AZE", "MIL"),
            "target": Actor("Armenian positions", None, "ARM", "MIL"),
        },
    )


def test_process_escalation_flags_a_drop_below_the_trailing_range() -> None:
    talks = Doc("t", "2024-01-03", "x").say(
        "The ministers met.", {"source": MIRZOYAN, "target": BAYRAMOV, "date": "2024-01-02"}
    )
    v = view(talks, _clash(1, "2024-03-05"))
    flagged = [w.week for w in v.indicators if w.escalation]
    assert flagged and flagged[0] == "2024-W10"
    assert v.status.escalation is True  # as of the last article, the clash's week
    later = view(talks, _clash(1, "2024-03-05"), as_of=date(2024, 4, 30))
    assert later.status.escalation is False  # weeks of calm after it
    weeks = {w.week: w for w in v.indicators}
    assert weeks["2024-W10"].conflict == -10.0 and weeks["2024-W01"].cooperation == 1.5


def test_process_escalation_needs_history_and_a_real_drop() -> None:
    v = view(_clash(1, "2024-03-05"))  # no trailing weeks at all
    assert not any(w.escalation for w in v.indicators)
    rules = ProcessRules(min_drop=20.0)
    talks = Doc("t", "2024-01-03", "x").say(
        "The ministers met.", {"source": MIRZOYAN, "target": BAYRAMOV, "date": "2024-01-02"}
    )
    assert not any(
        w.escalation for w in view(talks, _clash(1, "2024-03-05"), rules=rules).indicators
    )


def test_process_status_counts_days_since_last_round() -> None:
    v = view(berlin_doc(), as_of=date(2024, 3, 10))
    assert v.status.last_round == v.rounds[0].round_id
    assert v.status.days_since_last_round == 10


def test_process_view_json_has_the_documented_shape() -> None:
    d = view(berlin_doc()).to_dict()
    assert {
        "process",
        "parties",
        "rounds",
        "tracks",
        "incidents",
        "third_parties",
        "indicators",
    } <= set(d)
    r = d["rounds"][0]
    assert {
        "start",
        "end",
        "venue",
        "format",
        "mediators",
        "participants",
        "level",
        "outcome",
        "story_ids",
    } <= set(r)
    assert set(r["venue"]) >= {"name", "country", "lat", "lon"}
    assert set(r["mediators"][0]) >= {"name", "country"}
    assert set(r["participants"][0]) >= {"name", "country", "role"}
    json.dumps(d)


def test_timeline_text_and_markdown_cite_sources_on_every_line() -> None:
    v = view(berlin_doc())
    text = render_text(v)
    assert "ROUND" in text and "Berlin (DEU)" in text and "no agreement" in text
    assert "sources (1 article, 1 outlet): Global Affairs Daily, 2024-03-01" in text
    assert "CLAIMED by Armenian journalists" in text
    md = render_markdown(v)
    lines = [line for line in md.splitlines() if line.startswith("- **")]
    assert len(lines) == 2  # the round and the incident
    assert all("(https://globalaffairsdaily.example/gad)" in line for line in lines)


def test_parse_parties_accepts_iso_codes_and_rejects_others() -> None:
    assert parse_parties("arm, AZE") == ("ARM", "AZE")
    for bad in ("ARM", "ARM,Azerbaijan", ""):
        with pytest.raises(ConfigError, match="ISO 3166-1 alpha-3"):
            parse_parties(bad)


def test_suggest_processes_needs_both_talks_and_incidents() -> None:
    events = berlin_doc().coded().events + _clash(2, "2024-03-05").coded().events
    found = suggest_processes(events, [ARM_AZE])
    assert [(s.id, s.talks, s.incidents, s.defined) for s in found] == [
        ("ARM-AZE", 1, 2, "ARM-AZE")
    ]
    assert suggest_processes(events, min_incidents=3) == []


def test_knowledge_file_loads_levels_and_outcomes() -> None:
    k = load_knowledge()
    assert k.level("foreign_minister") == "foreign ministers"
    assert k.level("aide") == "deputies/advisors"
    assert k.outcome("The talks ended without tangible results.") == "no agreement"
    assert k.outcome("No joint statement was issued.") == "no agreement"
    assert k.outcome("The ministers initialled the peace agreement.") == "agreement"
    assert k.outcome("The two foreign ministers met again.") is None


def test_store_keeps_processes_and_stories(tmp_path: Path) -> None:
    coded = berlin_doc().coded()
    stories = merge(coded.events)
    with connect(str(tmp_path / "p.db")) as store:
        store.save_process(ARM_AZE)
        store.save_process(ProcessDef("KGZ-TJK", ("KGZ", "TJK")))
        assert store.get_process("arm-aze") == ARM_AZE
        assert [p.id for p in store.processes()] == ["ARM-AZE", "KGZ-TJK"]
        assert store.delete_process("KGZ-TJK") and not store.delete_process("KGZ-TJK")
        assert store.save_stories(stories) == len(stories)
        assert store.save_stories(stories[:2]) == 2  # a save replaces the set
        assert store.stories() == sorted(
            stories[:2], key=lambda s: (s.when is None, s.when, s.story_id)
        )
        assert all(s.type == "COERCE" for s in store.stories(type="COERCE"))


# -- end to end through the CLI ---------------------------------------------------------


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def berlin_db(tmp_path_factory: pytest.TempPathFactory, pipeline: object) -> str:
    db = str(tmp_path_factory.mktemp("berlin") / "berlin.db")
    _run("ingest", str(EXAMPLES / "berlin_talks.txt"), "--db", db)
    _run("process", "add", "ARM-AZE", "--parties", "ARM,AZE", "--db", db)
    return db


def test_process_e2e_berlin_acceptance(berlin_db: str) -> None:
    d = json.loads(_run("process", "show", "ARM-AZE", "--format", "json", "--db", berlin_db))
    assert d["process"] == "ARM-AZE" and d["parties"] == ["ARM", "AZE"]
    assert len(d["rounds"]) == 1
    r = d["rounds"][0]
    assert (r["start"], r["end"]) == ("2024-02-28", "2024-02-29")
    assert r["venue"]["name"] == "Berlin" and r["venue"]["country"] == "DEU"
    assert r["venue"]["lat"] and r["venue"]["lon"]
    assert [m["country"] for m in r["mediators"]] == ["DEU"]
    assert {(p["name"], p["country"], p["role"]) for p in r["participants"]} == {
        ("Ararat Mirzoyan", "ARM", "foreign_minister"),
        ("Jeyhun Bayramov", "AZE", "foreign_minister"),
    }
    assert r["level"] == "foreign ministers"
    assert r["outcome"] == "no agreement"
    assert r["story_ids"]
    claimed = [t for t in d["tracks"] if t["claimed"]]
    assert [t["level"] for t in claimed] == ["deputies/advisors"]
    detained = [
        i
        for i in d["incidents"]
        if i["type"] in ("COERCE", "ASSAULT") and "detained an Azerbaijani soldier" in i["sentence"]
    ]
    assert detained and detained[0]["source"]["country"] == "ARM"
    military = {
        (t["country"], t["supports"])
        for t in d["third_parties"]
        if t["role"] == "supporter" and "military" in t["kinds"]
    }
    assert {("FRA", "ARM"), ("IND", "ARM")} <= military


def test_process_e2e_text_and_markdown_timelines(berlin_db: str) -> None:
    text = _run("process", "show", "ARM-AZE", "--db", berlin_db)
    assert "2024-02-28..02-29" in text and "Berlin (DEU)" in text
    assert "sources (1 article, 1 outlet): Global Affairs Daily, 2024-03-01" in text
    md = _run("process", "show", "ARM-AZE", "--format", "md", "--db", berlin_db)
    assert md.startswith("# Peace process ARM-AZE")
    assert "[Global Affairs Daily, 2024-03-01](https://globalaffairsdaily.example/" in md


def test_process_e2e_unknown_process_says_how_to_add_it(berlin_db: str) -> None:
    result = CliRunner().invoke(app, ["process", "show", "KGZ-TJK", "--db", berlin_db])
    assert result.exit_code == 1
    assert "parley process add KGZ-TJK --parties KGZ,TJK" in result.output


def test_process_e2e_stories_command(berlin_db: str) -> None:
    lines = _run("stories", "--format", "jsonl", "--country", "ARM", "--db", berlin_db)
    stories = [json.loads(line) for line in lines.splitlines()]
    assert any(s["type"] == "CONSULT" and s["n_articles"] == 1 for s in stories)


# -- the example corpus against examples/expected_rounds.md --------------------------------

#: Rounds the coder does not yet code as talks between the parties (see the
#: coder failures reported to the lead). They may appear; they need not.
CODER_MISSES: dict[str, str] = {}
#: Reports the coder does not yet code as talks between the parties.
CODER_MISSED_REPORTS: dict[str, str] = {}
#: Rounds the coder invents (not talks between Armenia and Azerbaijan).
CODER_EXTRAS: dict[date, str] = {
    date(2023, 9, 21): "Yevlakh: 'Representatives of the Armenian residents of Karabakh' "
    "coded as ARM",
    date(2023, 10, 5): "Granada: Pashinyan met the mediators, Aliyev stayed away; the "
    "process view's one-sentence meeting rule pairs them anyway",
}


def _expected(process: str) -> list[dict[str, Any]]:
    text = (EXAMPLES / "expected_rounds.md").read_text(encoding="utf-8")
    block = text[text.rindex("```yaml") + 7 :]
    block = block[: block.index("```")]
    return [r for r in yaml.safe_load(block)["rounds"] if r["process"] == process]


def _path(source: dict[str, Any]) -> str:
    origin = source["origin"]
    if "wire.jsonl" in origin:
        return f"corpus/wire.jsonl#{source['id']}"
    return Path(origin).resolve().relative_to(EXAMPLES.resolve()).as_posix()


def _overlaps(r: dict[str, Any], e: dict[str, Any]) -> bool:
    day = timedelta(days=1)
    start, end = date.fromisoformat(r["start"]), date.fromisoformat(r["end"])
    es, ee = date.fromisoformat(e["start"]), date.fromisoformat(e["end"])
    return start <= ee + day and es - day <= end


@pytest.fixture(scope="module")
def corpus_view(tmp_path_factory: pytest.TempPathFactory, pipeline: object) -> dict[str, Any]:
    db = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    _run("ingest", str(EXAMPLES / "corpus"), "--db", db)
    _run("process", "add", "ARM-AZE", "--parties", "ARM,AZE", "--db", db)
    return json.loads(_run("process", "show", "ARM-AZE", "--format", "json", "--db", db))


@pytest.mark.slow
def test_process_e2e_corpus_each_round_once_with_its_articles(corpus_view: dict[str, Any]) -> None:
    expected = _expected("ARM-AZE")
    held = [e for e in expected if "must NOT" not in (e.get("note") or "")]
    not_held = [e for e in expected if e not in held]
    matched: dict[str, dict[str, Any]] = {}
    for r in corpus_view["rounds"]:
        hits = [e for e in held if _overlaps(r, e)]
        assert len(hits) <= 1, (r["round_id"], [e["id"] for e in hits])
        if not hits:
            assert date.fromisoformat(r["start"]) in CODER_EXTRAS, f"unexpected round {r}"
            continue
        e = hits[0]
        assert e["id"] not in matched, f"{e['id']} appears twice"  # each round appears once
        matched[e["id"]] = r
        paths = {_path(s) for s in r["sources"]}
        reported = {p for p in e["reported_in"] if p.startswith("corpus/")}
        mentioned = {m.split(" ")[0] for m in e.get("mentioned_in") or []}
        missing = reported - paths - set(CODER_MISSED_REPORTS)
        assert not missing, (e["id"], missing)
        assert paths <= reported | mentioned, (e["id"], paths - reported - mentioned)
    for e in held:
        assert e["id"] in matched or e["id"] in CODER_MISSES, f"round {e['id']} not found"
    for e in not_held:
        assert e["id"] not in matched or date.fromisoformat(e["start"]) in CODER_EXTRAS


@pytest.mark.slow
def test_process_e2e_corpus_details(corpus_view: dict[str, Any]) -> None:
    rounds = {r["start"]: r for r in corpus_view["rounds"]}
    washington = rounds["2025-08-08"]
    assert len(washington["sources"]) == 4 and washington["n_articles"] == 3  # copy counts once
    assert [s["copy_of"] is not None for s in washington["sources"]].count(True) == 1
    assert washington["level"] == "leaders" and washington["outcome"] == "agreement"
    assert rounds["2024-02-28"]["outcome"] == "no agreement"
    assert rounds["2024-04-19"]["level"] == "commissions"
    assert [h["country"] for h in rounds["2024-05-10"]["hosts"]] == ["KAZ"]
    assert rounds["2024-05-10"]["mediators"] == []
    nerkin = [i for i in corpus_view["incidents"] if "contested-direction" in i["flags"]]
    assert nerkin and nerkin[0]["n_sources"] >= 3
    advisors = [t for t in corpus_view["tracks"] if t["level"] == "deputies/advisors"]
    assert advisors and advisors[0]["claimed"]
