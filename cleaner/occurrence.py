"""One occurrence of a headline piece in the body, its local evidence and its score (step 2 of
:mod:`cleaner.injection`'s cascade: the weights below, what each field means in that module's
docstring)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

__all__ = ["Occ", "certain", "copied", "score", "split"]

#: Weights of the local evidence (see :func:`score`).
W_AFTER = 2.5       # right after a clause or sentence mark
W_LAST = 2.0        # ... and closing the paragraph
W_CUT = 2.0         # a cut across the headline's words, not a word; or alone in Latin text at a mark
W_JUNC = 5.0        # at most, for a word split by the occurrence (junc >= JUNC_FULL)
JUNC_FULL = 40
W_BIND = 3.0        # at most, for characters that form words with their neighbours
BIND_FULL = 40
W_EXT = 3.0         # runs on into a longer stretch of the headline
W_BOUND = 4.0       # followed by what cannot begin a clause (的, 们, a mark): it ends a phrase
W_HIDDEN = 3.0      # support of a piece found in a hidden element
W_SEAM = 1.5       # inside a clause, its neighbours stand side by side elsewhere in the page
W_HELD = 1.0        # inside a clause, the piece stands by the same neighbour elsewhere
W_ECHO = 2.0        # followed by itself (，城郊|城郊的…): prose does not write a word twice over
#: Inside a clause, the context model's gain (log10) of taking the piece out (:func:`_context`),
#: against :data:`LM_MID`: times :data:`LM_UP` above (up to :data:`W_LM`), :data:`LM_DOWN` below
#: (down to ``-W_LM_LOW``). Not at a mark: a clause reads as well with a word in front.
W_LM = 4.0
LM_MID = 6.0
LM_UP = 0.8
LM_DOWN = 0.2
W_LM_LOW = 1.0
#: At a mark, the model's :meth:`~cleaner.lm.ContextModel.lead` (up to :data:`LEAD_MAX`) costs
#: ``W_LEAD`` a unit: a tie-break between occurrences the cycle could take (measured, seeds 1-2
#: / 3-4: +1 / +4 exact pages at 0.2, fewer characters lost; at 0.4 and up it costs pages).
#: A cut's lead counts only below 0: it is no subject its clause goes on from (铁号线|路上 reads
#: 号线路: +2.2), but reading worse with what follows than apart tells its spam copies apart;
#: a copy the model cannot read on (a number next) takes its piece's best (:func:`cleaner.cycle.unread_leads`).
W_LEAD = 0.2
LEAD_MAX = 2.0


@dataclass(slots=True)
class Occ:
    """One occurrence of a piece and what is known of it (see the module docstring)."""

    paragraph: int
    start: int
    end: int
    piece: str
    after: bool
    last: bool
    ext: bool
    word: bool
    bound: bool
    echo: bool = False
    seam: int = 0
    bind: int = 0
    junc: int = 0
    #: the context model's :meth:`~cleaner.lm.ContextModel.gain` (None without one)
    gain: float | None = None
    #: at a mark, the context model's :meth:`~cleaner.lm.ContextModel.lead`
    lead: float | None = None
    score: float = 0.0
    #: at a mark, running on into the headline only part of the way into its next unit
    #: (:func:`cleaner.spread.midway`), or from a piece no clause of the article opens with
    #: (``Model.numbered``, ``Model.inward``): ``ext`` unless the spammer's cut holds the piece
    midway: bool = False
    #: at a mark, alone in Latin text (``Lee,[新秀] and``: :func:`cleaner.spread.in_latin`)
    latin: bool = False


_FIELDS = attrgetter(*(f.name for f in fields(Occ)))


def copied(o: Occ) -> Occ:
    """A copy of ``o`` (its fields in order to the constructor: five times quicker than
    :func:`dataclasses.replace`, which looks each field up by name)."""
    return Occ(*_FIELDS(o))


def score(o: Occ) -> float:
    """How much ``o`` looks like an insertion, from its local evidence alone."""
    total = 0.0
    if o.after:
        total += W_AFTER + (W_LAST if o.last else 0.0)
    if not o.word or o.latin:
        total += W_CUT
    if o.junc:
        total += W_JUNC * min(o.junc, JUNC_FULL) / JUNC_FULL
    if o.bind:
        total -= W_BIND * min(o.bind, BIND_FULL) / BIND_FULL
    if o.ext:
        total -= W_EXT
    if o.bound:
        total -= W_BOUND
    if o.echo and not o.ext:
        total += W_ECHO
    total += W_SEAM if o.seam > 0 else -W_HELD if o.seam < 0 else 0.0
    if o.gain is not None:
        x = o.gain - LM_MID
        total += min(W_LM, LM_UP * x) if x > 0 else max(-W_LM_LOW, LM_DOWN * x)
    if o.lead is not None:
        total -= W_LEAD * max(-1.0, min(LEAD_MAX if o.word else 0.0, o.lead))
    return total


def split(o: Occ) -> bool:
    """Whether ``o`` splits a word (照|护工|顾): spam wherever it stands, in the spam's reach or not."""
    return o.junc >= JUNC_FULL and not o.ext


def certain(o: Occ) -> bool:
    """Whether ``o`` is an insertion prose cannot produce: a cut at a mark, a piece closing a
    paragraph after a mark or followed by itself, a split word."""
    if o.ext or o.bound:
        return False
    return (o.after and (not o.word or o.last or o.echo or o.latin)) or o.junc >= JUNC_FULL or o.echo
