"""Clean pages on Apache Spark: the records of ``cleaner batch``, computed by Spark executors.

PySpark is an optional extra (``pip install 'cleaner[spark]'``, Java 17+); it is imported only
when a function here needs it. Every executor needs ``cleaner`` installed (pip on the workers,
or ``spark-submit --py-files cleaner.zip``).

Map it over your own data::

    from cleaner.spark import clean_rdd, clean_dataframe
    pages = spark.sparkContext.binaryFiles("hdfs:///crawl/pages/*.html")  # (path, bytes)
    records = clean_rdd(pages)                                          # RDD of dicts
    df = clean_dataframe(spark.read.format("binaryFile").load("s3a://bucket/pages/"),
                         path_col="path", content_col="content")        # path, ok, record (JSON)

A record is exactly what ``cleaner batch`` writes: ``{"path", "ok", ...Article.to_dict()}`` or
``{"path", "ok": false, "error_type", "error"}`` (plus ``"url"`` when one is given).

Limits on Spark: ``timeout`` is a soft per-page timeout (``SIGALRM`` in the Python worker): it
stops a page stuck in Python code, not one stuck inside a C extension, and the executor is not
killed. Memory: ``max_memory_mb`` (or Spark's own ``spark.executor.pyspark.memory``) sets
``RLIMIT_AS`` on the Python workers, so a page that exhausts it is a ``memory`` record.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import CleanerConfig
from .records import (
    DEFAULT_CLEAN_FUNCTION, BatchError, Document, EngineError, clean_document,
    describe_read_error, limit_address_space, outcome, read_raw, record_line,
    resolve_function, timeout_record,
)

if TYPE_CHECKING:  # pragma: no cover
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["clean_record", "clean_rdd", "clean_dataframe", "require_pyspark", "run_documents"]

_MISSING = ("cleaner.spark needs PySpark: pip install 'cleaner[spark]' "
            "(PySpark also needs Java 17 or later)")

# Pages per Spark job in run_documents(): each job ships its pages from the driver, so this
# bounds driver memory and lets records stream back while the next job runs.
_JOB_PAGES = 2000
_JOB_BYTES = 256 << 20


def require_pyspark() -> Any:
    """The ``pyspark`` module, or an ImportError that says how to install it."""
    try:
        import pyspark
    except ImportError as exc:
        raise ImportError(_MISSING) from exc
    return pyspark


class _PageTimeout(BaseException):
    # BaseException, so that a broad ``except Exception`` inside clean() cannot swallow it.
    pass


@contextlib.contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise _PageTimeout in this thread after ``seconds`` (main thread of a POSIX process only)."""
    if (not seconds or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def fire(signum: int, frame: Any) -> None:
        raise _PageTimeout

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _clean(doc: Document, clean_fn: Callable[..., Any], config: CleanerConfig | None,
           timeout: float | None) -> dict[str, Any]:
    try:
        with _alarm(timeout):
            return clean_document(doc, clean_fn=clean_fn, config=config)
    except _PageTimeout:
        return timeout_record(doc, timeout or 0)


def clean_record(path: str, data: bytes | str, url: str | None = None, *,
                 config: CleanerConfig | None = None, now: datetime | None = None,
                 charset: str | None = None, timeout: float | None = None) -> dict[str, Any]:
    """The batch record of one page; never raises. No Spark needed: map it however you like.

    >>> clean_record("a.html", b"")["error_type"]
    'not-a-page'
    """
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    doc = Document(path=path, data=raw, url=url, charset=charset, fetched=now)
    return _clean(doc, resolve_function(DEFAULT_CLEAN_FUNCTION), config, timeout)


def _row_document(row: Any) -> Document:
    if isinstance(row, Document):
        return row
    path, data, *rest = row
    url = rest[0] if rest else None
    if data is None:
        return Document(path=str(path), url=url, error="no content")
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    return Document(path=str(path), data=raw, url=url, gzipped=str(path).lower().endswith(".gz"))


def _partition(rows: Iterable[Any], *, config: CleanerConfig | None, timeout: float | None,
               max_memory_mb: int | None, clean_function: str) -> Iterator[dict[str, Any]]:
    limit_address_space(max_memory_mb)
    clean_fn = resolve_function(clean_function)
    for row in rows:
        yield _clean(_row_document(row), clean_fn, config, timeout)


def clean_rdd(rdd: RDD[Any], *, config: CleanerConfig | None = None, timeout: float | None = None,
              max_memory_mb: int | None = None) -> RDD[dict[str, Any]]:
    """Map an RDD of ``(path, bytes)`` or ``(path, bytes, url)`` to an RDD of record dicts.

    A path ending in ``.gz`` is gunzipped first, as ``sc.binaryFiles`` gives the file as
    stored. ``timeout`` (seconds, soft) and ``max_memory_mb`` (RLIMIT_AS of the Python workers)
    are off by default.
    """
    require_pyspark()

    def run(rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
        return _partition(rows, config=config, timeout=timeout, max_memory_mb=max_memory_mb,
                          clean_function=DEFAULT_CLEAN_FUNCTION)

    return rdd.mapPartitions(run)


def clean_dataframe(df: DataFrame, path_col: str = "path", content_col: str = "content",
                    url_col: str | None = None, *, config: CleanerConfig | None = None,
                    timeout: float | None = None, max_memory_mb: int | None = None) -> DataFrame:
    """A DataFrame of ``path`` (string), ``ok`` (boolean), ``error`` (string, null when ok) and
    ``record`` (the JSON record, string) for a DataFrame of pages.

    ``content_col`` holds the page as binary or string, as ``spark.read.format("binaryFile")``
    gives it. Parse ``record`` with ``from_json`` and the fields you need.
    """
    require_pyspark()
    from pyspark.sql.types import BooleanType, StringType, StructField, StructType

    columns = [path_col, content_col] + ([url_col] if url_col else [])
    schema = StructType([
        StructField("path", StringType(), False),
        StructField("ok", BooleanType(), False),
        StructField("error", StringType(), True),
        StructField("record", StringType(), False),
    ])

    def run(rows: Iterable[Any]) -> Iterator[tuple[str, bool, str | None, str]]:
        tuples = (tuple(row) for row in rows)
        for record in _partition(tuples, config=config, timeout=timeout,
                                 max_memory_mb=max_memory_mb,
                                 clean_function=DEFAULT_CLEAN_FUNCTION):
            yield (record["path"], bool(record["ok"]), record.get("error"),
                   record_line(record).decode("utf-8").rstrip("\n"))

    session = df.sparkSession
    return session.createDataFrame(df.select(*columns).rdd.mapPartitions(run), schema)


# --------------------------------------------------------------------------------------------
# The engine behind ``cleaner batch --engine spark``


# Spark's driver logs at WARN by default, which scatters start-up notes over the progress bar;
# the batch engine starts its JVM with this log4j2 configuration instead (errors only).
_LOG4J2 = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
"""


def _session(master: str | None, jobs: int, conf: Mapping[str, str],
             quiet: bool) -> SparkSession:
    import tempfile

    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    # No master given: local[N], unless spark-submit started us (it has set the master). A
    # local master's executors must run this Python, the one with cleaner installed.
    local = master.startswith("local") if master else "PYSPARK_GATEWAY_PORT" not in os.environ
    if master or local:
        builder = builder.master(master or f"local[{jobs}]")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    with tempfile.NamedTemporaryFile("w", suffix=".properties", delete=False) as log_config:
        log_config.write(_LOG4J2)
    builder = (builder.appName("cleaner batch")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.extraJavaOptions",
                       f"-Dlog4j2.configurationFile=file:{log_config.name}"))
    for key, value in conf.items():
        builder = builder.config(key, value)
    saved = devnull = -1
    try:
        if quiet:
            # The JVM and the Python workers it starts inherit stderr at launch: hand them
            # /dev/null, so not even the JVM's own start-up notes reach the terminal.
            sys.stderr.flush()
            saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
        return builder.getOrCreate()
    finally:
        if quiet:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)
        os.unlink(log_config.name)


def _load(doc: Document, limit: int) -> Document:
    """The driver reads a file page into the Document, so executors need no shared storage."""
    if doc.file is None:
        return doc
    try:
        data = read_raw(doc, max_bytes=limit)
    except Exception as exc:  # noqa: BLE001 - recorded exactly as a local worker would
        return Document(path=doc.path, url=doc.url, error=describe_read_error(exc))
    return Document(path=doc.path, data=data, gzipped=doc.gzipped, url=doc.url,
                    charset=doc.charset, fetched=doc.fetched)


def _jobs(docs: Iterable[Document], limit: int) -> Iterator[list[Document]]:
    job: list[Document] = []
    size = 0
    for doc in docs:
        doc = _load(doc, limit)
        job.append(doc)
        size += len(doc.data or b"")
        if len(job) >= _JOB_PAGES or size >= _JOB_BYTES:
            yield job
            job, size = [], 0
    if job:
        yield job


def run_documents(docs: Iterable[Document], emit: Callable[[bytes, str], None], *,
                  master: str | None = None, jobs: int = 2,
                  conf: Mapping[str, str] | None = None, timeout: float = 0,
                  max_memory_mb: int = 0, config: CleanerConfig | None = None,
                  clean_function: str = DEFAULT_CLEAN_FUNCTION, quiet: bool = True) -> None:
    """Clean ``docs`` on Spark, calling ``emit(line, outcome)`` on the driver as records arrive.

    Used by ``cleaner batch --engine spark``. The driver reads the pages (files and WARC
    records) and ships them in jobs of up to 2000 pages; records come back partition by
    partition and are written by the caller as they arrive, so --resume works as it does
    locally. A failure of Spark itself raises EngineError; ``emit``'s own errors pass through.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    ours = SparkSession.getActiveSession() is None  # stop the session only if we start it
    try:
        session = _session(master, jobs, conf or {}, quiet)
        session.sparkContext.setLogLevel("ERROR")
    except Exception as exc:  # noqa: BLE001 - no Java, a master that cannot be reached ...
        raise EngineError(f"Spark did not start: {_reason(exc)}") from exc
    limit = (config or CleanerConfig).max_input_bytes
    partitions = max(1, jobs) * 4

    def run(rows: Iterable[Document]) -> Iterator[tuple[bytes, str]]:
        for record in _partition(rows, config=config, timeout=timeout,
                                 max_memory_mb=max_memory_mb, clean_function=clean_function):
            yield record_line(record), outcome(record)

    try:
        for job in _jobs(docs, limit):
            rdd = session.sparkContext.parallelize(job, min(partitions, len(job)))
            for line, kind in rdd.mapPartitions(run).toLocalIterator(prefetchPartitions=True):
                emit(line, kind)
    except BatchError:
        raise
    except Exception as exc:  # noqa: BLE001 - a Spark job that failed as a whole
        raise EngineError(f"a Spark job failed: {_reason(exc)}") from exc
    finally:
        if ours:
            session.stop()


def _reason(exc: BaseException) -> str:
    """The line that matters in a Py4J/Spark error: the Python exception of an executor."""
    text = str(exc)
    python = re.findall(r"^(\w+(?:Error|Exception)\b.*)$", text, re.MULTILINE)
    reason = python[0].strip() if python else (text.strip().splitlines() or [repr(exc)])[0]
    if "No module named 'cleaner'" in reason:
        reason += (" on the executors: pip install cleaner there, or ship it with "
                   "--spark-conf spark.submit.pyFiles=cleaner.zip")
    return reason[:500]
