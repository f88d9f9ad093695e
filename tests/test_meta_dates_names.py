"""meta.dates: the published time a page states in markup under a name of its own site system
(a ``<meta>`` name read by its parts, a ``data-pub…`` attribute), a time stated in UTC, and the
year a page's address lends a date printed without one."""

from __future__ import annotations

from datetime import datetime

from cleaner import clean
from test_meta_dates_decoys import HEADLINE, NOW, PARAGRAPHS, SH, _html   # the page, its dates elsewhere

PUBLISHED = datetime(2024, 5, 7, 8, 30, tzinfo=SH)
MODIFIED = "2024-06-02 09:15:00"


def test_a_meta_name_is_read_by_its_parts() -> None:
    """A ``<meta>`` name outside the listed ones names the publication's time by its parts
    (publish, pub, release, issue, post, create with a date or a time), beside a page's last
    change (lastmodifiedtime), which is no publication date."""
    for name in ("createDate", "publishedtime", "Published", "pubtime", "ArticlePublishTime", "release_time",
                 "issueDate", "post_date", "creation_date", "page:publish_time", "sina:pubdate"):
        attr = "property" if ":" in name else "name"
        head = f'<meta name="lastmodifiedtime" content="{MODIFIED}"><meta {attr}="{name}" content="2024-05-07 08:30:00">'
        assert clean(_html(head=head), now=NOW).published == PUBLISHED, name
    # The listed names come first; a publication's name before a creation's.
    head = ('<meta name="createDate" content="2024-05-06 17:00:00"><meta name="publishedtime" content="2024-05-07 08:30:00">')
    assert clean(_html(head=head), now=NOW).published == PUBLISHED
    head = ('<meta name="createDate" content="2024-05-06 17:00:00"><meta name="pubdate" content="2024-05-07 08:30:00">')
    assert clean(_html(head=head), now=NOW).published == PUBLISHED
    # A name of an id, a publisher or an issue's number holds no date (a number is no timestamp there).
    for name in ("publish_id", "pubid", "post_id", "publisher", "issue"):
        head = f'<meta name="{name}" content="1591234567">'
        assert clean(_html(head=head), now=NOW).published is None, name


def test_a_change_expiry_or_crawl_time_is_no_publication_date() -> None:
    """A ``<meta>`` naming a change, an expiry, a crawl or an edit: htmldate's date, when it is
    that one, is none, and the page states no date."""
    for name in ("updatetime", "update_time", "lastupdate", "article:expiration_time", "expires", "crawl_time",
                 "edittime"):
        attr = "property" if ":" in name else "name"
        head = f'<meta {attr}="{name}" content="{MODIFIED}">'
        assert clean(_html(head=head), now=NOW).published is None, name
        # Beside a creation's name, the creation's.
        art = clean(_html(head=head + '<meta name="createDate" content="2024-05-07 08:30:00">'), now=NOW)
        assert art.published == PUBLISHED, name


def test_a_utc_time_htmldate_reads_keeps_its_zone() -> None:
    """A time stated in UTC (…Z) where only htmldate reads it (an empty ``<time>``, a Next.js
    page's data) is that instant, not the same clock time in the page's zone."""
    utc = "2024-05-07T00:30:00.000Z"
    for page in (_html(meta=f'<time datetime="{utc}"></time>'),
                 _html(head='<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":'
                            f'{{"article":{{"title":"t","createdAt":"{utc}","updatedAt":"2024-06-02T01:15:00.000Z"}}}}}}}}</script>')):
        assert clean(page, now=NOW).published == PUBLISHED
    art = clean(_html(head=f'<script>window.__DATA__={{"article":{{"publishedAt":"{utc}"}}}}</script>'), now=NOW)
    assert art.published == PUBLISHED
    # A comment's stamp marked up in UTC and printed in the page's zone is the comment's.
    comments = ('<div class="comments"><h3>网友评论</h3><div><span>网友小航</span> <time datetime="2024-06-19T04:00:00.000Z">'
                '2024-06-19 12:00</time><p>终于通航了。</p></div></div>')
    assert clean(_html(after=comments), now=NOW).published is None


def test_the_address_lends_its_year_to_a_date_printed_without_one() -> None:
    """A meta line printing 5月7日 08:30 on a page whose address holds its day (/2023/0507/,
    /20230507/, a TRS page's t20230507_…): that year, the HTML and its text dump alike."""
    want = datetime(2023, 5, 7, 8, 30, tzinfo=SH)
    for url in ("https://news.example.cn/jt/2023/0507/1234.html", "https://news.example.cn/jt/20230507/1234.html",
                "https://news.example.cn/jt/202305/t20230507_1234.html"):
        for printed in ("5月7日 08:30", "05-07 08:30"):
            page = _html(meta=f"<span>{printed}</span> ")
            assert clean(page, now=NOW, url=url).published == want, (url, printed)
            dump = "\n".join((HEADLINE, f"{printed} 来源：北岸晨报", *PARAGRAPHS)) + "\n"
            assert clean(dump, now=NOW, url=url).published == want, (url, printed)
    # An address of another day lends nothing: the year of now.
    page = _html(meta="<span>5月7日 08:30</span> ")
    assert clean(page, now=NOW, url="https://news.example.cn/jt/2023/0612/1234.html").published == PUBLISHED
    # The TRS address alone dates the page.
    art = clean(_html(), now=NOW, url="https://news.example.cn/jt/202305/t20230507_1234.html")
    assert art.published is not None and art.published.date() == want.date()


def test_a_data_pub_attribute_states_the_time_once_a_page() -> None:
    """``<span data-publish-time="1715…">`` (seconds or milliseconds, the script prints it): the
    published time, when the page holds one such value; a related list's several are none."""
    stamp = int(PUBLISHED.timestamp())
    for attr, value in (("data-publish-time", stamp), ("data-pubtime", stamp * 1000), ("data-published", stamp)):
        art = clean(_html(meta=f'<span class="time" {attr}="{value}"></span>'), now=NOW)
        assert art.published == PUBLISHED, attr
    related = "".join(f'<li><a href="/r{k}">北岸新闻相关报道第{k}条</a><span data-publish-time="{stamp - 86400 * (k + 2)}">'
                      "</span></li>" for k in range(3))
    after = f'<div class="rel"><h3>相关阅读</h3><ul>{related}</ul></div>'
    assert clean(_html(after=after), now=NOW).published is None
    # A data-pub attribute of an id is no date.
    assert clean(_html(meta=f'<span data-pub-id="{stamp}"></span>'), now=NOW).published is None


def test_a_meta_name_saying_nothing_lends_only_a_time_of_the_printed_day() -> None:
    """``<meta name="time">`` (a name of no publication, no change) is no stated date, but it
    gives the meta line's day-only date its time of day when it falls on that day."""
    for name in ("time", "datetime", "ctime"):
        head = f'<meta name="{name}" content="2024-05-07 08:30:00">'
        assert clean(_html(meta="<span>发布日期：2024-05-07</span> ", head=head), now=NOW).published == PUBLISHED
        other_day = clean(_html(meta="<span>发布日期：2024-05-08</span> ", head=head), now=NOW).published
        assert other_day == datetime(2024, 5, 8, tzinfo=SH), name
    head = '<meta name="updatetime" content="2024-05-07 18:30:00">'   # a change's time: none
    assert clean(_html(meta="<span>发布日期：2024-05-07</span> ", head=head), now=NOW).published == \
        datetime(2024, 5, 7, tzinfo=SH)
