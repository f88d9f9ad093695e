"""The fallback: pages that do not look like Chinese articles go to trafilatura.

trafilatura gives the text; the title is the cleaner's own (:func:`~cleaner.meta.find_title` on
the parsed page), kept only where a heading agrees with the ``<title>`` (AGREED_TITLE): the rest
of that cascade (a line the ``<title>`` holds, the ``<title>`` without its site name) tells a
site's name from a headline by Chinese words, and on a page in another language gives the logo.
Not trafilatura's metadata (``with_metadata=True``): it doubles its run, and it dates a list or
a login page by its copyright line (README, *Hostile and broken input*). The date is the Chinese
path's last resort, htmldate on the markup (:func:`~cleaner.meta.dates._htmldate`: no copyright
line, no text search, the same gate; ``CleanerConfig.htmldate_fallback``); the authors are the
people an article's JSON-LD names (:func:`_ld_authors`), and none from ``<meta name="author">``,
which names a site as often as a person.

A plain-text dump has no markup for trafilatura to read: its lines go to jusText (trafilatura's
own dependency) instead, one paragraph each, weighed with the stopwords of the language its
words match best (:func:`_dump_paragraphs`).
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from . import dom
from .article import Article, Removal
from .config import CleanerConfig
from .meta.dates import _Clock, _htmldate
from .meta.title import _find_title

__all__ = ["extract"]

log = logging.getLogger(__name__)

#: trafilatura's time grows faster than the page on some markup (it deletes unwanted elements
#: one by one, appending each tail to the text before it: quadratic over many siblings), so it
#: sees at most this much of a page: far more than a news page holds, and ~2 s at worst.
MAX_CHARS = 2_000_000
MAX_TAGS = 30_000
_START_TAG = re.compile(r"<[A-Za-z]")
#: How the headlines the fallback keeps were found (``meta.find_title``'s provenance): a heading
#: agreeing with the ``<title>``, or a line holding it above a dated line. Not a line the
#: ``<title>`` holds: on a page in another language that is the site's logo as often as not.
AGREED_TITLE = re.compile(r"h\d matching <title>|<title> inside h\d"
                          r"|line above the meta line holding <title>")
#: A reference to a control character (&#2;, &#x1f;): trafilatura would put U+FFFD for it.
_CONTROL_REF = re.compile(r"&#(?:0*(?:[1-8]|11|1[4-9]|2[0-9]|3[01]|127)(?![0-9])"
                          r"|[xX]0*(?:[1-8bBeEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]));?")


def extract(text: str, *, url: str | None, encoding: str, config: CleanerConfig, why: str,
            now: datetime | None = None, dump: bool = False) -> Article:
    """Run trafilatura on the page; an empty Article with the reason when it finds nothing.
    A plain-text ``dump`` goes to :func:`_dump_paragraphs` instead (``extractor`` "justext").

    A page over MAX_CHARS characters or MAX_TAGS start tags is cut there first; the cut is
    recorded in ``removed`` (and the title is looked for in what is left). The title, date and
    authors, when trafilatura found text, are :func:`_title`'s, htmldate's on the markup (no later
    than a day past ``now``) and :func:`_ld_authors`'.
    """
    paragraphs = _dump_paragraphs(text) if dump else ()
    if paragraphs:
        return Article(paragraphs=paragraphs, removed=(), encoding=encoding, kind="text", extractor="justext",
                       provenance=(("extractor", f"justext: {why}"),))
    import trafilatura  # imported here: most pages never need it, and it is slow to import

    text, cut = _cap(text)
    text = _CONTROL_REF.sub(" ", text)  # a space: taken out, it could join "&" and "#33;" into "!"
    try:
        doc = trafilatura.bare_extraction(text, url=url, with_metadata=False, include_comments=False)
    except Exception as err:  # trafilatura raises many types on odd input; none may escape
        log.debug("trafilatura failed: %s", err)
        doc = None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    paragraphs = tuple(p.strip() for p in body.split("\n") if p.strip())
    if paragraphs and not any(c.isalpha() for c in body):  # markup debris, no words at all
        paragraphs = ()
    removed = () if paragraphs else (Removal("", "no-article", f"{why}; trafilatura found no text"),)
    if cut:
        removed = (Removal("", "chrome", cut),) + removed
    title, how = _title(text, config) if paragraphs else (None, "")
    published = _date(text, config, now) if paragraphs and "<" in text else None
    authors = _ld_authors(text) if paragraphs else ()
    # (A dump jusText found nothing in is still a dump: ``kind`` names the input.)
    return Article(paragraphs=paragraphs, title=title, published=published, authors=authors,
                   removed=removed, encoding=encoding, kind="text" if dump else "html",
                   extractor="trafilatura",
                   provenance=(("extractor", f"trafilatura: {why}"),) + ((("title", how),) if title else ())
                   + ((("published", "htmldate"),) if published else ())
                   + ((("authors", "JSON-LD"),) if authors else ()))


#: jusText's lengths (characters) of a short and a long paragraph, its defaults first, then
#: shorter long ones, each tried when no line of the dump passed the one before: terse prose (a
#: local paper's paragraphs of 100-200 characters) is all "near good" by the defaults and,
#: between short lines, all bad. The short length stays: a headline of 40-70 characters (the
#: article's, a related story's) is short, as jusText's default has it.
JUSTEXT_LENGTHS = ((70, 200), (70, 150), (70, 100))
#: The share of a dump's words its best stoplist must hold to be its language: a language
#: jusText has no list for (Japanese, written without spaces, is long runs of \w) holds few.
MIN_STOPWORD_SHARE = 0.2
_WORD = re.compile(r"\w+")
_DUMP_PUNCT = re.compile(r"[,.;:!?)\]]")


def _dump_paragraphs(text: str) -> tuple[str, ...]:
    """The article's paragraphs in a plain-text dump of a page in another language, or ``()``.

    Each line (:func:`_dump_lines`) goes to jusText as a ``<p>`` of its own, with the stoplist
    of the language whose stopwords its words hold most of; when none holds MIN_STOPWORD_SHARE
    of them, nothing. Kept are the paragraphs jusText calls good that are not short by its
    measure: a short line it takes in only for the good ones around it is, in a dump, as often
    a share button, a caption's "hide caption", a video's time or "Advertisement" as a subhead.
    A line the dump prints again (:func:`_printed_again`) is none of the article's."""
    lines = _dump_lines(text)
    stoplist = _stoplist(lines) if lines else None
    if stoplist is None:
        return ()
    import justext  # trafilatura's own dependency, imported with it

    markup = "<html><body>" + "".join([f"<p>{escape(line)}</p>" for line in lines]) + "</body></html>"
    for low, high in JUSTEXT_LENGTHS:
        found = justext.justext(markup, stoplist, length_low=low, length_high=high)
        if any(p.class_type == "good" for p in found):
            break
    kept = [p.text for p in found if p.class_type == "good" and p.cf_class != "short"]
    again = _printed_again(lines)
    return tuple([p for p in kept if not again(p)])


#: A line that begins a kept one is the same line printed again when it holds this share of it.
REPEAT_SHARE = 0.8


def _printed_again(lines: list[str]) -> Callable[[str], bool]:
    """Whether the dump (its ``lines``) prints a line again: twice, or at the start of a longer
    line, or a line holding most of it (REPEAT_SHARE) begins it. A page prints a caption twice
    (for its toggle), a video's summary above and in its player, a cookie notice in a banner and
    a dialog; its article's paragraphs once. The lines are counted, sorted and measured once, so
    that each question costs a lookup, a bisection and a probe a length the dump's lines have,
    not a pass over the dump (a dump of 20,000 lines asked of each took minutes)."""
    counted = Counter(lines)
    ordered = sorted(counted)
    widths = sorted(set(map(len, ordered)))

    def again(text: str) -> bool:
        if counted[text] > 1:
            return True
        after = bisect_right(ordered, text)  # the longer lines text begins follow it
        if after < len(ordered) and ordered[after].startswith(text):
            return True
        return any(text[:width] in counted for width in widths[:bisect_left(widths, len(text))]
                   if width >= REPEAT_SHARE * len(text))

    return again


def _dump_lines(text: str) -> list[str]:
    """The dump's lines, spaces collapsed, and a line a scraper broke at an inline element's
    edge joined again: one whose text ended with a space, or before one that starts with a
    single space or with a mark that closes a clause (", Al Baker", ". For example")."""
    lines: list[str] = []
    glue = False
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            glue = False
            continue
        opened = raw[:1] == " " and raw[1:2] not in (" ", "\t")
        if lines and (glue or opened or _DUMP_PUNCT.match(line)):
            lines[-1] += (" " if glue or opened else "") + line
        else:
            lines.append(line)
        glue = raw[-1:] == " " and raw[-2:-1] not in (" ", "\t")
    return lines


@lru_cache(maxsize=1)
def _stoplists() -> tuple[frozenset[str], ...]:
    """jusText's stoplists, one a language, read once a process (~0.3 s, its 100 files)."""
    import justext

    return tuple(frozenset(word.lower() for word in justext.get_stoplist(name))
                 for name in sorted(justext.get_stoplists()))


def _stoplist(lines: list[str]) -> frozenset[str] | None:
    """The stoplist of jusText's that holds most of the words of ``lines``, when it holds
    MIN_STOPWORD_SHARE of them; else ``None``."""
    words = _WORD.findall(" ".join(lines).lower())
    if not words:
        return None
    counted = Counter(words)
    # (The words each stoplist shares with the dump, found by a set's intersection, in C: a
    # comprehension testing each distinct word took half as long again over 21 dumps.)
    hits = [sum(map(counted.__getitem__, stops.intersection(counted))) for stops in _stoplists()]
    best = max(range(len(hits)), key=hits.__getitem__)
    return _stoplists()[best] if hits[best] >= MIN_STOPWORD_SHARE * len(words) else None


def _date(text: str, config: CleanerConfig, now: datetime | None) -> datetime | None:
    """htmldate's date for the page, as the Chinese path asks it (markup only, the same gate),
    when ``config.htmldate_fallback`` is on: the clock time it reads (a page in another language
    states its own zone's), in ``config.timezone``."""
    if not config.htmldate_fallback:
        return None
    tz = ZoneInfo(config.timezone)
    current = datetime.now(tz)
    now = current if now is None else now.replace(tzinfo=tz) if now.tzinfo is None else now.astimezone(tz)
    return _htmldate(text, _Clock(now, tz, (), max(now, current) + timedelta(days=1)), zoned=False)


def _title(text: str, config: CleanerConfig) -> tuple[str | None, str]:
    """The headline of the page and where it was found, when a heading agrees with the
    ``<title>`` (AGREED_TITLE); else ``(None, "")``: no title is better than a wrong one."""
    page = dom.parse(text, config) if "<" in text else None
    title, how = _find_title(page) if page is not None else (None, "")
    return (title, how) if title and AGREED_TITLE.fullmatch(how) else (None, "")


def _cap(text: str) -> tuple[str, str]:
    """``text`` cut to MAX_CHARS characters and MAX_TAGS start tags, and a note when it was cut."""
    end = min(len(text), MAX_CHARS)
    if text.count("<", 0, end) > MAX_TAGS:
        over = next(islice(_START_TAG.finditer(text, 0, end), MAX_TAGS, None), None)
        if over is not None:
            end = over.start()
    if end == len(text):
        return text, ""
    log.debug("page cut at character %d before trafilatura", end)
    return text[:end], (f"page cut after {end} of its {len(text)} characters for trafilatura "
                        f"(at most {MAX_CHARS} characters and {MAX_TAGS} start tags)")


#: JSON-LD blocks, read up to this many characters of the page (they sit in the head).
LD_CHARS = 1_000_000
_LD = re.compile(r"<script[^>]*?type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script", re.I | re.S)
#: The types whose ``author`` is the page's article's (schema.org's Article and its kinds).
_ARTICLE_TYPE = re.compile(r"(?:\w*Article|BlogPosting|Report)")
#: A name longer than this, or holding one of these characters, is no person's.
MAX_NAME_CHARS = 60
_NOT_NAME = re.compile(r"[/@|:<>]|https?")


def _ld_authors(text: str) -> tuple[str, ...]:
    """The people the page's JSON-LD gives as its article's authors: the ``name`` of each
    ``author`` typed ``Person`` of an object typed an Article kind (NewsArticle, BlogPosting …),
    at the top of a block or in its ``@graph``. An author typed an organisation, one given only
    by ``@id`` or as a bare string, or an image's author, is none. A Person without a ``name``
    is its ``givenName`` and ``familyName``."""
    if text.find("ld+json", 0, LD_CHARS) < 0:
        return ()
    names: list[str] = []
    for m in _LD.finditer(text, 0, LD_CHARS):
        try:
            data = json.loads(m.group(1))
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            continue
        items = [x for item in _listed(data) if isinstance(item, dict)
                 for x in [item, *(g for g in _listed(item.get("@graph")) if isinstance(g, dict))]]
        for item in items:
            if not any(isinstance(t, str) and _ARTICLE_TYPE.fullmatch(t) for t in _listed(item.get("@type"))):
                continue
            for author in _listed(item.get("author")):
                if isinstance(author, dict) and "Person" in _listed(author.get("@type")):
                    name = author.get("name") or " ".join(  # or its parts (givenName, familyName)
                        part for part in (author.get("givenName"), author.get("familyName")) if isinstance(part, str))
                    if isinstance(name, str) and (name := " ".join(name.split())) \
                            and len(name) <= MAX_NAME_CHARS and not _NOT_NAME.search(name):
                        names.append(name)
    return tuple(dict.fromkeys(names))


def _listed(value: object) -> list[Any]:
    """A JSON-LD value as a list: a list as it is, anything else (one value, None) in one."""
    return value if isinstance(value, list) else [] if value is None else [value]
