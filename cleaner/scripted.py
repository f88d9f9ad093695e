"""An article held in the page as data, read when the visible markup holds none.

Pages saved without running their scripts show a shell (navigation, an empty ``<div id="app">``,
a footer, at most a summary) while the article is in the page as data: a JSON-LD
``articleBody``, a state object (``window.__INITIAL_STATE__ = {…}``, ``<script
type="application/json">``, ``var data = {…}``) holding it as an HTML string, as plain text or
as an array of paragraphs; a ``<script type="text/template">``, a hidden ``<textarea>`` or a
``<noscript>`` holding its markup. When body selection finds no article (too little prose, or
blurbs), or only a short one the page says goes on (:func:`_cut_short`) and that such data holds
at least twice over (:func:`wanted`, :func:`_backs`), :func:`article` reads
these carriers (:func:`_carriers`), each up to MAX_CARRIER_CHARS: JSON by the standard library
(a trailing ``;`` and a JavaScript ``undefined`` tolerated), every string, array of strings and
array of paragraph objects a candidate (:func:`_candidates`), the one of most prose
(:func:`_prose`) taken. A list whose items each carry a text and a date or a link (comments,
other articles' summaries, a feed) is entries, none of them the article; nor is a field of
little prose (a ``description``). The candidate is put into the page in place of its carrier (a
carrier in the head, at the end of the body) and the page cut and selected again by the HTML
path, so that its chrome rules, the metadata and the repair apply as to any page; only blocks
from the inserted markup are kept. The object holding the candidate lends its title, date,
author and source fields (:func:`fields`) for what the page prints none of.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from . import body, dom, meta
from .article import Removal
from .blocks import Block, Page, cjk_bigrams, cjk_count
from .body import _ELLIPSIS_ENDS, MIN_ARTICLE_CJK, SHORT_ARTICLE_CJK, Selection
from .config import CleanerConfig

__all__ = ["Found", "article", "fields", "filled", "read", "wanted"]

#: The reasons of body selection's verdict after which the page's data is read: the visible
#: prose too little (an error or a login page's too: a login wall may hold the article as
#: data), or only blurbs (a summary cut short). A list of dated items or of truncated summaries
#: is what the page shows.
READ_AFTER = ("too little prose on the page", "only truncated blurbs, as on a list page",
              "an error page", "a login wall")
#: A block that offers the rest of the article, among the READ_ON_REACH after its last kept one,
#: at most READ_ON_CHARS long.
_READ_ON = re.compile(r"(?:阅读|查看|展开|显示|余下|剩余)(?:全文|全部|原文)|全文(?:阅读|查看)"
                      r"|(?:打开|下载|前往).{0,12}(?:APP|App|app|客户端).{0,8}(?:阅读|查看|看)")
READ_ON_CHARS = 30
READ_ON_REACH = 12
#: The detail of the removals of the blocks body selection kept before it found no article.
GAVE_UP = "no article on the page"
#: Each carrier is read to this many characters, and the page's carriers to this many in all.
MAX_CARRIER_CHARS = 2_000_000
MAX_READ_CHARS = 4_000_000
#: A carrier shorter than this holds no article.
MIN_CARRIER_CHARS = 200
#: At most this many JSON values are looked at a page, this deep, and this many starts of a
#: JSON value tried in one script.
MAX_VALUES = 200_000
MAX_DEPTH = 64
MAX_STARTS = 256
#: A candidate's prose: CJK characters, sentences (closed by 。！？) and a comma or full stop every
#: PROSE_GAP CJK characters at most, as paragraphs have.
MIN_CJK = 150
MIN_SENTENCES = 2
PROSE_GAP = 40
#: The page's data backs a short visible article when its candidate holds this many times its
#: prose, and this share of its CJK bigrams.
MIN_GAIN = 2.0
MIN_SHARED = 0.6
#: The class the inserted markup is wrapped in: its blocks are told by it.
WRAPPER = "cleaner-scripted"

_CARRIERS = ("script", "textarea", "noscript", "template")


def _either_case(word: str) -> str:
    """``word`` as a pattern matching it in any case, spelled letter by letter: a case-blind
    pattern makes sre lowercase each character it reads (the page's every tag tried)."""
    return "".join(f"[{c}{c.upper()}]" for c in word)


_OPEN = re.compile(r"<(" + "|".join(map(_either_case, _CARRIERS)) + r")\b([^>]*)>")
_CLOSE = {tag: re.compile(rf"</{_either_case(tag)}\s*>") for tag in _CARRIERS}
_TYPE = re.compile(r"""\btype\s*=\s*["']?([\w/+.-]+)""", re.I)
#: Where a JSON value may start in a script: after an assignment, a call's parenthesis (a
#: ``JSON.parse("…")``'s string too), a return, or a bare key's colon (an object literal of
#: JavaScript, ``{title:"…",content:"…"}``, whose values are JSON).
_START = re.compile(r"""(?:[=(:]|\breturn)\s*(?=[{\["])""")
_UNDEFINED = re.compile(r"(?<=[:,\[])\s*undefined\b")
_TAG = re.compile(r"<[^>]*>")
_BODY = re.compile(r"<body\b", re.I)
_BODY_END = re.compile(r"</body\b", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|br|section|span|h[1-6]|img|strong|b|em|blockquote|ul|li)\b", re.I)
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_MARK = re.compile(r"[，。；！？、：]")
_DATE = re.compile(r"^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}|^1[2-9]\d{8}(?:\d{3})?$")
_LINK = re.compile(r"^(?:https?:)?/[\w/.?=&%#-]*$")
#: Unix timestamps in seconds and in milliseconds run from these to ten times these.
_TIMESTAMP = (10 ** 9, 10 ** 12)


@dataclass(frozen=True)
class Found:
    """The markup a carrier holds as the article (its CJK characters of prose), the carrier's
    tag and span in the page, and the JSON object holding it (``None``: markup, not data)."""

    markup: str
    tag: str
    span: tuple[int, int]
    holder: dict[str, Any] | None
    cjk: int

    @property
    def how(self) -> str:
        """Where the article was found, for ``Article.provenance``."""
        return f"<{self.tag}> " + ("data" if self.holder is not None or self.tag == "script" else "markup")


def read(text: str, page: Page, selection: Selection, config: CleanerConfig
         ) -> tuple[Page, Selection, str | None, Found] | None:
    """The page again with the article its data holds (:func:`article`) put in, its selection
    (the inserted blocks alone), its title (else the data's) and the data found; ``None`` when
    the page shows an article, or its data holds none body selection keeps."""
    shown = wanted(selection, page.blocks)
    made = None if shown is None else article(text, shown)
    if made is None:
        return None
    page = dom.parse(made[0], config)
    if page is None:
        return None
    title = meta.find_title(page)
    again = kept_inside(body.select(page.blocks, title=title, folds=page.sift_folds))
    if again is None:
        return None
    return page, again, title or fields(made[1]).get("title"), made[1]


def filled(info: meta.Meta, found: Found, title: str | None, kept: tuple[Block, ...], *,
           now: datetime | None, config: CleanerConfig) -> meta.Meta:
    """``info`` with the date, authors and source it lacks read from the fields of the object
    holding the article (:func:`fields`), written as the meta line a page prints above its
    article and read by the metadata's own rules; the provenance says which way the body went."""
    given = fields(found)
    line = " ".join(x for x in (
        _date_text(given.get("published", ""), config) if info.published is None else "",
        f"来源：{given['source']}" if info.source is None and given.get("source") else "",
        f"作者：{given['authors']}" if not info.authors and given.get("authors") else "") if x)
    provenance = info.provenance + (("body", found.how),)
    if not line:
        return meta.Meta(info.published, info.source, info.original_source, info.authors, info.editor, provenance)
    blocks = (Block(title or "", 0, heading=1), Block(line, 1)) + tuple(
        Block(b.text, i + 2) for i, b in enumerate(kept[:3]))
    more = meta.find_meta(Page(blocks=blocks), blocks[2:], title=title, url=None, now=now, config=config)
    published = info.published or more.published
    source = info.source or more.source
    authors = info.authors or more.authors
    provenance += tuple((name, "the article's script data") for name, mine, theirs in (
        ("published", info.published, more.published), ("source", info.source, more.source),
        ("authors", info.authors, more.authors)) if theirs and not mine)
    return meta.Meta(published, source, info.original_source, authors, info.editor, provenance)


def _date_text(value: str, config: CleanerConfig) -> str:
    """A date field as a page prints it: a Unix timestamp (seconds or milliseconds) and an ISO
    8601 time with a zone as the time in ``config.timezone``; any other as it is."""
    try:
        if value.isdigit() and len(value) in (10, 13):
            when = datetime.fromtimestamp(int(value[:10]), ZoneInfo(config.timezone))
        else:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if when.tzinfo is None:
                return value
            when = when.astimezone(ZoneInfo(config.timezone))
    except (ValueError, OverflowError, OSError):
        return value
    return when.strftime("%Y-%m-%d %H:%M:%S")


def wanted(selection: Selection, blocks: tuple[Block, ...]) -> str | None:
    """The visible texts the page's data must hold to be read, joined (``""``: none), or
    ``None``: the page shows an article, or shows it is no article page. Every HTML page asks
    it: the kept prose is summed only until it is an article's, and of a page without one only
    the last removals are read (body selection records the blocks it gave up last)."""
    if selection.no_article:
        if selection.no_article not in READ_AFTER:
            return None
        shown = []
        for r in reversed(selection.removed[:-1]):  # (the last: the no-article entry itself)
            if r.detail != GAVE_UP:
                break
            shown.append(r.text)
        return "\n".join(reversed(shown))
    if not selection.kept:
        return None
    prose = 0
    for b in selection.kept:
        if b.punct:
            prose += b.cjk
            if prose >= SHORT_ARTICLE_CJK:
                return None
    return "\n".join([b.text for b in selection.kept]) if _cut_short(selection.kept, blocks) else None


def _cut_short(kept: tuple[Block, ...], blocks: tuple[Block, ...]) -> bool:
    """Whether the page says its short article goes on elsewhere: the last kept block ends in
    an ellipsis, or a short block among the READ_ON_REACH after it offers the rest (阅读全文,
    打开 APP 查看全文). A short article the page shows whole (a gallery's first caption, a
    brief) is the page's."""
    last = kept[-1]
    if last.text.rstrip().endswith(_ELLIPSIS_ENDS):
        return True
    return any(len(b.text) <= READ_ON_CHARS and _READ_ON.search(b.text)
               for b in blocks[last.position + 1:last.position + 1 + READ_ON_REACH])


def article(text: str, shown: str) -> tuple[str, Found] | None:
    """The page ``text`` with the article its data holds put in as markup, and where it was
    found; ``None`` when its data holds none that backs what the page shows (``shown``)."""
    best: Found | None = None
    for found in _carriers(text):
        if best is None or found.cjk > best.cjk:
            best = found
    if best is None or not _backs(best, shown):
        return None
    return _inserted(text, best), best


def _backs(found: Found, shown: str) -> bool:
    """Whether ``found`` may stand for what the page shows: anything when that is little prose;
    else at least MIN_GAIN times as much, holding MIN_SHARED of its CJK bigrams."""
    shown_cjk = cjk_count(shown)
    if shown_cjk < MIN_ARTICLE_CJK:
        return True
    if found.cjk < MIN_GAIN * shown_cjk:
        return False
    bigrams = cjk_bigrams(shown)
    return not bigrams or len(bigrams & cjk_bigrams(_TAG.sub("", found.markup))) >= MIN_SHARED * len(bigrams)


def _inserted(text: str, found: Found) -> str:
    """``text`` with ``found``'s markup, wrapped in WRAPPER, in place of its carrier (when in
    the body) or before the page's last ``</body>`` (else at its end)."""
    start, end = found.span
    wrapped = f'<div class="{WRAPPER}">{found.markup}</div>'
    if _BODY.search(text, 0, start):
        return text[:start] + wrapped + text[end:]
    close = None
    for close in _BODY_END.finditer(text, end):
        pass
    return text + wrapped if close is None else text[:close.start()] + wrapped + text[close.start():]


def kept_inside(selection: Selection) -> Selection | None:
    """``selection`` with only the blocks of the inserted markup kept (the others, the page's
    own summary or opening of the article, removed as duplicates), ``None`` when none is."""
    if selection.no_article:
        return None
    inside = [i for i, b in enumerate(selection.kept) if WRAPPER in b.markers]
    if not inside:
        return None
    if len(inside) == len(selection.kept):
        return selection
    scores = tuple(selection.scores[i] for i in inside) if selection.scores else ()
    shown = tuple(Removal(b.text, "duplicate", "the page's own part of the article its data holds",
                          b.position, None) for i, b in enumerate(selection.kept) if i not in inside)
    return Selection(tuple(selection.kept[i] for i in inside), selection.removed + shown, scores=scores,
                     subtitles=selection.subtitles)


def _carriers(text: str) -> Iterator[Found]:
    """The best candidate of each carrier of the page, in page order, within the read caps."""
    read = 0
    at = 0
    while read < MAX_READ_CHARS:
        opened = _OPEN.search(text, at)
        if opened is None:
            return
        tag = opened.group(1).lower()
        closed = _CLOSE[tag].search(text, opened.end())
        end = len(text) if closed is None else closed.start()
        after = len(text) if closed is None else closed.end()
        at = after
        end = min(end, opened.end() + MAX_CARRIER_CHARS)
        if end - opened.end() < MIN_CARRIER_CHARS or _full_stops(text, opened.end(), end) < MIN_SENTENCES:
            continue  # (told by counts in C, before the carrier is copied or read)
        inner = text[opened.end():end]
        read += len(inner)
        where = (tag, (opened.start(), after))
        kind = _TYPE.search(opened.group(2))
        kind = kind.group(1).lower() if kind else ""
        if tag == "script" and not (kind.endswith(("template", "html"))):
            found = _best(_values(inner, kind), where)
        else:
            markup = html.unescape(inner) if tag == "textarea" else inner
            found = _candidate(markup, where, None, True)
        if found is not None:
            yield found


def _full_stops(text: str, start: int, end: int) -> int:
    """The full stops 。 in ``text[start:end]``, as characters and as JSON escapes (a textarea's
    reference, ``&#12290;``, is not counted): a carrier of an article holds MIN_SENTENCES at
    least, most scripts of a page none."""
    return text.count("\u3002", start, end) + text.count("\\u3002", start, end)


def _values(script: str, kind: str) -> Iterator[Any]:
    """The JSON values a script holds: the whole of a JSON script, else each value assigned,
    passed or returned that the standard library reads (``undefined`` read as ``null``)."""
    if kind.endswith("json"):
        try:
            yield json.loads(script.strip().rstrip(";"))
        except (ValueError, RecursionError):
            pass
        return
    if "{" not in script and "[" not in script:
        return
    if "undefined" in script:  # a JavaScript undefined where JSON has null
        script = _UNDEFINED.sub("null", script)
    # The scanner itself, not raw_decode: where no value starts, raw_decode's error counts the
    # lines of the script up to there (a script's hundreds of starts: quadratic).
    scan = json.JSONDecoder().scan_once
    done = 0
    for n, start in enumerate(_START.finditer(script)):
        if n >= MAX_STARTS:
            return
        at = start.end()
        if at < done:
            continue
        try:
            value, done = scan(script, at)
        except (StopIteration, ValueError, RecursionError):
            continue
        if isinstance(value, str) and value[:1] in "{[":  # JSON.parse("{…}")
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):
                continue
        yield value


def _best(values: Iterator[Any], where: tuple[str, tuple[int, int]]) -> Found | None:
    best: Found | None = None
    for value in values:
        for found in _candidates(value, where):
            if best is None or found.cjk > best.cjk:
                best = found
    return best


def _candidates(value: Any, where: tuple[str, tuple[int, int]]) -> Iterator[Found]:
    """Every candidate in a JSON value: a string of prose, an array of strings, an array of
    objects each holding one paragraph (a list of entries passed over, and what is in it)."""
    stack: list[tuple[Any, dict[str, Any] | None, int]] = [(value, None, 0)]
    seen = 0
    while stack and seen < MAX_VALUES:
        item, holder, depth = stack.pop()
        seen += 1
        if isinstance(item, str):
            if len(item) >= MIN_CJK:
                found = _candidate(item, where, holder, bool(_HTML_TAG.search(item)))
                if found is not None:
                    yield found
        elif isinstance(item, dict) and depth < MAX_DEPTH:
            stack.extend((v, item, depth + 1) for v in item.values() if isinstance(v, (str, list, dict)))
        elif isinstance(item, list) and depth < MAX_DEPTH:
            texts = _paragraphs(item)
            if texts is None:
                continue  # entries
            if len(texts) >= 2:
                found = _candidate("".join(f"<p>{html.escape(t)}</p>" for t in texts), where, holder, True)
                if found is not None:
                    yield found
            stack.extend((v, holder, depth + 1) for v in item if isinstance(v, (str, dict, list)))


def _paragraphs(items: list[Any]) -> list[str] | None:
    """The paragraphs an array holds (its strings, or the one text of each object), or
    ``None`` when it is a list of entries: objects holding a text beside a date or a link."""
    texts: list[str] = []
    entries = holding = 0
    for item in items:
        if isinstance(item, str):
            if cjk_count(item):
                texts.append(item)
        elif isinstance(item, dict):
            own = [v for v in item.values() if isinstance(v, str) and cjk_count(v)]
            if not own:
                continue
            holding += 1
            if any(_dated_or_linked(v) for v in item.values()):
                entries += 1
            elif len(own) == 1:
                texts.append(own[0])
    if holding >= 2 and 2 * entries >= holding:
        return None
    return texts


def _dated_or_linked(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_DATE.match(value) or (len(value) > 1 and _LINK.match(value) and "." in value))
    return isinstance(value, int) and not isinstance(value, bool) and (
        _TIMESTAMP[0] <= value < _TIMESTAMP[0] * 10 or _TIMESTAMP[1] <= value < _TIMESTAMP[1] * 10)


def _candidate(markup: str, where: tuple[str, tuple[int, int]], holder: dict[str, Any] | None,
               is_html: bool) -> Found | None:
    """``markup`` (HTML, or plain text made paragraphs at its line breaks) as a candidate when
    its text is prose (:func:`_prose`)."""
    plain = html.unescape(_TAG.sub(" ", markup)) if is_html else markup
    cjk = _prose(plain)
    if not cjk:
        return None
    if not is_html:
        markup = "".join(f"<p>{html.escape(line)}</p>" for line in markup.splitlines() if line.strip())
    return Found(markup, where[0], where[1], holder, cjk)


def _prose(text: str) -> int:
    """The CJK characters of ``text`` when it reads as paragraphs of prose, else 0."""
    cjk = cjk_count(text)
    if cjk < MIN_CJK or len(_SENTENCE_END.findall(text)) < MIN_SENTENCES \
            or len(_CLAUSE_MARK.findall(text)) * PROSE_GAP < cjk:
        return 0
    return cjk


#: The keys of the object holding the article that give its metadata, by field (case-blind):
#: a publishing or creation time (publishTime, pub_date, datePublished, ctime, created_at,
#: a bare time or date; not an update's, nor a publisher), the author, the source.
_FIELD_KEYS = {
    "title": re.compile(r"(?:article_?|news_?)?title|headline", re.I),
    "published": re.compile(r"(?:publish|pub|release|creat|post)\w*?(?:time|date|_at)|[cp]_?time"
                            r"|date_?published|time|date", re.I),
    "authors": re.compile(r"authors?(?:_?names?)?|writer|byline", re.I),
    "source": re.compile(r"(?:source|media)(?:_?name)?", re.I),
}


def fields(found: Found) -> dict[str, str]:
    """The title, date, author and source the object holding the article gives, as text."""
    holder = found.holder or {}
    out: dict[str, str] = {}
    for name, key_pattern in _FIELD_KEYS.items():
        for key, value in holder.items():
            if isinstance(key, str) and key_pattern.fullmatch(key) and (text := _text(value)):
                out[name] = text
                break
    return out


def _text(value: Any) -> str:
    """A field's value as text: a string, a number, an object's ``name``, a list's joined."""
    if isinstance(value, str):
        return " ".join(value.split())[:200]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list):
        return "、".join(t for t in map(_text, value[:8]) if t)
    return ""
