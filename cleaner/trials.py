"""The trial of a codec on a page's sample: how many of its bytes it cannot read, and how much its
reading reads like Chinese.

:func:`cleaner.decode.decode` chooses the codec of a page that is neither ASCII nor strict UTF-8 by
these trials (steps 3 to 7 of its precedence), and weighs a mixed page's rest again by them. A
trial (:class:`_Trial`) reads the sample, the first SAMPLE_BYTES of the page (:func:`_try`, or
:func:`_strict_trial` for the codec that reads it without a bad byte); a codec *holds* when its
bad bytes are at most MAX_BAD_SHARE of the non-ASCII ones (:func:`_holds`); a later codec
overrules an earlier one when it reads clearly more like Chinese (:func:`_overruling`, by
:func:`_hanzi_score`). :func:`_replaced_sample` and :func:`_utf8_may_hold` tell, for less, that a
codec cannot hold.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import NamedTuple, TypeGuard

from .hanzi import common_count as _common_count

#: Bytes 0x80-0xFF, deleted to count the non-ASCII bytes of a buffer at C speed.
HIGH_BYTES = bytes(range(0x80, 0x100))
#: Bytes 0x00-0x7F, deleted to keep the non-ASCII bytes of a buffer.
ASCII_BYTES = bytes(range(0x80))

#: Decisions are made on the first bytes of the page; the full page is decoded only once, with
#: the codec chosen. Large enough to hold the article of nearly every page.
SAMPLE_BYTES = 256 * 1024
#: A first, smaller look: enough to reject a wrong codec when it holds QUICK_MIN_HIGH non-ASCII.
QUICK_BYTES = 32 * 1024
QUICK_MIN_HIGH = 512
#: A codec that cannot hold is told so after reading this many bytes more at a time.
MAY_HOLD_STEP = 4096
#: A codec holds when its undecodable bytes are at most this share of the non-ASCII bytes: a
#: few broken bytes (a truncated character, a stray byte) must not throw the page to cp1252.
MAX_BAD_SHARE = 0.01
#: A rival must read this much more like Chinese (share of common hanzi) to beat a claim or an
#: earlier trial. The right codec scores ~0.4-0.6 on Chinese prose, a wrong CJK codec ~0.0-0.05.
SCORE_MARGIN = 0.1
#: Below this many non-ASCII characters the hanzi share says nothing.
MIN_SCORED_CHARS = 8
#: At most this many non-ASCII characters of the sample are scored (bounded, linear).
MAX_SCORED_CHARS = 4000

#: Runs of ASCII, deleted to keep the characters a codec choice decides.
ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")


class _Trial(NamedTuple):
    """One codec tried on the sample: ``text`` keeps each undecodable byte as a lone surrogate."""

    codec: str
    text: str
    bad: int   # undecodable bytes in the sample
    high: int  # non-ASCII bytes in the sample

    @property
    def holds(self) -> bool:
        return self.bad <= self.high * MAX_BAD_SHARE


def _try(data: bytes, codec: str) -> _Trial | None:
    """Decode the sample with ``codec``, counting undecodable bytes; None if the codec fails.

    A wrong codec shows itself within the first QUICK_BYTES (when they hold enough non-ASCII),
    so a failed quick look stands for the whole sample and saves decoding the rest. Otherwise
    the quick look's decoder goes on over the rest of the sample: the incremental decoder gives
    what one call on the whole sample gives, without reading the first bytes twice.
    """
    final = len(data) <= QUICK_BYTES
    quick: _Trial | None = None
    try:
        # The incremental decoder leaves a character cut at the sample's end undecoded instead
        # of counting it as an error.
        decoder = codecs.getincrementaldecoder(codec)("surrogateescape")
        quick = _escaped_trial(codec, decoder.decode(data[:QUICK_BYTES], final=final),
                               data[:QUICK_BYTES])
        if final or (quick.high >= QUICK_MIN_HIGH and not quick.holds):
            return quick
        rest = data[QUICK_BYTES:SAMPLE_BYTES]
        more = _escaped_trial(codec, decoder.decode(rest, final=len(data) <= SAMPLE_BYTES), rest)
        return _Trial(codec, quick.text + more.text, quick.bad + more.bad, quick.high + more.high)
    except (UnicodeError, LookupError, TypeError):
        pass
    # surrogateescape cannot escape an ASCII byte inside an error span; count by replacement.
    if quick is None:  # the quick look itself failed
        quick = _replaced_trial(data, codec, QUICK_BYTES)
        if quick is None or final or (quick.high >= QUICK_MIN_HIGH and not quick.holds):
            return quick
    return _replaced_trial(data, codec, SAMPLE_BYTES)


def _strict_trial(data: bytes, codec: str, high: int) -> _Trial | None:
    """The trial of a codec that reads the sample without one bad byte (the right codec, as a
    rule), from one strict decode; None at the first bad byte, or for a codec that fails.

    It is the trial :func:`_try` makes: no error handler was called, so its text is the same,
    with no bad byte (``high`` is the sample's count of non-ASCII bytes).
    """
    try:
        decoder = codecs.getincrementaldecoder(codec)()
        text = decoder.decode(data[:SAMPLE_BYTES], final=len(data) <= SAMPLE_BYTES)
    except (UnicodeError, LookupError, TypeError):
        return None
    return _Trial(codec, text, 0, high)


def _replaced_sample(data: bytes, codec: str, high: int, floor: float | None = None,
                     prefix_highs: dict[int, int] | None = None) -> str | None:
    """The sample decoded with replacement in ``codec`` (one of MIXED_CODECS), or None when the
    trial of ``codec`` cannot hold, told from that decode, which these codecs make in C, where
    :func:`_try` calls the error handler for every bad byte (the cost of the trial of a wrong
    codec).

    Each error span gives one U+FFFD and at least one bad byte to the trial, whether it counts
    escaped bytes or, when it cannot escape them, replacements; a U+FFFD the page itself
    encodes comes only from that character's bytes (GB18030 has one sequence for it, Big5-HKSCS
    none), so the count of those bytes bounds what is not an error. The sample is read a step
    at a time and the answer given once the errors are too many for it; as in :func:`_try`, a
    quick look that fails stands for the whole sample.

    With ``floor``, None also when :func:`_score_bound` of the reading is at most ``floor``: that
    bound reads only the reading's first MAX_SCORED_CHARS non-ASCII characters, found in the
    first pieces that hold them rather than in the whole reading; and None when the errors up to
    a cut of ``prefix_highs`` (non-ASCII bytes of the sample's prefixes, by end) are too many for
    its QUICK_MIN_HIGH or more: a rival, as a rule wrong, shows itself early, as in the quick look.
    """
    end = min(len(data), SAMPLE_BYTES)
    legit = data.count("\ufffd".encode(codec), 0, end) if codec == "gb18030" else 0
    decoder = codecs.getincrementaldecoder(codec)("replace")
    limit = high * MAX_BAD_SHARE
    errors, cuts = -legit, prefix_highs or {}
    pieces: list[str] = []
    for start in range(0, end, MAY_HOLD_STEP):
        stop = min(start + MAY_HOLD_STEP, end)
        pieces.append(piece := decoder.decode(data[start:stop], final=stop == len(data)))
        errors += piece.count("\ufffd")
        if errors > limit:
            return None
        if stop < len(data) and (stop == QUICK_BYTES or floor is not None and stop in cuts):
            prefix = cuts[stop] if stop in cuts else stop - len(data[:stop].translate(None, HIGH_BYTES))
            if prefix >= QUICK_MIN_HIGH and errors > prefix * MAX_BAD_SHARE:
                return None
    if floor is not None and _score_bound(_first_chars(pieces)) <= floor:
        return None
    return "".join(pieces)


def _first_chars(pieces: list[str]) -> str:
    """The first MAX_SCORED_CHARS non-ASCII characters of ``"".join(pieces)``, reading only the
    pieces that hold them. A piece's are its UTF-8 bytes with the ASCII ones deleted, decoded: in
    C, where ASCII_RUN_RE's sub (~65 instructions a character) made a str of each run between."""
    kept: list[str] = []
    count = 0
    for piece in pieces:
        kept.append(chars := piece.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES)
                    .decode("utf-8", "surrogatepass"))
        count += len(chars)
        if count >= MAX_SCORED_CHARS:
            break
    return "".join(kept)[:MAX_SCORED_CHARS]


def _score_bound(chars: str) -> float:
    """At least the :func:`_hanzi_score` of the trial of a codec, from the first non-ASCII
    characters (``chars``, :func:`_first_chars`) of its sample decoded with replacement
    (:func:`_replaced_sample`). The trial reads the same characters but writes each bad byte as
    a lone surrogate, where the reading has one U+FFFD for the bytes of one error: the trial's
    first MAX_SCORED_CHARS non-ASCII characters hold at most the reading's common hanzi, out of
    at least as many characters. (No MIN_SCORED_CHARS: a bound.)
    """
    return _common_count(chars) / len(chars) if chars else 0.0


def _escaped_trial(codec: str, text: str, sample: bytes) -> _Trial:
    # surrogateescape turns each bad byte into one lone surrogate; encoding with
    # surrogateescape gives the byte back, with ignore drops it: the difference counts them.
    bad = len(text.encode("utf-8", "surrogateescape")) - len(text.encode("utf-8", "ignore"))
    return _Trial(codec, text, bad, len(sample) - len(sample.translate(None, HIGH_BYTES)))


def _replaced_trial(data: bytes, codec: str, size: int) -> _Trial | None:
    sample = data[:size]
    try:
        text = sample.decode(codec, "replace")
    except (LookupError, TypeError):
        return None
    return _Trial(codec, text, text.count("\ufffd"),
                  len(sample) - len(sample.translate(None, HIGH_BYTES)))


def _utf8_may_hold(classes: bytes, cuts: list[int], highs: list[int]) -> bool:
    """False when the UTF-8 trial (:func:`_try`) cannot hold, told from byte counts alone
    (``classes``: the page mapped by UTF8_CLASS_TABLE, ``highs``: the non-ASCII bytes of its
    prefixes up to ``cuts``, the last the sample). A prefix's valid UTF-8 sequences hold at most
    twice as many non-ASCII bytes as continuation bytes (80-BF), and one for a lead its end cuts;
    its other non-ASCII bytes are undecodable (the trial counts each) but for a character of up
    to three bytes cut at the sample's end. When those of a prefix are too many for the sample,
    the trial cannot hold (on the quick look nor the whole sample): on a GBK page the first
    prefix tells, as a rule, and the rest is not counted; a UTF-8 page has as many continuation
    bytes as its sequences need.
    """
    limit, continuation = highs[-1] * MAX_BAD_SHARE, 0
    for start, cut, high in zip([0, *cuts], cuts, highs):
        continuation += classes.count(b"b", start, cut)
        if high - 2 * continuation - 4 > limit:
            return False
    return True


def _holds(trial: _Trial | None) -> TypeGuard[_Trial]:
    return trial is not None and trial.holds


def _overruling(first: Callable[[], _Trial | None], later: list[_Trial]) -> _Trial | None:
    """The later candidate that reads clearly more like Chinese than the first (``first()``),
    each weighed against the best so far; None when the first stands (or is None).

    A later one whose hanzi score is at most SCORE_MARGIN cannot read clearly better than any
    first one (no score is below 0): when none scores more (Big5's reading of a GB18030 page
    holds but reads as no Chinese), the first is neither scored nor, when its trial is still to
    run, tried.
    """
    scored = [(candidate, score) for candidate in later
              if (score := _hanzi_score(candidate)) > SCORE_MARGIN]
    if not scored:
        return None
    claimed = first()
    if claimed is None:
        return None
    best, best_score = None, _hanzi_score(claimed)
    for candidate, score in scored:
        if score > best_score + SCORE_MARGIN:
            best, best_score = candidate, score
    return best


def _hanzi_score(trial: _Trial) -> float:
    """Share of the sample's first non-ASCII characters that are common hanzi.

    Computed on at most MAX_SCORED_CHARS characters, so it is cheap on any page; 0.0 when the
    sample holds too few non-ASCII characters to say anything.
    """
    chars = ASCII_RUN_RE.sub("", trial.text)[:MAX_SCORED_CHARS]
    if len(chars) < MIN_SCORED_CHARS:
        return 0.0
    return _common_count(chars) / len(chars)
