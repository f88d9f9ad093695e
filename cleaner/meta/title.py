"""The title: the headline the ``<title>`` agrees with (see the package docstring's cascade)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from itertools import islice

from ..blocks import Block, Page, cjk_bigrams
from ..patterns import OFFICIAL_WORD, ORGANISATION, SITE_NAME
from .editor import _EDITOR_LABEL
from .names import _AUTHOR_ROLE
from .source import _SOURCE_LABEL
from .zones import (TITLE_SCAN_BLOCKS, _DOMAIN, _HOLDS_DATE, _IDEOGRAPH, _MATCHING_TABLE, _PRIVATE_USE, _TITLE_SPLIT, _WS,
                    _dated, _fold, _squash, forget)

#: A <title> part longer than this is no headline but the opening of a post (``作者: 正文…``):
#: an h1 it contains is the headline, however short beside it.
POST_TITLE_CHARS = 80
#: An institution's name (:data:`~cleaner.patterns.ORGANISATION`) as a site's is this long at
#: most: a longer <title> part ending so is a headline (澜州出台新规支持民营企业组建产业集团).
MAX_ORGANISATION_CHARS = 16
# A section tag in brackets printed beside the headline: 廉署貪污舉報今年跌11% (港聞).
_SECTION_TAG = re.compile(r"[(\[【（].{1,8}[)\]】）]")
# The same set apart by a space at the end of a dump's headline line, where the <title> that
# would tell it from the headline is missing: 廉署貪污舉報今年跌11% (港聞).
_TRAILING_SECTION_TAG = re.compile(r"\s+[(\[【（][^()\[\]【】（）\s]{1,4}[)\]】）]$")
# The page number a paginated article prints after its headline: 标题（1）, 标题(2/3).
_PAGE_NUMBER = re.compile(r"\s*[(（]\s*(\d{1,2})\s*(?:/\s*(\d{1,2})\s*)?[)）]$")
# A pager's words on a line of its own: 上一页 1 2 3 下一页 尾页, 第2页, 共3页.
_PAGER = re.compile(r"[上下]一页|[尾末]页|[第共]\s*\d{1,2}\s*页")
#: The longest line read as a pager.
PAGER_CHARS = 40
# The numeral that opens an item of a numbered list: 一、 3、 （二）.
_NUMBERED_ITEM = re.compile(r"\s*(?:(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})、|[(（][一二三四五六七八九十]{1,3}[)）])")
_BREADCRUMB = re.compile(r"[>»›]|->|当前位置|您的位置")
# The separators between a breadcrumb's items.
_CRUMB_SPLIT = re.compile(r"\s*(?:->|[>»›])+\s*")


def find_title(page: Page) -> str | None:
    """The headline of ``page``.

    >>> from cleaner.blocks import Block, Page
    >>> find_title(Page(blocks=(Block("新闻", 0, heading=3), Block("标题在这里", 1, heading=1)),
    ...                 head=(("title", "标题在这里_某某新闻网"),)))
    '标题在这里'
    """
    forget()   # the texts of the page before are no use to this one
    _is_site_name.cache_clear()
    title = _find_title(page)[0]
    if title is None:
        # A <title> that is an institution's name alone is read as the site's (梧溪县人民政府),
        # but a headline may end as one (某地组建文旅集团): when no other line is the
        # headline, the <title> is read as usual.
        whole = page.meta("title") or page.meta("og:title") or ""
        if _strip_site(whole)[1] and not _strip_site(whole, institutions=False)[1]:
            title = _find_title(page, institutions=False)[0]
    if title is None or not _PRIVATE_USE.search(title):
        return title
    # A private-use character is no letter a reader sees (a glyph of the site's own font, a
    # decoding's leftover: 投身外交(3)\ue004): no part of the headline.
    return _PRIVATE_USE.sub("", title).strip() or None


def _find_title(page: Page, institutions: bool = True) -> tuple[str | None, str]:
    blocks = page.blocks[:TITLE_SCAN_BLOCKS]
    marked = [b for b in blocks if b.heading == 1] if page.kind == "text" else []
    if page.kind == "text" and not page.head:
        if marked:
            text = marked[0].text
            if marked[0] is blocks[0] and _printed_title(text):   # a scraper's <title> line: no site's name
                headline, site_only = _strip_site(text)
                return (None, "") if site_only else (headline, "<title> line without the site name")
            tag = _TRAILING_SECTION_TAG.search(text)
            return _unpaged(text[:tag.start()] if tag else text, page.blocks), "line marked as the headline"
        found = _line_above_meta_line(blocks, text_dump=True)
        return (found.text, "line above the meta line") if found else (None, "")
    heads = [b for b in blocks if b.heading]
    if any(b.path == a.path and b.heading == a.heading for a, b in zip(heads, heads[1:])):
        blocks = _joined_lines(blocks)
        heads = [b for b in blocks if b.heading]
    title = page.meta("title") or ""
    og = page.meta("og:title") or ""
    full = _squash(title) + "\n" + _squash(og)
    site_names = tuple(_squash(v) for v in (page.meta(k) for k in _SITE_NAME_KEYS) if v)
    best_part, site_only = _strip_site(title or og, site_names, blocks, heads, institutions)
    if site_only and title and og:   # a <title> of the site's name alone: og:title may name the article
        og_part, og_site_only = _strip_site(og, site_names, blocks, heads, institutions)
        if not og_site_only:
            best_part, site_only, title = og_part, False, og
    part = _squash(best_part)
    # The <title>'s parts that name the site: a heading printing one is the site's logo.
    site_parts = {_squash(p) for p in _TITLE_SPLIT.split(title or og)
                  if _is_site_name(p, institutions) or _squash(p) in site_names} - {part}
    # 1. A heading the <title> contains (or that contains the <title>'s headline part).
    best: Block | None = None
    for b in heads if not site_only else ():
        if not 4 <= len(b.text) <= 120:
            continue
        s = _squash(b.text)
        if s in site_parts:
            continue
        agrees = len(s) >= 4 and (s in full or (len(part) >= 6 and part in s and len(s) <= len(part) + 12))
        if agrees and (best is None or len(s) > len(_squash(best.text))
                       or (len(s) == len(_squash(best.text)) and b.heading < best.heading)):
            best = b
    short_h1: Block | None = None
    if best is not None and part and len(_squash(best.text)) < 0.5 * len(part) \
            and not (len(part) > POST_TITLE_CHARS and best.heading == 1):
        # Too short a part of the <title>, but for a short h1 the <title>'s part opens with
        # (秋粮入仓 in 【组图】秋粮入仓, 酥焖带鱼 in 酥焖带鱼的做法: a lower heading may agree at
        # length, 酥焖带鱼的做法步骤), should no line print the <title>'s part (step 2).
        short_h1 = next((b for b in heads if b.heading == 1 and _opens(part, s := _squash(b.text)) and s in full),
                        None)
        best = None
    if best is not None:
        s = _squash(best.text)
        if s not in full and part in s:
            return best_part, f"<title> inside h{best.heading}"  # 原创 + headline: a label added
        return best.text, f"h{best.heading} matching <title>"
    # 2. A line the <title> contains: a headline not marked up as a heading; but first a line
    # right above a dated meta line that holds the <title>'s headline and more (a <title> that
    # cut the headline short).
    if part and not site_only:
        for i in _above_dated(blocks):
            b = blocks[i]
            if len(b.text) > 120 or len(b.text) <= len(part) or "。" in b.text or _HOLDS_DATE.search(b.text):
                continue
            squashed = _squash(b.text)
            if part in squashed and not _SECTION_TAG.fullmatch(squashed.replace(part, "", 1)):
                return b.text, "line above the meta line holding <title>"
        line: Block | None = None
        low = max(6, int(0.6 * len(part)))
        for b in blocks:
            if b.heading or not low <= len(b.text) <= 120 or "。" in b.text:
                continue
            # A CJK ideograph is in the squashed text as the table folds it (NFKC neither changes
            # nor composes one): a line whose first one's fold is not in the <title> is no part of
            # it, and is not squashed (~1,500 of the ~1,900 lines a pass over the corpus).
            first = _IDEOGRAPH.search(b.text)
            if first is not None and first.group().translate(_MATCHING_TABLE) not in full:
                continue
            s = _squash(b.text)
            if len(s) >= 0.6 * len(part) and s in full and (line is None or len(s) > len(_squash(line.text))):
                line = b
        if line is not None:
            return line.text, "line matching <title>"
    if short_h1 is not None:
        return short_h1.text, "h1 opening <title>"
    # 3. A <title> that only names the site, or that the page never prints (a slogan): the
    # line above the dated meta line.
    # (A headline printed over several lines counts as printed: the short lines are joined.)
    if site_only or not part or part not in _squash("".join(b.text for b in blocks if len(b.text) <= 120)):
        found = _line_above_meta_line(blocks, text_dump=False)
        # (not the site's name the <title> gives, printed at the top: a meta line over the
        # headline, in an old table layout, has it a few lines above)
        if found is not None and not (site_only and _squash(found.text) == part):
            return found.text, "line above the meta line"
    # 4. The <title> itself, unless it names no article: every part looks like a site's name
    # (显示, 1, a site's name alone), or the part is a channel's (:func:`_section_name`).
    if part and not site_only and not _section_name(part, blocks):
        return best_part, "<title> without the site name"
    # 5. The first h1, else the line above the first paragraphs of prose that shares their words:
    # a headline no date follows (:func:`_line_above_prose`); it also outranks an h1 far above it
    # that shares fewer than two of them (a sidebar's Blog统计 before the post).
    # (An h1 the site-only <title> names is the site's logo.)
    h1 = next((k for k, b in enumerate(blocks) if b.heading == 1 and len(b.text) >= 4
               and not (site_only and _squash(b.text) == part)), None)
    above = _line_above_prose(blocks)
    if above is not None and (h1 is None or (h1 < above[0] - LINES_ABOVE_PROSE
                                             and _words_shared(blocks[h1].text, above[1]) < 2)):
        return blocks[above[0]].text, "line above the prose"
    return (blocks[h1].text, "first h1") if h1 is not None else (None, "")


def _printed_title(text: str) -> bool:
    """Whether a dump's first line, marked as its headline, is the page's ``<title>`` a scraper
    printed (``标题_栏目_某某新闻网``): parts whose last names a site, four characters or more (a
    ``<title>``'s mark, where a headline's own dash sets apart words: 英伟达——AI芯片之王)."""
    parts = [p for p in _TITLE_SPLIT.split(text) if p.strip()]
    return len(parts) > 1 and len(parts[-1].strip()) >= 4 and _is_site_name(parts[-1])


#: A tag in brackets opening a ``<title>``'s part (【组图】, 【某某网】) and brackets left in it.
_LEADING_TAG = re.compile(r"[(\[【（][^()\[\]【】（）]{1,8}[)\]】）]")
_BRACKETS = re.compile(r"[()\[\]【】（）]")
# What follows a label (a channel's name) that opens a <title>'s part, squashed.
_LABEL_ENDS = frozenset(":：|｜·•,，、")


def _opens(part: str, heading: str) -> bool:
    """Whether the ``<title>``'s headline part (squashed) opens with ``heading`` (squashed),
    past a tag in brackets and the brackets: a short headline the ``<title>`` decorates
    (酥焖带鱼 in 酥焖带鱼的做法, 秋粮入仓 in 【组图】秋粮入仓); no site's name."""
    if len(heading) < 4 or not part.startswith(heading[0]) and not _BRACKETS.match(part):
        return False
    core = _BRACKETS.sub("", _LEADING_TAG.sub("", part, count=1) if _LEADING_TAG.match(part) else part)
    # (not a label before a colon: 财经要闻：标题)
    return core.startswith(heading) and core[len(heading):len(heading) + 1] not in _LABEL_ENDS \
        and not _is_site_name(heading)


def _joined_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with the lines of one heading broken by ``<br>`` (pieces of one element, one
    after the other) made one block: 滨河新区城市书房开放首日<br>接待读者三千余人次."""
    out: list[Block] = []
    for b in blocks:
        last = out[-1] if out else None
        if last is not None and b.heading and b.heading == last.heading and b.path == last.path \
                and len(last.text) + len(b.text) <= 120:
            joiner = " " if last.text[-1].isascii() and b.text[0].isascii() else ""
            out[-1] = Block(last.text + joiner + b.text, last.position, last.tag, last.path,
                            last.link_chars + b.link_chars, last.markers, last.heading)
        else:
            out.append(b)
    return tuple(out)


def _section_name(part: str, blocks: tuple[Block, ...]) -> bool:
    """Whether the ``<title>``'s headline part (squashed) is a channel's name, not an article's:
    a bracketed tag alone (``北医新闻网_(新闻)``), or an item of the page's breadcrumb that is not
    its last (``网易娱乐 > 电影版区 > 留言板``: the last item may be the article's own headline)."""
    if _SECTION_TAG.fullmatch(part):
        return True
    if _BREADCRUMB.search(part):
        part = _squash(_CRUMB_SPLIT.split(part)[-1])   # a <title> that is a path: 某某网>艺术教育
    for b in blocks:
        text = b.text
        if len(text) <= 120 and _BREADCRUMB.search(text):
            items = [_squash(item) for item in _CRUMB_SPLIT.split(text)]
            if part in items[:-1]:
                return True
    return False


def _above_dated(blocks: tuple[Block, ...]) -> Iterator[int]:
    """The indices of the two lines above each short dated line, ascending, each once: found
    as the scan goes, so that the first line that answers ends it."""
    last = -1
    for d, c in enumerate(blocks):
        text = c.text   # (read once: up to 600 blocks a page)
        # (A digit first: a two-character needle is made wide for a CJK line, a copy each test.)
        if len(text) <= 80 and ("0" in text or "9" in text) and ("20" in text or "19" in text) \
                and _HOLDS_DATE.search(text):
            for j in (d - 2, d - 1):
                if j > last:
                    last = j
                    yield j


def _strip_site(title: str, site_names: tuple[str, ...] = (), blocks: tuple[Block, ...] = (),
                heads: Sequence[Block] = (), institutions: bool = True) -> tuple[str, bool]:
    """The headline part of a ``<title>`` (its longest part that is not a site or channel name,
    nor the name the head gives the site, unless the page prints it nowhere as a line of its own
    and prints a shorter part as a heading: :func:`_confirmed_part`), and whether every part
    looked like a site name."""
    title = _WS.sub(" ", title).strip()
    if not title:
        return "", False
    parts = [p for p in _TITLE_SPLIT.split(title) if p.strip()]
    if not parts:
        return title, False
    headline = [p for p in parts if not _is_site_name(p, institutions) and _squash(p) not in site_names]
    if headline:
        longest = max(headline, key=len)
        return (_confirmed_part(headline, longest, blocks, heads) if len(headline) > 1 else longest), False
    return max(parts, key=len), True


def _confirmed_part(headline: list[str], longest: str, blocks: tuple[Block, ...], heads: Sequence[Block]) -> str:
    """Of a ``<title>``'s parts that name no site, the longest one the page's first-rank heading
    prints (an h1, or the highest rank the page has; after the usual normalisation), when the
    longest part is printed by no heading and no line of its own: a byline, a click count or a
    row of share buttons the template put after the headline (``标题_某某网 作者 X 分享：微信
    微博``) reads longer than the headline. (A column's name printed as a lower heading confirms
    nothing: ``栏目_标题_某某网``.)"""
    top = min([b.heading for b in heads], default=0)
    printed = {_squash(b.text) for b in heads if b.heading == top and len(b.text) <= 120}
    confirmed = [p for p in headline if p is not longest and _squash(p) in printed]
    if not confirmed:
        return longest
    squashed = _squash(longest)
    for b in blocks:
        text = b.text
        if len(text) > 120:
            continue
        # (a line whose first ideograph's fold is not in the part is not the part: see _find_title)
        first = _IDEOGRAPH.search(text)
        if (first is None or first.group().translate(_MATCHING_TABLE) in squashed) and _squash(text) == squashed:
            return longest   # the longest part printed as a line: the headline after all
    return max(confirmed, key=len)


# <meta> names that hold the site's own name (a <title> part equal to one is no headline).
_SITE_NAME_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")


# Asked of each <title> part twice a page (for the headline part, then for the parts naming the
# site); emptied as a page begins (find_title).
@functools.lru_cache(maxsize=256)
def _is_site_name(part: str, institutions: bool = True) -> bool:
    """Whether a <title> part names a site or a channel (and, with ``institutions``, an
    institution: :data:`~cleaner.patterns.ORGANISATION`)."""
    text = _fold(part.strip())  # 新聞網, 資訊網: traditional site words too
    return len(text) <= 3 or bool(SITE_NAME.search(text)) or bool(_DOMAIN.search(text)) \
        or (len(text) <= 12 and bool(OFFICIAL_WORD.search(text))) \
        or (institutions and 5 <= len(text) <= MAX_ORGANISATION_CHARS and bool(ORGANISATION.search(text)))


def _unpaged(headline: str, blocks: Sequence[Block]) -> str:
    """A dump's ``headline`` without the page number a paginated article prints after it
    (标题（1）, 标题(2/3)) when the page holds a pager, a short line of its own (上一页 1 2 3
    下一页, 共3页): the number is the page's, as the ``<title>`` of such a page, printing the
    headline without it, tells in HTML. A headline ending so on a page of one part keeps it."""
    number = _PAGE_NUMBER.search(headline) if headline[-1:] in ")）" else None
    if number is None or not number.start() or number[2] and int(number[1]) > int(number[2]):
        return headline
    if any(len(b.text) <= PAGER_CHARS and "页" in b.text and _PAGER.search(b.text) for b in blocks):
        return headline[:number.start()]
    return headline


def _line_above_meta_line(blocks: tuple[Block, ...], *, text_dump: bool) -> Block | None:
    """The headline as the line right above a dated meta line (within three lines); on an HTML
    page with the meta line printed after the article (a line above it with paragraphs of prose
    above it is a line of the text), the headline-like line right above the first paragraph of
    prose. (A text dump's lines are cut differently: a dump keeps the first rule alone.)"""
    prose = _first_prose(blocks)
    first_prose = prose[0] if prose else len(blocks)
    enough_prose = len(prose) >= PROSE_ABOVE_A_LINE_OF_TEXT
    for i, b in enumerate(blocks):
        text = b.text   # (up to 600 blocks: _dated called only for a text holding what a date holds)
        if len(text) > 80 or not ("20" in text or "19" in text or "民" in text) or not _dated(text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            c = blocks[j]
            if _headline_like(c, text_dump=text_dump):
                if not text_dump and enough_prose and prose[-1] < j:
                    break  # the meta line closes the article: look above its prose
                return c if text_dump or c.heading < 2 else _h1_over(blocks, j) or c
    if not text_dump and 0 < first_prose < len(blocks) and enough_prose:
        above = blocks[first_prose - 1]
        if _headline_like(above, text_dump=text_dump) and any(
                len(b.text) <= 80 and _dated(b.text) for b in blocks[first_prose:]):
            return above
    return None


def _h1_over(blocks: tuple[Block, ...], j: int) -> Block | None:
    """The h1 right above the lower heading ``j`` over the meta line (or above the line over
    it): the headline over its subtitle (引题 / 标题 / 副题); none when it is no headline-like
    line (a channel's short name) or names a site (the logo's h1)."""
    for k in (j - 1, j - 2):
        if k >= 0 and blocks[k].heading == 1:
            h = blocks[k]
            return h if _headline_like(h, text_dump=False) and not _is_site_name(h.text) else None
    return None


#: The lines above the first paragraph of prose searched for a headline no date follows.
LINES_ABOVE_PROSE = 4
#: Characters of the prose's opening (its first six blocks at most) whose words a headline shares.
OPENING_CHARS = 800
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}|\d{2,}")


def _line_above_prose(blocks: tuple[Block, ...]) -> tuple[int, set[str]] | None:
    """The headline of a page no dated meta line marks: the nearest line of the few above the
    first paragraphs of prose (no breadcrumb between) that could be a headline and shares two of
    its words (CJK bigrams, Latin words, numbers) with the prose's opening; a line that is a link
    (a post's title linking to itself) shares a third of its words, as a row of links does not.
    Its index, and the opening's words."""
    prose = _first_prose(blocks)
    if len(prose) < PROSE_ABOVE_A_LINE_OF_TEXT:
        return None
    opening = _words("".join(b.text for b in blocks[prose[0]:prose[0] + 6])[:OPENING_CHARS])
    for j in range(prose[0] - 1, max(-1, prose[0] - 1 - LINES_ABOVE_PROSE), -1):
        c = blocks[j]
        if _BREADCRUMB.search(c.text):
            break
        if not _headline_like(c, text_dump=False, linked=True):
            continue
        shared = _words_shared(c.text, opening)
        if shared >= 2 and (c.link_density <= 0.5 or 3 * shared >= len(_words(c.text))):
            return j, opening
    return None


def _first_prose(blocks: tuple[Block, ...]) -> list[int]:
    """The indices of the first paragraphs of prose, as many as make a line below them a line of
    the text: found once, not counted again above every candidate (a short block's length tells
    it first)."""
    return list(islice((k for k, b in enumerate(blocks) if len(b.text) >= PROSE_CHARS and _is_prose(b)),
                       PROSE_ABOVE_A_LINE_OF_TEXT))


def _words(text: str) -> set[str]:
    """A text's words as the title's tests count them: CJK bigrams, Latin words, numbers."""
    squashed = _WS.sub("", text)
    return cjk_bigrams(squashed) | {w.lower() for w in _LATIN_WORD.findall(squashed)}


def _words_shared(text: str, words: set[str]) -> int:
    return len(_words(text) & words)


#: Paragraphs of prose above a line that make it a line of the text, not a headline.
PROSE_ABOVE_A_LINE_OF_TEXT = 2
#: A block at least this long that holds a full stop is a paragraph of prose.
PROSE_CHARS = 50


def _is_prose(b: Block) -> bool:
    return len(b.text) >= PROSE_CHARS and "。" in b.text and b.link_density < 0.5


def _headline_like(c: Block, *, text_dump: bool, linked: bool = False) -> bool:
    """A line that can be a headline: short, Chinese, no sentence, date, link row or byline (nor
    a link, unless ``linked``)."""
    low, high = (8, 60) if text_dump else (6, 80)
    if not low <= len(c.text) <= high or c.cjk < 4 or "。" in c.text or _dated(c.text):
        return False
    if (c.link_density > 0.5 and not linked) or c.text.endswith((":", "：")) or _BREADCRUMB.search(c.text):
        return False
    tokens = c.text.split()
    if len(tokens) >= 4 and all(len(t) <= 4 for t in tokens):
        return False  # a row of navigation links
    if _NUMBERED_ITEM.match(c.text) or c.text.count("|") + c.text.count("｜") + c.text.count("│") >= 2:
        return False  # a list's numbered item (一、培养目标), a toolbar's row (气球 | 魔法弓 | …)
    folded = _fold(c.text)
    # (the patterns prefiltered, as the fields search them: asked of each line above a dated one)
    return not (_AUTHOR_ROLE.search(folded) or _SOURCE_LABEL.search(folded) or _EDITOR_LABEL.search(folded))


def _title_how(page: Page, title: str, headline: int) -> str:
    """Where the title came from, told cheaply from the title and the headline block."""
    in_head = title in (page.meta("title") or "") or title in (page.meta("og:title") or "")
    if 0 <= headline < len(page.blocks):
        b = page.blocks[headline]
        if b.heading and (b.text == title or _PRIVATE_USE.sub("", b.text).strip() == title):
            return f"h{b.heading} matching <title>" if in_head else f"h{b.heading}"
        return "line matching <title>" if in_head else "line above the meta line"
    return "<title>" if in_head else "given"
