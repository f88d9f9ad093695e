#!/usr/bin/env python
"""Make plain-text dumps of every labelled HTML page, each scored against its page's label.

Usage::

    python scripts/make_dumps.py OUT_DIR [SRC_DIR ...] [--styles dom,bs4,inscriptis]
                                 [--inject] [--seed 1] [--score [--no-model]]

The sources (default: ``../shared/corpus``, ``fixtures/`` and ``fixtures/real/`` when they
exist) are folders of ``<id>.html`` + ``<id>.json`` in the corpus label format, searched
recursively. Every page is flattened in each style and written as ``<id>.<style>.txt`` beside
``<id>.<style>.json``: the page's own label (its body, title, date … are the ground truth of
the dump too), with ``set`` = ``<set>.<style>`` so that ``scripts/evaluate.py OUT_DIR``
reports each style apart, and ``style``, ``page_set`` and ``page`` saying where it came from.

The styles, the three ways such dumps are made in the wild:

- ``dom``: a DOM walk that keeps every visible line (what a browser's copy-all gives): the
  text of ``<body>``, invisible elements (scripts, ``hidden``, inline ``display:none``) left
  out, a line break at every block element and ``<br>``;
- ``bs4``: BeautifulSoup's ``get_text("\\n")`` over the whole document (the careless scraper:
  every text node on a line of its own, the ``<title>`` included, hidden text too);
- ``inscriptis``: inscriptis' browser-like layout (indented lists, tables as columns).

Two more styles are made only when ``--styles`` names them: ``wrapped``, the DOM walk wrapped
at 80 display columns (a CJK character two) with a blank line between its lines (w3m's and
``fmt``'s shape), and ``wrapped38``, the DOM walk wrapped at 38 characters with no blank line
(a BBS export's).

``dom`` and ``inscriptis`` read the page as browsers do, past a stray ``</html>`` or
``</body>`` (libxml2 would end the document there and lose the article a reader sees).

``--inject`` stuffs headline fragments into the body paragraphs of every dump the way
``scripts/make_dirty.py`` does (its :func:`make_dirty.inject` with a random
:class:`make_dirty.Spec` per page, from ``--seed``); the label then lists them under
``injected`` (offsets into the dirty body, paragraphs joined by ``"\\n"``), and the page id
gets ``.inj``. Only paragraphs that the dump prints as a line of their own are stuffed.

The module doubles as a library: :func:`load_sources` finds the pages, :data:`STYLES` maps a
style to its flattening function, :func:`make_dumps` yields :class:`Dump` values in memory
(``scripts/evaluate.py --dumps`` scores them beside the HTML path).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unicodedata import east_asian_width

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_dirty  # noqa: E402  (the injection of the dirty pages, reused as it is)
from cleaner.patterns import BLOCK_TAGS, INVISIBLE_TAGS  # noqa: E402

__all__ = ["Dump", "Source", "STYLES", "EXTRA_STYLES", "DEFAULT_SOURCES", "decode_page", "dump_bs4",
           "dump_dom", "dump_inscriptis", "dump_wrapped", "dump_wrapped38", "inject_dump",
           "inject_dump_spec", "load_sources", "make_dumps", "main", "wrap_line"]

#: Where the labelled pages are, when no folder is named.
DEFAULT_SOURCES = (ROOT.parent / "shared" / "corpus", ROOT / "fixtures", ROOT / "fixtures" / "real")

# Elements whose content no reader sees, and those a browser lays out as a box of its own (a
# line break before and after): the project's own lists of them, <br> added.
_INVISIBLE = frozenset(INVISIBLE_TAGS)
_BLOCK = BLOCK_TAGS | {"br"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
# What a wrap keeps together: a word of Latin letters or digits (with its marks), a space, or
# one other character.
_WRAP_PIECE = re.compile(r"[\x21-\x7e]+| |.")


@dataclass(frozen=True)
class Source:
    """One labelled HTML page."""

    id: str
    set: str
    path: Path
    label: dict[str, Any]


@dataclass(frozen=True)
class Dump:
    """One dump of one page in one style, with the label it is scored against."""

    id: str
    style: str
    text: str
    label: dict[str, Any]
    source: Source
    #: the dump before injection (the same as ``text`` when nothing was injected): the control
    #: that the injection scoring compares the cleaner's output with
    clean_text: str = ""


def decode_page(data: bytes) -> str:
    """The page as text, decoded the way the cleaner decodes it (so every style starts from
    the same characters as the HTML path)."""
    from cleaner.decode import decode
    return decode(data)[0]


def dump_dom(html: str) -> str:
    """Every visible line of ``<body>``: a DOM walk, block elements and ``<br>`` as line breaks."""
    from lxml import etree, html as lxml_html
    try:
        root = lxml_html.document_fromstring(_as_browsers_read(html))
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    start = body if body is not None else root
    out: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _INVISIBLE or el.get("hidden") is not None \
                or _HIDDEN_STYLE.search(el.get("style") or ""):
            if el.tail:
                out.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if block:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    for child in start:
        walk(child)
    if start.text:
        out.insert(0, start.text)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def dump_bs4(html: str) -> str:
    """BeautifulSoup's ``get_text("\\n")`` over the whole document, as a scraper calls it."""
    from bs4 import BeautifulSoup
    return BeautifulSoup(html, "lxml").get_text("\n")


def dump_inscriptis(html: str) -> str:
    """inscriptis' browser-like rendering of the page."""
    from inscriptis import get_text
    return get_text(_as_browsers_read(html))


def _as_browsers_read(html: str) -> str:
    """The page without stray ``</html>`` / ``</body>`` end tags: browsers read on past them,
    libxml2 (under lxml and inscriptis) ends the document there and loses what follows."""
    return _STRAY_END.sub(" ", html)


def wrap_line(line: str, width: int, *, columns: bool = True) -> list[str]:
    """``line`` wrapped at ``width``: display columns (a CJK character two wide, by
    ``unicodedata.east_asian_width``) or, with ``columns`` false, characters; a word of Latin
    letters or digits kept whole unless it alone is wider.

    >>> wrap_line("市图书馆推出夜间阅读服务 open 24 hours", 16)
    ['市图书馆推出夜间', '阅读服务 open 24', 'hours']
    """
    out: list[str] = []
    current, used = "", 0
    for piece in _WRAP_PIECE.findall(line):
        size = sum(2 if east_asian_width(c) in "WF" else 1 for c in piece) if columns else len(piece)
        if used + size > width and current.strip():
            out.append(current.rstrip())
            current, used = "", 0
            if piece == " ":
                continue
        current += piece
        used += size
    if current.strip():
        out.append(current.rstrip())
    return out


def dump_wrapped(html: str, width: int = 80, *, columns: bool = True) -> str:
    """The DOM walk's lines wrapped at ``width`` (:func:`wrap_line`), a blank line between them,
    as w3m, ``fold``/``fmt`` and e-mail exports print a page."""
    return "\n\n".join("\n".join(wrap_line(line, width, columns=columns))
                       for line in dump_dom(html).splitlines()) + "\n"


def dump_wrapped38(html: str) -> str:
    """The DOM walk's lines wrapped at 38 characters, with no blank line between them (a BBS
    export's shape)."""
    return "\n".join("\n".join(wrap_line(line, 38, columns=False))
                     for line in dump_dom(html).splitlines()) + "\n"


#: Style name -> function from the decoded page to its dump.
STYLES: dict[str, Callable[[str], str]] = {"dom": dump_dom, "bs4": dump_bs4, "inscriptis": dump_inscriptis}
#: More styles, made on request (``--styles wrapped,wrapped38``): not among the default three.
EXTRA_STYLES: dict[str, Callable[[str], str]] = {"wrapped": dump_wrapped, "wrapped38": dump_wrapped38}


def load_sources(paths: Iterable[Path] = DEFAULT_SOURCES) -> list[Source]:
    """Every ``<id>.html`` with an ``<id>.json`` label under ``paths`` (missing folders are
    skipped), in path order. Dumps written by this script (a style in the name) are not sources,
    nor a page labelled in another language than Chinese (``fixtures/foreign``: the fallback's
    pages) found below a folder named, not in it."""
    sources: list[Source] = []
    seen: set[Path] = set()
    for folder in paths:
        if not folder.is_dir():
            continue
        for page in sorted(folder.rglob("*.html")):
            label_path = page.with_suffix(".json")
            if page.resolve() in seen or not label_path.is_file():
                continue
            seen.add(page.resolve())
            label = json.loads(label_path.read_text(encoding="utf-8"))
            if not isinstance(label, dict) or "body" not in label:
                continue
            if label.get("language", "zh") != "zh" and page.parent.resolve() != folder.resolve():
                continue
            sources.append(Source(id=str(label.get("id") or page.stem),
                                  set=str(label.get("set") or page.parent.name), path=page, label=label))
    return sources


def inject_dump(text: str, label: dict[str, Any], rng: random.Random) -> tuple[str, list[dict[str, Any]]]:
    """:func:`inject_dump_spec` without the spec."""
    dirty, injected, _ = inject_dump_spec(text, label, rng)
    return dirty, injected


def inject_dump_spec(text: str, label: dict[str, Any], rng: random.Random,
                     ) -> tuple[str, list[dict[str, Any]], dict[str, Any] | None]:
    """Stuff headline fragments into the body lines of a dump (``make_dirty.inject``).

    Returns the dirty dump and the fragments as ``{"offset", "fragment"}`` with offsets into the
    dirty body (paragraphs joined by ``"\\n"``). A paragraph the dump does not print as a line of
    its own (whitespace aside) is left clean, and its fragments are not in the list. The third
    value is the :class:`make_dirty.Spec` drawn, as a dict (``None`` when nothing was drawn).
    """
    title = label.get("title") or ""
    paragraphs = [p for p in (label.get("body") or "").split("\n")]
    if not title or not any(paragraphs):
        return text, [], None
    spec = make_dirty._random_spec(rng, html_page=False, has_subtitle=False)
    dirty, found = make_dirty.inject(paragraphs, [title], spec, rng)
    lines = text.split("\n")
    where = {" ".join(line.split()): i for i, line in reversed(list(enumerate(lines)))}
    placed: set[int] = set()
    for index, (clean, new) in enumerate(zip(paragraphs, dirty)):
        i = where.get(" ".join(clean.split()))
        if clean == new or i is None:
            continue
        lines[i] = new
        placed.add(index)
    starts = [0]
    kept = [new if index in placed else clean for index, (clean, new) in enumerate(zip(paragraphs, dirty))]
    for p in kept:
        starts.append(starts[-1] + len(p) + 1)
    # Offsets of make_dirty index the dirty paragraph; a paragraph left clean shifts nothing.
    injected = [{"offset": starts[i] + offset, "fragment": piece}
                for i, offset, piece in found if i in placed]
    return "\n".join(lines), injected, dataclasses.asdict(spec)


def make_dumps(sources: Sequence[Source], styles: Sequence[str] = tuple(STYLES), *,
               inject: bool = False, seed: int = 1) -> Iterator[Dump]:
    """Each source in each style, with its label (see the module docstring)."""
    for source in sources:
        html = decode_page(source.path.read_bytes())
        for style in styles:
            text = clean_text = {**STYLES, **EXTRA_STYLES}[style](html)
            label = dict(source.label)
            page_id = f"{source.id}.{style}"
            label.update(id=page_id, set=f"{source.set}.{style}", style=style, page_set=source.set,
                         page=str(source.path), kind="text")
            if inject:
                page_id += ".inj"
                rng = random.Random(f"{seed}:{page_id}")
                text, injected, spec = inject_dump_spec(text, source.label, rng)
                label.update(id=page_id, injected=injected, inject_spec=spec)
            yield Dump(id=page_id, style=style, text=text, label=label, source=source,
                       clean_text=clean_text)


def _score(sources: Sequence[Source], styles: Sequence[str], seed: int, *, model: bool) -> str:
    """The report of :mod:`dump_score` over the injected dumps of ``sources``."""
    import functools

    import dump_score
    import evaluate
    from cleaner import CleanerConfig, clean

    config = CleanerConfig() if model else CleanerConfig(language_model="")
    run = functools.partial(clean, config=config)

    def body_f1(text: str, truth: str) -> float:
        return evaluate.score_body(text, truth)[2]

    cases = [dump_score.score_case(dump, run, body_f1)
             for dump in make_dumps(sources, styles, inject=True, seed=seed)]
    return dump_score.format_report(cases)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="where the dumps and their labels are written")
    parser.add_argument("sources", nargs="*", type=Path,
                        help="folders of <id>.html + <id>.json (default: the corpus and the fixtures)")
    parser.add_argument("--styles", default=",".join(STYLES),
                        help=f"comma-separated, of {', '.join([*STYLES, *EXTRA_STYLES])}")
    parser.add_argument("--inject", action="store_true", help="stuff headline fragments into the bodies")
    parser.add_argument("--seed", type=int, default=1, help="with --inject: the random seed (default 1)")
    parser.add_argument("--score", action="store_true",
                        help="with --inject: clean each dump with and without the injection and "
                             "print the repair's scores per style and the causes of what it left "
                             "(scripts/dump_score.py); OUT_DIR is then not written")
    parser.add_argument("--no-model", action="store_true",
                        help="with --score: without the context model")
    args = parser.parse_args(argv)
    styles = [s for s in args.styles.split(",") if s]
    unknown = [s for s in styles if s not in STYLES and s not in EXTRA_STYLES]
    if unknown:
        parser.error(f"unknown style(s): {', '.join(unknown)}")
    sources = load_sources(args.sources or DEFAULT_SOURCES)
    if args.score:
        if not args.inject:
            parser.error("--score needs --inject")
        print(_score(sources, styles, args.seed, model=not args.no_model))
        return 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for dump in make_dumps(sources, styles, inject=args.inject, seed=args.seed):
        (args.out_dir / f"{dump.id}.txt").write_text(dump.text, encoding="utf-8")
        (args.out_dir / f"{dump.id}.json").write_text(
            json.dumps(dump.label, ensure_ascii=False, indent=1), encoding="utf-8")
        count += 1
    print(f"wrote {count} dumps of {len(sources)} pages to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
