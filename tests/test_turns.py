"""cleaner.turns (the twenty-fifth round, issue 10): of spam cycling through a headline of two
pieces, a copy at a mark that the run passes over because taking it costs one skip; of spam at
marks, the copy at a mark in a turn where the run took the article's own inside a clause.

The text here is written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.turns import at_mark_copy, lost_turn
from cleaner.pagegate import PROSE
from cleaner.spread import mark_places
from test_injection_inside import _Occ as _Base   # an occurrence as the cycle's DPs read it

CYCLE = ["春游", "踏青"]
# The spam's turns, each at a mark; the seventh clause's 踏青 went into the stretch 的踏青 (its
# own piece), so the 春游 before it costs the run a skip, and the DP passed over it.
CLAUSES = ("周末天气晴好", "春游公园里游人如织", "踏青湖边的柳树发了新芽", "春游孩子们放起风筝", "踏青老人在亭中下棋",
           "春游小贩沿路叫卖", "踏青草地上坐满了人", "春游不少家庭选择了近郊的踏青路线", "春游傍晚游人渐少", "踏青园门准时关闭")
TEXT = "，".join(CLAUSES) + "。"


@dataclass
class _Occ(_Base):
    """... and what the turns read besides (at a mark unless said)."""

    after: bool = True
    ext: bool = False
    bound: bool = False


def _at(clause: int, score: float = 2.5) -> _Occ:
    start = TEXT.index(CLAUSES[clause])
    return _Occ(0, start, start + 2, CLAUSES[clause][:2], score)


def _places(occs: list[_Occ]) -> list[int]:
    return mark_places((TEXT,), occs, PROSE)


RUN = [_at(i) for i in (1, 2, 3, 4, 5, 6, 8, 9)]


def test_the_one_copy_at_a_mark_in_a_wider_gap_of_a_two_piece_run_is_the_spams_lost_turn() -> None:
    spare = _at(7)
    assert lost_turn(RUN, [*RUN, spare], CYCLE, 2.0, _places) == [*RUN[:6], spare, *RUN[6:]]


def test_a_copy_below_the_floor_or_one_of_two_or_one_inside_a_clause_stays() -> None:
    assert lost_turn(RUN, [*RUN, _at(7, 1.0)], CYCLE, 2.0, _places) == RUN
    inside = _Occ(0, TEXT.index("踏青路线"), TEXT.index("踏青路线") + 2, "踏青", 2.5, after=False)
    assert lost_turn(RUN, [*RUN, inside], CYCLE, 2.0, _places) == RUN
    # two copies in the gap: which (if either) is the spam's, the run cannot tell
    second = _Occ(0, TEXT.index("不少家庭"), TEXT.index("不少家庭") + 2, "踏青", 2.5)
    assert lost_turn(RUN, [*RUN, _at(7), second], CYCLE, 2.0, _places) == RUN


def test_a_copy_in_a_gap_no_wider_than_the_runs_rate_or_of_a_longer_cycle_stays() -> None:
    run = [_at(i) for i in (1, 2, 3, 4, 5, 6, 7, 8, 9)]
    assert lost_turn(run, run, CYCLE, 2.0, _places) == run
    assert lost_turn(RUN, [*RUN, _at(7)], [*CYCLE, "赏花"], 2.0, _places) == RUN


def test_of_a_run_all_at_marks_but_one_the_copy_at_a_mark_in_that_turn_is_the_spams() -> None:
    # 春游 踏青 春游 [踏青 inside a clause, the article's] 春游 踏青: the spam's 踏青 at a mark
    # between the same neighbours is the one to take.
    inside = _Occ(0, TEXT.index("踏青路线"), TEXT.index("踏青路线") + 2, "踏青", 6.0, after=False)
    run = [_at(1), _at(2), _at(5), inside, _at(8), _at(9)]
    spam = _at(6)
    assert at_mark_copy(run, [*run, spam], 2.0) == [*run[:3], spam, *run[4:]]
    # ... not one below the floor, nor one of two copies, nor in a run with two inside clauses
    assert at_mark_copy(run, [*run, _at(6, 1.0)], 2.0) == run
    other = _Occ(0, TEXT.index("不少家庭"), TEXT.index("不少家庭") + 2, "踏青", 2.5)
    assert at_mark_copy(run, [*run, spam, other], 2.0) == run
    two = [run[0], _Occ(0, 1, 3, "踏青", 3.0, after=False), *run[2:]]
    assert at_mark_copy(two, [*two, spam], 2.0) == two
