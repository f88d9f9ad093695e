"""The line tests of a plain-text dump: what one line reads as, told from the line alone.

A headline (:func:`headline_like`: short, mostly CJK, no full stop, no date, marker or row of
links), a row of links (:func:`nav_like`), a dated or meta line (:func:`dated`, :func:`is_meta`),
a line of running prose (:func:`prose_text`, :func:`prose_marked`) and one that ends as a finished
paragraph does (:func:`finished`); with the patterns they search (:data:`BOILERPLATE`,
:data:`CHROME`, :data:`PROSE_MARK`, :data:`BULLET`) and the lines' helpers over a whole dump
(:func:`year_lines`, :func:`top_lines`, :func:`in_top_lines`, :func:`squash`).

:func:`cleaner.dumphead.find_head` finds the headline with them, and :mod:`cleaner.textdump`,
:mod:`cleaner.dumptail` and :mod:`cleaner.dumpspam` judge the body, the gap and the tail with
the same tests, so that every stage reads a line alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import patterns
from .blocks import Block, cjk_count, closes_sentence
from .notices import fold
from .patterns import (DATE_LIKE, DATE_MD, DATE_MONTH_NAME, DUMP_BYLINE, DUMP_CHROME, DUMP_END, END_MARKERS,
                       META_WORDS)
from .prefilter import opening_set, prefiltered

__all__ = ["BOILERPLATE", "BULLET", "CHROME", "headline_under_meta", "MAX_HEADLINE_CHARS", "MIN_PROSE_CJK", "NO_BULLET_FROM", "NO_BULLET_TO",
           "PROSE_MARK", "TOP_LINES", "dated", "finished", "headline_like", "in_top_lines", "is_meta", "meta_below", "nav_like",
           "prose_marked", "prose_text", "squash", "top_lines", "year_lines"]


#: A line of running prose holds at least this many CJK characters.
MIN_PROSE_CJK = 15
#: A dated line holding a full stop and this many CJK characters after its date is a paragraph.
MIN_RUN_ON_CJK = 40
#: A line longer than this is no headline.
MAX_HEADLINE_CHARS = 80
#: The longest item of a row of tags or links set apart by bars.
MAX_TAG_CHARS = 8
#: A line longer than this is first searched for an item too long for a row of links.
LONG_ROW_CHARS = 500
#: The first lines of a dump, where a scraper's dump prints the page's <title>.
TOP_LINES = 3
#: A meta line printed one inline element a line: at most this many pieces, each at most this
#: many characters (a 来源 value, a date and its time).
MAX_META_PIECES = 8
MAX_META_PIECE = 24
#: How many short lines' headline tests are kept (a page asks a few hundred at most).
HEADLINE_CACHE = 4096

# The pattern of the same name, tried only where a match can start (cleaner.prefilter): the
# match its search gives, for a fraction of its cost on the lines without one (most lines).
BOILERPLATE = prefiltered(patterns.BOILERPLATE)
#: :data:`cleaner.patterns.DUMP_CHROME`, searched where a match can start, its ``\s>\s`` as
#: ``(?<=\s)>\s`` (a match one character on, on the same lines): searched from the ``>``, not
#: tried at every space of a line (a line of ten thousand keywords).
CHROME = prefiltered(re.compile(DUMP_CHROME.pattern.replace(r"|\s>\s|", r"|(?<=\s)>\s|"), DUMP_CHROME.flags))
# What a match of the word tests that hold at a line's start only opens with: a date, an end
# marker or a closing line (one set for both), a byline; None where a set cannot hold it.
_DATE_OPENS = opening_set(DATE_LIKE)
_ENDS_OPEN = None if opening_set(END_MARKERS) is None or opening_set(DUMP_END) is None \
    else opening_set(END_MARKERS) | opening_set(DUMP_END)   # type: ignore[operator]
_BYLINE_OPENS = opening_set(DUMP_BYLINE)
# The mark of a headline's photos or video after it: (图), （组图）, (视频).
_MEDIA_MARK = re.compile(r"\s*[(（](?:组?图|多图|视频|图文)[)）]$")
# A row of links each in square brackets: [查看目录] [加入书签].
_BRACKETED_ROW = re.compile(r"\s*(?:\[[^\[\]]{1,20}\]\s*){2,}$")
# The marks of a clause, which no row of links holds.
_CLAUSE_MARK = re.compile(r"[，。！？；]")
# Punctuation of running prose (a "." or "," between digits is part of a number): the CJK marks,
# and the ASCII ones not followed by a digit. One class first, which sre scans for in C (the
# alternation ``[，。！？；、]|[,;!?](?!\d)`` was tried at every character), the digit asked
# after an ASCII mark only: the same matches.
PROSE_MARK = re.compile(r"[，。！？；、,;!?](?!(?<=[,;!?])\d)")
# A paragraph's sentence end with a stray piece of two or three CJK characters after it: a
# headline fragment stuffed after the paragraph's last mark.
_STRAY_PIECE = re.compile(r"[。！？][”’」』）)]?[\u4e00-\u9fff]{2,3}$")
#: Where a match of _STRAY_PIECE can start, at most this far before a text's end (its five
#: characters and the line break ``$`` may stand before).
STRAY_REACH = 6
# A list item's bullet as a text-mode browser prints it (o: a nested list's, as inscriptis
# prints it).
BULLET = re.compile(r"^\s*(?:[*+•·▪◦o-]|\d{1,2}[.、)])\s")
#: A line opening with a character from NO_BULLET_FROM up to (not with) NO_BULLET_TO (CJK
#: punctuation, kana, ideographs: no space, digit or bullet among them) is no item of a list:
#: ``NO_BULLET_FROM <= text < NO_BULLET_TO`` (a string is ordered by its first character
#: first) tells most lines of prose without the regex call (a slice and a set would cost more).
NO_BULLET_FROM, NO_BULLET_TO = "\u3001", "\ua000"
# An item longer than any of a row of links or tags (the bars, slashes and whitespace that
# :func:`nav_like` splits at excluded; ``\s`` is what ``str.split`` splits at).
_LONG_ITEM = re.compile(r"[^\s|｜/]{%d}" % (MAX_TAG_CHARS + 1))


def dated(text: str) -> bool:
    """Whether a line holds a date: with its year (2025-08-26, Apr 22, 2025) or, without one,
    with a time of day (05-16 19:12, 8月26日 10:32)."""
    # (Each pattern asked only of a line holding what every match of it holds: a year's 19 or
    # 20 (or 民) for the two with a year, a clock's colon or 时 for the time after a month and
    # day. Most lines hold neither, and DATE_MD, opening with a look-behind, was tried at
    # every character.)
    if ("20" in text or "19" in text or "民" in text) and (DATE_LIKE.search(text) or DATE_MONTH_NAME.search(text)):
        return True
    return (":" in text or "时" in text) and any(m.group("h") for m in DATE_MD.finditer(text))


def is_meta(text: str) -> bool:
    """A dated line under the headline: a date with 来源/作者/发布… beside it, or a bare date;
    not a paragraph that a dateline opens (【某网2005年07月03日报道】 or 某社某地2024年3月5日电
    （记者…）, then :data:`MIN_RUN_ON_CJK` CJK characters or more and a full stop: the article's
    first paragraph, where a meta word such as 时间 may stand in the prose)."""
    # (A digit first: a two-character needle is made wide for a CJK line, a copy each test.)
    if not (("0" in text or "9" in text) and ("20" in text or "19" in text) or "民" in text):
        return False   # every date holds one: most lines told by ``in`` tests, no regex call
    if len(text) < 120 and (date := DATE_LIKE.search(text)) and META_WORDS.search(text):
        return "。" not in text or cjk_count(text[date.end():]) < MIN_RUN_ON_CJK
    return len(text) < 40 and bool(DATE_LIKE.match(text))


def meta_below(blocks: Sequence[Block], headline: int, reach: int) -> int:
    """The meta line under the headline at ``headline`` of a dump's ``blocks``: the first of the
    ``reach`` lines under it that :func:`is_meta` holds, else the last line of a meta line a
    scraper printed one inline element a line (``作者：张三`` / ``来源：`` / ``某某日报`` / ``|`` /
    ``2024-05-13 10:35``) right under the headline or under one line there (a lead, a
    subtitle): its pieces short and without a sentence's mark, joined a meta line ending with
    its dated piece; -1 when there is none."""
    n = len(blocks)
    found = next((i for i in range(headline + 1, min(n, headline + 1 + reach)) if is_meta(blocks[i].text)), -1)
    if found >= 0:
        return found
    for first in range(headline + 1, min(n, headline + 3)):
        pieces: list[str] = []
        for i in range(first, min(n, first + MAX_META_PIECES)):
            text = blocks[i].text.strip()
            if len(text) > MAX_META_PIECE or "。" in text or "，" in text:
                break
            pieces.append(text)
            if len(pieces) > 1 and i >= headline + reach and dated(text) and is_meta(joined := "".join(pieces)) \
                    and META_WORDS.search(joined):
                return i
    return -1


def in_top_lines(lines: list[str], top: str, stop: int) -> list[int]:
    """The lines from :data:`TOP_LINES` up to ``stop`` that the first lines (``top``, as
    :func:`top_lines` joins them) print again, whitespace aside.

    A line without whitespace is its own squash: only a spaced line is squashed (most of these
    lines are one or two characters, where the call, the split and the join cost ~1.8 k
    instructions a line; every whitespace character but the space is unprintable).

    >>> in_top_lines(["新闻标题 | 网站", "首页", "栏目", "新闻 标题", "标题", "网\u3000站"], "新闻标题|网站", 6)
    [3, 4, 5]
    """
    return [i for i in range(TOP_LINES, stop)
            if (squash(x) in top if " " in (x := lines[i]) or not x.isprintable() else x in top)]


def year_lines(lines: list[str]) -> list[int]:
    """The indices of the lines holding a year's 19 or 20, or 民 (:func:`is_meta` is false of any
    other line), in order.

    Found by ``str.find`` over the lines (a dump's: no line break inside) joined, each index by
    the line breaks counted since the last: a test a line (a call, wide needles) cost more.

    >>> year_lines(["首页", "2025-08-26 来源：新华社", "民国", "1919", "a20"])
    [1, 2, 3, 4]
    """
    joined = "\n".join(lines)
    found: set[int] = set()
    for needle in ("20", "19", "民"):
        line = last = 0
        at = joined.find(needle)
        while at >= 0:
            line += joined.count("\n", last, at)
            found.add(line)
            last = joined.find("\n", at)   # (the rest of a found line skipped)
            if last < 0:
                break
            at = joined.find(needle, last)
    return sorted(found)


def headline_under_meta(lines: Sequence[str], blocks: Sequence[Block], i: int, above: Sequence[int], dated: bool,
                        agreement: Callable[[int], float], agreeing: float, reach: int) -> bool:
    """Whether line ``i``, right under the meta line ``above[-1]`` and with no date under it, is
    the headline a site system prints under its meta line, not the gap: it shares words with the
    body (``agreement`` of it at least twice ``agreeing``, a topical line's; a line leading into
    what follows, ending on a colon, is a notice's addressee), and the headline-like lines heading
    the meta lines ``above`` (within ``reach`` lines of each) share next to none (at most
    ``agreeing``, and half of its): a menu's labels run together, the site's name, no headline
    of this article nor of another."""
    if dated or i != above[-1] + 1 or lines[i].rstrip()[-1:] in (":", "：") or agreement(i) < 2 * agreeing:
        return False
    return all(agreement(k) <= min(agreeing, agreement(i) / 2) for j in above for k in range(max(0, j - reach), j)
               if headline_like(lines[k], blocks[k].cjk))


def headline_like(text: str, cjk: int = -1) -> bool:
    """Short, mostly CJK, no full stop, not a date, a nav row, a share bar or a marker.
    ``cjk``: the text's CJK characters, when counted already.

    The tests that read the words (and the bullet's) are kept by text (:data:`_HEADLINE_WORDS`):
    the body's search, the headline's and the selection ask them of the same short lines two or
    three times a page, and the answer is a function of the text alone (seven patterns a line).
    A line asked first with its count given is not counted again (the count's substitution:
    ~6 k instructions for a line of 30 characters, where most first asks give it)."""
    if not 5 <= len(text) <= MAX_HEADLINE_CHARS or "。" in text or 0 <= cjk < 4:
        return False   # too long or short, a sentence
    found = _HEADLINE_WORDS.get(text)
    if found is None:   # (an item of a list, by inscriptis' bullets, is none: kept with the rest)
        if len(_HEADLINE_WORDS) >= HEADLINE_CACHE:
            _HEADLINE_WORDS.clear()   # (a page asks a few hundred lines: the next pages' start anew)
        found = _HEADLINE_WORDS[text] = (NO_BULLET_FROM <= text < NO_BULLET_TO or not BULLET.match(text)) \
            and (cjk >= 0 or cjk_count(text) >= 4) and _headline_words(text)
    return found


#: :func:`headline_like`'s answers past its first tests, by text (at most HEADLINE_CACHE).
_HEADLINE_WORDS: dict[str, bool] = {}


def _headline_words(text: str) -> bool:
    """The tests of :func:`headline_like` that read the words of a text of 4 CJK characters
    or more."""
    text = fold(text)
    # (The patterns that match at the start only are tried on a line opening with a character
    # they open with; the chrome's words and the boilerplate's searched where a match can
    # start, told the first character once: each a regex call a line, the chrome's tried at
    # every character.)
    head = text[:1]
    if (_DATE_OPENS is None or head in _DATE_OPENS) and DATE_LIKE.match(text) or CHROME.search(text, head) \
            or (_ENDS_OPEN is None or head in _ENDS_OPEN) and (END_MARKERS.match(text) or DUMP_END.match(text)) \
            or BOILERPLATE.search(text, head) or (_BYLINE_OPENS is None or head in _BYLINE_OPENS) \
            and DUMP_BYLINE.match(text):
        return False
    # (A headline's media mark, 湘菜粤菜 兵分两路 (图), is no label of a row of links; a row of
    # bracketed links, [打印] [关闭], is one.)
    if text.endswith("]") and _BRACKETED_ROW.match(text):
        return False
    return not nav_like(_MEDIA_MARK.sub("", text) if text.endswith((")", "）")) else text)


def nav_like(text: str) -> bool:
    """A row of short links: 首页 新闻 体育 …, 常用工具 医生入驻 免费问医生, a | b | c."""
    if " " not in text and "/" not in text and "|" not in text and "｜" not in text and text.isprintable():
        return False   # one item: every whitespace character but the space is unprintable
    if len(text) > LONG_ROW_CHARS and _LONG_ITEM.search(text):
        return False   # (a line of keywords, found without splitting its ten thousand)
    # The bars and slashes made spaces, then str.split: the tokens the regex [\s|｜/]+ cuts.
    barred = "|" in text or "｜" in text
    tokens = (text.replace("|", " ").replace("｜", " ") if barred else text).replace("/", " ").split()
    longest = max(map(len, tokens), default=0)
    if longest <= 1:
        return False   # a line spaced out character by character is one phrase
    if _CLAUSE_MARK.search(text):
        return False   # a phrase with a comma or an exclamation (推出 AI 耳机 X7 Pro，支持 …！)
    if len(tokens) >= 3 and barred:
        return longest <= MAX_TAG_CHARS   # a row of tags: a|b|c
    return len(tokens) >= 3 and longest <= 6


def finished(text: str) -> bool:
    """Whether a line ends as a finished paragraph does: with a sentence end, or with one and a
    stray piece after it (。产品架: a paragraph stuffed with headline fragments is a paragraph
    still, not a headline over the body)."""
    # (The stray piece ends the text, five characters at most: searched from there, not tried
    # at every character of a paragraph.)
    return closes_sentence(text) or bool(_STRAY_PIECE.search(text, len(text) - STRAY_REACH))


def prose_text(text: str, cjk: int = -1) -> bool:
    """A line of running prose: enough CJK characters (``cjk`` of them when counted already)
    and a mark of punctuation inside."""
    return (cjk if cjk >= 0 else cjk_count(text)) >= MIN_PROSE_CJK and prose_marked(text)


def prose_marked(text: str) -> bool:
    """Whether ``text`` holds a mark of running prose (:data:`PROSE_MARK`): a CJK comma or
    full stop, told by ``in`` (a memchr; most paragraphs hold one), before the regex."""
    return "，" in text or "。" in text or bool(PROSE_MARK.search(text))


def top_lines(lines: list[str]) -> str:
    """The first :data:`TOP_LINES` lines squashed, joined by line breaks: a squashed line (no
    whitespace) is ``in`` it exactly when it is in one of them."""
    return "\n".join(squash(line) for line in lines[:TOP_LINES])


def squash(text: str) -> str:
    """``text`` without its whitespace: how lines are compared (a dump may space a line out)."""
    return "".join(text.split())   # str.split knows the whitespace \s does, in C
