"""Where a text dump's article begins and ends: the lines between the headline and the first
paragraph (a list of links, a post's date and time, a prompt), the lists of other articles a
marker heads inside the body, and the lines that close it.

The dumps here are written for these tests: invented articles laid out as the three styles of
``scripts/make_dumps.py`` print pages (a DOM walk, ``get_text("\\n")``, inscriptis' bullets).
"""

from __future__ import annotations

from cleaner import clean

ARTICLE = [
    "本报讯 昨日上午，青禾县首座山区光伏电站正式并网发电，电站建在两座荒山的南坡上，装机容量为二十兆瓦。",
    "据县发展改革局介绍，电站每年可发电约两千四百万千瓦时，所得收益的一部分将用于山区村道的养护。",
    "光伏板下的空地也没有闲着，附近三个村的村民在板下种上了耐阴的中药材，今年首批已经采收。",
    "县里表示，明年还将在另外两处荒山推广这一做法，让光伏电站与林下种植一起带动村民增收。",
]
HEAD = ["首页 新闻 本地 视频", "青禾县首座山区光伏电站并网发电", "2025-06-12 09:30 来源：青禾新闻网"]


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _clean(lines: list[str]) -> list[str]:
    return list(clean(_text(lines).encode("utf-8")).paragraphs)


def test_a_bulleted_list_of_other_headlines_over_the_body_goes() -> None:
    # inscriptis prints a sidebar's links as bullets; one ends on a closing quote, as a sentence does
    sidebar = ["* 城东菜市场改造完成 摊位重新开放", "* 两车追尾致早高峰拥堵 无人受伤",
               "* 中学生合唱团赴省城参赛 获「金嗓子」奖", "* 老街夜市本周末试运营"]
    kept = _clean([*HEAD, *sidebar, *ARTICLE, "相关新闻", "某地举办龙舟赛"])
    assert kept == ARTICLE


def test_a_name_with_the_date_and_time_under_the_headline_is_no_paragraph() -> None:
    head = ["首页 新闻 本地 视频", "青禾县首座山区光伏电站并网发电", "青禾视点 2025-06-12 09:30:41"]
    kept = _clean([*head, *ARTICLE, "责任编辑：林木"])
    assert kept == ARTICLE


def test_a_prompt_above_the_first_paragraph_goes() -> None:
    prompt = "快来下载青禾新闻客户端，第一时间看到县里的大事小情，还能领取专属福利哦！"
    kept = _clean([*HEAD, prompt, *ARTICLE, "责任编辑：林木"])
    assert kept == ARTICLE


def test_a_marker_of_related_reading_inside_the_article_goes_with_its_list() -> None:
    # (more of the article's prose below the marker than above it: the article goes on)
    inside = ["延伸阅读：邻县风电场完成扩建", "山区村道养护有了新办法", "光伏扶贫项目迎来年度检查",
              "板下种药材"]
    kept = _clean([*HEAD, ARTICLE[0], *inside, *ARTICLE[1:], "责任编辑：林木"])
    # the subhead right above the paragraph stays: it may be the article's own
    assert kept == [ARTICLE[0], "板下种药材", *ARTICLE[1:]]


def test_a_marker_of_related_reading_spread_over_two_lines_goes_with_its_headline() -> None:
    inside = ["推荐阅读：", "邻县风电场完成扩建，年发电量翻番"]
    kept = _clean([*HEAD, ARTICLE[0], *inside, *ARTICLE[1:], "责任编辑：林木"])
    assert kept == ARTICLE


def test_a_spaced_marker_ends_the_article() -> None:
    tail = ["延伸 · 推荐", "邻县风电场完成扩建",
            "近日，邻县山区风电场完成扩建，新增风机十二台，年发电量比扩建前提高一倍。"]
    kept = _clean([*HEAD, *ARTICLE, *tail])
    assert kept == ARTICLE


def test_a_line_saying_where_the_text_was_taken_from_closes_the_article() -> None:
    tail = ["本文转载自青禾周刊，原题为《荒山上的电站》。",
            "欢迎关注本站每周专题，每周我们为你讲述县里的新鲜事，带你了解身边的变化。"]
    kept = _clean([*HEAD, *ARTICLE, *tail])
    assert kept == ARTICLE


def test_an_opening_of_clauses_that_leads_on_to_the_first_paragraph_stays() -> None:
    # a column's opening, off the headline's words, ending on an ellipsis: no stray headline
    opening = "六月的一个清晨，我沿着山路往上走，远远看见南坡上一片深蓝，走近了才知道……"
    kept = _clean([*HEAD, opening, *ARTICLE, "责任编辑：林木"])
    assert kept == [opening, *ARTICLE]
