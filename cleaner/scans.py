"""Which of a page's texts hold a character, a class or a pattern: one scan of their joined text.

Body selection asks the same question of thousands of blocks a page (is this a disclaimer, a time
stamp, a poster's header?). A call a block costs more than the scan: these functions search the
texts joined by line breaks once and map the places found back to the texts by their ends.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from itertools import accumulate
from typing import Sequence

from .prefilter import Prefiltered

try:  # the parser of the re module (Python 3.11+); without it no marks are known
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_c = _sre_parse = None

__all__ = ["char_codec", "holds_char", "indices_with_chars", "needed_marks", "overlapped", "texts_holding"]


def char_codec(chars: str) -> object | None:
    """A charmap codec's table knowing NUL (byte 0) and ``chars`` (bytes 1 on, in order) only: a
    text encoded by it with the "ignore" handler is its NULs and those characters' bytes, one C
    pass of ~20-40 instructions a character where sre tests a class of them at ~50-120. None
    when they would not fit in a byte each, or hold NUL or a character beyond the basic plane
    (either would make the map a dict): the caller then searches a class."""
    if not chars or len(chars) > 255 or "\0" in chars or max(chars) >= "\ufffe":
        return None
    return codecs.charmap_build("\0" + chars + "\ufffe" * (255 - len(chars)))


def holds_char(text: str, codec: object) -> bool:
    """Whether ``text`` holds a character of :func:`char_codec`'s ``codec`` (a byte but NUL's
    left once every other character is dropped)."""
    return bool(codecs.charmap_encode(text, "ignore", codec)[0].strip(b"\0"))


def texts_holding(hint: re.Pattern[str], texts: Sequence[str]) -> list[int] | None:
    """The indices of ``texts``, in order, holding a match of ``hint`` (a character class): one
    search of their joined text per text found and one more, not one search per text. None
    when a text holds a line break of its own (offsets in the joined text then tell no text)."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return None
    out: list[int] = []
    search = hint.search
    found = search(joined)
    if found is None:
        return out
    ends = list(accumulate([len(text) + 1 for text in texts]))   # text k ends before ends[k]
    while found is not None:
        k = bisect_right(ends, found.start())
        out.append(k)
        found = search(joined, ends[k])
    return out


def indices_with_chars(chars: Sequence[str], texts: Sequence[str]) -> list[int]:
    """The indices of ``texts``, in order, holding one of ``chars`` (a few characters, or short
    strings, none holding a line break, which no text's string then spans): ``str.find`` of each in
    the joined text (a byte scan in C) and one step a place found, where a regex class costs sre a
    test at every character (~50 instructions)."""
    joined = "\n".join(texts)   # (a text's own line break moves no end)
    ends: list[int] = []   # text k ends before ends[k] (made at the first place found)
    found: set[int] = set()
    for char in chars:
        place = joined.find(char)
        while place >= 0:
            if not ends:
                ends = list(accumulate([len(text) + 1 for text in texts]))
            k = bisect_right(ends, place)
            found.add(k)
            place = joined.find(char, ends[k])   # the next text's start: one place a text
    return sorted(found)


def overlapped(pattern: Prefiltered, texts: list[str]) -> list[int]:
    """The indices of ``texts``, in order, that a match of ``pattern`` in their joined text
    overlaps: one search of the page's prose rather than one call a block. Every text in which
    the pattern matches alone is among them, for a pattern without anchors or lookarounds (as
    :data:`patterns.DISCLAIMER`): its match there is a match at the same place of the joined
    text, unless an earlier match of the joined text already covers that place."""
    joined = "\n".join(texts)
    ends = list(accumulate(map(len, texts)))   # text k is joined[ends[k] + k - len(texts[k]):ends[k] + k]
    hits: dict[int, None] = {}
    for m in pattern.finditer(joined):
        k = bisect_right(range(len(texts)), m.start(), key=lambda j: ends[j] + j)
        while k < len(texts) and ends[k] + k - len(texts[k]) < m.end():
            hits[k] = None
            k += 1
    return list(hits)


def needed_marks(pattern: re.Pattern[str], marks: str) -> str | None:
    """``marks`` when every match of ``pattern`` holds one of them, as its parse tree tells: each
    of its alternatives (the whole pattern when it has none) holds one of ``marks`` as a literal
    of its own, outside any group or repeat, in every case a case-blind pattern matches it in.
    None when that cannot be told: a text without any mark may then hold a match."""
    if _sre_parse is None:  # pragma: no cover
        return None
    c = _sre_c
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        items = list(tree)
        blind = bool(tree.state.flags & re.I)
    except (re.error, AttributeError, TypeError, ValueError):
        return None
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is c.BRANCH else [items]
    for alternative in alternatives:
        if not any(_marked(chr(av), marks, blind) for op, av in alternative if op is c.LITERAL):
            return None
    return marks


def _marked(char: str, marks: str, blind: bool) -> bool:
    """Whether ``char`` in a pattern matches only characters of ``marks``: itself, or with
    ``blind`` (``re.I``) an uncased one or an ASCII letter with both its cases there (i, k and s
    match letters beyond ASCII too)."""
    if char not in marks or not blind or char.lower() == char.upper():
        return char in marks
    return char.isascii() and char.lower() not in "iks" and char.lower() in marks \
        and char.upper() in marks
