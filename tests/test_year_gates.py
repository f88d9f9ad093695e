"""The year gates ask a digit first (README "### Speed", the thirtieth round, `yeargate`): on a
CJK line a two-character needle (20, 19) is made wide, a copy each test, where "0" or "9" is a
plain scan; the answers are those of 19, 20 or 民 asked alone."""

from __future__ import annotations

import pytest

import cleaner.body as body
from cleaner.blocks import Block
from cleaner.meta.title import _above_dated
from cleaner.meta.zones import _dated
from cleaner.posts import first_post


class _Asked(str):
    """A line that notes each year needle (20, 19) ``in`` asks of it."""
    years: list[str] = []

    def __contains__(self, needle: object) -> bool:
        if needle in ("20", "19"):
            _Asked.years.append(str(needle))
        return super().__contains__(needle)  # type: ignore[operator]


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _Asked.years = []


# Lines without 0 or 9: none holds a year, and none is asked for one.
_UNDATED = ["今天的会议在北京举行，来了很多人", "第3期 共8页", "来源：某某日报 作者：张三", "上午8点开始"]
# What the gates tell apart: a date with 0 but no 9, with 9 but no 0, 民国, and digits that are
# no year.
_DATED = {"2020-01-02 来源：某某日报": True, "1988-7-8 发布": True, "民国107年3月13日": True,
          "第10期 共9页": False, "价格 20元": False, "2019年": False, "共123人阅读": False}


def test_dated_answers_and_asks_no_year_of_a_line_without_a_digit() -> None:
    assert {t: _dated(t) for t in _DATED} == _DATED
    _Asked.years = []
    assert not any(_dated(_Asked(t)) for t in _UNDATED)
    assert _Asked.years == []


def test_above_dated_answers_and_asks_no_year_of_a_line_without_a_digit() -> None:
    texts = ["标题一", "导语", "2020-01-02 来源：某某日报", "正文", "说明", "第10期 共9页", "又一行", "另一行",
             "1988-7-8 发布"]
    blocks = tuple(Block(text=t, position=i) for i, t in enumerate(texts))
    assert list(_above_dated(blocks)) == [0, 1, 6, 7]
    assert list(_above_dated(tuple(Block(text=_Asked(t), position=i) for i, t in enumerate(_UNDATED)))) == []
    assert _Asked.years == []


def test_first_post_asks_no_year_of_a_short_line_without_a_digit() -> None:
    inside = [Block(text=_Asked(t), position=i) for i, t in enumerate(_UNDATED * 3)]
    assert first_post(inside, inside) == (inside, [])
    assert _Asked.years == []


def test_select_asks_no_year_of_a_short_line_without_a_digit(monkeypatch: pytest.MonkeyPatch) -> None:
    fold_all = body.fold_all
    monkeypatch.setattr(body, "fold_all", lambda texts: [_Asked(t) for t in fold_all(texts)])
    paragraph = "语言模型的研究者在会上介绍了新的训练方法，这种方法让模型在更少的数据上学得更好。"
    texts = [*_UNDATED, paragraph, paragraph, paragraph]
    blocks = tuple(Block(text=t, position=i, tag="p", path=(1, 2)) for i, t in enumerate(texts))
    body.select(blocks, title="语言模型的新训练方法")
    assert _Asked.years == []
