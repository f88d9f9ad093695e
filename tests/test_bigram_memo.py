"""A short text's CJK bigrams are cut once, and every call still gets its own set of them."""

from __future__ import annotations

import random

import pytest

from cleaner import blocks, clean
from cleaner.blocks import BIGRAM_MEMO_CHARS, cjk_bigrams

_CJK = "中央军委主席签署命令发布装备试验鉴定规定厦漳泉都市圈建设這樣們於後"
_OTHER = "，。、《》“” abc123\n\t·－"


def _plain_bigrams(text: str) -> set[str]:
    """The definition: every two characters side by side, both CJK."""
    cjk = blocks._CJK_RUN.fullmatch
    return {text[i:i + 2] for i in range(len(text) - 1) if cjk(text[i:i + 2])}


class _CountedRuns:
    """``blocks._CJK_RUN`` with its ``findall`` calls counted by text."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.asked: list[str] = []

    def findall(self, text: str) -> list[str]:
        self.asked.append(text)
        return self.pattern.findall(text)

    def fullmatch(self, text: str):
        return self.pattern.fullmatch(text)


@pytest.fixture
def counted(monkeypatch) -> _CountedRuns:
    runs = _CountedRuns(blocks._CJK_RUN)
    monkeypatch.setattr(blocks, "_CJK_RUN", runs)
    blocks._short_bigrams.cache_clear()
    yield runs
    blocks._short_bigrams.cache_clear()


def test_bigrams_are_the_cjk_pairs_side_by_side_on_either_side_of_the_memo_bound() -> None:
    """3,000 random texts of CJK and other characters, of 0 to twice the bound, each asked twice:
    the pairs of two CJK characters, as a new set each time (one changed leaves the next alone)."""
    rng = random.Random(26)
    for _ in range(3000):
        n = rng.choice((rng.randrange(0, 2 * BIGRAM_MEMO_CHARS + 2),
                        rng.randrange(BIGRAM_MEMO_CHARS - 2, BIGRAM_MEMO_CHARS + 3)))
        text = "".join(rng.choice(_CJK if rng.random() < 0.7 else _OTHER) for _ in range(n))
        first = cjk_bigrams(text)
        assert first == _plain_bigrams(text) and type(first) is set
        first.add("甲乙")
        first.discard(next(iter(first - {"甲乙"}), ""))
        assert cjk_bigrams(text) == _plain_bigrams(text)


def test_a_short_text_is_cut_once_and_a_long_one_each_time(counted: _CountedRuns) -> None:
    """A headline asked three times is cut into its runs once; a text past the bound each time."""
    headline = "中央军委主席签署命令 发布《装备试验鉴定规定》"
    long_text = "厦漳泉都市圈建设，" * (BIGRAM_MEMO_CHARS // 9 + 1)
    for _ in range(3):
        assert cjk_bigrams(headline) == _plain_bigrams(headline)
        assert cjk_bigrams(long_text) == _plain_bigrams(long_text)
    assert counted.asked.count(headline) == 1
    assert counted.asked.count(long_text) == 3


def test_clean_cuts_the_headline_into_bigrams_once(counted: _CountedRuns) -> None:
    """The headline's bigrams, which the body's checks and the off-topic tests each ask for, are
    cut from it once in a clean() of a page."""
    title = "某市发布装备试验鉴定规定"
    page = ("<html><head><title>" + title + "_新闻网</title></head><body><div><h1>" + title
            + "</h1><p>2024-05-06 10:00 来源：新华社</p><p>" + "某市今天发布装备试验鉴定规定，说明了事情的经过。" * 8
            + "</p><p>" + "规定自发布之日起施行，各单位遵照执行。" * 6 + "</p></div></body></html>")
    assert clean(page.encode()).title == title
    assert counted.asked.count(title) == 1
