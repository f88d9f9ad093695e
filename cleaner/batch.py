"""The batch runner: many pages in, one JSON Lines file out; robust to bad pages and to kills.

>>> from cleaner.batch import run_batch
>>> stats = run_batch(["pages/", "crawl.warc.gz"], "out.jsonl", jobs=4)  # doctest: +SKIP
>>> print(stats.summary())  # doctest: +SKIP

The flow, one way::

    inputs (files, directories, WARC files)
      -> iter_documents()     one Document per page: a file to read, or a WARC response's bytes
      -> engine               local: pebble's ProcessPool (this module);
                              spark: cleaner.spark.run_documents()
           clean_document()   read + gunzip, clean(), the record as a dict (never raises)
           record_line()      the record as one JSON line (bytes)
                              (both in cleaner.records, shared with the Spark engine)
      -> JsonlOutput          one os.write per line, O_APPEND, fsync once a second and at the end

Every record is ``{"path": ..., "ok": true, ...Article.to_dict()}`` or ``{"path": ..., "ok":
false, "error_type": ..., "error": ...}``; a WARC record adds ``"url"``. ``error_type`` is one of
:data:`ERROR_TYPES`.

Robustness, and where it lives:

- a page that raises is an error record (``clean_document`` catches everything);
- a page that hangs: each page is one pebble task with its own ``timeout``, counted from when a
  worker takes it; pebble then stops that worker (SIGTERM, SIGKILL 3 s later for a page stuck
  in C code) and starts another, and the page is a ``timeout`` record;
- a page that eats memory: each worker runs under ``RLIMIT_AS`` (``max_memory_mb``), so the
  allocation fails with ``MemoryError`` inside that worker: a ``memory`` record;
- memory creep: a worker is replaced after ``max_tasks_per_worker`` pages (pebble's
  ``max_tasks``);
- a worker that dies (segfault, OOM killer) costs the page it was on, recorded as ``crash``
  (pebble's ``ProcessExpired``);
- the run itself killed at any instant: lines are whole (one ``os.write`` each), and
  ``resume=True`` truncates a torn tail, skips every path already in the output and appends
  the rest, so every input ends up in the file exactly once.

Why pebble: the standard library's ``ProcessPoolExecutor`` cannot stop one hung task (a page
stuck in a regex would hold its worker for good), and the 180-line pool this module used to
carry did what pebble does. Measured on 1,190 corpus pages, 2 workers, 2 CPUs (shared, load
6-9): pebble 57.9 s median of 3 runs against 62.4 s, the same worker CPU (20 ms/page), and
1.0 against 0.5 ms of parent CPU per page (so one parent feeds some 1,000 pages/s, about 20
busy workers). With pages that hang (in Python, in C), eat memory or segfault, both wrote
one record per page with the same outcomes (20 pages, a 2 s timeout). The one cost is a page
stuck in C code, whose worker pebble kills 3 s after its timeout. A new worker cleans a small
article before its first page, so no page's timeout is spent loading the word segmenter.

Only the public surface of the library is used: ``clean``, ``CleanerConfig``, ``CleanerError``.
"""

from __future__ import annotations

import json
import logging
import concurrent.futures
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from . import CleanerConfig, clean, explain
from .jsonlout import JsonlOutput
from .records import (DEFAULT_CLEAN_FUNCTION, ERROR_TYPES, BatchError, Document, EngineError,
                      OutputError, Skipped, UsageError, clean_document, crash_record,
                      describe_read_error, limit_address_space, outcome, read_raw, record_line,
                      WARC_SUFFIXES, is_warc, resolve_function, timeout_record)
from .warc import count_pages, iter_warc_documents

__all__ = [
    "run_batch", "BatchStats", "WorkerStats", "BatchError", "UsageError", "OutputError",
    "EngineError",
    "Document", "Skipped", "find_inputs", "is_warc", "iter_documents", "iter_warc_documents",
    "clean_document", "record_line", "timeout_record", "crash_record", "outcome", "read_raw",
    "describe_read_error", "resolve_function", "limit_address_space", "JsonlOutput",
    "ERROR_TYPES", "PAGE_SUFFIXES", "WARC_SUFFIXES",
]

logger = logging.getLogger(__name__)

#: Files taken from a directory: pages, and the same gzipped.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".txt")


#: Defaults shared by the CLI and run_batch(). Recycling: a worker's RSS grew by ~4 MB over
#: 5000 corpus pages, and a new worker spends ~0.7 s warming up (lazy imports, the jieba
#: dictionary), so replacing one every 5000 pages costs about 1% and bounds any creep.
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_MEMORY_MB = 2048
DEFAULT_MAX_TASKS_PER_WORKER = 5000

# Pages queued per worker: enough that a worker never waits for its next page, few enough that
# the pages read ahead (WARC records are held in memory) stay a handful.
_QUEUED_PER_WORKER = 4
# The article a new worker cleans before its first page (see _start_worker).
_WARM_UP_PAGE = ("<html><head><title>城市建设迈出新步伐</title></head><body><h1>城市建设迈出新步伐</h1>"
                 "<p>2025年8月26日 来源：本报</p><p>今年以来，全市上下围绕重点工作持续发力，多个项目取得"
                 "阶段性进展，群众获得感不断增强。有关负责人表示，下一步将继续加大投入力度。</p>"
                 "</body></html>").encode("utf-8")
# WorkerStats.warm_rss_kb is taken after this many pages.
_WARM_PAGES = 100


# --------------------------------------------------------------------------------------------
# Values


@dataclass
class WorkerStats:
    """One worker process over its life: pages, CPU seconds (user + system), and memory in kB:
    RSS after its first page, after its 100th (when lazy imports and caches have settled; 0 if
    it did fewer), after its last, and its peak."""

    pid: int
    pages: int = 0
    cpu_seconds: float = 0.0
    first_rss_kb: int = 0
    warm_rss_kb: int = 0
    last_rss_kb: int = 0
    peak_rss_kb: int = 0


@dataclass
class BatchStats:
    """What a run did. ``outcomes`` counts ``ok``, ``empty`` (ok, no article) and ERROR_TYPES."""

    outcomes: Counter[str] = field(default_factory=Counter)
    already_done: int = 0   # skipped: already in the output (resume)
    not_pages: int = 0      # skipped: WARC records that are not pages
    seconds: float = 0.0
    workers: list[WorkerStats] = field(default_factory=list)
    interrupted: bool = False

    @property
    def pages(self) -> int:
        return sum(self.outcomes.values())

    @property
    def errors(self) -> int:
        return sum(n for outcome, n in self.outcomes.items() if outcome not in ("ok", "empty"))

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """A few lines for a human: counts by outcome, time, pages/s."""
        head = (f"{'interrupted after' if self.interrupted else 'done:'} {self.pages} pages in "
                f"{self.seconds:.1f} s ({self.pages_per_second:.1f} pages/s)")
        lines = [head]
        ok = self.outcomes.get("ok", 0) + self.outcomes.get("empty", 0)
        empty = self.outcomes.get("empty", 0)
        lines.append(f"  {'ok':<11}{ok:>8}" + (f"  ({empty} with no article)" if empty else ""))
        for kind in ERROR_TYPES:
            if self.outcomes.get(kind):
                lines.append(f"  {kind:<11}{self.outcomes[kind]:>8}")
        if self.already_done:
            lines.append(f"  {'skipped':<11}{self.already_done:>8}  (already in the output)")
        if self.not_pages:
            lines.append(f"  {'not pages':<11}{self.not_pages:>8}  (WARC records: not HTML/2xx)")
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Inputs


def _has_suffix(name: str, suffixes: Iterable[str]) -> bool:
    lower = name.lower()
    return any(lower.endswith(s) or lower.endswith(s + ".gz") for s in suffixes)


def find_inputs(inputs: Iterable[str]) -> list[str]:
    """Every file to read, in a stable order: named files as given, directories walked sorted.

    From a directory only page files (PAGE_SUFFIXES, optionally .gz) and WARC files are taken,
    not the reports `cleaner explain` writes beside them (``*.explain.html``); a file named on the
    command line is always taken. Raises UsageError for a missing input.
    """
    files: list[str] = []
    for given in inputs:
        if os.path.isdir(given):
            for root, dirs, names in os.walk(given):
                dirs.sort()
                for name in sorted(names):
                    if is_warc(name) or (_has_suffix(name, PAGE_SUFFIXES)
                                         and not _has_suffix(name, (explain.SUFFIX,))):
                        files.append(os.path.join(root, name))
        elif os.path.exists(given):
            files.append(given)
        else:
            raise UsageError(f"{given}: no such file or directory")
    return [os.path.normpath(f) for f in files]


def iter_documents(files: Iterable[str], *,
                   max_bytes: int | None = None) -> Iterator[Document | Skipped]:
    """A Document per page file and per WARC response; a Skipped per WARC record that is no page.

    Duplicate paths (a file named twice, a repeated WARC-Record-ID) come once.
    """
    limit = max_bytes or CleanerConfig.max_input_bytes
    seen: set[str] = set()
    for path in files:
        items: Iterable[Document | Skipped]
        if is_warc(path):
            items = iter_warc_documents(path, max_bytes=limit)
        else:
            items = (Document(path=path, file=path, gzipped=path.lower().endswith(".gz")),)
        for item in items:
            if item.path not in seen:
                seen.add(item.path)
                yield item


def count_documents(files: Iterable[str]) -> int:
    """How many items iter_documents() will yield, give or take duplicates (for progress)."""
    return sum(count_pages(path) if is_warc(path) else 1 for path in files)


# --------------------------------------------------------------------------------------------
# One page -> one record (runs in a worker, or in a Spark executor)


# --------------------------------------------------------------------------------------------
# Progress


class _Progress:
    """tqdm on stderr when it is installed, else a plain line every 10 s; nothing when quiet."""

    def __init__(self, total: int | None, *, enabled: bool) -> None:
        self.enabled = enabled
        self.errors = 0
        self.done = 0
        self.total = total
        self._bar: Any = None
        self._start = self._last = time.monotonic()
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        tty = sys.stderr.isatty()
        self._bar = tqdm(total=total, unit="page", desc="cleaning", file=sys.stderr,
                         dynamic_ncols=True, smoothing=0.05, mininterval=0.2 if tty else 10.0)
        self._bar.set_postfix_str("errors=0", refresh=False)

    def update(self, kind: str) -> None:
        self.done += 1
        error = kind not in ("ok", "empty")
        self.errors += error
        if self._bar is not None:
            if error:
                self._bar.set_postfix_str(f"errors={self.errors}", refresh=False)
            self._bar.update(1)
        elif self.enabled and time.monotonic() - self._last >= 10.0:
            self._last = time.monotonic()
            rate = self.done / max(self._last - self._start, 1e-9)
            left = f", ETA {(self.total - self.done) / rate:.0f} s" if self.total and rate else ""
            print(f"cleaner batch: {self.done}/{self.total or '?'} pages, {rate:.1f} pages/s, "
                  f"{self.errors} errors{left}", file=sys.stderr, flush=True)

    def shrink(self) -> None:
        """One expected page will not come (already done, or not a page)."""
        if self.total:
            self.total -= 1
            if self._bar is not None:
                self._bar.total = self.total

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


# --------------------------------------------------------------------------------------------
# The local engine: a pool of worker processes the parent can kill


def _rss_kb() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in kB (zeros where unknown)."""
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        return 0, 0
    if sys.platform == "darwin":
        peak //= 1024
    try:
        with open("/proc/self/statm", "rb") as f:
            now = int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        now = peak
    return now, peak


def _die_with_parent() -> None:
    # Linux: the worker is killed when its parent dies (with forkserver the parent is the fork
    # server, which exits when the batch process does), so a page stuck in C code cannot
    # outlive a batch that was killed.
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(max_memory_mb: int, sys_path: list[str], clean_ref: str) -> None:
    """Run once in each new worker, before it takes a page: die with the parent, see the
    parent's sys.path, take the memory limit, import the clean function (later lookups hit
    ``sys.modules``) and clean one small article, which loads what the cleaner loads lazily
    (the word segmenter's dictionary: about 1.4 s). Neither then counts against the timeout
    of the worker's first page."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    sys.path[:] = sys_path
    limit_address_space(max_memory_mb)
    resolve_function(clean_ref)
    try:
        clean(_WARM_UP_PAGE)
    except Exception as exc:  # noqa: BLE001 - a worker that cannot warm up still cleans
        logger.debug("worker warm-up failed: %s", exc)


def _clean_in_worker(doc: Document, clean_ref: str,
                     config: CleanerConfig | None) -> tuple[bytes, str, int, int, int, float]:
    """One page in a worker: (line, outcome, pid, rss_kb, peak_rss_kb, cpu_seconds)."""
    record = clean_document(doc, clean_fn=resolve_function(clean_ref), config=config)
    kind = outcome(record)
    line = record_line(record)
    del record
    times = os.times()
    return (line, kind, os.getpid(), *_rss_kb(), times.user + times.system)


#: How often a wait for pages looks at whether the pool is still alive.
_POLL_SECONDS = 1.0


class _LocalPool:
    """Runs Documents through pebble's ProcessPool; emits each record line as it arrives.

    Each page is one task with its own ``timeout``: pebble starts the clock when a worker takes
    the task, stops that worker when it runs out (the page is a ``timeout`` record) and starts
    another. A worker that dies costs the page it was on (``ProcessExpired``: ``crash``);
    workers are replaced after ``max_tasks`` pages. At most a few pages per worker are queued
    at a time, so memory does not grow with the input.
    """

    def __init__(self, *, jobs: int, timeout: float, max_memory_mb: int, max_tasks: int,
                 clean_ref: str, config: CleanerConfig | None) -> None:
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.max_tasks = max_tasks
        self.clean_ref = clean_ref
        self.config = config
        self.workers: dict[int, WorkerStats] = {}  # by pid, in the order of their first page

    def run(self, docs: Iterator[Document], emit: Callable[[bytes, str], None]) -> None:
        """Clean every Document of ``docs``, calling ``emit(line, outcome)`` for each record."""
        from pebble import ProcessPool

        methods = multiprocessing.get_all_start_methods()
        # forkserver: workers fork from a small server that has the cleaner imported, so a
        # replacement starts in milliseconds and inherits no threads or state from the parent.
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if ctx.get_start_method() == "forkserver":
            ctx.set_forkserver_preload(["cleaner", "cleaner.batch", "pebble"])
        pool = ProcessPool(max_workers=self.jobs, max_tasks=self.max_tasks, context=ctx,
                           initializer=_start_worker,
                           initargs=(self.max_memory_mb, list(sys.path), self.clean_ref))
        pending: dict[concurrent.futures.Future[Any], Document] = {}
        finished = False
        try:
            for doc in docs:
                if len(pending) >= self.jobs * _QUEUED_PER_WORKER:
                    self._collect(pool, pending, emit)
                try:
                    future = pool.schedule(_clean_in_worker, args=(doc, self.clean_ref, self.config),
                                           timeout=self.timeout or None)
                except RuntimeError as exc:  # pebble's word for a pool that broke down
                    raise BrokenProcessPool(str(exc)) from exc
                pending[future] = doc
            while pending:
                self._collect(pool, pending, emit)
            finished = True
        except BrokenProcessPool as exc:
            raise EngineError(
                f"worker processes die as they start ({exc}; see the messages above): a "
                "--max-memory too low to start Python, a clean function they cannot import, or "
                "a script read from stdin (workers import the main module: run it from a file)"
            ) from exc
        finally:
            if finished:
                pool.close()
            else:
                pool.stop()  # interrupted, or the output failed: kill the workers
            pool.join()

    def _collect(self, pool: Any, pending: dict[concurrent.futures.Future[Any], Document],
                 emit: Callable[[bytes, str], None]) -> None:
        """Wait for at least one page to finish; emit the record of each finished page.

        The wait looks at the pool every :data:`_POLL_SECONDS`: when its workers die as they
        start, pebble fails the tasks it had registered, but a task still on its way to the
        pool's manager is never failed, and a plain wait would last for ever."""
        from pebble import ProcessExpired

        while True:
            done, _ = concurrent.futures.wait(pending, timeout=_POLL_SECONDS,
                                              return_when=concurrent.futures.FIRST_COMPLETED)
            if done:
                break
            if not pool.active:
                raise BrokenProcessPool("the pool stopped with pages still queued")
        for future in done:
            doc = pending.pop(future)
            try:
                line, kind, pid, rss, peak, cpu = future.result()
            except concurrent.futures.TimeoutError:
                emit(record_line(timeout_record(doc, self.timeout)), "timeout")
                continue
            except ProcessExpired as exc:
                emit(record_line(crash_record(doc, exc.exitcode)), "crash")
                continue
            stats = self.workers.setdefault(pid, WorkerStats(pid=pid))
            stats.pages += 1
            stats.cpu_seconds = cpu
            stats.first_rss_kb = stats.first_rss_kb or rss
            if stats.pages == _WARM_PAGES:
                stats.warm_rss_kb = rss
            stats.last_rss_kb, stats.peak_rss_kb = rss, max(stats.peak_rss_kb, peak)
            emit(line, kind)


# --------------------------------------------------------------------------------------------
# The run


def run_batch(inputs: Iterable[str], output: str, *, jobs: int | None = None, resume: bool = False,
              overwrite: bool = False, timeout: float = DEFAULT_TIMEOUT,
              max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
              max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER,
              engine: str = "local", spark_master: str | None = None,
              spark_conf: Mapping[str, str] | None = None, quiet: bool = True,
              config: CleanerConfig | None = None,
              clean_function: str = DEFAULT_CLEAN_FUNCTION,
              explain_dir: str | None = None) -> BatchStats:
    """Clean every page of ``inputs`` into the JSON Lines file ``output``; see the module doc.

    Raises UsageError (bad arguments: the CLI exits 2), OutputError (the output cannot be
    written: exit 1) or EngineError (Spark failed: exit 1); nothing a page does makes it raise.
    ``timeout`` and ``max_memory_mb`` of 0 mean no limit; ``max_tasks_per_worker`` of 0 never
    recycles workers. ``spark_conf`` is passed to the Spark session builder. ``explain_dir``:
    also write each record's HTML report (``cleaner explain``) into that folder.
    """
    if engine not in ("local", "spark"):
        raise UsageError(f"unknown engine {engine!r}: local or spark")
    if timeout < 0 or max_memory_mb < 0 or max_tasks_per_worker < 0:
        raise UsageError("--timeout, --max-memory and --max-tasks-per-worker cannot be negative")
    jobs = jobs or os.cpu_count() or 1
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if engine == "spark":
        from . import spark
        try:
            spark.require_pyspark()
        except ImportError as exc:
            raise UsageError(str(exc)) from None
    resolve_function(clean_function)  # a bad name is a usage error here, not a crash per page
    files = find_inputs(inputs)
    if output != "-":  # `cleaner batch . -o out.txt` must not read its own output
        files = [f for f in files if os.path.realpath(f) != os.path.realpath(output)]
    limit = (config or CleanerConfig).max_input_bytes

    stats = BatchStats()
    started = time.monotonic()
    with JsonlOutput(output, resume=resume, overwrite=overwrite) as out:
        progress = _Progress(count_documents(files) if not quiet else None, enabled=not quiet)

        def documents() -> Iterator[Document]:
            for item in iter_documents(files, max_bytes=limit):
                if isinstance(item, Skipped):
                    stats.not_pages += 1
                    progress.shrink()
                elif item.path in out.done:
                    stats.already_done += 1
                    progress.shrink()
                else:
                    yield item

        def emit(line: bytes, kind: str) -> None:
            out.write(line)
            if explain_dir:
                record = json.loads(line)
                try:
                    explain.write_report(record, explain.report_path(explain_dir, record["path"]),
                                         record["path"], url=record.get("url"))
                except OSError as exc:
                    raise OutputError(f"cannot write a report into {explain_dir}: {exc}") from exc
            stats.outcomes[kind] += 1
            progress.update(kind)

        try:
            if engine == "spark":
                spark.run_documents(documents(), emit, master=spark_master, jobs=jobs,
                                    conf=spark_conf, timeout=timeout,
                                    max_memory_mb=max_memory_mb, config=config,
                                    clean_function=clean_function, quiet=quiet)
            else:
                pool = _LocalPool(jobs=jobs, timeout=timeout, max_memory_mb=max_memory_mb,
                                  max_tasks=max_tasks_per_worker, clean_ref=clean_function,
                                  config=config)
                try:
                    pool.run(documents(), emit)
                finally:
                    stats.workers = list(pool.workers.values())
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            progress.close()
            stats.seconds = time.monotonic() - started
    return stats
