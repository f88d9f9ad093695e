#!/usr/bin/env python
"""Speed and memory of the cleaner against trafilatura, on the same pages in one run.

Usage::

    python scripts/bench.py [CORPUS_DIR...] [--repeat N] [--cpu-time] [--stages] [--repair-share]
                             [--instructions] [--warm] [--batch DIR] [--scaling]

Pages are every ``*.html``/``*.htm``/``*.txt`` file under the CORPUS_DIRs (searched
recursively; labels are not needed), by default ``../shared/corpus/gne`` and
``../shared/corpus/cwced``.

How it measures (DESIGN.md: speed is a ratio measured in one run on the same pages):

1. Every page is read once; for trafilatura it is also decoded to ``str`` once, beforehand,
   the way ``evaluate.py`` hands pages to peers (text dumps escaped inside ``<pre>``). The
   cleaner gets the raw bytes, as users pass them, so its time includes decoding.
   The floor every lxml-based extractor pays is timed alongside, as a third system: lxml's
   ``lxml.html.document_fromstring`` of that same decoded str.
2. A warm-up pass runs the systems over every page, untimed.
3. ``--repeat`` timed passes (default 3): page by page, the systems run back to back, the
   order rotating, so load from elsewhere on the machine falls on all alike. Each pass begins by
   emptying what the cleaner keeps from the pages it has seen (:func:`forget_pages`: its
   memos keyed by a page's text, headline or words, and ``re``'s cache of compiled patterns), so
   a page is timed as a crawl meets it: after other pages, never after itself (its headline's
   model, its words' prices and its lines' folds not already made). A page's time is
   its best over the passes (the least disturbed run); the table gives the sum, median, p90 and
   mean over pages, and the ratios cleaner / lxml parse and cleaner / trafilatura, of the sums
   and of the medians, and the largest ratio of one page's cleaner time to its own parse.
4. Memory, one fresh process per system (so neither inherits the other's heap): the
   ``ru_maxrss`` of that process after importing the library and after one pass over all
   pages, then the ``tracemalloc`` peak of the largest single page in a second pass (apart,
   as tracemalloc's bookkeeping would swell the RSS). tracemalloc sees Python objects only,
   not lxml's C heap; ru_maxrss sees both. These run first, while this
   process is still small: Linux carries ru_maxrss over fork and exec, so a child started
   later would report this process's peak instead of its own.

A page on which a system raises is timed all the same and counted under "errors".

``--stages`` times each stage of ``clean()`` instead (decode, parse, blocks, body, meta,
injection, the rest), over the same pages and over text dumps made of their HTML pages
(BeautifulSoup's ``get_text("\\n")``, as a careless scraper flattens a page): each page is cleaned
``--repeat`` times after a warm-up, each stage's time is its best over those runs, and the table
gives each stage's sum over pages, its share of the whole and its ratio to the lxml parse of the
same pages. As above, each timed run is a pass over all the pages that begins with
:func:`forget_pages`. The stages are timed by wrapping the functions ``clean()`` calls (``decode``,
``dom.parse`` and the lxml parse inside it, ``textdump.parse``, ``body.select`` /
``textdump.select``, ``meta.find_title`` and ``meta.find_meta``, ``injection.repair``), so what is
timed is ``clean()`` itself.

``--instructions`` counts instead of timing: the instructions ``clean()`` executes over the
HTML pages and over their text dumps, one pass each after a warm-up and :func:`forget_pages`,
under valgrind's callgrind (``apt-get install valgrind``; ``PYTHONHASHSEED=0``; about 2
minutes). No clock is steadier on a shared machine: the count moves by a few tenths of a
percent with where the heap lies, not with the load. ``--warm`` keeps the memos between passes
in every mode (each page then reads its own results from them, as no crawl does: the protocol
of the measurements before the twenty-sixth round).

``--repair-share`` times ``clean()`` with and without the injection repair
(``CleanerConfig(repair_injection=False)``), each timed pass one config over all the pages after
:func:`forget_pages`, the configs in turns, and reports the median with and without, their ratio
(issue 10's bound: the repair adds at most 20 % to the median ``clean()``), the median of each
page's own share and the sums. The ratio of the medians is set by the pages near the median: a
page the repair carries across it moves it more than a cheaper repair everywhere does.

``--batch DIR`` and ``--scaling`` are run by ``scripts/bench_batch.py`` and
``scripts/bench_scaling.py``: their ``main(argv)`` is called with this script's argv
unchanged (``build_parser()`` here parses it, unknown options included via
``parse_known_args``); until those files exist the flags exit with status 2 and a message.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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
SYSTEMS = ("cleaner", "trafilatura", "lxml parse")
#: The systems whose memory is measured (the parse is part of both).
MEMORY_SYSTEMS = SYSTEMS[:2]

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))
# The cleaner of this checkout (see evaluate.py), also in the counted pass's child process.
sys.path.insert(0, str(ROOT))

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
    if name == "lxml parse":
        from lxml import html
        return lambda page: html.document_fromstring(page.html)
    raise ValueError(f"unknown system {name!r}")


#: The clock every timing reads: the wall clock, or with --cpu-time this process's CPU time
#: (steadier when other work shares the machine; the systems all run in this process).
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = CLOCKS["wall"]


def _timed(run: Callable[[BenchPage], object], page: BenchPage) -> tuple[float, bool]:
    """Milliseconds of one call, and whether it raised."""
    start = _clock()
    try:
        run(page)
        failed = False
    except Exception:  # a page that fails still took its time
        failed = True
    return (_clock() - start) * 1000, failed


#: With --warm, the memos are kept between passes (forget_pages does nothing).
_keep_memos = False

#: Memos of the cleaner that hold a page's own results for the next call, by their size: a
#: loader's memo (the word list, the context model: at most this many entries) is kept, as a
#: process keeps it over a crawl.
LOADER_MEMO = 4


def forget_pages() -> None:
    """Empty what the cleaner keeps from the pages it has cleaned: every bounded memo of its
    modules (``functools.lru_cache``: a headline's model, words' prices, folded lines, bigrams),
    the context model's word lookups, ``dumplines``' answers of which lines read as headlines,
    and ``re``'s compiled patterns. Timing a page again after
    it has been cleaned would otherwise read its results from them, which a crawl of different
    pages never does; what other pages leave in them a crawl does use, and the timed pass refills."""
    if _keep_memos:
        return
    import cleaner
    from cleaner import lm
    for name, module in list(sys.modules.items()):
        if name != "cleaner" and not name.startswith("cleaner."):
            continue
        for value in list(vars(module).values()):
            while value is not None and getattr(value, "__module__", None) == name:   # a memo of a memo too
                if (callable(getattr(value, "cache_clear", None)) and callable(getattr(value, "cache_info", None))
                        and (value.cache_info().maxsize or 0) > LOADER_MEMO):
                    value.cache_clear()
                value = getattr(value, "__wrapped__", None)
    model = lm.load(lm.find(cleaner.CleanerConfig().language_model))
    if model is not None:
        model._vocab.cache_clear()
    # The memos kept by hand, not by lru_cache: headline_like's answers by line text, and the
    # style sheets' hidden classes and ids.
    from cleaner import dom, dumplines
    dumplines._HEADLINE_WORDS.clear()
    dom._KEPT_SHEETS.clear()
    re.purge()


def time_systems(pages: Sequence[BenchPage], repeat: int) -> dict[str, dict[str, Any]]:
    """Warm-up, then ``repeat`` interleaved timed passes; per system the per-page best times,
    their summary and the error count."""
    runners = {name: make_system(name) for name in SYSTEMS}
    for page in pages:  # warm-up: imports, caches, lazily built regexes
        for run in runners.values():
            _timed(run, page)
    samples: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in SYSTEMS}
    errors = dict.fromkeys(SYSTEMS, 0)
    for rep in range(repeat):
        forget_pages()
        for i, page in enumerate(pages):
            shift = (rep + i) % len(SYSTEMS)
            for name in SYSTEMS[shift:] + SYSTEMS[:shift]:
                ms, failed = _timed(runners[name], page)
                samples[name][i].append(ms)
                errors[name] += failed and rep == 0
    out: dict[str, dict[str, Any]] = {}
    for name in SYSTEMS:
        per_page = [min(s) for s in samples[name]]
        ordered = sorted(per_page)
        out[name] = {
            "pages": len(per_page),
            "errors": errors[name],
            "sum_ms": sum(per_page),
            "median_ms": statistics.median(ordered),
            "p90_ms": ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))],
            "mean_ms": statistics.fmean(per_page),
            "per_page": per_page,
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
    for name in MEMORY_SYSTEMS:
        with context.Pool(1) as pool:
            out[name] = pool.apply(memory_pass, (name, [str(p) for p in paths]))
    return out


def format_table(timing: dict[str, dict[str, Any]],
                 memory: dict[str, dict[str, float]] | None,
                 pages: Sequence[BenchPage] = ()) -> str:
    """The results as a small Markdown table, and the speed ratios."""
    header = ["system", "pages", "errors", "sum ms", "median ms", "p90 ms", "mean ms",
              "tracemalloc peak MB", "ru_maxrss MB (import → pass)"]
    rows = [header, ["---"] * len(header)]
    for name in SYSTEMS:
        t = timing[name]
        m = (memory or {}).get(name)
        rows.append([name, str(t["pages"]), str(t["errors"]), f"{t['sum_ms']:.0f}",
                     f"{t['median_ms']:.2f}", f"{t['p90_ms']:.2f}", f"{t['mean_ms']:.2f}",
                     f"{m['tracemalloc_peak_mb']:.1f}" if m else "–",
                     f"{m['rss_import_mb']:.0f} → {m['rss_peak_mb']:.0f}" if m else "–"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.append("")
    cleaner = timing["cleaner"]
    for base in ("lxml parse", "trafilatura"):
        other = timing[base]
        lines.append(f"speed: cleaner / {base} = {_ratio(cleaner['sum_ms'], other['sum_ms']):.2f}x "
                     f"(sums), {_ratio(cleaner['median_ms'], other['median_ms']):.2f}x (medians)")
    worst = max(((c / p if p else float("inf")), i) for i, (c, p) in enumerate(
        zip(cleaner["per_page"], timing["lxml parse"]["per_page"])))
    name = pages[worst[1]].path.name if pages else f"page {worst[1]}"
    lines.append(f"largest cleaner / lxml parse of one page: {worst[0]:.1f}x ({name})")
    lines.append(f"this process (timing passes) ru_maxrss: {_maxrss_mb():.0f} MB")
    return "\n".join(lines)


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


#: The stages of clean() as --stages reports them, in pipeline order.
STAGES = ("decode", "parse", "blocks", "body", "meta", "injection", "rest")


class StageClock:
    """Times the stages of ``clean()`` by wrapping, for the time it is in use, the functions the
    pipeline calls; ``seconds`` holds each stage's time in the current call.

    ``parse`` is the lxml parse inside ``dom.parse``, and ``blocks`` the rest of ``dom.parse``
    (or ``textdump.parse`` for a dump); ``meta`` is ``find_title`` and ``find_meta``.
    """

    def __init__(self) -> None:
        from cleaner import body, dom, injection, pipeline, textdump
        self.seconds: dict[str, float] = {}
        meta = pipeline.meta
        self._wrapped = [(pipeline, "decode_utf8", "decode"), (dom, "_parse", "parse"),
                         (dom, "parse", "blocks"), (textdump, "parse", "blocks"),
                         (body, "select", "body"), (textdump, "select", "body"),
                         (meta, "find_title", "meta"), (meta, "find_meta", "meta"),
                         (injection, "repair", "injection")]
        self._saved = [(module, attr, getattr(module, attr)) for module, attr, _ in self._wrapped]

    def __enter__(self) -> StageClock:
        for (module, attr, stage), (_, _, original) in zip(self._wrapped, self._saved):
            setattr(module, attr, self._timer(original, stage))
        return self

    def __exit__(self, *exc: object) -> None:
        for module, attr, original in self._saved:
            setattr(module, attr, original)

    def _timer(self, function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        seconds = self.seconds

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = _clock()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[stage] = seconds.get(stage, 0.0) + _clock() - started
        return timed

    def clean(self, data: bytes | str) -> dict[str, float]:
        """Seconds per stage of one ``clean(data)``; "rest" is what no stage accounts for."""
        from cleaner import CleanerError, clean
        self.seconds.clear()
        started = _clock()
        try:
            clean(data)
        except CleanerError:
            pass
        total = _clock() - started
        out = dict(self.seconds)
        out["blocks"] = out.get("blocks", 0.0) - out.get("parse", 0.0)  # dom.parse holds the parse
        out["rest"] = total - sum(out.values())
        out["total"] = total
        return out


def text_dump(page: BenchPage) -> str:
    """The page flattened the careless way: every text node on a line (BeautifulSoup)."""
    from bs4 import BeautifulSoup
    return BeautifulSoup(page.html, "lxml").get_text("\n")


def time_stages(inputs: Sequence[bytes | str], repeat: int) -> dict[str, float]:
    """Milliseconds per stage summed over ``inputs``, each stage's best of ``repeat`` runs."""
    sums = dict.fromkeys((*STAGES, "total"), 0.0)
    with StageClock() as clock:
        for data in inputs:
            clock.clean(data)  # warm-up
        runs: list[list[dict[str, float]]] = [[] for _ in inputs]
        for _ in range(max(1, repeat)):  # passes, each page after the others (forget_pages)
            forget_pages()
            for page_runs, data in zip(runs, inputs):
                page_runs.append(clock.clean(data))
    for page_runs in runs:
        for stage in sums:
            sums[stage] += 1000 * min(run.get(stage, 0.0) for run in page_runs)
    return sums


def time_parse(pages: Sequence[BenchPage], repeat: int) -> float:
    """Milliseconds of the lxml parse of each page's decoded str, best of ``repeat``, summed."""
    parse = make_system("lxml parse")
    return sum(min(_timed(parse, page)[0] for _ in range(max(1, repeat))) for page in pages)


def format_stages(pages: Sequence[BenchPage], repeat: int) -> str:
    """The --stages report: HTML pages as they are, then text dumps made of them."""
    html_pages = [p for p in pages if p.path.suffix.lower() in (".html", ".htm")]
    parse_ms = time_parse(html_pages, repeat)
    sets = {"HTML pages": [p.data for p in html_pages],
            "text dumps of them": [text_dump(p) for p in html_pages]}
    print(f"{len(html_pages)} HTML pages; lxml parse of them: {parse_ms:.0f} ms; "
          f"{repeat} timed run(s) a page, after a warm-up", file=sys.stderr)
    header = ["stage", *(f"{name} ms" for name in sets), *(f"{name} share" for name in sets),
              *(f"{name} / parse" for name in sets)]
    timings = {name: time_stages(inputs, repeat) for name, inputs in sets.items()}
    rows = [header, ["---"] * len(header)]
    for stage in (*STAGES, "total"):
        rows.append([stage, *(f"{t[stage]:.0f}" for t in timings.values()),
                     *(f"{100 * t[stage] / t['total']:.0f}%" for t in timings.values()),
                     *(f"{_ratio(t[stage], parse_ms):.2f}x" for t in timings.values())])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.append("")
    lines.append(f"lxml parse of the same {len(html_pages)} HTML pages: {parse_ms:.0f} ms "
                 "(the '/ parse' columns divide by it)")
    return "\n".join(lines)


#: Issue 10's bound on the injection repair: it adds at most this share to the median clean().
REPAIR_SHARE_BOUND = 0.20


def time_repair_share(pages: Sequence[BenchPage], repeat: int,
                      clean_with: Callable[..., object] | None = None) -> dict[str, float]:
    """The injection repair's share of ``clean()``: each page's best of ``repeat`` with the default
    config and with ``repair_injection=False``. Each timed pass runs one config over all the pages
    after :func:`forget_pages`, the configs in turns (with, without, without, with, ...), so a page
    is never timed after itself with either. Returns the two medians, their ratio less one
    (``share``: what the bound reads), the median of each page's own share, and the sums."""
    from cleaner import CleanerConfig
    if clean_with is None:
        from cleaner import clean as clean_with
    configs = {"with": CleanerConfig(), "without": CleanerConfig(repair_injection=False)}
    runners = {key: (lambda page, config=config: clean_with(page.data, config=config))
               for key, config in configs.items()}
    for page in pages:  # warm-up
        for run in runners.values():
            _timed(run, page)
    best = {key: [float("inf")] * len(pages) for key in configs}
    for rep in range(repeat):
        for key in (("with", "without") if rep % 2 == 0 else ("without", "with")):
            forget_pages()
            for i, page in enumerate(pages):
                best[key][i] = min(best[key][i], _timed(runners[key], page)[0])
    with_ms, without_ms = statistics.median(best["with"]), statistics.median(best["without"])
    return {"pages": len(pages), "median_with": with_ms, "median_without": without_ms,
            "share": _ratio(with_ms, without_ms) - 1,
            "page_share": statistics.median(_ratio(a, b) - 1 for a, b in zip(best["with"], best["without"])),
            "sum_with": sum(best["with"]), "sum_without": sum(best["without"])}


def format_repair_share(share: dict[str, float], repeat: int) -> str:
    """The --repair-share report."""
    verdict = "within" if share["share"] <= REPAIR_SHARE_BOUND else "over"
    return (f"{share['pages']:.0f} pages, best of {repeat} a page, crawled\n"
            f"median clean() with the repair {share['median_with']:.2f} ms, without "
            f"{share['median_without']:.2f} ms: +{100 * share['share']:.1f} % ({verdict} the bound of "
            f"+{100 * REPAIR_SHARE_BOUND:.0f} %)\n"
            f"median of each page's own share +{100 * share['page_share']:.1f} %; sums "
            f"{share['sum_with']:.0f} / {share['sum_without']:.0f} ms "
            f"(+{100 * (_ratio(share['sum_with'], share['sum_without']) - 1):.1f} %)")


def count_instructions(paths: Sequence[Path], dumps: bool) -> float:
    """Millions of instructions of one pass of ``clean()`` over the HTML pages under ``paths``
    (or their text dumps), counted by callgrind in a child process (:func:`counted_pass`)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None or shutil.which("callgrind_control") is None:
        raise SystemExit("bench.py: --instructions needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        command = [valgrind, "--tool=callgrind", "--instr-atstart=no",
                   f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}", sys.executable,
                   str(Path(__file__).resolve()), "--counted-pass", "dumps" if dumps else "html",
                   *(["--warm"] if _keep_memos else []), *map(str, paths)]
        done = subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "0"},
                              capture_output=True, text=True)
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or collected is None:
        raise SystemExit(f"bench.py: the callgrind run failed:\n{done.stderr[-2000:]}")
    return int(collected[1]) / 1e6


def counted_pass(paths: Sequence[Path], kind: str) -> None:
    """Inside callgrind (started with instrumentation off): a warm-up pass of ``clean()`` over
    the HTML pages (``kind`` "html") or their text dumps ("dumps"), :func:`forget_pages`, then
    one pass with instrumentation on."""
    from cleaner import clean
    html_pages = [p for p in find_pages(paths) if p.path.suffix.lower() in (".html", ".htm")]
    inputs: list[bytes | str] = ([p.data for p in html_pages] if kind == "html"
                                 else [text_dump(p) for p in html_pages])
    for data in inputs:
        clean(data)
    forget_pages()
    control = ["callgrind_control", "-i"]
    subprocess.run([*control, "on", str(os.getpid())], check=True, capture_output=True)
    for data in inputs:
        clean(data)
    subprocess.run([*control, "off", str(os.getpid())], check=True, capture_output=True)


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
    parser.add_argument("--cpu-time", action="store_true",
                        help="time with this process's CPU clock rather than the wall clock "
                             "(steadier when the machine is busy)")
    parser.add_argument("--stages", action="store_true",
                        help="time each stage of clean(), on the pages and on text dumps of them")
    parser.add_argument("--instructions", action="store_true",
                        help="count the instructions of clean() over the HTML pages and their "
                             "text dumps under valgrind's callgrind instead of timing")
    parser.add_argument("--warm", action="store_true",
                        help="keep the cleaner's memos between passes (a page then reads its own "
                             "results from them; the protocol before the twenty-sixth round)")
    parser.add_argument("--repair-share", action="store_true",
                        help="time clean() with and without the injection repair (issue 10's bound: "
                             "the repair adds at most 20 %% to the median)")
    parser.add_argument("--counted-pass", choices=("html", "dumps"), help=argparse.SUPPRESS)
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
    global _clock, _keep_memos
    _clock = CLOCKS["cpu" if args.cpu_time else "wall"]
    _keep_memos = args.warm
    if args.counted_pass:
        counted_pass(paths, args.counted_pass)
        return 0
    if args.instructions:
        html = count_instructions(paths, dumps=False)
        print(f"clean() over the HTML pages: {html:,.1f} M instructions")
        print(f"clean() over their text dumps: {count_instructions(paths, dumps=True):,.1f} M instructions")
        return 0
    if args.repair_share:
        pages = find_pages(paths)
        if not pages:
            print("bench.py: no pages found", file=sys.stderr)
            return 2
        print(format_repair_share(time_repair_share(pages, args.repeat), args.repeat))
        return 0
    if args.stages:
        pages = find_pages(paths)
        if not pages:
            print("bench.py: no pages found", file=sys.stderr)
            return 2
        print(format_stages(pages, args.repeat))
        return 0
    memory = None if args.no_memory else measure_memory(paths)  # first: see step 4
    pages = find_pages(paths)
    if not pages:
        print("bench.py: no pages found", file=sys.stderr)
        return 2
    print(f"{len(pages)} pages, {sum(len(p.data) for p in pages) / 2**20:.1f} MB; "
          f"warm-up + {args.repeat} timed pass(es)", file=sys.stderr)
    timing = time_systems(pages, args.repeat)
    print(format_table(timing, memory, pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
