"""The cut of a parsed page into blocks: one pass of libxslt writes the body's text with a mark at
every block boundary, and Python splits it there.

A block ends where a block-level element starts or ends, at ``<br>`` and at each line break of
a ``<pre>`` that reads as code (:func:`_code_lines`: code is read by its lines). The stylesheet of
:func:`_stylesheet` (compiled once per set of marks) writes the text of the body as ``string()``
would, with a mark of its own at the start of each block-level element (one mark per tag), at
its end and at each ``<br>``, and each text node inside a link between two link marks. The text
between two marks is a segment; the marks, read in order, say which container each segment's
text belongs to (the last block-level element opened and not yet closed). Python does nothing
per element, only a little per boundary; the walk over the tree is libxslt's, in C.

The marks are private-use characters the page's text does not hold: a range of the basic
plane's private-use area most pages never use, else one found beyond it.
"""

from __future__ import annotations

import re
from codecs import utf_8_decode
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import itemgetter, sub
from typing import Iterator, Sequence, Sized

from lxml import etree

from .blocks import (JOINER, Block, cjk_count, cjk_runs, contained_blocks, holding_codec, punct_runs,
                     punct_runs_holding, strip_cjk, zero_width_spaces)
from .boxes import MIN_CODE_LETTERS
from .config import CleanerConfig
from .patterns import BLOCK_TAGS
from .sift import FOLDED_CHARS

__all__ = ["cut", "plain_markup", "split_long", "xml_safe", "REF_CONTROL"]

#: The block-level tags, each with the kind of boundary at its start: a letter, which stands
#: between two separators and so needs not be missing from the page (and, being ASCII, costs
#: Python no new string when the text is split). A block-level element's end and ``<br>``
#: have kinds of their own.
_BLOCK_ORDER = tuple(sorted(BLOCK_TAGS))
_KINDS = dict(zip(_BLOCK_ORDER, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
_END, _BR = "/", "|"
_TAGS = {kind: tag for tag, kind in _KINDS.items()}
#: The marks the page must not hold, as offsets from a base: the separator either side of a
#: boundary's kind, the mark either side of a text node inside a link, where the page is cut
#: (``max_nodes``). The bases: private-use characters pages hardly ever hold, then the planes.
_SEP, _LINK, _STOP = range(3)
_BASES = (0xE000, 0xE100, 0xF0000, 0x100000)
#: The first base's marks in a str, and in UTF-8 bytes the lead byte of every character of
#: their block (U+E000-U+EFFF): one byte is looked for by memchr, a longer needle is not.
_FIRST_MARKS = {str: tuple(map(chr, range(_BASES[0], _BASES[0] + _STOP + 1))),
                bytes: (b"\xee",)}
#: Each base's marks in UTF-8 bytes: they share all their bytes but the last, one needle.
_MARK_LEADS = {base: chr(base).encode()[:-1] for base in _BASES}
#: :func:`plain_markup` reads the bytes a ``#`` at a time while the page holds at most one in
#: this many of its bytes.
BYTES_A_HASH = 512
_AMPERSAND = ord("&")
_OPEN = {str: "<", bytes: b"<"}
#: Elements a parser makes without a tag in the markup (html, head, body), with room to spare.
_IMPLIED_ELEMENTS = 16
#: The block-level tags by kind, the commonest first (lxml tries the tags it is given in order).
_COMMON_FIRST = ("div", "p", "li", "td", "tr", "ul", "table", "tbody", "h1", "h2", "h3", "h4", "th",
                 "dl", "dt", "dd", "ol", "form", "center", "section", "article", "header", "footer",
                 "nav", "aside", "main", "blockquote", "pre", "hr", "body", "html", "h5", "h6")
_WALK_ORDER = tuple((_KINDS[tag], tag) for tag in dict.fromkeys((*_COMMON_FIRST, *_BLOCK_ORDER)))
#: The kinds of _WALK_ORDER, in its order (see _walked_tags).
_WALK_KINDS = tuple(kind for kind, _ in _WALK_ORDER)
#: The heading level of each heading element (the only block-level tags that have one).
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
#: The tag a boundary's kind opens and its heading level (0: the level of the element it is in).
_OPENED = {kind: (tag, _HEADINGS.get(tag, 0)) for kind, tag in _TAGS.items()}
#: The kind of boundary a ``<pre>`` opens (see :func:`_code_lines`).
_PRE_KIND = _KINDS["pre"]
_LETTERS = re.compile(r"[A-Za-z]")
#: The class/id markers a block inherits are cut to this many characters.
_MARKERS_CHARS = 600
#: The numbers of a page's first segments, made once: numbering each page's segments anew (to
#: pick out the kept ones) made an int object for each segment past 256, ~130 instructions
#: each. A page of more segments numbers them itself (the corpus pages: 700 on the average,
#: one over 4,096).
_SEGMENT_NUMBERS = tuple(range(4096))
# Control characters a character reference (&#2;) still puts into the parsed text.
REF_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
# The same as bytes: in UTF-8 none is part of another character (``int in bytes``: memchr).
_REF_CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F))
# What lxml refuses in a text node and the cut still has to mark (the page cut at max_nodes):
# control characters that str counts as whitespace (made spaces), then whatever else XML forbids.
_CONTROL_SPACES = {code: " " for code in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F)}
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: The text of a tree as ``string()`` has it, in UTF-8 bytes (lxml decodes none of it).
_TEXT_BYTES = partial(etree.tostring, method="text", encoding="utf-8", with_tail=False)
#: The marks' codec that also tells whether the kept text holds a character sift.fold changes.
_SIFT_FOLDS_CODEC = holding_codec(FOLDED_CHARS)
_COUNT_ELEMENTS = etree.XPath("count(descendant-or-self::*)", regexp=False)
_NTH_ELEMENT = etree.XPath("(descendant-or-self::*)[$n]", regexp=False)


#: What writes a block-level element's content: ``xsl:apply-imports`` where libxslt (1.1.30 on)
#: falls back to the built-in rule when no imported rule matches (the stylesheet imports none),
#: which goes through the element's children in the current mode, as ``xsl:apply-templates``
#: does, without gathering them into a node set first (the cut's libxslt pass and its output
#: 224.7 -> 201.7 M instructions over the corpus pages). Before 1.1.30 apply-imports without
#: an imported rule writes nothing.
_APPLY_TEMPLATES = "<xsl:apply-templates{mode}/>"
_CONTENT = "<xsl:apply-imports/>" if etree.LIBXSLT_VERSION >= (1, 1, 30) else _APPLY_TEMPLATES


class _Marks:
    """The marks of one base and the compiled stylesheet that writes them."""

    def __init__(self, base: int) -> None:
        self.sep, self.link, self.stop = (chr(base + offset) for offset in (_SEP, _LINK, _STOP))
        # No EXSLT regular expressions: the stylesheet calls none, and lxml would register their
        # functions in the context of every transform.
        self.sheet = etree.XSLT(etree.XML(_stylesheet(base)), regexp=False)


def _stylesheet(base: int, content: str = "") -> str:
    """The stylesheet writing the marks from ``base``: the text of the tree (the built-in rules
    copy text nodes and go through every other element) with a boundary (its kind between two
    separators) before and after the content of each block-level element and at ``<br>``;
    inside a link (mode ``link``) the same, and each text node between two link marks.

    A block-level element's content is written by ``content`` (:data:`_CONTENT`), the
    instruction that applies the rules to its children in the mode it is in."""
    sep, link = f"&#x{base + _SEP:X};", f"&#x{base + _LINK:X};"
    content = content or _CONTENT
    # A text node in a link is copied (xsl:copy), not written by xsl:value-of select=".", which
    # evaluates an XPath expression for each one.
    rules = ['<xsl:template match="a"><xsl:apply-templates mode="link"/></xsl:template>',
             f'<xsl:template match="text()" mode="link">{link}<xsl:copy/>{link}'
             '</xsl:template>']
    for mode in ("", ' mode="link"'):
        inside = content.format(mode=mode)
        rules.append(f'<xsl:template match="br"{mode}>{sep}{_BR}{sep}</xsl:template>')
        rules += [f'<xsl:template match="{tag}"{mode}>{sep}{kind}{sep}{inside}'
                  f'{sep}{_END}{sep}</xsl:template>' for tag, kind in _KINDS.items()]
    return ('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
            '<xsl:output method="text" encoding="UTF-8"/>' + "".join(rules) + "</xsl:stylesheet>")


# One entry a base: the stylesheets are the same for every page, made once a process (~3 M
# instructions to parse and compile one), and a memo this small is kept between the pages of a
# crawl (scripts/bench.py's LOADER_MEMO), as a process keeps it.
@lru_cache(maxsize=len(_BASES))
def _marks(base: int) -> _Marks:
    return _Marks(base)


def _free_marks(text: str | bytes) -> _Marks:
    """Marks none of which ``text`` holds (each looked for by str.find, in C; in UTF-8 bytes, a
    base's by the bytes they share, :data:`_MARK_LEADS`): those of the first base that is free,
    else of one beyond the characters of the page."""
    if isinstance(text, bytes):
        for base in _BASES:
            if _MARK_LEADS[base] not in text:
                return _marks(base)
        text = text.decode("utf-8", "replace")
    for base in _BASES:
        if not any(map(text.__contains__, map(chr, range(base, base + _STOP + 1)))):
            return _marks(base)
    used = set(text)
    return _Marks(next(base for base in range(0xF0000, 0x10FFFD)
                       if not any(chr(code) in used for code in range(base, base + _STOP + 1))))


#: A block-level element that starts a container of blocks, with what its blocks inherit:
#: (tag, path of container ids from the body down, class/id markers, heading level), and the
#: container it was opened in (None for the body's).
_Container = tuple[str, tuple[int, ...], str, int, "_Container | None"]


def plain_markup(source: str | bytes | None) -> bool:
    """Whether the text of the tree parsed from ``source`` (its control characters already
    taken out) holds no character the markup does not: true when it has no numeric character
    reference (HTML's named references make none of the private-use marks or of the control
    characters). C loops over the page.

    In bytes, each ``#`` is found by memchr and the byte before it read, where a search for
    ``&#`` costs ~3 instructions a byte (it cannot skip a byte equal to ``&`` or ``#`` modulo
    64: ``c``, ``f`` and E3 and E6, lead bytes of much CJK text in UTF-8, among them). A ``#``
    costs the loop ~1,900 instructions: past one in :data:`BYTES_A_HASH` bytes of the page, the
    search reads the rest.
    """
    if source is None:
        return False
    if isinstance(source, str):
        return "&#" not in source
    find = source.find
    at = find(b"#")
    for _ in range(len(source) // BYTES_A_HASH):
        if at < 0:
            return True
        if at and source[at - 1] == _AMPERSAND:
            return False
        at = find(b"#", at + 1)
    # Every "#" before ``at`` was looked at: a reference starts at the one before it or later.
    return at < 0 or find(b"&#", max(at - 1, 0)) < 0


def cut(body: etree._Element, config: CleanerConfig, source: str | bytes | None = None,
        plain: bool | None = None) -> tuple[tuple[Block, ...], str, tuple[int, int] | None, bool]:
    """Cut the tree under ``body`` into blocks; returns the blocks, why the cut stopped early,
    the characters and CJK ideographs of the blocks together (``Page.counted``; None when unknown)
    and whether a block may hold a character :func:`cleaner.sift.fold` changes
    (``Page.sift_folds``: False only when the marks' count found none).

    The stylesheet writes the text with its boundaries; their kinds, in order, give each segment
    its container (the last one opened owns the text, and closing it makes the one it was opened
    in the owner again). The text is split at the separators as it comes: segments and kinds
    alternate, segment ``i`` is the text after boundary ``i - 1``; the segments are stripped,
    and the whitespace of the kept ones collapsed in one pass over them joined. The characters
    inside links are counted the way a reader's eye does (each text node stripped). At most
    ``max_blocks`` blocks, none longer than ``max_block_chars``, no container deeper than
    ``max_depth``; a body of over ``max_nodes`` elements is cut before the next one.

    ``source``, the markup the tree was parsed from (its control characters already taken
    out), spares a pass over the body's text when it is :func:`plain_markup` (``plain``, when
    the caller knows it already): its text holds no character the markup lacks, so the marks
    are chosen from the markup (the first are free when it lacks their lead byte, a memchr),
    and no control character is there to take out. Otherwise both are looked for in the text's
    UTF-8 bytes (no str made of them: a control character is one byte there, never part of
    another character, and a base's marks share their leading bytes).
    """
    if plain is None:
        plain = plain_markup(source)
    text = None
    if plain and not any(map(source.__contains__, _FIRST_MARKS[type(source)])):  # type: ignore[union-attr]
        marks = _marks(_BASES[0])
    elif plain:  # the tree's text holds no character the markup lacks: the markup will do
        marks = _free_marks(source)  # type: ignore[arg-type]
    else:  # the text of the tree in UTF-8, as it is, for the marks and the control characters
        text = _TEXT_BYTES(body)
        marks = _free_marks(text)
    truncated = ""
    stopped = not _fewer_elements(source, config.max_nodes) \
        and int(_COUNT_ELEMENTS(body)) > config.max_nodes
    if stopped:  # what follows the start of this element is dropped
        truncated = f"page cut after {config.max_nodes} elements (CleanerConfig.max_nodes)"
        _put_first(_NTH_ELEMENT(body, n=config.max_nodes + 1)[0], marks.stop)
    stream = _written(marks.sheet(body))
    if stopped:
        stream = stream[:stream.index(marks.stop)]
    # A body that is a block element ends the stream with its own end: the empty segment after
    # it is never kept, and its kind never read (no copy of the stream to take it off).
    links: list[int] | None = None
    if marks.link in stream:  # taken out even when every text node in a link is blank
        links, stream = _link_chars(stream, marks)
    # The stream is split at the separators as it is; a segment of nothing but space strips to
    # nothing (the empty ones are passed over in C), and only the kept ones have their whitespace
    # collapsed (by _blocks): most of the stream's whitespace is between two boundaries.
    sep = marks.sep
    if text is not None and any(map(text.__contains__, _REF_CONTROL_BYTES)):  # memchr each
        stream = REF_CONTROL.sub("", stream)
    parts = zero_width_spaces(stream).split(sep)
    segments = list(map(str.strip, parts[::2]))
    if links is None:
        links = [0] * len(segments)
    numbers = _SEGMENT_NUMBERS if len(segments) <= len(_SEGMENT_NUMBERS) else range(len(segments))
    kept = list(compress(numbers, segments))
    if len(kept) > config.max_blocks:  # the blocks to keep are all before this segment
        del kept[config.max_blocks + 1:]
    # The kept segments taken by an itemgetter, one C call (a list comprehension ran its loop's
    # bytecode a segment: _blocks replayed 183.5 -> 181.8 M); one item alone it gives as it is.
    texts = itemgetter(*kept)(segments) if len(kept) > 1 else [segments[i] for i in kept]
    kinds = parts[1:2 * kept[-1]:2] if kept else []
    # The split's lists (three items a segment) let go before the containers and the blocks are
    # made, and the kinds once read: those are tracked objects, a young collection of the cyclic
    # GC for every ~700 of them, and a collection walks every list made since the last one (27
    # over the corpus pages, 15 while the blocks are made; ``cut`` replayed 866.8 -> 863.5 M).
    del parts, segments
    present = "".join(kinds)   # (the kinds joined once: the walk's tags and a <pre> told by memchr)
    owners = _owners(kinds, body, marks, config.max_depth, present)
    if _PRE_KIND in present:   # (most pages print no <pre>)
        texts, kept = _code_lines(texts, kept, owners, links)
    del kinds
    blocks, cut_short, counted, folds = _blocks(texts, kept, owners, links, config, sep)
    return blocks, cut_short or truncated, counted, folds


def _code_lines(texts: Sequence[str], kept: list[int], owners: list[_Container],
                links: list[int]) -> tuple[list[str], list[int]]:
    """The kept segments and their numbers with each line of a code block a segment of its own.

    A browser keeps the line breaks of a ``<pre>``, and code is read by its lines: a segment
    owned by one, on two lines or more, no text of a link in it, that reads as code (Latin
    letters, :data:`MIN_CODE_LETTERS` or more and no fewer than its CJK characters: a comment
    in Chinese may sit in it) is cut at its line breaks, its blank lines dropped, each line
    with the segment's number (its container, its tag ``pre``). A ``<pre>`` of prose (a page
    printing its text as typed, its paragraphs hard-wrapped) stays one segment, as a
    paragraph's lines are one block; so does a gutter of line numbers (1 2 3, no letter), which
    :func:`cleaner.boxes.code_furniture` reads as one."""
    out_texts: list[str] = []
    out_kept: list[int] = []
    for text, i in zip(texts, kept):
        if owners[i][0] == "pre" and "\n" in text and not links[i]:
            letters = len(_LETTERS.findall(text))
            if letters >= MIN_CODE_LETTERS and letters >= cjk_count(text):
                lines = [line for line in map(str.strip, text.split("\n")) if line]
                out_texts += lines
                out_kept += [i] * len(lines)
                continue
        out_texts.append(text)
        out_kept.append(i)
    return out_texts, out_kept


def _written(result: etree._XSLTResultTree) -> str:
    """What the stylesheet wrote, as a str: its UTF-8 bytes decoded from the buffer lxml writes
    them into. ``str()`` of the result decodes the same bytes, then runs a regex over them that
    takes an XML declaration's encoding out of the start (text output writes none, and page text
    that reads like one would lose it); ``bytes()`` copies them first."""
    return utf_8_decode(memoryview(result), "strict", True)[0]


def _fewer_elements(source: str | bytes | None, limit: int) -> bool:
    """Whether the tree parsed from ``source`` surely holds at most ``limit`` elements, so that
    they need not be counted (a walk of the tree in libxml2). Every element the parser makes
    but a few (html, head, body) starts at a ``<`` followed by a letter; an older libxml2 also
    makes one ``<p>`` for some text after a tag, hence twice the count. Two such ``<`` are
    never next to each other, so a page of ``n`` characters holds at most ``(n + 1) // 2`` of
    them: one that short needs no count (a C loop over the page)."""
    if source is None:
        return False
    if 2 * ((len(source) + 1) // 2) + _IMPLIED_ELEMENTS <= limit:
        return True
    return 2 * source.count(_OPEN[type(source)]) + _IMPLIED_ELEMENTS <= limit  # type: ignore[arg-type]


def _put_first(el: etree._Element, char: str) -> None:
    """``char`` at the start of ``el``'s text."""
    try:
        el.text = char + (el.text or "")
    except ValueError:  # a character reference made a character lxml will not take back
        el.text = char + xml_safe(el.text or "")


def _owners(kinds: list[str], body: etree._Element, marks: _Marks,
            max_depth: int, present: str | None = None) -> list[_Container]:
    """The container of each segment, from the kinds of the boundaries in order, with what its
    blocks inherit (each container worked out once, from its parent's). The block-level elements
    come in the order of their start boundaries, for their class and id. Deeper than
    ``max_depth`` a block element still ends the block before it, but adds no container: its
    blocks belong to the ancestor at ``max_depth``.

    Each container holds last the container it was opened in, so closing its element makes
    that the owner again by an item of a tuple, where a stack cost a push and a pop, two calls
    a block element (``_owners`` replayed over the corpus pages 279.0 -> 271.8 M); an element
    deeper than ``max_depth`` is given its container's fields over again, holding the container,
    so that its end does the same. Only the outermost ``max_depth`` open elements start
    containers (one deeper has only deeper ones inside it), so the depth of the container a
    start is in (its path's length) tells which do. It is read only when it may have reached
    ``max_depth``: each start adds at most one to it and one to the containers counted, so
    after a start at depth ``d`` the next ``max_depth - d - 1`` starts are surely no deeper
    (``safe``, the count up to which none needs the read; a start deeper than ``max_depth``
    counts none, and the next one reads the depth again). A ``len`` a start cost ~210
    instructions (284.8 -> 279.1 M with the two below). A class or id is told absent by ``is
    None``, which Python 3.11 tests in its jump, where a truth test calls a function (271.8 ->
    270.3 M; an empty value is still joined to nothing). The loop stays within 256 code units
    of Python 3.11's bytecode (the parent container unpacked at once, the markers' cap a local),
    where a jump over more takes an EXTENDED_ARG: the loop's two jumps then cost a dispatch more
    a boundary, and a comparison followed by one is no longer specialised. Each boundary's
    container is appended by ``owners.append``, which 3.11 specialises for a list, where a bound
    ``append`` kept in a local was a call of a builtin (279.8 -> 276.6 M); the longer call fits in
    those code units with the deeper element's container made in the ``else`` of the start's
    test, one append after both."""
    current: _Container = ("body", (), "", 0, None)
    owners = [current]  # the text before the first boundary
    next_element = body.iter(*_walked_tags(kinds if present is None else present)).__next__
    opened = _OPENED
    counter = safe = 0
    cap = _MARKERS_CHARS
    end, br = _END, _BR
    for kind in kinds:
        if kind == end:
            current = current[4]
        elif kind != br:
            el = next_element()
            outer, path, markers, level, _ = current
            # the depth read only where it may have reached max_depth
            if counter < safe or (safe := counter + max_depth - len(path)) > counter:
                counter += 1
                tag, heading = opened[kind]
                # bytes keys: lxml takes them as they are, a str key it encodes on every call
                cls, ident = el.get(b"class"), el.get(b"id")
                if cls is not None or ident is not None:  # most block elements have neither
                    # one of the two alone (most of those with either) is joined to nothing
                    own = (f"{cls} {ident}" if cls and ident
                           else cls or ident or "").lower().strip()
                    if own:
                        markers = f"{markers} {own}"[:cap]
                current = (tag, path + (counter,), markers, heading or level, current)
            else:  # deeper than max_depth: the container's blocks
                current = (outer, path, markers, level, current)
        owners.append(current)
    return owners


def _walked_tags(kinds: list[str] | str) -> Iterator[str]:
    """The block-level tags the walk of :func:`_owners` asks lxml for: those of the boundaries in
    ``kinds`` that start an element, in _WALK_ORDER. lxml tries each tag asked for on every
    element it passes (a block-level tag is in its names once any page, or the stylesheet, held
    it), so only the tags of the page are asked for, the commonest first.

    The kinds are one character each: joined, each of _WALK_KINDS is looked for in them (C
    loops: one pass to join them, a memchr a kind), where a set of them took a hash and an
    insertion a boundary (``_owners`` over the corpus pages 284.8 -> 281.1 M instructions). The
    caller may pass them joined already (a str: :func:`cut` joins them once for its own test)."""
    present = kinds if isinstance(kinds, str) else "".join(kinds)
    return map(_TAGS.__getitem__, filter(present.__contains__, _WALK_KINDS))


def _link_chars(stream: str, marks: _Marks) -> tuple[list[int], str]:
    """The characters inside links in each segment (a list by segment number), each text node
    stripped; and ``stream`` without the link marks (its pieces joined: no second search for
    them). The text nodes inside links are every other piece of ``stream`` between link marks;
    the separators before one (two a boundary) number its segment, and those of the whole
    stream (the running count's last) the segments.

    A list rather than a dict of the segments holding some: a segment's count is an item
    read and written in place, where the dict took a ``get`` call for each link text and for
    each block made (``contained_blocks``): ``cut`` replayed over the corpus pages 888.5 ->
    876.5 M instructions."""
    pieces = stream.split(marks.link)
    before = list(accumulate(map(str.count, pieces[::2], repeat(marks.sep))))
    links = [0] * (before[-1] // 2 + 1)
    for seps, n in zip(before, map(len, map(str.strip, pieces[1::2]))):
        if n:  # a blank text node adds nothing (6.4 k of the corpus pages' 23.2 k)
            links[seps // 2] += n
    return links, "".join(pieces)


def _blocks(texts: Sequence[str], kept: list[int], owners: list[_Container], links: list[int],
            config: CleanerConfig, sep: str = "\0"
            ) -> tuple[tuple[Block, ...], str, tuple[int, int] | None, bool]:
    """The blocks of ``texts``, the segments numbered in ``kept`` (stripped, their whitespace
    not yet collapsed), measured; why they stop early (only :func:`_bounded_blocks`, for a page
    with too many segments or too long a one, stops early or cuts a segment); their characters
    and CJK ideographs together, from the kept text joined and the counts (None from the other);
    whether they may hold a character sift.fold changes (False when the marks' codec found none
    in the kept text joined, the usual page's: a pass of its own over the blocks' texts in body
    selection spared). ``sep``: the separator the segments were split at, which none of them
    holds."""
    # The kept segments' whitespace collapsed in one pass over them joined (no run of whitespace
    # reaches the joiner: they are stripped). The CJK characters and punctuation marks of every
    # segment counted in one pass each over that same join, when it is by the first of the
    # counts' joiners (the separator of the usual page's marks, which no segment holds; else a
    # NUL, and cjk_counts joins them anew): punct_counts encodes it by a codec of the marks
    # (``cut`` replayed over the corpus pages 876.5 -> 871.7 M instructions: a join of 653 k
    # characters in 23.4 k texts spared).
    joiner = sep if sep == JOINER else "\0"
    joined = " ".join(joiner.join(texts).split())
    kept_segments = joined.split(joiner)
    # Each segment's ideographs and marks as pieces of bytes whose lengths are the counts, read
    # by the loop that makes the blocks (blocks.contained_blocks), and the ideographs' total from
    # the same pass; where the UTF-16 high bytes cannot tell, the regex's counts, each as a piece
    # of as many bytes.
    found = cjk_runs(kept_segments, joined if joiner == JOINER else None)
    if found is None:
        counts = list(map(sub, map(len, kept_segments), map(len, strip_cjk(joined).split(joiner))))
        found = list(map(bytes, counts)), sum(counts)
    cjk, ideographs = found
    if joiner == JOINER:
        punct, folds = punct_runs_holding(joined, _SIFT_FOLDS_CODEC)
    else:
        punct, folds = punct_runs(joined, joiner), True
    # A segment is no longer than the kept text joined: most pages' is under max_block_chars.
    limit = config.max_block_chars
    if len(kept) > config.max_blocks or (len(joined) > limit
                                         and max(map(len, kept_segments)) > limit):
        return (*_bounded_blocks(kept, kept_segments, owners, links, cjk, punct, config), None, folds)
    # The usual page: one block a segment, placed as the segment is among the kept ones, with
    # no test a block of the blocks made or of the block's length (``_blocks`` replayed over the
    # corpus pages 215.6 -> 207.3 M instructions, for their 23.4 k blocks), and no call a block
    # (blocks.contained_blocks).
    return (tuple(contained_blocks(kept_segments, kept, owners, links, cjk, punct)), "",
            (len(joined) - len(kept_segments) + 1, ideographs), folds)  # (less the joiners between)


def _bounded_blocks(kept: list[int], kept_segments: list[str], owners: list[_Container],
                    links: list[int], cjk: Sequence[Sized], punct: Sequence[Sized],
                    config: CleanerConfig) -> tuple[tuple[Block, ...], str]:
    """:func:`_blocks`' blocks of a page with more segments than ``max_blocks`` or one longer
    than ``max_block_chars`` (cut into pieces by :func:`split_long`); why they stop early."""
    blocks: list[Block] = []
    add_block, measured = blocks.append, Block.measured
    limit, max_blocks = config.max_block_chars, config.max_blocks
    truncated = ""
    for n, i in enumerate(kept):
        if len(blocks) >= max_blocks:
            truncated = f"page cut after {max_blocks} blocks (CleanerConfig.max_blocks)"
            break
        segment, (tag, path, markers, heading, _) = kept_segments[n], owners[i]
        length = len(segment)
        inside = links[i]
        if inside > length:
            inside = length
        if length <= limit:
            add_block(measured(segment, len(blocks), tag, path, inside, markers, heading,
                               len(cjk[n]), len(punct[n])))
            continue
        for piece in split_long(segment, limit):
            blocks.append(Block(text=piece, position=len(blocks), tag=tag, path=path,
                                link_chars=inside * len(piece) // length, markers=markers,
                                heading=heading))
    return tuple(blocks), truncated


def split_long(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending at the last sentence
    end (。！？!?) in its second half when there is one; ``[text]`` when it is short enough.

    A page can be one endless line; per-character work on one block (and the lists some of it
    builds) then stays bounded. Nothing is dropped but the spaces at the cuts.

    >>> split_long("一二三。四五六。七八", 5)
    ['一二三。', '四五六。', '七八']
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(mark, start + limit // 2, end) for mark in "。！？!?") + 1
        if cut <= 0:
            cut = end
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def xml_safe(text: str) -> str:
    """``text`` as lxml takes it: control characters out (the blocks drop them anyway) and the
    ones that count as whitespace made spaces (the blocks collapse them anyway)."""
    return _NOT_XML.sub("", REF_CONTROL.sub("", text).translate(_CONTROL_SPACES))
