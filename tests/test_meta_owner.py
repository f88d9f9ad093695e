"""meta.owner and meta.signature: a blog's or a self-media page's owner in a profile box beside
the article, a signature with what stands around its names; a JSON-LD author string of several
names, a Latin name after a role."""

from __future__ import annotations

from datetime import datetime

from cleaner import clean
from meta_pages import article, meta_of

NOW = datetime(2024, 6, 20, 12, 0)
PARAS = (
    "6月18日上午，位于澜州市滨河新区的城市书房正式向市民开放。开放首日，前来阅读、借书的市民络绎不绝，截至当天傍晚共接待读者三千余人次。",
    "城市书房建筑面积约八百平方米，设有少儿阅读区、自习区和自助借还区，藏书两万余册，全年无休，每天开放至晚上十点。",
    "“以前周末找个安静看书的地方不容易，现在步行十分钟就能到。”带着孩子前来的市民周女士说，她们一家住在附近的小区。",
    "据了解，今年全市还将新建城市书房十二处，优先布局在人口密集、公共文化设施相对薄弱的老旧小区和新建社区。",
)
TITLE = "滨河新区城市书房开放首日接待读者三千余人次"


def page(meta: str = "2024-05-12 09:30", after: str = "", tail: str = "", head: str = "") -> str:
    """An invented blog or news page: the headline, a meta line, four paragraphs, ``tail`` after
    them in the article, ``after`` beside the article (a sidebar), a list of related links."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_澜州新闻网</title>{head}</head>'
            '<body><div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">博客</a></div>'
            f'<div class="article"><h1>{TITLE}</h1><div class="info">{meta}</div>'
            f'<div class="content">{body}{tail}</div></div>{after}'
            '<div class="related"><h3>相关文章</h3><ul><li><a href="/1">市图书馆新馆建设进入装修收尾阶段</a></li>'
            '<li><a href="/2">第十届读书节将于四月举行</a></li></ul></div>'
            '<div class="footer">版权所有 © 2003-2024 澜州新闻网</div></body></html>')


def authors(html: str, dump: bool = False) -> tuple[str, ...]:
    """The authors clean() reads from ``html``, or from a text dump of its visible lines."""
    if dump:
        import re
        text = re.sub(r"<(?:script|style|title)\b.*?</(?:script|style|title)>", "", html, flags=re.S)
        text = re.sub(r"</?(?:p|div|h\d|li|ul|br)\b[^>]*>", "\n", text)
        text = "\n".join(line.strip() for line in re.sub(r"<[^>]+>", "", text).split("\n") if line.strip())
        return clean(text, now=NOW).authors
    return clean(html.encode(), now=NOW).authors


COUNTS = "粉丝 1280　关注 36　文章 215"


def test_the_owner_of_a_profile_box_beside_the_article() -> None:
    box = f'<div class="sidebar"><div class="profile"><a href="/u/1">半夏微凉</a><p>{COUNTS}</p><a href="#">+关注</a></div></div>'
    assert authors(page(after=box)) == ("半夏微凉",)
    assert authors(page(after=box), dump=True) == ("半夏微凉",)
    heading = '<div class="sidebar"><h3>博主</h3><a href="/u/1">林晓雯</a><a href="#">关注</a></div>'
    assert authors(page(after=heading)) == ("林晓雯",)
    inline = '<div class="sidebar"><p>博主：青山不语</p><p><a href="/u/1">作者主页</a></p></div>'
    assert authors(page(after=inline)) == ("青山不语",)
    glued = '<div class="sidebar"><a href="/u/1">moonriver</a><a href="/u/1">作者主页</a><a href="#">关注</a></div>'
    assert authors(page(after=glued)) == ("moonriver",)
    label = '<div class="sidebar"><a href="/u/1">太小心</a><p>[作者简介] (个人情况保密)</p></div>'
    assert authors(page(after=label)) == ("太小心",)
    # A byline on the article's own lines wins over the box.
    assert authors(page(meta="2024-05-12 09:30　作者：周建国", after=box)) == ("周建国",)
    # Boxes of other writers name no owner.
    two = ('<div class="sidebar">'
           f'<div class="profile"><a href="/u/2">孟凡</a><p>{COUNTS}</p><a href="#">+关注</a></div>'
           f'<div class="profile"><a href="/u/3">许静</a><p>{COUNTS}</p><a href="#">+关注</a></div></div>')
    assert authors(page(after='<div class="ad">广告</div>' + two)) == ()
    recommended = (f'<div class="sidebar"><h3>推荐作者</h3><div class="profile"><a href="/u/2">孟凡</a><p>{COUNTS}</p>'
                   '<a href="#">+关注</a></div></div>')
    assert authors(page(after=recommended)) == ()
    site = '<div class="foot"><p>澜州新闻网</p><p>+关注</p><p>扫码关注我们</p></div>'
    assert authors(page(after=site)) == ()
    # Above the headline, a follow button is a forum's or the site's.
    bar = '<div class="bar"><p>澜州港吧</p><p>关注</p><p>帖子</p></div>'
    html = page().replace('<div class="article">', bar + '<div class="article">')
    assert authors(html) == ()


def test_a_signature_with_a_dash_the_day_written_or_who_the_writer_is() -> None:
    assert authors(page(tail="<p>——周建国</p>")) == ("周建国",)
    assert authors(page(tail="<p>周建国 2024年6月7日于北京</p>")) == ("周建国",)
    assert authors(page(tail="<p>周建国　2024年6月7日</p>")) == ("周建国",)
    assert authors(page(tail="<p>周建国（作者系澜州大学经济学院教授）</p>")) == ("周建国",)
    assert authors(page(tail="<p>周建国</p>"), dump=True) == ("周建国",)
    # Not names: the end of the article, a day alone, a book's title after the dash.
    assert authors(page(tail="<p>——完——</p>")) == ()
    assert authors(page(tail="<p>2024年6月7日于北京</p>")) == ()
    assert authors(page(tail="<p>——摘自《澜州文史》</p>")) == ()
    assert authors(page(tail="<p>（作者系澜州大学经济学院教授）</p>")) == ()


def test_json_ld_author_string_of_several_names() -> None:
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":"%s"}</script>'
    assert authors(page(head=ld % "周建国、林晓雯")) == ("周建国", "林晓雯")
    assert authors(page(head=ld % "周建国,林晓雯")) == ("周建国", "林晓雯")
    assert authors(page(head=ld % "澜州日报")) == ()


def test_a_latin_name_after_a_role_is_one_name() -> None:
    assert meta_of(article("作者：Emily Carter　翻译：林晓雯")).authors == ("Emily Carter",)
    assert meta_of(article("作者：Emily Carter, Tom Lee")).authors == ("Emily Carter", "Tom Lee")
    assert meta_of(article("作者：moonriver")).authors == ("moonriver",)


def test_a_commenters_name_under_the_comments_heading_is_no_author() -> None:
    comments = ('<div class="comments"><h3>网友评论</h3><div class="c"><span>作者：王小明</span> '
                '<span>2024-06-19 12:00</span><p>书房环境很好，周末带孩子去看看。</p></div></div>')
    assert authors(page(after=comments)) == ()
    assert authors(page(after=comments), dump=True) == ()
    # the article's own byline after its last paragraph, above the comments, is still read
    byline = "<p>作者：林青</p>"
    assert authors(page(tail=byline, after=comments)) == ("林青",)
    assert authors(page(tail=byline, after=comments), dump=True) == ("林青",)
