"""The marks a flattener adds to a text dump that the page itself never showed.

Text dumps come from many tools, and some write more than the page's visible lines:

- Markdown converters (html2text, markdownify, reader services that serve a page as Markdown)
  write a link as ``[文字](url "title")``, an image as ``![alt](url)``, a heading as ``# 标题``,
  emphasis as ``**粗体**`` / ``_斜体_``, a quote as ``> ``, a rule as ``---``, a table row as
  ``| a | b |``, escape their own marks with a backslash (``\\_``, ``1\\.``), and a reader
  service heads its output with ``Title:`` / ``URL Source:`` / ``Markdown Content:`` lines;
- text-mode browsers (lynx) number every link in the text (``本文[12]作者``) and list the
  numbered addresses under ``References`` at the end.

:func:`unmarked` takes these out, so that a dump reads as the page's lines do: a link's text
stays where it stood, its address goes, and the paragraphs are the page's. A dump is read as
Markdown only when its links are written so, more than a few times (:data:`MIN_LINKS`), and as
a numbered-links dump only when it ends in such a list: a plain dump that quotes a bracket or
an asterisk is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["unmarked"]

#: Markdown links (``](`` followed by an address) a dump holds at least, to be read as Markdown.
MIN_LINKS = 3
#: Numbered addresses a dump's ``References`` list holds at least, to be read as a lynx dump.
MIN_REFERENCES = 3

# An address in a Markdown link or image: no line break (converters copy an address as the page
# wrote it, spaces and a stray opening parenthesis too), parentheses balanced one deep, then an
# optional title in quotes (a converter that wraps its lines may break the line before it).
_URL = r"(?:[^\n()]|\([^\n()]*\)|\()*(?:\s+\"[^\"\n]*\")?"
# An image, its alt text too: a dump of the page's visible lines shows neither.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(" + _URL + r"\)")
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
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?)(?<=[^\s*\\])\*(?![\w*])"
                       r"|(?<![A-Za-z0-9_\\])_(?=[^\s_])([^_\n]*?)(?<=[^\s_\\])_(?![A-Za-z0-9_])")
# A backslash before a mark Markdown would read (html2text's \_ \- 1\.).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
# A table row (a line that opens with a bar; a converter may put a whole table of tables on
# one) and its cell borders and rows of dashes: each a column gap (four spaces: every cell a
# line of its own).
_CELL_BORDER = re.compile(r"(?:[ \t]*\|[ \t]*(?::?-{3,}:?(?=[ \t]*\|))?)+")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*$", re.M)
# A reader service's header lines, above the page's own.
_READER_HEAD = re.compile(r"\A(?:[ \t]*\n)*Title:[ \t]*(.*)\n(?:(?:[ \t]*|(?:URL Source|Published Time|Description"
                          r"|Warning|Number of Pages):.*)\n)*Markdown Content:[ \t]*\n")
# lynx's link numbers (本文[12]作者, [13]图片) and the list of addresses they point to.
_LINK_NUMBER = re.compile(r"\[\d{1,5}\]")
_REFERENCES = re.compile(r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)*((?:[ \t]*\d{1,5}\. .*\n?)+)\s*\Z", re.M)


def unmarked(text: str) -> str:
    """``text`` without a Markdown converter's or a text-mode browser's marks (see the module).

    >>> unmarked("# 标题\\n\\n**记者 王五** 报道，[市图书馆](http://a.cn/x \\"馆\\")推出服务。\\n\\n"
    ...          "![](http://a.cn/1.jpg)\\n[首页](/) [新闻](/n)\\n")
    '标题\\n\\n记者 王五 报道，市图书馆推出服务。\\n\\n\\n首页 新闻\\n'
    """
    if "](" in text and _markdown(text):
        text = _unmarkdown(text)
    if "References" in text:
        listed = _REFERENCES.search(text)
        if listed and listed.group(1).count("\n") + 1 >= MIN_REFERENCES:
            text = _LINK_NUMBER.sub("", text[:listed.start()])
    return text


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
