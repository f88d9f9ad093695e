"""What the injection detector knows of a page's headlines (:class:`Model`, :func:`build`).

The pieces a spammer cuts from a headline (two and three characters, one inner function
character maybe dropped), which of them cut across the headline's words, the headline's units
and the stretches an occurrence may run on into. :mod:`cleaner.injection` reads pages with it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
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
    #: the characters of the headlines, each once: runs of two or more of them are where
    #: occurrences can be (:func:`cleaner.spread.runs`)
    chars: str
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
        return frozenset(p for p, spans in self.pieces.items() if any(h == 0 and s == first for h, s, _ in spans))

    def among(self, texts: Iterable[str]) -> set[str]:
        """The pieces that ``texts`` are, their whitespace aside (a hidden element's text). A
        text of more than :data:`MAX_PIECE` characters is none: it is split no further.

        >>> sorted(build(("建设这样",)).among(["建 设", "这样干", "x"]))
        ['建设']
        """
        return {"".join(parts) for parts in (text.split(None, MAX_PIECE) for text in texts)
                if len(parts) <= MAX_PIECE} & self.pieces.keys()


@functools.lru_cache(maxsize=256)
def build(headlines: tuple[str, ...]) -> Model:
    """What the detector knows of ``headlines`` (:class:`Model`)."""
    found: dict[str, set[Span]] = {}
    forms: list[str] = []
    seqs = tuple("".join(_IS_CJK.findall(headline)) for headline in headlines)
    units = [lm.unit_bounds(seq, headline) for seq, headline in zip(seqs, headlines)]
    whole_units: set[str] = set()   # pieces made of whole units of a headline
    gaps = [lm.digit_gaps(headline) for headline in headlines]
    marks = [_mark_gaps(headline) for headline in headlines]
    apart = [_mark_gaps(headline, None) for headline in headlines]
    spaces = [_mark_gaps(headline, _SPACES) for headline in headlines]
    for h_index, headline in enumerate(headlines):
        seq, bounds = seqs[h_index], units[h_index]
        forms += [_SPACE.sub("", headline), *(lm.digit_gaps(part)[0] for part in _CLAUSE.split(headline))]
        for start in range(len(seq)):
            for end in range(start + MIN_PIECE, min(len(seq), start + MAX_PIECE + 1) + 1):
                whole = seq[start:end]
                if len(whole) <= MAX_PIECE:
                    found.setdefault(whole, set()).add((h_index, start, end))
                    if start in bounds and end in bounds:
                        whole_units.add(whole)
                # The same stretch with one inner function character dropped.
                for k in range(start + 1, end - 1):
                    if lm.simplify(seq[k]) in SKIPPABLE:  # 這 as 这
                        short = seq[start:k] + seq[k + 1:end]
                        if MIN_PIECE <= len(short) <= MAX_PIECE:
                            found.setdefault(short, set()).add((h_index, start, end))
                            # Whole units only when the character dropped is one too (好险|就差
                            # -> 好险差 keeps half of 就差: a cut).
                            if {start, k, k + 1, end} <= bounds:
                                whole_units.add(short)
    pieces_ = {p: tuple(sorted(spans)) for p, spans in found.items()}
    # Without a word list no piece can be shown to cut across words: all count as words. Nor
    # where the list knows too little of the headlines (traditional characters, a string of
    # names): a piece of words it does not know is no cut -- but for one that goes half-way
    # into a word the list does know wherever it stands (写好文, 案一字 of 写好|文案|一字就够):
    # no name the list does not know ends or begins inside one of its words.
    cuts = frozenset(p for p in pieces_ if lm.simplify(p) not in lm.lexicon() and p not in whole_units)
    if not lm.lexicon():
        cuts = frozenset()
    elif lm.known_share(headlines) < MIN_KNOWN:
        cuts = frozenset(p for p in cuts if all(_splits_word(seqs[h], units[h], s, e) for h, s, e in pieces_[p]))
    # A piece made only of function characters (的是, 这是) is too common to mean anything, but
    # for a cut that straddles two of the headline's units as it stands (及个 of 涉及|42个).
    for piece in [p for p in pieces_ if all(c in SKIPPABLE for c in lm.simplify(p))]:
        if piece not in cuts or not all(e - s == len(piece) and any(s < b < e for b in units[h])
                                        for h, s, e in pieces_[piece]):
            del pieces_[piece]
    cuts = frozenset(p for p in cuts if p in pieces_)
    chars = "".join(sorted(set("".join(forms))))
    words = frozenset(seq[a:b] for seq, bounds in zip(seqs, units)
                      for a, b in itertools.pairwise(sorted(bounds)) if 2 <= b - a <= lm.MAX_WORD)
    skippable = SKIPPABLE | {c for c in "".join(seqs) if lm.simplify(c) in SKIPPABLE}
    gapped = frozenset(p for p, spans in pieces_.items()
                       if all(e - s > len(p) or any(s < g < e for g in gaps[h][1] | marks[h]) for h, s, e in spans))
    entering = frozenset(seq[a:b + 1] for seq, bounds in zip(seqs, units)
                         for b, e in itertools.pairwise(sorted(bounds))
                         if e - b > 1 and lm.simplify(seq[b:e]) in lm.lexicon()
                         for a in range(max(0, b - MAX_PIECE), b - 1))   # a piece and one character
    # Where a number stood right before a character: the gaps, and the start after a leading one.
    starts = [gaps[h][1] | ({0} if _LEADING_NUMBER.match(headline) else set())
              for h, headline in enumerate(headlines)]
    numbered = frozenset(p for p, spans in pieces_.items() if all(s in starts[h] for h, s, _ in spans))
    inward = frozenset(p for p in pieces_ if all(
        s not in units[h] and s not in starts[h] and seqs[h][s - 1] not in skippable
        and lm.simplify(seqs[h][s - 1:s + 1]) in lm.lexicon()
        for h, s, _ in pieces_[p]))
    straddling = frozenset(p for p in cuts if all(_straddles(seqs[h], units[h], s, e) or e - s > len(p)
                                                  for h, s, e in pieces_[p]))
    splitting = frozenset(p for p in cuts if all(_splitting(seqs[h], units[h], s, e) for h, s, e in pieces_[p]))
    bridging = frozenset(p for p, spans in pieces_.items()
                         if all(any(s < g < e for g in apart[h]) for h, s, e in spans))
    within = frozenset(p for p, spans in pieces_.items()
                       if all(e - s == len(p) and not any(s < b < e for b in units[h]) for h, s, e in spans))
    spaced = frozenset(p for p, spans in pieces_.items()
                       if all(any(s < g < e for g in spaces[h]) for h, s, e in spans))
    return Model(pieces_, "\x00".join(forms), chars.replace("\x00", ""), seqs, cuts, words,
                  frozenset(skippable), lm.traditional("".join(seqs)), gapped, entering, numbered,
                  inward, straddling, splitting, bridging, within, spaced)


def _mark_gaps(headline: str, marks: frozenset[str] | None = _CLAUSE_MARKS) -> frozenset[int]:
    """Where a clause mark (any character but a CJK one, with ``marks`` None) stood between two
    characters of the headline's CJK sequence."""
    out, k, mark = set(), 0, False
    for ch in headline:
        if _IS_CJK.match(ch):
            if mark and k:
                out.add(k)
            k, mark = k + 1, False
        mark = mark or (ch in marks if marks is not None else not _IS_CJK.match(ch))
    return frozenset(out)


def _splits_word(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins or ends half-way into a unit that is a word of the list."""
    return any(at not in bounds and lm.simplify(seq[max(b for b in bounds if b < at):
                                                    min(b for b in bounds if b > at)]) in lm.lexicon()
               for at in (start, end))


def _splitting(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins half-way into a word of the list, or ends half-way into
    one after a whole unit of two characters or more (最后估 of 最后|估值; not 古村 of 古|村落,
    a word the list lacks)."""
    return _splits_word(seq, bounds, start, start) or (
        _splits_word(seq, bounds, end, end) and start in bounds and any(start + 2 <= b < end for b in bounds))


def _straddles(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins half-way into one unit of two characters or more and
    ends half-way into another, one of them at least a word of the list."""
    if start in bounds or end in bounds:
        return False
    units = [(max(b for b in bounds if b < at), min(b for b in bounds if b > at)) for at in (start, end)]
    return units[0] != units[1] and any(lm.simplify(seq[a:b]) in lm.lexicon() for a, b in units)
