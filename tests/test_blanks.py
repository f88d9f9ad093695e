"""Blocks and removals made by the thousand a page start as a call of a blank class whose
``__init__`` is object's, not as ``object.__new__``, and are the values the dataclasses make
(README "### Speed", the twenty-seventh round)."""

from __future__ import annotations

import dataclasses
import os
import pickle
import sys
from typing import Callable

import pytest

from cleaner import body, textdump
from cleaner.article import Removal
from cleaner.blocks import Block, contained_blocks, line_blocks


def _new_calls(run: Callable[[], object]) -> tuple[object, int]:
    """What ``run`` returns, and how many times the cleaner's code called ``object.__new__``
    while it ran (a model loaded on first use makes objects of its own)."""
    calls = 0
    package = os.path.dirname(body.__file__)

    def profile(frame, event, arg) -> None:
        nonlocal calls
        if event == "c_call" and arg is object.__new__ and frame.f_code.co_filename.startswith(package):
            calls += 1
    sys.setprofile(profile)
    try:
        out = run()
    finally:
        sys.setprofile(None)
    return out, calls


def _plain(block: Block) -> Block:
    return Block(block.text, block.position, block.tag, block.path, block.link_chars, block.markers,
                 block.heading, block.cjk, block.punct)


def _as_any_other(made: list, plain: list) -> None:
    assert made == plain and [type(x) for x in made] == [type(x) for x in plain]
    assert [hash(x) for x in made] == [hash(x) for x in plain]
    assert pickle.loads(pickle.dumps(made)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].text = "x"


def test_blocks_are_made_without_object_new() -> None:
    texts = ["市政府今天宣布新建三座图书馆。", "首页", "新闻 体育", "开放时间延长到晚上九点。"]
    containers = [("p", (1, 2), "article", 0, None), ("li", (1, 3), "nav", 0, None), ("h1", (4,), "", 1, None)]
    made, calls = _new_calls(lambda: contained_blocks(texts, [0, 1, 1, 2], containers, [0, 9, 0],
                                                      [b"c" * 14, b"cc", b"cccc", b"c" * 11],
                                                      [b"\x01", b"", b"", b"\x01"]))
    assert calls == 0   # (main called it a block)
    _as_any_other(made, [_plain(b) for b in made])
    assert [(b.tag, b.path, b.link_chars) for b in made] == [("p", (1, 2), 0), ("li", (1, 3), 2),
                                                              ("li", (1, 3), 5), ("h1", (4,), 0)]
    assert [(b.cjk, b.punct) for b in made] == [(14, 1), (2, 0), (4, 0), (11, 1)]  # the lengths
    lines, calls = _new_calls(lambda: line_blocks(texts, [14, 2, 4, 11], [1, 0, 0, 1]))
    assert calls == 0
    _as_any_other(lines, [Block(text, i, cjk=c, punct=p) for i, (text, c, p)
                          in enumerate(zip(texts, [14, 2, 4, 11], [1, 0, 0, 1]))])
    one, calls = _new_calls(lambda: Block.measured("首页", 3, "li", (1,), 2, "nav", 0, 2, 0))
    assert calls == 0
    _as_any_other([one], [Block("首页", 3, "li", (1,), 2, "nav", 0, 2, 0)])


ARTICLE = ["市政府今天宣布，本市将在三年内新建三座图书馆，每座藏书不少于五十万册，方便市民借阅。",
           "新馆将设在城东、城西和城南，开放时间延长到晚上九点，周末也照常开放，欢迎市民前往。"]


def test_removals_outside_the_container_are_made_without_object_new() -> None:
    chrome = [f"栏目{k} 新闻 体育" for k in range(20)]
    blocks = tuple(Block(text, i, "li", (1, 2 + i)) for i, text in enumerate(chrome)) + tuple(
        Block(text, 20 + i, "p", (30, 31)) for i, text in enumerate(ARTICLE))
    selection, calls = _new_calls(lambda: body.select(blocks, title="本市新建三座图书馆"))
    assert calls == 0 and [b.text for b in selection.kept] == ARTICLE
    outside = [r for r in selection.removed if r.detail == "outside the article container"]
    assert len(outside) == 20
    _as_any_other(outside, [Removal(r.text, r.reason, r.detail, r.position, r.score) for r in outside])


def test_a_dumps_lines_after_its_article_are_made_without_object_new() -> None:
    lines = ["首页 新闻 体育", "本市新建三座图书馆", "2024-03-15 09:30 来源：桐江日报", *ARTICLE,
             "责任编辑：张三"] + ["相关推荐", "分享", "关于我们 | 联系我们"] * 10
    blocks = textdump.parse("\n".join(lines)).blocks
    selection, calls = _new_calls(lambda: textdump.select(blocks, title="本市新建三座图书馆"))
    assert calls == 0 and [b.text for b in selection.kept] == ARTICLE
    after = [r for r in selection.removed if r.detail == "after the end of the article"]
    assert len(after) == 30
    _as_any_other(after, [Removal(r.text, r.reason, r.detail, r.position, r.score) for r in after])
