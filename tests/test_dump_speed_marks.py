"""The headline's pieces after the marks of a dump's lines found on the lines that hold a mark,
by one needle a piece head, as the lookbehind for the mark finds them (README "### Speed", the
twenty-eighth round)."""

from __future__ import annotations

import random
import re

import pytest

from cleaner import dumpspam, injection
from cleaner.blocks import Block
from cleaner.dumplines import headline_like

TITLE = "市图书馆推出夜间阅读服务"


def _by_lookbehind(blocks: tuple[Block, ...], title: str) -> list[str]:
    """The texts the lookbehind for the mark leaves, line by line (a headline-like line keeps
    its own)."""
    pieces = sorted(injection.pieces(title), key=len, reverse=True)
    stuffed = re.compile(f"(?<=[{dumpspam.MARKS}])(?:{'|'.join(map(re.escape, pieces))})")
    return [b.text if headline_like(t) else t for b, t in zip(blocks, (stuffed.sub("", b.text) for b in blocks))]


def test_only_the_lines_holding_a_mark_are_searched_for_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line without a mark (a label, a link, a row of keywords: half a page's characters)
    holds no piece after one: the text searched is the lines holding a mark, joined, and the
    pieces come out of the lines they are in (main searched every line)."""
    searched: list[str] = []
    own = dumpspam.after_marks

    def recording(text: str, pieces: frozenset[str]) -> list[tuple[int, int]]:
        searched.append(text)
        return own(text, pieces)

    monkeypatch.setattr(dumpspam, "after_marks", recording)
    piece = sorted(injection.pieces(TITLE), key=len)[-1]
    labels = ["首页 新闻 图书馆", "图书馆推出 夜间阅读 " * 30, piece + " " + piece, "关于我们"]
    paragraphs = [f"第{k}段，{piece}市图书馆推出夜间阅读服务。{piece}读者反响很好，{piece}" for k in range(4)]
    lines = [labels[0], paragraphs[0], labels[1], paragraphs[1], labels[2], paragraphs[2], paragraphs[3], labels[3]]
    blocks = tuple(Block(text, i) for i, text in enumerate(lines))
    out = dumpspam.unstuffed(blocks, TITLE)
    assert searched == ["\n".join(paragraphs)]
    assert [b.text for b in out] == _by_lookbehind(blocks, TITLE)
    assert [out[i].text for i in (0, 2, 4, 7)] == labels and all(out[i].text != lines[i] for i in (1, 3, 5, 6))
    assert [(b.cjk, b.punct) for b in out] == [(Block(b.text, 0).cjk, Block(b.text, 0).punct) for b in out]


def test_pieces_after_every_mark_are_found_as_a_search_of_the_mark_and_the_piece_finds_them() -> None:
    """Each of the twelve marks, the ASCII ones too, made the first one for the search: the
    longest piece right after each, as a search of any mark followed by the pieces (longest
    first) finds them; none after a line break, a NUL or the text's start, pieces of one
    character and pieces one of which opens another."""
    rng = random.Random(28)
    marks = dumpspam.MARKS
    for _ in range(3000):
        letters = rng.choice(["甲乙丙丁", "甲乙a1", "甲乙丙\n\0 "])
        text = "".join(rng.choice(letters + marks) for _ in range(rng.randint(0, 40)))
        pieces = frozenset("".join(rng.choice(letters.strip("\n\0 ")) for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 6)))
        longest_first = "|".join(map(re.escape, sorted(pieces, key=len, reverse=True)))
        expected = [m.span(1) for m in re.finditer(f"[{re.escape(marks)}]({longest_first})", text)]
        assert dumpspam.after_marks(text, pieces) == expected, (text, pieces)
    for mark in marks:
        assert dumpspam.after_marks(f"甲{mark}乙丙{mark}乙", frozenset({"乙", "乙丙"})) == [(2, 4), (5, 6)]
    assert dumpspam.after_marks("乙丙\n乙，\0乙", frozenset({"乙", "乙丙"})) == []
