"""A dump's tail and a page of dated entries asked less (README "### Speed", the thirty-third
round, ``dumptail``): a line of the tail is scanned once for the places where the notice or the
chrome may match after its first character, not once for each; a meta line's stamp is asked
whether it opens an entry before the page's other stamps are. The answers are the ones before."""

from __future__ import annotations

import random
import re

import pytest

from cleaner import dumpbody, dumptail, notices
from cleaner.blocks import Block
from cleaner.dumplines import CHROME, nav_like
from cleaner.patterns import DUMP_END


def _reference_reason(block: Block) -> str:
    """``tail_reason`` of a short line as it was: each pattern searched on its own."""
    text = notices.fold(block.text)
    if len(text) < 12 and dumptail._RELATED_HEADER.match(text):
        return "recommendation"
    if dumptail._NOTICE.pattern.search(text) or DUMP_END.match(text):
        return "boilerplate"
    if block.cjk < 6 or CHROME.pattern.search(text) or nav_like(text) or dumptail._SHARE_HEADER.match(text):
        return "chrome"
    return "recommendation"


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str], counts: list[int]) -> None:
        self.pattern, self.counts = pattern, counts

    def search(self, *args: object) -> re.Match[str] | None:
        self.counts.append(1)
        return self.pattern.search(*args)   # type: ignore[arg-type]


def test_a_tail_line_without_a_place_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most lines of a tail (分享, 评论, other headlines) hold no place of either pattern: one scan
    tells both (main scanned the line for the notice's places, then again for the chrome's)."""
    counts: list[int] = []
    for name in ("_EITHER_PLACES", "_NOTICE_PLACES", "_CHROME_PLACES"):
        monkeypatch.setattr(dumptail, name, _Counted(getattr(dumptail, name), counts))
    lines = ["市图书馆推出夜间阅读服务的新闻", "热门评论区今天很热闹欢迎大家", "分享", "其他新闻标题一则"]
    for line in lines:
        counts.clear()
        assert dumptail.tail_reason(Block(line, 0)) == _reference_reason(Block(line, 0))
        assert len(counts) == 1, line
    monkeypatch.undo()
    # The answers are the ones before, places or not.
    lines += [
        "本文版权所有，未经授权不得转载。", "Copyright 2025 某某网 All Rights Reserved", "京公网安备11010502号",
        "当前位置：首页 > 新闻", "首页 > 新闻 > 本地", "您的位置：新闻中心", "相关推荐", "扫码关注我们的公众号",
        "市图书馆推出夜间阅读服务 › 更多", "分享到微信", "点赞 收藏 分享", "责任编辑：张三",
        "市图书馆推出夜间阅读服务，欢迎广大读者前来阅读", "ICP备案号：京ICP备12345号", "以上内容仅代表作者观点",
        "打开APP阅读全文", "读完这篇文章，你有什么想法", "a>b 你的选择", "本地新闻 »", "版權所有 © 某某網",
    ]
    rng = random.Random(33)
    pieces = ["当前", "位置", "您的", "你的", "所在", " > ", ">", "›", "»", "版权", "所有", "Copyright", "ICP",
              "备案", "©", "扫码", "关注", "下载", "打开", "阅读", "全文", "以上", "本文", "仅代表", "市图书馆",
              "推出", "夜间", "服务", "，", " ", "|", "相关", "分享", "責任", "來源", "ab", "All"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))).strip() for _ in range(4000)]
    for line in filter(None, lines):
        block = Block(line, 0)
        assert dumptail.tail_reason(block) == _reference_reason(block), line


def _entries(count: int) -> list[str]:
    """A page of ``count`` dated entries: a heading, its stamp, its text."""
    lines = []
    for k in range(count):
        lines += [f"第{k + 1}篇日记的标题在此", f"2025-05-{10 + k:02d} 20:1{k}", "今天天气很好，我们去公园散步了一整天。"]
    return lines


def _reference_entry_end(lines: list[str], stamp: int, is_body) -> int:   # type: ignore[no-untyped-def]
    """``entry_end`` as it was: every stamp of the page asked first."""
    stamps = dumpbody.stamp_lines(lines)
    heads = dumpbody.entry_heads(lines, lambda i: is_body(lines[i]), stamps)
    if len(heads) < dumpbody.MIN_ENTRIES or stamp not in heads:
        return -1
    after = next((i for i in stamps if i > stamp), len(lines))
    return after - 1 if after in heads else after


def test_a_meta_line_opening_no_entry_asks_no_other_stamp() -> None:
    """A meta line under the headline opens no entry (the headline is no entry's heading): the
    page's other stamps are not asked whether a paragraph heads them (main asked them all)."""
    lines = ["市图书馆推出夜间阅读服务，欢迎大家。", "2025-05-20 20:10 来源：某网", "从本周起，市图书馆推出夜间阅读服务。"]
    lines += _entries(4)
    asked: list[str] = []

    def is_body(text: str) -> bool:
        asked.append(text)
        return text.endswith("。") and len(text) > 20

    blocks = [Block(text, i) for i, text in enumerate(lines)]
    assert dumpbody.entry_end(blocks, 1, is_body, dumpbody.stamp_lines(lines)) == -1
    assert asked == []
    # The ends are the ones before, on pages of entries and not.
    found = 0
    rng = random.Random(33)
    extra = ["市图书馆推出夜间阅读服务", "今天天气很好，我们去公园散步了一整天。", "2025-05-20 20:10", "分享", "评论",
             "2025-06-01 08:00 来源：某网", "第九篇日记的标题在此", "，。"]
    for _ in range(400):
        lines = _entries(rng.randint(0, 4))
        for _ in range(rng.randint(0, 8)):
            lines.insert(rng.randint(0, len(lines)), rng.choice(extra))
        stamps = dumpbody.stamp_lines(lines)
        blocks = [Block(text, i) for i, text in enumerate(lines)]
        for stamp in [*stamps, 0, len(lines) - 1]:
            end = dumpbody.entry_end(blocks, stamp, is_body, stamps)
            assert end == _reference_entry_end(lines, stamp, is_body)
            found += end >= 0
    assert found > 100
