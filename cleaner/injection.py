"""Headline-fragment injection: detection and repair.

Content farms stuff short pieces of the headline into the body (SEO spam): the headline
``2025年厦漳泉都市圈建设这样干`` loses its digits, a stopword or two and maybe its last
character, is cut into bigrams or trigrams (``年厦 漳泉 都市 圈建 设样``), and the pieces are
inserted one at a time, mostly right after a punctuation mark, in headline order or at random:
``昨日下午,年厦厦漳泉都市圈办公室…召开,漳泉会上发布了…``. The same characters also occur
legitimately all over the body (``厦漳泉都市圈``); those must stay.

The cascade (:func:`repair`):

1. **Candidates.** A piece is 2-3 CJK characters of a headline, possibly skipping one function
   character the spammer dropped (设这样 -> 设样). An occurrence of a piece in the text is a
   candidate only when it is *isolated*: it does not extend, by one character on either side,
   into a longer stretch of a headline (``厦漳泉都市圈`` holds 漳泉 and 都市, which extend into
   each other: legitimate).
2. **Local evidence** for each candidate, from a word list (jieba's dictionary) and the text
   around it: ``after`` / ``last`` — it follows a clause or sentence mark / closes the
   paragraph; ``wordlike`` — the piece is a word of the dictionary or a whole unit of the
   headline (都市, 南平县) rather than a cut across its units (年厦 of 2025年|厦漳泉, 设样 of
   建设|这样); ``cross`` — the best segmentation of the text runs a word across the candidate's
   edge (its characters belong to their neighbours); ``joins`` — taking it out puts a word across
   the junction (实|设样|质 -> 实质).
3. **The spammer's cut.** The spam cuts each headline into consecutive pieces. A small DP over
   each headline picks the tiling the candidates support best (joins and pieces at punctuation
   marks for it, plain words mid-clause not; see the ``SUPPORT_*`` weights); only pieces of that
   tiling are ever removed. ``ordered`` counts the candidate's neighbours (among the tiling's
   candidates, and among the spam-like ones) that are the tiling's previous / next piece; when
   at least :data:`CYCLIC_SHARE` of neighbouring pairs are, the spam cycles through the headline
   and order is evidence (else it is ignored).
4. **The page.** Nothing is touched unless the page is stuffed: :data:`MIN_CHAIN` candidates in
   headline order on both sides, or :data:`MIN_STRONG` strong candidates (cuts at a punctuation
   mark or joining a word, words between two marks) showing at least :data:`MIN_PIECES_SHARE`
   of the tiling's pieces. An article that repeats its headline's words on its own shows no
   cuts at punctuation marks and no chain, and is left alone. Hidden elements (``hidden``) only
   tell the tiling which pieces the spam used; they never stuff a page by themselves (the spam
   they held is already gone from the visible text).
5. **Removal**, on a stuffed page, of a tiling piece when: both neighbours are in headline order;
   one is and it sits after a punctuation mark (for a word, only a neighbour inside the
   headline counts, not one across the wrap from its last piece to its first: the headline's
   first word is the article's topic and opens its sentences anyway); it is a cut after a mark
   or joining a word, with no crossing word; it stands between a mark and the paragraph's end;
   or it is a word the text puts after marks at least twice and more than twice as often as it
   uses it anywhere else (:func:`_stuffed_words`). Any other word of the article at a mark
   stays: precision before recall (docs/injection.md says what that leaves behind).

Cost: one regex pass finds the runs of headline characters; only those are walked, with a few
substring tests per character; the segmentations (a dozen characters each) run only for cuts and
candidates at punctuation marks. A text without two headline characters in a row costs the
regex pass and nothing else: well under a millisecond on a news page.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from .article import Repair

__all__ = ["repair", "pieces"]

log = logging.getLogger(__name__)

#: Shortest and longest headline piece considered (the spam cuts bigrams and trigrams).
MIN_PIECE = 2
MAX_PIECE = 3
#: Function characters a spammer may drop from the headline before cutting it (a piece may skip
#: over one: 设这样 -> 设样).
SKIPPABLE = frozenset("的了是在和与及这那之将就都而着或也把被对为于以其等并又还从向到给让由个们该此")
#: Strong candidates (of at least two different pieces) that mark a page as stuffed.
MIN_STRONG = 2
#: ... and those strong candidates must show at least this share of the spam's pieces (spam
#: uses the whole cut; a real article repeating one or two headline words does not).
MIN_PIECES_SHARE = 0.4
#: Candidates after punctuation, each with both neighbours in headline order, that mark a page
#: as stuffed on their own.
MIN_CHAIN = 3
#: Share of neighbouring spam-like candidates in headline order above which the spam is taken to
#: cycle through the headline (and order becomes evidence).
CYCLIC_SHARE = 0.5
#: A word of the tiling found at punctuation marks at least this often, and more than this many
#: times as often as anywhere else, is one the spam stuffs there (see :func:`_stuffed_words`).
MIN_STUFFED_WORD = 2
STUFFED_WORD_RATIO = 2.0
#: Words of the dictionary rarer than this are ignored (jieba's long tail holds odd entries).
MIN_WORD_FREQ = 3
#: Weights of the evidence for a piece being one the spam cut (see :func:`_support`).
SUPPORT_JOIN = 2.0
SUPPORT_AFTER_NONWORD = 2.0
SUPPORT_AFTER_WORD = 0.5
SUPPORT_MID_NONWORD = 0.25
SUPPORT_MID_WORD = 0
SUPPORT_HIDDEN = 3.0

_IS_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")
# What counts as "right after punctuation": the marks that end a clause or a sentence, and
# closing quotes and brackets (not opening ones: a quoted word after “ is ordinary prose).
_MARKS = frozenset("，。、；：！？,;:!?…”’）)》〉】」』")

_Span = tuple[int, int, int]  # (headline index, start, end) in the headline's CJK sequence


@dataclass(frozen=True)
class _Model:
    """What the detector knows of the headlines."""

    #: piece -> its spans in the headlines' CJK sequences
    pieces: dict[str, tuple[_Span, ...]]
    #: each headline as printed (without spaces) and as its CJK sequence, NUL-separated: an
    #: occurrence that extends into a substring of these, or into a piece, is part of a longer
    #: match (see :meth:`stretch`)
    forms: str
    #: runs of two or more characters of the headlines (where candidates can be)
    runs: re.Pattern[str]
    #: each headline's CJK sequence
    seqs: tuple[str, ...]
    #: pieces that cut across the headline's words (年厦 of 2025年|厦漳泉, 设样 of 建设|这样):
    #: prose does not produce them on its own
    cuts: frozenset[str]

    def stretch(self, text: str) -> bool:
        """Whether ``text`` is a stretch of a headline: a substring of one, or a piece."""
        return text in self.pieces or text in self.forms


@dataclass(frozen=True)
class _Candidate:
    paragraph: int
    start: int
    end: int
    piece: str


@dataclass
class _Evidence:
    """What is known of one candidate (see the module docstring)."""

    cross: bool
    after: bool
    last: bool
    joins: bool
    wordlike: bool
    ordered: int = 0
    inner: int = 0    # of those neighbours, the ones inside a headline (not across the wrap)


def pieces(headline: str) -> frozenset[str]:
    """The pieces of ``headline`` the detector looks for.

    >>> sorted(pieces("建设这样"))
    ['建设', '建设样', '建设这', '设样', '设这', '设这样', '这样']
    """
    return frozenset(_model((headline,)).pieces)


def repair(paragraphs: tuple[str, ...], *, headlines: tuple[str, ...],
           hidden: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    """Take injected headline fragments out of ``paragraphs``; returns them and the repairs.

    ``headlines`` are the title (and subtitle) the spam was cut from; ``hidden`` the texts of
    the page's invisible elements (evidence of which pieces the spam uses). A page that shows no
    sign of stuffing comes back unchanged.

    >>> text = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，漳泉会上发布了工作机制，都市并通报重点任务，"
    ...         "圈建为推动三市一体化发展注入新动力、设样绘就新蓝图。")
    >>> repair((text,), headlines=("2025年厦漳泉都市圈建设这样干",))[0]
    ('昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制，并通报重点任务，为推动三市一体化发展注入新动力、绘就新蓝图。',)
    """
    headlines = tuple(h for h in headlines if h and h.strip())
    if not headlines or not paragraphs:
        return paragraphs, ()
    model = _model(headlines)
    found = _candidates(paragraphs, model)
    if not found:
        return paragraphs, ()
    hidden_pieces = {t for t in (_SPACE.sub("", x) for x in hidden) if t in model.pieces}
    verdicts = _judge(paragraphs, found, model, _words(), hidden_pieces)
    if not verdicts:
        return paragraphs, ()
    return _apply(paragraphs, verdicts)


# --------------------------------------------------------------------------------------------
# The headlines and the word list
# --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=256)
def _model(headlines: tuple[str, ...]) -> _Model:
    found: dict[str, set[_Span]] = {}
    forms: list[str] = []
    seqs: list[str] = []
    for h_index, headline in enumerate(headlines):
        seq = "".join(_IS_CJK.findall(headline))
        seqs.append(seq)
        forms += [_SPACE.sub("", headline), seq]
        for start in range(len(seq)):
            for end in range(start + MIN_PIECE, min(len(seq), start + MAX_PIECE + 1) + 1):
                whole = seq[start:end]
                if len(whole) <= MAX_PIECE:
                    found.setdefault(whole, set()).add((h_index, start, end))
                # The same stretch with one inner function character dropped.
                for k in range(start + 1, end - 1):
                    if seq[k] in SKIPPABLE:
                        short = seq[start:k] + seq[k + 1:end]
                        if MIN_PIECE <= len(short) <= MAX_PIECE:
                            found.setdefault(short, set()).add((h_index, start, end))
    # A piece made only of function characters (的是, 这是) is too common to mean anything.
    pieces_ = {p: tuple(sorted(spans)) for p, spans in found.items()
               if not all(c in SKIPPABLE for c in p)}
    units = [_unit_bounds(seq, headline) for seq, headline in zip(seqs, headlines)]
    # Without a word list no piece can be shown to cut across words: all count as words.
    cuts = frozenset(p for p, spans in pieces_.items()
                     if not any(s in units[h] and e in units[h] for h, s, e in spans)) \
        if _words() else frozenset()
    chars = "".join(sorted(set("".join(forms))))
    runs = re.compile(f"[{re.escape(chars)}]{{2,}}" if chars else "(?!)")
    return _Model(pieces_, "\x00".join(forms), runs, tuple(seqs), cuts)


def _unit_bounds(seq: str, headline: str) -> frozenset[int]:
    """Where the headline's units begin and end (positions in its CJK sequence ``seq``): its
    words as the dictionary segments it, runs of characters no word covers (an unknown name
    such as 厦漳泉 is one unit), and whatever else (digits, quotes, spaces) separates them."""
    bounds = {0, len(seq)}
    k = 0
    for part in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", headline):
        cuts = sorted(_boundaries(part, _words()) | {0})
        for a, b in zip(cuts, cuts[1:]):
            if b - a > 1:  # a word: a unit of its own, and so are its neighbours
                bounds.update((k + a, k + b))
        k += len(part)
        bounds.add(k)
    return frozenset(bounds)


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Words of 2-4 CJK characters from jieba's dictionary (read once per process).

    Only jieba's word list is used, not its tokenizer: reading it takes ~0.3 s, writes no cache
    file and keeps nothing but this frozenset. Without jieba the set is empty and the detector
    falls back to the page's own evidence (order and punctuation), removing less.
    """
    try:
        from importlib.resources import files
        words: set[str] = set()
        with (files("jieba") / "dict.txt").open("r", encoding="utf-8") as handle:
            for line in handle:
                word, _, rest = line.partition(" ")
                if 2 <= len(word) <= 4 and int(rest.split(" ", 1)[0] or 0) >= MIN_WORD_FREQ:
                    words.add(word)
        return frozenset(words)
    except (ImportError, OSError, ValueError, TypeError) as err:
        log.debug("no word list for injection repair: %s", err)
        return frozenset()


# --------------------------------------------------------------------------------------------
# Candidates and their local evidence
# --------------------------------------------------------------------------------------------

def _candidates(paragraphs: tuple[str, ...], model: _Model) -> list[_Candidate]:
    """Isolated occurrences of headline pieces, in text order.

    Only runs of two or more headline characters are looked at (one regex pass); in a run, the
    longest stretch of a headline starting at each character is grown one character at a time.
    """
    found: list[_Candidate] = []
    stretch, pieces_ = model.stretch, model.pieces
    for p_index, text in enumerate(paragraphs):
        for run in model.runs.finditer(text):
            i, stop = run.start(), run.end()
            while i < stop - 1:
                if not stretch(text[i:i + 2]):
                    i += 1
                    continue
                end = i + 2
                while end < stop and stretch(text[i:end + 1]):
                    end += 1
                if end - i <= MAX_PIECE and text[i:end] in pieces_ \
                        and not (i > run.start() and stretch(text[i - 1:end])):
                    found.append(_Candidate(p_index, i, end, text[i:end]))
                    i = end
                else:
                    i += 1
    return found


def _boundaries(window: str, words: frozenset[str]) -> set[int]:
    """Word boundaries of ``window`` under the segmentation that covers most of it with words
    of the dictionary (ties: fewer words); characters no word covers stand alone."""
    n = len(window)
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)   # (covered characters, -words)
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        best[i], back[i] = (best[i - 1][0], best[i - 1][1] - 1), i - 1
        for k in range(2, min(4, i) + 1):
            if window[i - k:i] in words:
                score = (best[i - k][0] + k, best[i - k][1] - 1)
                if score > best[i]:
                    best[i], back[i] = score, i - k
    cuts = {n}
    i = n
    while i > 0:
        i = back[i]
        cuts.add(i)
    return cuts


def _context(paragraphs: tuple[str, ...], found: list[_Candidate], i: int) -> tuple[str, str]:
    """The text before and after candidate ``i``, with candidates right next to it left out
    (a word that the removal of two neighbouring pieces joins is judged without them)."""
    c = found[i]
    text = paragraphs[c.paragraph]
    start, end = c.start, c.end
    if i > 0 and found[i - 1].paragraph == c.paragraph and found[i - 1].end == start:
        start = found[i - 1].start
    if i + 1 < len(found) and found[i + 1].paragraph == c.paragraph and found[i + 1].start == end:
        end = found[i + 1].end
    return text[:start], text[end:]


def _evidence(paragraphs: tuple[str, ...], found: list[_Candidate], i: int,
              words: frozenset[str], model: _Model) -> _Evidence:
    """The local evidence of candidate ``i``. The two segmentations (``cross``, ``joins``) are
    only run where a verdict can depend on them: for pieces that cut across words and for
    candidates at a punctuation mark; an ordinary word mid-clause is neither (it can only go
    when the headline order puts it between two stuffed pieces)."""
    c = found[i]
    text = paragraphs[c.paragraph]
    after = c.start > 0 and text[c.start - 1] in _MARKS
    last = c.end == len(text)
    wordlike = c.piece not in model.cuts or c.piece in words
    if wordlike and not (after or last):
        return _Evidence(cross=False, after=False, last=False, joins=False, wordlike=True)
    lo = max(0, c.start - 4)
    cuts = _boundaries(text[lo:c.end + 4], words)
    before, rest = _context(paragraphs, found, i)
    left, right = before[-4:], rest[:4]
    return _Evidence(
        cross=(c.start - lo) not in cuts or (c.end - lo) not in cuts,
        after=after, last=last,
        joins=bool(left and right) and len(left) not in _boundaries(left + right, words),
        wordlike=wordlike)


# --------------------------------------------------------------------------------------------
# The page: the spammer's cut, the order, the verdicts
# --------------------------------------------------------------------------------------------

def _judge(paragraphs: tuple[str, ...], found: list[_Candidate], model: _Model,
           words: frozenset[str], hidden_pieces: set[str]) -> list[tuple[_Candidate, str]]:
    """The candidates to take out, each with its reason (none when the page is not stuffed)."""
    ev = [_evidence(paragraphs, found, i, words, model) for i in range(len(found))]
    plain = [i for i in range(len(found)) if not ev[i].cross]
    if not plain:
        return []
    tiling = _tiling(_support(found, ev, plain, hidden_pieces), model)
    chunks = {piece for order in tiling for piece in order}
    # Order is judged among every occurrence of the spam's pieces, crossed or not.
    live = [i for i in range(len(found)) if found[i].piece in chunks]
    cyclic = _order(found, ev, live, tiling)
    if not cyclic:
        for i in live:
            ev[i].ordered = 0
    strong = [i for i in live if not ev[i].cross and (
        (not ev[i].wordlike and (ev[i].after or ev[i].last or ev[i].joins or ev[i].ordered == 2))
        or (ev[i].after and ev[i].last))]
    chained = [i for i in live if ev[i].ordered == 2 and (ev[i].after or ev[i].last or not ev[i].wordlike)]
    distinct = len({found[i].piece for i in strong})
    # A chain needs three different pieces: two names an article alternates between (姚明 …
    # 周琦 … 姚明) follow each other "in order" too.
    stuffed = (len(chained) >= MIN_CHAIN and len({found[i].piece for i in chained}) >= 3) \
        or (len(strong) >= MIN_STRONG and distinct >= max(2, MIN_PIECES_SHARE * len(chunks)))
    if not stuffed:
        return []
    stuffed_words = _stuffed_words(paragraphs, found, ev, live)
    out: list[tuple[_Candidate, str]] = []
    for i in live:
        e, c = ev[i], found[i]
        # One neighbour in order is enough at a punctuation mark, but not across the wrap for
        # a word: the headline's first word (its topic) opens sentences of the article anyway.
        if e.ordered == 2 or ((e.after or e.last) and (e.inner if e.wordlike else e.ordered)
                              and not (e.cross and e.wordlike)):
            reason = "headline fragment in headline order"
        elif e.cross:
            continue
        elif not e.wordlike and (e.after or e.last or e.joins):
            reason = "headline fragment that is no word, " + (
                "after punctuation" if e.after else "closing the paragraph" if e.last
                else "splitting a word")
        elif e.after and e.last:
            reason = "headline fragment closing the paragraph"
        elif e.after and c.piece in stuffed_words:
            reason = "headline fragment after punctuation, a word the text uses nowhere else"
        else:
            continue
        out.append((c, reason))
    return out


def _stuffed_words(paragraphs: tuple[str, ...], found: list[_Candidate], ev: list[_Evidence],
                   live: list[int]) -> set[str]:
    """Words of the tiling that the text puts at punctuation marks far more often than it uses
    them otherwise (mid-clause, or inside a longer stretch of the headline): spam cycles its
    pieces through the marks, an article uses its words where its sentences need them."""
    at_mark: dict[str, int] = {}
    other: dict[str, int] = {}
    isolated: dict[str, int] = {}
    for i in live:
        piece, e = found[i].piece, ev[i]
        isolated[piece] = isolated.get(piece, 0) + 1
        if e.after and not e.cross:
            at_mark[piece] = at_mark.get(piece, 0) + 1
        else:
            other[piece] = other.get(piece, 0) + 1
    text = "\n".join(paragraphs)
    out: set[str] = set()
    for piece, n in at_mark.items():
        uses = other.get(piece, 0) + text.count(piece) - isolated[piece]
        if n >= MIN_STUFFED_WORD and n > STUFFED_WORD_RATIO * uses:
            out.add(piece)
    return out


def _support(found: list[_Candidate], ev: list[_Evidence], live: list[int],
             hidden_pieces: set[str]) -> dict[str, float]:
    """How strongly the text says each piece is one the spam cut."""
    support: dict[str, float] = {piece: SUPPORT_HIDDEN for piece in hidden_pieces}
    for i in live:
        e = ev[i]
        if e.joins:
            w = SUPPORT_JOIN
        elif e.after or e.last:
            w = SUPPORT_AFTER_WORD if e.wordlike else SUPPORT_AFTER_NONWORD
        else:
            w = SUPPORT_MID_WORD if e.wordlike else SUPPORT_MID_NONWORD
        support[found[i].piece] = support.get(found[i].piece, 0.0) + w
    return support


def _tiling(support: dict[str, float], model: _Model) -> list[list[str]]:
    """For each headline, the best-supported cut into consecutive pieces (in headline order).

    A cut walks the headline's CJK sequence: it may drop the first character, drop a function
    character between pieces, and stop up to two characters short of the end; everything else is cut
    into pieces of 2-3 characters (one inner function character may be skipped). The cut with
    the highest total support wins (a headline none of whose pieces has support gives none).
    """
    out: list[list[str]] = []
    for h, seq in enumerate(model.seqs):
        n = len(seq)
        starting: dict[int, list[tuple[int, str]]] = {}
        for piece, spans in model.pieces.items():
            for hh, s, e in spans:
                if hh == h:
                    starting.setdefault(s, []).append((e, piece))
        neg = float("-inf")
        best = [neg] * (n + 1)
        pick: list[tuple[int, str]] = [(n, "")] * (n + 1)
        best[n] = 0.0
        for s in range(n - 1, -1, -1):
            options: list[tuple[float, int, str]] = []
            if s >= n - 2 or s == 0 or seq[s] in SKIPPABLE:
                options.append((best[s + 1], s + 1, ""))        # drop this character
            for e, piece in starting.get(s, ()):
                if best[e] > neg:
                    options.append((best[e] + support.get(piece, 0.0), e, piece))
            if options:
                score, e, piece = max(options, key=lambda o: (o[0], len(o[2]) > 0))
                best[s], pick[s] = score, (e, piece)
        order: list[str] = []
        s = 0
        while s < n and best[s] > neg:
            e, piece = pick[s]
            if piece:
                order.append(piece)
            s = e
        # Pieces the text does not support at either end are the spammer's dropped first or
        # last characters more often than pieces it never used.
        while order and support.get(order[-1], 0.0) <= 0:
            order.pop()
        while order and support.get(order[0], 0.0) <= 0:
            order.pop(0)
        out.append(order)
    return out


def _order(found: list[_Candidate], ev: list[_Evidence], live: list[int],
           tiling: list[list[str]]) -> bool:
    """Mark in ``ev[i].ordered`` how many text neighbours of each live candidate the tiling's
    (cyclic) order predicts; return whether the spam cycles through the headline.

    Neighbours are looked for twice: among all live candidates, and among the spam-like ones
    only (after punctuation, closing a paragraph, or joining a word), so that ordinary uses of
    a headline word between two stuffed pieces do not break the chain. The spam cycles when
    most neighbouring spam-like candidates follow each other in order (at random, about one
    pair in as many as there are pieces would).
    """
    inner: dict[str, set[str]] = {}
    wrap: dict[str, set[str]] = {}
    firsts = {order[0] for order in tiling if order}
    for order in tiling:
        for a, b in zip(order, order[1:]):
            inner.setdefault(a, set()).add(b)
        if order:   # cyclic: the last piece of a headline is followed by a first one
            wrap.setdefault(order[-1], set()).update(firsts - {order[-1]})
    for piece, following in inner.items():   # a piece never vouches for itself
        following.discard(piece)

    def link(a: str, b: str) -> int:
        """2: b is a's next piece inside a headline; 1: across the wrap; 0: neither."""
        return 2 if b in inner.get(a, ()) else 1 if b in wrap.get(a, ()) else 0

    spammy = [i for i in live if not ev[i].cross and (ev[i].after or ev[i].last or ev[i].joins)]
    cyclic = False
    for sequence in (live, spammy):
        kinds = [0] + [link(found[sequence[k - 1]].piece, found[sequence[k]].piece)
                       for k in range(1, len(sequence))]
        links = [k > 0 for k in kinds]
        for k, i in enumerate(sequence):
            after = kinds[k + 1] if k + 1 < len(sequence) else 0
            ev[i].ordered = max(ev[i].ordered, (kinds[k] > 0) + (after > 0))
            ev[i].inner = max(ev[i].inner, (kinds[k] == 2) + (after == 2))
        # Pairs of the same piece say nothing about order (an article repeats its topic word).
        pairs = sum(1 for k in range(1, len(sequence))
                    if found[sequence[k]].piece != found[sequence[k - 1]].piece)
        linked = {found[sequence[k]].piece for k in range(1, len(sequence)) if links[k]}
        cyclic = cyclic or (pairs >= MIN_CHAIN and sum(links) >= CYCLIC_SHARE * pairs
                            and len(linked) >= 3)
    return cyclic


def _apply(paragraphs: tuple[str, ...],
           verdicts: list[tuple[_Candidate, str]]) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    by_paragraph: dict[int, list[tuple[_Candidate, str]]] = {}
    for c, reason in verdicts:
        by_paragraph.setdefault(c.paragraph, []).append((c, reason))
    out = list(paragraphs)
    repairs: list[Repair] = []
    for index, items in sorted(by_paragraph.items()):
        text = paragraphs[index]
        kept: list[str] = []
        last = 0
        for c, reason in items:
            kept.append(text[last:c.start])
            last = c.end
            repairs.append(Repair(c.piece, index, c.start, reason))
        kept.append(text[last:])
        out[index] = "".join(kept)
    return tuple(out), tuple(repairs)
