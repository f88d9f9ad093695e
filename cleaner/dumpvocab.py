"""The article's vocabulary in a text dump: whether a line is on its topic.

:mod:`cleaner.textdump` asks whether a headline-like line in the gap above the body, or in the
recommendations below it, shares the article's vocabulary (:func:`on_topic`), and whether a
summary cut off shares enough of it to be a paragraph of the article (:func:`related`): both by
the CJK character bigrams of the line, searched in the title's and in the article's lines
(:class:`Vocabulary`).
"""

from __future__ import annotations

from collections.abc import Collection
from math import ceil

from .blocks import cjk_bigrams

__all__ = ["OFF_TOPIC_SHARE", "Vocabulary", "on_topic", "related"]

#: A headline-like line shares at most this share of its character bigrams with the title and
#: the body to count as off-topic.
OFF_TOPIC_SHARE = 0.25


class Vocabulary:
    """The bigrams of a title and of the article's lines, asked one bigram at a time.

    A CJK bigram is in a line's text exactly when it is one of the line's bigrams, so the
    lines' text joined by line breaks answers by ``str.find``: a page asks about the bigrams of
    a few lines, where a table of every bigram of every line cost a set per line. Most bigrams
    asked lack one of their characters: told by ``in`` (by ``memchr``), with no ``find``.
    """

    __slots__ = ("title", "_lines", "_text")

    def __init__(self, title: str, lines: list[str]) -> None:
        self.title = cjk_bigrams(title)
        self._lines = lines
        self._text: str | None = None

    def add(self, line: str) -> None:
        self._lines.append(line)
        self._text = None

    def shares(self, gram: str, *, own: bool = False) -> bool:
        """Whether ``gram`` is the title's or in a line (``own``: in two lines, one of them
        the line asking)."""
        return self.count((gram,), 0, 0, own=own) > 0

    def count(self, grams: Collection[str], shared: int, need: float, *, own: bool = False) -> int:
        """``shared`` and the bigrams of ``grams`` that :meth:`shares`, counted only until the
        count is sure to be more than ``need``, or sure not to be: a line's bigrams asked in one
        call, each a step of the loop."""
        title, text, left = self.title, self._text, len(grams)
        for gram in grams:
            if shared > need or shared + left <= need:
                break
            left -= 1
            if gram in title:
                shared += 1
                continue
            if text is None:
                text = self._text = "\n".join(self._lines)
            if gram[0] not in text or gram[1] not in text:
                continue
            at = text.find(gram)
            if at >= 0 and own:
                end = text.find("\n", at)   # another line holding it
                at = text.find(gram, end) if end >= 0 else -1
            shared += at >= 0
        return shared


def on_topic(text: str, vocabulary: Vocabulary, *, own: bool = False) -> bool:
    """Whether ``text`` shares more than :data:`OFF_TOPIC_SHARE` of its bigrams with the title
    and the body, or twice that share when none of them is the title's (``own``: ``text`` is
    one of the body's lines, and its own bigrams do not count)."""
    grams = cjk_bigrams(text)
    if not grams:
        return True
    titled = len(grams & vocabulary.title)   # shares a bigram with the title: half the share
    need = (OFF_TOPIC_SHARE if titled else 2 * OFF_TOPIC_SHARE) * len(grams)
    return vocabulary.count(grams - vocabulary.title, titled, need, own=own) > need


def related(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a paragraph shares a tenth of its bigrams (at least three) with the article:
    a paragraph of the article does, a summary of another article does not."""
    grams = cjk_bigrams(text)
    need = max(3, 0.1 * len(grams))   # (counted until the answer is sure, as in :func:`on_topic`)
    return vocabulary.count(grams, 0, ceil(need) - 1) >= need
