"""meta.source: the source (来源 labels, publishers beside the date) and the dateline's original source."""

from __future__ import annotations

from meta_pages import article, meta_of


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


# --- wire datelines, accounts without a date -------------------------------------------------

def test_wire_dateline_with_the_reporter_inside_names_the_agency() -> None:
    page = article("2016/03/19 10:48", first="（中央社記者邱俊欽桃園19日電）")
    assert meta_of(page).original_source == "中央社"


def test_agency_dateline_in_the_meta_line() -> None:
    assert meta_of(article("2018-02-28 14:31某央社 澎湖縣28日電")).original_source == "某央社"


def test_outlet_reporting_in_brackets_before_the_text() -> None:
    assert meta_of(article("2018-08-02", first="(星島日報報道)")).original_source == "星島日報"


def test_account_of_an_original_post_whose_date_a_script_fills_in() -> None:
    got = meta_of(article("原创 元霸 波元霸"))
    assert got.source == "波元霸"
    assert meta_of(article("原创 元霸")).source is None


# --- accounts, columns, bylines in brackets, brackets inside a source ------------------------

def test_account_beside_the_date_is_source_and_author() -> None:
    got = meta_of(article("某某说财经 2024-05-13 09:03"))
    assert (got.source, got.authors) == ("某某说财经", ("某某说财经",))
    person = meta_of(article("张小明 2024-05-13 09:03"))  # a writer's name publishes nothing
    assert (person.source, person.authors) == (None, ("张小明",))


def test_publisher_glued_to_its_date() -> None:
    assert meta_of(article("人民日报2024-05-13")).source == "人民日报"
    assert meta_of(article("某某说财经2024-05-13")).source is None  # no outlet's name


def test_bracket_inside_the_source_is_closed_or_cut() -> None:
    assert meta_of(article("2024-05-13 来源：光明网-《光明日报》")).source == "光明网-《光明日报》"
    assert meta_of(article("【来源：光明网-《光明日报》】")).source == "光明网-《光明日报》"
    assert meta_of(article("2024年05月13日 09:03 | 来源：人民日报（2024-05-13第01版）")).source == "人民日报"


def test_column_a_post_was_first_published_in() -> None:
    got = meta_of(article("某某 某某", "发布于 2023-11-02 10:21", before=("首发于某某技术周刊",)))
    assert got.source == "某某技术周刊"


def test_publisher_before_the_reporter_in_a_bracketed_byline() -> None:
    assert meta_of(article("【某某晚報╱記者楊正海╱即時報導】", "2014.12.13 01:06 pm")).source == "某某晚報"
    assert meta_of(article("【本报/记者 张三】", "2014.12.13")).source is None


def test_report_and_column_words_after_the_date_are_no_source() -> None:
    for line in ("2014/12/11 18:58 報導", "2018-08-02港聞", "2018-02-21 18:03 列印", "05-19-2013 / 2 years ago"):
        assert meta_of(article(line)).source is None, line


def test_weekday_lunar_date_province_and_edition_after_the_date_are_no_source() -> None:
    for line in ("2024-05-13 星期一", "2024年05月13日 週一", "2024-05-13 10:20 广东省", "2024-05-13 10:20 农历四月初六",
                 "2024-05-13 10:20 头版", "2024-05-13 10:20 本站原创"):
        assert meta_of(article(line)).source is None, line
    assert meta_of(article("2024-05-13 星期一 某某日报")).source == "某某日报"  # the weekday skipped


def test_dateline_with_a_full_date() -> None:
    assert meta_of(article("2024-05-13", first="【某紀元2024年05月13日訊】")).original_source == "某紀元"
    assert meta_of(article("2024-05-13", first="据新华社2024年5月13日电 ")).original_source == "新华社"


def test_a_reprint_line_closing_the_article_names_the_source() -> None:
    page = article("2019.05.22", after=("本文转载自某某周刊（ID：abc2008），本文版权归某某周刊所有。",))
    assert meta_of(page).source == "某某周刊"
    notice = article("2019.05.22", after=("本文来自某某客户端自媒体，不代表某某网的观点和立场。",))
    assert meta_of(notice).source is None


def test_several_different_source_lines_after_the_text_are_image_credits() -> None:
    captions = article("2019/02/18", after=("来源：某某百科", "图二的说明", "来源：某某之心"))
    assert meta_of(captions).source is None
    one = article("2019/02/18", after=("来源：某某日报",))
    assert meta_of(one).source == "某某日报"


def test_share_buttons_under_the_date_are_no_publisher() -> None:
    for button in ("Tweet", "電子郵件", "Email"):
        assert meta_of(article("2019-05-29 08:44", button)).source != button, button


def test_a_cited_paper_after_a_source_label_is_no_source() -> None:
    cited = article("2025-08-26 10:00", after=("来源:Smith, J., Wang, L. (2015). Deep nets. Nature, 521, 436.",))
    assert meta_of(cited).source is None
    plain = article("2025-08-26 10:00", after=("来源:Nature 杂志",))  # a journal named, no reference
    assert meta_of(plain).source == "Nature"


def test_an_original_mark_above_the_headline_names_the_publishing_column() -> None:
    page = article(before=("探索 专栏 搜索", "某某技术团队原创", "2019/02/18 16:24", "张某作者"))
    assert meta_of(page).source == "某某技术团队"
    own = article(before=("本站原创", "2019/02/18 16:24"))  # the site itself: no name
    assert meta_of(own).source is None


def test_a_label_alone_on_its_line_takes_the_next_line_as_its_value() -> None:
    # BeautifulSoup's get_text("\n") cuts a label from its value; a label right after a label
    # (浏览次数：) has no value.
    got = meta_of(article("发布日期：2025-04-01", "浏览次数：", "信息来源：", "澜州发改委"))
    assert got.source == "澜州发改委"
    assert ("source", "来源 in the meta line") in got.provenance
    tail = meta_of(article(after=("来源：", "澜州日报", "打印", "关闭")))
    assert tail.source == "澜州日报"


def test_a_dateline_alone_on_its_line_above_the_first_paragraph_names_the_original_source() -> None:
    got = meta_of(article("2025-04-01 09:00", "【澜州網訊】", "(", "澜州日报记者 张小明", ")"))
    assert got.original_source == "澜州網"


def test_dump_site_name_in_the_title_line_is_not_the_source_after_the_date() -> None:
    # get_text("\n") prints the <title> first (headline-site): the name after the date that it
    # gives as the site's is passed over for the publisher closing the article.
    from meta_pages import BODY, TITLE, make_page

    def page(top: str):  # noqa: ANN202
        return make_page(top, "网站首页", "时政新闻", (TITLE, 1), "2025年09月11日", "澜州传媒", "时政新闻", "1665",
                         *BODY, "，澜州都市报", kind="text")
    assert meta_of(page(TITLE + "-澜州传媒")).source == "澜州都市报"
    assert meta_of(page(TITLE + "_时政新闻_澜州传媒")).source == "澜州都市报"
    # A breadcrumb ending in the headline is no <title>: its sections name no site.
    assert meta_of(page("澜州传媒 > 时政新闻 > " + TITLE)).source == "澜州传媒"


def test_dump_source_after_a_row_of_buttons_one_a_line_is_in_the_tail() -> None:
    # get_text("\n") prints each button and count under the article on a line of its own (赞 /
    # 0 / 赏): lines of one character do not push a 来源 line out of the lines the tail reads.
    from meta_pages import BODY, TITLE, make_page

    buttons = ("赞", "0", "赏", "分享", "查看评论", "阅读", "539", "隐藏边栏", "A+", "所属分类：", "头条", "标签：")
    page = make_page((TITLE, 1), "2025-09-23 14:34", *BODY, *buttons, "来源：澜州商报 时间：2025-09-23 14:34:05",
                     "转载请注明：", kind="text")
    assert meta_of(page).source == "澜州商报"
    # Lines of two characters or more still count: twelve of them end the tail.
    longer = make_page((TITLE, 1), "2025-09-23 14:34", *BODY, *("分享",) * 12, "来源：澜州商报", kind="text")
    assert meta_of(longer).source is None
