"""The text dump's parse, third part of the faster forms (README "### Speed", the twenty-ninth
round, ``dumpcost12``): a run-in stamp looked for only on a line ending as one can, a post's
stamp only on a line with a clock's colon, the lines' words split once. Each answers as the
plain form it replaces."""

from __future__ import annotations

import random
import re

import pytest

from cleaner import dumpbody, textdump
from cleaner.blocks import normalize_lines, normalize_space


def plain_split_stamp(line: str) -> tuple[str, ...]:
    """``textdump._split_stamp`` as it read before: the stamp searched on every line."""
    stamp = textdump._TRAILING_STAMP.search(line)
    if stamp and stamp.start() and textdump._headline_like(line[:stamp.start()].rstrip()) \
            and not textdump._POSTED_AT.search(line, 0, stamp.start()):
        return line[:stamp.start()].rstrip(), stamp.group().strip()
    return (line,)


def plain_is_stamp(text: str) -> bool:
    return len(text) <= dumpbody.MAX_STAMP_LINE and ":" in text and "。" not in text \
        and bool(dumpbody._POST_STAMP.search(text))


class Recording:
    """A pattern whose searches are recorded (the text searched each time)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, []

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.searched.append(text)
        return self.pattern.search(text, *args)


HEADLINE = "市图书馆推出夜间阅读服务"


def test_a_run_in_stamp_is_split_off_as_the_search_of_every_line_splits_it() -> None:
    # A stamp after the headline, with whitespace after it (a space, an ideographic space, a
    # line break), with full-width digits, with 楼主 after it; lines ending otherwise.
    lines = [f"{HEADLINE}2014/12/1 18:13", f"{HEADLINE}2014/12/1 18:13 ", f"{HEADLINE}2014/12/1 18:13\u3000",
             f"{HEADLINE}2014/12/1 18:13\n", f"{HEADLINE}2014/12/1 １８:１３", f"{HEADLINE} 2005-09-11 18:04:42 楼主",
             f"{HEADLINE} 2005-09-11 18:04:42楼主 ", "来自某站发布于05-16 19:12", f"{HEADLINE}2014/12/1 18:13 评论",
             "时间: 10:32", "甲:乙", "http://example.com/a", f"{HEADLINE}2014/12/1 18:1", "18:13", ":", ""]
    split = [line for line in lines if len(plain_split_stamp(line)) == 2]
    assert len(split) == 7   # (the cases that tell a gate missing the whitespace, 主 or other digits)
    rng = random.Random(29)
    pieces = [HEADLINE, "2014/12/1", "18:13", "１８:１３", " ", "\u3000", "楼主", "主", "发布于", ":", "7", "。"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for line in lines:
        assert textdump._split_stamp(line) == plain_split_stamp(line), repr(line)


def test_a_run_in_stamp_is_searched_only_on_a_line_ending_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the lines holding a colon, only those ending on a digit or 主 are searched for a
    run-in stamp (fails on main, which searched every one)."""
    recording = Recording(textdump._TRAILING_STAMP)
    monkeypatch.setattr(textdump, "_TRAILING_STAMP", recording)
    text = "\n".join(["来源: 某网", "http://example.com/a", f"{HEADLINE}2014/12/1 18:13", "作者:张三 编辑:李四",
                      f"{HEADLINE} 2005-09-11 18:04:42 楼主", "正文第一段，有标点。"])
    lines = textdump._lines(text)[0]
    assert lines[2:4] == [HEADLINE, "2014/12/1 18:13"] and lines[-3:-1] == [HEADLINE, "2005-09-11 18:04:42 楼主"]
    assert sorted(recording.searched) == sorted([f"{HEADLINE}2014/12/1 18:13", f"{HEADLINE} 2005-09-11 18:04:42 楼主"])


def test_a_post_stamp_is_told_as_the_pattern_searched_on_every_short_line_with_a_colon() -> None:
    # The first colon not a clock's (来源:), digits of other scripts, a colon at either end,
    # one digit after it.
    lines = ["来源:某网 2025-05-20 20:10", "２０２５-０５-２０ ２０:１０", "05-20 20:10", "05-20 20:1", "05-20 2:10",
             "05-20 20:", ":10 05-20", "05-20 20:10。", "http://example.com 05-20", "08-11 16:06 楼主", "甲:乙"]
    assert [plain_is_stamp(line) for line in lines] == [True, True, True, False, True, False, False, False, False,
                                                         True, False]
    rng = random.Random(12)
    words = ["2024-03-15", "08-11", "16", ":", ":06", "12:", "2019年9月7日", "１９", "4月22号", "：", "。", "楼主",
             "来源", " ", "1", "20", "http"]
    lines += ["".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    assert sum(map(plain_is_stamp, lines)) > 200
    for line in lines:
        assert dumpbody.is_stamp(line) == plain_is_stamp(line), repr(line)


def test_a_post_stamp_is_searched_only_on_a_line_with_a_clocks_colon(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line whose colons have no digit before them and digits after them is told no stamp
    without the pattern's search (fails on main, which searched every short line with a colon)."""
    recording = Recording(dumpbody._POST_STAMP)
    monkeypatch.setattr(dumpbody, "_POST_STAMP", recording)
    lines = ["来源:某网", "http://example.com/a", "作者:张三 编辑:李四", "时间:2025-05-20", "2025-05-20 20:10",
             "来源:某网 05-20 20:10", "甲乙丙"]
    assert dumpbody.stamp_lines(lines) == (4, 5)
    assert recording.searched == ["2025-05-20 20:10", "来源:某网 05-20 20:10"]


def test_the_lines_are_each_normalised_the_blank_ones_left_out() -> None:
    # Lines of whitespace alone of every kind str.split knows (the ones splitlines breaks at
    # too), zero-width characters, and words with whitespace inside and around them.
    blanks = [" ", "\t", "\u3000", "\xa0", "\u200b", "\ufeff", "\x1f", "\x0b", " \u3000\t"]
    texts = ["\n".join(blanks), "甲\n" + "\n".join(blanks) + "\n乙", " 甲\u3000乙 \n\n\t丙\x1f丁\u200b\n\u2028戊 ",
             "\r\n".join(["", "甲", " ", "乙 丙", "\xa0"])]
    assert normalize_lines(texts[0]) == [] and normalize_lines(texts[1]) == ["甲", "乙"]
    assert normalize_lines(texts[2]) == ["甲 乙", "丙 丁", "戊"]
    rng = random.Random(7)
    alphabet = ["甲", "乙", "a", "，"] + blanks + ["\n", "\r", "\u2028", "\x1c", "\x85"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        expected = [line for line in map(normalize_space, text.splitlines()) if line]
        assert normalize_lines(text) == expected, repr(text)


def test_line_blocks_of_lines_holding_a_nul_count_every_mark() -> None:
    """A line holding a NUL of its own is told by the NULs of the lines joined by NULs counted
    (one, or one of a single line, is enough: the NUL-joined count would split its marks)."""
    from cleaner.blocks import Block, line_blocks, line_counts
    cases = [[], ["好，\0是。"], ["\0"], ["甲，", "好，\0是。"], ["a\0\0b，", "，", "。"], ["好，是。", "甲乙，丙。"],
             ["，" * 3, "", "。"]]
    rng = random.Random(5)
    alphabet = list("甲乙，。！a,.\0 ")
    cases += [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 5))]
              for _ in range(2000)]
    for lines in cases:
        assert line_blocks(lines, *line_counts(lines)) == [Block(line, i) for i, line in enumerate(lines)], lines
