"""The real pages in ``fixtures/real/``: their labels and their origins are well formed.

Each page there was taken from a public repository (origin and license in
``fixtures/real/index.jsonl``) and labelled by hand. Their scores are guarded with the shared
corpus in ``tests/test_corpus.py``; this module checks the data itself, so that a typo in a
hand-written label or a page without a recorded origin fails loudly:

- every page has a label and an index row, and every index row a page;
- the index row names a repository, a path, a 40-digit commit and a license;
- the page decodes strictly with the label's ``encoding``;
- the title, each ``must_include`` sentence and each body paragraph occur in the page's text
  (whitespace-insensitively, character references resolved), and no ``must_exclude`` string
  occurs in the body.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"
INDEX = REAL / "index.jsonl"
LABELS = sorted(REAL.glob("*.json"))
KEYS = {"id", "set", "kind", "origin", "license", "title", "date", "authors", "editor", "source",
        "original_source", "body", "optional", "must_include", "must_exclude", "encoding", "notes"}
INDEX_KEYS = {"id", "repository", "path", "commit", "license", "site", "kind", "encoding"}
ENCODINGS = {"utf-8", "gb18030", "big5hkscs"}
DATE_RE = re.compile(r"\d{4}-\d\d-\d\d( \d\d:\d\d(:\d\d)?)?")
_TAG = re.compile(r"<[^>]*>")


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _page_text(label: dict[str, Any], path: Path) -> str:
    """The page's characters without tags and whitespace, references resolved: once as a reader
    sees them (tags stripped, then references), once with references resolved first (a page
    may escape its markup twice)."""
    raw = path.read_bytes().decode(label["encoding"])
    return (_squeeze(html.unescape(_TAG.sub("", raw))) + "\n"
            + _squeeze(html.unescape(_TAG.sub("", html.unescape(raw)))))


def _index(index: Path = INDEX) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_id = {row["id"]: row for row in rows}
    assert len(by_id) == len(rows), f"{index} lists an id twice"
    return by_id


pytestmark = pytest.mark.skipif(not LABELS, reason="fixtures/real/ holds no labelled pages")


def test_every_page_has_a_label_and_an_origin() -> None:
    check_origins(REAL, INDEX_KEYS)


def check_origins(folder: Path, index_keys: set[str]) -> None:
    """Every page in ``folder`` has a label and an index row, and every row a page, naming a
    repository, a path, a 40-digit commit and a license (shared with the foreign pages' test)."""
    index = _index(folder / "index.jsonl")
    pages = {p.stem for p in folder.iterdir() if p.suffix in (".html", ".htm", ".txt")}
    labels = {p.stem for p in folder.glob("*.json")}
    assert pages == labels, f"pages without labels: {pages - labels}; labels without pages: {labels - pages}"
    assert set(index) == labels, (f"index rows without pages: {set(index) - labels}; "
                                  f"pages without index rows: {labels - set(index)}")
    for row in index.values():
        assert index_keys <= set(row), f"{row.get('id')}: index row lacks {index_keys - set(row)}"
        assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]), f"{row['id']}: commit {row['commit']!r}"
        assert row["license"] and row["repository"].count("/") == 1, row["id"]


@pytest.mark.parametrize("label_path", LABELS, ids=[p.stem for p in LABELS])
def test_real_label_matches_its_page(label_path: Path) -> None:
    check_label(label_path, "real", KEYS, ENCODINGS)


def check_label(label_path: Path, set_name: str, keys: set[str], encodings: set[str]) -> dict[str, Any]:
    """The label is well formed and what it quotes is on its page (shared with the foreign
    pages' test); returns the label."""
    label = json.loads(label_path.read_text(encoding="utf-8"))
    assert keys <= set(label), f"missing keys {keys - set(label)}"
    assert label["id"] == label_path.stem and label["set"] == set_name
    assert label["encoding"] in encodings
    assert label["date"] is None or DATE_RE.fullmatch(label["date"]), label["date"]
    assert isinstance(label["authors"], list)
    page_path = next(p for p in label_path.parent.glob(label_path.stem + ".*") if p.suffix != ".json")
    text = _page_text(label, page_path)
    if label["title"]:
        assert _squeeze(label["title"]) in text, f"title {label['title']!r} is not on the page"
    for sentence in label["must_include"]:
        assert _squeeze(sentence) in text, f"must_include {sentence!r} is not on the page"
    body = _squeeze(label["body"])
    for sentence in label["must_include"]:
        assert _squeeze(sentence) in body, f"must_include {sentence!r} is not in the body"
    for paragraph in label["body"].split("\n"):
        assert _squeeze(paragraph) in text, f"body paragraph not on the page: {paragraph[:40]!r}"
    for boilerplate in label["must_exclude"]:
        assert _squeeze(boilerplate) not in body, f"must_exclude {boilerplate!r} is in the body"
    return label
