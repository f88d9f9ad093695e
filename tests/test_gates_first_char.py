"""Gates that read a text for a mark by a cheaper search give the answers of the searches they
replace, on texts made of the marks' own characters (README "### Speed"): a code block's
numbers counting from one (:mod:`cleaner.boxes`) and the indented lines of a dump in screen
columns (:mod:`cleaner.dumpcolumns`)."""

from __future__ import annotations

import random

from cleaner import boxes, dumpcolumns


def test_numbers_counting_from_one_are_found_as_the_four_searches_find_them() -> None:
    """1 before 2 on the next line, after a space, after a bullet a dump prints (* 2, • 2, · 2)
    on the next line: one pattern, the same answer as the substring tests; a 2 after two spaces
    or a line break and a space is none of them."""
    def four(text: str) -> bool:
        return "1\n2" in text or "1 2" in text or any(f"1\n{b}2" in text for b in boxes._BULLETS)

    rng = random.Random(44)
    for _ in range(20000):
        text = "".join(rng.choice(["1", "2", " ", "\n", "* ", "• ", "· ", "*", "•", "a", "复"])
                       for _ in range(rng.randint(0, 12)))
        assert (boxes._COUNT_FROM_ONE.search(text) is not None) == four(text), repr(text)
    for text, found in (("1\n2", True), ("第1 2", True), ("1\n* 2", True), ("1\n• 2", True),
                        ("1\n· 2", True), ("1  2", False), ("1\n 2", False), ("12", False)):
        assert (boxes._COUNT_FROM_ONE.search(text) is not None) is found == four(text)


def test_indented_lines_are_counted_as_far_as_the_gate_needs() -> None:
    """Three lines indented the column's spaces or more, whatever the spaces between them (a
    line indented twice the column's spaces counts once, as ``str.count`` counts it)."""
    need, indent = dumpcolumns.MIN_INDENTED, dumpcolumns._INDENTED
    rng = random.Random(8)
    pieces = ["\n", " ", " " * (len(indent) - 1), indent, indent + " ", "\n" + indent, "文", "a"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert dumpcolumns._indented(text) == (text.count(indent) >= need), repr(text)
    assert dumpcolumns._indented(indent * need) and not dumpcolumns._indented(indent * (need - 1))
    assert not dumpcolumns._indented(("\n" + " " * (2 * len(indent) - 2)) * (need - 1))
