"""The columns of a table a text-mode renderer lays out side by side, read one after the other.

A renderer that keeps a page's layout table (inscriptis, a text-mode browser) prints its cells
side by side: every row of the table is a line as wide as the others, its cells padded with
spaces to their column's width. An article in one column and a sidebar of headlines in the next
come out interleaved, a paragraph, then two headlines, then a paragraph, and the body's run is
broken at every headline. :func:`by_columns` finds such a run of lines (as wide as each other,
at least :data:`MIN_ROWS` of them, a wide gap in one; a line of another width between two of
them, stripped of its padding or rewritten, one of its rows), its columns (the spans no row's
text crosses) and reads it column by column, when few of its rows hold text in more than one
column: a layout's columns run on independently, where a table of data fills each row across
(its rows are left as they are).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import islice
from operator import add, eq

__all__ = ["MIN_ROWS", "by_columns"]

#: A run of lines as wide as each other is a table's rows from this many lines.
MIN_ROWS = 3
#: ... and from this width (characters) on.
MIN_WIDTH = 40
#: A layout reads by columns when at most this share of its rows with text fills more than one.
MAX_SHARED_ROWS = 1 / 3

# A cell's text in a row: words and the gaps of 1-3 spaces between them (four or more: a column gap).
_CELL = re.compile(r"\S+(?: {1,3}\S+)*")
_ROWS = re.compile(b"[\x01\x03](?:[\x01\x03]|\x02.)*", re.DOTALL)


def by_columns(text: str) -> str:
    """``text`` (NBSPs made spaces) with each layout table's rows read column by column (see the
    module docstring); ``text`` itself when it holds no column gap."""
    if "    " not in text:
        return text
    lines = text.split("\n")
    widths = list(map(len, lines))
    # A byte a line: +1 when it is as wide as the next line, +2 when as wide as the one after (a
    # line of another width between two rows, stripped or rewritten, is a row still); a run of
    # rows opens with an odd byte (found in C).
    after = list(map(eq, widths, islice(widths, 2, None)))
    codes = bytes(map(add, map(eq, widths, islice(widths, 1, None)), map(add, after, after)))
    out: list[str] = []
    done = 0
    for run in _ROWS.finditer(codes):
        start, end = run.start(), run.end() + 1
        width = widths[start]
        read = _columns(lines[start:end], width) if width >= MIN_WIDTH and end - start >= MIN_ROWS else None
        if read is not None:
            out += lines[done:start]
            out += read
            done = end
    if not done:
        return text
    out += lines[done:]
    return "\n".join(out)


def _columns(rows: list[str], width: int) -> list[str] | None:
    """The rows' cells column by column, left to right; None when they are no layout's (one
    column, no gap on any row, or many rows filled across). The columns are those of the rows
    ``width`` wide; a line of another width among them is one cell, read whole in the column
    where its text starts. A column with text on fewer than :data:`MIN_ROWS` rows is a cell of a
    row or two (a header row's date beside the site's name), read with the column on its left."""
    spans = [[m.span() for m in _CELL.finditer(row)] for row in rows]
    full = [len(row) == width for row in rows]
    if all(len(row) < 2 for row, whole in zip(spans, full) if whole):
        return None
    columns: list[list[int]] = []
    for left, right in sorted(span for row, whole in zip(spans, full) if whole for span in row):
        if columns and left <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], right)
        else:
            columns.append([left, right])
    if len(columns) < 2:
        return None
    starts = [left for left, _ in columns]
    # The columns each row holds text in (a line of another width: the one its text starts in).
    cells = [{bisect_right(starts, left) for left, _ in (row if whole else row[:1])}
             for row, whole in zip(spans, full)]
    rows_in = Counter(index for held in cells for index in held)
    edges = [left for index, (left, _) in enumerate(columns, 1) if rows_in[index] >= MIN_ROWS]
    if len(edges) < 2:
        return None
    edges[0] = 0
    cells = [{bisect_right(edges, left) for left, _ in (row if whole else row[:1])}
             for row, whole in zip(spans, full)]
    filled = sum(1 for held in cells if held)
    if sum(1 for held in cells if len(held) > 1) > MAX_SHARED_ROWS * filled:
        return None
    edges.append(width)
    return [row[left:right] if whole else row
            for index, (left, right) in enumerate(zip(edges, edges[1:]), 1)
            for row, whole, held in zip(rows, full, cells)
            if index in held and (not whole or not row[left:right].isspace())]
