"""cleaner.turns (the twenty-fifth round, issue 10): of spam at marks, the copy at a mark in a
turn where the run took the article's own inside a clause; on a page repaired in random order,
the headline's next piece at the next marks (the thirty-first round, ``dumpacc``); in a cyclic
run's turns, the piece the cut left out at an end of the headline (the thirty-second round,
``cycleft``).

The text here is written for these tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.injection import repair
from cleaner.occurrence import Occ
from cleaner.turns import at_mark_copy, dropped_ends, next_at_marks
from test_atmarks import _Reading   # a stand-in for the context model
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
    lead: float | None = None


def _at(clause: int, score: float = 2.5, lead: float | None = 0.0) -> _Occ:
    start = TEXT.index(CLAUSES[clause])
    return _Occ(0, start, start + 2, CLAUSES[clause][:2], score, lead=lead)


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


def test_the_headlines_next_piece_at_the_next_mark_from_one_taken_there_goes() -> None:
    # 春游 taken at the second clause's mark; the cycle's next piece, 踏青, opens the next clause
    # below the threshold (held as the article's phrasing): in the headline's turn, it goes.
    cycle = ["春游", "踏青", "下棋"]
    taken, spam, later = _at(1), _at(2, 1.0), _at(4, 1.0)
    live = [taken, spam, _at(3, 1.0), later]
    assert next_at_marks((TEXT,), [taken], live, cycle, 0.0) == [spam]
    # ... a taken one at a mark counts for the turn whichever side it stands on
    assert next_at_marks((TEXT,), [spam], [taken, *live[1:]], cycle, 0.0) == [taken]


def test_words_at_marks_out_of_the_headlines_turn_stay() -> None:
    taken = _at(1)
    # ... not across the headline's end (踏青 first, 春游 last), nor three marks on
    assert next_at_marks((TEXT,), [taken], [taken, _at(2, 1.0)], ["踏青", "下棋", "春游"], 0.0) == []
    assert next_at_marks((TEXT,), [taken], [taken, _at(4, 1.0)], ["春游", "踏青", "下棋"], 0.0) == []
    # ... nor one its clause goes on from (a lead above HELD_LEAD), a stretch, one at the floor
    # ... nor one its clause goes on from (a lead above HELD_LEAD) or the model has not read, a
    # stretch, one at the floor (0: past the spam's reach)
    for spam in (_at(2, 1.0, lead=1.0), _at(2, 1.0, lead=None), _at(2, -0.5),
                 _Occ(0, TEXT.index("踏青湖"), TEXT.index("踏青湖") + 2, "踏青", 1.0, ext=True, lead=0.0)):
        assert next_at_marks((TEXT,), [taken], [taken, spam], ["春游", "踏青", "下棋"], 0.0) == []


# Cuts of the headline at marks in random order; after 漳泉 at a mark, 都市, the cut's next piece,
# opens the next clause, held (the article writes 都市将 inside a clause too) below the threshold.
CITY = "2025年厦漳泉都市圈建设这样干"
CITY_CLEAN = ("昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制，并通报了重点任务。",
              "会议强调，要把握发展机遇，推动三市协同，加快基础设施互联互通，将为城市发展注入新活力。",
              "与会人员表示，这座都市将迎来新的发展机遇，各地将加强协作，确保年内见到实效。")
CITY_STUFFED = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，圈建会上发布了工作机制，设样并通报了重点任务。",
                "会议强调，设样要把握发展机遇，年厦推动三市协同，漳泉加快基础设施互联互通，都市将为城市发展注入新活力。",
                CITY_CLEAN[2])


def test_a_held_word_at_the_mark_after_the_headlines_previous_piece_goes() -> None:
    repaired, repairs = repair(CITY_STUFFED, headlines=(CITY,), context=_Reading())  # type: ignore[arg-type]
    assert repaired == CITY_CLEAN
    assert [r.paragraph for r in repairs if r.fragment == "都市" and "next piece in turn" in r.reason] == [1]
    # ... not one its clause goes on from, nor without the context model to read it
    kept = (CITY_CLEAN[0], CITY_STUFFED[1].replace("设样", "").replace("年厦", "").replace("漳泉", ""), CITY_CLEAN[2])
    assert repair(CITY_STUFFED, headlines=(CITY,), context=_Reading({"都市": 1.0}))[0] == kept  # type: ignore[arg-type]
    assert repair(CITY_STUFFED, headlines=(CITY,))[0] == kept


# 秋收时节农机手忙抢收, cut 秋收|时节|农机|手忙|抢收 by the spam; the tiling left 秋收 out (every copy
# inside a clause between words, below 0), so the cycle runs 时节 农机 手忙 抢收. The spam's 秋收
# stands where the cycle turns, and before the run's first piece.
HARVEST = "秋收时节农机手忙抢收"
SPANS = {piece: ((0, HARVEST.index(piece), HARVEST.index(piece) + 2),) for piece in ("秋收", "时节", "农机", "手忙", "抢收")}
FIELDS = ("村口[秋收]道路[时节]很宽，田里的稻谷[农机]长势喜人，村民[手忙]纷纷下田，合作社的[抢收]机器轰鸣，"
          "大家[秋收]干劲十足，天刚亮[时节]就出门，傍晚[农机]才回家，仓库里[手忙]堆满新粮，晒场上[抢收]人来人往，"
          "乡亲们[秋收]排起长队，老人[时节]笑开了颜。")


def _fields(gains: dict[int, float] | None = None) -> tuple[list[Occ], list[Occ]]:
    """The run through FIELDS (the pieces of the cycle in brackets) and the copies of 秋收, inside
    clauses, each read at a gain of 6 unless ``gains`` says otherwise (by its place among them)."""
    run, dropped, text = [], [], FIELDS
    while "[" in text:
        start = text.index("[")
        piece = text[start + 1:text.index("]")]
        text = text[:start] + piece + text[start + len(piece) + 2:]
        o = Occ(0, start, start + 2, piece, after=False, last=False, ext=False, word=True, bound=False)
        if piece == "秋收":
            o.gain, o.score = (gains or {}).get(len(dropped), 6.0), -0.2
            dropped.append(o)
        else:
            run.append(o)
    return run, dropped


def _sorted(occs: list[Occ]) -> list[Occ]:
    return sorted(occs, key=lambda o: o.start)


def test_the_piece_the_cut_left_out_goes_where_the_cycle_turns() -> None:
    run, dropped = _fields()
    cycle = ["时节", "农机", "手忙", "抢收"]
    assert _sorted(dropped_ends(run, run + dropped, cycle, SPANS, -4.0, 4.0)) == dropped
    # ... not one the context model reads as the article's word there (below the gain asked), nor
    # a stretch of the headline, nor one of two copies in a turn
    run, dropped = _fields({1: 3.0})
    assert _sorted(dropped_ends(run, run + dropped, cycle, SPANS, -4.0, 4.0)) == [dropped[0], dropped[2]]
    run, dropped = _fields()
    dropped[0].ext = True
    assert _sorted(dropped_ends(run, run + dropped, cycle, SPANS, -4.0, 4.0)) == dropped[1:]
    other = Occ(0, dropped[1].start + 4, dropped[1].start + 6, "秋收", False, False, False, True, False, gain=6.0)
    assert _sorted(dropped_ends(run, run + dropped + [other], cycle, SPANS, -4.0, 4.0)) == [dropped[2]]


def test_the_piece_the_cut_left_out_stays_where_the_turns_lack_it() -> None:
    run, dropped = _fields()
    cycle = ["时节", "农机", "手忙", "抢收"]
    # ... the turn within the paragraph holds none: before the run's first alone is no evidence
    assert dropped_ends(run, run + [dropped[0]], cycle, SPANS, -4.0, 4.0) == []
    # ... a piece of the cycle itself, or a run too short to turn
    assert dropped_ends(run, run + dropped, ["秋收", *cycle], SPANS, -4.0, 4.0) == []
    assert dropped_ends(run[:3], run[:3] + dropped, cycle, SPANS, -4.0, 4.0) == []


# The spam's turns, at marks and inside clauses (手忙, read there as stuffed), and 秋收 (the piece
# the tiling leaves out: read at a gain of 5, below the model's midpoint, it scores below 0)
# inside a clause where the cycle turns from 抢收 to 时节.
HARVEST_STUFFED = (
    "今年村里的稻谷长势喜人，[时节]田间到处是忙碌的身影，[农机]合作社的机器整天轰鸣，[手忙]村民们纷纷下田帮忙，"
    "[抢收]大家[秋收]干劲十足，[时节]场面十分热闹。",
    "天刚亮，[农机]乡亲们就出了门，一直干到[手忙]傍晚才回家，[抢收]仓库里很快堆满了新粮，晒场上[秋收]车辆往来，"
    "[时节]老人们笑开了颜。",
    "据介绍，[农机]今年全村的粮食产量比去年增加了一成，村干部[手忙]介绍说，[抢收]合作社还将[秋收]添置新设备，"
    "[时节]方便村民种地。")


def test_the_piece_the_cut_left_out_goes_from_a_stuffed_page_where_the_cycle_turns() -> None:
    stuffed = tuple(p.replace("[", "").replace("]", "") for p in HARVEST_STUFFED)
    clean = tuple(re.sub(r"\[.*?\]", "", p) for p in HARVEST_STUFFED)
    leads = {piece: -0.3 for piece in ("时节", "农机", "手忙", "抢收")}
    out, repairs = repair(stuffed, headlines=(HARVEST,), context=_Reading(leads, {"秋收": 5.0, "手忙": 9.0}))  # type: ignore[arg-type]
    assert out == clean
    assert [r.paragraph for r in repairs if r.fragment == "秋收"] == [0, 1, 2]
    # ... not where the context model reads it as the article's word there
    out, _ = repair(stuffed, headlines=(HARVEST,), context=_Reading(leads, {"秋收": 3.0, "手忙": 9.0}))  # type: ignore[arg-type]
    assert [p.count("秋收") for p in out] == [1, 1, 1]
    # ... nor on a page whose spam goes at marks only (手忙 read as the clause's own inside it)
    out, _ = repair(stuffed, headlines=(HARVEST,), context=_Reading(leads, {"秋收": 5.0}))  # type: ignore[arg-type]
    assert [p.count("秋收") for p in out] == [1, 1, 1]
