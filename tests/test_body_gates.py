"""The walk's boilerplate test asked of a label only where a phrase can start (README "### Speed",
the thirty-first round, `bodycost10`): a short line that opens with none of the phrases' first
characters and holds no colon is scanned in C for where a phrase may begin further on, and asked
the test only when there is such a place."""

from __future__ import annotations

import pytest

import cleaner.body as body
from cleaner.blocks import Block
from cleaner.body import select

_TITLE = "图书馆延长开放时间"
_LEAD = "市图书馆今天宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"
_PARAGRAPH = ("市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位，"
              "借阅的图书也可以在自助机上归还。")
# Labels without a colon whose first character opens no phrase: some hold a phrase further on
# (扫一扫, 二维码, 查看更多, ©, Copyright, 不代表本站 …), some only a phrase's first character
# (扫 of 扫地, 二 of 二楼, 查 of 检查), some none.
_LABELS = ["欢迎扫一扫关注我们", "长按识别二维码", "更多内容请查看更多", "网站 © 2024", "左侧 Copyright 2024",
           "周刊文章不代表本站立场", "馆藏精选", "周末扫地机器人", "二楼阅览室", "健康检查", "相关专题",
           "欢迎到此一游", "网友热评", "左右滑动查看"]


def _page(texts: list[str]) -> tuple[Block, ...]:
    return tuple(Block(text=text, position=i, tag="p", path=(1, 2), markers="article",
                       cjk=sum(map(str.isalpha, text)), punct=text.count("，") + text.count("。"))
                 for i, text in enumerate(texts))


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    original = body._is_boilerplate

    def counted(block: Block, *args: object) -> bool:
        asked.append(block.text)
        return original(block, *args)   # type: ignore[arg-type]

    monkeypatch.setattr(body, "_is_boilerplate", counted)
    return asked


def test_a_label_where_no_phrase_can_start_is_not_asked_the_boilerplate_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Labels holding no place a phrase may start at are not asked (main asked every label);
    those holding one are, and the lines holding a phrase still go as boilerplate."""
    asked = _asked(monkeypatch)
    texts = [_LEAD, _PARAGRAPH, "馆藏精选", "欢迎扫一扫关注我们", _PARAGRAPH, "欢迎到此一游", "网友热评",
             _PARAGRAPH]
    selection = select(_page(texts), title=_TITLE)
    assert [(r.text, r.reason) for r in selection.removed] == [("欢迎扫一扫关注我们", "boilerplate")]
    assert "馆藏精选" not in asked and "欢迎到此一游" not in asked and "网友热评" not in asked
    assert "欢迎扫一扫关注我们" in asked


def test_the_walk_drops_the_same_labels_as_a_test_of_every_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each label, between paragraphs, is dropped as boilerplate exactly when every label is
    asked (the scan unknown, as main asked): the phrases further on go, the others stay."""
    pages = [_page([_LEAD, _PARAGRAPH, label, _PARAGRAPH]) for label in _LABELS]
    gated = [select(page, title=_TITLE) for page in pages]
    monkeypatch.setattr(body, "_BOILERPLATE_PLACES", None)
    for page, selection in zip(pages, gated):
        assert select(page, title=_TITLE) == selection
    dropped = [label for label, selection in zip(_LABELS, gated)
               if any(r.reason == "boilerplate" for r in selection.removed)]
    assert dropped == _LABELS[:6]
