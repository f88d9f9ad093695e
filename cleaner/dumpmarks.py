"""The marks a flattener adds to a text dump that the page itself never showed.

Text dumps come from many tools, and some write more than the page's visible lines:

- Markdown converters (html2text, markdownify, reader services that serve a page as Markdown)
  write a link as ``[文字](url "title")``, an image as ``![alt](url)``, a heading as ``# 标题``,
  emphasis as ``**粗体**`` / ``_斜体_``, a quote as ``> ``, a rule as ``---``, a table row as
  ``| a | b |``, escape their own marks with a backslash (``\\_``, ``1\\.``), and a reader
  service heads its output with ``Title:`` / ``URL Source:`` / ``Markdown Content:`` lines;
- text-mode browsers (lynx) number every link in the text (``本文[12]作者``), list the
  numbered addresses under ``References`` at the end, and wrap each paragraph at one width;
  they draw a form's controls (lynx's ``(BUTTON)``, w3m's text field ``[值      ]`` on a line
  of its own), and lynx labels an image without alt text with its
  address's last part (``[logo.png]``, an image held in the page as its whole base64).

:func:`unmarked` takes these out, so that a dump reads as the page's lines do: a link's text
stays where it stood, its address goes, and the paragraphs are the page's. A dump is read as
Markdown only when its links are written so, with an address, more than a few times
(:data:`MIN_LINKS`), or when it holds a table's row of dashes (``| --- |``), and as a
numbered-links dump only when it ends in such a list: a plain dump that quotes a bracket or
an asterisk is left as it is. The paragraphs of a numbered-links dump are joined again
(:func:`unwrapped`) before its numbers go (the wrap counted them).

Other dumps are wrapped too (w3m, ``fold``/``fmt``, a converter's body width, a page wrapped in
its own markup): :mod:`cleaner.textdump` asks :func:`looks_wrapped` of the lines it reads, and
joins the paragraphs with :func:`unwrapped` only where they look so.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from operator import add, rshift, sub

from .blocks import SENTENCE_END
from .dumpcolumns import BOX as _BOX, uncolumned

__all__ = ["looks_wrapped", "unmarked", "unwrapped"]

#: Markdown links (``](`` followed by an address) a dump holds at least, to be read as Markdown.
MIN_LINKS = 3
#: Numbered addresses a dump's ``References`` list holds at least, to be read as a lynx dump.
MIN_REFERENCES = 3

# An address in a Markdown link or image: converters copy an address as the page wrote it,
# spaces and a stray opening parenthesis too; parentheses balanced one deep, or escaped with a
# backslash (html2text's ``javascript:void\(0\)``, nested as a script nests them); a converter
# that wraps its lines may break it at a space (its rest on the next line, a mail's subject too:
# no space nor parenthesis up to the closing one), and the line before its title in quotes. (No
# character is read by two of the alternatives: a backslash opens an escape alone.)
_URL = (r"(?:[^\n()\\]|\\[^\n]|\((?:[^\n()\\]|\\[^\n])*\)|\()*"
        r"(?:\n(?:[^\s()\\]|\\[^\n])+(?=[\s)]))?(?:\s+\"[^\"\n]*\")?")
# An image, its alt text too (wrapped over lines, as html2text wraps it; no blank line between):
# a dump of the page's visible lines shows neither.
_IMAGE = re.compile(r"!\[(?:[^\]\n]|\n(?![ \t]*\n))*\]\(" + _URL + r"\)")
# A link: its text (brackets inside none; a wrapped one spans lines) stays, its address goes.
_LINK = re.compile(r"\[([^\[\]]*)\]\(" + _URL + r"\)")
_LINK_START = re.compile(r"\]\((?:[a-z][a-z0-9+.-]*:|/|#)", re.I)
# Line openings: an ATX heading's hashes, a quote's marks.
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
# A line that is a rule (``---``, ``* * *``, ``___``) or an emphasis of nothing (``__``, ``****``,
# what an icon's empty <i> or <b> becomes), or a table's row of dashes.
_EMPTY_MARKS = re.compile(r"^[ \t]*(?:(?:[-*_][ \t]*){2,}|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*)$", re.M)
# Emphasis: ** or __ around a text, then * or _ around one (not inside a word of Latin letters).
# (a bold run may span a line break the converter wrote inside it, html2text's ``  \n`` for <br>,
# not a blank line: a paragraph's end)
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)((?:.|\n(?![ \t]*\n))+?)(?<=[^\s\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?)(?<=[^\s*\\])\*(?![\w*])"
                       r"|(?<![A-Za-z0-9_\\])_(?=[^\s_])([^_\n]*?)(?<=[^\s_\\])_(?![A-Za-z0-9_])")
# A backslash before a mark Markdown would read (html2text's \_ \- 1\.).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
# A table row (a line that opens with a bar; a converter may put a whole table of tables on
# one) and its cell borders and rows of dashes: each a column gap (four spaces: every cell a
# line of its own); and inside a cell, where the cell's text broke a line (a converter writes
# a cell on one line, each line break a space, and collapses the page's own runs of spaces to
# one): two spaces or more, or a space before an ideographic indent (　　), a paragraph's end.
_CELL_BORDER = re.compile(r"(?:[ \t]*\|[ \t]*(?::?-{3,}:?(?=[ \t]*\|))?)+|[ \t]{2,}|[ \t]+(?=\u3000)")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*$", re.M)
# A table's row of dashes as a Markdown converter writes it (``| --- | --- |``, html2text's
# ``---|---``), on a line of its own: a dump holding one is Markdown, its links written so or
# not (``](index.php)``). (An extractor's plain text may draw a table's rows with bars, its row
# of dashes ``|---|---|``: no Markdown.)
_DELIMITER_ROW = re.compile(r"^[ \t]*(?:\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+|(?:-{3,}\|)+-{3,})[ \t]*$", re.M)
# A reader service's header lines, above the page's own.
_READER_HEAD = re.compile(r"\A(?:[ \t]*\n)*Title:[ \t]*(.*)\n(?:(?:[ \t]*|(?:URL Source|Published Time|Description"
                          r"|Warning|Number of Pages):.*)\n)*Markdown Content:[ \t]*\n")
# lynx's link numbers (本文[12]作者, [13]图片) and the list of addresses they point to.
_LINK_NUMBER = re.compile(r"\[\d{1,5}\]")
# The list opens with a line "References", a blank line and the first address, numbered 1 (an
# address may run over lines of its own: a script's text in a javascript: link).
_REFERENCES = re.compile(r"\nReferences[ \t]*\n(?:[ \t]*\n)+(?:[ \t]*Visible links:?[ \t]*\n)?[ \t]*1\. \S")
_REFERENCE = re.compile(r"^[ \t]*\d{1,5}\. ", re.M)
# lynx's label of an image without alt text is its address's last part: for an image held in
# the page (a data: address) its type and the whole of its base64, broken over lines.
_DATA_IMAGE = re.compile(r"\[[\w.+-]{1,30};base64,[A-Za-z0-9+/=\s]*\]")
# lynx's label of a form's button (a field it draws as its value and a run of underscores, which
# stays: a line so drawn is read as no headline).
_LYNX_BUTTON = re.compile(r"\(BUTTON_*\)")
# A text field a text-mode browser (w3m) draws on a line of its own: its value (a box to share
# the headline or to search, filled in by the page) in brackets, padded with spaces to its width.
_FIELD_LINE = re.compile(r"^[ \t]*\[ *[^\s\[\]][^\[\]\n]* {2,}\][ \t]*$", re.M)


def unmarked(text: str) -> str:
    """``text`` without a Markdown converter's or a text-mode browser's marks (see the module).

    >>> unmarked("# 标题\\n\\n**记者 王五** 报道，[市图书馆](http://a.cn/x \\"馆\\")推出服务。\\n\\n"
    ...          "![](http://a.cn/1.jpg)\\n[首页](/) [新闻](/n)\\n")
    '标题\\n\\n记者 王五 报道，市图书馆推出服务。\\n\\n\\n首页 新闻\\n'
    """
    # (each search for a mark after a test for one of its characters, which memchr answers for
    # the many dumps without it, where a search of two characters or more reads the whole dump)
    if "]" in text and "](" in text and _markdown(text) \
            or "|" in text and "---" in text and ("| --- |" in text or "\n---|---" in text) and _DELIMITER_ROW.search(text):
        text = _unmarkdown(text)
    at = text.rfind("\nReferences") if "R" in text else -1
    if at >= 0:
        listed = _REFERENCES.match(text, at)
        if listed and len(_REFERENCE.findall(text, at)) >= MIN_REFERENCES:
            # (its lines wrapped with the numbers in: joined before they go)
            text = text[:at + 1]
            if ";base64," in text:
                text = _DATA_IMAGE.sub("", text)
            text = _LINK_NUMBER.sub("", unwrapped(text))
            if "(BUTTON" in text:
                text = _LYNX_BUTTON.sub("", text)
    if "  ]" in text:
        text = _FIELD_LINE.sub("", text)
    return uncolumned(text)


def _markdown(text: str) -> bool:
    """Whether ``text`` writes its links in Markdown, at least MIN_LINKS times."""
    found = 0
    for _ in _LINK_START.finditer(text):
        found += 1
        if found >= MIN_LINKS:
            return True
    return False


def _unmarkdown(text: str) -> str:
    head = _READER_HEAD.match(text)
    if head:   # the page's <title> as a scraper prints it first; the rest of the header goes
        text = head.group(1) + "\n\n" + text[head.end():]
    text = _IMAGE.sub("", text)
    while True:   # a link around an image leaves [](url): once more
        linked = _LINK.sub(r"\1", text)
        if linked == text:
            break
        text = linked
    text = _EMPTY_MARKS.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _TABLE_ROW.sub(lambda m: _CELL_BORDER.sub("    ", m.group()), text)
    return _ESCAPE.sub(r"\1", text)


#: A dump is hard-wrapped when at least this many of its lines (and WRAPPED_SHARE of them) are
#: as long as one another (within a character either way), from MIN_WRAP to MAX_WRAP long
#: (characters, or columns: a terminal's widths; a list of summaries cut at one length may be
#: longer).
MIN_WRAPPED = 5
WRAPPED_SHARE = 0.03
MIN_WRAP, MAX_WRAP = 30, 100
#: Lines longer than the wrap width are few: at most one for every LONGER_SHARE lines wrapped
#: (an address, a row of a table); a browser lays a layout table's row out wider than the wrap
#: too, its cells a gap of spaces apart: when such rows are many, they are not counted.
LONGER_SHARE = 4
#: A dump looks wrapped when one of every RUN_ON_SHARE lines as wide as the wrap, or more, runs
#: on into a line as wide or into one closing a sentence.
RUN_ON_SHARE = 3
#: A wrapping tool puts a blank line between paragraphs: one line in BLANK_SHARE or more is blank.
BLANK_SHARE = 20
#: How far short of the wrap width a line may end and still have been wrapped (a text-mode
#: browser moves a mark that may not open a line down with the character before it).
WRAP_SLACK = 2
#: The full lines of a wrap hold up to this many ideographs fewer than the fullest (their marks,
#: digits and Latin letters take the rest).
FULL_SPREAD = 7
#: A paragraph's first line may fall short of the wrap by this many characters (columns: twice
#: as many) more: its indent, which a flattener may drop (spaces the wrap counted).
INDENT_SLACK = 4
#: A line with this many spaces between CJK characters or more is a row of items (a menu's, a
#: list of headlines a page runs together): no line of a paragraph wrapped.
MIN_ITEM_GAPS = 3
_ITEM_GAP = re.compile(r"[\u3400-\u9fff] (?=[\u3400-\u9fff])")
# What opens an item of a list: such a line is no line of the paragraph above it continued.
_ITEM = re.compile(r"[*+•·▪◦o#-]\s|\d{1,3}[.、)]\s")
# How a summary cut at a fixed length ends (a list of them is as long as wrapped lines are).
_CUT = ("...", "…")
_ASCII_WORD = re.compile(r"[\x21-\x7e]+")
# How UTF-8 opens a character of U+2000-U+203F (“ ” ‘ ’ — …).
_GENERAL_PUNCTUATION = "\u2000".encode()[:2]


def unwrapped(text: str) -> str:
    """``text`` with each paragraph a text-mode browser or a converter wrapped at a fixed width
    joined again: a line as long as the wrap (what the next line opens with would not have
    fitted on it) runs on into the next, unless a blank line, an item of a list or a column gap
    (a table) comes between, or the next line is indented otherwise (:func:`_continued`). The
    width is told in characters (lynx, a wrap counting characters) or in columns, a CJK
    character two (w3m, ``fold``), whichever the lines pile up at.

    In a dump with hardly a blank line a line as long as the others may be a paragraph's last
    and the next one's first: there a line that closes a sentence runs on into none, and lines
    are joined only where the paragraph they make closes one too (a headline as long as the
    wrap stays above its meta line, a menu's row above the next one).
    """
    raw = text.split("\n")
    lines = list(map(str.rstrip, raw))
    chars = list(map(len, lines))
    # (a CJK character is three bytes of UTF-8 and two columns: columns = (bytes + characters) / 2,
    # the bytes of the lines counted from one encoding of the text, less the spaces they end in)
    encoded = text.encode().split(b"\n")
    columns = list(map(sub, map(rshift, map(add, map(len, encoded), map(len, raw)), repeat(1)),
                       map(sub, map(len, raw), chars)))
    # (a terminal's wrap counts the quotes, dashes and ellipses of U+2000-U+203F one column wide,
    # as wcwidth does: their UTF-8 opens with E2 80)
    narrow = list(map(sub, columns, map(bytes.count, encoded, repeat(_GENERAL_PUNCTUATION))))
    (width, piled), (width_columns, piled_columns) = _fill(chars, lines), _fill(columns, lines)
    measure, wide = chars, 1
    if piled_columns > piled:
        measure, wide, width, piled = columns, 2, width_columns, piled_columns
    if narrow != columns and (fill := _fill(narrow, lines))[1] > piled:
        measure, wide, width = narrow, 2, fill[0]
    if not width:
        return text
    spaced = lines.count("") * BLANK_SHARE >= len(lines)
    # (the lines as long as the wrap, found in one comprehension: the checks read those alone)
    joined, indented = [], []
    half = width // 2
    for i in [i for i, n in enumerate(measure[:-1], 1) if half < n <= width]:
        above, line = lines[i - 1], lines[i].lstrip()
        if not line:
            continue
        short = width - measure[i - 1] - _opening(line, wide) - WRAP_SLACK
        first = short >= 0   # (short of the wrap: only a paragraph's first line, its indent lost)
        if first and (short >= INDENT_SLACK * wide or (i > 1 and lines[i - 2])) \
                or _ITEM.match(line) or (not spaced and above[-1] in SENTENCE_END) \
                or above.endswith(_CUT) or _BOX.search(above, 0, 1) or _BOX.search(above, len(above) - 1) \
                or " " in above and ("    " in above.strip() or len(_ITEM_GAP.findall(above)) >= MIN_ITEM_GAPS):
            continue
        # (neither line indented, the one above no item: continued, told without the regex)
        if lines[i][0] == line[0] and above[0] > "\u3000" or _continued(above, lines[i]):
            (indented if first else joined).append(i)
    if indented:   # (a paragraph's first line, its indent lost: where the next line runs on too)
        joined = sorted(joined + [i for i in indented if i + 1 in joined])
    if not spaced:
        joined = _closing(joined, lines)
    if not joined:
        return text
    out: list[str] = []
    ends = set(joined)
    for i, line in enumerate(lines):
        if i in ends:
            line = line.lstrip()
            out[-1] += (" " if out[-1][-1].isascii() and line[0].isascii() else "") + line
        else:
            out.append(line)
    return "\n".join(out)


def looks_wrapped(lines: list[str], cjk: list[int], punct: list[int]) -> bool:
    """Whether a dump's lines (blank ones left out, spaces collapsed) may have been wrapped at
    one width, told from their lengths alone: MIN_WRAPPED or more end within two characters, or
    columns (a CJK character, ideograph or mark, two), of each other, from MIN_WRAP to MAX_WRAP,
    and less than half as many are wider (:func:`_piled`). ``cjk`` and ``punct`` are the lines'
    counts of ideographs and marks (a mark counted as two columns, an ASCII one too: CJK text
    holds few). Most dumps hold a paragraph of more ideographs than any wrap holds (none breaks
    a run of them further on), or hardly another line about as full of them as their fullest:
    told by a ``max`` and a few ``list.count`` in C over their counts, and not measured further;
    the others are, and only those that look wrapped are read again by :func:`unwrapped`."""
    if max(cjk[::4], default=0) > MAX_WRAP:   # (most dumps: a quarter of the counts compared)
        return False
    most = max(cjk, default=0)
    if most > MAX_WRAP or sum(map(cjk.count, range(most - FULL_SPREAD, most + 1))) < MIN_WRAPPED:
        return False
    chars = list(map(len, lines))
    for columns in (False, True):
        widths = list(map(add, map(add, chars, cjk), punct)) if columns else chars
        width = _piled(Counter(widths))
        if not width:
            continue
        # (a line of a paragraph wrapped runs on into another as wide or into its paragraph's
        # last, which closes a sentence; a headline of a list about as wide, into the next item:
        # a third of them at least, where a list's items wrap too, their last lines ending
        # with no mark, and a short page holds few lines of prose)
        full = [i for i, w in enumerate(widths[:-1]) if width - 2 <= w <= width]
        if sum(width - 2 <= widths[i + 1] <= width or lines[i + 1][-1] in SENTENCE_END for i in full) \
                * RUN_ON_SHARE >= len(full):
            return True
    return False


def _piled(counts: Counter[int]) -> int:
    """The width, from MIN_WRAP to MAX_WRAP, that most of the widths ``counts`` counts (from
    MIN_WRAP/2 on), MIN_WRAPPED or more, lie at or up to two below, with less than half as many
    wider; or 0."""
    total = sum(n for width, n in counts.items() if width >= MIN_WRAP >> 1)
    wider = best = piled = 0
    for width in sorted(counts, reverse=True):
        if wider * 3 > total or width < MIN_WRAP:   # (no window below can pile up enough)
            break
        around = counts[width] + counts[width - 1] + counts[width - 2]
        if width <= MAX_WRAP and around >= MIN_WRAPPED and wider * 2 <= around and around > piled:
            best, piled = width, around
        wider += counts[width]
    return best


def _closing(joined: list[int], lines: list[str]) -> list[int]:
    """The joins of ``joined`` (each the line joined to the one above) whose paragraph closes
    a sentence (its last line does)."""
    kept: list[int] = []
    run: list[int] = []
    for i in joined:
        if run and i != run[-1] + 1:
            kept += run if lines[run[-1]][-1] in SENTENCE_END else []
            run = []
        run.append(i)
    if run and lines[run[-1]][-1] in SENTENCE_END:
        kept += run
    return kept


def _fill(widths: list[int], texts: list[str]) -> tuple[int, int]:
    """The width the lines were wrapped at and how many lines are about as wide less those
    wider (the measure that lines of Latin letters overrun is the wrong one), or ``(0, 0)``:
    the widest at which MIN_WRAPPED different lines or more (and WRAPPED_SHARE of them) end
    within one of each other, and few lines are wider (LONGER_SHARE)."""
    counts = Counter(dict(zip(texts, widths)).values())   # (in C, then the short ones out)
    for width in [width for width in counts if width < MIN_WRAP]:
        del counts[width]
    get = counts.get
    least = max(MIN_WRAPPED, WRAPPED_SHARE * (len(widths) - widths.count(0)))
    for width in sorted(counts, reverse=True):
        around = get(width - 1, 0) + counts[width] + get(width + 1, 0)
        if around >= least and width < MAX_WRAP:
            longer = sum(n for w, n in counts.items() if w > width + 1)
            if longer * LONGER_SHARE > around:   # (a layout table's rows, their cells a gap apart: no text overran)
                longer = len({text for text, w in zip(texts, widths) if w > width + 1 and "  " not in text.strip()})
            return (width + 1 if get(width + 1) else width, around - longer) \
                if longer * LONGER_SHARE <= around else (0, 0)
    return 0, 0


def _continued(above: str, line: str) -> bool:
    """Whether ``line`` may go on with the paragraph of the line ``above`` by its indent: as far
    in, or two further under an item of a list; not indented four or more (a table's column, a
    nested list's), nor opening with an ideographic space (a paragraph's first line)."""
    item = _ITEM.match(above.lstrip()) is not None
    # (the ideographic spaces a paragraph's first line opens with are its text's, printed where
    # the lines below it start: no indent of the line above)
    indent, indent_above = len(line) - len(line.lstrip()), len(above) - len(above.lstrip(" \t"))
    return indent == indent_above + (2 if item else 0) and (indent_above < 4 or item) \
        and "\u3000" not in line[:indent]


def _opening(line: str, wide: int) -> int:
    """How wide what ``line`` opens with is: a word of Latin letters and the space before it,
    else one character (``wide``, two columns for a CJK one)."""
    if line[0] > "\x7e":   # (most lines of a CJK dump: told without the regex)
        return wide
    word = _ASCII_WORD.match(line)
    return len(word.group()) + 1 if word else wide
