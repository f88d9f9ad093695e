"""The container search of body selection (step 2 of :mod:`cleaner.body`'s cascade): the sums of
the blocks' weights under every container element, the element of the highest sum, and the best
run of consecutive blocks that replaces it when broken markup scatters the article.

Weights are additive, so one walk up the blocks' ancestor paths, each path only as far as the
first container seen before, reads the page's containers (linear in blocks and containers at any
depth), and the sums pass up from the deepest container to the page. The walk also sums the first
weighing (:class:`Containers` given the page's weights): its leaves' sums and the page's prose
come out of the same pass over the blocks, where a second pass stepped them again. The headline
check (:func:`cleaner.sift.agree_with_headline`) weighs the page again with regions set aside:
such a weighing differs from the first only at those blocks, and is told from the first
weighing's sums moved along their paths, unless rounding could tip the choice
(:meth:`Containers.best`); a weighing of other weights sums the blocks afresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, repeat
from operator import itemgetter

from .blocks import Block

__all__ = ["RUN_OVER_CONTAINER", "Containers", "best_run", "best_runs", "container"]

#: The best run of blocks replaces the best container when it holds this many times its prose.
RUN_OVER_CONTAINER = 2.0
# Read in C over the blocks' paths: each block's own container.
_LAST = itemgetter(-1)
# The start of a sum that no weight lifts to the top (:class:`Containers`).
_NO_SUM = float("-inf")
# The unit roundoff of a float's sum (round to nearest): a sum is off by at most this share of it.
_UNIT = 2.0 ** -53


class Containers:
    """The container elements of a page's blocks, read once for every weighing of them (the
    headline check weighs the page again with regions set aside, up to four times).

    The sums are kept in a list indexed by element id (the cut numbers the block elements from
    1 in document order, so that ids grow down the tree and the largest of a path is its last):
    a block's own container is its path's last id, read in C, and no id is mapped to a slot.

    ``weights``: the page's first weighing, summed into the containers by the walk that reads
    them (:meth:`best` of the same list, unchanged since, reads those sums once); ``prose`` is
    then its positive weights summed in page order (``sum([w for w in weights if w > 0.0])``).
    """

    __slots__ = ("_leaves", "_depths", "_zeros", "_ups", "_order", "_weights", "_sums", "prose",
                 "_first", "_spread")

    def __init__(self, blocks: tuple[Block, ...], weights: list[float] | None = None) -> None:
        paths = [block.path for block in blocks]
        # Each block's own container; 0, the page, for a block outside any (an empty path,
        # which stops the map: most pages have none, told without a test of every path first).
        try:
            leaves = list(map(_LAST, paths))
        except IndexError:
            leaves = [path[-1] if path else 0 for path in paths]
        summed: Iterable[float] = repeat(0.0) if weights is None else weights
        try:
            self._ups, self._depths, sums, self.prose = _parents(paths, leaves, max(leaves, default=0),
                                                                 summed)
        except IndexError:   # an id above its path's last (blocks made by hand): the largest one
            self._ups, self._depths, sums, self.prose = _parents(
                paths, leaves, max([max(path) for path in paths if path]), summed)
        self._leaves = leaves
        self._weights, self._sums = (None, None) if weights is None else (weights, sums)
        self._zeros: list[float] | None = None   # made at the first weighing summed afresh
        self._first: list[float] | None = None   # the first weighing's sums, once passed up
        self._spread: float | None = None   # its weights' sizes summed, when asked
        # The containers deepest first (ids grow down the tree): the ids in decreasing order
        # with a depth (the page's is 0, and so is an id no block lies in), picked in C.
        depths = self._depths
        self._order = list(compress(range(len(depths) - 1, 0, -1), reversed(depths)))

    def best(self, weights: list[float], changed: list[int] | None = None) -> tuple[int, int]:
        """The container id with the highest weight sum, and its depth (0 = the page itself).

        Each block adds its weight to its own container; the sums then pass up to the parents,
        deepest container first (ids grow down the tree, as the cut numbers them: on blocks made
        by hand with an element's id above its child's, the sums are not the elements' and
        neither is the choice). Ties go to the deeper container, then to the earlier one.
        ``changed``: when ``weights`` are the first weighing's (those of the build) but at these
        positions, the list of them (the headline check's trial weighings, regions set aside);
        the first weighing, asked before, then tells the answer from its own sums most often
        (:meth:`_from_first`).
        """
        score = self._sums
        if score is not None and weights is self._weights:
            self._sums = None   # (the build's sums, read once: the pass up writes into them)
            self._first = score
        else:
            if changed is not None and self._first is not None:
                found = self._from_first(weights, changed)
                if found is not None:
                    return found
            if self._zeros is None:   # a container's sum starts at 0.0, the others' at -inf
                self._zeros = [0.0 if depth else _NO_SUM for depth in self._depths]
            score = self._zeros.copy()
            for node, w in zip(self._leaves, weights):
                score[node] += w
        ups, depths = self._ups, self._depths
        # A container's sum is whole when the pass reaches it, its children (higher ids: the
        # cut's paths grow) passed up before it: the highest is taken on the way, a float
        # compared a container, where ``max`` and ``list.index`` over the sums after the pass
        # cost ~280 instructions an id (the first weighing's ``best`` replayed over the corpus
        # pages 27.0 -> 19.1 M).
        top, best = _NO_SUM, 0
        for node in self._order:
            summed = score[node]
            score[ups[node]] += summed   # type: ignore[index]
            if summed >= top and (summed > top or depths[node] >= depths[best]):
                top, best = summed, node   # (the deeper, then the earlier: ids fall)
        return (best, depths[best]) if top != _NO_SUM else (0, 0)

    def _from_first(self, weights: list[float], changed: list[int]) -> tuple[int, int] | None:
        """:meth:`best` of ``weights``, the first weighing's but at the positions ``changed``,
        from the first weighing's sums, or None when they cannot tell it.

        A container whose sum holds none of those blocks sums its blocks as the first weighing
        did, bit for bit (the same additions in the same order; the first's leaves start from
        their first weight, not 0.0 plus it, which differs only in a zero's sign, and no
        comparison tells that). Those whose sums hold some (the
        blocks' own containers and their ancestors, a few paths) are given the weights' changes,
        passed up as the sums are: their full pass's sums but for rounding, at most ``margin``
        apart (no term goes through more roundings than ``terms``, each off by at most 2**-53 of
        what it adds, the terms' sizes summed at most twice ``spread`` and ``change``). When the
        highest of them, plus that margin, stays below the highest sum of the others, the choice
        and its ties lie among the others, whose sums are exact; otherwise None (the full pass).
        """
        first, leaves, ups = self._first, self._leaves, self._ups
        before = self._weights
        if self._spread is None:   # the first weighing's sizes summed (twice its prose less
            # its sum: one pass of ``sum`` in C, not a float made a weight), once a page
            self._spread = 2.0 * self.prose - sum(before)   # type: ignore[arg-type]
        others = first.copy()   # type: ignore[union-attr]
        gains = [0.0] * len(others)
        moved: list[int] = []   # the containers whose sums the changes reach
        change = 0.0
        for position in dict.fromkeys(changed):   # (each once: a position changed again)
            step = weights[position] - before[position]   # type: ignore[index]
            change += abs(step)
            node = leaves[position]
            gains[node] += step
            # Its path up to the first container met already, each taken out of the others.
            while node and others[node] is not _NO_SUM:
                others[node] = _NO_SUM
                moved.append(node)
                node = ups[node]   # type: ignore[assignment]
        # The changes passed up as the pass passes the sums, the deepest container first.
        moved.sort(reverse=True)
        high = _NO_SUM
        for node in moved:
            gained = gains[node]
            gains[ups[node]] += gained   # type: ignore[index]
            if (summed := first[node] + gained) > high:   # type: ignore[index]
                high = summed
        depths = self._depths
        top, best = _NO_SUM, 0
        for node in self._order:   # (a step a container costs less than max and list.index)
            if (summed := others[node]) >= top and (summed > top or depths[node] >= depths[best]):
                top, best = summed, node   # (the deeper, then the earlier)
        terms = 2 * (len(leaves) + len(self._order)) + len(changed) + 2
        margin = 16.0 * terms * _UNIT * (self._spread + change)
        # (Not taken, nor past a sum that no finite weights give: a NaN compares false.)
        if top == _NO_SUM or not high + margin < top:
            return None
        return best, depths[best]


def _parents(paths: list[tuple[int, ...]], leaves: list[int], largest: int, weights: Iterable[float]
             ) -> tuple[list[int | None], list[int], list[float], float]:
    """For ids up to ``largest`` (IndexError for a larger one): each id's parent's id (0 at the
    top, None for an id no block lies in); its depth (0 for those and the page); each id's sum
    of its own blocks' ``weights`` (from 0.0 for a container, -inf for the page and an id no
    block lies in, which no weight then lifts to the top; a leaf's from its first block's weight,
    0.0 plus that weight, but for the sign of a zero, which no comparison of the sums tells);
    and the positive weights summed."""
    ups: list[int | None] = [None] * (largest + 1)
    ups[0] = 0
    depths = [0] * (largest + 1)
    sums = [_NO_SUM] * (largest + 1)
    prose = 0.0
    for path, leaf, w in zip(paths, leaves, weights):
        if ups[leaf] is None:
            # A block's path is only walked up to the first container seen before, so the cost
            # is linear in blocks and containers at any depth. Most new leaves' parents are seen
            # already (20.6 k leaves, 10.8 k containers above them over the corpus pages): the
            # first step up is the path's last but one, read with no level counted down
            # (``_parents`` replayed crawled over the corpus pages 46.54 -> 45.10 M instructions).
            level = len(path)
            depths[leaf] = level
            if level > 1:   # (an int compared, where ``if level`` asks its truth)
                node = ups[leaf] = path[-2]
                if ups[node] is None:
                    level -= 1
                    depths[node] = level
                    sums[node] = 0.0
                    while level > 1:
                        level -= 1
                        up = path[level - 1]
                        ups[node] = up
                        if ups[up] is not None:
                            break
                        node = up
                        depths[node] = level
                        sums[node] = 0.0
                    else:
                        ups[node] = 0
            else:
                ups[leaf] = 0
            # Its first block's weight, with no 0.0 stored first and added to: a float made, a
            # store and a read less a new leaf (``body.select`` replayed crawled, 6.6 M less).
            sums[leaf] = w
        else:
            sums[leaf] += w
        if w > 0.0:
            prose += w
    return ups, depths, sums, prose


def best_run(weights: list[float]) -> tuple[int, int]:
    """The maximum-sum run of consecutive weights, as a half-open index range."""
    return best_runs(weights)[-1]


def best_runs(weights: list[float]) -> list[tuple[int, int]]:
    """:func:`best_run` of every prefix of ``weights``, in one pass: its answers as they change,
    ends rising, the first ``(0, 0)`` (no weights); ``best_run(weights[:k])`` is the last of them
    ending at ``k`` or before (the pass over ``weights[:k]`` is the first ``k`` steps of this one)."""
    best, runs = float("-inf"), [(0, 0)]
    total, start = 0.0, 0
    # Where no run is open (its sum at most 0), a weight at most ``low`` (min(best, 0.0)) changes
    # nothing the answers read: a run of it alone is no better and is started anew at the next
    # step. Such weights (most of a dump's after an article) are passed by one test.
    low = best
    for i, w in enumerate(weights):
        if total > 0.0:   # (two floats compared: a float and an int are not, specialised)
            total += w
            if total > best:
                best = total
                runs.append((start, i + 1))
        elif w > low:   # a run starts here
            total, start = 0.0 + w, i
            if total > best:
                best = total
                low = best if best < 0.0 else 0.0
                runs.append((i, i + 1))
    return runs


def container(blocks: tuple[Block, ...], weights: list[float], changed: list[int] | None = None,
              containers: Containers | None = None, most: float = float("inf")) -> list[Block]:
    """The blocks of the article's container: the best element, or the best run of blocks.

    The best run in page order wins over the best element when it holds clearly more prose
    (RUN_OVER_CONTAINER times): broken markup can scatter one article over several elements.
    ``containers``: the elements of ``blocks``, when they are read already; ``most``: at least
    the prose of the whole page (its positive weights summed in page order), when known: a
    container holding over 1 / RUN_OVER_CONTAINER of it leaves no run to look for. ``changed``:
    the positions whose weights alone differ from those ``containers`` were built with
    (:meth:`Containers.best`).
    """
    containers = containers or Containers(blocks)
    node, depth = containers.best(weights, changed)
    if depth:
        level = depth - 1   # (the node's index in a path, worked out once, not a block)
        inside = [b for b in blocks if len(b.path) > level and b.path[level] == node]
        held = RUN_OVER_CONTAINER * _prose(inside, weights)
        # A run's prose is a sum of some of the page's positive weights in the same order, so
        # never more than ``most`` (the margin covers summation that compensates rounding).
        if most * (1.0 + 1e-9) < held:
            return inside
    start, end = best_run(weights)
    run = list(blocks[start:end])
    if not depth:
        return run
    return run if _prose(run, weights) > held else inside


def _prose(chosen: list[Block], weights: list[float]) -> float:
    """The prose weight of ``chosen``: its positive weights summed (in C: no step a block)."""
    return sum([w for b in chosen if (w := weights[b.position]) > 0.0])
