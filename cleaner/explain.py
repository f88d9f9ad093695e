"""``cleaner explain``: one HTML page showing every decision ``clean()`` made on a page.

>>> from cleaner import clean
>>> from cleaner.explain import render, write_report
>>> article = clean(open("page.html", "rb").read())  # doctest: +SKIP
>>> write_report(article, "page.html.explain.html", source_name="page.html")  # doctest: +SKIP

The report, top to bottom:

- a summary: blocks kept and removed, repairs, counts by reason, encoding, kind, extractor;
- a colour legend;
- the metadata found, each field with where it was found (``Article.provenance``);
- the page's blocks in page order: kept paragraphs (by ``Article.positions``) and removed blocks
  (by ``Removal.position``) merged, each with its verdict, reason, detail and score; inside kept
  paragraphs every injection repair is put back where it was found and struck out;
- removals that are not about one block (``position`` -1: hidden text, ``no-article``, a cut);
- repairs whose offsets do not fit their paragraph, if any (listed rather than guessed at).

Machine-readable marks, for tests and tools: each block is an element with ``data-verdict``
(``kept`` or ``removed``), ``data-reason``, ``data-position`` and ``data-score``; a removed block
has the classes ``removed reason-<reason>``, a kept one ``kept``; a repair is
``<del class="repair" title="<reason>" data-offset="<offset>">fragment</del>``.

Safety: the report shows hostile text (a page may hold ``<script>`` or ``<img onerror>`` as
text). Every string taken from the article goes through ``html.escape(quote=True)`` and every
attribute value is double-quoted; a Content-Security-Policy ``<meta>`` forbids scripts, network
access and external resources as a second line of defence. The report has no JavaScript: the
"kept blocks only" switch is a CSS checkbox.

Only the public surface of the library is used: ``clean``, ``Article`` (through
``Article.to_dict()``, so a batch record renders the same as an Article), ``CleanerConfig``,
``CleanerError``; for a WARC file, ``cleaner batch``'s reader and record (``cleaner.warc``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import io
import math
import os
import re
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import Article, CleanerConfig, CleanerError, __version__, clean
from .records import WARC_SUFFIXES, looks_like_warc

__all__ = ["HELP", "add_arguments", "main", "render", "report_path", "run", "write_report"]

#: The help line of ``cleaner explain``.
HELP = "write an HTML report of every decision made on one page (kept, removed, repaired)"

#: What the default output name adds to the page's name.
SUFFIX = ".explain.html"
#: What the default folder of a WARC file's reports adds to the file's name.
WARC_DIR_SUFFIX = ".explain"

#: Report colours by removal reason, and the one-line meaning shown in the legend. A reason not
#: listed here (a newer cleaner) gets _OTHER_COLOUR and its own name.
REASON_STYLES: dict[str, tuple[str, str]] = {
    "chrome": ("#7a7a7a", "navigation, share bars, footers, sidebars"),
    "recommendation": ("#d9822b", "相关推荐 / 热门文章 lists, blurbs of other articles"),
    "boilerplate": ("#8c6d46", "原标题, 责任编辑, 来源, disclaimers next to the article"),
    "metadata": ("#3d7ec9", "the headline and meta line above the body"),
    "hidden": ("#8e5ac8", "text a browser would not show"),
    "off-topic": ("#d1497b", "prose sharing no vocabulary with the headline and body"),
    "duplicate": ("#2a9d8f", "a block repeated elsewhere on the page"),
    "comment": ("#6b8e23", "reader comments"),
    "no-article": ("#c0392b", "the page holds no article at all"),
}
_OTHER_COLOUR = "#555555"
_KEPT_COLOUR = "#2e9d4a"
_REPAIR_COLOUR = "#d62828"

#: Metadata fields in the order the report lists them.
_META_FIELDS = ("title", "published", "source", "original_source", "authors", "editor")

# Content-Security-Policy for a file that must run nothing and fetch nothing. Inline styles are
# the report's own; data: images are allowed so a future inline icon needs no policy change.
_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")

_CLASS_UNSAFE = re.compile(r"[^a-z0-9-]+")
_NAME_UNSAFE = re.compile(r"[^\w.-]+")


# --------------------------------------------------------------------------------------------
# Rendering


def render(article: Article | Mapping[str, Any], *, source_name: str = "",
           url: str | None = None) -> str:
    """The report for ``article`` as one self-contained HTML document (a str).

    ``article`` is an :class:`Article` or a dict shaped like ``Article.to_dict()`` (a record of
    ``cleaner batch``); ``source_name`` (the page's file name) and ``url`` head the report.

    >>> from cleaner import clean
    >>> report = render(clean("<h1>标题</h1><p>正文第一段，有标点。</p>"), source_name="a.html")
    >>> report.startswith("<!DOCTYPE html>")
    True
    """
    data = article.to_dict() if isinstance(article, Article) else dict(article)
    if data.get("ok") is False:  # a batch error record: nothing was cleaned
        return _document(_title(data, source_name), _error_body(data, source_name, url))
    paragraphs = [str(p) for p in data.get("paragraphs") or ()]
    repairs = list(data.get("repairs") or ())
    placed, unplaced_repairs = _place_repairs(repairs, paragraphs)
    blocks, unplaced_removals = _blocks(data, paragraphs)
    body = [
        _header(data, source_name, url),
        _summary(data, paragraphs, len(repairs)),
        _legend(),
        _metadata(data),
        _blocks_section(blocks, placed),
        _unplaced_removals(unplaced_removals),
        _unplaced_repairs(unplaced_repairs),
        f'<footer>cleaner {_e(__version__)} · <code>cleaner explain</code></footer>',
    ]
    return _document(_title(data, source_name), "\n".join(part for part in body if part))


def write_report(article: Article | Mapping[str, Any], path: str | os.PathLike[str],
                 source_name: str = "", *, url: str | None = None) -> None:
    """Write :func:`render`'s report to ``path`` (UTF-8), creating its directory if need be.

    The file is written beside its final name and renamed into place, so a reader (or a batch
    run killed half way) never sees half a report. Raises ``OSError`` if it cannot be written.
    """
    data = render(article, source_name=source_name, url=url).encode("utf-8", "replace")
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".explain-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def report_path(directory: str | os.PathLike[str], page_path: str) -> str:
    """Where a batch run puts the report of the page whose record ``path`` is ``page_path``.

    The page's base name made safe for a file name, a short hash of the whole path (two
    ``index.html`` in different directories, or the records of one WARC file, do not collide;
    the same page always gets the same name, so ``--resume`` overwrites rather than duplicates),
    and ``.explain.html``:

    >>> report_path("reports", "news/2024/index.html")
    'reports/index.html-cd549f64c8.explain.html'
    """
    base = _NAME_UNSAFE.sub("_", re.split(r"[/\\]", page_path)[-1]).strip("._")[:80] or "page"
    digest = hashlib.sha1(page_path.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return os.path.join(os.fspath(directory), f"{base}-{digest}{SUFFIX}")


@dataclass(frozen=True)
class _Block:
    """One row of the blocks section: a kept paragraph or a removed block, in page order."""

    position: int | None
    verdict: str                 # "kept" or "removed"
    index: int                   # into paragraphs (kept) or removed (removed)
    text: str
    reason: str = ""
    detail: str = ""
    score: Any = None


def _blocks(data: Mapping[str, Any], paragraphs: list[str]) -> tuple[list[_Block], list[_Block]]:
    """Kept paragraphs and removals merged in page order, and the removals tied to no block."""
    positions = list(data.get("positions") or ())
    scores = list(data.get("scores") or ())
    if len(positions) != len(paragraphs):  # e.g. trafilatura's text: no block positions
        positions = [None] * len(paragraphs)
    if len(scores) != len(paragraphs):
        scores = [None] * len(paragraphs)
    keyed: list[tuple[tuple[int, int, int], _Block]] = []
    for i, text in enumerate(paragraphs):
        pos = _int(positions[i])
        # Paragraphs without a position keep their order, ahead of the placed removals.
        keyed.append(((pos if pos is not None else -1, 0, i),
                      _Block(pos, "kept", i, text, score=scores[i])))
    unplaced: list[_Block] = []
    for j, removal in enumerate(data.get("removed") or ()):
        pos = _int(removal.get("position"))
        block = _Block(pos, "removed", j, str(removal.get("text") or ""),
                       str(removal.get("reason") or ""), str(removal.get("detail") or ""),
                       removal.get("score"))
        if pos is None or pos < 0:
            unplaced.append(block)
        else:
            keyed.append(((pos, 1, j), block))
    keyed.sort(key=lambda item: item[0])
    return [block for _, block in keyed], unplaced


#: A piece of a paragraph: ``(text, None)``, or ``(fragment, (reason, offset))`` for a repair.
_Piece = tuple[str, tuple[str, int] | None]
#: A repair as shown: (offset as found, fragment, reason).
_RepairItem = tuple[int, str, str]


def _place_repairs(repairs: Sequence[Mapping[str, Any]], paragraphs: Sequence[str]
                   ) -> tuple[dict[int, list[_Piece]], list[tuple[int, _RepairItem]]]:
    """Each repaired paragraph cut into pieces with its fragments put back, and the repairs that
    do not fit (a paragraph the article lacks, offsets that overlap or run past the end)."""
    grouped: dict[int, list[_RepairItem]] = {}
    for repair in repairs:
        paragraph, offset = _int(repair.get("paragraph")), _int(repair.get("offset"))
        item = (offset if offset is not None else -1, str(repair.get("fragment") or ""),
                str(repair.get("reason") or ""))
        grouped.setdefault(paragraph if paragraph is not None else -1, []).append(item)
    placed: dict[int, list[_Piece]] = {}
    unplaced: list[tuple[int, _RepairItem]] = []
    for paragraph, items in sorted(grouped.items()):
        items.sort(key=lambda item: item[0])
        try:
            if not 0 <= paragraph < len(paragraphs):
                raise ValueError("no such paragraph")
            placed[paragraph] = _segments(paragraphs[paragraph], items)
        except ValueError:
            unplaced += [(paragraph, item) for item in items]
    return placed, unplaced


def _segments(text: str, repairs: Sequence[_RepairItem]) -> list[_Piece]:
    """``text`` (repaired) cut into pieces with each fragment put back at its offset as found.

    Offsets count in the paragraph as found, so between two repairs the gap in the repaired text
    is the gap between the first one's end and the second one's start. Raises ValueError when
    they do not fit (overlap, or past the end): the caller then lists them instead.
    """
    pieces: list[_Piece] = []
    found = 0     # position in the paragraph as found
    taken = 0     # position in the repaired text
    for offset, fragment, reason in repairs:
        gap = offset - found
        if gap < 0 or taken + gap > len(text) or not fragment:
            raise ValueError("repair offsets do not fit the paragraph")
        if gap:
            pieces.append((text[taken:taken + gap], None))
        pieces.append((fragment, (reason, offset)))
        taken += gap
        found = offset + len(fragment)
    if taken < len(text):
        pieces.append((text[taken:], None))
    return pieces


# --------------------------------------------------------------------------------------------
# The sections


def _header(data: Mapping[str, Any], source_name: str, url: str | None) -> str:
    title = data.get("title")
    heading = _e(title) if title else '<span class="none">(no title found)</span>'
    where = []
    if source_name:
        where.append(f'<span class="file">{_e(source_name)}</span>')
    if url:
        where.append(f'<span class="url">{_e(url)}</span>')
    sub = f'<p class="where">{" · ".join(where)}</p>' if where else ""
    return (f'<header><p class="kicker">cleaner explain</p><h1>{heading}</h1>{sub}</header>')


def _summary(data: Mapping[str, Any], paragraphs: list[str], repair_count: int) -> str:
    removed = list(data.get("removed") or ())
    by_reason = Counter(str(r.get("reason") or "") for r in removed)
    kept_chars = sum(len(p) for p in paragraphs)
    removed_chars = sum(len(str(r.get("text") or "")) for r in removed)
    if paragraphs:
        verdict = (f'<p class="verdict ok">Article found: <b>{len(paragraphs)}</b> paragraphs '
                   f'kept ({kept_chars} characters), <b>{len(removed)}</b> blocks removed '
                   f'({removed_chars} characters), <b>{repair_count}</b> injected fragments '
                   f'repaired.</p>')
    else:
        why = [str(r.get("detail") or "") for r in removed if r.get("reason") == "no-article"]
        reason = f": {_e('; '.join(w for w in why if w))}" if any(why) else ""
        verdict = f'<p class="verdict none">No article on this page{reason}.</p>'
    rows = [(f'<tr data-reason="kept"><td>{_swatch("kept")}kept</td>'
             f'<td class="n">{len(paragraphs)}</td></tr>')]
    for reason, n in sorted(by_reason.items(), key=lambda item: (-item[1], item[0])):
        rows.append(f'<tr data-reason="{_e(reason)}"><td>{_swatch(reason)}{_e(reason or "?")}'
                    f'</td><td class="n">{n}</td></tr>')
    rows.append(f'<tr data-reason="repair"><td>{_swatch("repair")}repair</td>'
                f'<td class="n">{repair_count}</td></tr>')
    facts = [("encoding", data.get("encoding")), ("kind", data.get("kind")),
             ("extractor", data.get("extractor"))]
    dl = "".join(f'<dt>{name}</dt><dd data-field="{name}">{_e(value) if value else "—"}</dd>'
                 for name, value in facts)
    return (f'<section id="summary"><h2>Summary</h2>{verdict}<div class="cols">'
            f'<table class="counts"><thead><tr><th>blocks by verdict and reason</th><th>count'
            f'</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<dl class="facts">{dl}</dl></div></section>')


def _legend() -> str:
    items = [f'<li>{_swatch("kept")}<b>kept</b> — part of the article</li>']
    items += [f'<li>{_swatch(reason)}<b>{_e(reason)}</b> — {_e(meaning)}</li>'
              for reason, (_, meaning) in REASON_STYLES.items()]
    items.append('<li><del class="repair sample">片段</del> <b>repair</b> — an injected headline '
                 'fragment, taken out of the text where it stands struck out</li>')
    return f'<section id="legend"><h2>Legend</h2><ul class="legend">{"".join(items)}</ul></section>'


def _metadata(data: Mapping[str, Any]) -> str:
    provenance = {str(k): str(v) for k, v in dict(data.get("provenance") or {}).items()}
    rows = []
    for name in _META_FIELDS:
        value = data.get(name)
        if isinstance(value, (list, tuple)):
            value = "、".join(str(v) for v in value)
        shown = _e(value) if value else '<span class="none">not found</span>'
        where = _e(provenance.get(name, "")) or ("—" if not value else "")
        rows.append(f'<tr data-field="{name}"><th>{name}</th><td class="value">{shown}</td>'
                    f'<td class="where">{where}</td></tr>')
    for name, where in provenance.items():  # e.g. the fallback's "extractor"
        if name not in _META_FIELDS:
            rows.append(f'<tr data-field="{_e(name)}"><th>{_e(name)}</th><td class="value">'
                        f'</td><td class="where">{_e(where)}</td></tr>')
    return (f'<section id="metadata"><h2>Metadata</h2><table class="meta"><thead><tr>'
            f'<th>field</th><th>value</th><th>found in</th></tr></thead><tbody>{"".join(rows)}'
            f'</tbody></table></section>')


def _blocks_section(blocks: list[_Block], placed: Mapping[int, list[_Piece]]) -> str:
    rendered = [_block(block, placed) for block in blocks]
    if not rendered:
        rendered = ['<p class="none">No blocks.</p>']
    return ('<section id="blocks"><h2>Blocks in page order</h2>'
            '<input type="checkbox" id="kept-only"><label for="kept-only">show kept blocks only'
            '</label><div class="blocks">' + "\n".join(rendered) + '</div></section>')


def _block(block: _Block, placed: Mapping[int, list[_Piece]]) -> str:
    position = "" if block.position is None else str(block.position)
    label = f'<span class="pos">#{position}</span>' if position else '<span class="pos">#?</span>'
    score = _score(block.score)
    score_html = f'<span class="score">score {_e(score) if score else "—"}</span>'
    if block.verdict == "kept":
        pieces = placed.get(block.index)
        text = _pieces(pieces) if pieces else _e(block.text)
        count = sum(extra is not None for _, extra in pieces or ())
        note = (f'<span class="note">{count} repair{"s" if count != 1 else ""}</span>'
                if count else "")
        return (f'<div class="block kept" data-verdict="kept" data-reason="" '
                f'data-position="{position}" data-score="{_e(score)}" '
                f'data-paragraph="{block.index}">'
                f'<div class="head">{label}<span class="badge">kept</span>{score_html}{note}</div>'
                f'<p class="text">{text}</p></div>')
    return _removed(block, label, score, score_html)


def _removed(block: _Block, label: str, score: str, score_html: str) -> str:
    reason_class = _CLASS_UNSAFE.sub("-", block.reason.lower()).strip("-") or "unknown"
    detail = f'<span class="detail">{_e(block.detail)}</span>' if block.detail else ""
    position = "" if block.position is None or block.position < 0 else str(block.position)
    text = _e(block.text) if block.text else '<span class="none">(no text)</span>'
    return (f'<div class="block removed reason-{reason_class}" data-verdict="removed" '
            f'data-reason="{_e(block.reason)}" data-position="{position}" '
            f'data-score="{_e(score)}"><div class="head">{label}'
            f'<span class="badge" style="background:{_colour(block.reason)}">'
            f'{_e(block.reason or "?")}</span>{detail}{score_html}</div>'
            f'<p class="text">{text}</p></div>')


def _pieces(pieces: list[_Piece]) -> str:
    out = []
    for text, repair in pieces:
        if repair is None:
            out.append(_e(text))
        else:
            reason, offset = repair
            out.append(f'<del class="repair" title="{_e(reason)}" data-offset="{offset}">'
                       f'{_e(text)}</del>')
    return "".join(out)


def _unplaced_removals(blocks: list[_Block]) -> str:
    if not blocks:
        return ""
    rows = "\n".join(_removed(b, '<span class="pos">—</span>', _score(b.score),
                              f'<span class="score">score {_e(_score(b.score)) or "—"}</span>')
                     for b in blocks)
    return ('<section id="page-level"><h2>Not tied to one block</h2><p class="hint">Text a '
            'browser would not show (taken out before the page was cut into blocks), and '
            f'decisions about the whole page.</p><div class="blocks">{rows}</div></section>')


def _unplaced_repairs(repairs: list[tuple[int, _RepairItem]]) -> str:
    rows = []
    for paragraph, (offset, fragment, reason) in repairs:
        rows.append(f'<li data-paragraph="{paragraph}" data-offset="{offset}">'
                    f'<del class="repair unplaced" title="{_e(reason)}">{_e(fragment)}</del> '
                    f'paragraph {paragraph}, offset {offset}: {_e(reason)}</li>')
    if not rows:
        return ""
    return ('<section id="unplaced-repairs"><h2>Repairs that could not be placed</h2>'
            '<p class="hint">Their offsets do not fit the paragraph they name.</p>'
            f'<ul>{"".join(rows)}</ul></section>')


def _error_body(data: Mapping[str, Any], source_name: str, url: str | None) -> str:
    return (f'{_header({}, source_name or str(data.get("path") or ""), url or data.get("url"))}'
            f'<section id="summary"><h2>Summary</h2><p class="verdict none">The page could not be '
            f'cleaned ({_e(data.get("error_type") or "error")}): {_e(data.get("error") or "")}'
            f'</p></section>')


# --------------------------------------------------------------------------------------------
# The document


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_css()}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n")


def _title(data: Mapping[str, Any], source_name: str) -> str:
    name = data.get("title") or source_name or data.get("path") or "page"
    return f"cleaner explain: {name}"


def _css() -> str:
    reasons = "\n".join(
        f".reason-{reason} {{ border-left-color: {colour}; }}\n"
        f".swatch.reason-{reason} {{ background: {colour}; }}"
        for reason, (colour, _) in REASON_STYLES.items())
    return f"""
body {{ margin: 0 auto; max-width: 1180px; padding: 16px 24px 48px; color: #222;
  font: 15px/1.7 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei",
  "Source Han Sans SC", system-ui, sans-serif; background: #fafafa; }}
header .kicker {{ margin: 0; color: #888; font-size: 13px; letter-spacing: .05em; }}
h1 {{ margin: 2px 0 4px; font-size: 24px; line-height: 1.35; }}
h2 {{ font-size: 17px; margin: 26px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 3px; }}
.where {{ margin: 0; color: #666; font-size: 13px; word-break: break-all; }}
.none {{ color: #999; font-style: italic; }}
.verdict {{ margin: 4px 0 10px; padding: 8px 12px; border-radius: 4px; }}
.verdict.ok {{ background: #e8f5ec; }}
.verdict.none {{ background: #fbeaea; }}
.cols {{ display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; }}
table {{ border-collapse: collapse; font-size: 14px; }}
th, td {{ text-align: left; padding: 3px 12px 3px 0; vertical-align: top; }}
thead th {{ color: #666; font-weight: normal; border-bottom: 1px solid #ddd; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
dl.facts {{ display: grid; grid-template-columns: auto auto; gap: 2px 14px; margin: 0;
  font-size: 14px; }}
dl.facts dt {{ color: #666; }}
dl.facts dd {{ margin: 0; font-family: ui-monospace, monospace; }}
table.meta td.where {{ color: #666; font-size: 13px; }}
ul.legend {{ list-style: none; padding: 0; margin: 0; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 2px 18px; font-size: 13px; }}
.swatch {{ display: inline-block; width: 11px; height: 11px; border-radius: 2px;
  margin-right: 6px; background: {_OTHER_COLOUR}; vertical-align: -1px; }}
.swatch.kept {{ background: {_KEPT_COLOUR}; }}
.swatch.repair {{ background: {_REPAIR_COLOUR}; }}
.block {{ margin: 6px 0; padding: 5px 10px 6px; border-left: 5px solid {_OTHER_COLOUR};
  border-radius: 3px; background: #fff; }}
.block .head {{ font-size: 12px; color: #777; display: flex; gap: 10px; align-items: baseline;
  flex-wrap: wrap; }}
.block .pos {{ font-family: ui-monospace, monospace; min-width: 2.5em; }}
.badge {{ color: #fff; background: {_OTHER_COLOUR}; border-radius: 3px; padding: 0 6px;
  font-size: 12px; font-weight: bold; }}
.block .text {{ margin: 2px 0 0; white-space: pre-wrap; word-break: break-word; }}
.block.kept {{ border: 1px solid #b9e2c4; border-left: 5px solid {_KEPT_COLOUR};
  background: #f3fbf5; }}
.block.kept .badge {{ background: {_KEPT_COLOUR}; }}
.block.removed {{ background: #f1f1f1; }}
.block.removed .text {{ color: #8a8a8a; font-size: 14px; }}
.block .detail {{ color: #555; }}
.block .note {{ color: {_REPAIR_COLOUR}; }}
del.repair {{ color: {_REPAIR_COLOUR}; background: #fde2e2; text-decoration: line-through 2px;
  border-radius: 2px; padding: 0 1px; }}
#kept-only {{ margin: 0 6px 8px 0; }}
label[for=kept-only] {{ font-size: 13px; color: #555; }}
#kept-only:checked ~ .blocks .removed {{ display: none; }}
.hint {{ color: #777; font-size: 13px; margin: 0 0 6px; }}
footer {{ margin-top: 32px; color: #aaa; font-size: 12px; }}
{reasons}
"""


# --------------------------------------------------------------------------------------------
# Small helpers


def _e(value: Any) -> str:
    """Any value as HTML text or a double-quoted attribute value: &, <, >, " and ' escaped."""
    return html.escape(str(value), quote=True)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _score(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    return f"{value:g}" if math.isfinite(value) else ""


def _colour(reason: str) -> str:
    return REASON_STYLES.get(reason, (_OTHER_COLOUR, ""))[0]


def _swatch(name: str) -> str:
    if name in ("kept", "repair"):
        return f'<span class="swatch {name}"></span>'
    return f'<span class="swatch" style="background:{_colour(name)}"></span>'


# --------------------------------------------------------------------------------------------
# cleaner explain PAGE


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``cleaner explain``."""
    parser.add_argument("page", metavar="PAGE",
                        help="a page file (HTML or a plain-text dump; .gz too); - reads stdin; a "
                             "WARC file (.warc, .warc.gz): a report per page record, FILE#ID "
                             "(its path as cleaner FILE prints it) one record's")
    parser.add_argument("-o", "--output", metavar="REPORT.html",
                        help=f"where to write the report (- for stdout); default: PAGE{SUFFIX} "
                             "beside the page, or stdout when PAGE is -; for a whole WARC file "
                             f"the folder of its reports, default FILE{WARC_DIR_SUFFIX}")
    parser.add_argument("--url", help="the URL the page came from (helps metadata; a WARC "
                                      "record's is its WARC-Target-URI)")
    parser.add_argument("--open", action="store_true",
                        help="open the report in the default web browser (one report only)")


def run(args: argparse.Namespace) -> int:
    """Run ``cleaner explain`` on parsed arguments; the exit code.

    0: report written (also for a page with no article: the report says why); 1: the page could
    not be read or cleaned, or the report not written; 2: ``--url`` or ``-o -`` with a whole WARC,
    or a WARC on stdin."""
    page: str = args.page
    warc = _warc_target(page)
    if warc is not None:
        return _run_warc(args, *warc)
    limit = CleanerConfig.max_input_bytes
    try:
        if page == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(page, "rb") as f:
                data = f.read(limit + 1)
            if page.lower().endswith(".gz"):
                with gzip.GzipFile(fileobj=io.BytesIO(data)) as z:
                    data = z.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return _fail(f"{page}: {why}")
    if page == "-" and looks_like_warc(data):  # its reports need the file's name: FILE#ID
        return _fail("stdin holds a WARC file: name the file for a report per page record") + 1
    try:
        article = clean(data, url=args.url)
    except CleanerError as exc:
        return _fail(f"{page}: {exc}")
    source_name = "(stdin)" if page == "-" else page
    output = args.output or ("-" if page == "-" else page + SUFFIX)
    if output == "-":
        sys.stdout.buffer.write(render(article, source_name=source_name, url=args.url)
                                .encode("utf-8", "replace"))
        sys.stdout.buffer.flush()
        if args.open:
            print("cleaner explain: --open needs a report file (-o REPORT.html)", file=sys.stderr)
        return 0
    try:
        write_report(article, output, source_name, url=args.url)
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}")
    if not article.paragraphs:
        print(f"cleaner explain: {page}: no article found; the report says why", file=sys.stderr)
    print(output)  # so that: xdg-open "$(cleaner explain page.html)"
    if args.open:
        _open(output)
    return 0


def _warc_target(page: str) -> tuple[str, str | None] | None:
    """``(FILE, None)`` for a WARC file, ``(FILE, ID)`` for ``FILE#ID`` naming one of its records
    (a file of that name wins), None for a page."""
    if page == "-" or (os.path.isfile(page) and not page.lower().endswith(WARC_SUFFIXES)):
        return None
    at = len(page)
    while at > 0:
        if page[:at].lower().endswith(WARC_SUFFIXES) and os.path.isfile(page[:at]):
            return page[:at], (page[at + 1:] if at < len(page) else None)
        at = page.rfind("#", 0, at)
    return None  # (a missing WARC file too: read as a page, it fails as a missing page does)


def _run_warc(args: argparse.Namespace, file: str, wanted: str | None) -> int:
    """``cleaner explain`` on a WARC file: each page record cleaned as ``cleaner batch`` cleans it
    (its URL, fetch time and charset passed on) and its report named by :func:`report_path`, in
    ``-o`` or ``FILE.explain/``; for ``FILE#ID`` that record's alone, at ``-o`` or beside FILE."""
    from .records import clean_document
    from .warc import Document, iter_warc_documents
    if args.url or (wanted is None and args.output == "-"):
        print("cleaner explain: " + ("--url: a WARC record's URL is its WARC-Target-URI" if args.url
              else "-o - takes one report: name a record, FILE#ID"), file=sys.stderr)
        return 2
    target = None if wanted is None else f"{file}#{wanted}"
    folder = args.output or file + WARC_DIR_SUFFIX
    written: list[str] = []
    failed = skipped = 0
    for doc in iter_warc_documents(file):
        if target is not None and doc.path not in (target, file):
            continue
        if not isinstance(doc, Document):  # a record that is no page: an image, a 404
            if target is not None:
                return _fail(f"{target}: not a page ({doc.reason})")
            skipped += 1
            continue
        record = clean_document(doc)
        if not record["ok"]:
            failed += _fail(f"{doc.path}: {record['error']}")
            continue
        output = report_path(folder, doc.path) if target is None else \
            args.output or report_path(os.path.dirname(file), doc.path)
        if output == "-":
            sys.stdout.buffer.write(render(record, source_name=doc.path, url=doc.url)
                                    .encode("utf-8", "replace"))
            return 0
        try:
            write_report(record, output, doc.path, url=doc.url)
        except OSError as exc:
            return _fail(f"cannot write {output}: {exc.strerror or exc}")
        if not record["text"]:
            print(f"cleaner explain: {doc.path}: no article found; the report says why",
                  file=sys.stderr)
        print(output, flush=True)
        written.append(output)
        if target is not None:
            break
    if not written and not failed:
        return _fail(f"{target}: no such record (cleaner {file} prints the pages' paths)" if target
                     else f"{file}: no page in this WARC file ({skipped} records are no page)")
    if args.open and len(written) == 1:
        _open(written[0])
    elif args.open and written:
        print(f"cleaner explain: --open opens one report, not {len(written)}: name a record, "
              "FILE#ID", file=sys.stderr)
    return 1 if failed else 0


def _open(report: str) -> None:
    import webbrowser
    webbrowser.open(Path(report).resolve().as_uri())


def main(argv: Sequence[str] | None = None) -> int:
    """``cleaner explain PAGE [-o REPORT.html] [--url URL] [--open]``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="cleaner explain", description=HELP)
    add_arguments(parser)
    try:
        return run(parser.parse_args(list(sys.argv[1:] if argv is None else argv)))
    except SystemExit as exc:  # argparse: --help, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    print(f"cleaner explain: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
