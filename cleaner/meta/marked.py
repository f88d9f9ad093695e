"""Dates the page's body marks up for machines: ``<time datetime="…">`` and schema.org's
``itemprop="datePublished"`` on an element (its ``datetime`` or ``content``).

A template prints 5月3日 or 2024-05-03 and keeps the time of day in the attribute only
(``<time datetime="2024-05-03T16:31:00+08:00">5月3日</time>``), or marks the date up with no
text at all (or in a ``data-publish-time="1715…"`` its script prints from). The published
date's own mark (itemprop datePublished, ``<time pubdate>``, a ``data-pub…`` attribute named a
publication's date or time, one value a page) is a stated date like a date ``<meta>``; another
``<time>`` lends its time of day to a date printed without one only when it is the element that
printed it: its text is in the line the date was read from (a comment's or a related link's
``<time>`` of the same day prints something else, or stands elsewhere). A ``<meta itemprop>`` is
read with the head's ``<meta>`` tags, not here; an element marked as another date
(``dateModified``) is none. An attribute whose name says nothing of the date it holds
(``data-time``, ``ctime``: a comment's as often) is read only between the headline and the first
paragraph, its one value there, and only where nothing else dates the page.

Found by plain substring search (three scans of the page's first characters, and a look at the
tag around each of the first few hits), not by a pattern run over the page.
"""

from __future__ import annotations

import html as html_lib
import re

from ..blocks import Page
from .zones import _Zones

#: Characters of raw HTML searched, and hits of each key read (a page of dated list items
#: marks each one up).
MARKED_CHARS = 2_000_000
MARKED_TRIES = 40
#: How far before a hit the tag holding it may open (its name and other attributes), and how
#: far after it a ``<time>``'s text may run to its end tag.
TAG_CHARS = 300
TIME_TEXT_CHARS = 200
_KEYS = ("datetime=", "datePublished", "data-pub")
_ATTRIBUTE = re.compile(r"""(?<![\w-])(datetime|content|itemprop|pubdate|data-pub(?:lish)?(?:ed)?[-_]?(?:date|time|at)?(?![\w-]))"""
                        r"""(?:\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'))?""", re.I)
_TAG_NAME = re.compile(r"<([a-z][a-z0-9]*)\b", re.I)
_TAG = re.compile(r"<[^<>]*>")


def _marked_times(html: str, printed: str = "") -> list[str]:
    """The values the page's body marks as its published date (itemprop datePublished, a
    ``<time pubdate>``; a ``data-pub…`` attribute when the page holds one value of them, not a
    list's), in the page's order; with a ``printed`` line (normalised text), then those of the
    other ``<time datetime>`` elements whose text it holds."""
    published: dict[str, None] = {}
    stamps: dict[str, None] = {}
    times: dict[str, str] = {}
    seen: set[int] = set()
    for key in _KEYS:
        at = html.find(key, 0, MARKED_CHARS)
        for _ in range(MARKED_TRIES):
            if at < 0:
                break
            opened = html.rfind("<", max(0, at - TAG_CHARS), at)
            if opened >= 0 and opened not in seen and html.find(">", opened, at) < 0:
                seen.add(opened)
                _read_tag(html, opened, published, times, stamps)
            at = html.find(key, at + len(key), MARKED_CHARS)
    if len(stamps) == 1:
        published.update(stamps)
    return [*published, *(value for value, text in times.items() if printed and text and text in printed)]


def _read_tag(html: str, opened: int, published: dict[str, None], times: dict[str, str],
              stamps: dict[str, None]) -> None:
    """Sort the date the tag opening at ``opened`` marks up into ``published``, ``times`` (with
    the text the ``<time>`` prints) or ``stamps`` (a ``data-pub…`` attribute's)."""
    name = _TAG_NAME.match(html, opened)
    closed = html.find(">", opened)
    if name is None or closed < 0 or name.group(1).lower() in ("meta", "script"):
        return
    attributes: dict[str, str] = {}
    for m in _ATTRIBUTE.finditer(html, name.end(), closed):
        key = m.group(1).lower()
        attributes.setdefault("data-pub" if key.startswith("data-pub") else key, m.group(2) or m.group(3) or "")
    stamp = html_lib.unescape(attributes.get("data-pub", "")).strip()
    if stamp:   # data-publish-time="1715…", data-pubdate="2024-05-07 08:30": the script's fill
        stamps[stamp] = None
        return
    value = html_lib.unescape(attributes.get("datetime") or attributes.get("content") or "").strip()
    if not value:
        return
    prop = attributes.get("itemprop")
    if prop is not None:
        if prop == "datePublished":
            published[value] = None
        return   # dateModified, dateCreated, a startDate: another date
    if name.group(1).lower() == "time" and "datetime" in attributes:
        if "pubdate" in attributes:
            published[value] = None
        elif value not in times:
            end = html.find("</time", closed, closed + TIME_TEXT_CHARS)
            times[value] = " ".join(html_lib.unescape(_TAG.sub(" ", html[closed + 1:end])).split()) if end > 0 else ""


#: Characters of raw HTML after the headline searched for the first paragraph's words.
ZONE_CHARS = 4_000
# An attribute holding a date or a time that says nothing of which (data-time, ctime, data-date,
# data-timestamp): a comment's or a list's stamp as often as the article's, so read only between
# the headline and the first paragraph.
_NEUTRAL = re.compile(r"""(?<![\w-])(?:data-(?:time|date|timestamp|ts)|ctime)\s*=\s*(?:"([^"<>]{8,40})"|'([^'<>]{8,40})')""",
                      re.I)
# A run of ideographs to find a block's text by in the raw HTML.
_WORDS = re.compile(r"[\u4e00-\u9fff]{4,12}")


def _zone_stamp(html: str, page: Page, zones: _Zones) -> str:
    """The one value neutral date attributes (``data-time``, ``ctime``) hold between the
    headline and the first paragraph in the raw HTML: the meta line's, filled in by a script;
    "" when there are none or several, or either text is not found."""
    if zones.headline < 0 or not zones.leads:
        return ""
    head, first = _WORDS.search(page.blocks[zones.headline].text), _WORDS.search(zones.leads[0])
    if head is None or first is None:
        return ""
    body = html.find("<body")
    body = body if body >= 0 else html.find("<BODY")
    start = html.find(head.group(), body) if body >= 0 else -1   # (not the <title>)
    end = html.find(first.group(), start + len(head.group()), start + ZONE_CHARS) if start >= 0 else -1
    if end < 0:
        return ""
    values = {html_lib.unescape(m.group(1) or m.group(2)).strip() for m in _NEUTRAL.finditer(html, start, end)}
    return values.pop() if len(values) == 1 else ""
