"""The cut's counts without a dict or a second join: the characters inside links as a list by
segment number (``cut._link_chars``), and the kept segments joined once, by the separator of
the usual page's marks, for the space, the ideographs and the marks (``cut._blocks``; the
marks of texts so joined: tests/test_blocks_punct.py)."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from cleaner import CleanerConfig, cut, dom
from cleaner.blocks import JOINER, cjk_count, punct_count

_CONFIG = CleanerConfig()


def test_link_characters_are_a_list_with_a_count_for_every_segment() -> None:
    """Seven segments: before the body's start, before the first <p>, its text, before the
    second, its text, before the body's end, after it; a link text's characters are counted
    stripped, a blank one adds none."""
    body = etree.fromstring("<body><p><a>甲 </a>x<a> 乙乙 </a><a> </a></p>"
                                "<p>z<a>丙</a></p></body>")
    marks = cut._marks(cut._BASES[0])
    stream = cut._written(marks.sheet(body))
    links, rest = cut._link_chars(stream, marks)
    assert links == [0, 0, 3, 0, 1, 0, 0]
    assert marks.link not in rest and len(rest.split(marks.sep)) == 2 * len(links) - 1


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 10)):
        tag = rng.choice(["p", "li", "div", "h3"])
        words = [rng.choice(["甲乙，", "丙丁。", " 戊\u3000己 ", "a.b", "<br>", "\U00020000！",
                             '<a href="/">庚 辛</a>', "  \n "]) for _ in range(rng.randint(1, 5))]
        parts.append(f"<{tag}>{''.join(words)}</{tag}>")
    return "".join(parts)


def test_the_kept_segments_are_joined_once_for_all_their_counts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On a page whose marks are the first base's, cjk_runs gets the join the space was
    collapsed in (it joins none of its own); on a page holding the first mark (the marks then
    of another base) the segments are joined by a NUL, and cjk_runs joins them anew. Either
    way each block's counts are those of its text alone."""
    joins: list[str | None] = []
    runs = cut.cjk_runs

    def recorded(segments: list[str], joined: str | None = None) -> tuple[list[bytes], int] | None:
        joins.append(joined)
        if joined is not None:
            assert joined == JOINER.join(segments)
        return runs(segments, joined)

    monkeypatch.setattr(cut, "cjk_runs", recorded)
    rng = random.Random(12)
    for n in range(120):
        other_base = n % 3 == 0
        body = "<p>文字。</p>" + _page(rng) + ("<p>\ue000</p>" if other_base else "")
        page = dom.parse(f"<html><body>{body}</body></html>", _CONFIG)
        assert page is not None and page.blocks
        assert (joins.pop() is None) == other_base and not joins
        for block in page.blocks:
            assert (block.cjk, block.punct) == (cjk_count(block.text), punct_count(block.text))


def test_the_blocks_read_their_counts_as_the_lengths_of_pieces_made_in_c() -> None:
    """cjk_runs and punct_runs give each text's ideographs and marks as a piece of bytes as long
    as its count (the loop making the blocks reads the length), and cjk_runs the ideographs of
    all the texts; a page whose high bytes cannot tell (a hexagram shares the last ideographs')
    has the regex's counts as pieces of as many bytes. Either way each block's counts are its
    text's, and the page's sums those of its blocks."""
    from cleaner.blocks import cjk_runs, punct_runs

    texts = ["新闻😀发布，今天。", "", "abc", "\ue0a1图标！", "𠀀字"]
    runs, ideographs = cjk_runs(texts)  # type: ignore[misc]
    assert list(map(len, runs)) == list(map(cjk_count, texts)) and ideographs == 9
    for joiner in (JOINER, "\0"):
        assert list(map(len, punct_runs(joiner.join(texts), joiner))) == list(map(punct_count, texts))
    assert cjk_runs(["䷀卦象", "一"]) is None
    for body in ("<p>䷀卦象，一。</p><p>二<a>三</a></p><p>abc</p>", "<p>\ue000甲乙。</p><p>丙</p>",
                 "<p>甲乙，丙。</p><li>丁<a>戊</a>!</li>"):
        page = dom.parse(f"<html><body>{body}</body></html>", _CONFIG)
        assert page is not None and len(page.blocks) >= 2
        for block in page.blocks:
            assert (block.cjk, block.punct) == (cjk_count(block.text), punct_count(block.text))
        assert page.counted == (sum(len(b.text) for b in page.blocks), sum(b.cjk for b in page.blocks))
