"""Whether the spam cycles through the headline: the tests of the order of a page's suspects
(see :mod:`cleaner.injection`, steps 5 and 6).

Each asks :func:`cleaner.cycle.chain` for the best run of the cycle through the occurrences and
weighs it against what chance gives: a run far longer than random order makes (:func:`cycling`),
or one that skips no piece (:func:`unbroken`), the few sure insertions all in turn
(:func:`follows`), sparse suspects through most of the cut (:func:`sparse`), a two-piece cut in
strict turn at marks (:func:`alternating`, :func:`words_in_turn`) or on a page found stuffed
(:func:`in_turn`). :func:`cleaner.pagegate.page_of` asks them, once a page.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Collection, Sequence

from .cycle import MAX_SPARSE_SKIPS, MIN_CHAIN, MIN_SPARSE_PIECES, O, chain, disjoint

__all__ = ["alternating", "cycling", "follows", "in_turn", "sparse", "unbroken", "words_in_turn"]

#: The spam cycles through the headline when a run of the cycle through the suspects is this
#: many times longer than chance gives (suspects / pieces), and skips at most this many pieces
#: per piece taken (see :func:`cycling`).
CHAIN_EXCESS = 4.0
MAX_SKIP_SHARE = 0.3
#: ... or, for a headline of few pieces (three: chance gives a third of the suspects, so no
#: run is four times that), when the run takes this share of the suspects and is this long:
#: two and a half rounds of the cycle with next to nothing out of order, which random order
#: gives about once in ``3 ** (MIN_FULL_RUN - 1)`` pages.
FULL_SHARE = 0.9
MIN_FULL_RUN = 8
#: ... or, among a stuffed page's plain occurrences (the article's own uses of the headline's
#: words among them), when a run this long skips no piece at all and random order would give one
#: so long less often than this: each occurrence the next piece with a chance of one in the
#: pieces, the run at most the binomial count of those (see :func:`unbroken`).
MIN_UNBROKEN = 8
UNBROKEN_CHANCE = 0.01
#: Fewest sure insertions that, all in cycle order, make a stuffed page a cycling one (see
#: :func:`follows`).
MIN_SHORT_CYCLE = 3
#: ... when the best run through the page's suspects at marks takes at least this share of
#: them: many suspects out of cycle order are random spam whose few sure insertions fell in
#: order by chance (see :func:`follows`).
FOLLOW_SHARE = 0.5
#: Length of the strict alternation p0 p1 p0 p1 ... at marks that shows a headline of two pieces
#: spamorder (see :func:`alternating`): random order gives it about once in ``2 ** (n - 1)`` pages.
MIN_ALTERNATION = 8
#: ... and, with no cut among them, two words of the headline and nothing else at marks in
#: strict turn this many times (see :func:`words_in_turn`).
MIN_WORD_TURNS = 12
#: On a page found stuffed, the occurrences of a two-piece cut that change piece at this share
#: of their steps, this many occurrences or more, show it spamorder (see :func:`in_turn`).
TURN_SHARE = 0.85
MIN_TURNS = 12


def cycling(suspects: list[O], cycle: list[str], skip: float) -> tuple[bool, tuple[list[O], int]]:
    """Whether the spam cycles through the headline, and the run of the cycle that says so with
    the pieces it skips (:func:`chain`'s, which :func:`sparse` may take rather than run it again).

    The best run of the cycle (:func:`chain`) through the suspects must take at least
    :data:`MIN_CHAIN` of them, of three pieces or more, skip few pieces, and be far longer than
    chance gives: suspects in random order (or an article's own words at marks) give a run of
    about ``n / k`` for ``n`` suspects and ``k`` pieces, spam cycling through the headline one
    of nearly all its insertions (:data:`CHAIN_EXCESS` times that, at least; with three pieces,
    where no run is four times ``n / 3``, a run of :data:`MIN_FULL_RUN` or more taking
    :data:`FULL_SHARE` of the suspects).
    """
    if len(cycle) < 3 or len(suspects) < MIN_CHAIN:
        return False, ([], 0)
    run, skips = chain(suspects, cycle, skip)
    ok = len(run) >= MIN_CHAIN and len({o.piece for o in run}) >= 3 \
        and skips <= MAX_SKIP_SHARE * len(run) \
        and (len(run) * len(cycle) >= CHAIN_EXCESS * len(suspects)
             or len(run) >= max(MIN_FULL_RUN, FULL_SHARE * len(suspects)))
    return ok, (run, skips)


def unbroken(pool: list[O], cycle: list[str], skip: float) -> tuple[bool, list[O]]:
    """Whether the best run of the ``cycle`` through ``pool`` skips no piece, takes
    :data:`MIN_UNBROKEN` occurrences or more, and is longer than random order gives but with a
    chance under :data:`UNBROKEN_CHANCE` (the tail of the binomial count of ``len(pool)``
    occurrences each the run's next piece with a chance of one in ``len(cycle)``); and the run.

    :func:`cycling` asks a run four times longer than chance of suspects alone; spam put inside
    clauses between words scores no more than the article's own words there, which then
    outnumber it, but cycles through the headline without a gap (茶农 直播 带货 春茶 卖出 好价
    茶农 直播 带货 春茶 among 26 occurrences of six pieces: about once in 150 random pages),
    while an article's own uses of its headline's words keep to no such turn.
    """
    if len(cycle) < 3 or len(pool) < MIN_UNBROKEN:
        return False, []
    run, skips = chain(pool, cycle, skip)
    if skips or len(run) < MIN_UNBROKEN:
        return False, run
    n, p = len(pool), 1.0 / len(cycle)
    tail = sum(math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                        + i * math.log(p) + (n - i) * math.log1p(-p)) for i in range(len(run), n + 1))
    return tail < UNBROKEN_CHANCE, run


def follows(sure: list[O], cycle: list[str], skip: float, suspects: Sequence[O] = ()) -> bool:
    """Whether the sure insertions of a stuffed page, too few for :func:`cycling`, follow the
    cycle exactly: :data:`MIN_SHORT_CYCLE` or more, of three pieces, none skipped (random order
    does so about once in ``k²`` pages of ``k`` pieces). The page is then repaired as a cycle:
    the article's own headline word at a mark stays unless the cycle needs it there (measured
    on ``make_dirty.py`` seeds 1-2 / 3-4 without the context model: +2 / +1 exact pages). Not
    when the best run through ``suspects`` (the page's suspects at marks) takes less than
    :data:`FOLLOW_SHARE` of them: three sure insertions of a random page fall in cycle order
    about once in ``k²`` pages, and the cycle would then leave its many other insertions (a
    page of 27 suspects at marks repaired as a run of five)."""
    sure = disjoint(sure)
    if len(cycle) < 3 or len(sure) < MIN_SHORT_CYCLE:
        return False
    run, skips = chain(sure, cycle, skip)
    if not (len(run) == len(sure) and skips == 0 and len({o.piece for o in run}) >= 3):
        return False
    return len(chain(disjoint(list(suspects)), cycle, skip)[0]) >= FOLLOW_SHARE * len(suspects)


def sparse(suspects: list[O], cycle: list[str], skip: float,
           chained: tuple[list[O], int] | None = None) -> bool:
    """Whether suspects at marks too few against the article's own headline words for
    :func:`cycling` still show the cycle: a run through :data:`MIN_SPARSE_PIECES` distinct
    pieces or more in headline order, skipping at most :data:`MAX_SPARSE_SKIPS` of them. An
    article's own clause-initial headline words are mostly one or two words (a protagonist, a
    place) in no order: on the shared corpus and the project's real pages no run through them
    passes three pieces, on ``make_dirty.py``'s controls none passes one, while sparse cyclic
    spam (density 0.25: a handful of insertions) runs through its whole cut once. ``chained``:
    :func:`chain`'s run and skips through these ``suspects``, when known (:func:`cycling`'s)."""
    if len(cycle) < MIN_SPARSE_PIECES or len(suspects) < MIN_CHAIN:
        return False
    run, skips = chained or chain(suspects, cycle, skip)
    return len({o.piece for o in run}) >= MIN_SPARSE_PIECES and skips <= MAX_SPARSE_SKIPS


def alternating(suspects: list[O], cycle: list[str], cuts: Collection[str]) -> bool:
    """Whether a headline cut into two pieces, one of them a cut across its words, is spamorder:
    the suspects at marks alternate p0 p1 p0 p1 ... strictly, :data:`MIN_ALTERNATION` times or
    more and nearly all of them (:data:`FULL_SHARE`). :func:`cycling` needs three pieces (with
    two, any order runs through both); an article that writes its headline's two words often
    puts them in no strict turn, and a cut across the words (巧妙用 of 巧妙|用法) is none of its
    words."""
    if len(cycle) != 2 or cycle[0] == cycle[1] or not any(p in cuts for p in cycle):
        return False
    seq = [o.piece for o in disjoint(suspects) if o.piece in cycle]
    best = _longest_turn(seq)
    return best >= MIN_ALTERNATION and best >= FULL_SHARE * len(seq)


def words_in_turn(suspects: Sequence[O]) -> bool:
    """Whether ``suspects`` (at marks) are two pieces and nothing else, in strict turn (p0 p1 p0
    p1 ...) :data:`MIN_WORD_TURNS` times or more: a headline of two words stuffed at marks in
    headline order (新秀 优雅 新秀 … of ``NLP新秀 : BERT的优雅解读``), which no cut gives away
    (:func:`alternating` asks for one). An article that opens clauses with its headline's words
    breaks such a turn long before a dozen."""
    seq = [o.piece for o in sorted(suspects, key=lambda o: (o.paragraph, o.start))]
    return len(seq) >= MIN_WORD_TURNS and len(set(seq)) == 2 and _longest_turn(seq) == len(seq)


def _longest_turn(seq: Sequence[str]) -> int:
    """The length of the longest stretch of ``seq`` in which every item differs from the one
    before it."""
    best = run = 0
    for i, piece in enumerate(seq):
        run = run + 1 if i and piece != seq[i - 1] else 1
        best = max(best, run)
    return best


def in_turn(occs: Sequence[O], cycle: list[str]) -> bool:
    """Whether, on a page already found stuffed, the occurrences of a headline cut into two
    pieces take turns (p0 p1 p0 p1 ...) at :data:`TURN_SHARE` of their steps or more, over
    :data:`MIN_TURNS` occurrences or more. Two words of a headline stuffed inside clauses in
    turn (最后 止痛 最后 …) show no cut and no mark, and the article's own uses of them break
    any strict run (:func:`alternating`); random order changes piece at half of its steps
    (``TURN_SHARE`` of 12 or more about once in 170 pages)."""
    if len(cycle) != 2 or cycle[0] == cycle[1]:
        return False
    seq = [o.piece for o in disjoint(list(occs)) if o.piece in cycle]
    if len(seq) < MIN_TURNS:
        return False
    return sum(a != b for a, b in itertools.pairwise(seq)) >= TURN_SHARE * (len(seq) - 1)
