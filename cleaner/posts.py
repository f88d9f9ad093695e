"""Pages told by their time stamps and posts: a forum thread, a page of dated entries, a list
of dated items (see :mod:`cleaner.sift`, whose judgements these are).

- :func:`first_post` — a forum thread (floors 1楼 2楼 …, 楼主) holds one article, its first post;
  the replies are comments.
- :func:`entry_of_headline` — a page of several dated entries (a blog's front page, posts each
  with a heading and a time stamp) whose headline heads one of them holds that entry alone.
- :func:`dated_items` — a page whose kept prose comes as items each with its own time stamp
  (16分钟前, 2020-08-07) is a list of articles, not one.

:func:`is_stamp` tells a time stamp. :mod:`cleaner.body` asks the three of a page's selection;
:mod:`cleaner.textdump` and :mod:`cleaner.dumpprose` ask :func:`first_post` and
:func:`dated_items` of a dump's.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .blocks import Block, cjk_count, closes_sentence
from .patterns import CLOCK_TIME, DATE_LIKE, FORUM_FLOOR, POST_ACTION, POSTED_BY, RELATIVE_STAMP
from .prefilter import prefiltered
from .scans import indices_with_chars, overlapped
from .sift import POST_MARK_CHARS, PROSE_CJK, PROSE_PUNCT, STAMP_CHARS, _folding_to, _prose, fold

__all__ = ["dated_items", "entry_of_headline", "first_post", "is_stamp", "named_stamp"]

# Searched where a date can start (19, 20, 民国): a page's short lines joined are scanned once.
_DATE_LIKE = prefiltered(DATE_LIKE)
#: Floor marks in one container that make it a forum thread.
MIN_FLOORS = 3
#: Time stamps among the kept prose that make it a list of dated items, and their share of the
#: prose blocks (one stamp per item).
MIN_ITEM_STAMPS = 3
ITEM_STAMP_SHARE = 0.75
#: A headline this long (CJK characters) printed above the items makes them one article's.
MIN_HEADLINE_CJK = 8
# Letters, digits and CJK characters: what a stamp holds besides its date is a name when it has
# a few of them.
_WORDS = re.compile(r"\w")
MIN_NAME_CHARS = 2
#: Time stamps in the kept span that make it a page of dated entries, and how near after its
#: heading an entry's stamp is printed.
MIN_ENTRY_STAMPS = 3
ENTRY_STAMP_NEAR = 2
#: Blocks above the first kept one searched for the headline and its stamp.
ENTRY_LOOKBACK_BLOCKS = 10
#: An entry's heading (before the next entry's stamp) is at most this long.
ENTRY_HEADING_CHARS = 40

# What a time stamp (:func:`is_stamp`) holds on a block's own text, before folding: 19 or 20
# (its date's gate, a year 19xx, 20xx), 民 (民国), 前 (16分钟前, 前天), 昨 (昨天), 刚 (刚刚) or a
# character folded to one of these four, or a colon (a clock time). Folding makes no digit and
# no colon, and keeps two digits side by side. Each is found by ``str.find`` in the short lines
# joined (:func:`_with_chars`, a scan in C), where sre tested a class of 1, 2, the colon and the
# characters at every character, and the lines holding a 1 or a 2 apart from 19 and 20 (counters,
# page numbers) were asked :func:`is_stamp` too (652 → 379 lines over the corpus pages' spans).
_STAMP_MARKS = ("19", "20", ":", *_folding_to("民前昨刚"))
# What a poster's header (:data:`patterns.POSTED_BY` on the folded text) holds on a line's own
# text: 发 (发表于), 由 (由 X 发布), b (by X) or a character folded to one of these.
_POSTER_CHARS = "bB" + _folding_to("发由")


def _with_chars(chars: Sequence[str], blocks: Sequence[Block]) -> list[Block]:
    """The blocks, in order, whose text holds one of ``chars`` (characters or short strings:
    :func:`scans.indices_with_chars`)."""
    return [blocks[k] for k in indices_with_chars(chars, [b.text for b in blocks])]


def _stamps(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, in order, that are time stamps (:func:`is_stamp`). A stamp is a short line
    without a full stop: the others, which hold most of a page's characters (and all of them
    on a page whose paragraphs are broken into short lines), are passed over by
    their length and that mark before the marks are looked for (:data:`_STAMP_MARKS`)."""
    return [b for b in _with_chars(_STAMP_MARKS, [b for b in blocks if len(b.text) < STAMP_CHARS
                                                  and "。" not in b.text]) if is_stamp(b)]


def is_stamp(block: Block) -> bool:
    """A short block that is a time stamp (with a name or a counter at most), not a sentence."""
    if len(block.text) >= STAMP_CHARS or "。" in block.text:
        return False
    text = fold(block.text)
    # (A date holds 19, 20 or 民: ``in`` tests before the regex call, as for the others below.)
    return bool(("20" in text or "19" in text or "民" in text) and DATE_LIKE.search(text)
                or RELATIVE_STAMP.search(text)
                or (len(text) < STAMP_CHARS // 2 and ":" in text and CLOCK_TIME.search(text)))


def _post_mark(block: Block) -> bool:
    """A post's header or footer, once the page is a thread: a floor or the poster's role
    (楼主), its poster and time, or a time stamp with a name beside it (a bare date inside the
    first post, a photo's date, is not one)."""
    return len(block.text) < POST_MARK_CHARS and not closes_sentence(block.text) and bool(
        FORUM_FLOOR.search(fold(block.text)) or _poster_header(block)
        or (is_stamp(block) and named_stamp(block.text)))


def named_stamp(text: str) -> bool:
    """Whether a stamp (its text) holds more than its date and time: a poster's name or label."""
    rest = CLOCK_TIME.sub("", DATE_LIKE.sub("", fold(text)))
    return len(_WORDS.findall(rest)) >= MIN_NAME_CHARS


def _floor(block: Block) -> bool:
    """A post's floor with its time or its buttons: 举报|1楼2017-09-28 23:58, 3楼 | 回复."""
    if len(block.text) >= POST_MARK_CHARS or "楼" not in block.text:  # 楼 is the same in both
        return False
    text = fold(block.text)
    return bool(FORUM_FLOOR.search(text) and POST_ACTION.search(text))


def _bare_floor(block: Block) -> bool:
    """A short line holding a floor mark and no sentence: 1楼 |, 楼主：X."""
    return len(block.text) < STAMP_CHARS and "楼" in block.text and not closes_sentence(block.text) \
        and bool(FORUM_FLOOR.search(fold(block.text)))


def _poster_header(block: Block) -> bool:
    """A post's header naming its poster and its time: 发布时间 2005/03/15 22:36 by X, X 发表于
    2024-07-12 20:15."""
    text = block.text
    if len(text) >= POST_MARK_CHARS or not ("20" in text or "19" in text or "民" in text) \
            or not DATE_LIKE.search(text):
        return False
    return bool(POSTED_BY.search(fold(text)))


def first_post(inside: Sequence[Block], kept: list[Block], *, loose: bool = False
               ) -> tuple[list[Block], list[Block]]:
    """The kept blocks of a forum thread's first post, and the replies dropped.

    A thread shows a floor mark (1楼, 楼主, 沙发) or its poster and time (X 发表于 <date>) in
    the header or footer of every post: :data:`MIN_FLOORS` of either in the container make it
    one. The first post runs from the first
    kept prose to the next post mark (the footer of the first post or the header of the second).
    Anything else is left alone. ``loose``: a short line with a floor mark counts without the
    post's time or buttons beside it (a text dump prints each on a line of its own).
    """
    # Most pages hold no floor mark, and many no date: one search of the joined text tells (a
    # floor needs 楼, the same in both scripts; a poster's header a date, and a block's date is
    # one of the joined text too).
    # (Both floor tests ask for 楼 first: a line without one is passed over without a call.)
    joined = "\n".join([b.text for b in inside])
    floors = len([b for b in inside if "楼" in b.text and (_floor(b) or loose and _bare_floor(b))]) \
        if "楼" in joined else 0
    if floors < MIN_FLOORS:
        # A poster's header is a short line holding a date (so 19, 20 or 民, its own first test)
        # and what its verb or its by needs (:data:`_POSTER_CHARS`, found by a byte scan of those
        # lines): a page with fewer such lines than the count needs has its dates unsearched.
        # Only the lines a date of their joined text overlaps are asked (each line's own date is
        # one of the joined text's). (A digit first: a two-character needle is made wide for a CJK
        # line, a copy each test; "0" or "9" is a plain scan.)
        short = _with_chars(_POSTER_CHARS, [b for b in inside if len(text := b.text) < POST_MARK_CHARS
                                            and (("0" in text or "9" in text)
                                                 and ("20" in text or "19" in text) or "民" in text)])
        if len(short) < MIN_FLOORS or sum(1 for k in overlapped(_DATE_LIKE, [b.text for b in short])
                                          if _poster_header(short[k])) < MIN_FLOORS:
            return kept, []
    start = next((b.position for b in kept if _prose(b)), None)
    if start is None:
        return kept, []
    end = next((b.position for b in inside if b.position > start and _post_mark(b)), None)
    if end is None:
        return kept, []
    return ([b for b in kept if b.position < end], [b for b in kept if b.position >= end])


def dated_items(blocks: Sequence[Block], kept: Sequence[Block], title: str | None,
                is_headline: Callable[[str], bool]) -> bool:
    """Whether the kept prose comes as a list of items each with its own time stamp.

    An article has one date, above it; a list page (the latest news of a channel) prints one
    per item. The stamps are counted from the first kept block to just after the last one, in
    the page, so the stamps selection left out count too. A page that prints a headline of its
    own above the items (a chronology: dates, each with its paragraph) is an article.
    """
    if not kept:
        return False
    # A stamp is a short block without a full stop: a span of too few of them holds too few
    # stamps, and neither the headline nor the stamps need looking for. The prose blocks are
    # counted only until they are too many for those (most articles: more paragraphs than
    # short lines; a page whose paragraphs are broken into short lines has its full stops).
    short = [b for b in blocks[kept[0].position:kept[-1].position + 2] if len(b.text) < STAMP_CHARS
             and "。" not in b.text]
    if len(short) < MIN_ITEM_STAMPS:
        return False
    prose = 0
    for b in kept:
        if b.cjk >= PROSE_CJK and b.punct >= PROSE_PUNCT:   # _prose inline: no call a block
            prose += 1
            if len(short) < ITEM_STAMP_SHARE * prose:
                return False
    if prose < MIN_ITEM_STAMPS:
        return False
    if title and cjk_count(title) >= MIN_HEADLINE_CJK and any(
            b.cjk and is_headline(b.text) for b in blocks[:kept[0].position]):
        return False
    stamps = len(_stamps(short))
    return stamps >= MIN_ITEM_STAMPS and stamps >= ITEM_STAMP_SHARE * prose


def entry_of_headline(blocks: Sequence[Block], kept: list[Block], title: str | None,
                      is_headline: Callable[[str], bool]) -> tuple[list[Block], list[Block]]:
    """The kept blocks of the entry the headline heads, on a page of dated entries, and the rest.

    A blog's page shows several posts, each as a heading, a time stamp and the text: with
    :data:`MIN_ENTRY_STAMPS` stamps from the headline to the end of the kept blocks and a block
    matching the title right above one of them, the article runs from that stamp to the next
    one, less the next entry's heading; the next entry must show a heading above its stamp and
    text after it. Anything else is left alone.
    """
    if not title or not kept:
        return kept, []
    start = max(0, kept[0].position - ENTRY_LOOKBACK_BLOCKS)
    span = blocks[start:kept[-1].position + 1]
    # The stamps first (short lines, found in one scan): most pages have too few, and then no
    # block need be asked whether it is the headline.
    stamps = [b.position for b in _stamps(span)]
    if len(stamps) < MIN_ENTRY_STAMPS:
        return kept, []
    heads = [k for k, b in enumerate(span) if b.cjk and is_headline(b.text)]
    if not heads:
        return kept, []
    # A stamp right under a heading (the positions grow block by block, so it is one of the
    # next ENTRY_STAMP_NEAR blocks).
    stamped = set(stamps)
    near = sorted({span[j].position for k in heads
                   for j in range(k + 1, min(k + 1 + ENTRY_STAMP_NEAR, len(span)))
                   if 0 < span[j].position - span[k].position <= ENTRY_STAMP_NEAR
                   and span[j].position in stamped})
    if not near:
        return kept, []
    first = near[0]
    end = next((s for s in stamps if s > first), None)
    # The next stamp opens the next entry only when that entry's text follows it (a date line
    # closing a notice is its signature).
    if end is None or not any(_prose(b) for b in blocks[end + 1:end + 1 + ENTRY_STAMP_NEAR]):
        return kept, []
    # ... and has a heading of its own above its stamp (a chronology's dates follow paragraphs).
    heading = blocks[end - 1]
    if end - 1 <= first or len(heading.text) > ENTRY_HEADING_CHARS or closes_sentence(heading.text):
        return kept, []
    end -= 1
    entry = [b for b in kept if first < b.position < end]
    if not any(_prose(b) for b in entry):
        return kept, []
    return entry, [b for b in kept if not first < b.position < end]
