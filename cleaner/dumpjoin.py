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
they are. The lines are the dump's as :mod:`cleaner.textdump` reads them (blank lines left
out): a dump that sets every line apart with a blank one has its pieces joined as well.
"""

from __future__ import annotations

import re

from .blocks import JOINER

__all__ = ["unbroken"]

#: What follows a number in a Chinese sentence: a measure word, a unit of time, money, size or
#: share, 多 and 余 (10多位, 10余人), a percent sign; traditional forms too.
UNITS = ("年月日号號时時点點分秒岁歲周週天个個人名位家户戶项項条條件次起届屆层層楼樓幢栋棟座所"
         "辆輛台臺部篇款种種类類份批只隻头頭张張元角块塊万萬亿億千百米吨噸斤倍亩畝度期例宗多余餘%％")
# A line holding a number alone, the line after it opening with a unit, in the dump's lines
# joined by :data:`cleaner.blocks.JOINER`: where a dump may have broken a sentence (the lines'
# one search, from the joiner, in C; most dumps hold none).
_BROKEN = re.compile(JOINER + r"\d[\d.,]*[%％]?" + JOINER + "[" + UNITS + "]")
#: A mark that a line of prose holds (a piece after a number must hold one).
PROSE_MARKS = "，。；"


def unbroken(lines: list[str], joined: str) -> list[str] | None:
    """The dump's ``lines`` (stripped, none blank; ``joined``: joined by the joiner) with each
    sentence broken at its numbers (see the module) on one line again; None when they hold none.
    Only the lines around the search's matches are read (a line's index: the joiners before it,
    counted in C)."""
    chains: list[list[int]] = []   # each: its lines' indices, the text's and the numbers' in turn
    for found in _BROKEN.finditer(joined):
        at = joined.count(JOINER, 0, found.start()) + 1   # the number's line
        if not _ideograph(lines[at - 1][-1:]):
            continue
        if chains and chains[-1][-1] == at - 1:
            chains[-1] += [at, at + 1]
        else:
            chains.append([at - 1, at, at + 1])
    out = lines
    for chain in reversed(chains):
        pieces = [lines[k] for k in chain]
        if any(mark in piece for piece in pieces[2::2] for mark in PROSE_MARKS) \
                and (len(pieces) > 3 or any(mark in pieces[0] for mark in PROSE_MARKS)):
            out = out if out is not lines else list(lines)
            out[chain[0]:chain[-1] + 1] = ["".join(pieces)]
    return out if out is not lines else None


def _ideograph(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph (a line's last character, where a number may follow)."""
    return "\u3400" <= char <= "\u9fff"
