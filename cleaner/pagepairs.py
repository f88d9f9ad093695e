"""The page's own pairs of characters, and the seam of a headline piece inside a clause (see
:mod:`cleaner.injection`, step 2).

:func:`seams` reads, for each occurrence of a piece inside a clause, whether its two neighbours
stand side by side elsewhere in the page (the text without the piece is the page's own wording)
and whether the piece stands by them elsewhere too (it belongs there). :class:`PairCounts` answers
those questions a few pairs at a time, one a page: :func:`cleaner.injection.repair` makes it, and
its two judgements of a stuffed page share it.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

from .lm import IS_CJK, lexicon, simplify
from .spread import _Suspect

__all__ = ["PairCounts", "held_by_taken", "seams"]

#: The last and the first character of a string ("" for an empty one).
_LAST = operator.itemgetter(slice(-1, None))
_FIRST = operator.itemgetter(slice(None, 1))
#: One CJK character (:func:`seams`), and the main block's first and last characters, told by
#: two comparisons before the pattern is asked (a regex call a character costs ten times more).
_CJK_CHAR = IS_CJK
_MAIN_FIRST, _MAIN_LAST = "\u4e00", "\u9fff"


def seams(paragraphs: Sequence[str], occurrences: Sequence[_Suspect], pairs: PairCounts | None = None) -> None:
    """Set ``seam`` of each occurrence inside a clause from the page's own bigrams: 1 when its
    two neighbours stand side by side elsewhere in the page (L|R: the text without the piece is
    the page's own wording) and the piece does not stand by either of them twice or more
    elsewhere, -1 when it does (L|P or P|R seen again: the piece belongs there), else 0.

    Not -1 when L|R is a word of the list that the page writes at least twice as often as the
    piece stands by its neighbour: a piece stuffed into a page dozens of times splits the page's
    common words again and again (消|品架|化 three times on a page that writes 消化 throughout),
    so that it stands by the same half of a word twice by chance; the article's own word stands
    by its neighbours more often than they make a word (技术|架构|师: 术师 is none).

    Each occurrence's seam is its own (the page's pairs and its window): ``pairs``, the page's
    :class:`PairCounts` (which keeps the seams decided), lets a caller set some first and the
    others later at no extra cost."""
    inside = [o for o in occurrences if not o.after and not o.ext]
    if not inside:
        return
    pairs = pairs or PairCounts(paragraphs)
    decided = pairs.seams   # the seam of each piece between its two neighbours, once a page
    words = lexicon()
    for o in inside:
        text = paragraphs[o.paragraph]
        if o.start == 0 or o.end >= len(text):
            continue
        left, right = text[o.start - 1], text[o.end]
        seam = decided.get(window := left + o.piece + right)
        if seam is not None:
            o.seam = seam
            continue
        if not ((_MAIN_FIRST <= left <= _MAIN_LAST or _CJK_CHAR.match(left))
                and (_MAIN_FIRST <= right <= _MAIN_LAST or _CJK_CHAR.match(right))):
            continue
        # A word of the list split (消|品架|化) that the page writes whole at least as often: the
        # piece beside its halves is chance. Not beside a copy of its own edge (公交|公交车),
        # where L|R is the piece's own pair. (L|R is looked for only where it could tell: one
        # scan of the page a pair, where counting every neighbour's pairs costs one a character.)
        first, last = o.piece[0], o.piece[-1]
        word = left != last and right != first and simplify(left + right) in words
        held = pairs.held(first, left, last, right, word)
        if held < 2:
            o.seam = decided[window] = 1 if pairs.seen(left + right, 1) else 0
            continue
        o.seam = decided[window] = 1 if word and pairs.seen(left + right, 2 * held) else -1


def held_by_taken(paragraphs: Sequence[str], live: Sequence[_Suspect], taken: Sequence[_Suspect]) -> list[_Suspect]:
    """The occurrences inside a clause among ``live`` that :func:`seams` read as held (-1: the
    piece stands by the same neighbour elsewhere) only where the pair stands in a copy ``taken``
    (a character of it in one): random spam stuffs a piece again and again, and by chance after
    the same character twice (的|稳健 twice on one page); a copy the repair took as the spam's
    is no witness of the article's phrasing (as :func:`cleaner.spread.held_at_marks` reads
    witnesses at marks)."""
    cells = {(o.paragraph, k) for o in taken for k in range(o.start, o.end)}
    out = []
    for o in live:
        if o.seam >= 0 or o.after or o.ext or (o.paragraph, o.start) in cells:
            continue
        text = paragraphs[o.paragraph]
        if 0 < o.start and o.end < len(text) and max(
                _untaken(paragraphs, text[o.start - 1] + o.piece[0], cells),
                _untaken(paragraphs, o.piece[-1] + text[o.end], cells)) < 2:
            out.append(o)
    return out


def _untaken(paragraphs: Sequence[str], pair: str, cells: set[tuple[int, int]]) -> int:
    """How often ``pair`` stands in ``paragraphs`` with neither character in ``cells``."""
    n = 0
    for i, text in enumerate(paragraphs):
        at = text.find(pair)
        while at >= 0:
            n += (i, at) not in cells and (i, at + 1) not in cells
            at = text.find(pair, at + 1)
    return n


class PairCounts:
    """Whether pairs of characters stand in a page's paragraphs, asked a few pairs at a time
    (:func:`seams`): the paragraphs joined by a line break, which no pair of
    CJK characters spans, and ``str.find`` stopping at the answer. One a page: the injection
    repair makes it once and its two judgements of a stuffed page share it; the page is joined
    at the first question (most pages the repair reads stop at a gate before any)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = paragraphs
        self._joined = ""
        self._answers: dict[tuple[str, int], bool] = {}
        #: the seam of each window (a piece between its two neighbours) :func:`seams` has decided
        self.seams: dict[str, int] = {}
        self._parts: dict[str, list[str]] = {}
        self._lasts: dict[str, str] = {}
        self._firsts: dict[str, str] = {}

    def before(self, char: str, other: str) -> int:
        """How often the character ``other`` stands right before ``char`` (a pair ``Xc`` stands
        as often as ``X`` before ``c``, overlapping: 甲甲甲 holds 甲甲 twice): one ``str.split``
        a character, and the characters before its places joined into a string that counts
        each neighbour at C level, where :meth:`seen` scans the page once a pair."""
        lasts = self._lasts.get(char)
        if lasts is None:
            lasts = self._lasts[char] = "".join(map(_LAST, self._split(char)[:-1]))
        return lasts.count(other) if other != char else self._doubled(char, len(lasts), 0)

    def after(self, char: str, other: str) -> int:
        """How often the character ``other`` stands right after ``char`` (as :meth:`before`)."""
        firsts = self._firsts.get(char)
        if firsts is None:
            firsts = self._firsts[char] = "".join(map(_FIRST, self._split(char)[1:]))
        return firsts.count(other) if other != char else self._doubled(char, len(firsts), -1)

    def held(self, first: str, left: str, last: str, right: str, whole: bool) -> int:
        """How often the piece's neighbours stand by its edges elsewhere too: the larger of
        :meth:`before` (``left`` before ``first``) and :meth:`after` (``right`` after ``last``);
        unless ``whole``, any count from 2 once one side reaches it (:func:`seams` then needs no
        more), the side whose character is split already asked first, else the right one (a
        split a character: measured, the fewer splits)."""
        if not whole and (last in self._parts or first not in self._parts):
            n = self.after(last, right)
            return n if n >= 2 else max(n, self.before(first, left))
        n = self.before(first, left)
        return n if n >= 2 and not whole else max(n, self.after(last, right))

    def _doubled(self, char: str, beside: int, edge: int) -> int:
        """How often ``char`` stands next to itself: an empty part between two of its places
        (not the part opening or closing the page, at ``edge``), of all the parts but one
        less the ``beside`` ones that are not empty."""
        parts = self._split(char)
        return len(parts) - 1 - beside - (parts[edge] == "") if len(parts) > 1 else 0

    def _split(self, char: str) -> list[str]:
        parts = self._parts.get(char)
        if parts is None:
            parts = self._parts[char] = self._page().split(char)
        return parts

    def seen(self, pair: str, times: int) -> bool:
        """Whether ``pair`` stands at least ``times`` times (overlapping: 甲甲甲 holds 甲甲 twice)."""
        key = (pair, times)
        if key not in self._answers:
            at, page = -1, self._page()
            for _ in range(times):
                at = page.find(pair, at + 1)
                if at < 0:
                    break
            self._answers[key] = at >= 0
        return self._answers[key]

    def _page(self) -> str:
        if not self._joined:
            self._joined = "\n".join(self._paragraphs)
        return self._joined
