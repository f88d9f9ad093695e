"""The text dump's parse, the thirty-sixth round (``dumpparse4``): the characters of its lines,
all together (``Page.counted``), read from the length of the one join that counts the lines
(``blocks.line_counts_holding``), less its joiners, where a ``sum(map(len, lines))`` cost ~240
instructions a line. The counts are the ones the plain sums give."""

from __future__ import annotations

import random

from cleaner import textdump
from cleaner.blocks import JOINER, Block, line_blocks

HEADLINE = "市图书馆推出夜间阅读服务"
PROSE = "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上10点。"


def _dumps() -> list[str]:
    rng = random.Random(36)
    pieces = ["首页 新闻 体育", HEADLINE, f"{HEADLINE}2025-05-20 20:10", "2025-05-20 20:10 来源：某网", PROSE,
              f"原创 {HEADLINE}", "  \u3000 ", "", "    ", f"甲{JOINER}乙", "来源: 某网    责任编辑：张三", "\xa0"]
    dumps = ["", "\n\n", JOINER, f"首页\n{HEADLINE}2014/12/1 18:13\n{PROSE}\n"]
    dumps += ["\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    return dumps


def test_the_lines_characters_are_their_joins_length_less_its_joiners() -> None:
    cut = 0
    for text in _dumps():
        lines, _, counts = textdump._lines(text)
        assert counts[3] == sum(map(len, lines)), text   # (main's _lines gave three counts, no characters)
        cut += any(line == HEADLINE for line in lines) and f"{HEADLINE}20" in text
        page = textdump.parse(text)   # (a badge cut off the headline counted off too)
        assert page.counted == (sum(len(b.text) for b in page.blocks), sum(b.cjk for b in page.blocks)), text
    assert cut > 10   # (lines cut in two by a run-in stamp, counted again)


def test_the_line_blocks_and_weights_append_by_the_lists_own_method() -> None:
    # (Python 3.11 specialises ``out.append(x)`` for a list; a bound ``append`` kept in a local,
    # and a position added to a line, are steps of their own: main kept both.)
    assert "append" not in textdump._core_weights.__code__.co_varnames
    assert "append" not in line_blocks.__code__.co_varnames
    assert "range" in line_blocks.__code__.co_names
    lines = ["首页", HEADLINE, PROSE, "", "a  b"]
    assert line_blocks(lines, [2, 12, 28, 0, 0], [0, 0, 3, 0, 0]) == [
        Block(line, i) for i, line in enumerate(lines)]
