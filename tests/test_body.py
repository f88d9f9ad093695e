"""Body selection rules on small hand-made pages and blocks: each rule alone, able to fail."""

from __future__ import annotations

from cleaner.blocks import Block
from cleaner.body import select
from cleaner.config import CleanerConfig
from cleaner.dom import parse
from cleaner.sift import discount_disclaimers

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


def _block(text: str, position: int, path: tuple[int, ...], heading: int = 0) -> Block:
    return Block(text=text, position=position, tag="h1" if heading else "p", path=path,
                 heading=heading)


def _page(*groups: tuple[tuple[int, ...], list[str]]) -> tuple[Block, ...]:
    """Blocks from (container path, texts) groups, in page order."""
    out: list[Block] = []
    for path, texts in groups:
        for text in texts:
            out.append(_block(text, len(out), path))
    return tuple(out)


_SHORT_ARTICLE = ["市图书馆宣布延长开放时间，周末开放到晚上九点。",
                  "读者可通过图书馆公众号在线预约座位，每人每天限约一次。"]


def test_long_footer_disclaimer_does_not_outweigh_a_short_article() -> None:
    disclaimer = ("本网站的内容概不构成任何投资意见，本网站内容亦并非就任何个别投资者的特定投资目标、"
                  "财务状况及个别需要而编制。投资者不应只按本网站内容进行投资，在作出任何投资决定前，"
                  "投资者应考虑产品的风险因素，并在有需要时咨询专业意见。")
    blocks = _page(((1, 2), ["图书馆延长开放时间"] + _SHORT_ARTICLE), ((1, 9), [disclaimer]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "投资意见" not in text


def test_disclaimers_are_recognised_in_traditional_characters() -> None:
    blocks = _page(((1,), ["本網站的內容概不構成任何投資意見，投資者應自行判斷。"]))
    assert discount_disclaimers(blocks, [50.0])[0] < 0


def test_region_agreeing_with_the_headline_beats_a_longer_notice() -> None:
    notice = [f"网站对留言系统使用者发布的文字保有修改或移除的权利，第{n}条规定请使用者务必遵守，谢谢配合。"
              for n in "一二三四五六"]
    blocks = (_block("北市士林年迈母子住处身亡", 0, (1, 2), heading=1),
              _block("士林区一处民宅今日下午传出一对年迈母子在住处身亡，消防局据报派员到场。", 1, (1, 3)),
              _block("警方初步调查排除外力介入，详细原因仍待进一步厘清，家属已到场协助处理。", 2, (1, 3)),
              *(_block(t, 3 + i, (2, 8)) for i, t in enumerate(notice)))
    kept = select(blocks, title="北市士林年迈母子住处身亡").kept
    assert [b.position for b in kept] == [1, 2]


def test_without_the_headline_printed_the_longest_region_stays() -> None:
    notice = [f"网站对留言系统使用者发布的文字保有修改或移除的权利，第{n}条规定请使用者务必遵守，谢谢配合。"
              for n in "一二三四五六"]
    blocks = (_block("士林区一处民宅今日下午传出一对年迈母子在住处身亡，消防局据报派员到场。", 0, (1, 3)),
              *(_block(t, 1 + i, (2, 8)) for i, t in enumerate(notice)))
    kept = select(blocks, title="北市士林年迈母子住处身亡").kept
    assert [b.position for b in kept] == list(range(1, 7))
