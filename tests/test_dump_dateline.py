"""A dump's first paragraph opened by a dateline (【某网2024年03月16日报道】…, 某社某地2024年3月16日电
（记者…）…) is the article's, not its meta line: a dated line that runs on into a paragraph's
prose (a full stop, forty CJK characters after the date) is no meta line, though a word of
it (时间, 记者) is one a meta line holds."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.dumplines import is_meta

_HEAD = ["首页", "国内", "国际", "财经", "评论", "专栏", "作者：", "来源：", "发布日期：",
         "3/18/2024 9:40:00 PM", "春耕时节农机忙", "王某某"]
_FIRST = [
    "【某某网2024年03月16日报道】时下正值春耕时节，我在城郊的村子里住了一段时间，一台台农机在田间来回作业，翻耕、播种同时进行。",
    "某某社某市2024年3月16日电（记者王某某）时下正值春耕时节，城郊的田野里，一台台农机来回作业，翻耕、播种同时进行，场面十分忙碌。",
]
_PROSE = [
    "村里的种粮大户老王告诉我，今年他承包了三百多亩地，全靠这几台新买的农机，过去要干半个月的活，现在三四天就能干完。",
    "镇农技站的工作人员介绍，今年全镇新增各类农机一百多台，还组织了十多场培训，帮助农户学会使用和保养这些机器。",
    "据了解，为了保障春耕顺利进行，当地还提前调运了化肥和种子，确保农户需要时能够及时买到，不误农时。",
]


@pytest.mark.parametrize("first", _FIRST)
def test_a_paragraph_opened_by_a_dateline_is_the_articles(first: str) -> None:
    dump = "\n".join([*_HEAD, first, *_PROSE, "上一篇", "下一篇"]) + "\n"
    result = clean(dump.encode())
    assert list(result.paragraphs[:4]) == [first, *_PROSE]
    assert result.title == "春耕时节农机忙"


def test_a_meta_line_is_still_one() -> None:
    assert is_meta("2024-03-16 09:40 来源：某某网 作者：王某某")
    assert is_meta("发布时间：2024年03月16日 来源：某某网。")   # a full stop, no prose after the date
    assert not is_meta(_FIRST[0])
    assert not is_meta(_FIRST[1])
