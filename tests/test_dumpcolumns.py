"""A text-mode browser's screen columns (:mod:`cleaner.dumpcolumns`) and its wrap counting
quotes one column wide, on dumps written here (invented text), laid out as w3m lays a layout
table out: a sidebar's cells in the left column, the article's paragraphs wrapped in the right."""

from __future__ import annotations

import sys
from pathlib import Path
from unicodedata import east_asian_width

from cleaner import clean
from cleaner.dumpcolumns import uncolumned
from cleaner.dumpmarks import unwrapped

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

_PARAGRAPHS = [
    "澜州市第三中学的学生社团日前在校园东侧开辟了一块约两百平方米的菜园，种下番茄、黄瓜和豇豆等十余种蔬菜，"
    "社团成员每天放学后轮流浇水、除草并记录作物的生长情况。指导老师说：“孩子们第一次知道一棵番茄要长多久。”",
    "菜园收获的蔬菜一部分送到学校食堂，一部分在周末的义卖活动中出售，所得款项全部捐给县里的助学基金，"
    "社团还请来农业站的技术员讲解病虫害防治知识，学生们说“比课本上讲的有意思多了”。",
    "学校表示，下学期将把菜园的管理纳入劳动教育课程，每个班级认领一小块地，由学生自己决定种什么、怎么种，"
    "期末再评选出种得最好的班级，获胜的班级可以把收获的蔬菜带回家。",
]
_SIDEBAR = ["最新评论", "回复：菜园真不错", "回复：支持学生", "留言板", "友情链接", "澜州教育网", "澜州图书馆",
            "博客信息", "日志：279", "评论：587", "访问：121369", "建立于：2004年"]


def _width(text: str) -> int:
    # (a terminal's: CJK characters two columns, quotes and dashes one)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(paragraph: str, columns: int) -> list[str]:
    lines, line = [], ""
    for char in paragraph:
        if _width(line + char) > columns:
            lines.append(line)
            line = ""
        line += char
    return lines + [line]


def _two_columns(left: list[str], right: list[str], at: int) -> str:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join((cell + " " * (at - _width(cell)) + other).rstrip() for cell, other in zip(left, right))


def _article_column() -> list[str]:
    out: list[str] = []
    for paragraph in _PARAGRAPHS:
        out += _wrap(paragraph, 48) + [""]
    return out


def test_a_layout_in_two_screen_columns_is_printed_column_by_column():
    dump = _two_columns(_SIDEBAR, _article_column(), 30)
    lines = uncolumned(dump).split("\n")
    assert lines[:len(_SIDEBAR)] == _SIDEBAR
    assert [line for line in lines[len(_SIDEBAR):] if line] == [line for line in _article_column() if line]


def test_an_article_beside_a_sidebar_is_cleaned_as_its_paragraphs():
    dump = "\n".join(["首页  新闻  本地  教育", "", "澜州三中学生在校园里开辟菜园", "2025-05-06 08:00 来源：澜州日报", "",
                      _two_columns(_SIDEBAR, _article_column(), 30), "", "责任编辑：李四"])
    article = clean(dump)
    assert article.title == "澜州三中学生在校园里开辟菜园"
    assert article.text.split("\n") == _PARAGRAPHS


def test_a_box_drawn_a_column_early_beside_the_article_stays_in_its_column():
    # The article in the left column, a sidebar in the right one holding a bordered login box
    # that w3m draws two columns before the column starts, beside the article's middle (a row
    # of it beside a paragraph's blank line): the article's lines come out together.
    article = _article_column()
    box = ["┌────────┐", "│用户 [ ]│", "├────────┤", "│密码 [ ]│", "└────────┘"]
    at = len(_wrap(_PARAGRAPHS[0], 48)) - 2   # (the box's rows from two lines above the first blank one)
    right = {k: (54, item) for k, item in enumerate(_SIDEBAR[:at])}
    right.update({at + k: (52, row) for k, row in enumerate(box)})
    right.update({at + len(box) + k: (54, item) for k, item in enumerate(_SIDEBAR[at:])})
    rows = max(len(article), max(right) + 1)
    cells = [(article[k] if k < len(article) else "", right.get(k, (0, ""))) for k in range(rows)]
    dump = "\n".join((left + " " * (column - _width(left)) + item).rstrip() if item else left
                     for left, (column, item) in cells)
    lines = uncolumned(dump).split("\n")
    assert lines[:len(article) - 1] == article[:-1]
    assert [line.strip() for line in lines[len(article):] if line] == _SIDEBAR[:at] + box + _SIDEBAR[at:]


def test_lines_wrapped_with_quotes_one_column_wide_are_joined():
    # (w3m and a terminal's fold count “ ” one column: a line holding four is as full as the
    # others, not four columns wider; at 54 columns a line holds too few characters for a wrap
    # counted in characters)
    prose = ("澜州市第三中学的学生社团日前在校园东侧开辟了一块约两百平方米的菜园，种下十余种蔬菜，"
             "社团成员每天放学后轮流浇水、除草并记录作物的生长情况。")
    quoted = [f"{prose}老师说：“{word}”和“{word}苗”第一次上了餐桌。{prose}"
              for word in ("番茄", "黄瓜", "豇豆", "南瓜", "茄子", "辣椒")]
    text = "\n".join(line for paragraph in quoted for line in _wrap(paragraph, 54) + [""])
    assert max(map(_width, text.split("\n"))) == 54
    assert [line for line in unwrapped(text).split("\n") if line] == quoted


def test_cells_one_space_apart_code_and_a_box_drawn_table_are_left_as_they_are():
    code = "\n".join(["    var users = [", "      { name: \"John\", age: 20 },", "      { name: \"Pete\", age: 18 },",
                      "      { name: \"Ann\",  age: 19 }", "    ]", "        users.sort(byField('age'))",
                      "        users.sort(byField('name'))", "        users.sort(byField('id'))"])
    assert uncolumned(code) == code
    box = "\n".join(["    │編│    │  基地坐落  │  面積  │", "    │  │建號│  湖段一小段 │  91.05 │",
                     "    │號│    │  地號      │        │", "        │  甲  │  乙  │", "        │  丙  │  丁  │",
                     "        │  戊  │  己  │"])
    assert uncolumned(box) == box
    menu = "\n".join(["首页  新闻  体育  财经", "        娱乐  科技", "        汽车  房产", "        教育  健康"])
    assert uncolumned(menu) == menu


def test_make_dumps_wraps_the_dom_walk_by_display_width():
    import make_dumps

    html = "<html><body><h1>澜州三中学生开辟菜园</h1><p>" + _PARAGRAPHS[0] + " Green Lab open</p></body></html>"
    lines = make_dumps.dump_wrapped(html, 40).split("\n")
    assert lines[0] == "澜州三中学生开辟菜园" and lines[1] == ""
    assert all(_width(line) <= 40 for line in lines) and max(map(_width, lines)) >= 38
    assert "".join(lines[2:]).replace("Lab open", "Lab  open").replace(" ", "") \
        == (_PARAGRAPHS[0] + "GreenLabopen")
    assert make_dumps.dump_wrapped38(html).split("\n")[1] == _PARAGRAPHS[0][:38]
    assert "wrapped" not in make_dumps.STYLES and "wrapped" in make_dumps.EXTRA_STYLES
