"""Regression over ``fixtures/``: every page next to the JSON a person wrote for it by hand.

Each ``fixtures/<name>.json`` describes what ``clean()`` must return for the page beside it
(``<name>.html`` or ``<name>.txt``); ``fixtures/README.md`` gives the fields and the conventions.
One parametrised test runs them all, with the fixture name as the test id, so every page passes
or fails on its own (``pytest -k gbk_rice_harvest``), and a failure lists every field that is
wrong, with a paragraph diff for the body.

A second test checks the labels themselves (keys, types, date format, strings that must be on
the page), so a typo in a hand-written JSON fails loudly instead of passing vacuously.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from cleaner import clean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Fixed "now" so that dates shown without a year ("11-20 18:42") resolve the same way every run.
NOW = datetime(2026, 11, 28, tzinfo=SHANGHAI)
PAGE_SUFFIXES = (".html", ".htm", ".txt")
LABEL_PATHS = sorted(FIXTURES.glob("*.json"))

#: Label date formats, by length of the labelled string: the precision the label asks for.
DATE_FORMATS = {10: "%Y-%m-%d", 16: "%Y-%m-%d %H:%M", 19: "%Y-%m-%d %H:%M:%S"}
DATE_RE = re.compile(r"\d{4}-\d\d-\d\d( \d\d:\d\d(:\d\d)?)?")
REQUIRED_KEYS = {
    "title", "date", "authors", "editor", "source", "original_source", "body", "optional",
    "must_include", "must_exclude", "encoding", "notes",
}
ENCODINGS = {"utf-8", "gb18030", "big5hkscs"}


def _page_path(label_path: Path) -> Path:
    pages = [p for p in label_path.parent.glob(label_path.stem + ".*") if p.suffix in PAGE_SUFFIXES]
    assert len(pages) == 1, f"{label_path.name}: expected one page beside it, found {pages}"
    return pages[0]


def _load(label_path: Path) -> tuple[dict[str, Any], Path]:
    return json.loads(label_path.read_text(encoding="utf-8")), _page_path(label_path)


def _norm(text: str) -> str:
    """Strip and collapse runs of whitespace (full-width spaces and &nbsp; included) to one space."""
    return " ".join(text.split())


def _squeeze(text: str) -> str:
    """Drop all whitespace: must_include / must_exclude are matched whitespace-insensitively."""
    return "".join(text.split())


def _paragraphs(body: str) -> list[str]:
    return [p for p in (_norm(line) for line in body.split("\n")) if p]


def _check_date(expected: str | None, published: datetime | None) -> list[str]:
    if expected is None:
        if published is not None:
            return [f"published: the page shows no date, got {published.isoformat()}"]
        return []
    if published is None:
        return [f"published: expected {expected}, got None"]
    if published.tzinfo is None:
        return [f"published: {published.isoformat()} is naive, expected a tz-aware datetime"]
    got = published.astimezone(SHANGHAI).strftime(DATE_FORMATS[len(expected)])
    if got != expected:
        return [f"published: expected {expected} (Asia/Shanghai), got {got} "
                f"(from {published.isoformat()})"]
    return []


def _check_body(label: dict[str, Any], paragraphs: tuple[str, ...]) -> list[str]:
    optional = {_norm(s) for s in label["optional"]}
    got = [p for p in (_norm(p) for p in paragraphs) if p and p not in optional]
    expected = _paragraphs(label["body"])
    if got == expected:
        return []
    diff = "\n".join(difflib.unified_diff(
        expected, got, fromfile="labelled body", tofile="clean() paragraphs (optional dropped)",
        lineterm="", n=1))
    return [f"body: {len(expected)} paragraphs labelled, {len(got)} returned\n{diff}"]


@pytest.mark.parametrize("label_path", LABEL_PATHS, ids=[p.stem for p in LABEL_PATHS])
def test_fixture_page_is_cleaned_as_labelled(label_path: Path) -> None:
    label, page = _load(label_path)
    article = clean(page.read_bytes(), now=NOW)
    problems: list[str] = []

    if label["title"] is not None and _norm(article.title or "") != _norm(label["title"]):
        problems.append(f"title: expected {label['title']!r}, got {article.title!r}")
    problems += _check_date(label["date"], article.published)
    if set(article.authors) != set(label["authors"]):
        problems.append(f"authors: expected {sorted(label['authors'])}, got {sorted(article.authors)}")
    for key in ("editor", "source", "original_source"):
        if key in label and getattr(article, key) != label[key]:
            problems.append(f"{key}: expected {label[key]!r}, got {getattr(article, key)!r}")

    text = _squeeze(article.text)
    problems += [f"must_include missing: {s!r}" for s in label["must_include"] if _squeeze(s) not in text]
    problems += [f"must_exclude leaked: {s!r}" for s in label["must_exclude"] if _squeeze(s) in text]

    if label["body"] == "":
        if article.text != "":
            problems.append(f"body: the page holds no article, got {len(article.paragraphs)} "
                            f"paragraphs, first {article.paragraphs[0][:60]!r}")
        if not any(r.reason == "no-article" for r in article.removed):
            problems.append("removed: no entry with reason 'no-article'")
    else:
        problems += _check_body(label, article.paragraphs)

    if problems:
        pytest.fail(f"{page.name}:\n- " + "\n- ".join(problems), pytrace=False)


def _page_text(raw: str) -> str:
    """The page with tags, scripts and whitespace gone: enough to see a label string is on it."""
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->", " ", raw)
    return _squeeze(html.unescape(re.sub(r"(?s)<[^>]*>", "", raw)))


@pytest.mark.parametrize("label_path", LABEL_PATHS, ids=[p.stem for p in LABEL_PATHS])
def test_fixture_label_is_well_formed(label_path: Path) -> None:
    label, page = _load(label_path)
    assert REQUIRED_KEYS <= label.keys(), f"missing keys: {sorted(REQUIRED_KEYS - label.keys())}"
    assert label["encoding"] in ENCODINGS, label["encoding"]
    raw = page.read_bytes().decode(label["encoding"])  # strict: the label names the real encoding
    on_page = _page_text(raw) if page.suffix != ".txt" else _squeeze(raw)

    assert label["date"] is None or DATE_RE.fullmatch(label["date"]), label["date"]
    for key in ("title", "editor", "source", "original_source"):
        assert label[key] is None or (isinstance(label[key], str) and label[key].strip()), key
    for key in ("authors", "optional", "must_include", "must_exclude"):
        assert isinstance(label[key], list) and all(isinstance(s, str) and s for s in label[key]), key
    assert len(set(label["authors"])) == len(label["authors"]), "authors repeated"

    body = label["body"]
    assert isinstance(body, str)
    if body:
        paragraphs = body.split("\n")
        assert all(p and p == p.strip() for p in paragraphs), "empty or unstripped body paragraph"
        assert 2 <= len(label["must_include"]) <= 4, "an article needs 2-4 must_include strings"
    assert len(label["must_exclude"]) >= 3, "label at least 3 must_exclude strings"
    for s in label["must_include"]:
        assert _squeeze(s) in _squeeze(body), f"must_include not in the labelled body: {s!r}"
    for s in label["must_exclude"]:
        assert _squeeze(s) not in _squeeze(body), f"must_exclude inside the labelled body: {s!r}"
        assert _squeeze(s) in on_page, f"must_exclude not on the page (typo?): {s!r}"
    for s in label["optional"]:
        assert _squeeze(s) in on_page, f"optional string not on the page (typo?): {s!r}"
    if label["title"] is not None:
        assert _squeeze(label["title"]) in on_page, "title not on the page"
