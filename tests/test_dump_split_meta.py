"""A text dump's meta line that the scraper printed one inline element a line (BeautifulSoup's
``get_text("\\n")``: ``作者：林晓雯`` / ``来源：`` / ``澜江日报`` / ``|`` / ``2024-05-20 10:35``) under the
headline and a lead (a summary, a subtitle) is the meta line: its fields are read, and neither
its pieces nor the lead above them are kept as the article's first lines
(``cleaner/dumplines.py``: ``meta_below``)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner import clean

NOW = datetime(2024, 6, 20, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TITLE = "滨河新区城市书房开放首日接待读者三千余人次"
LEAD = "澜州市滨河新区城市书房日前开放，首日接待读者三千余人次，市民称步行十分钟就能读书。"
PARAGRAPHS = (
    "位于澜州市滨河新区的城市书房正式向市民开放。开放首日，前来阅读、借书的市民络绎不绝，截至当天傍晚共接待读者三千余人次。",
    "城市书房建筑面积约八百平方米，设有少儿阅读区、自习区和自助借还区，藏书两万余册，全年无休，每天开放至晚上十点。",
    "“以前周末找个安静看书的地方不容易，现在步行十分钟就能到。”带着孩子前来的市民周女士说，她们一家住在附近的小区。",
    "据了解，今年全市还将新建城市书房十二处，优先布局在人口密集、公共文化设施相对薄弱的老旧小区和新建社区。",
)
# What follows the article: a related item with its own date, a reply with a commenter's 作者.
AFTER = ("相关阅读", "市图书馆延长开放时间", "2024-06-10 08:30", "网友评论", "作者：", "孟凡", "2024-06-19 12:00",
         "书房环境很好，周末带孩子去看看。", "版权所有 © 2003-2024 澜州新闻网")


def _dump(meta: list[str], above: tuple[str, ...] = (LEAD,)) -> str:
    return "\n".join(["首页", "要闻", "本地", "文化", TITLE, *above, *meta, "收藏", "分享", *PARAGRAPHS, *AFTER])


def test_a_meta_line_cut_into_pieces_under_a_lead_is_read_and_left_out_of_the_body() -> None:
    """Under a lead or a subtitle, the pieces of the meta line (the writer, the 来源 label and
    its value, a bar, the date) are the meta line: the source and the writer are the 来源's and
    the 作者's, not the commenter's under the article, the date is the meta line's, not a related
    item's, and the body opens with the first paragraph. It fails with the meta line looked for
    only among the three lines under the headline (the lead and the pieces kept in the body, the
    source not read)."""
    layouts = (
        ["作者：林晓雯", "来源：", "澜江日报", "|", "2024-05-20 10:35"],
        ["作者：", "林晓雯", "来源：", "澜江日报", "|", "2024-05-20 10:35"],
        ["作者：", "林晓雯", "来源：", "澜江日报", "发布时间：", "2024-05-20 10:35"],
    )
    for above in ((LEAD,), ("城市书房全年无休 每天开放至晚上十点",), (PARAGRAPHS[0],)):
        for meta in layouts:
            article = clean(_dump(meta, above), now=NOW)
            assert article.title == TITLE, (above, meta)
            assert article.source == "澜江日报", (above, meta)
            assert list(article.authors) == ["林晓雯"], (above, meta)
            assert article.published is not None and article.published.strftime("%Y-%m-%d %H:%M") == "2024-05-20 10:35"
            assert article.text.split("\n")[0] == PARAGRAPHS[0], (above, meta)
            assert "来源" not in article.text and "林晓雯" not in article.text, (above, meta)



def test_a_copyright_year_on_the_line_under_its_mark_dates_a_date_printed_without_one() -> None:
    """get_text("\\n") prints ``&copy; <span>2019</span>`` as ``©`` / ``2019``: that year is the
    year the dump was printed in, which a date without one (``10-08 12:00``) takes when no clock
    is given; a related item's date (``12-27 18:40``) stays no candidate, and a licence number
    after a lone mark (``©`` / ``京ICP备2020…``) gives no year. It fails with the notice read on
    the mark's line alone (the date given the clock's year)."""
    def dump(footer: list[str]) -> str:
        return "\n".join(["首页", "要闻", TITLE, "发布时间：10-08 12:00", "来源：", "澜江日报", *PARAGRAPHS,
                          "相关阅读", "市图书馆延长开放时间", "12-27 18:40", *footer])
    for footer in (["版权所有 ©", "2019", "澜州新闻网"], ["Copyright ©", "2019", "澜州新闻网 All Rights Reserved"],
                   ["©", "2013-2019", "澜州新闻网"]):
        published = clean(dump(footer)).published
        assert published is not None and published.strftime("%Y-%m-%d %H:%M") == "2019-10-08 12:00", footer
    published = clean(dump(["©", "京ICP备20201234号", "澜州新闻网"]), now=NOW).published
    assert published is not None and published.year == 2023   # the clock's: 10-08 is past 06-20, a year back
