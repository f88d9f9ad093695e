"""The cut's whitespace: the stream split at the boundaries as it comes, each segment stripped,
and only the kept ones collapsed, in one pass over them joined (cleaner.cut, through dom.parse).
Each block's text must be the one ``normalize_space`` makes of its segment."""

from __future__ import annotations

import pytest

from cleaner import CleanerConfig, dom
from cleaner.blocks import normalize_space


def _blocks(body: str) -> list[tuple[str, int]]:
    page = dom.parse(f"<html><body>{body}</body></html>", CleanerConfig())
    assert page is not None
    return [(block.text, block.link_chars) for block in page.blocks]


def test_runs_of_whitespace_inside_a_kept_segment_are_one_space() -> None:
    body = "<div>\n  <p>第一段\t\t文字，\n\n  接着　写。</p>\n  <p>  第二段  </p>\n</div>"
    assert _blocks(body) == [("第一段 文字， 接着 写。", 0), ("第二段", 0)]


def test_the_segments_next_to_each_other_keep_their_edges_apart() -> None:
    """The kept segments are joined by a NUL to be collapsed together: a run of whitespace at the
    end of one and the start of the next must not become a space of either."""
    body = "<p>甲乙 </p>  <p>  丙丁</p><br>  戊 <br><li> 己 庚 </li>"
    assert _blocks(body) == [("甲乙", 0), ("丙丁", 0), ("戊", 0), ("己 庚", 0)]


@pytest.mark.parametrize("space", ["\u200b", "\ufeff", "\u200b \ufeff"])
def test_zero_width_characters_are_whitespace_before_a_segment_is_stripped(space: str) -> None:
    body = f"<p>{space}第一段{space}</p><p>{space}</p><p>第二{space}{space}段</p>"
    assert _blocks(body) == [("第一段", 0), ("第二 段", 0)]
    assert [text for text, _ in _blocks(body)] == [
        normalize_space(f"{space}第一段{space}"), normalize_space(f"第二{space}{space}段")]


def test_link_text_is_counted_before_the_whitespace_around_it_is_collapsed() -> None:
    """A link's text node is counted stripped and as it is (its inner run not collapsed), and the
    whitespace either side of the link marks collapses into one space once they are out; a
    zero-width character in it is a character there (str.strip keeps it), a space in the text."""
    body = '<p>甲乙 <a href="/x"> 丙  丁 </a> 戊</p><p>己<a href="/y">\u200b庚</a></p>'
    assert _blocks(body) == [("甲乙 丙 丁 戊", 4), ("己 庚", 2)]
