"""The furniture of technical and reference pages that sits among the article's blocks (see
:mod:`cleaner.kinds`, which calls :func:`boxes` for the HTML and the dump paths).

- :func:`code_furniture` — a code block's line numbers, printed in a gutter of their own (a
  ``<ul>`` of 1, 2, 3 …, a table cell of ``1 2 3``), and its copy button (复制代码, Copy) beside
  the code: the viewer's, not the text's. The code itself is the article's.
- :func:`contents_box` — a table of contents (目录) printed over the article: its entries repeat
  the headings the article prints further down, which are kept; the box goes.
- :func:`edit_links` — an encyclopedia entry's edit links (编辑) under its sections' headings,
  printed as text (a dump's lines; the HTML path drops them as links).

All are told by shape and position: a run of numbers counting up from one next to a block of
Latin letters (code), a copy label next to one, a label 目录 over entries each repeating a
later block of the article, and an edit label under each of several headings.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Sequence

from .blocks import Block, closes_sentence

__all__ = ["boxes", "code_furniture", "contents_box", "edit_links"]

_TEXT = attrgetter("text")

#: The longest block read as a gutter of line numbers on one line (1 2 3 … 99).
_GUTTER_CHARS = 300
#: A gutter counts this many lines at least.
MIN_GUTTER_LINES = 2
# A copy button's label alone on its block, a language's name before it (python 复制代码).
_COPY = re.compile(r"^(?:[A-Za-z][\w+#.-]{0,15}\s*)?(?:一键|点击)?复制(?:代码|全部)?$"
                   r"|^(?:[A-Za-z][\w+#.-]{0,15}\s*)?[Cc]opy(?:\s+[Cc]ode)?$")
_COPY_CHARS = 24
#: Latin letters a block needs, and at least as many as its CJK characters, to be read as code.
MIN_CODE_LETTERS = 3
# The label of a table of contents, alone on its block.
_CONTENTS = re.compile(r"^(?:文章|本文|内容|页面)?目\s*录[:：]?$|^(?:Table of )?[Cc]ontents$")
_CONTENTS_CHARS = 17
#: An entry of the table is at most this long.
_ENTRY_CHARS = 40
#: Entries a table of contents holds at least.
MIN_ENTRIES = 2
# The section number before a heading or an entry (1, 2.1, 3.、一、, （二）, 第一章), and a
# dump's bullet before either (* 1, • 简介: a list printed as text).
_NUMBER = re.compile(r"^\s*(?:[*•·]\s+)?(?:\d{1,2}(?:\.\d{1,2})*(?![\d年月日号%])[.、．]?|[（(]?[一二三四五六七八九十]{1,3}[、)）]"
                     r"|第[一二三四五六七八九十\d]{1,3}[章节部分]+)?\s*")
_BULLETS = ("* ", "• ", "· ")
# A 1 before a 2 on the next line (a bullet before it: * 2, • 2, · 2) or after a space: one scan for
# the first character, where four searches of the text each read it whole.
_COUNT_FROM_ONE = re.compile("1(?:\n(?:[*•·] )?| )2")
# A section's edit link printed as text, alone on its line: 编辑, [编辑], 【编辑本段】.
_EDIT = re.compile(r"^[\[【]?\s*编辑(?:本段)?\s*[\]】]?$")
_EDIT_CHARS = 8
_OPENING_BRACKETS, _CLOSING_BRACKETS = ("[", "【"), ("]", "】")
#: Edit links an entry prints at least (one a section) to be read as such.
MIN_EDIT_LINKS = 2


def boxes(kept: list[Block], inside: Sequence[Block]
          ) -> tuple[list[Block], list[Block], list[Block], list[Block]]:
    """The kept blocks without a code block's furniture, a table of contents and the edit links
    of an entry's sections, those of the first, of the second and of the third. Each is looked
    for only where the kept text holds what it needs (a 1 before a 2 on the next line or after
    a space, a copy label; 目录 or Contents; 编辑): the kept texts joined once and
    searched in C, where a walk over the blocks costs a Python step each on every page, and
    most pages have none."""
    text = "\n".join(map(_TEXT, kept))
    code: list[Block] = []
    contents: list[Block] = []
    edits: list[Block] = []
    if _COUNT_FROM_ONE.search(text) or "复" in text and "复制" in text or "y" in text and "opy" in text:
        kept, code = code_furniture(kept)
    if "录" in text or "ontents" in text:
        kept, contents = contents_box(kept, inside)
    if "编辑" in text:
        kept, edits = edit_links(kept)
    return kept, code, contents, edits


def edit_links(kept: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """The kept blocks without the edit links of an encyclopedia entry's sections, and those.

    An edit link (:data:`_EDIT`: 编辑, [编辑], 编辑本段; its brackets on lines of their own
    around it, as a dump printing each element on its line has them) printed as text on a line
    of its own right under a section's heading (the block just before it: short, no sentence
    closed), :data:`MIN_EDIT_LINKS` of them or more: one such line may be a byline's label over
    a name (编辑 / 张三), an entry prints one a section."""
    links: set[int] = set()
    found = 0
    for k, b in enumerate(kept):
        if len(b.text) > _EDIT_CHARS or "编辑" not in b.text or not _EDIT.match(b.text.strip()):
            continue
        link = [k]
        if 0 < k < len(kept) - 1 and kept[k - 1].text.strip() in _OPENING_BRACKETS \
                and kept[k + 1].text.strip() in _CLOSING_BRACKETS:
            link = [k - 1, k, k + 1]
        above = link[0] - 1
        if above >= 0 and kept[above].position == kept[link[0]].position - 1 and len(kept[above].text) <= _ENTRY_CHARS \
                and not closes_sentence(kept[above].text) and not _EDIT.match(kept[above].text.strip()):
            links.update(link)
            found += 1
    if found < MIN_EDIT_LINKS:
        return list(kept), []
    return [b for k, b in enumerate(kept) if k not in links], [b for k, b in enumerate(kept) if k in links]


def _code_like(block: Block) -> bool:
    """Whether ``block`` reads as code: Latin letters, :data:`MIN_CODE_LETTERS` or more, and no
    fewer than its CJK characters (a comment in Chinese may sit in it); or a line of a code
    block (a ``<pre>``'s, :func:`cleaner.cut.cut` cuts it into its lines) without a CJK
    character, not a number alone (``}``, ``);``)."""
    text = block.text
    if block.tag == "pre" and not block.cjk and not text.replace(" ", "").isdigit():
        return True
    if len(text) < MIN_CODE_LETTERS or block.cjk * 2 > len(text):
        return False
    letters = sum(1 for c in text if "a" <= c <= "z" or "A" <= c <= "Z")
    return letters >= MIN_CODE_LETTERS and letters >= block.cjk


def _counts_up(numbers: Sequence[str]) -> bool:
    """Whether ``numbers`` are 1, 2, 3 … in order, :data:`MIN_GUTTER_LINES` of them or more."""
    return len(numbers) >= MIN_GUTTER_LINES and all(n == str(k) for k, n in enumerate(numbers, 1))


def code_furniture(kept: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """The kept blocks without the line numbers and copy buttons of code blocks, and those.

    Line numbers: one block of numbers counting up from 1 (``1 2 3 4``), or a run of blocks
    holding one number each counting up from 1, :data:`MIN_GUTTER_LINES` at least, with code
    (:func:`_code_like`) just before or after. A copy button: a short label (:data:`_COPY`)
    with code, or line numbers, just before or after it."""
    # (Blocks opening on 1 or a bullet looked at alone: most pages have none, and the walk
    # costs a comprehension over the kept blocks.)
    ones = [k for k, b in enumerate(kept) if b.text[:1] == "1" or b.text[:2] in _BULLETS]
    copies = {k for k, b in enumerate(kept) if ("复制" in b.text or "opy" in b.text)
              and len(b.text) <= _COPY_CHARS and _COPY.match(b.text.strip())}
    if not ones and not copies:
        return list(kept), []
    n = len(kept)
    gutter: set[int] = set()
    done = 0
    for k in ones:
        text = _number(kept[k].text)
        if k < done or text[:1] != "1" or len(text) > _GUTTER_CHARS or not text.replace(" ", "").isdigit():
            continue
        end = k + 1
        if " " in text:
            ok = _counts_up(text.split())
        else:
            while end < n and _number(kept[end].text) == str(end - k + 1):
                end += 1
            ok = end - k >= MIN_GUTTER_LINES
        if ok and (k > 0 and _code_like(kept[k - 1]) or end < n and _code_like(kept[end])):
            gutter.update(range(k, end))
        done = end
    if copies:
        rest = [k for k in range(n) if k not in gutter]
        for i, k in enumerate(rest):
            if k in copies and any(0 <= j < len(rest) and rest[j] not in copies and _code_like(kept[rest[j]])
                                   for j in (i - 1, i + 1)):
                gutter.add(k)
    if not gutter:
        return list(kept), []
    return [b for k, b in enumerate(kept) if k not in gutter], [b for k, b in enumerate(kept) if k in gutter]


def _number(text: str) -> str:
    """``text`` without a dump's bullet before it (* 1)."""
    return text[2:] if text[:2] in _BULLETS else text


def _entry(text: str) -> str:
    """An entry or heading without its section number (a list's number before it too: 1. 1 简介)
    and spaces."""
    return _NUMBER.sub("", _NUMBER.sub("", text, count=1), count=1).replace(" ", "")


def _listed(entry: str, inside: Sequence[Block], start: int, end: int) -> bool:
    """Whether a block of ``inside`` between positions ``start`` and ``end`` reads ``entry``."""
    return any(start < b.position < end and len(b.text) <= _ENTRY_CHARS and _entry(b.text) == entry
               for b in inside)


def contents_box(kept: Sequence[Block], inside: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """The kept blocks without a table of contents, and its blocks (``inside``: the blocks of
    the article's container, kept or not).

    The label (:data:`_CONTENTS`: 目录, 文章目录, Contents) and the run of short blocks after
    it, :data:`MIN_ENTRIES` or more, each repeating a block kept further down (a heading, with
    or without its section number; a section number alone on a line goes with them), up to
    the article's first heading (the first entry again), a long block or the end. A box with an
    entry the article does not print again is left whole, as is a label over fewer entries."""
    kept = list(kept)
    labels = [k for k, b in enumerate(kept) if len(b.text) <= _CONTENTS_CHARS
              and ("录" in b.text or "ontents" in b.text) and _CONTENTS.match(b.text.strip())]
    drop: list[int] = []
    for k in labels:
        later = {}
        for j in range(len(kept) - 1, k, -1):
            if len(kept[j].text) <= _ENTRY_CHARS:
                later.setdefault(_entry(kept[j].text), j)
        run, entries = k + 1, 0
        while run < len(kept) and len(kept[run].text) <= _ENTRY_CHARS:
            entry = _entry(kept[run].text)
            if entry and later.get(entry, -1) <= run:
                # An entry printed once: the article's first heading, which an entry of the
                # box repeats (kept or not: a link's), or an entry told otherwise below, and
                # the box is not read whole.
                if not _listed(entry, inside, kept[k].position, kept[run].position):
                    entries = 0
                break
            entries += bool(entry)   # (a section number on a line of its own, as a dump prints it)
            run += 1
        while run > k + 1 and not _entry(kept[run - 1].text):
            run -= 1   # (the number of the article's first heading)
        if entries >= MIN_ENTRIES:
            drop.extend(range(k, run))
    if not drop:
        return kept, []
    dropped = set(drop)
    return [b for k, b in enumerate(kept) if k not in dropped], [b for k, b in enumerate(kept) if k in dropped]
