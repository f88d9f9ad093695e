"""The stray end tags ``dom.parse`` takes out of a page's UTF-8 bytes before lxml reads them
(README "### Speed", the twenty-ninth round, `parsecost3`): each ``</html>`` or ``</body>``
made one space, as the regex's ``sub`` makes it, from views of the page joined once."""

from __future__ import annotations

import random

from cleaner import dom
from cleaner.config import CleanerConfig

# Pieces that come near a stray end tag, miss one by a letter, a case or a space, or hold
# whitespace beyond ASCII that the tag may end with.
_PIECES = (b"</html>", b"</HTML >", b"</bOdY\xe3\x80\x80>", b"</body\xc2\xa0\n>", b"</body",
           b"</htm>", b"</bodyx>", b"</b>", b"</h1>", b"<body>", b"</", b"<", b">", b"/",
           b"h", b"B", b"\xe4\xb8\xad", b" ", b"\xc2\xa0", b"\xe2\x80\x83", b"\n", b"<p>")


def test_stray_end_tags_are_spaced_as_the_regex_spaces_them() -> None:
    rng = random.Random(29)
    for _ in range(4000):
        page = b"".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 14)))
        got = dom._without_stray_ends(page)
        assert type(got) is bytes
        assert got == dom._STRAY_END_UTF8.sub(b" ", page), page


def test_each_piece_between_the_tags_is_kept_in_place() -> None:
    page = b"<p>\xe7\x94\xb2</p></body>\n</HTML >\xe4\xb9\x99</html>"
    assert dom._without_stray_ends(page) == b"<p>\xe7\x94\xb2</p> \n \xe4\xb9\x99 "
    assert dom._without_stray_ends(b"</body>") == b" "
    assert dom._without_stray_ends(b"</html></body>") == b"  "


def test_a_page_without_stray_end_tags_is_handed_back_as_it_is() -> None:
    page = "<html><body><p>没有多余的结束标签。</p>".encode()
    assert dom._without_stray_ends(page) is page


def test_text_after_a_stray_html_end_tag_stays_in_the_page() -> None:
    text = "<html><body><p>第一段，在前。</p></html><p>第二段，在后。</p></body></html>"
    page = dom.parse(text, CleanerConfig(), text.encode(), plain=True)
    assert page is not None
    assert [block.text for block in page.blocks] == ["第一段，在前。", "第二段，在后。"]
