"""The text dump's parse, fifth part of the faster forms (README "### Speed", the thirty-first
round, ``dumpgc``): the body's lines read the lines' CJK counts from the one join that counts
them (``blocks.line_counts_holding``), not from a pass over the blocks made of them, and are not
scanned for a character ``fold`` changes when that pass found none in them; the body's run
weighs a line of ideographs only (its CJK count its length) as a label without taking its last
character. The page and the weights are the ones the plain forms give."""

from __future__ import annotations

import random

import pytest

from cleaner import textdump
from cleaner.blocks import (Block, closes_sentence, cjk_count, holding_codec, line_counts, line_counts_holding,
                            punct_count)
from cleaner.body import weight
from cleaner.dumplines import BULLET
from cleaner.dumptail import marked
from cleaner.notices import FOLDED_CHARS

HEADLINE = "市图书馆推出夜间阅读服务"
PROSE = "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上10点。"


def test_the_body_lines_read_the_counts_of_the_lines_join(monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[tuple[list[int], list[int], bool]] = []
    given: list[tuple[list[int] | None, bool]] = []
    body_lines = textdump._body_lines

    def counting(lines: list[str], codec: object, mark: str = ":", joined: str | None = None
                 ) -> tuple[list[int], list[int], bool, list[int]]:
        counted.append(line_counts_holding(lines, codec, mark, joined))
        return counted[-1]

    def reading(lines: list[str], cjk: list[int] | None = None, folds: bool = True,
                marked: list[int] | None = None) -> list[bool]:
        given.append((cjk, folds))
        return body_lines(lines, cjk, folds, marked)
    monkeypatch.setattr(textdump, "line_counts_holding", counting)
    monkeypatch.setattr(textdump, "_body_lines", reading)
    for source, folds in (("来源", False), ("來源", True)):
        page = textdump.parse(f"首页 新闻\n{HEADLINE}\n2025-05-20 20:10 {source}：某网\n{PROSE}\n")
        assert [b.tag for b in page.blocks] == ["line", "h1", "meta", "line"]
        assert given[-1][0] is counted[-1][0] and given[-1][1] is counted[-1][2] is folds
    assert len(counted) == len(given) == 2   # (main's parse passed a list read back from the blocks)


def test_the_lines_held_characters_are_told_with_their_counts() -> None:
    # Whether the lines hold a character fold changes, from the marks' pass; the counts as
    # line_counts gives them, with a NUL, the joiner, the marks and those characters about.
    codec = holding_codec(FOLDED_CHARS)
    rng = random.Random(32)
    alphabet = list("甲乙，。！a,.\0 \ue000") + list(FOLDED_CHARS[:5] + FOLDED_CHARS[-3:])
    cases = [[], [""], ["來"], ["甲", "乙，"], ["\0來"], ["來\ue000"]]
    cases += [["".join(rng.choice(alphabet[:-8] if rng.random() < 0.5 else alphabet) for _ in range(rng.randint(0, 8)))
               for _ in range(rng.randint(0, 5))] for _ in range(3000)]
    for lines in cases:
        cjk, punct, held, _ = line_counts_holding(lines, codec)
        assert (cjk, punct) == line_counts(lines) == ([cjk_count(line) for line in lines],
                                                      [punct_count(line) for line in lines]), lines
        assert held == any(char in FOLDED_CHARS for line in lines for char in line), lines
        assert line_counts_holding(lines, holding_codec(""))[2] is False
    for chars in ("甲甲", "，", "\U00020000", "甲" * 242):
        with pytest.raises(ValueError):
            holding_codec(chars)


def test_the_body_lines_of_lines_fold_leaves_are_the_same_unfolded() -> None:
    rng = random.Random(33)
    pieces = [PROSE, "责任编辑：张三。", "首页 > 新闻 > 正文，今天。", "注：本文仅代表作者观点，不代表本站立场。",
              "扫码关注微信公众号，获取更多资讯。", HEADLINE, "希望以上内容对您有帮助。"]
    for _ in range(300):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 8))]
        assert textdump._body_lines(lines, None, False) == textdump._body_lines(lines), lines


def _plain_parse(text: str) -> tuple[list[tuple[str, int, str, int, int, int]], tuple[int, int] | None]:
    """What parse gives, with every block made again by the dataclass (its counts by the regex)."""
    page = textdump.parse(text)
    plain = [Block(b.text, b.position, b.tag, heading=b.heading) for b in page.blocks]
    assert list(page.blocks) == plain
    return [(b.text, b.position, b.tag, b.heading, b.cjk, b.punct) for b in plain], page.counted


def test_a_dumps_page_is_the_one_its_lines_counts_give() -> None:
    # Lines whose CJK count and marks differ (a line of marks and few ideographs, a long line
    # of prose, labels): a parse reading the marks, or one line's count for another's, as
    # the CJK counts finds no body, or another headline.
    assert _plain_parse(f"首页 新闻 体育\n\n{HEADLINE}\n2025-05-20 20:10 来源：某网\n{PROSE}\n") == (
        [("首页 新闻 体育", 0, "line", 0, 6, 0), (HEADLINE, 1, "h1", 1, 12, 0),
         ("2025-05-20 20:10 来源：某网", 2, "meta", 0, 4, 2), (PROSE, 3, "line", 0, 28, 3)], (75, 50))
    marks = "，。！？；：、,.!?;:" * 2
    rng = random.Random(31)
    pieces = ["首页 新闻", HEADLINE, "2025-05-20 20:10 来源：某网", PROSE, marks, f"甲乙{marks}", "原创 " + HEADLINE,
              PROSE * 3, "责任编辑：张三", "相关推荐", "a, b. c!"]
    seen = set()
    for _ in range(300):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 9))]
        blocks, counted = _plain_parse("\n".join(lines))
        assert counted == (sum(len(text) for text, *_ in blocks), sum(cjk for *_, cjk, _ in blocks)), lines
        seen.add(tuple(tag for _, _, tag, *_ in blocks))
    assert any("h1" in tags and "meta" in tags for tags in seen)


class _Indexed(str):
    """A line that records each character taken from it by an index."""
    taken: list[str] = []

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _Indexed.taken.append(str(self))
        return str.__getitem__(self, key)


def test_a_line_of_ideographs_only_is_weighed_without_its_last_character() -> None:
    lines = ["首页", "市图书馆推出夜间阅读服务", "新闻 体育", "“夜读”", "阅读服务…", "开放。", "甲"]
    blocks = [Block(_Indexed(line), i) for i, line in enumerate(lines)]
    _Indexed.taken = []
    weights = textdump._core_weights(blocks)
    assert _Indexed.taken == ["新闻 体育", "“夜读”", "阅读服务…"]   # (main took every line's last)
    assert weights == [-2.0, -12.0, -5.0, weight(blocks[3]), weight(blocks[4]), weight(blocks[5]), -1.0]


def test_the_core_weights_are_the_plain_forms_whatever_the_lines_end_on() -> None:
    # Lines of ideographs only, and lines of ideographs closed by a mark that no count of
    # punctuation holds (…”」』）)]】) or by one it holds, or by other text: a test of the last
    # character skipped on a line holding any other character weighs it as a label.
    rng = random.Random(31)
    ends = list("…”」』）)]】\"'。！？!?.；;") + ["a", "1", " 甲", "，乙"]
    texts = ["", "甲", "甲" * 14, "甲" * 30] + ["".join(rng.choice("甲乙丙丁戊己庚辛") for _ in range(rng.randint(1, 40)))
                                             + rng.choice(ends + [""] * 8) for _ in range(3000)]
    blocks = [Block(("* " if rng.random() < 0.05 else "") + text, i) for i, text in enumerate(texts)]
    expected = [weight(b) if (marked(b) or closes_sentence(b.text)) and not BULLET.match(b.text)
                else -float(min(len(b.text), textdump.LABEL_CHARS)) for b in blocks]
    assert textdump._core_weights(blocks) == expected
    assert sum(w > 0 for w in expected) > 500 and sum(w < 0 for w in expected) > 500
