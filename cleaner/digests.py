"""A digest of other articles closing the article's lines: a run of items of one shape, each a
short headline and the one-paragraph summary under it (相关阅读, 热点新闻 with their blurbs), or
each a sentence opening with a time of day (a 24-hour ticker).

The summaries are sentences, each as finished as a paragraph of the article, so neither the
link density nor a truncated ending tells them; what tells them is the shape repeated: every
paragraph of the run has a headline-like line right above it in the page (a link, or a line of
its own in a dump) and no other paragraph before the next headline, or every line of the run
opens with a clock time (on the line or on the line above). An article's own short sections and
its own timeline have that shape too, but they are about the article: an item counts only when
its headline is a link or its summary shares next to none of the words of the title and of the
article above the run (:func:`cleaner.dumpvocab.related`), and the article above must hold more
than the run. A numbered heading (一、, 1., 第二章) is the article's own outline, never an item.
"""

from __future__ import annotations

import re

from .blocks import Block, closes_sentence
from .dumpvocab import Vocabulary, related

__all__ = ["MIN_ITEMS", "trailing_digest"]

#: Items a run holds at least.
MIN_ITEMS = 3
#: A summary under a headline: this many CJK characters at least, this many characters at most.
MIN_SUMMARY_CJK, MAX_SUMMARY_CHARS = 30, 160
#: A headline above a summary: this many CJK characters at least, this many characters at most.
MIN_HEADLINE_CJK, MAX_HEADLINE_CHARS = 6, 40
# A headline holds no stop and no comma (it may end on a closing quote).
_HEADLINE_MARKS = frozenset("。！？!?；;，,")
# An item of a ticker: a time of day, then the sentence.
_CLOCK = re.compile(r"\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")
# A numbered heading: the article's own outline.
_NUMBERED = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|第[一二三四五六七八九十\d]{1,3}[章节部篇条步])")


def _summary(block: Block) -> bool:
    return block.cjk >= MIN_SUMMARY_CJK and len(block.text) <= MAX_SUMMARY_CHARS \
        and closes_sentence(block.text)


def _linked_headline(summary: Block, blocks: tuple[Block, ...]) -> bool:
    """Whether the line above ``summary`` in the page is a headline that is mostly a link."""
    if summary.position == 0:
        return False
    above = blocks[summary.position - 1]
    return 2 * above.link_chars > len(above.text) and _headline(above)


def _headline(block: Block) -> bool:
    text = block.text
    return MIN_HEADLINE_CJK <= block.cjk and len(text) <= MAX_HEADLINE_CHARS \
        and not _HEADLINE_MARKS.intersection(text) and _NUMBERED.match(text) is None


def trailing_digest(kept: list[Block], blocks: tuple[Block, ...], title: str) -> tuple[list[Block], list[Block]]:
    """``kept`` without the digest closing it, and the digest's blocks (its headlines among
    ``kept`` too). ``blocks``: the page's blocks, each at its ``position``, where a summary's
    headline is looked up (a link removed before as a link list is still its headline). The
    article above the run must hold more CJK characters than the run, and no item may be about
    the article (``title`` and the lines above the run) unless its headline is a link."""
    end = len(kept)
    if end <= MIN_ITEMS:
        return kept, []
    # (most articles end on a paragraph longer than a summary, or on a label: no walk)
    last = kept[-1]
    if not (_summary(last) or last.cjk < MIN_SUMMARY_CJK and end > 1 and _summary(kept[-2])):
        return kept, []
    start = _run(kept, blocks, end)
    if start == end:
        return kept, []
    run = kept[start:end]
    # Every item about something else: a linked headline, or a summary sharing next to none of
    # the article's words (an article's own timeline or sections are about it).
    vocabulary = Vocabulary(title, [b.text for b in kept[:start]])
    for b in run:
        if _summary(b) and not _linked_headline(b, blocks) and related(b.text, vocabulary):
            return kept, []
    if sum(b.cjk for b in run) >= sum(b.cjk for b in kept[:start]):
        return kept, []
    return kept[:start], run


def _run(kept: list[Block], blocks: tuple[Block, ...], end: int) -> int:
    """Where the digest closing ``kept[:end]`` starts (``end`` when there is none): its items all
    of one kind (:func:`_item`); labels under it (更多, 查看全部) are its own."""
    j = end
    while j > 0 and kept[j - 1].cjk < MIN_SUMMARY_CJK and not closes_sentence(kept[j - 1].text):
        j -= 1   # (a label under the run: 更多 >>)
    items, kind = 0, ""
    while j > 0 and _summary(kept[j - 1]):
        summary = kept[j - 1]
        this, above = _item(summary, blocks)
        if not this or kind and this != kind:
            break
        kind = this
        if above is None:
            j -= 1
        elif j >= 2 and kept[j - 2].position == above.position:
            j -= 2
        elif j >= 2 and kept[j - 2].position > above.position:
            break   # (a kept line between the headline and the summary)
        else:
            j -= 1
        items += 1
    return j if items >= MIN_ITEMS else end


def _item(summary: Block, blocks: tuple[Block, ...]) -> tuple[str, Block | None]:
    """What kind of item ``summary`` closes, and the line above it that opens the item: a
    sentence opening with a time of day ("clock", no line above), one under a time of day alone
    ("time") or under a headline ("headline"); ("", None) for none."""
    if _CLOCK.match(summary.text):
        return "clock", None
    position = summary.position
    if position == 0:
        return "", None
    above = blocks[position - 1]
    if (match := _CLOCK.match(above.text)) and not above.text[match.end():].strip():
        return "time", above
    return ("headline", above) if _headline(above) else ("", None)
