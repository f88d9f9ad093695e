#!/usr/bin/env python
"""Score the cleaner, and optionally its peers, on labelled pages.

Usage::

    python scripts/evaluate.py CORPUS_DIR... [--peers] [--json OUT] [--per-page] [--now ISO]
    python scripts/evaluate.py CORPUS_DIR... --dumps [dom,bs4,inscriptis] [--per-page] [--json OUT]

``--dumps`` scores the text-dump path beside the HTML path on the same pages: every HTML page
as it is (system ``html``) and flattened to a plain-text dump in each style of
``scripts/make_dumps.py`` (systems ``dump/<style>``), each scored against the page's label.

A CORPUS_DIR holds ``<id>.html`` or ``<id>.txt`` pages, each beside its label ``<id>.json``
(the format of ``../shared/corpus``; see its README). Folders are searched recursively, so the
corpus root with its ``gne/``, ``cwced/`` and ``seed/`` subfolders works; pages are grouped by
the label's ``set`` field, or by the name of the folder holding them when the label has none.

The metrics are exactly those of DESIGN.md, "How extraction is scored":

- body: NFKC on both sides, all whitespace dropped; tokens are single characters except that
  a run of ``[A-Za-z0-9]`` is one token; shingles of 4 consecutive tokens (a text of fewer
  than 4 tokens is one shingle of all its tokens); precision, recall and F1 over the two
  multisets (Counter intersection), after every ``optional`` string (normalised the same way)
  has been removed from the prediction. Per page, then the mean over pages; a page with
  F1 >= 0.9 is "good".
- must_include: per page, the share of the strings found in the body output; must_exclude:
  the share leaked into it. Both whitespace-insensitive, NFKC on both sides; mean over the
  pages that list any.
- title: exact after NFKC and whitespace removal, over pages whose label has a title.
- date day / date minute: the same calendar day, and the same hour:minute where the label has
  a time. Over pages whose label date is a full ``YYYY-MM-DD[ HH:MM[:SS]]``; labels that give
  only a year or a month (``2018``, ``1996-3``) or are not dates at all are left out, as
  they cannot be checked to the day. Predicted datetimes with a zone are compared in
  Asia/Shanghai local time (labels are the times displayed on Chinese pages). A prediction
  that carries no time of day (trafilatura gives dates only) fails the minute check; the
  table shows "day only" when a system gave dates in a set but never a time.
- authors: set F1 over names (NFKC, whitespace dropped), reported two ways, each with its n:
  "authors F1" is the mean over the pages where the label has authors OR the prediction has
  some; a page where both are empty says nothing about author finding and is left out (as
  1.0 it would flatter a system that never finds an author), and a spurious author on an
  author-less page (a site name, 责任编辑) scores 0, so n differs between systems.
  "authors F1 labelled" is the mean over the pages whose label has authors only (no
  prediction scores 0); it is the figure PEERS.md reports. Peers' author strings are split
  on ``;,、`` and on whitespace, except that whitespace between single characters is kept
  inside the name ("赵 培" is one name, "张三 李四" two).
- source, editor, original_source: exact after normalisation, over pages whose label has a
  non-null value.

A system that raises on a page gets an empty prediction for it (the table counts the errors).

Systems: ``cleaner`` (``cleaner.clean(raw_bytes, now=...)``; ``now`` is None unless ``--now``
is given) and, with ``--peers``, ``trafilatura`` (``bare_extraction(html,
with_metadata=True)``: ``.text``, ``.title``, ``.date``, ``.author`` split on ``;,、`` and
whitespace, ``.sitename`` as its source) and ``gne`` (``GeneralNewsExtractor().extract(html)``:
``content``, ``title``, ``publish_time``, ``author``; no source). Peers get the page decoded
to ``str`` beforehand (``cleaner.decode.decode`` when that module exists, otherwise BOM /
UTF-8 / declared charset / GB18030 / Big5-HKSCS in that order); their timing leaves the
decoding out, the cleaner's includes it. Plain-text dumps (``.txt``) are given to the peers
HTML-escaped inside ``<html><body><pre>``, so they are scored on them like the cleaner.

The module doubles as a library for the tests::

    sys.path.insert(0, "scripts")
    import evaluate
    evaluate.score_body("今天天气很好", "今天天气很好", ())   # (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import argparse
import functools
import html as html_lib
import json
import logging
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence
from zoneinfo import ZoneInfo

# The cleaner of this checkout, not another one an editable install or PYTHONPATH points at: a
# script run from a second checkout measures that checkout's code.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

__all__ = [
    "normalize", "tokenize", "shingles", "score_body", "share_found", "title_ok",
    "parse_label_date", "parse_predicted_date", "split_authors", "authors_f1", "exact_ok",
    "decode_html", "load_pages", "score_page", "summarize", "evaluate_dir", "main",
    "Page", "Prediction", "PageResult", "Results", "When", "GOOD_F1", "SHINGLE",
]

#: Shingle length, in tokens.
SHINGLE = 4
#: A page whose body F1 reaches this counts as good.
GOOD_F1 = 0.9
#: Labels are dates as displayed on Chinese pages: local time.
LOCAL_TZ = ZoneInfo("Asia/Shanghai")
#: Page files that may sit beside a label, and the kind of page each is.
PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}

_WHITESPACE = re.compile(r"\s+")
# One token: a run of ASCII letters/digits, or any other single character (every CJK
# character, every punctuation mark, every other letter stands alone).
_TOKEN = re.compile(r"[A-Za-z0-9]+|.", re.S)
# Author lists as peers give them: "张三;李四", "张三、李四" (whitespace is handled apart).
_AUTHOR_SPLIT = re.compile(r"[;,、；，]+")
# A label date: "2019-09-07", "2005-5-7 21:23:57", "2019-10-08 12:00".
_LABEL_DATE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$")
# A date somewhere in a predicted string: 2019-09-07, 2019/9/7, 2019.09.07, 2019年9月7日,
# optionally followed by a time 13:43, 13：43, 13时43分.
_ANY_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2}))?")
# An ISO string that carries a time of day (fromisoformat turns a bare date into midnight).
_ISO_WITH_TIME = re.compile(r"\d[T ]\d{1,2}:\d{2}")
# Where the page declares its charset.
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Charsets that browsers (and readability) read as their supersets.
_CHARSET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
                      "gb_2312-80": "gb18030", "big5": "big5hkscs"}


# --------------------------------------------------------------------------------------------
# Scoring functions: plain functions over strings, used by the tests.
# --------------------------------------------------------------------------------------------

def normalize(text: str | None) -> str:
    """NFKC, then drop all whitespace (the normal form every comparison uses).

    >>> normalize("Ｈｅｌｌｏ 世界\\n！")
    'Hello世界!'
    """
    if not text:
        return ""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def tokenize(normalized: str) -> list[str]:
    """Tokens of an already normalised text: each run of ``[A-Za-z0-9]`` is one token, every
    other character (each CJK character, each punctuation mark) is a token alone.

    >>> tokenize("新华社2025年GDP增长")
    ['新', '华', '社', '2025', '年', 'GDP', '增', '长']
    """
    return _TOKEN.findall(normalized)


def shingles(tokens: Sequence[str], size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size`` consecutive tokens; fewer tokens than ``size`` make one shingle
    of them all, and no tokens make none."""
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def score_body(pred: str | None, truth: str | None,
               optional: Iterable[str] = ()) -> tuple[float, float, float]:
    """Shingle precision, recall and F1 of a predicted body against the labelled one.

    Both sides are normalised (:func:`normalize`); each ``optional`` string, normalised, is
    removed from the prediction (longest first) before shingling. Two empty texts score 1.0;
    an empty text against a non-empty one scores 0.0.

    >>> score_body("今天 天气很好。", "今天天气很好。")
    (1.0, 1.0, 1.0)
    """
    text = normalize(pred)
    for extra in sorted({normalize(o) for o in optional}, key=len, reverse=True):
        if extra:
            text = text.replace(extra, "")
    predicted = shingles(tokenize(text))
    expected = shingles(tokenize(normalize(truth)))
    if not predicted and not expected:
        return 1.0, 1.0, 1.0
    if not predicted or not expected:
        return 0.0, 0.0, 0.0
    overlap = sum((predicted & expected).values())
    precision = overlap / sum(predicted.values())
    recall = overlap / sum(expected.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def share_found(strings: Iterable[str], output: str | None) -> tuple[float | None, list[str]]:
    """The share of ``strings`` found in ``output`` (NFKC, whitespace-insensitive), and the
    strings found. ``None`` when there are no strings to look for.

    Used for must_include (share found) and must_exclude (share leaked) alike.
    """
    strings = list(strings)
    if not strings:
        return None, []
    haystack = normalize(output)
    found = [s for s in strings if normalize(s) in haystack]
    return len(found) / len(strings), found


def title_ok(pred: str | None, truth: str) -> bool:
    """Exact title match after NFKC and whitespace removal."""
    return pred is not None and normalize(pred) == normalize(truth)


def exact_ok(pred: str | None, truth: str) -> bool:
    """Exact match after NFKC and whitespace removal (source, editor, original_source)."""
    return pred is not None and normalize(pred) == normalize(truth)


@dataclass(frozen=True)
class When:
    """A date as far as it can be checked: the calendar day, and (hour, minute) when known."""

    day: date
    minute: tuple[int, int] | None = None


def parse_label_date(value: str | None) -> When | None:
    """A label's ``date`` (``YYYY-MM-DD[ HH:MM[:SS]]``, unpadded fields allowed), or None for
    null, partial (``2018``, ``1996-3``) and malformed labels, which are not scored.

    >>> parse_label_date("2005-5-7 21:23:57")
    When(day=datetime.date(2005, 5, 7), minute=(21, 23))
    """
    if not value:
        return None
    match = _LABEL_DATE.match(value)
    if not match:
        return None
    y, mo, d, h, mi, _ = match.groups()
    try:
        day = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    if h is None:
        return When(day)
    return When(day, (int(h), int(mi)))


def parse_predicted_date(value: object) -> When | None:
    """Whatever a system gave as its date, as a :class:`When`.

    A ``datetime`` carries a time; one with a zone is first converted to Asia/Shanghai. A
    ``date`` carries none. A string is read as ISO 8601 when it is one, otherwise the first
    Chinese or numeric date in it (with the time right after it, if any).
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(LOCAL_TZ)
        return When(value.date(), (value.hour, value.minute))
    if isinstance(value, date):
        return When(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is not None:
        if _ISO_WITH_TIME.search(text):
            return parse_predicted_date(parsed)
        return When(parsed.date())
    match = _ANY_DATE.search(text)
    if not match:
        return None
    y, mo, d, h, mi = match.groups()
    try:
        day = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    if h is None or not (0 <= int(h) < 24 and 0 <= int(mi) < 60):
        return When(day)
    return When(day, (int(h), int(mi)))


def split_authors(value: object) -> tuple[str, ...]:
    """Author names from a string or a sequence of names, each normalised, empty ones and
    repeats dropped.

    A string is split on ``;,、`` and on whitespace, except where whitespace separates single
    characters: a lone character is no name, so "赵 培" (a name spaced out, as pages often
    print two-character names) stays one name.

    >>> split_authors("张三、李四; 王五 赵六")
    ('张三', '李四', '王五', '赵六')
    >>> split_authors("赵 培")
    ('赵培',)
    """
    if value is None:
        return ()
    if isinstance(value, str):
        parts: list[str] = []
        for part in _AUTHOR_SPLIT.split(unicodedata.normalize("NFKC", value)):
            words = part.split()
            parts += [part] if any(len(w) == 1 for w in words) else words
    else:
        parts = [str(v) for v in value]  # type: ignore[attr-defined]
    names = (normalize(p) for p in parts)
    return tuple(dict.fromkeys(n for n in names if n))


def authors_f1(pred: Iterable[str], truth: Iterable[str]) -> float | None:
    """Set F1 of predicted author names against the labelled ones (both normalised).

    None when both are empty: such a page is not scored for authors (see the module
    docstring). A non-empty side against an empty one scores 0.0.

    >>> authors_f1(["张三", "李四"], ["张三"])
    0.6666666666666666
    """
    predicted = {normalize(a) for a in pred} - {""}
    expected = {normalize(a) for a in truth} - {""}
    if not predicted and not expected:
        return None
    common = len(predicted & expected)
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


# --------------------------------------------------------------------------------------------
# Pages and systems.
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """One labelled page: its raw bytes, its kind (``html`` or ``text``) and its label."""

    id: str
    set: str
    kind: str
    path: Path
    data: bytes = field(repr=False)
    label: Mapping[str, Any] = field(repr=False)


@dataclass
class Prediction:
    """What one system made of one page, in the fields that are scored."""

    text: str = ""
    title: str | None = None
    published: object = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    editor: str | None = None
    original_source: str | None = None
    error: str | None = None
    ms: float | None = None


#: A system: takes a page, returns its prediction (errors are caught by the caller).
Runner = Callable[[Page], Prediction]


def _fallback_decode(data: bytes) -> str:
    """BOM, then strict UTF-8, then the declared charset (GB2312/GBK read as GB18030, Big5 as
    Big5-HKSCS), then GB18030 and Big5-HKSCS, then GB18030 with replacement characters."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, "replace")
    candidates = ["utf-8"]
    declared = _DECLARED_CHARSET.search(data[:16384])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        candidates.append(_CHARSET_SUPERSETS.get(name, name))
    candidates += ["gb18030", "big5hkscs"]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", "replace")


@functools.lru_cache(maxsize=1)
def _project_decoder() -> Callable[[bytes], object] | None:
    try:
        from cleaner.decode import decode  # type: ignore[import-not-found]
    except ImportError:
        return None
    return decode  # type: ignore[no-any-return]


def decode_html(data: bytes | str) -> str:
    """Page bytes as the str handed to the peers: the cleaner's own decoder when
    ``cleaner.decode.decode`` exists (its result may be a str, a tuple starting with one, or
    an object with a ``text`` attribute), otherwise :func:`_fallback_decode`."""
    if isinstance(data, str):
        return data
    decoder = _project_decoder()
    if decoder is not None:
        try:
            result = decoder(data)
        except Exception:  # a bug there must not change what the peers are given
            result = None
        if isinstance(result, str):
            return result
        if isinstance(result, (tuple, list)) and result and isinstance(result[0], str):
            return result[0]
        text = getattr(result, "text", None)
        if isinstance(text, str):
            return text
    return _fallback_decode(data)


def peer_input(page: Page) -> str:
    """The str a peer is given: the decoded HTML, or a text dump escaped inside ``<pre>``."""
    text = decode_html(page.data)
    if page.kind == "text":
        return ("<html><head><meta charset=\"utf-8\"></head><body><pre>"
                f"{html_lib.escape(text)}</pre></body></html>")
    return text


def make_cleaner(now: datetime | None = None) -> Runner:
    """The cleaner as a system: raw bytes in, as users pass them."""
    import cleaner

    def run(page: Page) -> Prediction:
        start = time.perf_counter()
        article = cleaner.clean(page.data, now=now)
        ms = (time.perf_counter() - start) * 1000
        return Prediction(
            text=article.text or "",
            title=getattr(article, "title", None),
            published=getattr(article, "published", None),
            authors=tuple(getattr(article, "authors", ()) or ()),
            source=getattr(article, "source", None),
            editor=getattr(article, "editor", None),
            original_source=getattr(article, "original_source", None),
            ms=ms,
        )
    return run


def make_trafilatura() -> Runner:
    """trafilatura's ``bare_extraction(html, with_metadata=True)`` on the decoded page."""
    from trafilatura import bare_extraction

    def run(page: Page) -> Prediction:
        html = peer_input(page)
        start = time.perf_counter()
        doc = bare_extraction(html, with_metadata=True)
        ms = (time.perf_counter() - start) * 1000
        if doc is None:
            return Prediction(ms=ms)
        get = doc.get if isinstance(doc, dict) else functools.partial(getattr, doc)
        return Prediction(text=get("text", None) or "", title=get("title", None),
                          published=get("date", None), authors=split_authors(get("author", None)),
                          source=get("sitename", None), ms=ms)
    return run


def make_gne() -> Runner:
    """GeneralNewsExtractor's ``extract(html)`` on the decoded page."""
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(page: Page) -> Prediction:
        html = peer_input(page)
        start = time.perf_counter()
        result = extractor.extract(html)  # raises NoContentException on pages it gives up on
        ms = (time.perf_counter() - start) * 1000
        return Prediction(text=result.get("content") or "", title=result.get("title"),
                          published=result.get("publish_time"),
                          authors=split_authors(result.get("author")), ms=ms)
    return run


#: The systems ``evaluate_dir`` knows by name.
SYSTEMS: dict[str, Callable[..., Runner]] = {
    "cleaner": make_cleaner, "trafilatura": make_trafilatura, "gne": make_gne}
PEERS = ("trafilatura", "gne")


def _label_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path.with_suffix(".json") if path.suffix != ".json" else path
    elif path.is_dir():
        yield from sorted(path.rglob("*.json"))
    else:
        raise FileNotFoundError(f"no such corpus folder or file: {path}")


def load_pages(paths: Iterable[str | Path]) -> list[Page]:
    """Every labelled page under ``paths`` (folders searched recursively, or single label or
    page files), in a stable order. JSON files without a ``body`` or without a page file
    beside them are not labels and are skipped."""
    pages: list[Page] = []
    seen: set[Path] = set()
    for root in paths:
        for label_path in _label_files(Path(root)):
            label_path = label_path.resolve()
            if label_path in seen:
                continue
            seen.add(label_path)
            try:
                label = json.loads(label_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(label, dict) or "body" not in label:
                continue
            for suffix, kind in PAGE_SUFFIXES.items():
                page_path = label_path.with_suffix(suffix)
                if page_path.is_file():
                    break
            else:
                continue
            pages.append(Page(
                id=str(label.get("id") or label_path.stem),
                set=str(label.get("set") or label_path.parent.name),
                kind=kind, path=page_path, data=page_path.read_bytes(), label=label))
    return pages


# --------------------------------------------------------------------------------------------
# Per-page scores and their summary.
# --------------------------------------------------------------------------------------------

@dataclass
class PageResult:
    """The scores of one system on one page; ``None`` where the label gives nothing to check."""

    id: str
    set: str
    system: str
    error: str | None
    ms: float | None
    body_p: float
    body_r: float
    body_f1: float
    must_include: float | None
    must_include_missing: list[str]
    must_exclude_leaked: float | None
    must_exclude_leaks: list[str]
    title: bool | None
    date_day: bool | None
    date_minute: bool | None
    date_given: bool
    date_has_time: bool
    authors_f1: float | None
    authors_f1_labelled: float | None
    source: bool | None
    editor: bool | None
    original_source: bool | None
    predicted: dict[str, Any]
    expected: dict[str, Any]

    def failures(self) -> list[str]:
        """Human-readable list of what went wrong on this page, for ``--per-page``."""
        out: list[str] = []
        if self.error:
            out.append(f"ERROR {self.error}")
        p, e = self.predicted, self.expected
        if self.must_include_missing:
            out.append(f"missing {len(self.must_include_missing)} must_include")
        if self.must_exclude_leaks:
            out.append(f"leaked {len(self.must_exclude_leaks)} must_exclude")
        for name in ("title", "source", "editor", "original_source"):
            if getattr(self, name) is False:
                out.append(f"{name} {p[name]!r} != {e[name]!r}")
        if self.date_day is False or self.date_minute is False:
            out.append(f"date {p['published']!r} != {e['date']!r}")
        if self.authors_f1 is not None and self.authors_f1 < 1.0:
            out.append(f"authors {list(p['authors'])} != {list(e['authors'])}")
        return out


def score_page(page: Page, system: str, pred: Prediction) -> PageResult:
    """Every metric of one prediction against its page's label."""
    label = page.label
    p, r, f1 = score_body(pred.text, label.get("body") or "", label.get("optional") or ())
    include, found = share_found(label.get("must_include") or (), pred.text)
    leaked, leaks = share_found(label.get("must_exclude") or (), pred.text)
    missing = [s for s in label.get("must_include") or () if s not in found]

    truth_date = parse_label_date(label.get("date"))
    got_date = parse_predicted_date(pred.published)
    day_ok = minute_ok = None
    if truth_date is not None:
        day_ok = got_date is not None and got_date.day == truth_date.day
        if truth_date.minute is not None:
            minute_ok = (got_date is not None and got_date.day == truth_date.day
                         and got_date.minute == truth_date.minute)

    def exact(name: str, value: str | None) -> bool | None:
        truth = label.get(name)
        return None if truth is None else exact_ok(value, truth)

    published = pred.published
    return PageResult(
        id=page.id, set=page.set, system=system, error=pred.error, ms=pred.ms,
        body_p=p, body_r=r, body_f1=f1,
        must_include=include, must_include_missing=missing,
        must_exclude_leaked=leaked, must_exclude_leaks=leaks,
        title=None if label.get("title") is None else title_ok(pred.title, label["title"]),
        date_day=day_ok, date_minute=minute_ok,
        date_given=got_date is not None,
        date_has_time=got_date is not None and got_date.minute is not None,
        authors_f1=authors_f1(pred.authors, label.get("authors") or ()),
        authors_f1_labelled=(authors_f1(pred.authors, label["authors"]) or 0.0
                             if label.get("authors") else None),
        source=exact("source", pred.source), editor=exact("editor", pred.editor),
        original_source=exact("original_source", pred.original_source),
        predicted={"title": pred.title,
                   "published": published.isoformat() if isinstance(published, (date, datetime))
                   else published,
                   "authors": list(pred.authors), "source": pred.source, "editor": pred.editor,
                   "original_source": pred.original_source, "text_chars": len(pred.text)},
        expected={"title": label.get("title"), "date": label.get("date"),
                  "authors": list(label.get("authors") or ()), "source": label.get("source"),
                  "editor": label.get("editor"),
                  "original_source": label.get("original_source")},
    )


#: Metrics averaged over the pages where they are not None, in table order.
MEAN_METRICS = ("body_p", "body_r", "body_f1", "must_include", "must_exclude_leaked", "title",
                "date_day", "date_minute", "authors_f1", "authors_f1_labelled", "source",
                "editor", "original_source")


def summarize(results: Sequence[PageResult]) -> dict[str, Any]:
    """Means over pages for one system on one set.

    Keys: each of :data:`MEAN_METRICS` (a fraction in [0, 1], or None when no page could be
    scored) with ``n_<metric>`` its page count; ``good`` (share of pages with body F1 >=
    0.9), ``pages``, ``errors``, ``ms_median``, ``date_given`` (pages given a date at all)
    and ``date_with_time`` (pages whose predicted date carried a time of day).
    """
    summary: dict[str, Any] = {"pages": len(results),
                               "errors": sum(1 for r in results if r.error)}
    for name in MEAN_METRICS:
        values = [float(v) for r in results if (v := getattr(r, name)) is not None]
        summary[name] = statistics.fmean(values) if values else None
        summary[f"n_{name}"] = len(values)
    summary["good"] = (sum(r.body_f1 >= GOOD_F1 for r in results) / len(results)
                       if results else None)
    times = [r.ms for r in results if r.ms is not None]
    summary["ms_median"] = statistics.median(times) if times else None
    summary["date_given"] = sum(r.date_given for r in results)
    summary["date_with_time"] = sum(r.date_has_time for r in results)
    return summary


@dataclass
class Results:
    """All per-page results, and their summaries by set (plus ``all`` when there are several
    sets) and by system: ``summary[set][system] -> dict`` (see :func:`summarize`)."""

    pages: list[PageResult]
    summary: dict[str, dict[str, dict[str, Any]]]
    systems: list[str]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"systems": self.systems, "summary": self.summary,
                "pages": [asdict(r) for r in self.pages]}


def run_system(name: str, runner: Runner, pages: Sequence[Page],
               progress: bool = False) -> list[PageResult]:
    """One system over the pages; an exception on a page becomes an empty prediction."""
    iterable: Iterable[Page] = pages
    if progress:
        try:
            from tqdm import tqdm
            iterable = tqdm(pages, desc=name, leave=False, file=sys.stderr)
        except ImportError:
            pass
    results = []
    for page in iterable:
        start = time.perf_counter()
        try:
            pred = runner(page)
        except Exception as exc:  # scored as empty output, counted as an error
            pred = Prediction(error=f"{type(exc).__name__}: {exc}"[:300],
                              ms=(time.perf_counter() - start) * 1000)
        results.append(score_page(page, name, pred))
    return results


def evaluate_dir(paths: Iterable[str | Path],
                 systems: Sequence[str | tuple[str, Runner]] = ("cleaner",), *,
                 now: datetime | None = None, progress: bool = False) -> Results:
    """Run ``systems`` (names from :data:`SYSTEMS`, or ``(name, runner)`` pairs) over every
    labelled page under ``paths`` and score them.

    >>> results = evaluate_dir(["../shared/corpus"], ["cleaner"])  # doctest: +SKIP
    >>> results.summary["gne"]["cleaner"]["body_f1"]  # doctest: +SKIP
    """
    pages = load_pages(paths)
    runners: list[tuple[str, Runner]] = []
    for system in systems:
        if isinstance(system, str):
            factory = SYSTEMS[system]
            runners.append((system, factory(now) if system == "cleaner" else factory()))
        else:
            runners.append(system)
    all_results: list[PageResult] = []
    for name, runner in runners:
        all_results += run_system(name, runner, pages, progress)
    return _collect(pages, all_results, [name for name, _ in runners])


def _collect(pages: Sequence[Page], all_results: list[PageResult], names: list[str]) -> Results:
    """Summaries per set (and ``all``) and per system of ``all_results``."""
    sets = list(dict.fromkeys(p.set for p in pages))
    groups = sets + (["all"] if len(sets) > 1 else [])
    summary = {
        group: {name: summarize([r for r in all_results if r.system == name
                                 and (group == "all" or r.set == group)])
                for name in names}
        for group in groups}
    return Results(pages=all_results, summary=summary, systems=names)


def evaluate_dumps(paths: Iterable[str | Path], styles: Sequence[str] | None = None, *,
                   now: datetime | None = None, progress: bool = False) -> Results:
    """The cleaner on every labelled HTML page under ``paths`` (system ``html``) and on its
    plain-text dump in each style of ``scripts/make_dumps.py`` (systems ``dump/<style>``),
    each dump scored against its page's label: the gap of the dump path, on the same pages.

    >>> results = evaluate_dumps(["../shared/corpus"])  # doctest: +SKIP
    >>> results.summary["gne"]["dump/bs4"]["body_f1"]  # doctest: +SKIP
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_dumps

    pages = [p for p in load_pages(paths) if p.kind == "html"]
    runner = make_cleaner(now)
    all_results = run_system("html", runner, pages, progress)
    names = ["html"]
    for style in styles or tuple(make_dumps.STYLES):
        flatten = make_dumps.STYLES[style]
        dumps = [Page(id=p.id, set=p.set, kind="text", path=p.path, label=p.label,
                      data=flatten(make_dumps.decode_page(p.data)).encode("utf-8"))
                 for p in pages]
        names.append(f"dump/{style}")
        all_results += run_system(names[-1], runner, dumps, progress)
    return _collect(pages, all_results, names)


# --------------------------------------------------------------------------------------------
# The report.
# --------------------------------------------------------------------------------------------

def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def format_table(results: Results) -> str:
    """The summary as one Markdown table: a row per set and system, scores in %."""
    header = ["set", "system", "pages", "errors", "body F1", "pages F1>=.9", "must_include",
              "must_exclude leaked", "title", "date day", "date minute", "authors F1 (n)",
              "authors F1 labelled (n)",
              "source", "editor", "orig. source", "ms/page median"]
    rows = [header, ["---"] * len(header)]
    for group, by_system in results.summary.items():
        for system, s in by_system.items():
            minute = _pct(s["date_minute"])
            if s["n_date_minute"] and s["date_given"] and not s["date_with_time"]:
                minute = "day only"
            authors, labelled = (
                "–" if s[key] is None else f"{_pct(s[key])} ({s['n_' + key]})"
                for key in ("authors_f1", "authors_f1_labelled"))
            rows.append([
                group, system, str(s["pages"]), str(s["errors"]), _pct(s["body_f1"]),
                _pct(s["good"]), _pct(s["must_include"]), _pct(s["must_exclude_leaked"]),
                _pct(s["title"]), _pct(s["date_day"]), minute, authors, labelled, _pct(s["source"]),
                _pct(s["editor"]), _pct(s["original_source"]),
                "–" if s["ms_median"] is None else f"{s['ms_median']:.1f}"])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    counts = []
    for group, by_system in results.summary.items():
        s = next(iter(by_system.values()))
        counts.append(f"{group}: title {s['n_title']}, date {s['n_date_day']}, "
                      f"minute {s['n_date_minute']}, must_include {s['n_must_include']}, "
                      f"must_exclude {s['n_must_exclude_leaked']}, source {s['n_source']}, "
                      f"editor {s['n_editor']}, orig. source {s['n_original_source']}")
    return "\n".join(lines) + "\n\nPages scored per metric — " + "; ".join(counts)


def format_per_page(results: Results) -> str:
    """One line per system and page: body P/R/F1 and what failed."""
    lines = []
    for r in results.pages:
        fails = "; ".join(r.failures())
        lines.append(f"{r.system:<11} {r.set:<6} {r.id:<18} P={r.body_p:.3f} R={r.body_r:.3f} "
                     f"F1={r.body_f1:.3f}" + (f"  {fails}" if fails else ""))
    return "\n".join(lines)


def _parse_now(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        description="Score the cleaner (and peers) on labelled pages; see the module docstring.")
    parser.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS_DIR",
                        help="folder(s) of <id>.html|.txt + <id>.json, searched recursively")
    parser.add_argument("--peers", action="store_true",
                        help="also run trafilatura and gne on the same pages")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write all per-page results")
    parser.add_argument("--per-page", action="store_true",
                        help="print each page's body P/R/F1 and its failures")
    parser.add_argument("--dumps", nargs="?", const="dom,bs4,inscriptis", metavar="STYLES",
                        help="score the cleaner on the HTML pages and on their text dumps in "
                             "these styles (scripts/make_dumps.py), side by side")
    parser.add_argument("--now", type=_parse_now, metavar="ISO",
                        help="the 'now' given to clean() for year-less dates (default: None)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the report; returns the exit code."""
    args = build_parser().parse_args(argv)
    for name in ("trafilatura", "htmldate", "gne", "cleaner"):  # peers log every odd page
        logging.getLogger(name).setLevel(logging.CRITICAL)
    systems = ["cleaner", *PEERS] if args.peers else ["cleaner"]
    try:
        if args.dumps:
            results = evaluate_dumps(args.corpus, [s for s in args.dumps.split(",") if s],
                                     now=args.now, progress=sys.stderr.isatty())
        else:
            results = evaluate_dir(args.corpus, systems, now=args.now,
                                   progress=sys.stderr.isatty())
    except FileNotFoundError as exc:
        print(f"evaluate.py: {exc}", file=sys.stderr)
        return 2
    if not results.pages:
        print("evaluate.py: no labelled pages found", file=sys.stderr)
        return 2
    if args.per_page:
        print(format_per_page(results))
        print()
    print(format_table(results))
    errors = {s: sum(1 for r in results.pages if r.system == s and r.error)
              for s in results.systems}
    print("Errors (scored as empty output): "
          + ", ".join(f"{s} {n}" for s, n in errors.items()))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results.to_dict(), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
