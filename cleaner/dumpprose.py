"""Which lines of a dump's body are the article's prose, and whether the lines kept make an
article at all.

The line tests :func:`cleaner.textdump.select` asks of the lines between the meta line and the
body's end, beyond a line's own reading (:mod:`cleaner.dumplines`): running prose
(:func:`_is_prose`, kept for a page's lines by :func:`_prose_memo`), a footer's or a notice's line
(:func:`_is_footer`, :func:`_is_notice`), a list's teaser (:func:`_teaser`), a summary cut off
(:func:`_truncated`), a list item's bullet (:func:`_item`), a label (:func:`_is_label`) and the
title again (:func:`_is_title`); and the verdict on what it kept, :func:`_no_article`: too little
prose, a list of teasers or dated items, or a page that failed. A question's post above its meta
line (:func:`question_above`) and the header of its other answers past the body's end
(:func:`answers_reach`) say where a question-and-answer page's article starts and its answers
are read.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Callable

from . import notices, sift
from .notices import fold
from .kinds import ANSWERS_HEADER, MIN_QUESTION_CJK
from .posts import dated_items, is_stamp, named_stamp
from .blocks import SENTENCE_END, Block, closes_sentence
from .body import MIN_PROSE_BEFORE_END, SHORT_ARTICLE_CJK
from .dumplines import BOILERPLATE, headline_like as _headline_like, is_meta as _is_meta, squash as _squash
from .dumptail import (CHROME as _DUMP_CHROME, FOOTER as _FOOTER, MIN_PROSE_LINE_CJK, is_related_marker,
                       marked as _marked)
from .patterns import DISCLAIMER
from .prefilter import place_needles, prefiltered
from .scans import char_codec

#: A line of prose this long (characters, CJK ones) without closing punctuation is a truncated summary.
MIN_BLURB_CHARS, MIN_BLURB_CJK = 60, 40
#: The longest line read as the header over a question's answers.
MAX_ANSWERS_HEADER = 16
#: The lines read past the body's end for the header over a question's other answers, and the
#: longest of them: an answer's credit (老周 2024-06-04 08:10, 赞同 30), as the HTML path reads it.
MAX_CREDIT_LINES, MAX_CREDIT_CHARS = 3, 40
#: A footer's line (copyright, a disclaimer) is shorter than this: a longer line is prose.
MAX_FOOTER_CHARS = 200
#: The kept lines are a list's when this many are teasers (cut off with an ellipsis, or a title
#: and its date) holding as many CJK characters as the finished paragraphs.
MIN_TEASERS = 3
# A list item's teaser: a summary cut off with an ellipsis, or an item's title followed by its
# date (公告标题 2020-07-02; run into an ideograph where the dump joined the link and the date:
# 公告标题2020-07-02); an article's paragraph ends on neither.
_TEASER = re.compile(r"(?:\.{2,}|…+)\s*(?:\d{2,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?\s*$"
                     r"|(?:\S\s+|[\u4e00-\u9fff])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
# A note in brackets closing a paragraph, a staff or date code after it: （編輯：張三）1141005.
_TRAILING_NOTE = re.compile(r"\s*[（(][^（()）]{1,20}[）)]\s*\d{0,8}\s*$")
_NOTE_CLOSES = ("）", ")")
# The source credited after a reprint's last sentence, set apart by a dash (an end mark before
# it): 。□——《某某之春》1996年6月号, 。——原载《读书》2005年第3期.
_TRAILING_CREDIT = re.compile(r"[□■]?\s*(?:——|—|--)\s*\S{0,4}《[^《》]{1,30}》[^。！？，]{0,16}$")
#: The last characters of a line where a credit's closing 》 may stand.
CREDIT_TAIL = 20
#: A short line without a full stop is a headline, not prose (:func:`cleaner.dumplines.headline_like`),
#: unless it holds this many clauses (CJK commas) or more and closes as a sentence does, on one of
#: CLAUSE_CLOSES (a mark or a closing quote; no bracket, no ellipsis): a paragraph that ends on ！ or
#: ？ (an app's pitch of short lines, a quoted remark), as a line of a list of headlines between the
#: body's lines seldom does.
MIN_CLAUSES = 2
CLAUSE_CLOSES = frozenset("！？!?；;”」』")
#: A line whose last character is one of these is no summary cut off (:func:`_truncated`'s first
#: answer, told by a set lookup where a caller asks of many lines).
UNCUT_ENDS = SENTENCE_END - frozenset(_NOTE_CLOSES)
# A list item's bullet that is a symbol, not a number.
_SYMBOL_BULLET = re.compile(r"^\s*[*+•·▪◦-]\s")
# The bullets themselves: a line whose first character past its whitespace (what str.lstrip
# strips is what \s matches) is none of them holds no bullet, without the substitution.
_SYMBOL_BULLETS = frozenset("*+•·▪◦-")
# Searched where a match can start (:func:`cleaner.prefilter.prefiltered`), as the chrome's
# and footer's words (:mod:`cleaner.dumptail`).
_DISCLAIMER = prefiltered(DISCLAIMER)
# A line holding no character that either fold changes (:func:`cleaner.notices.fold`, before
# the footer's words; :func:`cleaner.sift.fold`, before a disclaimer's) is its own fold for
# both, and is searched once for either's words (most lines: one scan, one search).
_EITHER_CHARS = "".join(sorted(set(notices.FOLDED_CHARS + sift.FOLDED_CHARS)))
_EITHER_FOLDS = re.compile("[" + re.escape(_EITHER_CHARS) + "]")
# The same told by a charmap codec knowing NUL (byte 0) and those characters only: a line encoded by
# it with the "ignore" handler is its NULs and its foldable characters' bytes (a C pass of ~20-30
# instructions a character, where sre tests the class at ~100). None when they would not fit in a
# byte or hold a character beyond the basic plane (the map would be a dict).
_EITHER_CODEC = char_codec(_EITHER_CHARS)
# What a match of the chrome's words opens with: at a line's start, and after it (:func:`_is_prose`).
_CHROME_OPENS, _CHROME_NEEDLES = _DUMP_CHROME.opens, place_needles(_DUMP_CHROME.pattern)
_FOOTER_WORDS = prefiltered(re.compile(f"(?:{_FOOTER.pattern.pattern})|(?:{DISCLAIMER.pattern})", re.I))


def _no_article(kept: list[Block], blocks: tuple[Block, ...], footer: Callable[[str], bool] | None = None,
                headline: int = -1) -> str:
    """Why the kept lines are no article ("" when they are one): too little finished prose
    (a footer's disclaimer is none), a list (teasers cut off with an ellipsis or followed by a
    date, as many and as long as the paragraphs; items each with its own time stamp, as the
    HTML path finds them, unless they are a live report's entries under its ``headline``:
    :func:`_headed_entries`), or an error, captcha or login page (as the HTML path finds them)."""
    teasers = [b for b in kept if _teaser(b.text)]
    listed = {b.position for b in teasers}
    footer = footer or _is_footer   # (the blurbs' answers, when the caller kept them)
    # The prose is counted only as far as the tests below read it: past SHORT_ARTICLE_CJK and
    # past the teasers' characters (when they are enough to count) none of them changes.
    enough = max(MIN_PROSE_BEFORE_END, SHORT_ARTICLE_CJK,
                 sum(b.cjk for b in teasers) + 1 if len(teasers) >= MIN_TEASERS else 0)
    prose = 0
    for b in kept:
        if _marked(b) and b.position not in listed and not _is_notice(b.text, footer):
            prose += b.cjk
            if prose >= enough:
                break
    if prose < MIN_PROSE_BEFORE_END:
        return "too little prose below the headline"
    if len(teasers) >= MIN_TEASERS and sum(b.cjk for b in teasers) >= prose:
        return "a list of teasers, not an article"
    if dated_items(blocks, kept, None, _same_line) and not _headed_entries(blocks, kept, headline) \
            and not _answers(blocks, kept, headline):
        return "a list of items each with its own date"
    return sift.failed_page(kept, login=False) if prose < SHORT_ARTICLE_CJK else ""


def _answers(blocks: tuple[Block, ...], kept: list[Block], headline: int) -> bool:
    """Whether dated items are the answers to a question of its headline alone: the header over
    a question's answers (:data:`cleaner.kinds.ANSWERS_HEADER`: 全部回答（3）, 3个回答) between
    the headline (line ``headline``) and the first kept line, nothing but short lines (a meta
    line) above it. What the HTML path keeps of such a page, the answers, nothing telling which
    of them the asker took."""
    if headline < 0 or not kept or headline >= kept[0].position:
        return False
    for b in blocks[headline + 1:kept[0].position]:
        text = b.text.strip()
        if _answers_header(text):
            return True
        if closes_sentence(text):
            return False
    return False


def _headed_entries(blocks: tuple[Block, ...], kept: list[Block], headline: int) -> bool:
    """Whether dated items are one article's entries under its headline, as a live report prints
    them (直播: a clock time or a date on a line, or opening one, and the entry's text, newest
    first): the headline (line ``headline``, above the kept lines) is one
    :func:`cleaner.posts.dated_items` takes for an article's, and no entry has a heading of its
    own, as a list's items have their titles: every stamp among the kept lines is a date or a
    time alone, and the line above each but the first closes a sentence (the entry above's
    last). A stamp opening an entry's line is the line's date, any text after it."""
    if headline < 0 or not kept or headline >= kept[0].position:
        return False
    title = blocks[headline].text
    if dated_items(blocks, kept, title, title.__eq__):
        return False   # (too short a headline for one: the items stay a list)
    span = blocks[kept[0].position:kept[-1].position + 1]
    stamps = [k for k, b in enumerate(span) if is_stamp(b)]
    return all(not named_stamp(span[k].text) for k in stamps) and all(
        closes_sentence(span[k - 1].text) for k in stamps if k and k != stamps[0])


def question_above(blocks: tuple[Block, ...], headline: int, meta_line: int) -> int:
    """The first line of the body when a question's post is printed between its headline and
    its meta line (提问时间), the header over its answers (:data:`cleaner.kinds.ANSWERS_HEADER`:
    最佳答案, 3个回答) right under the meta line: the line under the headline; else 0. The
    answers are cut at that header, as a question's answers are (:func:`cleaner.kinds.furniture`)."""
    if not 0 <= headline < meta_line - 1 or meta_line + 1 >= len(blocks):
        return 0
    if not _answers_header(blocks[meta_line + 1].text.strip()) or sum(
            b.cjk for b in blocks[headline + 1:meta_line] if closes_sentence(b.text)) < MIN_QUESTION_CJK:
        return 0
    return headline + 1


def _answers_header(text: str) -> bool:
    """Whether ``text`` (stripped) is the header over a question's answers (最佳答案, 3个回答,
    其他回答（2）: :data:`cleaner.kinds.ANSWERS_HEADER`), alone on its line."""
    return "答" in text and len(text) <= MAX_ANSWERS_HEADER and bool(ANSWERS_HEADER.match(fold(text)))


def answers_reach(blocks: tuple[Block, ...], end: int) -> int:
    """The end of a dump's body as the answers under a question are read in it
    (:func:`cleaner.kinds.question_post`): past the header over the other answers (其他回答,
    其他2条回答) when it follows the body's end (``end``) after :data:`MAX_CREDIT_LINES` short
    lines at most that close no sentence; else ``end``. The body ends at the best answer's
    credit (a name alone on its line, taken for another article's headline): without the header
    after it, where the best answer ends would not be told, and it would go with the others."""
    for i in range(end, min(len(blocks), end + MAX_CREDIT_LINES + 1)):
        text = blocks[i].text.strip()
        if _answers_header(text):
            return i + 1
        if len(text) > MAX_CREDIT_CHARS or closes_sentence(text):
            break
    return end


def _teaser(text: str) -> bool:
    """:data:`_TEASER`'s search, tried only on a line whose last character (whitespace aside)
    can end a match: a dot, an ellipsis or a digit (``str.rstrip`` strips what ``\\s`` matches,
    ``str.isdecimal`` is what ``\\d`` matches); most lines end on a sentence mark."""
    last = text.rstrip()[-1:]
    return (last in ".…" or last.isdecimal()) and bool(_TEASER.search(text))


def _is_notice(text: str, footer: Callable[[str], bool]) -> bool:
    """A footer's or a notice's line (copyright, a disclaimer, a call to comment), not prose of
    the article (``footer``: :func:`_is_footer`, or its memo)."""
    return footer(text) or (len(text) < MAX_FOOTER_CHARS and bool(BOILERPLATE.search(fold(text))))


def _is_footer(text: str) -> bool:
    """A copyright or disclaimer line (本文版權所有，不得轉載。): short, and saying so."""
    if len(text) >= MAX_FOOTER_CHARS:
        return False
    # (scans.holds_char spelt out, most lines' empty bytes not stripped: a call a line cost ~450
    # instructions, 1.0 M over the dumps' 2.2 k)
    if not (_EITHER_FOLDS.search(text) if _EITHER_CODEC is None
            else (held := codecs.charmap_encode(text, "ignore", _EITHER_CODEC)[0]) and held.strip(b"\0")):
        return bool(_FOOTER_WORDS.search(text))
    return bool(_FOOTER.search(fold(text)) or _DISCLAIMER.search(sift.fold(text)))


def _is_title(text: str, squashed_title: str) -> bool:
    """Whether ``text`` is the title once both lose their whitespace: told by the first
    character past the whitespace (``str.lstrip`` strips what ``str.split`` splits at) for
    most lines, without squashing them."""
    return text.lstrip()[:1] == squashed_title[:1] and _squash(text) == squashed_title


def _same_line(text: str, title: str) -> bool:
    return _squash(text) == _squash(title)

def _is_prose(block: Block) -> bool:
    """A paragraph of running text (a headline-like line, even with a comma, is not one)."""
    text = block.text
    # (marked's first tests and closes_sentence written out: most lines told without a call)
    if not (block.cjk >= MIN_PROSE_LINE_CJK
            and ((block.punct > 0 and ("，" in text or "。" in text or _marked(block)))
                 or text.rstrip()[-1:] in SENTENCE_END)
            and not (_headline_like(item := _item(text), block.cjk if item is text else -1) and not _clauses(text))):
        return False
    # The chrome's words searched only in a line that opens as one of them can or holds what a match
    # after its start opens with (_CHROME_NEEDLES, each told by ``in``: a paragraph is a long line,
    # which the search scans at ~60 instructions a character).
    if _CHROME_NEEDLES is not None and _CHROME_OPENS is not None and text[:1] not in _CHROME_OPENS:
        for needle in _CHROME_NEEDLES:
            if needle in text:
                break
        else:
            return not _is_meta(text)   # (no match of the chrome's can be in the line)
    return not _DUMP_CHROME.search(text) and not _is_meta(text)


def _clauses(text: str) -> bool:
    """A sentence of clauses: :data:`MIN_CLAUSES` CJK commas or more, closed by one of
    :data:`CLAUSE_CLOSES` (asked of the headline-like lines only)."""
    return text.count("，") >= MIN_CLAUSES and text.rstrip()[-1:] in CLAUSE_CLOSES


def _prose_memo() -> Callable[[Block], bool]:
    """:func:`_is_prose` with each line's answer kept, for the lines of one page (by position):
    the body's end, its tail and its blurbs ask it of the same lines, about two calls a line."""
    memo: dict[int, bool] = {}

    def is_prose(block: Block) -> bool:
        if block.cjk < MIN_PROSE_LINE_CJK:
            return False   # (as _is_prose tells first: most lines, no lookup)
        found = memo.get(block.position)
        if found is None:
            found = memo[block.position] = _is_prose(block)
        return found
    return is_prose


def related_list(blocks: tuple[Block, ...], first: int, end: int, is_prose: Callable[[Block], bool],
                 folds: bool = True) -> list[int]:
    """The lines inside the body (``first`` to ``end``) of a list of other articles that the body's
    end passed over, finished prose following it (延伸阅读：标题 above the article's next part): its
    marker (:func:`cleaner.dumptail.is_related_marker`), and the headlines under it (list items too)
    that no paragraph follows at once; the last above a paragraph may be the article's own subhead,
    unless it is the one headline of a marker that is a label alone (推荐阅读：)."""
    listed: list[int] = []
    for i in range(first + 1, end):
        if is_related_marker(blocks[i], folds):
            listed.append(i)
            k = i + 1
            bare = blocks[i].text.rstrip()[-1:] in ":："
            while k + 1 < end and not is_prose(blocks[k]) and _headline_like(_item(blocks[k].text)) \
                    and (not is_prose(blocks[k + 1]) or bare and k == i + 1):
                listed.append(k)
                k += 1
    return listed


def _item(text: str) -> str:
    """``text`` without a symbol's bullet (a list item's), when it opens with one."""
    return _SYMBOL_BULLET.sub("", text, count=1) if text.lstrip()[:1] in _SYMBOL_BULLETS else text


def _footer_memo() -> Callable[[str], bool]:
    """:func:`_is_footer` with each text's answer kept, for the lines of one page: the blurbs'
    search and :func:`_no_article`'s count of prose ask it of the same paragraphs."""
    return functools.cache(_is_footer)


def _truncated(block: Block, *, tail: int = 3) -> bool:
    """Prose cut off mid-sentence: a long line with punctuation inside and no sentence end in
    its last ``tail + 1`` characters (a stray word after the last full stop does not make a
    summary, nor does a note in brackets with a staff code: 。（編輯：張三）1141005, nor the
    source a reprint credits after its last sentence: 。——原载《读书》2005年第3期)."""
    if len(block.text) < MIN_BLURB_CHARS or block.cjk < MIN_BLURB_CJK or block.punct < 1:
        return False
    text = block.text
    last = text[-1:]
    if last not in _NOTE_CLOSES and closes_sentence(last):
        return False   # (a sentence's mark last, no note's bracket: the first test below says so)
    if _may_end_in_note(text):
        text = _TRAILING_NOTE.sub("", text)
    elif "》" in text[-CREDIT_TAIL:]:   # (most lines hold none there: no search)
        text = _TRAILING_CREDIT.sub("", text)
    return not any(closes_sentence(text[:len(text) - k]) for k in range(tail + 1))


def _may_end_in_note(text: str) -> bool:
    """Whether ``text`` ends on a closing bracket, whitespace and a code after it aside, as a
    match of :data:`_TRAILING_NOTE` does (``rstrip`` strips what ``\\s`` matches, ``isdecimal``
    tells what ``\\d`` does): most lines end on none, and the substitution, tried at every
    character, is made only on the others."""
    text = text.rstrip()
    end = len(text)
    while end and text[end - 1].isdecimal():
        end -= 1
    return text[:end].rstrip()[-1:] in _NOTE_CLOSES


def _is_label(block: Block) -> bool:
    return block.punct == 0 and block.cjk < 8 and not closes_sentence(block.text)
