"""A summary printed over the article that only repeats its start: a site system's 摘要 or
intro box (``摘要: 8月18日，历时五个月的… ...``), filled by cutting the first paragraph short,
with or without an ellipsis.

Body selection keeps such a box where it stands in the article's container (or, in a dump,
right under the meta line): it is prose, on topic, and shares the headline's words. What gives
it away is the paragraph under it, which opens with the very same characters and goes on past
the cut. :func:`without_repeated_lead` takes it out as a ``duplicate``; a standfirst written
apart from the text (in other words) is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .article import Removal
from .body import Selection

__all__ = ["LEAD_BLOCKS", "MIN_REPEATED_CHARS", "OPENING_CHARS", "without_repeated_lead"]

#: The summary stands among the first kept blocks, and the paragraph it repeats within this
#: many blocks under it.
LEAD_BLOCKS = 3
#: The characters a summary and the paragraph share at least (whitespace left out): a short
#: teaser over a paragraph may repeat a phrase by chance.
MIN_REPEATED_CHARS = 20
#: The characters a paragraph under the summary must open with before both are compared whole.
OPENING_CHARS = 6
# The summary's label, or the colon left of it where a dump printed the label apart (a line
# "摘要" over ": 9月20日，…"), and the marks of its cut (..., …, ……, 。。。).
_LABEL = re.compile(r"^[\s【\[]*(?P<word>(?:内容)?(?:摘要|提要|导读|导语|简介|核心提示)[\s】\]]*)?[:：]?\s*")
_CUTS = ("...", "…", "。。。")
_CUT_MARKS = ".…。"
_SPACE = re.compile(r"\s+")


def without_repeated_lead(selection: Selection) -> Selection:
    """``selection`` without a kept block among its first :data:`LEAD_BLOCKS` that holds the
    start of a paragraph under it and no more (its label, 摘要 or 导读, and the ellipsis of its
    cut left out; a block so marked, or right above the paragraph, may hold all of it), when
    that start is :data:`MIN_REPEATED_CHARS` characters or more.

    >>> from cleaner.blocks import Block
    >>> kept = (Block(text="摘要：永宁桥修缮工程通过验收，这座建于清代的三孔石拱桥 ...", position=4),
    ...         Block(text="永宁桥修缮工程通过验收，这座建于清代的三孔石拱桥重新开放。", position=5))
    >>> [b.position for b in without_repeated_lead(Selection(kept, ())).kept]
    [5]
    """
    kept = selection.kept
    for i, block in enumerate(kept[:LEAD_BLOCKS]):
        text = block.text.rstrip()
        label = _LABEL.match(text)
        start = label.end()  # type: ignore[union-attr]
        # (A paragraph under it must open with the block's first characters: the texts are
        # squashed only then, where squashing every first paragraph cost the most.)
        opening = text[start:start + OPENING_CHARS]
        if len(text) - start < MIN_REPEATED_CHARS or not any(
                b.text.lstrip().startswith(opening) for b in kept[i + 1:i + 1 + LEAD_BLOCKS]):
            continue
        cut = text.endswith(_CUTS)
        core = _SPACE.sub("", text[start:len(text.rstrip(_CUT_MARKS)) if cut else len(text)])
        if len(core) < MIN_REPEATED_CHARS:
            continue
        # A summary marked as one (labelled, or cut) may hold the whole paragraph, and so may
        # one right above it; else the paragraph must go on past it. (Each paragraph's start
        # only is read, with room for its spaces.)
        whole = cut or label.group("word") is not None  # type: ignore[union-attr]
        if any((len(head) > len(core) or whole or k == 0) and head.startswith(core)
               for k, b in enumerate(kept[i + 1:i + 1 + LEAD_BLOCKS])
               for head in [_SPACE.sub("", b.text[:2 * len(text) + 20])]):
            scores = selection.scores
            return replace(selection, kept=kept[:i] + kept[i + 1:],
                           scores=scores[:i] + scores[i + 1:] if len(scores) == len(kept) else scores,
                           removed=selection.removed + (Removal.of(
                               block.text, "duplicate", "a summary repeating the start of the article",
                               block.position, None),))
    return selection
