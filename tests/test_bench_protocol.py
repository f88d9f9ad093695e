"""scripts/bench.py times a page as a crawl meets it: ``forget_pages()`` empties every memo in
which the cleaner keeps what it read from a page, so a page is never timed after itself."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

from cleaner import clean

ROOT = Path(__file__).resolve().parents[1]
# A page stuffed with its headline's pieces after the marks, so that the repair's memos fill.
STUFFED = ("<html><head><meta charset='utf-8'><title>厦漳泉都市圈建设这样干</title></head><body>"
           "<h1>厦漳泉都市圈建设这样干</h1><p>昨日下午，厦漳泉都市圈办公室召开会议，都市圈会上发布了工作机制，"
           "建设并通报重点任务，这样为推动三市一体化发展注入新动力、都市圈绘就新蓝图。</p>"
           "<p>会议指出，建设三市要加强协同，这样形成合力，都市圈推动交通、产业和公共服务一体化。</p></body></html>")


def _bench():  # noqa: ANN202 -- the module of scripts/bench.py
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("bench_protocol_bench", ROOT / "scripts" / "bench.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module   # (its dataclasses look their module up there)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def _memos() -> list[tuple[str, functools._lru_cache_wrapper]]:  # type: ignore[name-defined]
    """Every lru_cache of the cleaner's modules, a memo wrapped in another memo included."""
    found = []
    for name, module in list(sys.modules.items()):
        if name != "cleaner" and not name.startswith("cleaner."):
            continue
        for attr, value in list(vars(module).items()):
            while value is not None and getattr(value, "__module__", None) == name:
                if callable(getattr(value, "cache_info", None)):
                    found.append((f"{name}.{attr}", value))
                value = getattr(value, "__wrapped__", None)
    return found


def test_forget_pages_empties_every_memo_a_page_fills_but_the_loaders() -> None:
    bench = _bench()
    clean(STUFFED.encode())
    filled = [name for name, memo in _memos() if memo.cache_info().currsize]
    assert any(name.startswith("cleaner.spread.") for name in filled), filled   # (the page reached the repair)
    bench.forget_pages()
    left = [name for name, memo in _memos()
            if memo.cache_info().currsize and (memo.cache_info().maxsize or 0) > bench.LOADER_MEMO]
    assert left == []


def test_forget_pages_empties_the_dump_path_s_hand_kept_memo() -> None:
    # headline_like keeps its answers in a plain dict, out of the lru_cache sweep's reach.
    from cleaner import dumplines
    bench = _bench()
    dump = ("厦漳泉都市圈建设这样干\n2025-08-26 10:32 来源：本站\n"
            "昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制，并通报重点任务。\n"
            "会议指出，三市要加强协同，形成合力，推动交通、产业和公共服务一体化发展。\n")
    clean(dump)
    assert dumplines._HEADLINE_WORDS, "the dump's lines were asked whether they read as headlines"
    bench.forget_pages()
    assert dumplines._HEADLINE_WORDS == {}


def test_forget_pages_empties_the_style_sheets_hand_kept_memo() -> None:
    # The sheets' hidden classes and ids are kept in a plain dict by length, out of the
    # lru_cache sweep's reach.
    from cleaner import dom
    bench = _bench()
    clean(b"<html><head><style>.ad{display:none}</style></head><body><p class='ad'>x</p>"
          + STUFFED.encode().split(b"<body>")[1])
    assert dom._KEPT_SHEETS, "the page's sheet was read"
    bench.forget_pages()
    assert dom._KEPT_SHEETS == {}


def test_a_page_of_a_crawl_compiles_no_pattern_and_no_stylesheet(monkeypatch) -> None:  # noqa: ANN001
    """What is the same for every page is made once a process, not once a page: a page cleaned
    after ``forget_pages()`` (the memos and ``re``'s cache emptied, as between the pages of a
    crawl) compiles no regex (the repair's search for prose marks is kept), no substitution's
    template of the cleaner's (a bracketed name's ``[\\1]`` is a function) and no XSLT
    stylesheet (the cut's are kept, one a base). README "### Speed", the twenty-ninth round,
    ``fixedcost``."""
    import re._compiler
    import re._parser

    from lxml import etree

    from cleaner import occsearch as occurrences

    bench = _bench()
    page = STUFFED.replace("</h1>", "</h1><p>2025-08-26 10:30 [ 新华社 ] 编辑：王五</p>").encode()
    clean(page)
    made: list[object] = []
    compile_, template, xslt, hits = re._compiler.compile, re._parser.parse_template, etree.XSLT, occurrences.piece_hits
    searched: list[object] = []
    monkeypatch.setattr(occurrences, "piece_hits", lambda *args: searched.append(args) or hits(*args))
    monkeypatch.setattr(re._compiler, "compile", lambda *args: made.append(args[0]) or compile_(*args))
    monkeypatch.setattr(re._parser, "parse_template", lambda *args: made.append(args[0]) or template(*args))
    monkeypatch.setattr(etree, "XSLT", lambda *args, **kw: made.append("xslt") or xslt(*args, **kw))
    bench.forget_pages()
    article = clean(page)
    assert searched and article.source == "新华社"   # (the page reached the repair's search and the names after its date)
    # (lxml's own: ``str()`` of an XSLT result strips an XML declaration by a substitution; the
    # stream's bytes decoded here instead cost a copy of the stream, more than the template's parse)
    assert [m for m in made if m != r"\g<1>\g<2>"] == []


def test_repair_share_times_each_config_in_its_own_crawled_passes(monkeypatch) -> None:  # noqa: ANN001
    # A stand-in clean() that takes 3 ticks with the repair and 2 without on page "a", 1 and 1 on "b",
    # and 5 and 4 on "c", read through bench's clock; each pass must open with forget_pages().
    bench = _bench()
    ticks = [0.0]
    cost = {"a": (3, 2), "b": (1, 1), "c": (5, 4)}
    calls: list[tuple[str, bool]] = []

    def fake_clean(data: bytes, config) -> None:  # noqa: ANN001
        calls.append((data.decode(), config.repair_injection))
        ticks[0] += cost[data.decode()][0 if config.repair_injection else 1] / 1000

    monkeypatch.setattr(bench, "_clock", lambda: ticks[0])
    monkeypatch.setattr(bench, "forget_pages", lambda: calls.append(("forget", None)))
    pages = [bench.BenchPage(path=Path(name), data=name.encode(), html=name) for name in "abc"]
    share = bench.time_repair_share(pages, repeat=2, clean_with=fake_clean)
    assert (share["median_with"], share["median_without"]) == pytest.approx((3, 2))
    assert share["share"] == pytest.approx(0.5)        # the medians' ratio, not the sums' (9 / 7)
    assert share["page_share"] == pytest.approx(0.25)  # the median of 0.5, 0 and 0.25
    assert (share["sum_with"], share["sum_without"]) == pytest.approx((9, 7))
    timed = calls[6:]  # after the warm-up's two calls a page
    assert timed == [("forget", None), *((p, True) for p in "abc"), ("forget", None), *((p, False) for p in "abc"),
                     ("forget", None), *((p, False) for p in "abc"), ("forget", None), *((p, True) for p in "abc")]
    assert "over the bound" in bench.format_repair_share(share, 2)
