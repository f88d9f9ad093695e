"""The cut of a parsed page into blocks (cleaner.cut, through dom.parse)."""

from __future__ import annotations

import pytest

from cleaner import CleanerConfig, dom


@pytest.mark.parametrize("link", ['<a href="/x"> </a>', '<a href="/x">\n\t</a>',
                                  '<a href="/x"><b> </b>&#160;</a>'])
def test_a_link_of_blank_text_leaves_no_mark_in_the_blocks(link: str) -> None:
    page = dom.parse(f"<html><body><p>第一段文字。</p>{link}<p>第二段。</p></body></html>",
                     CleanerConfig())
    assert page is not None
    assert [block.text for block in page.blocks] == ["第一段文字。", "第二段。"]
    assert [block.link_chars for block in page.blocks] == [0, 0]

