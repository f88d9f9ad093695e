"""A turn of a cyclic run where :func:`cleaner.cycle.chain`'s DP took the article's own copy
inside a clause, scoring higher, over the spam's copy at a mark (issue 10, the injected dumps: the
README's "Measuring it", the twenty-fifth round, ``cycskip``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .cycle import MIN_CHAIN, N


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
