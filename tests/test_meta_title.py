"""meta.title: the headline the <title> agrees with, the line above the meta line."""

from __future__ import annotations

import re

from cleaner.blocks import Block, Page
from cleaner.meta import find_title
from meta_pages import BODY, TITLE, make_page


# --- title ----------------------------------------------------------------------------------

def test_heading_the_title_agrees_with_is_the_title() -> None:
    page = make_page(("新闻", 3), ("财经", 3), (TITLE, 1), *BODY, head=(("title", TITLE + "_某某新闻网"),))
    assert find_title(page) == TITLE


def test_channel_heading_inside_the_site_suffix_is_not_the_title() -> None:
    page = make_page(("某某财经频道", 2), (TITLE, 1), *BODY,
                     head=(("title", TITLE + "_某某财经频道_某某网"),))
    assert find_title(page) == TITLE


def test_title_part_the_h1_prints_wins_over_a_longer_byline_and_share_row() -> None:
    """A template that puts the meta line's byline and share row into the <title> after the
    site's name makes the headline the shorter part; the h1 printing it tells (README "###
    Headline-fragment injection", the thirty-second round, `titlepick`). A column's name that a
    lower heading prints confirms nothing."""
    short = "旧城改造启动"
    page = make_page(("新闻", 3), (short, 1), "2025-04-03 10:00 来源：江城晚报 作者 周立", "分享到 微信 微博",
                     *BODY, head=(("title", short + "_江城晚报 作者 周立 分享到 微信 微博"),))
    assert find_title(page) == short
    page = make_page(("江城晚报", 1), ("国际要闻", 2), "原创 " + TITLE, "2025-04-03 10:00 来源：江城晚报", *BODY,
                     head=(("title", "国际要闻_" + TITLE + "_江城晚报"),))
    assert TITLE in find_title(page)


def test_site_suffix_is_stripped_from_title() -> None:
    for raw in (TITLE + "_某某新闻", TITLE + " - 某某财经", TITLE + "|某某网", TITLE + "--某某日报",
                "某某网 | " + TITLE):
        assert find_title(make_page(*BODY, head=(("title", raw),))) == TITLE, raw


def test_hyphen_between_digits_does_not_split_the_title() -> None:
    title = "1-8月全市工业增加值同比增长百分之六"
    assert find_title(make_page(*BODY, head=(("title", title),))) == title


def test_title_is_not_cut_at_an_ascii_quote() -> None:
    full = '某地推出"一件事一次办" 群众办事更方便'
    page = make_page((full, 1), *BODY, head=(("title", full + "_某某网"), ("og:title", "某地推出")))
    assert find_title(page) == full


def test_label_added_to_the_heading_is_left_out() -> None:
    page = make_page(("原创" + TITLE, 2), *BODY, head=(("title", TITLE),))
    assert find_title(page) == TITLE


def test_headline_that_is_no_heading_is_found_by_the_title() -> None:
    page = make_page("首页 > 新闻动态", TITLE, "来源：本站 时间：2025年8月26日", *BODY,
                     head=(("title", TITLE + " 某某市人民医院"),))
    assert find_title(page) == TITLE


def test_title_naming_only_the_site_falls_back_to_the_line_above_the_meta_line() -> None:
    page = make_page(("某某学会", 4), "首页 - 新闻动态", (TITLE, 5), "发布时间：2025-08-26 来源：某某学会", *BODY,
                     head=(("title", "新闻动态--某某学会官网"),))
    assert find_title(page) == TITLE


def test_text_dump_headline_is_the_line_above_the_meta_line() -> None:
    page = make_page("首页 新闻 财经 体育 娱乐", "常用工具 在线咨询 免费注册", TITLE,
                     "2025-08-26 03:43:50 来源:某某资讯网", *BODY, kind="text")
    assert find_title(page) == TITLE


def test_text_dump_line_marked_as_headline_wins() -> None:
    page = make_page("导航 栏目", (TITLE, 1), "另一行没有日期的文字内容", *BODY, kind="text")
    assert find_title(page) == TITLE


def test_site_only_title_in_traditional_characters_gives_way_to_the_line_above_the_date() -> None:
    page = make_page("中國廣播公司全球資訊網", "官網首頁 > 生活", "強烈冷氣團明發威 愈晚愈冷", "2014/12/11 18:58 報導", *BODY,
                     head=(("title", "中國廣播公司全球資訊網"),))
    assert find_title(page) == "強烈冷氣團明發威 愈晚愈冷"


def test_title_the_page_never_prints_is_a_slogan() -> None:
    head = (("title", "某某傳媒 一個有國際觀、專注揭弊、觀點犀利的新媒體！"),)
    page = make_page("首頁> 新聞> 國際", ("油價跌跌不休 重挫歐美股市", 3), "2014年12月13日 09:33", *BODY, head=head)
    assert find_title(page) == "油價跌跌不休 重挫歐美股市"
    # A headline printed over three lines is printed: the <title> stays.
    title = "全国人民代表大会常务委员会关于批准某项决议的决定"
    page = make_page("全国人民代表大会常务委员会", "关于批准某项", "决议的决定", "（2007年6月29日通过）", *BODY,
                     head=(("title", title + "_某某网"),))
    assert find_title(page) == title


def test_a_title_that_names_no_article_is_no_title() -> None:
    """A <title> the page agrees with nowhere is no headline when every part of it looks like a
    site's name (a forum script's word, a chapter number) or it is a channel's name: a bracketed
    tag alone, or an item of the breadcrumb above the article (README "Results", `titlecheck`).
    No title is better than a wrong one."""
    post = ("一篇旧文章", "作者甲", *BODY)
    for raw in ("显示", "1", "某某论坛"):
        assert find_title(make_page(*post, head=(("title", raw),))) is None, raw
    assert find_title(make_page(*post, head=(("title", "某某医院新闻网_(新闻)"),))) is None
    crumbs = ("某某娱乐 > 电影论坛 > 影评留言板", "一篇关于电影的旧评论", "作者乙", *BODY)
    assert find_title(make_page(*crumbs, head=(("title", "某某娱乐"),))) is None
    # A <title> printed as the breadcrumb's last item, or printed nowhere, is still the title.
    crumbs = ("首页 > 新闻动态 > " + TITLE, "作者乙", *BODY)
    assert find_title(make_page(*crumbs, head=(("title", TITLE),))) == TITLE
    assert find_title(make_page("作者乙", *BODY, head=(("title", TITLE + "_某某网"),))) == TITLE


def test_headline_above_the_date_longer_than_the_title_it_was_cut_from() -> None:
    head = (("title", "年終平均1.38月 科技業最高30個月 - 某某新聞"),)
    short = "年終平均1.38月 科技業最高30個月"
    full = short + " 年終比去年多1.8天 獎金太低54%擬離職"
    page = make_page(short, "產業新聞", full, "2014/12/12", *BODY, head=head)
    assert find_title(page) == full
    tagged = make_page(short, short + " (港聞)", "2014-12-17 (16:31)", *BODY, head=head)
    assert find_title(tagged) == short


def test_blog_platform_parts_of_the_title_are_not_the_headline() -> None:
    head = (("title", "春游小记 - 山间清风的个人空间 - 某某某某某某某"), ("og:site_name", "某某某某某某某"))
    assert find_title(make_page(*BODY, head=head)) == "春游小记"
    head = (("title", "春游小记 - 某某技术专栏"),)
    assert find_title(make_page(*BODY, head=head)) == "春游小记"


def test_heading_printing_the_site_name_of_the_title_is_the_logo() -> None:
    page = make_page(("某某日报", 1), "市民公园开放啦", "2024-05-13 10:20", *BODY,
                     head=(("title", "市民公园开放啦_某某日报"),))
    assert find_title(page) == "市民公园开放啦"


def test_h1_inside_a_post_length_title_is_the_headline() -> None:
    headline = "先选好行业，再挑好公司，最后是估值"
    post = "某某用户: " + headline + "。" + "上一篇长文讲的是价值投资在A股是否有效，确实很长，很多人没有耐心读完。" * 2
    page = make_page(("某某社区", 3), (headline, 1), *BODY, head=(("title", post),))
    assert find_title(page) == headline
    short = make_page(("目录", 1), *BODY, head=(("title", "目录之外的一条新闻标题_某某网"),))
    assert find_title(short) != "目录"


def test_meta_line_after_the_article_points_above_its_prose() -> None:
    # A broadcast script: the dated credit line closes the article, so the quoted line right
    # above it is a line of the text; the headline is the line above the first paragraph.
    head = (("title", "某某電視台 新聞網"),)
    prose = (BODY[0] + BODY[1], BODY[1] + BODY[0])
    page = make_page("某某新聞網 / 醫療", "中風年輕化 少年腦溢血送醫", *prose, "醫師說",
                     "（腦血管）破了才知道", "記者某某 台北報導", "(2014-12-12 12:00) 午間新聞", head=head)
    assert find_title(page) == "中風年輕化 少年腦溢血送醫"
    # The usual order, headline over the meta line over the prose: the line above the date.
    usual = make_page("某某新聞網 / 醫療", "中風年輕化 少年腦溢血送醫", "(2014-12-12 12:00) 午間新聞", *prose,
                      head=head)
    assert find_title(usual) == "中風年輕化 少年腦溢血送醫"


def test_a_section_tag_set_apart_at_the_end_of_a_dump_headline_is_no_part_of_it() -> None:
    page = make_page(("澜州港一季度吞吐量增长一成二 (港聞)", 1), "2025-04-01 (16:31)", *BODY, kind="text")
    assert find_title(page) == "澜州港一季度吞吐量增长一成二"
    glued = make_page(("臺灣某某地方法院公告（第二次拍賣）", 1), "2025-04-01", *BODY, kind="text")
    assert find_title(glued) == "臺灣某某地方法院公告（第二次拍賣）"   # part of the headline


def test_dated_line_test_agrees_with_the_date_pattern() -> None:
    """The cheap test for a full date (19/20/民 first) answers as DATE_LIKE does, on lines
    built from pieces of dates, numbers and words."""
    import random

    from cleaner.meta.zones import _dated
    from cleaner.patterns import DATE_LIKE
    pieces = ["2019", "1998", "20", "19", "民国", "民國", "108", "年", "月", "日", "-", "/", ".", " ",
              "05", "1", "12", "3", "发布时间：", "来源", "２０１９", "\n", "人民"]
    rng = random.Random(12)
    found = 0
    for k in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        if k % 2:  # a date's shape, its pieces drawn from the same lot
            text += "".join(rng.choice(choices) for choices in (
                ["2019", "1998", "民国108", "民國 96", "2o19", "19"], [" ", "", "年", "-", "/", "."],
                ["05", "1", "12", "x"], ["月", "-", "/", " ", ""], ["3", "26", "", "日"]))
        expected = DATE_LIKE.search(text) is not None
        found += expected
        assert _dated(text) == expected, text
    assert found > 500


def test_a_line_is_matched_to_the_title_alike_with_the_ideograph_test_or_without(monkeypatch) -> None:
    """_find_title squashes a line to compare with the <title> only when the table's fold of its
    first CJK ideograph is in the <title>: on random pages of lines printing parts of the title
    (traditional characters, full-width forms, spaces, compatibility characters before them) and
    other lines, it finds what it finds squashing every line; it fails when the ideograph is not
    folded, or when the line's first character is asked instead of its first ideograph."""
    import random

    from cleaner.blocks import Block, Page
    from cleaner.meta import title as title_module
    from cleaner.patterns import SIMPLIFIED_CHARS, TRADITIONAL_CHARS

    traditional = dict(zip(SIMPLIFIED_CHARS, TRADITIONAL_CHARS))
    simplified = [c for c in SIMPLIFIED_CHARS[:120] if "\u4e00" <= c <= "\u9fff"] + list("的一是在不了有和人这中大为上个国")
    rng = random.Random(18)

    def printed(part: str) -> str:   # a part of the title as a page may print it
        chars = [traditional.get(c, c) if rng.random() < 0.4 else c for c in part]
        text = "".join(c + (" " if rng.random() < 0.1 else "") for c in chars)
        return rng.choice(["", "", " ", "\u3000", "①", "㊀", "…", "Ａ", "ab "]) + text

    def page() -> Page:
        title = "".join(rng.choice(simplified) for _ in range(rng.randrange(8, 24)))
        lines = []
        for k in range(rng.randrange(3, 12)):
            if rng.random() < 0.4:
                start = rng.randrange(len(title) // 3)
                lines.append(printed(title[start:start + rng.randrange(len(title) // 2, len(title) + 1)]))
            else:
                lines.append("".join(rng.choice(simplified) for _ in range(rng.randrange(6, 30))))
        suffix = rng.choice(["_某某网", "-某某新闻", ""])
        return Page(blocks=tuple(Block(t, i) for i, t in enumerate(lines)), head=(("title", title + suffix),))

    pages = [page() for _ in range(1500)]
    found = [title_module._find_title(p) for p in pages]
    assert sum(how == "line matching <title>" for _, how in found) > 300
    monkeypatch.setattr(title_module, "_IDEOGRAPH", re.compile("(?!)"))   # no ideograph: every line squashed
    assert [title_module._find_title(p) for p in pages] == found


# Paragraphs long enough to be prose (50 characters and more, a full stop).
PROSE = (BODY[0] + BODY[1], BODY[1] + BODY[0])


def _linked(text: str) -> Block:
    return Block(text=text, position=0, link_chars=len(text))


def test_headline_no_date_follows_is_the_line_above_the_prose_that_shares_its_words() -> None:
    """No usable <title> and no dated meta line: the headline is the headline-like line of the
    few above the first paragraphs of prose that shares two of their words (README "Results",
    `titles37`); a line that shares none is no headline, and no title is better than a wrong one."""
    assert find_title(make_page("首页", "本站公告", TITLE, "作者甲", *PROSE)) == TITLE
    assert find_title(make_page("首页", TITLE, "作者甲", *PROSE, head=(("title", "显示"),))) == TITLE
    assert find_title(make_page("首页", "一段与正文无关的话语", "作者甲", *PROSE)) is None
    # A post's title linking to itself counts; a row of links sharing a word or two does not.
    post = Page(blocks=(Block("首页", 0), _linked(TITLE), *make_page(*PROSE).blocks), head=(), kind="html")
    assert find_title(post) == TITLE
    row = Page(blocks=(Block("首页", 0), _linked("全市项目│国内新闻│国际新闻│体育新闻│财经新闻"), *make_page(*PROSE).blocks),
               head=(), kind="html")
    assert find_title(row) is None


def test_a_sidebar_h1_far_above_the_post_gives_way_to_the_line_above_its_prose() -> None:
    sidebar = [("本站统计数据", 1)] + [f"{m}月归档({m})" for m in range(1, 8)]
    assert find_title(make_page(*sidebar, TITLE, *PROSE)) == TITLE
    # The article's own h1 stays, however few words it shares.
    assert find_title(make_page(("春风又绿江南岸", 1), TITLE, *PROSE)) == "春风又绿江南岸"


def test_a_private_use_character_is_no_part_of_the_title() -> None:
    """A glyph of the site's own font (a private-use code point) after the headline, in the
    <title> and the line alike: no letter a reader sees, dropped from the title."""
    page = make_page("首页 > 读书", TITLE + "\ue004", "作者甲", *BODY, head=(("title", TITLE + "\ue004_读书频道_某某网"),))
    assert find_title(page) == TITLE


def test_a_numbered_item_or_a_toolbar_row_above_the_date_is_no_headline() -> None:
    """The line above a dated line that opens with a list's numeral (一、) or is a row of items
    set apart by bars is no headline: the line above it is."""
    page = make_page("首页", TITLE, "一、报名时间", "报名日期为2025年3月1日至3月15日", *PROSE)
    assert find_title(page) == TITLE
    page = make_page("首页", (TITLE, 1), "使用道具： 鲜花 | 鸡蛋 | 红包 | 礼物", "时间：2025-03-01 10:00", *PROSE)
    assert find_title(page) == TITLE


def test_a_title_that_is_a_path_of_channels_is_no_headline() -> None:
    """A <title> printed as a breadcrumb (某某网>招生信息) whose last item is a channel of the
    page's breadcrumb names no article: the headline is found as on a page without <title>."""
    page = make_page("您的位置：主页>招生信息>通知公告", TITLE, *PROSE, head=(("title", "某某网>招生信息"),))
    assert find_title(page) == TITLE
