"""The occurrences of a headline's pieces in the body: where each piece stands and what its
neighbours say of it locally (step 2 of :mod:`cleaner.injection`'s cascade, the fields as that
module's docstring reads them; :mod:`cleaner.occurrence` holds the value and its score).

:func:`cleaner.injection.repair` reads a page's occurrences once without the stretches inside
clauses (:func:`_occurrences`), and a page it finds stuffed again with them (:func:`_again`).
"""

from __future__ import annotations

from . import lm
from .headmodel import Model as _Model
from .occurrence import Occ as _Occ
from .pagegate import MARKS as _MARKS, PROSE as _PROSE
from .spread import LATIN_MARKS, SENTENCE_ENDS, cannot_start, in_latin, may_not_start, midway, piece_hits

_new = object.__new__

#: What :func:`cleaner.spread.piece_hits` finds: the prose paragraphs, the pieces ranked, the places.
_Hits = tuple[list[int], list[str], list[int]]


def _occurrences(paragraphs: tuple[str, ...], model: _Model, stretches: bool = True,
                 hits_out: list[_Hits] | None = None, only: _Hits | None = None) -> list[_Occ]:
    """Every occurrence of a piece in a paragraph of prose, in text order (those inside a clause
    running on into a stretch of a headline only with ``stretches``); the places read put in
    ``hits_out`` (for :func:`_again`); with ``only``, of those places alone.

    Each piece is looked for at C level (:func:`cleaner.spread.piece_hits`).
    """
    found: list[_Occ] = []
    pieces_, cuts, lexicon, forms, gapped = model.pieces, model.cuts, lm.lexicon(), model.forms, model.gapped
    heads = model.chars - _MARKS   # what runs on into a headline: never a mark (the model's set)
    kept, ranked, hits = piece_hits(paragraphs, pieces_, _PROSE) if only is None else only
    if hits_out is not None:
        hits_out.append((kept, ranked, hits))
    if not hits:
        return found
    firsts = [piece[:1] for piece in ranked]
    # What cannot_start and in_latin read first, asked here of the characters after and before
    # an occurrence at a mark: most are told apart without the call (a clause's opening
    # character, a CJK mark before it).
    bound_heads = may_not_start()
    # The places mapped to their paragraphs here, as in piece_places (no tuple a place).
    k, base, end_ = 0, 0, len(paragraphs[kept[0]])
    p_index = kept[0]
    text = paragraphs[p_index]
    size, length = len(text.rstrip()), len(text)
    last, n = -1, len(ranked)
    for hit in hits:
        at, rank = hit // n, hit % n   # (two operations cost less than divmod's tuple)
        # A place and the character before it read once for the pieces that start there (a
        # piece of two and the longer ones on it: a quarter of the places; the character a new
        # string, hashed at its first lookup).
        if at != last:
            last = at
            if at > end_:
                while at > end_:   # past paragraph k and its line break
                    k += 1
                    base, end_ = end_ + 1, end_ + 1 + len(paragraphs[kept[k]])
                p_index = kept[k]
                text = paragraphs[p_index]
                size, length = len(text.rstrip()), len(text)
            i = at - base
            before = text[i - 1] if i else ""
        piece = ranked[rank]
        # Most occurrences on a page that writes its headline's words again and again run on
        # into a longer stretch of a headline inside a clause: each test is a lookup, and
        # model.stretch is spelt out.
        end = i + len(piece)
        # (The character after it first: most pieces are not written twice over, no call; it
        # indexed, not sliced: no slice object.)
        echo = (next_ := text[end] if end < length else "") == firsts[rank] and text.startswith(piece, end)
        # Written twice over, the second copy running on into the headline (古村落|村落|
        # 村落保护): the text reads the same without either, so the first is no stretch.
        twice = echo and model.stretch(text[end:end + len(piece) + 1])
        # Runs on into a longer stretch of a headline, never across a mark (stretch()).
        ext = not twice and before in heads and (
            ((longer := before + piece) in pieces_ and longer not in gapped) or longer in forms) and (
            # ... not back by a character that begins the stretch half-way into a word of the
            # headline, the one before it none of the headline's (东山区|书屋 of 社区书屋)
            longer not in model.inward or i < 2 or text[i - 2] in heads)
        if not ext and not twice and next_ in heads:
            longer = piece + next_   # a longer piece here, across digits too (涉及|个)
            ext = longer in pieces_ or longer in forms
            # ... not a wedge inside a clause: the character before runs on into the same one
            # (修缮|程完|工程: the text without it is the headline's own stretch 修缮工程), but for
            # the last character of a piece right after a mark (，个小|青山|区: the spam's 个小) or
            # of a copy of this one (在最后|最后|的时刻: either copy is the spam's).
            ext = ext and (before in _MARKS or not before or not model.stretch(before + next_)
                           or text.endswith(piece, 0, i) or any(
                               text[i - k:i] in pieces_ and (i == k or text[i - k - 1] in _MARKS) for k in (2, 3)))
        if before not in _MARKS:   # inside a clause: no cut at a mark, no closing, no word it opens
            if not (ext and not stretches):
                found.append(_occ(p_index, i, end, piece, False, False, ext, piece not in cuts, False, echo,
                                  False, False))
            continue
        # At a mark, a cut the text goes on to make a word of the headline's is its
        # start (，新能|源汽车…: the article writes 新能源), not the spam's cut.
        opened = ext and piece in cuts and lm.opened(text, i, piece)
        found.append(_occ(
            p_index, i, end, piece, True, end == size, ext,
            piece not in cuts or bool(opened and model.stretch(opened)),
            next_ in bound_heads and cannot_start(text, end, lexicon, _PROSE)
            and not (before in SENTENCE_ENDS and next_ in SENTENCE_ENDS), echo,
            ext and (piece in model.numbered or piece in model.inward or not model.stretch(text[i:end + 1])
                     or piece in model.spaced or piece[-1] + next_ in model.spaced
                     or midway(text, i, end, model.forms, model.entering, pieces_)),
            before in LATIN_MARKS and in_latin(text, i, end)))
    return found


def _again(paragraphs: tuple[str, ...], model: _Model, found: list[_Occ], read: _Hits) -> list[_Occ]:
    """:func:`_occurrences` with the stretches, from a first reading without them (``found``,
    of the places ``read``): the places it left out read alone, the others made afresh
    from ``found`` as :func:`_occurrences` made them (what a judgement changes of their own
    fields it only turns one way: ``ext`` off where a piece runs on only midway, which
    :func:`_occurrences` sets only with ``ext``; ``word`` on for a cut the text writes as a name
    (:func:`cleaner.spread.names`), which is none but at a mark where the text goes on to make
    a word of the headline's), both in text order; the loop over every place runs once.

    A page found stuffed is read twice (:func:`repair`): the second reading once read every
    place again, most of them the first's."""
    cuts = model.cuts
    fresh = [_occ(o.paragraph, o.start, o.end, o.piece, o.after, o.last, ext := o.ext or o.midway,
                  o.piece not in cuts or bool(o.after and ext and (opened := lm.opened(paragraphs[o.paragraph], o.start, o.piece))
                                              and model.stretch(opened)),
                  o.bound, o.echo, o.midway, o.latin) for o in found]
    # The places left out (the stretches), told by their numbers (spread.piece_hits's: the
    # place in the prose paragraphs joined by a line break, times the pieces, plus the rank).
    # Nothing of it is asked of a page not found stuffed.
    kept, ranked, hits = read
    n, rank, offset, at = len(ranked), {piece: r for r, piece in enumerate(ranked)}, {}, 0
    for k in kept:
        offset[k] = at
        at += len(paragraphs[k]) + 1
    made = {(offset[o.paragraph] + o.start) * n + rank[o.piece] for o in found}
    stretches = [hit for hit in hits if hit not in made]
    if not stretches:
        return fresh
    # In text order, the shorter piece first at one place (as spread.piece_hits ranks them).
    fresh += _split_back(paragraphs, model, _occurrences(paragraphs, model, only=(kept, ranked, stretches)))
    fresh.sort(key=lambda o: (o.paragraph, o.start, len(o.piece), o.piece))
    return fresh


def _split_back(paragraphs: tuple[str, ...], model: _Model, found: list[_Occ]) -> list[_Occ]:
    """``found``, with ``ext`` off for each cut inside a clause that runs on into the headline
    only back, by the character before it, where the character after it is the cut's first
    again and makes a word of the list with the one before: the article's word split by the
    cut, whose copy of the character re-makes the headline's stretch (公|园改|园将 of 滨河公园改造:
    公园改 is the headline's; without the cut the text reads 公园将). Not where the cut runs
    on forward too (零|售销|售 of 零售销售), nor where another piece begins after it (either copy
    may be the spam's then). Asked on a page found stuffed only, of the stretches its first
    reading left out (the reading that finds the page stuffed has none of them)."""
    pieces_, cuts = model.pieces, model.cuts
    for o in found:
        if o.ext and not o.after and o.piece in cuts and o.start:
            text, piece, end = paragraphs[o.paragraph], o.piece, o.end
            next_ = text[end:end + 1]
            if next_ == piece[0] and lm.bridged(text[o.start - 1], next_) \
                    and model.stretch(text[o.start - 1] + piece) and not model.stretch(piece + next_) \
                    and text[end:end + 2] not in pieces_ and text[end:end + 3] not in pieces_:
                o.ext = False
    return found


def _occ(paragraph: int, start: int, end: int, piece: str, after: bool, last: bool, ext: bool,
         word: bool, bound: bool, echo: bool, midway: bool, latin: bool) -> _Occ:
    """``_Occ(paragraph, ..., echo, midway=midway, latin=latin)``, the other fields at their
    defaults, made as ``blocks._measured`` makes a block: each field a plain slot store, in a
    Python call that 3.11 runs inside its caller's loop, where calling the dataclass goes through
    ``type.__call__``, the lookup of ``__init__`` and a new C-level frame (~1 k instructions fewer
    an occurrence, thousands a page; ``tests/test_injection_speed.py`` checks it against the
    dataclass field by field)."""
    o = _new(_Occ)
    o.paragraph = paragraph
    o.start = start
    o.end = end
    o.piece = piece
    o.after = after
    o.last = last
    o.ext = ext
    o.word = word
    o.bound = bound
    o.echo = echo
    o.seam = 0
    o.bind = 0
    o.junc = 0
    o.gain = None
    o.lead = None
    o.score = 0.0
    o.midway = midway
    o.latin = latin
    return o
