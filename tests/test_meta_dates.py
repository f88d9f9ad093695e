"""meta.dates: the published date, its forms, its year and zone, and where it may come from."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cleaner.config import CleanerConfig
from cleaner.meta import find_meta
from meta_pages import BODY, CONFIG, NOW, SH, TITLE, article, make_page, meta_of


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


def test_hour_and_minute_words_with_a_one_digit_minute() -> None:
    # 9时4分: the minute word makes a one-digit minute a time (a colon still wants two digits).
    for line in ("发布时间：2025年8月26日 9时4分", "2025年8月26日9时4分 来源：某某网"):
        assert meta_of(article(line)).published == datetime(2025, 8, 26, 9, 4, tzinfo=SH), line
    assert meta_of(article("2025年8月26日 9:4 来源：某某网")).published == datetime(2025, 8, 26, tzinfo=SH)


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


# --- dates of Taiwan and Hong Kong pages, times beside the date, script variables ------------

def test_zone_word_or_bracket_between_date_and_time() -> None:
    assert meta_of(article("2018-07-02 HKT 12:58")).published == datetime(2018, 7, 2, 12, 58, tzinfo=SH)
    assert meta_of(article("2014-12-17 (16:31)")).published == datetime(2014, 12, 17, 16, 31, tzinfo=SH)


def test_time_printed_before_the_date() -> None:
    assert meta_of(article("14:36 2018/07/27")).published == datetime(2018, 7, 27, 14, 36, tzinfo=SH)


def test_month_day_year_with_dashes() -> None:
    got = meta_of(article("- 某某編輯部 @ 05-19-2013 / 2 years ago")).published
    assert got == datetime(2013, 5, 19, tzinfo=SH)


def test_republic_of_china_years() -> None:
    assert meta_of(article("發文日期：中華民國107年3月13日")).published == datetime(2018, 3, 13, tzinfo=SH)
    assert meta_of(article("發佈時間：105年3月19日 10:48")).published == datetime(2016, 3, 19, 10, 48, tzinfo=SH)


def test_headline_line_lends_its_time_to_a_bare_date_above() -> None:
    page = make_page("2014-12-08", (TITLE + " 2014-12-08 06:49", 4), *BODY)
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=CONFIG)
    assert got.published == datetime(2014, 12, 8, 6, 49, tzinfo=SH)


def test_script_variable_lends_its_time_to_a_bare_date() -> None:
    page = article("2018-06-29")
    html = '<script>var publishDateTime = "2018-06-29 15:23:00";</script>'
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=CONFIG, html=html)
    assert got.published == datetime(2018, 6, 29, 15, 23, tzinfo=SH)
    other_day = '<script>var publishDateTime = "2018-06-30 15:23:00";</script>'
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=CONFIG, html=other_day)
    assert got.published == datetime(2018, 6, 29, tzinfo=SH)


def test_date_only_in_a_script_variable_or_json_ld() -> None:
    page = article("原创 某某 某某读书")
    no_fallback = CleanerConfig(htmldate_fallback=False)
    cases = {
        'var ctx = 1; var ct = "1762243169";': datetime(2025, 11, 4, 15, 59, 29, tzinfo=SH),
        '{"@type": "NewsArticle", "datePublished": "2020-05-20T10:00:00+08:00"}':
            datetime(2020, 5, 20, 10, 0, tzinfo=SH),
    }
    for html, expected in cases.items():
        got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback, html=html)
        assert got.published == expected, html
        assert ("published", "script variable") in got.provenance
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback,
                    html='<script>if (ct) { show(ct) }; "dateModified": "2020-05-20"</script>')
    assert got.published is None


def test_script_variable_set_through_a_bracketed_key() -> None:
    html = """<script>data['publishDateTime']="2018-06-29 15:23:00";</script>"""
    page = article("分享")
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=CONFIG, html=html)
    assert got.published == datetime(2018, 6, 29, 15, 23, tzinfo=SH)


def test_date_and_time_opening_a_line_before_a_programme_name() -> None:
    page = article(after=("記者某某 台北報導", "(2014-12-12 12:00) 中晝新聞"))
    assert meta_of(page).published == datetime(2014, 12, 12, 12, 0, tzinfo=SH)
    prose = article(after=("2014-12-12 12:00 市府召开记者会通报进度",))  # a sentence, not a name
    assert meta_of(prose).published is None


def test_bare_timestamp_and_other_script_keys() -> None:
    page = article("分享")
    no_fallback = CleanerConfig(htmldate_fallback=False)
    for html in ('{"publishTime":1589940000000,"commentCount":3}', "var createTime = '2020-05-20 10:00';"):
        got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback, html=html)
        assert got.published == datetime(2020, 5, 20, 10, 0, tzinfo=SH), html
    got = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback,
                    html='{"publishTime":15899400000000}')  # 14 digits: no timestamp
    assert got.published is None


def test_weekday_and_half_of_the_day_between_date_and_time() -> None:
    cases = {
        "2024年5月13日 週一 上午10:20": datetime(2024, 5, 13, 10, 20, tzinfo=SH),
        "2024/05/13 下午 03:20": datetime(2024, 5, 13, 15, 20, tzinfo=SH),
        "2024年5月13日 星期一 中午12:30": datetime(2024, 5, 13, 12, 30, tzinfo=SH),
        "2024年5月13日 中午1:30": datetime(2024, 5, 13, 13, 30, tzinfo=SH),
        "2024-05-13 晚上 8:05": datetime(2024, 5, 13, 20, 5, tzinfo=SH),
    }
    for line, expected in cases.items():
        assert meta_of(article(line)).published == expected, line


def test_a_labelled_date_opening_the_first_paragraph_when_no_line_gives_one() -> None:
    notice = ("例稿名称：某某法院公告 发文日期：中华民国107年3月13日 发文字号：某字第70394号 主旨：公告拍卖事项，"
              + BODY[0] + BODY[1] + BODY[0])  # one long block: no short line to read a date from
    assert meta_of(make_page((TITLE, 1), notice, BODY[1])).published == datetime(2018, 3, 13, tzinfo=SH)
    prose = "会议于2018年3月13日召开，" + BODY[0] + BODY[1] + BODY[0]  # a date in the text, no label
    assert meta_of(make_page((TITLE, 1), prose, BODY[1])).published is None


def test_a_stated_meta_date_beats_a_relative_date_in_the_meta_line() -> None:
    head = (("article:published_time", "2019-09-07T05:51:23+00:00"),)
    got = meta_of(article("某某 • 4 小时 前", head=head)).published
    assert got == datetime(2019, 9, 7, 5, 51, 23, tzinfo=timezone.utc)
    alone = meta_of(article("某某 • 4 小时 前")).published
    assert alone == NOW - timedelta(hours=4)


def test_a_year_less_date_takes_the_year_of_the_same_day_in_the_raw_html() -> None:
    page = article("某某 2月21日")
    no_fallback = CleanerConfig(htmldate_fallback=False)

    def published(html: str) -> datetime | None:
        return find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback,
                         html=html).published

    images = '<img src="/img/2019/02/21/a.jpg"><img src="/img/2019/02/21/b.jpg"><img src="/2017/02/21/c.jpg">'
    assert published(images) == datetime(2019, 2, 21, tzinfo=SH)  # the most frequent year
    assert published('<img src="/img/2019/02/22/a.jpg">') == datetime(2025, 2, 21, tzinfo=SH)  # another day
    assert published('<img src="/img/92019/02/21/a.jpg">') == datetime(2025, 2, 21, tzinfo=SH)  # a longer number
    timed = article("某某 05-16 19:12")

    def published_timed(html: str) -> datetime | None:
        return find_meta(timed, timed.blocks[2:], title=TITLE, url=None, now=NOW, config=no_fallback,
                         html=html).published

    # 1558005120000 ms is 2019-05-16 19:12 in Shanghai: a timestamp on the printed minute.
    assert published_timed('<a data-created_at="1558005120000">') == datetime(2019, 5, 16, 19, 12, tzinfo=SH)
    assert published_timed('<a data-created_at="1558005180000">') == datetime(2025, 5, 16, 19, 12, tzinfo=SH)
    assert published_timed('<a data-id="x1558005120000">') == datetime(2025, 5, 16, 19, 12, tzinfo=SH)


def test_an_edited_at_date_after_the_answer_is_its_date() -> None:
    # A Q&A answer prints 编辑于 <date> in its action bar after the text: the date it shows.
    page = article("某某 心理咨询师", after=("编辑于 2014-09-25 160 条评论 感谢 分享 收藏 • 举报",))
    assert meta_of(page).published == datetime(2014, 9, 25, tzinfo=SH)
    prose = article(after=("某某说他在编辑部于 2014-09-25 当天完成了稿件的修改和校对工作",))  # no label
    assert meta_of(prose).published is None


def test_month_named_dates_of_blog_templates() -> None:
    cases = {
        "发布于新闻资讯 · 1 分钟阅读 · Apr 22, 2025": datetime(2025, 4, 22, tzinfo=SH),
        "四月 27, 2019 •生活科技 •": datetime(2019, 4, 27, tzinfo=SH),
        "September 3rd, 2019 10:20 某某": datetime(2019, 9, 3, 10, 20, tzinfo=SH),
        "十二月 1, 2020": datetime(2020, 12, 1, tzinfo=SH),
    }
    for line, expected in cases.items():
        assert meta_of(article(line)).published == expected, line
    assert meta_of(article("Mayday 5, 2019 某某")).published is None   # no month's name


def test_a_dated_byline_opening_the_article_gives_the_date() -> None:
    # A caption, then the byline with its date glued to the outlet's name, then the text.
    page = make_page((TITLE, 1), "点击图片可浏览相关图片", BODY[0], "某某网2025.04.01 张三/澜州报导", BODY[1])
    meta = find_meta(page, page.blocks[2:], title=TITLE, url=None, now=NOW, config=CONFIG)
    assert meta.published == datetime(2025, 4, 1, tzinfo=SH)
    prose = make_page((TITLE, 1), BODY[0], "2025年4月1日，澜州港开港", BODY[1])   # a sentence
    assert find_meta(prose, prose.blocks[1:], title=TITLE, url=None, now=NOW, config=CONFIG).published is None


def test_raw_years_scan_each_century_as_the_whole_pattern_would() -> None:
    # The raw HTML's full dates are searched once for 19xx and once for 20xx (a fast scan for a
    # literal start): the same matches as the pattern's one scan, 2019 and 1999 each counted.
    from cleaner.meta.years import _RAW_CENTURIES
    from cleaner.patterns import RAW_FULL_DATE
    html = ('<img src="/pic/2019/05/16/a.jpg"><a href="/1999-12-31/x">1999年12月31日</a> 12019-05-16 '
            '2019_05_16 201905-16 1920-05-06 2020-05-061 <b>2019.5.16</b>')
    whole = sorted((m.span(), m.groupdict()) for m in RAW_FULL_DATE.finditer(html))
    split = sorted(((m.span(), m.groupdict()) for p in _RAW_CENTURIES for m in p.finditer(html)),
                   key=lambda x: x[0])
    assert len(_RAW_CENTURIES) == 2 and len(whole) == 7
    assert split == whole
