"""A reprint's last paragraph that credits its source after its last sentence (。——原载《某刊》
2005年第3期, an end mark □ before the dash) is a finished paragraph of the article: not a summary
cut off, which under a section's heading read as another article's headline and its blurb."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.blocks import Block
from cleaner.dumpprose import _truncated

_HEAD = ["首页", "文化", "随笔", "老街的记忆", "2005-03-18 作者：某某"]
_SECTIONS = [
    "一、街口的杂货铺",
    "小时候住的那条老街不长，从街口走到街尾不过十来分钟，可在我的记忆里，它却装下了整整一个童年的热闹与安静。",
    "街口有一家杂货铺，卖针头线脑，也卖酱油和醋。店主是一位说话很慢的老人，孩子们去打酱油，他总要多给一勺。",
    "二、巷子里的戏台",
    "每到逢年过节，巷子深处那座旧戏台就会热闹起来。大人们搬着板凳早早去占位置，我们这些孩子则在台下钻来钻去。",
    "戏唱的是什么，我那时并不懂，只记得锣鼓一响，整条街的人都会往那边走，连卖糖人的担子也跟着挪了过去。",
    "三、后来的老街",
]
_LAST = "如今老街早已拆了，原地盖起了高楼。可每当我闭上眼睛，那家杂货铺、那座戏台，还有街上的人和声音，依然清清楚楚地在那里。{credit}"
_FOOT = ["上一篇", "下一篇", "版权所有 某某网"]


@pytest.mark.parametrize("credit", ["□——《某某之春》1996年6月号", "——原载《读书》2005年第3期"])
def test_a_last_paragraph_crediting_its_source_is_the_articles(credit: str) -> None:
    last = _LAST.format(credit=credit)
    result = clean("\n".join([*_HEAD, *_SECTIONS, last, *_FOOT]).encode())
    assert result.paragraphs[-2:] == ("三、后来的老街", last)
    assert not _truncated(Block(last, 0))


def test_a_summary_cut_off_is_still_one() -> None:
    cut = "如今老街早已拆了，原地盖起了高楼。可每当我闭上眼睛，那家杂货铺、那座戏台，还有街上来来往往的人和各种各样的声音，依然清清楚楚地"
    assert _truncated(Block(cut, 0))
    assert _truncated(Block(cut + "在《老街》里", 0))   # a work's name at the end, no dash: no credit
