"""The stylesheet's output decoded from lxml's buffer of its UTF-8 bytes (README "### Speed", the
thirtieth round, `cutcost6`): every character whole, the stream's last included, and nothing of
the page's text taken out on the way."""

from __future__ import annotations

from lxml import etree

from cleaner import CleanerConfig, cut, dom

# One character of each UTF-8 length: ASCII, Latin-1, a common ideograph, an emoji and an
# ideograph beyond the basic plane (Extension B).
_EACH_LENGTH = "a é 好 😀 𠀀"


def test_characters_of_every_utf8_length_come_out_whole_to_the_end_of_the_stream() -> None:
    """In a page's blocks, and cut from a span, whose stream ends on a character of four bytes
    (a body's ends on its own end mark)."""
    markup = (f"<html><body><p>{_EACH_LENGTH}</p><div>前文<span>{_EACH_LENGTH}</span></div>"
              f"<span>{_EACH_LENGTH}</span></body></html>")
    for utf8 in (None, markup.encode("utf-8")):
        page = dom.parse(markup, CleanerConfig(), utf8)
        assert page is not None
        assert [block.text for block in page.blocks] == [
            _EACH_LENGTH, f"前文{_EACH_LENGTH}", _EACH_LENGTH]
    span = etree.HTML(f"<html><body><span>{_EACH_LENGTH}</span></body></html>").find("body/span")
    assert [block.text for block in cut.cut(span, CleanerConfig())[0]] == [_EACH_LENGTH]


def test_text_reading_like_an_xml_declaration_keeps_its_encoding() -> None:
    """A tree whose text opens with what reads like an XML declaration: str() of the result took
    the encoding out of the start of the output (a regex lxml runs for serialized XML)."""
    declaration = '<?xml version="1.0" encoding="gbk"?> 正文'
    span = etree.HTML(f"<html><body><span>{declaration.replace('<', '&lt;')}</span></body></html>")
    blocks, _, counted, _ = cut.cut(span.find("body/span"), CleanerConfig())
    assert [block.text for block in blocks] == [declaration]
    assert counted == (len(declaration), 2)
