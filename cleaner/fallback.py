"""The fallback: pages that do not look like Chinese articles go to trafilatura.

trafilatura gives the text; the title is the cleaner's own (:func:`~cleaner.meta.find_title` on
the parsed page), kept only where a heading agrees with the ``<title>`` (AGREED_TITLE): the rest
of that cascade (a line the ``<title>`` holds, the ``<title>`` without its site name) tells a
site's name from a headline by Chinese words, and on a page in another language gives the logo.
No date and no names: trafilatura's metadata (``with_metadata=True``) doubles its run, and it
dates a list or a login page by its copyright line (README, *Hostile and broken input*).
"""

from __future__ import annotations

import logging
import re
from itertools import islice

from . import dom
from .article import Article, Removal
from .config import CleanerConfig
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


def extract(text: str, *, url: str | None, encoding: str, config: CleanerConfig, why: str) -> Article:
    """Run trafilatura on the page; an empty Article with the reason when it finds nothing.

    A page over MAX_CHARS characters or MAX_TAGS start tags is cut there first; the cut is
    recorded in ``removed`` (and the title is looked for in what is left). The title, when
    trafilatura found text, is :func:`_title`'s.
    """
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
    return Article(paragraphs=paragraphs, title=title, removed=removed, encoding=encoding,
                   extractor="trafilatura", provenance=(("extractor", f"trafilatura: {why}"),)
                   + ((("title", how),) if title else ()))


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
