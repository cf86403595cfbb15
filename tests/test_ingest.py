"""Ingest: text, HTML, JSON Lines, directories and stdin become Articles.

Every test writes its own small input; the HTML page in
``tests/data/ingest/article.html`` is a realistic news page with navigation,
a cookie banner, an inline promo, a related-stories aside, sponsored links
and a footer around four article paragraphs.
"""

from __future__ import annotations

import gzip
import io
import json
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from parley.ingest import read_inputs, read_path, strip_page_furniture
from parley.ingest.common import looks_binary
from parley.ingest.html import _page_date, declared_charset
from parley.ingest.jsonl import read_jsonl_stream
from parley.ingest.text import read_text_bytes
from parley.models import Article, Failure, Notice, content_id
from parley.settings import Settings

DATA = Path(__file__).parent / "data" / "ingest"
SETTINGS = Settings()

BODY = (
    "The Armenian and Azerbaijani foreign ministers held two days of talks in Berlin.\n\n"
    "The talks ended without tangible results, both ministries said on Thursday."
)


def read(
    *inputs: str | Path,
    settings: Settings = SETTINGS,
    default_date: date | None = None,
    stdin: TextIO | None = None,
) -> list[Article | Failure | Notice]:
    paths = [str(i) for i in inputs]
    return list(read_inputs(paths, settings, default_date=default_date, stdin=stdin))


def articles(items: Iterable[object]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def failures(items: Iterable[object]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def notices(items: Iterable[object]) -> list[Notice]:
    return [i for i in items if isinstance(i, Notice)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- plain text -------------------------------------------------------------


def test_ingest_txt_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt",
        "---\ntitle: Berlin talks end without a deal\ndate: 2024-03-01\n"
        "outlet: Caucasus Monitor\nurl: https://example.org/berlin\nid: cm-0301\n---\n\n"
        + BODY
        + "\n",
    )
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.text == BODY
    assert art.title == "Berlin talks end without a deal"
    assert art.date == date(2024, 3, 1)
    assert (art.outlet, art.url, art.id, art.origin) == (
        "Caucasus Monitor",
        "https://example.org/berlin",
        "cm-0301",
        str(path),
    )


def test_ingest_txt_front_matter_aware_datetime_keeps_its_own_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"---\ndate: 2024-02-29T23:30:00-05:00\n---\n{BODY}")
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.date == date(2024, 2, 29)  # not the UTC date, 1 March


def test_ingest_txt_bad_front_matter_is_a_failure_naming_file_and_reason(tmp_path: Path) -> None:
    bad_yaml = write(tmp_path / "bad.txt", f"---\ntitle: [unclosed\n---\n{BODY}")
    unclosed = write(tmp_path / "open.txt", f"---\ntitle: Talks\n{BODY}")
    bad_date = write(tmp_path / "date.txt", f"---\ndate: last Tuesday\n---\n{BODY}")
    items = read(bad_yaml, unclosed, bad_date)
    got = failures(items)
    assert [f.source for f in got] == [str(bad_yaml), str(unclosed), str(bad_date)]
    assert "bad front matter" in got[0].reason
    assert "never closed" in got[1].reason
    assert "bad date 'last Tuesday'" in got[2].reason
    assert not articles(items)


def test_ingest_txt_unknown_front_matter_key_is_a_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"---\ntilte: Talks\n---\n{BODY}")
    items = read(path)
    assert "'tilte' ignored" in notices(items)[0].message
    assert articles(items)[0].text == BODY


def test_ingest_txt_first_line_title(tmp_path: Path) -> None:
    titled = write(tmp_path / "a.txt", f"Berlin talks end without a deal\n\n{BODY}\n")
    sentence = write(tmp_path / "b.txt", f"The talks ended in Berlin.\n\n{BODY}")
    no_blank = write(tmp_path / "c.txt", f"Berlin talks end\n{BODY}")
    a, b, c = articles(read(titled, sentence, no_blank))
    assert (a.title, a.text) == ("Berlin talks end without a deal", BODY)
    assert (b.title, b.text) == (None, f"The talks ended in Berlin.\n\n{BODY}")
    assert (c.title, c.text) == (None, f"Berlin talks end\n{BODY}")


def test_ingest_txt_crlf_becomes_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY.replace("\n", "\r\n").encode())
    assert articles(read(path))[0].text == BODY


# --- page furniture ---------------------------------------------------------

EARLY_MORE_FROM = (
    "More from the ministry is expected after the second round of talks in Berlin.\n\n"
    + BODY
    + "\n\nA third round may follow in Washington next month, diplomats said on Friday.\n\n"
    "Armenian forces detained an Azerbaijani soldier near the border, officials said."
)


def test_ingest_strip_page_furniture_removes_trailing_blocks() -> None:
    page = (
        EARLY_MORE_FROM
        + "\n\nMore from Caucasus Monitor\nGeorgia hosts energy forum\nWine exports hit record\n"
        "\nPROMOTED STORIES\nTen resorts to visit this summer\nThis trick halves your bill\n"
    )
    assert strip_page_furniture(page) == EARLY_MORE_FROM


def test_ingest_strip_page_furniture_keeps_early_marker_and_sentences() -> None:
    assert strip_page_furniture(EARLY_MORE_FROM) == EARLY_MORE_FROM
    sentence_at_end = BODY + "\n\nMore from the talks is expected next week, diplomats said."
    assert strip_page_furniture(sentence_at_end) == sentence_at_end
    wrapped = BODY + "\nthe ministry said it expected\nmore from the talks than before"
    assert strip_page_furniture(wrapped) == wrapped


def test_ingest_txt_furniture_removed_from_files_and_stdin(tmp_path: Path) -> None:
    text = BODY + "\n\nRelated: Georgia hosts energy forum\nRead more: Wine exports rise\n"
    path = write(tmp_path / "a.txt", text)
    items = read(path, "-", stdin=io.StringIO(text))
    assert [a.text for a in articles(items)] == [BODY, BODY]


# --- HTML -------------------------------------------------------------------

ARTICLE_PARAGRAPHS = (
    "The Armenian and Azerbaijani foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, "
    "held two days of talks in Berlin",
    "The talks ended without tangible results",
    "A special representative of the Azerbaijani president, Elchin Amirbayov",
    "On the border, Armenian forces detained an Azerbaijani soldier",
)
PAGE_FURNITURE = (
    "cookies",
    "Politics",
    "Economy",
    "PROMOTED",
    "newsletter",
    "Related stories",
    "Georgia hosts",
    "Wine exports",
    "Football",
    "Sponsored",
    "luxury resorts",
    "energy bill",
    "Copyright",
    "Privacy policy",
    "By Staff Reporter",
)


def test_ingest_html_main_text_only_with_date_and_metadata() -> None:
    (art,) = read(DATA / "article.html")
    assert isinstance(art, Article)
    paragraphs = art.text.split("\n\n")
    assert len(paragraphs) == len(ARTICLE_PARAGRAPHS)
    for paragraph, start in zip(paragraphs, ARTICLE_PARAGRAPHS, strict=True):
        assert paragraph.startswith(start)
    for junk in PAGE_FURNITURE:
        assert junk not in art.text, junk
    assert art.title == "Armenian and Azerbaijani ministers end Berlin talks without deal"
    assert art.date == date(2024, 3, 1)
    assert art.outlet == "Caucasus Monitor"
    assert art.url == "https://caucasus-monitor.example/2024/03/01/berlin-talks"


def test_ingest_html_no_article_text_is_a_failure(tmp_path: Path) -> None:
    page = write(
        tmp_path / "home.html",
        "<html><head><title>Home</title></head><body><nav><ul><li><a href='/p'>Politics</a>"
        "</li></ul></nav><footer><p>Copyright 2024</p></footer></body></html>",
    )
    assert read(page) == [Failure(str(page), "no article text found in the HTML")]


def test_ingest_html_date_from_htmldate_when_trafilatura_has_none() -> None:
    from trafilatura.utils import load_html

    tree = load_html(
        "<html><head><meta name='date' content='2023-07-15'></head>"
        "<body><p>Leaders met in Brussels.</p></body></html>"
    )
    assert _page_date(None, tree) == date(2023, 7, 15)


def test_ingest_html_declared_charset_used_when_not_utf8(tmp_path: Path) -> None:
    text = "Переговоры в Берлине завершились без результата. " * 8
    html = (
        "<html><head><meta charset='windows-1251'><title>Talks</title></head>"
        f"<body><article><p>{text}</p><p>{text}</p></article></body></html>"
    )
    assert declared_charset(html.encode("cp1251")) == "cp1251"
    items = read(write(tmp_path / "ru.html", html.encode("cp1251")))
    assert notices(items)[0].message == "not UTF-8; decoded as Windows-1251"
    assert articles(items)[0].text.startswith("Переговоры в Берлине")


# --- JSON Lines ---------------------------------------------------------------


def jsonl(*lines: object) -> str:
    return "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)


def test_ingest_jsonl_bad_lines_fail_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = write(
        tmp_path / "batch.jsonl",
        jsonl(
            {"id": "a1", "text": BODY, "date": "2024-03-01", "title": "Talks", "outlet": "CM"},
            "",
            '{"text": "Talks" "date": "2024-03-01"}',
            {"title": "no text here"},
            {"text": BODY, "date": "1 March"},
            [1, 2],
            {"text": "Second good line.", "date": "2024-03-02T23:00:00+04:00", "id": 7},
        ),
    )
    items = read(path)
    good = articles(items)
    assert [(a.id, a.date, a.origin) for a in good] == [
        ("a1", date(2024, 3, 1), f"{path}:1"),
        ("7", date(2024, 3, 2), f"{path}:7"),
    ]
    assert (good[0].title, good[0].outlet, good[0].text) == ("Talks", "CM", BODY)
    bad = failures(items)
    assert [f.source for f in bad] == [f"{path}:{n}" for n in (3, 4, 5, 6)]
    assert bad[0].reason == "line 3: invalid JSON (Expecting ',' delimiter at column 18)"
    assert bad[1].reason == "line 4: missing 'text'"
    assert bad[2].reason.startswith("line 5: bad date '1 March'")
    assert bad[3].reason == "line 6: expected a JSON object with 'text', got a array"


def test_ingest_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "shard.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(jsonl({"text": BODY}, {"text": "Another article.", "id": "x"}) + "\n")
    assert [(a.id, a.text) for a in articles(read(path))] == [
        (content_id(BODY), BODY),
        ("x", "Another article."),
    ]


def test_ingest_jsonl_corrupt_gz_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl.gz", gzip.compress(b'{"text": "x"}\n' * 50)[:-20])
    items = read(path)
    assert failures(items)
    assert all(f.source == str(path) for f in failures(items))


def test_ingest_jsonl_oversized_line_skipped_without_losing_the_next(tmp_path: Path) -> None:
    small = Settings(max_article_chars=50)
    path = write(
        tmp_path / "big.jsonl", jsonl({"text": "x " * 1000}, {"text": "Short text."}) + "\n"
    )
    items = read(path, settings=small)
    assert [a.text for a in articles(items)] == ["Short text."]
    assert "too large" in failures(items)[0].reason
    assert failures(items)[0].source == f"{path}:1"


def test_ingest_jsonl_unpaired_surrogate_repaired_with_notice() -> None:
    stream = io.BytesIO(b'{"text": "Talks in Berlin \\ud83d ended."}\n')
    items = list(read_jsonl_stream(stream, "s.jsonl", SETTINGS))
    assert notices(items)[0].source == "s.jsonl:1"
    assert articles(items)[0].text == "Talks in Berlin \ufffd ended."


def test_ingest_jsonl_nul_escape_replaced_so_every_store_can_hold_it() -> None:
    stream = io.BytesIO(b'{"text": "Talks in Berlin\\u0000 ended.", "title": "A\\u0000"}\n')
    items = list(read_jsonl_stream(stream, "s.jsonl", SETTINGS))
    assert notices(items)[0].source == "s.jsonl:1"
    assert articles(items)[0].text == "Talks in Berlin\ufffd ended."
    assert articles(items)[0].title == "A\ufffd"


# --- directories, stdin, unknown types ------------------------------------------


def test_ingest_directory_recursive_sorted_skipping_hidden_and_other_types(
    tmp_path: Path,
) -> None:
    write(tmp_path / "b.txt", "Second article.")
    write(tmp_path / "a.txt", "First article.")
    write(tmp_path / "notes.md", "Not read from a directory.")
    write(tmp_path / ".hidden.txt", "Hidden file.")
    write(tmp_path / ".git" / "x.txt", "Hidden directory.")
    write(tmp_path / "sub" / "deeper" / "c.jsonl", jsonl({"text": "Third article."}))
    write(tmp_path / "sub" / "b.html", (DATA / "article.html").read_bytes())
    items = read(tmp_path)
    assert not failures(items) and not notices(items)
    got = [
        (Path(a.origin or "").relative_to(tmp_path).as_posix(), a.text[:14])
        for a in articles(items)
    ]
    assert got == [
        ("a.txt", "First article."),
        ("b.txt", "Second article"),
        ("sub/b.html", "The Armenian a"),
        ("sub/deeper/c.jsonl:1", "Third article."),
    ]


def test_ingest_stdin_and_missing_path() -> None:
    items = read("-", "no/such/file.txt", stdin=io.StringIO(f"Berlin talks\n\n{BODY}\n"))
    art, failure = items
    assert isinstance(art, Article)
    assert (art.origin, art.title, art.text) == ("<stdin>", "Berlin talks", BODY)
    assert failure == Failure("no/such/file.txt", "no such file or directory")


def test_ingest_stdin_bytes_buffer_is_decoded() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Réunion à Genève.".encode("cp1252")))
    items = read("-", stdin=stream)
    assert notices(items)[0].message == "not UTF-8; decoded as Windows-1252"
    assert articles(items)[0].text == "Réunion à Genève."


def test_ingest_unknown_extension_read_as_text_only_if_utf8(tmp_path: Path) -> None:
    good = write(tmp_path / "note.md", BODY)
    latin = write(tmp_path / "old.doc", "Réunion à Genève.".encode("latin-1"))
    items = read(good, latin)
    assert "unknown file type '.md'" in notices(items)[0].message
    assert articles(items)[0].text == BODY
    assert "not UTF-8 text" in failures(items)[0].reason


# --- bad and odd files ------------------------------------------------------------


def test_ingest_empty_and_whitespace_files_fail(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", " \n\t\n")
    empty_jsonl = write(tmp_path / "empty.jsonl", "\n\n")
    items = read(empty, blank, empty_jsonl)
    assert [(f.source, f.reason) for f in failures(items)] == [
        (str(empty), "empty file"),
        (str(blank), "empty file"),
        (str(empty_jsonl), "empty file"),
    ]


def test_ingest_binary_files_fail(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    paths = [write(tmp_path / f"img.{ext}", png) for ext in ("txt", "html", "jsonl", "bin")]
    items = read(*paths)
    assert items == [Failure(str(p), "binary file, not text/HTML/JSONL") for p in paths]
    assert looks_binary(b"\x01\x02\x03 text") and not looks_binary("Genève\n".encode())


def test_ingest_latin1_file_decoded_with_notice(tmp_path: Path) -> None:
    path = write(tmp_path / "fr.txt", "Les ministres se sont réunis à Genève.".encode("latin-1"))
    notice, art = read(path)
    assert notice == Notice(str(path), "not UTF-8; decoded as Windows-1252")
    assert isinstance(art, Article)
    assert art.text == "Les ministres se sont réunis à Genève."


def test_ingest_utf16_file_with_bom_is_text(tmp_path: Path) -> None:
    path = write(tmp_path / "win.txt", "\ufeffTalks in Genève.".encode("utf-16-le"))
    items = read(path)
    assert articles(items)[0].text == "Talks in Genève."


def test_ingest_huge_file_rejected_from_its_size_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(20_000_000)  # NUL bytes: had it been read, it would be "binary"
    start = time.perf_counter()
    items = read(path, settings=Settings(max_article_chars=2_000_000))
    assert time.perf_counter() - start < 1.0
    assert items == [
        Failure(
            str(path),
            "too large: 20.0 MB; the limit is 2,000,000 characters (setting max_article_chars)",
        )
    ]


def test_ingest_text_over_the_character_limit_fails(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "word " * 30)
    (failure,) = read(path, settings=Settings(max_article_chars=100))
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("too large: 150 characters; the limit is 100")


# --- dates and ids -------------------------------------------------------------------


def test_ingest_default_date_applies_only_without_own_date(tmp_path: Path) -> None:
    undated = write(tmp_path / "a.txt", BODY)
    dated = write(tmp_path / "b.txt", f"---\ndate: 2023-05-14\n---\n{BODY}")
    rows = write(tmp_path / "c.jsonl", jsonl({"text": "x"}, {"text": "y", "date": "2023-06-01"}))
    got = [a.date for a in articles(read(undated, dated, rows, default_date=date(2024, 2, 28)))]
    assert got == [date(2024, 2, 28), date(2023, 5, 14), date(2024, 2, 28), date(2023, 6, 1)]


def test_ingest_ids_are_stable_and_given_ids_kept(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", BODY)
    two = write(tmp_path / "two.txt", "\n" + BODY + "\n\n")
    given_id = write(tmp_path / "g.txt", f"---\nid: 12345\n---\n{BODY}")
    a, b, c = articles(read(one, two, given_id))
    assert a.id == b.id == content_id(BODY)
    assert c.id == "12345"
    assert articles(read(one))[0].id == a.id


def test_ingest_read_path_dispatches_on_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "UPPER.JSONL", jsonl({"text": "Upper-case extension."}))
    assert [a.origin for a in articles(read_path(path, SETTINGS))] == [f"{path}:1"]


# --- properties of the untrusted-input parsers ------------------------------------------

ITEM_TYPES = (Article, Failure, Notice)
front = st.sampled_from([b"", b"---\n", b"---\ntitle: [x\n---\n", b"---\ndate: 2024-02-30\n---\n"])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
json_objects = st.dictionaries(
    st.sampled_from(["text", "id", "title", "date", "url", "outlet", "other"]), json_values
).map(json.dumps)
lines = st.lists(st.text(max_size=60) | json_objects, max_size=8)
furniture_text = st.lists(
    st.sampled_from(["More from X", "PROMOTED STORIES", "Related:", "", "Talks.", "a b", " "])
    | st.text(max_size=20),
    max_size=12,
).map("\n".join)


@hsettings(max_examples=150, deadline=None)
@given(front, st.binary(max_size=600))
def test_ingest_txt_reader_never_raises_on_arbitrary_bytes(head: bytes, data: bytes) -> None:
    small = Settings(max_article_chars=300)
    items = list(read_text_bytes(head + data, "x.txt", small, default_date=date(2024, 1, 1)))
    assert items and all(isinstance(i, ITEM_TYPES) for i in items)
    assert sum(isinstance(i, (Article, Failure)) for i in items) == 1
    for art in articles(items):
        assert art.text and art.text == art.text.strip() and len(art.text) <= 300


@hsettings(max_examples=150, deadline=None)
@given(lines)
def test_ingest_jsonl_reader_never_raises_on_arbitrary_lines(rows: list[str]) -> None:
    data = "\n".join(rows).encode("utf-8", "surrogatepass")
    items = list(read_jsonl_stream(io.BytesIO(data), "x.jsonl", SETTINGS))
    assert all(isinstance(i, ITEM_TYPES) for i in items)
    for art in articles(items):
        assert art.text and art.origin and art.origin.startswith("x.jsonl:")


@given(furniture_text | st.text(max_size=300))
def test_ingest_strip_page_furniture_shortens_to_a_prefix_and_is_idempotent(text: str) -> None:
    once = strip_page_furniture(text)
    assert len(once) <= len(text)
    assert text.startswith(once)
    assert strip_page_furniture(once) == once
