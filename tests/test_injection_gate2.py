"""injection.repair's page gate on sparse spam (the twenty-first round, issue 10): a cut at a mark
half-way into a headline word beside a second piece at marks, and two cuts inside clauses that the
context model reads as put there.

The articles and headlines here are written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner.headmodel import build
from cleaner.injection import repair
from cleaner.inside import reads_stuffed
from cleaner.occurrence import Occ
from cleaner.spread import halfway_cut
from test_injection_inside import _Gains   # the stand-in for the context model

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

PARK_HEADLINE = "滨河公园完成提升改造 夜间开放延至十点"
PARK = (
    "本报讯 经过半年施工，位于城东的滨河公园日前重新对市民开放，园内新增了健身步道和儿童游乐区，"
    "沿河的绿化带也全部补种了花木。",
    "据园区管理处介绍，这次改造共更换路灯两百余盏，并在主要路口设置了指示牌，方便游客找到出入口。"
    "管理处还增加了巡逻人员，确保游园安全。",
    "不少市民傍晚前来散步，一位附近的居民说，以前天一黑就不敢进来，现在灯光明亮，走起来很放心。",
)


SPAM = {"经过半年施工，": "夜间", "据园区管理处介绍，": "夜间", "一位附近的居民说，": "公园完"}


def _at_marks(paragraphs: tuple[str, ...], stuffed: dict[str, str]) -> tuple[str, ...]:
    """``paragraphs`` with each value of ``stuffed`` put right after its key (a mark's left side)."""
    out = []
    for text in paragraphs:
        for before, piece in stuffed.items():
            text = text.replace(before, before + piece, 1)
        out.append(text)
    return tuple(out)


def test_a_cut_half_way_into_a_headline_word_at_a_mark_beside_a_second_piece_is_spam() -> None:
    # Three insertions at marks of the cut 滨河|公园完|成提|升改造|夜间…, two pieces: 公园完
    # (滨河公园|完成, ending half-way into 完成) and the word 夜间 twice. Too few for any other
    # way the page gate has (suspects at marks of three pieces); but no name the word list lacks
    # is cut half-way into one of its words, and the article opens no clause with one: the page
    # is stuffed, and its spam shows at marks only.
    dirty = _at_marks(PARK, SPAM)
    assert "公园完" in build((PARK_HEADLINE,)).splitting
    repaired, repairs = repair(dirty, headlines=(PARK_HEADLINE,))
    assert repaired == PARK
    assert sorted(r.fragment for r in repairs) == ["公园完", "夜间", "夜间"]


def test_only_the_occurrences_at_marks_go_on_a_page_whose_spam_shows_at_marks_only() -> None:
    # The same spam, and the article writes 改造 and 夜间 inside its clauses (…这次改造…,
    # …增设夜间照明…): the page's evidence is all at marks, and its words inside clauses stay.
    own = tuple(text.replace("方便游客", "增设夜间照明，方便游客") for text in PARK)
    dirty = _at_marks(own, SPAM)
    repaired, _ = repair(dirty, headlines=(PARK_HEADLINE,))
    assert repaired == own
    # ... even where the context model reads one of them as put there: the page shows nothing
    # of spam inside its clauses.
    repaired, _ = repair(dirty, headlines=(PARK_HEADLINE,), context=_Gains({"改造": 12.0}))  # type: ignore[arg-type]
    assert repaired == own


def _at_mark(texts: tuple[str, ...], k: int, piece: str) -> Occ:
    """The occurrence of ``piece`` right after a mark in ``texts[k]``."""
    start = texts[k].index("，" + piece) + 1
    return Occ(k, start, start + len(piece), piece, after=True, last=False, ext=False, word=piece == "夜间",
               bound=False)


def test_a_cut_at_a_mark_whose_edge_a_word_runs_across_is_the_articles_own() -> None:
    # ，公园完善… is the article's 公园 and 完善 (a word of the list runs across the piece's
    # end), not the spam's 公园完 as in ，公园完位于…: only the second opens the gate.
    model = build((PARK_HEADLINE,))
    halfway, size = model.splitting, sum(map(len, model.seqs))
    texts = ("滨河公园日前开放，公园完善了照明设施。", "经过半年施工，公园完位于城东的滨河公园日前开放，夜间也开放。")
    own, spam, word = _at_mark(texts, 0, "公园完"), _at_mark(texts, 1, "公园完"), _at_mark(texts, 1, "夜间")
    assert not halfway_cut(texts, [own, word], [own], halfway, size)
    assert halfway_cut(texts, [spam, word], [spam], halfway, size)
    # ... beside a second piece at marks, of a headline that holds more than the two.
    assert not halfway_cut(texts, [spam], [spam], halfway, size)
    assert not halfway_cut(texts, [spam, word], [spam], halfway, len("公园完夜间") + 3)


PLANT_HEADLINE = "城北污水厂扩容工程完工 日处理能力翻番"
PLANT = (
    "记者昨日从市水务局获悉，城北污水厂扩容工程已通过验收，新建的两条处理线正式投入运行。",
    "该工程总投资约三点二亿元，主要服务城北片区和高新区，建成后可缓解雨季管网的压力。",
    "水务局有关负责人表示，下一步将加快配套管网建设，让更多居民区的污水接入处理系统。",
)


def _cut(text: str, paragraph: int, piece: str, at: str) -> Occ:
    """The occurrence of ``piece`` put right before ``at`` in ``text``: a cut inside a clause."""
    start = text.index(at) - len(piece)
    assert text[start:start + len(piece)] == piece
    return Occ(paragraph, start, start + len(piece), piece, after=False, last=False, ext=False,
               word=False, bound=False)


def test_two_cuts_across_the_headlines_words_read_as_put_there_make_a_page_stuffed() -> None:
    # Two cuts inside clauses, of two pieces (水厂扩 of 污水厂|扩容, 程完工 of 工程|完工), each
    # read 10^12 likelier taken out: no name the list lacks is cut across the headline's words.
    # Three such pieces were asked before; two, when one of them stands within one unit of the
    # headline (a name's place, 污水 of 污水厂 here), still are not enough.
    first = PLANT[1].replace("主要服务", "主要水厂扩服务")
    second = PLANT[2].replace("配套管网", "配套程完工管网")
    paragraphs = (PLANT[0], first, second)
    model = build((PLANT_HEADLINE,))
    assert not {"水厂扩", "程完工"} & model.within and "污水" in model.within
    found = [_cut(first, 1, "水厂扩", "服务"), _cut(second, 2, "程完工", "管网")]
    reader = _Gains({"水厂扩": 12.0, "程完工": 12.0, "污水": 12.0})
    assert reads_stuffed(paragraphs, found, model.units, reader, 4, model.within)  # type: ignore[arg-type]
    named = [found[0], _cut(second.replace("程完工", "污水"), 2, "污水", "管网")]
    assert not reads_stuffed(paragraphs, named, model.units, reader, 4, model.within)  # type: ignore[arg-type]


def test_a_page_with_two_cuts_inside_clauses_read_as_put_there_is_repaired() -> None:
    dirty = (PLANT[0], PLANT[1].replace("主要服务", "主要水厂扩服务"),
             PLANT[2].replace("配套管网", "配套程完工管网"))
    reader = _Gains({"水厂扩": 12.0, "程完工": 12.0})
    repaired, repairs = repair(dirty, headlines=(PLANT_HEADLINE,), context=reader)  # type: ignore[arg-type]
    assert repaired == PLANT
    assert sorted(r.fragment for r in repairs) == ["水厂扩", "程完工"]
