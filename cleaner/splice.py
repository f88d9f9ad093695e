"""Take spans out of paragraphs, recording each one taken as a :class:`~cleaner.article.Repair`.

The last step of the injection repair: the verdicts name spans by paragraph and offsets in the
paragraph as found, and the record keeps those offsets, so that a reader (``cleaner explain``)
can show each fragment struck out where it stood.
"""

from __future__ import annotations

from .article import Repair

__all__ = ["splice"]


def splice(paragraphs: tuple[str, ...], spans: list[tuple[int, int, int, str, str]]
           ) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    """``paragraphs`` without the ``(paragraph, start, end, fragment, reason)`` spans (which
    must not overlap), and a repair for each, in paragraph then offset order. ``fragment`` is
    the piece of the headline the span was judged to be.

    >>> splice(("甲乙丙丁",), [(0, 1, 3, "乙丙", "why")])
    (('甲丁',), (Repair(fragment='乙丙', paragraph=0, offset=1, reason='why'),))
    """
    by_paragraph: dict[int, list[tuple[int, int, str, str]]] = {}
    for index, start, end, fragment, reason in spans:
        by_paragraph.setdefault(index, []).append((start, end, fragment, reason))
    out = list(paragraphs)
    repairs: list[Repair] = []
    for index, items in sorted(by_paragraph.items()):
        text = paragraphs[index]
        kept: list[str] = []
        last = 0
        for start, end, fragment, reason in sorted(items):
            kept.append(text[last:start])
            last = end
            repairs.append(Repair(fragment, index, start, reason))
        kept.append(text[last:])
        out[index] = "".join(kept)
    return tuple(out), tuple(repairs)
