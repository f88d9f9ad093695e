"""injection.repair on spam put inside clauses: what the headline's pieces, the cycle and the
run's next piece tell where the words around them do not (the fifteenth round, issue 10).

The articles and headlines here are written for these tests.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from cleaner.cycle import CHAIN_EXCESS, MIN_UNBROKEN, cycling, run_on, unbroken
from cleaner.headmodel import build
from cleaner.injection import SKIP, repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

ARTICLE = (
    ("本报讯（记者 林晓）昨日上午，滨江新区智慧交通建设推进会召开，会上公布了今年的十项重点任务，"
     "新区将在年内建成智能信号灯路口一百二十个，并上线全域停车诱导系统。"),
    ("据介绍，滨江新区智慧交通建设已进入第二阶段。新区交通部门负责人说，第一阶段完成的主干道改造，"
     "让早晚高峰通行时间缩短了约两成，市民出行明显顺畅。"),
    "下一步，新区将把智慧交通与公交线网优化结合起来，推动数据在各部门之间共享，让交通管理更加精细。",
)
#: A headline in two parts, the second quoted: the spam's trigram 交通一 stands across the space
#: and the quote, where no name the article writes is cut.
QUOTED = "滨江新区智慧交通 “一路一策”"


class _Gains:
    """A stand-in for the context model: each piece's clause reads ``gains[piece]`` likelier
    without it (0 for anything else)."""

    traditional = False

    def __init__(self, gains: dict[str, float]) -> None:
        self.gains = gains

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.gains.get(piece, 0.0)

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return 0.0

    def knows(self, word: str) -> bool:
        return False


def test_pieces_across_the_headlines_space_or_quote_are_bridging() -> None:
    model = build((QUOTED,))
    assert {"通一", "交通一", "通一路"} <= model.bridging
    assert not {"交通", "一路", "智慧交", "路一策"} & model.bridging
    assert "号线南" in build(("江城地铁5号线“南延段”开通",)).bridging   # across the quote
    assert not build(("春耕时节白湖镇种粮大户忙备耕",)).bridging


def test_a_cut_across_the_headlines_quote_stuffed_again_and_again_is_no_name() -> None:
    # 交通一, three times between words and splitting none, is what an article does with a name
    # the word list lacks (于欢); but it stands in the headline only across the space and the
    # quote, where no name is cut: it stays a cut, and goes with the spam's other cuts.
    # Each piece between the two words of a pair: 公布了|区智慧|今年 and so on.
    between = {"公布了今年": "区智慧", "上线全域": "交通一", "第二阶段": "滨江新", "市民出行": "交通一",
               "推动数据": "路一策", "优化结合": "交通一"}
    dirty = [functools.reduce(lambda text, pair: text.replace(pair[0], pair[0][:-2] + pair[1] + pair[0][-2:]),
                              between.items(), paragraph) for paragraph in ARTICLE]
    assert sum(text.count("交通一") for text in dirty) == 3
    # The other cuts read beyond doubt put there; 交通一 at a word's price, no more.
    reader = _Gains({"区智慧": 12.0, "滨江新": 12.0, "路一策": 12.0, "交通一": 6.0})
    repaired, repairs = repair(tuple(dirty), headlines=(QUOTED,), context=reader)  # type: ignore[arg-type]
    assert repaired == ARTICLE
    assert [r.fragment for r in repairs].count("交通一") == 3


@dataclass
class _Occ:
    """An occurrence as the cycle's DPs read it."""

    paragraph: int
    start: int
    end: int
    piece: str
    score: float = 0.0
    after: bool = False
    bound: bool = False
    ext: bool = False


CYCLE = ["茶农", "直播", "带货", "春茶", "卖出", "好价"]


def _pool(spam: list[str], own: list[str]) -> list[_Occ]:
    """The spam's pieces in its order, each after one of the article's own copies of another
    piece (a word of the headline the article uses), one per paragraph."""
    out: list[_Occ] = []
    for k, piece in enumerate(spam):
        out.append(_Occ(k, 0, 2, own[k % len(own)], 0.0))
        out.append(_Occ(k, 10, 12, piece, 1.0))
    return out


def test_a_run_through_the_cycle_that_skips_nothing_shows_cycling_spam() -> None:
    # Ten insertions in headline order among twenty plain occurrences of six pieces (the
    # article's own 春茶 and 茶农 between them): four times chance (20 / 6) is out of reach, but
    # a run without a gap this long comes by chance about once in a hundred pages or less.
    spam = (CYCLE * 2)[:10]
    pool = _pool(spam, ["春茶", "茶农"])
    assert len(pool) == 20 and 10 * len(CYCLE) < CHAIN_EXCESS * len(pool)
    assert not cycling(pool, CYCLE, SKIP)[0]
    found, run = unbroken(pool, CYCLE, SKIP)
    assert found and [o.piece for o in run] == spam
    # One piece of the turn missing: a gap, which the spam in headline order never leaves.
    gapped = _pool(spam[:4] + spam[5:], ["春茶", "茶农"])
    assert not unbroken(gapped, CYCLE, SKIP)[0]
    # The same run among many more occurrences of the article's own: within chance.
    crowded = pool + [_Occ(20 + k, 0, 2, ("春茶", "茶农", "直播")[k % 3], 0.0) for k in range(60)]
    assert not unbroken(sorted(crowded, key=lambda o: o.paragraph), CYCLE, SKIP)[0]
    # Too short a run, however unlikely.
    assert not unbroken(_pool(spam[:MIN_UNBROKEN - 1], ["春茶"]), CYCLE, SKIP)[0]


def test_the_runs_next_piece_inside_a_clause_goes_where_the_spam_goes_inside_clauses() -> None:
    # The run ends with 春茶 stuffed inside 茶农; the cycle's next piece 卖出 follows in the same
    # clause, between two words. On a page whose spam goes inside clauses only it goes too; next
    # to a digit (the model reads nothing there) or on a page stuffed at marks it stays.
    text = "带动茶春茶农人均卖出增收四千余元，卖出5万斤"
    run = [_Occ(0, 0, 2, "茶农", 5.0), _Occ(0, 0, 2, "直播", 5.0), _Occ(0, 0, 2, "带货", 5.0),
           _Occ(0, 3, 5, "春茶", 5.0)]
    paragraphs = [text]
    later = _Occ(0, text.index("卖出"), text.index("卖出") + 2, "卖出", -0.2)
    by_digit = _Occ(0, text.rindex("卖出"), text.rindex("卖出") + 2, "卖出", -0.2)

    def places(pair: list[_Occ]) -> list[int]:
        return [text[:o.start].count("，") for o in pair]

    assert run_on(paragraphs, run, [*run, later], CYCLE, -3.0, places, True)[-1] is later
    assert run_on(paragraphs, run, [*run, later], CYCLE, -3.0, places) == run
    assert run_on(paragraphs, run, [*run, by_digit], CYCLE, -3.0, places, True) == run


#: An article and its headline 滨河公园改造工程完工 (written for these tests); the spam cuts it into
#: 河公 园改 造工 程完 and puts them inside clauses in no order.
PARK = "滨河公园改造工程完工"
PARK_CLEAN = (
    "本报讯 记者昨日从市园林局获悉，历时十个月的滨河公园改造工程已全部竣工，公园将于本周六重新向市民开放。",
    "据介绍，这次改造对园内的步道、照明和排水设施进行了全面更新，新增健身场地三处，并种植乔木一千多株。",
    "园林局负责人表示，公园的改造工程采用了透水铺装，雨天不再积水，夜间的照明也比过去亮了许多。",
    "附近居民王大爷说，以前晚上不敢来散步，现在灯亮了，路也平了，他打算每天都来走一走。",
)
PARK_DIRTY = (
    PARK_CLEAN[0].replace("园林局", "园林河公局").replace("向市民", "向园改市民"),
    PARK_CLEAN[1].replace("步道", "步造工道").replace("健身场地", "健身程完场地").replace("乔木", "乔河公木"),
    PARK_CLEAN[2].replace("改造工程", "改造程完工程").replace("不再积水", "不再园改积水"),
    PARK_CLEAN[3],
)


def test_a_piece_wedged_into_the_articles_own_stretch_of_the_headline_is_taken_out() -> None:
    # 改造|程完|工程: 程完 runs on into the headline (程完工 of 工程完工) only by the article's
    # 工, which the 造 before it runs on to as well (改造工程, the article's own stretch of the
    # headline): the piece is wedged into it, no quote of the article's.
    from cleaner.injection import _occurrences
    assert repair(PARK_CLEAN, headlines=(PARK,)) == (PARK_CLEAN, ())
    repaired, repairs = repair(PARK_DIRTY, headlines=(PARK,))
    assert repaired == PARK_CLEAN
    assert (2, PARK_DIRTY[2].index("程完"), "程完") in [(r.paragraph, r.offset, r.fragment) for r in repairs]
    wedged = [o for o in _occurrences(PARK_DIRTY, build((PARK,))) if o.paragraph == 2 and o.piece == "程完"]
    assert wedged and not wedged[0].ext
    # The article's own 改造 right after the spam's 园改造 at a mark (，园改造|改造|工程): the
    # character before it is the spam's, so it still runs on into the headline as the article's.
    text = "园林局负责人表示，园改造改造工程采用了透水铺装。"
    own = [o for o in _occurrences((text,), build((PARK,))) if o.piece == "改造" and o.start == 12]
    assert own and own[0].ext
    # ... nor after a copy of itself (滨河公园|公园|改造: either copy is the spam's, and the first,
    # followed by itself, is read as the one that does not run on).
    text = "记者从市园林局获悉，滨河公园公园改造工程已全部竣工。"
    copies = [o for o in _occurrences((text,), build((PARK,))) if o.piece == "公园"]
    assert [o.ext for o in copies] == [False, True]


def test_pieces_within_one_of_the_headlines_units_are_a_names_place() -> None:
    # 郁岚汐再 is one unit (a run no word of the list covers): 郁岚汐 stands within it, as a name
    # does; 春茶卖 crosses 春茶|卖出, the spam's cut between the headline's words.
    model = build(("郁岚汐再夺冠 乡村少年足球队创佳绩",))
    assert "郁岚汐" in model.within
    assert not {"汐再夺", "冠乡村"} & model.within
    assert "春茶卖" not in build(("直播带货春茶卖出好价钱",)).within
