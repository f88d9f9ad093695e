"""Screen columns in a text dump: a layout table's cells printed side by side.

A text-mode browser (w3m) lays a page's layout table out on the screen: a sidebar's cells in
the left column and the article in the right one, each wrapped at its column's width, so that
every line of the dump holds a line of each (``最新评论      没带进来。纵有几个人著了几部书``).
Read line by line, the article's lines alternate with the sidebar's, and neither reads as a
paragraph. :func:`uncolumned` prints such a run of lines one column after the other: the left
column's lines first, then the right column's, each as the browser wrapped it (the wrapped lines
are joined later, as in any wrapped dump).

A run is told by where its right column starts: a display column (a CJK character two wide)
at which MIN_INDENTED lines or more start indented that far and MIN_BESIDE lines or more hold
text on both sides of it, with two spaces just before it and nothing running across it. A dump
whose lines cross the column, or hold text beside it on fewer lines, is left as it is, and so
is a form (a label ending in a colon left of half those lines or more: each value is read beside
its label).
"""

from __future__ import annotations

import re
from collections import Counter
from unicodedata import east_asian_width

__all__ = ["uncolumned"]

#: The right column starts at least this many display columns in.
MIN_COLUMN = 8
#: Lines indented as far as the right column starts, at least (its lines beside an empty cell).
MIN_INDENTED = 3
#: Lines holding text on both sides of the column, at least, in one run.
MIN_BESIDE = 3
#: How many characters before the column a cell beside another may start, after a gap.
SHIFT = 2
#: Characters the left cells beside text hold on average, at least: a bullet or a label written
#: down one character a line (今 / 日 / 推 / 荐) opens the rows of a list, no column of a layout.
MIN_HELD = 4
#: Start columns tried, the most common indents first.
MAX_TRIED = 3

# Lines indented MIN_COLUMN spaces or more (the right column beside an empty cell).
_INDENT = re.compile(r"^ {%d,}(?=\S)" % MIN_COLUMN, re.M)
# Lines holding text, two spaces or more, and text again (two cells side by side).
_BESIDE = re.compile(r"\S {2,}\S")
# How a form's label ends (发布日期：): a run whose left cells beside text are mostly labels is
# a form, each label read with the value beside it.
_LABEL_ENDS = frozenset(":：")
# A table drawn with box-drawing lines: its cells are no screen column of a layout.
_BOX = re.compile("[\u2500-\u257f]")


def uncolumned(text: str) -> str:
    """``text`` with each run of lines laid out in two screen columns printed column by column
    (see the module); other text as it is.

    >>> print(uncolumned("标题\\n\\n最新评论        市图书馆从本周起推出\\n"
    ...                  "回复：好        夜间阅读服务，每周延\\n网友留言板      长开放时间至晚上10\\n"
    ...                  "                点，周末开放至晚上\\n                11点，读者可凭\\n"
    ...                  "                借书证入馆。"))
    标题
    <BLANKLINE>
    最新评论
    回复：好
    网友留言板
    <BLANKLINE>
    市图书馆从本周起推出
    夜间阅读服务，每周延
    长开放时间至晚上10
    点，周末开放至晚上
    11点，读者可凭
    借书证入馆。
    """
    if len(_BESIDE.findall(text)) < MIN_BESIDE:   # (most dumps: no two cells side by side)
        return text
    indents = Counter(map(len, _INDENT.findall(text)))
    starts = [column for column, n in indents.most_common(MAX_TRIED) if n >= MIN_INDENTED]
    if not starts:
        return text
    lines = text.split("\n")
    done = [False] * len(lines)
    for column in starts:
        lines, done = _split_runs(lines, done, column)
    return "\n".join(lines)


def _split_runs(lines: list[str], done: list[bool], column: int) -> tuple[list[str], list[bool]]:
    """``lines`` with each run laid out in two columns split at ``column`` (not a form: labels
    on the left of half its lines or more; nor a list: MIN_HELD) printed column by column, a blank line between the
    two (:func:`_column`); the other lines as they are. ``done`` tells the lines printed so at
    another column already, which no run holds; and it is returned for the lines returned."""
    out: list[str] = []
    out_done: list[bool] = []
    run: list[str] = []
    cut: list[tuple[str, str]] = []
    beside = labels = held = 0
    for line, fixed in zip(lines + [None], done + [True]):
        cells = _cells(line, column) if line is not None and not fixed else None
        if cells is None:
            if beside >= MIN_BESIDE and labels * 2 < beside and held >= MIN_HELD * beside:
                split = _column([left for left, _ in cut]) + [""] + _column([right for _, right in cut])
                out += split
                out_done += [True] * len(split)
            else:
                out += run
                out_done += [False] * len(run)
            run, cut, beside, labels, held = [], [], 0, 0, 0
            if line is not None:
                out.append(line)
                out_done.append(fixed)
            continue
        if cells[0] and cells[1]:
            beside += 1
            labels += cells[0][-1] in _LABEL_ENDS
            held += len(cells[0])
        run.append(line)
        cut.append(cells)
    return out, out_done


def _column(lines: list[str]) -> list[str]:
    """One column's lines, without the blank lines beside the other column's text: a blank
    line only between two of its own, and none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out[:-1] if out and not out[-1] else out


def _cells(line: str, column: int) -> tuple[str, str] | None:
    """``line`` cut at the display ``column``: the text left of it and the text from it on (each
    stripped), or None when text runs across it (a character straddling it, fewer than the two
    spaces a cell leaves before the next, or a table drawn with box lines opens the line; a cell
    starting up to SHIFT characters early, after two spaces, is cut there)."""
    stripped = line.rstrip()
    if not stripped:
        return "", ""
    width = 0
    for i, char in enumerate(stripped):
        if width >= column:
            break
        width += 2 if east_asian_width(char) in "WF" else 1
    else:
        return (stripped.lstrip(" "), "") if width <= column else None
    # (a cell starts after two spaces or more, up to SHIFT characters before the column: a box
    # or a wide character drawn one column early)
    start = i
    while stripped[start - 1] != " " and i - start < SHIFT:
        start -= 1
    if stripped[start - 2:start] != "  ":
        return None
    left = stripped[:start].rstrip().lstrip(" ")
    return None if _BOX.match(left) else (left, stripped[start:])
