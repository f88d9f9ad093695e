"""Plain-text page dumps: the lines of the page (:func:`parse`) and the article's lines (:func:`select`).

A dump is what a browser's copy-all, a text-mode browser or a careless scraper leaves of a page:
every visible line, chrome included, and no markup. It is read the way the HTML path reads a
page, body first, and not by the order its lines usually come in::

    chrome          tool links, navigation, a breadcrumb, a cookie or upgrade-your-browser notice
    headline        (a subtitle may follow)
    meta line       2025-08-26 03:43:50 来源:上下同欲网  (date, 来源, author)
    the gap         a share bar, a byline, 原标题：…, an unrelated headline placed there
    body            paragraphs and short subheads
    end marker      希望以上内容对您有帮助 / 阅读全文 / 责任编辑：… / 声明：… / （完）
    notices         来源于：…, #话题#, open-the-app calls, link rows, repost notices
    the rest        相关推荐, other headlines and truncated summaries, comment threads, footer

:func:`parse` cuts the dump into lines (a wide gap, a text-mode browser's table column, cuts a
line too) and finds, in this order:

1. the body's run: the maximum-sum run of line weights (:func:`cleaner.body.weight`, with lines
   that carry no mark of running prose and list items against, and comment threads — runs of
   dated posts — against from their second post on); a run above it with a fair share of its
   weight wins, as articles come before the feeds and threads below them;
2. the headline, as the line the body and the meta line agree on: headline-like, sharing its
   vocabulary with the prose below it, a date (and 来源/作者 words) under it, a copy of it in
   the ``<title>`` line a scraper prints first, close to the prose (:func:`cleaner.dumphead.find_head`);
3. the meta line (the first dated line between them) and a subtitle.

It marks the headline (``heading=1``, tag ``h1``), the subtitle (``heading=2``, tag ``h2``) and
the meta line (tag ``meta``), so that ``meta.find_title`` and ``meta.find_meta`` read them like
the headings of an HTML page.

:func:`select` drops everything above the body (metadata or chrome); in the gap, share bars,
bylines, a post's date and time, labelled lines and off-topic headlines (a list's items judged as
the headlines they hold); and ends the body at the first end marker that no more of the
article's prose follows, at a comment thread, at a stretch of link labels, or at the
recommendation blurbs. Subheads inside the body stay, a list of other articles under a marker
inside it does not; :mod:`cleaner.notices` and :mod:`cleaner.sift` take the notices off its
ends. Marker words are matched in simplified form (來源, 延伸閱讀 count too).
When no headline or meta line can be found, the generic cascade of
:func:`cleaner.body.select` (best run of lines) is used. It decides on the lines without the
headline's pieces that follow a mark of punctuation, so that headline-fragment spam stuffed
into the body does not move these boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import compress
from operator import attrgetter, is_not

from . import notices, posts, sift
from .notices import fold
from .article import Removal
from .blocks import (JOINER, SENTENCE_END, Block, Page, cjk_bigrams, cjk_count, holding_codec, line_blocks, line_counts_holding,
                     normalize_lines)
from .body import LABEL_PENALTY, Selection, blank_removal, removal as _removal, select as _select_generic, weight
from .containers import best_runs
from .digests import trailing_digest
from .dumpbody import (entry_end, is_stamp, numbered_steps, opening_steps, stamp_lines, steps_headline,
                       stray_opening, thread_start, threads)
from .dumphead import HEADLINE_REACH, article_piece, find_head
from .dumpjoin import unbroken
from .dumpmarks import looks_wrapped, unmarked, unwrapped
from .dumplines import (BOILERPLATE, BULLET as _BULLET, MAX_HEADLINE_CHARS, MIN_PROSE_CJK,
                        NO_BULLET_FROM as _NO_BULLET_FROM, NO_BULLET_TO as _NO_BULLET_TO,
                        PROSE_MARK as _PROSE_MARK, TOP_LINES, finished as _finished,
                        headline_like as _headline_like, is_meta as _is_meta, meta_below, nav_like as _nav_like,
                        squash as _squash, top_lines)
from .dumpprose import (MIN_BLURB_CJK, MIN_CLAUSES, MIN_TEASERS, UNCUT_ENDS, _footer_memo, _is_label, _is_prose, _is_title,
                        _item, _no_article, _prose_memo, _truncated, answers_reach, question_above, related_list)
from .dumpspam import retext as _retext, unstuffed as _unstuffed
from .dumpvocab import Vocabulary as _Vocabulary, on_topic as _on_topic, related as _related
from .dumptail import (CHROME as _DUMP_CHROME, CHROME_STRETCH, closing_lines as _closing_lines,
                       find_chrome_stretch as _find_chrome_stretch,
                       find_end as _find_end, find_sparse_tail as _find_sparse_tail, led_list as _led_list,
                       list_end as _list_end, marked as _marked, meta_again as _meta_again,
                       MIN_PROSE_LINE_CJK, tail_reason as _tail_reason)
from .kinds import furniture
from .patterns import (DATELINE_IN_LINE, DUMP_BYLINE, DUMP_END, DUMP_HEADLINE_BADGE,
                       DUMP_HEADLINE_LABEL, END_MARKERS)
from .prefilter import opening_set
from .tails import hosting_notice

__all__ = ["parse", "select"]

#: What a line that is no prose weighs against the body's run, at most.
LABEL_CHARS = 20
#: A run of prose above the best one is the article when it weighs this share of the best
#: one, and at least MIN_RUN_WEIGHT.
EARLIER_RUN_SHARE = 0.3
MIN_RUN_WEIGHT = 100.0
#: A line of clauses this many lines above the body's first paragraph or closer may be its opening, cut off.
OPENING_REACH = 2
#: A long line of prose holds a mark of punctuation at least every this many CJK characters.
CJK_PER_MARK = 60

# The same at the end of a line, after something that is no part of the date (楼主 after it: a thread's post).
_TRAILING_STAMP = re.compile(r"\s*(?<![\d/.:-])(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                             r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*楼主)?\s*$")
# A posting verb right before a date (发布于, 发表于): the date a meta line gives.
_POSTED_AT = re.compile(r"(?:发布|发表|發佈|發表)于?\s*[:：]?\s*$")
# A gap between two columns of a table, as a text-mode browser lays it out: each cell is a
# line of its own (a menu cell beside the headline is no part of it). Made line breaks by
# :func:`_column_cells`, which tells the lines apart as this pattern would.
_COLUMN_GAP = re.compile(r"[ \xa0]{4,}")
# The page's <title> a scraper prints at the top of its dump, when it holds the page's summary:
# the summary cut off, then the site's name (… 确实很长，在上一篇... - 某站).
_CUT_TITLE = re.compile(r"(?:\.{2,}|…+)\s*[-|｜_–—]\s*\S{1,20}\s*$")
# An item's date in brackets: a line holding MIN_TEASERS of them is a list of headlines run
# together (标题甲 (2010-07-20) 标题乙 (07/12/2010) …), no paragraph. Without a headline, an
# item's time in brackets after its date counts too (标题丙 2014-12-17 (16:56) …).
_ITEM_DATE = re.compile(r"[(（\[](?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[)）\]]")
_ITEM_TIME = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2} ?[(（]\d{1,2}:\d\d[)）]")
# What a closing line (DUMP_END, ^ only) opens with: a line folded (once, for BOILERPLATE
# too) opening with none is none, unmatched.
_CLOSING_OPENS = opening_set(DUMP_END)
# The same for a byline and an end marker (^ only), and what every match of DATELINE_IN_LINE
# holds, which no character folds to (a line above the body without it is no dateline).
_BYLINE_OPENS, _MARKER_OPENS, _AGENCY = opening_set(DUMP_BYLINE), opening_set(END_MARKERS), "社"
# How a line of clauses ends that leads on to the next: an ellipsis, a colon.
_LEADS_ON = frozenset("…:：")
# The marks a clause ends on inside a sentence, which no headline ends on.
_CLAUSE_ENDS = frozenset("，、")
# The fields :func:`_select` reads of every line after the article's.
_TEXT, _POSITION = attrgetter("text"), attrgetter("position")
# The weight of a line that is no prose, by its length up to LABEL_CHARS: -float(min(length, LABEL_CHARS)).
_LABEL_WEIGHTS = tuple(-float(length) for length in range(LABEL_CHARS + 1))
# The lines' marks counted by this codec tell whether they hold a character fold changes.
_FOLDS_CODEC = holding_codec(notices.FOLDED_CHARS)


def parse(text: str) -> Page:
    """Cut a text dump into one block per non-empty line and mark its headline and meta line.

    >>> page = parse("首页 新闻 体育\\n\\n市图书馆推出夜间阅读服务\\n2025-05-20 20:10 来源：某网\\n"
    ...              "从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上10点。\\n")
    >>> [(b.tag, b.heading) for b in page.blocks]
    [('line', 0), ('h1', 1), ('meta', 0), ('line', 0)]
    """
    lines, colons, (cjk, punct, folds, chars) = _lines(text)
    blocks = line_blocks(lines, cjk, punct)
    marked: list[int] = []   # (the lines that may open the body: those the weights tell marked, no pass of their own)
    weights = _core_weights(blocks, marked)
    body = _body_lines(lines, cjk, folds, marked)
    stamps = tuple([i for i in colons if is_stamp(lines[i])])   # (stamp_lines's: a stamp holds a colon)
    pieces: list[int] = []
    run = _body_run(weights, body, stamps, lines, cjk)
    stepped, opened = opening_steps(lines, cjk, body, run)   # (numbered steps over it open it, none the headline)
    head = find_head(lines, blocks, stepped, opened, pieces)
    if opened != run and (named := steps_headline(lines, cjk, opened[0], head[0])) != head[0]:
        pieces.clear()   # (the article's name above: a section's heading named after it, or none found)
        head = (named, -1, head[2]) if named >= 0 else find_head(lines, blocks, body, run, pieces)
    headline, subtitle, meta_line = head
    # (Each made again by Block.measured, its fields given: dataclasses.replace looks them up and
    # calls the frozen __init__, ~33 k instructions a block.)
    for i, tag, heading in ((headline, "h1", 1), (subtitle, "h2", 2), (meta_line, "meta", 0)):
        if i >= 0:
            b = blocks[i]
            blocks[i] = Block.measured(b.text, b.position, tag, b.path, b.link_chars, b.markers, heading,
                                       b.cjk, b.punct)
    counted = (chars, sum(cjk))  # Page.counted: the blocks' texts are the lines
    if pieces:   # a headline printed in pieces: its last line holds it whole (those above it stay, as chrome)
        cut = blocks[headline]
        blocks[headline] = whole = replace(cut, text=_joined([lines[k] for k in pieces] + [cut.text]), cjk=-1, punct=-1)
        counted = (counted[0] + len(whole.text) - len(cut.text), counted[1] + whole.cjk - cut.cjk)
        stamps = _restamped(stamps, [whole])
    if headline >= 0:
        # A badge run into the headline (原创, 独家) is no part of it, nor a form's label (名稱：).
        badge = DUMP_HEADLINE_BADGE.match(blocks[headline].text) or DUMP_HEADLINE_LABEL.match(blocks[headline].text)
        if badge and _headline_like((cut := blocks[headline]).text[badge.end():]):
            blocks[headline] = replace(cut, text=cut.text[badge.end():], cjk=-1, punct=-1)
            counted = (counted[0] - badge.end(), counted[1] - cut.cjk + blocks[headline].cjk)
            stamps = _restamped(stamps, [blocks[headline]])
    return Page(blocks=tuple(blocks), kind="text", stamps=stamps, counted=counted, folds=folds)


def _joined(pieces: list[str]) -> str:
    """The pieces of a line printed one a line, joined: by a space only between two Latin letters
    or digits (OVERLORD / 第12卷 join without one)."""
    text = pieces[0].strip()
    for piece in pieces[1:]:
        piece = piece.strip()
        text += (" " if text[-1:].isascii() and text[-1:].isalnum() and piece[:1].isascii() and piece[:1].isalnum()
                 else "") + piece
    return text


def _restamped(stamps: tuple[int, ...], changed: list[Block]) -> tuple[int, ...]:
    """``stamps`` (the lines' indices) with the lines of ``changed`` (texts changed) read again."""
    again = {b.position for b in changed}
    return tuple(sorted([i for i in stamps if i not in again]
                        + [b.position for b in changed if is_stamp(b.text)]))


def _lines(text: str) -> tuple[list[str], list[int], tuple[list[int], list[int], bool, int]]:
    """The dump's lines: a flattener's marks taken out, the paragraphs it wrapped at one width joined
    again (:mod:`cleaner.dumpmarks`), a sentence broken at its figures one line (:mod:`cleaner.dumpjoin`), every column gap a line break
    (:func:`_column_cells`), the blank lines left out, a headline with its date and time run into it cut in two (:func:`_split_stamp`);
    the lines holding a colon (a clock's), which alone can end with a run-in date and time or be
    a stamp; and the lines' counts (CJK characters, marks), whether they hold a character that
    ``fold`` changes (most pages hold none, and their lines are not scanned for one) and their
    characters all together. Counts and colons come from one join of the lines
    (``blocks.line_counts_holding``: the colons among the marks' bytes), and the characters from
    its length, less its joiners (``sum(map(len, lines))`` cost ~240 instructions a line); the
    lines with a colon are cut from the last up, so that a line cut in two leaves the places of
    those above it, and the few pages with a line cut are counted again."""
    plain = unmarked(text)
    lines = normalize_lines(_column_cells(plain))
    joined = JOINER.join(lines)
    cjk, punct, folds, colons = line_counts_holding(lines, _FOLDS_CODEC, joined=joined)
    if looks_wrapped(lines, cjk, punct) and (rejoined := unwrapped(plain)) is not plain:
        lines = normalize_lines(_column_cells(rejoined))   # (its paragraphs joined: counted again)
        joined = JOINER.join(lines)
        cjk, punct, folds, colons = line_counts_holding(lines, _FOLDS_CODEC, joined=joined)
    if (whole := unbroken(lines, joined)) is not None:   # (a sentence broken at its figures: counted again)
        lines, joined = whole, JOINER.join(whole)
        cjk, punct, folds, colons = line_counts_holding(lines, _FOLDS_CODEC, joined=joined)
    count = len(lines)
    for i in reversed(colons):
        lines[i:i + 1] = _split_stamp(lines[i])
    if len(lines) > count:   # (a line cut in two moves those below it: counted again)
        joined = JOINER.join(lines)
        cjk, punct, folds, colons = line_counts_holding(lines, _FOLDS_CODEC, joined=joined)
    return lines, colons, (cjk, punct, folds, len(joined) - len(lines) + 1 if lines else 0)


def _column_cells(text: str) -> str:
    """``text`` with every column gap (:data:`_COLUMN_GAP`) a line break, as far as
    :func:`cleaner.blocks.normalize_lines` can tell: each NBSP a space (``str.split`` takes both
    for whitespace), then each four spaces a line break (a gap's 1-3 spaces left over start or
    end a line, or are one, and are stripped; its extra breaks make empty lines, left out).
    Two ``str.replace`` passes in C, where the regex tries its class at every character."""
    return text.replace("\xa0", " ").replace("    ", "\n")


def _split_stamp(line: str) -> tuple[str, ...]:
    """A headline with its date and time run into it (标题2014/12/1 18:13) as two lines; not a
    meta line whose posting verb leads to the date (来自某站发布于05-16 19:12). Only a line
    ending (its whitespace aside) on a digit or 主 can end with one: the others (about two of
    three lines with a colon) are told without the search, which tries every character."""
    last = line.rstrip()[-1:]
    if not (last.isdecimal() or last == "主"):
        return (line,)
    stamp = _TRAILING_STAMP.search(line)
    if stamp and stamp.start() and _headline_like(line[:stamp.start()].rstrip()) \
            and not _POSTED_AT.search(line, 0, stamp.start()):
        return line[:stamp.start()].rstrip(), stamp.group().strip()
    return (line,)


def select(blocks: tuple[Block, ...], *, title: str | None = None,
           repaired: dict[int, str] | None = None, stamps: tuple[int, ...] | None = None, folds: bool = True) -> Selection:
    """Choose the article's lines among the lines of a dump (see the module docstring).

    The lines are measured without the headline's pieces that follow a mark of punctuation:
    stuffed there by headline-fragment spam, they would lend every line the headline's
    vocabulary, more characters of prose, and an unfinished last sentence (。玩家前), and
    move the body's boundaries (:func:`_unstuffed`). ``repaired`` maps a line's position to
    its text as the injection repair left it (the pieces it took out of clauses too): those lines are measured
    as that text. The lines kept are the page's own. ``stamps``: the lines' stamps as the dump's parse read them
    (:attr:`cleaner.blocks.Page.stamps`; read here when not given), those of the lines measured otherwise read
    again. ``folds``: False when no line holds a character :func:`fold` changes (``Page.folds``; not a repair's)."""
    given = blocks
    if stamps is None:
        stamps = stamp_lines([b.text for b in blocks])
    if repaired:
        blocks = tuple(_retext(b, repaired[b.position]) if b.position in repaired else b
                       for b in blocks)
    measured = _unstuffed(blocks, title or "")
    if measured is given:
        return _select(given, title, stamps, folds or bool(repaired))
    # The few lines measured otherwise, and their lines and removals, found in C (``compress``).
    changed = list(compress(range(len(given)), map(is_not, measured, given)))
    own = {given[i].position: given[i] for i in changed}
    chosen = _select(measured, title, _restamped(stamps, [measured[i] for i in changed]), folds or bool(repaired))
    removed = list(chosen.removed)
    for k in compress(range(len(removed)), map(own.__contains__, map(_POSITION, removed))):
        removed[k] = replace(removed[k], text=own[removed[k].position].text)
    return Selection(tuple(map(own.get, map(_POSITION, chosen.kept), chosen.kept)), tuple(removed), chosen.no_article,
                     subtitles=chosen.subtitles)


def _select(blocks: tuple[Block, ...], title: str | None, stamps: tuple[int, ...], folds: bool = True) -> Selection:
    n = len(blocks)
    squashed_title = _squash(title or "")
    headings = [b.heading for b in blocks]   # (each found by list.index, in C: no generator's step a line)
    headline = blocks[headings.index(1)].position if 1 in headings else -1
    if headline < 0 and squashed_title:
        headline = next((i for i, b in enumerate(blocks) if _squash(b.text) == squashed_title), -1)
    subtitle = headings.index(2) if 2 in headings else -1
    meta_line = next((i for i, b in enumerate(blocks) if b.tag == "meta"), -1)
    if meta_line < 0 and headline >= 0:
        meta_line = meta_below(blocks, headline, HEADLINE_REACH)
    if headline < 0 and meta_line < 0:
        generic = _select_generic(blocks, title=title)
        # (a list of headlines run together into one line, as a layout of columns prints it, is none of it)
        listed = [b for b in generic.kept if (")" in b.text or "）" in b.text or "]" in b.text)
                  and len(_ITEM_DATE.findall(b.text)) + len(_ITEM_TIME.findall(b.text)) >= MIN_TEASERS]
        if listed:
            generic = Selection(tuple(b for b in generic.kept if b not in listed), tuple(sorted(generic.removed + tuple(
                _removal(b.text, "recommendation", "a list of dated headlines run together", b.position, None)
                for b in listed), key=_POSITION)), generic.no_article, subtitles=generic.subtitles)
        why = _no_article(list(generic.kept), blocks)
        if not why:
            return generic
        return Selection((), generic.removed + tuple(
            Removal(b.text, "chrome", "no article on the page", b.position) for b in generic.kept)
            + (Removal("", "no-article", why),), why, subtitles=generic.subtitles)
    start = question_above(blocks, headline, meta_line) or max(headline, subtitle, meta_line) + 1
    # Every line above the body is chrome but the headline, the subtitle and the meta line,
    # made again as metadata (the headline's last: a line that is two of them is the headline).
    removed: list[Removal] = []
    above = list(map(_TEXT, blocks[:start]))
    _removed_lines(removed, above, 0, dict.fromkeys(above, "chrome"), "above the headline")
    for i, detail in ((meta_line, "meta line"), (subtitle, "subtitle"), (headline, "the headline")):
        if 0 <= i < start:   # (a question's meta line is under its post: in the body, read there)
            removed[i] = _removal(above[i], "metadata", detail, i, None)
    subtitles = (subtitle,) if subtitle >= 0 and subtitle != headline else ()   # (as the headline, none)

    is_prose = _prose_memo()
    end, end_removal = _find_end(blocks, start, is_prose, folds)
    first = next((i for i in range(start, end) if is_prose(blocks[i])), end)
    # (Numbered steps over the first paragraph open the article: parse opened the run there.)
    steps = numbered_steps(*zip(*((b.text, b.cjk) for b in blocks[start:first])), first - start) if start < first < end else []
    first = start + steps[0] if steps else first
    thread = thread_start(blocks, first, end, is_prose, stamps)
    if thread < end:
        end, end_removal = thread, ("comment", "a thread of dated posts")
    if meta_line in stamps:   # (a stamp: is_stamp's answer, read with the others)
        entry = entry_end(blocks, meta_line, lambda text: _body_lines([text])[0], stamps)
        if start < entry < end:
            end, end_removal = entry, ("recommendation", "the next of a page of dated entries")
    again = _meta_again(blocks, meta_line, first, end, stamps)
    if again < end:
        end, end_removal = again, ("chrome", "the meta line printed again under the article")
    # (A list the article leads into, down to the end marker: no stretch, tail or blurbs to cut.)
    if end_removal is None:
        lead, end, end_removal = _list_end(blocks, first, end, folds)
    elif first < end:
        lead, stop = _led_list(blocks, first, end, folds)
        if stop < end:
            end, end_removal = stop, ("boilerplate", "notice under the article")
    else:
        lead = -1
    led = lead >= 0
    stretch = end if led else _find_chrome_stretch(blocks, first, end)
    if stretch < end:
        end, end_removal = stretch, ("chrome", f"{CHROME_STRETCH} lines without prose")
    sparse = closed = end if led else _find_sparse_tail(blocks, first, end, is_prose)
    if sparse < end:
        # (the sentences closing the article right under its last paragraph, short as they are, its own)
        closed = _closing_lines(blocks, sparse, end)
        end, end_removal = closed, ("chrome", "lines with next to no prose after the last paragraph")
    footer = _footer_memo()
    # A hosting platform's notice is printed right under the post: the lines above it are the
    # post's, its closing question or credit no blurb of another article; so are closing sentences.
    end, blurb_removal = (end, None) if led or closed > sparse or end < n and hosting_notice(fold(blocks[end].text)) \
        else _find_blurbs(blocks, first, end, title or "", is_prose, footer)
    vocabulary = _Vocabulary(title or "", [b.text for b in blocks[first:end]])
    # The tail, most of a dump, is short lines that recur (分享, 评论): each distinct one (a block of it:
    # its counts are its text's) judged once; for the lines above it repeated there (and the marker's),
    # squashed where spaced (a space, or unprintable as other whitespace is), else its own squash. Only
    # the lines above are looked up: a spaced line of more CJK characters than the longest of them has
    # characters (a line of keywords, 13 k words in 100 k characters) is not squashed, no squash of
    # theirs being as long as its own.
    marker = blurb_removal or end_removal   # (blurbs found above the end moved it: theirs is the reason)
    rest = end + 1 if end < n and marker is not None else end
    texts = list(map(_TEXT, blocks[rest:]))
    tail = dict(zip(texts, blocks[rest:]))
    longest = max(map(len, map(_TEXT, blocks[start:end])), default=0)
    after = {*tail, *["".join(text.split()) for text in tail if (" " in text or not text.isprintable())
                      and (len(text) <= longest or tail[text].cjk <= longest)]}
    if rest > end:
        after.add(_squash(blocks[end].text))
    opening = first if steps else stray_opening(blocks, first, end, is_prose, lambda text: _on_topic(text, vocabulary, own=True))
    listed = set(related_list(blocks, first, end, is_prose, folds))

    kept: list[Block] = []
    ads = {start + i for i in sift.adverts(list(map(_TEXT, blocks[start:end])))}
    lines: list[str] = []   # (the lines' texts, made for the gap's few headline-like lines)
    for i in range(start, end):
        b = blocks[i]
        verdict = ""
        if i < opening:   # (past a prompt over the first paragraph, off the topic: an app's)
            verdict, detail = ("off-topic", "a prompt over the article, off its topic") if i == first < opening \
                else _gap_verdict(b, vocabulary, squashed_title, after, first < end and first - i <= OPENING_REACH)
            if verdict in ("off-topic", "boilerplate") and i != first \
                    and article_piece(lines := lines or [*map(_TEXT, blocks)], i, first):
                verdict = ""   # a hard-wrapped paragraph's piece (主旨：…), a numbered list's item running into the body
        elif _is_title(b.text, squashed_title):
            verdict, detail = "metadata", "the headline again"
        elif i in listed:
            verdict, detail = "recommendation", "a list of other articles inside the article"
        elif b.cjk < 30 and _DUMP_CHROME.search(b.text):
            verdict, detail = "chrome", "share bar or counter"
        elif i in ads:
            verdict, detail = "boilerplate", "an advertisement in the article's flow"
        elif b.punct == 0 and _squash(b.text) in after and not _on_topic(b.text, vocabulary, own=True):
            verdict, detail = "duplicate", "headline repeated in the recommendations"
        if verdict:
            removed.append(_removal(b.text, verdict, detail, i, None))
        else:
            kept.append(b)
    # A forum thread: its first post, as in the HTML path (floors, posters' headers).
    kept, replies = posts.first_post(blocks[start:end], kept, loose=True)
    removed.extend(_removal(b.text, "comment", "a reply after the first post of a thread", b.position, None)
                   for b in replies)
    kept, furnished = furniture(kept, blocks[start:answers_reach(blocks, end)])   # (a question's answers ...)
    removed.extend(furnished)
    # (A list the article leads into ends it: none of its items is a notice or a label.)
    held = [b for b in kept if b.position >= lead] if led else []
    if held:
        kept = kept[:len(kept) - len(held)]
    # (A digest of other articles closing what is kept above such a list.)
    kept, digest = trailing_digest(kept, blocks, title or "")
    removed.extend(_removal(b.text, "recommendation", "a digest of other articles after the article",
                            b.position, None) for b in digest)
    # Labels (分享, 字号 …) and notices at the end of the body: the dump's own notices ...
    kept, notes = notices.closing(kept, title or "")
    removed.extend(notes)
    # ... and the HTML path's: prompts and disclaimers said as sentences, the labels above them.
    kept, trailing = sift.trailing_notices(kept, _is_label, lambda b: bool(BOILERPLATE.search(fold(b.text))))
    removed.extend(_removal(b.text, "boilerplate", "notice after the last paragraph", b.position, None)
                   for b in trailing)
    # ... and above the first paragraph: a prompt or a disclaimer, a banner for something else.
    kept, leading = sift.leading_notices(kept, _is_label, title)
    removed.extend(_removal(b.text, "boilerplate", "notice above the first paragraph", b.position, None)
                   for b in leading)
    kept += held
    while kept and not held and _is_label(kept[-1]):
        b = kept.pop()
        removed.append(_removal(b.text, "chrome", "label at the end of the article", b.position, None))
    walked = len(removed)   # (the removals inside the body end here)
    if rest > end:
        removed.append(_removal(blocks[end].text, *marker, end, None))
    reasons = dict(zip(tail, map(_tail_reason, tail.values()) if folds else map(_tail_reason, tail.values(), tail)))
    _removed_lines(removed, texts, rest, reasons, "after the end of the article")
    # Page order: the lines above and after the body are made in it, those inside it sorted alone.
    removed[start:walked] = sorted(removed[start:walked], key=_POSITION)
    why = _no_article(kept, blocks, footer, headline)
    if why:
        removed.extend(Removal(b.text, "chrome", "no article on the page", b.position) for b in kept)
        removed.append(Removal("", "no-article", why))
        return Selection((), tuple(removed), why, subtitles=subtitles)
    return Selection(tuple(kept), tuple(removed), subtitles=subtitles)


def _removed_lines(removed: list[Removal], texts: list[str], first: int, reasons: dict[str, str],
                   detail: str) -> None:
    """A removal for each of ``texts`` (the lines from ``first`` on, the reason ``reasons[text]``)
    appended to ``removed``: most of a dump's lines. Made as ``body._outside`` makes its own: a
    blank (``body.blank_removal``) given its fields by plain stores, no ``__init__`` frame a line."""
    blank, cls = blank_removal, Removal
    append = removed.append
    for position, text in enumerate(texts, first):
        made = blank()
        made.text = text
        made.reason = reasons[text]
        made.detail = detail
        made.position = position
        made.score = None
        made.__class__ = cls
        append(made)


# --------------------------------------------------------------------------------------------
# parse: the body's run (the headline, the subtitle and the meta line: cleaner.dumphead)
# --------------------------------------------------------------------------------------------

def _body_run(weights: list[float], body: list[bool], stamps: tuple[int, ...], lines: list[str],
              cjk: list[int]) -> tuple[int, int]:
    """The first paragraph of the best run of lines (``lines``: their texts, ``cjk`` their CJK
    characters; ``weights``: their :func:`_core_weights`, changed here), and the run's end ((-1, -1)
    without one)."""
    for a, b in threads(lines, body, stamps, cjk):
        weights[a:b] = [-float(LABEL_CHARS)] * (b - a)   # replies are no part of the article
    runs = best_runs(weights)   # (the best run above one: the last ending above it, not found anew)
    start, end = runs[-1]
    total = sum(weights[start:end])
    # Articles come before what follows them (recommendation feeds, comments): a run above the
    # best one, holding a fair share of its prose, is the article.
    while start > 0:
        while runs[-1][1] > start:   # ((0, 0) ends no later than any)
            runs.pop()
        a, b = runs[-1]
        if b <= a or sum(weights[a:b]) < max(EARLIER_RUN_SHARE * total, MIN_RUN_WEIGHT) \
                or not any(body[a:b]):
            break   # no run above, or a light one, or one without a paragraph (a list of teasers)
        start, end, total = a, b, sum(weights[a:b])
    return next((i for i in range(start, end) if body[i]), -1), end


def _body_lines(lines: list[str], cjk: list[int] | None = None, folds: bool = True,
                marked: list[int] | None = None) -> list[bool]:
    """Per line, whether it is a paragraph that may open the body: finished prose (or a long
    line of it, with the punctuation of prose: a row of headlines run together has next to
    none, nor dated items), neither the page's <title> (again, or at the top with a summary cut
    off in it), nor a headline, nor a boilerplate line (a
    breadcrumb, 首頁 » 欄目 » 標題, in traditional characters too). ``cjk``: the lines' CJK
    characters, when counted already; ``folds``: False when no line holds a character ``fold`` changes;
    ``marked``: the lines of MIN_PROSE_CJK CJK characters or more holding a mark of prose, when told
    already (:func:`_core_weights`: the others are none, and most lines are not visited)."""
    top = top_lines(lines)
    counts = cjk if cjk is not None else [cjk_count(text) for text in lines]
    body = [False] * len(lines)
    ends = SENTENCE_END
    if marked is None:   # (a CJK comma or full stop for a mark told by ``in``: dumplines.prose_marked)
        marked = [i for i, c in enumerate(counts) if c >= MIN_PROSE_CJK and (
            "，" in (text := lines[i]) or "。" in text or _PROSE_MARK.search(text) is not None)]
    # (The tests of prose written out where ``in`` tells most lines without a call or a regex: the
    # last character for a finished line. A line longer in CJK characters than the top lines joined
    # is none of them, unsquashed; a dated item ends on a closing bracket, and a line without one
    # holds none, unsearched.)
    for i in marked:
        text, c = lines[i], counts[i]
        body[i] = (text.rstrip()[-1:] in ends or _finished(text) or (
                len(text) > MAX_HEADLINE_CHARS and len(_PROSE_MARK.findall(text)) * CJK_PER_MARK >= c)) \
            and not (i >= TOP_LINES and c <= len(top) and _squash(text) in top) \
            and not (i < TOP_LINES and _CUT_TITLE.search(text)) \
            and (("）" not in text and ")" not in text and "]" not in text)
                 or len(_ITEM_DATE.findall(text)) < MIN_TEASERS) \
            and not _headline_like(text, c) and not BOILERPLATE.search(folded := fold(text) if folds else text) \
            and not ((_CLOSING_OPENS is None or folded[:1] in _CLOSING_OPENS) and DUMP_END.match(folded))
    return body


def _core_weights(blocks: list[Block], marked: list[int] | None = None) -> list[float]:
    """The weight of each line for the body's run: the HTML path's block weight
    (:func:`cleaner.body.weight`), except that a line without a mark of running prose (a
    headline of another article, however long) and an item of a list count against. In one
    loop, without a call a line: most lines of a dump hold no punctuation mark (``punct``),
    which :func:`cleaner.dumptail.marked` would tell first; a label's weight is looked up by
    its length (``min`` of two numbers is a call of ~1 k instructions, most of the loop's step).
    The tests of a line of prose are written out where they tell most lines without a call:
    ``marked``'s first (a CJK comma or full stop), then a line whose one mark is one of ``：:.``
    (the marks ``punct`` counts that are none of prose: a label's or a time's colon, a number's
    or an address's dot; two thirds of the lines ``marked`` was asked of, told by ``in``, where
    its search costs ~3 k instructions a line), ``closes_sentence`` (its last character, as it
    stands: a dump's lines hold no whitespace at their ends; not taken of a line of ideographs
    only, its CJK count its length, which ends on no mark: an ideograph taken is a new string).
    ``marked``: a list the positions of the lines of MIN_PROSE_CJK CJK characters or more holding a
    mark of prose are appended to (those that may open the body, :func:`_body_lines`). Each weight
    is appended by ``out.append``, which Python 3.11 specialises for a list, where a bound
    ``append`` kept in a local is a call of a builtin (the corpus dumps' 118 calls 72.5 -> 71.0 M)."""
    out: list[float] = []
    labels, ends, least = _LABEL_WEIGHTS, SENTENCE_END, MIN_PROSE_CJK
    opening = (marked if marked is not None else []).append
    for block in blocks:
        text = block.text
        if block.punct > 0 and ("，" in text or "。" in text or (
                block.punct > 1 or not ("：" in text or ":" in text or "." in text)) and _marked(block)):
            if block.cjk >= least:
                opening(block.position)
        elif block.cjk >= (length := len(text)) or text[-1] not in ends:
            out.append(labels[length] if length < LABEL_CHARS else labels[LABEL_CHARS])
            continue
        if _NO_BULLET_FROM <= text < _NO_BULLET_TO or not _BULLET.match(text):
            if block.link_chars:
                out.append(weight(block))
            else:   # weight()'s arithmetic for a block without links (a dump's line), no call
                cjk, punct = block.cjk, block.punct
                if punct == 0 and cjk < 15:
                    out.append(-LABEL_PENALTY * len(text))
                else:
                    w = cjk + 0.3 * (len(text) - cjk)
                    out.append(w if punct else w * 0.5)
        else:
            length = len(text)
            out.append(labels[length] if length < LABEL_CHARS else labels[LABEL_CHARS])
    return out


# --------------------------------------------------------------------------------------------
# select: the gap, the body's end, the blurbs
# --------------------------------------------------------------------------------------------


def _find_blurbs(blocks: tuple[Block, ...], first: int, end: int, title: str,
                 is_prose: Callable[[Block], bool] = _is_prose, footer: Callable[[str], bool] | None = None
                 ) -> tuple[int, tuple[str, str] | None]:
    """Where recommendation blurbs begin inside ``[first, end)`` when no marker ended the body:
    the first truncated summary or off-topic headline after which no finished paragraph of prose
    follows. A line is judged against the title and the finished paragraphs above it only
    (blurbs would vouch for each other).

    A paragraph is prose that no copyright notice is (``footer``: :func:`_is_footer`, two scans
    of the line, its answers kept, :func:`_footer_memo`), asked only where an answer reads it:
    of the paragraphs above a question to the vocabulary, and of those the scan back from the
    end meets (most pages ask the vocabulary nothing, and the scan meets one paragraph). A line
    is asked whether it is a headline only after the last paragraph, or as a list item."""
    footer = footer or _footer_memo()
    vocabulary = _Vocabulary(title, [blocks[first].text] if first < end else [])
    cut = [False] * end
    prose = [False] * end   # a paragraph but for the footer's test (``paragraphs``, in order)
    paragraphs: list[int] = []
    told = 0   # the paragraphs told the vocabulary (only the article's paragraphs make it)
    for i in range(first + 1, end):
        b = blocks[i]
        # A stray piece after the last full stop (stuffing) does not make a paragraph about
        # the article a truncated summary. (_truncated's and is_prose's CJK tests first, and its
        # test of the last character: most lines end on a sentence's mark, told with no call.)
        if b.cjk >= MIN_BLURB_CJK and b.text[-1:] not in UNCUT_ENDS and _truncated(b, tail=0):
            told = _told(vocabulary, blocks, paragraphs, told, footer)
            cut[i] = not _related(b.text, vocabulary) or (
                _truncated(b) and _headline_like(blocks[i - 1].text, blocks[i - 1].cjk))
        # An item of a list of headlines (* 标题「…」) is judged as the headline it holds, no
        # paragraph (a numbered item is a step or a question of the article's own).
        if b.cjk >= MIN_PROSE_LINE_CJK and is_prose(b) and not cut[i] \
                and not ((item := _item(b.text)) != b.text and _headline_like(item)):
            prose[i] = True
            paragraphs.append(i)
    # The blurbs are the lines after the last paragraph, and what the lines above each of them
    # add to the vocabulary is that paragraph's and those above it: the vocabulary as it stands,
    # the same for all, asked only about them.
    start = end
    for i in range(end - 1, first, -1):
        text = blocks[i].text
        if prose[i] and not footer(text):   # (a copyright notice, 版权所有，不得转载。, is none)
            break
        if cut[i]:
            start = i
        elif _headline_like(item := _item(text), blocks[i].cjk if item is text else -1):
            told = _told(vocabulary, blocks, paragraphs, told, footer)
            if not _on_topic(item, vocabulary):
                start = i
    if start == end:
        return end, None
    # A headline just above that the list repeats (headline, headline, headline, summary) is
    # one of them too, however close its topic.
    below = {_squash(b.text) for b in blocks[start:end]}
    while start - 1 > first and not (prose[start - 1] and not footer(blocks[start - 1].text)) \
            and _headline_like(blocks[start - 1].text, blocks[start - 1].cjk) \
            and _squash(blocks[start - 1].text) in below:
        start -= 1
    if _truncated(blocks[start]):
        return start, ("recommendation", "truncated summary of another article")
    return start, ("recommendation", "headline of another article")


def _told(vocabulary: _Vocabulary, blocks: tuple[Block, ...], paragraphs: list[int], told: int,
          footer: Callable[[str], bool]) -> int:
    """``vocabulary`` told the paragraphs from the ``told``-th on that are no footer's; how many
    have been told."""
    for i in paragraphs[told:]:
        if not footer(blocks[i].text):
            vocabulary.add(blocks[i].text)
    return len(paragraphs)


def _gap_verdict(block: Block, vocabulary: _Vocabulary, squashed_title: str,
                 after: set[str], opens: bool = False) -> tuple[str, str]:
    """What a line between the meta line and the body is, if it is not the article's: a
    headline-like line goes when it is off-topic or repeated after the article (among the
    recommendations, where such a line comes from); so does any line without punctuation
    that is both (a widget's caption the template prints again: 用微信扫码二维码). ``opens``:
    the line lies within :data:`OPENING_REACH` lines above the body's first paragraph."""
    text = block.text
    # An item of a list is judged as the headline it holds (* 标题, · 标题: a list of links over the body).
    item = _item(text)
    if _is_title(item, squashed_title):
        return "metadata", "the headline again"
    # (The word tests that match at a line's start asked only of a line opening with a
    # character one can open with, the dateline's of one holding its agency's 社.)
    head = text[:1]
    # (A sentence is no meta line: a notice's clause 1.时间：7月20日起。 holds a date and a label.)
    if _is_meta(text) and "。" not in text \
            or (_BYLINE_OPENS is None or head in _BYLINE_OPENS) and DUMP_BYLINE.match(text) \
            or len(text) < 60 and (_CLOSING_OPENS is None or head in _CLOSING_OPENS) and DUMP_END.match(text) \
            or _AGENCY in text and DATELINE_IN_LINE.fullmatch(fold(text)):   # 某某社 桐江縣28日電, cut off its date
        return "metadata", "byline or source line"
    # A post's date and time of day on a line of no prose (名字 2019-09-04 22:18:34, 发表于…|): its meta line.
    if ":" in text and is_stamp(text) and not _marked(block):
        return "metadata", "date and time line"
    # (Within a verdict its tests are asked cheapest first: most lines here are labels, told
    # without a search; a headline repeated after the article, without the vocabulary.)
    if _is_label(block) or _DUMP_CHROME.search(text) or (_MARKER_OPENS is None or head in _MARKER_OPENS) \
            and END_MARKERS.match(text) or _nav_like(text):
        return "chrome", "share bar or label"
    if notices.is_labelled_line(text) or notices.is_link_row(text):
        return "boilerplate", "labelled line above the body (原标题, 来源于, #topic#)"
    # (A line just above the first paragraph (``opens``) is no headline when it ends on a clause's
    # comma, which no headline does (当地时间22日， | the sentence's rest in bold on the next line),
    # or when, a line of clauses, two CJK commas or more, it leads on, with an ellipsis or a colon
    # (某日，北京刮大风，…，正好被大树砸到……), or shares a word with the title: the article's opening
    # cut off by a link, 据某社消息，今日从交通运输部…获悉，目前 | 京津冀 | 交通…)
    if _headline_like(item, block.cjk if item is text else -1) \
            and (_squash(item) in after or not _on_topic(item, vocabulary)) \
            and not (opens and ((end := text.rstrip()[-1:]) in _CLAUSE_ENDS or text.count("，") >= MIN_CLAUSES
                                and (end in _LEADS_ON or cjk_bigrams(text) & vocabulary.title))):
        return "off-topic", "headline sharing no vocabulary with the article"
    if block.punct == 0 and _squash(text) in after and not _on_topic(text, vocabulary):
        return "chrome", "caption repeated after the article, off its topic (a share box's)"
    return "", ""


