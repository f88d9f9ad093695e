"""The text dump's body lines and run, faster forms (README "### Speed", the twenty-ninth round,
``bodylines``): a mark of prose and a finished line told by ``in`` before any regex, the stray
piece searched from the text's end only, a dump line weighed without a call. Each answers as the
plain form it replaces."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from cleaner import dumplines, dumpprose, textdump
from cleaner.blocks import Block, cjk_count, closes_sentence
from cleaner.body import weight
from cleaner.dumptail import marked
from cleaner.notices import fold
from cleaner.patterns import DUMP_END

# Pieces of lines: prose, its marks, a stray piece, boilerplate (in traditional characters too),
# dated items, brackets, digits, spaces.
PIECES = ["市图书馆推出夜间阅读服务", "从本周起每周延长开放时间", "，", "。", "！", "？", "、", ";", ",", "!",
          ".", "1", "2024-05-20", "（2024-01-02）", "(2024-01-03)", "”", "」", "）", "产品架", "责任编辑：",
          "責任編輯：", "来源：", "首页 > ", "（完）", " ", "a", "…"]


def random_lines(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))).strip() or "甲" for _ in range(count)]


def plain_finished(text: str) -> bool:
    return closes_sentence(text) or bool(dumplines._STRAY_PIECE.search(text))


def plain_body_lines(lines: list[str]) -> list[bool]:
    """``textdump._body_lines`` as it read before: every test a call or a regex, each line a step."""
    top = dumplines.top_lines(lines)
    counts = [cjk_count(text) for text in lines]
    return [c >= dumplines.MIN_PROSE_CJK and bool(dumplines.PROSE_MARK.search(text)) and (plain_finished(text) or (
        len(text) > dumplines.MAX_HEADLINE_CHARS
        and len(dumplines.PROSE_MARK.findall(text)) * textdump.CJK_PER_MARK >= c))
            and not (i >= dumplines.TOP_LINES and c <= len(top) and dumplines.squash(text) in top)
            and not (i < dumplines.TOP_LINES and textdump._CUT_TITLE.search(text))
            and len(textdump._ITEM_DATE.findall(text)) < dumpprose.MIN_TEASERS
            and not dumplines.headline_like(text, c) and not dumplines.BOILERPLATE.search(folded := fold(text))
            and not DUMP_END.match(folded)
            for i, (text, c) in enumerate(zip(lines, counts))]


def test_finished_tells_a_stray_piece_as_the_search_of_the_whole_text() -> None:
    # The piece may follow a closing quote and stand before a last line break: six characters.
    for text in ["好。产品架", "好。”产品架", "好。”产品架\n", "好！）产品架\n", "好。产品架子\n", "好。”产\n"]:
        assert dumplines.finished(text) == plain_finished(text), text
    rng = random.Random(41)
    chars = list("甲乙丙。！？”’」』）)a \n")
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert dumplines.finished(text) == plain_finished(text), text


def recorded(pattern: re.Pattern[str], asked: list[tuple[str, int]]) -> SimpleNamespace:
    """``pattern`` with each search's text and start kept in ``asked``."""
    def search(text: str, pos: int = 0) -> re.Match[str] | None:
        asked.append((text, pos))
        return pattern.search(text, pos)
    return SimpleNamespace(search=search, findall=pattern.findall)


def test_the_stray_piece_is_searched_from_the_texts_end_only(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(dumplines, "_STRAY_PIECE", recorded(dumplines._STRAY_PIECE, asked))
    text = "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点。产品架"
    assert dumplines.finished(text)
    assert asked == [(text, len(text) - 6)]   # (the piece, a closing quote, a last line break)


def test_prose_text_finds_a_mark_as_the_pattern_does() -> None:
    rng = random.Random(42)
    chars = list("甲a，。！？；、,;!?.1 ")
    for _ in range(3000):
        text = "甲" * 15 + "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        assert dumplines.prose_text(text) == bool(dumplines.PROSE_MARK.search(text)), text


def test_body_lines_answer_as_the_plain_tests() -> None:
    rng = random.Random(43)
    for _ in range(300):
        lines = random_lines(rng, rng.randint(1, 12))
        assert textdump._body_lines(lines) == plain_body_lines(lines), lines
        counts = [cjk_count(line) for line in lines]
        assert textdump._body_lines(lines, counts) == plain_body_lines(lines), lines


def test_body_lines_tell_a_line_with_a_cjk_comma_without_the_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int]] = []
    for module, name in ((dumplines, "PROSE_MARK"), (textdump, "_PROSE_MARK")):
        monkeypatch.setattr(module, name, recorded(getattr(module, name), asked))
    lines = ["从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点。", "短行", "图书馆推出夜间阅读服务；" * 8 + "读者欢迎！"]
    assert textdump._body_lines(lines) == [True, False, True]
    assert [text for text, _ in asked] == [lines[2]]


def plain_core_weights(blocks: list[Block]) -> list[float]:
    """``textdump._core_weights`` as the plain tests and :func:`cleaner.body.weight` tell it."""
    return [weight(b) if (marked(b) or closes_sentence(b.text)) and not dumplines.BULLET.match(b.text)
            else -float(min(len(b.text), textdump.LABEL_CHARS)) for b in blocks]


def test_a_dump_lines_weight_is_weights() -> None:
    rng = random.Random(44)
    texts = ["", "。", "甲乙", "甲" * 20, "甲" * 14 + "…", "甲乙，丙丁。", "a b c.", "甲" * 30 + "，" * 3, "- 甲乙。"]
    for _ in range(400):
        text = rng.choice(texts) + rng.choice(texts)
        blocks = [Block(text, 0, link_chars=links, cjk=cjk_count(text), punct=rng.choice([-1, 0, 1, 3]))
                  for links in (0, len(text) // 2, len(text))]
        assert list(map(repr, textdump._core_weights(blocks))) == list(map(repr, plain_core_weights(blocks))), text


def test_a_dump_line_is_weighed_without_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[Block] = []

    def recording(block: Block) -> float:
        called.append(block)
        return weight(block)
    monkeypatch.setattr(textdump, "weight", recording)
    lines = [Block("从本周起，市图书馆推出夜间阅读服务。", 0, cjk=16, punct=2),
             Block("甲乙丙。", 1, cjk=3, punct=1), Block("甲乙丙，丁。", 2, link_chars=3, cjk=4, punct=2)]
    assert textdump._core_weights(lines) == [weight(block) for block in lines]
    assert called == [lines[2]]

