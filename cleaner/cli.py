"""The ``cleaner`` console script.

::

    cleaner PAGE... [--url URL]               clean pages, print title, a line of metadata, text
    cleaner PAGE... --text | --json           the text alone, or one JSON record per page cleaned
    cleaner batch INPUT... -o OUT.jsonl ...   clean files, directories and WARC archives in bulk
    cleaner explain PAGE [-o REPORT.html]     an HTML report of every decision made on a page
    cleaner --version

``python -m cleaner ...`` is the same program (``cleaner/__main__.py``).

A subcommand is an entry of ``_SUBCOMMANDS``: its help line, a function adding its arguments to
an ``argparse`` parser, and a function running it that returns the exit code. A first argument
that names one selects it; anything else is plain mode (``cleaner -- batch`` cleans a file named
``batch``).

Exit codes: 0 done; 1 a page could not be cleaned (plain mode, explain), or the output could
not be written, Spark failed or workers died as they started (batch); 2 a usage error; 130
interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from . import __version__, explain
from .batch import (
    DEFAULT_CLEAN_FUNCTION, DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_TASKS_PER_WORKER, DEFAULT_TIMEOUT,
    Document, EngineError, OutputError, Skipped, UsageError, clean_document, is_warc,
    record_line, run_batch,
)
from .records import looks_like_warc
from .warc import iter_warc_documents

__all__ = ["main"]


@dataclass(frozen=True)
class Subcommand:
    """``cleaner NAME ...``: what it is for, its arguments, and how it runs."""

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script on ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in _SUBCOMMANDS:
            name, command = args[0], _SUBCOMMANDS[args[0]]
            parser = argparse.ArgumentParser(prog=f"cleaner {name}", description=command.help)
            command.add_arguments(parser)
            return command.run(parser.parse_args(args[1:]))
        return _run_plain(_plain_parser().parse_args(args))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        return 130


# --------------------------------------------------------------------------------------------
# Plain mode: cleaner PAGE...


def _plain_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  cleaner {name:<8} {c.help}" for name, c in _SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Print the article of each scraped Chinese news page (HTML or a plain-text\n"
                    "dump; .gz and WARC files too): its title, a line of metadata (time, source,\n"
                    "authors, editor) and its text.",
        epilog=f"subcommands (cleaner NAME --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="+", metavar="PAGE", help="a page file; - reads stdin")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--text", action="store_true",
                        help="print the article text alone (for pipes)")
    output.add_argument("--json", action="store_true",
                        help="print one JSON record per page cleaned (errors go to stderr)")
    parser.add_argument("--url", help="the URL the page came from (helps metadata)")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return parser


def _plain_documents(page: str, url: str | None) -> Iterator[Document]:
    if page == "-":
        data = sys.stdin.buffer.read()
        if looks_like_warc(data):  # each page record, named -#ID (a WARC has its own URLs)
            yield from (item for item in iter_warc_documents("-", data=data)
                        if not isinstance(item, Skipped))
        else:
            yield Document(path="-", data=data, url=url)
    elif os.path.isdir(page):
        yield Document(path=page, error="is a directory (cleaner batch reads directories)")
    elif is_warc(page):
        for item in iter_warc_documents(page):
            if not isinstance(item, Skipped):
                yield item
    else:
        yield Document(path=page, file=page, gzipped=page.lower().endswith(".gz"), url=url)


def _run_plain(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer
    headers = len(args.pages) > 1 or any(is_warc(p) for p in args.pages)
    failed = False
    first = True
    try:
        for page in args.pages:
            for doc in _plain_documents(page, args.url):
                record = clean_document(doc)
                if not record["ok"]:
                    failed = True
                    print(f"cleaner: {doc.path}: {record['error']}", file=sys.stderr, flush=True)
                    continue
                if args.json:
                    out.write(record_line(record))
                else:
                    if not record["text"]:
                        print(f"cleaner: {doc.path}: no article found", file=sys.stderr, flush=True)
                    # Like head(1): with several pages, a blank line and a header before each.
                    if headers or doc.path.startswith("-#"):  # a WARC read from stdin
                        header = f"==> {doc.path} <==\n".encode("utf-8", "surrogateescape")
                        out.write(header if first else b"\n" + header)
                    if record["text"]:
                        shown = record["text"] if args.text else _for_a_person(record)
                        out.write(shown.encode("utf-8") + b"\n")
                first = False
                out.flush()
    except BrokenPipeError:  # cleaner page.html | head
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1 if failed else 0
    return 1 if failed else 0


def _for_a_person(record: dict[str, Any]) -> str:
    """The title, one line of metadata and the text, a blank line between (what is missing is
    left out)::

        厦漳泉都市圈建设推进会召开
        2025-08-26 10:30 · 来源：厦门日报 · 作者：张三 · 编辑：李四

        第一段……
    """
    fields = [_when(record.get("published"))]
    if record.get("source"):
        fields.append(f"来源：{record['source']}")
    if record.get("authors"):
        fields.append(f"作者：{'、'.join(record['authors'])}")
    if record.get("editor"):
        fields.append(f"编辑：{record['editor']}")
    head = [line for line in (record.get("title") or "", " · ".join(f for f in fields if f)) if line]
    return "\n".join(head) + ("\n\n" if head else "") + record["text"]


def _when(published: str | None) -> str:
    """An ISO 8601 time as a reader writes it: 2025-08-26 10:30, or the day alone at midnight."""
    if not published:
        return ""
    day, _, clock = published.partition("T")
    clock = clock[:8]
    if not clock or clock == "00:00:00":
        return day
    return f"{day} {clock[:5] if clock.endswith(':00') else clock}"


# --------------------------------------------------------------------------------------------
# cleaner batch


def _add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="page files, directories (searched for .html .htm .shtml .txt and "
                             "their .gz) and WARC files (.warc, .warc.gz)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jsonl",
                        help="the JSON Lines output, one record per page (- for stdout)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="worker processes (Spark: local[N]); default: one per CPU")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="continue OUT: skip pages already in it, append the rest")
    mode.add_argument("--overwrite", action="store_true", help="replace a non-empty OUT")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help="seconds a page may take before its worker is killed "
                             "(default %(default)g; 0: no limit)")
    parser.add_argument("--max-memory", type=int, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                        help="address-space limit of each worker (default %(default)d; 0: none)")
    parser.add_argument("--max-tasks-per-worker", type=int, default=DEFAULT_MAX_TASKS_PER_WORKER,
                        metavar="N", help="replace a worker after N pages (default %(default)d; "
                                          "0: never)")
    parser.add_argument("--engine", choices=("local", "spark"), default=None,
                        help="local worker processes (default) or Apache Spark")
    parser.add_argument("--spark-master", metavar="URL",
                        help="Spark master, e.g. spark://host:7077 (implies --engine spark; "
                             "default local[N])")
    parser.add_argument("--spark-conf", action="append", default=[], metavar="KEY=VALUE",
                        help="a Spark setting, e.g. spark.executor.memory=4g (repeatable; "
                             "implies --engine spark)")
    parser.add_argument("--explain-dir", metavar="DIR",
                        help="also write each page's HTML report (see cleaner explain) into DIR")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    # For tests and experiments: the function that cleans a page, as module:function or
    # /path/file.py:function, called like cleaner.clean.
    parser.add_argument("--clean-function", default=DEFAULT_CLEAN_FUNCTION, help=argparse.SUPPRESS)


def _run_batch(args: argparse.Namespace) -> int:
    engine = args.engine or ("spark" if args.spark_master or args.spark_conf else "local")
    if (args.spark_master or args.spark_conf) and engine != "spark":
        return _batch_fail("--spark-master and --spark-conf need --engine spark", 2)
    if any("=" not in item or item.startswith("=") for item in args.spark_conf):
        return _batch_fail("--spark-conf takes KEY=VALUE", 2)
    spark_conf = dict(item.split("=", 1) for item in args.spark_conf)
    try:
        stats = run_batch(
            args.inputs, args.output, jobs=args.jobs, resume=args.resume,
            overwrite=args.overwrite, timeout=args.timeout, max_memory_mb=args.max_memory,
            max_tasks_per_worker=args.max_tasks_per_worker, engine=engine,
            spark_master=args.spark_master, spark_conf=spark_conf, quiet=args.quiet,
            clean_function=args.clean_function, explain_dir=args.explain_dir)
    except UsageError as exc:
        return _batch_fail(str(exc), 2)
    except OutputError as exc:
        return _batch_fail(f"cannot write the output: {exc}", 1)
    except EngineError as exc:
        return _batch_fail(f"{exc} (the records written so far stay: --resume continues)", 1)
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)
    return 130 if stats.interrupted else 0


def _batch_fail(message: str, code: int) -> int:
    print(f"cleaner batch: {message}", file=sys.stderr)
    return code


_SUBCOMMANDS: dict[str, Subcommand] = {
    "batch": Subcommand(
        help="clean files, directories and WARC archives into a JSON Lines file, in parallel, "
             "resumable",
        add_arguments=_add_batch_arguments, run=_run_batch),
    "explain": Subcommand(help=explain.HELP, add_arguments=explain.add_arguments, run=explain.run),
}

if __name__ == "__main__":
    sys.exit(main())
