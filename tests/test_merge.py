"""Cross-article stories (parley.merge) on hand-built events and articles."""

from __future__ import annotations

from datetime import date

from parley.merge import MergeRules, article_refs, find_copies, merge
from parley.models import Actor, Article, ArticleRef, Event, Location, Story

BERLIN = Location("Berlin", "DEU", 52.52, 13.41)
VILLA = Location("Villa Borsig", "DEU", 52.59, 13.26)
ALMATY = Location("Almaty", "KAZ", 43.25, 76.92)

MIRZOYAN = Actor("Ararat Mirzoyan", "Ararat Mirzoyan", "ARM", "GOV", "person:ararat_mirzoyan")
BAYRAMOV = Actor("Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", "GOV", "person:jeyhun_bayramov")
ARM_MIL = Actor("Armenian forces", "Armenia", "ARM", "MIL", "country:ARM")
AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL", "country:AZE")

_n = 0


def ev(
    article: str,
    type_: str = "CONSULT",
    src: Actor | None = MIRZOYAN,
    tgt: Actor | None = BAYRAMOV,
    day: str | None = "2024-02-28",
    end: str | None = None,
    loc: Location | None = BERLIN,
    certainty: str = "asserted",
    mode: str | None = None,
    negated: bool = False,
) -> Event:
    global _n
    _n += 1
    return Event(
        event_id=f"{article}-e{_n}",
        article_id=article,
        sentence=f"sentence {_n}",
        sentence_index=_n,
        span=(0, 10),
        type=type_,
        mode=mode,
        source=src,
        target=tgt,
        date=date.fromisoformat(day) if day else None,
        date_end=date.fromisoformat(end) if end else None,
        location=loc,
        certainty=certainty,
        negated=negated,
        intensity=1.5,
    )


def refs(**outlets: str) -> dict[str, ArticleRef]:
    return {a: ArticleRef(a, outlet=o, date=date(2024, 3, 1)) for a, o in outlets.items()}


def one(stories: list[Story], type_: str = "CONSULT") -> Story:
    found = [s for s in stories if s.type == type_]
    assert len(found) == 1, [s.to_dict() for s in found]
    return found[0]


def test_merge_same_talks_from_two_outlets_are_one_story_with_counts() -> None:
    events = [
        ev("a1", day="2024-02-28", end="2024-02-29"),
        ev("a2", src=BAYRAMOV, tgt=MIRZOYAN, day="2024-02-28", loc=VILLA),
        ev("a3", day="2024-02-29"),
    ]
    s = one(merge(events, refs(a1="Global Affairs Daily", a2="Baku Courier", a3="Caucasus Wire")))
    assert (s.n_articles, s.n_sources) == (3, 3)
    assert s.date == date(2024, 2, 28) and s.date_end == date(2024, 2, 29)
    assert s.location == BERLIN  # coordinates beat the guest house without a vote majority
    assert {a.id for a in s.articles} == {"a1", "a2", "a3"}


def test_merge_same_outlet_counts_one_source() -> None:
    s = one(merge([ev("a1"), ev("a2")], refs(a1="Caucasus Wire", a2="Caucasus Wire")))
    assert (s.n_articles, s.n_sources) == (2, 1)


def test_merge_dates_beyond_the_window_are_two_stories() -> None:
    stories = merge([ev("a1", day="2024-02-28"), ev("a2", day="2024-05-10")], refs(a1="x", a2="y"))
    assert len(stories) == 2


def test_merge_far_apart_places_are_two_stories() -> None:
    stories = merge([ev("a1", loc=BERLIN), ev("a2", loc=ALMATY)], refs(a1="x", a2="y"))
    assert len(stories) == 2


def test_merge_directed_types_keep_direction_apart() -> None:
    events = [ev("a1", "ACCUSE", ARM_MIL, AZE_MIL), ev("a2", "ACCUSE", AZE_MIL, ARM_MIL)]
    assert len(merge(events, refs(a1="x", a2="y"))) == 2


def test_merge_each_side_blaming_the_other_is_one_contested_story() -> None:
    events = [
        ev(
            "a1",
            "ASSAULT",
            AZE_MIL,
            Actor("Four Armenian soldiers", None, "ARM", "MIL"),
            day="2024-02-13",
            loc=None,
        ),
        ev(
            "a2",
            "ASSAULT",
            ARM_MIL,
            Actor("an Azerbaijani serviceman", None, "AZE", "MIL"),
            day="2024-02-12",
            loc=None,
        ),
    ]
    s = one(merge(events, refs(a1="Yerevan Dispatch", a2="Baku Courier")), "ASSAULT")
    assert "contested-direction" in s.flags
    sides = {(a.source_country, a.target_country): a for a in s.accounts}
    assert set(sides) == {("AZE", "ARM"), ("ARM", "AZE")}
    assert sides[("AZE", "ARM")].figures == (4,)
    assert sides[("AZE", "ARM")].outlets == ("Yerevan Dispatch",)


def test_merge_different_casualty_figures_are_flagged() -> None:
    events = [
        ev("a1", "ASSAULT", AZE_MIL, Actor("Four Armenian soldiers", None, "ARM", "MIL")),
        ev("a2", "ASSAULT", AZE_MIL, Actor("five Armenian soldiers", None, "ARM", "MIL")),
    ]
    s = one(merge(events, refs(a1="x", a2="y")), "ASSAULT")
    assert s.flags == ("contested-figures",)
    assert s.accounts[0].figures == (4, 5)


def test_merge_undated_report_joins_the_story_before_its_publication() -> None:
    stories = merge(
        [ev("a1", day="2024-02-28"), ev("a2", day=None)],
        {
            "a1": ArticleRef("a1", "x", date(2024, 3, 1)),
            "a2": ArticleRef("a2", "y", date(2024, 3, 5)),
        },
    )
    s = one(stories)
    assert s.n_articles == 2 and s.date == date(2024, 2, 28)


def test_merge_undated_report_long_after_is_its_own_story() -> None:
    stories = merge(
        [ev("a1", day="2024-02-28"), ev("a2", day=None)],
        {
            "a1": ArticleRef("a1", "x", date(2024, 3, 1)),
            "a2": ArticleRef("a2", "y", date(2024, 6, 1)),
        },
    )
    assert len(stories) == 2
    undated = next(s for s in stories if s.date is None)
    assert undated.first_reported == date(2024, 6, 1) and undated.when == date(2024, 6, 1)


def test_merge_speculative_and_negated_reports_stay_apart() -> None:
    events = [ev("a1"), ev("a2", certainty="speculative"), ev("a3", negated=True)]
    stories = merge(events, refs(a1="x", a2="y", a3="z"))
    assert len(stories) == 3


def test_merge_one_sided_dated_report_joins_the_matching_story() -> None:
    events = [
        ev("a1", "ASSAULT", AZE_MIL, ARM_MIL, day="2024-02-13", loc=None),
        ev(
            "a2",
            "ASSAULT",
            None,
            Actor("four soldiers", None, "ARM", "MIL"),
            day="2024-02-13",
            loc=None,
        ),
    ]
    s = one(merge(events, refs(a1="x", a2="y")), "ASSAULT")
    assert s.n_articles == 2 and s.countries == ("AZE", "ARM")


def test_merge_different_levels_on_the_same_days_are_two_stories() -> None:
    advisors_arm = Actor("advisors", "Armenia", "ARM", "GOV", "country:ARM")
    advisors_aze = Actor("advisors", "Azerbaijan", "AZE", "GOV", "country:AZE")
    events = [ev("a1"), ev("a1", src=advisors_arm, tgt=advisors_aze, certainty="claimed")]

    def level(actor: Actor, when: date | None) -> str | None:
        return "advisors" if actor.text == "advisors" else "foreign ministers"

    assert len(merge(events, refs(a1="x"), level_of=level)) == 2
    assert len(merge(events, refs(a1="x"))) == 1  # without levels they cannot be told apart


def test_merge_best_date_is_the_one_most_articles_give() -> None:
    events = [ev("a1", day="2024-02-28"), ev("a2", day="2024-02-28"), ev("a3", day="2024-02-27")]
    s = one(merge(events, refs(a1="x", a2="y", a3="z")))
    assert s.date == date(2024, 2, 28)
    assert s.date_end is None  # the minority's earlier day does not stretch the story


WIRE = (
    "WASHINGTON -- President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Washington "
    "on Friday at a summit hosted by US President Donald Trump. The foreign ministers initialled "
    "the text of the peace agreement in the presence of the three leaders. Aliyev and Pashinyan "
    "also signed a joint declaration. The agreement still has to be signed and ratified."
)


def test_find_copies_recognises_a_syndicated_copy() -> None:
    wire = Article("wire", WIRE, outlet="Caucasus Wire", date=date(2025, 8, 9))
    copy = Article(
        "copy",
        WIRE.replace("WASHINGTON --", "WASHINGTON (Caucasus Wire) --")
        + " This report was distributed by Caucasus Wire.",
        outlet="Eurasia Review Weekly",
        date=date(2025, 8, 9),
    )
    rewrite = Article(
        "own",
        "Pashinyan and Aliyev met Trump in Washington on Friday, where their "
        "ministers initialled a peace deal that still needs signatures.",
        outlet="Yerevan Dispatch",
        date=date(2025, 8, 9),
    )
    assert find_copies([copy, wire, rewrite]) == {"copy": "wire"}


def test_merge_syndicated_copy_counts_once() -> None:
    wire = Article("wire", WIRE, outlet="Caucasus Wire", date=date(2025, 8, 9))
    copy = Article(
        "copy",
        WIRE + " Distributed by Caucasus Wire.",
        outlet="Eurasia Review Weekly",
        date=date(2025, 8, 10),
    )
    other = Article(
        "other",
        "A different story altogether about the same meeting in Washington.",
        outlet="Baku Courier",
        date=date(2025, 8, 9),
    )
    art_refs = article_refs([wire, copy, other])
    assert art_refs["copy"].copy_of == "wire" and art_refs["other"].copy_of is None
    events = [ev(a, day="2025-08-08", loc=None) for a in ("wire", "copy", "other")]
    s = one(merge(events, art_refs))
    assert len(s.articles) == 3
    assert (s.n_articles, s.n_sources) == (2, 2)


def test_story_to_dict_round_trips() -> None:
    events = [
        ev("a1", "ASSAULT", AZE_MIL, Actor("Four soldiers", None, "ARM", "MIL")),
        ev("a2", "ASSAULT", ARM_MIL, AZE_MIL),
    ]
    s = one(merge(events, refs(a1="x", a2="y")), "ASSAULT")
    assert Story.from_dict(s.to_dict()) == s


def test_merge_rules_window_is_respected() -> None:
    events = [ev("a1", day="2024-02-28"), ev("a2", day="2024-03-03")]
    assert len(merge(events, refs(a1="x", a2="y"))) == 2
    assert len(merge(events, refs(a1="x", a2="y"), MergeRules(window_days=5))) == 1
