"""The furniture of two page kinds that sits among the article's blocks (see :mod:`cleaner.body`).

- :func:`gallery_counters` — a gallery (图集) prints a counter under or over each picture (1/12,
  2/12 …): a block holding the counter alone is the player's, not the story's.
- :func:`question_post` — a question-and-answer page is a thread whose first post is the
  question: the header over its answers (3个回答, 全部回答, 最佳答案) ends the article, as a
  forum's second floor does (:func:`cleaner.posts.first_post`); an answer the page marks best,
  the others under a header of their own after it, goes with the question.

Both are told by shape and position, not by any one site's words: a run of counters numbered
one after another over one total, and a short line naming the answers under the question's own
prose.
"""

from __future__ import annotations

import re
from typing import Sequence

from .article import Removal
from .blocks import Block, closes_sentence
from .boxes import boxes
from .sift import fold

__all__ = ["furniture", "gallery_counters", "question_post"]

# A picture's counter alone on its block: 3/12, （3/12）, 3 / 12.
_COUNTER = re.compile(r"^[（(\[【]?\s*(\d{1,3})\s*/\s*(\d{1,3})\s*[）)\]】]?$")
#: Counters numbered one after another over one total that make the page a gallery (a single
#: 1/2 may be a table's cell or a fraction).
MIN_COUNTERS = 2
#: The longest block a counter is read in.
_COUNTER_CHARS = 16

# The header over a question's answers, alone on its line (folded text): 3个回答, 共12条回答,
# 全部回答, 其他回答（5）, 最佳答案 (a platform's words for the answer the asker took). Not
# 更多回答 or 查看全部 N 个回答: they point at answers the page does not hold (a page of one
# answer under its question, whose article the answer is), as a link or an end marker; nor
# 推荐答案, 参考答案, 网友回答, which head an article's own section (an exam's answers, a survey's).
ANSWERS_HEADER = re.compile(
    r"^(?:共|全部|其他|其它)?\s*\d{1,5}\s*(?:个|条)(?:回答|答案)$"
    r"|^(?:全部|其他|其它)回答\s*(?:[（(]\s*\d{1,5}\s*[)）])?$"
    r"|^(?:最佳|满意|采纳)(?:答案|回答)$")
# The header of the answer the asker or the site took (the last alternative above).
_BEST = re.compile(r"^(?:最佳|满意|采纳)(?:答案|回答)$")
#: The longest line read as the best answer's credit, which holds a date.
_CREDIT_CHARS = 40
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[-/月]\s*\d{1,2}")
#: The longest line read as that header.
_HEADER_CHARS = 16
#: Prose of the question's own (CJK characters of finished sentences) above the header that
#: makes it the article; with less (a question of its title alone) the page is left as it was.
MIN_QUESTION_CJK = 20


def gallery_counters(kept: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """The kept blocks without a gallery's picture counters, and the counters.

    A counter counts when it is one of :data:`MIN_COUNTERS` or more over one total whose
    numbers run one after another in page order (2/4 3/4 4/4; the first may have gone with the
    chrome above the article): a table of fractions is not numbered so.
    """
    found = [(k, _COUNTER.match(b.text.strip())) for k, b in enumerate(kept)
             if len(b.text) <= _COUNTER_CHARS and "/" in b.text]
    counters = [(k, int(m[1]), int(m[2])) for k, m in found if m and 1 <= int(m[1]) <= int(m[2])]
    if len(counters) < MIN_COUNTERS:
        return list(kept), []
    drop: set[int] = set()
    run = [counters[0]]
    for item in counters[1:] + [(-1, 0, 0)]:
        if item[2] == run[-1][2] and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        if len(run) >= MIN_COUNTERS:
            drop.update(k for k, _, _ in run)
        run = [item]
    if not drop:
        return list(kept), []
    return ([b for k, b in enumerate(kept) if k not in drop], [b for k, b in enumerate(kept) if k in drop])


def question_post(kept: Sequence[Block], inside: Sequence[Block], folded: Sequence[str] | None = None
                  ) -> tuple[list[Block], list[Block]]:
    """The kept blocks of a question-and-answer page's question, and its answers.

    The first short block of the article's container (``inside``, kept or not: 其他回答 is
    already an end marker's) reading as a header over answers (:data:`ANSWERS_HEADER`), not a
    link (查看全部 N 个回答 leads to the answers of another page), under
    at least :data:`MIN_QUESTION_CJK` kept characters of finished sentences, ends the question:
    every kept block after it goes, but for a best answer's (:data:`_BEST`) up to the next
    header, the credit lines ending it and the question's (:func:`_uncredited`) left out.
    ``folded``: the page's block texts folded, by position (a
    dump's lines, without it, are folded here: the few short ones holding 答).
    """
    headers = [(b.position, line) for b in inside if len(b.text) <= _HEADER_CHARS and "答" in b.text
               and not b.link_chars and ANSWERS_HEADER.match(
                   line := (folded[b.position] if folded is not None else fold(b.text)).strip())]
    if not headers:
        return list(kept), []
    header = headers[0][0]
    if sum(b.cjk for b in kept if b.position < header and b.punct) < MIN_QUESTION_CJK:
        return list(kept), []
    # The answer the page marks best, headed alone, goes with the question: the answers end at
    # the header of the others (其他3条回答); with none after it, where it ends is not told.
    # A credit line after each (the asker or the answerer, a date: 老周 回答于 2024-06-03) goes.
    best = _BEST.match(headers[0][1]) and next((at for at, _ in headers[1:]), None)
    if best:
        question = _uncredited([b for b in kept if b.position < header]) \
            + _uncredited([b for b in kept if header < b.position < best])
        taken = {b.position for b in question}
        return question, [b for b in kept if b.position not in taken]
    return [b for b in kept if b.position < header], [b for b in kept if b.position >= header]


def _uncredited(post: list[Block]) -> list[Block]:
    """``post`` without the credit lines at its end: short, no sentence, a date in them; and the
    labelled piece of a credit right above its date (a dump prints 提问时间： or 提问者：老周 |
    apart from 2024-06-03 21:14)."""
    while post and len(post[-1].text) <= _CREDIT_CHARS and not closes_sentence(post[-1].text) \
            and _DATE.search(post[-1].text):
        credit = post.pop()
        if post and post[-1].position == credit.position - 1 and len(post[-1].text) <= _HEADER_CHARS \
                and ("：" in post[-1].text or ":" in post[-1].text) and not closes_sentence(post[-1].text):
            post.pop()
    return post


def furniture(kept: Sequence[Block], inside: Sequence[Block], folded: Sequence[str] | None = None,
              weights: Sequence[float] | None = None) -> tuple[list[Block], list[Removal]]:
    """The kept blocks without a question's answers, a gallery's counters, a code block's line
    numbers and copy button, a table of contents and sections' edit links (:mod:`cleaner.boxes`),
    and their removals
    (``inside``: the article's container, or a dump's body span; ``folded`` and ``weights``:
    the page's, by position, where body selection has them)."""
    kept, answers = question_post(kept, inside, folded)
    kept, counters = gallery_counters(kept)
    kept, code, contents, edits = boxes(kept, inside)
    return kept, [Removal.of(b.text, reason, detail, b.position, weights[b.position] if weights else None)
                  for found, reason, detail in ((answers, "comment", "an answer under the question"),
                                                (counters, "chrome", "a gallery's picture counter"),
                                                (code, "chrome", "a code block's line numbers or copy button"),
                                                (contents, "chrome", "a table of contents"),
                                                (edits, "chrome", "a section's edit link"))
                  for b in found]
