"""A text dump's body selection spared two scans (README "### Speed", the thirty-second round,
``dumpsel3``): a paragraph is searched for the chrome's words only where it opens as one of them can
or holds what a match after its start opens with (``prefilter.place_needles``, told by ``in``), and
a spaced line of the tail is squashed for the lines above it only when it could be one of them
(no more CJK characters than the longest of them holds). The answers are the ones before."""

from __future__ import annotations

import random
import re

from cleaner import dumplines, dumpprose, prefilter, textdump
from cleaner.blocks import SENTENCE_END, Block
from cleaner.dumptail import MIN_PROSE_LINE_CJK, marked


def _reference_is_prose(block: Block) -> bool:
    """``dumpprose._is_prose`` as it was: the chrome's words searched in every paragraph."""
    text = block.text
    return block.cjk >= MIN_PROSE_LINE_CJK \
        and ((block.punct > 0 and ("，" in text or "。" in text or marked(block)))
             or text.rstrip()[-1:] in SENTENCE_END) \
        and not dumplines.headline_like(text, block.cjk) and not dumplines.CHROME.search(text) \
        and not dumplines.is_meta(text)


def test_place_needles_are_what_a_match_after_the_start_opens_with() -> None:
    assert prefilter.place_needles(re.compile(r"当前位置|您的位置|^首页|»")) == ("当前", "您的", "»")
    # A second character of more than two (\s) leaves the first alone; a case-blind letter both cases.
    assert prefilter.place_needles(re.compile(r"(?<=\s)>\s|ab", re.I)) == (">", "AB", "Ab", "aB", "ab")
    assert prefilter.place_needles(re.compile(r"^分享|^打印")) is None   # no match after the start
    assert prefilter.place_needles(dumplines.BOILERPLATE.pattern) is None   # too many to test by ``in``
    assert set(prefilter.place_needles(dumplines.CHROME.pattern) or ()) >= {">", "›", "»"}


def test_a_paragraph_is_prose_as_before_where_the_chrome_search_is_spared() -> None:
    lines = [
        "分享到：微信，朋友圈，微博，这是一条写得很长很长的分享栏目的说明文字。",   # a match at the start only
        "当前位置：首页，新闻中心，本市新闻频道今天发布了一条重要的消息。",
        "据本台记者报道，记者所在位置：市中心广场，人群已经聚集了很久很久。",
        "据本台记者报道，你的位置：市中心广场，人群已经聚集了很久很久了。",
        "据本台记者报道，您的位置：市中心广场，人群已经聚集了很久很久了。",
        "本站首页 > 新闻 > 本地，市图书馆推出夜间阅读服务，欢迎广大读者。",
        "本站栏目›新闻，市图书馆推出夜间阅读服务，欢迎广大读者前来阅读。",
        "本站栏目»新闻，市图书馆推出夜间阅读服务，欢迎广大读者前来阅读。",
        "市图书馆推出夜间阅读服务，当前开放时间已经延长到晚上十点钟了。",   # a needle, no match
        "您的意见很重要，市图书馆推出夜间阅读服务，欢迎广大读者前来阅读。",   # opens as one, no match
        "市图书馆的读者a>b，夜间阅读服务受到欢迎，开放时间延长到了十点。",
        "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点。",
    ]
    answers = [dumpprose._is_prose(Block(line, 0)) for line in lines]
    assert answers == [False] * 8 + [True] * 4
    assert answers == [_reference_is_prose(Block(line, 0)) for line in lines]
    rng = random.Random(32)
    pieces = ["当前", "位置", "您的", "你的", "所在", "：", ":", " > ", ">", "›", "»", "，", "。", " ",
              "分享到", "市图书馆", "推出夜间", "阅读服务", "读者", "前来", "2025年5月20日", "来源"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 14))).strip()
        if text:
            block = Block(text, 0)
            assert dumpprose._is_prose(block) == _reference_is_prose(block), text


def test_a_line_repeated_spaced_out_after_the_article_is_squashed_however_long() -> None:
    """The line above is found again spaced out below the article, longer in characters than any
    line above (its words one by one) but of no more CJK characters: it is still squashed, and the
    line above goes as a duplicate. A spaced line of more CJK characters than any line above is
    never one of them."""
    prose = ["从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点。",
             "馆方表示，夜间开放期间将增加值班人员，并开放自习区和少儿阅览区。",
             "据介绍，这项服务试行三个月，之后将根据读者的反馈决定是否长期实行。"]
    teaser = "明星歌手巡回演唱会门票今日上午十点在各大售票平台同步开售"
    spaced = " ".join(teaser)
    assert len(spaced) > max(map(len, prose)) >= len(teaser)
    keywords = " ".join(["演唱会门票开售"] * 40)   # (more CJK characters than any line above)
    lines = ["首页 新闻 体育", "市图书馆推出夜间阅读服务", "2025-05-20 20:10 来源：某网", *prose[:2], teaser,
             prose[2], *prose, "相关阅读", spaced, keywords, "关于我们", "联系我们"]
    page = textdump.parse("\n".join(lines) + "\n")
    chosen = textdump.select(page.blocks, title="市图书馆推出夜间阅读服务", stamps=page.stamps, folds=page.folds)
    assert [b.text for b in chosen.kept] == [*prose, *prose]
    reasons = {r.text: (r.reason, r.detail) for r in chosen.removed}
    assert reasons[teaser] == ("duplicate", "headline repeated in the recommendations")
    assert reasons[spaced][0] == reasons[keywords][0] == "recommendation"
