"""The stray end tags ``dom.parse`` takes out of a page's UTF-8 bytes before lxml reads them
(README "### Speed", the twenty-ninth round, `parsecost3`): each ``</html>`` or ``</body>``
made one space, as the regex's ``sub`` makes it, from views of the page joined once; the page as
it is when they all end it (`invis6`)."""

from __future__ import annotations

import random

from cleaner import dom
from cleaner.config import CleanerConfig

# Pieces that come near a stray end tag, miss one by a letter, a case or a space, or hold
# whitespace beyond ASCII that the tag may end with.
_PIECES = (b"</html>", b"</HTML >", b"</bOdY\xe3\x80\x80>", b"</body\xc2\xa0\n>", b"</body",
           b"</htm>", b"</bodyx>", b"</b>", b"</h1>", b"<body>", b"</", b"<", b">", b"/",
           b"h", b"B", b"\xe4\xb8\xad", b" ", b"\xc2\xa0", b"\xe2\x80\x83", b"\n", b"<p>")


def _spaced_as_sub(page: bytes) -> bytes:
    """``_without_stray_ends`` written out: the regex's ``sub``, unless the tags and whitespace
    alone follow the first tag."""
    first = dom._STRAY_END_UTF8.search(page)
    if first is not None and not dom._STRAY_END_UTF8.sub(b"", page[first.start():]).strip(b" \t\n\r\x0c"):
        return page
    return dom._STRAY_END_UTF8.sub(b" ", page)


def test_stray_end_tags_are_spaced_as_the_regex_spaces_them() -> None:
    rng = random.Random(29)
    ends = 0
    for _ in range(4000):
        page = b"".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 14)))
        got = dom._without_stray_ends(page)
        assert type(got) is bytes
        assert got == _spaced_as_sub(page), page
        ends += got is page and dom._STRAY_END_UTF8.search(page) is not None
    assert ends > 100   # pages that end in their tags were drawn, and handed back as they are


def test_each_piece_between_the_tags_is_kept_in_place() -> None:
    page = b"<p>\xe7\x94\xb2</p></body>\n</HTML >\xe4\xb9\x99</html>"
    assert dom._without_stray_ends(page) == b"<p>\xe7\x94\xb2</p> \n \xe4\xb9\x99 "
    assert dom._without_stray_ends(b"</body>\xe4\xb9\x99") == b" \xe4\xb9\x99"
    assert dom._without_stray_ends(b"</html></body>.") == b"  ."


def test_a_page_that_its_end_tags_end_is_handed_back_as_it_is() -> None:
    page = "<html><body><p>结尾是结束标签。</p>\r\n</body>\n\t</HTML >\n".encode()
    assert dom._without_stray_ends(page) is page
    # Text after them, or more whitespace between them than is read, and they are spaced.
    assert dom._without_stray_ends(page + b"x") == dom._STRAY_END_UTF8.sub(b" ", page + b"x")
    far = page.replace(b"\n\t", b" " * (dom._TAIL_REACH + 1))
    assert dom._without_stray_ends(far) == dom._STRAY_END_UTF8.sub(b" ", far)


def test_a_page_ending_in_its_end_tags_is_cut_as_when_they_are_spaced() -> None:
    # What libxml2 drops after them is whitespace, which the cut strips: even inside a <pre>
    # left open, or a hidden element's text.
    for text in ("<html><body><p>第一段。</p><pre>代码 一行\n",
                 "<html><body><p>第一段。</p><p>第二段<span style='display:none'>藏起来的字 </span>\n"):
        page = (text + "</body>\n\n  </html>\n").encode()
        assert dom._without_stray_ends(page) is page
        ended = dom.parse(page.decode(), CleanerConfig(), page, plain=True)
        spaced = dom._STRAY_END_UTF8.sub(b" ", page)
        assert ended is not None and ended.blocks
        assert ended == dom.parse(spaced.decode(), CleanerConfig(), spaced, plain=True)


def test_a_page_without_stray_end_tags_is_handed_back_as_it_is() -> None:
    page = "<html><body><p>没有多余的结束标签。</p>".encode()
    assert dom._without_stray_ends(page) is page


def test_text_after_a_stray_html_end_tag_stays_in_the_page() -> None:
    text = "<html><body><p>第一段，在前。</p></html><p>第二段，在后。</p></body></html>"
    page = dom.parse(text, CleanerConfig(), text.encode(), plain=True)
    assert page is not None
    assert [block.text for block in page.blocks] == ["第一段，在前。", "第二段，在后。"]
