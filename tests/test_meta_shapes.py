"""cleaner.meta on meta-line shapes of sites never seen: accounts named 某某发布, reprint marks,
bracketed labels, update dates beside the published one, dates in ROC numbers or Chinese numerals
and meta lines printed after the article (invented pages)."""

from __future__ import annotations

from datetime import datetime

from meta_pages import NOW, article, meta_of

from cleaner import clean


def _when(page) -> str | None:  # noqa: ANN001
    got = meta_of(page).published
    return got.strftime("%Y-%m-%d %H:%M") if got else None


# --- source -------------------------------------------------------------------------------------

def test_a_press_office_account_ending_in_fabu_is_kept_whole() -> None:
    assert meta_of(article("2025-08-26 10:00 来源：澜州发布")).source == "澜州发布"
    assert meta_of(article("2025-08-26 10:00 来源：澜州发布客户端")).source == "澜州发布客户端"
    assert meta_of(article("2025-08-26 10:00 来源：澜州发布（ID：lzfb2025）")).source == "澜州发布"
    # a 发布时间 label glued after the account's own 发布 still ends the value
    assert meta_of(article("来源：澜州发布发布时间：2025-08-26 10:00")).source == "澜州发布"


def test_reprint_marks_name_the_source() -> None:
    assert meta_of(article("2025-08-26 10:00", after=("本文首发于青禾周刊",))).source == "青禾周刊"
    assert meta_of(article("2025-08-26 10:00", after=("（原载青禾晚报）",))).source == "青禾晚报"
    assert meta_of(article("2025-08-26 10:00", after=("本文原载于《青禾晚报》",))).source == "青禾晚报"
    assert meta_of(article("2025-08-26 10:00 转载自青禾晚报")).source == "青禾晚报"
    assert meta_of(article("2025-08-26 10:00 来源于：青禾新闻网")).source == "青禾新闻网"


def test_platform_words_around_an_account_or_outlet() -> None:
    page = article("2025-08-26 10:00 来源：微信公众号“青禾读书”（ID：qhds01）")
    assert meta_of(page).source == "青禾读书"
    assert meta_of(article("2025-08-26 10:00 来源：青禾晚报 客户端")).source == "青禾晚报客户端"


def test_a_bracketed_label_without_a_colon() -> None:
    got = meta_of(article("2025-08-26 10:00", "【作者】林晓雯 【来源】青禾晚报"))
    assert (got.source, got.authors) == ("青禾晚报", ("林晓雯",))


def test_a_date_glued_after_the_source_is_no_part_of_it() -> None:
    got = meta_of(article("来源：青禾晚报2025-08-26 10:00"))
    assert got.source == "青禾晚报"
    assert got.published == datetime(2025, 8, 26, 10, 0, tzinfo=NOW.tzinfo)


# --- published ----------------------------------------------------------------------------------

def test_the_published_date_wins_over_the_updated_one() -> None:
    assert _when(article("更新时间：2025-08-21 09:00 发布时间：2025-08-20 08:30")) == "2025-08-20 08:30"
    assert _when(article("最后更新：2025-08-21 09:00 发表于：2025-08-20 08:30")) == "2025-08-20 08:30"
    assert _when(article("修改于 2025-08-21 09:00", "发布于 2025-08-20 08:30")) == "2025-08-20 08:30"
    assert _when(article("首发 2025-08-20 08:30 更新 2025-08-21 09:00")) == "2025-08-20 08:30"
    # an update's date alone is still the page's date
    assert _when(article("更新时间：2025-08-21 09:00")) == "2025-08-21 09:00"


def test_a_meta_line_printed_after_the_article() -> None:
    page = article(after=("2025-08-20 10:30 来源：青禾都市报 作者：林晓雯",))
    assert _when(page) == "2025-08-20 10:30"
    page = article(after=("2025-08-20 10:30 来源：青禾发布（ID：qhfb）",))
    assert _when(page) == "2025-08-20 10:30"


def test_roc_dates_in_numbers_and_dates_in_chinese_numerals() -> None:
    assert _when(article("發佈日期：114-08-20")) == "2025-08-20 00:00"
    assert _when(article("来源：澜州市教育局", after=("澜州市教育局", "二〇二五年八月二十日"))) == "2025-08-20 00:00"
    assert _when(article("成文日期：二〇二五年七月三十一日 发布机构：澜州市教育局")) == "2025-07-31 00:00"
    # the signature's date gives way to a labelled publication date after it
    page = article(after=("澜州市教育局", "二〇二五年八月二十日", "发布日期：2025-08-22 10:00"))
    assert _when(page) == "2025-08-22 10:00"


def test_a_word_ending_in_shijian_labels_no_date() -> None:
    # a related item's headline ending in 时间 (延长开放时间) and its date: not the article's
    page = article(after=("相关阅读", "市图书馆延长开放时间 2025-08-10"))
    assert _when(page) is None


# --- whole pages and their dumps ---------------------------------------------------------------

_PAGE = """<html><head><meta charset="utf-8"><title>滨河新区城市书房开放_澜州新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">文化</a></div>
<div class="article"><h1>滨河新区城市书房开放</h1>
<div class="info"><span>更新时间：2025-08-21 09:00</span> <span>发布时间：2025-08-20 08:30</span> <span>来源：澜州发布</span></div>
<div class="content">
<p>8月18日上午，位于澜州市滨河新区的城市书房正式向市民开放，开放首日接待读者三千余人次，市民反响热烈。</p>
<p>城市书房建筑面积约八百平方米，设有少儿阅读区、自习区和自助借还区，藏书两万余册，每天开放至晚上十点。</p>
<p>据了解，今年全市还将新建城市书房十二处，优先布局在人口密集、公共文化设施相对薄弱的老旧小区。</p>
</div></div><div class="footer">版权所有 澜州新闻网</div></body></html>"""


def test_a_page_and_its_dump_read_the_published_date_and_the_account() -> None:
    dump = ("滨河新区城市书房开放\n更新时间：2025-08-21 09:00 发布时间：2025-08-20 08:30 来源：澜州发布\n"
            + "\n".join(p.split(">", 1)[1].split("<", 1)[0] for p in _PAGE.split("\n") if p.startswith("<p>")))
    for data in (_PAGE, dump):
        art = clean(data, now=NOW)
        assert art.published == datetime(2025, 8, 20, 8, 30, tzinfo=NOW.tzinfo)
        assert art.source == "澜州发布"
