"""Metadata: title, published, source, original source, authors, editor.

(First cut: the title only; the rest follows.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .blocks import Block, Page
from .config import CleanerConfig

__all__ = ["Meta", "find_title", "find_meta"]

_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|--?|—+|–|\s-\s)\s*")


@dataclass(frozen=True)
class Meta:
    published: datetime | None = None
    source: str | None = None
    original_source: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_title(page: Page) -> str | None:
    """The headline: the heading the ``<title>`` agrees with, else the ``<title>`` minus its site."""
    head_title = page.meta("og:title") or page.meta("title") or ""
    full = _squash(page.meta("title") or "") + _squash(page.meta("og:title") or "")
    headings = [b for b in page.blocks if b.heading and 4 <= len(b.text) <= 80]
    for level in (1, 2, 3):
        for b in headings:
            if b.heading == level and _squash(b.text) in full:
                return b.text
    if head_title:
        parts = [p for p in _TITLE_SPLIT.split(head_title) if p]
        if parts:
            return max(parts[:2], key=len)
    h1 = [b for b in headings if b.heading == 1]
    return h1[0].text if h1 else None


def find_meta(page: Page, kept: tuple[Block, ...], *, title: str | None, url: str | None,
              now: datetime | None, config: CleanerConfig) -> Meta:
    return Meta()
