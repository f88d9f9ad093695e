"""Headline-fragment spam in a text dump's lines, taken out before the body is chosen.

Spam stuffs pieces of the headline (:func:`cleaner.injection.pieces`) after the marks of
punctuation of the article's paragraphs; :func:`cleaner.textdump.select` measures the lines
without them (:func:`unstuffed`), since they would lend every line the headline's
vocabulary, more characters of prose, and an unfinished last sentence (。玩家前).
"""

from __future__ import annotations

import re

from . import injection
from .blocks import Block, cjk_count, punct_count
from .dumplines import headline_like

__all__ = ["MARKS", "after_marks", "retext", "unstuffed"]

#: The marks of punctuation after which headline-fragment spam puts its pieces.
MARKS = "，。！？；：、,;:!?"
#: The colons that lead into what follows: a line ending on one once its pieces are out is no
#: headline but a paragraph leading into a list (以下社区获得：|捧回).
LEAD_MARKS = ("：", ":")
# What no piece searched over the lines joined holds.
_UNFIT = re.compile(f"[{MARKS}\n\0]")
# The mark every mark is made for after_marks' search, and the others.
_MARK, _OTHER_MARKS = MARKS[0], MARKS[1:]


def retext(block: Block, text: str) -> Block:
    """``block`` with ``text`` for its text, measured anew (``replace(block, text=text, cjk=-1,
    punct=-1)``'s block, made by ``Block.measured`` without the dataclass's field walk)."""
    return Block.measured(text, block.position, block.tag, block.path, block.link_chars,
                          block.markers, block.heading, cjk_count(text), punct_count(text))


def after_marks(text: str, pieces: frozenset[str]) -> list[tuple[int, int]]:
    """Where the longest of ``pieces`` right after each mark of ``text`` is, in order (no piece
    empty or holding a mark, a line break or a NUL: the caller's guarantee, so no two overlap).

    Found by ``str.find`` at C level, one scan for all the pieces that open with the same two
    characters (the longer told by ``startswith`` where they are), the mark searched with them:
    every mark is made the first one (``str.replace`` of one character, found by ``memchr``),
    so that one needle, the mark and the two characters, finds only the places after a mark,
    where the two characters alone found each place they occur in (fourteen times as many, each
    a turn of the loop and a look at the character before). A regex of the pieces costs a compile
    for every headline (~0.4 ms, most of it sre's table for a class of CJK characters), which a
    crawl pays on every page, since no two pages share a headline.

    >>> after_marks("甲乙，丙丁戊。丙丁", frozenset({"丙丁", "丙丁戊"}))
    [(3, 6), (7, 9)]
    """
    heads: dict[str, list[str]] = {}
    for piece in sorted(pieces, key=len, reverse=True):
        heads.setdefault(piece[:2], []).append(piece)
    for mark in _OTHER_MARKS:
        text = text.replace(mark, _MARK)   # (the same length: the places stand)
    longest: dict[int, int] = {}
    for head, group in heads.items():
        needle = _MARK + head
        at = text.find(needle) + 1   # (the place after the mark; 0 for none)
        while at:
            for piece in group:   # longest first
                if text.startswith(piece, at):
                    end = at + len(piece)
                    if end > longest.get(at, 0):
                        longest[at] = end
                    break
            at = text.find(needle, at) + 1
    return sorted(longest.items())


def unstuffed(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """``blocks`` with every piece of ``title`` (:func:`cleaner.injection.pieces`) that
    follows a mark of punctuation taken out of their text, ``blocks`` itself when none is.
    A headline-like line keeps its text: its words are how it agrees with the title (a
    subhead, the headline printed again) or does not (another article's headline), and spam
    stuffs paragraphs; unless it ends on a colon once its pieces are out (:data:`LEAD_MARKS`)
    and is no part of the title: the pieces then stood after the colon a paragraph leading into
    a list ends on, which the list's lines are read with. Pieces inside a clause stay: a
    headline's words recur there in the article's own sentences, and taking them all out weighs
    an article about its headline's topic down.

    >>> [b.text for b in unstuffed((Block("夜里下雨，市场明天开门。", 0),), "市场开门")]
    ['夜里下雨，明天开门。']
    """
    pieces = injection.pieces(title) if title else frozenset()
    if not pieces:
        return blocks
    if "" in pieces or not all(map(str.isalnum, pieces)) and _UNFIT.search("".join(pieces)):
        return _by_lookbehind(blocks, pieces, title)
    # Only the lines holding a mark can hold a piece after one: ``punct`` counts the marks (and
    # the full stop), so the lines without one (a page's labels and links, two fifths of its
    # characters, a line of keywords) are left out of the text every piece's head is
    # searched in.
    marked = [i for i, b in enumerate(blocks) if b.punct]
    lines = [blocks[i].text for i in marked]
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:
        return _by_lookbehind(blocks, pieces, title)   # (hand-made lines holding a line break)
    # One search over the lines joined by line breaks: a piece after a line break follows no
    # mark, as one at a line's start follows nothing, and none holds a line break (each lies
    # in one line, told by the line breaks before it).
    found = after_marks(joined, pieces)
    if not found:
        return blocks
    lines_of: dict[int, list[tuple[int, int]]] = {}
    line = at = 0
    for start, end in found:
        line += joined.count("\n", at, start)
        lines_of.setdefault(line, []).append((start, end))
        at = start
    # Only the lines a piece was taken out of are made anew (a few a page): a line's text from
    # what lies between its pieces, its counts its own less the pieces' (both count characters
    # one by one).
    out = list(blocks)
    changed = False
    for line, spans in lines_of.items():
        block = blocks[marked[line]]
        at = begin = joined.rfind("\n", 0, spans[0][0]) + 1
        kept, taken = [], []
        for start, end in spans:
            kept.append(joined[at:start])
            taken.append(joined[start:end])
            at = end
        kept.append(lines[line][at - begin:])
        text, taken_text = "".join(kept), "".join(taken)
        cjk = block.cjk - cjk_count(taken_text)
        if not headline_like(text, cjk) or _leads_on(text, block.text, title):   # (its count given)
            out[marked[line]] = Block.measured(text, block.position, block.tag, block.path, block.link_chars,
                                               block.markers, block.heading, cjk, block.punct - punct_count(taken_text))
            changed = True
    return tuple(out) if changed else blocks


def _leads_on(text: str, line: str, title: str) -> bool:
    """``text`` (``line`` without its pieces) ends on a colon and ``line`` is no part of
    ``title``: a headline never ends so (a paragraph leading into a list does), but a title's
    own words after its colon are pieces too (要闻：春耕)."""
    return text.rstrip().endswith(LEAD_MARKS) and "".join(line.split()) not in "".join(title.split())


def _by_lookbehind(blocks: tuple[Block, ...], pieces: frozenset[str], title: str) -> tuple[Block, ...]:
    """:func:`unstuffed` for pieces holding a mark (which could be the mark before the next
    piece), a line break or a NUL, or hand-made lines holding a line break: a lookbehind for
    the mark, line by line (the detector's pieces, ideographs, never come here)."""
    alternatives = "|".join(map(re.escape, sorted(pieces, key=len, reverse=True)))
    stuffed = re.compile(f"(?<=[{MARKS}])(?:{alternatives})")
    out = [b if t == b.text or headline_like(t) and not _leads_on(t, b.text, title) else retext(b, t)
           for b, t in zip(blocks, [stuffed.sub("", b.text) for b in blocks])]
    return tuple(out) if any(a is not b for a, b in zip(out, blocks)) else blocks
