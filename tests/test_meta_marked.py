"""Metadata the page marks up for machines (``<time datetime>``, itemprop datePublished, JSON-LD
authors) and the decoys beside it, on invented article pages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner import clean
from cleaner.config import CleanerConfig

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2024, 6, 20, 12, 0, tzinfo=SH)
HEADLINE = "东郊湿地公园迎来今年首批越冬候鸟"
PARAGRAPHS = (
    "澜州市东郊的湿地公园迎来了今年第一批越冬候鸟，监测人员在核心保护区记录到白鹭、苍鹭等水鸟四十余种。",
    "湿地公园管理处负责人介绍，近年来公园持续开展退塘还湿和水系连通工程，水质明显改善，鸟类栖息环境不断优化。",
    "为减少对候鸟的干扰，公园在观鸟季实行分区限流，游客需在指定观鸟台活动，不得投喂、驱赶或使用无人机拍摄。",
    "管理处同时招募了一批志愿者，在周末为市民讲解鸟类知识，引导大家文明观鸟，共同守护这片城市绿肺。",
)


def page(meta: str, *, head: str = "", side: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<html><head><meta charset="utf-8"><title>{HEADLINE}_澜州新闻网</title>{head}</head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">本地</a> <a href="/c">民生</a></div>'
            f'<div class="side">{side}</div><div class="article"><h1>{HEADLINE}</h1>{meta}'
            f'<div class="content">{body}</div></div>{after}'
            '<div class="footer">版权所有 © 2003-2024 澜州新闻网</div></body></html>')


def test_a_time_element_lends_its_time_of_day_to_the_date_it_prints() -> None:
    """A ``<time>`` printing 3月14日 or 2024-03-14 keeps the time in its attribute; a related
    link's ``<time>`` of the same day, earlier in the page, prints something else and lends none."""
    side = '<ul><li><a href="/x">湿地志愿者招募启动</a> <time datetime="2024-03-14T08:20:00+08:00">3月14日</time></li></ul>'
    for shown in ("2024-03-14", "3月14日"):
        meta = f'<div class="info"><time datetime="2024-03-14T16:31:00+08:00">{shown}</time> <span>来源：青禾晚报</span></div>'
        art = clean(page(meta, side=side if shown == "2024-03-14" else ""), now=NOW)
        assert art.published == datetime(2024, 3, 14, 16, 31, tzinfo=SH), (shown, art.published)
    # In UTC, its day the same as the printed one once in the page's zone.
    meta = '<div class="info"><time datetime="2024-03-14T08:31:00Z">2024-03-14</time> <span>来源：青禾晚报</span></div>'
    assert clean(page(meta), now=NOW).published == datetime(2024, 3, 14, 16, 31, tzinfo=SH)


def test_itemprop_date_published_is_a_stated_date_and_date_modified_none() -> None:
    """An element marked itemprop="datePublished" (its content or datetime) dates the page when
    it prints no date; the dateModified beside it does not (htmldate took the modified one)."""
    meta = ('<div class="info"><span itemprop="dateModified" content="2024-04-13T09:15:00+08:00"></span>'
            '<span itemprop="datePublished" content="2024-03-14T16:31:00+08:00"></span><span>来源：青禾晚报</span></div>')
    art = clean(page(meta), now=NOW)
    assert art.published == datetime(2024, 3, 14, 16, 31, tzinfo=SH)
    assert dict(art.provenance)["published"] == "marked-up datePublished"
    meta = ('<div class="info"><time itemprop="datePublished" datetime="2024-03-14T16:31:00+08:00">3月14日</time>'
            '<span>来源：青禾晚报</span></div>')
    assert clean(page(meta), now=NOW).published == datetime(2024, 3, 14, 16, 31, tzinfo=SH)


def test_a_comment_time_of_the_same_day_lends_no_time() -> None:
    """A date printed without a time and no ``<time>`` of its own keeps 00:00 beside a comment's
    ``<time>`` of that day; the article's ``<time pubdate>`` after the comments still lends its time."""
    comments = ('<div class="comments"><h3>网友评论</h3><span>网友小米</span> '
                '<time datetime="2024-03-14T21:05:00+08:00">2024-03-14 21:05</time><p>希望多建几个观鸟台。</p></div>')
    meta = '<div class="info"><span>2024-03-14</span> <span>来源：青禾晚报</span></div>'
    assert clean(page(meta, after=comments), now=NOW).published == datetime(2024, 3, 14, tzinfo=SH)
    stamp = '<div class="stamp"><time pubdate datetime="2024-03-14T16:31:00+08:00">2024-03-14</time></div>'
    assert clean(page(meta, after=comments + stamp), now=NOW).published == datetime(2024, 3, 14, 16, 31, tzinfo=SH)


def test_json_ld_authors_as_a_list_or_as_strings() -> None:
    """JSON-LD gives its authors as a list of Persons, a name, or a list of names; an outlet's
    name there is none."""
    meta = '<div class="info"><span>2024-03-14 16:31</span> <span>来源：青禾晚报</span></div>'
    for author, expected in (('[{"@type":"Person","name":"林晓雯"},{"@type":"Person","name":"孟凡"}]', ("林晓雯", "孟凡")),
                             ('"林晓雯"', ("林晓雯",)), ('["林晓雯","孟凡"]', ("林晓雯", "孟凡")),
                             ('"青禾晚报"', ())):
        head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                f'"author":{author},"publisher":{{"@type":"Organization","name":"澜州新闻网"}}}}</script>')
        assert clean(page(meta, head=head), now=NOW).authors == expected, author


def test_a_photographer_after_the_writer_is_no_author() -> None:
    """文/X 图/Y, 摄影|Y: the names after the photographer's role are the photographer's."""
    for byline in ("文/林晓雯 图/孟凡", "文｜林晓雯　摄影｜孟凡", "记者 林晓雯 视频/孟凡"):
        meta = f'<div class="info"><span>2024-03-14 16:31</span> <span>来源：青禾晚报</span></div><p>{byline}</p>'
        assert clean(page(meta), now=NOW).authors == ("林晓雯",), byline


def test_an_author_cards_join_date_is_no_publication_date() -> None:
    """加入时间：<date> under an author card after the article is when the writer joined."""
    card = '<div class="card"><h4>作者简介</h4><p>林晓雯</p><p>加入时间：2019-03-01</p></div>'
    meta = '<div class="info"><span>来源：青禾晚报</span></div>'
    art = clean(page(meta, after=card), now=NOW, config=CleanerConfig(htmldate_fallback=False))
    assert art.published is None and art.authors == ("林晓雯",)
    card = card.replace("加入时间", "发布时间")   # a labelled publication date there is read
    art = clean(page(meta, after=card), now=NOW, config=CleanerConfig(htmldate_fallback=False))
    assert art.published == datetime(2019, 3, 1, tzinfo=SH)


def test_microdata_authors_as_text_or_several_persons() -> None:
    """itemprop="author" holding the name as its text (no Person), and two authors each marked
    up as a Person, beside a meta line that labels neither."""
    person = '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{}</span></span>'
    for marked, expected in (('<span itemprop="author">林晓雯</span>', ("林晓雯",)),
                             ('<a itemprop="author" href="/u/7">林晓雯</a>', ("林晓雯",)),
                             (person.format("林晓雯") + " " + person.format("孟凡"), ("林晓雯", "孟凡"))):
        meta = f'<div class="info"><span>2024-03-14 16:31</span> <span>来源：青禾晚报</span> {marked}</div>'
        assert clean(page(meta), now=NOW).authors == expected, marked
