"""When the date search's backup, htmldate, can find nothing: decided from the raw HTML alone.

htmldate (``find_date(html, extensive_search=False, original_date=True)``) parses the page
again and searches it (~1 ms on a 20 KB page): on the small pages where our own cascade finds
no date it was most of the metadata stage, and it returned None on 10 of the 11 corpus pages
that asked it. :func:`htmldate_silent` says, by a few scans of the raw HTML, that it cannot
find a date; it may say False where htmldate finds nothing, never True where it finds one.

The argument, read from htmldate 1.11.0 (``core.find_date`` and what it calls; the check is
off for any other version, :data:`GATED_VERSION`). Every date it returns comes from one of:

1. the ``<link rel="canonical">`` URL, a ``<meta>`` whose name, property, itemprop, pubdate or
   http-equiv is one of its date keys (``core.DATE_ATTRIBUTES`` …, ``og:url``,
   ``copyrightyear``, ``last-modified``), the ``og:image`` URL: each needs an attribute value
   equal, lower-cased, to one of those words: ``=``, spaces, a quote, then the word;
2. a JSON-LD ``"datePublished"``: the word;
3. ``<abbr>``, ``<time>``, ``<footer>``, ``<small>`` elements: their tags; an ``<h1>`` whose text
   or title attribute holds four digits at least (``try_date_expr``, as for a ``<title>``): read
   between ``<h1`` and the first ``</h1>`` when the markup inside it shows that the element ends
   there (:data:`_PLAIN_H1`), else taken to hold a date;
4. elements whose id, class or itemprop holds one of its cues (``[Dd]ate``, ``[Mm]eta``,
   ``time``, ``core.CLASS_CUES`` …, case-sensitive): such a value (:data:`CUES`);
5. a ``<title>`` whose text or title attribute holds four digits at least
   (``extractors.try_date_expr``) between ``<title`` and ``</title>`` (RCDATA: no children);
6. a ``YYYY-M-D`` in the serialized page or in its text (``TIMESTAMP_PATTERN``,
   ``TIMESTAMP_LOOSE_PATTERN``), a ``d[./]d[./]dd`` in the serialized page
   (``extractors.DATE_CORE_PATTERN``, held by every pattern of ``idiosyncrasies_search``). The
   latter is read only after (or before) one of the words of ``extractors.TEXT_PATTERNS``
   (``date``, ``on``, ``Stand`` …): where the scans find no dashed date and no dotted one
   written out, only pieces touching markup, a page holding none of :data:`CUE_WORDS` is silent
   all the same, unless such a word, or ``on`` before the date, may be joined (:func:`_joins`).
   Where every run the scans find lies inside a ``<script>``'s text, only the serialized page
   holds it (the text search drops scripts): the page is silent all the same when no script
   holding one holds a ``TIMESTAMP_PATTERN`` (a date and a time of day) or a
   ``DATE_CORE_PATTERN`` (:func:`_scripts_unread`; a script comment's ``//2006-10-23: x``).

Where the parsed page differs from its raw text, and why the scans still see every case:

- a character reference ``&#…;`` may spell any character and ``&fjlig;`` spells ``fj``; only
  ``&period;`` and ``&sol;`` spell a ``.`` or ``/``: a page holding one of those is sent to
  htmldate. No other named reference gives an ASCII letter, digit or ``-``: the letters and
  digits of a value or a text are in the raw HTML as they are (other punctuation of a section 1
  word may be a reference: ``og&colon;url`` is scanned for);
- libxml2 drops markup it ignores (a stray ``</x>``, a second ``<html>``, a ``<!DOCTYPE>`` or
  ``<?…>`` inside the page) and htmldate drops elements (``svg``, ``label``, ``script`` …)
  keeping their tail: text on the two sides of something that opens with ``<`` and closes
  with ``>`` is joined. A date made of such pieces has every piece touching a ``<`` or ``>``,
  so each of its separators sits in a run of digits and separators touching one, with a digit
  or markup on each side of it: the scans look for such a separator;
- the serializer escapes URL attributes (``href="x 04-10-13"`` becomes ``x%2004-10-13``): an
  escape may give the first digits of a match, so the scans for dates written out ask only for
  the last two digits of the year, and for ``d.d.dd`` without its first group;
- a page opening with ``http`` and holding no space is a URL to htmldate (it downloads it);
- a ``<script>``'s text is read in the raw HTML as the characters from the ``>`` after the
  last ``<script`` before a run to the next ``</script``: it is the text of a script htmldate
  reads when a script of htmldate's own parse of the page (``utils.load_html``) holds that
  text and the page holds ``>``, that text and ``</script`` nowhere else (the script's own
  place is one: libxml2 keeps a script's characters as they are where the page holds no control
  character, U+FFFE or U+FFFF). A ``<script`` in a comment, a ``<textarea>`` or another
  script's text gives another text or a second place. A run may touch the ``>`` or the ``<``
  around that text: the text search drops the script and its text, joining none of it;
- a word of ``TEXT_PATTERNS`` in the serialized page is in the raw HTML as it is (its letters
  are no reference; a page holding ``ı``, ``İ`` or ``ſ``, which ``re.I`` matches to ``i`` or ``s``,
  is not read so; an escape's hex digits may give a ``D`` in a URL attribute, where the date then
  needs its digits written out: htmldate's words in Turkish and German hold letters an escape
  changes), or is joined where markup is dropped: a piece of it then ends right before a ``<``
  that opens markup htmldate does not keep (not a letter: ``</``, ``<!``, ``<?``; ``<html``,
  ``<head``, ``<body``, an element of ``settings.CLEANING_LIST``; the archive banner htmldate
  takes out goes with its tail, joining nothing). Where no dotted date is written out, the date is joined too, so a piece of ``on``,
  or of ``on`` and the date, ends before such a ``<`` (libxml2 may drop a repeated attribute
  between them inside a start tag, ``<x on a 1.2.33 a>``, or take a ``/`` there for a space: the
  date is then written out).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

#: The htmldate release whose code the argument above was read from.
GATED_VERSION = "1.11.0"
#: The cues htmldate reads in an id, class or itemprop (``core.is_date_candidate``: ``date`` and
#: ``datum``, ``core.ID_CLASS_CUES``, ``core.CLASS_CUES``), each as a run of letters every value
#: holding it holds (post_detail: ``detail``; fa-clock-o: ``clock``), lower-cased as the scan is.
CUES = ("date", "datum", "meta", "time", "publish", "footer", "info", "detail", "block", "byline",
        "subline", "posted", "submitted", "created", "publication", "author", "autor", "field", "clock",
        "calendar", "fecha", "parution")
#: Digits a ``<title>`` text needs for htmldate to read a date in it (``try_date_expr``).
TITLE_DIGITS = 4
#: The same for an ``<h1>``'s text or title attribute (section 3: ``examine_elements`` reads both).
H1_DIGITS = 4
#: Bytes of raw HTML an ``<h1>`` element is read through: one longer (or never closed) may hold a date.
H1_BYTES = 2000
#: Scripts holding the runs section 6's scans find that are read (:func:`_scripts_unread`; each
#: is looked for in the whole page): past them the page goes to htmldate.
MAX_DATED_SCRIPTS = 16

# The scans read the page as ASCII bytes, lower-cased (a character outside ASCII is one ?: the
# same positions, and none of the words scanned for holds one; nor does any lower-case to ASCII
# but the Kelvin sign, and no word holds a k), and for section 6 with each digit a 0 and each /
# a . (one pattern for the forms of each shape).
_DIGITS = bytes.maketrans(b"0123456789/", b"0000000000.")
# A reference that may spell a letter, a digit, a . or a /.
_REFERENCE = re.compile(rb"&(?:#|fjlig|period|sol)")
# (An <h1> is read on: :func:`_tags_quiet`.)
_TAG = re.compile(rb"<(?:abbr|time|footer|small|h1)")
# An <h1> whose extent the raw HTML shows: its start tag and every tag inside it of plain names and
# values (no quote, < or > in a value: no tag ends inside another's value), no comment, declaration
# or processing instruction (<! <?), no element whose content is no markup (script, style, title,
# textarea …) and none that a misplaced </h1> cannot close (libxml2's end priorities: div, table and
# its parts, head, body, html), no other <h1>; whitespace as both of lxml's parsers know it. Its text
# and title attribute are then characters between <h1 and the first </h1> after it, outside the tags
# inside it. (libxml2 closes an h1 no later; htmldate's repairs of the page only take characters out.)
_SPACE = rb"[ \t\n\r]"
_ATTRIBUTES = (rb"(?>(?:" + _SPACE + rb"+[a-z_:][-a-z0-9_:.]*(?:" + _SPACE + rb"*=" + _SPACE
               + rb"*(?:\"[^\"<>]*\"|'[^'<>]*'|[^ \t\n\r\f\"'<>=`]+))?)*" + _SPACE + rb"*/?>)")
_NOT_INSIDE = (rb"(?:script|style|title|textarea|xmp|plaintext|iframe|noembed|noframes|noscript|svg|math|h1"
               rb"|div|table|thead|tbody|tfoot|tr|td|th|head|body|html)[ \t\n\r/>]")
_PLAIN_H1 = re.compile(rb"<h1(?P<attributes>" + _ATTRIBUTES + rb")(?P<body>(?:[^<]++|<(?!" + _NOT_INSIDE
                       + rb")[a-z][a-z0-9]*+" + _ATTRIBUTES + rb"|</(?!h1[ \t\n\r/>])[a-z][a-z0-9]*+" + _SPACE
                       + rb"*>)*+)</h1[ \t\n\r/>]")
_MARKUP = re.compile(r"<[^>]*>")
# The control characters (a carriage return among them) that libxml2 may not keep as they are in
# an element's text, where a script's text might then differ from its raw characters; U+FFFE and
# U+FFFF too (a surrogate cannot be encoded for lxml: no parse).
_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20)])
_NONCHARACTERS = ("\ufffe", "\uffff")
# An id, class or itemprop value holding a cue when case is ignored (quoted, or up to HTML's own
# spaces); then the value itself, where the cue is asked for in htmldate's case (only date,
# datum and meta may open with a capital).
_HELD = tuple((re.compile(name + rb"\s*=\s*(?:\"[^\"]*?|'[^']*?|[^\t\n\f\r >]*?)(?:" + b"|".join(c.encode() for c in CUES) + b")"),
               re.compile(name + rb"\s*=\s*(\"[^\"]*|'[^']*|[^\t\n\f\r >]*)"))
              for name in (rb"class", rb"id", rb"itemprop"))
_CUE = re.compile(b"|".join(f"[{c[0].upper()}{c[0]}]{c[1:]}".encode() if c in ("date", "datum", "meta") else c.encode()
                            for c in CUES))
# Section 6 on the digit-folded bytes: a date written as it is (the year's first digits may come
# from an escape: the last two are asked for; d.d.dd without its first group), then a separator
# that may stand between two digits (a digit or markup on each side) in a run of date characters
# touching markup: after a >, before a < (scanned on the bytes reversed). Each scan opens with two
# fixed characters, which the engine skips to.
_DOTTED = re.compile(rb"\.00?\.00")
_DATED = (re.compile(rb"00-00?-0"), _DOTTED,
          re.compile(rb">-[0<]"), re.compile(rb">\.[0<]"), re.compile(rb">0(?:[-.0]*0)?[-.][0<]"))
_DATED_BEFORE_TAG = (re.compile(rb"<-[0>]"), re.compile(rb"<\.[0>]"), re.compile(rb"<0(?:[-.0]*0)?[-.][0>]"))
# The same scans for dashed dates alone (asked only of a page the scans above send on).
_DASHED = (re.compile(rb"00-00?-0"), re.compile(rb">-[0<]"), re.compile(rb">0(?:[-.0]*0)?-[0<]"))
_DASHED_BEFORE_TAG = (re.compile(rb"<-[0>]"), re.compile(rb"<0(?:[-.0]*0)?-[0>]"))
#: What of each word of ``extractors.TEXT_PATTERNS`` every match holds, lower-cased (date and updated;
#: Datum; Stand; posted; published; last-modified; Veröffentlicht; the Turkish güncelleme … and
#: yayımlanma …); ``on`` is read before a date only.
CUE_WORDS = (b"date", b"datum", b"tand", b"posted", b"published", b"last-modified", b"ffentlicht", b"ncelle", b"yay")
# Characters re.I matches to an ASCII letter of a word (ı, İ: i; ſ: s; the Kelvin sign's k is in none).
_FOLDING = ("\u0131", "\u0130", "\u017f")


def _trie(words: list[str]) -> str:
    """One pattern for ``words`` that matches a prefix of every text opening with one of them,
    branching once a character; a character other than a letter or digit may be written as a
    named reference (``og&colon;url``)."""
    if "" in words:
        return ""
    rest: dict[str, list[str]] = defaultdict(list)
    for word in words:
        rest[word[0]].append(word[1:])
    branches = [(re.escape(c) if c.isalnum() else f"(?:{re.escape(c)}|&[a-z]+;?)") + _trie(tails)
                for c, tails in sorted(rest.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@functools.lru_cache(maxsize=None)
def _values() -> re.Pattern[bytes] | None:
    """Section 1's values, from the installed htmldate's own key lists; None for another version
    (read on first use: htmldate is imported only by a page that may need it)."""
    try:
        import htmldate
        from htmldate.core import DATE_ATTRIBUTES, ITEMPROP_ATTRS, NAME_MODIFIED, PROPERTY_MODIFIED
    except ImportError:
        return None
    if getattr(htmldate, "__version__", None) != GATED_VERSION:
        return None
    words = (DATE_ATTRIBUTES | NAME_MODIFIED | PROPERTY_MODIFIED | ITEMPROP_ATTRS
             | {"og:url", "copyrightyear", "pubdate", "date", "last-modified", "canonical", "og:image"})
    # A value opens right after the quote (a leading space would make it another value).
    return re.compile(r"=\s*[\"']?".encode() + _trie(sorted(w.lower() for w in words)).encode())


@functools.lru_cache(maxsize=None)
def _joins() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """A ``<`` that may open markup dropped from the serialized page (see the module docstring)
    right after a piece of a word of :data:`CUE_WORDS`; ``on`` or a piece of it and of a date
    right before such a ``<``. The first scan jumps from ``<`` to ``<`` and reads one character
    back before the pieces."""
    from htmldate.settings import CLEANING_LIST
    dropped = rb"(?=[^a-z]|" + b"|".join(sorted({b"html", b"head", b"body"} | {t.encode() for t in CLEANING_LIST})) + b")"
    pieces = sorted({w[:k] for w in CUE_WORDS + (b"on",) for k in range(1, len(w))})
    last = re.escape(bytes(sorted({p[-1] for p in pieces})))
    behind = b"|".join(b"(?<=" + re.escape(p) + b"<)" for p in pieces)
    return (re.compile(b"<(?<=[" + last + b"]<)" + dropped + b"(?:" + behind + b")"),
            re.compile(rb"on(?:[\s:/]|&colon;?)*(?:[0-9][0-9./]*)?<" + dropped))


def _dots_unread(html: str, low: bytes, folded: bytes, backward: bytes) -> bool:
    """Whether section 6's dates on the page can only be dotted ones, each joined from pieces,
    that ``idiosyncrasies_search`` cannot read: no scan for a dashed one finds anything, no
    dotted one is written out, and no word it reads them by is there or may be joined."""
    if (any(dated.search(folded) for dated in _DASHED) or any(dated.search(backward) for dated in _DASHED_BEFORE_TAG)
            or _DOTTED.search(folded) or any(c in html for c in _FOLDING)
            or any(word in low for word in CUE_WORDS)):
        return False
    word, on = _joins()
    return not (word.search(low) or on.search(low))


def _scripts_unread(html: str, low: bytes, folded: bytes, backward: bytes) -> bool:
    """Whether every run section 6's scans find lies inside a ``<script>``'s text, and no
    script holding one holds a date htmldate reads in the serialized page (see the module
    docstring)."""
    n = len(low)
    runs = [m.span() for dated in _DATED for m in dated.finditer(folded)]
    runs += [(n - m.end(), n - m.start()) for dated in _DATED_BEFORE_TAG for m in dated.finditer(backward)]
    spans: list[tuple[int, int]] = []
    begin = end = -2
    for start, stop in sorted(runs):
        if begin - 1 <= start and stop <= end + 1:
            continue   # in the script of the run before: each script is looked for once (linear)
        # The text from the > after the last <script before the run to the next </script: the
        # run lies in it, or touches the > or the < around it (the text search drops the script).
        at = low.rfind(b"<script", 0, start)
        begin = low.find(b">", at) + 1 if at >= 0 else -1
        end = low.find(b"</script", begin) if 0 < begin <= start + 1 else -1
        if end + 1 < stop or len(spans) == MAX_DATED_SCRIPTS:
            return False
        spans.append((begin, end))
    if len(low.translate(None, _CONTROLS)) < n or any(c in html for c in _NONCHARACTERS):
        return False
    readers = _script_readers()
    if readers is None:
        return False
    load_html, timestamp, core = readers
    try:
        tree = load_html(html)
    except Exception:  # noqa: BLE001 -- its failure leaves the page to htmldate, which fails alike
        return False
    scripts = set() if tree is None else {el.text or "" for el in tree.iter("script")}
    for begin, end in spans:
        text, held = html[begin:end], low[begin - 1:end + 8]   # >text</script
        if (text not in scripts or low.find(held) != begin - 1 or low.find(held, begin) >= 0
                or timestamp.search(text) or core.search(text)):
            return False
    return True


@functools.lru_cache(maxsize=None)
def _script_readers() -> tuple[Callable[[str], Any], re.Pattern[str], re.Pattern[str]] | None:
    """htmldate's parse of a page and the two patterns it reads a script's text with
    (``TIMESTAMP_PATTERN``, ``DATE_CORE_PATTERN``); None where the installed htmldate lacks one."""
    try:
        from htmldate.core import TIMESTAMP_PATTERN
        from htmldate.extractors import DATE_CORE_PATTERN
        from htmldate.utils import load_html
    except ImportError:
        return None
    return load_html, TIMESTAMP_PATTERN, DATE_CORE_PATTERN


def _holds_cue(low: bytes, ascii_: bytes) -> bool:
    """Whether an id, class or itemprop value holds one of htmldate's :data:`CUES`."""
    for anywhere, value in _HELD:
        m = anywhere.search(low)
        while m:
            held = value.match(low, m.start())
            if held and _CUE.search(ascii_, held.start(1), held.end(1)):
                return True
            m = anywhere.search(low, m.start() + 1)
    return False


def _tags_quiet(html: str, low: bytes) -> bool:
    """Whether the page holds none of section 3's tags but ``<h1>`` elements each with fewer than
    :data:`H1_DIGITS` digits in its text and title attribute together (each ``<h1`` read as
    :data:`_PLAIN_H1`, or taken to hold a date)."""
    tag = _TAG.search(low)
    while tag is not None:
        m = _PLAIN_H1.match(low, tag.start(), tag.start() + H1_BYTES) if tag.group() == b"<h1" else None
        if m is None:
            return False
        text = html[m.start("attributes"):m.end("attributes")] + _MARKUP.sub("", html[m.start("body"):m.end("body")])
        if "&sup" in text or sum(map(str.isdigit, text)) >= H1_DIGITS:  # &sup2; is a digit
            return False
        tag = _TAG.search(low, m.end())
    return True


def htmldate_silent(html: str) -> bool:
    """True when htmldate's fast search (as :func:`dates._htmldate` asks it) can only return
    None on ``html``; False when it may find a date (or the check does not apply).

    >>> htmldate_silent("<html><head><title>新闻</title></head><body><p>正文</p></body></html>")
    True
    >>> htmldate_silent('<html><body><p class="date">2019-09-07</p></body></html>')
    False
    """
    values = _values()
    if values is None or (html.startswith("http") and " " not in html):
        return False
    ascii_ = html.encode("ascii", "replace")
    low = ascii_.lower()
    if (_REFERENCE.search(low) or not _tags_quiet(html, low) or b"datepublished" in low or values.search(low)
            or _holds_cue(low, ascii_)):
        return False
    folded = low.translate(_DIGITS)
    backward = folded[::-1]
    if ((any(dated.search(folded) for dated in _DATED) or any(dated.search(backward) for dated in _DATED_BEFORE_TAG))
            and not _dots_unread(html, low, folded, backward) and not _scripts_unread(html, low, folded, backward)):
        return False
    at = low.find(b"<title")
    while at >= 0:
        end = low.find(b"</title>", at + 6)
        text = html[at + 6:end if end >= 0 else len(html)]
        if "&sup" in text or sum(map(str.isdigit, text)) >= TITLE_DIGITS:  # &sup2; is a digit
            return False
        at = low.find(b"<title", at + 6)
    return True
