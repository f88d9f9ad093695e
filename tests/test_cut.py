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



@pytest.mark.parametrize("piece", ["<", "<<<p>", "<<a<<b>", "<<<<<br/>"])
def test_a_page_too_short_for_more_start_tags_than_the_limit_is_not_counted(piece: str) -> None:
    """Two start tags' ``<`` are never next to each other: a page of n characters holds at most
    (n + 1) // 2 of them, and the tree lxml makes of it no more elements than twice that (with
    the few it implies), so such a page needs no count of its ``<`` against ``max_nodes``, even
    when over half its characters are ``<``."""
    from lxml import etree

    from cleaner.cut import _IMPLIED_ELEMENTS, _fewer_elements
    html = piece * 2000
    limit = 2 * ((len(html) + 1) // 2) + _IMPLIED_ELEMENTS
    assert _fewer_elements(html, limit) and _fewer_elements(html.encode(), limit)
    root = etree.fromstring(html, etree.HTMLParser())
    assert int(root.xpath("count(descendant-or-self::*)")) <= limit
