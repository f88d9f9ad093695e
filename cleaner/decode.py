"""Bytes to text: which encoding a scraped page is really in.

:func:`decode` returns ``(text, encoding)``. Charset claims on Chinese pages lie often (a page
re-saved as UTF-8 keeps its ``gb2312`` meta, a GBK page is served as ``utf-8``), so every claim
is checked against the bytes. Precedence, first match wins (the way httpx documents
``Response.encoding``):

1. **Byte-order mark**: UTF-8 (``"utf-8-sig"``), UTF-32 and UTF-16 LE/BE (``"utf-32"``,
   ``"utf-16"``). A BOM-less page whose NUL bytes sit on every other byte is UTF-16 LE/BE.
2. **Strict UTF-8**: bytes with non-ASCII in them that decode as UTF-8 without a single error
   are UTF-8, whatever any claim says. GBK or Big5 text is practically never valid UTF-8.
3. **Claims**, in this order: ``declared`` (the HTTP ``Content-Type`` charset), then the page's
   own ``<meta charset>``, ``<meta http-equiv content="...charset=...">`` and
   ``<?xml encoding=...?>`` in its first 16 KiB. Labels are widened first, as browsers do:
   gb2312/gbk/x-gbk/cp936 -> gb18030, big5/cp950 -> big5hkscs, latin-1/ascii -> cp1252,
   utf-16/utf-32 without a BOM -> utf-8. A claim *holds* when its codec decodes the sample
   (the first 256 KiB) with bad bytes under 1% of the non-ASCII bytes. A utf-8, gb18030 or
   big5hkscs claim gives way to another of those three that also holds and reads clearly more
   like Chinese (share of common hanzi): GB18030 decodes almost any Big5 page without an error.
   Single-byte claims (cp1252, iso-8859-x, koi8-r ...) decode any bytes at all, so they wait
   for step 5.
4. **Trials**: utf-8, gb18030 and big5hkscs on the sample; among those that hold, the first in
   that order unless a later one reads clearly more like Chinese.
5. **Single-byte claims** held back in step 3, when they hold.
6. **Damaged Chinese**: the Chinese codec whose decode reads most like Chinese, if it reads like
   Chinese at all (a page mixing encodings, or with many broken bytes).
7. **Detection**: bs4's ``EncodingDetector`` (charset detection) on the sample, ending with
   windows-1252. Slow, so it only sees pages nothing else could read.

**Mixed pages.** A page can mix encodings (a UTF-8 template around a GBK article pasted in, or
the other way round). Decoded as UTF-8 with replacement, its stretches of undecodable bytes are
read as GB18030 or Big5-HKSCS, whichever reads more like Chinese, when that reads like Chinese at
all; decoded as GB18030 or Big5-HKSCS, its stretches of three-byte UTF-8 characters (at least
MIXED_MIN_CHARS of them, with nothing but ASCII between) are read as UTF-8 when that reads
clearly more like Chinese, and the rest is weighed again for GB18030 or Big5-HKSCS without them.
The encoding name is that of the rest of the page. Stretches that read like neither keep U+FFFD
or the main codec's reading.

A codec that holds with a few bad bytes decodes with ``errors="replace"``: the page keeps its
Chinese and shows U+FFFD where a byte was broken, instead of falling to cp1252 mojibake.

``str`` input is already text: it comes back with lone surrogates replaced by U+FFFD (pairs
joined) and the name ``"unicode"``. In every case NUL characters are removed and nothing else
is normalised.

Input that is not a page raises :class:`cleaner.errors.CleanerError`: not bytes or str, empty or
whitespace only, or binary (a known file signature such as PNG, JPEG, PDF, ZIP or GZIP, or a
high share of control bytes: :mod:`cleaner.binary`).

>>> decode("这是一页。".encode("gbk"), declared="gb2312")
('这是一页。', 'gb18030')
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple, TypeGuard

from .binary import reject_control_bytes, reject_signature
from .charsets import claims as charset_claims
from .charsets import codec_for_label
from .errors import CleanerError
from .hanzi import common_count as _common_count

__all__ = ["decode"]

logger = logging.getLogger(__name__)


#: Control characters the parser takes out of a page (dom.py): C0 controls but tab, newline and
#: carriage return, and DEL; as bytes, a superset of binary.CONTROL_BYTES.
CONTROL_CHAR_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
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
#: The ends of the sample's prefixes its non-ASCII bytes are counted by: every 4 KiB to QUICK_BYTES.
PREFIX_CUTS: tuple[int, ...] = (*range(4096, QUICK_BYTES, 4096), *(QUICK_BYTES << k for k in range(3)))
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
#: Step 6: a damaged decode is kept as Chinese when at least this share reads as common hanzi.
MIN_CHINESE_SCORE = 0.2
#: Mixed pages: a run of UTF-8 in a GB18030/Big5 page is this many three-byte characters (CJK
#: text and punctuation) in a row at least; by chance GBK bytes form one about once in 10^8 bytes.
MIXED_MIN_CHARS = 4
#: Legacy codecs a stretch of a UTF-8 page may be in, and that a UTF-8 run may sit in.
MIXED_CODECS: tuple[str, ...] = ("gb18030", "big5hkscs")

#: Step 4, in order of preference when scores tie: UTF-8 errors are rare by chance, GB18030 is
#: the most common legacy encoding of the mainland pages this library is for.
CJK_TRIALS: tuple[str, ...] = ("utf-8", "gb18030", "big5hkscs")

#: Runs of ASCII, deleted to keep the characters a codec choice decides.
ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")
#: Surrogate code points, which a str from outside may hold (lone ones are invalid text).
SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
#: MIXED_MIN_CHARS three-byte UTF-8 sequences (U+2000-U+FFFF) in a row in raw bytes, the sign of
#: UTF-8 text in a legacy page (``[\xe2-\xef][\x80-\xbf]{2}`` four times): found without the
#: regex engine, which tried every GBK lead byte in E2-EF as a start. Each byte is mapped to its
#: class, a three-byte lead to "a", a continuation byte to "b", any other non-ASCII byte to "c",
#: a control byte (CONTROL_CHAR_BYTES) to "z", any other ASCII byte to "x"; a run is then a plain
#: ``bytes.find`` of UTF8_RUN_CLASSES. The codec choice counts the sample's non-ASCII and
#: continuation bytes in the same classes, and the control bytes are one memchr of them (one
#: translate of a legacy page, where three ran and a memchr per control byte of the page).
UTF8_CLASS_TABLE = bytes(ord("a") if 0xE2 <= b <= 0xEF else ord("b") if 0x80 <= b <= 0xBF
                         else ord("c") if b >= 0x80 else ord("z") if b in CONTROL_CHAR_BYTES
                         else ord("x") for b in range(256))
UTF8_RUN_CLASSES = b"abb" * MIXED_MIN_CHARS
#: A stretch of UTF-8 text: three-byte sequences with only ASCII between them (spaces, digits,
#: punctuation, markup), from its first sequence to its last.
UTF8_STRETCH_RE = re.compile(rb"[\xe2-\xef][\x80-\xbf]{2}(?:[\x00-\x7f]*[\xe2-\xef][\x80-\xbf]{2})*")
#: In a UTF-8 decode with surrogateescape, a stretch of undecodable bytes (lone surrogates), with
#: what GBK/Big5 bytes also read as between them: up to three characters of ASCII-range trail
#: bytes or chance UTF-8 sequences (a longer valid stretch is UTF-8 text and ends the run), and
#: the trail byte of its last character.
BAD_RUN_RE = re.compile("[\udc80-\udcff](?:[\x40-\x7e\u0080-\udc7f\udd00-\U0010ffff]{0,3}"
                        "[\udc80-\udcff])*[\x40-\x7e]?")

class _Trial(NamedTuple):
    """One codec tried on the sample: ``text`` keeps each undecodable byte as a lone surrogate."""

    codec: str
    text: str
    bad: int   # undecodable bytes in the sample
    high: int  # non-ASCII bytes in the sample

    @property
    def holds(self) -> bool:
        return self.bad <= self.high * MAX_BAD_SHARE


def decode(data: bytes | str, *, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding_name)`` for a raw page; see the module docstring for the order.

    ``declared`` is a charset from outside the page (an HTTP ``Content-Type`` header or its
    charset alone); like the page's own meta charset it is a claim, checked against the bytes.
    The name is a lowercase Python codec name (``"utf-8"``, ``"gb18030"``, ``"big5hkscs"``,
    ``"utf-16"`` ...), ``"ascii"`` for pure ASCII bytes, or ``"unicode"`` for ``str`` input.

    >>> decode("新闻".encode("utf-8"), declared="gb2312")
    ('新闻', 'utf-8')
    """
    return decode_utf8(data, declared=declared)[:2]


def decode_utf8(data: bytes | str, *, declared: str | None = None) -> tuple[str, str, bytes | None, bool]:
    """:func:`decode`, the page's bytes when they are the text in UTF-8 as it stands (strict UTF-8
    or ASCII: nothing replaced, mended or dropped) and hold no control character (CONTROL_CHAR_BYTES),
    else ``None``, and whether the text is known to hold none: those pages, and one in MIXED_CODECS
    without a control byte (no character's bytes, nor a mended run's, hold one). The parser reads
    the bytes rather than encoding the text, and looks for control characters in neither."""
    utf8, plain = None, False
    if isinstance(data, str):
        text, name = _from_str(data), "unicode"
        has_nul = "\x00" in text
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if not raw or raw.isspace():
            raise CleanerError("empty input")
        reject_signature(raw)
        found = _from_bom(raw) or _from_bomless_utf16(raw)
        controls = True
        classes = None  # the page's UTF8_CLASS_TABLE classes, when the codec choice made them
        if found is None:
            text, name, classes, controls = _from_bytes(raw, declared)
        else:
            text, name = found
        plain = not controls and name in ("utf-8", "ascii", *MIXED_CODECS)
        utf8 = raw if plain and name in ("utf-8", "ascii") else None
        if name == "utf-8" and "\ufffd" in text:
            text, utf8 = _mend_legacy_runs(raw, text), None
        elif name in MIXED_CODECS:
            text, name = _mend_utf8_runs(raw, text, name, classes)
        # In ASCII-compatible codecs a NUL character is a NUL byte, and searching the bytes is
        # a memchr, much faster than searching a wide str. A page with no control byte holds no NUL.
        has_nul = controls and ("\x00" in text if name.startswith(("utf-16", "utf-32"))
                                else b"\x00" in raw)
    else:
        raise CleanerError(f"input must be bytes or str, not {type(data).__name__}")
    if has_nul:
        text, utf8 = text.replace("\x00", ""), None
    if not text or text.isspace():
        raise CleanerError("empty input")
    return text, name, utf8, plain


def _from_str(text: str) -> str:
    """A str as it came, but valid: surrogate pairs joined, lone surrogates -> U+FFFD."""
    if SURROGATE_RE.search(text) is None:
        return text
    # UTF-16 round trip: 'surrogatepass' writes every surrogate as its code unit, and decoding
    # joins well-formed pairs into one character and replaces the lone ones.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _from_bom(data: bytes) -> tuple[str, str] | None:
    """Step 1. A BOM is decisive, so its codec decodes with replacement rather than failing."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # FF FE 00 00 is also a UTF-16 LE BOM followed by U+0000; UTF-32 must then decode cleanly.
        try:
            return data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    return None


def _from_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """Step 1, without a BOM: UTF-16 markup has a NUL in every other byte (ASCII's high half)."""
    head = data[:4096]
    pairs = len(head) // 2
    # Without a NUL in its head (one memchr: nearly every page) a page is not UTF-16 markup.
    if pairs < 8 or 0 not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        codec = "utf-16-le"
    elif even > 0.3 * pairs and odd < 0.05 * pairs:
        codec = "utf-16-be"
    else:
        return None
    text = data.decode(codec, "replace")
    # A surrogate pair or a code unit broken by an odd length: a few are damage, many are noise.
    if text.count("\ufffd") > max(1, len(text) // 100):
        return None
    return text, codec


def _from_bytes(data: bytes, declared: str | bytes | None) -> tuple[str, str, bytes | None, bool]:
    """Steps 2 to 7 for bytes without a BOM. The claims are read only for a page that is not
    strict UTF-8: no claim overrules that. With the text and its codec, the page's bytes mapped
    by UTF8_CLASS_TABLE when the choice needed them (a page neither ASCII nor strict UTF-8), and
    whether it holds a control byte, told from a legacy page's classes by one memchr (a page with
    too many is rejected as binary before its codec is chosen)."""
    if data.isascii():
        controls = _has_controls(data)
        # Every ASCII-compatible claim reads ASCII alike; only a 7-bit encoding (ISO-2022, HZ)
        # changes the text, so the first claim that decodes cleanly is used.
        for codec in charset_claims(data, declared):
            try:
                return data.decode(codec), codec, None, controls
            except (UnicodeDecodeError, LookupError):
                continue
        return data.decode("ascii"), "ascii", None, controls
    try:
        return data.decode("utf-8"), "utf-8", None, _has_controls(data)
    except UnicodeDecodeError:
        pass
    classes = data.translate(UTF8_CLASS_TABLE)
    if controls := b"z" in classes:
        reject_control_bytes(data, SAMPLE_BYTES)
    return (*_choose(data, declared, classes, controls), classes, controls)


def _has_controls(data: bytes) -> bool:
    """Whether ``data`` holds a control byte (CONTROL_CHAR_BYTES; one memchr each, ``int in
    bytes``: nearly every page holds none, which answers the binary test and the parser's)."""
    if controls := any(map(data.__contains__, CONTROL_CHAR_BYTES)):
        reject_control_bytes(data, SAMPLE_BYTES)
    return controls


def _choose(data: bytes, declared: str | bytes | None, classes: bytes,
            controls: bool | None = None) -> tuple[str, str]:
    """Steps 3 to 7: the text of a page that is neither ASCII nor strict UTF-8 (``classes``: its
    bytes mapped by UTF8_CLASS_TABLE, ``controls``: whether a control byte's "z" is one), and its codec."""
    claims = charset_claims(data, declared)
    trials: dict[str, _Trial | None] = {}  # this call's memo: each codec is tried once
    # A page in the sample whole: the codecs it failed a strict decode in (a claim's), and its
    # readings with replacement (_replaced_sample), which are its _decode_all.
    whole = len(data) <= SAMPLE_BYTES
    not_strict: set[str] = set()
    readings: dict[str, str] = {}
    sample = min(len(data), SAMPLE_BYTES)
    # The non-ASCII bytes of the sample's prefixes (the last the sample), in one count of it.
    cuts = [cut for cut in PREFIX_CUTS if cut < sample] + [sample]
    highs = list(accumulate(b - a - classes.count(b"x", a, b) for a, b in zip([0, *cuts], cuts)))
    if b"z" in classes if controls is None else controls:  # control bytes are ASCII too
        highs = [high - classes.count(b"z", 0, cut) for high, cut in zip(highs, cuts)]
    high, prefix_highs = highs[-1], dict(zip(cuts, highs))

    def trial(codec: str) -> _Trial | None:
        if codec not in trials:
            trials[codec] = _strict_trial(data, codec, high) or _try(data, codec)
        return trials[codec]

    def fits(codec: str, later: bool = False) -> bool:
        """Whether ``codec`` holds on the sample (:func:`_holds` of its trial). ``later``: the
        codec is only weighed against an earlier one (:func:`_overruling`), which it cannot beat
        when its sample, decoded with replacement, reads as Chinese by SCORE_MARGIN or less
        (:func:`_score_bound`): such a codec is not tried, and counts as not fitting."""
        if codec not in trials:
            if codec == "utf-8" and not _utf8_may_hold(classes, cuts, highs):
                return False  # the trial of a legacy page as UTF-8 cost more than all the others
            if later and codec == "big5hkscs":
                # A rival, as a rule the wrong codec (Big5's reading of a GB18030 page): read with
                # replacement first, without the strict decode that fails at its first bad byte.
                # Big5-HKSCS reads no bytes as U+FFFD, so a reading without one met no error: it
                # is that strict decode. (GB18030 reads nearly any bytes: its strict decode first.)
                reading = _replaced_sample(data, codec, high, SCORE_MARGIN, prefix_highs)
                if reading is None:
                    return False  # cannot hold, or cannot beat the margin if it holds
                strict = _Trial(codec, reading, 0, high) if "\ufffd" not in reading else None
                if whole:
                    readings[codec] = reading
            else:
                # The strict decode of a page in the sample whole is that of the page.
                strict = None if codec in not_strict and whole else _strict_trial(data, codec, high)
                if strict is None and codec in MIXED_CODECS:
                    floor = SCORE_MARGIN if later else None
                    reading = _replaced_sample(data, codec, high, floor, prefix_highs)
                    if reading is None:
                        return False  # a wrong CJK codec: its trial would call an error handler per byte
                    if whole:
                        readings[codec] = reading
            trials[codec] = strict or _try(data, codec)
        return _holds(trials[codec])

    held_back: list[str] = []
    for codec in claims:
        if _is_single_byte(codec):
            held_back.append(codec)
            continue
        # The usual case: a true claim, not one bad byte. (UTF-8 already failed above.)
        strict = None if codec == "utf-8" else _decode_strict(data, codec)
        if strict is None:
            not_strict.add(codec)
        if strict is None and not fits(codec):
            logger.debug("claimed charset %s does not fit the bytes", codec)
            continue
        # GB18030 decodes nearly any Big5 page without an error, and a short page can fit the
        # wrong one of the three by chance: a rival that fits too is weighed by the hanzi score.
        rivals = [t for c in CJK_TRIALS
                  if codec in CJK_TRIALS and c != codec and fits(c, later=True) and (t := trial(c))]
        chosen = _overruling(lambda: trial(codec), rivals) if rivals else None
        if chosen is not None:
            logger.debug("claimed charset %s overruled by %s", codec, chosen.codec)
            return _decode_trial(data, chosen, readings)
        return strict or _decode_all(data, codec, readings.get(codec))

    holding: list[_Trial] = []
    for codec in CJK_TRIALS:
        if fits(codec, later=bool(holding)) and (held := trial(codec)):
            holding.append(held)
    if holding:
        return _decode_trial(data, _overruling(lambda: holding[0], holding[1:]) or holding[0], readings)

    for codec in held_back:
        if _holds(held := trial(codec)):
            return _decode_trial(data, held, readings)

    damaged = [t for c in CJK_TRIALS if (t := trial(c)) is not None]
    if damaged:
        best = max(damaged, key=_hanzi_score)
        if _hanzi_score(best) >= MIN_CHINESE_SCORE:
            logger.debug("no codec fits cleanly; %s reads as Chinese (%d bad bytes of %d)",
                         best.codec, best.bad, best.high)
            return _decode_all(data, best.codec, readings.get(best.codec))

    return _detect(data, trial)


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


def _is_single_byte(codec: str) -> bool:
    """Whether ``codec`` maps every byte to one character, so any bytes "decode" in it."""
    try:
        probe = HIGH_BYTES.decode(codec, "replace")
    except (LookupError, TypeError):
        return False
    # UTF-8 also yields one character per byte here, but every one of them is U+FFFD.
    return len(probe) == len(HIGH_BYTES) and probe.count("\ufffd") < len(HIGH_BYTES) // 4


def _decode_strict(data: bytes, codec: str) -> tuple[str, str] | None:
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_all(data: bytes, codec: str, reading: str | None = None) -> tuple[str, str]:
    """The whole page in the chosen codec; strict first (the usual case), else with U+FFFD.

    Only called once strict UTF-8 has failed, so UTF-8 goes straight to replacement. ``reading``:
    the page already decoded with replacement (piece by piece, which gives the same text; a
    strict decode that holds gives it too), used as it is.
    """
    if reading is not None:
        text = reading
    else:
        try:
            if codec != "utf-8":
                return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
        text = data.decode(codec, "replace")
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("decoded as %s with %d replacement characters", codec, text.count("\ufffd"))
    return text, codec


def _decode_trial(data: bytes, trial: _Trial, readings: dict[str, str]) -> tuple[str, str]:
    """:func:`_decode_all` in the trial's codec: the trial's own text when it read the whole page
    without a bad byte, which is what decoding the page again would give (``readings``: the
    page's readings with replacement, by codec)."""
    if trial.bad == 0 and len(data) <= SAMPLE_BYTES:
        return trial.text, trial.codec
    return _decode_all(data, trial.codec, readings.get(trial.codec))


def _detect(data: bytes, trial: Callable[[str], _Trial | None]) -> tuple[str, str]:
    """Step 7: charset detection by bs4, on the sample only; windows-1252 as the final word."""
    from bs4.dammit import EncodingDetector  # imported here: only pages nothing else read need it

    sample = data[:SAMPLE_BYTES]
    for label in EncodingDetector(sample, is_html=True).encodings:
        codec = codec_for_label(label)
        if codec is None:
            continue
        if _holds(trial(codec)):
            logger.debug("charset detection chose %s", codec)
            return _decode_all(data, codec)
    logger.debug("no codec fits; decoding as cp1252 with replacement")
    return _decode_all(data, "cp1252")


def _common_share(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common hanzi (0.0 for none)."""
    chars = ASCII_RUN_RE.sub("", text)
    return _common_count(chars) / len(chars) if chars else 0.0


def _mend_legacy_runs(raw: bytes, text: str) -> str:
    """A UTF-8 page with GB18030/Big5 stretches: those read in the legacy codec (module docstring).

    ``text`` is the page decoded with replacement; it comes back unchanged unless the undecodable
    stretches, all together, read like Chinese in one of MIXED_CODECS.
    """
    escaped = raw.decode("utf-8", "surrogateescape")
    runs = list(BAD_RUN_RE.finditer(escaped))
    chunks = [m.group().encode("utf-8", "surrogateescape") for m in runs]
    joined = b" ".join(chunks)
    readings = [(codec, joined.decode(codec, "replace")) for codec in MIXED_CODECS]
    codec, reading = max(readings, key=lambda r: _common_share(r[1]))
    if len(ASCII_RUN_RE.sub("", reading)) < MIN_SCORED_CHARS or _common_share(reading) < MIN_CHINESE_SCORE:
        return text
    logger.debug("UTF-8 page with %d stretches in %s", len(runs), codec)
    pieces: list[str] = []
    last = 0
    for m, chunk in zip(runs, chunks):
        pieces.append(escaped[last:m.start()])
        pieces.append(chunk.decode(codec, "replace"))
        last = m.end()
    pieces.append(escaped[last:])
    return "".join(pieces)


def _mend_utf8_runs(raw: bytes, text: str, codec: str,
                    classes: bytes | None = None) -> tuple[str, str]:
    """A GB18030/Big5 page with UTF-8 runs: those read as UTF-8 (module docstring).

    ``text`` is the page decoded in ``codec``; it comes back unchanged unless the runs, all
    together, read clearly more like Chinese as UTF-8 than in ``codec``. The rest of the page is
    then weighed again without them (UTF-8 bytes can make Big5 fail where GB18030 holds).
    ``classes``: ``raw`` mapped by UTF8_CLASS_TABLE, when the codec choice made it.
    """
    if classes is None:
        classes = raw.translate(UTF8_CLASS_TABLE)
    if classes.find(UTF8_RUN_CLASSES) < 0:  # no UTF-8 run
        return text, codec
    runs = [m for m in UTF8_STRETCH_RE.finditer(raw)
            if len(m.group()) - len(m.group().translate(None, HIGH_BYTES)) >= 3 * MIXED_MIN_CHARS]
    joined = b" ".join(m.group() for m in runs)
    as_utf8 = joined.decode("utf-8", "replace")
    if _common_share(as_utf8) <= _common_share(joined.decode(codec, "replace")) + SCORE_MARGIN:
        return text, codec
    starts = [0, *(m.end() for m in runs)]
    ends = [*(m.start() for m in runs), len(raw)]
    rest = b" ".join(raw[a:b] for a, b in zip(starts, ends))
    trials = [t for c in dict.fromkeys((codec, *MIXED_CODECS)) if _holds(t := _try(rest, c))]
    if trials:
        codec = (_overruling(lambda: trials[0], trials[1:]) or trials[0]).codec
    logger.debug("%s page with %d UTF-8 runs", codec, len(runs))
    pieces: list[str] = []
    for a, b, m in zip(starts, ends, [*runs, None]):
        pieces.append(raw[a:b].decode(codec, "replace"))
        if m is not None:
            pieces.append(m.group().decode("utf-8", "replace"))
    return "".join(pieces), codec
