"""One page in, one record out: what every engine of ``cleaner batch`` shares.

The local pool (:mod:`cleaner.batch`) and Spark (:mod:`cleaner.spark`) both turn a
:class:`Document` into a record with :func:`clean_document` and write it with
:func:`record_line`; the WARC reader (:mod:`cleaner.warc`) yields Documents. Keeping these here
lets each of them import this module and none import another::

    warc ----> records <---- batch ----> spark ----> records

Every record is ``{"path": ..., "ok": true, ...Article.to_dict()}`` or ``{"path": ..., "ok":
false, "error_type": ..., "error": ...}``; a WARC record adds ``"url"``. ``error_type`` is one of
:data:`ERROR_TYPES`. The exceptions a run as a whole can raise::

    BatchError
     +-- UsageError    bad arguments (the CLI exits 2)
     +-- OutputError   the output cannot be written (exit 1)
     +-- EngineError   the engine failed as a whole (exit 1)
"""

from __future__ import annotations

import errno
import gzip
import importlib
import importlib.util
import io
import json
import logging
import math
import os
import re
import signal
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from . import CleanerConfig, CleanerError, clean

__all__ = [
    "Document", "Skipped", "BatchError", "UsageError", "OutputError", "EngineError",
    "ERROR_TYPES", "DEFAULT_CLEAN_FUNCTION", "clean_document", "record_line", "timeout_record",
    "crash_record", "outcome", "read_raw", "describe_read_error", "resolve_function",
    "limit_address_space", "WARC_SUFFIXES", "is_warc", "looks_like_warc",
]

#: Files read as WARC archives (a named file is read as WARC when its name ends so). Kept here,
#: where ``batch`` and ``explain`` both import it (``explain`` cannot import ``batch``, which
#: imports it).
WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(name: str) -> bool:
    """Whether a file is read as a WARC archive (by its name)."""
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(data: bytes) -> bool:
    """Whether bytes that came without a name (stdin) are a WARC archive: a record's version line
    (``WARC/1.0``) first, plain or in the first member of a gzip file."""
    head = data[:5]
    if data[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(31).decompress(data[:4096], 5)
        except zlib.error:
            return False
    return head == b"WARC/"


logger = logging.getLogger(__name__)

#: What ``error_type`` says on an ``"ok": false`` record.
ERROR_TYPES = (
    "not-a-page",  # clean() raised CleanerError: empty, binary, over the size limit
    "read",        # the bytes could not be had: I/O error, broken gzip, broken WARC/HTTP framing
    "exception",   # clean() raised anything else: a bug in the cleaner, worth a report
    "memory",      # MemoryError under the worker's RLIMIT_AS
    "timeout",     # the page ran longer than the timeout; its worker was killed
    "crash",       # the worker process died on the page (a signal, the kernel's OOM killer)
)

#: The clean function the workers run, as ``module:function`` (see :func:`resolve_function`).
DEFAULT_CLEAN_FUNCTION = "cleaner:clean"


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class Document:
    """One input page: its record ``path`` and where its bytes are.

    Exactly one of ``file`` (read in the worker) and ``data`` is set, unless ``error`` says why
    the page could not be had at all; ``clean_document`` then records that error.
    """

    path: str                        # the record's "path": a file, or file.warc.gz#record-id
    file: str | None = None          # read the bytes from this file ...
    data: bytes | None = None        # ... or here they are
    gzipped: bool = False            # the bytes are gzip (a .gz page file)
    url: str | None = None           # WARC-Target-URI, passed to clean(url=...)
    charset: str | None = None       # the HTTP Content-Type charset: clean(charset=...)
    fetched: datetime | None = None  # WARC-Date, passed as clean(now=...) for relative dates
    error: str | None = None         # why the bytes could not be had


@dataclass(frozen=True)
class Skipped:
    """A WARC record that is not a page (an image, a redirect, a 404); counted, not recorded."""

    path: str
    reason: str


class BatchError(Exception):
    """A batch run that cannot go on."""


class UsageError(BatchError):
    """Bad arguments: a missing input, an output that exists without --resume/--overwrite."""


class OutputError(BatchError):
    """The output file cannot be written."""


class EngineError(BatchError):
    """The engine failed as a whole (a Spark job that could not run); the records written so
    far stay, and --resume continues from them."""


# --------------------------------------------------------------------------------------------
# One page -> one record (runs in a worker, or in a Spark executor)


def read_raw(doc: Document, *, max_bytes: int | None = None) -> bytes:
    """The page's bytes as stored: ``doc.data``, or at most ``max_bytes + 1`` bytes of ``doc.file``.

    One byte over the limit is enough for clean() to say the page is too large.
    """
    if doc.data is not None:
        return doc.data
    if doc.file is None:
        raise OSError(errno.ENOENT, "no data")
    with open(doc.file, "rb") as f:
        return _read_capped(f, max_bytes or CleanerConfig.max_input_bytes)


def _read_capped(f: IO[bytes], limit: int) -> bytes:
    # f.read(n) allocates n bytes up front: read in pieces no larger than what is there.
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        part = f.read(min(left, 1 << 20))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _gunzip(data: bytes, limit: int) -> bytes:
    # Multi-member gzip, at most limit + 1 bytes out; truncated or corrupt input raises.
    with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as f:
        return _read_capped(f, limit)  # type: ignore[arg-type]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def describe_read_error(exc: BaseException) -> str:
    """The ``error`` text of a ``read`` record: the same whichever process read the bytes."""
    return _describe(exc)


def _where(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    return f" ({os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno})"


def _error(record: dict[str, Any], kind: str, message: str) -> dict[str, Any]:
    record["ok"] = False
    record["error_type"] = kind
    record["error"] = message
    return record


def _head(doc: Document) -> dict[str, Any]:
    record: dict[str, Any] = {"path": doc.path, "ok": True}
    if doc.url:
        record["url"] = doc.url
    return record


def clean_document(doc: Document, *, clean_fn: Callable[..., Any] = clean,
                   config: CleanerConfig | None = None) -> dict[str, Any]:
    """The record for one page. Never raises (a KeyboardInterrupt aside).

    >>> clean_document(Document(path="a.html", data=b""))["error_type"]
    'not-a-page'
    """
    record = _head(doc)
    limit = (config or CleanerConfig).max_input_bytes
    if doc.error is not None:
        return _error(record, "read", doc.error)
    try:
        data = read_raw(doc, max_bytes=limit)
        if doc.gzipped:
            data = _gunzip(data, limit)
    except MemoryError:
        return _error(record, "memory", "out of memory reading the page")
    except Exception as exc:  # noqa: BLE001 - OSError, EOFError, zlib.error, BadGzipFile ...
        return _error(record, "read", describe_read_error(exc))
    try:
        article = clean_fn(data, url=doc.url, config=config, now=doc.fetched,
                           charset=doc.charset)
        del data
        fields = article.to_dict()
    except CleanerError as exc:
        return _error(record, "not-a-page", str(exc))
    except MemoryError:
        return _error(record, "memory", "out of memory")
    except Exception as exc:  # noqa: BLE001 - a bug in the cleaner must not end the batch
        return _error(record, "exception", f"{_describe(exc)}{_where(exc)}")
    record.update(fields)
    record["path"], record["ok"] = doc.path, True  # whatever to_dict() may grow
    return record


def timeout_record(doc: Document, seconds: float) -> dict[str, Any]:
    """The record of a page that ran out of time (the same on every engine)."""
    return _error(_head(doc), "timeout", f"timed out after {seconds:g} s")


def crash_record(doc: Document, exitcode: int | None) -> dict[str, Any]:
    """The record of a page whose worker process died."""
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
        if exitcode == -signal.SIGKILL:
            how += " (the kernel's OOM killer?)"
    else:
        how = f"exited with status {exitcode}"
    return _error(_head(doc), "crash", f"worker process {how} on this page")


def outcome(record: dict[str, Any]) -> str:
    """``ok``, ``empty`` (ok but no article text) or the record's error_type."""
    if record.get("ok"):
        return "ok" if record.get("text") else "empty"
    return str(record.get("error_type", "exception"))

# Characters that str.splitlines() and some JSON Lines readers take as line breaks but
# json.dumps(ensure_ascii=False) leaves raw: escape them so a record is one line for everyone.
_LINE_BREAKS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\x85", "\\u0085"))


def escape_line_breaks(text: str) -> str:
    """``text`` with :data:`_LINE_BREAKS` escaped. A scan and, for a character it holds, a replace:
    ``str.translate`` with a table looks up every character past the first non-ASCII one, a
    missed key raising ``KeyError`` inside (~670 instructions a character of the JSON line), a
    third to a half of a batch worker's instructions a page."""
    for char, escape in _LINE_BREAKS:
        if char in text:
            text = text.replace(char, escape)
    return text


#: The encoder of every record line, made once (``json.dumps`` with an option makes one a call),
#: with no check for cycles (an id added to a dict and taken out again for each of a record's
#: hundreds of lists and dicts): a record is made fresh a page from strings, numbers, None and the
#: new lists and dicts of ``Article.to_dict()`` (``clean_document``, ``_error``), none of which
#: can hold the record or itself. A cyclic record still raises (RecursionError), as before, when
#: ``_finite`` recursed.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False)


def record_line(record: dict[str, Any]) -> bytes:
    """The record as one line of UTF-8 JSON, newline included."""
    try:
        text = _ENCODER.encode(record)
    except ValueError:  # NaN or infinity somewhere (a score): null instead
        text = json.dumps(_finite(record), ensure_ascii=False)
    try:
        return escape_line_breaks(text).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate: ASCII JSON escapes it
        return json.dumps(_finite(record), ensure_ascii=True).encode("ascii") + b"\n"


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


# --------------------------------------------------------------------------------------------
# In every worker process


def resolve_function(ref: str) -> Callable[..., Any]:
    """``"package.module:function"`` or ``"/path/to/file.py:function"`` -> the function.

    How the batch names its clean function, so workers started fresh can import it; tests use
    it to run pages that hang, crash or eat memory.
    """
    module_name, sep, attr = ref.rpartition(":")
    if not sep or not module_name or not attr:
        raise UsageError(f"{ref!r}: expected module:function")
    try:
        if module_name.endswith(".py"):
            name = "_cleaner_batch_" + re.sub(r"\W", "_", os.path.abspath(module_name))
            module = sys.modules.get(name)
            if module is None:
                spec = importlib.util.spec_from_file_location(name, module_name)
                if spec is None or spec.loader is None:
                    raise ImportError(f"cannot load {module_name}")
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                spec.loader.exec_module(module)
        else:
            module = importlib.import_module(module_name)
        fn = getattr(module, attr)
    except (ImportError, AttributeError, OSError) as exc:
        raise UsageError(f"cannot load {ref}: {exc}") from None
    if not callable(fn):
        raise UsageError(f"{ref} is not callable")
    return fn  # type: ignore[no-any-return]


def limit_address_space(max_memory_mb: int | None) -> None:
    """Lower this process's RLIMIT_AS (soft) to ``max_memory_mb``; never raise it. A no-op for
    None or 0, and where there are no resource limits."""
    if not max_memory_mb or max_memory_mb <= 0:
        return
    try:
        import resource
        limit = max_memory_mb * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError) as exc:
        logger.warning("cannot limit memory to %d MB: %s", max_memory_mb, exc)
