"""meta.dates: the dates a page prints that are not its publication date (an update's over a
stated published date, a comment's stamp, related links' dates, a header's date over the
breadcrumb, an author card's join date), and the year a dump's own lines lend."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner import clean

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2024, 6, 20, 12, 0, tzinfo=SH)
HEADLINE = "北岸社区卫生服务站延长夜间门诊时间"
PARAGRAPHS = (
    "记者从北岸街道了解到，社区卫生服务站自本周起将夜间门诊延长至晚上九点，方便下班后的居民就近看病拿药。",
    "服务站负责人介绍，夜间门诊安排全科医生和护士各两名，可以提供常见病诊疗、慢病配药和预防接种咨询等服务。",
    "“以前下班赶过来已经关门了，只能第二天请假再来。”在附近工厂上班的居民老孙说，现在方便多了。",
    "街道表示，将根据夜间就诊人数适时调整排班，并在服务站门口公示值班医生名单和联系电话。",
)


def _html(meta: str = "", head: str = "", after: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE}_北岸新闻网</title>{head}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/a">社区</a> <a href="/b">民生</a> <a href="/c">健康</a></div>
<div class="article"><h1>{HEADLINE}</h1>
<div class="info">{meta}<span>来源：北岸晨报</span></div>
<div class="content">{body}</div></div>
{after}
<div class="footer">北岸新闻网 版权所有</div></body></html>"""


def _dump(*lines: str, after: tuple[str, ...] = (), top: tuple[str, ...] = ()) -> str:
    return "\n".join((*top, HEADLINE, *lines, *PARAGRAPHS, *after, "北岸新闻网 版权所有")) + "\n"


COMMENTS = ('<div class="comments"><h3>网友评论</h3><div><span>网友阿岚</span> <span>2024-06-19 21:40 发表</span>'
            '<p>这个安排很贴心。</p></div></div>')
RELATED = ('<div class="rel"><h3>相关阅读</h3><ul><li><a href="/r1">社区食堂新增晚餐供应</a> <span>2024-06-11</span></li>'
           '<li><a href="/r2">老旧小区加装电梯启动报名</a> <span>2024-06-14 09:20</span></li></ul></div>')


def test_update_only_meta_line_gives_way_to_the_stated_published_date() -> None:
    for printed in ("最后更新：2024-05-08 17:20", "更新于 2024-05-08 17:20", "2024-05-08 17:20 更新"):
        for head in ('<meta property="article:published_time" content="2024-05-07T08:05:00+08:00">',
                     '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":'
                     '"2024-05-08T17:20:00+08:00","datePublished":"2024-05-07T08:05:00+08:00"}</script>'):
            art = clean(_html(f"<span>{printed}</span> ", head), now=NOW)
            assert art.published == datetime(2024, 5, 7, 8, 5, tzinfo=SH), (printed, head)
    # A "published" date after the update is no publication date of the page (a head refreshed
    # on each visit): the update, the page's only printed date, stays.
    head = '<meta property="article:published_time" content="2024-05-09T08:05:00+08:00">'
    art = clean(_html("<span>更新时间：2024-05-08 17:20</span> ", head), now=NOW)
    assert art.published == datetime(2024, 5, 8, 17, 20, tzinfo=SH)


def test_a_comment_or_related_link_date_does_not_date_a_page_stating_none() -> None:
    for after in (COMMENTS, RELATED, COMMENTS + RELATED):
        assert clean(_html(after=after), now=NOW).published is None, after
    # A date line of the page's own under its article still dates it.
    art = clean(_html(after='<p class="pubtime">2024-05-07 08:05</p>' + COMMENTS), now=NOW)
    assert art.published == datetime(2024, 5, 7, 8, 5, tzinfo=SH)


def test_a_dump_s_related_list_dates_are_not_its_own() -> None:
    after = ("相关阅读", "社区食堂新增晚餐供应", "2024-06-11", "老旧小区加装电梯启动报名", "2024-06-14 09:20")
    assert clean(_dump("来源：北岸晨报", after=after), now=NOW).published is None
    after = ("网友评论", "网友阿岚", "2024-06-19 21:40 发表", "这个安排很贴心。")
    assert clean(_dump("来源：北岸晨报", after=after), now=NOW).published is None


def test_a_dump_s_header_date_over_the_breadcrumb_is_not_its_own() -> None:
    top = ("2024年6月20日 星期四 登录 注册", "首页 社区 民生 健康 教育 文旅", "首页 > 民生 > 正文")
    assert clean(_dump("来源：北岸晨报", top=top), now=NOW).published is None
    # Under the breadcrumb, right over the headline, the date line is the article's.
    top = ("登录 注册", "首页 > 民生 > 正文", "2024年5月7日 星期二")
    assert clean(_dump("来源：北岸晨报", top=top), now=NOW).published == datetime(2024, 5, 7, tzinfo=SH)


def test_an_author_card_s_join_date_is_no_publication_date() -> None:
    text = "\n".join(("作者简介", "梁文舟", "加入时间：2019-03-01", *PARAGRAPHS, "北岸新闻网 版权所有")) + "\n"
    assert clean(text, now=NOW).published is None


def test_a_dump_s_own_full_date_lends_its_year() -> None:
    # The meta line prints no year; the article names the day with its year (the page is of
    # 2023, cleaned in 2024): the year is the article's, as the raw HTML would give it.
    lines = ("04-13 16:31 来源：北岸晨报",)
    text = _dump(*lines).replace(PARAGRAPHS[0], "2023年4月13日上午，" + PARAGRAPHS[0])
    assert clean(text, now=NOW).published == datetime(2023, 4, 13, 16, 31, tzinfo=SH)
    # No full date of that day: the year of now, as documented.
    assert clean(_dump(*lines), now=NOW).published == datetime(2024, 4, 13, 16, 31, tzinfo=SH)


def test_a_page_s_modified_time_is_no_publication_date() -> None:
    for head in ('<meta property="article:modified_time" content="2024-05-08T17:20:00+08:00">',
                 '<meta name="lastmodifiedtime" content="2024-05-08 17:20:00">'):
        assert clean(_html(head=head), now=NOW).published is None, head
