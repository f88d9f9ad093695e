"""The text dump's parse, sixth part of the faster forms (README "### Speed", the thirty-second
round, ``dumpparse2``): the lines holding a colon are found among the marks' bytes of the one join
that counts the lines (``blocks.line_counts_holding``), not by an ``in`` test a line; the lines that
may open the body are told by the weights' pass (``textdump._core_weights``), and ``_body_lines``
visits those alone; the threads' entries read the lines' CJK counts the parse made. The answers are
the ones the plain forms give."""

from __future__ import annotations

import random

import pytest

from cleaner import dumpbody, textdump
from cleaner.blocks import Block, cjk_count, holding_codec, line_blocks, line_counts_holding, punct_count
from cleaner.dumpbody import stamp_lines, threads
from cleaner.dumplines import prose_marked
from cleaner.notices import FOLDED_CHARS

HEADLINE = "市图书馆推出夜间阅读服务"
PROSE = "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上10点。"


def test_the_lines_holding_a_colon_come_with_their_counts() -> None:
    # Lines of colons (ASCII, and the full-width one, which is no colon here), of other marks, a
    # NUL or the joiner (the marks counted line by line then), and characters fold changes.
    codec = holding_codec(FOLDED_CHARS)
    rng = random.Random(51)
    alphabet = list("甲乙:：:,.。 a") + ["\0", "\ue000", FOLDED_CHARS[0], FOLDED_CHARS[-1]]
    cases = [[], [""], [":"], ["：", "甲:乙:丙", "::"], ["\0:", "甲"], ["甲\ue000", "乙:"], ["a", "b:"]]
    cases += [["".join(rng.choice(alphabet[:-4] if rng.random() < 0.7 else alphabet) for _ in range(rng.randint(0, 6)))
               for _ in range(rng.randint(0, 6))] for _ in range(3000)]
    for lines in cases:
        cjk, punct, held, colons = line_counts_holding(lines, codec)
        assert colons == [i for i, line in enumerate(lines) if ":" in line], lines
        assert (cjk, punct) == ([cjk_count(line) for line in lines], [punct_count(line) for line in lines]), lines
        assert held == any(char in FOLDED_CHARS for line in lines for char in line), lines
        assert line_counts_holding(lines, codec, "，")[3] == [i for i, line in enumerate(lines) if "，" in line]
    assert sum(bool(line_counts_holding(lines, codec)[3]) for lines in cases) > 1000


def test_dump_lines_come_with_their_counts_as_cut() -> None:
    # A headline cut from its run-in stamp moves the lines below it: the colons, the counts and
    # the characters fold changes are those of the lines as cut (a page with a line cut is
    # counted again).
    rng = random.Random(52)
    pieces = [f"{HEADLINE}2014/12/1 18:13", f"來源：某網 {HEADLINE}2014/12/1 18:13", "来自某站发布于05-16 19:12",
              "首页 新闻", "时间: 10:32", "甲:乙", "2025-05-20 20:10", "", "正文，有标点。", "舊聞"]
    cut = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        lines, colons, (cjk, punct, folds, chars) = textdump._lines(text)
        assert colons == [i for i, line in enumerate(lines) if ":" in line], text
        assert cjk == list(map(cjk_count, lines)) and punct == list(map(punct_count, lines)), text
        assert folds == any(char in FOLDED_CHARS for line in lines for char in line), text
        assert chars == sum(map(len, lines)), text
        cut += len(lines) > len(text.split("\n")) - text.split("\n").count("")
    assert cut > 500


def _blocks(lines: list[str]) -> list[Block]:
    return line_blocks(lines, list(map(cjk_count, lines)), list(map(punct_count, lines)))


def test_the_lines_that_may_open_the_body_are_those_the_weights_mark() -> None:
    # Lines of 15 CJK characters or more, and fewer; marked by a CJK comma or full stop, by another
    # mark of prose, by an ASCII one a digit follows (no mark: 1,000), or by a colon only (none);
    # an item of a list (weighed as a label, and still a line that may open the body).
    rng = random.Random(53)
    ideographs = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    marks = ["，", "。", "、", "；", "！", "?", ",", ", ", "1,000", "3.5", "：", ":", "", "”", "…"]
    heads = ["", "", "", "* ", "1. ", "首页 > "]
    seen = [0, 0]
    for _ in range(400):
        lines = [rng.choice(heads) + "".join(rng.choice(ideographs) if rng.random() < 0.85 else rng.choice(marks)
                                             for _ in range(rng.choice((5, 14, 16, 30, 90)))) + rng.choice(marks)
                 for _ in range(rng.randint(1, 8))]
        blocks = _blocks(lines)
        marked: list[int] = []
        weights = textdump._core_weights(blocks, marked)
        assert marked == [i for i, line in enumerate(lines) if cjk_count(line) >= 15 and prose_marked(line)], lines
        assert weights == textdump._core_weights(blocks), lines
        cjk = [b.cjk for b in blocks]
        for folds in (False, True):
            body = textdump._body_lines(lines, cjk, folds, marked)
            assert body == textdump._body_lines(lines, cjk, folds) == textdump._body_lines(lines), lines
        seen[0] += len(marked)
        seen[1] += sum(body)
    assert seen[0] > 500 and seen[1] > 200
    # Only the lines given are visited: a paragraph left out of them is none.
    assert textdump._body_lines([PROSE, PROSE], None, True, [1]) == [False, True]


def test_the_threads_read_the_counts_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page of dated entries (heading, stamp, text), and one of a thread of posts: the entries
    # the counts given tell are the ones counted here, and no line is counted again.
    rng = random.Random(54)
    pieces = ["文章标题第一篇", "2025-05-20 20:10", "2025-05-21 08:00", PROSE, "短", "评论 回复", "甲乙丙丁:十",
              "今天，天气很好。"]
    found = 0
    for _ in range(500):
        lines = [rng.choice(pieces) for _ in range(rng.randint(3, 30))]
        body = [line == PROSE for line in lines]
        stamps = stamp_lines(lines)
        plain = threads(lines, body, stamps)
        assert threads(lines, body, stamps, [cjk_count(line) for line in lines]) == plain, lines
        found += bool(plain)
    assert found > 100
    counted: list[str] = []
    monkeypatch.setattr(dumpbody, "cjk_count", lambda text: counted.append(text) or cjk_count(text))
    lines = ["文章标题第一篇", "2025-05-20 20:10", PROSE] * 4
    assert threads(lines, [False] * len(lines), stamp_lines(lines), list(map(cjk_count, lines))) == [(4, 12), (3, 12)]
    assert counted == []
