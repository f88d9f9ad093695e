"""Where a text dump's article ends, and what each line after it is.

:mod:`cleaner.textdump` ends the body at the first end marker (相关阅读, 责任编辑：…, （完）,
上一篇) that no more of the article's prose follows (:func:`find_end`), at a stretch of link
labels (:func:`find_chrome_stretch`) or before a sparse tail (:func:`find_sparse_tail`), and
gives each line after the body its reason (:func:`tail_reason`): most of a dump is that tail,
short lines that recur (分享, 评论, a menu's labels), so the patterns asked of each line are
searched only where a match can start (:func:`cleaner.prefilter.prefiltered`), and the
patterns that match at a line's start only, only on a line opening with a character one of
them can open with. :func:`marked` tells a line with a mark of running prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import notices
from .blocks import SENTENCE_END, Block
from .body import MIN_PROSE_BEFORE_END
from .dumplines import BOILERPLATE, CHROME, PROSE_MARK, nav_like
from .notices import fold
from .patterns import DUMP_END, END_MARKERS, HOSTING_NOTICE, RECOMMEND_MARKERS
from .prefilter import opening_set, prefiltered
from .sift import LIST_ITEM_CHARS, leads_on
from .tails import hosting_notice

__all__ = ["CHROME", "CHROME_STRETCH", "FOOTER", "MIN_PROSE_LINE_CJK", "RESUME_LINES", "closing_lines",
           "find_chrome_stretch", "find_end", "find_sparse_tail", "is_end", "is_related_marker", "led_list", "list_end",
           "marked", "meta_again", "tail_reason"]

#: An end marker heads a list inside the article only when a finished paragraph follows
#: within this many lines.
RESUME_LINES = 12
#: This many link labels in a row (no punctuation, at most MAX_LINK_CJK CJK characters) end
#: the article (a link directory, a footer).
CHROME_STRETCH = 20
MAX_LINK_CJK = 12
#: The article ends before a tail of this many lines or more, no paragraph (MIN_PARAGRAPH_CJK
#: CJK characters) within SPARSE_GAP lines of CJK, less than SPARSE_TAIL_SHARE of the prose above.
SPARSE_TAIL_LINES = 6
SPARSE_GAP = 6
MIN_PARAGRAPH_CJK = 12
SPARSE_TAIL_SHARE = 0.25
#: ... and fewer than this share of its lines carry a mark of prose, and fewer than this many
#: paragraphs of MIN_WHOLE_CJK CJK characters or more closed by a sentence's end.
SPARSE_MARKED_SHARE = 0.3
SPARSE_TAIL_PARAGRAPHS = 5
MIN_WHOLE_CJK = 30
#: A line closing the article under its last paragraph holds this many CJK characters or more.
MIN_CLOSING_CJK = 5
_CLOSING_MARKS = frozenset("。！？!?")
_CLOSING_QUOTES = frozenset("”」』\"")
_LEAD_IN_MARKS = frozenset("：:")
MIN_CLOSING_CLAUSES = 2
#: A list the article leads into, down to its end marker: this many items at most, each
#: :data:`cleaner.sift.LIST_ITEM_CHARS` characters at most (as the HTML path's list items).
MAX_LED_ITEMS = 30
# The marks of a clause, one of which a sentence leading into a list holds.
_CLAUSE_MARK = re.compile("[，。；、,;]")
#: Notices between such a list and its end marker, at most.
MAX_LIST_NOTICES = 3
#: A meta line printed again under the article ends it when it holds this many characters
#: besides its date's (发布于, 来源：…, a place).
MIN_META_WORDS = 2
_DATE_CHARS = re.compile(r"[\d\s年月日时時分秒:：/.\-]+")
#: A line of prose (what ``is_prose`` tells, :func:`cleaner.dumpprose._is_prose`) holds at
#: least this many CJK characters: a line of fewer is none, told without the call.
MIN_PROSE_LINE_CJK = 10

_RELATED_HEADER = re.compile(r"^[【\[]?\s*(?:相关|延伸|推荐|热门|猜你|为你|为您|更多|精彩|往期|今日|热点)")
# A section label of related items with a topic word inside: 相关AI新闻推荐, 热门 iPhone 资讯.
# Or the list's own line of what the reader may like: 您可能感兴趣, 你可能还喜欢 (and in traditional script).
_RELATED_LABEL = re.compile(r"^[【\[]?\s*(?:(?:相关|延伸|热门|更多|精彩|往期)[\w\s]{1,8}(?:推荐|新闻|阅读|文章|资讯)"
                            r"|[您你]可能(?:还|也|還)?(?:会|會)?(?:感兴趣|感興趣|喜欢|喜歡)\S{0,6})\s*[】\]]?$")
_SHARE_HEADER = re.compile(r"^(?:分享|扫一扫|打印|关闭|返回|上一篇|下一篇)")
# The marks of :data:`cleaner.dumplines.PROSE_MARK`: the CJK ones, and all of them as a class.
_CJK_MARKS = "，。！？；、"
_MARK_CHARS = re.compile("[" + _CJK_MARKS + ",;!?]")
# Searched where a match can start: asked of most lines of a dump, chrome and footer words
# anywhere in a line cost the engine a try of each alternative at every character.
#: A copyright or registration line's words.
FOOTER = prefiltered(re.compile(r"版权所有|Copyright|ICP|备案号|公网安备|All Rights Reserved|©", re.I))
# A line of the tail that either says is boilerplate: both searched in one pass over the line
# (a line of keywords runs to tens of thousands of characters).
_NOTICE = prefiltered(re.compile(f"(?:{BOILERPLATE.pattern.pattern})|(?:{FOOTER.pattern.pattern})", re.I))
# The notice and the chrome (:data:`cleaner.dumplines.CHROME`) in one pass, on a line of
# ONE_PASS_CHARS or more: at each place the notice tried first, so a match of the chrome's at
# ``p`` leaves the notice only after ``p`` (the chrome's words hold no cased letter: ``re.I``
# changes none of its matches). On a short line the one pattern's tries cost more than the
# second scan.
ONE_PASS_CHARS = 1000
# The notice's and the chrome's searches written out for a line of the tail (most of a dump's
# lines: a match at the start asked where the line opens with a character one can open with,
# one after it where a place is found, with no frame of ``Prefiltered.search`` a line); None
# where the places cannot be told (:attr:`cleaner.prefilter.Prefiltered.places`).
_NOTICE_OPENS, _NOTICE_PLACES = _NOTICE.opens, _NOTICE.places if _NOTICE.opens is not None else None
_CHROME_OPENS, _CHROME_PLACES = CHROME.opens, CHROME.places if CHROME.opens is not None else None
# Where either may match after a line's first character: one scan for both (most lines of a tail
# hold no place of either), each then searched from the first place found (neither has one before it).
_EITHER_PLACES = None if _NOTICE_PLACES is None or _CHROME_PLACES is None \
    else re.compile(f"{_NOTICE_PLACES.pattern}|{_CHROME_PLACES.pattern}", _NOTICE_PLACES.flags | _CHROME_PLACES.flags)
_NOTICE_OR_CHROME = prefiltered(re.compile(f"(?P<notice>{_NOTICE.pattern.pattern})|(?:{CHROME.pattern.pattern})", re.I))


def _opens(*patterns: re.Pattern[str]) -> frozenset[str] | None:
    """What a match of one of ``patterns`` at a line's start opens with, before the line is
    folded (:func:`cleaner.notices.fold`); None when a set cannot hold it."""
    sets = [opening_set(pattern) for pattern in patterns]
    return None if None in sets else notices.folding_to(frozenset().union(*sets))  # type: ignore[arg-type]


#: A marker's words spaced out or set apart by dots (热 点 推 荐, 延伸 · 推荐, ·最新评论·) are the
#: marker on a line of at most this many characters.
MAX_SPACED_MARKER = 20
# What sets a marker's words apart (a list's dot between them or around them, spaces).
_SPACERS = "·•・"
_SPACING = re.compile(f"[\\s{_SPACERS}|｜]+")
# What an end (:func:`is_end`: its three patterns match at a line's start only) opens with,
# and what a closing line (:data:`cleaner.patterns.DUMP_END`) opens with once folded; a spaced
# marker may open with a dot. With what a hosting platform's notice opens with
# (:data:`cleaner.patterns.HOSTING_NOTICE`: a quotation mark, 本, 以…), asked of fewer lines.
_MARKER_OPENS = _opens(END_MARKERS, DUMP_END, _RELATED_LABEL)
_MARKER_OPENS = None if _MARKER_OPENS is None else _MARKER_OPENS | frozenset(_SPACERS)
_HOSTING_OPENS = _opens(HOSTING_NOTICE)
_END_OPENS = None if _MARKER_OPENS is None or _HOSTING_OPENS is None else _MARKER_OPENS | _HOSTING_OPENS
_CLOSING_OPENS = opening_set(DUMP_END)
# What a label of related items opens with (most lines of a tail: no regex call).
_RELATED_OPENS = opening_set(_RELATED_HEADER)
# What a share bar's label opens with (a set, as above).
_SHARE_OPENS = opening_set(_SHARE_HEADER)


def is_end(block: Block, folds: bool = True) -> bool:
    """An end marker, a closing line (责任编辑：…, （完）), a hosting platform's notice or a label
    of related items; ``folds``: False when the line holds no character :func:`fold` changes."""
    text = block.text
    if _MARKER_OPENS is not None and text[:1] not in _MARKER_OPENS:
        # (most lines: no fold and no regex call; a notice's line holds one of its words)
        return (_HOSTING_OPENS is None or text[:1] in _HOSTING_OPENS) \
            and ("信息" in text or "讯" in text or "訊" in text or "nformation" in text) \
            and hosting_notice(fold(text) if folds else text)
    text = fold(text) if folds else text
    if len(text) < 120 and (END_MARKERS.match(text) or DUMP_END.match(text) or _RELATED_LABEL.match(text)) \
            or hosting_notice(text):
        return True
    if len(text) > MAX_SPACED_MARKER:
        return False
    squeezed = _SPACING.sub("", text)   # (a spaced marker: its words run together)
    return squeezed != text and bool(END_MARKERS.match(squeezed) or _RELATED_LABEL.match(squeezed))


def is_related_marker(block: Block, folds: bool = True) -> bool:
    """An end marker that heads other articles (相关新闻：, 延伸阅读：…, 推薦閱讀), not a closing line
    or a share bar's (``folds``: :func:`is_end`'s)."""
    return (_END_OPENS is None or block.text[:1] in _END_OPENS) and is_end(block, folds) \
        and _marker_reason(block.text, folds) == "recommendation"


def find_end(blocks: tuple[Block, ...], start: int,
             is_prose: Callable[[Block], bool], folds: bool = True) -> tuple[int, tuple[str, str] | None]:
    """The first end marker after enough prose, and the reason to give it. A marker that a
    finished paragraph follows closely, with more finished prose after it than came before,
    heads a list inside the article (延伸阅读 above the text), as in the HTML path: the article
    does not end there. ``is_prose`` says no of a line of fewer than :data:`MIN_PROSE_LINE_CJK`
    CJK characters (as :func:`cleaner.dumpprose._is_prose` does). ``folds``: :func:`is_end`'s."""
    n = len(blocks)
    # (Per line, the tests ``is_end`` and ``is_prose`` open with, written out: most lines open
    # with no marker's character, and hold too few CJK characters for prose, without a call.
    # The finished paragraphs below a line are asked only of a marker's line: most pages have
    # one or none, where each line's prose below was summed for all. A marker with no finished
    # paragraph in the RESUME_LINES below it ends the article whatever the prose below: those
    # lines are told first, and the lines further down (most of a dump: its tail) only when
    # one is. A marker's sum goes down only until it tells whether the prose below outweighs that
    # above (:func:`_weigh_below`), each later marker's takes off that of the lines since the last
    # and goes on from there: a page of many markers, each summing all the lines below it, cost
    # their product, and the marker that ends the article summed all its tail. Every line read
    # of ``finished`` lies below a marker asked, so it begins below the first: the body above it,
    # most of the lines a page asks, is not told again.)
    prose, opens = 0, _END_OPENS
    finished: list[bool] = []   # from line ``origin`` on, as far as a marker has asked
    origin = -1                 # the line below the first marker asked
    below = asked = -1          # the finished prose below line ``asked``, a marker's, down to line ``summed``
    summed = rest = 0           # (``rest``: what the lines from ``summed`` on may add, :func:`_weigh_below`)
    for i in range(start, n):
        b = blocks[i]
        if prose >= MIN_PROSE_BEFORE_END and (opens is None or b.text[:1] in opens) and is_end(b, folds):
            if origin < 0:
                origin = i + 1
            k = i + 1 - origin
            _finish(finished, blocks, origin, k + RESUME_LINES, is_prose)
            if any(finished[k:k + RESUME_LINES]):
                if asked < 0:
                    below, summed, rest = 0, i + 1, _may_finish(blocks[i + 1:])
                elif summed > i:
                    below -= sum(c.cjk for c, f in zip(blocks[asked + 1:i + 1], finished[asked + 1 - origin:k]) if f)
                else:
                    below, summed, rest = 0, i + 1, rest - _may_finish(blocks[summed:i + 1])
                asked = i
                below, summed, rest = _weigh_below(finished, blocks, origin, (below, summed, rest), prose, is_prose)
            if asked != i or below <= prose:
                return i, (_marker_reason(b.text, folds), f"end-of-article marker {b.text[:12]!r}")
        if b.cjk >= MIN_PROSE_LINE_CJK and is_prose(b):
            prose += b.cjk
    return n, None


def _weigh_below(finished: list[bool], blocks: tuple[Block, ...], origin: int, weighed: tuple[int, int, int],
                 prose: int, is_prose: Callable[[Block], bool]) -> tuple[int, int, int]:
    """The finished prose below a marker (``below``, of the lines down to line ``summed``) summed
    on only until it says whether all of it outweighs ``prose``: until it does, or until the lines
    left could not make it (``rest``: their CJK characters where they may be finished paragraphs,
    ``is_prose`` aside). Past the marker that ends the article is the dump's tail, whose lines no
    other test asks ``is_prose`` of. ``finished``: :func:`_finish`'s, from line ``origin`` on.
    ``weighed``: ``below``, ``summed`` and ``rest``; the same, after."""
    below, at, rest = weighed
    ends = SENTENCE_END
    while below <= prose < below + rest:   # (a line left may add while this holds: ``at`` < len(blocks))
        line = blocks[at]
        if line.cjk >= MIN_PROSE_LINE_CJK and line.text.rstrip()[-1:] in ends:
            rest -= line.cjk
            _finish(finished, blocks, origin, at + 1 - origin, is_prose)
            if finished[at - origin]:
                below += line.cjk
        at += 1
    return below, at, rest


def _may_finish(lines: tuple[Block, ...]) -> int:
    """The CJK characters of ``lines`` that may be finished paragraphs, as :func:`_finish` tells them
    without ``is_prose``: at least those of the finished prose among them."""
    ends = SENTENCE_END
    return sum(line.cjk for line in lines if line.cjk >= MIN_PROSE_LINE_CJK and line.text.rstrip()[-1:] in ends)


def _finish(finished: list[bool], blocks: tuple[Block, ...], origin: int, upto: int,
            is_prose: Callable[[Block], bool]) -> None:
    """``finished`` (whether each line from ``origin`` on is a finished paragraph of prose)
    told as far as ``upto`` lines from ``origin``, where the page has them."""
    have = len(finished)
    if have < upto:
        ends = SENTENCE_END   # (closes_sentence written out: no call a line)
        finished.extend([line.cjk >= MIN_PROSE_LINE_CJK and line.text.rstrip()[-1:] in ends and is_prose(line)
                         for line in blocks[origin + have:origin + upto]])


def marked(block: Block) -> bool:
    """Whether a line holds a mark of running prose (:data:`cleaner.dumplines.PROSE_MARK`): never
    one without a punctuation mark (``punct`` counts every mark it knows), as most lines of a
    dump are, which are not searched). The marks are found by a class, which sre scans for in
    C, where the pattern's alternation is tried at every character; an ASCII one counts
    unless a digit follows it (``isdecimal`` tells what ``\\d`` does)."""
    if block.punct <= 0:
        return False
    text = block.text
    if "，" in text or "。" in text:
        return True   # (a CJK mark anywhere is one: most lines of prose told by ``in``, no regex call)
    found = _MARK_CHARS.search(text)
    while found is not None:
        at = found.end()
        if found.group() in _CJK_MARKS or not text[at:at + 1].isdecimal():
            return True
        found = _MARK_CHARS.search(text, at)
    return False


def find_chrome_stretch(blocks: tuple[Block, ...], first: int, end: int) -> int:
    """Where the article has ended because :data:`CHROME_STRETCH` lines in a row are link
    labels (a site's link directory, a footer: short, no punctuation): the line after the last
    line that is not one; ``end`` when no such stretch follows the body's first paragraph.
    Lines without a CJK character (a code block and its line numbers in a technical post) are
    no link labels of a Chinese page: they neither count nor break the count."""
    last, labels = first, 0
    for i in range(first, end):
        b = blocks[i]
        if b.punct or b.cjk > MAX_LINK_CJK:
            last, labels = i, 0
        elif b.cjk:
            labels += 1
            if labels >= CHROME_STRETCH:
                return last + 1
    return end


def find_sparse_tail(blocks: tuple[Block, ...], first: int, end: int,
                     is_prose: Callable[[Block], bool]) -> int:
    """Where the article ends before a tail of sidebars, link lists and about boxes: after the
    first paragraph that no paragraph follows within :data:`SPARSE_GAP` lines holding a CJK
    character and after which :data:`SPARSE_TAIL_LINES` lines or more hold less than
    :data:`SPARSE_TAIL_SHARE` of the paragraphs' prose above (``end`` when there is none)."""
    # A paragraph: finished, or hard-wrapped (a line of a fixed-width page, commas inside).
    # (closes_sentence and marked's first tests written out below: no call a line.)
    ends = SENTENCE_END
    para = [b.cjk if b.cjk >= MIN_PARAGRAPH_CJK and is_prose(b) and (
        b.text.rstrip()[-1:] in ends or len(PROSE_MARK.findall(b.text)) >= 2) else 0 for b in blocks[first:end]]
    with_marks = [0] * (len(para) + 1)   # lines with a mark of prose from each line on
    for k in range(len(para) - 1, -1, -1):
        b = blocks[first + k]
        with_marks[k] = with_marks[k + 1] + (b.punct > 0 and ("，" in (text := b.text) or "。" in text or marked(b)))
    # The gap to the next paragraph counts the lines holding a CJK character only: a block of
    # code (its line numbers, its lines of identifiers) between two paragraphs is no tail.
    gap = [SPARSE_GAP] * len(para)   # from each line, the CJK lines before the next paragraph, up to SPARSE_GAP
    ahead = SPARSE_GAP
    for k in range(len(para) - 1, -1, -1):
        gap[k] = ahead
        ahead = 0 if para[k] else min(SPARSE_GAP, ahead + (blocks[first + k].cjk > 0))
    total, before = sum(para), 0
    for k, w in enumerate(para):
        before += w
        cut = first + k + 1
        # The tail: long, no paragraph soon, little prose, and few lines with a mark of prose
        # (a list of items closing the article has one on every line); and fewer than
        # SPARSE_TAIL_PARAGRAPHS long finished paragraphs (a long post's next sections, after a
        # table or a block of code: a sidebar's blurbs are cut short, its comments short).
        if w and before >= MIN_PROSE_BEFORE_END and end - cut >= SPARSE_TAIL_LINES \
                and gap[k] >= SPARSE_GAP and total - before < SPARSE_TAIL_SHARE * before \
                and with_marks[k + 1] < SPARSE_MARKED_SHARE * (end - cut) \
                and _whole_paragraphs(blocks, para, first, k + 1) < SPARSE_TAIL_PARAGRAPHS:
            return cut
    return end


def _whole_paragraphs(blocks: tuple[Block, ...], para: list[int], first: int, start: int) -> int:
    """How many of the paragraphs (``para``: their CJK characters, 0 for any other line, from
    ``first`` on) from the ``start``-th on hold :data:`MIN_WHOLE_CJK` CJK characters or more and
    end on a sentence's end (counted only where a tail is otherwise found: a page or two)."""
    return sum(1 for k in range(start, len(para))
               if para[k] >= MIN_WHOLE_CJK and blocks[first + k].text.rstrip()[-1:] in _CLOSING_MARKS)


def meta_again(blocks: tuple[Block, ...], meta_line: int, first: int, end: int, stamps: tuple[int, ...]) -> int:
    """Where the article has ended because the meta line is printed again under it, as a post's
    footer repeats it above the likes, tags and comments (发布于 2023-06-26 15:25・IP 属地广东):
    the line, after the first paragraph (``first``) and :data:`MIN_PROSE_BEFORE_END` CJK
    characters of the body; ``end`` when there is none. Such a line is a stamp, a date and a
    time of day (``stamps``: the dump's, :func:`cleaner.dumpbody.stamp_lines`), and only the
    stamps are read; a meta line that is a bare date and time (a day's heading, which a page of
    dated sections prints again) says nothing of the kind."""
    if meta_line not in stamps or first >= end:
        return end
    text = blocks[meta_line].text
    if len(_DATE_CHARS.sub("", text)) < MIN_META_WORDS:
        return end
    at = next((i for i in stamps if max(first, meta_line) < i < end and blocks[i].text == text), end)
    return at if at < end and sum(b.cjk for b in blocks[first:at]) >= MIN_PROSE_BEFORE_END else end


def closing_lines(blocks: tuple[Block, ...], cut: int, end: int) -> int:
    """``cut`` moved past the lines right under the article's last paragraph that close it as
    sentences do, too short to be paragraphs (你会坚持下去的，对吧！), a line announcing the next
    (还是那句话：) among them: each holds :data:`MIN_CLOSING_CJK` CJK characters or more and ends
    on a full stop, a question or an exclamation mark (a closing quotation mark after it), where
    a teaser of another article is cut short (…) and a label has no mark. Under a last
    paragraph that ends on no mark (an article whose paragraphs close none), a line of clauses
    (:data:`MIN_CLOSING_CLAUSES` CJK commas, :data:`MIN_PARAGRAPH_CJK` CJK characters) is one too."""
    unclosed = cut > 0 and blocks[cut - 1].text.rstrip()[-1:] not in SENTENCE_END
    at = cut
    while at < end:
        b = blocks[at]
        text = b.text.rstrip()
        last = text[-2:-1] if text[-1:] in _CLOSING_QUOTES else text[-1:]
        if not (b.cjk >= MIN_CLOSING_CJK and (last in _CLOSING_MARKS or last in _LEAD_IN_MARKS and at + 1 < end)
                or unclosed and b.cjk >= MIN_PARAGRAPH_CJK and text.count("，") >= MIN_CLOSING_CLAUSES):
            break
        at += 1
        if last not in _LEAD_IN_MARKS:
            cut = at
    return cut


def led_list(blocks: tuple[Block, ...], first: int, end: int, folds: bool = True) -> tuple[int, int]:
    """A list the article leads into right above ``end`` (where the article ends: an end
    marker's line), a notice or two between them aside: the line leading into it and the line
    after its last item; ``(-1, end)`` when there is none. The list: at most
    :data:`MAX_LED_ITEMS` short lines (a name, a step, a table's cell, at most
    :data:`LIST_ITEM_CHARS` characters, no label's colon, row of links, share bar or notice),
    under a sentence of the article ending on a colon (…，步骤如下：). A sparse tail or a
    stretch of labels under the last paragraph is the article's then, down to the list's last
    item, and no notice or label at its end. ``folds``: :func:`is_end`'s."""
    reach = max(first, end - MAX_LED_ITEMS - MAX_LIST_NOTICES - 1)
    if not any([b.text[-1:] in _LEAD_IN_MARKS for b in blocks[reach:end]]):
        return -1, end   # (no line ending on a colon near: most pages, told without a pattern)
    stop = end
    while stop - 1 > first and end - stop < MAX_LIST_NOTICES and _is_notice_line(blocks[stop - 1].text, folds):
        stop -= 1
    lead = _lead(blocks, first, stop, folds)
    return (lead, stop) if lead >= 0 else (-1, end)


def list_end(blocks: tuple[Block, ...], first: int, end: int, folds: bool = True
             ) -> tuple[int, int, tuple[str, str] | None]:
    """Where an article that no end marker was found to end (too little prose above its
    marker: an opening and a list) ends all the same: under a list the article leads into
    (:func:`led_list`) that an end marker follows, a notice or two between them aside. The line
    leading into the list, the line after its last item and the reason that line goes;
    ``(-1, end, None)`` when there is none."""
    for at in range(first, end):
        if blocks[at].text[-1:] in _LEAD_IN_MARKS and _leads_in(blocks[at]):
            stop = at + 1
            while stop < end and stop - at <= MAX_LED_ITEMS and _list_item(blocks[stop].text, folds):
                stop += 1
            if not at + 1 < stop <= at + MAX_LED_ITEMS + 1:
                continue
            for marker in range(stop, min(end, stop + MAX_LIST_NOTICES + 1)):
                text = blocks[marker].text
                if is_end(blocks[marker], folds):
                    return at, stop, ((_marker_reason(text, folds), f"end-of-article marker {text[:12]!r}")
                                      if marker == stop else ("boilerplate", "notice under the article"))
                if not _is_notice_line(text, folds):
                    break
    return -1, end, None


def _lead(blocks: tuple[Block, ...], first: int, stop: int, folds: bool = True) -> int:
    """The line leading into the list of items right above ``stop`` (-1: none)."""
    at = stop - 1
    while at > first and stop - at <= MAX_LED_ITEMS + 1 and _list_item(blocks[at].text, folds):
        at -= 1
    return at if 0 < stop - 1 - at <= MAX_LED_ITEMS and _leads_in(blocks[at]) else -1


def _leads_in(block: Block) -> bool:
    """A sentence of the article leading into a list: prose (:data:`MIN_PROSE_LINE_CJK` CJK
    characters, a clause's mark) ending on a colon (步骤如下：), not a label's colon alone
    (关键词：, 点击进入专题：, which head chrome)."""
    return leads_on(block.text) and block.cjk >= MIN_PROSE_LINE_CJK and _CLAUSE_MARK.search(block.text) is not None


def _list_item(text: str, folds: bool = True) -> bool:
    text = text.strip()
    return 0 < len(text) <= LIST_ITEM_CHARS and "：" not in text \
        and "|" not in text and "｜" not in text and not CHROME.search(text) and not FOOTER.search(text) \
        and not _is_notice_line(text, folds)


def _is_notice_line(text: str, folds: bool = True) -> bool:
    folded = fold(text) if folds else text
    return bool(BOILERPLATE.search(folded)) or hosting_notice(folded)


def _marker_reason(text: str, folds: bool = True) -> str:
    text = fold(text) if folds else text
    if _RELATED_HEADER.match(text) or RECOMMEND_MARKERS.search(text.lower()) or _RELATED_LABEL.match(text):
        return "recommendation"
    if _SHARE_HEADER.match(text):
        return "chrome"
    return "boilerplate"


def tail_reason(block: Block, folded: str | None = None) -> str:
    """Why a line after the article's end goes: recommendation, boilerplate or chrome.
    ``folded``: the line's text already :func:`fold`-ed (its own, on a page holding nothing to fold)."""
    text = fold(block.text) if folded is None else folded
    # The first character, for the sets and the two searches: one string made and hashed for
    # all (a slice of CJK is a new string each time, ~1 k instructions a test).
    head = text[:1]
    if len(text) < 12 and (_RELATED_OPENS is None or head in _RELATED_OPENS) and _RELATED_HEADER.match(text):
        return "recommendation"
    if len(text) >= ONE_PASS_CHARS:
        return _long_line_reason(block, text, head)
    # (Every alternative of DUMP_END opens with ^: its match is its search's.)
    if _EITHER_PLACES is None:
        if _NOTICE.search(text, head) or (_CLOSING_OPENS is None or head in _CLOSING_OPENS) and DUMP_END.match(text):
            return "boilerplate"
        return "chrome" if block.cjk < 6 or CHROME.search(text, head) or nav_like(text) \
            or (_SHARE_OPENS is None or head in _SHARE_OPENS) and _SHARE_HEADER.match(text) else "recommendation"
    place = _EITHER_PLACES.search(text, 1)
    at = 0 if place is None else place.start()
    if head in _NOTICE_OPENS and _NOTICE.pattern.match(text) or at and _NOTICE.search_after(text, at) \
            or (_CLOSING_OPENS is None or head in _CLOSING_OPENS) and DUMP_END.match(text):
        return "boilerplate"
    # A line of few CJK characters is chrome whatever it says.
    if block.cjk < 6 or head in _CHROME_OPENS and CHROME.pattern.match(text) or at and CHROME.search_after(text, at) \
            or nav_like(text) \
            or (_SHARE_OPENS is None or head in _SHARE_OPENS) and _SHARE_HEADER.match(text):
        return "chrome"
    return "recommendation"


def _long_line_reason(block: Block, text: str, head: str) -> str:
    """:func:`tail_reason` of a line of :data:`ONE_PASS_CHARS` or more (a line of keywords runs
    to a hundred thousand characters), ``text`` folded: the notice and the chrome searched in
    one pass. A match of the chrome's is the line's answer unless the notice matches after it
    (at the chrome's place the notice was tried first) or a closing line's words open it."""
    found = _NOTICE_OR_CHROME.search(text, head)
    chrome = found is not None and found.start("notice") < 0
    if chrome:
        found = _NOTICE.search_after(text, found.start() + 1)   # type: ignore[union-attr]
    if found or (_CLOSING_OPENS is None or head in _CLOSING_OPENS) and DUMP_END.match(text):
        return "boilerplate"
    if chrome or block.cjk < 6 or nav_like(text) \
            or (_SHARE_OPENS is None or head in _SHARE_OPENS) and _SHARE_HEADER.match(text):
        return "chrome"
    return "recommendation"
