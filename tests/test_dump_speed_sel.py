"""A dump's body selection with fewer steps a line, each with the answers the steps it replaces
gave: the marked headline and subtitle found by ``list.index`` over the lines' headings, the
tail's lines squashed only where they hold whitespace, and a stuffed line's headline test given
its count without the pieces (README "### Speed", the thirtieth round, `dumpsel2`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import dumplines, dumpspam
from cleaner import textdump as td
from cleaner.blocks import Block

TITLE = "市政府发布夏季防汛工作方案"
SUBTITLE = "各区完成排水设施检查"
META = "2024-06-01 10:00 来源：某某日报"
PARAGRAPHS = [
    "本报讯 近日，市政府发布夏季防汛工作方案，要求各区做好排水设施检查，确保汛期城市运行安全有序。",
    "方案提出，各街道要建立防汛值守制度，对低洼路段和地下空间开展隐患排查，及时清理排水管网。",
    "市防汛办负责人表示，今年将新增移动泵车二十台，并在重点区域布设积水监测点，实时发布预警信息。",
]
CAPTION = "明星八卦大揭秘"   # no punctuation, off the topic: a caption the recommendations print again


def _marked(lines: list[str], marks: dict[int, tuple[str, int]]) -> tuple[Block, ...]:
    return tuple(replace(Block(text, i), tag=marks[i][0], heading=marks[i][1]) if i in marks else Block(text, i)
                 for i, text in enumerate(lines))


def _details(blocks: tuple[Block, ...]) -> dict[int, str]:
    return {r.position: r.detail for r in td.select(blocks, title=TITLE).removed if r.reason == "metadata"}


def test_the_marked_headline_subtitle_and_meta_line_are_found() -> None:
    lines = ["首页 > 新闻", TITLE, SUBTITLE, META, *PARAGRAPHS]
    marks = {1: ("h1", 1), 2: ("h2", 2), 3: ("meta", 0)}
    assert _details(_marked(lines, marks)) == {1: "the headline", 2: "subtitle", 3: "meta line"}
    # A second line marked a headline, or a subtitle, is none: the first marked is.
    again = _marked([*lines, TITLE, SUBTITLE], {**marks, 7: ("h1", 1), 8: ("h2", 2)})
    assert {k: v for k, v in _details(again).items() if k < 4} == {1: "the headline", 2: "subtitle", 3: "meta line"}
    # No subtitle marked (most pages): none.
    plain = ["首页 > 新闻", TITLE, META, *PARAGRAPHS]
    assert _details(_marked(plain, {1: ("h1", 1), 2: ("meta", 0)})) == {1: "the headline", 2: "meta line"}
    # No headline marked: the line that is the title once squashed, its meta line under it.
    assert _details(_marked(plain, {})) == {1: "the headline", 2: "meta line"}
    assert td.select(_marked(plain, {}), title=TITLE).kept == _marked(plain, {})[3:]


@pytest.mark.parametrize("repeated", [CAPTION, "明星 八卦 大 揭秘", "明星\u3000八卦大揭秘", "明星八卦\xa0大揭秘",
                                      " 明星八卦大揭秘", "明星八卦大揭秘\t"])
def test_a_caption_repeated_after_the_article_however_spaced_is_a_duplicate(repeated: str) -> None:
    lines = ["首页 > 新闻", TITLE, META, PARAGRAPHS[0], PARAGRAPHS[1], CAPTION, PARAGRAPHS[2], "责任编辑：张三",
             repeated, "分享到"]
    blocks = _marked(lines, {1: ("h1", 1), 2: ("meta", 0)})
    chosen = td.select(blocks, title=TITLE)
    assert [b.text for b in chosen.kept] == PARAGRAPHS
    assert [(r.reason, r.detail) for r in chosen.removed if r.position == 5] == \
        [("duplicate", "headline repeated in the recommendations")]


def test_a_caption_said_otherwise_after_the_article_is_kept_apart() -> None:
    lines = ["首页 > 新闻", TITLE, META, PARAGRAPHS[0], PARAGRAPHS[1], CAPTION, PARAGRAPHS[2], "责任编辑：张三",
             "明星八卦 揭秘", "分享到"]
    chosen = td.select(_marked(lines, {1: ("h1", 1), 2: ("meta", 0)}), title=TITLE)
    assert CAPTION in [b.text for b in chosen.kept]


def test_a_stuffed_line_is_asked_whether_it_is_a_headline_with_the_count_left(monkeypatch: pytest.MonkeyPatch) -> None:
    # (No answer kept from another test: the answers are kept by text.)
    monkeypatch.setattr(dumplines, "_HEADLINE_WORDS", {})
    # Four CJK characters, two once the piece is out: no headline, so the piece goes.
    [line] = dumpspam.unstuffed((Block("下雨，市场ABC", 0),), "市场开门")
    assert (line.text, line.cjk, line.punct) == ("下雨，ABC", 2, 1)
    # Headline-like once the piece is out: the line keeps its text.
    kept = (Block("秋季新品发布会，市场反响热烈", 0),)
    assert dumpspam.unstuffed(kept, "市场开门") is kept
    # A paragraph: the pieces after its marks go, its counts are the text's own.
    [para] = dumpspam.unstuffed((Block("夜里下雨，市场明天开门。市场照常营业，开门迎客。", 0),), "市场开门")
    assert para.text == "夜里下雨，明天开门。照常营业，迎客。"
    assert (para.cjk, para.punct) == (Block(para.text, 0).cjk, Block(para.text, 0).punct)
