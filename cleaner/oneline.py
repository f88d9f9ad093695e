"""A page whose article is one sentence: a video's summary under its player, a brief.

Body selection gives up on a page holding under :data:`cleaner.body.MIN_ARTICLE_CJK` CJK
characters of prose (too little to be an article), and says so; most such pages are a list, an
error page or a player with its related links. A page whose headline is printed over a single
sentence of its own, on the headline's subject, is that sentence's: :func:`one_sentence` takes it
back when the page's data held nothing better (the pipeline asks it after
:mod:`cleaner.scripted`).

The sentence is told by shape: the only block with prose among those body selection gave up on,
closing its sentence, not a link, a summary cut short nor a disclaimer or the site's boilerplate,
sharing :data:`MIN_SHARED_BIGRAMS` CJK bigrams with the headline, two of them a run of three
characters (a name or a phrase of the headline: a fund's notice shares 基金 and 公告 with the
site's risk warning), on a page that is no error or login page
(:func:`cleaner.sift.failed_page`).
"""

from __future__ import annotations

from .article import Removal
from .blocks import Block, cjk_bigrams, cjk_count, closes_sentence
from .body import _ELLIPSIS_ENDS, Selection
from .patterns import BOILERPLATE, DISCLAIMER
from .sift import failed_page, fold

__all__ = ["one_sentence"]

#: The verdicts of too little prose (the HTML path's, a dump's) after which the sentence is read.
TOO_LITTLE = ("too little prose on the page", "too little prose below the headline")
#: The detail of the removals of the blocks kept before selection gave up.
GAVE_UP = "no article on the page"
#: The sentence holds this many CJK characters at least,
MIN_SENTENCE_CJK = 15
#: and this many distinct CJK bigrams of the headline, which holds this many at least (a
#: channel's name, 社会新闻, is no headline of an article).
MIN_SHARED_BIGRAMS = 3
MIN_HEADLINE_BIGRAMS = 6


def one_sentence(selection: Selection, blocks: tuple[Block, ...], title: str | None) -> Selection:
    """``selection`` with the page's one sentence as its article, where it has one (see the
    module's docstring); otherwise ``selection`` itself."""
    if not title or selection.no_article not in TOO_LITTLE:
        return selection
    removed = selection.removed
    start = len(removed) - 1   # (the last removal: the no-article entry itself)
    while start > 0 and removed[start - 1].detail == GAVE_UP:
        start -= 1
    given = [blocks[r.position] for r in removed[start:-1]
             if 0 <= r.position < len(blocks) and blocks[r.position].text == r.text]
    if len(given) != len(removed) - 1 - start:
        return selection   # (a block cut by the walk: not the page's own)
    prose = [b for b in given if b.punct and b.cjk]
    if len(prose) != 1:
        return selection
    b = prose[0]
    text = b.text.rstrip()
    if b.cjk < MIN_SENTENCE_CJK or not closes_sentence(text) or text.endswith(_ELLIPSIS_ENDS) \
            or 2 * b.link_chars >= len(text) or failed_page(given):
        return selection
    folded = fold(text)
    if DISCLAIMER.search(folded) or BOILERPLATE.search(folded):
        return selection
    headline = fold(title)
    grams = cjk_bigrams(headline)
    if len(grams) < MIN_HEADLINE_BIGRAMS or len(grams & cjk_bigrams(folded)) < MIN_SHARED_BIGRAMS \
            or not any(folded[k:k + 3] in headline for k in range(len(folded) - 2)
                       if cjk_count(folded[k:k + 3]) == 3):
        return selection
    others = tuple(Removal(r.text, "chrome", "beside the page's one sentence", r.position, r.score)
                   for r in removed[start:-1] if r.position != b.position)
    return Selection((b,), removed[:start] + others)
