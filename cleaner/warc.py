"""WARC: a small reader (WARC 1.0/1.1, plain or gzip, multi-member gzip included).

>>> from cleaner.warc import iter_warc_documents
>>> for item in iter_warc_documents("crawl.warc.gz"):  # doctest: +SKIP
...     print(item.path)

The pages of one WARC file: ``response`` records with an HTTP 2xx page, and ``resource``
records holding a page, each a :class:`~cleaner.batch.Document` whose ``path`` is
``path#<WARC-Record-ID without <>>``; a response or resource that is no page is a
:class:`~cleaner.batch.Skipped`, and other record types are passed over.

How, one record at a time (a record's block is skipped once it has been looked at):

- the file is gzip when it starts with the gzip magic (multi-member gzip included), else plain;
- WARC headers are read line by line (folded continuation lines joined, names lower-cased), the
  content block by its ``Content-Length``;
- a ``response`` record's HTTP head (CRLF CRLF, or bare LF LF from sloppy tools) gives the
  status and headers; bodies are de-chunked (``Transfer-Encoding: chunked``) and
  gunzipped/inflated (``Content-Encoding: gzip``, ``deflate``) here, leniently: a body the
  header says is chunked or gzipped but is not (some tools store the decoded body and keep the
  header) is taken as it is; a truncated capture gives what could be decoded;
- the Content-Type charset goes into ``Document.charset``.

A file that stops parsing ends with one error Document named ``path``.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import IO

from . import CleanerConfig
from .records import Document, Skipped, _describe

__all__ = ["Document", "Skipped", "iter_warc_documents"]


# --------------------------------------------------------------------------------------------
# The values a reader yields (page files and WARC records alike; the batch runner cleans them)


# WARC: header lines longer than this are junk; HTTP heads longer than this are not looked at.
_MAX_LINE = 64 * 1024
_MAX_HTTP_HEAD = 64 * 1024
# HTTP Content-Types taken as pages (a response without one is tried too).
_PAGE_MIME_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class _WarcFormatError(ValueError):
    pass


class _Block:
    """The content block of one WARC record, read at most ``length`` bytes."""

    def __init__(self, stream: IO[bytes], length: int) -> None:
        self._stream = stream
        self.remaining = length

    def read(self, n: int = -1) -> bytes:
        n = self.remaining if n < 0 else min(n, self.remaining)
        data = self._stream.read(n) if n else b""
        self.remaining -= len(data)
        if len(data) < n:
            raise _WarcFormatError("record cut short (truncated file)")
        return data

    def skip(self) -> None:
        while self.remaining:
            self.read(min(self.remaining, 1 << 20))


def _open_warc(path: str) -> IO[bytes]:
    raw = open(path, "rb")
    if raw.read(2) == b"\x1f\x8b":
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    raw.seek(0)
    return raw


def _iter_warc_records(stream: IO[bytes]) -> Iterator[tuple[dict[str, str], _Block]]:
    """(headers with lower-case names, content block) per record; the block is skipped after."""
    while True:
        line = stream.readline(_MAX_LINE)
        if not line:
            return
        if not line.strip():
            continue  # the CRLF CRLF after a block, or stray blank lines
        if not line.startswith(b"WARC/"):
            raise _WarcFormatError(f"expected a WARC record, found {line[:40]!r}")
        headers: dict[str, str] = {}
        name = ""
        while True:
            line = stream.readline(_MAX_LINE)
            if not line:
                raise _WarcFormatError("record headers cut short (truncated file)")
            if not line.strip():
                break
            text = line.decode("utf-8", "replace")
            if text[:1] in (" ", "\t") and name:  # folded continuation line
                headers[name] += " " + text.strip()
                continue
            name, sep, value = text.partition(":")
            if sep:
                name = name.strip().lower()
                headers[name] = value.strip()
        try:
            length = int(headers["content-length"])
        except (KeyError, ValueError):
            raise _WarcFormatError("record without a valid Content-Length") from None
        block = _Block(stream, length)
        yield headers, block
        block.skip()


def _strip_angles(value: str) -> str:
    value = value.strip()
    return value[1:-1] if value.startswith("<") and value.endswith(">") else value


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def iter_warc_documents(path: str, *, max_bytes: int | None = None) -> Iterator[Document | Skipped]:
    """The pages of one WARC file: ``response`` records with an HTTP 2xx page, and ``resource``
    records holding a page. Each Document's ``path`` is ``path#<WARC-Record-ID without <>>``.

    HTTP bodies are de-chunked and gunzipped/inflated here; the Content-Type charset goes into
    ``Document.charset``. A file that stops parsing ends with one error Document named ``path``.
    """
    limit = max_bytes or CleanerConfig().max_input_bytes
    index = 0
    try:
        with _open_warc(path) as stream:
            for headers, block in _iter_warc_records(stream):
                kind = headers.get("warc-type")
                if kind not in ("response", "resource"):
                    continue
                index += 1
                record_id = _strip_angles(headers.get("warc-record-id", "")) or f"record-{index}"
                doc_path = f"{path}#{record_id}"
                url = _strip_angles(headers.get("warc-target-uri", "")) or None
                fetched = _parse_warc_date(headers.get("warc-date"))
                yield _warc_document(doc_path, kind, headers, block, url, fetched, limit)
    except (OSError, EOFError, zlib.error, _WarcFormatError) as exc:
        yield Document(path=path, error=f"broken WARC file after {index} records: {_describe(exc)}")


def _warc_document(path: str, kind: str, headers: dict[str, str], block: _Block,
                   url: str | None, fetched: datetime | None, limit: int) -> Document | Skipped:
    doc = Document(path=path, url=url, fetched=fetched)
    content_type = headers.get("content-type", "")
    if kind == "resource":
        if content_type and not _is_page_type(content_type):
            return Skipped(path, f"not a page ({content_type})")
        if block.remaining > limit:
            return replace(doc, error=f"record over the size limit ({limit} bytes)")
        return replace(doc, data=block.read(), charset=_charset(content_type))
    if content_type and not content_type.lower().startswith("application/http"):
        return Skipped(path, f"not an HTTP response ({content_type})")
    start = block.read(min(block.remaining, _MAX_HTTP_HEAD))
    split = _find_head_end(start)
    if split is None:
        return replace(doc, error="no end of HTTP headers in the record")
    head, body = start[:split[0]], start[split[1]:]
    status, http = _parse_http_head(head)
    if status is None:
        return replace(doc, error="no HTTP status line in the record")
    if not 200 <= status < 300:
        return Skipped(path, f"HTTP status {status}")
    mime = http.get("content-type", "")
    if mime and not _is_page_type(mime):
        return Skipped(path, f"not a page ({mime})")
    if len(body) + block.remaining > limit:
        return replace(doc, error=f"HTTP body over the size limit ({limit} bytes)")
    body += block.read()
    try:
        body = _decode_http_body(body, http, limit)
    except _HttpDecodeError as exc:
        return replace(doc, error=str(exc))
    return replace(doc, data=body, charset=_charset(mime))


def _is_page_type(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _PAGE_MIME_TYPES


_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([^\s;"',]+)""", re.IGNORECASE)


def _charset(content_type: str) -> str | None:
    match = _CHARSET_RE.search(content_type)
    return match.group(1).lower() if match else None


def _find_head_end(data: bytes) -> tuple[int, int] | None:
    """Where the HTTP head ends and the body starts (CRLF CRLF, or bare LF LF from sloppy tools)."""
    crlf, lf = data.find(b"\r\n\r\n"), data.find(b"\n\n")
    if crlf >= 0 and (lf < 0 or crlf <= lf):
        return crlf, crlf + 4
    if lf >= 0:
        return lf, lf + 2
    return None


def _parse_http_head(head: bytes) -> tuple[int | None, dict[str, str]]:
    lines = head.decode("latin-1").splitlines()
    status: int | None = None
    if lines:
        parts = lines[0].split()
        if len(parts) >= 2 and parts[0].upper().startswith("HTTP/") and parts[1].isdigit():
            status = int(parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            # Repeated headers: the values joined, as HTTP says they may be.
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return status, headers


class _HttpDecodeError(ValueError):
    pass


def _decode_http_body(body: bytes, headers: dict[str, str], limit: int) -> bytes:
    """Undo Transfer-Encoding: chunked and Content-Encoding: gzip/deflate.

    Lenient where crawlers are sloppy: a body the header says is chunked or gzipped but is not
    (some tools store the decoded body and keep the header) is taken as it is; a truncated
    capture gives what could be decoded.
    """
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    codings = [c.strip().lower() for c in headers.get("content-encoding", "").split(",")
               if c.strip()]
    for coding in reversed(codings):
        if coding in ("identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            if body[:2] == b"\x1f\x8b":
                body = _inflate(body, 16 + zlib.MAX_WBITS, limit)
        elif coding == "deflate":
            try:
                body = _inflate(body, zlib.MAX_WBITS, limit)
            except _HttpDecodeError:
                body = _inflate(body, -zlib.MAX_WBITS, limit)
        else:
            raise _HttpDecodeError(f"unsupported Content-Encoding: {coding}")
    return body


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    # One member only for gzip bodies; more than ``limit`` bytes out is cut (clean() then says
    # it is over the size limit) so a compression bomb costs nothing.
    inflater = zlib.decompressobj(wbits)
    try:
        return inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise _HttpDecodeError(f"bad compressed HTTP body: {exc}") from None


_CHUNK_SIZE_RE = re.compile(rb"[0-9A-Fa-f]+")


def _dechunk(body: bytes) -> bytes:
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        line = body[pos:eol if eol >= 0 else len(body)].split(b";")[0].strip()
        if not _CHUNK_SIZE_RE.fullmatch(line):
            # Not chunked after all (the first line) or garbage after a chunk: keep what we have.
            return body if not parts else b"".join(parts)
        size = int(line, 16)
        if size == 0 or eol < 0:
            return b"".join(parts)
        pos = eol + 1
        parts.append(body[pos:pos + size])
        pos += size
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1
        if pos >= len(body):
            return b"".join(parts)  # truncated capture: what arrived

