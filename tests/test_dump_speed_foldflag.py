"""The text dump's selection told whether its page holds a character to fold (README "### Speed",
the thirty-first round, ``foldflag``): the parse's count of the lines tells it
(:attr:`cleaner.blocks.Page.folds`), and on a page holding none the end's markers
(``dumptail.is_end``) and the tail's lines (``dumptail.tail_reason``) are read as they are, not
folded line by line. A page holding one is folded as before: its lines read as the simplified
page's."""

from __future__ import annotations

import pytest

from cleaner import clean, dumptail, textdump
from cleaner.blocks import Block

PROSE = ("从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者可以凭证入馆。",
         "馆方表示，夜间开放期间将增加值班人员，并开放自习区和少儿阅览区，方便学生和上班族。",
         "据介绍，这项服务试行三个月，之后将根据读者的反馈和入馆人数决定是否长期实行。")
TAIL = ("相关阅读", "市博物馆延长周末开放时间", "城市书房新增十处服务点", "分享到微信", "扫一扫关注我们的公众号",
        "版权所有 某某网 未经授权禁止转载", "关于我们 联系我们 广告服务")


def _dump(end: str, related: str) -> str:
    return "\n".join(["首页 新闻 体育", "市图书馆推出夜间阅读服务", "2025-05-20 20:10 来源：某网", *PROSE, *PROSE,
                      end, related, *TAIL[1:]]) + "\n"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ``dumptail`` folds from now on, in order."""
    asked: list[str] = []
    monkeypatch.setattr(dumptail, "fold", lambda text, fold=dumptail.fold: asked.append(text) or fold(text))
    return asked


def test_a_page_without_a_character_to_fold_has_its_end_and_tail_read_unfolded(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch)
    dump = _dump("责任编辑：张三", "相关阅读")
    page = textdump.parse(dump)
    assert page.folds is False
    chosen = textdump.select(page.blocks, title="市图书馆推出夜间阅读服务", stamps=page.stamps, folds=page.folds)
    assert asked == []   # (main's select folded each line of the tail, and the end marker)
    assert [b.text for b in chosen.kept] == [*PROSE, *PROSE]
    reasons = {r.text: r.reason for r in chosen.removed}
    assert reasons["责任编辑：张三"] == "boilerplate" and reasons["相关阅读"] == "recommendation"
    assert reasons["分享到微信"] == "chrome"
    # The same through clean(), which hands select the parse's answer.
    assert clean(dump).text == "\n".join([*PROSE, *PROSE]) and asked == []
    # Unfolded where the page holds nothing to fold, the answers are the folded ones.
    for text in (*TAIL, "责任编辑：张三", "（完）", "延伸阅读", "点击进入专题", "a" * 300):
        block = Block(text, 0)
        assert dumptail.tail_reason(block, text) == dumptail.tail_reason(block), text
        assert dumptail.is_end(block, False) == dumptail.is_end(block), text


def test_a_page_holding_a_character_to_fold_is_read_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = textdump.parse(_dump("责任编辑：张三", "相关阅读"))
    asked = _counting(monkeypatch)
    page = textdump.parse(_dump("責任編輯：張三", "相關閱讀"))
    assert page.folds is True and plain.folds is False
    chosen = textdump.select(page.blocks, title="市图书馆推出夜间阅读服务", stamps=page.stamps, folds=page.folds)
    simplified = textdump.select(plain.blocks, title="市图书馆推出夜间阅读服务", stamps=plain.stamps, folds=False)
    assert [b.position for b in chosen.kept] == [b.position for b in simplified.kept]
    assert [(r.position, r.reason) for r in chosen.removed] \
        == [(r.position, r.reason) for r in simplified.removed]
    assert {r.text: r.reason for r in chosen.removed}["相關閱讀"] == "recommendation"
    assert "責任編輯：張三" in asked and "相關閱讀" in asked
