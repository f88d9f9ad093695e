"""The cycle's DPs (``cycle.chain``, ``cycle._cut``), the overlap filter (``cycle.disjoint``) and
the pieces by where they start (``cycle.starts``) as written before the twentieth round: a step's
values over the states at C level, the cells as ints, the best option kept as it comes and the
starts made once a model must pick what the code before picked, ties included (the first best
state or option, a piece over a dropped character, the earlier of equal scores)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import cycle, spamorder
from cleaner.headmodel import build
from cleaner.occurrence import Occ


def _disjoint(chosen: list[Occ]) -> list[Occ]:
    """``cycle.disjoint`` as written before the round."""
    taken: set[tuple[int, int]] = set()
    out: list[Occ] = []
    for o in sorted(chosen, key=lambda o: -o.score):
        cells = [(o.paragraph, k) for k in range(o.start, o.end)]
        if not taken.intersection(cells):
            taken.update(cells)
            out.append(o)
    return sorted(out, key=lambda o: (o.paragraph, o.start))


def _steps(occs: list[Occ], cycle_: list[str], skip: float) -> tuple[list[Occ], int]:
    """``cycle.chain``'s DP as written before the round, walked back (before ``_latest``)."""
    k = len(cycle_)
    where: dict[str, list[int]] = {}
    for q, piece in enumerate(cycle_):
        where.setdefault(piece, []).append(q)
    occs = _disjoint(occs)
    neg = float("-inf")
    best = [0.0] + [neg] * (k - 1)
    steps = []
    for o in occs:
        new = list(best)
        back = [(e, False) for e in range(k)]
        for q in where.get(o.piece, ()):
            nxt = (q + 1) % k
            for e in range(k):
                if best[e] == neg:
                    continue
                value = best[e] + o.score - skip * ((q - e) % k)
                if value > new[nxt]:
                    new[nxt] = value
                    back[nxt] = (e, True)
        steps.append(back)
        best = new
    # The states each occurrence moved, and where each came from, as cycle.chain keeps them.
    moved = [{e: prev for e, (prev, taken) in enumerate(back) if taken} or None for back in steps]
    return cycle._walked(occs, moved, best)


_PIECES = ["甲乙", "乙丙", "丙丁", "丁戊", "戊己", "己庚"]
_OCC = st.builds(
    lambda paragraph, start, width, piece, after, value: Occ(
        paragraph, start, start + width, piece, after, False, False, True, False, score=value),
    st.integers(0, 2), st.integers(0, 12), st.sampled_from([2, 3]), st.sampled_from(_PIECES),
    st.booleans(), st.sampled_from([-4.0, -1.0, 0.0, 1.0, 2.0, 2.5, 3.5, 4.0, 6.0]))
# Cycles of the pieces above, a piece twice in some (小区 of 涉及|小区 … 个|小区), and a piece
# the cycle lacks among the occurrences.
_CYCLE = st.lists(st.sampled_from(_PIECES[:5]), min_size=1, max_size=7)


@settings(max_examples=500, deadline=None)
@given(st.lists(_OCC, max_size=30))
def test_disjoint_keeps_what_the_cells_as_tuples_kept(chosen: list[Occ]) -> None:
    assert [id(o) for o in cycle.disjoint(chosen)] == [id(o) for o in _disjoint(chosen)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_OCC, max_size=30), _CYCLE, st.sampled_from([3.0, 2.5, 1.0]))
def test_chain_takes_what_the_loop_over_the_states_took(occs: list[Occ], cycle_: list[str], skip: float) -> None:
    run, skips = _steps(occs, cycle_, skip)
    # cycle.chain moves the run's copies at marks to later ones (_latest) after the DP: the same
    # move over the reference's run.
    expected = cycle._latest(run, _disjoint(occs))
    got, got_skips = cycle.chain(occs, cycle_, skip)
    assert ([id(o) for o in got], got_skips) == ([id(o) for o in expected], skips)


def _starting(pieces: dict[str, tuple[cycle.Span, ...]], h: int) -> dict[int, list[tuple[int, str]]]:
    """The pieces of headline ``h`` by where they start, as ``cycle.tiling`` made them each call."""
    starting: dict[int, list[tuple[int, str]]] = {}
    for piece, spans in pieces.items():
        for hh, s, e in spans:
            if hh == h:
                starting.setdefault(s, []).append((e, piece))
    return starting


def _picks(seq: str, starting: dict[int, list[tuple[int, str]]], support: dict[str, float],
           skippable: frozenset[str]) -> tuple[list[float], list[tuple[int, str]]]:
    """``cycle._cut``'s DP as written before the round: each place's options in a list (dropping
    the character first), the best by ``max`` and a key (the first of equal ones, a piece over
    a dropped character)."""
    n, neg = len(seq), float("-inf")
    best, pick = [neg] * n + [0.0], [(n, "")] * (n + 1)
    for s in reversed(range(n)):
        drop = [(best[s + 1], s + 1, "")] if s >= n - 2 or s == 0 or seq[s] in skippable else []
        options = drop + [(best[e] + support.get(piece, 0.0), e, piece)
                          for e, piece in starting.get(s, ()) if best[e] > neg]
        if options:
            top = max(options, key=lambda o: (o[0], len(o[2]) > 0))
            best[s], pick[s] = top[0], top[1:]
    return best, pick


_HEADLINES = [("2025年厦漳泉都市圈建设这样干",), ("老旧小区改造 首批涉及42个小区", "春茶卖出好价钱"),
              ("茶农直播带货春茶卖出好价",), ("马克龙星期一在莫斯科与普京会面",)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_HEADLINES), st.data())
def test_the_cut_and_the_starts_are_what_they_were(headlines: tuple[str, ...], data: st.DataObject) -> None:
    model = build(headlines)
    pieces = sorted(model.pieces)
    # Supports of a few values (ties between pieces and with dropping a character), some none.
    support = data.draw(st.dictionaries(st.sampled_from(pieces), st.sampled_from([-1.0, 0.0, 1.0, 2.0, 2.5, 3.0]),
                                        max_size=len(pieces)))
    assert cycle.starts(model.pieces, len(model.seqs)) == [_starting(model.pieces, h) for h in range(len(model.seqs))]
    for seq, starting in zip(model.seqs, model.starting):
        assert cycle._picks(seq, starting, support, model.skippable) == _picks(seq, starting, support, model.skippable)


def test_chain_takes_an_occurrence_that_moves_two_states() -> None:
    # 甲乙 stands twice in the cycle: one copy moves both states (expecting 乙丙 after the first
    # place, 甲乙 again after the second), and the run is walked back through either.
    occs = [Occ(0, 0, 2, "甲乙", True, False, False, True, False, score=10.0),
            Occ(0, 4, 6, "乙丙", True, False, False, True, False, score=1.0)]
    for taken in (occs[:1], occs):
        run, skips = _steps(taken, ["甲乙", "乙丙", "甲乙"], 3.0)
        assert run and cycle.chain(taken, ["甲乙", "乙丙", "甲乙"], 3.0) == (cycle._latest(run, taken), skips)


def _in_turn(pieces: list[str]) -> list[Occ]:
    """Occurrences of ``pieces`` at marks, one after another in a paragraph, sure."""
    return [Occ(0, 3 * k, 3 * k + 2, piece, True, False, False, True, False, score=6.0) for k, piece in enumerate(pieces)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_OCC, max_size=30), _CYCLE, st.sampled_from([3.0, 2.5, 1.0]))
@example(_in_turn(_PIECES[:4]), _PIECES[:4], 3.0)   # sparse: four pieces in turn
@example(_in_turn(["甲乙", "丙丁", "戊己", "乙丙"]), _PIECES[:5], 3.0)   # four pieces, three skipped: not
def test_sparse_reads_the_run_cycling_made_as_its_own(occs: list[Occ], cycle_: list[str], skip: float) -> None:
    # _page hands sparse() the run cycling() made through the same suspects (all at marks).
    ok, chained = spamorder.cycling(occs, cycle_, skip)
    if len(cycle_) >= 3 and len(occs) >= cycle.MIN_CHAIN:
        run, skips = cycle.chain(occs, cycle_, skip)
        assert ([id(o) for o in chained[0]], chained[1]) == ([id(o) for o in run], skips)
    own = spamorder.sparse(occs, cycle_, skip)
    assert spamorder.sparse(occs, cycle_, skip, chained) == own == spamorder.sparse(occs, cycle_, skip, cycle.chain(occs, cycle_, skip))


def test_disjoint_orders_an_empty_copy_at_a_shared_start_by_score() -> None:
    # Overlap-free occurrences come back in text order at once (README "### Speed", the
    # thirty-second round, `chaincost`); two at one place (an empty one beside another) go
    # through the cells, which keep the better-scored one first, as before.
    empty, full = Occ(0, 3, 3, "甲乙", False, False, False, True, False, score=1.0), \
        Occ(0, 3, 5, "乙丙", False, False, False, True, False, score=2.0)
    for chosen in ([empty, full], [full, empty]):
        assert [id(o) for o in cycle.disjoint(chosen)] == [id(full), id(empty)] == [id(o) for o in _disjoint(chosen)]


def test_chain_moves_a_state_from_its_own_piece_below_the_peak_less_a_skip() -> None:
    # The states (0 expected next) at 10 and 15: 乙丙 at -3 from state 1 (no skip) reaches 12
    # over state 0's 10, which the best state less a skip (15 - 3 - 3 = 9) would not; the next
    # 甲乙 then takes the run on to 17 (README "### Speed", the thirty-second round, `chaincost`).
    occs = [Occ(0, 3 * i, 3 * i + 2, piece, False, False, False, True, False, score=value)
            for i, (piece, value) in enumerate([("甲乙", 5.0), ("乙丙", 5.0), ("甲乙", 5.0), ("乙丙", -3.0), ("甲乙", 5.0)])]
    run, skips = _steps(occs, ["甲乙", "乙丙"], 3.0)
    assert run == occs and skips == 0
    assert cycle.chain(occs, ["甲乙", "乙丙"], 3.0) == (occs, 0)
