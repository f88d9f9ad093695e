"""How far the spam on a page reaches, and after which marks it goes (see
:mod:`cleaner.injection`, steps 4 and 6).

Spam is one process per page: it fills the first few prose paragraphs, or all of them, putting
a piece after a steady share of the clause marks. The paragraphs with sure insertions show
where it goes and at what rate; a paragraph after the last of them belongs to the spam too when
its suspects at marks come at that rate -- far more often than an article starts its clauses
with a headline word (:func:`reach`); so are, past a paragraph the spam passed over, suspects of
two of its pieces at that rate (:func:`past_reach`). An article that opens a clause or two with
its headline's words further down shows a rate near that of prose, and stays out. And the spam follows the
marks it follows: where its sure insertions never come after a closing quote or bracket, a
headline word there is the article's own (:func:`off_habit`). A headline word at a mark that
goes on as the page writes it inside its clauses elsewhere is the article's own too
(:func:`held_at_marks`), and so is a cut the article writes inside its clauses again and again
(:func:`names`), and so is one at a mark whose clause goes on to name the headline's next piece
(:func:`naming`); a piece at a mark that runs on into the headline's next unit by a character only
is not (:func:`midway`), nor one standing alone in a line of Latin text (:func:`in_latin`), nor a
cut opening a clause half-way into a headline word out of the spam's cycle (:func:`strays`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from .lm import bridged, simplify, simplify_table

__all__ = ["HEADING_MAX", "LATIN_MARKS", "SENTENCE_ENDS", "cannot_start", "halfway_cut", "held_apart", "held_at_marks",
           "held_names", "held_pieces", "in_latin", "mark_places", "may_not_start", "midway", "names",
           "naming", "off_habit",
           "piece_hits", "piece_places", "reach", "strays", "widespread"]

#: Digits, one class for :func:`held_at_marks` (the pattern, and the set for one character).
_DIGIT = re.compile(r"[0-9０-９]")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
#: Share of clause marks after which an article's own text starts with a piece of its headline
#: (the rate the spam's rate is weighed against; the clean articles behind ``make_dirty.py``
#: seeds 1-2 give 7 % for the pieces of every cut of their headlines, fewer for the one cut a
#: spammer uses).
PROSE_RATE = 0.05
#: Highest rate taken from the paragraphs with sure insertions (a rate of 1 would make any
#: mark without a suspect impossible).
MAX_RATE = 0.95
#: How many times likelier the next paragraph's count of suspects at marks must be at the
#: spam's rate than at :data:`PROSE_RATE` for the spam to reach it (measured on
#: ``make_dirty.py`` seeds 1-2: at 10, 11 stuffed words at marks found for 2 of the
#: article's own; at 3, 14 for 9).
MIN_LIKELIHOOD_RATIO = 10.0
#: Sure insertions at marks a page needs before the marks they follow tell its habit (measured
#: on make_dirty.py seeds 1-2: 2 and 3 give the same pages, 2 a few characters fewer lost, 5
#: one page fewer).
MIN_HABIT = 2
#: A cut the text uses this many times inside its clauses (and no less often than at marks),
#: never splitting a word, is a word of the article's own (see :func:`names`).
MIN_NAME_USES = 3
#: A heading numbered ahead (三：估值, 一、招聘对象及条件, 2：市场规模) is no prose paragraph (see
#: :func:`piece_hits`): its numeral's mark is its only one, and headings are never repaired. Of the
#: headline pieces right after such a numeral in a line of at most :data:`HEADING_MAX`
#: characters on the injected dumps (seeds 1-8), 168 are the article's, 21 the spam's.
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[、：:]")
HEADING_MAX = 24
#: Marks that end a sentence: a piece between two of them is a sentence of its own, which the
#: article never makes of a headline word (the injected dumps, seeds 1-4: 23 such occurrences,
#: every one stuffed), whatever its pair with the mark after it or its being followed by a mark.
SENTENCE_ENDS = frozenset("。！？!?")
# What cannot begin a clause: another clause mark, or a particle or suffix bound to the word
# before it. An occurrence at a mark followed by one of these belongs to the text (春茶的销量,
# 茶农们, 一季度，): without it the clause would begin with it (but for a piece between two
# marks that end sentences, :data:`SENTENCE_ENDS`).
_NO_START = frozenset("，。、；：！？,;:!?的们了着过地得等之")
#: Distinct pieces among the suspects at marks, and their share of the page's clause marks, from
#: which spam in random order shows without a cut or a sure insertion (see :func:`widespread`).
MIN_SPREAD_PIECES = 4
SPREAD_RATE = 0.1


class _Suspect(Protocol):
    """What the functions here read of an occurrence."""

    paragraph: int
    start: int
    end: int
    piece: str
    after: bool
    word: bool
    ext: bool
    bound: bool
    score: float
    seam: int


_S = TypeVar("_S", bound=_Suspect)


class _Cut(_Suspect, Protocol):
    """What :func:`names` reads of an occurrence besides."""

    junc: int
    bind: int


def reach(paragraphs: Sequence[str], occurrences: Sequence[_Suspect], last: int, threshold: float,
          marks: frozenset[str]) -> int:
    """The last paragraph the spam reaches: ``last`` (the last with a sure insertion), or a
    later one while each prose paragraph after it holds suspects (occurrences right after one of
    ``marks``, not running on into the headline nor bound to what follows, scoring
    ``threshold`` or more) at the rate of the paragraphs up to ``last``, by a likelihood ratio
    against :data:`PROSE_RATE` of at least :data:`MIN_LIKELIHOOD_RATIO`. Paragraphs without
    marks (headings), or with one closing them and no suspect (a heading or a label ending in
    a colon, 参考资料：; a one-sentence line), are passed over: spam at marks skips such a line
    by chance, and the paragraphs after it show whether it goes on."""
    if last < 0:
        return last
    counts: dict[int, int] = {}
    for o in _suspects(occurrences, threshold):
        counts[o.paragraph] = counts.get(o.paragraph, 0) + 1
    at_rate = _at_rate(paragraphs, counts, last, marks)
    if at_rate is None:
        return last
    reached = last
    for p in range(last + 1, len(paragraphs)):
        n_marks = sum(1 for c in paragraphs[p] if c in marks)
        if not n_marks:
            continue
        k = counts.get(p, 0)
        if not k and n_marks == 1 and paragraphs[p].rstrip()[-1:] in marks:
            continue
        if not k or not at_rate(k, n_marks):
            break
        reached = p
    return reached


def _suspects(occurrences: Sequence[_S], threshold: float) -> list[_S]:
    """The occurrences right after a mark, not running on into the headline nor bound to what
    follows, scoring ``threshold`` or more."""
    return [o for o in occurrences if o.after and not o.ext and not o.bound and o.score >= threshold]


def _at_rate(paragraphs: Sequence[str], counts: dict[int, int], last: int,
             marks: frozenset[str]) -> Callable[[int, int], bool] | None:
    """Whether ``k`` suspects at a paragraph's ``n`` marks come at the rate of the paragraphs up to
    ``last`` (``counts``: suspects by paragraph), by a likelihood ratio against
    :data:`PROSE_RATE` of at least :data:`MIN_LIKELIHOOD_RATIO`; None where that rate is prose's."""
    seen = _marks_in("".join(paragraphs[:last + 1]), marks)
    rate = min(MAX_RATE, sum(n for p, n in counts.items() if p <= last) / max(seen, 1))
    if rate <= PROSE_RATE:
        return None
    up, down = rate / PROSE_RATE, (1 - rate) / (1 - PROSE_RATE)
    return lambda k, n: up ** k * down ** (n - k) >= MIN_LIKELIHOOD_RATIO


#: Distinct pieces of the spam a paragraph past the spam's reach must hold at its marks for
#: them to be read as the spam's (:func:`past_reach`).
MIN_PAST_PIECES = 2


def past_reach(paragraphs: Sequence[str], occurrences: Sequence[_S], last: int, threshold: float,
               marks: frozenset[str]) -> set[int]:
    """The ids of the suspects (right after one of ``marks``, not running on into the headline
    nor bound to what follows, scoring ``threshold`` or more) in paragraphs after ``last`` (the
    last the spam reaches, :func:`reach`) that are the spam's all the same: those of a paragraph
    whose suspects come at the rate of the paragraphs up to ``last`` and are of
    :data:`MIN_PAST_PIECES` distinct pieces or more, each piece a suspect up to ``last`` too.
    Spam in random order passes over a paragraph now and then, and :func:`reach` stops at the
    first it passes over; an article opens a clause with a headline word of its subject further
    down, seldom with two of the spam's in one paragraph, and then at the rate of prose
    (``，[文案]人员先发想概念、[写好]广告语…`` at two of nine marks, on a page stuffed at nine
    marks of ten)."""
    suspects = _suspects(occurrences, threshold)
    spam = {o.piece for o in suspects if o.paragraph <= last}
    counts: dict[int, int] = {}
    for o in suspects:
        counts[o.paragraph] = counts.get(o.paragraph, 0) + 1
    later: dict[int, list[_S]] = {}
    for o in suspects:
        if o.paragraph > last and o.piece in spam:
            later.setdefault(o.paragraph, []).append(o)
    at_rate = _at_rate(paragraphs, counts, last, marks) if later else None
    if at_rate is None:
        return set()
    return {id(o) for p, found in later.items() if len({o.piece for o in found}) >= MIN_PAST_PIECES
            and at_rate(counts[p], sum(1 for c in paragraphs[p] if c in marks)) for o in found}


def strays(run: Sequence[_Suspect], live: Sequence[_Suspect], inside: float, sure: float,
           midword: Collection[str]) -> list[_Suspect]:
    """The cuts right after a mark (no word, not running on into the headline nor bound to what
    follows) scoring ``sure`` or more that a cyclic ``run`` leaves out, overlapping none of it:
    spam that cycles through the headline puts pieces out of turn too (``，[好这]草草了之`` where
    the run expects another). Only pieces of ``midword``, those beginning half-way into one of
    the headline's words (好这 of 过不好|这, 禁黑 of 封禁|黑产): an article opens no clause so,
    while it may with the head of a longer unit (，古村修好了 of 古村落; measured on the injected
    real dumps, seeds 1-4: 坚定实 of 坚定实施 taken without the model); and not a piece the page
    writes on its own inside a clause at a score under ``inside`` (no stretch of the headline,
    滨江新区 holding 江新): a name of the article's."""
    cells = {(o.paragraph, k) for o in run for k in range(o.start, o.end)}
    own = {o.piece for o in live if not o.after and not o.ext and o.score < inside}
    return [o for o in live if o.after and not o.word and not o.ext and not o.bound and o.score >= sure
            and o.piece in midword and o.piece not in own
            and not any((o.paragraph, k) in cells for k in range(o.start, o.end))]


def widespread(paragraphs: Sequence[str], at_marks: Sequence[_Suspect], marks: frozenset[str]) -> bool:
    """Whether the suspects at marks (``at_marks``) are of :data:`MIN_SPREAD_PIECES` pieces or
    more, at least one for every ``1 / SPREAD_RATE`` of the page's ``marks``: headline words put in
    front of clauses in random order (陳屍 宮旁 重度 馬公 男子 殘障 at 21 marks). An article opens
    its clauses with its headline's subject again and again, not with one headline word after
    another (measured over the corpus, the fixtures, the real pages, their dumps and
    ``make_dirty.py`` seeds 1-4's controls: four pieces or more at 0.061 of the marks at most,
    山西 巴西 投资 启动 南美站 at 82; the injected real dumps' pages shut so, 0.105 to 1)."""
    distinct = len({o.piece for o in at_marks})
    # The marks counted over the page at once (one C count a mark, not one a mark and paragraph).
    return distinct >= MIN_SPREAD_PIECES and distinct >= SPREAD_RATE * _marks_in("".join(paragraphs), marks)


#: Pieces among the suspects at marks that, beside a cut half-way into a headline word, make a
#: page stuffed (see :func:`halfway_cut`) ...
MIN_HALFWAY_PIECES = 2
#: ... in a headline this many CJK characters longer than those pieces: a piece more, and the two
#: characters the spam's cut may leave off its end (新手的 巧妙用 of 新手的巧妙用法 is the whole
#: headline, whose two words an article writes again and again: 巧妙用好, 巧妙用法).
HALFWAY_MORE = 4


def halfway_cut(paragraphs: Sequence[str], at_marks: Sequence[_Suspect], cuts: Iterable[_Suspect],
                halfway: Collection[str], headline: int) -> bool:
    """Whether suspects at marks (``at_marks``) of :data:`MIN_HALFWAY_PIECES` pieces, in a
    headline of ``headline`` CJK characters (:data:`HALFWAY_MORE` more than theirs), stand beside
    a certain cut at a mark (one of ``cuts``) half-way into a word of the headline's (one of
    ``halfway``: ``Model.splitting``, ``Model.straddling``: 防汛应 of 防汛|应急) that makes no
    word of the list with what follows (``，[防汛应]各地各部门``): no name the list does not know
    stands so, and an article opens no clause with one. Not ``。[鱼苗入]水后`` (of 鱼苗|入库): the
    article's own 鱼苗 and 入水, whose edge only falls where the headline's cut does."""
    pieces = {o.piece for o in at_marks}
    return len(pieces) >= MIN_HALFWAY_PIECES and headline >= len("".join(pieces)) + HALFWAY_MORE and any(
        o.piece in halfway and not bridged(o.piece, paragraphs[o.paragraph][o.end:o.end + 3]) for o in cuts)


#: A piece right after one of these marks, with Latin text on both sides, stands alone in a
#: line of another script (see :func:`in_latin`).
LATIN_MARKS = frozenset(",;:")
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9.)\]]")
_LATIN_AFTER = re.compile(r" *[A-Za-z]")


def in_latin(text: str, start: int, end: int) -> bool:
    """Whether the piece ``text[start:end]`` stands alone in Latin text: right after an ASCII
    comma, semicolon or colon that follows a Latin letter, a digit, a full stop or a closing
    bracket, and followed (past spaces) by a Latin letter (``Lee,[新秀] and``, ``Radford,[优雅]
    Karthik``: a reference list in English). Chinese prose that quotes English does not open
    a clause of it with a Chinese word; spam put after every comma does (measured on the dumps
    of the project's real pages: none on their controls, 151 on the stuffed dumps of seeds 1-4,
    all stuffed)."""
    return start >= 2 and text[start - 1] in LATIN_MARKS and bool(_LATIN_BEFORE.match(text[start - 2])) \
        and bool(_LATIN_AFTER.match(text, end))


@functools.lru_cache(maxsize=1)
def may_not_start() -> frozenset[str]:
    """The characters :func:`cannot_start` reads as one of :data:`_NO_START`: those and the
    traditional forms that :func:`cleaner.lm.simplify` makes one of them (們 of 们)."""
    return _NO_START | frozenset(chr(t) for t, s in simplify_table().items() if chr(s) in _NO_START)


def cannot_start(text: str, i: int, words: Collection[str], marks: frozenset[str]) -> bool:
    """Whether a clause cannot begin at ``text[i]``: one of ``marks``, or a bound particle that
    begins none of ``words`` there (的 of 的销量, not 过 of 过去)."""
    if text[i:i + 1] not in may_not_start():   # most clauses: one set lookup, no simplify()
        return False
    head = simplify(text[i:i + 4])  # 們 as 们, 過去 as 过去
    return bool(head) and head[0] in _NO_START and (
        head[0] in marks or not any(head[:k] in words for k in (2, 3, 4) if k <= len(head)))


def off_habit(paragraphs: Sequence[str], occurrences: Sequence[_Suspect], sure: float,
              closing: frozenset[str]) -> list[_Suspect]:
    """The occurrences right after a closing quote or bracket (one of ``closing``) on a page
    whose sure insertions at marks (scoring ``sure`` or more) are :data:`MIN_HABIT` or more and
    never follow one: this page's spam goes after clause marks, while the text after a closing
    quote is the article's own (“……。”茶农小罗说…)."""
    at_marks = [o for o in occurrences if o.after and not o.ext and o.score >= sure]
    if len(at_marks) < MIN_HABIT or any(_before(paragraphs, o) in closing for o in at_marks):
        return []
    return [o for o in occurrences if o.after and _before(paragraphs, o) in closing]


def _before(paragraphs: Sequence[str], o: _Suspect) -> str:
    """The character before ``o`` in its paragraph ("" at its start)."""
    return paragraphs[o.paragraph][o.start - 1] if o.start else ""


def held_at_marks(paragraphs: Sequence[str], occurrences: Sequence[_Cut],
                  marks: frozenset[str], longer: Callable[[str], bool] = lambda _: False,
                  ) -> list[_Suspect]:
    """The occurrences right after a mark whose piece, with the character after it (any digit
    for a digit), stands elsewhere in the page other than right after a mark: the article's own
    phrasing, which it writes inside its clauses too (，出口812.7亿元 on a page that also writes
    一般贸易出口905亿元). Spam put in front of a clause makes a pair the page seldom holds anywhere
    else (measured on ``make_dirty.py`` seeds 1-2, occurrences at marks on stuffed pages: 84 of
    494 legitimate ones are held so, 20 of 3,217 stuffed ones). The piece must stand there as
    itself: where ``longer`` says the character before it makes a longer stretch of the headline
    (进|出口增长 for a stuffed ，出口增长7.9%), it is part of another word (measured on seeds 1-4:
    +1 exact page with the context model, +1 without, no character more lost). Nor does a copy
    of the piece inside a clause that itself reads as put there (its neighbours side by side
    elsewhere in the page, or a word of the list split by it: ``seam`` above 0, ``junc``): spam
    stuffed at marks and inside clauses alike makes its own pairs (，方案是很难… held by
    报表方案是否…, both stuffed; measured on the injected real dumps, seeds 1-2: 9 stuffed words at
    marks no longer held, none of the article's own). Nor a piece standing between two marks that
    end sentences (``。[行业]。``): its pair with the mark is no phrasing."""
    at_marks = [o for o in occurrences if o.after and not o.ext and o.word]
    if not at_marks:
        return []
    joined = "\n".join(paragraphs)
    digits = ""   # the page with each digit as 0, made only for a piece followed by a digit
    base = [0]
    for text in paragraphs:
        base.append(base[-1] + len(text) + 1)
    # The places of copies inside clauses that read as put there, made for the first place of a
    # pair not after a mark (most pairs stand only where the word at a mark stands).
    put: set[tuple[int, str]] | None = None
    seen: dict[str, bool] = {}
    held: list[_Suspect] = []
    for o in at_marks:
        end = base[o.paragraph] + o.start + len(o.piece)
        if end >= len(joined) or joined[end] == "\n" or (
                joined[end] in SENTENCE_ENDS and joined[end - len(o.piece) - 1] in SENTENCE_ENDS):
            continue   # ... a sentence of its own (。行业。): a word ends sentences anywhere
        # Pieces hold no digit: a pair not ending in one stands where it stands in the page as
        # written (only the character before it is read as a digit class).
        page = joined
        if joined[end] in _DIGITS:
            page = digits = digits or _DIGIT.sub("0", joined)
        pair = o.piece + page[end]
        found = seen.get(pair)
        if found is None:
            found = False
            for at in _places(page, pair):
                if at == 0 or (page[at - 1] not in marks
                               and not longer(("0" if page[at - 1] in _DIGITS else page[at - 1]) + o.piece)):
                    if put is None:
                        put = {(base[x.paragraph] + x.start, x.piece) for x in occurrences
                               if not x.after and not x.ext and (x.seam > 0 or x.junc)}
                    if (at, o.piece) not in put:
                        found = True
                        break
            seen[pair] = found
        if found:
            held.append(o)
    return held


def held_apart(paragraphs: Sequence[str], occurrences: Sequence[_Cut], inside: Sequence[_Cut],
               ) -> tuple[list[_Cut], list[_Cut]]:
    """``inside`` (occurrences inside clauses) split into those whose seam :func:`held_at_marks`
    reads over ``occurrences`` and the others: only a copy of the pair it looks for (the piece
    of a word at a mark and the character after it) can stand in its way, with a seam above 0."""
    # A pair as the piece and the character after it in its paragraph, any digit as 0.
    asked: dict[str, set[str]] = {}
    for o in occurrences:
        if o.after and not o.ext and o.word:
            after = paragraphs[o.paragraph][o.end:o.end + 1]
            asked.setdefault(o.piece, set()).add("0" if after in _DIGITS else after)
    read: list[_Cut] = []
    unread: list[_Cut] = []
    for o in inside:
        after = paragraphs[o.paragraph][o.end:o.end + 1] if o.piece in asked else ""
        (read if after and ("0" if after in _DIGITS else after) in asked[o.piece] else unread).append(o)
    return read, unread


def _places(text: str, pair: str) -> Iterator[int]:
    """Where ``pair`` stands in ``text``, without overlaps (as ``re.finditer`` finds a literal),
    by ``str.find``: no pattern compiled for each pair."""
    at = text.find(pair)
    while at >= 0:
        yield at
        at = text.find(pair, at + len(pair))


def names(occurrences: Sequence[_Cut], split: int, straddling: Collection[str] = ()) -> list[_Cut]:
    """Count as words the cuts the text itself uses as words: a name the dictionary does not
    know (于欢, 逆水寒) is cut apart by the word model, but the article writes it inside its
    clauses again and again, never splitting a word (a ``junc`` of ``split`` or more); a
    spammer's cut sits at marks, or splits words when it goes inside clauses. Not a cut in
    ``straddling`` (half-way into one of the headline's units to half-way into the next, one
    a word of the list: 瓶出 of 保溫瓶|出庭; or a whole unit and half the next word, 秘魯五 of
    秘魯|五部曲): no name is cut so, and spam put inside clauses between words writes such a cut
    there again and again. Returns those it counts so."""
    plain: dict[str, int] = {}
    at_mark: dict[str, int] = {}
    splits: set[str] = set()
    for o in occurrences:
        if o.word or o.ext:
            continue
        if o.junc >= split:
            splits.add(o.piece)
        elif o.after:
            at_mark[o.piece] = at_mark.get(o.piece, 0) + 1
        elif not o.bind:
            plain[o.piece] = plain.get(o.piece, 0) + 1
    named: list[_Cut] = []
    for o in occurrences:
        n = plain.get(o.piece, 0)
        if not o.word and o.piece not in splits and o.piece not in straddling \
                and n >= MIN_NAME_USES and n >= at_mark.get(o.piece, 0):
            o.word = True
            named.append(o)
    return named


def held_names(occurrences: Sequence[_Cut], split: int, unread: Collection[str]) -> list[_Cut]:
    """Count as words the cuts of ``unread`` (standing within one of the headline's units, where
    the word list cannot tell a cut from a word it does not know: 观鸟 of 观鸟步道, 河长 of
    河长巡河) that the text writes inside one of its clauses held there, its characters making
    words with their neighbours (``bind``: 三座观鸟屋), splitting no word. The article names its
    own things so (:func:`cleaner.injection._judge` asks it only of whether the page is
    stuffed: spam binds by chance as it goes). Returns those."""
    held = held_pieces(occurrences, split, unread)
    named: list[_Cut] = []
    for o in occurrences:
        if o.piece in held and not o.word and o.junc < split:
            o.word = True
            named.append(o)
    return named


def held_pieces(occurrences: Sequence[_Cut], split: int, unread: Collection[str]) -> set[str]:
    """The pieces :func:`held_names` counts as words (most pages: none)."""
    return {o.piece for o in occurrences if o.piece in unread and o.bind and not o.word and not o.ext
            and not o.after and o.junc < split}


def midway(text: str, start: int, end: int, forms: str, entering: Collection[str],
           pieces: Collection[str]) -> bool:
    """Whether the piece ``text[start:end]``, right after a mark, runs on into the headline (one
    of the NUL-separated ``forms``) by one character only, the first of the headline's next unit
    of two or more (``entering``: the stretches ending so), and what follows begins no piece.

    A piece the spam put in front of a clause runs on into the headline by chance, a character
    (吐量|创历史 of 吞吐量创新高, 提醒|防止 of 提醒防范, 首届|海风 of 首届海湾); the article's own
    phrase runs on through the headline's next word (课后|服务, 招聘|会) or stays inside the
    piece's own unit (蘇麻喇|姑 of 蘇麻喇姑). What follows must begin no piece: spam put inside
    the article's phrase cuts it short too (南延段开|段开通)."""
    stretch = text[start:end + 1]
    if stretch not in entering or text[start:end + 2] in forms:
        return False
    return not any(text[end + 1:end + 1 + k] in pieces for k in (2, 3))


def naming(paragraphs: Sequence[str], occurrences: Sequence[_Suspect], cycle: Sequence[str],
           marks: frozenset[str]) -> set[tuple[int, int]]:
    """The places, (paragraph, start), of the occurrences right after a mark whose clause (up to
    the next of ``marks``) goes on to name a piece that follows theirs in ``cycle``: the article
    naming what its headline names (，江城|河滨夜市重新开张), where the spam's copy of the piece
    goes on with text of its own (see :func:`cleaner.cycle.chain`)."""
    follow: dict[str, set[str]] = {}
    for q, piece in enumerate(cycle):
        follow.setdefault(piece, set()).add(cycle[(q + 1) % len(cycle)])
    clause = re.compile(f"[^{re.escape(''.join(sorted(marks)))}]*")
    named: set[tuple[int, int]] = set()
    for o in occurrences:
        if o.after and o.piece in follow:
            rest = clause.match(paragraphs[o.paragraph], o.start + len(o.piece)).group()  # type: ignore[union-attr]
            if any(p in rest for p in follow[o.piece]):
                named.add((o.paragraph, o.start))
    return named


def mark_places(paragraphs: Sequence[str], occurrences: Sequence[_Suspect],
                marks: frozenset[str]) -> list[int]:
    """Where each occurrence stands, counted in ``marks`` from the top of the page (the places
    :func:`cleaner.cycle.trim` reads)."""
    base = [0]
    for text in paragraphs:
        base.append(base[-1] + _marks_in(text, marks))
    return [base[o.paragraph] + _marks_in(paragraphs[o.paragraph][:o.start], marks) for o in occurrences]


def _marks_in(text: str, marks: frozenset[str]) -> int:
    """How many of ``marks`` ``text`` holds (a C count per mark, not a Python step per character)."""
    return sum(map(text.count, marks))


@functools.lru_cache(maxsize=4)
def _any_of(marks: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of ``marks`` (made once for a set of marks, not on every call). The
    sets are the callers' constants, not a page's: a memo this small is kept between the pages of
    a crawl, as scripts/bench.py's LOADER_MEMO keeps a process's; one of 64 was emptied with the
    pages' memos, and each page counted compiled the pattern again (~2.5 M instructions)."""
    return re.compile(f"[{re.escape(''.join(sorted(marks)))}]")


def _ranked(pieces: Iterable[str]) -> tuple[list[str], dict[str, tuple[int, list[tuple[str, int]]]]]:
    """``pieces`` ranked shorter first, and grouped by their first two characters: the rank of
    the piece that is those two (-1 for none), and the longer ones with their ranks
    (:func:`piece_places`): sorted by the pieces, then stably by length, both keys at C level (no
    key tuple made by a Python call a piece), and a group's list made only for a new head, not for
    ``setdefault`` at every piece. Made once a page and not kept: a crawl's headlines are all
    new (4 of its 115 repairs asked again, for a site's own title), and a memo of 256 kept each
    answer's lists and tuples for the garbage collector to walk (``occcost5``: the 115 repairs
    replayed 581.19 -> 578.03 M, all of it ``gc``)."""
    ranked = sorted(sorted(pieces), key=len)
    heads: dict[str, tuple[int, list[tuple[str, int]]]] = {}
    for rank, piece in enumerate(ranked):
        # A piece of two is its own head, and opens its group: the pieces are distinct, and
        # ranked shorter first (no slice, no lookup: 14.21 -> 12.36 M over a crawl's 115 repairs).
        if len(piece) <= 2:
            heads[piece] = (rank, [])
        elif (group := heads.get(head := piece[:2])) is None:
            heads[head] = (-1, [(piece, rank)])
        else:
            group[1].append((piece, rank))
    return ranked, heads


def piece_places(paragraphs: Sequence[str], pieces: Iterable[str], marks: frozenset[str],
                 ) -> list[tuple[int, int, str]]:
    """Every occurrence of one of ``pieces`` (distinct; overlaps included) in the paragraphs
    holding one of ``marks`` (prose), as (paragraph, start, piece), in text order, the shorter
    piece first at one start. Where the injection repair looks for a headline's pieces.

    The pieces are found by ``str.find`` at C level over the paragraphs joined by a line break
    (a piece holds none), one scan for all the pieces that open with the same two characters:
    a page that writes its headline's characters everywhere costs one step an occurrence, not
    one a character, and no regex is compiled anew for every headline.

    >>> piece_places(["甲乙甲乙，", "甲乙"], ["甲乙", "乙甲", "甲乙甲"], frozenset("，"))
    [(0, 0, '甲乙'), (0, 0, '甲乙甲'), (0, 1, '乙甲'), (0, 2, '甲乙')]
    """
    kept, ranked, found = piece_hits(paragraphs, pieces, marks)
    n = len(ranked)
    out: list[tuple[int, int, str]] = []
    k, base, end = 0, 0, len(paragraphs[kept[0]]) if kept else 0
    for at, rank in map(divmod, found, itertools.repeat(n)):
        while at > end:   # past paragraph k and its line break
            k += 1
            base, end = end + 1, end + 1 + len(paragraphs[kept[k]])
        out.append((kept[k], at - base, ranked[rank]))
    return out


def piece_hits(paragraphs: Sequence[str], pieces: Iterable[str], marks: frozenset[str],
               ) -> tuple[list[int], list[str], list[int]]:
    """What :func:`piece_places` reads its places from: the prose paragraphs' indices, the
    pieces ranked, and each place as ``at * len(ranked) + rank`` in order, ``at`` counted in the
    prose paragraphs joined by a line break (a caller that reads most places for one test
    only maps them to their paragraphs itself: no tuple a place)."""
    # The prose paragraphs: most hold a comma or a full stop, told by ``in`` (a scan in C to the
    # first, no call), the others by a regex search for any of the marks (~2.4 k instructions a
    # call, most of it the call: the search itself stops at the first mark).
    search, numbered = _any_of(marks).search, _NUMBERED.match
    # ... not a heading numbered ahead, whose only mark is its numeral's (三：估值; a short line):
    # both told in one pass (no second list walked).
    if "，" in marks and "。" in marks:
        kept = [k for k, text in enumerate(paragraphs) if ("，" in text or "。" in text or search(text)) and (
            len(text) > HEADING_MAX or not (head := numbered(text)) or search(text, head.end()))]
    else:
        kept = [k for k in itertools.compress(range(len(paragraphs)), map(search, paragraphs))
                if len(text := paragraphs[k]) > HEADING_MAX or not (head := numbered(text)) or search(text, head.end())]
    joined = "\n".join(paragraphs[k] for k in kept)
    ranked, heads = _ranked(pieces)
    n = len(ranked)
    # One scan of the page for the pieces' first two characters (a piece of three mostly shares
    # them with one of two), the longer pieces told by ``startswith`` at each place.
    found: list[int] = []
    for head, (short, longer) in heads.items():
        at = joined.find(head)
        if short >= 0 and len(longer) == 1:
            # Most heads: a piece of two and one of three on it (1,720 of a crawl's 1,977), the
            # loop over the groups spelt out (no list walked at each place).
            ((piece, rank),) = longer
            step = rank - short
            while at >= 0:
                found.append(here := at * n + short)
                if joined.startswith(piece, at):
                    found.append(here + step)
                at = joined.find(head, at + 1)
            continue
        while at >= 0:
            here = at * n
            if short >= 0:
                found.append(here + short)
            for piece, rank in longer:
                if joined.startswith(piece, at):
                    found.append(here + rank)
            at = joined.find(head, at + 1)
    found.sort()
    return kept, ranked, found
