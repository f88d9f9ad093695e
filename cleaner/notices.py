"""Notices around the article of a text dump, recognised by what they are, not by their wording.

A dump keeps every line of a page, so the article comes with the notes a template prints around
it: an 原标题 line or a hashtag line above or below it, and after its last sentence an app
promotion, a row of correct/print/close or like/collect/share links, a 来源于 line, a "compiled
by this site, credit it when reposting" or "taken from the web, contact us to remove" notice.
Their wording varies from site to site; what they share is

- their place: between the meta line and the first paragraph, or after the last paragraph that
  is about the article;
- that they are about nothing the article is about (next to no vocabulary shared with it);
- their shape: a row of short link labels, a ``#topic#`` line, a ``label：value`` line, or a
  short stand-alone sentence.

:func:`closing` takes such lines off the end of the article's lines; :func:`is_labelled_line`
tells a ``label：value`` or hashtag line, which :mod:`cleaner.textdump` drops from the gap above
the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .article import Removal
from .blocks import Block, cjk_bigrams, closes_sentence
from .patterns import (BOILERPLATE, SIMPLIFIED_CHARS, SIMPLIFIED_MARKER_CHARS, TRADITIONAL_CHARS,
                       TRADITIONAL_MARKER_CHARS)

__all__ = ["FOLDED_CHARS", "closing", "fold", "folding_to", "is_labelled_line", "is_link_row", "shares_content"]

#: A notice is a short line: a paragraph of the article runs longer.
MAX_NOTICE_CHARS = 60
#: A line shares the article's content when more than this share of its CJK bigrams (and
#: more than two) occur in the article's title and paragraphs.
CONTENT_SHARE = 0.3
MIN_SHARED_BIGRAMS = 2
#: A line with this many punctuation marks is prose, finished or not (a paragraph that ends
#: on an editor's code), unless it speaks of the page itself.
MIN_PARAGRAPH_MARKS = 2
#: The items of a row of links are this short.
MAX_LINK_LABEL_CHARS = 4

# Traditional characters of the marker words, read as their simplified forms (來源, 編輯, 轉載,
# 推薦閱讀, 熱門).
_SIMPLIFY = str.maketrans(TRADITIONAL_CHARS + TRADITIONAL_MARKER_CHARS, SIMPLIFIED_CHARS + SIMPLIFIED_MARKER_CHARS)
# The same as a tuple indexed by code point, every other character itself: str.translate
# answers by index, where a dict raises and clears a KeyError for every character without an
# entry (~100 ns a character); past the tuple's end an IndexError also means "unchanged".
_SIMPLIFY_TABLE = tuple(_SIMPLIFY.get(code, code) for code in range(max(_SIMPLIFY) + 1))
#: The characters :func:`fold` changes.
FOLDED_CHARS = "".join(map(chr, _SIMPLIFY))
_FOLDABLE = re.compile("[" + re.escape(FOLDED_CHARS) + "]")
#: A line this long is folded by replacing each of its foldable characters (a few, in a line of
#: keywords of tens of thousands), not by translating every character (~30 ns each).
LONG_FOLD_CHARS = 2000
# What each character folds to, for str.replace: no character is folded to one that folds
# again, so one replace after another gives what one translation does (a test checks it).
_SIMPLIFIED = {chr(code): chr(to) for code, to in _SIMPLIFY.items()}
_TOKENS = re.compile(r"[\s|｜/·•]+")
# A date and a time of day alone on a line (2019-09-08 11:42:03): a post's stamp, not its text.
_STAMP = re.compile(r"\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d\d(?::\d\d)?\s*")
# A hashtag line: #topic# or #topic (one or more).
_HASHTAG = re.compile(r"^[#＃][^#＃\s]{1,20}[#＃]?")
# A label and its value: 原标题：《…》, 来源于：X, 标签：a b. The label is a few characters.
_LABELLED = re.compile(r"^[（(【\[]?\s*[^\s：:，。,]{1,8}\s*[：:]")


def fold(text: str) -> str:
    """``text`` with the traditional characters of marker words simplified, for matching only
    (來源 → 来源, 延伸閱讀 → 延伸阅读); the page's own characters stay in its blocks."""
    # Most lines hold none of these characters: one scan of a character class spares them
    # the translation.
    found = _FOLDABLE.search(text)
    if found is None:
        return text
    if len(text) < LONG_FOLD_CHARS:
        return text.translate(_SIMPLIFY_TABLE)
    for char in set(_FOLDABLE.findall(text, found.start())):
        text = text.replace(char, _SIMPLIFIED[char])
    return text


def folding_to(chars: frozenset[str]) -> frozenset[str]:
    """``chars`` and every character :func:`fold` makes one of them: a text whose :func:`fold`
    opens with one of ``chars`` opens with one of these (fold maps a character to one)."""
    return chars | frozenset(chr(code) for code, to in enumerate(_SIMPLIFY_TABLE) if chr(to) in chars)


def is_link_row(text: str, dated: bool = False) -> bool:
    """A row of two or more short link labels without prose: 纠错 打印 关闭, 点赞 收藏 分享;
    ``dated``: a number among them too (a row of tags opening with its date, 20190926|国贸|增长率)."""
    tokens = [t for t in _TOKENS.split(text) if t]
    return len(tokens) >= 2 and all(len(t) <= MAX_LINK_LABEL_CHARS or dated and t.isdecimal() for t in tokens) \
        and not closes_sentence(text)


def is_labelled_line(text: str) -> bool:
    """A short ``label：value`` line or a hashtag line, not a sentence of prose."""
    if len(text) > MAX_NOTICE_CHARS:
        return False
    if _HASHTAG.match(text):
        return True
    return bool(_LABELLED.match(text)) and "。" not in text and text.count("，") < 2


def shares_content(text: str, vocabulary: str) -> bool:
    """Whether ``text`` shares its content words with the article, whose text (its title's and
    its paragraphs', joined by line breaks) is ``vocabulary``."""
    grams = cjk_bigrams(text)
    # A CJK bigram is in a line's text exactly when it is one of the line's bigrams: ``in``
    # asks the few bigrams of a short line, where a set of the article's cost a string each.
    shared = sum(1 for g in grams if g in vocabulary)
    return shared > max(MIN_SHARED_BIGRAMS, CONTENT_SHARE * len(grams))


def _vocabulary(title: str, kept: list[Block]) -> str:
    """The text of the title and of the paragraphs too long to be notices (notices must not
    vouch for each other), joined by line breaks."""
    return "\n".join([title] + [b.text for b in kept if len(b.text) > MAX_NOTICE_CHARS])


def _is_notice(block: Block, vocabulary: Callable[[], str]) -> bool:
    text = block.text
    if len(text) > MAX_NOTICE_CHARS:
        return False
    # A row of links, a labelled line (标签：…, 来源于：…) or a hashtag line is a notice
    # whatever its words (tags repeat the article's); any other short line only when it is
    # about nothing the article is about and speaks of the page itself (a repost or removal
    # notice: the boilerplate phrases the HTML path knows) or is no prose (an app promotion).
    if is_link_row(text, dated=True) or is_labelled_line(text) or _STAMP.fullmatch(text):
        return True
    if shares_content(text, vocabulary()):
        return False
    if BOILERPLATE.search(fold(text)):
        return True
    return not closes_sentence(text) and block.punct < MIN_PARAGRAPH_MARKS


def closing(kept: list[Block], title: str) -> tuple[list[Block], list[Removal]]:
    """The article's lines without the notices after its last paragraph about the article
    (see the module docstring), and those notices as removals."""
    # Built when a short line first asks (most articles end on a paragraph, and none is asked);
    # the notices taken off before are too short to be in it.
    vocabulary = functools.cache(lambda: _vocabulary(title, kept))
    removed: list[Removal] = []
    while len(kept) > 1 and _is_notice(kept[-1], vocabulary):
        b = kept.pop()
        removed.append(Removal(b.text, "boilerplate", "notice after the last paragraph", b.position))
    return kept, removed[::-1]
