"""Dumps whose article opens with numbered steps (a recipe's, a how-to's, a schedule's): short
lines, most without a full stop, each under its number or opening with it, right under the
headline. The steps are the article's opening, none of them its headline; a numbered list of
other articles' headlines is still no part of it.

Each dump is invented for its test.
"""

from __future__ import annotations

from cleaner import clean

MENU = ["首页", "美食", "生活", "登录"]
TAIL = ["分享到：", "微信", "微博", "相关推荐", "关于我们 | 联系我们 | 版权声明"]
STEPS = ["冬瓜去皮去籽，切成两厘米见方的块", "锅中倒油烧热，放入葱姜爆香", "下冬瓜块翻炒至边缘透明",
         "加入生抽和老抽，翻炒上色", "倒入清水没过冬瓜，大火烧开", "转小火焖十分钟"]
CLOSING = ["冬瓜本身味道清淡，吸收汤汁后格外入味，配米饭最合适。", "如果喜欢辣味，可以在爆香时加入几个干辣椒。"]
TITLE = "红烧冬瓜"


def _clean(*lines: str):
    return clean("\n".join([*MENU, *lines, *TAIL]) + "\n")


def test_steps_under_their_numbers_open_the_article_under_a_short_name_and_its_counter() -> None:
    labelled = [line for k, step in enumerate(STEPS, 1) for line in (f"步骤 {k}", step)]
    article = _clean(TITLE, "12.6万人浏览", "作者：", "李小厨", "做法步骤", *labelled, "小贴士", *CLOSING)
    assert article.title == TITLE
    assert all(step in article.paragraphs for step in STEPS)
    assert list(article.paragraphs[-2:]) == CLOSING


def test_steps_numbered_on_their_lines_with_a_caption_between_number_and_step() -> None:
    labelled = [line for k, step in enumerate(STEPS, 1) for line in (f"{k}/{len(STEPS)}", "点击查看大图", step)]
    article = _clean(TITLE, "2024-03-12 10:20 来源：美食频道", *labelled, *CLOSING)
    assert article.title == TITLE
    assert all(step in article.paragraphs for step in STEPS)


def test_the_sections_named_after_the_article_are_not_its_headline() -> None:
    numbered = [f"{chr(0x2460 + k)}{step}" for k, step in enumerate(STEPS)]
    article = _clean(TITLE, "3.1万 收藏", f"{TITLE}的用料", "冬瓜 500克", "葱 两根", f"{TITLE}的做法步骤",
                     *numbered, *CLOSING)
    assert article.title == TITLE
    assert numbered[0] in article.paragraphs and numbered[-1] in article.paragraphs


def test_a_numbered_list_of_other_headlines_stays_out_of_an_article_of_steps() -> None:
    others = ["某地举办国际马拉松赛事吸引万人参加", "新能源汽车销量连续三个月增长", "多所高校公布今年招生计划",
              "气象台发布大风蓝色预警", "老旧小区改造工程全面启动"]
    listed = [line for k, other in enumerate(others, 1) for line in (str(k), other)]
    labelled = [line for k, step in enumerate(STEPS, 1) for line in (f"第{'一二三四五六'[k - 1]}步", step)]
    article = _clean("热榜", *listed, TITLE, "2024-03-12 10:20 来源：美食频道", *labelled, *CLOSING)
    assert article.title == TITLE
    assert not set(others) & set(article.paragraphs)
    assert all(step in article.paragraphs for step in STEPS)
    # (under the meta line, the list is no sequence of steps: the article is the paragraphs alone)
    article = _clean(TITLE, "2024-03-12 10:20 来源：美食频道", *listed, *labelled, *CLOSING)
    assert not set(others) & set(article.paragraphs)
