"""Spam inside clauses: what the context model reads of a page the page-level evidence leaves
undecided (see :mod:`cleaner.injection`, steps 6 and 7).

A spammer who puts the headline's pieces inside clauses leaves few of the signs the page gate
counts: no marks before them, and a piece that is a cut across the headline's words (年厦,
落保) scores only as a cut there, since the article's own text can hold one too (村落保护 holds
落保). Where such cuts, of several pieces, read badly in their clauses -- the context model finds
the clause far likelier without them -- the page is stuffed (:func:`reads_stuffed`). Only cuts
are read: a word the model does not know (a name) reads badly anywhere, a cut of known words
only where it was put. The caller asks only about pages in simplified characters (the model
reads traditional text as unlikely everywhere).

Once the model has read a stuffed page, a piece it finds stuffed inside a clause beyond doubt
(a copy that splits a word or breaks a bigram it knows) vouches for that piece's other copies
between two words, which it reads only at the word's own price (:func:`copied`). And a piece
that makes one of the model's words with its neighbour splits no word of the word list's
(刷|医保|卡, :func:`joins`). The page's own bigrams around each occurrence are its ``seam``
(:func:`cleaner.pagepairs.seams`). Of two pieces taken side by side, one is the article's (:func:`apart`).
On a page stuffed in random order, a piece taken fewer times than the cut's median piece still
has copies between words, read at the word's price: its best ones go (:func:`owed`); so do those
of a piece taken that the page writes too seldom to be the article's own word (:func:`scarce`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from . import lm

__all__ = ["apart", "copied", "joins", "neighbours", "owed", "reads_stuffed", "scarce"]

#: Gain (log10) from which a cut inside a clause reads as put there: legitimate occurrences
#: inside clauses on ``make_dirty.py`` seeds 1-2 seldom reach 8 (what this gate added: the
#: README's injection history, its fourth row).
MIN_READ_GAIN = 9.0
#: Such cuts, and of how many pieces, that make a page stuffed (controls reach one piece read
#: so, an unknown name: 逆水寒, 潘晓颖; a headline with two such names would read two).
MIN_READ = 3
MIN_READ_PIECES = 3
#: ... or this many pieces read so, none of them within one unit of the headline (a name's
#: place, ``Model.within``: 潘晓 of 潘晓颖): two cuts across the headline's words, each read so,
#: are no name (江城|江大桥|跨江大桥, 主跨达|主塔封|到; the twenty-first round: no control page of
#: the corpus, the fixtures, the real pages, their dumps or make_dirty.py seeds 1-12 changed).
MIN_READ_APART = 2

_IS_CJK = lm.IS_CJK
# The run of CJK characters from a place on (_HEAD) or up to one (_TAIL, with endpos).
_CJK_HEAD = re.compile(f"[{lm.CJK}]*")
_CJK_TAIL = re.compile(f"[{lm.CJK}]*\\Z")


class _Occurrence(Protocol):
    """What :func:`reads_stuffed` reads of an occurrence."""

    paragraph: int
    start: int
    end: int
    piece: str
    after: bool
    word: bool
    ext: bool
    bound: bool
    bind: int
    seam: int
    gain: float | None
    score: float


_O = TypeVar("_O", bound=_Occurrence)


def neighbours(text: str, k: int, step: int, skip: Collection[int], window: int) -> str:
    """Up to ``window`` CJK characters from ``text[k]`` on in direction ``step``, passing over
    the positions in ``skip`` and stopping at anything else.

    >>> neighbours("会议，年厦召开", 2, -1, (), 4)
    ''
    >>> neighbours("召开年厦会议", 4, 1, (), 4)
    '会议'
    """
    if not skip and 0 <= k < len(text) and window > 0:
        # Nothing to pass over: the run of CJK characters, found by the engine rather than a
        # test per character (the order of the walk: backwards, the run comes reversed).
        if step == 1:
            return _CJK_HEAD.match(text, k, k + window).group()  # type: ignore[union-attr]
        if step == -1:
            return _CJK_TAIL.search(text, max(0, k - window + 1), k + 1).group()[::-1]  # type: ignore[union-attr]
    out: list[str] = []
    while 0 <= k < len(text) and len(out) < window:
        if k not in skip:
            if not _IS_CJK.match(text[k]):
                break
            out.append(text[k])
        k += step
    return "".join(out)


def reads_stuffed(paragraphs: Sequence[str], occurrences: Sequence[_Occurrence],
                  units: Collection[str], context: lm.ContextModel, window: int,
                  within: Collection[str] = ()) -> bool:
    """Whether :data:`MIN_READ` cuts inside clauses (none at a mark, running on into the
    headline, binding to its neighbours or bound to what follows), of :data:`MIN_READ_PIECES`
    pieces (or of :data:`MIN_READ_APART` pieces none of which is one of ``within``), each read
    with ``window`` characters each side, make their clauses :data:`MIN_READ_GAIN` likelier
    without them."""
    cuts = [o for o in occurrences
            if not (o.after or o.word or o.ext or o.bound or o.bind)]
    if len({o.piece for o in cuts}) < MIN_READ_APART:
        return False
    by_piece: dict[str, list[_Occurrence]] = {}
    for o in cuts:
        by_piece.setdefault(o.piece, []).append(o)
    memo: dict[str, float] = {}
    read: set[str] = set()
    hits = 0
    # Piece by piece, the rarest first, until the answer is known: a page not stuffed by any
    # other sign mostly repeats one word of its headline (再就业 37 times, 资本与 once), and
    # once its rare pieces read well too few are left to make it stuffed.
    unread = len(by_piece)
    for piece, group in sorted(by_piece.items(), key=lambda item: len(item[1])):
        for o in group:
            text = paragraphs[o.paragraph]
            left = neighbours(text, o.start - 1, -1, (), window)[::-1]
            right = neighbours(text, o.end, 1, (), window)
            if context.gain(left, piece, right, units, memo) >= MIN_READ_GAIN:
                hits += 1
                read.add(piece)
        unread -= 1
        if (hits >= MIN_READ and len(read) >= MIN_READ_PIECES) or (
                len(read) >= MIN_READ_APART and not any(piece in within for piece in read)):
            return True
        if len(read) + unread < MIN_READ_APART:
            return False
    return False


#: A copy of the piece read this likely put there (log10 gain, as :data:`MIN_READ_GAIN`) makes
#: the page one that stuffs that piece inside clauses.
COPY_GAIN = 9.0
#: ... and its other copies between two words, read at least this likely put there, gain
#: :data:`W_COPY`.
COPY_FLOOR = 5.0
W_COPY = 1.5
#: A piece read stuffed beyond doubt this many times recurs far above what an article does with
#: a word: its copies between two words get :data:`W_COPY` from this lower gain on, and whether
#: it stands by the same neighbour elsewhere says nothing (its own copies stand by every common
#: character: 什么 or 最后 stuffed fifty times into one page).
COPY_MANY = 4
COPY_FLOOR_MANY = 3.0


def copied(paragraphs: Sequence[str], occurrences: Sequence[_Occurrence]) -> None:
    """Add :data:`W_COPY` to the score of each occurrence between two CJK characters whose
    piece the page also shows stuffed inside a clause beyond doubt (a copy the context model
    reads :data:`COPY_GAIN` likelier without it): a spammer stuffs the same piece again and
    again, so where the model reads a copy only as a word it could do without (a word of the
    headline between two words: gain 4-7, the same as for the article's own uses), the copy
    beyond doubt elsewhere tips it; of a piece stuffed so :data:`COPY_MANY` times or more, from
    :data:`COPY_FLOOR_MANY` on and held by its neighbours or not. Next to a mark or the
    paragraph's edge the model reads only the piece's own price, and the article's own uses
    stand there often: those get nothing."""
    read = [o for o in occurrences if o.gain is not None]
    between = {id(o) for o in read if _between(paragraphs[o.paragraph], o.start, o.end)}
    sure = Counter(o.piece for o in read if o.gain >= COPY_GAIN)
    for o in read:
        many = sure[o.piece] >= COPY_MANY
        if sure[o.piece] and id(o) in between and (o.seam >= 0 or many) \
                and (COPY_FLOOR_MANY if many else COPY_FLOOR) <= o.gain < COPY_GAIN:
            o.score += W_COPY


#: A copy :func:`owed` may take scores at least this (the article's own words inside clauses
#: mostly score below 0: the model reads them at or under the word's price, or they stand by
#: the same neighbour elsewhere) and the model reads it at least this likely put there (log10).
OWED_FLOOR = 0.0
OWED_GAIN = 4.0
#: A piece with no copy taken owes copies only while the median piece is taken at most this
#: often (at a rate of three copies, none taken of a piece the spam uses is a 5 % chance).
OWED_UNSEEN = 2
#: ... and none while more than this many times what it owes of its copies between words are
#: left: the article writes the word itself (无锡, a name it repeats), and the count cannot tell
#: which are the spam's (on the captured inputs of make_dirty.py seeds 1-2 and the injected
#: dumps seeds 1-4: 40 stuffed copies taken and none of the article's, against 43 and 3 without).
OWED_SPREAD = 2


def owed(paragraphs: Sequence[str], live: Sequence[_O], taken: Sequence[_O], cycle: Sequence[str]) -> list[_O]:
    """Copies inside clauses that a page stuffed in random order still owes its pieces, beside
    ``taken``: spam in random order draws each piece of its cut alike, so each comes about as
    often as the others, and a piece taken fewer times than the cut's median piece has copies
    left among its occurrences that read only at the word's price (gain 4-7 between two words,
    as the article's own uses do). Of each such piece, the copies short of that median are
    taken, the best-scoring first, among its occurrences the context model read between two
    CJK characters, scoring :data:`OWED_FLOOR` or more with a gain of :data:`OWED_GAIN` or more,
    not at a mark, not running on into the headline, and touching no other occurrence of a piece
    (of two side by side one is the article's, :func:`apart`: 正值|春耕|备耕|关键期); not where more than :data:`OWED_SPREAD`
    times what the piece owes of such copies are left (the article's own word). A piece none of
    whose copies is taken where the others are taken several times each owes nothing: at the
    median's rate it would show at least one, so the spam does not use it; the median is that of
    the taken copies, below the spam's true rate wherever some are left, so the count errs short."""
    pieces = list(dict.fromkeys(cycle))
    if len(pieces) < 2 or not taken:
        return []
    counts = Counter(o.piece for o in taken)
    ranked = sorted(counts[piece] for piece in pieces)
    half = len(ranked) // 2
    median = ranked[half] if len(ranked) % 2 else (ranked[half - 1] + ranked[half]) / 2
    cells = {(o.paragraph, k) for o in taken for k in range(o.start - 1, o.end + 1)}
    starts, ends = {(o.paragraph, o.start) for o in live}, {(o.paragraph, o.end) for o in live}
    out: list[_O] = []
    for piece in pieces:
        short = int(median - counts[piece])
        if short <= 0 or (not counts[piece] and median > OWED_UNSEEN):
            continue
        between = [o for o in live if o.piece == piece and not o.after and not o.ext and o.gain is not None
                   and _between(paragraphs[o.paragraph], o.start, o.end)
                   and not any((o.paragraph, k) in cells for k in range(o.start, o.end))]
        if len(between) > OWED_SPREAD * short:
            continue
        found = [o for o in between if (o.gain or 0.0) >= OWED_GAIN and o.score >= OWED_FLOOR
                 and (o.paragraph, o.end) not in starts and (o.paragraph, o.start) not in ends]
        found.sort(key=lambda o: -o.score)
        out += found[:short]
    return out


#: :func:`scarce`: a piece the page writes at most this many times in all (its copies running on
#: into the headline aside), one of them taken ... (at 3, the article's own 非遗, 出行, 热线, 枢纽
#: and 说谢谢 went on make_dirty.py seeds 1-8 and the injected dumps beside 28 fragments).
SCARCE_COPIES = 2
#: ... and a copy of it between two words that the model reads at least this likely put there
#: (log10; the article's own words between two words mostly read 2-4, a word at its bare price 4-7)
#: and that scores at least :data:`SCARCE_FLOOR` (nothing binding it).
SCARCE_GAIN = 5.0
SCARCE_FLOOR = -0.5


def scarce(paragraphs: Sequence[str], live: Sequence[_O], taken: Sequence[_O]) -> list[_O]:
    """Copies inside clauses of a piece the spam uses that the page holds too seldom to be the
    article's own word: on a page stuffed in random order, a piece taken at least once and
    written at most :data:`SCARCE_COPIES` times in all leaves one copy to the article, while
    the headline's words the article writes itself (its subject: 茶农, 市民, 医保) it writes
    again and again. Of such a piece, each copy the context model read between two CJK
    characters with a gain of :data:`SCARCE_GAIN` or more, scoring :data:`SCARCE_FLOOR` or more,
    not standing by the same neighbour elsewhere in the page (``seam``: the article's phrasing,
    南|主塔|高 on a page that writes 南主塔 again), not at a mark, not running on into the
    headline and touching no other occurrence
    (`票价|农村|也统一` beside a 农村 taken elsewhere: +5.0, a word read only at its price).
    The caller asks only on a page in simplified characters (the model reads a traditional one
    as its simplified twin, and Cantonese as unlikely anywhere) whose spam goes inside clauses
    too (``Page.after_only``)."""
    counts = Counter(o.piece for o in live if not o.ext)
    got = {o.piece for o in taken}
    ids = set(map(id, taken))
    cells = {(o.paragraph, k) for o in taken for k in range(o.start - 1, o.end + 1)}
    starts, ends = {(o.paragraph, o.start) for o in live}, {(o.paragraph, o.end) for o in live}
    return [o for o in live if o.piece in got and counts[o.piece] <= SCARCE_COPIES and id(o) not in ids
            and not o.after and not o.ext and o.gain is not None and o.gain >= SCARCE_GAIN
            and o.score >= SCARCE_FLOOR and o.seam >= 0 and _between(paragraphs[o.paragraph], o.start, o.end)
            and not any((o.paragraph, k) in cells for k in range(o.start, o.end))
            and (o.paragraph, o.end) not in starts and (o.paragraph, o.start) not in ends]


def _between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between two CJK characters."""
    return 0 < start and end < len(text) and bool(_IS_CJK.match(text[start - 1])) \
        and bool(_IS_CJK.match(text[end]))


def joins(text: str, start: int, end: int, context: lm.ContextModel) -> bool:
    """Whether ``text[start:end]`` makes a word of the context model's vocabulary with the
    characters next to it, up to :data:`cleaner.lm.MAX_WORD` in all (刷|医保|卡: 医保卡).

    The word list reads a piece whose neighbours join into one of its words as a split word
    (刷卡), the surest sign of an insertion; where the model holds the piece and a neighbour
    as one word and does not find the clause clearly likelier without the piece (a gain below
    :data:`cleaner.injection.LM_MID`), the article wrote a longer word there (刷医保卡). On
    ``make_dirty.py`` seeds 1-4, of the occurrences inside clauses of stuffed pages such
    pieces are the article's own 255 times in 259 (the split words among them 30 in 33); the
    repair (:func:`cleaner.injection._context`) then leaves the junction uncounted.

    >>> m = lm.load(lm.find())  # doctest: +SKIP
    >>> joins("直接刷医保卡结算", 3, 5, m), joins("直接刷医疗卡结算", 3, 5, m)  # doctest: +SKIP
    (True, False)
    """
    piece = text[start:end]
    for k in range(1, lm.MAX_WORD - len(piece) + 1):
        before, after = text[max(0, start - k):start], text[end:end + k]
        if (len(before) == k and context.knows(before + piece)) \
                or (len(after) == k and context.knows(piece + after)):
            return True
    return False


def apart(paragraphs: Sequence[str], chosen: list[_O], alone: Callable[[_O], float],
          stretch: Callable[[str], bool]) -> list[_O]:
    """``chosen`` without the article's own of two side by side (one ending where the other
    begins): spam puts its pieces one at a time between the article's characters, so of two
    right next to each other one is the article's (在|白湖|户忙|镇东: its 白湖镇; 正值|春耕|备耕: both).
    The one that runs on into a stretch of the headline (``stretch``) once the other is out
    stays (去年|社区食|人吃上|堂: 社区食堂); else the one scoring lower on ``alone`` (its score
    without what it owes to the other: a split word the two make, 这一|否决|路业务|将 splitting 一路)."""
    starts = {(o.paragraph, o.start): o for o in chosen}
    # Of a piece overlapping another taken one (药|中药|剂 read as 药剂 too) the pair says nothing.
    cells = Counter((o.paragraph, k) for o in chosen for k in range(o.start, o.end))
    clear = {id(o) for o in chosen if all(cells[o.paragraph, k] == 1 for k in range(o.start, o.end))}
    own: set[int] = set()
    for o in sorted(chosen, key=lambda o: (o.paragraph, o.start)):
        q = starts.get((o.paragraph, o.end))
        if q is None or id(o) in own or id(o) not in clear or id(q) not in clear:
            continue
        text = paragraphs[o.paragraph]
        o_on = stretch(o.piece + text[q.end:q.end + 1])
        q_on = o.start > 0 and stretch(text[o.start - 1] + q.piece)
        own.add(id(o) if (o_on, alone(q)) > (q_on, alone(o)) else id(q))
    return [o for o in chosen if id(o) not in own]
