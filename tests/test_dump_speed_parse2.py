"""The text dump's parse, fourth part of the faster forms (README "### Speed", the thirtieth
round, ``dumpparse``): the lines with a colon found once for the run-in stamps and the posts'
stamps, the marks and the ideographs counted over one join of the lines, the best runs above
the best one read from its own pass, a line's end told by its last character. Each answers as
the plain form it replaces."""

from __future__ import annotations

import random

from cleaner import textdump
from cleaner.blocks import Block, cjk_count, punct_count
from cleaner.dumpbody import stamp_lines
from test_dump_speed_runs import plain_best_runs

HEADLINE = "市图书馆推出夜间阅读服务"


def test_dump_lines_come_with_the_lines_holding_a_colon_and_the_stamps_among_them() -> None:
    # A line cut in two (a headline and its run-in stamp) moves the lines below it one down:
    # the colons are those of the lines as cut, and the stamps read on them are stamp_lines's.
    rng = random.Random(41)
    pieces = [f"{HEADLINE}2014/12/1 18:13", "来自某站发布于05-16 19:12", "首页 新闻", "时间: 10:32", "甲:乙",
              f"{HEADLINE} 2005-09-11 18:04:42 楼主", "2025-05-20 20:10", "", "    ", "正文，有标点。", "08-11 16:06"]
    cut = 0
    for _ in range(1500):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        lines, colons, _ = textdump._lines(text)
        assert colons == [i for i, line in enumerate(lines) if ":" in line], text
        page = textdump.parse(text)
        assert page.stamps == stamp_lines([b.text for b in page.blocks]), text
        cut += len(lines) > len(text.split("\n"))
    assert cut > 100


def plain_best_run(weights: list[float]) -> tuple[int, int]:
    """``containers.best_run`` as it read before ``best_runs``: the maximum-sum run's range (the
    last answer of the plain loop, which took a new range exactly when the best sum rose)."""
    return plain_best_runs(weights)[-1]


def test_best_runs_hold_best_run_of_every_prefix() -> None:
    from cleaner.containers import best_run, best_runs
    rng = random.Random(42)
    cases = [[], [-1.0], [0.0], [2.0, -1.0, 2.0], [1.0, -3.0, 1.0, 1.0, -5.0, 0.5, 0.5, 0.5]]
    cases += [[rng.choice([-20.0, -4.0, -1.0, 0.0, 0.5, 1.0, 3.0, 30.0, 12.6]) for _ in range(rng.randint(0, 40))]
              for _ in range(1500)]
    for weights in cases:
        runs = best_runs(weights)
        assert runs[0] == (0, 0) and [end for _, end in runs] == sorted(end for _, end in runs)
        for k in range(len(weights) + 1):
            assert [run for run in runs if run[1] <= k][-1] == plain_best_run(weights[:k]), (weights, k)
        assert best_run(weights) == plain_best_run(weights)


def test_line_counts_are_the_regex_counts_whatever_the_lines_hold() -> None:
    # A line's own NUL, the joiner (U+E000) or a character of its high byte, a character of the
    # high byte the hexagrams share with ideographs, beyond the basic plane; no line at all.
    from cleaner.blocks import line_counts
    cases = [[], [""], ["好，\0是。"], ["\0"], ["甲\ue000乙，", "丙。"], ["\ue0a1图标", "甲，乙"], ["䷀卦，", "甲"],
             ["𠀀甲，", "。"], ["\ue000", "\ufdd0"], ["甲乙，丙。", "a.b,c!", "；：、"]]
    rng = random.Random(43)
    alphabet = list("甲乙䷀，。！a,.\0 ") + ["\ue000", "\ue0a1", "\ufdd0", "𠀀", "：", "、"]
    cases += [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 5))]
              for _ in range(3000)]
    for lines in cases:
        assert line_counts(lines) == ([cjk_count(line) for line in lines], [punct_count(line) for line in lines]), lines


def test_a_dump_lines_end_is_its_last_character() -> None:
    # The dump's lines hold no whitespace at either end (normalize_lines, _split_stamp), so
    # _core_weights reads a line's last character as it stands: a line ending on a space (no
    # line of a dump) is no closed sentence to it. Lines of one character, and none, weigh.
    rng = random.Random(44)
    words = ["甲乙丙", "，", "。", "”", "）", "…", " ", "a", "!", "- ", "\u3000"]
    for _ in range(300):
        text = "\n".join("".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(10))
        lines = textdump._lines(text)[0]
        assert all(line and line == line.strip() for line in lines), text
    blocks = [Block(text, 0) for text in ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰”", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰” ", "”", "甲", ""]]
    assert textdump._core_weights(blocks) == [(15 + 0.3) * 0.5, -17.0, -textdump.LABEL_PENALTY, -1.0, 0.0]
