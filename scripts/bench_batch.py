#!/usr/bin/env python3
"""Benchmark the batch runner: pages/s with 1 and N workers, and the memory of each worker.

Usage::

    python scripts/bench_batch.py DIR [--make N] [--jobs N] [--max-tasks-per-worker N]
    python scripts/bench.py --batch DIR [--make N] ...      (the same, via bench.py)

``--make N`` first fills DIR with N pages copied from ``fixtures/*.html`` (or, when there are
none, generated news pages), under varied names in subfolders of 1000. ``--warc OUT.warc.gz``
writes DIR's pages into one WARC with warcio (a request and a 200 response each, a quarter of
the bodies each plain, gzip, chunked and chunked gzip) and measures the runs on that WARC.

How it measures: one untimed warm-up run over the first 50 pages (starts the fork server and
warms the disk cache), then ``cleaner.batch.run_batch`` over every page of DIR with 1 worker,
then with N (default: one per CPU), each into a fresh output file. Reported per run: pages/s
(wall clock, start-up included), the workers' CPU time per page and how much of the wall time
they had a CPU (well under 100% means the machine was busy with something else: the load
average before each run is shown), and over the workers: peak RSS, RSS after their first page,
after their 100th (imports and caches settled) and after their last, and the largest growth
from the 100th page to the last. Workers are not recycled by default
(``--max-tasks-per-worker 0``) so that the growth shows any leak over the whole run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner.batch import BatchStats, find_inputs, run_batch  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scaling import SENTENCES  # noqa: E402  (the benchmarks' made-up news sentences)

PARAGRAPHS = SENTENCES[:5]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, help="a directory of pages")
    parser.add_argument("--batch", type=Path, metavar="DIR", help="the same as DIR (bench.py)")
    parser.add_argument("--make", type=int, metavar="N", help="first fill DIR with N pages")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, metavar="N",
                        help="workers of the parallel run (default: one per CPU)")
    parser.add_argument("--max-tasks-per-worker", type=int, default=0, metavar="N",
                        help="recycle workers after N pages (default 0: never)")
    parser.add_argument("--warc", type=Path, metavar="OUT.warc.gz",
                        help="write DIR's pages into this WARC and measure the runs on it")
    return parser


def _generated_page(i: int, rng: random.Random) -> bytes:
    title = f"第{i}号新闻：城市建设迈出新步伐"
    body = "".join(f"<p>{rng.choice(PARAGRAPHS)}</p>" for _ in range(rng.randint(3, 12)))
    nav = "".join(f"<li><a href='/n/{k}'>栏目{k}</a></li>" for k in range(20))
    return (f"<html><head><meta charset='utf-8'><title>{title}_新闻网</title></head><body>"
            f"<ul class='nav'>{nav}</ul><h1>{title}</h1>"
            f"<div class='meta'>2025年8月{1 + i % 28}日 10:{i % 60:02d} 来源：新华网</div>"
            f"<div class='content'>{body}</div><div class='footer'>版权所有 ICP备123号</div>"
            "</body></html>").encode()


def make_pages(directory: Path, count: int) -> None:
    """Fill ``directory`` with ``count`` pages: the fixtures copied round-robin, or generated."""
    sources = sorted((ROOT / "fixtures").glob("*.html"))
    rng = random.Random(1)
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        folder = directory / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        if sources:
            source = sources[i % len(sources)]
            shutil.copyfile(source, folder / f"{i:06d}-{source.stem}.html")
        else:
            (folder / f"{i:06d}-news.html").write_bytes(_generated_page(i, rng))


def write_warc(files: list[str], out: Path) -> None:
    """The pages of ``files`` as warcio writes a crawl: a request and a 200 response each."""
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=out.name.endswith(".gz"))
        for i, name in enumerate(files):
            body = Path(name).read_bytes()
            url = f"http://news.example.cn/{i}.html"
            headers = [("Content-Type", "text/plain" if name.endswith(".txt") else "text/html")]
            if i % 2:
                body = gzip.compress(body)
                headers.append(("Content-Encoding", "gzip"))
            if i % 4 >= 2:
                body = b"".join(b"%x\r\n%s\r\n" % (len(body[k:k + 4096]), body[k:k + 4096])
                                for k in range(0, len(body), 4096)) + b"0\r\n\r\n"
                headers.append(("Transfer-Encoding", "chunked"))
            request = StatusAndHeaders(f"GET /{i}.html HTTP/1.1", [("Host", "news.example.cn")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")))


def _run(files: list[str], jobs: int, max_tasks: int) -> BatchStats:
    with tempfile.TemporaryDirectory() as tmp:
        return run_batch(files, os.path.join(tmp, "out.jsonl"), jobs=jobs,
                         max_tasks_per_worker=max_tasks, quiet=True)


def _mb(kb: float) -> str:
    return f"{kb / 1024:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    args, _unknown = build_parser().parse_known_args(argv)  # bench.py passes its own options too
    directory = args.batch or args.dir
    if directory is None:
        print("bench_batch.py: give a directory of pages (DIR or --batch DIR)", file=sys.stderr)
        return 2
    if args.make:
        make_pages(directory, args.make)
    if not directory.is_dir():
        print(f"bench_batch.py: {directory} is not a directory", file=sys.stderr)
        return 2
    files = find_inputs([str(directory)])
    if not files:
        print(f"bench_batch.py: no pages in {directory}", file=sys.stderr)
        return 2
    size = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} files, {size / 2**20:.1f} MB; {os.cpu_count()} CPUs", file=sys.stderr)
    _run(files[:50], 1, 0)  # warm-up
    if args.warc:
        write_warc(files, args.warc)
        print(f"measuring on {args.warc}: {os.path.getsize(args.warc) / 2**20:.1f} MB",
              file=sys.stderr)
        files = [str(args.warc)]

    rows = []
    for jobs in dict.fromkeys((1, args.jobs)):
        load = os.getloadavg()[0]
        started = time.perf_counter()
        stats = _run(files, jobs, args.max_tasks_per_worker)
        seconds = time.perf_counter() - started
        workers = stats.workers
        cpu = sum(w.cpu_seconds for w in workers)
        rows.append({
            "workers": str(jobs),
            "pages": str(stats.pages),
            "seconds": f"{seconds:.1f}",
            "pages/s": f"{stats.pages / seconds:.1f}",
            "errors": str(stats.errors),
            "worker CPU ms/page": f"{1000 * cpu / max(stats.pages, 1):.2f}",
            # Below 100% per worker: the workers waited (for the parent, or for a CPU that
            # something else on the machine was using; see the load average).
            "CPU use/worker": f"{100 * cpu / (seconds * jobs):.0f}%",
            "load before": f"{load:.1f}",
            "peak RSS MB": _mb(max((w.peak_rss_kb for w in workers), default=0)),
            "RSS page 1 MB": _mb(max((w.first_rss_kb for w in workers), default=0)),
            "RSS page 100 MB": _mb(max((w.warm_rss_kb for w in workers), default=0)),
            "RSS last MB": _mb(max((w.last_rss_kb for w in workers), default=0)),
            "growth 100->last MB": _mb(max((w.last_rss_kb - w.warm_rss_kb
                                            for w in workers if w.warm_rss_kb), default=0)),
            "pages/worker": str(max((w.pages for w in workers), default=0)),
            "_rate": stats.pages / seconds,
        })
    columns = [c for c in rows[0] if not c.startswith("_")]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(row[c] for c in columns) + " |")
    if len(rows) == 2:
        print(f"\nspeed-up with {rows[1]['workers']} workers: "
              f"{rows[1]['_rate'] / rows[0]['_rate']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
