"""The spammer's cut and order: two small DPs over a headline's pieces (see
:mod:`cleaner.injection`, steps 3 and 5).

:func:`tiling` picks the cut of each headline into consecutive pieces that the occurrences
support best; :func:`chain` the occurrences that make the best run of the cycle through those
pieces (p0 p1 ... p0 p1 ...), of two like copies of a piece at marks in a paragraph the later
(:func:`_latest`). Both are linear in the headline's length or the occurrences times the
cycle's length.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from . import lm

__all__ = ["MIN_CHAIN", "chain", "cycle_of", "disjoint", "lone_end", "passed_over", "run_on",
           "tiling", "trim", "unread_leads"]

_IS_CJK = lm.IS_CJK

#: Shortest run in headline order (of three pieces at least) that shows cycling spam.
MIN_CHAIN = 4
#: Distinct pieces, in cycle order, that a run through sparse spam's suspects at marks needs
#: to show cycling spam without the excess over chance (see :func:`cleaner.spamorder.sparse`); pieces it may skip.
MIN_SPARSE_PIECES = 4
MAX_SPARSE_SKIPS = 1
#: A run's end piece this many marks (and this many times the run's median gap) away from
#: its neighbour in the run is not taken (see :func:`trim`).
TRIM_GAP = 4
TRIM_FACTOR = 3.0
#: A run's last piece alone in a later paragraph is not taken when the run's rate of insertion
#: per mark would leave that paragraph's other marks empty less often than this (see
#: :func:`lone_end`).
LONE_CHANCE = 0.2

#: Score by which a copy of a piece whose clause names the cycle's next piece gives way to a
#: copy that does not (see :func:`_latest`).
NAMED_SLACK = 0.5

#: (headline index, start, end) in the headline's CJK sequence
Span = tuple[int, int, int]


class _Placed(Protocol):
    """What the DPs read of an occurrence."""

    paragraph: int
    start: int
    end: int
    piece: str
    score: float
    after: bool


O = TypeVar("O", bound=_Placed)
_SCORE = operator.attrgetter("score")
_PLACE = operator.attrgetter("paragraph", "start")


def _before(a: O, b: O) -> bool:
    """Whether ``a`` ends before ``b`` starts, ``b`` starting after ``a`` (a later paragraph or place)."""
    return a.paragraph < b.paragraph or a.end <= b.start and a.start < b.start


def disjoint(chosen: list[O]) -> list[O]:
    """``chosen`` without overlaps (the higher score wins), in text order."""
    # None overlapping (in text order, each past the one before: most calls), all of them.
    placed = sorted(chosen, key=_PLACE)
    if all(map(_before, placed, placed[1:])):
        return placed
    # A cell is paragraph << 32 | offset: a range of ints, no tuple a character. A stable sort
    # by score, reversed, keeps equal scores in their order, as one by the negated score does.
    taken: set[int] = set()
    out: list[O] = []
    for o in sorted(chosen, key=_SCORE, reverse=True):
        base = o.paragraph << 32
        cells = range(base + o.start, base + o.end)
        if taken.isdisjoint(cells):
            taken.update(cells)
            out.append(o)
    return sorted(out, key=_PLACE)


def starts(pieces: dict[str, tuple[Span, ...]], headlines: int) -> list[dict[int, list[tuple[int, str]]]]:
    """For each of the ``headlines``, its ``pieces`` by where they start in its CJK sequence, as
    (end, piece) in the pieces' order: what :func:`tiling` walks (a headline's model makes it once)."""
    out: list[dict[int, list[tuple[int, str]]]] = [{} for _ in range(headlines)]
    for piece, spans in pieces.items():
        for h, s, e in spans:
            out[h].setdefault(s, []).append((e, piece))
    return out


def tiling(support: dict[str, float], starting_by: Sequence[dict[int, list[tuple[int, str]]]], seqs: tuple[str, ...],
           skippable: frozenset[str]) -> list[list[str]]:
    """For each headline, the best-supported cut into consecutive pieces (in headline order).

    A cut walks the headline's CJK sequence: it may drop the first character, drop a function
    character between pieces, and stop up to two characters short of the end; everything else is
    cut into pieces of 2-3 characters (one inner function character may be skipped). The cut with
    the highest total support wins (a headline none of whose pieces has support gives none). A
    piece the headline holds twice (小区 of 老旧小区改造 首批涉及42个小区) counts its support
    once: the copies the page shows of it are the same whichever place of the cut they stand
    for, so counted at both places they buy a cut that leaves out the piece stuffed at the
    other (涉及|小区 over 涉及|个小).
    """
    out: list[list[str]] = []
    for seq, starting in zip(seqs, starting_by):   # the pieces by where they start (:func:`starts`)
        order = _cut(seq, starting, support, skippable)
        twice = {piece for piece in order if order.count(piece) > 1}
        if twice:
            # The piece at one of its places only, in turn; the best by each piece counted once.
            tries = [order] + [_cut(seq, {s: [(e, p) for e, p in ends if p != piece or s == at]
                                          for s, ends in starting.items()}, support, skippable)
                               for piece in sorted(twice) for at in sorted(s for s, ends in starting.items()
                                                                            if any(p == piece for _, p in ends))]
            # ... but a cut holding the piece at both places earns half its support once more:
            # spam that uses it at both turns leaves each half its copies, and a piece beside it
            # (the piece and a dropped function character) wins that place only with more than
            # that half, not on a copy or two of its own. Each piece is added once in the cut's
            # order, not a set's: floats summed in another order may differ in the last bit, and
            # the winner of two tries of equal support then hung on the process's hash seed.
            order = max(tries, key=lambda cut: sum(support.get(p, 0.0) * (1 + (cut.count(p) - 1) / 2)
                                                   for p in dict.fromkeys(cut)))
        out.append(order)
    return out


def _cut(seq: str, starting: dict[int, list[tuple[int, str]]], support: dict[str, float],
         skippable: frozenset[str]) -> list[str]:
    """The best-supported cut of one headline's ``seq`` (see :func:`tiling`), ``starting``
    the pieces by where they start."""
    n = len(seq)
    neg = float("-inf")
    best, pick = _picks(seq, starting, support, skippable)
    order: list[str] = []
    s = 0
    while s < n and best[s] > neg:
        e, piece = pick[s]
        if piece:
            order.append(piece)
        s = e
    # Pieces the text does not support at either end are the spammer's dropped first or
    # last characters more often than pieces it never used.
    while order and support.get(order[-1], 0.0) <= 0:
        order.pop()
    while order and support.get(order[0], 0.0) <= 0:
        order.pop(0)
    return order


def _picks(seq: str, starting: dict[int, list[tuple[int, str]]], support: dict[str, float],
           skippable: frozenset[str]) -> tuple[list[float], list[tuple[int, str]]]:
    """:func:`_cut`'s DP: from each place of ``seq``, the best total support to the end and
    the step that gives it (the end and the piece taken, "" for a character dropped)."""
    n = len(seq)
    neg = float("-inf")
    best = [neg] * (n + 1)
    pick: list[tuple[int, str]] = [(n, "")] * (n + 1)
    best[n] = 0.0
    for s in range(n - 1, -1, -1):
        # The best option, the first of equal ones but a piece over dropping the character.
        top, taken, chosen = neg, False, None
        if s >= n - 2 or s == 0 or seq[s] in skippable:
            top, chosen = best[s + 1], (s + 1, "")        # drop this character
        for e, piece in starting.get(s, ()):
            if best[e] > neg:
                score = best[e] + support.get(piece, 0.0)
                if chosen is None or score > top or (score == top and not taken):
                    top, taken, chosen = score, True, (e, piece)
        if chosen is not None:
            best[s], pick[s] = top, chosen
    return best, pick


def cycle_of(tiles: list[list[str]]) -> list[str]:
    """The pieces in the order the spam cycles through them (title first, then subtitle)."""
    return [piece for order in tiles for piece in order]


def chain(occs: list[O], cycle: list[str], skip: float,
          named: Collection[tuple[int, int]] = (), jump: float = math.inf) -> tuple[list[O], int]:
    """The occurrences that make the best run of the cycle p0 p1 ... p(k-1) p0 p1 ...

    Each occurrence taken adds its score; each piece of the cycle the run passes over without
    an occurrence (from p0 on) costs ``skip``. A DP over (occurrence, next piece expected),
    linear in the occurrences times the cycle's length. Of overlapping occurrences only the
    better-scored one is eligible; of copies of a piece at marks in one paragraph that the run
    could take at the same turn, the latest scoring as well (:func:`_latest`), but not one of
    ``named`` (places, (paragraph, start), whose clause goes on to name the cycle's next piece).

    ``jump``: what it costs the run to take the cycle up again at any piece past a paragraph
    that holds none of ``occs`` (the skips it spares are charged no more than that). Spam keeps
    its turn through the paragraphs it stuffs, but the page may show a stretch of them without
    it: a list or a table the spam went through that the page prints otherwise, a paragraph a
    dump has lost, a farm that starts its cycle again. Charged the skips there (three pieces
    and more), the run passed over the turn after it, or took the article's own copies to get
    back in step (the injected dumps: the README's "Measuring it", the twenty-second round,
    ``cyclemiss``).
    """
    k = len(cycle)
    if not k:
        return [], 0
    where: dict[str, list[int]] = {}
    for q, piece in enumerate(cycle):
        where.setdefault(piece, []).append(q)
    occs = disjoint(occs)
    neg = float("-inf")
    best = [0.0] + [neg] * (k - 1)   # best[e]: best total with piece e expected next
    # For each occurrence, the states it moves and the state each comes from (None when it
    # moves none): not a copy of every state and its back-pointer a step.
    steps: list[dict[int, int] | None] = []
    # Taking piece q with piece e expected costs the pieces skipped from e to q: a row a piece.
    # The first best state is the one taken, as a loop over the states that keeps only a
    # better value would; every piece's move is worked out from the states before it.
    costs: dict[int, list[float]] = {}
    # With ``jump``, past a paragraph of no occurrence the run may take the cycle up again at
    # any piece for that price: a step of its own (None in ``turns``), each state from the best.
    turns: list[O | None] = []
    last = occs[0].paragraph if occs else 0
    # The best state's value, max(best), kept as the states rise.
    peak, bounded = 0.0, 0.0 <= skip < math.inf
    for o in occs:
        if o.paragraph > last + 1 and jump < math.inf:
            top = max(best)
            again = {e: best.index(top) for e in range(k) if top - jump > best[e]}
            if again:
                best = [max(b, top - jump) for b in best]
                peak = max(peak, top - jump)
                steps.append(again)
                turns.append(None)
        last = o.paragraph
        turns.append(o)
        moved: dict[int, int] | None = None
        score, before = o.score, best
        # No state's value tops the best one's plus the score less a skip, but q's own (no skip):
        # a next state already at both is not moved, without the row (most occurrences).
        reach = peak + score - skip if bounded else math.inf
        for q in where.get(o.piece, ()):
            nxt = (q + 1) % k
            if reach <= before[nxt] and before[q] + score <= before[nxt]:
                continue
            row = costs.get(q)
            if row is None:
                row = costs[q] = [skip * ((q - e) % k) for e in range(k)]
            values = [b + score - cost for b, cost in zip(before, row)]
            top = max(values)
            if top > before[nxt]:   # each q moves its own state
                if moved is None:
                    moved, best = {}, list(before)
                moved[nxt] = values.index(top)
                best[nxt] = top
                peak = max(peak, top)
        steps.append(moved)
    # A jump counts as the skips it costs (a split-only page's run skipping more than one piece
    # is random: injection._judge).
    run, skips = _walked(turns, steps, best, math.ceil(jump / skip) if jump < math.inf and skip > 0 else 0)
    return _latest(run, occs, named), skips


def _walked(occs: list[O | None], steps: list[dict[int, int] | None], best: list[float],
            per_jump: int = 0) -> tuple[list[O], int]:
    """The run :func:`chain`'s DP ends on at its best state, walked back through its ``steps``
    (for each occurrence, the states it moved and the state each came from; None for the cycle
    taken up again, each counted as ``per_jump`` skips), and the pieces it skips."""
    k = len(best)
    e = max(range(k), key=lambda x: best[x])
    chosen: list[O] = []
    skips = 0
    for o, moved in zip(reversed(occs), reversed(steps)):
        if o is None:   # the cycle taken up again past a paragraph of none
            if moved is not None and e in moved:
                e, skips = moved[e], skips + per_jump
            continue
        if moved is not None and e in moved:   # taken
            prev = moved[e]
            chosen.append(o)
            skips += (e - 1 - prev) % k   # q = e - 1 was taken, from prev on
            e = prev
    return chosen[::-1], skips


def _latest(run: list[O], occs: list[O], named: Collection[tuple[int, int]] = ()) -> list[O]:
    """``run`` with each occurrence at a mark (but the last) moved to the latest copy of its
    piece at a mark in the same paragraph, before the run's next occurrence, that scores as well.

    Two copies of a headline word at marks between the same two pieces of the cycle often look
    alike to every piece of evidence here (，江城|河滨夜市… and ，江城|首批…), and the DP took the
    first. Within a paragraph an article names what its headline names where it first comes to
    it (its lede: ，江城河滨夜市重新开张), while the spam spreads its pieces evenly: the later copy
    is the spam's more often. Measured on ``make_dirty.py`` seeds 1-4 (the repair alone, with /
    without the context model): +2 / +8 exact pages, none lost, fewer characters lost. With the
    model, copies whose pairs it knows neither of differ in ``lead`` by float noise (1e-6), which
    decides between them here; taken as ties too: +5 / +8, but -1 (seed 1, an article's own
    ，热线|还会… after the spam's ，热线|对于…) and more characters lost. Across paragraphs too: +2
    more, -1, and an article whose own copy opens the next paragraph's clause taken (the tests);
    inside clauses the spam's copy is no likelier the later.

    A copy whose clause goes on to name the cycle's next piece (one of ``named``: ，江城|河滨夜市
    重新开张) is the article naming what its headline names, where it first comes to it; it gives
    way to the latest copy that does not, earlier or later, scoring within :data:`NAMED_SLACK`
    (the model's ``lead`` tells such copies apart by noise).
    """
    if len(run) < 2:
        return run
    by_piece: dict[str, list[O]] = {}
    for o in occs:
        if o.after:
            by_piece.setdefault(o.piece, []).append(o)
    out = list(run)
    for i in range(len(out) - 1):
        x, nxt = out[i], out[i + 1]
        if not x.after:
            continue
        here, there = (x.paragraph, x.start), (nxt.paragraph, nxt.start)
        later = [o for o in by_piece.get(x.piece, ()) if o.paragraph == x.paragraph
                 and here < (o.paragraph, o.start) < there
                 and o.score >= x.score]
        if later:
            out[i] = x = later[-1]
        if (x.paragraph, x.start) in named:
            since = (out[i - 1].paragraph, out[i - 1].start) if i else (-1, -1)
            other = [o for o in by_piece.get(x.piece, ()) if o.paragraph == x.paragraph
                     and since < (o.paragraph, o.start) < there and (o.paragraph, o.start) not in named
                     and o.score >= x.score - NAMED_SLACK]
            if other:
                out[i] = other[-1]
    return out


class _Led(Protocol):
    """What :func:`unread_leads` reads of an occurrence."""

    paragraph: int
    end: int
    piece: str
    after: bool
    ext: bool
    lead: float | None


L = TypeVar("L", bound=_Led)


def unread_leads(paragraphs: Sequence[str], occs: Sequence[L]) -> list[L]:
    """Give each copy at a mark whose clause goes on in digits or letters (，出口|812.7亿元: the
    context model reads no numbers, so it has no ``lead``) the best lead among its piece's other
    copies, and return those given one. Unread, it kept its place against the copies the model
    reads on well, the spam's before a common phrase most of all (，出口|增长7.9%), and the cycle
    took the article's copy (measured on ``make_dirty.py`` seeds 1-8 through ``clean()`` with the
    model: +3 exact pages, dirty-1-0267, dirty-6-0142, dirty-8-0296; none lost)."""
    best: dict[str, float] = {}
    for o in occs:
        if o.lead is not None:
            best[o.piece] = max(best.get(o.piece, o.lead), o.lead)
    given: list[L] = []
    for o in occs:
        if o.after and o.lead is None and o.piece in best and not o.ext \
                and o.end < len(text := paragraphs[o.paragraph]) and text[o.end].isalnum():
            o.lead = best[o.piece]
            given.append(o)
    return given


class _Next(_Placed, Protocol):
    """What :func:`run_on` reads of an occurrence."""

    ext: bool
    bound: bool


N = TypeVar("N", bound=_Next)


def run_on(paragraphs: Sequence[str], run: list[N], live: Sequence[N], cycle: list[str], floor: float,
           places: Callable[[list[N]], list[int]], inside: bool = False) -> list[N]:
    """``run`` and, after its last occurrence, the ``cycle``'s next piece right after the next
    mark of its paragraph (``places``: where occurrences stand, in clause marks), even running
    on into the headline (，带货|春茶卖出了…, where the article itself writes 直播带货 and 春茶卖出):
    the DP takes no occurrence of a score below 0 at a run's end, where it spares no skip, but
    spam at a steady rate puts the next piece there. Not one scoring ``floor`` or less, nor a
    stretch the page writes elsewhere too (进出|口总值 on a page of 进出口): the article's own
    words (measured on make_dirty.py seeds 1-8, repair alone: +1 exact page on seed 2, +2 on
    seed 6 with the context model, no page worse, no character more lost). With ``inside`` (the
    page's spam goes inside clauses only), the next piece may stand inside a clause too, between
    two CJK characters (茶春茶农人均|卖出|增收…), not next to a mark, a digit or the paragraph's
    edge (一般|诉求|5个工作日: the article's own, where the context model reads nothing)."""
    if len(run) < MIN_CHAIN:
        return run
    last = run[-1]
    nexts = {cycle[(q + 1) % len(cycle)] for q, piece in enumerate(cycle) if piece == last.piece}
    text = paragraphs[last.paragraph]
    later = [o for o in live if o.paragraph == last.paragraph and o.start >= last.end
             and (o.after or (inside and 0 < o.start and o.end < len(text) and _IS_CJK.match(text[o.start - 1])
                              and _IS_CJK.match(text[o.end])))
             and not o.bound and o.piece in nexts and o.score > floor]
    if not later:
        return run
    o = min(later, key=lambda x: (x.start, -len(x.piece)))
    a, b = places([last, o])
    if b - a > 1 or (o.ext and sum(t.count(text[o.start:o.end + 1]) for t in paragraphs) > 1):
        return run
    return [*run, o]


def fill(run: list[O], live: Sequence[O], cycle: list[str], floor: float) -> list[O]:
    """``run`` with its gaps of one piece filled: where two neighbours in the run skip exactly one
    piece of the ``cycle``, a piece the run takes more often than it skips, and exactly one
    occurrence of that piece in ``live`` (in text order) scoring above ``floor`` stands between
    them, that occurrence is taken. Spam in headline order never skips a piece (the spammer takes
    the next one at each insertion), so the skipped piece's copy lies between its neighbours; the
    DP passes over one scoring at or below the skip it spares, a word stuffed right before the
    headline's next characters (恢复|城郊|湿地面积: -3, running on into 城郊湿地). A piece the run
    skips as often as it takes is no piece of the spam's cut (小区 of 首批涉及42个小区, which the
    tiling adds for the headline's second 小区). Measured on ``make_dirty.py`` seeds 1-4 through
    ``clean()``: +2 to +4 exact pages a seed with the context model, +1 or +2 without, no page
    worse, no character more lost (the README, "Inside clauses once more")."""
    k = len(cycle)
    if len(run) < MIN_CHAIN or k < 3:
        return run
    taken, skipped, gaps = _turns(run, cycle)
    wanted = {piece for piece in gaps if piece is not None and taken[piece] > skipped[piece]}
    if not wanted:
        return run
    ids = {id(o) for o in run}
    copies: dict[str, list[O]] = {}
    for o in live:   # in text order, so each piece's copies are too
        if o.piece in wanted and id(o) not in ids and o.score > floor:
            copies.setdefault(o.piece, []).append(o)
    places = {piece: [(o.paragraph, o.start) for o in group] for piece, group in copies.items()}
    out: list[O] = [run[0]]
    for (a, b), missing in zip(itertools.pairwise(run), gaps):
        if missing in copies:
            at = places[missing]
            lo, hi = bisect.bisect_left(at, (a.paragraph, a.end)), bisect.bisect_left(at, (b.paragraph, b.start))
            if hi - lo == 1 and (copies[missing][lo].paragraph, copies[missing][lo].end) <= (b.paragraph, b.start):
                out.append(copies[missing][lo])
        out.append(b)
    return out


def _turns(run: Sequence[O], cycle: list[str]) -> tuple[Counter[str], Counter[str], list[str | None]]:
    """How often ``run`` takes each piece of the ``cycle`` and passes over it between two of its
    occurrences, and for each such pair the one piece skipped (None where it skips none or more)."""
    k = len(cycle)
    index = {piece: q for q, piece in reversed(list(enumerate(cycle)))}
    taken = Counter(o.piece for o in run)
    skipped: Counter[str] = Counter()
    gaps: list[str | None] = []
    for a, b in itertools.pairwise(run):
        qa, qb = index.get(a.piece), index.get(b.piece)
        if qa is None or qb is None:
            gaps.append(None)
            continue
        steps = (qb - qa) % k
        skipped.update(cycle[(qa + j) % k] for j in range(1, steps))
        gaps.append(cycle[(qa + 1) % k] if steps == 2 else None)
    return taken, skipped, gaps


def passed_over(run: list[O], cycle: list[str]) -> list[O]:
    """``run`` without the occurrences of the cycle's last piece when it passes it over as often
    as it takes it or more, and every one it takes scores below 0: no piece of the spam's cut (the
    tiling adds the headline's last word, 增长 of ``…同比增长6.2%``, which the spam drops with the
    last character), so the few copies that happen to stand in its turn are the article's own
    (对东盟进出口|增长|12.3%). Not another piece: spam stuffed inside clauses that the run misses
    in one turn is passed over as often as taken too (服務 of a traditional page, below 0 unread)."""
    if len(run) < MIN_CHAIN or len(cycle) < 3:
        return run
    taken, skipped, _ = _turns(run, cycle)
    last = cycle[-1]
    if not taken[last] or skipped[last] < taken[last] or any(o.score >= 0 for o in run if o.piece == last):
        return run
    return [o for o in run if o.piece != last]


def trim(run: list[O], places: list[int], shortest: int, sure: float = float("inf"),
         cycle: list[str] | None = None) -> list[O]:
    """``run`` without the ends that lie far from the rest (``places``: where each stands, in
    clause marks): spam comes at a steady rate (one insertion every few marks), so a last (or
    first) piece many marks away from its neighbour in the run is an ordinary use of the word
    that happens to continue the cycle. The run keeps ``shortest`` occurrences at least, and an
    end scoring ``sure`` or more (an insertion prose cannot produce: a cut at a mark, a split
    word) whatever its distance: sparse spam leaves long gaps by chance (measured on
    ``make_dirty.py`` seeds 1-2, repair alone with / without the context model: +4 / +6 exact
    pages of 381, no character more lost). Nor a first end at a mark that is the ``cycle``'s
    first piece right before its second in the run: spam starts its cycle there, and sparse
    spam leaves a long gap after it by chance (measured on ``make_dirty.py`` seeds 1-8, repair
    alone: +1 exact page on seeds 1 and 5, no other page changed)."""
    if len(run) < max(shortest, 2):
        return run
    kept = _trimmed(run, places, shortest, sure)
    first, second = run[0], run[1]
    if cycle and kept[0] is second and first.after and first.piece == cycle[0] \
            and second.piece == cycle[1 % len(cycle)]:
        return [first, *kept]
    return kept


def lone_end(run: list[O], paragraphs: Sequence[str], marks: frozenset[str],
             sure: float = float("inf")) -> list[O]:
    """``run`` without its last piece when that piece stands alone at a mark in a paragraph after
    its neighbour's and the run's rate (pieces per mark over the paragraphs it covers before)
    leaves the marks after it in its paragraph empty less often than ``LONE_CHANCE``: spam
    stuffs a paragraph to its end, so a piece early in a paragraph of empty marks is the
    article's own word that happens to continue the cycle (``，南平县今年…，…，…，…。`` after the
    spam's last paragraph). Only for a run all at marks, whose rate per mark is the spam's."""
    if len(run) <= MIN_CHAIN or not all(o.after for o in run):
        return run
    last, before = run[-1], run[-2]
    if last.score >= sure or last.paragraph == before.paragraph:
        return run
    covered = "".join(paragraphs[run[0].paragraph:before.paragraph + 1])
    rate = (len(run) - 1) / max(1, sum(map(covered.count, marks)))
    after = paragraphs[last.paragraph][last.end:]
    if rate < 1 and (1 - rate) ** sum(map(after.count, marks)) < LONE_CHANCE:
        return run[:-1]
    return run


def _trimmed(run: list[O], places: list[int], shortest: int, sure: float) -> list[O]:
    gaps = sorted(b - a for a, b in itertools.pairwise(places))
    far = max(TRIM_GAP, TRIM_FACTOR * gaps[len(gaps) // 2])
    lo, hi = 0, len(run)
    while hi - lo > shortest and places[hi - 1] - places[hi - 2] > far and run[hi - 1].score < sure:
        hi -= 1
    while hi - lo > shortest and places[lo + 1] - places[lo] > far and run[lo].score < sure:
        lo += 1
    return run[lo:hi]
