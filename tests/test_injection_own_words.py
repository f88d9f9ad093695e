"""An article that opens its clauses with its headline's words, one of them a word the word list
does not know (观鸟, 河长), is no stuffed page: without the context model, and with it.

The articles here are written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner import lm
from cleaner.injection import repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

# A plain-text dump of a page: the headline's 观鸟步道 is one unit the list does not know, so
# that 观鸟 reads as a cut across its words, and the article opens clauses with 步道, 湿地 and
# 观鸟 after marks (it also writes 三座观鸟屋 inside a clause).
BIRD_TRAIL = """首页  新闻  本地  视频  专题
* 登录
* 注册

江畔湿地公园新增观鸟步道
2025-09-03 16:20 来源：江畔晚报

* 城北老旧小区加装电梯提速 年内再开工二十部
* 两车追尾致早高峰拥堵 无人受伤
* 中学生合唱团赴省城参赛 获「金嗓子」奖
* 老街夜市本周末试运营

本报讯 江畔湿地公园新修的观鸟步道昨日对市民开放，步道全长一点二公里，沿途设有三座观鸟屋和十块鸟类科普牌。
延伸阅读：城西公园改造方案公布
今年秋季候鸟迁徙时间提前
观鸟季
公园管理处介绍，湿地里常年栖息着六十多种鸟类，每年十月到次年三月，还会有成群的候鸟在这里停歇。为了减少对鸟类的打扰，观鸟屋都用芦苇围起，开了小窗供游客观察。
管理处提醒游客，观鸟时请保持安静，不要投喂，也不要使用闪光灯拍照。步道每天早上六点开放，晚上六点关闭。
不少市民当天就带着望远镜来了。退休教师周阿姨说，以前只能在堤上远远地看，现在走进芦苇丛里，连白鹭梳理羽毛都看得清清楚楚。
本文转载自江畔晚报，原题为《芦苇丛里看白鹭》。
欢迎关注本站每周专题，每周我们为你讲述城里的新鲜事，带你了解身边的变化。
相关新闻
城西公园改造方案公布
今年秋季候鸟迁徙时间提前
"""

RIVER = "河长巡河守护一江清水"
RIVER_TEXT = (
    "本报讯 每周一早上，村级河长老周都要沿着清江走上一圈，这是他当河长的第五个年头。",
    "老周说，巡河主要看三样：水面有没有漂浮物，岸边有没有乱倒垃圾，排污口有没有异常。发现问题，他会拍照上传到手机平台。",
    "据了解，全县共有各级河长三百多名，巡河记录都在平台上公开。河长制推行以来，清江水质常年保持在二类。",
    "如今，江边成了村民散步的好去处，一江清水又回来了。",
)


def test_a_dump_opening_clauses_with_its_headline_words_keeps_them_without_the_model() -> None:
    from cleaner import CleanerConfig, clean
    article = clean(BIRD_TRAIL.encode("utf-8"), config=CleanerConfig(language_model=""))
    assert article.repairs == ()
    for clause in ("，步道全长一点二公里", "，湿地里常年栖息着", "，观鸟屋都用芦苇围起", "，观鸟时请保持安静",
                   "。步道每天早上六点开放"):
        assert clause in article.text


def test_an_article_naming_its_own_unknown_words_is_not_stuffed_but_spam_of_them_is() -> None:
    # 河长 and 巡河 are halves of one unit the list does not know (河长巡河): both read as cuts,
    # at marks (，巡河主要看…, 。河长制…), while the article writes 村级河长老周 inside a clause.
    repaired, repairs = repair(RIVER_TEXT, headlines=(RIVER,))
    assert repairs == ()
    assert repaired == RIVER_TEXT
    # The same article stuffed with the headline's cut at every mark of its first paragraphs
    # is still stuffed, and repaired exactly.
    cut = ("河长", "巡河", "守护", "一江")
    dirty, turn = [], 0
    for text in RIVER_TEXT[:3]:
        out = ""
        for char in text:
            out += char
            if char in "，。：":
                out += cut[turn % len(cut)]
                turn += 1
        dirty.append(out)
    repaired, repairs = repair(tuple(dirty) + RIVER_TEXT[3:], headlines=(RIVER,))
    assert repaired == RIVER_TEXT
    assert len(repairs) == turn


def test_an_article_naming_its_own_unknown_words_keeps_them_with_the_context_model() -> None:
    context = lm.load(lm.find())
    if context is None:
        pytest.skip("no context model (kenlm or the model file)")
    repaired, repairs = repair(RIVER_TEXT, headlines=(RIVER,), context=context)
    assert repairs == ()
    assert repaired == RIVER_TEXT
