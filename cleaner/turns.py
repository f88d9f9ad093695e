"""Turns of a cyclic run that :func:`cleaner.cycle.chain`'s DP passes over although the spam's
copy stands there at a mark (issue 10, the injected dumps: the README's "Measuring it", the
twenty-fifth round, ``cycskip``): a turn whose taking costs the run a skip, where the piece
between went into a longer stretch; and a turn where the DP took the article's own copy inside a
clause, scoring higher, over the spam's at a mark.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from .cycle import MIN_CHAIN, N


def lost_turn(run: list[N], live: Sequence[N], cycle: list[str], floor: float,
              places: Callable[[list[N]], list[int]]) -> list[N]:
    """``run`` with the one copy at a mark of a piece, scoring ``floor`` or more, that stands
    between two neighbours in the run and in turn with one of them, where taking it costs the
    run one skip (``cycle`` of two pieces: ``踏青，[春游]…的踏青…。春游``): the copy of the
    piece between went into a longer stretch, or a line the page lost, and the DP passed over
    the turn as costing more than its score. Only where each of the three stands at a mark of
    its own."""
    k, ids = len(cycle), set(map(id, run))
    if len(run) < MIN_CHAIN or k != 2:
        return run
    spare = [o for o in live if o.after and not o.ext and not o.bound and o.score >= floor
             and id(o) not in ids and o.piece in cycle]
    at = dict(zip(map(id, run + spare), places(run + spare)))
    gaps = sorted(at[id(b)] - at[id(a)] for a, b in itertools.pairwise(run))
    out: list[N] = [run[0]]
    for a, b in itertools.pairwise(run):
        between = [o for o in spare if (a.paragraph, a.end) <= (o.paragraph, o.start)
                   and (o.paragraph, o.end) <= (b.paragraph, b.start) and at[id(a)] < at[id(o)] < at[id(b)]]
        if len(between) == 1 and a.piece != b.piece and at[id(b)] - at[id(a)] > gaps[len(gaps) // 2]:
            out.append(between[0])
        out.append(b)
    return out


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
