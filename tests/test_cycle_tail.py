"""injection.repair on spam that cycles through a headline, after marks, in the first paragraphs
only (the twenty-fourth round, issue 10): the run's last piece alone in a later paragraph.

The article and the headline here are written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner.injection import repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

HEADLINE = "江城花展开幕 市民赏花踏青"
# Its cut: 江城 花展 开幕 市民 赏花, stuffed in turn after marks in the first three paragraphs.
STUFFED = (
    "三月十二日，[江城]第十届花展在滨江公园拉开帷幕，[花展]展出各类花卉三百余种，[开幕]吸引了大批游客。[市民]",
    "花展设置了郁金香、[赏花]樱花和牡丹三个主题展区。[江城]园方还在湖边搭建了观景平台，[花展]方便游客拍照留念。",
    "公园管理处负责人介绍，[开幕]今年新增了夜间灯光秀，[市民]每晚七点开始，持续一个小时。[赏花]",
)


def _page(last: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    paragraphs = tuple(p.replace("[", "").replace("]", "") for p in (*STUFFED, last))
    stuffed = []
    for index, text in enumerate((*STUFFED, last)):
        plain = text
        while "[" in plain:
            at = plain.index("[")
            stuffed.append((index, at))
            plain = plain.replace("[", "", 1).replace("]", "", 1)
    return paragraphs, stuffed


def _taken(paragraphs: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(r.paragraph, r.offset) for r in repair(paragraphs, headlines=(HEADLINE,))[1]]


def test_the_runs_next_piece_alone_in_a_paragraph_of_many_empty_marks_is_the_articles_own() -> None:
    # ，江城各区今年…: the cycle's next piece, but the run's rate would have stuffed some of the
    # paragraph's other five marks too; spam fills whole paragraphs.
    paragraphs, stuffed = _page("据了解，江城各区今年还将举办社区花卉展，市民可以在公园官网预约入园，"
                                "每天限流两万人，周末和节假日建议错峰出行，活动将持续到四月底。")
    assert _taken(paragraphs) == stuffed

