"""Body selection rules on small hand-made pages and blocks: each rule alone, able to fail."""

from __future__ import annotations

from cleaner.config import CleanerConfig
from cleaner.dom import parse

_SENTENCE = "市图书馆昨日起延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"


def _visible(html: str) -> str:
    page = parse(html, CleanerConfig())
    assert page is not None
    return "".join(b.text for b in page.blocks)


def test_article_faded_in_by_script_is_kept() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = f'<html><body><div style="visibility: hidden; opacity: 0; ">{article}</div></body></html>'
    assert _SENTENCE in _visible(html)


def test_short_fragment_hidden_by_visibility_still_goes() -> None:
    html = ('<html><body><p>前文。<span style="visibility:hidden">图书馆</span>后文。</p>'
            '</body></html>')
    assert "图书馆" not in _visible(html)


def test_prose_hidden_by_display_none_still_goes() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = (f'<html><body><div style="visibility:hidden; display:none">{article}</div>'
            '<p>看得见的一句话。</p></body></html>')
    assert _SENTENCE not in _visible(html)


def test_prose_hidden_by_zero_font_size_still_goes() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = (f'<html><body><div style="opacity:0; font-size:0px">{article}</div>'
            '<p>看得见的一句话。</p></body></html>')
    assert _SENTENCE not in _visible(html)
