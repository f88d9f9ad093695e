"""Page-level judgements that body selection makes besides its container score.

:mod:`cleaner.body` finds the container of the prose by summing block weights; these rules
correct that choice where the sum misleads, each with what the page shows:

- :func:`discount_disclaimers` — a disclaimer or copyright line is long and reads like prose, but
  it is template: its weight counts against its container (a short article above a long footer
  disclaimer is still the article).
- :func:`lift_unlinked_items` — an item of a list that holds no link is a point of the article's
  own (an outline, a list of steps), not navigation: it does not count against its container.
- :func:`agree_with_headline` — the article is about its headline: a container that shares next
  to none of the headline's words while another region shares many is a notice or a footer, and
  the region that agrees with the headline is taken instead.
- :func:`cleaner.posts.first_post`, :func:`cleaner.posts.entry_of_headline`,
  :func:`cleaner.posts.dated_items` — a forum thread, a page of dated entries, a list of dated
  items: the pages told by their time stamps and posts (in :mod:`cleaner.posts`).
- :func:`failed_page` — a page that shows an error, a captcha or a login wall where its
  article would be (little prose, and what it says is the error or the login form).
- :func:`is_contact_footer` — a line of contact details (热线：… 地址：… 邮编：…) is template.
- :func:`leading_notices` — the same notices above the first paragraph.
- :func:`trailing_notices` — copyright notices, disclaimers and prompts after the last
  paragraph (转载请注明…, 违规转载法律必究, 给作者打赏) go, even when written as sentences.
- :func:`adverts` — advertisements in the article's flow, between paragraphs or after the last
  (【广告】…, 合作推广：…, an offer with a hotline or a WeChat account, 打开某某APP，阅读全文, 本文由…赞助),
  in both walks; an article about advertising and a notice's 咨询电话 keep every character.
- :func:`paragraphs_by_element` — an element whose own text holds several paragraphs of prose
  is the article's, whatever chrome word its class carries.
- :func:`outside_region` — an end-of-article marker outside the element that holds all the
  prose kept so far ends the article, however much prose follows it (a glossary, a list of
  related items below the article's own element).

Matching runs on :func:`fold` text (traditional characters made simplified), so one pattern
serves Taiwan and Hong Kong pages too.
"""

from __future__ import annotations

import codecs
import re
from itertools import compress
from typing import Callable, Iterable, Sequence

from .blocks import Block, cjk_bigrams, closes_sentence
from .notices import is_labelled_line
from .prefilter import prefiltered
from .scans import char_codec, indices_with_chars, needed_marks, overlapped
from .patterns import (AD_CONTACT, AD_OFFER, AD_STANDING, ADVERT, ADVERT_END, CONTACT_DETAIL, CONTACT_LABEL, DISCLAIMER, DISCLAIMER_MARKS,
                       ERROR_PAGE, LOGIN_WALL, PAYWALL, PROMPT,
                       SIMPLIFIED_BODY_CHARS, SIMPLIFIED_CHARS, TRADITIONAL_BODY_CHARS,
                       TRADITIONAL_CHARS)

__all__ = ["FOLDED_CHARS", "agree_with_headline", "disclaimers", "discount_disclaimers",
           "LIST_ITEM_CHARS", "failed_page", "fold", "fold_all", "headline_share", "led_lines", "leads_on",
           "lift_enclosed_lines",
           "advert", "adverts", "is_contact_footer", "leading_notices",
           "lift_unlinked_items", "outside_region", "paragraphs_by_element", "trailing_notices"]

# Traditional characters to simplified ones, and the vertical and small colons (記者︰, 熱線﹕)
# to the common one.
_SIMPLIFY = str.maketrans(TRADITIONAL_CHARS + TRADITIONAL_BODY_CHARS + "\ufe30\ufe55",
                          SIMPLIFIED_CHARS + SIMPLIFIED_BODY_CHARS + "\uff1a\uff1a")
#: The characters :func:`fold` changes.
FOLDED_CHARS = "".join(chr(c) for c in _SIMPLIFY)
_FOLDABLE = re.compile("[" + re.escape(FOLDED_CHARS) + "]")
# What :func:`fold` makes each of them. None is made one that folds again (a test checks it), so
# replacing them one after another gives what one translation of the text gives.
_FOLD_TO = {chr(code): chr(to) for code, to in _SIMPLIFY.items()}
# A charmap codec knowing NUL (byte 0) and the foldable characters (bytes 1-238) only: the texts
# joined by NULs and encoded by it with the "ignore" handler are each text's foldable characters
# between two NULs (a C pass, ~20 instructions a character, where sre tests its class of 238 at
# ~55). None when they would not fit in a byte or hold a character beyond the basic plane (which
# would make the map a dict).
_FOLD_CODEC = char_codec(FOLDED_CHARS)
# Byte -> (the character it stands for, what fold makes it).
_FOLD_BY_BYTE = {k: (char, _FOLD_TO[char]) for k, char in enumerate(FOLDED_CHARS, 1)}
# Searched where a match can start (phrases of many alternatives, tried on most blocks).
_DISCLAIMER = prefiltered(DISCLAIMER)
# One of these every disclaimer holds (None if a phrase of the pattern does not): the texts that
# hold none are passed over by a byte scan for each (:func:`scans.indices_with_chars`) before the
# scan for the phrases' first two characters (sre's class test a character).
_DISCLAIMER_MARKS = needed_marks(DISCLAIMER, DISCLAIMER_MARKS)
_PROMPT = prefiltered(PROMPT)
_AD_OFFER = prefiltered(AD_OFFER)

_BARE_AD_LABEL = re.compile(rf"[【\[（(]?\s*{AD_STANDING}\s*[】\]）)]?", re.I)
#: A disclaimer weighs this much per character against its container.
DISCLAIMER_PENALTY = 1.0
#: A block this long or longer is no disclaimer (a paragraph that mentions copyright).
DISCLAIMER_MAX_CHARS = 600
#: A list item without links with this many CJK characters is a point of the article's outline.
OUTLINE_ITEM_CJK = 8
#: Short lines without links enclosed by an element's prose, this many in a row at most, are its
#: own; the two blocks of prose that enclose them are this many blocks apart at most.
MAX_ENCLOSED_LINES = 30
MAX_ENCLOSED_SPAN = 60
#: An item of a list (outside ``li``) is this short at most, without a full stop: a list of
#: such items ends the article with its short ones.
LIST_ITEM_CHARS = 40
#: The prose that encloses them holds this many CJK characters at least.
ENCLOSING_CJK = 8
#: The chosen container agrees with the headline when it holds this share of the headline's
#: bigrams; below it, another region is looked for.
HEADLINE_AGREEMENT = 0.2
#: Another region replaces the container when it holds this share of the headline's bigrams and
#: this many times the container's share.
HEADLINE_AGREEMENT_OTHER = 0.35
HEADLINE_AGREEMENT_RATIO = 2.0
#: A headline needs this many bigrams for agreement with it to mean anything.
MIN_HEADLINE_BIGRAMS = 4
#: The region that agrees must start within this many blocks after the headline on the page.
HEADLINE_NEAR_BLOCKS = 30
#: The region that agrees must hold this share of the container's prose: a few notices that
#: echo a wrong title (a site's tagline) do not replace a long article.
HEADLINE_REGION_PROSE = 0.2
#: Regions looked at, the best first, before the chosen container stays.
MAX_OTHER_REGIONS = 3
#: Weight left to the blocks of a region set aside while looking for another one.
SET_ASIDE_WEIGHT = -1.0
#: A block this short can be a post's header or footer (user, floor, date), or a time stamp.
POST_MARK_CHARS = 80
STAMP_CHARS = 40
#: Paragraphs of prose in one element's own text that make it the article's element.
MIN_ELEMENT_PARAGRAPHS = 2
#: A notice after the article is shorter than this.
NOTICE_CHARS = 120
#: An advertisement in the article's flow is shorter than this.
ADVERT_CHARS = 80
MAX_AD_LABEL_CHARS = 16
# How a sentence of prose ends (a quote's closing mark after its full stop).
_PROSE_ENDS = "。”」』\""
# How promotion ends its sentences: an exclamation, a tilde, a coaxing particle.
_EXCLAIMED = re.compile(r"[！!~～]|[吧哦呢啦]\s*[。！!~～]?\s*$")
#: An exclaimed line at the top sharing less than this share of its bigrams with the headline
#: and the article is a banner for something else; it needs this many bigrams to be judged.
OFF_TOPIC_PROMOTION = 0.1
MIN_PROMOTION_BIGRAMS = 10
#: The walks for notices look at this many blocks from each end of the article at most.
MAX_NOTICE_BLOCKS = 30
#: A fragment (no sentence end) this short after a notice goes with it.
FRAGMENT_CJK = 15
#: Words of a login form (登录, 密码, 验证码 …) that make a page with little prose a login wall.
MIN_LOGIN_WORDS = 3
#: Contact labels in one line that make it a contact footer.
MIN_CONTACT_LABELS = 2
#: Prose blocks (this many CJK characters and punctuation marks) for the rules above.
PROSE_CJK = 30
PROSE_PUNCT = 2


def fold(text: str) -> str:
    """``text`` with traditional characters made simplified, one for one (positions kept), so
    that the simplified patterns serve Taiwan and Hong Kong pages too."""
    # Most texts hold none of these characters: one regex scan tells. A text that does is
    # folded a character at a time (``str.replace``: every place of it at once, in C), the scan
    # going on from the place found, so that a character is replaced once however often it
    # stands: a translation looks every character of the text up in the table (~800
    # instructions each: a key made, a KeyError raised and cleared), where a line of a
    # simplified page holds one or two characters to fold (於, 後) and a traditional one tens.
    found = _FOLDABLE.search(text)
    while found is not None:
        char = found.group()
        text = text.replace(char, _FOLD_TO[char])
        found = _FOLDABLE.search(text, found.end())
    return text


def fold_all(texts: Sequence[str]) -> list[str]:
    """:func:`fold` of each of ``texts``: one pass in C over them all first (:data:`_FOLD_CODEC`),
    as a page of simplified characters (most pages) has nothing to fold; a text that has is
    folded by ``str.replace`` of each character the pass found in it."""
    if _FOLD_CODEC is None:
        return [fold(text) for text in texts]
    found = codecs.charmap_encode("\0".join(texts), "ignore", _FOLD_CODEC)[0]
    out = list(texts)
    if len(found) == len(out) - 1:   # NULs only: nothing to fold (the quick answer of most pages)
        return out
    pieces = found.split(b"\0")
    if len(pieces) != len(out):   # a text holding a NUL of its own: the pieces tell no text
        return [fold(text) for text in texts]
    for k in compress(range(len(out)), pieces):
        text = out[k]
        for char, to in map(_FOLD_BY_BYTE.__getitem__, set(pieces[k])):
            text = text.replace(char, to)   # (none folds again: any order gives the same text)
        out[k] = text
    return out


def _folding_to(chars: str) -> str:
    """``chars`` and every character :func:`fold` makes one of them, sorted, for a class."""
    return "".join(sorted(set(chars) | {chr(c) for c, to in _SIMPLIFY.items()
                                        if to in set(chars) or isinstance(to, int) and chr(to) in chars}))


def discount_disclaimers(blocks: Sequence[Block], weights: list[float],
                         folded: Sequence[str] | None = None) -> list[float]:
    """``weights`` with every disclaimer or copyright block made to count against its container.

    Disclaimers are sentences (本网站的内容概不构成任何投资意见……), so the prose weight gives them
    as much as article text; what they say marks them as template. ``folded``: the blocks'
    texts already :func:`fold`-ed, in the same order.
    """
    out = list(weights)
    candidates = [i for i, (w, b) in enumerate(zip(out, blocks))
                  if w > 0 and len(b.text) < DISCLAIMER_MAX_CHARS]
    for i in disclaimers(blocks, candidates, folded):
        out[i] = -DISCLAIMER_PENALTY * len(blocks[i].text)
    return out


def disclaimers(blocks: Sequence[Block], candidates: list[int],
                folded: Sequence[str] | None = None) -> list[int]:
    """The indices among ``candidates`` (indices of ``blocks``, in order) of the blocks that hold
    a disclaimer or copyright phrase (:func:`discount_disclaimers` weighs them against)."""
    texts = [fold(blocks[i].text) if folded is None else folded[i] for i in candidates]
    if _DISCLAIMER_MARKS is not None:   # only the texts holding a mark can hold a disclaimer
        held = indices_with_chars(_DISCLAIMER_MARKS, texts)
        texts = [texts[k] for k in held]
        candidates = [candidates[k] for k in held]
    return [candidates[k] for k in overlapped(_DISCLAIMER, texts) if _DISCLAIMER.search(texts[k])]


def lift_unlinked_items(blocks: Sequence[Block], weights: list[float]) -> list[float]:
    """``weights`` with the penalty of short list items that hold no link lifted (made 0).

    Navigation and link lists are items of links; an item without any, of a few words
    (讲解SPA的技术始末), is a point in the article's own outline. Counted against, a long outline
    hands the article's container to the page's header.
    """
    return [0.0 if w < 0 and b.tag == "li" and b.link_chars == 0 and b.cjk >= OUTLINE_ITEM_CJK
            else w for b, w in zip(blocks, weights)]


def lift_enclosed_lines(blocks: Sequence[Block], weights: list[float], prose: list[int] | None = None) -> None:
    """Lift (make 0) the penalty of the short lines without links that an element's prose
    encloses or leads into: a run of at most :data:`MAX_ENCLOSED_LINES` of them between two
    blocks of prose (:data:`MAX_ENCLOSED_SPAN` blocks apart at most) that are children of one
    element; or the lines inside that element after a block of prose ending on a colon (如下：,
    名单：), up to a link list.

    An article's own short lines stand there: the steps of a recipe, a list of names, a table's
    cells, a timeline's dates, a poem's lines. Navigation and lists of other articles are links,
    or lie outside the element whose paragraphs surround them; counted against, a list inside
    the article hands its container to one of its paragraphs. ``weights`` is changed in place.
    ``prose``: the positions of the blocks of prose (a punctuation mark, ENCLOSING_CJK CJK
    characters, a weight above 0 when weighed, some since weighed against), in order, when known
    (the container search's weighing lists them). (Only the runs between two blocks of prose that
    are siblings, or after one that leads on, are read. The blocks come in page order, so every
    block between two children of an element lies inside it.)"""
    if not blocks or not blocks[0].path:
        return   # a dump's lines: no element tells the article's lines from the next box's
    if prose is None:
        prose = [i for i, w in enumerate(weights) if w > 0.0]
        prose = [i for i in prose if blocks[i].punct and blocks[i].cjk >= ENCLOSING_CJK]
    else:   # (a disclaimer among them weighs against its container now)
        prose = [i for i in prose if weights[i] > 0.0]
    n = len(blocks)
    for p, q in zip(prose, [*prose[1:], n]):
        if q - p < 2:
            continue
        path = blocks[p].path
        if q < n and q - p <= MAX_ENCLOSED_SPAN and len(other := blocks[q].path) == len(path) \
                and other[:-1] == path[:-1]:
            _lift_enclosed(blocks, weights, p, q)
        elif leads_on(blocks[p].text):
            _lift_led(blocks, weights, p, q)


def _lift_enclosed(blocks: Sequence[Block], weights: list[float], p: int, q: int) -> None:
    """The lines between the sibling prose blocks ``p`` and ``q`` lifted, unless a link list
    lies between them or they are too many (then those a colon leads into, if it does)."""
    since: list[int] = []
    for j in range(p + 1, q):
        if weights[j] < 0.0:
            if blocks[j].link_chars:
                since = []
                break
            since.append(j)
    if since and len(since) <= MAX_ENCLOSED_LINES:
        for j in since:
            weights[j] = 0.0
    elif leads_on(blocks[p].text):
        _lift_led(blocks, weights, p, q)


def _lift_led(blocks: Sequence[Block], weights: list[float], p: int, q: int) -> None:
    """The lines after the prose block ``p`` ending on a colon, before ``q``, lifted: those
    inside its parent element, up to a link list, :data:`MAX_ENCLOSED_LINES` at most."""
    parent = blocks[p].path[:-1]
    depth = len(parent)
    lifted = 0
    for j in range(p + 1, min(q, p + MAX_ENCLOSED_SPAN)):
        if blocks[j].path[:depth] != parent:
            break
        if weights[j] < 0.0:
            if blocks[j].link_chars or lifted == MAX_ENCLOSED_LINES:
                break
            weights[j] = 0.0
            lifted += 1


def leads_on(text: str) -> bool:
    """Whether a text ends on a colon, leading on to what follows it (如下：, 名单：)."""
    text = text.rstrip()
    return text.endswith(("：", ":"))


def led_lines(kept: Sequence[Block]) -> int:
    """How many of the last of ``kept`` are short lines the article leads into: those after
    its last block ending on a colon (:func:`leads_on`) that lie inside that block's parent
    element, or the items of the list whose item of prose comes before them (blocks of its tag
    and parent, after an ``li`` or a short item without a full stop), when they are all the
    blocks after it (:data:`MAX_ENCLOSED_LINES` at most; 0 when there is none, or for a dump's
    lines, which have no element)."""
    for back in range(1, min(len(kept), MAX_ENCLOSED_LINES + 1)):
        lead = kept[-1 - back]
        if not lead.punct:
            continue
        parent = lead.path[:-1]
        if not parent:
            return 0
        if leads_on(lead.text):   # (a label's colon, 扫码关注：, leads into no list of the article's)
            depth = len(parent)
            return 0 if lead.cjk < ENCLOSING_CJK or any(b.path[:depth] != parent for b in kept[-back:]) else back
        if lead.cjk >= ENCLOSING_CJK:
            tag = lead.tag
            return back if (tag == "li" or len(lead.text) <= LIST_ITEM_CHARS and "。" not in lead.text) and all(
                b.tag == tag and b.path[:-1] == parent for b in kept[-back:]) else 0
    return 0


def headline_share(blocks: Iterable[Block], title: str, enough: float = 1.0,
                   folded: Sequence[str] | None = None, grams: set[str] | None = None) -> float:
    """Share of the headline's CJK bigrams found in the text of ``blocks`` (0 without bigrams);
    the count stops once the share reaches ``enough``. A headline has a few bigrams: each is
    looked up in the text rather than the text cut into its own. ``folded``: the page's texts
    already :func:`fold`-ed, by block position; ``grams``: the folded title's bigrams, when the
    caller has them."""
    wanted = cjk_bigrams(fold(title)) if grams is None else grams
    if not wanted:
        return 0.0
    missing = set(wanted)
    needed = len(wanted) * (1.0 - enough)
    for b in blocks:
        if b.cjk >= 2:
            text = fold(b.text) if folded is None else folded[b.position]
            missing = {gram for gram in missing if gram not in text}
            if len(missing) <= needed:
                break
    return 1.0 - len(missing) / len(wanted)


def agree_with_headline(blocks: tuple[Block, ...], weights: list[float], inside: list[Block],
                        title: str | None, is_headline: Callable[[str], bool],
                        container: Callable[[tuple[Block, ...], list[float], list[int]], list[Block]],
                        folded: Sequence[str] | None = None) -> list[Block]:
    """The chosen container, or the region that agrees with the headline when it does not.

    The container is set aside (its blocks made to weigh against) and the container search run
    again, up to :data:`MAX_OTHER_REGIONS` times; the first region holding clearly more of the
    headline's bigrams than the container wins. Blocks that are the headline itself do not count
    for either side: a region is judged by its prose. ``folded``: the blocks' texts already
    :func:`fold`-ed, by position. ``container``: the container search, given the blocks, the
    weights and the positions where they are lower than ``weights`` (the search of
    :mod:`cleaner.containers` then starts from its first weighing's sums).
    """
    if not title or len(grams := cjk_bigrams(fold(title))) < MIN_HEADLINE_BIGRAMS:
        return inside

    def share(region: list[Block], enough: float = 1.0) -> float:
        # Read lazily: the count stops once the share reaches ``enough``. (The title's bigrams
        # made once a page, not folded and cut again a region.)
        return headline_share((b for b in region if not is_headline(b.text)), title, enough,
                              folded, grams)

    def prose(region: list[Block]) -> float:
        return sum([w for b in region if (w := weights[b.position]) > 0.0])

    own = share(inside, HEADLINE_AGREEMENT)
    if own >= HEADLINE_AGREEMENT:
        return inside
    # The headline as the page prints it: without one, the title may be the site's name and
    # agreement with it means nothing.
    if not any(b.cjk and is_headline(b.text) for b in blocks):
        return inside
    trial = list(weights)
    lowered: list[int] = []   # where trial's weights are below the page's (the search is told)
    region = inside
    for _ in range(MAX_OTHER_REGIONS):
        for b in region:   # (min's choice, without its call a block: the lower, the old on a tie)
            if (low := SET_ASIDE_WEIGHT * len(b.text)) < trial[(at := b.position)]:
                trial[at] = low
                lowered.append(at)
        region = container(blocks, trial, lowered)
        if not region or not any(trial[b.position] > 0 for b in region):
            break
        first = next((b.position for b in region if trial[b.position] > 0
                      and not is_headline(b.text)), -1)
        # A headline among the blocks just above it (a block's position is its index, as the
        # weights are read): those are asked, not every block of the page.
        near = any(b.cjk and is_headline(b.text)
                   for b in blocks[max(0, first - HEADLINE_NEAR_BLOCKS):max(0, first)])
        # (The region's share of the headline asked last: most regions are far from it.)
        if near and prose(region) >= HEADLINE_REGION_PROSE * prose(inside) \
                and (other := share(region)) >= HEADLINE_AGREEMENT_OTHER \
                and other >= HEADLINE_AGREEMENT_RATIO * own:
            return region
    return inside


def _prose(block: Block) -> bool:
    return block.cjk >= PROSE_CJK and block.punct >= PROSE_PUNCT


def is_contact_footer(block: Block, folded: str | None = None) -> bool:
    """A line of contact details, not a sentence: two labels or more (客服热线：…, 地址：…
    邮编：…), or in a short line one label with an e-mail address or a phone number
    (报料热线：news@example.com). ``folded``: the block's text already :func:`fold`-ed."""
    text = block.text
    # Every contact label ends with a colon of some width: four ``in`` tests (C scans, no call)
    # rule out most lines, before the end of the text is looked at.
    if len(text) >= POST_MARK_CHARS * 2 \
            or not (":" in text or "：" in text or "\ufe30" in text or "\ufe55" in text) \
            or text.rstrip().endswith("。"):
        return False  # a notice's own contact sentence (联系电话：…。) is part of it
    text = fold(text) if folded is None else folded
    labels = len(CONTACT_LABEL.findall(text))
    return labels >= MIN_CONTACT_LABELS or (
        labels == 1 and len(text) < POST_MARK_CHARS and bool(CONTACT_DETAIL.search(text)))


def failed_page(kept: Sequence[Block], *, login: bool = True) -> str:
    """Why the kept blocks, holding little prose, are an error, a captcha or a login page and
    no article ("" when they are none): the page says so (页面不存在, 访问过于频繁 …) or, with
    ``login``, shows a login form's words. Both input paths ask it only of pages with little
    prose; a text dump asks without ``login``, as the login box of a page's header is printed
    as lines among the article's there, not set apart in an element of its own."""
    text = "".join(b.text for b in kept)
    if ERROR_PAGE.search(text):
        return "an error page"
    if login and len(LOGIN_WALL.findall(text)) >= MIN_LOGIN_WORDS:
        return "a login wall"
    return ""


def outside_region(block: Block, kept: Sequence[Block]) -> bool:
    """Whether ``block`` lies outside the element holding all the prose kept so far.

    The article's paragraphs share an element of their own; a marker (相关数据, 相关推荐) after
    them but outside that element heads what the page put below the article, however long.
    """
    paths = [b.path for b in kept if _prose(b)]
    if not paths or not block.path:
        return False
    low, high = min(paths), max(paths)
    depth = 0
    while depth < min(len(low), len(high)) and low[depth] == high[depth]:
        depth += 1
    return depth > 0 and block.path[:depth] != low[:depth]


def box_inside_article(inside: Sequence[Block], at: int, kept: Sequence[Block],
                       paragraphs: Sequence[bool]) -> bool:
    """Whether the end marker ``inside[at]`` heads a box set in the article's flow (延伸阅读 or
    相关阅读 with its links between two paragraphs), not the article's end: the marker stands in
    an element of its own (a ``<div>``, a ``<table>``) under one holding the prose kept so far,
    the box holds links (the marker's own, or blocks after it) and no paragraph, and right after
    it a paragraph (``paragraphs``) resumes beside the kept ones, its parent element one of
    theirs. A list outside the article's element, or followed by anything but a paragraph of
    its element, ends the article as before."""
    path = inside[at].path
    parents = {b.path[:-1] for b in kept if _prose(b) and b.path}
    if path[:-1] in parents:
        return False   # the marker a paragraph of the article's element: nothing bounds a box
    parent = max((p for p in parents if path[:len(p)] == p), key=len, default=None)
    if parent is None or len(path) < len(parent) + 2:
        return False
    box = path[:len(parent) + 1]
    end = at + 1
    while end < len(inside) and inside[end].path[:len(box)] == box:
        if paragraphs[end]:
            return False
        end += 1
    return (end > at + 1 or inside[at].link_chars > 0) and end < len(inside) and paragraphs[end] \
        and inside[end].path[:-1] in parents


def paragraphs_by_element(blocks: Sequence[Block], paragraphs: Sequence[bool]
                          ) -> frozenset[tuple[int, ...]]:
    """The paths of elements whose own text holds :data:`MIN_ELEMENT_PARAGRAPHS` paragraphs of
    prose or more (text split at ``<br>``): the article's element, whatever its class says.
    Summaries of other articles sit in an element each. ``paragraphs`` tells for each block
    whether it is a paragraph of prose (prose that closes its sentence)."""
    count: dict[tuple[int, ...], int] = {}
    for b, paragraph in zip(blocks, paragraphs):
        if paragraph and b.path:
            count[b.path] = count.get(b.path, 0) + 1
    return frozenset(path for path, n in count.items() if n >= MIN_ELEMENT_PARAGRAPHS)


def _notice(block: Block) -> bool:
    """A short block holding a disclaimer or a paywall's offer, or a prompt said the way
    promotion says it: outside prose, or with an exclamation (下载客户端还能获得专享福利哦！)
    where news prose ends with a full stop (用户可下载新版客户端体验新功能。 is news)."""
    if len(block.text) >= NOTICE_CHARS:   # (told before the fold, which keeps the length: the
        return False                       # ends of an article are paragraphs, most of them long)
    text = fold(block.text)
    if _DISCLAIMER.search(text) or PAYWALL.search(text):
        return True
    return bool(_PROMPT.search(text)) and (not _prose(block) or bool(_EXCLAIMED.search(text)))


def _with_unfolded(chars: str) -> tuple[str, ...]:
    """``chars`` and the traditional characters :func:`fold` makes one of them."""
    return tuple(sorted(set(chars) | {chr(k) for k, v in _SIMPLIFY.items() if chr(v) in chars}))


# Characters one of which every ad :func:`advert` finds holds: one of each label (广告, 推广, 赞助,
# 软文, 冠名; A of AD, Advertisement in any case), of an app's banner (客户端, APP) and of each way
# to reach a seller (AD_CONTACT's words), and what folds to them.
_AD_MARKS = "".join(_with_unfolded("告推赞软冠端热微扫码戳点链详Aa"))
_AD_CODEC = char_codec(_AD_MARKS)


def advert(text: str) -> bool:
    """A short block that is an advertisement, wherever it stands in the article: labelled as
    one (【广告】…, …（推广）, 合作推广：…, 本文由…赞助; :data:`cleaner.patterns.ADVERT`), an
    offer with a way to reach the seller (全场五折起，咨询热线：400-…; 加微信…领取), or an app's
    banner (打开某某APP，阅读全文). A notice's 咨询电话 holds no offer, and prose about
    advertising no bracketed label."""
    if len(text) >= ADVERT_CHARS:
        return False
    text = fold(text)
    if ADVERT.match(text) is not None:
        return True
    # A label or an offer after a closed sentence may be stuck to a paragraph of the article,
    # which must not go with it. (An offer's contact apart from the offer, and the block not
    # closed as prose closes it: a quote in a report, “扫码下单的顾客，有一半是外地人。”, is no ad.)
    end = text.rstrip()[-1:]
    if end in "】]）)" and (label := ADVERT_END.search(text)) is not None and "。" not in text[:label.start()]:
        return True
    if end in _PROSE_ENDS:
        return False
    offer = _AD_OFFER.search(text)
    return offer is not None and "。" not in text[:offer.start()] and (
        AD_CONTACT.search(text, offer.end()) is not None or AD_CONTACT.search(text, 0, offer.start()) is not None)


def adverts(texts: Sequence[str]) -> set[int]:
    """The indices of ``texts`` (the lines of an article's body, folded or not) that are
    advertisements (:func:`advert`), and of the short line under a label standing alone (广告 |
    the ad's text). Only the short lines holding a mark of an ad are read, told in C: the
    lengths by iterators, the marks by a scan of those lines joined (most articles hold none)."""
    short = list(compress(range(len(texts)), map(ADVERT_CHARS.__gt__, map(len, texts))))
    lines = list(map(texts.__getitem__, short))
    if _AD_CODEC is None:
        held = indices_with_chars(_AD_MARKS, lines)
    else:   # (the lines joined at NULs and encoded keeping the marks only: a line's marks between two)
        marks = codecs.charmap_encode("\0".join(lines), "ignore", _AD_CODEC)[0].split(b"\0")
        held = list(compress(range(len(marks)), marks))
    ads: set[int] = set()
    for k in held:
        i = short[k]
        if advert(texts[i]):
            ads.add(i)
            if i + 1 < len(texts) and len(texts[i + 1]) < ADVERT_CHARS and bare_advert_label(texts[i]):
                ads.add(i + 1)
    return ads


def bare_advert_label(text: str) -> bool:
    """Whether ``text`` is an advertisement's label standing alone (广告, 【推广】, AD)."""
    return len(text) < MAX_AD_LABEL_CHARS and _BARE_AD_LABEL.fullmatch(fold(text).strip()) is not None


def _promotion(block: Block, kept: Sequence[Block], start: int, title: str | None) -> bool:
    """A line with an exclamation that shares next to none of its words with the headline and
    the article after it (``kept[start:]``, copied only for a line that shouts): a banner for
    something else (an event, a campaign, a vote)."""
    # An exclamation mark (banners shout), found by ``in``, a scan in C: a regex class tested
    # every character of the paragraphs at an article's top.
    text = block.text
    if "！" not in text and "!" not in text:
        return False
    grams = cjk_bigrams(fold(text))
    if len(grams) < MIN_PROMOTION_BIGRAMS:
        return False
    # The article is read only until enough of the line's bigrams turn up (most lines share
    # words at once), not made into a vocabulary whole for each such line: a bigram stands in
    # a text exactly when it is one of the text's bigrams (two CJK characters side by side).
    needed = OFF_TOPIC_PROMOTION * len(grams)
    missing = grams - cjk_bigrams(fold(title or ""))
    for b in kept[start:]:
        if len(grams) - len(missing) >= needed:
            return False
        text = fold(b.text)
        missing = {g for g in missing if g not in text}
    return len(grams) - len(missing) < needed


# A label over a link, on a line of its own: 本文链接：https://…, 原文地址: http://….
_LABELLED_LINK = re.compile(r"\s*[^\s：:，。]{1,8}\s*[：:]\s*https?://\S+\s*$")


def leading_notices(kept: list[Block], is_label: Callable[[Block], bool], title: str | None = None
                    ) -> tuple[list[Block], list[Block]]:
    """The kept blocks without the notices above the first paragraph, and those notices: from
    the start, disclaimers and prompts (:func:`_notice`: 本文版权归…所有，请勿转载！; 快来…，下载
    客户端还能获得专享福利哦！), exclaimed lines about something else (:func:`_promotion`:
    “十大年度人物评选”火热进行中！), a label over a link alone (本文链接：https://…, a page's
    own address) and labels between them go, with the labelled lines right under a notice
    (:func:`cleaner.notices.is_labelled_line`: 文章标签：a b, which a blog prints under its
    copyright notice) and, under a label of no value (文章标签：), the labels that are its
    values; the first other block stops the walk."""
    start = 0
    i = 0
    valued = False   # (the block above is a notice's label of no value on its line)
    while i < min(len(kept), MAX_NOTICE_BLOCKS):
        b = kept[i]
        if "://" in b.text and _LABELLED_LINK.match(b.text) or start == i > 0 and (is_labelled_line(b.text) or valued and is_label(b)):
            start = i + 1
            valued = valued or b.text.rstrip()[-1:] in ":："
        elif _notice(b) or _promotion(b, kept, i + 1, title):
            start = i + 1
        elif not is_label(b):
            break
        i += 1
    if not start or not any(closes_sentence(b.text) for b in kept[start:]):
        return kept, []
    return kept[start:], kept[:start]


def trailing_notices(kept: list[Block], is_label: Callable[[Block], bool],
                     is_boilerplate: Callable[[Block], bool]) -> tuple[list[Block], list[Block]]:
    """The kept blocks without the notices after the last paragraph, and those notices.

    From the end, short blocks that hold a disclaimer or a prompt anywhere (folded: 原创文章，
    转载请联系…；违规转载法律必究; 快来安装…插件吧！), or are boilerplate lines, go, with the
    labels and unfinished fragments after them (+1, 好文章，需要你的鼓励); the first other block
    stops the walk. Inside the article the same phrases are left to the sifting, which takes
    them only where they open a block.
    """
    end = len(kept)
    i = len(kept)
    while i > max(0, len(kept) - MAX_NOTICE_BLOCKS):
        b = kept[i - 1]
        if _notice(b) or is_boilerplate(b):
            end = i - 1
        elif not (is_label(b) or (b.cjk < FRAGMENT_CJK and not closes_sentence(b.text))):
            break
        i -= 1
    if end == len(kept) or not any(closes_sentence(b.text) for b in kept[:end]):
        return kept, []
    return kept[:end], kept[end:]
