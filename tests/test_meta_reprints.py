"""Sources where sites never seen print them: a reprint mark at the head or the tail of the body
(本文来自X, 本文经授权转载自X, 本文来自微信公众号“X”（ID：…），作者：Y), told from the disclaimers
that open the same way (本文来自网络，如有侵权…) by the shape of the value; a related item's 来源
under an end marker; an outlet whose name opens with a label word (时间财经); a glued 原文： and
文：; a dateline on a line of its own with its credit; a neutral date attribute (data-time)
under the headline. Every page is invented, cleaned as HTML and as a text dump."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner import clean

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2024, 6, 20, 12, 0, tzinfo=SH)
HEADLINE = "滨河新区城市书房开放首日接待读者三千余人次"
PARAGRAPHS = (
    "位于澜州市滨河新区的城市书房正式向市民开放。开放首日，前来阅读、借书的市民络绎不绝，截至当天傍晚共接待读者三千余人次。",
    "城市书房建筑面积约八百平方米，设有少儿阅读区、自习区和自助借还区，藏书两万余册，全年无休，每天开放至晚上十点。",
    "据了解，今年全市还将新建城市书房十二处，优先布局在人口密集、公共文化设施相对薄弱的老旧小区和新建社区。",
)
RELATED = ("<div class='rel'><h3>相关阅读</h3><ul><li><a href='/x1'>市图书馆延长开放时间</a> <span>来源：北岭商报</span>"
           " <span>2024-06-10</span></li><li><a href='/x2'>社区阅读点年内再添五处</a> <span>2024-06-12 08:30</span></li></ul></div>")


def _html(meta: str, *, pre: str = "", tail: str = "", after: str = "", top: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><meta charset='utf-8'><title>{HEADLINE}_澜州新闻网</title></head><body>"
            f"<div class='top'>{top}<a href='/login'>登录</a></div>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/a'>要闻</a> <a href='/b'>文化</a></div>"
            f"<div class='article'><h1>{HEADLINE}</h1><div class='info'>{meta}</div>"
            f"<div class='content'>{pre}{body}{tail}</div></div>{after}"
            f"<div class='footer'>版权所有 © 2003-2024 澜州新闻网</div></body></html>")


def _dump(meta: str, *, pre: str = "", tail: str = "", after: str = "") -> str:
    lines = ("首页 要闻 文化", HEADLINE, re.sub(r"<[^<>]*>", "", meta), *([pre] if pre else []), *PARAGRAPHS, *([tail] if tail else []),
             *after, "版权所有 © 2003-2024 澜州新闻网")
    return "\n".join(lines) + "\n"


def _both(meta: str, *, pre: str = "", tail: str = "", related: bool = False):
    """The articles of the page as HTML and as a text dump."""
    html = _html(meta, pre=f"<p>{pre}</p>" if pre else "", tail=f"<p>{tail}</p>" if tail else "",
                 after=RELATED if related else "")
    dump = _dump(meta, pre=pre, tail=tail,
                 after=("相关阅读", "市图书馆延长开放时间 来源：北岭商报 2024-06-10") if related else ())
    return clean(html, now=NOW), clean(dump, now=NOW)


def test_a_reprint_mark_names_the_source_at_the_head_or_the_tail() -> None:
    """本文来自X and 本文经授权转载自X name the source where X reads as an outlet's or an
    account's name; on the base code each gave none."""
    shapes = {
        "本文来自澜江日报。": ("澜江日报", ()),
        "本文经授权转载自滨海都市报": ("滨海都市报", ()),
        "本文经授权转载自微信公众号“青禾读书会”。": ("青禾读书会", ()),
        "本文来自微信公众号“城事观察”（ID：cityview），作者：林晓雯": ("城事观察", ("林晓雯",)),
        "本文来自东岸新闻网，作者：孟凡": ("东岸新闻网", ("孟凡",)),
        "本文来自“山河札记”": ("山河札记", ()),
    }
    for mark, (source, authors) in shapes.items():
        for where in ("pre", "tail"):
            for article in _both("<span>2024-05-16 09:30</span>", **{where: mark}):
                assert (article.source, article.authors) == (source, authors), (mark, where)
                assert article.published == datetime(2024, 5, 16, 9, 30, tzinfo=SH)


def test_a_disclaimer_opening_like_a_reprint_mark_names_no_source() -> None:
    """A disclaimer's 本文来自 names no outlet (网络, 投稿, 用户上传, 互联网, a writer's 投稿, a
    platform's 自媒体, a name with no outlet's ending and no ID or writer after it): no source,
    and the meta line's source is kept beside one."""
    for mark in ("本文来自网络，如有侵权请联系删除。", "本文来自投稿，不代表本站立场，转载请注明出处。",
                 "本文来自用户上传，版权归原作者所有。", "本文来自互联网用户投稿，该文观点仅代表作者本人。",
                 "本文来自互联网，如有侵权请联系删除。", "本文来自作者林晓雯投稿，不代表本站观点。",
                 "本文来自网易号自媒体，不代表平台观点。", "本文来自城事观察"):
        for where in ("pre", "tail"):
            for article in _both("<span>2024-05-16 09:30</span>", **{where: mark}):
                assert article.source is None, (mark, where)
            for article in _both("<span>2024-05-16 09:30</span> <span>来源：澜江日报</span>", **{where: mark}):
                assert article.source == "澜江日报", (mark, where)


def test_a_related_items_source_under_an_end_marker_is_not_the_articles() -> None:
    """The 来源 of an item under 相关阅读 is another article's: no source where the page has none
    (the base code took it), and the article's own closing （来源：X） stands beside it (the base
    code read two sources there, credits of images, and took none)."""
    for article in _both("<span>2024-05-16 09:30</span>", related=True):
        assert article.source is None
    for article in _both("<span>2024-05-16 09:30</span>", tail="（来源：澜江日报）", related=True):
        assert article.source == "澜江日报"
    for article in _both("<span>2024-05-16 09:30</span>", tail="本文转载自滨海都市报。", related=True):
        assert article.source == "滨海都市报"


def test_an_outlet_named_with_a_label_word_is_read() -> None:
    """时间财经, 作者之家, 编辑部的故事, 来源网: a label word opening the value, words after it and
    no colon; the base code refused them. A label word with its own value (时间：, 作者：) or a
    count (阅读数) stays no source."""
    for outlet in ("时间财经", "作者之家", "编辑部的故事", "来源网", "阅读周刊"):
        for meta in (f"<span>2024-05-16 09:30</span> <span>来源：{outlet}</span>",
                     f"<span>2024-05-16 09:30</span> 来源：{outlet} 作者：孟凡",
                     f"发布时间：2024-05-16 09:30 | 来源：{outlet} | 责任编辑：钱敏"):
            for article in _both(meta):
                assert article.source == outlet, meta
    for meta in ("来源：时间：2024-05-16 09:30", "<span>2024-05-16 09:30</span> 来源： 作者：孟凡",
                 "<span>2024-05-16 09:30</span> 来源：<span>阅读数</span> 128"):
        for article in _both(meta):
            assert article.source is None, meta


def test_a_glued_address_or_writers_label_ends_the_value_before_it() -> None:
    """来源：X原文：<address> is X (the base code kept the address); 编辑：X文：Y is the editor X and
    the writer Y (the base code gave the editor 'X文:Y' and no writer)."""
    for article in _both("<span>2024-05-16 09:30</span> 来源：青禾网原文：http://www.qinghe.cn/a/1.html"):
        assert article.source == "青禾网"
    for article in _both("<span>2024-05-16 09:30</span> 来源：澜江日报 编辑：钱敏文：欧阳明远"):
        assert (article.source, article.editor, article.authors) == ("澜江日报", "钱敏", ("欧阳明远",))


def test_a_dateline_on_a_line_of_its_own_with_its_credit_names_the_original_source() -> None:
    """某某晨报讯（记者 X） printed as a paragraph of its own over the article: the original source,
    however long the credit (the base code read it only up to twelve characters in all)."""
    for article in _both("<span>2024-05-16 09:30</span>", pre="南湖晨报讯（记者 欧阳明远）"):
        assert article.original_source == "南湖晨报"
        assert article.authors == ("欧阳明远",)
    for article in _both("<span>2024-05-16 09:30</span>", pre="本报讯（记者 欧阳明远 通讯员 林晓雯）"):
        assert article.original_source is None


def test_a_neutral_date_attribute_under_the_headline_dates_the_page() -> None:
    """An empty element's data-time or ctime (a script prints it) in the meta line is the date
    when nothing else gives one (the base code gave none); one in the top bar or under the
    article (a comment's), or two different values, date nothing."""
    ts = int(datetime(2024, 5, 16, 9, 30, tzinfo=SH).timestamp())
    src = "<span>来源：澜江日报</span>"
    for attr in (f'data-time="{ts}"', f'ctime="{ts}"', f'data-time="{ts * 1000}"', 'data-time="2024-05-16 09:30:00"'):
        article = clean(_html(f"<span class='time' {attr}></span> {src}"), now=NOW)
        assert article.published == datetime(2024, 5, 16, 9, 30, tzinfo=SH), attr
        assert article.source == "澜江日报"
    comment = f"<div class='comments'><h3>网友评论</h3><span class='time' data-time='{ts + 86400}'></span><p>很好。</p></div>"
    top = f"<span class='today' data-time='{ts + 86400 * 30}'></span>"
    for html in (_html(src, after=comment), _html(src, top=top),
                 _html(f"<span data-time='{ts}'></span><span data-time='{ts + 600}'></span> {src}")):
        assert clean(html, now=NOW).published is None
    article = clean(_html(f"<span class='time' data-time='{ts}'></span> {src}", after=comment), now=NOW)
    assert article.published == datetime(2024, 5, 16, 9, 30, tzinfo=SH)
