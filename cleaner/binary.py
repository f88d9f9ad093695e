"""Input that is not a page: a binary format saved by mistake, found by its magic number or by
its share of control bytes. :func:`cleaner.decode.decode` asks both before decoding anything."""

from __future__ import annotations

from typing import NamedTuple

from .errors import CleanerError

__all__ = ["reject_control_bytes", "reject_signature"]


class _Signature(NamedTuple):
    """The magic number of a binary format: ``magic`` found at byte ``offset``."""

    kind: str
    magic: bytes
    offset: int = 0


#: Formats scrapers save by mistake instead of a page; checked before anything else so the
#: error names the format (a gzip body means the Content-Encoding was not undone).
BINARY_SIGNATURES: tuple[_Signature, ...] = (
    _Signature("PNG image", b"\x89PNG\r\n\x1a\n"),
    _Signature("JPEG image", b"\xff\xd8\xff"),
    _Signature("GIF image", b"GIF87a"),
    _Signature("GIF image", b"GIF89a"),
    _Signature("WebP image", b"WEBP", 8),
    _Signature("TIFF image", b"II*\x00"),
    _Signature("TIFF image", b"MM\x00*"),
    _Signature("PDF document", b"%PDF-"),
    _Signature("ZIP archive (or docx/xlsx)", b"PK\x03\x04"),
    _Signature("ZIP archive", b"PK\x05\x06"),
    _Signature("gzip data (undo the Content-Encoding first)", b"\x1f\x8b"),
    _Signature("bzip2 data", b"1AY&SY", 4),
    _Signature("xz data", b"\xfd7zXZ\x00"),
    _Signature("zstd data", b"\x28\xb5\x2f\xfd"),
    _Signature("7z archive", b"7z\xbc\xaf\x27\x1c"),
    _Signature("MS Office (OLE) document", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    _Signature("ELF executable", b"\x7fELF"),
    _Signature("WebAssembly module", b"\x00asm"),
    _Signature("MP4/QuickTime video", b"ftyp", 4),
)

#: Bytes that text does not contain: C0 controls and DEL, except tab, newlines, form feed,
#: vertical tab and ESC (ESC starts the shift sequences of ISO-2022 encodings).
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
#: Random bytes have ~10.5% control bytes; pages have next to none.
MAX_CONTROL_SHARE = 0.05
#: A short text with a stray NUL or two is text (the NULs are removed), not binary.
MIN_CONTROL_BYTES = 16


#: The magic numbers by offset, for one ``bytes.startswith`` per offset (it takes a tuple): every
#: page is asked and nearly none is binary; a call per signature (nineteen, each with two
#: attribute reads) was a fixed cost of every page.
_MAGICS_AT: tuple[tuple[int, tuple[bytes, ...]], ...] = tuple(
    (offset, tuple(sig.magic for sig in BINARY_SIGNATURES if sig.offset == offset))
    for offset in sorted({sig.offset for sig in BINARY_SIGNATURES}))


def reject_signature(data: bytes) -> None:
    """Raise :class:`CleanerError` when ``data`` opens with a known binary format's magic number
    (the first of BINARY_SIGNATURES that it opens with names the format)."""
    for offset, magics in _MAGICS_AT:
        if data.startswith(magics, offset):
            break
    else:
        return
    for sig in BINARY_SIGNATURES:
        if data.startswith(sig.magic, sig.offset):
            raise CleanerError(f"binary input: looks like {sig.kind}, not a page")


def reject_control_bytes(data: bytes, sample_bytes: int) -> None:
    """Raise :class:`CleanerError` when too many of the first ``sample_bytes`` bytes are control
    bytes (random bytes, a compressed or encrypted body)."""
    sample = data[:sample_bytes]
    # Nearly every page holds none: one memchr per control byte (``int in bytes``) tells so in a
    # few times fewer instructions than a translate deleting them, which counts them otherwise.
    if not any(map(sample.__contains__, CONTROL_BYTES)):
        return
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls > max(MIN_CONTROL_BYTES, len(sample) * MAX_CONTROL_SHARE):
        raise CleanerError(
            f"binary input: {controls / len(sample):.0%} of the first bytes are control bytes")
