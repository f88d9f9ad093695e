"""Metadata a plain-text dump prints where the HTML path finds it: a blog's date line under a
list of references, past the tail the meta zones read, and the meta lines under a headline
that a scraper's ``<title>`` line repeats right above it (``cleaner/meta/zones.py``)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner import clean

NOW = datetime(2024, 6, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TITLE = "一次静态站点构建提速的复盘记录"
PARAGRAPHS = (
    "本文记录了我在给个人站点做构建提速时踩过的坑，以及最后选定的做法。希望对有类似需求的读者有所帮助，也欢迎指正。",
    "最开始的方案很简单：所有页面都在构建时生成，部署时整体覆盖。随着文章数量增加，一次完整构建要花十几分钟，改一个错字也要等很久。",
    "于是我把构建拆成了两步，先根据文件的修改时间算出需要重建的页面，再只生成这些页面。这样大多数时候只需要几秒钟就能完成。",
    "需要注意的是，模板改动会影响所有页面，这时仍然要完整构建一次。我在配置里加了一个开关，检测到模板变化时自动切换。",
    "整个改造前后花了两个周末，效果比预期的好。下一篇会讲讲图片处理部分的优化，那部分的收益更明显一些。",
)


def _blog_dump(after_body: list[str], references: int = 15) -> bytes:
    """A dom-style dump of a blog post: its menu, the headline, the paragraphs, a list of
    references (a title line and a link line each), then ``after_body`` and the footer."""
    refs = [line for i in range(references)
            for line in (f"参考资料{i + 1}：缓存失效策略的讨论", f"https://example.org/notes/{i + 1}.html")]
    lines = ["某某的博客", "Blog", "Archives", "GitHub", TITLE, *PARAGRAPHS, "参考资料", *refs,
             *after_body, "Copyright © 2021 某某"]
    return "\n".join(lines).encode("utf-8")


def test_a_blogs_date_line_under_its_references_is_the_published_date() -> None:
    """A blog prints its date on a line of its own after the article, under a list of
    references longer than the tail the meta zones read (2021-03-14 / 工具 / Comments): that
    dated line is the published date, in any of the forms a date line takes, and a list of other
    posts' dates under an end marker after it (相关文章) does not hide it. A date under an end
    marker (上一篇: another article's), over a reply (its stamp), or followed by another with no
    end marker between (a list's), is not. It fails with the lines past the tail not read."""
    related = ["相关文章", "用脚本批量压缩博客图片", "2021-02-27", "给博客加上全文搜索", "2021-01-09"]
    for printed in ("2021-03-14", "2021年3月14日", "2021/03/14", "发布于 2021-03-14"):
        for after in ([printed, "工具", "Comments"], [printed, "工具", *related]):
            article = clean(_blog_dump(after), now=NOW)
            assert article.title == TITLE
            assert article.published is not None, after
            assert article.published.date().isoformat() == "2021-03-14", after
    for after in (["上一篇", "用脚本批量压缩博客图片", "2021-02-27"],
                  ["网友小周", "2022-01-05 21:05", "写得很清楚，照着改完快了很多，谢谢分享。"],
                  ["2021-03-14", "另一篇文章的标题", "2021-02-27"]):
        assert clean(_blog_dump(after), now=NOW).published is None, after


def test_a_title_line_right_above_the_headline_leaves_the_meta_lines_under_the_headline() -> None:
    """get_text("\\n") prints the ``<title>`` first; on a page with no menu the headline follows
    it at once, then an account's byline a piece a line (原创 / writer / account / date). The
    meta zone starts under the headline, not under the ``<title>`` line, so that the byline's
    pieces are read as the one line they were: the writer is the author, not the account. It
    fails with the zone starting under the first copy (the account taken for the author)."""
    lines = [TITLE, TITLE, "原创", "林晓雯", "澜州科普", "2024年5月20日 18:06", "湖南", "点击上方蓝字关注我们",
             *PARAGRAPHS, "编辑丨宋佳琪", "阅读原文"]
    article = clean("\n".join(lines).encode("utf-8"), now=NOW)
    assert article.title == TITLE
    assert article.authors == ("林晓雯",)
    assert article.published is not None and article.published.isoformat().startswith("2024-05-20T18:06")


def test_a_relative_date_of_a_dump_printed_in_an_earlier_year_is_no_date_without_a_clock() -> None:
    """昨天 and 3小时前 count back from the day the page was printed. With no ``now`` given the
    clock is the cleaning's: on a dump whose copyright notice gives an earlier year than that
    clock's, the day they mean is not known, and no date is better than a wrong one. Given
    ``now`` (the capture's time) they are read, as on a dump with no copyright year. It fails
    with the relative date read against the cleaning's clock (today's or yesterday's date)."""
    for stamp in ("昨天 10:30", "3小时前"):
        lines = ["首页", "要闻", TITLE, f"{stamp} 来源：澜江日报", *PARAGRAPHS, "相关新闻", "版权所有 © 2019 澜州新闻网"]
        dump = "\n".join(lines).encode("utf-8")
        assert clean(dump).published is None, stamp
        captured = clean(dump, now=datetime(2019, 9, 8, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))).published
        assert captured is not None and captured.date().isoformat() in ("2019-09-07", "2019-09-08"), stamp
        unprinted = clean("\n".join(lines[:-1]).encode("utf-8")).published
        assert unprinted is not None and unprinted.year >= 2024, stamp
