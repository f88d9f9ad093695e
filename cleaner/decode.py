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

from .binary import reject_control_bytes, reject_signature
from .charsets import iter_claims as charset_claims
from .charsets import codec_for_label
from .errors import CleanerError
from .hanzi import common_count as _common_count
from .trials import (ASCII_RUN_RE, HIGH_BYTES, MIN_SCORED_CHARS, QUICK_BYTES, SAMPLE_BYTES, SCORE_MARGIN, _Trial,
                     _hanzi_score, _holds, _overruling, _replaced_sample, _strict_trial, _try, _utf8_may_hold)

__all__ = ["decode"]

logger = logging.getLogger(__name__)


#: Control characters the parser takes out of a page (dom.py): C0 controls but tab, newline and
#: carriage return, and DEL; as bytes, a superset of binary.CONTROL_BYTES.
CONTROL_CHAR_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])

#: The ends of the sample's prefixes its non-ASCII bytes are counted by: every 4 KiB to QUICK_BYTES.
PREFIX_CUTS: tuple[int, ...] = (*range(4096, QUICK_BYTES, 4096), *(QUICK_BYTES << k for k in range(3)))
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


def decode(data: bytes | bytearray | memoryview | str, *,
           declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding_name)`` for a raw page; see the module docstring for the order.

    ``declared`` is a charset from outside the page (an HTTP ``Content-Type`` header or its
    charset alone); like the page's own meta charset it is a claim, checked against the bytes.
    The name is a lowercase Python codec name (``"utf-8"``, ``"gb18030"``, ``"big5hkscs"``,
    ``"utf-16"`` ...), ``"ascii"`` for pure ASCII bytes, or ``"unicode"`` for ``str`` input.

    >>> decode("新闻".encode("utf-8"), declared="gb2312")
    ('新闻', 'utf-8')
    """
    return decode_utf8(data, declared=declared)[:2]


def decode_utf8(data: bytes | bytearray | memoryview | str, *,
                declared: str | None = None) -> tuple[str, str, bytes | None, bool]:
    """:func:`decode`, the page's bytes when they are the text in UTF-8 as it stands (strict UTF-8
    or ASCII: nothing replaced, mended or dropped) and hold no control character (CONTROL_CHAR_BYTES),
    else ``None``, and whether the text is known to hold none: those pages, one in MIXED_CODECS
    without a control byte (no character's bytes, nor a mended run's, hold one), and a str whose
    UTF-8 holds none (:func:`_from_str`; its bytes are not handed on). The parser reads the bytes
    rather than encoding the text, and looks for control characters in neither; a text dump's
    parse does not search it for them."""
    utf8, plain = None, False
    if isinstance(data, str):
        text, name, plain = _from_str(data)
        has_nul = not plain and "\x00" in text
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


def _from_str(text: str) -> tuple[str, str, bool]:
    """A str as it came, but valid: surrogate pairs joined, lone surrogates -> U+FFFD; a BOM
    at its start (a file read as 'utf-8' rather than 'utf-8-sig') dropped, as in bytes. With
    its name and whether it is known to hold no control character (CONTROL_CHAR_BYTES).

    Both told from its UTF-8: strict UTF-8 encodes every code point but a surrogate, and a
    control character is one byte in UTF-8, never part of another character's bytes (one
    memchr each). The encode and the memchrs cost ~30 instructions a character of a dump, where
    a search for the surrogates' class, a ``in`` for NUL and the pipeline's for each control
    character cost ~70 (sre tests a class at ~45 instructions a character; a UCS-2 text is searched
    for a character by memchr of its low byte, which many CJK characters share)."""
    if text[:1] == "\ufeff":
        text = text[1:]
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        # UTF-16 round trip: 'surrogatepass' writes every surrogate as its code unit, and decoding
        # joins well-formed pairs into one character and replaces the lone ones.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), "unicode", False
    return text, "unicode", not any(map(encoded.__contains__, CONTROL_CHAR_BYTES))


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
    claims = charset_claims(data, declared)  # one at a time: the first, as a rule, is taken
    trials: dict[str, _Trial | None] = {}  # this call's memo: each codec is tried once
    # A page in the sample whole: the codecs it failed a strict decode in (a claim's), and its
    # readings with replacement (_replaced_sample), which are its _decode_all.
    whole = len(data) <= SAMPLE_BYTES
    not_strict: set[str] = set()
    readings: dict[str, str] = {}
    sample = min(len(data), SAMPLE_BYTES)
    # The non-ASCII bytes of the sample's prefixes (the last the sample), in one count of it.
    cuts = [cut for cut in PREFIX_CUTS if cut < sample] + [sample]
    # Control bytes are ASCII too, counted piece by piece with the ASCII ones (not from 0 to each
    # cut: ~10 passes).
    z = b"z" in classes if controls is None else controls
    highs = list(accumulate(b - a - classes.count(b"x", a, b) - (classes.count(b"z", a, b) if z else 0)
                            for a, b in zip([0, *cuts], cuts)))
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
