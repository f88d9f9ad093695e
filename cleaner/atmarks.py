"""Sparse spam at marks: a few headline words in front of clauses, in the headline's turn, that
the context model reads as no subject of their clause (see :mod:`cleaner.injection`, step 6).

Spam stuffed at a low density puts one headline piece after every tenth mark or so: two to five
insertions on a page, each a word, none of them sure. :func:`cleaner.spamorder.sparse` takes such a
page when four pieces or more stand at marks in headline order; an article that opens its
clauses with its headline's words does so with one or two of them (a protagonist, a place) in no
order. Three pieces in turn are too few alone (the article's own subjects fall so now and then),
but not with two more signs that each of them was put there (:func:`fresh_turn`):

- the context model reads its clause no better going on from the piece than starting on its own
  (its :meth:`~cleaner.lm.ContextModel.lead` at or below :data:`MAX_LEAD`): ``，[城郊]不时振翅飞过``
  -0.15, ``，[公园]恢复湿地面积`` -0.32, where the article's own subjects go on from their word
  (``，[社区]还组织志愿者`` -0.06, ``，[机器人]比赛不仅`` +1.39, ``，[全球]贸易增长`` +1.90);
- the article writes the piece inside its clauses at most :data:`MAX_INSIDE` times (not counting
  its longer stretches of the headline): the words an article opens its clauses with are its
  subjects, which it names again and again inside them too (龙湖, 汪勇 twenty times a page).

Only a page in simplified characters (the model reads traditional text through its simplified
twin, and unknown names as unlikely anywhere: a lead tells little there).

Spam in the headline's order begins with the headline's first piece: a page stuffed only twice
shows the first two pieces at the first two marks the headline's words stand at, in one paragraph
or the next (``，[社区]八十岁以上的老人…。[食堂]过去，…``). Two words at marks are what an article
writes; but not two that open the headline's turn from its first piece where the model reads
each as no subject of its clause (a lead at or below :data:`MAX_OPENING_LEAD`, well below
:data:`MAX_LEAD`), and no other copy of them at a mark reads so: that run alone goes
(:func:`opening_turn`, the twenty-fifth round).

On a page stuffed in random order, a piece the page takes at marks again and again (ten copies
or more) also stands inside its clauses again and again, and a pair of the piece and the
character after a copy at a mark then stands elsewhere by chance: ``spread.held_at_marks``
reads it as the article's phrasing (``，[照片]我们使用下面…`` held by ``照片我…`` on a page that
writes 照片 two hundred times). Where the piece's copies taken at marks are at least twice its
copies held there, a held copy the model reads as no subject of its clause is read as the others
are (:func:`held_by_chance`): its lead at or below :data:`HELD_LEAD`, half a unit above the fresh
words' :data:`MAX_LEAD`, since the page has already shown the piece is stuffed at its marks
dozens of times (``，[方案]是很难…`` +0.48, ``，[照片]我们…`` +0.36, where the article's own
``。[文案]和画面…`` reads +0.60 and ``，[产品]功能上…`` +1.06; the twenty-fifth round).

A cut at a mark followed by a particle (``，年出|得賣20元``: the article's own clause opens with
得) is held as the article's (``bound``: ``春茶|的销量``). Where every other copy of its piece on
the page is taken, the page has shown that the piece is the spam's, and the article writes no cut
of its headline in front of a clause: that copy goes too (:func:`bound_alone`, the twenty-third
round).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Protocol, TypeVar

from . import lm
from .cycle import MAX_SPARSE_SKIPS, chain, disjoint
from .inside import _O, _Occurrence, neighbours   # what reads_stuffed reads of an occurrence, and more

__all__ = ["MAX_OPENING_GAP", "MIN_TURN_PIECES", "bound_alone", "fresh_turn", "held_by_chance", "opening_turn",
           "opens_fresh"]

#: Distinct pieces the run through the fresh words at marks needs (one below
#: :data:`cleaner.cycle.MIN_SPARSE_PIECES`, the run without the model's reading).
MIN_TURN_PIECES = 3
#: The highest lead (log10) of a fresh word at a mark: its clause reads no better going on from it.
MAX_LEAD = 0.0
#: The most uses of the piece inside the article's clauses (not running on into the headline).
MAX_INSIDE = 1
#: Copies of a piece taken at marks from which its held copies there are read again
#: (:func:`held_by_chance`), and how many times its held copies they must number.
MIN_TAKEN_AT_MARKS = 10
HELD_SHARE = 2
#: The highest lead (log10) of such a held copy (0 before the twenty-fifth round; on the injected
#: dumps 0.5 takes 29 more fragment characters out on seeds 1-4 and 88 on seeds 5-8, none of the
#: article's; 1.0 takes the article's ``。[文案]和画面…`` too).
HELD_LEAD = 0.5
#: The highest lead (log10) of each of the two first words at marks that open a page's cycle
#: (:func:`opening_turn`): well below :data:`MAX_LEAD` (the article's own subjects at the
#: first marks that run in its headline's order read -0.1 or more on the corpus, the fixtures,
#: the real pages' dumps and ``make_dirty.py`` seeds 1-2's controls; the spam's -0.22 to -0.33).
MAX_OPENING_LEAD = -0.15
#: ... and how many paragraphs apart the two may stand (spam stuffs the first paragraphs in turn).
MAX_OPENING_GAP = 1


class _AtMark(Protocol):
    """What :func:`held_by_chance` reads of an occurrence."""

    piece: str
    after: bool
    ext: bool
    bound: bool
    seam: int
    score: float
    lead: float | None


_A = TypeVar("_A", bound=_AtMark)


def held_by_chance(live: Sequence[_A], threshold: float) -> list[_A]:
    """The copies at marks in ``live`` held as the article's phrasing (``seam`` below 0) and
    scoring under ``threshold`` that are read as their piece's other copies there (see the
    module docstring): of a piece with :data:`MIN_TAKEN_AT_MARKS` copies at marks scoring
    ``threshold`` or more, and :data:`HELD_SHARE` times as many as its held ones, those the
    context model read as no subject of their clause (a lead at or below :data:`HELD_LEAD`;
    none without the model)."""
    taken: dict[str, int] = {}
    held: dict[str, list[_A]] = {}
    for o in live:
        if not o.after or o.ext or o.bound:
            continue
        if o.score >= threshold:
            taken[o.piece] = taken.get(o.piece, 0) + 1
        elif o.seam < 0:
            held.setdefault(o.piece, []).append(o)
    out: list[_A] = []
    for piece, copies in held.items():
        n = taken.get(piece, 0)
        if n >= MIN_TAKEN_AT_MARKS and n >= HELD_SHARE * len(copies):
            out += [o for o in copies if o.lead is not None and o.lead <= HELD_LEAD]
    return out


def fresh_turn(paragraphs: Sequence[str], at_marks: Sequence[_Occurrence], found: Sequence[_Occurrence],
               cycle: list[str], units: Collection[str], context: lm.ContextModel,
               window: int, skip: float, fold: Callable[[str], str] = str) -> bool:
    """Whether the suspects ``at_marks`` that read as put there (see the module docstring) run
    through :data:`MIN_TURN_PIECES` distinct pieces of ``cycle`` in headline order, skipping at
    most :data:`cleaner.cycle.MAX_SPARSE_SKIPS` of them. ``found`` are all the page's
    occurrences (for the pieces' uses inside clauses)."""
    if len(cycle) < MIN_TURN_PIECES:
        return False
    # The suspects of pieces of the cut, of those the article writes inside its clauses at most
    # MAX_INSIDE times, and only then their leads: a page whose suspects are of fewer pieces than
    # the run needs (most pages asked, not stuffed) is answered without the context model.
    used = set(cycle)
    candidates = [o for o in at_marks if o.piece in used]
    if len({o.piece for o in candidates}) < MIN_TURN_PIECES:
        return False
    inside: dict[str, int] = {}
    for o in found:
        if not o.after and not o.ext:
            inside[o.piece] = inside.get(o.piece, 0) + 1
    candidates = [o for o in candidates if inside.get(o.piece, 0) <= MAX_INSIDE]
    if len({o.piece for o in candidates}) < MIN_TURN_PIECES:
        return False
    memo: dict[str, float] = {}
    fresh = []
    for o in candidates:
        right = neighbours(paragraphs[o.paragraph], o.end, 1, (), window)
        if not right or context.lead(fold(o.piece), fold(right), units, memo) <= MAX_LEAD:
            fresh.append(o)
    if len({o.piece for o in fresh}) < MIN_TURN_PIECES:
        return False
    run, skips = chain(disjoint(fresh), cycle, skip)
    return len({o.piece for o in run}) >= MIN_TURN_PIECES and skips <= MAX_SPARSE_SKIPS


def opening_turn(paragraphs: Sequence[str], at_marks: Sequence[_O], cycle: list[str],
                 units: Collection[str], context: lm.ContextModel, window: int) -> list[_O]:
    """The spam's run from the page's first two suspects ``at_marks`` (in text order), when they
    are the first two pieces of ``cycle`` (which begins the headline: ``Model.opening``) in turn,
    at most :data:`MAX_OPENING_GAP` paragraphs apart, each read as no subject of its clause (a lead at or below :data:`MAX_OPENING_LEAD`)
    where no other copy of its piece at a mark reads so (the article's own way with the word):
    spam stuffed in the headline's order begins with its first piece and goes on at the next
    marks (``，[社区]八十岁以上的老人…。[食堂]过去，…``), where an article that opens clauses
    with its headline's words opens them with its subject, in any order, read on from it. The
    run goes on through the later suspects at marks that take the cycle's next piece, each so
    read and within :data:`MAX_OPENING_GAP` paragraphs of the one before (``，[社区]还组织志愿者``
    two paragraphs on, read on from, is the article's); empty when the first two are not so."""
    if len(cycle) < 2 or len(at_marks) < 2 or at_marks[0].piece != cycle[0] or at_marks[1].piece != cycle[1]:
        return []
    memo: dict[str, float] = {}

    def fresh(o: _O) -> bool:
        return opens_fresh(paragraphs, o, units, context, window, memo)

    run: list[_O] = []
    for o in at_marks:
        if run and o.paragraph - run[-1].paragraph > MAX_OPENING_GAP:
            break
        if o.piece == cycle[len(run) % len(cycle)] and fresh(o):
            run.append(o)
        elif len(run) < 2:
            return []
    if len(run) < 2:
        return []
    taken = set(map(id, run))
    opening = (cycle[0], cycle[1])
    if any(o.piece in opening and id(o) not in taken and fresh(o) for o in at_marks):
        return []
    return run


def opens_fresh(paragraphs: Sequence[str], o: _O, units: Collection[str], context: lm.ContextModel, window: int,
                memo: dict[str, float] | None = None) -> bool:
    """Whether the context model reads ``o`` (at a mark) as no subject of its clause, with
    ``window`` characters after it: a lead at or below :data:`MAX_OPENING_LEAD`, as
    :func:`opening_turn` asks of each suspect of its run."""
    right = neighbours(paragraphs[o.paragraph], o.end, 1, (), window)
    return bool(right) and context.lead(o.piece, right, units, memo) <= MAX_OPENING_LEAD


class _Bound(Protocol):
    """What :func:`bound_alone` reads of an occurrence."""

    paragraph: int
    end: int
    piece: str
    after: bool
    ext: bool
    word: bool
    bound: bool


_B = TypeVar("_B", bound=_Bound)


def bound_alone(paragraphs: Sequence[str], live: Sequence[_B], taken: Collection[int],
                marks: Collection[str]) -> list[_B]:
    """The copies at marks in ``live`` of a cut held only by the particle after them (``bound``:
    ``，年出|得賣…``, ``。親掐|過了10年``, where the article opens its clause with 得 or 過) whose
    piece's every other copy is taken (``taken``: their ids), one at least: the page has shown
    the piece is the spam's, no other copy of it is the article's, and the article writes no cut
    of its headline in front of a clause. Not a word (``，春茶|的销量``), nor a cut followed by a
    mark (``、知更、``: an item of a list, a name the word list does not know). ``marks``: the
    clause marks."""
    copies: dict[str, list[_B]] = {}
    for o in live:
        if not o.ext:
            copies.setdefault(o.piece, []).append(o)
    out: list[_B] = []
    for group in copies.values():
        held = [o for o in group if id(o) not in taken]
        if len(held) == 1 < len(group):
            o = held[0]
            if o.after and o.bound and not o.word and paragraphs[o.paragraph][o.end:o.end + 1] not in marks:
                out.append(o)
    return out
