"""How the word model reads an occurrence of a headline piece with its neighbours (see
:mod:`cleaner.injection`, step 2): ``junc``, how much cheaper its two sides read joined without
it (a word split by an insertion), and ``bind``, how much cheaper the piece reads as words with
them (大都市报). Both are 0 unless a word of the dictionary runs across the junction."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import compress
from typing import Generic, Protocol, TypeVar

from . import lm

__all__ = ["CONTEXT", "Unbound", "binding", "bindings", "junctions", "sides", "sides_of", "splits"]


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
    score: float


_R = TypeVar("_R", bound=_Read)

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


class Unbound(Generic[_R]):
    """Occurrences whose ``bind`` is read late, with their sides (:func:`cleaner.injection._judge`:
    words inside clauses scoring 0 or below, which ``bind`` only lowers), read by ``read``
    (:func:`bindings`), each that binds scored again by ``score``."""

    def __init__(self, read: Callable[[list[_R], list[tuple[str, str]]], None],
                 score: Callable[[_R], float]) -> None:
        self._read, self._score = read, score
        self._found: list[_R] = []
        self._sides: list[tuple[str, str]] = []
        self._made: list[float] = []   # the scores the first read found, of those left

    def add(self, o: _R, sides: tuple[str, str]) -> None:
        self._found.append(o)
        self._sides.append(sides)

    def read(self, now: Callable[[_R], bool] | None = None) -> None:
        """The ``bind`` of those ``now`` picks (all without it), which then leave. The first
        read finds the scores as ``score`` makes them; what is taken off one after it (a whole
        or half unit, :data:`cleaner.pagegate.W_OFF_PLACE`) stays off once ``bind`` is read, as
        exactly as when ``bind`` came first."""
        if not self._found:
            return
        picked = [now is None or now(o) for o in self._found]
        found = list(compress(self._found, picked))
        made = list(compress(self._made, picked)) if self._made else [o.score for o in found]
        self._read(found, list(compress(self._sides, picked)))
        for o, was in zip(found, made):
            if o.bind:
                o.score = self._score(o) + (o.score - was)
        left = [not pick for pick in picked]
        self._found, self._sides = list(compress(self._found, left)), list(compress(self._sides, left))
        self._made = [o.score for o in self._found]


def splits(paragraphs: Sequence[str], found: Sequence[_Read], full: int, least: int) -> bool:
    """Whether pieces inside clauses split words of the list (a ``junc`` of ``full`` or more,
    certain), ``least`` pieces or more. Pages with fewer pieces inside clauses than that
    (most pages the first gate stops) are answered before the word model is asked."""
    inside = [o for o in found if not o.ext and not o.after]
    if len({o.piece for o in inside}) < least and not any(o.junc for o in found):
        return False
    junctions(inside, sides_of(paragraphs, inside))
    return len({o.piece for o in found if o.junc >= full}) >= least
