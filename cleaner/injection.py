"""Headline-fragment injection: detection and repair.

Content farms stuff short pieces of the headline into the body (SEO spam): the headline
``2025年厦漳泉都市圈建设这样干`` loses its digits, a stopword or two and maybe its last
character, is cut into bigrams or trigrams (``年厦 漳泉 都市 圈建 设样``), and the pieces are
inserted one at a time, right after a punctuation mark or inside a clause, in headline order or
at random: ``昨日下午,年厦厦漳泉都市圈办公室…召开,漳泉会上发布了…``. The same characters
also occur legitimately all over the body (``厦漳泉都市圈``); those must stay.

The cascade (:func:`repair`):

1. **Occurrences.** A piece is 2-3 CJK characters of a headline, possibly skipping one
   function character the spammer dropped (设这样 -> 设样). Every occurrence of a piece in a
   paragraph of prose (one with a clause mark: headings and captions are left alone, and so is a
   short heading whose only mark is its numeral's, 三：估值: :func:`cleaner.spread.piece_hits`) is
   looked at. A page with fewer than :data:`MIN_SURE` suspect occurrences (at a mark, or a cut across
   the headline's words, not running on into the headline) stops here; not when pieces inside
   clauses split words of two pieces (:func:`cleaner.wordfit.splits`; in either script: no control
   page shows split words of more than one piece), whose order then makes a cycle only when
   the cycle's run skips at most :data:`~cleaner.cycle.MAX_SPARSE_SKIPS` pieces.
2. **Local evidence** for each occurrence, from a unigram word model (jieba's dictionary with
   its frequencies, :func:`cleaner.lm.cost`) and the text around it:

   - ``after`` / ``last``: it follows a clause or sentence mark / closes the paragraph after one;
     ``latin``: after an ASCII mark, alone in Latin text (``Lee,[新秀] and``), as sure as a cut
     there (:func:`cleaner.spread.in_latin`);
   - ``word``: the piece is a word of the dictionary or a whole unit of the headline (都市,
     南平县), not a cut across its units (年厦 of 2025年|厦漳泉, 设样 of 建设|这样); a cut the
     article itself writes inside its clauses again and again is a name the dictionary does not
     know (于欢), a word too (:func:`cleaner.spread.names`; not one standing in the headline
     only across a space, a quote or a mark, ``Model.bridging``: 交通一 of 智慧交通 “一路一策”,
     nor, with the context model, a whole unit and half the next word, ``Model.splitting`` not
     ``Model.inward``: 秘魯五 of 秘魯|五部曲, stuffed five times between words);
     so is, at a mark, a cut the text goes on to make a word of the headline's (新能|源汽车: the
     article's 新能源, :func:`cleaner.lm.opened`);
   - ``ext``: it runs on, by a character, into a longer stretch of a headline (厦漳泉都市圈 holds
     漳泉 and 都市); inside a clause, not a piece wedged into the article's own stretch, running
     on only by a character that the one before it runs on to too (修缮|程完|工程: 修缮工程), unless
     that one is the last of a piece right after a mark (，个小|青山|区: the spam's 个小); on a page
     found stuffed, not a cut running on only back by a character that makes a word with the
     copy of its own first character after it (公|园改|园将: :func:`cleaner.occsearch._split_back`);
     nor back by a character that begins the stretch half-way into a word of the headline while
     the one before it is none of the headline's (东山区|书屋 of 社区书屋: 区 ends the text's
     own word, ``Model.inward``); at a mark, not a piece of the spammer's cut that runs on only midway into
     the headline's next unit (吐量|创历史 of 吞吐量创新高: :func:`cleaner.spread.midway`), nor one
     that opens where the headline has a number before it (号线|南至 of 5号线南延段: the article
     writes 5号线) or half-way into one of its words (醒防范|儿童 of 提醒防范儿童), nor one that
     runs on only across the headline's space or stands across it (开幕|游客, 开幕游|客 of 灯会开幕
     游客赏灯): the article opens no clause so (``Model.numbered``, ``Model.inward``,
     ``Model.spaced``);
   - ``bound``: at a mark, it is followed by what cannot begin a clause (春茶|的销量, 茶农|们,
     一季度|，): taking it out would leave the clause starting with 的, 们 or a mark; not a piece
     between two marks that end sentences (！终于！: no article makes a sentence of a headline word);
   - ``bind``: how much cheaper the word model finds the text when the piece's characters may
     form words with their neighbours (大都市报);
   - ``junc``: how much cheaper it finds the two sides joined without the piece (实|设样|质 ->
     实质: a word split by an insertion);
   - ``echo``: it is followed by itself (，城郊|城郊的): prose does not write a word twice over;
   - ``seam``: inside a clause, from the page's own bigrams: its neighbours side by side
     elsewhere in the page (+) or the piece by the same neighbour elsewhere (-) (:func:`cleaner.pagepairs.seams`);
     at a mark, the piece with the character after it standing elsewhere other than after a
     mark (-: the article's own phrasing, :func:`cleaner.spread.held_at_marks`).

   These add up to a score (:func:`cleaner.occurrence.score`, the ``W_*`` weights): how much the occurrence looks
   like an insertion.
3. **The spammer's cut.** The spam cuts each headline into consecutive pieces. A small DP over
   each headline picks the tiling the occurrences support best (:func:`cleaner.cycle.tiling`); only pieces of
   that tiling are ever removed. Texts of hidden elements that are pieces vouch for them.
4. **Where the spam goes.** The sure insertions (score :data:`SURE` and up: cuts at marks, split
   words, words closing a paragraph after a mark) show whether this page's spam goes after
   marks, inside clauses or both (:func:`cleaner.pagegate.place`), and whether it ever follows a closing quote
   or bracket (:func:`cleaner.spread.off_habit`); an occurrence where it does not go loses
   :data:`~cleaner.pagegate.W_OFF_PLACE`, but for a piece written twice over whose second copy runs
   on into the headline (青少年机器|机器人: no prose writes that anywhere).
5. **Order.** Spam that cycles through the headline (p0 p1 p2 ... p0 p1 ...) shows a run of the
   cycle through the suspects far longer than chance gives (:func:`cleaner.spamorder.cycling`), or,
   through a stuffed page's plain occurrences the context model has read, one skipping no piece
   that random order gives less than once in a hundred pages (:func:`cleaner.spamorder.unbroken`:
   spam inside clauses between words scores no more than the article's own words there). A DP
   (:func:`cleaner.cycle.chain`) then picks the occurrences to remove as one run of the cycle, trading each
   occurrence's score against the pieces the run would skip (past a paragraph of no occurrence it
   may take the cycle up at any piece for :data:`~cleaner.pagegate.JUMP`); the ends of the run that lie far
   from the rest are left unless sure, or the cycle's first piece opening it (:func:`cleaner.cycle.trim`); after
   its end, the cycle's next piece at the next mark is taken, even running on into the headline
   (:func:`cleaner.cycle.run_on`; inside a clause too, between two CJK characters, where the spam goes
   inside clauses only); a gap of one piece in the run takes the one copy of that piece in
   it (:func:`cleaner.cycle.fill`), and the cycle's last piece it passes over as often as it takes, each
   take below 0, is left (:func:`cleaner.cycle.passed_over`); a piece the cut left out at an end of the
   headline goes where the run turns (:func:`cleaner.turns.dropped_ends`); a cut at a mark out of the run's turn that begins half-way into a
   headline word goes too (:func:`cleaner.spread.strays`). A run that leaves out more than half of the sure insertions is in
   order by chance: the page is then repaired as random. A legitimate use of a headline word
   is taken only when the cycle needs that piece exactly there, and never one opening, after a
   mark, the article's copy of a whole headline two pieces longer (，滨江区智慧停车平台…); a piece stuffed inside a clause or right before the
   headline's next characters (…修复。湿地|公园先后…) is taken when the cycle needs it.
6. **The page.** Nothing is touched unless the page is stuffed: spam cycling through the headline,
   or sure insertions of :data:`~cleaner.pagegate.MIN_SURE_PIECES` pieces (of two when they are :data:`~cleaner.pagegate.MIN_PIECES_SHARE`
   of the tiling or :data:`~cleaner.pagegate.MIN_SURE_MANY` insertions), or a few suspects at marks running through four
   pieces in headline order (:func:`cleaner.spamorder.sparse`) or through a two-piece cut, one no word, in
   strict turn (:func:`cleaner.spamorder.alternating`; two words a dozen times, :func:`cleaner.spamorder.words_in_turn`),
   or, in any order, through three pieces beside a cut at a mark or :data:`~cleaner.pagegate.MIN_CLOSINGS` paragraphs
   closed by a piece after a mark (:func:`cleaner.occurrence.certain`), or through two beside a cut at a
   mark half-way into a headline word (:func:`cleaner.spread.halfway_cut`: the page's occurrences at marks
   alone then go); a stuffed page's two-piece cut taking turns is a cycle (:func:`cleaner.spamorder.in_turn`).
   A paragraph closed right after its last mark by a piece of the cut, the cut's pieces before
   it in turn at the marks before it (``，[债券]…。[市场]…。[是否]``; no prose ends a paragraph so):
   that run alone goes, on any page (:func:`cleaner.pagegate.closing_turn`).
   An article that repeats its headline's words, even a name at every other mark, shows none of these. In random order each occurrence is removed on its own
   score against :data:`THRESHOLD`; past the last paragraph the spam reaches it needs :data:`W_OUT_RANGE`
   more (spam fills the first few prose paragraphs, or all of them): the last with a sure insertion, or
   a later one whose suspects at marks come at the rate of those before (:func:`cleaner.spread.reach`);
   past a paragraph the spam passed over, suspects of two of its pieces at its rate need nothing more
   (:func:`cleaner.spread.past_reach`).
   A piece splitting a word pays neither that nor :data:`~cleaner.pagegate.W_OFF_PLACE` (:func:`cleaner.occurrence.split`); of two taken
   side by side, one is the article's (:func:`cleaner.inside.apart`). A copy inside a clause read as
   held by its neighbour (``seam``) only where copies taken stand is scored again as not held, on a
   simplified page (:func:`cleaner.pagepairs.held_by_taken`). Random spam draws its pieces alike: a
   piece taken fewer times than the cut's median piece owes the difference, taken from its best copies
   between two words that the context model read (:func:`cleaner.inside.owed`); and a piece taken
   that the page writes only twice in all is no word of the article's, whose own headline words
   come again and again: its other copy goes too where the model read it between two words, on a
   simplified page whose spam goes inside clauses at all (:func:`cleaner.inside.scarce`). A cut
   at a mark held only by the particle after it (，年出|得賣…) goes when every other copy of its
   piece went (:func:`cleaner.atmarks.bound_alone`); and the cut's next (previous) piece at one of
   the next two marks after (before) a piece taken at a mark goes too, where the context model reads
   it as no subject of its clause (:func:`cleaner.turns.next_at_marks`).
7. **Context** (with a context model, :mod:`cleaner.lm`): on a page found stuffed, each occurrence
   inside a clause gets the model's ``gain`` of taking it out (:func:`_context`), worth up to
   :data:`~cleaner.occurrence.W_LM`, and steps 3-6 run again with it (the cycle test, step 5, once more over the plain
   occurrences it does not read as the article's own). It adds to the page gate only, on a
   simplified page, cuts inside clauses (:mod:`cleaner.inside`: three pieces, or two none of which
   stands within one of the headline's units) and sparse words at marks in turn
   (:mod:`cleaner.atmarks`; or the page's first two at marks, the cut's first two pieces in
   turn, each read as no subject of its clause: that run alone goes,
   :func:`cleaner.atmarks.opening_turn`): it reads a traditional page as its simplified twin
   (:func:`cleaner.lm.simplify`), Cantonese and rare names as unlikely anywhere. At a mark (a clause
   reads as well with a word in front) only its ``lead`` counts, lightly (:data:`~cleaner.occurrence.W_LEAD`): a subject
   the clause goes on from (，市民|反映较多) keeps more of its place than a word put in front of a
   clause (a cut is none: only its lead below 0 counts).

Precision before recall throughout: what stays behind, and the cost, are in the README
("Headline-fragment injection") -- mainly headline words stuffed in random order at marks where
the article uses the same words itself, words stuffed inside clauses between two words that read
well there, and pieces stuffed next to the article's own headline words (厦漳泉|都市|圈).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import replace

from . import lm
from .article import Repair
from .atmarks import bound_alone, fresh_turn, held_by_chance, opening_turn, opens_fresh
from .cycle import MAX_SPARSE_SKIPS, MIN_CHAIN, chain, disjoint, fill, lone_end, passed_over, run_on, trim, unread_leads
from .headmodel import MAX_PIECE, Model as _Model, build as _model
from .inside import COPY_FLOOR, apart, copied, joins, neighbours, owed, reads_stuffed, scarce
from .occurrence import Occ as _Occ, copied as _copied, score as _score, split as _split
from .occurrence import JUNC_FULL, LM_MID, W_HELD, W_JUNC, W_SEAM
from .occsearch import _Hits, _again, _occurrences
from .pagegate import CHAIN_FLOOR, FILL_FLOOR, JUMP, MIN_SURE, SKIP, SURE, THRESHOLD, THRESHOLD_READ, W_OUT_RANGE
from .pagegate import MARKS as _MARKS, PROSE as _PROSE, closing_turn, could_be_stuffed as _could_be_stuffed, page_of as _page
from .splice import splice
from .pagepairs import PairCounts, held_by_taken, seams
from .spread import held_apart, held_at_marks, held_names, held_pieces, mark_places, names, naming, past_reach, reach, strays
from .turns import at_mark_copy, dropped_ends, next_at_marks
from .wordfit import Unbound, bindings as _bindings, junctions as _junctions, sides_of as _sides_of, splits

__all__ = ["pieces", "repair"]

log = logging.getLogger(__name__)

#: Characters of context on each side the context model reads (a trigram model sees no further).
LM_WINDOW = 4
#: Occurrences scoring this much without the context model are taken out of their neighbours'
#: context before it reads them: a cut at a mark (W_AFTER + W_CUT) and up, so that 护修 of
#: ，护修|古村修好了 leaves the article's 古村 opening its clause (at 5.0 it read 护修古村修好了;
#: make_dirty.py seeds 1-8 with the model: +4/-1 exact pages, 9 characters fewer lost).
LM_MASK = 4.5
#: Occurrences scoring this much once the context model has read them are taken out of the
#: context of the occurrences near them when those are read again (:func:`_joint`): the
#: article's own words inside clauses mostly score below 0 (:data:`cleaner.inside.OWED_FLOOR`).
JOINT_FLOOR = 0.0
#: The scores (without ``seam``) from which a seam can move an occurrence across
#: :data:`THRESHOLD` or :data:`SURE`, with a margin for rounding (:func:`_judge`).
_SEAM_LOW = THRESHOLD - W_SEAM - 0.25
_SEAM_HIGH = SURE + W_HELD + 0.25


def pieces(headline: str) -> frozenset[str]:
    """The pieces of ``headline`` the detector looks for.

    >>> sorted(pieces("建设这样"))
    ['建设', '建设样', '建设这', '设样', '设这', '设这样', '这样']
    """
    return frozenset(_model((headline,)).pieces)


def repair(paragraphs: tuple[str, ...], *, headlines: tuple[str, ...],
           hidden: tuple[str, ...] = (), context: lm.ContextModel | None = None,
           ) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    """Take injected headline fragments out of ``paragraphs``; returns them and the repairs.

    ``headlines`` are the title (and subtitle) the spam was cut from; ``hidden`` the texts of
    the page's invisible elements (evidence of which pieces the spam uses); ``context`` the
    context model (:func:`cleaner.lm.load`), one more piece of evidence where it is given. A page
    that shows no sign of stuffing comes back unchanged.

    >>> text = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，漳泉会上发布了工作机制，都市并通报重点任务，"
    ...         "圈建为推动三市一体化发展注入新动力、设样绘就新蓝图。")
    >>> repair((text,), headlines=("2025年厦漳泉都市圈建设这样干",))[0]
    ('昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制，并通报重点任务，为推动三市一体化发展注入新动力、绘就新蓝图。',)
    """
    headlines = tuple(h for h in headlines if h and h.strip())
    if not headlines or not paragraphs:
        return paragraphs, ()
    model = _model(headlines)
    # A stretch inside a clause (most occurrences) is never a suspect, support or cut: such
    # stretches count only for which occurrences of a page found stuffed go (in a cycle's DP).
    places: list[_Hits] = []   # ... their places kept, for a page found stuffed (_again)
    found = _occurrences(paragraphs, model, stretches=False, hits_out=places)
    # ... nor one whose pieces inside clauses split words of two pieces or more (words of the
    # headline stuffed inside the article's words, 获|城东|悉, 提|食堂|供: no mark, no cut), in
    # either script (the nineteenth round: no control page shows them of more than one piece).
    # (Counted only as far as MIN_SURE: a page that writes the headline's words has many.)
    suspects = (o for o in found if not o.ext and (o.after or not o.word))
    split_only = sum(1 for _ in itertools.islice(suspects, MIN_SURE)) < MIN_SURE
    if split_only and not splits(paragraphs, found, JUNC_FULL, MIN_SURE):
        return paragraphs, ()
    # The pieces the hidden texts are, read by _page alone (most pages stop at a gate before
    # it), once a repair (a closure: functools.cache's wrapper costs more to make than most
    # pages' hidden texts to read).
    among: list[set[str]] = []

    def hidden_pieces() -> set[str]:
        if not among:
            among.append(model.among(hidden))
        return among[0]
    pairs = PairCounts(paragraphs)   # the page's bigrams, for both judgements
    verdicts = _judge(paragraphs, found, model, hidden_pieces, context, stuffed_only=True, pairs=pairs)
    if verdicts is None:   # stuffed: again with the stretches, the plain ones' junc and bind as read
        verdicts = _judge(paragraphs, _again(paragraphs, model, found, places[0]), model, hidden_pieces, context,
                          split_only=split_only, known={(o.paragraph, o.start, o.piece): (o.junc, o.bind) for o in found},
                          pairs=pairs)
    if not verdicts:
        return paragraphs, ()
    return splice(paragraphs, [(o.paragraph, o.start, o.end, o.piece, reason) for o, reason in verdicts])


# --------------------------------------------------------------------------------------------
# Occurrences and their local evidence
# --------------------------------------------------------------------------------------------


def _context(paragraphs: tuple[str, ...], found: list[_Occ], model: _Model,
             context: lm.ContextModel) -> None:
    """Add the context model's evidence to each occurrence's score: inside a clause its
    ``gain`` of taking the piece out, at a mark its ``lead``, over :data:`LM_WINDOW` characters
    each side (a trigram model sees no further); opening a clause, a cut its vocabulary holds as a word is one. The neighbours are read with the sure
    insertions around the occurrence taken out (spam on both sides of a word would make either
    look out of place); an occurrence that then runs on into a longer stretch of the headline
    (社区食|人吃上|堂: 社区食堂) is ``ext``. A split word the model does not confirm -- the piece
    makes one of its words with a neighbour, the gain is below :data:`LM_MID` -- counts no
    ``junc`` (刷|医保|卡: :func:`cleaner.inside.joins`) in a paragraph of simplified characters."""
    memo: dict[str, float] = {}   # the price of each candidate word, for this page
    # The model knows simplified Chinese: a traditional page is read as its simplified twin
    # (lm.simplify, one for one), as the word list reads it.
    fold = lm.simplify if model.traditional else str
    # ... and so is a piece read as a word that the model does not know, standing within one
    # of the headline's units (a name: 孟晚舟 of 孟晚舟再|出庭, which the article writes again
    # and again, spread.names): cut into rare characters it gained 15-16 wherever it stood, the
    # article's own copies as much as the spam's; read whole, what its neighbours say. Not a
    # cut across the units (春茶卖 of 春茶|卖出), which the spam stuffs between words as often.
    units = frozenset(map(fold, model.units)) | {
        piece for o in found if o.word and o.piece in model.within and not context.knows(piece := fold(o.piece))}
    sure: dict[int, set[int]] = {}
    read: dict[int, tuple[str, str]] = {}   # the neighbours each gain was read with
    for o in found:
        if not o.ext and _score(o) >= LM_MASK:
            sure.setdefault(o.paragraph, set()).update(range(o.start, o.end))
    for o in found:
        if o.ext:
            continue
        text = paragraphs[o.paragraph]
        skip = sure.get(o.paragraph, set())
        left = neighbours(text, o.start - 1, -1, skip, LM_WINDOW)[::-1]
        right = neighbours(text, o.end, 1, skip, LM_WINDOW)
        masked = (o.start - 1 in skip) or (o.end in skip)
        if masked and ((left and model.stretch(left[-1] + o.piece))
                       or (right and model.stretch(o.piece + right[0]))):
            o.ext = True
        elif not o.after:
            o.gain = context.gain(fold(left), fold(o.piece), fold(right), units, memo)
            read[id(o)] = left, right
            if o.junc and not o.echo and o.gain < LM_MID \
                    and not lm.traditional(text) and joins(text, o.start, o.end, context):
                o.junc = 0   # 刷|医保|卡: the model reads 医保卡, no split 刷卡
        elif right:
            o.lead = context.lead(fold(o.piece), fold(right), units, memo)
        # Opening a clause, standing apart from what follows (古村|修好了 of 古村落; not 古村|村内,
        # 江大|将连接: the word list joins it on; make_dirty.py seeds 1-8: +3 exact pages).
        o.word = o.word or (not left and not o.bind and context.knows(fold(o.piece)))
        o.score = _score(o)
    if not model.traditional:
        _joint(paragraphs, found, read, sure, lambda left, piece, right: context.gain(
            left, piece, right, units, memo))
    for o in unread_leads(paragraphs, found):
        o.score = _score(o)
    copied(paragraphs, found)   # a piece the page stuffs beyond doubt: its copies between words


def _joint(paragraphs: tuple[str, ...], found: list[_Occ], read: dict[int, tuple[str, str]],
           sure: dict[int, set[int]], gain: Callable[[str, str, str], float]) -> None:
    """Read each occurrence inside a clause scoring below :data:`THRESHOLD` again with the
    suspects around it taken out of its context (the occurrences scoring :data:`JOINT_FLOOR` or
    more once the model has read them, none overlapping or touching it: of two pieces side by
    side one is the article's, :func:`cleaner.inside.apart`), and keep the higher of the two
    gains. Random spam stuffs densely: two pieces a few characters apart (`记者从海关[度外]部贸
    进门获悉`, `全天座[全民]无[开放]虚席`) are each read with the other in the window, which the
    model finds as unlikely, so that taking either out alone gains little; the article's own
    words score below 0 and stay in the context. On a simplified page only (a traditional one is
    read folded, and the names the model does not know there read as suspects)."""
    suspects: dict[int, list[_Occ]] = {}
    for o in found:
        if not o.ext and o.score >= JOINT_FLOOR:
            suspects.setdefault(o.paragraph, []).append(o)
    for o in found:
        if o.gain is None or o.score >= THRESHOLD or o.paragraph not in suspects:
            continue
        skip = set(sure.get(o.paragraph, ()))
        for p in suspects[o.paragraph]:
            if p.end < o.start or o.end < p.start:
                skip.update(range(p.start, p.end))
        text = paragraphs[o.paragraph]
        left = neighbours(text, o.start - 1, -1, skip, LM_WINDOW)[::-1]
        right = neighbours(text, o.end, 1, skip, LM_WINDOW)
        if (left, right) != read[id(o)]:
            o.gain = max(o.gain, gain(left, o.piece, right))
            o.score = _score(o)


# --------------------------------------------------------------------------------------------
# The page: the spammer's cut, where the spam goes, the order, the verdicts
# --------------------------------------------------------------------------------------------

def _judge(paragraphs: tuple[str, ...], found: list[_Occ], model: _Model,
           hidden_pieces: Callable[[], set[str]], context: lm.ContextModel | None, stuffed_only: bool = False,
           split_only: bool = False, known: dict[tuple[int, int, str], tuple[int, int]] | None = None,
           pairs: PairCounts | None = None) -> list[tuple[_Occ, str]] | None:
    """The occurrences to take out, each with its reason (none when the page is not stuffed);
    with ``stuffed_only`` (``found`` lacks the stretches inside clauses), None when it is.
    ``split_only``: the page shows split words but fewer than two suspects at marks or cuts.
    ``known``: the ``junc`` and ``bind`` of the occurrences the first judgement read, by place.
    ``pairs``: the page's :class:`PairCounts` (a seam is the page's and its window's alone: the
    second judgement reads again none the first has decided). ``hidden_pieces``: the pieces the
    page's hidden texts are, asked only where :func:`cleaner.pagegate.page_of` reads them.

    Whether the page is stuffed is decided without the context model: it knows modern
    simplified Chinese, and a page in traditional characters, or of rare names, reads as
    unlikely everywhere. Which occurrences go is then decided again with its evidence added."""
    # Each plain occurrence's neighbours, read once for its ``junc`` and maybe its ``bind``.
    # (The second judgement of a stuffed page reads them as the first did: nothing before
    # either sets them but what they are from.)
    plain = new = [o for o in found if not o.ext]
    old: list[tuple[_Occ, tuple[int, int]]] = []
    if known:
        old = [(o, known[o.paragraph, o.start, o.piece]) for o in plain if (o.paragraph, o.start, o.piece) in known]
        new = [o for o in plain if (o.paragraph, o.start, o.piece) not in known]
    # Only those inside a clause now: at a mark the side before is empty (a mark is no CJK
    # character), no word runs across it and ``junc`` stays 0; their sides are read for ``bind``
    # alone, on a page past the third gate (most pages stop before).
    new_in = [o for o in new if not o.after]
    in_sides = _sides_of(paragraphs, new_in)
    _junctions(new_in, in_sides)
    for o, (junc, _) in old:
        o.junc = junc
    # An occurrence inside a clause that is a word and splits none, not written twice over
    # (most of them: the article's own words) scores 0.0 as it was made, and is not scored:
    # its other evidence is read below, or at a mark only (every occurrence comes fresh from
    # _occurrences or _again, its seam, bind, gain and lead unread).
    # Those left unscored (``quiet``) score W_SEAM at most whatever is read before page_of (a
    # seam; ``bind``, ``bound`` and names only lower it; no junc or echo; inside a clause, so no
    # cut, mark or Latin), below THRESHOLD even with the first gate's ``inside``: the gates count
    # them only as uses of their pieces inside clauses, and walk only the others (``loud``).
    loud: list[_Occ] = []
    quiet: list[_Occ] = []
    for o in found:
        if o.after or not o.word or o.junc or o.ext or o.echo:
            o.score = _score(o)
            loud.append(o)
        else:
            quiet.append(o)
    # Without ``bind`` each score is at its highest (``bind`` and :func:`names` only lower
    # it, and so does :func:`cleaner.pagegate.place`): a page these scores cannot make stuffed, in any way
    # :func:`cleaner.pagegate.page_of` or the context model finds one (:func:`cleaner.pagegate.could_be_stuffed`), is not, and
    # most pages stop here. The page's bigrams (``seam``, at most :data:`W_SEAM` inside a
    # clause) are counted only for a page that could be stuffed with them. A run of the cut
    # counts only pieces that can stand in one cut of the headlines (``spans``): its tiles.
    read = context is not None and not model.traditional
    # A suspect at a mark opens the spam's run for opening_turn() only where the model reads it as
    # no subject of its clause: read for the gates, where a pair of them asks it.
    fresh = _leads_fresh(paragraphs, model, context) if read and context is not None else None
    if not _could_be_stuffed(loud, read, W_SEAM, spans=model.pieces, opening=model.opening, quiet=quiet,
                             cuts=model.cuts, fresh=fresh):
        return []
    # A seam moves a score by +W_SEAM or -W_HELD: only where that can cross THRESHOLD or SURE
    # (cuts, split words; not the article's words inside clauses, at 0) can it tell the page
    # apart below. The other seams are needed only for a page that passes.
    pairs, telling, rest = pairs or PairCounts(paragraphs), [], []
    for o in found:
        if not o.after and not o.ext:   # the occurrences seams() reads
            (telling if _SEAM_LOW < o.score < _SEAM_HIGH else rest).append(o)
    # (Every seam is 0 until read here, the occurrences fresh from _occurrences or _again: one
    # read as 0 leaves its score as it was, and is not scored again.)
    seams(paragraphs, telling, pairs)
    for o in telling:
        if o.seam:
            o.score = _score(o)
    if not _could_be_stuffed(loud, read, spans=model.pieces, opening=model.opening, quiet=quiet,
                             cuts=model.cuts, fresh=fresh):
        return []
    # The last gate reads no seam of the article's words inside clauses (at _SEAM_LOW or below
    # they stay below THRESHOLD) but where held_at_marks reads it (held_apart): the others are
    # read only on a page that passes.
    read_now, later = held_apart(paragraphs, found, [o for o in rest if o.score <= _SEAM_LOW])
    read_now += [o for o in rest if o.score > _SEAM_LOW]
    seams(paragraphs, read_now, pairs)
    held = held_at_marks(paragraphs, found, _MARKS, model.stretch)   # (reads no ``bind``)
    for o in held:
        o.seam = -1
    # ``bind`` and names only lower scores and count fewer cuts: a page these seams cannot make
    # stuffed is not, and the word model is not asked for the bindings of strings it has not met.
    for o in itertools.chain((o for o in read_now if o.seam), held):
        o.score = _score(o)
    if not _could_be_stuffed(loud, read, spans=model.pieces, opening=model.opening, quiet=quiet,
                             cuts=model.cuts, fresh=fresh):
        return []
    # A word inside a clause that splits none and is not written twice over scores its seam at
    # most (``bind`` only lowers it), below every count of the last gate and of names(): in the
    # first judgement its ``bind`` is read past the gate where a seam lifts it above 0 (the cut's
    # support), else only where page_of reads a plain score that low, or for ``known``.
    late, now, now_sides = Unbound(_bindings, _score), [], []
    for o, side in zip(new_in, in_sides):
        if stuffed_only and o.word and not o.junc and not o.echo:
            late.add(o, side)
        else:
            now.append(o)
            now_sides.append(side)
    _bindings(now, now_sides)
    new_at = [o for o in new if o.after]
    _bindings(new_at, _sides_of(paragraphs, new_at))
    for o, (_, bind) in old:
        o.bind = bind
    # Only the occurrences whose evidence has changed since they were last scored are scored
    # again: a ``bind`` found (0 before), a cut counted as a name (no name
    # stands half-way into the headline's units or across its gaps; nor, where the context model
    # is there to read such a cut between words, after a whole unit half-way into a word of the
    # list: ``Model.splitting`` but not ``Model.inward``; without it the cut would go on its
    # score alone, and make_dirty.py seeds 1-2 lost a few of the article's characters so).
    no_name = model.straddling | model.bridging
    if context is not None:
        no_name |= model.splitting - model.inward
    for o in itertools.chain((o for o in plain if o.bind), names(found, JUNC_FULL // 2, no_name)):
        o.score = _score(o)
    if not _could_be_stuffed(loud, read, spans=model.pieces, opening=model.opening, quiet=quiet,
                             cuts=model.cuts, fresh=fresh):
        return []
    seams(paragraphs, later, pairs)
    for o in later:
        if o.seam:
            o.score = _score(o)
    late.read(lambda o: o.score > 0)
    # A cut within a headline unit the list does not know that the article holds inside a clause
    # may be its own word (观鸟 of 观鸟步道, 三座观鸟屋): the page is stuffed only if it is so with
    # those read as words too (a copy of the occurrences, as they are now, judged so), and then
    # judged as it is; else only the context model's gates below can find it stuffed.
    own = [_copied(o) for o in found] \
        if held_pieces(found, JUNC_FULL // 2, model.cuts & model.within) else []
    page = _page(paragraphs, found, model, hidden_pieces(), unbound=late.read)
    if own and page is not None and page.stuffed and not _own_words_stuffed(paragraphs, found, own, model,
                                                                           hidden_pieces()):
        page = replace(page, stuffed=False)
    # Cuts inside clauses that read badly there (:mod:`cleaner.inside`): spam no mark shows.
    # ... or a few words at marks in the headline's turn that read as no subject of their clause.
    turned, opening, why = False, [], "the cycle's opening, read as no subject of its clause"
    if page is not None and not page.stuffed and read and context is not None:
        if reads_stuffed(paragraphs, found, model.units, context, LM_WINDOW, model.within):
            page = replace(page, stuffed=True)
        else:
            at_marks = [o for o in page.live if o.after and not o.ext and not o.bound and o.score >= THRESHOLD]
            if fresh_turn(paragraphs, at_marks, found, page.cycle, model.units, context, LM_WINDOW, SKIP):
                page, turned = replace(page, stuffed=True, cyclic=True), True
            # ... or the first words at marks open the cycle, read as no subject: that run alone
            elif page.cycle and page.cycle[0] in model.opening \
                    and (opening := opening_turn(paragraphs, at_marks, page.cycle, model.units, context, LM_WINDOW)):
                page = replace(page, stuffed=True, cyclic=True)
    if page is not None and not page.stuffed and not opening:   # ... or a run closing a paragraph
        if opening := closing_turn([o for o in page.live if o.after and not o.ext and not o.bound
                                    and o.score >= THRESHOLD], page.cycle):
            page, why = replace(page, stuffed=True, cyclic=True), "closing a paragraph right after its mark"
    if page is None or not page.stuffed:
        return []
    if stuffed_only:
        late.read()   # (``known``)
        return None
    if opening:
        return [(o, f"headline fragment in headline order after punctuation, {why}") for o in opening]
    if context is not None:
        _context(paragraphs, found, model, context)
        # A traditional page keeps the cut found without the model: it reads traditional text
        # and Cantonese (石屎躉) as unlikely anywhere, a gain for the article's own words.
        # The cut found without the model stays where the model's re-cut drops a piece with two
        # sure cuts at marks or more: it reads a name the article writes all along as a gain
        # wherever it stands (孟晚舟), enough to re-cut the headline round it. Not for one cut
        # (the article's own 据了解，北延段…, which a re-cut to 北延 frees) nor a split word.
        # Nor where it drops a piece that closes a paragraph right after its mark (…王建国说。大户):
        # no prose ends so, and the re-cut round the article's own words (种粮大户, 备耕) read as
        # gains would leave that copy, and the piece's others, in the text.
        kept = [(o.score, o.ext) for o in found]
        cuts = [o.piece for o in page.sure if o.after and not o.word and not o.ext and not o.bound]
        certain = {piece for piece in cuts if cuts.count(piece) >= MIN_SURE} | {
            o.piece for o in page.sure if o.after and o.last and not o.ext and not o.bound}
        read = _page(paragraphs, found, model, hidden_pieces(), page.cycle if model.traditional else None)
        if read is not None and not certain <= set(read.cycle):
            for o, (score, ext) in zip(found, kept):
                o.score, o.ext = score, ext
            read = _page(paragraphs, found, model, hidden_pieces(), page.cycle)
        page = replace(read, cyclic=read.cyclic or (turned and read.cycle == page.cycle), marks=page.marks) if read else page
    if page.inside or page.marks:   # a headline word at a mark is the text's / one inside a clause
        page = replace(page, live=[o for o in page.live if o.after != page.inside])
    if page.cyclic:
        # (Not the first piece of the article's own copy of a whole headline reading on past
        # two more pieces: the spam puts in one piece at a time, the article restates its
        # headline after a mark, 上午，滨江区智慧停车…; but a piece stuffed before the article's
        # words that end a short headline, ，什么是|产品架构, runs on into it as far)
        chosen, skips = chain([o for o in page.live if o.score > CHAIN_FLOOR and not (
            o.after and o.ext and any(len(seq) >= len(o.piece) + 2 * MAX_PIECE
                                      and paragraphs[o.paragraph].startswith(seq, o.start) for seq in model.seqs))],
                              page.cycle, SKIP,
                              naming(paragraphs, page.live, page.cycle, _PROSE), JUMP)
        chosen = trim(chosen, mark_places(paragraphs, chosen, _PROSE), MIN_CHAIN, SURE, page.cycle)
        chosen = fill(chosen, page.live, page.cycle, FILL_FLOOR)
        chosen = at_mark_copy(chosen, page.live, THRESHOLD)
        chosen = passed_over(run_on(paragraphs, chosen, page.live, page.cycle, CHAIN_FLOOR,
                                    lambda pair: mark_places(paragraphs, pair, _PROSE), page.inside), page.cycle)
        # Not on a traditional page: read without the context model, its run leaves more of
        # the spam's later pieces out, and a paragraph's empty marks are not the spam's rate.
        if not model.traditional:
            chosen = lone_end(chosen, paragraphs, _PROSE, SURE)
        if not page.after_only:   # ... and the cut's dropped end pieces inside clauses in its turns
            chosen = sorted(chosen + dropped_ends(chosen, found, page.cycle, model.pieces, FILL_FLOOR, COPY_FLOOR),
                            key=lambda o: (o.paragraph, o.start))
        # A run that leaves most sure insertions out is in order by chance: the spam is random;
        # so is, on a page of split words only (a handful, of as many pieces), a run skipping
        # more than one piece (spamorder.sparse asks as much of sparse spam at marks): random split
        # words fall into a turn by chance, and the run then takes the article's own words.
        ids = set(map(id, chosen))
        if 2 * sum(id(o) not in ids for o in page.sure) <= len(page.sure) \
                and not (split_only and skips > MAX_SPARSE_SKIPS):
            out = strays(chosen, page.live, THRESHOLD, SURE, model.straddling | model.inward)
            return [(o, _evidence(o, "headline fragment in headline order")) for o in chosen] + [
                (o, _evidence(o, _reason(o))) for o in disjoint(out)]   # cuts at marks out of turn
    last_par = reach(paragraphs, page.live, max((o.paragraph for o in page.sure), default=-1),
                     THRESHOLD, _PROSE)
    spam_past = past_reach(paragraphs, page.live, last_par, THRESHOLD, _PROSE)   # ... and past it, at its rate
    for o in page.live:
        if o.paragraph > last_par and not _split(o) and id(o) not in spam_past:
            o.score -= W_OUT_RANGE
    for o in held_by_chance(page.live, THRESHOLD):   # a pair standing elsewhere by chance
        o.seam, o.score = 0, o.score + W_HELD
    def chosen() -> list[_Occ]:
        return disjoint(apart(paragraphs, [o for o in page.live if o.score >= (
            THRESHOLD_READ if page.inside and o.gain is not None else THRESHOLD)],   # a split word the two make is no evidence
            lambda o: o.score - W_JUNC * min(o.junc, JUNC_FULL) / JUNC_FULL, model.stretch))
    taken = chosen()
    # A copy held by its neighbour only where copies taken stand is not held: scored again, on a
    # simplified page (a traditional one is read folded: its rare words read as put there anywhere)
    freed = [] if model.traditional else held_by_taken(paragraphs, page.live, taken)
    for o in freed:
        text = paragraphs[o.paragraph]
        o.seam = 1 if pairs.seen(text[o.start - 1] + text[o.end], 1) else 0
        o.score += W_HELD + (W_SEAM if o.seam else 0.0)
    if freed:
        taken = chosen()
    more = owed(paragraphs, page.live, taken, page.cycle)   # copies the page's count still owes a piece
    # ... and, on a simplified page whose spam goes inside clauses too, copies of a piece it
    # uses that the page writes too seldom for the article's own word
    few = [] if page.after_only or model.traditional else scarce(paragraphs, page.live, taken + more)
    # ... and a copy at a mark held only by what follows it, its piece's other copies all taken
    alone = bound_alone(paragraphs, page.live, set(map(id, taken + more + few)), _PROSE)
    # ... and the headline's next (previous) piece at the next marks from one taken at a mark
    turned = next_at_marks(paragraphs, taken + more + few + alone, page.live, page.cycle, 0.0)
    return [(o, _evidence(o, _reason(o))) for o in taken] + [
        (o, _evidence(o, _reason(o) + ", a copy its piece's count owes")) for o in more] + [
        (o, _evidence(o, _reason(o) + ", a copy of a piece the spam uses and the page writes seldom")) for o in few] + [
        (o, _reason(o) + ", the last copy of a piece the page has taken elsewhere") for o in alone] + [
        (o, _reason(o) + ", the headline's next piece in turn at the next marks") for o in turned]


def _own_words_stuffed(paragraphs: tuple[str, ...], found: list[_Occ], own: list[_Occ], model: _Model,
                       hidden: set[str]) -> bool:
    """Whether the page is stuffed with the cuts of :func:`cleaner.spread.held_names` read as
    words: on ``own``, copies of ``found`` made before :func:`cleaner.pagegate.page_of` judged
    them (each ``bind`` read since taken over). True where there are none such."""
    held = held_names(own, JUNC_FULL // 2, model.cuts & model.within)
    if not held:
        return True
    named = set(map(id, held))
    for o, was in zip(own, found):
        if o.bind != was.bind or id(o) in named:
            o.bind = was.bind
            o.score = _score(o)
    page = _page(paragraphs, own, model, hidden)
    return page is not None and page.stuffed


def _leads_fresh(paragraphs: tuple[str, ...], model: _Model, context: lm.ContextModel) -> Callable[[_Occ], bool]:
    """:func:`cleaner.atmarks.opens_fresh` of each occurrence asked, read once (the gates of one
    judgement ask the same occurrences again)."""
    leads: dict[int, bool] = {}
    memo: dict[str, float] = {}

    def fresh(o: _Occ) -> bool:
        known = leads.get(id(o))
        if known is None:
            known = leads[id(o)] = opens_fresh(paragraphs, o, model.units, context, LM_WINDOW, memo)
        return known
    return fresh


def _evidence(o: _Occ, reason: str) -> str:
    """``reason``, and the context model's word when it counted for the removal."""
    if o.gain is not None and o.gain > LM_MID:
        return f"{reason}; the context model reads the clause better without it (+{o.gain:.1f})"
    return reason


def _reason(o: _Occ) -> str:
    where = "after punctuation" if o.after else "inside a clause"
    if o.junc >= JUNC_FULL // 2:
        return "headline fragment splitting a word"
    if not o.word:
        return f"headline fragment that is no word, {where}"
    return f"headline fragment {where}"

