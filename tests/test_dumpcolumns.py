"""A layout table a text-mode renderer prints side by side (inscriptis): its columns read one
after the other (:func:`cleaner.dumpcolumns.by_columns`), a table of data left row by row.
The dumps are invented."""

from __future__ import annotations

import re

from cleaner import clean
from cleaner.dumpcolumns import by_columns

HEADLINE = "江南小城试行社区食堂 老人吃饭不再发愁"
META = "2024-03-05 10:20 来源：晨报"
PARAGRAPHS = [
    "今年春天，江南一座小城在十二个社区开办了食堂，附近的老人只要走几分钟就能吃上一顿热饭，价格比外面的饭馆便宜不少。",
    "社区工作人员说，食堂的菜单每周更换一次，荤素搭配，还专门准备了少油少盐的菜，方便患有慢性病的老人选择。",
    "住在老街的王阿姨今年七十八岁，子女都在外地工作，她说以前一个人做饭常常凑合，现在每天中午都和老邻居一起来吃。",
    "食堂的运营由街道和一家本地餐饮企业合作承担，政府按就餐人数给予补贴，企业负责采购、烹饪和卫生管理等具体工作。",
    "不少居民也提出了建议，希望食堂能延长晚餐的供应时间，并为行动不便的老人提供送餐上门的服务，街道表示正在研究。",
    "街道负责人介绍，下一步将根据试行情况总结经验，计划年底前把社区食堂推广到全部三十个社区，让更多老人受益。",
]
SIDEBAR = ["热点新闻", "· 高铁新线月底开通运营", "· 全市春季花展本周开幕", "· 公园新增三条健身步道",
           "· 图书馆夜间开放时间延长", "· 本周末气温回升明显", "· 新建停车场投入使用", "· 中小学开展安全教育周"]


def _layout(rows: list[tuple[str, str]], left: int = 130, right: int = 30) -> str:
    """Rows of two cells, each padded to its column's width (in characters), as inscriptis
    prints a table: every line as wide as the others."""
    return "\n".join(f"  {a.ljust(left)}    {b.ljust(right)}" for a, b in rows) + "\n"


def _cells(text: str) -> list[str]:
    """The lines of ``text`` as the dump's parse cuts them: at line breaks and column gaps."""
    return [cell.strip() for cell in re.split(r"\n| {4,}", text) if cell.strip()]


def _article_beside_sidebar() -> str:
    """A headline, its meta line and paragraphs in the left column, a sidebar of headlines in
    the right one, most rows holding one of them and a blank spacer row between paragraphs."""
    rows = [(HEADLINE, ""), ("", SIDEBAR[0]), (META, "")]
    items = iter(SIDEBAR[1:])
    for index, paragraph in enumerate(PARAGRAPHS):
        rows.append((paragraph, next(items, "") if index == 2 else ""))
        rows.append(("", next(items, "")))
        rows.append(("", ""))
    return "网站首页 | 新闻 | 财经 | 体育\n" + _layout(rows) + "关于我们 | 联系方式 | 版权所有\n"


def test_an_article_beside_a_sidebar_reads_as_its_paragraphs_alone() -> None:
    article = clean(_article_beside_sidebar().encode("utf-8"))
    assert article.text.split("\n") == PARAGRAPHS
    assert article.title == HEADLINE


def test_the_columns_of_a_layout_read_one_after_the_other() -> None:
    lines = _cells(by_columns(_article_beside_sidebar()))
    assert lines[1:3] == [HEADLINE, META]
    assert lines[3:3 + len(PARAGRAPHS)] == PARAGRAPHS
    assert lines[3 + len(PARAGRAPHS):-1] == SIDEBAR


def test_a_cell_of_one_row_reads_with_the_column_on_its_left() -> None:
    """A header row's date and source on the right of the site's name, past the end of every
    paragraph and short of the sidebar: text on one row, no column of the layout, it stays
    after the site's name, above the headline."""
    rows = [("www.example.cn", ""), (HEADLINE, ""), ("", SIDEBAR[0])]
    rows += [(paragraph, item) for paragraph, item in zip(PARAGRAPHS[:3], ("", SIDEBAR[1], ""))]
    rows += [("", item) for item in SIDEBAR[2:5]]
    lines = _layout(rows).split("\n")
    assert max(len(p) for p in PARAGRAPHS) + 2 < 90
    lines[0] = lines[0][:90] + META + lines[0][90 + len(META):]
    read = _cells(by_columns("\n".join(lines)))
    assert read[:3] == ["www.example.cn", META, HEADLINE]
    assert read[3:6] == PARAGRAPHS[:3]
    assert read[6:] == SIDEBAR[:5]


def test_a_table_of_data_filled_across_keeps_its_rows() -> None:
    """Below the layout, a table of data (every row filled across) is read row by row."""
    rows = [("城市          人口（万）      面积（平方公里）", "增长率"),
            ("甲市          一百二十        三千四百", "百分之二"),
            ("乙市          八十五          二千一百", "百分之一"),
            ("丙市          六十            一千八百", "百分之三")]
    table = _layout(rows, left=60, right=12)
    read = _cells(by_columns(_article_beside_sidebar() + "\n" + table))
    assert read[3:3 + len(PARAGRAPHS)] == PARAGRAPHS
    assert read[-16:] == _cells(table)
    assert read[-16:-12] == ["城市", "人口（万）", "面积（平方公里）", "增长率"]


def test_a_row_of_another_width_between_two_rows_is_one_of_them() -> None:
    """A paragraph's row stripped of its padding (a scraper's rstrip, a line rewritten) between
    rows of the table's width is still a row: the paragraph reads in its column, whole."""
    lines = _article_beside_sidebar().split("\n")
    stripped = [i for i, line in enumerate(lines) if PARAGRAPHS[1] in line or PARAGRAPHS[3] in line]
    for i in stripped:
        lines[i] = lines[i].strip()
    read = _cells(by_columns("\n".join(lines)))
    assert read[3:3 + len(PARAGRAPHS)] == PARAGRAPHS
    assert read[3 + len(PARAGRAPHS):-1] == SIDEBAR
