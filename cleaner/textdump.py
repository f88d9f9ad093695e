"""Plain-text page dump -> Page: every non-empty line becomes a block.

(First cut: lines only; the dump-specific reading of chrome, meta lines and blurbs follows.)
"""

from __future__ import annotations

from .blocks import Block, Page, normalize_space
from .body import Selection, select as _select_html

__all__ = ["parse", "select"]


def parse(text: str) -> Page:
    """Cut a text dump into one block per non-empty line, in order."""
    lines = (normalize_space(line) for line in text.splitlines())
    return Page(blocks=tuple(Block(text=line, position=i) for i, line in
                             enumerate(line for line in lines if line)), kind="text")


def select(blocks: tuple[Block, ...], *, title: str | None = None) -> Selection:
    """Choose the article's lines (for now: the generic cascade of body.select)."""
    return _select_html(blocks, title=title)
