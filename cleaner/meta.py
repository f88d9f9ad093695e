"""Metadata: title, published, source, original source, authors, editor.

The title (:func:`find_title`) is the heading that the ``<title>`` agrees with, else a line that
the ``<title>`` contains, else — when the ``<title>`` is only the site's name, and on plain-text
dumps — the line right above the dated meta line, else the ``<title>`` without its site suffix.

Everything else (:func:`find_meta`) is read from a few zones around the article, nearest first:

- *meta zone*: the blocks between the headline and the first paragraph of prose, where
  ``2025-08-26 10:32 来源：新京报 作者：张三`` sits;
- *lead*: the start of the first paragraph, where the dateline is
  (``新华社北京8月26日电（记者 张三）``);
- *tail*: the last paragraphs and the few blocks after them (``责任编辑：李四``,
  ``本文来源：X``, ``新京报记者 张三``, a closing ``（张三 李四）``);
- *top*: the blocks above the headline; and the page head (``<meta>`` tags).

The cascade of each field, the first hit winning (``Meta.provenance`` records which):

- published: a date in the meta zone; a date ``<meta>`` (``article:published_time``, ``pubdate``,
  …; see ``patterns.HEAD_DATE_KEYS``); a labelled date (``发布时间：``, ``发表于``) or a bare
  date line inside or after the article; one above the headline; a date in the URL; htmldate
  on the raw HTML, when the page carries it and ``config.htmldate_fallback`` is on. Dates
  without a year take it from a ``<meta>`` date of the same day, else from ``now`` (one year
  back when that would be in the future); 昨天 / 3小时前 count back from ``now``.
- source: a 来源 label in the meta zone, then in the tail; a name printed after the date without
  a label (``2019年11月25日 18:57 参考消息``) unless it is the site itself; a closing
  ``，南方都市报`` line; the account of a ``原创 作者 公众号 <date>`` line; a publisher printed
  before the date; the ``contentsource`` / ``source`` ``<meta>``; the site's own name printed
  after the date.
- original_source: the dateline's publisher (新华社北京8月26日电 -> 新华社, 厦门日报讯 ->
  厦门日报); None for a publisher naming itself (本报讯).
- authors: every name after a byline role (记者, 通讯员, 实习生, 作者, 文/, 采写 …) in the meta
  zone, the dateline, the first short blocks and the tail (photo credits left out); failing
  those a closing （张三 李四） credit, the poster of a forum entry (``X 发表于 <date>``), the
  ``author`` ``<meta>`` when it names a person and not the site, and last names printed without
  a role beside the date (self-media accounts: ``华夏人文 2020-03-09 18:14``).
- editor: 责任编辑 / 责编 / 值班编辑 / 编辑, in the tail first, staff codes (``_NF4425``,
  ``PK155``) and brackets dropped.

A page without an article (``kept`` empty) gets no metadata: the dates and names of a list or an
error page belong to other articles. Matching runs on text with full-width forms folded and
traditional characters made simplified (``patterns.TRADITIONAL_CHARS``); names are given back
as the page prints them. Every search is bounded (a few dozen blocks, a few hundred characters
each) and every pattern is linear: the stage costs about a millisecond on a portal page.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from .blocks import Block, Page
from .config import CleanerConfig
from .patterns import (AUTHOR_ROLE, AUTHOR_ROLE_AFTER, BYLINE_TAIL, CHROME_WORD, CHROME_WORD_PART,
                       DATE_DMY, DATE_LIKE, DATE_MD, DATE_RELATIVE, DATE_YMD, DATE_YY, DATELINE,
                       DATELINE_AGENCY, DATELINE_OUTLET, EDITOR_CODE, EDITOR_LABEL, EDITOR_ROLE_RANK,
                       HEAD_DATE_KEYS, MEDIA_NAME, META_FIELD, NOT_A_NAME, PHOTO_CREDIT, POSTED_BY,
                       PROVINCES, PUBLISH_LABEL, SELF_REFERENCE, SIMPLIFIED_CHARS, SITE_NAME, SOURCE_LABEL,
                       SURNAMES_COMPOUND, SURNAMES_SINGLE, TRADITIONAL_CHARS, WRITER_CREDIT)

__all__ = ["Meta", "find_meta", "find_title"]

log = logging.getLogger(__name__)

#: Blocks from the top of the page searched for the headline.
TITLE_SCAN_BLOCKS = 600
#: Blocks after the headline that may still be the meta zone (before the first paragraph).
META_ZONE_BLOCKS = 20
#: A title copy further than this above the first paragraph is not the article's headline.
FAR_HEADLINE_BLOCKS = 30
#: Blocks scanned after the last kept block, and kept blocks looked at from the end.
TAIL_BLOCKS = 12
TAIL_KEPT_BLOCKS = 8
#: Kept blocks searched for a labelled date, from each end of the article.
KEPT_SCAN_BLOCKS = 40
#: Blocks above the headline searched for a labelled date.
TOP_BLOCKS = 40
#: A block longer than this is prose, not a meta line.
META_LINE_CHARS = 160
#: Characters of the first paragraph searched for the dateline and of the last for a credit.
LEAD_CHARS = 200
CREDIT_CHARS = 120
#: A trailing block longer than this is prose, not a byline.
BYLINE_CHARS = 60
#: Short blocks among the first kept ones that may be a byline (《棱镜》作者 周纯).
EARLY_BLOCKS = 10
EARLY_BYLINE_CHARS = 30
#: Dates before this year are not publication dates of web pages.
MIN_YEAR = 1990

# <title> separators: _ | ｜ -- — – and a hyphen unless it joins two digits (1-10月).
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]+|-{2,}|—+|–+|(?<!\d)-|-(?!\d))\s*")
_WS = re.compile(r"\s+")
_DATE_HINT = re.compile(r"\d|今天|昨天|前天|刚")
_WHERE_FROM = re.compile(r"来自|发自|发布于|IP属地|IP", re.IGNORECASE)
_BREADCRUMB = re.compile(r"[>»›]|->|当前位置|您的位置")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# Full-width ASCII and the ideographic space to ASCII, 丨 (a bar in 来源丨X) to |; the matching
# table also takes traditional characters to simplified ones, one for one, so that positions in
# the matched text are positions in the printed text (see _printed).
_FULLWIDTH = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x3000: 0x20, 0x4E28: ord("|")}
_MATCHING = {**_FULLWIDTH, **str.maketrans(TRADITIONAL_CHARS, SIMPLIFIED_CHARS)}
_TRADITIONAL = re.compile("[" + TRADITIONAL_CHARS + "]")
# Compatibility characters beyond full-width ASCII that NFKC would still change (ligatures,
# circled digits, half-width katakana …): only texts holding one pay for full NFKC.
_COMPAT = re.compile(r"[\u00a0-\u00ff\u2000-\u2bff\u3200-\u33ff\ufb00-\ufe6f\uff5f-\uffef]")
_CJK = re.compile(r"[\u3400-\u9fff]")
# A name of a person: CJK (with · for transliterated and minority names), or a Latin handle.
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff·]{1,10}$")
_LONG_NAME = re.compile(r"^[\u3400-\u9fff&·]{2,12}$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.&-]{1,30}$")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.'-]*(?: [A-Za-z][A-Za-z0-9_.'-]*){0,3}")
_DOMAIN = re.compile(r"(?:https?:|www\.|\.(?:com|cn|net|org)\b)", re.IGNORECASE)
# What stops the value after a label: whitespace, bars, closing brackets, sentence marks.
_VALUE = re.compile(r"[^\s|｜\]】)）》」\"”,，;；。!！?？<>]+")
_OPENERS = "[【(（《「\"“ "
_CLOSERS = "]】)）》」\"” "
# Where a 来源 / 责任编辑 label may start: the start of the text, after a space, a bracket, a bar,
# a digit (the end of a date) or punctuation — not inside a word (数据来源未经…).
_LABEL_START = re.compile(r"(?:^|(?<=[\s|｜(（\[【,，。:：、\d]))")
# Separators between the fields of a meta line.
_FIELD_SPLIT = re.compile(r"[\s|｜·•/]+")
_BRACKETED = re.compile(r"^[\[【《(（「](.{1,20}?)[\]】》)）」]$")
_TRAILING_BRACKET = re.compile(r"[\[【(（][^\]】)）]{1,8}[\]】)）]$")
# A closing credit in parentheses at the end of a paragraph: （张巨峰） （记者 张三 李四）.
_END_CREDIT = re.compile(r"[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*[。.]?\s*$")
# A line that only names a publisher: "，南方都市报", "——新华社".
_PUBLISHER_LINE = re.compile(r"^[\s,，、—\-－–(（【\[]*([\u4e00-\u9fffA-Za-z]{2,16})[)）】\]]*\s*$")
# A date in a URL path: /2019-09-07/, /20190907/, /2019/09/07/.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:/|[^\d])")


@dataclass(frozen=True)
class Meta:
    """What :func:`find_meta` found; ``provenance`` maps each field found to where it was."""

    published: datetime | None = None
    source: str | None = None
    original_source: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()


def _fold(text: str, table: dict[int, int] = _MATCHING) -> str:
    """The NFKC of the characters that matter to matching (full-width ASCII: digits, colons,
    brackets, letters; the ideographic space), traditional characters made simplified. Much
    cheaper than full NFKC, which is only run on the rare text that needs more."""
    if not text.isascii() and _COMPAT.search(text) and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(table)


def _norm(text: str) -> str:
    """Folded (:func:`_fold`), icon-font characters (the private use area) dropped, whitespace
    collapsed: the text every pattern of this module is matched against."""
    return _WS.sub(" ", _PRIVATE_USE.sub("", _fold(text))).strip()


def _printed(text: str) -> str:
    """:func:`_norm` keeping traditional characters: the same length and positions, so a name
    found in the matched text is sliced from here as the page prints it."""
    return _WS.sub(" ", _PRIVATE_USE.sub("", _fold(text, _FULLWIDTH))).strip()


def _squash(text: str) -> str:
    return _WS.sub("", _fold(text))


# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------

def find_title(page: Page) -> str | None:
    """The headline of ``page``.

    >>> from cleaner.blocks import Block, Page
    >>> find_title(Page(blocks=(Block("新闻", 0, heading=3), Block("标题在这里", 1, heading=1)),
    ...                 head=(("title", "标题在这里_某某新闻网"),)))
    '标题在这里'
    """
    return _find_title(page)[0]


def _find_title(page: Page) -> tuple[str | None, str]:
    blocks = page.blocks[:TITLE_SCAN_BLOCKS]
    marked = [b for b in blocks if b.heading == 1] if page.kind == "text" else []
    if page.kind == "text" and not page.head:
        if marked:
            return marked[0].text, "line marked as the headline"
        found = _line_above_meta_line(blocks, text_dump=True)
        return (found.text, "line above the meta line") if found else (None, "")
    title = page.meta("title") or ""
    og = page.meta("og:title") or ""
    full = _squash(title) + "\n" + _squash(og)
    best_part, site_only = _strip_site(title or og)
    part = _squash(best_part)
    # 1. A heading the <title> contains (or that contains the <title>'s headline part).
    best: Block | None = None
    for b in blocks if not site_only else ():
        if not b.heading or not 4 <= len(b.text) <= 120:
            continue
        s = _squash(b.text)
        agrees = len(s) >= 4 and (s in full or (len(part) >= 6 and part in s and len(s) <= len(part) + 12))
        if agrees and (best is None or len(s) > len(_squash(best.text))
                       or (len(s) == len(_squash(best.text)) and b.heading < best.heading)):
            best = b
    if best is not None and (not part or len(_squash(best.text)) >= 0.5 * len(part)):
        s = _squash(best.text)
        if s not in full and part in s:
            return best_part, f"<title> inside h{best.heading}"  # 原创 + headline: a label added
        return best.text, f"h{best.heading} matching <title>"
    # 2. A line the <title> contains: a headline not marked up as a heading.
    if part and not site_only:
        line: Block | None = None
        low = max(6, int(0.6 * len(part)))
        for b in blocks:
            if b.heading or not low <= len(b.text) <= 120 or "。" in b.text:
                continue
            s = _squash(b.text)
            if len(s) >= 0.6 * len(part) and s in full and (line is None or len(s) > len(_squash(line.text))):
                line = b
        if line is not None:
            return line.text, "line matching <title>"
    # 3. A <title> that only names the site: the line above the dated meta line.
    if site_only or not part:
        found = _line_above_meta_line(blocks, text_dump=False)
        if found is not None:
            return found.text, "line above the meta line"
    if part:
        return best_part, "<title> without the site name"
    h1 = [b for b in blocks if b.heading == 1 and len(b.text) >= 4]
    return (h1[0].text, "first h1") if h1 else (None, "")


def _strip_site(title: str) -> tuple[str, bool]:
    """The headline part of a ``<title>`` (its longest part that is not a site or channel name),
    and whether every part looked like a site name."""
    title = _WS.sub(" ", title).strip()
    if not title:
        return "", False
    parts = [p for p in _TITLE_SPLIT.split(title) if p.strip()]
    if not parts:
        return title, False
    headline = [p for p in parts if not _is_site_name(p)]
    if headline:
        return max(headline, key=len), False
    return max(parts, key=len), True


def _is_site_name(part: str) -> bool:
    text = part.strip()
    return len(text) <= 3 or bool(SITE_NAME.search(text)) or bool(_DOMAIN.search(text)) \
        or (len(text) <= 12 and bool(re.search(r"[官]方|官网", text)))


def _line_above_meta_line(blocks: tuple[Block, ...], *, text_dump: bool) -> Block | None:
    """The headline as the line right above a dated meta line (within three lines)."""
    for i, b in enumerate(blocks):
        if len(b.text) > 80 or not DATE_LIKE.search(b.text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            c = blocks[j]
            low, high = (8, 60) if text_dump else (6, 80)
            if not low <= len(c.text) <= high or c.cjk < 4 or "。" in c.text or DATE_LIKE.search(c.text):
                continue
            if c.link_density > 0.5 or c.text.endswith((":", "：")) or _BREADCRUMB.search(c.text):
                continue
            tokens = c.text.split()
            if len(tokens) >= 4 and all(len(t) <= 4 for t in tokens):
                continue  # a row of navigation links
            if AUTHOR_ROLE.search(c.text) or SOURCE_LABEL.search(c.text) or EDITOR_LABEL.search(c.text):
                continue  # a byline
            return c
    return None


# ---------------------------------------------------------------------------------------------
# Zones
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Zones:
    headline: int           # index of the headline block in page.blocks, -1 when not found
    near: tuple[str, ...]   # meta zone: normalised texts, in page order
    near_dated: bool        # whether the meta zone lies between a found headline and the body
    leads: tuple[str, ...]  # starts of the first paragraphs (the dateline is in one)
    early: tuple[str, ...]  # short blocks at the start of the article (bylines)
    kept: tuple[str, ...]   # short kept blocks (meta-line sized), in page order, not normalised
    tail: tuple[str, ...]   # end of the article and what follows it
    tail_lines: tuple[str, ...]  # the short lines of the tail that are no prose (bylines)
    credits: tuple[str, ...]  # the ends of the last paragraphs, for closing credits
    top: tuple[str, ...]    # above the headline, nearest first, not normalised
    title: str = ""         # the headline, squashed
    printed: tuple[str, ...] = ()  # the raw texts of the zones a name can come from


def _is_prose(b: Block) -> bool:
    return (b.cjk >= 30 and b.punct >= 2) or len(b.text) > META_LINE_CHARS


def _headline_index(blocks: tuple[Block, ...], title: str | None, before: int) -> tuple[int, int]:
    """Where the headline is: (first block, one past its last block); (-1, -1) when absent.

    The headline may be cut into consecutive lines (``<br>``) or carry a short prefix (原创,
    【…】). Of several copies, the last before ``before`` is taken, moved up to an earlier copy a
    few blocks above it (some templates print the headline twice around the meta line).
    """
    if not title:
        return -1, -1
    t = _squash(title)
    if len(t) < 2:
        return -1, -1
    limit = min(len(blocks), before + 1 if before >= 0 else len(blocks), TITLE_SCAN_BLOCKS)
    exact: list[tuple[int, int]] = []
    fuzzy: list[tuple[int, int]] = []
    for i in range(limit):
        b = blocks[i]
        n = len(b.text)
        if n < len(t) * 0.4 or n > len(t) + 40:
            if 4 <= n < 60 and _fold(b.text.lstrip()[:1]) == t[:1] and t.startswith(_squash(b.text)):
                joined, j = _squash(b.text), i + 1
                while j < limit and j < i + 4 and len(joined) < len(t):
                    joined += _squash(blocks[j].text)
                    j += 1
                if joined == t:
                    exact.append((i, j))
            continue
        s = _squash(b.text)
        if s == t:
            exact.append((i, i + 1))
        elif (t in s and len(s) <= len(t) + 12) or (s in t and len(s) >= 0.8 * len(t)):
            fuzzy.append((i, i + 1))
    hits = exact or fuzzy
    if not hits:
        return -1, -1
    start, end = hits[-1]
    for other_start, other_end in reversed(hits[:-1]):
        if start - other_end > 6:
            break
        start, end = other_start, other_end
    return start, end


def _zones(page: Page, kept: tuple[Block, ...], title: str | None) -> _Zones:
    """Cut the page into the zones the module docstring names, around the headline and ``kept``."""
    blocks = page.blocks
    if all(b.position < len(blocks) and blocks[b.position] is b for b in kept):
        kept_idx = [b.position for b in kept]  # positions are indices: the usual case
    else:
        index = {b.position: i for i, b in enumerate(blocks)}
        kept_idx = [index[b.position] for b in kept if b.position in index]
    first_prose = next((i for i in kept_idx if _is_prose(blocks[i])), -1)
    head_start, head_end = _headline_index(blocks, title, first_prose if first_prose >= 0 else -1)
    if head_start < 0 and first_prose >= 0:
        # No headline before the body: maybe after the first prose-like kept block.
        head_start, head_end = _headline_index(blocks, title, -1)
        if head_start > first_prose + 3:
            head_start, head_end = -1, -1
    if head_start >= 0 and kept_idx and kept_idx[0] - head_end > FAR_HEADLINE_BLOCKS:
        head_start, head_end = -1, -1  # a copy of the title in the chrome, not the headline
    if head_start >= 0:
        body = next((i for i in kept_idx if i >= head_end and _is_prose(blocks[i])), -1)
        stop = min(body if body >= 0 else len(blocks), head_end + META_ZONE_BLOCKS)
        near_range = range(head_end, stop)
    else:
        body = first_prose
        near_range = range(max(0, body - 6), body) if body >= 0 else range(0)
    near = tuple(_norm(blocks[i].text) for i in near_range if len(blocks[i].text) <= META_LINE_CHARS)
    prose_idx = [i for i in kept_idx if i >= body and _is_prose(blocks[i])][:3] if body >= 0 else []
    leads = tuple(_norm(blocks[i].text[:LEAD_CHARS]) for i in prose_idx)
    early = tuple(_norm(b.text) for b in kept[:EARLY_BLOCKS] if len(b.text) <= EARLY_BYLINE_CHARS)

    # Labelled dates inside the article: the first and last few short blocks are enough.
    ends = kept if len(kept) <= 2 * KEPT_SCAN_BLOCKS else kept[:KEPT_SCAN_BLOCKS] + kept[-KEPT_SCAN_BLOCKS:]
    kept_short = tuple(b.text for b in ends if len(b.text) <= META_LINE_CHARS)
    tail: list[str] = []
    tail_lines: list[str] = []
    credits: list[str] = []
    tail_range = range(kept_idx[max(0, len(kept_idx) - TAIL_KEPT_BLOCKS)],
                       min(len(blocks), kept_idx[-1] + 1 + TAIL_BLOCKS)) if kept_idx else range(0)
    if kept_idx:
        for i in tail_range:
            b = blocks[i]
            if len(b.text) <= META_LINE_CHARS:
                tail.append(_norm(b.text))
                if len(b.text) <= BYLINE_CHARS and not _is_prose(b):
                    tail_lines.append(tail[-1])
        credits = [_norm(b.text[-CREDIT_CHARS:]) for b in kept[-5:]]
    top_end = head_start if head_start >= 0 else max(body, 0)
    top = tuple(blocks[i].text for i in range(top_end - 1, max(-1, top_end - 1 - TOP_BLOCKS), -1)
                if len(blocks[i].text) <= META_LINE_CHARS)
    # The raw texts a name can be read from, cut as the zones cut them.
    printed = (*(blocks[i].text for i in near_range if len(blocks[i].text) <= META_LINE_CHARS),
               *(blocks[i].text[:LEAD_CHARS] for i in prose_idx),
               *(b.text for b in kept[:EARLY_BLOCKS] if len(b.text) <= EARLY_BYLINE_CHARS),
               *(b.text[-CREDIT_CHARS:] for b in kept[-5:]),
               *(blocks[i].text for i in tail_range if len(blocks[i].text) <= META_LINE_CHARS))
    return _Zones(head_start, near, head_start >= 0, leads, early, kept_short, tuple(tail), tuple(tail_lines),
                  tuple(credits), top, _squash(title or ""), printed)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Date:
    when: datetime
    start: int
    end: int
    labelled: bool
    fuzzy: bool  # no year printed, or relative to now
    weak: bool = False  # no year and no time (8月26日), or a bare 昨天


@dataclass(frozen=True)
class _Clock:
    now: datetime                     # the anchor for 昨天 / no-year dates, tz-aware
    tz: tzinfo
    anchors: tuple[datetime, ...]     # <meta> dates, to give a year to a date printed without one
    latest: datetime                  # nothing is published after this


def _hm(m: re.Match[str]) -> tuple[int, int, int] | None:
    if m.group("h") is None:
        return None
    h, mi, s = int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return h, mi, s


def _make(y: int, mo: int, d: int, hms: tuple[int, int, int] | None, tz: tzinfo) -> datetime | None:
    try:
        h, mi, s = hms or (0, 0, 0)
        return datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError:
        return None


def _year_for(mo: int, d: int, hms: tuple[int, int, int] | None, clock: _Clock) -> datetime | None:
    """A date printed without a year: the year of a <meta> date on the same day, else the year
    of ``now``, rolled back one year when that lands in the future."""
    for a in clock.anchors:
        if (a.month, a.day) == (mo, d):
            return _make(a.year, mo, d, hms, clock.tz)
    when = _make(clock.now.year, mo, d, hms, clock.tz)
    if when is not None and when > clock.now + timedelta(days=1):
        when = _make(clock.now.year - 1, mo, d, hms, clock.tz)
    return when


def _dates(text: str, clock: _Clock) -> list[_Date]:
    """Every date in ``text`` (already normalised), in order, overlapping matches resolved in
    favour of the one that starts first (then the fuller form)."""
    if not _DATE_HINT.search(text):
        return []
    # (start, rank, -end, when, fuzzy, weak); rank orders the forms at one start.
    found: list[tuple[int, int, int, datetime, bool, bool]] = []
    for m in DATE_YMD.finditer(text):
        when = _make(int(m.group("y")), int(m.group("mo")), int(m.group("d")), _hm(m), clock.tz)
        if when:
            found.append((m.start(), 0, -m.end(), when, False, False))
    for m in DATE_YY.finditer(text):
        when = _make(2000 + int(m.group("yy")), int(m.group("mo")), int(m.group("d")), _hm(m), clock.tz)
        if when:
            found.append((m.start(), 1, -m.end(), when, False, False))
    for m in DATE_DMY.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if a > 12 or (b <= 12 and any((x.year, x.month, x.day) == (y, b, a) for x in clock.anchors)):
            a, b = b, a  # day first: 06/02/2022 when the head says 2022-02-06
        when = _make(y, a, b, _hm(m), clock.tz)
        if when:
            found.append((m.start(), 2, -m.end(), when, False, False))
    for m in DATE_MD.finditer(text):
        hms = _hm(m)
        if hms is None and not (m.group("sep") == "月" and m.group("ri")):
            continue  # 1-10 is a range, 8/26 a fraction; only 8月26日 stands without a time
        when = _year_for(int(m.group("mo")), int(m.group("d")), hms, clock)
        if when:
            found.append((m.start(), 3, -m.end(), when, True, hms is None))
    for m in DATE_RELATIVE.finditer(text):
        when = _relative(m, clock)
        if when:
            found.append((m.start(), 4, -m.end(), when, True, bool(m.group("day")) and _hm(m) is None))
    found.sort(key=lambda f: f[:3])
    out: list[_Date] = []
    end = -1
    for start, _, neg_end, when, fuzzy, weak in found:
        if start < end:
            continue
        end = -neg_end  # a date out of range still hides the shorter forms inside it
        if not MIN_YEAR <= when.year or when > clock.latest:
            continue
        labelled = bool(PUBLISH_LABEL.search(text[max(0, start - 12):start]))
        out.append(_Date(when, start, end, labelled, fuzzy, weak))
    return out


def _usable(text: str, d: _Date) -> bool:
    """Whether a date found near the headline can be the publication date: 8月26日 or 昨天
    with no time of day only as a labelled date or a line of its own (prose says 昨天 too)."""
    return not d.weak or d.labelled or _is_date_line(text, d)


def _relative(m: re.Match[str], clock: _Clock) -> datetime | None:
    now = clock.now
    if m.group("just"):
        return now.replace(second=0, microsecond=0)
    if m.group("n"):
        n = int(m.group("n"))
        unit = m.group("unit")
        delta = {"秒": timedelta(seconds=n), "分钟": timedelta(minutes=n), "小时": timedelta(hours=n),
                 "天": timedelta(days=n), "周": timedelta(weeks=n), "个月": timedelta(days=30 * n)}[unit]
        return (now - delta).replace(second=0, microsecond=0)
    back = {"今天": 0, "昨天": 1, "前天": 2}[m.group("day")]
    day = (now - timedelta(days=back)).date()
    hms = _hm(m)
    return _make(day.year, day.month, day.day, hms, clock.tz)


def _head_date(value: str, clock: _Clock) -> datetime | None:
    """A <meta> date: ISO 8601 (its zone kept), else the first printed date in it."""
    value = value.strip()
    if not value:
        return None
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        when = None
    if when is not None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=clock.tz)
        return when if MIN_YEAR <= when.year and when <= clock.latest else None
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp, in s or ms
        try:
            return datetime.fromtimestamp(int(value[:10]), tz=clock.tz)
        except (OverflowError, OSError, ValueError):
            return None
    found = [d for d in _dates(_norm(value), clock) if not d.fuzzy]
    return found[0].when if found else None


def _has_time(text: str, d: _Date) -> bool:
    """Whether the date carries a time of day (a date with a time right above the headline is
    the post's own: forum archives print "2003-5-29 09:07 poster" there)."""
    return ":" in text[d.start:d.end] or "时" in text[d.start:d.end]


def _is_date_line(text: str, d: _Date) -> bool:
    """A line that is a date and little else (a label, a weekday)."""
    rest = _DATE_LINE_EXTRA.sub("", text[:d.start] + text[d.end:])
    return len(rest) <= 3  # 北京时间, 京港台时间


# What may stand beside a date on a line of its own: labels, weekdays, punctuation.
_DATE_LINE_EXTRA = re.compile(r"发布|发表|更新|时间|日期|星期.|周.|[\W_]+")


def _find_date(page: Page, zones: _Zones, clock: _Clock, url: str | None,
               config: CleanerConfig, html: str) -> tuple[datetime | None, str, str]:
    """The publication date, where it was found, and the text it was read from."""
    # Below a headline the first date is the meta line's; with no headline found, the meta
    # line is the labelled date nearest above the body, else the nearest date.
    if zones.near_dated:
        for text in zones.near:
            found = [d for d in _dates(text, clock) if _usable(text, d)]
            if found:
                return found[0].when, "meta line", text
    else:
        for labelled_only in (True, False):
            for text in reversed(zones.near):
                for d in _dates(text, clock):
                    if (not labelled_only or d.labelled or _is_date_line(text, d)) and _usable(text, d):
                        return d.when, "meta line", text
    # A date printed in pieces (2019 / 09/07 / 19:02), one element each.
    pieces = " ".join(t for t in zones.near if len(t) <= 12)
    if pieces:
        found = [d for d in _dates(pieces, clock) if not d.fuzzy]
        if found:
            return found[0].when, "meta line", pieces
    for key in HEAD_DATE_KEYS:
        value = page.meta(key)
        if value:
            when = _head_date(value, clock)
            if when is not None:
                return when, f"meta[{key}]", ""
    for where, texts in (("labelled date in the article", map(_norm, zones.kept)),
                         ("labelled date after the article", iter(zones.tail)),
                         ("labelled date above the headline", map(_norm, zones.top))):
        for k, text in enumerate(texts):
            for d in _dates(text, clock):
                if d.labelled or (not d.fuzzy and (_is_date_line(text, d) or (
                        where == "labelled date above the headline" and k < 2 and _has_time(text, d)))):
                    return d.when, where, text
    if url:
        m = _URL_DATE.search(url)
        if m:
            when = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), None, clock.tz)
            if when is not None and when <= clock.latest:
                return when, "url", ""
    if html and config.htmldate_fallback:
        when = _htmldate(html, clock)
        if when is not None:
            return when, "htmldate", ""
    return None, "", ""


def _htmldate(raw: str, clock: _Clock) -> datetime | None:
    try:
        from htmldate import find_date
        found = find_date(raw, extensive_search=False, original_date=True, outputformat="%Y-%m-%d %H:%M:%S")
    except Exception as err:  # noqa: BLE001 -- htmldate is a backup: its failure must not fail the page
        log.debug("htmldate failed: %s", err)
        return None
    return _head_date(found, clock) if found else None


# ---------------------------------------------------------------------------------------------
# Names: sources, authors, editors
# ---------------------------------------------------------------------------------------------

def _value_after(text: str, i: int) -> str:
    """The value a label at ``text[:i]`` introduces: one field, brackets and glued labels off."""
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    m = _VALUE.match(text, i)
    if not m:
        return ""
    value = m.group(0)
    field = META_FIELD.search(value, 1)
    if field:
        value = value[:field.start()]
    return value.strip(_CLOSERS + "[【(（《「:：-_")


def _labelled_source(texts: tuple[str, ...]) -> str | None:
    for text in texts:
        for m in SOURCE_LABEL.finditer(text):
            if not _LABEL_START.match(text, m.start()) and m.start() > 0:
                continue
            value = _value_after(text, m.end())
            if _plausible_source(value):
                return value
    return None


def _plausible_source(value: str) -> bool:
    return 2 <= len(value) <= 40 and "=" not in value and not CHROME_WORD.match(value) \
        and not META_FIELD.match(value) and not value.isdigit() and value.lower() not in ("size", "null", "none")


def _editor(texts: tuple[str, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for text in texts:
        for m in EDITOR_LABEL.finditer(text):
            if m.start() > 0 and not _LABEL_START.match(text, m.start()) and m.group("role") == "编辑":
                continue
            value = _editor_value(text, m.end())
            if value:
                rank = EDITOR_ROLE_RANK[m.group("role")]
                if best is None or rank < best[0]:
                    best = (rank, value)
        if best is not None and best[0] == 0:
            break
    return best[1] if best else None


def _editor_value(text: str, i: int) -> str:
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    rest = text[i:i + 40]
    latin = _LATIN_NAME.match(rest)
    if latin:
        value = latin.group(0)
    else:
        value = _value_after(text, i)
        # Several editors: 萧潇、张妍 stays as printed.
    value = EDITOR_CODE.sub("", value).strip(_CLOSERS + ":：-_")
    if not value or NOT_A_NAME.match(value) or CHROME_WORD.match(value) or META_FIELD.match(value):
        return ""
    if _CJK.search(value) and not (2 <= len(value) <= 12):
        return ""
    return value


def _has_surname(name: str) -> bool:
    return name[:2] in SURNAMES_COMPOUND or name[0] in SURNAMES_SINGLE


def _valid_name(piece: str, *, loose: bool, strict: bool = False) -> bool:
    """Whether ``piece`` can be a person's name. ``loose`` accepts what a 作者 field may hold
    (an account or a department); ``strict`` wants a common surname (for names with no role)."""
    if not piece or NOT_A_NAME.match(piece) or CHROME_WORD.match(piece) or META_FIELD.search(piece):
        return False
    if _HANDLE.match(piece):
        return not strict and not _DOMAIN.search(piece) and not piece.isdigit()
    if _CJK_NAME.match(piece):
        if strict:
            return len(piece) <= (4 if piece[:2] in SURNAMES_COMPOUND else 3) and _has_surname(piece)
        return not MEDIA_NAME.search(piece) or loose
    return loose and bool(_LONG_NAME.match(piece))


_REPORTER = re.compile(r"记者|通讯员|实习生")
_ROLE_END = re.compile(r"[)）\]】》>。;；!！?？\"“”:：]")
_NAME_SPLIT = re.compile(r"[、，,\s/|｜]+")


def _names_after(text: str, start: int, loose: bool, next_role: int) -> list[str]:
    """The names a byline role credits, from ``text[start:]`` up to the next role or label."""
    stop = _ROLE_END.search(text, start)
    end = min(stop.start() if stop else len(text), next_role, start + 60)
    raw = text[start:end]
    if stop and end == stop.start() and text[end] in ":：":
        raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""  # 流泉 访问统计：…
    field = META_FIELD.search(raw)
    if field:
        glued = field.start() > 0 and not raw[field.start() - 1].isspace()
        raw = raw[:field.start()]
        if glued:  # 许文涛 我要评论: the piece glued to the label word is the label's
            raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
    cut = re.search(r"\s*/\s*文", raw)
    if cut:
        raw = raw[:cut.start()]  # 马俊峰/文: the role after the names
    # A name glued to its role (记者张三) may be the start of a sentence (记者梳理发现): it must
    # begin with a common surname.
    glued = start > 0 and not re.match(r"[\s:：/|｜]", text[start - 1]) and bool(_CJK.match(raw[:1]))
    names: list[str] = []
    for k, piece in enumerate(p for p in _NAME_SPLIT.split(raw) if p):
        if (piece.endswith(("报道", "报导")) or piece.startswith("发自")) and k > 0:
            break  # 上海报道: where the reporter filed from
        if len(piece) < 2:
            continue  # 文/图 的 图, a stray mark
        # A 作者 field may hold an account or a department, but only as its first entry.
        first_loose = loose and not names and not (glued and k == 0)
        trimmed = BYLINE_TAIL.sub("", piece)
        if glued and k == 0:
            if trimmed and _CJK_NAME.match(trimmed) and _has_surname(trimmed) and _valid_name(trimmed, loose=False):
                names.append(trimmed)
                continue
            break
        if trimmed and _valid_name(trimmed, loose=first_loose):
            names.append(trimmed)
        elif first_loose and _valid_name(piece, loose=True):
            names.append(piece)  # 网络整理: the whole field
        else:
            break
    return names


def _bylines(text: str) -> list[str]:
    """Names credited by a role (记者, 通讯员, 作者, 文/, 采写 …) in one short text; none in a
    photo credit (图片来源：记者 张三 摄)."""
    if PHOTO_CREDIT.search(text) and not WRITER_CREDIT.search(text):
        return []
    names: list[str] = []
    roles = list(AUTHOR_ROLE.finditer(text))
    for k, m in enumerate(roles):
        nxt = roles[k + 1] if k + 1 < len(roles) else None
        next_start = nxt.start() if nxt else len(text)
        between = text[m.end():next_start]
        if nxt is not None and (not between or (
                not _NAME_SPLIT.search(between[-1]) and not _REPORTER.search(m.group(0))
                and _REPORTER.search(nxt.group(0)))):
            continue  # 文/记者 X, 采写：南都记者 X: what is glued to the reporter is an affiliation
        role = m.group(0)
        loose = "作者" in role or "撰稿" in role
        names.extend(_names_after(text, m.end(), loose, next_start))
    for m in AUTHOR_ROLE_AFTER.finditer(text):
        for piece in _NAME_SPLIT.split(m.group("names")):
            piece = re.sub(r"^.*(?:记者|通讯员)", "", piece)
            if _valid_name(piece, loose=False):
                names.append(piece)
    return names


def _end_credit(text: str) -> list[str]:
    """A closing credit in parentheses: （张巨峰）, (记者 张三 李四), （姚峰 上海报道）."""
    m = _END_CREDIT.search(text)
    if not m:
        return []
    inner = m.group(1).strip()
    if AUTHOR_ROLE.search(inner):
        return _bylines(inner)
    if re.search(r"[，,。:：;；]", inner):
        return []
    names: list[str] = []
    for k, piece in enumerate(p for p in _NAME_SPLIT.split(inner) if p):
        if piece.endswith(("报道", "报导")) and k > 0:
            break
        piece = BYLINE_TAIL.sub("", piece)
        if not _valid_name(piece, loose=False, strict=True):
            return []
        names.append(piece)
    return names


def _dateline(lead: str) -> tuple[str | None, bool]:
    """The publisher named by the dateline at the start of the first paragraph, and whether
    there is a dateline at all (本报讯 is one, naming no one)."""
    m = DATELINE.match(lead)
    if not m:
        return None, False
    head = m.group("head")
    if SELF_REFERENCE.match(head):
        return None, True
    agency = DATELINE_AGENCY.match(head)
    if agency:
        return agency.group(0), True
    outlet = DATELINE_OUTLET.match(head)
    if outlet:
        return outlet.group(0), True
    if m.group("md") or lead[m.end("head"):].lstrip().startswith(("讯", "快讯")):
        return head, True  # 第一财经8月26日讯: a name right before the date or 讯
    return None, False


@dataclass(frozen=True)
class _Bare:
    before: tuple[str, ...]   # names printed before the date (self-media accounts)
    after: tuple[str, ...]    # names printed after it (publishers)
    pubs: frozenset[str]      # of those after it, the ones that cannot be a person
    account: str | None = None  # the account an author posts under (原创 作者 公众号 <date>)


def _bare_names(zones: _Zones) -> _Bare:
    """Names printed beside the date in the meta zone without a label: those before it, those
    after it, and those after it that cannot be a person (《理财周刊》, a block of its own).

    ``华夏人文 2020-03-09 18:14`` puts a self-media account before the date; ``2019年11月25日
    18:57 参考消息`` puts the publisher after it; either may sit in a block of its own right
    above or below the date.
    """
    before: list[str] = []
    after: list[str] = []
    pubs: set[str] = set()
    inline: set[str] = set()
    account: str | None = None
    near = zones.near
    ends_with_date = True
    strict = not zones.near_dated
    dated = -1
    for k, text in enumerate(near):
        found = _dates(text, _PLAIN_CLOCK)
        if not found:
            continue
        dated, d = k, found[0]
        if d.start > 0 and text[d.start - 1] in " |·":
            head = [t for t in _FIELD_SPLIT.split(text[:d.start]) if t]
            name = _bare(head[-1], strict) if head else None
            if name and len(head) >= 3 and head[-3] == "原创":
                # 原创 作者 公众号 <date>: the WeChat template names the writer, then the account.
                first = _bare(head[-2], strict)
                if first:
                    before.append(first)
                account = name
            elif name:
                before.append(name)
        for token in (t for t in _FIELD_SPLIT.split(_BRACKET_SPACE.sub(r"[\1]", text[d.end:])) if t):
            if SOURCE_LABEL.match(token) or EDITOR_LABEL.match(token) or AUTHOR_ROLE.match(token):
                break
            if _skippable(token):
                continue
            name = _bare(token, strict)
            if name:
                after.append(name)
                inline.add(name)
                if token.startswith("《"):
                    pubs.add(name)
                break
            break
        ends_with_date = not text[d.end:].strip()
        break
    if dated < 0:
        # A date printed in pieces, one element each (2019 / 09/07 / 19:02): its last piece.
        for k, t in enumerate(near):
            if len(t) <= 12 and _DATE_PIECE.match(t):
                dated = k
            elif dated >= 0:
                break
        if dated >= 0 and not re.search(r"[:/-]", near[dated]):
            dated = -1
    # With no date, only the line right under the headline (a self-media account's name), or
    # with no headline found a line above the body that holds a common Chinese name.
    undated = range(min(1 if zones.near_dated else 3, len(near)))
    for k in (dated - 1, dated + 1, dated + 2) if dated >= 0 else undated:
        if not 0 <= k < len(near) or " " in near[k] or len(near[k]) > 20:
            continue
        name = _bare(near[k], strict)
        if name and zones.title and _squash(name) in zones.title:
            continue  # a piece of the headline
        if name and dated < 0:
            before.append(name)
            break
        if name and k < dated:
            before.append(name)
        elif name and not after and ends_with_date and len(name) <= 8:
            after.append(name)  # 19:02 / 扬眼: the name the date line runs on into
    # Only a name in the date's own line may be the poster when a 来源 line names the source
    # (2019-05-17 · 苏皖城市报道 … 来源：无锡交警); a block of its own is a section label.
    return _Bare(tuple(before), tuple(after), frozenset(pubs | (set(after) - inline)), account)


_DATE_PIECE = re.compile(r"^[\d\s/:.\-年月日]+$")
_BRACKET_SPACE = re.compile(r"[\[【]\s*([^\]】]{1,20}?)\s*[\]】]")
_PLAIN_CLOCK_TZ = ZoneInfo("UTC")
_PLAIN_CLOCK = _Clock(datetime(2100, 1, 1, tzinfo=_PLAIN_CLOCK_TZ), _PLAIN_CLOCK_TZ, (),
                      datetime(2100, 1, 2, tzinfo=_PLAIN_CLOCK_TZ))


def _skippable(token: str) -> bool:
    """Tokens between a date and the name after it: counters, clock words, separators."""
    return bool(re.fullmatch(r"[\d.,:：万次]+|--.*|更新|发布|\W+|[AaPp][Mm]", token))


def _bare(token: str, strict: bool) -> str | None:
    token = token.strip("|｜·•-—:： ")
    m = _BRACKETED.match(token)
    if m:
        token = m.group(1).strip()
    else:
        token = _TRAILING_BRACKET.sub("", token)
    if not token or _DOMAIN.search(token) or re.search(r"\d", token) or CHROME_WORD.match(token) \
            or CHROME_WORD_PART.search(token) or token in PROVINCES or _WHERE_FROM.match(token):
        return None  # chrome, or where the poster is (来自北京, IP属地)
    if META_FIELD.search(token) or SOURCE_LABEL.match(token) or "=" in token:
        return None
    if strict:
        return token if _valid_name(token, loose=False, strict=True) else None
    if _HANDLE.match(token) or (2 <= len(token) <= 16 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z·&—\-]+", token)):
        return token
    return None


def _host_names(page: Page, title: str | None) -> tuple[str, ...]:
    """The site's own names: the non-headline parts of the <title>, og:site_name and the like."""
    names: list[str] = []
    full = page.meta("title") or ""
    for part in _TITLE_SPLIT.split(full):
        part = part.strip()
        if part and (not title or _squash(part) not in _squash(title)) and len(part) <= 20:
            names.append(part)
    for key in ("og:site_name", "sitename", "application-name", "publisher", "article:publisher"):
        value = page.meta(key)
        if value and len(value) <= 30:
            names.append(value)
    return tuple(_squash(n) for n in names if n)


def _is_host(name: str, hosts: tuple[str, ...]) -> bool:
    s = _squash(name)
    return any(s == h or (len(s) >= 2 and s in h) or (len(h) >= 2 and h in s and len(h) >= 0.5 * len(s))
               for h in hosts)


def _head_author(page: Page, hosts: tuple[str, ...]) -> tuple[str, ...]:
    """Persons named by the head: citation/Dublin Core creators first, then ``author`` unless it
    names the site, a company (several Latin words) or a CMS account."""
    for key in ("citation_author", "citation_authors", "dc.creator", "author", "article:author"):
        value = page.meta(key)
        if not value or _DOMAIN.search(value) or len(value) > 40:
            continue
        names = []
        for raw in re.split(r"[;；,，、]+", value):
            piece = _squash(raw)
            if not piece or _is_host(piece, hosts) or re.search(r"[A-Za-z]\s+[A-Za-z]", raw.strip()):
                continue
            if _CJK.search(piece) and _valid_name(piece, loose=False) or key.startswith(("citation", "dc.")):
                names.append(piece)
        if names:
            return tuple(names)
    return ()


# ---------------------------------------------------------------------------------------------
# find_meta
# ---------------------------------------------------------------------------------------------

def find_meta(page: Page, kept: tuple[Block, ...], *, title: str | None, url: str | None,
              now: datetime | None, config: CleanerConfig, html: str = "") -> Meta:
    """Published date, source, original source, authors and editor of the article in ``page``
    whose body blocks are ``kept`` (see the module docstring for where each is looked for).

    ``now`` anchors dates printed without a year and relative ones (default: the current time);
    dates without a zone get ``config.timezone``. ``html``, the page's raw HTML, lets htmldate
    back the date search up when the page's own lines give none (``config.htmldate_fallback``).

    >>> from cleaner.blocks import Block, Page
    >>> from cleaner.config import CleanerConfig
    >>> page = Page(blocks=(Block("标题", 0, heading=1), Block("2025-08-26 10:32 来源：新京报", 1),
    ...                     Block("新京报讯（记者 张三）正文第一段，写了很多内容。" * 3, 2)))
    >>> meta = find_meta(page, page.blocks[2:], title="标题", url=None, now=None, config=CleanerConfig())
    >>> meta.source, meta.original_source, meta.authors, meta.published.isoformat()
    ('新京报', '新京报', ('张三',), '2025-08-26T10:32:00+08:00')
    """
    if not kept:
        return Meta()  # no article: the dates and names on a list or error page are not its own
    tz = ZoneInfo(config.timezone)
    current = datetime.now(tz)
    if now is None:
        now = current
    elif now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    zones = _zones(page, kept, title)
    prelim = _Clock(now, tz, (), max(now, current) + timedelta(days=1))
    anchors = tuple(w for w in (_head_date(page.meta(k) or "", prelim) for k in HEAD_DATE_KEYS) if w)
    clock = _Clock(now, tz, anchors, prelim.latest)
    provenance: list[tuple[str, str]] = []
    if title:
        provenance.append(("title", _title_how(page, title, zones.headline)))

    published, where, date_text = _find_date(page, zones, clock, url, config, html)
    if published is not None:
        provenance.append(("published", where))
    hosts = _host_names(page, title)
    bare = _bare_names(zones)
    source, where, labelled = _find_source(page, kept, zones, bare, hosts)
    if source is not None:
        provenance.append(("source", where))
    original = _find_original_source(zones)
    if original is not None:
        provenance.append(("original_source", "dateline"))
    authors, where = _find_authors(page, zones, bare, hosts, date_text, source, labelled)
    if authors:
        provenance.append(("authors", where))
    editor = _editor(zones.tail) or _editor(zones.near)
    if editor is not None:
        provenance.append(("editor", "editor line"))
    if any(_TRADITIONAL.search(t) for t in zones.printed):
        # Names were matched in simplified form: give them back as the page prints them.
        printed = tuple(_printed(t) for t in zones.printed)
        source, original, editor = (_as_printed(v, printed) for v in (source, original, editor))
        authors = tuple(_as_printed(a, printed) or a for a in authors)
    return Meta(published=published, source=source, original_source=original, authors=authors,
                editor=editor, provenance=tuple(provenance))


def _as_printed(name: str | None, printed: tuple[str, ...]) -> str | None:
    """``name`` (matched with traditional characters made simplified) as the page prints it."""
    if not name:
        return name
    for text in printed:
        at = text.translate(_MATCHING).find(name)
        if at >= 0:
            return text[at:at + len(name)]
    return name


def _find_source(page: Page, kept: tuple[Block, ...], zones: _Zones, bare: _Bare,
                 hosts: tuple[str, ...]) -> tuple[str | None, str, bool]:
    """The source, where it was found, and whether a 来源 label named it."""
    source = _labelled_source(zones.near)
    if source is not None:
        return source, "来源 in the meta line", True
    source = _labelled_source(zones.tail)
    if source is not None:
        return source, "来源 after the article", True
    for where, found in (
        ("name after the date", lambda: next((n for n in bare.after if not _is_host(n, hosts)), None)),
        ("closing publisher line", lambda: _publisher_line(page, kept)),
        ("account beside the date", lambda: bare.account),
        ("publisher before the date",
         lambda: next((n for n in bare.before if MEDIA_NAME.search(n) and not _is_host(n, hosts)), None)),
        ("meta[contentsource]", lambda: _head_source(page)),
        ("site name after the date", lambda: next((n for n in bare.after if _is_host(n, hosts)), None)),
    ):
        source = found()
        if source is not None:
            return source, where, False
    return None, "", False


def _head_source(page: Page) -> str | None:
    """The 来源 of a government CMS's ``contentsource`` <meta> (or a plain ``source`` one)."""
    for key in ("contentsource", "source"):
        value = _norm(page.meta(key) or "")
        if value and not _DOMAIN.search(value):
            value = _value_after(value, _label_end(value))
            if _plausible_source(value):
                return value
    return None


def _find_original_source(zones: _Zones) -> str | None:
    for lead in zones.leads:
        original, is_dateline = _dateline(lead)
        if is_dateline:
            return original
    return None


def _find_authors(page: Page, zones: _Zones, bare: _Bare, hosts: tuple[str, ...], date_text: str,
                  source: str | None, labelled: bool) -> tuple[tuple[str, ...], str]:
    """The authors and where they were found: every role-labelled byline (meta line, dateline,
    the first short blocks, the tail); failing those the first of a closing credit, the poster
    of a forum entry, the ``author`` <meta>, names printed beside the date."""
    authors: list[str] = []
    wheres: list[str] = []
    credit = next((c for c in map(_dateline_credit, zones.leads) if c), "")
    for where, texts in (("meta line", zones.near), ("dateline", (credit,)),
                         ("byline in the article", zones.early),
                         ("byline after the article", zones.tail_lines)):
        found = [name for text in texts for name in _bylines(text)]
        if found:
            authors.extend(found)
            wheres.append(where)
    if authors:
        return tuple(dict.fromkeys(authors)), ", ".join(wheres)
    closing = next((names for names in map(_end_credit, reversed(zones.credits)) if names), [])
    if closing:
        return tuple(dict.fromkeys(closing)), "closing credit"
    posted = _posted_by(zones, date_text)
    if posted:
        return tuple(posted), "posted by"
    head = tuple(n for n in _head_author(page, hosts) if n != source)  # sina: author = 参考消息
    if head:
        return head, "meta[author]"
    # A self-media account printed beside the date; after the date only when a 来源 line names
    # the source, so that the name there is not the source (2019-05-17 · 苏皖城市报道 … 来源：X).
    names = [n for n in bare.before if not MEDIA_NAME.search(n) and not _is_host(n, hosts)]
    if labelled:
        names += [n for n in bare.after if not _is_host(n, hosts) and n not in bare.pubs]
    return tuple(dict.fromkeys(n for n in names if n != source)), "name beside the date"


def _posted_by(zones: _Zones, date_text: str) -> list[str]:
    """The poster of a forum or blog entry ("X 发表于 <date>", "由X张贴", "<date> by X"), in the
    line the date was read from first."""
    texts = zones.near if zones.near_dated else tuple(reversed(zones.near))
    for text in (date_text, *texts, *map(_norm, zones.kept[:EARLY_BLOCKS]), *zones.tail,
                 *map(_norm, zones.top[:5])):
        if not DATE_LIKE.search(text):
            continue
        for m in POSTED_BY.finditer(text):
            name = (m.group("a") or m.group("b") or m.group("c") or "").strip("[]【】()（）")
            if name and not _DOMAIN.search(name) and _valid_name(name, loose=True) and not DATE_LIKE.search(name):
                return [name]
    return []


def _title_how(page: Page, title: str, headline: int) -> str:
    """Where the title came from, told cheaply from the title and the headline block."""
    in_head = title in (page.meta("title") or "") or title in (page.meta("og:title") or "")
    if 0 <= headline < len(page.blocks):
        b = page.blocks[headline]
        if b.heading and b.text == title:
            return f"h{b.heading} matching <title>" if in_head else f"h{b.heading}"
        return "line matching <title>" if in_head else "line above the meta line"
    return "<title>" if in_head else "given"


def _label_end(text: str) -> int:
    m = SOURCE_LABEL.match(text)
    return m.end() if m else 0


def _dateline_credit(lead: str) -> str:
    """The credit of a dateline: （记者 张三 通讯员 李四） within the first sentence, or a
    paragraph that opens with one (本报记者 张三 报道)."""
    m = re.search(r"[(（〔【\[]([^()（）〔〕【】\[\]]{2,60})[)）〕】\]]", lead[:80])
    if m and AUTHOR_ROLE.search(m.group(1)):
        return m.group(1)
    m = AUTHOR_ROLE.match(lead) or AUTHOR_ROLE.match(lead, lead.find("讯") + 1) if lead else None
    return lead[:40] if m else ""


def _publisher_line(page: Page, kept: tuple[Block, ...]) -> str | None:
    """A line after the last paragraph that only names a publisher (，南方都市报 / ——新华社)."""
    if not kept:
        return None
    last = kept[-1].position
    after = [b for b in page.blocks[last + 1:last + 1 + TAIL_BLOCKS] if b.position > last]
    for k, b in enumerate((*kept[-2:], *after)):
        if len(b.text) > 20:
            continue
        text = _norm(b.text)
        m = _PUBLISHER_LINE.match(text)
        if not m or not MEDIA_NAME.search(m.group(1)) or CHROME_WORD.match(m.group(1)):
            continue
        if k < 2 or text[:1] in ",，—-－–":  # away from the text, only "，南方都市报" / "——新华社"
            return m.group(1)
    return None
