"""What body selection works out only when a page asks for it (README "### Speed", the
twenty-ninth round, `bodycost8`): the walk's paragraphs and the elements holding several, and the
time stamps' candidate lines."""

from __future__ import annotations

import random

import pytest

import cleaner.body as body
import cleaner.posts as posts
from cleaner.blocks import Block
from cleaner.body import select
from cleaner.posts import _stamps, is_stamp

_PARAGRAPH = ("语言模型的研究者在会上介绍了新的训练方法，这种方法让模型在更少的数据上学得更好，"
              "也让推理的成本降到原来的一半。")


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    """Replace ``module.name`` by a wrapper counting its calls (the list's length)."""
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_plain_article_makes_neither_its_paragraphs_nor_their_elements(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No named region and no end marker: no paragraph is asked whether it closes its sentence,
    no element counted (main made both for every block of the container)."""
    elements = _counting(monkeypatch, body, "paragraphs_by_element")
    closing = _counting(monkeypatch, body, "closes_sentence")
    blocks = tuple(Block(text=_PARAGRAPH, position=i, tag="p", path=(1, 2), markers="article")
                   for i in range(8))
    kept = select(blocks, title="语言模型的新训练方法").kept
    assert [b.position for b in kept] == list(range(8))
    assert not elements
    assert not closing


def test_a_chrome_region_asks_for_the_elements_once_and_keeps_the_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A share bar's class on the article's element: its short lines stay, as the element holds
    several paragraphs (the elements made once, from the paragraphs made before them)."""
    elements = _counting(monkeypatch, body, "paragraphs_by_element")
    texts = [_PARAGRAPH, "让客人安心。", _PARAGRAPH, "客人嫌贵", _PARAGRAPH]
    blocks = tuple(Block(text=t, position=i, path=(1, 2, 3), markers="main share")
                   for i, t in enumerate(texts)) + (
        Block(text=_PARAGRAPH, position=5, path=(1, 9), markers="main"),)
    kept = select(blocks, title="语言模型的新训练方法").kept
    assert [b.position for b in kept][:5] == [0, 1, 2, 3, 4]
    assert len(elements) == 1


def test_an_end_marker_reads_the_prose_after_it_from_the_paragraphs() -> None:
    """相关新闻 above more prose than came before it heads a list inside the article; after a
    whole article it ends it (the paragraphs made when the marker asks)."""
    lead = Block(text=_PARAGRAPH, position=0, tag="p", path=(1, 2))
    marker = Block(text="相关新闻：", position=1, tag="p", path=(1, 2))
    rest = tuple(Block(text=_PARAGRAPH, position=i, tag="p", path=(1, 2)) for i in range(2, 6))
    kept = select((lead, marker) + rest, title="语言模型的新训练方法").kept
    assert [b.position for b in kept] == [0, 2, 3, 4, 5]
    article = tuple(Block(text=_PARAGRAPH, position=i, tag="p", path=(1, 2)) for i in range(4))
    tail = Block(text="相关新闻", position=4, tag="p", path=(1, 2))
    after = Block(text="另一篇文章的摘要，讲的是别的事情，和本文的研究无关，只是放在这里。", position=5,
                  tag="p", path=(1, 2))
    kept = select(article + (tail, after), title="语言模型的新训练方法").kept
    assert [b.position for b in kept] == [0, 1, 2, 3]


STAMP_PIECES = list("0123456789民國国前昨天刚剛分钟小时秒年月日:：-/. 第页楼回复") + [
    "2024-03-15", "1998年7月", "10:32", "9:05", "16分钟前", "3天前", "刚刚", "剛剛", "昨天", "前天",
    "民國107年3月5日", "民国九十年", "20", "19", "12", "第2页", "\n"]


def test_the_stamps_are_the_lines_is_stamp_tells() -> None:
    """The stamps of random short lines (line breaks, ROC dates, counters) are the lines
    ``is_stamp`` tells, in order."""
    rng = random.Random(29)
    found = 0
    for _ in range(2000):
        blocks = [Block(text="".join(rng.choice(STAMP_PIECES) for _ in range(rng.randint(1, 5))),
                        position=i) for i in range(rng.randint(0, 12))]
        stamps = _stamps(blocks)
        assert stamps == [b for b in blocks if is_stamp(b)]
        found += len(stamps)
    assert found > 3000


def test_a_counter_without_19_or_20_is_not_asked_whether_it_is_a_stamp(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Page numbers and counters (第12页, 评论(2)) hold a 1 or a 2 but neither 19 nor 20: no date
    (its gate), no relative stamp, no clock time; they are not asked (main asked every line
    holding a 1 or a 2)."""
    asked = _counting(monkeypatch, posts, "is_stamp")
    lines = ["第12页", "评论(2)", "共21条", "1/2", "2024-03-15 10:32", "3天前", "分享"]
    blocks = [Block(text=t, position=i) for i, t in enumerate(lines)]
    assert [b.text for b in _stamps(blocks)] == ["2024-03-15 10:32", "3天前"]
    assert len(asked) == 2
