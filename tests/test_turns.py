"""cleaner.turns (the twenty-fifth round, issue 10): of spam at marks, the copy at a mark in a
turn where the run took the article's own inside a clause.

The text here is written for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.turns import at_mark_copy
from test_injection_inside import _Occ as _Base   # an occurrence as the cycle's DPs read it

# The spam's turns, each at a mark at the start of a clause; the article's own 踏青 inside the
# eighth clause.
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
