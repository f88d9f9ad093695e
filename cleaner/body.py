"""Pick the article's blocks: find the container of the prose, then sift what it holds.

The cascade, for an HTML page:

1. Weigh every block (:func:`weight`): prose counts for its CJK characters, discounted by its
   link density; link lists and short labels count against.
2. Sum the weights under every container element; the container with the highest sum holds the
   article (ties go to the deeper, smaller container). Weights are additive, so one pass over the
   blocks with their ancestor paths scores every container (:mod:`cleaner.containers`, which also
   finds the best run of blocks that replaces it). Disclaimer and copyright blocks
   count against their container (:func:`cleaner.sift.discount_disclaimers`), list items without
   links do not (:func:`cleaner.sift.lift_unlinked_items`); a container that shares next to none
   of the headline's words gives way to a region starting right after the printed headline that
   does (:func:`cleaner.sift.agree_with_headline`).
3. Walk the container's blocks in order and drop, each with its reason: blocks in regions whose
   class/id words say comment, recommendation or chrome (unless the element holds paragraphs of
   prose, :func:`cleaner.sift.paragraphs_by_element`); link lists; boilerplate lines (原标题,
   责任编辑, 来源, contact lines, bylines); figures' placeholders; the headline and the meta
   line; and everything after an end-of-article marker (相关阅读, 希望以上内容对您有帮助, 阅读原文
   …) once the article has begun, or, after a whole article, outside its element
   (:func:`cleaner.sift.outside_region`) but for a box in its flow (``box_inside_article``).
4. Trim short label-like blocks from the two ends of what is left, and the notices (disclaimers,
   prompts, a paywall's offer) before the first and after the last paragraph
   (:func:`cleaner.sift.leading_notices`, :func:`cleaner.sift.trailing_notices`); in a forum
   thread the first post only (:func:`cleaner.posts.first_post`); on a page of dated entries,
   the entry the headline heads (:func:`cleaner.posts.entry_of_headline`).
5. Say when what is left is no article: too little prose, truncated summaries, items each with
   its own time stamp (:func:`cleaner.posts.dated_items`), an error, captcha or login page.

A text dump has no containers: there the best-scoring run of consecutive lines is the container
(a maximum-sum segment, linear in the number of lines), and steps 3-5 are the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable
from functools import partial
from bisect import bisect_right
from itertools import chain
from operator import attrgetter

from .article import Removal, _Blank
from .blocks import Block, cjk_bigrams, closes_sentence
from .containers import Containers as _Containers, best_run as _best_run, container as _container
from .digests import trailing_digest
from .dumpbody import is_stamp
from .kinds import furniture
from .posts import dated_items, entry_of_headline, first_post
from .sift import (DISCLAIMER_MAX_CHARS, DISCLAIMER_PENALTY, ENCLOSING_CJK, OUTLINE_ITEM_CJK,
                   adverts, agree_with_headline, box_inside_article, disclaimers, failed_page,
                   fold, fold_all, led_lines, lift_enclosed_lines, is_contact_footer,
                   leading_notices, outside_region, paragraphs_by_element, trailing_notices)
from .patterns import (BYLINE, BYLINE_LINE, DATE_LIKE, EDITOR_LINE, END_MARKERS,
                       LABEL_DECORATION, META_WORDS)
from .prefilter import opening_set
from .regions import Regions, common_prefix
from .tails import (BOILERPLATE_OPENING, BOILERPLATE_SEARCH as _BOILERPLATE, CREDIT_ROLES, MAX_NOTICE_CHARS,
                    hosting_notice, strip_tail)

__all__ = ["Selection", "best_run", "removal", "select", "weight", "weights"]

#: Prose this long (CJK characters kept so far) must precede an end marker for it to end the article.
MIN_PROSE_BEFORE_END = 40
#: Below this many CJK characters of kept prose, the page holds no article.
MIN_ARTICLE_CJK = 40
#: Below this many, a page of error phrases or of unfinished sentences holds no article.
SHORT_ARTICLE_CJK = 300
#: Weight per character of a link list, and of a short label, against a container.
LINK_PENALTY = 1.0
LABEL_PENALTY = 1.0
#: A date and time of day alone (18-08-01 10:07, 2018/08/01 10:07:32) is this short at most.
MAX_STAMP_CHARS = 24
#: A truncated summary holds at least this many CJK characters before its ellipsis.
MIN_SUMMARY_CJK = 10
# A letter, a digit or a CJK character: a figure's text without any is a placeholder (a box
# drawing or a row of ✔/❌ elsewhere is content).
_WORD = re.compile(r"\w")
FIGURE_TAGS = frozenset({"figure", "figcaption"})
# A summary cut short: an ellipsis, three full stops, or two dots where the cut fell.
_ELLIPSIS_ENDS = ("…", "..", "。。。")
_FULL_STOPS = "。！？!?；;"
# The marks after which :func:`cleaner.tails.strip_tail` looks for a tail (``str.endswith`` tests
# them without a slice made).
_SENTENCE_STOPS = ("。", "！", "？")
#: A headline-like line sharing no more than this share of its bigrams with the article is stray.
OFF_TOPIC_SHARE = 0.2
#: Bigrams of headline-like lines looked up in the article's text, a page, before its bigrams
#: are made into a set instead (see :func:`_drop_stray_headlines`).
MAX_GRAM_SEARCHES = 64
#: Prose (:func:`_is_prose`): this many CJK characters and punctuation marks, links under this share.
PROSE_CJK, PROSE_PUNCT, PROSE_LINK_DENSITY = 30, 2, 0.2
#: A block whose link characters exceed this share of its text is a link list.
MAX_LINK_DENSITY = 0.5
# What an end marker opens with: tried only on a label whose first character past its
# decoration is one of these; and what a decoration opens with (sets, looked up without a
# regex call on most labels).
_END_OPENING = opening_set(END_MARKERS)
_DECORATION_OPENING = opening_set(LABEL_DECORATION)
# What a byline opens with (a set, as above); and what a reporters' credit holds, one of its two
# roles (``BYLINE_LINE``: a test checks): most short lines are told from both by ``in`` tests,
# without the two regex calls.
_BYLINE_OPENING = opening_set(BYLINE)
# Where a boilerplate phrase may start past a text's first character (None when unknown): a line
# opening with none of the phrases' characters, without a colon, holds a phrase only there.
_BOILERPLATE_PLACES = _BOILERPLATE.places
_CREDIT_ROLES = CREDIT_ROLES
_REPORTER, _CORRESPONDENT = _CREDIT_ROLES
# The decoration's characters other than spaces (:func:`_undecorated`); None when unknown.
_DECORATION_MARKS = None if _DECORATION_OPENING is None else \
    tuple(sorted(char for char in _DECORATION_OPENING if not char.isspace()))
# What a text :func:`_end_marker` may take opens with: either (None when a set is unknown).
_MARKER_OPENING = _END_OPENING | _DECORATION_OPENING \
    if _END_OPENING is not None and _DECORATION_OPENING is not None else None
# Read in C over a page's removals (not over the blocks, nor a test over the weights:
# ``attrgetter`` reads a slot by the generic lookup, a method wrapper is a call an item, where a
# comprehension's attribute read and float comparison are specialised).
_POSITION = attrgetter("position")


@dataclass(frozen=True)
class Selection:
    """The outcome of body selection: the kept blocks in page order and what was dropped;
    ``scores``, the kept blocks' weights (:func:`weight`) when the selection knows them;
    ``subtitles``, the positions of the blocks it removed as a subtitle, in page order (those
    of the removals whose detail is "subtitle": told so, the pipeline reads no removal's)."""

    kept: tuple[Block, ...]
    removed: tuple[Removal, ...]
    no_article: str = ""
    scores: tuple[float, ...] = field(default=(), repr=False, compare=False)
    subtitles: tuple[int, ...] = field(default=(), repr=False, compare=False)


def weight(block: Block) -> float:
    """How much a block says "article prose" (positive) or "template" (negative).

    ``w = (cjk + 0.3 * other) * (1 - link_density)``, halved without any punctuation mark;
    a block that is mostly links weighs ``-len(text)``; a short label without punctuation
    (fewer than 15 CJK characters) weighs ``-0.3 * len(text)``.
    """
    length = len(block.text)
    density = block.link_density
    if density > MAX_LINK_DENSITY:
        return -LINK_PENALTY * length
    if block.punct == 0 and block.cjk < 15:
        return -LABEL_PENALTY * length
    w = (block.cjk + 0.3 * (length - block.cjk)) * (1.0 - density)
    return w if block.punct else w * 0.5


def _weights(blocks: tuple[Block, ...], candidates: list[int] | None = None,
             prose: list[int] | None = None) -> list[float]:
    """:func:`weight` of every block, the same arithmetic in one loop: a page has thousands of
    blocks, and a call and a property per block cost more than the sums.

    ``candidates``, for the container search (:func:`_page_weights`): a list the positions of the
    prose short enough to be a disclaimer are added to, and the penalty of a list item without
    links (:func:`cleaner.sift.lift_unlinked_items`) lifted, in the same loop; ``prose``, with
    them, a list the positions of the blocks of prose that may enclose an article's short lines
    are added to (:func:`cleaner.sift.lift_enclosed_lines`)."""
    out: list[float] = []
    append = out.append
    lift = candidates is not None
    enclosing = lift and prose is not None
    # Negated once (-p * n is (-p) * n); a link list told without a division, as in _outside.
    link_penalty, label_penalty = -LINK_PENALTY, -LABEL_PENALTY
    for block in blocks:
        length = len(block.text)
        # (Half the blocks hold no link: told by the count's truth, with no product of the float
        # share, nor the prose's factor of 1.0 below; an int and a float multiplied or compared
        # take CPython's generic path, ~200 instructions each: ``body.select`` replayed crawled
        # over the corpus pages' 23.4 k blocks, 6.4 M less.)
        if (links := block.link_chars) and links > MAX_LINK_DENSITY * length:   # no unlinked item
            append(link_penalty * length)
            continue
        cjk, punct = block.cjk, block.punct
        if punct == 0 and cjk < 15:
            append(0.0 if lift and OUTLINE_ITEM_CJK <= cjk and block.tag == "li"
                   and links == 0 else label_penalty * length)
            continue
        w = cjk + 0.3 * (length - cjk)
        if links and length:
            w *= 1.0 - links / length
        # Prose: above 0 (a text of some length, at most half of it links).
        if lift:
            if length < DISCLAIMER_MAX_CHARS:
                candidates.append(len(out))  # type: ignore[union-attr]
            if enclosing and punct and cjk >= ENCLOSING_CJK:
                prose.append(len(out))  # type: ignore[union-attr]
        append(w if punct else w * 0.5)
    return out


def _page_weights(blocks: tuple[Block, ...], folded: list[str],
                  discounted: list[int] | None = None) -> list[float]:
    """The weights the container search sums: :func:`weight` of every block (:func:`_weights`),
    disclaimers made to count against their container (:func:`cleaner.sift.discount_disclaimers`)
    and the penalty of list items without links lifted (:func:`cleaner.sift.lift_unlinked_items`),
    with the same arithmetic as those three passes, in one loop over the blocks. ``discounted``:
    a list the disclaimers' positions are put in."""
    candidates: list[int] = []   # prose short enough to be a disclaimer
    prose: list[int] = []        # prose that may enclose short lines
    out = _weights(blocks, candidates, prose)
    for i in disclaimers(blocks, candidates, folded):
        if discounted is not None:
            discounted.append(i)
        block = blocks[i]
        out[i] = 0.0 if block.tag == "li" and block.link_chars == 0 and block.cjk >= OUTLINE_ITEM_CJK \
            else -DISCLAIMER_PENALTY * len(block.text)
    lift_enclosed_lines(blocks, out, prose)
    return out


def _outside(blocks: tuple[Block, ...], inside: list[Block], weights: list[float]
             ) -> tuple[list[Removal], bool]:
    """A removal for each block outside the container (``inside``: some of ``blocks``, in their
    order), most of a portal page's thousands; and whether their positions grow (as the cut's and
    a dump's do: :func:`_in_order` then sorts only the later ones).

    The container's blocks are most often a slice of the page's whose positions are its indices
    (an element's blocks side by side, or a run): the blocks before and after the slice are then
    the ones outside, stepped without a lookup of each position among the container's."""
    start = inside[0].position if inside else -1
    end = start + len(inside)
    if 0 <= start and [b.position for b in inside] == list(range(start, end)) \
            and tuple(inside) == blocks[start:end]:
        removed, ordered = _removals(chain(blocks[:start], blocks[end:]), weights)
        # No block outside holds one of the container's positions when those before the slice
        # lie below its first, those after it from its end on, and all grow.
        if ordered and (start == 0 or blocks[start - 1].position < start) \
                and (end == len(blocks) or blocks[end].position >= end):
            return removed, ordered
    chosen = {b.position for b in inside}
    return _removals([b for b in blocks if b.position not in chosen], weights)


def _removals(outside: Iterable[Block], weights: list[float]) -> tuple[list[Removal], bool]:
    """:func:`_outside`'s removals of the blocks ``outside``: each a :class:`_Blank` given its
    fields inline (no ``__init__`` frame a removal); and whether their positions grow."""
    removed: list[Removal] = []
    append = removed.append
    blank, cls = _Blank, Removal
    last, ordered = -1, True
    for b in outside:
        if (position := b.position) <= last:
            ordered = False
        last = position
        made = blank()
        made.text = b.text   # (one store a line: the tuple's packing costs more)
        made.reason = "chrome"
        made.detail = "outside the article container"
        made.position = position
        made.score = weights[position]
        made.__class__ = cls  # type: ignore[assignment]
        append(made)
    return removed, ordered


def _in_order(removed: list[Removal], outer: int, ordered: bool) -> list[Removal]:
    """``removed`` sorted by position, stably: what ``removed.sort(key=position)`` makes.

    Its first ``outer`` are the removals outside the container (:func:`_outside`), thousands on
    a portal page, in page order when ``ordered``; the others, the walk's and the later steps'
    (tens), lie among the container's positions. Those are sorted alone and put between the
    outer ones before and after them, where all of them fall between the same two (the key of
    each outer removal read by the bisection only: ~7 M instructions over the corpus)."""
    rest = removed[outer:]
    if not ordered or not rest:
        removed.sort(key=_POSITION)
        return removed
    rest.sort(key=_POSITION)
    low = rest[0].position
    # The outer removals up to the first one past the lowest (an equal one came first).
    split = bisect_right(removed, low, 0, outer, key=_POSITION)
    if split < outer and removed[split].position <= rest[-1].position:
        removed.sort(key=_POSITION)   # an outer removal among them (blocks of an element apart)
        return removed
    del removed[outer:]
    removed[split:split] = rest   # (the later outer removals moved up in C, one memmove)
    return removed


class _Removed:
    """A :class:`Removal` in the making, as ``Block.measured`` makes a block: its fields set by
    plain attribute stores, then given Removal's class (the same slots), as :meth:`Removal.of`
    makes one without the call through the classmethod; the removal is as frozen, and compares,
    hashes and pickles as, any other."""

    __slots__ = _Blank.__slots__

    def __init__(self, text: str, reason: str, detail: str, position: int, score: float | None) -> None:
        self.text, self.reason, self.detail = text, reason, detail
        self.position, self.score = position, score
        self.__class__ = Removal  # type: ignore[assignment]


#: Public for the text-dump path: the run finder (a dump's body run), :class:`_Removed` and its
#: blank (a removal for each line after a dump's article, most of its lines); for the pipeline,
#: :func:`weight` of each block in one loop (the scores a selection lacks).
best_run, removal, blank_removal, weights = _best_run, _Removed, _Blank, _weights


def _is_meta_line(text: str) -> bool:
    """Date plus 来源/作者/发布 words, not written as a sentence: 2024-03-15 09:30 来源：XX日报."""
    if "。" in text or text.count("，") > 1:
        return False
    if not ("20" in text or "19" in text or "民" in text):
        return False   # every date holds one: most lines told by ``in`` tests, no regex call
    return len(text) < 120 and bool(DATE_LIKE.search(text)) and bool(META_WORDS.search(text)) \
        or len(text) < 40 and bool(DATE_LIKE.match(text)) and not closes_sentence(text)


def _headline_test(title: str) -> tuple[Callable[[str], bool], int, int]:
    """Whether a text is the headline, alone or with a short label stuck to it (原创, 独家, a
    channel name); and the shortest and the longest such a text can be without its spaces. The
    title's spaces are taken out and its bounds worked out once a page: the test is asked of
    every block of some pages."""
    head = title.replace(" ", "")
    shortest = len(head)
    longest = shortest + min(8, shortest // 2)

    def is_headline(text: str) -> bool:
        if len(text) < shortest:
            return False  # taking its spaces out only shortens the text: the headline is not in it
        text = text.replace(" ", "")
        return len(text) <= longest and head in text

    return is_headline, shortest, longest


def select(blocks: tuple[Block, ...], *, title: str | None = None, folds: bool = True) -> Selection:
    """Choose the article's blocks among ``blocks`` (see the module docstring for the cascade).
    ``folds``: False when no block's text holds a character :func:`fold` changes
    (``Page.sift_folds``, which the cut tells from its marks' count)."""
    # Traditional characters made simplified for the patterns, once a block (unless none holds one).
    folded = [b.text for b in blocks]
    if folds:
        folded = fold_all(folded)
    discounted: list[int] = []   # the disclaimers' positions, whose weights are not their own
    weights = _page_weights(blocks, folded, discounted)
    # The containers read and the first weighing summed in one walk; its prose bounds the runs of
    # every weighing (the set-aside weights are lower).
    containers = _Containers(blocks, weights)
    container = partial(_container, containers=containers, most=containers.prose)
    inside = container(blocks, weights)
    is_headline, shortest, longest = _headline_test(title or "")
    inside = agree_with_headline(blocks, weights, inside, title, is_headline, container, folded)
    container_markers = common_prefix([b.markers for b in inside])
    removed, ordered = _outside(blocks, inside, weights)
    outer = len(removed)

    # (:func:`_is_prose` inline, its link density without the property's call: a step each; a
    # block without links told by the count's truth, without the division.)
    prose_blocks = [b.cjk >= PROSE_CJK and b.punct >= PROSE_PUNCT and (
        not b.link_chars or b.link_chars / len(b.text) < PROSE_LINK_DENSITY) for b in inside]
    # Elements whose own text holds several paragraphs of prose (split at <br>): the article,
    # whatever chrome word their class carries (a share bar's name on the article's element).
    # Truncated summaries of other articles (no sentence end) are no paragraphs here. Which
    # blocks are paragraphs, and those elements, are made by :func:`_paragraphs` and
    # :func:`_prose_elements` when a named region or an end marker after some prose first asks
    # (49 of the 118 corpus pages make the paragraphs, 14 the elements).
    paragraphs: list[bool] = []
    elements: list[frozenset[tuple[int, ...]]] = []
    # Prose still to come after each block: an end marker followed by more prose than came before
    # it heads a list inside the article (相关新闻 above the text), not the article's end. Made
    # by :func:`_prose_after` when a marker first asks (most pages' walks meet none that does).
    after: list[int] = []
    kept: list[Block] = []
    subtitles: list[int] = []
    prose = 0
    ended = ""
    above = above_prose = -1   # kept blocks and their prose above the printed headline
    regions = Regions(container_markers)
    ads = adverts(list(map(folded.__getitem__, map(_POSITION, inside))))
    for i, b in enumerate(inside):
        w = weights[b.position]
        verdict = ""
        text = folded[b.position]
        size = len(b.text)
        # The first character, for the end marker's, the boilerplate's and the byline's sets:
        # one string made and hashed for all (a slice of CJK is a new string each time, ~1 k
        # instructions a test; :func:`_is_boilerplate` reads no line of 200 characters or more).
        head = text[:1] if size < 200 else ""
        if ended:
            verdict, detail = ended, "after the end of the article"
        elif size < 60 and (_MARKER_OPENING is None or head in _MARKER_OPENING) \
                and _end_marker(text):   # (most labels told by their first character, no call)
            verdict, detail = "recommendation", f"end-of-article marker {b.text[:12]!r}"
            # More prose after the marker than before: a list inside the article (相关新闻 above the
            # text) unless a whole article came before and it is outside its element; a box in it.
            if prose >= MIN_PROSE_BEFORE_END and (
                    _prose_after(after, inside, _paragraphs(paragraphs, inside, prose_blocks))[i + 1]
                    <= prose
                    or prose >= SHORT_ARTICLE_CJK and outside_region(b, kept)) \
                    and not box_inside_article(inside, i, kept, paragraphs):
                ended = "recommendation"
            else:
                verdict = "chrome"
        elif size < 60 and "编" in text and EDITOR_LINE.match(text):   # every role holds 编
            verdict, detail = "boilerplate", "editor line"
            if prose >= MIN_PROSE_BEFORE_END and _prose_after(
                    after, inside, _paragraphs(paragraphs, inside, prose_blocks))[i + 1] <= prose:
                ended = "recommendation"
        elif (region := regions[b.markers]) and (
                region == "comment" or not _paragraphs(paragraphs, inside, prose_blocks)[i])\
                and not (region == "chrome" and b.path in _prose_elements(elements, inside, paragraphs)):
            verdict, detail = region, "region named " + region
        elif b.link_chars and b.link_chars > MAX_LINK_DENSITY * size:   # (as in _weights)
            verdict, detail = "chrome", "link list"
        elif b.tag in FIGURE_TAGS and not _WORD.search(b.text):
            verdict, detail = "chrome", "a figure's placeholder without a word (...)"
        # (A phrase in prose counts only where it opens the block, and a contact footer's labels
        # end on a colon: most lines of prose are told by their first character, no call; a
        # block of 200 characters or more, which :func:`_is_boilerplate` reads as none, by its size;
        # a label opening with none of the phrases' characters and without a colon by a scan for
        # where a phrase may start further on, one call in C, no frame.)
        # (A notice holds 信息, 讯 or information, once folded: most blocks told without the call.)
        elif size < MAX_NOTICE_CHARS and ("信息" in text or "讯" in text or "nformation" in text) \
                and hosting_notice(text):
            verdict, detail = "boilerplate", "a hosting platform's notice"
        elif size < 200 and (BOILERPLATE_OPENING is None or head in BOILERPLATE_OPENING
                             or ":" in text or "：" in text
                             or not prose_blocks[i] and (_BOILERPLATE_PLACES is None
                                                         or _BOILERPLATE_PLACES.search(text, 1))) \
                and _is_boilerplate(b, text, head):
            verdict, detail = "boilerplate", "boilerplate phrase"
        elif i in ads:
            verdict, detail = "boilerplate", "an advertisement in the article's flow"
        elif size < 40 and ((_BYLINE_OPENING is None or head in _BYLINE_OPENING)
                            and BYLINE.match(text) or (_REPORTER in text or _CORRESPONDENT in text)
                            and BYLINE_LINE.match(text)) and not closes_sentence(b.text):
            verdict, detail = "metadata", "byline"
        # (The blocks of prose, longer than the headline can be, and the labels, shorter than it,
        # passed over without the call.)
        elif title and shortest <= size and (size <= longest or " " in b.text) and is_headline(b.text):
            verdict, detail = "metadata", "the headline"
            if above < 0 and b.heading == 1:   # (the printed headline: what came before is no article)
                above, above_prose = len(kept), prose
        # (A piece of the headline its h1 breaks at <br>, before the prose: the title joins them.)
        elif b.heading == 1 and not prose and title and 4 <= size < shortest \
                and b.text.replace(" ", "") in title.replace(" ", ""):
            verdict, detail = "metadata", "the headline"
        # (Every date holds 19, 20 or 民: most lines told by ``in`` tests, without the call; a
        # digit first, as a two-character needle is made wide for a CJK line, a copy each test.)
        elif (not prose or size < 40) and (("0" in text or "9" in text) and ("20" in text or "19" in text)
                                           or "民" in text) \
                and _is_meta_line(text):
            verdict, detail = "metadata", "meta line"
        # A date and time of day alone above the article's first prose (18-08-01 10:07, a year of
        # two digits, which the meta line's test does not read): the post's stamp.
        elif not prose and not b.cjk and size <= MAX_STAMP_CHARS and ":" in text and is_stamp(text):
            verdict, detail = "metadata", "date and time stamp"
        elif not prose and b.heading >= 2 and _headline_like(b):
            verdict, detail = "metadata", "subtitle"
            subtitles.append(b.position)
        if verdict:
            removed.append(_Removed(b.text, verdict, detail, b.position, w))
            continue
        full = b.text   # (most paragraphs end on a stop, most labels hold none: no tail, no call)
        if not full.endswith(_SENTENCE_STOPS) and ("。" in full or "！" in full or "？" in full):
            b, tail = strip_tail(b, text)
            if tail:
                removed.append(Removal(tail, "chrome", "link label after the last sentence", b.position, w))
        kept.append(b)
        if b.punct:
            prose += b.cjk

    # Prose above the printed headline, with more of it under: a column's blurbs over the article
    # (its labels left to the trim).
    if above > 0 and above_prose > 0 and prose > 2 * above_prose:
        removed.extend(Removal(b.text, "chrome", "prose above the printed headline", b.position,
                               weights[b.position]) for b in kept[:above] if not _is_label(b))
        kept = [b for b in kept[:above] if _is_label(b)] + kept[above:]
    kept, kind_removed = furniture(kept, inside, folded, weights)
    removed.extend(kind_removed)
    kept, digest = trailing_digest(kept, blocks, title or "")
    removed.extend(Removal(b.text, "recommendation", "a digest of other articles after the article",
                           b.position, weights[b.position]) for b in digest)
    kept, trimmed = _trim(kept)
    kept, notices = trailing_notices(kept, _is_label, _is_boilerplate)
    trimmed += notices
    kept, notices = leading_notices(kept, _is_label, title)
    trimmed += notices
    removed.extend(Removal(b.text, "chrome", "label at the edge of the article", b.position,
                           weights[b.position]) for b in trimmed)
    kept, strays = _drop_stray_headlines(kept, title)
    removed.extend(Removal(b.text, "off-topic", "a headline sharing no words with the article",
                           b.position, weights[b.position]) for b in strays)
    kept, replies = first_post(inside, kept)
    removed.extend(Removal(b.text, "comment", "a reply after the first post of a thread",
                           b.position, weights[b.position]) for b in replies)
    kept, others = entry_of_headline(blocks, kept, title, is_headline)
    removed.extend(Removal(b.text, "off-topic", "another dated entry of the page",
                           b.position, weights[b.position]) for b in others)
    removed = _in_order(removed, outer, ordered)
    why = _no_article(kept, title) or ("a list of items each with its own date"
                                if dated_items(blocks, kept, title, is_headline) else "")
    if why:
        removed.extend(Removal(b.text, "chrome", "no article on the page", b.position, weights[b.position])
                       for b in kept)
        removed.append(Removal("", "no-article", why))
        return Selection((), tuple(removed), why, subtitles=tuple(subtitles))
    return Selection(tuple(kept), tuple(removed), scores=_scores(kept, blocks, weights, discounted),
                     subtitles=tuple(subtitles))


def _paragraphs(paragraphs: list[bool], inside: list[Block], prose_blocks: list[bool]) -> list[bool]:
    """``paragraphs`` (empty until asked) made whether each block of ``inside`` is a paragraph:
    prose (``prose_blocks``) that closes its sentence."""
    if not paragraphs:
        paragraphs.extend([is_prose and closes_sentence(b.text) for is_prose, b in zip(prose_blocks, inside)])
    return paragraphs


def _prose_elements(elements: list[frozenset[tuple[int, ...]]], inside: list[Block],
                    paragraphs: list[bool]) -> frozenset[tuple[int, ...]]:
    """``elements`` (empty until asked) made to hold the paths of the elements whose own text
    holds several of ``paragraphs`` (:func:`cleaner.sift.paragraphs_by_element`), and those."""
    if not elements:
        elements.append(paragraphs_by_element(inside, paragraphs))
    return elements[0]


def _prose_after(after: list[int], inside: list[Block], paragraphs: list[bool]) -> list[int]:
    """``after`` (empty until asked) made the CJK characters of the paragraphs after each block
    of ``inside`` (``after[i]``: those of ``inside[i:]``; one more, 0, at its end)."""
    if not after:
        after.extend([0] * (len(inside) + 1))
        for i in range(len(inside) - 1, -1, -1):
            after[i] = after[i + 1] + (inside[i].cjk if paragraphs[i] else 0)
    return after


def _scores(kept: list[Block], blocks: tuple[Block, ...], weights: list[float],
            discounted: list[int]) -> tuple[float, ...]:
    """:func:`weight` of each kept block (the article's scores), read from the page's weights where
    they are its own: not 0 (a list item's lifted penalty), not a disclaimer's (``discounted``), of
    the page's block itself (not one the walk cut a tail from); the others weighed again."""
    out: list[float] = []
    append = out.append
    for b in kept:
        position = b.position
        w = weights[position]
        append(w if w != 0.0 and blocks[position] is b and position not in discounted else weight(b))
    return tuple(out)


def _no_article(kept: list[Block], title: str | None = None) -> str:
    """Why the kept blocks are no article (empty when they are one). Too little prose is said
    of an error or login page (:func:`failed_page`; its headline, ``title``, read with it)."""
    # (Lists made by comprehensions and summed or counted, not generators: a generator's step
    # costs several times a comprehension's, over every kept block of the page.)
    prose = sum([b.cjk for b in kept if b.punct])
    if prose < MIN_ARTICLE_CJK:
        return failed_page(kept + [Block(title, -1)] if title else kept) or "too little prose on the page"
    # A summary has words before its ellipsis; a bare "..." (an image's placeholder) is none.
    cut = len([b for b in kept if b.cjk >= MIN_SUMMARY_CJK and b.text.rstrip().endswith(_ELLIPSIS_ENDS)])
    if cut >= 3 and 2 * cut >= len([b for b in kept if b.punct]):
        return "a list of truncated summaries"
    if prose < SHORT_ARTICLE_CJK:
        failed = failed_page(kept)
        if failed:
            return failed
        if len(kept) <= 2 and not any(closes_sentence(b.text) for b in kept):
            return "only truncated blurbs, as on a list page"
    return ""


def _end_marker(text: str) -> bool:
    """Whether ``text`` (folded) is an end-of-article marker once its decoration is taken out:
    the decoration's run at its start is skipped to the character the marker must open with, so
    that most lines are told apart without the substitution."""
    if _END_OPENING is not None and _DECORATION_OPENING is not None:
        head = text[:1]
        if head in _DECORATION_OPENING:   # a decoration to pass over first
            start = LABEL_DECORATION.match(text).end()  # type: ignore[union-attr]
            head = text[start:start + 1]
        if head not in _END_OPENING:
            return False
    return END_MARKERS.match(_undecorated(text)) is not None


def _undecorated(text: str) -> str:
    """``text`` without the decoration (``LABEL_DECORATION.sub("", text)``): its spaces taken
    out by ``str.split`` (the whitespace ``\\s`` knows) and each other mark it holds by
    ``str.replace``, in C, where the regex tested every character against the class and its
    ``\\s`` (~270 instructions each)."""
    if _DECORATION_MARKS is None:
        return LABEL_DECORATION.sub("", text)
    text = "".join(text.split())
    for mark in _DECORATION_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text


def _is_boilerplate(block: Block, folded: str | None = None, head: str | None = None) -> bool:
    """A boilerplate line; in a block of prose only a phrase that opens it counts. ``folded``:
    the block's text already :func:`fold`-ed; ``head``: its first character (``folded[:1]``)."""
    text = block.text
    if len(text) >= 200:
        return False
    text = fold(text) if folded is None else folded   # (handed on: the footer's test folds no more)
    # (A contact footer's labels end on a colon: most lines told by ``in`` tests, no call. Two
    # on the folded text, which makes the vertical and the small colon the full-width one.)
    if (":" in text or "：" in text) and is_contact_footer(block, text):
        return True
    # :func:`_is_prose` inline (once a block of the container): no call, no property's.
    if block.cjk >= PROSE_CJK and block.punct >= PROSE_PUNCT \
            and block.link_chars / len(block.text) < PROSE_LINK_DENSITY:
        # The search's first match opens the text exactly when the pattern matches there:
        # no need to look further along.
        return _BOILERPLATE.match(text, head) is not None
    return _BOILERPLATE.search(text, head) is not None


def _is_prose(block: Block) -> bool:
    """Sentences, not labels: region names alone do not outweigh this much prose."""
    return block.cjk >= PROSE_CJK and block.punct >= PROSE_PUNCT \
        and block.link_density < PROSE_LINK_DENSITY


def _drop_stray_headlines(kept: list[Block], title: str | None) -> tuple[list[Block], list[Block]]:
    """Headline-like lines above the first paragraph that share no vocabulary with the title and
    the article: another article's headline placed between the meta line and the body."""
    # Most pages share words with the title itself. A line's bigrams the title lacks are looked
    # up in the article's prose joined (a bigram stands in a text exactly when it is one of the
    # text's bigrams: two CJK characters side by side, which no line break makes), a search in C
    # each, rather than the article cut into its bigrams; past MAX_GRAM_SEARCHES of them on a
    # page, the article's bigrams are made once, so the cost stays linear.
    vocabulary = cjk_bigrams(title or "")
    prose: str | None = None
    searches = 0
    whole = False   # whether the vocabulary holds the article's bigrams too
    start = 0
    while start < len(kept) and not _is_prose(kept[start]) and _headline_like(kept[start]):
        grams = cjk_bigrams(kept[start].text)
        needed = OFF_TOPIC_SHARE * len(grams)
        shared = len(grams & vocabulary)
        if shared <= needed and not whole:
            if prose is None:   # (:func:`_is_prose` inline: no call a block)
                prose = "\n".join([b.text for b in kept if b.cjk >= PROSE_CJK and b.punct >= PROSE_PUNCT
                                   and b.link_chars / len(b.text) < PROSE_LINK_DENSITY])
            missing = grams - vocabulary
            searches += len(missing)
            if searches > MAX_GRAM_SEARCHES:
                vocabulary |= cjk_bigrams(prose)
                whole = True
                shared = len(grams & vocabulary)
            else:   # (counted only until the line shares enough: the rest are not searched)
                for gram in missing:
                    if gram in prose:
                        shared += 1
                        if shared > needed:
                            break
        if shared > needed:
            break
        start += 1
    return kept[start:], kept[:start]


def _headline_like(block: Block) -> bool:
    """Short, no full stop, no comma: a headline (which may well end on a closing quote)."""
    return 6 <= block.cjk and len(block.text) <= 40 and not _ends_with(block.text, _FULL_STOPS) \
        and "，" not in block.text


def _ends_with(text: str, marks: str) -> bool:
    """Whether ``text`` ends on one of ``marks``, whitespace after it aside: what a search for
    ``[marks]\\s*$`` tells (``str.rstrip`` strips what ``\\s`` matches) without trying the
    pattern at every character."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in marks


def _is_label(block: Block) -> bool:
    return block.punct == 0 and block.cjk < 15 and not closes_sentence(block.text)


def _trim(kept: list[Block]) -> tuple[list[Block], list[Block]]:
    """Drop short label-like blocks (分享, 字号, 0 条评论 …) at both ends of the article."""
    start, end = 0, len(kept)
    while start < end and _is_label(kept[start]):
        start += 1
    # (The short lines a colon leads into end the article: a list of names, the last steps.)
    if end > start and _is_label(kept[-1]) and led_lines(kept):
        return kept[start:], kept[:start]
    while end > start and _is_label(kept[end - 1]):
        end -= 1
    return kept[start:end], kept[:start] + kept[end:]
