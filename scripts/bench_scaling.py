#!/usr/bin/env python3
"""Time against page size: does ``clean()`` stay linear as a page grows 1x to 64x?

Usage::

    python scripts/bench.py --scaling [PAGE ...] [--max-k 64] [--repeat 3]
    python scripts/bench_scaling.py [PAGE ...]               (the same)

Each *shape* is a page built from a unit repeated k times, k = 1, 2, 4 ... --max-k:

- ``news body×k``: a real-looking portal news page (navigation, headline, meta line, twelve
  paragraphs, recommendations, comments, sidebar, footer, scripts) whose whole ``<body>`` is
  repeated k times; ``news article×k``: the same page with only its article paragraphs repeated
  (one long article); ``text dump×k``: the page as a plain-text dump, repeated.
- hostile shapes: ``nested divs`` (1,500·k levels around the article), ``one line`` (64 KB·k of
  hanzi without punctuation, tags or newlines), ``hidden siblings`` (1,000·k
  ``display:none`` spans between words), ``huge attribute`` (a 64 KB·k class attribute),
  ``table soup`` (500·k unclosed ``<table><tr><td>``), ``English page`` (a non-Chinese page,
  which goes to the trafilatura fallback, body repeated k times).
- ``PAGE body×k`` for every page file given on the command line (e.g. one from the corpus), and
  ``PAGE article×k +4 unclosed div``: the page with its article section (from the tag before the
  first paragraph ``clean()`` keeps to the end of the tag after the last one) repeated k times,
  each copy behind four ``<div>`` that are never closed, so the nesting deepens with every copy
  (up to ``CleanerConfig.max_depth``).

A size's time is the best of ``--repeat`` runs (after one untimed warm-up of the whole
pipeline), so that noise from elsewhere on the machine counts as little as possible. The
table gives, per shape, milliseconds at each k, then ``64x/1x`` (the cost ratio; linear is
64), that ratio divided by k ("per copy": 1.0 is exactly linear) and divided by the ratio of
the sizes in bytes ("per byte": what a byte of the largest page costs against a byte of the
1x page; the target is <= 2).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's cleaner, whatever else is installed

from cleaner import CleanerError, clean  # noqa: E402
from cleaner.decode import decode  # noqa: E402

SENTENCES = (
    "会议指出，要坚持规划引领，强化交通互联互通，推动产业协同发展，共建共享公共服务。",
    "与会代表表示，将认真落实会议精神，推动各项工作取得新的成效，更好地服务沿线群众。",
    "据介绍，该项目总投资约十二亿元，建成后将进一步完善区域路网结构，缩短通行时间。",
    "记者在现场看到，施工人员正在紧张作业，大型机械来回穿梭，工地上一派繁忙景象。",
    "专家认为，这一举措有利于释放消费潜力，促进城乡融合发展，增强经济发展的内生动力。",
    "今年以来，全市新开工重点项目一百二十个，完成投资同比增长百分之八点六。",
    "“我们村的路修好了，游客多了，农产品也卖得更远了。”村民老陈高兴地说。",
    "下一步，有关部门将加强督导检查，确保各项措施落地见效，让群众有更多获得感。",
)
TITLE = "城市轨道交通三期工程全面开工 年内新增运营里程四十公里"
ENGLISH = ("The city council approved the new transit plan on Tuesday, officials said, "
           "adding that construction of three new lines would begin next spring.")


def news_page(seed: int = 1, *, article_copies: int = 1) -> str:
    """A real-looking portal news page (~40 KB), deterministic for a seed."""
    rng = random.Random(seed)
    nav = "".join(f'<li><a href="/channel/{i}.html">频道{i}</a></li>' for i in range(30))
    paragraphs = "".join(
        f"<p>{''.join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))}</p>"
        for _ in range(12 * article_copies))
    related = "".join(
        f'<li><a href="/a/{rng.randint(10000, 99999)}.html">{rng.choice(SENTENCES)[:16]}</a>'
        f"<p>{rng.choice(SENTENCES)[:40]}</p></li>" for _ in range(10))
    comments = "".join(f'<div class="comment-item"><span class="user">网友{i}</span>'
                       f"<p>{rng.choice(SENTENCES)[:24]}</p></div>" for i in range(6))
    hot = "".join(f'<li><a href="/hot/{i}.html">{rng.choice(SENTENCES)[:14]}</a></li>'
                  for i in range(15))
    script = "var _hmt = _hmt || [];" + "function f(a){return a*2;}" * 1200
    body = (
        f'<div class="top-nav"><ul>{nav}</ul></div>'
        '<div class="login-box"><a href="/login">登录</a> <a href="/reg">注册</a></div>'
        '<div class="breadcrumb">首页 &gt; 新闻 &gt; 本地</div>'
        '<div class="main"><div class="article">'
        f"<h1>{TITLE}</h1>"
        '<div class="info">2025-08-26 09:30:15 来源：城市日报 作者：张明</div>'
        f'<div class="content">{paragraphs}'
        '<p class="img"><img src="/p/1.jpg" alt=""></p><p class="caption">图为施工现场。</p>'
        "<p>责任编辑：王丽</p></div>"
        '<div class="share">分享到：微信 微博 QQ空间</div></div>'
        f'<div class="related"><h3>相关推荐</h3><ul>{related}</ul></div>'
        f'<div class="comments"><h3>网友评论</h3>{comments}</div></div>'
        f'<div class="sidebar"><h3>热门文章</h3><ul>{hot}</ul></div>'
        '<div class="footer">版权所有 © 城市日报社 ICP备12345678号 京公网安备1100000000号</div>'
        f"<script>{script}</script>"
    )
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{TITLE}_城市新闻网</title><style>.hide{{display:none}}</style>"
            f"<script>{script}</script></head><body>{body}</body></html>")


def repeat_body(page: str, k: int) -> str:
    """``page`` with the inside of its ``<body>`` repeated ``k`` times (the whole page if none)."""
    start = re.search(r"<body\b[^>]*>", page, re.I)
    end = page.lower().rfind("</body>")
    if start is None or end < start.end():
        return page * k
    return page[:start.end()] + page[start.end():end] * k + page[end:]


def text_dump(k: int) -> str:
    """The news page as a text dump (every visible line), repeated ``k`` times."""
    rng = random.Random(2)
    lines = ["首页 新闻 本地 财经 体育 娱乐", "登录 注册", TITLE, "2025-08-26 09:30 来源：城市日报"]
    lines += ["".join(rng.choice(SENTENCES) for _ in range(3)) for _ in range(12)]
    lines += ["责任编辑：王丽", "相关推荐"] + [rng.choice(SENTENCES)[:30] for _ in range(10)]
    lines += ["版权所有 © 城市日报社 ICP备12345678号"]
    return "\n".join(lines * k) + "\n"


def _article() -> str:
    return "".join(f"<p>{s}</p>" for s in SENTENCES)


def hostile_shapes() -> dict[str, Callable[[int], str]]:
    """The hostile shapes: each a function of k."""
    html = "<html><head><title>" + TITLE + "</title></head><body>{}</body></html>"
    return {
        "nested divs": lambda k: html.format("<div>" * (1500 * k) + _article() + "</div>" * (1500 * k)),
        "one line": lambda k: "城市轨道交通工程全面开工" * (64 * 1024 * k // 36),
        "hidden siblings": lambda k: html.format(
            "<p>" + '城<span style="display:none">年厦</span>市' * (1000 * k) + "。</p>" + _article()),
        "huge attribute": lambda k: html.format(
            f'<div class="{"x " * (32 * 1024 * k)}">{_article()}</div>'),
        "table soup": lambda k: html.format("<table><tr><td>" * (500 * k) + _article()),
        "English page": lambda k: repeat_body(
            "<html><head><title>Transit plan</title></head><body><nav>"
            + "".join(f'<a href="/{i}">Section {i}</a> ' for i in range(30)) + "</nav><article><h1>"
            "Transit plan approved</h1>" + f"<p>{ENGLISH}</p>" * 12 + "</article>"
            "<footer>Copyright 2025</footer></body></html>", k),
    }


#: Unclosed <div>s in front of each copy of the article section.
UNCLOSED_DIVS = 4


def article_section(text: str) -> tuple[int, int] | None:
    """Where the article of an HTML page sits in ``text``: from the start of the tag before its
    first kept paragraph to the end of the tag after its last; ``None`` when it is not found."""
    article = clean(text)
    if not article.paragraphs:
        return None
    first = text.find(article.paragraphs[0][:12])
    last = text.find(article.paragraphs[-1][-12:], max(first, 0))
    if first < 0 or last < 0:
        return None
    start = text.rfind("<", 0, first)
    end = text.find(">", last)
    return (start, end + 1) if start >= 0 and end >= 0 else None


def repeat_article(text: str, section: tuple[int, int], k: int) -> str:
    """``text`` with its article section repeated ``k`` times, each copy behind unclosed divs."""
    start, end = section
    return text[:start] + ("<div>" * UNCLOSED_DIVS + text[start:end]) * k + text[end:]


def shapes(pages: Sequence[Path]) -> dict[str, Callable[[int], str | bytes]]:
    """Every shape of the table, in order: the news page ones, then hostile, then given pages."""
    base = news_page()
    out: dict[str, Callable[[int], str | bytes]] = {
        "news body×k": lambda k: repeat_body(base, k),
        "news article×k": lambda k: news_page(article_copies=k),
        "text dump×k": text_dump,
    }
    out.update(hostile_shapes())
    for path in pages:
        text = decode(path.read_bytes())[0]
        out[f"{path.name} body×k"] = lambda k, text=text: repeat_body(text, k)
        section = article_section(text)
        if section is not None:
            out[f"{path.name} article×k +{UNCLOSED_DIVS} unclosed div"] = (
                lambda k, text=text, section=section: repeat_article(text, section, k))
    return out


def time_clean(data: str | bytes, repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Best seconds of ``repeat`` calls of ``clean(data)``, by ``clock`` (default: wall clock)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = clock()
        try:
            clean(data)
        except CleanerError:
            pass
        best = min(best, clock() - started)
    return best


def measure(make: Callable[[int], str | bytes], ks: Sequence[int], repeat: int,
            clock: Callable[[], float] = time.perf_counter) -> list[tuple[int, int, float]]:
    """``(k, size in bytes, seconds)`` for each k. Small sizes are timed more often (noisier)."""
    rows = []
    for k in ks:
        data = make(k)
        size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
        runs = max(repeat, 5) if k == 1 else repeat if k <= 8 else min(repeat, 2)
        rows.append((k, size, time_clean(data, runs, clock)))
    return rows


def format_table(results: dict[str, list[tuple[int, int, float]]]) -> str:
    """A Markdown table: ms per k, size at the largest k, cost ratio and ratio per copy."""
    ks = [k for k, _, _ in next(iter(results.values()))]
    top = ks[-1]
    header = ["shape", *(f"{k}x ms" for k in ks), f"{top}x size", f"{top}x/1x", "per copy",
              "per byte"]
    rows = [header, ["---"] * len(header)]
    for name, row in results.items():
        base = row[0][2]
        ratio = row[-1][2] / base if base else float("nan")
        rows.append([name, *(f"{s * 1000:.1f}" for _, _, s in row), f"{row[-1][1] / 2**20:.1f} MB",
                     f"{ratio:.1f}", f"{ratio / top:.2f}", f"{ratio * row[0][1] / row[-1][1]:.2f}"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    return "\n".join("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, metavar="PAGE",
                        help="page files to add as shapes (their body repeated k times)")
    parser.add_argument("--scaling", action="store_true", help="(bench.py's flag; ignored here)")
    parser.add_argument("--max-k", type=int, default=64, metavar="K",
                        help="largest repeat count, a power of two (default 64)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="timed runs per size; the best counts (default 3)")
    parser.add_argument("--only", metavar="TEXT", help="only the shapes whose name contains TEXT")
    parser.add_argument("--cpu-time", action="store_true",
                        help="time with this process's CPU clock (steadier on a busy machine)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, _unknown = build_parser().parse_known_args(argv)  # bench.py passes its own options too
    import logging
    for name in ("trafilatura", "htmldate", "cleaner"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    pages = [p for p in args.pages if p.is_file()]  # bench.py's CORPUS_DIR folders are not pages
    ks = [1 << i for i in range(max(0, args.max_k).bit_length())] or [1]
    todo = {name: make for name, make in shapes(pages).items()
            if not args.only or args.only.lower() in name.lower()}
    if not todo:
        print(f"bench_scaling.py: no shape matches {args.only!r}", file=sys.stderr)
        return 2
    clean(news_page())  # warm-up: imports, the word list, lazily built tables
    clean(hostile_shapes()["English page"](1))  # and trafilatura's
    results = {}
    for name, make in todo.items():
        print(f"{name} ...", file=sys.stderr, flush=True)
        results[name] = measure(make, ks, args.repeat,
                                time.process_time if args.cpu_time else time.perf_counter)
    print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
