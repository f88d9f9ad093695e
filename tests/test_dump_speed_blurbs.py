"""The blurbs' search asks a paragraph's footer test and a line's headline test only where an
answer reads them, and gives what asking every line gave (README "### Speed", the
twenty-eighth round)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from cleaner import dumpprose as dp
from cleaner import textdump as td
from cleaner.blocks import Block

TITLE = "市图书馆推出夜间阅读服务"
PARAGRAPH = "第{k}段，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。"
FOOTER = "本站文章版权所有，未经许可不得转载，违者必究，特此声明，请各位读者理解。"
OFF_TOPIC = "某地足球联赛新赛季赛程公布"
# A copyright notice sharing the off-topic headline's words; an item of a list holding a headline.
FOOTER_ON_IT = "某地足球联赛新赛季赛程公布的文章版权所有，未经许可不得转载。"
LISTED = "* 某地足球联赛新赛季，赛程今日公布"
SUMMARY = ("某地推出一项新的便民服务措施，方便市民在周末办理各类业务，市民可以通过手机预约办理时间并且现场"
           "领取相关材料，工作人员表示这项服务将持续")


def _plain(blocks: tuple[Block, ...], first: int, end: int, title: str) -> tuple[int, tuple[str, str] | None]:
    """The blurbs' search as it was before: every line of the body asked whether it is a
    headline, every paragraph whether it is a footer's, the vocabulary told as it goes."""
    vocabulary = td._Vocabulary(title, [])
    cut, prose, heads = [False] * end, [False] * end, {}
    for i in range(first, end):
        b = blocks[i]
        if i > first:
            cut[i] = b.cjk >= dp.MIN_BLURB_CJK and dp._truncated(b, tail=0) and (
                not td._related(b.text, vocabulary)
                or (dp._truncated(b) and td._headline_like(blocks[i - 1].text, blocks[i - 1].cjk)))
            item = dp._SYMBOL_BULLET.sub("", b.text, count=1)
            headline = td._headline_like(item, b.cjk if item == b.text else -1)
            if headline:
                heads[i] = item
            prose[i] = dp._is_prose(b) and not cut[i] and not (headline and item != b.text) \
                and not dp._is_footer(b.text)
        if i == first or prose[i]:
            vocabulary.add(b.text)
    start = end
    for i in range(end - 1, first, -1):
        if prose[i]:
            break
        if cut[i] or (i in heads and not td._on_topic(heads[i], vocabulary)):
            start = i
    if start == end:
        return end, None
    below = {td._squash(b.text) for b in blocks[start:end]}
    while start - 1 > first and not prose[start - 1] and td._headline_like(blocks[start - 1].text) \
            and td._squash(blocks[start - 1].text) in below:
        start -= 1
    if dp._truncated(blocks[start]):
        return start, ("recommendation", "truncated summary of another article")
    return start, ("recommendation", "headline of another article")


def test_blurbs_search_answers_as_every_line_asked() -> None:
    # Pages of paragraphs, copyright notices written as sentences (last, and among the paragraphs
    # above a question to the vocabulary), summaries cut off, headlines on and off the topic,
    # with and without a bullet, labels, repeated headlines.
    rng = random.Random(28)
    kinds = [PARAGRAPH.format(k=1), PARAGRAPH.format(k=2), FOOTER, SUMMARY, SUMMARY.replace("某地", "市图书馆"),
             OFF_TOPIC, "* " + OFF_TOPIC, "- 市图书馆夜间阅读服务的时间", FOOTER_ON_IT, LISTED, "* " + PARAGRAPH.format(k=3),
             "市图书馆夜间阅读服务", "分享", "评论", "另一篇文章的标题在这里", "体育足球联赛的比赛，结果。"]
    answers = Counter()
    for _ in range(1500):
        lines = [rng.choice(kinds[:3] if rng.random() < 0.5 else kinds) for _ in range(rng.randint(1, 16))]
        blocks = tuple(Block(line, i) for i, line in enumerate(lines))
        first = rng.randint(0, min(2, len(lines)))
        for title in (TITLE, ""):
            expected = _plain(blocks, first, len(blocks), title)
            assert td._find_blurbs(blocks, first, len(blocks), title, dp._prose_memo()) == expected, (lines, first)
            answers[expected[1] and expected[1][1]] += 1
    assert answers[None] > 200 and answers["headline of another article"] > 200 \
        and answers["truncated summary of another article"] > 200, answers


def _asked(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    asked: list[str] = []
    modules = [module for module in (td, dp) if hasattr(module, name)]   # (the selection's and its line tests')
    real = getattr(modules[0], name)

    def recorded(text: str, *args: object) -> bool:
        asked.append(text)
        return real(text, *args)
    for module in modules:
        if getattr(module, name) is real:
            monkeypatch.setattr(module, name, recorded)
    return asked


def test_a_paragraph_is_asked_whether_it_is_a_footer_only_where_the_answer_is_read(monkeypatch) -> None:
    """With no summary cut off and no headline after the last paragraph, the vocabulary is asked
    nothing: only the last paragraph is asked the footer's test (the scan back from the end stops
    at it), and no paragraph whether it is a headline (main asked both of every paragraph)."""
    lines = [TITLE] + [PARAGRAPH.format(k=k) for k in range(10)] + ["分享", "评论"]
    blocks = tuple(Block(line, i) for i, line in enumerate(lines))
    is_prose = dp._prose_memo()   # (its answers found first: is_prose asks headline_like too)
    assert [b.text for b in blocks if is_prose(b)] == lines[1:11]
    footers, headlines = _asked(monkeypatch, "_is_footer"), _asked(monkeypatch, "_headline_like")
    assert td._find_blurbs(blocks, 1, len(blocks), TITLE, is_prose) == (len(blocks), None)
    assert footers == [lines[10]] and headlines == lines[:10:-1]
    # A headline after a copyright notice asks the vocabulary, which every paragraph is told
    # to, each asked once (the notice is none, and the scan goes on past it).
    footers.clear()
    blocks = tuple(Block(line, i) for i, line in enumerate(lines[:-2] + [FOOTER, OFF_TOPIC]))
    assert td._find_blurbs(blocks, 1, len(blocks), TITLE, dp._prose_memo()) \
        == (12, ("recommendation", "headline of another article"))
    assert sorted(footers) == sorted(lines[2:11] + [FOOTER])


def test_the_footer_test_is_asked_once_a_text_by_the_blurbs_and_the_prose_count(monkeypatch) -> None:
    """A headline after the last paragraph asks the vocabulary, which every paragraph is told
    to, asked whether it is a footer's; the count of prose (``_no_article``) reads those answers
    again, where main asked each paragraph twice."""
    own = "第{k}段，读者说夜间开放的图书馆很方便，每周延长开放时间至晚上十点，反响很好。"   # (no piece stuffed)
    lines = ["首页 新闻", TITLE, "2025-05-20 20:10 来源：某网"] + [own.format(k=k) for k in range(8)] \
        + [OFF_TOPIC, "另一篇文章的标题在这里"] + ["分享", "评论"] * 5
    blocks = td.parse("\n".join(lines)).blocks
    plain = td.select(blocks, title=TITLE)
    footers = _asked(monkeypatch, "_is_footer")
    chosen = td.select(blocks, title=TITLE)
    assert chosen == plain and [b.text for b in chosen.kept] == lines[3:11]
    assert sorted(footers) == sorted(set(footers)) == sorted(lines[3:11])
