"""The Block: one visible piece of a page, as both input paths (HTML and text dumps) produce it.

A block is what a reader sees as one unit: a paragraph, a heading, a list item, a line of a
text dump. Blocks carry plain features only, so every later stage is a function of a tuple of
blocks and can be tested on hand-made ones.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, ClassVar, Sequence, Sized

from .scans import char_codec

__all__ = ["JOINER", "SENTENCE_END", "Block", "Page", "cjk_count", "cjk_counts", "cjk_bigrams", "holding_codec", "line_counts",
           "line_counts_holding", "punct_count",
           "punct_counts", "punct_runs", "punct_runs_holding", "cjk_runs", "closes_sentence",
           "contained_blocks",
           "normalize_lines", "normalize_space", "strip_cjk", "strip_punct",
           "zero_width_spaces"]

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Sentence-internal and sentence-final punctuation of Chinese prose (full and half width).
_PUNCT = "，。！？；：、,.!?;:"
_PUNCT_RUN = re.compile(f"[{_PUNCT}]+")
# A charmap codec's table knowing NUL (byte 0) and the marks (bytes 1-13) only: a text encoded
# by it with the "ignore" handler is its marks and NULs (both the encoding and the dropping are
# C loops, ~20 instructions a character). NUL at byte 0 and no character beyond the basic plane
# keep it a C map rather than a dict.
_PUNCT_CODEC = char_codec(_PUNCT)
# Below this length one regex call is cheaper than a str.replace per mark.
_SHORT_TEXT = 32
#: Marks that end a sentence (a closing quote or bracket after one included): what
#: :func:`closes_sentence` looks up a text's last character in (public for the loops over a
#: dump's lines that tell it without the call a line).
SENTENCE_END = frozenset("。！？!?…”」』）)]】\"'.；;")
# Zero-width space and BOM, which str.split() does not count as whitespace (NBSP and the
# ideographic space it does).
_ZERO_WIDTH = ("\u200b", "\ufeff")
# What str.split() takes for whitespace besides the space, the line break, the tab and the
# carriage return, and the zero-width characters: what :func:`normalize_space` makes a space one
# by one when a text holds no run (a test checks the list against every code point).
_OTHER_SPACES = ("\xa0", "\u3000", *_ZERO_WIDTH, "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f",
                 "\x85", "\u1680", *map(chr, range(0x2000, 0x200b)), "\u2028", "\u2029", "\u202f",
                 "\u205f")


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in ``text``."""
    return len(text) - len(strip_cjk(text))  # no list of matches: flat in memory


def strip_cjk(text: str) -> str:
    """``text`` without its CJK ideographs: what they are counted by, one pass over a whole page
    when its blocks are cut from it at marks."""
    return _CJK_RUN.sub("", text)


def strip_punct(text: str) -> str:
    """``text`` without the punctuation marks :func:`punct_count` counts."""
    # One str.replace per mark (a C loop each, and nothing copied for a mark the text lacks):
    # three times faster than a regex over a page's text.
    if len(text) < _SHORT_TEXT:
        return _PUNCT_RUN.sub("", text)
    for mark in _PUNCT:
        if mark in text:
            text = text.replace(mark, "")
    return text


def punct_counts(joined: str, joiner: str = "\0") -> list[int]:
    """The punctuation marks (:func:`punct_count`'s) of each of the texts ``joined`` by a NUL,
    or by :data:`JOINER` (``joiner``), which none of them holds: one pass in C over them all
    (each text's marks are the bytes between two of the joiner's in ``joined`` encoded by a
    codec of the joiner and the marks, :data:`_PUNCT_CODEC` or :data:`_JOINED_PUNCT_CODEC`),
    where :func:`strip_punct` makes a pass or two for each mark. A join by :data:`JOINER` is
    the one :func:`cjk_counts` takes as it is: the cut makes one join of its texts for both.

    >>> punct_counts("好，是。\\0none\\0a.b,c!")
    [2, 0, 3]
    """
    return list(map(len, punct_runs(joined, joiner)))


def punct_runs(joined: str, joiner: str = "\0") -> list[bytes]:
    """:func:`punct_counts`' pieces themselves: each text's marks as a byte a mark, the count
    its length (:func:`contained_blocks` reads it where it stores the count)."""
    if joiner == JOINER:  # (nor a NUL in the texts: that codec counts one as a mark)
        return codecs.charmap_encode(joined, "ignore", _JOINED_PUNCT_CODEC)[0].split(_JOINED_MARK)
    return codecs.charmap_encode(joined, "ignore", _PUNCT_CODEC)[0].split(b"\0")


def cjk_bigrams(text: str) -> set[str]:
    """The CJK character bigrams of ``text`` (within runs of CJK; none spans other text), a new
    set each call.

    Shared bigrams are how the stages tell whether two pieces of text are about the same thing.
    A page asks those of its headline and of its short lines again and again, stage after stage
    (the body's headline checks, the off-topic and promotion tests, a dump's vocabulary): a text
    of up to :data:`BIGRAM_MEMO_CHARS` characters is cut once, and its set copied (a copy in C
    keeps each string's hash, where a bigram made costs a new string, its hash and an insert).
    """
    if len(text) <= BIGRAM_MEMO_CHARS:
        return set(_short_bigrams(text))
    # (Each bigram a slice of its run: a map of the run and its tail made two strings of one
    # character and an argument tuple per bigram before the pair.)
    return {run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


#: Texts up to this many characters (a headline, a meta line, a label) have their bigrams kept
#: by :func:`cjk_bigrams`, the last :data:`BIGRAM_MEMO_TEXTS` of them: a paragraph or an
#: article's prose joined, which no stage asks twice, is cut each time.
BIGRAM_MEMO_CHARS = 64
BIGRAM_MEMO_TEXTS = 256


@lru_cache(maxsize=BIGRAM_MEMO_TEXTS)
def _short_bigrams(text: str) -> frozenset[str]:
    return frozenset([run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)])


def punct_count(text: str) -> int:
    """Number of punctuation marks that prose uses (Chinese and ASCII)."""
    return len(text) - len(strip_punct(text))


def closes_sentence(text: str) -> bool:
    """Whether ``text`` ends the way a finished sentence does."""
    # str.rstrip() drops the whitespace a regex \s knows: the last mark left tells, without a
    # regex tried at every character.
    return text.rstrip()[-1:] in SENTENCE_END


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (ASCII, NBSP, ideographic space, zero-width) to one space."""
    # str.split() knows the same whitespace as the regex \s and runs in C, several times faster
    # than a substitution; only the two zero-width characters need telling. It makes a string of
    # each word, though (a hidden list of keywords holds 23 k): a text without a run of spaces
    # is answered by replacing its whitespace, a scan in C a kind. A printable text (one C pass)
    # holds no whitespace but the space (every other kind, and the zero-width ones, are not
    # printable).
    if text.isprintable():
        return " ".join(text.split()) if "  " in text else text.strip(" ")
    for char in "\n\t\r":
        if char in text:
            text = text.replace(char, " ")
    if "  " in text:   # a run (an indented text's line breaks): split
        return " ".join(zero_width_spaces(text).split())
    for char in _OTHER_SPACES:
        if char in text:
            text = text.replace(char, " ")
    return " ".join(text.split()) if "  " in text else text.strip(" ")


def zero_width_spaces(text: str) -> str:
    """``text`` with its zero-width characters made spaces, so that str.split() and str.strip()
    take them for whitespace as :func:`normalize_space` does."""
    for char in _ZERO_WIDTH:
        if char in text:
            text = text.replace(char, " ")
    return text


def normalize_lines(text: str) -> list[str]:
    """The lines of ``text`` each as :func:`normalize_space` makes it, the empty ones left out.

    >>> normalize_lines("  首页 \\n\\n\\u200b\\n 新闻  体育")
    ['首页', '新闻 体育']
    """
    # The zero-width characters once over the whole text, then str.split and str.join per line
    # called from C (map), on the lines that hold more than whitespace only: a text dump has
    # four blank lines to a line of text (its column gaps made line breaks), most of them empty
    # (told by ``filter(None, …)``, no call), the rest split to no word (an empty list, told by
    # ``filter(None, …)`` again, not joined), where each blank line was split and joined too:
    # over the corpus's 118 dumps 235.0 -> 124.4 M instructions; the words of every non-empty
    # line taken by its split alone, where a ``str.strip`` first told the blank ones (the dumps'
    # ``textdump._lines`` replayed 161.1 -> 154.0 M).
    lines = filter(None, map(str.split, filter(None, zero_width_spaces(text).splitlines())))
    return list(map(" ".join, lines))


@dataclass(frozen=True, slots=True)
class Block:
    """One visible unit of a page.

    ``path`` holds the ids of the block's ancestor elements from the root down (empty for a line
    of a text dump), so blocks that share a container share a path prefix. ``markers`` is the
    lowercased class and id tokens of those ancestors, space-joined, for generic words such as
    ``footer`` or ``comment``. ``link_chars`` counts the characters inside links.

    ``Block.measured(text, position, tag, path, link_chars, markers, heading, cjk, punct)``
    makes a block whose every field is already known (``cjk`` and ``punct`` counted by the
    caller), several times faster than the dataclass's ``__init__``: see :class:`_Measured`.
    """

    text: str
    position: int
    tag: str = "line"
    path: tuple[int, ...] = ()
    link_chars: int = 0
    markers: str = ""
    heading: int = 0
    cjk: int = -1
    punct: int = -1
    measured: ClassVar[Callable[[str, int, str, tuple[int, ...], int, str, int, int, int], Block]]

    def __post_init__(self) -> None:
        if self.cjk < 0:
            object.__setattr__(self, "cjk", cjk_count(self.text))
        if self.punct < 0:
            object.__setattr__(self, "punct", punct_count(self.text))

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Measured(Block):
    """A :class:`Block` in the making (by :func:`_measured`): Block's slots without the frozen
    dataclass's ``__setattr__`` (``object.__setattr__`` in its place, which Python takes as the
    generic one: each field a plain slot store), then made a Block by its ``__class__``. Adding no
    slot of its own, it has Block's layout, so nothing is copied and Python finds the two
    compatible at once (two classes of their own slots have them compared name by name). The
    HTML cutter and the dump parser make tens of thousands of blocks a page: the frozen
    ``__init__`` passes each field through ``object.__setattr__``. The block is as frozen as any
    other, compares, hashes and pickles the same.

    A blank one is made by a call of the class, ``_Measured()``: its ``__init__`` is object's,
    which Python runs as the C slot (no frame, no argument), where ``object.__new__(_Measured)``
    went through the wrapper that checks its type argument and walks its bases, with an
    argument tuple made a call (``contained_blocks`` replayed over the corpus pages' 23.4 k
    blocks 79.8 -> 73.4 M instructions)."""

    __slots__ = ()
    __setattr__, __delattr__ = object.__setattr__, object.__delattr__
    __init__ = object.__init__


def _measured(text: str, position: int, tag: str, path: tuple[int, ...], link_chars: int,
              markers: str, heading: int, cjk: int, punct: int) -> Block:
    """A :class:`Block` of the fields given, made as :class:`_Measured`'s doc says: by a plain
    function (a blank :class:`_Measured`, the slot stores, the class swap) rather than a call of
    :class:`Block`, whose dataclass ``__init__`` is a Python frame storing each field through
    the frozen ``__setattr__``'s bypass (``cut._blocks`` replayed over the corpus pages 235.1 ->
    226.3 M instructions)."""
    block = _Measured()
    block.text = text
    block.position = position
    block.tag = tag
    block.path = path
    block.link_chars = link_chars
    block.markers = markers
    block.heading = heading
    block.cjk = cjk
    block.punct = punct
    block.__class__ = Block  # type: ignore[assignment]
    return block


Block.measured = _measured  # type: ignore[assignment]


def line_blocks(lines: list[str], cjk: list[int], punct: list[int]) -> list[Block]:
    """A block per line of a text dump (``tag`` "line", its position its index, nothing of a
    tree), ``cjk`` and ``punct`` counted by the caller: the blocks :func:`_measured` makes,
    made in one loop without a call a block (a dump has ~300 lines a page). The positions come
    from a ``range`` zipped in, and each block is appended by ``out.append`` (specialised for a
    list, as in :func:`contained_blocks`), where a position added to and a bound ``append`` were
    two steps of their own a line (the corpus dumps' 36.3 k lines 97.0 -> 93.7 M instructions)."""
    making = _Measured
    out: list[Block] = []
    for position, text, ideographs, marks in zip(range(len(lines)), lines, cjk, punct):
        block = making()
        block.text = text
        block.position = position
        block.tag = "line"
        block.path = ()
        block.link_chars = 0
        block.markers = ""
        block.heading = 0
        block.cjk = ideographs
        block.punct = marks
        block.__class__ = Block  # type: ignore[assignment]
        out.append(block)
    return out


def contained_blocks(texts: list[str], kept: list[int],
                     containers: list[tuple[str, tuple[int, ...], str, int, object]],
                     inside: list[int], cjk: Sequence[Sized], punct: Sequence[Sized]) -> list[Block]:
    """A block per text of a page cut from a tree, its position its index: ``texts[n]`` is the
    text of segment ``kept[n]`` of the tree's, whose container (tag, path, markers, heading, and
    the one it is in) is ``containers[kept[n]]`` and whose characters inside links ``inside``
    holds (when it has some; no more than its length counts); the lengths of ``cjk[n]`` and
    ``punct[n]`` are the text's counts (:func:`cjk_runs`' and :func:`punct_runs`' pieces: a
    ``len`` in the loop, specialised by Python 3.11, where ``list(map(len, pieces))`` was a
    call from C and an append a piece: ``cut`` replayed over the corpus pages 863.6 -> 857.4 M
    instructions). The blocks :func:`_measured` makes, made in one loop without a call a block
    (``cut._blocks`` replayed over the corpus pages, 23.4 k blocks, 210.2 -> 193.4 M
    instructions). Each block is stored at its place in a list made to their number, where
    appends grew it step by step, a realloc (often a copy) at each (857.4 -> 855.6 M; 3.11
    specialises both the append and the store for a list)."""
    making = _Measured
    out: list[Block] = [None] * len(kept)  # type: ignore[list-item]
    for position, segment in enumerate(kept):
        block = making()
        block.text = text = texts[position]
        block.position = position
        # the container's fields, in its order, straight into the block's slots
        block.tag, block.path, block.markers, block.heading, _ = containers[segment]
        links = inside[segment]
        if links and links > len(text):  # link texts stripped one by one, space collapsed
            links = len(text)
        block.link_chars = links
        block.cjk = len(cjk[position])
        block.punct = len(punct[position])
        block.__class__ = Block  # type: ignore[assignment]
        out[position] = block
    return out


@dataclass(frozen=True)
class Page:
    """A page cut into blocks, with the little the metadata stage needs besides them.

    ``head`` maps lowercased meta names/properties (``og:title``, ``description``,
    ``article:published_time`` …) and ``title`` to their values; ``hidden`` holds the text of
    invisible elements, each with the rule that hid it. ``stamps``: a text dump's lines that
    carry a post's date and time of day (:func:`cleaner.dumpbody.stamp_lines`), read once.
    ``counted``: the characters and the CJK ideographs of the blocks' texts, all together, when
    the maker of the blocks had them from its own counts (a sum a block costs ~600 instructions).
    ``folds``: False when the maker knows no block's text holds a character
    :func:`cleaner.notices.fold` changes (a text dump's parse tells it from its lines' counts).
    ``sift_folds``: the same for :func:`cleaner.sift.fold` (an HTML page's cut tells it from its
    blocks' marks' count); body selection then folds none of them.
    """

    blocks: tuple[Block, ...]
    kind: str = "html"
    head: tuple[tuple[str, str], ...] = ()
    hidden: tuple[tuple[str, str], ...] = ()
    truncated: str = ""
    stamps: tuple[int, ...] = ()
    counted: tuple[int, int] | None = None
    folds: bool = True
    sift_folds: bool = True

    def meta(self, name: str) -> str | None:
        for key, value in self.head:
            if key == name:
                return value
        return None


# High bytes of the basic plane's CJK ideographs (blocks.cjk_count's ranges) in UTF-16, and the
# one they share with other characters (see cjk_counts).
_CJK_HIGH = frozenset([*range(0x34, 0x4D), *range(0x4E, 0xA0), 0xF9, 0xFA])
_SHARED_HIGH = b"\x4d"
#: What joins the segments for cjk_counts, tried in turn until the text holds no other character
#: of its high byte: the first private-use character (icon fonts put others of its block in
#: pages), then a noncharacter (U+FDD0-FDEF are never text; U+FD00-FDCF Arabic presentation forms).
_JOINERS = ("\ue000", "\ufdd0")
#: The first of them, which :func:`cjk_counts` takes a join by as it is: a join by it is also
#: one :func:`punct_counts` splits.
JOINER = _JOINERS[0]
#: For each joiner's high byte: the table making it the split mark and an ideograph's high byte
#: a letter, and the bytes to delete (all others).
_JOINER_TABLES = {
    high: (bytes(ord("|") if code == high else ord("c") for code in range(256)),
           bytes(code for code in range(256) if code not in _CJK_HIGH and code != high))
    for high in (ord(joiner) >> 8 for joiner in _JOINERS)}


def cjk_counts(segments: list[str], joined: str | None = None) -> list[int] | None:
    """The CJK ideographs of each of ``segments``, counted in C over them joined, or ``None``
    when this way cannot tell (then the regex does).

    In UTF-16 a character of the basic plane is one unit, and its high byte alone says whether
    it is an ideograph, but for 0x4D, which holds the last of Extension A and the hexagrams.
    The high bytes, ideographs kept and the joiner's made separators, split into runs whose
    lengths are the counts. A character beyond the basic plane is two units of the surrogates'
    high bytes, none an ideograph's or a joiner's (the regex counts none there either). The
    segments are joined by the first of _JOINERS whose high byte no character of theirs has,
    told by the runs themselves: one a segment (such a character would cut more), where a
    ``bytes.count`` of the joiner's byte was a pass of its own over the high bytes (the
    replayed calls of the corpus pages 40.5 -> 37.8 M instructions, of their dumps 56.8 ->
    53.1 M); a page with a 0x4D, or characters of both joiners' high bytes, has its ideographs
    counted by the regex. ``joined``: the segments joined by the first of _JOINERS, when made.
    """
    found = cjk_runs(segments, joined)
    return None if found is None else list(map(len, found[0]))


def cjk_runs(segments: list[str], joined: str | None = None) -> tuple[list[bytes], int] | None:
    """:func:`cjk_counts`' runs themselves, each segment's ideographs as a byte an ideograph, the
    count its length (:func:`contained_blocks` reads it where it stores the count), and the
    ideographs of them all (the high bytes kept, less the joiners'); ``None`` as there."""
    for joiner in _JOINERS:
        if joined is None or joiner != _JOINERS[0]:
            joined = joiner.join(segments)
        high = joined.encode("utf-16-le", "surrogatepass")[1::2]
        if _SHARED_HIGH in high:
            return None
        kept = high.translate(*_JOINER_TABLES[ord(joiner) >> 8])
        runs = kept.split(b"|")
        if len(runs) == len(segments):
            return runs, len(kept) - len(runs) + 1
    return None


# _PUNCT_CODEC's table with the first of _JOINERS as byte 14: the lines of a dump joined by it
# for cjk_counts are encoded as their marks, the joiner's byte between each line's.
_OWN_CHARS = "\0" + _PUNCT + _JOINERS[0]
_JOINED_PUNCT_CODEC = codecs.charmap_build(_OWN_CHARS + "\ufffe" * (256 - len(_OWN_CHARS)))
_JOINED_MARK = bytes([len(_PUNCT) + 1])
# The bytes of NUL, the marks and the joiner, and the others (a held character's).
_OWN_BYTES, _HELD_BYTES = bytes(range(len(_OWN_CHARS))), bytes(range(len(_OWN_CHARS), 256))


def line_counts(lines: list[str]) -> tuple[list[int], list[int]]:
    """The CJK ideographs and the punctuation marks of each of a dump's ``lines`` (no line break
    inside one), both from one join of the lines: :func:`cjk_counts`'s, and that join encoded
    by a codec of the marks that makes the joiner a byte of its own (:func:`punct_counts`'s
    pass, where a join by NULs was made and searched for a line's own NUL). A line holding a
    NUL (byte 0 of the codec, found among the few bytes of the marks) or the joiner (one piece
    too many) has its marks counted by :func:`strip_punct` over the lines joined by line breaks."""
    cjk, punct, _, _ = line_counts_holding(lines, _JOINED_PUNCT_CODEC)
    return cjk, punct


def holding_codec(chars: str) -> object:
    """The codec :func:`line_counts_holding` encodes the lines' join by to tell, in the same
    pass, whether they hold any of ``chars``: the marks' (NUL, the marks, the joiner) with
    each of ``chars`` a byte past theirs (at most 241 characters of the basic plane, none of
    theirs, for a table in C)."""
    if len(set(chars)) != len(chars) or len(chars) > 256 - len(_OWN_BYTES) or set(chars) & set(_OWN_CHARS) \
            or any(ord(char) > 0xFFFF for char in chars) or "\ufffe" in chars:
        raise ValueError("no byte of a table in C for each character")
    return codecs.charmap_build(_OWN_CHARS + chars + "\ufffe" * (256 - len(_OWN_BYTES) - len(chars)))


def line_counts_holding(lines: list[str], codec: object, mark: str = ":", joined: str | None = None
                        ) -> tuple[list[int], list[int], bool, list[int]]:
    """:func:`line_counts`, and whether the lines hold any of the characters of ``codec``
    (:func:`holding_codec`): told by the bytes the marks' encoding of the join left besides
    the marks' own (the characters' bytes, taken out again before the marks are counted); and
    the indices of the lines holding ``mark`` (one of the marks), found among the marks' bytes
    (a few a line, where an ``in`` test a line costs a step of its own). ``joined``: the lines
    joined by :data:`JOINER`, when the caller made it (its length tells their characters)."""
    if joined is None:
        joined = _JOINERS[0].join(lines)
    marks, held = _marks_holding(joined, codec)
    punct = None if b"\0" in marks else list(map(len, marks.split(_JOINED_MARK)))
    if punct is None or len(punct) != len(lines):
        punct = [len(line) - len(unmarked) for line, unmarked in zip(lines, strip_punct("\n".join(lines)).split("\n"))]
        holding = [i for i, line in enumerate(lines) if mark in line]
    else:
        holding = _holding(marks, bytes([_OWN_CHARS.index(mark)]))
    cjk = cjk_counts(lines, joined) or [len(line) - len(rest) for line, rest in
                                         zip(lines, strip_cjk("\n".join(lines)).split("\n"))]
    return cjk, punct, held, holding


def punct_runs_holding(joined: str, codec: object) -> tuple[list[bytes], bool]:
    """:func:`punct_runs` of texts ``joined`` by :data:`JOINER` (none holding it or a NUL), and
    whether they hold any of the characters of ``codec`` (:func:`holding_codec`), from the same
    pass: the cut's blocks, which body selection then folds only when they hold one."""
    marks, held = _marks_holding(joined, codec)
    return marks.split(_JOINED_MARK), held


def _marks_holding(joined: str, codec: object) -> tuple[bytes, bool]:
    """The marks' bytes of ``joined`` encoded by ``codec`` (:func:`holding_codec`), the joiner's
    among them, and whether it held any of the codec's characters besides (their bytes, left by
    the encoding, are taken out again: a page that holds none has none to take)."""
    marks = codecs.charmap_encode(joined, "ignore", codec)[0]
    held = len(marks.translate(None, _OWN_BYTES)) > 0
    if held:
        marks = marks.translate(None, _HELD_BYTES)
    return marks, held


def _holding(marks: bytes, mark: bytes) -> list[int]:
    """The indices of the lines whose marks (``marks``: each line's, joined by the joiner's
    byte) hold ``mark``: each found by ``find``, its line by the joiners counted since the last."""
    found: list[int] = []
    line = last = 0
    at = marks.find(mark)
    while at >= 0:
        line += marks.count(_JOINED_MARK, last, at)
        found.append(line)
        last = marks.find(_JOINED_MARK, at)   # (the rest of a found line's marks skipped)
        if last < 0:
            break
        at = marks.find(mark, last)
    return found
