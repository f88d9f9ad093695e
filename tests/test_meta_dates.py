"""meta.dates: the published date, its forms, its year and zone, and where it may come from."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cleaner.config import CleanerConfig
from cleaner.meta import find_meta
from meta_pages import BODY, CONFIG, NOW, SH, TITLE, article, meta_of


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
