"""A line between a dump's meta line and its body is judged with its cheap tests first: a label
without a word test's search, a headline repeated after the article without the vocabulary,
each line with the verdict asking every test in order gave (README "### Speed", the
twenty-eighth round)."""

from __future__ import annotations

import pytest

from cleaner import textdump as td
from cleaner.blocks import Block

TITLE = "市图书馆推出夜间阅读服务"
BODY = ["市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。"]
OFF_TOPIC = "某地足球联赛新赛季赛程公布"
CAPTION = "用微信扫码二维码"


def _verdict(line: str) -> str:
    vocabulary = td._Vocabulary(TITLE, list(BODY))
    after = {td._squash(OFF_TOPIC), CAPTION}
    return td._gap_verdict(Block(line, 0), vocabulary, td._squash(TITLE), after)[0]


@pytest.mark.parametrize(("line", "expected"), [
    # Labels (no punctuation, few CJK characters) that are a closing line or a byline: the
    # metadata's tests still come first.
    ("END", "metadata"), ("完", "metadata"), ("（完）", "metadata"), ("编辑 张三", "metadata"),
    (" 编辑 张三", "metadata"), ("记者：张三", "metadata"),
    # A wire dateline in traditional characters, its date cut off: folded, its agency's 社 kept.
    ("新華社桐江縣28日電", "metadata"), ("新华社北京8月26日电", "off-topic"),
    (TITLE, "metadata"),
    ("相关阅读", "chrome"), ("分享", "chrome"), ("字号", "chrome"), ("纠错 打印 关闭", "chrome"),
    ("原标题：某地", "boilerplate"),
    (OFF_TOPIC, "off-topic"), (CAPTION, "chrome"),
    ("读者反响很好，市图书馆将继续推出夜间阅读服务。", ""),
])
def test_a_gap_line_keeps_its_verdict(line: str, expected: str) -> None:
    assert _verdict(line) == expected


class _Recorder:
    """A pattern's stand-in that records each call of its methods."""

    def __init__(self, pattern: object, calls: list[str]) -> None:
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, name: str) -> object:
        method = getattr(self._pattern, name)

        def recorded(*args: object, **kwargs: object) -> object:
            self._calls.append(name)
            return method(*args, **kwargs)
        return recorded


@pytest.mark.parametrize("line", ["分享", "字号", "收藏"])
def test_a_label_above_the_body_is_searched_by_no_word_test(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    calls: list[str] = []
    for name in ("DUMP_BYLINE", "DUMP_END", "END_MARKERS", "DATELINE_IN_LINE", "_DUMP_CHROME"):
        monkeypatch.setattr(td, name, _Recorder(getattr(td, name), calls))
    monkeypatch.setattr(td, "_nav_like", lambda text: calls.append("nav_like") or False)
    assert _verdict(line) == "chrome"
    assert calls == []


def test_a_headline_repeated_after_the_article_asks_no_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    on_topic = td._on_topic
    monkeypatch.setattr(td, "_on_topic", lambda text, *args, **kwargs: asked.append(text) or on_topic(text, *args, **kwargs))
    assert _verdict(OFF_TOPIC) == "off-topic"
    assert asked == []
    assert _verdict("某市举办青年创业大赛决赛") == "off-topic"   # (not repeated: asked)
    assert asked == ["某市举办青年创业大赛决赛"]


@pytest.mark.parametrize(("line", "expected"), [
    # The notice at a line's start, after it, neither (a place of one tried: "ac"), and a line
    # opening with a character a notice opens with that none matches (版本).
    ("版权所有 甲乙丙丁戊己", "boilerplate"), ("甲乙丙丁戊己版权所有", "boilerplate"),
    ("本站内容 Copyright 2024 甲乙丙", "boilerplate"), ("甲乙丙丁ac戊己庚辛", "recommendation"),
    ("版本更新说明甲乙丙丁", "recommendation"),
    # The chrome at a line's start, after it, neither (a place of it tried: 当前 with no colon).
    ("浏览次数：甲乙丙丁戊己", "chrome"), ("甲乙丙丁戊己庚辛壬您的位置：首页", "chrome"),
    ("甲乙丙丁戊己›庚辛壬", "chrome"), ("当前位置甲乙丙丁戊己", "recommendation"),
    ("甲乙丙丁戊>己庚辛壬", "recommendation"),
    # The notice before the chrome, and few CJK characters.
    ("当前位置：版权所有 甲乙丙", "boilerplate"), ("甲乙", "chrome"), ("a ICP b", "boilerplate"),
])
def test_a_tail_line_keeps_its_reason(line: str, expected: str) -> None:
    from cleaner import dumptail
    assert dumptail.tail_reason(Block(line, 0)) == expected


def test_a_short_tail_line_is_searched_without_the_prefilter_s_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    """The notice's and the chrome's searches of a line under ONE_PASS_CHARS are written out:
    ``Prefiltered.search`` is called for none, ``search_after`` only where a place of either is
    found (one scan finds both's: ``dumptail._EITHER_PLACES``), for each from that place."""
    from cleaner import dumptail, prefilter
    calls: list[str] = []
    search, after = prefilter.Prefiltered.search, prefilter.Prefiltered.search_after
    monkeypatch.setattr(prefilter.Prefiltered, "search", lambda self, *a: calls.append("search") or search(self, *a))
    monkeypatch.setattr(prefilter.Prefiltered, "search_after", lambda self, *a: calls.append("after") or after(self, *a))
    assert [dumptail.tail_reason(Block(line, 0)) for line in ("甲乙丙丁戊己庚", "分享", "甲乙丙丁戊 > 己庚辛壬")] \
        == ["recommendation", "chrome", "chrome"]
    assert calls == ["after", "after"]   # (the chrome's place, ``>`` then a space: the notice's search from it too)
