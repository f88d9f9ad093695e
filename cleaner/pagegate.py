"""The page gate of the headline-fragment repair (:mod:`cleaner.injection`): its thresholds, and
whether a page is stuffed at all -- the spammer's cut (the tiling of the headline the
occurrences support best), where this page's spam goes (after marks, inside clauses or both),
its order (a cycle through the headline or random) and the counts of sure insertions that make
a page stuffed. Steps 3-6 of :mod:`cleaner.injection`'s cascade; the README ("Headline-fragment
injection") has the reasons and the measurements behind each constant.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace

from .atmarks import MAX_INSIDE, MAX_OPENING_GAP, MIN_TURN_PIECES
from .cycle import MIN_CHAIN, Span, cycle_of, tiling as best_tiling
from .spamorder import MIN_ALTERNATION, MIN_WORD_TURNS, alternating, cycling, follows, in_turn, sparse, unbroken, words_in_turn
from .headmodel import Model as _Model
from .inside import MIN_READ_APART
from .occurrence import Occ as _Occ, certain as _certain, score as _score, split as _split
from .occurrence import W_EXT, W_HIDDEN
from .spread import MIN_HALFWAY_PIECES, halfway_cut, off_habit, widespread

__all__ = ["CLOSING", "MARKS", "PROSE", "Page", "closing_turn", "could_be_stuffed", "page_of", "place"]

#: Placement priors once the page shows where its spam goes (see :func:`place`).
W_OFF_PLACE = 2.5   # an occurrence where this page's spam does not go
W_OUT_RANGE = 3.0   # past the last paragraph with a sure insertion (random order)
#: Score from which an occurrence is removed when the spam is not in headline order.
THRESHOLD = 2.0
#: ... and from this much inside a clause the context model read, on a page whose spam goes
#: inside clauses only (measured, seeds 1-2 / 3-4: +1 / +3 exact pages; lost characters
#: 0.069 -> 0.071 % / 0.060 -> 0.062 %).
THRESHOLD_READ = 1.0
#: A sure insertion scores at least this (a cut at a mark, a split word, a word closing a
#: paragraph after a mark).
SURE = 3.5
#: Suspects (at a mark, or cuts) a page needs before the word model is run at all.
MIN_SURE = 2
#: Certain insertions (a cut at a mark, a split word, a piece closing a paragraph after a mark
#: or followed by itself), of two pieces at least, that mark a page as stuffed: prose makes none
#: (one piece alone may be a name the dictionary does not know: 逆水寒, 气垫 in 空气垫).
MIN_CERTAIN = 3
#: ... or of one piece (最后的止痛药 -> 后止痛), certain this many times and in half of its uses
#: (an unknown name, 逆水寒, stands inside the article's clauses far more often than at marks);
#: :data:`MIN_CERTAIN` times for a piece that begins and ends half-way into the headline's words
#: (动老 of 启动|老旧, ``Model.straddling``): no name (measured on make_dirty.py seeds 1-8, repair
#: alone: +1 exact page on seed 1, no other page changed).
MIN_CERTAIN_ONE = 8
#: ... or certain cuts right after a mark of this many pieces, however few the cuts: an article
#: opens a clause with a piece of no word of the list only for a name it repeats, one piece
#: (逆水寒), never two (measured on the corpus, the fixtures, the real pages and their three
#: dumps, ``make_dirty.py`` seeds 1-4's controls: one piece at most; the injected real dumps'
#: gate-shut pages of seeds 1-4, one with two).
MIN_CUT_PIECES = 2
#: Pieces with sure insertions that mark a page as stuffed; or two pieces, when they are at
#: least this share of the tiling, or show this many sure insertions, or suspects show this many
#: pieces (spam uses the whole cut again and again; an article that repeats one headline word
#: at marks does not); or a cut at a mark, when suspects at marks show this many pieces (sparse
#: spam in random order; not a word closing a paragraph, 三：估值 closing a list's item, nor a
#: split word: those cost the article's own words at marks on make_dirty.py seed 3).
MIN_SURE_PIECES = 3
MIN_PIECES_SHARE = 0.4
MIN_SURE_MANY = 4
MIN_SUSPECT_PIECES = 3
#: ... or, beside suspects at marks of that many pieces, paragraphs closed by a piece right after
#: their last mark (。跨江 twice: prose ends no paragraph so; measured on make_dirty.py seeds 1-8,
#: repair alone: +1 exact page on seeds 2, 4 and 8, 2 characters more lost on seed 3, where a
#: page of 8 fragments left loses one of the article's own words at a mark; at 1, 4 characters
#: more lost on seeds 5-7 for +2 pages).
MIN_CLOSINGS = 2
#: The support a sure cut at a mark splitting a word (``Model.splitting``) gives its piece in the
#: tiling, times its score: prose opens no clause so, while the article's own words at marks add up.
CUT_SUPPORT = 3.0
#: In a cycling page, occurrences scoring at or below this are never taken into the run.
CHAIN_FLOOR = -3.0
#: ... but a cyclic run's gap of one piece is filled by the one copy of it above this (:func:`cleaner.cycle.fill`).
FILL_FLOOR = -4.0
#: Cost, in score units, of each piece the cyclic run skips (above :data:`W_OFF_PLACE`, so that
#: the cycle takes a piece stuffed off this page's usual place rather than skip it).
SKIP = 3.0
#: What the cyclic run pays to take the cycle up again at any piece past a paragraph with no
#: occurrence (:func:`cleaner.cycle.chain`): two skips, so that it pays only where the run
#: would skip three pieces or more.
JUMP = 2 * SKIP
#: Share of sure insertions at marks above which the spam goes only after marks (and below
#: ``1 - PLACEMENT_SHARE``: only inside clauses).
PLACEMENT_SHARE = 0.85

# What counts as "right after punctuation": the marks that end a clause or a sentence, and
# closing quotes and brackets (not opening ones: a quoted word after “ is ordinary prose).
MARKS = frozenset("，。、；：！？,;:!?…”’）)》〉】」』")
#: ... of which the closing quotes and brackets (see :func:`cleaner.spread.off_habit`).
CLOSING = frozenset("”’）)》〉】」』")
# A paragraph with none of these is a heading or a caption, never stuffed.
PROSE = frozenset("，。、；：！？,;:!?")


def could_be_stuffed(found: list[_Occ], read: bool, inside: float = 0.0,
                     spans: dict[str, tuple[Span, ...]] | None = None, opening: Collection[str] = (),
                     quiet: Iterable[_Occ] = (), cuts: Collection[str] | None = None,
                     fresh: Callable[[_Occ], bool] | None = None) -> bool:
    """Whether :func:`page_of` (with ``read``, or :func:`cleaner.inside.reads_stuffed`) could find
    the page stuffed from these scores (``inside`` more for the occurrences inside a clause: a
    seam not yet read), which it only lowers (but for a piece at a mark running on midway:
    counted as one that does not run on). Every way needs two sure insertions, or one cut at a
    mark beside suspects at marks of ``MIN_HALFWAY_PIECES`` pieces, or a sure piece closing its
    paragraph right after a mark beside suspects at marks of two pieces (:func:`closing_turn`), or ``MIN_CHAIN`` suspects of
    three pieces of one cut, or two pieces in turn ``MIN_ALTERNATION`` times at marks (each at half of them;
    one of them one of ``cuts``, ``Model.cuts``: else ``MIN_WORD_TURNS`` times, :func:`_enough`); the model, cuts inside clauses of ``MIN_READ_APART`` or suspects at marks of ``MIN_TURN_PIECES``
    pieces of one cut, each written inside clauses at most ``MAX_INSIDE`` times
    (:func:`cleaner.atmarks.fresh_turn`), or a suspect at a mark of a piece of ``opening`` (those
    that begin the headline, ``Model.opening``) and one after it of another piece of one cut, at
    most ``MAX_OPENING_GAP`` paragraphs apart, each ``fresh`` (read as no subject of its clause:
    :func:`cleaner.atmarks.opens_fresh`; None, any) (:func:`cleaner.atmarks.opening_turn`). ``spans``:
    the pieces' places in the headlines (``Model.pieces``), which tell the pieces of one cut
    (:func:`_one_cut`). ``quiet``: occurrences left out of ``found`` that count only as uses of
    their pieces inside clauses, each a word inside a clause, no ``ext``, its score plus ``inside``
    below THRESHOLD (the answer is the one for ``found`` and ``quiet`` together)."""
    sure = suspects = sure_cuts = 0
    pieces: set[str] = set()
    mark_pieces: dict[str, int] = {}   # suspects at marks, by piece
    at_marks: list[_Occ] = []   # (for opening_turn(), read last: the model reads them)
    # Pieces at marks at half of MIN_ALTERNATION (of them cuts) and at half of MIN_WORD_TURNS:
    # alternating()'s and words_in_turn()'s two (counted as they are reached: no list a suspect)
    halves = half_cuts = word_halves = 0
    closing = False   # a sure piece closing its paragraph right after a mark (closing_turn's)
    for o in found:
        score, ext = o.score, o.ext
        if not ext:
            if not o.after:
                score += inside
        elif o.midway:
            score, ext = max(score, _score(replace(o, ext=False))), False
        if score >= THRESHOLD:   # every count grows only here (SURE > THRESHOLD) and never falls:
            sure += score >= SURE   # the answer is yes as soon as they say so
            suspects += 1
            pieces.add(o.piece)
            if o.after and not ext and not o.bound:
                count = mark_pieces[o.piece] = mark_pieces.get(o.piece, 0) + 1
                if count == MIN_ALTERNATION // 2:
                    halves += 1
                    half_cuts += cuts is None or o.piece in cuts
                if count == MIN_WORD_TURNS // 2:
                    word_halves += 1
                if read and opening:
                    at_marks.append(o)
                sure_cuts += score >= SURE and not o.word
                closing = closing or (score >= SURE and o.last)
            if (closing and len(mark_pieces) >= 2) or _enough(sure, mark_pieces, sure_cuts, halves >= 2 and (half_cuts > 0 or word_halves >= 2)):
                return True
    # The ways through the spammer's cut, asked once the counts are whole (they only grow).
    # With fewer than two sure insertions and no cut at a mark among them beside suspects at marks of two pieces, no
    # count of sure or certain insertions, no closing, no half-way cut makes page_of's page
    # stuffed, and two pieces in turn at marks are _enough's: what is left reads the cut
    # (cycling() a run through three distinct pieces of it, sparse() four, widespread() four at
    # marks, all of ``live``). The cut is a tiling of each headline (:func:`cleaner.cycle.tiling`),
    # its pieces apart in it: not 再就业 工再就 职工的 of 职工的再就业, two of them at most.
    if suspects >= MIN_CHAIN and _one_cut(pieces, spans, 3):
        return True
    # fresh_turn() runs through MIN_TURN_PIECES pieces of the cut, each written inside clauses
    # (not running on into the headline: what no later step changes) at most MAX_INSIDE times.
    if read and len(mark_pieces) >= MIN_TURN_PIECES:
        uses: dict[str, int] = {}
        for o in itertools.chain(found, quiet):
            if not o.after and not o.ext:
                uses[o.piece] = uses.get(o.piece, 0) + 1
        if _one_cut([piece for piece in mark_pieces if uses.get(piece, 0) <= MAX_INSIDE], spans, MIN_TURN_PIECES):
            return True
    # inside.reads_stuffed() reads cuts inside clauses of MIN_READ_APART pieces; last (the model
    # reads them), atmarks.opening_turn() the page's first two suspects at marks, of the cut's
    # first two pieces, in one paragraph or the next.
    return read and (len({o.piece for o in found if not (o.after or o.word or o.ext or o.bound or o.bind)})
                     >= MIN_READ_APART or _opening_pair(at_marks, opening, spans, fresh or (lambda o: True)))


def closing_turn(at_marks: list[_Occ], cycle: list[str]) -> list[_Occ]:
    """The spam's run ending in a paragraph closed right after its last mark by a piece of the
    cut (sure: no prose ends a paragraph so, ``。[是否]``), the cut's pieces before it in turn at
    the marks before it in that paragraph (``，[债券]…。[市场]…。[是否]``), each the one before
    it in the cut's order (never round its end): two at least, each a suspect of ``at_marks``;
    empty where there is none such."""
    at_marks = sorted(at_marks, key=lambda o: (o.paragraph, o.start))
    for i, o in enumerate(at_marks):
        if not (o.last and o.score >= SURE and o.piece in cycle):
            continue
        run = [o]
        for p in reversed(at_marks[:i]):
            if p.paragraph != o.paragraph:
                break
            k = cycle.index(run[-1].piece)   # (the cut read from its first piece, never round
            if 0 < k and p.piece == cycle[k - 1]:   # its end)
                run.append(p)
            else:
                break
        if len(run) >= 2:
            return run[::-1]
    return []


def _opening_pair(at_marks: list[_Occ], opening: Collection[str], spans: dict[str, tuple[Span, ...]] | None,
                  fresh: Callable[[_Occ], bool]) -> bool:
    """Whether of the suspects ``at_marks`` (in text order) one of a piece of ``opening`` and one
    after it of another piece of one cut stand at most MAX_OPENING_GAP paragraphs apart, each
    ``fresh`` (:func:`cleaner.atmarks.opening_turn`'s first two). ``fresh`` is asked only of such
    a pair, the one before first (the model reads it: most pages show none)."""
    near: dict[str, list[_Occ]] = {}   # the suspects of a piece of ``opening``, by piece
    for o in at_marks:
        if any(piece != o.piece and o.paragraph - group[-1].paragraph <= MAX_OPENING_GAP
               and _one_cut((piece, o.piece), spans, 2)
               and any(fresh(a) for a in group if o.paragraph - a.paragraph <= MAX_OPENING_GAP)
               for piece, group in near.items()) and fresh(o):
            return True
        if o.piece in opening:
            near.setdefault(o.piece, []).append(o)
    return False


def _enough(sure: int, mark_pieces: dict[str, int], sure_cuts: int, in_turn: bool) -> bool:
    """Whether counts of sure insertions (``sure_cuts`` of them cuts at marks: no word, ext nor
    bound) and of the suspects at marks by piece are enough for :func:`page_of` to find a page
    stuffed without a run of the cut (:func:`could_be_stuffed`). Of one sure insertion, only a
    cut at a mark does so, when certain (:func:`cleaner.occurrence.certain`): beside suspects at
    marks of MIN_HALFWAY_PIECES pieces (:func:`cleaner.spread.halfway_cut`'s ``cuts``) or of
    MIN_SUSPECT_PIECES (with a cut; MIN_CLOSINGS closings are two sure insertions); a sure
    insertion inside a clause, or a word at a mark, beside them makes no page stuffed. Nor, with
    none, two pieces at marks but in strict turn (``in_turn``): :func:`cleaner.spamorder.alternating`'s,
    each at half of MIN_ALTERNATION marks and one of them a cut of the headline (``Model.cuts``),
    or :func:`cleaner.spamorder.words_in_turn`'s, each at half of MIN_WORD_TURNS (an article that
    opens clauses with its headline's two names a few times each is neither)."""
    return sure >= 2 or (sure_cuts > 0 and len(mark_pieces) >= MIN_HALFWAY_PIECES) or in_turn


def _one_cut(pieces: Collection[str], spans: dict[str, tuple[Span, ...]] | None, need: int) -> bool:
    """Whether ``need`` of ``pieces`` can be pieces of one cut of the headlines: each at one of its
    ``spans``, those in one headline apart (all of them without ``spans``). A search that stops at
    the first fit: pieces no three of which stand apart lie over two places of a headline at most."""
    if len(pieces) < need:
        return False
    if spans is None:
        return True
    places = [spans.get(piece, ()) for piece in pieces]

    def fits(first: int, taken: list[Span], left: int) -> bool:
        if not left:
            return True
        for i in range(first, len(places) - left + 1):
            for h, s, e in places[i]:
                if all(h != g or e <= a or b <= s for g, a, b in taken) and fits(i + 1, taken + [(h, s, e)], left - 1):
                    return True
        return False
    return fits(0, [], need)


@dataclass(frozen=True)
class Page:
    """What the page shows as a whole: the spammer's cycle, the occurrences of its pieces."""

    cycle: list[str]
    live: list[_Occ]
    sure: list[_Occ]
    cyclic: bool
    stuffed: bool
    #: the page's spam goes inside clauses only (:func:`place`) / shows at marks only (:func:`cleaner.spread.halfway_cut`)
    inside: bool = False
    marks: bool = False
    #: the page's spam goes right after marks only (:func:`place`)
    after_only: bool = False


def page_of(paragraphs: tuple[str, ...], found: list[_Occ], model: _Model,
          hidden_pieces: set[str], cycle: list[str] | None = None,
          unbound: Callable[[], None] = lambda: None) -> Page | None:
    """The spammer's cut (``cycle``, when it is known), where the spam goes and its order, from
    the occurrences' scores (which :func:`place` adjusts); None when no piece of the cut occurs.
    ``unbound``: reads the ``bind`` of the occurrences whose ``bind`` is still unread (words
    inside clauses scoring 0 or below, :func:`cleaner.injection._judge`), asked only where a run
    through the plain occurrences reads their scores: the support, the suspects, the sure
    insertions and every count leave them out whatever their ``bind``."""
    if cycle is None:
        support: dict[str, float] = {piece: W_HIDDEN for piece in hidden_pieces}
        ends: dict[tuple[int, int], int] | None = None   # 首批涉|启动老: no cut (made for the first cut)
        for o in found:   # a piece running on midway is read as a stretch still (:func:`midway`)
            score = o.score - (W_EXT if o.midway and not o.ext else 0.0)
            if score > 0:
                cut = o.after and o.piece in model.splitting and not o.ext and not o.bound and score >= SURE
                if cut:
                    ends = ends or {(x.paragraph, x.start): x.end for x in sorted(found, key=lambda x: x.end)}
                    cut = all(ends.get((o.paragraph, k), 0) <= o.end for k in range(o.start + 1, o.end + 1))
                support[o.piece] = support.get(o.piece, 0.0) + score * (CUT_SUPPORT if cut else 1.0)
        cycle = cycle_of(best_tiling(support, model.starting, model.seqs, model.skippable))
    used = set(cycle)
    live = [o for o in found if o.piece in used]
    if not live:
        return None
    for o in live:   # a piece of the cut (and no longer one here) that runs on only midway
        if o.midway and o.ext and not any(x.paragraph == o.paragraph and x.start == o.start
                                          and len(x.piece) > len(o.piece) for x in live):
            o.ext = False
            o.score = _score(o)
    sure = [o for o in live if o.score >= SURE]
    # A piece written twice over whose second copy runs on into the headline (青少年机器|机器人):
    # no prose writes that, wherever it stands.
    doubled = {id(o) for o in live if o.echo and not o.ext
               and model.stretch(paragraphs[o.paragraph][o.end:o.end + len(o.piece) + 1])}
    inside, after_only = place(live, doubled)
    for o in off_habit(paragraphs, live, SURE, CLOSING):
        o.score -= W_OFF_PLACE
    suspects = [o for o in live if o.score >= THRESHOLD]

    def plain_of() -> list[_Occ]:
        return [o for o in live if not o.ext and not o.bound and o.score > CHAIN_FLOOR]

    def settled() -> list[_Occ]:   # ... every bind read (unbound's below SURE: no count of them changes)
        unbound()
        return plain_of()
    plain = plain_of()
    cyclic, chained = cycling(suspects, cycle, SKIP)   # the suspects' run, sparse() reads it too
    if not cyclic and sum(o.score >= SURE for o in plain) >= MIN_SURE:
        plain = settled()
    # Spam inside clauses puts words where nothing else marks them, but in headline order: the
    # same test over every plain occurrence, with sure insertions in the run (two at least); once
    # the context model has read them, over those it does not read as the article's own (score
    # above 0: the article's own uses of the headline's words would drown the run), in a run
    # longer than MIN_CHAIN (a sparse page's few readings fall four in a row by chance).
    read = [o for o in plain if o.score > 0] if any(o.gain is not None for o in plain) else []
    for pool, shortest in ((plain, 0), (read, MIN_CHAIN + 1)):
        if not cyclic and sum(o.score >= SURE for o in pool) >= MIN_SURE:
            cyclic, (run, _) = cycling(pool, cycle, SKIP)
            # ... or, once the context model has read them, a run far beyond chance skipping
            # nothing (without it, a cut worked out from cuts and split words alone may lack a
            # piece the spam uses inside clauses, and a run through it takes the article's words).
            if not cyclic and any(o.gain is not None for o in pool):
                cyclic, run = unbroken(pool, cycle, SKIP)
            cyclic = cyclic and sum(o.score >= SURE for o in run) >= MIN_SURE and len(run) >= shortest
    distinct = len({o.piece for o in sure})
    certain = [o for o in live if o.score >= SURE and _certain(o)]
    certain_n = len(certain) if len({o.piece for o in certain}) >= 2 else 0
    if len(only := {o.piece for o in certain}) == 1 \
            and len(certain) >= (MIN_CERTAIN if only <= model.straddling else MIN_CERTAIN_ONE):
        uses = sum(1 for o in found if o.piece in only and not o.ext)
        certain_n = len(certain) if 2 * len(certain) >= uses else 0
    cut_pieces = len({o.piece for o in certain if o.after and not o.word})
    stuffed = cyclic or distinct >= MIN_SURE_PIECES or certain_n >= MIN_CERTAIN or cut_pieces >= MIN_CUT_PIECES \
        or (distinct >= 2 and (
        distinct >= MIN_PIECES_SHARE * len(cycle) or len(sure) >= MIN_SURE_MANY
        or len({o.piece for o in suspects}) >= MIN_SUSPECT_PIECES))
    at_marks = [o for o in suspects if o.after and not o.ext and not o.bound]
    if not stuffed:   # sparse spam: a handful of insertions in headline order (the suspects
        # all at marks, most pages: their run made by cycling(), which asks less than sparse())
        cyclic = stuffed = sparse(at_marks, cycle, SKIP, chained if len(at_marks) == len(suspects) else None) \
            or alternating(at_marks, cycle, model.cuts) \
            or (len(cycle) == 2 and words_in_turn(at_marks))
    # ... or in any order: a cut at a mark (certain), or paragraphs closed by a piece right after
    # their last mark, among suspects at marks of three pieces; of two beside a half-way cut.
    cuts = [o for o in certain if o.after and not o.word]
    stuffed = stuffed or (len({o.piece for o in at_marks}) >= MIN_SUSPECT_PIECES
                          and (bool(cuts) or sum(o.last for o in certain) >= MIN_CLOSINGS))
    marks_only = not stuffed and halfway_cut(paragraphs, at_marks, cuts, model.splitting | model.straddling,
                                             sum(map(len, model.seqs)))
    stuffed = stuffed or marks_only
    # Sure insertions too few for cycling(), in cycle order, and suspects at marks not against it;
    # or the two pieces of a two-piece cut taking turns.
    cyclic = cyclic or (stuffed and (follows([o for o in sure if not o.ext], cycle, SKIP, at_marks)
                                     or in_turn(settled(), cycle)))
    spread = not stuffed and widespread(paragraphs, at_marks, PROSE)   # their reach is the spam's
    return Page(cycle, live, at_marks if spread else sure, cyclic, stuffed or spread, inside, marks_only, after_only)


def place(live: list[_Occ], doubled: Collection[int] = ()) -> tuple[bool, bool]:
    """Where this page's spam goes: when nearly all plain cuts (or, short of a few, the sure
    insertions or the suspects) sit right after marks, an occurrence inside a clause loses
    :data:`W_OFF_PLACE`; when nearly none do, one after a mark does (spammers use one
    placement, or both). A piece splitting a word, or one of ``doubled`` (ids: written twice
    over, its second copy running on into the headline), pays nothing: spam wherever it stands.
    Returns whether the spam goes inside clauses only, and whether after marks only."""
    # Cuts tell best: prose does not produce them wherever they stand, words only where the
    # text has no use for them (at a mark, or splitting a word) -- which would bias the count.
    suspects = [o for o in live if not o.word and not o.ext and not o.bind and not o.bound]
    if len(suspects) < MIN_CHAIN:
        suspects = [o for o in live if o.score >= SURE and not o.ext]
    if len(suspects) < MIN_SURE:
        suspects = [o for o in live if o.score >= THRESHOLD and not o.ext]
    if len(suspects) < MIN_SURE:
        return False, False
    share = sum(o.after for o in suspects) / len(suspects)
    for o in live:
        if ((share >= PLACEMENT_SHARE and not o.after) or (share <= 1 - PLACEMENT_SHARE and o.after)) \
                and not _split(o) and id(o) not in doubled:
            o.score -= W_OFF_PLACE
    return share <= 1 - PLACEMENT_SHARE, share >= PLACEMENT_SHARE
