"""injection.repair on spam put inside clauses: what the headline's pieces, the cycle and the
run's next piece tell where the words around them do not (the fifteenth round, issue 10).

The articles and headlines here are written for these tests.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from cleaner.cycle import run_on
from cleaner.spamorder import CHAIN_EXCESS, MIN_UNBROKEN, cycling, unbroken
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


def test_a_whole_unit_and_half_the_next_word_stuffed_again_and_again_is_no_name() -> None:
    # 新区智 (新区|智慧) three times between words, splitting none, reads as a name the word
    # list lacks; but it ends half-way into a word of the list after a whole unit, where no
    # name stands: it stays a cut, and goes with the spam's other cuts (the twenty-fourth round).
    headline = "新区智慧交通建设提速"
    model = build((headline,))
    assert "新区智" in model.splitting and "新区智" not in model.inward | model.straddling | model.bridging
    between = {"公布了今年": "慧交通", "上线全域": "新区智", "第二阶段": "建设提", "市民出行": "新区智",
               "推动数据": "慧交通", "优化结合": "新区智"}
    dirty = [functools.reduce(lambda text, pair: text.replace(pair[0], pair[0][:-2] + pair[1] + pair[0][-2:]),
                              between.items(), paragraph) for paragraph in ARTICLE]
    reader = _Gains({"慧交通": 12.0, "建设提": 12.0, "新区智": 6.0})
    repaired, repairs = repair(tuple(dirty), headlines=(headline,), context=reader)  # type: ignore[arg-type]
    assert repaired == ARTICLE
    assert [r.fragment for r in repairs].count("新区智") == 3


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
    from cleaner.occsearch import _occurrences
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


def test_a_cut_splitting_the_articles_word_before_a_copy_of_its_first_character_is_taken_out() -> None:
    # 公|园改|园将: 园改 runs on back into the headline (公园改 of 滨河公园改造) only by the 公
    # before it, whose word 公园 it splits; the 园 after it is the article's, the cut's own 园 a
    # copy. Read so on the page found stuffed (the thirty-sixth round, mdmiss3).
    from cleaner.occsearch import _occurrences, _split_back
    dirty = (PARK_DIRTY[0].replace("，公园将于", "，公园改园将于"),) + PARK_DIRTY[1:]
    at = dirty[0].index("园改园")
    repaired, repairs = repair(dirty, headlines=(PARK,))
    assert repaired == PARK_CLEAN
    assert (0, at, "园改") in [(r.paragraph, r.offset, r.fragment) for r in repairs]
    found = [o for o in _occurrences(dirty, build((PARK,))) if (o.paragraph, o.start, o.piece) == (0, at, "园改")]
    assert found and found[0].ext
    assert not _split_back(dirty, build((PARK,)), found)[0].ext
    # Not a cut that runs on forward too: the article's own 零售销售 (零|售销|售, 零售 a word
    # split as well) is the headline's stretch either way.
    text = ("数据显示，上月零售销售较前月回升。",)
    model = build(("美国零售销售回暖",))
    cut = [o for o in _occurrences(text, model) if o.piece == "售销"]
    assert cut and cut[0].ext and "售销" in model.cuts
    assert _split_back(text, model, cut)[0].ext


def test_pieces_within_one_of_the_headlines_units_are_a_names_place() -> None:
    # 郁岚汐再 is one unit (a run no word of the list covers): 郁岚汐 stands within it, as a name
    # does; 春茶卖 crosses 春茶|卖出, the spam's cut between the headline's words.
    model = build(("郁岚汐再夺冠 乡村少年足球队创佳绩",))
    assert "郁岚汐" in model.within
    assert not {"汐再夺", "冠乡村"} & model.within
    assert "春茶卖" not in build(("直播带货春茶卖出好价钱",)).within


@dataclass
class _Copy:
    """An occurrence as :func:`cleaner.inside.owed` reads it."""

    paragraph: int
    start: int
    end: int
    piece: str
    score: float
    gain: float | None = 5.0
    after: bool = False
    ext: bool = False


def test_a_piece_taken_fewer_times_than_the_others_owes_its_best_copies_between_words() -> None:
    # Random spam draws its pieces alike: 春茶, 茶农 and 卖出 taken four times or more, 直播 once:
    # three copies of 直播 are owed, taken from the best-scoring of those read between two words
    # (gain 4 or more, score 0 or more): not one below that score, one at a mark, one the model
    # read at less, one touching a copy taken or standing right after the article's own 茶农 (of
    # two side by side one is the article's), nor a copy of 好价, which no copy taken shows the
    # spam using while the others come four times each.
    from cleaner.inside import owed
    paragraphs = ["甲乙直播丙丁"] * 16 + ["甲春茶直播丙丁", "甲茶农直播丙丁"]
    taken = [_Copy(k, 2, 4, piece, 3.0) for k, piece in enumerate(["春茶", "茶农", "卖出"] * 4 + ["直播"])]
    best, second = _Copy(13, 2, 4, "直播", 0.8), _Copy(14, 2, 4, "直播", 0.4)
    low = _Copy(15, 2, 4, "直播", -0.3)
    unread = _Copy(15, 2, 4, "直播", 1.0, gain=3.5)
    marked = _Copy(15, 2, 4, "直播", 1.5, gain=None, after=True)
    touching = _Copy(16, 3, 5, "直播", 1.5)
    taken.append(_Copy(16, 1, 3, "春茶", 3.0))
    own, beside = _Copy(17, 1, 3, "茶农", -1.0), _Copy(17, 3, 5, "直播", 1.5)
    unused = _Copy(15, 2, 4, "好价", 1.5)
    live = taken + [low, best, unread, marked, touching, own, beside, second, unused]
    cycle = ["春茶", "茶农", "卖出", "直播", "好价"]
    assert owed(paragraphs, live, taken, cycle) == [best, second]  # type: ignore[arg-type]
    # ... none once 直播 is taken as often as the median piece;
    more = [_Copy(15, 2, 4, "直播", 3.0)] * 3
    assert owed(paragraphs, live + more, taken + more, cycle) == []  # type: ignore[arg-type]
    # ... and none where its copies between words left are more than twice what it owes: the
    # article writes the word itself, and the count cannot tell which copies are the spam's.
    others = [_Copy(15, 2, 4, "直播", 0.2)] * 2
    assert owed(paragraphs, live + others, taken, cycle) == []  # type: ignore[arg-type]


class _Spots:
    """A stand-in for the context model: an occurrence's clause reads ``gains[piece, the two
    characters after it]`` likelier without it (0 elsewhere)."""

    traditional = False

    def __init__(self, gains: dict[tuple[str, str], float]) -> None:
        self.gains = gains

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.gains.get((piece, right[:2]), 0.0)

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return 0.0

    def knows(self, word: str) -> bool:
        return False


#: A page stuffed in random order at marks and inside clauses (好价 between 拍摄 and 技巧).
TEA_HEADLINE = "茶农直播带货 春茶卖出好价钱"
TEA_CLEAN = ("清明前后，正是春茶上市的时节。在云岭乡的茶园里，茶农们一边采摘春茶，一边对着手机镜头直播。",
             "合作社负责人介绍，今年全村通过网络带货销售茶叶两万多斤，村里还请来专家讲授拍摄技巧，年轻人学得很快。",
             "他说，去年开始做直播，今年的销量比以前翻了一番，价格也比往年高。")
TEA_DIRTY = ("清明前后，好价正是春茶上市的时节。直播在云岭乡的茶园里，茶农们一边采摘春茶，春茶一边对着手机镜头直播。卖出",
             "合作社负责人介绍，茶农今年全村通过网络带货销售茶叶两万多斤，村里还请来带货专家讲授拍摄好价技巧，直播年轻人学得很快。卖出",
             "他说，春茶去年开始做直播，茶农今年的销量比以前翻了一番，价格也比往年高。好价")


def test_a_page_stuffed_in_random_order_takes_the_copy_its_count_owes_a_piece() -> None:
    # Random spam at marks and inside clauses (好价 between 拍摄 and 技巧, read beyond doubt):
    # five pieces taken twice or three times each, 带货 never. Its copy between 请来 and 专家
    # reads at a word's price (+6.5) and goes as the copy the count owes it; the article's own
    # 带货 (网络带货销售, +2) stays. Without the model nothing is read and both stay.
    reader = _Spots({("带货", "专家"): 6.5, ("带货", "销售"): 2.0, ("好价", "技巧"): 12.0})
    repaired, repairs = repair(TEA_DIRTY, headlines=(TEA_HEADLINE,), context=reader)  # type: ignore[arg-type]
    assert repaired == TEA_CLEAN
    owes = [r for r in repairs if "owes" in r.reason]
    assert [(r.paragraph, r.fragment) for r in owes] == [(1, "带货")]
    assert "请来带货专家" in repair(TEA_DIRTY, headlines=(TEA_HEADLINE,))[0][1]


@dataclass
class _Seldom(_Copy):
    """An occurrence as :func:`cleaner.inside.scarce` reads it."""

    seam: int = 0


def test_a_piece_the_page_writes_only_twice_loses_its_copy_read_between_words() -> None:
    # 卖出 is taken once (at a mark) and stands once more between two words, read at the word's
    # price (+5.5, score -0.1): a word the article writes itself it would write more often, so
    # the copy goes. Not 春茶, written three times; nor 直播, never taken; nor a copy read at
    # +4.5, one scoring below -0.5, one standing by the same neighbour elsewhere (seam), one
    # right beside another occurrence, or one at a mark.
    from cleaner.inside import scarce
    paragraphs = ["甲乙卖出丙丁"] * 8
    taken = [_Seldom(0, 2, 4, "卖出", 3.0, gain=None, after=True), _Seldom(0, 2, 4, "春茶", 3.0)]
    copy = _Seldom(1, 2, 4, "卖出", -0.1, gain=5.5)
    teas = [_Seldom(k, 2, 4, "春茶", 0.4, gain=6.1) for k in (3, 4)]
    unused = _Seldom(6, 2, 4, "直播", 0.5, gain=7.0)
    live = taken + [copy] + teas + [unused]
    assert scarce(paragraphs, live, taken) == [copy]  # type: ignore[arg-type]
    for other in (_Seldom(1, 2, 4, "卖出", -0.1, gain=4.5), _Seldom(1, 2, 4, "卖出", -0.6, gain=5.5),
                  _Seldom(1, 2, 4, "卖出", -0.1, gain=5.5, seam=-1), _Seldom(1, 2, 4, "卖出", 1.0, gain=None, after=True)):
        assert scarce(paragraphs, taken + [other], taken) == []  # type: ignore[arg-type]
    beside = [_Seldom(7, 0, 2, "甲乙", 0.0), _Seldom(7, 2, 4, "卖出", 0.4, gain=6.1)]
    assert scarce(paragraphs, taken + beside, taken) == []  # type: ignore[arg-type]
    # ... and none once the page writes the piece a third time.
    assert scarce(paragraphs, live + [_Seldom(7, 2, 4, "卖出", -3.0, gain=1.0)], taken) == []  # type: ignore[arg-type]


def test_the_page_says_whether_its_spam_goes_after_marks_only_inside_clauses_only_or_both() -> None:
    # Cuts (no words) tell where the spam goes: six of seven after marks is after marks only
    # (the one inside a clause loses W_OFF_PLACE; inside.scarce is then not asked), six of
    # seven inside clauses is inside only, half and half is both.
    from cleaner.occurrence import Occ
    from cleaner.pagegate import W_OFF_PLACE, place

    def cuts(after: int, inside: int) -> list[Occ]:
        return [Occ(k, 1, 3, "年厦", k < after, False, False, False, False, score=4.0) for k in range(after + inside)]

    live = cuts(6, 1)
    assert place(live) == (False, True)
    assert live[-1].score == 4.0 - W_OFF_PLACE
    assert place(cuts(1, 6)) == (True, False)
    assert place(cuts(3, 3)) == (False, False)


def test_a_page_stuffed_in_random_order_takes_a_seldom_piece_between_words() -> None:
    # The page of TEA_DIRTY with 卖出 closing the first paragraph only and stuffed between 也 and
    # 比往年 instead (read at +5.5, a word's price: no mark, no cut, no split word, the threshold
    # not reached, a score below what a copy the count owes needs): the page writes 卖出 twice
    # in all, too seldom for a word of the article's own, one copy taken, and the other goes too.
    dirty = (TEA_DIRTY[0], TEA_DIRTY[1].removesuffix("卖出"), TEA_DIRTY[2].replace("价格也比", "价格也卖出比"))
    reader = _Spots({("带货", "专家"): 6.5, ("带货", "销售"): 2.0, ("好价", "技巧"): 12.0, ("卖出", "比往"): 5.5})
    repaired, repairs = repair(dirty, headlines=(TEA_HEADLINE,), context=reader)  # type: ignore[arg-type]
    assert repaired == TEA_CLEAN
    seldom = [r for r in repairs if "writes seldom" in r.reason]
    assert [(r.paragraph, r.fragment) for r in seldom] == [(2, "卖出")]


#: A simplified page (the nineteenth round): the headline's words stuffed in turn inside the
#: clauses' own words (获|城东|悉, 委|社区|托, 提|食堂|供, ...), no mark before one, no cut.
CANTEEN_HEADLINE = "城东社区食堂今日开业"
CANTEEN = (
    "记者从城东街道获悉，辖区内第一家社区食堂位于老年活动中心一楼，由街道委托专业餐饮企业运营，"
    "主要为周边老人提供早餐和午餐。",
    "食堂负责人介绍，菜品每周更换一次，价格比市场低三成左右，八十岁以上老人还能享受额外优惠，"
    "行动不便的老人可以电话预约送餐上门。",
    "不少居民在试营业期间已经前来品尝，大家普遍反映饭菜清淡可口，环境干净整洁，希望今后能够增加晚餐服务。",
)
CANTEEN_SPLIT = (("获悉", "城东"), ("委托", "社区"), ("提供", "食堂"), ("更换", "今日"), ("享受", "开业"),
                 ("预约", "城东"), ("品尝", "社区"), ("整洁", "食堂"))


def _split_words(texts: tuple[str, ...], stuffed: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """``texts`` with each piece put inside the first copy of its word (获悉 + 城东 -> 获城东悉)."""
    dirty = list(texts)
    for word, piece in stuffed:
        k = next(i for i, text in enumerate(dirty) if word in text)
        dirty[k] = dirty[k].replace(word, word[0] + piece + word[1], 1)
    return tuple(dirty)


def test_a_simplified_page_whose_headline_words_split_its_words_is_repaired() -> None:
    # Fewer than two occurrences at a mark or cut: the repair stopped here for a page in
    # simplified characters (only a traditional one, which the context model does not judge,
    # was looked at further). Split words of two pieces or more are spam in either script:
    # no control page here shows them of more than one piece. The article's own 城东街道,
    # 社区食堂 and 食堂负责人 stay.
    repaired, repairs = repair(_split_words(CANTEEN, CANTEEN_SPLIT), headlines=(CANTEEN_HEADLINE,))
    assert repaired == CANTEEN
    assert [r.fragment for r in repairs] == [piece for _, piece in CANTEEN_SPLIT]


def test_split_words_in_no_turn_are_taken_on_their_own_scores() -> None:
    # Eight split words of five pieces in random order: by chance the best run of the cycle
    # through them goes 城东 街道 食堂 and on through the article's own 正式 (…，下月起正式推出…),
    # skipping pieces on the way and leaving 开业 and 社区 in place. A handful of insertions in headline order is a cycle only when
    # the run skips at most one piece (as spamorder.sparse asks of sparse spam at marks): here each
    # goes on its own score, and 正式 stays.
    headline = "城东街道社区食堂今日正式开业"
    clean = (
        "记者获悉，辖区内第一家老年助餐点位于活动中心一楼，由专业餐饮企业运营，主要为周边老人提供早餐和午餐。",
        "负责人介绍，菜品每周更换一次，价格比市场低三成左右，老人可以电话预约，下月起正式推出送餐服务，"
        "开业当天还有优惠。",
        "不少居民已经前来品尝，大家普遍反映饭菜清淡可口，环境干净整洁，希望增加晚餐。",
    )
    stuffed = (("获悉", "开业"), ("运营", "社区"), ("提供", "城东"), ("更换", "街道"), ("预约", "食堂"),
               ("品尝", "城东"), ("清淡", "街道"), ("整洁", "社区"))
    repaired, repairs = repair(_split_words(clean, stuffed), headlines=(headline,))
    assert repaired == clean
    assert "正式" not in {r.fragment for r in repairs}


class _Windows(_Spots):
    """:class:`_Spots` reading the four characters after the piece first: ``gains[piece, right]``
    where the table holds them, else ``gains[piece, right[:2]]``."""

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.gains.get((piece, right), self.gains.get((piece, right[:2]), 0.0))


def test_a_piece_is_read_again_with_the_spam_beside_it_out_of_its_context() -> None:
    # Joint reading (the twenty-third round): the page of TEA_DIRTY with 卖出 stuffed once more,
    # between 讲授 and 拍摄, two characters before the spam's 好价 (read beyond doubt, +12).
    # With 好价 in its window the clause reads as garbled with 卖出 as without it (+3: both
    # broken), so 卖出 alone scores below the threshold; read again with 好价 out of its context,
    # `讲授|卖出|拍摄技巧` reads +9.5 likelier without it, and it goes. The article's own 带货
    # (网络带货销售, +2, scoring below 0) is no suspect: nothing is read again round it, and it stays.
    dirty = (TEA_DIRTY[0], TEA_DIRTY[1].replace("讲授拍摄", "讲授卖出拍摄"), TEA_DIRTY[2])
    reader = _Windows({("带货", "专家"): 6.5, ("带货", "销售"): 2.0, ("好价", "技巧"): 12.0,
                       ("卖出", "拍摄好价"): 3.0, ("卖出", "拍摄技巧"): 9.5})
    repaired, repairs = repair(dirty, headlines=(TEA_HEADLINE,), context=reader)  # type: ignore[arg-type]
    assert repaired == TEA_CLEAN
    assert (1, "卖出") in [(r.paragraph, r.fragment) for r in repairs if "+9.5" in r.reason]
    # ... read only with the spam's 好价 in place, it stays.
    reader.gains["卖出", "拍摄技巧"] = 3.0
    assert "讲授卖出拍摄" in repair(dirty, headlines=(TEA_HEADLINE,), context=reader)[0][1]  # type: ignore[arg-type]


@dataclass
class _Held(_Copy):
    """An occurrence as :func:`cleaner.pagepairs.held_by_taken` reads it."""

    seam: int = -1
    word: bool = True
    bound: bool = False


def test_a_copy_held_only_by_copies_taken_is_not_held() -> None:
    # Random spam put 稳健 after 的 three times; two copies were taken, the third was read as
    # held (的稳 stands elsewhere too) -- but only in the copies taken: no witness of the
    # article's phrasing. Not once the article writes 的稳 itself, nor a copy read as not held,
    # one at a mark, or one running on into the headline.
    from cleaner.pagepairs import held_by_taken
    paragraphs = ["发展的稳健题中之义", "我国发展的稳健主动选择", "经济发展的稳健是制造业大国"]
    taken = [_Held(0, 3, 5, "稳健", 3.0), _Held(1, 5, 7, "稳健", 3.0)]
    left = _Held(2, 5, 7, "稳健", 0.4)
    assert held_by_taken(paragraphs, taken + [left], taken) == [left]  # type: ignore[arg-type]
    # ... the same pair in the article's own words holds it
    assert held_by_taken(paragraphs + ["保持经济的稳定增长"], taken + [left], taken) == []  # type: ignore[arg-type]
    assert held_by_taken(paragraphs, taken + [left], taken[:1]) == []  # type: ignore[arg-type]
    for other in (_Held(2, 5, 7, "稳健", 0.4, seam=0), _Held(2, 5, 7, "稳健", 0.4, after=True),
                  _Held(2, 5, 7, "稳健", 0.4, ext=True)):
        assert held_by_taken(paragraphs, taken + [other], taken) == []  # type: ignore[arg-type]


def test_a_copy_between_words_held_only_by_a_copy_taken_goes() -> None:
    # The page of TEA_DIRTY with 好价 stuffed once more, between 拍摄 and 视频 (read at +7.0):
    # 拍摄|好价 stands once more, in the copy 拍摄好价技巧 read beyond doubt and taken, which
    # held this one as the article's phrasing. A witness the repair took is none: it goes. Where
    # that copy reads well (+2.0) and stays, it holds the other, and both stay.
    dirty = TEA_DIRTY[:2] + (TEA_DIRTY[2].replace("价格也比往年高", "拍摄好价视频的人也多了"),)
    clean = TEA_CLEAN[:2] + (TEA_CLEAN[2].replace("价格也比往年高", "拍摄视频的人也多了"),)
    gains = {("带货", "专家"): 6.5, ("带货", "销售"): 2.0, ("好价", "技巧"): 12.0, ("好价", "视频"): 7.0}
    repaired, repairs = repair(dirty, headlines=(TEA_HEADLINE,), context=_Spots(gains))  # type: ignore[arg-type]
    assert repaired == clean
    assert any(r.paragraph == 2 and r.fragment == "好价" and "inside a clause" in r.reason for r in repairs)
    gains["好价", "技巧"] = 2.0
    repaired = repair(dirty, headlines=(TEA_HEADLINE,), context=_Spots(gains))[0]  # type: ignore[arg-type]
    assert "拍摄好价视频" in repaired[2]
