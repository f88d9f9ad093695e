"""A sentence that ``get_text("\\n")`` prints in pieces, a line for every figure the page set in
an element of its own (今年 / 1 / 月至 / 5 / 月，…), is one line of the article again; a
counter under its label, or between two items of a list of headlines, is left as it is."""

from __future__ import annotations

from cleaner import clean
from cleaner.blocks import JOINER
from cleaner.dumpjoin import unbroken as _unbroken

_HEAD = ["首页", "新闻", "本地", "城区去年治理噪声扰民成效明显",
         "2024-01-08 09:12 来源：某某日报 作者：某记者"]
_PROSE = [
    "记者从区环保部门获悉，去年全区加大了对夜间施工和商铺外放音响的查处力度，居民对噪声问题的投诉比前年明显减少。",
    "区环保部门有关负责人介绍，去年以来，执法人员在居民反映集中的几个街区增加了夜间巡查的次数，发现问题当场责令整改。",
    "对屡次整改不到位的施工单位，部门依法作出处罚，并在区政府网站上公开曝光，督促其严格遵守夜间施工的有关规定。",
    "不少居民表示，以前晚上十点以后楼下还经常有机器的轰鸣声，现在安静多了，孩子学习和老人休息都不再受影响。",
]
# The figures printed a line each, as the page set them in <font> elements: the sentence is the
# article's last paragraph, under a label of its own.
_BROKEN = ["附件", "去年", "1", "月至", "11", "月，全区共受理噪声投诉", "1520", "件，同比下降",
           "23.5", "％，办结率达到", "98", "％。其中夜间施工投诉", "640", "件。"]
_WHOLE = "去年1月至11月，全区共受理噪声投诉1520件，同比下降23.5％，办结率达到98％。其中夜间施工投诉640件。"


def unbroken(text: str) -> str:
    """``text``'s lines as the dump's reading joins them (one a line, no blank line)."""
    lines = [line for line in text.split("\n") if line]
    return "\n".join(_unbroken(lines, JOINER.join(lines)) or lines)


def _dump(tail: list[str]) -> str:
    return "\n".join([*_HEAD, *_PROSE, *tail, "上一篇", "下一篇", "版权所有 某某日报社"]) + "\n"


def test_a_sentence_broken_at_its_figures_is_one_line_again() -> None:
    assert unbroken("\n".join(_BROKEN)).split("\n") == ["附件", _WHOLE]


def test_a_sentence_broken_at_its_figures_is_the_articles() -> None:
    result = clean(_dump(_BROKEN).encode())
    assert _WHOLE in result.paragraphs
    assert list(result.paragraphs[:len(_PROSE)]) == _PROSE


def test_a_sentence_broken_at_one_figure_after_prose_is_joined() -> None:
    lines = ["记者在现场看到，工地上有", "10", "多名工人正在作业，但只有一人戴着安全帽。"]
    assert unbroken("\n".join(lines)) == "记者在现场看到，工地上有10多名工人正在作业，但只有一人戴着安全帽。"


def test_counters_are_left_as_they_are() -> None:
    for lines in (["剩余", "15", "条评论"],                                    # a counter under its label
                  ["某某网", "0", "月球背面首次发现水冰，科学家称意义重大"],     # a count between two headlines
                  ["一座老桥的百年往事，见证了城市的变迁", "7", "条评论"],       # a headline's count of comments
                  ["阅读", "539", "隐藏边栏"]):
        text = "\n".join(lines)
        assert unbroken(text) == text


def test_a_dump_that_sets_every_line_apart_is_joined_too() -> None:
    result = clean("\n\n".join([*_HEAD, *_PROSE, *_BROKEN, "上一篇", "下一篇", "版权所有 某某日报社"]).encode())
    assert _WHOLE in result.paragraphs
