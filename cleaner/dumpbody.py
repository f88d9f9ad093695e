"""Dated posts in a text dump: comment threads and pages of dated entries.

A dump has no markup to say where one post ends and the next begins; what it keeps is the
stamp every post prints, a date with its time of day on a short line (2005-06-14 03:25:55,
4月22号 15:49). Two layouts repeat that stamp, and in both the article is the first post:

- a thread of comments or forum replies: :data:`THREAD_POSTS` stamps or more, each within
  :data:`THREAD_GAP` lines of the last (:func:`threads`, :func:`thread_start`);
- a page of dated entries (a blog's front page, a column of posts): each entry a heading, its
  stamp on the next line, then its text (:func:`entry_heads`). The HTML path reads the same
  page with :func:`cleaner.posts.entry_of_headline`; a dump has no headline to match yet when
  its body is looked for, so the first entry is the article, as the first post of a thread is.

:mod:`cleaner.textdump` weighs the lines of the later posts against the body's run and ends
the body where the next post begins.

The body's other edge, its opening, is found here too: a prompt printed over the article
(an app's, an audio player's) is not its first paragraph (:func:`stray_opening`); numbered
steps right over it, lines without a full stop, are the article's opening (:func:`numbered_steps`,
:func:`opening_steps`), headed by the article's short name (:func:`steps_headline`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .blocks import Block, cjk_bigrams, cjk_count, closes_sentence
from .dumplines import _headline_words
from .patterns import DATE_LIKE
from .posts import named_stamp

__all__ = ["entry_end", "entry_heads", "is_stamp", "live_entries", "numbered_steps", "opening_steps", "steps_headline", "stamp_lines", "stray_opening", "thread_start", "threads"]

#: A thread of comments: this many dated posts, each within THREAD_GAP lines of the last, on
#: lines of at most MAX_STAMP_LINE characters.
THREAD_POSTS = 3
THREAD_GAP = 8
MAX_STAMP_LINE = 80
#: A page of dated entries shows this many entries (heading, stamp, text) or more.
MIN_ENTRIES = 3
#: An entry's heading is at most this long, with at least this many CJK characters, and its
#: text starts within this many lines below its stamp.
MAX_ENTRY_HEADING = 80
MIN_ENTRY_HEADING_CJK = 4
ENTRY_TEXT_NEAR = 2
MIN_ENTRY_TEXT_CJK = 8

# Punctuation of running prose (a "." or "," between digits is part of a number).
_PROSE_MARK = re.compile(r"[，。！？；、]|[,;!?.](?!\d)")
# A post's date and time of day, as comment threads and forums print them: 2004-12-27 12:46,
# 08-11 16:06, 2019年9月7日 19:02, 2025年4月22号 15:49; not starting inside a time of day, nor
# a time that opens a span of time (9:00-17:00, 22:00至次日6:00: a schedule's, where a post is
# stamped with a moment).
_POST_STAMP = re.compile(r"(?<!:)(?<!:\d)(?:\d{2,4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?\s*"
                         r"\d{1,2}:\d{2}(?!\s*[-~～—至到]\s*(?:次日)?\d)")
# A date and a time of day (or a span of time) on a line: a line of a schedule, or a post's stamp.
_DATED_TIME = re.compile(r"\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?\s*\d{1,2}:\d{2}")


def is_stamp(text: str) -> bool:
    """A post's date and time of day on a short line (no sentence of prose)."""
    # (A time of day holds a colon: most lines are passed over without the regex.)
    return len(text) <= MAX_STAMP_LINE and ":" in text and "。" not in text and _clock(text) \
        and bool(_POST_STAMP.search(text))


def _clock(text: str) -> bool:
    """Whether a colon of ``text`` has a digit before it and digits after it (``\\d`` is what
    ``str.isdecimal`` tells), as every time of day :data:`_POST_STAMP` finds holds: more than
    half of the short lines with a colon (a label's 来源:, a link's http:) are told by a
    ``find`` or two, where the pattern, opening with optional digits, is tried at every
    character."""
    i = text.find(":")
    while i >= 0:
        if text[i + 1:i + 3].isdecimal() and text[i - 1:i].isdecimal():
            return True
        i = text.find(":", i + 1)
    return False


def _stamps(lines: Sequence[str], start: int = 0) -> list[int]:
    """The indices of the lines from ``start`` on that are stamps (:func:`is_stamp`): only the
    lines holding a colon asked (a few), told by an ``in`` test without a call a line."""
    return [i for i in range(start, len(lines)) if ":" in (line := lines[i]) and is_stamp(line)]


def stamp_lines(lines: Sequence[str]) -> tuple[int, ...]:
    """The indices of the lines that are stamps (:func:`is_stamp`). A dump's are read once, as
    it is parsed (:attr:`cleaner.blocks.Page.stamps`), and handed to :func:`threads`, to
    :func:`thread_start` and to :func:`entry_end`: the regex asked of a colon's line costs
    ~20,000 instructions, and each of the three read every line of the page for its own."""
    return tuple(_stamps(lines))


def threads(lines: Sequence[str], body: Sequence[bool], stamps: Sequence[int] | None = None,
            cjk: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """The line ranges of the posts after the first one: the replies of threads of dated posts
    (each thread from its second post on: the first post of a forum thread is its article),
    and on a page of dated entries everything from the second entry's heading on. ``body``
    tells, per line, a paragraph that may open a body; ``stamps``, the lines' stamps when read
    already (:func:`stamp_lines`); ``cjk``, their CJK characters when counted already."""
    if stamps is None:
        stamps = _stamps(lines)
    found: list[tuple[int, int]] = []
    k = 0
    while k + THREAD_POSTS <= len(stamps):
        j = k
        while j + 1 < len(stamps) and stamps[j + 1] - stamps[j] <= THREAD_GAP:
            j += 1
        if j - k + 1 >= THREAD_POSTS and not (stamps[k + 1] - stamps[k] == 1
                                              and live_entries(lines.__getitem__, len(lines), stamps[k + 1:j + 1])):
            found.append((stamps[k + 1], min(len(lines), stamps[j] + THREAD_GAP)))
        k = j + 1
    heads = entry_heads(lines, lambda i: body[i], stamps, cjk)
    if len(heads) >= MIN_ENTRIES:
        found.append((heads[1] - 1, len(lines)))
    return found


def entry_heads(lines: Sequence[str], is_body: Callable[[int], bool], stamps: Sequence[int],
                cjk: Sequence[int] | None = None) -> list[int]:
    """The stamps (line indices, among ``stamps``) that open an entry: a heading right above
    (short, no sentence, not a stamp itself nor a paragraph, ``is_body``) and the entry's text
    right below. ``cjk``: the lines' CJK characters, when counted already (else -1 each: counted
    here, of the lines asked)."""
    counts = cjk if cjk is not None else [-1] * len(lines)
    return [i for i in stamps if 0 < i and _heading(lines[i - 1], counts[i - 1])
            and any(_text(lines[k], counts[k]) for k in range(i + 1, min(len(lines), i + 1 + ENTRY_TEXT_NEAR)))
            and not is_body(i - 1)]


def _heading(text: str, cjk: int = -1) -> bool:
    return len(text) <= MAX_ENTRY_HEADING and (cjk if cjk >= 0 else cjk_count(text)) >= MIN_ENTRY_HEADING_CJK \
        and "。" not in text and not is_stamp(text) and not _DATED_TIME.search(text)


def _text(line: str, cjk: int = -1) -> bool:
    """A line of an entry's text: a few words of prose, with a mark of it (``cjk``: its CJK
    characters, when counted already)."""
    return (cjk if cjk >= 0 else cjk_count(line)) >= MIN_ENTRY_TEXT_CJK and bool(_PROSE_MARK.search(line))


def entry_end(blocks: Sequence[Block], stamp: int, is_body: Callable[[str], bool],
              stamps: Sequence[int] | None = None) -> int:
    """Where the entry under the stamp at ``stamp`` ends, on a page of dated entries: at the
    next stamp (its footer's, or the next entry's, less that entry's heading); -1 when the
    page is no page of entries or the line at ``stamp`` opens none. ``is_body`` tells a
    paragraph that may open a body (asked of a few lines only); ``stamps``, the blocks' stamps
    when read already (:func:`stamp_lines`)."""
    if stamps is None:
        stamps = _stamps([b.text for b in blocks])
    # (The stamp's own entry asked first, of the lines down to its text's: a head is one by its own
    # lines, and most meta lines open none, where every stamp of the page was asked.)
    near = [b.text for b in blocks[:stamp + 1 + ENTRY_TEXT_NEAR]]
    if stamp not in stamps or not entry_heads(near, lambda i: is_body(near[i]), (stamp,)):
        return -1
    lines = [b.text for b in blocks]
    heads = entry_heads(lines, lambda i: is_body(lines[i]), stamps)
    if len(heads) < MIN_ENTRIES:
        return -1
    after = next((i for i in stamps if i > stamp), len(lines))
    return after - 1 if after in heads else after


def thread_start(blocks: Sequence[Block], first: int, end: int, is_prose: Callable[[Block], bool],
                 stamps: Sequence[int] | None = None) -> int:
    """Where a thread of reader comments or forum replies begins inside ``[first, end)``
    (``end`` when there is none): :data:`THREAD_POSTS` lines or more carrying a post's date and
    time of day, each within :data:`THREAD_GAP` lines of the last. The article above it ends
    with its last paragraph (``is_prose``): the labels between (评论, 回复) go with the thread.
    ``stamps``: the blocks' stamps when read already (:func:`stamp_lines`)."""
    if stamps is None:
        stamps = [i for i in range(max(0, first - 2), end) if ":" in (text := blocks[i].text) and is_stamp(text)]
    # (The article opened by a stamp under another, its meta line's: a live report's first entry.)
    opened = first >= 2 and first - 1 in stamps and first - 2 in stamps
    stamps = [i for i in stamps if first < i < end]
    k = 0
    while k + THREAD_POSTS <= len(stamps):
        run = stamps[k:k + THREAD_POSTS]
        if all(b - a <= THREAD_GAP for a, b in zip(run, run[1:])) and not (
                opened and live_entries(lambda i: blocks[i].text, len(blocks), [first - 1, *run])):
            below = _enclosed_list(blocks, run[0], end, is_prose)
            if below < 0:
                start = run[0]
                while start - 1 > first and not is_prose(blocks[start - 1]):
                    start -= 1
                return start
            while k < len(stamps) and stamps[k] < below:   # (the list's stamps passed over)
                k += 1
        else:
            k += 1
    return end


def live_entries(line: Callable[[int], str], n: int, entries: Sequence[int]) -> bool:
    """Whether the stamps on lines ``entries`` (of ``n``, their texts ``line(i)``) open a live
    report's entries (直播), not a thread's posts: each a date and a time alone (no poster's
    name), a line closing a sentence right under it (the entry's text) and, but the first, right
    above it (the entry above's last). The first opens the article, right under its meta line: a
    thread's posts follow an article's prose (:func:`threads` and :func:`thread_start` ask it
    there alone)."""
    return all(not named_stamp(line(i)) and i + 1 < n
               and closes_sentence(line(i + 1)) and (k == 0 or closes_sentence(line(i - 1)))
               for k, i in enumerate(entries))


def _enclosed_list(blocks: Sequence[Block], at: int, end: int, is_prose: Callable[[Block], bool]) -> int:
    """The line below the list that the stamp on line ``at`` is a line of, when the article's
    prose encloses that list (-1 when it does not): lines each with a date and a time of day
    (a stamp, or a span of time), one under the other, a paragraph right above them and one
    that ends its sentence right below. A schedule (11月3日 7:30 鸣枪) is such a list; a
    thread's posts are not, each with its text under its stamp and no paragraph of the article
    after them."""
    above = below = at
    while above >= 0 and _DATED_TIME.search(blocks[above].text):
        above -= 1
    while below < end and _DATED_TIME.search(blocks[below].text):
        below += 1
    enclosed = below - above > 2 and above >= 0 and below < end and is_prose(blocks[above]) \
        and is_prose(blocks[below]) and closes_sentence(blocks[below].text)
    return below if enclosed else -1


#: The article's first paragraph is at most this many lines below a stray line of prose over it.
STRAY_GAP = 3
MAX_STRAY_CHARS = 40


def stray_opening(blocks: Sequence[Block], first: int, end: int, is_prose: Callable[[Block], bool],
                  on_topic: Callable[[str], bool]) -> int:
    """Where the article opens: at ``first``, or at the paragraph below it when ``first`` is a
    stray prompt (an app's download prompt, an audio player's): a short line of prose with no
    full stop, cut off from the paragraphs below by lines of no prose (a player's 00:00, a
    byline), within :data:`STRAY_GAP` lines, and off the topic of the title and the body
    (``on_topic``)."""
    if first >= end or len(blocks[first].text) > MAX_STRAY_CHARS or "。" in blocks[first].text:
        return first
    below = next((i for i in range(first + 1, min(end, first + 2 + STRAY_GAP)) if is_prose(blocks[i])), -1)
    return below if below > first + 1 and not on_topic(blocks[first].text) else first


#: A run of numbered steps over the article's first paragraph: this many steps or more, each
#: of MIN_STEP_CJK CJK characters and at most MAX_STEP_CHARS characters, numbered from one; at
#: most STEP_GAP short lines (at most MAX_GAP_CJK CJK characters, no clause: a heading, a step's
#: last label) between the last step and the paragraph, or between a step's number printed on a
#: line of its own and its text (点击查看大图).
MIN_STEPS = 3
MIN_STEP_CJK = 4
MAX_STEP_CHARS = 120
STEP_GAP = 2
MAX_GAP_CJK = 12
# A clause's mark inside a step (a comma, an enumeration comma, a semicolon).
_CLAUSE = re.compile(r"[，、；,;]")
# A step's number on a line of its own (步骤 1, 第一步, 1/6, 3, ②, a list's bullet before it, a
# picture's short caption after it: 1/4 点击查看大图), or opening the step's line (1. 2、 步骤3：
# 第二步， ③).
_STEP_LABEL = re.compile(r"^[\s*•·]*(?:步骤\s*(?P<a>\d{1,2})|第\s*(?P<c>[一二三四五六七八九十]|\d{1,2})\s*步"
                         r"|(?P<f>\d{1,2})\s*/\s*\d{1,2}|(?P<b>\d{1,2})|(?P<o>[\u2460-\u2473]))(?:\s+[^\s，。]{1,8})?[\s:：.、]*$")
_STEP_OPEN = re.compile(r"^\s*(?:步骤\s*(?P<a>\d{1,2})\s*[:：.、]?|第(?P<c>[一二三四五六七八九十]|\d{1,2})步\s*[:：，,]?"
                        r"|(?P<b>\d{1,2})\s*[.、．)）]|(?P<o>[\u2460-\u2473]))\s*(?=[\u4e00-\u9fff])")
_CHINESE_DIGITS = "一二三四五六七八九十"


def _step_number(match: re.Match[str] | None) -> int:
    """The number a step's label or opening gives (0 for none)."""
    if match is None:
        return 0
    found = match.groupdict()
    chinese, circled = found["c"], found["o"]
    number = found["a"] or found.get("f") or found["b"] or (chinese if chinese and chinese.isdigit() else "")
    if number:
        return int(number)
    if chinese:
        return _CHINESE_DIGITS.index(chinese) + 1
    return ord(circled) - 0x245F if circled else 0


def numbered_steps(lines: Sequence[str], cjk: Sequence[int], first: int) -> list[int]:
    """The lines of the numbered steps right over the article's first paragraph ``first`` (a
    recipe's, a how-to's, a schedule's), top down; none unless they read as one sequence. Each
    step is a line of its own, without a full stop as often as not, its number on it or on a
    line of its own above it, at most :data:`STEP_GAP` short lines below the last; the numbers
    run from one up without a gap, half the steps or more hold a clause's mark, half or more
    share a word with another step, and no line of the run is dated. A list of other articles
    numbered 1 to 6 is headlines on topics of their own (no word shared), without a clause's
    mark, or dated."""
    for at in range(first - 1, max(-1, first - 2 - STEP_GAP), -1):
        steps = _steps_up(lines, cjk, at, first)
        if steps or not _gap_line(lines[at], cjk[at]):
            return steps
    return []


def _steps_up(lines: Sequence[str], cjk: Sequence[int], at: int, first: int) -> list[int]:
    """:func:`numbered_steps`' steps, the last on line ``at``."""
    steps: list[tuple[int, int]] = []   # (line, number), bottom up
    while at >= 0 and MIN_STEP_CJK <= cjk[at] and len(lines[at]) <= MAX_STEP_CHARS:
        number, label = _step_number(_STEP_OPEN.match(lines[at])), at
        while not number and label > 0 and at - label < STEP_GAP:
            label -= 1
            number = _step_number(_STEP_LABEL.match(lines[label]))
            if not number and not _gap_line(lines[label], cjk[label]):
                break
        if not number or steps and number != steps[-1][1] - 1:
            break
        steps.append((at, number))
        at = label - 1 if label < at else at - 1
        if number == 1:
            break
    if len(steps) < MIN_STEPS or steps[-1][1] != 1 or DATE_LIKE.search("\n".join(lines[steps[-1][0]:first])):
        return []
    texts = [lines[i] for i, _ in steps]
    marked = sum(bool(_CLAUSE.search(text)) for text in texts)
    shared = sum(any(bigram in other for bigram in cjk_bigrams(text) for other in texts if other is not text)
                 for text in texts)
    return [i for i, _ in reversed(steps)] if 2 * marked >= len(texts) and 2 * shared >= len(texts) else []


def _gap_line(text: str, cjk: int) -> bool:
    """Whether a line between steps, or between the last step and the paragraph, is a short one
    without a clause (a heading, a caption's prompt, a step's label)."""
    return cjk <= MAX_GAP_CJK and not _CLAUSE.search(text)


def opening_steps(lines: Sequence[str], cjk: Sequence[int], body: list[bool],
                  run: tuple[int, int]) -> tuple[list[bool], tuple[int, int]]:
    """``body`` and the body's run (its first paragraph and its end) opened at the numbered steps
    right over its first paragraph (:func:`numbered_steps`): a copy of ``body`` with each step
    marked a paragraph, the run from the first step (the article starts with them, and none is
    its headline); ``body`` and ``run`` themselves without such steps."""
    steps = numbered_steps(lines, cjk, run[0]) if run[0] > 0 else []
    if not steps:
        return body, run
    stepped = body[:]
    for i in steps:
        stepped[i] = True
    return stepped, (steps[0], run[1])


#: The article's name over its steps: a line of at most this many CJK characters, at most
#: NAME_WINDOW lines above the first step.
MAX_NAME_CJK = 16
NAME_WINDOW = 40
# A counter printed under a page's name (368万人浏览, 1.2万 阅读, 浏览 1234).
_COUNTER = re.compile(r"^\s*(?:[\d.]+万?\s*(?:人|次)?\s*(?:浏览|阅读|收藏|围观|看过)|(?:浏览|阅读)\s*[:：]?\s*[\d.]+万?)")


def steps_headline(lines: Sequence[str], cjk: Sequence[int], first: int, headline: int) -> int:
    """The headline of an article that opens with numbered steps at ``first``: the line
    ``headline`` found for it, or a short name above it that ``headline`` is a section of
    (茄子豆角 over 茄子豆角的做法步骤, a section named after the article), or a short name the
    page's counter follows (368万人浏览) that shares a word with the steps; the nearest."""
    for j in range(first - 1, max(-1, first - 1 - NAME_WINDOW), -1):
        name = lines[j].strip()
        if not 2 <= cjk[j] <= MAX_NAME_CJK or cjk[j] < len(name) - 1 or not _headline_words(name):
            continue
        if 0 <= headline and j < headline and lines[headline].strip().startswith(name + "的") \
                or j + 1 < first and _COUNTER.match(lines[j + 1]) \
                and any(bigram in lines[k] for bigram in cjk_bigrams(name) for k in range(first, first + MIN_STEPS)):
            return j
    return headline
