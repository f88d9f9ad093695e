"""What the injection detector knows of a page's headlines (:class:`Model`, :func:`build`).

The pieces a spammer cuts from a headline (two and three characters, one inner function
character maybe dropped), which of them cut across the headline's words, the headline's units
and the stretches an occurrence may run on into. :mod:`cleaner.injection` reads pages with it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import lm
from .cycle import Span, starts

__all__ = ["MAX_PIECE", "MIN_KNOWN", "MIN_PIECE", "SKIPPABLE", "Model", "build"]

#: Shortest and longest headline piece considered (the spam cuts bigrams and trigrams).
MIN_PIECE = 2
MAX_PIECE = 3
#: Function characters a spammer may drop from the headline before cutting it (a piece may skip
#: over one: 设这样 -> 设样).
SKIPPABLE = frozenset("的了是在和与及这那之将就都而着或也把被对为于以其等并又还从向到给让由个们该此")
#: Share of a headline's characters the word list must read as words for it to tell a cut
#: across words from a word: below it (a string of names) every piece counts as a word.
#: Headlines here read 0.44 and up, traditional ones read as simplified (:func:`lm.simplify`)
#: too, but for two of names (患癌鄭威濤…: 0.33, 銀保監…: 0.38).
MIN_KNOWN = 0.3
_SPACE = re.compile(r"\s+")
#: A headline that opens on a number (2025年…): its first character follows one.
_LEADING_NUMBER = re.compile(r"\W*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_IS_CJK = lm.IS_CJK
_CJK_RUN = re.compile(f"[{lm.CJK}]+")
#: The clause and sentence marks of a headline: the article does not write on across one
#: (行业|再 of 先选好行业，再挑好公司; 文案|一 of 写好文案？一字就够).
_CLAUSE_MARKS = frozenset("，。、；：！？,;:!?")
_SPACES = frozenset(" \u3000\t")
_CLAUSE = re.compile(f"[{re.escape(''.join(sorted(_CLAUSE_MARKS)))}]+")


@dataclass(frozen=True)
class Model:
    """What the detector knows of the headlines."""

    #: piece -> its spans in the headlines' CJK sequences
    pieces: dict[str, tuple[Span, ...]]
    #: each headline as printed (without spaces) and as its CJK sequence (split where digits
    #: stood, :func:`cleaner.lm.digit_gaps`), NUL-separated: an occurrence that extends into a
    #: substring of these, or into a piece, is part of a longer match (see :meth:`stretch`)
    forms: str
    #: the characters of the headlines but spaces: a character before or after an occurrence that
    #: is one of them may run on into a longer stretch of a headline (``occsearch._occurrences``)
    chars: frozenset[str]
    #: each headline's CJK sequence
    seqs: tuple[str, ...]
    #: pieces that cut across the headline's words (年厦 of 2025年|厦漳泉, 设样 of 建设|这样),
    #: and are no word of the list themselves: prose does not produce them on its own
    cuts: frozenset[str]
    #: the headlines' units of 2-4 characters (words, names): the context model keeps these
    #: whole even where its vocabulary does not know them (白湖镇)
    units: frozenset[str] = frozenset()
    #: the headlines' :data:`SKIPPABLE` characters, traditional ones too; are they traditional
    skippable: frozenset[str] = SKIPPABLE
    traditional: bool = False
    #: pieces that stand in the headlines only across digits (涉及个 of 涉及42个) or a clause
    #: mark (行业再 of 先选好行业，再挑好公司)
    gapped: frozenset[str] = frozenset()
    #: stretches of the headlines' CJK sequences whose last character begins a unit that is a word
    #: of two or more characters (:func:`cleaner.spread.midway`)
    entering: frozenset[str] = frozenset()
    #: pieces that stand in the headlines only right after digits or letters (号线 of 地铁5号线,
    #: 个小 of 42个小区): the article writes the number before them, so at a mark (，号线南至…)
    #: such a piece does not run on into the headline as the article's own words do
    numbered: frozenset[str] = frozenset()
    #: pieces that begin, in every headline they stand in, inside one of its units and with the
    #: second character of a word of the list (醒防范 of 提醒|防范, 贸进 of 外贸|进出口, 万名 of
    #: 两万|名; not after a function character: 和文 of 和文创): the article opens no clause
    #: half-way into a word, so at a mark such a piece does not run on into the headline as its
    #: own words do
    inward: frozenset[str] = frozenset()
    #: cuts that begin half-way into one unit of the headline in every headline they stand in and
    #: end half-way into another, one of them a word of the list (动老 of 启动|老旧), or stand
    #: there only with a function character dropped (最后止 of 最后的止痛药): no name the list
    #: does not know (逆水寒 is one unit) stands so at a mark
    straddling: frozenset[str] = frozenset()
    #: cuts that begin half-way into a word of the list in every headline they stand in, or end
    #: half-way into one after a whole unit of two characters or more (季度封 of 一季度|封禁, 最后估
    #: of 最后|是|估值): no name or word the list does not know (知更 of 知更|等, 古村 of 古|村落)
    #: stands so
    splitting: frozenset[str] = frozenset()
    #: pieces that stand in every headline only across something other than a CJK character: a
    #: space, a quote, a bracket, a mark or a number (带货春 of 直播带货 春茶, 服务一 of
    #: 服务“一校一案”): no name the article writes is cut across them
    bridging: frozenset[str] = frozenset()
    #: pieces that stand, in every headline they stand in, within one of its units, crossing
    #: none of its bounds (孟晚舟 of 孟晚舟再|出庭; not 春茶卖 of 春茶|卖出): a name's place
    within: frozenset[str] = frozenset()
    #: pieces that stand in every headline only across a space (市手, 开市手 of 市集开市 手艺人):
    #: the headline's two phrases, which no clause of the article opens by running one into the other
    spaced: frozenset[str] = frozenset()

    def stretch(self, text: str) -> bool:
        """Whether ``text`` is a stretch of a headline: a substring of one, or a piece (not
        across digits: the article writes those)."""
        return (text in self.pieces and text not in self.gapped) or text in self.forms

    @functools.cached_property
    def starting(self) -> list[dict[int, list[tuple[int, str]]]]:
        """For each headline, its pieces by where they start (:func:`cleaner.cycle.starts`):
        made once a model, where :func:`cleaner.cycle.tiling` is asked many times a page."""
        return starts(self.pieces, len(self.seqs))

    @functools.cached_property
    def opening(self) -> frozenset[str]:
        """The pieces that begin the first headline, but for the characters the spam drops
        (:data:`SKIPPABLE`): where spam in the headline's order begins."""
        first = next((i for i, c in enumerate(self.seqs[0]) if c not in self.skippable), -1) if self.seqs else -1
        if first < 0:
            return frozenset()
        # A piece that starts there opens with that character: the others' spans are not
        # walked (a generator a piece: over the corpus's 115 models 15.98 -> 6.66 M, ``headbuild``).
        head = self.seqs[0][first]
        return frozenset(p for p in [p for p in self.pieces if p[0] == head]
                         if any(h == 0 and s == first for h, s, _ in self.pieces[p]))

    def among(self, texts: Iterable[str]) -> set[str]:
        """The pieces that ``texts`` are, their whitespace aside (a hidden element's text). A
        text of more than :data:`MAX_PIECE` characters is none: it is split no further.

        >>> sorted(build(("建设这样",)).among(["建 设", "这样干", "x"]))
        ['建设']
        """
        return {"".join(parts) for parts in (text.split(None, MAX_PIECE) for text in texts)
                if len(parts) <= MAX_PIECE} & self.pieces.keys()


# What a stretch of a headline is (:func:`_span_tests`), as bits: a piece is what all its spans
# are, the bits they all have. A span the piece drops a function character of counts as gapped
# and straddling, and as neither crossing a bound of the headline's units nor within one.
_CROSSES = 1         # across a bound of the headline's units
_WITHIN = 2          # within one unit, crossing none of its bounds
_GAPPED = 4          # across digits or a clause mark
_NUMBERED = 8        # right after digits or letters
_INWARD = 16         # inside a unit, with the second character of a word of the list
_STRADDLING = 32     # from half-way into one unit to half-way into another, one of them a word
_SPLITTING = 64      # from half-way into a word, or after a whole unit of two characters or
                     # more to half-way into a word
_SPLITS_WORD = 128   # from or to half-way into a word of the list
_BRIDGING = 256      # across something other than a CJK character
_SPACED = 512        # across a space
_DROPPED_SET = _GAPPED | _STRADDLING
_DROPPED_CLEARED = _CROSSES | _WITHIN


@functools.lru_cache(maxsize=256)
def build(headlines: tuple[str, ...]) -> Model:
    """What the detector knows of ``headlines`` (:class:`Model`).

    Each stretch of a headline is tested once (:func:`_span_tests`) and a piece's tests are its
    stretches' ANDed as they are cut: a crawl's headlines are all new, so this runs once a page
    (asked piece by piece over each piece's spans it read 4.5 M instructions a headline; 1.2 M now).
    Each headline is cut on its own (:func:`_cut_one`, memoised): a text dump asks for its title's
    model first (:func:`cleaner.dumpspam.unstuffed`), then the repair for the title's and its
    subtitle's, which cuts the subtitle alone.
    """
    # Each headline cut alone: its CJK sequence, simplified one for one (positions kept: a slice
    # of it is the slice simplified), its pieces and units and what the list knows of it.
    cut = [_cut_one(headline, h_index) for h_index, headline in enumerate(headlines)]
    seqs = tuple(one[5] for one in cut)
    plain = [one[6] for one in cut]
    joined = "\x00".join(seqs)
    lexicon = lm.lexicon()
    # A traditional character whose simplified form is one (這 as 这), each headline's its own.
    skippable = cut[0][7] if len(cut) == 1 else SKIPPABLE.union(*(one[7] for one in cut))
    # piece -> its spans, in the order cut (headline by headline), and the bits all its spans have
    pieces_, tests, whole_units = (dict(cut[0][0]), cut[0][1], cut[0][2]) if cut else ({}, {}, frozenset())
    if len(cut) > 1:
        tests, whole_units = dict(tests), set(whole_units)   # (the first headline's memo kept as cut)
        for found, bits, whole, *_ in cut[1:]:
            for piece, spans in found.items():
                if piece in pieces_:
                    pieces_[piece] += spans
                    tests[piece] &= bits[piece]
                else:
                    pieces_[piece], tests[piece] = spans, bits[piece]
            whole_units |= whole
    forms = [form for one in cut for form in one[3]]
    read = [one[4] for one in cut]
    ordered = [bounds for bounds, _ in read]        # each headline's unit bounds, in order
    # The pieces as the word list reads them, in their order: the pieces themselves unless a
    # headline holds a character simplify changes (a piece is cut from its headline's CJK
    # sequence, which simplifies one for one), as nearly all do; then the cuts are a set
    # difference at C level (the pieces joined, simplified and split again, and a generator over
    # them for the cuts and again for what the cuts keep, ~95 k instructions a model: build over
    # the corpus's HTML pages' calls 133.8 -> 123.1 M, ``headbuild3``).
    changed = any(seq != simple for seq, simple in zip(seqs, plain))
    simple_forms = lm.simplify("\x00".join(pieces_)).split("\x00") if changed else pieces_

    def having(bit: int, among: Iterable[str] = pieces_) -> frozenset[str]:
        """The pieces of ``among`` all of whose spans have ``bit``."""
        return frozenset(p for p in among if tests[p] & bit)

    # Without a word list no piece can be shown to cut across words: all count as words. Nor
    # where the list knows too little of the headlines (traditional characters, a string of
    # names): a piece of words it does not know is no cut -- but for one that goes half-way
    # into a word the list does know wherever it stands (写好文, 案一字 of 写好|文案|一字就够):
    # no name the list does not know ends or begins inside one of its words.
    # (The word list first: a difference walks the set and asks the dict, whose keys it would walk
    # were the dict not the first.)
    cuts = (frozenset(p for p, simple in zip(pieces_, simple_forms) if simple not in lexicon).difference(whole_units)
            if changed else frozenset(pieces_).difference(lexicon, whole_units))
    known, total = sum(count for _, count in read), sum(map(len, seqs))
    if not lexicon:
        cuts = frozenset()
    elif (known / total if total else 1.0) < MIN_KNOWN:   # lm.known_share, from the walk above
        cuts = having(_SPLITS_WORD, cuts)
    # A piece made only of function characters (的是, 这是) is too common to mean anything, but
    # for a cut that straddles two of the headline's units as it stands (及个 of 涉及|42个).
    dropped: list[str] = []
    for piece in [p for p, simple in zip(pieces_, simple_forms)
                  if simple[0] in SKIPPABLE and SKIPPABLE.issuperset(simple)]:
        if piece not in cuts or not tests[piece] & _CROSSES:
            del pieces_[piece]
            dropped.append(piece)
    cuts = cuts.difference(dropped)
    words = frozenset(seq[a:b] for seq, bounds in zip(seqs, ordered)
                      for a, b in itertools.pairwise(bounds) if 2 <= b - a <= lm.MAX_WORD)
    entering = frozenset(seq[a:b + 1] for seq, simple, bounds in zip(seqs, plain, ordered)
                         for b, e in itertools.pairwise(bounds)
                         if e - b > 1 and simple[b:e] in lexicon
                         for a in range(max(0, b - MAX_PIECE), b - 1))   # a piece and one character
    traditional = changed and lm.traditional(joined)
    # The sets of the pieces all of whose spans have a bit: the pieces grouped by their bits (a
    # few values a model), each group tested for each bit, not each piece (a pass over the pieces
    # testing each for six bits, and a generator over the cuts for two more: build over the
    # corpus's HTML pages' calls 121.5 -> 117.7 M instructions, ``headbuild3``).
    groups: dict[int, list[str]] = {}
    for piece in pieces_:
        groups.setdefault(tests[piece], []).append(piece)
    marked: dict[int, list[str]] = {bit: [] for bit in (_GAPPED, _NUMBERED, _INWARD, _BRIDGING, _WITHIN, _SPACED,
                                                        _STRADDLING, _SPLITTING)}
    lists = list(marked.items())
    for bits, group in groups.items():
        for bit, having_it in lists:
            if bits & bit:
                having_it += group
    sets = {bit: frozenset(having_it) for bit, having_it in lists}
    joined_forms = "\x00".join(forms)
    return Model(pieces_, joined_forms, frozenset(joined_forms).difference("\x00"), seqs, cuts, words,
                  frozenset(skippable), traditional, sets[_GAPPED], entering,
                  sets[_NUMBERED], sets[_INWARD], sets[_STRADDLING] & cuts,
                  sets[_SPLITTING] & cuts, sets[_BRIDGING], sets[_WITHIN], sets[_SPACED])


@functools.lru_cache(maxsize=256)
def _cut_one(headline: str, h_index: int) -> tuple[dict[str, tuple[Span, ...]], dict[str, int], frozenset[str],
                                                  list[str], tuple[list[int], int], str, str, frozenset[str]]:
    """One headline's part of :func:`build` (the ``h_index``-th of its headlines): its pieces with
    their spans in the order cut and the bits all of them have, the pieces made of its whole
    units, its forms, its units (:func:`cleaner.lm.units_of`), its CJK sequence and that
    simplified, and the characters a piece may drop. Of these, its own are what the other
    headlines' make them (a character is simplified alone, so a traditional one is skippable by
    its own headline): its cut is theirs too."""
    # piece -> its spans, in the order cut: (headline, start, end) never decreases, so the tuple
    # is sorted, and a span met again (a function character dropped at two places) is its last
    # (a tuple from the start: most pieces have one span, and no list is made a piece to be
    # made a tuple at the end)
    found: dict[str, tuple[Span, ...]] = {}
    tests: dict[str, int] = {}     # piece -> the bits all its spans have
    whole_units: set[str] = set()
    parts = _CJK_RUN.findall(headline)
    seq = "".join(parts)
    simple = lm.simplify(seq)
    skippable = SKIPPABLE | {c for c, s in zip(seq, simple) if s in SKIPPABLE} if simple != seq else SKIPPABLE
    read = lm.units_of(parts)
    bounds = frozenset(read[0])
    gaps = lm.digit_gaps(headline)
    # Where a number stood right before a character: the gaps, and the start after a leading one.
    starts = gaps[1] | ({0} if _LEADING_NUMBER.match(headline) else set())
    clauses = _CLAUSE.split(headline)
    forms = [_SPACE.sub("", headline), *(lm.digit_gaps(part)[0] if len(clauses) > 1 else gaps[0]
                                         for part in clauses)]
    span_tests = _span_tests(headline, seq, simple, bounds, gaps[1], starts, skippable, lm.lexicon(), read[0])
    drop = [c in SKIPPABLE for c in simple]  # 這 as 这
    # How many function characters stand before each position: a stretch holds one inside when
    # the counts before its second and its last character differ (most stretches hold none, and
    # no range is made to walk them for one: build 143.8 -> 140.3 M, ``headbuild``).
    before = list(itertools.accumulate(drop, initial=0))
    n = len(seq)
    for start in range(n):
        for end in range(start + MIN_PIECE, min(n, start + MAX_PIECE + 1) + 1):
            span, bits = (h_index, start, end), -1
            if end - start <= MAX_PIECE:
                whole, bits = seq[start:end], span_tests(start, end)
                spans = found.get(whole)
                if spans is None:
                    found[whole], tests[whole] = (span,), bits
                else:
                    found[whole] = spans + (span,)
                    tests[whole] &= bits
                if start in bounds and end in bounds:
                    whole_units.add(whole)
                if end - start == MIN_PIECE:   # no inner character to drop
                    continue
            # The same stretch with one inner function character dropped (a stretch one
            # longer than a piece is tested only then: most hold no function character).
            if before[end - 1] == before[start + 1]:
                continue
            for k in range(start + 1, end - 1):
                if drop[k]:
                    short = seq[start:k] + seq[k + 1:end]
                    if MIN_PIECE <= len(short) <= MAX_PIECE:
                        if bits < 0:
                            bits = span_tests(start, end)
                        dropped = (bits | _DROPPED_SET) & ~_DROPPED_CLEARED
                        spans = found.get(short)
                        if spans is None:
                            found[short], tests[short] = (span,), dropped
                        elif spans[-1] != span:
                            found[short] = spans + (span,)
                            tests[short] &= dropped
                        # Whole units only when the character dropped is one too (好险|就差
                        # -> 好险差 keeps half of 就差: a cut).
                        if {start, k, k + 1, end} <= bounds:
                            whole_units.add(short)
    return found, tests, frozenset(whole_units), forms, read, seq, simple, \
        skippable


def _span_tests(headline: str, seq: str, simple: str, bounds: frozenset[int], gaps: frozenset[int],
                starts: frozenset[int], skippable: frozenset[str] | set[str],
                words: dict[str, int], ordered: list[int] | None = None) -> Callable[[int, int], int]:
    """What the stretch ``seq[start:end]`` of a headline is, as the bits above: each tested
    against a table of the headline's positions made once (``ordered``: ``bounds`` sorted)."""
    n = len(seq)
    ordered = sorted(bounds) if ordered is None else ordered
    # In what unit each position inside one stands, and whether that unit is a word of the list.
    unit = [-1] * (n + 1)
    into = [False] * (n + 1)
    for a, b in itertools.pairwise(ordered):
        if b - a > 1:
            unit[a + 1:b] = [a] * (b - a - 1)
            if simple[a:b] in words:
                into[a + 1:b] = [True] * (b - a - 1)
    # The tests the start alone decides, made once a position rather than once a stretch:
    # inward (inside a unit, with the second character of a word) only where no number stood.
    from_start = [_SPLITTING | _SPLITS_WORD if into[at] else 0 for at in range(n + 1)]
    for at in range(n + 1):
        if at in starts:
            from_start[at] |= _NUMBERED
        elif unit[at] >= 0 and seq[at - 1] not in skippable and simple[at - 1:at + 1] in words:
            from_start[at] |= _INWARD
    # The first place after each position where the headline has a bound, a gap or mark, etc.
    after_bound = _next_after(ordered, n)
    marks, apart, spaced = _gap_sets(headline)
    after_gap = _next_after(sorted(gaps | marks) if gaps or marks else (), n)
    after_apart = _next_after(sorted(apart) if apart else (), n)
    after_space = _next_after(sorted(spaced) if spaced else (), n)

    def span_tests(start: int, end: int) -> int:
        bits = from_start[start] | (_CROSSES if after_bound[start] < end else _WITHIN)
        if after_gap[start] < end:
            bits |= _GAPPED
        if unit[start] >= 0 and unit[end] >= 0 and unit[start] != unit[end] and (into[start] or into[end]):
            bits |= _STRADDLING
        if into[end]:
            bits |= _SPLITS_WORD
            if start in bounds and after_bound[start + 1] < end:
                bits |= _SPLITTING
        if after_apart[start] < end:
            bits |= _BRIDGING
        if after_space[start] < end:
            bits |= _SPACED
        return bits
    return span_tests


def _next_after(places: Iterable[int], n: int) -> list[int]:
    """For each position 0..n, the first of ``places`` (in order, each at most n) after it
    (n + 1 where none is): a run of positions a place."""
    out: list[int] = []
    last = 0
    for at in places:
        out += [at] * (at - last)
        last = at
    out += [n + 1] * (n + 1 - last)
    return out


def _gap_sets(headline: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Where a clause mark, anything but a CJK character, and a space stood between two characters
    of the headline's CJK sequence (positions in it), in one pass over its CJK runs: what stands
    between two runs is the gap."""
    marks: set[int] = set()
    apart: set[int] = set()
    spaced: set[int] = set()
    k = end = 0
    for run in _CJK_RUN.finditer(headline):
        if k:
            between = headline[end:run.start()]
            apart.add(k)
            if not _CLAUSE_MARKS.isdisjoint(between):
                marks.add(k)
            if not _SPACES.isdisjoint(between):
                spaced.add(k)
        k += run.end() - run.start()
        end = run.end()
    return frozenset(marks), frozenset(apart), frozenset(spaced)
