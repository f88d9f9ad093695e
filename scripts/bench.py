#!/usr/bin/env python
"""Speed and memory of the cleaner against trafilatura, on the same pages in one run.

Usage::

    python scripts/bench.py [CORPUS_DIR...] [--repeat N] [--batch DIR] [--scaling]

Pages are every ``*.html``/``*.htm``/``*.txt`` file under the CORPUS_DIRs (searched
recursively; labels are not needed), by default ``../shared/corpus/gne`` and
``../shared/corpus/cwced``.

How it measures (DESIGN.md: speed is a ratio measured in one run on the same pages):

1. Every page is read once; for trafilatura it is also decoded to ``str`` once, beforehand,
   the way ``evaluate.py`` hands pages to peers (text dumps escaped inside ``<pre>``). The
   cleaner gets the raw bytes, as users pass them, so its time includes decoding.
2. A warm-up pass runs both systems over every page, untimed.
3. ``--repeat`` timed passes (default 3): page by page, the two systems run back to back, the
   one going first alternating, so load from elsewhere on the machine falls on both alike.
   A page's time is its median over the passes; the table gives the median (and p90, mean)
   over pages, and the ratio of the medians, cleaner / trafilatura.
4. Memory, one fresh process per system (so neither inherits the other's heap): the
   ``ru_maxrss`` of that process after importing the library and after one pass over all
   pages, then the ``tracemalloc`` peak of the largest single page in a second pass (apart,
   as tracemalloc's bookkeeping would swell the RSS). tracemalloc sees Python objects only,
   not lxml's C heap; ru_maxrss sees both. These run first, while this
   process is still small: Linux carries ru_maxrss over fork and exec, so a child started
   later would report this process's peak instead of its own.

A page on which a system raises is timed all the same and counted under "errors".

``--batch DIR`` and ``--scaling`` are run by ``scripts/bench_batch.py`` and
``scripts/bench_scaling.py``: their ``main(argv)`` is called with this script's argv
unchanged (``build_parser()`` here parses it, unknown options included via
``parse_known_args``); until those files exist the flags exit with status 2 and a message.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import resource
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
DEFAULT_CORPUS = (ROOT.parent / "shared" / "corpus" / "gne",
                  ROOT.parent / "shared" / "corpus" / "cwced")
PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}
SYSTEMS = ("cleaner", "trafilatura")

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import evaluate  # noqa: E402  (decoding and text-dump wrapping shared with the evaluation)


@dataclass(frozen=True)
class BenchPage:
    """A page as each system receives it: raw bytes for the cleaner, str for trafilatura."""

    path: Path
    data: bytes
    html: str


def find_pages(paths: Sequence[Path]) -> list[BenchPage]:
    """Every page file under ``paths``, read and pre-decoded, in a stable order."""
    files: list[Path] = []
    for root in paths:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files += sorted(p for p in root.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES)
        else:
            raise FileNotFoundError(f"no such corpus folder or file: {root}")
    pages = []
    for path in dict.fromkeys(p.resolve() for p in files):
        data = path.read_bytes()
        kind = PAGE_SUFFIXES.get(path.suffix.lower(), "html")
        page = evaluate.Page(id=path.stem, set="", kind=kind, path=path, data=data, label={})
        pages.append(BenchPage(path=path, data=data, html=evaluate.peer_input(page)))
    return pages


def make_system(name: str) -> Callable[[BenchPage], object]:
    """The call that is timed for system ``name``, on one page."""
    if name == "cleaner":
        from cleaner import clean
        return lambda page: clean(page.data)
    if name == "trafilatura":
        from trafilatura import bare_extraction
        return lambda page: bare_extraction(page.html, with_metadata=True)
    raise ValueError(f"unknown system {name!r}")


def _timed(run: Callable[[BenchPage], object], page: BenchPage) -> tuple[float, bool]:
    """Milliseconds of one call, and whether it raised."""
    start = time.perf_counter()
    try:
        run(page)
        failed = False
    except Exception:  # a page that fails still took its time
        failed = True
    return (time.perf_counter() - start) * 1000, failed


def time_systems(pages: Sequence[BenchPage], repeat: int) -> dict[str, dict[str, Any]]:
    """Warm-up, then ``repeat`` interleaved timed passes; per system the per-page medians,
    their summary and the error count."""
    runners = {name: make_system(name) for name in SYSTEMS}
    for page in pages:  # warm-up: imports, caches, lazily built regexes
        for run in runners.values():
            _timed(run, page)
    samples: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in SYSTEMS}
    errors = dict.fromkeys(SYSTEMS, 0)
    for rep in range(repeat):
        for i, page in enumerate(pages):
            order = SYSTEMS if (rep + i) % 2 == 0 else SYSTEMS[::-1]
            for name in order:
                ms, failed = _timed(runners[name], page)
                samples[name][i].append(ms)
                errors[name] += failed and rep == 0
    out: dict[str, dict[str, Any]] = {}
    for name in SYSTEMS:
        per_page = sorted(statistics.median(s) for s in samples[name])
        out[name] = {
            "pages": len(per_page),
            "errors": errors[name],
            "median_ms": statistics.median(per_page),
            "p90_ms": per_page[min(len(per_page) - 1, int(0.9 * len(per_page)))],
            "mean_ms": statistics.fmean(per_page),
        }
    return out


def _maxrss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def memory_pass(name: str, paths: Sequence[str]) -> dict[str, float]:
    """One system over all pages in this process: ru_maxrss after import and after a pass
    over the pages, then, in a second pass under tracemalloc, the largest per-page peak (MB).
    Meant to run in a fresh process."""
    pages = find_pages([Path(p) for p in paths])
    run = make_system(name)
    rss_import = _maxrss_mb()
    for page in pages:  # ru_maxrss without tracemalloc's own bookkeeping
        _timed(run, page)
    rss_peak = _maxrss_mb()
    peak = 0
    tracemalloc.start()
    try:
        for page in pages:
            tracemalloc.reset_peak()
            _timed(run, page)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    return {"tracemalloc_peak_mb": peak / 2**20, "rss_import_mb": rss_import,
            "rss_peak_mb": rss_peak}


def measure_memory(paths: Sequence[Path]) -> dict[str, dict[str, float]]:
    """:func:`memory_pass` for each system, each in its own spawned process."""
    context = multiprocessing.get_context("spawn")
    out = {}
    for name in SYSTEMS:
        with context.Pool(1) as pool:
            out[name] = pool.apply(memory_pass, (name, [str(p) for p in paths]))
    return out


def format_table(timing: dict[str, dict[str, Any]],
                 memory: dict[str, dict[str, float]] | None) -> str:
    """The results as a small Markdown table, and the speed ratio."""
    header = ["system", "pages", "errors", "median ms", "p90 ms", "mean ms",
              "tracemalloc peak MB", "ru_maxrss MB (import → pass)"]
    rows = [header, ["---"] * len(header)]
    for name in SYSTEMS:
        t = timing[name]
        m = (memory or {}).get(name)
        rows.append([name, str(t["pages"]), str(t["errors"]), f"{t['median_ms']:.1f}",
                     f"{t['p90_ms']:.1f}", f"{t['mean_ms']:.1f}",
                     f"{m['tracemalloc_peak_mb']:.1f}" if m else "–",
                     f"{m['rss_import_mb']:.0f} → {m['rss_peak_mb']:.0f}" if m else "–"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    base = timing["trafilatura"]["median_ms"]
    ratio = timing["cleaner"]["median_ms"] / base if base else float("nan")
    lines.append("")
    lines.append(f"speed: cleaner / trafilatura median = {ratio:.2f}x")
    lines.append(f"this process (timing passes) ru_maxrss: {_maxrss_mb():.0f} MB")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The command line, shared with bench_batch.py and bench_scaling.py."""
    parser = argparse.ArgumentParser(
        description="Median ms/page and peak memory of the cleaner vs trafilatura.")
    parser.add_argument("corpus", nargs="*", type=Path, metavar="CORPUS_DIR",
                        help="folders of pages (default: ../shared/corpus/gne and cwced)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="timed passes over the pages (default 3)")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the memory passes (they run each system once more)")
    parser.add_argument("--batch", type=Path, metavar="DIR",
                        help="benchmark the batch runner on DIR (scripts/bench_batch.py)")
    parser.add_argument("--scaling", action="store_true",
                        help="time against page size (scripts/bench_scaling.py)")
    return parser


def _dispatch(script: str, flag: str, argv: list[str]) -> int:
    """Hand ``argv`` to ``scripts/<script>``'s ``main(argv)``, or explain why it cannot."""
    path = SCRIPTS / script
    if not path.is_file():
        print(f"bench.py: {flag} is not available yet: {path.relative_to(ROOT)} does not exist",
              file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "main", None)):
        print(f"bench.py: {path.relative_to(ROOT)} has no main(argv)", file=sys.stderr)
        return 2
    return int(module.main(argv) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or dispatch --batch / --scaling); returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.batch is not None or args.scaling:
        for wanted, script, flag in ((args.batch is not None, "bench_batch.py", "--batch"),
                                     (args.scaling, "bench_scaling.py", "--scaling")):
            if wanted and (code := _dispatch(script, flag, argv)):
                return code
        return 0
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    import logging
    for name in ("trafilatura", "htmldate", "cleaner"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    paths = args.corpus or list(DEFAULT_CORPUS)
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"bench.py: no such corpus folder or file: {missing[0]}", file=sys.stderr)
        return 2
    memory = None if args.no_memory else measure_memory(paths)  # first: see step 4
    pages = find_pages(paths)
    if not pages:
        print("bench.py: no pages found", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages, {sum(len(p.data) for p in pages) / 2**20:.1f} MB; "
          f"warm-up + {args.repeat} timed pass(es)", file=sys.stderr)
    timing = time_systems(pages, args.repeat)
    print(format_table(timing, memory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
