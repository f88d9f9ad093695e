"""injection.repair on a page stuffed twice (issue 10's page gate): the headline's pieces in turn
at the marks of one paragraph, the last closing it right after its mark (``pagegate.closing_turn``);
and an article that writes the same words at its marks, in the same turn, but closes no
paragraph with one.

The article and headline here are written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner.injection import repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

HEADLINE = "湖畔书屋免费开放 市民纷纷点赞"
CLEAN = (
    "本报讯 位于南湖公园西侧的湖畔书屋经过三个月改造，于本周六重新向市民免费开放。",
    "改造后的书屋面积约两百平方米，藏书一万余册，设有儿童阅读区和自习区。管理方介绍，"
    "书屋的开放时间为每天上午九点至晚上九点，节假日照常开放。",
    "首日开门，不少市民带着孩子前来看书。家住附近的李女士说，以前周末只能去市区的图书馆，"
    "现在走几步路就能借到书，很方便。",
    "据悉，今年区里还将在滨河绿道沿线新建三处小型书屋，方便市民就近阅读。",
)
#: Two insertions, in the headline's turn: 书屋 in front of a clause, 免费 closing the paragraph
#: right after its last mark (no prose ends a paragraph so).
STUFFED = (
    CLEAN[0],
    "改造后的书屋面积约两百平方米，藏书一万余册，设有儿童阅读区和自习区。书屋管理方介绍，"
    "书屋的开放时间为每天上午九点至晚上九点，节假日照常开放。免费",
    CLEAN[2],
    CLEAN[3],
)
#: The article's own: 书屋 and 免费 opening clauses in the headline's turn, and a paragraph
#: closed by 免费 before its mark (…都是免费。), not after it.
OWN = (
    CLEAN[0],
    "改造后的书屋面积约两百平方米，藏书一万余册，设有儿童阅读区和自习区。书屋管理方介绍，"
    "免费借阅只需出示身份证，节假日照常开放，自习座位和饮用水也都是免费。",
    CLEAN[2],
    CLEAN[3],
)


def test_a_run_in_turn_closing_a_paragraph_right_after_its_mark_is_taken_out() -> None:
    out, repairs = repair(STUFFED, headlines=(HEADLINE,))
    assert out == CLEAN
    assert [(r.paragraph, r.fragment) for r in repairs] == [(1, "书屋"), (1, "免费")]
    assert all("closing a paragraph" in r.reason for r in repairs)


def test_the_same_words_at_marks_in_turn_closing_no_paragraph_stay() -> None:
    assert repair(OWN, headlines=(HEADLINE,)) == (OWN, ())
    assert repair(CLEAN, headlines=(HEADLINE,)) == (CLEAN, ())
