"""How the word model reads an occurrence of a headline piece with its neighbours (see
:mod:`cleaner.injection`, step 2): ``junc``, how much cheaper its two sides read joined without
it (a word split by an insertion), and ``bind``, how much cheaper the piece reads as words with
them (大都市报). Both are 0 unless a word of the dictionary runs across the junction."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from . import lm

__all__ = ["CONTEXT", "binding", "bindings", "junctions", "sides", "sides_of", "splits"]


class _Read(Protocol):
    """What the functions here read and fill in of an occurrence."""

    paragraph: int
    start: int
    end: int
    piece: str
    after: bool
    ext: bool
    junc: int
    bind: int


#: Characters of context on each side that the word model looks at.
CONTEXT = 3

#: The CJK characters that end (begin) a window of text.
_CJK_TAIL = re.compile(f"[{lm.CJK}]+\\Z")
_CJK_HEAD = re.compile(f"[{lm.CJK}]+")


def sides(text: str, o: _Read) -> tuple[str, str]:
    """Up to :data:`CONTEXT` CJK characters each side of ``o`` in ``text``."""
    return sides_of({o.paragraph: text}, [o])[0]


def sides_of(paragraphs: Sequence[str] | Mapping[int, str], found: Sequence[_Read]) -> list[tuple[str, str]]:
    """:func:`sides` of each occurrence of ``found`` in its paragraph, in order: one loop, the
    engine's methods bound once (a regex call is most of a side's cost; no call of
    :func:`sides` an occurrence). Two regex calls bounded to the window a side rather than a
    test per character."""
    search, match, out = _CJK_TAIL.search, _CJK_HEAD.match, []
    for o in found:
        text, start, end = paragraphs[o.paragraph], o.start, o.end
        left = search(text, start - CONTEXT if start > CONTEXT else 0, start)
        right = match(text, end, end + CONTEXT)
        out.append((left.group() if left else "", right.group() if right else ""))
    return out


def junctions(found: Sequence[_Read], sides: Sequence[tuple[str, str]]) -> None:
    """Fill in ``junc`` of each occurrence of ``found`` from the word model (costs of a few
    characters), its ``sides`` (:func:`sides_of`) ``left`` and ``right``: 0 unless a word of the
    dictionary runs across the junction of its neighbours. One loop, the word model's cached
    functions bound once (no call an occurrence)."""
    bridged, cost = lm.bridged, lm.cost
    for o, (left, right) in zip(found, sides):
        if left and right and bridged(left, right):
            o.junc = cost(left) + cost(right) - cost(left + right)


def binding(o: _Read, left: str, right: str) -> None:
    """Fill in ``bind`` of ``o`` from the word model, ``left`` and ``right`` its :func:`sides`:
    0 unless a word of the dictionary runs across an edge of the piece. Never below 0 (the
    costs are of the best segmentation, and the parts' segmentations together are one of the
    whole's), so it can only lower a score."""
    bindings([o], [(left, right)])


def bindings(found: Sequence[_Read], sides: Sequence[tuple[str, str]]) -> None:
    """:func:`binding` of each occurrence of ``found`` with its ``sides``, in one loop (as
    :func:`junctions`)."""
    bridged, cost = lm.bridged, lm.cost
    for o, (left, right) in zip(found, sides):
        piece = o.piece
        if bridged(left, piece) or bridged(piece, right):
            o.bind = cost(left) + cost(piece) + cost(right) - cost(left + piece + right)


def splits(paragraphs: Sequence[str], found: Sequence[_Read], full: int, least: int) -> bool:
    """Whether pieces inside clauses split words of the list (a ``junc`` of ``full`` or more,
    certain), ``least`` pieces or more. Pages with fewer pieces inside clauses than that
    (most pages the first gate stops) are answered before the word model is asked."""
    inside = [o for o in found if not o.ext and not o.after]
    if len({o.piece for o in inside}) < least and not any(o.junc for o in found):
        return False
    junctions(inside, sides_of(paragraphs, inside))
    return len({o.piece for o in found if o.junc >= full}) >= least
