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

__all__ = ["BOX", "uncolumned"]

#: The right column starts at least this many display columns in.
MIN_COLUMN = 8
#: Lines indented as far as the right column starts, at least (its lines beside an empty cell).
MIN_INDENTED = 3
#: Lines holding text on both sides of the column, at least, in one run.
MIN_BESIDE = 3
#: How many columns before the column a cell beside another may start, after a gap (or a box
#: drawn with box lines, beside an empty cell: w3m draws a bordered table's left edge early).
SHIFT = 2
#: Characters the left cells beside text hold on average, at least: a bullet or a label written
#: down one character a line (今 / 日 / 推 / 荐) opens the rows of a list, no column of a layout.
MIN_HELD = 4
#: Start columns tried, the most common indents first.
MAX_TRIED = 3

# Lines indented MIN_COLUMN spaces or more (the right column beside an empty cell).
_INDENT = re.compile(r"\n( {%d,}+)(?=\S)" % MIN_COLUMN)
_INDENTED = "\n" + " " * MIN_COLUMN
# A gap of two spaces or more before text: where a cell beside another starts.
_GAP = re.compile(r" {2,}+(?=\S)")
# Such a gap after text (two cells side by side): its spaces, found by their first two (a
# search for a literal skips the lines of text, where one for the text before them stopped at
# every character).
_BESIDE = re.compile(r"  (?<=\S  ) *+(?=\S)")
# The characters a terminal prints two columns wide (East Asian wide and fullwidth).
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# How a form's label ends (发布日期：): a run whose left cells beside text are mostly labels is
# a form, each label read with the value beside it.
_LABEL_ENDS = frozenset(":：")
# A table drawn with box-drawing lines (w3m's bordered tables): its cells are no screen column of
# a layout, and its rows no paragraph (:mod:`cleaner.dumpmarks`, which imports it from here).
BOX = re.compile("[\u2500-\u257f]")


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
    if not _indented(text):   # (most dumps: a search in C)
        return text
    found = list(_BESIDE.finditer(text))   # (fewer gaps after text than a run holds: told before the indents)
    if len(found) < MIN_BESIDE:
        return text
    indents = Counter(map(len, _INDENT.findall(text)))
    if not indents or indents.most_common(1)[0][1] < MIN_INDENTED:
        return text
    gaps = []   # (the columns each gap after text spans, measured on from the last on its line)
    at = opened = 0
    for gap in found:
        start = gap.start()
        newline = text.rfind("\n", at, start)
        if newline >= 0:
            at, opened = newline + 1, 0
        opened += _width(text[at:start])   # (the text since the last gap: the gaps' spaces not searched)
        at = gap.end()
        gaps.append((opened, opened + at - start))
        opened += at - start
    starts = [column for column, n in indents.most_common(MAX_TRIED)
              if n >= MIN_INDENTED and sum(_spans(gap, column) for gap in gaps) >= MIN_BESIDE]
    if not starts:
        return text
    lines = list(map(str.rstrip, text.split("\n")))
    done = [False] * len(lines)
    for column in starts:
        lines, done = _split_runs(lines, done, column)
    return "\n".join(lines) if any(done) else text


def _indented(text: str) -> bool:
    """Whether ``text`` holds MIN_INDENTED lines indented MIN_COLUMN spaces or more: the count
    of :data:`_INDENTED`, stopped at the last it needs (a dump in columns holds many)."""
    at = 0
    for _ in range(MIN_INDENTED):
        at = text.find(_INDENTED, at)
        if at < 0:
            return False
        at += len(_INDENTED)
    return True


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
    stripped), or None when text runs across it (no gap of two spaces or more spans it
    (:func:`_spans`), or a table drawn with box lines opens the line; one opening up to SHIFT
    columns before ``column`` is a cell beside an empty one)."""
    stripped = line
    if not stripped:
        return "", ""
    indent = len(stripped) - len(stripped.lstrip(" "))
    if indent >= column:   # (beside an empty cell)
        return "", stripped[column:]
    if indent >= column - SHIFT and BOX.match(stripped, indent):   # (a box drawn early, beside one)
        return "", stripped[indent:]
    at = opened = indent
    for gap in _GAP.finditer(stripped, indent):
        opened += _width(stripped[at:gap.start()])
        if opened > column - 2:
            return None
        if _spans((opened, opened + gap.end() - gap.start()), column):
            left = stripped[indent:gap.start()]
            return None if BOX.match(left) else (left, stripped[gap.end():])
        opened += gap.end() - gap.start()
        at = gap.end()
    return (stripped[indent:], "") if opened + _width(stripped[at:]) <= column else None


def _spans(gap: tuple[int, int], column: int) -> bool:
    """Whether a gap, from the column it opens at to the one its next cell starts at, leaves two
    spaces or more before ``column`` and ends there, later, or up to SHIFT columns earlier."""
    return gap[0] <= column - 2 and gap[1] >= column - SHIFT


def _width(text: str) -> int:
    """How many columns a terminal prints ``text`` in (a wide character two)."""
    return len(text) + len(_WIDE.findall(text))
