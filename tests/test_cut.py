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


def test_cjk_counts_pass_emoji_and_private_use_icons_in_c() -> None:
    """The segments' ideographs are counted from their UTF-16 high bytes also when the text
    holds characters beyond the basic plane (surrogates, never an ideograph's high byte) or
    icon-font characters of the first joiner's block (the next joiner then joins them); the
    high byte ideographs share with the hexagrams still sends the count to the regex."""
    from cleaner.blocks import cjk_count
    from cleaner.blocks import cjk_counts as _cjk_counts

    for segments in (["新闻😀发布", "𠀀字"], ["\ue0a1图标", "\ue000首页", ""], ["一\ufdd0", "二"]):
        assert _cjk_counts(segments) == [cjk_count(segment) for segment in segments]
    assert _cjk_counts(["䷀卦象", "一"]) is None
    assert _cjk_counts(["\ue0a1\ufdd1"]) is None and _cjk_counts(["\ue0a1", "\ufdd1"]) is None


@pytest.mark.parametrize(("segments", "counts"), [
    (["", "\ue001", ""], [0, 0, 0]),  # a first-joiner character between empty segments
    (["甲", "\ue000乙\ue000", "丙丁"], [1, 1, 2]),  # the first joiner itself in a segment
    (["\ufdef字", "一二", ""], [1, 2, 0]),  # the second joiner's block only: the first joins
    (["\ue0ff", "字\ufdd0"], None),  # both joiners' blocks: the regex counts
    ([], None),
])
def test_cjk_counts_take_a_joiner_only_when_it_cuts_one_run_a_segment(
        segments: list[str], counts: list[int] | None) -> None:
    """A joiner serves when the runs its high byte cuts the segments' high bytes into are as
    many as the segments, empty ones included: a character of the segments with that high byte
    makes more, and the next joiner is tried. (A count of the joiner's byte before the
    translation gives the same answers; runs read whatever their number, or the empty ones
    dropped, do not.)"""
    from cleaner.blocks import cjk_count
    from cleaner.blocks import cjk_counts as _cjk_counts

    assert _cjk_counts(segments) == counts
    if counts is not None:
        assert counts == [cjk_count(segment) for segment in segments]


@pytest.mark.parametrize("tag", sorted(set(dom.INVISIBLE_TAGS) - {"head", "title", "meta", "link"}))
def test_an_emptied_invisible_element_keeping_its_tag_is_no_boundary(tag: str) -> None:
    """The invisible elements are emptied, not renamed (a new name costs lxml a check and a
    lookup): the cut must then pass over an empty one, which holds only while no invisible tag
    is one its stylesheet has a rule for (a block tag, a link, ``<br>``). The text either side
    stays one block, with the element's tail, and nothing of its content (an ``<input>`` has
    none: libxml2 closes it at its start tag)."""
    inner = "" if tag == "input" else "隐藏的字<i>斜</i>"
    page = dom.parse(f"<html><body><div><p>甲乙<{tag} class='x'>{inner}</{tag}>"
                     "丙丁</p></div></body></html>", CleanerConfig())
    assert page is not None
    assert [(block.text, block.tag, block.link_chars) for block in page.blocks] == [
        ("甲乙丙丁", "p", 0)]


@pytest.mark.parametrize("tag", sorted(set(dom.INVISIBLE_TAGS) - set(dom._EMPTIED_TAGS)))
def test_the_invisible_tags_left_unemptied_are_void_in_libxml2(tag: str) -> None:
    """The invisible elements that are not emptied are those libxml2's HTML parser closes at
    their start tag: what the markup puts inside one is its tail, the page's own text (and a
    reader sees it), so emptying them would only free their attributes."""
    from lxml import etree

    html = f"<html><body><p>甲<{tag} name='x'>乙<b>丁</b></{tag}>丙</p></body></html>"
    element = etree.fromstring(html, dom._PARSER).find(f".//{tag}")
    assert element is not None and len(element) == 0 and not element.text
    page = dom.parse(html, CleanerConfig())
    assert page is not None and [block.text for block in page.blocks] == ["甲乙丁丙"]


def test_the_walk_by_tag_asks_only_for_the_tags_read_or_emptied() -> None:
    """The walk by tag asks lxml for the invisible tags parse empties and those it reads (the
    head's title and metas, the style sheets, the scripts): lxml tries each tag asked for on
    every element, and makes a proxy of each one found. A ``<link>`` or an ``<input>``, read by
    nothing and void, is not found; what the page gives is the same."""
    from lxml import etree

    assert set(dom._WALKED_TAGS) == {*dom._EMPTIED_TAGS, "title", "meta", "style", "script"}
    html = ("<html><head><title>题</title><link rel='stylesheet' href='a.css'>"
            "<meta name='keywords' content='词'><style>.x{display:none}</style></head><body>"
            "<form><input type='hidden' name='a' value='b'><input name='q'>查<p class='x'>藏</p>"
            "</form><p>正文<input type='text'>在此</p><script>var a;</script></body></html>")
    found = dom._by_tag(etree.fromstring(html, dom._PARSER))
    assert "link" not in found and "input" not in found
    assert [len(found[tag]) for tag in ("title", "meta", "style", "script")] == [1, 1, 1, 1]
    page = dom.parse(html, CleanerConfig())
    assert page is not None
    assert [block.text for block in page.blocks] == ["查", "正文在此"]
    assert page.head == (("title", "题"), ("keywords", "词"))
    assert page.hidden == (("藏", "class hidden by <style>"),)
