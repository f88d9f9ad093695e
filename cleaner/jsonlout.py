"""The batch runner's output: an append-only JSON Lines file, one whole line per ``os.write``
(:class:`JsonlOutput`), and its repair on ``resume`` (a torn last line cut off, lines that are no
record dropped, the paths already recorded read back). :func:`cleaner.batch.run_batch` writes
every record through it.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
import time

from .records import OutputError, UsageError, _describe

__all__ = ["JsonlOutput"]

logger = logging.getLogger(__name__)

# How often the output is fsynced. Lines are written with os.write, so a killed process loses
# nothing; only a machine crash can lose the last second, and --resume repairs what it leaves.
_FSYNC_INTERVAL = 1.0


class JsonlOutput:
    """An append-only JSON Lines file written one whole line per ``os.write``.

    ``resume=True``: a torn last line (the run was killed mid-write, or the machine went down) is
    cut off, a complete line that is not a JSON record is dropped (the file is rewritten without
    it), and :attr:`done` holds every ``path`` already recorded. Without ``resume`` a non-empty
    file is a UsageError unless ``overwrite``. ``path == "-"`` writes to stdout.
    """

    def __init__(self, path: str, *, resume: bool = False, overwrite: bool = False) -> None:
        if resume and overwrite:
            raise UsageError("--resume and --overwrite contradict each other")
        self.path = path
        self.done: set[str] = set()
        self._last_sync = time.monotonic()
        self._can_sync = path != "-"
        if path == "-":
            if resume:
                raise UsageError("--resume needs an output file, not stdout")
            self._fd = sys.stdout.fileno()
            return
        exists = os.path.exists(path)
        if exists and os.path.isdir(path):
            raise UsageError(f"{path}: is a directory")
        if exists and os.path.getsize(path) > 0 and not (resume or overwrite):
            raise UsageError(f"{path} exists and is not empty: use --resume to continue it "
                             "or --overwrite to replace it")
        try:
            if resume and exists:
                self.done = _repair_and_read(path)
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if overwrite else 0)
            self._fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise OutputError(f"{path}: {_describe(exc)}") from None

    def write(self, line: bytes) -> None:
        """Append one complete line; fsync at most once a second."""
        try:
            view = memoryview(line)
            while view:  # one write, unless the kernel takes less (a full disk, a pipe)
                written = os.write(self._fd, view)
                view = view[written:]
            if self._can_sync and time.monotonic() - self._last_sync >= _FSYNC_INTERVAL:
                self._sync()
        except OSError as exc:
            raise OutputError(f"{self.path}: {_describe(exc)}") from None

    def _sync(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
                raise
            self._can_sync = False  # a pipe or a device: nothing to sync
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            if self._can_sync:
                self._sync()
        except OSError as exc:
            raise OutputError(f"{self.path}: {_describe(exc)}") from None
        finally:
            if self.path != "-":
                os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _repair_and_read(path: str) -> set[str]:
    done: set[str] = set()
    good_end = 0
    bad = 0
    torn = False
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                torn = True
                break
            key = _record_path(line)
            if key is None:
                bad += 1
            else:
                done.add(key)
            good_end += len(line)
    if bad:
        logger.warning("%s: dropping %d lines that are not records", path, bad)
        tmp = f"{path}.repair-{os.getpid()}"
        with open(path, "rb") as src, open(tmp, "wb") as dst:
            for line in src:
                if line.endswith(b"\n") and _record_path(line) is not None:
                    dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, path)
    elif torn:
        logger.warning("%s: cutting a torn last line (%d bytes)", path,
                       os.path.getsize(path) - good_end)
        os.truncate(path, good_end)
    return done


def _record_path(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    path = record.get("path") if isinstance(record, dict) else None
    return path if isinstance(path, str) else None
