"""A sentence that a dump breaks at every number set apart in the page's markup.

A page may set the figures of a sentence in elements of their own (``<font>``, ``<span>``,
``<strong>``), and a flattener that puts a line break around every element
(``get_text("\\n")``) prints such a sentence in pieces, the text and the figures a line each::

    今年
    1
    月至
    5
    月，全市共发生各类事故
    59
    起，死亡
    73
    人。

Read so, no piece is a paragraph: the pieces are too short and unfinished, and the sentence
goes as a tail of link labels. :func:`unbroken` puts such a sentence back on one line: a line
that is a number alone, between a line ending on an ideograph and a line opening with what
follows a number in Chinese (a measure word or unit: 月, 起, 人, 万元, 多, ％), is joined to
both. The sentence must go on as prose after a number (a CJK comma or full stop in a line
after one), and be prose before it too (a mark in the line before the number) unless it breaks
at two numbers or more: a counter under its label or after a headline (剩余 / 15 / 条评论, 标题
/ 7 / 条评论), or a count of comments between two items of a list of headlines (某某网 / 0 /
月球…, its next item opening with a unit by chance), is no sentence, and its lines are left as
they are.
"""

from __future__ import annotations

import re

__all__ = ["unbroken"]

#: What follows a number in a Chinese sentence: a measure word, a unit of time, money, size or
#: share, 多 and 余 (10多位, 10余人), a percent sign; traditional forms too.
UNITS = ("年月日号號时時点點分秒岁歲周週天个個人名位家户戶项項条條件次起届屆层層楼樓幢栋棟座所"
         "辆輛台臺部篇款种種类類份批只隻头頭张張元角块塊万萬亿億千百米吨噸斤倍亩畝度期例宗多余餘%％")
# A line holding a number alone, the line after it opening with a unit: where a dump may have
# broken a sentence (the text's one search, in C; most dumps hold none). A dump that sets every
# line apart with a blank one (:data:`MAX_BLANKS`) sets these apart too.
_BLANKS = r"(?:[ \t\u3000\r]*\n){0,2}"
_BROKEN = re.compile(r"\n" + _BLANKS + r"[ \t\u3000]*\d[\d.,]*[%％]?[ \t\r]*\n" + _BLANKS + "[ \t\u3000]*[" + UNITS + "]")
_NUMBER = re.compile(r"\d[\d.,]*[%％]?")
#: Blank lines that may stand between the pieces of a broken sentence.
MAX_BLANKS = 2
#: A mark that a line of prose holds (a piece after a number must hold one).
PROSE_MARKS = "，。；"


def unbroken(text: str) -> str:
    """``text`` with each sentence broken at its numbers (see the module) on one line again;
    ``text`` itself when it holds none."""
    if _BROKEN.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        pieces, j = [lines[i].rstrip()], i
        while _ideograph(pieces[-1][-1:]) and (at := _next(lines, j)) > 0 \
                and _NUMBER.fullmatch(number := lines[at].strip()) \
                and (on := _next(lines, at)) > 0 and (after := lines[on].strip())[:1] in UNITS:
            pieces += [number, after]
            j = on
        if j > i and any(mark in piece for piece in pieces[2::2] for mark in PROSE_MARKS) \
                and (len(pieces) > 3 or any(mark in pieces[0] for mark in PROSE_MARKS)):
            out.append("".join(pieces))
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _next(lines: list[str], at: int) -> int:
    """The next line after line ``at`` that holds more than whitespace, past :data:`MAX_BLANKS`
    blank lines at most; -1 when there is none."""
    for k in range(at + 1, min(len(lines), at + MAX_BLANKS + 2)):
        if lines[k].strip():
            return k
    return -1


def _ideograph(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph (a line's last character, where a number may follow)."""
    return "\u3400" <= char <= "\u9fff"
