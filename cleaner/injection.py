"""Headline-fragment injection: detection and repair. (Stub: repairs nothing yet.)"""

from __future__ import annotations

from .article import Repair

__all__ = ["repair"]


def repair(paragraphs: tuple[str, ...], *, headlines: tuple[str, ...],
           hidden: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    """Take injected headline fragments out of ``paragraphs``; returns them and the repairs."""
    return paragraphs, ()
