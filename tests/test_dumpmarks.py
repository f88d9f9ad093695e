"""Dumps made by other flatteners than a DOM walk: Markdown converters' marks, a text-mode
browser's numbered links and wrapped paragraphs (:mod:`cleaner.dumpmarks`), each text invented."""

from __future__ import annotations

import re

from cleaner import clean
from cleaner.dumpmarks import unmarked, unwrapped

_NAV = "".join(f"  * [栏目{i}](https://www.lanzhou.example/c{i}/)\n" for i in range(5))
_PROSE = ("澜州市第三中学的学生社团日前在校园东侧开辟了一块约两百平方米的菜园，种下番茄、黄瓜和豇豆等十余种蔬菜，"
          "社团成员每天放学后轮流浇水、除草并记录作物的生长情况。")


def test_reader_service_header_leaves_the_title_line_and_drops_the_rest():
    dump = ("Title: 澜州三中学生开辟校园菜园_澜州新闻网\n\nURL Source: https://news.lanzhou.example/a/1.html\n\n"
            "Published Time: 2025-05-06T08:00:00+08:00\n\nMarkdown Content:\n" + _NAV
            + "\n# 澜州三中学生开辟校园菜园\n\n" + _PROSE + "\n")
    text = unmarked(dump)
    assert text.startswith("澜州三中学生开辟校园菜园_澜州新闻网\n")
    assert "URL Source" not in text and "Markdown Content" not in text and "](" not in text
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州三中学生开辟校园菜园"
    assert article.text == _PROSE


def test_markdown_table_rows_are_cells_and_escapes_are_undone():
    dump = _NAV + "\n| 时间 | 地点 |\n| --- | --- |\n| 周三下午 | 东侧菜园 |\n\n编号 TJ\\_01 的地块\n"
    lines = [line.strip() for line in unmarked(dump).split("\n")]
    assert "编号 TJ_01 的地块" in lines
    assert not any("|" in line or "---" in line for line in lines)
    assert {"时间", "地点", "周三下午", "东侧菜园"} <= {cell for line in lines for cell in line.split("    ")}


def test_a_layout_table_on_one_markdown_line_gives_its_cells_paragraphs_lines():
    # A converter writes each table row on one line, a line break inside a cell as a space:
    # a paragraph's end as two spaces (after <p>) or as a space before an ideographic indent.
    first, second, third = _PARAGRAPHS
    row = ("| [首页](/) [本地](/l) [教育](/e) |  | 澜州三中学生在校园里开辟菜园  2025-05-06 08:00 来源：澜州日报  "
           + first + "  " + second + " \u3000\u3000" + third + "  责任编辑：李四 | [更多](/m) |")
    dump = "|  |  |  |\n| --- | --- | --- |\n" + row + "\n"
    lines = [line.strip() for line in re.split(r"\n| {4}", unmarked(dump))]
    assert set(_PARAGRAPHS) <= set(lines)
    article = clean(dump)
    assert article.title == "澜州三中学生在校园里开辟菜园"
    assert [line.strip() for line in article.text.split("\n")] == _PARAGRAPHS


def test_a_dump_with_a_table_row_of_dashes_is_markdown_its_links_relative():
    # Links to addresses relative to the page (index.php?id=1) do not tell Markdown; a table's
    # row of dashes on a line of its own does.
    dump = ("|  |  |\n| --- | --- |\n| [首页](index.php) [本地](local.php?id=2) | [教育](edu.php) |\n"
            "|  | 澜州三中学生在校园里开辟菜园  2025-05-06 08:00 来源：澜州日报  " + "  ".join(_PARAGRAPHS) + " |\n")
    text = unmarked(dump)
    assert "](" not in text and "| --- |" not in text
    assert set(_PARAGRAPHS) <= {line.strip() for line in re.split(r"\n| {4}", text)}
    article = clean(dump)
    assert article.title == "澜州三中学生在校园里开辟菜园"
    assert article.text.split("\n") == _PARAGRAPHS
    # (html2text writes the row of dashes without the outer bars)
    dump = ("[首页](index.php) | [本地](local.php?id=2) | [教育](edu.php)\n---|---|---\n\n"
            "# 澜州三中学生在校园里开辟菜园\n\n**时间：** 2025-05-06 08:00 来源：[澜州日报](paper.php)\n\n"
            + "\n\n".join(_PARAGRAPHS) + "\n\n[返回](list.php?page=1) [打印](print.php?id=3)\n")
    assert "](" not in unmarked(dump) and "**" not in unmarked(dump)
    assert clean(dump).text.split("\n") == _PARAGRAPHS
    # (an extractor's plain text drawing a table with bars, its row of dashes |---|---|, is none)
    plain = "| 时间 | 地点 |\n|---|---|\n| 周三 | 菜园 |\n\n编号 TJ_01 的地块，标有*号的为必填项。\n" + _PROSE + "\n"
    assert unmarked(plain) == plain


def test_a_plain_dump_that_quotes_brackets_and_asterisks_is_left_as_it_is():
    dump = "注释[1]见文末，标有*号的为必填项，__init__ 与 [详情](见下文) 照录。\n" + _PROSE + "\n"
    assert unmarked(dump) == dump


def test_numbers_in_brackets_stay_without_a_references_list():
    dump = "   第[3]期简报\n\n   " + _PROSE + "\n"
    assert unmarked(dump) == dump


def test_a_latin_word_wrapped_to_the_next_line_is_joined_with_a_space():
    lines = ["报道" + "甲" * 34 + " Open", "Data 平台" + "乙" * 30]
    filler = ["丙丁戊己庚辛"[k] * 38 + "。" for k in range(6)]
    text = "\n\n".join([lines[0] + "\n" + lines[1]] + filler) + "\n"
    assert unwrapped(text).split("\n")[0] == lines[0] + " " + lines[1]


def _wrapped(paragraphs: list[str], width: int) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        out += [paragraph[i:i + width] for i in range(0, len(paragraph), width)] + [""]
    return out


_PARAGRAPHS = [_PROSE, "菜园收获的蔬菜一部分送到学校食堂，一部分在周末的义卖活动中出售，所得款项全部捐给县里的助学基金，"
               "社团还请来农业站的技术员讲解病虫害防治知识。", "学校表示，下学期将把菜园的管理纳入劳动教育课程，"
               "每个班级认领一小块地，由学生自己决定种什么、怎么种，期末再评选出种得最好的班级。"]


def test_paragraphs_wrapped_at_one_width_are_joined_again():
    text = "\n".join(_wrapped(_PARAGRAPHS, 30))
    assert [line for line in unwrapped(text).split("\n") if line] == _PARAGRAPHS


def test_paragraphs_wrapped_without_blank_lines_are_joined_where_they_close_a_sentence():
    # A wrap with no blank line between paragraphs (``fold``, a page wrapped in its own markup):
    # a full line runs on when its paragraph closes a sentence.
    text = "\n".join(line for line in _wrapped(_PARAGRAPHS, 30) if line)
    assert unwrapped(text).split("\n") == _PARAGRAPHS


def test_a_headline_as_wide_as_the_wrap_stays_above_its_meta_line():
    headline = "澜州三中学生社团在校园东侧开辟两百平方米菜园种下十余种蔬菜"   # 30 characters, no full stop
    text = "\n".join([headline, "2025-05-06 08:00 来源：澜州日报"] + [line for line in _wrapped(_PARAGRAPHS, 30) if line])
    lines = unwrapped(text).split("\n")
    assert lines[:2] == [headline, "2025-05-06 08:00 来源：澜州日报"] and lines[2:] == _PARAGRAPHS


def test_a_full_line_closing_a_sentence_ends_its_paragraph_in_a_dump_without_blank_lines():
    first = _PROSE[:59] + "。"   # two full lines, the second closing a sentence
    text = "\n".join([first[:30], first[30:]] + [line for line in _wrapped(_PARAGRAPHS[1:], 30) if line])
    assert unwrapped(text).split("\n") == [first] + _PARAGRAPHS[1:]


def test_a_paragraph_opening_with_ideographic_spaces_is_joined_to_its_next_line():
    # w3m prints a paragraph's ideographic indent (two columns each) at its first line's start
    # and wraps the rest at the screen's width, from the first column.
    paragraphs = ["\u3000\u3000" + p + p for p in _PARAGRAPHS]
    lines: list[str] = []
    for paragraph in paragraphs:
        line = ""
        for char in paragraph:
            if 2 * len(line + char) > 80:
                lines.append(line)
                line = ""
            line += char
        lines += [line, ""]
    assert lines[0].startswith("\u3000\u3000") and not lines[1].startswith("\u3000")
    assert [line for line in unwrapped("\n".join(lines)).split("\n") if line] == paragraphs


def test_a_row_of_items_wrapped_at_the_width_is_not_joined():
    row = "首页 新闻 本地 教育 体育 财经 文旅 视频 专题 评论"   # 29 characters
    menu = [row + "房", row + "车"]
    text = "\n".join(menu + [line for line in _wrapped(_PARAGRAPHS, 30) if line])
    assert unwrapped(text).split("\n") == menu + _PARAGRAPHS


def test_lines_wrapped_at_columns_a_cjk_character_two_are_joined_with_crlf_line_ends():
    # fold -w 72 counting a CJK character as two columns, Latin words kept whole, CRLF.
    # (no blank line between paragraphs: six of them, so that the one at the end is no share)
    paragraphs = [p * k for k in (2, 3) for p in [_PROSE.replace("菜园", "Green Lab 菜园"), *_PARAGRAPHS[1:]]]
    lines = []
    for paragraph in paragraphs:
        line, columns = "", 0
        for token in re.findall(r"[A-Za-z]+ ?|.", paragraph):
            wide = len(token) * (2 if ord(token[0]) > 0x2e7f else 1)
            if columns + len(token.rstrip()) * (2 if ord(token[0]) > 0x2e7f else 1) > 72:
                lines.append(line.rstrip())
                line, columns = "", 0
            line, columns = line + token, columns + wide
        lines.append(line)
    out = [line.strip() for line in unwrapped("\r\n".join(lines) + "\r\n").split("\n") if line.strip()]
    # (a space the wrap took between a Latin word and a CJK character is not told from none)
    latin_cjk = re.compile(r"(?<=[A-Za-z]) (?=[^\x00-\x7f])")
    assert [latin_cjk.sub("", line) for line in out] == [latin_cjk.sub("", p) for p in paragraphs]


def test_a_first_line_short_of_the_wrap_by_its_dropped_indent_is_joined():
    paragraphs = [p + p for p in _PARAGRAPHS]
    text = "\n".join(p[:25] + "\n" + "\n".join(_wrapped([p[25:]], 30)) for p in paragraphs)
    assert [line for line in unwrapped(text).split("\n") if line] == paragraphs


def test_summaries_cut_at_one_length_and_box_drawn_rows_are_not_joined():
    teasers = [(_PROSE[k:] + _PROSE)[:40] + "..." for k in range(6)]
    text = "\n".join(f"{t}\n2025-05-0{k + 1}" for k, t in enumerate(teasers)) + "\n\n\n\n\n\n"
    assert unwrapped(text) == text
    rows = ["│" + "表格内容第%d行" % k + "格" * 28 + "│" for k in range(6)]
    text = "\n".join(rows) + "\n\n\n\n\n\n"
    assert unwrapped(text) == text


def test_a_dump_wrapped_at_one_width_is_cleaned_as_its_paragraphs():
    # A page flattened and folded at 38 characters, no blank lines: the article comes out as
    # its paragraphs, the headline and the meta line above it apart.
    paragraphs = [p + p for p in _PARAGRAPHS]
    dump = "\n".join(["首页 | 新闻 | 本地 | 教育", "澜州三中学生在校园里开辟菜园", "2025-05-06 08:00 来源：澜州日报"]
                     + [line for line in _wrapped(paragraphs, 38) if line] + ["责任编辑：李四"])
    article = clean(dump)
    assert article.title == "澜州三中学生在校园里开辟菜园"
    assert article.text.split("\n") == paragraphs
