"""The language models the injection repair reads: a word list, and a word trigram model.

- **The word list** (always there): jieba's dictionary as a unigram word model (:func:`lexicon`,
  :func:`cost`, :func:`segment`, :func:`bridged`, and what it reads of a headline:
  :func:`unit_bounds`, :func:`known_share`). It tells a cut across words (年厦) from a
  word (都市) and measures how much a piece binds to its neighbours. The list is of simplified
  Chinese: every lookup reads traditional characters as their simplified forms, one for one
  (:func:`simplify`: OpenCC's character table from ``opencc-python-reimplemented``, a
  dependency of the package; the project's own short table where it cannot be read), so a Taiwan or Hong Kong
  headline is cut into words as its simplified twin is (垃圾徵費 -> 垃圾|征费).
- **The context model** (optional): a KenLM binary word trigram model of modern Chinese, read by
  the ``kenlm`` module (``pip install 'cleaner[lm]'``). Where it is, precedence first
  (:func:`find`): ``CleanerConfig.language_model``; the ``CLEANER_LM`` environment variable;
  :data:`DEBIAN_MODEL`, where Debian's ``libime-data-language-model`` installs ``zh_CN.lm`` (the
  model behind the fcitx5 input method). An empty string, in either place, turns it off. It is
  opened once per process, lazily (mmap: ~10 ms, pages read as they are touched), and only the
  path travels with the config, so everything stays picklable. :meth:`ContextModel.gain` says how
  much more likely a clause reads with a piece taken out than with it in.

Without jieba the word list is empty; without kenlm or the model file :func:`load` gives
``None``; the repair runs on what is there.
"""

from __future__ import annotations

import functools
import logging
import itertools
import math
import os
import re
from collections.abc import Callable, Collection
from typing import Any

__all__ = ["DEBIAN_MODEL", "ENV_VAR", "ContextModel", "bridged", "cost", "find", "lexicon",
           "known_share", "load", "segment", "simplify", "simplify_table", "traditional", "unit_bounds",
           "units_of", "digit_gaps"]

log = logging.getLogger(__name__)

#: Words of the dictionary rarer than this are ignored (jieba's long tail holds odd entries).
MIN_WORD_FREQ = 3
#: Cost of a character the word list does not know (its costs are -8 ln p; the rarest
#: dictionary entries cost about 135).
UNKNOWN_COST = 150
#: Where Debian's libime-data-language-model puts its model.
DEBIAN_MODEL = "/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm"
#: The environment variable that names a model file ("" turns the model off).
ENV_VAR = "CLEANER_LM"
#: Longest word the context model's segmentation tries (its vocabulary holds words of 1-4
#: characters and a few longer names).
MAX_WORD = 4
#: log10 probability given to a character the context model does not know, in segmentation
#: only (below its ``<unk>`` score, so known words win).
UNKNOWN_CHAR = -12.0
#: Strings whose word-list cost (:func:`cost`) and bridging (:func:`bridged`) a process keeps:
#: the injection repair asks about the same few characters around each occurrence of a headline
#: piece, page after page (a string of a few characters is a few hundred bytes in the cache).
COST_CACHE = 1 << 16
#: Headline parts whose segmentation a process keeps (:func:`segment`).
SEGMENT_CACHE = 1024
#: Characters with a simplified form that make a text traditional (:func:`traditional`).
MIN_TRADITIONAL = 2
#: Runs of CJK characters.
#: The CJK ideographs the injection code reads (a character class body, for building patterns).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK}]+")
#: One CJK ideograph (the injection code's per-character tests).
IS_CJK = re.compile(f"[{CJK}]")
#: ... and runs of digits or Latin letters (:func:`digit_gaps`).
_CJK_OR_ALNUM = re.compile(_CJK.pattern + r"|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")

# --------------------------------------------------------------------------------------------
# The word list
# --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    """jieba's dictionary as a unigram word model: word of 1-4 characters -> its cost,
    ``-8 ln p`` rounded (an int below 256, so the values are Python's shared small ints).

    Only jieba's word list is used, not its tokenizer: reading it takes ~0.5 s (≈70 MB) once per
    process, writes no cache file and keeps nothing but this dict. Without jieba the dict is
    empty and the detector falls back to the page's own evidence (order and punctuation),
    removing less.
    """
    try:
        from importlib.resources import files
        rows: list[tuple[str, int]] = []
        total = 0
        with (files("jieba") / "dict.txt").open("r", encoding="utf-8") as handle:
            for line in handle:
                word, _, rest = line.partition(" ")
                freq = int(rest.split(" ", 1)[0] or 0)
                total += freq
                if len(word) <= 4 and freq >= MIN_WORD_FREQ:
                    rows.append((word, freq))
        log_total = math.log(total)
        return {w: min(255, round(8 * (log_total - math.log(f)))) for w, f in rows}
    except (ImportError, OSError, ValueError, TypeError) as err:
        log.debug("no word list for injection repair: %s", err)
        return {}


@functools.lru_cache(maxsize=1)
def simplify_table() -> dict[int, int]:
    """Traditional character -> its simplified form, for ``str.translate``: the one-for-one
    entries of OpenCC's ``TSCharacters.txt`` (its first choice), else the project's own table
    of the characters of marker words and surnames (:data:`cleaner.patterns.TRADITIONAL_CHARS`)."""
    from .patterns import SIMPLIFIED_BODY_CHARS, SIMPLIFIED_CHARS, TRADITIONAL_BODY_CHARS, TRADITIONAL_CHARS
    table = {ord(t): ord(s) for t, s in zip(TRADITIONAL_CHARS + TRADITIONAL_BODY_CHARS,
                                             SIMPLIFIED_CHARS + SIMPLIFIED_BODY_CHARS)}
    try:
        from importlib.resources import files
        with (files("opencc") / "dictionary" / "TSCharacters.txt").open("r", encoding="utf-8") as handle:
            for line in handle:
                trad, _, forms = line.rstrip("\n").partition("\t")
                simple = forms.split(" ", 1)[0]
                if len(trad) == 1 and len(simple) == 1:
                    table[ord(trad)] = ord(simple)
    except (ImportError, OSError, ValueError, TypeError) as err:
        log.warning("no OpenCC character table (opencc-python-reimplemented): %s", err)
    return table


@functools.lru_cache(maxsize=1)
def _simplifiable() -> Callable[[str], re.Match[str] | None]:
    """The search for a character :func:`simplify` may change (one of :func:`simplify_table`, or
    any beyond the BMP, where the table has a few hundred): a string without one is its own
    simplified form, as most the word list is asked about are. ``str.translate`` makes and drops
    a KeyError for each character it keeps: on the strings the injection repair asks about it
    costs ~7x this search."""
    body = "".join(re.escape(chr(c)) for c in sorted(simplify_table()) if c < 0x10000)
    return re.compile(f"[{body}\U00010000-\U0010ffff]").search


def simplify(text: str) -> str:
    """``text`` with traditional characters made simplified, one for one (positions kept): the
    form in which the word list, of simplified Chinese, is looked up.

    >>> simplify("記者來源：中央社")
    '记者来源：中央社'
    """
    return text.translate(simplify_table()) if _simplifiable()(text) else text


def traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (:data:`MIN_TRADITIONAL` of them
    with a simplified form): the context model, of simplified Chinese, misreads it."""
    return sum(a != b for a, b in zip(text, simplify(text))) >= MIN_TRADITIONAL


@functools.lru_cache(maxsize=COST_CACHE)
def cost(text: str) -> int:
    """The cost of ``text`` under the word list's best segmentation (lower: more likely).

    Cached: a pure function of ``text`` for the process's word list (:func:`lexicon` is read
    once), asked about the same short strings again and again."""
    get = lexicon().get
    if _simplifiable()(text):
        text = text.translate(simplify_table())
    # The DP over words of 1-4 characters ending at each position, written out by length (no
    # inner loop, no min(): most strings are a few characters, and a crawl meets each once).
    best = [0]
    for i in range(1, len(text) + 1):
        b = best[i - 1] + get(text[i - 1], UNKNOWN_COST)
        if i > 1:
            c = get(text[i - 2:i])
            if c is not None and best[i - 2] + c < b:
                b = best[i - 2] + c
            if i > 2:
                c = get(text[i - 3:i])
                if c is not None and best[i - 3] + c < b:
                    b = best[i - 3] + c
                if i > 3:
                    c = get(text[i - 4:i])
                    if c is not None and best[i - 4] + c < b:
                        b = best[i - 4] + c
        best.append(b)
    return best[-1]


def segment(text: str) -> list[int]:
    """Word boundaries of ``text`` (0 and ``len(text)`` included) under the word list."""
    return list(_segment(text))


@functools.lru_cache(maxsize=SEGMENT_CACHE)
def _segment(text: str) -> tuple[int, ...]:
    """:func:`segment`, cached (immutable): a headline's parts are segmented once for what it
    knows of them (:func:`known_share`) and once for its units (:func:`unit_bounds`)."""
    get = lexicon().get
    if _simplifiable()(text):
        text = text.translate(simplify_table())
    n = len(text)
    best = [0]
    back = [0]
    for i in range(1, n + 1):  # as :func:`cost`, written out by length
        b, at = best[i - 1] + get(text[i - 1], UNKNOWN_COST), i - 1
        if i > 1:
            c = get(text[i - 2:i])
            if c is not None and best[i - 2] + c < b:
                b, at = best[i - 2] + c, i - 2
            if i > 2:
                c = get(text[i - 3:i])
                if c is not None and best[i - 3] + c < b:
                    b, at = best[i - 3] + c, i - 3
                if i > 3:
                    c = get(text[i - 4:i])
                    if c is not None and best[i - 4] + c < b:
                        b, at = best[i - 4] + c, i - 4
        best.append(b)
        back.append(at)
    cuts = [n]
    while cuts[-1] > 0:
        cuts.append(back[cuts[-1]])
    return tuple(cuts[::-1])


@functools.lru_cache(maxsize=COST_CACHE)
def bridged(left: str, right: str) -> bool:
    """Whether a word of the list (2-4 characters) runs across ``left|right`` (cached, as
    :func:`cost`)."""
    if not left or not right:
        return False
    # The six joins of up to 3 characters of ``left`` and 1-3 of ``right``, at most 4 in all,
    # written out as slices of the two sides' ends joined and simplified in one call (one for
    # one: ``left``'s part ends at k): the last 1, 2 or 3 characters before k and 1-3, 1-2 or 1
    # after it (a slice past either end is a shorter join, itself one of the six).
    words = lexicon()
    k = len(left) if len(left) < 3 else 3
    s = left[-3:] + right[:3]
    if _simplifiable()(s):
        s = s.translate(simplify_table())
    a = k - 1
    b = a - 1 if a else 0
    return (s[a:k + 1] in words or s[a:k + 2] in words or s[a:k + 3] in words
            or s[b:k + 1] in words or s[b:k + 2] in words or s[:k + 1] in words)


def opened(text: str, start: int, piece: str) -> str:
    """The longest word of the list (up to :data:`MAX_WORD` characters) that ``text`` writes
    from ``start`` on beginning with ``piece`` and longer than it, or "" (新能|源汽车: 新能源).

    >>> opened("，新能源汽车", 1, "新能")  # doctest: +SKIP
    '新能源'
    """
    words = lexicon()
    for size in range(MAX_WORD, len(piece), -1):
        word = text[start:start + size]
        if len(word) == size and word.startswith(piece) and simplify(word) in words:
            return word
    return ""


def known_share(headlines: tuple[str, ...]) -> float:
    """Share of the headlines' CJK characters that the word list reads as words of two or more
    characters (1.0 for headlines with none)."""
    known = total = 0
    for headline in headlines:
        parts = _CJK.findall(headline)
        known += units_of(parts)[1]
        total += sum(map(len, parts))
    return known / total if total else 1.0


def unit_bounds(seq: str, headline: str) -> frozenset[int]:
    """Where the headline's units begin and end (positions in its CJK sequence ``seq``): its
    words as the word model segments it, runs of characters no word covers (an unknown name
    such as 厦漳泉 is one unit), and whatever else (digits, quotes, spaces) separates them."""
    return frozenset(units_of(_CJK.findall(headline))[0]) | {len(seq)}


def units_of(parts: list[str]) -> tuple[list[int], int]:
    """:func:`unit_bounds` of a headline whose CJK runs are ``parts``, in order (each once), and
    how many of their characters :func:`known_share` counts: one walk over the segmentations
    for both (a headline's bounds are made in order: no set, no sort)."""
    bounds = [0]
    known = k = 0
    for part in parts:
        cuts = _segment(part)
        for a, b in itertools.pairwise(cuts):
            if b - a > 1:  # a word: a unit of its own, and so are its neighbours
                if k + a != bounds[-1]:
                    bounds.append(k + a)
                bounds.append(k + b)
                known += b - a
        k += len(part)
        if k != bounds[-1]:
            bounds.append(k)
    return bounds, known


def digit_gaps(headline: str) -> tuple[str, frozenset[int]]:
    """The headline's CJK sequence with a NUL where digits or letters stood between its
    characters, and those places (positions in the sequence): the article writes 地铁5号线 and
    42个小区, never 地铁号线 or 涉及个, so a stretch across such a gap is the spam's, not its own.

    >>> digit_gaps("江城地铁5号线“南延段”开通")
    ('江城地铁\\x00号线南延段开通', frozenset({4}))
    """
    out: list[str] = []
    gaps: set[int] = set()
    k = 0
    for part in _CJK_OR_ALNUM.findall(headline):
        if _CJK.match(part):
            out.append(part)
            k += len(part)
        elif 0 < k:
            out.append("\x00")
            gaps.add(k)
    return "".join(out).strip("\x00"), frozenset(g for g in gaps if g < k)


# --------------------------------------------------------------------------------------------
# The context model
# --------------------------------------------------------------------------------------------

def find(configured: str | os.PathLike[str] | None = None) -> str | None:
    """The context model's path: ``configured`` (``CleanerConfig.language_model``), else the
    ``CLEANER_LM`` environment variable, else Debian's :data:`DEBIAN_MODEL` when it exists.
    An empty string in the config or the variable means no model."""
    if configured is not None:
        return os.fspath(configured) or None
    named = os.environ.get(ENV_VAR)
    if named is not None:
        return named or None
    return DEBIAN_MODEL if os.path.exists(DEBIAN_MODEL) else None


@functools.lru_cache(maxsize=4)
def load(path: str | None) -> ContextModel | None:
    """The model at ``path``, opened once per process (``None`` without kenlm or the file)."""
    if not path:
        return None
    try:
        import kenlm
        config = kenlm.Config()
        config.load_method = kenlm.LoadMethod.LAZY   # mmap: pages are read as they are touched
        return ContextModel(kenlm.Model(path, config))
    except ImportError:
        log.debug("kenlm is not installed: the injection repair runs without a context model")
    except (OSError, RuntimeError, ValueError) as err:   # kenlm raises OSError on a bad file
        log.warning("cannot open the language model %s: %s", path, err)
    return None


class ContextModel:
    """A KenLM word n-gram model, scoring short CJK clauses.

    The model's words are what it was trained on; a clause is segmented into them by a unigram
    DP over its vocabulary (:meth:`words`), then scored as a whole (log10 probability).
    """

    def __init__(self, model: Any) -> None:
        self._model = model
        self._unk = model.score("<unk>", bos=False, eos=False)
        #: word -> its log10 unigram probability, None out of the vocabulary: segmentation asks
        #: about the same characters and short words page after page (bounded as :func:`cost`)
        self._vocab = functools.lru_cache(maxsize=COST_CACHE)(self._lookup)

    def _lookup(self, word: str) -> float | None:
        return float(self._model.score(word, bos=False, eos=False)) if word in self._model else None

    def words(self, text: str, extra: Collection[str] = (),
              memo: dict[str, float] | None = None) -> list[str]:
        """``text`` cut into the model's words, most likely first; ``extra`` words (a headline's
        names the model does not know) stay whole, at the model's price of an unknown word.
        ``memo`` keeps the price of each candidate word for the next call (one page's worth)."""
        memo = {} if memo is None else memo
        get, vocab, price = memo.get, self._vocab, self._price
        n = len(text)
        best = [0.0] * (n + 1)
        back = [0] * (n + 1)
        for i in range(1, n + 1):
            # A single character always has a price, so best[i] is finite from k = 1 on and a
            # word of price -inf never wins.
            top, at = -math.inf, 0
            for j in range(i - 1, max(0, i - MAX_WORD) - 1, -1):
                word = text[j:i]
                s = get(word)
                if s is None:   # a word of the vocabulary, else its price as an unknown word
                    s = vocab(word)
                    s = memo[word] = price(word, extra) if s is None else s
                if best[j] + s > top:
                    top, at = best[j] + s, j
            best[i], back[i] = top, at
        out: list[str] = []
        i = n
        while i > 0:
            out.append(text[back[i]:i])
            i = back[i]
        return out[::-1]

    def knows(self, word: str) -> bool:
        """Whether ``word`` is a word of the model's vocabulary (古村, which jieba's list lacks).

        On ``make_dirty.py`` seeds 1-2, of the headline cuts (年厦, 吐量) on stuffed pages 16 of 28
        the articles write themselves are known so, against 101 of 2,717 stuffed ones (the repair
        reads it only where the piece opens a clause and binds to nothing after it: inside clauses
        it kept two stuffed cuts, 吃上 and 南延; binding on, the spam's ，古村|村内…)."""
        return word in self._model

    def _price(self, word: str, extra: Collection[str]) -> float:
        """log10 unigram probability for segmentation of ``word``, not in the vocabulary (-inf:
        not a word here)."""
        if word in extra:
            return float(self._unk)
        return UNKNOWN_CHAR if len(word) == 1 else -math.inf

    def score(self, text: str, extra: Collection[str] = (),
              memo: dict[str, float] | None = None, *, start: bool = False) -> float:
        """log10 probability of the CJK clause ``text`` (0.0 for nothing); with ``start``, as
        the beginning of a clause (the model's sentence start before it)."""
        if not text:
            return 0.0
        # The page's memo keeps its clauses' scores too, under a key no word has (a line break
        # or a tab first): the same piece and neighbours are read at many of its occurrences.
        key = ("\t" if start else "\n") + text
        if memo is not None and key in memo:
            return memo[key]
        value = float(self._model.score(" ".join(self.words(text, extra, memo)), bos=start, eos=False))
        if memo is not None:
            memo[key] = value
        return value

    def gain(self, left: str, piece: str, right: str, extra: Collection[str] = (),
             memo: dict[str, float] | None = None) -> float:
        """How much more likely ``left + right`` reads than ``left + piece + right`` (log10):
        high for a piece stuffed between words that belong together, low for a piece that
        belongs where it stands.

        >>> m = load(find())  # doctest: +SKIP
        >>> m.gain("召开", "年厦", "会议") > m.gain("召开", "工作", "会议")  # doctest: +SKIP
        True
        """
        memo = {} if memo is None else memo
        return (self.score(left + right, extra, memo)
                - self.score(left + piece + right, extra, memo))

    def lead(self, piece: str, right: str, extra: Collection[str] = (),
             memo: dict[str, float] | None = None) -> float:
        """How much more likely ``right`` reads after ``piece`` at the start of a clause than
        as the clause's own start (log10): high where ``piece`` is the subject that ``right``
        goes on from (，市民|反映较多…: +1.4), near zero or below where ``right`` starts a
        clause of its own (，市民|让市民的…: -0.2). Mostly it tells whether the model has seen
        the two words together at all.
        """
        memo = {} if memo is None else memo
        return (self.score(piece + right, extra, memo, start=True)
                - self.score(piece, extra, memo, start=True) - self.score(right, extra, memo, start=True))
