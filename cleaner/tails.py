"""A paragraph's tail: a short chrome label or a reporter's credit stuck after its last sentence
(…持续。返回首页>>, …参加会议。记者 李秋晨), cut by :func:`strip_tail`, and the boilerplate
phrases it is told by.

The walk over the article's container (:func:`cleaner.body.select`) asks for the tail of every
line that holds a stop and does not end on one: on a page whose paragraphs are hard-wrapped
(~30 characters a line, hundreds of lines) most lines. Its last stop is found by one ``rfind``
where the line holds no ！ and no ？ (three ``rfind`` and a ``max`` asked ~4 k instructions a
line), and a tail too long to be a label is told by arithmetic, before any slice is made; a tail
where no phrase can open (the boilerplate search's own gate, asked inline) and that is no credit
is let go without the search's call.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Block
from .patterns import BOILERPLATE, BYLINE_LINE, HOSTING_NOTICE
from .prefilter import prefiltered
from .sift import fold

__all__ = ["BOILERPLATE_OPENING", "BOILERPLATE_SEARCH", "CREDIT_ROLES", "MAX_NOTICE_CHARS",
           "MAX_TAIL_CHARS", "hosting_notice", "strip_tail"]

#: A hosting platform's notice (:func:`hosting_notice`) is shorter than this: its English half
#: runs to some 220 characters.
MAX_NOTICE_CHARS = 300
#: A tail after the last sentence this long or shorter may be chrome or a credit.
MAX_TAIL_CHARS = 20
# Searched where a match can start: a try of its forty phrases at every character was the
# largest cost of the walk over the container.
BOILERPLATE_SEARCH = prefiltered(BOILERPLATE)
#: The characters a boilerplate phrase at a text's start opens with (:func:`cleaner.body.select`
#: asks the boilerplate test of a line of prose only when it opens with one; None when unknown,
#: and then of every line).
BOILERPLATE_OPENING = BOILERPLATE_SEARCH.opens
# What a reporters' credit holds, one of its two roles (``BYLINE_LINE``: a test checks).
CREDIT_ROLES = ("记者", "通讯员")
_REPORTER, _CORRESPONDENT = CREDIT_ROLES
# The search's own gate, for :func:`strip_tail` to ask without the method's call: a match opens
# at the tail's first character (one of these) or at a place past it (None when unknown).
_OPENS, _PLACES = BOILERPLATE_OPENING, BOILERPLATE_SEARCH.places


def hosting_notice(text: str) -> bool:
    """Whether ``text`` (folded) is a hosting platform's notice closing a user's post
    (:data:`cleaner.patterns.HOSTING_NOTICE`): most lines told without the call by the word
    each holds (信息, 资讯, information)."""
    return len(text) < MAX_NOTICE_CHARS and ("信息" in text or "讯" in text or "訊" in text or "nformation" in text) \
        and HOSTING_NOTICE.match(text) is not None


def strip_tail(block: Block, folded: str | None = None) -> tuple[Block, str]:
    """Cut a short chrome label or a reporter's credit stuck after a paragraph's last sentence
    (…持续。返回首页>>, …参加会议。记者 李秋晨). ``folded``: the block's text already
    :func:`fold`-ed (which keeps positions, so the tail's fold is its slice)."""
    text = block.text
    end = text.rfind("。")
    if "！" in text or "？" in text:   # (rare: no more calls on most lines)
        end = max(end, text.rfind("！"), text.rfind("？"))
    if end < 0 or len(text) - end - 1 > MAX_TAIL_CHARS or end == len(text) - 1:
        return block, ""  # no sentence, a long run after it, or nothing after it
    # (The tail's own slice made only for a credit or a cut: most tails are neither.)
    folded_tail = fold(text[end + 1:]) if folded is None else folded[end + 1:]
    # A credit in brackets, （记者 胡晓蓉）, is the article's own sign-off and stays.
    credit = (_REPORTER in folded_tail or _CORRESPONDENT in folded_tail) \
        and BYLINE_LINE.match(folded_tail.strip()) and text[end + 1:].strip()[:1] not in "（(【["
    # (The search's gate asked here, a call less: on a hard-wrapped page most lines' tails are
    # the next sentence's first words, where no phrase opens and no place is found.)
    if not (credit or (_OPENS is None or _PLACES is None or folded_tail[:1] in _OPENS
                       or _PLACES.search(folded_tail, 1) is not None)
            and BOILERPLATE_SEARCH.search(folded_tail)):
        return block, ""
    return replace(block, text=text[:end + 1], cjk=-1, punct=-1), text[end + 1:].strip()
