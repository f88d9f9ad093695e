"""injection.repair on pages with only a few insertions (the sixteenth round, issue 10): three
headline words in front of clauses in the headline's turn, read by the context model as no
subject of their clause; two cuts inside clauses that read as put there.

The articles and headlines here are written for these tests; a stand-in plays the context model.
"""

from __future__ import annotations

import pytest

from cleaner.injection import repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

HEADLINE = "老街茶馆重新开张"
CLEAN = (
    "入秋以来，城南一带游客渐多，街口那家经营了三十多年的茶馆，经过半年修缮，于本周一开门营业。",
    "店主陈师傅介绍，这次修缮保留了原有的木梁和花窗，二楼新辟了一间阅览室，摆放着本地作者的书籍。",
    "开张当天，不少街坊一早就来排队。七十岁的周阿姨说，她年轻时常来这里听评书，如今能重新坐在窗边喝茶，觉得格外亲切。",
    "据了解，区里今年还将对老街沿线的二十余家老店进行改造，让更多老字号留住街坊的记忆。",
)
#: One turn of the headline's words, each put in front of a clause (density a quarter: three
#: insertions on the page, none a cut, none closing a paragraph).
STUFFED = (
    "入秋以来，老街城南一带游客渐多，街口那家经营了三十多年的茶馆，经过半年修缮，于本周一开门营业。",
    "店主陈师傅介绍，这次修缮保留了原有的木梁和花窗，二楼新辟了一间阅览室，茶馆摆放着本地作者的书籍。",
    "开张当天，不少街坊一早就来排队。重新七十岁的周阿姨说，她年轻时常来这里听评书，如今能重新坐在窗边喝茶，觉得格外亲切。",
    CLEAN[3],
)


class _Reading:
    """A stand-in for the context model: ``leads[piece]`` is how much better a clause reads going
    on from the piece than starting on its own, ``gains[piece]`` how much likelier its clause
    reads without it (0 for anything else)."""

    traditional = False

    def __init__(self, leads: dict[str, float] | None = None, gains: dict[str, float] | None = None) -> None:
        self.leads, self.gains = leads or {}, gains or {}

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.gains.get(piece, 0.0)

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.leads.get(piece, 0.0)

    def knows(self, word: str) -> bool:
        return False


def test_three_words_at_marks_in_turn_that_lead_nowhere_are_taken_out() -> None:
    reading = _Reading(leads={"老街": -0.3, "茶馆": -0.2, "重新": -0.4})
    out, repairs = repair(STUFFED, headlines=(HEADLINE,), context=reading)  # type: ignore[arg-type]
    assert out == CLEAN
    assert [r.fragment for r in repairs] == ["老街", "茶馆", "重新"]
    # Without the model's reading three words at marks are what an article writes.
    assert repair(STUFFED, headlines=(HEADLINE,)) == (STUFFED, ())


def test_words_at_marks_their_clauses_go_on_from_stay() -> None:
    # The article's own subjects: its clauses read better going on from them.
    reading = _Reading(leads={"老街": -0.3, "茶馆": 0.6, "重新": -0.4})
    assert repair(STUFFED, headlines=(HEADLINE,), context=reading) == (STUFFED, ())  # type: ignore[arg-type]


def test_words_at_marks_the_article_writes_inside_its_clauses_stay() -> None:
    # 茶馆 named again and again inside the clauses: the article's subject, not the spam's.
    own = STUFFED[:3] + ("据了解，茶馆所在的老街今年还将改造，街坊们盼着茶馆的评书早日恢复，让更多老字号留住街坊的记忆。",)
    reading = _Reading(leads={"老街": -0.3, "茶馆": -0.2, "重新": -0.4})
    assert repair(own, headlines=(HEADLINE,), context=reading) == (own, ())  # type: ignore[arg-type]


def test_words_at_marks_out_of_turn_stay() -> None:
    # The same three words, but not in the headline's order.
    swapped = (STUFFED[0].replace("老街城南", "重新城南"), STUFFED[1], STUFFED[2].replace("重新七十", "老街七十"), CLEAN[3])
    reading = _Reading(leads={"老街": -0.3, "茶馆": -0.2, "重新": -0.4})
    assert repair(swapped, headlines=(HEADLINE,), context=reading) == (swapped, ())  # type: ignore[arg-type]


#: Two cuts across the headline's words (河西社, 区卫生: the spam's trigrams) put inside clauses,
#: once each.
CLINIC = "河西社区卫生站投用"
CLINIC_CLEAN = (
    "昨天上午，位于老城北侧的一家卫生站正式接诊，周边居民看病从此少走两公里路。",
    "站内设有全科诊室和药房，每天接诊时间从早八点延长到晚八点。",
    "卫健部门表示，下一步还将在河西片区增设两个服务点。",
)
CLINIC_STUFFED = (
    "昨天上午，位于老城北侧的一家卫生站正式接诊，周边居民看病从此少河西社走两公里路。",
    "站内设有全科诊室和药房，每天接诊区卫生时间从早八点延长到晚八点。",
    CLINIC_CLEAN[2],
)


def test_two_cuts_inside_clauses_read_as_put_there_leave_the_page_alone() -> None:
    # Two cuts read as put there are what a headline with two names the model does not know gives
    # an article (a rare word reads as unlikely anywhere): the page gate asks for three.
    reading = _Reading(gains={"河西社": 11.0, "区卫生": 12.5})
    assert repair(CLINIC_STUFFED, headlines=(CLINIC,), context=reading) == (CLINIC_STUFFED, ())  # type: ignore[arg-type]
    reading = _Reading(gains={"河西社": 11.0})
    assert repair(CLINIC_STUFFED, headlines=(CLINIC,), context=reading) == (CLINIC_STUFFED, ())  # type: ignore[arg-type]


# -- Held copies at marks read again (the nineteenth round, the twenty-fifth): held_by_chance --

def _at_mark(piece: str, score: float, seam: int = 0, lead: float | None = -0.2):
    from types import SimpleNamespace
    return SimpleNamespace(piece=piece, after=True, ext=False, bound=False, seam=seam, score=score, lead=lead)


def test_held_copies_of_a_piece_taken_again_and_again_at_marks_are_read_again() -> None:
    from cleaner.atmarks import held_by_chance
    taken = [_at_mark("照片", 2.5) for _ in range(12)]
    held = [_at_mark("照片", 1.5, seam=-1), _at_mark("照片", 1.5, seam=-1, lead=0.0)]
    assert held_by_chance(taken + held, 2.0) == held
    # ... but not one the model reads as its clause's subject, nor one it did not read.
    subject, unread = _at_mark("照片", 1.5, seam=-1, lead=0.6), _at_mark("照片", 1.5, seam=-1, lead=None)
    assert held_by_chance(taken + [subject, unread], 2.0) == []


def test_a_held_copy_read_a_little_better_going_on_from_its_word_is_read_again() -> None:
    # ，[方案]是很难… (+0.48) on a page that takes 方案 at marks seventy times: the model reads the
    # clause a little better going on from the word, as it reads many of the spam's own copies.
    from cleaner.atmarks import held_by_chance
    taken = [_at_mark("方案", 2.5) for _ in range(12)]
    held = [_at_mark("方案", 1.4, seam=-1, lead=0.48), _at_mark("方案", 1.4, seam=-1, lead=0.3)]
    assert held_by_chance(taken + held, 2.0) == held


def test_held_copies_stay_where_the_piece_is_taken_seldom_or_held_often() -> None:
    from cleaner.atmarks import held_by_chance
    held = [_at_mark("照片", 1.5, seam=-1) for _ in range(4)]
    # Nine copies taken at marks: an article may open nine clauses with its subject.
    assert held_by_chance([_at_mark("照片", 2.5) for _ in range(9)] + held[:1], 2.0) == []
    # Twelve taken against seven held: the held ones are no chance pairs.
    assert held_by_chance([_at_mark("照片", 2.5) for _ in range(12)] + held * 2, 2.0) == []
    # Copies inside a clause count neither way; copies of another piece count for theirs.
    inside = [_at_mark("照片", 2.5) for _ in range(12)]
    for o in inside:
        o.after = False
    assert held_by_chance(inside + held[:1], 2.0) == []
    assert held_by_chance([_at_mark("视频", 2.5) for _ in range(12)] + held[:1], 2.0) == []


# -- The last copy of a piece held only by what follows it (the twenty-third round): bound_alone --

BUS = "2025年新区公交线路全面优化"
BUS_CLEAN = (
    "今年春天以来，新区陆续开通了多条公交线路，居民出行更加方便。家住东湖小区的王女士说，以前去市中心上班，得换乘两次，如今一趟车就能到。",
    "据介绍，新开通的线路串起了三个大型社区和两所学校。过了一个月，区里又根据乘客意见调整了部分站点，早晚高峰的发车间隔缩短到五分钟。",
    "交通部门表示，下一步还将增设夜班车，并在主要站点安装电子站牌，方便乘客查询到站时间。",
)
#: Cuts of the headline put in front of clauses in random order; one copy of 区公 and one of 路全
#: stand before a clause the article opens with 得 / 过 (得换乘, 过了一个月).
BUS_STUFFED = (
    "今年春天以来，交线新区陆续开通了多条公交线路，区公居民出行更加方便。路全家住东湖小区的王女士说，面优以前去市中心上班，区公得换乘两次，如今一趟车就能到。",
    "据介绍，交线新开通的线路串起了三个大型社区和两所学校。路全过了一个月，面优区里又根据乘客意见调整了部分站点，交线早晚高峰的发车间隔缩短到五分钟。",
    "交通部门表示，面优下一步还将增设夜班车，区公并在主要站点安装电子站牌，路全方便乘客查询到站时间。",
)


def test_the_last_copy_of_a_cut_before_a_particle_goes_when_its_other_copies_went() -> None:
    repaired, repairs = repair(BUS_STUFFED, headlines=(BUS,))
    assert repaired == BUS_CLEAN
    last = [r for r in repairs if "the last copy" in r.reason]
    assert sorted(r.fragment for r in last) == ["区公", "路全"]
    assert repair(BUS_CLEAN, headlines=(BUS,)) == (BUS_CLEAN, ())


def test_a_piece_alone_between_two_sentence_ends_is_no_clause_of_the_article() -> None:
    # The article doubles its exclamation mark; the spam puts a cut between the two (before the
    # change it read as a clause of one word, ``一季度，``, held by the mark after it).
    clean = BUS_CLEAN[:2] + (BUS_CLEAN[2] + "街坊们都说，这回出门真是方便多了！！",)
    stuffed = BUS_STUFFED[:2] + (BUS_STUFFED[2] + "街坊们都说，这回出门真是方便多了！面优！",)
    repaired, repairs = repair(stuffed, headlines=(BUS,))
    assert repaired == clean
    assert repair(clean, headlines=(BUS,)) == (clean, ())


def _bound(paragraph: int, start: int, piece: str, word: bool = False, bound: bool = True):
    from types import SimpleNamespace
    return SimpleNamespace(paragraph=paragraph, start=start, end=start + len(piece), piece=piece, after=True,
                           ext=False, word=word, bound=bound)


def test_bound_alone_takes_only_a_cut_before_a_particle_whose_other_copies_went() -> None:
    from cleaner.atmarks import bound_alone
    from cleaner.pagegate import PROSE
    texts = ("以前上班，区公得换乘两次", "区公", "歌手甜约、知更、小蓝等", "，春茶的销量")
    taken = [_bound(1, 0, "区公", bound=False) for _ in range(3)]
    alone = _bound(0, 5, "区公")
    assert bound_alone(texts, taken + [alone], set(map(id, taken)), PROSE) == [alone]
    # One other copy held: the page has not shown the piece is all the spam's.
    assert bound_alone(texts, taken + [alone], set(map(id, taken[1:])), PROSE) == []
    # No other copy at all: nothing shown.
    assert bound_alone(texts, [alone], set(), PROSE) == []
    # Not held by what follows it (its score held it): not this rule's.
    loose = _bound(0, 5, "区公", bound=False)
    assert bound_alone(texts, taken + [loose], set(map(id, taken)), PROSE) == []
    # A cut between list marks is an item of the list (a name the word list does not know) ...
    cuts = [_bound(1, 0, "知更", bound=False) for _ in range(2)]
    assert bound_alone(texts, cuts + [_bound(2, 5, "知更")], set(map(id, cuts)), PROSE) == []
    # ... and a word before a particle is the article's (春茶的销量).
    words = [_bound(1, 0, "春茶", word=True, bound=False) for _ in range(2)]
    assert bound_alone(texts, words + [_bound(3, 1, "春茶", word=True)], set(map(id, words)), PROSE) == []


# Two insertions only, the headline's first two words, each in front of a clause of the first
# two paragraphs (the spam's turn begins with its first piece); the article names the lake
# path itself later, in front of a clause that goes on from it.
TRAIL = "湖边步道今日开放"
TRAIL_CLEAN = (
    "经过三个月的施工，城西公园的环湖步道本周完工，全长约四公里，沿途设有六处观景平台。",
    "施工方介绍，新路面采用透水材料铺设。雨后路面不积水，老人和孩子走起来更安全。",
    "园方表示，初期每天早六点至晚十点通行，沿线还将陆续增设座椅和照明。",
    "市民王先生说，以后下班就能来走一圈，湖边新栽的柳树也让人眼前一亮。",
)
TRAIL_STUFFED = (
    TRAIL_CLEAN[0].replace("，全长", "，湖边全长"),
    TRAIL_CLEAN[1].replace("。雨后", "。步道雨后"),
) + TRAIL_CLEAN[2:]


class _Leads(_Reading):
    """The stand-in, read per copy: ``leads[piece, the two characters after it]``."""

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.leads.get((piece, right[:2]), 0.5)  # type: ignore[call-overload]


def test_the_first_two_words_at_marks_opening_the_headlines_turn_that_lead_nowhere_go() -> None:
    reading = _Leads(leads={("湖边", "全长"): -0.3, ("步道", "雨后"): -0.25})
    out, repairs = repair(TRAIL_STUFFED, headlines=(TRAIL,), context=reading)  # type: ignore[arg-type]
    assert out == TRAIL_CLEAN
    assert [r.fragment for r in repairs] == ["湖边", "步道"]
    assert all("the cycle's opening" in r.reason for r in repairs)
    # Without the model's reading two words at marks are what an article writes.
    assert repair(TRAIL_STUFFED, headlines=(TRAIL,)) == (TRAIL_STUFFED, ())


def _taken(paragraphs: tuple[str, ...], leads: dict[tuple[str, str], float]) -> list[str]:
    return [r.fragment for r in repair(paragraphs, headlines=(TRAIL,), context=_Leads(leads=leads))[1]]  # type: ignore[arg-type]


def test_opening_words_stay_where_their_clause_goes_on_from_them_or_another_copy_reads_as_badly() -> None:
    opening = {("湖边", "全长"): -0.3, ("步道", "雨后"): -0.25}
    assert _taken(TRAIL_STUFFED, opening) == ["湖边", "步道"]
    # The second clause reads on from its word: the article's subject.
    assert _taken(TRAIL_STUFFED, {**opening, ("步道", "雨后"): -0.1}) == []
    # The article's own 湖边 at a later mark reads as badly: the reading is the article's way.
    assert _taken(TRAIL_STUFFED, {**opening, ("湖边", "新栽"): -0.3}) == []


def test_opening_words_out_of_the_headlines_turn_or_paragraphs_apart_stay() -> None:
    opening = {("湖边", "全长"): -0.3, ("步道", "雨后"): -0.25, ("步道", "全长"): -0.3, ("湖边", "雨后"): -0.25,
               ("步道", "初期"): -0.25}
    assert _taken(TRAIL_STUFFED, opening) == ["湖边", "步道"]
    # The second word of the headline first: the spam's turn begins with the first.
    swapped = (TRAIL_CLEAN[0].replace("，全长", "，步道全长"), TRAIL_CLEAN[1].replace("。雨后", "。湖边雨后")) + TRAIL_CLEAN[2:]
    assert _taken(swapped, opening) == []
    # Two paragraphs apart: the spam goes on at the next marks.
    apart = (TRAIL_STUFFED[0], TRAIL_CLEAN[1], TRAIL_CLEAN[2].replace("，初期", "，步道初期"), TRAIL_CLEAN[3])
    assert _taken(apart, opening) == []


class _Counted(_Reading):
    """A stand-in that counts the leads asked of it."""

    def __init__(self, lead: float) -> None:
        super().__init__()
        self.value, self.asked = lead, 0

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        self.asked += 1
        return self.value


def test_fresh_turn_asks_no_lead_of_suspects_too_few_pieces_for_a_run() -> None:
    """Suspects at marks of fewer pieces of the cut than a run needs (``MIN_TURN_PIECES``), or
    of more once those the article writes inside its clauses more than ``MAX_INSIDE`` times are
    left out, make no run whatever the model reads: it is not asked (README "### Speed", the
    twenty-ninth round, ``repcost``); three pieces in turn still are, and make one."""
    from cleaner.atmarks import MAX_INSIDE, MIN_TURN_PIECES, fresh_turn
    from cleaner.occsearch import _occ

    text = "今天上午，老街游客渐多，茶馆开门营业，重新布置了花窗，老街口排起长队，茶馆里坐满了人。"
    cycle = ["老街", "茶馆", "重新"]
    assert MIN_TURN_PIECES == len(cycle)

    def at_mark(piece: str, nth: int = 0) -> object:
        start = -1
        for _ in range(nth + 1):
            start = text.index(piece, start + 1)
        o = _occ(0, start, start + len(piece), piece, True, False, False, True, False, False, False, False)
        o.score = 2.5
        return o

    def run(marks: list[object], found: list[object], lead: float) -> tuple[bool, int]:
        reading = _Counted(lead)
        turned = fresh_turn((text,), marks, marks + found, cycle, (), reading, 4, 3.0)  # type: ignore[arg-type]
        return turned, reading.asked

    three = [at_mark("老街"), at_mark("茶馆"), at_mark("重新")]
    assert run(three, [], -0.5) == (True, 3)
    assert run(three, [], 1.0) == (False, 3)   # read as subjects their clauses go on from
    # Two pieces, each twice: no run of three, nothing asked.
    two = [at_mark("老街"), at_mark("茶馆"), at_mark("老街", 1), at_mark("茶馆", 1)]
    assert run(two, [], -0.5) == (False, 0)
    # Three pieces, one written inside clauses more than MAX_INSIDE times.
    inside = []
    for _ in range(MAX_INSIDE + 1):
        o = at_mark("重新")
        o.after = False
        inside.append(o)
    assert run(three, inside, -0.5) == (False, 0)
