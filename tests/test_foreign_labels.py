"""The pages in other languages in ``fixtures/foreign/``: their labels and origins are well formed.

Each page there (the fallback's pages: trafilatura's text, the cleaner's title, date and
authors) was taken from a public repository (origin and license in
``fixtures/foreign/index.jsonl``) and labelled by hand. Their scores are guarded with the shared
corpus in ``tests/test_corpus.py``; this module checks the data itself with the checks of
``tests/test_real_labels.py`` (every page has a label and an index row naming its origin; the
title and the quoted lines are on the page), and what is the foreign set's own: a language, a
kind, a page that is no article labelled empty, authors that are names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_real_labels import KEYS as REAL_KEYS, INDEX_KEYS as REAL_INDEX_KEYS, check_label, check_origins

FOREIGN = Path(__file__).resolve().parent.parent / "fixtures" / "foreign"
LABELS = sorted(FOREIGN.glob("*.json"))
KEYS = REAL_KEYS | {"language"}
INDEX_KEYS = REAL_INDEX_KEYS | {"language"}
KINDS = {"news", "blog", "non-article"}

pytestmark = pytest.mark.skipif(not LABELS, reason="fixtures/foreign/ holds no labelled pages")


def test_every_foreign_page_has_a_label_and_an_origin() -> None:
    check_origins(FOREIGN, INDEX_KEYS)


@pytest.mark.parametrize("label_path", LABELS, ids=[p.stem for p in LABELS])
def test_foreign_label_matches_its_page(label_path: Path) -> None:
    """Well formed, quoting its page; an article has a title, lines it must keep and people's
    names (no URL, no handle); a page that is no article has no title, date, authors or body."""
    label = check_label(label_path, "foreign", KEYS, {"utf-8"})
    assert label["kind"] in KINDS and re.fullmatch(r"[a-z]{2}", label["language"]), label["id"]
    if label["kind"] == "non-article":
        assert (label["title"], label["date"], label["authors"], label["body"]) == (None, None, [], "")
    else:
        assert label["title"] and label["must_include"], label["id"]
    for name in label["authors"]:
        assert name.strip() == name and not re.search(r"[/@:]|https?", name), name
