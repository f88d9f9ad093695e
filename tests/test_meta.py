"""meta: title, published, source, original source, authors and editor, on hand-made pages."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from cleaner.blocks import Block, Page
from cleaner.config import CleanerConfig
from cleaner.meta import Meta, find_meta, find_title

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=SH)
CONFIG = CleanerConfig()

# Paragraphs long enough, and punctuated enough, to read as the article's prose.
BODY = (
    "今年以来，全市上下围绕重点工作持续发力，多个项目取得阶段性进展，群众获得感不断增强。",
    "有关负责人表示，下一步将继续加大投入力度，推动各项任务落地见效，确保年度目标顺利完成。",
)
TITLE = "全市重点项目建设取得新进展"


def make_page(*lines: str | tuple[str, int], head: tuple[tuple[str, str], ...] = (),
              kind: str = "html") -> Page:
    """A page of the given lines; a line given as (text, n) is an <hn> heading."""
    blocks = []
    for i, line in enumerate(lines):
        text, level = (line, 0) if isinstance(line, str) else line
        blocks.append(Block(text=text, position=i, heading=level))
    return Page(blocks=tuple(blocks), head=head, kind=kind)


def meta_of(page: Page, *, title: str | None = TITLE, now: datetime | None = NOW,
            url: str | None = None) -> Meta:
    """find_meta with the article taken as the blocks that read as prose (and what follows)."""
    kept = tuple(b for b in page.blocks if b.cjk >= 30 and b.punct >= 2)
    return find_meta(page, kept, title=title, url=url, now=now, config=CONFIG)


def article(*meta_lines: str, before: tuple[str, ...] = (), after: tuple[str, ...] = (),
            head: tuple[tuple[str, str], ...] = (), first: str = "") -> Page:
    """A headline, meta lines, the body (``first`` opening its first paragraph), what follows."""
    body = (first + BODY[0], BODY[1])
    return make_page(*before, (TITLE, 1), *meta_lines, *body, *after, head=head)


# --- title ----------------------------------------------------------------------------------

def test_heading_the_title_agrees_with_is_the_title() -> None:
    page = make_page(("新闻", 3), ("财经", 3), (TITLE, 1), *BODY, head=(("title", TITLE + "_某某新闻网"),))
    assert find_title(page) == TITLE


def test_channel_heading_inside_the_site_suffix_is_not_the_title() -> None:
    page = make_page(("某某财经频道", 2), (TITLE, 1), *BODY,
                     head=(("title", TITLE + "_某某财经频道_某某网"),))
    assert find_title(page) == TITLE


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


# --- published ------------------------------------------------------------------------------

def test_meta_line_date_with_seconds() -> None:
    got = meta_of(article("2025-08-26 03:43:50 来源: 某某日报 举报")).published
    assert got == datetime(2025, 8, 26, 3, 43, 50, tzinfo=SH)


def test_date_forms_of_chinese_pages() -> None:
    cases = {
        "2025年8月26日 03:43": datetime(2025, 8, 26, 3, 43, tzinfo=SH),
        "2025年08月26日10:32 | 来源：某某网": datetime(2025, 8, 26, 10, 32, tzinfo=SH),
        "发布时间：2025/8/26": datetime(2025, 8, 26, tzinfo=SH),
        "2025.08.26 16:31 来源：某某客户端": datetime(2025, 8, 26, 16, 31, tzinfo=SH),
        "时间：2025年8月26日14时05分": datetime(2025, 8, 26, 14, 5, tzinfo=SH),
        "发布日期： 8/26/2025 9:23:57 PM": datetime(2025, 8, 26, 21, 23, 57, tzinfo=SH),
    }
    for line, expected in cases.items():
        assert meta_of(article(line)).published == expected, line


def test_date_printed_in_pieces_is_joined() -> None:
    got = meta_of(article("2025", "08/26", "19:02", "某某号")).published
    assert got == datetime(2025, 8, 26, 19, 2, tzinfo=SH)
    got = meta_of(article("202508/2616:20:00 来源:某某网")).published  # the pieces glued together
    assert got == datetime(2025, 8, 26, 16, 20, tzinfo=SH)


def test_displayed_date_beats_the_head_meta_tag() -> None:
    page = article("2025年08月26日 09:05 某某网", head=(("article:published_time", "2025-08-26T09:10:42+08:00"),))
    assert meta_of(page).published == datetime(2025, 8, 26, 9, 5, tzinfo=SH)
    assert ("published", "meta line") in meta_of(page).provenance


def test_head_meta_date_keeps_its_zone() -> None:
    page = article("分享到", head=(("article:published_time", "2025-08-26T12:48:06+00:00"),))
    got = meta_of(page)
    assert got.published == datetime(2025, 8, 26, 12, 48, 6, tzinfo=timezone.utc)
    assert got.published.utcoffset() == timedelta(0)
    assert ("published", "meta[article:published_time]") in got.provenance


def test_head_date_without_zone_gets_the_configured_zone() -> None:
    got = meta_of(article(head=(("pubdate", "2025-08-26 08:52"),))).published
    assert got == datetime(2025, 8, 26, 8, 52, tzinfo=SH)
    assert got.tzinfo is not None


def test_yearless_date_takes_the_year_of_now() -> None:
    got = meta_of(article("某某账号", "发布时间：08-2612:00")).published
    assert got == datetime(2025, 8, 26, 12, 0, tzinfo=SH)


def test_yearless_date_rolls_back_a_year_when_in_the_future() -> None:
    got = meta_of(article("10-08 12:00")).published
    assert got == datetime(2024, 10, 8, 12, 0, tzinfo=SH)


def test_yearless_date_takes_the_year_of_a_head_date_on_the_same_day() -> None:
    page = article("发布时间：10-08 12:00", head=(("dateupdate", "2019-10-08 12:00:57"),))
    assert meta_of(page).published == datetime(2019, 10, 8, 12, 0, tzinfo=SH)


def test_two_digit_year_with_a_time() -> None:
    got = meta_of(article("发布时间：18-03-0823:16")).published
    assert got == datetime(2018, 3, 8, 23, 16, tzinfo=SH)


def test_relative_dates_count_back_from_now() -> None:
    assert meta_of(article("昨天 10:32")).published == datetime(2025, 8, 31, 10, 32, tzinfo=SH)
    assert meta_of(article("前天")).published == datetime(2025, 8, 30, tzinfo=SH)
    assert meta_of(article("3小时前")).published == datetime(2025, 9, 1, 9, 0, tzinfo=SH)
    assert meta_of(article("5分钟前")).published == datetime(2025, 9, 1, 11, 55, tzinfo=SH)
    assert meta_of(article("2天前")).published == datetime(2025, 8, 30, 12, 0, tzinfo=SH)


def test_prose_saying_yesterday_is_no_date() -> None:
    assert meta_of(article("昨天，市里召开了专题会议研究部署相关工作")).published is None


def test_day_first_date_is_read_so_when_the_head_agrees() -> None:
    page = article("发表时间： 06/02/2022 - 13:48", head=(("og:description", "x"), ("pubdate", "2022-02-06")))
    assert meta_of(page).published == datetime(2022, 2, 6, 13, 48, tzinfo=SH)


def test_related_item_dates_after_the_article_are_not_taken() -> None:
    page = article("分享到", after=("相关新闻", "另一条新闻的标题在这里 2019-01-01 10:00", "又一条新闻 2019-02-03"))
    assert meta_of(page).published is None


def test_labelled_date_after_the_article_is_taken() -> None:
    page = article("分享到", after=("发布日期：2025-08-26 14:34:05 所属分类： 头条",))
    assert meta_of(page).published == datetime(2025, 8, 26, 14, 34, 5, tzinfo=SH)


def test_copyright_year_is_no_date() -> None:
    page = article("分享到", after=("Copyright © 2019 某某网 版权所有",))
    assert meta_of(page).published is None


def test_future_date_is_no_publication_date() -> None:
    page = article("2099-01-01 10:00")
    assert meta_of(page, now=None).published is None


def test_date_in_the_url_is_a_last_resort() -> None:
    got = meta_of(article("分享到"), url="https://news.example.com/a/2025-08-26/123.html").published
    assert got == datetime(2025, 8, 26, tzinfo=SH)


def test_htmldate_backs_up_only_when_the_page_shows_no_date_and_only_when_enabled() -> None:
    html = ('<html><body><h1>' + TITLE + '</h1><time datetime="2021-03-04T05:06:07">x</time><p>'
            + BODY[0] + '</p><p>' + BODY[1] + '</p></body></html>')
    page = article("分享到")
    kept = page.blocks[-2:]
    got = find_meta(page, kept, title=TITLE, url=None, now=NOW, config=CONFIG, html=html)
    assert got.published == datetime(2021, 3, 4, 5, 6, 7, tzinfo=SH)
    assert ("published", "htmldate") in got.provenance
    off = CleanerConfig(htmldate_fallback=False)
    assert find_meta(page, kept, title=TITLE, url=None, now=NOW, config=off, html=html).published is None
    dated = article("2025-08-26 10:00")
    got = find_meta(dated, dated.blocks[-2:], title=TITLE, url=None, now=NOW, config=CONFIG, html=html)
    assert got.published == datetime(2025, 8, 26, 10, 0, tzinfo=SH)


# --- source ---------------------------------------------------------------------------------

def test_source_label_in_the_meta_line() -> None:
    assert meta_of(article("2025-08-26 03:43:50 来源:某某资讯网   ")).source == "某某资讯网"


def test_source_label_after_the_article() -> None:
    page = article("2025-08-26 10:00", after=("本文来源：某某晚报 责任编辑：杨某_NF1234",))
    assert meta_of(page).source == "某某晚报"


def test_source_value_stops_at_the_next_label_and_drops_brackets() -> None:
    assert meta_of(article("2025-08-26 来源：某某网作者：张三")).source == "某某网"
    assert meta_of(article("2025年7月16日08:19 来源：[ 某某金融报 ]")).source == "某某金融报"
    assert meta_of(article("来源: | 发布时间: 2025-08-26 | 浏览次数: 2168")).source is None


def test_publisher_printed_after_the_date_is_the_source() -> None:
    assert meta_of(article("2025年11月25日 18:57 某某消息")).source == "某某消息"


def test_site_name_is_not_the_source_when_a_label_names_one() -> None:
    page = article("2025-08-26 10:00 来源：某某日报", head=(("og:site_name", "某某门户网"),))
    assert meta_of(page).source == "某某日报"


def test_source_after_a_bar_like_character() -> None:
    page = article("2025年5月20日 18:06", after=("来源丨某某小学科技组", "编辑丨宋某琪", "审核丨高某"))
    got = meta_of(page)
    assert (got.source, got.editor) == ("某某小学科技组", "宋某琪")


def test_junk_after_the_label_is_never_a_source() -> None:
    assert meta_of(article('作者： size="20" 来源： size="20" 发布日期： 2025-08-26')).source is None


# --- original source ------------------------------------------------------------------------

def test_dateline_names_the_original_source() -> None:
    cases = {
        "新华社北京8月26日电 ": "新华社",
        "中新网上海8月26日电 (记者 张三) ": "中新网",
        "某某日报讯 (记者 张三)": "某某日报",
        "新京报快讯（记者 李四）": "新京报",
        "据新华社拉萨电（记者 格桑边觉）": "新华社",
        "某某网10月4日讯（记者陈某 整合） ": "某某网",
    }
    for first, expected in cases.items():
        assert meta_of(article("2025-08-26", first=first)).original_source == expected, first


def test_publisher_naming_itself_gives_no_original_source() -> None:
    assert meta_of(article("2025-08-26", first="本报讯（记者 张三）")).original_source is None


def test_no_dateline_no_original_source() -> None:
    assert meta_of(article("2025-08-26")).original_source is None


# --- authors --------------------------------------------------------------------------------

def test_author_list_split_on_dunhao_commas_and_spaces() -> None:
    assert meta_of(article("记者 张三、李四")).authors == ("张三", "李四")
    assert meta_of(article("本报记者 王五 赵六 钱七")).authors == ("王五", "赵六", "钱七")
    assert meta_of(article("作者：孙八，周九")).authors == ("孙八", "周九")


def test_reporter_and_correspondent_in_the_dateline_are_authors() -> None:
    page = article("2025-08-26", first="某某日报讯（记者 张三 通讯员 李四 王五）")
    assert meta_of(page).authors == ("张三", "李四", "王五")


def test_author_roles_of_chinese_bylines() -> None:
    cases = {
        "文/赵六": ("赵六",), "文|赵六": ("赵六",), "文 | 赵六": ("赵六",), "撰稿：钱七": ("钱七",),
        "采写：某都记者 孙八": ("孙八",), "作者：某某党支部": ("某某党支部",), "作者：zboygirl": ("zboygirl",),
        "文/图 刘某东 易某楠": ("刘某东", "易某楠"), "本报记者罗科苏盈发自北京": ("罗科苏盈",),
    }
    for line, expected in cases.items():
        assert meta_of(article(line)).authors == expected, line


def test_trailing_words_after_names_are_stripped() -> None:
    assert meta_of(article("某某报记者 彭某 山东冠县报道")).authors == ("彭某",)
    assert meta_of(article("记者陈智 整合")).authors == ("陈智",)


def test_photo_credit_names_no_author() -> None:
    page = article("2025-08-26", after=("图片来源：某某记者 张蕊 摄",))
    assert meta_of(page).authors == ()


def test_sentence_after_reporter_is_no_name() -> None:
    assert meta_of(article("记者了解到")).authors == ()
    assert meta_of(article("记者梳理发现")).authors == ()


def test_unknown_author_is_no_author() -> None:
    assert meta_of(article("作者：未知 责任编辑：某某")).authors == ()


def test_closing_credit_in_parentheses() -> None:
    page = make_page((TITLE, 1), "2025-08-26", BODY[0], BODY[1][:-1] + "。（张巨峰 马丹阳）")
    assert meta_of(page).authors == ("张巨峰", "马丹阳")


def test_closing_organisation_or_place_is_no_author() -> None:
    page = make_page((TITLE, 1), "2025-08-26", BODY[0], BODY[1] + "（德清县发改局）")
    assert meta_of(page).authors == ()


def test_comment_user_is_never_an_author() -> None:
    page = article("2025-08-26 10:00 来源：某某晚报",
                   after=("网友评论", "某某网上海市杨浦区手机网友 2025-08-26 12:00:01", "说得好", "匿名用户 回复 支持(3)"))
    assert meta_of(page).authors == ()


def test_site_name_is_never_an_author() -> None:
    page = article("2025-08-26 10:00 来源：某某晚报",
                   head=(("title", TITLE + "_某某新闻"), ("author", "某某新闻")))
    assert meta_of(page).authors == ()


def test_head_author_naming_a_person_is_used_when_the_page_names_none() -> None:
    page = article("2025-08-26 10:00", head=(("author", "李楠"),))
    assert meta_of(page).authors == ("李楠",)


def test_self_media_account_beside_the_date_is_the_author() -> None:
    assert meta_of(article("某某人文 2025-03-09 18:14:21")).authors == ("某某人文",)
    assert meta_of(article("某某必读", "发布时间：08-2612:00")).authors == ("某某必读",)


def test_publisher_beside_the_date_is_the_source_not_an_author() -> None:
    got = meta_of(article("原创 某某都市报 2025-08-26 16:01:46"))
    assert got.source == "某某都市报"
    assert got.authors == ()


def test_wechat_meta_line_names_the_writer_then_the_account() -> None:
    got = meta_of(article("原创 周小禾 某某市实验小学 2025年5月20日 18:06 湖南"))
    assert got.authors == ("周小禾",)
    assert got.source == "某某市实验小学"


def test_location_after_the_date_is_no_name() -> None:
    got = meta_of(article("2025-08-26 10:00 来源：某某晚报", "上海"))
    assert got.authors == ()
    assert got.source == "某某晚报"


def test_chrome_glued_to_a_byline_is_no_name() -> None:
    got = meta_of(article("2025-04-22 16:05:33 来源:某湖晚报 记者 许某涛 我要评论(0)"))
    assert got.authors == ("许某涛",)


def test_traditional_chinese_byline_is_read_and_given_back_as_printed() -> None:
    page = make_page((TITLE, 1), "2025/01/14 14:05 分享:Facebook LINE", "〔記者陳怡君/海寧報導〕" + BODY[0], BODY[1],
                     "責任編輯：劉某華")
    got = meta_of(page)
    assert got.authors == ("陳怡君",)
    assert got.editor == "劉某華"
    assert got.published == datetime(2025, 1, 14, 14, 5, tzinfo=SH)


def test_traditional_source_label() -> None:
    assert meta_of(article("2025-08-26 10:00 來源：某某時報")).source == "某某時報"


def test_forum_poster_is_the_author() -> None:
    assert meta_of(article("ggjjzhzz 发表于 2025-8-15 11:46:00")).authors == ("ggjjzhzz",)
    assert meta_of(article("由海姑娘张贴 @ 2025-06-14 03:25:55")).authors == ("海姑娘",)


# --- editor ---------------------------------------------------------------------------------

def test_editor_staff_code_is_dropped() -> None:
    page = article("2025-08-26", after=("本文来源：某某晚报 责任编辑：杨倩_NF4425",))
    assert meta_of(page).editor == "杨倩"


def test_editor_code_after_a_space_and_brackets_are_dropped() -> None:
    assert meta_of(article("2025-08-26", after=("[责任编辑：韩某林 PK155]",))).editor == "韩某林"
    assert meta_of(article("2025-08-26", after=("（责任编辑： HN666）",))).editor == "HN666"
    assert meta_of(article("2025-08-26", after=("【编辑:刘欢】",))).editor == "刘欢"


def test_responsible_editor_beats_a_plain_editor() -> None:
    page = article("2025-08-26", after=("编辑 刘晓阳 校对 李铭", "本文来源：某某报 责任编辑：姚立伟_NT6056"))
    assert meta_of(page).editor == "姚立伟"


def test_editor_with_a_latin_name() -> None:
    assert meta_of(article("2025-08-26", after=("责编：Demi Xia",))).editor == "Demi Xia"


def test_editor_is_never_an_author() -> None:
    got = meta_of(article("2025-08-26", after=("责任编辑：李四",)))
    assert got.editor == "李四"
    assert got.authors == ()


# --- the whole stage ------------------------------------------------------------------------

def test_text_dump_with_an_unrelated_headline_before_the_body() -> None:
    page = make_page("常用工具 在线咨询 免费注册", TITLE, "2025-08-26 03:43:50 来源:某某资讯网   ",
                     "我国某行业机构总资产达到新高", "某某日报讯 (记者 张某)" + BODY[0], BODY[1], kind="text")
    title = find_title(page)
    got = meta_of(page, title=title)
    assert title == TITLE
    assert got.published == datetime(2025, 8, 26, 3, 43, 50, tzinfo=SH)
    assert (got.source, got.original_source, got.authors) == ("某某资讯网", "某某日报", ("张某",))


def test_provenance_says_where_each_field_was_found() -> None:
    page = article("2025-08-26 10:00 来源：某某日报", after=("责任编辑：李四",), first="某某日报讯（记者 张三）",
                   head=(("title", TITLE + "_某某网"),))
    where = dict(meta_of(page).provenance)
    assert where["title"] == "h1 matching <title>"
    assert where["published"] == "meta line"
    assert where["source"] == "来源 in the meta line"
    assert where["original_source"] == "dateline"
    assert where["authors"] == "dateline"
    assert where["editor"] == "editor line"


def test_empty_page_gives_empty_meta() -> None:
    page = Page(blocks=())
    assert find_title(page) is None
    assert find_meta(page, (), title=None, url=None, now=None, config=CONFIG) == Meta()


def test_page_without_an_article_has_no_meta() -> None:
    page = make_page("首页 > 本地", "本地新闻", "某条新闻的标题2025-03-15", "另一条新闻的标题2025-03-14")
    assert find_meta(page, (), title="首页 > 本地", url=None, now=NOW, config=CONFIG) == Meta()


def test_breadcrumb_is_never_the_headline() -> None:
    page = make_page("首页 > 本地 > 正文", "2025-03-15 10:00", *BODY, head=(("title", "本地新闻_某某网"),))
    assert find_title(page) != "首页 > 本地 > 正文"


def test_meta_stays_fast_on_a_long_page() -> None:
    chrome = tuple(f"导航链接{i} 2019-01-{i % 28 + 1:02d}" for i in range(20000))
    page = make_page(*chrome, (TITLE, 1), "2025-08-26 10:00 来源：某某日报", *BODY, *chrome)
    start = time.perf_counter()
    got = meta_of(page)
    assert time.perf_counter() - start < 1.0
    assert got.published == datetime(2025, 8, 26, 10, 0, tzinfo=SH)
