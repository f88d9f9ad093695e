"""The headline's turn at marks: a turn of a cyclic run where :func:`cleaner.cycle.chain`'s DP
took the article's own copy inside a clause, scoring higher, over the spam's copy at a mark
(:func:`at_mark_copy`; the twenty-fifth round, ``cycskip``), and on a page repaired in random order
the cut's next or previous piece at the next marks from one taken at a mark (:func:`next_at_marks`;
the thirty-first round, ``dumpacc``), and in a cyclic run's turns the piece the cut left out at an
end of the headline (:func:`dropped_ends`; the thirty-second round, ``cycleft``). Issue 10, the
injected dumps: the README's "Measuring it".
"""

from __future__ import annotations

from collections.abc import Sequence

from .atmarks import HELD_LEAD
from .cycle import MIN_CHAIN, N, Span
from .occurrence import Occ
from .pagegate import CLOSING, PROSE
from .spread import mark_places

#: How many marks after (before) an occurrence taken at a mark :func:`next_at_marks` looks for
#: the cycle's next (previous) piece.
TURN_MARKS = 2


def at_mark_copy(run: list[N], live: Sequence[N], floor: float) -> list[N]:
    """``run`` with its one occurrence inside a clause, where all its others stand at marks,
    given up for the one copy at a mark of the same piece, scoring ``floor`` or more, between
    its neighbours in the run: spam put at marks only, in that turn (``三家车企…、[车企]东风…``,
    where the DP took the article's own copy for its higher score)."""
    inside = [i for i, o in enumerate(run) if not o.after]
    if len(run) < MIN_CHAIN or len(inside) != 1 or inside[0] in (0, len(run) - 1):
        return run
    i = inside[0]
    a, o, b = run[i - 1], run[i], run[i + 1]
    ids = set(map(id, run))
    copies = [c for c in live if c.after and not c.ext and not c.bound and c.score >= floor and c.piece == o.piece
              and id(c) not in ids and (a.paragraph, a.end) <= (c.paragraph, c.start)
              and (c.paragraph, c.end) <= (b.paragraph, b.start)]
    return [*run[:i], copies[0], *run[i + 1:]] if len(copies) == 1 else run


def next_at_marks(paragraphs: Sequence[str], taken: Sequence[Occ], live: Sequence[Occ], cycle: Sequence[str],
                  floor: float) -> list[Occ]:
    """On a page repaired in random order, the occurrences at marks that stand in the headline's
    turn next to one taken at a mark: the cycle's next piece at one of the next :data:`TURN_MARKS`
    marks after it, or its previous piece as far before it (in the headline, not across its end),
    each read by the context model as no subject of its clause (a lead at or below
    :data:`~cleaner.atmarks.HELD_LEAD`), scoring above ``floor``, no stretch of the headline, not
    after a closing quote or bracket nor beside a piece taken (of two side by side one is the
    article's, :func:`cleaner.inside.apart`: ``，[老旧]涉及个小区``); taken ones count in turn too.
    Spam at marks leaves a copy held as the article's phrasing, or bound to what follows, just
    under the threshold (``，[漳泉]`` taken, then ``…表示，[都市]将为…`` where the article writes
    都市将 inside a clause too); the article's own word at a mark stands in that turn by chance.
    Not a word past the spam's reach (``floor`` 0: ``，[市集]还设置了…`` read as no subject there),
    nor one the model has not read (``，[专家]建议…``, ``，[增长]3.4%``): ``make_dirty.py`` lost
    those (the README, "Headline-fragment injection", the thirty-first round, ``dumpacc``)."""
    seeds = [o for o in taken if o.after]
    if not seeds or len(cycle) < 3:
        return []
    pool = [o for o in live if o.after and not o.bound and not o.ext and o.score > floor
            and o.lead is not None and o.lead <= HELD_LEAD
            and paragraphs[o.paragraph][o.start - 1:o.start] not in CLOSING]
    places = dict(zip(map(id, seeds + pool), mark_places(paragraphs, seeds + pool, PROSE)))
    by_place: dict[int, list[Occ]] = {}
    for o in pool:
        by_place.setdefault(places[id(o)], []).append(o)
    cells = {(o.paragraph, j) for o in taken for j in range(o.start, o.end)}
    ids, more = {id(o) for o in taken}, []
    while seeds:
        o = seeds.pop()
        for q in (q for q, piece in enumerate(cycle) if piece == o.piece):
            for step, piece in ((1, cycle[q + 1] if q + 1 < len(cycle) else None), (-1, cycle[q - 1] if q else None)):
                for d in range(1, TURN_MARKS + 1):
                    for c in by_place.get(places[id(o)] + step * d, ()):
                        span = {(c.paragraph, j) for j in range(c.start, c.end)}
                        if c.piece == piece and id(c) not in ids and not span & cells \
                                and not {(c.paragraph, c.start - 1), (c.paragraph, c.end)} & cells:
                            ids.add(id(c))
                            cells |= span
                            more.append(c)
                            seeds.append(c)
    return more


def dropped_ends(run: list[N], found: Sequence[N], cycle: list[str], spans: dict[str, tuple[Span, ...]],
                 floor: float, gain: float) -> list[N]:
    """Where ``run`` turns, the copies of a piece the cut left out at an end of the headline: the
    piece right before the ``cycle``'s first in its headline, or right after its last.

    The tiling drops an end piece no copy supports, as the spammer's dropped first or last
    characters are, but spam inside clauses between words scores below 0 there too: the spam's
    cut held the piece, and the spam put it in its turn, between the cycle's last piece and the
    next of its first (``…鍊上[客運]發生司機…``). Where the run turns within a paragraph, before
    its first occurrence in that paragraph (the cycle's first piece) and after its last (the
    cycle's last), the one copy of the piece there goes: inside a clause, no stretch of the
    headline, scoring above ``floor``, read by the context model at ``gain`` or more (the
    article's own words there read below it). Only where the turns within a paragraph show the
    piece at least once, and these places more often than the turns lack it: an article's word
    next to the run's start or end alone is no evidence; and only on a page whose spam goes
    inside clauses too (:func:`cleaner.injection._judge`: ``，…较快[增长]，`` of a page stuffed at
    marks only is the article's). Measured on ``make_dirty.py`` seeds 1-4 and the injected dumps:
    the README, "Headline-fragment injection", the thirty-second round, ``cycleft``."""
    if len(run) < MIN_CHAIN or len(cycle) < 3:
        return []
    first, last = min(spans[cycle[0]]), max(spans[cycle[-1]])
    ends = {piece for piece, at in spans.items() if piece not in cycle and any(
        (h, e) == first[:2] or (h, s) == (last[0], last[2]) for h, s, e in at)}
    copies = [o for o in found if o.piece in ends and not o.ext]
    if not copies:
        return []
    turns = [((a.paragraph, a.end), (b.paragraph, b.start)) for a, b in zip(run, run[1:])
             if a.piece == cycle[-1] and b.piece == cycle[0] and a.paragraph == b.paragraph]
    windows = list(turns)
    if run[0].piece == cycle[0]:   # before the run's first, in its paragraph
        windows.append(((run[0].paragraph, 0), (run[0].paragraph, run[0].start)))
    if run[-1].piece == cycle[-1]:   # ... and after its last
        windows.append(((run[-1].paragraph, run[-1].end), (run[-1].paragraph + 1, 0)))
    out: list[N] = []
    for piece in ends:
        held = [[o for o in copies if o.piece == piece and lo <= (o.paragraph, o.start) and (o.paragraph, o.end) <= hi]
                for lo, hi in windows]
        shown = sum(map(bool, held[:len(turns)]))
        if shown and shown + sum(map(bool, held[len(turns):])) > len(turns) - shown:
            out += [o for o, *more in filter(None, held) if not more and not o.after and o.score > floor
                    and o.gain is not None and o.gain >= gain]
    return out
