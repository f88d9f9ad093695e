"""The charsets a page is claimed to be in: by its server (the ``Content-Type`` header's
``charset``, passed as ``declared``) and by the page itself (``<meta charset>``, ``<meta
http-equiv content="...; charset=...">``, ``<?xml encoding=...?>`` in its first bytes), as the
Python codecs they stand for, widened to the superset pages use. :mod:`cleaner.decode` checks
each claim against the bytes."""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain
from types import MappingProxyType

__all__ = ["claims", "codec_for_label"]

logger = logging.getLogger(__name__)

#: How far into the page a <meta>/<?xml?> charset is looked for (browsers stop at 1 KiB; Chinese
#: portals often put kilobytes of script before the meta).
PRESCAN_BYTES = 16 * 1024
#: The head is lowered to find ``charset`` and ``encoding`` this many bytes first, then as many
#: again as all before (most pages claim in their first few hundred bytes).
PRESCAN_FIRST = 1024
#: The longest of those words less one: a piece is read on this far to hold a word it starts.
_WORD_TAIL = len(b"encoding") - 1

#: Python codec names widened to the superset the page almost certainly uses: GB2312/GBK pages
#: hold GB18030-only characters, Big5 pages hold HKSCS and cp950 extensions (browsers decode
#: them the same way). Latin-1/ASCII labels mean windows-1252 (WHATWG); UTF-16/32 named in a
#: page without a BOM cannot be true of ASCII-compatible bytes, so they mean UTF-8 (WHATWG).
WIDENED: Mapping[str, str] = MappingProxyType({
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
    "utf-32": "utf-8",
    "utf-32-le": "utf-8",
    "utf-32-be": "utf-8",
    "utf-8-sig": "utf-8",
})
#: Labels pages and servers use that Python does not know (WHATWG labels and common misspellings).
EXTRA_LABELS: Mapping[str, str] = MappingProxyType({
    "x-gbk": "gbk",
    "x-gb2312": "gb2312",
    "csgb2312": "gb2312",
    "chinese": "gb2312",
    "gb_2312": "gb2312",
    "csiso58gb231280": "gb2312",
    "x-euc-cn": "gb2312",
    "gb18030-2000": "gb18030",
    "gb18030-2005": "gb18030",
    "gb18030-2022": "gb18030",
    "x-x-big5": "big5",
    "cn-big5": "big5",
    "csbig5": "big5",
    "x-big5": "big5",
    "windows-950": "cp950",
    "x-windows-950": "cp950",
    "windows-936": "gbk",
    "windows-31j": "cp932",
    "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
    "unicode": "utf-16",
    "utf8mb4": "utf-8",
    "x-user-defined": "cp1252",
})
#: Python codecs that are not page encodings; a charset label naming one is ignored.
NOT_PAGE_ENCODINGS = frozenset({
    "utf-7", "unicode-escape", "unicode_escape", "raw-unicode-escape", "raw_unicode_escape",
    "punycode", "idna", "undefined", "mbcs", "oem", "charmap", "base64", "hex", "zlib", "bz2",
    "quopri", "uu", "rot-13", "rot13", "palmos",
})

#: The charset of a <meta charset>, <meta http-equiv ... content="...; charset=x"> or
#: <?xml ... encoding="x"?>, in raw bytes (all three are ASCII in any ASCII-compatible page).
META_CHARSET_RE = re.compile(
    # [^<>]: a tag never holds "<", and stopping there keeps a run of unclosed "<meta" linear
    rb"""<meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9_.:\-]*)"""
    rb"""|<\?xml\b[^<>]*?\bencoding\s*=\s*["']?\s*([A-Za-z0-9][A-Za-z0-9_.:\-]*)""",
    re.IGNORECASE,
)
#: ``charset=`` inside a whole Content-Type value passed as ``declared``.
HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([^"';,\s]+)""", re.IGNORECASE)


def claims(data: bytes, declared: str | bytes | None) -> tuple[str, ...]:
    """The codecs claimed for the page, widened, in precedence order, each once."""
    return tuple(iter_claims(data, declared))


def iter_claims(data: bytes, declared: str | bytes | None) -> Iterator[str]:
    """:func:`claims` one at a time, the page's head read only as far as the claims taken: as a
    rule a page makes one claim in its first few hundred bytes, and it is true."""
    if isinstance(declared, bytes):  # a raw header value
        declared = declared.decode("latin-1")
    labels: Iterable[str] = ((match.group(1) or match.group(2)).decode("ascii")
                             for match in iter_meta_charsets(data))
    if declared:
        header = HEADER_CHARSET_RE.search(declared)
        labels = chain([header.group(1) if header else declared], labels)
    claimed: list[str] = []
    for label in labels:
        codec = codec_for_label(label)
        if codec is None:
            logger.debug("ignoring unknown charset label %r", label)
        elif codec not in claimed:
            claimed.append(codec)
            yield codec


def meta_charsets(data: bytes) -> list[re.Match[bytes]]:
    """The matches of META_CHARSET_RE in the first PRESCAN_BYTES, in order, as ``finditer``
    gives them (:func:`iter_meta_charsets`)."""
    return list(iter_meta_charsets(data))


def iter_meta_charsets(data: bytes) -> Iterator[re.Match[bytes]]:
    """:func:`meta_charsets` one at a time. Each match holds ``charset`` or ``encoding`` after its
    ``<`` with no ``<`` or ``>`` between, so it starts at the last ``<`` before one of those words:
    the pattern is tried only there, where a scan tried it at every ``<`` of the page's head
    (scripts, styles). The words are found in the head lowered a piece at a time (PRESCAN_FIRST
    bytes, then as many as all before), so a page that claims early is not lowered whole; a later
    word's last ``<`` is never before an earlier one's."""
    end = min(len(data), PRESCAN_BYTES)
    tried, lo, hi = -1, 0, min(PRESCAN_FIRST, end)
    while lo < end:
        # The piece's words are those that start in it; the piece is read on to hold them whole.
        piece = data[lo:min(hi + _WORD_TAIL, end)].lower()
        found: list[int] = []
        for word in (b"charset", b"encoding"):
            at = piece.find(word)
            while 0 <= at < hi - lo:
                found.append(lo + at)
                at = piece.find(word, at + len(word))
        for at in sorted(found):
            start = data.rfind(b"<", 0, at)
            if start > tried:  # -1 (no "<") is never tried
                tried = start
                if match := META_CHARSET_RE.match(data, start, PRESCAN_BYTES):
                    yield match
        lo, hi = hi, min(2 * hi, end)


def codec_for_label(label: str) -> str | None:
    """The Python codec a charset label stands for, widened; None for unknown or unsafe labels."""
    key = label.strip().strip("\"'").lower()
    key = EXTRA_LABELS.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    if name in NOT_PAGE_ENCODINGS:
        return None
    return WIDENED.get(name, name)
