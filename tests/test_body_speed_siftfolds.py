"""An HTML page's body selection told whether its blocks hold a character to fold (README
"### Speed", the thirty-seventh round, ``htmlcost``): the cut's count of the marks tells it from
the same pass over the kept text joined (:attr:`cleaner.blocks.Page.sift_folds`), and a page
holding none has its blocks' texts read as they are, with no ``sift.fold_all`` pass over them.
A page holding one, or whose marks are of another base (the count is then made otherwise), is
folded as before."""

from __future__ import annotations

import pytest

from cleaner import CleanerConfig, body, clean, dom, sift
from cleaner.blocks import Page

PROSE = ("从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者可以凭证入馆。",
         "馆方表示，夜间开放期间将增加值班人员，并开放自习区和少儿阅览区，方便学生和上班族。",
         "据介绍，这项服务试行三个月，之后将根据读者的反馈和入馆人数决定是否长期实行。")


def _page(tail: str, before: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PROSE)
    return (f"<html><head><title>市图书馆推出夜间阅读服务_某网</title></head><body>{before}"
            "<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a></div>"
            f"<div class='article'><h1>市图书馆推出夜间阅读服务</h1>{paragraphs}</div>"
            f"<div class='foot'>{tail}</div></body></html>")


def _cleaned(monkeypatch: pytest.MonkeyPatch, footer: str, folds: bool) -> tuple[Page, list[int]]:
    """The page of ``footer`` as the cut makes it (its flag ``folds``), and the number of texts
    each call of ``body.fold_all`` folded while ``clean()`` ran over it (its article the prose)."""
    asked: list[int] = []
    monkeypatch.setattr(body, "fold_all", lambda texts, fold_all=body.fold_all: asked.append(len(texts)) or fold_all(texts))
    markup = _page(footer)
    page = dom.parse(markup, CleanerConfig())
    assert page is not None and page.sift_folds is folds
    assert clean(markup).text == "\n".join(PROSE)
    return page, asked


def test_a_page_without_a_character_to_fold_has_its_blocks_read_unfolded(monkeypatch: pytest.MonkeyPatch) -> None:
    page, asked = _cleaned(monkeypatch, "版权所有 某某网 未经授权禁止转载", False)
    assert asked == []   # (main's select folded every block of every page)
    chosen = body.select(page.blocks, title="市图书馆推出夜间阅读服务", folds=False)
    assert chosen == body.select(page.blocks, title="市图书馆推出夜间阅读服务")
    assert [b.text for b in chosen.kept] == list(PROSE)


def test_a_page_holding_a_character_to_fold_is_read_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    page, asked = _cleaned(monkeypatch, "版權所有 某某網 未經授權禁止轉載", True)
    assert asked == [len(page.blocks)]
    # The disclaimer is read folded: weighed against, as the simplified one is.
    held = sift.disclaimers(page.blocks, list(range(len(page.blocks))), sift.fold_all([b.text for b in page.blocks]))
    assert [page.blocks[i].text for i in held] == ["版權所有 某某網 未經授權禁止轉載"]


def test_every_character_fold_changes_is_told_by_the_cut() -> None:
    """Each of the characters ``sift.fold`` changes, alone in a page's text, makes the page one to
    fold: the marks' codec knows every one of them (a byte of its own past the marks')."""
    for char in sift.FOLDED_CHARS:
        page = dom.parse(_page(f"页脚{char}文字"), CleanerConfig())
        assert page is not None and page.sift_folds is True, hex(ord(char))


def test_a_page_whose_marks_are_of_another_base_is_folded() -> None:
    """A page holding the first base's private-use characters (an icon font's) is cut by marks
    of another base, whose count tells nothing of the characters to fold: its blocks are folded."""
    page = dom.parse(_page("版权所有", before="<p>\ue001 图标</p>"), CleanerConfig())
    assert page is not None and page.sift_folds is True
